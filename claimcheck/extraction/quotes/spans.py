"""Where quotations are: the spans between quotation marks, and a quote's part in one
sentence."""

from __future__ import annotations

import re

from claimcheck.models import Quote

# Double marks, and two single ones as some wires write them ("‘‘...’’", "“...’’").
QUOTE_CHARS = re.compile(r"[\"“”]|’’|‘‘|''")
OPENERS = frozenset('"“')


def has_quote_marks(text: str, start: int, end: int) -> bool:
    """Is there a quotation mark in ``text[start:end]``? Three substring searches (a
    memchr each) cost less than one pass of ``QUOTE_CHARS`` over a paragraph."""
    return (
        text.find('"', start, end) >= 0
        or text.find("“", start, end) >= 0
        or text.find("”", start, end) >= 0
        or text.find("’’", start, end) >= 0
    )


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted text (without the marks) inside ``text[start:end]``.

    An opening mark with no closing one runs to the end of the paragraph, or to the next
    opening mark: that is how news copy continues a quote into the next paragraph
    ('... new media. "When they can't stop it ..."' once the paragraphs are run
    together). A straight mark opens after a space and before a word, and closes after
    a word.
    """
    spans = []
    opened: int | None = None
    for m in QUOTE_CHARS.finditer(text, start, end):
        at = m.start()
        opening = _opening(text, at, start, end)
        if opened is None:
            if opening is not False:
                opened = m.end()
            continue
        if at > opened:
            spans.append((opened, at))
        opened = m.end() if opening else None
    if opened is not None and end > opened:
        spans.append((opened, end))
    return spans


def _opening(text: str, at: int, start: int, end: int) -> bool | None:
    """Whether the mark at ``at`` opens a quote (True), closes one (False), or its place
    does not say (None: it opens when no quote is open, else it closes)."""
    mark = text[at]
    if mark != '"':
        return mark in "“‘"
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if (before.isspace() or before in "([{—–") and not (after.isspace() or after in ".,;:!?)"):
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return False
    return None


def quote_in(quotes: list[Quote], text: str, start: int, end: int) -> Quote | None:
    """The part of a paragraph's quotes inside one sentence, trimmed of marks and commas:
    of a quote the speaker's cue splits ('"For instance," he said, "older people ..."'),
    the longest piece, which carries what can be checked. A piece of one word only
    when the quote began in a sentence before ('"Nobody saw this coming. Nobody," said
    Rep. Peter King')."""
    best: Quote | None = None
    for q in quotes:  # in text order
        if q.start >= end:
            break
        s, e = max(q.start, start), min(q.end, end)
        if e - s < 3:
            continue
        chunk = text[s:e]
        marks = " " if q.reported else ' "“”'  # reported words keep the quotes inside them
        lead = len(chunk) - len(chunk.lstrip(marks))
        trimmed = chunk.strip(marks).rstrip(",")
        if not trimmed or len(trimmed.split(None, 1)) < 2 and q.start >= start:
            continue  # a word alone is no quote, but the end of one begun before is
        s += lead
        if best is None or (q.speaker == best.speaker and len(trimmed) > len(best.text)):
            best = q._replace(text=trimmed, start=s, end=s + len(trimmed))
    return best
