"""Whether a sentence names someone besides the persons found: a capitalised word that no
list, and none of the article's places and organisations, accounts for ("Clinton attacked
Sanders", "Sanders" not found as a person)."""

from __future__ import annotations

import re
from functools import cache

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.quotes.names import WEEKDAYS, is_title
from claimcheck.models import Entity

CAPITALISED = re.compile(r"(?<![\w.])[A-Z][a-z][\w'’-]*")


def someone_more(
    text: str,
    sentences: list[tuple[int, int]],
    named: list[Entity],
    things: frozenset[str] = frozenset(),
) -> bool:
    """Do these sentences name someone besides the persons found: a capitalised word
    inside a sentence, outside their names, that no list knows as a place, a body or a
    date, nor is a word of ``things``, the article's places and organisations ("Clinton
    attacked Sanders", "Sanders" not found as a person)?"""
    for s0, s1 in sentences:
        for m in CAPITALISED.finditer(text, s0, s1):
            word = m.group().removesuffix("’s").removesuffix("'s")
            if not text[s0 : m.start()].strip(" “\"‘'"):
                continue  # the sentence's first word
            if any(p.start <= m.start() < p.end for p in named) or word in things:
                continue
            if is_title(word):
                continue  # "Committee Chairman Bob Corker": a title, no one else
            if word in gz.PLACES or word in gz.DEMONYMS or word in gz.KNOWN_ORGS:
                continue
            if word in gz.MONTHS or word in WEEKDAYS:
                continue
            heads, headed = _headed()
            if word in heads or headed.match(text, m.end()) is not None:
                continue  # a place's or a body's name: "Spokane County", "Wall Street"
            return True
    return False


@cache
def _headed() -> tuple[frozenset[str], re.Pattern[str]]:
    """The head words of places' and bodies' names ("County", "Street", "Committee"),
    and a pattern for a capitalised run that ends in one (built on first use: the word
    lists load lazily)."""
    words = frozenset(gz.PLACE_HEADS) | frozenset(gz.ORG_HEADS) | {"Street"}
    heads = "|".join(sorted(map(re.escape, words)))
    return words, re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?:{heads})\b")
