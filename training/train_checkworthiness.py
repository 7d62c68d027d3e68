"""Train the check-worthiness scorer shipped as ``claimcheck/data/checkworthiness.json``.

    pip install -e '.[train]'
    python training/train_checkworthiness.py [--data ../shared/data] [--out FILE]

Reads the public labels in ``../shared/data``: ClaimBuster (``claimbuster/crowdsourced.csv``,
Verdict 1 = check-worthy factual) and CheckThat! 2019 task 1 (``training/*.tsv``, label 1 =
check-worthy). Features are the ones the scorer computes at run time
(:func:`claimcheck.extraction.learned.featurize`: words, word pairs, rule signals, character
2-5-grams of the words hashed into 2**18 buckets, shipped as half floats); the model is an
L2 logistic regression (liblinear, fixed seed), so the same data gives the same file.
Its log-odds are blended with the rule scorer's (``RULE_SHARE``), calibrated by Platt
scaling on out-of-fold scores (4 folds by debate; a debate in both sources, as the 2016
presidential debates are, in one fold), and the threshold is the one with the
best out-of-fold F1 on ClaimBuster. The file records the data it read (with SHA-256),
the settings, and the development figures (F1, and the share of check-worthy sentences
in each score band).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck import extract
from claimcheck.extraction.learned import (
    CHAR_BUCKETS,
    CHAR_PREFIX,
    CHAR_SCALE,
    CHAR_SIZES,
    SIGNAL_PREFIX,
    featurize,
    half_floats,
)
from claimcheck.extraction.scoring import WEIGHTS, Sentence

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
DEFAULT_OUT = HERE.parent / "claimcheck" / "data" / "checkworthiness.json"
SEED = 20191024
MAX_FEATURES = 20_000


@dataclass(frozen=True)
class Example:
    source: str  # "claimbuster" | "checkthat2019"
    debate: str
    text: str
    label: int


def claimbuster(data: Path) -> list[Example]:
    path = data / "claimbuster" / "crowdsourced.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return [
            Example(
                "claimbuster",
                row["File_id"],
                " ".join(row["Text"].split()),
                int(row["Verdict"] == "1"),
            )
            for row in csv.DictReader(f)
            if row["Text"].strip()
        ]


def checkthat2019(data: Path) -> list[Example]:
    out = []
    for path in sorted((data / "checkthat2019_task1" / "training").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 4 and row[2].strip():
                    out.append(
                        Example("checkthat2019", path.stem, " ".join(row[2].split()), int(row[3]))
                    )
    return out


def sentences(examples: Sequence[Example]) -> list[Sentence]:
    """Each example as the pipeline sees it (slots resolved), one sentence a line."""
    x = extract("\n".join(e.text for e in examples), one_per_line=True, min_score=0.0)
    if len(x.sentences) != len(examples):
        raise SystemExit("one-per-line extraction lost lines")
    return [
        Sentence(c.text, c.dates, c.numbers, c.places, c.people, c.quote, c.role)
        for c in x.sentences
    ]


# Checkthat! 2019 marks as check-worthy only what fact-checkers went on to check (3% of
# sentences), ClaimBuster what annotators found worth checking (24%). A feature that is on
# for CheckThat! sentences only absorbs that difference in base rate during training and
# is left out of the shipped weights, so the two label sets teach the same words.
SOURCE_FEATURE = "source:checkthat2019"
# The share of the rule scorer's log-odds in the blend (see LearnedScorer): enough for
# captions and other news signals that debates never show, little enough to cost no F1
# on debates (0.678 alone, 0.672 blended, 4-fold by debate).
RULE_SHARE = 0.3
# The rule weights in that blend: the rule scorer's, but for what news differs in from
# debates. Nearly every news sentence is attributed ("..., she said"), so attribution
# and a quote's speaker say who said it, not whether it can be checked: the rules add
# nothing for them. A past-tense event with a date or a count is what a desk checks
# first ("met three times since June"). Measured on CheckThat! 2023 1B (AP 0.846 either
# way, F1 0.780 -> 0.774) and on the news development set (AP 0.784 -> 0.795).
BLEND_RULES = {**WEIGHTS, "attribution": 0.0, "quote with speaker": 0.0, "dated_event": 1.5}
# Nor does the learned part learn them: what debates teach about "he said" (a position
# attributed to an opponent) pushed every quoted opinion in the news up. The words
# themselves ("said", "according") stay features. Held-back debates F1 / AP / MAP
# 0.667 / 0.731 / 0.385 -> 0.669 / 0.730 / 0.388; CheckThat! 2023 1B 0.763 / 0.855 ->
# 0.768 / 0.853; news 0.706 / 0.787 -> 0.729 / 0.805.
UNLEARNED_SIGNALS = frozenset({"attribution", "quote with speaker"})
FOLDS = 4


Featurized = list[tuple[dict[str, float], set[str]]]


def featurized(examples: Sequence[Example]) -> Featurized:
    """Each example's features and rule signals (extraction runs once for all)."""
    return [featurize(s) for s in sentences(examples)]


