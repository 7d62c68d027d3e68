"""Build ``claimcheck/data/term_frequencies.json``: how common each index term is in
news, debates and fact-checked statements, for idf weights that do not depend on the
corpus a claim is matched against (a handful of evidence sentences has no useful idf).

    python training/build_term_frequencies.py [--data ../shared/data] [--out FILE]

Counts, for every stemmed term (:func:`claimcheck.matching.terms.terms`), the sentences that
contain it: BBC News articles, LIAR statements and the ClaimBuster debate transcripts,
split into sentences by the project's own segmenter. Terms seen fewer than twice are
left out (they get the largest idf). Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimcheck.extraction import segment
from claimcheck.matching.terms import terms

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
DEFAULT_OUT = HERE.parent / "claimcheck" / "data" / "term_frequencies.json"
MIN_COUNT = 2


def _sentences(text: str) -> Iterator[str]:
    for paragraph in text.split("\n"):
        for start, end in segment.sentence_spans(paragraph):
            yield paragraph[start:end]


def texts(data: Path) -> tuple[Iterator[str], list[Path]]:
    bbc = data / "bbc_news" / "bbc_articles.jsonl"
    liar = sorted((data / "liar").glob("*.tsv"))
    debates = sorted((data / "claimbuster" / "debate_transcripts").glob("*.txt"))

    def each() -> Iterator[str]:
        with bbc.open(encoding="utf-8") as f:
            for line in f:
                yield from _sentences(json.loads(line)["text"])
        for path in liar:
            with path.open(encoding="utf-8", newline="") as f:
                for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if len(row) > 2:
                        yield row[2]
        for path in debates:
            yield from _sentences(path.read_text(encoding="utf-8", errors="replace"))

    return each(), [bbc, *liar, *debates]


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    stream, files = texts(args.data)
    counts: Counter[str] = Counter()
    documents = 0
    for sentence in stream:
        found = set(terms(sentence))
        if len(found) >= 3:
            documents += 1
            counts.update(found)
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    out = {
        "documents": documents,
        "min_count": MIN_COUNT,
        "sources_sha256": digest.hexdigest(),
        "df": {t: c for t, c in sorted(counts.items()) if c >= MIN_COUNT},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {args.out}: {len(out['df'])} terms from {documents} sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
