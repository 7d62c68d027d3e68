"""Reported speech: a sentence that says what someone said without quotation marks.

"Clinton said during a speech in Australia that the deal would raise wages", "The deal
is bad for America, Trump told reporters on Monday", "According to strategist Keith
Nahigian, the campaign is in trouble", "He added that he would renegotiate it". The
claim in such a sentence is its speaker's, and a fact-checker checks it against them.

:func:`reported` reads one sentence and gives who the attribution names (a name, a
pronoun or a role, as :func:`~claimcheck.extraction.quotes.names.parse_who` reads it)
and where the reported words are; the package resolves the who against what the
article said before. A sentence gives none when its speech verb is passive ("was
said to"), starts an infinitive ("continued to grow", "promised to act": a plan,
not a statement), or has no one in front of it ("which analysts said").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.quotes.cues import (
    OBJECT_FIRST,
    PASSIVE_BEFORE,
    cue_after,
    first_verb,
    phrase_after,
    subject_of_verb,
    verb_pattern,
)
from claimcheck.extraction.quotes.names import (
    BODIES,
    DETERMINERS,
    WEEKDAYS,
    Who,
    met,
    named_last,
    parse_who,
)
from claimcheck.extraction.quotes.titles import party_dashed

# No one met: a place word alone is no one's surname.
_NO_ONE: Mapping[str, str | None] = MappingProxyType({})

_ACCORDING_FIRST = re.compile(r"\s*(?:(?:And|But|So),?\s+)?[Aa]ccording to\s+")
_ACCORDING_LAST = re.compile(r",\s*according to\s+")
# The words of a speech verb's tail in "..., X said": when it says where or to whom.
_TAIL_OPENERS = frozenset(
    "on in at during after before last this earlier later late yesterday today tonight "
    "told while when as of from".split()
)
# What may stand between a verb and the reported words when no "that" marks them: "said
# in a statement", "said on Monday", "told CNN last week".
_SETTING = re.compile(
    r"(?:\s*,)?\s*(?:(?:in|on|during) (?:a|an|the|his|her|its|their) (?:[a-z]+ )?"
    r"(?:statement|interview|speech|letter|post|tweet|release|report|briefing|call)"
    r"|(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|yesterday|today|last (?:week|month|year|night)"
    r"|(?:earlier |later )?this (?:week|month|year)(?!['’])|earlier|later|recently)\b,?"
)
_NOUN_BEFORE = re.compile(r"(?:['’]s|\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s*$")
_AUXILIARIES = frozenset("is was are were has had have would will could should did does".split())
# A clause of its own between a verb and a "that": its verb is finite.
_FINITE = _AUXILIARIES | frozenset("may might can must shall".split())
_PREPOSITION = re.compile(
    r"\s*(?:with|to|for|on|about|of|in|at|by|from|into|over|against|under|after|up|out)\b"
)
_THAT = re.compile(r"\bthat\s+")
# An object after "told", "assured", ...: "told reporters", "told the BBC's Today programme".
_OBJECT_VERBS = OBJECT_FIRST | {"warned"}
_TO_WHOM = frozenset("reporters journalists the a an his her their".split())
_MIN_WORDS = 3
# Small words inside a programme's name.
_IN_TITLES = frozenset("of with at the and on in".split())
# What a named addressee may end with: "told BBC Radio 4's Today programme".
_OUTLETS = frozenset("programme program newspaper paper website channel show magazine".split())


class Reported(NamedTuple):
    """Who a sentence reports as speaking, and the reported words' span in the text."""

    who: Who
    start: int
    end: int
    form: str  # "according_to", "verb_after" or "verb_before"


