"""Sources, references, their full-text search and claims' matches in the claims database.

On SQLite and PostgreSQL through the ``store`` fixture. The stored search must score as
the in-memory :class:`claimcheck.matching.bm25.Index` does on the same terms, on both engines.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from claimcheck.matching.bm25 import PARAMETERS as BM25
from claimcheck.matching.bm25 import Index
from claims_db import ArticleRecord, ReferenceRecord, Store, StoreError, references
from tests.rows import Row, claim, reference
from tests.rows import match as match_row

# A small corpus of index terms (lower-case stems, as claimcheck.matching.terms makes them).
CORPUS = {
    "fc1": "trump kim met three time sinc june 2018",
    "fc2": "north korea close nuclear test site",
    "fc3": "sweden help arrang talk unit state north korea",
    "fc4": "talk broke februari hanoi trump walk away summit kim",
    "fc5": "kim kim kim",
}


def ref(ref_id: str, terms: str, **fields: Any) -> Row:
    fields.setdefault("text", f"statement {ref_id}")
    fields.setdefault("kind", "fact-check")
    return reference(ref_id=ref_id, terms=terms, **fields)


def corpus_refs(corpus: dict[str, str] = CORPUS) -> list[Row]:
    return [ref(i, t) for i, t in corpus.items()]


def ids(found: Sequence[tuple[Any, float]]) -> list[str]:
    return [r.ref_id for r, _ in found]


def expected(corpus: Sequence[str], query: Sequence[str], k: int = 100) -> list[tuple[int, float]]:
    return Index.build([t.split() for t in corpus]).search(query, k)


def assert_ranked_as(
    found: Sequence[tuple[ReferenceRecord, float]],
    want: Sequence[tuple[int, float]],
    ref_id: Callable[[int], str] = str,
) -> None:
    """The stored search found what the in-memory index finds, in order, same scores."""
    assert ids(found) == [ref_id(doc) for doc, _ in want]
    assert [s for _, s in found] == pytest.approx([s for _, s in want], abs=1e-4)


def sql(store: Store, statement: str, **params: Any) -> list[Any]:
    with store._engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return list(result.all()) if result.returns_rows else []


def assert_fts_in_step(store: Store) -> None:
    """The FTS5 index holds exactly the references' terms: same rows, same document
    frequencies (what the BM25 idf is computed from). SQLite's FTS5 only."""
    if not store.url.startswith("sqlite"):
        return
    sql(store, "INSERT INTO reference_fts(reference_fts, rank) VALUES ('integrity-check', 1)")
    df: Counter[str] = Counter()
    for (terms,) in sql(store, "SELECT terms FROM reference"):
        df.update(set(terms.split()))
    assert dict(sql(store, "SELECT term, doc FROM reference_vocab")) == dict(df)


def saved_claims(store: Store, body: str, texts: Sequence[str]) -> tuple[int, list[int]]:
    """An article with these claims stored: its id and its claims' ids."""
    claims = [claim(t, i, i + 1, 0.9) for i, t in enumerate(texts)]
    saved = store.save_article(ArticleRecord(text=body), claims)
    return saved.article_id, [c.id for c in store.claims(saved.article_id)]


# Adding and searching


def test_add_source_then_search_best_first(store: Store) -> None:
    refs = corpus_refs()
    refs[0] = ref(
        "fc1",
        CORPUS["fc1"],
        text="Trump and Kim have met three times since June 2018.",
        rating="True",
        publisher="Verify Desk",
        url="https://verify.example/fc1",
        published=dt.date(2019, 10, 30),
        claim_date=dt.date(2019, 10, 24),
        title="Three meetings",
        claimant="Trump",
        extra="a summary",
    )
    row = store.add_source(
        "desk", "factchecks.csv", refs, options={"format": "csv"}, problems=["line 3: no text"]
    )
    assert (row.name, row.spec, row.reference_count) == ("desk", "factchecks.csv", 5)
    assert row.options == {"format": "csv"} and row.problems == ["line 3: no text"]
    assert row.added_at.tzinfo is not None and row.refreshed_at >= row.added_at
    assert store.get_source("desk") == row
    assert store.get_source("nothing") is None

    query = ["trump", "kim", "three", "summit"]
    found = store.search_references(query, 10, **BM25)
    assert ids(found) == ["fc1", "fc4", "fc5"]
    scores = [s for _, s in found]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)
    want = expected(list(CORPUS.values()), query)
    assert_ranked_as(found, want, lambda doc: f"fc{doc + 1}")
    best = found[0][0]
    assert (best.source.name, best.source_id, best.kind) == ("desk", row.id, "fact-check")
    assert best.text == "Trump and Kim have met three times since June 2018."
    assert (best.rating, best.publisher, best.claimant) == ("True", "Verify Desk", "Trump")
    assert (best.published, best.claim_date) == (dt.date(2019, 10, 30), dt.date(2019, 10, 24))
    assert (best.url, best.title, best.extra) == (
        "https://verify.example/fc1",
        "Three meetings",
        "a summary",
    )
    assert best.claim_id is None and best.path is None
    assert ids(store.search_references(query, 2, **BM25)) == ["fc1", "fc4"]
    assert_fts_in_step(store)


