"""Cross-matching an article as it is checked: its claims against the registered
sources, the claims checked before, and any sources given for the run; and the matches
as the claims database stores them (see :mod:`claimcheck.desk.check`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimcheck.desk import registry
from claimcheck.matching.agreement import slots_of_claim
from claimcheck.matching.corpus import Retriever
from claimcheck.matching.evidence import Evidence
from claimcheck.models import Extraction, Match
from claimcheck.serialize import match_dict
from claims_db import Store
from claims_db.articles import version_key

TOP = 5
# Candidates looked at per claim: a report shows the few best, and an article's claims
# are matched one after another, so fewer than `claimcheck match` ranks for retrieval.
CANDIDATES = 15


def find(
    store: Store,
    x: Extraction,
    extra: Evidence | None = None,
    searchable: bool = True,
    *,
    top: int = TOP,
    bulk: bool = False,
    failed: dict[str, str] | None = None,
) -> tuple[tuple[Match, ...], ...]:
    """Each sentence's matches (empty for sentences that are not claims): the claims
    of other articles and the registered sources (when ``searchable``: a fresh
    database, or a folder ingest with nothing reviewed yet, has nothing to search),
    and ``extra``. Nothing is written.

    ``bulk`` (a folder being ingested) matches earlier claims only once reviewed: each
    claim against every unreviewed one before it would cost more than the ingest.

    A search service (``extra.searches``) that fails is recorded in ``failed`` (name ->
    message) when it is given, and the article is matched without it; else it raises.
    """
    retrievers: list[Retriever] = []
    if searchable:
        # The article's own claims, if it was checked before, must not match themselves.
        stored = store.find_article(x.article.sha256)
        exclude = stored.id if stored is not None else None
        # Nor those of its other versions: a new version restates the old one.
        versions = version_key(x.article.url, x.article.path)
        retrievers.append(
            registry.StoredRetriever(
                store, exclude_article=exclude, reviewed_only=bulk, exclude_versions_of=versions
            )
        )
    if extra is not None:
        retrievers += extra.retrievers
    evidence = (
        Evidence(retrievers, extra.searches, extra.searchers)
        if extra is not None
        else Evidence(retrievers)
    )
    out: list[tuple[Match, ...]] = []
    for claim in x.sentences:
        if not claim.is_claim or not evidence:
            out.append(())
            continue
        found = [
            m
            for m in evidence.matches(
                claim.text,
                slots=slots_of_claim(claim),
                published=x.article.published,
                top=top,
                candidates=CANDIDATES,
                failed=failed,
            )
            # A loose match that says nothing about the claim is noise in a report.
            if m.relation != "related" or m.confident
        ]
        out.append(tuple(found))
    return tuple(out)


def stored_matches(
    x: Extraction,
    claim_ids: Sequence[int | None],
    found: Sequence[Sequence[Match]],
    *,
    new: bool,
) -> dict[int, list[dict[str, Any]]]:
    """The matches to store, by claim id: every claim's (empty lists clear what an
    earlier check stored), or for new claims only those that have some."""
    out = {}
    for claim, claim_id, matches in zip(x.sentences, claim_ids, found):
        if claim.is_claim and claim_id is not None and (matches or not new):
            out[claim_id] = [stored_match(m) for m in matches]
    return out


def stored_match(m: Match) -> dict[str, Any]:
    """A match as the claims database keeps it (a match record's columns): what was
    shown, and why."""
    d = match_dict(m)
    return {
        "source": m.reference.source,
        "ref_id": m.reference.id,
        "kind": m.reference.kind,
        "text": m.reference.text,
        "score": m.score,
        "relation": m.relation,
        "confident": m.confident,
        "reasons": list(m.reasons),
        "detail": {k: v for k, v in d.items() if k not in ("id", "text", "source", "kind")},
    }
