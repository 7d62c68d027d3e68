"""HTML files and URLs through the command line: text, title and date from the page."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims_db import Store
from tests.local_server import serve

PAGE = Path(__file__).resolve().parent / "data" / "news_article.html"


def test_html_file_uses_the_page_metadata(run) -> None:  # type: ignore[no-untyped-def]
    result = run("extract", PAGE, "--format", "json", "--all")
    assert result.code == 0, result
    data = json.loads(result.out)
    assert data["article"]["title"] == "Talks on Port Deal Stall After Third Round"
    assert data["article"]["published"] == "2019-10-24"
    assert data["article"]["published_source"] == "metadata"
    texts = " ".join(c["text"] for c in data["claims"])
    assert "cookies" not in texts and "Injected by script" not in texts


def test_date_option_overrides_the_metadata(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(run("extract", PAGE, "--date", "2020-01-02", "--format", "json").out)
    assert data["article"]["published"] == "2020-01-02"
    assert data["article"]["published_source"] == "option"


@pytest.fixture
def site() -> Iterator[str]:
    pages = {
        "/story.html": ("text/html; charset=utf-8", PAGE.read_bytes()),
        "/report.pdf": ("application/pdf", b"%PDF"),
    }
    with serve(pages) as url:
        yield url


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_url_is_fetched_and_stored(  # type: ignore[no-untyped-def]
    run, site: str, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    result = run("check", f"{site}/story.html", "--format", "json", "--allow-private-urls")
    assert result.code == 0, result
    data = json.loads(result.out)
    assert data["article"]["url"] == f"{site}/story.html"
    assert data["article"]["published"] == "2019-10-24"
    with Store(db_url) as store:
        (article,) = store.list_articles()
    assert (article.url, article.title) == (f"{site}/story.html", data["article"]["title"])
    assert article.published == dt.date(2019, 10, 24)
    missing = run("check", f"{site}/gone.html", "--allow-private-urls")
    assert missing.code == 1 and "404" in missing.err and missing.err.count("\n") == 1
    pdf = run("check", f"{site}/report.pdf", "--allow-private-urls")
    assert pdf.code == 1 and "content type" in pdf.err


def test_ctrl_c_exits_130(run, monkeypatch: pytest.MonkeyPatch, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    import claimcheck.extraction.pipeline as pipeline

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "extract_document", interrupted)
    result = run(example_path)
    assert result.code == 130
    assert "Traceback" not in result.err


def test_unexpected_errors_are_one_line_unless_debug(  # type: ignore[no-untyped-def]
    run, monkeypatch: pytest.MonkeyPatch, example_path: Path
) -> None:
    import claimcheck.extraction.pipeline as pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "extract_document", broken)
    result = run(example_path)
    assert result.code == 1
    assert (
        result.err.strip() == "claimcheck: error: RuntimeError: boom (run with --debug for details)"
    )
    with pytest.raises(RuntimeError):
        run(example_path, "--debug")


def test_a_link_out_of_a_folder_is_a_warning_not_a_read(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The rate rose to 4% in 2020.\n", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret rose to 9% in 2020.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    result = run("check", folder, "--format", "jsonl", "--no-match", "--all")
    assert result.code == 0, result
    assert "secret" not in result.out
    warning = [line for line in result.err.splitlines() if "link.txt" in line]
    assert len(warning) == 1 and "--follow-symlinks" in warning[0]
    followed = run("check", folder, "--format", "jsonl", "--no-match", "--all", "--follow-symlinks")
    assert followed.code == 0 and "secret" in followed.out


def test_a_stray_utf16_bom_before_ascii_is_read(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xff\xfeUnemployment fell to 3.5% in 2019, the lowest in 50 years.\n")
    result = run("extract", path, "--format", "jsonl", "--all")
    assert result.code == 0, result
    assert json.loads(result.out)["text"].startswith("Unemployment fell to 3.5%")


def test_an_endless_line_is_refused_in_one_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.reading.inputs import MAX_LINE_CHARS

    path = tmp_path / "one-line.txt"
    path.write_text("word " * (MAX_LINE_CHARS // 5 + 1), encoding="utf-8")
    result = run("extract", path)
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and f"limit {MAX_LINE_CHARS:,}" in result.err
