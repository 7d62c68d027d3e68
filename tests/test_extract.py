"""The extraction pipeline on small texts: datelines, one-per-line, offsets, scoring."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck import extract
from claimcheck.extraction.pipeline import _has_escapes
from claimcheck.extraction.scoring import RuleScorer, Sentence
from tests.spans import assert_offsets_slice


def test_dateline_gives_the_publication_date() -> None:
    text = "SEOUL, Oct. 24, 2019 (Reuters) - North Korea said on Monday it would not talk.\n"
    x = extract(text)
    assert x.article.published == dt.date(2019, 10, 24)
    assert x.article.published_source == "dateline"
    monday = x.sentences[0].dates
    assert any(d.interval == (dt.date(2019, 10, 21), dt.date(2019, 10, 21)) for d in monday)


def test_byline_date_line_gives_the_publication_date() -> None:
    text = (
        "Big Story\n\nPublished October 24, 2019\n\n"
        "The minister resigned on Tuesday after 12 years.\n"
    )
    x = extract(text)
    assert x.article.published == dt.date(2019, 10, 24)


def test_caption_dates_are_not_datelines() -> None:
    text = "FILE - A man waves in Seoul, June 30, 2019.\n\nThe talks failed on Monday.\n"
    assert extract(text).article.published is None


def test_option_date_wins() -> None:
    text = "SEOUL, Oct. 24, 2019 (Reuters) - Talks failed on Monday.\n"
    x = extract(text, published=dt.date(2020, 1, 1))
    assert x.article.published == dt.date(2020, 1, 1)
    assert x.article.published_source == "option"


def test_one_per_line_gives_one_sentence_per_line() -> None:
    text = "Unemployment fell to 4% in 2019.\n\nThank you.\nWe met twice. Then again.\n"
    x = extract(text, one_per_line=True)
    assert [c.text for c in x.sentences] == [
        "Unemployment fell to 4% in 2019.",
        "Thank you.",
        "We met twice. Then again.",
    ]
    assert x.sentences[0].score > x.sentences[1].score


def test_duplicate_paragraphs_yield_claims_once() -> None:
    para = "The company said profits rose 76% to $1.13bn in the three months to December."
    x = extract(f"{para}\n\n{para}\n")
    assert len(x.claims) == 1


def test_scorer_prefers_facts_to_chatter() -> None:
    x = extract(
        "Unemployment rose 3% last year, the largest increase since 2008.\n"
        "I think that's a great question, thank you.\n",
        one_per_line=True,
        published=dt.date(2019, 10, 24),
    )
    fact, chatter = x.sentences
    assert fact.score > 0.5 > chatter.score
    assert {"number", "comparison", "date"} <= set(fact.kinds)
    assert any(r.startswith("has a number (+") for r in fact.reasons)


def test_rule_scorer_weighs_signals() -> None:
    scorer = RuleScorer()
    bare = scorer.score(Sentence("The committee met in the capital and agreed on the budget."))
    hedged = scorer.score(Sentence("The committee may perhaps have met, I think, maybe."))
    assert bare.score > hedged.score


def test_a_custom_scorer_plugs_in() -> None:
    class Everything:
        threshold = 0.5

        def score(self, sentence):  # type: ignore[no-untyped-def]
            from claimcheck.extraction.scoring import Score

            return Score(1.0, ("event",), ("always",))

    x = extract("Hello there. Nice day.", scorer=Everything())
    assert all(c.is_claim and c.reasons == ("always",) for c in x.sentences)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
@example("£\x800")  # found by CI: the money "£ 0" read across a C1 control
@example("In June\x9b2019 there were 3\x1b[31m0 deaths, 4 more than in May\x1b]0;x\x07.")
def test_offsets_always_slice_to_the_claim_text(text: str) -> None:
    assert_offsets_slice(text, extract(text, published=dt.date(2019, 10, 24)))


NEWSY = st.lists(
    st.sampled_from(
        [
            "U.S. President Donald Trump",
            "met",
            "three times",
            "since last June",
            ".",
            ",",
            '"',
            "Kim said",
            "on Monday",
            "in February",
            "$1.2 billion",
            "50%",
            "\n",
            "\n\n",
            "Sept.18, 2013",
            "the envoy added",
            "XS",
            "FILE -",
            "(",
            "earlier this month",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_offsets_slice_on_newsy_text(text: str) -> None:
    assert_offsets_slice(text, extract(text, published=dt.date(2019, 10, 24)))


@pytest.mark.parametrize(
    "text, found",
    [
        ("Plain ASCII news copy.", False),
        ("Colour \x1b[31mcodes\x1b[0m.", True),
        ("Curly “quotes” and £5.", False),
        ("A C1 control \x9b2J in “Unicode” text.", True),
        ("ESC \x1b]0;title in “Unicode” text.", True),
    ],
)
def test_an_article_with_escapes_is_seen_in_one_scan(text: str, found: bool) -> None:
    assert _has_escapes(text) is found


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # "US" the country is no "us"; "May" the month no "may".
        ("Assange faces a charge in the US.", "first_person", None),
        ("They told us about it.", None, "first_person"),
        ("In May, NASA said it would go.", "hedge", None),
        ("The rule may change in May.", None, "hedge"),
    ],
)
def test_signals_read_the_case_that_changes_a_word(
    text: str, absent: str | None, present: str | None
) -> None:
    from claimcheck.extraction.scoring import lexical_signals

    found = lexical_signals(text)
    assert absent is None or absent not in found
    assert present is None or present in found


def test_a_name_ending_in_ed_is_no_past_tense() -> None:
    from claimcheck.extraction.dates.find import find_dates

    # "the United States" looked back: the launch the day after was last year's.
    day = dt.date(2019, 11, 18)
    (slot,) = find_dates("The phones launch on November 19 in the United States.", day)
    assert slot.interval == (dt.date(2019, 11, 19), dt.date(2019, 11, 19))


def test_coming_into_force_looks_ahead() -> None:
    from claimcheck.extraction.dates.find import find_dates

    day = dt.date(2005, 3, 15)
    (ahead,) = find_dates("The new rules come into force in October.", day)
    assert ahead.interval == (dt.date(2005, 10, 1), dt.date(2005, 10, 31))
    (behind,) = find_dates("The law came into force in October.", day)
    assert behind.interval == (dt.date(2004, 10, 1), dt.date(2004, 10, 31))


def test_a_year_in_quotation_marks_is_a_title() -> None:
    from claimcheck.extraction.dates.find import find_dates

    day = dt.date(2019, 11, 18)
    assert find_dates('She wants to re-record "1989" and other albums.', day) == []
    assert [d.text for d in find_dates("Prices rose in 1989.", day)] == ["1989"]


def test_a_perfect_not_yet_done_does_not_look_back() -> None:
    from claimcheck.extraction.dates.find import find_dates

    day = dt.date(2019, 11, 20)
    text = "They are the only ones who haven't yet qualified for the December debate."
    (slot,) = find_dates(text, day)
    assert slot.interval == (dt.date(2019, 12, 1), dt.date(2019, 12, 31))
