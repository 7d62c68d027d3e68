"""Who an attribution phrase names: a person ("Swedish Special Envoy Kent Harstedt" ->
"Kent Harstedt"), a pronoun ("he"), or only a role ("a senior intelligence advisor").

The phrase is the few words next to a speech verb, cut at the first comma or clause
word by :mod:`claimcheck.extraction.quotes.cues`. Titles, ranks, nationalities, roles
and the organisation in front of a name are left out of it; joined initials ("G.K.")
and name particles ("bin", "van") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.context import PARTISANS

# Capitalised words that are part of a title or rank rather than of a name, besides the
# entity finder's title list: "Special Envoy", "Chief Warrant Officer 2".
_MORE_TITLES = frozenset(
    """
    Acting Administrator Affairs Analyst Assistant Associate Attorney Chairman Commandant
    Corporal Defense Defence Deputy Economy Education Executive Finance First Foreign
    Former Health Interior Lawyer Manager Master Petty Press Principal Private Second
    Senior Special Specialist Staff State Trade Vice Warrant
    """.split()
)
# Lowercase role nouns besides the entity finder's list; they name the person in a
# later "the envoy added" and are never part of a name.
_MORE_ROLES = frozenset(
    """
    administrator agent astronaut astronomer astrophysicist chairwoman co-author commissioner
    critic engineer intern investigator lead official physicist pilot planner publicist
    pundit ranger representative researcher scholar speaker specialist supervisor technician
    trainer
    """.split()
)
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Mister".split())
# Kin who share a surname: "Nogar's son Stephen" is Stephen Nogar.
KIN = frozenset("son daughter brother sister father mother".split())
# Words said of a person named by surname alone: "the elder Trump", "the late Mr Smith".
_SAID_OF_A_NAME = frozenset("elder younger late embattled beleaguered".split())
DETERMINERS = frozenset(
    "the a an another one its his her their our this that these those some several many most"
    " few both all other".split()
)
_PRONOUN_FORM = re.compile(r"(he|she)(?:['’](?:d|ll))?")
# Words that open a clause before its subject.
_OPENING_WORDS = frozenset("and but as while so then meanwhile finally also".split())
# A time that opens a clause before its subject: "Later", "Earlier this week".
_WHEN_WORDS = frozenset("earlier later afterwards yesterday today".split())
_WHEN = re.compile(
    r"(?i:earlier|later|afterwards|yesterday|today)(?:\s+(?:this|last|on|in)\s+(?:week|month"
    r"|year|morning|afternoon|evening|night|[A-Z][a-z]+day))?,?\s+"
)
# Who work with the one named first: "Paganini and his team", "Smith and colleagues".
_TEAMS = frozenset("team colleagues co-authors coauthors collaborators researchers".split())
# Bodies and documents the text names by what they are ("the firm said", "the report
# said"): they speak, but no one is named.
BODIES = frozenset(
    """
    administration agency airline alliance association authority bank board campaign
    carrier club commission committee company council court department firm government
    group league maker manufacturer ministry network newspaper office operator
    organisation organization paper party regulator report research retailer review
    statement study survey team union website
    """.split()
)
# Who a report leans on without naming: "Sources within the party told the BBC".
_SOURCES = frozenset("sources source insiders insider aides allies friends".split())
_SOMEONE_NEW = frozenset("a an another one".split())
# Words that end a role phrase read backwards from a name ("its chief executive").
NOT_QUALIFIERS = DETERMINERS | frozenset("of and at in for by with from to".split())
_NOBODY = frozenset({"i", "we", "you", "they", "it", "who", "which"})
_POSSESSIVES = frozenset("her his their its our my your".split())
# What follows a participle that opens a phrase ("introducing Garland", "speaking to
# reporters"), not a noun it modifies ("managing director", "marketing company").
_AFTER_PARTICIPLE = frozenset(
    """the a an to in on at with for from about his her their its our this that beside
    behind near alongside outside inside into before after over under by as up out
    down off through across against toward towards""".split()
)
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Words between a subject and its verb: "Smith later said", "he has repeatedly warned".
BETWEEN = frozenset(
    """
    afterwards also again already always earlier finally further has had have herself himself
    later long
    meanwhile never often once previously quickly recently reportedly repeatedly simply since
    still then will would
    """.split()
)
# Nouns in -ly, which are no adverb between a subject and its verb ("the family said").
_LY_NOUNS = frozenset("family assembly anomaly monopoly rally ally supply italy july".split())


# A time between a subject and its verb: "Paul Ryan last week called", "Obama on Monday".
_TIME_AFTER = re.compile(
    r"(?:last|this|next|earlier|later) (?:week|month|year|weekend)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def between(word: str) -> bool:
    """A word that may stand between a subject and its speech verb: "Smith later said",
    "Brooke tearfully asked", "Trump has since said"."""
    low = word.lower()
    return low in BETWEEN or (
        len(low) > 5 and low.endswith("ly") and word.islower() and low not in _LY_NOUNS
    )


_PREPOSITIONS = frozenset(
    "of at for in from with on by to under atop near outside inside across behind into".split()
)
# A name's word: a capitalised word, joined initials ("G.K."), an abbreviated title, or a
# surname with its article ("al-Jubeir", "el-Sisi").
_NAME_TOKEN = re.compile(
    r"(?:[A-Z]\.)+[A-Z]?|[A-Z][\w'’-]*\.?|Mc[A-Z][\w'’-]*|(?:al|el|ul|ad|as|an)-[A-Z][\w'’-]*"
)
PARENTHESES = re.compile(r"\s*\([^)]{0,40}\)")
_POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Who:
    """What an attribution phrase names: ``kind`` is ``name``, ``pronoun``, ``role``,
    ``org`` (an institution named with "the": "the Home Office said") or ``surname``: a
    lone word the lists know as a place or a title ("Jordan said", "King said"), which
    names the person the article has named in full with that surname, and else no one."""

    kind: str
    value: str  # the name, the pronoun, or the role noun
    roles: tuple[str, ...] = ()  # the role nouns said of a name ("envoy")
    phrase: str = ""  # a role's words after "the", lower-cased ("prime minister")
    definite: bool = False  # a role named with "the" ("the Vermont senator said")


def named_last(phrase: str) -> Who | None:
    """The name that ends ``phrase``, with its titles: "... pointed to House Majority
    Leader Kevin McCarthy"; None when the capitalised words there name no one."""
    words = phrase.split()
    k = len(words)
    while k and words[k - 1][:1].isupper():
        k -= 1
    who = parse_who(" ".join(words[k:])) if k < len(words) else None
    return who if who is not None and who.kind == "name" else None


