"""The review session as a state machine: a fake prompt, a list for messages, a real store."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from rich.console import Console
from rich.text import Text

from claimcheck.cli import review_screen
from claimcheck.desk import review
from claimcheck.desk.review import Outcome, Session
from claims_db import ArticleRecord, Store
from tests.rows import Row, claim, slot
from tests.rows import match as match_row

TEXT = (
    "Title line\n"
    "Exports rose 7% in June. Nobody cared.\n"
    "The minister said \x1b[31mred\x1b[0m things last June.\n"
    "Prices doubled, a report found.\n"
)


def _span(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return start, start + len(sentence)


def _claim(sentence: str, score: float, slots: tuple[Row, ...] = ()) -> Row:
    start, end = _span(sentence)
    return claim(sentence, start, end, score, slots=slots)


def _seed(store: Store) -> list[int]:
    """Four claims in one article; returns their ids in text order."""
    june = TEXT.index("last June")
    ambiguous = slot(
        "date",
        "last June",
        june,
        june + 9,
        {"interval": ["2019-06-01", "2019-06-30"], "ambiguous": True, "readings": []},
    )
    saved = store.save_article(
        ArticleRecord(text=TEXT, title="A \x1b]0;title\x07 test"),
        [
            _claim("Exports rose 7% in June.", 0.5),
            _claim("Nobody cared.", 0.9),
            _claim("The minister said \x1b[31mred\x1b[0m things last June.", 0.3, (ambiguous,)),
            _claim("Prices doubled, a report found.", 0.6),
        ],
    )
    ids = [c.id for c in store.claims(saved.article_id)]
    store.save_matches(
        {
            ids[0]: [
                match_row(
                    "snopes", "s1", "factcheck", "Exports fell in June.", 0.7, "conflicts", True
                ),
                match_row("claims", "c9", "claim", "Exports rose.", 0.5, "corroborates", False),
            ],
            ids[3]: [
                match_row(
                    "politifact",
                    "p1",
                    "factcheck",
                    "Prices doubled.",
                    0.8,
                    "checked-before",
                    True,
                    detail={"rating": "Pants on Fire"},
                )
            ],
        }
    )
    return ids


class Keys:
    """The prompt's answers, in order; fails the test if a prompt was not expected."""

    def __init__(self, answers: Iterable[str] = ()) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, label: str, default: str = "") -> str:
        self.asked.append(label)
        assert self.answers, f"unexpected prompt {label!r}"
        answer = self.answers.pop(0)
        return default if answer == "" and default else answer


def _session(store: Store, reviewer: str = "ana", **filters: object) -> tuple[Session, list[str]]:
    said: list[str] = []
    queue = review.load_queue(store, **filters)  # type: ignore[arg-type]
    return Session(store, queue, reviewer, said.append), said


def test_queue_order_puts_flagged_claims_first_then_by_score(store: Store) -> None:
    ids = _seed(store)
    session, _ = _session(store)
    order = [i.claim.id for i in session.queue]
    # All flagged, so by their most pressing flag whatever their score: conflicts (0.5),
    # rated false before (0.6), ambiguous date (0.3), no evidence ("Nobody cared.", 0.9).
    assert order == [ids[0], ids[3], ids[2], ids[1]]
    flags = {i.claim.id: i.flags for i in session.queue}
    assert flags[ids[0]] == ("conflicts",)
    assert flags[ids[3]] == ("rated false before",)
    assert flags[ids[2]] == ("date to check",)
    assert flags[ids[1]] == ("no evidence",)


def test_a_status_key_stores_the_decision_with_its_note_and_moves_on(store: Store) -> None:
    ids = _seed(store)
    session, _ = _session(store)
    first = session.queue[0].claim
    prompt = Keys(["made up"])
    assert session.handle("f", prompt) is Outcome.MOVED
    assert session.position == 1
    row = store.get_claim(first.id)
    assert row is not None
    assert (row.status, row.note, row.reviewer) == ("false", "made up", "ana")
    assert row.version == first.version + 1 and row.decided_at is not None
    events = store.history(first.id)
    assert [(e.action, e.old_value, e.new_value, e.note) for e in events] == [
        ("status", "unreviewed", "false", "made up"),
        ("note", None, "made up", None),
    ]
    assert all(e.reviewer == "ana" for e in events)
    assert ids  # seeded


