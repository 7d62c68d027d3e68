"""Check-worthiness, every scorer in one run: held-back debates, CheckThat! 2023 1B, news.

    pip install -e '.[train]'
    python benchmarks/checkworthiness.py [--data ../shared/data] [--no-cv]

1. Held-back debates. Splits ClaimBuster and CheckThat! 2019 by debate (every 4th debate
   of each source held back: sentences of one debate are not independent), trains on the
   rest, and scores the held-back sentences with:
   - the "sentence has a number" rule (the baseline);
   - plain TF-IDF (words and word pairs) plus logistic regression, trained the same way;
   - claimcheck's default scorer, trained by ``training/train_checkworthiness.py``'s
     recipe, run through the command line's contract (``claimcheck extract
     --one-per-line --all --format jsonl --scorer WEIGHTS``): what users run;
   - the rule scorer (``--scorer rules``).
   Figures: F1, precision, recall of the check-worthy class on held-back ClaimBuster
   debates at each scorer's own threshold, their average precision, and MAP over the
   held-back CheckThat! 2019 debates.
2. Sets nobody trained on, with the models trained on all the debates (the shipped
   weights; TF-IDF the same way): the CheckThat! 2023 1B English test
   (``accuracy/checkworthiness_ct23_1b_test.tsv``, development data) and, when
   ``benchmarks/checkworthiness_news.jsonl`` exists, the news development set, each
   labelled sentence scored in its article as ``claimcheck FILE`` scores it. F1 at each
   scorer's own threshold and AP.
3. Unless ``--no-cv``: 4-fold cross-validation by debate (every debate held back once).
4. Under 1 and 2 (and 3): the default's AP and MAP minus TF-IDF's, each with a 95%
   interval from 1,000 paired bootstrap draws of the sentences, every debate or article
   drawn on its own (``benchmarks/measures.py``): which leads these sets can tell apart.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
NEWS = HERE / "checkworthiness_news.jsonl"
NEWS_ARTICLES = HERE / "speakers" / "attribution.jsonl"

from benchmarks.measures import (  # noqa: E402
    ap_of,
    average_precision,
    mean_average_precision,
    paired_difference,
    prf,
)
from training.train_checkworthiness import (  # noqa: E402
    DEFAULT_DATA,
    FOLDS,
    Example,
    best_threshold,
    checkthat2019,
    claimbuster,
    develop,
    fit,
    folds_by_debate,
    sentences,
    split_by_debate,
)


def debates_map(examples: Sequence[Example], scores: Sequence[float]) -> float:
    """Mean average precision over the examples' debates (CheckThat! 2019's measure)."""
    return mean_average_precision(scores, [e.label for e in examples], [e.debate for e in examples])


# A measure's difference between two scorers and its interval, by what was measured.
Differences = list[tuple[str, tuple[float, float, float]]]


def via_cli(examples: Sequence[Example], scorer: str) -> list[float]:
    """Scores from `claimcheck extract --one-per-line --all --format jsonl`."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write("\n".join(e.text for e in examples) + "\n")
    cmd = _cli(f.name, scorer)
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    scores = [json.loads(line)["score"] for line in out.splitlines()]
    Path(f.name).unlink()
    if len(scores) != len(examples):
        raise SystemExit(f"{len(scores)} scores for {len(examples)} lines")
    return scores


def cli_rate(examples: Sequence[Example], scorer: str, *options: str, runs: int = 5) -> float:
    """Sentences a second through the command line, net of its start-up: the best run
    on every line against the best run on one line, the two alternated so that the
    machine's noise falls on both."""
    texts = [e.text for e in examples]
    with tempfile.TemporaryDirectory() as tmp:
        many, one = Path(tmp) / "many.txt", Path(tmp) / "one.txt"
        many.write_text("\n".join(texts) + "\n", encoding="utf-8")
        one.write_text(texts[0] + "\n", encoding="utf-8")
        times = {one: float("inf"), many: float("inf")}
        for _ in range(runs):
            for path in (one, many):
                start = time.perf_counter()
                cmd = [*_cli(str(path), scorer), *options]
                subprocess.run(cmd, capture_output=True, check=True)
                times[path] = min(times[path], time.perf_counter() - start)
    return (len(texts) - 1) / (times[many] - times[one])


