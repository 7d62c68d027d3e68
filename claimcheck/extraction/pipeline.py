"""The extraction pipeline: text in, scored sentences with resolved slots out.

Pure: no I/O, no globals that change. ``extract`` takes an article's text (and what is
known about it) and returns an :class:`~claimcheck.models.Extraction`; every offset in it
points into that same text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from claimcheck.errors import InputError
from claimcheck.extraction import clean, segment
from claimcheck.extraction.dates.find import find_dates
from claimcheck.extraction.entities.find import find_entities
from claimcheck.extraction.entities.memory import NameMemory
from claimcheck.extraction.learned import shipped
from claimcheck.extraction.numbers.find import find_numbers
from claimcheck.extraction.quotes import SpeakerMemory, find_quotes, quote_in
from claimcheck.extraction.scoring import Scorer, Sentence
from claimcheck.models import (
    Article,
    Claim,
    DateSlot,
    Entity,
    Extraction,
    Interval,
    NumberSlot,
    Paragraph,
    Quote,
)

if TYPE_CHECKING:
    from claimcheck.reading.inputs import Document

# Sub-headings are the article's own words and often state its findings ("Prisons plagued
# by understaffing"): searched, with their role, as captions are. The headline, page
# chrome and repeated lines are set aside.
CLAIM_ROLES = frozenset({"body", "heading", "caption"})
_S = TypeVar("_S", DateSlot, NumberSlot, Entity)
# A sentence to search: its start and end, its paragraph's number and role.
Span = tuple[int, int, int, str]


# The most sentences one input may have (a long book has about 50,000; 50 MB of news,
# 420,000); more is a pile of fragments, refused rather than allowed to fill the memory.
MAX_SENTENCES = 500_000


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    published_source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    min_score: float | None = None,
    scorer: Scorer | None = None,
    one_per_line: bool = False,
) -> Extraction:
    """Find, score and resolve the checkable statements of an article.

    ``published`` anchors relative dates ("Monday", "last June"); when it is None a
    dateline in the text is used if there is one, else relative dates stay unresolved.
    With ``one_per_line`` every non-empty line is one sentence and nothing is cleaned.
    The scorer defaults to the shipped learned one; ``min_score`` to the scorer's own
    ``threshold`` (the development-best one for the learned scorer; 0.5 otherwise).
    """
    read = prepare(
        text,
        published=published,
        published_source=published_source,
        title=title,
        url=url,
        path=path,
        min_score=min_score,
        scorer=scorer,
        one_per_line=one_per_line,
    )
    return read.extraction(all_claims(read))


def all_claims(read: Prepared) -> list[Claim]:
    """Every sentence's claim, of an article prepared by ``prepare``."""
    n = len(read.spans)
    return claims_of(read, 0, n, own_slots(read, 0, n), shared_slots(read))


class Prepared(NamedTuple):
    """An article cut into the sentences to search. Their slots come in two parts:
    what the sentences share, in article order (``shared_slots``: a later "he said" or
    bare surname hangs on what came before), and each run of whole paragraphs' own
    (``own_slots``: dates and numbers), which can be worked out apart, in any process;
    ``claims_of`` scores a run from both."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    spans: list[Span]
    sentences: list[str]
    plain: list[str]  # what the slot finders read (terminal escapes blanked)
    scorer: Scorer
    min_score: float

    def extraction(self, claims: Sequence[Claim]) -> Extraction:
        """The whole article's extraction, of all its sentences' claims."""
        warnings: list[str] = []
        if self.article.published is None and any(d.relative for c in claims for d in c.dates):
            warnings.append("no publication date: relative dates left unresolved (pass --date)")
        return Extraction(
            article=self.article,
            paragraphs=self.paragraphs,
            sentences=tuple(claims),
            min_score=self.min_score,
            warnings=tuple(warnings),
        )

    def blocks(self, size: int) -> list[tuple[int, int]]:
        """The sentences in runs of about ``size`` (first, last + 1), cut between
        paragraphs only: a paragraph's dates read each other."""
        out: list[tuple[int, int]] = []
        first = 0
        spans = self.spans
        while first < len(spans):
            last = min(first + max(1, size), len(spans))
            while last < len(spans) and spans[last][2] == spans[last - 1][2]:
                last += 1
            out.append((first, last))
            first = last
        return out


