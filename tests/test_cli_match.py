"""`claimcheck match`: queries against a corpus, through the command line."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck.models import RELATIONS

DATA = Path(__file__).resolve().parent / "data" / "matching"
QUERIES_TSV = str(DATA / "queries.tsv")
ARTICLE = str(DATA / "evidence_article.txt")
FACTCHECKS = str(DATA / "factchecks.csv")
DESK = str(DATA / "desk_archive.csv")

FIELDS = {"id", "text", "source", "kind", "score", "relation", "confident", "reasons"}
FIELDS |= {"shared", "clashes", "span", "rating", "publisher", "title", "url", "date"}
# Control characters other than the newline, raw in the output.
RAW_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def jsonl(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def sentence(match: dict[str, Any]) -> str:
    """The reference id without the folder: 'evidence_article.txt#4', 'fc1'."""
    return str(match["id"]).rsplit("/", 1)[-1]


def test_jsonl_contract(run) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "match", QUERIES_TSV, "--against", ARTICLE, "--against", FACTCHECKS, "--format", "jsonl"
    )
    assert result.code == 0, result
    results = jsonl(result.out)
    assert [r["id"] for r in results] == ["q1", "q2", "q3"]  # input order
    assert all(set(r) == {"id", "matches"} for r in results)
    for r in results:
        assert len(r["matches"]) <= 5  # the default --top
        scores = [m["score"] for m in r["matches"]]
        assert scores == sorted(scores, reverse=True)  # best first
        for m in r["matches"]:
            assert FIELDS <= set(m), FIELDS - set(m)
            assert m["relation"] in RELATIONS
            assert isinstance(m["reasons"], list) and m["reasons"]
            assert m["span"] is None or 0 <= m["span"][0] < m["span"][1] <= len(m["text"])
    q1, q2, q3 = results
    best = q1["matches"][0]
    assert sentence(best) == "evidence_article.txt#4"
    assert best["relation"] == "corroborates"
    assert best["confident"] is True
    assert "count three times" in best["shared"]
    assert best["date"] == "2019-10-25"
    assert best["source"] == ARTICLE
    fc1 = next(m for m in q1["matches"] if m["id"] == "fc1")
    assert fc1["relation"] == "checked-before"
    assert (fc1["rating"], fc1["publisher"]) == ("True", "Verify Desk")
    assert (fc1["url"], fc1["date"]) == ("https://verify.example/fc1", "2019-10-30")
    assert "rated 'True' by Verify Desk on 2019-10-30" in fc1["reasons"]
    twice = next(m for m in q1["matches"] if sentence(m) == "evidence_article.txt#2")
    assert twice["relation"] == "conflicts"
    assert twice["clashes"] == ["count 3 vs 2"]
    assert sentence(q2["matches"][0]) == "evidence_article.txt#3"
    assert q3["matches"] == []  # bananas: nothing shares a word
    assert result.err.strip().splitlines()[-1] == "claimcheck: 3 queries against 8 references"


def test_top_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "match",
        QUERIES_TSV,
        "--against",
        ARTICLE,
        "--against",
        FACTCHECKS,
        "--top",
        "1",
        "--format",
        "jsonl",
    )
    assert result.code == 0, result
    results = jsonl(result.out)
    assert [len(r["matches"]) for r in results] == [1, 1, 0]
    assert sentence(results[0]["matches"][0]) == "evidence_article.txt#4"


def test_min_match_score(run) -> None:  # type: ignore[no-untyped-def]
    args = (
        "match",
        QUERIES_TSV,
        "--against",
        ARTICLE,
        "--against",
        FACTCHECKS,
        "--format",
        "jsonl",
        "--top",
        "50",
    )
    everything = jsonl(run(*args).out)
    result = run(*args, "--min-match-score", "0.5")
    assert result.code == 0, result
    kept = jsonl(result.out)
    assert [r["id"] for r in kept] == ["q1", "q2", "q3"]
    for all_of, some in zip(everything, kept):
        assert some["matches"] == [m for m in all_of["matches"] if m["score"] >= 0.5]
    assert kept[0]["matches"] and kept[1]["matches"]


def test_json_format_is_one_list(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", ARTICLE, "--format", "json", "--top", "2")
    assert result.code == 0, result
    results = json.loads(result.out)
    assert [r["id"] for r in results] == ["q1", "q2", "q3"]


@pytest.mark.parametrize(
    ("name", "ids"), [("queries.jsonl", ["j1", "j2"]), ("queries.txt", ["1", "3"])]
)
def test_other_query_layouts(run, name: str, ids: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run("match", str(DATA / name), "--against", ARTICLE, "--format", "jsonl")
    assert result.code == 0, result
    results = jsonl(result.out)
    assert [r["id"] for r in results] == ids
    assert sentence(results[0]["matches"][0]) == "evidence_article.txt#4"


def test_queries_from_stdin(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    stdin = io.TextIOWrapper(io.BytesIO(b"s1\tTalks broke down in March in Hanoi.\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    result = run("match", "-", "--against", ARTICLE, "--format", "jsonl", "--top", "1")
    assert result.code == 0, result
    (only,) = jsonl(result.out)
    assert only["id"] == "s1"
    assert sentence(only["matches"][0]) == "evidence_article.txt#3"


def test_archive_fields_named(run) -> None:  # type: ignore[no-untyped-def]
    result = run(
        "match",
        QUERIES_TSV,
        "--against",
        DESK,
        "--id-field",
        "ref",
        "--text-field",
        "wording",
        "--rating-field",
        "verdict",
        "--date-field",
        "checked",
        "--format",
        "jsonl",
        "--top",
        "1",
    )
    assert result.code == 0, result
    q1, q2, q3 = jsonl(result.out)
    best = q2["matches"][0]
    assert best["id"] == "d1"
    assert best["kind"] == "factcheck"
    assert best["relation"] == "checked-before"
    assert best["rating"] == "Accurate"
    assert best["date"] == "2019-03-01"
    assert "rated 'Accurate' on 2019-03-01" in best["reasons"]
    assert q3["matches"] == []


def test_archive_fields_by_column_number_without_header(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = Path(DESK).read_text(encoding="utf-8").splitlines()[1:]  # the header left out
    (tmp_path / "plain.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run(
        "match",
        QUERIES_TSV,
        "--against",
        "plain.csv",
        "--no-header",
        "--id-field",
        "0",
        "--text-field",
        "1",
        "--rating-field",
        "2",
        "--format",
        "jsonl",
        "--top",
        "1",
    )
    assert result.code == 0, result
    best = jsonl(result.out)[1]["matches"][0]
    assert (best["id"], best["rating"]) == ("d1", "Accurate")


def test_archive_without_a_known_text_column(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", DESK, "--format", "jsonl")
    assert result.code == 1
    assert result.out == ""
    (line,) = result.err.splitlines()
    assert line.startswith("claimcheck: error: ")
    assert "--text-field" in line


def test_skipped_records_are_named_on_stderr(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "archive.csv").write_text(
        "id,claim,rating\nok,Talks broke down in March in Hanoi.,True\nbad,,False\n",
        encoding="utf-8",
    )
    result = run("match", QUERIES_TSV, "--against", "archive.csv", "--format", "jsonl")
    assert result.code == 0, result
    assert "claimcheck: skipped archive.csv line 3: " in result.err
    assert len(jsonl(result.out)) == 3


# --- table output ----------------------------------------------------------------


HOSTILE_QUERY = (
    "Trump and Kim have met [bold]three[/bold] times since June 2018 \x1b[31mreally\x1b[0m."
)
HOSTILE_SENTENCE = (
    "[red]Trump[/red] and Kim have met \x1b[2Jthree times since June 2018, "
    "officials said [link=https://evil.example]here[/link]."
)


def test_table_neutralizes_untrusted_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "q.tsv").write_text(f"x1\t{HOSTILE_QUERY}\n", encoding="utf-8")
    (tmp_path / "corpus.txt").write_text(
        f"Kim Talks\n\nOctober 25, 2019\n\n{HOSTILE_SENTENCE}\n\nTalks broke down in March.\n",
        encoding="utf-8",
    )
    result = run("match", "q.tsv", "--against", "corpus.txt", "--format", "table")
    assert result.code == 0, result
    assert not RAW_CONTROL.search(result.out), repr(result.out)
    flat = " ".join(result.out.split())
    # Rich markup shown as typed, not interpreted (and not swallowed).
    assert "[bold]three[/bold]" in flat
    assert "[red]Trump[/red]" in flat
    assert "[link=https://evil.example]here[/link]" in flat
    # Escape sequences shown as escapes.
    assert "\\x1b[31mreally\\x1b[0m" in flat
    assert "\\x1b[2Jthree" in flat
    # The source's label is an absolute path, which the table may wrap anywhere.
    assert "x1" in flat and "corpus.txt#1" in "".join(flat.split())


def test_table_lists_each_query_and_says_no_match(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", ARTICLE, "--format", "table", "--top", "1")
    assert result.code == 0, result
    assert not RAW_CONTROL.search(result.out)
    lines = result.out.splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"q\d ", line)]
    assert [lines[i].split()[0] for i in starts] == ["q1", "q2", "q3"]
    assert "no match" in lines[starts[2] + 1]
    assert "corroborates" in result.out


def test_jsonl_keeps_untrusted_text_exact(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "q.tsv").write_text(f"x1\t{HOSTILE_QUERY}\n", encoding="utf-8")
    (tmp_path / "corpus.txt").write_text(f"{HOSTILE_SENTENCE}\n", encoding="utf-8")
    result = run("match", "q.tsv", "--against", "corpus.txt", "--format", "jsonl")
    assert result.code == 0, result
    assert "\x1b" not in result.out  # JSON escapes it
    (only,) = jsonl(result.out)
    assert only["matches"][0]["text"] == HOSTILE_SENTENCE


# --- errors ------------------------------------------------------------------------


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("claimcheck: error: ")
    return str(lines[0])


@pytest.mark.parametrize("corpus", ["missing.txt", "missing.csv", "missing-folder/"])
def test_missing_corpus_is_one_line_error(run, corpus: str) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", corpus, "--format", "jsonl")
    assert result.code == 1
    assert "missing" in one_line_error(result)


def test_missing_queries_is_one_line_error(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", "nope.tsv", "--against", ARTICLE)
    assert result.code == 1
    assert "no such file: nope.tsv" in one_line_error(result)


def test_bad_jsonl_query_names_the_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "q.jsonl").write_text('{"id": 1, "text": "fine"}\n{oops\n', encoding="utf-8")
    result = run("match", "q.jsonl", "--against", ARTICLE)
    assert result.code == 1
    assert "q.jsonl line 2: not JSON" in one_line_error(result)


def test_corpus_without_references(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty.csv").write_text("id,claim,rating\n", encoding="utf-8")
    result = run("match", QUERIES_TSV, "--against", "empty.csv")
    assert result.code != 0
    assert "claimcheck: error: " in result.err
    assert result.out == ""


@pytest.mark.parametrize(
    "args",
    [
        ("--bogus",),
        ("--top", "0"),
        ("--top", "many"),
        ("--min-match-score", "2"),
        ("--format", "xml"),
        ("--archive-format", "yaml"),
    ],
)
def test_bad_options_are_usage_errors(run, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", ARTICLE, *args)
    assert result.code == 2
    assert result.out == ""


def test_against_is_required(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV)
    assert result.code == 2
    assert "--against" in result.err


def test_help(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", "--help")
    assert result.code == 0
    assert "--against" in result.out and "--top" in result.out


def test_no_header_without_text_field_is_a_usage_error(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", FACTCHECKS, "--no-header")
    assert "--no-header needs --text-field" in one_line_error(result)
    assert result.code == 2


def test_yearless_month_conflict_without_a_query_date(run) -> None:  # type: ignore[no-untyped-def]
    result = run("match", QUERIES_TSV, "--against", ARTICLE, "--format", "jsonl", "--top", "1")
    best = jsonl(result.out)[1]["matches"][0]
    assert sentence(best) == "evidence_article.txt#3"
    assert best["relation"] != "corroborates"
    assert best["relation"] == "conflicts"
    assert best["clashes"] == ["month February 2019 vs March 2019"]


@pytest.mark.parametrize("width", [60, 80, 120])
def test_table_wraps_each_match_in_its_column_and_escapes_query_ids(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    queries = tmp_path / "q.tsv"
    queries.write_text(
        "q\\x1b]0;TITLE\\x07\tTrump and Kim have met three times since last June, officials "
        "said on Monday in a statement\n",
        encoding="utf-8",
    )
    result = run("match", str(queries), "--against", ARTICLE, "--format", "table")
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert all(len(line) <= width for line in lines)
    assert not RAW_CONTROL.search(result.out) and "\\x1b]0;TITLE" in lines[0]
    # Below the query, every line is a match's first line ("  0.98 conflicts  ...") or
    # the continuation of one, indented under the match's text.
    first = next(i for i, line in enumerate(lines) if re.match(r"^\s+\d\.\d\d ", line))
    query_indent = len(lines[0]) - len(lines[0].split(maxsplit=1)[1])
    assert all(line[:query_indent].strip() == "" for line in lines[1:first])
    indent = 0
    for line in lines[first:]:
        if re.match(r"^\s+\d\.\d\d \S+\s+\S", line):
            indent = len(line) - len(line.split(maxsplit=2)[2])
        else:
            assert line[:indent].strip() == "", line
