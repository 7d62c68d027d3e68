"""Reading and extracting inputs, in this process or in a pool of worker processes.

Workers read, extract, and compute what storing needs that is pure work (the claims'
index terms); what they return comes back in input order, a bounded number in flight at
once, so that a large folder is never held in memory whole and storing stays in one
process (one transaction per article, in input order).

Workers start from a fork server that has imported the pipeline once (where the
platform has one; else they are spawned, each importing it): a spawned worker paid
about 2 s of imports before its first article, which made 4 workers on 100 articles
three times slower than one.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, NamedTuple

from claimcheck.batch import tune_collector
from claimcheck.errors import InputError

if TYPE_CHECKING:
    from claimcheck.extraction.scoring import Scorer
    from claimcheck.models import Extraction


class Prepared(NamedTuple):
    """An input extracted, with the index terms of its claims (None for the sentences
    that are not claims; see :func:`claimcheck.desk.registry.claim_terms`)."""

    extraction: Extraction
    claim_terms: tuple[str | None, ...]


# What a worker gives back for one input: the prepared article, or why it failed.
Extracted = Prepared | str


def extract_one(
    spec: str,
    published: dt.date | None,
    min_score: float | None,
    scorer: Scorer,
    *,
    single: bool = False,
    allow_private_urls: bool = False,
) -> Extracted:
    """Read and extract one input; an input that cannot be read gives its error message
    (raised instead when it is the only input). ``allow_private_urls``: see
    :func:`claimcheck.reading.http.fetch`."""
    from claimcheck.desk.registry import claim_terms
    from claimcheck.extraction.pipeline import extract_document
    from claimcheck.reading.inputs import read_input

    try:
        doc = read_input(spec, allow_private_urls=allow_private_urls)
    except InputError as exc:
        if single:
            raise
        return str(exc)
    try:
        x = extract_document(doc, published=published, min_score=min_score, scorer=scorer)
    except InputError as exc:  # too many sentences
        if single:
            raise InputError(f"{spec}: {exc}") from None
        return f"{spec}: {exc}"
    return Prepared(x, claim_terms(x))


def extract_all(
    specs: Sequence[str],
    published: dt.date | None,
    min_score: float | None,
    scorer_spec: str,
    workers: int = 1,
    allow_private_urls: bool = False,
) -> Generator[tuple[str, Extracted], None, None]:
    """Each input with its extraction, in input order: in this process, or in
    ``workers`` processes for more than one input."""
    if workers > 1 and len(specs) > 1:
        yield from _in_parallel(
            specs, workers, published, min_score, scorer_spec, allow_private_urls
        )
        return
    from claimcheck.extraction.learned import scorer_named

    scorer = scorer_named(scorer_spec)
    for spec in specs:
        yield (
            spec,
            extract_one(
                spec,
                published,
                min_score,
                scorer,
                single=len(specs) == 1,
                allow_private_urls=allow_private_urls,
            ),
        )


# A worker process's scorer, made once per process from the spec it was given.
_WORKER_SCORER: Scorer | None = None


def _init_worker(scorer_spec: str, main: int) -> None:
    from claimcheck.extraction.learned import scorer_named

    # Ctrl-C reaches every process of the terminal's group: the main process stops the
    # workers itself, so that they do not print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune_collector()
    global _WORKER_SCORER
    _WORKER_SCORER = scorer_named(scorer_spec)
    threading.Thread(target=_exit_with_main, args=(main, os.getppid()), daemon=True).start()


def _exit_with_main(main: int, parent: int) -> None:
    """A worker's watch: if the main process was killed (SIGKILL gives it no chance to
    stop its workers), the worker exits instead of waiting for work forever. Its parent
    is the main process, or the fork server, which the workers themselves keep alive
    (they hold its pipe): so the main process is watched, not only the parent."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent or not _alive(main):
            os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process took the number
        return False
    return True


def _in_worker(
    spec: str, published: dt.date | None, min_score: float | None, allow_private_urls: bool
) -> Extracted:
    assert _WORKER_SCORER is not None
    return extract_one(
        spec, published, min_score, _WORKER_SCORER, allow_private_urls=allow_private_urls
    )


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Imported once, in the server; each worker forked from it starts ready.
        context.set_forkserver_preload(
            [
                "claimcheck.desk.pool",
                "claimcheck.extraction.pipeline",
                "claimcheck.desk.registry",
                "nltk.stem.snowball",
            ]
        )
        _start_deaf_to_ctrl_c()
        return context
    return multiprocessing.get_context("spawn")


def _start_deaf_to_ctrl_c() -> None:
    """Start the fork server with Ctrl-C ignored (an ignored signal stays ignored
    across exec, and the workers forked from it inherit that): Ctrl-C during its
    imports would print a traceback of them; the main process stops it and the workers
    itself."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _in_parallel(
    specs: Sequence[str],
    workers: int,
    published: dt.date | None,
    min_score: float | None,
    scorer_spec: str,
    allow_private_urls: bool = False,
) -> Generator[tuple[str, Extracted], None, None]:
    """Extract the inputs in ``workers`` processes, yielding them in input order.
    Standard input is read here, in this process."""
    pending: deque[tuple[str, Future[Extracted] | None]] = deque()
    window = 4 * workers

    def collect(item: tuple[str, Future[Extracted] | None]) -> tuple[str, Extracted]:
        from claimcheck.extraction.learned import scorer_named

        spec, job = item
        if job is None:
            return spec, extract_one(
                spec,
                published,
                min_score,
                scorer_named(scorer_spec),
                allow_private_urls=allow_private_urls,
            )
        return spec, job.result()

    with ProcessPoolExecutor(
        workers,
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(scorer_spec, os.getpid()),
    ) as pool:
        try:
            for spec in specs:
                job = (
                    None
                    if spec == "-"
                    else pool.submit(_in_worker, spec, published, min_score, allow_private_urls)
                )
                pending.append((spec, job))
                while len(pending) >= window:
                    yield collect(pending.popleft())
            while pending:
                yield collect(pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
