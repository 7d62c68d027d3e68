"""Numbers in news sentences: counts, durations, money, percentages, measures, ordinals.

Conventions (``NumberSlot`` fields):

* A slot's span covers the hedge, the number and its unit: "more than 100 people",
  "$1.2 billion", "three times", so ``qualifier`` and ``unit`` can be seen in ``text``.
* ``unit`` is canonical and singular for measures, named as quantulum3's unit list names
  them ("kilometre", "tonne", "degree Celsius", "mile per hour", "square kilometre"); an
  ISO 4217 code for money ("USD", "GBP", "MYR"), or None when the currency is named but
  not identified ("42 bucks", "10 dinars"); "times" for repetitions ("times per week" for
  a frequency, "GBP per hour" for a rate); "percent" or "percentage point"; "fraction"
  for "half", "two-thirds", "3/4" and "seven out of 10 voters"; for counted things the
  noun as written ("12 people" -> "people", "one person" -> "person"), also across a name
  between them ("50 Airbus A350-900 jets" and "three British authors" count jets, authors).
* Durations are in day/week/month/quarter/year/hour/minute/second, made whole in a smaller
  unit when fractional (:mod:`.units`): "half an hour" is 30 "minute", "2.5 years" 30
  "month", "a decade" 10 "year", and "3.2 years", whole in no month, stays 3.2 "year";
  compounds are summed ("2 years and 3 months" is 27
  "month"). Ages are durations too ("31-year-old" is 31 "year"); "over three years" is a
  span, so "over" is not kept as a hedge there.
* A range ("aged 30-39", "between 5 and 10", "£5-10m") has ``value`` at its low end and
  ``upper`` at its high end; "rose from 5% to 7%" is two figures (:mod:`.combine`).
* "half" is 0.5 "fraction" (kind ``quantity``), never 50 percent: "half the staff" is not a
  percentage anyone wrote.
* Vague plurals take their smallest reading, with the words kept as ``qualifier``:
  "dozens" 24, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000, and so
  "a few thousand" / "several million" are 2,000 / 2,000,000 ("a few", "several");
  "thousands of pounds" is money, 2,000 GBP hedged "thousands"; "a couple of" is 2,
  hedged "a couple".
* "a third of", "cut by a third", "two-thirds" are fractions; "a third term" is ordinal 3.
* "pounds" is money (GBP): this reads British news; weights appear as "lb" or "kg".
* A scale word glued to its figure is the scale: "£71.6million", "$2billion".
* A glued "k" is a thousand ("100K") except in "a 10k race" or "4K TV"; a glued "M" a
  million; a glued "m" a million only before a currency, a unit or a counted noun ("20m
  euros", "3m users", "7m tonnes"): "100m" alone, "the 100m sprint", "a 3m wall" are
  metres or unclear, so they are skipped.
* A rank after "number" or "No." is an ordinal whose unit is "place": "three" in "at number
  three", "one" in "the number one buyer", "1" in "No. 1" (:mod:`.names`).
* Not numbers here: dates and years ("June 30, 2019" yields nothing), times of day,
  identifiers and names ("G7", "COVID-19", "A380", "Boeing 737-800", "Windows 10", "Level 2
  stations", "iPhone 11", "911 calls": :mod:`.names`), "No 10", phone numbers, "one" as a
  pronoun, capitalised number words inside names ("Formula One", "Million Dollar Baby"), "a few"/
  "several"/"many", match scores ("won 3-1"), ratings ("4/5 stars", "rated 7 out of 10"),
  and "once" where it does not count ("he once wanted", "once again", "once the deal").
"""

from __future__ import annotations

import re

