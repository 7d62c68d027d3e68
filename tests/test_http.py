"""Fetching URLs: claimcheck.reading.http, and read_input on URLs.

The network tests talk only to a server this module starts on 127.0.0.1 (an ephemeral
port). ``block_network(allowed_hosts=...)`` keeps them working under
``--block-network``, which otherwise blocks loopback too.
"""

from __future__ import annotations

import datetime as dt
import gzip
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import pytest
import requests

from claimcheck.errors import FetchError, InputError
from claimcheck.reading import http as cc_http
from claimcheck.reading import transport
from claimcheck.reading.http import USER_AGENT, FetchResult, redact
from claimcheck.reading.inputs import Document
from claimcheck.reading.inputs import read_input as _read_input
from claimcheck.reading.urls import non_public, public_url

DATA = Path(__file__).parent / "data"
PAGE = (DATA / "news_article.html").read_bytes()

F = TypeVar("F", bound=Callable[..., Any])


def fetch(url: str, **kwargs: Any) -> FetchResult:
    """fetch() as the local server needs it: loopback allowed unless the test says."""
    kwargs.setdefault("allow_private_urls", True)
    return cc_http.fetch(url, **kwargs)


def read_input(url: str) -> Document:
    return _read_input(url, allow_private_urls=True)


def loopback(test: F) -> F:
    """Mark a test as using the local server (and allow loopback when blocking)."""
    marked = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])(test)
    return pytest.mark.network(marked)


# -- the local server --------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _send(
        self, status: int, body: bytes = b"", ctype: str = "text/html", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.hits[path] += 1
        parts = path.strip("/").split("/")
        route = parts[0]
        try:
            if route == "article.html":
                self._send(200, PAGE, "text/html; charset=utf-8")
            elif route == "latin1.html":
                self._send(200, b"<p>caf\xe9 \x93ok\x94</p>", "text/html; charset=ISO-8859-1")
            elif route == "meta-charset.html":
                body = b'<html><head><meta charset="windows-1252"></head><p>caf\xe9</p></html>'
                self._send(200, body, "text/html")
            elif route == "plain.txt":
                self._send(200, b"Line one.\r\nLine two, caf\xe9.\r\n", "text/plain")
            elif route == "gzip.html":
                self._send(200, gzip.compress(PAGE), "text/html", Content_Encoding="gzip")
            elif route == "user-agent":
                self._send(200, self.headers.get("User-Agent", "").encode(), "text/plain")
            elif route == "missing":
                self._send(404, b"<p>Not here</p>")
            elif route == "flaky":
                # /flaky/<id>/<failures>: 503 for the first <failures> requests.
                if self.server.hits[path] <= int(parts[2]):
                    self._send(503, b"busy")
                else:
                    self._send(200, b"<p>Recovered.</p>")
            elif route == "rate-limited":
                self._send(429, b"slow down", Retry_After=parts[1])
            elif route == "loop":
                self._send(302, Location="/loop")
            elif route == "redirect-with-key":
                self._send(302, Location="/missing?key=SECRET-IN-LOCATION")
            elif route == "redirect":
                self._send(301, Location="/article.html")
            elif route == "doc.pdf":
                self._send(200, b"%PDF-1.4 " + b"x" * 1000, "application/pdf")
            elif route == "huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(500_000_000))
                self.end_headers()
                self._stream(b"x" * 65536, limit=500_000_000)
            elif route == "huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()  # no length: read until the connection closes
                self._stream(b"x" * 65536, limit=500_000_000)
            elif route == "slow-headers":
                # One header line every 0.2 s for up to 5 s: each socket read is quick.
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.flush_headers()  # the status line goes out now
                give_up = time.monotonic() + 5
                while time.monotonic() < give_up:
                    self.wfile.write(b"X-Padding: 1\r\n")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif route == "redirect-to":
                # /redirect-to/<host>: to the same port on another address.
                self._send(
                    302, Location=f"http://{parts[1]}:{self.server.server_address[1]}/article.html"
                )
            elif route == "drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", "1000000")
                self.end_headers()
                self._stream(b"x", limit=1_000_000, pause=0.02)
            else:
                self._send(500, b"no such route")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up on purpose

    def _stream(self, chunk: bytes, limit: int, pause: float = 0.0) -> None:
        # Stops when the client hangs up, or after 5 s in any case.
        give_up = time.monotonic() + 5
        sent = 0
        while sent < limit and time.monotonic() < give_up:
            self.wfile.write(chunk)
            self.wfile.flush()
            sent += len(chunk)
            self.server.sent[self.path] = sent
            if pause:
                time.sleep(pause)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.hits: Counter[str] = Counter()
        self.sent: dict[str, int] = {}

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # client disconnects are expected here

    @property
    def base(self) -> str:
        return f"http://{self.server_address[0]}:{self.server_address[1]}"


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy from the environment would swallow requests meant for 127.0.0.1.
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


