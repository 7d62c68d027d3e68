"""Numbers that are part of a name, not a quantity: "Windows 95", "Level 2", "Boeing
737-800", "Airbus A350-900", "737 Max", "iPhone 11", "911 calls", and ranks ("number one").

A number written right after a capitalised name word is part of that name ("Phase 1",
"Channel 4", "Wi-Fi 6", "Apollo 11"), unless the word is a month, a weekday or a place and
the number counts a plural after it ("on Friday 15 protesters", "in Iraq 20 soldiers"), or
opens the sentence as any sentence's first word may ("Some 50 people",
"About 300 jobs", "In 2003", "Released 25 years ago"): a first word is a name only when it
is none of the words that open a sentence in news copy (:data:`_OPENERS`, adverbs in -ly,
participles in -ed and -ing). A number glued to letters ("A350"), or joined by a dash to one
that is ("A350-900") or to a three-digit one ("Boeing 737-800", "ATR 72-500"; not the score
"Kiefer 6-7"), is a model. "911" and "999" before "call(s)" are the emergency numbers.

A count written before a name counts the plural noun after the name (:func:`noun_after_name`):
"50 Airbus A350-900 jets" is 50 jets, "three British authors" three authors; a house number
counts nothing ("10 Downing Street officials").

Ranks (:func:`rank_word`): any figure after lower-case "number" ("at number three"), and 1
after "No", "No." or "Number" ("No. 1"), is a place in a ranking; another figure after those
is left out, as it may be an address ("No 10" is Downing Street).
"""

from __future__ import annotations

import re

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.numbers.patterns import _STOP

__all__ = [
    "dash_head",
    "emergency",
    "in_model",
    "name_word",
    "noun_after_name",
    "rank_word",
    "superlative",
]

# Words that open a sentence before a number without naming anything: articles, pronouns,
# prepositions, conjunctions, auxiliaries, hedges and the like ("Some 50 people", "In 2003",
# "But 36", "Perhaps 300", "Are 30 enough?"), with the function words a count never counts,
# and contractions as copy that lost its apostrophes writes them ("Thats 270 people a day").
_OPENERS = _STOP | frozenset(
    """maybe how why last next however nevertheless instead indeed whilst amid amongst versus
    except thats theres heres whats im ive youre theyre weve hes shes a an the and or but nor
    so yet for of in on at to by with from into onto as than that
    this these those which who what when where while if though although because since until
    unless whether once after before during between among across against within without
    under over above below around about some any all both each every either neither many
    much most more less fewer few several another other such no not only just almost nearly
    approximately roughly some up down out off per via plus minus including excluding
    there here then now today tonight yesterday tomorrow meanwhile overall altogether also
    still even again already come unlike like despite throughout towards toward beyond
    its it his her their our my your we they he she you i me us them him
    total aged age""".split()
)
# Months as the word lists spell them, lower-cased, and weekdays.
_MONTHS_DAYS = frozenset(m.lower().rstrip(".") for m in gz.MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# The last word of an address: the number before it is a house number ("10 Downing Street").
_STREETS = frozenset("Street St Road Rd Avenue Ave Lane Drive Terrace Crescent Boulevard".split())
# A model token: digits glued to letters or joined by dashes ("A350-900", "737-800", "S10").
_MODEL = re.compile(r"[A-Za-z]*\d+(?:[-–][A-Za-z0-9]+)*[A-Za-z]*\Z")
# Name tokens between a count and its noun: "50 Airbus A350-900 jets", "400 737 Max jets",
# "200 Level 2 stations", "3 British soldiers".
_NAME_TOKENS = re.compile(
    r"((?:[ \t]+(?:[A-Z][A-Za-z]+(?:-[A-Za-z0-9]+)*|[A-Za-z]*\d+(?:[-–][A-Za-z0-9]+)*"
    r"[A-Za-z]*)(?![\w'’.,-])){1,3})[ \t]+([a-z]+)\b(?![-'’])"
)
# After a word in -s, one of these makes the word a verb ("runs the", "sells its").
_DETERMINER = re.compile(r"[ \t]+(?:the|its|his|her|their|our|my|your|this|these)\b")
_EMERGENCY = re.compile(
    r"[ \t]+(?:emergency[ \t]+)?(?:calls?|callers?|operators?|dispatch(?:ers?)?|services?"
    r"|lines?|centres?|centers?|number)\b"
)
_RANK = re.compile(r"\b(?:(number|Number)|No\.?)[ \t]+\Z")


def name_word(word: str, first: bool, counted: bool) -> bool:
    """Whether ``word``, written right before a number, names what the number is part of:
    "Windows", "Level", "Wi-Fi", "iPhone"; ``first`` when it opens the sentence, ``counted``
    when the number counts a noun after it."""
    bare = word.rstrip(".")
    if not bare.replace("-", "").isalpha() or not any(c.isupper() for c in bare):
        return False  # "Unison's", "said", "(Saha"
    low = bare.lower()
    place = bare in gz.PLACES or bare[-1] == "s" and bare[:-1] in gz.PLACES  # "Ohios 88"
    if low.rsplit("-", 1)[-1] in _MONTHS_DAYS or place:
        # "on Friday 15 protesters", "in Iraq 20 soldiers" count; "on Thursday 9." is a
        # day of the month, "Chelsea 2 Arsenal 1" a score
        return not counted
    if first:
        return low not in _OPENERS and not low.endswith(("ly", "ed", "ing"))
    return True


def superlative(text: str, end: int) -> bool:
    """Whether a superlative follows the number ending at ``end``: "America's 10 worst
    cities", "Ohio's 50 largest firms" rank what they count, where a name's number does not
    ("Windows 95 machines")."""
    m = _WORD_AFTER.match(text, end)
    return m is not None and (
        m[1] in ("most", "least", "best", "worst") or m[1].endswith("est") and m[1] not in _EST
    )


_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
# Words in -est that are no superlatives.
_EST = frozenset(
    "interest forest protest contest request honest modest west east test nest rest guest "
    "chest quest arrest suggest digest harvest invest manifest conquest behest".split()
)


def model_suffix(text: str, digits: str, end: int) -> bool:
    """Whether a product line's word follows the number ``digits`` ending at ``end``:
    "737 Max", "iPhone 11 Pro" (a model's name, not a quantity; not "100,000 Pro ...")."""
    if not digits.isdigit():
        return False
    m = _SUFFIX_AFTER.match(text, end)
    return m is not None and m[1] in _MODEL_SUFFIXES


_SUFFIX_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z]*)\b")
_MODEL_SUFFIXES = frozenset("Max MAX Pro Plus Ultra Lite XL".split())


