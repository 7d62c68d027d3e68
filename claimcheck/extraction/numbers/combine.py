"""Numbers read together: ranges, compound durations and amounts, scores, frequencies.

:func:`combine` takes the numbers found one by one in a sentence and joins those that
say one thing together, so each is one slot:

* ranges keep both ends: "aged 30-39", "between 5 and 10", "from 10 to 20 dollars",
  "5-10 million" (the scale applies to both ends) are one slot with ``upper``;
  "rose from 5% to 7%" is a change, not a range, so it stays two slots;
* compound durations are summed in their smallest unit: "2 years and 3 months" is 27
  months, "1 hour thirty" 90 minutes;
* an amount with its minor part: "$20 and 43c", "20 dollars 43 cents", "3 GBP 1 pence";
* frequencies and rates: "three times a week" is 3 "times per week", "£7.50 an hour" 7.5
  "GBP per hour";
* "seven out of 10 voters" and "1 in 5 Americans" are fractions (0.7, 0.2); "a quarter
  of a million students" is 250,000 students;
and leaves out what is not a quantity to compare: match scores ("won 3-1", "6-2 7-6
(7-1)"), and ratings ("7 out of 10", "4/5 stars").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.extraction.numbers.patterns import _MULTS
from claimcheck.extraction.numbers.units import add_durations

__all__ = ["JOINERS", "Part", "combine", "rate"]


class Part(NamedTuple):
    """One number as found, before it is made a slot (offsets in the sentence)."""

    start: int
    end: int
    value: float
    unit: str | None
    kind: str
    qualifier: str | None
    upper: float | None = None


_DASH = re.compile(r"[ \t]*[-–][ \t]*(?:to[ \t]+)?\Z")  # "30-39", "8- to 16-metre"
_TO = re.compile(r"[ \t]+to[ \t]+\Z")
_AND = re.compile(r"[ \t]+and[ \t]+\Z")
_LIST_GAPS = frozenset([" ", ", ", " and ", ", and "])
# Every gap that can join two numbers: "30-39", "5 to 10", "2 years, 3 months", "$20 43"...
JOINERS = frozenset(
    [
        *("-", "–", " - ", " – ", " to ", "- to ", "– to ", " and ", " out of ", " "),
        *(", ", ", and ", " of ", " in "),
    ]
)
# A scale with its article, what a fraction "of" multiplies: "a million", "a billion".
_SCALED = re.compile(r"an?[ \t]+(?:million|billion|trillion|thousand)\b", re.I)
_RANGE_GAPS = frozenset(["-", "–", "to", "and", "- to", "– to"])
_BETWEEN = re.compile(r"\b(between|from)[ \t]+\Z", re.I)
# A change, not a range: "rose from 5% to 7%", "cut it from 20 to 15".
_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|drop\w*|climb\w*"
    r"|cut|rais\w*|rais|grew|grow\w*|jump\w*|slip\w*|slid\w*|went|go(?:es|ne)?|reduc\w*"
    r"|boost\w*|doubl\w*|halv\w*|lift\w*|lower\w*|up|down|chang\w*|mov\w*|shr[iu]nk\w*"
    r"|swell\w*|soar\w*|plung\w*|tumbl\w*|surg\w*)\W+(?:\w+\W+){0,3}\Z",
    re.I,
)
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|drew|draw|drawn"
    r"|defeated|trailed|trailing|led|leading|lead|score|scored|scoreline|victory|defeat)"
    r"[ \t]+(?:by[ \t]+|a[ \t]+)?\Z",
    re.I,
)
_SCORE_AFTER = re.compile(
    r"[ \t]+(?:win|victory|defeat|loss|lead|draw|home|away|aggregate|scoreline|thrashing"
    r"|triumph|success|reverse)\b",
    re.I,
)
_SET_AFTER = re.compile(r"[ \t]*\(\d{1,2}[-–/]\d{1,2}\)|[ \t]+\d{1,2}[-–]\d{1,2}\b")
_SET_BEFORE = re.compile(r"\d[-–/]\d{1,2}\)?[ \t]+\Z")
_SCALE_IN = re.compile(
    r"(?<=\d)(bn|mn|tn|m|k)\b|(?:[ \t]+|(?<=\d))(thousand|million|billion|trillion)\b", re.I
)
_SMALLER = {"year": 7, "quarter": 6, "month": 5, "week": 4, "day": 3, "hour": 2, "minute": 1,
            "second": 0}  # fmt: skip
# After the bare number that ends "1 hour thirty" or "$20 43": not "of" ("$20 3 of them").
_END = re.compile(r"[ \t]*(?:[.;:!?)\]]|\Z)")
_TAIL = re.compile(r"(?![ \t]+of\b)")
_PER = re.compile(
    r"[ \t]+(?:a|an|per|every|each)[ \t]+(day|week|fortnight|month|year|hour|minute|season)\b",
    re.I,
)
_SEQUENCE = re.compile(r"[-–]\d")
_SEQUENCE_BEFORE = re.compile(r"\d[-–]\Z")
# "from A to B" is a range after these ("prices range from", "aged from", "is from"), and a
# change ("rose from 5% to 7%", "raise the age from 60 to 65") otherwise.
_RANGE_FROM = re.compile(
    r"(?:^|\b(?:is|are|was|were|be|been|range[sd]?|ranging|var(?:y|ies|ied|ying)|anywhere"
    r"|cost(?:s|ing)?|priced|aged|ages|lasting|last(?:s|ed)?|run(?:s|ning)?)[ \t]+)\Z",
    re.I,
)
_RATE = re.compile(
    r"(?:[ \t]*/[ \t]*|[ \t]+(?:per|an?|each)[ \t]+)(hour|day|week|month|year|night|head"
    r"|person|share|barrel|litre|liter|gallon|kg|kilo|kilogram|tonne|ton|mile|unit)\b"
    r"(?![ \t]+(?:ago|earlier|later|before|after|on)\b)",
    re.I,
)
_RATE_UNITS = {"kg": "kilogram", "kilo": "kilogram", "liter": "litre"}
_RATED = frozenset("stars star points point marks mark".split())


def combine(text: str, parts: list[Part]) -> list[Part]:
    """Join the numbers of one sentence that say one thing; drop scores and ratings."""
    out: list[Part] = []
    i = 0
    while i < len(parts):
        a = parts[i]
        b = parts[i + 1] if i + 1 < len(parts) else None
        # Nothing joins numbers more than a few characters apart: the common case.
        if b is not None and (gap := text[a.end : b.start]) in JOINERS:
            if gap in ("-", "–") and _SEQUENCE.match(text, b.end) and _bare(a):
                i += 2  # "a 3-4-1 formation", "737-800-900": a sequence, not a quantity
                while i < len(parts) and text[parts[i - 1].end : parts[i].start] in ("-", "–"):
                    i += 1
                continue
            if _is_score(text, a, b, gap):
                i = _skip_scores(text, parts, i + 2)
                continue
            elif (joined := _join(text, a, b, gap)) is not None:
                if joined.kind == "drop":
                    i += 2
                    continue
                parts = [*parts[:i], joined, *parts[i + 2 :]]
                continue  # the joined part may join the next: "1 year, 2 days and 3 hours"
        if _bare(a) and a.start > 1 and text[a.start - 1] in "-–" and text[a.start - 2].isdigit():
            # "Zvonareva 6-1 6-0" with the 6 taken for a name's: the rest of a score
            i = _skip_scores(text, parts, i + 1)
            continue
        out.append(a)
        i += 1
    return out


_Found = tuple[int, int, float, str | None, str, str | None]
_RATE_LEADS = (" a ", " an ", " per ", " every ", " each ", "/", " / ")


def rate(text: str, low: str, found: _Found) -> _Found:
    """A count or an amount read with what it is per: "three times a week" (3 "times per
    week"), "£7.50 an hour" (7.5 "GBP per hour"), "$15/hour"; else ``found`` as it was."""
    start, end, value, unit, kind, qualifier = found
    if unit is None or not low.startswith(_RATE_LEADS, end):
        return found
    if unit == "times":
        if (per := _PER.match(text, end)) is not None:
            return start, per.end(), value, "times per " + per[1].lower(), kind, qualifier
    elif kind == "money" and (per := _RATE.match(text, end)) is not None:
        what = per[1].lower()
        unit = f"{unit} per {_RATE_UNITS.get(what, what)}"
        return start, per.end(), value, unit, kind, qualifier
    return found


def _join(text: str, a: Part, b: Part, gap: str) -> Part | None:
    if a.kind == "duration" and b.kind == "duration" and gap in _LIST_GAPS:
        if a.unit and b.unit and _SMALLER.get(a.unit, -1) > _SMALLER.get(b.unit, 9):
            total = add_durations([(a.value, a.unit), (b.value, b.unit)])
            if total is not None:
                return a._replace(end=b.end, value=total[0], unit=total[1])
    if a.kind == "duration" and a.unit in ("hour", "minute") and _bare(b) and gap in (" ", " and "):
        # "1 hour thirty", "2 hours and 10": minutes (or seconds) with the unit left out
        words = not text[b.start].isdigit()
        if b.value == int(b.value) and 0 < b.value < 60 and (words or _END.match(text, b.end)):
            smaller = "minute" if a.unit == "hour" else "second"
            total = add_durations([(a.value, a.unit), (b.value, smaller)])
            if total is not None:
                return a._replace(end=b.end, value=total[0], unit=total[1])
    if a.kind == "money" and gap in (" ", " and ", ", "):
        minor = _minor(text, a, b)
        if minor is not None:
            return a._replace(end=b.end, value=round(a.value + minor, 9))
    if gap == " of " and a.unit == "fraction" and _SCALED.match(text, b.start):
        # "a quarter of a million students": 250,000 students
        return b._replace(start=a.start, value=a.value * b.value, qualifier=a.qualifier)
    if gap == " in " and a.unit is None and a.kind == "quantity" and 0 < a.value < b.value:
        # "nearly 1 in 5 Americans", "one in four"; not "scored 2 in 3 games", a rate
        if (b.kind == "count" and b.unit not in _OCCASIONS) or _bare(b):
            return a._replace(end=b.end, value=a.value / b.value, unit="fraction")
        return None
    if gap == " out of " and _bare(a) and b.value > 0:
        if b.kind == "count" and b.unit not in _RATED:
            return a._replace(end=b.end, value=a.value / b.value, unit="fraction", kind="quantity")
        return a._replace(kind="drop")  # "rated 7 out of 10": a rating
    return _range(text, a, b, gap)


def _range(text: str, a: Part, b: Part, gap: str) -> Part | None:
    if gap.strip(" \t") not in _RANGE_GAPS:
        return None
    if _SEQUENCE.match(text, b.end) or _SEQUENCE_BEFORE.search(text, max(0, a.start - 3), a.start):
        return None  # "a 3-4-1 formation", "2-3-2": a sequence, not a range
    before = _BETWEEN.search(text, max(0, a.start - 8), a.start)
    word = before[1].lower() if before else ""
    if _TO.match(gap):
        lead = before.start() if before else a.start
        if _CHANGE.search(text, max(0, lead - 60), lead):
            return None  # "rose 5% to 7%": two figures, before and after
        if word == "from" and not _RANGE_FROM.search(text, max(0, lead - 30), lead):
            return None  # "raise the age from 60 to 65": a change unless a range is said
    elif not _DASH.match(gap) and not (_AND.match(gap) and word == "between"):
        return None
    if a.upper is not None or b.upper is not None or b.qualifier is not None:
        return None
    if a.unit is not None and b.unit is not None and (a.unit, a.kind) != (b.unit, b.kind):
        return None
    low_value = a.value
    if (scale := _SCALE_IN.search(text, b.start, b.end)) is not None:
        if _SCALE_IN.search(text, a.start, a.end) is None:
            mult = _MULTS[(scale[1] or scale[2]).lower()]
            if a.value * mult <= b.value:
                low_value = a.value * mult  # "5-10 million": five million to ten million
    if not low_value < b.value:
        return None
    unit, kind = (b.unit, b.kind) if b.unit is not None else (a.unit, a.kind)
    start = before.start(1) if word in ("between", "from") and before else a.start
    return Part(start, b.end, low_value, unit, kind, a.qualifier, b.value)


def _minor(text: str, a: Part, b: Part) -> float | None:
    """The minor part of an amount: "43c" after "$20", "43" after "20 dollars"."""
    if b.kind == "money" and 0 < b.value < 1 and b.qualifier is None:
        return b.value
    digits = text[b.start : b.end]
    if _bare(b) and digits.isdigit() and len(digits) == 2 and _TAIL.match(text, b.end):
        return b.value / 100  # "$20 43.", "20 dollars 43"
    if _bare(b) and b.value == int(b.value) and 0 < b.value < 100 and not digits[0].isdigit():
        if _TAIL.match(text, b.end):
            return b.value / 100  # "twenty dollars and forty-three"
    return None


# What a count "in" counts as chances, not as a whole that a part is a share of.
_OCCASIONS = frozenset(
    "games matches attempts shots starts races tries outings appearances innings rounds "
    "events seasons fights bouts".split()
)


def _bare(p: Part) -> bool:
    return p.unit is None and p.kind == "quantity" and p.qualifier is None


def _is_score(text: str, a: Part, b: Part, gap: str) -> bool:
    """ "won 3-1", "a 2-2 draw", "6-2 7-6 (7-1)": two small whole numbers and a dash."""
    if gap not in ("-", "–") or not _bare(a):
        return False
    top, bottom = text[a.start : a.end], text[b.start : b.end].split()[0]
    if not (top.isdigit() and bottom.isdigit() and len(top) <= 3 and len(bottom) <= 3):
        return False
    if b.unit is not None and b.kind != "count":
        return False  # "10-15 km": a range
    if int(top) >= int(bottom):
        return True
    after = a.end + 1 + len(bottom)
    if _SET_AFTER.match(text, after) or _SET_BEFORE.search(text, max(0, a.start - 12), a.start):
        return True  # "6-7 (3-7) 6-3": tennis sets, a tie-break in brackets
    lead = text[max(0, a.start - 20) : a.start]
    return bool(_SCORE_BEFORE.search(lead) or _SCORE_AFTER.match(text, a.end + 1 + len(bottom)))


def _skip_scores(text: str, parts: list[Part], i: int) -> int:
    """After a score, the set scores that follow it: "6-2 7-6 (7-1)"."""
    while i + 1 < len(parts):
        a, b = parts[i], parts[i + 1]
        gap = text[a.end : b.start]
        if gap not in ("-", "–") or not text[a.start : a.end].isdigit():
            break
        if not _bare(a) or not text[b.start : b.end].split()[0].isdigit():
            break
        i += 2
    return i
