"""Who said it: the speakers claimcheck gives quotations, against hand-written gold, and
against a "nearest capitalised name before the quote" regex in the same run.

    python benchmarks/accuracy_speakers.py [--set benchmarks/speakers/attribution.jsonl] [--show]

The set (benchmarks/speakers/attribution.jsonl) is public-domain news: Voice of America,
Army News Service and NASA articles, works of the U.S. federal government, each line one
article with its origin, licence note, text and gold quotes. A gold quote is the offset
of its first words in the text and the person who said it, named in full as the article
names them; ``cue`` says how the text attributes it (``name``: "..., Kim said";
``pronoun``: "..., she said"; ``role``: "the envoy added"; ``continuation``: a second
stretch of quote after "X said."; ``context``: no attribution in its sentence).

For each gold quote, ``claimcheck.extract`` runs on the article and every sentence the
quote runs through is looked at: the quote is *right* when each of them carries a
speaker and all match the gold (the full name, or the surname alone), *wrong* when one
carries another name, *missing* when none is wrong but one has no speaker. A quote
whose gold names no person (the annotators named persons only) is right when no speaker
is given; an institution given ("the Home Office said") is counted apart from a person
given, which is wrong. The baseline
takes, for the quote, the last run of capitalised words before its opening mark.

Reported speech (``cue``: ``indirect``) is scored apart, in a second table: what someone
said, told, noted, explained... without quotation marks around it. ``start`` is its
first words, ``end`` where the reported content ends (before ", X said" when the
attribution comes last, else before the sentence's final period); ``form`` is
``verb_before`` ("X said (that) ..."), ``verb_after`` ("..., X said", "X, Work said, is")
or ``according_to``; ``pronoun`` is true when the cue is a pronoun ("he said"), ``role``
when it is a role without the name in its sentence. It is judged like a quote over the
sentences its [start, end) runs through (``claim.quote`` with the speaker). Its baseline:
the run of capitalised words nearest to the content's first words in the same sentence
(not that run itself; a sentence's first word only when the article never writes it in
lower case), else the previous sentence's last run, sentences split by a plain regex.

Annotator's notes (the indirect items, one pass over every article, none tuned to any
output): only sources the article names, so not "North Korean state media said" (though
the next sentence says whose statement it was), "The North later said", "scientists
say", "The team proposes"; not thinking or feeling verbs (believes,
hopes, thinks, is fascinated, recalls, "By organic, X meant"), not captions, pull quotes
or headlines. A sentence that only continues an attributed one without its own cue is
not annotated. Verbs of saying with a noun phrase that states something count ("Conway
emphasized the need to ...", "He described it as a modular switch ...", "King-Wrenn
classifies Kennedy as ...", "Disturb the hive ..., was the message X delivered"); a bare
topic does not ("recalled the X-31 aircraft", "discussed the installation of ...").
Content with a short quoted fragment is annotated when its unquoted part says something
of its own ("Harstedt said he was "cautiously optimistic" the talks would continue"), so
its sentence is also scored as a direct quote (and claimcheck can be right there without
reading reported speech); "That's why "..." he said" is left a direct quote only. No item
in this set has a role cue.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import claimcheck  # noqa: E402

DEFAULT_SET = HERE / "speakers" / "attribution.jsonl"
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
UNNAMED = "unnamed"
ORGANISATION = "organisation"  # a verdict: an institution named where the gold names no one
_OPENERS = '"“'
INDIRECT = "indirect"
FORMS = ("verb_before", "verb_after", "according_to")
# The baseline: a run of capitalised words ("Kent Harstedt", "Swedish Special Envoy").
_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


@dataclass(frozen=True)
class Gold:
    article: str
    start: int
    end: int
    speaker: str
    surname: str
    cue: str
    form: str = ""
    pronoun: bool = False
    role: bool = False


def load(path: Path, data: Path = DEFAULT_DATA) -> list[tuple[dict[str, object], list[Gold]]]:
    """The set's articles and their gold. A line with ``bbc_id`` and no ``text`` names a
    BBC News article of ``data``; its text is the title, a blank line and the body. A
    line with ``page`` names a web page of the HTML benchmark; its text is the page's
    gold article body."""
    articles = []
    bbc: dict[str, str] | None = None
    pages: dict[str, str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        if "text" not in a and "page" in a:
            if pages is None:
                pages = _page_texts(data)
            a["text"] = pages[a["page"]]
        elif "text" not in a:
            if bbc is None:
                bbc = _bbc_texts(data)
            a["text"] = bbc[a["bbc_id"]]
        text = str(a["text"])
        golds = []
        for q in a["quotes"]:
            start = q["start"]
            if not text.startswith(q["quote"], start):
                sys.exit(f"{a['id']}: gold quote {q['quote']!r} is not at offset {start}")
            if q["cue"] == INDIRECT:
                end = q.get("end")
                if not isinstance(end, int) or not start < end <= len(text):
                    sys.exit(f"{a['id']}: reported speech at {start} has no end inside the text")
                if q.get("form") not in FORMS:
                    sys.exit(f"{a['id']}: reported speech at {start}: form is not one of {FORMS}")
            else:
                end = _quote_end(text, start)
            golds.append(
                Gold(
                    article=str(a["id"]),
                    start=start,
                    end=end,
                    speaker=q["speaker"] or "",
                    surname=q.get("surname") or _surname(q["speaker"]),
                    cue=q["cue"],
                    form=q.get("form", ""),
                    pronoun=bool(q.get("pronoun")),
                    role=bool(q.get("role")),
                )
            )
        articles.append((a, golds))
    return articles


def _surname(speaker: str | None) -> str:
    return speaker.split()[-1] if speaker else ""


def _bbc_texts(data: Path) -> dict[str, str]:
    path = data / "bbc_news" / "bbc_articles.jsonl"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    with path.open(encoding="utf-8") as f:
        return {a["id"]: a["title"] + "\n\n" + a["text"] for a in map(json.loads, f)}


def _page_texts(data: Path) -> dict[str, str]:
    path = data / "accuracy" / "html_extraction" / "ground-truth.json"
    if not path.exists():
        sys.exit(f"skipped: {path} not found (pass --data)")
    truth = json.loads(path.read_text(encoding="utf-8"))
    return {sha: page["articleBody"] for sha, page in truth.items()}


def _quote_end(text: str, start: int) -> int:
    """Where the quote closes: the next closing mark, or the end of the paragraph."""
    para_end = text.find("\n", start)
    para_end = len(text) if para_end < 0 else para_end
    m = re.compile(r"[\"”]").search(text, start, para_end)
    return m.start() if m else para_end


def matches(predicted: str | None, gold: Gold) -> bool:
    """The full name or the surname, a generational suffix aside ("James P. Kennedy" for
    "James P. Kennedy Jr.")."""
    if not predicted:
        return False
    p = _plain(predicted)
    return p in (_plain(gold.speaker), gold.surname.casefold())


_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\.?$")


def _plain(name: str) -> str:
    return _SUFFIX.sub("", name.strip()).casefold()


def judge(predicted: list[str | None], gold: Gold) -> str:
    """right, wrong or missing; a quote whose speaker the article does not name is right
    when no sentence of it carries a speaker, wrong when one does."""
    if not gold.speaker:
        return "wrong" if any(predicted) else "right"
    if any(p and not matches(p, gold) for p in predicted):
        return "wrong"
    if predicted and all(matches(p, gold) for p in predicted):
        return "right"
    return "missing"


def claimcheck_verdicts(article: dict[str, object], golds: list[Gold]) -> list[str]:
    published = article.get("published")
    day = dt.date.fromisoformat(str(published)) if published else None
    extraction = claimcheck.extract(str(article["text"]), published=day)
    persons = {p.name for c in extraction.sentences for p in c.people}
    surnames = {name.split()[-1] for name in persons}
    verdicts = []
    for g in golds:
        spoken = [
            c.quote.speaker if c.quote is not None else None
            for c in extraction.sentences
            if c.start < g.end and g.start < c.end
        ]
        verdict = judge(spoken, g)
        if verdict == "wrong" and not g.speaker:
            # The gold names persons only: an institution given ("the Home Office said")
            # is counted apart, not as a wrong person.
            given = [p for p in spoken if p]
            if not any(p in persons or p.split()[-1] in surnames for p in given):
                verdict = ORGANISATION
        verdicts.append(verdict)
    return verdicts


def baseline_verdicts(article: dict[str, object], golds: list[Gold]) -> list[str]:
    text = str(article["text"])
    verdicts = []
    for g in golds:
        opening = g.start - 1 if g.start and text[g.start - 1] in _OPENERS else g.start
        names = _CAPITALISED.findall(text, 0, opening)
        verdicts.append(judge([names[-1].rstrip(".,") if names else None], g))
    return verdicts


# A sentence ends at . ! or ? (and a closing quote) before a space and a capital or an
# opening quote, or at a line break; not after an initial, "U.S." or a short title or month.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s+[\"“‘(]?[A-Z0-9])|\n")
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Brig|Col|Lt|Maj|Capt|Sgt|Rep|Sen|Gov|St|No"
    r"|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec)\.$|\b[A-Za-z](?:\.[A-Za-z])+\.$"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The article cut into sentences by the regex above: (start, end) offsets."""
    spans = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group() != "\n" and _ABBREVIATION.search(text, begin, m.start() + 1):
            continue
        if text[begin : m.end()].strip():
            spans.append((begin, m.end()))
        begin = m.end()
    if text[begin:].strip():
        spans.append((begin, len(text)))
    return spans


