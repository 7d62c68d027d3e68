"""Extraction throughput against plain Punkt segmentation, on the BBC News corpus.

    python benchmarks/extract_speed.py [--data ../shared/data] [--no-cli]

Prints, from one run: plain Punkt sentence splitting of every article (the baseline),
the full extraction pipeline (cleaning, segmentation, slots, quotes, scoring), their
ratio, peak memory, and the wall time of `claimcheck check FOLDER` storing the whole
corpus into a fresh SQLite database.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from nltk.tokenize.punkt import PunktSentenceTokenizer

from claimcheck import extract, segment

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"


def load(data: Path) -> list[dict[str, str]]:
    path = data / "bbc_news" / "bbc_articles.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def best_of(runs: int, fn):  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-cli", action="store_true", help="skip the claimcheck check run")
    args = ap.parse_args()
    articles = load(args.data)
    texts = [a["title"] + "\n\n" + a["text"] for a in articles]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6

    plain = PunktSentenceTokenizer()
    news = segment.tokenizer()

    def punkt_plain() -> int:
        return sum(len(list(plain.span_tokenize(t))) for t in texts)

    def punkt_news() -> int:
        news._decided.clear()  # type: ignore[attr-defined]
        return sum(len(list(news.span_tokenize(t))) for t in texts)

    def full() -> int:
        # Punkt's break decisions are memoised per process; start each run cold so
        # repeated runs measure what a single run over new text costs.
        news._decided.clear()  # type: ignore[attr-defined]
        return sum(len(extract(t).sentences) for t in texts)

    extract(texts[0])  # warm caches and imports outside the timing
    rows = []
    for name, fn in (
        ("Punkt, untrained (baseline)", punkt_plain),
        ("claimcheck segmentation alone", punkt_news),
        ("claimcheck extract()", full),
    ):
        seconds, sentences = best_of(args.runs, fn)
        rows.append((name, seconds, sentences))
    base = rows[0][1]

    tracemalloc.start()
    full()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"BBC News: {len(texts)} articles, {megabytes:.2f} MB, best of {args.runs} runs\n")
    print(f"{'':32} {'seconds':>8} {'MB/s':>7} {'sent/s':>9} {'sentences':>9} {'vs base':>8}")
    for name, seconds, sentences in rows:
        print(
            f"{name:32} {seconds:8.2f} {megabytes / seconds:7.2f} {sentences / seconds:9.0f}"
            f" {sentences:9d} {base / seconds:8.2f}"
        )
    print(f"\nextraction throughput / plain segmentation: {base / rows[-1][1]:.2f} (target >= 0.5)")
    print(
        f"peak traced memory during extraction: {peak / 1e6:.1f} MB;"
        f" process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )

    if args.no_cli:
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bbc"
        for a, text in zip(articles, texts):
            target = folder / (a["id"] + ".txt")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        db = Path(tmp) / "claims.db"
        cmd = [
            sys.executable,
            "-m",
            "claimcheck",
            "check",
            str(folder),
            "--db",
            f"sqlite:///{db}",
            "--format",
            "jsonl",
        ]
        t = time.perf_counter()
        done = subprocess.run(
            cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        wall = time.perf_counter() - t
        status = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr[-300:]}"
        print(f"\nclaimcheck check FOLDER -> SQLite, whole corpus: {wall:.1f} s", end=" ")
        print(f"({status}; target < 60 s)")


if __name__ == "__main__":
    main()
