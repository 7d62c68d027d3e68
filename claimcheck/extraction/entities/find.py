"""Places, people and organisations named in a sentence, found by rules and word lists.

No statistical model: the rules favour precision over recall, because a wrong entity in a
fact-check report (a company read as a person, "Turkey" the dish read as the country)
misleads, while a missing one only costs a look at the sentence.

How a sentence is read:

1. One compiled regex finds the *runs* of capitalised words (with "U.S."-style
   abbreviations, initials and the connectors of names: "Bank of England", "Osama bin
   Laden", "Bosnia and Herzegovina"). Lowercase text in between is never looked at again,
   except the one word either side of a run.
2. Each run is cut into items by longest match against the gazetteer
   (:mod:`claimcheck.extraction.entities.gazetteer`): places, demonyms, known
   organisations and people, titles, stop words. Words that match nothing stay *unknown*.
3. Organisation and place names are assembled around head words: "Korean Central News
   Agency" (and no place from "Korean" inside it), "Diaoyutai State Guesthouse".
4. A title makes the name after it a person, and is left out of the name:
   "U.S. President Donald Trump" -> place "United States", person "Donald Trump".
5. The unknown words left are kept only with evidence: a common given name ("Kent
   Harstedt"), a known surname ("Donald Trump"), a speech verb ("Harstedt said"), a role
   word before ("advisor Kim Kye Gwan"), a company noun before ("security firm
   Symantec" is an organisation), a known place after a comma ("Minsk, Belarus"), or a
   place preposition before and a clause end after ("a briefing in Seoul."). There is
   no confidence field on :class:`~claimcheck.models.Entity`, so these weaker rules are
   kept narrow rather than scored.

Runs repeat ("Prime Minister Tony Blair"), so the items of recent runs, and their
entities when no context was needed, are cached by run text (bounded, cleared when full).

Buildings are places ("Oval Office", "Diaoyutai State Guesthouse"), except those that
stand for an institution ("White House", "Kremlin", "Pentagon"), which are organisations.
"""

from __future__ import annotations

import re

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.context import _place_after_comma, _single_context
from claimcheck.extraction.entities.lexicon import (
    _ACRO,
    _HONORIFICS,
    _LEX,
    _OHEAD,
    _ORG,
    _ORG_INTRODUCERS,
    _PERSON,
    _PHEAD,
    _PLACE,
    _RUN_RE,
    _SPEECH_AFTER_RE,
    _STOP,
    _TITLE,
    _TOKEN_RE,
    _TOKENS,
    _TYPE_NAMES,
    _UNK,
    _classify_unknown,
    _is_initial,
    _is_role,
    _Item,
    _items,
    _ordinary,
    _prev_word,
    _token_info,
    _TokenInfo,
)
from claimcheck.extraction.entities.memory import NameMemory
from claimcheck.extraction.entities.names import (
    _apply_titles,
    _assemble_heads,
    _common,
    _is_given,
    _resolve,
)
from claimcheck.models import Entity

__all__ = ["find_entities"]


# Recently seen runs, by run text: their items and, when deciding them did not look
# outside the run, their entities (type name and canonical name); offsets relative to
# the run. Names repeat within an article and across a news day ("Prime Minister Tony
# Blair"), and a run's items depend only on its words and on whether it opens a sentence.
# Stored as found, with the run's start: offsets are moved only when an entry is used,
# since most runs are never seen again.
_RunEntry = tuple[int, list[_Item], list[_Item] | None]


_RUN_CACHE: dict[str, _RunEntry] = {}


_RUN_CACHE_SIZE = 8192


# What a run comes to when its whole text is one gazetteer entry or one word, by run
# text. One dict lookup settles most runs ("The", "Trump", "Britain", "Analysts").
_W_SKIP = 0  # never an entity: a stop word, a title, a common word


_W_GENERAL = 1  # several words or a hyphen: cut into items and resolved


_W_CONTEXT = 2  # one unknown, uncommon word: decided by the words around it


_W_CONTEXT_UNLESS_INITIAL = 3  # the same, but ordinary when it opens a sentence ("Analysts")


# Any other value is the (type, canonical name) of the entity the run is.
_WORD_STATIC: dict[str, object] = {
    s: ((_TYPE_NAMES[k], c) if k in _TYPE_NAMES else _W_SKIP) for s, (k, c) in _LEX.items()
}


_WORDS: dict[str, object] = dict(_WORD_STATIC)


_WORDS_SIZE = len(_WORD_STATIC) + 65536


