"""A run's items made into names: organisation and place names assembled around their
head words, titles that make the next name a person, and the unknown words kept only
with evidence.
"""

from __future__ import annotations

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.extraction.entities.context import (
    PARTISANS,
    _as_person,
    _chunk_by_context,
    _known_only,
)
from claimcheck.extraction.entities.lexicon import (
    _ACRO,
    _CONN,
    _GENERATIONS,
    _HEAD_ORGS,
    _HONORIFICS,
    _INITIALS_RE,
    _LEX,
    _MONTH,
    _NAME_ENDINGS,
    _OHEAD,
    _ORG,
    _PERSON,
    _PHEAD,
    _PLACE,
    _SPEECH_AFTER_RE,
    _STOP,
    _TITLE,
    _UNK,
    _Item,
    _prev_word,
)


def _absorbable(kind: int) -> bool:
    return kind in (_UNK, _PLACE, _ORG, _PERSON, _ACRO, _OHEAD, _PHEAD)


def _assemble_heads(text: str, items: list[_Item]) -> list[_Item]:
    """Join the words before a head word into one organisation or place name.

    "Korean Central News Agency" is an organisation, so the demonym inside it is not a
    place; "Bank of England" keeps its "of" tail; "Commission of the DPRK" does not,
    because the DPRK is a place in its own right.
    """
    out = items
    j = len(out) - 1
    while j >= 0:
        s, e, kind, canon = out[j]
        if kind == _OHEAD or kind == _PHEAD:
            is_head = True
        elif kind == _ORG and canon in _HEAD_ORGS:
            is_head = True
        else:
            is_head = False
        if not is_head:
            j -= 1
            continue
        # Leftwards over modifiers and the connectors inside names.
        k = j
        while k > 0:
            pk = out[k - 1][2]
            if _absorbable(pk):
                k -= 1
                continue
            if pk == _CONN and k >= 2:
                word = out[k - 1][3]
                left = out[k - 2]
                if (
                    word in ("and", "&")
                    and left[2] in (_UNK, _OHEAD)
                    and out[k][2] in (_UNK, _OHEAD)
                    # "Virginia Madsen and Thomas Haden Church": a given name after
                    # "and" starts a person, not the second half of a firm's name.
                    and out[k][3] not in gz.GIVEN_NAMES
                    # "Barrick Gold Corp and Bre-X Minerals Ltd": a legal form ends
                    # a company's name.
                    and left[3] not in _LEGAL_FORMS
                ):
                    k -= 2
                    continue
                if (
                    word in ("of", "for")
                    and _absorbable(left[2])
                    and not _named_before(text, out, k - 2)
                ):
                    k -= 2
                    continue
                if word == "the" and k >= 3 and out[k - 2][3] in ("of", "for"):
                    if _absorbable(out[k - 3][2]) and not _named_before(text, out, k - 3):
                        k -= 3
                        continue
            break
        # Rightwards: "Bank of England", "University of Oxford", "Bank of the West".
        m = j + 1
        if m + 1 < len(out) and out[m][2] == _CONN and out[m][3] in ("of", "for"):
            q = m + 1
            with_the = out[q][2] == _CONN and out[q][3] == "the"
            if with_the:
                q += 1
            r = q
            while r < len(out) and (
                out[r][2] == _UNK or (not with_the and out[r][2] in (_PLACE, _ORG, _ACRO))
            ):
                r += 1
            if r > q:
                m = r
            else:
                m = j + 1
        if k == j and m == j + 1:
            if kind in (_OHEAD, _PHEAD):
                # A bare head ("the Ministry said") is not a name, unless a name goes
                # on after it ("Park City").
                follows = j + 1 < len(out) and out[j + 1][2] == _UNK and out[j + 1][0] == e + 1
                out[j] = (s, e, _UNK if follows else _STOP, canon)
            j -= 1
            continue
        start = out[k][0]
        end = out[m - 1][1]
        if m == j + 1 and _person_with_head(text, out, k, j):
            out = out[:k] + [(start, end, _PERSON, text[start:end])] + out[m:]
            j = k - 1
            continue
        new_kind = _PLACE if kind == _PHEAD else _ORG
        name = text[start:end]
        known = _LEX.get(name)
        if known is not None and known[0] in (_ORG, _PLACE):
            new_kind, name = known
        out = out[:k] + [(start, end, new_kind, name)] + out[m:]
        j = k - 1
    return out


