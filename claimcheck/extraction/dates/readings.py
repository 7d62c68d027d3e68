"""What each kind of date expression reads as: a pattern's match turned into a
:class:`~claimcheck.extraction.dates.spec.Spec` (or None when the words around it
say it is no date: "May" the name, "1984" the novel), one handler per pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimcheck.extraction.dates.context import (
    _month_num,
    _next_word,
    _prev_words,
    _sentence_initial,
    holiday_here,
)
from claimcheck.extraction.dates.holidays import canonical
from claimcheck.extraction.dates.numeric import _dotted, _iso, _numeric
from claimcheck.extraction.dates.patterns import (
    _FULL_NAMES,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCHEDULED_FOR,
    WEEKDAYS,
)
from claimcheck.extraction.dates.quarters import _half, _qn, _qord, _yq, a_game_quarter
from claimcheck.extraction.dates.ranges import _dmr, _mdr, _mrange, _nth
from claimcheck.extraction.dates.seasons import _season
from claimcheck.extraction.dates.spec import REL_YEAR, WINDOW, Spec

# ---------------------------------------------------------------- handlers


_M = re.Match[str]


def _weekday_said(m: _M, g: str) -> int:
    """1 + the weekday printed before a date ("Monday, Oct. 21, 2019"), 0 if none."""
    name = m[g + "_wd"]
    return WEEKDAYS[name] + 1 if name else 0


def _mdy(m: _M, text: str) -> Spec:
    return Spec(
        "ymd",
        "day",
        False,
        year=int(_year_in(m)),
        month=_month_num(m, "mdy_m"),
        day=int(m["mdy_d"]),
        n=_weekday_said(m, "mdy"),
    )


def _year_in(m: _M) -> str:
    # YEAR is not a named group inside mdy/dmy: it is the last four digits of the match.
    return m.group()[-4:]


def _dmy(m: _M, text: str) -> Spec:
    return Spec(
        "ymd",
        "day",
        False,
        year=int(_year_in(m)),
        month=_month_num(m, "dmy_m"),
        day=int(m["dmy_d"]),
        n=_weekday_said(m, "dmy"),
    )


_NOT_PLURAL = frozenset("as is was has this its his thus plus us always across".split())


# A yearless date joined to a dated one takes its year: "on Oct. 13 and again on Oct. 19,
# 1987", "13 and 19 October 2004" aside (a range), "Sept. 4 or Sept. 11, 2001".
_SHARED_YEAR = re.compile(
    r",?\s+(?:and|or|&)\s+(?:again\s+|then\s+|also\s+)?(?:on\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s*[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]{2,8}),?\s+"
    r"(?P<y>1[89][0-9]{2}|20[0-9]{2})(?![0-9])"
)


def _month_day(m: _M, text: str, month: int, day: int, weekday: int) -> Spec:
    joined = _SHARED_YEAR.match(text, m.end())
    if joined is not None:
        return Spec("ymd", "day", False, year=int(joined["y"]), month=month, day=day, n=weekday)
    return Spec("md", "day", True, month=month, day=day, n=weekday)


def _md(m: _M, text: str) -> Spec | None:
    name = m["md_m"] or m["md_ma"]
    if name in ("may", "march", "mar"):
        nxt = _next_word(text, m.end()).lower()
        if nxt in _NOT_YEAR_AFTER or (nxt.endswith("s") and nxt not in _NOT_PLURAL):
            return None  # "may 5 times", "march 3 miles": a verb or a noun before a count
    if m["md_rel"]:  # "July 2 last year": the day in the year before the article's
        rel = REL_YEAR[m["md_rel"].lower()]
        return Spec("md", "day", True, mod=rel, month=MONTHS[name], day=int(m["md_d"]))
    return _month_day(m, text, MONTHS[name], int(m["md_d"]), _weekday_said(m, "md"))


def _dm(m: _M, text: str) -> Spec | None:
    if m["dm_m"] in ("may", "march"):
        return None  # "only 5 may apply", "the 2 march together"
    if m["dm_rel"]:  # "5 May last year"
        rel = REL_YEAR[m["dm_rel"].lower()]
        return Spec("md", "day", True, mod=rel, month=_month_num(m, "dm_m"), day=int(m["dm_d"]))
    return _month_day(m, text, _month_num(m, "dm_m"), int(m["dm_d"]), _weekday_said(m, "dm"))


def _my(m: _M, text: str) -> Spec:
    pre = (m["my_pre"] or "").lower()
    return Spec("ym", "month", False, pre=pre, year=int(m["my_y"]), month=_month_num(m, "my_m"))


# Words after which a bare month name is a month, not "Theresa May" or "a March rally".
_MONTH_CONTEXT = frozenset(
    "in since until till by before after through throughout from of during between "
    "early mid late last next this around".split()
)


def _smon(m: _M, text: str) -> Spec | None:
    mod = (m["sm_mod"] or "").lower()
    name = m["sm"]
    rel = m["sm_rel"]
    lower = name.islower()
    if rel and mod in ("", "early", "mid", "late"):  # "in June last year", "early May next year"
        if name in ("May", "may", "march") and not mod and not _after_context(text, m.start()):
            return None  # "Theresa May last year said"
        return Spec("month", "month", True, mod=REL_YEAR[rel], pre=mod, month=MONTHS[name])
    if rel:
        return None  # "last June next year" is not an expression
    if lower and (name in ("may", "march") or not (mod or _after_context(text, m.start()))):
        return None  # lower-case "may" the verb, "march" the noun; "june" needs "in"
    if not mod and not _after_context(text, m.start()):
        if name in ("May", "March") and not _month_of_event(text, m.start(), m.end()):
            return None  # "Theresa May", "March on Washington"; not "a May election"
        if _next_word(text, m.end())[:1].isupper():
            return None  # "April Jones", "June Sarpong": a person
    pre = mod if mod in ("early", "mid", "late") else ""
    mod = "" if pre else mod
    return Spec("month", "month", True, mod=mod, pre=pre, month=MONTHS[name])


# What a month names when it qualifies it: "a May election", "the March budget".
_DATED_EVENTS = frozenset(
    "election elections poll polls vote ballot referendum budget deadline summit meeting "
    "launch release conference congress session by-election reshuffle hearing trial".split()
)


def _month_of_event(text: str, start: int, end: int) -> bool:
    """ "a May election", "the March budget": "May" or "March" between an article and an
    event it dates (not "Theresa May's election", "a March rally" of marchers)."""
    prev = _prev_words(text, start)
    return (
        bool(prev)
        and prev[-1] in ("a", "an", "the", "this", "next", "last")
        and _next_word(text, end).lower() in _DATED_EVENTS
    )


def _after_context(text: str, start: int) -> bool:
    """After "in", "since", "early"...; or after "for"/"to" behind a verb that sets a date
    ("scheduled for May"), where "voted for May" names a person."""
    prev = _prev_words(text, start)
    if not prev:
        return False
    return (
        prev[-1] in _MONTH_CONTEXT
        or SCHEDULED_FOR.search(text, max(0, start - 40), start) is not None
        or _listed_after_month(prev)
    )


_MONTH_NAMES = frozenset(name.lower() for name in _FULL_NAMES)


def _listed_after_month(prev: list[str]) -> bool:
    """After a month in a list: "March, April and May of last year"."""
    if prev[-1].endswith(","):
        return prev[-1][:-1] in _MONTH_NAMES
    return len(prev) > 1 and prev[-1] in ("and", "or") and prev[-2].rstrip(",") in _MONTH_NAMES


# Words that make a weekday part of a name ("Black Friday", "Super Tuesday", "Low Sunday"):
# a name is written in one case, so "a record low Monday" is a date.
_WEEKDAY_NOT = frozenset(
    "good black cyber super ash holy maundy palm easter bloody blue shrove man girl whit "
    "low mothering sheffield".split()
)
_WEEKDAY_NOT_ANY_CASE = frozenset("a every each".split())


_WEEKDAY_NOT_AFTER = frozenset(
    "Times Telegraph Mirror People Express Herald Post Mail Sport Star World League School "
    "Trading Club Service Politics Independent Observer Night Review Magazine Best programme "
    "show Bloody".split()
)


_NEWSPAPERS_ON = frozenset({"mail", "independent", "scotland", "wales"})


def _wday(m: _M, text: str) -> Spec | None:
    mod = " ".join((m["wd_mod"] or "").lower().split())
    if not mod:
        prev = _prev_words(text, m.start())
        if prev and prev[-1] in _WEEKDAY_NOT_ANY_CASE:
            return None  # "every Monday"
        if prev and prev[-1] in _WEEKDAY_NOT:
            written = text[: m.start()].split()[-1]
            if written[0].isupper() == m["wd"][0].isupper():
                return None  # "Black Friday", "Super Tuesday", "Bloody Sunday"
        if len(prev) >= 2 and prev[-1] == "on" and prev[-2] in _NEWSPAPERS_ON:
            return None  # "the Mail on Sunday"
    if _next_word(text, m.end()) in _WEEKDAY_NOT_AFTER:
        return None  # "the Sunday Times"
    return Spec("weekday", "day", True, mod=mod, n=WEEKDAYS[m["wd"]])


_DAY_OFFSETS = {"yesterday": -1, "tomorrow": 1, "today": 0, "tonight": 0}


def _a_day(way: str) -> Spec:
    """One day ``way`` ("earlier" or "later") from the date the text is about: "the day
    before", "the next day"."""
    return Spec("eventrel", "day", False, mod=way, pre="day", unit="day", n=1, n2=1)


