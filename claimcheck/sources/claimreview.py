"""Fact-checks published as schema.org ClaimReview, and Google Fact Check Tools responses.

Both are read into :class:`~claimcheck.sources.references.Reference` records of kind
``"factcheck"``. The readers take already-decoded text, so that a file reader
(:func:`claimcheck.sources.archives.read_archive`) and an HTTP source can share them. A record
that cannot be used (a ClaimReview without ``claimReviewed``) becomes a
:class:`~claimcheck.sources.references.Problem` naming the item; an input that holds nothing
usable at all raises :class:`~claimcheck.errors.InputError`.

Items are numbered from 1 in document order: ``"reviews.json item 3"`` is the third
ClaimReview of the file, ``"page.json claim 2 review 1"`` the first review of the
second claim of a Fact Check Tools response (numbered across saved pages).

This module also holds the helpers every archive reader shares (:func:`clean_text`,
:func:`read_date`, :class:`IdRegistry`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from claimcheck.errors import InputError
from claimcheck.models import Reference
from claimcheck.models import verdict as models_verdict
from claimcheck.reading.metadata import parse_date
from claimcheck.sources.references import Problem, ReadResult

__all__ = [
    "IdRegistry",
    "clean_text",
    "claimreviews_from_data",
    "claimreviews_from_html",
    "claimreviews_from_json",
    "factcheck_api_data",
    "factcheck_api_response",
    "is_factcheck_api",
    "jsonld_scripts",
    "load_json",
    "read_date",
]

KIND = "factcheck"

# -- helpers shared by the archive readers -----------------------------------------------

# Control characters that spreadsheets and old exports leave in cells (NUL padding,
# stray escapes). The ones str.split() already treats as whitespace (tab, newlines,
# vertical tab, form feed, the separators 0x1c-0x1f) are kept so that they separate
# words instead of gluing them together.
_CONTROLS = dict.fromkeys([c for c in range(32) if chr(c) not in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"])
_CONTROLS[0x7F] = None


def clean_text(value: str | None) -> str | None:
    """``value`` without control characters and with its whitespace collapsed, or None.

    None when nothing but whitespace is left.
    """
    if value is None:
        return None
    text = " ".join(value.translate(_CONTROLS).split())
    return text or None


def verdict(rating: str | None) -> str | None:
    """A rating as a verdict: cleaned, or None when it says nothing was decided."""
    return models_verdict(clean_text(rating))


def _shown(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "...")


_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_GLUED = re.compile(r"(?<=\d)(?=[A-Za-z]{3})|(?<=[A-Za-z])(?=\d)")


def read_date(value: str | None) -> dt.date | None:
    """The date ``value`` names, or None; never raises.

    Accepts what :func:`claimcheck.reading.html.parse_date` does: ISO dates and datetimes,
    ``"26 May 2015"``, ``"October 22, 2019"``, and a date inside a phrase (PolitiFact's
    ``"stated on October 22, 2019 in a campaign mailer.:"``); also a day glued to its
    month (``"21February 2009"``) or an ordinal day (``"1st May 2020"``). An
    unreadable date is not a Problem: Problems name skipped records, and the record is
    kept without its date.
    """
    if value is None or not value.strip():
        return None
    try:
        date = parse_date(value)
        if date is None:
            respaced = _GLUED.sub(" ", _ORDINAL.sub("", value))
            date = parse_date(respaced) if respaced != value else None
    except (ValueError, TypeError, IndexError, OverflowError):  # pragma: no cover - defensive
        date = None
    return date


class IdRegistry:
    """Keeps the ids of one read unique.

    An id taken from an id column must be unique: a repeat is a Problem (``strict``).
    A URL used as id may repeat legitimately (one article reviewing several claims):
    a repeat with a different text gets ``"#2"``, ``"#3"``... appended, and a repeat
    with the same text (the same fact-check saved twice) is a Problem.
    """

    def __init__(self) -> None:
        self._seen: dict[str, tuple[str, str]] = {}  # id -> (where, text)
        self._next: dict[str, int] = {}  # base id -> next suffix to try
        self._texts: dict[tuple[str, str], str] = {}  # (base id, text) -> where first

    def assign(self, wanted: str, text: str, where: str, *, strict: bool) -> str | Problem:
        """The id to use for a record, or the Problem that makes it a duplicate."""
        seen = self._seen.get(wanted)
        if seen is None:
            self._seen[wanted] = (where, text)
            self._texts[(wanted, text)] = where
            return wanted
        first_where, _ = seen
        if strict:
            return Problem(
                where, f"duplicate id {_shown(wanted)} (first in {first_where}); skipped"
            )
        same = self._texts.get((wanted, text))
        if same is not None:
            return Problem(where, f"same claim and id as {same}; skipped")
        self._texts[(wanted, text)] = where
        # The counter per base keeps many records sharing one URL linear.
        n = self._next.get(wanted, 2)
        while f"{wanted}#{n}" in self._seen:
            n += 1
        self._next[wanted] = n + 1
        unique = f"{wanted}#{n}"
        self._seen[unique] = (where, text)
        return unique


def load_json(text: str, name: str) -> Any:
    """Parse JSON text, or raise :class:`InputError` saying where it is broken."""
    try:
        # strict=False: JSON-LD in pages often has raw newlines or tabs inside strings.
        return json.loads(text, strict=False)
    except json.JSONDecodeError as error:
        raise InputError(
            f"{name}: not valid JSON ({error.msg} at line {error.lineno} column {error.colno})"
        ) from None
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply") from None


# -- JSON-LD values ----------------------------------------------------------------------


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _str(value: Any) -> str | None:
    """A text value: a string, a number, or the first of a list of them."""
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("@value")  # {"@value": "...", "@language": "en"}
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _name(value: Any) -> str | None:
    """The name of an author or publisher: an object, a string, or a list of them."""
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        found = _str(item.get("name")) if isinstance(item, dict) else _str(item)
        if found and found not in names:
            names.append(found)
    return ", ".join(names) or None


def _object(value: Any) -> dict[str, Any]:
    value = _first(value)
    return value if isinstance(value, dict) else {}


def _is_claimreview(node: dict[str, Any]) -> bool:
    raw = node.get("@type")
    for name in raw if isinstance(raw, list) else [raw]:
        # "ClaimReview", "schema:ClaimReview", "http://schema.org/ClaimReview"
        if isinstance(name, str) and re.split(r"[/:#]", name)[-1] == "ClaimReview":
            return True
    return False


def _claimreview_nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every ClaimReview object anywhere in a JSON value, in document order.

    Walks lists, ``@graph`` and nested objects (an Article's ``review``, a page's
    ``mainEntity``) with an explicit stack, so depth costs no recursion. A ClaimReview
    is not searched further: its ``itemReviewed`` is the claim, not another review.
    """
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if _is_claimreview(item):
                yield item
            else:
                stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _rating(value: Any) -> str | None:
    rating = _first(value)
    if not isinstance(rating, dict):
        return _str(rating)
    textual = _str(rating.get("alternateName")) or _str(rating.get("name"))
    if textual:
        return textual
    score, best = _str(rating.get("ratingValue")), _str(rating.get("bestRating"))
    return f"{score}/{best}" if score and best else score


