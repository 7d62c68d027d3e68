"""Numbers: what find_numbers reads in news sentences, and what it must leave alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.numbers import words as words_module
from claimcheck.extraction.numbers.find import find_numbers, parse_number_words
from claimcheck.extraction.numbers.words import phrase_value

Row = tuple[str, float, str | None, str, str | None]

# (sentence, [(slot text, value, unit, kind, qualifier), ...])
CASES: list[tuple[str, list[Row]]] = [
    # counts
    ("Trump and Kim have met three times.", [("three times", 3, "times", "count", None)]),
    ("They have met twice.", [("twice", 2, "times", "count", None)]),
    ("He has only met her once.", [("once", 1, "times", "count", None)]),
    ("There were three meetings.", [("three meetings", 3, "meetings", "count", None)]),
    ("Police said 12 people were hurt.", [("12 people", 12, "people", "count", None)]),
    ("It hit a dozen people.", [("a dozen people", 12, "people", "count", None)]),
    ("Dozens of people fled.", [("Dozens of people", 24, "people", "count", "dozens")]),
    ("Hundreds of homes burned.", [("Hundreds of homes", 200, "homes", "count", "hundreds")]),
    (
        "Tens of thousands marched.",
        [("Tens of thousands", 20000, None, "quantity", "tens of thousands")],
    ),
    ("It will create 2,000 new jobs.", [("2,000 new jobs", 2000, "jobs", "count", None)]),
    (
        "There are 300 confirmed coronavirus cases.",
        [("300 confirmed coronavirus cases", 300, "cases", "count", None)],
    ),
    # Two words before a plural noun that ends in -ly: not what is counted.
    ("He ran 3 miles quickly today.", [("3 miles", 3, "mile", "quantity", None)]),
    ("One person died.", [("One person", 1, "person", "count", None)]),
    (
        "It drew a few thousand visitors.",
        [("a few thousand visitors", 2000, "visitors", "count", "a few")],
    ),
    # durations
    ("The talks lasted one day.", [("one day", 1, "day", "duration", None)]),
    ("He waited two weeks.", [("two weeks", 2, "week", "duration", None)]),
    ("She served three years.", [("three years", 3, "year", "duration", None)]),
    ("It took 48 hours.", [("48 hours", 48, "hour", "duration", None)]),
    ("It lasted six months.", [("six months", 6, "month", "duration", None)]),
    ("He ruled for a decade.", [("a decade", 10, "year", "duration", None)]),
    ("A five-year plan.", [("five-year", 5, "year", "duration", None)]),
    ("It took half an hour.", [("half an hour", 30, "minute", "duration", None)]),
    ("Wait one second.", [("one second", 1, "second", "duration", None)]),
    # money
    ("It cost $1.2 billion.", [("$1.2 billion", 1.2e9, "USD", "money", None)]),
    ("Profit was $639m.", [("$639m", 639e6, "USD", "money", None)]),
    ("Profit was £600m.", [("£600m", 6e8, "GBP", "money", None)]),
    ("It made $1.13bn.", [("$1.13bn", 1.13e9, "USD", "money", None)]),
    ("A €5bn fund.", [("€5bn", 5e9, "EUR", "money", None)]),
    ("It costs ¥300.", [("¥300", 300, "JPY", "money", None)]),
    ("It costs Rs 500.", [("Rs 500", 500, "INR", "money", None)]),
    ("They paid 10 million dollars.", [("10 million dollars", 1e7, "USD", "money", None)]),
    ("A 5 billion euros loan.", [("5 billion euros", 5e9, "EUR", "money", None)]),
    ("A £3.5 billion deal.", [("£3.5 billion", 3.5e9, "GBP", "money", None)]),
    ("It sold for US$5.", [("US$5", 5, "USD", "money", None)]),
    ("Shares lost 65 Canadian cents.", [("65 Canadian cents", 0.65, "CAD", "money", None)]),
    ("A fee of $2.5k.", [("$2.5k", 2500, "USD", "money", None)]),
    ("They spent more than £3bn.", [("more than £3bn", 3e9, "GBP", "money", "more than")]),
    # percent and fractions
    ("Profits jumped 76%.", [("76%", 76, "percent", "percent", None)]),
    ("Turnout was 50 percent.", [("50 percent", 50, "percent", "percent", None)]),
    ("Turnout was 50 per cent.", [("50 per cent", 50, "percent", "percent", None)]),
    (
        "Rates rose 2 percentage points.",
        [("2 percentage points", 2, "percentage point", "percent", None)],
    ),
    ("He lost half his votes.", [("half", 0.5, "fraction", "quantity", None)]),
    ("Two-thirds of voters agreed.", [("Two-thirds", 2 / 3, "fraction", "quantity", None)]),
    ("A third of them read it.", [("A third", 1 / 3, "fraction", "quantity", None)]),
    ("Sentences cut by a third for some.", [("a third", 1 / 3, "fraction", "quantity", None)]),
    # scaled and spelled out
    ("It has 7.7 million people.", [("7.7 million people", 7.7e6, "people", "count", None)]),
    ("It has 7,700,000 residents.", [("7,700,000 residents", 7.7e6, "residents", "count", None)]),
    ("Debt hit 1.5bn.", [("1.5bn", 1.5e9, None, "quantity", None)]),
    ("A 3 trillion total.", [("3 trillion", 3e12, None, "quantity", None)]),
    ("Aged twenty-five.", [("twenty-five", 25, None, "quantity", None)]),
    ("About two hundred came.", [("About two hundred", 200, None, "quantity", "about")]),
    (
        "Nearly a hundred people came.",
        [("Nearly a hundred people", 100, "people", "count", "nearly")],
    ),
    ("It fell to -3.5 overnight.", [("-3.5", -3.5, None, "quantity", None)]),
    ("It fell to minus 3.", [("minus 3", -3, None, "quantity", None)]),
    ("Half a million people came.", [("Half a million people", 5e5, "people", "count", None)]),
    ("It took two and a half years.", [("two and a half years", 30, "month", "duration", None)]),
    # measures
    ("A 5 km walk.", [("5 km", 5, "kilometre", "quantity", None)]),
    ("He ran 10 miles.", [("10 miles", 10, "mile", "quantity", None)]),
    ("It weighs 5kg.", [("5kg", 5, "kilogram", "quantity", None)]),
    ("It holds 5 tonnes.", [("5 tonnes", 5, "tonne", "quantity", None)]),
    ("It is 100 metres long.", [("100 metres", 100, "metre", "quantity", None)]),
    ("It is 30 feet high.", [("30 feet", 30, "foot", "quantity", None)]),
    ("It hit 20 degrees.", [("20 degrees", 20, "degree", "quantity", None)]),
    ("It hit 20°C.", [("20°C", 20, "degree Celsius", "quantity", None)]),
    ("Winds of 70 mph.", [("70 mph", 70, "mile per hour", "quantity", None)]),
    ("Limited to 100 km/h.", [("100 km/h", 100, "kilometre per hour", "quantity", None)]),
    ("It pumps 1,000 barrels.", [("1,000 barrels", 1000, "barrel", "quantity", None)]),
    ("It covers 40 acres.", [("40 acres", 40, "acre", "quantity", None)]),
    ("It covers 5 square miles.", [("5 square miles", 5, "square mile", "quantity", None)]),
    # ordinals
    ("It was the first time.", [("first", 1, None, "ordinal", None)]),
    ("His second term began.", [("second", 2, None, "ordinal", None)]),
    ("He came 21st.", [("21st", 21, None, "ordinal", None)]),
    ("He won a second term.", [("second", 2, None, "ordinal", None)]),
    ("It is the twenty-first edition.", [("twenty-first", 21, None, "ordinal", None)]),
    # qualifiers
    ("It has about 10 staff.", [("about 10 staff", 10, "staff", "count", "about")]),
    ("At least 40 died.", [("At least 40", 40, None, "quantity", "at least")]),
    ("Up to 5% of them.", [("Up to 5%", 5, "percent", "percent", "up to")]),
    ("Fewer than 20 people.", [("Fewer than 20 people", 20, "people", "count", "fewer than")]),
    ("Some 40 people came.", [("Some 40 people", 40, "people", "count", "some")]),
    ("It took almost five years.", [("almost five years", 5, "year", "duration", "almost")]),
    ("It rose roughly 3%.", [("roughly 3%", 3, "percent", "percent", "roughly")]),
    ("He won just over 50%.", [("just over 50%", 50, "percent", "percent", "just over")]),
    ("More than twice as many.", [("More than twice", 2, "times", "count", "more than")]),
    # several in one sentence, longest match first
    (
        "Profits jumped 76% to $1.13bn (£600m) for the three months to December.",
        [
            ("76%", 76, "percent", "percent", None),
            ("$1.13bn", 1.13e9, "USD", "money", None),
            ("£600m", 6e8, "GBP", "money", None),
            ("three months", 3, "month", "duration", None),
        ],
    ),
    # money in more currencies, written more ways
    ("The deal is worth 20m euros.", [("20m euros", 2e7, "EUR", "money", None)]),
    ("Fares rose to 35€ this week.", [("35€", 35, "EUR", "money", None)]),
    ("It was priced at 9k$ online.", [("9k$", 9000, "USD", "money", None)]),
    ("A loan of JPY500 was made.", [("JPY500", 500, "JPY", "money", None)]),
    ("Tickets cost 15 SGD each.", [("15 SGD", 15, "SGD", "money", None)]),
    ("The ticket was 60 RM.", [("60 RM", 60, "MYR", "money", None)]),
    ("He paid 300 Kuwaiti dinars.", [("300 Kuwaiti dinars", 300, "KWD", "money", None)]),
    ("He paid 300 dinars.", [("300 dinars", 300, None, "money", None)]),
    ("They lent him fifty bucks.", [("fifty bucks", 50, None, "money", None)]),
    ("It sold for 12 shekels.", [("12 shekels", 12, "ILS", "money", None)]),
    ("A coffee is 80p now.", [("80p", 0.8, "GBP", "money", None)]),
    ("It cost $7 and 25c in all.", [("$7 and 25c", 7.25, "USD", "money", None)]),
    ("The bill came to 8 dollars 15 cents.", [("8 dollars 15 cents", 8.15, "USD", "money", None)]),
    ("Farmers earn 2 lakh rupees.", [("2 lakh rupees", 2e5, "INR", "money", None)]),
    # A fraction of a scaled amount; one in N; a fraction of a percentage point.
    (
        "A quarter of a million students joined.",
        [("A quarter of a million students", 2.5e5, "students", "count", None)],
    ),
    (
        "Officially, one in five loans is bad.",
        [("one in five loans", 0.2, "fraction", "quantity", None)],
    ),
    (
        "Almost one in four voters agreed.",
        [("Almost one in four voters", 0.25, "fraction", "quantity", "almost")],
    ),
    ("He was one in a million.", [("a million", 1e6, None, "quantity", None)]),
    (
        "Rates rose by a quarter percentage point.",
        [("a quarter percentage point", 0.25, "percentage point", "percent", None)],
    ),
    (
        "Rates fell by half a percentage point.",
        [("half a percentage point", 0.5, "percentage point", "percent", None)],
    ),
    # A unit word inside a compound is not the unit.
    (
        "He hit himself in one second-set outburst.",
        [("one second-set outburst", 1, "outburst", "count", None)],
    ),
    # Indian business copy's abbreviations of lakh and crore.
    ("The firm raised Rs 300 cr.", [("Rs 300 cr", 3e9, "INR", "money", None)]),
    ("He paid Rs 5 lacs for it.", [("Rs 5 lacs", 5e5, "INR", "money", None)]),
    (
        "It cost thousands of pounds.",
        [("thousands of pounds", 2000, "GBP", "money", "thousands")],
    ),
    ("Rent was 300 Lebanese pounds.", [("300 Lebanese pounds", 300, "LBP", "money", None)]),
    # scaled with a letter
    ("The app has 3m users.", [("3m users", 3e6, "users", "count", None)]),
    ("The video had 250K views.", [("250K views", 250000, "views", "count", None)]),
    ("Its value is 4.5M now.", [("4.5M", 4.5e6, None, "quantity", None)]),
    ("It ships 7m tonnes a year.", [("7m tonnes", 7e6, "tonne", "quantity", None)]),
    # words, ordinals, signs, zero
    (
        "The count was two point five million.",
        [("two point five million", 2.5e6, None, "quantity", None)],
    ),
    ("The reading was 3 point 2.", [("3 point 2", 3.2, None, "quantity", None)]),
    ("The yield was .25 on average.", [(".25", 0.25, None, "quantity", None)]),
    ("The balance was negative 40.", [("negative 40", -40, None, "quantity", None)]),
    ("The risk was nil.", [("nil", 0, None, "quantity", None)]),
    ("It was his thirty second win.", [("thirty second", 32, None, "ordinal", None)]),
    ("It was one hundred and five.", [("one hundred and five", 105, None, "quantity", None)]),
    ("Four crore people voted.", [("Four crore people", 4e7, "people", "count", None)]),
    ("One sixth of them left.", [("One sixth", 1 / 6, "fraction", "quantity", None)]),
    ("About 3/4 of them left.", [("About 3/4", 0.75, "fraction", "quantity", "about")]),
    # vulgar and mixed fractions: "7½", "7 3/4"; not a year before a fraction
    ("About ¾ of them left.", [("About ¾", 0.75, "fraction", "quantity", "about")]),
    ("He served 7½ years.", [("7½ years", 90, "month", "duration", None)]),
    ("It cost $2½ million.", [("$2½ million", 2.5e6, "USD", "money", None)]),
    ("Rates hit 7 3/4 percent.", [("7 3/4 percent", 7.75, "percent", "percent", None)]),
    ("A 3 1/2-hour meeting.", [("3 1/2-hour", 210, "minute", "duration", None)]),
    ("In 2019 1/3 of them left.", [("1/3", 1 / 3, "fraction", "quantity", None)]),
    # durations: whole units, compounds
    ("It lasted 2.5 days.", [("2.5 days", 60, "hour", "duration", None)]),
    ("It took an hour and a half.", [("an hour and a half", 90, "minute", "duration", None)]),
    (
        "It took five and a half minutes.",
        [("five and a half minutes", 330, "second", "duration", None)],
    ),
    ("It took 1 and a quarter hours.", [("1 and a quarter hours", 75, "minute", "duration", None)]),
    ("We need 3 more weeks.", [("3 more weeks", 3, "week", "duration", None)]),
    ("Growth slowed for two quarters.", [("two quarters", 2, "quarter", "duration", None)]),
    ("He served 4 years and 6 months.", [("4 years and 6 months", 54, "month", "duration", None)]),
    (
        "It took an hour and 15 minutes.",
        [("an hour and 15 minutes", 75, "minute", "duration", None)],
    ),
    ("He got a year and six months.", [("a year and six months", 18, "month", "duration", None)]),
    ("The flight took 2 hours 15.", [("2 hours 15", 135, "minute", "duration", None)]),
    (
        "Wait 1 day, 2 hours and 5 minutes.",
        [("1 day, 2 hours and 5 minutes", 1565, "minute", "duration", None)],
    ),
    ("It was a half day strike.", [("half day", 12, "hour", "duration", None)]),
    ("It took a couple of days.", [("a couple of days", 2, "day", "duration", "a couple")]),
    ("He bought a pair of boots.", [("a pair of boots", 2, "boots", "count", None)]),
    # frequencies
    ("They meet once a week.", [("once a week", 1, "times per week", "count", None)]),
    ("They train three times a day.", [("three times a day", 3, "times per day", "count", None)]),
    ("She has been there more than once.", [("more than once", 1, "times", "count", "more than")]),
    ("The minimum wage is £7.50 an hour.", [("£7.50 an hour", 7.5, "GBP per hour", "money", None)]),
    ("Oil hit $50 a barrel.", [("$50 a barrel", 50, "USD per barrel", "money", None)]),
    ("It cost $5 a year ago.", [("$5", 5, "USD", "money", None)]),
    # ranges keep both ends
    ("People aged 30-39 were asked.", [("30-39", 30, None, "quantity", None)]),
    ("Between 10-15 people came.", [("Between 10-15 people", 10, "people", "count", None)]),
    ("It costs between 5 and 10 dollars.", [("between 5 and 10 dollars", 5, "USD", "money", None)]),
    ("Tickets cost from 20 to 40 euros.", [("from 20 to 40 euros", 20, "EUR", "money", None)]),
    ("It will cost 5-10 million pounds.", [("5-10 million pounds", 5e6, "GBP", "money", None)]),
    ("Prices rose 5-10% last year.", [("5-10%", 5, "percent", "percent", None)]),
    ("An 8- to 12-metre wall.", [("8- to 12-metre", 8, "metre", "quantity", None)]),
    # a change is two figures, not a range
    (
        "Unemployment rose from 5% to 7%.",
        [("5%", 5, "percent", "percent", None), ("7%", 7, "percent", "percent", None)],
    ),
    # proportions
    (
        "Seven out of 10 voters agreed.",
        [("Seven out of 10 voters", 0.7, "fraction", "quantity", None)],
    ),
    (
        "Nearly 1 in 5 Americans agreed.",
        [("Nearly 1 in 5 Americans", 0.2, "fraction", "quantity", "nearly")],
    ),
    (
        "One in four children agreed.",
        [("One in four children", 0.25, "fraction", "quantity", None)],
    ),
    # chances are no whole: "2 in 3 games" is two figures
    (
        "He scored 2 in 3 games.",
        [("2", 2, None, "quantity", None), ("3 games", 3, "games", "count", None)],
    ),
    # a margin is no negative number
    (
        "The margin of error is plus or minus 3.5 percentage points.",
        [
            (
                "plus or minus 3.5 percentage points",
                3.5,
                "percentage point",
                "percent",
                "plus or minus",
            )
        ],
    ),
    ("A poll of 1,005 likely voters.", [("1,005 likely voters", 1005, "voters", "count", None)]),
    # measures in canonical names
    ("The fire burned 40 sq mi.", [("40 sq mi", 40, "square mile", "quantity", None)]),
    ("A lake of 3 km squared.", [("3 km squared", 3, "square kilometre", "quantity", None)]),
    ("Winds hit 90 miles an hour.", [("90 miles an hour", 90, "mile per hour", "quantity", None)]),
    ("The dose was 50mg daily.", [("50mg", 50, "milligram", "quantity", None)]),
    ("The phone has 64GB of storage.", [("64GB", 64, "gigabyte", "quantity", None)]),
]

# (sentence, [(slot text, low end, high end)]): ranges
RANGES = [
    ("People aged 30-39 were asked.", [("30-39", 30, 39)]),
    ("It costs between 5 and 10 dollars.", [("between 5 and 10 dollars", 5, 10)]),
    ("It will cost 5-10 million pounds.", [("5-10 million pounds", 5e6, 1e7)]),
    ("It took 3 to 5 days.", [("3 to 5 days", 3, 5)]),
    ("The cost is put at £5-10m.", [("£5-10m", 5e6, 1e7)]),
    ("It would cost $2-$3.5 trillion.", [("$2-$3.5 trillion", 2e12, 3.5e12)]),
    ("From 500,000 to 1 million people came.", [("From 500,000 to 1 million people", 5e5, 1e6)]),
    ("It weighs 44 mg.", [("44 mg", 44, None)]),
]

# Sentences that must yield no number at all.
NOTHING = [
    "On June 30, 2019, the leaders met.",
    "It ended on 30 June 2019.",
    "It happened in 2019, since 1999 and until 2005.",
    "The 2012 Olympics were in London.",
    "We meet at 10:30 or at 9 a.m. or at 5pm.",
    "Police arrived at about 0200 GMT.",
    "By 1200 GMT on Monday the shares had recovered.",
    "Mauresmo routed Zvonareva 6-1 6-0 in Doha.",
    "G7 leaders discussed COVID-19, F-16 jets and the A380.",
    "He upgraded his laptop to Windows 10 yesterday.",
    "One of the men, the one in red, said no one knew.",
    "They love one another and someone left.",
    "A few people, several men and many women came.",
    "Call 020 7946 0000 or +44 20 7946 0000 now.",
    "He met First Vice Foreign Minister Choe Son Hui.",
    "Once the deal is done they will meet once again.",
    "He ran the 100m sprint and a 2.5k race.",
    "The 1990s were good.",
    "They reached Formula One and the Six Nations.",
    "He was a one-off, living with his half-brother.",
    "It was open 24/7.",
    "First, we need more money.",
    "Prices in May rose.",
    "He once wanted to be a pilot, but once again he failed.",
    "Once the deal is signed, they will leave at once.",
    "Nadal won 6-2 7-6 (7-1) in Paris.",
    "She fought back 6-7 (3-7) 6-3 6-3 to win.",
    "The home side won 3-1 on the night.",
    "They drew 1-1 and then lost 1-2 away.",
    "The film got 4/5 stars.",
    "Critics rated it 7 out of 10.",
    "He won the 100m sprint and the 400m hurdles.",
    "It was a 4K TV and a 10k race.",
    "A 3m wall stood there.",
    "The 9/11 attacks and the 24/7 news.",
    "She starred in Million Dollar Baby.",
    "It was a billion-dollar deal.",
    "She won the women's 1500m AAAs title.",
    "The couple met in Rome.",
]

# (sentence, [slot texts]): what is joined and what is kept apart
JOINED = [
    ("They lined up in a 3-4-1 formation.", []),
    ("It will raise the pension age from 60 to 65.", ["60", "65"]),
    ("Ages range from 18 to 25.", ["from 18 to 25"]),
    ("Sales rose 5% to 7% of the total.", ["5%", "7%"]),
    ("After 90 mins 1 goal was scored.", ["90 mins", "1 goal"]),
    ("The flight took 1 hour forty in all.", ["1 hour forty"]),
]

# Sentences where the listed texts must not be slots (others may be).
NOT_THESE = [
    ("He played fly-half in the first half.", ["half"]),
    ("It filmed 30 frames a second.", ["second"]),
    ("Apache F-16s flew 12 missions.", ["16", "16s"]),
    ("Mr Smith, 45, is one of the best.", ["one"]),
    ("50 Cent released an album.", ["50 Cent"]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[c[0][:40] for c in RANGES])
def test_ranges_keep_both_ends(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    got = [(s.text, s.value, s.upper) for s in find_numbers(text)]
    assert got == [
        (t, pytest.approx(v), u if u is None else pytest.approx(u)) for t, v, u in expected
    ]


@pytest.mark.parametrize(("text", "expected"), JOINED, ids=[c[0][:40] for c in JOINED])
def test_what_is_joined(text: str, expected: list[str]) -> None:
    assert [s.text for s in find_numbers(text)] == expected


def _rows(text: str) -> list[tuple[str, object, str | None, str, str | None]]:
    return [(s.text, s.value, s.unit, s.kind, s.qualifier) for s in find_numbers(text)]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_normalization(text: str, expected: list[Row]) -> None:
    want = [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]
    assert _rows(text) == want


@pytest.mark.parametrize("text", NOTHING)
def test_not_a_number(text: str) -> None:
    assert _rows(text) == []


@pytest.mark.parametrize(("text", "banned"), NOT_THESE)
def test_not_these_spans(text: str, banned: list[str]) -> None:
    assert not {s.text for s in find_numbers(text)} & set(banned)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("seven hundred thousand", 700000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1.2 million", 1200000),
        ("7.7 million", 7700000),
        ("7,700,000", 7700000),
        ("1.5bn", 1.5e9),
        ("twenty-five", 25),
        ("two hundred and fifty", 250),
        ("a hundred", 100),
        ("one million two hundred thousand", 1200000),
        ("half a million", 500000),
        ("half a dozen", 6),
        ("two and a half", 2.5),
        ("one and a half million", 1500000),
        ("two-thirds", 2 / 3),
        ("a quarter", 0.25),
        ("three quarters", 0.75),
        ("twenty-first", 21),
        ("hundredth", 100),
        ("dozens", 24),
        ("tens of thousands", 20000),
        ("minus three", -3),
        ("-3.5", -3.5),
        ("zero", 0),
        ("Seven", 7),
    ],
)
def test_parse_number_words(words: str, value: float) -> None:
    assert parse_number_words(words) == pytest.approx(value)


@pytest.mark.parametrize(
    "words", ["", "a", "and", "banana", "two three", "nineteen ninety", "five twenty", "one two"]
)
def test_parse_number_words_rejects(words: str) -> None:
    assert parse_number_words(words) is None


def test_no_number_is_cheap_path() -> None:
    assert find_numbers("The minister said the plan would work.") == []
    assert find_numbers("") == []


def test_offsets_slice_the_article() -> None:
    head = "Intro sentence here. "
    sentence = "More than 12 people paid $1.2 billion over three years, about 50% of it."
    article = head + sentence + " Tail."
    slots = find_numbers(sentence, offset=len(head))
    assert [s.text for s in slots] == [
        "More than 12 people",
        "$1.2 billion",
        "three years",
        "about 50%",
    ]
    for slot in slots:
        assert article[slot.start : slot.end] == slot.text
    assert slots[0].start == len(head)


VOCAB = [
    "one", "two", "three", "twenty", "-five", "hundred", "thousand", "million", "bn", "m",
    "a", "dozen", "half", "of", "people", "times", "twice", "once", "first", "second", "third",
    "%", "percent", "per", "cent", "$", "£", "US$", "Rs", "€", "1", "12", "2019", "0.5", "1,000",
    "-", "/", ":", ",", ".", " ", "  ", "June", "May", "years", "km", "more", "than", "about",
    "A380", "COVID-19", "a.m.", "Formula", "One", "İ", "ẞ", "٣", "²", "(", ")", "+44",
    "3m", "100K", "1.2M", "20€", "USD", "MYR42", "dinars", "cents", "43c", "50p", "point",
    "negative", "nil", "between", "and", "to", "from", "rose", "out", "of", "10", "3/4",
    "6-2", "(7-1)", "once", "week", "couple", "pair", "hours", "hour", "and a half", "30-39",
]  # fmt: skip
news_like = st.lists(st.sampled_from(VOCAB), max_size=25).map(lambda ws: " ".join(ws))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), news_like), st.text(max_size=10))
def test_any_text_slices_exactly(text: str, head: str) -> None:
    article = head + text
    slots = find_numbers(text, offset=len(head))
    last_end = len(head)
    for slot in slots:
        assert article[slot.start : slot.end] == slot.text
        assert last_end <= slot.start < slot.end  # in order, never overlapping
        last_end = slot.end


ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell(n: int) -> str:
    """English words for 0 <= n < 10**9, British style ("one hundred and five")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + spell(n % 100) if n % 100 else "")
    for size, name in ((10**6, "million"), (1000, "thousand")):
        if n >= size:
            head, rest = divmod(n, size)
            return f"{spell(head)} {name}" + (f" {spell(rest)}" if rest else "")
    raise AssertionError(n)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999))
