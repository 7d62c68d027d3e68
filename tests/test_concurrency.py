"""Reviewers in separate processes at once: no decision is lost, a conflict is reported.

Each reviewer is a process of its own (the 'spawn' start method, as on macOS and
Windows), all released at the same moment by a barrier; on SQLite (a file in WAL mode)
and on PostgreSQL.
"""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from claims_db import ArticleRecord, ConflictError, Store
from tests.rows import claim

# Exit codes of a reviewer process.
DECIDED, CONFLICT, FAILED = 0, 3, 1


def _reviewer(url: str, claims: list[int], name: str, expected: int | None, go: Barrier) -> None:
    """Decide ``claims`` (with ``expected`` as the version seen, if given) once released."""
    import sys

    try:
        with Store(url) as store:
            go.wait(timeout=60)
            for claim in claims:
                store.decide(
                    claim,
                    name,
                    status="false",
                    note=f"{name} on #{claim}",
                    expected_version=expected,
                )
                if expected is None:  # a second decision on the same claim, by version
                    seen = store.get_claim(claim)
                    assert seen is not None
                    store.decide(claim, name, status="verified", expected_version=seen.version)
    except ConflictError:
        sys.exit(CONFLICT)
    except Exception as exc:  # reported through the exit code
        print(f"{name}: {exc!r}", file=sys.stderr)
        sys.exit(FAILED)
    sys.exit(DECIDED)


def _run_reviewers(url: str, jobs: list[tuple[list[int], int | None]]) -> list[int]:
    """Run one process per job at the same moment; their exit codes, in job order."""
    ctx = mp.get_context("spawn")
    go = ctx.Barrier(len(jobs))
    procs = [
        ctx.Process(target=_reviewer, args=(url, claims, f"reviewer{i}", expected, go))
        for i, (claims, expected) in enumerate(jobs)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=120)
    codes = []
    for proc in procs:
        if proc.exitcode is None:
            proc.kill()
            proc.join()
        codes.append(proc.exitcode)
    return [FAILED if code is None else code for code in codes]


def _claims(url: str, n: int) -> list[int]:
    with Store(url) as store:
        claims = [claim(f"Claim {i}.", 3 * i, 3 * i + 2, 0.9) for i in range(n)]
        saved = store.save_article(ArticleRecord(text="An article with claims."), claims)
        return [c.id for c in store.claims(saved.article_id)]


def _same_claim_once(url: str) -> None:
    (claim,) = _claims(url, 1)
    codes = _run_reviewers(url, [([claim], 1)] * 4)
    assert sorted(codes) == [DECIDED, CONFLICT, CONFLICT, CONFLICT], codes
    with Store(url) as store:
        row = store.get_claim(claim)
        assert row is not None
        assert (row.status, row.version) == ("false", 2)
        winner = f"reviewer{codes.index(DECIDED)}"
        assert row.reviewer == winner
        log = store.history(claim)
        assert [(e.reviewer, e.action, e.new_value) for e in log] == [
            (winner, "status", "false"),
            (winner, "note", f"{winner} on #{claim}"),
        ]


def _different_claims_all_kept(url: str) -> None:
    claims = _claims(url, 12)
    # Four reviewers, three claims each, interleaved; each claim decided twice.
    jobs: list[tuple[list[int], int | None]] = [(claims[i::4], None) for i in range(4)]
    assert _run_reviewers(url, jobs) == [DECIDED] * 4
    with Store(url) as store:
        for i, claim in enumerate(claims):
            row = store.get_claim(claim)
            assert row is not None
            name = f"reviewer{i % 4}"
            assert (row.status, row.version, row.reviewer) == ("verified", 3, name)
            log = [(e.reviewer, e.action, e.new_value) for e in store.history(claim)]
            assert log == [
                (name, "status", "false"),
                (name, "note", f"{name} on #{claim}"),
                (name, "status", "verified"),
            ]


def test_one_of_simultaneous_decisions_on_a_claim_wins_on_sqlite(tmp_path: Path) -> None:
    _same_claim_once(f"sqlite:///{tmp_path / 'claims.db'}")


def test_simultaneous_decisions_on_different_claims_are_all_kept_on_sqlite(
    tmp_path: Path,
) -> None:
    _different_claims_all_kept(f"sqlite:///{tmp_path / 'claims.db'}")


@pytest.mark.postgres
def test_one_of_simultaneous_decisions_on_a_claim_wins_on_postgres(postgres_url: str) -> None:
    _same_claim_once(postgres_url)


@pytest.mark.postgres
def test_simultaneous_decisions_on_different_claims_are_all_kept_on_postgres(
    postgres_url: str,
) -> None:
    _different_claims_all_kept(postgres_url)


