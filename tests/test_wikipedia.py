"""claimcheck.sources.wikipedia: search, replayed from hand-written cassettes.

The cassettes live in the repository's ``cassettes/test_wikipedia/`` (see its README);
they are replayed with record mode ``none`` and the network blocked.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimcheck.errors import FetchError, UsageError
from claimcheck.models import Reference
from claimcheck.sources.wikipedia import references_from_response, search, search_url

pytestmark = pytest.mark.block_network


def _fails(call: Any) -> str:
    with pytest.raises(FetchError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message
    return message


@pytest.mark.vcr
def test_search_returns_lead_sentences() -> None:
    refs = search("Mount Everest height", limit=3)
    # Search rank, not the API's page-id order: Everest, Himalayas, the 1953 expedition.
    assert [r.title for r in refs] == ["Mount Everest"] * 5 + ["Himalayas"] * 3 + [
        "1953 British Mount Everest expedition"
    ] * 3
    assert refs[0] == Reference(
        id="wikipedia:42179#1",
        text="Mount Everest is the highest mountain on Earth above sea level.",
        source="wikipedia",
        kind="wikipedia",
        title="Mount Everest",
        url="https://en.wikipedia.org/wiki/Mount_Everest",
        published=None,
    )
    # Sentences of the second paragraph continue the numbering.
    assert refs[3].id == "wikipedia:42179#4"
    assert refs[3].text.startswith("The first recorded ascent was made on 29 May 1953")
    assert refs[5].id == "wikipedia:13841#1"
    assert refs[5].url == "https://en.wikipedia.org/wiki/Himalayas"
    # "Col." does not end a sentence; the blank line between paragraphs is skipped.
    assert [r.text for r in refs[-2:]] == [
        "It was led by Col. John Hunt.",
        "News of the ascent reached London on 2 June 1953, the morning of the coronation "
        "of Queen Elizabeth II.",
    ]
    assert len({r.id for r in refs}) == len(refs)


@pytest.mark.vcr
def test_no_results_is_empty() -> None:
    assert search("zzxqv qqwvvk flurble") == []


@pytest.mark.vcr
def test_api_error_is_a_fetch_error() -> None:
    message = _fails(lambda: search("Mount Everest"))
    assert message.startswith("https://en.wikipedia.org/w/api.php?action=query&")
    assert message.endswith(
        ": Wikipedia API error internal_api_error_DBQueryTimeoutError: [a1b2c3d4e5f6a7b8c9d0e1f2]"
        " Exception caught: A database query timeout has occurred."
    )


@pytest.mark.vcr
def test_malformed_json_is_a_fetch_error() -> None:
    message = _fails(lambda: search("Mount Everest"))
    assert message.endswith(
        ": the answer is not valid JSON (Invalid control character at: line 1 column 81 (char 80))"
    )


def test_search_url_is_one_request_for_pages_and_extracts() -> None:
    assert search_url("Kim & Trump", limit=5, lang="simple") == (
        "https://simple.wikipedia.org/w/api.php?action=query&format=json&formatversion=2"
        "&generator=search&gsrsearch=Kim+%26+Trump&gsrlimit=5&prop=extracts%7Cinfo"
        "&inprop=url&explaintext=1&exintro=1&exlimit=5&redirects=1"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query": "  "}, "the Wikipedia search query is empty"),
        ({"query": "x", "limit": 0}, "the Wikipedia result limit must be 1 to 20, not 0"),
        ({"query": "x", "limit": 21}, "the Wikipedia result limit must be 1 to 20, not 21"),
        ({"query": "x", "lang": "evil.com/x?"}, "not a Wikipedia language code: 'evil.com/x?'"),
        ({"query": "x", "lang": "EN"}, "not a Wikipedia language code: 'EN'"),
    ],
)
def test_bad_arguments_are_usage_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(UsageError) as info:
        search(**kwargs)
    assert str(info.value) == message


def test_references_from_response_skips_what_it_cannot_use() -> None:
    data: dict[str, Any] = {
        "query": {
            "pages": [
                {"ns": 0, "title": "Nowhere", "missing": True},
                {"pageid": 7, "title": "No extract", "index": 1},
                "not a page",
                {"pageid": 9, "index": 2, "extract": "== Heading ==\nOne fact. Another one."},
                {"pageid": 8, "title": "Empty", "index": 3, "extract": ""},
            ]
        }
    }
    refs = references_from_response(data)
    assert [(r.id, r.text, r.title, r.url) for r in refs] == [
        ("wikipedia:9#1", "One fact.", None, None),
        ("wikipedia:9#2", "Another one.", None, None),
    ]
    assert references_from_response({"batchcomplete": True}) == []
    assert references_from_response({"query": {"pages": {"1": {}}}}) == []
