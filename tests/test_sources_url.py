"""Sources read from http(s) URLs: a fact-check page gives its ClaimReview, any other
page its sentences (served from 127.0.0.1, no other network)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.errors import FetchError
from claimcheck.sources import read_source

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
    pages = {"/check.html": FACTCHECK_PAGE, "/story.html": ARTICLE}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_a_factcheck_page_gives_its_claimreview(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    got = read_source(f"{site}/check.html", name="web")
    assert got.references and got.problems == []
    assert all(r.kind == "factcheck" and r.source == "web" and r.rating for r in got.references)
    assert all(r.url for r in got.references)


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_an_article_page_gives_its_sentences(site: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    got = read_source(f"{site}/story.html")
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
        read_source(f"{site}/gone.html")