def test_note_edit_and_assign_stay_on_the_claim(store: Store) -> None:
    _seed(store)
    session, _ = _session(store)
    claim_id = session.queue[0].claim.id
    assert session.handle("t", Keys(["ask the ministry"])) is Outcome.STAY
    assert session.handle("e", Keys(["Nobody cared about the exports."])) is Outcome.STAY
    assert session.handle("g", Keys(["bo"])) is Outcome.STAY
    assert session.position == 0
    row = store.get_claim(claim_id)
    assert row is not None
    assert (row.note, row.edited_text, row.assigned_to) == (
        "ask the ministry",
        "Nobody cared about the exports.",
        "bo",
    )
    assert session.current is not None and session.current.claim.version == row.version
    assert [e.action for e in store.history(claim_id)] == ["note", "text", "assigned_to"]
    # An empty answer changes nothing.
    assert session.handle("t", Keys([" "])) is Outcome.STAY
    assert len(store.history(claim_id)) == 3


def test_skip_back_and_the_end_of_the_queue(store: Store) -> None:
    _seed(store)
    session, said = _session(store)
    assert session.handle("b", Keys()) is Outcome.STAY
    assert said == ["this is the first claim"]
    assert session.handle("s", Keys()) is Outcome.MOVED
    assert session.handle("b", Keys()) is Outcome.MOVED and session.position == 0
    for _ in range(3):
        assert session.handle("s", Keys()) is Outcome.MOVED
    assert session.handle("s", Keys()) is Outcome.QUIT and session.finished
    assert session.handle("v", Keys()) is Outcome.QUIT
    assert all(c.status == "unreviewed" for c in store.review_queue())


def test_help_quit_and_unknown_keys(store: Store) -> None:
    _seed(store)
    session, said = _session(store)
    assert session.handle("?", Keys()) is Outcome.HELP
    assert session.handle("x", Keys()) is Outcome.STAY
    assert said == ["no action on 'x': press ? for help"]
    assert session.handle("q", Keys()) is Outcome.QUIT and session.finished


def test_accept_and_reject_matches(store: Store) -> None:
    ids = _seed(store)
    session, said = _session(store)
    for _ in range(3):
        session.handle("s", Keys())
    assert session.current is not None and session.current.claim.id == ids[1]
    assert session.handle("a", Keys()) is Outcome.STAY  # "Nobody cared." has no match
    assert said == ["this claim has no suggested match"]
    for _ in range(3):
        session.handle("b", Keys())
    item = session.current
    assert item is not None and item.claim.id == ids[0]
    assert session.handle("r", Keys(["2"])) is Outcome.STAY
    assert session.handle("a", Keys(["9"])) is Outcome.STAY
    assert said[-1] == "no match '9'"
    assert session.handle("a", Keys([""])) is Outcome.STAY  # Enter: the first
    decided = [m.decision for m in store.matches([ids[0]])[ids[0]]]
    assert decided == ["accepted", "rejected"]
    assert [m.decision for m in session.queue[0].matches] == ["accepted", "rejected"]
    events = store.history(ids[0])
    assert [(e.action, e.new_value) for e in events] == [
        ("match", "rejected"),
        ("match", "accepted"),
    ]
    # The match decisions raised the claim's version; the session keeps up with it.
    assert session.handle("v", Keys([""])) is Outcome.MOVED
    row = store.get_claim(ids[0])
    assert row is not None and row.status == "verified"