def test_sources_are_listed_by_name(store: Store) -> None:
    store.add_source("zeta", "z.csv", [ref("z1", "zeta")])
    store.add_source("alpha", "a.csv", [])
    assert [(s.name, s.reference_count) for s in store.sources()] == [("alpha", 0), ("zeta", 1)]
    for name in ("desk", "Desk", "Ärger"):
        store.add_source(name, "x.csv", [])
    # Code point order on both engines, whatever the PostgreSQL server's collation.
    assert [s.name for s in store.sources()] == ["Desk", "alpha", "desk", "zeta", "Ärger"]


def test_repeated_ref_id_in_one_reading_keeps_the_first(store: Store) -> None:
    row = store.add_source("desk", "d.csv", [ref("x", "first"), ref("x", "second")])
    assert row.reference_count == 1
    assert ids(store.search_references(["first"], **BM25)) == ["x"]
    assert store.search_references(["second"], **BM25) == []


words = st.sampled_from("kim trump korea summit hanoi talk 2018 three sweden missil".split())
corpora = st.lists(st.lists(words, max_size=8), min_size=1, max_size=30)
queries = st.lists(words | st.sampled_from(["unknown", "zzz"]), min_size=1, max_size=4)


@settings(max_examples=30, deadline=None)
@given(docs=corpora, query=queries, split=st.integers(0, 30))
def test_scores_equal_the_in_memory_index(
    docs: list[list[str]], query: list[str], split: int
) -> None:
    """Same BM25 whatever the engine: the statistics span every source."""
    split = min(split, len(docs))
    with Store("sqlite://") as memory:
        memory.add_source("a", "a", [ref(str(i), " ".join(d)) for i, d in enumerate(docs[:split])])
        memory.add_source(
            "b", "b", [ref(str(i), " ".join(d)) for i, d in enumerate(docs) if i >= split]
        )
        k = len(docs) + 5  # every hit: no cut between two near-equal scores
        found = memory.search_references(query, k, **BM25)
    want = Index.build(docs).search(query, k)
    got = {int(r.ref_id): score for r, score in found}
    assert got == {doc: pytest.approx(score, abs=1e-4) for doc, score in want}
    expected = ["a" if int(r.ref_id) < split else "b" for r, _ in found]
    assert [r.source.name for r, _ in found] == expected
    # Best first, equal scores in the order the references were added.
    assert [(-s, int(r.ref_id)) for r, s in found] == sorted((-s, int(r.ref_id)) for r, s in found)


@pytest.mark.parametrize("seed", range(3))
def test_scores_equal_the_index_on_random_corpora(store: Store, seed: int) -> None:
    import random

    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(25)]
    docs = [rng.choices(vocabulary, k=rng.randint(1, 12)) for _ in range(60)]
    store.add_source("random", "r", [ref(str(i), " ".join(d)) for i, d in enumerate(docs)])
    for _ in range(10):
        query = rng.sample(vocabulary, rng.randint(1, 4))
        found = store.search_references(query, 10, **BM25)
        want = Index.build(docs).search(query, 10)
        assert_ranked_as(found, want)


