"""The match model and the term frequencies are reproduced by their training scripts
(run on the public data in ../shared/data, with the train extra): the term counts
exactly, the model's weights to within float noise (see tests/same_json.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.same_json import differences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(autouse=True)
def _needs_data_and_sklearn() -> None:
    pytest.importorskip("sklearn", reason="the train extra is not installed")
    if not (DATA / "checkthat2022_task2a" / "vclaims.jsonl").exists():
        pytest.skip(f"no CheckThat! 2022 data under {DATA}")


def test_term_frequencies_are_reproduced(tmp_path: Path) -> None:
    from training.build_term_frequencies import DEFAULT_OUT, main

    out = tmp_path / "term_frequencies.json"
    main(["--data", str(DATA), "--out", str(out)])
    assert out.read_bytes() == DEFAULT_OUT.read_bytes()  # counts: no floats


def test_match_model_is_reproduced(tmp_path: Path) -> None:
    from training.train_matching import DEFAULT_OUT, main

    out = tmp_path / "matching.json"
    main(["--data", str(DATA), "--out", str(out)])
    found = differences(json.loads(out.read_text()), json.loads(DEFAULT_OUT.read_text()))
    assert found[:10] == []