def feature_dicts(examples: Sequence[Example], feats: Featurized) -> list[dict[str, float]]:
    """The model's input: the features but the unlearned signals, and the source
    feature for CheckThat! sentences."""
    unlearned = {SIGNAL_PREFIX + s for s in UNLEARNED_SIGNALS}
    out = []
    for (d, _), e in zip(feats, examples):
        if not unlearned.isdisjoint(d):
            d = {k: v for k, v in d.items() if k not in unlearned}
        out.append({**d, SOURCE_FEATURE: 1.0} if e.source == "checkthat2019" else d)
    return out


# The model's input as a sparse matrix and its column names.
Design = tuple[Any, list[str]]


def design_matrix(dicts: Sequence[dict[str, float]]) -> Design:
    """What scikit-learn's ``DictVectorizer().fit_transform`` makes of ``dicts`` (columns
    by sorted name; each row's entries by column), the same arrays to the bit, built
    with numpy: the vectorizer's Python loop was 19 of the 48 s that training took."""
    import numpy as np
    from scipy.sparse import csr_matrix

    keys = [k for d in dicts for k in d]
    names = sorted(set(keys))
    column = {n: i for i, n in enumerate(names)}
    cols = np.fromiter(map(column.__getitem__, keys), dtype=np.int32, count=len(keys))
    data = np.fromiter((v for d in dicts for v in d.values()), dtype=np.float64, count=len(keys))
    lengths = np.fromiter(map(len, dicts), dtype=np.int64, count=len(dicts))
    order = np.lexsort((cols, np.repeat(np.arange(len(dicts)), lengths)))
    indptr = np.zeros(len(dicts) + 1, dtype=np.int32)
    np.cumsum(lengths, out=indptr[1:])
    return csr_matrix((data[order], cols[order], indptr), shape=(len(dicts), len(names))), names


def design_rows(design: Design, rows: Sequence[int]) -> Design:
    """The design matrix of some rows alone: the columns those rows use, as
    :func:`design_matrix` of their dicts would have them (a fold, without vectorizing
    it again)."""
    import numpy as np

    matrix, names = design
    sub = matrix[list(rows)]
    used = np.unique(sub.indices)
    sub = sub[:, used]
    sub.sort_indices()
    return sub, [names[i] for i in used]


