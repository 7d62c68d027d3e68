"""Measures the check-worthiness benchmarks share."""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Sequence


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


def mean_average_precision(
    scores: Sequence[float], labels: Sequence[int], groups: Sequence[Hashable]
) -> float:
    """Average precision in each group (a debate) with a positive, then their mean:
    CheckThat! 2019's official measure. Within a group, ties keep the input order."""
    by_group: dict[Hashable, list[tuple[float, int]]] = {}
    for s, y, g in zip(scores, labels, groups):
        by_group.setdefault(g, []).append((s, y))
    aps = []
    for ranked in by_group.values():
        ranked.sort(key=lambda p: -p[0])
        hits, total = 0, 0.0
        for rank, (_, label) in enumerate(ranked, 1):
            if label:
                hits += 1
                total += hits / rank
        if hits:
            aps.append(total / hits)
    return sum(aps) / len(aps) if aps else 0.0


def bootstrap_interval(
    statistic: Callable[[Sequence[int]], float],
    n: int,
    *,
    strata: Sequence[Hashable] | None = None,
    resamples: int = 1000,
    level: float = 0.95,
    seed: int = 20191024,
) -> tuple[float, float]:
    """The percentile interval of ``statistic`` (a function of the items' numbers) over
    ``resamples`` draws of the items ``0 .. n-1`` with replacement. With ``strata`` (a
    label an item), each stratum is drawn on its own and keeps its size: a debate stays
    a debate of its length, as mean average precision needs. Seeded, so a run prints
    the same interval each time."""
    if n <= 0 or resamples <= 0:
        raise ValueError("a bootstrap needs items and resamples")
    rng = random.Random(seed)
    members: dict[Hashable, list[int]] = {}
    for i in range(n):
        members.setdefault(strata[i] if strata is not None else None, []).append(i)
    pools = list(members.values())
    values = sorted(
        statistic([i for pool in pools for i in rng.choices(pool, k=len(pool))])
        for _ in range(resamples)
    )
    tail = (1.0 - level) / 2
    last = resamples - 1
    return values[round(tail * last)], values[round((1.0 - tail) * last)]


def paired_difference(
    measure: Callable[[Sequence[float], Sequence[int], Sequence[Hashable]], float],
    ours: Sequence[float],
    theirs: Sequence[float],
    labels: Sequence[int],
    groups: Sequence[Hashable],
) -> tuple[float, float, float]:
    """``measure(ours) - measure(theirs)`` on the same items, and its 95% bootstrap
    interval, the items drawn within their groups (both scorers see the same draw)."""

    def difference(items: Sequence[int]) -> float:
        y = [labels[i] for i in items]
        g = [groups[i] for i in items]
        return measure([ours[i] for i in items], y, g) - measure([theirs[i] for i in items], y, g)

    low, high = bootstrap_interval(difference, len(labels), strata=groups)
    return difference(range(len(labels))), low, high


def ap_of(scores: Sequence[float], labels: Sequence[int], _groups: Sequence[Hashable]) -> float:
    """:func:`average_precision` in :func:`paired_difference`'s form (groups unused)."""
    return average_precision(scores, labels)