def in_model(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a dash inside a model name: "A350-900",
    "B-52-900" (the token before the dash has letters)."""
    if start < 2 or text[start - 1] not in "-–":
        return False
    i = start - 1
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    token = text[i : start - 1]
    return any(c.isalpha() for c in token) and _MODEL.match(token) is not None


def dash_head(text: str, start: int) -> int | None:
    """Where the first number of "737-800" starts, for the number at ``start`` after the
    dash, or None when the number does not follow a model number and a dash.

    One of the numbers has three digits or more ("737-800", "ATR 72-500"): "Kiefer 6-7
    (4-7)" is a score, whose second half is left for :mod:`.combine` to see the score by."""
    if start < 2 or text[start - 1] not in "-–" or not text[start - 2].isdigit():
        return None
    i = start - 2
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    if start - 1 - i < 3 and not text[start : start + 3].isdigit():
        return None
    return i if i == 0 or text[i - 1] in " \t" else None


def emergency(text: str, digits: str, end: int) -> bool:
    """ "911 calls", "a 999 call": the emergency number, not a count."""
    return digits in ("911", "999") and _EMERGENCY.match(text, end) is not None


def rank_word(text: str, start: int, lo: int) -> str | None:
    """ "number", "Number", "No" or "No." when it stands right before the number at
    ``start``, else None ("No one" is a pronoun, not a rank).

    After lower-case "number" any figure is a place in a ranking ("at number three"); after
    "No" or "Number" only 1 is sure to be ("No. 1"): "No 10" and "Number 10" name Downing
    Street."""
    m = _RANK.search(text, max(lo, start - 8), start)
    if m is None or (not text[start].isdigit() and m[1] is None):
        return None
    return m[1] or m[0].rstrip()


_CAPITALISED_PLURAL = re.compile(r"[ \t]+([A-Z][a-z]+s)\b(?!['’])")


def noun_after_name(text: str, pos: int) -> tuple[int, str] | None:
    """(end, noun) of what a count counts across a name: "50 Airbus A350-900 jets" counts
    jets, "400 737 Max jets" jets, "3 British soldiers" soldiers. The name has a capitalised
    word (not a month or weekday); the noun is the plural right after it."""
    people = _CAPITALISED_PLURAL.match(text, pos)
    if people is not None and people[1][:-1] in gz.DEMONYMS:
        return people.end(), people[1]  # "nearly 150 Indians returned"
    m = _NAME_TOKENS.match(text, pos)
    if m is None:
        return None
    tokens = m[1].split()
    words = [t for t in tokens if t[0].isupper() and t.replace("-", "").isalpha()]
    if any(t.lower() in _MONTHS_DAYS for t in words) or words and words[-1] in _STREETS:
        return None  # "10 Downing Street officials": a house number
    if not words and tokens not in (["911"], ["999"]):
        return None  # "300 911 calls" counts calls; "in 2004 30 people" is not this
    if any(not t[0].isupper() and _MODEL.match(t) is None for t in tokens):
        return None
    if _DETERMINER.match(text, m.end(2)):
        return None  # "19 Management runs the careers": a verb, not what is counted
    if len(tokens) == 1 and len(words) == 1 and words[0].endswith("ns"):
        return None  # "one in four Texans lacks": the people named are what is counted
    return m.end(2), m[2]
