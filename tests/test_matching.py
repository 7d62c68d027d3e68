"""Cross-matching: candidates, scores, relations, tiers and explanations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.matching.agreement import slots_of
from claimcheck.matching.corpus import Corpus
from claimcheck.matching.evidence import load
from claimcheck.matching.matches import MIN_CONFIDENT_WORDS, aligned_span, find_matches, relation_of
from claimcheck.matching.similarity import FEATURES, Model, shipped
from claimcheck.models import RELATIONS, Match, Reference

DATA = Path(__file__).resolve().parent / "data" / "matching"
EVIDENCE = DATA / "evidence_article.txt"
ARTICLE_DATE = dt.date(2019, 10, 24)  # the VOA example's
WIRE_DATE = dt.date(2019, 10, 25)  # the other accounts'


def article(rid: str, text: str, published: dt.date | None = WIRE_DATE) -> Reference:
    return Reference(rid, text, "wire", "article", published=published)


FILLER = [
    article("f1", "Sweden hosted working-level talks in Stockholm earlier this month."),
    article("f2", "The price of rice rose sharply in Manila last year."),
    article("f3", "Heavy rain flooded several villages in northern Italy on Sunday."),
    article("f4", "The central bank left interest rates unchanged at 1.5 percent."),
]
TWICE = article("twice", "Trump and Kim have met twice since June 2018.")
THREE = article("three", "Trump and Kim have met three times since June 2018.")
MARCH = article(
    "march", "Talks broke down in March when Trump walked away from a summit with Kim in Hanoi."
)
FACTCHECK = Reference(
    "fc1",
    "Trump and Kim have met three times since June 2018.",
    "desk",
    "factcheck",
    title="Have Trump and Kim met three times?",
    published=dt.date(2019, 10, 30),
    url="https://verify.example/fc1",
    rating="Mostly true",
    publisher="Verify Desk",
)

THREE_TIMES = "Trump and Kim have met three times since last June and exchange personal letters."
FEBRUARY = "Talks broke down in February when Trump walked away from a summit with Kim in Hanoi."


def matches(text: str, refs: list[Reference], **kw: Any) -> list[Match]:
    kw.setdefault("published", ARTICLE_DATE)
    return find_matches(text, Corpus(refs), **kw)


def by_id(found: list[Match]) -> dict[str, Match]:
    return {m.reference.id: m for m in found}


# --- relations ---------------------------------------------------------------------


def test_a_different_count_conflicts_and_names_the_slot() -> None:
    best = matches(THREE_TIMES, [TWICE, *FILLER])[0]
    assert best.reference.id == "twice"
    assert best.relation == "conflicts"
    assert best.clashes == ("count 3 vs 2",)
    assert "differs: count 3 vs 2" in best.reasons
    assert "date June 2018" in best.shared
    assert best.confident  # the tier is about similarity, not agreement


def test_a_different_month_conflicts_and_names_the_slot() -> None:
    best = matches(FEBRUARY, [MARCH, *FILLER])[0]
    assert best.reference.id == "march"
    assert best.relation == "conflicts"
    assert best.clashes == ("month February 2019 vs March 2019",)
    assert best.confident


def test_the_claims_date_resolves_a_reference_without_its_own() -> None:
    undated = MARCH._replace(published=None)
    best = matches(FEBRUARY, [undated, *FILLER])[0]
    assert best.clashes == ("month February 2019 vs March 2019",)


def test_agreeing_slots_corroborate() -> None:
    best = matches("Trump and Kim have met three times since last June.", [THREE, *FILLER])[0]
    assert best.reference.id == "three"
    assert best.relation == "corroborates"
    assert best.clashes == ()
    assert best.shared == ("count three times", "date June 2018", "names Kim, Trump")
    assert "same count three times" in best.reasons
    assert best.confident


@pytest.mark.parametrize(
    ("claim", "source", "relation"),
    [
        # Every content word said: the same statement, however it is attributed.
        (
            "Exports rose 40 percent in 2019, the ministry said.",
            "Exports rose 40 percent in 2019.",
            "corroborates",
        ),
        # A word the source does not say: another statement ("book" is not "film").
        (
            "The comedy drama film won three awards in 2019.",
            "The comedy drama book won three awards in 2019.",
            "related",
        ),
    ],
)
def test_corroborates_only_when_the_source_states_every_content_word(
    claim: str, source: str, relation: str
) -> None:
    ref = article("s", source)
    (best,) = [m for m in matches(claim, [ref, *FILLER]) if m.reference.id == "s"]
    assert best.relation == relation


OHIO = "Ohio health officials counted fewer than 300 flu deaths this winter."


def test_a_clash_about_the_same_thing_conflicts_though_worded_differently() -> None:
    """Below the similarity floor, a candidate that names the same place and is at odds
    on a figure of the same kind is shown as a (not confident) conflict."""
    other = article(
        "ohio", "The state recorded 342 flu deaths over the winter in Ohio, officials said."
    )
    found = by_id(matches(OHIO, [other, *FILLER], min_score=0.5))
    assert found["ohio"].relation == "conflicts"
    assert not found["ohio"].confident
    assert found["ohio"].score < 0.5
    assert "differs: count fewer than 300 flu deaths vs 342 flu deaths" in found["ohio"].reasons


def test_a_clash_with_a_statement_about_something_else_is_not_shown() -> None:
    other = article("texas", "Texas reported 342 flu deaths.")
    assert "texas" not in by_id(matches(OHIO, [other, *FILLER], min_score=0.5))


def test_the_clash_rescue_leaves_fact_checks_alone() -> None:
    other = Reference(
        "fc", "Ohio recorded 342 flu deaths over the winter.", "desk", "factcheck", rating="True"
    )
    found = by_id(matches(OHIO, [other, *FILLER], min_score=0.5))
    assert "fc" not in found or found["fc"].relation == "checked-before"


def test_a_date_given_as_a_bound_clashes_however_the_rest_is_worded() -> None:
    """Dates of statements worded differently are usually two events; a bound ("born
    before 2000") is the statement itself."""
    other = article("born", "Mathew Baynton (born 21 June 2005) is an English actor and writer.")
    (found,) = matches("Mathew Baynton was born before 2000.", [other], min_score=0)
    assert found.relation == "conflicts"
    assert "differs: year before 2000 vs 2005-06-21" in found.reasons


def test_a_rated_factcheck_is_checked_before_with_its_verdict() -> None:
    best = matches(THREE_TIMES, [FACTCHECK, *FILLER])[0]
    assert best.reference.id == "fc1"
    assert best.relation == "checked-before"
    assert "rated 'Mostly true' by Verify Desk on 2019-10-30" in best.reasons
    assert best.reasons[0].startswith("similarity ")


def test_checked_before_wins_over_a_clash_which_is_still_reported() -> None:
    rated_twice = FACTCHECK._replace(text="Trump and Kim have met twice since June 2018.")
    best = matches(THREE_TIMES, [rated_twice, *FILLER])[0]
    assert best.relation == "checked-before"
    assert best.clashes == ("count 3 vs 2",)
    assert "differs: count 3 vs 2" in best.reasons


def test_explicit_slots_are_used_instead_of_the_texts() -> None:
    said_twice = slots_of("They met twice since June 2018.", ARTICLE_DATE)
    best = matches(THREE_TIMES, [THREE, *FILLER], slots=said_twice)[0]
    assert best.relation == "conflicts"
    assert best.clashes == ("count 2 vs 3",)


@pytest.mark.parametrize(
    ("ref", "shared", "clashes", "confident", "expected"),
    [
        (FACTCHECK, (), (), False, "checked-before"),
        (FACTCHECK._replace(kind="claim"), (), ("count 3 vs 2",), False, "checked-before"),
        # A fact-check covers the claim, rated or not; an earlier claim once rated.
        (FACTCHECK._replace(rating=None), (), (), False, "checked-before"),
        (FACTCHECK._replace(kind="claim", rating=None), (), (), False, "related"),
        (FACTCHECK._replace(kind="claim", rating="in-progress"), (), (), False, "related"),
        (FACTCHECK._replace(kind="article"), (), (), False, "related"),
        (THREE, ("count three times",), ("count 3 vs 2",), True, "conflicts"),
        (THREE, ("count three times",), (), False, "corroborates"),
        (THREE, ("names Kim",), (), True, "corroborates"),
        (THREE, ("names Kim",), (), False, "related"),
        (THREE, (), (), False, "related"),
        # "not" in one of two loosely similar sentences is usually about something else.
        (THREE, ("names Kim",), ("negation: this says not",), False, "related"),
        (THREE, ("names Kim",), ("negation: this says not",), True, "conflicts"),
        (THREE, (), ("negation: this says not", "count 3 vs 2"), False, "conflicts"),
    ],
)
def test_relation_of(
    ref: Reference,
    shared: tuple[str, ...],
    clashes: tuple[str, ...],
    confident: bool,
    expected: str,
) -> None:
    assert relation_of(ref, shared, clashes, confident) == expected
    assert expected in RELATIONS


def test_a_negation_alone_conflicts_only_when_the_source_says_all_the_claim_says() -> None:
    """A caption ("Harstedt attends a news conference") is not what "the meeting was not
    interrupted" denies: the words the source leaves out make it related."""
    negation = ("negation: the other says not",)
    assert relation_of(THREE, ("names Kim",), negation, True, ("conference",)) == "related"
    assert relation_of(THREE, ("names Kim",), negation, True, ()) == "conflicts"
    # A figure's clash is a conflict whatever else the source leaves out.
    assert relation_of(THREE, (), ("count 3 vs 2",), True, ("conference",)) == "conflicts"


# --- tiers -------------------------------------------------------------------------

# A model that is confident about everything: only the length rule is left.
EVERYTHING_CONFIDENT = Model(
    {"bias": 60.0, "weights": dict.fromkeys(FEATURES, 0.0), "suggest": 0.0, "confident": 0.5}
)


@pytest.mark.parametrize(
    "claim",
    [
        "Trump and Kim met three times.",
        "Kim met Trump twice.",
        "Talks broke down in February.",
        "Trump and Kim have met three times.",  # seven words
    ],
)
def test_a_claim_under_eight_words_is_never_confident(claim: str) -> None:
    assert len(claim.split()) < MIN_CONFIDENT_WORDS
    refs = [THREE, TWICE, MARCH, *FILLER]
    for model in (shipped(), EVERYTHING_CONFIDENT):
        found = matches(claim, refs, model=model, min_score=0.0)
        assert found
        assert not any(m.confident for m in found)


def test_an_eight_word_claim_can_be_confident() -> None:
    claim = "Trump and Kim met three times since 2018."
    assert len(claim.split()) == MIN_CONFIDENT_WORDS
    found = matches(claim, [THREE, *FILLER], model=EVERYTHING_CONFIDENT, min_score=0.0)
    assert found and all(m.confident for m in found)


def test_a_short_claim_that_matches_well_is_a_suggestion() -> None:
    best = matches("Trump and Kim met three times.", [THREE, *FILLER])[0]
    assert best.reference.id == "three"
    assert best.score >= shipped().confident
    assert not best.confident
    assert best.relation == "corroborates"  # the shared count still says so


# --- scores, filtering, order --------------------------------------------------------


def test_min_score_filters() -> None:
    refs = [THREE, TWICE, MARCH, *FILLER]
    everything = matches(THREE_TIMES, refs, min_score=0.0, top=50)
    default = matches(THREE_TIMES, refs, top=50)
    assert len(everything) > len(default) >= 1
    assert all(m.score >= shipped().suggest for m in default)
    assert [m.reference.id for m in default] == [
        m.reference.id for m in everything if m.score >= shipped().suggest
    ]
    # A threshold in the widest gap between two scores keeps exactly those above it.
    scores = [m.score for m in everything]
    gap, cut = max((hi - lo, (hi + lo) / 2) for hi, lo in zip(scores, scores[1:]))
    assert gap > 0.01
    kept = matches(THREE_TIMES, refs, min_score=cut, top=50)
    assert [m.reference.id for m in kept] == [m.reference.id for m in everything if m.score > cut]


def test_top_limits() -> None:
    refs = [THREE, TWICE, MARCH, *FILLER]
    assert len(matches(THREE_TIMES, refs, min_score=0.0, top=1)) == 1
    assert len(matches(THREE_TIMES, refs, min_score=0.0, top=2)) == 2
    assert matches(THREE_TIMES, refs, min_score=0.0, top=1)[0].reference.id == "three"


def test_best_first_and_fields() -> None:
    refs = [THREE, TWICE, MARCH, FACTCHECK, *FILLER]
    found = matches(THREE_TIMES, refs, min_score=0.0, top=50)
    assert len(found) >= 3
    # Listed by the ranking model (which also weighs retrieval rank); scores are the
    # probabilities from the texts alone.
    order = [m.order for m in found]
    assert order == sorted(order, reverse=True)
    for m in found:
        assert 0.0 <= m.score <= 1.0
        assert m.bm25 > 0
        assert m.relation in RELATIONS
        assert m.reasons and m.reasons[0].startswith(f"similarity {m.score:.2f}")
        assert m.span is None or 0 <= m.span[0] < m.span[1] <= len(m.reference.text)


def test_no_hits_and_empty_corpus() -> None:
    assert matches(THREE_TIMES, []) == []
    assert matches("Bananas are yellow.", [THREE, TWICE, *FILLER], min_score=0.0) == []
    assert matches("", [THREE, *FILLER], min_score=0.0) == []


def test_context_helps_retrieval_only() -> None:
    """The sentence before finds candidates; the claim alone is compared."""
    found = matches(
        "They met three times.", [THREE, *FILLER], context="Trump and Kim", min_score=0.0
    )
    assert [m.reference.id for m in found][:1] == ["three"]
    assert "names Kim, Trump" not in found[0].shared  # the claim names nobody


# --- aligned span ------------------------------------------------------------------

REFERENCE = "Trump and Kim have met twice since June 2018, South Korean officials said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("met twice since", "met twice since"),
        ("MET TWICE SINCE", "met twice since"),
        ("South Korean officials", "South Korean officials"),
    ],
)
def test_aligned_span_slices_the_matching_part(text: str, expected: str) -> None:
    span = aligned_span(text, REFERENCE)
    assert span is not None
    assert REFERENCE[span[0] : span[1]] == expected


