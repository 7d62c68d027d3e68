"""The learned scorer: features, weights from a file, explanations, the --scorer option."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import extract
from claimcheck.errors import ClaimcheckError
from claimcheck.extraction.learned import LearnedScorer, featurize, scorer_named, shipped
from claimcheck.extraction.scoring import RuleScorer, Sentence
from tests.same_json import differences

MODEL = {
    "bias": -1.0,
    "weights": {"million": 2.0, "sig:number": 1.5, "i think": -3.0, "0000": 0.5},
    "threshold": 0.4,
}


def test_features_are_words_pairs_and_signals() -> None:
    x = extract("Unemployment fell to 4% in 2019.", one_per_line=True)
    c = x.sentences[0]
    feats, signals = featurize(Sentence(c.text, c.dates, c.numbers, c.places, c.people))
    assert {"unemployment", "fell to", "0000", "sig:number", "sig:date"} <= set(feats)
    assert "number" in signals


def test_score_is_the_logistic_of_the_weights_and_explains_itself() -> None:
    scorer = LearnedScorer(MODEL)
    x = extract("Sales hit 3 million in 2019.\nI think so.\n", one_per_line=True, scorer=scorer)
    facts, chatter = x.sentences
    assert facts.score > 0.9 > 0.1 > chatter.score
    assert facts.reasons[0] == 'words "million" (+2.00)'
    assert "has a number (+1.50)" in facts.reasons
    assert 'words "####" (+0.50)' in facts.reasons  # "2019", digits folded
    assert "number" in facts.kinds


def test_weights_file_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps(MODEL))
    scorer = scorer_named(str(path))
    assert isinstance(scorer, LearnedScorer) and scorer.threshold == 0.4
    (tmp_path / "bad.json").write_text("{nope")
    with pytest.raises(ClaimcheckError, match="cannot read scorer weights"):
        scorer_named(str(tmp_path / "bad.json"))
    rules = scorer_named("rules")
    assert isinstance(rules, RuleScorer) and rules.threshold == 0.5


def test_shipped_weights_load_and_record_their_training() -> None:
    model = shipped()
    assert len(model.weights) > 1000
    assert 0 < model.threshold < 1
    assert model.meta["trained_on"]["examples"] > 30_000
    assert "claimbuster/crowdsourced.csv" in model.meta["trained_on"]["files"]


def test_cli_scorer_option(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    weights = tmp_path / "w.json"
    weights.write_text(json.dumps(MODEL))
    lines = tmp_path / "lines.txt"
    lines.write_text("Sales hit 3 million in 2019.\nI think so.\n")
    out = run("extract", lines, "--one-per-line", "--all", "--format", "jsonl", "--scorer", weights)
    assert out.code == 0, out
    first, second = (json.loads(line) for line in out.out.splitlines())
    assert first["is_claim"] and not second["is_claim"]
    assert run("extract", lines, "--scorer", tmp_path / "missing.json").code == 1
    assert run("extract", lines, "--scorer", "learned", "--format", "jsonl").code == 0


def test_retraining_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    """The training script, run on the public data, writes the shipped file: the same
    features, thresholds and reports, every weight to within float noise."""
    pytest.importorskip("sklearn", reason="the train extra is not installed")
    from training.train_checkworthiness import DEFAULT_DATA, DEFAULT_OUT, main

    if not (DEFAULT_DATA / "claimbuster" / "crowdsourced.csv").exists():
        pytest.skip(f"no ClaimBuster data under {DEFAULT_DATA}")
    out = tmp_path / "weights.json"
    main(["--out", str(out)])
    found = differences(json.loads(out.read_text()), json.loads(DEFAULT_OUT.read_text()))
    assert found[:10] == []


def test_calibrated_scores_read_as_probabilities() -> None:
    """In each development score band, the share of check-worthy sentences is near the band."""
    bands = shipped().meta["development"]["reliability"]
    assert len(bands) == 10
    for band in bands:
        middle = (band["from"] + band["to"]) / 2
        assert abs(band["check_worthy"] - middle) < 0.12, band


def test_learned_is_the_default_and_explains_news(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.txt"
    article.write_text(
        "Talks broke down in February when Trump walked away from a summit in Hanoi.\n\n"
        "I like him. He likes me.\n"
    )
    out = run("extract", article, "--all", "--format", "jsonl", "--date", "2019-10-24")
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert [r["is_claim"] for r in rows] == [True, False, False]
    assert rows[0]["score"] > 0.5 > rows[1]["score"]
    assert any(r.startswith("names a date (+") for r in rows[0]["reasons"])
    assert len(rows[0]["reasons"]) <= 4
