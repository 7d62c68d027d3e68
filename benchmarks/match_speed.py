"""Matching speed at a million references, against exhaustive ``token_set_ratio``.

    python benchmarks/match_speed.py [--data ../shared/data] [--size 1000000]
        [--queries 1000] [--fuzzy-queries 20] [--seed 13]

Prints, from one run: the time to build the in-memory ``Corpus`` (reference objects
and BM25 index) and the index build alone, the index's memory, per-query latency (p50,
p95, mean) of BM25 retrieval alone and of full ``find_matches`` (retrieval, rapidfuzz
features and the model on 30 candidates, slot comparison of the top 5), and, in the
same run, the baseline: exhaustive rapidfuzz ``token_set_ratio`` of a sample of the
queries against every reference (``process.cdist``, one worker), extrapolated to all
queries. Targets (the issue's): at 1M references full matching at least 50 times
faster than exhaustive ``token_set_ratio``, p50 query latency under 20 ms, index
memory under 2 GB.

References. The distinct sentences of the public data under ``../shared/data``: BBC
News articles (body and caption paragraphs, split with claimcheck's segmentation,
about 41k), LIAR statements (12.8k, with their ratings), the ClaimBuster debate
transcripts (speaker labels dropped, split into sentences), the CheckThat! 2022 2A
Snopes and 2B PolitiFact fact-checks (claim, with the fact-check title indexed as
matching does) and the 2B debate transcripts: about 130k, shuffled with the seed.
The pool is grown to ``--size`` by going round it again; in round ``c`` (``c >= 1``)
each sentence has one word, at a position chosen by a seeded RNG, replaced by the word
at the same position (among words) of another pool sentence drawn at random. Copies
are thus not identical, sentence lengths are unchanged, and the replacement word is
drawn from the pool's own word distribution, so term frequencies and document
frequencies grow in proportion with the corpus as in a larger real collection:
frequent terms get postings ~8 times as long at 1M, which is what a query's cost
depends on. (A real million would have a larger vocabulary of rare terms; rare terms
have short postings, so this is if anything pessimistic for latency: each rare term
hits ~8 near-copies.)

Queries. Check-worthy sentences (label 1) of the CheckThat! 2019 training debates and
the ClaimBuster crowdsourced check-worthy sentences (Verdict 1), deduplicated,
shuffled with the seed; any pool sentence with the same words as a chosen query is
removed from the pool, so no query is in the references verbatim (near variants in
longer sentences remain, as in practice).

Memory. The index's arrays (``Index.nbytes()``) and its vocabulary dict; the resident
set growth while building the Corpus (what it retains, and the peak above the start);
the process's peak RSS (``resource.getrusage``), which includes the references and
the baseline's preprocessed strings.

A default run takes about 3.5 minutes on 2 cores (one worker throughout): 15 s for the
pool and the references, 1 minute building terms, index and Corpus, 70 s for the
queries, 1 minute for the exhaustive baseline; peak RSS about 1.3 GB.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import random
import re
import resource
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent))

from claimcheck.extraction.clean import paragraphs  # noqa: E402
from claimcheck.extraction.segment import sentence_spans  # noqa: E402
from claimcheck.matching.bm25 import Index  # noqa: E402
from claimcheck.matching.corpus import Corpus, reference_terms  # noqa: E402
from claimcheck.matching.matches import find_matches  # noqa: E402
from claimcheck.matching.terms import terms, words  # noqa: E402
from claimcheck.models import Reference  # noqa: E402

# "HOLT:", "MR. CARTER:", "THE PRESIDENT:" at the start of a transcript line.
_SPEAKER = re.compile(r"^[A-Z][A-Z .,'()-]{1,40}:\s*")
MIN_WORDS = 4


class Seed(NamedTuple):
    """One distinct sentence of the pool and what it came from."""

    source: str
    kind: str
    text: str
    title: str | None = None
    rating: str | None = None
    publisher: str | None = None


def key(text: str) -> str:
    """Sentences with the same words are the same sentence."""
    return " ".join(words(text))


def split(text: str) -> Iterator[str]:
    """The sentences of one paragraph, those of at least ``MIN_WORDS`` words."""
    for s, e in sentence_spans(text):
        if len(text[s:e].split()) >= MIN_WORDS:
            yield " ".join(text[s:e].split())


def bbc(data: Path) -> Iterator[Seed]:
    with (data / "bbc_news" / "bbc_articles.jsonl").open(encoding="utf-8") as f:
        for article in map(json.loads, f):
            text = article["text"]
            for p in paragraphs(text, article["title"]):
                if p.role in ("body", "caption"):
                    for sentence in split(text[p.start : p.end]):
                        yield Seed("bbc", "article", sentence)


def liar(data: Path) -> Iterator[Seed]:
    for path in sorted((data / "liar").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) > 2 and len(row[2].split()) >= MIN_WORDS:
                    yield Seed("liar", "factcheck", row[2], None, row[1], "PolitiFact")


def debates(data: Path) -> Iterator[Seed]:
    for path in sorted((data / "claimbuster" / "debate_transcripts").glob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for sentence in split(_SPEAKER.sub("", line.strip())):
                yield Seed("debates", "article", sentence)
    for path in sorted((data / "checkthat2022_task2b" / "transcripts").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) > 2:
                    for sentence in split(row[2]):
                        yield Seed("transcripts", "article", sentence)


def factchecks(data: Path) -> Iterator[Seed]:
    a = data / "checkthat2022_task2a" / "vclaims.jsonl"
    b = data / "checkthat2022_task2b" / "politifact_vclaims_meta.jsonl"
    for path, publisher in ((a, "Snopes"), (b, "PolitiFact")):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for r in map(json.loads, f):
                text = " ".join(str(r.get("vclaim") or "").split())
                if len(text.split()) >= MIN_WORDS:
                    title = r.get("title") or None
                    yield Seed("ct2022", "factcheck", text, title, r.get("truth_label"), publisher)


def claims(data: Path) -> list[str]:
    """Check-worthy debate sentences: CheckThat! 2019 label 1, ClaimBuster Verdict 1."""
    out = []
    for path in sorted((data / "checkthat2019_task1" / "training").glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 4 and row[3].strip() == "1":
                    out.append(" ".join(row[2].split()))
    with (data / "claimbuster" / "crowdsourced.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["Verdict"].strip() == "1":
                out.append(" ".join(r["Text"].split()))
    return [c for c in out if len(c.split()) >= MIN_WORDS]


def load(data: Path, n_queries: int, seed: int) -> tuple[list[Seed], list[str]]:
    """The shuffled pool of distinct sentences, and the queries (none in the pool)."""
    rng = random.Random(seed)
    candidates = list(dict.fromkeys(claims(data)))
    rng.shuffle(candidates)
    queries, seen = [], set()
    for c in candidates:
        k = key(c)
        if k and k not in seen:
            seen.add(k)
            queries.append(c)
            if len(queries) == n_queries:
                break
    pool, keys = [], set(seen)
    for source in (bbc, liar, debates, factchecks):
        for s in source(data):
            k = key(s.text)
            if k and k not in keys:
                keys.add(k)
                pool.append(s)
    rng.shuffle(pool)
    return pool, queries


def grow(pool: Sequence[Seed], size: int, seed: int) -> list[Reference]:
    """``size`` references: the pool, then rounds of one-word variants (see above)."""
    rng = random.Random(seed + 1)
    tokens = [s.text.split() for s in pool]
    alpha = [[w for w in t if w.isalpha()] for t in tokens]
    out = []
    for i in range(size):
        c, j = divmod(i, len(pool))
        s = pool[j]
        text = s.text
        if c:
            mine = tokens[j]
            places = [p for p, w in enumerate(mine) if w.isalpha()]
            donor = alpha[rng.randrange(len(pool))]
            if places and donor:
                n = rng.randrange(len(places))
                varied = list(mine)
                varied[places[n]] = donor[min(n, len(donor) - 1)]
                text = " ".join(varied)
        out.append(
            Reference(
                id=f"{s.source}#{i}",
                text=text,
                source=s.source,
                kind=s.kind,
                title=s.title,
                rating=s.rating,
                publisher=s.publisher,
            )
        )
    return out


def rss() -> int:
    """Resident set size now, in bytes (Linux), else the peak so far."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize()
    except OSError:
        return peak_rss()


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class PeakRss:
    """The highest resident set size seen while the block runs, sampled every 5 ms
    by a thread (``ru_maxrss`` cannot tell, once an earlier step peaked higher)."""

    def __enter__(self) -> PeakRss:
        self.peak = rss()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._done.wait(0.005):
            self.peak = max(self.peak, rss())

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, rss())