def _word_code(tok: str) -> object:
    """Compute, and remember, what the run ``tok`` (not a gazetteer entry) comes to."""
    if _DOTTED_ACRONYM.fullmatch(tok):
        code: object = ("org", tok)  # "the A.F.L.-C.I.O. president", "the U.A.W.": no initials
    elif " " in tok or "-" in tok:
        code = _W_GENERAL
    else:
        kind = _classify_unknown(tok)
        shouted = _LEX.get(tok.capitalize()) if len(tok) > 3 and tok.isupper() else None
        if shouted is not None and shouted[0] == _PLACE:
            code = ("place", shouted[1])  # a dateline: "SEOUL, Oct. 24 -"
        elif kind == _ACRO:
            code = ("org", tok)
        elif kind != _UNK or tok.lower() in gz.COMMON_WORDS:
            # A common word is ordinary at a sentence start, and no name elsewhere.
            code = _W_SKIP
        elif _ordinary(tok):
            code = _W_CONTEXT_UNLESS_INITIAL
        else:
            code = _W_CONTEXT
    if len(_WORDS) >= _WORDS_SIZE:
        _WORDS.clear()  # cheaper than LRU bookkeeping
        _WORDS.update(_WORD_STATIC)
    _WORDS[tok] = code
    return code


# Three or more dotted capitals standing alone, or hyphened groups of them: an
# organisation's initials (a person's come before a surname, in the same run).
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){3,}|(?:[A-Z]\.){2,}(?:-(?:[A-Z]\.){2,})+")


# Before a surname, these make it a modifier: "the Glazer bid", "a Kok report".
_ARTICLES = frozenset("the The a an".split())
# What follows a sentence's subject: an appositive's comma or a finite verb.
_SUBJECT_AFTER = re.compile(
    r",\s|\s+(?:[a-z]+ed|has|had|is|was|will|would|did|does|can|could|told|says|said|went"
    r"|took|made|gave|won|lost|spoke|wrote)\b"
)


# What :func:`_two_words` answers when the entity is the second word: a person, a place.
_SECOND = "-person"


_SECOND_PLACE = "-place"


def _two_words(
    text: str,
    rs: int,
    re_: int,
    first: str,
    second: str,
    ia: _TokenInfo,
    ib: _TokenInfo,
    initial: bool,
) -> str | None:
    """What the run ``text[rs:re_]`` of two alphabetic words, ``first second``, comes to.

    The same answer as items and :func:`_resolve` give, for the two shapes that need
    neither: two unknown words ("Shami Chakrabarti"), a title ("Mr Pound") or a stop word
    ("The Chakrabarti") before an unknown word. The type of the run as one entity,
    ``_SECOND``/``_SECOND_PLACE`` when the second word alone is a person/place, "" for
    no entity, None for any other shape. The run is never a
    gazetteer entry (such runs never get here), so longest match cuts it into its words.
    """
    if ib[3] != _UNK:
        return None
    kind = ia[3]
    if initial and kind == _UNK and _is_role(first):
        return "" if _common(second) else _SECOND  # "Defender Abbas", as after a title
    if kind == _UNK and initial and ia[5] and not ia[6]:
        kind = _STOP  # "Police Chakrabarti": the first word is ordinary by position
    if kind == _STOP:
        # "The Chakrabarti": the second word alone, from the words after it only.
        if second.lower() in gz.COMMON_WORDS:
            return ""
        if text[re_ : re_ + 1] == " " and _SPEECH_AFTER_RE.match(text, re_):
            return _SECOND
        if text[re_ : re_ + 2] == ", " and _place_after_comma(text, re_):
            return _SECOND_PLACE
        return ""
    if kind == _UNK:
        if _is_given(first):
            if second in gz.THING_HEADS:
                return ""  # "Marshall Plan"
            # "Oleg Petrenko", unless a company noun says otherwise: "firm Freddie Mac".
            return "org" if _prev_word(text, rs) in _ORG_INTRODUCERS else "person"
        if second[-1] == "s" and second[-2] != "s" and second[:-1].lower() in gz.COMMON_WORDS:
            # A plural is no surname: "the Tamil Tigers said" is a group.
            return "org" if _single_context(text, rs, re_) in ("person", "org") else ""
        uncommon = first.lower() not in gz.COMMON_WORDS and second.lower() not in gz.COMMON_WORDS
        return _single_context(text, rs, re_, uncommon) or ""
    if kind == _TITLE:
        # _apply_titles: the unknown word is the name, unless it is a common word after
        # a title that is not an honorific ("General Election").
        if ia[4] not in _HONORIFICS and _common(second):
            return ""
        return _SECOND
    return None