def met(who: Who | None, surnames: Mapping[str, str | None]) -> Who | None:
    """``who``, unless it is a lone place or title word (kind ``surname``) that is no
    surname in ``surnames``, the people met so far ("Jordan said" with no Jordan named:
    the country's words are no one's quote)."""
    if who is not None and who.kind == "surname" and not surnames.get(who.value):
        return None
    return who


@cache
def _titles() -> frozenset[str]:
    return frozenset(gz.TITLES) | _MORE_TITLES


@cache
def title_phrases() -> tuple[str, ...]:
    return tuple(gz.TITLE_PHRASES)


@cache
def role_words() -> frozenset[str]:
    """Lowercase role nouns: "envoy", "astrophysicist"."""
    return frozenset(gz.ROLE_WORDS) | _MORE_ROLES


def is_name_token(word: str) -> bool:
    return bool(_NAME_TOKEN.fullmatch(word)) and word.rstrip(".") not in WEEKDAYS


def role_nouns(words: list[str]) -> tuple[str, ...]:
    roles = role_words()
    return tuple(w.lower() for w in words if w.lower() in roles)


def clean_name(phrase: str) -> str:
    """Strip titles, ranks, roles and nationalities: "Swedish Special Envoy Kent Harstedt".

    Everything up to the last title before the name goes ("House Speaker Paul Ryan",
    "White House Press Secretary Josh Earnest"), then leading words that are titles,
    nationalities, roles, organisations or places before a title.
    """
    tokens = PARENTHESES.sub("", phrase).strip(" .,;:").split()
    titles, demonyms, roles = _titles(), gz.DEMONYMS, role_words()
    for i in range(len(tokens) - 2, -1, -1):  # "Deutsche Bank's Simon Champion"
        if (
            tokens[i] in titles
            or tokens[i].rstrip(".") in titles
            or tokens[i].endswith(_POSSESSIVE)
        ):
            tokens = tokens[i + 1 :]
            break
    while len(tokens) > 1:
        first = tokens[0]
        bare = first.rstrip(".")
        if (
            first in titles
            or bare in titles
            or first in demonyms
            or first.lower() in roles
            or first.endswith(_POSSESSIVE)  # "NASA's Kim Weaver"
            or first.isdigit()
            or ((first in gz.PLACES or first in gz.KNOWN_ORGS) and is_title(tokens[1]))
            or (first in gz.PLACES and tokens[1] in PARTISANS)  # "California Democrat"
            or (len(bare) > 1 and bare.isupper() and len(tokens) > 2)  # "NASA Administrator"
        ):
            tokens.pop(0)
        else:
            party = _party_words(tokens)
            if not party or len(tokens) - party < 2 or not _person_starts(tokens[party]):
                break
            del tokens[:party]  # "Lib Dem Norman Baker", "Republican Donald Trump"
    while len(tokens) > 2 and tokens[-1].rstrip(".,") in _POST_NOMINALS:
        tokens.pop()  # "Guy Mansfield QC", "Tom McCabe MSP"
    heads = [
        k
        for k, t in enumerate(tokens[:-2])
        if t in gz.ORG_HEADS and tokens[k + 1] in gz.GIVEN_NAMES
    ]
    if heads:  # "Environmental Audit Committee Peter Ainsworth": the body's name goes
        tokens = tokens[heads[-1] + 1 :]
    return " ".join(tokens)


