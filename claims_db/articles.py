"""Articles, their versions, and the sentences (claims) and slots stored with them.

The SQL behind :class:`claims_db.store.Store`'s article and claim methods, one function
per operation, each on an open session: saving an article (a new text becomes the next
version of the articles with its ``source_key``), restoring an exported one exactly as
it was, and reading articles and claims back as records.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert, text
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, SQLModel, col, select

from claims_db.bulk import Insert
from claims_db.tables import ArticleRecord, ClaimRecord, MatchRecord, ReviewEvent, SlotRecord
from claims_db.values import DEFAULT_STATUS, SLOT_TYPES, SaveResult, checked, columns, text_sha256

# Core tables for the bulk inserts: the ORM bulk path took 30% longer to save an article.
_CLAIM = SQLModel.metadata.tables["claim"]
_SLOT = SQLModel.metadata.tables["slot"]
_ARTICLE = SQLModel.metadata.tables["article"]
_MATCH = SQLModel.metadata.tables["claim_match"]
_EVENT = SQLModel.metadata.tables["review_event"]

# What a caller may give for a claim (its columns, and its slots) and for a slot; the
# rest (ids, the article, the position, timestamps, review state) the store sets.
_CLAIM_INPUT = frozenset(
    "text start end score kinds is_claim paragraph role quote speaker reasons status slots".split()
)
_SLOT_INPUT = frozenset("type text start end value".split())
_ARTICLE_COPIED = (
    "sha256 text title url path source_key version published published_source"
    " sentence_count created_at meta"
).split()
_CLAIM_COPIED = sorted(columns(ClaimRecord) - {"id", "article_id"})
_SAVED_COLUMNS = (
    "article_id seq text start end score kinds is_claim paragraph role quote speaker reasons"
    " status created_at"
).split()
_INSERT_ARTICLE = Insert(_ARTICLE, [*_ARTICLE_COPIED, "supersedes_id"], returning=["id"])
_INSERT_CLAIMS = Insert(_CLAIM, _SAVED_COLUMNS, returning=["seq", "id"])
_INSERT_SLOTS = Insert(_SLOT, ["claim_id", "type", "text", "start", "end", "value"])
_BY_SHA = text("SELECT id, version FROM article WHERE sha256 = :sha")
_LATEST_VERSION = text(
    "SELECT id, version FROM article WHERE source_key = :key ORDER BY version DESC LIMIT 1"
)


def source_key(article: ArticleRecord) -> str | None:
    """What makes two texts versions of one article: the URL, else the absolute path."""
    return version_key(article.url, article.path)


def version_key(url: str | None, path: str | None) -> str | None:
    """The source key of an article at ``url`` or ``path`` (see :func:`source_key`)."""
    if url:
        return url
    if path:
        return os.path.abspath(path)
    return None


def save(
    session: Session, article: ArticleRecord, claims: Sequence[Mapping[str, Any]]
) -> SaveResult:
    """Insert an article with its claims and their slots, or return the stored one with
    the same text (``created=False``, the ids of its claims at the same offsets)."""
    rows = checked(claims, _CLAIM_INPUT, "claim")
    for row in rows:
        for slot in checked(row.get("slots", ()), _SLOT_INPUT, "slot"):
            if slot["type"] not in SLOT_TYPES:
                raise ValueError(f"slot type must be one of {', '.join(SLOT_TYPES)}")
    sha = (article.sha256 or text_sha256(article.text)).lower()
    if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
        raise ValueError(f"sha256 must be 64 hex digits, not {article.sha256!r}")
    connection = session.connection()
    existing = connection.execute(_BY_SHA, {"sha": sha}).first()
    if existing is not None:
        article_id = _id(existing[0])
        stored = claim_ids_by_span(session, article_id)
        ids = tuple(stored.get((row["start"], row["end"])) for row in rows)
        return SaveResult(article_id, False, existing[1], ids)

    version: int = 1
    supersedes_id: int | None = None
    key = source_key(article)
    if key is not None:
        latest = connection.execute(_LATEST_VERSION, {"key": key}).first()
        if latest is not None:
            supersedes_id, version = latest[0], latest[1] + 1

    now = dt.datetime.now(dt.UTC)
    values = {
        "sha256": sha,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "path": article.path,
        "source_key": key,
        "version": version,
        "supersedes_id": supersedes_id,
        "published": article.published,
        "published_source": article.published_source,
        "sentence_count": article.sentence_count,
        "created_at": now,
        "meta": dict(article.meta),
    }
    ((article_id,),) = _INSERT_ARTICLE.run(connection, [values])
    claim_ids: dict[int, int] = {}
    if rows:
        # RETURNING seq maps ids back to claims: SQLite does not promise RETURNING order.
        inserted = _INSERT_CLAIMS.run(
            connection, [_claim_params(article_id, seq, row, now) for seq, row in enumerate(rows)]
        )
        claim_ids = {seq: claim_id for seq, claim_id in inserted}
        _INSERT_SLOTS.run(
            connection,
            [
                {"value": {}, **slot, "claim_id": claim_ids[seq]}
                for seq, row in enumerate(rows)
                for slot in row.get("slots", ())
            ],
        )
    ids = tuple(claim_ids[seq] for seq in range(len(rows)))
    return SaveResult(article_id, True, version, ids)


def restore(
    session: Session,
    article: ArticleRecord,
    claims: Sequence[ClaimRecord],
    matches: Mapping[int, Sequence[MatchRecord]],
    events: Mapping[int, Sequence[ReviewEvent]],
    keep_ids: bool,
) -> SaveResult:
    """Insert an exported article, claims, slots, matches and audit log as they were;
    an article already stored (same ``sha256``) is left as it is."""
    existing = session.exec(
        select(ArticleRecord.id, ArticleRecord.version).where(
            ArticleRecord.sha256 == article.sha256
        )
    ).first()
    if existing is not None:
        return SaveResult(article_id=_id(existing[0]), created=False, version=existing[1])
    connection = session.connection()
    supersedes = article.supersedes_id
    if supersedes is not None and (not keep_ids or session.get(ArticleRecord, supersedes) is None):
        supersedes = None
    row = {f: getattr(article, f) for f in _ARTICLE_COPIED}
    row["supersedes_id"] = supersedes
    if keep_ids:
        row["id"] = article.id
    article_id = _id(connection.execute(insert(_ARTICLE).returning(_ARTICLE.c.id), [row]).scalar())
    ids = []
    for claim in claims:
        params = {f: getattr(claim, f) for f in _CLAIM_COPIED}
        params.update(article_id=article_id, kinds=list(claim.kinds), reasons=list(claim.reasons))
        if keep_ids:
            params["id"] = claim.id
        claim_id = _id(connection.execute(insert(_CLAIM).returning(_CLAIM.c.id), [params]).scalar())
        ids.append(claim_id)
        own = {} if keep_ids else {"id": None}
        slots = [
            {**_values(s, own), "claim_id": claim_id, "value": dict(s.value)} for s in claim.slots
        ]
        found = [
            {**_values(m, own), "claim_id": claim_id, "reasons": list(m.reasons)}
            for m in matches.get(_id(claim.id), ())
        ]
        logged = [{**_values(e, own), "claim_id": claim_id} for e in events.get(_id(claim.id), ())]
        for table, rows in ((_SLOT, slots), (_MATCH, found), (_EVENT, logged)):
            rows = [{k: v for k, v in r.items() if v is not None or k != "id"} for r in rows]
            if rows:
                connection.execute(insert(table), rows)
    if keep_ids and connection.dialect.name == "postgresql":
        # Explicit ids leave PostgreSQL's sequences behind: move them past the new rows.
        for name in ("article", "claim", "slot", "claim_match", "review_event"):
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"
            )
    return SaveResult(article_id, True, article.version, tuple(ids))


def _values(record: SQLModel, override: Mapping[str, Any]) -> dict[str, Any]:
    """A record's column values, with ``override`` applied."""
    values = {name: getattr(record, name) for name in columns(type(record))}
    values.update(override)
    return values


