"""`claimcheck sources add|list|refresh|remove`, through the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from claimcheck.matching.bm25 import PARAMETERS as BM25
from claims_db import Store

# Every test here reads or writes the sources in the claims database: each runs on SQLite
# and on PostgreSQL (the `run` fixture sends the commands to `db_url`).
pytestmark = pytest.mark.usefixtures("db_url")

DATA = Path(__file__).resolve().parent / "data"
DESK = DATA / "sources" / "desk.csv"
EVIDENCE = DATA / "matching" / "evidence_article.txt"
FIELDS = ("--id-field", "ref", "--text-field", "wording", "--rating-field", "verdict")
# desk.csv: d1, d3 and d4 are good; line 3 has no text, line 5 repeats d1, line 7 never
# closes its quote.
DESK_PROBLEMS = [
    "line 3: no claim text in column 'wording'; skipped",
    "line 5: duplicate id 'd1' (first in desk.csv line 2); skipped",
    "line 7: a quote mark is never closed; skipped",
]


def listed(run) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    result = run("sources", "list", "--format", "json")
    assert result.code == 0, result
    assert result.err == ""
    return json.loads(result.out)  # type: ignore[no-any-return]


def found(db_url: str, *terms: str) -> list[tuple[str, str, str | None]]:
    """(source, ref_id, rating) of the stored references found by these index terms."""
    with Store(db_url) as store:
        found = store.search_references(terms, **BM25)
        return [(r.source.name, r.ref_id, r.rating) for r, _ in found]


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """desk.csv, copied where it can be changed."""
    target = tmp_path / "desk.csv"
    shutil.copy(DESK, target)
    return target


def test_add_an_archive_and_an_article(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, desk: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = run("sources", "add", "desk.csv", "--name", "desk", *FIELDS)
    assert added.code == 0, added
    assert added.out == ""
    err = added.err.splitlines()
    assert err == [f"claimcheck: skipped desk.csv {p}" for p in DESK_PROBLEMS] + [
        "claimcheck: source 'desk': 3 references indexed"
    ]
    article = run("sources", "add", EVIDENCE)
    assert article.code == 0, article
    assert article.err.splitlines() == [f"claimcheck: source '{EVIDENCE}': 5 references indexed"]

    sources = listed(run)
    assert [(s["name"], s["spec"], s["references"]) for s in sources] == sorted(
        # Stored absolute, so that a refresh from another folder reads the same file.
        [("desk", str(tmp_path / "desk.csv"), 3), (str(EVIDENCE), str(EVIDENCE.resolve()), 5)]
    )
    by_name = {s["name"]: s for s in sources}
    assert by_name["desk"]["problems"] == [f"desk.csv {p}" for p in DESK_PROBLEMS]
    assert by_name[str(EVIDENCE)]["problems"] == []
    assert all(s["added_at"] and s["refreshed_at"] for s in sources)

    # The good records are indexed with the fields named.
    assert found(db_url, "nuclear") == [("desk", "d3", "False")]
    assert ("desk", "d1", "Accurate") in found(db_url, "three")
    assert found(db_url, "invent") == []  # d2's verdict, not a text
    assert any(source == str(EVIDENCE) for source, _, _ in found(db_url, "stockholm"))
    with Store(db_url) as store:
        source = store.get_source("desk")
    assert source is not None
    assert source.options["columns"]["text"] == ["wording"]
    assert (source.options["columns"]["id"], source.options["columns"]["rating"]) == (
        "ref",
        "verdict",
    )

    table = run("sources", "list", "--format", "table")
    assert table.code == 0, table
    # At 80 columns long paths fold within their cells (where, depends on where the
    # checkout is); the table stays 80 wide.
    assert all(len(line) <= 80 for line in table.out.splitlines())
    monkeypatch.setenv("COLUMNS", "400")
    wide = run("sources", "list", "--format", "table")
    assert str(tmp_path / "desk.csv") in wide.out and str(EVIDENCE.resolve()) in wide.out


def test_the_same_name_twice_is_a_one_line_error(run, tmp_path: Path, desk: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("sources", "add", desk, "--name", "desk", *FIELDS).code == 0
    again = run("sources", "add", EVIDENCE, "--name", "desk")
    assert again.code == 1, again
    assert again.err == (
        "claimcheck: error: a source named 'desk' is already registered (refresh or remove it)\n"
    )
    assert [(s["name"], s["references"]) for s in listed(run)] == [("desk", 3)]


def test_refresh_reads_the_changed_file(run, db_url: str, desk: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("sources", "add", desk, "--name", "desk", *FIELDS).code == 0
    before = listed(run)[0]
    desk.write_text(
        "ref,wording,verdict,checked\n"
        "d1,Trump and Kim have met three times since June 2018.,Accurate,2019-10-30\n"
        "d6,Pyongyang set an end of year deadline for Washington.,Misleading,2019-10-27\n",
        encoding="utf-8",
    )
    refreshed = run("sources", "refresh", "desk")
    assert refreshed.code == 0, refreshed
    assert refreshed.err.splitlines() == ["claimcheck: source 'desk': 2 references"]
    (after,) = listed(run)
    assert (after["references"], after["problems"]) == (2, [])
    assert after["added_at"] == before["added_at"]
    assert after["refreshed_at"] > before["refreshed_at"]
    # Read the way it was added (same columns), the old records gone.
    assert found(db_url, "deadlin") == [("desk", "d6", "Misleading")]
    assert found(db_url, "nuclear") == []
    assert found(db_url, "hanoi") == []


def test_refresh_everything_leaves_the_claims_alone(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, desk: Path, example_path: Path
) -> None:
    assert run("sources", "add", desk, "--name", "desk", *FIELDS).code == 0
    assert run(example_path, "--date", "2019-10-24", "--format", "json").code == 0
    before = {s["name"]: s["references"] for s in listed(run)}
    assert before["desk"] == 3 and before["claims"] > 0
    desk.write_text("ref,wording,verdict\nd9,Kim visited Seoul.,False\n", encoding="utf-8")
    refreshed = run("sources", "refresh")
    assert refreshed.code == 0, refreshed
    assert refreshed.err.splitlines() == ["claimcheck: source 'desk': 1 references"]
    assert {s["name"]: s["references"] for s in listed(run)} == {**before, "desk": 1}
    claims = run("sources", "refresh", "claims")  # nothing to read again
    assert claims.code == 0, claims
    assert {s["name"]: s["references"] for s in listed(run)} == {**before, "desk": 1}


def test_refresh_unknown_is_a_usage_error(run) -> None:  # type: ignore[no-untyped-def]
    assert run("sources", "add", EVIDENCE, "--name", "evidence").code == 0
    result = run("sources", "refresh", "nothing")
    assert result.code == 2, result
    assert "no source named 'nothing'" in result.err


def test_commands_that_read_refuse_a_database_that_does_not_exist(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    decisions = tmp_path / "decisions.jsonl"
    decisions.write_text('{"claim_id": 1, "status": "false"}\n', encoding="utf-8")
    for args in (
        ("sources", "list"),
        ("sources", "refresh"),
        ("sources", "remove", "desk"),
        ("export", "--format", "csv"),
        ("export", "--format", "sqlite", "-o", "copy.db"),
        ("review", "--decisions", str(decisions)),
    ):
        result = run(*args, "--db", "typo.db")
        assert result.code == 1, (args, result)
        assert result.err == "claimcheck: error: no claims database at typo.db\n", args
        assert result.out == ""
        assert not (tmp_path / "typo.db").exists() and not (tmp_path / "copy.db").exists()
    # A command that writes creates it.
    assert run("sources", "add", EVIDENCE, "--name", "evidence", "--db", "typo.db").code == 0
    assert run("sources", "list", "--db", "typo.db").code == 0


def test_remove(run, db_url: str, desk: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("sources", "add", desk, "--name", "desk", *FIELDS).code == 0
    assert run("sources", "add", EVIDENCE, "--name", "evidence").code == 0
    removed = run("sources", "remove", "desk")
    assert removed.code == 0, removed
    assert removed.err == "claimcheck: source 'desk' removed\n"
    assert [s["name"] for s in listed(run)] == ["evidence"]
    assert found(db_url, "nuclear") == []
    assert {source for source, _, _ in found(db_url, "trump")} == {"evidence"}
    unknown = run("sources", "remove", "desk")
    assert unknown.code == 2, unknown
    assert unknown.err == (
        "claimcheck: error: no source named 'desk' (see: claimcheck sources list)\n"
    )


def test_usage_errors(run, tmp_path: Path, desk: Path) -> None:  # type: ignore[no-untyped-def]
    no_header = run("sources", "add", desk, "--no-header")
    assert no_header.code == 2, no_header
    assert "--no-header needs --text-field" in no_header.err
    reserved = run("sources", "add", desk, "--name", "claims", *FIELDS)
    assert reserved.code == 2, reserved
    assert reserved.err == (
        "claimcheck: error: 'claims' is the claims database's own source name\n"
    )
    assert run("sources", "add", tmp_path / "missing.csv").code == 1
    assert listed(run) == []


def test_headerless_archive_by_column_numbers(run, tmp_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "liar.tsv").write_text(
        "x1\tfalse\tNorth Korea has closed all of its nuclear test sites.\n"
        "x2\ttrue\tSweden hosted talks in Stockholm.\n",
        encoding="utf-8",
    )
    args = ("--id-field", "0", "--rating-field", "1", "--text-field", "2", "--no-header")
    result = run("sources", "add", "liar.tsv", "--name", "liar", *args)
    assert result.code == 0, result
    assert found(db_url, "nuclear") == [("liar", "x1", "false")]


def test_refresh_from_another_folder(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, desk: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("sources", "add", "desk.csv", "--name", "desk", *FIELDS).code == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = run("sources", "refresh", "desk", "--db", db_url)
    assert result.code == 0, result


def test_a_source_with_nothing_to_index_is_refused(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "two.csv").write_text("a,b\nc,d\n", encoding="utf-8")
    result = run("sources", "add", "two.csv", "--text-field", "99", "--no-header")
    assert result.code == 1
    assert result.err.splitlines()[-1].startswith(
        "claimcheck: error: two.csv: nothing to index, no reference could be read"
    )
    assert run("sources", "list", "--format", "json").out.strip() == "[]"
    # A source that reads empty on refresh keeps what it had.
    (tmp_path / "desk.csv").write_text("claim,rating\nTaxes rose 4% in 2019.,false\n")
    assert run("sources", "add", "desk.csv", "--name", "desk").code == 0
    (tmp_path / "desk.csv").write_text("claim,rating\n")
    refreshed = run("sources", "refresh", "desk")
    assert refreshed.code == 1 and "keeps its 1 references" in refreshed.err
    (listed,) = json.loads(run("sources", "list", "--format", "json").out)
    assert listed["references"] == 1


def test_the_claims_source_cannot_be_removed(run) -> None:  # type: ignore[no-untyped-def]
    (Path("a.txt")).write_text("Exports rose 40 percent in 2019.\n", encoding="utf-8")
    assert run("check", "a.txt", "--format", "json").code == 0
    result = run("sources", "remove", "claims")
    assert result.code == 2 and "cannot be removed" in result.err
