"""Named exit codes: what scripts and CI jobs can rely on."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    # --fail-on matched: claims were flagged for a fact-checker's attention.
    FLAGGED = 3
    # --fail-on conflicts matched: a claim conflicts with a source.
    CONFLICTS = 4
    INTERRUPTED = 130
