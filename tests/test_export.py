"""claimcheck.desk.export and claimcheck.desk.importer: each format's contract, and the round
trip export -> import into an empty database -> export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from claimcheck import errors
from claimcheck.desk import export, importer
from claimcheck.models import STATUSES
from claims_db import ArticleRecord, Store, StoreError
from tests.rows import claim, slot
from tests.rows import match as match_row

DATA = Path(__file__).resolve().parent / "data" / "archives"


def populate(store: Store) -> list[int]:
    """Two articles; claim 0 decided false with a note, a formula-like text and a match."""
    first = store.save_article(
        ArticleRecord(
            text="Taxes rose 4% in 2019. He said so.",
            url="https://news.example/a",
            title="Taxes",
            published=dt.date(2020, 1, 2),
        ),
        [
            claim(
                '=HYPERLINK("x") taxes rose 4% in 2019.',
                0,
                22,
                0.9,
                kinds=("number", "date"),
                slots=(
                    slot("number", "4%", 11, 13, {"value": 4, "unit": "%"}),
                    slot("date", "2019", 17, 21, {"interval": ["2019-01-01", "2019-12-31"]}),
                ),
            ),
            claim("He said so.", 23, 34, 0.7, speaker="Bob Smith"),
            claim("Not a claim.", 35, 40, 0.1, is_claim=False),
        ],
    )
    second = store.save_article(
        ArticleRecord(text="Crime fell.", path="/tmp/local.txt"),
        [claim("Crime fell by half.", 0, 11, 0.8)],
    )
    ids = [c.id for c in store.claims(first.article_id, only_claims=True)]
    ids += [c.id for c in store.claims(second.article_id, only_claims=True)]
    store.save_matches(
        {ids[0]: [match_row("snopes", "7", "factcheck", "Taxes rose 2%", 0.6, "conflicts", True)]}
    )
    store.decide(ids[0], "ana", status="false", note="-It rose 2%, not 4%")
    store.decide(ids[2], "ben", status="verified")
    store.decide(ids[1], "ana", status="in-progress", assign="ben")
    return ids


@pytest.fixture
def items(store: Store) -> list[export.ExportItem]:
    populate(store)
    return export.export_rows(store)


def test_export_rows_are_the_claims_with_article_matches_and_history(
    items: list[export.ExportItem],
) -> None:
    assert [i.claim.text for i in items][1:] == ["He said so.", "Crime fell by half."]
    first = items[0]
    assert first.article.title == "Taxes"
    assert first.best is not None and first.best.relation == "conflicts"
    assert [e.action for e in first.history] == ["status", "note"]


def test_csv_has_meedan_columns_then_ours_one_row_per_claim(
    items: list[export.ExportItem],
) -> None:
    text = export.to_csv(items)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[:7] == [
        "Claim",
        "Item page URL",
        "Status",
        "Created by",
        "Submitted at",
        "Report Published at",
        "Tags",
    ]
    for ours in ("Note", "score", "kinds", "dates", "numbers", "best_match", "reviewer"):
        assert ours in rows[0]
    assert len(rows) == 3
    first = rows[0]
    assert first["Status"] == "false" and first["reviewer"] == "ana"
    assert first["Note"] == "'-It rose 2%, not 4%"  # neutralised: starts with "-"
    assert first["Claim"].startswith("'=HYPERLINK")
    assert first["Item page URL"] == "https://news.example/a"
    assert first["best_match"] == "Taxes rose 2%" and first["best_match_relation"] == "conflicts"
    assert first["numbers"] == "4%=4 %" and first["dates"] == "2019=2019-01-01/2019-12-31"
    assert first["decided_at"].endswith("UTC") and first["Report Published at"]
    assert rows[1]["Report Published at"] == ""  # in progress: no report yet
    assert rows[2]["Item page URL"] == "/tmp/local.txt"
    assert not text.startswith("\ufeff")
    assert export.to_csv(items, bom=True).startswith("\ufeffClaim,")


def test_claimreview_has_googles_required_fields_for_verdicts_only(
    items: list[export.ExportItem],
) -> None:
    reviews = json.loads(export.to_claimreview(items))
    assert len(reviews) == 2  # false and verified; in-progress has no verdict
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"].startswith("=HYPERLINK")
    assert review["url"] == f"https://news.example/a#claim-{items[0].claim.id}"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert review["author"] == {"@type": "Person", "name": "ana"}
    decided = items[0].claim.decided_at
    assert decided is not None
    assert review["datePublished"] == decided.isoformat(timespec="seconds")
    assert review["reviewBody"] == "-It rose 2%, not 4%"
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "appearance": [{"@type": "CreativeWork", "url": "https://news.example/a"}],
        "datePublished": "2020-01-02",
    }
    assert reviews[1]["url"] == f"urn:claimcheck:claim:{items[2].claim.id}"
    assert reviews[1]["reviewRating"]["ratingValue"] == 5


def test_claimreview_rating_map_and_publisher(items: list[export.ExportItem]) -> None:
    reviews = json.loads(export.to_claimreview(items, {"false": 2}, "Fact Desk"))
    assert reviews[0]["reviewRating"]["ratingValue"] == 2
    assert "ratingValue" not in reviews[1]["reviewRating"]  # verified is not in the map
    assert reviews[1]["reviewRating"]["alternateName"] == "Verified"
    assert all(r["author"] == {"@type": "Organization", "name": "Fact Desk"} for r in reviews)


def test_claimreview_of_an_unreviewed_database_is_empty(store: Store) -> None:
    store.save_article(ArticleRecord(text="x"), [claim("A claim.", 0, 1, 0.9)])
    assert json.loads(export.to_claimreview(export.export_rows(store))) == []


def test_markdown_is_a_readable_report(items: list[export.ExportItem]) -> None:
    text = export.to_markdown(items)
    assert text.startswith("# Claims report (3 claims)")
    assert "## Taxes" in text
    assert "**false**" in text and "- Note: -It rose 2%, not 4%" in text
    assert "- Decided by ana at " in text
    assert "- Best match (conflicts, 0.60, snopes): Taxes rose 2%" in text
    assert "- Speaker: Bob Smith" in text


def test_filters(store: Store) -> None:
    ids = populate(store)
    by_status = export.export_rows(store, export.Filters(statuses=("false", "verified")))
    assert [i.claim.id for i in by_status] == [ids[0], ids[2]]
    by_article = export.export_rows(store, export.Filters(article_ids=(2,)))
    assert [i.claim.id for i in by_article] == [ids[2]]
    by_reviewer = export.export_rows(store, export.Filters(reviewer="ben"))
    assert [i.claim.id for i in by_reviewer] == [ids[2]]
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    assert export.export_rows(store, export.Filters(since=tomorrow)) == []
    assert len(export.export_rows(store, export.Filters(since=dt.date(2000, 1, 1)))) == 3
    with pytest.raises(errors.UsageError, match="no article #9"):
        export.export_rows(store, export.Filters(article_ids=(9,)))
    with pytest.raises(errors.UsageError, match="unknown status"):
        export.statuses_of(["false,bogus"])


def test_sqlite_copy_opens_with_the_stdlib(store: Store, tmp_path: Path) -> None:
    ids = populate(store)
    target = tmp_path / "copy.db"
    counts = store.copy_to_sqlite(target)  # from SQLite or PostgreSQL
    assert counts["article"] == 2 and counts["claim"] == 4 and counts["claim_match"] == 1
    with sqlite3.connect(target) as db:
        rows = db.execute("SELECT id, status, note, reviewer FROM claim ORDER BY id").fetchall()
        mode = db.execute("PRAGMA journal_mode").fetchone()
    assert rows[0] == (ids[0], "false", "-It rose 2%, not 4%", "ana")
    assert mode == ("delete",)
    with Store(f"sqlite:///{target}") as copy:
        assert export.to_jsonl(export.export_rows(copy)) == export.to_jsonl(
            export.export_rows(store)
        )
    with pytest.raises(StoreError, match="already exists"):
        store.copy_to_sqlite(target)


def test_write_atomic_refuses_to_overwrite_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    export.write_text_atomic(str(target), "one")
    with pytest.raises(errors.UsageError, match="--force"):
        export.write_text_atomic(str(target), "two")
    assert target.read_text() == "one"
    export.write_text_atomic(str(target), "two", force=True)
    assert target.read_text() == "two"

    def fail(tmp: str) -> None:
        Path(tmp).write_text("half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        export.write_atomic(str(tmp_path / "new.csv"), fail)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_round_trip_loses_nothing(store: Store, tmp_path: Path, fmt: str) -> None:
    populate(store)
    before = export.export_rows(store)
    text = export.render(before, fmt)
    path = tmp_path / f"claims.{fmt}"
    path.write_text(text, encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'empty.db'}") as fresh:
        result = importer.import_file(fresh, str(path))
        assert (result.kind, result.articles, result.claims) == ("export", 2, 3)
        after = export.export_rows(fresh)
        assert after == before
        assert export.render(after, fmt) == text
        # Imported claims are searchable references, with their review status.
        assert fresh.searchable()
        # Importing again skips what is stored.
        again = importer.import_file(fresh, str(path))
        assert (again.articles, again.skipped_articles) == (0, 2)


def test_import_into_a_non_empty_database_gets_new_ids(store: Store, tmp_path: Path) -> None:
    populate(store)
    path = tmp_path / "claims.jsonl"
    path.write_text(export.to_jsonl(export.export_rows(store)), encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'other.db'}") as other:
        other.save_article(ArticleRecord(text="Other."), [claim("Other claim.", 0, 6, 0.9)])
        importer.import_file(other, str(path))
        rows = export.export_rows(other)
        assert len(rows) == 4
        first = next(i for i in rows if i.claim.status == "false")
        assert (first.claim.note, first.claim.reviewer) == ("-It rose 2%, not 4%", "ana")
        assert [e.action for e in other.history(first.claim.id)] == ["status", "note"]


@pytest.mark.parametrize(
    ("name", "count"), [("claimreviews.json", None), ("factcheck_api.json", None)]
)
def test_import_factchecks_registers_a_source(store: Store, name: str, count: int | None) -> None:
    result = importer.import_file(store, str(DATA / name))
    assert result.kind == "source" and result.source == name
    assert result.references > 0
    source = store.get_source(name)
    assert source is not None and source.reference_count == result.references
    with pytest.raises(errors.UsageError, match="exists"):
        importer.import_file(store, str(DATA / name))


def test_import_rejects_what_it_cannot_read(store: Store, tmp_path: Path) -> None:
    with pytest.raises(errors.InputError, match="no such file"):
        importer.import_file(store, str(tmp_path / "missing.json"))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"record": "article", "sha256": "zz"}\n{"record": "what"}\n')
    with pytest.raises(errors.InputError, match="line 2"):
        importer.import_file(store, str(bad))


_texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=20,
)
_decisions = st.lists(
    st.tuples(
        st.integers(0, 5),
        st.sampled_from(["ana", "ben", "çé"]),
        st.sampled_from(STATUSES),
        st.one_of(st.none(), _texts),
    ),
    max_size=4,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    articles=st.lists(st.lists(_texts, min_size=1, max_size=3), min_size=1, max_size=3),
    decisions=_decisions,
)
def test_property_export_import_export_is_identical(
    tmp_path_factory: pytest.TempPathFactory,
    articles: list[list[str]],
    decisions: list[tuple[int, str, str, str | None]],
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    with Store(f"sqlite:///{folder / 'a.db'}") as source:
        for n, claims in enumerate(articles):
            source.save_article(
                ArticleRecord(
                    text=f"article {n} " + "|".join(claims), url=f"https://x.example/{n}"
                ),
                [claim(t, 0, len(t), 0.5 + i / 10) for i, t in enumerate(claims)],
            )
        ids = [i.claim.id for i in export.export_rows(source)]
        for which, reviewer, status, note in decisions:
            source.decide(ids[which % len(ids)], reviewer, status=status, note=note)
        first = export.to_jsonl(export.export_rows(source))
    path = folder / "export.jsonl"
    path.write_text(first, encoding="utf-8")
    with Store(f"sqlite:///{folder / 'b.db'}") as target:
        importer.import_file(target, str(path))
        second = export.to_jsonl(export.export_rows(target))
    assert second == first


def test_postgres_round_trip_and_sqlite_copy(postgres_url: str, tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'a.db'}") as source:
        populate(source)
        text = export.to_jsonl(export.export_rows(source))
    path = tmp_path / "claims.jsonl"
    path.write_text(text, encoding="utf-8")
    with Store(postgres_url) as pg:
        importer.import_file(pg, str(path))
        assert export.to_jsonl(export.export_rows(pg)) == text
        # Ids were kept: the sequences moved past them, so new rows still insert.
        saved = pg.save_article(ArticleRecord(text="New."), [claim("New claim.", 0, 4, 0.9)])
        new_claim = pg.claims(saved.article_id)[0].id
        pg.decide(new_claim, "ana", status="false")
        assert new_claim > max(
            i.claim.id for i in export.export_rows(pg) if i.claim.id != new_claim
        )
        pg.copy_to_sqlite(tmp_path / "copy.db")
    with Store(f"sqlite:///{tmp_path / 'copy.db'}") as copy:
        assert len(export.export_rows(copy)) == 4


def test_an_import_that_fails_half_way_leaves_no_claim_out_of_the_index(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each article is stored and indexed together: when indexing the second article
    fails (a kill, a full disk), that article is not stored either, and a rerun imports
    it and indexes its claims."""
    populate(store)
    path = tmp_path / "claims.jsonl"
    path.write_text(export.to_jsonl(export.export_rows(store)), encoding="utf-8")
    with Store(f"sqlite:///{tmp_path / 'fresh.db'}") as fresh:
        real = Store.add_references
        calls = []

        def failing(self: Store, *args: Any, **kwargs: Any) -> Any:
            calls.append(1)
            if len(calls) == 2:
                raise StoreError("cannot add references: disk full")
            return real(self, *args, **kwargs)

        monkeypatch.setattr(Store, "add_references", failing)
        with pytest.raises(StoreError):
            importer.import_file(fresh, str(path))
        assert len(fresh.list_articles()) == 1
        monkeypatch.setattr(Store, "add_references", real)
        again = importer.import_file(fresh, str(path))
        assert (again.articles, again.skipped_articles) == (1, 1)
        claims = [c for a in fresh.list_articles() for c in fresh.claims(a.id, only_claims=True)]
        with fresh._engine.begin() as connection:
            indexed = {i for (i,) in connection.execute(text("SELECT claim_id FROM reference"))}
        assert indexed == {c.id for c in claims}
