"""Concurrent reviewers and ingesters on one claims database: throughput, and the count
of lost or duplicated rows (which must be zero).

    python benchmarks/load.py [--db URL] [--reviewers 4] [--ingesters 2] [--seconds 10]

Each ingester process checks its own share of BBC News articles (``../shared/data``)
into the database, one transaction per article; each reviewer process keeps deciding
random claims with the version it read (a stale one is refused and retried) and counts
the decisions the store accepted. At the end the audit log must hold exactly the
accepted decisions (none lost, none doubled) and no article may be stored twice. The
baseline in the same run is one ingester and one reviewer alone. Default database: a
fresh SQLite file; pass a PostgreSQL URL to load a server.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
STATUSES = ("verified", "false", "misleading", "unverifiable", "in-progress")


def ingest(url: str, texts: list[str], done: mp.Value) -> None:  # type: ignore[type-arg]
    from claimcheck import extract
    from claimcheck.desk import storage as store_in
    from claims_db import Store

    with Store(url) as store:
        for text in texts:
            store_in.save(store, extract(text))
            with done.get_lock():
                done.value += 1


def review(url: str, seed: int, until: float, accepted: mp.Value, refused: mp.Value) -> None:  # type: ignore[type-arg]
    from claims_db import ConflictError, Store

    rng = random.Random(seed)
    with Store(url) as store:
        while time.time() < until:
            queue = store.review_queue()
            if not queue:
                time.sleep(0.05)
                continue
            claim = rng.choice(queue)
            try:
                store.decide(
                    claim.id,
                    f"reviewer{seed}",
                    status=rng.choice([s for s in STATUSES if s != claim.status]),
                    expected_version=claim.version,
                )
                with accepted.get_lock():
                    accepted.value += 1
            except ConflictError:
                with refused.get_lock():
                    refused.value += 1


def run(
    url: str, texts: list[str], reviewers: int, ingesters: int, seconds: float
) -> dict[str, float]:
    from claims_db import Store

    Store(url).close()  # migrate once, before the crowd arrives
    ctx = mp.get_context("spawn")
    done, accepted, refused = ctx.Value("i", 0), ctx.Value("i", 0), ctx.Value("i", 0)
    until = time.time() + seconds
    shares = [texts[i::ingesters] for i in range(ingesters)]
    procs = [ctx.Process(target=ingest, args=(url, share, done)) for share in shares]
    procs += [
        ctx.Process(target=review, args=(url, seed, until, accepted, refused))
        for seed in range(reviewers)
    ]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - start
    with Store(url) as store:
        audit = sum(len(store.history(c.id)) for c in store.review_queue())
        articles = store.list_articles()
    duplicated = len(articles) - len({a.sha256 for a in articles})
    return {
        "articles/s": done.value / elapsed,
        "decisions/s": accepted.value / elapsed,
        "refused (stale)": refused.value,
        "lost decisions": accepted.value - audit,
        "duplicated articles": duplicated,
        "missing articles": len(set(texts)) - len(articles),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    ap.add_argument("--reviewers", type=int, default=4)
    ap.add_argument("--ingesters", type=int, default=2)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    path = args.data / "bbc_news" / "bbc_articles.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found")
    with path.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f][: args.articles]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        configs = [
            ("1 ingester, 1 reviewer (baseline)", 1, 1),
            (
                f"{args.ingesters} ingesters, {args.reviewers} reviewers",
                args.reviewers,
                args.ingesters,
            ),
        ]
        # A server given with --db is loaded once: a baseline run first would leave its
        # rows there.
        for label, reviewers, ingesters in configs[1:] if args.db else configs:
            url = args.db or f"sqlite:///{Path(tmp) / (label.split()[0] + '.db')}"
            rows.append((label, run(url, texts, reviewers, ingesters, args.seconds)))
    keys = list(rows[0][1])
    print(f"{'':40}" + "".join(f"{k:>21}" for k in keys))
    for label, result in rows:
        print(f"{label:40}" + "".join(f"{result[k]:21.1f}" for k in keys))


if __name__ == "__main__":
    main()
