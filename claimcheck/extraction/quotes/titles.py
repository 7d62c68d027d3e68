"""The roles a text gives a person beside their name ("Sen. Bernie Sanders", "Charles
Kennedy, the Liberal Democrat leader,", "Sen. Ted Cruz (R-Texas)"), which a later "the
senator said" stands for."""

from __future__ import annotations

import re

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.quotes.names import (
    NOT_QUALIFIERS,
    TITLE_NOUNS,
    role_phrase,
    role_words,
    title_phrases,
)


def role_before(text: str, at: int) -> str:
    """The role phrase right before a name at ``at``, lower-cased, titles spelt out:
    "Republican nominee Donald Trump" -> "republican nominee", "Sen. Bernie Sanders" ->
    "senator", "Deputy Prime Minister John Prescott" -> "deputy prime minister"; "" when
    the word before the name is no role ("manager at Acme", "its Ted Smith")."""
    before = text[max(0, at - 48) : at].rstrip().lower()
    for title in title_phrases():  # "Secretary of State Hillary Clinton"
        if before.endswith(title.lower()) and before[: -len(title)][-1:] in ("", " ", "\n"):
            return title.lower()
    words = text[max(0, at - 48) : at].split()[-3:]
    phrase: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".").lower()
        if not phrase:
            role = TITLE_NOUNS.get(bare, bare)
            if role not in role_words() or (word.endswith(".") and bare not in TITLE_NOUNS):
                return ""
            phrase.append(role)
        elif (
            bare.isalpha()
            and not word.endswith(".")
            and bare not in NOT_QUALIFIERS
            and (word[0].isupper() or bare in role_words())
        ):
            phrase.append(bare)  # "Republican", "Deputy Prime", "chief"
        else:
            break
    return " ".join(reversed(phrase))


_ROLE_AFTER = re.compile(r",\s+(?:the|a|an)\s+([^,.;:()\n]{2,48}?)\s*[,.;]")
_ROLE_BEFORE = re.compile(
    r"(?:(?:^|[.!?]\s+|\n)(?:The|the)|\b(?:whose|its|his|her|their))\s+([^,.;:()\n]{2,48}?),\s*$"
)


def appositive_roles(text: str, start: int, end: int) -> tuple[str, ...]:
    """The role phrases an appositive gives the name at ``text[start:end]``, lower-cased:
    "Charles Kennedy, the Liberal Democrat leader, ..." -> "liberal democrat leader";
    "The chancellor, Gordon Brown, ..." -> "chancellor"; none when the phrase does not
    end in a role noun ("Charles Kennedy, the MP for Ross, ...")."""
    found = []
    after = _ROLE_AFTER.match(text, end, min(len(text), end + 64))
    before = _ROLE_BEFORE.search(text, max(0, start - 64), start)
    for m in (after, before):
        if m is not None:
            words = m.group(1).split()
            if m is after and "of" in words[1:]:
                words = words[: words.index("of", 1)]  # "a former governor of Florida"
            if words and words[-1].lower() in role_words():
                found.append(role_phrase(words))
    return tuple(found)


# A lawmaker's party and state after the name: "Sen. Ted Cruz (R-Texas)", ", D-N.C.,",
# "Rep. Rob Bishop (R., Utah)".
_PARTY_STATE = re.compile(r",? \(?[DRI](?:-|\.,\s*)([A-Z][\w.]*?)\.?[,)]")
# Or the state after "of": "Senator Mitch McConnell of Kentucky", "Elizabeth Warren,
# Democrat of Massachusetts,".
_OF_STATE = re.compile(
    r"(?:,? (?:a )?(?:Democrat|Republican|Independent))? of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)


# A lawmaker's party and state as the Journal writes them: "(R., Ky.)".
_PARTY_DOT = re.compile(r"\(([RDI])\.,\s+([A-Z][\w.]*)\)")


def party_dashed(text: str) -> str:
    """``text`` with "(R., Ky.)" written "(R-Ky.)", padded to the same length (offsets
    hold), so that its comma is no clause's."""
    if "., " not in text:
        return text
    return _PARTY_DOT.sub(lambda m: f"({m[1]}-{m[2]})".ljust(len(m.group())), text)


def party_state(text: str, end: int) -> str | None:
    """The US state a lawmaker's party and state, or "of <state>", written after a
    name ending at ``end`` gives."""
    m = _PARTY_STATE.match(text, end)
    if m is not None:
        return gz.party_state(m[1])
    m = _OF_STATE.match(text, end)
    if m is not None and len(m[1]) > 3:  # the state's name, not "Ind"
        return gz.party_state(m[1])
    return None
