"""Quoted words someone passes judgement with, or whose they are said to be: 'Caroline
Lucas welcomed Tony Blair's "courage"', 'Williams called it "one of the most surreal
games"', 'brushed off Hillary Clinton's charge that his agenda is "a wish list"'."""

from __future__ import annotations

import re

from claimcheck.extraction.quotes.cues import PASSIVE_BEFORE, ends_sentence, subject_of_verb
from claimcheck.extraction.quotes.names import Who, parse_who

# Verbs that pass judgement on what someone said or did, taking its words in quotation
# marks: the subject speaks the quoted words ('Green MEP Caroline Lucas welcomed Tony
# Blair's "courage"', 'He accused the Tory leader of behaving like an "attack mongrel"').
# They cue only a quote that follows them in the sentence, and never in the passive
# ("was branded "a disgrace" by ..."); not nouns as often as verbs ("questions",
# "attacks" and "calls" are left out).
_JUDGING_VERBS = re.compile(
    r"\b(?:accused|branded|welcomed|welcomes|questioned|rejected|rejects|dismissed"
    r"|dismisses|criticised|criticises|criticized|criticizes|praised|praises|hailed|hails"
    r"|condemned|condemns|slammed|slams|blasted|attacked|ridiculed|mocked)\b"
)
# Verbs that name something with the quoted words, when those words follow within a few
# of their own: 'Williams called it "one of the most surreal games"' (not "called for",
# "so-called", "a man called ...").
_NAMING_VERBS = re.compile(
    r"(?<!-)\b(?:called|calls|dubbed|labelled|labeled|termed|described|describes)\b"
)
_NOT_NAMING = frozenset("for on off up in out back at into".split())


# "what host Tom Bergeron described as": the name after "what" is the subject.
_WHAT_NAME = re.compile(r"\bwhat\s+((?:[a-z]+\s+){0,3}(?:[A-Z][\w.’'-]*\s+){1,4})$")


def judging_cue(head: str) -> Who | None:
    """The subject of the last judging verb before a quote ("Lucas welcomed ...'s "),
    when it names someone and the verb is not passive."""
    found = list(_JUDGING_VERBS.finditer(head))
    naming = _NAMING_VERBS.search(head, max(0, len(head) - 60))
    if naming is not None:
        # What is named comes between ("called it", "called 2004 an"); none, or a bare
        # "the", is a participle naming the subject itself ('Helen Steel and David
        # Morris, dubbed the "McLibel Two", were found guilty').
        rest = head[naming.end() :].split()
        if 0 < len(rest) <= 4 and rest[0] not in _NOT_NAMING and rest != ["the"]:
            found.append(naming)
    for m in sorted(found, key=lambda m: m.start(), reverse=True):
        before = head[: m.start()]
        if PASSIVE_BEFORE.search(before) or ends_sentence(before + " x"):
            continue
        who = subject_of_verb(before)
        if who is None and (what := _WHAT_NAME.search(before)) is not None:
            who = parse_who(what[1])  # "in what host Tom Bergeron described as the "...""
        if who is not None and who.kind != "surname":
            return who
    return None


# Words someone is said to have said: "brushed off Hillary Clinton's charge that his
# agenda is "a wish list"" are Clinton's.
_OWNED_WORDS = re.compile(
    r"\b((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*?)['’]s\s+(?:[a-z]+\s+)?(?:charge|claim"
    r"|assertion|accusation|description|suggestion|remark|comment|warning|criticism|promise"
    r"|pledge|argument|contention|insistence|complaint)s?\s+that\s+[^\"“”]{0,100}$"
)


def owned_cue(head: str) -> Who | None:
    """The owner of the words a quote ends: "X's charge that ... "..."" (a name only)."""
    m = _OWNED_WORDS.search(head)
    if m is None:
        return None
    who = parse_who(m[1])
    return who if who is not None and who.kind == "name" else None
