"""Ordered schema migrations, applied when a :class:`~claims_db.store.Store` opens.

Each migration spells out its own DDL with tables local to it, never the models in
:mod:`claims_db.tables`: migration 1 must create the version-1 schema forever, whatever
columns the models gain later. To change the schema, add a migration at the end of
:data:`MIGRATIONS` and update the models; ``tests/test_store.py`` checks they agree.
Everything here must run on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import SQLAlchemyError

from claims_db.engine import transaction
from claims_db.errors import SchemaVersionError, StoreError, one_line

_JSON = JSON().with_variant(JSONB(), "postgresql")
_UTC_DATETIME = DateTime(timezone=True)

# Any constant will do; it only has to be the same in every claims_db process.
_PG_LOCK_KEY = 0x636C61696D73


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: ``apply`` runs its DDL on a connection inside a transaction."""

    version: int
    name: str
    apply: Callable[[Connection], None]


def _schema_migrations_table(metadata: MetaData) -> Table:
    return Table(
        "schema_migrations",
        metadata,
        Column("version", Integer, primary_key=True, autoincrement=False),
        Column("name", String, nullable=False),
        Column("applied_at", _UTC_DATETIME, nullable=False),
    )


_BOOKKEEPING = _schema_migrations_table(MetaData())


def _initial_schema(connection: Connection) -> None:
    metadata = MetaData()
    Table(
        "article",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("sha256", String(64), nullable=False),
        Column("text", Text, nullable=False),
        Column("title", String),
        Column("url", String),
        Column("path", String),
        Column("source_key", String),
        Column("version", Integer, nullable=False),
        Column("supersedes_id", Integer, ForeignKey("article.id", ondelete="SET NULL")),
        Column("published", Date),
        Column("published_source", String),
        Column("sentence_count", Integer, nullable=False),
        Column("created_at", _UTC_DATETIME, nullable=False),
        Column("meta", _JSON, nullable=False),
        UniqueConstraint("sha256", name="uq_article_sha256"),
        UniqueConstraint("source_key", "version", name="uq_article_source_key_version"),
    )
    Table(
        "claim",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("article_id", Integer, ForeignKey("article.id", ondelete="CASCADE"), nullable=False),
        Column("seq", Integer, nullable=False),
        Column("text", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("score", Float, nullable=False),
        Column("kinds", _JSON, nullable=False),
        Column("is_claim", Boolean, nullable=False),
        Column("paragraph", Integer, nullable=False),
        Column("role", String, nullable=False),
        Column("quote", Text),
        Column("speaker", String),
        Column("reasons", _JSON, nullable=False),
        Column("status", String, nullable=False, server_default="unreviewed"),
        Column("created_at", _UTC_DATETIME, nullable=False),
        UniqueConstraint("article_id", "seq", name="uq_claim_article_id_seq"),
        Index("ix_claim_status", "status"),
    )
    Table(
        "slot",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
        Column("type", String, nullable=False),
        Column("text", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("value", _JSON, nullable=False),
        Index("ix_slot_claim_id", "claim_id"),
        Index("ix_slot_type", "type"),
    )
    metadata.create_all(connection, checkfirst=False)


def _sources_and_matches(connection: Connection) -> None:
    metadata = MetaData()
    Table("claim", metadata, Column("id", Integer, primary_key=True))
    Table(
        "source",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("name", String, nullable=False),
        Column("spec", Text, nullable=False),
        Column("options", _JSON, nullable=False),
        Column("reference_count", Integer, nullable=False),
        Column("problems", _JSON, nullable=False),
        Column("added_at", _UTC_DATETIME, nullable=False),
        Column("refreshed_at", _UTC_DATETIME, nullable=False),
        UniqueConstraint("name", name="uq_source_name"),
    )
    Table(
        "reference",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("source_id", Integer, ForeignKey("source.id", ondelete="CASCADE"), nullable=False),
        Column("ref_id", Text, nullable=False),
        Column("text", Text, nullable=False),
        Column("extra", Text),
        Column("terms", Text, nullable=False),
        Column("length", Integer, nullable=False),
        Column("kind", String, nullable=False),
        Column("title", Text),
        Column("published", Date),
        Column("claim_date", Date),
        Column("url", Text),
        Column("rating", String),
        Column("publisher", String),
        Column("claimant", String),
        Column("path", Text),
        Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE")),
        UniqueConstraint("source_id", "ref_id", name="uq_reference_source_id_ref_id"),
        Index("ix_reference_claim_id", "claim_id"),
    )
    Table(
        "claim_match",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
        Column("rank", Integer, nullable=False),
        Column("source", String, nullable=False),
        Column("ref_id", Text, nullable=False),
        Column("kind", String, nullable=False),
        Column("text", Text, nullable=False),
        Column("score", Float, nullable=False),
        Column("relation", String, nullable=False),
        Column("confident", Boolean, nullable=False),
        Column("reasons", _JSON, nullable=False),
        Column("detail", _JSON, nullable=False),
        Column("decision", String),
        Column("created_at", _UTC_DATETIME, nullable=False),
        UniqueConstraint("claim_id", "rank", name="uq_claim_match_claim_id_rank"),
    )
    metadata.create_all(connection, checkfirst=True)
    if connection.dialect.name == "sqlite":
        # Full-text index of the references' terms, kept in step by triggers; bm25()
        # ranks candidates. External content: the terms are stored once, in reference.
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE reference_fts USING fts5("
            "terms, content='reference', content_rowid='id', tokenize='unicode61')"
        )
        # Each term's document frequency, for BM25 computed as the in-memory index does.
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE reference_vocab USING fts5vocab(reference_fts, 'row')"
        )
        connection.exec_driver_sql(
            "CREATE TRIGGER reference_fts_insert AFTER INSERT ON reference BEGIN "
            "INSERT INTO reference_fts(rowid, terms) VALUES (new.id, new.terms); END"
        )
        connection.exec_driver_sql(
            "CREATE TRIGGER reference_fts_delete AFTER DELETE ON reference BEGIN "
            "INSERT INTO reference_fts(reference_fts, rowid, terms) "
            "VALUES ('delete', old.id, old.terms); END"
        )
        connection.exec_driver_sql(
            "CREATE TRIGGER reference_fts_update AFTER UPDATE OF terms ON reference BEGIN "
            "INSERT INTO reference_fts(reference_fts, rowid, terms) "
            "VALUES ('delete', old.id, old.terms); "
            "INSERT INTO reference_fts(rowid, terms) VALUES (new.id, new.terms); END"
        )
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "CREATE INDEX ix_reference_terms_fts ON reference "
            "USING GIN (to_tsvector('simple', terms))"
        )


