"""Number normalization on text nobody here wrote: claimcheck against a digits regex and
quantulum3, in the same run.

    pip install -e '.[bench]'
    python benchmarks/accuracy_numbers.py [--data ../shared/data] [--failures 15]

Reads ``accuracy/numbers.jsonl``: quantulum3's own quantity tests (a sentence each, with the
expression's offset) and half of Duckling's numeral, ordinal, duration and money corpora
(a bare expression each). A bare expression is put in one neutral carrier sentence,
"The figure was {expr}.", so every tool reads it the way it reads a sentence of an article
(``--carrier`` tries another, to see that no figure depends on this one).

For each item, the number slot that overlaps the expression most (characters in common)
is compared with the gold, three figures counted separately:
- value: equal within a relative 1e-6. A range is read by its low end on Duckling items
  (Duckling's own reading, as ``NumberSlot.value``) and by its midpoint on quantulum3
  items (quantulum3's reading: "between 44 and 50 mg" is 47).
- unit: equal after naming. Gold units are ISO 4217 codes (Duckling), currency names
  (quantulum3: "dollar", "euro", "pound sterling", read here as USD, EUR, GBP), canonical
  unit names ("kilometre", "degree Celsius"), "" for a plain number and None for money
  whose currency is not named ("42 bucks"). A claimcheck slot with no unit is "" (None for
  money); a count's noun ("12 people") and "fraction" are "" (a count is a plain number);
  "percent" is quantulum3's "percentage".
- kind: claimcheck's kinds map onto the file's: money, duration, percent and ordinal are
  themselves; a count, a fraction and a quantity with no unit are "number"; any other
  quantity is "quantity".
An item with no overlapping slot counts as wrong on all three.

Tools: claimcheck (``find_numbers`` on the sentence); the baseline, "digits + next word"
(the first run of digits, with commas and a decimal part, and the word after it as the unit;
kind "number"); quantulum3 (``quantulum3.parser.parse``, run without its classifier, whose
pickled model does not load with the installed scikit-learn; currency -> money, time ->
duration, dimensionless -> number, percentage -> percent). quantulum3 is scored on its own
tests here, so its figures on that set flatter it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
CARRIER = "The figure was {}."

from claimcheck.extraction.numbers.find import find_numbers  # noqa: E402

_CURRENCY_NAMES = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP"}


class Reading(NamedTuple):
    """One tool's reading of one number: its span, value (and high end), unit and kind."""

    start: int
    end: int
    value: float
    upper: float | None
    unit: str | None
    kind: str


def claimcheck(sentence: str) -> list[Reading]:
    out = []
    for n in find_numbers(sentence):
        if n.kind in ("money",):
            unit = n.unit
        elif n.kind == "count" or n.unit in (None, "fraction"):
            unit = ""
        else:
            unit = "percentage" if n.unit == "percent" else n.unit
        if n.kind in ("money", "duration", "percent", "ordinal"):
            kind = n.kind
        else:
            kind = "quantity" if unit else "number"
        out.append(Reading(n.start, n.end, n.value, n.upper, unit, kind))
    return out


_DIGITS = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:[ \t]+([A-Za-z]+))?")


def baseline(sentence: str) -> list[Reading]:
    out = []
    for m in _DIGITS.finditer(sentence):
        raw = m.group().split()[0].replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        out.append(Reading(m.start(), m.end(), value, None, (m.group(1) or "").lower(), "number"))
    return out


