"""Reporting periods: quarters ("the third quarter", "Q3 2019", "1989's fourth quarter",
"the September quarter") and halves ("the first half of 1990", "the first nine months of
the year"), and the words that make a quarter or a half a game's, not the calendar's."""

from __future__ import annotations

import re

from claimcheck.extraction.dates.context import _prev_words
from claimcheck.extraction.dates.spec import Spec

_M = re.Match[str]


_ORD_QUARTER = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,
    "last": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


_QUARTER_ENDING = {"march": 1, "june": 2, "september": 3, "december": 4}


# A quarter of a game ("scoring 24 points in the third quarter", "led 14-7 at halftime
# before ... the fourth quarter", "a fourth-quarter rally"): the sentence speaks of play or
# a score, and of no money or business figure, which keep "third-quarter profits" and
# "growth in the fourth quarter" the calendar's.
_PLAY = re.compile(
    r"\b(?i:points|pts|scor(?:e|es|ed|ing)|led|trail(?:ed|ing)|rall(?:y|ied)|half-?time"
    r"|touchdowns?|field\s+goals?|quarterbacks?|three-pointers?|free\s+throws?|rebounds?"
    r"|assists|interceptions?|fumbl(?:e|es|ed)|overtime|yards|baskets?|games?|win|won|victory"
    r"|tackles?|tackled|penalt(?:y|ies)|kick(?:s|ed|ing)?|scrums?|ball)\b"
    r"|\b(?:NBA|NFL|WNBA|NHL|NCAA|Super\s+Bowl)\b|\b(?i:first|second|third|final)\s+period\b"
    r"|(?<![\w.,$£€/-])[0-9]{1,3}-[0-9]{1,3}(?![\w%.,/-])"  # a score: "led 14-7"
)
_BUSINESS = re.compile(
    r"[$£€¥%]|\b(?i:profits?|sales|revenues?|earnings|income|turnover|output|growth|econom(?:y|ic)"
    r"|results|loss(?:es)?|surplus|deficit|inflation|prices|exports|imports|orders|dividends?"
    r"|gdp|shipments|production|investment|deliveries|operating|mergers?|acquisitions?"
    r"|compan(?:y|ies)|firms?|shares|stocks?|banks?|markets?|fiscal|index|percentage|basis"
    r"|rates?|yields?|bonds?|analysts?|investors?|unemployment|jobs|employment|spending"
    r"|borrowing|debt|wages|consumers?|retail|manufacturing|industry|sector|quarterly|dow"
    r"|nasdaq|ftse|nikkei|dax|benchmark)\b"
)


def a_game_quarter(text: str) -> bool:
    """Whether a quarter in ``text`` with no year is a game's, not the calendar's."""
    return _PLAY.search(text) is not None and _BUSINESS.search(text) is None


def _qord(m: _M, text: str) -> Spec | None:
    word = (m["qo"] or "").lower()
    n = _QUARTER_ENDING[m["qo_m"].lower()] if m["qo_m"] else _ORD_QUARTER[word]
    if m["qo_y"] or m["qo_y0"]:  # "the third quarter of 1989", "1989's third quarter"
        year = int(m["qo_y"] or m["qo_y0"])
        return Spec("quarter", "quarter", False, year=year, n=n)
    if m["qo_rel"] or m["qo_rel0"]:  # "... of last year", "last year's third quarter"
        shift = {"last": "y-1", "next": "y+1"}.get((m["qo_rel"] or m["qo_rel0"]).lower(), "y0")
        return Spec("quarter", "quarter", True, mod=shift, n=n)
    if not m["qo_m"] and a_game_quarter(text):
        return None  # "the Lakers pulled away in the second quarter"
    if word == "last":  # "last quarter" is the one before this one
        return Spec("relperiod", "quarter", True, mod="last", unit="quarter")
    return Spec("quarter", "quarter", True, n=n)


def _qn(m: _M, text: str) -> Spec:
    year = int(m["qn_y"]) if m["qn_y"] else 0
    return Spec("quarter", "quarter", not year, year=year, n=int(m["qn_n"]))


def _yq(m: _M, text: str) -> Spec:
    return Spec("quarter", "quarter", False, year=int(m["yq_y"]), n=int(m["yq_n"]))


_MONTH_COUNTS = {
    w: i for i, w in enumerate("two three four five six seven eight nine ten eleven".split(), 2)
}

# A bare "first half" is a reporting period only where the sentence is about business or
# figures, and not about a game: "the first half" of a match, a film or a decade otherwise.
_FIGURES = re.compile(
    r"[$£€¥]|\b(?i:profits?|sales|revenues?|earnings|income|turnover|output|growth|economy"
    r"|results|loss(?:es)?|surplus|inflation|prices|exports|imports|orders|dividends?"
    r"|gdp|shipments|production|investment|deliveries|operating|mergers?"
    r"|acquisitions?|takeovers?|compan(?:y|ies)|firms?|shares|stocks?|banks?|markets?"
    r"|fiscal|quarter)\b"
)
_GAME = re.compile(
    r"\b(?i:half[- ]?time|goals?|scor(?:e|ed|ing)|match(?:es)?|games?|penalt(?:y|ies)|minutes?"
    r"|kick(?:ed)?|tries|try|players?|coach|striker|referee|pitch|innings|wickets?|lead|led"
    r"|win|won|beat|defeat|points|film|movie|show|season|book|century|decade)\b"
)
# What follows a span of months that is not a reporting period: "the first six months
# after the birth", "the first three months in office".
_NOT_REPORTED_AFTER = re.compile(r"\s+(?:after|since|following|at|in\s+(?:office|power))\b")


def _half(m: _M, text: str) -> Spec | None:
    """ "the first half of 1990" (unit "half", n the half); "the first nine months of the
    year" (unit "months", n the count): the year's first days up to the end of that month."""
    if m["h_m"]:
        word = m["h_m"].lower()
        unit, n, gran = "months", _MONTH_COUNTS.get(word) or int(word), "month"
    else:
        unit, n, gran = "half", 1 if m["h_n"].lower() == "first" else 2, "year"
    if m["h_y"]:
        return Spec("half", gran, False, unit=unit, year=int(m["h_y"]), n=n)
    if m["h_rel"]:
        return Spec("half", gran, True, mod=m["h_rel"], unit=unit, n=n)
    prev = _prev_words(text, m.start())
    if prev and prev[-1] == "fiscal":
        return None  # "a fiscal first-half profit": the company's calendar, not known here
    if (
        _FIGURES.search(text) is None
        or _GAME.search(text) is not None
        or _NOT_REPORTED_AFTER.match(text, m.end())
    ):
        return None
    return Spec("half", gran, True, unit=unit, n=n)
