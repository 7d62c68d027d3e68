"""Check-worthiness: how much a sentence deserves a fact-checker's time, from 0 to 1.

A scorer is anything with ``score(sentence) -> Score``; ``Sentence`` carries the text and
what extraction already resolved in it (slots, quote), so a scorer need not look again.
The rule scorer here adds up signals (numbers, counts, dates, quotes with a speaker, past
events, comparisons) minus opinion and hedging, and squashes the sum into 0..1.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Protocol

from claimcheck.models import KINDS, DateSlot, Entity, NumberSlot, Quote

# Words for each lexical signal, looked up in the lower-cased sentence's set of words.
# Phrases are keyed on their rarest word ("according to" on "according", "more than"
# on "than"), which keeps the lookup a set intersection.
_LEXICON: dict[str, str] = {
    "attribution": "said says told according reported announced claimed claims stated"
    " accused confirmed denied insisted warned acknowledged admitted testified tweeted"
    " attributed",
    "comparison": "than most least largest biggest highest lowest smallest record doubled"
    " tripled halved increase increased increases rose rise risen fell fallen falls dropped"
    " decline declined grew grown jumped surged soared plunged compared since worst best",
    "event": "met meets meeting signed agreed walked broke killed died won lost elected"
    " voted passed launched arrested held visited attacked invaded resigned fired approved"
    " rejected banned closed opened sold bought paid raised cut spent invested created"
    " built reached collapsed crashed sentenced charged convicted released issued imposed"
    " introduced appointed summit talks negotiations election war deal treaty sanctions"
    " vote law bill budget tax taxes jobs unemployment deficit debt economy gdp inflation"
    " crime deaths cases population prices wages profit profits sales revenue shares"
    " market percent cent million billion trillion",
    # Verbs in the past tense that report something that happened: with a date or a
    # count they make the statements a desk checks first ("met three times since June").
    "past_event": "met signed agreed walked broke killed died won lost elected voted passed"
    " launched arrested visited attacked invaded resigned fired approved rejected banned"
    " closed opened sold bought paid raised spent invested created built reached collapsed"
    " crashed sentenced charged convicted released issued imposed introduced appointed"
    " announced increased rose fell dropped declined grew jumped surged soared plunged"
    " doubled tripled halved ended began started failed fled struck seized captured destroyed"
    " injured wounded evacuated suspended withdrew joined founded hosted received accepted"
    " refused filed sued ruled overturned vetoed enacted deployed fined returned left sent",
    "prediction": "will wont would expected expects forecast forecasts predict predicts"
    " likely deadline",
    "hedge": "may might perhaps possibly appear appears appeared seem seems seemed allegedly"
    " reportedly could suggest suggests suggested",
    "opinion": "think believe feel hope view should must need wonderful terrible great"
    " fantastic horrible love hate want thank thanks congratulations evening gentlemen",
    "first_person": "i im ive me my we our us",
}
_SIGNAL_OF: dict[str, frozenset[str]] = {}
for _name, _words in _LEXICON.items():
    for _word in _words.split():
        _SIGNAL_OF[_word] = _SIGNAL_OF.get(_word, frozenset()) | {_name}
# Lower-case words without punctuation: apostrophes vanish ("won't" is "wont"), other
# punctuation splits. str.translate and split run in C, which keeps this the cheap part.
FOLD = str.maketrans(
    {**{c: " " for c in '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~“”‘«»—–…'}, "'": None, "’": None}
)

# Weights of the rule scorer (log-odds). Positive: checkable; negative: opinion, chatter.
WEIGHTS: dict[str, float] = {
    "bias": -2.2,
    "number": 1.9,
    "count": 1.7,
    "date": 1.1,
    "place": 0.6,
    "person": 0.4,
    "quote": 0.5,
    "quote with speaker": 0.5,
    "attribution": 0.7,
    "comparison": 0.9,
    "event": 1.1,
    "prediction": 0.4,
    "hedge": -0.5,
    "opinion": -1.4,
    "first_person": -0.4,
    "question": -1.5,
    "short": -1.5,
    "caption": 0.8,
    "past_event": 0.3,
    "dated_event": 0.8,
}

REASONS: dict[str, str] = {
    "number": "has a number",
    "count": "has a count",
    "date": "names a date",
    "place": "names a place",
    "person": "names a person",
    "quote": "quotes someone",
    "quote with speaker": "quote with speaker",
    "attribution": "attributed to a source",
    "comparison": "makes a comparison",
    "event": "reports an event or statistic",
    "prediction": "predicts or sets a deadline",
    "hedge": "hedged (may, appears, could)",
    "opinion": "opinion or chatter",
    "first_person": "first person",
    "question": "a question",
    "short": "too short to check",
    "caption": "photo caption: who, where, when",
    "past_event": "past-tense event",
    "dated_event": "event with a date or count",
    "reference": "count of people or things named before",
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence and what extraction resolved inside it: the input of a scorer."""

    text: str
    dates: tuple[DateSlot, ...] = ()
    numbers: tuple[NumberSlot, ...] = ()
    places: tuple[Entity, ...] = ()
    people: tuple[Entity, ...] = ()
    quote: Quote | None = None
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Score:
    """A scorer's verdict: the score, the claim kinds, and the reasons, strongest first."""

    score: float
    kinds: tuple[str, ...]
    reasons: tuple[str, ...]


class Scorer(Protocol):
    """Anything that scores sentences. The learned scorer plugs in here. ``threshold``
    is its default check-worthiness threshold (``min_score``)."""

    threshold: float

    def score(self, sentence: Sentence) -> Score: ...


