"""Cross-matching: for a claim, the references that cover it and how they relate.

Three steps, fastest first: BM25 retrieval of candidates (a :class:`Retriever`), the
similarity model on each candidate (:mod:`claimcheck.matching.similarity`, rapidfuzz inside),
then slot comparison of those worth showing (:mod:`claimcheck.matching.agreement`). Each match
gets a relation and says why:

- ``checked-before``: a rated fact-check (or an earlier claim with a verdict) covers it;
- ``conflicts``: a similar statement that differs in a slot ("count 3 vs 2");
- ``corroborates``: a similar statement whose slots agree;
- ``related``: similar, nothing to compare.

A match is ``confident`` when the model is sure and the claim has at least eight words
(a short claim matches too much by chance); otherwise it is a suggestion.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.extraction.dates.find import find_dates
from claimcheck.extraction.numbers.find import find_numbers
from claimcheck.extraction.quotes import speech_verbs
from claimcheck.matching.agreement import Slots, bounded_date_clash, compare, slots_of
from claimcheck.matching.corpus import Retriever, also_matched
from claimcheck.matching.passages import passage
from claimcheck.matching.similarity import Model, Query, features, prepare, shipped
from claimcheck.matching.terms import terms
from claimcheck.models import Match, Reference, verdict

CANDIDATES = 30
MIN_CONFIDENT_WORDS = 8
# Token-set similarity (figures blanked) from which two statements count as worded alike.
SAME_WORDING = 0.8
PERIODS = frozenset(
    {"day", "week", "month", "quarter", "season", "year", "decade", "century", "period"}
)


def find_matches(
    text: str,
    retriever: Retriever,
    *,
    slots: Slots | None = None,
    published: dt.date | None = None,
    top: int = 5,
    model: Model | None = None,
    min_score: float | None = None,
    context: str | None = None,
    candidates: int = CANDIDATES,
) -> list[Match]:
    """The best ``top`` matches for a statement, best first (by the model's ranking,
    which weighs retrieval rank too; each match's ``score`` is its probability).

    ``slots`` are the statement's own (a stored claim's); without them they are found
    in ``text`` against ``published``. ``min_score`` defaults to the model's
    suggestion threshold; 0 keeps every candidate (retrieval as such). ``context``
    (the sentence before, in a debate) helps retrieval only.
    """
    model = model or shipped()
    floor = model.suggest if min_score is None else min_score
    query_terms = terms(f"{context} {text}" if context else text)
    hits = retriever.search(query_terms, max(candidates, top))
    if not hits:
        return []
    query = prepare_query(text)
    best = hits[0][1]
    scored, below = [], []
    for rank, (whole, bm25) in enumerate(hits):
        # A long reference (a whole page in one field) is compared through the passage
        # that speaks to the statement; that passage is what the match keeps and shows.
        span = passage(whole.text, text)
        ref = whole if span is None else whole._replace(text=whole.text[span[0] : span[1]])
        values = describe(query, ref, bm25, best, rank)
        p = model.probability(values)
        candidate = (p, rank, ref, bm25, values, model.rank(values), span)
        if p >= floor:
            scored.append(candidate)
        elif rank < CLASH_RANKS:
            below.append(candidate)
    scored.sort(key=lambda s: (-s[5], s[1]))
    long_enough = len(text.split()) >= MIN_CONFIDENT_WORDS

    def explain(p: float, ref: Reference, bm25: float, values: list[float]) -> Match:
        # Without a date of its own, a statement's "February" is read in the year of
        # the reference it is compared with.
        mine = slots if slots is not None else slots_of(text, published or ref.published)
        confident = long_enough and p >= model.confident
        return _explain(text, mine, ref, p, bm25, values, confident, model.suggest, published)

    out = [
        explain(p, ref, bm25, values)._replace(order=round(order, 4), excerpt=span)
        for p, _, ref, bm25, values, order, span in scored[:top]
    ]
    # Worded differently, but about the same thing and at odds on a figure: a conflict
    # the similarity model alone would not show (item: "similarity and clash together").
    for p, _, ref, bm25, values, order, span in below:
        if len(out) >= top:
            break
        match = explain(p, ref, bm25, values)
        if _clash_about_the_same(match, values):
            out.append(match._replace(relation="conflicts", order=round(order, 4), excerpt=span))
    return out


# Candidates below the floor that are still compared slot by slot: the best retrieved.
CLASH_RANKS = 3
# How alike (token set, figures blanked) two statements without a name in common must
# be for a clash between them to be about the same thing.
CLASH_WORDING = 0.5


def _clash_about_the_same(match: Match, values: Sequence[float]) -> bool:
    """A clash on a figure (a number or a date, not a negation) between two statements
    that name the same people or places, or are worded much alike."""
    if match.reference.kind == "factcheck":
        return False
    if not any(not c.startswith("negation") for c in match.clashes):
        return False
    names = any(s.startswith("names ") for s in match.shared)
    return names or values[0] >= CLASH_WORDING


@lru_cache(maxsize=20_000)
def without_figures(text: str) -> str:
    """The text with its numbers and dates blanked out.

    Two statements that differ only in a figure are the same statement with a
    different figure: similarity is judged without figures, and the figures are then
    compared as slots ("count 3 vs 2").
    """
    spans = sorted(
        [(n.start, n.end) for n in find_numbers(text)]
        + [(d.start, d.end) for d in find_dates(text, None)]
    )
    if not spans:
        return text
    out, pos = [], 0
    for start, end in spans:
        if start >= pos:
            out.append(text[pos:start])
            pos = end
    out.append(text[pos:])
    return " ".join(" ".join(out).split())


def prepare_query(text: str) -> Query:
    """A statement prepared for :func:`describe`: figures out, terms found."""
    plain = without_figures(text)
    return prepare(plain, terms(plain))


def describe(query: Query, ref: Reference, bm25: float, best: float, rank: int) -> list[float]:
    """The similarity model's features for one candidate (also used in training)."""
    body = without_figures(ref.text)
    also = also_matched(ref)
    ref_terms = terms(f"{body} {also}" if also else body)
    return features(query, body, also or None, ref_terms, bm25, best, rank)


