"""Numeric dates: ISO "2019-03-05" (and "2018.04.05", "2018/4/5"), "05.04.2018" (day first,
month first kept when it may be) and "15/2/2019", "3/4/19", "on 2/15" with both the US
(month first) and UK (day first) readings kept when both are days; fractions, scores,
betting odds and names like "9/11" are not dates."""

from __future__ import annotations

import re

from claimcheck.extraction.dates.context import _prev_words
from claimcheck.extraction.dates.spec import Spec

_M = re.Match[str]


def _iso(m: _M, text: str) -> Spec:
    y, mo, day = int(m["iso_y"]), int(m["iso_m"] or m["iso_m2"]), int(m["iso_d"] or m["iso_d2"])
    return Spec("ymd", "day", False, year=y, month=mo, day=day)


def _dotted(m: _M, text: str) -> Spec | None:
    """ "05.04.2018": day first, as it is written where dots are (Europe); when both
    numbers could be the month, month first is kept as the other reading, ambiguous, as
    for "3/4/2019"."""
    a, b = int(m["dt_a"]), int(m["dt_b"])
    day_first, month_first = 1 <= b <= 12 and 1 <= a <= 31, 1 <= a <= 12 and 1 <= b <= 31
    if not (day_first or month_first):
        return None
    year = int(m["dt_y"])
    return Spec(
        "numeric", "day", False, year=year, month=b, day=a, n=int(day_first), n2=int(month_first)
    )


# A bare "2/15" is a date only after a word that introduces one; some pairs are names.
_NUMERIC_CONTEXT = frozenset("on since until till by from before after through dated".split())
_NUMERIC_NAMES = frozenset({"9/11", "7/7", "24/7", "1/2", "1/3", "1/4", "2/3", "3/4"})


_ODDS_AFTER = re.compile(
    r"\s*(?:(?:to|-)\s*[0-9]+/[0-9]+|(?:favourite|favorite|odds|shot|on|against|chance)\b)"
)


def _numeric(m: _M, text: str) -> Spec | None:
    """ "2/15", "15/2/2019", "3/4/19": month first (US) or day first (UK); both readings
    are kept when both are possible. A two-digit year is placed by the resolver."""
    a, b = int(m["nu_a"]), int(m["nu_b"])
    us, uk = 1 <= a <= 12 and 1 <= b <= 31, 1 <= b <= 12 and 1 <= a <= 31
    if not (us or uk):
        return None
    year = m["nu_y"] or ""
    if not year:
        if f"{a}/{b}" in _NUMERIC_NAMES or _prev_words(text, m.start())[-1:] == []:
            return None
        if _prev_words(text, m.start())[-1] not in _NUMERIC_CONTEXT:
            return None  # "a 3/4 majority", "won 6/4"
        if _ODDS_AFTER.match(text, m.end()):
            return None  # "from 4/1 to 5/2 favourite": betting odds
    unit = "yy" if len(year) == 2 else ""
    y = int(year) if year else 0
    return Spec(
        "numeric",
        "day",
        not year or bool(unit),
        unit=unit,
        year=y,
        month=a,
        day=b,
        n=int(us),
        n2=int(uk),
    )
