"""`claimcheck check` (and plain `claimcheck FILE`): extract, store, report."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.errors import UsageError
from claimcheck.escape import one_line

if TYPE_CHECKING:
    from claimcheck.sources.archives import Columns

T = TypeVar("T")


@click.command("check")
@click.argument("sources", metavar="INPUT...", nargs=-1, required=True)
@options.date_option
@options.format_option
@options.min_score_option
@options.scorer_option
@options.explain_option
@options.all_option
@options.db_option
@click.option(
    "--against",
    multiple=True,
    metavar="SRC",
    help="Also match the claims against SRC for this run: a file or folder of articles, "
    "a fact-check archive, a URL, 'wikipedia' or 'factcheck-tools'. Repeatable. "
    "Registered sources (claimcheck sources) and earlier claims are always searched.",
)
@options.archive_options
@click.option(
    "--no-match",
    is_flag=True,
    help="Do not cross-match: extract, store and index only (later articles still "
    "meet these claims).",
)
@click.option(
    "--fail-on",
    type=click.Choice(["flagged", "claims", "conflicts"]),
    default=None,
    help="Exit with code 3 when any claim is flagged (ambiguous or unresolved date) or "
    "any claim is found, with code 4 when any claim conflicts with a source (a "
    "confident match).",
)
@options.allow_private_urls_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    metavar="N",
    help="Read and extract the inputs in N processes at once. Storing and matching "
    "stay in input order, one transaction per article.",
)
@click.option(
    "--redate",
    is_flag=True,
    help="For an article stored before with another date: read its stored claims' dates "
    "again against this run's date (--date, the page's or a dateline). One stored "
    "without a date is always re-dated.",
)
@options.follow_symlinks_option
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
    allow_private_urls: bool,
    workers: int,
    redate: bool,
    follow_symlinks: bool,
) -> int:
    """Extract the claims of each INPUT, store them, and report.

    INPUT is a .txt, .md or .html file, a folder (every such file in it), an http(s)
    URL, or - for standard input. The same article checked twice is stored once; a
    changed article is stored as a new version.

    Example:

        claimcheck check article.txt --date 2019-10-24
    """
    from claimcheck.cli.output import FULL_REPORT_LIMIT, write_all, write_one
    from claimcheck.desk.check import check
    from claimcheck.desk.results import Checked
    from claimcheck.matching.evidence import load
    from claimcheck.reading.inputs import expand_inputs

    fmt = options.resolve_format(fmt)
    if (columns is not None or archive_format) and not against:
        raise UsageError("the archive options (--text-field, ...) say how to read --against SRC")
    specs = expand_inputs(
        sources,
        follow_symlinks=follow_symlinks,
        on_skip=lambda _, why: click.echo(f"claimcheck: warning: {one_line(why)}", err=True),
    )
    evidence = None
    if against and not no_match:
        evidence = load(against, columns, archive_format, allow_private_urls=allow_private_urls)
        for problem in evidence.problems[:20]:
            click.echo(f"claimcheck: skipped {one_line(str(problem))}", err=True)
    console = options.stdout_console()
    failed = 0
    dones: list[Checked] = []
    results = check(
        specs,
        db=db,
        published=published,
        min_score=min_score,
        scorer=scorer_spec,
        against=evidence or (),
        match=not no_match,
        workers=workers,
        redate=redate,
        follow_symlinks=follow_symlinks,
        allow_private_urls=allow_private_urls,
    )
    try:
        for result in _progress(results, len(specs)):
            if not isinstance(result, Checked):
                failed += 1
                click.echo(f"claimcheck: skipped: {one_line(result.reason)}", err=True)
                continue
            for note in result.notes:
                click.echo(f"claimcheck: note: {one_line(note)}", err=True)
            for warning in result.warnings:
                click.echo(
                    f"claimcheck: warning: {one_line(result.label)}: {one_line(warning)}",
                    err=True,
                )
            dones.append(result)
            if fmt == "jsonl" or (fmt == "table" and len(specs) <= FULL_REPORT_LIMIT):
                write_one(
                    result,
                    fmt,
                    all_sentences=all_sentences,
                    with_article=True,
                    console=console,
                    explain=explain,
                )
    except KeyboardInterrupt:
        results.close()
        click.echo(
            f"claimcheck: interrupted: {len(dones)} of {len(specs)} inputs checked and "
            "stored (each article whole)",
            err=True,
        )
        return ExitCode.INTERRUPTED
    finally:
        results.close()
    if dones:
        write_all(dones, fmt, all_sentences=all_sentences, console=console)
    if failed:
        click.echo(f"claimcheck: {failed} of {len(specs)} inputs could not be read", err=True)
        return ExitCode.ERROR
    if fail_on == "flagged" and any(d.flagged for d in dones):
        return ExitCode.FLAGGED
    if fail_on == "claims" and any(d.extraction.claims for d in dones):
        return ExitCode.FLAGGED
    # Only confident conflicts fail a run: a suggestion is for a person to look at.
    if fail_on == "conflicts" and any(d.conflicts for d in dones):
        return ExitCode.CONFLICTS
    return ExitCode.OK


def _progress(items: Iterable[T], total: int) -> Iterator[T]:
    """Yield the items, with a progress bar on stderr for more than one on a terminal;
    the bar advances as each item is done with (stored and reported)."""
    if total < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=options.stderr_console(), transient=True) as progress:
        task = progress.add_task("check", total=total)
        for item in items:
            yield item
            progress.advance(task)