def _explain(
    text: str,
    mine: Slots,
    ref: Reference,
    p: float,
    bm25: float,
    values: Sequence[float],
    confident: bool,
    suggest: float,
    published: dt.date | None,
) -> Match:
    theirs = slots_of(ref.text, ref.published or published)
    agreement = compare(mine, theirs)
    # Two statements about the same people on different days are usually about two
    # events: dates clash only between statements worded alike but for their figures
    # ("broke down in February" and "broke down in March"), or when a date is given as
    # a bound ("born before 2000"): the date is then what the statement is about.
    if values[0] < SAME_WORDING:
        agreement = agreement._replace(
            clashes=tuple(
                c
                for c in agreement.clashes
                if c.split(" ", 1)[0] not in PERIODS or bounded_date_clash(c)
            )
        )
    # Below the suggestion threshold the reference is about something else: its
    # slots and its rating say nothing about this claim.
    unstated = _unstated(text, ref.text, mine, agreement.shared)
    if p < suggest:
        relation = "related"
    else:
        relation = relation_of(ref, agreement.shared, agreement.clashes, confident, unstated)
    reasons = [f"similarity {p:.2f} (BM25 {bm25:.1f}, token set {values[0] * 100:.0f})"]
    if relation == "related" and unstated and p >= suggest:
        reasons.append("not in the source: " + ", ".join(unstated[:5]))
    if relation == "checked-before":
        reasons.append(_verdict(ref))
    reasons += [f"differs: {c}" for c in agreement.clashes]
    reasons += [f"same {s}" for s in agreement.shared]
    return Match(
        reference=ref,
        score=round(p, 4),
        relation=relation,
        confident=confident,
        reasons=tuple(reasons),
        shared=agreement.shared,
        clashes=agreement.clashes,
        span=aligned_span(text, ref.text),
        bm25=round(bm25, 4),
    )


_ATTRIBUTION = re.compile(r"[,;]\s*(?P<who>[^,;]{1,80}?)\W*$")


@lru_cache(maxsize=4096)  # one claim meets many candidates
def _attribution(text: str) -> str:
    """A closing attribution (", the report said", ", officials told Reuters"): who
    said it is not what is said, and another account need not repeat it."""
    found = _ATTRIBUTION.search(text)
    if found is None:
        return ""
    words = found["who"].split()
    verbs = speech_verbs()
    return found["who"] if any(w.lower() in verbs for w in words) else ""


def _unstated(text: str, reference: str, mine: Slots, shared: Sequence[str]) -> list[str]:
    """The claim's content words (as index terms) that the reference does not say.
    The words of a date the slot comparison found in the reference are said ("last
    June" and "June 2018")."""
    theirs = set(terms(reference))
    agreed: list[str] = [_attribution(text)]
    if any(s.startswith("date ") for s in shared):
        agreed += [d.text for d in mine.dates]
    theirs.update(t for said in agreed for t in terms(said))
    return [t for t in dict.fromkeys(terms(text)) if t not in theirs]


def relation_of(
    ref: Reference,
    shared: Sequence[str],
    clashes: Sequence[str],
    confident: bool,
    unstated: Sequence[str] = (),
) -> str:
    """The relation of a match from what the reference is and how the slots compare.
    ``unstated`` are the claim's content words the reference does not say: a source
    that leaves one out ("book" where the claim says "film") does not state the same
    thing, so it can be related, never corroborating."""
    # A fact-check covers the claim whether or not its verdict came with it; an earlier
    # claim only once someone rated it.
    if ref.kind == "factcheck" or (ref.kind == "claim" and verdict(ref.rating)):
        return "checked-before"
    # "not" in one of two loosely similar sentences is usually about something else:
    # a negation alone conflicts only in a confident match whose source says all the
    # claim says ("Kim attends a news conference" is not what "the meeting was not
    # interrupted" denies).
    real = [c for c in clashes if not c.startswith("negation")]
    if real or (clashes and confident and not unstated):
        return "conflicts"
    checkable = [s for s in shared if not s.startswith("names ")]
    if (checkable or confident) and not unstated:
        return "corroborates"
    return "related"


def _verdict(ref: Reference) -> str:
    parts = [f"rated {ref.rating!r}" if ref.rating else "a fact-check, no rating given"]
    if ref.publisher:
        parts.append(f"by {ref.publisher}")
    if ref.published:
        parts.append(f"on {ref.published.isoformat()}")
    return " ".join(parts)


def aligned_span(text: str, reference: str) -> tuple[int, int] | None:
    """The part of ``reference`` that best matches ``text`` (for highlighting).

    Compared in lower case, which keeps offsets (checked); the whole reference when it
    is the shorter of the two, since it is then the part that matched.
    """
    low_ref = reference.lower()
    if len(low_ref) != len(reference):
        low_ref = reference
    if len(reference) <= len(text):
        return (0, len(reference)) if reference else None
    alignment = fuzz.partial_ratio_alignment(text.lower(), low_ref, processor=None)
    # Below half alike, the "best" window is noise, not a passage worth underlining.
    if alignment is None or alignment.score < 50 or alignment.dest_end <= alignment.dest_start:
        return None
    return alignment.dest_start, alignment.dest_end