def redate(
    session: Session,
    article_id: int,
    published: dt.date | None,
    published_source: str | None,
    dates: Mapping[int, Sequence[Mapping[str, Any]]],
) -> None:
    """Give a stored article a new publication date and its claims the date slots read
    against it: every date slot of the article's claims is replaced by ``dates`` (claim
    id -> its date slots); other slots, scores and reviews are left as they are."""
    for claim_id in dates:
        for slot in checked(dates[claim_id], _SLOT_INPUT, "slot"):
            if slot["type"] != "date":
                raise ValueError("only date slots are re-dated")
    connection = session.connection()
    connection.execute(
        _ARTICLE.update()
        .where(_ARTICLE.c.id == article_id)
        .values(published=published, published_source=published_source)
    )
    own = select(ClaimRecord.id).where(ClaimRecord.article_id == article_id)
    connection.execute(
        _SLOT.delete().where(_SLOT.c.type == "date", _SLOT.c.claim_id.in_(own.scalar_subquery()))
    )
    stored = set(connection.execute(own).scalars())
    foreign = set(dates) - stored
    if foreign:
        raise ValueError(f"claim {min(foreign)} is not a claim of article {article_id}")
    _INSERT_SLOTS.run(
        connection,
        [
            {"value": {}, **slot, "claim_id": claim_id}
            for claim_id in dates
            for slot in dates[claim_id]
        ],
    )
    stored_article = session.get(ArticleRecord, article_id)
    if stored_article is not None:  # the session's copy, if it holds one
        session.refresh(stored_article)


