"""A figure as what it allows: qualifiers and reporters' rounding."""

from __future__ import annotations

import math

import pytest

from claimcheck.extraction.numbers.find import find_numbers
from claimcheck.matching.intervals import Interval, interval, overlap, rounding


def allows(text: str) -> Interval | None:
    (n,) = find_numbers(text)
    return interval(n)


@pytest.mark.parametrize(
    ("text", "tolerance"),
    [
        ("$18.7 million", 50_000),
        ("23 million people", 500_000),
        ("328 cases", 0.5),
        ("three times", 0.5),
        ("4.25%", 0.005),
    ],
)
def test_rounding_is_half_the_last_digit_written(text: str, tolerance: float) -> None:
    (n,) = find_numbers(text)
    assert rounding(n) == pytest.approx(tolerance)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("more than 19 people", Interval(19, math.inf, low_open=True)),
        ("at least 19 people", Interval(19, math.inf)),
        ("fewer than 19 people", Interval(-math.inf, 19, high_open=True)),
        ("up to 19 people", Interval(-math.inf, 19)),
        ("about 300 people", Interval(270, 330)),
        ("nearly 50 people", Interval(45, 50.5, high_open=True)),
        ("aged 30-39", Interval(29.5, 39.5, high_open=True)),
    ],
)
def test_qualifiers(text: str, expected: Interval) -> None:
    got = allows(text)
    assert got is not None
    assert got._replace(low=round(got.low, 6), high=round(got.high, 6)) == expected


def test_a_vague_figure_allows_nothing_to_compare() -> None:
    assert allows("thousands of people") is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Interval(1, 2), Interval(2, 3), True),
        (Interval(1, 2, high_open=True), Interval(2, 3), False),
        (Interval(1, 2), Interval(2, 3, low_open=True), False),
        (Interval(1, 2), Interval(3, 4), False),
        (Interval(-math.inf, 5), Interval(4, math.inf), True),
    ],
)
def test_overlap(a: Interval, b: Interval, expected: bool) -> None:
    assert overlap(a, b) is expected
    assert overlap(b, a) is expected
