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


# ---------------------------------------------------------------- quarters by name

QUARTERS = [
    (
        "Profit in last year's third quarter was $4 million.",
        "1989-10-25",
        "last year's third quarter",
        "1988-07-01",
        "1988-09-30",
    ),
    (
        "Next year's second quarter will be strong.",
        "1989-10-25",
        "Next year's second quarter",
        "1990-04-01",
        "1990-06-30",
    ),
    (
        "Sales in the December quarter fell.",
        "1989-10-25",
        "December quarter",
        "1988-10-01",
        "1988-12-31",
    ),
    (
        "Sales rose 4% in the July-to-September quarter.",
        "2005-03-15",
        "July-to-September quarter",
        "2004-07-01",
        "2004-09-30",
    ),
]


def test_last_years_election_is_still_last_year() -> None:
    assert iv("Last year's election was close.", "2005-03-15", "Last year") == (
        "2004-01-01",
        "2004-12-31",
    )


# ---------------------------------------------------------------- which way

DIRECTION = [
    # a weekday after an adjective is a date; a name is written in one case
    ("The won fell to a record low Monday.", "1997-12-10", "Monday", "1997-12-08"),
    ("The stock hit a 52-week low Tuesday.", "1997-12-10", "Tuesday", "1997-12-09"),
    # a past that looks like a present: with its object, and no modal before it
    ("The bank cut its prime rate Monday to 10.5%.", "1997-12-10", "Monday", "1997-12-08"),
    ("The company set a record high Friday.", "1997-12-10", "Friday", "1997-12-05"),
    ("The Fed will cut rates Friday.", "1997-12-10", "Friday", "1997-12-12"),
    ("The bank could cut its rates Friday.", "1997-12-10", "Friday", "1997-12-12"),
    # "expect" looks ahead as "expects" does
    ("Analysts expect earnings to improve Friday.", "1997-12-10", "Friday", "1997-12-12"),
    # the present of a timetable looks ahead
    ("The trial opens Monday in Manhattan.", "1997-12-10", "Monday", "1997-12-15"),
    ("Trading resumes on Friday.", "1997-12-10", "Friday", "1997-12-12"),
    ("The new rules take effect Monday.", "1997-12-10", "Monday", "1997-12-15"),
    ("The new rules took effect Monday.", "1997-12-10", "Monday", "1997-12-08"),
    # a modal before an -ed word: "succeed" is no past tense
    (
        "Mr Morrow will succeed Mr Tsuda as president on Friday.",
        "1997-12-10",
        "Friday",
        "1997-12-12",
    ),
]


@pytest.mark.parametrize(("text", "published", "expr", "day"), DIRECTION)
def test_which_way_a_weekday_points(text: str, published: str, expr: str, day: str) -> None:
    (slot,) = [s for s in find_dates(text, dt.date.fromisoformat(published)) if s.text == expr]
    assert slot.interval == (dt.date.fromisoformat(day), dt.date.fromisoformat(day))
    assert not slot.ambiguous


def test_names_of_days_are_not_dates() -> None:
    assert find_dates("He won on Super Tuesday.", dt.date(2008, 3, 1)) == []
    assert find_dates("Shops open every Monday.", dt.date(2008, 3, 1)) == []


def test_a_plural_noun_is_no_timetable() -> None:
    assert find_dates("He made six starts in six months with the club.", dt.date(2005, 3, 15)) == []


def test_a_rate_cut_ahead_stays_ahead() -> None:
    assert iv("A rate cut in January is expected.", "1997-12-10", "January") == (
        "1998-01-01",
        "1998-01-31",
    )


# ---------------------------------------------------------------- anchors and shared years


def test_a_year_earlier_compares_the_period_not_the_day_it_is_reported() -> None:
    text = (
        "First-quarter earnings, due out later this week, are expected to show gains of "
        "15% from a year earlier."
    )
    assert iv(text, "1994-04-12", "a year earlier") == ("1993-01-01", "1993-03-31")


def test_a_year_earlier_than_a_week_is_that_week() -> None:
    text = "Sales this week were up 3% from a year earlier."
    assert iv(text, "1994-04-12", "a year earlier") == ("1993-04-11", "1993-04-17")


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("Stocks plunged on Oct. 13 and again on Oct. 19, 1987.", "Oct. 13", "1987-10-13"),
        ("The attacks of Sept. 4 and Sept. 11, 2001 shocked the city.", "Sept. 4", "2001-09-04"),
        ("He visited on 3 May and 9 June 2004.", "3 May", "2004-05-03"),
    ],
)
def test_a_yearless_date_joined_to_a_dated_one_takes_its_year(
    text: str, expr: str, day: str
) -> None:
    assert iv(text, "1989-10-25", expr) == (day, day)


def test_a_yearless_date_alone_keeps_the_articles_year() -> None:
    text = "The meeting on Oct. 3 and the vote on Oct. 9, officials said, were calm."
    assert iv(text, "1989-10-25", "Oct. 3") == ("1989-10-03", "1989-10-03")


def test_earth_day() -> None:
    (slot,) = find_dates("In celebration of Earth Day 2024, students met.", None)
    assert slot.interval == (dt.date(2024, 4, 22), dt.date(2024, 4, 22))


# ---------------------------------------------------------------- the period before, in a year

