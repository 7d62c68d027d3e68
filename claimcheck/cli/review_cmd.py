"""`claimcheck review`: decide on stored claims, one key at a time, or from a file."""

from __future__ import annotations

import getpass
import os
import sys
from typing import TYPE_CHECKING

import click

from claimcheck.cli import options
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.escape import one_line, visible
from claimcheck.models import STATUSES

if TYPE_CHECKING:
    from claimcheck.desk.review import Item
    from claims_db import Store

NO_TERMINAL = "review needs a terminal; use --decisions FILE to apply decisions in batch"


def default_reviewer() -> str:
    """$CLAIMCHECK_REVIEWER, else the login name."""
    name = os.environ.get("CLAIMCHECK_REVIEWER") or os.environ.get("USER")
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = ""
    return name


def stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


@click.command("review")
@options.db_option
@click.option(
    "--reviewer",
    metavar="NAME",
    default=None,
    help="Who decides, as the audit log records it. Default: $CLAIMCHECK_REVIEWER, else $USER.",
)
@click.option("--article", "article_id", type=int, metavar="ID", help="Only this article's claims.")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice(STATUSES),
    help="Only claims with this status. Repeatable.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Only claims scoring at least this (the check-worthiness score).",
)
@click.option("--assigned-to", metavar="NAME", help="Only claims assigned to NAME.")
@click.option(
    "--decisions",
    "decisions_file",
    metavar="FILE",
    default=None,
    help="Apply the decisions in FILE instead of asking (no terminal needed): JSONL "
    'objects {"id": ..., "status": ..., "note": ..., "version": ...}, or CSV with those '
    "columns (Meedan Check's too); id is the claim's database id and version the one "
    "the decision was made against, as exports write them. - reads standard input.",
)
@click.option(
    "--overwrite",
    is_flag=True,
    help="With --decisions: apply a decision even if its claim was changed since the "
    "version it names.",
)
@options.debug_option
def review_command(
    db: str | None,
    reviewer: str | None,
    article_id: int | None,
    statuses: tuple[str, ...],
    min_score: float | None,
    assigned_to: str | None,
    decisions_file: str | None,
    overwrite: bool,
) -> int:
    """Review stored claims: give each a status, a note, a better wording, an assignee.

    The queue puts undecided claims first, flagged ones (conflicting sources, an earlier
    false rating, a date to check, a high score with no evidence) before the rest, then
    by score. Each key is saved at once with the reviewer's name and the time, in the
    claim's audit log; quit at any time and the next `claimcheck review` resumes at the
    first undecided claim. Press ? for the keys.

    Example:

    \b
        claimcheck review --reviewer ana --article 3
        claimcheck review --decisions decisions.jsonl
    """
    name = (reviewer if reviewer is not None else default_reviewer()).strip()
    if not name:
        raise UsageError("who is reviewing? pass --reviewer NAME or set CLAIMCHECK_REVIEWER")
    filtered = article_id is not None or statuses or min_score is not None or assigned_to
    if overwrite and decisions_file is None:
        raise UsageError("--overwrite is for --decisions FILE")
    if decisions_file is not None and filtered:
        raise UsageError(
            "--decisions applies every line of its file: "
            "--article, --status, --min-score and --assigned-to do not apply to it"
        )
    if decisions_file is None and not stdin_is_terminal():
        raise UsageError(NO_TERMINAL)
    from claimcheck.desk import review
    from claimcheck.desk.storage import open_store

    store = open_store(db, create=False)
    try:
        if store.read_only:
            raise ClaimcheckError(
                f"cannot review: {store.path} is read-only here, decisions could not be saved"
            )
        if decisions_file is not None:
            return _batch(store, decisions_file, name, overwrite)
        queue = review.load_queue(
            store,
            article_id=article_id,
            statuses=statuses or None,
            min_score=min_score,
            assigned_to=assigned_to,
        )
        return _interactive(store, queue, name)
    finally:
        store.close()


def _batch(store: Store, path: str, reviewer: str, overwrite: bool = False) -> int:
    from claimcheck.desk import decisions

    label = "standard input" if path == "-" else path
    from claimcheck.errors import InputError
    from claimcheck.reading.inputs import MAX_LIST_BYTES, read_file_bytes, read_stream

    try:
        data = (
            read_stream(sys.stdin.buffer, "standard input")
            if path == "-"
            else read_file_bytes(path, MAX_LIST_BYTES)
        )
        text = data.decode("utf-8-sig")
    except InputError as exc:  # names the file
        raise UsageError(f"cannot read decisions: {exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"cannot read decisions: {label} is not UTF-8 text") from None
    found, problems = decisions.parse(text, is_csv=decisions.looks_like_csv(path, text))
    applied = decisions.apply(store, found, reviewer, overwrite=overwrite)
    bad = sorted([*problems, *applied.problems], key=lambda p: p.line)
    for p in bad:
        click.echo(
            f"claimcheck: error: {one_line(label)} line {p.line}: {one_line(p.message)}", err=True
        )
    click.echo(
        f"claimcheck: {applied.changed} decisions applied, {applied.unchanged} already so, "
        f"{len(bad)} lines refused",
        err=True,
    )
    return ExitCode.ERROR if bad else ExitCode.OK


def _interactive(store: Store, queue: list[Item], reviewer: str) -> int:
    from claimcheck.cli import keyboard, review_screen
    from claimcheck.desk import review

    console = options.stderr_console()
    if not queue:
        click.echo("claimcheck: no claims to review", err=True)
        return ExitCode.OK
    messages: list[str] = []
    session = review.Session(store, queue, reviewer, messages.append)
    with keyboard.keyboard() as keys:
        while not session.finished:
            review_screen.show(console, session, messages)
            messages.clear()
            try:
                outcome = session.handle(keys.key(), keys.line)
            except EOFError:  # Ctrl-D, or the input closed: stop like q
                break
            if outcome is review.Outcome.HELP:
                console.print(review_screen.help_screen())
                click.echo("press any key", err=True)
                try:
                    keys.key()
                except EOFError:
                    break
    for message in messages:
        click.echo(f"claimcheck: {visible(message)}", err=True)
    click.echo(
        f"claimcheck: {session.decided} decision{'' if session.decided == 1 else 's'} saved"
        f" by {visible(reviewer)}; "
        "`claimcheck review` resumes at the first undecided claim",
        err=True,
    )
    return ExitCode.OK