def test_aligned_span_is_the_whole_of_a_shorter_reference() -> None:
    assert aligned_span(THREE_TIMES, "Trump and Kim met.") == (0, len("Trump and Kim met."))
    assert aligned_span("anything", "") is None
    assert aligned_span("", REFERENCE) is None


def test_aligned_span_keeps_offsets_when_lowercasing_changes_length() -> None:
    ref = "İstanbul hosted the talks between the two leaders in March."
    span = aligned_span("the talks between", ref)
    assert span is not None
    assert ref[span[0] : span[1]].lower().strip() == "the talks between"


@given(st.text(max_size=60), st.text(max_size=200))
def test_aligned_span_is_within_bounds_or_none(text: str, reference: str) -> None:
    span = aligned_span(text, reference)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(reference)


# --- the acceptance example --------------------------------------------------------


def _example_matches(voa, min_score: float | None) -> dict[str, list[Match]]:  # type: ignore[no-untyped-def]
    evidence = load([str(EVIDENCE)])
    assert evidence.problems == [] and evidence.reference_count == 5
    return {
        c.text: evidence.matches(c.text, published=ARTICLE_DATE, min_score=min_score, top=5)
        for c in voa.claims
    }


def _claim(found: dict[str, list[Match]], start: str) -> list[Match]:
    (text,) = [t for t in found if t.startswith(start)]
    return found[text]


