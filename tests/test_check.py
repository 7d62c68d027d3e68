"""claimcheck.check and claimcheck.match: the command line's jobs as library calls."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

import claimcheck
from claimcheck.desk import registry
from claims_db import Store, StoreError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DATE = dt.date(2019, 10, 24)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(EXAMPLES / "voa_trump_kim_2019-10-24.txt", folder / "a_voa.txt")
    shutil.copy(EXAMPLES / "second_account.txt", folder / "b_second.txt")
    return folder


def test_check_yields_each_article_with_its_stored_claim_ids(articles: Path, db_url: str) -> None:
    results = list(claimcheck.check([str(articles)], db=db_url, published=DATE))
    assert [Path(r.label).name for r in results] == ["a_voa.txt", "b_second.txt"]
    first, second = results
    assert isinstance(first, claimcheck.Checked) and first.created
    with Store(db_url) as store:
        for result in results:
            assert isinstance(result, claimcheck.Checked)
            rows = {r.id: r for r in store.claims(result.article_id or 0)}
            x = result.extraction
            assert len(result.claim_ids) == len(x.sentences) == len(rows)
            for claim, claim_id in zip(x.sentences, result.claim_ids):
                assert claim_id is not None and rows[claim_id].text == claim.text
    # The second account differs from the first in a count and a month: confident
    # conflicts with the first article's claims (earlier claims count: two inputs are
    # not a folder ingest).
    clashes = {c for found in second.matches for m in found for c in m.clashes}
    assert {"count 2 vs 3", "month March 2019 vs February 2019"} <= clashes
    assert second.conflicts and not first.conflicts


def test_the_same_article_again_is_stored_once_with_the_same_ids(
    articles: Path, db_url: str
) -> None:
    path = str(articles / "a_voa.txt")
    (first,) = claimcheck.check([path], db=db_url, published=DATE)
    (again,) = claimcheck.check([path], db=db_url, published=DATE)
    assert isinstance(first, claimcheck.Checked) and isinstance(again, claimcheck.Checked)
    assert (again.article_id, again.created) == (first.article_id, False)
    assert again.claim_ids == first.claim_ids
    assert again.notes == ()
    (undated,) = claimcheck.check([path], db=db_url)
    assert isinstance(undated, claimcheck.Checked)
    assert undated.notes and "already stored with 2019-10-24" in undated.notes[0]


def _date_slots(store: Store, article_id: int) -> dict[str, list[str] | None]:
    return {
        f"{claim.seq}:{slot.text}": slot.value["interval"]
        for claim in store.claims(article_id)
        for slot in claim.slots
        if slot.type == "date"
    }


def test_an_article_stored_without_a_date_is_re_dated_by_a_run_that_has_one(
    tmp_path: Path, db_url: str
) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(
        "Officials met in Hanoi on Monday. They will meet again on 16 December, and the "
        "agreement of last June still holds, officials said.\n",
        encoding="utf-8",
    )
    (undated,) = claimcheck.check([str(path)], db=db_url)
    assert isinstance(undated, claimcheck.Checked) and undated.flagged
    with Store(db_url) as store:
        before = _date_slots(store, undated.article_id)
        untouched = {c.id: (c.score, c.status) for c in store.claims(undated.article_id)}
    assert before and all(interval is None for interval in before.values())

    (dated,) = claimcheck.check([str(path)], db=db_url, published=dt.date(2019, 12, 10))
    assert isinstance(dated, claimcheck.Checked)
    assert (dated.article_id, dated.created, dated.claim_ids) == (
        undated.article_id,
        False,
        undated.claim_ids,
    )
    assert dated.notes == (
        f"article #{dated.article_id} was stored with no date; "
        "its claims' dates are now read against 2019-12-10",
    )
    with Store(db_url) as store:
        article = store.get_article(dated.article_id)
        assert article is not None and article.published == dt.date(2019, 12, 10)
        assert article.published_source == "option"
        after = _date_slots(store, dated.article_id)
        assert set(after) == set(before)
        assert after["0:Monday"] == ["2019-12-09", "2019-12-09"]
        assert any(k.endswith(":16 December") and v for k, v in after.items())
        # Only the dates changed: the claims, their scores and review state did not.
        assert {c.id: (c.score, c.status) for c in store.claims(dated.article_id)} == untouched
        # Nothing left unresolved for review and export to flag.
        assert all(interval is not None for interval in after.values())

    # Stored with a date, another date keeps it unless asked.
    (kept,) = claimcheck.check([str(path)], db=db_url, published=dt.date(2020, 1, 5))
    assert isinstance(kept, claimcheck.Checked)
    assert kept.notes and "keep that date (--redate" in kept.notes[0]
    with Store(db_url) as store:
        assert _date_slots(store, kept.article_id) == after
    (moved,) = claimcheck.check([str(path)], db=db_url, published=dt.date(2020, 1, 5), redate=True)
    assert isinstance(moved, claimcheck.Checked)
    assert moved.notes and "now read against 2020-01-05" in moved.notes[0]
    with Store(db_url) as store:
        assert _date_slots(store, moved.article_id)["0:Monday"] == ["2019-12-30", "2019-12-30"]


def test_re_dating_refuses_slots_of_another_article_and_changes_nothing(db_url: str) -> None:
    from claims_db import ArticleRecord

    with Store(db_url) as store:
        a = store.save_article(ArticleRecord(text="It rained on Monday."), [_row(0)])
        b = store.save_article(ArticleRecord(text="It snowed on Monday."), [_row(0)])
        slot = {"type": "date", "text": "Monday", "start": 15, "end": 21, "value": {}}
        with pytest.raises((StoreError, ValueError)):
            store.redate_article(a.article_id, DATE, "option", {b.claim_ids[0]: [slot]})
        stored = store.get_article(a.article_id)
        assert stored is not None and stored.published is None


def _row(start: int) -> dict[str, object]:
    return {"text": "It rained on Monday.", "start": start, "end": start + 20, "score": 0.5}


def test_an_unreadable_input_among_several_is_skipped_and_alone_raises(
    articles: Path, tmp_path: Path
) -> None:
    (articles / "c_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    results = list(claimcheck.check([str(articles)], db=db, published=DATE))
    assert [type(r).__name__ for r in results] == ["Checked", "Checked", "Skipped"]
    assert "binary" in results[2].reason  # type: ignore[union-attr]
    with pytest.raises(claimcheck.InputError):
        list(claimcheck.check([str(articles / "c_binary.txt")], db=db))


def test_an_article_is_stored_whole_or_not_at_all(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"

    def broken(*args: object, **kwargs: object) -> int:
        raise StoreError("cannot index: disk on fire")

    monkeypatch.setattr(registry, "index_claims", broken)
    with pytest.raises(StoreError, match="disk on fire"):
        list(claimcheck.check([str(articles / "a_voa.txt")], db=db, published=DATE))
    with Store(db) as store:  # the article, its sentences and slots rolled back with it
        assert store.counts() == {"articles": 0, "claims": 0, "slots": 0}


def test_no_match_stores_and_indexes_for_later_articles(articles: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'n.db'}"
    first = articles / "a_voa.txt"
    results = list(claimcheck.check([str(first)], db=db, published=DATE, match=False))
    assert all(isinstance(r, claimcheck.Checked) and r.matches == () for r in results)
    with Store(db) as store:
        assert store.counts()["articles"] == 1
        (claims,) = [s for s in store.sources() if s.name == registry.CLAIMS_SOURCE]
        assert claims.reference_count > 0  # indexed all the same
    # A later article meets the claims stored without matching.
    (later,) = claimcheck.check([str(articles / "b_second.txt")], db=db, published=DATE)
    assert isinstance(later, claimcheck.Checked) and later.conflicts


def test_check_against_a_source_given_by_name(articles: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'g.db'}"
    (result,) = claimcheck.check(
        [str(articles / "a_voa.txt")],
        db=db,
        published=DATE,
        against=[str(EXAMPLES / "factchecks.json")],
    )
    assert isinstance(result, claimcheck.Checked)
    found = [m for ms in result.matches for m in ms if m.relation == "checked-before"]
    assert any(m.reference.rating == "True" and "three times" in m.reference.text for m in found)


def test_match_takes_strings_or_queries_and_names_or_evidence() -> None:
    archive = str(EXAMPLES / "factchecks.json")
    (result,) = claimcheck.match(["Trump and Kim have met three times"], against=[archive])
    assert result.query.id == "1"
    assert result.matches[0].relation == "checked-before"
    assert result.matches[0].reference.url == (
        "https://factchecks.example.org/2019/07/trump-kim-meetings"
    )
    evidence = claimcheck.load_evidence([archive])
    queries = claimcheck.read_queries(str(EXAMPLES / "queries.tsv"))
    found = list(claimcheck.match(queries, evidence, top=1, min_match_score=0.5))
    assert [r.query.id for r in found] == ["q1", "q2", "q3"]
    assert all(len(r.matches) <= 1 and all(m.score >= 0.5 for m in r.matches) for r in found)
    with pytest.raises(claimcheck.ClaimcheckError, match="nothing to match against"):
        list(claimcheck.match(["x"], claimcheck.Evidence()))


def test_a_link_out_of_the_folder_is_yielded_as_skipped(
    articles: Path, tmp_path: Path, db_url: str
) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("The secret rose to 9% in 2020.\n", encoding="utf-8")
    (articles / "c_link.txt").symlink_to(outside)
    results = list(claimcheck.check([str(articles)], db=db_url, published=DATE, match=False))
    skipped = [r for r in results if isinstance(r, claimcheck.Skipped)]
    assert [Path(r.label).name for r in skipped] == ["c_link.txt"]
    assert "--follow-symlinks" in skipped[0].reason
    assert len(results) == 3
    followed = list(
        claimcheck.check(
            [str(articles)], db=db_url, published=DATE, match=False, follow_symlinks=True
        )
    )
    assert len(followed) == 3 and all(isinstance(r, claimcheck.Checked) for r in followed)
