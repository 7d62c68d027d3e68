"""What each capitalised word is on its own: the gazetteer merged into one lexicon, the
regular expressions that find runs of names and their tokens, the classification of
words no list knows, and a run cut into items by longest match
(:mod:`claimcheck.extraction.entities.find` tells the whole story).
"""

from __future__ import annotations

import re
from typing import Any

from claimcheck.extraction.entities import gazetteer as gz

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


# Written after a surname, not a surname themselves: "Martin Luther King Jr.".
_GENERATIONS = frozenset("Jr Jr. Sr Sr. II III IV".split())


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


# After a name, what only a person takes: a relative clause with "who" ("Bowyer, who
# moved"), or an age ("Bowyer, 19, pleaded"). Not "who have": in British English a
# team takes "who" too, with a plural verb ("Feyenoord, who have two games in hand").
_PERSON_AFTER_RE = re.compile(r", (?:who (?!have|are|were)\b|\d{1,2}, )")


# After a name, a company's shares: "Barrick shares fell".
_SHARES_AFTER_RE = re.compile(r" (?:shares|stock|shareholders)\b")


# Nouns before "in"/"of" that make what follows a company: "a stake in Newmont".
_SHARES_BEFORE = frozenset("shares stake stakes shareholders shareholding".split())


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


def _is_role(word: str) -> bool:
    """Whether a capitalised word is a role that names the person after it: "Striker"."""
    return word.lower() in gz.ROLE_WORDS and word not in gz.GIVEN_NAMES


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
        if hit is None and len(tok) > 3 and tok.isupper():
            # A dateline: "WASHINGTON (Reuters) -" is the city, not an acronym.
            hit = _LEX.get(tok.capitalize())
            if hit is not None and hit[0] != _PLACE:
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
        if i == 0 and first_initial and n > 1 and info[3] == _UNK and _is_role(tok):
            # "Defender Hassan Abbas": a role word opening the sentence is a title.
            items.append((s, s + info[2], _TITLE, tok))
        elif (
            i == 0
            and first_initial
            and n > 2
            and info[3] == _UNK
            and not info[6]
            and len(tok.rstrip(".")) > 1  # an initial starts the name: "J. Ann Selzer"
            and toks[1] in gz.GIVEN_NAMES
            and toks[2][0].isupper()
        ):
            # "Frenchman Patrick Vieira": a given name after the sentence's first word
            # starts the name; the word before it is capitalised by position.
            items.append((s, s + info[2], _STOP, info[4]))
        elif i == 0 and first_initial and info[5] and not (info[6] and n > 1):
            items.append((s, s + info[2], _STOP, info[4]))  # "Police said": by position
        else:
            items.append((s, s + info[2], info[3], info[4]))
        i += 1
    return items
