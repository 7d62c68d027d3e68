"""Measures the check-worthiness benchmarks share."""

from __future__ import annotations

from collections.abc import Sequence


def prf(scores: Sequence[float], labels: Sequence[int], threshold: float) -> tuple[float, ...]:
    """F1, precision and recall of the positive class at ``threshold``."""
    tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < threshold and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def average_precision(scores: Sequence[float], labels: Sequence[int] | Sequence[bool]) -> float:
    """Mean of the precision at each positive's rank, ties broken against the scorer
    (a positive tied with negatives is ranked after them)."""
    order = sorted(zip(scores, labels), key=lambda p: (-p[0], p[1]))
    hits, total = 0, 0.0
    for rank, (_, label) in enumerate(order, 1):
        if label:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0
