"""Candidate retrieval over references: the interface, and the in-memory index.

A retriever answers "which references share the most informative words with this
query" (BM25), fast, before anything slower looks at them. ``Corpus`` keeps references
in memory behind :class:`claimcheck.matching.bm25.Index` (for ``claimcheck match`` and
``--against``); the claims database offers the same interface over SQLite FTS5 for
registered sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from claimcheck.matching.bm25 import Index
from claimcheck.matching.terms import terms
from claimcheck.models import Reference


def also_matched(ref: Reference) -> str:
    """Text matched besides the statement: the extra text, and a fact-check's title
    (which restates the claim; an article's title does not restate each sentence)."""
    title = ref.title if ref.kind == "factcheck" else None
    if title and ref.extra and title in ref.extra:
        title = None  # already there (`--text-field claim --text-field title`)
    return " ".join(x for x in (title, ref.extra) if x)


def reference_terms(ref: Reference) -> list[str]:
    """What a reference is indexed under: its statement and :func:`also_matched`."""
    also = also_matched(ref)
    return terms(f"{ref.text} {also}" if also else ref.text)


class Retriever(Protocol):
    """Anything that finds candidate references for a query's terms, best first."""

    def search(self, query_terms: Sequence[str], k: int) -> list[tuple[Reference, float]]: ...


class Corpus:
    """References held in memory with a BM25 index over their terms."""

    def __init__(self, references: Iterable[Reference]) -> None:
        self.references = list(references)
        self.index = Index.build(reference_terms(r) for r in self.references)

    def __len__(self) -> int:
        return len(self.references)

    def search(self, query_terms: Sequence[str], k: int) -> list[tuple[Reference, float]]:
        return [(self.references[i], score) for i, score in self.index.search(query_terms, k)]
