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
from typing import Any

from claimcheck.extraction.entities import gazetteer as gz
from claimcheck.models import Entity

__all__ = ["find_entities"]

# Item kinds. Plain ints rather than an Enum: this is the hot path, and items are tuples.
_UNK = 0  # capitalised word matching nothing
_PLACE = 1
_ORG = 2
_PERSON = 3
_TITLE = 4
_STOP = 5  # never an entity: "The", "Monday", "I"
_CONN = 6  # lowercase connector inside a run: "of", "and", "bin"
_ACRO = 7  # unknown acronym: an organisation ("KCNA" if it were not known)
_OHEAD = 8  # unknown word that ends organisation names: "Agency"
_PHEAD = 9  # unknown word that ends place names: "Guesthouse"
_MONTH = 10  # a month, which may still be a name after a given name: "Theresa May"

# (start, end, kind, canonical name). Tuples: cheaper to build than objects.
_Item = tuple[int, int, int, str]

_TYPE_NAMES = {_PLACE: "place", _ORG: "org", _PERSON: "person"}

# --- The run regex ---------------------------------------------------------------------------

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "×")
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower() and c != "÷")
_ABBREVIATIONS = (
    "Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev|Jr|Sr|Mt|Ft|Supt|"
    "Insp|Det|Brig|Cmdr|Corp|Inc|Ltd|Bros|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec"
)
# Lookbehinds, one per abbreviation (Python wants each of fixed width), that let a word
# keep its period: "Mr. Blair", "Sept. 12".
_ABBR_BEHIND = "|".join(f"(?<={a})" for a in _ABBREVIATIONS.split("|"))
# A capitalised word. The pattern starts with the capital letter itself, so the regex
# engine can skip ahead to candidate positions: far faster than a leading lookbehind.
_CAP_TOKEN = (
    rf"[{_UPPER}](?<![\w.].)"  # a capital that does not continue a word ("iPod", "e.ON")
    rf"(?:(?:\.[{_UPPER}])+\."  # U.S., U.K., J.K.
    rf"|\.(?= [{_UPPER}])"  # the F. of John F. Kennedy
    # A word: O'Brien and AT&T inside, Kye-gwan's lowercase half too, not "Trump's".
    rf"|\w*(?:['’&][{_UPPER}]\w*)*(?:-[{_LOWER}]\w*)*(?:(?=\. )(?:{_ABBR_BEHIND})\.)?)"
)
_CONNECTOR = (
    r"of|for|and|&|the|bin|bint|ibn|van|von|der|den|de|da|das|do|dos|di|du|del|della|la|le|al|el"
)
_SEPARATOR = rf"(?: (?:(?:{_CONNECTOR}) ){{0,2}}|-| d['’](?=[{_UPPER}])| (?:al|el)-(?=[{_UPPER}]))"
_RUN_RE = re.compile(rf"{_CAP_TOKEN}(?:{_SEPARATOR}{_CAP_TOKEN})*")
# Cuts a run into words and connectors; it only ever sees text the run regex matched.
_TOKEN_RE = re.compile(rf"{_CAP_TOKEN}|(?:{_CONNECTOR})(?= )|(?:d['’]|al-|el-)(?=[{_UPPER}])")
# Titles and months that end a name after a given name: "Mervyn King", "Brian May".
_NAME_ENDINGS = gz.TITLE_SURNAMES | gz.MONTHS
_INITIALS_RE = re.compile(rf"(?:[{_UPPER}]\.)+")

