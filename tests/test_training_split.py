"""Held-back debates and folds keep a debate and its copy in the other source together
(``training/train_checkworthiness.py``): a model is never scored on sentences it was
trained on."""

from __future__ import annotations

from training.train_checkworthiness import (
    Example,
    folds_by_debate,
    same_events,
    split_by_debate,
)


def _debate(source: str, debate: str, texts: list[str]) -> list[Example]:
    return [Example(source, debate, t, i % 2) for i, t in enumerate(texts)]


def _sentences(prefix: str, n: int) -> list[str]:
    return [f"{prefix} said the figure was {i} percent last year" for i in range(n)]


def _corpus() -> list[Example]:
    # ClaimBuster's "2016-10-19.txt" is CheckThat!'s "20161019_3pres" with a few lines
    # more; every other debate is its own, but for a stock phrase they all share.
    shared = _sentences("Trump", 40)
    stock = "Thank you very much, everyone."
    examples = []
    for i in range(8):
        examples += _debate(
            "claimbuster", f"19{60 + i}-10-01.txt", [*_sentences(f"cb{i}", 10), stock]
        )
    examples += _debate("claimbuster", "2016-10-19.txt", [*shared, *_sentences("extra", 5), stock])
    for i in range(3):
        examples += _debate(
            "checkthat2019", f"2015010{i}_speech", [*_sentences(f"ct{i}", 10), stock]
        )
    examples += _debate("checkthat2019", "20161019_3pres", [*shared, stock])
    return examples


def test_a_debate_and_its_copy_are_one_event_and_stock_phrases_link_nothing() -> None:
    event = same_events(_corpus())
    assert event[("claimbuster", "2016-10-19.txt")] == ("checkthat2019", "20161019_3pres")
    assert event[("checkthat2019", "20161019_3pres")] == ("checkthat2019", "20161019_3pres")
    others = {k: v for k, v in event.items() if "2016" not in k[1]}
    assert all(k == v for k, v in others.items())


def test_the_copy_of_a_held_back_debate_is_not_trained_on() -> None:
    examples = _corpus()
    train, test = split_by_debate(examples)
    held = {(e.source, e.debate) for e in test}
    # CheckThat!'s fourth debate by name is the 2016 one; ClaimBuster's copy of it is
    # not among the held-back ones but is left out of training.
    assert ("checkthat2019", "20161019_3pres") in held
    assert ("claimbuster", "2016-10-19.txt") not in held
    trained = {(e.source, e.debate) for e in train}
    assert ("claimbuster", "2016-10-19.txt") not in trained
    assert not trained & held
    assert trained | held | {("claimbuster", "2016-10-19.txt")} == {
        (e.source, e.debate) for e in examples
    }


def test_a_debate_and_its_copy_share_a_fold() -> None:
    examples = _corpus()
    folds = dict(zip(((e.source, e.debate) for e in examples), folds_by_debate(examples)))
    assert folds[("claimbuster", "2016-10-19.txt")] == folds[("checkthat2019", "20161019_3pres")]
    assert {folds[("claimbuster", f"19{60 + i}-10-01.txt")] for i in range(8)} == {0, 1, 2, 3}
