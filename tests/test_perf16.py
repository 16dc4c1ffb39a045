"""Issue 16, perf16: the ingest's cuts change no byte the store keeps or ranks by. A table row's BM25
tokens are made from its parts (`rag.chunks._grams`: the prefix's and column labels' bigrams once,
each number its own token) and must equal `bigrams` of the rendered sentence for any value a cell
can hold."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ["shanghai-office-2019.html", "pingtan-2019.txt", "hebei-edu-2023.txt", "hebei-edu-2018.txt"]


def _values(spec_rows, rng: random.Random) -> dict:
    odd = [None, 0, -3, 12, 7.5, 1234.5, 0.000001, 10**25, 2.5e20, -0.5, 1e-9, 3.0, 10**400]
    out = {}
    for key in spec_rows:
        if rng.random() < 0.1:
            continue  # a cell the report lacks
        out[key] = rng.choice(odd) if rng.random() < 0.5 else rng.randint(0, 5000)
    return out


def test_table_row_tokens_from_parts_equal_the_sentence_bigrams():
    from extractor import tablespec as ts
    from rag.chunks import _grams, _row_parts
    from rag.tokens import bigrams

    rng = random.Random(16)
    specs = [ts.t2_spec("GF2019"), ts.t2_spec("GF2021"), ts.T3_GF2019, ts.T3_GF2021, ts.T4]
    rows = 0
    for _ in range(40):
        for spec in specs:
            values = _values([f"{spec.id}.{r.key}.{c}" for r in spec.rows for c in r.cols], rng)
            for row in spec.rows:
                got = _row_parts(spec, row, values)
                if got is None:
                    continue
                prefix, cells, _ = got
                sentence = prefix + "，".join(a + b + c for a, b, c in cells)
                assert _grams(prefix, cells) == bigrams(sentence), sentence
                rows += 1
    assert rows > 2000


def test_build_chunks_grams_are_the_bigrams_of_their_text():
    from extractor.extract import extract_bytes
    from rag.chunks import build_chunks
    from rag.store import derive
    from rag.tokens import bigrams

    reports = [extract_bytes((ROOT / "eval/corpus/reports" / f).read_bytes(), f) for f in CORPUS]
    for r in reports:
        chunks = build_chunks(r)
        tables = [c for c in chunks if c.kind == "table"]
        assert tables or r.template.value == "LEGACY"
        for c in tables:
            assert c.grams == bigrams(c.text)
        d = derive(r)
        assert d.tokens == [f"rid{r.id} " + " ".join(bigrams(c.text)) for c in d.chunks]
        assert all(c.grams is None for c in d.chunks)  # not carried across a pipe