# A speech verb right after a name: "Harstedt said", "Trump said Monday", "Kim also told".
_SPEECH_AFTER_RE = re.compile(
    r" (?:(?:has|had|have|also|then|later|again|previously|earlier|recently|reportedly|"
    r"once|publicly|repeatedly|would|will|has also|had also|has repeatedly|has previously) )?"
    r"(?:said|says|told|tells|added|adds|asked|asks|explained|noted|notes|warned|warns|"
    r"argued|argues|insisted|insists|claimed|claims|wrote|writes|replied|continued|"
    r"acknowledged|admitted|admits|stressed|urged|suggested|recalled|conceded|complained|"
    r"tweeted|remarked|testified|believes|thinks|told reporters)\b"
)
# Verbs that may come before the name: '"...," said Kent Harstedt.'
_SPEECH_BEFORE = frozenset(
    "said says added asked explained continued noted replied warned wrote argued insisted".split()
)
# After a name introduced by "said": the end of the clause.
_CLAUSE_END = frozenset(".,;:!?)\"”'’\n")
# Lowercase nouns that introduce an organisation's name: "security firm Symantec",
# "US media giant TimeWarner". They win over a speech verb after the name.
_ORG_INTRODUCERS = frozenset(
    """company firm group giant maker retailer carrier airline bank operator provider
    network broadcaster channel newspaper magazine website site studio label publisher
    developer manufacturer supplier chain insurer lender brewer conglomerate consultancy
    agency charity organisation organization club team band startup start-up
    watchdog regulator""".split()
)
# Words before "in/at/from" that make what follows a company or a work, not a place:
# "a stake in Deutsche Boerse", "her role in Ray".
_NOT_BEFORE_PLACE = frozenset(
    """stake stakes share shares investment investments interest holding role roles star
    starred starring appeared appearing appearance fraud executive executives staff
    employees worked working job jobs technology equipment rights deal""".split()
)
# Lowercase words that commonly follow a place name: "talks in Hanoi over ...".
_AFTER_PLACE_RE = re.compile(
    r" (?:on|in|at|last|this|next|earlier|later|during|since|until|over|where|after|before"
    r"|near|and|or|for|with|when|which|who|while|yesterday|today|tomorrow)\b"
)
_OPEN_QUOTES = frozenset("\"“‘'«(")
_SENTENCE_END = frozenset(".!?:;\n\r—–•|")
# Endings of plural common nouns that open sentences: "Campaigners said".
_PLURAL_ENDINGS = ("ers", "ists", "ants", "ents", "ions", "ians", "ors")
# Titles that are only ever followed by a name: "Mr Pound" is a person, while after
# "General" an ordinary word is not ("the General Election").
_HONORIFICS = frozenset(
    "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Sir Dame Lord Lady Prof Prof. Professor".split()
)


def _build_lexicon() -> tuple[dict[str, tuple[int, str]], dict[str, int]]:
    """Merge the gazetteer into one surface -> (kind, canonical) dict.

    Later tables win on a clash, so the order sets precedence: a title beats a person
    ("King"), a person beats an organisation or a place, and anything beats a stop word
    ("Mr" is a title, "North" alone a stop word but "North Korea" a place).
    Also returns, for each first word of a multi-word entry, the most words an entry
    starting with it has, so that longest-match only tries lengths that can exist.
    """
    lex: dict[str, tuple[int, str]] = {}
    for w in gz.STOP_WORDS:
        lex[w] = (_STOP, w)
    for w in gz.MONTHS:
        lex[w] = (_MONTH, w)
    for s, c in gz.DEMONYMS.items():
        lex[s] = (_PLACE, c)
    for s, c in gz.PLACES.items():
        lex[s] = (_PLACE, c)
    for w in gz.STANDALONE_ORGS:
        lex[w] = (_ORG, w)
    for s, c in gz.KNOWN_ORGS.items():
        lex[s] = (_ORG, c)
    for s, c in gz.KNOWN_PEOPLE.items():
        lex[s] = (_PERSON, c)
    for w in gz.TITLES | gz.TITLE_PHRASES:
        lex[w] = (_TITLE, w)
    multi: dict[str, int] = {}
    for key in lex:
        toks = _TOKEN_RE.findall(key)
        # An entry the run regex would cut differently can never match: skip it.
        runnable = _RUN_RE.fullmatch(key[3:] if key[2:3] == "-" and key[0].islower() else key)
        if len(toks) > 1 and runnable:
            multi[toks[0]] = max(multi.get(toks[0], 1), len(toks))
    return lex, multi


_LEX, _MULTI = _build_lexicon()
# Known organisations that can also end a longer name: "Swedish Parliament".
_HEAD_ORGS = frozenset(s for s, (k, _) in _LEX.items() if k == _ORG and s in gz.ORG_HEADS)