def prepare(
    text: str,
    *,
    published: dt.date | None = None,
    published_source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
    min_score: float | None = None,
    scorer: Scorer | None = None,
    one_per_line: bool = False,
) -> Prepared:
    """The first part of :func:`extract` (same arguments): an article's paragraphs and
    the sentences to search. Raises ``InputError`` for too many sentences."""
    if scorer is None:
        scorer = shipped()
    if min_score is None:  # the one place the default threshold is decided
        min_score = scorer.threshold
    if one_per_line:
        paras = [Paragraph(s, e, "body") for s, e in clean.line_spans(text)]
    else:
        paras = clean.paragraphs(text, title)
        title = title or clean.title_of(text, paras)
    if published is None and not one_per_line:
        found = dateline(text, paras)
        if found is not None:
            published, published_source = found, "dateline"
    elif published is not None and published_source is None:
        published_source = "option"
    article = Article(
        text=text,
        title=title,
        published=published,
        published_source=published_source if published else None,
        url=url,
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    spans = _spans(text, paras, one_per_line)
    sentences = [text[s[0] : s[1]] for s in spans]
    # What the slot finders read: terminal escape sequences blanked (same length, so
    # offsets hold), lest "ESC]0;title" yield the number 0.
    escapes = _has_escapes(text)
    plain = [_without_escapes(sentence) for sentence in sentences] if escapes else sentences
    return Prepared(
        article=article,
        paragraphs=tuple(paras),
        spans=spans,
        sentences=sentences,
        plain=plain,
        scorer=scorer,
        min_score=min_score,
    )


class Shared(NamedTuple):
    """The slots of sentences that hang on the sentences before: each one's entities
    (places, people, organisations) and its paragraph's quotes."""

    entities: list[list[Entity]]
    quotes: list[list[Quote]]

    def part(self, first: int, last: int) -> Shared:
        return Shared(self.entities[first:last], self.quotes[first:last])

    @classmethod
    def from_json(cls, data: Any) -> Shared:
        """Slots again from their JSON (``json.loads`` of ``json.dumps`` of them)."""
        entities, quotes = data
        return cls(
            [[Entity(*e) for e in es] for es in entities],
            [[Quote(*q) for q in qs] for qs in quotes],
        )


class Own(NamedTuple):
    """The slots a run of paragraphs finds alone: each sentence's dates and numbers."""

    dates: list[tuple[DateSlot, ...]]
    numbers: list[tuple[NumberSlot, ...]]


def shared_slots(read: Prepared) -> Shared:
    """The entities and quotes of every sentence, found in article order."""
    text, spans, plain = read.article.text, read.spans, read.plain
    names = NameMemory()  # a later bare surname is the person named in full before
    entities = [
        find_entities(sentence, offset=s[0], memory=names) for sentence, s in zip(plain, spans)
    ]
    if plain is not read.sentences:
        for i, (sentence, masked) in enumerate(zip(read.sentences, plain)):
            if masked is not sentence:  # a slot across an escape is not in the text
                entities[i] = list(_in_text(entities[i], text))
    return Shared(entities, _quotes(text, list(read.paragraphs), spans, entities))


def own_slots(read: Prepared, first: int, last: int) -> Own:
    """The dates and numbers of sentences ``first`` to ``last - 1``, which start and end
    whole paragraphs (see ``Prepared.blocks``)."""
    # Stage by stage over the run (all dates, then all numbers) rather than sentence by
    # sentence: each finder's patterns and tables stay hot in the CPU's caches, which
    # measured about 1.4x faster on news.
    spans, plain = read.spans[first:last], read.plain[first:last]
    dates = _dates(plain, spans, read.article.published)
    numbers = [
        _outside(find_numbers(sentence, offset=s[0]), d)
        for sentence, s, d in zip(plain, spans, dates)
    ]
    if read.plain is not read.sentences:
        text = read.article.text
        for i, (sentence, masked) in enumerate(zip(read.sentences[first:last], plain)):
            if masked is not sentence:  # a slot across an escape is not in the text
                dates[i] = _in_text(dates[i], text)
                numbers[i] = _in_text(numbers[i], text)
    return Own(dates, numbers)


def _spans(text: str, paras: list[Paragraph], one_per_line: bool) -> list[Span]:
    """Each sentence to search: start, end, paragraph and the paragraph's role."""
    spans: list[Span] = []
    for index, para in enumerate(paras):
        if para.role not in CLAIM_ROLES:
            continue
        if one_per_line:
            pieces = [(para.start, para.end)]
        else:
            pieces = segment.sentence_spans(text, para.start, para.end)
        spans += [(start, end, index, para.role) for start, end in pieces]
    if len(spans) > MAX_SENTENCES:
        # Every stage holds the whole article: this bounds its memory (about 3 KB a
        # sentence through storing), whatever the input's size in bytes.
        raise InputError(
            f"too many sentences ({len(spans):,}, limit {MAX_SENTENCES:,}): split it into articles"
        )
    return spans


def ready_scores(read: Prepared, first: int, last: int) -> None:
    """Let the scorer work out ahead what the words of sentences ``first`` to ``last -
    1`` push, where it can (``LearnedScorer.ready``): the part of a score that needs no
    slot, done while the slots are found elsewhere."""
    ready = getattr(read.scorer, "ready", None)
    if ready is not None:
        for sentence in read.sentences[first:last]:
            ready(sentence)


def claims_of(read: Prepared, first: int, last: int, own: Own, shared: Shared) -> list[Claim]:
    """The scored claims of sentences ``first`` to ``last - 1``, of their slots: their
    own (``own_slots``) and their part of the shared ones (``Shared.part``)."""
    text = read.article.text
    scorer, min_score = read.scorer, read.min_score
    claims = []
    for sentence, (start, end, index, role), ds, ns, es, quotes in zip(
        read.sentences[first:last],
        read.spans[first:last],
        own.dates,
        own.numbers,
        shared.entities,
        shared.quotes,
        strict=True,
    ):
        places, people, orgs = _by_type(es)
        quote = quote_in(quotes, text, start, end) if quotes else None
        verdict = scorer.score(Sentence(sentence, ds, ns, places, people, quote, role))
        claims.append(
            Claim(
                text=sentence,
                start=start,
                end=end,
                score=verdict.score,
                kinds=verdict.kinds,
                is_claim=verdict.score >= min_score,
                paragraph=index,
                role=role,
                reasons=verdict.reasons,
                dates=ds,
                numbers=ns,
                places=places,
                people=people,
                orgs=orgs,
                quote=quote,
            )
        )
    return claims


def _quotes(
    text: str,
    paras: list[Paragraph],
    spans: list[Span],
    entities: list[list[Entity]],
) -> list[list[Quote]]:
    """Each sentence's paragraph quotes, found in article order after the entities, whose
    persons say whom "he said" stands for."""
    memory = SpeakerMemory()
    # One-word names typed a place or an organisation, and never a person: never "he"
    # ("Telewest"; not "Baros" for "Milan Baros", a name the club's city made an org).
    things = {e.text for es in entities for e in es if e.type != "person" and " " not in e.name}
    things -= {n for es in entities for e in es if e.type == "person" for n in (e.text, e.name)}
    memory.things = frozenset(things)
    person_words = {w for es in entities for e in es if e.type == "person" for w in e.text.split()}
    memory.thing_words = frozenset(
        w for es in entities for e in es if e.type != "person" for w in e.text.split()
    ).difference(person_words)
    out: list[list[Quote]] = []
    first = 0
    while first < len(spans):
        index = spans[first][2]
        last = first
        while last < len(spans) and spans[last][2] == index:
            last += 1
        people = [e for es in entities[first:last] for e in es if e.type == "person"]
        pieces = [(s[0], s[1]) for s in spans[first:last]]
        para = paras[index]
        quotes = find_quotes(text, para.start, para.end, memory, pieces, people)
        out += [quotes] * (last - first)
        first = last
    return out


_ESCAPE_HINT = re.compile(r"[\x1b\x80-\x9f]")
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks
    r"|\x1b[@-_]"  # other two-character escapes
    r"|[\x80-\x9f]"  # C1 controls
)


