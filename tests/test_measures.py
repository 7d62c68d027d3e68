"""The measures the check-worthiness benchmarks print: AP, MAP and bootstrap intervals."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from benchmarks.measures import (
    ap_of,
    average_precision,
    bootstrap_interval,
    mean_average_precision,
    paired_difference,
)


def test_average_precision_by_hand() -> None:
    # Positives at ranks 1 and 3: (1/1 + 2/3) / 2.
    assert average_precision([0.9, 0.8, 0.7, 0.1], [1, 0, 1, 0]) == pytest.approx(5 / 6)
    # A positive tied with a negative is ranked after it.
    assert average_precision([0.5, 0.5], [1, 0]) == pytest.approx(0.5)
    assert average_precision([0.3, 0.2], [0, 0]) == 0.0


def test_mean_average_precision_is_per_group_and_skips_groups_without_positives() -> None:
    scores = [0.9, 0.1, 0.2, 0.8, 0.5, 0.4]
    labels = [1, 0, 1, 0, 0, 0]
    groups = ["a", "a", "b", "b", "c", "c"]
    # a: the positive first (1.0); b: second (0.5); c has none and is left out.
    assert mean_average_precision(scores, labels, groups) == pytest.approx(0.75)


def test_bootstrap_interval_is_seeded_and_holds_the_estimate() -> None:
    values = [float(i % 7) for i in range(200)]

    def mean(items: Sequence[int]) -> float:
        return sum(values[i] for i in items) / len(items)

    first = bootstrap_interval(mean, len(values), resamples=300)
    assert first == bootstrap_interval(mean, len(values), resamples=300)
    low, high = first
    assert low < mean(range(len(values))) < high
    assert high - low < 1.0
    assert bootstrap_interval(mean, len(values), resamples=300, seed=1) != first
    # A statistic that does not move has an interval of width nought.
    assert bootstrap_interval(lambda items: 1.0, 10, resamples=50) == (1.0, 1.0)


def test_bootstrap_draws_keep_each_stratum_whole() -> None:
    strata = ["a"] * 3 + ["b"] * 5
    seen: list[list[str]] = []

    def record(items: Sequence[int]) -> float:
        seen.append([strata[i] for i in items])
        return 0.0

    bootstrap_interval(record, len(strata), strata=strata, resamples=20)
    assert len(seen) == 20
    assert all(draw == strata for draw in seen)
    with pytest.raises(ValueError):
        bootstrap_interval(record, 0)


def test_paired_difference_of_a_scorer_with_itself_is_nought() -> None:
    scores = [0.9, 0.2, 0.7, 0.4, 0.6, 0.1]
    labels = [1, 0, 1, 0, 0, 1]
    groups = ["x"] * 6
    assert paired_difference(ap_of, scores, scores, labels, groups) == (0.0, 0.0, 0.0)


def test_paired_difference_favours_the_scorer_that_ranks_positives_first() -> None:
    labels = [1, 0] * 40
    good = [0.9 if y else 0.1 for y in labels]
    bad = [0.1 if y else 0.9 for y in labels]
    groups = [i // 20 for i in range(len(labels))]
    difference, low, high = paired_difference(ap_of, good, bad, labels, groups)
    assert difference > 0.4
    assert 0 < low <= difference <= high
    difference, low, high = paired_difference(mean_average_precision, bad, good, labels, groups)
    assert difference < -0.4 and low <= difference <= high < 0