def _run_items(text: str, rs: int, re_: int, initial: bool) -> list[_Item]:
    """The items of the run ``text[rs:re_]`` after heads and titles are applied."""
    items = _items(text, rs, re_, initial)
    if len(items) > 1:
        kinds = {it[2] for it in items}
        if _OHEAD in kinds or _PHEAD in kinds or _ORG in kinds:
            items = _assemble_heads(text, items)
        if _TITLE in kinds:
            items = _apply_titles(text, items)
    elif items and items[0][2] in (_OHEAD, _PHEAD):
        s, e, _, c = items[0]
        items = [(s, e, _STOP, c)]
    return items


def _shouted(text: str, rs: int, re_: int, offset: int) -> list[Entity]:
    """The entities of the run ``text[rs:re_]`` in a line written all in capitals.

    A wire headline or dateline ("SOCCER - JAPAN WIN", "LONDON 1996-12-06") shouts
    every word, so an acronym cannot be told from a word: only names the word lists
    know are kept, as written ("NATO") or in title case ("NEW YORK" -> New York).
    """
    toks = [(t.start(), t.end()) for t in _TOKEN_RE.finditer(text, rs, re_)]
    out: list[Entity] = []
    i = 0
    n = len(toks)
    while i < n:
        for j in range(min(n, i + 4), i, -1):
            s, e = toks[i][0], toks[j - 1][1]
            surface = text[s:e]
            hit = _LEX.get(surface) or _LEX.get(surface.title())
            if hit is not None and hit[0] in _TYPE_NAMES:
                out.append(Entity(surface, s + offset, e + offset, _TYPE_NAMES[hit[0]], hit[1]))
                i = j
                break
        else:
            i += 1
    return out


def _with_memory(
    text: str, items: list[_Item], found: list[_Item], memory: NameMemory
) -> list[_Item]:
    """``found`` and the lone unknown words of a run that ``memory`` knows: "talks
    between Bre-X and Barrick" after "Barrick Gold Corp"."""
    extra: list[_Item] = []
    last = len(items) - 1
    for i, (s, e, kind, _) in enumerate(items):
        if kind != _UNK:
            continue
        if i > 0 and items[i - 1][2] in (_UNK, _PERSON) and text[items[i - 1][1] : s] in " -":
            continue  # part of a longer name
        if i < last and items[i + 1][2] in (_UNK, _PERSON) and text[e : items[i + 1][0]] in " -":
            continue
        if any(fs < e and s < fe for fs, fe, _, _ in found):
            continue
        known = memory.recall(text[s:e], _prev_word(text, s) in _ARTICLES)
        if known is not None:
            extra.append((s, e, _ORG if known[0] == "org" else _PERSON, known[1]))
    return sorted(found + extra) if extra else found