# Writers of references at once: a large source (many statements, each locking the
# counts of its terms) and small additions (an article's claims) must both succeed.


def _source_writer(url: str, go: Barrier) -> None:
    import sys

    from tests.rows import reference

    # Blocks of a thousand references (one statement each) alternate between two
    # halves of the vocabulary, so that each statement locks terms the last did not.
    refs = [
        reference(
            ref_id=f"big{i}", text="x", kind="fact-check", terms=f"{'za'[(i // 1000) % 2]}{i % 7}"
        )
        for i in range(8000)
    ]
    try:
        with Store(url) as store:
            go.wait(timeout=60)
            store.add_source("big", "big.csv", refs)
    except Exception as exc:
        print(f"source writer: {exc!r}", file=sys.stderr)
        sys.exit(FAILED)
    sys.exit(DECIDED)


def _claims_writer(url: str, go: Barrier) -> None:
    import sys

    from tests.rows import reference

    try:
        with Store(url) as store:
            go.wait(timeout=60)
            for i in range(40):
                ref = reference(ref_id=f"c{i}", text="x", kind="claim", terms=f"a{i % 7} z{i % 7}")
                store.add_references("claims", "the claims database", [ref])
    except Exception as exc:
        print(f"claims writer: {exc!r}", file=sys.stderr)
        sys.exit(FAILED)
    sys.exit(DECIDED)


def _writers_at_once(url: str) -> None:
    from collections import Counter

    from sqlalchemy import text

    with Store(url):
        pass  # migrated once, before the race
    ctx = mp.get_context("spawn")
    go = ctx.Barrier(2)
    procs = [ctx.Process(target=f, args=(url, go)) for f in (_source_writer, _claims_writer)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=120)
    assert [proc.exitcode for proc in procs] == [DECIDED, DECIDED]
    with Store(url) as store:
        assert [(s.name, s.reference_count) for s in store.sources()] == [
            ("big", 8000),
            ("claims", 40),
        ]
        with store._engine.begin() as connection:
            stored: Counter[str] = Counter()
            for (terms,) in connection.execute(text("SELECT terms FROM reference")):
                stored.update(set(terms.split()))
            vocabulary = dict(
                connection.execute(text("SELECT term, doc FROM reference_vocab")).all()
            )
        assert {t: n for t, n in vocabulary.items() if n} == dict(stored)


def test_reference_writers_at_once_both_succeed_on_sqlite(tmp_path: Path) -> None:
    _writers_at_once(f"sqlite:///{tmp_path / 'claims.db'}")


@pytest.mark.postgres
def test_reference_writers_at_once_both_succeed_on_postgres(postgres_url: str) -> None:
    _writers_at_once(postgres_url)


# Checks of the same article at once: each replaces the claims' matches, and neither
# may fail on the other's rows (PostgreSQL read the old rows, deleted nothing, and hit
# the unique (claim, rank) key on insert).


def _match_writer(url: str, claim_ids: list[int], name: str, go: Barrier) -> None:
    import sys

    match = {
        "source": "s",
        "kind": "article",
        "score": 0.9,
        "relation": "related",
        "confident": False,
    }
    found = [{**match, "ref_id": f"{name}{r}", "text": f"{name} {r}"} for r in range(3)]
    try:
        with Store(url) as store:
            go.wait(timeout=60)
            for _ in range(15):
                store.save_matches({i: found for i in claim_ids})
    except Exception as exc:
        print(f"match writer {name}: {exc!r}", file=sys.stderr)
        sys.exit(FAILED)
    sys.exit(DECIDED)


def _match_writers_at_once(url: str) -> None:
    claim_ids = _claims(url, 4)
    ctx = mp.get_context("spawn")
    go = ctx.Barrier(3)
    procs = [
        ctx.Process(target=_match_writer, args=(url, claim_ids, f"w{i}", go)) for i in range(3)
    ]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=120)
    assert [proc.exitcode for proc in procs] == [DECIDED] * 3
    with Store(url) as store:
        stored = store.matches(claim_ids)
    # Each claim holds one writer's whole set, never a mix.
    for rows in stored.values():
        assert [m.rank for m in rows] == [0, 1, 2]
        assert len({m.ref_id[:2] for m in rows}) == 1


def test_match_writers_at_once_all_succeed_on_sqlite(tmp_path: Path) -> None:
    _match_writers_at_once(f"sqlite:///{tmp_path / 'claims.db'}")


@pytest.mark.postgres
def test_match_writers_at_once_all_succeed_on_postgres(postgres_url: str) -> None:
    _match_writers_at_once(postgres_url)
