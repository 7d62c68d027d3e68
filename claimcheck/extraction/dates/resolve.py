"""Calendar arithmetic behind :mod:`claimcheck.extraction.dates.find`: turn a parsed
expression into an interval.

A :class:`Spec` is the normalized form of one date expression ("last June" becomes
``Spec("month", "month", True, mod="last", month=6)``); :func:`resolve` places it in time
against the article's publication date. Specs are small hashable tuples so that
resolution can be cached: a news corpus repeats "last year" and "on Monday" endlessly.

Conventions (news usage, northern hemisphere):

* past unless the sentence is in the future tense; ``future`` picks the next occurrence;
* weeks are ISO weeks, Monday to Sunday; a weekend is Saturday and Sunday at day granularity;
* seasons are meteorological: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb;
* a vague part of a period ("early 2019", "mid-March", "the end of the year") is the whole
  period, as TimeML's TIMEX3 gives it (value and mod): the part is named beside the
  interval (``PARTS`` in :mod:`~claimcheck.extraction.dates.spec`), its bounds are not
  guessed;
* "the 20th century" is 1900-1999 (the popular reading, not the pedantic 1901-2000).
"""

from __future__ import annotations

import datetime as dt
import functools

from claimcheck.extraction.dates.holidays import ISLAMIC, holiday_iv, nth_weekday
from claimcheck.extraction.dates.periods import (
    add_months,
    edge_iv,
    month_iv,
    quarter_iv,
    season_iv,
    shift,
    week_iv,
    year_iv,
    years_iv,
)
from claimcheck.extraction.dates.spec import (
    NOTE_EVENT,
    NOTE_ISLAMIC,
    NOTE_NO_SUCH_DAY,
    NOTE_OUT_OF_RANGE,
    NOTE_PASS_DATE,
    NOTE_WRONG_WEEKDAY,
    Resolved,
    Spec,
)
from claimcheck.models import Interval

_DAY = dt.timedelta(days=1)


# ---------------------------------------------------------------- choosing an occurrence


def _distance(iv: Interval, p: dt.date) -> int:
    return 0 if iv[0] <= p <= iv[1] else min(abs((iv[0] - p).days), abs((iv[1] - p).days))


def _nearest(past: Resolved, ahead: Resolved, p: dt.date | None) -> Resolved:
    """The reading nearer ``p``, ambiguous with both when they differ (ties look back)."""
    a, b = past.interval, ahead.interval
    if a is None or b is None or p is None or a == b or past.ambiguous or ahead.ambiguous:
        return past
    if _distance(b, p) < _distance(a, p):
        return Resolved(b, True, (b, a), ahead.note)
    return Resolved(a, True, (a, b), past.note)


def _past_or_future(cands: list[Interval], p: dt.date, future: bool) -> Interval:
    """The most recent candidate starting on or before ``p``, or the first ending on or after."""
    if future:
        return min(c for c in cands if c[1] >= p)
    return max(c for c in cands if c[0] <= p)


def _last(recent: Interval, prev_year: Interval, p: dt.date) -> Resolved:
    """ "last June" in October: June of this year or of last year?

    ``recent`` is the latest occurrence over before ``p``, ``prev_year`` the one of the
    previous calendar year. When they differ the expression is ambiguous and last year's
    is preferred: for this year's the writer would have said "in June".
    """
    if recent == prev_year or prev_year[1] >= p:  # "last winter" in January: not the current one
        return Resolved(recent)
    return Resolved(prev_year, True, (prev_year, recent))


def _yearly(iv_of: functools.partial[Interval], s: Spec, p: dt.date, future: bool) -> Resolved:
    """Something that happens once a year (a month, a date, a holiday, a quarter, a season).

    ``s.mod`` "y-1", "y0", "y+1" name the year relative to the article's ("in June last
    year", "the third quarter of next year").
    """
    y = p.year
    if s.year:
        return Resolved(iv_of(s.year))
    if s.mod.startswith("y"):
        return Resolved(iv_of(y + int(s.mod[1:])))
    cands = [iv_of(y - 1), iv_of(y), iv_of(y + 1)]
    if s.mod == "this":
        return Resolved(iv_of(y))
    if s.mod in ("next", "coming"):
        return Resolved(min(c for c in cands if c[0] > p))
    if s.mod in ("last", "past"):
        recent = max(c for c in [iv_of(y - 2), *cands] if c[1] < p)
        return _last(recent, iv_of(y - 1), p)
    return Resolved(_past_or_future(cands, p, future))


