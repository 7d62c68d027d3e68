"""Person / place / organisation typing on running news text: the CoNLL-2003 English test
set (testb, Reuters 1996), scored entity by entity, against simple baselines in the same run.

    python benchmarks/accuracy_names.py --conll PATH [--show-errors N]

The data is not shipped (Reuters licence). Any copy of the English test split in the usual
one-token-a-line format works (``token [POS chunk] TAG``, IOB1 or IOB2, documents opened
by ``-DOCSTART-``); for instance ``conll2003/test.txt`` in the public GitHub repository
``heathher/Named-Entity-Recognition`` (231 documents, 3,453 sentences; 1,617 PER, 1,668
LOC, 1,661 ORG, 702 MISC). Without ``--conll`` (or with a missing file) the script exits
"skipped: ...".

What is measured. Each document is rebuilt as text, one sentence a line (tokens joined
by spaces, with no space before closing punctuation and none inside quotes), and given
to ``claimcheck.extract(text, one_per_line=True)``: the public API, so the entities
scored are the ``Claim.people`` / ``.places`` / ``.orgs`` a user sees, including
whatever the pipeline does across the sentences of one article. PER is scored as
``person``, LOC as ``place``, ORG as ``org``.

- *exact*: an entity is right when its character span and its type equal a gold one.
- *overlap*: type only: a predicted entity is right when it overlaps a gold entity of the
  same type; a gold entity is found when a predicted one of its type overlaps it.

MISC (nationalities, events, works: "Syrian", "World Cup") is not scored. claimcheck
reads demonyms as places on purpose ("Syrian" -> Syria), so a predicted entity that
overlaps a MISC span and no PER/LOC/ORG span is left out of the counts: neither right nor
wrong. A predicted entity that overlaps no gold entity at all is a false positive.

Subsets: *all* sentences, and *prose*: sentences of running text (at least eight
tokens, most words lowercase, under a fifth of the tokens numbers, ending with sentence
punctuation), which leaves out the all-caps headlines, datelines and the sports tables
that make up much of CoNLL.

Baselines, same run, same scoring:

- *caps-majority*: every run of capitalised tokens that does not open the sentence is
  one entity of the commonest gold type in the set (LOC on testb).
- *gazetteer*: every run of capitalised tokens whose whole text is in claimcheck's own
  word lists (places and demonyms -> place, organisations -> org, people -> person).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's claimcheck, not an installed one

TYPES = {"PER": "person", "LOC": "place", "ORG": "org"}
SCORED = ("person", "place", "org")

# (start, end, type) in the document's text; type is a claimcheck type or "MISC".
Span = tuple[int, int, str]


@dataclass
class Sentence:
    tokens: list[str]
    starts: list[int]  # of each token, in the document's text
    start: int
    end: int
    gold: list[Span] = field(default_factory=list)


@dataclass
class Document:
    text: str
    sentences: list[Sentence]


_NO_SPACE_BEFORE = frozenset(",.;:!?)]}%") | {"'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = frozenset("([{$")


def _join(tokens: list[str]) -> tuple[str, list[int]]:
    """Text from tokens, and where each token starts in it."""
    out: list[str] = []
    starts: list[int] = []
    pos = 0
    quote_open = False
    glue_next = True
    for tok in tokens:
        glue = glue_next or tok in _NO_SPACE_BEFORE or (tok == '"' and quote_open)
        if not glue:
            out.append(" ")
            pos += 1
        starts.append(pos)
        out.append(tok)
        pos += len(tok)
        glue_next = tok in _NO_SPACE_AFTER
        if tok == '"':
            glue_next = not quote_open  # an opening quote sticks to the next word
            quote_open = not quote_open
    return "".join(out), starts


def _spans(tags: list[str], starts: list[int], tokens: list[str], base: int) -> list[Span]:
    """Gold entities from IOB1 or IOB2 tags."""
    spans: list[Span] = []
    cur: list[int] | None = None  # [first token, last token]
    cur_type = ""
    for i, tag in enumerate([*tags, "O"]):
        kind = tag[2:] if len(tag) > 2 else ""
        begins = tag.startswith("B-") or (tag.startswith("I-") and kind != cur_type)
        if cur is not None and (tag == "O" or begins):
            a, b = cur
            ctype = TYPES.get(cur_type, "MISC")
            spans.append((base + starts[a], base + starts[b] + len(tokens[b]), ctype))
            cur = None
            cur_type = ""
        if tag != "O" and i < len(tags):
            if cur is None:
                cur, cur_type = [i, i], kind
            else:
                cur[1] = i
    return spans


def read_conll(path: Path) -> list[Document]:
    docs: list[Document] = []
    sents: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []

    def close_sentence() -> None:
        if toks:
            sents.append((list(toks), list(tags)))
        toks.clear()
        tags.clear()

    def close_doc() -> None:
        close_sentence()
        if sents:
            docs.append(_document(sents))
        sents.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts:
            close_sentence()
        elif parts[0] == "-DOCSTART-":
            close_doc()
        else:
            toks.append(parts[0])
            tags.append(parts[-1] if len(parts) > 1 else "O")
    close_doc()
    return docs


def _document(sents: list[tuple[list[str], list[str]]]) -> Document:
    lines: list[str] = []
    sentences: list[Sentence] = []
    pos = 0
    for tokens, tags in sents:
        line, starts = _join(tokens)
        sentence = Sentence(tokens, [pos + s for s in starts], pos, pos + len(line))
        sentence.gold = _spans(tags, starts, tokens, pos)
        sentences.append(sentence)
        lines.append(line)
        pos += len(line) + 1
    return Document("\n".join(lines), sentences)


_NUMBER_RE = re.compile(r"^[\d.,:/+-]+$")


def is_prose(s: Sentence) -> bool:
    """Running text, not a headline, dateline or table row."""
    toks = s.tokens
    if len(toks) < 8 or toks[-1] not in (".", "?", "!", '"', "'"):
        return False
    words = [t for t in toks if t[:1].isalpha()]
    lower = [t for t in words if t[0].islower()]
    numbers = [t for t in toks if _NUMBER_RE.match(t) and any(c.isdigit() for c in t)]
    return len(lower) * 2 > len(words) and len(numbers) * 5 < len(toks)


# --- Systems: each returns the predicted spans of each sentence -------------------------------


def claimcheck_spans(doc: Document) -> list[list[Span]]:
    from claimcheck import extract

    ex = extract(doc.text, one_per_line=True)
    by_start = {s.start: i for i, s in enumerate(doc.sentences)}
    out: list[list[Span]] = [[] for _ in doc.sentences]
    for claim in ex.sentences:
        i = by_start.get(claim.start)
        if i is None:  # a line the pipeline trimmed: find the sentence holding it
            i = next(k for k, s in enumerate(doc.sentences) if s.start <= claim.start < s.end)
        for e in (*claim.people, *claim.places, *claim.orgs):
            out[i].append((e.start, e.end, e.type))
    return out


def _cap_runs(s: Sentence) -> list[tuple[int, int]]:
    """Token index ranges [a, b) of capitalised tokens side by side."""
    runs = []
    i = 0
    n = len(s.tokens)
    while i < n:
        if s.tokens[i][:1].isupper():
            j = i
            while j < n and s.tokens[j][:1].isupper():
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _char_span(s: Sentence, a: int, b: int) -> tuple[int, int]:
    return s.starts[a], s.starts[b - 1] + len(s.tokens[b - 1])


def caps_majority_spans(doc: Document, majority: str) -> list[list[Span]]:
    out = []
    for s in doc.sentences:
        spans = []
        for a, b in _cap_runs(s):
            a = max(a, 1)
            if a < b:
                spans.append((*_char_span(s, a, b), majority))
        out.append(spans)
    return out


def gazetteer_spans(doc: Document) -> list[list[Span]]:
    from claimcheck.extraction.entities import gazetteer as gz

    out = []
    for s in doc.sentences:
        spans = []
        for a, b in _cap_runs(s):
            start, end = _char_span(s, a, b)
            run = doc.text[start:end]
            if run in gz.KNOWN_PEOPLE:
                spans.append((start, end, "person"))
            elif run in gz.KNOWN_ORGS or run in gz.STANDALONE_ORGS:
                spans.append((start, end, "org"))
            elif run in gz.PLACES or run in gz.DEMONYMS:
                spans.append((start, end, "place"))
        out.append(spans)
    return out


# --- Scoring ----------------------------------------------------------------------------------


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Counts:
    tp_p: Counter[str] = field(default_factory=Counter)  # predicted entities that are right
    pred: Counter[str] = field(default_factory=Counter)
    tp_g: Counter[str] = field(default_factory=Counter)  # gold entities found
    gold: Counter[str] = field(default_factory=Counter)

    def prf(self, t: str | None) -> tuple[float, float, float]:
        keys = SCORED if t is None else (t,)
        tp_p = sum(self.tp_p[k] for k in keys)
        pred = sum(self.pred[k] for k in keys)
        tp_g = sum(self.tp_g[k] for k in keys)
        gold = sum(self.gold[k] for k in keys)
        p = tp_p / pred if pred else 0.0
        r = tp_g / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[Span], pred: list[Span], counts: Counts, exact: bool) -> None:
    scored_gold = [g for g in gold if g[2] != "MISC"]
    misc = [g for g in gold if g[2] == "MISC"]
    for g in scored_gold:
        counts.gold[g[2]] += 1
        if any(_hit(p, g, exact) for p in pred):
            counts.tp_g[g[2]] += 1
    for p in pred:
        if not any(_overlaps(p, g) for g in scored_gold) and any(_overlaps(p, m) for m in misc):
            continue  # on a MISC span only: not scored
        counts.pred[p[2]] += 1
        if any(_hit(p, g, exact) for g in scored_gold):
            counts.tp_p[p[2]] += 1


def _hit(p: Span, g: Span, exact: bool) -> bool:
    if p[2] != g[2]:
        return False
    return (p[0], p[1]) == (g[0], g[1]) if exact else _overlaps(p, g)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conll", type=Path, default=None, help="the CoNLL-2003 English test file")
    ap.add_argument(
        "--show-errors", type=int, default=0, help="print N wrong exact-match prose entities"
    )
    args = ap.parse_args()
    if args.conll is None or not args.conll.exists():
        sys.exit(f"skipped: CoNLL-2003 test file {args.conll or '(--conll)'} not found")
    docs = read_conll(args.conll)
    n_sent = sum(len(d.sentences) for d in docs)
    type_counts = Counter(g[2] for d in docs for s in d.sentences for g in s.gold)
    majority = max(SCORED, key=lambda t: type_counts[t])

    t0 = time.perf_counter()
    systems: dict[str, list[list[list[Span]]]] = {"claimcheck": [claimcheck_spans(d) for d in docs]}
    seconds = time.perf_counter() - t0
    systems[f"caps-majority ({majority})"] = [caps_majority_spans(d, majority) for d in docs]
    systems["gazetteer"] = [gazetteer_spans(d) for d in docs]

    prose = sum(is_prose(s) for d in docs for s in d.sentences)
    print(
        f"CoNLL-2003 test: {len(docs)} documents, {n_sent} sentences ({prose} prose); "
        + ", ".join(f"{type_counts[t]} {t}" for t in (*SCORED, "MISC"))
    )
    print(f"claimcheck.extract: {seconds:.1f} s\n")
    names = list(systems)
    for subset in ("all", "prose"):
        for exact in (True, False):
            results = {}
            for name in names:
                counts = Counts()
                for d, preds in zip(docs, systems[name]):
                    for s, pred in zip(d.sentences, preds):
                        if subset == "all" or is_prose(s):
                            score(s.gold, pred, counts, exact)
                results[name] = counts
            mode = "exact span" if exact else "type on overlap"
            header = f"{subset}, {mode}"
            print(f"{header:<24}" + "".join(f"| {n:<24}" for n in names))
            print(f"{'':<24}" + "| P     R     F1         " * len(names))
            for t in (*SCORED, None):
                row = f"{t or 'all three':<24}"
                for n in names:
                    p, r, f = results[n].prf(t)
                    row += f"| {p:.3f} {r:.3f} {f:.3f}      "
                print(row)
            print()
    if args.show_errors:
        _show_errors(docs, systems["claimcheck"], args.show_errors)


def _show_errors(docs: list[Document], preds: list[list[list[Span]]], limit: int) -> None:
    shown = 0
    for d, dp in zip(docs, preds):
        for s, pred in zip(d.sentences, dp):
            if not is_prose(s):
                continue
            gold = {g for g in s.gold if g[2] != "MISC"}
            misc = [g for g in s.gold if g[2] == "MISC"]
            wrong = [
                p
                for p in pred
                if p not in gold
                and (any(_overlaps(p, g) for g in gold) or not any(_overlaps(p, m) for m in misc))
            ]
            missed = [g for g in gold if g not in pred]
            if not wrong and not missed:
                continue
            print(d.text[s.start : s.end])
            for p in wrong:
                print(f"   + {p[2]:<7} {d.text[p[0] : p[1]]}")
            for g in missed:
                print(f"   - {g[2]:<7} {d.text[g[0] : g[1]]}")
            shown += 1
            if shown >= limit:
                return


if __name__ == "__main__":
    main()
