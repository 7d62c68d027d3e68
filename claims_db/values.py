"""Plain values that cross the storage boundary: inputs to save, rows read back.

No SQLModel object ever leaves :mod:`claims_db`: callers build ``*In`` values and get
``*Row`` values, which are detached copies, safe to keep after the store is closed.
JSON fields come back as JSON types: tuples saved inside ``value`` or ``meta`` read back
as lists, and dates must be passed as ISO strings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

SLOT_TYPES: tuple[str, ...] = ("date", "number", "place", "person", "org")
"""The kinds of slot a claim can hold, as stored in ``slot.type``."""

DEFAULT_STATUS = "unreviewed"

_SHA256 = re.compile(r"[0-9a-f]{64}")


def text_sha256(text: str) -> str:
    """The hex SHA-256 of ``text`` encoded as UTF-8: an article's identity when none is given."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class SlotIn:
    """A resolved span inside a claim: a date, a number, a place, a person or an organisation.

    ``value`` holds everything else about it as JSON, for example
    ``{"interval": ["2019-02-01", "2019-02-28"], "granularity": "month"}`` or
    ``{"value": 3, "unit": "times", "kind": "count"}`` or ``{"name": "North Korea"}``.
    """

    type: str
    text: str
    start: int
    end: int
    value: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.type not in SLOT_TYPES:
            raise ValueError(f"slot type must be one of {', '.join(SLOT_TYPES)}, not {self.type!r}")


@dataclass(frozen=True, slots=True)
class ClaimIn:
    """A scored sentence to store. Its ``seq`` is its position in the sequence saved."""

    text: str
    start: int
    end: int
    score: float
    kinds: tuple[str, ...] = ()
    is_claim: bool = True
    paragraph: int = 0
    role: str = "body"
    quote: str | None = None
    speaker: str | None = None
    reasons: tuple[str, ...] = ()
    status: str = DEFAULT_STATUS
    slots: tuple[SlotIn, ...] = ()

    def __post_init__(self) -> None:
        # Accept lists from callers that are not type-checked; store tuples.
        object.__setattr__(self, "kinds", tuple(self.kinds))
        object.__setattr__(self, "reasons", tuple(self.reasons))
        object.__setattr__(self, "slots", tuple(self.slots))


@dataclass(frozen=True, slots=True)
class ArticleIn:
    """An article to store.

    ``sha256`` identifies the text: saving the same hash twice stores nothing new. Left
    empty, it is the SHA-256 of ``text`` in UTF-8. ``meta`` is any JSON object.
    """

    text: str
    sha256: str = ""
    title: str | None = None
    url: str | None = None
    path: str | None = None
    published: dt.date | None = None
    published_source: str | None = None
    sentence_count: int = 0
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        sha = self.sha256.lower() if self.sha256 else text_sha256(self.text)
        if not _SHA256.fullmatch(sha):
            raise ValueError(f"sha256 must be 64 hex digits, not {self.sha256!r}")
        object.__setattr__(self, "sha256", sha)
        object.__setattr__(self, "meta", dict(self.meta))

    @property
    def source_key(self) -> str | None:
        """What makes two texts versions of one article: the URL, else the absolute path."""
        if self.url:
            return self.url
        if self.path:
            return os.path.abspath(self.path)
        return None


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :meth:`Store.save_article` did: ``created`` is False if the text was already stored."""

    article_id: int
    created: bool
    version: int


@dataclass(frozen=True, slots=True)
class SlotRow:
    """A stored slot."""

    id: int
    claim_id: int
    type: str
    text: str
    start: int
    end: int
    value: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A stored claim with its slots, in the order they were saved."""

    id: int
    article_id: int
    seq: int
    text: str
    start: int
    end: int
    score: float
    kinds: tuple[str, ...]
    is_claim: bool
    paragraph: int
    role: str
    quote: str | None
    speaker: str | None
    reasons: tuple[str, ...]
    status: str
    created_at: dt.datetime
    slots: tuple[SlotRow, ...] = ()
    version: int = 1
    note: str | None = None
    assigned_to: str | None = None
    edited_text: str | None = None
    reviewer: str | None = None
    decided_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """A stored article version. ``created_at`` is timezone-aware UTC."""

    id: int
    sha256: str
    text: str
    title: str | None
    url: str | None
    path: str | None
    source_key: str | None
    version: int
    supersedes_id: int | None
    published: dt.date | None
    published_source: str | None
    sentence_count: int
    created_at: dt.datetime
    meta: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ReferenceIn:
    """A statement of a source to store and index. ``terms`` are the words it is found
    by (the caller's normalised, space-separated index terms)."""

    ref_id: str
    text: str
    terms: str
    kind: str
    extra: str | None = None
    title: str | None = None
    published: dt.date | None = None
    claim_date: dt.date | None = None
    url: str | None = None
    rating: str | None = None
    publisher: str | None = None
    claimant: str | None = None
    path: str | None = None
    claim_id: int | None = None


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    """A stored reference, with the name of its source. For a stored claim, ``rating``
    is its review status once it has one."""

    id: int
    source_id: int
    source: str
    ref_id: str
    text: str
    kind: str
    extra: str | None
    title: str | None
    published: dt.date | None
    claim_date: dt.date | None
    url: str | None
    rating: str | None
    publisher: str | None
    claimant: str | None
    path: str | None
    claim_id: int | None


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A registered source: where it was read from, how, and what it gave."""

    id: int
    name: str
    spec: str
    options: dict[str, Any]
    reference_count: int
    problems: tuple[str, ...]
    added_at: dt.datetime
    refreshed_at: dt.datetime


@dataclass(frozen=True, slots=True)
class MatchIn:
    """A match found for a claim, as shown: ``detail`` holds the rest as JSON."""

    source: str
    ref_id: str
    kind: str
    text: str
    score: float
    relation: str
    confident: bool
    reasons: tuple[str, ...] = ()
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MatchRow:
    """A stored match of a claim; ``rank`` 0 is the best."""

    id: int
    claim_id: int
    rank: int
    source: str
    ref_id: str
    kind: str
    text: str
    score: float
    relation: str
    confident: bool
    reasons: tuple[str, ...]
    detail: dict[str, Any]
    decision: str | None
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """One entry of a claim's audit log. ``action`` is what changed: ``status``,
    ``note``, ``text`` (the wording), ``assigned_to`` or ``match`` (a suggested match
    accepted or rejected; ``old_value`` names the match)."""

    id: int
    claim_id: int
    reviewer: str
    at: dt.datetime
    action: str
    old_value: str | None
    new_value: str | None
    note: str | None
