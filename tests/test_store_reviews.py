"""claims_db reviews: decisions on claims, their audit log, row versions, the queue,
and migration 3 upgrading an older database in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from claims_db import ArticleRecord, ConflictError, Store, StoreError
from claims_db.engine import make_engine, normalize_url
from claims_db.migrations import MIGRATIONS, migrate
from tests.rows import claim
from tests.rows import match as match_row


def saved(store: Store, body: str = "An article.", n: int = 3) -> list[int]:
    claims = [claim(f"Claim {i}.", i, i + 1, 0.5 + i / 10, is_claim=i > 0) for i in range(n)]
    article = store.save_article(ArticleRecord(text=body), claims)
    return [c.id for c in store.claims(article.article_id)]


def test_a_decision_is_recorded_with_its_audit_trail(store: Store) -> None:
    _, claim, _ = saved(store)
    row = store.decide(claim, "ana", status="false", note="PolitiFact rated it false")
    assert (row.status, row.note, row.reviewer, row.version) == (
        "false",
        "PolitiFact rated it false",
        "ana",
        2,
    )
    assert row.decided_at is not None and row.decided_at.tzinfo is not None
    row = store.decide(claim, "ben", status="misleading", text="Kim and Trump met three times.")
    assert (row.status, row.edited_text, row.reviewer, row.version) == (
        "misleading",
        "Kim and Trump met three times.",
        "ben",
        3,
    )
    log = [(e.reviewer, e.action, e.old_value, e.new_value) for e in store.history(claim)]
    assert log == [
        ("ana", "status", "unreviewed", "false"),
        ("ana", "note", None, "PolitiFact rated it false"),
        ("ben", "status", "false", "misleading"),
        ("ben", "text", None, "Kim and Trump met three times."),
    ]
    assert store.history(claim)[0].note == "PolitiFact rated it false"  # the why, kept


def test_nothing_changed_is_not_a_decision(store: Store) -> None:
    _, claim, _ = saved(store)
    store.decide(claim, "ana", status="false")
    row = store.decide(claim, "ana", status="false")
    assert row.version == 2 and len(store.history(claim)) == 1


def test_a_stale_decision_is_refused_and_writes_nothing(store: Store) -> None:
    _, claim, _ = saved(store)
    seen = store.get_claim(claim)
    assert seen is not None
    store.decide(claim, "ana", status="verified", expected_version=seen.version)
    with pytest.raises(ConflictError, match="changed by ana since you read it"):
        store.decide(claim, "ben", status="false", expected_version=seen.version)
    row = store.get_claim(claim)
    assert row is not None and (row.status, row.reviewer) == ("verified", "ana")
    assert [e.reviewer for e in store.history(claim)] == ["ana"]


def test_bad_decisions_are_refused(store: Store) -> None:
    _, claim, _ = saved(store)
    with pytest.raises(StoreError, match="needs a reviewer"):
        store.decide(claim, " ", status="false")
    with pytest.raises(StoreError, match="status cannot be empty"):
        store.decide(claim, "ana", status="")
    with pytest.raises(StoreError, match="no claim #999"):
        store.decide(999, "ana", status="false")
    row = store.get_claim(claim)
    assert row is not None and (row.status, row.version) == ("unreviewed", 1)
    assert store.history(claim) == []


def test_clearing_a_note_and_an_assignee(store: Store) -> None:
    _, claim, _ = saved(store)
    store.decide(claim, "ana", note="look at the 2018 figures", assign="ben")
    row = store.decide(claim, "ana", note="", assign="")
    assert (row.note, row.assigned_to) == (None, None)
    actions = [e.action for e in store.history(claim)]
    assert actions == ["note", "assigned_to", "note", "assigned_to"]


def test_match_decisions_are_logged_on_the_claim(store: Store) -> None:
    _, claim, _ = saved(store)
    found = match_row("desk", "fc1", "factcheck", "Kim met Trump.", 0.9, "checked-before", True)
    store.save_matches({claim: [found]})
    match = store.matches([claim])[claim][0]
    store.decide_match(match.id, "ana", "accepted")
    assert store.matches([claim])[claim][0].decision == "accepted"
    event = store.history(claim)[-1]
    assert (event.action, event.new_value) == ("match", "accepted")
    assert "fc1" in (event.old_value or "")


def test_the_queue_filters(store: Store) -> None:
    first = saved(store, "First article.")
    second = saved(store, "Second article.")
    store.decide(first[1], "ana", status="false", assign="ben")
    assert [c.id for c in store.review_queue()] == [*first[1:], *second[1:]]  # claims only
    assert [c.id for c in store.review_queue(statuses=["false"])] == [first[1]]
    assert [c.id for c in store.review_queue(assigned_to="ben")] == [first[1]]
    assert [c.id for c in store.review_queue(min_score=0.65)] == [first[2], second[2]]
    article = store.get_claim(second[1])
    assert article is not None
    assert [c.id for c in store.review_queue(article_id=article.article_id)] == second[1:]


def test_an_older_database_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(normalize_url(str(path)))
    migrate(engine, MIGRATIONS[:2])  # the schema as issue 4 left it
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO article (id, sha256, text, version, sentence_count, created_at, meta)"
                " VALUES (1, :sha, 'Old.', 1, 1, '2026-11-01 10:00:00', '{}')"
            ),
            {"sha": "a" * 64},
        )
        connection.execute(
            text(
                'INSERT INTO claim (id, article_id, seq, text, start, "end", score, kinds,'
                " is_claim, paragraph, role, reasons, status, created_at) VALUES (7, 1, 0,"
                " 'Old claim.', 0, 10, 0.9, '[]', 1, 0, 'body', '[]', 'false',"
                " '2026-11-01 10:00:00')"
            )
        )
    engine.dispose()
    with Store(str(path)) as store:
        row = store.get_claim(7)
        assert row is not None and (row.text, row.status, row.version) == ("Old claim.", "false", 1)
        assert store.decide(7, "ana", note="checked in March").version == 2