def test_a_claim_changed_meanwhile_is_reloaded_not_overwritten(store: Store) -> None:
    _seed(store)
    session, said = _session(store, reviewer="ana")
    claim_id = session.queue[0].claim.id
    store.decide(claim_id, "bo", status="verified", note="checked by phone")
    assert session.handle("f", Keys(["made up"])) is Outcome.STAY
    assert said[0].startswith("not saved: claim #") and "by bo" in said[0]
    assert said[1:] == ["your note, to give again: made up"]  # not lost with the decision
    row = store.get_claim(claim_id)
    assert row is not None and row.status == "verified" and row.reviewer == "bo"
    current = session.current
    assert current is not None and current.claim.status == "verified"
    # Now the reviewer saw bo's decision; a new one is applied over it, on the record.
    assert session.handle("f", Keys(["no, see the minutes"])) is Outcome.MOVED
    history = store.history(claim_id)
    assert [(e.reviewer, e.old_value, e.new_value) for e in history if e.action == "status"] == [
        ("bo", "unreviewed", "verified"),
        ("ana", "verified", "false"),
    ]


def test_bulk_sets_the_rest_of_the_article(store: Store) -> None:
    ids = _seed(store)
    session, said = _session(store)
    session.handle("v", Keys([""]))  # the first claim decided by hand
    assert session.handle("B", Keys(["flase"])) is Outcome.STAY
    assert said[-1].startswith("not a status: 'flase'")
    assert session.handle("B", Keys(["n", "boilerplate"])) is Outcome.QUIT
    assert said[-1] == "3 claims of article #1 set to not-a-claim"
    statuses = {c.id: c.status for c in store.review_queue()}
    assert statuses == {
        ids[0]: "verified",
        ids[1]: "not-a-claim",
        ids[2]: "not-a-claim",
        ids[3]: "not-a-claim",
    }
    events = store.history(ids[2])
    assert events[0].note == "boilerplate" and events[0].reviewer == "ana"


def test_bulk_leaves_claims_changed_meanwhile(store: Store) -> None:
    ids = _seed(store)
    session, said = _session(store)
    store.decide(ids[2], "bo", note="mine")
    assert session.handle("B", Keys(["unverifiable", ""])) is Outcome.MOVED
    assert said[-1] == (
        "3 claims of article #1 set to unverifiable; 1 changed by someone else meanwhile, not set"
    )
    current = session.current
    assert current is not None and current.claim.id == ids[2] and current.claim.note == "mine"


def test_a_new_session_resumes_at_the_first_undecided_claim(store: Store) -> None:
    _seed(store)
    first, _ = _session(store)
    order = [i.claim.id for i in first.queue]
    first.handle("f", Keys([""]))
    first.handle("p", Keys([""]))
    first.handle("q", Keys())
    again, _ = _session(store)
    # Unreviewed first, then in progress, then decided.
    assert [i.claim.id for i in again.queue] == [order[2], order[3], order[1], order[0]]
    assert again.current is not None and again.current.claim.id == order[2]


def test_filters(store: Store) -> None:
    ids = _seed(store)
    store.decide(ids[3], "bo", assign="cy")
    session, _ = _session(store, min_score=0.55)
    assert {i.claim.id for i in session.queue} == {ids[1], ids[3]}
    session, _ = _session(store, assigned_to="cy")
    assert [i.claim.id for i in session.queue] == [ids[3]]
    empty, _ = _session(store, statuses=["false"])
    assert empty.finished and empty.current is None
    assert empty.handle("v", Keys()) is Outcome.QUIT


def test_a_session_needs_a_reviewer(store: Store) -> None:
    with pytest.raises(ValueError, match="reviewer"):
        Session(store, [], " ", print)


def test_the_screen_escapes_article_text_and_lists_the_keys(store: Store) -> None:
    ids = _seed(store)
    store.decide(ids[3], "bo", note="see \x1b[2J here")
    session, _ = _session(store)
    while session.current is not None and session.current.claim.id != ids[2]:
        session.handle("s", Keys())
    console = Console(width=100, record=True, no_color=True, force_terminal=False)
    console.print(review_screen.claim_screen(session, session.current, ["hello"]))  # type: ignore[arg-type]
    shown = console.export_text()
    assert "\x1b" not in shown and "\x07" not in shown
    assert "said \\x1b[31mred\\x1b[0m things" in shown
    assert "title\\x07 test" in shown
    assert "last June -> ambiguous" in shown
    assert "date to check" in shown and "hello" in shown
    for key, what in review.KEYS:
        assert f"[{key}] {what}" in shown
    (nobody,) = [i.claim for i in session.queue if i.claim.id == ids[1]]
    assert review_screen.paragraph(nobody, None).plain == "Nobody cared."  # no article