def _names_in(text: str, span: tuple[int, int], lowercase: set[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words in the span; its first word only if never in lower case."""
    piece = text[span[0] : span[1]]
    first = span[0] + len(piece) - len(piece.lstrip())
    runs = []
    for m in _CAPITALISED.finditer(text, span[0], span[1]):
        start, end = m.start(), m.end()
        if start == first and m.group().split()[0].casefold() in lowercase:
            rest = re.search(r"\s+", m.group())
            if rest is None:
                continue
            start += rest.end()
        runs.append((start, end))
    return runs


def reported_baseline_verdicts(article: dict[str, object], golds: list[Gold]) -> list[str]:
    text = str(article["text"])
    lowercase = set(re.findall(r"\b[a-z][\w'’-]*", text))
    spans = sentence_spans(text)
    verdicts = []
    for g in golds:
        i = next(k for k, (a, b) in enumerate(spans) if a <= g.start < b)
        runs = [r for r in _names_in(text, spans[i], lowercase) if r[0] != g.start]
        run: tuple[int, int] | None
        if runs:
            run = min(runs, key=lambda r: g.start - r[1] if r[1] <= g.start else r[0] - g.start)
        else:
            earlier = _names_in(text, spans[i - 1], lowercase) if i else []
            run = earlier[-1] if earlier else None
        name = text[run[0] : run[1]].rstrip(".,") if run else None
        verdicts.append(judge([name], g))
    return verdicts


def _row(label: str, verdicts: list[str]) -> str:
    n = len(verdicts) or 1
    c = Counter(verdicts)
    return (
        f"| {label:<36} | {len(verdicts):>6} | {100 * c['right'] / n:>6.1f}% "
        f"| {100 * c['wrong'] / n:>6.1f}% | {100 * c['missing'] / n:>7.1f}% |"
    )


def _table(title: str, count: str) -> None:
    print(f"| {title:<36} | {count:>6} | {'right':>7} | {'wrong':>7} | {'missing':>8} |")
    print(f"|{'-' * 38}|{'-' * 8}|{'-' * 9}|{'-' * 9}|{'-' * 10}|")


def _versus(
    title: str,
    count: str,
    baseline: list[tuple[Gold, str]],
    ours: list[tuple[Gold, str]],
    pronoun: Callable[[Gold], bool] | None = None,
) -> None:
    """The baseline's and claimcheck's rows of one table, with their pronoun cues."""
    _table(title, count)
    for label, results in (("nearest capitalised name (baseline)", baseline), ("claimcheck", ours)):
        print(_row(label, [v for _, v in results]))
        if pronoun is not None:
            cued = [v for g, v in results if pronoun(g)]
            print(_row(f"  after a pronoun cue ({label.split()[0]})", cued))


def _cue(g: Gold) -> str:
    return "pronoun" if g.pronoun else "role" if g.role else "name"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=DEFAULT_SET)
    ap.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="for a set of BBC articles or web pages"
    )
    ap.add_argument("--show", action="store_true", help="list every quote claimcheck misses")
    args = ap.parse_args()
    if not args.set.exists():
        sys.exit(f"skipped: {args.set} not found (pass --set)")
    ours: list[tuple[Gold, str]] = []
    theirs: list[tuple[Gold, str]] = []
    reported: list[tuple[Gold, str]] = []
    reported_baseline: list[tuple[Gold, str]] = []
    texts = {}
    unnamed: list[tuple[Gold, str]] = []
    unnamed_baseline: list[tuple[Gold, str]] = []
    for article, golds in load(args.set, args.data):
        texts[str(article["id"])] = str(article["text"])
        nobody = [g for g in golds if not g.speaker]
        unnamed += zip(nobody, claimcheck_verdicts(article, nobody))
        unnamed_baseline += zip(nobody, baseline_verdicts(article, nobody))
        golds = [g for g in golds if g.speaker]
        direct = [g for g in golds if g.cue != INDIRECT]
        indirect = [g for g in golds if g.cue == INDIRECT]
        verdicts = claimcheck_verdicts(article, direct + indirect)
        ours += zip(direct, verdicts[: len(direct)])
        reported += zip(indirect, verdicts[len(direct) :])
        theirs += zip(direct, baseline_verdicts(article, direct))
        reported_baseline += zip(indirect, reported_baseline_verdicts(article, indirect))
    print(f"{len(texts)} articles, {len(ours)} quotes with a named speaker ({args.set.name})")
    if ours:
        print()
        _versus("speakers", "quotes", theirs, ours, lambda g: g.cue == "pronoun")
        print("\nclaimcheck by cue:")
        for cue in ("name", "pronoun", "role", "continuation", "context"):
            print(_row(f"  {cue}", [v for g, v in ours if g.cue == cue]))
    if unnamed:
        print(
            f"\n{len(unnamed)} quotes whose speaker the article does not name (right: none given)\n"
        )
        _versus("no named speaker", "quotes", unnamed_baseline, unnamed)
        given = sum(v == ORGANISATION for _, v in unnamed)
        print(f"claimcheck named an organisation, not a person, for {given} of them")

    if reported:
        print(
            f"\n{len(reported)} reported-speech attributions (no quotation marks), named speaker\n"
        )
        _versus("reported speech", "items", reported_baseline, reported, lambda g: g.pronoun)
        for label, results in (("claimcheck", reported), ("baseline", reported_baseline)):
            print(f"\n{label} by form and cue:")
            for form in FORMS:
                print(_row(f"  {form}", [v for g, v in results if g.form == form]))
            for cue in ("name", "pronoun", "role"):
                print(_row(f"  {cue} cue", [v for g, v in results if _cue(g) == cue]))
    if args.show:
        for g, verdict in ours + reported + unnamed:
            if verdict != "right":
                snippet = texts[g.article][g.start : g.start + 60].replace("\n", " ")
                print(f"{verdict:>7} {g.article} [{g.cue}] {g.speaker}: {snippet}")


if __name__ == "__main__":
    main()
