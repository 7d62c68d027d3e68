"""The news check-worthiness set parses and quotes its articles exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_sentence_is_its_articles_text() -> None:
    articles = {a["id"]: a for a in _jsonl(BENCHMARKS / "speakers" / "attribution.jsonl")}
    rows = _jsonl(BENCHMARKS / "checkworthiness_news.jsonl")
    assert 300 <= len(rows) <= 600
    seen: dict[str, int] = {}
    for row in rows:
        text = articles[row["article"]]["text"]
        sentence, start, end = row["sentence"], row["start"], row["end"]
        assert text[start:end] == sentence and sentence in text
        assert row["label"] in (0, 1)
        assert row["role"] in ("body", "caption", "title")
        assert row["index"] == seen.get(row["article"], 0)
        seen[row["article"]] = row["index"] + 1
    labels = [row["label"] for row in rows]
    assert 0 < sum(labels) < len(labels)
