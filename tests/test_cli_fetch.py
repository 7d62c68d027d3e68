"""Fetching through the command line: the private-address option, URLs stored without
their secrets, and a search service that fails for one article of a folder run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.desk.check import check
from claimcheck.desk.results import Checked
from claimcheck.errors import FetchError
from claimcheck.matching.evidence import Evidence
from claimcheck.models import Reference
from claims_db import Store
from tests.local_server import serve

PAGE = Path(__file__).resolve().parent / "data" / "news_article.html"
LOOPBACK = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("NO_PROXY", "*")
    with serve({"/story.html": ("text/html; charset=utf-8", PAGE.read_bytes())}) as url:
        yield url


@pytest.mark.network
@LOOPBACK
def test_a_local_url_needs_the_option(run: Any, site: str, tmp_path: Path) -> None:
    for command in ("check", "extract"):
        refused = run(command, f"{site}/story.html")
        assert refused.code == 1 and refused.err.count("\n") == 1, refused
        assert refused.err == (
            f"claimcheck: error: {site}/story.html: 127.0.0.1 is a loopback address, "
            "not fetched (--allow-private-urls allows it)\n"
        )
    with Store(f"sqlite:///{tmp_path / 'claims.db'}") as store:
        assert store.list_articles() == []
    added = run("sources", "add", f"{site}/story.html", "--name", "intranet")
    assert added.code == 1 and "--allow-private-urls" in added.err
    added = run(
        "sources", "add", f"{site}/story.html", "--name", "intranet", "--allow-private-urls"
    )
    assert added.code == 0, added
    # The permission is kept with the source: a refresh reads it the same way.
    assert run("sources", "refresh", "intranet").code == 0


@pytest.mark.network
@LOOPBACK
def test_credentials_and_tokens_are_not_stored_or_exported(
    run: Any, site: str, db_url: str
) -> None:
    secret = site.replace("http://", "http://desk:hunter2@") + "/story.html?id=9&token=T0KEN"
    public = f"{site}/story.html?id=9"
    result = run("check", secret, "--format", "json", "--allow-private-urls")
    assert result.code == 0, result
    assert json.loads(result.out)["article"]["url"] == public
    with Store(db_url) as store:
        (article,) = store.list_articles()
    assert article.url == public
    for fmt in ("json", "csv", "claimreview", "markdown"):
        exported = run("export", "--format", fmt)
        assert exported.code == 0, exported
        assert "hunter2" not in exported.out and "T0KEN" not in exported.out, fmt
    assert public in run("export", "--format", "json").out


def _articles(folder: Path) -> list[Path]:
    folder.mkdir()
    texts = [
        "The port handled 4.1 million containers in 2019, the authority said.",
        "Exports of soybeans rose 12 percent in 2020, the ministry said.",
        "The city built 3,000 homes in 2021, the mayor said.",
    ]
    paths = []
    for n, text in enumerate(texts):
        path = folder / f"article_{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _tools(query: str) -> list[Reference]:
    """Fact Check Tools as it answers for these tests: down for the soybean article."""
    if "soybeans" in query:
        raise FetchError(
            "https://factchecktools.googleapis.com/v1alpha1/claims:search?query=x"
            "&key=REDACTED: HTTP 503 Service Unavailable (gave up after 4 attempts)"
        )
    return [Reference("r1", "The port handled 4.1 million containers.", "fct", "factcheck")]


def test_a_failed_lookup_is_a_warning_for_its_article(tmp_path: Path) -> None:
    paths = _articles(tmp_path / "news")
    against = Evidence(searches=["factcheck-tools"], searchers={"factcheck-tools": _tools})
    results = list(
        check([str(tmp_path / "news")], db=f"sqlite:///{tmp_path / 'c.db'}", against=against)
    )
    assert [r.label for r in results] == [str(p) for p in paths]
    assert all(isinstance(r, Checked) and r.article_id for r in results)
    warnings = [r.warnings for r in results if isinstance(r, Checked)]
    assert warnings[0] == warnings[2] == ()
    (warning,) = warnings[1]
    assert warning.startswith("factcheck-tools lookup failed, this article is matched without it")
    assert warning.endswith("HTTP 503 Service Unavailable (gave up after 4 attempts)")
    first = results[0]
    assert isinstance(first, Checked) and any(m for m in first.matches)


def test_a_failed_lookup_does_not_stop_a_folder_run(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.sources import factcheck_tools

    monkeypatch.setattr(factcheck_tools, "search", _tools)
    paths = _articles(tmp_path / "news")
    result = run("check", "news", "--against", "factcheck-tools", "--format", "jsonl")
    assert result.code == 0, result
    assert result.err == (
        f"claimcheck: warning: {Path('news') / paths[1].name}: factcheck-tools lookup failed, "
        "this article is matched without it: https://factchecktools.googleapis.com/v1alpha1/"
        "claims:search?query=x&key=REDACTED: HTTP 503 Service Unavailable "
        "(gave up after 4 attempts)\n"
    )
    reported = {json.loads(line)["article"] for line in result.out.splitlines()}
    assert reported == {str(Path("news") / p.name) for p in paths}
    with Store(f"sqlite:///{tmp_path / 'claims.db'}") as store:
        assert len(store.list_articles()) == 3


def test_a_failed_lookup_does_not_stop_a_batch_of_queries(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.sources import factcheck_tools

    asked: list[str] = []

    def tools(query: str) -> list[Reference]:
        asked.append(query)
        return _tools(query)

    monkeypatch.setattr(factcheck_tools, "search", tools)
    queries = tmp_path / "q.tsv"
    queries.write_text(
        "a\tThe port handled 4.1 million containers last year.\n"
        "b\tFarmers sold more soybeans to China in 2019.\n"
        "c\tThe port handled 3 million containers.\n",
        encoding="utf-8",
    )
    result = run("match", str(queries), "--against", "factcheck-tools", "--format", "jsonl")
    assert result.code == 0, result
    assert result.err.splitlines()[0] == (
        "claimcheck: warning: query b: factcheck-tools lookup failed, this query and the ones "
        "after it are matched without it: https://factchecktools.googleapis.com/v1alpha1/"
        "claims:search?query=x&key=REDACTED: HTTP 503 Service Unavailable "
        "(gave up after 4 attempts)"
    )
    rows = [json.loads(line) for line in result.out.splitlines()]
    assert [r["id"] for r in rows] == ["a", "b", "c"]
    assert rows[0]["matches"] and not rows[1]["matches"] and not rows[2]["matches"]
    assert len(asked) == 2  # not asked again after it failed
