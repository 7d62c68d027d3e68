"""A hostile corpus through the command line: every input fails in one line or works.

Extends tests/test_hostile_text.py (degenerate text through ``extract()``) and
tests/test_inputs.py (decoding) with whole runs: exit code, a single
``claimcheck: error: ...`` line without a traceback, nothing half-written in the
database, and offsets that slice for what succeeds. Retries of the fact-check service
(429, 500) are covered by tests/test_factcheck_tools.py and the HTTP caps by
tests/test_http.py; here the caps are checked once more through ``read_input``.
Big inputs are generated in tmp_path at test time.
"""

from __future__ import annotations

import codecs
import csv
import html.parser
import http.server
import io
import json
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
import pytest

from claimcheck.errors import FetchError, InputError
from claimcheck.reading import http as cc_http
from claimcheck.reading.inputs import MAX_FILE_BYTES, read_input
from claims_db import Store
from tests.test_cli_review import Typed

DATA = Path(__file__).resolve().parent / "data" / "hostile"
GOOD = "President Trump met Kim Jong Un three times in 2019, officials said.\n"


# -- helpers -------------------------------------------------------------------------------


def counts(url: str) -> tuple[int, int]:
    """(articles, claims) in the database at ``url``; (0, 0) for a SQLite file not made."""
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        return (0, 0)
    with Store(url) as store:
        found = store.counts()
    return (found["articles"], found["claims"])


def default_db(tmp_path: Path) -> str:
    """The default database of the tests that run on SQLite only: claims.db in tmp_path."""
    return f"sqlite:///{tmp_path / 'claims.db'}"


def one_line_error(err: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimcheck: error: "), err
    assert "Traceback" not in err


def assert_claims_slice(text: str, claims: list[dict[str, Any]]) -> None:
    for c in claims:
        assert text[c["start"] : c["end"]] == c["text"], c
        for key in ("dates", "numbers", "places", "people", "orgs"):
            for slot in c[key]:
                assert text[slot["start"] : slot["end"]] == slot["text"], slot


# -- inputs that are refused ----------------------------------------------------------------

# name -> (bytes, suffix, words the one-line error must contain)
REFUSED: dict[str, tuple[bytes, str, str]] = {
    "binary (random control bytes)": (bytes(range(256)) * 8, ".txt", "binary"),
    "ELF executable": (b"\x7fELF\x02\x01\x01" + b"\x00" * 200, ".txt", "binary"),
    "PNG named .txt": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ".txt", "PNG"),
    "empty file": (b"", ".txt", "empty input"),
    "only whitespace": (b" \t\n\r\n   \n\x0c\n", ".txt", "empty input"),
    "only a UTF-8 BOM and spaces": (codecs.BOM_UTF8 + b"  \n ", ".txt", "empty input"),
    "null bytes in UTF-8 text": (GOOD.encode() + b"\x00\x00\x00" + GOOD.encode(), ".txt", "binary"),
    "UTF-16 BOM then garbage": (codecs.BOM_UTF16_LE + b"\x00\xd8a", ".txt", "byte order mark"),
    "HTML of only scripts and styles": (
        b"<!doctype html><html><head><script>var a = 'Kim met Trump 3 times';</script>"
        b"<style>p{}</style></head><body><script>document.write('x')</script></body></html>",
        ".html",
        "no readable text",
    ),
}


def _refused(run: Any, tmp_path: Path, name: str, command: str) -> None:
    data, suffix, words = REFUSED[name]
    (tmp_path / f"input{suffix}").write_bytes(data)
    result = run(command, f"input{suffix}", "--format", "jsonl")
    assert result.code == 1, result
    one_line_error(result.err)
    assert words in result.err and f"input{suffix}" in result.err
    assert result.out == ""


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_input_is_one_line_and_extract_makes_no_database(
    run: Any, tmp_path: Path, name: str
) -> None:
    _refused(run, tmp_path, name, "extract")
    assert not (tmp_path / "claims.db").exists()


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_input_is_one_line_and_check_stores_nothing(
    run: Any, tmp_path: Path, db_url: str, name: str
) -> None:
    _refused(run, tmp_path, name, "check")
    assert counts(db_url) == (0, 0)


