"""`claimcheck extract`: extraction only, nothing stored."""

from __future__ import annotations

import datetime as dt

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.errors import InputError


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
    allow_private_urls: bool,
) -> int:
    """Extract and resolve the claims of INPUT and print them; store nothing.

    INPUT is a .txt, .md or .html file, an http(s) URL, or - for standard input.
    With --format jsonl each line is one claim: text, start, end (offsets into the
    input text), score, kinds, dates, numbers, quote and speaker.

    Example:

        claimcheck extract article.txt --date 2019-10-24 --format jsonl
    """
    from claimcheck.cli.output import write_all, write_one
    from claimcheck.desk.results import Checked
    from claimcheck.extraction.learned import scorer_named
    from claimcheck.extraction.pipeline import extract_document
    from claimcheck.reading.inputs import read_input
    from claimcheck.reading.urls import public_url

    fmt = options.resolve_format(fmt)
    scorer = scorer_named(scorer_spec)
    doc = read_input(source, allow_private_urls=allow_private_urls)
    try:
        x = extract_document(
            doc,
            published=published,
            min_score=min_score,
            scorer=scorer,
            one_per_line=one_per_line,
        )
    except InputError as exc:  # too many sentences
        raise InputError(f"{source}: {exc}") from None
    console = options.stdout_console()
    label = public_url(source) if source.startswith(("http://", "https://")) else source
    done = Checked(label=label, extraction=x)
    write_one(
        done, fmt, all_sentences=all_sentences, with_article=False, console=console, explain=explain
    )
    write_all([done], fmt, all_sentences=all_sentences, console=console)
    return ExitCode.OK