class _Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> _Sleeps:
    return _Sleeps()


def _fails(call: Callable[[], object]) -> str:
    with pytest.raises(FetchError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    return message


# -- success -------------------------------------------------------------------------------


@loopback
def test_fetch_html(server: _Server) -> None:
    result = fetch(f"{server.base}/article.html")
    assert (result.status, result.content_type, result.encoding) == (200, "text/html", "utf-8")
    assert result.body == PAGE
    assert result.url == f"{server.base}/article.html"


@loopback
def test_user_agent_is_descriptive(server: _Server) -> None:
    assert fetch(f"{server.base}/user-agent").body.decode() == USER_AGENT
    with requests.Session() as session:
        assert fetch(f"{server.base}/user-agent", session=session).body.decode() == USER_AGENT
        session.headers["User-Agent"] = "newsroom-bot/2 (desk@example.org)"
        body = fetch(f"{server.base}/user-agent", session=session).body
        assert body == b"newsroom-bot/2 (desk@example.org)"


@loopback
def test_redirect_gives_final_url(server: _Server) -> None:
    assert fetch(f"{server.base}/redirect").url == f"{server.base}/article.html"


@loopback
def test_gzip_body_is_decompressed(server: _Server) -> None:
    assert fetch(f"{server.base}/gzip.html").body == PAGE


@loopback
def test_charset_absent_is_none_not_latin1(server: _Server) -> None:
    assert fetch(f"{server.base}/plain.txt").encoding is None


# -- errors --------------------------------------------------------------------------------


@loopback
def test_404_fails_at_once(server: _Server, sleeps: _Sleeps) -> None:
    message = _fails(lambda: fetch(f"{server.base}/missing", sleep=sleeps))
    assert message == f"{server.base}/missing: HTTP 404 Not Found"
    assert server.hits["/missing"] >= 1 and sleeps == []


@loopback
def test_503_then_200_is_retried(server: _Server, sleeps: _Sleeps) -> None:
    result = fetch(f"{server.base}/flaky/a/2", sleep=sleeps)
    assert result.body == b"<p>Recovered.</p>"
    assert server.hits["/flaky/a/2"] == 3
    assert sleeps == [0.5, 1.0]


@loopback
def test_sleep_is_patchable(server: _Server, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps = _Sleeps()
    monkeypatch.setattr(cc_http, "_sleep", sleeps)
    doc = read_input(f"{server.base}/flaky/b/1")
    assert doc.text == "Recovered." and sleeps == [0.5]


@loopback
def test_429_forever_gives_up(server: _Server, sleeps: _Sleeps) -> None:
    message = _fails(lambda: fetch(f"{server.base}/rate-limited/0", sleep=sleeps))
    assert message == (
        f"{server.base}/rate-limited/0: HTTP 429 Too Many Requests (gave up after 4 attempts)"
    )
    assert server.hits["/rate-limited/0"] == 4
    assert sleeps == [0.5, 1.0, 2.0]


@loopback
def test_retry_after_is_honoured_up_to_a_cap(server: _Server, sleeps: _Sleeps) -> None:
    _fails(lambda: fetch(f"{server.base}/rate-limited/1", sleep=sleeps, retries=2))
    assert sleeps == [1.0, 1.0]
    sleeps.clear()
    _fails(lambda: fetch(f"{server.base}/rate-limited/3600", sleep=sleeps, retries=2))
    assert sleeps == [10.0, 10.0]


@loopback
def test_no_retries(server: _Server, sleeps: _Sleeps) -> None:
    message = _fails(lambda: fetch(f"{server.base}/flaky/c/5", retries=0, sleep=sleeps))
    assert message.endswith("HTTP 503 Service Unavailable (gave up after 1 attempt)")
    assert sleeps == []


@loopback
def test_redirect_loop(server: _Server) -> None:
    message = _fails(lambda: fetch(f"{server.base}/loop"))
    assert message == f"{server.base}/loop: too many redirects (more than 10)"
    assert server.hits["/loop"] <= 12


@loopback
def test_declared_huge_body_is_refused_before_reading(server: _Server) -> None:
    message = _fails(lambda: fetch(f"{server.base}/huge-declared", max_bytes=1_000_000))
    assert message == f"{server.base}/huge-declared: too large (500 MB, limit 1 MB)"


@loopback
def test_huge_body_is_cut_while_streaming(server: _Server) -> None:
    start = time.monotonic()
    message = _fails(lambda: fetch(f"{server.base}/huge", max_bytes=1_000_000))
    assert message == f"{server.base}/huge: too large (more than 1 MB)"
    assert time.monotonic() - start < 2
    time.sleep(0.1)
    assert server.sent["/huge"] < 50_000_000  # it stopped long before the end


@loopback
def test_endless_drip_hits_the_deadline(server: _Server) -> None:
    start = time.monotonic()
    message = _fails(lambda: fetch(f"{server.base}/drip", timeout=0.5))
    elapsed = time.monotonic() - start
    assert message == f"{server.base}/drip: download did not finish within 0.5 s"
    assert 0.5 <= elapsed < 2


@loopback
def test_pdf_content_type_is_refused(server: _Server) -> None:
    message = _fails(lambda: fetch(f"{server.base}/doc.pdf"))
    assert message == f"{server.base}/doc.pdf: unsupported content type application/pdf"


@loopback
def test_connection_refused_is_retried_then_reported(sleeps: _Sleeps) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    message = _fails(lambda: fetch(f"http://127.0.0.1:{port}/a?key=SECRET", sleep=sleeps))
    assert message.startswith(f"http://127.0.0.1:{port}/a?key=REDACTED: cannot connect (")
    assert message.endswith("(gave up after 4 attempts)")
    assert "SECRET" not in message
    assert sleeps == [0.5, 1.0, 2.0]


@loopback
def test_slow_headers_hit_the_whole_request_deadline(server: _Server) -> None:
    # Each header line comes well within any per-read timeout; the deadline is 1 s.
    start = time.monotonic()
    message = _fails(lambda: fetch(f"{server.base}/slow-headers", timeout=1.0))
    elapsed = time.monotonic() - start
    assert message == f"{server.base}/slow-headers: no response within 1 s"
    assert 1.0 <= elapsed < 2


@loopback
def test_retry_pauses_end_at_the_deadline(server: _Server, sleeps: _Sleeps) -> None:
    _fails(lambda: fetch(f"{server.base}/rate-limited/3600", timeout=2.0, sleep=sleeps))
    assert sleeps and all(pause <= 2.0 for pause in sleeps)


@pytest.mark.parametrize(
    "url", ["ftp://example.org/file.txt", "file:///etc/passwd", "javascript:alert(1)", "http://"]
)
def test_only_http_and_https(url: str) -> None:
    message = _fails(lambda: fetch(url))
    assert "http" in message


# -- addresses ------------------------------------------------------------------------------


@loopback
def test_loopback_is_refused_without_the_option(server: _Server) -> None:
    message = _fails(lambda: fetch(f"{server.base}/article.html", allow_private_urls=False))
    assert message == (
        f"{server.base}/article.html: 127.0.0.1 is a loopback address, not fetched "
        "(--allow-private-urls allows it)"
    )
    with pytest.raises(InputError, match="--allow-private-urls"):
        _read_input(f"{server.base}/article.html")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://[::1]:8080/", "::1 is a loopback address"),
        ("http://10.1.2.3/", "10.1.2.3 is a private address"),
        ("http://[fd00:ec2::254]/", "fd00:ec2::254 is a private address"),
        ("http://[::ffff:169.254.169.254]/", "::ffff:169.254.169.254 is a link-local address"),
        ("http://0.0.0.0:9/", "0.0.0.0 is an unspecified address"),
        ("https://100.100.100.200/", "100.100.100.200 is a non-public address"),
    ],
)
@pytest.mark.block_network
def test_private_and_metadata_addresses_are_refused_before_connecting(url: str, kind: str) -> None:
    # block_network would turn any connection attempt into another error.
    message = _fails(lambda: cc_http.fetch(url))
    assert message == f"{url}: {kind}, not fetched (--allow-private-urls allows it)"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("64:ff9b::7f00:1", "loopback"),
        ("2002:a00:1::", "private"),
        ("192.168.1.1", "private"),
        ("172.16.0.1", "private"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("8.8.8.8", None),
        ("2606:4700::1111", None),
    ],
)
def test_non_public(address: str, kind: str | None) -> None:
    assert non_public(address) == kind


