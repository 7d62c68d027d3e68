"""The main text of a web page, and its title and publication date, from HTML.

trafilatura finds the article in the page and htmldate its publication date; lxml
parses the page once for both and for the title. On top of trafilatura's text this
module keeps what claimcheck needs and trafilatura leaves out: photo captions, each on
its own paragraph marked ``Caption:`` (the label :mod:`claimcheck.extraction.clean`
reads to give the paragraph its ``caption`` role), and a fallback so a page with text
never reads as empty.

The text is the paragraphs joined by a blank line (``"\n\n"``), with the whitespace
inside each paragraph collapsed to single spaces; a ``<br>`` is a line break inside
its paragraph. List items start with ``"- "`` and table rows read ``"| cell | cell |"``,
the Markdown forms the text pipeline reads as lines of their own. The text is built
here and stored as the article's text, so every offset of an extraction slices it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from claimcheck.errors import InputError
from claimcheck.reading.metadata import _collapse, page_head, page_title, published_date

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["MAX_HTML_CHARS", "HtmlParts", "html_to_document_parts"]


class HtmlParts(NamedTuple):
    """What :func:`html_to_document_parts` finds; unpacks as ``text, title, published``."""

    text: str
    title: str | None
    published: dt.date | None


# trafilatura refuses pages over 20 MB and lxml's tree takes about ten times the page
# in memory: a bigger page is refused here with its size named, not read as empty.
MAX_HTML_CHARS = 20_000_000


# When trafilatura's main text is under _SHORT_TEXT characters and this share of the
# page's text (scripts included), it probably missed the article: try for recall.
_SHORT_TEXT = 500
_SHORT_SHARE = 0.25


# Measured on the 181 pages of benchmarks/html_extraction.py: comments are not the
# article (F1 0.953 -> 0.960), favor_precision drops teasers and link lists (-> 0.968),
# images are kept to place their captions.
_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": True,
    # Text for screen readers only ("Opens in a new window") and unrendered templates,
    # which trafilatura reads as text.
    "prune_xpath": [
        "//template",
        "//*[contains(@class, 'sr-only') or contains(@class, 'visually-hidden')"
        " or contains(@class, 'visuallyhidden') or contains(@class, 'screen-reader')]",
    ],
}


# Longer attribute values are cut to this many characters; no class list or address
# that matters is longer.
_MAX_ATTRIBUTE = 4096


_LONG_TAG = re.compile(r"<([A-Za-z][\w:-]{0,64})[^<>]{65536,}")


# Characters libxml2 refuses (C0 controls but tab, newline, carriage return).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


_CAPTION_LABEL = "Caption: "
# A caption that already carries a label the text pipeline reads ("Image caption ...").
_LABELLED = re.compile(r"(?:Image caption|Media caption|Caption:|Photo:|Pictured:|Image:)")


# trafilatura's output elements that hold paragraphs of their own.
_BLOCKS = frozenset({"p", "head", "quote", "code", "item", "row", "list", "table", "div"})


def html_to_document_parts(html: str) -> HtmlParts:
    """The article text, title and publication date of an HTML page.

    Never raises on malformed HTML; raises :class:`~claimcheck.errors.InputError` for a
    page over :data:`MAX_HTML_CHARS` characters. ``text`` is empty when the page has no
    readable text (a JavaScript-only page, say).
    """
    if len(html) > MAX_HTML_CHARS:
        raise InputError(
            f"the HTML page has {len(html):,} characters, over the limit of"
            f" {MAX_HTML_CHARS:,}: save its article text as a .txt file"
        )
    tree = _parse(html)
    if tree is None:
        return HtmlParts("", None, None)
    head = page_head(tree)
    title = page_title(tree, head)
    text = _main_text(tree)
    published = published_date(tree, head)
    return HtmlParts(text, title, published)


def _parse(html: str) -> HtmlElement | None:
    from lxml import etree
    from lxml.html import HTMLParser, document_fromstring

    # libxml2 checks each attribute against all the others of its tag: a tag of
    # 200,000 attributes takes minutes. A tag longer than any real one keeps its name.
    html = _LONG_TAG.sub(r"<\1", _INVALID_XML.sub("", html))
    data = html.encode("utf-8", "replace")
    if not data.strip():
        return None
    parser = HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        # Lifts libxml2's nesting limit from 256 to 2048 elements: past 256 it drops
        # the rest of the page, and real pages nest 300 deep.
        huge_tree=True,
    )
    try:
        tree = document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    # HTML forbids a link inside a link, and a browser closes the first at the second;
    # libxml2 nests them, and an unclosed <a> repeated holds the rest of the page,
    # which trafilatura's link-density test then reads once per link (seconds a MB).
    for link in [a for a in tree.iter("a") if next(a.iterdescendants("a"), None) is not None]:
        link.drop_tag()
    _drop_hover_cards(tree)
    for element in tree.iter():
        for name, value in element.attrib.items():
            if len(value) > _MAX_ATTRIBUTE:
                # Readability's class-name patterns, which trafilatura runs, take
                # seconds on a class attribute of a megabyte.
                element.set(name, value[:_MAX_ATTRIBUTE])
    return tree


# A pop-up inside a paragraph: a name's card of photo and links, shown on hover (The
# Hill's "rollover-people"); trafilatura cuts the paragraph at it and drops the rest.
_HOVER = (
    "contains(@class, 'rollover') or contains(@class, 'tooltip') or contains(@class, 'popover')"
    " or contains(@class, 'hovercard') or contains(@class, 'hover-card')"
)


def _drop_hover_cards(tree: HtmlElement) -> None:
    """Drop each innermost hover card with a picture from the paragraphs, keeping the
    text after it ("Rep. Ilhan Omar [card] (D-Minn.), the U.S. Attorney's Office ...")."""
    cards = tree.xpath(f"//*[@class][{_HOVER}]")  # one pass; a page has few or none
    if not cards:
        return
    marked = set(cards)
    for card in cards:
        if card.find(".//img") is None or any(d in marked for d in card.iterdescendants()):
            continue
        if any(a.tag == "p" for a in card.iterancestors()):
            card.drop_tree()


def _quiet() -> None:
    # trafilatura and htmldate log every page they find little in at ERROR level; with
    # no handler of their own, Python would print that on the user's terminal.
    for name in ("trafilatura", "htmldate", "courlan"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
            logger.propagate = False


def _main_text(tree: HtmlElement) -> str:
    import trafilatura

    page_size = len(_collapse(tree.text_content()))
    if not page_size:
        # Nothing to find (and justext, trafilatura's second opinion, takes seconds
        # on a tree nested 2,000 deep).
        return ""
    _quiet()
    captions = _captions(tree)
    document = trafilatura.bare_extraction(tree, favor_precision=True, **_OPTIONS)
    paragraphs = _paragraphs(getattr(document, "body", None), captions)
    size = sum(map(len, paragraphs))
    if size < _SHORT_TEXT:
        if size < _SHORT_SHARE * page_size:
            recall = trafilatura.bare_extraction(tree, favor_recall=True, **_OPTIONS)
            more = _paragraphs(getattr(recall, "body", None), captions)
            if sum(map(len, more)) > size:
                paragraphs, size = more, sum(map(len, more))
        if not paragraphs:
            _, raw, _ = trafilatura.baseline(tree)
            paragraphs = [p for p in map(_collapse, raw.split("\n")) if p]
    return "\n\n".join(paragraphs)


def _captions(tree: HtmlElement) -> dict[str, str]:
    """Each image's caption, by the image's address: trafilatura keeps the image only."""
    found: dict[str, str] = {}
    for figure in tree.iter("figure"):
        caption = next(figure.iter("figcaption"), None)
        if caption is None:
            continue
        text = _collapse(caption.text_content())
        if not text:
            continue
        for img in figure.iter("img"):
            for attr in ("src", "data-src"):
                src = img.get(attr)
                if src:
                    found.setdefault(src.strip(), text)
    return found


def _paragraphs(body: Any, captions: dict[str, str]) -> list[str]:
    if body is None:
        return []
    lead = _collapse(body.text or "")
    out: list[str] = [lead] if lead else []
    seen_captions: set[str] = set()
    _walk(body, out, captions, seen_captions)
    return out


def _walk(element: Any, out: list[str], captions: dict[str, str], seen: set[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == "graphic":
            caption = captions.get((child.get("src") or "").strip())
            if caption and caption not in seen:
                # A gallery prints each caption once per view: keep the first.
                seen.add(caption)
                out.append(caption if _LABELLED.match(caption) else _CAPTION_LABEL + caption)
        elif tag == "row":
            cells = [_inline(cell) for cell in child if isinstance(cell.tag, str)]
            line = " | ".join(c for c in cells if c)
            if line:
                out.append(f"| {line} |")
        elif tag in _BLOCKS and any(
            isinstance(c.tag, str) and (c.tag in _BLOCKS or c.tag == "graphic") for c in child
        ):
            # A container (a list, a table, a quote of paragraphs): its own loose text
            # first, then its blocks.
            lead = _collapse(child.text or "")
            if lead:
                out.append(lead)
            _walk(child, out, captions, seen)
        elif tag != "lb":
            lines = _lines(child)
            if tag == "item" and lines:
                lines[0] = "- " + lines[0]
            if lines:
                out.append("\n".join(lines))
        if tag != "graphic" and child.tail and _collapse(child.tail):
            out.append(_collapse(child.tail))


def _lines(element: Any) -> list[str]:
    """An element's lines: a ``<lb/>`` (a ``<br>`` on the page) ends one."""
    parts: list[str] = []
    _text_into(element, parts)
    return [line for line in map(_collapse, "".join(parts).split("\n")) if line]


def _inline(element: Any) -> str:
    """An element's text on one line (a table cell)."""
    return " ".join(_lines(element))


def _text_into(element: Any, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text.replace("\n", " "))
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.tag != "graphic":
            _text_into(child, parts)
        if child.tail:
            parts.append(child.tail.replace("\n", " "))
