"""Options shared by several commands, defined once.

Imported for every command's ``--help``: nothing heavy at the top (no Rich, no
storage, no extraction); what a command needs to run is imported when it runs.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import os
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from claimcheck.errors import UsageError
from claimcheck.extraction.scoring import DEFAULT_MIN_SCORE
from claimcheck.serialize import FORMATS

if TYPE_CHECKING:
    from rich.console import Console

    from claimcheck.sources.archives import Columns

F = TypeVar("F", bound=Callable[..., Any])


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    form = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if form:
        year, month, day = map(int, form.groups())
        if not 1 <= month <= 12:
            raise click.BadParameter(f"{value!r}: there is no month {month}") from None
        last = calendar.monthrange(year, month)[1]
        name = calendar.month_name[month]
        why = f"{name} {year} has {last} days, not {day}" if day else "there is no day 0"
        raise click.BadParameter(f"{value!r}: {why}") from None
    raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def date_option(f: F) -> F:
    return click.option(
        "--date",
        "published",
        metavar="YYYY-MM-DD",
        callback=_parse_date,
        help="The article's publication date; relative dates resolve against it. "
        "Default: the page's metadata, else a dateline in the text.",
    )(f)


def format_option(f: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format. Default: table on a terminal, json otherwise.",
    )(f)


def min_score_option(f: F) -> F:
    return click.option(
        "--min-score",
        type=click.FloatRange(0.0, 1.0),
        default=None,
        help="Check-worthiness threshold: sentences scoring at least this are claims. "
        "Default: the scorer's own (for the learned scorer, the threshold with the best F1 "
        f"on development debates; {DEFAULT_MIN_SCORE} for the rules).",
    )(f)


def scorer_option(f: F) -> F:
    return click.option(
        "--scorer",
        "scorer_spec",
        metavar="rules|learned|FILE",
        default="learned",
        show_default=True,
        help="Check-worthiness scorer: the rules, the shipped learned weights, or a "
        "weights file written by training/train_checkworthiness.py.",
    )(f)


def all_option(f: F) -> F:
    return click.option(
        "--all", "all_sentences", is_flag=True, help="Output every sentence, claims or not."
    )(f)


def explain_option(f: F) -> F:
    return click.option(
        "--explain",
        is_flag=True,
        help="In the report, list for each claim the signals that weighed most in its "
        "score (the JSON output always carries them as reasons).",
    )(f)


def follow_symlinks_option(f: F) -> F:
    return click.option(
        "--follow-symlinks",
        is_flag=True,
        help="In a folder, also read files through symbolic links that lead out of it "
        "(skipped with a warning otherwise; links inside the folder are always read).",
    )(f)


def allow_private_urls_option(f: F) -> F:
    return click.option(
        "--allow-private-urls",
        is_flag=True,
        help="Let URLs and their redirects reach loopback, private and link-local "
        "addresses (a newsroom intranet). Refused by default: a page could otherwise "
        "send claimcheck to services inside your network.",
    )(f)


def debug_option(f: F) -> F:
    # Read by cli.main() from argv; declared so that click accepts it anywhere.
    return click.option("--debug", is_flag=True, expose_value=False, help="Show tracebacks.")(f)


def resolve_format(fmt: str | None) -> str:
    if fmt:
        return fmt
    return "table" if sys.stdout.isatty() else "json"


def stdout_console() -> Console:
    from rich.console import Console

    return Console(no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False)


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")) or None, highlight=False)


def db_option(f: F) -> F:
    # No envvar here: claimcheck.open_store is the one place that reads $CLAIMCHECK_DB.
    return click.option(
        "--db",
        metavar="URL",
        default=None,
        help="Claims database: an SQLAlchemy URL or a SQLite file. "
        "Default: $CLAIMCHECK_DB, else claims.db here.",
    )(f)


_ARCHIVE_OPTIONS = (
    click.option("--id-field", help="Archive field (or 0-based column) holding the id."),
    click.option(
        "--text-field",
        "text_fields",
        multiple=True,
        help="Archive field holding the text; repeat it to match on several (claim, title).",
    ),
    click.option("--rating-field", help="Archive field holding the verdict."),
    click.option("--date-field", help="Archive field holding the fact-check's date."),
    click.option("--url-field", help="Archive field holding the fact-check's URL."),
    click.option("--title-field", help="Archive field holding the fact-check's title."),
    click.option("--no-header", is_flag=True, help="The CSV/TSV archive has no header row."),
    click.option(
        "--archive-format",
        type=click.Choice(("claimreview", "factcheck-api", "csv", "tsv", "jsonl")),
        help="How to read the archive, when its extension does not say.",
    ),
)


def archive_options(f: F) -> F:
    """The options that say how to read a fact-check archive; the command receives them
    as ``columns`` (see archive_columns) and ``archive_format``."""

    names = "id_field text_fields rating_field date_field url_field title_field no_header"

    @functools.wraps(f)
    def command(*args: Any, **kwargs: Any) -> Any:
        kwargs["columns"] = archive_columns(**{name: kwargs.pop(name) for name in names.split()})
        return f(*args, **kwargs)

    wrapped = cast(F, command)
    for option in reversed(_ARCHIVE_OPTIONS):
        wrapped = option(wrapped)
    return wrapped


def archive_columns(
    id_field: str | None,
    text_fields: tuple[str, ...],
    rating_field: str | None,
    date_field: str | None,
    url_field: str | None,
    title_field: str | None,
    no_header: bool,
) -> Columns | None:
    """The archive columns the options name; None lets the reader infer them."""
    from claimcheck.sources.archives import Columns

    named = (id_field, rating_field, date_field, url_field, title_field)
    if not text_fields and not any(named):
        if no_header:
            raise UsageError("--no-header needs --text-field (the text column's number)")
        return None
    return Columns(
        id=id_field,
        text=text_fields,
        rating=rating_field,
        date=date_field,
        url=url_field,
        title=title_field,
        header=False if no_header else None,
    )