@pytest.fixture
def second_server(server: _Server) -> Iterator[_Server]:
    """Another local server, on 127.0.0.2 and the same port as ``server``."""
    srv = _Server("127.0.0.2", server.server_address[1])
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1", r"127\.0\.0\.2"])
def test_a_redirect_to_loopback_is_refused(
    server: _Server, second_server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first server stands for a public site: its address counts as public here.
    real = transport.non_public
    monkeypatch.setattr(transport, "non_public", lambda a: None if a == "127.0.0.1" else real(a))
    start = f"{server.base}/redirect-to/127.0.0.2"
    message = _fails(lambda: cc_http.fetch(start))
    assert message == (
        f"{start}: redirected to http://127.0.0.2:{server.server_address[1]}/article.html: "
        "127.0.0.2 is a loopback address, not fetched (--allow-private-urls allows it)"
    )
    assert server.hits["/redirect-to/127.0.0.2"] >= 1
    assert second_server.hits["/article.html"] == 0


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1", r"127\.0\.0\.2"])
def test_a_redirect_to_loopback_is_followed_with_the_option(
    server: _Server, second_server: _Server
) -> None:
    result = fetch(f"{server.base}/redirect-to/127.0.0.2")
    assert result.url == f"{second_server.base}/article.html" and result.body == PAGE
    assert second_server.hits["/article.html"] == 1


@loopback
def test_behind_a_proxy_the_target_is_checked(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The local server is the proxy (it answers absolute-URI requests by their path).
    monkeypatch.setenv("HTTP_PROXY", server.base)
    real = socket.getaddrinfo

    def resolve(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "intranet.example":  # a name only the proxy can resolve
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    # The proxy itself is on loopback: the user configured it, so it is not refused.
    result = cc_http.fetch("http://intranet.example/article.html")
    assert result.body == PAGE
    before = server.hits["/latest/meta-data/"]
    message = _fails(lambda: cc_http.fetch("http://169.254.169.254/latest/meta-data/"))
    assert message.endswith(
        "169.254.169.254 is a link-local address, not fetched (--allow-private-urls allows it)"
    )
    assert server.hits["/latest/meta-data/"] == before  # the proxy was never asked


# -- secrets -------------------------------------------------------------------------------


@loopback
def test_key_is_redacted_in_errors(server: _Server) -> None:
    message = _fails(lambda: fetch(f"{server.base}/missing?query=ports&key=SECRET123&token=T0K"))
    assert message == (
        f"{server.base}/missing?query=ports&key=REDACTED&token=REDACTED: HTTP 404 Not Found"
    )


@loopback
def test_key_in_redirect_location_is_redacted(server: _Server) -> None:
    message = _fails(lambda: fetch(f"{server.base}/redirect-with-key"))
    assert "SECRET-IN-LOCATION" not in message
    assert message == f"{server.base}/missing?key=REDACTED: HTTP 404 Not Found"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "https://x.org/v1/claims:search?query=a&key=abc123",
            "https://x.org/v1/claims:search?query=a&key=REDACTED",
        ),
        (
            "https://x.org/?KEY=abc&api_key=def&access_token=ghi#frag",
            "https://x.org/?KEY=REDACTED&api_key=REDACTED&access_token=REDACTED#frag",
        ),
        (
            "failed: https://x.org/?token=abc (timeout)",
            "failed: https://x.org/?token=REDACTED (timeout)",
        ),
        ("https://user:hunter2@x.org/path", "https://user:REDACTED@x.org/path"),
        ("https://x.org/?monkey=banana&keys=1", "https://x.org/?monkey=banana&keys=1"),
        ("no url here", "no url here"),
        ("https://x.org/?key=a:b: HTTP 404", "https://x.org/?key=REDACTED: HTTP 404"),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(redact(text)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://bob:pw@news.example/a?id=7&token=abc#top", "https://news.example/a?id=7#top"),
        ("https://TOKEN123@news.example/a", "https://news.example/a"),
        (
            "https://s3.example/f.html?X-Amz-Credential=c&X-Amz-Signature=s&v=2",
            "https://s3.example/f.html?v=2",
        ),
        (
            "https://x.example/?API_KEY=1&refresh_token=2&my_password=3&sig=4&keys=5",
            "https://x.example/?keys=5",
        ),
        ("https://x.example/cb#access_token=abc&state=s", "https://x.example/cb#state=s"),
        ("https://x.example/p?q=ports&page=2", "https://x.example/p?q=ports&page=2"),
    ],
)
def test_public_url(url: str, expected: str) -> None:
    assert public_url(url) == expected
    assert public_url(expected) == expected


@loopback
def test_read_input_stores_the_url_without_credentials(server: _Server) -> None:
    port = server.server_address[1]
    doc = read_input(f"http://bob:hunter2@127.0.0.1:{port}/article.html?session=S3CRET&x=1")
    assert doc.url == f"http://127.0.0.1:{port}/article.html?x=1"
    assert doc.title == "Talks on Port Deal Stall After Third Round"


# -- read_input on URLs --------------------------------------------------------------------


@loopback
def test_read_input_url_html(server: _Server) -> None:
    doc = read_input(f"{server.base}/article.html")
    assert doc.url == f"{server.base}/article.html"
    assert doc.path is None
    assert doc.media_type == "text/html"
    assert doc.title == "Talks on Port Deal Stall After Third Round"
    assert doc.published == dt.date(2019, 10, 24)
    assert doc.text.startswith("Talks on Port Deal Stall After Third Round\n\nNegotiators")


@loopback
@pytest.mark.parametrize(
    ("route", "text", "media_type"),
    [
        ("latin1.html", "café “ok”", "text/html"),
        ("meta-charset.html", "café", "text/html"),
        ("plain.txt", "Line one.\nLine two, café.\n", "text/plain"),
    ],
)
def test_read_input_url_charsets(server: _Server, route: str, text: str, media_type: str) -> None:
    doc = read_input(f"{server.base}/{route}")
    assert (doc.text, doc.media_type) == (text, media_type)


@loopback
def test_read_input_url_errors_are_input_errors(server: _Server) -> None:
    with pytest.raises(InputError, match="HTTP 404 Not Found"):
        read_input(f"{server.base}/missing")