def reported(
    text: str, s0: int, s1: int, surnames: Mapping[str, str | None] = _NO_ONE
) -> Reported | None:
    """The attribution of reported speech in the sentence ``text[s0:s1]``, if any;
    ``surnames`` are the people met so far (a place word alone may be one of them)."""
    chunk = text[s0:s1]
    chunk = party_dashed(chunk)  # "(R., Ky.)": its comma is no clause's
    verbs = list(verb_pattern().finditer(chunk))
    according = "ccording to" in chunk
    end = s0 + len(chunk.rstrip().rstrip(".!?\"'”’ "))
    if not verbs and not according:
        # Most sentences: one regex scan, and one for a participle.
        return _participle(text, s0, chunk, end, surnames) if "ing " in chunk else None
    if according:
        first = _ACCORDING_FIRST.match(chunk)
        if first is not None:
            comma = chunk.find(",", first.end())
            who = parse_who(phrase_after(chunk[first.end() :]))
            if comma > 0 and who is not None:
                return _made(who, s0 + comma + 1, end, text, "according_to")
            return None
        last = _ACCORDING_LAST.search(chunk)
        if last is not None:
            who = parse_who(phrase_after(chunk[last.end() :]))
            if who is not None and not _SCENE_ONLY.fullmatch(chunk[: last.start()]):
                return _made(who, s0, s0 + last.start(), text, "according_to")
            comma = chunk.find(",", last.end())
            if who is not None and comma > 0:
                # "Before July this year, according to WebSideStory, Internet Explorer
                # was used by about 95% of web surfers": what follows is the source's
                return _made(who, s0 + comma + 1, end, text, "according_to")
    # "continued performing", "continues to": going on doing, not speaking
    verbs = [
        v
        for v in verbs
        if v.group() != "according to"
        and not (v.group().startswith("continue") and _GOES_ON_DOING.match(chunk, v.end()))
    ]
    found = None
    if verbs:
        found = _verb_after(text, s0, chunk, verbs, end, surnames) or _verb_before(
            text, s0, chunk, verbs, end, surnames
        )
    return found or _participle(text, s0, chunk, end, surnames)


_GOES_ON_DOING = re.compile(r"\s+(?:to\b|[a-z]+ing\b)")


# Speech as a participle after a comma: "Akamai declined to comment, saying it could
# not ...", "..., with the Countryside Alliance saying many hunts will be out".
_SAYING = re.compile(
    r",\s+(?:with\s+([^,]{2,60}?)\s+)?(?:saying|adding|insisting|arguing)\s+(?:that\s+)?"
)


def _participle(
    text: str, s0: int, chunk: str, end: int, surnames: Mapping[str, str | None]
) -> Reported | None:
    """ "Lord Browne rejected calls for a tax, saying that it paid more": the words after
    the participle, said by the subject of the sentence's first verb, or by whom "with"
    names; not "adding $1.89 to $48.62" (an increase)."""
    m = _SAYING.search(chunk)
    if m is None or chunk[m.end() : m.end() + 1] in "0123456789$£€":
        return None
    if m.group(1):
        who = parse_who(m.group(1))
    else:
        verb = first_verb(chunk[: m.start()])
        who = subject_of_verb(chunk[: verb.start()]) if verb is not None else None
    who = met(who, surnames)
    if who is None:
        return None
    return _made(who, s0 + m.end(), end, text, "participle", least=4)


def _verb_after(
    text: str,
    s0: int,
    chunk: str,
    verbs: list[re.Match[str]],
    end: int,
    surnames: Mapping[str, str | None],
) -> Reported | None:
    """ "The deal is bad, Trump told reporters on Monday": the attribution after the last
    comma or dash, with nothing after its verb but its subject, where or to whom. Set
    off by commas ("As in 2004, he says, the outcome will be ..."), it reports the whole
    sentence."""
    verb = verbs[-1]
    cut = max(chunk.rfind(",", 0, verb.start()), chunk.rfind(" — ", 0, verb.start()))
    if cut <= 0 or _CONNECTED.search(chunk, 0, cut):
        return None  # "..., when, in fact, he responded quickly": a clause, no attribution
    after = chunk[verb.end() :]
    if _infinitive(after, verb.group()):
        return None
    comma = after.find(",")
    words = (after if comma < 0 else after[:comma]).strip(" .").split()
    if chunk[cut : verb.start()].strip(" ,—"):
        # "..., Trump told reporters on Monday": after the verb only its object, where,
        # when or how, never a clause ("..., Smith said he would").
        if verb.group() in _OBJECT_VERBS:
            addressee = _addressee(words, len(words))  # "he told BBC Radio 4's World At One"
            if addressee:
                words = words[addressee:]
            else:
                words = words[2 if words and words[0].lower() in DETERMINERS else 1 :]
        if words and not _tail_word(words):
            return None
    elif not words or len(words) > 9 or not _AUXILIARIES.isdisjoint(words) or _to_do(words):
        # "..., said Swedish Special Envoy Kent Harstedt"; not "..., said Clinton was",
        # nor "..., urged the Senate to move quickly" (an object, then what it is urged to)
        return None
    if _SCENE_ONLY.fullmatch(chunk[:cut]) and not (comma >= 0 and _goes_on(after[comma + 1 :])):
        return None  # "On Nov. 15, 2019, X testified before ...": a time, no words
    who = met(cue_after(chunk[cut:]), surnames)
    if who is not None and who.kind == "role":
        # "..., Alan Milburn, Labour's election strategist told Radio 4": the name
        # before the role, its closing comma left out.
        before = chunk.rfind(",", 0, cut)
        named = cue_after(chunk[before:]) if before > 0 else None
        if named is not None and named.kind == "name":
            who, cut = named, before
    if who is None:
        who = _described(chunk[cut : verb.start()])
    if who is None:
        return None
    if comma >= 0 and _goes_on(after[comma + 1 :]):
        return _made(who, s0, end, text, "verb_after", least=4)
    return _made(who, s0, s0 + cut, text, "verb_after", least=4)


