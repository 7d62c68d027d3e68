"""claims_db: the storage layer of claimcheck, usable on its own.

It knows nothing of the claimcheck core or its command line: callers pass plain
values (:class:`ArticleIn`, :class:`ClaimIn`, :class:`SlotIn`) to a :class:`Store` and
get plain values back (:class:`ArticleRow`, :class:`ClaimRow`, :class:`SlotRow`).

>>> from claims_db import ArticleIn, ClaimIn, SlotIn, Store
>>> with Store("sqlite://") as store:
...     saved = store.save_article(
...         ArticleIn(text="It rained twice."),
...         [ClaimIn("It rained twice.", 0, 16, 0.8,
...                  slots=(SlotIn("number", "twice", 10, 15, {"value": 2}),))],
...     )
...     [slot.value for claim in store.claims(saved.article_id) for slot in claim.slots]
[{'value': 2}]
"""

from claims_db.engine import DEFAULT_URL
from claims_db.errors import SchemaVersionError, StoreError
from claims_db.migrations import MIGRATIONS, SCHEMA_VERSION, Migration
from claims_db.reviews import ConflictError
from claims_db.store import Store
from claims_db.values import (
    SLOT_TYPES,
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
    SlotIn,
    SlotRow,
    SourceRow,
    text_sha256,
)

__all__ = [
    "DEFAULT_URL",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SLOT_TYPES",
    "ArticleIn",
    "ArticleRow",
    "ClaimIn",
    "ClaimRow",
    "ConflictError",
    "MatchIn",
    "MatchRow",
    "Migration",
    "ReferenceIn",
    "ReferenceRow",
    "ReviewEvent",
    "SaveResult",
    "SchemaVersionError",
    "SlotIn",
    "SlotRow",
    "SourceRow",
    "Store",
    "StoreError",
    "text_sha256",
]
