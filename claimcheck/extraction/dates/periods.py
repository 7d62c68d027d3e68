"""Calendar periods as inclusive intervals of days: months, ISO weeks, quarters,
meteorological seasons, decades and centuries, and moving a day or a period by whole
units (clamping the day in month arithmetic)."""

from __future__ import annotations

import calendar
import datetime as dt

from claimcheck.models import Interval


def month_iv(year: int, month: int) -> Interval:
    """The whole calendar month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_iv(year: int) -> Interval:
    """The whole calendar year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_iv(day: dt.date) -> Interval:
    """The ISO week (Monday to Sunday) holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def quarter_iv(year: int, q: int) -> Interval:
    """Calendar quarter ``q`` (1-4) of ``year``."""
    first = 3 * q - 2
    return dt.date(year, first, 1), month_iv(year, first + 2)[1]


def season_iv(year: int, idx: int) -> Interval:
    """Meteorological season ``idx`` (0 spring .. 3 winter); winter ``year`` starts in December."""
    first = 3 + 3 * idx
    if idx == 3:
        return dt.date(year, 12, 1), month_iv(year + 1, 2)[1]
    return dt.date(year, first, 1), month_iv(year, first + 2)[1]


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) shifted by ``k`` months."""
    t = year * 12 + month - 1 + k
    return t // 12, t % 12 + 1


def years_iv(first: int, length: int) -> Interval:
    """A run of years: a decade (10) or a century (100) from ``first``."""
    # max(): the first century starts in year 1; there is no year 0 in the calendar.
    return dt.date(max(first, 1), 1, 1), dt.date(first + length - 1, 12, 31)


def shift(p: dt.date, unit: str, k: int) -> dt.date:
    """``p`` moved by ``k`` units, clamping the day for month arithmetic (Mar 31 - 1 month)."""
    if unit == "day":
        return p + dt.timedelta(days=k)
    if unit == "week":
        return p + dt.timedelta(days=7 * k)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit] * k
    y, m = add_months(p.year, p.month, months)
    return dt.date(y, m, min(p.day, calendar.monthrange(y, m)[1]))


def shift_interval(iv: Interval, gran: str, unit: str, k: int) -> Interval:
    """``iv`` (of granularity ``gran``) moved by ``k`` units: "a year earlier" than the
    third quarter of 2019 is the third quarter of 2018; whole months stay whole."""
    first, last = shift(iv[0], unit, k), shift(iv[1], unit, k)
    if unit != "day" and unit != "week" and gran not in ("day", "week"):
        last = month_iv(last.year, last.month)[1]
    return first, last


def edge_iv(first: bool, n: int, unit: str, whole: Interval) -> Interval:
    """The first (or last) ``n`` days, weeks or months of ``whole`` (a year or a month):
    "the last six months of 2017" is 1 July to 31 December 2017."""
    start, end = whole
    if unit == "month":
        if first:
            y, m = add_months(start.year, start.month, n - 1)
            return start, month_iv(y, m)[1]
        y, m = add_months(end.year, end.month, 1 - n)
        return dt.date(y, m, 1), end
    span = dt.timedelta(days=n * (7 if unit == "week" else 1) - 1)
    if first:
        return start, min(start + span, end)
    return max(end - span, start), end
