"""The learned scorer: features, weights from a file, explanations, the --scorer option."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from claimcheck import extract
from claimcheck.errors import ClaimcheckError
from claimcheck.extraction.learned import (
    CHAR_BUCKETS,
    CHAR_SCALE,
    LearnedScorer,
    char_buckets,
    featurize,
    half_floats,
    scorer_named,
    shipped,
)
from claimcheck.extraction.scoring import RuleScorer, Sentence, caption_score, features
from tests.same_json import differences

MODEL = {
    "bias": -1.0,
    "weights": {"million": 2.0, "sig:number": 1.5, "i think": -3.0, "0000": 0.5},
    "threshold": 0.4,
}


def _sentence(text: str, role: str = "body") -> Sentence:
    c = extract(text, one_per_line=True).sentences[0]
    return Sentence(c.text, c.dates, c.numbers, c.places, c.people, c.quote, role)


def test_features_are_words_pairs_signals_and_character_ngrams() -> None:
    feats, signals = featurize(_sentence("Unemployment fell to 4% in 2019."))
    assert {"unemployment", "fell to", "0000", "sig:number", "sig:date"} <= set(feats)
    assert "number" in signals
    # Every character 2-5-gram of every word, scaled by CHAR_SCALE / sqrt(5 words).
    chars = {k: v for k, v in feats.items() if k.startswith("char:")}
    grams = sum(len(char_buckets(w)) for w in "unemployment fell to 0 in 0000".split())
    words = 6
    assert sum(chars.values()) == pytest.approx(grams * CHAR_SCALE / words**0.5)
    assert char_buckets("percent") == char_buckets("percent")  # the same in every process
    assert len(char_buckets("ab")) == 3 + 2 + 1  # " a", "ab", "b ", " ab", "ab ", " ab "


def test_character_weights_push_with_their_word() -> None:
    """A model with weights on character n-grams only: a word made of them scores
    higher, its reason names the word, and log_odds agrees with the score."""
    table = [0.0] * CHAR_BUCKETS
    for b in char_buckets("percent"):
        table[b] += 0.25
    model = {"bias": 0.0, "weights": {}, "char": {"weights": half_floats(table)}}
    scorer = LearnedScorer(model)
    with_word = _sentence("Prices rose ten percent overall.")
    without = _sentence("Prices rose ten points overall.")
    assert scorer.score(with_word).score > scorer.score(without).score
    assert scorer.score(with_word).reasons[0].startswith('the word "percent" (+')
    z = scorer.log_odds(*featurize(with_word))
    assert scorer.score(with_word).score == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-4)
    with pytest.raises(ValueError, match="another layout"):
        LearnedScorer({**model, "char": {**model["char"], "buckets": 65}})
    with pytest.raises(ValueError, match="another layout"):
        LearnedScorer({**model, "char": {**model["char"], "scale": 2.0}})


def test_the_score_is_the_trained_model_s_for_repeated_words_and_names() -> None:
    """What the scorer sums token by token is what training saw (``featurize``): a word,
    a name or a word pair said three times counts three times in both. (Training had
    counted each once while scoring counted each time: 70% of BBC sentences scored
    otherwise than the model said.)"""
    from claimcheck.extraction.learned import shipped

    scorer = shipped()
    for text in (
        "Credit: NASA, ESA, CSA, Janice Lee (STScI), Thomas Williams (Oxford), PHANGS Team",
        "The the the cat sat on the mat, the dog on the the rug.",
        "Sales rose 3% and 3% and 3% in 2019, in 2019, in 2019.",
    ):
        c = extract(text, one_per_line=True).sentences[0]
        sentence = Sentence(c.text, c.dates, c.numbers, c.places, c.people, c.quote, c.role)
        feats, signals = featurize(sentence)
        assert max(feats.values()) >= 3.0, "a feature repeated three times counts three"
        z = scorer.slope * scorer.log_odds(feats, signals) + scorer.intercept
        assert c.score == pytest.approx(1 / (1 + math.exp(-z)), abs=1e-4), text


def test_memory_of_words_is_bounded_and_forgets_nothing_it_needs() -> None:
    """A stream of distinct junk words cannot fill the memory: past its limit the
    scorer's memory of words starts again, and scores stay what a fresh scorer gives."""
    table = [0.0] * CHAR_BUCKETS
    for b in char_buckets("percent"):
        table[b] += 0.25
    model = {**MODEL, "char": {"weights": half_floats(table)}}
    scorer, fresh = LearnedScorer(model), LearnedScorer(model)
    scorer._tokens.limit = scorer._char_sums.limit = 40
    letters = "bcdfghjklm"
    junk = [f"{a}{b}{c}ax" for a in letters for b in letters for c in letters[:3]]
    texts = [" ".join(junk[i : i + 10]) + " rose 5 percent" for i in range(0, len(junk), 10)]
    for text in texts:
        assert scorer.score(Sentence(text)) == fresh.score(Sentence(text))
        assert len(scorer._tokens) <= 40 and len(scorer._char_sums) <= 40
    assert len(fresh._tokens) > 300
    again = Sentence("Junk Bcdax rose 5 percent, or 5 percent")
    assert scorer.score(again) == fresh.score(again)


