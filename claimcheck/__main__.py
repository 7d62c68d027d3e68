"""The command line's entry point: `claimcheck` and `python -m claimcheck`.

Ctrl-C while the command line's modules are still being imported (its first tenth of a
second) would print a traceback of the import machinery; until they are loaded it ends
the command quietly, with the usual message and exit code, and the command line's own
handling takes over from there.
"""

from __future__ import annotations

import os
import signal
from types import FrameType


def _interrupted_while_starting(_signum: int, _frame: FrameType | None) -> None:
    os.write(2, b"\nclaimcheck: interrupted\n")
    os._exit(130)  # the exit code of Ctrl-C (128 + SIGINT)


def run() -> None:
    """Console-script entry point."""
    previous = signal.signal(signal.SIGINT, _interrupted_while_starting)
    try:
        from claimcheck.cli import run as run_cli
    finally:
        signal.signal(signal.SIGINT, previous)
    run_cli()


# Guarded: `check --workers` starts worker processes with 'spawn', which import the
# main module again (as __mp_main__) and must not run the command line a second time.
if __name__ == "__main__":
    run()
