"""The passage of a long reference that a claim is compared with.

A reference can be a whole page or report (a megabyte of text in one field). Comparing
a one-sentence claim with all of it is slow (fuzzy ratios, slot finding and alignment
grow with its length) and says little: what matters is the passage that speaks to the
claim. A long reference is cut once into overlapping windows; a claim is compared with
the window that holds most of its words (rarer words in the reference weigh more), widened
to whole sentences. Pure functions; the windows of the last references seen are cached.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

# A reference longer than this is compared through one passage of about PASSAGE.
LONG = 4000
PASSAGE = 1000
_STEP = PASSAGE // 2
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n")


class _Blocks(NamedTuple):
    """A long text cut into blocks of half a passage; a passage is two blocks running."""

    size: int
    # For each word, the blocks that hold it, and its weight (rarer words weigh more).
    postings: dict[str, tuple[int, ...]]
    idf: dict[str, float]


# Words in more than this share of the blocks (articles, "said") do not choose a passage.
_COMMON = 0.3


def passage(text: str, query: str) -> tuple[int, int] | None:
    """Where in ``text`` the passage best matching ``query`` lies, or None when
    ``text`` is short enough to be compared whole."""
    if len(text) <= LONG:
        return None
    blocks = _blocks(text)
    # Each query word counts once in a passage: its blocks and the ones before them
    # (a passage starting one block earlier also holds the word).
    score: dict[int, float] = {}
    for word in set(_words(query)):
        weight = blocks.idf.get(word)
        if weight is None:
            continue
        starts = set(blocks.postings[word])
        starts.update(b - 1 for b in blocks.postings[word] if b)
        for b in starts:
            score[b] = score.get(b, 0.0) + weight
    # The first of the best passages (the opening when nothing is shared).
    best = min(score, key=lambda b: (-score[b], b)) if score else 0
    best = min(best, max(blocks.size - 2, 0))
    start = best * _STEP
    return _whole_sentences(text, start, min(start + PASSAGE, len(text)))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=64)
def _blocks(text: str) -> _Blocks:
    size = -(-len(text) // _STEP)
    postings: dict[str, list[int]] = {}
    for b in range(size):
        for word in set(_words(text[b * _STEP : (b + 1) * _STEP])):
            postings.setdefault(word, []).append(b)
    limit = max(2, _COMMON * size)
    kept = {w: p for w, p in postings.items() if len(p) <= limit}
    return _Blocks(
        size,
        {w: tuple(p) for w, p in kept.items()},
        {w: math.log(1 + size / len(p)) for w, p in kept.items()},
    )


def _whole_sentences(text: str, start: int, end: int) -> tuple[int, int]:
    """The window widened to the sentences it cuts (by at most half a passage each way),
    with the whitespace at its edges left out."""
    floor = max(0, start - _STEP)
    before = None
    for m in _SENTENCE_END.finditer(text, floor, start):
        before = m.end()
    start = before if before is not None else floor if floor == 0 else start
    after = _SENTENCE_END.search(text, end, min(len(text), end + _STEP))
    end = after.end() if after else min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
