"""The main text of a web page, and its title and publication date, from HTML.

Only the standard library's :mod:`html.parser` is used. The page is read in one pass:
page chrome (navigation, headers and footers, share buttons, cookie banners, related
links, scripts...) is dropped, every block element ends a paragraph, and each
``<article>``, ``<main>`` and ``[itemprop=articleBody]`` remembers which paragraphs it
holds, so the article can be chosen once the whole page has been seen.

The text is the paragraphs joined by a blank line (``"\n\n"``), with the whitespace
inside each paragraph collapsed to single spaces and entities unescaped.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from typing import Any, NamedTuple

from claimcheck.reading.metadata import (
    _META_DATE_KEYS,
    _collapse,
    _jsonld_article,
    _jsonld_str,
    _same_headline,
    clean_title,
    parse_date,
)

__all__ = ["HtmlParts", "html_to_document_parts"]


class HtmlParts(NamedTuple):
    """What :func:`html_to_document_parts` finds; unpacks as ``text, title, published``."""

    text: str
    title: str | None
    published: dt.date | None


# Elements whose content is never article text. "header" and "form" have exceptions,
# see _Extractor._skips.
_SKIP_TAGS = frozenset(
    "script style noscript template svg math nav header footer aside form button iframe"
    " select textarea object embed canvas video audio dialog title".split()
)


_VOID_TAGS = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)


_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt"
    " fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li"
    " main nav ol p pre section summary table tbody tfoot thead tr ul legend"
    " br option".split()
)


# Inside <head>, these are at home; anything else means the page body has begun.
_HEAD_TAGS = frozenset("base link meta noscript script style template title".split())


_CHROME_ROLES = frozenset(
    "navigation banner contentinfo complementary search menu menubar toolbar dialog"
    " alertdialog".split()
)


# Never dropped for their class or id: a body class such as "has-social-bar" would
# otherwise throw the whole page away.
_GUARDED_TAGS = frozenset({"html", "body", "main", "article"})


# Matched anywhere inside a class or id token ("article-share-bar", "cookieBanner").
_CHROME_SUBSTRINGS = (
    "share",
    "social",
    "cookie",
    "consent",
    "newsletter",
    "related",
    "breadcrumb",
    "comments",
    "subscribe",
    "advert",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "skip-link",
)


# Matched only as a whole word of a token ("ad-slot", "top_ads"), as they occur inside
# ordinary words ("header", "shadow", "commentary").
_CHROME_WORDS = frozenset({"ad", "ads", "advertisement", "comment", "promo", "sponsored"})


_WORD_SPLIT = re.compile(r"[-_:.]+")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_NO_ATTRS: dict[str, str] = {}


# A paragraph-level container is "substantial" when it holds this many characters,
# or half the page's text when the page is shorter.
_SUBSTANTIAL_CHARS = 200


_COMMENT_CLOSE = re.compile(r"--\s*>")


_LONE_LT = re.compile(r"<(?![A-Za-z/!?])")


def _defuse(html: str) -> str:
    """Rewrite the constructs that make :mod:`html.parser` quadratic, in linear time.

    On Python before 3.12.11/3.13.4 the parser rescans to the end of the input for each
    unterminated construct (``"<!--" * 250_000`` takes minutes). Escaping every ``<``
    after the last ``>``, every ``<!--`` after the last comment close, and turning
    ``<![`` (marked sections, which can also crash the parser) into a bogus comment
    leaves nothing unterminated. Well-formed pages read the same; a page with an
    unclosed comment shows the rest of its text, where a browser would hide it.
    Script content is not parsed here, so a JSON-LD string may see ``<`` as ``&lt;``.
    """
    last_gt = html.rfind(">")
    head, tail = html[: last_gt + 1], html[last_gt + 1 :].replace("<", "&lt;")
    last_close = 0
    for match in _COMMENT_CLOSE.finditer(head):
        last_close = match.end()
    if "<!--" in head[last_close:]:
        head = head[:last_close] + head[last_close:].replace("<!--", "&lt;!--")
    # A "<" that starts no construct is text: escaping it keeps it in one data run
    # instead of one parser call per character.
    head = _LONE_LT.sub("&lt;", head.replace("<![", "<!_["))
    return head + tail


class _Open:
    """One open element on the parser's stack."""

    __slots__ = ("tag", "block", "skip", "byline", "h1", "container", "capture")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.block = tag in _BLOCK_TAGS
        self.skip = False
        self.byline = False
        self.h1 = False
        self.container: int | None = None
        self.capture: str | None = None


class _Container:
    __slots__ = ("kind", "start", "end")

    def __init__(self, kind: str, start: int) -> None:
        self.kind = kind
        self.start = start
        self.end: int | None = None


class _Extractor(HTMLParser):
    """One pass over the page: paragraphs outside chrome, containers, metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.open_counts: dict[str, int] = {}
        self.skip_depth = 0
        # Bylines are dropped from the text, but the <time> in them still dates the page.
        self.byline_depth = 0
        self.h1_depth = 0
        self.container_depth = 0
        self.buf: list[str] = []
        self.paragraphs: list[str] = []
        self.is_h1: list[bool] = []
        self.containers: list[_Container] = []
        # Metadata: first value wins, as the first tag of a kind is the page's own.
        self.meta: dict[str, str] = {}
        self.itemprop_date: str | None = None
        self.title_tag: str | None = None
        self.jsonld: list[str] = []
        self.times: list[tuple[int, str, bool]] = []
        self.capture_buf: list[str] | None = None

    # -- stack -----------------------------------------------------------------------

    def _flush(self) -> None:
        if not self.buf:
            return
        text = _collapse("".join(self.buf))
        self.buf = []
        if text:
            self.paragraphs.append(text)
            self.is_h1.append(self.h1_depth > 0)

    def _pop(self) -> None:
        entry = self.stack.pop()
        self.open_counts[entry.tag] -= 1
        if entry.block and self.skip_depth == 0:
            self._flush()
        if entry.skip:
            self.skip_depth -= 1
        if entry.byline:
            self.byline_depth -= 1
        if entry.h1:
            self.h1_depth -= 1
        if entry.container is not None:
            self.containers[entry.container].end = len(self.paragraphs)
            self.container_depth -= 1
        if entry.capture is not None and self.capture_buf is not None:
            self._finish_capture(entry.capture, "".join(self.capture_buf))
            self.capture_buf = None

    def _pop_to(self, tag: str) -> None:
        # Amortised linear: every element is pushed and popped once, and callers check
        # open_counts first so a stray end tag never scans the stack.
        while self.stack:
            top = self.stack[-1].tag
            self._pop()
            if top == tag:
                return

    def _finish_capture(self, kind: str, text: str) -> None:
        if kind == "title":
            self.title_tag = text
        elif kind == "jsonld":
            self.jsonld.append(text)
        elif kind == "date":
            self.itemprop_date = self.itemprop_date or _collapse(text) or None

    # -- decisions -------------------------------------------------------------------

    def _skips(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in _SKIP_TAGS:
            if tag == "header":
                # An article's own header holds its headline and byline.
                return self.container_depth == 0
            if tag == "form" and self.stack and self.stack[-1].tag == "body":
                # ASP.NET-style pages wrap the whole body in one form: a plain form
                # straight under <body> may be the page itself.
                return attrs.get("role", "").lower() == "search" or _is_chrome_name(
                    f"{attrs.get('class', '')} {attrs.get('id', '')}"
                )
            return True
        if not attrs or tag in _GUARDED_TAGS:
            return False
        if "articlebody" in attrs.get("itemprop", "").lower():
            return False
        if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
            return True
        if _HIDDEN_STYLE.search(attrs.get("style", "")):
            return True
        if attrs.get("role", "").lower() in _CHROME_ROLES:
            return True
        return _is_chrome_name(attrs.get("class", "")) or _is_chrome_name(attrs.get("id", ""))

    @staticmethod
    def _container_kind(tag: str, attrs: dict[str, str]) -> str | None:
        if tag == "article":
            return "article"
        if tag == "main":
            return "main"
        if not attrs:
            return None
        if attrs.get("role", "").lower() == "main":
            return "main"
        if "articlebody" in attrs.get("itemprop", "").lower():
            return "articlebody"
        return None

    # -- HTMLParser callbacks ----------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Most tags carry no attributes, and most of a junk page sits in skipped
        # regions: both take the short paths, as this runs once per tag.
        a = {name: value or "" for name, value in reversed(attrs)} if attrs else _NO_ATTRS
        if self.open_counts.get("head") and tag not in _HEAD_TAGS:
            self._pop_to("head")
        if tag == "meta" or tag == "time" or "itemprop" in a:
            self._metadata(tag, a)
        if tag in _VOID_TAGS:
            if (tag == "br" or tag == "hr") and not self.skip_depth:
                self._flush()
            return
        entry = _Open(tag)
        outside = not self.skip_depth
        if outside:
            if entry.block:
                self._flush()
            elif tag == "td" or tag == "th":
                # A table row reads as one line: "Ports 3 4", not "Ports34".
                self.buf.append(" ")
            if self._skips(tag, a):
                entry.skip = True
            elif tag == "address" or (a and _is_byline(a)):
                entry.skip = entry.byline = True
        self.stack.append(entry)
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if entry.skip:
            self.skip_depth += 1
            if entry.byline:
                self.byline_depth += 1
        elif outside:
            if tag == "h1":
                entry.h1 = True
                self.h1_depth += 1
            kind = self._container_kind(tag, a)
            if kind is not None:
                entry.container = len(self.containers)
                self.containers.append(_Container(kind, len(self.paragraphs)))
                self.container_depth += 1
        if self.capture_buf is None and (tag == "title" or tag == "script" or "itemprop" in a):
            capture = self._capture_kind(tag, a)
            if capture is not None:
                entry.capture = capture
                self.capture_buf = []

    def _capture_kind(self, tag: str, a: dict[str, str]) -> str | None:
        if tag == "title":
            foreign = self.open_counts.get("svg") or self.open_counts.get("math")
            return "title" if self.title_tag is None and not foreign else None
        if tag == "script":
            return "jsonld" if "ld+json" in a.get("type", "").lower() else None
        if (
            self.skip_depth == 0
            and self.itemprop_date is None
            and "datepublished" in a.get("itemprop", "").lower()
        ):
            return "date"
        return None

    def _metadata(self, tag: str, a: dict[str, str]) -> None:
        if tag == "meta":
            content = a.get("content", "")
            for attr in ("property", "name"):
                key = a.get(attr, "").strip().lower()
                if key and content and key not in self.meta:
                    self.meta[key] = content
        if tag == "time" and a.get("datetime") and self.skip_depth == self.byline_depth:
            self.times.append((len(self.paragraphs), a["datetime"], self.container_depth > 0))
        if self.skip_depth:
            return
        if "datepublished" in a.get("itemprop", "").lower() and self.itemprop_date is None:
            value = a.get("content") or a.get("datetime")
            if value:
                self.itemprop_date = value

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open_counts.get(tag):
            self._pop_to(tag)
        elif (tag in _BLOCK_TAGS or tag == "br") and self.skip_depth == 0:
            # Browsers read a stray </p> or </br> as a break too.
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.capture_buf is not None:
            self.capture_buf.append(data)
        if self.skip_depth:
            return
        if self.open_counts.get("head"):
            if self.stack[-1].tag != "head" or not data.strip():
                return
            # Text directly in <head> means the body started without a <body> tag.
            self._pop_to("head")
        self.buf.append(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self._pop()
        self._flush()


def _is_byline(attrs: dict[str, str]) -> bool:
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()
    return "byline" in names


def _is_chrome_name(value: str) -> bool:
    if not value:
        return False
    for token in value.lower().split():
        if any(s in token for s in _CHROME_SUBSTRINGS):
            return True
        if any(w in _CHROME_WORDS for w in _WORD_SPLIT.split(token)):
            return True
    return False


# -- choosing the article --------------------------------------------------------------


def _choose(ex: _Extractor) -> tuple[int, int] | None:
    """The paragraph range of the article container, or None for the whole body."""
    sizes = [0]
    for p in ex.paragraphs:
        sizes.append(sizes[-1] + len(p))
    total = sizes[-1]
    if not total:
        return None
    threshold = min(_SUBSTANTIAL_CHARS, total / 2)
    for kind in ("article", "main", "articlebody"):
        best: tuple[int, int] | None = None
        best_size = 0
        for c in ex.containers:
            if c.kind != kind:
                continue
            end = c.end if c.end is not None else len(ex.paragraphs)
            size = sizes[end] - sizes[c.start]
            if size > best_size:
                best, best_size = (c.start, end), size
        if best is not None and best_size >= threshold:
            return best
    return None


def _body_paragraphs(
    ex: _Extractor, chosen: tuple[int, int] | None, title: str | None
) -> list[str]:
    if chosen is None:
        return list(ex.paragraphs)
    start, end = chosen
    paragraphs = ex.paragraphs[start:end]
    if any(ex.is_h1[start:end]):
        return paragraphs
    # The headline often sits just above the article body (<h1> then
    # <div itemprop="articleBody">): keep it when it is the page's headline.
    first_h1 = next((i for i, flag in enumerate(ex.is_h1) if flag), None)
    if first_h1 is not None and first_h1 < start:
        h1 = ex.paragraphs[first_h1]
        if title is None or _same_headline(h1, title):
            return [h1, *paragraphs]
    return paragraphs


def _published(
    ex: _Extractor, chosen: tuple[int, int] | None, ld: dict[str, Any] | None
) -> dt.date | None:
    candidates: list[str | None] = [
        ex.meta.get("article:published_time"),
        ex.meta.get("og:article:published_time"),
        ex.itemprop_date,
        _jsonld_str(ld, "datePublished"),
    ]
    in_chosen = [v for i, v, _ in ex.times if chosen and chosen[0] <= i <= chosen[1]]
    in_any = [v for _, v, inside in ex.times if inside]
    candidates += in_chosen[:1] + in_any[:1]
    candidates += [ex.meta.get(key) for key in _META_DATE_KEYS]
    for value in candidates:
        date = parse_date(value) if value else None
        if date is not None:
            return date
    return None


def _title(ex: _Extractor, ld: dict[str, Any] | None) -> str | None:
    site = ex.meta.get("og:site_name") or ex.meta.get("application-name")
    publisher = ld.get("publisher") if ld else None
    if not site and isinstance(publisher, dict):
        site = _jsonld_str(publisher, "name")
    h1 = next((p for p, flag in zip(ex.paragraphs, ex.is_h1) if flag), None)
    for raw in (
        ex.meta.get("og:title"),
        ex.meta.get("twitter:title"),
        _jsonld_str(ld, "headline"),
        ex.title_tag,
        h1,
    ):
        if raw and raw.strip():
            title = clean_title(raw, site, h1)
            if title:
                return title
    return None


def html_to_document_parts(html: str) -> HtmlParts:
    """The article text, title and publication date of an HTML page.

    Never raises on malformed HTML and runs in time linear in the input. ``text`` is
    empty when the page has no readable text (a JavaScript-only page, say).
    """
    ex = _Extractor()
    try:
        ex.feed(_defuse(html))
        ex.close()
    except (AssertionError, AttributeError, ValueError):  # pragma: no cover - defensive
        # Old html.parser versions can still trip on exotic markup; keep what was read.
        while ex.stack:
            ex._pop()
        ex._flush()
    ld = _jsonld_article(ex.jsonld)
    chosen = _choose(ex)
    title = _title(ex, ld)
    paragraphs = _body_paragraphs(ex, chosen, title)
    return HtmlParts("\n\n".join(paragraphs), title, _published(ex, chosen, ld))