def quantulum() -> Callable[[str], list[Reading]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import classifier, parser
    except ImportError:
        return None
    classifier.USE_CLF = False

    def read(sentence: str) -> list[Reading]:
        out = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                found = parser.parse(sentence)
            except Exception:  # quantulum3 raises on some inputs; count it as nothing found
                return []
        for q in found:
            entity, name = q.unit.entity.name, q.unit.name
            if entity == "currency":
                kind, unit = (
                    "money",
                    _CURRENCY_NAMES.get(name, getattr(q.unit, "currency_code", None) or name),
                )
            elif entity == "time":
                kind, unit = "duration", name
            elif entity == "dimensionless":
                kind, unit = "number", ""
            elif name == "percentage":
                kind, unit = "percent", name
            else:
                kind, unit = "quantity", name
            out.append(Reading(q.span[0], q.span[1], float(q.value), None, unit, kind))
        return out

    return read


class Item(NamedTuple):
    id: str
    set: str
    category: str
    sentence: str
    start: int
    end: int
    value: float
    unit: str | None
    kind: str


def items(path: Path, carrier: str = CARRIER) -> list[Item]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("skip"):
                continue
            expr = d["expr"]
            if d.get("sentence"):
                sentence = d["sentence"]
                start = d.get("start")
                if start is None or sentence[start : start + len(expr)] != expr:
                    start = max(sentence.find(expr), 0)
            else:
                sentence, start = carrier.format(expr), carrier.index("{}")
            unit = d["unit"]
            if d["set"] == "quantulum3":
                unit = _CURRENCY_NAMES.get(unit, unit)
            item = Item(d["id"], d["set"], d["category"], sentence, start, start + len(expr),
                        float(d["value"]), unit, d["kind"])  # fmt: skip
            out.append(item)
    return out


def best(readings: Iterable[Reading], item: Item) -> Reading | None:
    top, most = None, 0
    for r in readings:
        common = min(r.end, item.end) - max(r.start, item.start)
        if common > most:
            top, most = r, common
    return top


def judge(r: Reading | None, item: Item) -> tuple[bool, bool, bool]:
    if r is None:
        return False, False, False
    value = r.value
    if r.upper is not None and item.set == "quantulum3":
        value = (r.value + r.upper) / 2
    same = abs(value - item.value) <= 1e-6 * max(abs(value), abs(item.value), 1e-12)
    return same, r.unit == item.unit, r.kind == item.kind


def failure(r: Reading | None, item: Item) -> str:
    if r is None:
        return f"missed ({item.kind})"
    ok_value, ok_unit, ok_kind = judge(r, item)
    parts = []
    if not ok_kind:
        parts.append(f"kind {r.kind} for {item.kind}")
    if not ok_unit:
        parts.append(f"unit {r.unit!r} for {item.unit!r}")
    if not ok_value and not parts:
        parts.append(f"value ({item.kind})")
    return "; ".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--failures", type=int, default=15, help="how many failure kinds to list")
    ap.add_argument("--show", action="store_true", help="print every claimcheck failure")
    ap.add_argument("--carrier", default=CARRIER, help="the sentence a bare expression goes in")
    args = ap.parse_args()
    path = args.data / "accuracy" / "numbers.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    data = items(path, args.carrier)
    tools: list[tuple[str, Callable[[str], list[Reading]]]] = [
        ("claimcheck", claimcheck),
        ("baseline: digits + next word", baseline),
    ]
    if (q := quantulum()) is not None:
        tools.append(("quantulum3", q))
    else:
        print("quantulum3 not installed: pip install -e '.[bench]'", file=sys.stderr)
    results: dict[str, list[tuple[Item, Reading | None, tuple[bool, bool, bool]]]] = {}
    for name, tool in tools:
        cache: dict[str, list[Reading]] = {}
        rows = []
        for item in data:
            if item.sentence not in cache:
                cache[item.sentence] = tool(item.sentence)
            r = best(cache[item.sentence], item)
            rows.append((item, r, judge(r, item)))
        results[name] = rows

    def pct(rows: list[Any], i: int) -> str:
        return f"{100 * sum(j[i] for _, _, j in rows) / len(rows):5.1f}%"

    print(f"numbers.jsonl: {len(data)} items")
    print(f"{'tool':32} {'value':>7} {'unit':>7} {'kind':>7}")
    for name, rows in results.items():
        print(f"{name:32} {pct(rows, 0):>7} {pct(rows, 1):>7} {pct(rows, 2):>7}")
    short = {"claimcheck": "claimcheck", "baseline: digits + next word": "baseline"}
    print("\nby source, set and category: value / unit / kind (%)")
    print(f"{'':44}{'items':>6}" + "".join(f"{short.get(n, n):>14}" for n in results))
    keys: list[tuple[str, Callable[[Item], bool]]] = []
    for source in sorted({i.set.split(".")[0] for i in data}):
        keys.append((source, lambda i, s=source: i.set.split(".")[0] == s))
        sets = sorted({i.set for i in data if i.set.split(".")[0] == source})
        for set_ in sets:
            if len(sets) > 1:
                keys.append(("  " + set_, lambda i, s=set_: i.set == s))
            for cat in sorted({i.category for i in data if i.set == set_}):
                keys.append(("    " + cat, lambda i, s=set_, c=cat: (i.set, i.category) == (s, c)))
    for label, chosen in keys:
        n = sum(1 for i in data if chosen(i))
        cells = []
        for rows in results.values():
            sub = [r for r in rows if chosen(r[0])]
            cells.append(
                "/".join(f"{100 * sum(j[k] for _, _, j in sub) / len(sub):.0f}" for k in range(3))
            )
        print(f"{label[:44]:44}{n:6}" + "".join(f"{c:>14}" for c in cells))
    fails = Counter(failure(r, i) for i, r, j in results["claimcheck"] if not all(j))
    print(f"\nclaimcheck: commonest failures ({sum(fails.values())} items with any figure wrong)")
    for what, count in fails.most_common(args.failures):
        print(f"{count:4}  {what}")
    if args.show:
        for item, r, j in results["claimcheck"]:
            if not all(j):
                got = (
                    "-"
                    if r is None
                    else f"{item.sentence[r.start : r.end]!r} {r.value:g} {r.unit!r} {r.kind}"
                )
                want = f"{item.value:g} {item.unit!r} {item.kind}"
                print(f"{item.id} {item.sentence[item.start : item.end]!r}: {got}  want {want}")


if __name__ == "__main__":
    main()
