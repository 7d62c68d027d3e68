"""The claims database from the pipeline's side: opening it, and an extraction as the
rows the store takes.

``claims_db`` knows nothing of the pipeline's models: this module turns an
:class:`~claimcheck.models.Extraction` into an :class:`~claims_db.ArticleRecord` and
its sentences into the column mappings :meth:`claims_db.Store.save_article` takes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from claimcheck.models import Claim, Extraction
from claimcheck.serialize import date_dict, entity_dict, number_dict, quoted
from claims_db import ArticleRecord, SaveResult, Store

ENV_VAR = "CLAIMCHECK_DB"


def database_url(url: str | None = None) -> str | None:
    """The claims database to open: ``url``, else ``$CLAIMCHECK_DB``, else None (the
    store's default, ``claims.db`` in the working folder). The one place that reads
    the variable."""
    return url or os.environ.get(ENV_VAR) or None


def open_store(url: str | None = None, *, create: bool = True) -> Store:
    """Open the claims database (creating or upgrading its schema): ``url`` is an
    SQLAlchemy URL or a SQLite file; None means ``$CLAIMCHECK_DB``, else ``claims.db``
    here. With ``create`` False, a SQLite file that does not exist is an error (for
    the commands that read a database: a mistyped name must not leave an empty one).
    Raises :class:`claims_db.StoreError` with a one-line reason."""
    return Store(database_url(url), create=create)


def _slot(kind: str, d: dict[str, Any]) -> dict[str, Any]:
    text, start, end = d.pop("text"), d.pop("start"), d.pop("end")
    return {"type": kind, "text": text, "start": start, "end": end, "value": d}


def _slots(c: Claim) -> list[dict[str, Any]]:
    slots = [_slot("date", date_dict(d)) for d in c.dates]
    slots += [_slot("number", number_dict(n)) for n in c.numbers]
    for kind, entities in (("place", c.places), ("person", c.people), ("org", c.orgs)):
        slots += [_slot(kind, entity_dict(e)) for e in entities]
    return slots


def article_record(x: Extraction) -> ArticleRecord:
    """The article as the store keeps it."""
    a = x.article
    return ArticleRecord(
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


def claim_rows(x: Extraction) -> list[dict[str, Any]]:
    """Every scored sentence as the columns of a stored claim, with its slots."""
    return [
        {
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "score": c.score,
            "kinds": list(c.kinds),
            "is_claim": c.is_claim,
            "paragraph": c.paragraph,
            "role": c.role,
            "quote": quoted(c),
            "speaker": c.quote.speaker if c.quote else None,
            "reasons": list(c.reasons),
            "slots": _slots(c),
        }
        for c in x.sentences
    ]


def date_slots(x: Extraction, claim_ids: Sequence[int | None]) -> dict[int, list[dict[str, Any]]]:
    """The date slots of each stored sentence (by claim id), to re-date a stored
    article with :meth:`claims_db.Store.redate_article`."""
    return {
        claim_id: [_slot("date", date_dict(d)) for d in c.dates]
        for c, claim_id in zip(x.sentences, claim_ids)
        if claim_id is not None
    }


def save(store: Store, x: Extraction) -> SaveResult:
    """Store an article and all its scored sentences in one transaction; the result
    holds each sentence's claim id."""
    return store.save_article(article_record(x), claim_rows(x))
