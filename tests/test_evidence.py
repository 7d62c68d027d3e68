"""Evidence: sources read into memory and search services, matched together."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.matching import evidence
from claimcheck.matching.corpus import Corpus
from claimcheck.matching.evidence import SEARCH_SOURCES, Evidence, load, search_query
from claimcheck.models import Reference
from claimcheck.sources.archives import Columns

DATA = Path(__file__).resolve().parent / "data" / "matching"
PUBLISHED = dt.date(2019, 10, 24)
CLAIM = "Trump and Kim have met three times since last June and exchange personal letters."

LOCAL = [
    Reference(
        "local#1",
        "Trump and Kim have met twice since June 2018.",
        "desk",
        "article",
        published=PUBLISHED,
    ),
    Reference(
        "local#2", "Heavy rain flooded several villages in northern Italy.", "desk", "article"
    ),
]
FOUND = [
    Reference(
        "wiki:Summits",
        "Trump and Kim have met three times since June 2018.",
        "wikipedia",
        "wikipedia",
        title="North Korea–United States summits",
    ),
    Reference("wiki:Rice", "The price of rice rose sharply in Manila.", "wikipedia", "wikipedia"),
]
FACTCHECKS = [
    Reference(
        "fct:1",
        "Kim and Trump met three times since June 2018.",
        "factcheck-tools",
        "factcheck",
        rating="True",
        publisher="Verify Desk",
    )
]


class Recorder:
    """A fake search service: records the queries it is sent, answers from a list."""

    def __init__(self, answer: list[Reference]) -> None:
        self.answer = answer
        self.queries: list[str] = []

    def __call__(self, query: str) -> list[Reference]:
        self.queries.append(query)
        return list(self.answer)


def test_searchers_merged_with_a_corpus() -> None:
    wiki, tools = Recorder(FOUND), Recorder(FACTCHECKS)
    ev = Evidence(
        [Corpus(LOCAL)],
        searches=["wikipedia", "factcheck-tools"],
        searchers={"wikipedia": wiki, "factcheck-tools": tools},
    )
    found = ev.matches(CLAIM, published=PUBLISHED, top=10, min_score=0.0)
    ids = [m.reference.id for m in found]
    assert {"local#1", "wiki:Summits", "fct:1"} <= set(ids)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    by_id = {m.reference.id: m for m in found}
    assert by_id["local#1"].relation == "conflicts"
    assert by_id["local#1"].clashes == ("count 3 vs 2",)
    # It states the count and the date, not the letters: related, with what it leaves out.
    assert by_id["wiki:Summits"].relation == "related"
    assert "not in the source: exchang, person, letter" in by_id["wiki:Summits"].reasons
    assert by_id["fct:1"].relation == "checked-before"
    # Each service asked once, with the telling words rather than the sentence.
    assert wiki.queries == tools.queries == [search_query(CLAIM)]


def test_top_applies_across_sources() -> None:
    ev = Evidence([Corpus(LOCAL)], ["wikipedia"], {"wikipedia": Recorder(FOUND)})
    found = ev.matches(CLAIM, published=PUBLISHED, top=1, min_score=0.0)
    assert len(found) == 1


def test_search_only_evidence_and_empty_answers() -> None:
    empty = Recorder([])
    ev = Evidence(searches=["wikipedia"], searchers={"wikipedia": empty})
    assert ev  # something to match against, even with no corpus
    assert ev.matches(CLAIM, published=PUBLISHED, min_score=0.0) == []
    assert empty.queries == [search_query(CLAIM)]


def test_no_evidence_is_false() -> None:
    assert not Evidence()
    assert Evidence([Corpus(LOCAL)])


def test_context_goes_to_retrieval_not_to_the_search_service() -> None:
    wiki = Recorder(FOUND)
    ev = Evidence(searches=["wikipedia"], searchers={"wikipedia": wiki})
    ev.matches("They met three times.", context="Trump and Kim", min_score=0.0)
    assert wiki.queries == [search_query("They met three times.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CLAIM, "trump kim met three times since last june exchange personal"),
        ("Talks broke down in February.", "talks broke february"),  # "down" is a stop word
        ("The the THE talks, talks!", "talks"),
    ],
)
def test_search_query_keeps_telling_words(text: str, expected: str) -> None:
    assert search_query(text) == expected


def test_search_query_is_short_and_falls_back_to_the_text() -> None:
    long = " ".join(f"word{i}" for i in range(40))
    assert len(search_query(long).split()) == 10
    assert search_query("It is what it is.") == "It is what it is."
    assert len(search_query("a " * 300)) <= 200


# --- load ----------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An article, a fact-check archive with two bad rows, and a binary file."""
    shutil.copy(DATA / "evidence_article.txt", tmp_path / "evidence_article.txt")
    (tmp_path / "archive.csv").write_text(
        "id,claim,rating\n"
        "ok1,Trump and Kim have met three times since June 2018.,True\n"
        "bad1,,False\n"
        "bad2\n"
        "ok2,Kim Jong Un visited Beijing in January.,Half true\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 20)
    return tmp_path


def test_load_folder_mixing_article_and_archive(folder: Path) -> None:
    ev = load([str(folder)])
    assert ev.reference_count == 7  # five sentences, two fact-checks
    shown = [str(p) for p in ev.problems]
    assert any(p.startswith(f"{folder / 'archive.csv'} line 3: ") for p in shown), shown
    assert any(p.startswith(f"{folder / 'archive.csv'} line 4: ") for p in shown), shown
    assert any(str(folder / "broken.txt") in p for p in shown), shown
    assert len(ev.problems) == 3
    found = ev.matches(CLAIM, published=PUBLISHED, top=10, min_score=0.0)
    kinds = {m.reference.kind for m in found}
    assert kinds == {"article", "factcheck"}
    ok1 = next(m for m in found if m.reference.id == "ok1")
    assert ok1.relation == "checked-before"
    assert ok1.reference.rating == "True"


def test_load_files_and_search_names(monkeypatch: pytest.MonkeyPatch) -> None:
    wiki = Recorder(FOUND)
    monkeypatch.setitem(evidence._SEARCHERS, "wikipedia", wiki)
    ev = load([str(DATA / "evidence_article.txt"), str(DATA / "factchecks.csv"), "wikipedia"])
    assert ev.problems == []
    assert ev.reference_count == 5 + 3
    assert ev.searches == ["wikipedia"]
    found = ev.matches(CLAIM, published=PUBLISHED, top=20, min_score=0.0)
    assert wiki.queries == [search_query(CLAIM)]
    assert {"wiki:Summits", "fc1"} <= {m.reference.id for m in found}


def test_load_only_search_names() -> None:
    ev = load(list(SEARCH_SOURCES))
    assert (ev.problems, ev.reference_count) == ([], 0)
    assert ev.retrievers == []
    assert ev.searches == list(SEARCH_SOURCES)
    assert ev


def test_load_with_columns() -> None:
    columns = Columns(id="ref", text=("wording",), rating="verdict", date="checked")
    ev = load([str(DATA / "desk_archive.csv")], columns)
    assert (ev.problems, ev.reference_count) == ([], 2)
    found = ev.matches("Talks broke down in February in Hanoi.", top=1, min_score=0.0)
    assert found[0].reference.id == "d1"
    assert found[0].reference.rating == "Accurate"
    assert found[0].reference.published == dt.date(2019, 3, 1)


def test_load_archive_without_a_text_column_is_an_error() -> None:
    with pytest.raises(InputError, match="no claim text column"):
        load([str(DATA / "desk_archive.csv")])


def test_load_missing_source_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load([str(tmp_path / "missing.txt")])


def test_an_empty_searchers_mapping_is_not_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Recorder(FOUND)
    monkeypatch.setitem(evidence._SEARCHERS, "wikipedia", real)
    ev = Evidence(searches=["wikipedia"], searchers={})
    with pytest.raises(KeyError):
        ev.matches(CLAIM)
    assert real.queries == []