def _cli(path: str, scorer: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "claimcheck",
        "extract",
        path,
        "--one-per-line",
        "--all",
        "--format",
        "jsonl",
        "--scorer",
        scorer,
    ]


def tfidf(train: Sequence[Example], test: Sequence[Example]) -> tuple[list[float], float]:
    """Plain TF-IDF plus logistic regression; its threshold is the best F1 of out-of-fold
    scores on the training debates, as the shipped scorer's is."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    def trained(examples: Sequence[Example]) -> Any:
        vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        matrix = vectorizer.fit_transform([e.text for e in examples])
        model = LogisticRegression(max_iter=2000, C=3.0).fit(matrix, [e.label for e in examples])
        return lambda texts: list(model.predict_proba(vectorizer.transform(texts))[:, 1])

    folds = folds_by_debate(train)
    oof: list[tuple[float, int]] = []
    for k in range(FOLDS):
        predict = trained([e for e, f in zip(train, folds) if f != k])
        held = [e for e, f in zip(train, folds) if f == k and e.source == "claimbuster"]
        oof += zip(predict([e.text for e in held]), [e.label for e in held])
    threshold, _ = best_threshold([s for s, _ in oof], [y for _, y in oof])
    return trained(train)([e.text for e in test]), threshold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation table")
    args = ap.parse_args()
    if not (args.data / "claimbuster" / "crowdsourced.csv").exists():
        sys.exit(f"skipped: no ClaimBuster data under {args.data}")
    examples = claimbuster(args.data) + checkthat2019(args.data)
    train, test = split_by_debate(examples)
    cb = [e for e in test if e.source == "claimbuster"]
    ct = [e for e in test if e.source == "checkthat2019"]
    cb_labels = [e.label for e in cb]

    rows = []
    number = [1.0 if re.search(r"\d", e.text) else 0.0 for e in cb + ct]
    rows.append(("sentence has a number", number[: len(cb)], 0.5, number[len(cb) :]))
    scores, threshold = tfidf(train, cb + ct)
    rows.append(("TF-IDF + logistic regression", scores[: len(cb)], threshold, scores[len(cb) :]))

    # The shipped recipe (calibration and threshold from out-of-fold scores), trained on
    # the training debates only, run through the command line.
    from claimcheck.batch import usable_cpus
    from claimcheck.extraction.learned import LearnedScorer

    model = develop(train)
    threshold = model["threshold"]
    with tempfile.TemporaryDirectory() as tmp:
        weights = Path(tmp) / "weights.json"
        weights.write_text(json.dumps(model), encoding="utf-8")
        learned = via_cli(cb + ct, str(weights))
        scorer = LearnedScorer(model)
    rows.append(("claimcheck default (learned)", learned[: len(cb)], threshold, learned[len(cb) :]))
    rules = via_cli(cb + ct, "rules")
    rows.append(("claimcheck rule scorer", rules[: len(cb)], 0.5, rules[len(cb) :]))

    print(
        f"held back: {len(cb)} ClaimBuster sentences ({sum(cb_labels)} check-worthy) from "
        f"{len({e.debate for e in cb})} debates; {len(ct)} CheckThat! 2019 sentences "
        f"({sum(e.label for e in ct)} check-worthy) from {len({e.debate for e in ct})} debates\n"
    )
    print(f"{'':32} {'F1':>6} {'P':>6} {'R':>6} {'thresh':>7} {'AP':>6} {'MAP CT19':>9}")
    for name, cb_scores, thr, ct_scores in rows:
        f1, p, r = prf(cb_scores, cb_labels, thr)
        ap_ = average_precision(cb_scores, cb_labels)
        map_ = debates_map(ct, ct_scores)
        print(f"{name:32} {f1:6.3f} {p:6.3f} {r:6.3f} {thr:7.2f} {ap_:6.3f} {map_:9.3f}")
    (_, tf_cb, _, tf_ct), (_, ours_cb, _, ours_ct) = rows[1], rows[2]
    differences = [
        (
            "held-back debates AP",
            paired_difference(ap_of, ours_cb, tf_cb, cb_labels, [e.debate for e in cb]),
        ),
        (
            "MAP CheckThat! 2019",
            paired_difference(
                mean_average_precision,
                ours_ct,
                tf_ct,
                [e.label for e in ct],
                [e.debate for e in ct],
            ),
        ),
    ]
    differences += unseen(args.data, examples)
    print(
        "\nclaimcheck default minus TF-IDF + logistic regression, with its 95% interval "
        "(1,000 paired bootstrap draws of the sentences, within each debate or article):"
    )
    for label, (difference, low, high) in differences:
        print(f"  {label:28} {difference:+7.3f}  ({low:+.3f} to {high:+.3f})")

    prepared = sentences(cb + ct)
    start = time.perf_counter()
    for s in prepared:
        scorer.score(s)
    rate = len(prepared) / (time.perf_counter() - start)
    print(f"\nthe learned scorer alone: {rate:,.0f} sentences/s (Sentence objects built before)")
    # Every sentence of both sources (the rate needs no labels): on the held-back ones
    # alone the command ran under a second, and the start-up's noise swung the rate.
    # The default uses the processors available (forked workers); --workers 1 is the
    # same command in one process, the baseline of this run.
    print(
        f"\n`claimcheck extract FILE --one-per-line --all --format jsonl`, {len(examples):,}"
        f" lines, {usable_cpus()} processors; sentences/s net of start-up (target >= 20,000):"
    )
    for name, options in (
        ("learned", ()),
        ("learned", ("--workers", "1")),
        ("rules", ()),
        ("rules", ("--workers", "1")),
    ):
        label = f"--scorer {name} {' '.join(options)}"
        print(f"  {label:32} {cli_rate(examples, name, *options):9,.0f}")
    if not args.no_cv:
        cross_validate(examples)


def unseen(data: Path, examples: Sequence[Example]) -> Differences:
    """CheckThat! 2023 1B and the news set, scored by the models trained on every debate;
    returns the default's AP minus TF-IDF's on each, with its interval."""
    from claimcheck.extraction.learned import scorer_named

    path = data / "accuracy" / "checkworthiness_ct23_1b_test.tsv"
    sets: list[tuple[str, list[str], list[int], list[dict[str, Any]] | None]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as f:
            rows = [row for row in csv.reader(f, delimiter="\t") if row]
        texts = [" ".join(row[1].split()) for row in rows]
        sets.append(
            ("CheckThat! 2023 1B", texts, [int(row[2].strip() == "1") for row in rows], None)
        )
    else:
        print(f"\nskipped CheckThat! 2023 1B: {path} not found")
    if NEWS.exists():
        news = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line]
        sets.append(
            ("news (our set)", [r["sentence"] for r in news], [r["label"] for r in news], news)
        )
    else:
        print(f"\nskipped the news set: {NEWS.name} not found (another change adds it)")
    if not sets:
        return []
    texts_all = [t for _, texts, _, _ in sets for t in texts]
    dummy = [Example("claimbuster", "unseen", t, 0) for t in texts_all]
    tf_scores, tf_threshold = tfidf(examples, dummy)
    scorers: list[tuple[str, Any]] = [
        ("claimcheck default", "learned"),
        ("claimcheck rule scorer", "rules"),
    ]
    differences: Differences = []
    print("\ntrained on every debate, scored on sets nobody trained on:")
    print(f"{'':32} {'set':20} {'n':>5} {'pos':>5} {'F1':>6} {'AP':>6}")
    at = 0
    for name, texts, labels, rows in sets:
        tf = tf_scores[at : at + len(texts)]
        at += len(texts)
        number = [1.0 if re.search(r"\d", t) else 0.0 for t in texts]
        results = [
            ("sentence has a number", number, 0.5),
            ("TF-IDF + logistic regression", tf, tf_threshold),
        ]
        for label, spec in scorers:
            scorer = scorer_named(spec)
            if rows is None:
                x = extract_lines(texts, scorer)
                results.append((label, x, scorer.threshold))
            else:
                results.append((label, in_context(rows, scorer), scorer.threshold))
        for label, scores, threshold in results:
            f1, _, _ = prf(scores, labels, threshold)
            ap_ = average_precision(scores, labels)
            print(f"{label:32} {name:20} {len(texts):5d} {sum(labels):5d} {f1:6.3f} {ap_:6.3f}")
        by_label = {label: scores for label, scores, _ in results}
        groups = [r["article"] for r in rows] if rows is not None else [name] * len(texts)
        differences.append(
            (
                f"{name} AP",
                paired_difference(ap_of, by_label["claimcheck default"], tf, labels, groups),
            )
        )
    return differences


def extract_lines(texts: Sequence[str], scorer: Any) -> list[float]:
    """Each text scored as one line of ``extract --one-per-line``."""
    from claimcheck import extract

    x = extract("\n".join(texts), one_per_line=True, scorer=scorer)
    if len(x.sentences) != len(texts):
        raise SystemExit("one-per-line extraction lost lines")
    return [c.score for c in x.sentences]


def in_context(rows: Sequence[dict[str, Any]], scorer: Any) -> list[float]:
    """Each labelled news sentence's score from extracting its whole article (matched by
    offsets, else by text, else scored alone)."""
    from claimcheck import extract

    articles = {}
    for line in NEWS_ARTICLES.read_text(encoding="utf-8").splitlines():
        if line:
            a = json.loads(line)
            articles[a["id"]] = a
    by_article: dict[str, dict[Any, float]] = {}
    scores = []
    for row in rows:
        found = by_article.get(row["article"])
        if found is None:
            a = articles[row["article"]]
            published = dt.date.fromisoformat(a["published"]) if a.get("published") else None
            x = extract(a["text"], published=published, scorer=scorer)
            found = {c.text: c.score for c in reversed(x.sentences)}
            found.update({(c.start, c.end): c.score for c in x.sentences})
            by_article[row["article"]] = found
        score = found.get((row.get("start"), row.get("end")), found.get(row["sentence"]))
        if score is None:
            alone = extract(row["sentence"], one_per_line=True, scorer=scorer)
            score = max((c.score for c in alone.sentences), default=0.0)
        scores.append(score)
    return scores


def cross_validate(examples: Sequence[Example]) -> None:
    """Four held-back debates make a noisy MAP: every debate is held back once here."""
    from claimcheck.extraction.learned import LearnedScorer, featurize

    folds = folds_by_debate(examples)
    prepared = sentences(examples)
    tf = [0.0] * len(examples)
    learned = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [e for e, f in zip(examples, folds) if f != k]
        held = [i for i, f in enumerate(folds) if f == k]
        scores, _ = tfidf(train, [examples[i] for i in held])
        scorer = LearnedScorer(fit(train))
        for i, score in zip(held, scores):
            tf[i] = score
            learned[i] = scorer.log_odds(*featurize(prepared[i]))
    cb = [i for i, e in enumerate(examples) if e.source == "claimbuster"]
    ct = [i for i, e in enumerate(examples) if e.source == "checkthat2019"]
    print(
        f"\n{FOLDS}-fold cross-validation by debate (every debate held back once; F1 at the "
        "best threshold, optimistic for both)"
    )
    debates = len({examples[i].debate for i in ct})
    print(f"{'':32} {'F1':>6} {'MAP CT19':>9}  (MAP over {debates} debates)")
    for name, scores in (("TF-IDF + logistic regression", tf), ("claimcheck learned", learned)):
        ranked = sorted(((scores[i], examples[i].label) for i in cb), reverse=True)
        hits, best = 0, 0.0
        positives = sum(y for _, y in ranked)
        for n, (_, y) in enumerate(ranked, 1):
            hits += y
            best = max(best, 2 * hits / (n + positives))
        ap_ = debates_map([examples[i] for i in ct], [scores[i] for i in ct])
        print(f"{name:32} {best:6.3f} {ap_:9.3f}")
    labels = [e.label for e in examples]
    debate_of = [e.debate for e in examples]
    print("claimcheck learned minus TF-IDF, with its 95% interval (as above):")
    for label, rows, measure in (
        ("ClaimBuster AP", cb, ap_of),
        ("MAP CheckThat! 2019", ct, mean_average_precision),
    ):
        difference, low, high = paired_difference(
            measure,
            [learned[i] for i in rows],
            [tf[i] for i in rows],
            [labels[i] for i in rows],
            [debate_of[i] for i in rows],
        )
        print(f"  {label:28} {difference:+7.3f}  ({low:+.3f} to {high:+.3f})")


if __name__ == "__main__":
    main()
