"""The same store and command line on PostgreSQL (a real server: see `.ci/postgres.sh`)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claimcheck.matching.bm25 import PARAMETERS as BM25
from claims_db import ArticleRecord, Store, StoreError
from tests.rows import Row, claim, slot

pytestmark = pytest.mark.postgres


def claims() -> list[Row]:
    return [
        claim(
            "Trump and Kim have met three times since last June.",
            0,
            52,
            0.95,
            kinds=("count", "date"),
            slots=(
                slot("number", "three times", 24, 35, {"value": 3, "unit": "times"}),
                slot("date", "last June", 42, 51, {"interval": ["2018-06-01", "2018-06-30"]}),
            ),
        )
    ]


def test_store_round_trip_versions_and_rollback(postgres_url: str) -> None:
    article = ArticleRecord(
        text="Trump and Kim have met three times since last June.",
        path="/news/a.txt",
        published=dt.date(2019, 10, 24),
    )
    with Store(postgres_url) as store:
        first = store.save_article(article, claims())
        again = store.save_article(article, claims())
        assert again.article_id == first.article_id and not again.created
        changed = store.save_article(
            ArticleRecord(text=article.text + " Really.", path="/news/a.txt"), claims()
        )
        assert changed.version == 2
        row = store.claims(first.article_id)[0]
        assert row.kinds == ["count", "date"]
        assert [s.value for s in row.slots][0] == {"value": 3, "unit": "times"}
        assert store.get_article(first.article_id).published == dt.date(2019, 10, 24)  # type: ignore[union-attr]
        assert store.get_article(first.article_id).created_at.tzinfo is not None  # type: ignore[union-attr]
        before = store.counts()
        bad = claim("x", 0, 1, 0.5, slots=(slot("date", "x", 0, 1, {"v": object()}),))
        with pytest.raises(TypeError):
            store.save_article(ArticleRecord(text="Another article."), [claims()[0], bad])
        assert store.counts() == before
    with Store(postgres_url) as reopened:  # migrations are not applied twice
        assert reopened.counts() == before


def test_check_command_on_postgres(run, postgres_url: str, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = run(example_path, "--date", "2019-10-24", "--db", postgres_url, "--format", "json")
    assert first.code == 0, first
    second = run(example_path, "--date", "2019-10-24", "--db", postgres_url, "--format", "json")
    one, two = json.loads(first.out), json.loads(second.out)
    assert one["article"]["id"] == two["article"]["id"] and two["article"]["created"] is False
    with Store(postgres_url) as store:
        assert store.counts()["articles"] == 1
        stored = store.claims(one["article"]["id"], only_claims=True)
    assert [c.text for c in stored] == [c["text"] for c in one["claims"]]


def test_sources_search_and_matches_on_postgres(postgres_url: str) -> None:
    from claimcheck.matching.bm25 import Index
    from tests.rows import match as match_row
    from tests.rows import reference

    corpus = [
        "trump kim met three time sinc june 2018",
        "north korea close nuclear test site",
        "sweden help arrang talk unit state north korea",
        "talk broke februari hanoi trump walk away summit kim",
        "kim kim kim",
        "",
    ]

    def refs(docs: list[str]) -> list[Row]:
        return [reference(f"r{i}", f"statement {i}", d, "fact-check") for i, d in enumerate(docs)]

    with Store(postgres_url) as store:
        row = store.add_source(
            "desk", "desk.csv", refs(corpus), options={"format": "csv"}, problems=["line 9: bad"]
        )
        assert (row.reference_count, row.options, row.problems) == (
            6,
            {"format": "csv"},
            ["line 9: bad"],
        )
        with pytest.raises(StoreError, match="already registered"):
            store.add_source("desk", "again.csv", [])
        index = Index.build(d.split() for d in corpus)
        for query in (["kim"], ["trump", "kim", "three"], ["north", "korea", "sweden", "zzz"]):
            found = store.search_references(query, 10, **BM25)
            want = index.search(query, 10)
            assert [r.ref_id for r, _ in found] == [f"r{doc}" for doc, _ in want]
            assert [s for _, s in found] == pytest.approx([s for _, s in want], abs=1e-4)
        # Query syntax is not interpreted (to_tsquery operators are not alphanumeric).
        assert store.search_references(["korea", "|", "&", "!", "(", ":*", "'"], **BM25) == (
            store.search_references(["korea"], **BM25)
        )
        assert (
            store.search_references([], **BM25) == []
            and store.search_references(["kim"], 0, **BM25) == []
        )

        refreshed = store.refresh_source("desk", refs(["alpha beta", "gamma kim"]), [])
        assert (refreshed.reference_count, refreshed.problems) == (2, [])
        assert store.search_references(["korea", "trump"], **BM25) == []
        assert [r.ref_id for r, _ in store.search_references(["kim"], **BM25)] == ["r1"]

        saved = store.save_article(ArticleRecord(text=claims()[0]["text"]), claims())
        (claim_id,) = [c.id for c in store.claims(saved.article_id)]
        store.add_references(
            "claims",
            "the claims database",
            [reference(f"claim:{claim_id}", "x", "kim gamma", "claim", claim_id=claim_id)],
        )
        assert {r.ref_id for r, _ in store.search_references(["gamma"], **BM25)} == {
            "r1",
            f"claim:{claim_id}",
        }
        assert [
            r.ref_id
            for r, _ in store.search_references(["gamma"], exclude_article=saved.article_id, **BM25)
        ] == ["r1"]

        def match(ref_id: str, score: float) -> Row:
            return match_row(
                "desk",
                ref_id,
                "fact-check",
                "t",
                score,
                "conflicts",
                True,
                ("why",),
                {"clashes": ["count 3 vs 2"]},
            )

        store.save_matches({claim_id: [match("a", 0.9), match("b", 0.5)]})
        store.save_matches({claim_id: [match("c", 0.7), match("a", 0.6)]})
        got = store.matches([claim_id])[claim_id]
        assert [(m.rank, m.ref_id) for m in got] == [(0, "c"), (1, "a")]
        assert got[0].detail == {"clashes": ["count 3 vs 2"]} and got[0].reasons == ["why"]

        assert store.remove_source("desk") is True
        assert store.remove_source("desk") is False
        assert [s.name for s in store.sources()] == ["claims"]
        assert [r.ref_id for r, _ in store.search_references(["gamma", "alpha"], **BM25)] == [
            f"claim:{claim_id}"
        ]


def test_a_connection_the_server_dropped_is_replaced(postgres_url: str) -> None:
    # A reviewer reads a claim for a long while; a server restart, an idle timeout or a
    # proxy drops the pooled connection meanwhile. The next decision must not fail.
    from sqlalchemy import create_engine, text

    with Store(postgres_url) as store:
        saved = store.save_article(
            ArticleRecord(text="Trump and Kim have met three times."), claims()
        )
        (claim,) = store.claims(saved.article_id)
        admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            dropped = connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).all()
        admin.dispose()
        assert dropped  # the store's pooled connection was there, and is gone
        store.decide(claim.id, "ana", status="false", expected_version=claim.version)
        row = store.get_claim(claim.id)
        assert row is not None and row.status == "false"
