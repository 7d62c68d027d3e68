"""`claimcheck check` (and plain `claimcheck FILE`): extract, store, report."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.cli.output import FULL_REPORT_LIMIT, Done, write_all, write_one
from claimcheck.desk import crossmatch
from claimcheck.desk import storage as ingest
from claimcheck.errors import InputError, UsageError
from claimcheck.escape import one_line
from claimcheck.extraction.learned import scorer_named
from claimcheck.extraction.pipeline import extract_document
from claimcheck.extraction.scoring import Scorer
from claimcheck.matching import evidence
from claimcheck.models import Extraction, Match
from claimcheck.reading.inputs import expand_inputs, read_input
from claimcheck.sources.archives import Columns
from claims_db import Store

T = TypeVar("T")


@click.command("check")
@click.argument("sources", metavar="INPUT...", nargs=-1, required=True)
@options.date_option
@options.format_option
@options.min_score_option
@options.scorer_option
@options.explain_option
@options.all_option
@click.option(
    "--db",
    metavar="URL",
    envvar="CLAIMCHECK_DB",
    default=None,
    help="Claims database: an SQLAlchemy URL or a SQLite file. "
    "Default: $CLAIMCHECK_DB, else claims.db here.",
)
@click.option(
    "--against",
    multiple=True,
    metavar="SRC",
    help="Also match the claims against SRC for this run: a file or folder of articles, "
    "a fact-check archive, a URL, 'wikipedia' or 'factcheck-tools'. Repeatable. "
    "Registered sources (claimcheck sources) and earlier claims are always searched.",
)
@options.archive_options
@click.option("--no-match", is_flag=True, help="Do not cross-match: extract and store only.")
@click.option(
    "--fail-on",
    type=click.Choice(["flagged", "claims", "conflicts"]),
    default=None,
    help="Exit with code 3 when any claim is flagged (ambiguous or unresolved date) or "
    "any claim is found, with code 4 when any claim conflicts with a source (a "
    "confident match).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    metavar="N",
    help="Read and extract the inputs in N processes at once. Storing and matching "
    "stay in input order, one transaction per article.",
)
@options.debug_option
def check_command(
    sources: tuple[str, ...],
    published: dt.date | None,
    fmt: str | None,
    min_score: float | None,
    scorer_spec: str,
    explain: bool,
    all_sentences: bool,
    db: str | None,
    against: tuple[str, ...],
    columns: Columns | None,
    archive_format: str | None,
    no_match: bool,
    fail_on: str | None,
    workers: int,
) -> int:
    """Extract the claims of each INPUT, store them, and report.

    INPUT is a .txt, .md or .html file, a folder (every such file in it), an http(s)
    URL, or - for standard input. The same article checked twice is stored once; a
    changed article is stored as a new version.

    Example:

        claimcheck check article.txt --date 2019-10-24
    """
    fmt = options.resolve_format(fmt)
    if (columns is not None or archive_format) and not against:
        raise UsageError("the archive options (--text-field, ...) say how to read --against SRC")
    scorer, default_threshold = scorer_named(scorer_spec)
    threshold = default_threshold if min_score is None else min_score
    specs = expand_inputs(sources)
    console = options.stdout_console()
    failed = 0
    dones: list[Done] = []
    store = ingest.open_store(db)
    extra = None
    if against and not no_match:
        extra, problems, _ = evidence.load(against, columns, archive_format)
        for problem in problems[:20]:
            click.echo(f"claimcheck: skipped {one_line(str(problem))}", err=True)
    extracted: Iterator[tuple[str, Extraction | str]] = iter(())
    try:
        if workers > 1 and len(specs) > 1:
            extracted = _extract_in_parallel(specs, workers, published, threshold, scorer_spec)
        else:
            extracted = (
                (spec, _extract_one(spec, published, threshold, scorer, single=len(specs) == 1))
                for spec in specs
            )
        for spec, x in _progress(extracted, len(specs)):
            if isinstance(x, str):
                failed += 1
                click.echo(f"claimcheck: skipped: {one_line(x)}", err=True)
                continue
            saved = ingest.save(store, x)
            if not saved.created:
                _note_stored_date(store, saved.article_id, x.article.published)
            # Stored rows matched by span: an article stored by an earlier version of
            # claimcheck may have been split differently.
            stored = store.claim_ids(saved.article_id)
            ids = tuple(stored.get((c.start, c.end)) for c in x.sentences)
            found: tuple[tuple[Match, ...], ...] = ()
            if not no_match:
                bulk = len(specs) > FULL_REPORT_LIMIT
                found = crossmatch.match_article(store, x, saved.article_id, ids, extra, bulk=bulk)
            done = Done(spec, x, saved.article_id, saved.created, saved.version, ids, found)
            dones.append(done)
            if fmt == "jsonl" or (fmt == "table" and len(specs) <= FULL_REPORT_LIMIT):
                write_one(
                    done,
                    fmt,
                    all_sentences=all_sentences,
                    with_article=True,
                    console=console,
                    explain=explain,
                )
    finally:
        # Closing the generator stops the worker processes now, not when it is collected.
        close = getattr(extracted, "close", None)
        if close is not None:
            close()
        store.close()
    if dones:
        write_all(dones, fmt, all_sentences=all_sentences, console=console)
    if failed:
        click.echo(f"claimcheck: {failed} of {len(specs)} inputs could not be read", err=True)
        return ExitCode.ERROR
    if fail_on == "flagged" and any(d.extraction.flagged for d in dones):
        return ExitCode.FLAGGED
    if fail_on == "claims" and any(d.extraction.claims for d in dones):
        return ExitCode.FLAGGED
    # Only confident conflicts fail a run: a suggestion is for a person to look at.
    if fail_on == "conflicts" and any(
        m.relation == "conflicts" and m.confident
        for d in dones
        for found in d.matches
        for m in found
    ):
        return ExitCode.CONFLICTS
    return ExitCode.OK


def _note_stored_date(store: Store, article_id: int, published: dt.date | None) -> None:
    """The text was stored before: say so if it was stored under another date."""
    row = store.get_article(article_id)
    if row is not None and row.published != published:
        was = row.published.isoformat() if row.published else "no date"
        click.echo(
            f"claimcheck: note: article #{article_id} is already stored with {was}; "
            "its stored claims keep that date",
            err=True,
        )


def _extract_one(
    spec: str,
    published: dt.date | None,
    threshold: float,
    scorer: Scorer,
    *,
    single: bool = False,
) -> Extraction | str:
    """Read and extract one input; an input that cannot be read gives its error message
    (raised instead when it is the only input)."""
    try:
        doc = read_input(spec)
    except InputError as exc:
        if single:
            raise
        return str(exc)
    try:
        return extract_document(doc, published=published, min_score=threshold, scorer=scorer)
    except InputError as exc:  # too many sentences
        if single:
            raise InputError(f"{spec}: {exc}") from None
        return f"{spec}: {exc}"


# A worker process's scorer, made once per process from the spec it was given.
_WORKER_SCORER: Scorer | None = None


def _init_worker(scorer_spec: str, parent: int) -> None:
    global _WORKER_SCORER
    _WORKER_SCORER = scorer_named(scorer_spec)[0]
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker's watch: if the parent was killed (SIGKILL gives it no chance to stop its
    workers), the worker is re-parented and exits instead of waiting for work forever."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _extract_in_worker(spec: str, published: dt.date | None, threshold: float) -> Extraction | str:
    assert _WORKER_SCORER is not None
    return _extract_one(spec, published, threshold, _WORKER_SCORER)


def _extract_in_parallel(
    specs: list[str],
    workers: int,
    published: dt.date | None,
    threshold: float,
    scorer_spec: str,
) -> Iterator[tuple[str, Extraction | str]]:
    """Extract the inputs in ``workers`` processes ('spawn': the same on every platform),
    yielding them in input order; a bounded number are in flight at once, so a large
    folder is not held in memory. Standard input is read here, in this process."""
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[str, Future[Extraction | str] | None]] = deque()
    window = 4 * workers
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(scorer_spec, os.getpid())
    ) as pool:
        try:
            for spec in specs:
                job = (
                    None
                    if spec == "-"
                    else pool.submit(_extract_in_worker, spec, published, threshold)
                )
                pending.append((spec, job))
                while len(pending) >= window:
                    yield _collect(pending.popleft(), published, threshold, scorer_spec)
            while pending:
                yield _collect(pending.popleft(), published, threshold, scorer_spec)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _collect(
    item: tuple[str, Future[Extraction | str] | None],
    published: dt.date | None,
    threshold: float,
    scorer_spec: str,
) -> tuple[str, Extraction | str]:
    spec, job = item
    if job is None:
        return spec, _extract_one(spec, published, threshold, scorer_named(scorer_spec)[0])
    return spec, job.result()


def _progress(items: Iterable[T], total: int) -> Iterator[T]:
    """Yield the items, with a progress bar on stderr for more than one on a terminal;
    the bar advances as each item is done with (stored and reported)."""
    if total < 2 or not sys.stderr.isatty():
        yield from items
        return
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=options.stderr_console(), transient=True) as progress:
        task = progress.add_task("check", total=total)
        for item in items:
            yield item
            progress.advance(task)
