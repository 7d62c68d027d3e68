"""`claimcheck import`: claims exported by `claimcheck export`, or fact-checks."""

from __future__ import annotations

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.escape import visible


@click.command("import")
@click.argument("path", metavar="FILE")
@click.option("--name", help="Fact-checks: the source to register them as (default: FILE's name).")
@options.db_option
@options.debug_option
def import_command(path: str, name: str | None, db: str | None) -> int:
    """Import FILE: a json or jsonl export of `claimcheck export` (claims, review state,
    notes and decisions restored as they were; articles already stored are skipped),
    or fact-checks to match against: ClaimReview JSON-LD (JSON or an HTML page) or a
    Google Fact Check Tools response, registered as a source.

    Example:

        claimcheck import claims.jsonl --db sqlite:///newsroom.db
    """
    from claimcheck.desk import importer
    from claimcheck.desk.storage import open_store

    with open_store(db) as store:
        result = importer.import_file(store, path, name=name)
    if result.kind == "export":
        skipped = (
            f" ({result.skipped_articles} articles already stored, skipped)"
            if result.skipped_articles
            else ""
        )
        click.echo(
            f"claimcheck: imported {result.articles} articles, {result.claims} claims{skipped}",
            err=True,
        )
    else:
        for problem in result.problems[:20]:
            click.echo(f"claimcheck: skipped {visible(problem)}", err=True)
        click.echo(
            f"claimcheck: source {visible(result.source or '')!r}: "
            f"{result.references} fact-checks indexed",
            err=True,
        )
    return ExitCode.OK
