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
from itertools import repeat
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.extraction.scoring import (
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
NAME = "<name>"
# Punctuation folded as the rule signals fold it, and digits become "0" so that "2019"
# and "1998" share a feature ("0000").
_FOLD_DIGITS = str.maketrans({**FOLD, **{ord(d): "0" for d in "123456789"}})


def featurize(sentence: Sentence) -> tuple[list[str], set[str]]:
    """The model's features of a sentence (words, word pairs, signals) and its signals."""
    words, signals = _words_and_signals(sentence)
    return words + [SIGNAL_PREFIX + s for s in signals], signals


def _words_and_signals(sentence: Sentence) -> tuple[list[str], set[str]]:
    folded = sentence.text.translate(_FOLD_DIGITS)
    tokens = folded.split()
    lowered = folded.lower().split()
    # Capitalised words after the first become "<name>": who is talking about whom says
    # little about whether it can be checked, and a debate's names would not carry over
    # to the news.
    words = [low if tok[0] == low[0] or tok == "I" else NAME for tok, low in zip(tokens, lowered)]
    if words:
        words[0] = lowered[0]
    words += map("{} {}".format, words, words[1:])
    return words, features(sentence, lowered)


class LearnedScorer:
    """Scores with trained weights; explains a score by the features that weighed most.

    The score is ``sigmoid(slope * z + intercept)`` where ``z`` blends the model's
    log-odds with the rule scorer's: ``z = (1 - share) * learned + share * rules``. The
    rules carry what debates never show (photo captions, datelines); the slope and
    intercept calibrate the blend on held-out debates, so a score reads as a
    probability (see the README).
    """

    def __init__(self, model: dict[str, Any]) -> None:
        self.bias = float(model["bias"])
        self.weights: dict[str, float] = {k: float(v) for k, v in model["weights"].items()}
        self.threshold = float(model.get("threshold", 0.5))
        rules = model.get("rules") or {}
        self.share = float(rules.get("share", 0.0))
        self.rule_weights: dict[str, float] = {
            k: float(v) for k, v in (rules.get("weights") or {}).items()
        }
        calibration = model.get("calibration") or {}
        self.slope = float(calibration.get("slope", 1.0))
        self.intercept = float(calibration.get("intercept", 0.0))
        self.meta = {k: v for k, v in model.items() if k not in ("weights", "bias")}
        # Everything folded into pushes on the calibrated log-odds, once: a word's is
        # its weight scaled; a signal's adds its learned and its rule weight.
        learned, share, slope = 1.0 - self.share, self.share, self.slope
        self._pushes = {
            f: slope * learned * w
            for f, w in self.weights.items()
            if not f.startswith(SIGNAL_PREFIX)
        }
        names = {f[len(SIGNAL_PREFIX) :] for f in self.weights if f.startswith(SIGNAL_PREFIX)}
        names |= set(self.rule_weights) - {"bias"}
        self._signal_pushes = {
            s: slope
            * (
                learned * self.weights.get(SIGNAL_PREFIX + s, 0.0)
                + share * self.rule_weights.get(s, 0.0)
            )
            for s in names
        }
        self._base = (
            slope * (learned * self.bias + share * self.rule_weights.get("bias", 0.0))
            + self.intercept
        )

    @classmethod
    def from_file(cls, path: str | Path) -> LearnedScorer:
        """Load weights written by the training script."""
        try:
            model = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(model)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ClaimcheckError(f"cannot read scorer weights {path}: {exc}") from exc

    def log_odds(self, feats: list[str], signals: set[str]) -> float:
        """The blended log-odds before calibration (what the training script calibrates)."""
        z = (1.0 - self.share) * (self.bias + sum(filter(None, map(self.weights.get, feats))))
        if self.share:
            rules = self.rule_weights
            z += self.share * (rules.get("bias", 0.0) + sum(rules.get(s, 0.0) for s in signals))
        return z

    def score(self, sentence: Sentence) -> Score:
        words, signals = _words_and_signals(sentence)
        pushes = list(map(self._pushes.get, words, repeat(0.0)))
        signal_push = self._signal_pushes.get
        keys = words + [SIGNAL_PREFIX + s for s in signals]
        pushes += [signal_push(s, 0.0) for s in signals]
        logit = self._base + sum(pushes)
        value = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))
        return Score(score=round(value, 4), kinds=_kinds(signals), reasons=_top(keys, pushes))


# Sentences share a few hundred sets of signals: each set's kinds are worked out once.
_KINDS: dict[frozenset[str], tuple[str, ...]] = {}


def _kinds(signals: set[str]) -> tuple[str, ...]:
    key = frozenset(signals)
    kinds = _KINDS.get(key)
    if kinds is None:
        kinds = _KINDS[key] = kinds_of(signals)
    return kinds


def _top(keys: list[str], pushes: list[float]) -> tuple[str, ...]:
    """The four features that pushed the log-odds most, either way, as reasons (of
    features with the same push, the first)."""
    sizes = list(map(abs, pushes))
    # Stable: of equal sizes, the first index comes first.
    order = sorted(range(len(sizes)), key=sizes.__getitem__, reverse=True)
    out: list[str] = []
    seen: set[float] = set()
    for i in order:
        size = sizes[i]
        if not size:
            break
        if size in seen:
            continue
        seen.add(size)
        reason = _reason(keys[i], round(pushes[i], 2))
        if reason:
            out.append(reason)
        if len(seen) == 4:
            break
    return tuple(out)


@lru_cache(maxsize=65536)
def _reason(feature: str, push: float) -> str:
    """A feature and its push as the report shows it; nothing for a zero push."""
    if not push:
        return ""
    if feature.startswith(SIGNAL_PREFIX):
        signal = feature[len(SIGNAL_PREFIX) :]
        return f"{REASONS.get(signal, signal)} ({push:+.2f})"
    # Digits were folded to 0 ("2019" is "0000"); "####" reads as "some four digits".
    return f'words "{feature.replace("0", "#")}" ({push:+.2f})'


@lru_cache(maxsize=1)
def shipped() -> LearnedScorer:
    """The scorer trained on ClaimBuster and CheckThat! labels, shipped with the package."""
    source = resources.files("claimcheck") / "data" / "checkworthiness.json"
    return LearnedScorer(json.loads(source.read_text(encoding="utf-8")))


def scorer_named(spec: str) -> Scorer:
    """A scorer by name: "rules", "learned" (the shipped weights) or the path of a
    weights file written by the training script. Its ``threshold`` is the default
    ``min_score``."""
    if spec == "rules":
        return RuleScorer()
    return shipped() if spec == "learned" else LearnedScorer.from_file(spec)
