"""What :func:`claimcheck.check` yields for each input: the article checked, or why it
was skipped. Plain values, light to import (the command line formats them)."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.models import Extraction, Match


@dataclass(frozen=True)
class Checked:
    """One article checked: its extraction, where the claims database keeps it, and
    what cross-matching found. ``claim_ids`` and ``matches`` run parallel to
    ``extraction.sentences`` (an id is None for a sentence the database does not hold)."""

    label: str
    extraction: Extraction
    article_id: int | None = None
    created: bool | None = None
    version: int | None = None
    claim_ids: tuple[int | None, ...] = ()
    matches: tuple[tuple[Match, ...], ...] = ()
    # What the user should know about how it was stored ("already stored with ...").
    notes: tuple[str, ...] = ()
    # Whether the claims were cross-matched (``matches`` may be all empty either way).
    matched: bool = False
    # What went wrong without stopping the article: a search service that failed
    # ("factcheck-tools lookup failed, ...": its matches are missing).
    warnings: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        """Whether a claim has an ambiguous or unresolved date."""
        return bool(self.extraction.flagged)

    @property
    def conflicts(self) -> bool:
        """Whether a claim conflicts with a source in a confident match (a suggestion
        is for a person to look at, not a finding)."""
        return any(m.relation == "conflicts" and m.confident for ms in self.matches for m in ms)


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read or extracted, and why (one line)."""

    label: str
    reason: str
