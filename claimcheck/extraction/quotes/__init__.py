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
  way round, and :func:`quote_in` gives every sentence of a quote its speaker.

A sentence without quotation marks that reports speech ("Clinton said that the deal
...", "..., Trump told reporters", "According to X, ...": :mod:`~claimcheck.extraction.
quotes.reported`) gives a quote of the reported words, marked ``reported``, when its
speaker resolves to a name; it settles the subject as an attribution does.

When none of these settles it the speaker is left None: a wrong name costs a fact-checker
more than a missing one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.quotes.cues import (
    SEGMENTS,
    cue_after,
    cue_before,
    has_cue,
    speech_verbs,
    verb_pattern,
)
from claimcheck.extraction.quotes.names import (
    BETWEEN,
    Who,
    clean_name,
    parse_who,
    role_before,
    role_words,
)
from claimcheck.extraction.quotes.reported import reported
from claimcheck.extraction.quotes.spans import OPENERS, has_quote_marks, quote_in, quote_spans
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
_CAPITALISED = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’-]*")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z]\.)+| [A-Z][a-z][\w'’-]*)*")
_NOT_SUBJECTS = frozenset("who which that and but as".split())
# What "the ... said" names when it is not a person: an organisation or a document.
_THINGS = frozenset(
    """
    administration agency airline alliance association authority bank board campaign
    club commission committee company council court department firm government group
    league ministry newspaper office organisation organization paper party police
    regulator report review spokesman spokeswoman spokesperson statement study survey
    team union website
    """.split()
)
_SEXED_TITLES = {
    **dict.fromkeys("Mr Sir Lord Baron Prince King".split(), "he"),
    **dict.fromkeys("Mrs Ms Miss Lady Dame Baroness Princess Queen Madam".split(), "she"),
}
_GROUP = re.compile(r"[A-Z]{2,}s")
# A sentence whose subject is a role: "The senator from Vermont disagreed", "A Labour
# spokesman denied", "But another official said" (not "The minister's plan").
_ROLE_SUBJECT = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Later),? )?"
    r"((?:A|An|The|Another) (?:[\w’'.-]+ ){0,4}?([a-z]+))(?= [a-z]| from | of |,)"
)
_UNNAMED = ""  # a subject that is someone the article does not name
# What opens a clause or phrase before the subject: "When Carson died, President Bush",
# "But in an interview with the FT, Mr Blair".
_SUBORDINATORS = frozenset(
    """When After Before As While Although Though If Since Despite Once Because In At On
    During With""".split()
)
# Speech as a participle: ", saying: ...", "with X claiming it had been ...".
_PARTICIPLE = re.compile(r"\b(?:saying|adding|claiming|insisting|arguing|warning|accusing)\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


@dataclass
class SpeakerMemory:
    """What a reader of the article so far knows about who is speaking."""

    settled: str | None = None  # whom "he" or "she" stood for at the last attribution
    # Sentences read since, in runs with the persons the entity finder saw in them: the
    # subject is worked out from them only when a quote needs it (most never do).
    since: list[tuple[str, list[tuple[int, int]], list[Entity]]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # "envoy" -> "Kent Harstedt"
    # Role phrases said of the persons named ("senator": "Sen. Bernie Sanders"), None
    # once two share one.
    titled: dict[str, str | None] = field(default_factory=dict)
    sexes: dict[str, str] = field(default_factory=dict)  # "Nicola Sturgeon": "she" (Ms)
    surnames: dict[str, str | None] = field(default_factory=dict)  # None: shared by two
    given: dict[str, str | None] = field(default_factory=dict)  # "Natasha" -> "Natasha Batalha"
    met: set[str] = field(default_factory=set)  # the entity finder's persons, learnt
    carried: str | None = None  # the speaker of a quote left open at a paragraph's end
    # Open quotes of earlier paragraphs still without a speaker: (their list, index).
    waiting: list[tuple[list[Quote], int]] = field(default_factory=list)

    def full_name(self, name: str) -> str:
        """The full name a surname stands for ("Harstedt" -> "Kent Harstedt"), once one
        person seen so far has that surname."""
        if " " not in name:
            return self.surnames.get(name) or name
        return name

    def meet(self, name: str) -> None:
        """Learn a full name: its surname (and given name) now stand for it, unless
        someone else seen has the same one."""
        words = name.split()
        if len(words) < 2:
            # A speaker known by one name ("Barge said") is a person from now on; not a
            # party or a firm ("Labour said"), which "he" never stands for.
            if name not in gz.KNOWN_ORGS:
                self.surnames.setdefault(name, name)
            return
        for key, index in ((words[-1], self.surnames), (words[0], self.given)):
            known = index.get(key, name)
            index[key] = name if known in (name, key) else None

    def settle(self, speaker: str | None) -> None:
        """An attribution makes its speaker the subject (None: an unnamed one)."""
        self.settled = speaker
        self.since.clear()

    def pronoun_of(self, name: str) -> str | None:
        """ "he" or "she" for a person, when a title ("Ms Sturgeon") or a given name
        ("Hillary Clinton") says which; else None."""
        known = self.sexes.get(name)
        if known is not None:
            return known
        given = name.split()[0]
        if given in gz.FEMALE_NAMES:
            return "she"
        return "he" if given in gz.MALE_NAMES else None

    def subject(self, pronoun: str | None = None) -> str | None:
        """Whom "he" or "she" stands for now: the subject of the latest sentence that
        names someone, or else of the latest attribution. A subject known to be a man
        is not "she" (nor a woman "he"): then the sentence's other persons, and the
        sentences before it, are looked at for a woman known as one, and else the
        latest attribution's speaker unless a man."""
        crossed = False  # passed a subject of the other sex: only a known match will do
        while self.since:
            text, sentences, named = self.since.pop()
            for s0, s1 in reversed(sentences):
                first = next((p for p in named if s0 <= p.start < s1 and _speaks(text, p)), None)
                found = _subject_of(self, text, s0, s1, first)
                if found == _UNNAMED:  # "A Labour spokesman denied it.": not anyone named
                    self.settle(None)
                    return None
                if found is not None and crossed and self.pronoun_of(found) != pronoun:
                    found = None
                if found is not None and self._other_sex(found, pronoun):
                    crossed = True
                    found = next(
                        (
                            self.full_name(p.name)
                            for p in named
                            if s0 <= p.start < s1
                            and _speaks(text, p)
                            and self.pronoun_of(self.full_name(p.name)) == pronoun
                        ),
                        None,
                    )
                if found is not None:
                    self.settle(found)
                    return found
        if self.settled is not None and self._other_sex(self.settled, pronoun):
            return None
        if pronoun in ("he", "she") and self.settled in gz.KNOWN_ORGS:
            return None  # 'Labour said ...': "he" is someone else
        return self.settled

    def _other_sex(self, name: str, pronoun: str | None) -> bool:
        sex = self.pronoun_of(name) if pronoun else None
        return sex is not None and sex != pronoun

    def titled_as(self, phrase: str) -> str | None:
        """The one person named with this role so far ("the senator": "Sen. Bernie
        Sanders"): the same words, or a bare role noun ("the nominee") that ends the
        titles of one person only ("Republican nominee Donald Trump")."""
        if not phrase:
            return None
        if phrase in self.titled:
            return self.titled[phrase]
        if " " in phrase:
            return None  # "the prime minister" is not "Deputy Prime Minister X"
        found = {n for t, n in self.titled.items() if t.rsplit(" ", 1)[-1] == phrase}
        return found.pop() if len(found) == 1 else None

    def resolve(self, who: Who) -> str | None:
        if who.kind == "pronoun":
            return self.subject(who.value)
        if who.kind == "role":
            for r in reversed(who.roles):
                if r in self.roles:
                    return self.roles[r]
            return self.titled_as(who.phrase)
        name = self.full_name(who.value)
        if " " not in name and name not in self.surnames and _common(name):
            return None  # "Speaking at ..., he said", "Analysts say": not a name
        self.meet(name)
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
    for p in people:
        if p.name not in memory.met and _speaks(text, p):
            memory.met.add(p.name)
            words = p.name.split()
            if len(words) == 2 or words[0] in gz.GIVEN_NAMES:  # not "Caltech Cathy Trejo"
                memory.meet(p.name)
        title = text[max(0, p.start - 10) : p.start].split()[-1:]
        if title and title[0].rstrip(".") in _SEXED_TITLES:
            memory.sexes[memory.full_name(p.name)] = _SEXED_TITLES[title[0].rstrip(".")]
        if " " in p.name and text[p.start - 1 : p.start] == " ":
            # "Sen. Bernie Sanders": a later "the senator said" is Sanders.
            role = role_before(text, p.start)
            if role:
                known = memory.titled.setdefault(role, p.name)
                if known != p.name:
                    memory.titled[role] = None  # two senators: "the senator" is neither
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
                read = k + 1
        if read < len(sentences):
            memory.since.append((text, sentences[read:], people))
        if len(memory.since) > 64:  # a long stretch with no quote: bound the memory
            memory.subject()
            memory.since.clear()
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
        first_here = i
        uncued: list[int] = []  # the sentence's quotes with no attribution of their own
        while i < n and spans[i][0] - 1 < s1:
            qs, qe = spans[i]
            quoted = text[qs:qe]
            after = spans[i + 1][0] - 1 if i + 1 < n else end
            close = min(qe + 1, end)
            tail = text[close : min(after, close + 160)]
            # After "... growth." a new sentence starts ("Nissan also announced ..."),
            # unless it is only the attribution ("Flick said.").
            if quoted.rstrip(" ’'").endswith(".") and len(tail.split(".")[0].split()) > 4:
                tail = ""
            who = cue_after(tail)
            head_from = max(s0, spans[i - 1][1] + 1 if i else start)
            head = text[head_from : qs - 1]
            if who is None:
                who = cue_before(head)
            if who is None:
                who = _participle(memory, text, s0, head_from, head, named)
            if who is not None:
                speaker = memory.resolve(who)
                attributed, speaker_here, said = True, speaker, speaker
                plain.clear()
                if i == 0 and continued and speaker:
                    for earlier, k in memory.waiting:
                        earlier[k] = earlier[k]._replace(speaker=speaker)
                    memory.waiting.clear()
            elif i == 0 and continued and memory.carried:
                speaker = memory.carried
            elif _someone_else(head, memory.settled):
                speaker = None  # 'The QCA said the exam was "too hard"': not the last speaker
            elif _follows_on(text, head, qs, qe, named) and (
                said := _said_since(text, plain, said, memory)
            ):
                speaker = said if said == memory.subject() else None
            else:
                speaker = None
                uncued.append(len(quotes))
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
                attributed, speaker_here, said = True, rep.speaker, rep.speaker
                plain.clear()
            else:
                plain.append((s0, s1))
        elif uncued:
            # Quoted words inside a sentence that attributes other words of it ('Despite
            # this "underhand trick," the bill stood "no chance," he added') or reports
            # speech around them ('Britain was "uniquely placed" to ..., he suggested').
            if not attributed:
                speaker_here = _reporter(text, s0, s1, spans[first_here:i], memory)
                if speaker_here is not None:
                    attributed, said = True, speaker_here
                    plain.clear()
            if speaker_here is not None:
                for k in uncued:
                    quotes[k] = quotes[k]._replace(speaker=speaker_here)
        if attributed:
            memory.settle(speaker_here)
        else:
            memory.since.append((text, [(s0, s1)], named))
    if spans[-1][1] < end:
        memory.carried = None
        memory.waiting.clear()
    return quotes


def _reported(text: str, s0: int, s1: int, memory: SpeakerMemory) -> Quote | None:
    """A sentence of reported speech whose speaker the article names, as a quote of the
    reported words; settles the speaker as the subject for a later "he said"."""
    found = reported(text, s0, s1)
    if found is None:
        return None
    name = found.who.value if found.who.kind == "name" else ""
    if _GROUP.fullmatch(name) or (
        " " not in name and name.lower() in gz.COMMON_WORDS and name not in memory.surnames
    ):
        return None  # "MPs said", "Police said": a group, not a name ("Brown" once met)
    speaker = memory.resolve(found.who)
    if speaker is None:
        return None
    memory.settle(speaker)
    return Quote(text[found.start : found.end], found.start, found.end, speaker, reported=True)


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
    with_ = lead.rfind(" with ")
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
        first = next((p for p in named if start <= p.start < end and _speaks(text, p)), None)
        subject = _subject_of(memory, text, start, end, first)
        if not subject:
            return None
        where = text.find(subject.split()[-1], start, end)
        return Who("name", subject) if 0 <= where and len(text[start:where].split()) <= 5 else None
    if with_ >= 0:
        who = parse_who(lead[with_ + 6 :])
        return who if who is not None and who.kind == "name" else None
    return None


def _reporter(
    text: str, s0: int, s1: int, quoted: list[tuple[int, int]], memory: SpeakerMemory
) -> str | None:
    """The person a sentence with quoted words reports as speaking, by a cue outside
    them ('Britain was "uniquely placed" to ..., he suggested'): "he", "she" or a
    person's name (two words, or a surname met), not an organisation ("the
    Commission said") nor a word of the quote."""
    chunk = list(text[s0:s1])
    for qs, qe in quoted:
        for k in range(max(qs, s0), min(qe, s1)):
            if not chunk[k - s0].isspace():
                chunk[k - s0] = "x"
    found = reported("".join(chunk), 0, s1 - s0)
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


def _said_since(
    text: str, plain: list[tuple[int, int]], said: str | None, memory: SpeakerMemory
) -> str | None:
    """The speaker of the paragraph's latest attribution, "..., he said." in a sentence
    with no quote included; only looked for when a quote without one needs it."""
    while plain:
        s0, s1 = plain.pop()
        who = cue_before(text[s0:s1], named_only=True)
        if who is not None:
            plain.clear()
            return memory.resolve(who)
    return said


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


def _common(word: str) -> bool:
    """A capitalised common word that is no one's name: "Speaking", "Analysts"."""
    lower = word.lower()
    return lower in gz.COMMON_WORDS and lower.endswith(("ing", "s", "ic", "ly", "ed"))


def _speaks(text: str, person: Entity) -> bool:
    """Can a person named here be the one speaking? Not one named in a photo credit
    ("NASA/Steve Freeman", "Photo courtesy of ...")."""
    at = person.start
    if text[at - 1 : at] == "/":
        return False
    return text.find("ourtesy of", at - 16, at) < 0 and text.find("redit", at - 16, at) < 0


def _subject_of(
    memory: SpeakerMemory, text: str, s0: int, s1: int, first: Entity | None
) -> str | None:
    """Whom one sentence is about: the first person it names (``first`` for the entity
    finder), unless it says who spoke ("The value Johnson places on it is a strength,
    Seyedmadani said"). A surname or given name seen before counts too ("Barge isn't
    giving up hope that Trejo ..."), and so does a name after a role noun ("biomedical
    engineer Kimia Seyedmadani"). A sentence with "he" or "she" before any name is
    about someone named earlier ("In school, she read a biography of Sally Ride"), and
    a byline names the writer, not a speaker.
    """
    if text.startswith("By ", s0):
        return None
    who = cue_before(text[s0:s1], named_only=True)
    if who is not None and who.kind == "name":
        return memory.resolve(who)
    role = _ROLE_SUBJECT.match(text, s0, s1)
    if role is not None and role.group(2) in role_words():
        # "A Labour spokesman denied ...": someone new, unnamed. "The senator from
        # Vermont disagreed": the one person known by that role, if one is; else most
        # often the person the text is about ("The chancellor is travelling ..."),
        # looked for as in any sentence.
        if not role.group(1).startswith("The "):
            return _UNNAMED
        who = parse_who(role.group(1))
        named = memory.resolve(who) if who is not None else None
        if named:
            return named
    at = s1 if first is None else first.start
    pronoun = _PRONOUN.search(text, s0, at)
    if pronoun is not None:
        first, at = None, pronoun.start()
    roles = role_words()
    for m in _CAPITALISED.finditer(text, s0, at):
        word = m.group().removesuffix("’s").removesuffix("'s")
        known = memory.surnames.get(word) or memory.given.get(word)
        if known:
            return known
        before = text[max(s0, m.start() - 24) : m.start()]
        if before.endswith(" ") and before.split()[-1:] and before.split()[-1] in roles:
            run = _NAME_RUN.match(text, m.start(), s1).group()  # type: ignore[union-attr]
            name = run.removesuffix("’s").removesuffix("'s")
            memory.meet(name)
            return name
    if first is None:
        return None
    return memory.full_name(first.name.removesuffix("’s").removesuffix("'s"))
