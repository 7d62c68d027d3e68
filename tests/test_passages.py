"""A long reference is compared through the passage that speaks to the claim."""

from __future__ import annotations

from claimcheck.matching.corpus import Corpus
from claimcheck.matching.matches import find_matches
from claimcheck.matching.passages import LONG, PASSAGE, passage
from claimcheck.models import Reference

FILLER = "The committee met again on Tuesday to discuss the budget for the coming year. "
NEEDLE = "The Stockholm talks broke down after just one day of meetings, officials said. "


def long_text(at: int) -> str:
    """About 60 KB of filler with the needle sentence after ``at`` filler sentences."""
    return FILLER * at + NEEDLE + FILLER * (800 - at)


def test_a_short_reference_is_compared_whole() -> None:
    assert passage(FILLER * 10, "anything") is None
    assert len(FILLER * 10) <= LONG


def test_the_passage_holds_the_claims_words_and_cuts_at_sentences() -> None:
    text = long_text(400)
    span = passage(text, "North Korea walked away from the Stockholm talks after one day")
    assert span is not None
    start, end = span
    assert NEEDLE.strip() in text[start:end]
    assert end - start <= 2 * PASSAGE
    # Whole sentences: it starts where one starts and ends after a full stop.
    assert text[start:].startswith(("The committee", "The Stockholm"))
    assert text[end - 1] == "."


def test_without_a_word_in_common_the_opening_is_taken() -> None:
    span = passage(long_text(400), "zebras")
    assert span is not None and span[0] == 0


def test_a_match_on_a_long_reference_keeps_the_passage_and_where_it_lies() -> None:
    text = long_text(600)
    ref = Reference("big", text, "report", "article")
    (match,) = find_matches(
        "North Korea walked away from the Stockholm talks after just one day of meetings.",
        Corpus([ref]),
        top=1,
        min_score=0,
    )
    assert match.excerpt is not None
    start, end = match.excerpt
    assert match.reference.text == text[start:end]
    assert NEEDLE.strip() in match.reference.text
    assert len(match.reference.text) < 2 * PASSAGE