def _dword(m: _M, text: str) -> Spec | None:
    word = m["dw"]
    if m["dw4"]:
        return _a_day("later" if m["dw4"].endswith("after") else "earlier")
    if m["dw3"]:
        return Spec("dayword", "day", True, n=2 if "after" in m["dw3"] else -2)
    if word is None:
        return Spec("dayword", "day", True, n=-1 if m["dw2"].lower().startswith("last") else 0)
    if word[0].isupper() and not _sentence_initial(text, m.start()):
        return None  # the Today programme, USA Today, "Yesterday" the song
    if _next_word(text, m.end()).lower() in ("programme", "show", "newspaper"):
        return None
    return Spec("dayword", "day", True, n=_DAY_OFFSETS[word.lower()])


def _count(word: str) -> tuple[int, int]:
    """A spelled or written count, with a fuzzy range for "a few" and "several"."""
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w), int(w)
    fuzzy = {"a few": (2, 5), "few": (2, 5), "several": (3, 7), "some": (2, 7)}
    if w in fuzzy:
        return fuzzy[w]
    if w.startswith(("a couple", "couple")):
        return 2, 2
    total = sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]", w))
    return total, total


# How many of each unit a year or a month holds, at most.
_IN_A_YEAR = {"day": 366, "week": 53, "month": 12}
_IN_A_MONTH = {"day": 31, "week": 5}


