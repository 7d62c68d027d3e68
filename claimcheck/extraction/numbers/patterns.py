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
# South Asian scales with the abbreviations Indian business copy uses ("Rs 30 lakh",
# "Rs 5 lacs", "Rs 300 cr").
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "lkh": 10**5,
           "crore": 10**7, "crores": 10**7, "cr": 10**7, "crs": 10**7}  # fmt: skip
_ABBR_SCALES = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "t": 10**12,
    "tn": 10**12,
}
# Zero in words: joined to nothing ("twenty-nil" is not a number), so not in _ONES' compounds.
_ZEROS = {"nought": 0, "naught": 0, "nil": 0}
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
           "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
           "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10,
           "tenths": 10}  # fmt: skip
_CURRENCY = {k: v for k, v in (p.split("=") for p in "$=USD US$=USD A$=AUD C$=CAD HK$=HKD "
             "NZ$=NZD S$=SGD £=GBP €=EUR ¥=JPY ₹=INR Rs=INR ₦=NGN N=NGN".split())}  # fmt: skip


def _alt(words: Iterable[str]) -> str:
    # Longest first, so "seventeen" is tried before "seven".
    return "|".join(sorted(words, key=len, reverse=True))


_CARD = _alt([*_ONES, *_ZEROS, *_TEENS, *_TENS])
_SCALE_W = _alt([*_SCALES, "hundred", "dozen"])
_WORD_TOK = rf"(?:(?:{_alt(_TENS)})-(?:{_alt(list(_ONES)[1:])})|{_CARD}|{_SCALE_W})\b"
_AND = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[ \t]+and[ \t]+"
# Vulgar fractions, alone ("¾ of voters") or after a whole number ("7½ years", "$2½ million").
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
          "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
          "⅞": 0.875}  # fmt: skip
