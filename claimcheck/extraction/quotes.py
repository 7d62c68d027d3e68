"""Quotations and who said them.

News copy attributes a quote before it ("Harstedt said he was \"cautiously optimistic\""),
after it ("\"...,\" Kim said", "\"...,\" said Swedish Special Envoy Kent Harstedt"), or by
reference ("he continued", "the envoy added"). Quotes are found per paragraph, because a
quote often runs over several sentences, and a speaker named once is remembered for the
pronouns and roles that refer back to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.models import Quote

SPEECH_VERBS = (
    "said|says|say|added|adds|continued|continues|told|tells|wrote|writes|stated|states|"
    "explained|explains|insisted|insists|argued|argues|noted|notes|warned|warns|tweeted|"
    "tweets|asked|asks|replied|replies|declared|declares|recalled|recalls|claimed|claims|"
    "announced|announces|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    "suggested|suggests|maintained|maintains|confirmed|confirms|stressed|stresses|"
    "insisted|said\\s+on\\s+\\w+"
)
# Title and role words dropped from the front of a speaker's name.
TITLE_WORDS = frozenset(
    """
    President Vice Prime Minister Secretary Special Envoy Foreign Deputy Chief Senator Sen.
    Rep. Representative Gov. Governor Mr. Mrs. Ms. Dr. Gen. General Chairman Chairwoman
    Spokesman Spokeswoman Spokesperson Leader Speaker Ambassador Director Commissioner Judge
    Justice Mayor Chancellor King Queen Prince Princess Pope Sir Dame Lord Lady Professor
    Prof. Adviser Advisor Officer Commander Colonel Col. Lt. Captain Capt. Admiral Adm.
    First Second Senior Acting Former State Defense Defence Finance Interior Trade Economy
    Health Education Affairs Executive CEO Head Lawyer Attorney Analyst Envoy's Coach Manager
    """.split()
)
ROLE_NOUNS = frozenset(
    """
    president minister secretary envoy senator governor chairman chairwoman spokesman
    spokeswoman spokesperson leader speaker ambassador director commissioner judge mayor
    chancellor official adviser advisor diplomat analyst lawyer attorney coach manager
    executive chief general commander officer
    """.split()
)
PRONOUNS = frozenset({"he", "she", "they"})

# A name's words: capitalised words, initials ("J."), titles with their period ("Mr.");
# a period after any other word ends the sentence, and the name with it.
_NAME_WORD = r"(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Prof)\.|[A-Z]\.|[A-Z][\w'’-]*)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|van|von|bin|al|la|le|da|di|del))*"
_SPEAKER = rf"(?:(?i:he|she|they|I|we)|(?i:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}[a-z]+|{_NAME})"
_AFTER = re.compile(
    rf"\s*,?\s*(?:(?P<who>{_SPEAKER})\s+(?:{SPEECH_VERBS})\b|(?:{SPEECH_VERBS})\s+(?P<who2>{_SPEAKER}))"
)
_ACCORDING = re.compile(rf"\s*,?\s*according\s+to\s+(?P<who>{_SPEAKER})")
_BEFORE = re.compile(
    rf"(?<![\w'’.-])(?P<who>{_SPEAKER})\s+(?:{SPEECH_VERBS})\b(?:\s+[\w'’.-]+){{0,6}}?\s*[:,]?\s*$"
)
# A cheap test before the costly patterns: is there a speech verb at all? A set
# intersection of words; a regex alternation of fifty verbs scans slowly.
_VERB_WORDS = frozenset(w for w in SPEECH_VERBS.split("|") if w.isalpha()) | {"according"}
_PUNCT = str.maketrans({c: " " for c in ',.;:!?"“”()[]—–'})


def _has_verb(chunk: str) -> bool:
    return not _VERB_WORDS.isdisjoint(chunk.translate(_PUNCT).split())


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_QUOTE_CHARS = re.compile(r"[\"“”]")


@dataclass
class SpeakerMemory:
    """Who spoke last, and which role words named whom, across one article."""

    last: str | None = None
    roles: dict[str, str] = field(default_factory=dict)


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted text (without the marks) inside ``text[start:end]``.

    An opening mark with no closing one runs to the end of the paragraph: that is how
    news copy continues a quote into the next paragraph.
    """
    spans = []
    opened: int | None = None
    for m in _QUOTE_CHARS.finditer(text, start, end):
        mark = m.group()
        if opened is None:
            if mark != "”":
                opened = m.end()
        elif mark != "“":
            if m.start() > opened:
                spans.append((opened, m.start()))
            opened = None
    if opened is not None and end > opened:
        spans.append((opened, end))
    return spans


