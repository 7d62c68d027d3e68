"""The word lists behind :mod:`claimcheck.extraction.entities.find`: places, titles,
organisations, names.

The lists are data, in ``lists/`` beside this module, one entry a line, sorted, with no
repeats: ``Canonical: variant | variant`` for names with other spellings (countries,
cities, organisations, people), one word (or phrase) a line for the rest. Each file
opens with ``#`` lines saying what belongs in it. A list is read the first time one of
the names below is used.

Sizes are kept modest on purpose: recognition is rule-based and favours precision, so a
name that is missing costs a little recall, while a wrong name (a common word, a
company taken for a person) misleads the journalist reading the output.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from typing import Any

# Grammar rather than lists: small and fixed, kept here.
# Prepositions that put a capitalised unknown word in place position: "a briefing in
# Seoul", "talks at Panmunjom".
PLACE_PREPOSITIONS: frozenset[str] = frozenset("in at from near".split())
# Lowercase words that may sit inside a capitalised run besides the name particles:
# "Bank of England", "Bosnia and Herzegovina".
_JOINING_WORDS = frozenset("of the for and &".split())


def _lines(name: str) -> Iterator[str]:
    text = (resources.files(__package__) / "lists" / f"{name}.txt").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            yield line


def _entries(name: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(canonical, surfaces)`` for each ``Canonical: variant | variant`` line; the
    canonical name is always one of its own surfaces."""
    for line in _lines(name):
        canonical, _, rest = line.partition(":")
        canonical = canonical.strip()
        variants = [v.strip() for v in rest.split("|") if v.strip()]
        yield canonical, (canonical, *variants)


def _set(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


def _mapping(name: str) -> dict[str, str]:
    """Every surface of a list -> its canonical name."""
    return {s: canonical for canonical, surfaces in _entries(name) for s in surfaces}


def _plural(demonym: str) -> str | None:
    """The plural noun of a demonym, when it has one: "Swede" -> "Swedes"."""
    if demonym.endswith("ese") or " " in demonym:
        return None
    if demonym.endswith(("an", "i", "e", "ot", "ek", "kh", "rk", "rb", "at", "nn", "no")):
        return demonym + "s"
    if demonym in ("Czech", "Turk", "Serb", "Croat", "Scot", "Finn", "Kiwi", "Aussie"):
        return demonym + "s"
    return None


@cache
def _places() -> tuple[dict[str, str], frozenset[str]]:
    """Every place surface -> canonical name, and the canonical countries and US states."""
    places: dict[str, str] = {}
    countries: set[str] = set()
    for name, sovereign in (("cities", False), ("regions", False), ("us_states", True)):
        for canonical, surfaces in _entries(name):
            for s in surfaces:
                places[s] = canonical
            if sovereign:
                countries.add(canonical)
    # Countries last: "Georgia" and "Washington" then name the country and the city.
    for canonical, surfaces in _entries("countries"):
        countries.add(canonical)
        for s in surfaces:
            places[s] = canonical
    return places, frozenset(countries)


def _demonyms() -> dict[str, str]:
    """Adjectives and nouns for a people -> the place; plurals ("Swedes") derived."""
    demonyms: dict[str, str] = {}
    for canonical, surfaces in _entries("demonyms"):
        for s in surfaces[1:]:
            demonyms[s] = canonical
            plural = _plural(s)
            if plural:
                demonyms[plural] = canonical
    return demonyms


_BUILDERS: dict[str, Callable[[], Any]] = {
    "PLACES": lambda: _places()[0],
    "STATES_AND_COUNTRIES": lambda: _places()[1],
    "PARTY_STATES": lambda: _mapping("state_abbreviations"),
    "DEMONYMS": _demonyms,
    "KNOWN_ORGS": lambda: _mapping("organisations"),
    "KNOWN_PEOPLE": lambda: _mapping("people"),
    "SOFT_PLACES": lambda: _set("soft_places"),
    "ORG_HEADS": lambda: _set("org_heads"),
    "STANDALONE_ORGS": lambda: _set("standalone_orgs"),
    "SURNAME_HEADS": lambda: _set("surname_heads"),
    "THING_HEADS": lambda: _set("thing_heads"),
    "PLACE_HEADS": lambda: _set("place_heads"),
    "TITLES": lambda: _set("titles"),
    "TITLE_PHRASES": lambda: _set("title_phrases"),
    "ROLE_WORDS": lambda: _set("role_words"),
    "NAME_PARTICLES": lambda: _set("name_particles"),
    "CONNECTORS": lambda: _JOINING_WORDS | _set("name_particles"),
    "TITLE_SURNAMES": lambda: _set("title_surnames"),
    "GIVEN_NAMES": lambda: _set("given_names"),
    "FEMALE_NAMES": lambda: _set("given_names_female"),
    "MALE_NAMES": lambda: _set("given_names_male"),
    "MONTHS": lambda: _set("months"),
    "STOP_WORDS": lambda: _set("stop_words") | _set("months"),
    "NON_ORG_ACRONYMS": lambda: _set("non_org_acronyms"),
    "COMMON_WORDS": lambda: _set("common_words"),
}

__all__ = sorted([*_BUILDERS, "PLACE_PREPOSITIONS", "party_state"])


def party_state(abbreviation: str) -> str | None:
    """The US state a lawmaker's party and state names ("Calif", "Calif.", "N.C.", "VT",
    "Texas"), if it names one."""
    states: dict[str, str] = _built("PARTY_STATES")
    bare = abbreviation.rstrip(".")
    return states.get(abbreviation) or states.get(bare) or states.get(bare + ".")


@cache
def _built(name: str) -> Any:
    return _BUILDERS[name]()


def __getattr__(name: str) -> Any:
    if name in _BUILDERS:
        # Kept as a module attribute once built: Python calls this function only for
        # names it cannot find, and the finders read these lists on every word.
        value = _built(name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
