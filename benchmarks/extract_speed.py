"""Extraction throughput against plain Punkt segmentation, on the BBC News corpus.

    python benchmarks/extract_speed.py [--data ../shared/data]

Prints, from one run: plain Punkt sentence splitting of every article (the baseline),
the full extraction pipeline (cleaning, segmentation, slots, quotes, scoring) with the
rule scorer and with the default learned scorer, their ratios and peak memory. The
whole `claimcheck check FOLDER` is benchmarks/check_folder.py.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

from claimcheck import extract

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"


def load(data: Path) -> list[dict[str, str]]:
    path = data / "bbc_news" / "bbc_articles.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


TIMED = """
import json, sys, time
from nltk.tokenize.punkt import PunktSentenceTokenizer
from claimcheck import extract
from claimcheck.extraction import segment
from claimcheck.extraction.scoring import RuleScorer
texts = [a["title"] + "\\n\\n" + a["text"] for a in map(json.loads, open(sys.argv[1]))]
plain, news, rules = PunktSentenceTokenizer(), segment.tokenizer(), RuleScorer()
extract("Warm up the imports: Trump met Kim twice in 2019.")
run = {
    "punkt": lambda: sum(len(list(plain.span_tokenize(t))) for t in texts),
    "segment": lambda: sum(len(list(news.span_tokenize(t))) for t in texts),
    "extract": lambda: sum(len(extract(t).sentences) for t in texts),
    "rules": lambda: sum(len(extract(t, scorer=rules).sentences) for t in texts),
}[sys.argv[2]]
start = time.perf_counter()
n = run()
print(json.dumps([time.perf_counter() - start, n]))
"""
KEYS = ("punkt", "segment", "extract", "rules")


def one_run(data: Path) -> dict[str, tuple[float, int]]:
    """Time each in a fresh interpreter of its own, in turn: cold caches (none warmed by
    another's run), close machine states."""
    path = data / "bbc_news" / "bbc_articles.jsonl"
    out = {}
    for key in KEYS:
        done = subprocess.run(
            [sys.executable, "-c", TIMED, str(path), key],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, sentences = json.loads(done.stdout)
        out[key] = (seconds, sentences)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    articles = load(args.data)
    texts = [a["title"] + "\n\n" + a["text"] for a in articles]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6

    rows = [
        ("Punkt, untrained (baseline)", "punkt"),
        ("claimcheck segmentation alone", "segment"),
        ("extract(), rule scorer", "rules"),
        ("extract(), learned (default)", "extract"),
    ]
    # Each measure is a fresh process, so every cache (Punkt's decisions, the entity
    # and number caches) starts cold, as on new text; the best run of each is kept.
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.runs):
        for key, (seconds, sentences) in one_run(args.data).items():
            if key not in best or seconds < best[key][0]:
                best[key] = (seconds, sentences)
    results = [(name, *best[key]) for name, key in rows]
    base = results[0][1]

    tracemalloc.start()
    for t in texts:
        extract(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"BBC News: {len(texts)} articles, {megabytes:.2f} MB, best of {args.runs} runs\n")
    print(f"{'':32} {'seconds':>8} {'MB/s':>7} {'sent/s':>9} {'sentences':>9} {'vs base':>8}")
    for name, seconds, sentences in results:
        print(
            f"{name:32} {seconds:8.2f} {megabytes / seconds:7.2f} {sentences / seconds:9.0f}"
            f" {sentences:9d} {base / seconds:8.2f}"
        )
    print(
        f"\nextraction throughput / plain segmentation: {base / results[-1][1]:.2f} (target >= 0.5)"
    )
    print(
        f"peak traced memory during extraction: {peak / 1e6:.1f} MB;"
        f" process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


if __name__ == "__main__":
    main()
