"""News dates: claimcheck's date slots on dated news sentences, TimeML-style gold.

    python benchmarks/accuracy_news_dates.py [--show CATEGORY|all] [--no-peer]

The set, ``benchmarks/dates/news_dates.jsonl``, has one item per date expression in running
text, with the ``sentence`` it is read in, the ``expr`` and its ``start`` in the sentence,
the reference day ``ref`` (the publication date, or null), the gold ``interval`` of days
[first, last], a ``category``, ``skip`` (why an expression is not scored: null when it is)
and a ``note`` where the gold is a judgement call. It has two parts, scored apart:

* ``origin: "public domain"``: every date expression in the body sentences (photo captions
  included, each printed caption once; page chrome, by-lines and datelines left out) of the
  17 articles of ``benchmarks/speakers/attribution.jsonl`` (Voice of America, Army News
  Service, NASA: works of the US federal government, public domain in the US, 17 U.S.C.
  105); the VOA one is the example article. The NASA articles carry no publication date:
  their items have ``ref: null``, are read with no date (as the pipeline does), and only
  expressions that name their year are scored; the others are kept with
  ``skip: "no publication date..."``.
* ``origin: "written"``: sentences written for this set in the style of 1989-1998 financial
  and political wire stories, each with a reference day, for the news forms the articles
  lack (fiscal years, quarters and halves, "a year earlier", "the year-ago period", "last
  week", weekdays in past and future tense, "earlier this year", "mid-1990", ...). They are
  gold for forms, not a sample of news: read their figure as coverage, not accuracy.

Conventions (TimeML TIMEX3, TIDES 2005 guidelines), the gold interval being the days of the
TIMEX3 ``value``:

* extent without a leading preposition; "the" kept where TimeML keeps it ("the 1970s");
* weekdays: in a past-tense sentence the one on or before the publication day ("said
  Thursday" in a Thursday story is that day), looking ahead the next one; "next Tuesday" the
  coming one; "last Thursday" the one of the week before;
* "this week"/"last week"/"later this week": a Monday-Sunday week; "last month"/"last year"
  the previous calendar month/year;
* parts of periods are TIMEX3 ``mod`` values (START, MID, END) on the whole period: "end of
  year", "mid-1990", "late last year", "early next year", "the end of the month" score as
  the whole year or month; "earlier this month", "later this year" as the whole month/year;
* quarters and halves: the calendar quarter/half; "the quarter", "the third quarter" in a
  results story: the quarter reported; "fiscal 1989" (TIMEX3 FY1989): the calendar year
  stands in, the fiscal calendar being the company's own;
* "a year earlier", "the year-earlier quarter", "the year-ago period": the period they
  anchor to (the quarter or months named in the sentence), a year before; "a year ago"
  alone: the previous year (the value has the unit's granularity);
* decades and centuries: TIMEX3 ``199``/``20`` (1990-1999, 2000-2099), "the early 1990s" the
  whole decade (mod START); seasons: March-May, June-August, ...;
* a range "Sept. 25 through Oct. 8": two items, one per end, as TimeML marks them;
* not scored (``skip``): "now", "currently", "today's", "recently", "the future", "the
  past" (PRESENT_REF, PAST_REF, FUTURE_REF: no interval); durations ("one day", "12 years",
  "the past year" and "the past three years", which TimeML types DURATION, P1Y anchored at
  the article date); vague offsets ("a few days ago"); times of day; a year inside a name
  ("Unified Quest 2016").

Scoring, failure types and peer are those of :mod:`benchmarks.accuracy_dates` (the slot
that overlaps the expression most is compared at day level: exact, contains, wrong,
missed). Compared in the same run: claimcheck (``find_dates(sentence, ref)``); the
baseline "always past" (claimcheck with every tense cue read as past: the old news habit of
resolving every bare form backwards); dateparser (``search_dates`` with the reference day
as ``RELATIVE_BASE``). claimcheck follows the ``mod`` convention itself: a vague part's
slot is the whole period, with the part in its ``part`` field.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import claimcheck.extraction.dates.find as finder  # noqa: E402
from benchmarks.accuracy_dates import (  # noqa: E402
    FAILURES,
    OUTCOMES,
    Answer,
    Span,
    System,
    _dateparser,
    _overlap,
    _pct,
    by_category,
    score,
)
from claimcheck.extraction.dates.tense import Tense  # noqa: E402

DEFAULT_SET = HERE / "dates" / "news_dates.jsonl"
ORIGINS = ("public domain", "written")
NO_DATE_BASE = dt.date(2100, 1, 1)  # dateparser's base for undated articles (not today's)
FAR_FUTURE = dt.date(9999, 12, 31)  # the "wrong side" test needs a day: none is past it


def claimcheck(text: str, ref: dt.date | None) -> list[Answer]:
    return [((s.start, s.end), s.interval) for s in finder.find_dates(text, ref)]


class _AlwaysPast(Tense):
    __slots__ = ()

    def future_at(self, start: int, end: int) -> bool | None:
        return False


@contextmanager
def _always_past() -> Iterator[None]:
    saved = finder.Tense
    finder.Tense = _AlwaysPast  # type: ignore[misc]
    try:
        yield
    finally:
        finder.Tense = saved  # type: ignore[misc]


def always_past(text: str, ref: dt.date | None) -> list[Answer]:
    with _always_past():
        return claimcheck(text, ref)


def _undated_as(system: System, base: dt.date) -> System:
    """The peer needs a base day: an undated article's items name their year, so any will do."""

    def run(text: str, ref: dt.date | None) -> list[Answer]:
        return system(text, ref or base)

    return run  # type: ignore[return-value]


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


