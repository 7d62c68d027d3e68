"""Quotations and who said them.

News copy attributes a quote after it ("\"...,\" Kim said", "\"...,\" said Swedish Special
Envoy Kent Harstedt", "\"...,\" Carrie Worth, NASA DC-8 pilot, said"), before it in the same
sentence ("Harstedt said he was \"cautiously optimistic\"", "Clinton said during a speech
in Australia that \"...\""), or by reference ("he continued", "the envoy added"). The
speech verbs are a word list; the phrase next to one names a person, a pronoun or only a
role (:mod:`~claimcheck.extraction.quotes.cues`, :mod:`~claimcheck.extraction.quotes.names`).

Quotes are found paragraph by paragraph, in article order, with a :class:`SpeakerMemory`
of what a reader knows so far:

- "he said" and "she said" stand for the *subject* of the text before: the speaker of the
  latest attribution, or the first person named in the latest sentence that names one
  (outside quotation marks, photo credits and bylines; a sentence opening with "he" or
  "she" is about someone earlier). After "..., said a senior intelligence advisor" the
  subject is unnamed, and "he said" stays unresolved. It is worked out only when a quote
  needs it.
- "the envoy added" stands for the person last introduced with that role.
- "Harstedt" is "Kent Harstedt" once the full name has been seen, unless two people share
  the surname.
- A second stretch of quote after "X said." is X's while X is still the subject; a quote
  that runs on over a paragraph break (no closing mark) carries its speaker over, either
  way round, and :func:`quote_in` gives every sentence of a quote its speaker. A
  paragraph that opens with an unattributed quote right after an attribution is that
  speaker's: news introduces a new speaker where the quote is.
- "A Labour spokesman denied ..." makes the subject someone unnamed; "he" and "she"
  never stand for a party or a firm that spoke.
- Quoted words inside a sentence that attributes other quoted words of it, or reports
  speech around them, take that speaker; so do the words after a participle ("...,
  saying: ...", "with leader X saying ...").

The memory itself, and whom a sentence is about, are in
:mod:`~claimcheck.extraction.quotes.memory`.

A sentence without quotation marks that reports speech ("Clinton said that the deal
...", "..., Trump told reporters", "According to X, ...", "Akamai declined to comment,
saying ...": :mod:`~claimcheck.extraction.quotes.reported`) gives a quote of the
reported words, marked ``reported``: with its speaker when that resolves to a name or
an institution named with "the" ("the Home Office said"), which settles the subject as
an attribution does; with none for a group or someone described ("Analysts said", "A
Treasury spokesman said"), which leaves the memory as it was. Reported words around
quoted fragments ('Smith said the plan was "deeply flawed" and would cost jobs') are
the sentence's quote, ahead of the fragments.

When none of these settles it the speaker is left None: a wrong name costs a fact-checker
more than a missing one.
"""

from __future__ import annotations

import re

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.quotes.cues import (
    SEGMENTS,
    cue_after,
    cue_before,
    has_cue,
    speech_verbs,
    verb_pattern,
)
from claimcheck.extraction.quotes.judging import judging_cue, owned_cue
from claimcheck.extraction.quotes.memory import (
    SEXED_TITLES,
    SpeakerMemory,
    speaks,
    subject_of,
)
from claimcheck.extraction.quotes.names import (
    BETWEEN,
    BODIES,
    Who,
    clean_name,
    parse_who,
)
from claimcheck.extraction.quotes.reported import Reported, reported
from claimcheck.extraction.quotes.spans import OPENERS, has_quote_marks, quote_in, quote_spans
from claimcheck.extraction.quotes.titles import appositive_roles, party_state, role_before
from claimcheck.extraction.quotes.uncued import colon_cue, follows_on, introduced, said_since
from claimcheck.models import Entity, Quote

__all__ = [
    "SpeakerMemory",
    "clean_name",
    "find_quotes",
    "quote_in",
    "quote_spans",
    "speech_verbs",
]

