"""The records of the claims database: one SQLModel table class per table, the current
schema as the migrations leave it.

These classes are what the store gives back (detached from any session: safe to keep
after the store is closed) and what it takes for single rows. Rows written by the
thousand (an article's claims and their slots, references, matches) are given as
mappings of these classes' columns, the shape SQLAlchemy's bulk inserts take: building
a SQLModel object costs 15-65 µs, which for a folder of news is seconds.
The DDL of each schema version lives in :mod:`claims_db.migrations`; a test checks that
the migrations leave exactly these tables.
"""

# No `from __future__ import annotations`: SQLModel reads the annotations at class creation.

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Dialect, Text, TypeDecorator, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, Relationship, SQLModel

JSON_TYPE = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware datetime, stored in UTC on every backend.

    SQLite has no timezone type and SQLAlchemy drops the offset there, so values are
    converted to UTC before they are written and read back as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()}: give it a timezone")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


# Every record's ``id`` is typed ``int``: a record the store gives back always has one.
# A record built to be saved has None there until the database assigns it.

# Relationships the store fills itself when it reads: never loaded on access, never
# written through.
_READ_ONLY = {"lazy": "raise", "viewonly": True}


def utc_now() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.UTC)


class ArticleRecord(SQLModel, table=True):
    """One version of one article; ``source_key`` ties the versions together."""

    __tablename__ = "article"
    # Also the index on source_key, and what stops two writers numbering the same version.
    __table_args__ = (
        UniqueConstraint("sha256", name="uq_article_sha256"),
        UniqueConstraint("source_key", "version", name="uq_article_source_key_version"),
    )

    id: int = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, nullable=False)
    text: str = Field(sa_type=Text, nullable=False)
    title: str | None = Field(default=None)
    url: str | None = Field(default=None)
    path: str | None = Field(default=None)
    source_key: str | None = Field(default=None)
    version: int = Field(default=1, nullable=False)
    supersedes_id: int | None = Field(
        default=None, foreign_key="article.id", ondelete="SET NULL", nullable=True
    )
    published: dt.date | None = Field(default=None, sa_type=Date)
    published_source: str | None = Field(default=None)
    sentence_count: int = Field(default=0, nullable=False)
    created_at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)
    meta: dict[str, Any] = Field(default_factory=dict, sa_type=JSON_TYPE, nullable=False)


class ClaimRecord(SQLModel, table=True):
    """A sentence of an article, scored, in article order (``seq``)."""

    __tablename__ = "claim"
    # Also the index on article_id.
    __table_args__ = (UniqueConstraint("article_id", "seq", name="uq_claim_article_id_seq"),)

    id: int = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE", nullable=False)
    seq: int = Field(nullable=False)
    text: str = Field(sa_type=Text, nullable=False)
    start: int = Field(nullable=False)
    end: int = Field(nullable=False)
    score: float = Field(nullable=False)
    kinds: list[str] = Field(default_factory=list, sa_type=JSON_TYPE, nullable=False)
    is_claim: bool = Field(nullable=False)
    paragraph: int = Field(nullable=False)
    role: str = Field(nullable=False)
    quote: str | None = Field(default=None, sa_type=Text)
    speaker: str | None = Field(default=None)
    reasons: list[str] = Field(default_factory=list, sa_type=JSON_TYPE, nullable=False)
    status: str = Field(
        default="unreviewed",
        index=True,
        nullable=False,
        sa_column_kwargs={"server_default": "unreviewed"},
    )
    created_at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)
    # Review state (migration 3); ``version`` grows with every decision, so that two
    # reviewers editing the same claim are told instead of overwriting each other.
    version: int = Field(default=1, nullable=False, sa_column_kwargs={"server_default": "1"})
    note: str | None = Field(default=None, sa_type=Text)
    assigned_to: str | None = Field(default=None)
    edited_text: str | None = Field(default=None, sa_type=Text)
    reviewer: str | None = Field(default=None)
    decided_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    # The claim's slots, in the order they were saved: filled by the store when it reads
    # claims (never loaded lazily, so a detached claim cannot hit a closed session).
    slots: list["SlotRecord"] = Relationship(sa_relationship_kwargs=_READ_ONLY)


