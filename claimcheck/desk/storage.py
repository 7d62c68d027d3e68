"""Storing an extraction in the claims database (the core's side of the storage boundary).

``claims_db`` knows nothing of the core's models: this module turns an
:class:`~claimcheck.models.Extraction` into the plain values the store takes.
"""

from __future__ import annotations

import os
from typing import Any

from claimcheck.models import Claim, Extraction
from claimcheck.serialize import date_dict, entity_dict, number_dict
from claims_db import ArticleIn, ClaimIn, SaveResult, SlotIn, Store


def _slots(c: Claim) -> tuple[SlotIn, ...]:
    slots: list[SlotIn] = []

    def add(kind: str, d: dict[str, Any]) -> None:
        text, start, end = d.pop("text"), d.pop("start"), d.pop("end")
        slots.append(SlotIn(kind, text, start, end, d))

    for d in c.dates:
        add("date", date_dict(d))
    for n in c.numbers:
        add("number", number_dict(n))
    for kind, entities in (("place", c.places), ("person", c.people), ("org", c.orgs)):
        for e in entities:
            add(kind, entity_dict(e))
    return tuple(slots)


def records(x: Extraction) -> tuple[ArticleIn, list[ClaimIn]]:
    """The article and its scored sentences as the store's input values."""
    a = x.article
    article = ArticleIn(
        text=a.text,
        sha256=a.sha256,
        title=a.title,
        url=a.url,
        path=a.path,
        published=a.published,
        published_source=a.published_source,
        sentence_count=len(x.sentences),
        meta={"min_score": x.min_score, "warnings": list(x.warnings)},
    )
    claims = [
        ClaimIn(
            text=c.text,
            start=c.start,
            end=c.end,
            score=c.score,
            kinds=c.kinds,
            is_claim=c.is_claim,
            paragraph=c.paragraph,
            role=c.role,
            quote=c.quote.text if c.quote else None,
            speaker=c.quote.speaker if c.quote else None,
            reasons=c.reasons,
            slots=_slots(c),
        )
        for c in x.sentences
    ]
    return article, claims


def save(store: Store, x: Extraction) -> SaveResult:
    """Store an article and all its scored sentences in one transaction."""
    article, claims = records(x)
    return store.save_article(article, claims)


ENV_VAR = "CLAIMCHECK_DB"


def database_url(url: str | None = None) -> str | None:
    """The claims database to open: ``url``, else ``$CLAIMCHECK_DB``, else None (the
    store's default, ``claims.db`` in the working folder). The one place that reads
    the variable."""
    return url or os.environ.get(ENV_VAR) or None


def open_store(url: str | None = None) -> Store:
    """Open the claims database (creating or upgrading its schema): ``url`` is an
    SQLAlchemy URL or a SQLite file; None means ``$CLAIMCHECK_DB``, else ``claims.db``
    here. Raises :class:`claims_db.StoreError` with a one-line reason."""
    return Store(database_url(url))
