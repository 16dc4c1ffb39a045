"""Table-row chunks are stored as a row reference (「t3.r4_1」), not as their rendered sentence and
cell-key list: both are rendered again from the report's stored cells when read (issue 16, the data
directory's bytes). What is read back must be what `build_chunks` made — the BM25 index was fed
its tokens and removes a row by repeating them — under every template, for stores that kept the
sentences (an earlier layout) as for new ones, and a changed renderer rebuilds the index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile import report_text

ROOT = Path(__file__).resolve().parent.parent
# both templates (GF2019 prints 「其他处理」 as one table-三 row, GF2021 as three), and the legacy one
CORPUS = ["shanghai-office-2019.html", "pingtan-2019.txt", "hebei-edu-2023.txt", "hebei-edu-2018.txt"]


def _reports():
    from extractor.extract import extract_bytes

    out = [extract_bytes((ROOT / "eval/corpus/reports" / f).read_bytes(), f) for f in CORPUS]
    texts = [report_text(seed=s).replace("测试县", name) for s, name in ((1, "甲县"), (2, "乙县"))]
    return out + [extract_bytes(t.encode(), f"{i}.txt") for i, t in enumerate(texts)]


def _stale_postings(store) -> set[int]:
    """Rowids the BM25 index still finds for a table word that no current chunk has: left behind
    when a row was removed with other tokens than it was indexed with."""
    hits = {r[0] for r in store.db.execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH '\"表三\"'")}
    have = {r[0] for r in store.db.execute("SELECT rowid FROM chunks")}
    return hits - have


def test_table_rows_are_stored_as_references_and_read_back_as_built(tmp_path):
    from rag.chunks import build_chunks
    from rag.store import Store

    store = Store(tmp_path)
    reports = _reports()
    for r in reports:
        store.add(r)
    assert {r.template.value for r in reports} >= {"GF2019", "GF2021"}
    for r in reports:
        want = build_chunks(r)
        got = store.chunks([c.id for c in want])
        assert [(got[c.id]["text"], json.loads(got[c.id]["cells"])) for c in want] == [(c.text, c.cells) for c in want]
        assert any(c.kind == "table" for c in want) or r.template.value == "LEGACY"
    # nothing of a chunk is stored but its place: a table row's reference, no sentence, no key list
    kinds = store.db.execute("SELECT kind, COUNT(text), MAX(length(cells)), COUNT(cells) FROM chunks GROUP BY kind")
    stored = {k: (texts, longest, refs) for k, texts, longest, refs in kinds}
    assert stored["narrative"] == (0, None, 0)
    assert stored["table"][0] == 0 and stored["table"][1] <= 20
    assert not store.db.execute("SELECT 1 FROM chunks WHERE cells LIKE '[%'").fetchone()
    by_ref = store.chunks_of([reports[0].id], "table")
    assert by_ref and all(c["text"].startswith("表") for c in by_ref)
    assert store.bm25("本年新收政府信息公开申请数量", [reports[0].id])


def test_a_store_that_kept_the_sentences_reads_and_deletes_the_same(tmp_path):
    """Rows of the earlier layout (sentence and JSON key list stored) beside rows of this one: both
    read as built, and deleting a report of either kind leaves no posting behind."""
    from rag.chunks import build_chunks
    from rag.store import Store

    old, new = _reports()[4:6]
    store = Store(tmp_path)
    store.add(old)
    built = {c.id: c for c in build_chunks(old)}
    store.db.executemany(
        "UPDATE chunks SET text=?, cells=? WHERE id=?",
        [(c.text, json.dumps(c.cells), c.id) for c in built.values() if c.kind == "table"],
    )
    store.db.commit()
    del store
    store = Store(tmp_path)
    store.add(new)
    for r in (old, new):
        want = build_chunks(r)
        got = store.chunks([c.id for c in want])
        assert [(got[c.id]["text"], json.loads(got[c.id]["cells"])) for c in want] == [(c.text, c.cells) for c in want]
    assert store.db.execute("SELECT COUNT(*) FROM chunks WHERE report_id=? AND text IS NOT NULL", (old.id,)).fetchone()[
        0
    ]
    store.delete(old.id)
    store.delete(new.id)
    assert not _stale_postings(store) and not store.bm25("表三")


def test_a_changed_table_renderer_rebuilds_the_bm25_index(tmp_path, monkeypatch):
    """The sentences are rendered at read time: a store whose rows were indexed with another
    renderer's sentences has its BM25 index rebuilt when opened, so a delete repeats the tokens the
    index holds."""
    import rag.chunks
    from rag.store import Store

    first, second = _reports()[4:6]
    store = Store(tmp_path)
    for r in (first, second):
        store.add(r)
    del store
    assert rag.chunks.renderer_fingerprint() == rag.chunks.renderer_fingerprint()
    before = rag.chunks.renderer_fingerprint()
    rag.chunks.renderer_fingerprint.cache_clear()
    monkeypatch.setitem(rag.chunks.TITLES, "t3", "第三表")  # a renderer that now prints another title
    try:
        assert rag.chunks.renderer_fingerprint() != before
        store = Store(tmp_path)
        meta = store.db.execute("SELECT value FROM store_meta WHERE key='renderer'").fetchone()[0]
        assert meta == rag.chunks.renderer_fingerprint()
        assert store.bm25("第三表", [first.id]) and not store.bm25("表三", [first.id])
        store.delete(first.id)
        assert not store.bm25("第三表", [first.id])
        hits = {r[0] for r in store.db.execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH '\"三表\"'")}
        assert hits <= {r[0] for r in store.db.execute("SELECT rowid FROM chunks")}
    finally:
        rag.chunks.renderer_fingerprint.cache_clear()


@pytest.mark.parametrize("ref", ["t9.r1", "t3.nosuchrow", "t2"])
def test_a_row_the_specs_do_not_name_renders_as_nothing(ref):
    from rag.chunks import render_row

    assert render_row(ref, {"t3.new.np": 1}, "GF2021") == ("", [])