def _is_initial(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a quotation, where every word is capitalised."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0:
        return True
    ch = text[k]
    if ch in _OPEN_QUOTES:
        # An opening quote follows a space; a closing one follows the quoted words.
        before = text[k - 1] if k > 0 else " "
        return before in " \n\t([" or before in ".!?"
    return ch in _SENTENCE_END


def _prev_word(text: str, start: int) -> str:
    """The word just before ``start`` when one space separates them, else ""."""
    if start < 2 or text[start - 1] != " ":
        return ""
    k = text.rfind(" ", 0, start - 1)
    return text[k + 1 : start - 1].strip("\"“‘'(,")


def _ordinary(word: str) -> bool:
    """Whether a capitalised word is probably an ordinary word capitalised by position.

    Plural nouns count too, even when the list lacks them: "Analysts", "Campaigners".
    """
    low = word.lower()
    if low in gz.COMMON_WORDS:
        return True
    if low.endswith("s") and len(low) > 3:
        if low[:-1] in gz.COMMON_WORDS or (low.endswith("es") and low[:-2] in gz.COMMON_WORDS):
            return True
        return len(low) > 6 and low.endswith(_PLURAL_ENDINGS)
    return False


def _classify_unknown(tok: str) -> int:
    """The kind of a capitalised word that no gazetteer entry matched."""
    if tok in gz.ORG_HEADS:
        return _OHEAD
    if tok in gz.PLACE_HEADS:
        return _PHEAD
    if tok.isalpha():
        if tok.isupper():
            if len(tok) == 1:
                return _UNK  # an initial written without its period: "George W Bush"
            if 3 <= len(tok) <= 6 and tok not in gz.NON_ORG_ACRONYMS:
                # "FILE", "NEWS": shouted words, not acronyms.
                return _STOP if tok.lower() in gz.COMMON_WORDS else _ACRO
            return _STOP  # two letters ("XS", "MD") or shouting
        if tok[-1] == "s" and tok[:-1].isupper():
            return _STOP  # "MPs", "NGOs": plural acronyms are common nouns
        return _UNK
    if tok.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha():
        return _UNK  # "Kye-gwan", "O'Brien", "J.K."
    return _STOP  # "G8", "PS2": not names


# What each word of a run is on its own, by its text, so that a word seen before costs
# one dict lookup: (is_capitalised, most words of an entry starting with it, end
# offset, kind, canonical, ordinary, given name). A connector is (False, lowercase form).
_TokenInfo = tuple[Any, ...]
_TOKENS: dict[str, _TokenInfo] = {}
_TOKENS_SIZE = 65536


def _token_info(tok: str) -> _TokenInfo:
    if tok[0].islower() or tok == "&":
        info: _TokenInfo = (False, tok)
    else:
        hit = _LEX.get(tok)
        elen = len(tok)
        if hit is None and "-" in tok:
            # "Kim-led", "British-born": the name before a lowercase suffix.
            head = tok.split("-", 1)[0]
            hit = _LEX.get(head)
            if hit is not None and hit[0] in (_PLACE, _ORG, _PERSON):
                elen = len(head)
            else:
                hit = None
        if hit is not None:
            info = (True, _MULTI.get(tok, 1), elen, hit[0], hit[1], False, False)
        else:
            kind = _classify_unknown(tok)
            info = (
                True,
                _MULTI.get(tok, 1),
                elen,
                kind,
                tok,
                kind != _STOP and _ordinary(tok),
                tok in gz.GIVEN_NAMES,
            )
    if len(_TOKENS) >= _TOKENS_SIZE:
        _TOKENS.clear()
    _TOKENS[tok] = info
    return info


def _items(text: str, rs: int, re_: int, first_initial: bool) -> list[_Item]:
    """Cut the run ``text[rs:re_]`` into items by longest gazetteer match."""
    run = text[rs:re_]
    if run.replace(" ", "").isalpha():
        # Words and connectors one space apart ("Bank of England"), the usual run: the
        # tokens are the space-separated parts, no need for the token regex.
        toks = run.split(" ")
        starts = []
        s = rs
        for part in toks:
            starts.append(s)
            s += len(part) + 1
    else:
        matches = list(_TOKEN_RE.finditer(text, rs, re_))
        toks = [m.group() for m in matches]
        starts = [m.start() for m in matches]
    n = len(toks)
    items: list[_Item] = []
    tokens_get = _TOKENS.get
    i = 0
    while i < n:
        s = starts[i]
        tok = toks[i]
        info = tokens_get(tok)
        if info is None:
            info = _token_info(tok)
        e = s + len(tok)
        if not info[0]:
            if tok[-1] == "-":  # "al-", "el-": "al-Qaeda" is known, "al-Assad" a name
                if i + 1 < n:
                    e = starts[i + 1] + len(toks[i + 1])
                    hit = _LEX.get(text[s:e])
                    if hit is not None:
                        items.append((s, e, hit[0], hit[1]))
                        i += 2
                        continue
                tok = tok[:-1]
                e = s + len(tok) + 1
            items.append((s, e, _CONN, tok))
            i += 1
            continue
        top = info[1]
        if top > 1:
            hit = None
            for size in range(min(top, n - i), 1, -1):
                e = starts[i + size - 1] + len(toks[i + size - 1])
                hit = _LEX.get(text[s:e])
                if hit is not None:
                    items.append((s, e, hit[0], hit[1]))
                    i += size
                    break
            if hit is not None:
                continue
        if i == 0 and first_initial and info[5] and not (info[6] and n > 1):
            items.append((s, s + info[2], _STOP, info[4]))  # "Police said": by position
        else:
            items.append((s, s + info[2], info[3], info[4]))
        i += 1
    return items


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
                    and out[k][2]
                    in (
                        _UNK,
                        _OHEAD,
                    )
                ):
                    k -= 2
                    continue
                if word in ("of", "for") and _absorbable(left[2]):
                    k -= 2
                    continue
                if word == "the" and k >= 3 and out[k - 2][3] in ("of", "for"):
                    if _absorbable(out[k - 3][2]):
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
        new_kind = _PLACE if kind == _PHEAD else _ORG
        name = text[start:end]
        known = _LEX.get(name)
        if known is not None and known[0] in (_ORG, _PLACE):
            new_kind, name = known
        out = out[:k] + [(start, end, new_kind, name)] + out[m:]
        j = k - 1
    return out


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
        if it[2] != _TITLE:
            out.append(it)
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
            # "Brian May", "Mervyn King": only as the last word of a name.
            if j + 1 < n and text[e2 : items[j + 1][0]] in (" ", "-"):
                if items[j + 1][2] in (_UNK, _PERSON):
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