def _reviews(connection: Connection) -> None:
    # Columns added in place: an older database keeps every row (SQLite and PostgreSQL
    # both add a column with a constant default without rewriting the table's meaning).
    for ddl in (
        "ALTER TABLE claim ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE claim ADD COLUMN note TEXT",
        "ALTER TABLE claim ADD COLUMN assigned_to VARCHAR",
        "ALTER TABLE claim ADD COLUMN edited_text TEXT",
        "ALTER TABLE claim ADD COLUMN reviewer VARCHAR",
        "ALTER TABLE claim ADD COLUMN decided_at " + _datetime_sql(connection),
    ):
        connection.exec_driver_sql(ddl)
    metadata = MetaData()
    Table("claim", metadata, Column("id", Integer, primary_key=True))
    Table(
        "review_event",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("claim_id", Integer, ForeignKey("claim.id", ondelete="CASCADE"), nullable=False),
        Column("reviewer", String, nullable=False),
        Column("at", _UTC_DATETIME, nullable=False),
        Column("action", String, nullable=False),
        Column("old_value", Text),
        Column("new_value", Text),
        Column("note", Text),
        Index("ix_review_event_claim_id", "claim_id"),
    )
    metadata.create_all(connection, checkfirst=True)


def _postgres_term_statistics(connection: Connection) -> None:
    # PostgreSQL only (SQLite's FTS5 already keeps both): the references' tsvector
    # stored once (ranking reads it instead of parsing the terms again), and each
    # term's document frequency kept up to date by statement triggers, as FTS5's
    # vocabulary table does, so that BM25's idf costs a lookup and not a count.
    if connection.dialect.name != "postgresql":
        return
    for ddl in (
        "ALTER TABLE reference ADD COLUMN tsv tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED",
        "CREATE INDEX ix_reference_tsv ON reference USING GIN (tsv)",
        "DROP INDEX ix_reference_terms_fts",
        "CREATE TABLE reference_vocab (term TEXT PRIMARY KEY, doc INTEGER NOT NULL)",
        "INSERT INTO reference_vocab (term, doc) SELECT word, count(*) "
        "FROM reference, unnest(tsvector_to_array(tsv)) AS word GROUP BY word",
        # One upsert per statement, its terms in sorted order: two transactions lock
        # the rows of the terms they share in the same order and so never deadlock.
        """CREATE FUNCTION reference_vocab_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('DELETE', 'UPDATE') THEN
                INSERT INTO reference_vocab (term, doc)
                SELECT word, -count(*) FROM gone, unnest(tsvector_to_array(gone.tsv)) AS word
                GROUP BY word ORDER BY word
                ON CONFLICT (term) DO UPDATE SET doc = reference_vocab.doc + EXCLUDED.doc;
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO reference_vocab (term, doc)
                SELECT word, count(*) FROM added, unnest(tsvector_to_array(added.tsv)) AS word
                GROUP BY word ORDER BY word
                ON CONFLICT (term) DO UPDATE SET doc = reference_vocab.doc + EXCLUDED.doc;
            END IF;
            RETURN NULL;
        END $$""",
        "CREATE TRIGGER reference_vocab_insert AFTER INSERT ON reference "
        "REFERENCING NEW TABLE AS added "
        "FOR EACH STATEMENT EXECUTE FUNCTION reference_vocab_count()",
        "CREATE TRIGGER reference_vocab_delete AFTER DELETE ON reference "
        "REFERENCING OLD TABLE AS gone "
        "FOR EACH STATEMENT EXECUTE FUNCTION reference_vocab_count()",
        "CREATE TRIGGER reference_vocab_update AFTER UPDATE ON reference "
        "REFERENCING OLD TABLE AS gone NEW TABLE AS added "
        "FOR EACH STATEMENT EXECUTE FUNCTION reference_vocab_count()",
    ):
        connection.exec_driver_sql(ddl)


