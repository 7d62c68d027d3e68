"""The words around a date expression, which say whether it is one ("Theresa May", "the
Sunday Times") and how it reads ("said Monday")."""

from __future__ import annotations

import re

from claimcheck.extraction.dates.patterns import MONTHS

_SPEECH = frozenset(
    "said says told announced added confirmed revealed wrote tweeted reported stated "
    "insisted warned claimed argued explained denied admitted declared disclosed noted "
    "posted".split()
)


def _after_speech_verb(text: str, start: int, end: int) -> bool:
    before = _prev_words(text, start)
    if before and before[-1] == "on":
        before = before[:-1]
    return bool(before and before[-1] in _SPEECH) or _next_word(text, end).lower() in _SPEECH


_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’-]*)")


def _prev_words(text: str, start: int) -> list[str]:
    """Up to three lower-cased words just before ``start`` (punctuation kept, so a comma
    in between breaks the context)."""
    return text[max(0, start - 40) : start].lower().split()[-3:]


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end)
    return m.group(1).rstrip("'’") if m else ""  # "the Sunday Times' list"


def _sentence_initial(text: str, start: int) -> bool:
    """Capitalized because it starts the sentence, a quote or a bracket."""
    head = text[:start].rstrip()
    return not head or head[-1] in ".!?\"'“‘(:—–-"


def _month_num(m: re.Match[str], g: str) -> int:
    """The month a pattern's month group ``g`` (or its abbreviation ``ga``) names."""
    return MONTHS[m.group(g) or m.group(g + "a")]


_HOLIDAY_CONTEXT = frozenset(
    "at over since before after until till by for during around from this last next of with"
    " through throughout spend spent spending celebrate celebrated celebrating".split()
)
# Things named after a holiday, not its days: "Christmas trees", "Easter eggs".
_HOLIDAY_THINGS = frozenset(
    """tree trees card cards shopping shoppers trading sale sales present presents gift
    gifts dinner lunch party parties lights market markets single album number pudding
    spirit message egg eggs bonus bonuses""".split()
)
# What a holiday names the days of: "the Easter recess", "the Christmas weekend".
_HOLIDAY_PERIODS = frozenset("recess weekend holiday holidays break vacation".split())


_HOLIDAY_NOT_AFTER = frozenset({"Agreement", "agreement", "Accord", "Rising", "Island"})
# Names that are also other things: "Christmas trading", "Lent" the verb, "May Day" the film.
_HOLIDAY_NEEDS_CONTEXT = frozenset(
    {"christmas", "easter", "lent", "may day", "pentecost", "earth day"}
)


# What may follow "on Christmas" when it is the day: the end of a clause or a new one.
_AFTER_A_DAY = frozenset("and or but when as while the he she they we it i this".split())
# Capitalised words before a holiday that do not make it part of a longer name.
_BEFORE_A_HOLIDAY = frozenset(
    "On In At By Over Since Before After Until Till For During Around From This Last Next "
    "Every Each The A And But Or Of To".split()
)


def _inside_a_name(text: str, start: int) -> bool:
    """Is the holiday at ``start`` the end of a longer name ("Holocaust Memorial Day",
    "Armed Forces Day")? A capitalised word right before it, not one that opens the
    sentence's phrase ("On Memorial Day")."""
    before = text[max(0, start - 30) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper() or words[-1] in _BEFORE_A_HOLIDAY:
        return False
    last = words[-1]
    # not "Celtic's Boxing Day meeting", nor after a comma ("I, Robot, Independence Day")
    return last[-1].isalpha() and not last.endswith(("'s", "’s"))


_PERIOD_DETERMINERS = frozenset("the a an its their his her our".split())


def holiday_here(name: str, mod: str, year: int, text: str, start: int, end: int) -> bool:
    """Is the holiday name at ``text[start:end]`` (a canonical ``name``, with its "this"/
    "last"/"next" ``mod`` and its ``year``, if written) the day, not part of something
    else ("the Good Friday Agreement", "Christmas trading", "Holocaust Memorial Day")?"""
    nxt = _next_word(text, end)
    if nxt in _HOLIDAY_NOT_AFTER:
        return False  # the Good Friday Agreement, the Easter Rising
    if not mod and _inside_a_name(text, start):
        return False  # "the Holocaust Memorial Day Trust": not the US Memorial Day
    if name in _HOLIDAY_NEEDS_CONTEXT and not (mod or year):
        prev = _prev_words(text, start)
        if not prev or nxt[:1].isupper():
            return False  # "Christmas Island"
        if nxt.lower() in _HOLIDAY_PERIODS:
            # "before the Easter recess", "over the Christmas weekend", "for a two-week
            # Easter recess": the holiday's days (not "the Christmas trading")
            return (
                prev[-1] in _PERIOD_DETERMINERS
                or prev[-1] in _HOLIDAY_CONTEXT
                or prev[-1].endswith(("-day", "-week", "-month"))
            )
        if nxt.lower() in _HOLIDAY_THINGS:
            return False  # "sales of Christmas trees", "an Easter egg"
        if prev[-1] in ("on", "in"):
            # "on Christmas", "in Lent"; not "in Christmas trading"
            return not nxt[:1].isalpha() or nxt.lower() in _AFTER_A_DAY
        return prev[-1] in _HOLIDAY_CONTEXT  # not "Christmas trading"
    return True
