"""claimcheck.sources.factcheck_tools: search and its parser, replayed from hand-written cassettes.

The cassettes live in the repository's ``cassettes/test_factcheck_tools/`` (see its
README) and are replayed with record mode ``none`` and the network blocked. One test
records against a server on 127.0.0.1 to show that the key never reaches a cassette.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
import vcr
import yaml

from claimcheck.errors import FetchError, UsageError
from claimcheck.models import Reference
from claimcheck.reading import http as cc_http
from claimcheck.sources import factcheck_tools
from claimcheck.sources.factcheck_tools import KEY_ENV, references_from_response, search
from tests.cassettes import ROOT, config

CASSETTES = ROOT / "test_factcheck_tools"
SECRET = "test-secret-123"

pytestmark = pytest.mark.block_network


@pytest.fixture(autouse=True)
def key(monkeypatch: pytest.MonkeyPatch) -> str:
    """The API key every test has in its environment, unless it removes it."""
    monkeypatch.setenv(KEY_ENV, SECRET)
    return SECRET


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses claimcheck.reading.http would have made between attempts."""
    pauses: list[float] = []
    monkeypatch.setattr(cc_http, "_sleep", pauses.append)
    return pauses


class _Spy(requests.Session):
    """A session that remembers the URLs it prepared for sending (before vcrpy filters
    them): fetch() prepares each request with the caller's session, then sends it
    through its own adapter."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def prepare_request(self, request: requests.Request) -> requests.PreparedRequest:
        prepared = super().prepare_request(request)
        self.urls.append(str(prepared.url))
        return prepared


def _error_texts(error: BaseException) -> str:
    """The message and repr of an exception and of everything chained to it."""
    texts = []
    current: BaseException | None = error
    while current is not None:
        texts += [str(current), repr(current)]
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


def _fails(call: Callable[[], object]) -> FetchError:
    with pytest.raises(FetchError) as info:
        call()
    assert "\n" not in str(info.value)
    assert SECRET not in _error_texts(info.value)
    return info.value


# -- search ----------------------------------------------------------------------------------


@pytest.mark.vcr
def test_pagination_follows_next_page_token() -> None:
    spy = _Spy()
    refs = search("5G coronavirus", page_size=2, session=spy)
    # Three pages: the key went out each time, and each token was passed on.
    assert len(spy.urls) == 3
    assert all(url.endswith(f"&key={SECRET}") for url in spy.urls)
    assert all("languageCode=en&pageSize=2" in url for url in spy.urls)
    assert ["pageToken" in url for url in spy.urls] == [False, True, True]
    assert "pageToken=CAI&" in spy.urls[1] and "pageToken=CAQ&" in spy.urls[2]

    assert len(refs) == 6  # 2 + 1 reviews on page 1, 1 + 1 on page 2, 1 on page 3
    assert refs[0] == Reference(
        id="https://factdesk.example.org/checks/2020/04/5g-coronavirus",
        text="5G mobile networks spread the coronavirus.",
        source="factcheck-tools",
        kind="factcheck",
        title="No, 5G networks do not spread the coronavirus",
        published=dt.date(2020, 4, 2),
        claim_date=dt.date(2020, 3, 28),
        url="https://factdesk.example.org/checks/2020/04/5g-coronavirus",
        rating="False",
        publisher="Example Fact Desk",
        claimant="Social media posts",
    )
    # A second review of the same claim; its publisher has a site but no name.
    assert (refs[1].text, refs[1].rating, refs[1].publisher) == (
        "5G mobile networks spread the coronavirus.",
        "Pants on Fire",
        "verify.example.net",
    )
    assert [r.rating for r in refs] == [
        "False",
        "Pants on Fire",
        "False",
        "Misleading",
        "False",
        "Incorrect",
    ]
    assert refs[4].claimant is None  # page 2's second claim names no claimant
    assert refs[5].text == "Mobile phone masts are being removed to stop the spread of Covid-19."


@pytest.mark.vcr
@pytest.mark.default_cassette("test_pagination_follows_next_page_token")
def test_max_pages_stops_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="claimcheck.sources.factcheck_tools"):
        refs = search("5G coronavirus", page_size=2, max_pages=2)
    assert len(refs) == 5  # pages 1 and 2 only
    assert caplog.messages == [
        "Fact Check Tools: stopped after 2 pages (4 claims); more results exist, "
        "raise max_pages to get them"
    ]
    assert SECRET not in caplog.text


@pytest.mark.vcr
def test_no_results_is_empty() -> None:
    # The API answers {} when nothing matches.
    assert search("zzxqv qqwvvk flurble") == []


@pytest.mark.vcr
def test_429_then_500_then_200_is_retried(sleeps: list[float]) -> None:
    refs = search("port deal jobs")
    assert [(r.text, r.rating, r.claimant) for r in refs] == [
        ("The port deal will create 10,000 jobs.", "Mostly False", "Jane Doe")
    ]
    assert sleeps == [0.5, 1.0]  # exponential backoff, no Retry-After sent


@pytest.mark.vcr(allow_playback_repeats=True)
def test_persistent_500_is_a_clean_fetch_error(sleeps: list[float]) -> None:
    error = _fails(lambda: search("port deal jobs"))
    assert str(error) == (
        "https://factchecktools.googleapis.com/v1alpha1/claims:search?query=port+deal+jobs"
        "&languageCode=en&pageSize=100&key=REDACTED: HTTP 500 Internal Server Error"
        " (gave up after 4 attempts)"
    )
    # Nothing chained: requests' exceptions inside carry the raw URL.
    assert error.__cause__ is None and error.__context__ is None
    assert sleeps == [0.5, 1.0, 2.0]


@pytest.mark.vcr
def test_malformed_json_is_a_clean_fetch_error() -> None:
    error = _fails(lambda: search("port deal jobs"))
    assert str(error).endswith(
        "&key=REDACTED: the answer is not valid JSON "
        "(Unterminated string starting at: line 1 column 22 (char 21))"
    )


def test_missing_key_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(KEY_ENV)
    expected = "set CLAIMCHECK_FACTCHECK_KEY to a Google Fact Check Tools API key"
    for key in (None, "", "   "):
        with pytest.raises(UsageError) as info:
            search("port deal jobs", key=key)
        assert str(info.value) == expected


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": " "}, "the Fact Check Tools search query is empty"),
        ({"query": "x", "page_size": 0}, "page_size must be at least 1, not 0"),
        ({"query": "x", "max_pages": 0}, "max_pages must be at least 1, not 0"),
        ({"query": "x", "max_age_days": 0}, "max_age_days must be at least 1, not 0"),
    ],
)
def test_bad_arguments_are_usage_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError) as info:
        search(**kwargs)
    assert str(info.value) == message


# -- no key in any cassette ------------------------------------------------------------------


def test_cassettes_hold_no_key() -> None:
    files = sorted(ROOT.glob("*/*.yaml"))
    assert len(files) >= 5
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert SECRET not in text, path
        for interaction in yaml.safe_load(text)["interactions"]:
            uri = interaction["request"]["uri"]
            assert "key=" not in uri or "key=REDACTED" in uri, path
            headers = {
                name.lower()
                for part in ("request", "response")
                for name in interaction[part]["headers"]
            }
            assert not headers & {"authorization", "cookie", "set-cookie"}, path


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        body = json.dumps({"claims": [{"text": "A claim.", "claimReview": [{"url": "u"}]}]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Set-Cookie", f"session={SECRET}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body.encode())


@pytest.fixture
def local_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A stand-in for the API on 127.0.0.1, which search() is pointed at."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1alpha1/claims:search"
    monkeypatch.setattr(factcheck_tools, "API", url)
    yield url
    server.shutdown()
    server.server_close()


@pytest.mark.network
@pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
def test_recording_filters_the_key(local_api: str, tmp_path: Path) -> None:
    cassette = tmp_path / "recorded.yaml"
    recorder = vcr.VCR(**config())
    with recorder.use_cassette(str(cassette), record_mode="all"):
        recorded = search("ports")
    text = cassette.read_text(encoding="utf-8")
    assert SECRET not in text
    # vcrpy sorts the parameters when it filters them.
    assert f"uri: {local_api}?key=REDACTED&languageCode=en&pageSize=100&query=ports\n" in text
    assert "set-cookie" not in text.lower()
    # The cassette replays for another key: the key takes no part in matching.
    with recorder.use_cassette(str(cassette), record_mode="none"):
        assert search("ports", key="another-key") == recorded


# -- the parser ------------------------------------------------------------------------------


def test_references_from_response_tolerates_odd_input() -> None:
    data: dict[str, Any] = {
        "claims": [
            {"text": "No review at all.", "claimant": "Someone"},
            {"text": "Reviews not a list.", "claimReview": {"url": "x"}},
            "not a claim",
            {"claimReview": [{"url": "https://a.example/no-text", "textualRating": "False"}]},
            {
                "text": "  Odd   dates\nand sparse fields. ",
                "claimDate": "last Tuesday",
                "claimReview": [
                    {},  # nothing at all
                    "not a review",
                    {
                        "publisher": "not an object",
                        "reviewDate": "2020-02-30T00:00:00Z",
                        "textualRating": "  ",
                        "title": 42,
                    },
                    {"publisher": {"site": "b.example"}, "reviewDate": "2021-07-04"},
                    {"url": "https://a.example/one", "reviewDate": 20200101},
                ],
            },
            {
                "text": "Another claim the same review covers.",
                "claimDate": "2019-10-24T09:00:00+09:00",
                "claimReview": [{"url": "https://a.example/one"}, {"url": "https://a.example/one"}],
            },
        ]
    }
    refs = references_from_response(data, source="saved")
    # The same reading as a saved response file (claimcheck.sources.claimreview): ids counted
    # from 1, a lone review object taken as a list, odd dates dropped.
    assert [(r.id, r.text, r.published, r.claim_date, r.publisher) for r in refs] == [
        ("x", "Reviews not a list.", None, None, None),
        ("saved#5.1", "Odd dates and sparse fields.", None, None, None),
        ("saved#5.2", "Odd dates and sparse fields.", None, None, None),
        ("saved#5.3", "Odd dates and sparse fields.", dt.date(2021, 7, 4), None, "b.example"),
        ("https://a.example/one", "Odd dates and sparse fields.", dt.date(2020, 1, 1), None, None),
        # Same review, other claim: kept under its own id; listed twice: kept once.
        (
            "https://a.example/one#2",
            "Another claim the same review covers.",
            None,
            dt.date(2019, 10, 24),
            None,
        ),
    ]
    assert all(r.kind == "factcheck" and r.source == "saved" for r in refs)
    assert all(r.rating is None and r.claimant is None for r in refs)
    for odd in ({}, {"claims": None}, {"claims": "x"}, {"nextPageToken": "CAI"}):
        assert references_from_response(odd) == []
