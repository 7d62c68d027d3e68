"""Sources read from http(s) URLs: a fact-check page gives its ClaimReview, any other
page its sentences (served from 127.0.0.1, no other network)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.errors import FetchError
from claimcheck.sources.reader import read_source
from tests.local_server import serve

DATA = Path(__file__).resolve().parent / "data"
FACTCHECK_PAGE = (DATA / "archives" / "factcheck_page.html").read_bytes()
ARTICLE = (
    b"<html><head><title>Summit diplomacy</title></head><body><article>"
    b"<h1>Summit diplomacy</h1><p>Trump and Kim have met twice since June 2018, officials "
    b"said.</p><p>Talks broke down in March when Trump walked away from a summit.</p>"
    b"</article></body></html>"
)


@pytest.fixture
def site() -> Iterator[str]:
    html = "text/html; charset=utf-8"
    with serve({"/check.html": (html, FACTCHECK_PAGE), "/story.html": (html, ARTICLE)}) as url:
        yield url


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_factcheck_page_gives_its_claimreview(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    got = read_source(f"{site}/check.html", name="web", allow_private_urls=True)
    assert got.references and got.problems == []
    assert all(r.kind == "factcheck" and r.source == "web" and r.rating for r in got.references)
    assert all(r.url for r in got.references)


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_an_article_page_gives_its_sentences(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    got = read_source(f"{site}/story.html", allow_private_urls=True)
    texts = [r.text for r in got.references]
    assert "Trump and Kim have met twice since June 2018, officials said." in texts
    first = got.references[0]
    assert (first.kind, first.url, first.title) == (
        "article",
        f"{site}/story.html",
        "Summit diplomacy",
    )
    assert first.id == f"{site}/story.html#1"
    with pytest.raises(FetchError, match="404"):
        read_source(f"{site}/gone.html", allow_private_urls=True)


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_page_url_is_kept_without_credentials(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    secret = site.replace("http://", "http://desk:hunter2@") + "/story.html?id=4&api_key=K3Y"
    got = read_source(secret, allow_private_urls=True)
    public = f"{site}/story.html?id=4"
    assert got.references and {r.url for r in got.references} == {public}
    assert {r.source for r in got.references} == {public}
    assert all("hunter2" not in r.id and "K3Y" not in r.id for r in got.references)


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_local_page_is_refused_without_the_option(site: str) -> None:
    with pytest.raises(
        FetchError, match=r"127\.0\.0\.1 is a loopback address.*--allow-private-urls"
    ):
        read_source(f"{site}/story.html")
