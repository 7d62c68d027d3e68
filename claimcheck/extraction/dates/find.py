"""Find the date expressions in a sentence and place them in time.

>>> import datetime as dt
>>> [(d.text, d.interval) for d in find_dates("Trump said Monday", dt.date(2019, 10, 24))]
[('Monday', (datetime.date(2019, 10, 21), datetime.date(2019, 10, 21)))]

Supported families (see :mod:`claimcheck.extraction.dates.patterns` for the exact forms):

* full dates: "Sept. 18, 2013", "Sept.18, 2013", "18 September 2013", "Monday, Oct. 21";
* a month day without a year: "Sept. 18", "18 September";
* months: "September 2013", "in February", "last June", "next May", "early/mid/late June";
* weekdays and day words: "Thursday", "last Monday", "Friday night", "today", "yesterday",
  "tomorrow", "tonight", "this morning", "last night";
* this/last/next/earlier/later + week, weekend, month, quarter, year, decade, century;
  "the past/last/next N days/weeks/months/years" (a rolling window up to the article; but
  "the next two months were tough", told of the past, "the following three years" and
  "the last six months of his life" hang on an event the text tells: left open);
* "the last six months of 2017", "the first two weeks of March", "the final three months
  of the year": the run at the start or the end of that year or month, one slot;
* "N days/weeks/months/years ago" (also "a few", "several", "a couple of");
  "N days later/earlier" is kept but unresolved: it hangs on another event;
* "end of the year", "year-end", "end of 2019", "start of June", "end of next month";
* years "in 2019", "the 2016 election", "2019's", "mid-2024", "2019-20"; decades "the
  1990s", "'90s", "the early 2000s"; centuries "the 19th century", "the twentieth century"
  ("20th Century Fox", a name, is none);
* seasons "last summer", "in the spring", "the summer of 2018" ("the fall in prices" is
  none); quarters "Q3 2019", "the first quarter", "third quarter of last year" (a game's,
  "scored 24 points in the third quarter", is none); halves "the first half of 2019";
  fiscal ones ("fiscal 1997", "the third quarter of fiscal 1998") as the calendar's, noted;
* holidays "Christmas Day", "Thanksgiving", "Memorial Day", "Easter", "Lent", "Ramadan 2018",
  "Eid al-Fitr" (see :mod:`claimcheck.extraction.dates.holidays`);
* ranges "July 13-15", "27-28 November", "from 13 to 15 July", "between March and May";
* numeric dates "2019-03-05", "2018.04.05", "2018/4/5", "15/2/2019", "3/4/19" (US and UK
  readings kept), "05.04.2018" (day first, month first kept), "on 2/15";
* offsets ahead "in 7 days", "three weeks from now", "the day after tomorrow";
* "a year earlier", "the year-earlier quarter", "the previous year", "two weeks later",
  placed against the date the sentence (or, through ``about``, the one before) names;
* "the first week of October", "the last day of March", "the second Tuesday in May";
* lower-case month and weekday names ("march 3", "in june", "on monday").

Which way a bare date points (ahead, behind, or unknown: then the nearest occurrence, with
both readings) is decided by :mod:`claimcheck.extraction.dates.tense`; the other
conventions are in :mod:`claimcheck.extraction.dates.resolve`. The work is a regular-expression
scan, so a sentence with no date word costs one prefilter search.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from itertools import chain

from claimcheck.extraction.dates.around import around
from claimcheck.extraction.dates.context import _after_speech_verb
from claimcheck.extraction.dates.ended import ended_on, months_ended
from claimcheck.extraction.dates.patterns import (
    CANDIDATE,
    CANDIDATE_AT0,
    LOOKBACK_CHARS,
    SCAN,
    SCAN_SHIFT,
    STARTS,
    TOKEN_KEY,
)
from claimcheck.extraction.dates.periods import month_iv, quarter_iv, shift, shift_interval
from claimcheck.extraction.dates.readings import _HANDLERS
from claimcheck.extraction.dates.resolve import ahead_first, resolve
from claimcheck.extraction.dates.spec import (
    NOTE_EVENT,
    NOTE_EVENT_DAY,
    NOTE_FISCAL,
    NOTE_OUT_OF_RANGE,
    PARTS,
    WINDOW,
    Resolved,
    Spec,
)
from claimcheck.extraction.dates.tense import Tense, looks_ahead_to
from claimcheck.models import DateSlot, Interval

__all__ = ["find_dates"]


def find_dates(
    text: str,
    published: dt.date | None,
    *,
    offset: int = 0,
    about: tuple[Interval, str] | None = None,
) -> list[DateSlot]:
    """The date expressions in ``text`` (usually one sentence), in text order.

    ``published`` is the article's date; relative expressions ("Monday", "last June",
    "three weeks ago") resolve against it, and stay unresolved with a note when it is
    None. ``offset`` is where ``text`` starts in the article: it is added to every
    ``start`` and ``end`` so that ``article[slot.start:slot.end] == slot.text``.
    ``about`` is the date (interval, granularity) the text before is about, if any:
    "a year earlier" and "the previous quarter" hang on it when the sentence names no
    date before them.
    """
    hit = SCAN.search(text)  # an anchor (see dates_patterns): none, no date
    if hit is None:
        return []
    slots: list[DateSlot] = []
    tense: Tense | None = None  # made when a date first needs it
    floor = 0  # text before this is settled: matched, or tried and rejected
    anchor = about  # the last date placed: "a year earlier" hangs on it
    anchored_here = False  # whether that date is in this sentence
    said_day: tuple[Interval, str] | None = None  # the day "said Monday" names
    # The last reporting period this sentence placed (a quarter, a half, months, a year):
    # "first-quarter earnings, due out later this week, rose from a year earlier".
    reporting: tuple[Interval, str] | None = None
    named: int | None = None  # the year the last explicit date named: "In 1998, ... in March"
    fronted = False  # whether that date opens the sentence, setting the scene
    while True:
        at = hit.start()
        if hit.lastindex:
            at -= SCAN_SHIFT[hit.lastindex]
        # Try the tokens that could start an expression holding this anchor: the few
        # before it and its own. CANDIDATE finds only those that start some family; its
        # match is the character before the token, so the token starts at its end. The
        # window runs past the anchor so that the look-ahead sees the token whole.
        lo = at - LOOKBACK_CHARS
        if lo > floor:
            found: Iterable[re.Match[str]] = CANDIDATE.finditer(text, lo - 1, at + 16)
        elif floor:
            found = CANDIDATE.finditer(text, floor - 1, at + 16)
        else:
            found = CANDIDATE.finditer(text, 0, at + 16)
            first = CANDIDATE_AT0.match(text)
            if first is not None:
                found = chain((first,), found)
        for c in found:
            pos = c.end()
            if pos > at:
                break
            if pos < floor:
                continue
            g = c.lastindex or 0  # always set: one of the token groups matched
            m = STARTS[c[g] if g > 2 else TOKEN_KEY[g]].match(text, pos)
            if m is None:
                continue
            end = m.end()
            floor = end
            family = m.lastgroup
            assert family is not None  # every alternative is a named group
            spec = _HANDLERS[family](m, text)
            if spec is None:
                continue
            if spec.family == "rolling" and spec.mod == "next":  # ("the coming week": now's)
                if tense is None:
                    tense = Tense(text)
                if tense.narrated(pos, end):
                    spec = _after_an_event(spec)
            future: bool | None = False
            if family == "inoff" or (published is not None and _tense_matters(spec)):
                if tense is None:
                    tense = Tense(text)
                if family == "wday" and _after_speech_verb(text, pos, end):
                    future = False  # "officials said Monday the talks will resume"
                else:
                    future = tense.future_at(pos, end)
                if future is None and spec.mod == "this":
                    future = False  # the article's week's, unless the sentence looks ahead
            if family == "inoff" and future is not True:
                floor = pos + 1  # what follows "in" may still be a date
                continue  # "sales doubled in two years": a span, not a date ahead
            r = resolve(spec, published, future)
            if future is False and looks_ahead_to(text, pos, spec.family, r.ambiguous):
                # "approved a bill to keep the government running through Oct. 5" (Oct. 1):
                # a past verb, and a limit days ahead; its year a year ago is the other
                r = ahead_first(r, spec, published)
            gran = spec.gran
            if spec.pre == "same" and not (anchored_here and anchor and anchor[1] != "day"):
                # "the same period last year" hangs on a period this sentence names
                if reporting is not None:
                    r, gran = _from_anchor(spec, reporting)
                elif published is not None:  # else: last year
                    last = Spec("relperiod", "year", True, mod="last", unit="year")
                    r = resolve(last, published, None)
            elif spec.pre == WINDOW and spec.mod == "later" and anchored_here and anchor:
                r = _window_after(spec, anchor)  # "in 2016 ... in the following two years"
            elif (
                spec.family == "eventrel"
                and spec.pre != WINDOW
                and (on := anchor or (said_day if spec.unit == "day" else None))
            ):
                # "said Saturday that doctors had examined him the previous day": with no
                # other date in view, a day counts from the day it was said
                if reporting is not None and _compares_periods(spec, on):
                    on = reporting
                r, gran = _from_anchor(spec, on)
            elif spec.family == "yper" and (held := _reporting(reporting, anchor)) is not None:
                # "net rose in the third quarter from $3m in the 1988 quarter"
                r, gran = _in_year(held, spec.year), held[1]
            elif spec.family == "reported" and anchor is not None and anchored_here:
                # "growth in the third quarter of 2004 ... for the year": 2004
                r, gran = Resolved(_period_of(spec.unit, anchor[0][1])), spec.gran
            elif published is not None and _year_before_reported(spec):
                # "the year-earlier quarter" with no date in view: the reported one's
                base = resolve(Spec("reported", spec.pre, True, unit=spec.pre), published, future)
                if base.interval is not None:
                    r, gran = _from_anchor(spec, (base.interval, spec.pre))
            elif (
                published is not None
                and _next_period(spec)
                and not (spec.mod == "later" and Tense(text).narrated(pos, end))
            ):
                # "up 5% on the previous year" with no date in view: the writer's now
                # ("the following week he resigned" tells of the past: left open)
                way = "last" if spec.mod == "earlier" else "next"
                period = Spec("relperiod", spec.pre, True, mod=way, unit=spec.pre)
                r = resolve(period, published, None)
            if named is not None and future is not True and spec.family in _IN_NAMED_YEAR:
                r = _in_named_year(spec, r, named, fronted)
            if spec.family == "md" and not spec.year and _EVENT_NOUN.match(text, end):
                # "the 11 September attacks", "the 7 July bombings": an event known by its
                # day, whose year the words leave to the reader; not the latest 11 September.
                r = Resolved(None, note=NOTE_EVENT_DAY)
            if r.interval is not None and gran in _FISCAL_GRANS and _fiscal(text, pos, end):
                r = r._replace(note=NOTE_FISCAL)  # "fiscal 1997": the calendar's stands in
            begin = pos
            if anchor is not None and (near := around(text, pos, spec, anchor)) is not None:
                begin, r = near  # "the following Monday": after the date in view
            said_on = family in ("wday", "dword") and _after_speech_verb(text, pos, end)
            if said_on and r.interval is not None:
                said_day = (r.interval, spec.gran)
            if r.interval is not None and spec.family != "eventrel" and not said_on:
                # (the day something was said is no anchor: "profit rose in the quarter,
                # the firm said on Monday, from $3m a year earlier")
                anchor, anchored_here = (r.interval, spec.gran), True
                prior = slots[-1] if slots else None
                if (
                    spec.gran == "month"
                    and prior is not None
                    and prior.granularity == "month"
                    and prior.interval is not None
                    and text[prior.end - offset : pos] in (" and ", " to ", "-", " through ")
                    and prior.interval[0] < r.interval[0]
                ):
                    # "sales in November and December ... from a year earlier": both months
                    anchor = ((prior.interval[0], r.interval[1]), "month")
                if spec.family in _PERIODS:
                    reporting = anchor
                if not spec.relative and spec.gran in ("day", "month", "year"):
                    named = r.interval[0].year if r.interval[0].year == r.interval[1].year else None
                    fronted = len(text[:pos].split()) <= 1  # "In 1998, ...", "On 5 May 2001, ..."
            slots.append(
                DateSlot(
                    text[begin:end],
                    begin + offset,
                    end + offset,
                    r.interval,
                    gran,
                    r.ambiguous,
                    r.readings,
                    spec.relative,
                    r.note,
                    PARTS.get(spec.pre) if spec.family != "eventrel" else None,
                )
            )
            ended = None
            if gran == "day" and len(slots) > 1 and slots[-2].granularity in ("quarter", "year"):
                ended = ended_on(text, slots[-2], slots[-1], offset)
                if ended is not None and ended.interval is not None:
                    slots[-2] = ended  # "a year earlier" now compares the quarter that ended
                    reporting = (ended.interval, ended.granularity)
            if ended is None and gran == "day" and r.interval is not None:
                spanned = months_ended(text, pos, slots[-1], slots[-2:-1], offset)
                if spanned is not None and spanned.interval is not None:
                    slots[-1] = spanned  # "the nine months ended Sept. 30": one period
                    reporting = anchor = (spanned.interval, spanned.granularity)
        # The next anchor at or after ``after``; a shifted one may lie before it.
        after = floor if floor > at else at + 1
        hit = SCAN.search(text, after)
        while hit is not None and hit.lastindex and hit.start() - SCAN_SHIFT[hit.lastindex] < after:
            hit = SCAN.search(text, hit.start() + 1)
        if hit is None:
            break
    if len(slots) < 2:
        return slots
    return _listed_in_one_year(text, _next_to_a_day(text, slots, offset), offset)


# What lies between the dates of a list: "March and April of last year", "Nov. 3, Nov. 9
# or Dec. 5, 1988".
_LIST_JOINS = frozenset({" and ", " or ", ", ", ", and ", ", or "})
_NAMES_YEAR = re.compile(r"[0-9]{4}|\byear\b")


def _next_to_a_day(text: str, slots: list[DateSlot], offset: int) -> list[DateSlot]:
    """ "the day after Thanksgiving", "the day before Christmas Eve": a day from the day
    named right after it (not from the date the sentence was about before)."""
    out = list(slots)
    for k, (slot, after) in enumerate(zip(slots, slots[1:])):
        if slot.text not in ("day after", "day before") or after.granularity != "day":
            continue
        if text[slot.end - offset : after.start - offset].strip() or after.interval is None:
            continue
        step = dt.timedelta(days=1 if slot.text == "day after" else -1)
        days = tuple((a + step, a + step) for a, _ in (after.interval, *after.readings))
        out[k] = slot._replace(interval=days[0], ambiguous=after.ambiguous, readings=days[1:])
    return out


def _listed_in_one_year(text: str, slots: list[DateSlot], offset: int) -> list[DateSlot]:
    """Days or months in a list are read together: in the year the last one names
    ("March and April of last year", "Nov. 3, Nov. 9 and Dec. 5, 1988"), else each in
    the year of the one before it ("in February and March", "moved to April and May"),
    unless the list crosses a new year ("November and January")."""
    out = list(slots)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _listed(text, out[j], out[j + 1], offset):
            j += 1
        if _NAMES_YEAR.search(out[j].text) is not None:
            for k in range(j - 1, i - 1, -1):  # back from the year named
                nxt = out[k + 1].interval
                if _NAMES_YEAR.search(out[k].text) is None and nxt is not None:
                    year = nxt[0].year - (out[k].interval[0].month > nxt[0].month)  # type: ignore[index]
                    out[k] = _moved_to(out[k], year, ()) or out[k]
        else:
            for k in range(i + 1, j + 1):  # on from the first
                before = out[k - 1]
                if _NAMES_YEAR.search(out[k].text) is not None or before.interval is None:
                    continue
                if out[k].interval[0].month < before.interval[0].month:  # type: ignore[index]
                    continue  # "November and January": across a new year, its own reading
                years = [r[0].year for r in before.readings] if before.ambiguous else []
                out[k] = _moved_to(out[k], before.interval[0].year, years) or out[k]
        i = j + 1
    return out


def _listed(text: str, a: DateSlot, b: DateSlot, offset: int) -> bool:
    """Are two dates side by side in a list of days or of months, each named by its
    month ("Nov. 3 and Nov. 9"; not "Monday and Tuesday")?"""
    return (
        a.granularity == b.granularity
        and a.granularity in ("day", "month")
        and a.interval is not None
        and b.interval is not None
        and text[a.end - offset : b.start - offset] in _LIST_JOINS
        and _MONTH_NAMED.search(a.text) is not None
        and _MONTH_NAMED.search(b.text) is not None
    )


_MONTH_NAMED = re.compile(r"(?i)(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _moved_to(d: DateSlot, year: int, readings: Sequence[int]) -> DateSlot | None:
    """A day's or a month's slot moved to ``year``, ambiguous between the ``readings``'
    years when there are several (None: February 29 in a common year)."""

    def moved(y: int) -> Interval | None:
        first = d.interval[0]  # type: ignore[index]
        if d.granularity == "month":
            return month_iv(y, first.month)
        if first.month == 2 and first.day == 29 and not calendar.isleap(y):
            return None
        return first.replace(year=y), first.replace(year=y)

    interval = moved(year)
    if interval is None:
        return None
    others = [iv for iv in map(moved, readings) if iv is not None]
    if len(others) > 1 and interval in others:
        return d._replace(interval=interval, ambiguous=True, readings=tuple(others))
    return d._replace(interval=interval, ambiguous=False, readings=())


_EVENT_NOUN = re.compile(
    r"[\s-]+(?:attacks?|bombings?|massacres?|atrocit(?:y|ies)|riots?|killings?|uprising"
    r"|coup|disaster|tragedy|shootings?|blasts?|explosions?|tsunami|earthquake)\b"
)


# "fiscal 1997", "the fiscal third quarter", "the financial year 2004-05", "the 1998 fiscal
# year", "the third quarter of fiscal 1998": a firm's or a government's year, whose months
# the words do not give (the US government's starts in October, Britain's in April, a
# firm's when it chooses). The calendar's period stands in, as TimeML's value does
# ("FY1997"), with a note that says so.
_FISCAL_GRANS = frozenset({"year", "quarter", "half"})
_FISCAL_BEFORE = re.compile(r"\b(?:[Ff]iscal|[Ff]inancial)(?:[\s-]+year)?[\s-]+\Z")
_FISCAL_AFTER = re.compile(
    r"[\s-]+(?:fiscal|financial)[\s-]+(?:year|quarter|half)\b|\s+of\s+(?:fiscal|financial)\b"
)


def _fiscal(text: str, start: int, end: int) -> bool:
    return (
        _FISCAL_BEFORE.search(text, max(0, start - 20), start) is not None
        or _FISCAL_AFTER.match(text, end) is not None
        or "fiscal" in text[start:end]
    )


# ---------------------------------------------------------------- tense


def _after_an_event(spec: Spec) -> Spec:
    """ "The next two months were tough", "he spent the next year in prison": in a story of
    the past, the run starts at an event it tells, not at the article's day; left open."""
    return Spec("eventrel", spec.gran, False, mod="later", pre=WINDOW, unit=spec.unit, n=spec.n)


