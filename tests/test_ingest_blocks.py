"""`ingest --from-bulk`'s pool works blocks of lines (issue 16, ingest rate): each report keeps its
place and its own outcome, and the store ends as one process makes it; the hashed vectors a worker
makes from a chunk's BM25 bigrams and its CJK code points are the ones `embed_one` makes of its text."""

from __future__ import annotations

from test_ingest_scale import county


def test_blocks_keep_input_order_and_a_bad_line_stays_its_own(tmp_path, monkeypatch):
    """Seven reports, the fourth line cut short, blocks of two lines: every line's outcome in input
    order (the bad one an error naming its line, not its block's), and the store the same as the
    one a single process makes of the same lines — vectors included, made beside the rows."""
    import api.ingest as ingest
    from api.bulk import run_bulk
    from rag.chunks import vector_version
    from rag.hashvec import HashVectors
    from rag.store import Store

    src = tmp_path / "in"
    src.mkdir()
    for i, n in enumerate(["甲县", "乙县", "丙县", "丁县", "戊县", "己县", "庚县"]):
        (src / f"{i}.txt").write_bytes(county(n, 2017 + i))
    run_bulk(sorted(str(f) for f in src.iterdir()), tmp_path / "out", workers=1, progress=False)
    path = tmp_path / "out" / "reports.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    lines[3] = lines[3][:200] + b"\n"
    path.write_bytes(b"".join(lines))
    monkeypatch.setattr(ingest, "BLOCK", 2)

    def run(workers: int, where: str) -> tuple[list, list]:
        store = Store(tmp_path / where)
        got = list(ingest.from_bulk(tmp_path / "out", store, workers=workers))
        said = [(o.source, o.error.code if o.error else None, o.rows is not None) for o in got]
        store.add_many([o.item for o in got if o.error is None])
        stored = store.db.execute("SELECT id, agency, year, rn FROM reports ORDER BY rn").fetchall()
        # every report's vectors made beside its rows (one worker too): the indexer embeds nothing again
        kept = store.pending_vectors([r[0] for r in stored], vector_version(HashVectors().version))
        assert sorted(kept) == sorted(r[0] for r in stored)
        return said, [tuple(r) for r in stored] + store.bm25("主动公开政府信息") + sorted(kept.items())

    pooled, alone = run(2, "pooled"), run(1, "alone")
    assert [s[1] for s in pooled[0]] == [None, None, None, "bad_input", None, None, None]
    assert pooled[0][3][0] == "reports.jsonl 第 4 行"
    assert all(s[2] for i, s in enumerate(pooled[0]) if i != 3)  # the pool made every good line's rows
    assert [s[:2] for s in pooled[0]] == [s[:2] for s in alone[0]]
    assert pooled[1] == alone[1] and len(pooled[1]) > 6


def test_vectors_from_bigrams_and_code_points_are_embed_one_bit_for_bit():
    """`HashVectors.embed_grams` (the workers' and `embed_many`'s path) reads the CJK characters as
    code points through a table: the same vector as `embed_one` for every text — 它 (which the
    bigrams fold to 他, the characters do not), characters outside U+4E00–U+9FFF (𠀀, 〇, full-width
    forms), a lone surrogate, nothing at all."""
    import numpy as np

    from rag.hashvec import HashVectors
    from rag.tokens import bigrams

    texts = [
        "它的工作：主动公开政府信息１２３４条",
        "𠀀〇ＡＢＣ abc 3.5万元，「依申请公开」",
        "政府\ud800信息",
        "",
        "的",
        "x" * 40,
    ]
    emb = HashVectors()
    many = emb.embed_grams([bigrams(t) for t in texts], texts)
    for text, row in zip(texts, many):
        assert np.array_equal(row, HashVectors().embed_one(text)), text
    assert np.array_equal(emb.embed_many(texts), many)
