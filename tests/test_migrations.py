"""Upgrading a database in place, on SQLite and on PostgreSQL: a database left at any
older schema version, holding rows of every table that version has, opens at the
current version with every row kept and usable (searchable, decidable)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Connection, text

from claimcheck.matching.bm25 import PARAMETERS as BM25
from claims_db import SCHEMA_VERSION, Store
from claims_db.engine import make_engine, normalize_url
from claims_db.migrations import MIGRATIONS, applied_versions, migrate

NOW = "2026-11-01 10:00:00"


def insert(connection: Connection, sql: str, **params: Any) -> int:
    """One row, by plain SQL as that version's schema has it; its id."""
    return int(connection.execute(text(sql + " RETURNING id"), params).scalar_one())


def fill(connection: Connection, version: int) -> dict[str, int]:
    """Rows in every table that schema ``version`` has; how many per table."""
    article = insert(
        connection,
        "INSERT INTO article (sha256, text, title, version, sentence_count, created_at, meta)"
        " VALUES (:sha, 'Kim met Trump twice.', 'Old', 1, 1, :now, '{}')",
        sha="a" * 64,
        now=NOW,
    )
    claim = insert(
        connection,
        'INSERT INTO claim (article_id, seq, text, start, "end", score, kinds, is_claim,'
        " paragraph, role, reasons, status, created_at) VALUES (:a, 0, 'Kim met Trump"
        " twice.', 0, 20, 0.9, '[\"count\"]', :yes, 0, 'body', '[]', 'false', :now)",
        a=article,
        yes=True,
        now=NOW,
    )
    insert(
        connection,
        'INSERT INTO slot (claim_id, type, text, start, "end", value)'
        " VALUES (:c, 'number', 'twice', 14, 19, '{\"value\": 2}')",
        c=claim,
    )
    counts = {"article": 1, "claim": 1, "slot": 1}
    if version >= 2:
        source = insert(
            connection,
            "INSERT INTO source (name, spec, options, reference_count, problems, added_at,"
            " refreshed_at) VALUES ('desk', 'desk.csv', '{}', 2, '[]', :now, :now)",
            now=NOW,
        )
        for ref_id, terms in (("fc1", "kim trump met twice"), ("fc2", "north korea missil")):
            insert(
                connection,
                "INSERT INTO reference (source_id, ref_id, text, terms, length, kind)"
                " VALUES (:s, :r, :t, :t, :n, 'fact-check')",
                s=source,
                r=ref_id,
                t=terms,
                n=len(terms.split()),
            )
        insert(
            connection,
            "INSERT INTO claim_match (claim_id, rank, source, ref_id, kind, text, score,"
            " relation, confident, reasons, detail, created_at) VALUES (:c, 0, 'desk', 'fc1',"
            " 'fact-check', 'kim trump met twice', 0.9, 'related', :no, '[]', '{}', :now)",
            c=claim,
            no=False,
            now=NOW,
        )
        counts |= {"source": 1, "reference": 2, "claim_match": 1}
    if version >= 3:
        connection.execute(text("UPDATE claim SET version = 2, note = 'old note'"))
        insert(
            connection,
            "INSERT INTO review_event (claim_id, reviewer, at, action, old_value, new_value)"
            " VALUES (:c, 'ana', :now, 'status', 'unreviewed', 'false')",
            c=claim,
            now=NOW,
        )
        counts |= {"review_event": 1}
    return counts


def table_counts(connection: Connection, tables: dict[str, int]) -> dict[str, int]:
    return {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_older_database_is_upgraded_in_place(db_url: str, version: int) -> None:
    engine = make_engine(normalize_url(db_url))
    migrate(engine, MIGRATIONS[:version])
    with engine.begin() as connection:
        assert applied_versions(connection) == set(range(1, version + 1))
        counts = fill(connection, version)
    engine.dispose()

    with Store(db_url) as store:
        claim = store.claims(1)[0]
        assert (claim.text, claim.status) == ("Kim met Trump twice.", "false")
        assert [s.value for s in claim.slots] == [{"value": 2}]
        if version >= 2:
            found = store.search_references(["twice", "kim"], 5, **BM25)
            assert [r.ref_id for r, _ in found] == ["fc1"]
            assert store.matches([claim.id])[claim.id][0].ref_id == "fc1"
            # New rows keep the statistics right: the second reference holding "kim".
            store.add_references("desk", "desk.csv", [_reference("fc3", "kim kim")])
            found = store.search_references(["kim"], 5, **BM25)
            assert [r.ref_id for r, _ in found] == ["fc3", "fc1"]
        if version >= 3:
            assert store.get_claim(claim.id).note == "old note"  # type: ignore[union-attr]
        # The upgraded database takes decisions, with its row versions and audit log.
        before = store.get_claim(claim.id)
        assert before is not None
        store.decide(claim.id, "ben", status="verified", expected_version=before.version)
        assert [e.reviewer for e in store.history(claim.id)][-1] == "ben"

    engine = make_engine(normalize_url(db_url))
    with engine.begin() as connection:
        assert applied_versions(connection) == set(range(1, SCHEMA_VERSION + 1))
        after = table_counts(connection, counts)
    engine.dispose()
    grown = {"reference": 1, "review_event": 1}  # what the test added after upgrading
    assert after == {t: n + grown.get(t, 0) for t, n in counts.items()}


def _reference(ref_id: str, terms: str) -> Any:
    from tests.rows import reference

    return reference(ref_id=ref_id, text=terms, terms=terms, kind="fact-check")