from claimcheck.extraction.numbers import charrefs, names
from claimcheck.extraction.numbers.combine import JOINERS, Part, combine, rate
from claimcheck.extraction.numbers.patterns import (
    _ABBR_SCALES,
    _AFTER,
    _AND_HALF,
    _AND_PART,
    _AT_DIGIT,
    _AT_WORD,
    _BEFORE_DIGIT,
    _BEFORE_WORD,
    _CORE,
    _CURRENCY,
    _DENOMS,
    _DIGITS,
    _DUR_UNITS,
    _FEW,
    _HALF_DUR,
    _KEYS,
    _MONEY_DASH,
    _MULTS,
    _NEXT,
    _NOT_SCALE,
    _OF,
    _ONCE_AFTER,
    _ONCE_NEXT,
    _ONE_AND_HALF,
    _ONE_IN,
    _ONE_PRONOUN,
    _PARTS,
    _PERCENTAGE_POINT,
    _POINT,
    _QUAL_LAST,
    _QUALIFIER,
    _SCALES,
    _SCALES_12,
    _SQUEEZE,
    _STOP,
    _THIRD,
    _TOKEN,
    _VAGUE,
    _WORD_KEYS,
    HAS_VULGAR,
    VULGAR,
)
from claimcheck.extraction.numbers.units import (
    Found,
    currency_after,
    currency_code,
    led_by_unit,
    unit_of,
    whole_duration,
)
from claimcheck.extraction.numbers.words import (
    parse_number_words,
    phrase_value,
    plural,
    scaled,
    slash_fraction,
    words_value,
)
from claimcheck.models import NumberSlot

__all__ = ["find_numbers", "parse_number_words"]

# _words_value by phrase: a news corpus writes the same few number phrases again and again.
_WORDS_CACHE: dict[str, tuple[float | None, int]] = {}


def find_numbers(text: str, *, offset: int = 0) -> list[NumberSlot]:
    """Every quantity in ``text`` (usually one sentence), in order, without overlaps.

    ``offset`` is where ``text`` starts in the article; it is added to each slot's
    ``start`` and ``end`` so that ``article[slot.start:slot.end] == slot.text``.
    """
    if "&" in text and (refs := charrefs.masked(text)) is not None:  # "&#163;5m"
        return charrefs.restored(find_numbers(refs.text, offset=offset), text, offset, refs.signs)
    if text.isascii() or ("\u0130" not in text and "\u212a" not in text):
        squeezed = text.encode("utf-8", "surrogatepass").translate(_SQUEEZE)
        keys = _WORD_KEYS.intersection(squeezed.split())
        words = [w.decode() for w in keys] if keys else []
        digits = 9 in squeezed or (not text.isascii() and HAS_VULGAR.search(text) is not None)
    else:  # "İ" and the Kelvin sign lower-case to ASCII letters: tokenise the slow way
        tokens = _KEYS.intersection(_TOKEN.findall(text.lower()))
        words = [w for w in tokens if w.isalpha()]
        digits = len(words) < len(tokens)
    if not words and not digits:
        return []
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    parts: list[Found] = []
    pos = last_end = 0
    for hit in _candidates(text, low, words, digits):
        if hit < pos:
            continue
        m = _match_at(text, low, hit, last_end)
        if m is None:
            pos = hit + 1
            continue
        group = m.lastgroup
        if group == "num" or group == "words":
            found = _cardinal_slot(text, low, m, last_end, group)
        elif group == "skip" or group == "skip_d":
            found = None
        else:
            found = _slot(text, low, m, last_end, group)
        if found is None:
            pos = m.end()
            continue
        if found[3] == "times" or found[4] == "money":
            found = rate(text, low, found)
        if found[3] == "fraction" and (pp := _PERCENTAGE_POINT.match(low, found[1])) is not None:
            # "a quarter of a percentage point", "half a percentage point": 0.25, 0.5
            found = (found[0], pp.end(), found[2], "percentage point", "percent", found[5])
        if found[4] == "duration":
            found = led_by_unit(low, found, last_end)  # "an hour and 15 minutes"
        if (one := _ONE_IN.search(low, max(last_end, found[0] - 16), found[0])) is not None:
            found = _one_in(low, found, one.start(), last_end)
        parts.append(found)
        pos = last_end = found[1]
    # Most sentences have nothing to join: no two numbers are a joining gap apart, and
    # none is the rest of a score whose first figure a name took ("Chelsea 2-1").
    prev_end = -99
    for p in parts:
        if (prev_end >= 0 and text[prev_end : p[0]] in JOINERS) or text[p[0] - 1 : p[0]] == "-":
            break
        prev_end = p[1]
    else:
        return [NumberSlot(text[p[0] : p[1]], p[0] + offset, p[1] + offset, *p[2:]) for p in parts]
    return [
        NumberSlot(text[p.start : p.end], p.start + offset, p.end + offset, *p[2:])
        for p in combine(text, [Part(*f) for f in parts])
    ]


