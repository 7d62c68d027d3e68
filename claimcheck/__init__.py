"""claimcheck: extract, resolve, store and cross-check the checkable claims in news articles.

>>> import datetime as dt, claimcheck
>>> x = claimcheck.extract("Trump and Kim have met three times since last June.",
...                        published=dt.date(2019, 10, 24))
>>> [(n.text, n.value, n.unit) for n in x.claims[0].numbers]
[('three times', 3.0, 'times')]
"""

__version__ = "0.1.0"

from claimcheck.errors import ClaimcheckError, InputError, StoreError  # noqa: E402
from claimcheck.extract import extract, extract_document  # noqa: E402
from claimcheck.ingest import open_store, save  # noqa: E402
from claimcheck.inputs import read_input  # noqa: E402
from claimcheck.models import (  # noqa: E402
    Article,
    Claim,
    DateSlot,
    Entity,
    Extraction,
    NumberSlot,
    Quote,
)

__all__ = [
    "Article",
    "Claim",
    "ClaimcheckError",
    "DateSlot",
    "Entity",
    "Extraction",
    "InputError",
    "NumberSlot",
    "Quote",
    "StoreError",
    "__version__",
    "extract",
    "extract_document",
    "open_store",
    "read_input",
    "save",
]
