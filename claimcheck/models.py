"""The data the pipeline passes along: plain, immutable values with character offsets.

The values are named tuples: immutable, hashable and, unlike frozen dataclasses, cheap
to build, which matters at a few hundred thousand slots a minute.

Every span (``start``, ``end``) is a pair of offsets into the article text as read
(``text[start:end] == span.text``), so a claim, a date or a number can always be found
again in the original.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

# What makes a sentence checkable. The order is the order reports list them in.
KINDS: tuple[str, ...] = (
    "number",
    "count",
    "date",
    "quote",
    "attribution",
    "comparison",
    "event",
    "place",
    "prediction",
)

# Date granularities, finest first.
GRANULARITIES: tuple[str, ...] = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "year",
    "decade",
    "century",
)

# A reviewer's decisions on a claim, in the order the review keys list them; a claim
# nobody has decided on is ``unreviewed``.
DECISIONS: tuple[str, ...] = (
    "verified",
    "false",
    "misleading",
    "unverifiable",
    "not-a-claim",
    "in-progress",
)
UNREVIEWED = "unreviewed"
STATUSES: tuple[str, ...] = (UNREVIEWED, *DECISIONS)
# Statuses that are not a verdict: such a claim has no ClaimReview, and as a reference
# it is a claim nobody has rated yet, not a fact-check.
NO_VERDICT = frozenset({UNREVIEWED, "in-progress", "not-a-claim"})
# The same in the words other tools use (Meedan Check's Unstarted, In progress).
_NOT_RATED = NO_VERDICT | {"unstarted", "in progress", "pending"}


def verdict(rating: str | None) -> str | None:
    """A rating as a verdict, or None when it says nothing was decided (``unreviewed``,
    Check's ``Unstarted``, an empty string)."""
    if rating is None or not rating.strip() or rating.strip().casefold() in _NOT_RATED:
        return None
    return rating


Interval = tuple[dt.date, dt.date]
"""An inclusive interval of days: (first day, last day)."""


class DateSlot(NamedTuple):
    """A date expression resolved against the article's publication date.

    ``interval`` is None when the expression cannot be placed in time: it is relative
    ("Monday", "last month") and the article has no known date, or it has no year.
    ``readings`` keeps every plausible interval when ``ambiguous`` is true ("last June"
    in an October article: June of this year or of last year); ``interval`` is then the
    preferred reading and is always one of them.

    ``part`` names the part of ``interval`` a vague expression means, as TimeML's TIMEX3
    ``mod`` does: "start" ("early 2019", "the beginning of May"), "mid", "end" ("late
    last year", "the end of the month"), "earlier" or "later" ("earlier this month":
    before the article's day). ``interval`` is then the whole period: where "early"
    ends is not said, so no bound is guessed.
    """

    text: str
    start: int
    end: int
    interval: Interval | None
    granularity: str
    ambiguous: bool = False
    readings: tuple[Interval, ...] = ()
    relative: bool = False
    note: str | None = None
    part: str | None = None


class NumberSlot(NamedTuple):
    """A quantity: "three times" is a count of 3, "$1.2 billion" is 1.2e9 USD.

    ``kind`` is one of ``count`` (occasions or things counted: "three times", "twice",
    "12 people"), ``duration`` ("one day", "two weeks"), ``money``, ``percent``,
    ``quantity`` (any other measured or bare number), ``ordinal`` ("first", "3rd").
    ``qualifier`` keeps hedges that change the meaning of the value ("about",
    "more than", "at least", "nearly", "up to"). A range ("aged 30-39", "between 5 and
    10") has ``value`` at its low end and ``upper`` at its high end; ``upper`` is None
    for a single value.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str | None
    kind: str
    qualifier: str | None = None
    upper: float | None = None


class Entity(NamedTuple):
    """A place, person or organisation named in a sentence.

    ``name`` is the canonical form ("U.S." -> "United States", "North Korean" ->
    "North Korea"); ``text`` is the words as written.
    """

    text: str
    start: int
    end: int
    type: str  # "place" | "person" | "org"
    name: str


class Quote(NamedTuple):
    """Quoted words inside a sentence and who said them, when the text names them.

    ``reported``: the words are reported speech, not quoted ("Smith said that the deal
    ..."): ``text`` is what the sentence reports, not the speaker's own words.
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    reported: bool = False


class Paragraph(NamedTuple):
    """A block of the article between line breaks, with the role cleaning gave it.

    ``role``: ``title`` (the headline), ``heading`` (a subheading), ``body``,
    ``caption`` (a photo caption),
    ``chrome`` (page furniture: navigation, share buttons, size pickers) or
    ``duplicate`` (a paragraph already seen, as captions often are printed twice).
    """

    start: int
    end: int
    role: str
    duplicate_of: int | None = None


class Claim(NamedTuple):
    """A scored sentence of the article and everything resolved inside it.

    ``is_claim`` is ``score >= min_score``; sentences below the threshold are kept
    only when the caller asked for all sentences.
    """

    text: str
    start: int
    end: int
    score: float
    kinds: tuple[str, ...]
    is_claim: bool
    paragraph: int
    role: str = "body"
    reasons: tuple[str, ...] = ()
    dates: tuple[DateSlot, ...] = ()
    numbers: tuple[NumberSlot, ...] = ()
    places: tuple[Entity, ...] = ()
    people: tuple[Entity, ...] = ()
    orgs: tuple[Entity, ...] = ()
    quote: Quote | None = None


class Article(NamedTuple):
    """An article as read: its text and what is known about it."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    # Where the publication date came from: "option", "metadata", "dateline" or None.
    published_source: str | None = None
    url: str | None = None
    path: str | None = None
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction found in one article: every scored sentence, claims or not."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Claim, ...]
    min_score: float
    warnings: tuple[str, ...] = field(default=())

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The sentences at or above the threshold, in text order."""
        return tuple(c for c in self.sentences if c.is_claim)

    @property
    def flagged(self) -> tuple[Claim, ...]:
        """Claims with something a fact-checker must settle: an ambiguous or unresolved date."""
        return tuple(c for c in self.claims if needs_attention(c))


def needs_attention(claim: Claim) -> bool:
    """A claim whose dates are ambiguous or could not be resolved."""
    return any(d.ambiguous or d.interval is None for d in claim.dates)


# What a reference is; a rated fact-check makes a match "checked-before".
REFERENCE_KINDS = ("article", "factcheck", "claim", "wikipedia")


class Reference(NamedTuple):
    """One statement of a source, with what is known about it.

    ``id`` is unique within its source and stable across re-reads (a fact-check's own id
    or URL, ``path#n`` for the n-th sentence of a file). ``text`` is the statement the
    slots are compared on; ``extra`` is further text retrieval may use (a fact-check's
    title, the sentence before). ``published`` is the reference's own date (the
    article's, or the fact-check's review date); ``claim_date`` when the claim itself
    was made, if the source says.
    """

    id: str
    text: str
    source: str
    kind: str
    title: str | None = None
    extra: str | None = None
    published: dt.date | None = None
    claim_date: dt.date | None = None
    url: str | None = None
    rating: str | None = None
    publisher: str | None = None
    claimant: str | None = None
    path: str | None = None


# What a reference says about a claim, in the order reports rank them.
RELATIONS = ("checked-before", "conflicts", "corroborates", "related")


class Match(NamedTuple):
    """One reference found for a claim, with the relation and its explanation."""

    reference: Reference
    score: float  # how likely the reference states the same claim, 0..1
    relation: str
    confident: bool
    reasons: tuple[str, ...]
    shared: tuple[str, ...]
    clashes: tuple[str, ...]
    span: tuple[int, int] | None  # the aligned part of reference.text
    bm25: float
    order: float = 0.0  # the ranking model's value: matches are listed by it
    # Where reference.text lies in the whole reference when only a passage of a long one
    # was compared (and is kept): None when the reference is whole.
    excerpt: tuple[int, int] | None = None
