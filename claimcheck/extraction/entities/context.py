"""Unknown names decided by the words around them: a speech verb after ("Harstedt
said"), a role word or a company noun before, a known place after a comma, a place
preposition before and a clause end after.
"""

from __future__ import annotations

import re

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.lexicon import (
    _AFTER_PLACE_RE,
    _CLAUSE_END,
    _CONN,
    _LEX,
    _NOT_BEFORE_PLACE,
    _ORG,
    _ORG_INTRODUCERS,
    _PERSON,
    _PERSON_AFTER_RE,
    _PLACE,
    _RUN_RE,
    _SHARES_AFTER_RE,
    _SHARES_BEFORE,
    _SPEECH_AFTER_RE,
    _SPEECH_BEFORE,
    _TYPE_NAMES,
    _UNK,
    _Item,
    _items,
    _prev_word,
)

# Members of a party: after a place, a description ("the Orlando Democrat"), no surname.
PARTISANS = frozenset("Democrat Republican Independent".split())


def _as_person(text: str, start: int, end: int) -> list[_Item]:
    name = text[start:end]
    known = _LEX.get(name)
    return [(start, end, _PERSON, known[1] if known and known[0] == _PERSON else name)]


def _known_only(words: list[_Item]) -> list[_Item]:
    return [it for it in words if it[2] == _PLACE or it[2] == _PERSON]


def _chunk_by_context(
    text: str,
    items: list[_Item],
    a: int,
    b: int,
    run_start: int,
    run_end: int,
) -> list[_Item]:
    """Resolve a chunk of unknown words from the words around it, or drop it."""
    start, end = items[a][0], items[b - 1][1]
    at_start = start == run_start
    at_end = end == run_end
    chunk = items[a:b]
    # The word before, read once for every rule below that looks at it.
    prev = _prev_word(text, start) if at_start else ""
    if (
        at_start
        and prev in _ORG_INTRODUCERS
        and all(it[2] == _UNK or it[2] == _CONN for it in chunk)
    ):
        return [(start, end, _ORG, text[start:end])]  # "security firm Symantec said"
    if at_start and at_end and _org_by_shares(text, start, end, prev):
        return [(start, end, _ORG, text[start:end])]  # "Barrick Gold shares fell"
    # A person by the words around: a speech verb or "who" after, a role word or
    # "said" before.
    if _SEAT_BEFORE.search(text, max(0, start - 16), start) is not None and not any(
        w in gz.GIVEN_NAMES for w in text[start:end].split()[1:]
    ):
        return [(start, end, _PLACE, text[start:end])]  # "the Labour MP for Birkenhead asked"
    # "the Orlando Democrat said": a party's member in a place, not a person's name
    partisan = text[start:end].rsplit(" ", 1)[-1] in PARTISANS
    if not partisan and (
        (at_end and text[end : end + 1] == " " and _SPEECH_AFTER_RE.match(text, end))
        or (
            at_end
            and text[end : end + 1] == ","
            and _PERSON_AFTER_RE.match(text, end)
            and prev != "the"
        )
        or (at_start and prev in gz.ROLE_WORDS)
        or (at_start and prev in _SPEECH_BEFORE and (end >= len(text) or text[end] in _CLAUSE_END))
    ):
        return _as_person(text, start, end)
    if at_end:
        said = _appositive(text, end)
        if said is not None:
            return [(start, end, said, text[start:end])]  # "Ostrander, a Swedish MP,"
    words = [it for it in chunk if it[2] != _CONN]
    for it in words:
        if it[2] != _UNK:
            return _known_only(words)
    if at_end and text[end : end + 2] == ", ":
        nxt = _RUN_RE.match(text, end + 2)
        nitems = _items(text, nxt.start(), nxt.end(), False) if nxt else []
        first_item = nitems[0] if nitems else None
        if (
            first_item is not None
            and first_item[2] == _PLACE
            and first_item[3] in gz.STATES_AND_COUNTRIES
            and text[first_item[1] : first_item[1] + 2] not in ("'s", "’s")
        ):
            return [(start, end, _PLACE, text[start:end])]  # "Minsk, Belarus"
    if (
        at_start
        and at_end
        and len(words) <= 2
        and prev in gz.PLACE_PREPOSITIONS
        and _place_position(text, start, end)
        and not any(text[s:e].lower() in gz.COMMON_WORDS for s, e, _, _ in words)
    ):
        return [(start, end, _PLACE, text[start:end])]  # "a briefing in Seoul"
    return []


# A seat before a name: "MP for Birkenhead", "MEP for London" (a place, whatever follows).
_SEAT_BEFORE = re.compile(r"\b(?:MPs?|MSPs?|MEPs?|AMs?|TDs?|MLAs?) for $")


# What an appositive after a name says it is, by its head noun: "Ostrander, a Swedish
# MP", "Tessel, the Norwegian mining group", "Kisangani, a town in the east". The head
# is the last word before a preposition or the clause's end ("the venture capital arm"
# is an arm); a phrase with other names in it is more likely the next item of a list
# ("Essar, the Sterling group and ...").
_APPOSITIVE_RE = re.compile(
    r", (?:a|an|the|its|his|her|their) ([^,;:.()!?\"“”]{1,60})[,;:.()!?\"“”]?"
)


_PLACE_NOUNS = frozenset(
    "city town village capital region province district state country island port suburb "
    "resort county municipality".split()
)


_APPOSITIVE_STOP = frozenset("of in for at with from on by to who which that and or".split())


