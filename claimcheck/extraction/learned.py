"""The learned check-worthiness scorer: a linear model over words, word pairs, hashed
character n-grams of the words, and rule signals.

The weights are data, not code: a JSON file (``claimcheck/data/checkworthiness.json`` by
default) written by ``training/train_checkworthiness.py`` and loaded once, lazily.
Inference is a dictionary lookup per token (what each distinct token brings, its
character n-grams' weights summed, worked out once), one per word pair, and a logistic
function: the standard library only, no pickles, no model downloads.
"""

from __future__ import annotations

import base64
import json
import math
import struct
from array import array
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import add, mul
from pathlib import Path
from typing import Any, TypeVar
from zlib import crc32

from claimcheck.errors import ClaimcheckError
from claimcheck.extraction.scoring import (
    FOLD,
    REASONS,
    RuleScorer,
    Score,
    Scorer,
    Sentence,
    caption_score,
    features,
    kinds_of,
)

SIGNAL_PREFIX = "sig:"
CHAR_PREFIX = "char:"
NAME = "<name>"
_K = TypeVar("_K")
_V = TypeVar("_V")
# Punctuation folded as the rule signals fold it, and digits become "0" so that "2019"
# and "1998" share a feature ("0000").
_FOLD_DIGITS = str.maketrans({**FOLD, **{ord(d): "0" for d in "123456789"}})
# Character n-grams of each word (with a space either side, as scikit-learn's "char_wb"
# reads them) hashed into this many buckets (a power of two): spelling that words share ("-ation",
# "percent", "000") without a vocabulary. Each sentence's n-gram counts are scaled by
# CHAR_SCALE / sqrt(words), so long sentences do not win by length alone.
CHAR_BUCKETS = 1 << 18
CHAR_SIZES = (2, 3, 4, 5)
CHAR_SCALE = 0.5
# The most sentences whose words' pushes wait, worked out ahead, to be scored (about
# 1 KB each).
READY_LIMIT = 100_000


@lru_cache(maxsize=256)
def _ngram_slices(length: int) -> tuple[slice, ...]:
    """The slices of a padded word's n-grams, in :func:`char_buckets`' order."""
    return tuple(slice(i, i + n) for n in CHAR_SIZES for i in range(length - n + 1))


def char_buckets(word: str, buckets: int = CHAR_BUCKETS) -> list[int]:
    """The hashed buckets of a word's character n-grams: n-grams of its UTF-8 bytes
    (the same as of its characters for ASCII), hashed by CRC-32, which is the same in
    every process, unlike ``hash``. ``buckets`` is a power of two."""
    padded = f" {word} ".encode("utf-8", "surrogatepass")
    mask = buckets - 1
    return [crc32(padded[i : i + n]) & mask for n in CHAR_SIZES for i in range(len(padded) - n + 1)]


def featurize(sentence: Sentence) -> tuple[dict[str, float], set[str]]:
    """The model's features of a sentence with their values (words, word pairs, rule
    signals, hashed character n-grams) and its rule signals. A word or word pair counts
    as often as the sentence has it ("<name>" three times for three names), as its
    character n-grams do: what the scorer sums, token by token (``LearnedScorer.score``),
    is what the model was trained on."""
    words, _, lowered, signals = _words_and_signals(sentence)
    feats: dict[str, float] = {}
    for w in words:
        feats[w] = feats.get(w, 0.0) + 1.0
    feats.update(dict.fromkeys([SIGNAL_PREFIX + s for s in signals], 1.0))
    if lowered:
        scale = CHAR_SCALE / math.sqrt(len(lowered))
        for word in lowered:
            for b in char_buckets(word):
                key = f"{CHAR_PREFIX}{b}"
                feats[key] = feats.get(key, 0.0) + scale
    return feats, signals


