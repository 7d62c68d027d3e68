"""Review decisions in batch: a JSONL or CSV file of ``id``, ``status``, ``note``.

``id`` is the claim's database id, as the exports write it. Each line is checked on its
own: a bad line is named and skipped, and every good one is applied in its own
transaction, so one typo does not lose the rest of a file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.models import STATUSES
from claims_db import Store, StoreError


@dataclass(frozen=True, slots=True)
class Decision:
    """One line of a decisions file."""

    line: int
    claim_id: int
    status: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class Problem:
    """A line that was not applied, and why."""

    line: int
    message: str


def looks_like_csv(name: str, text: str) -> bool:
    """CSV by extension, else by content: JSONL lines start with ``{``."""
    lower = name.lower()
    if lower.endswith((".csv", ".tsv")):
        return True
    if lower.endswith((".jsonl", ".ndjson", ".json")):
        return False
    return not text.lstrip().startswith("{")


def _records(text: str, is_csv: bool) -> Iterator[tuple[int, object]]:
    """(line number, record) pairs; a record that cannot be read is a Problem."""
    if is_csv:
        reader = csv.DictReader(io.StringIO(text))
        for row in reader:
            yield reader.line_num, row
        return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, Problem(number, f"not JSON: {exc.msg}")


def _decision(number: int, record: object) -> Decision | Problem:
    if isinstance(record, Problem):
        return record
    if not isinstance(record, dict):
        return Problem(number, "expected an object with id, status and note")
    raw_id = record.get("id")
    if isinstance(raw_id, bool) or not (
        isinstance(raw_id, int) or (isinstance(raw_id, str) and raw_id.strip().isdigit())
    ):
        return Problem(number, f"id must be a claim's number, not {raw_id!r}")
    status = record.get("status") or None
    note = record.get("note") or None
    if status is not None and (not isinstance(status, str) or status.strip() not in STATUSES):
        return Problem(number, f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    if note is not None and not isinstance(note, str):
        return Problem(number, f"note must be text, not {note!r}")
    if status is None and note is None:
        return Problem(number, "neither a status nor a note")
    return Decision(number, int(raw_id), status.strip() if status else None, note)


def parse(text: str, *, is_csv: bool) -> tuple[list[Decision], list[Problem]]:
    """The decisions of a file's text, and the lines that are not decisions."""
    good: list[Decision] = []
    bad: list[Problem] = []
    if is_csv:
        header = next(csv.reader(io.StringIO(text)), [])
        if "id" not in header:
            return [], [Problem(1, "a CSV of decisions needs a header with id, status, note")]
    for number, record in _records(text, is_csv):
        result = _decision(number, record)
        if isinstance(result, Decision):
            good.append(result)
        else:
            bad.append(result)
    return good, bad


@dataclass(frozen=True, slots=True)
class Applied:
    """What :func:`apply` did: how many decisions changed a claim, how many changed
    nothing (already so), and the lines refused by the store."""

    changed: int
    unchanged: int
    problems: tuple[Problem, ...]


def apply(store: Store, decisions: list[Decision], reviewer: str) -> Applied:
    """Store each decision in its own transaction, logged under ``reviewer``."""
    changed = unchanged = 0
    problems: list[Problem] = []
    for d in decisions:
        before = store.get_claim(d.claim_id)
        if before is None:
            problems.append(Problem(d.line, f"no claim #{d.claim_id}"))
            continue
        try:
            after = store.decide(d.claim_id, reviewer, status=d.status, note=d.note)
        except StoreError as exc:
            problems.append(Problem(d.line, str(exc)))
            continue
        if after.version != before.version:
            changed += 1
        else:
            unchanged += 1
    return Applied(changed, unchanged, tuple(problems))