def _month_of(month: int, year: int) -> Interval:
    return month_iv(year, month)


def _season_of(idx: int, year: int) -> Interval:
    return season_iv(year, idx)


def _quarter_of(q: int, year: int) -> Interval:
    return quarter_iv(year, q)


def _holiday_of(key: str, year: int) -> Interval:
    return holiday_iv(key, year)


# ---------------------------------------------------------------- resolvers per family


def _md(s: Spec, p: dt.date, future: bool) -> Resolved:
    # Feb 29 needs a leap year: look a few years either way rather than fail.
    cands: list[Interval] = []
    for y in range(p.year - 8, p.year + 9):
        try:
            d = dt.date(y, s.month, s.day)
        except ValueError:
            continue
        cands.append((d, d))
    if not cands:
        return Resolved(None, note=NOTE_NO_SUCH_DAY)
    if s.mod.startswith("y"):  # "July 2 last year"
        year = p.year + int(s.mod[1:])
        named = [c for c in cands if c[0].year == year]
        return Resolved(named[0]) if named else Resolved(None, note=NOTE_NO_SUCH_DAY)
    if s.n:  # "Sunday, Feb 10": the year whose Feb 10 is a Sunday, nearest the article
        named = [c for c in cands if c[0].weekday() == s.n - 1]
        if named:
            return Resolved(min(named, key=lambda c: abs((c[0] - p).days)))
    return Resolved(_past_or_future(cands, p, future))


def _run_of(s: Spec, year: int) -> Interval:
    """The run of days (or months) of ``s`` starting in ``year``; "Dec 28 - Jan 3" ends
    in the next year."""
    start = dt.date(year, s.month, s.day or 1)
    end_year = year if (s.n, s.n2 or 1) >= (s.month, s.day or 1) else year + 1
    end = dt.date(end_year, s.n, s.n2) if s.n2 else month_iv(end_year, s.n)[1]
    return start, end


def _range(s: Spec, p: dt.date, future: bool) -> Resolved:
    if s.year:  # the year written is the end's: "28 Dec - 3 Jan 2020" starts in 2019
        iv = _run_of(s, s.year)
        if iv[1].year != s.year:
            iv = _run_of(s, s.year - 1)
        return Resolved(iv)
    return _yearly(functools.partial(_run_of, s), Spec("range", s.gran, True), p, future)


def _numeric(s: Spec, p: dt.date, future: bool) -> Resolved:
    """ "3/4/2019": March 4 read US-style first, April 3 UK-style second; ambiguous when
    both are days. "15/2/2019" can only be 15 February."""
    orders = [(s.month, s.day)] if s.n else []
    if s.n2 and s.month != s.day:
        orders.append((s.day, s.month))
    year = s.year
    if s.unit == "yy":  # "3/3/94" is 1994 and "3/3/15" 2015 in a 2013 article
        year = 2000 + year if 2000 + year <= p.year + 10 else 1900 + year
    found: list[Interval] = []
    for month, day in orders:
        if year:
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            found.append((d, d))
        else:
            iv = _md(Spec("md", "day", True, month=month, day=day), p, future).interval
            if iv is not None:
                found.append(iv)
    if not found:
        return Resolved(None, note=NOTE_NO_SUCH_DAY)
    if len(found) == 1:
        return Resolved(found[0])
    return Resolved(found[0], True, tuple(found))


def _nth_of(s: Spec, year: int) -> Interval:
    """The ``s.n``-th (-1: last) week, day or weekday of month ``s.month`` of ``year``.
    Weeks are the whole Monday-to-Sunday weeks inside the month."""
    first, last = month_iv(year, s.month)
    if s.unit == "day":
        d = first + dt.timedelta(days=s.n - 1) if s.n > 0 else last
        return d, d
    if s.unit == "weekday":
        d = nth_weekday(year, s.month, s.day, s.n)
        return d, d
    if s.n > 0:
        monday = nth_weekday(year, s.month, 0, s.n)
    else:
        monday = last - dt.timedelta(days=6)
        monday -= dt.timedelta(days=monday.weekday())
    return monday, monday + dt.timedelta(days=6)