def _words_and_signals(
    sentence: Sentence,
) -> tuple[list[str], list[str], list[str], set[str]]:
    """Words and word pairs (names as ``NAME``, digits as 0), the folded words as written
    and lower-cased, and the rule signals."""
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
    return words, tokens, lowered, features(sentence, lowered)


class LearnedScorer:
    """Scores with trained weights; explains a score by the words and signals that
    weighed most.

    The score is ``sigmoid(slope * z + intercept)`` where ``z`` blends the model's
    log-odds with the rule scorer's: ``z = (1 - share) * learned + share * rules``. The
    rules carry what debates never show (photo captions, datelines); the slope and
    intercept calibrate the blend on held-out debates, so a score reads as a
    probability (see the README). A photo caption's score is lowered to the bottom of
    its tenth (``caption_score``), so a caption never ranks above a body sentence of
    the same band.
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
        chars = model.get("char") or {}
        # A compact array (8 bytes a weight, not a float object each): it is read once
        # per distinct word.
        self.char_table = array("d", _half_floats(chars.get("weights", "")))
        self.char_buckets = int(chars.get("buckets", CHAR_BUCKETS))
        self.char_scale = float(chars.get("scale", CHAR_SCALE))
        # The features are the code's (``featurize``): weights for other ones are refused.
        layout = (self.char_buckets, self.char_scale, tuple(chars.get("sizes", CHAR_SIZES)))
        if self.char_table and (
            len(self.char_table) != self.char_buckets
            or layout != (CHAR_BUCKETS, CHAR_SCALE, CHAR_SIZES)
        ):
            raise ValueError(
                f"character n-gram weights for another layout ({len(self.char_table)} "
                f"weights, {layout}): retrain with this version"
            )
        self.meta = {k: v for k, v in model.items() if k not in ("weights", "bias", "char")}
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
        self._char_push = slope * learned * self.char_scale
        # Word pairs' pushes by first word, then second: a sentence looks its pairs up
        # without writing them out ("the" -> "deal" -> push of "the deal"). A first
        # word's table is named by its number, so that what is remembered of each token
        # holds no container the garbage collector would go through again and again.
        self._pair_tables: list[dict[str, float]] = [{}]
        self._pair_table: dict[str, int] = {}
        for f, push in self._pushes.items():
            first, space, second = f.partition(" ")
            if space:
                if first not in self._pair_table:
                    self._pair_table[first] = len(self._pair_tables)
                    self._pair_tables.append({})
                self._pair_tables[self._pair_table[first]][second] = push
        # A word's summed character weights, worked out once per distinct word; and what
        # a sentence needs of each token as written, worked out once per distinct token.
        self._char_sums = _Memo(self._char_sum, limit=200_000)
        self._tokens = _Memo(self._token, limit=100_000)
        # Sentences share a few thousand sets of signals (3,839 in the BBC corpus): each
        # is worked out once.
        self._signal_sets = _Memo(self._signal_set, limit=10_000)
        # Sentences' word pushes worked out ahead (``ready``), until each is scored.
        self._ready: dict[str, tuple[list[str], list[str], list[float]]] = {}

    @classmethod
    def from_file(cls, path: str | Path) -> LearnedScorer:
        """Load weights written by the training script."""
        try:
            model = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(model)
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise ClaimcheckError(f"cannot read scorer weights {path}: {exc}") from exc

    def _char_sum(self, word: str) -> float:
        """The summed weights of a word's character n-grams (remembered in ``_char_sums``):
        the buckets of :func:`char_buckets`, with the n-gram slices made once per length."""
        table, mask = self.char_table, self.char_buckets - 1
        padded = f" {word} ".encode("utf-8", "surrogatepass")
        return sum([table[crc32(padded[s]) & mask] for s in _ngram_slices(len(padded))])

    def log_odds(self, feats: dict[str, float], signals: set[str]) -> float:
        """The blended log-odds before calibration (what the training script calibrates),
        of features as ``featurize`` gives them."""
        weights, table = self.weights, self.char_table
        learned = self.bias
        for f, v in feats.items():
            if f.startswith(CHAR_PREFIX):
                if table:
                    learned += v * table[int(f[len(CHAR_PREFIX) :])]
            else:
                learned += v * weights.get(f, 0.0)
        z = (1.0 - self.share) * learned
        if self.share:
            rules = self.rule_weights
            z += self.share * (rules.get("bias", 0.0) + sum(rules.get(s, 0.0) for s in signals))
        return z

    def _token(self, token: str) -> _Token:
        """What scoring needs of a folded token as written: its lower-cased form, its
        word feature (``NAME`` for a capitalised word), that feature's push, the number
        of the table of pairs it starts, and its summed character weights."""
        low = token.lower()
        if low == token:
            low = token  # one string, not two equal ones, held by the memo
        word = low if token[0] == low[0] or token == "I" else NAME
        chars = self._char_sums[low] if self.char_table else 0.0
        return low, word, self._pushes.get(word, 0.0), self._pair_table.get(word, 0), chars

    def ready(self, text: str) -> None:
        """Work out ahead, for a sentence to score later, what its words alone push
        (the bulk of scoring): a worker process does it while the slots the score also
        needs are found in another (see :func:`claimcheck.batch.forked_map`). At most
        ``READY_LIMIT`` sentences wait at once; past that, ``score`` works it out."""
        if len(self._ready) < READY_LIMIT:
            self._ready[text] = self._words(text)

    def _words(self, text: str) -> tuple[list[str], list[str], list[float]]:
        """A sentence's folded tokens as written, lower-cased, and the pushes of its
        words (each with its character n-grams) and then its word pairs."""
        # The features of ``featurize`` in the same order (words, word pairs), each
        # token's part looked up once in ``_tokens``: the pushes, their sum and so the
        # score and reasons are the same as summing ``featurize``'s weights.
        tokens = text.translate(_FOLD_DIGITS).split()
        n = len(tokens)
        if not n:
            return tokens, [], []
        lows, words, word_pushes, pair_tables, chars = zip(*map(self._tokens.__getitem__, tokens))
        # A sentence's first word is never a name.
        pushes = list(word_pushes)
        pushes[0] = self._pushes.get(lows[0], 0.0)
        tables = list(pair_tables)
        tables[0] = self._pair_table.get(lows[0], 0)
        if self.char_table:
            # A word's character n-grams push with the word itself.
            factor = self._char_push / math.sqrt(n)
            pushes = list(map(add, pushes, map(mul, repeat(factor, n), chars)))
        pairs = map(self._pair_tables.__getitem__, tables)
        pushes += map(dict.get, pairs, words[1:], repeat(0.0))
        return tokens, list(lows), pushes

    def score(self, sentence: Sentence) -> Score:
        words = self._ready.pop(sentence.text, None) if self._ready else None
        tokens, lowered, pushes = words or self._words(sentence.text)
        n = len(tokens)
        signals = features(sentence, lowered)
        named, signal_pushes, kinds = self._signal_sets[frozenset(signals)]
        pushes += signal_pushes
        logit = self._base + sum(pushes)
        value = 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))
        if sentence.role == "caption":
            value = caption_score(value, self.threshold)
        reasons = _top(sentence.text, tokens, max(0, 2 * n - 1), named, pushes)
        return Score(round(value, 4), kinds, reasons)

    def _signal_set(self, signals: frozenset[str]) -> _SignalSet:
        """A set of signals in the order reasons take them (sorted: ties between reasons
        fall the same way in every run), their pushes, and the claim kinds they make."""
        named = tuple(sorted(signals))
        pushes = tuple(self._signal_pushes.get(s, 0.0) for s in named)
        return named, pushes, kinds_of(set(signals))


# A token's part of a sentence's features (see ``LearnedScorer._token``).
_Token = tuple[str, str, float, int, float]
_SignalSet = tuple[tuple[str, ...], tuple[float, ...], tuple[str, ...]]


class _Memo(dict[_K, _V]):
    """Key -> what ``compute`` makes of it, worked out on first sight. Bounded: past
    ``limit`` keys it starts again empty, so a stream of distinct junk words cannot
    fill the memory."""

    def __init__(self, compute: Callable[[_K], _V], limit: int) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, key: _K) -> _V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def _half_floats(encoded: str) -> list[float]:
    """Weights stored as base64 of little-endian IEEE half floats (2 bytes each)."""
    if not encoded:
        return []
    data = base64.b64decode(encoded)
    return list(struct.unpack(f"<{len(data) // 2}e", data))


def half_floats(values: Sequence[float]) -> str:
    """The inverse of ``_half_floats``: what the training script writes."""
    return base64.b64encode(struct.pack(f"<{len(values)}e", *values)).decode("ascii")


def _top(
    text: str,
    tokens: list[str],
    n_features: int,
    signals: Sequence[str],
    pushes: list[float],
) -> tuple[str, ...]:
    """The four words, word pairs or signals that pushed the log-odds most, either way,
    as reasons in words (of features with the same push, the first). ``tokens`` are the
    folded words as written (digits as 0: those are read again from ``text``)."""
    out: list[str] = []
    n_words = len(tokens)
    originals: list[str] | None = None
    last = 0.0
    # Largest first; the sort is stable, so of equal sizes the first feature comes
    # first, and ``index`` finds it (a size seen already is skipped).
    for value in sorted(pushes, key=abs, reverse=True):
        size = abs(value)
        if size == last:
            continue
        if size < 0.005:
            break
        last = size
        i = pushes.index(value)
        push = round(value, 2)
        if i >= n_features:
            out.append(_signal_reason(signals[i - n_features], push))
        else:
            first = i if i < n_words else i - n_words
            word = tokens[first]
            second = tokens[first + 1] if i >= n_words else ""
            if word in _LETTERS or second in _LETTERS:
                continue  # "U.S." folds to "U S": a letter alone says nothing to a reader
            if "0" in word or "0" in second:  # digits were folded: the text has them
                if originals is None:
                    originals = text.translate(FOLD).split()
                word = originals[first]
                if second:
                    second = originals[first + 1]
            if second:
                out.append(_pair_reason(word, second, push))
            else:
                out.append(_word_reason(word, i == 0, push))
        if len(out) == 4:
            break
    return tuple(out)


# Single letters a reason would quote, from initials and abbreviations ("U.S.", "J.K.").
_LETTERS = frozenset("ABCDEFGHJKLMNOPQRSTUVWXYZbcdefghjklmnopqrstuvwxyz")


def _plain(word: str) -> str:
    """A word as a reason quotes it: printable, at most 30 characters."""
    if len(word) <= 30 and word.isprintable():
        return word
    shown = "".join(c if c.isprintable() else "?" for c in word[:30])
    return shown + ("..." if len(word) > 30 else "")


# Reasons repeat (the same word, pushing the same): each is written once.
@lru_cache(maxsize=65536)
def _word_reason(word: str, first: bool, push: float) -> str:
    """One word as a reason: a number, a name or a word, quoted as the text has it (a
    sentence's first word is never taken for a name, as the features do not)."""
    if word.isdigit():
        return f'the number "{_plain(word)}" ({push:+.2f})'
    if word[:1].isupper() and word != "I" and not first:
        return f'the name "{_plain(word)}" ({push:+.2f})'
    return f'the word "{_plain(word.lower())}" ({push:+.2f})'


@lru_cache(maxsize=65536)
def _pair_reason(first: str, second: str, push: float) -> str:
    return f'words "{_plain(first)} {_plain(second)}" ({push:+.2f})'


@lru_cache(maxsize=4096)
def _signal_reason(signal: str, push: float) -> str:
    return f"{REASONS.get(signal, signal.replace('_', ' '))} ({push:+.2f})"


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
