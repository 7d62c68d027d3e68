"""Quotations and who said them.

News copy attributes a quote after it ("\"...,\" Kim said", "\"...,\" said Swedish Special
Envoy Kent Harstedt"), before it in the same sentence ("Harstedt said he was \"cautiously
optimistic\""), or by reference ("he continued", "the envoy added"). Quotes are found
paragraph by paragraph, in article order, with a :class:`SpeakerMemory` of what a reader
knows so far:

- "he said" and "she said" stand for the *subject* of the text before: the speaker of
  the latest attribution, or else the first person named in the latest sentence that
  names someone (outside quotation marks; a byline names no one). After "..., said a
  senior intelligence advisor" the subject is unnamed, and "he said" stays unresolved.
- "the envoy added" stands for the person last introduced with that role.
- "Harstedt" is "Kent Harstedt" once the full name has been seen, unless two people
  share the surname.
- A second stretch of quote after "X said." is X's while X is still the subject; a quote
  that runs on over a paragraph break (no closing mark) carries its speaker over, either
  way round.

When none of these settles it the speaker is left None: a wrong name costs a
fact-checker more than a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.extraction.quotes.cues import cue_after, cue_before, has_cue, speech_verbs
from claimcheck.extraction.quotes.names import Who, clean_name
from claimcheck.extraction.quotes.spans import OPENERS, QUOTE_CHARS, quote_in, quote_spans
from claimcheck.models import Entity, Quote

__all__ = [
    "SpeakerMemory",
    "clean_name",
    "find_quotes",
    "quote_in",
    "quote_spans",
    "speech_verbs",
]

_BLANK = " \t\n,;:—–-"


@dataclass
class SpeakerMemory:
    """What a reader of the article so far knows about who is speaking."""

    subject: str | None = None  # whom "he" or "she" stands for now
    roles: dict[str, str] = field(default_factory=dict)  # "envoy" -> "Kent Harstedt"
    surnames: dict[str, str | None] = field(default_factory=dict)  # None: shared by two
    carried: str | None = None  # the speaker of a quote left open at a paragraph's end
    # Open quotes of earlier paragraphs still without a speaker: (their list, index).
    waiting: list[tuple[list[Quote], int]] = field(default_factory=list)

    def full_name(self, name: str) -> str:
        """ "Harstedt" -> "Kent Harstedt" when one person seen so far has that surname."""
        if " " not in name:
            return self.surnames.get(name) or name
        last = name.split()[-1]
        known = self.surnames.get(last, name)
        self.surnames[last] = name if known == name else None
        return name

    def resolve(self, who: Who) -> str | None:
        if who.kind == "pronoun":
            return self.subject
        if who.kind == "role":
            return next((self.roles[r] for r in reversed(who.roles) if r in self.roles), None)
        name = self.full_name(who.value)
        for role in who.roles:
            self.roles[role] = name
        return name


def find_quotes(
    text: str,
    start: int,
    end: int,
    memory: SpeakerMemory,
    sentences: list[tuple[int, int]] | None = None,
    people: list[Entity] | None = None,
) -> list[Quote]:
    """Quotes in one paragraph with their speakers; ``memory`` carries over paragraphs.

    ``sentences`` are the paragraph's sentence spans and ``people`` the persons named in
    it (the pipeline has both at hand); without them they are worked out here.
    """
    if sentences is None:
        from claimcheck.extraction.segment import sentence_spans

        sentences = sentence_spans(text, start, end) or [(start, end)]
    if people is None:
        from claimcheck.extraction.entities.find import find_entities

        people = [e for e in find_entities(text[start:end], offset=start) if e.type == "person"]
    spans: list[tuple[int, int]] = []
    if QUOTE_CHARS.search(text, start, end):
        spans = [s for s in quote_spans(text, start, end) if len(text[s[0] : s[1]].split()) >= 2]
    named = [p for p in people if not any(s <= p.start < e for s, e in spans)]
    for p in named:
        memory.full_name(p.name)
    if not spans:
        memory.carried = None
        memory.waiting.clear()
        _follow_subject(memory, text, sentences, named)
        return []
    continued = text[start] in OPENERS  # the paragraph opens inside a running quote
    if not continued:
        memory.carried = None
        memory.waiting.clear()
    quotes: list[Quote] = []
    said: str | None = None  # the speaker of the paragraph's latest attribution
    i = 0
    for s0, s1 in sentences:
        attributed, speaker_here = False, None
        first_here = i
        while i < len(spans) and spans[i][0] - 1 < s1:
            qs, qe = spans[i]
            after = spans[i + 1][0] - 1 if i + 1 < len(spans) else end
            close = min(qe + 1, end)
            who = cue_after(text[close : min(after, close + 200)])
            head_from = max(s0, spans[i - 1][1] + 1 if i else start)
            head = text[head_from : qs - 1]
            if who is None and has_cue(head):
                who = cue_before(head)
            if who is not None:
                speaker = memory.resolve(who)
                attributed, speaker_here, said = True, speaker, speaker
                if i == 0 and continued and speaker:
                    for earlier, k in memory.waiting:
                        earlier[k] = earlier[k]._replace(speaker=speaker)
                    memory.waiting.clear()
            elif i == 0 and continued and memory.carried:
                speaker = memory.carried
            elif said and said == memory.subject and _follows_on(text, head, qs, qe, named):
                speaker = said
            else:
                speaker = None
            quotes.append(Quote(text=text[qs:qe], start=qs, end=qe, speaker=speaker))
            if qe >= end:  # left open: the quote runs on into the next paragraph
                memory.carried = speaker
                if speaker is None:
                    memory.waiting.append((quotes, len(quotes) - 1))
            i += 1
        if i == first_here and has_cue(text[s0:s1]):
            # No quote opens here, but "..., he said." still says who is speaking.
            who = cue_before(_unquoted(text, s0, s1, spans))
            if who is not None and who.kind != "role":
                attributed, speaker_here = True, memory.resolve(who)
                said = speaker_here
        if attributed:
            memory.subject = speaker_here
        else:
            _follow_subject(memory, text, [(s0, s1)], named)
    if spans[-1][1] < end:
        memory.carried = None
        memory.waiting.clear()
    return quotes


def _follows_on(text: str, head: str, qs: int, qe: int, named: list[Entity]) -> bool:
    """May an unattributed quote be the paragraph's last speaker's? When it opens its
    sentence (or right after that speaker's words), or is a long stretch of quote in a
    sentence that names no one else."""
    if not head.strip(_BLANK):
        return True
    head_start = qs - 1 - len(head)
    if any(head_start <= p.start < qs for p in named):
        return False
    return len(text[qs:qe].split()) >= 4


def _unquoted(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> str:
    """A sentence with its quoted words blanked out (offsets kept)."""
    chunk = list(text[s0:s1])
    for qs, qe in spans:
        for k in range(max(qs, s0), min(qe, s1)):
            chunk[k - s0] = " "
    return "".join(chunk)


def _follow_subject(
    memory: SpeakerMemory, text: str, sentences: list[tuple[int, int]], named: list[Entity]
) -> None:
    """The first person named in the latest sentence that names one becomes the subject."""
    for s0, s1 in reversed(sentences):
        first = next((p for p in named if s0 <= p.start < s1), None)
        if first is not None:
            if not text.startswith("By ", s0):  # a byline names the writer, not a speaker
                memory.subject = memory.full_name(first.name)
            return
