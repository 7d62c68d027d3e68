"""Wikipedia as a reference source: the lead sentences of the pages a search finds.

One request to the MediaWiki Action API does both jobs: ``generator=search`` finds the
pages, ``prop=extracts`` (the TextExtracts extension: plain text, lead section only)
gives their text and ``prop=info&inprop=url`` their addresses. The lead is where an
article states its subject's key facts, and it is also the only mode in which
TextExtracts returns more than one extract per request (at most 20), hence
:data:`MAX_LIMIT`.

Example (it needs the network)::

    for ref in search("Mount Everest height", limit=2):
        print(ref.id, ref.title, ref.url, ref.text)

Docs: https://www.mediawiki.org/wiki/API:Search and
https://www.mediawiki.org/wiki/Extension:TextExtracts
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import requests

from claimcheck.errors import FetchError, UsageError
from claimcheck.extraction.segment import sentence_spans
from claimcheck.models import Reference
from claimcheck.reading.http import fetch, redact

__all__ = ["API", "MAX_LIMIT", "SOURCE", "references_from_response", "search", "search_url"]

API = "https://{lang}.wikipedia.org/w/api.php"
SOURCE = "wikipedia"
MAX_LIMIT = 20
"""TextExtracts' ``exlimit`` ceiling: pages past it would come back without text."""

# Wikipedia language subdomains: "en", "simple", "zh-yue", "be-tarask", "roa-tara".
# Checked because the code becomes part of a host name.
_LANG = re.compile(r"[a-z][a-z0-9]{1,11}(?:-[a-z0-9]{1,8})*\Z")
_LINE = re.compile(r"[^\n]+")
# explaintext renders section headings as "== Heading =="; they are not statements.
_HEADING = re.compile(r"\s*=+[^=\n]*=+\s*\Z")


def search(
    query: str, *, limit: int = 3, lang: str = "en", session: requests.Session | None = None
) -> list[Reference]:
    """The lead sentences of the ``limit`` best Wikipedia pages for ``query``.

    Pages come in search-rank order, each sentence as a ``kind="wikipedia"`` reference
    with the page's title and URL. No match gives ``[]``. ``lang`` picks the Wikipedia
    ("en", "fr", "simple"...); ``session`` lets callers share connections.

    Raises :class:`UsageError` for an empty query, a ``limit`` outside 1 to
    :data:`MAX_LIMIT` or an impossible ``lang``, and :class:`FetchError` (one line)
    when the request fails, the answer is not JSON, or the API reports an error.
    """
    url = search_url(query, limit=limit, lang=lang)
    result = fetch(url, accept=("application/json",), session=session)
    data = _json(result.body, url)
    error = data.get("error")
    if isinstance(error, dict):
        # The API answers errors with HTTP 200 and an "error" object.
        info = " ".join(str(error.get("info", "")).split())
        detail = f"{error.get('code', 'unknown')}: {info}" if info else error.get("code")
        raise FetchError(redact(f"{url}: Wikipedia API error {detail}"))
    return references_from_response(data)


def search_url(query: str, *, limit: int = 3, lang: str = "en") -> str:
    """The API URL :func:`search` requests (arguments checked as it does)."""
    if not query.strip():
        raise UsageError("the Wikipedia search query is empty")
    if not 1 <= limit <= MAX_LIMIT:
        raise UsageError(f"the Wikipedia result limit must be 1 to {MAX_LIMIT}, not {limit}")
    if not _LANG.match(lang):
        raise UsageError(f"not a Wikipedia language code: {lang!r}")
    params = {
        "action": "query",
        "format": "json",
        "formatversion": "2",
        "generator": "search",
        "gsrsearch": query,
        "gsrlimit": str(limit),
        "prop": "extracts|info",
        "inprop": "url",
        "explaintext": "1",
        "exintro": "1",
        "exlimit": str(limit),
        "redirects": "1",
    }
    return f"{API.format(lang=lang)}?{urlencode(params)}"


def references_from_response(data: dict[str, Any], source: str = SOURCE) -> list[Reference]:
    """Turn an API answer (``formatversion=2``, already parsed) into references.

    Pure: no I/O. Pages without a numeric ``pageid`` or a text ``extract`` (missing or
    invalid titles, or pages past ``exlimit``) are skipped; an answer without ``query``
    means no results. Ids are ``wikipedia:<pageid>#<n>``, n counting the page's
    sentences from 1, so they stay stable while the lead is unchanged.
    """
    query = data.get("query") if isinstance(data, dict) else None
    pages = query.get("pages") if isinstance(query, dict) else None
    if not isinstance(pages, list):
        return []
    references: list[Reference] = []
    # The API lists pages by page id; "index" is the search rank.
    for page in sorted((p for p in pages if isinstance(p, dict)), key=_rank):
        pageid, extract = page.get("pageid"), page.get("extract")
        if not isinstance(pageid, int) or not isinstance(extract, str):
            continue
        title = page.get("title")
        url = page.get("fullurl") or page.get("canonicalurl")
        for n, sentence in enumerate(_sentences(extract), start=1):
            references.append(
                Reference(
                    id=f"{source}:{pageid}#{n}",
                    text=sentence,
                    source=source,
                    kind="wikipedia",
                    title=title if isinstance(title, str) else None,
                    url=url if isinstance(url, str) else None,
                    published=None,
                )
            )
    return references


def _rank(page: dict[str, Any]) -> int:
    index = page.get("index")
    return index if isinstance(index, int) else 1_000_000


def _sentences(extract: str) -> Iterator[str]:
    # Each line of a plain-text extract is a paragraph; a sentence never crosses one.
    for line in _LINE.finditer(extract):
        if _HEADING.match(line.group()):
            continue
        for start, end in sentence_spans(extract, line.start(), line.end()):
            yield extract[start:end]


def _json(body: bytes, url: str) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except ValueError as error:  # also UnicodeDecodeError
        reason = str(error) if isinstance(error, json.JSONDecodeError) else "bad encoding"
        raise FetchError(redact(f"{url}: the answer is not valid JSON ({reason})")) from None
    if not isinstance(data, dict):
        raise FetchError(redact(f"{url}: the answer is not a JSON object"))
    return data