_NOT_SUBJECTS = frozenset("who which that and but as".split())
# What "the ... said" names when it is not a named person: a body, a document, or
# someone speaking for one.
_THINGS = BODIES | frozenset("police spokesman spokeswoman spokesperson".split())
_GROUP = re.compile(r"[A-Z]{2,}s")
# What opens a clause or phrase before the subject: "When Carson died, President Bush",
# "But in an interview with the FT, Mr Blair".
_SUBORDINATORS = frozenset(
    """When After Before As While Although Though If Since Despite Once Because In At On
    During With""".split()
)
# A sentence that ends by naming its source: "..., according to Q magazine editor X."
_ACCORDING_LAST = re.compile(r",\s*according to [^,]*")
# A cue that says its speaker spoke before: "Moyes added:", "he went on:".
_GOES_ON = re.compile(r"\b(?:added|adds|continued|continues|went on|goes on)\s*:\s*$")
# Speech as a participle: ", saying: ...", "with X claiming it had been ...".
_PARTICIPLE = re.compile(
    r"\b(?:saying|adding|claiming|insisting|arguing|warning|accusing|telling|calling"
    r"|describing|declaring|noting|vowing|conceding|acknowledging|predicting)\b"
)


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
    for p in people:
        memory.mention(p.name)
        if p.name not in memory.met and speaks(text, p):
            memory.met.add(p.name)
            words = p.name.split()
            if len(words) == 2 or words[0] in gz.GIVEN_NAMES:  # not "Caltech Cathy Trejo"
                memory.meet(p.name)
        title = text[max(0, p.start - 10) : p.start].split()[-1:]
        if title and title[0].rstrip(".") in SEXED_TITLES:
            memory.sexes[memory.full_name(p.name)] = SEXED_TITLES[title[0].rstrip(".")]
        # "Sen. Bernie Sanders", "Charles Kennedy, the Liberal Democrat leader,", "The
        # chancellor, Gordon Brown,", "President Obama": a later "the senator said" is
        # Sanders (a surname alone only after its title).
        before = role_before(text, p.start) if text[p.start - 1 : p.start] == " " else ""
        if " " in p.name or before:
            state = party_state(text, p.end)
            for role in (before, *appositive_roles(text, p.start, p.end)):
                if role:
                    memory.title(role, memory.full_name(p.name), state)
    spans: list[tuple[int, int]] = []
    if has_quote_marks(text, start, end):
        spans = [
            s for s in quote_spans(text, start, end) if len(text[s[0] : s[1]].split(None, 1)) >= 2
        ]
    if not spans:  # most paragraphs: only remember what they say, for "he said" later
        if memory.carried or memory.waiting:
            memory.carried = None
            memory.waiting.clear()
        found: list[Quote] = []
        read = 0  # the paragraph's sentences before ``read`` are in the memory
        cued = has_cue(text[start:end]) or text.find("According to", start, end) >= 0
        for k, (s0, s1) in enumerate(sentences if cued else ()):
            if k > read:
                memory.since.append((text, sentences[read:k], people))
                read = k
            rep = _reported(text, s0, s1, memory)
            if rep is not None:
                found.append(rep)
                if rep.speaker is not None:
                    read = k + 1
        if read < len(sentences):
            memory.since.append((text, sentences[read:], people))
        if len(memory.since) > 64:  # a long stretch with no quote: bound the memory
            memory.subject()
            memory.since.clear()
        if cued and text[start:end].rstrip().endswith(":") and sentences:
            # "Pelosi wrote:" and the quote in the next paragraph: hers.
            who = cue_before(text[sentences[-1][0] : end].rstrip() + " ")
            if who is not None:
                memory.carried = memory.resolve(who)
                memory.settle(memory.carried)
        return found
    named = [p for p in people if not any(s <= p.start < e for s, e in spans)]
    continued = text[start] in OPENERS  # the paragraph opens inside a running quote
    if not continued:
        memory.carried = None
        memory.waiting.clear()
    quotes: list[Quote] = []
    said: str | None = None  # the speaker of the paragraph's latest attribution
    plain: list[tuple[int, int]] = []  # its sentences without a quote since then
    i, n = 0, len(spans)
    for s0, s1 in sentences:
        attributed, speaker_here = False, None
        first_here, listed = i, len(quotes)
        # The sentence's reported speech read around its quotes, once read (a 1-tuple).
        outside: tuple[Reported | None] | None = None
        uncued: list[int] = []  # the sentence's quotes with no attribution of their own
        while i < n and spans[i][0] - 1 < s1:
            qs, qe = spans[i]
            quoted = text[qs:qe]
            after = spans[i + 1][0] - 1 if i + 1 < n else end
            close = min(qe + (2 if text.startswith(("’’", "''"), qe) else 1), end)
            tail = text[close : min(after, close + 160)]
            # After "... growth." a new sentence starts ("Nissan also announced ..."),
            # unless it is only the attribution ("Flick said.").
            if quoted.rstrip(" ’'").endswith(".") and len(tail.split(".")[0].split()) > 4:
                tail = ""
            forward = None
            if tail.rstrip().endswith(":") and not any(c in tail for c in ".?!"):
                # '"..." Collins said: "..."': a name's cue opens the next quote; it
                # tells this one's speaker only when that is who spoke last ('"...,"
                # said Poll. "..." Poll said: "..."'). "He said:" and "Moyes added:" go
                # on with the same speaker, and tell this one's.
                forward = memory.known(cue_after(tail))
                if forward is not None and forward.kind != "pronoun" and not _GOES_ON.search(tail):
                    tail = ""
            who = memory.known(cue_after(tail))
            head_from = max(s0, spans[i - 1][1] + 1 if i else start)
            head = text[head_from : qs - 1]
            if who is None or who.kind == "pronoun":
                # 'Colonel Bob Stewart said: "...," he said': "he" is the one named.
                named_before = memory.known(cue_before(head))
                if who is None or (named_before is not None and named_before.kind == "name"):
                    who = named_before
            if who is None:
                who = _participle(memory, text, s0, head_from, head, named)
            if who is None:
                who = judging_cue(head) or owned_cue(head)
            if who is None:
                who = colon_cue(memory, text, head_from, head, named)
            if who is not None:
                last = memory.spoke
                speaker = memory.resolve(who)
                if who.kind == "pronoun" and speaker and _calls_by_name(quoted, speaker):
                    # 'He added: "Steven can play all over the pitch"': no one speaks of
                    # himself by name; the last speaker goes on, if the quote is not
                    # about them either
                    same = last is not None and memory.pronoun_of(last) in (None, who.value)
                    fits = same and last != speaker and not _calls_by_name(quoted, last or "")
                    speaker = last if fits else None
                attributed, speaker_here, said = True, speaker, speaker
                plain.clear()
                if i == 0 and continued and speaker:
                    for earlier, k in memory.waiting:
                        earlier[k] = earlier[k]._replace(speaker=speaker)
                    memory.waiting.clear()
            elif i == 0 and continued and memory.carried:
                speaker = memory.carried
            elif i == 0 and continued and memory.spoke and not memory.since and not has_cue(tail):
                # A paragraph that opens with a quote and no attribution, right after
                # one's: the same speaker goes on (a new one would be introduced).
                speaker = memory.spoke
            elif _someone_else(head, memory.spoke):
                speaker = None  # 'The QCA said the exam was "too hard"': not the last speaker
            elif follows_on(text, head, qs, qe, named) and (
                said := said_since(text, plain, said, memory)
            ):
                speaker = said if said == memory.subject() else None
            else:
                speaker = introduced(text, sentences, s0, head, (qs, qe), named, memory)
                if speaker is None:
                    uncued.append(len(quotes))
            if speaker is None and forward is not None and forward.kind == "name":
                ahead = memory.resolve(forward)
                speaker = ahead if ahead is not None and ahead in (said, memory.spoke) else None
            quotes.append(Quote(text=quoted, start=qs, end=qe, speaker=speaker))
            if qe >= end:  # left open: the quote runs on into the next paragraph
                memory.carried = speaker
                if speaker is None:
                    memory.waiting.append((quotes, len(quotes) - 1))
            i += 1
        if first_here == i and (not i or spans[i - 1][1] < s0):
            rep = _reported(text, s0, s1, memory)
            if rep is not None:
                quotes.append(rep)
            if rep is not None and rep.speaker is not None:
                attributed, speaker_here, said = True, rep.speaker, rep.speaker
                plain.clear()
            else:
                plain.append((s0, s1))
        elif uncued:
            # Quoted words inside a sentence that attributes other words of it ('Despite
            # this "underhand trick," the bill stood "no chance," he added') or reports
            # speech around them ('Britain was "uniquely placed" to ..., he suggested').
            if not attributed:
                outside = (_reported_outside(text, s0, s1, spans[first_here:i], memory),)
                speaker_here = _reporter(outside[0], memory)
                if speaker_here is not None:
                    attributed, said = True, speaker_here
                    plain.clear()
            if speaker_here is not None:
                for k in uncued:
                    quotes[k] = quotes[k]._replace(speaker=speaker_here)
        if first_here < i:
            _report_around(text, s0, s1, quotes, listed, spans[first_here:i], memory, outside)
        if attributed:
            memory.settle(speaker_here)
        elif not (first_here == i and i and spans[i - 1][0] < s0 <= spans[i - 1][1]) and not (
            _all_quoted(text, s0, s1, spans[first_here:i])
        ):
            # (a sentence that only goes on with a quote begun before, or is all a quote,
            # tells no one new: its names are the speaker's words)
            memory.since.append((text, [(s0, s1)], named))
    _named_later(text, sentences, quotes, memory)
    if spans[-1][1] < end:
        memory.carried = None
        memory.waiting.clear()
    return quotes


