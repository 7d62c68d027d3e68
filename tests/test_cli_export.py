"""`claimcheck export` and `claimcheck import` through the command line."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from claims_db import ArticleRecord, Store
from tests.rows import claim
from tests.test_export import DATA, populate

# Every test exports from (or imports into) the claims database: each runs on SQLite and on
# PostgreSQL, the `run` fixture sending the commands to `db_url`.
pytestmark = pytest.mark.usefixtures("db_url")


def _db(db_url: str) -> list[int]:
    with Store(db_url) as store:
        return populate(store)


def test_export_csv_and_claimreview_carry_decision_note_reviewer_time(run, db_url: str) -> None:  # type: ignore[no-untyped-def]
    _db(db_url)
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


def test_export_filters_and_options(run, tmp_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    ids = _db(db_url)
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


def test_output_file_is_never_overwritten_without_force(run, tmp_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    _db(db_url)
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


def test_export_sqlite(run, tmp_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    # From PostgreSQL too: the copy is a SQLite file all the same.
    ids = _db(db_url)
    result = run("export", "--format", "sqlite", "-o", "copy.db")
    assert result.code == 0, result
    with sqlite3.connect(tmp_path / "copy.db") as db:
        assert db.execute("SELECT id FROM claim WHERE status = 'false'").fetchall() == [(ids[0],)]
    # The copy is a whole claims database: it exports the same, matches and log included.
    copy = "sqlite:///copy.db"
    for fmt in ("json", "csv", "claimreview"):
        assert (
            run("export", "--format", fmt, "--db", copy).out == run("export", "--format", fmt).out
        )
    with Store(db_url) as original, Store(copy) as copied:
        assert copied.counts() == original.counts()
        assert [s.name for s in copied.sources()] == [s.name for s in original.sources()]
        assert copied.history(ids[0]) == original.history(ids[0])
    assert run("export", "--format", "sqlite", "-o", "copy.db").code == 2
    assert run("export", "--format", "sqlite").code == 2
    assert run("export", "--format", "sqlite", "-o", "x.db", "--status", "false").code == 2


def test_import_round_trip_and_factchecks(run, db_url: str, other_db_url: str) -> None:  # type: ignore[no-untyped-def]
    ids = _db(db_url)
    exported = run("export", "--format", "json", "-o", "all.json")
    assert exported.code == 0
    before = run("export", "--format", "json").out
    # Into an empty database of the same engine: the rows keep their ids.
    result = run("import", "all.json", "--db", other_db_url)
    assert result.code == 0, result
    assert "imported 2 articles, 3 claims" in result.err
    assert run("export", "--format", "json", "--db", other_db_url).out == before
    # Ids given by the database go on after the imported ones (PostgreSQL's sequences).
    with Store(other_db_url) as imported:
        imported.decide(ids[1], "cy", status="verified")
        added = imported.save_article(ArticleRecord(text="New."), [claim("New.", 0, 4, 0.9)])
        assert added.article_id > max(
            a.id for a in imported.list_articles() if a.id != added.article_id
        )
        assert min(c.id for c in imported.claims(added.article_id)) > max(ids)
    # Into a database that is not empty: new ids, the article already there skipped.
    again = run("import", "all.json", "--db", other_db_url)
    assert again.code == 0, again
    assert "imported 0 articles, 0 claims (2 articles already stored, skipped)" in again.err
    got = run("import", str(DATA / "claimreviews.json"), "--name", "partner")
    assert got.code == 0 and "'partner'" in got.err
    assert "partner" in run("sources", "list", "--format", "json").out
    missing = run("import", "nope.json")
    assert missing.code == 1 and "no such file" in missing.err


def test_csv_and_markdown_keep_an_ambiguous_date_and_its_readings(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text(
        "The agreement signed last June cut tariffs by 25 percent, the minister said.\n",
        encoding="utf-8",
    )
    assert run("check", article, "--date", "2019-10-24", "--format", "json").code == 0
    this, last = "2019-06-01/2019-06-30", "2018-06-01/2018-06-30"
    # Either reading may be preferred; both are shown, the other after "or".
    shown = {f"last June={this} (ambiguous; or {last})", f"last June={last} (ambiguous; or {this})"}
    checked = run("check", article, "--date", "2019-10-24", "--format", "markdown")
    assert any(s in checked.out for s in shown)
    for fmt in ("csv", "markdown"):
        exported = run("export", "--format", fmt)
        assert exported.code == 0, exported
        assert any(s in exported.out for s in shown), fmt


def test_all_exports_every_stored_sentence_and_round_trips(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, db_url: str, other_db_url: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Exports rose 40 percent in 2019, the ministry said. It was a sunny day.\n",
        encoding="utf-8",
    )
    checked = run("check", article, "--date", "2019-10-24", "--format", "json", "--all")
    sentences = json.loads(checked.out)["claims"]
    claims = [s for s in sentences if s["is_claim"]]
    assert len(claims) < len(sentences)
    plain = run("export", "--format", "jsonl")
    every = run("export", "--format", "jsonl", "--all")
    assert every.code == 0, every
    count = lambda out: sum('"record": "claim"' in line for line in out.splitlines())  # noqa: E731
    assert (count(plain.out), count(every.out)) == (len(claims), len(sentences))
    rows = list(csv.DictReader(io.StringIO(run("export", "--all").out)))
    assert len(rows) == len(sentences)
    (tmp_path / "every.jsonl").write_text(every.out, encoding="utf-8")
    assert run("import", "every.jsonl", "--db", other_db_url).code == 0
    assert run("export", "--format", "jsonl", "--all", "--db", other_db_url).out == every.out
    for fmt in ("claimreview", "sqlite"):
        refused = run("export", "--format", fmt, "--all", "-o", "x")
        assert refused.code == 2 and "--all is for csv" in refused.err


def test_csv_names_the_part_of_a_vague_date(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text(
        "The ministry cut 2,000 jobs at the end of 2018, the minister said.\n\n"
        "The ministry's budget for fiscal 2017 rose by 4%, to $3.2 billion.\n",
        encoding="utf-8",
    )
    assert run("check", article, "--format", "json").code == 0
    exported = run("export", "--format", "csv")
    assert "end of 2018=2018-01-01/2018-12-31 (part: end)" in exported.out
    assert "2017=2017-01-01/2017-12-31 (fiscal period: the calendar's stands in)" in exported.out
