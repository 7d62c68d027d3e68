"""The people and organisations an article has already named in full, so that a later
bare surname or short name is read as them: "Kent Harstedt ... Harstedt said" ->
"Kent Harstedt"; "Barrick Gold Corp ... Barrick shares" -> "Barrick Gold Corp".

The memory goes sentence by sentence through one article, like the quotes'
:class:`~claimcheck.extraction.quotes.SpeakerMemory`. Only unknown words use it: a word
the gazetteer knows ("Washington" the city) keeps its reading. What the article alone
cannot settle stays open: a surname shared by two people named earlier ("Bill
Clinton", "Hillary Clinton") is a person without a full name; a word that is both a
surname and the first word of a firm ("Bill Ford", "Ford Motor") is left alone; and a
surname after an article is a modifier ("the Glazer bid"), not the person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.lexicon import _GENERATIONS
from claimcheck.models import Entity


def _merge(table: dict[str, str], key: str, full: str) -> None:
    """Remember that ``key`` stands for ``full``; "" once it stood for two names."""
    known = table.get(key)
    if known is None:
        table[key] = full
    elif known and known.split()[0] != full.split()[0]:
        table[key] = ""


@dataclass
class NameMemory:
    """Short names -> the full names they stand for in one article ("" when ambiguous)."""

    surnames: dict[str, str] = field(default_factory=dict)
    # Given names -> the full names, for a knight's or a dame's "Sir Digby".
    given: dict[str, str] = field(default_factory=dict)
    # The first word of an organisation's name, or its last when a plural, -> the name:
    # "Barrick" -> "Barrick Gold Corp", "Cowboys" -> "Dallas Cowboys".
    firms: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.surnames or self.firms)

    def learn(self, entities: list[Entity]) -> None:
        """Remember the people and organisations named in full among ``entities``."""
        for e in entities:
            if " " not in e.name:
                continue
            if e.type == "org":
                if " " not in e.text:
                    continue  # "EU": a known short name, nothing to learn
                first = e.text.split(" ", 1)[0]
                if (
                    first.replace("-", "").isalpha()  # "Bre-X"
                    and first not in gz.GIVEN_NAMES
                    and first.lower() not in gz.COMMON_WORDS  # "World Trade Organization"
                ):
                    self.firms.setdefault(first, e.name)
                    if self.firms[first] != e.name:
                        self.firms[first] = ""  # "Deutsche Bank", "Deutsche Telekom"
                last = e.text.rsplit(" ", 1)[1]
                if (
                    len(last) > 3
                    and last.isalpha()
                    and last[-1] == "s"
                    and last not in gz.ORG_HEADS
                ):
                    self.firms.setdefault(last, e.name)  # "Dallas Cowboys" ... "the Cowboys"
                continue
            if e.type != "person":
                continue
            if self.surnames.get(e.name.rsplit(" ", 1)[1]) == e.name:
                continue  # named in full before: a stored name is its own surname's
            words = e.name.split()
            while len(words) > 2 and words[-1] in _GENERATIONS:
                words.pop()
            surname = words[-1]
            if len(surname) < 3 or not surname[0].isupper() or surname in _GENERATIONS:
                continue
            _merge(self.surnames, surname, " ".join(words))
            _merge(self.given, words[0], " ".join(words))

    def full_name(self, name: str, before: str) -> str:
        """The full name a one-word person's name stands for, if one person named
        before has it: "Mr Balls" after "Ed Balls"; "Sir Digby" (``before`` is the word
        before it) after "Sir Digby Jones"."""
        if " " in name:
            return name
        full = self.surnames.get(name)
        if not full and before in ("Sir", "Dame"):
            full = self.given.get(name)
        return full or name

    def recall(self, word: str, after_article: bool) -> tuple[str, str] | None:
        """``(type, name)`` for a bare ``word`` named in full before, or None.

        ``name`` is the full name, or ``word`` itself when two names share it.
        """
        person = self.surnames.get(word)
        firm = self.firms.get(word)
        if person is not None and firm is not None:
            return None
        if firm is not None:
            return "org", firm or word
        if person is not None and not after_article:
            return "person", person or word
        return None