def test_duplicate_name_is_a_store_error(store: Store) -> None:
    store.add_source("desk", "d.csv", corpus_refs())
    with pytest.raises(StoreError, match="already registered") as raised:
        store.add_source("desk", "other.csv", [ref("new", "brand new term")])
    assert "\n" not in str(raised.value)
    source = store.get_source("desk")
    assert source is not None and (source.spec, source.reference_count) == ("d.csv", 5)
    assert store.search_references(["brand"], **BM25) == []  # all or nothing
    assert_fts_in_step(store)


# Refreshing and removing


def test_refresh_replaces_the_references(store: Store) -> None:
    first = store.add_source("desk", "d.csv", corpus_refs(), problems=["old problem"])
    other = store.add_source("other", "o.csv", [ref("o1", "kim summit")])
    row = store.refresh_source(
        "desk", [ref("fc1", "alpha beta"), ref("fc9", "gamma kim")], problems=["new one"]
    )
    assert (row.id, row.reference_count, row.problems) == (first.id, 2, ["new one"])
    assert row.refreshed_at >= first.refreshed_at and row.added_at == first.added_at
    assert store.get_source("desk") == row
    assert store.search_references(["korea", "sweden", "hanoi", "2018"], **BM25) == []
    assert ids(store.search_references(["alpha"], **BM25)) == ["fc1"]
    assert sorted(ids(store.search_references(["kim"], **BM25))) == ["fc9", "o1"]
    assert store.get_source("other") == other
    # The statistics are those of the new reading.
    want = expected(["alpha beta", "gamma kim", "kim summit"], ["gamma", "kim"])
    got = [s for _, s in store.search_references(["gamma", "kim"], **BM25)]
    assert got == pytest.approx([s for _, s in want], abs=1e-4)
    assert_fts_in_step(store)
    with pytest.raises(StoreError, match="no source named 'nothing'"):
        store.refresh_source("nothing", [])


def test_remove_cascades_to_references_and_the_index(store: Store) -> None:
    store.add_source("desk", "d.csv", corpus_refs())
    store.add_source("keep", "k.csv", [ref("k1", "sweden stockholm")])
    assert store.remove_source("desk") is True
    assert store.get_source("desk") is None
    assert [s.name for s in store.sources()] == ["keep"]
    assert store.search_references(["trump", "kim", "korea", "site"], **BM25) == []
    assert ids(store.search_references(["sweden"], **BM25)) == ["k1"]
    assert sql(store, "SELECT count(*) FROM reference") == [(1,)]
    assert_fts_in_step(store)
    assert store.remove_source("desk") is False
    # The name is free again.
    assert store.add_source("desk", "d2.csv", [ref("n1", "kim")]).reference_count == 1


# Upserting (the claims source)


def test_add_references_upserts_by_ref_id(store: Store) -> None:
    assert store.get_source("claims") is None
    n = store.add_references("claims", "the claims database", [ref("c1", "kim"), ref("c2", "old")])
    assert n == 2
    created = store.get_source("claims")
    assert created is not None
    assert (created.spec, created.reference_count, created.options) == (
        "the claims database",
        2,
        {},
    )
    n = store.add_references(
        "claims", "ignored", [ref("c2", "new words", text="changed"), ref("c3", "kim")]
    )
    assert n == 3
    source = store.get_source("claims")
    assert source is not None and (source.spec, source.reference_count) == (
        "the claims database",
        3,
    )
    assert store.search_references(["old"], **BM25) == []
    ((row, _),) = store.search_references(["new"], **BM25)
    assert (row.ref_id, row.text) == ("c2", "changed")
    assert sorted(ids(store.search_references(["kim"], **BM25))) == ["c1", "c3"]
    assert_fts_in_step(store)