# Letters after a name that say what the person is, not who: "Guy Mansfield QC".
_POST_NOMINALS = frozenset("QC KC MP MSP MEP AM MLA OBE MBE CBE KBE QPM".split())


# Parties named before a politician's name with no role between ("Lib Dem Norman Baker",
# "Republican Donald Trump", "Tory John Redwood"): the party is no part of the name.
_PARTIES = frozenset(
    "Republican Democrat Democratic Tory Conservative Labour Liberal Green Independent GOP "
    "SNP UKIP Ukip Unionist DUP SDLP Socialist".split()
)
_PARTIES_OF_TWO = frozenset(
    {("Lib", "Dem"), ("Liberal", "Democrat"), ("Plaid", "Cymru"), ("Sinn", "Fein")}
)


def _party_words(tokens: list[str]) -> int:
    """How many of the leading tokens name a party (0, 1 or 2)."""
    if len(tokens) > 2 and (tokens[0], tokens[1]) in _PARTIES_OF_TWO:
        return 2
    return 1 if tokens[0] in _PARTIES else 0


def _person_starts(token: str) -> bool:
    """Does a person's name start here: a known given name or a title ("Sen.")?"""
    return token in gz.GIVEN_NAMES or token in gz.TITLES or token.rstrip(".") in gz.TITLES


def is_title(word: str) -> bool:
    """A title or role after a place or organisation: "U.S. President", "NASA engineer"."""
    return word in _titles() or word.rstrip(".") in _titles() or word.lower() in role_words()