def _as_person(text: str, start: int, end: int) -> list[_Item]:
    name = text[start:end]
    known = _LEX.get(name)
    return [(start, end, _PERSON, known[1] if known and known[0] == _PERSON else name)]


def _known_only(words: list[_Item]) -> list[_Item]:
    return [it for it in words if it[2] == _PLACE or it[2] == _PERSON]


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
        # "Georgia Harrison" or "Sydney Olympics": a person only if the words around
        # say so; otherwise the place stays and the rest goes.
        return None
    if _is_given(first):
        return _as_person(text, start, end)  # "Kent Harstedt", "George Washington"
    if kinds[0] == _UNK and kinds[-1] == _PLACE and not _common(first):
        return _as_person(text, start, end)  # "Denzel Washington"
    if len(unknown) != nwords:
        return _known_only(words)
    return None


def _chunk_by_context(
    text: str,
    items: list[_Item],
    a: int,
    b: int,
    run_start: int,
    run_end: int,
) -> list[_Item]:
    """Resolve a chunk of unknown words from the words around it, or drop it."""
    start, end = items[a][0], items[b - 1][1]
    at_start = start == run_start
    at_end = end == run_end
    chunk = items[a:b]
    # The word before, read once for every rule below that looks at it.
    prev = _prev_word(text, start) if at_start else ""
    if (
        at_start
        and prev in _ORG_INTRODUCERS
        and all(it[2] == _UNK or it[2] == _CONN for it in chunk)
    ):
        return [(start, end, _ORG, text[start:end])]  # "security firm Symantec said"
    # A person by the words around: a speech verb after, a role word or "said" before.
    if (
        (at_end and text[end : end + 1] == " " and _SPEECH_AFTER_RE.match(text, end))
        or (at_start and prev in gz.ROLE_WORDS)
        or (at_start and prev in _SPEECH_BEFORE and (end >= len(text) or text[end] in _CLAUSE_END))
    ):
        return _as_person(text, start, end)
    words = [it for it in chunk if it[2] != _CONN]
    for it in words:
        if it[2] != _UNK:
            return _known_only(words)
    if at_end and text[end : end + 2] == ", ":
        nxt = _RUN_RE.match(text, end + 2)
        nitems = _items(text, nxt.start(), nxt.end(), False) if nxt else []
        first_item = nitems[0] if nitems else None
        if (
            first_item is not None
            and first_item[2] == _PLACE
            and first_item[3] in gz.STATES_AND_COUNTRIES
            and text[first_item[1] : first_item[1] + 2] not in ("'s", "’s")
        ):
            return [(start, end, _PLACE, text[start:end])]  # "Minsk, Belarus"
    if (
        at_start
        and at_end
        and len(words) <= 2
        and prev in gz.PLACE_PREPOSITIONS
        and _place_position(text, start, end)
        and not any(text[s:e].lower() in gz.COMMON_WORDS for s, e, _, _ in words)
    ):
        return [(start, end, _PLACE, text[start:end])]  # "a briefing in Seoul"
    return []