def clean_name(phrase: str) -> str:
    """Strip titles and nationality adjectives: "Swedish Special Envoy Kent Harstedt"."""
    tokens = phrase.rstrip(".,;:").split()
    while len(tokens) > 1 and (
        tokens[0] in TITLE_WORDS
        or tokens[0].endswith(("ish", "ese", "ian", "can", "ean"))
        or _INITIALS.fullmatch(tokens[0])  # "U.S.", "U.N."
    ):
        tokens.pop(0)
    return " ".join(tokens)


def _resolve(phrase: str, memory: SpeakerMemory) -> str | None:
    words = phrase.split()
    first = words[0].lower()
    if first in PRONOUNS:
        return memory.last
    if first in ("i", "we"):
        return None
    if first in ("the", "a", "an"):
        for word in reversed(words[1:]):
            if word.lower() in memory.roles:
                return memory.roles[word.lower()]
        return None
    name = clean_name(phrase)
    for word in words:
        if word.lower().rstrip(".") in ROLE_NOUNS and word != name.split()[0]:
            memory.roles[word.lower().rstrip(".")] = name
    return name


def _speaker_of(
    text: str, span: tuple[int, int], para: tuple[int, int], memory: SpeakerMemory
) -> str | None:
    close = span[1] + 1 if span[1] < para[1] else span[1]
    tail = text[close : min(para[1], close + 120)]
    if _has_verb(tail):
        for pattern in (_AFTER, _ACCORDING):
            m = pattern.match(tail)
            if m:
                who = m.group("who") or m.groupdict().get("who2")
                if who:
                    return _resolve(who, memory)
    head_start = max(para[0], span[0] - 1 - 120)
    head_end = max(head_start, span[0] - 1)
    if _has_verb(text[head_start:head_end]):
        m = _BEFORE.search(text, head_start, head_end)
        if m:
            return _resolve(m.group("who"), memory)
    return None


def find_quotes(text: str, start: int, end: int, memory: SpeakerMemory) -> list[Quote]:
    """Quotes in one paragraph with their speakers; ``memory`` carries over paragraphs."""
    quotes: list[Quote] = []
    if not _QUOTE_CHARS.search(text, start, end):
        return quotes
    for span in quote_spans(text, start, end):
        words = text[span[0] : span[1]].split()
        if len(words) < 2:
            continue  # a scare-quoted word ("special") is not a quotation
        speaker = _speaker_of(text, span, (start, end), memory)
        if speaker:
            memory.last = speaker
        elif quotes and len(words) >= 4:
            # A second quote in the same paragraph, unattributed, continues the first.
            speaker = quotes[-1].speaker
        quotes.append(
            Quote(text=text[span[0] : span[1]], start=span[0], end=span[1], speaker=speaker)
        )
    return quotes


def quote_in(quotes: list[Quote], text: str, start: int, end: int) -> Quote | None:
    """The part of a paragraph's quotes inside one sentence, trimmed of marks and commas."""
    for q in quotes:
        s, e = max(q.start, start), min(q.end, end)
        if e - s < 3:
            continue
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip(' "“'))
        trimmed = chunk.strip(' "“”').rstrip(",")
        if len(trimmed.split()) < 2:
            continue
        s += lead
        return Quote(text=trimmed, start=s, end=s + len(trimmed), speaker=q.speaker)
    return None
