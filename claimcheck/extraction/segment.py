"""Sentence segmentation: NLTK Punkt with news parameters built in code.

Untrained Punkt splits after every "U.S.", "Mr." or "Sept."; training it on the article
itself learns junk, and NLTK's trained data cannot be downloaded here. So the parameters
are written down: the abbreviations of news copy, and the words that start sentences
after one of them ("... in the U.S. The talks ...").
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

# Lower case, without the final period, as Punkt stores them ("u.s" for "U.S.").
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs mme dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig cdr
    sen sens rep reps gov govs pres supt det insp rev msgr hon amb atty
    jr sr st ste mt ft ave blvd rd hwy
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat
    u.s u.s.a u.k u.n e.u d.c u.a.e p.r.c l.a n.y n.j n.c s.c n.h n.m n.d s.d r.i w.va
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo
    inc ltd co corp bros plc llc dept univ assn est approx govt
    vs v a.m p.m e.g i.e cf al fig
    """.split()
)

# After an abbreviation, these words mean a new sentence has begun.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you his her its their our this that these those there
    but and yet so however meanwhile still also in on at after before when while as if
    some many most no not then now later
    """.split()
)

# Abbreviations that are only abbreviations before a number: "No. 10", "Nos. 3 and 4".
_NUMBER_ONLY = re.compile(r"\b(?:No|Nos|no|Art|Vol|vol|pp|p)\.$")
_NUMBER_ONLY_WORDS = ("No.", "Nos.", "no.", "Art.", "Vol.", "vol.", "pp.", "p.")
_PLAIN_END = re.compile(r"([^\W\d_]{2,})\.(?=\s+\S|[?!)\";}\]*:@'({\[])")
_CLOSERS = "\"'”’)]"
# Joined initials ("G.K.", "J.R.R.", "A.F.L.-C.I.O."): read as an abbreviation, so that
# only a sentence starter after them ends the sentence ("Rep. G.K. Butterfield said",
# "the A.F.L.-C.I.O. president", "in the U.S.S.R. The talks").
_JOINED_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}(?:-(?:[^\W\d_]\.){2,})*")


class NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt's own English patterns, compiled with the standard ``re``.

    NLTK routes every pattern through a ReDoS guard (the ``regex`` engine under a
    timeout) because callers may supply patterns. These are NLTK's fixed patterns,
    linear on any input, and the guard's per-call cost is most of Punkt's time on
    short paragraphs.
    """

    __slots__ = ()

    re_boundary_realignment = re.compile(
        PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE
    )

    def _word_tokenizer_re(self):  # type: ignore[no-untyped-def]
        try:
            return self._re_word_tokenizer  # type: ignore[has-type]
        except AttributeError:
            self._re_word_tokenizer = re.compile(  # type: ignore[misc]
                self._word_tokenize_fmt
                % {
                    "NonWord": self._re_non_word_chars,
                    "MultiChar": self._re_multi_char_punct,
                    "WordStart": self._re_word_start,
                },
                re.UNICODE | re.VERBOSE,
            )
            return self._re_word_tokenizer

    def period_context_re(self):  # type: ignore[no-untyped-def]
        try:
            return self._re_period_context  # type: ignore[has-type]
        except AttributeError:
            self._re_period_context = re.compile(  # type: ignore[misc]
                self._period_context_fmt
                % {"NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE,
            )
            return self._re_period_context


class NewsPunkt(PunktSentenceTokenizer):  # type: ignore[misc]
    """Punkt whose break decisions are remembered.

    Punkt decides each candidate break from a short context ("U.S. President", "said.
    The"): the word with the mark and the word after it. With fixed parameters the same
    context always gets the same answer, and news repeats its contexts, so the answer
    is looked up instead of re-tokenized. The decisions are Punkt's own.
    """

    _LIMIT = 200_000

    def __init__(self, params: PunktParameters) -> None:
        super().__init__(params, lang_vars=NewsLanguageVars())
        self._decided: dict[str, bool] = {}

    def text_contains_sentbreak(self, text: str) -> bool:
        word = _PLAIN_END.match(text)
        if word and word.group(1).lower() not in self._params.abbrev_types:
            # "said. The": a word of letters and a period, not an abbreviation, with
            # something after it. Punkt's first pass marks the break and no rule of the
            # second pass can take it back (those are for abbreviations, initials and
            # numbers), so this is Punkt's answer without tokenizing the context.
            return True
        decided = self._decided.get(text)
        if decided is None:
            if len(self._decided) >= self._LIMIT:
                self._decided.clear()
            decided = self._decided[text] = super().text_contains_sentbreak(text)
        return decided

    def _first_pass_annotation(self, aug_tok) -> None:  # type: ignore[no-untyped-def]
        super()._first_pass_annotation(aug_tok)
        if aug_tok.sentbreak and _JOINED_INITIALS.fullmatch(aug_tok.tok):
            aug_tok.sentbreak, aug_tok.abbr = False, True

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> list[tuple[int, int]]:
        """Punkt's spans, in one pass instead of three chained generators.

        NLTK finds the candidate marks with their contexts, turns the breaks into
        slices, then realigns closing punctuation, each stage a generator handing
        slice objects on: for a short paragraph that machinery costs more than the
        decisions. This is the same walk, step for step, over plain offsets.
        """
        if not realign_boundaries:
            return list(super().span_tokenize(text, False))
        return _realigned(text, self._breaks(text))

    def _breaks(self, text: str) -> list[tuple[int, int]]:
        """Punkt's ``_slices_from_text`` (with ``_match_potential_end_contexts``)."""
        out: list[tuple[int, int]] = []
        last_break = 0
        # The previous candidate mark and the word before it, decided once the next
        # candidate shows that the two contexts do not overlap.
        previous: re.Match[str] | None = None
        word_start = word_end = 0
        # Whitespace other than the space is unprintable: a printable text has none.
        rare_space = not text.isprintable()
        for match in self._lang_vars.period_context_re().finditer(text):
            at = match.start()
            # The word before the mark starts after the last ASCII whitespace since
            # the previous word (NLTK's ``string.whitespace`` scan); whitespace right
            # at that point counts as none, as in NLTK.
            space = _last_space(text, word_end, at) if rare_space else text.rfind(" ", word_end, at)
            start = space + 1 if space > word_end else word_start
            if previous is not None and word_end <= start:
                last_break = self._decide(text, previous, word_start, last_break, out)
            previous, word_start, word_end = match, start, at
        if previous is not None:
            last_break = self._decide(text, previous, word_start, last_break, out)
        out.append((last_break, len(text.rstrip())))
        return out

    def _decide(
        self,
        text: str,
        match: re.Match[str],
        word_start: int,
        last_break: int,
        out: list[tuple[int, int]],
    ) -> int:
        # NLTK's context, the word + the mark + what follows it, is one stretch of text.
        context = text[word_start : match.end("after_tok")]
        if not self.text_contains_sentbreak(context):
            return last_break
        out.append((last_break, match.end()))
        return match.start("next_tok") if match.group("next_tok") else match.end()


def _last_space(text: str, start: int, end: int) -> int:
    """The last of ``string.whitespace`` in ``text[start:end]``, or -1."""
    return max(text.rfind(c, start, end) for c in " \t\n\r\x0b\x0c")


# The closing marks Punkt's realignment pattern moves to the sentence before.
_REALIGNED = tuple("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")


def _realigned(text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Punkt's ``_realign_boundaries``: closing punctuation after a break ("(Sent1.)
    Sent2.") joins the sentence before it."""
    out: list[tuple[int, int]] = []
    realign = 0
    pattern = NewsLanguageVars.re_boundary_realignment
    last = len(slices) - 1
    for i, (s, e) in enumerate(slices):
        s += realign
        if i == last:
            if e > s:
                out.append((s, e))
            break
        s2, e2 = slices[i + 1]
        # The pattern opens with one of these: most sentences start with none of them.
        m = pattern.match(text, s2, e2) if text.startswith(_REALIGNED, s2, e2) else None
        if m:
            out.append((s, s2 + len(m.group(0).rstrip())))
            realign = m.end() - s2
        else:
            realign = 0
            if e > s:
                out.append((s, e))
    return out


@lru_cache(maxsize=1)
def tokenizer() -> PunktSentenceTokenizer:
    """The shared Punkt tokenizer with the news parameters (built once)."""
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return NewsPunkt(params)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (one paragraph), as offsets into ``text``.

    The caller splits paragraphs first: a sentence never crosses a paragraph break.
    """
    stop = len(text) if end is None else end
    chunk = text[start:stop]
    # Closing quotes and brackets right after the last mark belong to the sentence; one
    # after a space does not (Punkt makes it a sentence of its own).
    body = chunk.rstrip().rstrip(_CLOSERS)
    if not _has_end(body, len(body) - 1):
        # No period, question or exclamation mark before the last character: Punkt
        # would return the paragraph whole, so do that without tokenizing it.
        lead = len(chunk) - len(chunk.lstrip())
        tail = len(chunk.rstrip())
        return [(start + lead, start + tail)] if tail > lead else []
    out: list[tuple[int, int]] = []
    for s, e in tokenizer().span_tokenize(chunk):
        if chunk[s].isspace() or chunk[e - 1].isspace():
            piece = chunk[s:e]
            if not piece.strip():
                continue
            s, e = s + len(piece) - len(piece.lstrip()), s + len(piece.rstrip())
        # Only a number or a lower-case word joins its sentence to the one before: most
        # breaks stop at the first test.
        if out and (
            (chunk[s].isdigit() and _joins_previous(chunk, out[-1][1] - start, s))
            or (chunk[s].islower() and _cue_follows(chunk, out[-1][1] - start))
            or (chunk[s].isupper() and _named_cue_follows(chunk, out[-1][1] - start, s, e))
        ):
            out[-1] = (out[-1][0], start + e)
        else:
            out.append((start + s, start + e))
    return out


def _has_end(text: str, stop: int) -> bool:
    """A period, question or exclamation mark in ``text[:stop]`` (three memchr scans
    cost less than one regex pass)."""
    return (
        text.find(".", 0, stop) >= 0 or text.find("?", 0, stop) >= 0 or text.find("!", 0, stop) >= 0
    )


def _joins_previous(chunk: str, previous_end: int, next_start: int) -> bool:
    """True when Punkt split after "No." and a number follows ("No. 10 Downing Street")."""
    return (
        chunk.endswith(_NUMBER_ONLY_WORDS, 0, previous_end)
        and chunk[next_start].isdigit()
        and bool(_NUMBER_ONLY.search(chunk, max(0, previous_end - 5), previous_end))
    )


def _cue_follows(chunk: str, previous_end: int) -> bool:
    """True when the sentence before ends with a quote's own mark, so that the lower-case
    words after it are its attribution: '"Don't mind me!" he told them.', '"Why?" she
    asked.' (a question or exclamation without quotes: "Why not? he asked")."""
    end = chunk[:previous_end].rstrip(_CLOSERS)
    return end.endswith(("?", "!")) or (len(end) < previous_end and end.endswith((".", ",")))


# A name and a speech verb, and little else: '"Is this fair?" Mr. Trump asked.'
_NAMED_CUE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|asked|asks|added|told|wrote|replied|shouted"
    r"|insisted|exclaimed|tweeted)\b[^.!?\"“”]{0,40}[.!?]?"
)


def _named_cue_follows(chunk: str, previous_end: int, start: int, end: int) -> bool:
    """True when a quote that ends with its own question or exclamation mark is followed
    by its attribution, a name and a verb ('"Is this fair?" Mr. Trump asked.'): one
    sentence, as with "he asked" (Punkt breaks before a capital)."""
    before = chunk[:previous_end]
    mark = before.rstrip(_CLOSERS)
    if len(mark) == len(before) or not mark.endswith(("?", "!")):
        return False
    return _NAMED_CUE.fullmatch(chunk, start, end) is not None


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph of text, as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]
