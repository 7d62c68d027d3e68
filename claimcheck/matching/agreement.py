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
from claimcheck.models import Claim, DateSlot, Entity, NumberSlot


class Slots(NamedTuple):
    """What a statement says that can be compared."""

    numbers: tuple[NumberSlot, ...]
    dates: tuple[DateSlot, ...]
    places: frozenset[str]  # canonical ("United States")
    people: frozenset[str]  # as named ("Donald Trump", "Kim")
    negated: bool


class Agreement(NamedTuple):
    """Slots two statements share, and slots where they differ ("count 3 vs 2")."""

    shared: tuple[str, ...]
    clashes: tuple[str, ...]


_NEGATION = re.compile(
    r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without|cannot)\b|n[’']t\b",
    re.IGNORECASE,
)
# Values this close are the same figure ("4.1 million" and "4,100,000"); rounding in
# the other direction ("about 4 million") is what qualifiers are for.
_SAME = 0.005


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
    return Slots(numbers, dates, *places_and_people(find_entities(text)), negated(text))


def slots_of_claim(claim: Claim) -> Slots:
    """The slots extraction already found in a claim."""
    places, people = places_and_people((*claim.places, *claim.people))
    return Slots(claim.numbers, claim.dates, places, people, negated(claim.text))


def compare(a: Slots, b: Slots) -> Agreement:
    """What statement ``a`` and statement ``b`` share, and where they clash."""
    shared: list[str] = []
    clashes: list[str] = []
    _numbers(a.numbers, b.numbers, shared, clashes)
    _dates(a.dates, b.dates, shared, clashes)
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
    # safely with another bare number ("3" of what?).
    if n.kind == "ordinal" or (n.kind == "quantity" and not n.unit):
        return None
    return (n.kind, n.unit)


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
        same = [m for m in mine if any(_agree(m, t) for t in theirs)]
        if same:
            shared.append(f"{label} {same[0].text}")
        elif not any(m.qualifier for m in mine) and not any(t.qualifier for t in theirs):
            clashes.append(f"{label} {_figure(mine[0])} vs {_figure(theirs[0])}")


def _agree(m: NumberSlot, t: NumberSlot) -> bool:
    """The same figure, or one inside the other's range ("7%" and "5-10%")."""
    if m.upper is None and t.upper is None:
        return _same(m.value, t.value)
    low_m, high_m = m.value, m.upper if m.upper is not None else m.value
    low_t, high_t = t.value, t.upper if t.upper is not None else t.value
    return low_m <= high_t and low_t <= high_m or _same(low_m, low_t) and _same(high_m, high_t)


def _same(x: float, y: float) -> bool:
    return abs(x - y) <= _SAME * max(abs(x), abs(y))


def _figure(n: NumberSlot) -> str:
    if n.kind == "count" and n.unit == "times":
        return f"{n.value:g}"
    return n.text


def _dates(
    a: tuple[DateSlot, ...], b: tuple[DateSlot, ...], shared: list[str], clashes: list[str]
) -> None:
    mine = [d for d in a if d.interval]
    theirs = [d for d in b if d.interval]
    if not mine or not theirs:
        return
    for m in mine:
        for t in theirs:
            if _overlap(m, t):
                shared.append(f"date {_period(m)}")
                return
    # No date in common: a clash when both name the same kind of period.
    for m in mine:
        for t in theirs:
            if m.granularity == t.granularity:
                clashes.append(f"{m.granularity} {_period(m)} vs {_period(t)}")
                return


def _overlap(a: DateSlot, b: DateSlot) -> bool:
    assert a.interval and b.interval
    return a.interval[0] <= b.interval[1] and b.interval[0] <= a.interval[1]


def _period(d: DateSlot) -> str:
    assert d.interval
    start = d.interval[0]
    if d.granularity == "month":
        return start.strftime("%B %Y")
    if d.granularity == "year":
        return str(start.year)
    if d.granularity == "day":
        return start.isoformat()
    return d.text
