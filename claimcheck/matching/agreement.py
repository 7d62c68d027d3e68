"""Do two statements agree? Their slots compared: numbers, dates, names, negation.

Fuzzy similarity says two sentences are about the same thing; only the slots say
whether they say the same about it. "Trump and Kim have met three times since last
June" and "... twice since June 2018" are 90% alike and disagree on the count. Pure
functions: slots in, shared and clashing slots out, each described for a person.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import NamedTuple

from claimcheck.extraction.dates.find import find_dates
from claimcheck.extraction.entities.find import find_entities
from claimcheck.extraction.numbers.find import find_numbers
from claimcheck.matching.intervals import Interval, interval, measure, overlap
from claimcheck.models import Claim, DateSlot, Entity, NumberSlot


class Bound(NamedTuple):
    """What a date allows ("after 1998": from 1999-01-01 on), and the word that says so."""

    first: dt.date
    last: dt.date
    word: str = ""


class Slots(NamedTuple):
    """What a statement says that can be compared."""

    numbers: tuple[NumberSlot, ...]
    dates: tuple[DateSlot, ...]
    places: frozenset[str]  # canonical ("United States")
    people: frozenset[str]  # as named ("Donald Trump", "Kim")
    negated: bool
    # What each date allows, as its preposition says ("after 2010": from 2011 on);
    # aligned with ``dates``, None for a date that cannot be placed.
    date_bounds: tuple[Bound | None, ...] = ()


class Agreement(NamedTuple):
    """Slots two statements share, and slots where they differ ("count 3 vs 2")."""

    shared: tuple[str, ...]
    clashes: tuple[str, ...]


_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n[’']t\b",
    re.IGNORECASE,
)
# Where a subordinate or relative clause starts: a negation after it is about
# something else ("Trump met Kim in Hanoi, where no agreement was reached").
_SUBORDINATE = re.compile(
    r",\s*(?:where|which|who|whom|whose|when|while|although|though|because|since|as|after"
    r"|before|until|unless|if|but|without|according)\b",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """Whether the statement's main clause is negated ("did not", "never", "no one").
    A capitalised word inside the sentence is part of a name ("Nothing Compares 2 U",
    "No Time to Die"), not a negation; "without" after a comma opens a side phrase."""
    cut = _SUBORDINATE.search(text)
    end = cut.start() if cut else len(text)
    for found in _NEGATION.finditer(text, 0, end):
        word = found.group()
        if word[0].isupper() and text[: found.start()].strip():
            continue
        return True
    return False


def places_and_people(entities: Iterable[Entity]) -> tuple[frozenset[str], frozenset[str]]:
    """Canonical names of the places, and the names of the people."""
    places = frozenset(e.name for e in entities if e.type == "place")
    people = frozenset(e.name for e in entities if e.type == "person")
    return places, people


# A wire story's first sentence starts with its dateline ("SEOUL, Oct. 25, 2019
# (Reuters) - "): the date the story was filed, not the date of what it reports.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Za-z.'’ -]{1,30})?,\s[^\n]{0,45}?\s[-–—]{1,2}\s"
)


def slots_of(text: str, published: dt.date | None) -> Slots:
    """The slots of a statement, found as extraction finds them (a wire dateline's date
    left out)."""
    lead = _DATELINE.match(text)
    skip = lead.end() if lead else 0
    dates = tuple(d for d in find_dates(text, published) if d.start >= skip)
    numbers = tuple(
        n for n in find_numbers(text) if not any(n.start < d.end and d.start < n.end for d in dates)
    )
    places, people = places_and_people(find_entities(text))
    numbers = ordinals_of(text, numbers)
    return Slots(numbers, dates, places, people, negated(text), date_bounds(text, dates))


def slots_of_claim(claim: Claim) -> Slots:
    """The slots extraction already found in a claim."""
    places, people = places_and_people((*claim.places, *claim.people))
    bounds = date_bounds(claim.text, claim.dates)
    numbers = ordinals_of(claim.text, claim.numbers)
    return Slots(numbers, claim.dates, places, people, negated(claim.text), bounds)


_RANK = re.compile(r"\b(?:[Nn]umber|No\.)\s+\Z")
_HEAD = re.compile(r"[\s-]*([A-Za-z]+)")
_NOT_HEADS = frozenset("of in on at and or the a an to for by with from as is was".split())


def ordinals_of(text: str, numbers: Iterable[NumberSlot]) -> tuple[NumberSlot, ...]:
    """The numbers, each ordinal given the word it ranks as its unit ("24th largest",
    "500th episode", "second time"), so that two ordinals are compared only when they
    rank the same thing; an ordinal followed by no such word keeps no unit. "number 28"
    is a place in a ranking."""
    out = []
    for n in numbers:
        if n.kind == "quantity" and n.unit is None and _RANK.search(text, 0, n.start):
            # "peaked at number 28", "No. 1 on the chart": a place in a ranking.
            n = n._replace(kind="ordinal", unit="place")
        elif n.kind == "ordinal" and n.unit is None:
            head = _HEAD.match(text, n.end)
            word = head[1].lower() if head else ""
            if word and word not in _NOT_HEADS:
                n = n._replace(unit=word)
        out.append(n)
    return tuple(out)


# The word before a date that makes it a bound: "after 1998" is 1999 on, "before May 24"
# is until May 23, "by April 9" until April 9 included.
# The words before a date that make it a bound, and which way: "after 1998" is 1999 on,
# "since 2005" 2005 on, "before May 24" until May 23, "by April 9" until April 9.
_BOUNDS = {
    "after": "after", "since": "from", "from": "from", "before": "before",
    "prior to": "before", "by": "until", "until": "until", "till": "until",
    "through": "until", "no later than": "until",
}  # fmt: skip
_BOUND = re.compile(
    r"\b(?P<word>"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_BOUNDS, key=len, reverse=True))
    + r")(?:\s+the(?:\s+end\s+of)?)?\s+\Z",
    re.IGNORECASE,
)


def date_bounds(text: str, dates: Iterable[DateSlot]) -> tuple[Bound | None, ...]:
    """What each date of ``text`` allows: its interval, opened on one side when a
    preposition makes it a bound ("after 1998", "before May 24", "by 2020")."""
    out: list[Bound | None] = []
    for d in dates:
        if not d.interval:
            out.append(None)
            continue
        first, last = d.interval
        found = _BOUND.search(text, max(0, d.start - 30), d.start)
        word = " ".join(found["word"].lower().split()) if found else ""
        way = _BOUNDS.get(word)
        if way == "after":
            out.append(Bound(min(last + dt.timedelta(days=1), dt.date.max), dt.date.max, word))
        elif way == "from":
            out.append(Bound(first, dt.date.max, word))
        elif way == "before":
            out.append(Bound(dt.date.min, max(first - dt.timedelta(days=1), dt.date.min), word))
        elif way == "until":
            out.append(Bound(dt.date.min, last, word))
        else:
            out.append(Bound(first, last))
    return tuple(out)


def compare(a: Slots, b: Slots) -> Agreement:
    """What statement ``a`` and statement ``b`` share, and where they clash."""
    shared: list[str] = []
    clashes: list[str] = []
    _numbers(a.numbers, b.numbers, shared, clashes)
    _dates(a, b, shared, clashes)
    names = sorted(a.places & b.places) + _same_people(a.people, b.people)
    if names:
        shared.append("names " + ", ".join(names))
    if a.negated != b.negated:
        clashes.append("negation: " + ("this says not" if a.negated else "the other says not"))
    return Agreement(tuple(shared), tuple(clashes))


def _same_people(a: frozenset[str], b: frozenset[str]) -> list[str]:
    """People named on both sides; "Kim" is "Kim Jong Un", as on second mention."""
    out = set()
    for x in a:
        words = set(x.lower().split())
        for y in b:
            if words & set(y.lower().split()):
                out.add(max(x, y, key=len))
    return sorted(out)


def _key(n: NumberSlot) -> tuple[str, str | None] | None:
    # Ordinals say which, not how many; a bare number with no unit cannot be paired
    # safely with another bare number ("3" of what?). Units that convert are grouped by
    # what they measure ("7 miles" with "11 km").
    if not n.unit and n.kind in ("ordinal", "quantity"):
        return None
    converts = measure(n.unit) if n.kind == "quantity" else None
    return (n.kind, converts[0]) if converts else (n.kind, n.unit)


def _allows(n: NumberSlot) -> Interval | None:
    converts = measure(n.unit) if n.kind == "quantity" else None
    return interval(n, converts[1] if converts else 1.0)


def _numbers(
    a: tuple[NumberSlot, ...], b: tuple[NumberSlot, ...], shared: list[str], clashes: list[str]
) -> None:
    groups: dict[tuple[str, str | None], tuple[list[NumberSlot], list[NumberSlot]]] = {}
    for side, numbers in ((0, a), (1, b)):
        for n in numbers:
            key = _key(n)
            if key is not None:
                groups.setdefault(key, ([], []))[side].append(n)
    for (kind, unit), (mine, theirs) in groups.items():
        if not mine or not theirs:
            continue
        label = kind if kind in ("count", "money", "percent", "duration") else unit or kind
        # Figures are compared as what they allow ("more than $19 million" against
        # "$18.7 million"); a vague one ("thousands") says nothing either way.
        mine_allow = [(m, _allows(m)) for m in mine]
        theirs_allow = [(t, _allows(t)) for t in theirs]
        same = [m for m, x in mine_allow if any(_agree(x, y) for _, y in theirs_allow)]
        if same:
            shared.append(f"{label} {same[0].text}")
        # A firm figure of each side that agrees with nothing on the other: the two
        # statements give different figures for one of the things they both count.
        odd_mine = [
            (m, x)
            for m, x in mine_allow
            if x is not None and not any(_agree(x, y) for _, y in theirs_allow)
        ]
        odd_theirs = [
            (t, y)
            for t, y in theirs_allow
            if y is not None and not any(_agree(x, y) for _, x in mine_allow)
        ]
        if odd_mine and odd_theirs:
            m, allowed = odd_mine[0]
            assert allowed is not None
            t, _ = min(odd_theirs, key=lambda ty: _distance(allowed, ty[1]))
            clashes.append(f"{label} {_figure(m)} vs {_figure(t)}")


def _distance(a: Interval, b: Interval) -> float:
    """How far apart two figures are (0 when they touch): the closest figure of the
    other side is the one a clash names."""
    return max(a.low - b.high, b.low - a.high, 0.0)


def _agree(a: Interval | None, b: Interval | None) -> bool:
    """Some value allowed by both figures ("7%" and "5-10%", "23 million" and "23.5
    million"); a vague figure agrees with nothing and clashes with nothing."""
    return a is not None and b is not None and overlap(a, b)


def _figure(n: NumberSlot) -> str:
    if n.kind == "count" and n.unit == "times":
        return f"{n.value:g}"
    return n.text


def _placed(s: Slots) -> list[tuple[DateSlot, Bound]]:
    """The dates of ``s`` that can be placed, each with what it allows."""
    bounds = s.date_bounds or tuple(Bound(*d.interval) if d.interval else None for d in s.dates)
    return [(d, b) for d, b in zip(s.dates, bounds) if d.interval and b]


def _dates(a: Slots, b: Slots, shared: list[str], clashes: list[str]) -> None:
    mine, theirs = _placed(a), _placed(b)
    if not mine or not theirs:
        return
    for m, m_allows in mine:
        for t, t_allows in theirs:
            if m_allows.first <= t_allows.last and t_allows.first <= m_allows.last:
                if _opposite_parts(m, t):  # "early March 2019" vs "late March 2019"
                    clashes.append(f"period {_period(m)} vs {_period(t)}")
                    return
                shared.append(f"date {_period(m)}")
                return
    # No date in common: a clash when both name the same kind of period.
    for m, m_allows in mine:
        for t, t_allows in theirs:
            # A bound ("before 2000") is compared with any date ("21 June 2005").
            if m.granularity == t.granularity or m_allows.word or t_allows.word:
                said = (f"{b.word} {_period(d)}".strip() for d, b in ((m, m_allows), (t, t_allows)))
                # Named by the bound's period when the two differ ("year before 2000").
                kind = _kind(m) if m_allows.word or not t_allows.word else _kind(t)
                clashes.append(f"{kind} " + " vs ".join(said))
                return


def bounded_date_clash(clash: str) -> bool:
    """Whether a clash :func:`compare` described is between dates one of which is a
    bound ("year before 2000 vs 2005": the bound's words follow the period's kind)."""
    rest = " " + clash.split(" ", 1)[-1]
    return any(f" {word} " in rest for word in _BOUNDS)


def _part(d: DateSlot) -> bool:
    """Is the date part of its granularity's period ("the first half of 2019", "early
    March", "mid-2018"), not the whole of it?"""
    assert d.interval
    first, last = d.interval
    if d.granularity == "year":
        return (first.month, first.day, last.month, last.day) != (1, 1, 12, 31)
    if d.granularity == "month":
        return first.day != 1 or (last + dt.timedelta(days=1)).day != 1
    return False


def _kind(d: DateSlot) -> str:
    """The kind of period a date is, as a clash names it: a half year or the start of a
    month is a "period", not a "year" or a "month" (its granularity)."""
    return "period" if _part(d) else d.granularity


# The two ends of a period a vague part can name ("early" and "late" 2019 do not meet;
# "mid" meets either).
_ENDS = frozenset({"start", "end"})
# How a period's part reads in a clash or a shared date.
_PART_WORDS = {
    "start": "early",
    "mid": "mid",
    "end": "late",
    "earlier": "earlier in",
    "later": "later in",
}


def _opposite_parts(a: DateSlot, b: DateSlot) -> bool:
    """The same period, one date its start and the other its end."""
    return a.interval == b.interval and {a.part, b.part} == _ENDS


def _period(d: DateSlot) -> str:
    assert d.interval
    whole = _whole_period(d)
    return f"{_PART_WORDS[d.part]} {whole}" if d.part in _PART_WORDS else whole


def _whole_period(d: DateSlot) -> str:
    assert d.interval
    start, end = d.interval
    if d.granularity == "month" and _part(d):  # "early March": 1-10 March 2019
        return f"{start.day}-{end.day} {start:%B %Y}"
    if d.granularity == "month":
        return start.strftime("%B %Y")
    if d.granularity == "year" and _part(d):  # "the first half of 2019": January-June
        return f"{start:%B %Y}-{end:%B %Y}" if start.year != end.year else f"{start:%B}-{end:%B %Y}"
    if d.granularity == "year":
        return str(start.year)
    if d.granularity == "day":
        return start.isoformat()
    return d.text
