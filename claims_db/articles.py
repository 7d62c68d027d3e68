"""Articles, their versions, and the sentences (claims) and slots stored with them.

The SQL behind :class:`claims_db.store.Store`'s article and claim methods, one function
per operation, each on an open session: saving an article (a new text becomes the next
version of the articles with its ``source_key``), restoring an exported one exactly as
it was, and reading articles and claims back as plain rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, SQLModel, col, select

from claims_db.tables import ArticleTable, ClaimTable, SlotTable
from claims_db.values import (
    ArticleIn,
    ArticleRow,
    ClaimIn,
    ClaimRow,
    MatchRow,
    ReviewEvent,
    SaveResult,
    SlotRow,
)

# Core tables for the bulk inserts: the ORM bulk path took 30% longer to save an article.
_CLAIM = SQLModel.metadata.tables["claim"]
_SLOT = SQLModel.metadata.tables["slot"]
_ARTICLE = SQLModel.metadata.tables["article"]
_MATCH = SQLModel.metadata.tables["claim_match"]
_EVENT = SQLModel.metadata.tables["review_event"]


def save(session: Session, article: ArticleIn, claims: Sequence[ClaimIn]) -> SaveResult:
    """Insert an article with its claims and their slots, or return the stored one with
    the same text (``created=False``)."""
    existing = session.exec(
        select(ArticleTable.id, ArticleTable.version).where(ArticleTable.sha256 == article.sha256)
    ).first()
    if existing is not None:
        return SaveResult(article_id=_id(existing[0]), created=False, version=existing[1])

    version: int = 1
    supersedes_id: int | None = None
    source_key = article.source_key
    if source_key is not None:
        latest = session.exec(
            select(ArticleTable.id, ArticleTable.version)
            .where(ArticleTable.source_key == source_key)
            .order_by(col(ArticleTable.version).desc())
            .limit(1)
        ).first()
        if latest is not None:
            supersedes_id, version = latest[0], latest[1] + 1

    now = dt.datetime.now(dt.UTC)
    record = ArticleTable(
        sha256=article.sha256,
        text=article.text,
        title=article.title,
        url=article.url,
        path=article.path,
        source_key=source_key,
        version=version,
        supersedes_id=supersedes_id,
        published=article.published,
        published_source=article.published_source,
        sentence_count=article.sentence_count,
        created_at=now,
        meta=dict(article.meta),
    )
    session.add(record)
    session.flush()
    article_id = _id(record.id)

    if claims:
        # Bulk inserts: one multi-row INSERT ... RETURNING for the claims, one
        # executemany for the slots, however many there are. RETURNING seq maps ids
        # back to claims: asking SQLAlchemy to keep parameter order instead makes it
        # insert row by row on SQLite, which does not promise RETURNING order.
        inserted = session.connection().execute(
            insert(_CLAIM).returning(_CLAIM.c.seq, _CLAIM.c.id),
            [_claim_params(article_id, seq, claim, now) for seq, claim in enumerate(claims)],
        )
        claim_ids: dict[int, int] = {seq: claim_id for seq, claim_id in inserted}
        slot_params = [
            {
                "claim_id": claim_ids[seq],
                "type": slot.type,
                "text": slot.text,
                "start": slot.start,
                "end": slot.end,
                "value": dict(slot.value),
            }
            for seq, claim in enumerate(claims)
            for slot in claim.slots
        ]
        if slot_params:
            session.connection().execute(insert(_SLOT), slot_params)
    return SaveResult(article_id=article_id, created=True, version=version)


def restore(
    session: Session,
    article: ArticleRow,
    claims: Sequence[ClaimRow],
    matches: Mapping[int, Sequence[MatchRow]],
    events: Mapping[int, Sequence[ReviewEvent]],
    keep_ids: bool,
) -> SaveResult:
    """Insert an exported article, claims, slots, matches and audit log as they were;
    an article already stored (same ``sha256``) is left as it is."""
    existing = session.exec(
        select(ArticleTable.id, ArticleTable.version).where(ArticleTable.sha256 == article.sha256)
    ).first()
    if existing is not None:
        return SaveResult(article_id=_id(existing[0]), created=False, version=existing[1])
    connection = session.connection()
    supersedes = article.supersedes_id
    if supersedes is not None and (not keep_ids or session.get(ArticleTable, supersedes) is None):
        supersedes = None
    row = {
        f: getattr(article, f)
        for f in (
            "sha256 text title url path source_key version published published_source"
            " sentence_count created_at meta"
        ).split()
    }
    row["supersedes_id"] = supersedes
    if keep_ids:
        row["id"] = article.id
    article_id = _id(connection.execute(insert(_ARTICLE).returning(_ARTICLE.c.id), [row]).scalar())
    for claim in claims:
        params = {
            f: getattr(claim, f)
            for f in (
                "seq text start end score is_claim paragraph role quote speaker status"
                " created_at version note assigned_to edited_text reviewer decided_at"
            ).split()
        }
        params.update(article_id=article_id, kinds=list(claim.kinds), reasons=list(claim.reasons))
        if keep_ids:
            params["id"] = claim.id
        claim_id = _id(connection.execute(insert(_CLAIM).returning(_CLAIM.c.id), [params]).scalar())
        slots = [
            {
                **({"id": s.id} if keep_ids else {}),
                "claim_id": claim_id,
                "type": s.type,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "value": dict(s.value),
            }
            for s in claim.slots
        ]
        found = [
            {
                **({"id": m.id} if keep_ids else {}),
                "claim_id": claim_id,
                "rank": m.rank,
                "source": m.source,
                "ref_id": m.ref_id,
                "kind": m.kind,
                "text": m.text,
                "score": m.score,
                "relation": m.relation,
                "confident": m.confident,
                "reasons": list(m.reasons),
                "detail": dict(m.detail),
                "decision": m.decision,
                "created_at": m.created_at,
            }
            for m in matches.get(claim.id, ())
        ]
        logged = [
            {
                **({"id": e.id} if keep_ids else {}),
                "claim_id": claim_id,
                "reviewer": e.reviewer,
                "at": e.at,
                "action": e.action,
                "old_value": e.old_value,
                "new_value": e.new_value,
                "note": e.note,
            }
            for e in events.get(claim.id, ())
        ]
        for table, rows in ((_SLOT, slots), (_MATCH, found), (_EVENT, logged)):
            if rows:
                connection.execute(insert(table), rows)
    if keep_ids and connection.dialect.name == "postgresql":
        # Explicit ids leave PostgreSQL's sequences behind: move them past the new rows.
        for name in ("article", "claim", "slot", "claim_match", "review_event"):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
            )
    return SaveResult(article_id=article_id, created=True, version=article.version)


def get_article(session: Session, article_id: int) -> ArticleRow | None:
    record = session.get(ArticleTable, article_id)
    return _article_row(record) if record is not None else None


def find_article(session: Session, sha256: str) -> ArticleRow | None:
    record = session.exec(select(ArticleTable).where(ArticleTable.sha256 == sha256.lower())).first()
    return _article_row(record) if record is not None else None


def list_articles(session: Session) -> list[ArticleRow]:
    records = session.exec(select(ArticleTable).order_by(col(ArticleTable.id)))
    return [_article_row(record) for record in records]


def claim_ids_by_span(session: Session, article_id: int) -> dict[tuple[int, int], int]:
    """An article's stored sentences' ids by their (start, end) offsets."""
    query = select(ClaimTable.start, ClaimTable.end, ClaimTable.id).where(
        ClaimTable.article_id == article_id
    )
    return {(start, end): _id(claim_id) for start, end, claim_id in session.exec(query)}


def claims_of(session: Session, article_id: int, only_claims: bool) -> list[ClaimRow]:
    """An article's sentences in order (only those scored as claims with
    ``only_claims``), each with its slots."""
    claim_query = select(ClaimTable).where(ClaimTable.article_id == article_id)
    slot_query = (
        select(SlotTable)
        .join(ClaimTable, col(SlotTable.claim_id) == col(ClaimTable.id))
        .where(ClaimTable.article_id == article_id)
    )
    if only_claims:
        claim_query = claim_query.where(col(ClaimTable.is_claim).is_(True))
        slot_query = slot_query.where(col(ClaimTable.is_claim).is_(True))
    slots: dict[int, list[SlotRow]] = {}
    for slot in session.exec(slot_query.order_by(col(SlotTable.id))):
        slots.setdefault(slot.claim_id, []).append(_slot_row(slot))
    return [
        _claim_row(claim, tuple(slots.get(_id(claim.id), ())))
        for claim in session.exec(claim_query.order_by(col(ClaimTable.seq)))
    ]


def get_claim(session: Session, claim_id: int) -> ClaimRow | None:
    record = session.get(ClaimTable, claim_id)
    return claim_rows(session, [record])[0] if record is not None else None


def claim_rows(session: Session, records: Sequence[ClaimTable]) -> list[ClaimRow]:
    """Claims read by the caller's query as plain rows, each with its slots."""
    slots = _slots_of(session, [_id(r.id) for r in records])
    return [_claim_row(r, tuple(slots.get(_id(r.id), ()))) for r in records]