# How fine a granularity is: a run after a date counts from its end in units no finer.
_FINENESS = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, "decade": 5}


def _window_after(spec: Spec, anchor: tuple[Interval, str]) -> Resolved:
    """ "In 2016 ... in the following two years", "arrested on 5 May 1998, he spent the next
    two years in prison": the run right after the date the sentence named (2017-2018;
    6 May 1998 - 5 May 2000), when that date is counted in units no finer than the run's;
    else left open ("the next two months" after "in 1998": which months is not said)."""
    iv, gran = anchor
    if _FINENESS.get(gran, 9) > _FINENESS.get(spec.unit, -1):
        return Resolved(None, note=NOTE_EVENT)
    try:
        end = shift(iv[1], spec.unit, spec.n)
    except (ValueError, OverflowError):
        return Resolved(None, note=NOTE_OUT_OF_RANGE)
    if gran not in ("day", "week") and spec.unit not in ("day", "week"):
        end = month_iv(end.year, end.month)[1]  # whole months stay whole
    return Resolved((iv[1] + dt.timedelta(days=1), end))


def _from_anchor(spec: Spec, anchor: tuple[Interval, str]) -> tuple[Resolved, str]:
    """ "a year earlier", "two weeks later", "the year-earlier quarter": the date the
    sentence already named, moved; with its granularity, or the one the words name."""
    iv, gran = anchor
    if spec.n2 and spec.n2 != spec.n:  # "a few years later": no precise date
        return Resolved(None, note=NOTE_EVENT), spec.gran
    k = spec.n if spec.mod == "later" else -spec.n
    try:
        moved = shift_interval(iv, gran, spec.unit, k)
    except (ValueError, OverflowError):
        return Resolved(None, note=NOTE_OUT_OF_RANGE), spec.gran
    end = moved[1]
    if spec.pre == "quarter":
        moved, gran = quarter_iv(end.year, (end.month - 1) // 3 + 1), "quarter"
    elif spec.pre == "month":
        moved, gran = month_iv(end.year, end.month), "month"
    elif spec.pre == "year":
        moved, gran = (dt.date(end.year, 1, 1), dt.date(end.year, 12, 31)), "year"
    elif spec.pre == "week":
        monday = end - dt.timedelta(days=end.weekday())
        moved, gran = (monday, monday + dt.timedelta(days=6)), "week"
    elif spec.pre == "day":
        moved, gran = (end, end), "day"
    return Resolved(moved), gran


_PERIODS = frozenset({"quarter", "half", "reported"})


def _reporting(
    reporting: tuple[Interval, str] | None, anchor: tuple[Interval, str] | None
) -> tuple[Interval, str] | None:
    """The period "the 1988 quarter" stands for: the one this sentence reports, else the
    quarter or months in view."""
    if reporting is not None:
        return reporting
    return anchor if anchor is not None and anchor[1] in ("quarter", "month") else None


def _in_year(on: tuple[Interval, str], year: int) -> Resolved:
    iv, gran = on
    try:
        return Resolved(shift_interval(iv, gran, "year", year - iv[1].year))
    except (ValueError, OverflowError):
        return Resolved(None, note=NOTE_OUT_OF_RANGE)


def _compares_periods(spec: Spec, anchor: tuple[Interval, str]) -> bool:
    """ "a year earlier" after a reporting period and then a day or a week: the figures'
    period is compared, not the day they come out."""
    return spec.unit == "year" and anchor[1] in ("day", "week")


def _year_before_reported(spec: Spec) -> bool:
    """ "the year-earlier quarter", "the year-ago month"."""
    return spec.family == "eventrel" and spec.unit == "year" and spec.pre in ("quarter", "month")


_IN_NAMED_YEAR = frozenset({"md", "month", "edge"})


def _in_named_year(spec: Spec, r: Resolved, year: int, fronted: bool) -> Resolved:
    """ "In 1998, he was arrested in March": March of the year the sentence named before it,
    preferred when that date opens the sentence and sets the scene, with the reading
    against the article's date kept; otherwise ("died in 2004 ... on 26 February") the
    article's reading stays preferred and the named year's is kept beside it."""
    if r.interval is None or spec.mod or r.interval[0].year == year:
        return r
    if spec.family == "md":
        named = resolve(
            Spec("ymd", "day", False, year=year, month=spec.month, day=spec.day), None, False
        )
    else:
        named = resolve(spec._replace(year=year, relative=False), None, False)
    if named.interval is None or named.interval == r.interval:
        return r
    if not fronted or abs(year - r.interval[0].year) <= 1:
        others = tuple(iv for iv in r.readings if iv != named.interval) or (r.interval,)
        return Resolved(r.interval, True, (*others, named.interval), r.note)
    return Resolved(named.interval, True, (named.interval, *(r.readings or (r.interval,))), r.note)


def _period_of(unit: str, day: dt.date) -> Interval:
    if unit == "quarter":
        return quarter_iv(day.year, (day.month - 1) // 3 + 1)
    if unit == "month":
        return month_iv(day.year, day.month)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _next_period(spec: Spec) -> bool:
    """ "the previous year", "the following quarter": one whole period away."""
    if spec.family != "eventrel" or spec.pre not in ("week", "month", "quarter", "year"):
        return False
    return spec.unit == spec.pre or (spec.pre, spec.unit, spec.n) == ("quarter", "month", 3)


_TENSED = frozenset(
    {
        "reported",
        "nth",
        "numeric",
        "range",
        "md",
        "month",
        "weekday",
        "season",
        "quarter",
        "half",
        "holiday",
        "endof",
        "edge",
    }
)


def _tense_matters(spec: Spec) -> bool:
    """Whether past and future readings differ: "Monday" yes, "last Monday" no. Deciding
    the tense costs a regex search, so only the expressions that need it pay."""
    if spec.family == "relperiod":
        return spec.unit == "weekend" and spec.mod in ("this", "the")
    if spec.family == "md" and spec.n:
        return False  # the weekday written with it says which year
    return spec.family in _TENSED and not spec.year and spec.mod in ("", "the", "this")
