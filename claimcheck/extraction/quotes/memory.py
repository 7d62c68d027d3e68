"""What a reader of an article knows so far about who is speaking: the subject "he" or
"she" stands for, the people met (full names, surnames, given names, sexes), the roles
they were given, and whom one sentence is about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.context import PARTISANS
from claimcheck.extraction.quotes.cues import cue_before
from claimcheck.extraction.quotes.mentions import CAPITALISED, someone_more
from claimcheck.extraction.quotes.names import (
    KIN,
    Who,
    is_title,
    met,
    parse_who,
    role_words,
)
from claimcheck.models import Entity, Quote

_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z]\.)+| [A-Z][a-z][\w'’-]*)*")
SEXED_TITLES = {
    **dict.fromkeys("Mr Sir Lord Baron Prince King".split(), "he"),
    **dict.fromkeys("Mrs Ms Miss Lady Dame Baroness Princess Queen Madam".split(), "she"),
}
# A sentence whose subject is a role: "The senator from Vermont disagreed", "A Labour
# spokesman denied", "But another official said" (not "The minister's plan").
_ROLE_SUBJECT = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Later),? )?"
    r"((?:[Aa]|[Aa]n|[Tt]he|[Aa]nother) (?:[\w’'.-]+ ){0,4}?([a-z]+))(?= [a-z]| from | of |,)"
)
# A clause or phrase that opens a sentence before its subject, up to its comma.
_FRONTED = re.compile(
    r"(?:(?:And|But|So|Yet),?\s+)?(?:[Ww]hile|[Ww]hen|[Aa]fter|[Bb]efore|[Aa]lthough|[Tt]hough"
    r"|[Ii]f|[Aa]s|[Ss]ince|[Dd]espite|[Ww]ith|[Ww]ithout|[Oo]n|[Ii]n|[Aa]t|[Ff]or|[Dd]uring"
    r"|[Ff]ollowing|[Uu]nlike|[Ll]ike|[Uu]nder|[Ff]rom|[Bb]y|[Ww]hether|Asked|Speaking"
    r"|Pressed|Questioned)\b[^,;:\"“”]{1,160},\s+"
)
_TIMES = frozenset("former then outgoing current incoming new".split())
_RECENT = 4  # speakers remembered for "she" after a man's attribution
# Role nouns of someone other than the person the text is about: "the spokesman said".
_SOMEONE_ELSE = frozenset(
    """spokesman spokeswoman spokesperson official aide adviser advisor source analyst
    expert witness officer resident voter man woman person lawyer attorney doctor
    economist strategist pollster statement report study""".split()
)
_PARTISANS = tuple(sorted(p.lower() for p in PARTISANS))
# Nouns that describe a person rather than an office someone else may hold.
_EPITHETS = frozenset(
    """businessman businesswoman billionaire mogul tycoon entrepreneur star superstar singer
    actor actress rapper comedian novelist veteran striker midfielder goalkeeper winger
    champion""".split()
)
_AGED = re.compile(r"[0-9]{1,3}-year-old")
# Someone's relatives, who speak about the person the article is about.
_KIN = KIN | frozenset("wife husband widow widower partner".split())
UNNAMED = ""  # a subject that is someone the article does not name
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_HE = re.compile(r"\b(?:[Hh]e|[Hh]is|him)\b")


@dataclass
class SpeakerMemory:
    """What a reader of the article so far knows about who is speaking."""

    settled: str | None = None  # whom "he" or "she" stood for at the last attribution
    spoke: str | None = None  # the last attribution's speaker, an institution's too
    # Sentences read since, in runs with the persons the entity finder saw in them: the
    # subject is worked out from them only when a quote needs it (most never do).
    since: list[tuple[str, list[tuple[int, int]], list[Entity]]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # "envoy" -> "Kent Harstedt"
    # Role phrases said of the persons named ("senator": "Sen. Bernie Sanders"), None
    # once two share one.
    titled: dict[str, str | None] = field(default_factory=dict)
    holders: dict[str, set[str]] = field(default_factory=dict)  # everyone given each phrase
    sexes: dict[str, str] = field(default_factory=dict)  # "Nicola Sturgeon": "she" (Ms)
    surnames: dict[str, str | None] = field(default_factory=dict)  # None: shared by two
    given: dict[str, str | None] = field(default_factory=dict)  # "Natasha" -> "Natasha Batalha"
    # Every person named in full so far by a known given name, speaker or not ("Martha
    # Fry and her brother Dale Ford agreed ...": a later "Dale wrote" is Dale Ford).
    named: dict[str, str | None] = field(default_factory=dict)
    met: set[str] = field(default_factory=set)  # the entity finder's persons, learnt
    # Single names the entity finder typed as a place or an organisation in this article
    # and never as a person ("Telewest"): never "he" or "she", nor a surname.
    things: frozenset[str] = frozenset()
    # Every word of the article's names typed a place or an organisation ("Familias",
    # "Unidas"): no one else named, when a sentence is asked whom it names.
    thing_words: frozenset[str] = frozenset()
    # The last few people who spoke, the latest last: "she" after a man's attribution is
    # the latest of them known to be a woman.
    speakers: list[str] = field(default_factory=list)
    # Institutions that spoke ("the Home Office said"): never "he" or "she".
    institutions: set[str] = field(default_factory=set)
    carried: str | None = None  # the speaker of a quote left open at a paragraph's end
    # Open quotes of earlier paragraphs still without a speaker: (their list, index).
    waiting: list[tuple[list[Quote], int]] = field(default_factory=list)

    def full_name(self, name: str) -> str:
        """The full name a surname stands for ("Harstedt" -> "Kent Harstedt"), once one
        person seen so far has that surname."""
        if " " not in name:
            # "Sir Digby added" after "Sir Digby Jones": a given name alone, once one
            # person seen has it (and no one that surname).
            found = self.surnames.get(name) or self.given.get(name) or self.named.get(name)
            return found or self._misspelt(name) or name
        return name

    def _misspelt(self, name: str) -> str | None:
        """The person whose surname this one is with two letters swapped, a typo of the
        text's own ("Mr Montieth" after "David Monteith")."""
        if len(name) < 6 or name in self.surnames:
            return None
        for k in range(1, len(name) - 1):
            swapped = name[:k] + name[k + 1] + name[k] + name[k + 2 :]
            if swapped != name and self.surnames.get(swapped):
                return self.surnames[swapped]
        return None

    def mention(self, name: str) -> None:
        """A person named in full, by a known given name ("Dale Ford"): the given name
        alone stands for them, once no one else named has it."""
        first = name.split(" ", 1)[0]
        if first != name and first in gz.GIVEN_NAMES:
            known = self.named.setdefault(first, name)
            if known is not None and known != name:
                self.named[first] = None

    def meet(self, name: str) -> None:
        """Learn a full name: its surname (and given name) now stand for it, unless
        someone else seen has the same one."""
        words = name.split()
        if len(words) < 2:
            # A speaker known by one name ("Barge said") is a person from now on; not a
            # party or a firm ("Labour said"), which "he" never stands for.
            if name not in gz.KNOWN_ORGS and name not in self.things:
                # (not a given name that stands for someone named in full: "Dale")
                if self.given.get(name) is None and self.named.get(name) is None:
                    self.surnames.setdefault(name, name)
            return
        for key, index in ((words[-1], self.surnames), (words[0], self.given)):
            known = index.get(key, name)
            index[key] = name if known in (name, key) else None

    def settle(self, speaker: str | None) -> None:
        """An attribution makes its speaker the subject (None: an unnamed one); an
        institution's ("the Home Office said") leaves whom "he" stands for as it was."""
        self.spoke = speaker
        if speaker is not None and speaker in self.institutions:
            return
        self.settled = speaker
        self.since.clear()
        if speaker is not None:
            if speaker in self.speakers:
                self.speakers.remove(speaker)
            self.speakers.append(speaker)
            del self.speakers[:-_RECENT]

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
        attributed = not self.since  # every sentence since the last speaker attributed
        while self.since:
            text, sentences, named = self.since.pop()
            for s0, s1 in reversed(sentences):
                here = [p for p in named if s0 <= p.start < s1 and speaks(text, p)]
                lead = _FRONTED.match(text, s0, s1)
                if lead is not None and (
                    any(p.start >= lead.end() for p in here)
                    or text.startswith(("the ", "The "), lead.end())  # "..., the president smiled"
                    and _ROLE_SUBJECT.match(text, lead.end(), s1) is not None
                ):
                    # "And, while we are on the subject of Mr Kilroy-Silk, Mr Morris
                    # despatches him": the subject follows the opening clause.
                    s0 = lead.end()
                    here = [p for p in here if p.start >= s0]
                # "Wenger's Bayern counterpart Felix Magath was ...": the owner is not
                # the subject; the person named with the role is.
                first = opening_person(text, here)
                found = subject_of(self, text, s0, s1, first)
                if found == UNNAMED:  # "A Labour spokesman denied it.": not anyone named
                    self.settle(None)
                    return None
                if found is not None and crossed and self.pronoun_of(found) != pronoun:
                    found = None
                if (
                    found is not None
                    and pronoun == "she"
                    and self.pronoun_of(found) is None
                    and _HE.search(text, s0, s1) is not None
                ):
                    # "When Ford visited his editor Teresa Nielsen Hayden ..., he would
                    # ...": "she" is the one woman the sentence names, not its subject
                    # of unknown sex, whom "he" or "his" there may stand for ("Justine
                    # ... lost ... for her second defeat": she stays the subject).
                    women = {
                        self.full_name(p.name)
                        for p in named
                        if s0 <= p.start < s1 and self.pronoun_of(self.full_name(p.name)) == "she"
                    }
                    if len(women) == 1:
                        found = women.pop()
                if found is not None and self._other_sex(found, pronoun):
                    crossed = True
                    found = next(
                        (
                            self.full_name(p.name)
                            for p in named
                            if s0 <= p.start < s1
                            and speaks(text, p)
                            and self.pronoun_of(self.full_name(p.name)) == pronoun
                        ),
                        None,
                    )
                if found is not None:
                    self.settle(found)
                    return found
        if self.settled is not None and self._other_sex(self.settled, pronoun):
            if not attributed:
                return None
            # "Okafor said ... Gowdy said ...: "...," she said", nothing told between the
            # attributions: the latest speaker known to be a woman (or a man) of the last
            # few; else no one
            return next((n for n in reversed(self.speakers) if self.pronoun_of(n) == pronoun), None)
        if pronoun in ("he", "she") and (
            self.settled in gz.KNOWN_ORGS
            or self.settled in self.things
            or self.settled in self.institutions
        ):
            return None  # 'Labour said ...', 'Telewest predicts': "he" is someone else
        return self.settled

    def _described(self, who: Who) -> str | None:
        """ "Kerry, who has invested months in the diplomacy, acknowledged the
        skepticism. "...," the former Massachusetts senator said": a role said with
        "the" that no one was named with is the person the sentence before opens with
        (or the last speaker, when that sentence was the attribution); only when the
        role is described by a place, a party or a time ("the Vermont senator", "the
        Tory leader", "the former secretary of state"; not "the prime minister", most
        often an office holder the article takes as known), no one known holds its noun,
        that sentence names no one else, and the person is known by no other role."""
        words = who.phrase.split(" of ", 1)[0].split()
        if not who.definite or who.value in _SOMEONE_ELSE or who.value in self.roles:
            return None
        # An epithet ("the billionaire businessman", "the 45-year-old") names again the
        # person just told of; an office needs a place, a party or a time to
        epithet = who.value in _EPITHETS or (bool(words) and _AGED.fullmatch(words[-1]) is not None)
        if not epithet and (len(words) < 2 or not all(_describes(w) for w in words[:-1])):
            return None
        if any(t.rsplit(" ", 1)[-1] == who.value for t in self.titled):
            return None  # a senator met: the role is theirs, or ambiguous
        if self.since:
            text, sentences, named = self.since[-1]
            s0, s1 = sentences[-1]
            here = [p for p in named if s0 <= p.start < s1 and speaks(text, p)]
            opening = here[0] if here else None
            if (
                opening is None
                or len({self.full_name(p.name) for p in here}) > 1
                or not all(is_title(w) for w in text[s0 : opening.start].split())
                or someone_more(text, [(s0, s1)], named, self.thing_words)
            ):
                return None  # "Clinton attacked Sanders ... the Vermont senator": either
            person: str | None = self.full_name(opening.name)
        else:
            person = self.settled
            kin = {t.rsplit(" ", 1)[-1] for t, n in self.titled.items() if n == person}
            if epithet and kin and kin <= _KIN:
                return None  # "His wife Sharon said ...": "the star" is not her, but him
        if person is None or person in self.institutions or person in gz.KNOWN_ORGS:
            return None
        own = {t.rsplit(" ", 1)[-1] for t, n in self.titled.items() if n == person}
        if own and who.value not in own and not epithet and "former" not in words:
            return None  # known by another role (not "the former Massachusetts senator")
        if self.since:
            self.since.pop()  # the sentence is read: its person now speaks, as "he" would
            self.settle(person)
        return person

    def _named_last(self, people: set[str]) -> set[str]:
        """Those of these people whose surname the latest sentence read since the last
        attribution has."""
        if not self.since:
            return set()
        text, sentences, _ = self.since[-1]
        s0, s1 = sentences[-1]
        words = set(_WORD.findall(text, s0, s1))
        return {p for p in people if p.rsplit(" ", 1)[-1] in words}

    def _other_sex(self, name: str, pronoun: str | None) -> bool:
        sex = self.pronoun_of(name) if pronoun else None
        return sex is not None and sex != pronoun

    def title(self, phrase: str, name: str, state: str | None = None) -> None:
        """Remember a role phrase said of a person ("vermont senator": "Sen. Bernie
        Sanders"), and its head noun ("senator"; "secretary" of "secretary of state");
        with the state of a lawmaker's party and state ("Sen. Ted Cruz (R-Texas)"), the
        role in that state too ("texas senator"). A phrase said of two people stands for
        neither (two senators: "the senator")."""
        head = phrase.split(" of ", 1)[0]  # "secretary of state"
        modifier, _, role = head.rpartition(" ")
        phrases = {phrase}
        if not modifier or _is_place(modifier.rsplit(" ", 1)[-1]) or _is_place(modifier):
            # "the senator" is the Vermont senator's, but "the president" is not the
            # union president's (a modified role stays its own: "the union president")
            phrases.add(role)
        if state:
            # "the Texas senator", "the Kentucky Republican": the role or a partisan of
            # the state (whatever the party: the text rarely says it)
            phrases |= {f"{state.lower()} {r}" for r in (role, *_PARTISANS)}
        for said in phrases:
            self.holders.setdefault(said, set()).add(name)
            known = self.titled.setdefault(said, name)
            if known != name:
                self.titled[said] = None

    def titled_as(self, phrase: str) -> str | None:
        """The one person named with this role so far ("the senator": "Sen. Bernie
        Sanders"): the same words, or a bare role noun ("the nominee") that ends the
        titles of one person only ("Republican nominee Donald Trump"), or the role in a
        place ("the Texas senator") of the one person with that role, unless they were
        given it in another place."""
        words = [w for w in phrase.split() if w not in _TIMES]  # "the former senator"
        phrase = " ".join(words)
        if not phrase:
            return None
        if phrase in self.titled:
            return self.titled[phrase]
        place, _, role = phrase.rpartition(" ")
        if place:
            # "the prime minister" is not "Deputy Prime Minister X"; "the Texas senator"
            # is the one senator met, not one met as "Vermont Sen. Bernie Sanders".
            holder = self.titled.get(role) if _is_place(place) else None
            if holder is None:
                # "the Russian foreign minister": the one "foreign minister" met
                first, _, rest = phrase.partition(" ")
                return self.titled.get(rest) if " " in rest and _is_place(first) else None
            for said, name in self.titled.items():
                if name == holder and said.endswith(" " + role) and said != phrase:
                    if _is_place(said[: -len(role) - 1]):
                        return None
            return holder
        found = {n for t, n in self.titled.items() if t.rsplit(" ", 1)[-1] == phrase}
        return found.pop() if len(found) == 1 else None

    def _may_be(self, person: str, phrase: str) -> bool:
        """May ``person``, known by a role noun, be the one this role phrase describes?
        Not when it names a place or people the person was never given ("the British
        foreign secretary" is not "Secretary of State John Kerry")."""
        places = [w for w in phrase.split()[:-1] if _is_place(w)]
        if not places:
            return True
        given = " ".join(t for t, n in self.titled.items() if n == person).split()
        return all(w in given for w in places)

    @staticmethod
    def _epithet(phrase: str) -> bool:
        """A partisan of a place ("wisconsin republican", "nevada democrat"): how news
        names again a lawmaker just quoted, not a role that may be someone new's ("the
        official", "the witness", "the nominee")."""
        words = phrase.split()
        return len(words) > 1 and _is_place(words[0]) and words[-1] in _PARTY_WORDS

    def _fits(self, person: str, phrase: str) -> bool:
        """Was ``person`` given no other place, nor another party, than this role
        phrase names?"""
        given = {w for t, n in self.titled.items() if n == person for w in t.split()}
        words = phrase.split()
        for test in (_is_place, _PARTY_WORDS.__contains__):
            said, known = {w for w in words if test(w)}, {w for w in given if test(w)}
            if said and known and not said & known:
                return False
        return True

    def described_again(self, who: Who | None) -> str | None:
        """The last speaker, when a role describes them again ("The 45-year-old then
        turned to Murphy", "the 57-year-old governor told reporters"): their age or a
        role they were given, and no other place or party (not an epithet alone: "The
        heavy metal star said" right after his wife spoke is not her)."""
        if who is None or who.kind != "role" or not who.definite or not self.speakers:
            return None
        last = self.speakers[-1]
        words = who.phrase.split()
        own = {t.rsplit(" ", 1)[-1] for t, n in self.titled.items() if n == last}
        again = who.value in own or any(map(_AGED.fullmatch, words))
        return last if again and self._fits(last, who.phrase) else None

    def known(self, who: Who | None) -> Who | None:
        """``who``, unless it is a lone place or title word that names no one met."""
        return met(who, self.surnames)

    def resolve(self, who: Who) -> str | None:
        if who.kind == "surname":  # "Jordan said": a person named so before, or no one
            return self.surnames.get(who.value)
        if who.kind == "pronoun":
            return self.subject(who.value)
        if who.kind == "org":  # "the Home Office said": as named, and never a person
            self.institutions.add(who.value)
            return who.value
        if who.kind == "role":
            if self.titled.get(who.phrase):  # the one person given this very title
                return self.titled[who.phrase]
            for r in reversed(who.roles):
                if r in self.roles and self._may_be(self.roles[r], who.phrase):
                    return self.roles[r]
            found = self.titled_as(who.phrase) or self._described(who)
            if found is None and not self.since:  # nothing told since the last speaker
                found = self.described_again(who)
            if found is None:
                # "President Obama" and "President Bill Clinton" named: "the president
                # said" is the one of them the text is about ("Mr. Obama, for his part,
                # ... He noted ..."), else no one; not when the sentence before names
                # two of them ("Sen. Ted Cruz disagreed with Sanders").
                phrase = " ".join(w for w in who.phrase.split() if w not in _TIMES)
                holders = self.holders.get(phrase, set())
                if len(holders) > 1 and len(self._named_last(holders)) < 2:
                    now = self.subject(None)
                    return now if now in holders else None
                if not holders and who.definite and self._epithet(phrase):
                    # "Ryan acknowledged ... . "...," the Wisconsin Republican said": a
                    # partisan no one was said to be is the one the text is about, when
                    # that one spoke last, unless given another place or party
                    last = self.speakers[-1] if self.speakers else None
                    if last is not None and self._fits(last, phrase):
                        return last if self.subject(None) == last else None
            return found
        name = self.full_name(who.value)
        if " " not in name and name not in self.surnames and common(name):
            return None  # "Speaking at ..., he said", "Analysts say": not a name
        self.meet(name)
        for role in who.roles:
            self.roles[role] = name
        return name