def _to_do(words: list[str]) -> bool:
    """An infinitive among the words: "the Senate to move quickly" (not "to reporters")."""
    return any(
        w == "to" and nxt.islower() and nxt not in _TO_WHOM for w, nxt in zip(words, words[1:])
    )


# Words before an attribution's comma that only set the scene: "On Nov. 15, 2019".
_SCENE_ONLY = re.compile(
    r"\s*(?:(?:[Bb]ut|[Aa]nd)\s+)?"
    r"(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ss]ince|[Dd]uring|[Aa]fter|[Bb]efore|[Ll]ast|[Ee]arlier|[Ll]ater)"
    r"\b[^,;]{0,30}(?:,\s*\d{4})?\s*"
)


# A connective right before the attribution's comma: what follows is a clause of the
# sentence ("..., when, in fact, he responded quickly"), not who said the words before.
_CONNECTED = re.compile(
    r"(?:,|^)\s*(?:when|while|although|though|because|since|if|unless|until|whereas|and|but)"
    r"(?:,?\s*(?:in fact|indeed|of course|however))?\s*$"
)


def _goes_on(rest: str) -> bool:
    """Does the sentence go on after a parenthetical attribution ("..., he says, the
    outcome will be ...") rather than add to it (", adding that ...", ", as ...")?"""
    words = rest.split()
    return len(words) >= 4 and not (words[0].endswith("ing") or words[0].lower() in _ADDS)


_ADDS = frozenset(
    "and but as when while after before because although though who which where whose "
    "if unless until since".split()
)


def _addressee(words: list[str], most: int) -> int:
    """How many of the words after "told" (at most ``most``) name whom it was told to:
    "BBC News 24", "BBC Radio 4's Today programme", "BBC One's Breakfast with Frost"; 0
    when no one is named ("told reporters")."""
    if not words or not words[0][:1].isupper() or words[0] in ("I", "It", "He", "She"):
        return 0
    k = 0
    while k < most and (
        _in_name(words[k])
        # "BBC One's Breakfast with Frost", "Radio Four's the World at One"
        or (words[k] in _IN_TITLES and k + 1 < most and _in_name(words[k + 1]))
    ):
        k += 1
    if k < most and words[k].rstrip(".,") in _OUTLETS:
        k += 1
    return k


_COUNTS = frozenset(
    "two three four five six seven eight nine ten eleven twelve another a an".split()
)


def _in_name(word: str) -> bool:
    """A word of a name such as a programme's or a paper's: "BBC", "Radio", "4's"."""
    return word[:1].isupper() or word[:1].isdigit()


def _infinitive(after: str, verb: str) -> bool:
    """ "agreed to buy", "continued to rise", "promised to act": a plan or a habit, not
    a statement ("said to reporters" is one); nor "added 1.28p per litre"."""
    if verb in ("added", "adds") and (
        after.lstrip()[:1] in "0123456789$£€" or after.lstrip().partition(" ")[0] in _COUNTS
    ):
        return True  # "he added 1.28p per litre", "Jones added four conversions"
    if verb in ("tells", "told", "tell") and after.startswith((" the story", " a story", " of ")):
        return True  # "A Little Princess tells the story of a girl": a plot, not words
    if not after.startswith(" to "):
        return False
    if verb in ("said", "says", "say"):
        return False
    next_word = after[4:].split(None, 1)[:1]
    return not next_word or not (next_word[0][:1].isupper() or next_word[0] in _TO_WHOM)