Row = tuple[dict[str, Any], str, str | None, Answer | None]


def run(items: list[dict[str, Any]], system: System) -> list[Row]:
    rows: list[Row] = []
    for item in items:
        text = item["sentence"]
        expr: Span = (item["start"], item["start"] + len(item["expr"]))
        ref = dt.date.fromisoformat(item["ref"]) if item["ref"] else None
        first, last = item["interval"]
        gold = (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
        answers = system(text, ref)  # type: ignore[arg-type]
        outcome, failure = score(answers, text, expr, gold, ref or FAR_FUTURE)
        best = max(answers, key=lambda a: _overlap(a[0], expr), default=None)
        rows.append((item, outcome, failure, best))
    return rows


def _table(title: str, results: dict[str, list[Row]], keep: list[int]) -> None:
    total = len(keep)
    print(f"{title}: {total} scored items")
    print(f"{'':24}" + "".join(f"{o:>10}" for o in OUTCOMES))
    for name, rows in results.items():
        c = Counter(rows[i][1] for i in keep)
        print(f"{name:24}" + "".join(f"{_pct(c[o], total):>10}" for o in OUTCOMES))
    print(f"{'failure types':24}" + "".join(f"{f:>13}" for f in FAILURES))
    for name, rows in results.items():
        c = Counter(rows[i][2] for i in keep)
        print(f"{name:24}" + "".join(f"{c[f]:>13}" for f in FAILURES))
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument("--show", metavar="CATEGORY", help="list claimcheck's non-exact items ('all')")
    ap.add_argument("--no-peer", action="store_true", help="skip dateparser (slow)")
    args = ap.parse_args()
    everything = load(args.set)
    items = [i for i in everything if i.get("skip") is None]
    systems: list[tuple[str, System]] = [
        ("claimcheck", claimcheck),  # type: ignore[list-item]
        ("baseline: always past", always_past),  # type: ignore[list-item]
    ]
    peer = None if args.no_peer else _dateparser()
    if peer is not None:
        systems.append(("dateparser", _undated_as(peer, NO_DATE_BASE)))
    results: dict[str, list[Row]] = {}
    seconds: dict[str, float] = {}
    for name, system in systems:
        start = time.perf_counter()
        results[name] = run(items, system)
        seconds[name] = time.perf_counter() - start

    skipped = Counter(i["origin"] for i in everything if i.get("skip") is not None)
    print(f"news_dates.jsonl: {len(everything)} expressions, {len(items)} scored", end="")
    print(f" (skipped: {dict(skipped)}), day-level intervals\n")
    for origin in ORIGINS:
        keep = [n for n, i in enumerate(items) if i["origin"] == origin]
        _table(origin, results, keep)
    _table("all", results, list(range(len(items))))
    print("seconds: " + ", ".join(f"{n} {s:.2f}" for n, s in seconds.items()) + "\n")

    print("exact by category (public domain + written):")
    by_category(results, items)

    if args.show:
        print(f"\nclaimcheck, not exact, category {args.show}:")
        for item, outcome, failure, best in results["claimcheck"]:
            if outcome != "exact" and args.show in ("all", item["category"]):
                got = (best[1], item["sentence"][best[0][0] : best[0][1]]) if best else None
                print(f"  {item['id']} [{failure or outcome}] {item['expr']!r} ref {item['ref']}")
                print(f"      {item['sentence'][:150]!r}")
                print(f"      gold {item['interval']} got {got}")


if __name__ == "__main__":
    main()
