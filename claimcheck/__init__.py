"""claimcheck: extract, resolve, store and cross-check the checkable claims in news articles.

>>> import datetime as dt, claimcheck
>>> x = claimcheck.extract("Trump and Kim have met three times since last June.",
...                        published=dt.date(2019, 10, 24))
>>> [(n.text, n.value, n.unit) for n in x.claims[0].numbers]
[('three times', 3.0, 'times')]

Names are imported on first use, so `import claimcheck.extraction.dates.find` stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "extract": "claimcheck.extraction.pipeline",
    "extract_document": "claimcheck.extraction.pipeline",
    "read_input": "claimcheck.reading.inputs",
    "open_store": "claimcheck.desk.storage",
    "save": "claimcheck.desk.storage",
    "ClaimcheckError": "claimcheck.errors",
    "InputError": "claimcheck.errors",
    "StoreError": "claimcheck.errors",
    "Article": "claimcheck.models",
    "Claim": "claimcheck.models",
    "DateSlot": "claimcheck.models",
    "Entity": "claimcheck.models",
    "Extraction": "claimcheck.models",
    "NumberSlot": "claimcheck.models",
    "Quote": "claimcheck.models",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