def find_entities(text: str, *, offset: int = 0, memory: NameMemory | None = None) -> list[Entity]:
    """Places, people and organisations named in ``text``, in order, never overlapping.

    ``text`` is usually one sentence; ``offset`` is where it starts in the article and is
    added to every ``start``/``end`` so that ``article[e.start:e.end] == e.text``.
    ``name`` is canonical: "U.S." -> "United States", "North Korean" -> "North Korea",
    "U.S. President Donald Trump" -> "Donald Trump" (the title is not part of the name).
    With a ``memory`` shared by the sentences of one article, in order, a bare surname
    of a person named in full before is that person ("Harstedt" -> "Kent Harstedt"),
    and the first word of an organisation's name the organisation.
    """
    out: list[Entity] = []
    if text.isupper():
        for m in _RUN_RE.finditer(text):
            out += _shouted(text, m.start(), m.end(), offset)
        if memory is not None and out:
            memory.learn(out)
        return out
    words_get = _WORDS.get
    tokens_get = _TOKENS.get
    begin = 0
    if text[:2].isupper():
        place = _dateline_place(text)
        if place is not None:  # "NEW YORK (AP) —": a place, not the firms NEW and YORK
            begin = place[0]
            out.append(Entity(text[:begin], offset, begin + offset, place[1], place[2]))
    for m in _RUN_RE.finditer(text, begin):
        tok = m.group()
        code = words_get(tok)
        if code is None:
            # Runs of several words are mostly new: not worth remembering one by one.
            several = " " in tok or ("-" in tok and not _DOTTED_ACRONYM.fullmatch(tok))
            code = _W_GENERAL if several else _word_code(tok)
        rs, re_ = m.span()
        if tok[1:2] == "-" and tok[0] in "DRI":
            state = gz.party_state(tok[2:])
            if state is not None:  # "Sen. Dianne Feinstein, D-Calif., said": her state
                out.append(Entity(tok[2:], rs + 2 + offset, re_ + offset, "place", state))
                continue
        if rs >= 3 and text[rs - 1] == "-" and text[rs - 3 : rs - 1] in ("al", "el"):
            if rs == 3 or not text[rs - 4].isalnum():
                rs -= 3  # "al-Qaeda", "el-Sisi": the run regex starts at the capital
                tok = text[rs:re_]
            code = _W_GENERAL
        elif code.__class__ is tuple:
            out.append(Entity(tok, rs + offset, re_ + offset, code[0], code[1]))
            continue
        elif code == _W_SKIP:
            continue
        elif code == _W_CONTEXT or (
            code == _W_CONTEXT_UNLESS_INITIAL and not _is_initial(text, rs)
        ):
            if memory is not None:
                known = memory.recall(tok, _prev_word(text, rs) in _ARTICLES)
                if known is not None:
                    out.append(Entity(tok, rs + offset, re_ + offset, known[0], known[1]))
                    continue
            tname = _single_context(text, rs, re_)
            if tname is not None:
                out.append(Entity(tok, rs + offset, re_ + offset, tname, tok))
            continue
        elif code == _W_CONTEXT_UNLESS_INITIAL:
            # Opening a sentence, an ordinary word ("Analysts"); but a surname named in
            # full before, as the subject: "Sanders, hoarse after a week of rallies, did
            # not mention it", "Sanders said" (not "Rice prices rose")
            if memory is not None and _SUBJECT_AFTER.match(text, re_) is not None:
                known = memory.recall(tok, False)
                if known is not None and known[0] == "person":
                    out.append(Entity(tok, rs + offset, re_ + offset, "person", known[1]))
            continue
        initial = _is_initial(text, rs)
        sp = tok.find(" ")
        if sp > 0 and tok.find(" ", sp + 1) < 0:
            # Two words one space apart, the commonest run after one word: when both are
            # plain words, decided here without items ("Shami Chakrabarti", "Mr Pound").
            first = tok[:sp]
            second = tok[sp + 1 :]
            if first.isalpha() and second.isalpha():
                ia = tokens_get(first)
                if ia is None:
                    ia = _token_info(first)
                ib = tokens_get(second)
                if ib is None:
                    ib = _token_info(second)
                tname = _two_words(text, rs, re_, first, second, ia, ib, initial)
                if tname is not None:
                    if tname[:1] == "-":
                        rs += sp + 1
                        out.append(Entity(second, rs + offset, re_ + offset, tname[1:], second))
                    elif tname:
                        out.append(Entity(tok, rs + offset, re_ + offset, tname, tok))
                    elif memory is not None and ia[3] == _STOP:
                        # "The Barrick board": the name after a stop word, from memory.
                        known = memory.recall(second, first in _ARTICLES)
                        if known is not None:
                            rs += sp + 1
                            out.append(Entity(second, rs + offset, re_ + offset, *known))
                    continue
        # Several words: items, then entities, cached by run text.
        # A leading NUL marks sentence-initial runs; it never occurs inside a run.
        key = "\0" + tok if initial else tok
        entry = _RUN_CACHE.get(key)
        if entry is None:
            items = _run_items(text, rs, re_, initial)
            found, used_context = _resolve(text, items, rs, re_)
            if len(_RUN_CACHE) >= _RUN_CACHE_SIZE:
                _RUN_CACHE.clear()  # cheaper than LRU bookkeeping
            _RUN_CACHE[key] = (rs, items, None if used_context else found)
        else:
            delta = rs - entry[0]
            items = entry[1]
            if entry[2] is None:
                if delta:
                    items = [(s + delta, e + delta, k, c) for s, e, k, c in items]
                found = _resolve(text, items, rs, re_)[0]
            else:
                found = entry[2]
                if delta:
                    found = [(s + delta, e + delta, k, c) for s, e, k, c in found]
                    if memory:
                        items = [(s + delta, e + delta, k, c) for s, e, k, c in items]
        if memory:
            found = _with_memory(text, items, found, memory)
        for s, e, kind, canon in found:
            out.append(Entity(text[s:e], s + offset, e + offset, _TYPE_NAMES[kind], canon))
    out = [e for e in out if not _demonym_person(text, e, offset)]
    if memory is not None and memory.surnames:
        out = _surnames_speaking(text, out, offset, memory)
    if memory is not None and out:
        out = [_in_full(e, text, offset, memory) for e in out]
        memory.learn(out)
    return out


