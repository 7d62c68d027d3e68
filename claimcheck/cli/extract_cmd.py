"""`claimcheck extract`: extraction only, nothing stored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.errors import InputError

if TYPE_CHECKING:
    from claimcheck.extraction.pipeline import Own, Prepared

# Sentences scored in one piece of work with --format jsonl: enough that a worker's
# share outweighs forking it, few enough that two workers end together.
BLOCK_SENTENCES = 2_000


@click.command("extract")
@click.argument("source", metavar="INPUT")
@options.date_option
@options.format_option
@options.min_score_option
@options.scorer_option
@options.explain_option
@options.all_option
@click.option(
    "--one-per-line",
    is_flag=True,
    help="Each non-empty line is one sentence: no cleaning, no segmentation.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="With --format jsonl, score a long input (thousands of sentences) in N "
    "processes at once; the output is the same. Default: the processors available.",
)
@options.allow_private_urls_option
@options.debug_option
def extract_command(
    source: str,
    published: dt.date | None,
    fmt: str | None,
    min_score: float | None,
    scorer_spec: str,
    explain: bool,
    all_sentences: bool,
    one_per_line: bool,
    workers: int | None,
    allow_private_urls: bool,
) -> int:
    """Extract and resolve the claims of INPUT and print them; store nothing.

    INPUT is a .txt, .md or .html file, an http(s) URL, or - for standard input.
    With --format jsonl each line is one claim: text, start, end (offsets into the
    input text), score, kinds, dates, numbers, quote and speaker.

    Example:

        claimcheck extract article.txt --date 2019-10-24 --format jsonl
    """
    from claimcheck.batch import usable_cpus
    from claimcheck.cli.output import write_all, write_one
    from claimcheck.desk.results import Checked
    from claimcheck.extraction.learned import scorer_named
    from claimcheck.extraction.pipeline import all_claims, prepare_document
    from claimcheck.reading.inputs import read_input
    from claimcheck.reading.urls import public_url

    fmt = options.resolve_format(fmt)
    scorer = scorer_named(scorer_spec)
    doc = read_input(source, allow_private_urls=allow_private_urls)
    try:
        read = prepare_document(
            doc,
            published=published,
            min_score=min_score,
            scorer=scorer,
            one_per_line=one_per_line,
        )
    except InputError as exc:  # too many sentences
        raise InputError(f"{source}: {exc}") from None
    if fmt == "jsonl":
        _write_jsonl(read, all_sentences, workers or usable_cpus())
        return ExitCode.OK
    x = read.extraction(all_claims(read))
    console = options.stdout_console()
    label = public_url(source) if source.startswith(("http://", "https://")) else source
    done = Checked(label=label, extraction=x)
    write_one(
        done, fmt, all_sentences=all_sentences, with_article=False, console=console, explain=explain
    )
    write_all([done], fmt, all_sentences=all_sentences, console=console)
    return ExitCode.OK


def _write_jsonl(read: Prepared, all_sentences: bool, workers: int) -> None:
    """The claims as JSON lines, written block by block as they are worked out: in
    worker processes forked before the sentences' shared slots (entities, quotes) are
    found here, which work out the blocks' own slots (dates, numbers) meanwhile."""
    from claimcheck.batch import forked_map
    from claimcheck.cli.output import claim_lines
    from claimcheck.extraction.pipeline import (
        Shared,
        claims_of,
        own_slots,
        ready_scores,
        shared_slots,
    )

    blocks = read.blocks(BLOCK_SENTENCES)
    own: dict[int, Own] = {}

    def ahead(i: int) -> None:
        own[i] = own_slots(read, *blocks[i])
        ready_scores(read, *blocks[i])

    def shared() -> Callable[[int], Shared]:
        slots = shared_slots(read)
        return lambda i: slots.part(*blocks[i])

    def block_lines(i: int, part: Shared) -> str:
        first, last = blocks[i]
        slots = own.pop(i) if i in own else own_slots(read, first, last)
        return claim_lines(claims_of(read, first, last, slots, part), all_sentences=all_sentences)

    jobs = forked_map(
        block_lines, len(blocks), workers, shared=shared, decode=Shared.from_json, ahead=ahead
    )
    for lines in jobs:
        if lines:
            click.echo(lines)
