"""Numbers in news sentences: counts, durations, money, percentages, measures, ordinals.

Conventions (``NumberSlot`` fields):

* A slot's span covers the hedge, the number and its unit: "more than 100 people",
  "$1.2 billion", "three times", so ``qualifier`` and ``unit`` can be seen in ``text``.
* ``unit`` is canonical and singular for measures and durations ("day", "km", "tonne",
  "°C"), an ISO 4217 code for money ("USD", "GBP"), "times" for repetitions, "percent" or
  "percentage point", "fraction" for "half" and "two-thirds", and for counted things the
  noun as written ("12 people" -> "people", "one person" -> "person").
* "a decade" is 10 "year", "a century" 100 "year", "a fortnight" 2 "week": durations stay
  in the seven units day/week/month/year/hour/minute/second so they compare directly.
  Ages are durations too ("31-year-old" is 31 "year"); "over three years" is a span, so
  "over" is not kept as a hedge there.
* "half" is 0.5 "fraction" (kind ``quantity``), never 50 percent: "half the staff" is not a
  percentage anyone wrote.
* Vague plurals take their smallest reading, with the words kept as ``qualifier``:
  "dozens" 24, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000, and so
  "a few thousand" / "several million" are 2,000 / 2,000,000 ("a few", "several").
* "a third of", "cut by a third", "two-thirds" are fractions; "a third term" is ordinal 3.
* "pounds" is money (GBP): this reads British news; weights appear as "lb" or "kg".
* A glued "m" or "k" is a scale only after a currency sign ("£600m", "$2.5k"); "100m" alone
  may be metres and "2.5k" a race, so those tokens are skipped.
* Not numbers here: dates and years ("June 30, 2019" yields nothing), times of day,
  identifiers ("G7", "COVID-19", "A380", "Windows 10"), phone numbers, "one" as a pronoun,
  capitalised number words inside names ("Formula One"), "a few"/"several"/"many".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

from claimcheck.models import NumberSlot

__all__ = ["find_numbers", "parse_number_words"]

_ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {w: i + 10 for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: i * 10 + 20 for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}  # fmt: skip
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_ABBR_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "tn": 10**12}
_ORDINALS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
    "eleventh": "eleven", "twelfth": "twelve", "hundredth": "hundred",
    "thousandth": "thousand", "millionth": "million",
}  # fmt: skip
_ORDINALS.update({w + "th": w for w in list(_TEENS)[3:]})
_ORDINALS.update({w[:-1] + "ieth": w for w in _TENS})
_VAGUE = {
    "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2 * 10**6,
    "billions": 2 * 10**9, "tens of thousands": 20000, "hundreds of thousands": 200000,
    "tens of millions": 2 * 10**7, "hundreds of millions": 2 * 10**8,
}  # fmt: skip
_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
           "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}  # fmt: skip
_CURRENCY = {k: v for k, v in (p.split("=") for p in "$=USD US$=USD A$=AUD C$=CAD HK$=HKD "
             "NZ$=NZD S$=SGD £=GBP €=EUR ¥=JPY ₹=INR Rs=INR".split())}  # fmt: skip


def _alt(words: Iterable[str]) -> str:
    # Longest first, so "seventeen" is tried before "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_CARD = _alt([*_ONES, *_TEENS, *_TENS])
_SCALE_W = _alt([*_SCALES, "hundred", "dozen"])
_WORD_TOK = rf"(?:(?:{_alt(_TENS)})-(?:{_alt(list(_ONES)[1:])})|{_CARD}|{_SCALE_W})\b"
_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[ \t]+and[ \t]+"
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTH = (
    r"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:[ \t]*[-–][ \t]*\d{1,2}(?:st|nd|rd|th)?)?\b"
# Dates, times and phone numbers are matched first and thrown away, so that their digits
# never become slots. Each alternative is a named group: ``Match.lastgroup`` says which.
_SKIP_MONTH = (
    rf"(?P<skip>{_MONTH}(?:[ \t]+{_DAY}(?:,?[ \t]+\d{{4}}\b)?|,?[ \t]+\d{{4}}\b))"  # June 30, 2019
)
_SKIP_DIGIT = "(?P<skip_d>" + "|".join(
    [
        rf"{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}}\b)?",  # 30 June 2019
        r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}[-/–]\d{2}(?!\d)",  # 2004-05 season
        r"\d{1,2}(?:[:.]\d\d)?[ \t]?[ap]\.?m\b\.?|\d{1,2}:\d\d(?::\d\d)?",
        r"\+\d{1,3}[ \t-]?\(?\d{1,4}\)?(?:[ \t-]?\d{2,4}){2,4}",
        r"\(?0\d{2,4}\)?[ \t-]\d{3,4}[ \t-]?\d{3,4}|\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}\b",
    ]
) + ")"
_MONEY = (
    r"(?P<money>(?P<cur>(?:\b(?-i:US|A|C|HK|NZ|S))?\$|[£€¥₹]|\b(?-i:Rs)\.?"
    rf"|\b(?-i:USD|GBP|EUR|JPY|CNY|INR|AUD|CAD|CHF)\b)[ \t]?(?P<cnum>{_NUMERAL})"
    rf"(?:(?P<cabbr>bn|mn|tn|m|k|b)\b|[ \t]+(?P<cscale>{_alt(_SCALES)}|hundred)\b)?)"
)
_DIGIT_ALTS = (
    r"(?P<ordn>\d+(?:st|nd|rd|th)\b)"
    rf"|(?P<num>(?P<sign>minus[ \t]+|[-−])?(?P<nnum>{_NUMERAL})"
    rf"(?:(?P<nabbr>bn|mn|tn)\b|[ \t]+(?P<nscale>{_SCALE_W})\b)?)"
)
_WORD_ALTS = (
    r"(?P<vague>\b(?:(?:tens|hundreds)[ \t]+of[ \t]+(?:thousands|millions)"
    r"|dozens|hundreds|thousands|millions|billions)\b)"
    r"|(?P<frac>\b(?:(?:an?|one|two|three|four)[ \t-]+(?:thirds?|quarters?|fifths?|tenths?)"
    r"(?=[ \t]+of\b)|(?:two|three|four)-(?:thirds|quarters|fifths)\b))"
    rf"|(?P<ordw>\b(?:(?:{_alt(_TENS)})-)?(?:{_alt(_ORDINALS)})\b)"
    rf"|(?P<words>\b(?:minus[ \t]+)?(?:an?(?=[ \t]+(?:decade|century)\b)|(?:(?:half[ \t]+)?"
    rf"an?[ \t]+(?=(?:{_SCALE_W})\b))?{_WORD_TOK}(?:(?:[ \t]+|-|{_AND}){_WORD_TOK})*"
    rf"(?:[ \t]+and[ \t]+a[ \t]+half\b(?:[ \t]+(?:{_alt(_SCALES)})\b)?)?))"
    r"|(?P<special>\b(?:twice|thrice|once)\b)"
    r"|(?P<half>\bhalf\b)"
)
# Three entry points, so a located digit or word is only tried against what can start there.
_CORE = re.compile(f"{_SKIP_MONTH}|{_SKIP_DIGIT}|{_MONEY}|{_DIGIT_ALTS}|{_WORD_ALTS}", re.I)
_AT_DIGIT = re.compile(f"{_SKIP_DIGIT}|{_DIGIT_ALTS}", re.I)
_AT_WORD = re.compile(_WORD_ALTS)  # matched on the lower-cased text: twice as fast as re.I
# The prefilter: a sentence whose lower-cased words and digits miss this set has no number.
# findall plus a set test costs about 3 µs a sentence; a case-insensitive \b(?:one|...)
# search over the same words costs about 20 µs, as nothing lets the engine skip ahead.
_KEYS = frozenset(
    [*_ONES, *_TEENS, *_TENS, *_SCALES, *_ORDINALS, *_VAGUE, *_DENOMS, "hundred", "dozen",
     "twice", "thrice", "once", "minus", "decade", "century", "tens", *"0123456789"]
)  # fmt: skip
_TOKEN = re.compile(r"[a-z]{3,}|[0-9]")
_DIGITS = re.compile(r"[0-9]+")
_BEFORE_DIGIT = re.compile(
    rf"(?:{_MONTH},?[ \t]+|(?:\b(?-i:US|A|C|HK|NZ|S))?\$[ \t]?|[£€¥₹][ \t]?|[-−+(]"
    r"|\bminus[ \t]+|\b(?-i:Rs\.?|USD|GBP|EUR|JPY|CNY|INR|AUD|CAD|CHF)[ \t]?)\Z",
    re.I,
)
_BEFORE_WORD = re.compile(r"\b(?:(?:half[ \t]+)?an?|minus)[ \t]+\Z")
_AFTER = re.compile(
    r"(?P<pp>[ \t]+percentage[ \t]+points?\b)|(?P<pct>[ \t]?%|[ \t]+per[ \t]?cent\b)"
    r"|(?P<cur>[ \t]+(?:(?:us|u\.s\.|american|australian|canadian|hong[ \t]+kong|new[ \t]+"
    r"zealand|singapore)[ \t]+)?(?:dollars?|euros?|pounds?(?:[ \t]+sterling)?|sterling|yen"
    r"|yuan|renminbi|rupees?|roubles?|rubles?|pence|cents?)\b)"
    r"|(?P<dur>[ \t-]+(?:days?|weeks?|fortnights?|months?|years?|yrs?|hours?|hrs?|minutes?"
    r"|mins?|seconds?|secs?|decades?|centur(?:y|ies))\b(?:-old\b)?)"
    r"|(?P<meas>[ \t-]?(?:km/h|km²|km2|kph|kmh|mph|km|kg|cm|mm|ft|lbs?|mw|gw|kwh|°[cf]?)"
    r"(?![a-z])|[ \t-]+(?:(?:square|sq)[ \t]+(?:miles?|kilomet(?:re|er)s?|km|metres?|meters?"
    r"|feet|ft)|kilomet(?:re|er)s?|miles?|metres?|meters?|feet|foot|inch(?:es)?|kilos?"
    r"|kilograms?|grams?|tonnes?|tons?|degrees?(?:[ \t]+(?:celsius|centigrade|fahrenheit"
    r"|c|f)\b)?|barrels?|acres?|hectares?|litres?|liters?|gallons?|megawatts?|gigawatts?)\b)"
    r"|(?P<times>[ \t]+times\b)|(?P<clock>[ \t]+o'clock)"
)
_NEXT = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)*)\b(?!-)(?:[ \t]+([a-z]+(?:-[a-z]+)*)\b(?!-))?")
_OF = re.compile(r"[ \t]+of(?=[ \t])")
_HALF_DUR = re.compile(r"[ \t]+an?(?=[ \t]+(?:hour|day|week|month|year|minute|second)\b)")
_QUALIFIER = re.compile(
    r"\b(more[ \t]+than|less[ \t]+than|fewer[ \t]+than|at[ \t]+least|at[ \t]+most|up[ \t]+to"
    r"|as[ \t]+(?:many|much|few)[ \t]+as|close[ \t]+to|an[ \t]+estimated|(?:just|well)[ \t]+"
    r"(?:over|under)|just|only|about|around|approximately|roughly|nearly|almost|some|over"
    r"|under)[ \t]+\Z"
)
# "a few thousand", "several million": the smallest plural reading, as for "thousands".
_FEW = re.compile(r"\b(a[ \t]+few|several|many)[ \t]+\Z")
_SCALES_12 = frozenset([*_SCALES, "hundred", "dozen"])
# Last words of the qualifiers: the regex above runs only after one of these.
_QUAL_LAST = frozenset(
    "than least most to many much few estimated over under just only about around "
    "approximately roughly nearly almost some".split()
)
_TOKENS = re.compile(rf"{_NUMERAL}|[a-z]+", re.I)

# Words that follow a number without being what it counts ("three of", "two were").
_STOP = frozenset(
    """a an the and or but nor of in on at to for by with from into onto as than that this
    these those which who whom whose what when where while it its he she they them we us you
    i his her their our my your is was were are be been being has have had will would could
    should may might can must did do does said says told per ago later earlier more less
    other another others each every all both either neither such same so yet not no also
    still just only even again ever too very there here then thus hence after before since
    during until over under about around out up down off away back against among between
    through across within without upon percent always perhaps sometimes whereas besides
    towards afterwards unless plus""".split()
) | frozenset(_ONES) | frozenset(_TEENS) | frozenset(_TENS) | frozenset(_ORDINALS)
_IRREGULAR = frozenset("people children men women police staff personnel cattle sheep fish deer "
                       "aircraft troops teeth mice geese".split())  # fmt: skip
_ONE_PRONOUN = frozenset("the no any every each this that which".split())
_NOT_AFTER_ONCE = frozenset(
    "again more upon the it they he she we you i this that these those there his her "
    "its their our in on".split()
)
# Prefix of the word as written = canonical unit, tried in order (so "kilom" before "kilo").
_DUR_UNITS = [p.split("=") for p in "day=day week=week fortnight=2week month=month "
              "year=year yr=year hour=hour hr=hour min=minute sec=second decade=10year "
              "centur=100year".split()]
_MEASURES = [p.split("=") for p in "km/h=km/h kph=km/h kmh=km/h mph=mph km²=square_km "
             "km2=square_km kwh=kWh kilom=km km=km mile=mile metre=metre meter=metre feet=foot "
             "foot=foot ft=foot inch=inch kilo=kg kg=kg gram=gram tonne=tonne ton=ton lb=lb "
             "barrel=barrel acre=acre hectare=hectare litre=litre liter=litre gallon=gallon "
             "megawatt=MW mw=MW gigawatt=GW gw=GW cm=cm mm=mm".split()]
_MONEY_WORDS = [p.split("=") for p in "australian=AUD canadian=CAD hong=HKD new=NZD "
                "singapore=SGD dollar=USD euro=EUR pound=GBP sterling=GBP yen=JPY yuan=CNY "
                "renminbi=CNY rupee=INR rouble=RUB ruble=RUB pence=GBP cent=USD".split()]

_Found = tuple[int, int, float, str | None, str, str | None]


def parse_number_words(words: str) -> float | None:
    """Value of a number written in words, digits or both, or None if it is not one.

    "seven hundred thousand" -> 700000.0, "a dozen" -> 12.0, "1.2 million" -> 1200000.0,
    "two and a half" -> 2.5, "half a million" -> 500000.0, "two-thirds" -> 0.666...,
    "twenty-first" -> 21.0, "dozens" -> 24.0 (vague plurals take their smallest reading).
    """
    toks = [t.lower() for t in _TOKENS.findall(words.replace("−", "-"))]
    sign = 1
    if words.lstrip().startswith("-") or (toks and toks[0] in ("minus", "negative")):
        sign = -1
        toks = toks[1:] if toks and toks[0] in ("minus", "negative") else toks
    if not toks:
        return None
    if (vague := _VAGUE.get(" ".join(toks))) is not None:
        return float(sign * vague)
    if toks[0] == "half":
        rest = toks[2:] if toks[1:2] in (["a"], ["an"]) else toks[1:]
        inner = _cardinal(rest) if rest else 1
        return None if inner is None else float(sign * Fraction(inner) / 2)
    if len(toks) == 2 and toks[1] in _DENOMS:
        top = 1 if toks[0] in ("a", "an") else _ONES.get(toks[0])
        if top and (top == 1 or toks[1].endswith("s")):
            return float(sign * Fraction(top, _DENOMS[toks[1]]))
    if "half" in toks:
        i = toks.index("half")
        head, tail = _cardinal(toks[: i - 2]), toks[i + 1 :]
        if toks[i - 2 : i] != ["and", "a"] or head is None or len(tail) > 1:
            return None
        value = head + Fraction(1, 2)
        if tail:
            if tail[0] not in _SCALES:
                return None
            value *= _SCALES[tail[0]]
        return float(sign * value)
    if toks[-1] in _ORDINALS:
        toks[-1] = _ORDINALS[toks[-1]]
    value = _cardinal(toks)
    return None if value is None else float(sign * value)


def _cardinal(toks: list[str]) -> Fraction | int | None:
    """Sum a run of number tokens, rejecting runs no writer would produce ("two three")."""
    total: Fraction | int = 0
    group: Fraction | int = 0
    prev = ""
    last_scale = 10**15
    for i, tok in enumerate(toks):
        if tok in ("a", "an"):
            if i:
                return None
            group, prev = 1, "a"
        elif tok == "and":
            if prev not in ("hundred", "scale"):
                return None
            prev = "and"
        elif tok in _ONES:
            if prev not in ("", "tens", "hundred", "scale", "and"):
                return None
            group, prev = group + _ONES[tok], "ones"
        elif tok in _TEENS:
            if prev not in ("", "hundred", "scale", "and"):
                return None
            group, prev = group + _TEENS[tok], "teen"
        elif tok in _TENS:
            if prev not in ("", "hundred", "scale", "and"):
                return None
            group, prev = group + _TENS[tok], "tens"
        elif tok[0].isdigit():
            if prev:
                return None
            clean = tok.replace(",", "")
            group, prev = (Fraction(clean) if "." in clean else int(clean)), "num"
        elif tok in ("hundred", "dozen"):
            if prev not in ("", "a", "ones", "teen", "tens", "num") or (prev and group >= 100):
                return None
            group, prev = (group or 1) * (100 if tok == "hundred" else 12), "hundred"
        elif tok in _SCALES or (tok in _ABBR_SCALES and prev == "num"):
            scale = _SCALES.get(tok) or _ABBR_SCALES[tok]
            if prev in ("and", "scale") or scale >= last_scale:
                return None
            total, group, prev, last_scale = total + (group or 1) * scale, 0, "scale", scale
        else:
            return None
    return None if prev in ("a", "and") else total + group


def find_numbers(text: str, *, offset: int = 0) -> list[NumberSlot]:
    """Every quantity in ``text`` (usually one sentence), in order, without overlaps.

    ``offset`` is where ``text`` starts in the article; it is added to each slot's
    ``start`` and ``end`` so that ``article[slot.start:slot.end] == slot.text``.
    """
    low = text.lower()
    present = _KEYS.intersection(_TOKEN.findall(low))
    if not present:
        return []
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    slots: list[NumberSlot] = []
    pos = last_end = 0
    for hit in _candidates(text, low, present):
        if hit < pos:
            continue
        m = _match_at(text, low, hit, last_end)
        found = None if m is None else _slot(text, low, m, last_end)
        if found is None:
            pos = hit + 1 if m is None else m.end()
            continue
        start, end, value, unit, kind, qualifier = found
        slots.append(
            NumberSlot(text[start:end], start + offset, end + offset, value, unit, kind, qualifier)
        )
        pos = last_end = end
    return slots


def _candidates(text: str, low: str, present: frozenset[str]) -> list[int]:
    """Sorted starts of digit runs and of whole number words (not "one" in "someone")."""
    hits = [] if present.isdisjoint("0123456789") else [d.start() for d in _DIGITS.finditer(text)]
    size = len(low)
    for word in present:
        if word[0].isdigit():
            continue
        i, n = low.find(word), len(word)
        while i >= 0:
            if (i == 0 or not low[i - 1].isalpha()) and (i + n == size or not low[i + n].isalpha()):
                hits.append(i)
            i = low.find(word, i + n)
    hits.sort()
    return hits


def _match_at(text: str, low: str, hit: int, lo: int) -> re.Match[str] | None:
    """The core match for a located digit or word, from what may precede it ("$", "June", "a")."""
    before = None
    if text[hit].isdigit():
        word = _prev_word(text, hit, lo)
        # Only a sign, a currency, a month or "minus" can lead a number.
        if hit > lo and (text[hit - 1] != " " or word[:1].isupper() or word in _CURRENCY
                         or word.lower() == "minus"):  # fmt: skip
            before = _BEFORE_DIGIT.search(text, max(lo, hit - 12), hit)
    elif hit - lo >= 2 and text[hit - 1] == " " and text[hit - 2] in "aAnNsS":
        before = _BEFORE_WORD.search(low, max(lo, hit - 10), hit)
    if before is not None and (m := _CORE.match(text, before.start())) is not None:
        return m
    if text[hit].isdigit():
        return _AT_DIGIT.match(text, hit)
    return _AT_WORD.match(low, hit)


def _slot(text: str, low: str, m: re.Match[str], lo: int) -> _Found | None:
    """Read one core match with its context; None when it is not a quantity."""
    group = m.lastgroup
    start, end = m.span()
    word = m.group().lower()
    unit: str | None
    if group in ("skip", "skip_d"):
        return None
    if group == "money":
        cur = m["cur"].rstrip(".")
        mult = _ABBR_SCALES[m["cabbr"].lower()] if m["cabbr"] else 1
        if m["cscale"]:
            mult = _SCALES.get(m["cscale"].lower(), 100)
        if text[end : end + 1].isalnum():
            return None
        qualifier, start = _qualifier(low, start, lo)
        return start, end, _scaled(m["cnum"], mult), _CURRENCY.get(cur, cur), "money", qualifier
    if group in ("ordw", "ordn"):
        if group == "ordn" and _glued(text, start, end, False):
            return None
        if group == "ordw" and (
            (text[start].isupper() and (not _at_start(text, start) or text[end : end + 1] == ","))
            or _prev_word(low, start) in ("split", "per", "every")
        ):
            return None  # "First Vice Foreign Minister", "First, ...", "per second"
        value = float(word[:-2]) if group == "ordn" else parse_number_words(word)
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
            if (noun := _noun(text, of.end(), value)) is not None:
                end, unit, kind = noun[0], noun[1], "count"
        return start, end, value, unit, kind, qualifier
    if group == "special":
        nxt = _NEXT.match(text, end)
        if word == "once" and (
            text[start].isupper()
            or (nxt is not None and nxt[1] in _NOT_AFTER_ONCE)
            or text[max(0, start - 3) : start].lower() == "at "
        ) or text[end : end + 1] == "-":  # fmt: skip
            return None  # "once again", "once the deal is done", "at once", "twice-taken"
        qualifier, start = _qualifier(low, start, lo)
        value = {"once": 1.0, "twice": 2.0}.get(word, 3.0)
        return start, end, value, "times", "count", qualifier
    if group in ("frac", "half"):
        value, unit, kind = parse_number_words(word) or 0.0, "fraction", "quantity"
        if group == "half":
            prev = _prev_word(low, start)
            if "-" in (text[end : end + 1], text[start - 1 : start]) or prev in ("first", "second"):
                return None  # "half-time", "the first half"
            if (dur := _HALF_DUR.match(low, end)) is not None:
                after = _AFTER.match(low, dur.end())
                if after is not None and after.lastgroup == "dur":
                    kind, unit, per = _unit(after)
                    value, end = value * per, after.end()
        qualifier, start = _qualifier(low, start, lo)
        return start, end, value, unit, kind, qualifier
    return _cardinal_slot(text, low, m, lo)


def _cardinal_slot(text: str, low: str, m: re.Match[str], lo: int) -> _Found | None:
    """A number in digits or words, with its unit, hedge and the checks against false hits."""
    start, end = m.span()
    scale = ""
    if m.lastgroup == "num":
        sign = m["sign"]
        if sign and sign[0] in "-−" and start and text[start - 1].isalnum():
            if not text[start - 1].isdigit():
                return None  # "COVID-19", "F-16"
            start, sign = start + 1, None  # "10-15" is a range, not a negative number
        if m["nnum"][0] == "0" and m["nnum"][1:2].isdigit():
            return None  # "0200 GMT", "007": a clock time or a code
        scale = (m["nabbr"] or m["nscale"] or "").lower()
        mult = _ABBR_SCALES.get(scale) or _SCALES.get(scale) or {"hundred": 100, "dozen": 12}.get(
            scale, 1
        )
        value = _scaled(m["nnum"], mult) * (-1 if sign else 1)
    else:
        value_or_none, end = _words_value(text, start, end)
        if value_or_none is None:
            return None
        value = value_or_none
    after = _AFTER.match(low, end)
    if m.lastgroup == "num" and _glued(
        text, start, end, after is not None and after.lastgroup in ("meas", "pct")
    ):
        return None  # "G7", "A380", "5G", "100m" (metres or million?)
    unit: str | None = None
    kind, guessed = "quantity", False
    if after is not None and after.lastgroup in ("cur", "dur", "times"):
        words = text[end : after.end()].replace("-", " ").split()
        if words[-1 if after.lastgroup == "cur" else 0][0].isupper():
            after = None  # "50 Cent", "Six Nations": a name, not a unit
    if after is not None:
        if after.lastgroup == "clock":
            return None
        kind, unit, per = _unit(after)
        # Pence and cents: divide, as multiplying by 0.01 is inexact.
        value, end = (value * per if per >= 1 else value / round(1 / per)), after.end()
    elif (noun := _noun(text, end, value)) is not None:
        end, unit, kind, guessed = noun[0], noun[1], "count", True
    elif text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return None  # "one-off", "10-member": a compound adjective
    qualifier, qstart = _qualifier(low, start, lo)
    if kind == "duration" and qualifier in ("over", "under"):
        qualifier, qstart = None, start  # "over three years" is a span of time, not a hedge
    if m.lastgroup == "words":
        if text[m.start()].isupper() and unit is None and not _at_start(text, start):
            return None  # "Formula One", "Channel Four"
        if m.group().lower() == "one":
            if unit is None or _prev_word(low, start) in _ONE_PRONOUN:
                return None  # "one of the", "the one", "no one"
        elif qualifier is None and m.group().lower() in _SCALES_12:
            if (few := _FEW.search(low, max(lo, start - 12), start)) is not None:
                value, qualifier, qstart = value * 2, " ".join(few[1].split()), few.start()
    elif (unit is None or guessed) and qualifier is None and not scale:
        digits = m["nnum"]
        if len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2100:
            return None  # a year: "in 2019", "the 2012 Olympics", "2019 elections"
        prev = _prev_word(text, start)
        if (
            unit is None and digits.isdigit() and prev[:1].isupper()
            and prev.rstrip(".").replace("-", "").isalpha()
            and not _at_start(text, start - 1 - len(prev))
        ):  # fmt: skip
            return None  # "Windows 10", "Article 50", "No. 10", "(Saha 70)"
    return qstart, end, float(value), unit, kind, qualifier


def _words_value(text: str, start: int, end: int) -> tuple[float | None, int]:
    """Value of the word run text[start:end], shortened to its longest valid prefix."""
    phrase = text[start:end]
    if (value := parse_number_words(phrase)) is not None:
        return value, end
    if phrase.lower().strip() in ("a", "an"):  # "a decade"
        return 1.0, end
    cuts = [t.end() for t in re.finditer(r"[a-z]+", phrase, re.I)]
    for cut in reversed(cuts[:-1]):
        if (value := parse_number_words(phrase[:cut])) is not None:
            return value, start + cut
    return None, end


def _unit(after: re.Match[str]) -> tuple[str, str, float]:
    """(kind, canonical unit, multiplier) for a unit matched right after a number."""
    group, raw = after.lastgroup, " ".join(after.group().lower().replace("-", " ").split())
    if group == "pp":
        return "percent", "percentage point", 1
    if group == "pct":
        return "percent", "percent", 1
    if group == "times":
        return "count", "times", 1
    if group == "cur":
        code = next(c for w, c in _MONEY_WORDS if w in raw)
        return "money", code, 0.01 if raw.split()[-1] in ("pence", "cent", "cents") else 1.0
    if group == "dur":
        unit = next(u for w, u in _DUR_UNITS if raw.startswith(w))
        count = unit.rstrip("abcdefghijklmnopqrstuvwxyz")  # "10year": a decade is 10 years
        return "duration", unit[len(count) :], int(count or 1)
    raw = raw.replace("sq ", "square ")
    if raw.startswith("square "):
        return "quantity", "square " + _measure(raw[7:]), 1
    if raw.startswith(("degree", "°")):
        if raw.endswith(("c", "celsius", "centigrade")):
            return "quantity", "°C", 1
        return "quantity", "°F" if raw.endswith(("f", "fahrenheit")) else "degree", 1
    return "quantity", _measure(raw), 1


def _measure(word: str) -> str:
    return next((u.replace("_", " ") for w, u in _MEASURES if word.startswith(w)), word)


def _noun(text: str, pos: int, value: float) -> tuple[int, str] | None:
    """(end, noun) of what a number counts: "12 people", "2,000 new jobs", "one person"."""
    nxt = _NEXT.match(text, pos)
    if nxt is None or nxt[1] in _STOP:
        return None
    first, second = nxt[1], nxt[2]
    if _plural(first):
        return nxt.end(1), first
    if value != 1:
        if second and second not in _STOP and _plural(second) and not first.endswith("ly"):
            return nxt.end(2), second  # "2,000 new jobs"
        return None
    if first.endswith(("ly", "ed", "ing")):
        return None
    if second and second not in _STOP and not second.endswith(("ed", "ing", "ly", "s")):
        return nxt.end(2), second  # "one nasty package"
    return nxt.end(1), first  # "one person", "one person died"


def _plural(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    return (
        len(word) > 3 and word[-1] == "s" and not word.endswith(("ss", "us", "is", "ous"))
        and word not in _STOP
    )  # fmt: skip


def _scaled(numeral: str, mult: int) -> float:
    # Integer arithmetic, one rounding: in floats 1.13 * 1e9 is 1130000000.0000002.
    whole, _, frac = numeral.replace(",", "").partition(".")
    return int(whole + frac) * mult / 10 ** len(frac)


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
