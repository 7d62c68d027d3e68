"""`claimcheck check` as a library call: inputs -> extraction (in a process pool when
asked) -> one transaction per article -> cross-matching -> a result per article."""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Generator, Sequence

from claimcheck.desk import crossmatch, registry, storage
from claimcheck.desk.pool import Prepared, extract_all
from claimcheck.desk.results import Checked, Skipped
from claimcheck.matching.evidence import Evidence, load
from claimcheck.models import Extraction, Match
from claimcheck.reading.inputs import expand_inputs
from claimcheck.reading.urls import public_url
from claims_db import SaveResult, Store, StoreError

# Above this many inputs a run is a folder being ingested: earlier claims are matched
# only once reviewed (see crossmatch.find).
BULK_INPUTS = 5


def check(
    inputs: Sequence[str],
    *,
    db: str | None = None,
    store: Store | None = None,
    published: dt.date | None = None,
    min_score: float | None = None,
    scorer: str = "learned",
    against: Evidence | Sequence[str] = (),
    match: bool = True,
    workers: int = 1,
    redate: bool = False,
    follow_symlinks: bool = False,
    allow_private_urls: bool = False,
) -> Generator[Checked | Skipped, None, None]:
    """Extract the claims of each input, store them, cross-match them, and yield a
    :class:`Checked` per article (a :class:`Skipped` for an input that cannot be read),
    in input order, each as soon as it is stored.

    ``inputs`` are files, folders (every .txt, .md and .html file inside), http(s)
    URLs or ``"-"`` for standard input; one input that cannot be read raises
    :class:`~claimcheck.errors.InputError`. The claims database is ``store``, else the
    one at ``db`` (see :func:`claimcheck.open_store`), opened and closed here.
    ``published`` anchors relative dates (else the page's metadata, else a dateline).
    ``min_score`` is the check-worthiness threshold (default: the scorer's own);
    ``scorer`` is "learned", "rules" or a weights file. Claims are matched against the
    registered sources, the claims checked before and ``against`` (an
    :class:`~claimcheck.matching.evidence.Evidence` or source names, see
    :func:`claimcheck.matching.evidence.load`), unless ``match`` is False. With
    ``workers`` > 1, inputs are read and extracted in that many processes; storing and
    matching stay here, in input order, one transaction per article, so that a run
    stopped at any point leaves whole articles only.

    A text stored before is not stored again. If it was stored without a date and this
    run has one (``published``, the page's or a dateline), its claims' dates are read
    again against it and replaced; one stored with another date keeps it unless
    ``redate`` is true. The result's ``notes`` say which.

    A link in a folder that leads out of it is not read unless ``follow_symlinks``: it
    is yielded first as a :class:`Skipped` that names it.

    URLs (inputs, and sources in ``against``) may reach loopback and private addresses
    only with ``allow_private_urls``. A search service (Wikipedia, Fact Check Tools)
    that fails for an article is a warning in that article's result (``warnings``):
    its other claims and the other articles are matched without it.

    Close the iterator (or exhaust it) to stop the workers and close the database.
    """
    outside: list[Skipped] = []
    specs = expand_inputs(
        inputs,
        follow_symlinks=follow_symlinks,
        on_skip=lambda link, why: outside.append(Skipped(link, why)),
    )
    yield from outside
    evidence: Evidence | None = None
    if match and against:
        evidence = (
            against
            if isinstance(against, Evidence)
            else load(against, allow_private_urls=allow_private_urls)
        )
    opened = store is None
    db_store = storage.open_store(db) if store is None else store
    extracted = extract_all(specs, published, min_score, scorer, workers, allow_private_urls)
    bulk = len(specs) > BULK_INPUTS
    searchable = _Searchable(db_store, bulk)
    try:
        for spec, got in extracted:
            # A URL is shown as it is stored: without credentials and tokens.
            label = public_url(spec) if spec.startswith(("http://", "https://")) else spec
            if isinstance(got, str):
                yield Skipped(label, got)
                continue
            yield _store_and_match(
                db_store, label, got, evidence, searchable if match else None, redate
            )
    finally:
        # Closing the generator stops the worker processes now, not when it is collected.
        extracted.close()
        if opened:
            db_store.close()


class _Searchable:
    """Whether the claims database holds anything to match against, asked again at most
    once a second in a folder ingest (where it is whether anything was reviewed yet: a
    reviewer's first decision during the run counts from the next second), and for
    every article otherwise."""

    def __init__(self, store: Store, bulk: bool) -> None:
        self.store, self.bulk = store, bulk
        self._answer, self._asked = False, -math.inf

    def __call__(self) -> bool:
        now = time.monotonic()
        if not self.bulk or now - self._asked >= 1.0:
            self._answer = self.store.searchable(reviewed_claims_only=self.bulk)
            self._asked = now
        return self._answer


def _store_and_match(
    store: Store,
    label: str,
    prepared: Prepared,
    evidence: Evidence | None,
    searchable: _Searchable | None,
    redate: bool = False,
) -> Checked:
    """Match the article's claims (unless ``searchable`` is None: no matching), then
    store the article, its sentences, their index entries and their matches in one
    transaction (tried once more if another writer stored the same text meanwhile)."""
    x = prepared.extraction
    found: tuple[tuple[Match, ...], ...] = ()
    failed: dict[str, str] = {}
    if searchable is not None:
        found = crossmatch.find(
            store, x, evidence, searchable(), bulk=searchable.bulk, failed=failed
        )
    for attempt in (1, 2):
        try:
            with store.transaction():
                saved = storage.save(store, x)
                notes = () if saved.created else _dated(store, saved, x, redate)
                # Indexed for the articles to come, matched or not (--no-match only
                # skips looking for this article's matches).
                registry.index_claims(
                    store, x, saved.claim_ids, new=saved.created, indexed=prepared.claim_terms
                )
                if searchable is not None:
                    rows = crossmatch.stored_matches(x, saved.claim_ids, found, new=saved.created)
                    store.save_matches(rows, replace=not saved.created)
            break
        except StoreError as exc:
            if attempt == 2 or not exc.retryable:
                raise
    return Checked(
        label,
        x,
        saved.article_id,
        saved.created,
        saved.version,
        saved.claim_ids,
        found,
        notes,
        matched=searchable is not None,
        warnings=tuple(
            f"{name} lookup failed, this article is matched without it: {message}"
            for name, message in failed.items()
        ),
    )


def _dated(store: Store, saved: SaveResult, x: Extraction, redate: bool) -> tuple[str, ...]:
    """Re-date an article stored before when this run knows its date and the stored
    copy has none (or ``redate``): the notes for the result."""
    stored = store.get_article(saved.article_id)
    new = x.article.published
    if stored is None or stored.published == new:
        return ()
    was = stored.published.isoformat() if stored.published else "no date"
    number = f"article #{saved.article_id}"
    if new is None:
        return (f"{number} is already stored with {was}; its stored claims keep that date",)
    if stored.published is not None and not redate:
        return (
            f"{number} is already stored with {was}; its stored claims keep that date "
            f"(--redate reads them again against {new.isoformat()})",
        )
    slots = storage.date_slots(x, saved.claim_ids)
    store.redate_article(saved.article_id, new, x.article.published_source, slots)
    return (f"{number} was stored with {was}; its claims' dates are now read against {new}",)