def test_spelled_integers_round_trip(n: int) -> None:
    assert parse_number_words(spell(n)) == n


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=2, max_value=999_999_999))
def test_digits_with_commas_are_counts(n: int) -> None:
    assert _rows(f"Officials counted {n:,} votes.") == [(f"{n:,} votes", n, "votes", "count", None)]


def test_a_year_is_dropped_unless_it_has_a_unit_or_a_hedge() -> None:
    assert find_numbers("It began in 2005 and ended in 2010.") == []
    assert [(n.value, n.unit, n.qualifier) for n in find_numbers("About 2005 people came.")] == [
        (2005.0, "people", "about")
    ]
    assert [(n.value, n.unit) for n in find_numbers("It ran 2005 km.")] == [(2005.0, "kilometre")]


@pytest.mark.parametrize("phrase", ["first", "twenty-first", "half", "two-thirds", "a third", "x"])
def test_phrase_value_is_parse_number_words_remembered(phrase: str) -> None:
    assert phrase_value(phrase) == parse_number_words(phrase)
    assert phrase_value(phrase) == parse_number_words(phrase)  # the second time from memory


def test_phrase_values_memory_is_bounded() -> None:
    for n in range(5000):
        phrase_value(f"{n}th")
    assert len(words_module._PHRASES) <= 4096
    assert phrase_value("third") == 3.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A character reference is the character it stands for, never its code.
        ("The communiqu&#233; was signed by 12 leaders.", [("12 leaders", 12.0, "leaders")]),
        ("Andr&#233; Previn earned &#163;5m last year.", [("&#163;5m", 5e6, "GBP")]),
        ("It cost &euro;20 &amp; more.", [("&euro;20", 20.0, "EUR")]),
        ("Sales&#x2019; share rose to 40%.", [("40%", 40.0, "percent")]),
    ],
)
def test_html_character_references_are_read_as_characters(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    slots = find_numbers(text, offset=7)
    assert [(s.text, s.value, s.unit) for s in slots] == expected
    article = "x" * 7 + text
    assert all(article[s.start : s.end] == s.text for s in slots)


# The third blind QA pass: a scale word glued to its figure, "80-percent", power and torque
# units, and fractional durations kept as written where no smaller unit makes them whole.
QA3 = [
    # glued scale words
    ("Chelsea paid the £71.6million fee.", [("£71.6million", 71.6e6, "GBP", "money", None)]),
    ("It was the £38million move.", [("£38million", 38e6, "GBP", "money", None)]),
    ("It was the £38m move.", [("£38m", 38e6, "GBP", "money", None)]),
    ("A $2billion deal was signed.", [("$2billion", 2e9, "USD", "money", None)]),
    ("Some 5million people watched.", [("Some 5million people", 5e6, "people", "count", "some")]),
    ("It cost £5-10million.", [("£5-10million", 5e6, "GBP", "money", None)]),
    ("It is a $90-million building.", [("$90-million", 90e6, "USD", "money", None)]),
    ("It was his 5millionth visitor.", []),
    # a hyphenated percent
    ("Sales rose by 80-percent.", [("80-percent", 80, "percent", "percent", None)]),
    ("It was an 80-per-cent rise.", [("80-per-cent", 80, "percent", "percent", None)]),
    # power and torque, named as quantulum3 names them
    (
        "It has 300 kW (402 hp) of power.",
        [
            ("300 kW", 300, "kilowatt", "quantity", None),
            ("402 hp", 402, "horsepower", "quantity", None),
        ],
    ),
    ("It comes with a 72W charger.", [("72W", 72, "watt", "quantity", None)]),
    ("It produces 500bhp.", [("500bhp", 500, "horsepower", "quantity", None)]),
    ("A 60 watt bulb was lit.", [("60 watt", 60, "watt", "quantity", None)]),
    ("It makes 490 lb-ft of torque.", [("490 lb-ft", 490, "pound-force foot", "quantity", None)]),
    ("It makes 400 Nm of torque.", [("400 Nm", 400, "newton metre", "quantity", None)]),
    ("It used 5 kilowatt hours.", [("5 kilowatt hours", 5, "kilowatt hour", "quantity", None)]),
    ("It weighs 490 lb.", [("490 lb", 490, "pound-mass", "quantity", None)]),
    ("A 5 nm chip was made.", [("5 nm", 5, "nanometre", "quantity", None)]),
    # durations: whole in a smaller unit, or as written
    ("He served 3.2 years.", [("3.2 years", 3.2, "year", "duration", None)]),
    ("He served 2.5 years.", [("2.5 years", 30, "month", "duration", None)]),
    ("It lasted 1.25 years.", [("1.25 years", 15, "month", "duration", None)]),
    ("Growth held for 1.1 quarters.", [("1.1 quarters", 1.1, "quarter", "duration", None)]),
    ("It took 1.5 months.", [("1.5 months", 45, "day", "duration", None)]),
    ("It took 0.333 hours.", [("0.333 hours", 0.333, "hour", "duration", None)]),
]


@pytest.mark.parametrize(("text", "expected"), QA3, ids=[c[0][:40] for c in QA3])
def test_third_qa_pass(text: str, expected: list[Row]) -> None:
    want = [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]
    assert _rows(text) == want


# Numbers inside names and models, emergency numbers and ranks (numbers/names.py): the name
# keeps its figure out; a count before the name counts the noun after it.
NAMED = [
    (
        "They placed an order of 50 Airbus A350-900 jets.",
        [("50 Airbus A350-900 jets", 50, "jets", "count", None)],
    ),
    (
        "Ryanair ordered 70 Boeing 737-800 planes.",
        [("70 Boeing 737-800 planes", 70, "planes", "count", None)],
    ),
    ("It grounded 400 737 Max jets.", [("400 737 Max jets", 400, "jets", "count", None)]),
    ("The Boeing 737-800 is new.", []),
    ("Air Deccan will buy 15 new ATR 72-500 aircraft.", [("15", 15, None, "quantity", None)]),
    ("There are 200 Level 2 stations.", [("200 Level 2 stations", 200, "stations", "count", None)]),
    ("Shops sold Wi-Fi 6 devices.", []),
    ("He signed the Phase 1 trade deal.", []),
    ("He bought an iPhone 11 last week.", []),
    ("Offices ran Windows 95 machines.", []),
    ("It was shown on Channel 4 news.", []),
    ("Apollo 11 landed on the Moon.", []),
    ("Chelsea 2 Arsenal 1.", []),
    ("Halo 2 sells five million copies.", [("five million copies", 5e6, "copies", "count", None)]),
    ("Police took 40 911 calls.", [("40 911 calls", 40, "calls", "count", None)]),
    ("He made a 999 call.", []),
    ("19 Management runs the careers of its stars.", [("19", 19, None, "quantity", None)]),
    ("He made 911 calls.", []),
    (
        "Dame Muriel is among three British authors.",
        [("three British authors", 3, "authors", "count", None)],
    ),  # fmt: skip
    # what stays: hedges and openers before a number, weekdays, scales, real measures
    ("Some 50 people came.", [("Some 50 people", 50, "people", "count", "some")]),
    ("About 300 jobs went.", [("About 300 jobs", 300, "jobs", "count", "about")]),
    ("Another 20 people left.", [("20 people", 20, "people", "count", None)]),
    ("Perhaps 300 people came.", [("300 people", 300, "people", "count", None)]),
    ("Thats 270 people a day.", [("270 people", 270, "people", "count", None)]),
    ("On Friday 15 protesters came.", [("15 protesters", 15, "protesters", "count", None)]),
    ("In Iraq 20 soldiers died.", [("20 soldiers", 20, "soldiers", "count", None)]),
    ("Across Britain 300 jobs will go.", [("300 jobs", 300, "jobs", "count", None)]),
    ("It was the Sudan 1 food scare.", []),
    (
        "One in four Texans lacks insurance.",
        [("One in four Texans", 0.25, "fraction", "quantity", None)],
    ),
    ("It was one of Americas 10 worst cities.", [("10 worst cities", 10, "cities", "count", None)]),
    (
        "Seventy of Ohios 88 counties voted.",
        [("Seventy", 70, None, "quantity", None), ("88 counties", 88, "counties", "count", None)],
    ),  # fmt: skip
    ("UK 3m users left the site.", [("3m users", 3e6, "users", "count", None)]),
    ("He fouled Miller 35 yards out.", [("35 yards", 35, "yard", "quantity", None)]),
    ("It was in March 2004.", []),
    ("In 2004 30 people died.", [("30 people", 30, "people", "count", None)]),
    # ranks: a place (ordinal), or nothing where "No 10" may be an address
    ("China is the number one buyer.", [("one", 1, "place", "ordinal", None)]),
    ("It is the No. 1 seller.", [("1", 1, "place", "ordinal", None)]),
    ("He is the No 1 player.", [("1", 1, "place", "ordinal", None)]),
    ("The film was at number three.", [("three", 3, "place", "ordinal", None)]),
    ("Number one is the best.", [("one", 1, "place", "ordinal", None)]),
    ("He is the party's No 2 now.", []),
    ("No 10 said so.", []),
    ("Number 10 said so.", []),
    ("No one will have the right.", []),
    ("A number of people came.", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMED, ids=[c[0][:40] for c in NAMED])
def test_numbers_in_names_and_ranks(text: str, expected: list[Row]) -> None:
    want = [(t, pytest.approx(v), u, k, q) for t, v, u, k, q in expected]
    assert _rows(text) == want


@pytest.mark.parametrize(
    "sentence",
    ["Manchester United beat Chelsea 2-1.", "Arsenal drew 1-1 with Chelsea on Sunday."],
)
def test_a_score_after_a_name_leaves_no_figure(sentence: str) -> None:
    # The first figure read as part of the club's name must not leave "1" behind.
    assert find_numbers(sentence) == []


def test_a_video_resolution_is_not_pence() -> None:
    from claimcheck.extraction.numbers.find import find_numbers

    assert find_numbers("It streams at 1080p or 720p.") == []
    assert [n.unit for n in find_numbers("Shares rose 5p to 150p.")] == ["GBP", "GBP"]


def test_a_product_line_after_a_number_makes_it_a_model() -> None:
    from claimcheck.extraction.numbers.find import find_numbers

    assert [n.text for n in find_numbers("Two crashes of its 737 Max jet.")] == ["Two crashes"]
    assert find_numbers("It unveiled the 11 Pro models.") == []
    assert [n.value for n in find_numbers("Emirates ordered 400 737 Max jets.")] == [400]
    assert [n.unit for n in find_numbers("BMW makes 100,000 Mini models.")] == ["models"]


def test_the_naira_as_nigerian_copy_writes_it() -> None:
    from claimcheck.extraction.numbers.find import find_numbers

    (n,) = find_numbers("They demand the sum of N500m only.")
    assert (n.value, n.unit, n.kind) == (500_000_000, "NGN", "money")
    assert find_numbers("Wear N95 masks.") == []


def test_a_count_of_people_named_by_their_country() -> None:
    from claimcheck.extraction.numbers.find import find_numbers

    (n,) = find_numbers("Nearly 150 Indians returned home.")
    assert (n.value, n.unit, n.kind, n.qualifier) == (150, "Indians", "count", "nearly")


def test_pounds_of_a_thing_are_its_weight() -> None:
    from claimcheck.extraction.numbers.find import find_numbers

    (n,) = find_numbers("They seized 50 pounds of cocaine.")
    assert (n.value, n.unit, n.kind) == (50, "pound-mass", "quantity")
    for money in ["It cost 5 million pounds.", "It took 5 million pounds of public money."]:
        assert [n.unit for n in find_numbers(money)] == ["GBP"]