@lru_cache(maxsize=4096)
def parse_who(phrase: str) -> Who | None:
    """The speaker a phrase next to a speech verb names, if it names one.

    "he" is a pronoun; "a senior intelligence advisor", "the envoy" and "North Korean
    state media" are roles (the phrase ends in a lowercase noun, or opens with a
    determiner); a run of capitalised words at the end is a name. A preposition ends
    the name and starts a workplace ("Simon Wheatley from Goldman Sachs", "economist
    at SG Corporate"), unless it belongs to a title ("Secretary of State John Kerry").
    """
    phrase = PARENTHESES.sub("", phrase)
    for title in title_phrases():  # "Chancellor of the Exchequer" -> "Chancellor"
        if title in phrase:
            phrase = phrase.replace(title, title.split()[0])
    words = phrase.replace("—", " ").strip(" ,;:-").split()
    while words and (words[0].lower() in _OPENING_WORDS or words[0] == "-"):
        words.pop(0)  # "And", "Then Smith told reporters"
    if words and words[0].lower() in _WHEN_WORDS:
        # "Later he said", "Earlier this week the Tories announced"
        when = _WHEN.match(" ".join(words))
        words = " ".join(words)[when.end() :].split() if when else words
    while len(words) > 1 and between(words[-1]):
        words.pop()
    if len(words) > 2 and _TIME_AFTER.fullmatch(" ".join(words[-2:])):
        words = words[:-2]  # "House Speaker Paul Ryan last week called"
    if len(words) > 3 and words[-1].lower() in _TEAMS and words[-3].lower() == "and":
        if words[-2].lower() in ("his", "her"):
            words = words[:-3]  # "Paganini and his team wrote": Paganini's words
    elif len(words) > 2 and words[-1].lower() in _TEAMS and words[-2].lower() == "and":
        words = words[:-2]  # "Smith and colleagues wrote"
    if len(words) > 2 and words[0].lower() in _PREPOSITIONS and _when(words[1]):
        words = words[2:]  # "On Wednesday Irish Transport Minister Martin Cullen"
    elif len(words) == 2 and words[0] in ("In", "On", "At", "From", "During", "After"):
        return None  # "In October": a time or place, not a speaker
    elif len(words) > 3 and words[0].lower() in ("at", "in", "during") and words[-1][:1].isupper():
        # "at their poster launch Tory co-chairman Liam Fox": the name after the scene
        scene = max(
            (k for k, w in enumerate(words) if w.islower() and w not in role_words()), default=0
        )
        if any(is_title(w) for w in words[scene + 1 : -1]):  # a role or title, then the name
            words = words[scene + 1 :]
    lead = 0
    while lead < len(words) and is_name_token(words[lead]):
        lead += 1
    # the lowercase words after the name, up to a workplace ("at digital content firm THX")
    role_end = next((k for k in range(lead, len(words)) if words[k] in _PREPOSITIONS), len(words))
    if (
        2 <= lead < role_end <= 9
        and words[role_end - 1] in role_words()
        and all(w.islower() for w in words[lead:role_end])
        and (words[0].rstrip(".") in gz.TITLES or words[0] in gz.GIVEN_NAMES)
    ):
        # "Dr Mike Watts head of exploration", "Dr Mark Tuffy games systems director at
        # digital content firm THX": the name, then its role (commas left out); not
        # "William Hill spokesman Rupert Adams", a firm's role and the name
        named = parse_who(" ".join(words[:lead]))
        if named is not None and named.kind == "name":
            return Who("name", named.value, named.roles + role_nouns(words[lead:role_end]))
    if not words or len(words) > 9:
        return None
    first = words[0].lower()
    if (
        first.endswith("ing")
        and words[0].islower()
        and len(first) > 5
        and len(words) > 1
        and (words[1][:1].isupper() or words[1] in _AFTER_PARTICIPLE)
    ):
        return None  # "Obama, introducing Garland in the Rose Garden, said": a participle
    if len(words) == 1 and (pronoun := _PRONOUN_FORM.fullmatch(first)) is not None:
        return Who("pronoun", pronoun[1])  # "he", "he'd", "she'll"
    if first in _NOBODY:
        return None
    run = len(words)
    while run > 0 and (
        is_name_token(words[run - 1]) or _particle(words, run - 1) or words[run - 1] == "&"
    ):
        run -= 1
    if 0 < run < len(words) and words[run - 1].lower() in _POSSESSIVES:
        return None  # "closed her Bronx remarks": a noun after its owner, no speaker
    at = run - 1 if run > 2 and words[run - 1] == "the" else run  # "Vice President of the ATP"
    if (
        1 < at < len(words)
        and words[at - 1] in ("for", "of", "at", "in", "from")
        and is_title(words[at - 2])  # not "Lord Nicholls of Birkenhead"
    ):
        # "Labour MP for West Ham", "director of Gartner": the name is the seat or the
        # body, and the phrase a role; "Sources within the party": no one named. A given
        # name inside starts the person: "Shadow leader of the Commons Oliver Heald".
        roles = role_nouns(words[: at - 1])
        given = next((k for k in range(run + 1, len(words)) if words[k] in gz.GIVEN_NAMES), 0)
        if given and len(words) - given >= 2 and words[-1] not in gz.ORG_HEADS:
            return Who("name", clean_name(" ".join(words[given:])), roles)
        return Who("role", roles[-1]) if roles else None
    if (
        words[0].lower() in _SOURCES
        and len(words) > 1
        and words[1].lower()
        in _PREPOSITIONS
        | {
            "within",
            "close",
            "inside",
        }
    ):
        return Who("role", "source")  # "Sources within the Conservative Party": unnamed
    # "the group's president Beverly Siemssen": a name after the role is the person's.
    named_after_role = run < len(words) and 0 < run and words[run - 1].lower() in role_words()
    if run == 2 and first == "the" and words[1] in _SAID_OF_A_NAME and not is_title(words[-1]):
        return Who("name", clean_name(" ".join(words[run:])))  # "the elder Trump"
    body = next((k for k in range(len(words) - 3, 0, -1) if words[k].endswith(_POSSESSIVE)), 0)
    bodys = words[body + 1 :]
    if bodys and (cut_at := next((k for k, w in enumerate(bodys) if w in _PREPOSITIONS), 0)):
        bodys = bodys[:cut_at]  # "... in Rome": where the person is
    if first == "the" and body and all(is_name_token(w) for w in bodys):
        # "The BBC's David Willey (in Rome)": the body's person, named in full
        named_person = clean_name(" ".join(bodys))
        if " " in named_person and named_person.split()[0] in gz.GIVEN_NAMES:
            return Who("name", named_person)
    if run == len(words) or (first in DETERMINERS and not named_after_role):
        # "Tony Blair's official spokesman": the roles after the owner, not the owner's.
        owned = [k for k, w in enumerate(words) if w.endswith(_POSSESSIVE)]
        roles = role_nouns(words[owned[-1] + 1 :] if owned else words)
        if roles and first in _SOMEONE_NEW:
            return Who("role", roles[-1])  # "a spokesman for X": someone not met, unnamed
        if roles:
            definite = first == "the" and not owned
            return Who("role", roles[-1], roles, role_phrase(words), definite)
        partisan = _partisan(words[1:], anywhere=True) if first in DETERMINERS else _partisan(words)
        if partisan is not None:
            return replace(partisan, definite=first == "the")
        institution = _institution(words)
        if institution is None and words[-1].lower() in BODIES and first in DETERMINERS:
            return Who("role", words[-1].lower())  # "said a CAS statement": no one named
        return institution

    # A preposition after a lowercase word starts a workplace, and the name in it is
    # not the speaker ("economist at SG Corporate", "a former executive at rival Porsche").
    cut = next(
        (
            k
            for k, w in enumerate(words)
            if w.lower() in _PREPOSITIONS and (not k or words[k - 1].islower())
        ),
        None,
    )
    if cut is not None and cut < run:
        department = words[cut + 1 : run]
        person = words[run:]
        if (
            words[cut - 1].lower() in role_words()
            and 0 < len(department) <= 3
            and all(w.islower() and w not in _PREPOSITIONS | DETERMINERS for w in department)
            and 2 <= len(person) <= 3
            and person[0] in gz.GIVEN_NAMES  # not "spokesman for anti-virus firm Trend Micro"
        ):
            # "director of rugby Rob Andrew", "head of communications Jane Doe": the
            # role's department, then the person (not "head of equity research at NCB
            # Stockbrokers", "director of the Race Equality Council").
            return Who("name", clean_name(" ".join(person)), role_nouns(words[:cut]))
        return parse_who(" ".join(words[:cut])) if cut else None
    if 1 < run and any(c.isdigit() for c in words[run - 1]) and is_name_token(words[run - 2]):
        return None  # "Il Sole 24 Ore", "Channel 4 News": a name with a number is no person's
    name = clean_name(" ".join(words[run:]))
    if name == "I" or (
        name.endswith(_POSSESSIVE) and name not in gz.KNOWN_ORGS and "&" not in name
    ):
        return None  # "when I asked her": the writer; "Swift's claims": an owner
    titles = _titles()
    introduced = run > 0 and words[run - 1].lower() in role_words()  # "governor Mervyn King"
    if not introduced and not any(w.rstrip(".") in gz.TITLES for w in words[run:]):
        # After a name, a preposition starts its workplace ("Simon Wheatley from Goldman
        # Sachs"), unless it belongs to a title ("Secretary of State John Kerry").
        cut = next(
            (
                k
                for k, w in enumerate(words)
                if k and w.lower() in _PREPOSITIONS and words[k - 1].rstrip(".") not in titles
            ),
            None,
        )
        if cut is not None:
            return parse_who(" ".join(words[:cut]))
    if words[run].rstrip(".") in _HONORIFICS and " " not in name:
        return Who("name", name)  # "Mr King": a surname, whatever else the word is
    if words == [name] and name in gz.TITLE_SURNAMES:
        return Who("surname", name)  # "King said": Rep. Steve King's, if he was named
    if name.rstrip(".") in _titles():  # "President said": a title alone
        return Who("role", name.rstrip(".").lower())
    partisan = _partisan(name.split())
    if partisan is not None:
        return partisan
    if name in PARTISANS:  # "John McCain, Republican of Arizona, said": no one's name
        return Who("role", name.lower())
    last = name.split()[-1].lower()
    if last in role_words() and name.split()[0] not in gz.GIVEN_NAMES:  # "Group Economist"
        return Who("role", last, (last,))
    prefix = words[run : len(words) - len(name.split())]  # "Special Envoy"
    if " " not in name and run >= 2 and words[run - 1].lower() in KIN:
        owner = words[run - 2]
        if owner[:1].isupper() and owner.endswith(_POSSESSIVE) and name in gz.GIVEN_NAMES:
            # "Nogar's son Stephen": Stephen Nogar
            surname = owner.removesuffix("’s").removesuffix("'s")
            name = f"{name} {surname}"
    return Who("name", name, role_nouns(words[:run]) + _title_roles(prefix))