def _owned(appositive: str) -> bool:
    """Whether an appositive opens with a person's possessive: ", his firm", ", her label"."""
    return appositive.split(None, 2)[1] in ("his", "her")


def _appositive(text: str, end: int) -> int | None:
    """The kind of name an appositive after ``end`` makes it, or None."""
    if text[end : end + 2] != ", ":
        return None
    m = _APPOSITIVE_RE.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for i, word in enumerate(words):
        if word in _APPOSITIVE_STOP:
            words = words[:i]
            break
    else:
        if m.end() == m.end(1):
            return None  # cut off before the phrase ended
    if not 1 <= len(words) <= 5:
        return None
    for word in words[:-1]:
        if word[:1].isupper() and word not in gz.DEMONYMS and word not in gz.PLACES:
            return None
    head = words[-1].lower()
    if head in gz.ROLE_WORDS:
        return _PERSON
    if head in _ORG_INTRODUCERS:
        # "Taylor Swift, her former record label and ...": a person's label is the next
        # item of a list, not her; "Essar, its parent company" is the company.
        return None if _owned(m.group(0)) else _ORG
    if head in _PLACE_NOUNS:
        return _PLACE
    return None


_LOWER_SUFFIX_RE = re.compile(r"-[a-z]")


def _org_by_shares(text: str, start: int, end: int, prev: str) -> bool:
    """Whether a company's shares are spoken of: "Newmont shares", "a stake in Newmont"."""
    if text[end : end + 1] == " " and _SHARES_AFTER_RE.match(text, end):
        return _LOWER_SUFFIX_RE.search(text, start, end) is None  # not "Travel-related shares"
    if prev != "in" and prev != "of":
        return False  # most names: the word two back is not worth reading
    return _prev_word(text, start - len(prev) - 1).lower() in _SHARES_BEFORE


def _place_position(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits where a place name goes: "a briefing in Seoul."

    Conservative: a place preposition before (not after "stake", "shares", ...), and
    after it the end of the clause or a word that commonly follows a place.
    """
    prev = _prev_word(text, start)
    if prev not in gz.PLACE_PREPOSITIONS:
        return False
    before = _prev_word(text, start - len(prev) - 1)
    if before in _NOT_BEFORE_PLACE:
        return False
    if end >= len(text) or text[end] in ",.;:)!?\n":
        return True
    nxt = _AFTER_PLACE_RE.match(text, end)
    return nxt is not None


def _place_after_comma(text: str, end: int) -> bool:
    """Whether ", " and a state or country follow ``end``: "Minsk, Belarus"."""
    nxt = _RUN_RE.match(text, end + 2)
    if nxt:
        nitems = _items(text, nxt.start(), nxt.end(), False)
        if nitems:
            first_item = nitems[0]
            return (
                first_item[2] == _PLACE
                and first_item[3] in gz.STATES_AND_COUNTRIES
                and text[first_item[1] : first_item[1] + 2] not in ("'s", "’s")
            )
    return False


def _role_before(text: str, at: int) -> bool:
    """Do the words right before ``at`` name someone by their job: a role word, alone
    or before a name ("an analyst", "analyst Erling Refsum")?"""
    words = text[max(0, at - 48) : at].split()[-4:]
    while words and words[-1][:1].isupper() and words[-1].isalpha():
        words.pop()  # the name
    return bool(words) and words[-1].lower() in gz.ROLE_WORDS


def _single_context(text: str, start: int, end: int, uncommon: bool = True) -> str | None:
    """:func:`_chunk_by_context` for a run that is one unknown, uncommon word.

    Also for a run of two unknown words ("Shami Chakrabarti"), where ``uncommon`` says
    whether neither is a common word (the place-preposition rule wants that).
    The answer is always the run itself or nothing, so only its type is returned.
    The word before is read once for every rule that looks at it.
    """
    prev = _prev_word(text, start)
    if prev in _ORG_INTRODUCERS:
        return "org"  # "security firm Symantec said"
    if _org_by_shares(text, start, end, prev):
        return "org"  # "a stake in Newmont", "Newmont shares fell"
    if text[end : end + 1] == " " and _SPEECH_AFTER_RE.match(text, end):
        return "person"
    if (
        text[end : end + 1] == ","
        and _PERSON_AFTER_RE.match(text, end)
        and prev != "the"  # "the Eagles, who lost"
    ):
        return "person"  # "Bowyer, who moved", "Bowyer, 19, pleaded"
    if prev in gz.ROLE_WORDS:
        return "person"
    said = _appositive(text, end)
    if said is not None:
        return _TYPE_NAMES[said]  # "Ostrander, a Swedish MP,"
    n = len(text)
    if prev in _SPEECH_BEFORE and (end >= n or text[end] in _CLAUSE_END):
        return "person"
    if text[end : end + 2] == ", " and _place_after_comma(text, end):
        return "place"  # "Minsk, Belarus"
    if prev == "at":  # not "from": "a 25-year-old doctor from Bolton" is his home town
        if _role_before(text, start - len(prev) - 1):
            return "org"  # "analyst Erling Refsum at Nomura": where the person works
    if (
        uncommon
        and prev in gz.PLACE_PREPOSITIONS
        and _prev_word(text, start - len(prev) - 1) not in _NOT_BEFORE_PLACE
        and (end >= n or text[end] in ",.;:)!?\n" or _AFTER_PLACE_RE.match(text, end))
    ):
        return "place"  # _place_position: "a briefing in Seoul."
    return None
