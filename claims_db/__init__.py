"""claims_db: the storage layer of claimcheck, usable on its own.

It knows nothing of the claimcheck core or its command line. Its records are SQLModel
table classes (:mod:`claims_db.tables`): a :class:`Store` gives them back, detached
and safe to keep after it is closed, and takes rows written in bulk (an article's
claims and their slots, references, matches) as mappings of their columns.

>>> from claims_db import ArticleRecord, Store
>>> with Store("sqlite://") as store:
...     saved = store.save_article(
...         ArticleRecord(text="It rained twice."),
...         [{"text": "It rained twice.", "start": 0, "end": 16, "score": 0.8,
...           "slots": [{"type": "number", "text": "twice", "start": 10, "end": 15,
...                      "value": {"value": 2}}]}],
...     )
...     [slot.value for claim in store.claims(saved.article_id) for slot in claim.slots]
[{'value': 2}]
"""

from claims_db.engine import DEFAULT_URL
from claims_db.errors import SchemaVersionError, StoreError
from claims_db.migrations import MIGRATIONS, SCHEMA_VERSION, Migration
from claims_db.reviews import AUDIT_ACTIONS, ConflictError
from claims_db.store import Store
from claims_db.tables import (
    ArticleRecord,
    ClaimRecord,
    MatchRecord,
    ReferenceRecord,
    ReviewEvent,
    SlotRecord,
    SourceRecord,
)
from claims_db.values import SLOT_TYPES, SaveResult, text_sha256

__all__ = [
    "AUDIT_ACTIONS",
    "DEFAULT_URL",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SLOT_TYPES",
    "ArticleRecord",
    "ClaimRecord",
    "ConflictError",
    "MatchRecord",
    "Migration",
    "ReferenceRecord",
    "ReviewEvent",
    "SaveResult",
    "SchemaVersionError",
    "SlotRecord",
    "SourceRecord",
    "Store",
    "StoreError",
    "text_sha256",
]
