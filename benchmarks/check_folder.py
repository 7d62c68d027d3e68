"""End-to-end throughput of `claimcheck check FOLDER` on the BBC News corpus, against
plain Punkt segmentation of the same text in the same run.

    python benchmarks/check_folder.py [--data ../shared/data] [--workers 1 2] [--runs 1]

The 2,225 articles are written to a temporary folder (title, blank line, text, as in
benchmarks/extract_speed.py). Each run is `claimcheck check FOLDER --format jsonl` into
a fresh SQLite database, output to /dev/null: every article read, extracted, stored in
its own transaction, indexed, and matched as a folder ingest is (the registered sources
and the claims of articles checked before; earlier claims count once reviewed). The
baseline is NLTK's untrained Punkt splitting the same texts, in a fresh process too
(imports included), so that both pay for starting.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

PUNKT = """
import sys
from pathlib import Path
from nltk.tokenize.punkt import PunktSentenceTokenizer
punkt = PunktSentenceTokenizer()
n = sum(len(list(punkt.span_tokenize(p.read_text(encoding="utf-8"))))
        for p in sorted(Path(sys.argv[1]).glob("*.txt")))
print(n)
"""


def _timed(cmd: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(
        cmd,
        stdout=subprocess.PIPE if cmd[1] == "-c" else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    return time.perf_counter() - start, done


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--articles", type=int, default=None, help="only the first N articles")
    args = ap.parse_args()
    source = args.data / "bbc_news" / "bbc_articles.jsonl"
    if not source.exists():
        sys.exit(f"skipped: {source} not found (pass --data)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bbc"
        folder.mkdir()
        size = 0
        with source.open(encoding="utf-8") as f:
            for number, line in enumerate(f):
                if args.articles is not None and number >= args.articles:
                    break
                a = json.loads(line)
                text = a["title"] + "\n\n" + a["text"]
                (folder / f"{a['id'].replace('/', '-')}.txt").write_text(text, encoding="utf-8")
                size += len(text.encode())
        megabytes = size / 1e6
        rows: list[tuple[str, float, str]] = []
        for _ in range(args.runs):
            seconds, done = _timed([sys.executable, "-c", PUNKT, str(folder)])
            sentences = f"{done.stdout.strip()} sentences"
            rows.append(("Punkt, untrained (baseline)", seconds, sentences))
            for workers in args.workers:
                db = Path(tmp) / f"claims-{workers}-{time.monotonic_ns()}.db"
                cmd = [sys.executable, "-m", "claimcheck", "check", str(folder)]
                cmd += ["--db", f"sqlite:///{db}", "--format", "jsonl", "--workers", str(workers)]
                seconds, done = _timed(cmd)
                status = "ok" if done.returncode == 0 else f"exit {done.returncode}"
                rows.append((f"claimcheck check, --workers {workers}", seconds, status))
        best: dict[str, tuple[float, str]] = {}
        for name, seconds, note in rows:
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, note)
    base = best["Punkt, untrained (baseline)"][0]
    count = args.articles or 2225
    print(f"BBC News: {count:,} articles, {megabytes:.2f} MB; best of {args.runs} run(s)\n")
    print(f"{'':34} {'seconds':>8} {'MB/s':>6} {'vs Punkt':>9}  notes")
    for name, (seconds, note) in best.items():
        print(f"{name:34} {seconds:8.1f} {megabytes / seconds:6.2f} {base / seconds:9.2f}  {note}")


if __name__ == "__main__":
    main()
