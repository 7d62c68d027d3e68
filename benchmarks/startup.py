"""Start-up time of the command line, against an empty Python start in the same run.

    python benchmarks/startup.py [--runs 20]

Each command is run ``--runs`` times in a fresh interpreter (alternating with the
baseline, so that both see the same machine); the median wall time is reported, with
its ratio to ``python -c pass``. The last row imports everything a command may need
(storage, extraction, matching, Rich), which every command paid before the command
modules imported their needs lazily: what ``--help`` would cost without that.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASES = [
    ("python -c pass (baseline)", ["-c", "pass"]),
    ("claimcheck --version", ["-m", "claimcheck", "--version"]),
    ("claimcheck --help", ["-m", "claimcheck", "--help"]),
    ("claimcheck check --help", ["-m", "claimcheck", "check", "--help"]),
    ("claimcheck review --help", ["-m", "claimcheck", "review", "--help"]),
    ("import claimcheck", ["-c", "import claimcheck"]),
    (
        "everything a command may load",
        [
            "-c",
            "import claimcheck.desk.check, claimcheck.desk.review, claimcheck.cli.report, "
            "claimcheck.cli.review_screen, claimcheck.matching.evidence, rich.progress",
        ],
    ),
]


def _once(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    times: dict[str, list[float]] = {name: [] for name, _ in CASES}
    for _name, argv in CASES:  # warm the file cache
        _once(argv)
    for _ in range(args.runs):
        for name, argv in CASES:
            times[name].append(_once(argv))
    base = statistics.median(times[CASES[0][0]])
    print(f"median of {args.runs} runs, each in a fresh interpreter\n")
    print(f"{'':34} {'ms':>7} {'vs baseline':>12}")
    for name, _ in CASES:
        median = statistics.median(times[name])
        print(f"{name:34} {median * 1000:7.0f} {median / base:11.1f}x")


if __name__ == "__main__":
    main()
