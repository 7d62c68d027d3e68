"""Google Fact Check Tools as a reference source: fact-checks that reviewed a claim.

:func:`search` calls ``claims:search`` and follows ``nextPageToken`` to the last page
(tools that stop at the first page are a common complaint), up to ``max_pages``.
:func:`references_from_response` turns one answer into references and does no I/O,
so saved answers can be read with it too.

The API key is the ``key`` query parameter, so it is part of every URL. It never
reaches a message: :mod:`claimcheck.reading.http` redacts URLs in its errors, this module
redacts its own, and errors are re-raised without the exception chain (whose inner
exceptions, from requests, can hold the raw URL).

Docs: https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from typing import Any
from urllib.parse import urlencode

import requests

from claimcheck.errors import FetchError, UsageError
from claimcheck.models import Reference
from claimcheck.reading.http import fetch, redact
from claimcheck.sources.claimreview import factcheck_api_data, is_factcheck_api

__all__ = ["API", "KEY_ENV", "SOURCE", "references_from_response", "search"]

API = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
KEY_ENV = "CLAIMCHECK_FACTCHECK_KEY"
SOURCE = "factcheck-tools"

log = logging.getLogger(__name__)

# Timestamps are RFC 3339 ("2020-03-10T00:00:00Z"); only the calendar day is kept.
_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def search(
    query: str,
    *,
    key: str | None = None,
    language: str | None = "en",
    max_age_days: int | None = None,
    page_size: int = 100,
    max_pages: int = 50,
    session: requests.Session | None = None,
) -> list[Reference]:
    """Every fact-check Google Fact Check Tools finds for ``query``, as references.

    ``key`` defaults to the ``CLAIMCHECK_FACTCHECK_KEY`` environment variable.
    ``language`` (a BCP-47 code, None for all) and ``max_age_days`` narrow the search;
    ``page_size`` results are asked for per request. Pages are followed until the API
    gives no ``nextPageToken``; after ``max_pages`` requests the search stops, returns
    what it has and logs a warning on this module's logger (a repeated token also ends
    it, as a server bug would otherwise loop forever). Each claim review is one
    ``kind="factcheck"`` reference; the same review of the same claim is returned once.

    Raises :class:`UsageError` without a key or for out-of-range arguments, and
    :class:`FetchError` (one line, key redacted) when a request fails or an answer is
    not JSON. Server errors (429, 5xx) are retried by :func:`claimcheck.reading.http.fetch`.
    """
    key = (key if key is not None else os.environ.get(KEY_ENV, "")).strip()
    if not key:
        raise UsageError(f"set {KEY_ENV} to a Google Fact Check Tools API key")
    if not query.strip():
        raise UsageError("the Fact Check Tools search query is empty")
    for name, value in (("page_size", page_size), ("max_pages", max_pages)):
        if value < 1:
            raise UsageError(f"{name} must be at least 1, not {value}")
    if max_age_days is not None and max_age_days < 1:
        raise UsageError(f"max_age_days must be at least 1, not {max_age_days}")

    params: dict[str, str] = {"query": query}
    if language:
        params["languageCode"] = language
    if max_age_days is not None:
        params["maxAgeDays"] = str(max_age_days)
    params["pageSize"] = str(page_size)

    claims: list[Any] = []
    token: str | None = None
    seen: set[str] = set()
    for _ in range(max_pages):
        # The API wants the same parameters on every page, plus the token.
        page = dict(params, pageToken=token) if token else params
        data = _get(f"{API}?{urlencode({**page, 'key': key})}", session)
        found = data.get("claims")
        if isinstance(found, list):
            claims.extend(found)
        following = data.get("nextPageToken")
        if not isinstance(following, str) or not following or following in seen:
            break
        seen.add(following)
        token = following
    else:
        log.warning(
            "Fact Check Tools: stopped after %d pages (%d claims); more results exist, "
            "raise max_pages to get them",
            max_pages,
            len(claims),
        )
    # One list, so that the fallback ids (claim and review positions) are unique.
    return references_from_response({"claims": claims})


def references_from_response(data: dict[str, Any], source: str = SOURCE) -> list[Reference]:
    """Turn a ``claims:search`` answer (already parsed) into references. Pure.

    The same reading as a saved response file (:func:`claimcheck.sources.claimreview.
    factcheck_api_data`): one reference per review of each claim, id the review URL or
    ``<source>#<i>.<j>`` (counted from 1); claims without text or reviews are left out.
    Nothing raises: what is not a response gives no references.
    """
    if not is_factcheck_api(data):
        return []
    return factcheck_api_data(data, source, source).references


def _get(url: str, session: requests.Session | None) -> dict[str, Any]:
    message = None
    try:
        body = fetch(url, accept=("application/json",), session=session).body
    except FetchError as error:
        message = redact(str(error))
    if message is not None:
        # Raised outside the except block: no __context__ leads back to the raw URL.
        raise FetchError(message)
    try:
        data = json.loads(body)
    except ValueError as error:  # also UnicodeDecodeError
        reason = str(error) if isinstance(error, json.JSONDecodeError) else "bad encoding"
        message = f"{url}: the answer is not valid JSON ({reason})"
    if message is not None:
        raise FetchError(redact(message))
    if not isinstance(data, dict):
        raise FetchError(redact(f"{url}: the answer is not a JSON object"))
    return data


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


def _date(value: object) -> dt.date | None:
    match = _DAY.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:  # 2020-02-30
        return None
