"""Storing an extraction in the claims database (the core's side of the storage boundary).

``claims_db`` knows nothing of the core's models: this module turns an
:class:`~claimcheck.models.Extraction` into the plain values the store takes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from claimcheck import errors
from claimcheck.models import Claim, Extraction
from claimcheck.serialize import date_dict, entity_dict, number_dict
from claims_db import ArticleIn, ClaimIn, SaveResult, SlotIn, Store, StoreError

T = TypeVar("T")


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
    try:
        return store.save_article(article, claims)
    except StoreError as exc:
        raise errors.StoreError(str(exc)) from exc


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) the claims database, with the core's error type."""
    try:
        return Store(url)
    except StoreError as exc:
        raise errors.StoreError(str(exc)) from exc


def call(method: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """A store method's result, its StoreError raised as the core's (one line for
    the command line)."""
    try:
        return method(*args, **kwargs)
    except StoreError as exc:
        raise errors.StoreError(str(exc)) from exc
