"""`claimcheck FILE` / `claimcheck check`: routing, storage, formats, errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from claims_db import Store

DATE = ("--date", "2019-10-24")


@pytest.fixture
def article(tmp_path: Path, example_path: Path) -> Path:
    target = tmp_path / "article.txt"
    shutil.copy(example_path, target)
    return target


def counts(db_url: str) -> dict[str, int]:
    with Store(db_url) as store:
        return store.counts()


# Every `check` stores, but only the tests about what is stored ask for `db_url` and run on
# SQLite and PostgreSQL; the rest (formats, routing, errors before any storing) run once,
# on the default SQLite file.


def test_default_command_is_check(run, article: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    plain = run(article, *DATE, "--format", "json")
    assert plain.code == 0, plain
    explicit = run("check", article, *DATE, "--format", "json")
    assert json.loads(plain.out)["claims"] == json.loads(explicit.out)["claims"]
    assert counts(db_url)["articles"] == 1


def test_options_before_the_file(run, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = run("--date", "2019-10-24", "--format", "jsonl", article)
    assert result.code == 0, result
    assert all(json.loads(line)["text"] for line in result.out.splitlines())


def test_debug_flag_before_the_file(run, article: Path) -> None:  # type: ignore[no-untyped-def]
    assert run("--debug", article, *DATE, "--format", "json").code == 0


def test_a_file_named_like_a_command(run, tmp_path: Path, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(example_path, tmp_path / "extract")
    by_check = run("check", "extract", *DATE, "--format", "json")
    assert by_check.code == 0, by_check
    by_path = run("./extract", *DATE, "--format", "json")
    assert by_path.code == 0, by_path
    assert json.loads(by_check.out)["claims"] == json.loads(by_path.out)["claims"]


def test_same_article_twice_is_stored_once(run, article: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    first = json.loads(run(article, *DATE, "--format", "json").out)
    before = counts(db_url)
    second = json.loads(run(article, *DATE, "--format", "json").out)
    assert counts(db_url) == before
    assert first["article"]["id"] == second["article"]["id"]
    assert second["article"]["created"] is False
    assert [c["id"] for c in first["claims"]] == [c["id"] for c in second["claims"]]


def test_changed_article_is_a_new_version(run, article: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    run(article, *DATE, "--format", "json")
    article.write_text(article.read_text() + "\nTrump said he will meet Kim again in 2020.\n")
    result = json.loads(run(article, *DATE, "--format", "json").out)
    assert result["article"]["version"] == 2
    assert counts(db_url)["articles"] == 2


def test_db_option_and_env_with_sqlite_files(  # type: ignore[no-untyped-def]
    run, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite only: about which file is created (a plain path, the env, not the default).
    assert run(article, *DATE, "--db", tmp_path / "other.db", "--format", "json").code == 0
    assert (tmp_path / "other.db").exists()
    monkeypatch.setenv("CLAIMCHECK_DB", f"sqlite:///{tmp_path / 'env.db'}")
    assert run(article, *DATE, "--format", "json").code == 0
    assert (tmp_path / "env.db").exists()
    assert not (tmp_path / "claims.db").exists()


def test_bad_sqlite_database_location_is_one_line(run, article: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # SQLite only: a file in a folder that does not exist.
    result = run(article, "--db", tmp_path / "no" / "such" / "dir" / "x.db")
    assert result.code == 1
    assert result.err.count("\n") == 1 and result.err.startswith("claimcheck: error:")


def test_table_report_fits_80_columns(run, article: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(article, *DATE, "--format", "table")
    assert result.code == 0, result
    lines = result.out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "Trump-Kim Relationship Remains" in result.out
    assert "ambiguous" in result.out
    assert "three times" in result.out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "markdown", "table"])
def test_every_format(run, article: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    result = run(article, *DATE, "--format", fmt)
    assert result.code == 0, result
    assert "three times" in result.out


def test_fail_on_flagged(run, article: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(article, *DATE, "--format", "json", "--fail-on", "flagged").code == 3
    quiet = Path("quiet.txt")
    quiet.write_text("The minister resigned on 3 March 2019 after 12 years in office.\n")
    assert run(quiet, "--format", "json", "--fail-on", "flagged").code == 0


def test_folder_of_articles(run, tmp_path: Path, example_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(example_path, folder / "a.txt")
    (folder / "sub" / "b.md").write_text("# Rates\n\nThe bank raised rates by 0.5% on Monday.\n")
    (folder / "notes.bin").write_bytes(b"\x00\x01")
    result = run(folder, *DATE, "--format", "jsonl")
    assert result.code == 0, result
    articles = {json.loads(line)["article"] for line in result.out.splitlines()}
    assert len(articles) == 2
    assert counts(db_url)["articles"] == 2


def test_folder_table_numbers_inputs_and_shows_files_and_duplicates(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(f"The bank raised rates by {n + 1}% on 3 May 2019.\n")
    shutil.copy(folder / "2.txt", folder / "2copy.txt")
    result = run(folder, "--format", "table")
    assert result.code == 0, result
    out = result.out
    assert "7 articles checked: 6 new, 1 already stored" in out
    assert "In all: 7 articles, 7 claims, 0 flagged" in " ".join(out.split())
    rows = [line.split() for line in out.splitlines() if line.startswith("│")]
    rows = [r for r in rows if r[1].isdigit()]
    assert [r[1] for r in rows] == [str(n) for n in range(1, 8)]
    copy = next(r for r in rows if any(cell.endswith("2copy.txt") for cell in r))
    assert "again" in copy
    assert copy[copy.index("again") - 1] == "#3"  # the id of 2.txt, the third input


def test_bad_file_in_a_folder_is_skipped_and_reported(run, tmp_path: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text("The bank raised rates by 0.5% on Monday.\n")
    (folder / "bad.txt").write_bytes(b"%PDF-1.4\x00\x00binary")
    result = run(folder, "--format", "jsonl")
    assert result.code == 1
    assert "bad.txt" in result.err
    assert "raised rates" in result.out
    assert counts(db_url)["articles"] == 1


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"abc\x00\x00\x00def\x00\x00ghi", "binary"),
    ],
)
def test_bad_input_is_a_one_line_error(  # type: ignore[no-untyped-def]
    run, tmp_path: Path, db_url: str, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run(bad)
    assert result.code == 1
    assert result.err.count("\n") == 1 and message in result.err
    assert "Traceback" not in result.err
    assert counts(db_url)["articles"] == 0


def test_missing_file(run) -> None:  # type: ignore[no-untyped-def]
    result = run("no-such-file.txt")
    assert result.code == 1
    assert "no-such-file.txt" in result.err and result.err.count("\n") == 1


def test_folder_with_nothing_supported(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.bin").write_bytes(b"\x00")
    result = run(tmp_path / "empty")
    assert result.code == 1 and "no supported files" in result.err


def test_invalid_utf8_is_decoded_with_a_fallback(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "latin.txt"
    f.write_bytes("The caf\xe9 owner said sales fell 20% in March 2019.\n".encode("cp1252"))
    result = run(f, "--format", "jsonl")
    assert result.code == 0, result
    assert "café" in json.loads(result.out.splitlines()[0])["text"]


def test_usage_errors_exit_2(run, article: Path) -> None:  # type: ignore[no-untyped-def]
    assert run(article, "--date", "24/10/2019").code == 2
    assert run(article, "--min-score", "7").code == 2
    assert run(article, "--format", "xml").code == 2
    assert run("check").code == 2


def test_markup_and_escapes_come_out_literally(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "evil.txt"
    evil = (
        "The [bold red]minister[/bold red] said 3 people "
        "\x1b[31mdied\x1b[0m \x1b]0;pwned\x07 on Monday."
    )
    f.write_text(evil + "\n")
    table = run(f, "--date", "2019-10-24", "--format", "table")
    assert table.code == 0, table
    assert "[bold red]minister[/bold red]" in table.out
    assert "\x1b" not in table.out and "\x07" not in table.out
    assert "\\x1b[31m" in table.out
    as_json = run(f, "--date", "2019-10-24", "--format", "jsonl")
    assert "\x1b" not in as_json.out
    assert json.loads(as_json.out.splitlines()[0])["text"] == evil
    for fmt in ("csv", "markdown"):
        out = run(f, "--date", "2019-10-24", "--format", fmt).out
        assert "\x1b" not in out and "\x07" not in out


def test_stdin(run, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import io
    import sys

    data = b"The bank raised rates by 0.5% on Monday, its first rise in 10 years.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    result = run("-", *DATE, "--format", "jsonl")
    assert result.code == 0, result
    claim = json.loads(result.out.splitlines()[0])
    assert claim["text"].startswith("The bank raised rates")


def test_same_text_with_another_date_is_noted(run, article: Path, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert run(article, "--date", "2019-10-24", "--format", "json").err == ""
    again = run(article, "--date", "2019-10-25", "--format", "json")
    assert again.code == 0
    assert "already stored with 2019-10-24" in again.err
    assert "--redate" in again.err
    moved = run(article, "--date", "2019-10-25", "--redate", "--format", "json")
    assert moved.code == 0 and "now read against 2019-10-25" in moved.err


def test_a_first_run_without_date_is_re_dated_by_the_next_with_one(
    run, tmp_path: Path, db_url: str
) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "talks.txt"
    article.write_text("The ministers met on Monday and agreed on a plan, officials said.\n")
    first = run(article, "--format", "json", "--fail-on", "flagged")
    assert first.code == 3  # the Monday cannot be placed without a date
    again = run(article, "--date", "2019-10-24", "--format", "json", "--fail-on", "flagged")
    assert again.code == 0, again
    assert "was stored with no date; its claims' dates are now read against 2019-10-24" in again.err
    exported = run("export", "--format", "json")
    dates = [
        s["value"]["interval"]
        for a in json.loads(exported.out)["articles"]
        for c in a["claims"]
        for s in c["slots"]
        if s["type"] == "date"
    ]
    assert dates == [["2019-10-21", "2019-10-21"]]


def test_captions_are_listed_after_the_articles_own_claims(run, article: Path) -> None:  # type: ignore[no-untyped-def]
    as_json = run(article, *DATE, "--format", "json")
    assert as_json.code == 0, as_json
    claims = json.loads(as_json.out)["claims"]
    roles = {c["text"]: c["role"] for c in claims}
    captions = {t for t, role in roles.items() if role == "caption"}
    assert captions and len(captions) < len(roles)  # the role stays visible in JSON

    markdown = run(article, *DATE, "--format", "markdown")
    assert markdown.code == 0, markdown
    rows = [line for line in markdown.out.splitlines() if re.match(r"\| \d+ \|", line)]
    ranks = [int(row.split("|")[1]) for row in rows]
    assert ranks == list(range(1, len(claims) + 1))
    heading = markdown.out.index("### Photo captions")
    # The article's own claims with a date or figure of their own come first.
    others = markdown.out.index("### Other claims")
    assert others < heading
    assert markdown.out.index("three times") < others
    for row in rows:
        text = row.split(" | ")[3]
        is_caption = any(text.startswith(c[:40]) for c in captions)
        assert (markdown.out.index(row) > heading) == is_caption, row

    table = run(article, *DATE, "--format", "table")
    assert table.code == 0, table
    own, _, listed_captions = table.out.partition("Photo captions")
    assert "[caption]" not in own and "three times" in own
    assert listed_captions.count("[caption]") == len(captions)
