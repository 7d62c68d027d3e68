"""`claimcheck check` (and plain `claimcheck FILE`): extract, store, report."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from claimcheck import crossmatch, evidence, ingest
from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.cli.output import FULL_REPORT_LIMIT, Done, write_all, write_one
from claimcheck.errors import InputError
from claimcheck.inputs import expand_inputs, read_input
from claimcheck.learned import scorer_named
from claimcheck.matching import Match
from claimcheck.pipeline import extract_document
from claimcheck.serialize import visible
from claims_db import Store


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
@click.option("--no-match", is_flag=True, help="Do not cross-match: extract and store only.")
@click.option(
    "--fail-on",
    type=click.Choice(["flagged", "claims", "conflicts"]),
    default=None,
    help="Exit with code 3 when any claim is flagged (ambiguous or unresolved date) or "
    "any claim is found, with code 4 when any claim conflicts with a source (a "
    "confident match).",
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
    no_match: bool,
    fail_on: str | None,
) -> int:
    """Extract the claims of each INPUT, store them, and report.

    INPUT is a .txt, .md or .html file, a folder (every such file in it), an http(s)
    URL, or - for standard input. The same article checked twice is stored once; a
    changed article is stored as a new version.

    Example:

        claimcheck check article.txt --date 2019-10-24
    """
    fmt = options.resolve_format(fmt)
    scorer, default_threshold = scorer_named(scorer_spec)
    threshold = default_threshold if min_score is None else min_score
    specs = expand_inputs(sources)
    console = options.stdout_console()
    failed = 0
    dones: list[Done] = []
    store = ingest.open_store(db)
    extra = None
    if against and not no_match:
        extra, problems, _ = evidence.load(against)
        for problem in problems[:20]:
            click.echo(f"claimcheck: skipped {visible(str(problem))}", err=True)
    try:
        for spec in _progress(specs):
            try:
                doc = read_input(spec)
            except InputError as exc:
                if len(specs) == 1:
                    raise
                failed += 1
                click.echo(f"claimcheck: skipped: {visible(str(exc))}", err=True)
                continue
            x = extract_document(doc, published=published, min_score=threshold, scorer=scorer)
            saved = ingest.save(store, x)
            if not saved.created:
                _note_stored_date(store, saved.article_id, x.article.published)
            # Stored rows matched by span: an article stored by an earlier version of
            # claimcheck may have been split differently.
            stored = {(row.start, row.end): row.id for row in store.claims(saved.article_id)}
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


def _progress(specs: list[str]) -> Iterator[str]:
    """Yield the inputs, with a progress bar on stderr for more than one on a terminal."""
    if len(specs) < 2 or not sys.stderr.isatty():
        yield from specs
        return
    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=options.stderr_console(), transient=True) as progress:
        task = progress.add_task("check", total=len(specs))
        for spec in specs:
            yield spec
            progress.advance(task)
