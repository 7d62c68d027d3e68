"""The example article end to end: the acceptance cases of the main job."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.models import Claim, Extraction
from tests.spans import assert_offsets_slice

D = dt.date


def claim_with(x: Extraction, words: str) -> Claim:
    found = [c for c in x.claims if words in c.text]
    assert len(found) == 1, (words, [c.text for c in found])
    return found[0]


def date_of(claim: Claim, words: str):  # type: ignore[no-untyped-def]
    found = [d for d in claim.dates if d.text.lower().endswith(words.lower()) or d.text == words]
    assert found, (words, [d.text for d in claim.dates])
    return found[0]


def test_no_chrome_and_no_title_among_claims(voa: Extraction) -> None:
    texts = [c.text for c in voa.sentences]
    for chrome in ("Accessibility links", "Breaking News", "XS", "SM", "MD", "LG"):
        assert chrome not in texts
    assert voa.article.title == "Trump-Kim Relationship Remains 'Special,' North Korea Says"
    assert not any(c.text.startswith("Trump-Kim Relationship") for c in voa.sentences)


def test_no_sentence_cut_at_abbreviations(voa: Extraction) -> None:
    for c in voa.sentences:
        assert not c.text.endswith(("U.S.", "Sept.", "Aug.")), c.text
    claim_with(voa, "North Korean leader Kim Jong Un and U.S. President Donald Trump continue")


def test_offsets_slice_to_the_claim(voa: Extraction) -> None:
    assert_offsets_slice(voa.article.text, voa)


@pytest.mark.parametrize(
    "words, day",
    [
        ("Panmunjom", D(2019, 6, 30)),
        ("Diaoyutai State Guesthouse", D(2013, 9, 18)),
        ("Enrique Pena Nieto", D(2018, 8, 27)),
        ("news conference in Minsk", D(2016, 9, 12)),
    ],
)
def test_each_caption_once_with_its_day(voa: Extraction, words: str, day: dt.date) -> None:
    caption = claim_with(voa, words)
    assert caption.role == "caption"
    assert any(d.interval == (day, day) and d.granularity == "day" for d in caption.dates)


def test_counts_and_relative_dates(voa: Extraction) -> None:
    met = claim_with(voa, "have met three times since last June")
    assert "count" in met.kinds
    three = [n for n in met.numbers if n.text == "three times"][0]
    assert (three.value, three.unit, three.kind) == (3, "times", "count")
    last_june = date_of(met, "last June")
    assert last_june.ambiguous
    assert set(last_june.readings) == {
        (D(2018, 6, 1), D(2018, 6, 30)),
        (D(2019, 6, 1), D(2019, 6, 30)),
    }
    assert last_june.interval in last_june.readings

    february = date_of(claim_with(voa, "Talks broke down in February"), "February")
    assert february.interval == (D(2019, 2, 1), D(2019, 2, 28))
    assert february.granularity == "month"

    earlier = date_of(
        claim_with(voa, "North Korea earlier this month walked away"), "earlier this month"
    )
    # The month, with the part named: TimeML's value and mod.
    assert (earlier.interval, earlier.part) == ((D(2019, 10, 1), D(2019, 10, 31)), "earlier")

    thursday = date_of(claim_with(voa, "North Korean state media said Thursday"), "Thursday")
    assert thursday.interval == (D(2019, 10, 24), D(2019, 10, 24))

    deadline = date_of(claim_with(voa, "end of year deadline"), "end of year")
    assert (deadline.interval, deadline.part) == ((D(2019, 1, 1), D(2019, 12, 31)), "end")

    wednesday = date_of(claim_with(voa, "upbeat analysis on Wednesday"), "Wednesday")
    assert wednesday.interval == (D(2019, 10, 23), D(2019, 10, 23))


def test_durations(voa: Extraction) -> None:
    one_day = claim_with(voa, "after just one day of meetings")
    assert [(n.value, n.unit, n.kind) for n in one_day.numbers] == [(1, "day", "duration")]
    weeks = claim_with(voa, "within two weeks")
    assert (2, "week", "duration") in [(n.value, n.unit, n.kind) for n in weeks.numbers]


def test_quotes_carry_their_speakers(voa: Extraction) -> None:
    assert claim_with(voa, "What I can ascertain").quote.speaker == "Kim"  # type: ignore[union-attr]
    war = claim_with(voa, "You could end up in a war")
    assert war.quote and war.quote.speaker == "Donald Trump"  # the full name, seen earlier
    monday = date_of(war, "Monday")
    assert monday.interval == (D(2019, 10, 21), D(2019, 10, 21))
    problem = [c for c in voa.sentences if "The problem is that contrary" in c.text][0]
    assert problem.quote and problem.quote.speaker == "Kim"
    envoy = [c for c in voa.sentences if "We also have to bear in mind" in c.text][0]
    assert envoy.quote and envoy.quote.speaker == "Kent Harstedt"


def test_places_and_people(voa: Extraction) -> None:
    hanoi = claim_with(voa, "Talks broke down in February")
    assert {"Hanoi", "Vietnam"} <= {e.name for e in hanoi.places}
    assert "Trump" in " ".join(e.name for e in hanoi.people)


def test_ranked_claims_are_the_checkable_ones(voa: Extraction) -> None:
    ranked = sorted(voa.sentences, key=lambda c: -c.score)
    three = next(i for i, c in enumerate(ranked) if "three times" in c.text)
    # The article's central claim is in the top band and the top half of the ranking.
    assert ranked[three].score >= 0.8 and three < len(ranked) // 2
    chatter = [
        i for i, c in enumerate(ranked) if c.text.strip('"') in ("I like him.", "We get along.")
    ]
    assert chatter and min(chatter) > three and not any(ranked[i].is_claim for i in chatter)
    assert voa.flagged, "the ambiguous 'last June' must be flagged"


def test_without_a_date_relative_dates_stay_unresolved(example_path) -> None:  # type: ignore[no-untyped-def]
    from claimcheck import extract

    x = extract(example_path.read_text(encoding="utf-8"))
    assert x.article.published is None
    thursday = date_of(claim_with(x, "North Korean state media said Thursday"), "Thursday")
    assert thursday.interval is None and thursday.relative
    panmunjom = claim_with(x, "Panmunjom")
    assert any(d.interval == (D(2019, 6, 30), D(2019, 6, 30)) for d in panmunjom.dates)
    assert any("pass --date" in w for w in x.warnings)