def counts(session: Session) -> dict[str, int]:
    """How many articles, claims (all stored sentences) and slots the database holds."""
    return {
        name: session.exec(select(func.count()).select_from(table)).one()
        for name, table in (
            ("articles", ArticleTable),
            ("claims", ClaimTable),
            ("slots", SlotTable),
        )
    }


def _claim_params(article_id: int, seq: int, claim: ClaimIn, now: dt.datetime) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "seq": seq,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "score": claim.score,
        "kinds": list(claim.kinds),
        "is_claim": claim.is_claim,
        "paragraph": claim.paragraph,
        "role": claim.role,
        "quote": claim.quote,
        "speaker": claim.speaker,
        "reasons": list(claim.reasons),
        "status": claim.status,
        "created_at": now,
    }


def _id(value: int | None) -> int:
    # Rows read from or flushed to the database always have their primary key.
    assert value is not None
    return value


def _article_row(record: ArticleTable) -> ArticleRow:
    return ArticleRow(
        id=_id(record.id),
        sha256=record.sha256,
        text=record.text,
        title=record.title,
        url=record.url,
        path=record.path,
        source_key=record.source_key,
        version=record.version,
        supersedes_id=record.supersedes_id,
        published=record.published,
        published_source=record.published_source,
        sentence_count=record.sentence_count,
        created_at=record.created_at,
        meta=dict(record.meta),
    )