class ReviewEvent(SQLModel, table=True):
    """One entry of the audit log: who changed what on a claim, when, from what to what."""

    __tablename__ = "review_event"

    id: int = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", nullable=False, index=True)
    reviewer: str = Field(nullable=False)
    at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)
    action: str = Field(nullable=False)
    old_value: str | None = Field(default=None, sa_type=Text)
    new_value: str | None = Field(default=None, sa_type=Text)
    note: str | None = Field(default=None, sa_type=Text)


class SlotRecord(SQLModel, table=True):
    """A date, number, place, person or organisation found inside a claim."""

    __tablename__ = "slot"

    id: int = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", nullable=False, index=True)
    type: str = Field(nullable=False, index=True)
    text: str = Field(sa_type=Text, nullable=False)
    start: int = Field(nullable=False)
    end: int = Field(nullable=False)
    value: dict[str, Any] = Field(default_factory=dict, sa_type=JSON_TYPE, nullable=False)


class SourceRecord(SQLModel, table=True):
    """A registered source of references: a file, folder, URL or archive, read once."""

    __tablename__ = "source"
    __table_args__ = (UniqueConstraint("name", name="uq_source_name"),)

    id: int = Field(default=None, primary_key=True)
    name: str = Field(nullable=False)
    spec: str = Field(sa_type=Text, nullable=False)
    options: dict[str, Any] = Field(default_factory=dict, sa_type=JSON_TYPE, nullable=False)
    reference_count: int = Field(default=0, nullable=False)
    problems: list[str] = Field(default_factory=list, sa_type=JSON_TYPE, nullable=False)
    added_at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)
    refreshed_at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


class ReferenceRecord(SQLModel, table=True):
    """One statement of a source, with the terms it is indexed under."""

    __tablename__ = "reference"
    __table_args__ = (
        UniqueConstraint("source_id", "ref_id", name="uq_reference_source_id_ref_id"),
    )

    id: int = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", ondelete="CASCADE", nullable=False)
    ref_id: str = Field(sa_type=Text, nullable=False)
    text: str = Field(sa_type=Text, nullable=False)
    extra: str | None = Field(default=None, sa_type=Text)
    terms: str = Field(sa_type=Text, nullable=False)
    length: int = Field(nullable=False)
    kind: str = Field(nullable=False)
    title: str | None = Field(default=None, sa_type=Text)
    published: dt.date | None = Field(default=None, sa_type=Date)
    claim_date: dt.date | None = Field(default=None, sa_type=Date)
    url: str | None = Field(default=None, sa_type=Text)
    rating: str | None = Field(default=None)
    publisher: str | None = Field(default=None)
    claimant: str | None = Field(default=None)
    path: str | None = Field(default=None, sa_type=Text)
    claim_id: int | None = Field(
        default=None,
        foreign_key="claim.id",
        ondelete="CASCADE",
        nullable=True,
        index=True,
    )
    # The source it belongs to: filled by the store when a search returns it.
    source: "SourceRecord" = Relationship(sa_relationship_kwargs=_READ_ONLY)


class MatchRecord(SQLModel, table=True):
    """A match found for a claim when it was checked, as it was shown then."""

    __tablename__ = "claim_match"
    __table_args__ = (UniqueConstraint("claim_id", "rank", name="uq_claim_match_claim_id_rank"),)

    id: int = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", ondelete="CASCADE", nullable=False)
    rank: int = Field(nullable=False)
    source: str = Field(nullable=False)
    ref_id: str = Field(sa_type=Text, nullable=False)
    kind: str = Field(nullable=False)
    text: str = Field(sa_type=Text, nullable=False)
    score: float = Field(nullable=False)
    relation: str = Field(nullable=False)
    confident: bool = Field(nullable=False)
    reasons: list[str] = Field(default_factory=list, sa_type=JSON_TYPE, nullable=False)
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSON_TYPE, nullable=False)
    decision: str | None = Field(default=None)
    created_at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)


class SchemaMigration(SQLModel, table=True):
    """One applied migration."""

    __tablename__ = "schema_migrations"

    version: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    name: str = Field(nullable=False)
    applied_at: dt.datetime = Field(default_factory=utc_now, sa_type=UTCDateTime, nullable=False)