# Someone new speaks ('"...," said a man in a camouflage jacket', 'a Democratic senator
# said'), then the next sentence names them: 'The man, Dale Wegner, 57, ...', 'The
# senator, Chris Murphy (D-Conn.), said later', 'She later gave her name as Tamika Ruiz'.
_SOMEONE_SAID = re.compile(
    r"(?:\b(?:said|says|added|told|asked|shouted|yelled)\s+(?:a|an|one)\s"
    r"|(?:^|[”\"’,]\s*)(?:a|an|one)\s+(?:[\w-]+\s+){0,4}(?:said|says|added|told|asked)\b)"
)
_NAMED_NEXT = re.compile(
    r"\s*(?:The\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?P<who>[^,()]{3,60}?)\s*[,(]"
    r"|(?:She|He)\s+(?:later\s+)?gave\s+(?:her|his)\s+name\s+as\s+(?P<gave>[^,.]{3,40}))"
)


def _named_later(
    text: str, sentences: list[tuple[int, int]], quotes: list[Quote], memory: SpeakerMemory
) -> None:
    """The quotes of someone new, unnamed in their sentence, whom the next sentence
    names: theirs (a person's name, titles aside; not "The official, who spoke on
    condition of anonymity")."""
    for k, (s0, s1) in enumerate(sentences[:-1]):
        mine = [
            j
            for j, q in enumerate(quotes)
            if q.speaker is None and not q.reported and q.start < s1 and s0 < q.end
        ]
        if not mine or _SOMEONE_SAID.search(text[s0:s1]) is None:
            continue  # (a cheap look at the whole sentence first, quotes and all)
        outside = _blanked(text, s0, s1, [(q.start, q.end) for q in quotes])
        if _SOMEONE_SAID.search(outside) is None:
            continue
        m = _NAMED_NEXT.match(text, sentences[k + 1][0], sentences[k + 1][1])
        if m is None:
            continue
        who = parse_who(m["who"] or m["gave"])
        if who is None or who.kind != "name" or " " not in who.value:
            continue
        name = memory.resolve(who)
        for j in mine:
            quotes[j] = quotes[j]._replace(speaker=name)