def _candidates(text: str, low: str, words: list[str], digits: bool) -> list[int]:
    """Sorted starts of digit runs and of whole number words (not "one" in "someone")."""
    hits = [d.start() for d in _DIGITS.finditer(text)] if digits else []
    size = len(low)
    for word in words:
        i, n = low.find(word), len(word)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalpha()) and (i + n == size or not low[i + n].isalpha()):
                hits.append(i)
            i = low.find(word, i + n)
    hits.sort()
    return hits


def _match_at(text: str, low: str, hit: int, lo: int) -> re.Match[str] | None:
    """The core match for a located digit or word, from what may precede it ("$", "June", "a")."""
    if text[hit].isnumeric():  # a digit or a vulgar fraction ("¾")
        if hit > lo:
            # Only a sign, a currency, a month or "minus" can lead a number.
            if text[hit - 1] != " ":
                before = _BEFORE_DIGIT.search(text, max(lo, hit - 12), hit)
            elif hit - lo >= 2:
                word = text[max(lo, text.rfind(" ", lo, hit - 1) + 1) : hit - 1]
                if word[:1].isupper() or word in _CURRENCY or word.lower() in ("minus", "negative"):
                    before = _BEFORE_DIGIT.search(text, max(lo, hit - 12), hit)
                else:
                    return _AT_DIGIT.match(text, hit)
            else:
                return _AT_DIGIT.match(text, hit)
            if before is not None and (m := _CORE.match(text, before.start())) is not None:
                cur = m["cur"]
                if cur is None or not cur.isalpha() or cur in _CURRENCY or currency_code(cur):
                    return m
        return _AT_DIGIT.match(text, hit)
    if hit - lo >= 2 and text[hit - 1] == " " and text[hit - 2] in "aAnNsS":
        before = _BEFORE_WORD.search(low, max(lo, hit - 10), hit)
        if before is not None and (m := _CORE.match(text, before.start())) is not None:
            return m
    return _AT_WORD.match(low, hit)


