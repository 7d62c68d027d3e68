"""The words around a date expression, which say whether it is one ("Theresa May", "the
Sunday Times") and how it reads ("said Monday")."""

from __future__ import annotations

import re

from claimcheck.extraction.dates.patterns import MONTHS

_SPEECH = frozenset(
    "said says told announced added confirmed revealed wrote tweeted reported stated "
    "insisted warned claimed argued explained denied admitted declared disclosed noted "
    "posted".split()
)


def _after_speech_verb(text: str, start: int, end: int) -> bool:
    before = _prev_words(text, start)
    if before and before[-1] == "on":
        before = before[:-1]
    return bool(before and before[-1] in _SPEECH) or _next_word(text, end).lower() in _SPEECH


_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")


def _prev_words(text: str, start: int) -> list[str]:
    """Up to three lower-cased words just before ``start`` (punctuation kept, so a comma
    in between breaks the context)."""
    return text[max(0, start - 40) : start].lower().split()[-3:]


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end)
    return m.group(1).rstrip("'’") if m else ""  # "the Sunday Times' list"


def _sentence_initial(text: str, start: int) -> bool:
    """Capitalized because it starts the sentence, a quote or a bracket."""
    head = text[:start].rstrip()
    return not head or head[-1] in ".!?\"'“‘(:—–-"


def _month_num(m: re.Match[str], g: str) -> int:
    """The month a pattern's month group ``g`` (or its abbreviation ``ga``) names."""
    return MONTHS[m.group(g) or m.group(g + "a")]
