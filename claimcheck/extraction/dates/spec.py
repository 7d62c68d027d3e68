"""What a date expression says, normalized (:class:`Spec`), and where it was placed
(:class:`Resolved`): the types shared by the readers of each pattern
(:mod:`~claimcheck.extraction.dates.readings`) and the calendar arithmetic
(:mod:`~claimcheck.extraction.dates.resolve`), with the notes a slot can carry.
"""

from __future__ import annotations

from typing import NamedTuple

from claimcheck.models import Interval

NOTE_PASS_DATE = "relative date: pass --date"
NOTE_EVENT = "relative to another event in the text"
NOTE_NO_SUCH_DAY = "no such day"
NOTE_OUT_OF_RANGE = "out of calendar range"
NOTE_ISLAMIC = "arithmetical Islamic calendar: the observed day may differ by one"
NOTE_WRONG_WEEKDAY = "the weekday given does not fall on this date"
NOTE_EVENT_DAY = "names an event: its year is not given"
NOTE_FISCAL = "fiscal period: the calendar's stands in"

# The part of a period a vague word names (a slot's ``part``; TIMEX3 START, MID, END).
PARTS = {
    "early": "start",
    "start": "start",
    "mid": "mid",
    "late": "end",
    "end": "end",
    "earlier": "earlier",
    "later": "later",
}


class Spec(NamedTuple):
    """One date expression, normalized: what it says, independent of where it was written.

    ``family`` picks the resolver; ``gran`` is the granularity reported whatever the
    outcome; ``relative`` is true when the expression needs the article date. The other
    fields are the family's parameters (0 or "" when unused).
    """

    family: str
    gran: str
    relative: bool
    mod: str = ""  # this / last / next / past / ... as written, lower-cased
    pre: str = ""  # early / mid / late / earlier / later, or end / start for "end of"
    unit: str = ""
    year: int = 0
    month: int = 0
    day: int = 0
    n: int = 0
    n2: int = 0


class Resolved(NamedTuple):
    """The outcome of :func:`resolve`; ``interval`` is None when the spec cannot be placed."""

    interval: Interval | None
    ambiguous: bool = False
    readings: tuple[Interval, ...] = ()
    note: str | None = None


# How a year named relative to the article's is kept in ``Spec.mod`` ("in June last year").
REL_YEAR = {"last": "y-1", "this": "y0", "next": "y+1"}
# ``Spec.pre`` of a run of time that hangs on another event ("the next two months" in a
# story of years ago, "the following three years", "the last six months of his life"):
# where the run starts is the event's: it follows a date the same sentence names ("in 2016
# ... the following two years": 2017-2018) when that date is no finer than the run's unit,
# and otherwise stays open (NOTE_EVENT) rather than be moved from the last date named.
WINDOW = "window"