def _slot(text: str, low: str, m: re.Match[str], lo: int, group: str | None) -> Found | None:
    """Read one core match of a money, ordinal, vague, fraction or "twice" group."""
    start, end = m.span()
    word = m.group().lower()
    unit: str | None
    if group == "money":
        cur = m["cur"].rstrip(".")
        mult = _ABBR_SCALES[m["cabbr"].lower()] if m["cabbr"] else 1
        if m["cscale"] or m["cglued"]:
            mult = _SCALES.get((m["cscale"] or m["cglued"]).lower(), 100)
        if text[end : end + 1].isalnum():
            return None
        qualifier, start = _qualifier(low, start, lo)
        code = _CURRENCY.get(cur) or currency_code(cur)
        return start, end, scaled(m["cnum"], mult), code, "money", qualifier
    if group in ("ordw", "ordn"):
        if group == "ordn" and _glued(text, start, end, False):
            return None
        if group == "ordw" and (
            (text[start].isupper() and (not _at_start(text, start) or text[end : end + 1] == ","))
            or _prev_word(low, start) in ("split", "per", "every")
        ):
            return None  # "First Vice Foreign Minister", "First, ...", "per second"
        value = float(word[:-2]) if group == "ordn" else phrase_value(word)
        if group == "ordw" and (word in _DENOMS or word == "second"):
            nxt = _NEXT.match(text, end)
            if _prev_word(low, start) == "a" and (nxt is None or nxt[1] in _STOP):
                if word == "second":
                    return None  # "30 frames a second"
                # "cut by a third" is a fraction; "a third term" stays an ordinal.
                qualifier, start = _qualifier(low, start - 2, lo)
                return start, end, 1 / _DENOMS[word], "fraction", "quantity", qualifier
        return start, end, value or 0.0, None, "ordinal", None
    if group == "vague":
        qualifier = " ".join(word.split())
        value, kind, unit = float(_VAGUE[qualifier]), "quantity", None
        if (of := _OF.match(low, end)) is not None:
            if (cur := currency_after(text, low, of.end())) is not None:
                end, unit, kind = cur[0], cur[1], "money"  # "thousands of pounds"
            elif (noun := _noun(text, of.end(), value)) is not None:
                end, unit, kind = noun[0], noun[1], "count"
        return start, end, value, unit, kind, qualifier
    if group == "pair":
        # "a pair of shoes" is two; "a couple of days" about two, so it keeps its hedge
        qualifier = "a couple" if "couple" in word else None
        value, unit, kind = 2.0, None, "quantity"
        if (after := _AFTER.match(low, end)) is not None and after.lastgroup == "dur":
            kind, unit, per = unit_of(after)
            value, end = value * per, after.end()
        elif (cur := currency_after(text, low, end)) is not None:
            end, unit, kind, value = cur[0], cur[1], "money", value / cur[2]
        elif word.endswith("of") and (noun := _noun(text, end, value)) is not None:
            end, unit, kind = noun[0], noun[1], "count"
        return start, end, value, unit, kind, qualifier
    if group == "special":
        if word == "once" and not _once_counts(text, low, start, end):
            return None
        if text[end : end + 1] == "-":
            return None  # "twice-taken"
        qualifier, start = _qualifier(low, start, lo)
        value = {"once": 1.0, "twice": 2.0}.get(word, 3.0)
        return start, end, value, "times", "count", qualifier
    if group in ("frac", "half"):
        value, unit, kind = phrase_value(word) or 0.0, "fraction", "quantity"
        if group == "half":
            prev = _prev_word(low, start)
            if "-" in (text[end : end + 1], text[start - 1 : start]) or prev in ("first", "second"):
                return None  # "half-time", "the first half"
            if (dur := _HALF_DUR.match(low, end)) is not None:
                after = _AFTER.match(low, dur.end())
                if after is not None and after.lastgroup == "dur":
                    kind, unit, per = unit_of(after)
                    (value, unit), end = whole_duration(value * per, unit), after.end()
            elif (one := _ONE_AND_HALF.search(low, max(lo, start - 24), start)) is not None:
                # "an hour and a half", "a month and a half": no number word before the unit
                unit = next(u for w, u in _DUR_UNITS if one[1].startswith(w))
                (value, unit), start = whole_duration(1.5, unit), one.start()
                return start, end, value, unit, "duration", None
        qualifier, start = _qualifier(low, start, lo)
        return start, end, value, unit, kind, qualifier
    return None


# A time zone after a 24-hour clock time ("1200 GMT", "1830 BST").
_ZONE = re.compile(r"[ \t]*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs)\b")


