"""Who said it: the speakers claimcheck gives quotations, against hand-written gold, and
against a "nearest capitalised name before the quote" regex in the same run.

    python benchmarks/accuracy_speakers.py [--set benchmarks/speakers/attribution.jsonl] [--show]

The set (benchmarks/speakers/attribution.jsonl) is public-domain news: Voice of America,
Army News Service and NASA articles, works of the U.S. federal government, each line one
article with its origin, licence note, text and gold quotes. A gold quote is the offset
of its first words in the text and the person who said it, named in full as the article
names them; ``cue`` says how the text attributes it (``name``: "..., Kim said";
``pronoun``: "..., she said"; ``role``: "the envoy added"; ``continuation``: a second
stretch of quote after "X said."; ``context``: no attribution in its sentence).

For each gold quote, ``claimcheck.extract`` runs on the article and every sentence the
quote runs through is looked at: the quote is *right* when each of them carries a
speaker and all match the gold (the full name, or the surname alone), *wrong* when one
carries another name, *missing* when none is wrong but one has no speaker. The baseline
takes, for the quote, the last run of capitalised words before its opening mark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import claimcheck  # noqa: E402

DEFAULT_SET = HERE / "speakers" / "attribution.jsonl"
_OPENERS = '"“'
# The baseline: a run of capitalised words ("Kent Harstedt", "Swedish Special Envoy").
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


@dataclass(frozen=True)
class Gold:
    article: str
    start: int
    end: int
    speaker: str
    surname: str
    cue: str


def load(path: Path) -> list[tuple[dict[str, object], list[Gold]]]:
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        text = str(a["text"])
        golds = []
        for q in a["quotes"]:
            start = q["start"]
            if not text.startswith(q["quote"], start):
                sys.exit(f"{a['id']}: gold quote {q['quote']!r} is not at offset {start}")
            golds.append(
                Gold(
                    article=str(a["id"]),
                    start=start,
                    end=_quote_end(text, start),
                    speaker=q["speaker"],
                    surname=q.get("surname") or q["speaker"].split()[-1],
                    cue=q["cue"],
                )
            )
        articles.append((a, golds))
    return articles


def _quote_end(text: str, start: int) -> int:
    """Where the quote closes: the next closing mark, or the end of the paragraph."""
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    m = re.compile(r"[\"”]").search(text, start, para_end)
    return m.start() if m else para_end


def matches(predicted: str | None, gold: Gold) -> bool:
    if not predicted:
        return False
    p = predicted.casefold().strip()
    return p in (gold.speaker.casefold(), gold.surname.casefold())


def judge(predicted: list[str | None], gold: Gold) -> str:
    if any(p and not matches(p, gold) for p in predicted):
        return "wrong"
    if predicted and all(matches(p, gold) for p in predicted):
        return "right"
    return "missing"


def claimcheck_verdicts(article: dict[str, object], golds: list[Gold]) -> list[str]:
    published = article.get("published")
    day = dt.date.fromisoformat(str(published)) if published else None
    extraction = claimcheck.extract(str(article["text"]), published=day)
    verdicts = []
    for g in golds:
        spoken = [
            c.quote.speaker if c.quote is not None else None
            for c in extraction.sentences
            if c.start < g.end and g.start < c.end
        ]
        verdicts.append(judge(spoken, g))
    return verdicts


def baseline_verdicts(article: dict[str, object], golds: list[Gold]) -> list[str]:
    text = str(article["text"])
    verdicts = []
    for g in golds:
        opening = g.start - 1 if g.start and text[g.start - 1] in _OPENERS else g.start
        names = _CAPITALISED.findall(text, 0, opening)
        verdicts.append(judge([names[-1].rstrip(".,") if names else None], g))
    return verdicts


def _row(label: str, verdicts: list[str]) -> str:
    n = len(verdicts) or 1
    c = Counter(verdicts)
    return (
        f"| {label:<36} | {len(verdicts):>6} | {100 * c['right'] / n:>6.1f}% "
        f"| {100 * c['wrong'] / n:>6.1f}% | {100 * c['missing'] / n:>7.1f}% |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument("--show", action="store_true", help="list every quote claimcheck misses")
    args = ap.parse_args()
    if not args.set.exists():
        sys.exit(f"skipped: {args.set} not found (pass --set)")
    ours: list[tuple[Gold, str]] = []
    theirs: list[tuple[Gold, str]] = []
    texts = {}
    for article, golds in load(args.set):
        texts[str(article["id"])] = str(article["text"])
        ours += zip(golds, claimcheck_verdicts(article, golds))
        theirs += zip(golds, baseline_verdicts(article, golds))
    print(f"{len(texts)} articles, {len(ours)} quotes with a named speaker ({args.set.name})\n")
    print(f"| {'speakers':<36} | {'quotes':>6} | {'right':>7} | {'wrong':>7} | {'missing':>8} |")
    print(f"|{'-' * 38}|{'-' * 8}|{'-' * 9}|{'-' * 9}|{'-' * 10}|")
    for label, results in (("nearest capitalised name (baseline)", theirs), ("claimcheck", ours)):
        print(_row(label, [v for _, v in results]))
        pronoun = [v for g, v in results if g.cue == "pronoun"]
        print(_row(f"  after a pronoun cue ({label.split()[0]})", pronoun))
    print("\nclaimcheck by cue:")
    for cue in ("name", "pronoun", "role", "continuation", "context"):
        print(_row(f"  {cue}", [v for g, v in ours if g.cue == cue]))
    if args.show:
        for g, verdict in ours:
            if verdict != "right":
                snippet = texts[g.article][g.start : g.start + 60].replace("\n", " ")
                print(f"{verdict:>7} {g.article} [{g.cue}] {g.speaker}: {snippet}")


if __name__ == "__main__":
    main()