# -- inputs that are read ---------------------------------------------------------------


def _rtl_zero_width() -> str:
    return (
        "\u200fThe\u200b minister\u200d said exports rose 40\u00a0percent in 2019.\n\n"
        "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u202eTrump met Kim three times in 2019.\u202c\n"
        "\ufeffZero\u2060width joiners\u200c everywhere, and 12 officials confirmed it.\n"
    )


# name -> (bytes, suffix, the text the offsets refer to)
READ: dict[str, tuple[bytes, str, str]] = {
    "invalid UTF-8 (cp1252 fallback)": (
        "The minister said exports rose 40 percent in 2019 \u2013 a record.\n".encode("cp1252"),
        ".txt",
        "The minister said exports rose 40 percent in 2019 \u2013 a record.\n",
    ),
    "UTF-8 with stray invalid bytes": (
        "Caf\u00e9 owners said 12 shops closed in 2019.\n".encode() + b"Prices \x96 rose 5%.\n",
        ".txt",
        "Caf\u00e9 owners said 12 shops closed in 2019.\nPrices \u2013 rose 5%.\n",
    ),
    "UTF-16 LE with BOM": (codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"), ".txt", GOOD),
    "UTF-16 BE with BOM": (codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), ".txt", GOOD),
    "UTF-32 with BOM": (codecs.BOM_UTF32_LE + GOOD.encode("utf-32-le"), ".txt", GOOD),
    "UTF-16 without BOM": (GOOD.encode("utf-16-le"), ".txt", GOOD),
    "CRLF and lone CR": (GOOD.replace("\n", "\r\n").encode() + b"Two.\rThree.", ".txt", ""),
    "RTL and zero-width characters": (_rtl_zero_width().encode(), ".txt", _rtl_zero_width()),
    "Markdown with HTML inside": (
        b"# Title\n\n<script>alert(1)</script>\n\nExports rose 40% in 2019, data show.\n",
        ".md",
        "# Title\n\n<script>alert(1)</script>\n\nExports rose 40% in 2019, data show.\n",
    ),
}


@pytest.mark.parametrize("name", list(READ))
def test_odd_but_readable_input_offsets_slice(run: Any, tmp_path: Path, name: str) -> None:
    data, suffix, text = READ[name]
    if not text:
        text = data.decode().replace("\r\n", "\n").replace("\r", "\n")
    (tmp_path / f"input{suffix}").write_bytes(data)
    result = run("extract", f"input{suffix}", "--format", "jsonl", "--all")
    assert result.code == 0, result
    claims = [json.loads(line) for line in result.out.splitlines()]
    assert claims
    assert_claims_slice(text, claims)


def test_html_full_of_scripts_and_styles_keeps_only_the_article(run: Any) -> None:
    result = run("check", DATA / "scripts_styles.html", "--format", "json", "--all")
    assert result.code == 0, result
    report = json.loads(result.out)
    texts = [c["text"] for c in report["claims"]]
    assert texts == [
        "The minister said exports rose 40 percent in 2019, according to official data.",
        "Trade with Japan fell by $2 billion in the first half of the year.",
    ]
    for hidden in ("900 percent", "5,000 troops", "$9 billion", "77 percent", "3 percent", "12"):
        assert not any(hidden in t for t in texts), hidden
    assert report["article"]["title"] == "Ministry figures"


# -- size and speed ---------------------------------------------------------------------


