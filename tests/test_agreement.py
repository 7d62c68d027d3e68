"""Slot agreement: what two statements share, and where they clash."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.matching.agreement import Agreement, compare, negated, slots_of

PUBLISHED = dt.date(2019, 10, 24)


def agree(a: str, b: str, published: dt.date | None = PUBLISHED) -> Agreement:
    return compare(slots_of(a, published), slots_of(b, published))


# (a, b, expected shared, expected clashes): the whole of each, in order.
CASES = [
    pytest.param(
        "Trump and Kim have met three times since last June.",
        "Trump and Kim have met twice since June 2018.",
        ("date June 2018", "names Kim, Trump"),
        ("count 3 vs 2",),
        id="count-clash",
    ),
    pytest.param(
        "Trump and Kim have met three times since last June.",
        "Trump and Kim have met three times since June 2018.",
        ("count three times", "date June 2018", "names Kim, Trump"),
        (),
        id="count-shared",
    ),
    pytest.param(
        "The company paid $4 million in fines.",
        "The company paid £4 billion in fines.",
        (),
        (),
        id="money-different-currency-no-clash",
    ),
    pytest.param(
        "The company paid $4 million in fines.",
        "The company paid $4 billion in fines.",
        (),
        ("money $4 million vs $4 billion",),
        id="money-clash",
    ),
    pytest.param(
        "The company paid $4 million in fines.",
        "Fines of $4,000,000 were paid by the company.",
        ("money $4 million",),
        (),
        id="money-same-value-written-differently",
    ),
    pytest.param(
        "Unemployment rose to 5% last year.",
        "Unemployment rose to 7% last year.",
        ("date 2018",),
        ("percent 5% vs 7%",),
        id="percent-clash",
    ),
    pytest.param(
        "Unemployment rose to 5% last year.",
        "Unemployment rose to 5 percent last year.",
        ("percent 5%", "date 2018"),
        (),
        id="percent-shared",
    ),
    pytest.param(
        "More than 3 people were injured.",
        "5 people were injured.",
        ("count More than 3 people",),
        (),
        id="qualifier-allows-the-other",
    ),
    pytest.param(
        "The film earned more than $19 million on its opening weekend.",
        "The film grossed $18.7 million on its opening weekend.",
        (),
        ("money more than $19 million vs $18.7 million",),
        id="qualifier-excludes-the-other",
    ),
    pytest.param(
        "Less than 224 reviews were counted.",
        "226 reviews were counted.",
        (),
        ("count Less than 224 reviews vs 226 reviews",),
        id="below-excludes",
    ),
    pytest.param(
        "Over 90% approved.",
        "93% approved.",
        ("percent Over 90%",),
        (),
        id="above-allows",
    ),
    pytest.param(
        "The city had 23.5 million people.",
        "The city had 23 million people.",
        ("count 23.5 million people",),
        (),
        id="reporters-round",
    ),
    pytest.param(
        "About 300 people came.",
        "328 people came.",
        ("count About 300 people",),
        (),
        id="about-is-within-a-tenth",
    ),
    pytest.param(
        "Nearly 50 people came.",
        "52 people came.",
        (),
        ("count Nearly 50 people vs 52 people",),
        id="nearly-is-below",
    ),
    pytest.param(
        "Thousands of people came.",
        "500 people came.",
        (),
        (),
        id="vague-says-nothing",
    ),
    pytest.param(
        "A height smaller than 170 cm is required.",
        "A height of 163 cm is required.",
        ("length smaller than 170 cm",),
        (),
        id="comparative-allows",
    ),
    pytest.param(
        "The film received fewer than 195 reviews.",
        "The film received 195 reviews.",
        (),
        ("count fewer than 195 reviews vs 195 reviews",),
        id="a-whole-count-is-exact",
    ),
    pytest.param(
        "The film grossed $40 million at home and $90 million abroad.",
        "The film grossed $40 million at home and $75 million abroad.",
        ("money $40 million",),
        ("money $90 million vs $75 million",),
        id="one-of-two-figures-differs",
    ),
    pytest.param(
        "The airport is 7 miles south of the city.",
        "The airport is 11 km south of the city.",
        ("length 7 miles",),
        (),
        id="units-converted",
    ),
    pytest.param(
        "The lake covers 500 acres.",
        "The lake covers 20 hectares.",
        (),
        ("area 500 acres vs 20 hectares",),
        id="units-converted-clash",
    ),
    pytest.param(
        "The rule changed after 1998.",
        "The rule changed in 1999.",
        ("date 1998",),
        (),
        id="after-a-year",
    ),
    pytest.param(
        "The rule changed before May 24, 2019.",
        "The rule changed on May 24, 2019.",
        (),
        ("day before 2019-05-24 vs 2019-05-24",),
        id="before-a-day-excludes-it",
    ),
    pytest.param(
        "The rule changed by April 9, 2020.",
        "The rule changed on April 10, 2020.",
        (),
        ("day by 2020-04-09 vs 2020-04-10",),
        id="by-a-day",
    ),
    pytest.param(
        "He was born before 2000.",
        "He was born on 21 June 2005.",
        (),
        ("year before 2000 vs 2005-06-21",),
        id="a-bound-meets-any-date",
    ),
    pytest.param(
        "They have been together since 2005.",
        "They have been together in 2014.",
        ("date 2005",),
        (),
        id="since-a-year",
    ),
    pytest.param(
        "Three people were injured.",
        "Five people were injured.",
        (),
        ("count Three people vs Five people",),
        id="count-of-people-clash",
    ),
    pytest.param(
        "The talks lasted two weeks.",
        "The talks lasted three weeks.",
        (),
        ("duration two weeks vs three weeks",),
        id="duration-clash",
    ),
    pytest.param(
        "Talks broke down in February.",
        "Talks broke down in March.",
        (),
        ("month February 2019 vs March 2019",),
        id="month-clash",
    ),
    pytest.param(
        "Talks broke down in February 2019.",
        "Talks broke down in 2019.",
        ("date February 2019",),
        (),
        id="date-overlapping-intervals",
    ),
    pytest.param(
        "The summit ended on Feb. 28, 2019.",
        "The summit ended in February 2019.",
        ("date 2019-02-28",),
        (),
        id="day-within-month",
    ),
    pytest.param(
        "Kim met Trump in Hanoi.",
        "Kim Jong Un met Donald Trump in Hanoi, Vietnam.",
        ("names Hanoi, Donald Trump, Kim Jong Un",),
        (),
        id="people-by-surname",
    ),
    pytest.param(
        "Kim met Trump in Hanoi.",
        "Kim met Trump in Singapore.",
        ("names Kim, Trump",),
        (),
        id="places-differ-only-people-shared",
    ),
    pytest.param(
        "Trump did not meet Kim in Hanoi.",
        "Trump met Kim in Hanoi.",
        ("names Hanoi, Kim, Trump",),
        ("negation: this says not",),
        id="negation-clash",
    ),
    pytest.param(
        "Trump met Kim in Hanoi.",
        "Trump never met Kim in Hanoi.",
        ("names Hanoi, Kim, Trump",),
        ("negation: the other says not",),
        id="negation-clash-other-side",
    ),
    pytest.param(
        "The weather was nice today.",
        "Cats like to sleep in the sun.",
        (),
        (),
        id="unrelated",
    ),
]


@pytest.mark.parametrize(("a", "b", "shared", "clashes"), CASES)
def test_compare(a: str, b: str, shared: tuple[str, ...], clashes: tuple[str, ...]) -> None:
    assert agree(a, b) == Agreement(shared, clashes)


@pytest.mark.parametrize(("a", "b", "shared", "clashes"), CASES)
def test_compare_is_symmetric_in_what_it_finds(
    a: str, b: str, shared: tuple[str, ...], clashes: tuple[str, ...]
) -> None:
    """Swapped, the same slots clash and are shared (described from the other side)."""
    swapped = agree(b, a)
    assert len(swapped.clashes) == len(clashes)
    assert len(swapped.shared) == len(shared)
    assert [c.split()[0] for c in swapped.clashes] == [c.split()[0] for c in clashes]


def test_halves_of_a_year_are_told_apart_in_words() -> None:
    found = agree(
        "Profit rose 10% in the first half of 2019.", "Profit rose 10% in the second half of 2019."
    )
    assert found.clashes == ("period January-June 2019 vs July-December 2019",)
    whole = agree("Profit rose 10% in the first half of 2019.", "Profit rose 10% in 2019.")
    assert "date January-June 2019" in whole.shared
    month = agree(
        "The talks broke down in early March 2019.", "They broke down in late March 2019."
    )
    # "Early" and "late" name the two ends of one month: they clash, though where each
    # ends is not said; "mid" meets either.
    assert month.clashes == ("period early March 2019 vs late March 2019",)
    mid = agree("The talks broke down in early March 2019.", "They broke down in mid-March 2019.")
    assert mid.clashes == ()
    assert mid.shared[0] == "date early March 2019"
    vague = agree("The plant opens by mid-1992.", "The plant opens in September 1992.")
    assert vague.clashes == ()


def test_count_clash_swapped_reads_from_the_first_statement() -> None:
    assert agree(
        "Trump and Kim have met twice since June 2018.",
        "Trump and Kim have met three times since last June.",
    ).clashes == ("count 2 vs 3",)


def test_without_a_publication_date_a_yearless_month_is_not_compared() -> None:
    """ "February" alone cannot be placed without the article's date: no clash, no share."""
    assert agree("Talks broke down in February.", "Talks broke down in March.", None) == (
        Agreement((), ())
    )