def _edge(m: _M, text: str) -> Spec | None:
    """ "the last six months of 2017": Jul 1 to Dec 31 of 2017, one slot; "the first two
    weeks of March", "the final 10 days of the year". A count the year or month cannot
    hold ("the last 18 months of 2017") is no date."""
    unit = m["eg_u"]
    _, n = _count(m["eg_n"])  # "the last few months": the most it may be, to cover it
    month = _month_num(m, "eg_m") if (m["eg_m"] or m["eg_ma"]) else 0
    if not 1 <= n <= (_IN_A_MONTH if month else _IN_A_YEAR).get(unit, 0):
        return None
    year = int(m["eg_y"] or m["eg_my"] or 0)
    # "of this year" is the article's; "of the year" the one the tense points to, as "in
    # March" (or the year the sentence named: "grew in 2004 ... in the last three months of
    # the year")
    mod = REL_YEAR.get(m["eg_rel"] or "", "")
    gran = "month" if unit == "month" else "day"
    which = "last" if m["eg_o"].lower() in ("last", "final") else "first"
    return Spec("edge", gran, not year, mod=mod, pre=which, unit=unit, year=year, month=month, n=n)


_UNIT_GRAN = {"centurie": "century"}


def _ago(m: _M, text: str) -> Spec:
    unit = _UNIT_GRAN.get(m["ago_u"], m["ago_u"])
    lo, hi = _count(m["ago_n"])
    if unit == "fortnight":
        unit, lo, hi = "week", 2 * lo, 2 * hi
    way = m["ago_d"]
    if way in ("later", "earlier"):
        return Spec("eventrel", unit, False, mod=way, unit=unit, n=lo, n2=hi)
    if way != "ago":  # "three weeks from now", "two years hence"
        return Spec("ahead", unit, True, unit=unit, n=lo, n2=hi)
    return Spec("ago", unit, True, unit=unit, n=lo, n2=hi)