_WORD = re.compile(r"[\w'’-]+")


def _describes(word: str) -> bool:
    """Can this word describe a role the text has given a person by another name: a
    time ("former"), a place or its people ("vermont", "russian"), or a party?"""
    return word in _TIMES or _is_place(word) or word in _PARTY_WORDS


# Parties and their people, lower-cased, as role phrases have them ("the Tory leader").
_PARTY_WORDS = frozenset(
    {p.lower() for p in PARTISANS} | set("democratic tory conservative labour liberal gop".split())
)


def opening_person(text: str, here: list[Entity]) -> Entity | None:
    """The first of these persons (a sentence's, in text order) that is not the owner of
    the next one's role: "Wenger's Bayern counterpart Felix Magath" is Magath."""
    return next(
        (
            p
            for k, p in enumerate(here)
            if k + 1 == len(here) or not _owner_of(text, p.end, here[k + 1].start)
        ),
        None,
    )


def _owner_of(text: str, owner_end: int, person_start: int) -> bool:
    """Is the name ending at ``owner_end`` the owner of the role the person named at
    ``person_start`` is named with ("Wenger's Bayern counterpart Felix Magath",
    "Kenteris's lawyer, Gregory Ioannidis")?"""
    mark = next((m for m in ("'s", "’s", "'", "’") if text.startswith(m, owner_end)), None)
    if mark is None:
        return False
    between = text[owner_end + len(mark) : person_start].split()
    return (
        0 < len(between) <= 3
        and "," not in " ".join(between)[:-1]
        and not any(w.lower() in _NOT_A_ROLE for w in between)
    )


