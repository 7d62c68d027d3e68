"""`claimcheck check` as a library call: inputs -> extraction (in a process pool when
asked) -> one transaction per article -> cross-matching -> a result per article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence

from claimcheck.desk import crossmatch, storage
from claimcheck.desk.pool import extract_all
from claimcheck.desk.results import Checked, Skipped
from claimcheck.matching.evidence import Evidence, load
from claimcheck.models import Extraction, Match
from claimcheck.reading.inputs import expand_inputs
from claims_db import Store

# Above this many inputs a run is a folder being ingested: earlier claims are matched
# only once reviewed (see crossmatch.match_article).
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

    Close the iterator (or exhaust it) to stop the workers and close the database.
    """
    specs = expand_inputs(inputs)
    evidence: Evidence | None = None
    if match and against:
        evidence = against if isinstance(against, Evidence) else load(against)
    opened = store is None
    db_store = storage.open_store(db) if store is None else store
    extracted = extract_all(specs, published, min_score, scorer, workers)
    try:
        for spec, x in extracted:
            if isinstance(x, str):
                yield Skipped(spec, x)
                continue
            yield _store_and_match(db_store, spec, x, evidence, match, len(specs) > BULK_INPUTS)
    finally:
        # Closing the generator stops the worker processes now, not when it is collected.
        extracted.close()
        if opened:
            db_store.close()


def _store_and_match(
    store: Store,
    label: str,
    x: Extraction,
    evidence: Evidence | None,
    match: bool,
    bulk: bool,
) -> Checked:
    saved = storage.save(store, x)
    notes: tuple[str, ...] = ()
    if not saved.created:
        notes = _stored_date_note(store, saved.article_id, x.article.published)
    # Stored rows matched by span: an article stored by an earlier version of
    # claimcheck may have been split differently.
    stored = store.claim_ids(saved.article_id)
    ids = tuple(stored.get((c.start, c.end)) for c in x.sentences)
    found: tuple[tuple[Match, ...], ...] = ()
    if match:
        found = crossmatch.match_article(store, x, saved.article_id, ids, evidence, bulk=bulk)
    return Checked(label, x, saved.article_id, saved.created, saved.version, ids, found, notes)


def _stored_date_note(store: Store, article_id: int, published: dt.date | None) -> tuple[str, ...]:
    """The text was stored before: say so if it was stored under another date."""
    row = store.get_article(article_id)
    if row is None or row.published == published:
        return ()
    was = row.published.isoformat() if row.published else "no date"
    return (
        f"article #{article_id} is already stored with {was}; its stored claims keep that date",
    )
