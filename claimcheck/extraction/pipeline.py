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
from typing import TYPE_CHECKING, TypeVar

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
    if scorer is None:
        scorer = shipped()
    if min_score is None:  # the one place the default threshold is decided
        min_score = scorer.threshold
    if one_per_line:
        paras = [Paragraph(s, e, "body") for s, e in clean.line_spans(text)]
    else:
        paras = clean.paragraphs(text, title)
        title = title or clean.title_of(text, paras)
    warnings: list[str] = []
    if published is None and not one_per_line:
        found = dateline(text, paras)
        if found is not None:
            published, published_source = found, "dateline"
    elif published is not None and published_source is None:
        published_source = "option"

    sentences = _sentences(text, paras, published, scorer, min_score, one_per_line)
    if published is None and any(d.relative for c in sentences for d in c.dates):
        warnings.append("no publication date: relative dates left unresolved (pass --date)")
    article = Article(
        text=text,
        title=title,
        published=published,
        published_source=published_source if published else None,
        url=url,
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    return Extraction(
        article=article,
        paragraphs=tuple(paras),
        sentences=tuple(sentences),
        min_score=min_score,
        warnings=tuple(warnings),
    )


def _sentences(
    text: str,
    paras: list[Paragraph],
    published: dt.date | None,
    scorer: Scorer,
    min_score: float,
    one_per_line: bool,
) -> list[Claim]:
    # Stage by stage over the whole article (all spans, then all dates, then all
    # numbers...) rather than sentence by sentence: each finder's patterns and tables
    # stay hot in the CPU's caches, which measured about 1.4x faster on news.
    spans: list[tuple[int, int, int, str]] = []
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
    sentences = [text[s[0] : s[1]] for s in spans]
    # What the slot finders read: terminal escape sequences blanked (same length, so
    # offsets hold), lest "ESC]0;title" yield the number 0.
    escapes = _has_escapes(text)
    plain = [_without_escapes(sentence) for sentence in sentences] if escapes else sentences
    dates = _dates(plain, spans, published)
    numbers = [
        _outside(find_numbers(sentence, offset=s[0]), d)
        for sentence, s, d in zip(plain, spans, dates)
    ]
    names = NameMemory()  # a later bare surname is the person named in full before
    entities = [
        find_entities(sentence, offset=s[0], memory=names) for sentence, s in zip(plain, spans)
    ]
    for i, (sentence, masked) in enumerate(zip(sentences, plain) if escapes else ()):
        if masked is not sentence:  # a slot that reads across an escape is not in the text
            dates[i] = _in_text(dates[i], text)
            numbers[i] = _in_text(numbers[i], text)
            entities[i] = list(_in_text(entities[i], text))
    quotes_of = _quotes(text, paras, spans, entities)
    claims = []
    for sentence, (start, end, index, role), ds, ns, es, quotes in zip(
        sentences, spans, dates, numbers, entities, quotes_of
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
    spans: list[tuple[int, int, int, str]],
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
    plain: list[str], spans: list[tuple[int, int, int, str]], published: dt.date | None
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
    source = "option" if published else None
    if published is None and doc.published is not None:
        published, source = doc.published, "metadata"
    return extract(
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
