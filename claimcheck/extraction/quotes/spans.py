"""Where quotations are: the spans between quotation marks, and a quote's part in one
sentence."""

from __future__ import annotations

import re

from claimcheck.models import Quote

QUOTE_CHARS = re.compile(r"[\"“”]")
OPENERS = frozenset('"“')


def has_quote_marks(text: str, start: int, end: int) -> bool:
    """Is there a quotation mark in ``text[start:end]``? Three substring searches (a
    memchr each) cost less than one pass of ``QUOTE_CHARS`` over a paragraph."""
    return (
        text.find('"', start, end) >= 0
        or text.find("“", start, end) >= 0
        or text.find("”", start, end) >= 0
    )


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted text (without the marks) inside ``text[start:end]``.

    An opening mark with no closing one runs to the end of the paragraph: that is how
    news copy continues a quote into the next paragraph.
    """
    spans = []
    opened: int | None = None
    for m in QUOTE_CHARS.finditer(text, start, end):
        mark = m.group()
        if opened is None:
            if mark != "”":
                opened = m.end()
        elif mark != "“":
            if m.start() > opened:
                spans.append((opened, m.start()))
            opened = None
    if opened is not None and end > opened:
        spans.append((opened, end))
    return spans


def quote_in(quotes: list[Quote], text: str, start: int, end: int) -> Quote | None:
    """The part of a paragraph's quotes inside one sentence, trimmed of marks and commas."""
    for q in quotes:  # in text order
        if q.start >= end:
            break
        s, e = max(q.start, start), min(q.end, end)
        if e - s < 3:
            continue
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip(' "“'))
        trimmed = chunk.strip(' "“”').rstrip(",")
        if len(trimmed.split(None, 1)) < 2:
            continue
        s += lead
        return Quote(text=trimmed, start=s, end=s + len(trimmed), speaker=q.speaker)
    return None