def test_exclude_article_leaves_out_its_own_claims(store: Store) -> None:
    first, (a1, a2) = saved_claims(store, "first", ["Kim met Trump.", "Kim went to Hanoi."])
    second, (b1,) = saved_claims(store, "second", ["Kim met Trump again."])
    store.add_references(
        "claims",
        "the claims database",
        [
            ref(f"claim:{a1}", "kim met trump", claim_id=a1, kind="claim"),
            ref(f"claim:{a2}", "kim went hanoi", claim_id=a2, kind="claim"),
            ref(f"claim:{b1}", "kim met trump again", claim_id=b1, kind="claim"),
        ],
    )
    store.add_source("desk", "d.csv", [ref("fc1", "kim met trump")])
    query = ["kim", "met", "trump", "hanoi"]
    everything = store.search_references(query, **BM25)
    assert sorted(ids(everything)) == sorted([f"claim:{a1}", f"claim:{a2}", f"claim:{b1}", "fc1"])
    without_first = store.search_references(query, exclude_article=first, **BM25)
    assert sorted(ids(without_first)) == sorted([f"claim:{b1}", "fc1"])
    # Leaving rows out does not change the scores of the others.
    scores = {r.ref_id: s for r, s in everything}
    assert all(s == pytest.approx(scores[r.ref_id]) for r, s in without_first)
    assert sorted(ids(store.search_references(query, exclude_article=second, **BM25))) == sorted(
        [f"claim:{a1}", f"claim:{a2}", "fc1"]
    )
    assert len(store.search_references(query, exclude_article=999, **BM25)) == 4
    claim_row = next(r for r, _ in everything if r.ref_id == f"claim:{a1}")
    assert (claim_row.claim_id, claim_row.source.name, claim_row.kind) == (a1, "claims", "claim")


def test_a_reviewed_claim_is_rated_by_its_status(store: Store) -> None:
    _, (c1, c2) = saved_claims(store, "article", ["Kim met Trump.", "Kim met Moon."])
    store.add_references(
        "claims",
        "the claims database",
        [
            ref(f"claim:{c1}", "kim met trump", claim_id=c1),
            ref(f"claim:{c2}", "kim met moon", claim_id=c2, rating="stored rating"),
        ],
    )
    store.add_source("desk", "d.csv", [ref("fc1", "kim met", rating="True")])

    def ratings() -> dict[str, str | None]:
        return {r.ref_id: r.rating for r, _ in store.search_references(["kim"], **BM25)}

    assert ratings() == {f"claim:{c1}": None, f"claim:{c2}": "stored rating", "fc1": "True"}
    sql(store, "UPDATE claim SET status = 'false' WHERE id = :id", id=c1)
    sql(store, "UPDATE claim SET status = 'mostly true' WHERE id = :id", id=c2)
    assert ratings() == {f"claim:{c1}": "false", f"claim:{c2}": "mostly true", "fc1": "True"}
    sql(store, "UPDATE claim SET status = 'unreviewed' WHERE id = :id", id=c2)
    assert ratings()[f"claim:{c2}"] == "stored rating"


def test_reviewed_claims_only_leaves_out_the_unreviewed(store: Store) -> None:
    _, (c1, c2) = saved_claims(store, "article", ["Kim met Trump.", "Kim met Moon."])
    store.add_references(
        "claims",
        "the claims database",
        [
            ref(f"claim:{c1}", "kim met trump", claim_id=c1),
            ref(f"claim:{c2}", "kim met moon", claim_id=c2),
        ],
    )

    def found() -> list[str]:
        return ids(store.search_references(["kim"], reviewed_claims_only=True, **BM25))

    assert found() == []  # nothing reviewed, no other source: nothing to search
    sql(store, "UPDATE claim SET status = 'false' WHERE id = :id", id=c2)
    assert found() == [f"claim:{c2}"]
    store.add_source("desk", "d.csv", [ref("fc1", "kim met", rating="True")])
    assert sorted(found()) == sorted([f"claim:{c2}", "fc1"])
    assert len(store.search_references(["kim"], **BM25)) == 3  # all of them otherwise


# Matches


def match(ref_id: str, score: float, relation: str = "related", **fields: Any) -> Row:
    return match_row(
        source=fields.pop("source", "desk"),
        ref_id=ref_id,
        kind=fields.pop("kind", "fact-check"),
        text=f"statement {ref_id}",
        score=score,
        relation=relation,
        confident=fields.pop("confident", True),
        **fields,
    )