def _sentence(m: Match) -> int:
    return int(m.reference.id.rsplit("#", 1)[1])


def by_sentence(found: list[Match]) -> dict[int, Match]:
    return {_sentence(m): m for m in found}


# In the evidence file: #2 "met twice since June 2018", #3 "broke down in March",
# #4 "met three times since June 2018".


def test_example_february_claim_conflicts_on_the_month(voa) -> None:  # type: ignore[no-untyped-def]
    found = _claim(_example_matches(voa, None), "Talks broke down in February")
    best = found[0]
    assert _sentence(best) == 3
    assert best.relation == "conflicts"
    assert best.clashes == ("month February 2019 vs March 2019",)
    assert best.confident


def test_example_three_times_claim_when_every_candidate_is_kept(voa) -> None:  # type: ignore[no-untyped-def]
    found = by_sentence(_claim(_example_matches(voa, 0.0), "Trump and Kim have met three times"))
    assert found[4].relation == "corroborates"
    assert found[4].confident
    assert "count three times" in found[4].shared
    assert found[2].relation == "conflicts"
    assert found[2].clashes == ("count 3 vs 2",)


def test_example_three_times_claim_conflicts_and_is_corroborated(voa) -> None:  # type: ignore[no-untyped-def]
    """With the default threshold, the conflicting account is shown next to the agreeing
    one (a candidate's score must not depend on a better one ranking first)."""
    found = by_sentence(_claim(_example_matches(voa, None), "Trump and Kim have met three times"))
    assert found[4].relation == "corroborates"
    assert 2 in found, "the 'twice since June 2018' account is not among the matches"
    assert found[2].relation == "conflicts"
    assert found[2].clashes == ("count 3 vs 2",)