# Legal forms that end a company's name: "Barrick Gold Corp".
_LEGAL_FORMS = frozenset("Corp Corp. Inc Inc. Ltd Ltd. Co Co. PLC Plc LLC GmbH Limited".split())


def _named_before(text: str, items: list[_Item], i: int) -> bool:
    """Whether the words up to ``items[i]`` are a person's name: a known person, or
    a given name opening adjacent words ("Michael Cornwell of the Glencoe Hospital")."""
    p = i
    while p > 0 and items[p - 1][2] in (_UNK, _PERSON) and items[p - 1][1] + 1 == items[p][0]:
        p -= 1
    if any(it[2] == _PERSON for it in items[p : i + 1]):
        return True
    return p < i and text[items[p][0] : items[p][1]] in gz.GIVEN_NAMES


def _person_with_head(text: str, items: list[_Item], k: int, j: int) -> bool:
    """Whether ``items[k:j + 1]``, ending in a head word that is also a surname, is a
    person: a given name, middle names, the surname ("Thomas Haden Church"); a given
    name and the surname only with a role before or speech after ("pollster Celinda
    Lake", "Jane Lake said"; "Victoria Park" is a park)."""
    if j - k < 1 or text[items[j][0] : items[j][1]] not in gz.SURNAME_HEADS:
        return False
    if j - k == 1 and _prev_word(text, items[k][0]).lower() in gz.ROLE_WORDS:
        return items[k][2] == _UNK
    if text[items[k][0] : items[k][1]] not in gz.GIVEN_NAMES:
        return False
    if j - k == 1:
        return _SPEECH_AFTER_RE.match(text, items[j][1]) is not None
    return all(
        it[2] == _UNK and not _common(text[it[0] : it[1]]) and text[it[0] - 1] == " "
        for it in items[k + 1 : j]
    )


def _apply_titles(text: str, items: list[_Item]) -> list[_Item]:
    """Turn "<title> <name>" into a person and drop the title words.

    The name is up to four words after the last title of a title phrase ("First Vice
    Foreign Minister Kim Kye-gwan"); the words of the phrase before the title ("First
    Vice Foreign") are dropped, its places kept ("Swedish Special Envoy" -> Sweden).
    """
    n = len(items)
    i = 0
    out: list[_Item] = []
    while i < n:
        it = items[i]
        if it[2] == _TITLE and it[3] in _NAME_ENDINGS:
            if _hyphened(text, items, i) or _surname_title(text, items, i):
                it = (it[0], it[1], _UNK, it[3])  # "Kim King-Wrenn", "Mervyn King said"
        if it[2] != _TITLE:
            out.append(it)
            i += 1
            continue
        if it[3] in _POST_NOMINALS and out and out[-1][2] in (_UNK, _PERSON):
            # "Tom McCabe MSP", "Ann Smith MP": the name before, the letters dropped.
            b = len(out) - 1
            while b > 0 and out[b - 1][2] in (_UNK, _PERSON) and out[b - 1][1] + 1 == out[b][0]:
                b -= 1
            start, end = out[b][0], out[-1][1]
            out[b:] = [(start, end, _PERSON, text[start:end])]
            i += 1
            continue
        # Words of the title phrase before the title: "Prime", "Special Envoy".
        b = len(out)
        while b > 0 and out[b - 1][2] == _UNK and text[out[b - 1][1] : it[0]].strip() == "":
            b -= 1
            out[b] = (out[b][0], out[b][1], _STOP, out[b][3])
        j = i + 1
        while j < n and items[j][2] == _TITLE and items[j][0] - items[j - 1][1] <= 1:
            j += 1  # "Secretary General Kofi Annan": the name follows the last title
        names: list[_Item] = []
        k = j
        words = 0
        while k < n and words < 4:
            s, e, kind, canon = items[k]
            gap = text[items[k - 1][1] : s]
            if gap not in (" ", "-", ""):
                if kind == _CONN and canon in gz.NAME_PARTICLES and names:
                    names.append(items[k])
                    k += 1
                    continue
                break
            if kind in (_UNK, _PERSON) or (
                names and kind in (_MONTH, _TITLE) and canon in _NAME_ENDINGS
            ):
                pass
            elif kind == _PLACE and text[s:e] in gz.SOFT_PLACES:
                pass
            elif kind == _CONN and canon in gz.NAME_PARTICLES and names:
                names.append(items[k])
                k += 1
                continue
            else:
                break
            names.append(items[k])
            words += 1
            k += 1
        while names and names[-1][2] == _CONN:
            names.pop()
            k -= 1
        if (
            len(names) == 1
            and names[0][2] == _UNK
            and items[j - 1][3] not in _HONORIFICS
            and _common(text[names[0][0] : names[0][1]])
        ):
            names = []  # "General Election", "Chief Whip"
            k = j
        if names:
            start, end = names[0][0], names[-1][1]
            name = text[start:end]
            known = _LEX.get(name)
            out.append((start, end, _PERSON, known[1] if known and known[0] == _PERSON else name))
        i = k if names else j
    return out


