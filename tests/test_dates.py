"""Date expressions found in a sentence and resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extraction.dates.find import find_dates
from claimcheck.extraction.dates.spec import NOTE_EVENT, NOTE_PASS_DATE
from claimcheck.models import GRANULARITIES, DateSlot

PUBLISHED = dt.date(2019, 10, 24)  # a Thursday


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def only(text: str, published: dt.date | None = PUBLISHED) -> DateSlot:
    slots = find_dates(text, published)
    assert len(slots) == 1, slots
    return slots[0]


# sentence, expected slot text, first day, last day, granularity
RESOLVED = [
    ("The talks ended, he said Thursday.", "Thursday", "2019-10-24", "2019-10-24", "day"),
    ("Trump said Monday he was ready.", "Monday", "2019-10-21", "2019-10-21", "day"),
    ("Officials met on Wednesday.", "Wednesday", "2019-10-23", "2019-10-23", "day"),
    ("Trump said Monday he will visit Seoul.", "Monday", "2019-10-21", "2019-10-21", "day"),
    ("The leaders will meet on Friday.", "Friday", "2019-10-25", "2019-10-25", "day"),
    ("They will meet on Thursday.", "Thursday", "2019-10-24", "2019-10-24", "day"),
    ("It happened last Thursday.", "last Thursday", "2019-10-17", "2019-10-17", "day"),
    ("He arrives next Monday.", "next Monday", "2019-10-28", "2019-10-28", "day"),
    ("The vote was held on Friday night.", "Friday night", "2019-10-18", "2019-10-18", "day"),
    ("He spoke today.", "today", "2019-10-24", "2019-10-24", "day"),
    ("Yesterday, the markets fell.", "Yesterday", "2019-10-23", "2019-10-23", "day"),
    ("The report is out tomorrow.", "tomorrow", "2019-10-25", "2019-10-25", "day"),
    ("Police said last night it was calm.", "last night", "2019-10-23", "2019-10-23", "day"),
    ("Talks broke down in February.", "February", "2019-02-01", "2019-02-28", "month"),
    ("Exports fell in October.", "October", "2019-10-01", "2019-10-31", "month"),
    ("Exports fell in December.", "December", "2018-12-01", "2018-12-31", "month"),
    ("He will step down in December.", "December", "2019-12-01", "2019-12-31", "month"),
    ("Prices rose earlier this month.", "earlier this month", "2019-10-01", "2019-10-31", "month"),
    ("Results come later this month.", "later this month", "2019-10-01", "2019-10-31", "month"),
    ("Sales fell last month.", "last month", "2019-09-01", "2019-09-30", "month"),
    ("They met on Sept.18, 2013 in Pyongyang.", "Sept.18, 2013", "2013-09-18", "2013-09-18", "day"),
    ("It opened on June 30, 2019.", "June 30, 2019", "2019-06-30", "2019-06-30", "day"),
    ("It closed on Aug. 27, 2018.", "Aug. 27, 2018", "2018-08-27", "2018-08-27", "day"),
    ("It was signed on 18 September 2013.", "18 September 2013", "2013-09-18", "2013-09-18", "day"),
    ("It was signed on Sept. 18.", "Sept. 18", "2019-09-18", "2019-09-18", "day"),
    ("The summit is due on Nov. 30.", "Nov. 30", "2019-11-30", "2019-11-30", "day"),
    ("The deal is set for 2 November.", "2 November", "2019-11-02", "2019-11-02", "day"),
    ("Inflation peaked in September 2013.", "September 2013", "2013-09-01", "2013-09-30", "month"),
    ("Pyongyang's end of year deadline looms.", "end of year", "2019-01-01", "2019-12-31", "year"),
    (
        "It will be done by the end of this year.",
        "end of this year",
        "2019-01-01",
        "2019-12-31",
        "year",
    ),
    (
        "Bills are due at the end of the month.",
        "end of the month",
        "2019-10-01",
        "2019-10-31",
        "month",
    ),
    ("Profits fell at year-end.", "year-end", "2019-01-01", "2019-12-31", "year"),
    ("Debt reached $1tn at the end of 2018.", "end of 2018", "2018-01-01", "2018-12-31", "year"),
    ("Trump and Kim met last November.", "last November", "2018-11-01", "2018-11-30", "month"),
    ("They meet again next June.", "next June", "2020-06-01", "2020-06-30", "month"),
    ("They will meet next week.", "next week", "2019-10-28", "2019-11-03", "week"),
    ("The case was heard last week.", "last week", "2019-10-14", "2019-10-20", "week"),
    (
        "The strike began earlier this week.",
        "earlier this week",
        "2019-10-21",
        "2019-10-27",
        "week",
    ),
    ("Protests continued this weekend.", "this weekend", "2019-10-26", "2019-10-27", "day"),
    ("Protesters marched last weekend.", "last weekend", "2019-10-19", "2019-10-20", "day"),
    ("Growth slowed last year.", "last year", "2018-01-01", "2018-12-31", "year"),
    ("Growth slowed earlier this year.", "earlier this year", "2019-01-01", "2019-12-31", "year"),
    ("A vote is due next year.", "next year", "2020-01-01", "2020-12-31", "year"),
    ("The deal collapsed late last year.", "late last year", "2018-01-01", "2018-12-31", "year"),
    ("He resigned three weeks ago.", "three weeks ago", "2019-09-30", "2019-10-06", "week"),
    ("He resigned 10 days ago.", "10 days ago", "2019-10-14", "2019-10-14", "day"),
    ("He resigned a few days ago.", "a few days ago", "2019-10-19", "2019-10-22", "day"),
    ("They married two years ago.", "two years ago", "2017-01-01", "2017-12-31", "year"),
    ("The firm rose to fame in the 1990s.", "1990s", "1990-01-01", "1999-12-31", "decade"),
    ("It boomed in the early 2000s.", "early 2000s", "2000-01-01", "2009-12-31", "decade"),
    ("A launch is planned for mid-2024.", "mid-2024", "2024-01-01", "2024-12-31", "year"),
    ("Prices have doubled since 2018.", "2018", "2018-01-01", "2018-12-31", "year"),
    ("He lost the 2016 election.", "2016", "2016-01-01", "2016-12-31", "year"),
    ("2019's budget was smaller.", "2019", "2019-01-01", "2019-12-31", "year"),
    ("The 2019-20 season was cut short.", "2019-20", "2019-01-01", "2020-12-31", "year"),
    ("It was built in the 19th century.", "19th century", "1800-01-01", "1899-12-31", "century"),
    (
        "It was the worst war of the 20th Century.",
        "20th Century",
        "1900-01-01",
        "1999-12-31",
        "century",
    ),
    (
        "Sony calls it the Walkman of the 21st Century and sells it.",
        "21st Century",
        "2000-01-01",
        "2099-12-31",
        "century",
    ),
    (
        "Talks were held in the summer of 2018.",
        "summer of 2018",
        "2018-06-01",
        "2018-08-31",
        "season",
    ),
    ("Work starts this spring.", "this spring", "2019-03-01", "2019-05-31", "season"),
    ("Sales rose in the summer.", "summer", "2019-06-01", "2019-08-31", "season"),
    ("Growth was 2% in Q3 2019.", "Q3 2019", "2019-07-01", "2019-09-30", "quarter"),
    (
        "Profit fell in the third quarter of 2018.",
        "third quarter of 2018",
        "2018-07-01",
        "2018-09-30",
        "quarter",
    ),
    ("Profit fell in the first quarter.", "first quarter", "2019-01-01", "2019-03-31", "quarter"),
    (
        "Sales fell in the fourth quarter of last year.",
        "fourth quarter of last year",
        "2018-10-01",
        "2018-12-31",
        "quarter",
    ),
    (
        "Output grew in the first half of 2019.",
        "first half of 2019",
        "2019-01-01",
        "2019-06-30",
        "year",
    ),
    ("He moved there in June last year.", "June last year", "2018-06-01", "2018-06-30", "month"),
    ("Shops were busy on Christmas Eve.", "Christmas Eve", "2018-12-24", "2018-12-24", "day"),
    ("Sales slumped over Easter.", "Easter", "2019-04-21", "2019-04-21", "day"),
    (
        "Talks, which began on Monday, will resume on Friday.",
        "Monday",
        "2019-10-21",
        "2019-10-21",
        "day",
    ),
    (
        "Talks, which began on Monday, will resume on Friday.",
        "Friday",
        "2019-10-25",
        "2019-10-25",
        "day",
    ),
    ("The vote is this Monday.", "this Monday", "2019-10-21", "2019-10-21", "day"),
    ("Profit fell in the fourth quarter.", "fourth quarter", "2018-10-01", "2018-12-31", "quarter"),
    ("June's figures were weak.", "June", "2019-06-01", "2019-06-30", "month"),
    ("Prices rose in early June.", "early June", "2019-06-01", "2019-06-30", "month"),
    ("Sales have doubled in the past week.", "past week", "2019-10-17", "2019-10-24", "week"),
    (
        "Sales doubled over the last three years.",
        "last three years",
        "2016-10-24",
        "2019-10-24",
        "year",
    ),
    ("The plant closed a decade ago.", "a decade ago", "2004-01-01", "2013-12-31", "decade"),
    ("It was first staged in 1947.", "1947", "1947-01-01", "1947-12-31", "year"),
    ("A deal was struck in 2003-4.", "2003-4", "2003-01-01", "2004-12-31", "year"),
    ("Shops open on Boxing Day 2019.", "Boxing Day 2019", "2019-12-26", "2019-12-26", "day"),
]


@pytest.mark.parametrize(("sentence", "text", "first", "last", "granularity"), RESOLVED)
def test_resolves_against_article_date(
    sentence: str, text: str, first: str, last: str, granularity: str
) -> None:
    slot = next(s for s in find_dates(sentence, PUBLISHED) if s.text == text)
    assert slot.interval == (d(first), d(last))
    assert slot.granularity == granularity
    assert sentence[slot.start : slot.end] == text
    assert not slot.ambiguous
    assert slot.note is None


# A vague part of a period is the whole period with the part named (TimeML: a TIMEX3
# value with its mod); a precise part ("the first half", "the third quarter") has none.
PARTS = [
    ("Prices rose in early June.", "early June", "start"),
    ("It boomed in the early 2000s.", "early 2000s", "start"),
    ("Shares have fallen since the beginning of the year.", "beginning of the year", "start"),
    ("A launch is planned for mid-2024.", "mid-2024", "mid"),
    ("Trading was heavy in mid-October.", "mid-October", "mid"),
    ("The deal collapsed late last year.", "late last year", "end"),
    ("Bills are due at the end of the month.", "end of the month", "end"),
    ("Profits fell at year-end.", "year-end", "end"),
    ("Prices rose earlier this month.", "earlier this month", "earlier"),
    ("Results come later this month.", "later this month", "later"),
    ("Profit rose in the first half of 2019.", "first half of 2019", None),
    ("Profit fell in the fourth quarter.", "fourth quarter", None),
    ("Talks broke down in February.", "February", None),
]


@pytest.mark.parametrize(("sentence", "text", "part"), PARTS)
def test_a_vague_part_names_its_part_of_the_whole_period(
    sentence: str, text: str, part: str | None
) -> None:
    slot = next(s for s in find_dates(sentence, PUBLISHED) if s.text == text)
    assert slot.part == part


def test_last_june_is_ambiguous_and_prefers_last_year() -> None:
    slot = only("Trump and Kim have met three times since last June.")
    assert slot.text == "last June"
    assert slot.ambiguous
    assert slot.interval == (d("2018-06-01"), d("2018-06-30"))
    assert set(slot.readings) == {
        (d("2018-06-01"), d("2018-06-30")),
        (d("2019-06-01"), d("2019-06-30")),
    }
    assert slot.relative


# A fiscal year's months are its keeper's: the calendar's period stands in (as TimeML's
# "FY1997" does) and the note says so; a calendar period gets no such note.
@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("Net income for fiscal 1997 fell.", "1997", "1997-01-01", "1997-12-31"),
        ("Sales rose in the 2004 fiscal year.", "2004", "2004-01-01", "2004-12-31"),
        ("It borrowed more in the financial year 2004-05.", "2004-05", "2004-01-01", "2005-12-31"),
        (
            "Profit fell in the third quarter of fiscal 2018.",
            "third quarter of fiscal 2018",
            "2018-07-01",
            "2018-09-30",
        ),
        ("Profit fell in the fiscal third quarter.", "third quarter", "2019-07-01", "2019-09-30"),
    ],
)
def test_a_fiscal_period_is_the_calendars_with_a_note(
    sentence: str, text: str, first: str, last: str
) -> None:
    slot = only(sentence)
    assert (slot.text, slot.interval) == (text, (d(first), d(last)))
    assert slot.note is not None and slot.note.startswith("fiscal period")


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("They met on Christmas.", "Christmas", "2018-12-25"),
        ("He gave up chocolate in Lent and lost weight.", "Lent", "2019-03-06"),
        ("Fireworks will light the sky on Bonfire Night.", "Bonfire Night", "2019-11-05"),
        ("Veterans will march on Remembrance Sunday.", "Remembrance Sunday", "2019-11-10"),
    ],
)
def test_holidays_after_on_and_in_and_named_by_night(sentence: str, text: str, day: str) -> None:
    slot = only(sentence)
    assert slot.text == text and slot.interval is not None and slot.interval[0] == d(day)


def test_a_day_that_names_an_event_keeps_its_year_open() -> None:
    # "the 11 September attacks" is not the latest 11 September: the year is not given.
    slot = only("Spending rose after the 11 September attacks.")
    assert (slot.text, slot.interval) == ("11 September", None)
    assert slot.note == "names an event: its year is not given"
    assert only("The deal ends on 11 September.").interval is not None


def test_a_calendar_period_has_no_fiscal_note() -> None:
    assert only("Profit fell in the third quarter of 2018, amid a financial crisis.").note is None
    assert only("The financial crisis of 1998 hit hard.").note is None


def test_winter_of_a_year_is_ambiguous() -> None:
    slot = only("Snow fell in the winter of 2018.")
    assert slot.ambiguous and slot.interval in slot.readings
    assert slot.interval == (d("2017-12-01"), d("2018-02-28"))


@pytest.mark.parametrize(
    "sentence",
    [
        "You may go now.",
        "Thousands joined a march on Washington.",
        "Theresa May said she would stay.",
        "Mrs May's deal failed.",
        "There was one day of meetings.",
        "The talks lasted two weeks.",
        "The Sun reported the story.",
        "He reached the second round.",
        "About 2019 people attended.",
        "The show starts at 1900 GMT.",
        "It uses a 2048-bit key.",
        "He signed the Good Friday Agreement.",
        "She told the Mail on Sunday.",
        "He told BBC Radio 4's Today programme.",
        "Prices fall when demand drops.",
        "It was the start of the Arab Spring.",
        "Christmas trading was weak.",
        "Shoppers spent more in Christmas trading.",
        "His government introduced the Holocaust Memorial Day.",
        "The Night Watch hangs there.",
        "They lost to Sheffield Wednesday.",
        "Black Monday sales rose.",
        "April Jones was named.",
        "Theresa May's election was a surprise.",
        "He attended a March rally.",
        "The May government fell.",
        "He joined 20th Century Fox as a writer.",
        "Disney bought 21st Century Fox.",
        "The Simpsons (Twentieth Century Fox, BBC Two)",
    ],
)
def test_ordinary_words_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("If a May election is called, the Budget comes first.", "2005-05-01"),
        ("The March budget cut taxes.", "2005-03-01"),
        ("Ministers prepared for the May elections.", "2004-05-01"),
    ],
)
def test_may_and_march_dating_an_event_are_months(text: str, month: str) -> None:
    # Between an article and the event it dates, "May" and "March" are months.
    assert only(text, dt.date(2005, 3, 15)).interval[0] == d(month)


def test_published_on_the_weekday_itself() -> None:
    # Published on a Thursday: "Thursday" is that day, past or future.
    assert only("Police said Thursday.").interval == (PUBLISHED, PUBLISHED)
    assert only("Police will act on Thursday.").interval == (PUBLISHED, PUBLISHED)
    assert only("Police acted last Thursday.").interval == (d("2019-10-17"), d("2019-10-17"))
    assert only("Police act next Thursday.").interval == (d("2019-10-31"), d("2019-10-31"))


def test_end_of_the_year_early_in_january_is_last_years_end() -> None:
    slot = only("Sales slumped at the end of the year.", dt.date(2020, 1, 10))
    assert (slot.interval, slot.part) == ((d("2019-01-01"), d("2019-12-31")), "end")
    slot = only("Sales will recover by the end of the year.", dt.date(2020, 1, 10))
    assert (slot.interval, slot.part) == ((d("2020-01-01"), d("2020-12-31")), "end")


def test_prefers_the_longest_expression() -> None:
    texts = [s.text for s in find_dates("On Monday, Oct. 21, 2019, prices rose.", PUBLISHED)]
    assert texts == ["Monday, Oct. 21, 2019"]
    assert [s.text for s in find_dates("It rose earlier this month.", PUBLISHED)] == [
        "earlier this month"
    ]


def test_a_weekday_that_contradicts_the_date_is_noted() -> None:
    slot = only("It happened on Tuesday, Oct. 21, 2019.")
    assert slot.interval == (d("2019-10-21"), d("2019-10-21"))
    assert slot.note is not None and "weekday" in slot.note
    assert only("It happened on Monday, 21 October 2019.").note is None


def test_impossible_days_stay_unresolved() -> None:
    slot = only("It was signed on Feb. 30, 2019.")
    assert slot.interval is None and slot.note == "no such day"


def test_ranges_give_two_years() -> None:
    slots = find_dates("Output doubled between 2010 and 2015.", PUBLISHED)
    assert [(s.text, s.granularity) for s in slots] == [("2010", "year"), ("2015", "year")]


def test_offset_is_added_and_slices_the_article() -> None:
    article = "Seoul. Trump said Monday he met Kim on June 30, 2019 and last June."
    start = article.index("Trump")
    slots = find_dates(article[start:], PUBLISHED, offset=start)
    assert [s.text for s in slots] == ["Monday", "June 30, 2019", "last June"]
    for s in slots:
        assert article[s.start : s.end] == s.text


def test_without_a_date_relative_expressions_stay_unresolved() -> None:
    text = "On Monday he recalled June 30, 2019, last June, Sept. 18 and the events of 2018."
    slots = {s.text: s for s in find_dates(text, None)}
    for rel, gran in [("Monday", "day"), ("last June", "month"), ("Sept. 18", "day")]:
        slot = slots[rel]
        assert slot.interval is None and slot.relative and slot.note == NOTE_PASS_DATE
        assert slot.granularity == gran and not slot.ambiguous
    assert slots["June 30, 2019"].interval == (d("2019-06-30"), d("2019-06-30"))
    assert not slots["June 30, 2019"].relative
    assert slots["2018"].interval == (d("2018-01-01"), d("2018-12-31"))
    assert find_dates("three weeks ago", None)[0].note == NOTE_PASS_DATE
    assert find_dates("Q3 2019", None)[0].interval == (d("2019-07-01"), d("2019-09-30"))


def test_later_and_earlier_hang_on_another_event() -> None:
    slot = only("Five days later, he resigned.")
    assert slot.text == "Five days later"
    assert slot.interval is None and slot.note == NOTE_EVENT and slot.granularity == "day"


def test_sentences_without_date_words_are_empty() -> None:
    assert find_dates("The minister denied the claims.", PUBLISHED) == []
    assert find_dates("", PUBLISHED) == []


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(),
    published=st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    offset=st.integers(min_value=0, max_value=10_000),
)
def test_never_raises_and_offsets_slice(text: str, published: dt.date | None, offset: int) -> None:
    slots = find_dates(text, published, offset=offset)
    ends = -1
    for s in slots:
        assert text[s.start - offset : s.end - offset] == s.text
        assert s.start - offset >= ends  # in order, never overlapping
        ends = s.end - offset
        assert s.granularity in GRANULARITIES
        if s.interval is not None:
            assert s.interval[0] <= s.interval[1]
        else:
            assert s.note
        if s.ambiguous:
            assert s.interval in s.readings


date_words = st.sampled_from(
    "Monday last June Sept. 18, 2013 in 2019 the 1990s mid-2024 three weeks ago end of year "
    "earlier this month Q3 2019 last summer next week May March today Christmas Day".split(" ")
)


@settings(max_examples=200, deadline=None)
@given(st.lists(date_words | st.text(max_size=5), max_size=12).map(" ".join))
def test_mixed_date_words_never_raise(text: str) -> None:
    for s in find_dates(text, PUBLISHED, offset=3):
        assert text[s.start - 3 : s.end - 3] == s.text


# ---------------------------------------------------------------- the scan's shortcuts
# find_dates runs rewritten patterns that must give exactly what the plain ones would.

_ANCHOR_BITS = st.sampled_from(
    "day Day ury year Year week Week month morning mn summer night tomorrow narrow winter "
    "afternoon fall Fall evening quarter decade arcade spring pring Jan June Jul Feb Mar May "
    "Apr Aug Sep Oct Nov Dec Christmas Easter Hogmanay Halloween Q3 1999 2005 2100 '90s ’20s "
    "'0s C m g v p 0 s a \n é , 1 2 march may january june july junior february august "
    "october april apr september november december b Thanksgiving Ramadan Pentecost Lent Eid "
    "T R P L E id christmas thanksgiving halloween hallow half Half alf Night N ight ".split(" ")
)
_JOINERS = st.sampled_from(["", " ", "", "x", "'", "—"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_ANCHOR_BITS, _JOINERS), max_size=10).map(
        lambda parts: "".join(a + b for a, b in parts)
    )
    | st.text(max_size=40)
)
def test_scan_finds_the_anchors_in_order(text: str) -> None:
    from claimcheck.extraction.dates.patterns import ANCHOR, SCAN, SCAN_SHIFT

    found = [
        m.start() - (SCAN_SHIFT[m.lastindex] if m.lastindex else 0) for m in SCAN.finditer(text)
    ]
    assert found == [m.start() for m in ANCHOR.finditer(text)]


_TOKEN_BITS = st.sampled_from(
    "last Last lastly a an A this first twenty Sept September Sep Mar March 12 2019 ' ’ "
    "é $ £ # _ . , - ( x Q Christmas early".split(" ")
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_TOKEN_BITS, _JOINERS), max_size=10).map(
        lambda parts: "".join(a + b for a, b in parts)
    )
    | st.text(max_size=40)
)
def test_candidates_are_the_tokens_that_could_start_a_date(text: str) -> None:
    """CANDIDATE gives the token starts a plain tokenizer would try: a key of STARTS with
    no word character (nor currency or #) before it, the others being rejected anyway."""
    import re

    from claimcheck.extraction.dates.patterns import CANDIDATE, CANDIDATE_AT0, STARTS, TOKEN_KEY

    token = re.compile(r"([0-9]+)|[A-Za-z]+|['’]")

    def key(t: re.Match[str]) -> str:
        if not t.lastindex:
            return t.group()
        return "#4" if len(t.group()) == 4 else "#"

    def found_key(c: re.Match[str]) -> str:
        g = c.lastindex or 0
        return c[g] if g > 2 else TOKEN_KEY[g]

    expected = [
        (t.start(), key(t))
        for t in token.finditer(text)
        if key(t) in STARTS and not (t.start() and re.match(r"[\w$£€#]", text[t.start() - 1]))
    ]
    found = [(c.end(), found_key(c)) for c in CANDIDATE.finditer(text)]
    first = CANDIDATE_AT0.match(text)
    if first is not None:
        found.insert(0, (0, found_key(first)))
    assert found == expected


# FUTURE as first written, one alternative per phrase from its first letter.
_FUTURE_PLAIN = (
    r"w(?<!\ww)(?:ill|on't)\b|s(?<!\ws)hall\b|['’]ll\b"
    r"|i(?<!\wi)s\s+(?:due|expected|scheduled|slated|set\s+(?:to|for)|(?:poised|going|planning|"
    r"hoping)\s+to)\b"
    r"|a(?<!\wa)re\s+(?:due|expected|scheduled|slated|set\s+(?:to|for)|(?:poised|going|planning|"
    r"hoping)\s+to)\b"
    r"|b(?<!\wb)e(?:en)?\s+(?:expected|due|set|scheduled|slated|poised|going|planning|hoping)"
    r"\s+to\b"
    r"|p(?<!\wp)lan(?:s|ning)?\s+to\b|i(?<!\wi)ntends?\s+to\b|a(?<!\wa)ims?\s+to\b"
    r"|h(?<!\wh)opes?\s+to\b|e(?<!\we)xpects?\s+to\b|v(?<!\wv)owed\s+to\b"
    r"|p(?<!\wp)(?:ledged|romised)\s+to\b|a(?<!\wa)greed\s+to\b|t(?<!\wt)hreatened\s+to\b"
    r"|s(?<!\ws)cheduled\b|u(?<!\wu)pcoming\b|f(?<!\wf)orthcoming\b|c(?<!\wc)oming\b"
    r"|n(?<!\wn)ext\b(?!\s+(?:day|morning|evening|night|to)\b)|b(?<!\wb)y\s+the\s+end\s+of\b"
)
_FUTURE_BITS = st.sampled_from(
    "will won't shall 'll ’ll Will is are be been due expected scheduled slated set to for "
    "poised going planning hoping plan plans intend intends aim aims hope hopes expect "
    "expects vowed pledged promised agreed threatened upcoming forthcoming coming next day "
    "morning night by the end of x a w s up ex ne é _ 1".split(" ")
)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(_FUTURE_BITS, st.sampled_from(["", " ", " ", "  ", "\t", ",", "x"])), max_size=6
    ).map(lambda parts: "".join(a + b for a, b in parts))
)
def test_future_matches_where_the_plain_spelling_does(text: str) -> None:
    import re

    from claimcheck.extraction.dates.patterns import FUTURE

    assert (FUTURE.search(text) is None) == (re.search(_FUTURE_PLAIN, text) is None)


