"""What cross-matching says about a match, on gold nobody here wrote: VitaminC test pairs
(Wikipedia revisions, 3,000 claim/evidence pairs labelled SUPPORTS / REFUTES / NOT ENOUGH
INFO; many differ only in a number or a date), against a baseline in the same run.

    python benchmarks/accuracy_relations.py [--data ../shared/data]

Each claim is matched as `claimcheck match` matches a query: against a source holding its
one evidence sentence, with the default floor, so a pair the similarity model does not
find worth showing gets no relation. REFUTES should come back "conflicts", SUPPORTS
"corroborates", NOT ENOUGH INFO neither. Precision and recall of each, on all pairs and on
the pairs that differ in a number or a date (both name figures -- digits, number words,
month names -- and the claim names one the evidence does not), and how many
refutations were called "corroborates".

Baseline (from the issue that asked for this): similar enough (RapidFuzz token_set_ratio
>= 70) and the number tokens differ -> conflicts; similar enough and they do not ->
corroborates.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent))

from rapidfuzz import fuzz  # noqa: E402

from claimcheck.matching.corpus import Corpus  # noqa: E402
from claimcheck.matching.matches import find_matches  # noqa: E402
from claimcheck.models import Reference  # noqa: E402

FIGURE = re.compile(
    r"\d+(?:[.,]\d+)*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|first|second|third|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b",
    re.IGNORECASE,
)
NUMBER_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
WANTED = {"REFUTES": "conflicts", "SUPPORTS": "corroborates"}


def figures(text: str) -> frozenset[str]:
    return frozenset(m.group().lower().replace(",", "") for m in FIGURE.finditer(text))


def differ(claim: str, evidence: str) -> bool:
    """Both name figures, and the claim names one the evidence does not."""
    a, b = figures(claim), figures(evidence)
    return bool(a and b and not a <= b)


def claimcheck_relation(claim: str, evidence: str) -> str:
    corpus = Corpus([Reference("e", evidence, "evidence", "article")])
    found = find_matches(claim, corpus, top=1)
    return found[0].relation if found else "none"


def baseline_relation(claim: str, evidence: str) -> str:
    if fuzz.token_set_ratio(claim, evidence) < 70:
        return "none"
    a = set(NUMBER_TOKEN.findall(claim))
    b = set(NUMBER_TOKEN.findall(evidence))
    return "conflicts" if a != b else "corroborates"


def scores(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Precision and recall of conflicts and corroborates over (gold label, relation)."""
    out: dict[str, float] = {}
    for label, relation in WANTED.items():
        said = sum(r == relation for _, r in pairs)
        right = sum(r == relation and g == label for g, r in pairs)
        gold = sum(g == label for g, _ in pairs)
        out[f"{relation} P"] = right / said if said else 0.0
        out[f"{relation} R"] = right / gold if gold else 0.0
    out["refutes called corroborates"] = sum(
        g == "REFUTES" and r == "corroborates" for g, r in pairs
    )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    path = args.data / "accuracy" / "relations_vitaminc.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    items = [json.loads(line) for line in path.open(encoding="utf-8")]
    numeric = [differ(i["claim"], i["evidence"]) for i in items]
    results: dict[str, list[tuple[str, str]]] = {}
    for name, relate in (
        ("token_set_ratio >= 70 + number tokens (baseline)", baseline_relation),
        ("claimcheck", claimcheck_relation),
    ):
        results[name] = [(i["label"], relate(i["claim"], i["evidence"])) for i in items]
    labels = Counter(i["label"] for i in items)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(labels.items()))
    print(f"VitaminC test pairs: {len(items)} ({counts}); {sum(numeric)} differ in a figure\n")
    columns = ["conflicts P", "conflicts R", "corroborates P", "corroborates R"]
    header = "".join(f"{c:>16}" for c in columns) + f"{'refutes->corrob.':>18}"
    for subset, keep in (("all pairs", None), ("differ in a number or date", True)):
        print(f"{subset}:\n{'':52}{header}")
        for name, pairs in results.items():
            chosen = [p for p, n in zip(pairs, numeric) if keep is None or n]
            s = scores(chosen)
            cells = "".join(f"{s[c]:16.3f}" for c in columns)
            print(f"{name:52}{cells}{int(s['refutes called corroborates']):18d}")
        print()
    said = Counter(r for _, r in results["claimcheck"])
    print("claimcheck's relations:", ", ".join(f"{k} {v}" for k, v in said.most_common()))


if __name__ == "__main__":
    main()
