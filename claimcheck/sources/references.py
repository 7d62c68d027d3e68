"""References: what claims are matched against.

A reference is one statement from a source: a sentence of another article, the claim a
fact-check reviewed (with its rating), a claim already stored in the claims database,
or a passage of Wikipedia. Readers of each kind of source produce them; the matcher
only ever sees this type.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

# What a reference is; a rated fact-check makes a match "checked-before".
KINDS = ("article", "factcheck", "claim", "wikipedia")


class Reference(NamedTuple):
    """One statement of a source, with what is known about it.

    ``id`` is unique within its source and stable across re-reads (a fact-check's own id
    or URL, ``path#n`` for the n-th sentence of a file). ``text`` is the statement the
    slots are compared on; ``extra`` is further text retrieval may use (a fact-check's
    title, the sentence before). ``published`` is the reference's own date (the
    article's, or the fact-check's review date); ``claim_date`` when the claim itself
    was made, if the source says.
    """

    id: str
    text: str
    source: str
    kind: str
    title: str | None = None
    extra: str | None = None
    published: dt.date | None = None
    claim_date: dt.date | None = None
    url: str | None = None
    rating: str | None = None
    publisher: str | None = None
    claimant: str | None = None
    path: str | None = None


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