def fit(
    examples: Sequence[Example],
    c: float = 0.3,
    feats: Featurized | None = None,
    design: Design | None = None,
) -> dict[str, Any]:
    """A trained, uncalibrated model as the JSON-able dict the scorer loads (``feats``:
    the examples' features if already worked out; ``design``: their design matrix)."""
    from sklearn.linear_model import LogisticRegression

    if design is None:
        if feats is None:
            feats = featurized(examples)
        design = design_matrix(feature_dicts(examples, feats))
    matrix, names = design
    # liblinear takes 32-bit indices only.
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    labels = [e.label for e in examples]
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(matrix, labels)
    chars = [0.0] * CHAR_BUCKETS
    for w, n in zip(model.coef_[0], names):
        if n.startswith(CHAR_PREFIX):
            chars[int(n[len(CHAR_PREFIX) :])] = float(w)
    weights = sorted(
        (
            (w, n)
            for w, n in zip(model.coef_[0], names)
            if n != SOURCE_FEATURE and not n.startswith(CHAR_PREFIX)
        ),
        key=lambda p: -abs(p[0]),
    )[:MAX_FEATURES]
    return {
        "bias": round(float(model.intercept_[0]), 6),
        "weights": {
            name: round(float(w), 5)
            for w, name in sorted(weights, key=lambda p: p[1])
            if round(float(w), 5)
        },
        "char": {
            "buckets": CHAR_BUCKETS,
            "sizes": list(CHAR_SIZES),
            "scale": CHAR_SCALE,
            "hash": "crc32 of each UTF-8 byte n-gram of ' word ', modulo buckets",
            "weights": half_floats(chars),
        },
        "rules": {"share": RULE_SHARE, "weights": dict(sorted(BLEND_RULES.items()))},
        "threshold": 0.5,
        "settings": {
            "C": c,
            "solver": "liblinear",
            "seed": SEED,
            "max_features": MAX_FEATURES,
            "source_feature": SOURCE_FEATURE,
        },
    }