def _tail_word(words: list[str]) -> bool:
    """Can these words open what follows "Smith said" at a sentence's end: "on Monday",
    "in a statement", "recently", "Tuesday", "this week" (not "this did not mean")?"""
    word = words[0].lower()
    if word in ("this", "last"):
        return len(words) > 1 and words[1].lower().rstrip(".,") in _TIME_NOUNS
    return word in _TAIL_OPENERS or word.endswith("ly") or word.rstrip(".") in WEEKDAYS


_TIME_NOUNS = frozenset("week month year morning afternoon evening night weekend time".split())


def _verb_before(
    text: str,
    s0: int,
    chunk: str,
    verbs: list[re.Match[str]],
    end: int,
    surnames: Mapping[str, str | None],
) -> Reported | None:
    """ "Clinton said during a speech in Australia that the deal ...": the first speech
    verb whose subject opens the sentence (after an opening phrase and its comma)."""
    relative: Reported | None = None  # "X, who said ...": if the sentence has no other
    for verb in verbs:
        if verb.group() == "went on" or (
            verb.group() == "pointed out" and not chunk.startswith(" that ", verb.end())
        ):
            continue  # "pointed out the window"; "pointed out that ..." reports
        head = chunk[: verb.start()]
        if PASSIVE_BEFORE.search(head) or _NOUN_BEFORE.search(head) or len(head.split()) > 24:
            continue  # "was said to", "Trump's comments drew", "the claims"
        rest = chunk[verb.end() :]
        if _infinitive(rest, verb.group()):
            continue
        who = met(subject_of_verb(head), surnames)
        if who is None and relative is None and (rel := _WHO_SAID.search(head)) is not None:
            relative = _relative(text, s0, chunk, verb, head[: rel.start()], end, surnames)
        if who is None and verb.group() in _PLAIN_SAYING:
            who = _subordinate_subject(head) or _described(head)
        if who is None:
            continue
        that = _THAT.search(rest, 0, 120)
        between = rest[: that.start()].split() if that is not None else []
        # The verb's own "that", not one inside its complement: "Straw denied the
        # decision would suggest to China that ...": all of it is what he denied.
        if (
            that is not None
            and len(between) <= 10
            and _FINITE.isdisjoint(between)
            and not any(w.endswith("ed") and len(w) > 4 for w in between[1:])
        ):  # not "said consumers needed to do more to ensure that ..."
            at = verb.end() + that.end()
        else:
            at = verb.end() + _object_end(rest, verb.group())
            if _PREPOSITION.match(chunk, at):
                continue  # "agreed with the plan", "complained about the noise"
            if verb.group() in _NEEDS_CLAUSE and not _clause(chunk[at:]):
                continue  # "announced the trade deal during a meeting": a thing, not words
        return _made(who, s0 + at, end, text, "verb_before")
    return relative


def _relative(
    text: str,
    s0: int,
    chunk: str,
    verb: re.Match[str],
    head: str,
    end: int,
    surnames: Mapping[str, str | None],
) -> Reported | None:
    """ "Kevin McCarthy, who told Fox News last month that the committee had helped":
    a relative clause on a speech verb reports the person named right before it, when
    what follows the verb is a clause ("that ...", or a subject and a finite verb: not
    "who wrote the musical"); the words end at the relative clause's closing comma."""
    who = _named_before(head, surnames)
    rest = chunk[verb.end() :]
    that = _THAT.search(rest, 0, 60)
    at = verb.end() + (that.end() if that is not None else _object_end(rest, verb.group()))
    comma = chunk.find(",", at)
    words = chunk[at : comma if comma > 0 else len(chunk)].lower().split()
    clause = words[:1] and (words[0] in _SUBJECTS or not _FINITE.isdisjoint(words[1:8]))
    if who is None or (that is None and not clause):
        return None  # "Tim Henman, who announced his retirement earlier this year,"
    return _made(who, s0 + at, s0 + comma if comma > 0 else end, text, "verb_before")


# A relative clause that opens on its speech verb: "Kevin McCarthy, who told Fox News last
# month that ...": the person named right before it speaks.
_WHO_SAID = re.compile(r",\s+who\s+(?:[a-z]+ly\s+|also\s+|later\s+)?\Z")


