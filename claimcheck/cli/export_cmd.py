"""`claimcheck export`: the claims database as CSV, JSON, JSONL, Markdown, ClaimReview
or a standalone SQLite copy."""

from __future__ import annotations

import datetime as dt

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.desk import export
from claimcheck.errors import UsageError
from claimcheck.escape import visible
from claimcheck.models import STATUSES


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(export.FORMATS),
    default="csv",
    show_default=True,
    help="csv (a spreadsheet, Meedan Check's columns first), json or jsonl (every field "
    "of each claim with its slots, matches and review history, for `claimcheck import`), "
    "markdown (a report), claimreview (schema.org JSON-LD of the claims with a verdict), "
    "sqlite (a copy of the whole database, every sentence; needs -o). Only the sentences "
    "scored as claims are exported, unless --all.",
)
@click.option(
    "--all",
    "all_sentences",
    is_flag=True,
    help="Every stored sentence, not only the claims (csv, json, jsonl, markdown).",
)
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    metavar="STATUS",
    help=f"Only claims with this status (repeatable, or comma-separated): {', '.join(STATUSES)}.",
)
@click.option("--article", "articles", multiple=True, type=int, help="Only this article id.")
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    callback=options._parse_date,
    help="Only claims decided (never decided: stored) on or after this day (UTC).",
)
@click.option("--reviewer", metavar="NAME", help="Only claims last decided by NAME.")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 byte order mark (for Excel).")
@click.option(
    "--rating-map",
    metavar="FILE",
    help='ClaimReview: a JSON object of status to ratingValue 1-5, e.g. {"false": 1}.',
)
@click.option(
    "--publisher",
    metavar="NAME",
    help="ClaimReview: the organisation publishing the reviews (default: each reviewer).",
)
@options.db_option
@options.debug_option
def export_command(
    fmt: str,
    output: str | None,
    force: bool,
    statuses: tuple[str, ...],
    articles: tuple[int, ...],
    since: dt.date | None,
    reviewer: str | None,
    bom: bool,
    rating_map: str | None,
    publisher: str | None,
    db: str | None,
    all_sentences: bool,
) -> int:
    """Export the stored claims with their review state, one record per claim.

    A file given with -o is written whole or not at all, and never replaced without
    --force.

    Example:

        claimcheck export --format claimreview --status false,misleading -o reviews.json
    """
    from claimcheck.desk.storage import open_store

    filters = export.Filters(
        statuses=export.statuses_of(statuses),
        article_ids=articles,
        since=since,
        reviewer=reviewer,
        all_sentences=all_sentences,
    )
    if all_sentences and fmt in ("claimreview", "sqlite"):
        raise UsageError(
            "--all is for csv, json, jsonl and markdown: claimreview exports the claims "
            "with a verdict, sqlite the whole database"
        )
    if fmt == "sqlite":
        if output is None:
            raise UsageError("--format sqlite needs -o FILE")
        if statuses or articles or since or reviewer:
            raise UsageError("--format sqlite copies the whole database: drop the filters")
        counts: dict[str, int] = {}
        with open_store(db, create=False) as store:

            def copy(tmp: str) -> None:
                counts.update(store.copy_to_sqlite(tmp))

            keep = [store.path] if store.path else []
            export.write_atomic(output, copy, force=force, keep=keep)
        click.echo(
            f"claimcheck: copied {counts.get('article', 0)} articles and "
            f"{counts.get('claim', 0)} sentences to {visible(output)}",
            err=True,
        )
        return ExitCode.OK
    ratings = export.read_ratings(rating_map) if rating_map else None
    with open_store(db, create=False) as store:
        keep = [store.path] if store.path else []
        if output is not None:  # refused before the work, not after
            export.check_output(output, force=force, keep=keep)
        items = export.export_rows(store, filters)
    text = export.render(items, fmt, bom=bom, ratings=ratings, author=publisher)
    if output is None:
        click.echo(text, nl=False)
        return ExitCode.OK
    export.write_text_atomic(output, text, force=force, keep=keep)
    click.echo(f"claimcheck: exported {len(items)} claims to {visible(output)}", err=True)
    return ExitCode.OK