def best_threshold(scores: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    """The threshold with the best F1 of the check-worthy class, and that F1."""
    best = (0.5, 0.0)
    for t in [i / 100 for i in range(5, 96)]:
        tp = sum(1 for s, y in zip(scores, labels) if s >= t and y)
        fp = sum(1 for s, y in zip(scores, labels) if s >= t and not y)
        fn = sum(1 for s, y in zip(scores, labels) if s < t and y)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best[1]:
            best = (t, f1)
    return best


# A debate is the same event as another when they share this share of the smaller one's
# sentences (of four words or more). The three 2016 presidential debates are in both
# ClaimBuster and CheckThat! 2019, 833 to 993 of the same sentences each; between other
# debates a few stock phrases recur ("Thank you very much"), five at most.
SAME_EVENT_SHARE = 0.25
SAME_EVENT_WORDS = 4

DebateKey = tuple[str, str]


def same_events(examples: Sequence[Example]) -> dict[DebateKey, DebateKey]:
    """Each debate's event: the first, by (source, name), of the debates that share
    ``SAME_EVENT_SHARE`` of their sentences with it, directly or through another
    (a debate alone is its own event)."""
    debates_of: dict[str, set[DebateKey]] = {}
    size: dict[DebateKey, int] = {}
    for e in examples:
        key = (e.source, e.debate)
        size.setdefault(key, 0)
        text = " ".join(e.text.lower().split())
        if len(text.split()) >= SAME_EVENT_WORDS:
            found = debates_of.setdefault(text, set())
            if key not in found:
                found.add(key)
                size[key] += 1
    shared: dict[tuple[DebateKey, DebateKey], int] = {}
    for keys in debates_of.values():
        ordered = sorted(keys)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    event = {key: key for key in size}

    def root(key: DebateKey) -> DebateKey:
        while event[key] != key:
            key = event[key]
        return key

    for (a, b), n in sorted(shared.items()):
        if n >= SAME_EVENT_SHARE * max(1, min(size[a], size[b])):
            first, second = sorted((root(a), root(b)))
            event[second] = first
    return {key: root(key) for key in event}


def split_by_debate(
    examples: Sequence[Example], every: int = 4
) -> tuple[list[Example], list[Example]]:
    """Every ``every``-th debate of each source (sorted by name) held back, the rest kept
    but for the held-back debates' copies in the other source (:func:`same_events`),
    which are in neither part: a model is not scored on sentences it was trained on."""
    held: set[DebateKey] = set()
    for source in sorted({e.source for e in examples}):
        debates = sorted({e.debate for e in examples if e.source == source})
        held |= {(source, d) for d in debates[every - 1 :: every]}
    event = same_events(examples)
    held_events = {event[key] for key in held}
    train = [e for e in examples if event[(e.source, e.debate)] not in held_events]
    test = [e for e in examples if (e.source, e.debate) in held]
    return train, test


def folds_by_debate(examples: Sequence[Example], k: int = FOLDS) -> list[int]:
    """A fold number for each example: the debates of each source dealt out in turn,
    and a debate's copy in the other source in the same fold as it (:func:`same_events`)."""
    fold_of: dict[DebateKey, int] = {}
    for source in sorted({e.source for e in examples}):
        debates = sorted({e.debate for e in examples if e.source == source})
        fold_of.update({(source, d): i % k for i, d in enumerate(debates)})
    event = same_events(examples)
    return [fold_of[event[(e.source, e.debate)]] for e in examples]


def out_of_fold_log_odds(
    examples: Sequence[Example], feats: Featurized | None = None, design: Design | None = None
) -> list[float]:
    """Each example's blended log-odds from a model trained without its debate's fold."""
    from claimcheck.extraction.learned import LearnedScorer

    folds = folds_by_debate(examples)
    if feats is None:
        feats = featurized(examples)
    if design is None:
        design = design_matrix(feature_dicts(examples, feats))
    out = [0.0] * len(examples)
    for k in range(FOLDS):
        kept = [i for i, f in enumerate(folds) if f != k]
        fold = design_rows(design, kept)
        scorer = LearnedScorer(fit([examples[i] for i in kept], design=fold))
        for i, f in enumerate(folds):
            if f == k:
                out[i] = scorer.log_odds(*feats[i])
    return out


def platt(log_odds: Sequence[float], labels: Sequence[int]) -> tuple[float, float]:
    """Slope and intercept that turn log-odds into calibrated probabilities."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1e6, solver="lbfgs", max_iter=1000)
    model.fit([[z] for z in log_odds], list(labels))
    return float(model.coef_[0][0]), float(model.intercept_[0])


def reliability(
    scores: Sequence[float], labels: Sequence[int], width: float = 0.1
) -> list[dict[str, Any]]:
    """Per score band: how many sentences, and what share of them were check-worthy."""
    bands: dict[int, list[int]] = {}
    for s, y in zip(scores, labels):
        bands.setdefault(min(int(s / width), int(1 / width) - 1), []).append(y)
    return [
        {
            "from": round(b * width, 2),
            "to": round((b + 1) * width, 2),
            "sentences": len(ys),
            "check_worthy": round(sum(ys) / len(ys), 3),
        }
        for b, ys in sorted(bands.items())
    ]


def develop(examples: Sequence[Example]) -> dict[str, Any]:
    """The shipped recipe: calibration and threshold from out-of-fold scores on
    ClaimBuster, then the model trained on everything with them."""
    import math

    feats = featurized(examples)
    design = design_matrix(feature_dicts(examples, feats))
    log_odds = out_of_fold_log_odds(examples, feats, design)
    cb = [(z, e.label) for z, e in zip(log_odds, examples) if e.source == "claimbuster"]
    slope, intercept = platt([z for z, _ in cb], [y for _, y in cb])
    labels = [y for _, y in cb]
    scores = [1.0 / (1.0 + math.exp(-(slope * z + intercept))) for z, _ in cb]
    threshold, dev_f1 = best_threshold(scores, labels)
    model = fit(examples, design=design)
    model["calibration"] = {"slope": round(slope, 6), "intercept": round(intercept, 6)}
    model["threshold"] = threshold
    model["development"] = {
        "split": f"{FOLDS} folds by debate, each source's debates dealt out in turn",
        "claimbuster_f1_at_threshold": round(dev_f1, 4),
        "threshold": threshold,
        "reliability": reliability(scores, labels),
    }
    return model


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    examples = claimbuster(args.data) + checkthat2019(args.data)

    model = develop(examples)
    threshold = model["threshold"]
    dev_f1 = model["development"]["claimbuster_f1_at_threshold"]
    files = [args.data / "claimbuster" / "crowdsourced.csv"] + sorted(
        (args.data / "checkthat2019_task1" / "training").glob("*.tsv")
    )
    model["trained_on"] = {
        "examples": len(examples),
        "positives": sum(e.label for e in examples),
        "files": {str(p.relative_to(args.data)): sha256(p) for p in files},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out}: {len(model['weights'])} weights, threshold {threshold:.2f}, "
        f"development F1 {dev_f1:.3f}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
