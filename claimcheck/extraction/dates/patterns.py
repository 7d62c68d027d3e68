"""The regular expressions behind :mod:`claimcheck.extraction.dates.find`.

:data:`ANCHOR` finds the words every date expression contains (a month, a weekday, "week",
"year", a year-like number...) and doubles as the prefilter: most sentences have none and
cost one fast search (of :data:`SCAN`, the same anchors spelled to search faster). Around
each anchor, the few tokens that could start an expression (:data:`CANDIDATE`) are looked
up in :data:`STARTS`, which gives a compiled alternation of just the families that can
begin with that word; it is tried with ``match`` at that token only. Each family
is a named top-level group, so ``match.lastgroup`` says which handler reads it.
Alternatives are ordered so that, at a given start, the longest reading is tried first
("Sept. 18, 2013" before "Sept. 18", "last June" before "June"), and starts are tried
left to right, so "earlier this month" wins over "this month".

Names of months and weekdays may be lower-case ("march 3" in a lower-case headline); the
handlers keep "may" the verb and "march" the noun out. re.IGNORECASE is avoided on purpose
(with Unicode it lets "ſ" match "s" and the Kelvin sign match "k"); sentence-initial
capitals are spelled out as ``[Ll]ast``.
Articles and prepositions stay outside the match ("in February" gives "February");
modifiers that change the meaning ("last", "early", "end of") stay inside.
"""

from __future__ import annotations

import re

_FULL_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(_FULL_NAMES)}
MONTHS.update({name[:3]: i + 1 for i, name in enumerate(_FULL_NAMES)})
MONTHS["Sept"] = 9
MONTHS.update({name.lower(): i for name, i in list(MONTHS.items())})
WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
}
WEEKDAYS.update({name.lower(): i for name, i in list(WEEKDAYS.items())})
SEASONS: dict[str, int] = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)}
NUMBER_WORDS.update({w: i + 10 for i, w in enumerate(_TEENS)})
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
NUMBER_WORDS.update({"hundred": 100, "dozen": 12, "a": 1, "an": 1})

ORDINAL_WORDS: dict[str, int] = {
    w: i + 10
    for i, w in enumerate(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth".split()
    )
}
ORDINAL_WORDS.update({"twenty-first": 21, "twenty first": 21})


