"""What a reader of a source gives back: its references (:class:`claimcheck.models.Reference`)
and the records it skipped, named."""

from __future__ import annotations

from typing import NamedTuple

from claimcheck.models import Reference


class Problem(NamedTuple):
    """A record a reader skipped, named so that the user can find and fix it."""

    where: str  # "archive.csv line 17", "reviews.json item 3"
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ReadResult(NamedTuple):
    """What a reader got from a source: the good records, and the bad ones named."""

    references: list[Reference]
    problems: list[Problem]