# Titles written after a name: a member of a parliament or an assembly.
_POST_NOMINALS = frozenset({"MP", "MSP", "MEP"})


def _surname_title(text: str, items: list[_Item], i: int) -> bool:
    """Is the title word ``items[i]`` the surname of a name it ends: after a given name
    and any middle names, and before no other name but a generation ("Mervyn King
    said", "Martin Luther King Jr.")? Not "Labour General Secretary Matt Carter"."""
    e = items[i][1]
    if i + 1 < len(items) and items[i + 1][0] == e + 1:
        if text[items[i + 1][0] : items[i + 1][1]] not in _GENERATIONS:
            return False
    p = i
    while p > 0 and items[p - 1][2] in (_UNK, _PERSON) and items[p - 1][1] + 1 == items[p][0]:
        p -= 1
    if p == i:
        return False
    return items[p][2] == _PERSON or text[items[p][0] : items[p][1]] in gz.GIVEN_NAMES


def _hyphened(text: str, items: list[_Item], i: int) -> bool:
    """Is item ``i`` joined by a hyphen to a capitalised word next to it ("King-Wrenn",
    "Lloyd-King")? Only title words that are also surnames are asked: "Vice-President"
    and "Under-Secretary" stay titles."""
    s, e = items[i][0], items[i][1]
    after = i + 1 < len(items) and items[i + 1][0] == e + 1 and text[e] == "-"
    before = i > 0 and items[i - 1][1] == s - 1 and text[s - 1] == "-"
    return after or before


def _chunk_end(text: str, items: list[_Item], i: int) -> int:
    """The end of the chunk of items from ``i`` on that may make one person's name.

    Adjacent words (a space or hyphen apart) that are unknown, known people, places that
    double as names ("Washington"), or name particles ("bin"). Two known people side by
    side are two people ("Trump-Kim").
    """
    n = len(items)
    j = i + 1
    while j < n:
        s2, e2, k2, c2 = items[j]
        gap = text[items[j - 1][1] : s2]
        if k2 == _CONN:
            # A particle between two name words: "Osama bin Laden".
            if c2 in gz.NAME_PARTICLES and gap in (" ", ""):
                q = j + 1
                while q < n and items[q][2] == _CONN and items[q][3] in gz.NAME_PARTICLES:
                    q += 1  # "von der Leyen", "de la Rua"
                if q < n and items[q][2] in (_UNK, _PERSON):
                    j = q
                    continue
            break
        if gap not in (" ", "-", ""):
            break
        if k2 == _PERSON and items[j - 1][2] == _PERSON:
            break
        if k2 == _UNK or k2 == _PERSON:
            j += 1
        elif k2 == _PLACE and c2 in gz.SOFT_PLACES:
            j += 1
        elif (k2 == _MONTH or k2 == _TITLE) and c2 in _NAME_ENDINGS:
            # "Brian May", "Mervyn King": only as the last word of a name, or the first
            # half of a double-barrelled surname ("Kim King-Wrenn").
            if j + 1 < n and text[e2 : items[j + 1][0]] in (" ", "-"):
                if items[j + 1][2] in (_UNK, _PERSON):
                    if text[e2 : items[j + 1][0]] == "-":
                        j += 2
                    break
            j += 1
            break
        else:
            break
    return j


def _common(word: str) -> bool:
    """A common English word that is not also a given name ("Bill" is both)."""
    return word.lower() in gz.COMMON_WORDS and word not in gz.GIVEN_NAMES