def lexical_signals(text: str, words: list[str] | None = None) -> set[str]:
    """The lexical signals present in a sentence: one set intersection, no scanning.
    ``words`` are the sentence's folded, lower-cased words if the caller has them."""
    found: set[str] = set()
    if words is None:
        words = text.lower().translate(FOLD).split()
    hits = _SIGNAL_OF.keys() & words
    for word in hits:
        found |= _SIGNAL_OF[word]
    # Words whose capital changes them: "the US" is no "us", "in May" no "may".
    if "us" in hits and "first_person" in found and hits.isdisjoint(_FIRST_BUT_US):
        if _LOWER_US.search(text) is None:
            found.discard("first_person")
    if "may" in hits and "hedge" in found and hits.isdisjoint(_HEDGE_BUT_MAY):
        if _LOWER_MAY.search(text) is None:
            found.discard("hedge")
    return found


_FIRST_BUT_US = frozenset(_LEXICON["first_person"].split()) - {"us"}
_HEDGE_BUT_MAY = frozenset(_LEXICON["hedge"].split()) - {"may"}
_LOWER_US = re.compile(r"\b[Uu]s\b")  # not "US"
_LOWER_MAY = re.compile(r"\bmay\b|^May (?![0-9])(?=[a-z])")  # not "in May", "May 10"


# Counts and durations are "count"; ordinals say nothing checkable; the rest are numbers.
_NUMBER_SIGNAL = {"count": "count", "duration": "count", "ordinal": ""}
# Words before a small count that make it a reference to people or things already named
# ("the two men", "both countries", "their three children"), not a count to check.
_REFERRING = frozenset("the these those both its their his her our my your all".split())
_REFERENCE_LIMIT = 12


def is_reference(n: NumberSlot, text: str) -> bool:
    """Whether a count is a noun phrase naming known people or things ("the two men")
    rather than a number someone could check ("two men were killed")."""
    if n.kind != "count" or not 0 < n.value <= _REFERENCE_LIMIT or n.value != int(n.value):
        return False
    at = text.find(n.text)
    if at <= 0:
        return False
    before = text[:at].split()
    return bool(before) and before[-1].lower() in _REFERRING


def features(sentence: Sentence, words: list[str] | None = None) -> set[str]:
    """Every rule signal of a sentence: lexical ones plus those its slots give."""
    text = sentence.text
    found = lexical_signals(text, words)
    for n in sentence.numbers:
        signal = _NUMBER_SIGNAL.get(n.kind, "number")
        if signal == "count" and is_reference(n, text):
            signal = "reference"
        found.add(signal)
    found.discard("")
    if sentence.dates:
        found.add("date")
    if "past_event" in found and (sentence.dates or "count" in found or "number" in found):
        found.add("dated_event")
    if sentence.places:
        found.add("place")
    if sentence.people:
        found.add("person")
    if sentence.quote and not sentence.quote.reported:  # reported speech: not quoted words
        found.add("quote")
        if sentence.quote.speaker:
            found.add("quote with speaker")
    if text.rstrip(" \"'”’)").endswith("?"):
        found.add("question")
    if text.count(" ") < 4:
        found.add("short")
    if sentence.role == "caption":
        found.add("caption")
    return found


# The claim kind each signal amounts to (see ``models.KINDS``).
_KIND_OF = {
    "number": "number",
    "count": "count",
    "date": "date",
    "quote": "quote",
    "attribution": "attribution",
    "quote with speaker": "attribution",
    "comparison": "comparison",
    "event": "event",
    "place": "place",
    "prediction": "prediction",
}


def kinds_of(found: set[str]) -> tuple[str, ...]:
    """The claim kinds a sentence's signals amount to, in ``models.KINDS`` order."""
    kinds = {_KIND_OF[f] for f in found.intersection(_KIND_OF)}
    return tuple(k for k in KINDS if k in kinds)


def caption_score(value: float, threshold: float) -> float:
    """A photo caption's score: the bottom of its tenth (0.93 is 0.9), never below the
    threshold if it was above it. Captions are claims, but a desk reads the body's
    first: a caption ranks after every body sentence of its band."""
    floor = math.floor(value * 10) / 10
    return max(floor, threshold) if value >= threshold else floor


# The rule scorer's threshold.
DEFAULT_MIN_SCORE = 0.5


class RuleScorer:
    """The rule-based scorer: a weighted sum of signals through a logistic function."""

    threshold = DEFAULT_MIN_SCORE

    def __init__(self, weights: dict[str, float] | None = None) -> None:
        self.weights = dict(WEIGHTS if weights is None else weights)
        # The verdict depends only on the set of signals, and sentences share a few
        # hundred sets between them: each is weighed once.
        self._verdicts: dict[frozenset[str], Score] = {}

    def score(self, sentence: Sentence) -> Score:
        found = frozenset(features(sentence))
        verdict = self._verdicts.get(found)
        if verdict is None:
            verdict = self._verdicts[found] = self.weigh(found)
        return verdict

    def weigh(self, found: frozenset[str]) -> Score:
        """The score, kinds and reasons that a set of signals amounts to."""
        weights = self.weights
        total = weights["bias"] + sum(weights.get(f, 0.0) for f in found)
        ranked = sorted(found.intersection(REASONS), key=lambda f: (-abs(weights.get(f, 0.0)), f))
        value = 1.0 / (1.0 + math.exp(-total))
        if "caption" in found:
            value = caption_score(value, self.threshold)
        return Score(
            score=round(value, 4),
            kinds=kinds_of(set(found)),
            reasons=tuple(
                f"{REASONS[f]} ({weights[f]:+.1f})" for f in ranked[:4] if weights.get(f)
            ),
        )
