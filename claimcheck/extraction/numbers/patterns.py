"""Word tables and compiled patterns for :mod:`claimcheck.extraction.numbers.find`."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ONES = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
_TEENS = {
    w: i + 10
    for i, w in enumerate(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
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
_SKIP_DIGIT = (
    "(?P<skip_d>"
    + "|".join(
        [
            rf"{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH}(?:,?[ \t]+\d{{4}}\b)?",  # 30 June 2019
            r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}[-/–]\d{2}(?!\d)",  # 2004-05 season
            r"\d{1,2}(?:[:.]\d\d)?[ \t]?[ap]\.?m\b\.?|\d{1,2}:\d\d(?::\d\d)?",
            r"\+\d{1,3}[ \t-]?\(?\d{1,4}\)?(?:[ \t-]?\d{2,4}){2,4}",
            r"\(?0\d{2,4}\)?[ \t-]\d{3,4}[ \t-]?\d{3,4}|\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}\b",
        ]
    )
    + ")"
)
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
# A case-insensitive \b(?:one|...) search over the same words costs about 25 µs a sentence,
# as nothing lets the engine skip ahead; ``_TOKEN.findall`` plus a set test about 3 µs.
_KEYS = frozenset(
    [*_ONES, *_TEENS, *_TENS, *_SCALES, *_ORDINALS, *_VAGUE, *_DENOMS, "hundred", "dozen",
     "twice", "thrice", "once", "minus", "decade", "century", "tens", *"0123456789"]
)  # fmt: skip
_TOKEN = re.compile(r"[a-z]{3,}|[0-9]")  # only for the rare "İ" and Kelvin-sign sentences
# The same test in about 1.5 µs: in the UTF-8 bytes, letters are lower-cased, digits become
# tabs and everything else a space, so ``split`` yields the runs of ASCII letters.
_SQUEEZE = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 9 if 48 <= c <= 57 else 32
    for c in range(256)
)
_WORD_KEYS = frozenset(k.encode() for k in _KEYS if k.isalpha())
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
_STOP = (
    frozenset(
        """a an the and or but nor of in on at to for by with from into onto as than that this
    these those which who whom whose what when where while it its he she they them we us you
    i his her their our my your is was were are be been being has have had will would could
    should may might can must did do does said says told per ago later earlier more less
    other another others each every all both either neither such same so yet not no also
    still just only even again ever too very there here then thus hence after before since
    during until over under about around out up down off away back against among between
    through across within without upon percent always perhaps sometimes whereas besides
    towards afterwards unless plus""".split()
    )
    | frozenset(_ONES)
    | frozenset(_TEENS)
    | frozenset(_TENS)
    | frozenset(_ORDINALS)
)
_IRREGULAR = frozenset("people children men women police staff personnel cattle sheep fish deer "
                       "aircraft troops teeth mice geese".split())  # fmt: skip
_ONE_PRONOUN = frozenset("the no any every each this that which".split())
_NOT_AFTER_ONCE = frozenset(
    "again more upon the it they he she we you i this that these those there his her "
    "its their our in on".split()
)
# Prefix of the word as written = canonical unit, tried in order (so "kilom" before "kilo").
_DUR_UNITS = [
    p.split("=")
    for p in "day=day week=week fortnight=2week month=month "
    "year=year yr=year hour=hour hr=hour min=minute sec=second decade=10year "
    "centur=100year".split()
]
_MEASURES = [
    p.split("=")
    for p in "km/h=km/h kph=km/h kmh=km/h mph=mph km²=square_km "
    "km2=square_km kwh=kWh kilom=km km=km mile=mile metre=metre meter=metre feet=foot "
    "foot=foot ft=foot inch=inch kilo=kg kg=kg gram=gram tonne=tonne ton=ton lb=lb "
    "barrel=barrel acre=acre hectare=hectare litre=litre liter=litre gallon=gallon "
    "megawatt=MW mw=MW gigawatt=GW gw=GW cm=cm mm=mm".split()
]
_MONEY_WORDS = [
    p.split("=")
    for p in "australian=AUD canadian=CAD hong=HKD new=NZD "
    "singapore=SGD dollar=USD euro=EUR pound=GBP sterling=GBP yen=JPY yuan=CNY "
    "renminbi=CNY rupee=INR rouble=RUB ruble=RUB pence=GBP cent=USD".split()
]

_MULTS = {**_ABBR_SCALES, **_SCALES, "hundred": 100, "dozen": 12}