def _reported(text: str, s0: int, s1: int, memory: SpeakerMemory) -> Quote | None:
    """A sentence of reported speech, as a quote of the reported words, with its speaker
    when the article names them; settles the speaker as the subject for a later "he
    said"."""
    found = reported(text, s0, s1, memory.surnames)
    if found is None:
        return None
    name = found.who.value if found.who.kind in ("name", "org") else ""
    # "MPs said", "Police said": a group, not a name ("Brown" once met).
    group = found.who.kind == "name" and (
        _GROUP.fullmatch(name) is not None
        or (" " not in name and name.lower() in gz.COMMON_WORDS and name not in memory.surnames)
    )
    speaker = None if group else memory.resolve(found.who)
    if speaker is None and not (group or found.who.kind in ("role", "pronoun")):
        return None
    if _cut_short(text, s0, s1, name):
        return None
    # A group, someone described ("a Treasury spokesman said") or a "he" that is no one
    # named: reported speech all the same, its speaker not named; what the memory makes
    # of the sentence is as if it reported none (the callers keep it for "he said").
    if speaker is not None:
        memory.settle(speaker)
    return Quote(text[found.start : found.end], found.start, found.end, speaker, reported=True)


def _cut_short(text: str, s0: int, s1: int, name: str) -> bool:
    """Is the name the end of a longer one ("General Motors" read as "Motors" after the
    title "General", "the Asian Development Bank" as "Development Bank")?"""
    if not name or name.split()[-1] not in gz.ORG_HEADS:
        return False
    at = text.find(name, s0, s1)
    words = text[s0:at].split() if at > s0 else []
    if len(words) == 1 and words[0] in gz.TITLES:
        return True  # "General Motors, the car maker, said": the title was the name's
    # A capitalised word right before it, not the sentence's first, nor "Korea's" or "However,".
    return len(words) > 1 and words[-1][:1].isupper() and words[-1][-1].isalpha()