def _datetime_sql(connection: Connection) -> str:
    return "TIMESTAMP WITH TIME ZONE" if connection.dialect.name == "postgresql" else "DATETIME"


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _initial_schema),
    Migration(2, "sources, references and claim matches", _sources_and_matches),
    Migration(3, "reviews: decisions on claims and their audit log", _reviews),
    Migration(4, "term statistics for retrieval on PostgreSQL", _postgres_term_statistics),
)
"""Every migration, oldest first. Append only: never edit or reorder a released one."""

SCHEMA_VERSION = MIGRATIONS[-1].version
"""The schema version this code writes."""


def applied_versions(connection: Connection) -> set[int]:
    """The migration versions recorded in the database (empty for a new database)."""
    if not inspect(connection).has_table("schema_migrations"):
        return set()
    return set(connection.scalars(select(_BOOKKEEPING.c.version)))


def _check_not_newer(done: set[int], known: int) -> None:
    newest = max(done, default=0)
    if newest > known:
        raise SchemaVersionError(
            f"its schema version {newest} is newer than this claims_db knows "
            f"({known}): upgrade claimcheck"
        )


def migrate(engine: Engine, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[int]:
    """Apply the migrations the database lacks, in order, each in its own transaction.

    Returns the versions applied (empty when the schema was already current). Raises
    :class:`SchemaVersionError` for a database newer than ``migrations`` and
    :class:`StoreError` naming the migration that failed; a failed migration leaves the
    database as the previous one left it. SQLAlchemy errors outside a migration (the
    database cannot be opened at all) propagate for the caller to describe.
    """
    known = migrations[-1].version
    with transaction(engine, write=False) as connection:
        done = applied_versions(connection)
    _check_not_newer(done, known)
    if all(m.version in done for m in migrations):
        return []

    applied: list[int] = []
    for migration in migrations:
        with transaction(engine, write=True) as connection:
            if connection.dialect.name == "postgresql":
                # Two processes opening a new database at once must not both migrate it.
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY}
                )
            _BOOKKEEPING.create(connection, checkfirst=True)
            # Read again under the write lock: another process may have migrated meanwhile.
            done = applied_versions(connection)
            _check_not_newer(done, known)
            if migration.version in done:
                continue
            try:
                migration.apply(connection)
                connection.execute(
                    _BOOKKEEPING.insert().values(
                        version=migration.version,
                        name=migration.name,
                        applied_at=dt.datetime.now(dt.UTC),
                    )
                )
            except SQLAlchemyError as exc:
                raise StoreError(
                    f"migration {migration.version} ({migration.name}) failed: {one_line(exc)}"
                ) from exc
        applied.append(migration.version)
    return applied
