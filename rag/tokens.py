"""Chinese lexical tokens: character bigrams of CJK runs, whole ASCII words and numbers. Bigrams need
no dictionary download and beat jieba on this domain's probe (the project's dependency notes: measured on this domain)."""

from __future__ import annotations

import re
from operator import add

from extractor.normalize import fold

_RUN = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")
STOP = set("的了和与及或在是对为有等年月日中其该本我区市县省")


def bigrams(text: str) -> list[str]:
    """The tokens of a text in order: a CJK run's overlapping bigrams (a lone CJK character unless it
    is a stop word), an ASCII word lower-cased, a number. Every report's chunks pass here (BM25 and
    the vectors at ingest): the runs are taken as strings and a run's bigrams made by one `map`."""
    return folded_bigrams(fold(text))


def folded_bigrams(folded: str) -> list[str]:
    """`bigrams` of a text already folded (`fold` maps one character to one: the fold of a slice is
    the slice of the fold, so a report's text is folded once for all its chunks)."""
    out: list[str] = []
    for run in _RUN.findall(folded):
        if not "\u4e00" <= run[0] <= "\u9fff":
            out.append(run.lower())
        elif len(run) > 1:
            out += map(add, run, run[1:])
        elif run not in STOP:
            out.append(run)
    return out


def overlap(question: str, text: str) -> float:
    """Share of the question's bigrams that the text contains (0..1)."""
    q = {b for b in bigrams(question) if not all(ch in STOP for ch in b)}
    if not q:
        return 0.0
    t = set(bigrams(text))
    return len(q & t) / len(q)