def _participle(
    memory: SpeakerMemory, text: str, s0: int, at: int, head: str, named: list[Entity]
) -> Who | None:
    """The speaker of a quote after a participle: the sentence's subject ("Mr Howard
    branded the decision unacceptable, saying: ...") or the one named before it ("with
    leader Charles Kennedy saying his party was the ...")."""
    found = list(_PARTICIPLE.finditer(head))
    if not found:
        return None
    cue = found[-1]
    lead = head[: cue.start()].rstrip()
    if lead.endswith(" and"):  # ", calling the campaign "desperate" and saying ...": the first's
        cue = next((c for c in reversed(found) if head[: c.start()].rstrip().endswith(",")), cue)
        lead = head[: cue.start()].rstrip()
    with_ = lead.rfind(" with ")
    if not lead and text[s0:at].rstrip().rstrip("\"”’'").endswith(","):
        lead = ","  # '... "a wish list, not a plan," insisting that': after a quote's comma
    if lead.endswith(","):
        # The main clause's subject: after a leading "When Carson died,", among its
        # first words ("Church ministers are trying to stop rapper Nelly ...": not Nelly).
        start, end = s0, at + cue.start()
        opening = text[s0 : s0 + 24].split()[:2]
        if opening[:1] in (["But"], ["And"]):
            opening = opening[1:]
        if opening and opening[0].title() in _SUBORDINATORS:
            comma = text.find(",", s0, end)
            start = comma + 1 if comma >= 0 else start
        first = next((p for p in named if start <= p.start < end and speaks(text, p)), None)
        subject = subject_of(memory, text, start, end, first)
        if not subject:
            return None
        where = text.find(subject.split()[-1], start, end)
        return Who("name", subject) if 0 <= where and len(text[start:where].split()) <= 5 else None
    if with_ >= 0:
        who = parse_who(lead[with_ + 6 :])
        return who if who is not None and who.kind == "name" else None
    return None


def _reporter(found: Reported | None, memory: SpeakerMemory) -> str | None:
    """The person a sentence with quoted words reports as speaking, by a cue outside
    them (``found``, :func:`_reported_outside`: 'Britain was "uniquely placed" to ...,
    he suggested'): "he", "she" or a person's name (two words, or a surname met), not
    an organisation ("the Commission said") nor a word of the quote."""
    if found is None:
        return None
    who = found.who
    if who.kind == "pronoun":
        person = who.value in ("he", "she")
    else:
        name = memory.full_name(who.value)
        person = who.kind == "name" and name not in gz.KNOWN_ORGS
        person = person and (" " in name or name in memory.surnames)
    return memory.resolve(who) if person else None


def _reported_outside(
    text: str, s0: int, s1: int, quoted: list[tuple[int, int]], memory: SpeakerMemory
) -> Reported | None:
    """The reported speech of a sentence read with its quoted words blanked (offsets
    into the sentence), so that no word of a quote is taken for its cue."""
    return reported(_blanked(text, s0, s1, quoted), 0, s1 - s0, memory.surnames)


def _blanked(text: str, s0: int, s1: int, quoted: list[tuple[int, int]]) -> str:
    """The sentence ``text[s0:s1]`` with the letters of its quoted words as "x" (the same
    length, spaces kept): what is said around the quotes."""
    chunk = list(text[s0:s1])
    for qs, qe in quoted:
        for k in range(max(qs, s0), min(qe, s1)):
            if not chunk[k - s0].isspace():
                chunk[k - s0] = "x"
    return "".join(chunk)