def _institution(words: list[str]) -> Who | None:
    """ "the Home Office", "The University of California", "the Pentagon": "the" and a
    capitalised name only is an institution, which speaks as an organisation does (not
    "the BBC's Nick Robinson", nor a title alone: "the President" is a role)."""
    rest = words[1:]
    if words[0].lower() != "the" or not rest or any(w.endswith(_POSSESSIVE) for w in rest):
        return None
    if not all(is_name_token(w) or _joins_name(rest, k) for k, w in enumerate(rest)):
        return None
    if (
        rest[-1] in gz.DEMONYMS
        or is_title(rest[-1])
        or any(_described(w) or w.rstrip(".") in gz.TITLES for w in rest)
        or any(w in gz.GIVEN_NAMES for w in rest[:-1])
    ):
        # "the American", "the Ealing North MP", "the Oscar-nominated Owen", "the
        # Reverend Adrian Rodgers"; a title word inside is the institution's ("the World
        # Health Organization", "the Press Association")
        return None
    # As written: "the Indian Government", "the British Chambers of Commerce".
    name = " ".join(rest).strip(" .,;:")
    return Who("org", name) if name[:1].isupper() else None


def _described(word: str) -> bool:
    """A word that describes rather than names: "Oscar-nominated", "London-based"."""
    return "-" in word and any(part.islower() for part in word.split("-")[1:])