def test_50_mb_file_is_under_the_limit(tmp_path: Path) -> None:
    # MAX_FILE_BYTES is 200 MB: a 50 MB file is read whole (extracting claims from it
    # is the user's wish and takes minutes, so only reading is timed here).
    assert MAX_FILE_BYTES > 50_000_000
    path = tmp_path / "big.txt"
    line = (GOOD * 10).encode()
    with path.open("wb") as out:
        for _ in range(50_000_000 // len(line) + 1):
            out.write(line)
    started = time.monotonic()
    doc = read_input(str(path))
    assert time.monotonic() - started < 10
    assert len(doc.text) >= 50_000_000 and doc.text.startswith(GOOD)


def test_file_over_the_limit_is_a_clear_one_line_refusal(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real limit (200 MB) through a lowered cap: the message is the same.
    monkeypatch.setattr("claimcheck.reading.inputs.MAX_FILE_BYTES", 1_000_000)
    (tmp_path / "big.txt").write_bytes(GOOD.encode() * 20_000)
    result = run("check", "big.txt")
    assert result.code == 1, result
    one_line_error(result.err)
    assert "big.txt: too large (1 MB, limit 1 MB)" in result.err
    assert counts(default_db(tmp_path)) == (0, 0)  # refused before any storing: SQLite only


def test_a_pile_of_fragments_is_refused_by_its_sentence_count(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "Yes. " a million times is 5 MB and a million sentences: every stage holds them all
    # (about 3 GB), so a count over the cap (500,000; lowered here) is refused in one
    # line, nothing stored; in a folder the other inputs are checked.
    monkeypatch.setattr("claimcheck.extraction.pipeline.MAX_SENTENCES", 1000)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "pile.txt").write_text("Yes. " * 2000)
    (tmp_path / "news" / "real.txt").write_text(GOOD)
    result = run("check", "news/pile.txt")
    assert result.code == 1, result
    one_line_error(result.err)
    assert result.err == (
        "claimcheck: error: news/pile.txt: too many sentences (2,000, limit 1,000): "
        "split it into articles\n"
    )
    assert counts(default_db(tmp_path)) == (0, 0)  # SQLite only: this is about the input
    folder = run("check", "news", "--format", "jsonl", "--no-match")
    assert folder.code == 1, folder  # an input skipped, the others checked
    assert "claimcheck: skipped: news/pile.txt: too many sentences (2,000" in folder.err
    assert counts(default_db(tmp_path))[0] == 1
    extracted = run("extract", "news/pile.txt")
    assert extracted.code == 1
    assert extracted.err.startswith("claimcheck: error: news/pile.txt: too many sentences")


def test_200k_character_line_without_punctuation_is_linear(run: Any, tmp_path: Path) -> None:
    words = "the minister said exports rose forty percent in twenty nineteen Trump Kim "
    text = (words * (200_000 // len(words) + 1))[:200_000] + "\n"
    (tmp_path / "line.txt").write_text(text)
    started = time.monotonic()
    result = run("extract", "line.txt", "--format", "jsonl", "--all")
    assert time.monotonic() - started < 20  # a hang guard, not a benchmark
    assert result.code == 0, result
    assert_claims_slice(text, [json.loads(x) for x in result.out.splitlines()])


def test_10000_paragraphs(run: Any, tmp_path: Path) -> None:
    text = "".join(
        f"Officials said {i} schools closed in {1990 + i % 30}.\n\n" for i in range(10_000)
    )
    (tmp_path / "many.txt").write_text(text)
    started = time.monotonic()
    result = run("extract", "many.txt", "--format", "jsonl")
    assert time.monotonic() - started < 20
    assert result.code == 0, result
    claims = [json.loads(x) for x in result.out.splitlines()]
    assert len(claims) == 10_000
    assert_claims_slice(text, claims)


def test_json_ld_of_5_mb_nested_arrays(run: Any, tmp_path: Path) -> None:
    # Deep nesting (a RecursionError trap) and sheer size, in one page.
    deep = "[" * 50_000 + "]" * 50_000
    wide = "[" + ",".join(["[1,[2,[3]]]"] * 450_000) + "]"
    page = (
        "<!doctype html><html><head><title>T</title>"
        f'<script type="application/ld+json">{deep}</script>'
        f'<script type="application/ld+json">{wide}</script>'
        "</head><body><p>The minister said exports rose 40 percent in 2019.</p></body></html>"
    )
    assert len(page) > 5_000_000
    (tmp_path / "page.html").write_text(page)
    started = time.monotonic()
    result = run("check", "page.html", "--format", "jsonl")
    assert time.monotonic() - started < 20
    assert result.code == 0, result
    assert [json.loads(x)["text"] for x in result.out.splitlines()] == [
        "The minister said exports rose 40 percent in 2019."
    ]
    # SQLite only: this is about parsing the page, the database is no part of it.
    assert counts(default_db(tmp_path))[0] == 1
    added = run("sources", "add", "page.html", "--name", "page")
    assert added.code == 0, added
    assert "Traceback" not in added.err


# -- folders -------------------------------------------------------------------------------


def test_folder_run_keeps_good_files_and_names_bad_ones(
    run: Any, tmp_path: Path, db_url: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD)
    (folder / "b_binary.txt").write_bytes(bytes(range(256)))
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_scripts.html").write_bytes(REFUSED["HTML of only scripts and styles"][0])
    (folder / "e_good.md").write_text("Exports rose 40% in 2019, the minister said.\n")
    result = run("check", "in", "--format", "jsonl")
    assert result.code == 1, result
    assert "Traceback" not in result.err
    err = result.err.splitlines()
    assert [line for line in err if "skipped" in line] == [
        f"claimcheck: skipped: {os.path.join('in', name)}: {why}"
        for name, why in (
            ("b_binary.txt", "looks like a binary file, not text"),
            ("c_empty.txt", "empty input"),
            ("d_scripts.html", "no readable text in the HTML page (it may need JavaScript)"),
        )
    ]
    assert err[-1] == "claimcheck: 3 of 5 inputs could not be read"
    rows = [json.loads(x) for x in result.out.splitlines()]
    assert {r["article"] for r in rows} == {"in/a_good.txt", "in/e_good.md"}
    assert counts(db_url) == (2, len(rows))
    again = run("check", "in", "--format", "jsonl")  # nothing half-written, nothing doubled
    assert again.code == 1
    assert counts(db_url) == (2, len(rows))


def test_folder_with_a_symlink_loop(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a file link to itself
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "sub" / "good.txt").write_text(GOOD)
    started = time.monotonic()
    result = run("check", "in", "--format", "jsonl")
    assert time.monotonic() - started < 20
    assert result.code == 0, result
    assert [json.loads(x)["article"] for x in result.out.splitlines()] == ["in/sub/good.txt"]
    assert counts(default_db(tmp_path))[0] == 1  # a test of the folder walk: SQLite only


# -- Rich markup and terminal escapes come out literally --------------------------------

HOSTILE = (
    "[bold red]The minister[/] said exports rose 40 percent in 2019 "
    "\x1b[31m\x1b]0;pwned\x07\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ "
    "[link=https://evil.example]officially[/link]\u009b2J \u202edetacifirev\u202c.\n\n"
    '=HYPERLINK("https://evil.example","click") said 12 officials in 2019.\n\n'
    "+1 officials said 12 more schools closed in 2019.\n\n"
    "-5 percent was the drop in 2019, a report found.\n\n"
    "@SUM(1+1) officials said 12 schools closed in 2019.\n\n"
    "\tTab-led: officials said 12 schools closed in 2019.\n\n"
    "The <script>alert(1)</script> report [said](javascript:alert(1)) 9 people died "
    "in 2019 <img src=x onerror=alert(1)>.\n"
)
# ... and a right-to-left override, which makes a terminal show text reversed.
RAW_ESCAPES = ("\x1b[31m", "\x1b]0;pwned", "\x1b]8;;", "\x07", "\u009b", "\u202e")


def _no_raw_escapes(text: str) -> None:
    for raw in RAW_ESCAPES:
        assert raw not in text, (raw, text)


@pytest.fixture
def hostile_db(run: Any, tmp_path: Path) -> Callable[[str], Any]:
    """The runner, the hostile text checked and stored. In the default SQLite database,
    or, for a test marked ``usefixtures("db_url")``, in each engine's in turn."""
    (tmp_path / "hostile.txt").write_text(HOSTILE)
    stored = run("check", "hostile.txt", "--format", "jsonl", "--all", "--min-score", "0")
    assert stored.code == 0, stored
    claims = [json.loads(x) for x in stored.out.splitlines()]
    assert_claims_slice(HOSTILE, claims)
    assert len(claims) >= 6
    return run  # type: ignore[no-any-return]


@pytest.mark.usefixtures("db_url")
def test_table_report_shows_markup_and_escapes_literally(hostile_db: Any) -> None:
    result = hostile_db("check", "hostile.txt", "--format", "table", "--all", "--min-score", "0")
    assert result.code == 0, result
    _no_raw_escapes(result.out + result.err)
    flat = " ".join(result.out.split())
    assert "[bold red]The minister[/]" in flat
    assert "[link=https://evil.example]officially[/link]" in flat
    assert "\\x1b[31m" in flat and "\\x07" in flat and "\\x9b2J" in flat


@pytest.mark.usefixtures("db_url")
@pytest.mark.parametrize("fmt", ["csv", "markdown", "json", "jsonl"])
def test_exports_keep_markup_and_escapes_harmless(hostile_db: Any, fmt: str) -> None:
    result = hostile_db("export", "--format", fmt)
    assert result.code == 0, result
    _no_raw_escapes(result.out)
    if fmt == "markdown":
        # Shown literally by a Markdown renderer: markup, HTML and links escaped.
        assert "\\[bold red\\]The minister\\[/\\]" in result.out
        assert "\\<script\\>alert(1)\\</script\\>" in result.out
        assert "\\[said\\](javascript:alert(1))" in result.out
        assert "\\<img src=x onerror=alert(1)\\>" in result.out
        assert "<script" not in result.out.replace("\\<script", "")
        assert "\\\\x1b\\[31m" in result.out
        return
    assert "[bold red]The minister[/]" in result.out
    if fmt in ("json", "jsonl"):
        # Data keeps the text exactly; JSON escapes make it safe to print.
        assert "\\u001b[31m" in result.out and "\\u009b2J" in result.out
        texts = json.dumps(result.out)
        assert "pwned" in texts
    else:
        assert "\\x1b[31m" in result.out


@pytest.mark.usefixtures("db_url")
def test_csv_export_neutralises_formulas(hostile_db: Any) -> None:
    result = hostile_db("export", "--format", "csv")
    assert result.code == 0, result
    cells = [cell for row in csv.reader(io.StringIO(result.out)) for cell in row]
    assert cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    joined = "\n".join(cells)
    assert "'=HYPERLINK(" in joined
    assert "'+1 officials" in joined and "'-5 percent" in joined and "'@SUM(1+1)" in joined


@pytest.mark.usefixtures("db_url")
def test_csv_report_of_check_neutralises_formulas(hostile_db: Any) -> None:
    result = hostile_db("check", "hostile.txt", "--format", "csv", "--all", "--min-score", "0")
    assert result.code == 0, result
    _no_raw_escapes(result.out)
    for row in csv.DictReader(io.StringIO(result.out)):
        for value in row.values():
            assert not (value or "").startswith(("=", "+", "-", "@", "\t", "\r")), value


@pytest.mark.usefixtures("db_url")
def test_review_screen_shows_markup_and_escapes_literally(
    hostile_db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = Typed("ssssssq")  # skip to the last claim, then quit

    def getchar(echo: bool = False) -> str:
        key = stdin.read(1)
        if not key:
            raise EOFError
        return key

    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr(click, "getchar", getchar)
    result = hostile_db("review", "--reviewer", "ana", "--min-score", "0")
    assert result.code == 0, result
    _no_raw_escapes(result.out + result.err)
    flat = " ".join(result.err.split())
    assert "claim 7 of 7" in flat
    assert "[bold red]The minister[/]" in flat
    assert "<script>alert(1)</script> report [said](javascript:alert(1))" in flat
    assert "[link=https://evil.example]officially[/link]" in flat
    assert "\\x1b[31m\\x1b]0;pwned\\x07" in flat and "\\x9b2J" in flat
    assert '=HYPERLINK("https://evil.example","click")' in flat


def test_escape_sequences_do_not_make_number_slots(run: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HOSTILE.split("\n")[0] + "\n")
    result = run("extract", "a.txt", "--format", "jsonl", "--all")
    assert result.code == 0, result
    (claim,) = [json.loads(x) for x in result.out.splitlines()]
    assert [n["text"] for n in claim["numbers"]] == ["40 percent"]


@pytest.mark.parametrize(
    "value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1+1", "\r=1+1", '=HYPERLINK("x")']
)
def test_csv_cells_that_start_like_formulas_are_quoted(value: str) -> None:
    # Tab- and CR-led cells cannot come from claim text (paragraphs are stripped), so
    # the cell function the csv writers share is checked directly.
    from claimcheck.escape import csv_cell as _cell

    cell = _cell(value)
    assert cell.startswith("'") or cell.startswith("\\x0d"), cell


# -- export paths -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "made", "code"),
    [
        ("../outside.csv", True, 0),  # a plain path the user chose: the folder exists
        ("../missing/x.csv", False, 2),
        ("sub/../../outside2.csv", True, 0),
    ],
)
def test_export_paths_with_dots(
    hostile_db: Any, tmp_path: Path, target: str, made: bool, code: int
) -> None:
    (tmp_path / "sub").mkdir(exist_ok=True)
    result = hostile_db("export", "--format", "csv", "-o", target)
    assert result.code == code, result
    written = (tmp_path / target).resolve()
    assert written.exists() is made
    if not made:
        one_line_error(result.err)
        return
    try:
        first = written.read_text()
        assert first.startswith("Claim,")
        written.write_text("keep me")
        again = hostile_db("export", "--format", "csv", "-o", target)
        assert again.code in (1, 2)
        one_line_error(again.err)
        assert "--force" in again.err
        assert written.read_text() == "keep me"
        assert not list(written.parent.glob("*.tmp"))
    finally:
        written.unlink(missing_ok=True)


# -- archives with bad records ----------------------------------------------------------


@pytest.mark.usefixtures("db_url")
def test_sources_add_names_bad_records_and_keeps_good_ones(run: Any, tmp_path: Path) -> None:
    review = run("sources", "add", DATA / "claimreview_bad.json", "--name", "cr")
    assert review.code == 0, review
    assert f"claimcheck: skipped {DATA / 'claimreview_bad.json'} item 2: " in review.err
    assert review.err.splitlines()[-1] == "claimcheck: source 'cr': 3 references indexed"
    table = run(
        "sources", "add", DATA / "archive_bad.csv", "--name", "csv",
        "--id-field", "id", "--text-field", "claim", "--rating-field", "rating",
    )  # fmt: skip
    assert table.code == 0, table
    assert table.err.splitlines() == [
        f"claimcheck: skipped {DATA / 'archive_bad.csv'} line 3: no claim text in column "
        "'claim'; skipped",
        f"claimcheck: skipped {DATA / 'archive_bad.csv'} line 4: a quote mark is never "
        "closed; skipped",
        "claimcheck: source 'csv': 2 references indexed",
    ]
    listed = json.loads(run("sources", "list", "--format", "json").out)
    assert sorted((s["name"], s["references"]) for s in listed) == [("cr", 3), ("csv", 2)]


def test_match_against_bad_archives_keeps_the_good_records(run: Any) -> None:
    result = run(
        "match", DATA / "queries.tsv",
        "--against", DATA / "claimreview_bad.json", "--against", DATA / "archive_bad.csv",
        "--id-field", "id", "--text-field", "claim", "--format", "jsonl",
    )  # fmt: skip
    assert result.code == 0, result
    assert "Traceback" not in result.err
    assert "claimreview_bad.json item 2" in result.err
    assert "archive_bad.csv line 3" in result.err and "archive_bad.csv line 4" in result.err
    (answer,) = [json.loads(x) for x in result.out.splitlines()]
    top = {m["id"] for m in answer["matches"] if m["relation"] == "checked-before"}
    assert top == {"https://fc.example/1", "h1"}


@pytest.mark.usefixtures("db_url")
def test_archive_that_is_binary_or_empty_is_one_line(run: Any, tmp_path: Path) -> None:
    (tmp_path / "bin.csv").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "broken.json").write_text('[{"@type": "ClaimReview", "claimReviewed": "x"')
    for name in ("bin.csv", "empty.json", "broken.json"):
        result = run("sources", "add", name)
        assert result.code == 1, result
        one_line_error(result.err)
        assert name in result.err
    assert json.loads(run("sources", "list", "--format", "json").out) == []


# -- URLs that never end, redirect forever, or send gigabytes ---------------------------


@contextmanager
def _hostile_server() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path.startswith("/loop"):
                n = int(self.path.rsplit("/", 1)[-1] or 0) + 1
                self.send_response(302)
                self.send_header("Location", f"/loop/{n}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            if self.path == "/huge":
                self.send_header("Content-Length", str(5 * 1024**3))
            self.end_headers()
            try:
                if self.path == "/drip":
                    for _ in range(100):
                        self.wfile.write(b"a")
                        self.wfile.flush()
                        time.sleep(0.1)
                else:  # /endless, /huge: gigabytes, as fast as they are taken
                    block = b"The minister said exports rose. " * 2048
                    for _ in range(100_000):
                        self.wfile.write(block)
            except OSError:
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop/0", "too many redirects (more than 10)"),
        ("/huge", "too large (5369 MB, limit 1 MB)"),
        ("/endless", "too large (more than 1 MB)"),
        ("/drip", "download did not finish within 1 s"),
    ],
)
def test_hostile_urls_end_in_one_line(
    monkeypatch: pytest.MonkeyPatch, path: str, message: str
) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    with _hostile_server() as base:
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            cc_http.fetch(
                base + path, timeout=1.0, max_bytes=1_000_000, retries=0, allow_private_urls=True
            )
        assert time.monotonic() - started < 5
    assert str(caught.value).startswith(f"{base}/")
    assert str(caught.value).endswith(message)
    assert "\n" not in str(caught.value)


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_redirect_loop_through_the_cli_is_one_line(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    with _hostile_server() as base:
        result = run("check", f"{base}/loop/0", "--format", "jsonl", "--allow-private-urls")
    assert result.code == 1, result
    one_line_error(result.err)
    assert "too many redirects" in result.err
    assert counts(default_db(tmp_path)) == (0, 0)  # a test of the fetch: SQLite only


def test_read_input_wraps_fetch_errors_as_input_errors() -> None:
    assert issubclass(FetchError, InputError)


# -- file names are hostile too -----------------------------------------------------------


def test_escape_in_a_file_name_is_shown_escaped(run: Any, tmp_path: Path) -> None:
    (tmp_path / "b\x1b[31m.txt").write_bytes(b"\x00\x01\x02\x03")
    result = run("check", "b\x1b[31m.txt")
    assert result.code == 1, result
    one_line_error(result.err)
    assert "b\\x1b[31m.txt: looks like a binary file" in result.err


@pytest.mark.parametrize("command", ["check", "extract"])
def test_newline_in_a_file_name_keeps_the_error_on_one_line(
    run: Any, tmp_path: Path, command: str
) -> None:
    (tmp_path / "a\nb.txt").write_bytes(b"\x00\x01\x02\x03")
    result = run(command, "a\nb.txt")
    assert result.code == 1, result
    one_line_error(result.err)


class _Scripts(html.parser.HTMLParser):
    """The script elements of a page, and the text of each."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "script":
            self.scripts.append("")
            self._inside = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.scripts[-1] += data


@pytest.mark.usefixtures("db_url")
def test_claimreview_stays_one_inert_script_inside_a_web_page(hostile_db: Any) -> None:
    breakout = (
        "Officials said 40 people died in 2019 </script><script>alert(document.domain)"
        "</script> & more\u2028."
    )
    Path("breakout.txt").write_text(breakout + "\n", encoding="utf-8")
    stored = hostile_db("check", "breakout.txt", "--format", "json", "--min-score", "0")
    assert stored.code == 0, stored
    decisions = [
        json.dumps({"id": c["id"], "status": "false", "note": "</script><b>x</b>"})
        for c in json.loads(stored.out)["claims"]
    ]
    Path("decisions.jsonl").write_text("\n".join(decisions) + "\n", encoding="utf-8")
    decided = hostile_db("review", "--decisions", "decisions.jsonl", "--reviewer", "ana")
    assert decided.code == 0, decided
    result = hostile_db("export", "--format", "claimreview", "--publisher", "</script>Desk")
    assert result.code == 0, result
    assert "</" not in result.out and "\u2028" not in result.out
    page = f'<html><head><script type="application/ld+json">{result.out}</script></head></html>'
    parser = _Scripts()
    parser.feed(page)
    assert len(parser.scripts) == 1
    reviews = json.loads(parser.scripts[0])
    assert any("</script><script>alert" in r["claimReviewed"] for r in reviews)


@pytest.mark.parametrize("kind", ["fifo", "symlink", "folder", "database"])
def test_export_output_writes_only_regular_files(run: Any, tmp_path: Path, kind: str) -> None:
    (tmp_path / "a.txt").write_text("Exports rose 40 percent in 2019.\n", encoding="utf-8")
    assert run("check", "a.txt", "--format", "json").code == 0
    target = tmp_path / "target"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        (tmp_path / "real.csv").write_text("keep me")
        target.symlink_to(tmp_path / "real.csv")
    elif kind == "folder":
        target.mkdir()
    else:
        target = tmp_path / "claims.db"
    for fmt in ("csv", "sqlite"):
        result = run("export", "--format", fmt, "-o", str(target), "--force")
        assert result.code == 2, (fmt, result)
        assert len(result.err.splitlines()) == 1
    if kind == "fifo":
        assert stat.S_ISFIFO(os.lstat(target).st_mode)
    elif kind == "symlink":
        assert target.is_symlink() and (tmp_path / "real.csv").read_text() == "keep me"
    elif kind == "database":
        assert run("export", "--format", "json").code == 0  # still a claims database
    assert not list(tmp_path.glob(".*.tmp"))


def test_export_into_a_folder_it_may_not_write_says_so(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Exports rose 40 percent in 2019.\n", encoding="utf-8")
    assert run("check", "a.txt", "--format", "json").code == 0

    def refused(*args: Any, **kwargs: Any) -> Any:  # as a read-only folder answers
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refused)
    result = run("export", "-o", "out.csv")
    assert result.code == 2
    assert result.err == "claimcheck: error: cannot write into .: permission denied\n"


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("status", "\x1b]0;pwned\x07", "unknown status"),
        ("role", "[red]x", "unknown role"),
        ("kinds", ["number", "\x1b[2J"], "unknown kind"),
        ("slot type", "\x1b[31m", "unknown slot type"),
        ("action", "\x1b]52;c;cGFzc3dvcmQ=\x07", "unknown action"),
        ("relation", "agrees", "unknown relation"),
    ],
)
def test_import_refuses_an_export_with_values_it_does_not_know(
    run: Any, tmp_path: Path, field: str, value: Any, said: str
) -> None:
    (tmp_path / "a.txt").write_text("Exports rose 40 percent in 2019.\n", encoding="utf-8")
    assert run("check", "a.txt", "--format", "json").code == 0
    ids = [json.loads(x)["id"] for x in run("export", "--format", "jsonl").out.splitlines()[1:]]
    Path("d.jsonl").write_text(json.dumps({"id": ids[0], "status": "false"}) + "\n")
    assert run("review", "--decisions", "d.jsonl", "--reviewer", "ana").code == 0
    records = [json.loads(x) for x in run("export", "--format", "jsonl").out.splitlines()]
    claim = records[1]
    if field == "slot type":
        claim["slots"][0]["type"] = value
    elif field == "action":
        claim["history"][0]["action"] = value
    elif field == "relation":
        claim["matches"] = [
            {**_MATCH, "claim_id": claim["id"], "relation": value},
        ]
    else:
        claim[field] = value
    Path("bad.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = run("import", "bad.jsonl", "--db", "other.db")
    assert result.code == 1, result
    (line,) = result.err.splitlines()
    assert said in line and "\x1b" not in line
    with Store("other.db") as other:
        assert other.counts()["articles"] == 0  # nothing half-written


_MATCH = {
    "id": 1,
    "rank": 0,
    "source": "s",
    "ref_id": "r1",
    "kind": "article",
    "text": "Exports rose 40 percent.",
    "score": 0.9,
    "confident": True,
    "reasons": [],
    "detail": {},
    "decision": None,
    "created_at": "2019-10-24T00:00:00+00:00",
}
