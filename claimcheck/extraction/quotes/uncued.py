"""Quotes their own sentence does not attribute, and whose they are from the sentences
around them: the paragraph's last speaker going on, or the person the sentence before
is about."""

from __future__ import annotations

import re

from claimcheck.extraction.quotes.cues import cue_before, has_cue, verb_pattern
from claimcheck.extraction.quotes.memory import (
    SpeakerMemory,
    opening_person,
    subject_of,
)
from claimcheck.extraction.quotes.mentions import someone_more
from claimcheck.extraction.quotes.names import Who, is_title, parse_who, role_words
from claimcheck.extraction.quotes.spans import has_quote_marks
from claimcheck.models import Entity

# What may stand between an attribution and its quote.
_BLANK = " \t\n,;:—–-"


def said_since(
    text: str, plain: list[tuple[int, int]], said: str | None, memory: SpeakerMemory
) -> str | None:
    """The speaker of the paragraph's latest attribution, "..., he said." in a sentence
    with no quote included; only looked for when a quote without one needs it."""
    while plain:
        s0, s1 = plain.pop()
        who = memory.known(cue_before(text[s0:s1], named_only=True))
        if who is not None:
            plain.clear()
            return memory.resolve(who)
    return said


# What a quote says of a man or a woman in the third person.
_THIRD_PERSON = {
    "He": re.compile(r"\b(?:he|him|his|himself)\b", re.I),
    "She": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}


# A sentence that opens (after its scene) with a role as its subject: "After the rally,
# the 57-year-old governor, who faces a deadline, declined to say", "The 45-year-old then
# turned his attention to Murphy".
_ROLE_OPENING = re.compile(
    r"(?:(?:On|In|At|After|Before|During|Later|Outside|Inside)\b[^,\"“”]*,\s*)?"
    r"([Tt]he\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?=,|\s+(?:then|also|later|had|has|was|is|[a-z]+ed)\b)"
)
# A document that speaks in the quote's own sentence: '"...," the lawsuit states'.
_DOCUMENT_SAYS = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[a-z-]+\s+)?(?:lawsuit|suit|report|statement|letter"
    r"|document|study|survey|ruling|complaint|filing|indictment|memo|website|post|tweet|ad"
    r"|advert|book|poll|petition|motion|order|release|judgment|verdict)\s+(?:says|said|states"
    r"|stated|reads|read|adds|added|notes|noted|claims|claimed|argues|argued|alleges|alleged)\b"
)
# A scene set before the subject: "On the steps of the Court, where hundreds had
# gathered, Maria Estrada ... held her son's hand."
_SCENE = re.compile(
    r"\A(?:On|In|At|Outside|Inside|After|Before|During|Later|Back in)\b[^\"“”]*,\s*\Z"
)


def introduced(
    text: str,
    sentences: list[tuple[int, int]],
    here_at: int,
    head: str,
    quote: tuple[int, int],
    named: list[Entity],
    memory: SpeakerMemory,
) -> str | None:
    """ "Kelly Holmes hit the front before the bell and cruised to victory. "It was nice
    to get that out of the way."": a quote that opens its sentence, right after a
    sentence that opens with a person (or with "he" or "she"), names no one else and
    quotes no one, is theirs. A quote that opens its paragraph: after the last sentence
    of the paragraph before, when no one was attributed words since."""
    qs, qe = quote
    before = [s for s in sentences if s[1] <= here_at]
    if head.strip(_BLANK) or len(text[qs:qe].split()) < 3:
        return None
    if before:
        s0, s1 = before[-1]
    elif memory.since and memory.since[-1][0] is text:
        _, previous, named = memory.since[-1]
        s0, s1 = previous[-1]
    else:
        return None
    if has_quote_marks(text, s0, s1):
        return None  # a sentence with its own quote: its speaker is read from it
    ends = [e for b, e in sentences if b <= qe < e]
    tail = text[qe : ends[0]] if ends else ""
    if _DOCUMENT_SAYS.search(tail) is not None:
        return None  # '"...," the lawsuit states': a document's words, not the person's
    here = [p for p in named if s0 <= p.start < s1]
    opening = text[s0 : s0 + 4].split(" ", 1)[0]
    if not here and opening in ("He", "She"):
        # "He drew his loudest applause when he turned to Wall Street. "The business
        # model of Wall Street is fraud."": whom the "he" stands for; not when the quote
        # speaks of a "him" ("the whole of Africa would have embraced him": someone
        # else's words about him), nor when its sentence attributes it ('"Bring it on,"
        # said the 23-year-old': someone described, not read).
        own = _THIRD_PERSON[opening]
        if own.search(text, qs, qe) is not None or has_cue(tail):
            return None
        return memory.subject(opening.lower())
    if not here and (role := _ROLE_OPENING.match(text, s0, s1)) is not None:
        return memory.described_again(parse_who(role[1]))  # "The 45-year-old then turned"
    if not here or len({p.name for p in here}) > 1:
        return None
    lead = text[s0 : here[0].start]
    if not all(is_title(w) or w in memory.thing_words for w in _SCENE.sub("", lead).split()):
        # the person is not what the sentence opens with (after its scene, titles and
        # the body they hold them in: "Senate Foreign Relations Committee Chairman")
        return None
    if memory.institutions and here[0].name in memory.institutions:
        return None
    if someone_more(text, [(s0, s1)], named, memory.thing_words):
        return None
    return memory.full_name(here[0].name)


def follows_on(text: str, head: str, qs: int, qe: int, named: list[Entity]) -> bool:
    """May an unattributed quote be the paragraph's last speaker's? When it opens its
    sentence (or right after that speaker's words), or is a long stretch of quote in a
    sentence that names no one else."""
    if not head.strip(_BLANK):
        return True
    head_start = qs - 1 - len(head)
    if any(head_start <= p.start < qs for p in named):
        return False
    return len(text[qs:qe].split()) >= 4


# A colon that ends a question put to someone, not their words: "He was asked:".
_ASKED = re.compile(r"\b(?:asked|questioned|question|challenged|pressed)\b", re.I)


def colon_cue(
    memory: SpeakerMemory, text: str, head_from: int, head: str, named: list[Entity]
) -> Who | None:
    """ "Cruz's national spokesman, Rick Tyler, went further: "The governor is entitled
    ..."": a quote right after a colon, whose clause has no verb of saying, is the
    person the clause opens with (after their titles, or an owner and their role); not
    when the clause puts a question ("was asked:")."""
    if not head.rstrip().endswith(":") or _ASKED.search(head) or verb_pattern().search(head):
        return None
    qs = head_from + len(head)
    here = [p for p in named if head_from <= p.start < qs]
    first = opening_person(text, here)
    if first is None:
        return None
    before = text[head_from : first.start].split()
    if here[0] is not first:  # "Cruz's national spokesman,": the owner opens the clause
        before = text[here[0].end : first.start].split()[1:]
    words = [w.strip(",") for w in before]
    if words and words[0].endswith(("'s", "’s")):
        words = words[1:]  # an owner the entity finder did not type
    if words and not (
        all(w.islower() or is_title(w) or w == "The" for w in words) and _introduces(words[-1])
    ):
        return None  # "A photograph of Prince Harry ... under the headline:"
    found = subject_of(memory, text, head_from, qs, first)
    if found is None or found != memory.full_name(first.name):
        return None
    return parse_who(first.name)


def _introduces(word: str) -> bool:
    """A word that may come right before a name that opens its clause: a title or a
    role ("Drummer Larry Mullen Jr", "national spokesman, Rick Tyler")."""
    return is_title(word) or word.lower() in role_words()