_DURATION_BEFORE = frozenset("time first highest lowest biggest largest best worst".split())


def _inoff(m: _M, text: str) -> Spec | None:
    prev = _prev_words(text, m.start())
    if any(w in _DURATION_BEFORE or w.endswith("est") for w in prev):
        return None  # "for the first time in ten years", "the highest in five years"
    unit = m["io_u"]
    lo, hi = _count(m["io_n"])
    return Spec("ahead", unit, True, unit=unit, n=lo, n2=hi)


def _theper(m: _M, text: str) -> Spec | None:
    """ "in the quarter", "for the year": the period being reported, placed by the tense."""
    unit = m["tp_u"]
    if unit == "quarter" and a_game_quarter(text):
        return None  # "he scored 12 in the quarter"
    return Spec("reported", unit, True, unit=unit)


def _wkend(m: _M, text: str) -> Spec:
    return Spec("relperiod", "day", True, mod="the", unit="weekend")


def _inthe(m: _M, text: str) -> Spec:
    unit = m["it_u"]
    pre = m["it_pre"].lower()
    return Spec("relperiod", unit, True, mod="this", pre=pre, unit=unit)


def _yago(m: _M, text: str) -> Spec:
    return Spec("eventrel", "year", False, mod="earlier", pre=m["ya_of"], unit="year", n=1, n2=1)


def _ybef(m: _M, text: str) -> Spec:
    unit = m["yb_u"]
    way = "later" if m["yb_d"] in ("after", "later") else "earlier"
    step, by = (3, "month") if unit == "quarter" else (1, unit)
    return Spec("eventrel", unit, False, mod=way, pre=unit, unit=by, n=step, n2=step)


def _same(m: _M, text: str) -> Spec:
    if m["sa_y"]:  # "the same period of 1988": as "the 1988 period"
        return Spec("yper", "year", True, unit="period", year=int(m["sa_y"]))
    # "the same quarter a year ago" with no quarter in view is the year-earlier quarter
    pre = m["sa_u"] if m["sa_u"] in ("quarter", "month") else "same"
    return Spec("eventrel", "year", False, mod="earlier", pre=pre, unit="year", n=1, n2=1)


def _yper(m: _M, text: str) -> Spec:
    unit = m["yp_u"]
    gran = "quarter" if unit == "quarter" else "year"
    return Spec("yper", gran, True, unit=unit, year=int(m["yp_y"]))


# "the last six months of his life", "the next two years of the war": a run of time inside
# something else's, not a window up to the article.
_OF_SOMETHING = re.compile(r"\s+of\s+(?:his|her|their|its|the|a|an|this|that|my|our|your)\b")


