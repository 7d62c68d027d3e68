"""`claimcheck match`: retrieval on its own, queries against a corpus."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from claimcheck import serialize
from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.escape import one_line, visible

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.sources.archives import Columns

MATCH_FORMATS = ("jsonl", "json", "table")


@click.command("match")
@click.argument("queries_spec", metavar="QUERIES")
@click.option(
    "--against",
    "against",
    multiple=True,
    required=True,
    metavar="CORPUS",
    help="What to match against: a file or folder of articles, a fact-check archive "
    "(ClaimReview JSON-LD, a Fact Check Tools response, CSV, TSV, JSONL), a URL, "
    "'wikipedia' or 'factcheck-tools'. Repeatable.",
)
@click.option("--top", type=click.IntRange(1, 1000), default=5, show_default=True)
@click.option(
    "--min-match-score",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Leave out matches less likely than this to state the same claim (the match "
    "score; --min-score is the check-worthiness threshold of extract and check).",
)
@options.archive_options
@click.option("--format", "fmt", type=click.Choice(MATCH_FORMATS), default=None)
@options.allow_private_urls_option
@options.debug_option
def match_command(
    queries_spec: str,
    against: tuple[str, ...],
    top: int,
    min_match_score: float,
    columns: Columns | None,
    archive_format: str | None,
    fmt: str | None,
    allow_private_urls: bool,
) -> int:
    """Find, for each query in QUERIES, the best matching statements of a corpus.

    QUERIES is a TSV of id<TAB>text (CheckThat!'s layout), JSONL objects with "id",
    "text" and optionally "context", or a text file with one query a line (- reads
    standard input). Prints one result per query, in input order: {"id": ...,
    "matches": [{"id": ..., "score": ..., "relation": ...}, ...]}, best first.

    Example:

        claimcheck match tweets.tsv --against vclaims.jsonl --text-field vclaim
        --text-field title --top 5 --format jsonl
    """
    from claimcheck.matching.evidence import load, match
    from claimcheck.reading.inputs import read_stream
    from claimcheck.reading.queries import read_queries

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    data = read_stream(sys.stdin.buffer, "standard input") if queries_spec == "-" else None
    queries = read_queries(queries_spec, data)
    evidence = load(against, columns, archive_format, allow_private_urls=allow_private_urls)
    problems = evidence.problems
    for problem in problems[:20]:
        click.echo(f"claimcheck: skipped {visible(str(problem))}", err=True)
    if len(problems) > 20:
        click.echo(f"claimcheck: ... and {len(problems) - 20} more skipped records", err=True)
    console = options.stdout_console()
    results: list[dict[str, Any]] = []
    # A service that fails is a warning and is not asked again: the batch goes on without
    # it rather than stopping, or waiting out its deadline at every query.
    failed: dict[str, str] = {}
    warned: set[str] = set()
    found_for = match(queries, evidence, top=top, min_match_score=min_match_score, failed=failed)
    for q, found in found_for:
        for name in failed.keys() - warned:
            warned.add(name)
            click.echo(
                f"claimcheck: warning: query {one_line(q.id)}: {name} lookup failed, this query "
                f"and the ones after it are matched without it: {one_line(failed[name])}",
                err=True,
            )
        matches = [serialize.match_dict(m) for m in found]
        result = {"id": q.id, "matches": matches}
        if fmt == "jsonl":
            click.echo(serialize.dumps(result))
        elif fmt == "json":
            results.append(result)
        else:
            _table(console, q.id, q.text, matches)
    if fmt == "json":
        click.echo(serialize.dumps(results, indent=2))
    queried = f"{len(queries)} {'query' if len(queries) == 1 else 'queries'}"
    click.echo(f"claimcheck: {queried} against {evidence.reference_count} references", err=True)
    return ExitCode.OK


def _table(console: Console, qid: str, text: str, matches: list[dict[str, Any]]) -> None:
    """A query and its matches; long texts wrap inside their own column."""
    from rich.table import Table
    from rich.text import Text

    head = Table.grid(padding=(0, 2), expand=True)
    head.add_column(no_wrap=True)
    head.add_column(ratio=1)
    head.add_row(Text(visible(qid), style="bold"), Text(visible(text), style="bold"))
    console.print(head)
    if not matches:
        console.print(Text("    no match", style="dim"))
        return
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=3)
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for m in matches:
        found = Text(visible(m["text"]))
        found.append(f"  [{visible(m['id'])}]", style="dim")
        grid.add_row("", f"{m['score']:.2f}", visible(m["relation"]), found)
    console.print(grid)