def _named_before(head: str, surnames: Mapping[str, str | None]) -> Who | None:
    """The person named at the end of ``head``, with the titles before the name: "House
    Majority Leader Kevin McCarthy"; no one when it is a group or a role."""
    who = named_last(head)
    if who is None or (" " not in who.value and who.value not in surnames):
        return None  # not "Critics"
    return who


# Verbs whose object is more often a thing than what was said ("denies 10 charges",
# "James denied Duff", "the restoration revealed some items", "charged Assange with",
# "testified before the committee"): without "that" they report only a clause ("denied
# the deal was off", "revealed it had lost £5m").
# "BP announced a 26% rise in profits" is BP's statement and stays one.
_NEEDS_CLAUSE = frozenset(
    "denied denies revealed reveals unveiled unveils charged charges testified testifies".split()
)
_SUBJECTS = frozenset("it he she they we i there this".split())


def _clause(words: str) -> bool:
    """Do the words after a verb make a clause: a pronoun subject or a gerund first
    ("denies having done so"), or a finite verb among the first 15 ("the deal was
    off"; "the firm lost £5m" is not seen)?"""
    found = words.lower().split()[:15]
    if found and (found[0] in _SUBJECTS or found[0].endswith("ing")):
        return True
    return any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in found[1:])


_SUBORDINATE = re.compile(r"\b(?:after|before|when|since|until|because|as)\s+(?=[A-Z])")


# A body the text names only by what it is, or "it" and "they": "The firm said", "...,
# the company said", "..., it said". Reported speech whose speaker is not named.
_DESCRIBED = re.compile(
    r"(?:^|[,;]\s+|\b(?:[Bb]ut|[Aa]nd|[Hh]owever,?)\s+)"
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(" + "|".join(sorted(BODIES)) + r")"
    r"|([Ii]t|[Tt]hey))\s+(?:[a-z]+ly\s+|also\s+|has\s+|have\s+|had\s+)?$"
)


def _described(head: str) -> Who | None:
    """ "The firm said", "..., it said": someone the text does not name here."""
    m = _DESCRIBED.search(head)
    if m is None:
        return None
    return Who("role", (m.group(1) or m.group(2)).lower())


# Verbs that say something whatever follows them ("said", not "asked a court").
_PLAIN_SAYING = frozenset("said says claimed insisted warned".split())


def _subordinate_subject(head: str) -> Who | None:
    """ "The comments come a day after US Treasury Secretary John Snow said ...": the
    name that opens a subordinate clause after the main one, right before the verb (a
    person or an institution, not a place; not "But even before Newcastle said ...,
    Bellamy insisted", where the main clause comes after)."""
    found = list(_SUBORDINATE.finditer(head))
    if not found or len(head[: found[-1].start()].split()) < 3 or "," in head[found[-1].end() :]:
        return None
    who = subject_of_verb(head[found[-1].end() :])
    if who is None or who.kind not in ("name", "org") or who.value in gz.PLACES:
        return None
    return who


def _object_end(rest: str, verb: str) -> int:
    """Where the reported words start after a verb with no "that": past its object
    ("told reporters", "told the committee"), else right after the verb."""
    at = len(rest) - len(rest.lstrip(" ,:"))
    words = rest[at:].split(" ")
    if verb in _OBJECT_VERBS and words[0].lower() not in _SUBJECTS:  # "warned there was"
        skip = _addressee(words, len(words) - 1)
        if not skip:
            skip = 2 if words and words[0].lower() in DETERMINERS else 1
        at += sum(len(w) + 1 for w in words[:skip])
    while (setting := _SETTING.match(rest, at)) is not None and setting.end() > at:
        at = setting.end()
    return at


def _made(
    who: Who, start: int, end: int, text: str, form: str, least: int = _MIN_WORDS
) -> Reported | None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip(" ,:;—–-"))
    start += lead
    piece = text[start:end].rstrip(" ,;:—–-")
    if len(piece.split()) < least:
        return None
    close = start + len(piece)
    if _open_quote(piece) and text[close : close + 1] in "\"”'’":
        close += 1  # 'the plans "stink"': the closing mark of a quote the words end with
    return Reported(who, start, close, form)


def _open_quote(piece: str) -> bool:
    """Does the piece open a quotation it does not close?"""
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1
