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


def _season(m: _M, text: str) -> Spec | None:
    mod = (m["se_mod"] or "").lower()
    name = m["se"]
    year = int(m["se_y"]) if m["se_y"] else 0
    if not year and name[0].isupper():
        return None  # "the Arab Spring", "Suddenly Last Summer": news writes seasons lower-case
    if m["se_rel"]:
        if mod not in ("", "early", "mid", "late"):
            return None
        return Spec(
            "season", "season", True, mod=REL_YEAR[m["se_rel"]], pre=mod, n=SEASONS[name.lower()]
        )
    if not mod and not year:
        prev = _prev_words(text, m.start())
        if prev and prev[-1] == "the":
            prev = prev[:-1]
        if not prev or prev[-1] not in _SEASON_CONTEXT:
            return None  # "prices fall", "the Arab Spring"
        if _next_word(text, m.end()) == "of":
            return None  # "since the fall of Rome", "the winter of discontent"
    pre = mod if mod in ("early", "mid", "late") else ""
    mod = "" if pre else ("last" if mod == "past" else mod)
    return Spec("season", "season", not year, mod=mod, pre=pre, year=year, n=SEASONS[name.lower()])
