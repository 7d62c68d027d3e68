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


def orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = (d + e + 114) // 31, (d + e + 114) % 31 + 1
    julian_gap = year // 100 - year // 400 - 2  # 13 days from 1900 to 2099
    return dt.date(year, month, day) + dt.timedelta(days=julian_gap)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n = -1`` is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


# The tabular (arithmetical) Islamic calendar, civil epoch: 1 Muharram AH 1 is 19 July 622
# in the proleptic Gregorian calendar.
_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()


def hijri_to_date(year: int, month: int, day: int) -> dt.date:
    days = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(_HIJRI_EPOCH - 1 + days)


def _hijri_in(year: int, month: int, day: int) -> tuple[int, dt.date]:
    """The Hijri year and the first date in Gregorian ``year`` that is ``day`` ``month``."""
    guess = int((year - 622) * 33 / 32)
    for h in range(guess - 1, guess + 3):
        d = hijri_to_date(h, month, day)
        if d.year == year:
            return h, d
    raise ValueError(f"no Hijri {month}/{day} in {year}")


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
    "guy fawkes night": (11, 5),
    "st patrick's day": (3, 17),
    "st george's day": (4, 23),
    "st andrew's day": (11, 30),
    "st david's day": (3, 1),
    "burns night": (1, 25),
    "independence day": (7, 4),
    "veterans day": (11, 11),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "bastille day": (7, 14),
    "may day": (5, 1),
    "all saints' day": (11, 1),
    "earth day": (4, 22),
}
# month, weekday (Monday 0), which one (-1: the last): US federal holidays and the like.
_NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4),
    "martin luther king day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
    "father's day": (6, 6, 3),
    "remembrance sunday": (11, 6, 2),  # Britain's: the second Sunday of November
}
_AFTER_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
# Hijri month and day of the first day, and the length in days.
_ISLAMIC: dict[str, tuple[int, int, int]] = {
    "ramadan": (9, 1, 0),  # the whole month: to the day before 1 Shawwal
    "eid al-fitr": (10, 1, 1),
    "eid al-adha": (12, 10, 1),
    "islamic new year": (1, 1, 1),
}
_EASTER_OFFSETS: dict[str, tuple[int, int]] = {
    "easter": (0, 0),  # Easter Sunday, as Duckling and TimeML read it (not the weekend)
    "easter sunday": (0, 0),
    "easter day": (0, 0),
    "easter monday": (1, 1),
    "good friday": (-2, -2),
    "holy saturday": (-1, -1),
    "maundy thursday": (-3, -3),
    "palm sunday": (-7, -7),
    "mothering sunday": (-21, -21),
    "ash wednesday": (-46, -46),
    "shrove tuesday": (-47, -47),
    "lent": (-46, -1),
    "ascension day": (39, 39),
    "pentecost": (49, 49),
    "whit monday": (50, 50),
    "trinity sunday": (56, 56),
    "corpus christi": (60, 60),
}
# Written forms that name the same day.
_ALIASES = {
    "thanksgiving day": "thanksgiving",
    "new year's": "new year's day",
    "mlk day": "martin luther king day",
    "martin luther king jr. day": "martin luther king day",
    "martin luther king jr day": "martin luther king day",
    "presidents day": "presidents' day",
    "president's day": "presidents' day",
    "labour day": "may day",
    "saint patrick's day": "st patrick's day",
    "st. patrick's day": "st patrick's day",
    "holy thursday": "maundy thursday",
    "pancake day": "shrove tuesday",
    "mardi gras": "shrove tuesday",
    "whit sunday": "pentecost",
    "whitsunday": "pentecost",
    "veterans' day": "veterans day",
    "eid ul-fitr": "eid al-fitr",
    "eid al fitr": "eid al-fitr",
    "eid ul-adha": "eid al-adha",
    "eid al adha": "eid al-adha",
}
ISLAMIC = frozenset(_ISLAMIC)
KNOWN = frozenset(
    [*_ALIASES, *_FIXED_HOLIDAYS, *_EASTER_OFFSETS, *_NTH_WEEKDAY, *_AFTER_THANKSGIVING]
    + [*_ISLAMIC, "orthodox easter", "election day"]
)


_ALIASES["valentine day"] = "valentine's day"
# Apostrophes are optional in writing ("New Years Eve", "Presidents Day").
_PLAIN = {k.replace("'", ""): _ALIASES.get(k, k) for k in KNOWN}


def canonical(written: str) -> str:
    """The key of a holiday as written: "Eid ul-Fitr" -> "eid al-fitr"."""
    key = " ".join(written.lower().replace("’", "'").split())
    key = "halloween" if key.startswith("hallowe") else key
    return _PLAIN.get(key.replace("'", ""), key)


def holiday_iv(key: str, year: int) -> Interval:
    """The day(s) of a named holiday (a :func:`canonical` key) in ``year``."""
    if key in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[key]
        d = dt.date(year, month, day)
        return d, d
    if key in _NTH_WEEKDAY:
        d = nth_weekday(year, *_NTH_WEEKDAY[key])
        return d, d
    if key == "election day":  # the US one: the Tuesday after the first Monday of November
        d = nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
        return d, d
    if key in _AFTER_THANKSGIVING:
        d = nth_weekday(year, 11, 3, 4) + dt.timedelta(days=_AFTER_THANKSGIVING[key])
        return d, d
    if key in _ISLAMIC:
        month, day, length = _ISLAMIC[key]
        h, first = _hijri_in(year, month, day)
        if length:
            return first, first + dt.timedelta(days=length - 1)
        return first, hijri_to_date(h, month + 1, 1) - dt.timedelta(days=1)
    if key == "orthodox easter":
        d = orthodox_easter(year)
        return d, d
    lo, hi = _EASTER_OFFSETS[key]
    sunday = easter(year)
    return sunday + dt.timedelta(days=lo), sunday + dt.timedelta(days=hi)
