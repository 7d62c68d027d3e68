"""The one class that owns the claims database: every query the toolkit makes goes
through it.

:class:`Store` opens and migrates the database, runs each method in its own transaction
and turns database errors into :class:`StoreError`. The SQL itself is in one module per
concept, as functions on an open session: :mod:`claims_db.articles` (articles, claims
and slots), :mod:`claims_db.reviews` (the review queue, decisions and the audit log) and
:mod:`claims_db.references` (sources, references, search and matches).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import insert
from sqlalchemy import select as select_rows
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, SQLModel, select

from claims_db import articles, reviews
from claims_db import references as refs
from claims_db.engine import (
    DEFAULT_URL,
    describe_error,
    display_url,
    make_engine,
    missing_sqlite_file,
    normalize_url,
    read_only_url,
    sqlite_file,
    transaction,
    unwritable_sqlite_file,
)
from claims_db.errors import StoreError, one_line
from claims_db.migrations import migrate
from claims_db.tables import (
    ArticleRecord,
    ClaimRecord,
    MatchRecord,
    ReferenceRecord,
    ReviewEvent,
    SourceRecord,
)
from claims_db.values import SaveResult, text_sha256


def _error(message: str, cause: BaseException) -> StoreError:
    error = StoreError(message)
    error.retryable = isinstance(cause, IntegrityError)
    return error


# Tables in an order that satisfies their foreign keys, for copying row by row.
COPY_ORDER = ("article", "claim", "slot", "review_event", "source", "reference", "claim_match")


class Store:
    """A claims database, opened (and migrated to the current schema) on construction.

    ``url`` is a SQLAlchemy URL (``sqlite:///claims.db``,
    ``postgresql+psycopg://user:pass@host/db``) or a plain path to a SQLite file; None
    means :data:`~claims_db.engine.DEFAULT_URL`, ``claims.db`` in the working folder.
    A SQLite file that does not exist is created, unless ``create`` is False (for a
    caller that only reads: a mistyped name is then an error, not a new empty file).
    A caller that only reads may also open a SQLite file it cannot write (a read-only
    file or folder): the store is then :attr:`read_only`, and a write raises
    :class:`StoreError` saying so.
    Every method runs in its own transaction, unless called inside :meth:`transaction`,
    and returns records (:mod:`claims_db.tables`) detached from any session; errors from
    the database are raised as :class:`StoreError`.

    >>> with Store("sqlite://") as store:
    ...     store.counts()
    {'articles': 0, 'claims': 0, 'slots': 0}
    """

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self._url = normalize_url(url if url is not None else DEFAULT_URL)
        self.url: str = display_url(self._url)
        """The database URL with any password hidden, for messages."""
        if not create and missing_sqlite_file(self._url):
            raise StoreError(f"no claims database at {self._url.database}")
        self.path: str | None = sqlite_file(self._url)
        """The SQLite file of the database, or None (in memory, or another engine)."""
        self.read_only: bool = not create and unwritable_sqlite_file(self._url)
        """Whether the database was opened read-only (a SQLite file this process cannot
        write, opened by a caller that only reads)."""
        if self.read_only:
            self._engine = make_engine(read_only_url(self._url), read_only=True)
        else:
            self._engine = make_engine(self._url)
        self._closed = False
        # The session of the write transaction opened by transaction(), if any.
        self._open: Session | None = None
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

    def copy_to_sqlite(self, target: str | os.PathLike[str]) -> dict[str, int]:
        """Copy every row of this database (SQLite or PostgreSQL) into a new SQLite file
        at ``target``, ids kept, and return the rows copied per table. The target must
        not exist; the copy is a standalone file (no write-ahead log beside it)."""
        path = Path(target)
        if path.exists():
            raise StoreError(f"cannot copy the database: {path} already exists")
        Store(f"sqlite:///{path}").close()  # the current schema, empty
        dest = make_engine(normalize_url(f"sqlite:///{path}"))
        counts: dict[str, int] = {}
        try:
            with self._session("read the database to copy") as read, dest.begin() as write:
                for name in COPY_ORDER:
                    table = SQLModel.metadata.tables[name]
                    result = read.connection().execute(select_rows(table).order_by(table.c.id))
                    counts[name] = 0
                    while batch := result.fetchmany(500):
                        write.execute(insert(table), [dict(r._mapping) for r in batch])
                        counts[name] += len(batch)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            raise StoreError(f"cannot copy the database to {path}: {one_line(exc)}") from exc
        finally:
            dest.dispose()
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute("PRAGMA journal_mode=DELETE")
        return counts

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @contextmanager
    def transaction(self) -> Iterator[Self]:
        """One write transaction for every call made in the block: committed if the
        block succeeds, else rolled back with all it wrote.

        >>> with Store("sqlite://") as store:
        ...     with store.transaction():
        ...         saved = store.save_article(ArticleRecord(text="It rained."), [])
        ...         _ = store.add_references("notes", "memo", [])
        ...     store.counts()["articles"]
        1
        """
        if self._open is not None:
            raise StoreError("a transaction is already open on this store")
        with self._session("write", write=True) as session:
            self._open = session
            try:
                yield self
            finally:
                self._open = None

    @contextmanager
    def _session(self, doing: str, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed if the block succeeds, else rolled back
        (inside :meth:`transaction`, that transaction's session).

        Database errors become a :class:`StoreError` "cannot <doing>: <reason>".
        """
        if self._closed:
            raise StoreError(f"cannot {doing}: the store for {self.url} is closed")
        if write and self.read_only:
            raise StoreError(f"cannot {doing}: {self.path} is read-only here")
        if self._open is not None:
            try:
                yield self._open
                self._open.flush()
            except (SQLAlchemyError, self._engine.dialect.loaded_dbapi.Error) as exc:
                raise _error(f"cannot {doing}: {describe_error(exc, self._url)}", exc) from exc
            return
        try:
            with transaction(self._engine, write=write) as connection:
                with Session(bind=connection, expire_on_commit=False, autoflush=False) as session:
                    yield session
                    session.flush()
        except (SQLAlchemyError, self._engine.dialect.loaded_dbapi.Error) as exc:
            raise _error(f"cannot {doing}: {describe_error(exc, self._url)}", exc) from exc

    # Articles, claims and slots (the SQL is in claims_db.articles)

    def save_article(
        self, article: ArticleRecord, claims: Sequence[Mapping[str, Any]]
    ) -> SaveResult:
        """Store an article with its claims and their slots, all or nothing; the result
        holds the claims' ids, in the order given.

        Each claim is a mapping of :class:`ClaimRecord`'s columns (``text``, ``start``,
        ``end`` and ``score`` at least) with its ``slots``, each a mapping of
        :class:`SlotRecord`'s (``type``, ``text``, ``start``, ``end``, ``value``).
        ``article.sha256`` identifies the text (left empty: the SHA-256 of the text):
        text already stored is not stored again, and its id and its stored claims' ids
        are returned with ``created=False``. A new text with the URL (else the absolute
        path) of stored articles becomes their next version and ``supersedes`` the
        latest one. Claims get ``seq`` 0, 1, ... in the order given.
        """
        doing = f"save article {(article.sha256 or text_sha256(article.text))[:12]}"
        if self._open is None:  # inside the caller's transaction, the caller retries
            try:
                with self._session(doing, write=True) as session:
                    return articles.save(session, article, claims)
            except StoreError as exc:
                # Another writer stored the same text or version between our read and
                # our insert (possible on PostgreSQL); a second attempt sees its row.
                if not exc.retryable:
                    raise
        with self._session(doing, write=True) as session:
            return articles.save(session, article, claims)

    def restore(
        self,
        article: ArticleRecord,
        claims: Sequence[ClaimRecord],
        matches: Mapping[int, Sequence[MatchRecord]] | None = None,
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
            return articles.restore(session, article, claims, matches or {}, events or {}, keep_ids)

    def redate_article(
        self,
        article_id: int,
        published: dt.date | None,
        published_source: str | None,
        dates: Mapping[int, Sequence[Mapping[str, Any]]],
    ) -> None:
        """Set a stored article's publication date and replace its claims' date slots
        with ``dates`` (claim id -> date slot mappings, as :meth:`save_article` takes
        them), in one transaction."""
        with self._session(f"re-date article {article_id}", write=True) as session:
            articles.redate(session, article_id, published, published_source, dates)

    def get_article(self, article_id: int) -> ArticleRecord | None:
        """The article with this id, or None."""
        with self._session(f"read article {article_id}") as session:
            return articles.get_article(session, article_id)

    def find_article(self, sha256: str) -> ArticleRecord | None:
        """The article whose text has this SHA-256 (hex), or None."""
        with self._session(f"find article {sha256[:12]}") as session:
            return articles.find_article(session, sha256)

    def list_articles(self) -> list[ArticleRecord]:
        """Every stored article version, oldest first."""
        with self._session("list articles") as session:
            return articles.list_articles(session)

    def claims(self, article_id: int, *, only_claims: bool = False) -> list[ClaimRecord]:
        """An article's sentences in order, each with its slots.

        With ``only_claims``, only sentences that scored as claims (``is_claim``).
        """
        with self._session(f"read claims of article {article_id}") as session:
            return articles.claims_of(session, article_id, only_claims)

    def claim_ids(self, article_id: int) -> dict[tuple[int, int], int]:
        """The ids of an article's stored sentences by their (start, end) offsets: what
        ties an extraction to its rows without reading every row whole."""
        with self._session(f"read claims of article {article_id}") as session:
            return articles.claim_ids_by_span(session, article_id)

    def counts(self) -> dict[str, int]:
        """How many articles, claims (all stored sentences) and slots the database holds."""
        with self._session("count rows") as session:
            return articles.counts(session)

    # Reviews (the SQL is in claims_db.reviews and, for reading claims, claims_db.articles)

    def get_claim(self, claim_id: int) -> ClaimRecord | None:
        """One stored claim with its slots, or None."""
        with self._session(f"read claim #{claim_id}") as session:
            return articles.get_claim(session, claim_id)

    def claims_with_text(self, text: str) -> list[ClaimRecord]:
        """The stored claims whose text (or edited text) is exactly ``text``, by id."""
        with self._session("find claims by their text") as session:
            return articles.claims_with_text(session, text)

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
    ) -> ClaimRecord:
        """Record a reviewer's decision on a claim, all or nothing, with one audit entry
        per field changed. None leaves a field as it is; "" clears a note, a wording or
        an assignee. With ``expected_version`` (the version the reviewer saw), a claim
        changed meanwhile raises :class:`claims_db.reviews.ConflictError` and nothing
        is written. Returns the claim as this decision left it (its ``version`` one up
        if anything changed)."""
        changes: dict[str, str | None] = {}
        for name, value in (("status", status), ("note", note), ("text", text), ("assign", assign)):
            if value is not None:
                changes[name] = value or None
        with self._session(f"record a decision on claim #{claim_id}", write=True) as session:
            claim = reviews.decide(session, claim_id, reviewer, changes, expected_version)
            # The claim as this transaction left it (a later writer's changes are theirs).
            return articles.with_slots(session, [claim])[0]

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
        all_sentences: bool = False,
    ) -> list[ClaimRecord]:
        """The claims (sentences above their threshold; every stored sentence with
        ``all_sentences``) matching the filters, with their slots, by article and
        position. Ordering for review is the caller's."""
        with self._session("read the review queue") as session:
            return reviews.queue(
                session, article_id, statuses, min_score, assigned_to, all_sentences
            )

    # Sources, references and matches (the SQL is in claims_db.references)

    def add_source(
        self,
        name: str,
        spec: str,
        references: Sequence[Mapping[str, Any]],
        *,
        options: dict[str, Any] | None = None,
        problems: Sequence[str] = (),
    ) -> SourceRecord:
        """Register a source with its references, all or nothing; the name must be new.

        Each reference is a mapping of :class:`ReferenceRecord`'s columns (``ref_id``,
        ``text``, ``kind`` and ``terms``, the words it is found by, at least)."""
        self._stats = None
        with self._session(f"add source {name!r}", write=True) as session:
            refs.lock_references(session)
            return refs.add_source(session, name, spec, options or {}, references, problems)

    def refresh_source(
        self, name: str, references: Sequence[Mapping[str, Any]], problems: Sequence[str] = ()
    ) -> SourceRecord:
        """Replace a source's references with a new reading of it, all or nothing."""
        self._stats = None
        with self._session(f"refresh source {name!r}", write=True) as session:
            refs.lock_references(session)
            record = refs.find_source(session, name)
            if record is None:
                raise StoreError(f"no source named {name!r}")
            return refs.replace_references(session, record, references, list(problems))

    def remove_source(self, name: str) -> bool:
        """Forget a source and its references; False if there was none by that name."""
        self._stats = None
        with self._session(f"remove source {name!r}", write=True) as session:
            refs.lock_references(session)
            record = refs.find_source(session, name)
            if record is None:
                return False
            session.delete(record)
            return True

    def sources(self) -> list[SourceRecord]:
        """Every registered source, by name (code point order on every engine: a
        PostgreSQL server's collation would sort "Desk" and "desk" its own way)."""
        with self._session("list sources") as session:
            return sorted(session.exec(select(SourceRecord)).all(), key=lambda s: s.name)

    def get_source(self, name: str) -> SourceRecord | None:
        with self._session(f"read source {name!r}") as session:
            return refs.find_source(session, name)

    def add_references(
        self,
        name: str,
        spec: str,
        references: Sequence[Mapping[str, Any]],
        *,
        replace: bool = True,
    ) -> int:
        """Add references to a source, creating it if needed, and return how many it
        now holds. References whose ids the source already holds replace them (a claim
        checked again); ``replace=False`` says none can (new claims), which saves
        looking."""
        self._stats = None
        with self._session(f"add references to {name!r}", write=True) as session:
            refs.lock_references(session)
            found = refs.source_id(session, name)
            if found is None:
                record = SourceRecord(name=name, spec=spec, options={}, problems=[])
                session.add(record)
                session.flush()
                found, replace = record.id, False  # a new source has nothing to replace
            removed = 0
            if replace:
                ids = list(dict.fromkeys(r["ref_id"] for r in references))
                removed = refs.delete_references(session, found, ids)
            added = refs.insert_references(session, found, references)
            # Kept up to date by difference: counting the rows again grows with the source.
            count = session.connection().execute(
                refs.COUNT_ADDED, {"added": added - removed, "id": found}
            )
            return int(count.scalar_one())

    def search_references(
        self,
        terms: Sequence[str],
        k: int = 30,
        *,
        k1: float,
        b: float,
        exclude_article: int | None = None,
        reviewed_claims_only: bool = False,
        exclude_versions_of: str | None = None,
    ) -> list[tuple[ReferenceRecord, float]]:
        """The ``k`` stored references that best match the index terms by BM25 with
        the caller's parameters ``k1`` and ``b``, best first; ``exclude_article``
        leaves out that article's own claims, ``exclude_versions_of`` (a URL or an
        absolute path: an article's ``source_key``) the claims of every version of
        that article, and ``reviewed_claims_only`` the stored claims nobody has
        reviewed yet."""
        with self._session("search references") as session:
            if self._stats is None:
                self._stats = refs.corpus_stats(session)
            return refs.search(
                session,
                terms,
                k,
                refs.Bm25(k1, b),
                exclude_article,
                self._stats,
                reviewed_claims_only,
                exclude_versions_of,
            )

    def searchable(self, *, reviewed_claims_only: bool = False) -> bool:
        """Whether a search could find anything: any reference at all, or with
        ``reviewed_claims_only`` any source's reference or any reviewed claim."""
        with self._session("count references") as session:
            return refs.searchable(session, reviewed_claims_only)

    def save_matches(
        self, matches: Mapping[int, Sequence[Mapping[str, Any]]], *, replace: bool = True
    ) -> None:
        """Store each claim's matches (by claim id), best first, replacing those of an
        earlier check (``replace=False`` for new claims, which have none). Each match
        is a mapping of :class:`MatchRecord`'s columns: ``source``, ``ref_id``,
        ``kind``, ``text``, ``score``, ``relation``, ``confident``, and optionally
        ``reasons`` and ``detail``."""
        with self._session("save matches", write=True) as session:
            if replace:
                refs.lock_claims(session, matches)
            for claim_id, found in matches.items():
                refs.save_matches(session, claim_id, found, replace)

    def matches(self, claim_ids: Sequence[int]) -> dict[int, list[MatchRecord]]:
        """The stored matches of each claim, best first."""
        with self._session("read matches") as session:
            return refs.matches_of(session, claim_ids)