def _cardinal_slot(text: str, low: str, m: re.Match[str], lo: int, group: str) -> Found | None:
    """A number in digits or words, with its unit, hedge and the checks against false hits."""
    start, end = m.span()
    scale = digits = ""
    cur: tuple[int, str | None, int] | None = None
    margin = False  # "plus or minus 3.5 points": a margin, not a negative number
    if group == "num":
        sign, digits, abbr, scale_w = m.group("sign", "nnum", "nabbr", "nscale")
        scale_w = scale_w or m["nglued"]  # "5million people"
        if sign and sign[0] in "-−" and start and text[start - 1].isalnum():
            if not text[start - 1].isdigit():
                return None  # "COVID-19", "F-16"
            start, sign = start + 1, None  # "10-15" is a range, not a negative number
            if names.in_model(text, start):
                return None  # "A350-900": a model
        if "t" in digits:
            digits = _POINT.sub(".", digits)  # "1 point 1"
            if digits.count(".") > 1 or "," in digits:
                return None  # "0.5 point 5": not a number anyone writes
        if digits[0] == "0" and digits[1:2].isdigit():
            return None  # "0200 GMT", "007": a clock time or a code
        if len(digits) == 4 and digits < "2400" and _ZONE.match(text, m.end("nnum")):
            return None  # "by 1200 GMT": a time of day
        if len(digits) > 40:
            return None  # a run of digits, not a quantity (and int() refuses huge ones)
        if names.emergency(text, digits, end) or names.model_suffix(text, digits, end):
            return None  # "911 calls": the emergency number; "737 Max", "11 Pro": models
        before = text[start - 1] if start else " "
        if (
            before == "."
            and not sign
            and digits.isdigit()
            and (start < 2 or text[start - 2] in " (\t")
        ):
            digits, start = "0." + digits, start - 1  # ".77"
            before = text[start - 1] if start else " "
        # "G7", "A380", "5G", "24/7"
        if before.isalnum() or before in "_/" or (
            before in "-." and start > 1 and text[start - 2].isalnum()
            and (before == "." or text[start - 2].isalpha())
        ):  # fmt: skip
            return None
        follow = text[end : end + 1]
        if follow == "/":
            if (frac := slash_fraction(text, low, end, digits)) is None:
                return None
            end, digits = frac
        after = _AFTER.match(low, end)
        if after is None and (follow in " \tcp" or not follow.islower()):
            cur = currency_after(text, low, end)
        if (
            follow.isalpha()
            and cur is None
            and (after is None or after.lastgroup not in ("meas", "pct"))
        ):
            return None
        if (
            abbr
            and abbr in "kKmM"
            and not _suffix_is_scale(text, low, start, end, abbr, after, cur)
        ):
            return None  # "100m sprint", "a 10k race", "4K TV"
        if abbr or scale_w:
            scale = (abbr or scale_w).lower()
            value = scaled(digits, _MULTS[scale])
        elif digits.isdigit():
            if (
                after is None and cur is None and len(digits) == 4 and 1800 <= int(digits) <= 2100
                and (start - lo < 2 or low[start - 1] != " "
                     or _prev_word(low, start, lo) not in _QUAL_LAST)
            ):  # fmt: skip
                return None  # a year with no unit and no hedge: see the end of this function
            value = float(int(digits))
        else:
            value = scaled(digits, 1)
        if sign:
            margin = sign[0] in "mM" and low.endswith("plus or ", lo, start)
            value = value if margin else -value
    else:
        phrase = text[start:end]
        cached = _WORDS_CACHE.get(phrase)
        if cached is None:
            if len(_WORDS_CACHE) >= 4096:
                _WORDS_CACHE.clear()
            cached = _WORDS_CACHE[phrase] = words_value(phrase, 0, end - start)
        value_or_none, end = cached[0], start + cached[1]
        if value_or_none is None:
            return None
        value = value_or_none
        after = _AFTER.match(low, end)
        if after is None and (cur := currency_after(text, low, end)) is not None:
            if text[start].isupper() and text[end + 1 : end + 2].isupper():
                if not _at_start(text, start):
                    cur = None  # "Million Dollar Baby": a name
    if not scale and (rank := names.rank_word(text, start, lo)) is not None:
        if value == 1 or rank == "number":  # "the number one buyer", "at number three"
            return start, end, value, "place", "ordinal", None
        return None  # "No 10", "Number 10": a rank or Downing Street
    if (
        after is None
        and cur is None
        and low.startswith(" and ", end)
        and (part := _AND_PART.match(low, end))
    ):
        # "five and a half minutes", "one and three quarters hours": the unit follows
        more = _AFTER.match(low, part.end())
        if more is not None and more.lastgroup in ("dur", "meas"):
            value, after = value + _PARTS[" ".join(part[1].split())], more
    unit: str | None = None
    kind, guessed = "quantity", False
    if after is not None:
        agroup = after.lastgroup
        if agroup == "dur" or agroup == "times":
            unit_words = text[end : after.end()].replace("-", " ").split()
            if unit_words[0][0].isupper():
                after = None  # "Six Nations": a name, not a unit
        elif agroup == "clock":
            return None
    if after is not None:
        kind, unit, per = unit_of(after)
        value, end = value * per, after.end()
        if unit == "nanometre" and text[end - 2 : end] == "Nm":
            unit = "newton metre"  # "400 Nm of torque": the units are read lower-cased
        if kind == "duration":
            if low.startswith(" and ", end) and (half := _AND_HALF.match(low, end)):
                value, end = value + 0.5 * per, half.end()  # "a month and a half"
            if value % 1:
                value, unit = whole_duration(value, unit)
    elif cur is not None:
        # Pence and cents: divide, as multiplying by 0.01 is inexact.
        end, unit, kind, value = cur[0], cur[1], "money", value / cur[2]
    elif (noun := _noun(text, end, value)) is not None:
        end, unit, kind, guessed = noun[0], noun[1], "count", True
    elif (
        (noun := names.noun_after_name(text, end)) is not None and plural(noun[1])
        and (group == "num" or text[start].islower())
    ):  # fmt: skip
        # "50 Airbus A350 jets", "three British authors"; not "the Six Nations leaders"
        end, unit, kind, guessed = noun[0], noun[1], "count", True
    elif value < 1 and ("/" in digits or digits[-1:] in VULGAR):
        unit = "fraction"  # "3/4 of them", "¾ of them"; not "7 1/2"
    elif text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return None  # "one-off", "10-member": a compound adjective
    if start - lo >= 2 and low[start - 1] == " ":
        qualifier, qstart = _qualifier(low, start, lo)
        if kind == "duration" and (qualifier == "over" or qualifier == "under"):
            qualifier, qstart = None, start  # "over three years" is a span, not a hedge
    else:
        qualifier, qstart = None, start
    if margin:
        qualifier, qstart = "plus or minus", start - len("plus or ")
    if group == "words":
        if text[start].isupper() and unit is None and not _at_start(text, start):
            return None  # "Formula One", "Channel Four"
        word = m.group().lower()
        if word == "one":
            if unit is None or _prev_word(low, start) in _ONE_PRONOUN:
                return None  # "one of the", "the one", "no one"
        elif qualifier is None and word in _SCALES_12:
            if (few := _FEW.search(low, max(lo, start - 12), start)) is not None:
                value, qualifier, qstart = value * 2, " ".join(few[1].split()), few.start()
    elif (unit is None or guessed) and qualifier is None and not scale:
        if len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100:
            return None  # a year: "in 2019", "the 2012 Olympics", "2019 elections"
        if (
            digits.replace(".", "", 1).isdigit()
            and not (guessed and names.superlative(text, m.end()))
            and _named(text, start, guessed and value != 1)
        ):
            return None  # "Windows 10", "Level 2 stations", "Boeing 737-800", "(Saha 70)"
    return qstart, end, float(value), unit, kind, qualifier