def test_score_is_the_logistic_of_the_weights_and_explains_itself() -> None:
    scorer = LearnedScorer(MODEL)
    x = extract("Sales hit 3 million in 2019.\nI think so.\n", one_per_line=True, scorer=scorer)
    facts, chatter = x.sentences
    assert facts.score > 0.9 > 0.1 > chatter.score
    assert facts.reasons[0] == 'the word "million" (+2.00)'
    assert "has a number (+1.50)" in facts.reasons
    assert 'the number "2019" (+0.50)' in facts.reasons  # digits folded, quoted as written
    assert "number" in facts.kinds


def test_reasons_are_words_a_reader_understands() -> None:
    """Names, numbers, word pairs and signals as phrases, never internal tokens."""
    model = {
        "bias": 0.0,
        "weights": {"<name>": 0.4, "<name> has": 0.9, "00": 0.6, "sig:past_event": 0.3},
        "rules": {"share": 0.0},
    }
    reasons = LearnedScorer(model).score(_sentence("Since then Trump has met 12 rivals.")).reasons
    assert reasons == (
        'words "Trump has" (+0.90)',
        'the number "12" (+0.60)',
        'the name "Trump" (+0.40)',
        "past-tense event (+0.30)",
    )
    for reason in (
        shipped().score(_sentence("Trump and Kim met 3 times in 2019, NASA said.")).reasons
    ):
        assert not any(token in reason for token in ("<name>", "#", "sig:", "char:", "_")), reason


def test_a_count_of_people_already_named_is_not_a_count() -> None:
    assert "count" not in features(_sentence("The two men met in Hanoi."))
    assert "reference" in features(_sentence("But the two sides have been unable to agree."))
    assert "count" not in features(_sentence("Both countries have been unable to agree."))
    assert "count" in features(_sentence("Two men were killed in Hanoi."))
    assert "count" in features(_sentence("The 300 workers lost their jobs."))


def test_a_past_event_with_a_date_or_count_is_a_signal() -> None:
    assert {"past_event", "dated_event"} <= features(_sentence("Talks broke down in February."))
    assert "dated_event" in features(_sentence("They met three times."))
    assert "dated_event" not in features(_sentence("Talks broke down."))


def test_a_caption_ranks_after_body_sentences_of_its_band() -> None:
    assert caption_score(0.93, 0.3) == 0.9
    assert caption_score(0.35, 0.3) == 0.3 and caption_score(0.31, 0.3) == 0.3
    assert caption_score(0.2, 0.3) == 0.2
    text = "Trump meets Kim at the border village of Panmunjom, June 30, 2019."
    for scorer in (shipped(), RuleScorer()):
        caption = scorer.score(_sentence(text, role="caption")).score
        assert caption == scorer.threshold or caption * 10 == pytest.approx(round(caption * 10))
    article = (
        Path(__file__).parent.parent / "examples" / "voa_trump_kim_2019-10-24.txt"
    ).read_text()
    x = extract(article)
    captions = [c for c in x.sentences if c.role == "caption"]
    body = [c for c in x.sentences if c.role == "body"]
    assert captions and body
    for c in captions:
        assert all(b.score >= c.score for b in body if int(b.score * 10) == int(c.score * 10))


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


def test_the_design_matrix_is_scikit_learns_to_the_bit() -> None:
    """Training builds its sparse matrix itself (for speed): the arrays DictVectorizer
    makes, for all rows and for a fold of them."""
    pytest.importorskip("sklearn", reason="the train extra is not installed")
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer

    from training.train_checkworthiness import design_matrix, design_rows

    dicts = [{"b": 1.0, "a": 0.5}, {"c:7": 2.0}, {"a": 1.0, "z": -1.0, "c:7": 0.25}, {}]
    for rows in (None, [0, 2], [1, 3]):
        chosen = dicts if rows is None else [dicts[i] for i in rows]
        vectorizer = DictVectorizer()
        want = vectorizer.fit_transform(chosen).tocsr()
        design = design_matrix(dicts)
        got, names = design if rows is None else design_rows(design, rows)
        assert names == list(vectorizer.get_feature_names_out())
        for part in ("indptr", "indices", "data"):
            assert np.array_equal(getattr(got, part), getattr(want, part)), part


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


def test_a_letter_alone_is_no_reason() -> None:
    from claimcheck import extract

    # (with the shipped weights "U.S." gave 'the name "S"' and 'words "S to"' here)
    x = extract("Title\n\nHe moved to the U.S. to study.")
    reasons = x.sentences[-1].reasons
    assert len(reasons) == 4
    assert not any('"S' in r or '"U' in r for r in reasons), reasons
