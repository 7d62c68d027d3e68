"""`claimcheck sources`: register, list, refresh and remove sources of references."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.errors import UsageError
from claimcheck.escape import visible
from claimcheck.reading.urls import redact
from claimcheck.serialize import dumps

if TYPE_CHECKING:
    from claimcheck.sources.archives import Columns


@click.group("sources")
def sources_group() -> None:
    """Sources that claims are matched against, read once and indexed in the database.

    Example:

        claimcheck sources add liar/train.tsv --name liar --id-field 0 --text-field 2
        --rating-field 1 --no-header
    """


@sources_group.command("add")
@click.argument("spec", metavar="SRC")
@click.option("--name", help="What to call it (default: SRC as given).")
@options.archive_options
@options.allow_private_urls_option
@options.db_option
@options.debug_option
def add_command(
    spec: str,
    name: str | None,
    columns: Columns | None,
    archive_format: str | None,
    allow_private_urls: bool,
    db: str | None,
) -> int:
    """Read SRC (a file or folder of articles, a fact-check archive, a URL) and index it.

    Example:

        claimcheck sources add factchecks.jsonl --name snopes
    """
    from claimcheck.desk import registry
    from claimcheck.desk.storage import open_store

    with open_store(db) as store:
        row, problems = registry.register(
            store,
            spec,
            name=name,
            columns=columns,
            fmt=archive_format,
            allow_private_urls=allow_private_urls,
        )
    _report_problems(problems)
    click.echo(
        f"claimcheck: source {visible(row.name)!r}: {row.reference_count} references indexed",
        err=True,
    )
    return ExitCode.OK


@sources_group.command("list")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default=None)
@options.db_option
@options.debug_option
def list_command(fmt: str | None, db: str | None) -> int:
    """List the registered sources.

    Example:

        claimcheck sources list
    """
    from rich.table import Table
    from rich.text import Text

    from claimcheck.desk.storage import open_store

    with open_store(db, create=False) as store:
        rows = store.sources()
    if (fmt or options.resolve_format(None)) == "json":
        click.echo(
            dumps(
                [
                    {
                        "name": r.name,
                        "spec": redact(r.spec),
                        "references": r.reference_count,
                        "problems": list(r.problems),
                        "added_at": r.added_at.isoformat(),
                        "refreshed_at": r.refreshed_at.isoformat(),
                    }
                    for r in rows
                ],
                indent=2,
            )
        )
        return ExitCode.OK
    table = Table(title="sources")
    table.add_column("name", overflow="fold")
    table.add_column("references", justify="right")
    # Paths are long and their end names the file: wrap them, never cut them.
    table.add_column("read from", overflow="fold")
    table.add_column("refreshed", no_wrap=True)
    for r in rows:
        table.add_row(
            Text(visible(r.name)),
            str(r.reference_count),
            Text(visible(redact(r.spec))),
            r.refreshed_at.strftime("%Y-%m-%d %H:%M"),
        )
    options.stdout_console().print(table)
    return ExitCode.OK


@sources_group.command("refresh")
@click.argument("names", nargs=-1)
@options.db_option
@options.debug_option
def refresh_command(names: tuple[str, ...], db: str | None) -> int:
    """Read registered sources again (all of them without NAMES).

    Example:

        claimcheck sources refresh snopes
    """
    from claimcheck.desk import registry
    from claimcheck.desk.storage import open_store

    with open_store(db, create=False) as store:
        wanted = names or tuple(r.name for r in store.sources() if r.name != registry.CLAIMS_SOURCE)
        for name in wanted:
            row, problems = registry.refresh(store, name)
            _report_problems(problems)
            click.echo(
                f"claimcheck: source {visible(name)!r}: {row.reference_count} references",
                err=True,
            )
    return ExitCode.OK


@sources_group.command("remove")
@click.argument("name")
@options.db_option
@options.debug_option
def remove_command(name: str, db: str | None) -> int:
    """Forget a source and its references.

    Example:

        claimcheck sources remove snopes
    """
    from claimcheck.desk.registry import CLAIMS_SOURCE
    from claimcheck.desk.storage import open_store

    if name == CLAIMS_SOURCE:
        raise UsageError(
            f"{CLAIMS_SOURCE!r} is the claims database's own source: the claims checked "
            "before are always matched and cannot be removed"
        )
    with open_store(db, create=False) as store:
        if not store.remove_source(name):
            raise UsageError(f"no source named {name!r} (see: claimcheck sources list)")
    click.echo(f"claimcheck: source {visible(name)!r} removed", err=True)
    return ExitCode.OK


def _report_problems(problems: Sequence[object]) -> None:
    for problem in problems[:20]:
        click.echo(f"claimcheck: skipped {visible(str(problem))}", err=True)
    if len(problems) > 20:
        click.echo(f"claimcheck: ... and {len(problems) - 20} more skipped records", err=True)