# -- ClaimReview ------------------------------------------------------------------------


def claimreviews_from_data(
    values: list[Any],
    source: str,
    name: str,
    problems: list[Problem] | None = None,
    *,
    required: bool = True,
) -> ReadResult:
    """References from parsed JSON values (one per file or ``<script>``).

    ``problems`` already found (unreadable scripts) are kept at the front of the
    result's. When no ClaimReview is found at all, raises :class:`InputError` if
    ``required``, else returns no references.
    """
    problems = list(problems or [])
    references: list[Reference] = []
    ids = IdRegistry()
    n = 0
    for node in _claimreview_nodes(values):
        n += 1
        where = f"{name} item {n}"
        text = _str(node.get("claimReviewed"))
        if text is None:
            problems.append(Problem(where, "ClaimReview without claimReviewed text; skipped"))
            continue
        url = _str(node.get("url"))
        got = ids.assign(url or f"{name}#{n}", text, where, strict=False)
        if isinstance(got, Problem):
            problems.append(got)
            continue
        item = _object(node.get("itemReviewed"))
        claim_date = _str(item.get("datePublished")) or _str(
            _object(item.get("firstAppearance")).get("datePublished")
        )
        references.append(
            Reference(
                id=got,
                text=text,
                source=source,
                kind=KIND,
                title=_str(node.get("headline")) or _str(node.get("name")),
                published=read_date(_str(node.get("datePublished"))),
                claim_date=read_date(claim_date),
                url=url,
                rating=verdict(_rating(node.get("reviewRating"))),
                publisher=_name(node.get("author")) or _name(node.get("publisher")),
                claimant=_name(item.get("author")),
            )
        )
    if n == 0 and required:
        unreadable = f" ({len(problems)} JSON-LD blocks could not be read)" if problems else ""
        raise InputError(f"{name}: no ClaimReview found{unreadable}")
    return ReadResult(references, problems)


def claimreviews_from_json(text: str, source: str, name: str) -> ReadResult:
    """References from ClaimReview JSON-LD: an object, a list, or an ``@graph``.

    Objects of other types are ignored. Raises :class:`InputError` for invalid JSON and
    for JSON without any ClaimReview.
    """
    return claimreviews_from_data([load_json(text, name)], source, name)