def _claim_row(record: ClaimTable, slots: tuple[SlotRow, ...]) -> ClaimRow:
    return ClaimRow(
        id=_id(record.id),
        article_id=record.article_id,
        seq=record.seq,
        text=record.text,
        start=record.start,
        end=record.end,
        score=record.score,
        kinds=tuple(record.kinds),
        is_claim=record.is_claim,
        paragraph=record.paragraph,
        role=record.role,
        quote=record.quote,
        speaker=record.speaker,
        reasons=tuple(record.reasons),
        status=record.status,
        created_at=record.created_at,
        slots=slots,
        version=record.version,
        note=record.note,
        assigned_to=record.assigned_to,
        edited_text=record.edited_text,
        reviewer=record.reviewer,
        decided_at=record.decided_at,
    )


def _slots_of(session: Session, claim_ids: Sequence[int]) -> dict[int, list[SlotRow]]:
    """The slots of the given claims, by claim, in the order they were saved."""
    slots: dict[int, list[SlotRow]] = {}
    for start in range(0, len(claim_ids), 500):
        chunk = list(claim_ids[start : start + 500])
        query = select(SlotTable).where(col(SlotTable.claim_id).in_(chunk))
        for slot in session.exec(query.order_by(col(SlotTable.id))):
            slots.setdefault(slot.claim_id, []).append(_slot_row(slot))
    return slots


def _slot_row(record: SlotTable) -> SlotRow:
    return SlotRow(
        id=_id(record.id),
        claim_id=record.claim_id,
        type=record.type,
        text=record.text,
        start=record.start,
        end=record.end,
        value=dict(record.value),
    )
