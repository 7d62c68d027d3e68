"""An in-memory BM25 index: candidate retrieval for matching, fast at a million texts.

Postings are numpy arrays in one compressed-row layout (terms by id, each with the
documents that contain it and a precomputed term weight), so a query costs one
vectorised add per query term, over that term's postings only. Memory is about 8 bytes
a posting: a million sentences of a dozen distinct terms take about 100 MB.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

K1 = 1.2
B = 0.75
# As the claims database takes them: the store ranks its references with the same
# formula and these parameters (claims_db.Store.search_references), so that a search
# scores alike in memory and on every engine.
PARAMETERS = {"k1": K1, "b": B}


class Index:
    """BM25 (Robertson and Zaragoza's form, with the "+1" idf that is never negative)."""

    def __init__(self, k1: float = K1, b: float = B) -> None:
        self.k1, self.b = k1, b
        self.vocabulary: dict[str, int] = {}
        self.size = 0
        self._starts: npt.NDArray[np.int64] = np.zeros(1, np.int64)
        self._docs: npt.NDArray[np.int32] = np.zeros(0, np.int32)
        self._weights: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._idf: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._scores: npt.NDArray[np.float32] = np.zeros(0, np.float32)

    @classmethod
    def build(cls, documents: Iterable[Sequence[str]], k1: float = K1, b: float = B) -> Index:
        """An index of documents given as their terms (see
        :func:`claimcheck.matching.terms.terms`)."""
        index = cls(k1, b)
        vocabulary = index.vocabulary
        term_ids, doc_ids, counts = array("i"), array("i"), array("H")
        lengths = array("i")
        for doc, terms in enumerate(documents):
            lengths.append(len(terms))
            for term, count in Counter(terms).items():
                term_id = vocabulary.setdefault(term, len(vocabulary))
                term_ids.append(term_id)
                doc_ids.append(doc)
                counts.append(min(count, 65535))
        index._freeze(
            np.frombuffer(term_ids, np.int32),
            np.frombuffer(doc_ids, np.int32),
            np.frombuffer(counts, np.uint16).astype(np.float32),
            np.frombuffer(lengths, np.int32).astype(np.float32),
        )
        return index

    def _freeze(
        self,
        term_ids: npt.NDArray[np.int32],
        doc_ids: npt.NDArray[np.int32],
        counts: npt.NDArray[np.float32],
        lengths: npt.NDArray[np.float32],
    ) -> None:
        self.size = n = len(lengths)
        order = np.argsort(term_ids, kind="stable")
        df = np.bincount(term_ids, minlength=len(self.vocabulary))
        self._starts = np.concatenate(([0], np.cumsum(df))).astype(np.int64)
        self._docs = doc_ids[order]
        average = float(lengths.mean()) if n and lengths.mean() > 0 else 1.0
        norm = self.k1 * (1.0 - self.b + self.b * lengths[self._docs] / average)
        tf = counts[order]
        self._weights = (tf * (self.k1 + 1.0) / (tf + norm)).astype(np.float32)
        self._idf = np.log(1.0 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        self._scores = np.zeros(n, np.float32)

    def search(self, terms: Iterable[str], k: int = 10) -> list[tuple[int, float]]:
        """The ``k`` best documents for the query terms, as (document number, score)."""
        ids = {self.vocabulary[t] for t in terms if t in self.vocabulary}
        if not ids or k <= 0:
            return []
        scores, starts = self._scores, self._starts
        touched = []
        total = 0
        for t in ids:
            start, end = starts[t], starts[t + 1]
            docs = self._docs[start:end]
            scores[docs] += self._idf[t] * self._weights[start:end]
            touched.append(docs)
            total += end - start
        hit: npt.NDArray[np.intp] | npt.NDArray[np.int32]
        if len(touched) == 1:
            hit = touched[0]
        elif total * 32 < self.size:
            hit = np.unique(np.concatenate(touched))  # few postings: sort them
        else:
            # Many: scan the scores instead (every hit scores > 0; sorting 100k postings
            # takes ~15 ms, a scan of a million scores ~1 ms).
            hit = np.flatnonzero(scores > 0)
        found = scores[hit]
        scores[hit] = 0.0  # ready for the next query
        if len(hit) > k:
            # Every document tied with the k-th is kept until the sort by (score,
            # document number) decides: argpartition alone picks among ties at random.
            kth = found[np.argpartition(-found, k - 1)[k - 1]]
            top = np.flatnonzero(found >= kth)
        else:
            top = np.arange(len(hit))
        top = top[np.lexsort((hit[top], -found[top]))][:k]
        return [(int(hit[i]), float(found[i])) for i in top]

    def idf(self, term: str) -> float:
        """The term's inverse document frequency (0 for a term no document has)."""
        t = self.vocabulary.get(term)
        return float(self._idf[t]) if t is not None else 0.0

    def nbytes(self) -> int:
        """Memory held by the postings and tables (not the vocabulary's strings)."""
        return sum(
            a.nbytes for a in (self._starts, self._docs, self._weights, self._idf, self._scores)
        )


def idf_of(df: int, n: int) -> float:
    """BM25's idf for a term in ``df`` of ``n`` documents (for callers with counts)."""
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))