_VULGAR_CLASS = "[" + "".join(VULGAR) + "]"
# A mixed number written with a slash: a whole of at most three digits and a proper
# fraction with a usual denominator ("7 3/4 percent", "a 2 1/2-year-old"; not "2019 1/3").
_MIXED = r"[ \t](?:1/[2-68]|[23]/3|3/4|[2-4]/5|5/6|[357]/8)(?![\d/])"
_NUMERAL = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:{_VULGAR_CLASS}|{_MIXED})|{_VULGAR_CLASS}"
    r"|\d+(?:\.\d+)?"  # last: "3 point 2" follows it in the digits' pattern
)
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
# A scale word glued to its figure, as sports and business copy writes it: "£71.6million",
# "$2billion", "5million people" (not the abbreviations: "5cr" or "3lac" may be anything);
# after a currency also with a hyphen, as in an adjective: "a $90-million headquarters".
_GLUED = "thousand|million|billion|trillion|lakhs?|crores?"
_MONEY = (
    r"(?P<money>(?P<cur>(?:\b(?-i:US|A|C|HK|NZ|S))?\$|[£€¥₹₦]|\b(?-i:Rs)\.?"
    # the naira as Nigerian copy writes it, only with a scale: "N500m" (not "N95")
    r"|\b(?-i:N)(?=[0-9][0-9.,]*(?:bn|m|k|[ \t]?(?:million|billion|trillion))\b)"
    r"|\b(?-i:[A-Z]{3}|RM|NIS)(?![A-Za-z]))"
    rf"[ \t]?(?P<cnum>{_NUMERAL})"
    rf"(?:(?P<cabbr>bn|mn|tn|m|k|b|t)\b|[ \t]+(?P<cscale>{_alt(_SCALES)}|hundred)\b"
    rf"|-?(?P<cglued>{_GLUED})\b)?)"
)
_DIGIT_ALTS = (
    r"(?P<ordn>\d+(?:st|nd|rd|th)\b)"
    rf"|(?P<num>(?P<sign>(?:minus|negative)[ \t]+|[-−])?"
    rf"(?P<nnum>{_NUMERAL}(?:[ \t]+point[ \t]+\d+)?)"
    rf"(?:(?P<nabbr>bn|mn|tn|k|m)\b|[ \t]+(?P<nscale>{_SCALE_W})\b|(?P<nglued>{_GLUED})\b)?)"
)
_WORD_ALTS = (
    r"(?P<vague>\b(?:(?:tens|hundreds)[ \t]+of[ \t]+(?:thousands|millions)"
    r"|dozens|hundreds|thousands|millions|billions)\b)"
    r"|(?P<frac>\b(?:(?:an?|one|two|three|four)[ \t-]+(?:thirds?|quarters?|fifths?|tenths?)"
    r"(?=[ \t]+(?:of|percentage)\b)|(?:two|three|four)-(?:thirds|quarters|fifths)\b"
    r"|one[ \t-](?:third|fifth|sixth|seventh|eighth|ninth|tenth)\b(?![ \t-](?:place|time|round))"
    r"|(?:two|three|four|five|six|seven|eight|nine)[ \t](?:halves|thirds|fifths|sixths"
    r"|sevenths|eighths|ninths|tenths)\b))"
    rf"|(?P<ordw>\b(?:(?:{_alt(_TENS)})[-—– \t])?(?:{_alt(_ORDINALS)})\b)"
    rf"|(?P<words>\b(?:minus[ \t]+)?(?:an?(?=[ \t]+(?:decade|century)\b)|(?:(?:half[ \t]+)?"
    rf"an?[ \t]+(?=(?:{_SCALE_W})\b))?{_WORD_TOK}(?:(?:[ \t]+|-|{_AND}){_WORD_TOK})*"
    rf"(?:[ \t]+and[ \t]+a[ \t]+half\b(?:[ \t]+(?:{_alt(_SCALES)})\b)?"
    rf"|[ \t]+point(?:[ \t]+(?:{_alt(_ONES)})\b)+(?:[ \t]+(?:{_alt(_SCALES)})\b)?)?))"
    r"|(?P<special>\b(?:twice|thrice|once)\b)"
    r"|(?P<pair>\ba[ \t]+(?:couple|pair)\b(?:[ \t]+of\b)?)"
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
     "twice", "thrice", "once", "minus", "decade", "century", "tens", "couple", "pair", *_ZEROS,
     *"0123456789"]
)  # fmt: skip
_TOKEN = re.compile(r"[a-z]{3,}|[0-9]")  # only for the rare "İ" and Kelvin-sign sentences
# The same test in about 1.5 µs: in the UTF-8 bytes, letters are lower-cased, digits become
# tabs and everything else a space, so ``split`` yields the runs of ASCII letters.
_SQUEEZE = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 9 if 48 <= c <= 57 else 32
    for c in range(256)
)
_WORD_KEYS = frozenset(k.encode() for k in _KEYS if k.isalpha())
_DIGITS = re.compile(f"[0-9{_VULGAR_CLASS[1:-1]}]+")
HAS_VULGAR = re.compile(_VULGAR_CLASS)
_BEFORE_DIGIT = re.compile(
    rf"(?:{_MONTH},?[ \t]+|(?:\b(?-i:US|A|C|HK|NZ|S))?\$[ \t]?|[£€¥₹₦][ \t]?|\b(?-i:N)|[-−+(]"
    r"|\b(?:minus|negative)[ \t]+|\b(?-i:Rs\.?|[A-Z]{3}|RM|NIS)[ \t]?)\Z",
    re.I,
)
_BEFORE_WORD = re.compile(r"\b(?:(?:half[ \t]+)?an?|minus)[ \t]+\Z")
_AFTER = re.compile(
    r"(?P<pp>[ \t]+percentage[ \t]+points?\b)|(?P<pct>[ \t]?%|(?:[ \t]+|-)per[ \t-]?cent\b)"
    r"|(?P<dur>[ \t-]+(?:(?:additional|extra|more|less|fewer|further|full|whole|consecutive"
    r"|straight|successive|previous|past)[ \t]+)?(?:days?|weeks?|fortnights?|months?|years?"
    r"|yrs?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)"
    r"|quarters?(?![ \t]+of\b))\b(?:-olds?\b|(?=-(?:long|run|deal|a)\b)|(?!-[a-z])))"
    r"|(?P<meas>(?:[ \t-]?(?:km/h|kph|kmh|mph|km|kg|mg|cm|mm|nm|ml|lbs?[ \t-]?ft|ft[ \t-]?lbs?"
    r"|ft|lbs?|mw|gw|kw|kwh|mwh|hp|bhp|w|[kmgt]b|[mg]hz|°[cf]?)"
    r"(?![a-z])|[ \t-]+(?:(?:square|sq|cubic)[ \t]+(?:miles?|mi|kilomet(?:re|er)s?|km|metres?"
    r"|meters?|feet|ft)|(?:kilo|centi|milli|nano)?met(?:re|er)s?|miles?|mi|feet|foot|yards?"
    r"|inch(?:es)?|kilos?|(?:kilo|milli)?grams?|tonnes?|tons?|degrees?(?:[ \t]+(?:celsius"
    r"|centigrade|fahrenheit|c|f)\b)?|barrels?|acres?|hectares?|(?:milli)?lit(?:re|er)s?"
    r"|gallons?|(?:kilo|mega|giga)?watts?(?:[ \t-]hours?)?|horsepower|(?:pound|foot)[ \t-](?:feet"
    r"|pounds?)|gigabytes?|megabytes?|terabytes?"
    # pounds of a thing are its weight ("50 pounds of cocaine"), not of money or its uses
    r"|pounds?(?=[ \t]+of[ \t]+(?!(?:the|public|taxpayers|government|investment|funding|money"
    r"|cash|debt|spending|aid|damage|savings|revenue|profits?|losses?|tax|taxes|sales"
    r"|compensation|cuts|support|business|extra|new|his|her|its|their|our|my|your)\b)[a-z]))"
    r"(?![a-z]))"
    r"(?:[ \t]+(?:per|an|a)[ \t]+hour\b)?(?:[²³]|\^[23]|(?<=m)[23](?![0-9])|[ \t]+(?:squared"
    r"|cubed)\b)?)"
    r"|(?P<times>[ \t]+times\b)|(?P<clock>[ \t]+o'clock)"
)
_NEXT = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)*)\b(?!-)(?:[ \t]+([a-z]+(?:-[a-z]+)*)\b(?!-))?")
_THIRD = re.compile(r"[ \t]+([a-z]+(?:-[a-z]+)*)\b(?!-)")
_OF = re.compile(r"[ \t]+of(?=[ \t])")
_HALF_DUR = re.compile(r"(?:[ \t]+an?)?(?=[ \t]+(?:hour|day|week|month|year|minute|second)\b)")
_QUALIFIER = re.compile(
    r"\b(more[ \t]+than|less[ \t]+than|fewer[ \t]+than|at[ \t]+least|at[ \t]+most|up[ \t]+to"
    r"|as[ \t]+(?:many|much|few)[ \t]+as|close[ \t]+to|an[ \t]+estimated|(?:just|well)[ \t]+"
    r"(?:over|under)|just|only|about|around|approximately|roughly|nearly|almost|some|over"
    r"|under|(?:greater|larger|higher|bigger|smaller|lower)[ \t]+than|no[ \t]+(?:more|less|fewer)"
    r"[ \t]+than|not[ \t]+more[ \t]+than|in[ \t]+excess[ \t]+of|above|below)[ \t]+\Z"
)
# "a few thousand", "several million": the smallest plural reading, as for "thousands".
_FEW = re.compile(r"\b(a[ \t]+few|several|many)[ \t]+\Z")
_SCALES_12 = frozenset([*_SCALES, "hundred", "dozen"])
# Last words of the qualifiers: the regex above runs only after one of these.
_QUAL_LAST = frozenset(
    "than least most to many much few estimated over under just only about around "
    "approximately roughly nearly almost some of above below".split()
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
# Prefix of the word as written = canonical unit, tried in order (so "kilom" before "kilo").
_DUR_UNITS = [
    p.split("=")
    for p in "day=day week=week fortnight=2week month=month "
    "year=year yr=year hour=hour hr=hour min=minute sec=second decade=10year "
    "centur=100year quarter=quarter".split()
]
# Names as quantulum3's unit list writes them ("kilometre", "degree Celsius").
_MEASURES = [
    (w.replace("_", " "), u.replace("_", " "))
    for w, u in (
        p.split("=")
        for p in "km/h=kilometre_per_hour kph=kilometre_per_hour kmh=kilometre_per_hour "
        "mph=mile_per_hour kwh=kilowatt_hour mwh=megawatt_hour kilom=kilometre km=kilometre "
        "kilowatt_hour=kilowatt_hour megawatt_hour=megawatt_hour gigawatt_hour=gigawatt_hour "
        "watt_hour=watt_hour kilowatt=kilowatt kw=kilowatt watt=watt w=watt horsepower=horsepower "
        "hp=horsepower bhp=horsepower lb_ft=pound-force_foot lbs_ft=pound-force_foot "
        "ft_lb=pound-force_foot pound_feet=pound-force_foot foot_pound=pound-force_foot "
        "pound=pound-mass "
        "centim=centimetre cm=centimetre millim=millimetre mm=millimetre nanom=nanometre "
        "nm=nanometre mile=mile metre=metre meter=metre feet=foot foot=foot "
        "ft=foot yard=yard inch=inch kilo=kilogram kg=kilogram millig=milligram mg=milligram "
        "gram=gram tonne=tonne ton=ton lb=pound-mass barrel=barrel acre=acre "
        "hectare=hectare millil=millilitre ml=millilitre litre=litre liter=litre "
        "gallon=gallon megawatt=megawatt mw=megawatt gigawatt=gigawatt gw=gigawatt kb=kilobyte "
        "mb=megabyte gb=gigabyte tb=terabyte megab=megabyte gigab=gigabyte terab=terabyte "
        "ghz=gigahertz mhz=megahertz mi=mile".split()
    )
]

_MULTS = {**_ABBR_SCALES, **_SCALES, "hundred": 100, "dozen": 12}

_POINT = re.compile(r"[ \t]+point[ \t]+")
# "a quarter of a percentage point", "half a percentage point" after a fraction.
_PERCENTAGE_POINT = re.compile(r"(?:[ \t]+of)?(?:[ \t]+an?)?[ \t]+percentage[ \t]+points?\b")
# "one in five loans": the fraction 1/5 of them, not five loans.
_ONE_IN = re.compile(r"\b(?:one|1)[ \t]+in[ \t]+(?:every[ \t]+)?\Z")
_DUR_ADJ = frozenset(
    "additional extra more less fewer further full whole consecutive straight successive "
    "previous past".split()
)
# "five and a half minutes", "one and a quarter of an hour", "two and three quarters hours"
_PARTS = {"half": 0.5, "a half": 0.5, "quarter": 0.25, "a quarter": 0.25, "one quarter": 0.25,
          "three quarter": 0.75, "three quarters": 0.75}  # fmt: skip
_AND_PART = re.compile(
    r"[ \t]+and[ \t]+((?:an?[ \t]+|one[ \t]+|three[ \t]+)?(?:half|quarters?))"
    r"(?:[ \t]+of(?:[ \t]+an?)?)?(?=[ \t])"
)
_AND_HALF = re.compile(r"[ \t]+and[ \t]+(?:a[ \t]+)?half\b")
# What follows a glued "k" or "m" that makes it a distance or a screen, not a scale.
_NOT_SCALE = frozenset(
    "race races run runs runner runners walk swim sprint sprinter hurdles relay freestyle "
    "backstroke breaststroke butterfly medley final finals tv tvs resolution video videos "
    "screen screens display displays camera cameras high tall long deep wide away title titles "
    "medal medals record records event events champion champions heat heats gold silver "
    "bronze indoors outdoors".split()
)
# "3/4" is a fraction with these below the line; "9/11", "24/7", "4/5 stars" are not.
_DENOMINATORS = frozenset([2, 3, 4, 5, 6, 8, 10, 16, 100])
_FRACTION = re.compile(r"/(\d{1,3})(?![\d/])")
_RATING = re.compile(r"[ \t]+(?:stars?|points?|marks?)\b")
_ONCE_AFTER = frozenset("only just than least exactly even".split())
_ONCE_NEXT = re.compile(
    r"[ \t]*(?:[.,;:!?)]|\Z)|[ \t]+(?:or[ \t]+twice|(?:a|an|per|every|each)[ \t]+(?:day|week"
    r"|fortnight|month|year|decade|century|season|term|lifetime|generation)\b)"
)
_ONE_AND_HALF = re.compile(
    r"\ban?[ \t]+(hour|day|week|month|year|minute)[ \t]+and[ \t]+(?:a[ \t]+)?\Z"
)
_MONEY_DASH = re.compile(r"[$£€¥][0-9][0-9.,]*[-–]\Z")
