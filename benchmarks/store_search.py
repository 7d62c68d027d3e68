"""Candidate retrieval in the claims database, on SQLite and on PostgreSQL, at scale.

    python benchmarks/store_search.py [--data ../shared/data] [--size 1000000]
        [--queries 300] [--seed 13] [--db postgresql+psycopg://...]

What ``claimcheck check`` does against registered sources: ``Store.search_references``
(the engine's own full-text index finds candidates, BM25 scores them). References and
queries are ``benchmarks/match_speed.py``'s: the public data's sentences grown to
``--size`` with one-word variants, and check-worthy debate sentences as queries.

Prints, from one run, for SQLite (a file in a temporary folder) and, with ``--db``, for
PostgreSQL (an empty database on that server, dropped afterwards): the time to store
and index the references, per-query latency (p50, p95, mean), and how close the store's
top 10 is to exact BM25 over the same references (the in-memory ``claimcheck.matching.bm25``
index, measured in the same run as the baseline): recall of the exact top 10, and the
share of queries whose best reference is the exact best.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from match_speed import DEFAULT_DATA, grow, load, pct  # noqa: E402

from claimcheck.desk.registry import stored  # noqa: E402
from claimcheck.matching.bm25 import PARAMETERS as BM25  # noqa: E402
from claimcheck.matching.bm25 import Index  # noqa: E402
from claimcheck.matching.corpus import reference_terms  # noqa: E402
from claimcheck.matching.terms import terms  # noqa: E402
from claims_db import Store  # noqa: E402

TOP = 10


def fill(url: str, refs: Sequence[object]) -> float:
    """Store the references as one source, in chunks as ``sources add`` does; seconds."""
    t = time.perf_counter()
    with Store(url) as store:
        chunk = 50_000
        for start in range(0, len(refs), chunk):
            store.add_references("bench", "bench", [stored(r) for r in refs[start : start + chunk]])  # type: ignore[arg-type]
    return time.perf_counter() - t


def measure(url: str, queries: Sequence[list[str]]) -> tuple[list[float], list[list[float]]]:
    with Store(url) as store:
        for q in queries[:5]:  # warm up: statistics, caches
            store.search_references(q, 30, **BM25)
        times, found = [], []
        for q in queries:
            t = time.perf_counter()
            rows = store.search_references(q, 30, **BM25)
            times.append(time.perf_counter() - t)
            found.append([score for _, score in rows[:TOP]])
    return times, found


def agreement(found: list[list[float]], exact: list[list[float]]) -> tuple[float, float]:
    """Recall of the exact top 10 and the share of queries whose best is found, by score:
    near-copies tie, and a tie may be broken either way (the in-memory index keeps
    float32 scores, the store float64)."""
    recall, first = [], []
    for f, e in zip(found, exact):
        if not e:
            continue
        bar = e[-1] * (1 - 1e-5)
        recall.append(sum(1 for s in f if s >= bar) / len(e))
        first.append(bool(f) and f[0] >= e[0] * (1 - 1e-5))
    return statistics.mean(recall), statistics.mean(first)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--db", help="a PostgreSQL server URL (a database is created there)")
    args = ap.parse_args()
    if not (args.data / "bbc_news" / "bbc_articles.jsonl").exists():
        sys.exit(f"skipped: no BBC News data under {args.data} (pass --data)")
    pool, texts = load(args.data, args.queries, args.seed)
    refs = grow(pool, args.size, args.seed)
    queries = [terms(q) for q in texts]

    t = time.perf_counter()
    index = Index.build([reference_terms(r) for r in refs])
    build = time.perf_counter() - t
    times, exact = [], []
    for q in queries:
        t = time.perf_counter()
        hits = index.search(q, 30)
        times.append(time.perf_counter() - t)
        exact.append([score for _, score in hits[:TOP]])
    rows = [("in-memory BM25 (baseline, exact)", build, times, (1.0, 1.0))]

    engines = [("SQLite (FTS5)", None)]
    if args.db:
        engines.append(("PostgreSQL (GIN full text)", args.db))
    for label, server in engines:
        with tempfile.TemporaryDirectory() as folder:
            if server is None:
                url, drop = f"sqlite:///{folder}/bench.db", None
            else:
                url, drop = create_database(server)
            try:
                stored_in = fill(url, refs)
                took, found = measure(url, queries)
                rows.append((label, stored_in, took, agreement(found, exact)))
            finally:
                if drop is not None:
                    drop()

    print(f"\n{len(refs):,} references, {len(queries)} queries, top {TOP} compared\n")
    print(f"| engine | store + index s | p50 ms | p95 ms | mean ms | recall@{TOP} | same best |")
    print("|---|---|---|---|---|---|---|")
    for label, built, took, (recall, first) in rows:
        ms = [x * 1000 for x in took]
        print(
            f"| {label} | {built:.1f} | {pct(ms, 50):.1f} | {pct(ms, 95):.1f} | "
            f"{statistics.mean(ms):.1f} | {recall:.3f} | {first:.3f} |"
        )


def create_database(server: str) -> tuple[str, object]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"claimcheck_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server).set(database=name).render_as_string(hide_password=False), drop


if __name__ == "__main__":
    main()
