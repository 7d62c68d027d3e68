"""Reviewing stored claims: the queue's order and the reviewer's session, as pure logic.

A :class:`Session` is a state machine over a queue of claims: :meth:`Session.handle`
takes one key and a prompt (for the words a key needs: a note, a new wording, a name)
and returns what the screen should do next. It knows nothing of terminals: the prompt
and the ``say`` callback (messages for the reviewer) are injected, so it runs the same
under a test, a terminal, or anything else. Every decision is stored at once, in its own
transaction, with the version of the claim the reviewer saw: quitting, Ctrl-C or a
closed terminal loses nothing already decided, and a claim changed by someone else
meanwhile is reloaded and shown again instead of being overwritten.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from claimcheck.errors import UsageError
from claimcheck.models import DECISIONS, UNREVIEWED
from claims_db import ArticleRecord, ClaimRecord, ConflictError, MatchRecord, ReviewEvent, Store

STATUS_KEYS: dict[str, str] = {
    "v": "verified",
    "f": "false",
    "m": "misleading",
    "u": "unverifiable",
    "n": "not-a-claim",
    "p": "in-progress",
}

# (key, what it does), in the order the screen lists them.
KEYS: tuple[tuple[str, str], ...] = (
    *STATUS_KEYS.items(),
    ("a", "accept match"),
    ("r", "reject match"),
    ("t", "note"),
    ("e", "edit wording"),
    ("g", "assign"),
    ("s", "skip"),
    ("b", "back"),
    ("B", "bulk: rest of article"),
    ("q", "quit"),
    ("?", "help"),
)

HELP: tuple[str, ...] = (
    "v f m u n p  set the status (verified, false, misleading, unverifiable, not-a-claim,"
    " in-progress), then type an optional note; moves to the next claim",
    "a / r        accept / reject a suggested match (asks which one when there are several)",
    "t            add a note to this claim",
    "e            edit the claim's wording so that it stands alone",
    "g            assign this claim to a reviewer",
    "s / b        skip to the next claim / go back to the previous one",
    "B            set one status on the rest of this article's undecided claims",
    "q            quit: every decision is already saved; `claimcheck review` resumes here",
)

HIGH_SCORE = 0.8
# Verdicts of an earlier fact-check that make a claim checked again worth a look first.
_FALSE_RATING = re.compile(
    r"\b(false|fake|pants on fire|incorrect|inaccurate|wrong|misleading|not true|"
    r"fabricated|distorted|baseless|unsupported|four pinocchios|mostly false|half true)\b",
    re.IGNORECASE,
)


class Outcome(enum.Enum):
    """What the screen does after a key."""

    MOVED = "moved"  # show the (new) current claim
    STAY = "stay"  # show the current claim again (it changed, or a message was said)
    HELP = "help"  # show the help, then the current claim
    QUIT = "quit"  # stop: the reviewer quit or the queue is done


class Prompt(Protocol):
    """Ask for a line of text; ``default`` is what Enter alone gives."""

    def __call__(self, label: str, default: str = "") -> str: ...


@dataclass(frozen=True, slots=True)
class Item:
    """A claim in the queue with its matches and why it was flagged."""

    claim: ClaimRecord
    matches: tuple[MatchRecord, ...] = ()
    flags: tuple[str, ...] = ()


# The flags, most pressing first: the queue puts a claim by its most pressing flag.
FLAGS = ("conflicts", "rated false before", "date to check", "no evidence")


def flags(claim: ClaimRecord, matches: Sequence[MatchRecord]) -> tuple[str, ...]:
    """Why a claim needs a reviewer's eye first, most pressing first. Only confident
    matches raise a flag: a suggestion is shown, but does not put a claim first."""
    out: list[str] = []
    confident = [m for m in matches if m.confident and m.decision != "rejected"]
    if any(m.relation == "conflicts" for m in confident):
        out.append("conflicts")
    if any(
        m.relation == "checked-before" and _FALSE_RATING.search(str(m.detail.get("rating") or ""))
        for m in confident
    ):
        out.append("rated false before")
    if any(
        s.type == "date" and (s.value.get("ambiguous") or s.value.get("interval") is None)
        for s in claim.slots
    ):
        out.append("date to check")
    if claim.score >= HIGH_SCORE and not matches:
        out.append("no evidence")
    return tuple(out)


def _group(status: str) -> int:
    # Undecided claims first, so that a new session starts where the last one stopped.
    if status == UNREVIEWED:
        return 0
    return 1 if status == "in-progress" else 2


def queue_order(
    claims: Sequence[ClaimRecord], matches: dict[int, list[MatchRecord]] | None = None
) -> list[Item]:
    """The claims in review order: undecided ones first (unreviewed, then in progress),
    and in each group flagged claims first, by their most pressing flag (a conflicting
    source, then an earlier false rating, a date to check, a high score with no
    evidence), then the article's own statements before photo captions, then by score,
    highest first."""
    found = matches or {}
    items = []
    for claim in claims:
        these = tuple(found.get(claim.id, ()))
        items.append(Item(claim, these, flags(claim, these)))
    items.sort(
        key=lambda i: (
            _group(i.claim.status),
            FLAGS.index(i.flags[0]) if i.flags else len(FLAGS),
            # A photo caption after the article's own statements with the same flag.
            i.claim.role == "caption",
            -i.claim.score,
            i.claim.article_id,
            i.claim.seq,
        )
    )
    return items


def load_queue(
    store: Store,
    *,
    article_id: int | None = None,
    statuses: Sequence[str] | None = None,
    min_score: float | None = None,
    assigned_to: str | None = None,
) -> list[Item]:
    """The review queue from the store, filtered and in :func:`queue_order`. An
    ``article_id`` the database does not hold is a usage error (as in export)."""
    if article_id is not None and store.get_article(article_id) is None:
        raise UsageError(f"no article #{article_id} in the database")
    claims = store.review_queue(
        article_id=article_id, statuses=statuses, min_score=min_score, assigned_to=assigned_to
    )
    return queue_order(claims, store.matches([c.id for c in claims]))


def _saved(claim_id: int, changes: dict[str, str | None]) -> str:
    """The confirmation of a stored decision: "saved: claim #16 set to false, with a note"."""
    parts = []
    if changes.get("status"):
        parts.append(f"set to {changes['status']}")
    if "text" in changes:
        parts.append("wording edited" if changes["text"] else "wording restored")
    if "assign" in changes:
        parts.append(f"assigned to {changes['assign']}" if changes["assign"] else "unassigned")
    if changes.get("note"):
        parts.append("with a note" if parts else "note added")
    return f"saved: claim #{claim_id} " + ", ".join(parts)


class Session:
    """One reviewer going through a queue. ``position`` is the claim on screen;
    ``finished`` turns true when the reviewer quits or passes the last claim."""

    def __init__(
        self,
        store: Store,
        queue: Sequence[Item],
        reviewer: str,
        say: Callable[[str], None],
    ) -> None:
        if not reviewer.strip():
            raise ValueError("a review needs a reviewer's name")
        self.store = store
        self.queue = list(queue)
        self.reviewer = reviewer
        self.say = say
        self.position = 0
        self.finished = not self.queue
        self.decided = 0
        self._articles: dict[int, ArticleRecord | None] = {}

    @property
    def current(self) -> Item | None:
        return None if self.finished else self.queue[self.position]

    def article(self, article_id: int) -> ArticleRecord | None:
        if article_id not in self._articles:
            self._articles[article_id] = self.store.get_article(article_id)
        return self._articles[article_id]

    def history(self) -> list[ReviewEvent]:
        item = self.current
        return self.store.history(item.claim.id) if item else []

    # The state machine

    def handle(self, key: str, prompt: Prompt) -> Outcome:
        """Act on one key; decisions are stored before this returns."""
        item = self.current
        if item is None:
            return Outcome.QUIT
        if key in STATUS_KEYS:
            return self._status(item, STATUS_KEYS[key], prompt)
        if key in ("a", "r"):
            return self._match(item, "accepted" if key == "a" else "rejected", prompt)
        if key == "t":
            note = prompt("note").strip()
            if not note:
                return Outcome.STAY
            self._decide(item, note=note)
            return Outcome.STAY
        if key == "e":
            before = item.claim.edited_text or item.claim.text
            wording = prompt("wording", before).strip()
            if not wording or wording == before:
                return Outcome.STAY
            # Back to the sentence as written: clear the edit rather than copy the text.
            self._decide(item, text="" if wording == item.claim.text else wording)
            return Outcome.STAY
        if key == "g":
            name = prompt("assign to (- for nobody)", item.claim.assigned_to or "").strip()
            if name and name != (item.claim.assigned_to or ""):
                self._decide(item, assign="" if name == "-" else name)
            return Outcome.STAY
        if key == "s":
            return self._advance()
        if key == "b":
            if self.position == 0:
                self.say("this is the first claim")
                return Outcome.STAY
            self.position -= 1
            self._reload()
            return Outcome.MOVED
        if key == "B":
            return self._bulk(item, prompt)
        if key == "q":
            self.finished = True
            return Outcome.QUIT
        if key in ("?", "h"):
            return Outcome.HELP
        self.say(f"no action on {key!r}: press ? for help")
        return Outcome.STAY

    def _advance(self) -> Outcome:
        if self.position + 1 >= len(self.queue):
            self.finished = True
            return Outcome.QUIT
        self.position += 1
        self._reload()
        return Outcome.MOVED

    def _status(self, item: Item, status: str, prompt: Prompt) -> Outcome:
        note = prompt(f"{status}: note (Enter for none)").strip()
        if not self._decide(item, status=status, note=note or None):
            return Outcome.STAY
        return self._advance()

    def _match(self, item: Item, decision: str, prompt: Prompt) -> Outcome:
        if not item.matches:
            self.say("this claim has no suggested match")
            return Outcome.STAY
        match = item.matches[0]
        if len(item.matches) > 1:
            answer = prompt(f"{decision[:-2]} which match (1-{len(item.matches)})", "1").strip()
            if not answer.isdigit() or not 1 <= int(answer) <= len(item.matches):
                self.say(f"no match {answer!r}")
                return Outcome.STAY
            match = item.matches[int(answer) - 1]
        self.store.decide_match(match.id, self.reviewer, decision)
        self.decided += 1
        self._reload()
        return Outcome.STAY

    def _decide(self, item: Item, **changes: str | None) -> bool:
        """Store one decision on the claim as the reviewer saw it; on a conflict,
        say so and show the claim as it now is."""
        try:
            self.store.decide(
                item.claim.id, self.reviewer, expected_version=item.claim.version, **changes
            )
        except ConflictError as exc:
            self.say(f"not saved: {exc}")
            for what in ("note", "text"):
                if changes.get(what):
                    label = "wording" if what == "text" else what
                    self.say(f"your {label}, to give again: {changes[what]}")
            self._reload()
            return False
        self.decided += 1
        self.say(_saved(item.claim.id, changes))
        self._reload()
        return True

    def _bulk(self, item: Item, prompt: Prompt) -> Outcome:
        article_id = item.claim.article_id
        rest = [
            i
            for i, other in enumerate(self.queue)
            if i >= self.position
            and other.claim.article_id == article_id
            and _group(other.claim.status) < 2
        ]
        if not rest:
            self.say("nothing undecided is left in this article")
            return Outcome.STAY
        answer = prompt(
            f"status for the {len(rest)} undecided claims left in article #{article_id}"
        )
        status = STATUS_KEYS.get(answer.strip(), answer.strip())
        if status not in DECISIONS:
            if answer.strip():
                self.say(f"not a status: {answer!r} (one of {', '.join(DECISIONS)})")
            return Outcome.STAY
        note = prompt(f"{status}: note (Enter for none)").strip() or None
        saved: set[int] = set()
        for i in rest:
            claim = self.queue[i].claim
            try:
                row = self.store.decide(
                    claim.id,
                    self.reviewer,
                    status=status,
                    note=note,
                    expected_version=claim.version,
                )
            except ConflictError:
                continue
            self.queue[i] = replace(self.queue[i], claim=row)
            saved.add(i)
        self.decided += len(saved)
        conflicts = len(rest) - len(saved)
        left = f"; {conflicts} changed by someone else meanwhile, not set" if conflicts else ""
        self.say(f"{len(saved)} claims of article #{article_id} set to {status}{left}")
        # On to the first claim not just decided (one that conflicted is shown again).
        for i in range(self.position, len(self.queue)):
            if i not in saved:
                self.position = i
                self._reload()
                return Outcome.MOVED
        self.finished = True
        return Outcome.QUIT

    def _reload(self) -> None:
        """Read the current claim and its matches again: someone may have changed them."""
        item = self.queue[self.position]
        claim = self.store.get_claim(item.claim.id) or item.claim
        matches = tuple(self.store.matches([claim.id]).get(claim.id, ()))
        self.queue[self.position] = Item(claim, matches, flags(claim, matches))
