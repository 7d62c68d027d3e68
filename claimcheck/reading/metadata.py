"""A page's title and publication date: the headline and site name cut from a ``<title>``,
dates in the forms pages write them, and schema.org JSON-LD (``NewsArticle``...).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

_WS = re.compile(r"\s+")


# Invisible characters that split words for every later matcher.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def _collapse(text: str) -> str:
    return _WS.sub(" ", text.translate(_INVISIBLE)).strip()


# -- title -------------------------------------------------------------------------------


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ")


def clean_title(raw: str, site_name: str | None = None, headline: str | None = None) -> str:
    """A page title without the site's name: ``"Talks stall - BBC News"`` -> ``"Talks stall"``.

    The site name (``og:site_name``) is removed as a prefix or suffix when known; when
    the page's ``<h1>`` starts the title, the title is cut to it; else the longest part
    between ``" | "`` is kept, and a short last part after ``" - "`` is dropped when the
    rest is at least twice as long (headlines rarely end in " - Two Words").
    """
    title = _collapse(raw)
    if site_name:
        site = _collapse(site_name).casefold()
        for sep in _TITLE_SEPARATORS:
            if title.casefold().endswith(sep + site) and len(title) > len(sep + site):
                title = title[: -len(sep + site)].strip()
            elif title.casefold().startswith(site + sep) and len(title) > len(site + sep):
                title = title[len(site + sep) :].strip()
    if headline:
        h = _collapse(headline)
        rest = title[len(h) :]
        if h and title.startswith(h) and any(rest.startswith(sep) for sep in _TITLE_SEPARATORS):
            return h
    if " | " in title:
        title = max(title.split(" | "), key=len).strip()
    for _ in range(2):
        for sep in (" - ", " – ", " — "):
            idx = title.rfind(sep)
            if idx <= 0:
                continue
            suffix = title[idx + len(sep) :]
            if len(suffix.split()) <= 4 and len(suffix) <= 30 and idx >= 2 * len(suffix):
                title = title[:idx].strip()
                break
    return title


# -- dates -------------------------------------------------------------------------------


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T|\s|$)")


_SLASH_DATE = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?!\d)")


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})")


_MONTH_DAY_YEAR = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


_MIN_YEAR = 1800


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if year < _MIN_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """The calendar date a metadata value names, in its own time zone, or None.

    Accepts ISO 8601 (``"2019-10-24T14:03:00Z"``, ``"2019-10-24T23:30:00-04:00"`` is
    the 24th: the offset is the publisher's and is not converted), ``20191024``,
    ``2019/10/24``, RFC 2822 (``"Thu, 24 Oct 2019 14:03:00 GMT"``), ``"24 October
    2019"`` and ``"October 24, 2019"``.
    """
    s = value.strip()
    if not s:
        return None
    for pattern in (_ISO_DATE, _SLASH_DATE, _COMPACT_DATE):
        m = pattern.match(s)
        if m:
            return _make_date(int(m[1]), int(m[2]), int(m[3]))
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return _make_date(parsed.year, parsed.month, parsed.day)
    m = _DAY_MONTH_YEAR.search(s)
    if m and m[2][:3].lower() in _MONTHS:
        return _make_date(int(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
    m = _MONTH_DAY_YEAR.search(s)
    if m and m[1][:3].lower() in _MONTHS:
        return _make_date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
    return None


# -- JSON-LD -----------------------------------------------------------------------------


_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "CollectionPage", "AboutPage"})


_ARTICLE_TYPES = frozenset({"BlogPosting", "LiveBlogPosting", "ClaimReview", "Report"})


def _jsonld_nodes(scripts: list[str]) -> Iterator[dict[str, Any]]:
    """Top-level JSON-LD objects (and @graph members, and a page's mainEntity).

    Nested objects are not visited: a ClaimReview's itemReviewed carries the date of
    the claim, not of the page.
    """
    for script in scripts:
        try:
            data = json.loads(script, strict=False)
        except (ValueError, RecursionError):
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if not isinstance(item, dict):
                continue
            graph = item.get("@graph")
            members = [m for m in graph if isinstance(m, dict)] if isinstance(graph, list) else []
            for node in (item, *members):
                yield node
                entity = node.get("mainEntity")
                if isinstance(entity, dict):
                    yield entity


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)}


def _jsonld_article(scripts: list[str]) -> dict[str, Any] | None:
    page: dict[str, Any] | None = None
    for node in _jsonld_nodes(scripts):
        types = _types(node)
        if types & _ARTICLE_TYPES or any(t.endswith("Article") for t in types):
            return node
        if page is None and types & _PAGE_TYPES:
            page = node
    return page


def _jsonld_str(node: dict[str, Any] | None, key: str) -> str | None:
    value = node.get(key) if node else None
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) and value.strip() else None


# -- from the parsed page ----------------------------------------------------------------


def _page_meta(tree: Any) -> dict[str, str]:
    """``<meta>`` contents by property or name, lower-cased; the first of a kind wins."""
    meta: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = element.get("content") or ""
        for attr in ("property", "name"):
            key = (element.get(attr) or "").strip().lower()
            if key and content and key not in meta:
                meta[key] = content
    return meta


def _jsonld_scripts(tree: Any) -> list[str]:
    return [
        script.text
        for script in tree.iter("script")
        if script.text and "ld+json" in (script.get("type") or "").lower()
    ]


def _first_text(tree: Any, tag: str) -> str | None:
    for element in tree.iter(tag):
        if tag == "title" and any(a.tag in ("svg", "math") for a in element.iterancestors()):
            continue  # an icon's name, not the page's
        text = _collapse(element.text_content())
        if text:
            return text
    return None


class PageHead(NamedTuple):
    """What a page says about itself: its ``<meta>`` contents and its JSON-LD article."""

    meta: dict[str, str]
    ld: dict[str, Any] | None


def page_head(tree: Any) -> PageHead:
    """Read once per page: a JSON-LD block can be megabytes."""
    return PageHead(_page_meta(tree), _jsonld_article(_jsonld_scripts(tree)))


def page_title(tree: Any, head: PageHead) -> str | None:
    """The headline of a parsed page (an lxml tree), without the site's name.

    In order: ``og:title``, ``twitter:title``, the JSON-LD article's ``headline``, the
    ``<title>``, the first ``<h1>``.
    """
    meta, ld = head
    site = meta.get("og:site_name") or meta.get("application-name")
    publisher = ld.get("publisher") if ld else None
    if not site and isinstance(publisher, dict):
        site = _jsonld_str(publisher, "name")
    h1 = _first_text(tree, "h1")
    for raw in (
        meta.get("og:title"),
        meta.get("twitter:title"),
        _jsonld_str(ld, "headline"),
        _first_text(tree, "title"),
        h1,
    ):
        if raw and raw.strip():
            title = clean_title(raw, site, h1)
            if title:
                return title
    return None


_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|-|$)")


def published_date(tree: Any, head: PageHead) -> dt.date | None:
    """The publication date of a parsed page, as htmldate reads it from its metadata.

    ``original_date`` asks for the first publication, not the last update;
    ``extensive_search`` is off, as dates guessed from free text are wrong too often to
    anchor "last Monday". The article's own declared date (``article:published_time``,
    then the JSON-LD article's ``datePublished``) comes first: htmldate, which prefers
    the oldest date it sees, would take a ClaimReview's claim date for the page's.
    """
    import htmldate

    meta, ld = head
    for value in (meta.get("article:published_time"), _jsonld_str(ld, "datePublished")):
        found = parse_date(value) if value else None
        if found is not None:
            return found
    # The page's own address, when it carries the day ("/story/2019/11/20/..."): htmldate
    # takes the oldest date it sees, which may be a stock photo's folder (2016/04/05).
    address = _URL_DAY.search(meta.get("og:url") or "")
    if address is not None:
        found = _make_date(*map(int, address.groups()))
        if found is not None:
            return found
    try:
        value = htmldate.find_date(tree, extensive_search=False, original_date=True)
    except (ValueError, TypeError):  # pragma: no cover - htmldate guards its own parsing
        return None
    return parse_date(value) if value else None