def test_the_screen_shows_matches_and_decisions(store: Store) -> None:
    ids = _seed(store)
    store.decide(ids[3], "bo", status="false", note="see \x1b[2J here")
    session, _ = _session(store)
    while session.current is not None and session.current.claim.id != ids[3]:
        session.handle("s", Keys())
    console = Console(width=100, record=True, no_color=True)
    console.print(review_screen.claim_screen(session, session.current))  # type: ignore[arg-type]
    shown = console.export_text()
    assert "checked-before 0.80  politifact  rated Pants on Fire" in shown
    assert "“Prices doubled.”" in shown
    assert "bo status: unreviewed -> false (see \\x1b[2J here)" in shown
    assert "\x1b" not in shown


def test_a_huge_claim_is_shown_by_its_start_and_end_with_its_slots_counted(store: Store) -> None:
    # A 200,000-character "sentence" (a page with no punctuation) with a number every few
    # words: the screen stays a screen, not 2,000 lines of text and 10,000 slot rows.
    unit = "the minister said 3 people died and "
    text = unit * 5000 + "the end."
    numbers = tuple(
        slot("number", "3 people", i, i + 8, {"kind": "count", "value": 3, "unit": "people"})
        for i in range(18, len(text), len(unit))
    )
    saved = store.save_article(
        ArticleRecord(text=text), [claim(text, 0, len(text), 0.9, slots=numbers)]
    )
    store.decide(store.claims(saved.article_id)[0].id, "bo", text="a reworded " + "x" * 9000)
    session, _ = _session(store)
    console = Console(width=100, record=True, no_color=True)
    console.print(review_screen.claim_screen(session, session.current))  # type: ignore[arg-type]
    shown = console.export_text()
    assert len(shown) < 12_000
    assert shown.count("3 people -> count 3 people") == 12
    assert f"… and {len(numbers) - 12:,} more" in shown
    assert f"[… {len(text) - 1500:,} characters not shown …]" in shown
    assert "the end." in shown and "the minister said 3" in shown
    assert "reworded: a reworded" in shown and "[… 7,511 characters not shown …]" in shown


def test_the_screen_names_the_part_of_a_vague_date(store: Store) -> None:
    text = "The ministry cut 2,000 jobs at the end of 2018."
    value = {"interval": ["2018-01-01", "2018-12-31"], "granularity": "year", "part": "end"}
    saved = store.save_article(
        ArticleRecord(text=text),
        [claim(text, 0, len(text), 0.9, slots=(slot("date", "end of 2018", 34, 45, value),))],
    )
    assert saved.article_id
    session, _ = _session(store)
    console = Console(width=100, record=True, no_color=True)
    console.print(review_screen.claim_screen(session, session.current))  # type: ignore[arg-type]
    assert "end of 2018 -> 2018 (year, its end)" in console.export_text()


def test_clip_keeps_the_styles_of_what_it_shows() -> None:
    text = Text()
    text.append("a" * 10, "bold")
    text.append("b" * 10, "red")
    clipped = review_screen.clip(text, longest=9)
    assert clipped.plain == "aaaaaa [… 11 characters not shown …] bbb"
    assert clipped[:6].spans[0].style == "bold" and clipped[-3:].spans[0].style == "red"
    assert review_screen.clip(text, longest=20) is text


def test_an_article_the_database_does_not_hold_is_named_not_an_empty_queue(store: Store) -> None:
    from claimcheck.errors import UsageError

    with pytest.raises(UsageError, match=r"^no article #999 in the database$"):
        review.load_queue(store, article_id=999)


