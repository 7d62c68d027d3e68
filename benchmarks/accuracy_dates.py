"""Date accuracy: claimcheck's date slots against Duckling's and dateparser's own expectations.

    python benchmarks/accuracy_dates.py [--data ../shared/data] [--show CATEGORY] [--no-peer]

Reads ``accuracy/dates.jsonl`` (see its README) and scores the items with ``skip == null``.
Each item is an expression, a reference day (the publication date) and a gold interval of
days. Items that come with a sentence are read in that sentence. Items that have only a bare
expression are put in a neutral carrier sentence whose tense matches the item's ``tense``,
because Duckling reads bare forms by it ("monday" is next Monday when the tense is future):

    future: "The meeting will take place <expr>."
    past:   "The meeting took place <expr>."
    none:   "The meeting is <expr>."

(no full stop is added when the expression already ends with one). For each item, the date
slot that overlaps the expression most (in characters) is compared with the gold at day
level:

    exact      the slot's [first, last] is the gold interval
    contains   the slot's interval holds the gold one, and more
    wrong      anything else, split by failure type below
    missed     no slot overlaps the expression

Failure types, so that the next person sees where the errors are: ``missed``;
``unresolved`` (found, but no interval); ``wrong side`` (gold after the reference day and
the answer before it, or the other way round); ``cut short`` (the slot leaves out a word of
the expression that is not a preposition or article, and the answer is wrong); ``wrong size``
(the answer overlaps the gold but differs in extent or convention); ``wrong period``
(no overlap, same side).

Compared in the same run:

* claimcheck: ``find_dates(sentence, ref)``, the date finder the pipeline runs per sentence;
* baseline "explicit only": the same slots, keeping only those that need no publication
  date (a written year), i.e. what a resolver that never reads relative dates would score;
* baseline "always past": claimcheck on the past-tense carrier whatever the item's tense,
  i.e. the old news habit of resolving every bare form backwards;
* peer: dateparser (``dateparser.search.search_dates`` with ``RELATIVE_BASE`` = the
  reference day at midnight); its answer is a point in time, read as that day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from claimcheck.extraction.dates.find import find_dates  # noqa: E402

DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

CARRIERS = {
    "future": "The meeting will take place {}",
    "past": "The meeting took place {}",
    None: "The meeting is {}",
}
OUTCOMES = ("exact", "contains", "wrong", "missed")
FAILURES = ("missed", "unresolved", "wrong side", "cut short", "wrong size", "wrong period")
_FUNCTION_WORDS = frozenset("on in at the of during from by for a an".split())

Span = tuple[int, int]
Answer = tuple[Span, tuple[dt.date, dt.date] | None]  # (slot span, interval)
System = Callable[[str, dt.date], list[Answer]]


def carrier(expr: str, tense: str | None) -> tuple[str, Span]:
    """The sentence an expression is read in, and where the expression sits in it."""
    template = CARRIERS[tense]
    start = template.index("{}")
    text = template.format(expr)
    if not expr.rstrip().endswith("."):
        text += "."
    return text, (start, start + len(expr))


def locate(item: dict[str, Any], tense: str | None) -> tuple[str, Span]:
    sentence = item.get("sentence")
    if sentence:
        at = sentence.find(item["expr"])
        if at < 0:
            at = sentence.lower().find(item["expr"].lower())
        if at >= 0:
            return sentence, (at, at + len(item["expr"]))
        return sentence, (0, len(sentence))
    return carrier(item["expr"], tense)


def claimcheck(text: str, ref: dt.date) -> list[Answer]:
    return [((s.start, s.end), s.interval) for s in find_dates(text, ref)]


def explicit_only(text: str, ref: dt.date) -> list[Answer]:
    return [((s.start, s.end), s.interval) for s in find_dates(text, ref) if not s.relative]


def _dateparser() -> System | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def peer(text: str, ref: dt.date) -> list[Answer]:
        base = dt.datetime(ref.year, ref.month, ref.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
            except Exception:  # the peer's own failures count as misses
                found = None
        out: list[Answer] = []
        pos = 0
        for piece, when in found or []:
            at = text.find(piece, pos)
            if at < 0:
                at = text.find(piece)
            if at < 0:
                continue
            pos = at + len(piece)
            day = when.date()
            out.append(((at, at + len(piece)), (day, day)))
        return out

    return peer


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _cut_short(text: str, expr: Span, slot: Span) -> bool:
    for m in re.finditer(r"[A-Za-z0-9]+", text[expr[0] : expr[1]]):
        a, b = expr[0] + m.start(), expr[0] + m.end()
        if _overlap((a, b), slot) == 0 and m.group().lower() not in _FUNCTION_WORDS:
            return True
    return False


def score(
    answers: list[Answer], text: str, expr: Span, gold: tuple[dt.date, dt.date], ref: dt.date
) -> tuple[str, str | None]:
    """(outcome, failure type or None) for one item."""
    best = max(answers, key=lambda a: _overlap(a[0], expr), default=None)
    if best is None or _overlap(best[0], expr) == 0:
        return "missed", "missed"
    iv = best[1]
    if iv is None:
        return "wrong", "unresolved"
    if iv == gold:
        return "exact", None
    if iv[0] <= gold[0] and gold[1] <= iv[1]:
        return "contains", None
    if (gold[0] > ref and iv[1] < ref) or (gold[1] < ref and iv[0] > ref):
        return "wrong", "wrong side"
    if _cut_short(text, expr, best[0]):
        return "wrong", "cut short"
    if iv[0] <= gold[1] and gold[0] <= iv[1]:
        return "wrong", "wrong size"
    return "wrong", "wrong period"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    return [i for i in items if i.get("skip") is None]


def run(
    items: Iterable[dict[str, Any]], system: System, *, force_tense: str | None = None
) -> list[tuple[dict[str, Any], str, str | None, str, Answer | None]]:
    rows = []
    for item in items:
        tense = force_tense if force_tense and not item.get("sentence") else item.get("tense")
        text, expr = locate(item, tense)
        ref = dt.date.fromisoformat(item["ref"])
        first, last = item["interval"]
        gold = (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        answers = system(text, ref)
        outcome, failure = score(answers, text, expr, gold, ref)
        best = max(answers, key=lambda a: _overlap(a[0], expr), default=None)
        rows.append((item, outcome, failure, text, best))
    return rows


def by_category(results: dict[str, list[Any]], items: list[dict[str, Any]]) -> None:
    """Print each system's share of exact answers per category, the largest first."""
    names = list(results)
    print(f"{'category':18}{'items':>6}" + "".join(f"{n[:14]:>16}" for n in names))
    by_cat: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_cat[item["category"]].append(i)
    for cat, idx in sorted(by_cat.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        cells = [
            f"{_pct(sum(results[n][i][1] == 'exact' for i in idx), len(idx)):>16}" for n in names
        ]
        print(f"{cat:18}{len(idx):>6}" + "".join(cells))


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f}%" if total else "    -"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", metavar="CATEGORY", help="list claimcheck's non-exact items of it")
    ap.add_argument("--no-peer", action="store_true", help="skip dateparser (slow)")
    args = ap.parse_args()
    source = args.data / "accuracy" / "dates.jsonl"
    if not source.exists():
        sys.exit(f"skipped: {source} not found (pass --data)")
    items = load(source)

    systems: list[tuple[str, System, str | None]] = [
        ("claimcheck", claimcheck, None),
        ("baseline: explicit only", explicit_only, None),
        ("baseline: always past", claimcheck, "past"),
    ]
    peer = None if args.no_peer else _dateparser()
    if peer is not None:
        systems.append(("dateparser", peer, None))
    results = {}
    seconds = {}
    for name, system, force in systems:
        start = time.perf_counter()
        results[name] = run(items, system, force_tense=force)
        seconds[name] = time.perf_counter() - start

    total = len(items)
    print(f"dates.jsonl: {total} scored items (skip == null), day-level intervals\n")
    print(f"{'':26}" + "".join(f"{o:>10}" for o in OUTCOMES) + f"{'seconds':>9}")
    for name, rows in results.items():
        c = Counter(r[1] for r in rows)
        print(f"{name:26}" + "".join(f"{_pct(c[o], total):>10}" for o in OUTCOMES), end="")
        print(f"{seconds[name]:9.2f}")

    print("\nfailure types (items):")
    print(f"{'':26}" + "".join(f"{f:>13}" for f in FAILURES))
    for name, rows in results.items():
        c = Counter(r[2] for r in rows)
        print(f"{name:26}" + "".join(f"{c[f]:>13}" for f in FAILURES))

    print("\nexact by category:")
    by_category(results, items)

    if args.show:
        print(f"\nclaimcheck, not exact, category {args.show}:")
        for item, outcome, failure, text, best in results["claimcheck"]:
            if item["category"] == args.show and outcome != "exact":
                got = best[1] if best else None
                print(f"  {item['id']} [{failure or outcome}] {text!r} ref {item['ref']}")
                print(f"      gold {item['interval']} got {got}")


if __name__ == "__main__":
    main()
