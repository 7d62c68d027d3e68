"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claims_db import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated claims database in a SQLite file under ``tmp_path``."""
    with Store(f"sqlite:///{tmp_path / 'claims.db'}") as fresh:
        yield fresh
