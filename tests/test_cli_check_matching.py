"""`claimcheck check` cross-matching: --against, registered sources, earlier claims,
--no-match, --fail-on conflicts, the table report and the stored matches."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claims_db import Store

DATA = Path(__file__).resolve().parent / "data"
EVIDENCE = DATA / "matching" / "evidence_article.txt"
# Repeats the example's "three times" claim, and says nothing else checkable about it.
REPEAT = DATA / "sources" / "repeat_article.txt"
DATE = ("--date", "2019-10-24")
THREE_TIMES = "Trump and Kim have met three times since last June"
FEBRUARY = "Talks broke down in February"


def checked(run, *args: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    result = run(*args, "--format", "json")
    assert result.code == 0, result
    return json.loads(result.out)  # type: ignore[no-any-return]


def claim(report: dict[str, Any], start: str) -> dict[str, Any]:
    (found,) = [c for c in report["claims"] if c["text"].startswith(start)]
    return dict(found)


def sentence(match: dict[str, Any]) -> str:
    """The reference id without the folder: 'evidence_article.txt#2'."""
    return str(match["id"]).rsplit("/", 1)[-1]


# The tests that read or write the stored matches, sources and claims ask for `db_url`:
# they run on SQLite and on PostgreSQL (whose reference search is its own full-text SQL).


def test_against_finds_the_count_and_the_month_conflicts(  # type: ignore[no-untyped-def]
    run, example_path: Path, db_url: str
) -> None:
    report = checked(run, example_path, "--against", EVIDENCE, *DATE)
    assert all(isinstance(c["matches"], list) for c in report["claims"])
    three = claim(report, THREE_TIMES)["matches"]
    scores = [m["score"] for m in three]
    assert scores == sorted(scores, reverse=True)
    assert (sentence(three[0]), three[0]["relation"]) == ("evidence_article.txt#4", "corroborates")
    (twice,) = [m for m in three if m["relation"] == "conflicts"]
    assert sentence(twice) == "evidence_article.txt#2"
    assert twice["clashes"] == ["count 3 vs 2"]
    assert twice["confident"] is True
    assert (twice["source"], twice["kind"]) == (str(EVIDENCE), "article")
    (march,) = [m for m in claim(report, FEBRUARY)["matches"] if m["relation"] == "conflicts"]
    assert sentence(march) == "evidence_article.txt#3"
    assert march["clashes"] == ["month February 2019 vs March 2019"]
    # The summary counts what was found, in claims.
    confident = {
        relation: sum(
            any(m["relation"] == relation and m["confident"] for m in c["matches"])
            for c in report["claims"]
        )
        for relation in ("conflicts", "corroborates")
    }
    assert confident["conflicts"] >= 2
    summary = report["summary"]
    assert (summary["conflicts"], summary["corroborated"]) == (
        confident["conflicts"],
        confident["corroborates"],
    )
    assert summary["checked_before"] == 0
    # Sentences that are not claims are not matched.
    everything = checked(run, example_path, "--against", EVIDENCE, *DATE, "--all")
    assert all(c["matches"] == [] for c in everything["claims"] if not c["is_claim"])


def test_a_second_account_that_differs_in_three_figures_gives_three_conflicts(  # type: ignore[no-untyped-def]
    run, example_path: Path, tmp_path: Path
) -> None:
    """The second account of the example with "two days" for "one day": its count, month
    and duration each conflict with the example's claim, naming the slot."""
    second = Path(__file__).resolve().parents[1] / "examples" / "second_account.txt"
    text = second.read_text(encoding="utf-8")
    assert "after just one day of meetings" in text
    other = tmp_path / "second.txt"
    other.write_text(text.replace("one day of meetings", "two days of meetings"), "utf-8")
    report = checked(run, example_path, "--against", other, *DATE)
    clashes = sorted(
        clash
        for c in report["claims"]
        for m in c["matches"]
        if m["relation"] == "conflicts"
        for clash in m["clashes"]
    )
    assert clashes == [
        "count 3 vs 2",
        "duration just one day vs just two days",
        "month February 2019 vs March 2019",
    ]
    assert report["summary"]["conflicts"] == 3