def _place_position(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits where a place name goes: "a briefing in Seoul."

    Conservative: a place preposition before (not after "stake", "shares", ...), and
    after it the end of the clause or a word that commonly follows a place.
    """
    prev = _prev_word(text, start)
    if prev not in gz.PLACE_PREPOSITIONS:
        return False
    before = _prev_word(text, start - len(prev) - 1)
    if before in _NOT_BEFORE_PLACE:
        return False
    if end >= len(text) or text[end] in ",.;:)!?\n":
        return True
    nxt = _AFTER_PLACE_RE.match(text, end)
    return nxt is not None


def _place_after_comma(text: str, end: int) -> bool:
    """Whether ", " and a state or country follow ``end``: "Minsk, Belarus"."""
    nxt = _RUN_RE.match(text, end + 2)
    if nxt:
        nitems = _items(text, nxt.start(), nxt.end(), False)
        if nitems:
            first_item = nitems[0]
            return (
                first_item[2] == _PLACE
                and first_item[3] in gz.STATES_AND_COUNTRIES
                and text[first_item[1] : first_item[1] + 2] not in ("'s", "’s")
            )
    return False


def _single_context(text: str, start: int, end: int, uncommon: bool = True) -> str | None:
    """:func:`_chunk_by_context` for a run that is one unknown, uncommon word.

    Also for a run of two unknown words ("Shami Chakrabarti"), where ``uncommon`` says
    whether neither is a common word (the place-preposition rule wants that).
    The answer is always the run itself or nothing, so only its type is returned.
    The word before is read once for every rule that looks at it.
    """
    prev = _prev_word(text, start)
    if prev in _ORG_INTRODUCERS:
        return "org"  # "security firm Symantec said"
    if text[end : end + 1] == " " and _SPEECH_AFTER_RE.match(text, end):
        return "person"
    if prev in gz.ROLE_WORDS:
        return "person"
    n = len(text)
    if prev in _SPEECH_BEFORE and (end >= n or text[end] in _CLAUSE_END):
        return "person"
    if text[end : end + 2] == ", " and _place_after_comma(text, end):
        return "place"  # "Minsk, Belarus"
    if (
        uncommon
        and prev in gz.PLACE_PREPOSITIONS
        and _prev_word(text, start - len(prev) - 1) not in _NOT_BEFORE_PLACE
        and (end >= n or text[end] in ",.;:)!?\n" or _AFTER_PLACE_RE.match(text, end))
    ):
        return "place"  # _place_position: "a briefing in Seoul."
    return None


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
    if " " in tok or "-" in tok:
        code: object = _W_GENERAL
    else:
        kind = _classify_unknown(tok)
        if kind == _ACRO:
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
            return "person"  # "Kent Harstedt"
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


def find_entities(text: str, *, offset: int = 0) -> list[Entity]:
    """Places, people and organisations named in ``text``, in order, never overlapping.

    ``text`` is usually one sentence; ``offset`` is where it starts in the article and is
    added to every ``start``/``end`` so that ``article[e.start:e.end] == e.text``.
    ``name`` is canonical: "U.S." -> "United States", "North Korean" -> "North Korea",
    "U.S. President Donald Trump" -> "Donald Trump" (the title is not part of the name).
    """
    out: list[Entity] = []
    words_get = _WORDS.get
    tokens_get = _TOKENS.get
    for m in _RUN_RE.finditer(text):
        tok = m.group()
        code = words_get(tok)
        if code is None:
            # Runs of several words are mostly new: not worth remembering one by one.
            code = _W_GENERAL if " " in tok or "-" in tok else _word_code(tok)
        rs, re_ = m.span()
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
            tname = _single_context(text, rs, re_)
            if tname is not None:
                out.append(Entity(tok, rs + offset, re_ + offset, tname, tok))
            continue
        elif code == _W_CONTEXT_UNLESS_INITIAL:
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
            if entry[2] is None:
                items = [(s + delta, e + delta, k, c) for s, e, k, c in entry[1]]
                found = _resolve(text, items, rs, re_)[0]
            else:
                delta += offset
                for s, e, kind, canon in entry[2]:
                    out.append(
                        Entity(
                            text[s + delta - offset : e + delta - offset],
                            s + delta,
                            e + delta,
                            _TYPE_NAMES[kind],
                            canon,
                        )
                    )
                continue
        for s, e, kind, canon in found:
            out.append(Entity(text[s:e], s + offset, e + offset, _TYPE_NAMES[kind], canon))
    return out