def test_save_matches_replaces_and_reads_back_in_rank_order(store: Store) -> None:
    article, (c1, c2, c3) = saved_claims(store, "article", ["a", "b", "c"])
    detail = {"clashes": ["count 3 vs 2"], "span": [0, 12], "date": "2019-10-25"}
    first = [
        match("fc2", 0.9, "conflicts", reasons=("differs: count 3 vs 2",), detail=detail),
        match("fc1", 0.7, "corroborates"),
        match("fc3", 0.2, "related", confident=False),
    ]
    store.save_matches({c1: first, c2: [match("fc1", 0.5)]})
    got = store.matches([c1, c2, c3])
    assert set(got) == {c1, c2, c3} and got[c3] == []
    assert [(m.rank, m.ref_id, m.relation) for m in got[c1]] == [
        (0, "fc2", "conflicts"),
        (1, "fc1", "corroborates"),
        (2, "fc3", "related"),
    ]
    top = got[c1][0]
    assert (top.claim_id, top.source, top.kind, top.text) == (
        c1,
        "desk",
        "fact-check",
        "statement fc2",
    )
    assert (top.score, top.confident, top.decision) == (0.9, True, None)
    assert top.reasons == ["differs: count 3 vs 2"] and top.detail == detail
    assert top.created_at.tzinfo is not None
    assert got[c1][2].confident is False
    assert [m.ref_id for m in got[c2]] == ["fc1"]

    # A second check replaces the claim's matches, and only that claim's.
    store.save_matches({c1: [match("fc9", 0.4, "checked-before")]})
    again = store.matches([c1, c2])
    assert [(m.rank, m.ref_id) for m in again[c1]] == [(0, "fc9")]
    assert [m.ref_id for m in again[c2]] == ["fc1"]
    store.save_matches({c2: []})
    assert store.matches([c2]) == {c2: []}
    assert store.matches([]) == {}

    # Deleting the article takes its claims' matches and indexed claims with it.
    store.add_references("claims", "the claims database", [ref(f"claim:{c1}", "gone", claim_id=c1)])
    assert ids(store.search_references(["gone"], **BM25)) == [f"claim:{c1}"]
    sql(store, "DELETE FROM article WHERE id = :id", id=article)
    assert store.matches([c1, c2]) == {c1: [], c2: []}
    assert sql(store, "SELECT count(*) FROM claim_match") == [(0,)]
    assert store.search_references(["gone"], **BM25) == []
    assert_fts_in_step(store)


def test_matches_of_an_unknown_claim_are_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="cannot save matches"):
        store.save_matches({12345: [match("fc1", 0.5)]})


# Queries that find nothing, and query syntax


def test_searches_that_find_nothing(store: Store) -> None:
    assert store.search_references(["kim"], **BM25) == []  # nothing stored yet
    store.add_source("desk", "d.csv", corpus_refs())
    assert store.search_references([], **BM25) == []
    assert store.search_references(["unknown", "words"], **BM25) == []
    assert store.search_references(["kim"], 0, **BM25) == []
    assert store.search_references(["kim"], -1, **BM25) == []
    assert len(store.search_references(["kim"], 1, **BM25)) == 1


JUNK = [
    ['"'],
    ['"kim'],
    ["kim*"],
    ["*"],
    ["OR"],
    ["AND", "NOT"],
    ["NEAR("],
    ["NEAR(kim trump)"],
    ["kim OR trump"],
    ["terms:kim"],
    ["^kim"],
    ["-kim"],
    ["(", ")"],
    ["'"],
    [""],
    [" "],
    ["\x00"],
]


def test_query_syntax_is_not_interpreted(store: Store) -> None:
    """Only alphanumeric terms are searched, each as a plain word: FTS5 operators,
    quotes and column filters neither raise nor change what is found."""
    store.add_source("desk", "d.csv", corpus_refs())
    plain = store.search_references(["korea"], **BM25)
    assert len(plain) == 2
    for junk in JUNK:
        assert store.search_references(["korea", *junk], **BM25) == plain, junk
        assert store.search_references(junk, **BM25) == [], junk
    # Operator words are alphanumeric: searched as plain words, found as such.
    store.add_source("words", "w", [ref("w1", "or near and not")])
    assert ids(store.search_references(["near", "OR("], **BM25)) == ["w1"]


def test_terms_are_normalised_when_stored_and_searched(store: Store) -> None:
    # claims_db keeps lower-case [a-z0-9]+ words, so the index's counts and the scores
    # computed from them agree whatever case a caller passes.
    store.add_source("desk", "d", [ref("0", "Korea nuclear"), ref("1", "korea summit")])
    upper = store.search_references(["Korea"], **BM25)
    assert ids(upper) == ids(store.search_references(["korea"], **BM25)) and len(upper) == 2
    assert all(score > 0 for _, score in upper)