_SCRIPT_OPEN = re.compile(r"<script\b", re.IGNORECASE)
_SCRIPT_CLOSE = re.compile(r"</script", re.IGNORECASE)
_LD_TYPE = re.compile(r"""\btype\s*=\s*["']?\s*application/ld\+json""", re.IGNORECASE)
# Old pages wrap script content in comment or CDATA markers for ancient browsers.
_WRAPPERS = re.compile(
    r"^\s*(?:<!--|(?://|/\*)\s*<!\[CDATA\[(?:\s*\*/)?)|(?:-->|(?://|/\*)\s*\]\]>(?:\s*\*/)?)\s*$"
)


def jsonld_scripts(html: str) -> list[str]:
    """The content of each ``<script type="application/ld+json">`` of a page, in order.

    A scan with :meth:`str.find` rather than :mod:`html.parser`, which on Python 3.11
    rescans to the end of the page for every unterminated construct: every character
    is looked at a bounded number of times. A script without its ``>`` or
    ``</script>`` ends the scan, as no later one can be complete either.
    """
    scripts: list[str] = []
    pos = 0
    while (opening := _SCRIPT_OPEN.search(html, pos)) is not None:
        gt = html.find(">", opening.end())
        closing = _SCRIPT_CLOSE.search(html, gt + 1) if gt >= 0 else None
        if closing is None:
            break
        if _LD_TYPE.search(html, opening.end(), gt):
            scripts.append(_WRAPPERS.sub("", html[gt + 1 : closing.start()]))
        pos = closing.end()
    return scripts


def claimreviews_from_html(text: str, source: str, name: str) -> ReadResult:
    """References from the ClaimReview JSON-LD blocks of an HTML page.

    A block that is not valid JSON is a Problem (``"page.html script 2"``). A page
    without ClaimReview gives no references and raises nothing: a caller that does
    not know whether a page is a fact-check or an article reads it as an article then.
    """
    values: list[Any] = []
    problems: list[Problem] = []
    for k, script in enumerate(jsonld_scripts(text), 1):
        try:
            values.append(load_json(script, f"{name} script {k}"))
        except InputError as error:
            where, _, reason = str(error).partition(": ")
            problems.append(Problem(where, reason))
    return claimreviews_from_data(values, source, name, problems, required=False)


# -- Google Fact Check Tools -------------------------------------------------------------


def _is_page(value: Any) -> bool:
    # The API answers {} when nothing matches.
    return isinstance(value, dict) and ("claims" in value or set(value) <= {"nextPageToken"})


def is_factcheck_api(data: Any) -> bool:
    """True for a ``claims:search`` response, or a list of them (pages saved together)."""
    if isinstance(data, list):
        return bool(data) and all(_is_page(page) for page in data)
    return _is_page(data)


def factcheck_api_data(data: Any, source: str, name: str) -> ReadResult:
    """References from a parsed ``claims:search`` response or list of responses.

    One Reference per review of each claim. The id is the review's URL (a repeat with
    the same claim, as overlapping pages give, is a Problem), else ``f"{name}#{i}.{j}"``
    for review ``j`` of claim ``i``, both counted from 1 across pages.
    """
    if not is_factcheck_api(data):
        raise InputError(f'{name}: not a Fact Check Tools claims:search response (no "claims")')
    references: list[Reference] = []
    problems: list[Problem] = []
    ids = IdRegistry()
    i = 0
    for page in data if isinstance(data, list) else [data]:
        claims = page.get("claims") or []
        for claim in claims if isinstance(claims, list) else [claims]:
            i += 1
            where = f"{name} claim {i}"
            claim = claim if isinstance(claim, dict) else {}
            text = _str(claim.get("text"))
            reviews = claim.get("claimReview")
            reviews = [r for r in (reviews if isinstance(reviews, list) else [reviews]) if r]
            if text is None or not reviews:
                what = "claim text" if text is None else "claimReview"
                problems.append(Problem(where, f"claim without {what}; skipped"))
                continue
            claimant = _str(claim.get("claimant"))
            claim_date = read_date(_str(claim.get("claimDate")))
            for j, review in enumerate(reviews, 1):
                rwhere = f"{where} review {j}"
                review = review if isinstance(review, dict) else {}
                url = _str(review.get("url"))
                got = ids.assign(url or f"{name}#{i}.{j}", text, rwhere, strict=False)
                if isinstance(got, Problem):
                    problems.append(got)
                    continue
                publisher = _object(review.get("publisher"))
                references.append(
                    Reference(
                        id=got,
                        text=text,
                        source=source,
                        kind=KIND,
                        title=_str(review.get("title")),
                        published=read_date(_str(review.get("reviewDate"))),
                        claim_date=claim_date,
                        url=url,
                        rating=verdict(_str(review.get("textualRating"))),
                        publisher=_str(publisher.get("name")) or _str(publisher.get("site")),
                        claimant=claimant,
                    )
                )
    return ReadResult(references, problems)


def factcheck_api_response(text: str, source: str, name: str) -> ReadResult:
    """References from the JSON text of a ``claims:search`` response (or a list of them).

    Raises :class:`InputError` for invalid JSON or JSON of another shape.
    """
    return factcheck_api_data(load_json(text, name), source, name)
