"""What crosses the storage boundary besides the records: the slot types, an article's
identity, what a save did, and the check of rows given as mappings.

Rows written in bulk (an article's claims with their slots, references, matches) are
mappings of their record's columns (see :mod:`claims_db.tables`); :func:`checked`
refuses a column the table does not have, so that a misspelt name is an error, not a
value silently dropped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import SQLModel

SLOT_TYPES: tuple[str, ...] = ("date", "number", "place", "person", "org")
"""The kinds of slot a claim can hold, as stored in ``slot.type``."""

DEFAULT_STATUS = "unreviewed"


def text_sha256(text: str) -> str:
    """The hex SHA-256 of ``text`` encoded as UTF-8: an article's identity when none is given."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :meth:`Store.save_article` did: ``created`` is False if the text was already
    stored. ``claim_ids`` are the ids of the claims given, in the order given (those
    of the stored claims at the same offsets when the text was already stored; None
    for a claim the stored text does not hold)."""

    article_id: int
    created: bool
    version: int
    claim_ids: tuple[int | None, ...] = ()


def columns(record: type[SQLModel]) -> frozenset[str]:
    """The column names of a record's table."""
    return frozenset(record.__table__.columns.keys())  # type: ignore[attr-defined]


def checked(
    rows: Iterable[Mapping[str, Any]], allowed: frozenset[str], what: str
) -> list[Mapping[str, Any]]:
    """The rows, each checked to name only ``allowed`` columns."""
    out = list(rows)
    for row in out:
        if not allowed.issuperset(row):
            unknown = ", ".join(sorted(set(row) - allowed))
            raise ValueError(f"{what}: no such column: {unknown}")
    return out
