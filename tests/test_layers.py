"""One-way layers: the storage package loads nothing from the layers above it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("claimcheck", "click", "rich")


def test_claims_db_imports_no_upper_layer() -> None:
    # A fresh interpreter: in this one pytest or other tests may have loaded them already.
    code = (
        "import sys, claims_db\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.stdout.strip() == ""


def test_the_core_pipeline_loads_no_cli_or_terminal_library() -> None:
    # NLTK imports scikit-learn when it is installed (the `train` extra), and
    # scikit-learn imports rich: keep it out, so the test judges our own imports.
    code = (
        "import sys; sys.modules['sklearn'] = None; "
        "import claimcheck.extraction.pipeline, claimcheck.serialize, claimcheck.desk.storage; "
        "bad = [m for m in ('click', 'rich') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
