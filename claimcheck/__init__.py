"""claimcheck: extract, resolve, store and cross-check the checkable claims in news articles.

>>> import datetime as dt, claimcheck
>>> x = claimcheck.extract("Trump and Kim have met three times since last June.",
...                        published=dt.date(2019, 10, 24))
>>> [(n.text, n.value, n.unit) for n in x.claims[0].numbers]
[('three times', 3.0, 'times')]

The whole job is one call, as on the command line: :func:`check` (extract, store,
cross-match each input) and :func:`match` (look statements up in a corpus).

Names are imported on first use, so `import claimcheck` (and the command line's
``--help``) stays light.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "check": "claimcheck.desk.check",
    "Checked": "claimcheck.desk.results",
    "Skipped": "claimcheck.desk.results",
    "match": "claimcheck.matching.evidence",
    "load_evidence": "claimcheck.matching.evidence",
    "Evidence": "claimcheck.matching.evidence",
    "read_queries": "claimcheck.reading.queries",
    "Query": "claimcheck.reading.queries",
    "extract": "claimcheck.extraction.pipeline",
    "extract_document": "claimcheck.extraction.pipeline",
    "read_input": "claimcheck.reading.inputs",
    "open_store": "claimcheck.desk.storage",
    "save": "claimcheck.desk.storage",
    "ClaimcheckError": "claimcheck.errors",
    "InputError": "claimcheck.errors",
    "StoreError": "claims_db.errors",
    "Article": "claimcheck.models",
    "Claim": "claimcheck.models",
    "DateSlot": "claimcheck.models",
    "Entity": "claimcheck.models",
    "Extraction": "claimcheck.models",
    "Match": "claimcheck.models",
    "Reference": "claimcheck.models",
    "NumberSlot": "claimcheck.models",
    "Quote": "claimcheck.models",
}

__all__ = ["__version__", *_EXPORTS]


# Public names that differ from their name in the module that defines them.
_RENAMED = {"load_evidence": "load"}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), _RENAMED.get(name, name))
    raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
