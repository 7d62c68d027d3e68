"""Check-worthiness on news: our own labelled set of VOA, Army and NASA sentences.

    python benchmarks/news_checkworthiness.py

Scores every sentence of ``benchmarks/checkworthiness_news.jsonl`` (see
``checkworthiness_news.md`` for the source, licence and labelling rules) in one run with:
- claimcheck's default scorer (what ``claimcheck FILE`` uses);
- claimcheck's rule scorer (``--scorer rules``);
- the "sentence has a number" baseline (a digit anywhere in it).
Each article is extracted whole, as users run it, and its sentences are matched to the
labelled ones by their character offsets (by their text if segmentation has moved since
labelling; a sentence found neither way is scored on its own and counted).
Figures: average precision over the whole set, F1 (with precision and recall) at each
scorer's own default threshold, precision of the ten top-ranked sentences of each
article, and the mean over articles of each article's average precision.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import claimcheck  # noqa: E402
from benchmarks.measures import prf  # noqa: E402
from claimcheck.extraction.learned import scorer_named  # noqa: E402
from claimcheck.extraction.scoring import Scorer  # noqa: E402
from claimcheck.serialize import concrete  # noqa: E402

SET = HERE / "checkworthiness_news.jsonl"
ARTICLES = HERE / "speakers" / "attribution.jsonl"
TOP = 10


def load_set(path: Path = SET) -> list[dict[str, Any]]:
    """The labelled sentences, in article and text order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load_articles(path: Path = ARTICLES) -> dict[str, dict[str, Any]]:
    """The source articles by id: text, publication date, source and licence."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {row["id"]: row for row in rows}


def average_precision(ranked_labels: Sequence[int]) -> float:
    """Average precision of labels listed best-scored first (0.0 with no positives)."""
    hits, total = 0, 0.0
    for rank, label in enumerate(ranked_labels, 1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def ranked(scores: Sequence[float], labels: Sequence[int]) -> list[int]:
    """Labels by descending score; ties keep text order (what a report lists first)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    return [labels[i] for i in order]


def scored_in_context(
    rows: Sequence[dict[str, Any]],
    articles: dict[str, dict[str, Any]],
    scorer: Scorer | None,
    as_listed: bool = False,
) -> tuple[list[float], float, int]:
    """Each row's score from extracting its whole article; the threshold; rows unmatched.
    ``as_listed`` ranks as the report lists claims (``serialize.report_order``: claims
    that give a figure or a date first): such a claim's value is its score plus one."""
    scores: list[float] = []
    threshold = 0.5
    unmatched = 0
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    for article_id, labelled in by_article.items():
        article = articles[article_id]
        published = dt.date.fromisoformat(article["published"]) if article["published"] else None
        extraction = claimcheck.extract(article["text"], published=published, scorer=scorer)
        threshold = extraction.min_score
        by_span = {
            (c.start, c.end): c.score + (1.0 if as_listed and concrete(c) else 0.0)
            for c in extraction.sentences
        }
        by_text: dict[str, float] = {}
        for c in extraction.sentences:
            by_text.setdefault(c.text, c.score)
        for row in labelled:
            score = by_span.get((row["start"], row["end"]), by_text.get(row["sentence"]))
            if score is None:
                unmatched += 1
                alone = claimcheck.extract(row["sentence"], one_per_line=True, scorer=scorer)
                score = max((c.score for c in alone.sentences), default=0.0)
            scores.append(score)
    return scores, threshold, unmatched


def has_a_number(rows: Sequence[dict[str, Any]]) -> list[float]:
    return [1.0 if re.search(r"\d", row["sentence"]) else 0.0 for row in rows]


def table(rows: Sequence[dict[str, Any]], scorers: dict[str, tuple[list[float], float]]) -> str:
    """The figures of each scorer, one line each, as a Markdown table."""
    labels = [row["label"] for row in rows]
    articles = sorted({row["article"] for row in rows})
    lines = [
        "| scorer | AP | F1 | P | R | threshold | P@10 per article | MAP per article |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, (scores, threshold) in scorers.items():
        f1, p, r = prf(scores, labels, threshold)
        ap = average_precision(ranked(scores, labels))
        at_top, aps = [], []
        for article in articles:
            idx = [i for i, row in enumerate(rows) if row["article"] == article]
            order = ranked([scores[i] for i in idx], [labels[i] for i in idx])
            at_top.append(sum(order[:TOP]) / min(TOP, len(order)))
            aps.append(average_precision(order))
        lines.append(
            f"| {name} | {ap:.3f} | {f1:.3f} | {p:.3f} | {r:.3f} | {threshold:.2f} "
            f"| {sum(at_top) / len(at_top):.3f} | {sum(aps) / len(aps):.3f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=SET, help="labelled sentences (JSONL)")
    ap.add_argument("--articles", type=Path, default=ARTICLES, help="their articles (JSONL)")
    args = ap.parse_args(argv)
    rows = load_set(args.set)
    articles = load_articles(args.articles)
    runs: list[tuple[str, Callable[[], Any]]] = [
        ("claimcheck default scorer", lambda: None),
        ("claimcheck rule scorer", lambda: scorer_named("rules")),
    ]
    scorers: dict[str, tuple[list[float], float]] = {}
    notes = []
    for name, make in runs:
        scores, threshold, unmatched = scored_in_context(rows, articles, make())
        scorers[name] = (scores, threshold)
        if name == "claimcheck default scorer":
            # Only claims are lifted (score plus one), so F1 at the threshold is the same.
            listed, _, _ = scored_in_context(rows, articles, make(), as_listed=True)
            scorers["claimcheck default, in report order"] = (listed, threshold)
        if unmatched:
            notes.append(f"{name}: {unmatched} labelled sentences no longer segmented as labelled")
    scorers["sentence has a number"] = (has_a_number(rows), 0.5)
    positives = sum(row["label"] for row in rows)
    print(
        f"{len(rows)} sentences ({positives} check-worthy) from "
        f"{len({row['article'] for row in rows})} articles\n"
    )
    print(table(rows, scorers))
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
