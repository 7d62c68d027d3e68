"""How likely a retrieved reference states the same claim as a query: fuzzy scores
of the candidates, combined by a small trained model.

Retrieval (BM25) finds candidates; this module scores each with rapidfuzz (token set,
token sort and partial ratios on tidied text, the best-matching sentence of a long
query) and with how the candidate ranked, then turns those features into a probability
with logistic weights trained on CheckThat! 2022 2A (``training/train_matching.py``,
shipped as ``claimcheck/data/matching.json``). Numbers and dates are not compared here:
fuzzy scores cannot tell "150,000 jobs" from "15,000 jobs" (see :mod:`claimcheck.agreement`).
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

from claimcheck.terms import tidy

FEATURES = (
    "bm25 / best",
    "1 / rank",
    "bm25 / 10",
    "token set",
    "token sort",
    "partial",
    "token set, title",
    "query terms found",
    "reference terms found",
    "best sentence",
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


class Query(NamedTuple):
    """A query prepared once for scoring many candidates."""

    processed: str
    terms: frozenset[str]
    sentences: tuple[str, ...]


def prepare(text: str, terms: Sequence[str]) -> Query:
    """The query's processed text, its set of terms, and its processed sentences."""
    tidied = tidy(text)
    sentences = tuple(
        utils.default_process(s) for s in _SENTENCE.split(tidied) if len(s.split()) >= 4
    )
    return Query(utils.default_process(tidied), frozenset(terms), sentences)


def features(
    query: Query,
    text: str,
    extra: str | None,
    ref_terms: Sequence[str],
    bm25: float,
    best: float,
    rank: int,
) -> list[float]:
    """The model's inputs for one candidate, in ``FEATURES`` order, each about 0..1."""
    body = utils.default_process(tidy(text))
    title = utils.default_process(tidy(extra)) if extra else ""
    found = len(query.terms.intersection(ref_terms))
    distinct = len(set(ref_terms))
    sentence = max(
        (fuzz.token_sort_ratio(s, body, processor=None) for s in query.sentences), default=0.0
    )
    return [
        bm25 / best if best > 0 else 0.0,
        1.0 / (rank + 1),
        min(bm25 / 10.0, 3.0),
        fuzz.token_set_ratio(query.processed, body, processor=None) / 100,
        fuzz.token_sort_ratio(query.processed, body, processor=None) / 100,
        fuzz.partial_ratio(body, query.processed, processor=None) / 100 if body else 0.0,
        # Without a title the statement stands in for it, so that references with and
        # without titles are scored alike.
        fuzz.token_set_ratio(query.processed, title or body, processor=None) / 100,
        found / len(query.terms) if query.terms else 0.0,
        found / distinct if distinct else 0.0,
        sentence / 100,
    ]


class Model:
    """Logistic weights over ``FEATURES``, and the two thresholds of a match's tier."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.bias = float(data["bias"])
        self.weights = [float(data["weights"][name]) for name in FEATURES]
        self.suggest = float(data.get("suggest", 0.3))
        self.confident = float(data.get("confident", 0.7))
        self.meta = {k: v for k, v in data.items() if k not in ("bias", "weights")}

    def probability(self, values: Sequence[float]) -> float:
        """How likely the candidate states the same claim as the query."""
        z = self.bias + sum(w * v for w, v in zip(self.weights, values))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The model trained on CheckThat! 2022 2A, shipped with the package."""
    source = resources.files("claimcheck") / "data" / "matching.json"
    return Model(json.loads(source.read_text(encoding="utf-8")))