def test_a_hit_unlike_the_claim_is_only_related() -> None:
    unrelated = FACTCHECK._replace(
        id="fc2", text="Sweden helped arrange the talks between the two countries."
    )
    found = matches(FEBRUARY, [MARCH, unrelated, *FILLER], min_score=0.0, top=50)
    weak = [m for m in found if m.score < shipped().suggest]
    assert weak
    assert {m.relation for m in weak} == {"related"}, [
        (m.reference.id, m.score, m.relation) for m in weak
    ]


def test_dates_clash_only_between_statements_worded_alike() -> None:
    # A photo's date against another day's statement about the same people: two events.
    caption = (
        "U.S. President Donald Trump meets with North Korean leader Kim Jong Un at the "
        "border village of Panmunjom, South Korea, June 30, 2019."
    )
    other_day = article(
        "special",
        "North Korea said on Thursday that the relationship between its leader Kim Jong Un "
        "and U.S. President Donald Trump remains special.",
    )
    found = matches(caption, [other_day, *FILLER], min_score=0.0, published=ARTICLE_DATE)
    assert found and not found[0].clashes and found[0].relation != "conflicts"
    # Worded alike but for the month: the months clash.
    march = article("march", "Talks broke down in March when Trump walked away from Hanoi.")
    found = matches(
        "Talks broke down in February when Trump walked away from Hanoi.",
        [march, *FILLER],
        published=ARTICLE_DATE,
    )
    assert found[0].clashes == ("month February 2019 vs March 2019",)