def _nth(s: Spec, p: dt.date, future: bool) -> Resolved:
    if s.year:
        return Resolved(_nth_of(s, s.year))
    return _yearly(functools.partial(_nth_of, s), Spec("nth", s.gran, True), p, future)


def _reported(s: Spec, p: dt.date, future: bool) -> Resolved:
    """ "earned $5m in the quarter", "sales for the year": the article's period, or, looking
    back, the one just over when the article's has barely begun (and a quarter's results
    are reported after it ends). Both are kept when they differ."""
    this = _period(s.unit, "this", p, future)
    if future:
        return Resolved(this)
    last = _period(s.unit, "last", p, future)
    if s.unit == "quarter":  # reported in the two months after it ends
        if p < this[0] + dt.timedelta(days=61):
            return Resolved(last)
        return Resolved(last, True, (last, this))
    if p < this[0] + (this[1] - this[0]) / 6:  # "sales for the year" in January
        return Resolved(last, True, (last, this))
    return Resolved(this)


def _weekday(s: Spec, p: dt.date, future: bool) -> Resolved:
    back = (p.weekday() - s.n) % 7
    ahead = (s.n - p.weekday()) % 7
    monday = week_iv(p)[0]
    if s.mod in ("last", "next"):
        # "next Friday" on a Tuesday: the coming one, or the one of next week? Both are
        # kept; the week's reading is preferred ("this Friday" names the coming one).
        step = 7 if s.mod == "next" else -7
        nearest = p + dt.timedelta(days=(ahead or 7) if step > 0 else -(back or 7))
        of_week = monday + dt.timedelta(days=step + s.n)
        if nearest == of_week:
            return Resolved((nearest, nearest))
        return Resolved((of_week, of_week), True, ((of_week, of_week), (nearest, nearest)))
    if s.mod in ("past", "this past"):
        d = p - dt.timedelta(days=back or 7)
    elif s.mod in ("coming", "this coming"):
        d = p + dt.timedelta(days=ahead or 7)
    elif s.mod == "this":  # the one in the article's own (ISO) week, or the coming one
        d = monday + dt.timedelta(days=s.n)
        if future and d < p:
            d += dt.timedelta(days=7)
    elif future:
        d = p + dt.timedelta(days=ahead)
    else:
        d = p - dt.timedelta(days=back)
    return Resolved((d, d))


def _weekend(mod: str, p: dt.date, future: bool) -> Interval:
    sat = week_iv(p)[0] + dt.timedelta(days=5)
    if mod == "next":
        sat += dt.timedelta(days=7)
    elif mod in ("last", "past"):
        sat -= dt.timedelta(days=7)
    elif p.weekday() < (5 if mod == "the" else 2) and not future:
        # "this weekend" in a past-tense Monday or Tuesday story is the one just gone;
        # "over the weekend" looking back, on any weekday.
        sat -= dt.timedelta(days=7)
    return sat, sat + _DAY


# How many periods from the article's a relative period lies ("the weekend": this one).
_STEP = {"this": 0, "the": 0, "current": 0, "last": -1, "past": -1, "next": 1, "coming": 1}


