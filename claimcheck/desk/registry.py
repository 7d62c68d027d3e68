"""Registered sources: read once, indexed in the claims database, searched every run.

``claimcheck sources add`` reads a source (:func:`claimcheck.sources.reader.read_source`) and
stores its references with their index terms; later runs search the database's
full-text index instead of reading the source again, until ``sources refresh``. The
claims of every checked article are indexed too, under the source ``claims``, so a
new article's claims meet the ones checked before, with their review status.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck import errors
from claimcheck.matching import bm25
from claimcheck.matching.corpus import reference_terms
from claimcheck.matching.terms import terms as index_terms
from claimcheck.models import Extraction, Reference
from claimcheck.sources.archives import Columns
from claimcheck.sources.references import Problem
from claims_db import ReferenceRecord, SourceRecord, Store

CLAIMS_SOURCE = "claims"
_PROBLEMS_KEPT = 50


def stored(
    ref: Reference, claim_id: int | None = None, *, terms: str | None = None
) -> dict[str, Any]:
    """A reference as the store keeps it (a reference record's columns), with the
    terms it is found by (``terms``, when the caller computed them already)."""
    return {
        "ref_id": ref.id,
        "text": ref.text,
        "terms": terms if terms is not None else " ".join(reference_terms(ref)),
        "kind": ref.kind,
        "extra": ref.extra,
        "title": ref.title,
        "published": ref.published,
        "claim_date": ref.claim_date,
        "url": ref.url,
        "rating": ref.rating,
        "publisher": ref.publisher,
        "claimant": ref.claimant,
        "path": ref.path,
        "claim_id": claim_id,
    }


def from_stored(row: ReferenceRecord) -> Reference:
    return Reference(
        id=row.ref_id,
        text=row.text,
        source=row.source.name,
        kind=row.kind,
        title=row.title,
        extra=row.extra,
        published=row.published,
        claim_date=row.claim_date,
        url=row.url,
        rating=row.rating,
        publisher=row.publisher,
        claimant=row.claimant,
        path=row.path,
    )


class StoredRetriever:
    """The database's references as a retriever (see :class:`claimcheck.matching.corpus.Retriever`);
    ``exclude_article`` keeps an article's own claims from matching themselves, and
    ``exclude_versions_of`` (its URL or absolute path) those of its other versions;
    ``reviewed_only`` leaves out earlier claims nobody has reviewed yet."""

    def __init__(
        self,
        store: Store,
        exclude_article: int | None = None,
        reviewed_only: bool = False,
        exclude_versions_of: str | None = None,
    ) -> None:
        self.store = store
        self.exclude_article = exclude_article
        self.reviewed_only = reviewed_only
        self.exclude_versions_of = exclude_versions_of

    def search(self, query_terms: Sequence[str], k: int) -> list[tuple[Reference, float]]:
        found = self.store.search_references(
            query_terms,
            k,
            **bm25.PARAMETERS,
            exclude_article=self.exclude_article,
            reviewed_claims_only=self.reviewed_only,
            exclude_versions_of=self.exclude_versions_of,
        )
        return [(from_stored(row), score) for row, score in found]


def options_of(
    columns: Columns | None, fmt: str | None, allow_private_urls: bool = False
) -> dict[str, Any]:
    """How a source was read, kept so that ``refresh`` reads it the same way."""
    out: dict[str, Any] = {"format": fmt}
    if allow_private_urls:
        out["allow_private_urls"] = True
    if columns is not None:
        out["columns"] = {
            k: list(v) if isinstance(v, tuple) else v
            for k, v in dataclasses.asdict(columns).items()
        }
    return out


def _columns(options: dict[str, Any]) -> Columns | None:
    raw = options.get("columns")
    if not raw:
        return None
    return Columns(**{**raw, "text": tuple(raw.get("text") or ())})


def register(
    store: Store,
    spec: str,
    *,
    name: str | None = None,
    columns: Columns | None = None,
    fmt: str | None = None,
    allow_private_urls: bool = False,
) -> tuple[SourceRecord, list[Problem]]:
    """Read a source and index it in the database under ``name`` (default: ``spec``,
    a URL without its credentials and tokens). ``allow_private_urls`` lets a URL reach
    loopback and private addresses, now and when the source is refreshed."""
    from claimcheck.reading.urls import public_url
    from claimcheck.sources.reader import read_source  # pulls in NLTK

    url = spec.startswith(("http://", "https://"))
    name = name or (public_url(spec) if url else spec)
    # Kept absolute, so that a refresh from another folder reads the same file.
    local = not url and Path(spec).exists()
    where = str(Path(spec).resolve()) if local else spec
    if name == CLAIMS_SOURCE:
        raise errors.UsageError(f"{CLAIMS_SOURCE!r} is the claims database's own source name")
    got = read_source(
        spec, name=name, columns=columns, fmt=fmt, allow_private_urls=allow_private_urls
    )
    if not got.references:
        why = f": {got.problems[0]}" if got.problems else ""
        raise errors.InputError(f"{spec}: nothing to index, no reference could be read{why}")
    row = store.add_source(
        name,
        where,
        [stored(r) for r in got.references],
        options=options_of(columns, fmt, allow_private_urls),
        problems=[str(p) for p in got.problems[:_PROBLEMS_KEPT]],
    )
    return row, got.problems


def refresh(store: Store, name: str) -> tuple[SourceRecord, list[Problem]]:
    """Read a registered source again and replace its references."""
    from claimcheck.sources.reader import read_source  # pulls in NLTK

    source = store.get_source(name)
    if source is None:
        raise errors.UsageError(f"no source named {name!r} (see: claimcheck sources list)")
    if name == CLAIMS_SOURCE:
        return source, []
    options = source.options
    got = read_source(
        source.spec,
        name=name,
        columns=_columns(options),
        fmt=options.get("format"),
        allow_private_urls=bool(options.get("allow_private_urls")),
    )
    if not got.references:
        why = f": {got.problems[0]}" if got.problems else ""
        raise errors.InputError(
            f"{source.spec}: no reference could be read now; source {name!r} keeps its "
            f"{source.reference_count} references{why}"
        )
    row = store.refresh_source(
        name,
        [stored(r) for r in got.references],
        [str(p) for p in got.problems[:_PROBLEMS_KEPT]],
    )
    return row, got.problems


def claim_terms(x: Extraction) -> tuple[str | None, ...]:
    """The index terms of each sentence that is a claim (None for the others), as
    :func:`index_claims` stores them: worth computing where the extraction is made."""
    return tuple(" ".join(index_terms(c.text)) if c.is_claim else None for c in x.sentences)


def index_claims(
    store: Store,
    x: Extraction,
    claim_ids: Sequence[int | None],
    *,
    new: bool = False,
    indexed: Sequence[str | None] | None = None,
) -> int:
    """Index an article's claims (not its other sentences) as references of ``claims``;
    ``new`` says the claims were just stored (none of them can be indexed already), and
    ``indexed`` gives their terms (:func:`claim_terms`) when already computed."""
    refs = []
    for n, (claim, claim_id) in enumerate(zip(x.sentences, claim_ids)):
        if claim.is_claim and claim_id is not None:
            ref = Reference(
                id=f"claim:{claim_id}",
                text=claim.text,
                source=CLAIMS_SOURCE,
                kind="claim",
                title=x.article.title,
                published=x.article.published,
                url=x.article.url,
                path=x.article.path,
            )
            row = stored(ref, claim_id, terms=indexed[n] if indexed is not None else None)
            refs.append(row)
    if not refs:
        return 0
    return store.add_references(CLAIMS_SOURCE, "the claims database", refs, replace=not new)