def _named(text: str, start: int, counted: bool) -> bool:
    """Whether the number at ``start`` is part of the name written right before it:
    "Windows 10", "Boeing 737-800" (for the 800 too)."""
    head = names.dash_head(text, start)
    at = start if head is None else head
    if at < 2 or text[at - 1] != " ":
        return False
    prev = _prev_word(text, at)
    return names.name_word(prev, _at_start(text, at - 1 - len(prev)), counted)


def _noun(text: str, pos: int, value: float) -> tuple[int, str] | None:
    """(end, noun) of what a number counts: "12 people", "2,000 new jobs", "one person"."""
    nxt = _NEXT.match(text, pos)
    if nxt is None or nxt[1] in _STOP:
        return None
    first, second = nxt[1], nxt[2]
    if plural(first):
        return nxt.end(1), first
    if value != 1:
        if second and second not in _STOP and (not first.endswith("ly") or first in _LY_ADJ):
            if plural(second):
                return nxt.end(2), second  # "2,000 new jobs"
            third = _THIRD.match(text, nxt.end(2))
            if third and third[1] not in _STOP and plural(third[1]):
                return third.end(1), third[1]  # "300 confirmed coronavirus cases"
        return None
    if first.endswith(("ly", "ed", "ing")):
        return None
    if second and second not in _STOP and not second.endswith(("ed", "ing", "ly", "s")):
        return nxt.end(2), second  # "one nasty package"
    return nxt.end(1), first  # "one person", "one person died"


