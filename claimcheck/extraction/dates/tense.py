"""Which way a bare date points: ahead of the article, behind it, or nobody can tell.

"Talks broke down in February" looks back, "the rules apply from April" and "they have until
16 December" look ahead, "pundits are betting on 5 May" does not say. The answer is decided
per clause (between commas, semicolons, colons, brackets or dashes), lazily, only for the
dates whose reading depends on it:

1. the clause's tense marker that governs the date: the nearest one before it, else the
   first after it. Future and conditional signals ("will", "is due", "would", "deadline",
   "are playing") look ahead; past-tense verbs ("fell", "was", "has been", "ago") look
   back. "They announced in November they would quit in May": November is governed by
   "announced", May by "would";
2. otherwise the sentence's marker, chosen the same way;
3. otherwise the words just before the date: "until", "by" look ahead, "since" looks back
   ("from April" is left to the nearest occurrence: "figures from March show" looks back);
4. otherwise nothing is known: the resolver takes the nearest occurrence and says the date
   is ambiguous, with both readings.
"""

from __future__ import annotations

import re

from claimcheck.extraction.dates.patterns import FUTURE, PAST, SCHEDULED_FOR, SCHEDULING, _trie

__all__ = ["Tense", "looks_ahead_to"]

# The markers FUTURE and PAST do not spell, in one pattern (one scan of the clause):
# conditionals and obligations point ahead ("talks would resume on Monday") unless they
# look back ("would have ended in March"), and a deadline is ahead by nature (group a);
# the present progressive of an arrangement ("the band are playing on Sunday") looks ahead
# only when it governs the date from before it: "lending in December ... is slowing" is a
# state, not a plan (group r); past forms PAST does not spell: irregular verbs, the
# perfect tense, adverbs of the past (group b).
_BEHIND_WORDS = (
    "been rose risen grew grown sold bought paid sent spent brought thought became broke "
    "broken chose drew drove fought found flew got knew led meant ran sank spoke stood "
    "struck threw won wrote written fallen taken given begun died fled sued freed "
    "previously recently earlier already ago"
).split()
# Verbs whose past is their present, past only with an object and no subject-verb "s" or
# modal before ("the bank cut its prime rate Monday"; "will cut rates in May" is ahead),
# or with the day it happened ("the quake hit on Tuesday", "hit early Sunday").
_SAME_IN_PAST = "cut hit set put shut".split()
# The present of a timetable, before its date: "the trial opens Monday", "trading resumes
# on Friday", "the rules take effect Jan. 1". Only -s forms of verbs that are rarely plural
# nouns (not "votes", "returns", "starts": "six starts in six months"), "take(s)
# effect/place" and "come(s) into force".
_TIMETABLE = (
    "begins opens reopens ends expires resumes meets arrives departs visits convenes "
    "reconvenes concludes testifies retires"
).split()
# A clause of time in the present looks ahead: "when members come back on April 11",
# "after the Senate reconvenes Monday" (not "when members came back").
_COMING_BACK = (
    "return returns come comes reconvene reconvenes convene convenes resume resumes "
    "arrive arrives meet meets"
).split()
_MORE = re.compile(
    r"\b(?:(?P<a>(?:would|could|should|might|must|may)(?:n['’]t)?\b(?!\s+(?:not\s+)?have\b(?!\s+to\b))"
    r"|deadline\b|ultimatum\b|expects?\b|predicts?\b|anticipates?\b)"
    r"|(?P<r>(?:is|are)\s+(?:(?:now|still|[a-z]+ly)\s+)?(?!being\b)[a-z]+ing\b)"
    rf"|(?P<b>(?:{_trie(_BEHIND_WORDS)})\b)"
    rf"|(?P<s>(?:{_trie(_TIMETABLE)})\b|takes?\s+(?:effect|place)\b|returns\s+(?:from|home)\b"
    rf"|(?:when|once|until|after|before)\s+(?:[\w.'’-]+\s+){{1,3}}?(?:{_trie(_COMING_BACK)})\b"
    r"|(?<!\bthan\s)(?<!\bas\s)(?<!\bhad\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)"
    r"(?<!\bare\s)(?<!\bbe\s)expected\b(?=\s+(?:a|an|to|it|them|the|inflation|prices"
    r"|sales|profits?|earnings|growth|results|service)\b)"
    r"|(?:comes?|goes)\s+into\s+(?:force|effect)\b|enters?\s+into\s+force\b)"
    rf"|(?P<c>(?:{_trie(_SAME_IN_PAST)})\s+(?=(?:its|their|his|her|the|a|an|rates?|prices?|jobs"
    r"|interest|output|[0-9$£€])\b|[$£€]|(?:on|early|late)\s+(?:[A-Z][a-z]+day|the)\b)))"
)
_FORWARD_CUES = frozenset("until till by".split())
# Past-tense verbs of commitment that FUTURE reads as looking ahead ("pledged to").
_PLEDGED = frozenset("pledged promised vowed agreed threatened hoped".split())
_BACKWARD_CUES = frozenset({"since"})
_SINCE = re.compile(r"\b[Ss]ince\s+$")
# "is due to be opened", "are expected", "to be played": a participle, not a past tense.
# A modal before a past-looking form makes it an infinitive: "will cut rates in May".
_PASSIVE = re.compile(
    r"\b(?:be|being|been|is|are|am|to|get|gets|will|would|could|can|may|might|should|must"
    r"|shall|do|does|did|n['’]t)\s+(?:[a-z]+ly\s+)?\Z"
)
_CLAUSE_END = re.compile("[,;:)—–]")
# A subordinate clause's subject, right before its verb; after a modal, that verb's past
# tense is the modal's sequence of tenses, not a past event: "Lana would weaken as it
# crossed the mountains and move into the sea by Thursday night".
_SUBORDINATE = re.compile(
    r"\b(?:as|when|while|once|if|until|because)\s+(?:it|he|she|they|we|you|the\s+[a-z]+)\s+$"
)
_MODAL = re.compile(r"\b(?:would|will|could|might|may|should|must)\b")
# Before a scheduling verb, what makes the plan current: "is set for", "will be moved to".
_PLANNED = re.compile(
    r"\b(?:is|are|am|['’]s|['’]re|(?:will|would|to)\s+be)\s+(?:(?:now|still|also|[a-z]+ly)\s+)?\Z",
    re.IGNORECASE,
)
_CLAUSE_START = ",;:(—–"
# A relative pronoun, then at most two words, right before a verb: "a pact that
# collapsed", "charges that it manipulated", "the meeting which pushed".
_RELATIVE_VERB = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+\s+){0,2}$")
_SET_DATE = re.compile(rf"\b(?:{_trie(SCHEDULING)})\s+$", re.IGNORECASE)
# A scheduling verb with what it schedules, then the date: "the judge set a hearing for
# Aug. 10", "moved the vote to Jan. 5", "planned a rally for Saturday", "set a trial date
# of Sept. 27".
_SET_THING_FOR = re.compile(
    rf"\b(?:{_trie(SCHEDULING)})\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+){{1,3}}?(?:for|to|until"
    r"|(?<=date\s)of|(?<=deadline\s)of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# An expectation set on a date reads as a plan: "the election, widely tipped for 5 May",
# "the vote, expected on Thursday" (not "rose more than expected in March").
_EXPECTED_ON = re.compile(
    r"(?<!\bthan\s)(?<!\bas\s)\b(?:expected|tipped|forecast|predicted)\s+"
    r"(?:on|in|for|by|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A date that is a term, not an event: "a dividend payable Dec. 1 to holders of record
# Nov. 10", "notes due Nov. 15", "a rate cut effective Monday". Like a plan, it is ahead
# unless a past tense leaves it open: "declared a dividend payable Dec. 1".
_TERM_ON = re.compile(
    r"\b(?:payable|due|effective|expiring|maturing|redeemable|of\s+record)\s+(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# After a month, a futures contract's: "Brent for July delivery", "the December contract".
_CONTRACT_MONTH = re.compile(r"\s+(?:delivery|contracts?|futures)\b")
# _MORE can only match where one of these words is a token (a cheap test, done first).
_MORE_WORDS = frozenset(
    [
        *_BEHIND_WORDS,
        *_SAME_IN_PAST,
        *_TIMETABLE,
        "take",
        "takes",
        "come",
        "comes",
        "goes",
        "returns",
        "expected",
        *_COMING_BACK,
        "enter",
        "enters",
        "would",
        "could",
        "should",
        "might",
        "may",
        "must",
        "deadline",
        "ultimatum",
    ]
    + ["expects", "predicts", "anticipates", "expect", "predict", "anticipate"]
    + ["wouldn", "couldn", "shouldn", "mightn", "mustn"]
)
_LOWER_TOKEN = re.compile(r"[a-z]+")
# PAST matches a word ending in "ed" or one of these (kept in step with its pattern).
_PAST_WORDS = frozenset(
    "was were went won had held did said saw told took came met made gave began lost left "
    "last fell rose ago yesterday".split()
)
# After a preposition or a determiner an -ed word is an adjective: "consult with allied
# leaders", "a detailed plan", "their armed forces"; after "as" an adverb: "would lift off
# as planned on Oct. 29".
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:with|of|for|from|by|among|as|the|a|an|its|their|his|her|our|these|those)\s+\Z"
)
# A perfect not yet done: "who haven't yet qualified for the December debate".
_NOT_YET = re.compile(r"(?:n['’]t|\bnot)\s+yet\s+$")
# (pattern, looks ahead, governs only the dates after it); for _MORE, by group
_MARKERS = ((FUTURE, True, False), (PAST, False, False), (_MORE, True, False))
_MORE_GROUPS = {
    "s": (True, True),
    "a": (True, False),
    "r": (True, True),
    "b": (False, False),
    "c": (False, False),
}


# What makes a sentence speak of plans, forecasts or reports, or in the present: a run of
# time in it ("over the next five years") starts at the writer's now, not at an event told.
# Lower-case, so that "May" the month or "Will" the name is no modal.
_NOT_NARRATION = re.compile(
    r"\b(?:said|says|say|told|tells|expect(?:s|ed|ing)?|predict\w*|forecast\w*|hop(?:e|es|ed|ing)"
    r"|promis\w*|plan(?:s|ned|ning)?|likely|aim(?:s|ed|ing)?|intend\w*|urg(?:e|es|ed|ing)|ahead"
    r"|agree(?:s|d|ing)?|may|might|can|could|would|will|shall|should|must|is|are|am|has|have"
    r"|I['’]m|[Ww]e['’]re|[Tt]hey['’]re|[Yy]ou['’]re)\b"
    r"|\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|this|that|these|those)\b)[a-z]{2,}"
)


_FRAME = re.compile(
    r"[,;]\s*((?:[\w.'’-]+\s+){0,5}(?:said|says|confirmed|announced|added|told\s+\w+"
    r"|reported|explained|insisted|warned|claimed)(?:\s+(?:on\s+)?\w+)?)[.!?\"”’]*\s*$"
)


def _frame_start(text: str, end: int) -> int:
    """Where a closing reporting frame (", the minister confirmed.") starts, if the date
    ends before it; else the end of the text. The frame's verb tells when it was said,
    not when the reported thing happens."""
    m = _FRAME.search(text, end)
    return m.start() if m is not None else len(text)


_AHEAD_WORDS = _MORE_WORDS.difference(_BEHIND_WORDS)


class Tense:
    """Past, future or unknown for the dates of one sentence, decided lazily.

    The sentence's words are looked at once, with cheap set tests, to know which marker
    patterns can match at all: most news sentences have no marker that looks ahead, and
    then a date only needs to know whether a past marker governs it.
    """

    __slots__ = ("text", "_markers", "_ahead", "_past", "_more", "_first_past")

    def __init__(self, text: str) -> None:
        self.text = text
        self._markers: dict[tuple[int, int], list[tuple[int, bool, bool | None]]] = {}
        self._ahead: bool | None = None  # decided at the first date that asks
        self._past = self._more = True
        self._first_past: int | None = None  # where the first past marker is, once known

    def _look(self) -> bool:
        text = self.text
        tokens = _LOWER_TOKEN.findall(text)
        arranged = "ing" in text and ("is" in tokens or "are" in tokens)
        self._past = "ed" in text or not _PAST_WORDS.isdisjoint(tokens)
        self._more = arranged or not _MORE_WORDS.isdisjoint(tokens)
        ahead = arranged or not _AHEAD_WORDS.isdisjoint(tokens)
        self._ahead = ahead or FUTURE.search(text) is not None
        return self._ahead

    def _scan(self, lo: int, hi: int, first_past: bool) -> list[tuple[int, bool, bool | None]]:
        """(start of the word, which way it points for the dates after it, and for those
        before it: None when it governs only what follows) for each marker in
        ``text[lo:hi]``, a word counted once and ahead when both ("scheduled" is also an
        -ed form); with ``first_past``, only each past pattern's first marker (the first of
        them is all there is to know when nothing in the sentence looks ahead). A pledge
        in the past tense looks ahead for what it promises and back for when it was made:
        "In December, the EU pledged to lift the ban" is last December."""
        text = self.text
        words: dict[int, tuple[bool, bool | None]] = {}
        planned: list[tuple[int, int]] = []  # FUTURE's matches: "are not expected to"
        for rx, ahead, forward_only in _MARKERS:
            if (rx is PAST and not self._past) or (rx is _MORE and not self._more):
                continue
            if first_past and rx is FUTURE:
                continue
            for m in rx.finditer(text, lo, hi):
                if rx is _MORE:
                    ahead, forward_only = _MORE_GROUPS[m.lastgroup or "b"]
                at = m.start()
                while at and (text[at - 1].isalnum() or text[at - 1] == "'"):
                    at -= 1  # FUTURE matches from a letter inside the word
                if rx is PAST and at and m.group() == "ed":
                    if text[at].isupper() or _NOT_YET.search(text, max(0, at - 16), at):
                        continue  # "the United States"; "haven't yet qualified": not done
                    if _ADJECTIVE_BEFORE.search(text, max(0, at - 8), at):
                        continue  # "with allied leaders", "the detailed plan": adjectives
                if not ahead and _PASSIVE.search(text, max(0, at - 25), at):
                    continue  # "is due to be held", "will be played": a participle
                if (
                    rx is PAST
                    and _SUBORDINATE.search(text, max(0, at - 24), at)
                    and _MODAL.search(text, lo, at)
                ):
                    continue  # "would weaken as it crossed the mountains": the past of a future
                if not ahead and any(a < at < b for a, b in planned):
                    continue  # "expected" in "was expected to", "are not expected until"
                if rx is FUTURE:
                    planned.append((at, m.end()))
                if first_past and not ahead:
                    words[at] = (False, False)  # the first of this pattern: enough
                    break
                if at not in words or (ahead and not words[at][0]):
                    back: bool | None = None if forward_only else ahead
                    if rx is FUTURE and text[at : m.end()].split()[0] in _PLEDGED:
                        back = False
                    words[at] = (ahead, back)
        return sorted((at, a, b) for at, (a, b) in words.items())

    def _governing(self, lo: int, hi: int, start: int, end: int) -> bool | None:
        found = self._markers.get((lo, hi))
        if found is None:
            found = self._markers[lo, hi] = self._scan(lo, hi, False)
        before = [a for at, a, _ in found if at < start]
        if before:
            return before[-1]
        # The first marker after the date that is no relative clause's verb: "will meet
        # on Dec. 12 to revive a pact that collapsed" is not last year's Dec. 12.
        for at, _, b in found:
            if at >= end and b is not None:
                if _RELATIVE_VERB.search(self.text, max(end, at - 24), at) is None:
                    return b
        return None

    def future_at(self, start: int, end: int) -> bool | None:
        """True ahead, False behind, None unknown, for the date at ``text[start:end]``.

        A date set by a scheduling verb ("scheduled for May", "postponed to March"), or
        a term ("payable Dec. 1", "due Nov. 15"), is planned: a past tense says when it
        was planned, not which side of the article the date lies on ("the concert,
        scheduled for March 3, was cancelled"), so it decides nothing; "is scheduled
        for", "will be moved to" look ahead."""
        text = self.text
        if _CONTRACT_MONTH.match(text, end):
            return True  # "Brent for July delivery": a contract's month is ahead of trading
        lo = max(0, start - 40)
        cue = (
            SCHEDULED_FOR.search(text, lo, start)
            or _EXPECTED_ON.search(text, lo, start)
            or _TERM_ON.search(text, lo, start)
            # "the judge set Jan. 20 for the sentencing": the date, then what it is for
            or (_SET_DATE.search(text, lo, start) if text.startswith(" for ", end) else None)
            or _SET_THING_FOR.search(text, lo, start)
        )
        if cue is None:
            return self._direction(start, end)
        if _PLANNED.search(text, max(0, cue.start() - 16), cue.start()):
            return True
        # The sentence's other markers (not the scheduling verb): the nearest before it,
        # else the first after the date. One that looks back leaves it open; with none,
        # the plan looks ahead ("the final scheduled for Saturday").
        whole = (0, len(text))
        found = self._markers.get(whole)
        if found is None:  # the sentence's scan, shared with _governing
            found = self._markers[whole] = self._scan(*whole, False)
        before = [a for at, a, _ in found if at < cue.start()]
        after = [b for at, _, b in found if at >= end and b is not None]
        said = before[-1] if before else (after[0] if after else True)
        return True if said else None

    def narrated(self, start: int, end: int) -> bool:
        """Whether the date at ``text[start:end]`` is in a story of the past: told in the
        past tense, with nothing in the sentence looking ahead (the date's own words aside:
        "next" is itself a sign of the future), speaking in the present, or reporting,
        forecasting or planning. "The next two months were tough", "he spent the next seven
        years in New York"; not "it said firms faced a threat over the next five years"."""
        text = self.text
        if _NOT_NARRATION.search(text) is not None:
            return False
        blank = Tense(text[:start] + " " * (end - start) + text[end:])
        return not blank._look() and blank.future_at(start, end) is False

    def _direction(self, start: int, end: int) -> bool | None:
        text = self.text
        if _SINCE.search(text, max(0, start - 7), start):
            return False  # "since October" is behind, whatever the verb
        ahead = self._look() if self._ahead is None else self._ahead
        if not ahead:
            # Every marker looks back, and the clause lies inside the sentence before its
            # frame: one past marker there decides, wherever it is (the first one found).
            if self._first_past is None:
                found = self._scan(0, len(text), True)
                self._first_past = found[0][0] if found else len(text)
            first = self._first_past
            if first < start:
                return False  # before the date, so before any frame that follows it
            said = False if first < len(text) and first < _frame_start(text, end) else None
            left = -1
        else:
            left = max(text.rfind(c, 0, start) for c in _CLAUSE_START)
            right = _CLAUSE_END.search(text, end)
            said = self._governing(left + 1, right.start() if right else len(text), start, end)
            if said is None:  # the sentence decides, but not its reporting frame, nor
                # a clause a semicolon closed: "It will be the fourth launch; the previous
                # one, on June 18, put a satellite into orbit."
                lo = text.rfind(";", 0, start) + 1
                said = self._governing(lo, _frame_start(text, end), start, end)
        if said is not None:
            return said
        if left < 0:
            left = max(text.rfind(c, 0, start) for c in _CLAUSE_START)
        before = text[max(left + 1, start - 30) : start].lower().split()[-3:]
        if any(w in _FORWARD_CUES for w in before):
            return True
        if any(w in _BACKWARD_CUES for w in before):
            return False
        return None


# What a past verb looks ahead with, before a date a year off one way and days off the
# other: a limit ("closed schools until Nov. 9", "before the Independence Day recess",
# "27 shopping days before Christmas", "a delay into late August"), a purpose ("called
# for a rally in mid-January"); before a holiday, an infinitive ("declared a cease-fire
# to mark Orthodox Easter") or a purpose ("left for its Easter recess"). Not a past
# event's own time: "changed rates in March", "was forced to resign in April".
_COMING = re.compile(r"\b(?:until|till|through|thru|before|ahead of|for an?|into)\b")
_TO_DO = re.compile(r"\b(?:to [a-z]+|for (?:its|their|the))\b")


# Reported speech in the past tense: "NASA said the earliest launch date was Aug. 4" (a
# July story) tells what was then the case, and is still.
_BACKSHIFTED = re.compile(
    r"\b(?:said|told\s+\w+|announced|added|confirmed|stated)\s+(?:that\s+)?[^,;.!?]{0,50}"
    r"\b(?:was|were)\s+(?:now\s+|still\s+)?(?:on\s+)?$"
)


# A limit right before a day of the coming week or a weekend: "ordered schools closed
# through the weekend", "remanded in custody until Monday" (not a range's end: "a poll
# taken Thursday through Saturday").
_DAYS_OF_THE_WEEK = frozenset({"weekday", "relperiod"})
_UNTIL = re.compile(r"(?<!day\s)\b(?:until|till|through|thru)\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"[\w-]+['’]s\b")


# After the date: "Christmas less than three weeks away", "with Christmas coming up".
_AWAY = re.compile(
    r"[\w.'’ -]{0,30}?\s+(?:is\s+|was\s+)?(?:(?:(?:less|more)\s+than\s+|only\s+|just\s+"
    r"|about\s+)?(?:a|an|one|two|three|four|five|six|a\s+few|several|[0-9]+)\s+"
    r"(?:days?|weeks?|months?)\s+away|coming\s+up|approaching|looming|fast\s+approaching)\b"
)


def looks_ahead_to(text: str, pos: int, family: str, far: bool = True) -> bool:
    """Does the date at ``pos`` lie ahead of a past verb's time ("until Nov. 9")? With
    ``far`` False (the past reading is days away, not a year), only a limit right
    before a weekday or a weekend."""
    if not far:
        return (
            family in _DAYS_OF_THE_WEEK
            and _UNTIL.search(text, max(0, pos - 12), pos) is not None
            and not _POSSESSIVE_AFTER.match(text, pos)  # "unbeaten until Sunday's defeat"
        )
    words = text[:pos].split()[-8:]
    if _COMING.search(" ".join(words)) is not None:
        return True
    if _BACKSHIFTED.search(text, max(0, pos - 90), pos) is not None:
        return True
    if _AWAY.match(text, pos, pos + 80) is not None:
        return True  # "with Christmas less than three weeks away"
    return family == "holiday" and _TO_DO.search(" ".join(words[-5:])) is not None
