"""The learned check-worthiness scorer: a linear model over words, word pairs and rule signals.

The weights are data, not code: a JSON file (``claimcheck/data/checkworthiness.json`` by
default) written by ``training/train_checkworthiness.py`` and loaded once, lazily.
Inference is a dictionary lookup per feature and a logistic function: no numpy, no
pickles, no model downloads.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.scoring import (
    DEFAULT_MIN_SCORE,
    FOLD,
    REASONS,
    RuleScorer,
    Score,
    Scorer,
    Sentence,
    features,
    kinds_of,
)

SIGNAL_PREFIX = "sig:"
# Digits become "0" so that "2019" and "1998" share a feature ("0000").
_DIGITS = str.maketrans("123456789", "000000000")


def featurize(sentence: Sentence) -> tuple[list[str], set[str]]:
    """The model's features of a sentence (words, word pairs, signals) and its signals."""
    # Names become "<name>": who is talking about whom says little about whether it can
    # be checked, and a debate's names would not carry over to the news.
    words = [
        w.lower() if i == 0 or not w[0].isupper() or w == "I" else "<name>"
        for i, w in enumerate(sentence.text.translate(FOLD).translate(_DIGITS).split())
    ]
    signals = features(sentence)
    out = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    out += [SIGNAL_PREFIX + s for s in signals]
    return out, signals


class LearnedScorer:
    """Scores with trained weights; explains a score by the features that weighed most."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.bias = float(model["bias"])
        self.weights: dict[str, float] = {k: float(v) for k, v in model["weights"].items()}
        self.threshold = float(model.get("threshold", 0.5))
        self.meta = {k: v for k, v in model.items() if k not in ("weights", "bias")}

    @classmethod
    def from_file(cls, path: str | Path) -> LearnedScorer:
        """Load weights written by the training script."""
        try:
            model = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ClaimcheckError(f"cannot read scorer weights {path}: {exc}") from exc
        return cls(model)

    def score(self, sentence: Sentence) -> Score:
        feats, signals = featurize(sentence)
        get = self.weights.get
        contributions = [(w, f) for f in feats if (w := get(f))]
        total = self.bias + sum(w for w, _ in contributions)
        value = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, total))))
        top = sorted(contributions, reverse=True)[:4]
        return Score(
            score=round(value, 4),
            kinds=kinds_of(signals),
            reasons=tuple(f"{_reason(f)} ({w:+.2f})" for w, f in top if w > 0),
        )


def _reason(feature: str) -> str:
    if feature.startswith(SIGNAL_PREFIX):
        signal = feature[len(SIGNAL_PREFIX) :]
        return REASONS.get(signal, signal)
    return f'words "{feature}"'


@lru_cache(maxsize=1)
def shipped() -> LearnedScorer:
    """The scorer trained on ClaimBuster and CheckThat! labels, shipped with the package."""
    source = resources.files("claimcheck") / "data" / "checkworthiness.json"
    return LearnedScorer(json.loads(source.read_text(encoding="utf-8")))


def scorer_named(spec: str) -> tuple[Scorer, float]:
    """A scorer and its default threshold: "rules", "learned" (the shipped weights) or
    the path of a weights file written by the training script."""
    if spec == "rules":
        return RuleScorer(), DEFAULT_MIN_SCORE
    learned = shipped() if spec == "learned" else LearnedScorer.from_file(spec)
    return learned, learned.threshold