# Adjectives in -ly before a counted noun ("1,005 likely voters"); the rest are adverbs.
_LY_ADJ = frozenset("likely unlikely elderly early costly deadly daily weekly monthly".split())


def _one_in(low: str, found: Found, at: int, lo: int) -> Found:
    start, end, value, unit, kind, qualifier = found
    if value <= 1 or kind not in ("count", "quantity") or unit == "fraction":
        return found
    if low.startswith(("a ", "an "), start):
        return found  # "one in a million": a figure of speech
    qualifier, at = _qualifier(low, at, lo)  # "almost one in six cars"
    return at, end, 1 / value, "fraction", "quantity", qualifier


def _qualifier(low: str, start: int, lo: int) -> tuple[str | None, int]:
    if _prev_word(low, start, lo) not in _QUAL_LAST:
        return None, start
    q = _QUALIFIER.search(low, max(lo, start - 16), start)
    if q is None:
        return None, start
    return " ".join(q[1].lower().split()), q.start()


def _glued(text: str, start: int, end: int, unit_follows: bool) -> bool:
    """True for digits inside a token: "G7", "A380", "5G", "24/7", "1.2.3"; "5kg" is not."""
    before = text[start - 1] if start else " "
    after = text[end : end + 1]
    if before.isalnum() or before in "_/" or after == "/" or (after.isalpha() and not unit_follows):
        return True
    if before in "-." and start > 1 and text[start - 2].isalnum():
        return before == "." or text[start - 2].isalpha()
    return False


def _prev_word(text: str, pos: int, lo: int = 0) -> str:
    """The word just before ``pos`` when one space separates them, else ""."""
    if pos - lo < 2 or text[pos - 1] != " ":
        return ""
    return text[max(lo, text.rfind(" ", lo, pos - 1) + 1) : pos - 1]


def _at_start(text: str, pos: int) -> bool:
    """True when only quotes or brackets separate ``pos`` from a sentence start."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\n\"'“‘([":
        j -= 1
    return j < 0 or text[j] in ".!?:"


def _suffix_is_scale(
    text: str, low: str, start: int, end: int, abbr: str, after: re.Match[str] | None, cur: object
) -> bool:
    """Whether a glued "k" or "m" is a thousand or a million: "100K", "1.2M", "20m euros",
    "3m users" are; "100m sprint", "a 10k race", "4K TV", "3m high", "100m" alone are not."""
    if cur is not None or abbr == "M" or _MONEY_DASH.search(text, max(0, start - 12), start):
        return True  # "20m euros", "1.2M", "£5-10m"
    if after is not None and after.lastgroup == "pct":
        return False
    nxt = _NEXT.match(low, end)
    word = nxt[1] if nxt is not None else ""
    if word in _NOT_SCALE:
        return False
    # "0.5k miles", "3m tonnes": a unit after the scale
    if after is not None or abbr in "kK":
        return True
    # "3m users"; not "the 1500m AAAs title"
    return word != "" and plural(word) and text[end + 1 : end + 2].islower()


def _once_counts(text: str, low: str, start: int, end: int) -> bool:
    """Whether "once" counts occasions ("met once.", "once a week", "more than once"), not
    "he once wanted", "once again", "once the deal is done", "at once"."""
    prev = _prev_word(low, start)
    if text[start].isupper() or prev in ("at", "all") or text[end : end + 1] == "-":
        return False
    if prev in _ONCE_AFTER:
        return True
    rest = _ONCE_NEXT.match(low, end)
    return rest is not None
