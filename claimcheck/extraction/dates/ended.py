"""Reporting periods that end on a day: "the nine months ended Sept. 30", "the fiscal
fourth quarter ended Sept. 30" (a company's own calendar, not the calendar's quarter)."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extraction.dates.periods import shift
from claimcheck.models import DateSlot, Interval

# A reporting period and the day it ends: "the fiscal fourth quarter ended Sept. 30".
_ENDED = re.compile(
    r"(?:,?\s+(?:that|which)\s+(?:ended|ends|end|will\s+end)|\s+(?:ended|ending|ends|through))"
    r"\s+(?:on\s+)?"
)
_PERIOD_MONTHS = {"quarter": 3, "qtr": 3, "half": 6}


# A span of months named before the day it ended: "the nine months ended Sept. 30", "the
# fiscal year ended June 30, 1987", "the quarter that ended Dec. 31".
_MONTHS_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:fiscal\s+)?(?:(year)|(three|six|nine|twelve|3|6|9|12)"
    r"[\s-]+months?|(quarter)|(half))\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?\Z"
)
_SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}


def months_ended(
    text: str, pos: int, day: DateSlot, before: list[DateSlot], offset: int
) -> DateSlot | None:
    """The months up to a day, when the words before the day name them as a period that
    ended on it; None when they do not (or a date slot already holds them)."""
    m = _MONTHS_BEFORE.search(text, max(0, pos - 48), pos)
    if m is None or day.interval is None or (before and before[0].end - offset > m.start()):
        return None
    year, count, quarter, half = m.groups()
    months = 12 if year else 3 if quarter else 6 if half else _SPAN_MONTHS.get(count, 0)
    months = months or int(count)
    last = day.interval[0]
    return day._replace(
        text=text[m.start() : day.end - offset],
        start=m.start() + offset,
        interval=_months_to(last, months),
        granularity="year" if months == 12 else "quarter" if months == 3 else "month",
        ambiguous=False,
        readings=(),
    )


def ended_on(text: str, period: DateSlot, day: DateSlot, offset: int) -> DateSlot | None:
    """A quarter or half followed by the day it ended is the months up to that day, a
    company's own calendar: "the fiscal fourth quarter ended Sept. 30" is July to
    September, not the calendar's fourth quarter."""
    months = _PERIOD_MONTHS.get(period.text.rsplit(None, 1)[-1].lower())
    if months is None or day.interval is None:
        return None
    m = _ENDED.match(text, period.end - offset)
    if m is None or m.end() != day.start - offset:
        return None
    interval = _months_to(day.interval[0], months)
    return period._replace(interval=interval, ambiguous=False, readings=(), note=None)


def _months_to(last: dt.date, months: int) -> Interval:
    """The ``months`` whole months that end on ``last`` (a month's last day)."""
    return shift(last + dt.timedelta(days=1), "month", -months), last
