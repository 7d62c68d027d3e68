"""Check-worthiness on gold nobody here trained or tuned on: CLEF CheckThat! 2023 task 1B,
English test (debates of 2019-20, 318 sentences), against two baselines in the same run.

    python benchmarks/accuracy_checkworthiness.py [--data ../shared/data]

Each sentence is scored as `claimcheck extract --one-per-line --all` scores it (one line,
one sentence, no cleaning): the shipped learned scorer (the default), the rule scorer,
and the "sentence has a number" rule as the baseline. Figures, as the shared README
defines them: precision, recall and F1 of the check-worthy class at each scorer's own
default threshold, and the average precision of the score (the ranking, threshold-free).
The learned scorer was trained on ClaimBuster and CheckThat! 2019 only; 2023's debates are
new to it.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent))

from benchmarks.measures import average_precision  # noqa: E402
from claimcheck import extract  # noqa: E402
from claimcheck.extraction.learned import scorer_named  # noqa: E402

NUMBER = re.compile(r"\d")


def prf(predicted: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(p and g for p, g in zip(predicted, gold))
    p = tp / max(1, sum(predicted))
    r = tp / max(1, sum(gold))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def read(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(row[1], row[2].strip() == "1") for row in csv.reader(f, delimiter="\t") if row]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    path = args.data / "accuracy" / "checkworthiness_ct23_1b_test.tsv"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    items = read(path)
    gold = [g for _, g in items]
    rows = []
    has_number = [bool(NUMBER.search(s)) for s, _ in items]
    rows.append(('"has a number" rule (baseline)', *prf(has_number, gold), float("nan")))
    scorers = (("claimcheck, rule scorer", "rules"), ("claimcheck (learned, default)", "learned"))
    for label, spec in scorers:
        scorer = scorer_named(spec)
        scores, flagged = [], []
        for sentence, _ in items:
            x = extract(sentence, scorer=scorer, one_per_line=True)
            score = max((c.score for c in x.sentences), default=0.0)
            scores.append(score)
            flagged.append(score >= x.min_score)
        rows.append((label, *prf(flagged, gold), average_precision(scores, gold)))
    positives = sum(gold)
    print(f"CheckThat! 2023 1B English test: {len(items)} sentences, {positives} check-worthy\n")
    print(f"{'':34}{'P':>6}{'R':>6}{'F1':>6}{'AP':>6}")
    for label, p, r, f1, ap_ in rows:
        shown = "     -" if ap_ != ap_ else f"{ap_:6.3f}"
        print(f"{label:34}{p:6.3f}{r:6.3f}{f1:6.3f}{shown}")


if __name__ == "__main__":
    main()
