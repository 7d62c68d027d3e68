"""The command line: parse, call the library, format. Nothing else lives here.

Start-up is kept light: the command modules import only click and the options at the
top, and what a command needs (storage, extraction, Rich) when it runs, so that
``claimcheck --help`` and ``--version`` answer at once (``tests/test_startup.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from claimcheck import __version__
from claimcheck.batch import tune_collector
from claimcheck.cli.check_cmd import check_command
from claimcheck.cli.exitcodes import ExitCode
from claimcheck.cli.export_cmd import export_command
from claimcheck.cli.extract_cmd import extract_command
from claimcheck.cli.import_cmd import import_command
from claimcheck.cli.match_cmd import match_command
from claimcheck.cli.review_cmd import review_command
from claimcheck.cli.sources_cmd import sources_group
from claimcheck.errors import ClaimcheckError, UsageError
from claimcheck.escape import one_line

_GROUP_FLAGS = frozenset({"--debug"})
_GROUP_EXITS = frozenset({"--help", "-h", "--version"})


class DefaultGroup(click.Group):
    """A group where `claimcheck FILE` means `claimcheck check FILE`.

    A first word that is not a command (a file, a URL, "-", or an option of `check`)
    gets `check` put in front of it. A file named like a command is reached with
    `claimcheck check NAME` or `claimcheck ./NAME`.
    """

    default_command = "check"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        args = list(args)
        i = 0
        while i < len(args) and args[i] in _GROUP_FLAGS:
            i += 1
        if i < len(args) and args[i] not in self.commands and args[i] not in _GROUP_EXITS:
            _not_a_mistyped_command(args[i], list(self.commands))
            args.insert(i, self.default_command)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Click would exit with 1; a reader that went away is no failure.
            raise _PipeClosed() from None


class _PipeClosed(Exception):
    """Standard output's reader went away (`claimcheck ... | head`)."""


def _not_a_mistyped_command(word: str, commands: Sequence[str]) -> None:
    """Refuse a first word that names no file but is close to a command's name."""
    import difflib

    if word.startswith("-") or "://" in word or os.path.exists(word):
        return
    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.75)
    if close:
        raise UsageError(f"no such command or file: {word} (did you mean '{close[0]}'?)")


@click.group(cls=DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
@click.option("--debug", is_flag=True, expose_value=False, help="Show tracebacks on errors.")
def cli() -> None:
    """Extract, resolve, store and cross-check the checkable claims in news articles.

    `claimcheck FILE...` is the same as `claimcheck check FILE...`.

    Example:

        claimcheck article.txt --date 2019-10-24
    """


cli.add_command(check_command)
cli.add_command(extract_command)
cli.add_command(match_command)
cli.add_command(review_command)
cli.add_command(sources_group)
cli.add_command(export_command)
cli.add_command(import_command)


def _error(message: str) -> None:
    click.echo(f"claimcheck: error: {one_line(message)}", err=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the one place that turns outcomes into exit codes."""
    args = list(sys.argv[1:] if argv is None else argv)
    tune_collector()
    debug = "--debug" in args or bool(os.environ.get("CLAIMCHECK_DEBUG"))
    try:
        result: Any = cli.main(args=args, prog_name="claimcheck", standalone_mode=False)
        code = int(result) if isinstance(result, int) else ExitCode.OK
    except click.exceptions.Abort:
        click.echo("claimcheck: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        click.echo("claimcheck: interrupted", err=True)
        code = ExitCode.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except (BrokenPipeError, _PipeClosed):
        code = _broken_pipe()
    except UsageError as exc:
        if debug:
            raise
        _error(str(exc))
        code = ExitCode.USAGE
    except ClaimcheckError as exc:
        if debug:
            raise
        _error(str(exc))
        code = ExitCode.ERROR
    except Exception as exc:
        if debug:
            raise
        if _is_store_error(exc):  # the database refused, or failed under a command
            _error(str(exc))
        else:  # the last line of defence: one line, not a traceback
            _error(f"{type(exc).__name__}: {exc} (run with --debug for details)")
        code = ExitCode.ERROR
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _broken_pipe()
    return int(code)


def _is_store_error(exc: BaseException) -> bool:
    """A claims_db.StoreError: the one place the storage layer's errors become messages.
    Only a command that opened the database can raise one, so claims_db is loaded then."""
    errors = sys.modules.get("claims_db.errors")
    return errors is not None and isinstance(exc, errors.StoreError)


def _broken_pipe() -> int:
    # The reader went away (`claimcheck ... | head`): stop quietly, and keep Python
    # from complaining while it flushes stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return int(ExitCode.OK)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