def test_each_stored_decision_is_confirmed(store: Store) -> None:
    _seed(store)
    session, said = _session(store)
    first = session.current
    assert first is not None
    session.handle("t", Keys(["check the budget line"]))
    session.handle("g", Keys(["ben"]))
    session.handle("f", Keys([""]))
    assert said == [
        f"saved: claim #{first.claim.id} note added",
        f"saved: claim #{first.claim.id} assigned to ben",
        f"saved: claim #{first.claim.id} set to false",
    ]


def test_a_huge_note_keeps_the_claim_and_keys_on_a_40_line_screen(store: Store) -> None:
    ids = _seed(store)
    store.decide(ids[3], "bo", note="word " * 1_000_000)  # a pasted 5 MB document
    session, _ = _session(store)
    while session.current is not None and session.current.claim.id != ids[3]:
        session.handle("s", Keys())
    console = Console(width=80, record=True, no_color=True)
    long_message = "your note, to give again: " + "word " * 100_000
    console.print(review_screen.claim_screen(session, session.current, [long_message]))  # type: ignore[arg-type]
    lines = console.export_text().splitlines()
    assert len(lines) <= 40, len(lines)
    assert any("Prices doubled" in line for line in lines)
    assert "[q] quit" in "\n".join(lines)


def test_stored_statuses_and_actions_are_shown_literally(store: Store) -> None:
    # An older database or a hand-edited one may hold anything: shown, never obeyed.
    from sqlalchemy import text

    ids = _seed(store)
    store.decide(ids[3], "bo", status="false")
    with store._engine.begin() as connection:
        connection.execute(
            text("UPDATE claim SET status = :s WHERE id = :i"),
            {"s": "\x1b]0;pwned\x07", "i": ids[3]},
        )
        connection.execute(
            text("UPDATE review_event SET action = :a WHERE claim_id = :i"),
            {"a": "\x1b[2J", "i": ids[3]},
        )
    session, _ = _session(store)
    item = next(i for i in session.queue if i.claim.id == ids[3])
    session.position = session.queue.index(item)
    console = Console(width=100, record=True, no_color=True)
    console.print(review_screen.claim_screen(session, item))
    shown = console.export_text()
    assert "\x1b" not in shown and "\\x1b]0;pwned\\x07" in shown and "\\x1b[2J" in shown


def test_only_confident_matches_put_a_claim_first(store: Store) -> None:
    _seed(store)
    flagged = 0
    for item in review.load_queue(store):
        loose = [m.model_copy(update={"confident": False}) for m in item.matches]
        confident_flags = set(review.flags(item.claim, item.matches))
        flagged += bool(confident_flags & {"conflicts", "rated false before"})
        assert not set(review.flags(item.claim, loose)) & {"conflicts", "rated false before"}
    assert flagged  # the seed has confident ones, which do


def test_queue_order_puts_a_caption_after_the_statements_with_its_flag(store: Store) -> None:
    """A caption outscoring the article's own statements does not lead the queue."""
    saved = store.save_article(
        ArticleRecord(text="Caption text here. Body text here."),
        [
            claim("Caption text here.", 0, 18, 0.99, role="caption"),
            claim("Body text here.", 19, 34, 0.9),
        ],
    )
    queue = review.queue_order(store.claims(saved.article_id))
    assert [i.claim.role for i in queue] == ["body", "caption"]
    assert queue[0].flags == queue[1].flags


def test_the_screen_shows_the_note_of_a_placed_date(store: Store) -> None:
    text = "The agency's budget for fiscal 2017 rose by 4%."
    value = {
        "interval": ["2017-01-01", "2017-12-31"],
        "granularity": "year",
        "note": "fiscal period: the calendar's stands in",
    }
    saved = store.save_article(
        ArticleRecord(text=text),
        [claim(text, 0, len(text), 0.9, slots=(slot("date", "2017", 31, 35, value),))],
    )
    assert saved.article_id
    session, _ = _session(store)
    console = Console(width=100, record=True, no_color=True)
    console.print(review_screen.claim_screen(session, session.current))  # type: ignore[arg-type]
    assert "2017 -> 2017 (year) (fiscal period: the calendar's stands in)" in console.export_text()