def test_best_references_beyond_the_pool(store: Store) -> None:
    # 150 long references with a rarer term, 200 short ones repeating a term that half
    # of all references have: by BM25 the short ones are the best five.
    docs = [["rare"] + [f"filler{i % 50}"] * 10 for i in range(150)]
    docs += [["common"] * 3] * 200 + [["other"]] * 50
    store.add_source("big", "b", [ref(str(i), " ".join(d)) for i, d in enumerate(docs)])
    query = ["rare", "common"]
    want = Index.build(docs).search(query, 5)
    found = store.search_references(query, 5, **BM25)
    assert [s for _, s in found] == pytest.approx([s for _, s in want], abs=1e-4)


def test_ties_at_the_cut_are_the_same_documents(store: Store) -> None:
    docs = [["a", "b"] if i % 2 else ["a"] for i in range(30)]  # 15 equal best
    store.add_source("ties", "t", [ref(str(i), " ".join(d)) for i, d in enumerate(docs)])
    assert ids(store.search_references(["a"], 5, **BM25)) == ["0", "2", "4", "6", "8"]
    assert [d for d, _ in Index.build(docs).search(["a"], 5)] == [0, 2, 4, 6, 8]


# Retrieval beyond the exact step: with few postings allowed for step 1, step 2 (the
# terms' bounds against the bar, then singles and pairs ranked by the engine) decides.


@pytest.mark.parametrize("seed", range(4))
def test_bounded_search_finds_the_exact_best_on_random_corpora(
    store: Store, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import random

    import claims_db.references

    monkeypatch.setattr(claims_db.references, "_EXACT", 8)
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(12)]  # few words: every term is common
    docs = [rng.choices(vocabulary, k=rng.randint(1, 8)) for _ in range(120)]
    store.add_source("random", "r", [ref(str(i), " ".join(d)) for i, d in enumerate(docs)])
    index = Index.build(docs)
    for _ in range(10):
        query = rng.sample(vocabulary, rng.randint(2, 5))
        found = store.search_references(query, 5, **BM25)
        want = index.search(query, 5)
        # The pool covers every candidate here, so the bounded search is exact.
        assert [s for _, s in found] == pytest.approx([s for _, s in want], abs=1e-4)


def test_the_one_reference_holding_every_common_term_comes_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each term alone is in hundreds of references; one holds all three. Ranking each
    # term's references on its own (the old search) never met it.
    import claims_db.references

    monkeypatch.setattr(claims_db.references, "_EXACT", 100)
    docs = [[word, f"pad{i}"] for word in ("yet", "poll", "u") for i in range(400)]
    docs.append(["yet", "poll", "u", "pad1", "pad2", "pad3"])
    store.add_source("many", "m", [ref(str(i), " ".join(d)) for i, d in enumerate(docs)])
    found = store.search_references(["yet", "poll", "u"], 3, **BM25)
    assert ids(found)[0] == str(len(docs) - 1)


def test_term_counts_follow_every_change(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The document frequencies the search reads (FTS5's vocabulary on SQLite, the
    trigger-kept table on PostgreSQL) equal a count over the stored terms after adding,
    upserting, refreshing, saving claims and removing; references are written two to a
    statement, so that each change spans several statements."""
    monkeypatch.setattr(references, "_BATCH", 2)

    def stored_counts() -> Counter[str]:
        counts: Counter[str] = Counter()
        for (terms,) in sql(store, "SELECT terms FROM reference"):
            counts.update(set(terms.split()))
        return counts

    def vocabulary() -> Counter[str]:
        rows = sql(store, "SELECT term, doc FROM reference_vocab")
        return Counter({term: doc for term, doc in rows if doc})

    store.add_source("desk", "d.csv", corpus_refs())
    assert vocabulary() == stored_counts()
    store.add_references("desk", "d.csv", [ref("fc1", "trump trump tweet"), ref("fc9", "kim")])
    assert vocabulary() == stored_counts()
    store.refresh_source("desk", corpus_refs({"fc2": "north korea", "fc3": "sweden talk"}), [])
    assert vocabulary() == stored_counts()
    store.add_source("other", "o.csv", corpus_refs())
    store.remove_source("desk")
    assert vocabulary() == stored_counts() and vocabulary()["kim"] == 3
