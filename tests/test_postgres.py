"""The same store and command line on PostgreSQL (a real server: see `.ci/postgres.sh`)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from claims_db import ArticleIn, ClaimIn, SlotIn, Store

pytestmark = pytest.mark.postgres


def claims() -> list[ClaimIn]:
    return [
        ClaimIn(
            "Trump and Kim have met three times since last June.",
            0,
            52,
            0.95,
            kinds=("count", "date"),
            slots=(
                SlotIn("number", "three times", 24, 35, {"value": 3, "unit": "times"}),
                SlotIn("date", "last June", 42, 51, {"interval": ["2018-06-01", "2018-06-30"]}),
            ),
        )
    ]


def test_store_round_trip_versions_and_rollback(postgres_url: str) -> None:
    article = ArticleIn(
        text="Trump and Kim have met three times since last June.",
        path="/news/a.txt",
        published=dt.date(2019, 10, 24),
    )
    with Store(postgres_url) as store:
        first = store.save_article(article, claims())
        again = store.save_article(article, claims())
        assert again.article_id == first.article_id and not again.created
        changed = store.save_article(
            ArticleIn(text=article.text + " Really.", path="/news/a.txt"), claims()
        )
        assert changed.version == 2
        row = store.claims(first.article_id)[0]
        assert row.kinds == ("count", "date")
        assert [s.value for s in row.slots][0] == {"value": 3, "unit": "times"}
        assert store.get_article(first.article_id).published == dt.date(2019, 10, 24)  # type: ignore[union-attr]
        assert store.get_article(first.article_id).created_at.tzinfo is not None  # type: ignore[union-attr]
        before = store.counts()
        bad = ClaimIn("x", 0, 1, 0.5, slots=(SlotIn("date", "x", 0, 1, {"v": object()}),))
        with pytest.raises(TypeError):
            store.save_article(ArticleIn(text="Another article."), [claims()[0], bad])
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
