"""Reading and extracting inputs, in this process or in a pool of worker processes.

Workers only read and extract; what they return comes back in input order, a bounded
number in flight at once, so that a large folder is never held in memory whole and
storing stays in one process (one transaction per article, in input order).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from claimcheck.errors import InputError
from claimcheck.extraction.learned import scorer_named
from claimcheck.extraction.pipeline import extract_document
from claimcheck.extraction.scoring import Scorer
from claimcheck.models import Extraction
from claimcheck.reading.inputs import read_input

# What a worker gives back for one input: its extraction, or why it could not be read.
Extracted = Extraction | str


def extract_one(
    spec: str,
    published: dt.date | None,
    min_score: float | None,
    scorer: Scorer,
    *,
    single: bool = False,
) -> Extracted:
    """Read and extract one input; an input that cannot be read gives its error message
    (raised instead when it is the only input)."""
    try:
        doc = read_input(spec)
    except InputError as exc:
        if single:
            raise
        return str(exc)
    try:
        return extract_document(doc, published=published, min_score=min_score, scorer=scorer)
    except InputError as exc:  # too many sentences
        if single:
            raise InputError(f"{spec}: {exc}") from None
        return f"{spec}: {exc}"


def extract_all(
    specs: Sequence[str],
    published: dt.date | None,
    min_score: float | None,
    scorer_spec: str,
    workers: int = 1,
) -> Generator[tuple[str, Extracted], None, None]:
    """Each input with its extraction, in input order: in this process, or in
    ``workers`` processes for more than one input."""
    if workers > 1 and len(specs) > 1:
        yield from _in_parallel(specs, workers, published, min_score, scorer_spec)
        return
    scorer = scorer_named(scorer_spec)
    for spec in specs:
        yield spec, extract_one(spec, published, min_score, scorer, single=len(specs) == 1)


# A worker process's scorer, made once per process from the spec it was given.
_WORKER_SCORER: Scorer | None = None


def _init_worker(scorer_spec: str, parent: int) -> None:
    global _WORKER_SCORER
    _WORKER_SCORER = scorer_named(scorer_spec)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker's watch: if the parent was killed (SIGKILL gives it no chance to stop its
    workers), the worker is re-parented and exits instead of waiting for work forever."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _in_worker(spec: str, published: dt.date | None, min_score: float | None) -> Extracted:
    assert _WORKER_SCORER is not None
    return extract_one(spec, published, min_score, _WORKER_SCORER)


def _in_parallel(
    specs: Sequence[str],
    workers: int,
    published: dt.date | None,
    min_score: float | None,
    scorer_spec: str,
) -> Iterator[tuple[str, Extracted]]:
    """Extract the inputs in ``workers`` processes ('spawn': the same on every platform),
    yielding them in input order. Standard input is read here, in this process."""
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[str, Future[Extracted] | None]] = deque()
    window = 4 * workers

    def collect(item: tuple[str, Future[Extracted] | None]) -> tuple[str, Extracted]:
        spec, job = item
        if job is None:
            return spec, extract_one(spec, published, min_score, scorer_named(scorer_spec))
        return spec, job.result()

    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(scorer_spec, os.getpid())
    ) as pool:
        try:
            for spec in specs:
                job = None if spec == "-" else pool.submit(_in_worker, spec, published, min_score)
                pending.append((spec, job))
                while len(pending) >= window:
                    yield collect(pending.popleft())
            while pending:
                yield collect(pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