def _joins_name(words: list[str], i: int) -> bool:
    """A small word inside an institution's name: "Bank of England", "Department for
    Education", "Marks & Spencer"."""
    return (
        0 < i < len(words) - 1
        and words[i] in ("of", "for", "&")
        and is_name_token(words[i - 1])
        and is_name_token(words[i + 1])
    )


def _when(word: str) -> bool:
    return word.rstrip(".,") in WEEKDAYS or word.rstrip(".,") in gz.MONTHS


def _particle(words: list[str], i: int) -> bool:
    """A lowercase particle inside a name: "Osama bin Laden", "Ursula von der Leyen"."""
    return (
        0 < i < len(words) - 1
        and words[i] in gz.NAME_PARTICLES
        and is_name_token(words[i - 1])
        and is_name_token(words[i + 1])
    )


def _partisan(words: list[str], anywhere: bool = False) -> Who | None:
    """ "Kentucky Republican", "California Democrat": a role in a place; ``anywhere``
    after "the", any place the gazetteer may not know ("the Flint Democrat")."""
    if len(words) < 2 or words[-1] not in PARTISANS:
        return None
    place = " ".join(words[:-1])
    if not (place in gz.PLACES or (anywhere and all(is_name_token(w) for w in words[:-1]))):
        return None
    return Who("role", words[-1].lower(), (), f"{place.lower()} {words[-1].lower()}")


# Abbreviated titles as the role noun a later "the senator said" uses.
TITLE_NOUNS = {
    "sen": "senator",
    "rep": "congressman",
    "gov": "governor",
    "pres": "president",
    "gen": "general",
    "adm": "admiral",
    "supt": "superintendent",
}


def role_phrase(words: list[str]) -> str:
    """A role's words after a determiner or an owner, lower-cased: "the Republican
    nominee" -> "republican nominee"."""
    start = next((k + 1 for k in range(len(words) - 1, -1, -1) if _owner(words[k])), 0)
    bare = [w.rstrip(".,").lower() for w in words[start:]]
    return " ".join(TITLE_NOUNS.get(w, w) for w in bare if w)


def _owner(word: str) -> bool:
    return word.lower() in DETERMINERS or word.endswith(_POSSESSIVE)


def _title_roles(words: list[str]) -> tuple[str, ...]:
    """Capitalised titles in front of a name, as role nouns: "Envoy" -> "envoy"."""
    return tuple(w.rstrip(".").lower() for w in words if w.rstrip(".").lower() in role_words())
