"""Review decisions in batch: a JSONL or CSV file of ``id``, ``status``, ``note``.

``id`` is the claim's database id, as the exports write it. Each line is checked on its
own: a bad line is named and skipped, and every good one is applied in its own
transaction, so one typo does not lose the rest of a file.

A CSV in Meedan Check's columns (what ``claimcheck export`` writes first: ``Claim``,
``Status``, ``Note``) is read too, its column names in any case: the id is ``id`` or
``claim_id``; a row without one names its claim by its text (``Claim``), which must be
the text of exactly one stored claim; Check's statuses (Unstarted, In progress,
Inconclusive, Verified, False) become claimcheck's.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

from claimcheck.models import STATUSES
from claims_db import ClaimRecord, ConflictError, Store, StoreError


@dataclass(frozen=True, slots=True)
class Decision:
    """One line of a decisions file: its claim by id, else by its text."""

    line: int
    claim_id: int | None
    status: str | None
    note: str | None
    text: str | None = None
    # The claim's version the decision was made against (an export's ``version``).
    version: int | None = None


# Column names read, matched ignoring case: the first one present wins.
_COLUMNS = {
    "id": ("id", "claim_id"),
    "status": ("status",),
    "note": ("note",),
    "text": ("claim",),
    "version": ("version",),
}
# Meedan Check's statuses, as claimcheck's.
_CHECK_STATUSES = {
    "unstarted": "unreviewed",
    "in progress": "in-progress",
    "inconclusive": "unverifiable",
}


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


def _fields(record: dict[object, object]) -> dict[str, object]:
    """The record's id, status, note and claim text, by the names in ``_COLUMNS``."""
    by_fold = {str(k).strip().casefold(): v for k, v in record.items() if k is not None}
    return {
        field: next((by_fold[n] for n in names if by_fold.get(n) not in (None, "")), None)
        for field, names in _COLUMNS.items()
    }


def _status(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    folded = value.strip().casefold()
    return _CHECK_STATUSES.get(folded, folded)


def _decision(number: int, record: object) -> Decision | Problem:
    if isinstance(record, Problem):
        return record
    if not isinstance(record, dict):
        return Problem(number, "expected an object with id, status and note")
    fields = _fields(record)
    raw_id, text = fields["id"], fields["text"]
    claim_id: int | None = None
    if raw_id is not None or not isinstance(text, str):
        if isinstance(raw_id, bool) or not (
            isinstance(raw_id, int) or (isinstance(raw_id, str) and raw_id.strip().isdigit())
        ):
            return Problem(number, f"id must be a claim's number, not {raw_id!r}")
        claim_id = int(raw_id)
    status, note = fields["status"], fields["note"]
    if status is not None and _status(status) not in STATUSES:
        return Problem(number, f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    if note is not None and not isinstance(note, str):
        return Problem(number, f"note must be text, not {note!r}")
    if status is None and note is None:
        return Problem(number, "neither a status nor a note")
    version = fields["version"]
    if version is not None and not (
        isinstance(version, int) and not isinstance(version, bool) or str(version).isdigit()
    ):
        return Problem(number, f"version must be a number, not {version!r}")
    named = None if claim_id is not None else str(text)
    seen = int(str(version)) if version is not None else None
    return Decision(number, claim_id, _status(status), note, named, seen)


def parse(text: str, *, is_csv: bool) -> tuple[list[Decision], list[Problem]]:
    """The decisions of a file's text, and the lines that are not decisions."""
    good: list[Decision] = []
    bad: list[Problem] = []
    if is_csv:
        header = {h.strip().casefold() for h in next(csv.reader(io.StringIO(text)), [])}
        if not header & {"id", "claim_id", "claim"} or not header & {"status", "note"}:
            return [], [
                Problem(
                    1,
                    "a CSV of decisions needs a header with id (or claim_id, or Claim: "
                    "the claim's text), status and note",
                )
            ]
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


def apply(
    store: Store, decisions: list[Decision], reviewer: str, *, overwrite: bool = False
) -> Applied:
    """Store each decision in its own transaction, logged under ``reviewer``.

    A decision that names the claim's ``version`` it was made against is refused if the
    claim changed since (another reviewer decided), unless ``overwrite``. The counts
    are of the claims this run changed, read in the transaction that changed them."""
    changed = unchanged = 0
    problems: list[Problem] = []
    for d in decisions:
        if d.claim_id is None:
            found = store.claims_with_text(d.text or "")
            if len(found) != 1:
                how = "no stored claim" if not found else f"{len(found)} stored claims"
                problems.append(Problem(d.line, f"{how} with the text {_quoted(d.text or '')}"))
                continue
            before = found[0]
        else:
            got = store.get_claim(d.claim_id)
            if got is None:
                problems.append(Problem(d.line, f"no claim #{d.claim_id}"))
                continue
            before = got
        if d.version is not None and not overwrite and d.version != before.version:
            who = f" by {before.reviewer}" if before.reviewer else ""
            problems.append(
                Problem(
                    d.line,
                    f"claim #{before.id} was changed{who} since this decision was made "
                    f"(version {before.version}, not {d.version}): not applied "
                    "(--overwrite applies it anyway)",
                )
            )
            continue
        try:
            did = _decide(
                store, before, d, reviewer, strict=d.version is not None and not overwrite
            )
        except StoreError as exc:
            problems.append(Problem(d.line, str(exc)))
            continue
        if did:
            changed += 1
        else:
            unchanged += 1
    return Applied(changed, unchanged, tuple(problems))


def _decide(store: Store, before: ClaimRecord, d: Decision, reviewer: str, *, strict: bool) -> bool:
    """Store one decision against the version read; whether it changed the claim. If
    another writer got there first, a decision without a version of its own is tried
    again on the claim as it now is (so that the counts stay exact); one with a version
    is refused."""
    for _ in range(3):
        try:
            after = store.decide(
                before.id,
                reviewer,
                status=d.status,
                note=d.note,
                expected_version=before.version,
            )
            return after.version != before.version
        except ConflictError:
            if strict:
                raise
            again = store.get_claim(before.id)
            if again is None:
                raise StoreError(f"no claim #{before.id}") from None
            before = again
    raise StoreError(f"claim #{before.id} keeps changing under other writers: not applied")


def _quoted(text: str, longest: int = 60) -> str:
    return repr(text if len(text) <= longest else text[: longest - 1] + "…")