def _roll(m: _M, text: str) -> Spec:
    mod = m["rl_mod"].lower()
    lo, hi = _count(m["rl_n"])
    if mod == "following" or _OF_SOMETHING.match(text, m.end()):
        # "the following three years", "the last six months of his life": hangs on an
        # event (see resolve's WINDOW), left open
        way = "earlier" if mod in ("past", "last") else "later"
        return Spec("eventrel", m["rl_u"], False, mod=way, pre=WINDOW, unit=m["rl_u"], n=lo, n2=hi)
    return Spec("rolling", m["rl_u"], True, mod=mod, unit=m["rl_u"], n=hi)


_UNIT_GRANULARITY = {"weekend": "day"}


def _relp(m: _M, text: str) -> Spec | None:
    said = " ".join(m["rp_mod"].lower().split())
    unit = m["rp_u"].replace("-", "")
    if said in ("previous", "preceding", "following"):
        # "up 4% on the previous year": the one before the date in view, not before today
        if unit in ("weekend", "decade", "century"):
            return None
        way = "later" if said == "following" else "earlier"
        step, by = (3, "month") if unit == "quarter" else (1, unit)
        return Spec("eventrel", unit, False, mod=way, pre=unit, unit=by, n=step, n2=step)
    if unit == "day":
        if said == "next" and _prev_words(text, m.start())[-1:] == ["the"]:
            return _a_day("later")  # "arrested the next day", as "the following day"
        return None  # "this day", "next day": not a period of the article's
    mod = {"this past": "last"}.get(said, said)
    pre = (m["rp_pre"] or "").lower()
    gran = _UNIT_GRANULARITY.get(unit, unit)
    prev = _prev_words(text, m.start())
    rolling = said in ("past", "coming") or (
        not pre and said in ("last", "next") and bool(prev) and prev[-1] == "the"
    )
    if rolling and unit not in ("weekend", "quarter"):
        if _next_word(text, m.end()) == "of":
            return None  # "the last week of October" is not a window
        return Spec("rolling", gran, True, mod=mod, unit=unit, n=1)
    if mod == "past":
        mod = "last"
    elif mod == "coming":
        mod = "next" if unit != "weekend" else "this"
    elif mod == "current":
        mod = "this"
    return Spec("relperiod", gran, True, mod=mod, pre=pre, unit=unit)


def _endof(m: _M, text: str) -> Spec | None:
    pre = "end" if m["eo"].lower() == "end" else "start"
    mod = m["eo_det"] or ""
    if m["eo_mon"]:
        year = int(m["eo_my"]) if m["eo_my"] else 0
        return Spec(
            "endof", "month", not year, pre=pre, unit="month", year=year, month=MONTHS[m["eo_mon"]]
        )
    if m["eo_y"]:
        year = int(m["eo_y"])
        end = span_end(year, m["eo_y2"]) if m["eo_y2"] else year
        if end is None:
            return None  # "the end of 2019-2015": no span
        return Spec("endof", "year", False, pre=pre, unit="year", year=year, n2=end)
    unit = m["eo_unit"]
    return Spec("endof", unit, True, mod=mod, pre=pre, unit=unit)


def _yend(m: _M, text: str) -> Spec:
    unit = m["ye_unit"].lower()
    return Spec("endof", unit, True, pre="end", unit=unit)


def _cent(m: _M, text: str) -> Spec | None:
    if m.group()[-7] == "C" and _next_word(text, m.end())[:1].isupper():
        return None  # "20th Century Fox", "21st Century Fox": a name, not "the 20th century"
    n = int(m["ce_n"]) if m["ce_n"] else ORDINAL_WORDS[" ".join(m["ce_w"].lower().split())]
    pre = (m["ce_pre"] or "").lower()
    return Spec("century", "century", False, pre=pre, year=(n - 1) * 100)


def _decade(m: _M, text: str) -> Spec:
    year = int(m["dc_y"]) if m["dc_y"] else 1900 + int(m["dc_yy"])
    pre = (m["dc_pre"] or "").lower()
    if year % 100 == 0 and year < 2000:
        return Spec("century", "century", False, pre=pre, year=year)  # "the 1800s"
    return Spec("decade", "decade", False, pre=pre, year=year)