# A wire dateline's place, in capitals before a comma and a capitalised word, a dash or
# a bracketed agency: "DES MOINES, Iowa —", "ST. LOUIS —", "WASHINGTON (AP) —".
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.-]*[A-Z.](?: [A-Z][A-Z'’.-]*[A-Z.]){0,3}"
    r"(?=,? (?:\([\w. ]+\) ?)?[—–-]{1,2} |, [A-Z][a-z])"
)


def _dateline_place(text: str) -> tuple[int, str, str] | None:
    """Where a dateline's place ends, its type and its name: a known place (or body:
    "UNITED NATIONS") as the lists name it, else a place, the words in title case. One
    unknown word alone is left to the rest ("NASA, the agency", "EADS - Airbus")."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    words = m[0].title().replace("’S", "’s").replace("'S", "'s")
    known = _LEX.get(words)
    if known is not None:
        return (m.end(), _TYPE_NAMES[known[0]], known[1]) if known[0] in (_PLACE, _ORG) else None
    if " " not in words:
        return None
    return m.end(), "place", words


# What follows "the Russian" when it is a person, not a country: the end of a clause, a
# verb ("turned", "has", "said") or a preposition ("beat the Croatian in three sets").
_PERSON_NEXT = re.compile(
    r"\s*(?:[,.;:!?)]|\Z)|\s+(?:who|has|had|is|was|will|would|could|can|did|does|in|at|on"
    r"|from|with|to|by|for|[a-z]+ed)\b"
)


def _demonym_person(text: str, e: Entity, offset: int) -> bool:
    """ "The Russian turned his ankle", "said the American": a person known by a
    nationality, not the country (no place slot to match)."""
    if e.type != "place" or e.text not in gz.DEMONYMS or e.text.endswith("s"):
        return False
    start, end = e.start - offset, e.end - offset
    return _prev_word(text, start) in ("the", "The") and _PERSON_NEXT.match(text, end) is not None


# A speech verb after a word ("Jordan told reporters", "King said"); the verb is looked
# for first, which scans faster than a capitalised word before it.
_SPEAKING = re.compile(
    r" (?:said|says|told|tells|added|adds|asked|wrote|writes|insisted"
    r"|argued|noted|replied|responded|warned|explained|recalled|countered)\b"
)
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def _surnames_speaking(
    text: str, out: list[Entity], offset: int, memory: NameMemory
) -> list[Entity]:
    """A word right before a speech verb that is the surname of a person named in full
    before: that person, whatever the lists make of the word alone (a place: "Rep. Jim
    Jordan ... Jordan told POLITICO"; a title: "King said"; nothing: "Pound said"), and
    not the end of a longer name. "Jordan said" with no Jordan named stays the country."""
    for m in _SPEAKING.finditer(text):
        begin = text.rfind(" ", 0, m.start()) + 1
        while begin < m.start() and text[begin] in "\"“‘'(":
            begin += 1  # '"Frisk says'
        word = text[begin : m.start()]
        full = memory.surnames.get(word) if _CAPITALISED_WORD.fullmatch(word) else None
        before = _prev_word(text, begin)
        if not full or (before[:1].isupper() and before.rstrip(".") not in gz.TITLES):
            continue  # the end of a longer name: "Standard Chartered said"
        start, end = begin + offset, m.start() + offset
        at = next((k for k, e in enumerate(out) if e.start < end and start < e.end), None)
        person = Entity(word, start, end, "person", full)
        if at is None:
            out = sorted([*out, person], key=lambda e: e.start)
        elif out[at].type == "place" and (out[at].start, out[at].end) == (start, end):
            out = [*out[:at], person, *out[at + 1 :]]
    return out


def _in_full(e: Entity, text: str, offset: int, memory: NameMemory) -> Entity:
    """A one-word person as the person named in full before: "Mr Balls" after "Ed
    Balls", "Sir Digby" after "Sir Digby Jones"."""
    if e.type != "person" or " " in e.name:
        return e
    full = memory.full_name(e.name, _prev_word(text, e.start - offset))
    return e if full == e.name else e._replace(name=full)
