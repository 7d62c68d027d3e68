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