def _report_around(
    text: str,
    s0: int,
    s1: int,
    quotes: list[Quote],
    first: int,
    quoted: list[tuple[int, int]],
    memory: SpeakerMemory,
    outside: tuple[Reported | None] | None,
) -> None:
    """Reported speech around quoted fragments ('The Tory leader said his team had
    reached a "collective view" after a "good discussion"'): the sentence's reported
    words, quotes inside them, go before the fragments (the claim is all of it), with
    their speaker; only when the fragments are a small part of what is reported."""
    if not quoted or quoted[-1][1] >= s1:
        return  # a quote that runs on past the sentence: the quote is the words
    if any(text[max(s0, a - 3) : a - 1].rstrip()[-1:] in (":", ",") for a, _ in quoted):
        return  # 'one user posted: "..."', '"...," he said': a quotation, introduced
    found = outside[0] if outside is not None else _reported_outside(text, s0, s1, quoted, memory)
    if found is None or found.start + s0 > quoted[0][0] - 1 or found.end + s0 < quoted[-1][1]:
        return
    own = sum(len(text[a:b].split()) for a, b in quoted)
    content = text[s0 + found.start : s0 + found.end]
    if len(content.split()) - own < 4:
        return
    start = s0 + found.start
    speaker = quotes[first].speaker
    if (
        found.form == "according_to"
        and found.who.kind in ("name", "org")
        and _ACCORDING_LAST.fullmatch(text, s0 + found.end, s1) is not None
    ):
        # "..., according to Q magazine editor Paul Rees.": the source of all of it (not
        # "According to the FT, chief operating officer Peter Chernin said ...").
        speaker = memory.resolve(found.who) or speaker
        for k in range(first, len(quotes)):
            if quotes[k].start >= s1:
                break
            quotes[k] = quotes[k]._replace(speaker=speaker)
    quotes.insert(first, Quote(content, start, start + len(content), speaker, reported=True))
    memory.waiting[:] = [(q, k + 1 if q is quotes and k >= first else k) for q, k in memory.waiting]


def _someone_else(head: str, last: str | None) -> bool:
    """Does the sentence before the quote give it a speaker of its own that no name was
    read in? "The QCA said the exam was", "the report warned:", "a judge said", "It
    says it wants", "One told BBC News": someone other than the last speaker. Not "he
    said:", and not a description of the person the text is about ("The 31-year-old
    admitted", "the singer replied", "the 24-year-old Swiss added"), nor "it" or "the
    bank" when the ``last`` speaker is an organisation ("JP Morgan")."""
    verbs = list(verb_pattern().finditer(head))
    if not verbs:
        return False
    words = SEGMENTS.split(head[: verbs[-1].start()])[-1].split()
    while words and (words[-1].endswith("ly") or words[-1] in BETWEEN):
        words.pop()  # "he bitterly said", "it also said"
    if not words or not words[-1][-1:].isalnum() or words[-1].lower() in _NOT_SUBJECTS:
        return False
    word, first = words[-1], words[0].lower()
    if word in ("he", "she", "He", "She"):
        return False
    if first in ("a", "an", "one", "another", "some", "several"):
        return True  # someone new: "a senior source at the club told"
    if word in gz.DEMONYMS and first == "the":
        return False  # "the 24-year-old Swiss"
    if word.lower() in ("one", "another") or (word[0].isupper() and word.lower() != "it"):
        return True
    if word.lower() in ("it", "they") or word.lower() in _THINGS:
        return not _organisation(last)
    return False


def _organisation(name: str | None) -> bool:
    """Is a speaker's name an organisation's ("JP Morgan", "LG Group")?"""
    if not name:
        return False
    return name in gz.KNOWN_ORGS or name.split()[-1] in gz.ORG_HEADS


def _all_quoted(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> bool:
    """Is every word of the sentence ``text[s0:s1]`` inside these quotes?"""
    if not spans:
        return False
    outside = "".join(
        text[a:b] for a, b in zip([s0] + [e for _, e in spans], [s for s, _ in spans] + [s1])
    )
    return not any(c.isalnum() for c in outside)


def _calls_by_name(quoted: str, person: str) -> bool:
    """Do the quoted words name this person (by given name or surname), as one speaks
    of someone else?"""
    words = set(re.findall(r"[A-Z][\w'’-]+", quoted))
    return any(len(w) > 2 and w in words for w in person.split())
