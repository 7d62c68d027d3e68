"""Dates in wire stories (financial and political news): reporting periods without a year,
the periods "a year earlier" hangs on, and the weekday after an adjective."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extraction.dates.find import find_dates


def iv(text: str, published: str, expr: str) -> tuple[str, str] | None:
    found = [s for s in find_dates(text, dt.date.fromisoformat(published)) if s.text == expr]
    assert len(found) == 1, find_dates(text, dt.date.fromisoformat(published))
    got = found[0].interval
    return (got[0].isoformat(), got[1].isoformat()) if got else None


# ---------------------------------------------------------------- halves and first months

REPORTED = [
    # (sentence, publication date, expression, first day, last day)
    ("Profit in the first half rose 8%.", "1991-07-18", "first half", "1991-01-01", "1991-06-30"),
    ("First-half sales fell 2%.", "1991-02-10", "First-half", "1990-01-01", "1990-06-30"),
    ("Sales fell in the second half.", "1991-02-10", "second half", "1990-07-01", "1990-12-31"),
    (
        "The merger is expected to close in the second half, the firm said.",
        "1998-03-03",
        "second half",
        "1998-07-01",
        "1998-12-31",
    ),
    (
        "In the first nine months, the company earned $120 million.",
        "1989-10-25",
        "first nine months",
        "1989-01-01",
        "1989-09-30",
    ),
    (
        "Exports rose 4% in the first three months of the year.",
        "1996-08-30",
        "first three months of the year",
        "1996-01-01",
        "1996-03-31",
    ),
    (
        "Output grew in the first 11 months of 1997.",
        "1998-01-20",
        "first 11 months of 1997",
        "1997-01-01",
        "1997-11-30",
    ),
]


@pytest.mark.parametrize(("text", "published", "expr", "first", "last"), REPORTED)
def test_reporting_periods_without_a_year(
    text: str, published: str, expr: str, first: str, last: str
) -> None:
    assert iv(text, published, expr) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Arsenal scored twice in the first half.",
        "The first half of the film drags.",
        "In the first six months of his presidency, he travelled widely.",
        "Chelsea led 2-0 at half-time and in the second half.",
        "They failed to score in the second half as France overhauled the deficit.",
        "Mothers would get £170 a week for the first six months after the birth.",
        "Qantas has posted a record fiscal first-half profit.",
    ],
)
def test_a_half_that_is_not_a_reporting_period(text: str) -> None:
    assert find_dates(text, dt.date(2005, 3, 15)) == []


def test_first_half_results_due_weeks_after_it_ended_keep_both_readings() -> None:
    (slot,) = [
        s
        for s in find_dates(
            "The firm will report first-half profits next week.", dt.date(1991, 7, 18)
        )
        if s.text == "first-half"
    ]
    assert slot.ambiguous
    assert slot.interval == (dt.date(1991, 1, 1), dt.date(1991, 6, 30))
    assert (dt.date(1992, 1, 1), dt.date(1992, 6, 30)) in slot.readings


def test_the_year_ago_period_hangs_on_the_months_named_before() -> None:
    text = (
        "For the first nine months, the company earned $120 million, compared with "
        "$98 million in the year-ago period."
    )
    assert iv(text, "1989-10-25", "year-ago period") == ("1988-01-01", "1988-09-30")