BEFORE_AND_YEAR = [
    (
        "Profit for the year rose 5%, compared with the year before.",
        "1989-10-25",
        "year before",
        "1988-01-01",
        "1988-12-31",
    ),
    (
        "Sales rose 3% from the month before.",
        "1989-10-25",
        "month before",
        "1989-09-01",
        "1989-09-30",
    ),
    (
        "Sales rose 5% in the 1988 quarter.",
        "1989-10-25",
        "1988 quarter",
        "1988-07-01",
        "1988-09-30",
    ),
    (
        "Sales rose 5% in the 1987 quarter.",
        "1989-02-25",
        "1987 quarter",
        "1987-10-01",
        "1987-12-31",
    ),
    (
        "Net income in the second quarter rose to $5 million from $3 million in the 1988 quarter.",
        "1989-10-25",
        "1988 quarter",
        "1988-04-01",
        "1988-06-30",
    ),
    (
        "Revenue was $3 million in the 1988 half.",
        "1989-10-25",
        "1988 half",
        "1988-01-01",
        "1988-06-30",
    ),
]


# Each case's interval, the three lists above by name: reporting periods without a year,
# quarters named by year or by their last month, the period before and the reported
# period in a named year.
PERIODS = [
    pytest.param(*case, id=f"{name}-{i}")
    for name, cases in (("reported", REPORTED), ("quarter", QUARTERS), ("before", BEFORE_AND_YEAR))
    for i, case in enumerate(cases)
]


@pytest.mark.parametrize(("text", "published", "expr", "first", "last"), PERIODS)
def test_the_interval_of_a_reporting_period(
    text: str, published: str, expr: str, first: str, last: str
) -> None:
    assert iv(text, published, expr) == (first, last)


def test_the_year_before_an_event_is_not_the_year_before() -> None:
    assert find_dates("The year before the war, prices fell.", dt.date(1989, 10, 25)) == []


def test_earth_day_as_a_theme_is_no_date() -> None:
    text = "Students attended an Earth Day briefing on Tuesday, April 2, 2024."
    assert [s.text for s in find_dates(text, None)] == ["Tuesday, April 2, 2024"]


SAME_PERIOD = [
    (
        "Third-quarter net rose to $5 million from $3 million in the same period a year earlier.",
        "same period a year earlier",
        "1988-07-01",
        "1988-09-30",
    ),
    (
        "Sales rose 5% in the third quarter from the same quarter a year ago.",
        "same quarter a year ago",
        "1988-07-01",
        "1988-09-30",
    ),
    (
        "Sales rose 5% from the same quarter a year ago.",
        "same quarter a year ago",
        "1988-07-01",
        "1988-09-30",
    ),
    (
        "Net income was $5 million, compared with $3 million in the same period last year.",
        "same period last year",
        "1988-01-01",
        "1988-12-31",
    ),
    (
        "Net rose in the first half from $7 million in the same period of 1988.",
        "same period of 1988",
        "1988-01-01",
        "1988-06-30",
    ),
]


@pytest.mark.parametrize(("text", "expr", "first", "last"), SAME_PERIOD)
def test_the_same_period_a_year_before(text: str, expr: str, first: str, last: str) -> None:
    assert iv(text, "1989-10-25", expr) == (first, last)


# ---------------------------------------------------------------- a game's quarter

GAME_QUARTERS = [
    "He scored 24 points in the third quarter.",
    "The Bears led 14-7 at halftime before collapsing in the fourth quarter.",
    "A fourth-quarter rally sealed the win.",
    "The Lakers pulled away in the second quarter of the NBA game.",
    "Ireland led 18-12 as the game entered the final quarter.",
    "He missed a tackle and fumbled the ball in the first quarter.",
    "They scored 12 in the quarter.",
]


@pytest.mark.parametrize("text", GAME_QUARTERS)
def test_a_quarter_of_a_game_is_no_date(text: str) -> None:
    assert [s for s in find_dates(text, dt.date(2019, 11, 20)) if "quarter" in s.text] == []


CALENDAR_QUARTERS = [
    # (sentence, publication date, expression, first day, last day)
    ("Third-quarter profits rose 5%.", "2019-11-20", "Third-quarter", "2019-07-01", "2019-09-30"),
    (
        "Sales rose in the fourth quarter of 2019.",
        "2020-02-20",
        "fourth quarter of 2019",
        "2019-10-01",
        "2019-12-31",
    ),
    ("The company earned $5m in the quarter.", "2019-11-20", "quarter", "2019-07-01", "2019-09-30"),
    # A year or business figures keep the calendar's quarter whatever else is said.
    (
        "The team scored record revenue in the third quarter.",
        "2019-11-20",
        "third quarter",
        "2019-07-01",
        "2019-09-30",
    ),
    (
        "The NFL's games drew more viewers in the fourth quarter of 2018.",
        "2019-11-20",
        "fourth quarter of 2018",
        "2018-10-01",
        "2018-12-31",
    ),
    (
        "The Dow rose 200 points in the third quarter.",
        "2019-11-20",
        "third quarter",
        "2019-07-01",
        "2019-09-30",
    ),
    (
        "Shares rallied in the fourth quarter.",
        "2019-02-20",
        "fourth quarter",
        "2018-10-01",
        "2018-12-31",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last"), CALENDAR_QUARTERS)
def test_a_business_quarter_stays_the_calendars(
    text: str, pub: str, expr: str, first: str, last: str
) -> None:
    assert iv(text, pub, expr) == (first, last)