@pytest.mark.parametrize(
    "text",
    [
        "The trial is expected to last five months.",
        "The strike will last three days.",
        "The talks could last two weeks, officials said.",
        "It won't last six months.",
    ],
)
def test_last_as_a_verb_is_not_a_date(text: str) -> None:
    assert find_dates(text, dt.date(2005, 3, 1)) == []


@pytest.mark.parametrize(
    ("text", "first", "ambiguous"),
    [
        # A month after a verb that sets a date is a month, not "voted for May" the person.
        ("The elections are scheduled for May.", "2020-05-01", False),
        ("The vote is now set for December.", "2019-12-01", False),
        ("The talks will be moved to June.", "2020-06-01", False),
        ("Mayoral polls are also scheduled for 5 May.", "2020-05-05", False),
        # With no other tense in the sentence, a plan looks ahead.
        (
            "The heats take place on Friday with the final scheduled for Saturday.",
            "2019-10-26",
            False,
        ),
        # A past tense says when the date was set, not on which side of the article it
        # lies: the nearest occurrence, with both readings kept.
        ("The hearing was pushed back to November.", "2019-11-01", True),
        ("The concert, scheduled for October 3, was cancelled.", "2019-10-03", True),
        # An expectation set on a date is a plan too ("widely tipped for 5 May").
        (
            "He said the upcoming election - widely tipped for 5 May - would be close.",
            "2020-05-05",
            False,
        ),
        ("The election is widely tipped for May.", "2020-05-01", False),
        ("A strike is already earmarked for 23 March.", "2020-03-23", False),
        ("The poll, expected in May, will be close.", "2020-05-01", False),
        ("He said the poll, expected in May, would be close.", "2019-05-01", True),
        # Not a comparison with what was expected.
        ("Sales fell more than expected in May.", "2019-05-01", False),
    ],
)
def test_a_date_set_by_a_scheduling_verb(text: str, first: str, ambiguous: bool) -> None:
    slot = find_dates(text, PUBLISHED)[-1]
    assert slot.interval is not None and slot.interval[0] == d(first)
    assert slot.ambiguous is ambiguous


def test_for_may_without_a_scheduling_verb_is_no_date() -> None:
    assert find_dates("He voted for May in the leadership contest.", PUBLISHED) == []
    assert find_dates("Voters turned to May in droves.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "first", "ambiguous"),
    [
        ("Rebels attacked the town over the weekend.", "2019-10-19", False),  # just gone
        ("Talks will resume at the weekend.", "2019-10-26", False),  # the coming one
        ("Shops open at the weekend.", "2019-10-26", True),  # no tense: both readings
    ],
)
def test_the_weekend_is_placed_by_the_tense(text: str, first: str, ambiguous: bool) -> None:
    slot = only(text)
    assert slot.text == "weekend" and slot.granularity == "day"
    assert slot.interval is not None and slot.interval[0] == d(first)
    assert slot.interval[1] - slot.interval[0] == dt.timedelta(days=1)
    assert slot.ambiguous is ambiguous


def test_the_weekend_of_a_date_is_not_a_weekend_on_its_own() -> None:
    assert [s.text for s in find_dates("The weekend of July 4 was busy.", PUBLISHED)] == ["July 4"]