# A four-digit number from 1800 to 2100 in news copy is nearly always a year; these are
# the exceptions: clock times ("at 1900 GMT"), measures and counts ("2019 people").
_YEAR_STRONG_BEFORE = frozenset(
    "in since until till by during from before after between through throughout circa "
    "early mid late".split()
)


_NOT_YEAR_AFTER = frozenset(
    "people persons men women children staff workers jobs homes houses cases deaths votes "
    "patients students pupils members units cars vehicles tonnes tons metres meters miles km "
    "kilometres feet pounds dollars euros acres hectares troops soldiers officers families "
    "households firms companies shares points runs goals times copies gmt bst utc cet est et "
    "pm am hours hrs calories words visitors fans users customers sq".split()
)


def _year(m: _M, text: str) -> Spec | None:
    year = int(m["y"])
    pre = (m["y_pre"] or "").lower()
    nxt = _next_word(text, m.end()).lower()
    if m["y_end"]:
        end = span_end(year, m["y_end"])
        if end is None:
            return None  # "2019-2015" or "1990-15": a code or a score, not a span
        return Spec("year", "year", False, year=year, n2=end)
    if not pre and not _year_like(text, m.start(), m.end(), nxt):
        return None
    return Spec("year", "year", False, pre=pre, year=year)


def span_end(year: int, tail: str) -> int | None:
    """The last year of "2019-20", "2022/23", "2003-4", "2010-2015" ("1999-00" is 2000);
    None when the tail makes no span of at most 50 years after ``year``."""
    scale = 10 ** len(tail)
    end = year // scale * scale + int(tail)
    if end < year:
        end += scale
    return end if year < end <= year + 50 else None


def _year_like(text: str, start: int, end: int, nxt: str) -> bool:
    if nxt in ("gmt", "bst", "utc", "hrs", "hours") or text.startswith("-", end):
        return False  # "at 1900 GMT", "2048-bit", "a 2000-strong crowd"
    if text[start - 1 : start] in ('"', "“") and text[end : end + 1] in ('"', "”"):
        return False  # the album "1989": a title in quotation marks
    if text.startswith(("'s", "’s"), end):
        return True
    prev = _prev_words(text, start)
    last = prev[-1] if prev else ""
    if last in _YEAR_STRONG_BEFORE:
        return True
    # News style writes counts this size with a comma ("2,019 people"), so only a short
    # list of counted nouns and "at" (a clock time) speak against a year.
    return last != "at" and nxt not in _NOT_YEAR_AFTER


def _hol(m: _M, text: str) -> Spec | None:
    name = canonical(m["hol_name"])
    mod = (m["hol_mod"] or "").lower()
    year = int(m["hol_y"]) if m["hol_y"] else 0
    if not holiday_here(name, mod, year, text, m.start(), m.end()):
        return None
    return Spec("holiday", "day", not year, mod=mod, unit=name, year=year)


_HANDLERS: dict[str, Callable[[_M, str], Spec | None]] = {
    "hol": _hol,
    "endof": _endof,
    "yend": _yend,
    "mdr": _mdr,
    "dmr": _dmr,
    "mrange": _mrange,
    "iso": _iso,
    "num": _numeric,
    "dotted": _dotted,
    "mdy": _mdy,
    "md": _md,
    "dmy": _dmy,
    "dm": _dm,
    "my": _my,
    "yq": _yq,
    "nth": _nth,
    "qord": _qord,
    "qn": _qn,
    "half": _half,
    "wkend": _wkend,
    "edge": _edge,
    "ago": _ago,
    "inoff": _inoff,
    "yago": _yago,
    "ybef": _ybef,
    "same": _same,
    "yper": _yper,
    "theper": _theper,
    "inthe": _inthe,
    "roll": _roll,
    "relp": _relp,
    "smon": _smon,
    "wday": _wday,
    "dword": _dword,
    "season": _season,
    "cent": _cent,
    "decade": _decade,
    "year": _year,
}
