"""Retrieval quality on CheckThat! 2022 2A (tweets against Snopes fact-checks) and 2B
(debate sentences against PolitiFact fact-checks), with baselines in the same run.

    python benchmarks/retrieval.py [--data ../shared/data] [--skip-fuzzy]

Prints MAP@5 and Recall@5 per split for:
- plain BM25: lower-cased words, no stemming, no stop words, claim and title indexed;
- rapidfuzz ``token_set_ratio`` alone, exhaustively over every fact-check;
- ``claimcheck match QUERIES --against CORPUS --top 5 --format jsonl``, the command
  users run (2A with ``--text-field vclaim --text-field subtitle``, the title being
  inferred; 2B with the claim and its title), and on 2B also with each query's previous
  sentence of the transcript as context (JSONL queries with a "context" field).
The match model was trained on 2A's training queries: 2A dev is the held-out figure.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent))

from claimcheck.matching.bm25 import Index  # noqa: E402

_WORD = re.compile(r"\w+")


def read_queries(path: Path) -> dict[str, str]:
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if "\t" in line:
                qid, text = line.rstrip("\n").split("\t", 1)
                out[qid] = text
    return out


def read_gold(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                gold.setdefault(parts[0], set()).add(parts[2])
    return gold


def map_at_5(ranked: dict[str, list[str]], gold: dict[str, set[str]]) -> float:
    total = 0.0
    for qid, relevant in gold.items():
        hits, ap = 0, 0.0
        for rank, doc in enumerate(ranked.get(qid, [])[:5], 1):
            if doc in relevant:
                hits += 1
                ap += hits / rank
        total += ap / min(len(relevant), 5)
    return total / len(gold)


def recall_at_5(ranked: dict[str, list[str]], gold: dict[str, set[str]]) -> float:
    return sum(len(set(ranked.get(q, [])[:5]) & g) / len(g) for q, g in gold.items()) / len(gold)


def plain_bm25(docs: dict[str, str], queries: dict[str, str]) -> dict[str, list[str]]:
    ids = list(docs)
    index = Index.build(_WORD.findall(docs[i].lower()) for i in ids)
    return {
        q: [ids[d] for d, _ in index.search(_WORD.findall(text.lower()), 5)]
        for q, text in queries.items()
    }


def fuzzy_only(docs: dict[str, str], queries: dict[str, str]) -> dict[str, list[str]]:
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    ids = list(docs)
    choices = [utils.default_process(docs[i]) for i in ids]
    qids = list(queries)
    out: dict[str, list[str]] = {}
    for start in range(0, len(qids), 64):  # cdist memory grows as queries x choices
        chunk = qids[start : start + 64]
        scores = process.cdist(
            [utils.default_process(queries[q]) for q in chunk],
            choices,
            scorer=fuzz.token_set_ratio,
            processor=None,
            workers=-1,
        )
        for q, row in zip(chunk, scores):
            top = np.argsort(-row, kind="stable")[:5]
            out[q] = [ids[i] for i in top]
    return out


def via_cli(queries: Path, corpus: Path, fields: Sequence[str]) -> dict[str, list[str]]:
    cmd = [sys.executable, "-m", "claimcheck", "match", str(queries), "--against", str(corpus)]
    for f in fields:
        cmd += ["--text-field", f]
    cmd += ["--top", "5", "--format", "jsonl"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return {
        o["id"]: [m["id"] for m in o["matches"]] for o in map(json.loads, done.stdout.splitlines())
    }


def write_queries(path: Path, queries: dict[str, str], contexts: dict[str, str] | None) -> None:
    with path.open("w", encoding="utf-8") as f:
        for qid, text in queries.items():
            if contexts is None:
                f.write(f"{qid}\t{text}\n")
            else:
                obj = {"id": qid, "text": text, "context": contexts.get(qid)}
                f.write(json.dumps(obj) + "\n")


def transcript_contexts(folder: Path, queries: dict[str, str]) -> dict[str, str]:
    """The sentence before each query in its debate, where a transcript has the query."""
    previous: dict[str, str] = {}
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 3]
        for before, row in zip(rows, rows[1:]):
            previous.setdefault(" ".join(row[2].split()), before[2])
    return {
        q: previous[" ".join(t.split())]
        for q, t in queries.items()
        if " ".join(t.split()) in previous
    }


def task(
    name: str,
    folder: Path,
    corpus: Path,
    fields: Sequence[str],
    doc_fields: Sequence[str],
    skip_fuzzy: bool,
    contexts_from: Path | None = None,
) -> None:
    prefix = "CT2022-Task2A-EN" if name == "2A" else "CT2022-Task2B-EN"
    queries = read_queries(folder / f"{prefix}-Train-Dev_Queries.tsv")
    with corpus.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    docs = {r["vclaim_id"]: " ".join(str(r.get(k) or "") for k in doc_fields) for r in records}
    splits = {s: read_gold(folder / f"{prefix}-{s}_QRELs.tsv") for s in ("Train", "Dev")}
    rows: list[tuple[str, dict[str, list[str]], float]] = []
    t = time.perf_counter()
    rows.append(("plain BM25", plain_bm25(docs, queries), time.perf_counter() - t))
    if not skip_fuzzy:
        t = time.perf_counter()
        fuzzy = fuzzy_only({k: v for k, v in docs.items()}, queries)
        rows.append(("rapidfuzz token_set_ratio alone", fuzzy, time.perf_counter() - t))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "queries.tsv"
        write_queries(path, queries, None)
        t = time.perf_counter()
        rows.append(("claimcheck match", via_cli(path, corpus, fields), time.perf_counter() - t))
        if contexts_from is not None:
            contexts = transcript_contexts(contexts_from, queries)
            jpath = Path(tmp) / "queries.jsonl"
            write_queries(jpath, queries, contexts)
            t = time.perf_counter()
            ranked = via_cli(jpath, corpus, fields)
            label = f"claimcheck match + context ({len(contexts)} found)"
            rows.append((label, ranked, time.perf_counter() - t))
    print(
        f"\nCheckThat! 2022 {name}: {len(records)} fact-checks; queries: "
        + ", ".join(f"{s.lower()} {len(g)}" for s, g in splits.items())
    )
    print(f"{'':42} {'train MAP@5':>11} {'R@5':>6} {'dev MAP@5':>10} {'R@5':>6} {'seconds':>8}")
    for label, ranked, seconds in rows:
        tr, dv = splits["Train"], splits["Dev"]
        print(
            f"{label:42} {map_at_5(ranked, tr):11.3f} {recall_at_5(ranked, tr):6.3f}"
            f" {map_at_5(ranked, dv):10.3f} {recall_at_5(ranked, dv):6.3f} {seconds:8.1f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--skip-fuzzy", action="store_true", help="skip the exhaustive rapidfuzz run")
    args = ap.parse_args()
    a = args.data / "checkthat2022_task2a"
    b = args.data / "checkthat2022_task2b"
    if not a.exists():
        sys.exit(f"skipped: no CheckThat! 2022 data under {args.data}")
    task("2A", a, a / "vclaims.jsonl", ("vclaim", "subtitle"), ("vclaim", "title"), args.skip_fuzzy)
    task(
        "2B",
        b,
        b / "politifact_vclaims_meta.jsonl",
        ("vclaim",),
        ("vclaim", "title"),
        args.skip_fuzzy,
        contexts_from=b / "transcripts",
    )


if __name__ == "__main__":
    main()