# Words that make what follows an owner something other than a role: "Jay-Z's hits
# have included ...", "Williams' track beat songs by ...".
_NOT_A_ROLE = frozenset("by with and of for to in on at from is was has have had".split())


@cache
def _places() -> frozenset[str]:
    """Places and the adjectives of places, lower-cased, as role phrases have them."""
    return frozenset(p.lower() for p in (*gz.PLACES, *gz.DEMONYMS))


def _is_place(words: str) -> bool:
    """Are these lower-cased words a place ("texas", "new york", "british")?"""
    return words in _places()


def common(word: str) -> bool:
    """A capitalised common word that is no one's name: "Speaking", "Analysts"."""
    lower = word.lower()
    return lower in gz.COMMON_WORDS and lower.endswith(("ing", "s", "ic", "ly", "ed"))


def speaks(text: str, person: Entity) -> bool:
    """Can a person named here be the one speaking? Not one named in a photo credit
    ("NASA/Steve Freeman", "Photo courtesy of ...")."""
    at = person.start
    if text[at - 1 : at] == "/":
        return False
    return text.find("ourtesy of", at - 16, at) < 0 and text.find("redit", at - 16, at) < 0


def subject_of(
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
        if not role.group(1).startswith(("The ", "the ")):
            return UNNAMED
        who = parse_who(role.group(1))
        named = memory.resolve(who) if who is not None else None
        if named:
            return named
    at = s1 if first is None else first.start
    pronoun = _PRONOUN.search(text, s0, at)
    if pronoun is not None:
        first, at = None, pronoun.start()
    roles = role_words()
    for m in CAPITALISED.finditer(text, s0, at):
        if _quoted(text, s0, m.start()):
            continue  # a name someone else says ('"Robert Kilroy Silk is not a team player"')
        word = m.group().removesuffix("’s").removesuffix("'s")
        owner_end = m.start() + len(word)
        if word != m.group() and first is not None and _owner_of(text, owner_end, first.start):
            continue  # an owner before the person named: "Wenger's counterpart Magath"
        known = memory.surnames.get(word) or memory.given.get(word)
        if known and word not in memory.things:
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


def _quoted(text: str, s0: int, at: int) -> bool:
    """Is ``at`` inside quotation marks opened since ``s0``?"""
    before = text[s0:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
