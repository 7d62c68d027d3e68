"""Dates a news desk can rely on: direction from the sentence, offsets, ranges, numeric
dates, holidays, lower-case names, and honest doubt when the text does not say."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.dates.find import find_dates
from claimcheck.extraction.dates.spec import NOTE_EVENT
from claimcheck.models import DateSlot


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def one(text: str, published: dt.date, expr: str | None = None) -> DateSlot:
    slots = find_dates(text, published)
    if expr is not None:
        slots = [s for s in slots if s.text == expr]
    assert len(slots) == 1, slots
    return slots[0]


# ---------------------------------------------------------------- direction

DIRECTION = [
    # (sentence, publication date, expression, first day, last day, ambiguous)
    (
        "Both parties have until noon on 16 December to reply.",
        "2004-12-10",
        "16 December",
        "2004-12-16",
        "2004-12-16",
        False,
    ),
    (
        "Most observers are now betting on 5 May for the vote.",
        "2005-03-15",
        "5 May",
        "2005-05-05",
        "2005-05-05",
        False,
    ),
    (
        "The tax applies from April, the minister confirmed.",
        "2005-03-15",
        "April",
        "2005-04-01",
        "2005-04-30",
        True,
    ),
    (
        "They announced in November they would step down in May.",
        "2005-03-15",
        "November",
        "2004-11-01",
        "2004-11-30",
        False,
    ),
    (
        "They announced in November they would step down in May.",
        "2005-03-15",
        "May",
        "2005-05-01",
        "2005-05-31",
        False,
    ),
    (
        "The bridge is due to be reopened on 31 December.",
        "2005-03-15",
        "31 December",
        "2005-12-31",
        "2005-12-31",
        False,
    ),
    (
        "A deal would be the third this year since October.",
        "2005-03-15",
        "October",
        "2004-10-01",
        "2004-10-31",
        False,
    ),
    (
        "By 18 February, most lenders had accepted the offer.",
        "2005-03-15",
        "18 February",
        "2005-02-18",
        "2005-02-18",
        False,
    ),
    (
        "A restructuring led to a loss in the fourth quarter, the insurer said.",
        "2005-03-15",
        "fourth quarter",
        "2004-10-01",
        "2004-12-31",
        False,
    ),
    (
        "He died at his home on Wednesday.",
        "2005-03-17",
        "Wednesday",
        "2005-03-16",
        "2005-03-16",
        False,
    ),
    (
        "The final leg would have been played in December.",
        "2005-03-15",
        "December",
        "2004-12-01",
        "2004-12-31",
        False,
    ),
    (
        "Fans are queueing for the concert on Saturday.",
        "2005-03-15",
        "Saturday",
        "2005-03-19",
        "2005-03-19",
        False,
    ),
    # An -ed word after a preposition or a determiner is an adjective, not a past tense.
    (
        "Bush will consult with allied leaders over the weekend.",
        "1990-08-03",
        "weekend",
        "1990-08-04",
        "1990-08-05",
        False,
    ),
    (
        "Campaigns are gearing up for an expected election in May.",
        "2005-03-15",
        "May",
        "2005-05-01",
        "2005-05-31",
        False,
    ),
    # A term is ahead ("is payable"); after a past tense, the nearest, in doubt.
    ("The dividend is payable Dec. 1.", "1989-11-02", "Dec. 1", "1989-12-01", "1989-12-01", False),
    (
        "The board declared a dividend payable Dec. 1 to holders of record Nov. 10.",
        "1989-11-02",
        "Nov. 10",
        "1989-11-10",
        "1989-11-10",
        True,
    ),
    (
        "The company sold $200 million of notes due Nov. 15.",
        "1989-11-02",
        "Nov. 15",
        "1989-11-15",
        "1989-11-15",
        True,
    ),
    # "is to" + a verb: scheduled, ahead
    (
        "East Timor, which is to vote Aug. 8 on independence, has seen violence.",
        "1999-05-22",
        "Aug. 8",
        "1999-08-08",
        "1999-08-08",
        False,
    ),
    # a verb whose past is its present, with the day it happened
    (
        "The quake hit on Tuesday.",
        "1999-08-21",
        "Tuesday",
        "1999-08-17",
        "1999-08-17",
        False,
    ),
    # "as planned" is no past tense
    (
        "NASA said preparations were on schedule and that the shuttle would lift off as"
        " planned on Oct. 29.",
        "1998-10-16",
        "Oct. 29",
        "1998-10-29",
        "1998-10-29",
        False,
    ),
    # a hope in the past looks ahead for what it hopes
    (
        "Fox said he hoped to visit Washington before Christmas.",
        "2000-07-03",
        "Christmas",
        "2000-12-25",
        "2000-12-25",
        False,
    ),
]


def test_a_quarter_that_ended_on_a_day_is_the_months_up_to_it() -> None:
    text = "Net in the fiscal fourth quarter ended Sept. 30 rose from $5 million a year earlier."
    quarter, day, earlier = find_dates(text, d("1989-11-02"))
    assert (quarter.text, quarter.interval, quarter.ambiguous) == (
        "fourth quarter",
        (d("1989-07-01"), d("1989-09-30")),
        False,
    )
    assert quarter.note is None  # the company's own calendar, not the calendar's
    assert day.interval == (d("1989-09-30"), d("1989-09-30"))
    assert earlier.interval == (d("1988-07-01"), d("1988-09-30"))
    half = one("In the first half ended June 30, sales rose.", d("1989-11-02"), "first half")
    assert half.interval == (d("1989-01-01"), d("1989-06-30"))
    q1 = one(
        "Orders in the first quarter, which ends Dec. 31, are strong.",
        d("1989-10-25"),
        "first quarter",
    )
    assert (q1.interval, q1.ambiguous) == ((d("1989-10-01"), d("1989-12-31")), False)


@pytest.mark.parametrize(
    ("text", "expr", "first", "last"),
    [
        (
            "Profit rose 8% in the nine months ended Sept. 30.",
            "the nine months ended Sept. 30",
            "1989-01-01",
            "1989-09-30",
        ),
        (
            "It earned $84 million in the fiscal year ended June 30, 1987.",
            "the fiscal year ended June 30, 1987",
            "1986-07-01",
            "1987-06-30",
        ),
        (
            "Net fell in the quarter ended Sept. 30.",
            "the quarter ended Sept. 30",
            "1989-07-01",
            "1989-09-30",
        ),
    ],
)
def test_months_that_ended_on_a_day_are_one_period(
    text: str, expr: str, first: str, last: str
) -> None:
    slot = one(text, d("1989-11-02"), expr)
    assert slot.interval == (d(first), d(last))


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    slot = one("He will fly to Houston to vote on Election Day.", d("1992-11-02"))
    assert slot.interval == (d("1992-11-03"), d("1992-11-03"))
    slot = one("Voters will go to the polls on Election Day.", d("2016-10-27"))
    assert slot.interval == (d("2016-11-08"), d("2016-11-08"))


def test_a_limit_days_ahead_stands_first_against_a_past_verb() -> None:
    text = "Lawmakers approved a bill to keep the government running through Oct. 5."
    slot = one(text, d("1990-10-01"), "Oct. 5")
    assert slot.interval == (d("1990-10-05"), d("1990-10-05"))
    assert slot.ambiguous and slot.readings[1] == (d("1989-10-05"), d("1989-10-05"))


@pytest.mark.parametrize(
    ("text", "expr", "first", "last"),
    [
        ("Sales fell in May of 1988.", "May of 1988", "1988-05-01", "1988-05-31"),
        ("Sales fell in May of last year.", "May of last year", "1988-05-01", "1988-05-31"),
        (
            "Cars built between March and May of 1988.",
            "March and May of 1988",
            "1988-03-01",
            "1988-05-31",
        ),
        (
            "It rained in the spring of next year.",
            "spring of next year",
            "1990-03-01",
            "1990-05-31",
        ),
        # Dates listed before one that names its year are in that year.
        ("He visited in March, April and May of last year.", "March", "1988-03-01", "1988-03-31"),
        ("He visited in March, April and May of last year.", "April", "1988-04-01", "1988-04-30"),
        ("Prices rose on Nov. 3, Nov. 9 and Dec. 5, 1988.", "Nov. 3", "1988-11-03", "1988-11-03"),
        ("Prices fell in December and January 1989.", "December", "1988-12-01", "1988-12-31"),
        # Else each in the year of the one before it.
        ("He was in Paris in February and March.", "March", "1989-03-01", "1989-03-31"),
        ("The talks moved to April and May.", "May", "1990-05-01", "1990-05-31"),
    ],
)
def test_a_year_after_of_or_at_the_end_of_a_list(
    text: str, expr: str, first: str, last: str
) -> None:
    slot = one(text, d("1989-11-02"), expr)
    assert (slot.interval, slot.ambiguous) == ((d(first), d(last)), False)


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last", "ambiguous"), DIRECTION)
def test_direction_comes_from_the_sentence(
    text: str, pub: str, expr: str, first: str, last: str, ambiguous: bool
) -> None:
    slot = one(text, d(pub), expr)
    assert slot.interval == (d(first), d(last))
    assert slot.ambiguous is ambiguous


def test_an_undecided_date_keeps_both_readings_and_prefers_the_nearest() -> None:
    # (no verb that says when: "the festival opens on 2 April" is a timetable, ahead)
    slot = one("The festival on 2 April at the old harbour is free.", d("2005-03-15"))
    assert slot.ambiguous
    assert slot.interval == (d("2005-04-02"), d("2005-04-02"))
    assert set(slot.readings) == {slot.interval, (d("2004-04-02"), d("2004-04-02"))}


def test_an_undecided_quarter_prefers_the_last_one_reported() -> None:
    slot = one(
        "Growth in the third quarter is still too weak for the central bank.", d("2005-03-15")
    )
    assert slot.interval == (d("2004-07-01"), d("2004-09-30"))
    assert slot.readings == (slot.interval, (d("2005-07-01"), d("2005-09-30")))


def test_results_due_weeks_after_a_quarter_are_that_quarters() -> None:
    text = "The bank will report third-quarter results on Tuesday."
    slot = one(text, d("1999-10-20"), "third-quarter")
    assert slot.interval == (d("1999-07-01"), d("1999-09-30")) and slot.ambiguous
    slot = one("The merger will close in the second quarter.", d("1999-10-20"))
    assert slot.interval == (d("2000-04-01"), d("2000-06-30")) and not slot.ambiguous


def test_the_sunday_times_with_a_possessive_is_a_newspaper() -> None:
    assert find_dates("She tops the Sunday Times' list of the richest.", d("2005-03-15")) == []


# ---------------------------------------------------------------- offsets

OFFSETS = [
    # (sentence, publication date, expression, first day, last day, granularity)
    (
        "The new bridge will open in 10 days.",
        "2019-03-05",
        "10 days",
        "2019-03-15",
        "2019-03-15",
        "day",
    ),
    (
        "Voters will decide in three weeks' time.",
        "2019-03-05",
        "three weeks' time",
        "2019-03-25",
        "2019-03-31",
        "week",
    ),
    (
        "The plant is expected to close in two years.",
        "2019-03-05",
        "two years",
        "2021-01-01",
        "2021-12-31",
        "year",
    ),
    (
        "The report lands four days from now.",
        "2019-03-05",
        "four days from now",
        "2019-03-09",
        "2019-03-09",
        "day",
    ),
    (
        "Talks resume the day after tomorrow.",
        "2019-03-05",
        "day after tomorrow",
        "2019-03-07",
        "2019-03-07",
        "day",
    ),
    (
        "The ferry sank the day before yesterday.",
        "2019-03-05",
        "day before yesterday",
        "2019-03-03",
        "2019-03-03",
        "day",
    ),
    (
        "Turnover rose to $9m in the second quarter from $7m a year earlier.",
        "2019-10-01",
        "a year earlier",
        "2018-04-01",
        "2018-06-30",
        "quarter",
    ),
    (
        "Lending fell in November from a month earlier.",
        "2019-12-20",
        "a month earlier",
        "2019-10-01",
        "2019-10-31",
        "month",
    ),
    (
        "Margins beat the year-earlier quarter after the plant reopened in June 2019.",
        "2019-10-01",
        "year-earlier quarter",
        "2018-07-01",
        "2018-09-30",
        "quarter",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last", "gran"), OFFSETS)
def test_offsets(
    text: str, pub: str, expr: str, first: str | None, last: str | None, gran: str
) -> None:
    slot = one(text, d(pub), expr)
    assert slot.interval == ((d(first), d(last)) if first and last else None)
    assert slot.granularity == gran


@pytest.mark.parametrize(
    "text",
    [
        "Shares hit their highest level in five years.",
        "It was the first win in ten years for the club.",
        "Output doubled in two years.",
    ],
)
def test_in_n_years_is_a_span_unless_the_sentence_looks_ahead(text: str) -> None:
    assert [s.text for s in find_dates(text, d("2019-03-05"))] == []


# ---------------------------------------------------------------- ranges

RANGES = [
    (
        "The fair will run July 13-15.",
        "2019-03-05",
        "July 13-15",
        "2019-07-13",
        "2019-07-15",
        "day",
    ),
    (
        "It is to be held from 13 to 15 July 2018.",
        "2019-03-05",
        "13 to 15 July 2018",
        "2018-07-13",
        "2018-07-15",
        "day",
    ),
    (
        "The cup final was played on 27-28 November.",
        "2019-03-05",
        "27-28 November",
        "2018-11-27",
        "2018-11-28",
        "day",
    ),
    (
        "Exports shrank between March and May.",
        "2019-10-05",
        "March and May",
        "2019-03-01",
        "2019-05-31",
        "month",
    ),
    (
        "Output grew in the July-September period.",
        "2019-10-05",
        "July-September",
        "2019-07-01",
        "2019-09-30",
        "month",
    ),
    (
        "Visits will run Aug 8 - Aug 12.",
        "2019-03-05",
        "Aug 8 - Aug 12",
        "2019-08-08",
        "2019-08-12",
        "day",
    ),
    (
        "The sale will run from Dec 28 to Jan 3.",
        "2019-12-01",
        "Dec 28 to Jan 3",
        "2019-12-28",
        "2020-01-03",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last", "gran"), RANGES)
def test_ranges(text: str, pub: str, expr: str, first: str, last: str, gran: str) -> None:
    slot = one(text, d(pub), expr)
    assert slot.interval == (d(first), d(last))
    assert slot.granularity == gran


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in May and June.", ["May", "June"]),
        ("On July 4 - 10 people died.", ["July 4"]),
    ],
)
def test_not_ranges(text: str, expected: list[str]) -> None:
    assert [s.text for s in find_dates(text, d("2019-10-05"))] == expected


# ---------------------------------------------------------------- numeric dates


@pytest.mark.parametrize(
    ("text", "expr", "readings"),
    [
        ("The accord was signed on 15/2/2019.", "15/2/2019", [("2019-02-15", "2019-02-15")]),
        ("The accord was signed on 2/15/2019.", "2/15/2019", [("2019-02-15", "2019-02-15")]),
        (
            "The accord was signed on 3/4/2019.",
            "3/4/2019",
            [("2019-03-04", "2019-03-04"), ("2019-04-03", "2019-04-03")],
        ),
        ("The ledger is dated 10/31/74.", "10/31/74", [("1974-10-31", "1974-10-31")]),
        ("The filing came on 2018-11-05.", "2018-11-05", [("2018-11-05", "2018-11-05")]),
        ("The hearing will resume on 2/15.", "2/15", [("2019-02-15", "2019-02-15")]),
        # year first with dots or slashes (East Asian, some European styles)
        ("The meeting was held on 2018.04.05 in Seoul.", "2018.04.05", [("2018-04-05",) * 2]),
        ("It was filed on 2018/4/5.", "2018/4/5", [("2018-04-05",) * 2]),
        # day first with dots; month first kept when it may be
        ("The deal was signed on 25.04.2018.", "25.04.2018", [("2018-04-25",) * 2]),
        ("The release was 05.04.2018.", "05.04.2018", [("2018-04-05",) * 2, ("2018-05-04",) * 2]),
        ("It was released 04.25.2018 in the US.", "04.25.2018", [("2018-04-25",) * 2]),
    ],
)
def test_numeric_dates(text: str, expr: str, readings: list[tuple[str, str]]) -> None:
    slot = one(text, d("2019-01-20"), expr)
    expected = tuple((d(a), d(b)) for a, b in readings)
    assert slot.interval == expected[0]
    assert slot.ambiguous is (len(expected) > 1)
    if slot.ambiguous:
        assert slot.readings == expected


@pytest.mark.parametrize(
    "text",
    [
        "Travel has changed since 9/11.",
        "A 3/4 majority is needed to pass it.",
        "She won the first set 6/4.",
        "The pharmacy is open 24/7.",
        "The survey found that 2/3 of voters agreed.",
        "He was born on 31/31/1990.",
        "He has moved from 4/1 to 5/2 favourite for the role.",
        "Install version 2.4.1 now.",
        "Pip 2018.4.5 is out.",
        "The index rose to 2018.04 points.",
        "The host is 10.2.2018.1 on the network.",
    ],
)
def test_fractions_scores_and_names_are_not_dates(text: str) -> None:
    assert find_dates(text, d("2019-01-20")) == []


# ---------------------------------------------------------------- lower-case names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("markets rally on march 3 after the vote", ["march 3"]),
        ("talks to resume in june, sources say", ["june"]),
        ("the strike will end on monday", ["monday"]),
        ("the deal was signed 14 february 2019", ["14 february 2019"]),
        ("prices may 5 times higher", []),
        ("fans march 3 miles to the ground", []),
        ("it may rain in may", []),
        ("only 5 may apply", []),
        ("the march ended peacefully", []),
        ("junior doctors walk out", []),
    ],
)
def test_lower_case_months_and_weekdays(text: str, expected: list[str]) -> None:
    assert [s.text for s in find_dates(text, d("2019-02-20"))] == expected


# ---------------------------------------------------------------- weekdays, periods, quarters

PERIODS = [
    # (sentence, publication date (a Tuesday), expression, first, last, ambiguous)
    (
        "The two sides will meet next Wednesday.",
        "2013-02-12",
        "next Wednesday",
        "2013-02-20",
        "2013-02-20",
        True,
    ),
    (
        "The two sides will meet next Monday.",
        "2013-02-12",
        "next Monday",
        "2013-02-18",
        "2013-02-18",
        False,
    ),
    (
        "The panel will sit this Monday.",
        "2013-02-12",
        "this Monday",
        "2013-02-18",
        "2013-02-18",
        False,
    ),
    ("The panel sat this Monday.", "2013-02-12", "this Monday", "2013-02-11", "2013-02-11", False),
    (
        "The final will be played on Sunday, Feb 10.",
        "2013-02-12",
        "Sunday, Feb 10",
        "2013-02-10",
        "2013-02-10",
        False,
    ),
    (
        "Two ferries sank this past weekend.",
        "2013-02-12",
        "this past weekend",
        "2013-02-09",
        "2013-02-10",
        False,
    ),
    (
        "Turnout fell in 2010 after rising the previous year.",
        "2013-02-12",
        "previous year",
        "2009-01-01",
        "2009-12-31",
        False,
    ),
    (
        "The fleet sailed a fortnight ago.",
        "2013-02-12",
        "a fortnight ago",
        "2013-01-28",
        "2013-02-03",
        False,
    ),
    (
        "Margins will widen in the 4th quarter 2014.",
        "2013-02-12",
        "4th quarter 2014",
        "2014-10-01",
        "2014-12-31",
        False,
    ),
    (
        "Margins narrowed in the third qtr.",
        "2013-02-12",
        "third qtr",
        "2012-07-01",
        "2012-09-30",
        False,
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last", "ambiguous"), PERIODS)
def test_weekdays_periods_quarters(
    text: str, pub: str, expr: str, first: str, last: str, ambiguous: bool
) -> None:
    slot = one(text, d(pub), expr)
    assert slot.interval == (d(first), d(last))
    assert slot.ambiguous is ambiguous


# ---------------------------------------------------------------- holidays

HOLIDAYS = [
    (
        "Shops will open late on Thanksgiving.",
        "2019-10-01",
        "Thanksgiving",
        "2019-11-28",
        "2019-11-28",
    ),
    (
        "Queues formed early on Black Friday 2018.",
        "2019-10-01",
        "Black Friday 2018",
        "2018-11-23",
        "2018-11-23",
    ),
    (
        "Parades are planned for Memorial Day.",
        "2019-04-01",
        "Memorial Day",
        "2019-05-27",
        "2019-05-27",
    ),
    (
        "Fasting during Ramadan 2018 was hard in the heat.",
        "2019-10-01",
        "Ramadan 2018",
        "2018-05-16",
        "2018-06-14",
    ),
    (
        "The strike ended before Easter 2020.",
        "2021-01-05",
        "Easter 2020",
        "2020-04-12",
        "2020-04-12",
    ),
    (
        "The service drew crowds on Orthodox Easter 2019.",
        "2019-10-01",
        "Orthodox Easter 2019",
        "2019-04-28",
        "2019-04-28",
    ),
    (
        "Churches were full on Ash Wednesday 2019.",
        "2019-10-01",
        "Ash Wednesday 2019",
        "2019-03-06",
        "2019-03-06",
    ),
    (
        "Pubs were busy on St Patrick's Day.",
        "2019-10-01",
        "St Patrick's Day",
        "2019-03-17",
        "2019-03-17",
    ),
    # the days of a holiday: its recess, its weekend, through it
    (
        "The trial should be over before the Easter recess.",
        "1998-12-21",
        "Easter",
        "1999-04-04",
        "1999-04-04",
    ),
    (
        "No failures turned up over the Christmas weekend.",
        "1999-12-30",
        "Christmas",
        "1999-12-25",
        "1999-12-25",
    ),
    (
        "He plans to remain in Washington through Christmas.",
        "1998-12-21",
        "Christmas",
        "1998-12-25",
        "1998-12-25",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last"), HOLIDAYS)
def test_holidays_are_computed(text: str, pub: str, expr: str, first: str, last: str) -> None:
    slot = one(text, d(pub), expr)
    assert slot.interval == (d(first), d(last))


def test_the_day_before_or_the_next_day_hangs_on_the_sentences_date() -> None:
    text = "An aftershock rattled Izmit on Thursday, and a smaller one struck the day before."
    assert one(text, d("1999-08-21"), "day before").interval == (d("1999-08-18"), d("1999-08-18"))
    text = "The quake hit on Tuesday and rescuers arrived the next day."
    assert one(text, d("1999-08-21"), "next day").interval == (d("1999-08-18"), d("1999-08-18"))
    alone = one("Rescuers arrived the next day.", d("1999-08-21"))
    assert alone.interval is None and alone.note is not None
    assert find_dates("The day after the election, he resigned.", d("1999-08-21")) == []


def test_the_weekend_through_which_something_lasts() -> None:
    slot = one("He plans to stay through the weekend.", d("2000-01-05"))
    assert slot.interval == (d("2000-01-08"), d("2000-01-09"))


def test_the_previous_period_without_a_date_in_view_is_the_writers() -> None:
    slot = one("Growth slowed from the previous quarter.", d("2019-10-01"))
    assert slot.interval == (d("2019-07-01"), d("2019-09-30"))
    slot = one("He was freed the following day.", d("2019-10-01"))
    assert slot.interval is None and slot.note is not None


def test_an_islamic_feast_says_it_is_computed_not_observed() -> None:
    slot = one("Families gathered for Eid al-Fitr 2018.", d("2019-10-01"))
    assert slot.interval == (d("2018-06-15"), d("2018-06-15"))
    assert slot.note is not None and "Islamic" in slot.note


@pytest.mark.parametrize(
    "text",
    [
        "They lent him the money.",
        "He quoted Martin Luther King.",
        "Lent is a verb here.",
        "Sales of Christmas trees rose.",
        "Cyberspace is a popular destination for Christmas shoppers.",
    ],
)
def test_holiday_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text, d("2019-10-01")) == []


def test_a_year_earlier_hangs_on_the_date_the_text_before_is_about() -> None:
    about = ((d("2004-07-01"), d("2004-09-30")), "quarter")
    slot = one("A year earlier, the firm lost money.", d("2005-03-01"))
    assert slot.interval is None
    [slot] = find_dates("A year earlier, the firm lost money.", d("2005-03-01"), about=about)
    assert slot.interval == (d("2003-07-01"), d("2003-09-30"))


@pytest.mark.parametrize(
    "text, interval",
    [
        ("The Bank of Thailand floated the baht on July 2 last year.", ("1997-07-02",) * 2),
        ("The plant opened on 5 May last year.", ("1997-05-05",) * 2),
        ("The vote is on March 3 next year.", ("1999-03-03",) * 2),
    ],
)
def test_a_day_in_the_year_before_or_after(text: str, interval: tuple[str, str]) -> None:
    slot = one(text, d("1998-07-03"))
    assert slot.interval == (d(interval[0]), d(interval[1]))


def test_the_day_after_a_named_day_is_from_that_day() -> None:
    text = "Shoppers crowded malls today, the day after Thanksgiving, as stores opened."
    assert one(text, d("1997-11-28"), "day after").interval == (d("1997-11-28"),) * 2
    # after a person's name: no date slot at all
    text = "The e-mail was revealed the day after Peter Mandelson warned the BBC."
    assert find_dates(text, d("2005-03-15")) == []


def test_a_year_earlier_than_two_months_named_together_is_both() -> None:
    text = "Sales in November and December will rise 4.5 percent from a year earlier."
    slot = one(text, d("1997-11-28"), "a year earlier")
    assert slot.interval == (d("1996-11-01"), d("1996-12-31"))


def test_the_pipeline_passes_the_previous_sentences_date_within_a_paragraph() -> None:
    from claimcheck import extract

    text = (
        "Net profit rose 12% to $40m in 2004, the airline said on Monday.\n\n"
        "Profit fell sharply in the third quarter of 2004. A year earlier, it had risen 8%.\n\n"
        "A year earlier, the carrier had cut 300 jobs."
    )
    found = {
        (s.text, s.interval)
        for c in extract(text, published=d("2005-03-01")).claims
        for s in c.dates
        if s.text == "A year earlier"
    }
    assert found == {
        ("A year earlier", (d("2003-07-01"), d("2003-09-30"))),
        ("A year earlier", None),
    }


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("shops shut early on christmas eve", "christmas eve"),
        ("sales slumped after thanksgiving", "thanksgiving"),
        ("queues outside stores on black friday", "black friday"),
    ],
)
def test_lower_case_holidays(text: str, expr: str) -> None:
    assert [s.text for s in find_dates(text, d("2019-10-01"))] == [expr]


def test_every_holiday_name_has_a_day_in_any_year() -> None:
    from claimcheck.extraction.dates.holidays import KNOWN, canonical, holiday_iv

    for name in KNOWN:
        for year in (1950, 1999, 2024, 2050):
            first, last = holiday_iv(canonical(name), year)
            assert first.year == year and first <= last


@pytest.mark.parametrize(
    "written", ["New Years Eve", "new year's day", "Valentines Day", "Presidents Day", "MLK Day"]
)
def test_holiday_spellings_without_apostrophes(written: str) -> None:
    assert find_dates(f"It happened on {written} 2018.", d("2019-10-01"))[0].interval is not None


def test_in_before_an_ago_leaves_the_ago_whole() -> None:
    assert [s.text for s in find_dates("She came in a couple of weeks ago.", d("2019-10-01"))] == [
        "a couple of weeks ago"
    ]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Talks resume in the first week of October 2014.", "2014-10-06", "2014-10-12"),
        ("Sales slowed in the last week of September 2014.", "2014-09-22", "2014-09-28"),
        ("The lease ran out on the last day of October 2015.", "2015-10-31", "2015-10-31"),
        ("Polls close on the first Tuesday in November 2016.", "2016-11-01", "2016-11-01"),
        ("The race is run on the last Sunday of May 2015.", "2015-05-31", "2015-05-31"),
    ],
)
def test_weeks_and_days_of_a_month(text: str, first: str, last: str) -> None:
    assert find_dates(text, d("2019-10-01"))[0].interval == (d(first), d(last))


def test_a_year_before_a_quarter_names_its_year() -> None:
    slot = one("Earnings in the 1988 fourth quarter rose.", d("1989-10-26"))
    assert slot.interval == (d("1988-10-01"), d("1988-12-31"))


_TENSE_BITS = st.sampled_from(
    "was were wasn't said Said had held ago agoing last lasted need used fled died is are "
    "playing being would wouldn't could have not deadline been already rose x a 1 ' ed".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TENSE_BITS, max_size=8).map(" ".join))
def test_the_cheap_tests_before_the_tense_patterns_never_skip_a_match(text: str) -> None:
    """tense._markers skips PAST and _MORE when their quick word tests fail; a match of
    either must always pass its test."""
    from claimcheck.extraction.dates import tense

    tokens = tense._LOWER_TOKEN.findall(text)
    if tense.PAST.search(text):
        assert "ed" in text or not tense._PAST_WORDS.isdisjoint(tokens)
    if tense._MORE.search(text):
        assert not tense._MORE_WORDS.isdisjoint(tokens) or (
            "ing" in text and ("is" in tokens or "are" in tokens)
        )


def test_within_is_not_in() -> None:
    assert find_dates("Inflation would reach 2% within two years.", d("2005-03-15")) == []


@pytest.mark.parametrize(
    ("text", "expr", "preferred", "other"),
    [
        ("In 1998, the envoy was arrested in March.", "March", "1998-03", "2005-03"),
        ("The deal, signed on 5 May 2001, took effect on 7 June.", "7 June", "2004-06", "2001-06"),
        (
            "On 5 May 2001, the deal was signed; it took effect on 7 June.",
            "7 June",
            "2001-06",
            "2004-06",
        ),
        ("Exports fell in 2004 and again in January.", "January", "2005-01", "2004-01"),
    ],
)
def test_a_yearless_date_after_a_named_year(
    text: str, expr: str, preferred: str, other: str
) -> None:
    slot = one(text, d("2005-03-15"), expr)
    assert slot.ambiguous
    assert slot.interval is not None and slot.interval[0].isoformat().startswith(preferred)
    assert any(iv[0].isoformat().startswith(other) for iv in slot.readings)


def test_a_date_ahead_does_not_take_a_year_named_before() -> None:
    text = "Sales in 2004 rose 5%, and the firm expects growth in March."
    assert one(text, d("2005-03-15"), "March").interval == (d("2005-03-01"), d("2005-03-31"))


@pytest.mark.parametrize(
    ("text", "pub", "first", "last", "ambiguous"),
    [
        ("Net income fell 10% in the quarter.", "1999-10-20", "1999-07-01", "1999-09-30", False),
        ("Turnover rose 3% for the year.", "1999-10-20", "1999-01-01", "1999-12-31", False),
        ("Turnover rose 3% for the year.", "2000-01-12", "1999-01-01", "1999-12-31", True),
        ("The firm expects a loss for the year.", "1999-10-20", "1999-01-01", "1999-12-31", False),
        (
            "Output grew 4% in the third quarter of 1998 and 3% for the year.",
            "1999-10-20",
            "1998-01-01",
            "1998-12-31",
            False,
        ),
    ],
)
def test_the_period_being_reported(
    text: str, pub: str, first: str, last: str, ambiguous: bool
) -> None:
    [slot] = [s for s in find_dates(text, d(pub)) if s.text in ("quarter", "year")]
    assert slot.interval == (d(first), d(last))
    assert slot.ambiguous is ambiguous


@pytest.mark.parametrize(
    "text",
    [
        "She was named player of the year.",
        "The plan for the year ahead is ambitious.",
        "Profit in the year to March rose.",
        "He was jailed for the year 1998 alone.",
    ],
)
def test_the_year_that_is_not_the_reported_one(text: str) -> None:
    assert all(s.text != "year" for s in find_dates(text, d("1999-10-20")))


def test_earlier_and_later_in_the_year() -> None:
    slot = one("Rates could rise later in the year.", d("2005-03-15"))
    assert (slot.text, slot.interval) == ("later in the year", (d("2005-01-01"), d("2005-12-31")))
    assert slot.part == "later"
    slot = one("Sales slowed after a strong start earlier in the month.", d("2005-03-15"))
    assert (slot.interval, slot.part) == ((d("2005-03-01"), d("2005-03-31")), "earlier")


def test_the_year_earlier_quarter_without_a_date_in_view() -> None:
    slot = one("In the year-earlier quarter, the bank earned $3m.", d("1999-10-20"))
    assert slot.interval == (d("1998-07-01"), d("1998-09-30"))


def test_the_day_something_was_said_is_no_anchor() -> None:
    text = "Profit rose in the third quarter, the bank said on Monday, from $3m a year earlier."
    slot = one(text, d("1999-10-20"), "a year earlier")
    assert slot.interval == (d("1998-07-01"), d("1998-09-30"))
    slot = one("He was held on Monday and freed two days later.", d("1999-10-20"), "two days later")
    assert slot.interval == (d("1999-10-20"), d("1999-10-20"))


def test_the_sentence_before_lends_its_period_not_its_day() -> None:
    from claimcheck import extract

    text = "Profit rose in the third quarter, the bank said on Monday. A year earlier it fell 8%."
    found = [
        s.interval
        for c in extract(text, published=d("1999-10-20")).claims
        for s in c.dates
        if s.text == "A year earlier"
    ]
    assert found == [(d("1998-07-01"), d("1998-09-30"))]


def test_a_pledge_looks_ahead_for_what_it_promises_and_back_for_when_it_was_made() -> None:
    published = d("2005-03-15")
    made = one("In December, the EU pledged to work towards lifting the ban.", published)
    assert made.interval == (d("2004-12-01"), d("2004-12-31"))
    promised = one("The EU pledged to lift the ban in December.", published)
    assert promised.interval == (d("2005-12-01"), d("2005-12-31"))


def test_an_expectation_looks_ahead_when_negated_or_told_in_the_past() -> None:
    ahead = one("Results are not expected until early Wednesday.", d("2000-03-06"))
    assert ahead.interval == (d("2000-03-08"),) * 2
    ahead = one(
        "The storm weakened but was expected to dump rain through the weekend.", d("1998-10-30")
    )
    assert ahead.interval == (d("1998-10-31"), d("1998-11-01"))
    # a past event stays past
    assert (
        one("Exports were expected and fell on Monday.", d("1998-10-30")).interval
        == (d("1998-10-26"),) * 2
    )


def test_would_have_to_looks_ahead() -> None:
    published = d("2005-03-15")
    ahead = one("He warned that the changes would have to go ahead in April.", published)
    assert (ahead.interval, ahead.ambiguous) == ((d("2005-04-01"), d("2005-04-30")), False)


def test_a_reading_a_year_off_with_the_other_days_away_is_ambiguous() -> None:
    published = d("2005-03-15")
    # The tense says a year ago; the calendar says next week: both, the coming one first
    # when the past verb looks ahead to it (a plan, a limit, a purpose).
    slot = one("Unions have already earmarked 23 March for a one-day strike.", published)
    assert slot.ambiguous
    assert slot.readings == ((d("2005-03-23"),) * 2, (d("2004-03-23"),) * 2)
    slot = one("Sales fell, with 27 shopping days left before Christmas.", d("1997-11-28"))
    assert slot.interval == (d("1997-12-25"),) * 2 and slot.ambiguous
    slot = one("The judge set Jan. 20 for the sentencing.", d("1999-12-20"))
    assert slot.interval == (d("2000-01-20"),) * 2
    slot = one("The government closed schools until Nov. 9.", d("1998-10-30"))
    assert slot.interval == (d("1998-11-09"),) * 2
    slot = one("The army declared a cease-fire to mark Orthodox Easter.", d("1999-04-06"))
    assert slot.interval == (d("1999-04-11"),) * 2
    # a past event's own time stays in the past
    slot = one("The Fed last changed rates in March.", d("1998-01-30"))
    assert slot.interval == (d("1997-03-01"), d("1997-03-31"))
    slot = one("She was forced to resign in April.", d("2005-03-15"))
    assert slot.interval == (d("2004-04-01"), d("2004-04-30"))
    # A date the tense puts a month or more away either way stays as it is.
    assert not one("The strike began on 10 March.", published).ambiguous
    assert not one("Exports fell in December.", published).ambiguous
    assert not one("He will visit on 20 April.", published).ambiguous


def test_one_day_or_the_next_is_both_days() -> None:
    published = d("2005-03-15")
    slot = one("A second reading could follow on 16 or 17 March.", published)
    assert (slot.text, slot.interval) == ("16 or 17 March", (d("2005-03-16"), d("2005-03-17")))
    slot = one("The vote is on March 16 or 17.", published)
    assert slot.interval == (d("2005-03-16"), d("2005-03-17"))


# ---------------------------------------------------------------- "fall": a season or a decline

FALL_SEASONS = [
    # (sentence, publication date, expression, first day, last day)
    ("Classes resume in the fall.", "2019-11-20", "fall", "2019-09-01", "2019-11-30"),
    ("We will launch it this fall.", "2019-03-20", "this fall", "2019-09-01", "2019-11-30"),
    ("Sales rose last fall.", "2019-11-20", "last fall", "2018-09-01", "2018-11-30"),
    ("Enrolment for fall 2019 rose.", "2020-03-01", "fall 2019", "2019-09-01", "2019-11-30"),
    ("He moved in the fall of 2019.", "2021-03-01", "fall of 2019", "2019-09-01", "2019-11-30"),
    ("The fall semester starts soon.", "2019-08-20", "fall", "2019-09-01", "2019-11-30"),
    ("Last fall in New York, he met her.", "2019-11-20", "Last fall", "2018-09-01", "2018-11-30"),
    ("He toured this fall in Paris.", "2019-12-20", "this fall", "2019-09-01", "2019-11-30"),
    ("The deal should close by the fall.", "2019-03-20", "fall", "2019-09-01", "2019-11-30"),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last"), FALL_SEASONS)
def test_fall_is_the_season_where_the_words_make_it_one(
    text: str, pub: str, expr: str, first: str, last: str
) -> None:
    slot = one(text, d(pub), expr)
    assert (slot.interval, slot.granularity) == ((d(first), d(last)), "season")


@pytest.mark.parametrize(
    "text",
    [
        "She blamed modern lifestyles for the fall in ballet attendance.",
        "Weaker exports were blamed for the fall in confidence.",
        "Weaker exports were blamed for the fall.",
        "Conditions worsened just because of the fall.",
        "Europe changed after the fall of the Berlin Wall.",
        "Since the fall of the Berlin Wall, the city has grown.",
        "The fall of Saigon ended the war.",
        "While it predicts this fall from the current level, it is wary.",
        "This fall in house prices is worrying.",
        "The last fall in rates came as a surprise.",
        "Shares recovered from the fall.",
        "The fall in the pound hit importers.",
    ],
)
def test_fall_the_decline_is_no_season(text: str) -> None:
    assert [s for s in find_dates(text, d("2019-11-20")) if "fall" in s.text.lower()] == []


# ---------------------------------------------------------------- spans of two years

TWO_YEARS = [
    # (sentence, publication date, expression, first day, last day, part)
    (
        "He signed until the end of the 2022/23 season.",
        "2022-08-01",
        "end of the 2022/23",
        "2022-01-01",
        "2023-12-31",
        "end",
    ),
    (
        "He quit at the end of the 2003-04 season.",
        "2005-03-15",
        "end of the 2003-04",
        "2003-01-01",
        "2004-12-31",
        "end",
    ),
    (
        "The stadium opens for the start of the 2006/07 season.",
        "2005-03-15",
        "start of the 2006/07",
        "2006-01-01",
        "2007-12-31",
        "start",
    ),
    ("In the 2022/23 season he scored.", "2023-08-01", "2022/23", "2022-01-01", "2023-12-31", None),
    ("The 2004/05 tax year ended.", "2005-05-01", "2004/05", "2004-01-01", "2005-12-31", None),
    (
        "Debt fell by the end of 2019.",
        "2020-05-01",
        "end of 2019",
        "2019-01-01",
        "2019-12-31",
        "end",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last", "part"), TWO_YEARS)
def test_a_slash_or_hyphen_season_spans_both_years(
    text: str, pub: str, expr: str, first: str, last: str, part: str | None
) -> None:
    slot = one(text, d(pub), expr)
    assert (slot.interval, slot.granularity, slot.part) == ((d(first), d(last)), "year", part)


def test_a_code_after_the_end_of_a_year_is_no_span() -> None:
    # "2019-2015" runs backwards: no span, and no end of 2019 either
    assert find_dates("The end of 2019-2015 came.", d("2020-01-01")) == []


# ---------------------------------------------------------------- the start or end of a period

EDGES = [
    # (sentence, publication date, expression, first day, last day, granularity)
    (
        "Sales fell in the last 6 months of 2017.",
        "2018-02-15",
        "last 6 months of 2017",
        "2017-07-01",
        "2017-12-31",
        "month",
    ),
    (
        "GDP fell 0.1% in the last three months of 2004.",
        "2005-03-15",
        "last three months of 2004",
        "2004-10-01",
        "2004-12-31",
        "month",
    ),
    (
        "The first seven weeks of this year had produced promising signs.",
        "2005-03-15",
        "first seven weeks of this year",
        "2005-01-01",
        "2005-02-18",
        "day",
    ),
    (
        "For the first nine days of 1985 Vodafone was alone.",
        "2005-03-15",
        "first nine days of 1985",
        "1985-01-01",
        "1985-01-09",
        "day",
    ),
    (
        "It was hot in the last three days of May 2018.",
        "2019-11-20",
        "last three days of May 2018",
        "2018-05-29",
        "2018-05-31",
        "day",
    ),
    (
        "Sales fell in the first two weeks of March.",
        "2019-11-20",
        "first two weeks of March",
        "2019-03-01",
        "2019-03-14",
        "day",
    ),
    (
        "Growth slowed in the final three months of last year.",
        "2005-03-15",
        "final three months of last year",
        "2004-10-01",
        "2004-12-31",
        "month",
    ),
    (
        "The economy grew 1.7% in 2004 but slowed in the last three months of the year.",
        "2005-03-15",
        "last three months of the year",
        "2004-10-01",
        "2004-12-31",
        "month",
    ),
    (
        "Shops will close for the last two weeks of the year.",
        "2005-03-15",
        "last two weeks of the year",
        "2005-12-18",
        "2005-12-31",
        "day",
    ),
]


@pytest.mark.parametrize(("text", "pub", "expr", "first", "last", "gran"), EDGES)
def test_the_first_or_last_units_of_a_year_or_month_are_anchored_to_it(
    text: str, pub: str, expr: str, first: str, last: str, gran: str
) -> None:
    slot = one(text, d(pub), expr)
    assert (slot.interval, slot.granularity, slot.ambiguous) == ((d(first), d(last)), gran, False)
    # one slot: the year or month is part of the expression, not a date of its own
    inside = [s for s in find_dates(text, d(pub)) if slot.start < s.start < slot.end]
    assert inside == []


def test_a_window_up_to_the_article_stays_one() -> None:
    slot = one("Sales rose over the last six months.", d("2019-11-20"))
    assert slot.interval == (d("2019-05-20"), d("2019-11-20"))


# ---------------------------------------------------------------- a run of time after an event told

AFTER_AN_EVENT = [
    # (sentence, expression): told of the past, the run hangs on an event in the story
    ("The next two months were tough.", "next two months"),
    ("He was arrested in 1998. The next two months were tough.", "next two months"),
    ("He spent the next seven years in New York, where he worked at MTV.", "next seven years"),
    ("He spent the next year in prison.", "next year"),
    ("The following year Robert Opal interrupted proceedings.", "following year"),
    (
        "During the following three days of disturbances, 400 people were injured.",
        "following three days",
    ),
    ("The last two weeks of the six-week ban are suspended.", "last two weeks"),
    ("He was ill in the last six months of his life.", "last six months"),
]


@pytest.mark.parametrize(("text", "expr"), AFTER_AN_EVENT)
def test_a_run_of_time_told_of_the_past_hangs_on_an_event(text: str, expr: str) -> None:
    slot = one(text, d("2019-11-20"), expr)
    assert (slot.interval, slot.note) == (None, NOTE_EVENT)


FROM_THE_ARTICLE = [
    # (sentence, expression, first day, last day): a plan, a forecast, a report, the present
    ("The next two months will be tough.", "next two months", "2019-11-20", "2020-01-20"),
    (
        "It said firms faced a threat over the next five years.",
        "next five years",
        "2019-11-20",
        "2024-11-20",
    ),
    (
        "Sony is expected to release a console in the next 18 months.",
        "next 18 months",
        "2019-11-20",
        "2021-05-20",
    ),
    (
        "There may well be dissatisfied customers in the next few months.",
        "next few months",
        "2019-11-20",
        "2020-04-20",
    ),
    (
        "Mandela urged them to provide $50bn a year for the next decade.",
        "next decade",
        "2019-11-20",
        "2029-11-20",
    ),
    (
        "Details of the coming week's events were hammered out on Sunday.",
        "coming week",
        "2019-11-20",
        "2019-11-27",
    ),
]


@pytest.mark.parametrize(("text", "expr", "first", "last"), FROM_THE_ARTICLE)
def test_a_run_of_time_ahead_of_the_writer_starts_at_the_article(
    text: str, expr: str, first: str, last: str
) -> None:
    assert one(text, d("2019-11-20"), expr).interval == (d(first), d(last))


def test_a_scheduling_verb_with_its_object_looks_ahead_to_the_date() -> None:
    # "set a hearing for Aug. 10": the date is when the hearing will be, whatever the
    # tense of the setting.
    slot = one("The judge set a hearing for Aug. 10 on restitution.", d("1998-05-04"))
    assert slot.interval == (d("1998-08-10"),) * 2
    slot = one("Officials moved the meeting to Jan. 5.", d("1998-05-04"))
    assert slot.interval == (d("1999-01-05"),) * 2
    # a timetable's present: "returns from" is a verb, not a tax return
    slot = one("Congress returns from its recess on Tuesday.", d("1996-08-30"))
    assert slot.interval == (d("1996-09-03"),) * 2
    # a record set in a month is no plan
    slot = one("He set a record in March.", d("1998-05-04"))
    assert slot.interval == (d("1998-03-01"), d("1998-03-31"))


def test_may_the_modal_looks_ahead_as_might_does() -> None:
    slot = one(
        "The storms have killed nine people, and families may not return home before spring.",
        d("1998-02-08"),
    )
    assert slot.interval == (d("1998-03-01"), d("1998-05-31"))
    slot = one("Liverpool may launch a January bid for the striker.", d("2005-03-15"))
    assert slot.interval == (d("2006-01-01"), d("2006-01-31"))
    # "may have" looks back; "May" the month is no modal
    slot = one("Sales may have risen in January.", d("2005-03-15"))
    assert slot.interval == (d("2005-01-01"), d("2005-01-31"))
    slot = one("Sales rose in May.", d("2005-07-15"))
    assert slot.interval == (d("2005-05-01"), d("2005-05-31"))


def test_a_relative_clause_verb_and_a_closed_clause_do_not_decide_the_date() -> None:
    slot = one(
        "The presidents will meet in Cartagena, Colombia, on Dec. 12 to revive a pact"
        " that collapsed.",
        d("1992-11-20"),
    )
    assert slot.interval == (d("1992-12-12"),) * 2
    # a semicolon closes the clause of "will": the launch on June 18 is told in the past
    slot = one(
        "It will be the fourth launch; the previous one, on June 18, put a satellite in orbit.",
        d("1998-07-24"),
    )
    assert slot.interval == (d("1998-06-18"),) * 2
    # a relative clause that has closed leaves the main verb to decide
    slot = one("In January the MPs who make up the committee published a report.", d("2005-03-15"))
    assert (slot.interval, slot.ambiguous) == ((d("2005-01-01"), d("2005-01-31")), False)


def test_the_weekend_after_spent_for_and_by() -> None:
    slot = one("The president spent the weekend at Camp David.", d("1994-03-27"))
    assert slot.interval == (d("1994-03-26"), d("1994-03-27"))
    slot = one("More snow is forecast for the weekend.", d("1998-02-06"))
    assert slot.interval == (d("1998-02-07"), d("1998-02-08"))
    assert not find_dates("The weekend of the festival was wet.", d("1998-02-06"))


def test_a_holiday_naming_a_recess_or_a_break_is_found_and_looked_ahead_to() -> None:
    slot = one("Congress left town for a two-week Easter recess.", d("1994-03-27"))
    assert slot.interval == (d("1994-04-03"),) * 2
    slot = one("Congress left for its Easter recess.", d("1994-03-27"))
    assert slot.interval == (d("1994-04-03"),) * 2
    assert not find_dates("Shops sold Easter eggs.", d("1994-03-27"))


def test_a_limit_right_before_a_weekday_or_weekend_puts_the_coming_one_first() -> None:
    published = d("1996-10-09")  # a Wednesday
    slot = one("The government ordered schools closed through the weekend.", published)
    assert slot.interval == (d("1996-10-12"), d("1996-10-13")) and slot.ambiguous
    assert slot.readings[1] == (d("1996-10-05"), d("1996-10-06"))
    slot = one("The panel gave lawyers until Monday to study the documents.", published)
    assert slot.interval == (d("1996-10-14"),) * 2 and slot.ambiguous
    # a range's end, and an event named by its day, are no limit
    slots = find_dates("A poll taken Thursday through Saturday showed a lead.", published)
    assert slots[-1].interval == (d("1996-10-05"),) * 2
    slot = one("They had gone unbeaten until Sunday's defeat.", published)
    assert slot.interval == (d("1996-10-06"),) * 2 and not slot.ambiguous


def test_a_clause_of_time_in_the_present_looks_ahead() -> None:
    published = d("1994-03-27")
    slots = find_dates(
        "Congress left town Friday, and when members come back on April 11, the committee"
        " is expected to begin work.",
        published,
    )
    assert slots[-1].interval == (d("1994-04-11"),) * 2
    slots = find_dates(
        "Congress left town Friday, and when members came back on April 11, the committee"
        " began work.",
        published,
    )
    assert slots[-1].interval == (d("1993-04-11"),) * 2


def test_a_past_verb_after_a_modal_in_a_clause_of_time_is_no_past_event() -> None:
    slots = find_dates(
        "Forecasters said Lana would weaken as it crossed the mountains and reach the sea by"
        " Thursday night, threatening China on Friday.",
        d("1996-10-09"),
    )
    assert [s.interval[0] for s in slots if s.interval] == [d("1996-10-10"), d("1996-10-11")]
    # without the modal, the clause tells the past
    slot = one("The storm weakened as it crossed the mountains on Thursday.", d("1996-10-09"))
    assert slot.interval == (d("1996-10-03"),) * 2


def test_what_someone_expected_lies_ahead() -> None:
    published = d("2005-03-15")
    for sentence in (
        "All parties are campaigning ahead of an election widely expected to be held on 5 May.",
        "The chancellor said the vote - expected to fall on 5 May - will give a clear choice.",
    ):
        assert one(sentence, published).interval == (d("2005-05-05"),) * 2
    slot = one("The company said it expected to restore service by Friday.", d("1999-10-27"))
    assert slot.interval == (d("1999-10-29"),) * 2
    # what was expected before a past event, or beaten, is behind
    assert one("Sales fell more than expected in March.", published).interval[0] == d("2005-03-01")
    slot = one("Analysts had expected a loss in January.", published)
    assert slot.interval[0] == d("2005-01-01")


def test_a_plan_in_the_past_and_a_date_set_for_a_trial_look_ahead() -> None:
    slots = find_dates(
        "Schools that were to start classes Monday will stay closed.", d("1998-08-22")
    )
    assert slots[0].interval == (d("1998-08-24"),) * 2
    slot = one("The judge set a trial date of Sept. 27.", d("1993-06-18"))
    assert slot.interval == (d("1993-09-27"),) * 2
    # "was to have opened" did not happen, and is behind
    assert one("The bridge was to have opened in March.", d("1998-08-22")).interval[0] == d(
        "1998-03-01"
    )


def test_a_futures_contract_month_lies_ahead() -> None:
    slot = one("Brent for July delivery settled at $18.42 a barrel.", d("1995-05-23"))
    assert slot.interval == (d("1995-07-01"), d("1995-07-31"))
    assert one("Sales in July rose.", d("1995-05-23")).interval[0] == d("1994-07-01")


def test_a_day_before_counts_from_the_day_it_was_said_when_nothing_else_is_named() -> None:
    slots = find_dates(
        "A spokesman said Saturday that doctors had examined the pope the previous day.",
        d("1994-10-09"),
    )
    assert slots[-1].interval == (d("1994-10-07"),) * 2
    # a period's year earlier still hangs on the period, not on the day it was said
    slots = find_dates(
        "Profit rose in the quarter, the firm said on Monday, from $3m a year earlier.",
        d("1994-10-09"),
    )
    assert slots[-1].interval == (d("1993-07-01"), d("1993-09-30"))


def test_the_following_monday_and_the_previous_january_count_from_the_date_in_view() -> None:
    slots = find_dates(
        "A boy suffered burns on Nov. 17, and the firm told the commission the following Monday.",
        d("1995-12-07"),
    )
    assert (slots[-1].text, slots[-1].interval) == ("the following Monday", (d("1995-11-20"),) * 2)
    slots = find_dates(
        "It came to light in October 1991: she had had no interest since the previous January.",
        d("1993-05-08"),
    )
    assert slots[-1].interval == (d("1991-01-01"), d("1991-01-31"))
    # with no date in view, the weekday is read as it always is
    assert one("He resigned the previous Friday.", d("1993-05-08")).text == "Friday"


def test_new_years_alone_and_a_holiday_weeks_away() -> None:
    published = d("1995-12-07")
    slots = find_dates(
        "Talks break for Christmas and New Year's, and resume in January.", published
    )
    assert [s.text for s in slots][:2] == ["Christmas", "New Year's"]
    assert slots[1].interval == (d("1996-01-01"),) * 2
    assert not find_dates("He made New Year's resolutions.", published)
    slot = one("The recall came at the worst time, with Christmas three weeks away.", published)
    assert slot.interval == (d("1995-12-25"),) * 2
