"""Where claims are cross-matched: sources read into memory, the database's registered
sources, and search services asked claim by claim.

``wikipedia`` and ``factcheck-tools`` are searched for each claim (MediaWiki search and
extracts; Google Fact Check Tools ``claims:search``, key in ``CLAIMCHECK_FACTCHECK_KEY``);
any other name is read as a source (:func:`claimcheck.sources.reader.read_source`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from claimcheck.errors import FetchError, UsageError
from claimcheck.matching.agreement import Slots
from claimcheck.matching.corpus import Corpus, Retriever
from claimcheck.matching.matches import CANDIDATES, find_matches
from claimcheck.matching.terms import STOP_WORDS, words
from claimcheck.models import Match, Reference
from claimcheck.reading.queries import Query
from claimcheck.sources.archives import Columns
from claimcheck.sources.references import Problem

SEARCH_SOURCES = ("wikipedia", "factcheck-tools")
# Words sent to a search service: a search engine wants the few telling words, not a
# whole sentence ("Trump Kim met three times since last June").
_SEARCH_WORDS = 10


def _wikipedia(query: str) -> list[Reference]:
    from claimcheck.sources import wikipedia

    return wikipedia.search(query)


def _factcheck_tools(query: str) -> list[Reference]:
    from claimcheck.sources import factcheck_tools

    return factcheck_tools.search(query)


_SEARCHERS: dict[str, Callable[[str], list[Reference]]] = {
    "wikipedia": _wikipedia,
    "factcheck-tools": _factcheck_tools,
}


def search_query(text: str) -> str:
    """The words of a claim worth sending to a search service."""
    kept = [w for w in words(text) if w not in STOP_WORDS and len(w) > 1]
    return " ".join(list(dict.fromkeys(kept))[:_SEARCH_WORDS]) or text[:200]


class Evidence:
    """Everything one run matches against."""

    def __init__(
        self,
        retrievers: Sequence[Retriever] = (),
        searches: Sequence[str] = (),
        searchers: dict[str, Callable[[str], list[Reference]]] | None = None,
        *,
        problems: Sequence[Problem] = (),
        reference_count: int = 0,
    ) -> None:
        # Each retriever is matched on its own: BM25 scores and ranks are comparable
        # within one corpus, not across corpora of different sizes.
        self.retrievers = list(retrievers)
        self.searches = list(searches)
        self.searchers = searchers if searchers is not None else _SEARCHERS
        # What reading the sources met: the records skipped, and how many were read.
        self.problems = list(problems)
        self.reference_count = reference_count

    def __bool__(self) -> bool:
        return bool(self.retrievers) or bool(self.searches)

    def matches(
        self,
        text: str,
        *,
        slots: Slots | None = None,
        published: dt.date | None = None,
        top: int = 5,
        min_score: float | None = None,
        context: str | None = None,
        candidates: int = CANDIDATES,
        failed: dict[str, str] | None = None,
    ) -> list[Match]:
        """The best matches for one statement across every source, best first.

        A search service that fails raises its :class:`FetchError`, unless ``failed`` is
        given: the failure is then recorded there (service name -> message), the
        statement is matched against the other sources, and the service is not asked
        again for as long as the same ``failed`` is passed (one article's claims)."""
        retrievers = list(self.retrievers)
        if self.searches:
            query = search_query(text)
            for name in self.searches:
                if failed is not None and name in failed:
                    continue
                try:
                    refs = self.searchers[name](query)
                except FetchError as error:
                    if failed is None:
                        raise
                    failed[name] = str(error)
                    continue
                if refs:
                    retrievers.append(Corpus(refs))
        found: list[Match] = []
        for retriever in retrievers:
            found += find_matches(
                text,
                retriever,
                slots=slots,
                published=published,
                top=top,
                min_score=min_score,
                context=context,
                candidates=candidates,
            )
        found.sort(key=lambda m: -m.order)
        return found[:top]


def load(
    specs: Sequence[str],
    columns: Columns | None = None,
    fmt: str | None = None,
    *,
    allow_private_urls: bool = False,
) -> Evidence:
    """Evidence from source names (``--against SRC``): files, folders, archives, URLs,
    ``wikipedia`` and ``factcheck-tools``. The records a reader skipped are in its
    ``problems``; ``reference_count`` is how many references were read.
    ``allow_private_urls`` lets URLs reach loopback and private addresses."""
    from claimcheck.sources.reader import read_source  # pulls in NLTK

    references: list[Reference] = []
    problems: list[Problem] = []
    searches = []
    for spec in specs:
        if spec in SEARCH_SOURCES:
            searches.append(spec)
            continue
        got = read_source(spec, columns=columns, fmt=fmt, allow_private_urls=allow_private_urls)
        references += got.references
        problems += got.problems
    retrievers = [Corpus(references)] if references else []
    return Evidence(retrievers, searches, problems=problems, reference_count=len(references))


class QueryMatches(NamedTuple):
    """One query and what it matched, best first."""

    query: Query
    matches: list[Match]


def match(
    queries: Iterable[Query | str],
    against: Evidence | Sequence[str],
    *,
    top: int = 5,
    min_match_score: float = 0.0,
    failed: dict[str, str] | None = None,
) -> Iterator[QueryMatches]:
    """Look each query up in ``against`` and yield its best ``top`` matches, in query
    order: ``claimcheck match`` as a library call.

    ``queries`` are :class:`~claimcheck.reading.queries.Query` values (see
    :func:`~claimcheck.reading.queries.read_queries`) or plain strings, numbered from 1.
    ``against`` is :class:`Evidence` or the names :func:`load` reads (to see the
    records a reader skipped, or to name an archive's columns, call :func:`load`).
    ``min_match_score`` leaves out matches less likely than this to state the same claim.
    A search service that fails raises its :class:`FetchError`, unless ``failed`` is
    given: the failure is recorded there (service name -> message) and the queries,
    this one and the ones after it, are matched without that service.

    >>> from claimcheck.models import Reference
    >>> said = Reference("1", "Trump and Kim met three times.", "notes", "article")
    >>> ev = Evidence([Corpus([said])])
    >>> found = next(match(["Trump and Kim met twice"], ev))
    >>> found.matches[0].relation, found.matches[0].clashes
    ('conflicts', ('count 2 vs 3',))
    """
    evidence = against if isinstance(against, Evidence) else load(against)
    if not evidence:
        raise UsageError("nothing to match against: the sources gave no references")
    for n, q in enumerate(queries, 1):
        query = Query(str(n), q) if isinstance(q, str) else q
        found = evidence.matches(
            query.text, top=top, min_score=min_match_score, context=query.context, failed=failed
        )
        yield QueryMatches(query, found)
