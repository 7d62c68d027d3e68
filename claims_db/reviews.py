"""Decisions on claims, and the audit log that keeps every one of them.

The SQL behind :class:`claims_db.store.Store`'s review methods: the queue of claims
to review, decisions, and the history of each claim. A decision changes the
claim's row (status, note, wording, assignee) and appends one ``review_event`` per
field changed, in the same transaction: nothing is overwritten without a trace. Each
decision raises the claim's ``version``; a decision made on an older version (another
reviewer decided meanwhile) is refused, not applied over theirs.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from claims_db.articles import with_slots
from claims_db.errors import StoreError
from claims_db.tables import ClaimRecord, MatchRecord, ReviewEvent, utc_now

# The fields a decision may change, as (argument, column) pairs.
FIELDS = (
    ("status", "status"),
    ("note", "note"),
    ("text", "edited_text"),
    ("assign", "assigned_to"),
)
_ACTIONS = {"status": "status", "note": "note", "edited_text": "text", "assigned_to": "assigned_to"}
# Every action the audit log records: a field changed, or a match accepted or rejected.
AUDIT_ACTIONS = (*_ACTIONS.values(), "match")


class ConflictError(StoreError):
    """The claim changed since the caller read it: their decision was not applied."""


def decide(
    session: Session,
    claim_id: int,
    reviewer: str,
    changes: dict[str, str | None],
    expected_version: int | None,
) -> ClaimRecord:
    """Apply a reviewer's changes to a claim and log each one; returns the claim."""
    if not reviewer.strip():
        raise StoreError("a decision needs a reviewer's name")
    # The row is locked until commit (SELECT ... FOR UPDATE on PostgreSQL; SQLite's
    # BEGIN IMMEDIATE already serialises writers): two reviewers deciding at once are
    # then checked one after the other, and the second sees the first one's version.
    claim = session.get(ClaimRecord, claim_id, with_for_update=True)
    if claim is None:
        raise StoreError(f"no claim #{claim_id}")
    if expected_version is not None and claim.version != expected_version:
        who = f" by {claim.reviewer}" if claim.reviewer else ""
        raise ConflictError(
            f"claim #{claim_id} was changed{who} since you read it "
            f"(version {claim.version}, not {expected_version}): reload it and decide again"
        )
    now = utc_now()
    note = changes.get("note")
    changed = False
    for argument, column in FIELDS:
        if argument not in changes:
            continue
        new = changes[argument]
        old = getattr(claim, column)
        if new == old:
            continue
        if argument == "status" and not new:
            raise StoreError("a status cannot be empty")
        setattr(claim, column, new)
        session.add(
            ReviewEvent(
                claim_id=claim_id,
                reviewer=reviewer,
                at=now,
                action=_ACTIONS[column],
                old_value=old,
                new_value=new,
                note=note if argument != "note" else None,
            )
        )
        changed = True
    if changed:
        claim.version += 1
        claim.reviewer = reviewer
        claim.decided_at = now
        session.add(claim)
        session.flush()
    return claim


def decide_match(
    session: Session, match_id: int, reviewer: str, decision: str | None
) -> MatchRecord:
    """Accept or reject a suggested match (None: undecided again), logged on its claim."""
    match = session.get(MatchRecord, match_id, with_for_update=True)
    if match is None:
        raise StoreError(f"no match #{match_id}")
    if decision == match.decision:
        return match
    session.add(
        ReviewEvent(
            claim_id=match.claim_id,
            reviewer=reviewer,
            at=utc_now(),
            action="match",
            old_value=f"{match.source} {match.ref_id}: {match.decision or 'undecided'}",
            new_value=decision,
        )
    )
    match.decision = decision
    session.add(match)
    claim = session.get(ClaimRecord, match.claim_id)
    if claim is not None:
        claim.version += 1
        session.add(claim)
    session.flush()
    return match


def queue(
    session: Session,
    article_id: int | None,
    statuses: Sequence[str] | None,
    min_score: float | None,
    assigned_to: str | None,
    all_sentences: bool = False,
) -> list[ClaimRecord]:
    """The claims (sentences above their threshold; every sentence with
    ``all_sentences``) matching the filters, with their slots, by article and position."""
    query = select(ClaimRecord)
    if not all_sentences:
        query = query.where(col(ClaimRecord.is_claim))
    if article_id is not None:
        query = query.where(col(ClaimRecord.article_id) == article_id)
    if statuses:
        query = query.where(col(ClaimRecord.status).in_(list(statuses)))
    if min_score is not None:
        query = query.where(col(ClaimRecord.score) >= min_score)
    if assigned_to is not None:
        query = query.where(col(ClaimRecord.assigned_to) == assigned_to)
    records = session.exec(query.order_by(col(ClaimRecord.article_id), col(ClaimRecord.seq))).all()
    return with_slots(session, records)


def history(session: Session, claim_id: int) -> list[ReviewEvent]:
    return list(
        session.exec(
            select(ReviewEvent)
            .where(col(ReviewEvent.claim_id) == claim_id)
            .order_by(col(ReviewEvent.at), col(ReviewEvent.id))
        ).all()
    )
