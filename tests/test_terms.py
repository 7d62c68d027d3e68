"""Retrieval terms: web text tidied, stop words dropped, words stemmed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.matching.terms import STOP_WORDS, stem, terms, tidy

TERM = re.compile(r"[a-z0-9]+")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hashtags split at case changes, digits and underscores.
        ("#AustralianFires", ["australian", "fire"]),
        ("#black_lives_matter", ["black", "live", "matter"]),
        ("#COVID19Vaccine", ["covid19", "vaccin"]),
        # Handles likewise: they often name who said it.
        ("@CenterForBioDiv", ["center", "bio", "div"]),
        ("@realDonaldTrump says", ["real", "donald", "trump", "say"]),
        # Links dropped, whatever their form.
        ("see https://t.co/Ab12 now", ["see", "now"]),
        ("http://example.com/a?b=1 tax", ["tax"]),
        ("HTTPS://EXAMPLE.COM tax", ["tax"]),
        ("www.example.com/page tax", ["tax"]),
        ("tax pic.twitter.com/AbC123", ["tax"]),
        # Apostrophes folded: "don't" is the stop word "dont", straight or curly.
        ("don't", []),
        ("Don’t", []),
        ("It’s", []),
        ("I didn't say", ["say"]),
        # Stop words dropped, negation included (slot comparison handles "not").
        ("the of and to", []),
        ("it is not a tax", ["tax"]),
        ("RT @user: hello", ["user", "hello"]),
        # Digits kept, split at punctuation.
        ("3 million jobs in 2019", ["3", "million", "job", "2019"]),
        ("1,500 and 3.5%", ["1", "500", "3", "5"]),
        # Order and repeats kept (BM25 counts them), case folded.
        ("tax TAX Tax", ["tax", "tax", "tax"]),
        ("jobs taxes", ["job", "tax"]),
        ("", []),
    ],
)
def test_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize(
    "forms",
    [
        ("vaccines", "vaccinated", "vaccine", "vaccination"),
        ("taxes", "tax", "taxed"),
        ("jobs", "job"),
        ("running", "runs", "run"),
    ],
)
def test_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({tuple(terms(f)) for f in forms}) == 1
    assert terms(forms[0]) == [stem(forms[0])]


def test_tidy_keeps_the_words() -> None:
    assert tidy("#AustralianFires https://t.co/x").split() == ["Australian", "Fires"]


@pytest.mark.parametrize(
    "text",
    [
        "Ça coûte 5 € à Paris",
        "北京 2019 年",
        "naïve café résumé",
        "Москва 2020",
        "مرحبا 42",
        "emoji 🔥🔥 fires",
        "zero\u200bwidth\u00a0space",
        "#日本 @ユーザー",
        "\x00\x01 control",
        "ﬁnancial ligature",
    ],
)
def test_non_ascii_does_not_crash(text: str) -> None:
    got = terms(text)
    assert all(TERM.fullmatch(t) for t in got)
    assert not STOP_WORDS.intersection(got)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_terms(text: str) -> None:
    got = terms(text)
    assert all(TERM.fullmatch(t) for t in got)
    assert terms(text) == got
