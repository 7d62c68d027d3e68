"""`claimcheck export` and `claimcheck import` through the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

from claims_db import Store
from tests.test_export import DATA, populate


def _db(tmp_path: Path) -> list[int]:
    with Store(f"sqlite:///{tmp_path / 'claims.db'}") as store:
        return populate(store)


def test_export_csv_and_claimreview_carry_decision_note_reviewer_time(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _db(tmp_path)
    result = run("export", "--format", "csv")
    assert result.code == 0, result
    row = next(csv.DictReader(io.StringIO(result.out)))
    assert (row["Status"], row["Note"], row["reviewer"]) == (
        "false",
        "'-It rose 2%, not 4%",
        "ana",
    )
    assert row["decided_at"]
    result = run("export", "--format", "claimreview", "--status", "false")
    review = json.loads(result.out)[0]
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["reviewBody"] == "-It rose 2%, not 4%"
    assert review["author"]["name"] == "ana"
    assert review["datePublished"][:10] == row["decided_at"][:10]


def test_export_filters_and_options(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _db(tmp_path)
    out = run("export", "--format", "jsonl", "--reviewer", "ben").out
    claims = [json.loads(x) for x in out.splitlines() if '"record": "claim"' in x]
    assert [c["id"] for c in claims] == [ids[2]]
    out = run("export", "--format", "csv", "--article", "1", "--since", "2000-01-01").out
    assert len(list(csv.DictReader(io.StringIO(out)))) == 2
    (tmp_path / "map.json").write_text('{"false": 3}')
    out = run(
        "export", "--format", "claimreview", "--rating-map", "map.json", "--publisher", "Desk"
    ).out
    assert json.loads(out)[0]["reviewRating"]["ratingValue"] == 3
    assert json.loads(out)[0]["author"] == {"@type": "Organization", "name": "Desk"}
    assert run("export", "--format", "markdown").out.startswith("# Claims report")
    bad = run("export", "--status", "bogus")
    assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1
    assert "unknown status" in bad.err


def test_output_file_is_never_overwritten_without_force(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _db(tmp_path)
    first = run("export", "--format", "csv", "--bom", "-o", "out.csv")
    assert first.code == 0 and first.out == ""
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfClaim,")
    (tmp_path / "out.csv").write_text("keep me")
    again = run("export", "--format", "csv", "-o", "out.csv")
    assert again.code in (1, 2)
    assert again.err.count("\n") == 1 and "--force" in again.err
    assert (tmp_path / "out.csv").read_text() == "keep me"
    assert run("export", "--format", "csv", "-o", "out.csv", "--force").code == 0
    assert (tmp_path / "out.csv").read_text().startswith("Claim,")
    # A path with ../ is a plain path the user chose: it is written there, atomically.
    (tmp_path / "sub").mkdir()
    assert run("export", "-o", "sub/../up.csv").code == 0
    assert (tmp_path / "up.csv").exists()
    assert not [p for p in tmp_path.rglob("*.tmp")]
    missing = run("export", "-o", "nowhere/out.csv")
    assert missing.code == 2 and "no folder" in missing.err


def test_export_sqlite(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = _db(tmp_path)
    result = run("export", "--format", "sqlite", "-o", "copy.db")
    assert result.code == 0, result
    with sqlite3.connect(tmp_path / "copy.db") as db:
        assert db.execute("SELECT id FROM claim WHERE status = 'false'").fetchall() == [(ids[0],)]
    assert run("export", "--format", "sqlite", "-o", "copy.db").code == 2
    assert run("export", "--format", "sqlite").code == 2
    assert run("export", "--format", "sqlite", "-o", "x.db", "--status", "false").code == 2


def test_import_round_trip_and_factchecks(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _db(tmp_path)
    exported = run("export", "--format", "json", "-o", "all.json")
    assert exported.code == 0
    before = run("export", "--format", "json").out
    result = run("import", "all.json", "--db", "sqlite:///new.db")
    assert result.code == 0, result
    assert "imported 2 articles, 3 claims" in result.err
    assert run("export", "--format", "json", "--db", "sqlite:///new.db").out == before
    got = run("import", str(DATA / "claimreviews.json"), "--name", "partner")
    assert got.code == 0 and "'partner'" in got.err
    assert "partner" in run("sources", "list", "--format", "json").out
    missing = run("import", "nope.json")
    assert missing.code == 1 and "no such file" in missing.err
