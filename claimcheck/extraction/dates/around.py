"""A day or a month counted from the date in view: "notified the commission the following
Monday" (after "on Nov. 17"), "no interest since the previous January" (before "October
1991"), as TimeML anchors them."""

from __future__ import annotations

import datetime as dt
import re

from claimcheck.extraction.dates.periods import month_iv
from claimcheck.extraction.dates.spec import Resolved, Spec
from claimcheck.models import Interval

_AROUND = re.compile(r"\b([Tt]he\s+(following|previous|preceding))\s+\Z")


def around(
    text: str, pos: int, spec: Spec, anchor: tuple[Interval, str] | None
) -> tuple[int, Resolved] | None:
    """Where "the following" or "the previous" before a weekday or a month at ``pos``
    starts, and the day or month it names: the first after the date in view, or the
    last before it. None when the words are not there or no date is in view."""
    if anchor is None or spec.family not in ("weekday", "month") or spec.mod:
        return None
    m = _AROUND.search(text, max(0, pos - 24), pos)
    if m is None:
        return None
    (first, last), _ = anchor
    later = m[2] == "following"
    if spec.family == "weekday":
        if later:
            day = last + dt.timedelta(days=1)
            day += dt.timedelta(days=(spec.n - day.weekday()) % 7)
        else:
            day = first - dt.timedelta(days=1)
            day -= dt.timedelta(days=(day.weekday() - spec.n) % 7)
        return m.start(1), Resolved((day, day))
    if later:
        year = last.year + (spec.month <= last.month)
    else:
        year = first.year - (spec.month >= first.month)
    return m.start(1), Resolved(month_iv(year, spec.month))