def get_article(session: Session, article_id: int) -> ArticleRecord | None:
    return session.get(ArticleRecord, article_id)


def find_article(session: Session, sha256: str) -> ArticleRecord | None:
    return session.exec(select(ArticleRecord).where(ArticleRecord.sha256 == sha256.lower())).first()


def list_articles(session: Session) -> list[ArticleRecord]:
    return list(session.exec(select(ArticleRecord).order_by(col(ArticleRecord.id))))


def claim_ids_by_span(session: Session, article_id: int) -> dict[tuple[int, int], int]:
    """An article's stored sentences' ids by their (start, end) offsets."""
    query = select(ClaimRecord.start, ClaimRecord.end, ClaimRecord.id).where(
        ClaimRecord.article_id == article_id
    )
    return {(start, end): _id(claim_id) for start, end, claim_id in session.exec(query)}


def claims_of(session: Session, article_id: int, only_claims: bool) -> list[ClaimRecord]:
    """An article's sentences in order (only those scored as claims with
    ``only_claims``), each with its slots."""
    query = select(ClaimRecord).where(ClaimRecord.article_id == article_id)
    if only_claims:
        query = query.where(col(ClaimRecord.is_claim).is_(True))
    return with_slots(session, list(session.exec(query.order_by(col(ClaimRecord.seq)))))


def get_claim(session: Session, claim_id: int) -> ClaimRecord | None:
    record = session.get(ClaimRecord, claim_id)
    return with_slots(session, [record])[0] if record is not None else None


def claims_with_text(session: Session, text: str) -> list[ClaimRecord]:
    """The stored claims whose text, or edited text, is ``text``."""
    query = select(ClaimRecord).where(
        (col(ClaimRecord.text) == text) | (col(ClaimRecord.edited_text) == text)
    )
    return with_slots(session, list(session.exec(query.order_by(col(ClaimRecord.id))).all()))


def with_slots(session: Session, records: Sequence[ClaimRecord]) -> list[ClaimRecord]:
    """Claims read by the caller's query, each given its slots."""
    slots: dict[int, list[SlotRecord]] = {}
    ids = [_id(r.id) for r in records]
    for start in range(0, len(ids), 500):
        query = select(SlotRecord).where(col(SlotRecord.claim_id).in_(ids[start : start + 500]))
        for slot in session.exec(query.order_by(col(SlotRecord.id))):
            slots.setdefault(slot.claim_id, []).append(slot)
    for record in records:
        # Set as loaded, not as a change: nothing is written back.
        set_committed_value(record, "slots", slots.get(_id(record.id), []))
    return list(records)


def counts(session: Session) -> dict[str, int]:
    """How many articles, claims (all stored sentences) and slots the database holds."""
    return {
        name: session.exec(select(func.count()).select_from(table)).one()
        for name, table in (
            ("articles", ArticleRecord),
            ("claims", ClaimRecord),
            ("slots", SlotRecord),
        )
    }


def _claim_params(
    article_id: int, seq: int, claim: Mapping[str, Any], now: dt.datetime
) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "seq": seq,
        "text": claim["text"],
        "start": claim["start"],
        "end": claim["end"],
        "score": claim["score"],
        "kinds": list(claim.get("kinds", ())),
        "is_claim": claim.get("is_claim", True),
        "paragraph": claim.get("paragraph", 0),
        "role": claim.get("role", "body"),
        "quote": claim.get("quote"),
        "speaker": claim.get("speaker"),
        "reasons": list(claim.get("reasons", ())),
        "status": claim.get("status", DEFAULT_STATUS),
        "created_at": now,
    }


def _id(value: int | None) -> int:
    # Rows read from or flushed to the database always have their primary key.
    assert value is not None
    return value