def test_bare_numbers_are_not_paired() -> None:
    """ "3" of what? Two unitless numbers are not compared."""
    assert agree("The score was 3.", "The score was 5.") == Agreement((), ())


def test_ordinals_are_compared_when_they_rank_the_same_thing() -> None:
    assert agree("It was their third meeting.", "It was their second meeting.").clashes == (
        "meeting third vs second",
    )
    assert agree("The 500th episode aired.", "The 100th episode aired.").clashes == (
        "episode 500th vs 100th",
    )
    # Not what they rank: no comparison.
    assert agree("It was their third meeting.", "It was their second summit.").clashes == ()


def test_a_number_in_a_ranking_is_a_place() -> None:
    assert agree(
        "The song entered the chart at number 1.", "It debuted at number two."
    ).clashes == ("place 1 vs two",)


def test_ordinals_are_not_counts() -> None:
    assert agree("It was their third meeting.", "They had three meetings.").clashes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump did not meet Kim.", True),
        ("Trump didn't meet Kim.", True),
        ("Trump didn’t meet Kim.", True),
        ("Trump never met Kim.", True),
        ("Nobody met Kim.", True),
        ("Trump met Kim.", False),
        ("Trump noted the meeting.", False),  # "no" inside a word
        ("The knot was tied.", False),
    ],
)
def test_negated(text: str, expected: bool) -> None:
    assert negated(text) is expected