def timed(fn: Callable[[str], object], queries: Sequence[str]) -> list[float]:
    """Seconds per query."""
    out = []
    for q in queries:
        t = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - t)
    return out


def pct(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--size", type=int, default=1_000_000, help="references (1,000,000)")
    ap.add_argument("--queries", type=int, default=1000, help="claims matched (1,000)")
    ap.add_argument("--fuzzy-queries", type=int, default=20, help="queries run exhaustively (20)")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    if not (args.data / "bbc_news" / "bbc_articles.jsonl").exists():
        sys.exit(f"skipped: no BBC News data under {args.data} (pass --data)")
    from rapidfuzz import fuzz, process, utils

    elapsed: list[tuple[str, float]] = []
    t = time.perf_counter()
    pool, queries = load(args.data, args.queries, args.seed)
    elapsed.append(
        (f"reading and splitting the pool ({len(pool):,} distinct)", time.perf_counter() - t)
    )
    before_refs = rss()
    t = time.perf_counter()
    refs = grow(pool, args.size, args.seed)
    elapsed.append((f"growing it to {len(refs):,} Reference objects", time.perf_counter() - t))
    refs_bytes = rss() - before_refs

    # The index alone, from terms computed beforehand.
    t = time.perf_counter()
    term_lists = [reference_terms(r) for r in refs]
    elapsed.append(("terms of every reference", time.perf_counter() - t))
    t = time.perf_counter()
    index = Index.build(term_lists)
    elapsed.append(("Index.build over those terms (index alone)", time.perf_counter() - t))
    postings = int(index._starts[-1])
    del term_lists, index
    gc.collect()

    # The Corpus as users build it: terms and index, what it holds and its peak.
    start_rss = rss()
    t = time.perf_counter()
    with PeakRss() as sampled:
        corpus = Corpus(refs)
    elapsed.append(("Corpus(references): terms + index", time.perf_counter() - t))
    gc.collect()
    retained = rss() - start_rss
    build_peak = sampled.peak - start_rss
    index_bytes = corpus.index.nbytes()
    vocabulary = corpus.index.vocabulary
    vocab_bytes = sys.getsizeof(vocabulary) + sum(sys.getsizeof(w) for w in vocabulary)

    for q in queries[:5]:  # warm up: the model, caches
        find_matches(q, corpus, top=5, min_score=0)
    bm25 = timed(lambda q: corpus.search(terms(q), 30), queries)
    full = timed(lambda q: find_matches(q, corpus, top=5, min_score=0), queries)

    # Baseline: every reference scored with token_set_ratio, strings preprocessed once.
    t = time.perf_counter()
    choices = [utils.default_process(r.text) for r in refs]
    prep = time.perf_counter() - t
    sample = [utils.default_process(q) for q in queries[: args.fuzzy_queries]]
    t = time.perf_counter()
    for i in range(0, len(sample), 5):  # 5 rows of float32 per million references at once
        process.cdist(
            sample[i : i + 5], choices, scorer=fuzz.token_set_ratio, processor=None, workers=1
        )
    exhaustive = (time.perf_counter() - t) / max(1, len(sample))
    del choices

    sources = Counter(s.source for s in pool)
    print(
        f"Matching at scale: {len(refs):,} references grown by one-word variants from"
        f" {len(pool):,} distinct sentences ("
        + ", ".join(f"{k} {v:,}" for k, v in sources.most_common())
        + f"); {len(queries):,} queries; seed {args.seed}\n"
    )
    print(f"{'build':52} {'seconds':>8}")
    for label, seconds in elapsed:
        print(f"{label:52} {seconds:8.1f}")
    print(f"{'baseline: default_process of every reference':52} {prep:8.1f}")

    mb = 1e6
    print(f"\n{'memory':52} {'MB':>8}")
    print(f"{'references: Reference objects, ids, varied texts':52} {refs_bytes / mb:8.0f}")
    print(f"{f'index arrays, Index.nbytes() ({postings:,} postings)':52} {index_bytes / mb:8.0f}")
    print(f"{f'index vocabulary ({len(vocabulary):,} terms)':52} {vocab_bytes / mb:8.0f}")
    print(f"{'Corpus: RSS retained after build (index + list)':52} {retained / mb:8.0f}")
    print(f"{'Corpus: peak RSS during build, above start':52} {build_peak / mb:8.0f}")
    print(f"{'process peak RSS (everything, baseline included)':52} {peak_rss() / mb:8.0f}")

    ms = 1e3
    print(f"\n{'per query':44} {'p50 ms':>7} {'p95 ms':>7} {'mean ms':>8} {'vs exh.':>8}")
    rows = [
        ("BM25 retrieval, 30 candidates (terms incl.)", bm25),
        ("find_matches, top 5, min_score 0", full),
    ]
    for label, values in rows:
        mean = statistics.fmean(values)
        print(
            f"{label:44} {pct(values, 50) * ms:7.2f} {pct(values, 95) * ms:7.2f}"
            f" {mean * ms:8.2f} {exhaustive / mean:8.0f}"
        )
    label = f"exhaustive token_set_ratio ({len(sample)} queries)"
    print(f"{label:44} {'':7} {'':7} {exhaustive * ms:8.0f} {1:8.0f}")

    full_mean = statistics.fmean(full)
    print(
        f"\nall {len(queries):,} queries: find_matches {sum(full):.1f} s;"
        f" exhaustive token_set_ratio, extrapolated, {exhaustive * len(queries):.0f} s"
    )
    print(f"speed-up of find_matches over exhaustive: {exhaustive / full_mean:.0f}x (target >= 50)")
    print(
        f"p50 latency: BM25 {pct(bm25, 50) * ms:.1f} ms, find_matches {pct(full, 50) * ms:.1f} ms"
        " (target < 20)"
    )
    print(f"index memory: {(index_bytes + vocab_bytes) / mb:.0f} MB (target < 2000)")


if __name__ == "__main__":
    main()
