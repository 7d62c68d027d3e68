"""The one class that owns the claims database: every query the toolkit makes is here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Self

from sqlalchemy import delete, func, insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, SQLModel, col, select

from claims_db import references as refs
from claims_db import reviews
from claims_db.engine import (
    describe_error,
    display_url,
    make_engine,
    normalize_url,
    transaction,
    url_from_env,
)
from claims_db.errors import StoreError
from claims_db.migrations import migrate
from claims_db.tables import ArticleTable, ClaimTable, ReferenceTable, SlotTable, SourceTable
from claims_db.values import (
    ArticleIn,
    ArticleRow,
    ClaimIn,
    ClaimRow,
    MatchIn,
    MatchRow,
    ReferenceIn,
    ReferenceRow,
    ReviewEvent,
    SaveResult,
    SlotRow,
    SourceRow,
)

# Core tables for the bulk inserts: the ORM bulk path took 30% longer to save an article.
_CLAIM = SQLModel.metadata.tables["claim"]
_SLOT = SQLModel.metadata.tables["slot"]
_ARTICLE = SQLModel.metadata.tables["article"]
_MATCH = SQLModel.metadata.tables["claim_match"]
_EVENT = SQLModel.metadata.tables["review_event"]


class Store:
    """A claims database, opened (and migrated to the current schema) on construction.

    ``url`` is a SQLAlchemy URL (``sqlite:///claims.db``,
    ``postgresql+psycopg://user:pass@host/db``) or a plain path to a SQLite file; None
    means :meth:`default_url`. Every method runs in its own transaction and returns
    plain values; errors from the database are raised as :class:`StoreError`.

    >>> with Store("sqlite://") as store:
    ...     store.counts()
    {'articles': 0, 'claims': 0, 'slots': 0}
    """

    def __init__(self, url: str | None = None) -> None:
        self._url = normalize_url(url if url is not None else self.default_url())
        self.url: str = display_url(self._url)
        """The database URL with any password hidden, for messages."""
        self._engine = make_engine(self._url)
        self._closed = False
        # BM25's corpus statistics, read once between writes to the references.
        self._stats: tuple[int, float] | None = None
        try:
            migrate(self._engine)
        except StoreError as exc:
            self._engine.dispose()
            raise type(exc)(f"cannot open database {self.url}: {exc}") from exc
        except (SQLAlchemyError, self._engine.dialect.loaded_dbapi.Error) as exc:
            self._engine.dispose()
            raise StoreError(
                f"cannot open database {self.url}: {describe_error(exc, self._url)}"
            ) from exc

    @classmethod
    def default_url(cls) -> str:
        """``$CLAIMCHECK_DB`` if set, else ``sqlite:///claims.db`` in the current directory."""
        return url_from_env()

    def close(self) -> None:
        """Release the database connections. The store cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def _session(self, doing: str, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed if the block succeeds, else rolled back.

        Database errors become a :class:`StoreError` "cannot <doing>: <reason>".
        """
        if self._closed:
            raise StoreError(f"cannot {doing}: the store for {self.url} is closed")
        try:
            with transaction(self._engine, write=write) as connection:
                with Session(bind=connection, expire_on_commit=False, autoflush=False) as session:
                    yield session
                    session.flush()
        except (SQLAlchemyError, self._engine.dialect.loaded_dbapi.Error) as exc:
            raise StoreError(f"cannot {doing}: {describe_error(exc, self._url)}") from exc

    # Writing

    def save_article(self, article: ArticleIn, claims: Sequence[ClaimIn]) -> SaveResult:
        """Store an article with its claims and their slots, all or nothing.

        Text already stored (same ``sha256``) is not stored again: the existing row's id
        is returned with ``created=False``. A new text with the ``source_key`` of stored
        articles (same URL, or same absolute path) becomes their next version and
        ``supersedes`` the latest one. Claims get ``seq`` 0, 1, ... in the order given.
        """
        doing = f"save article {article.sha256[:12]}"
        try:
            with self._session(doing, write=True) as session:
                return _save(session, article, claims)
        except StoreError as exc:
            # Another writer stored the same text or version between our read and our
            # insert (possible on PostgreSQL); a second attempt sees its row.
            if not isinstance(exc.__cause__, IntegrityError):
                raise
        with self._session(doing, write=True) as session:
            return _save(session, article, claims)

    def restore(
        self,
        article: ArticleRow,
        claims: Sequence[ClaimRow],
        matches: Mapping[int, Sequence[MatchRow]] | None = None,
        events: Mapping[int, Sequence[ReviewEvent]] | None = None,
        *,
        keep_ids: bool = False,
    ) -> SaveResult:
        """Store an exported article with its claims exactly as they were read: review
        state, slots, matches and audit log included, timestamps unchanged. With
        ``keep_ids`` the rows keep their ids (for an empty database); without, the
        database assigns new ones. An article already stored (same ``sha256``) is left
        as it is (``created=False``)."""
        with self._session(f"restore article {article.sha256[:12]}", write=True) as session:
            return _restore(session, article, claims, matches or {}, events or {}, keep_ids)

    # Reading

    def get_article(self, article_id: int) -> ArticleRow | None:
        """The article with this id, or None."""
        with self._session(f"read article {article_id}") as session:
            record = session.get(ArticleTable, article_id)
            return _article_row(record) if record is not None else None

    def find_article(self, sha256: str) -> ArticleRow | None:
        """The article whose text has this SHA-256 (hex), or None."""
        with self._session(f"find article {sha256[:12]}") as session:
            record = session.exec(
                select(ArticleTable).where(ArticleTable.sha256 == sha256.lower())
            ).first()
            return _article_row(record) if record is not None else None

    def list_articles(self) -> list[ArticleRow]:
        """Every stored article version, oldest first."""
        with self._session("list articles") as session:
            records = session.exec(select(ArticleTable).order_by(col(ArticleTable.id)))
            return [_article_row(record) for record in records]

    def claims(self, article_id: int, *, only_claims: bool = False) -> list[ClaimRow]:
        """An article's sentences in order, each with its slots.

        With ``only_claims``, only sentences that scored as claims (``is_claim``).
        """
        with self._session(f"read claims of article {article_id}") as session:
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

    def counts(self) -> dict[str, int]:
        """How many articles, claims (all stored sentences) and slots the database holds."""
        with self._session("count rows") as session:
            return {
                name: session.exec(select(func.count()).select_from(table)).one()
                for name, table in (
                    ("articles", ArticleTable),
                    ("claims", ClaimTable),
                    ("slots", SlotTable),
                )
            }

    # Reviews (the SQL is in claims_db.reviews)

    def get_claim(self, claim_id: int) -> ClaimRow | None:
        """One stored claim with its slots, or None."""
        with self._session(f"read claim #{claim_id}") as session:
            record = session.get(ClaimTable, claim_id)
            if record is None:
                return None
            return _claim_row(record, tuple(_slots_of(session, [claim_id]).get(claim_id, ())))

    def decide(
        self,
        claim_id: int,
        reviewer: str,
        *,
        status: str | None = None,
        note: str | None = None,
        text: str | None = None,
        assign: str | None = None,
        expected_version: int | None = None,
    ) -> ClaimRow:
        """Record a reviewer's decision on a claim, all or nothing, with one audit entry
        per field changed. None leaves a field as it is; "" clears a note, a wording or
        an assignee. With ``expected_version`` (the version the reviewer saw), a claim
        changed meanwhile raises :class:`claims_db.reviews.ConflictError` and nothing
        is written."""
        changes: dict[str, str | None] = {}
        for name, value in (("status", status), ("note", note), ("text", text), ("assign", assign)):
            if value is not None:
                changes[name] = value or None
        with self._session(f"record a decision on claim #{claim_id}", write=True) as session:
            reviews.decide(session, claim_id, reviewer, changes, expected_version)
        row = self.get_claim(claim_id)
        assert row is not None
        return row

    def decide_match(self, match_id: int, reviewer: str, decision: str | None) -> None:
        """Accept (``"accepted"``) or reject (``"rejected"``) a suggested match."""
        with self._session(f"record a decision on match #{match_id}", write=True) as session:
            reviews.decide_match(session, match_id, reviewer, decision)

    def history(self, claim_id: int) -> list[ReviewEvent]:
        """A claim's audit log, oldest first."""
        with self._session(f"read the history of claim #{claim_id}") as session:
            return reviews.history(session, claim_id)

    def review_queue(
        self,
        *,
        article_id: int | None = None,
        statuses: Sequence[str] | None = None,
        min_score: float | None = None,
        assigned_to: str | None = None,
    ) -> list[ClaimRow]:
        """The claims (sentences above their threshold) matching the filters, with
        their slots, by article and position. Ordering for review is the caller's."""
        with self._session("read the review queue") as session:
            query = select(ClaimTable).where(col(ClaimTable.is_claim))
            if article_id is not None:
                query = query.where(col(ClaimTable.article_id) == article_id)
            if statuses:
                query = query.where(col(ClaimTable.status).in_(list(statuses)))
            if min_score is not None:
                query = query.where(col(ClaimTable.score) >= min_score)
            if assigned_to is not None:
                query = query.where(col(ClaimTable.assigned_to) == assigned_to)
            records = session.exec(
                query.order_by(col(ClaimTable.article_id), col(ClaimTable.seq))
            ).all()
            slots = _slots_of(session, [_id(r.id) for r in records])
            return [_claim_row(r, tuple(slots.get(_id(r.id), ()))) for r in records]

    # Sources, references and matches (the SQL is in claims_db.references)

    def add_source(
        self,
        name: str,
        spec: str,
        references: Sequence[ReferenceIn],
        *,
        options: dict[str, Any] | None = None,
        problems: Sequence[str] = (),
    ) -> SourceRow:
        """Register a source with its references, all or nothing; the name must be new."""
        self._stats = None
        with self._session(f"add source {name!r}", write=True) as session:
            return refs.add_source(session, name, spec, options or {}, references, problems)

    def refresh_source(
        self, name: str, references: Sequence[ReferenceIn], problems: Sequence[str] = ()
    ) -> SourceRow:
        """Replace a source's references with a new reading of it, all or nothing."""
        self._stats = None
        with self._session(f"refresh source {name!r}", write=True) as session:
            record = refs.find_source(session, name)
            if record is None:
                raise StoreError(f"no source named {name!r}")
            return refs.replace_references(session, record, references, list(problems))

    def remove_source(self, name: str) -> bool:
        """Forget a source and its references; False if there was none by that name."""
        self._stats = None
        with self._session(f"remove source {name!r}", write=True) as session:
            record = refs.find_source(session, name)
            if record is None:
                return False
            session.delete(record)
            return True

    def sources(self) -> list[SourceRow]:
        """Every registered source, by name."""
        with self._session("list sources") as session:
            records = session.exec(select(SourceTable).order_by(col(SourceTable.name))).all()
            return [refs.source_row(r) for r in records]

    def get_source(self, name: str) -> SourceRow | None:
        with self._session(f"read source {name!r}") as session:
            record = refs.find_source(session, name)
            return refs.source_row(record) if record is not None else None

    def add_references(self, name: str, spec: str, references: Sequence[ReferenceIn]) -> int:
        """Add references to a source, creating it if needed; ids already there are
        replaced (a claim checked again). Returns how many the source now holds."""
        self._stats = None
        with self._session(f"add references to {name!r}", write=True) as session:
            record = refs.find_source(session, name)
            if record is None:
                record = SourceTable(name=name, spec=spec, options={}, problems=[])
                session.add(record)
                session.flush()
            assert record.id is not None
            ids = list(dict.fromkeys(r.ref_id for r in references))
            removed = 0
            for start in range(0, len(ids), 500):
                result = session.connection().execute(
                    delete(ReferenceTable).where(
                        col(ReferenceTable.source_id) == record.id,
                        col(ReferenceTable.ref_id).in_(ids[start : start + 500]),
                    )
                )
                removed += max(result.rowcount, 0)
            added = refs.insert_references(session, record.id, references)
            # Kept up to date by difference: counting the rows again grows with the source.
            record.reference_count += added - removed
            session.add(record)
            return record.reference_count

    def search_references(
        self,
        terms: Sequence[str],
        k: int = 30,
        *,
        exclude_article: int | None = None,
        reviewed_claims_only: bool = False,
    ) -> list[tuple[ReferenceRow, float]]:
        """The ``k`` stored references that best match the index terms (BM25), best
        first; ``exclude_article`` leaves out that article's own claims, and
        ``reviewed_claims_only`` the stored claims nobody has reviewed yet."""
        with self._session("search references") as session:
            if self._stats is None:
                self._stats = refs.corpus_stats(session)
            return refs.search(
                session, terms, k, exclude_article, self._stats, reviewed_claims_only
            )

    def searchable(self, *, reviewed_claims_only: bool = False) -> bool:
        """Whether a search could find anything: any reference at all, or with
        ``reviewed_claims_only`` any source's reference or any reviewed claim."""
        with self._session("count references") as session:
            return refs.searchable(session, reviewed_claims_only)

    def save_matches(self, matches: dict[int, Sequence[MatchIn]]) -> None:
        """Store each claim's matches (by claim id), replacing those of an earlier check."""
        with self._session("save matches", write=True) as session:
            for claim_id, found in matches.items():
                refs.save_matches(session, claim_id, found)

    def matches(self, claim_ids: Sequence[int]) -> dict[int, list[MatchRow]]:
        """The stored matches of each claim, best first."""
        with self._session("read matches") as session:
            return refs.matches_of(session, claim_ids)


def _save(session: Session, article: ArticleIn, claims: Sequence[ClaimIn]) -> SaveResult:
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


def _restore(
    session: Session,
    article: ArticleRow,
    claims: Sequence[ClaimRow],
    matches: Mapping[int, Sequence[MatchRow]],
    events: Mapping[int, Sequence[ReviewEvent]],
    keep_ids: bool,
) -> SaveResult:
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
