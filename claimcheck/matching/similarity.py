"""How likely a retrieved reference states the same claim as a query: fuzzy scores
of the candidates, combined by a small trained model.

Retrieval (BM25) finds candidates; this module scores each with rapidfuzz (token set,
token sort and partial ratios on tidied text, the best-matching sentence of a long
query), with the share of each side's information the other holds (idf-weighted terms,
idfs from ``claimcheck/data/term_frequencies.json``), and with how the candidate
ranked, then turns those features into a probability with logistic weights trained on
CheckThat! 2022 2A (``training/train_matching.py``, shipped as
``claimcheck/data/matching.json``). Numbers and dates are not compared here:
fuzzy scores cannot tell "150,000 jobs" from "15,000 jobs" (see
:mod:`claimcheck.matching.agreement`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

from rapidfuzz import fuzz, utils

from claimcheck.matching.terms import tidy

FEATURES = (
    "token set",
    "token sort",
    "partial x length ratio",
    "token set, title",
    "query weight shared",
    "reference weight shared",
    "shared weight / 20",
    "length ratio",
    "best sentence",
    "bm25 / best",
    "1 / rank",
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


class Query(NamedTuple):
    """A query prepared once for scoring many candidates."""

    processed: str
    terms: frozenset[str]
    sentences: tuple[str, ...]
    weight: float  # the summed idf of its distinct terms


def prepare(text: str, terms: Sequence[str]) -> Query:
    """The query's processed text, its set of terms, and its processed sentences."""
    tidied = tidy(text)
    sentences = tuple(
        utils.default_process(s) for s in _SENTENCE.split(tidied) if len(s.split()) >= 4
    )
    distinct = frozenset(terms)
    return Query(utils.default_process(tidied), distinct, sentences, _weight(distinct))


def features(
    query: Query,
    text: str,
    extra: str | None,
    ref_terms: Sequence[str],
    bm25: float,
    best: float,
    rank: int,
) -> list[float]:
    """The model's inputs for one candidate, in ``FEATURES`` order, each about 0..1.

    Mostly the two texts alone: fuzzy ratios, and how much of each side's information
    (idf-weighted terms, with idfs from news and debates, not from the corpus searched)
    the other shares. How the candidate ranked among the others comes last; the model
    is trained on candidate lists with and without the right answer, so that a best
    candidate that shares little is not taken for a match.
    """
    body = utils.default_process(tidy(text))
    title = utils.default_process(tidy(extra)) if extra else ""
    mine = frozenset(ref_terms)
    shared = _weight(query.terms & mine)
    longest = max(len(query.terms), len(mine))
    length_ratio = min(len(query.terms), len(mine)) / longest if longest else 0.0
    sentence = max(
        (fuzz.token_sort_ratio(s, body, processor=None) for s in query.sentences), default=0.0
    )
    partial = fuzz.partial_ratio(body, query.processed, processor=None) / 100 if body else 0.0
    return [
        fuzz.token_set_ratio(query.processed, body, processor=None) / 100,
        fuzz.token_sort_ratio(query.processed, body, processor=None) / 100,
        # A short reference matches some part of any long query: partial alone flatters it.
        partial * length_ratio,
        # Without a title the statement stands in for it, so that references with and
        # without titles are scored alike.
        fuzz.token_set_ratio(query.processed, title or body, processor=None) / 100,
        shared / query.weight if query.weight else 0.0,
        shared / w if (w := _weight(mine)) else 0.0,
        min(shared / 20.0, 2.0),
        length_ratio,
        sentence / 100,
        bm25 / best if best > 0 else 0.0,
        1.0 / (rank + 1),
    ]


@lru_cache(maxsize=1)
def _frequencies() -> tuple[int, dict[str, int]]:
    source = resources.files("claimcheck") / "data" / "term_frequencies.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return int(data["documents"]), data["df"]


@lru_cache(maxsize=100_000)
def idf(term: str) -> float:
    """How telling a term is, from its frequency in news and debate sentences."""
    n, df = _frequencies()
    count = df.get(term, 0)
    return math.log(1.0 + (n - count + 0.5) / (count + 0.5))


def _weight(terms: frozenset[str]) -> float:
    # fsum is exact, so the total does not depend on the set's (hash-seeded) order:
    # training reproduces the shipped weights byte for byte.
    return math.fsum(idf(t) for t in terms)


# The features of the match probability: the two texts alone. The rank features
# (the last two) only order candidates: a conflicting account ranked below an agreeing
# one is no less a statement of the same claim.
ABSOLUTE = FEATURES[:-2]


class Model:
    """Two logistic models over ``FEATURES``, and the two thresholds of a match's tier.

    ``probability`` (how likely the candidate states the same claim, from the texts
    alone) is the match's score: tiers, relations and thresholds use it. ``rank``
    (which also weighs how the candidate ranked in retrieval) orders candidates.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.bias = float(data["bias"])
        self.weights = [float(data["weights"][name]) for name in ABSOLUTE]
        ranking = data.get("rank") or {"bias": data["bias"], "weights": data["weights"]}
        self.rank_bias = float(ranking["bias"])
        self.rank_weights = [float(ranking["weights"].get(name, 0.0)) for name in FEATURES]
        self.suggest = float(data.get("suggest", 0.3))
        self.confident = float(data.get("confident", 0.7))
        self.meta = {k: v for k, v in data.items() if k not in ("bias", "weights", "rank")}

    def probability(self, values: Sequence[float]) -> float:
        """How likely the candidate states the same claim as the query."""
        return _logistic(self.bias + sum(w * v for w, v in zip(self.weights, values)))

    def rank(self, values: Sequence[float]) -> float:
        """The candidate's place in the ordering (higher first)."""
        return self.rank_bias + sum(w * v for w, v in zip(self.rank_weights, values))


def _logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model trained on CheckThat! 2022 2A, shipped with the package."""
    source = resources.files("claimcheck") / "data" / "matching.json"
    return Model(json.loads(source.read_text(encoding="utf-8")))