def _has_escapes(text: str) -> bool:
    """May ``text`` hold a terminal escape? One scan of the article spares one per
    sentence; in ASCII text only ESC can start one, and a substring test is a memchr."""
    if text.isascii():
        return "\x1b" in text
    return _ESCAPE_HINT.search(text) is not None


def _without_escapes(sentence: str) -> str:
    if _ESCAPE_HINT.search(sentence) is None:
        return sentence
    return _ESCAPES.sub(lambda m: " " * len(m.group()), sentence)


def _in_text(slots: Sequence[_S], text: str) -> tuple[_S, ...]:
    """The slots whose text is what the article says at their offsets."""
    return tuple(s for s in slots if text[s.start : s.end] == s.text)


def _by_type(entities: list[Entity]) -> tuple[tuple[Entity, ...], ...]:
    """Places, people and organisations, each in text order."""
    if not entities:
        return (), (), ()
    groups: dict[str, list[Entity]] = {"place": [], "person": [], "org": []}
    for e in entities:
        groups[e.type].append(e)
    return tuple(groups["place"]), tuple(groups["person"]), tuple(groups["org"])


def _dates(
    plain: list[str], spans: list[Span], published: dt.date | None
) -> list[tuple[DateSlot, ...]]:
    """Each sentence's dates; "a year earlier" with no date before it in its sentence hangs
    on the sentence before, in the same paragraph: on its last period, else its last day."""
    out: list[tuple[DateSlot, ...]] = []
    about: tuple[Interval, str] | None = None
    paragraph = -1
    for sentence, (start, _, index, _) in zip(plain, spans):
        if index != paragraph:
            about, paragraph = None, index
        found = find_dates(sentence, published, offset=start, about=about)
        if not found:  # most sentences: nothing to place
            out.append(())
            continue
        placed = [(d.interval, d.granularity) for d in found if d.interval is not None]
        if placed:  # a period ("the third quarter") before the day something was said
            about = next((p for p in reversed(placed) if p[1] != "day"), placed[-1])
        out.append(tuple(found))
    return out


