"""The README's Python example and the package docstrings run as written."""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path

import pytest

import claimcheck
import claims_db

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    assert blocks, "the README shows the Python API"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    assert (tmp_path / "claims.db").exists()


@pytest.mark.parametrize("module", [claimcheck, claims_db])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, verbose=False)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0