def _is_given(word: str) -> bool:
    """A given name or initials: "Kent", "J.K.", "JRR"."""
    return (
        word in gz.GIVEN_NAMES
        or ("." in word and _INITIALS_RE.fullmatch(word) is not None)
        or (len(word) <= 3 and word.isupper())
    )


def _resolve(
    text: str,
    items: list[_Item],
    run_start: int,
    run_end: int,
) -> tuple[list[_Item], bool]:
    """Decide what each item of a run is, keeping only places, people and organisations.

    Also says whether the decision looked outside the run (a speech verb, the word
    before, the next run): only a decision that did not can be cached with the run.
    """
    out: list[_Item] = []
    used_context = False
    if len(items) > 1:
        items = _longer_names(text, items)
    n = len(items)
    i = 0
    while i < n:
        it = items[i]
        kind = it[2]
        if (
            kind == _ACRO
            and len(it[3]) <= 3
            and i + 1 < n
            and items[i + 1][2] == _UNK
            and items[i + 1][0] == it[1] + 1
            and not _common(items[i + 1][3])
        ):
            # Initials written without periods: "JRR Tolkien", "KP Robertson".
            it = (it[0], it[1], _UNK, it[3])
            kind = _UNK
            items = items[:i] + [it] + items[i + 1 :]
        if i + 1 < n and (kind == _PLACE or kind == _ORG or kind == _ACRO):
            if kind == _PLACE and i + 2 == n:
                used_context = True  # the words after the run decide
            joined = _org_with_place(text, it, items[i + 1], i + 2 == n)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        if kind == _UNK or kind == _PERSON or (kind == _PLACE and it[3] in gz.SOFT_PLACES):
            j = _chunk_end(text, items, i)
            if j == i + 1 and kind != _UNK:
                out.append(it)
            else:
                decided = _decide_chunk(text, items, i, j)
                if decided is None:
                    used_context = True
                    decided = _chunk_by_context(text, items, i, j, run_start, run_end)
                out.extend(decided)
            i = j
            continue
        if kind == _PLACE or kind == _ORG:
            out.append(it)
        elif kind == _ACRO:
            out.append((it[0], it[1], _ORG, it[3]))
        i += 1
    return out, used_context


# Words before a place that name a part of it: "West Yorkshire", "Inner Mongolia".
_DIRECTIONS = frozenset(
    "North South East West Northern Southern Eastern Western Central Upper Lower Inner "
    "Outer Greater Mid Continental".split()
)


def _longer_names(text: str, items: list[_Item]) -> list[_Item]:
    """A known name inside a longer one is not itself: "National Security Council" is
    not the UN Security Council but an organisation of its own; "Credit Suisse First
    Boston", "Air China" and "Real Madrid" are not Boston, China and Madrid. A direction
    before a place names a part of it ("West Yorkshire", "Inner Mongolia"), and before
    a demonym nothing ("North American" is not the United States)."""
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        touching = prev is not None and text[prev[1] : it[0]] == " "
        if touching and prev is not None:
            first = text[prev[0] : prev[1]]
            if it[2] == _PLACE and prev[2] in (_STOP, _UNK) and first in _DIRECTIONS:
                if text[it[0] : it[1]] in gz.DEMONYMS:  # "North American": not the US
                    out[-1] = (prev[0], it[1], _STOP, first)
                else:
                    out[-1] = (prev[0], it[1], _PLACE, text[prev[0] : it[1]])
                continue
            if it[2] == _ORG and _loose(text, prev) and " " in it[3]:
                out[-1] = (prev[0], it[1], _ORG, text[prev[0] : it[1]])  # "National ..."
                continue
            if it[2] == _PLACE and prev[2] in (_UNK, _STOP) and _chained_unknown(text, out):
                out.append((it[0], it[1], _STOP, it[3]))  # "... First Boston": no Boston
                continue
        out.append(it)
    return out


def _loose(text: str, it: _Item) -> bool:
    """An unknown capitalised word that is no given name: "National", "Suisse" (not
    "High-flying" opening a sentence)."""
    word = text[it[0] : it[1]]
    return it[2] == _UNK and "-" not in word and not _is_given(word)


def _chained_unknown(text: str, out: list[_Item]) -> bool:
    """Do the items before a place run back, word by word, to an unknown word that is
    no given name ("Credit Suisse First")?"""
    for it in reversed(out):
        if _loose(text, it):
            return True
        if it[2] != _STOP:
            return False
    return False


