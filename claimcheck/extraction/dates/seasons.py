"""Seasons: "last summer", "in the spring", "the summer of 2018", "winter 2018"; and the
words that make "fall", "spring" or "Summer" something else ("the fall in prices", "the
Arab Spring")."""

from __future__ import annotations

import re

from claimcheck.extraction.dates.context import _next_word, _prev_words
from claimcheck.extraction.dates.patterns import SEASONS
from claimcheck.extraction.dates.spec import REL_YEAR, Spec

_M = re.Match[str]


_SEASON_CONTEXT = frozenset(
    "in during over since until till by through throughout before after for from of "
    "early mid late this last next".split()
)
# "fall" alone is the season only after the prepositions of a time: "blamed for the fall",
# "because of the fall", "recovered from the fall" speak of a decline.
_FALL_CONTEXT = frozenset("in during by until till through throughout over".split())
# The terms of a school year or a parliament that "the fall" names ("the fall semester"):
# they make "fall" the season with no preposition before it. ("a winter break", "summer
# holidays", "the summer season" stay none: a kind of time, not a date.)
_FALL_TERMS = frozenset("semester term session".split())
# "fall" is also a decline ("the fall in confidence", "a fall of 5%", "its fall from
# grace"): after a determiner, before the thing that fell, it is the noun, not the season.
_DECLINE_AFTER = frozenset("in of from to by on among across below".split())
_DETERMINERS = frozenset("the a an this that its their his her our any another further".split())
_NEXT_TWO = re.compile(r"\s+([A-Za-z]+)\s+(\S+)")


def _a_decline(mod: str, text: str, start: int, end: int) -> bool:
    """ "the fall in ballet attendance", "the fall of Saigon", "this fall in house prices":
    "fall" the noun of decline. "This fall in Paris" (a capital after "in") and "last fall
    in New York" (no determiner before) stay the season."""
    after = _NEXT_TWO.match(text, end)
    if after is None or after[1].lower() not in _DECLINE_AFTER:
        return False
    if after[1].lower() == "of":
        return True  # with no year after it (that would be "the fall of 2019")
    prev = _prev_words(text, start)
    if not (mod == "this" or (prev and prev[-1] in _DETERMINERS)):
        return False
    return not (mod and after[1] == "in" and after[2][:1].isupper())


def _said_as_a_time(name: str, text: str, start: int, end: int) -> bool:
    """A bare season ("summer", not "last summer") is one after a preposition of time ("in
    the summer", "by the autumn"), or for "the fall" before a term it names."""
    nxt = _next_word(text, end).lower()
    if nxt == "of":
        return False  # "since the fall of Rome", "the winter of discontent"
    prev = _prev_words(text, start)
    if prev and prev[-1] == "the":
        if name == "fall" and nxt in _FALL_TERMS:
            return True  # "the fall semester"
        prev = prev[:-1]
    return bool(prev) and prev[-1] in (_FALL_CONTEXT if name == "fall" else _SEASON_CONTEXT)


def _season(m: _M, text: str) -> Spec | None:
    mod = (m["se_mod"] or "").lower()
    name = m["se"]
    year = int(m["se_y"]) if m["se_y"] else 0
    if not year and name[0].isupper():
        return None  # "the Arab Spring", "Suddenly Last Summer": news writes seasons lower-case
    if not year and name == "fall" and _a_decline(mod, text, m.start(), m.end()):
        return None
    if m["se_rel"]:
        if mod not in ("", "early", "mid", "late"):
            return None
        return Spec(
            "season", "season", True, mod=REL_YEAR[m["se_rel"]], pre=mod, n=SEASONS[name.lower()]
        )
    if not mod and not year and not _said_as_a_time(name, text, m.start(), m.end()):
        return None  # "prices fall", "the winter of discontent", "a winter break"
    pre = mod if mod in ("early", "mid", "late") else ""
    mod = "" if pre else ("last" if mod == "past" else mod)
    return Spec("season", "season", not year, mod=mod, pre=pre, year=year, n=SEASONS[name.lower()])