def _outside(numbers: list[NumberSlot], dates: tuple[DateSlot, ...]) -> tuple[NumberSlot, ...]:
    """Numbers that are not part of a date ("30" and "2019" in "June 30, 2019")."""
    if not dates:
        return tuple(numbers)
    return tuple(n for n in numbers if not any(n.start < d.end and d.start < n.end for d in dates))


def dateline(text: str, paras: list[Paragraph]) -> dt.date | None:
    """The publication date printed with the article: a byline date or a wire dateline.

    Looks only where news pages print it: the furniture before the story and the start
    of the first paragraph ("SEOUL, Oct. 24, 2019 (Reuters) -"), never in captions.
    """
    for para in paras:
        if para.role == "caption" or para.role == "duplicate":
            continue
        if para.role == "body":
            head = text[para.start : min(para.end, para.start + 80)]
            cut = max(head.find(" - "), head.find(" — "), head.find(" – "), head.find("--"))
            if cut <= 0:
                return None
            return _day_in(head[:cut])
        if para.end - para.start <= 120:
            day = _day_in(text[para.start : para.end])
            if day is not None:
                return day
    return None


def _day_in(chunk: str) -> dt.date | None:
    for slot in find_dates(chunk, None):
        if slot.interval and slot.granularity == "day" and not slot.relative:
            return slot.interval[0]
    return None


def extract_document(
    doc: Document,
    *,
    published: dt.date | None = None,
    min_score: float | None = None,
    scorer: Scorer | None = None,
    one_per_line: bool = False,
) -> Extraction:
    """``extract`` for a document read by :func:`claimcheck.reading.inputs.read_input`.

    The date comes from ``published`` (the caller's), else the page's metadata, else a
    dateline in the text.
    """
    read = prepare_document(
        doc, published=published, min_score=min_score, scorer=scorer, one_per_line=one_per_line
    )
    return read.extraction(all_claims(read))


def prepare_document(
    doc: Document,
    *,
    published: dt.date | None = None,
    min_score: float | None = None,
    scorer: Scorer | None = None,
    one_per_line: bool = False,
) -> Prepared:
    """``prepare`` for a document, as :func:`extract_document` reads it."""
    source = "option" if published else None
    if published is None and doc.published is not None:
        published, source = doc.published, "metadata"
    return prepare(
        doc.text,
        published=published,
        published_source=source,
        title=doc.title,
        url=doc.url,
        path=doc.path,
        min_score=min_score,
        scorer=scorer,
        one_per_line=one_per_line,
    )
