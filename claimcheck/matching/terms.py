"""Terms for retrieval: the words of a statement as an index sees them.

Lower-cased, stemmed (Snowball English, which NLTK ships as code, no download), stop
words dropped. Web text is tidied first: links and "pic.twitter.com" go, "#AustralianFires"
becomes "australian fires", and "@CenterForBioDiv" gives "center for bio div", because
a handle often names who said it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves s t don dont didnt doesnt isnt wasnt arent werent im ive
    youre hes shes its were theyre thats rt via amp""".split()
)
# Negation ("no", "not") is a stop word here: retrieval finds the statement either way,
# and the slot comparison of matching tells "did" from "did not".

_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
_TAG = re.compile(r"[#@]([A-Za-z0-9_]+)")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_")
_WORD = re.compile(r"[a-z0-9]+")
# Apostrophes vanish; so do the combining accents that NFKD splits off letters.
_FOLD = dict.fromkeys([ord("'"), ord("’")] + [c for c in range(0x300, 0x370)], None)


@cache
def _stemmer() -> Any:
    # Imported at first use: NLTK's package import is a second when SciPy is installed,
    # and a process that stores what workers extracted never stems.
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


def _split_tag(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", match.group(1)) + " "


def tidy(text: str) -> str:
    """Web text without links, with hashtags and handles split into words."""
    return _TAG.sub(_split_tag, _LINK.sub(" ", text))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a lower-case word, cached (the stemmer is pure Python)."""
    return str(_stemmer().stem(word))


def words(text: str) -> list[str]:
    """Lower-case words of tidied text, apostrophes folded ("don't" is "dont"), accents
    dropped ("café" is "cafe", not "caf")."""
    folded = unicodedata.normalize("NFKD", tidy(text).lower()).translate(_FOLD)
    return _WORD.findall(folded)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order, repeats kept (BM25 counts them)."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]