def _relperiod(s: Spec, p: dt.date, future: bool) -> Resolved:
    step = _STEP[s.mod]
    unit = s.unit
    if unit == "weekend":
        return Resolved(_weekend(s.mod, p, future))
    if unit == "week":
        iv = week_iv(p + dt.timedelta(days=7 * step))
    elif unit == "month":
        iv = month_iv(*add_months(p.year, p.month, step))
    elif unit == "quarter":
        y, m = add_months(p.year, p.month, 3 * step)
        iv = quarter_iv(y, (m - 1) // 3 + 1)
    elif unit == "year":
        iv = year_iv(p.year + step)
    elif unit == "decade":
        first = p.year // 10 * 10 + 10 * step
        iv = years_iv(first, 10)
    else:  # century
        first = p.year // 100 * 100 + 100 * step
        iv = years_iv(first, 100)
    return Resolved(iv)


def _rolling(s: Spec, p: dt.date, future: bool) -> Resolved:
    if s.mod in ("next", "coming"):
        return Resolved((p, shift(p, s.unit, s.n)))
    return Resolved((shift(p, s.unit, -s.n), p))


def _ago(s: Spec, p: dt.date, future: bool) -> Resolved:
    lo, hi = s.n, s.n2 or s.n
    far, near = shift(p, s.unit, -hi), shift(p, s.unit, -lo)
    if s.unit == "day":
        return Resolved((far, near))
    if s.unit == "week":
        return Resolved((week_iv(far)[0], week_iv(near)[1]))
    if s.unit == "month":
        return Resolved((month_iv(far.year, far.month)[0], month_iv(near.year, near.month)[1]))
    if s.unit == "year":
        return Resolved((dt.date(far.year, 1, 1), dt.date(near.year, 12, 31)))
    # "two decades ago" is vague by half a unit either way; never reach past the article.
    half = 5 if s.unit == "decade" else 50
    last = min(near.year + half - 1, p.year)
    return Resolved((dt.date(far.year - half, 1, 1), dt.date(last, 12, 31)))


def _ahead(s: Spec, p: dt.date, future: bool) -> Resolved:
    """ "in three weeks", "two years from now": the unit that holds the day that far ahead,
    the mirror of "ago"."""
    lo, hi = s.n, s.n2 or s.n
    near, far = shift(p, s.unit, lo), shift(p, s.unit, hi)
    if s.unit == "day":
        return Resolved((near, far))
    if s.unit == "week":
        return Resolved((week_iv(near)[0], week_iv(far)[1]))
    if s.unit == "month":
        return Resolved((month_iv(near.year, near.month)[0], month_iv(far.year, far.month)[1]))
    return Resolved((dt.date(near.year, 1, 1), dt.date(far.year, 12, 31)))


def _month(s: Spec, p: dt.date, future: bool) -> Resolved:
    return _yearly(functools.partial(_month_of, s.month), s, p, future)


def _season(s: Spec, p: dt.date, future: bool) -> Resolved:
    of = functools.partial(_season_of, s.n)
    if s.year and s.n == 3:
        # "winter 2018": the winter holding Jan-Feb 2018, or the one starting Dec 2018?
        a, b = of(s.year - 1), of(s.year)
        return Resolved(a, True, (a, b))
    if s.mod == "this" and s.n == 3:
        return Resolved(of(p.year - 1 if p.month <= 6 else p.year))
    return _yearly(of, s, p, future)


def _quarter(s: Spec, p: dt.date, future: bool) -> Resolved:
    if not (s.year or s.mod or future):
        # Results are reported once a quarter is over: "profit fell in the fourth quarter"
        # in an October story is last year's fourth quarter.
        y = p.year
        return Resolved(max(q for q in (quarter_iv(y - 1, s.n), quarter_iv(y, s.n)) if q[1] < p))
    if future and not (s.year or s.mod):
        # "will report third-quarter results" weeks after the quarter ended: that quarter,
        # more likely than next year's; both are kept.
        y = p.year
        done = max(q for q in (quarter_iv(y - 1, s.n), quarter_iv(y, s.n)) if q[1] < p)
        ahead = min(q for q in (quarter_iv(y, s.n), quarter_iv(y + 1, s.n)) if q[1] >= p)
        if (p - done[1]).days <= 60 and ahead[0] > p:
            return Resolved(done, True, (done, ahead))
    return _yearly(functools.partial(_quarter_of, s.n), s, p, future)


def _holiday(s: Spec, p: dt.date, future: bool) -> Resolved:
    r = _yearly(functools.partial(_holiday_of, s.unit), s, p, future)
    if s.unit in ISLAMIC:  # computed, not observed: a country may start a day later
        return r._replace(note=NOTE_ISLAMIC)
    return r


def _half_of(s: Spec, y: int) -> Interval:
    if s.unit == "months":  # "the first nine months": Jan 1 to the end of September
        return dt.date(y, 1, 1), month_iv(y, s.n)[1]
    if s.n == 1:
        return dt.date(y, 1, 1), dt.date(y, 6, 30)
    return dt.date(y, 7, 1), dt.date(y, 12, 31)


def _half(s: Spec, p: dt.date, future: bool) -> Resolved:
    if s.year or s.mod:
        return Resolved(_half_of(s, s.year or p.year + {"last": -1, "next": 1}.get(s.mod, 0)))
    # Bare, in a report of figures: as a quarter, the period reported once it is over
    # ("profit in the first half rose" in July), else the one ahead ("is expected to close
    # in the second half"), both kept when it ended weeks ago ("will report first-half
    # results").
    y = p.year
    done = max(iv for iv in (_half_of(s, y - 1), _half_of(s, y)) if iv[1] < p)
    if not future:
        return Resolved(done)
    ahead = min(iv for iv in (_half_of(s, y), _half_of(s, y + 1)) if iv[1] >= p)
    if (p - done[1]).days <= 60 and ahead[0] > p:
        return Resolved(done, True, (done, ahead))
    return Resolved(ahead)


def _edge_of(s: Spec, year: int) -> Interval:
    whole = month_iv(year, s.month) if s.month else year_iv(year)
    return edge_iv(s.pre == "first", s.n, s.unit, whole)


def _edge(s: Spec, p: dt.date, future: bool) -> Resolved:
    """ "the last six months of 2017", "the first two weeks of March": the run at the start
    or the end of that year or month (a month without a year: the one "in March" is)."""
    return _yearly(functools.partial(_edge_of, s), s, p, future)


def _yper(s: Spec, p: dt.date, future: bool) -> Resolved:
    """ "the 1988 quarter" with no period in view: the quarter (half) last over before the
    article, in that year; "the 1988 period": the year."""
    if s.unit == "period":
        return Resolved(year_iv(s.year))
    if s.unit == "half":
        return Resolved(_half_of(s._replace(n=1 if p.month > 6 else 2), s.year))
    return Resolved(quarter_iv(s.year, (p.month - 1) // 3 or 4))


def _endof(s: Spec, p: dt.date, future: bool) -> Resolved:
    """ "end of the year", "start of June", "end of next month": the period, whose start
    or end the slot's part names."""
    if s.month and s.year:  # "end of June 2019"
        iv = month_iv(s.year, s.month)
    elif s.month:  # "end of June": whichever June "in June" would be
        whole = _month(Spec("month", "month", True, month=s.month), p, future).interval
        assert whole is not None  # a month always resolves against a date
        iv = whole
    elif s.year:  # "end of 2019", "end of the 2022/23 season" (to the end of 2023)
        iv = year_iv(s.year)[0], year_iv(s.n2 or s.year)[1]
    else:
        mod = s.mod if s.mod in ("last", "next") else "this"
        iv = _period(s.unit, mod, p, future)
        early = p < iv[0] + (iv[1] - iv[0]) / 6
        if s.mod in ("", "the") and s.pre == "end" and not future and early:
            # "sales slumped at the end of the year" early in January: last year's end.
            iv = _period(s.unit, "last", p, future)
    return Resolved(iv)


def _period(unit: str, mod: str, p: dt.date, future: bool) -> Interval:
    iv = _relperiod(Spec("relperiod", "day", True, mod=mod, unit=unit), p, future).interval
    assert iv is not None  # _relperiod always resolves
    return iv


def _absolute(s: Spec) -> Resolved:
    """Families that need no article date."""
    f = s.family
    if f == "ymd":
        try:
            d = dt.date(s.year, s.month, s.day)
        except ValueError:
            return Resolved(None, note=NOTE_NO_SUCH_DAY)
        if s.n and d.weekday() != s.n - 1:  # "Tuesday, Oct. 21, 2019" was a Monday
            return Resolved((d, d), note=NOTE_WRONG_WEEKDAY)
        return Resolved((d, d))
    if f == "ym":
        return Resolved(month_iv(s.year, s.month))
    if f == "year":
        if s.n2:
            return Resolved((dt.date(s.year, 1, 1), dt.date(s.n2, 12, 31)))
        return Resolved(year_iv(s.year))
    if f == "decade":
        return Resolved(years_iv(s.year, 10))
    if f == "century":
        return Resolved(years_iv(s.year, 100))
    raise KeyError(f)


_ABSOLUTE = frozenset({"ymd", "ym", "year", "decade", "century"})


_RELATIVE = {
    "md": _md,
    "weekday": _weekday,
    "relperiod": _relperiod,
    "rolling": _rolling,
    "ago": _ago,
    "reported": _reported,
    "nth": _nth,
    "numeric": _numeric,
    "range": _range,
    "ahead": _ahead,
    "month": _month,
    "season": _season,
    "quarter": _quarter,
    "holiday": _holiday,
    "half": _half,
    "endof": _endof,
    "yper": _yper,
    "edge": _edge,
}


@functools.lru_cache(maxsize=8192)
def resolve(spec: Spec, published: dt.date | None, future: bool | None) -> Resolved:
    """Place ``spec`` in time against ``published``; ``future`` when the sentence looks ahead,
    False when it looks back, None when it does not say.

    With None, the occurrence nearest the article is preferred and, when the past and the
    future readings differ, the date is ambiguous with both ("betting on 5 May" in March).
    A reading the tense picks that lies a year off while the other lies within a month is
    ambiguous too. Relative specs with no ``published`` stay unresolved with a note:
    never guess today.
    """
    if future is None:
        past, ahead = _one_side(spec, published, False), _one_side(spec, published, True)
        reported = spec.family == "quarter" or (spec.family == "half" and not spec.mod)
        if reported and past.interval and ahead.interval and not past.ambiguous:
            # A quarter is reported once it is over: the past one is preferred, not the nearest.
            if past.interval == ahead.interval:
                return past
            return Resolved(past.interval, True, (past.interval, ahead.interval), past.note)
        return _nearest(past, ahead, published)
    placed = _one_side(spec, published, future)
    if placed.interval is None or placed.ambiguous or published is None:
        return placed
    other = _one_side(spec, published, not future).interval
    if (
        other is not None
        and _days_from(placed.interval, published) > _FAR
        and _days_from(other, published) <= _NEAR
    ):
        # "Unions have earmarked 23 March for a strike" in a 15 March story: the tense
        # says a year ago, the calendar next week. News gives the year of a date that
        # far off; without it, both readings stand, the tense's first.
        return Resolved(placed.interval, True, (placed.interval, other), placed.note)
    return placed


def ahead_first(r: Resolved, spec: Spec, published: dt.date | None) -> Resolved:
    """``r``, a past reading, with the coming one first and both kept: what a past verb
    looks ahead to ("closed schools until Nov. 9", "through the weekend")."""
    if r.ambiguous:
        return r._replace(interval=r.readings[-1], readings=r.readings[::-1])
    ahead = resolve(spec, published, True)
    if r.interval is None or ahead.interval is None or ahead.interval == r.interval:
        return r
    return Resolved(ahead.interval, True, (ahead.interval, r.interval), r.note)


# A reading the tense picks more than _FAR days from the article, when the other side's
# is within _NEAR days of it, leaves the date ambiguous.
_FAR = 300
_NEAR = 31


def _days_from(iv: Interval, p: dt.date) -> int:
    """Days between ``p`` and the interval (0 inside it)."""
    if p < iv[0]:
        return (iv[0] - p).days
    return max(0, (p - iv[1]).days)


def _one_side(spec: Spec, published: dt.date | None, future: bool) -> Resolved:
    """``spec`` placed on the side of the article that ``future`` says."""
    if spec.family == "eventrel":
        return Resolved(None, note=NOTE_EVENT)
    try:
        if spec.family in _ABSOLUTE:
            return _absolute(spec)
        if spec.family == "dayword":
            if published is None:
                return Resolved(None, note=NOTE_PASS_DATE)
            d = published + dt.timedelta(days=spec.n)
            return Resolved((d, d))
        if published is None:
            if spec.relative:
                return Resolved(None, note=NOTE_PASS_DATE)
            # An explicit year ("Q3 2019", "the summer of 2018") never reads the date.
            published = dt.date(2000, 1, 1)
        return _RELATIVE[spec.family](spec, published, future)
    except (ValueError, OverflowError, KeyError):  # past year 1 or 9999; an unknown name
        return Resolved(None, note=NOTE_OUT_OF_RANGE)
