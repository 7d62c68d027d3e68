"""The BM25 index against a straightforward pure-Python BM25 on small random corpora."""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.matching.bm25 import Index, idf_of

K1, B = 1.2, 0.75
ALPHABET = list("abcdef")
TOLERANCE = 1e-4

documents = st.lists(st.lists(st.sampled_from(ALPHABET), max_size=8), max_size=12)
queries = st.lists(st.sampled_from([*ALPHABET, "unknown"]), max_size=5)


def plain_bm25(docs: list[list[str]], query: list[str]) -> dict[int, float]:
    """Score of every document with a query term; a repeated query term counts once."""
    n = len(docs)
    if n == 0:
        return {}
    average = sum(len(d) for d in docs) / n or 1.0
    df = Counter(t for d in docs for t in set(d))
    scores: dict[int, float] = {}
    for number, doc in enumerate(docs):
        tf = Counter(doc)
        found = [t for t in set(query) if tf[t]]
        if not found:
            continue
        norm = K1 * (1 - B + B * len(doc) / average)
        scores[number] = sum(
            math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5)) * tf[t] * (K1 + 1) / (tf[t] + norm)
            for t in found
        )
    return scores


def check(index: Index, docs: list[list[str]], query: list[str], k: int) -> None:
    got = index.search(query, k)
    expected_scores = plain_bm25(docs, query)
    expected = sorted(expected_scores, key=lambda d: (-expected_scores[d], d))[: max(k, 0)]
    assert len(got) == len(expected)
    numbers = [d for d, _ in got]
    assert len(set(numbers)) == len(numbers)
    for (doc, score), want in zip(got, expected):
        assert abs(score - expected_scores[doc]) < TOLERANCE
        # The same document, or one whose score is equal within rounding (a near tie
        # that float32 and float64 may order differently).
        assert doc == want or abs(expected_scores[doc] - expected_scores[want]) < TOLERANCE
    # Best first, exact ties by document number.
    for (d1, s1), (d2, s2) in zip(got, got[1:]):
        assert s1 > s2 or (s1 == s2 and d1 < d2)
    # Nothing left out scores better than the last one in.
    if got:
        left_out = set(expected_scores) - set(numbers)
        assert all(expected_scores[d] <= got[-1][1] + TOLERANCE for d in left_out)


@settings(max_examples=200, deadline=None)
@given(docs=documents, query=queries, other=queries, k=st.integers(-1, 15))
def test_search_is_bm25(docs: list[list[str]], query: list[str], other: list[str], k: int) -> None:
    index = Index.build(docs)
    check(index, docs, query, k)
    first = index.search(query, k)
    # Scores are reset between queries: another query, then the same answer again.
    check(index, docs, other, k)
    assert index.search(query, k) == first
    assert index.search(query, k) == first


@settings(max_examples=100, deadline=None)
@given(docs=documents)
def test_idf_is_bm25s(docs: list[list[str]]) -> None:
    index = Index.build(docs)
    df = Counter(t for d in docs for t in set(d))
    for term in ALPHABET:
        want = idf_of(df[term], len(docs)) if df[term] else 0.0
        assert abs(index.idf(term) - want) < TOLERANCE


def test_larger_corpus() -> None:
    """Thousands of documents, Zipf-like terms: queries of rare terms (few postings)
    and of frequent ones (postings a sizeable part of the corpus) alike."""
    rng = random.Random(7)
    vocabulary = [f"t{i}" for i in range(300)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    docs = [rng.choices(vocabulary, weights, k=rng.randint(0, 12)) for _ in range(2000)]
    index = Index.build(docs)
    for _ in range(30):
        start = rng.choice([0, 0, 100, 250])  # frequent or rare terms
        query = rng.sample(vocabulary[start : start + 50], rng.randint(1, 4))
        check(index, docs, query, rng.choice([1, 5, 30, 5000]))


def test_ties_broken_by_document_number() -> None:
    docs = [["a", "b"], ["c"], ["a", "b"], ["a", "b"], ["a", "b"]]
    index = Index.build(docs)
    assert [d for d, _ in index.search(["a"], 2)] == [0, 2]
    assert [d for d, _ in index.search(["a"], 10)] == [0, 2, 3, 4]


def test_edge_cases() -> None:
    docs = [["tax", "cut"], ["tax"], ["job"]]
    index = Index.build(docs)
    assert index.search([], 5) == []
    assert index.search(["unknown"], 5) == []
    assert index.search(["tax"], 0) == []
    assert index.search(["tax"], -3) == []
    assert [d for d, _ in index.search(["tax", "unknown"], 10)] == [1, 0]  # k > hits
    assert [d for d, _ in index.search(iter(["cut", "cut"]), 1)] == [0]  # any iterable
    assert index.idf("unknown") == 0.0


def test_empty_corpus() -> None:
    index = Index.build([])
    assert index.size == 0
    assert index.search(["tax"], 5) == []
    assert index.search([], 0) == []
    assert index.idf("tax") == 0.0
    assert index.nbytes() >= 0


def test_corpus_of_empty_documents() -> None:
    index = Index.build([[], [], []])
    assert index.size == 3
    assert index.search(["tax"], 5) == []


def test_long_reference_terms_are_counted_once_and_score_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A whole report's terms (past _LONG_TERMS) are counted once and the counts kept for
    the next claims; the scores are those of counting them each time."""
    from claims_db import references

    long_terms = " ".join(["talk", "stockholm", "day", "budget"] * 6000)
    rows = [(1, long_terms, 24000), (2, "talk day", 2)]
    idf = {"talk": 1.0, "stockholm": 2.0}
    present = ["stockholm", "talk"]
    bm25 = references.Bm25(1.2, 0.75)
    counted_once = references._scores(rows, idf, present, 100.0, bm25)  # type: ignore[arg-type]
    monkeypatch.setattr(references, "_LONG_TERMS", 10**9)
    counted_each_time = references._scores(rows, idf, present, 100.0, bm25)  # type: ignore[arg-type]
    assert counted_once == counted_each_time
    assert counted_once[1] > 0