def test_slots_of_keeps_dates_out_of_numbers() -> None:
    """ "June 30, 2019" is a date, not the numbers 30 and 2019."""
    slots = slots_of("Trump met Kim on June 30, 2019 at Panmunjom.", None)
    assert [d.text for d in slots.dates] == ["June 30, 2019"]
    assert slots.numbers == ()
    assert "Panmunjom" in slots.places
    assert {"Trump", "Kim"} <= slots.people
    assert slots.negated is False


def test_negation_in_a_subordinate_clause_is_not_a_clash() -> None:
    result = agree(
        "Trump met Kim in Hanoi, where no agreement was reached.", "Trump met Kim in Hanoi."
    )
    assert result.clashes == ()
    # In the main clause it still clashes.
    result = agree("Trump did not meet Kim in Hanoi, officials said.", "Trump met Kim in Hanoi.")
    assert result.clashes == ("negation: this says not",)


def test_wire_dateline_is_not_the_statements_date() -> None:
    result = agree(
        "SEOUL, Oct. 25, 2019 (Reuters) - Trump met Kim at Panmunjom.",
        "Trump met Kim at Panmunjom on June 30, 2019.",
    )
    assert result.clashes == ()
    # A date in the statement itself still counts.
    result = agree("WASHINGTON (AP) — Talks broke down in February.", "Talks broke down in March.")
    assert result.clashes and "month" in result.clashes[0]


def test_a_figure_inside_a_range_agrees_and_one_outside_clashes() -> None:
    from claimcheck.matching.agreement import compare, slots_of

    day = dt.date(2019, 10, 24)
    inside = compare(
        slots_of("Prices rose 5-10% in 2019.", day), slots_of("Prices rose 7% in 2019.", day)
    )
    assert not any(c.startswith("percent") for c in inside.clashes)
    outside = compare(
        slots_of("Prices rose 5-10% in 2019.", day), slots_of("Prices rose 12% in 2019.", day)
    )
    assert any(c.startswith("percent") for c in outside.clashes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nothing was agreed at the summit.", True),
        ("They do not have official diplomatic relations.", True),
        ("They have no diplomatic relations.", True),
        ("The song Nothing Compares 2 U topped the charts in 1990.", False),
        ("The film No Time to Die opened in 2021.", False),
        ("The minister left on Monday, without giving details.", False),
    ],
)
def test_negation_is_read_in_the_main_clause_not_in_names_or_side_phrases(
    text: str, expected: bool
) -> None:
    from claimcheck.matching.agreement import negated

    assert negated(text) is expected