def _org_with_place(text: str, it: _Item, nxt: _Item, last: bool) -> _Item | None:
    """An organisation named by two adjacent items, a place being one of them.

    A company followed by a place is its branch there, not the place: "AOL Europe",
    "Nissan UK". A place followed by a plural name that ends the run is a team or a
    company: "Dallas Cowboys", "Texas Instruments" (a plural is rarely a surname),
    when running text goes on after it (not the verb of a headline: "Russia Says").
    """
    if nxt[0] != it[1] + 1 or text[it[1]] != " ":
        return None
    if it[2] != _PLACE:
        if nxt[2] != _PLACE or text[nxt[0] : nxt[1]] in gz.DEMONYMS:
            return None  # "the UN Syrian envoy": the demonym says whose envoy
        return (it[0], nxt[1], _ORG, text[it[0] : nxt[1]])
    if not last or nxt[2] != _UNK:
        return None
    word = text[nxt[0] : nxt[1]]
    after = text[nxt[1] : nxt[1] + 2]
    if (
        (after[:1] in (",", "'", "’") or (after[:1] == " " and after[1:].islower()))
        and len(word) > 3
        and word.isalpha()
        and word[-1] == "s"
        and not word.endswith(("ss", "us", "is", "ics"))
        and word[1:].islower()
        and word[:-1] not in gz.GIVEN_NAMES  # "Williams", "Peters": surnames
        and text[it[0] : it[1]] not in gz.DEMONYMS
        and text[it[0] : it[1]] not in gz.GIVEN_NAMES  # "Jordan Banks"
    ):
        return (it[0], nxt[1], _ORG, text[it[0] : nxt[1]])
    return None


def _decide_chunk(text: str, items: list[_Item], a: int, b: int) -> list[_Item] | None:
    """Resolve the name chunk ``items[a:b]`` (see :func:`_chunk_end`) from its own words.

    None when the words alone cannot tell: unknown words that are not common ones, whose
    fate :func:`_chunk_by_context` decides from the words around them.
    """
    if b - a == 1:
        it = items[a]
        if it[2] != _UNK:
            return [it] if it[2] == _PLACE or it[2] == _PERSON else []
        # One capitalised common word is not a name, whatever surrounds it.
        return [] if text[it[0] : it[1]].lower() in gz.COMMON_WORDS else None
    words = []
    kinds = []
    unknown = []
    for it in items[a:b]:
        k = it[2]
        if k != _CONN:
            words.append(it)
            kinds.append(k)
            if k == _UNK:
                unknown.append(text[it[0] : it[1]])
    nwords = len(words)
    if nwords > 4:
        return _known_only(words)
    start, end = items[a][0], items[b - 1][1]
    if not unknown:
        if kinds[-1] == _PERSON and all(
            k == _PERSON or text[it[0] : it[1]] in gz.GIVEN_NAMES for k, it in zip(kinds, words)
        ):
            return _as_person(text, start, end)  # "Chad Johnson": a given name, a surname
        return _known_only(words)
    if _PERSON in kinds:
        if any(_common(w) for w in unknown):
            # "Kim Relationship Remains" (a headline): only the known name.
            return _known_only(words)
        return _as_person(text, start, end)  # "Donald Trump", "Kim Kye Gwan"
    first = text[words[0][0] : words[0][1]]
    if kinds[0] == _PLACE:
        if (
            first in gz.GIVEN_NAMES
            and len(unknown) == nwords - 1
            and not any(_common(w) or w.endswith("ics") or w in PARTISANS for w in unknown)
        ):
            # "Kent Harstedt", "Virginia Madsen"; not "the Orlando Democrat"
            return _as_person(text, start, end)
        # "Sydney Olympics": a person only if the words around say so; otherwise the
        # place stays and the rest goes.
        return None
    if text[words[-1][0] : words[-1][1]] in gz.THING_HEADS:
        return _known_only(words)  # "Milton Shulman Award"
    if _is_given(first) and not (len(first) == 1 and any(len(w) == 1 for w in unknown[1:])):
        # "Oleg Petrenko", "George Washington", "S Hussain Zaidi"; not "W L T" (the
        # heading of a table).
        return _as_person(text, start, end)
    if kinds[0] == _UNK and kinds[-1] == _PLACE and not _common(first):
        return _as_person(text, start, end)  # "Denzel Washington"
    if len(unknown) != nwords:
        return _known_only(words)
    return None
