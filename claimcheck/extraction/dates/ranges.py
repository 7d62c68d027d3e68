"""Runs of days or months ("July 13-15", "between March and May") and positions inside
a month ("the first week of October", "the last Friday in May"): a pattern's match read
as a :class:`~claimcheck.extraction.dates.spec.Spec`."""

from __future__ import annotations

import re

from claimcheck.extraction.dates.context import _month_num
from claimcheck.extraction.dates.patterns import WEEKDAYS
from claimcheck.extraction.dates.spec import Spec

_M = re.Match[str]


def _range(m: _M, text: str, first: str, day: str, last: str, end: str, year: str) -> Spec | None:
    """A run of days or months; the year, when written, is the year of the end."""
    m1 = _month_num(m, first)
    m2 = _month_num(m, last) if (m[last] or m[last + "a"]) else m1
    d1, d2 = (int(m[day]), int(m[end])) if day else (0, 0)
    if (m2, d2) == (m1, d1) or (m2 == m1 and d2 < d1):
        return None  # "July 15-13": not a run of days
    y = int(m[year]) if m[year] else 0
    gran = "day" if day else "month"
    return Spec("range", gran, not y, year=y, month=m1, day=d1, n=m2, n2=d2)


def _mdr(m: _M, text: str) -> Spec | None:
    return _range(m, text, "mr_m", "mr_d", "mr_m2", "mr_d2", "mr_y")


def _dmr(m: _M, text: str) -> Spec | None:
    if m["dr_m"] in ("may", "march") and not m["dr_y"]:
        return None
    return _range(m, text, "dr_m", "dr_d", "dr_m", "dr_d2", "dr_y")


def _mrange(m: _M, text: str) -> Spec | None:
    return _range(m, text, "mg_m", "", "mg_m2", "", "mg_y")


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
_NTH.update({"1st": 1, "2nd": 2, "3rd": 3, "4th": 4})


def _nth(m: _M, text: str) -> Spec:
    """ "the first week of October", "the last day of March", "the second Tuesday in May"."""
    unit = m["nt_u"]
    which = _NTH[m["nt_o"].lower()]
    year = int(m["nt_y"]) if m["nt_y"] else 0
    weekday = WEEKDAYS.get(unit, -1)
    gran = "week" if unit == "week" else "day"
    kind = "week" if unit == "week" else "day" if unit == "day" else "weekday"
    return Spec(
        "nth",
        gran,
        not year,
        unit=kind,
        year=year,
        month=_month_num(m, "nt_m"),
        day=weekday,
        n=which,
    )