def _either_case(words: list[str]) -> str:
    """``word`` -> ``[Ww]ord`` for each word, joined as alternatives."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words)


# Lower-case names count too ("march 3" in a lower-case headline); the handlers keep "may"
# the verb and "march" the noun out.
def _trie(words: list[str]) -> str:
    """An alternation of ``words`` factored by first character, so that the engine tests
    each character once instead of each word: ``l(?:ast|ate(?:r)?)``."""
    heads: dict[str, list[str]] = {}
    for w in sorted(words):
        heads.setdefault(w[0], []).append(w[1:])
    out = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        if len(tails) == 1:
            out.append(re.escape(head + tails[0]))
        else:
            out.append(f"{re.escape(head)}(?:{_trie(rest)})" + ("?" if "" in tails else ""))
    return "|".join(out)


# Alternations factored by first letter (a trie): a month name is tried at every month-like
# token by several families, so testing each character once matters.
_FULL = _trie(_FULL_NAMES + [n.lower() for n in _FULL_NAMES])
_ABBR_NAMES = "Sept Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split()
_ABBR = _trie(_ABBR_NAMES + [n.lower() for n in _ABBR_NAMES])
_WD = _trie(list(WEEKDAYS))
YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|2100)(?!\w)"
_EML = "[Ee]arly|[Mm]id|[Ll]ate"
_NUM = (
    rf"(?:[0-9]{{1,3}}|(?:{_either_case(_TENS)})(?:[\s-](?:{'|'.join(_UNITS)}))?"
    rf"|{_either_case(_TEENS + _UNITS + ['hundred', 'dozen'])})"
)
# "the first nine months": a count of months short of a year
_MONTHS_N = "two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]"
_ORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)).replace(" ", r"\s")


def _wdpfx(g: str) -> str:
    # "Monday, Oct. 21" stays one slot; the weekday is kept to check against the date.
    return rf"(?:(?P<{g}>{_WD}),?\s+(?:the\s+)?)?"


def _mon(g: str) -> str:
    # An abbreviation keeps its period only before a number: "Sept.18", "Sept. 2013";
    # "on 18 Sept." at the end of a sentence leaves the full stop out.
    return (
        rf"(?:(?P<{g}>{_FULL})(?![A-Za-z])"
        rf"|(?P<{g}a>{_ABBR})(?:\.(?=\s*[0-9]))?(?![A-Za-z]))"
    )


def _day(g: str) -> str:
    return rf"(?P<{g}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])"


# Family name -> pattern, in priority order: at one start the first family that matches
# wins, so longer readings come first. Each is wrapped in a group of its own name.
FAMILIES: dict[str, str] = {
    # Holidays before weekdays: "Good Friday" is not "Friday".
    "hol": (
        r"(?:(?P<hol_mod>[Tt]his|[Ll]ast|[Nn]ext)\s+)?(?P<hol_name>Christmas\s+(?:Day|Eve)"
        r"|christmas\s+(?:day|eve)|[Cc]hristmas|Boxing\s+Day|boxing\s+day"
        r"|New\s+Year['’]?s\s+(?:Day|Eve)|Hogmanay"
        # "break for Christmas and New Year's,": the day, where no noun follows
        r"|New\s+Year['’]s(?=\s*[,.;:)]|\s+(?:and|or|holidays?|break|weekend)\b)"
        r"|[Hh]allowe['’]?en|Valentine['’]?s?\s+Day|valentine['’]?s?\s+day|Good\s+Friday"
        r"|Easter\s+(?:Sunday|Monday|Day)|Easter|black\s+friday|[Tt]hanksgiving(?:\s+[Dd]ay)?"
        r"|Orthodox\s+Easter|Bonfire\s+Night|Guy\s+Fawkes\s+Night|Burns\s+Night"
        r"|Black\s+Friday|Cyber\s+Monday"
        r"|(?:Martin\s+Luther\s+King(?:\s+Jr\.?)?|MLK)\s+Day|Presidents['’]?\s+Day"
        r"|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|Earth\s+Day|Election\s+Day"
        r"|Father['’]s\s+Day|Independence\s+Day|Veterans['’]?\s+Day|Armistice\s+Day"
        r"|Remembrance\s+(?:Day|Sunday)|Bastille\s+Day|May\s+Day"
        r"|(?:St\.?|Saint)\s+(?:Patrick|George|Andrew|David)['’]s\s+Day"
        r"|Palm\s+Sunday|Maundy\s+Thursday|Holy\s+(?:Thursday|Saturday)|Ash\s+Wednesday"
        r"|Shrove\s+Tuesday|Pancake\s+Day|Mardi\s+Gras|Mothering\s+Sunday|Lent"
        r"|Ascension\s+Day|Pentecost|Whit\s*[Ss]unday|Whit\s+Monday|Trinity\s+Sunday"
        r"|Ramadan|Eid[\s-](?:al|ul|el)[\s-](?:Fitr|Adha)"
        rf"|Islamic\s+New\s+Year)(?!\w)(?:,?\s+(?P<hol_y>{YEAR}))?"
    ),
    "endof": (
        r"(?P<eo>[Ee]nd|[Ss]tart|[Bb]eginning)[\s-]+of[\s-]+"
        r"(?:(?P<eo_det>the|this|next|last)[\s-]+)?"
        r"(?:(?P<eo_unit>year|month|week|quarter|decade|century)(?!\w)"
        rf"|(?P<eo_mon>{_FULL})(?![A-Za-z])(?:,?\s+(?P<eo_my>{YEAR}))?"
        # "the end of the 2022/23 season", "the start of 2019-20": the span, as "2019-20"
        rf"|(?P<eo_y>{YEAR})(?:[-–/](?P<eo_y2>[0-9]{{4}}|[0-9]{{2}})(?![\w/]|[.,][0-9]))?)"
    ),
    "yend": r"(?P<ye_unit>[Yy]ear|[Mm]onth)(?:[- ]end|['’]s\s+end)(?!\w)",
    # "the first week of October", "the last day of March 2015", "the first Tuesday in May"
    "nth": (
        r"(?P<nt_o>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ll]ast|1st|2nd|3rd|4th)\s+"
        rf"(?P<nt_u>week|day|{_WD})\s+(?:of|in)\s+{_mon('nt_m')}(?:,?\s+(?P<nt_y>{YEAR}))?"
    ),
    # Ranges: "July 13-15", "Aug 8 - Aug 12", "27-28 November", "from 13 to 15 July",
    # "March to May 2019", "between March and May"; "16 or 17 March" is the days either
    # may be. A hyphen between bare numbers takes no
    # spaces ("July 4 - 10 people died" is no range).
    "mdr": (
        rf"{_mon('mr_m')}\s*{_day('mr_d')}(?:[-–](?=[0-9])|\s*[-–]\s*(?={_FULL}|{_ABBR})"
        r"|\s+(?:to|through|thru|until|till|or)\s+)"
        rf"(?:{_mon('mr_m2')}\s*)?{_day('mr_d2')}(?:,?\s*(?P<mr_y>{YEAR}))?(?![.,:][0-9]|\s*%)"
    ),
    "dmr": (
        rf"(?<![.,]){_day('dr_d')}(?:[-–]|\s+(?:to|until|till|through|or)\s+(?:the\s+)?)"
        rf"{_day('dr_d2')}(?:\s+of)?\s+{_mon('dr_m')}(?:,?\s*(?P<dr_y>{YEAR}))?"
    ),
    "mrange": (
        rf"(?P<mg_b>(?<=[Bb]etween\s))?{_mon('mg_m')}\s*"
        r"(?:[-–]|\s(?:to|through|until|till)\s|(?(mg_b)\sand\s|(?!x)x))"
        rf"\s*{_mon('mg_m2')}"
        rf"(?:(?:,?|\s+of)\s+(?P<mg_y>{YEAR}))?"
    ),
    # Numeric dates: ISO "2019-03-05", with dots or slashes "2018.04.05", "2018/4/5" (the
    # East Asian and some European order; dots want two-digit parts, as "2018.4.5" may be a
    # version), and "2/15", "15/2/2019", "3/4/19" (US or UK order), "05.04.2018" (day first,
    # or month first).
    "iso": (
        r"(?<![\w./-])(?P<iso_y>1[89][0-9]{2}|20[0-9]{2})(?:(?P<iso_s>[-/])(?P<iso_m>0?[1-9]|1[0-2])"
        r"(?P=iso_s)(?P<iso_d>0?[1-9]|[12][0-9]|3[01])|\.(?P<iso_m2>0[1-9]|1[0-2])"
        r"\.(?P<iso_d2>0[1-9]|[12][0-9]|3[01]))(?![\w-]|[./][0-9])"
    ),
    "dotted": (
        r"(?<![\w.,/-])(?P<dt_a>[0-9]{1,2})\.(?P<dt_b>[0-9]{1,2})\.(?P<dt_y>1[89][0-9]{2}|20[0-9]{2})"
        r"(?![\w-]|[.,/][0-9])"
    ),
    "num": (
        r"(?<![\w./-])(?P<nu_a>[0-9]{1,2})/(?P<nu_b>[0-9]{1,2})"
        r"(?:/(?P<nu_y>1[89][0-9]{2}|20[0-9]{2}|[0-9]{2}))?(?![\w/]|[.,][0-9]|\s*%)"
    ),
    "mdy": rf"{_wdpfx('mdy_wd')}{_mon('mdy_m')}\s*{_day('mdy_d')}(?:,\s*|\s+){YEAR}",
    "md": rf"{_wdpfx('md_wd')}{_mon('md_m')}\s*{_day('md_d')}(?![.,:][0-9]|\s*%)"
    r"(?:\s+(?P<md_rel>[Ll]ast|[Nn]ext)\s+year\b)?",  # "July 2 last year"
    "dmy": rf"{_wdpfx('dmy_wd')}(?<![.,]){_day('dmy_d')}(?:\s+of)?\s+{_mon('dmy_m')},?\s*{YEAR}",
    "dm": rf"{_wdpfx('dm_wd')}(?<![.,]){_day('dm_d')}(?:\s+of)?\s+{_mon('dm_m')}"
    r"(?:\s+(?P<dm_rel>[Ll]ast|[Nn]ext)\s+year\b)?",  # "5 May last year"
    "my": rf"(?:(?P<my_pre>{_EML})[\s-]+)?{_mon('my_m')}(?:,?|\s+of)\s+(?P<my_y>{YEAR})",
    "yq": rf"(?<![.,])(?P<yq_y>{YEAR})\s+Q(?P<yq_n>[1-4])(?!\w)",
    # "the third quarter", "1989's third quarter", "last year's fourth quarter", "the
    # September quarter" (the one that ends in September), "the July-to-September quarter"
    "qord": (
        rf"(?:(?:(?<![.,])(?P<qo_y0>{YEAR})(?:['’]s)?|(?P<qo_rel0>[Ll]ast|[Tt]his|[Nn]ext)\s+"
        r"year['’]s)\s+)?(?:(?P<qo>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd"
        r"|3rd|4th)[\s-]+(?:quarter|qtr)|(?:(?:January|April|July|October)[\s-]+to[\s-]+)?"
        r"(?P<qo_m>March|June|September|December)[\s-]+quarter)"
        rf"(?!\w)(?:\s+(?:(?:of|in)\s+)?(?:(?:fiscal\s+)?(?P<qo_y>{YEAR})"
        r"|(?P<qo_rel>this|last|next|the)\s+year(?!\w)))?"
    ),
    "qn": rf"Q(?P<qn_n>[1-4])(?!\w)(?:\s+(?P<qn_y>{YEAR}))?",
    # "the first half of 1990", "the first nine months of the year"; bare ("profit in the
    # first half") only where the sentence reports figures (see readings._half).
    "half": (
        rf"(?:(?P<h_n>[Ff]irst|[Ss]econd)[\s-]+half|[Ff]irst\s+(?P<h_m>{_MONTHS_N})\s+months)"
        rf"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<h_y>{YEAR})|(?P<h_rel>the|this|last|next)\s+year(?!\w))"
        r"|(?![\w-])(?!\s+of\b))"
    ),
    # "the last six months of 2017", "the first two weeks of March", "the final 10 days of
    # the year": the run at a start or an end of a named year or month, not a window up to
    # the article ("the last six months").
    "edge": (
        rf"(?P<eg_o>[Ff]irst|[Ll]ast|[Ff]inal)\s+(?P<eg_n>{_NUM}|few|couple(?:\s+of)?)\s+"
        r"(?P<eg_u>day|week|month)s\s+of\s+(?:(?:fiscal\s+)?(?P<eg_y>"
        rf"{YEAR})|{_mon('eg_m')}(?:,?\s+(?P<eg_my>{YEAR}))?|(?P<eg_rel>the|this|last|next)"
        r"\s+year(?!\w))"
    ),
    "ago": (
        rf"(?<![.,])(?P<ago_n>{_NUM}|[Aa]\s+few|[Aa]\s+couple(?:\s+of)?|[Ss]everal|[Ss]ome"
        r"|[Aa]n?)\s+(?P<ago_u>day|week|fortnight|month|year|decade|centur(?:y|ie))s?"
        r"\s+(?P<ago_d>ago|later|earlier|from\s+now|hence)(?!\w)"
    ),
    # "in 7 days", "in three weeks' time": a point ahead, kept only when the sentence looks
    # ahead ("the highest level in five years" is a span, not a date).
    "inoff": (
        rf"(?<=\b[Ii]n\s)(?P<io_n>{_NUM}|[Aa]\s+few|[Aa]\s+couple\s+of|[Ss]everal|[Aa]n?)\s+"
        r"(?P<io_u>day|week|month|year|decade)s?(?:['’]?\s+time)?(?![\w-])"
        r"(?!\s+(?:ago|earlier|later|before|after|from|hence|back)\b)"
    ),
    # "earned $5m in the quarter", "forecasts for the year", "the latest quarter": the
    # period the article reports on (the article and the preposition stay outside).
    "theper": (
        r"(?:(?<=\b[Ff]or\sthe\s)|(?<=\b[Ii]n\sthe\s)|(?<=\bduring\sthe\s)|(?<=\bover\sthe\s)"
        r"|(?<=\blatest\s)|(?<=\brecent\s))(?P<tp_u>quarter|year|month)(?![\w-])"
        r"(?!\s+(?:of|ago|earlier|later|before|after|since|when|that|which|in\s+which|to"
        r"|ended|ending|through|and|or|ahead|beginning|starting|so|just)\b|[-\s]*[0-9])"
    ),
    # "over the weekend", "at the weekend", "spent the weekend", "forecast for the
    # weekend": the one just gone, or the coming one.
    "wkend": (
        r"(?:(?<=\b[Oo]ver\sthe\s)|(?<=\b[Aa]t\sthe\s)|(?<=\b[Dd]uring\sthe\s)"
        r"|(?<=\b[Oo]n\sthe\s)|(?<=\bthrough\sthe\s)|(?<=\buntil\sthe\s)|(?<=\bspent\sthe\s)"
        r"|(?<=\bfor\sthe\s)|(?<=\bby\sthe\s)|(?<=\binto\sthe\s))"
        r"(?:weekend|week-end)(?![\w-])(?!\s+of\b)"
    ),
    # "earlier in the year", "later in the month": as "earlier this year".
    "inthe": r"(?P<it_pre>[Ee]arlier|[Ll]ater)\s+in\s+the\s+(?P<it_u>year|month|week)(?![\w-])",
    # "the year-earlier quarter", "the year-ago period": a year before the date in view.
    "yago": r"(?P<ya_u>[Yy]ear)[- ](?:earlier|ago)\s+(?P<ya_of>quarter|period|month|week)(?!\w)",
    # "compared with the year before", "the month earlier": the period before (or after) the
    # one in view, when nothing follows that "before" could govern ("the year before the war").
    "ybef": (
        r"(?<=\bthe\s)(?P<yb_u>year|quarter|month|week)\s+(?P<yb_d>before|earlier|after|later)"
        r"(?=\s*[,.;:)!?\"”]|\s*$|\s+(?:and|but|or|when|while)\b)"
    ),
    # "the same period last year", "the same quarter a year earlier", "the same period of
    # 1988": the period in view, a year before (or in that year).
    "same": (
        r"(?<=\bthe\s)same\s+(?P<sa_u>period|quarter|month|week|time|half|months)\s+(?:"
        r"(?P<sa_ago>last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:of|in)\s+(?:the\s+)?"
        rf"(?:previous|prior)\s+year)|(?:(?:of|in)\s+)?(?P<sa_y>{YEAR}))(?![\w-])"
    ),
    # "the 1988 quarter", "the 1988 period": the period being reported, in that year.
    "yper": rf"(?<=\bthe\s)(?P<yp_y>{YEAR})\s+(?P<yp_u>quarter|period|half)(?!\w)",
    "roll": (
        # "last" is also a verb: "expected to last five months" is a duration.
        r"(?<!\bto\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bcan\s)(?<!\bmay\s)"
        r"(?<!\bmight\s)(?<!\bshould\s)(?<!\bnot\s)(?<!n't\s)(?<!'ll\s)(?<!\bmust\s)"
        r"(?P<rl_mod>[Pp]ast|[Ll]ast|[Nn]ext|[Cc]oming|(?<=\bthe\s)[Ff]ollowing)"
        rf"\s+(?P<rl_n>{_NUM}|few|several"
        r"|couple(?:\s+of)?)\s+(?P<rl_u>day|week|month|year|decade)s(?!\w)"
    ),
    "relp": (
        rf"(?:(?P<rp_pre>[Ee]arlier|[Ll]ater|{_EML})[\s-]+)?"
        r"(?P<rp_mod>[Tt]his\s+past|[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Cc]urrent"
        r"|[Pp]revious|[Pp]receding|[Ff]ollowing)\s+"
        r"(?P<rp_u>weekend|week-end|week|month|year|quarter|decade|century|day)"
        r"(?![\w-])"
    ),
    "smon": (
        rf"(?:(?P<sm_mod>[Ll]ast|[Nn]ext|[Tt]his|{_EML})[\s-]+)?(?P<sm>{_FULL})(?![A-Za-z])"
        r"(?:\s+(?:of\s+)?(?P<sm_rel>this|last|next)\s+year(?![\w-]))?"
    ),
    "wday": (
        r"(?:(?P<wd_mod>[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Cc]oming"
        rf"|[Pp]ast)\s+)?(?P<wd>{_WD})(?![A-Za-z])"
        r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"
    ),
    "dword": (
        r"(?P<dw>[Yy]esterday|[Tt]omorrow|[Tt]oday|[Tt]onight)(?!\w)"
        r"(?:\s+(?:morning|afternoon|evening|night)(?!\w))?"
        r"|(?P<dw2>[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)(?!\w)"
        r"|(?P<dw3>[Dd]ay\s+(?:after\s+tomorrow|before\s+yesterday))(?!\w)"
        # "had struck the day before, ...": a day from the date the sentence is about
        r"|(?<=\bthe\s)(?P<dw4>day\s+(?:before|after))(?=\s*[,.;:!?)]|\s+(?:and|but|when)\b"
        # "the day after Thanksgiving": a day from the date that follows
        r"|\s+(?:Christmas|Thanksgiving|Easter|Boxing|New\s+Year|Independence|Labou?r\s"
        r"|Memorial|Halloween|Valentine|[A-Z][a-z]+day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
        r"|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))"
    ),
    "season": (
        rf"(?:(?P<se_mod>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|{_EML})[\s-]+)?"
        r"(?P<se>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?!\w)"
        rf"(?:,?\s+(?:of\s+)?(?P<se_y>{YEAR})|\s+(?:of\s+)?(?P<se_rel>this|last|next)\s+year(?![\w-]))?"
    ),
    "cent": (
        rf"(?:(?P<ce_pre>{_EML})[\s-]+)?(?:(?P<ce_n>1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)"
        rf"|(?P<ce_w>{_ORD}|{_ORD.title()}))[\s-]+[Cc]entury(?!\w)"
    ),
    "decade": (
        rf"(?<![.,])(?:(?P<dc_pre>{_EML})[\s-]+)?"
        r"(?:(?P<dc_y>1[89][0-9]0|20[0-9]0)|['’](?P<dc_yy>[0-9]0))s(?!\w)"
    ),
    "year": (
        rf"(?<![.,/:–-])(?:(?P<y_pre>{_EML})[\s-]+)?(?P<y>{YEAR})"
        r"(?:[-–/](?P<y_end>[0-9]{4}|[0-9]{2}|[0-9])(?!\w))?(?![.,][0-9]|\s*%)"
    ),
}

# Lower-case month names, anchored on a rarer letter; "may" and "mar" only before a number.
_DIGIT_NEXT = r"\.?\s*[0-9]"
_LOWER_J = rf"(?<![a-z]j)(?=anuary\b|une\b|uly\b|(?:an|un|ul){_DIGIT_NEXT})"
_LOWER_F = rf"(?=ebruary\b|eb{_DIGIT_NEXT})"
_LOWER_M = rf"arch\b|ay\s*[0-9]|ar{_DIGIT_NEXT}"
_LOWER_G = rf"(?<=aug)(?=ust\b|{_DIGIT_NEXT})"
_LOWER_C = rf"(?<=oc)(?=tober\b|t{_DIGIT_NEXT})"
_LOWER_P = rf"(?<=ap)(?=ril\b|r{_DIGIT_NEXT})"
_LOWER_B = r"(?:(?<=septemb)|(?<=novemb)|(?<=decemb))(?=er\b)"  # lower-case only
_LOWER_MONTHS = (
    f"|j{_LOWER_J}|f{_LOWER_F}|m(?={_LOWER_M})|g{_LOWER_G}|c{_LOWER_C}|p{_LOWER_P}|b{_LOWER_B}"
)

# Every expression holds an anchor: a month, a weekday, a unit word ("week", "year"), a
# season, a holiday, a year-like number. The anchor pattern starts each alternative with
# a literal character, so the regex engine skips ahead with a fast character-set scan:
# rarer letters are chosen ("y" of "day", "k" of "week") and the rest is checked around
# them. It doubles as the prefilter: no anchor, no date.
ANCHOR = re.compile(
    "y(?<=[Dd]ay|ury)|y(?=ear)|Y(?=ear)|k(?<=[Ww]eek)|m(?=onth|orning|n)|m(?<=umm)(?=er)"
    "|g(?<=nig)(?=ht)|w(?<=rrow)|w(?=inter)|f(?=ternoon|all)|f(?<=[Hh]alf)|v(?=ening)"
    "|q(?=uarter|tr)|c(?=ade)"
    "|p(?=ring)"
    "|J(?=an|u[nl])|F(?=eb|all)|M(?=a[ry])|A(?=pr|ug)|S(?=ep)|O(?=ct)|N(?=ov|ight\\b)|D(?=ec)"
    f"{_LOWER_MONTHS}|C(?=hristmas)|E(?=aster|id\\b|id-)|H(?=ogmanay|allowe)|Q(?=[1-4])"
    "|T(?=hanksgiving)|R(?=amadan)|P(?=entecost)|L(?=ent\\b)"
    "|m(?<=christm)(?=as)|g(?<=thanksgiving)|w(?<=hallow)(?=e)"
    "|1(?=[89][0-9][0-9])|2(?=0[0-9][0-9]|100)|'(?=[0-9]0s)|’(?=[0-9]0s)|/(?<=[0-9]/)(?=[0-9])"
)
# What the scan actually runs: ANCHOR rewritten to stop less often. The engine's cost is
# the characters it stops at and, at each, one test per alternative, so alternatives
# sharing a first character are merged and five anchors stop on a rarer letter a fixed
# distance after their own: "m" of "Christmas", "g" of "evening", "spring" and
# "Thanksgiving", "0" of
# "'90s". Those end in an empty group, and SCAN_SHIFT maps its number to the distance
# back to the ANCHOR position. The matches are ANCHOR's, one for one and in the same
# order (nothing between a shifted anchor and its stop is itself an anchor).
SCAN = re.compile(
    "y(?:(?<=[Dd]ay|ury)|(?=ear))|Y(?=ear)|k(?<=[Ww]eek)"
    f"|m(?:(?=onth|orning|n)|(?<=umm)(?=er)|(?={_LOWER_M})|(?<=Christm)(?=as)()"
    "|(?<=christm)(?=as))"
    f"|g(?:(?<=nig)(?=ht)|{_LOWER_G}|(?<=vening)()|(?<=pring)()|(?<=Thanksgiving)()"
    "|(?<=thanksgiving))|w(?:(?<=rrow)|(?=inter)|(?<=hallow)(?=e))"
    f"|f(?:(?=ternoon|all)|{_LOWER_F}|(?<=[Hh]alf))|q(?=uarter|tr)"
    f"|c(?:(?=ade)|{_LOWER_C})|j{_LOWER_J}|p{_LOWER_P}|b{_LOWER_B}"
    "|J(?=an|u[nl])|F(?=eb|all)|M(?=a[ry])|A(?=pr|ug)|S(?=ep)|O(?=ct)|N(?=ov|ight\\b)|D(?=ec)"
    "|E(?=aster|id\\b|id-)|H(?=ogmanay|allowe)|Q(?=[1-4])|R(?=amadan)|P(?=entecost)|L(?=ent\\b)"
    "|1(?=[89][0-9][0-9])|2(?=0[0-9][0-9]|100)|/(?<=[0-9]/)(?=[0-9])|0(?<=['’][0-9]0)(?=s)()"
)
SCAN_SHIFT = (0, 6, 5, 4, 11, 2)  # by group: Christmas, evening, spring, Thanksgiving, '90s
# An expression starts at most this many characters before its first anchor ("first half
# of the year", "a couple of years ago").
LOOKBACK_CHARS = 32


def _cased(words: str) -> list[str]:
    return [v for w in words.split() for v in (w, w[0].upper() + w[1:])]


# First token of an expression (a run of ASCII letters, a number, which shares the "#4"
# entry when it has four digits and "#" otherwise, or a quote) -> the families that can
# start with it. Trying a dozen alternatives at every word is what makes one big
# alternation slow; here a word that starts no family costs a dictionary miss.
_STARTS: list[tuple[list[str], str]] = [
    (list(MONTHS), "mdr mrange mdy md my qord smon"),
    (list(WEEKDAYS), "mdy md dmy dm wday"),
    # A four-digit number (a year, mostly) and a shorter one start different families.
    (["#4"], "iso yq qord yper decade year"),
    (["#"], "num dotted dmr dmy dm nth qord inoff ago cent"),
    (["'", "’"], "decade"),
    (_cased("this"), "hol qord relp smon wday dword season"),
    (_cased("last"), "hol nth qord edge roll relp smon wday dword season"),
    (_cased("next"), "hol qord roll relp smon wday season"),
    (_cased("past"), "roll relp wday season"),
    (_cased("coming"), "roll relp wday"),
    (_cased("current previous preceding"), "relp"),
    (_cased("following"), "roll relp"),
    (["same"], "same"),
    (_cased("earlier later"), "inthe relp"),
    (_cased("early mid late"), "my relp smon season cent decade year"),
    (_cased("end start beginning"), "endof"),
    (_cased("month"), "yend ybef theper"),
    (_cased("first second"), "nth qord half edge"),
    (_cased("third fourth"), "nth qord"),
    (_cased("final"), "qord edge"),
    (_cased("a an several some") + _cased(" ".join(NUMBER_WORDS)), "inoff ago"),
    (_cased("twenty"), "inoff ago cent"),
    (_cased(" ".join(w for w in ORDINAL_WORDS if " " not in w and "-" not in w)), "cent"),
    (_cased("yesterday tomorrow today tonight day"), "dword"),
    (_cased("year"), "yend yago ybef theper"),
    (["quarter"], "ybef theper"),
    (["weekend", "week"], "ybef wkend"),
    (_cased("spring summer autumn fall winter"), "season"),
    (
        "Christmas Boxing New Hogmanay Halloween Hallowe Valentine Good Easter Bonfire Orthodox "
        "Guy Burns Thanksgiving Black Cyber Martin MLK Presidents Memorial Labor Columbus "
        "Earth Election Father Independence Veterans Armistice Remembrance Bastille May St "
        "Saint Palm Maundy Holy Ash Shrove Pancake Mardi Mothering Lent Ascension Pentecost Whit "
        "Whitsunday Trinity Ramadan Eid Islamic christmas boxing halloween hallowe "
        "valentine valentines black thanksgiving".split(),
        "hol",
    ),
    (["Q"], "qn"),
]


def _dispatch() -> dict[str, re.Pattern[str]]:
    wanted: dict[str, set[str]] = {}
    for words, names in _STARTS:
        for w in words:
            wanted.setdefault(w, set()).update(names.split())
    compiled: dict[tuple[str, ...], re.Pattern[str]] = {}
    out: dict[str, re.Pattern[str]] = {}
    for w, family_names in wanted.items():
        key = tuple(f for f in FAMILIES if f in family_names)  # keep the priority order
        if key not in compiled:
            alternatives = "|".join(f"(?P<{f}>{FAMILIES[f]})" for f in key)
            compiled[key] = re.compile(rf"(?<![\w$£€#])(?:{alternatives})")
        out[w] = compiled[key]
    return out


STARTS = _dispatch()


# The token starts worth trying: a token that is a key of STARTS and has no word
# character (nor $ £ € #) before it; every STARTS pattern rejects the others with its
# look-behind, so skipping them changes nothing. CANDIDATE stops on the character before
# such a token (the engine skips to it by character set) and looks ahead at the token:
# group 1 is a four-digit number ("#4"), group 2 another number ("#"), group 3 a quote,
# group 4 or 5 a word. Words are split by case
# so that the engine tests a few first letters at each stop, not all of them.
# CANDIDATE_AT0 is the same for a token at the very start of the text, which has no
# character before it.
_LOWER = _trie([w for w in STARTS if w[0].islower()])
_UPPER = _trie([w for w in STARTS if w[0].isupper()])
_TOKEN_AHEAD = (
    rf"([0-9]{{4}}(?![0-9]))|([0-9])|(['’])|(?=[a-z])({_LOWER})(?![A-Za-z])"
    rf"|(?=[A-Z])({_UPPER})(?![A-Za-z])"
)
# The STARTS key of a CANDIDATE match, by its last group.
TOKEN_KEY = {1: "#4", 2: "#"}
CANDIDATE = re.compile(rf"[^\w$£€#](?={_TOKEN_AHEAD})")
CANDIDATE_AT0 = re.compile(rf"(?={_TOKEN_AHEAD})")

# Sentence signals that its dates lie ahead. Case-sensitive so "Will Smith" does not count:
# "will", "won't", "shall", "'ll"; "is/are/be(en) due, expected, scheduled, slated, set
# to/for, poised/going/planning/hoping to"; "plan(s/ning) to", "intend(s) to", "aim(s) to",
# "hope(s) to", "expect(s) to", "vowed/pledged/promised/agreed/threatened to"; "scheduled",
# "upcoming", "forthcoming", "coming"; "next" (but not "next day/morning/evening/night/to");
# "by the end of". Each is a whole word: its first letter has no word character before it.
# Only whether there is a match counts, so each phrase is spelled from its rarest letter
# (the "x" of "next", the "d" of "vowed"), checking the letters before it with a
# look-behind: the engine skips by character set to those few letters and, at each, tries
# one alternative per letter. (Spelled from the first letter, the engine stopped at half
# the characters of a sentence.)
_FUTURE_AFTER = (
    r"(?:due|expected|scheduled|slated|set\s+(?:to|for)|(?:poised|going|planning|hoping)\s+to"
    r"|to\s+(?!blame\b|say\b|have\b|do\s+with\b)[a-z]+)\b"
)
# Verbs that set or move a date: after them "for", "to" or "until" introduce it
# ("scheduled for May", "postponed to March"). They say a date is planned, not which side
# of the article it lies on: "the vote, scheduled for March 3, was cancelled".
SCHEDULING = (
    "scheduled rescheduled set slated planned timed booked penciled pencilled postponed "
    "delayed deferred moved pushed brought put tipped earmarked"
).split()
SCHEDULED_FOR = re.compile(
    rf"\b(?:{_trie(SCHEDULING)})\s+(?:(?:back|forward|off|in)\s+)?(?:for|to|until|till|into)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
FUTURE = re.compile(
    r"l(?:(?<=\bwil)|(?<=\bshal)|(?<=['’]l))l\b|'(?<=\bwon')t\b"
    r"|b(?<!\wb)(?:e(?:en)?\s+(?:expected|due|set|scheduled|slated|poised|going|planning|"
    r"hoping)\s+to\b|y\s+the\s+end\s+of\b)"
    r"|p(?:(?<!\wp)(?:lan(?:s|ning)?|ledged|romised)\s+to\b|(?<=\bhop)(?:es?|ed)\s+to\b"
    r"|(?<=\bup)coming\b)"
    r"|d(?:(?<=\bintend)s?\s+to\b|(?<=\bthreatened)\s+to\b|(?<=\bvowed)\s+to\b"
    r"|(?<=\bagreed)\s+to\b|(?<=\bscheduled)\b)"
    r"|m(?<=\baim)s?\s+to\b"
    r"|x(?:(?<=\bex)pects?\s+to\b|(?<=\bnex)t\b(?!\s+(?:day|morning|evening|night|to)\b))"
    r"|g(?:(?<=\bcoming)|(?<=\bforthcoming))\b"
    rf"|s(?<=\bis)\s+(?:not\s+)?{_FUTURE_AFTER}|r(?<=\bar)e\s+(?:not\s+)?{_FUTURE_AFTER}"
    # the future of the past: "was expected to dump rain through the weekend", "schools
    # that were to start classes Monday" (not "was to have", "was to blame")
    r"|w(?<!\ww)(?:as|ere)\s+(?:not\s+)?(?:(?:expected|due|scheduled|slated|set)\s+to\b"
    r"|to\s+(?!have\b|blame\b)[a-z]+\b)"
)
# A clause with one of these and no future signal is about the past, whatever the rest
# of the sentence says ("The bill, passed on Tuesday, will come into force...").
PAST = re.compile(
    r"ed\b(?<=\w\w\wed)|w(?<!\ww)(?:as|ere|ent|on)\b|h(?<!\wh)(?:ad|eld)\b|d(?<!\wd)id\b"
    r"|s(?<!\ws)(?:aid|aw)\b|t(?<!\wt)(?:old|ook)\b|c(?<!\wc)ame\b|m(?<!\wm)(?:et|ade)\b"
    r"|g(?<!\wg)ave\b|b(?<!\wb)egan\b|l(?<!\wl)(?:ost|eft|ast)\b|f(?<!\wf)ell\b|r(?<!\wr)ose\b"
    r"|a(?<!\wa)go\b|y(?<!\wy)esterday\b"
)
