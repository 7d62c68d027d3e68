"""The people an article has already named in full, so that a later bare surname is
read as that person: "Kent Harstedt ... Harstedt said" -> "Kent Harstedt".

The memory goes sentence by sentence through one article, like the quotes'
:class:`~claimcheck.extraction.quotes.SpeakerMemory`. Only unknown words use it: a word
the gazetteer knows ("Washington" the city) keeps its reading, and a surname shared by
two people named earlier ("Bill Clinton", "Hillary Clinton") stays a person without a
full name, since the article alone cannot tell which one is meant. Nor is a surname
read as a person when it also opens an organisation's name ("Bill Ford", "Ford
Motor"), or when it is a modifier after an article ("the Glazer bid").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.models import Entity

# Written after a surname, not a surname themselves: "Martin Luther King Jr".
_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())


@dataclass
class NameMemory:
    """Surname -> the full name it stands for in this article ("" when ambiguous)."""

    surnames: dict[str, str] = field(default_factory=dict)
    # First words of organisations named in the article: "Ford" after "Ford Motor" may
    # be the company as well as "Bill Ford", so it is left alone.
    firms: set[str] = field(default_factory=set)

    def learn(self, entities: list[Entity]) -> None:
        """Remember the people named in full among ``entities``."""
        for e in entities:
            if e.type == "org" and " " in e.text:
                self.firms.add(e.text.split(" ", 1)[0])
                continue
            if e.type != "person" or " " not in e.name:
                continue
            words = e.name.split()
            while len(words) > 2 and words[-1] in _SUFFIXES:
                words.pop()
            surname = words[-1]
            if len(surname) < 3 or not surname[0].isupper() or surname in _SUFFIXES:
                continue
            full = " ".join(words) if len(words) < len(e.name.split()) else e.name
            known = self.surnames.get(surname)
            if known is None:
                self.surnames[surname] = full
            elif known and known.split()[0] != words[0]:
                self.surnames[surname] = ""  # two people: which one is unknown

    def person(self, word: str) -> str | None:
        """The full name ``word`` stands for ("" when two people share it), or None."""
        if word in self.firms:
            return None
        return self.surnames.get(word)