def test_fail_on_conflicts(run, example_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    conflicts = run(
        example_path, "--against", EVIDENCE, *DATE, "--fail-on", "conflicts", "--format", "json"
    )
    assert conflicts.code == 4, conflicts
    assert json.loads(conflicts.out)["claims"]  # the report is written all the same
    skipped = run(
        example_path, "--against", EVIDENCE, *DATE, "--fail-on", "conflicts", "--no-match"
    )
    assert skipped.code == 0, skipped
    # Matched, but against nothing that conflicts: the repeated claim corroborates.
    repeat = run(REPEAT, "--fail-on", "conflicts", "--format", "json")
    assert repeat.code == 0, repeat
    assert any(
        m["relation"] == "corroborates"
        for c in json.loads(repeat.out)["claims"]
        for m in c["matches"]
    )


def test_no_match_gives_no_matches_and_stores_none(run, db_url: str, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = checked(run, example_path, "--against", EVIDENCE, *DATE, "--no-match")
    assert report["claims"] and all("matches" not in c for c in report["claims"])
    assert "conflicts" not in report["summary"]  # nothing was looked for
    jsonl = run(example_path, *DATE, "--no-match", "--format", "jsonl")
    assert all("matches" not in json.loads(line) for line in jsonl.out.splitlines())
    with Store(db_url) as store:
        # Its claims are indexed for the articles to come all the same.
        assert [s.name for s in store.sources()] == ["claims"]
        ids = [c["id"] for c in report["claims"]]
        assert store.matches(ids) == {i: [] for i in ids}


def test_a_registered_source_is_searched_without_against(  # type: ignore[no-untyped-def]
    run, example_path: Path, db_url: str
) -> None:
    added = run("sources", "add", EVIDENCE, "--name", "evidence")
    assert added.code == 0, added
    report = checked(run, example_path, *DATE)
    (twice,) = [m for m in claim(report, THREE_TIMES)["matches"] if m["relation"] == "conflicts"]
    assert (twice["source"], sentence(twice)) == ("evidence", "evidence_article.txt#2")
    assert twice["clashes"] == ["count 3 vs 2"]
    assert twice["date"] == "2019-10-25"  # the article's date, stored with its sentences
    (march,) = [m for m in claim(report, FEBRUARY)["matches"] if m["relation"] == "conflicts"]
    assert march["source"] == "evidence"
    assert run(example_path, *DATE, "--fail-on", "conflicts").code == 4


def test_a_second_article_meets_the_claims_of_the_first(  # type: ignore[no-untyped-def]
    run, db_url: str, example_path: Path
) -> None:
    first = checked(run, example_path, *DATE)
    # Nothing was stored before it, and an article never matches its own claims.
    assert all(c["matches"] == [] for c in first["claims"])
    three_id = claim(first, THREE_TIMES)["id"]

    second = checked(run, REPEAT)
    (repeated,) = [c for c in second["claims"] if "three times" in c["text"]]
    best = repeated["matches"][0]
    assert (best["source"], best["id"], best["kind"]) == ("claims", f"claim:{three_id}", "claim")
    assert best["text"].startswith(THREE_TIMES)
    assert best["relation"] == "corroborates" and best["rating"] is None
    assert best["date"] == "2019-10-24"  # the first article's date
    assert best["title"] == first["article"]["title"]

    # Checked again, the first article does not find itself, but finds the second.
    again = checked(run, example_path, *DATE)
    own = {f"claim:{c['id']}" for c in first["claims"]}
    assert not any(m["id"] in own for c in again["claims"] for m in c["matches"])
    assert [m["id"] for m in claim(again, THREE_TIMES)["matches"]] == [f"claim:{repeated['id']}"]

    # Once a fact-checker rates the first claim, the second article is told.
    with Store(db_url) as store, store._engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE claim SET status = 'false' WHERE id = {three_id}")
    rated = checked(run, REPEAT)["claims"]
    best = next(m for c in rated for m in c["matches"] if m["id"] == f"claim:{three_id}")
    assert (best["rating"], best["relation"]) == ("false", "checked-before")


def test_table_report_shows_what_was_found_literally(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, example_path: Path
) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Hostile Evidence\n\nOctober 25, 2019\n\n"
        "Trump and Kim have met twice since June 2018 [bold]x[/bold] and \x1b[31m exchange "
        "personal letters.\n",
        encoding="utf-8",
    )
    result = run(example_path, "--against", "hostile.txt", *DATE, "--format", "table")
    assert result.code == 0, result
    out = result.out
    assert "found   conflicts 1.00  hostile.txt" in out
    assert "differs: count 3 vs 2" in out
    assert "[bold]x[/bold]" in out
    assert "\x1b" not in out and "\\x1b[31m" in out
    # The summary panel says what was found.
    assert "1 conflict with a source · " in out


def test_matches_are_stored_with_the_claims(run, db_url: str, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = checked(run, example_path, "--against", EVIDENCE, *DATE)
    ids = [c["id"] for c in report["claims"]]
    with Store(db_url) as store:
        stored = store.matches(ids)
        claims_source = store.get_source("claims")
    for c in report["claims"]:
        assert [(m.rank, m.ref_id, m.relation, m.confident) for m in stored[c["id"]]] == [
            (rank, m["id"], m["relation"], m["confident"]) for rank, m in enumerate(c["matches"])
        ]
        for row, m in zip(stored[c["id"]], c["matches"]):
            assert (row.source, row.kind, row.text) == (m["source"], m["kind"], m["text"])
            assert row.score == m["score"] and list(row.reasons) == m["reasons"]
            assert row.detail["clashes"] == m["clashes"] and row.decision is None
    three = claim(report, THREE_TIMES)["id"]
    assert "count 3 vs 2" in [c for m in stored[three] for c in m.detail["clashes"]]
    # Its claims are indexed for the articles to come.
    assert claims_source is not None and claims_source.reference_count == len(ids)

    # Checked again without --against: the earlier matches are replaced, not added to.
    assert run(example_path, *DATE, "--format", "json").code == 0
    with Store(db_url) as store:
        assert store.matches(ids) == {i: [] for i in ids}


def test_against_an_archive_read_with_the_column_options(  # type: ignore[no-untyped-def]
    run, example_path: Path, tmp_path: Path
) -> None:
    # LIAR's layout: no header; id, rating, statement, subject, speaker.
    archive = tmp_path / "desk.tsv"
    archive.write_text(
        "fc-1\tfalse\tTrump and Kim have met three times since June 2018.\tdiplomacy\tx\n"
        "fc-2\ttrue\tUnemployment fell to 4% in 2019.\teconomy\ty\n"
    )
    options = ("--no-header", "--id-field", "0", "--text-field", "2", "--rating-field", "1")
    report = checked(run, example_path, "--against", archive, *options, *DATE)
    found = [m for m in claim(report, THREE_TIMES)["matches"] if m["id"] == "fc-1"]
    assert [(m["relation"], m["rating"]) for m in found] == [("checked-before", "false")]
    alone = run(example_path, *options, *DATE)
    assert alone.code == 2
    assert alone.err == (
        "claimcheck: error: the archive options (--text-field, ...) say how to read --against SRC\n"
    )


def test_a_new_version_never_matches_its_own_old_version(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, db_url: str
) -> None:
    story = tmp_path / "story.txt"
    text = (
        "Talks Stall\n\nNorth Korea walked away from working-level talks in Stockholm "
        "after just one day of meetings, the foreign ministry said on Sunday.\n"
    )
    story.write_text(text, encoding="utf-8")
    assert checked(run, story, *DATE)["claims"]
    story.write_text(text + "\nThe envoy said new talks were planned for December.\n")
    again = checked(run, story, *DATE)
    assert again["article"]["version"] == 2
    assert all(c["matches"] == [] for c in again["claims"])
    # Another article saying the same still meets it.
    other = tmp_path / "other.txt"
    other.write_text(text.replace("Talks Stall", "Envoy Leaves"), encoding="utf-8")
    found = checked(run, other, *DATE)
    assert any(m["relation"] == "corroborates" for c in found["claims"] for m in c["matches"])
