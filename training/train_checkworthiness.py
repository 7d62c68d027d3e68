"""Train the check-worthiness scorer shipped as ``claimcheck/data/checkworthiness.json``.

    pip install -e '.[train]'
    python training/train_checkworthiness.py [--data ../shared/data] [--out FILE]

Reads the public labels in ``../shared/data``: ClaimBuster (``claimbuster/crowdsourced.csv``,
Verdict 1 = check-worthy factual) and CheckThat! 2019 task 1 (``training/*.tsv``, label 1 =
check-worthy). Features are the ones the scorer computes at run time
(:func:`claimcheck.learned.featurize`: words, word pairs, rule signals); the model is an
L2 logistic regression (liblinear, fixed seed), so the same data gives the same file.
The file records the data it read (with SHA-256), the settings and the figures it got.
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
from claimcheck.learned import featurize
from claimcheck.scoring import Sentence

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


def feature_dicts(examples: Sequence[Example]) -> list[dict[str, int]]:
    return [dict.fromkeys(featurize(s)[0], 1) for s in sentences(examples)]


def fit(examples: Sequence[Example], c: float = 0.5) -> dict[str, Any]:
    """A trained model as the JSON-able dict the scorer loads."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(feature_dicts(examples)).tocsr()
    # liblinear takes 32-bit indices only.
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    labels = [e.label for e in examples]
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = sorted(zip(model.coef_[0], names), key=lambda p: -abs(p[0]))[:MAX_FEATURES]
    return {
        "bias": round(float(model.intercept_[0]), 6),
        "weights": {
            name: round(float(w), 5)
            for w, name in sorted(weights, key=lambda p: p[1])
            if round(float(w), 5)
        },
        "threshold": 0.5,
        "settings": {"C": c, "solver": "liblinear", "seed": SEED, "max_features": MAX_FEATURES},
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


def split_by_debate(
    examples: Sequence[Example], every: int = 4
) -> tuple[list[Example], list[Example]]:
    """Every ``every``-th debate of each source (sorted by name) held back, the rest kept."""
    held: set[tuple[str, str]] = set()
    for source in sorted({e.source for e in examples}):
        debates = sorted({e.debate for e in examples if e.source == source})
        held |= {(source, d) for d in debates[every - 1 :: every]}
    train = [e for e in examples if (e.source, e.debate) not in held]
    test = [e for e in examples if (e.source, e.debate) in held]
    return train, test


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    examples = claimbuster(args.data) + checkthat2019(args.data)

    # The threshold that maximizes F1 on debates the model did not see (development data);
    # then the shipped model is trained on everything with that threshold.
    from claimcheck.learned import LearnedScorer

    train, dev = split_by_debate(examples)
    dev_model = LearnedScorer(fit(train))
    dev_cb = [e for e in dev if e.source == "claimbuster"]
    scores = [dev_model.score(s).score for s in sentences(dev_cb)]
    threshold, dev_f1 = best_threshold(scores, [e.label for e in dev_cb])

    model = fit(examples)
    model["threshold"] = threshold
    files = [args.data / "claimbuster" / "crowdsourced.csv"] + sorted(
        (args.data / "checkthat2019_task1" / "training").glob("*.tsv")
    )
    model["trained_on"] = {
        "examples": len(examples),
        "positives": sum(e.label for e in examples),
        "files": {str(p.relative_to(args.data)): sha256(p) for p in files},
    }
    model["development"] = {
        "split": "every 4th debate of each source held back",
        "claimbuster_f1_at_threshold": round(dev_f1, 4),
        "threshold": threshold,
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
