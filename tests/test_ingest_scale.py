"""Ingest at scale (issue 16, step 4): parallel extraction stores what one worker stores, a bulk
run's output is ingested without extracting again, the lean store layout (compressed report JSON,
contentless BM25) keeps every read the same and migrates an older store, and a vector index made by
another embedding is rebuilt, never mixed."""

from __future__ import annotations

import json
import sqlite3

from hostile import report_text
from test_hostile import one_line_no_traceback, xxgk


def county(name: str, year: int = 2023, seed: int = 2) -> bytes:
    return report_text(seed=seed).replace("测试县", name).replace("2023", str(year)).encode()


def _inputs(d):
    """Reports of several agencies, an edited re-upload (a version: the order matters), a variant
    (GBK, CRLF), an exact duplicate and a file that is not a report."""
    d.mkdir()
    names = ["甲县", "乙县", "丙县", "丁县", "戊县"]
    for i, n in enumerate(names):
        (d / f"{i:02d}.txt").write_bytes(county(n, 2020 + i))
    v1 = county("修订县")
    (d / "10-v1.txt").write_bytes(v1)
    (d / "11-v2.txt").write_bytes(v1.decode().replace("1234条", "1243条").encode())
    (d / "12-variant.txt").write_bytes(county("甲县", 2020).decode().replace("\n", "\r\n").encode("gbk"))
    (d / "13-dup.txt").write_bytes(county("乙县", 2021))
    (d / "14-bad.txt").write_bytes(b"\x00\x01 not a report")
    return d


def _snapshot(data) -> dict:
    """Everything a reader sees of a data directory (timestamps aside)."""
    from rag.index import Index
    from rag.store import Store, body_text

    store = Store(data)
    db = store.db
    out = {
        "reports": db.execute(
            "SELECT id, agency, year, superseded_by, indexed, content_key FROM reports ORDER BY id"
        ).fetchall(),
        "bodies": {r[0]: body_text(r[1]) for r in db.execute("SELECT id, body FROM reports")},
        "variants": db.execute("SELECT id, report_id FROM variants ORDER BY id").fetchall(),
        "cells": db.execute("SELECT * FROM cells ORDER BY report_id, key").fetchall(),
        "chunks": db.execute("SELECT id, text, cells FROM chunks ORDER BY id").fetchall(),
        "bm25": store.bm25("主动公开政府信息"),
        "vectors": sorted(Index(store).col.get(include=[])["ids"]),
    }
    return {k: [tuple(r) for r in v] if isinstance(v, list) else v for k, v in out.items()}


def test_parallel_ingest_stores_what_one_worker_stores(tmp_path):
    src = _inputs(tmp_path / "in")
    runs = {}
    for w in (1, 3):
        p = xxgk("ingest", str(src), "--workers", str(w), "--data-dir", str(tmp_path / f"d{w}"), timeout=300)
        err = one_line_no_traceback(p)
        assert p.returncode == 2 and "14-bad.txt" in err, err  # the bad file fails, the batch goes on
        runs[w] = (p.stdout.decode().replace(str(tmp_path / f"d{w}"), "D"), _snapshot(tmp_path / f"d{w}"))
    assert "入库 7 份" in runs[1][0] and "内容相同的副本 1 份" in runs[1][0] and "失败 1 份" in runs[1][0], runs[1][0]
    assert runs[1] == runs[3]
    snap = runs[3][1]
    assert len([r for r in snap["reports"] if r[3] is None]) == 6 and snap["vectors"]  # v1 superseded by v2
    # the stored JSON is the report's own, as the extractor dumps it
    from extractor.extract import extract_bytes

    one = extract_bytes((src / "00.txt").read_bytes(), str(src / "00.txt"))
    assert snap["bodies"][one.id] == one.model_dump_json()


def test_ingest_from_a_bulk_run_extracts_nothing_again(tmp_path):
    from api.bulk import run_bulk

    src = _inputs(tmp_path / "in")
    run_bulk(sorted(str(f) for f in src.iterdir()), tmp_path / "out", workers=1, progress=False)
    with (tmp_path / "out" / "reports.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "cut short", "text": \n')  # a line that is no report
    direct = xxgk("ingest", str(src), "--data-dir", str(tmp_path / "direct"), timeout=300)
    assert direct.returncode == 2  # the bad file
    bulk = xxgk("ingest", "--from-bulk", str(tmp_path / "out"), "--data-dir", str(tmp_path / "bulk"), timeout=300)
    err = one_line_no_traceback(bulk)
    assert bulk.returncode == 2 and "reports.jsonl 第 " in err and "不是有效的报告记录" in err, err
    a, b = _snapshot(tmp_path / "direct"), _snapshot(tmp_path / "bulk")
    assert a == b
    # the same run's records as gzip members (`bulk --gzip`), a killed writer's partial member at the end
    from api import recfile

    (tmp_path / "gz").mkdir()
    lines = (tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "gz" / "reports.jsonl.gz").write_bytes(
        b"".join(recfile.member(x) for x in lines[:-1]) + recfile.member(lines[-2])[:50]
    )
    gz = xxgk("ingest", "--from-bulk", str(tmp_path / "gz"), "--data-dir", str(tmp_path / "gzdata"), timeout=300)
    err = one_line_no_traceback(gz)
    assert gz.returncode == 2 and "reports.jsonl.gz 第 " in err and "不是有效的报告记录" in err, err
    assert _snapshot(tmp_path / "gzdata") == a
    again = xxgk("ingest", "--from-bulk", str(tmp_path / "out"), "--data-dir", str(tmp_path / "bulk"), timeout=300)
    assert "入库 0 份" in again.stdout.decode()
    missing = xxgk("ingest", "--from-bulk", str(tmp_path / "nowhere"), "--data-dir", str(tmp_path / "bulk"))
    assert missing.returncode == 2 and "没有 reports.jsonl" in one_line_no_traceback(missing)


def test_bm25_index_follows_versions_and_deletes(tmp_path):
    """The contentless index keeps no tokens: a superseded or deleted report's rows must be taken
    out by repeating them exactly, or its chunks would still be found."""
    from extractor.extract import extract_bytes
    from rag.store import Store

    store = Store(tmp_path)
    v1 = extract_bytes(county("修订县"), "v1.txt")
    v2 = extract_bytes(county("修订县").decode().replace("1234条", "1243条").encode(), "v2.txt")
    other = extract_bytes(county("别县"), "o.txt")
    for r in (v1, v2, other):
        store.add(r)

    def hits(rid: str) -> int:
        return store.db.execute("SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", (f"rid{rid}",)).fetchone()[
            0
        ]

    assert hits(v1.id) == 0 and hits(v2.id) > 0 and hits(other.id) > 0
    store.delete(v2.id)  # v1 current again
    assert hits(v2.id) == 0 and hits(v1.id) > 0
    store.delete(other.id)
    assert hits(other.id) == 0
    store.db.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')")
    got = store.bm25("主动公开", k=100)
    assert got and all(cid.startswith(v1.id + ":") for cid, _ in got)


def test_an_older_store_layout_is_migrated(tmp_path):
    """A store written by the previous version (report JSON as text, an FTS table that kept its
    tokens and the chunk ids as columns, every chunk's text stored) reads the same after it is opened
    by this one."""
    from extractor.extract import extract_bytes
    from rag.store import Store, _fts_tokens, body_text

    store = Store(tmp_path)
    for n in ("甲县", "乙县"):
        store.add(extract_bytes(county(n), f"{n}.txt"))
    before = (
        store.bm25("主动公开政府信息"),
        store.bm25("主动公开", [store.summaries()[0]["id"]]),
        {r["id"]: store.report(r["id"]) for r in store.summaries()},
        store.chunks_of([r["id"] for r in store.summaries()]),
    )
    texts = [(c["text"], c["id"]) for c in before[3]]
    db = sqlite3.connect(tmp_path / "xxgk.sqlite")
    db.executemany("UPDATE chunks SET text=? WHERE id=?", texts)  # it kept every chunk's text
    assert db.execute("SELECT COUNT(*) FROM chunks WHERE text IS NULL").fetchone()[0] == 0
    db.execute("DROP TABLE chunks_fts")
    db.execute("CREATE VIRTUAL TABLE chunks_fts USING fts5(tokens, chunk_id UNINDEXED, report_id UNINDEXED)")
    db.executemany(
        "INSERT INTO chunks_fts(tokens, chunk_id, report_id) VALUES (?,?,?)",
        [(_fts_tokens(rid, text), cid, rid) for cid, rid, text in db.execute("SELECT id, report_id, text FROM chunks")],
    )
    db.executemany(
        "UPDATE reports SET body=? WHERE id=?",
        [(body_text(b), rid) for rid, b in db.execute("SELECT id, body FROM reports").fetchall()],
    )
    db.execute("DELETE FROM store_meta")
    db.commit()
    db.close()
    del store
    again = Store(tmp_path)
    assert "content=''" in again.db.execute("SELECT sql FROM sqlite_master WHERE name='chunks_fts'").fetchone()[0]
    after = (
        again.bm25("主动公开政府信息"),
        again.bm25("主动公开", [again.summaries()[0]["id"]]),
        {r["id"]: again.report(r["id"]) for r in again.summaries()},
        again.chunks_of([r["id"] for r in again.summaries()]),
    )
    assert after == before and before[0]
    assert any(c["kind"] == "narrative" and len(c["text"]) > 20 for c in before[3])
    # the overview reads fields of the stored JSON in SQL, text or compressed alike
    assert {r[0] for r in again.db.execute("SELECT json_extract(report_json(body), '$.agency') FROM reports")} == {
        r.agency for r in before[2].values()
    }


def test_an_index_of_another_embedding_is_rebuilt(tmp_path):
    """Vectors made by an older version (which recorded no embedding, and stored the texts) or by
    another embedding are dropped and made anew: a question never compares vectors of two."""
    from rag.chunks import vector_version
    from rag.embed import HashEmbedding
    from rag.index import COLLECTION, EMBEDDING_KEY, Index

    (tmp_path / "in").mkdir()
    for n in ("甲县", "乙县"):
        (tmp_path / "in" / f"{n}.txt").write_bytes(county(n))
    data = tmp_path / "d"
    assert xxgk("ingest", str(tmp_path / "in"), "--data-dir", str(data), timeout=300).returncode == 0
    import chromadb

    client = chromadb.PersistentClient(path=str(data / "chroma"))
    old = client.get_collection(COLLECTION)
    ids = old.get(include=[])["ids"]
    client.delete_collection(COLLECTION)
    legacy = client.create_collection(
        COLLECTION,
        embedding_function=HashEmbedding(dim=64),  # pyright: ignore[reportArgumentType]
        metadata={"hnsw:space": "cosine"},
    )  # the old way: texts, no version
    legacy.upsert(ids=ids, documents=["旧文字"] * len(ids), metadatas=[{"report_id": i.split(":")[0]} for i in ids])
    del legacy, old, client
    p = xxgk("ingest", str(tmp_path / "in"), "--data-dir", str(data), timeout=300)
    err = one_line_no_traceback(p)
    assert p.returncode == 0 and "向量索引由另一种嵌入生成" in err and "向量索引更新 2 份" in p.stdout.decode(), err
    from rag.store import Store

    index = Index(Store(data))
    assert index.notice is None and index.col.metadata[EMBEDDING_KEY] == vector_version(HashEmbedding().version)
    got = index.col.get(include=["embeddings", "documents"])
    assert sorted(got["ids"]) == sorted(ids) and len(got["embeddings"][0]) == HashEmbedding().dim
    assert not any(got["documents"] or [])  # the texts live in the store only
    assert json.loads(xxgk("ask", "甲县主动公开政府信息多少条？", "--json", "--data-dir", str(data)).stdout)["answer"]


def test_reconcile_compares_the_index_page_by_page(tmp_path):
    """Vectors lost (indexed in the store, absent from chroma) come back; vectors of no current
    report go — with the comparison made a page at a time."""
    import rag.index as ri
    from rag.chunks import Chunk
    from rag.store import Store
    from test_store16 import _long_reports

    store = Store(tmp_path)
    reports = _long_reports()  # several passage vectors a report
    for r in reports:
        store.add(r)
    index = ri.Index(store)
    index.sync()
    full = sorted(index.col.get(include=[])["ids"])
    lost = [i for i in full if i.startswith(reports[1].id + ":")]
    assert len(lost) > 2
    index.col.delete(ids=lost[:2])
    index.add([Chunk("ghost:0", "ghost", 1, "narrative", 0, 4, "幽灵报告的文字")])
    ri.RECONCILE_PAGE = 2  # smaller than the index: the paging is exercised
    try:
        assert index.reconcile() == 1
    finally:
        ri.RECONCILE_PAGE = 5000
    assert sorted(index.col.get(include=[])["ids"]) == full


def test_a_narrative_chunk_is_stored_by_position_not_copied(tmp_path):
    """The store keeps one copy of a report's text: a narrative chunk is its [start, end), read
    back the same as it was cut; a chunk's derived parts made for another report are not taken."""
    from extractor.extract import extract_bytes
    from rag.chunks import build_chunks
    from rag.store import Store, derive

    store = Store(tmp_path)
    a, b = extract_bytes(county("甲县"), "a.txt"), extract_bytes(county("乙县"), "b.txt")
    a_json = a.model_dump_json()
    store.add_many([(a, a_json, derive(a, a_json)), (b, b.model_dump_json(), derive(a, a_json))])  # b handed a's
    for r in (a, b):
        want = build_chunks(r)
        got = store.chunks([c.id for c in want])
        assert [got[c.id]["text"] for c in want] == [c.text for c in want]
        assert {c.kind for c in want} == {"narrative", "table"}
    stored = store.db.execute("SELECT kind, COUNT(text), COUNT(*) FROM chunks GROUP BY kind").fetchall()
    assert {k: (n, m) for k, n, m in stored}["narrative"][0] == 0  # no narrative text stored twice
    assert store.bm25("主动公开", [b.id]) and all(cid.startswith(b.id) for cid, _ in store.bm25("主动公开", [b.id]))


def test_vectors_made_by_a_worker_are_the_index_own(tmp_path):
    """A worker's vectors wait beside the store until the index takes them (then the scratch file
    goes); they are the vectors the index would make, bit for bit; kept rows that do not fit the
    report's chunks are made again."""
    import numpy as np

    from rag.chunks import build_chunks, passages, vector_version
    from rag.embed import HashEmbedding
    from rag.hashvec import HashVectors
    from rag.index import Index
    from rag.store import Store, derive
    from test_store16 import _long_reports

    store = Store(tmp_path)
    a, b = _long_reports()  # several passage vectors a report: their order is checked too
    da, db_ = derive(a, a.model_dump_json(), HashVectors()), derive(b, b.model_dump_json(), HashVectors())
    assert db_.vectors is not None
    db_.vectors = (db_.vectors[0], db_.vectors[1][: -4 * HashVectors().dim])  # one row short: not taken
    store.add_many([(a, a.model_dump_json(), da), (b, b.model_dump_json(), db_)])
    assert set(store.pending_vectors([a.id, b.id], vector_version(HashEmbedding().version))) == {a.id, b.id}
    assert store.pending_vectors([a.id], "hash-64-v1") == {}
    index = Index(store)
    assert index.sync() == 2 and not (tmp_path / "vectors-pending.sqlite").exists()
    plain = Store(tmp_path / "plain")  # the same reports, every vector made by the index
    plain.add_many([(a, None), (b, None)])
    assert not (tmp_path / "plain" / "vectors-pending.sqlite").exists()
    own = Index(plain)
    own.sync()

    def vectors(i: Index, ids: list[str]) -> dict:
        got = i.col.get(ids=ids, include=["embeddings"])
        assert got["embeddings"] is not None
        return dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))

    for r in (a, b):
        ids = [p.id for p, _ in passages(build_chunks(r))]
        got, want = vectors(index, ids), vectors(own, ids)
        assert len(ids) > 1 and all(np.array_equal(got[c], want[c]) for c in ids)


def _dies(_):
    import os

    os._exit(3)


def _fails(_):
    raise ValueError("a bug in a worker")


def test_a_failed_or_dead_pool_worker_costs_only_its_parts(monkeypatch):
    """`--from-bulk`'s pool: a worker that raises, or dies with its task (a Pool never answers
    for it), gives no parts — the writer derives them itself — instead of stopping or hanging."""
    import multiprocessing

    import api.ingest as ingest

    monkeypatch.setattr(ingest, "DERIVE_TIMEOUT", 5)
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert ingest._got(pool.apply_async(_fails, (1,))) is None
        assert ingest._got(pool.apply_async(_dies, (1,))) is None
        assert pool.apply_async(len, ("abc",)).get(timeout=30) == 3  # the pool goes on


_FIRST_LINE: list[bytes] = []


def _rows_of_the_first_line(line: bytes):
    """A pool worker gone wrong: it answers every line with the rows of the first."""
    import api.ingest as ingest

    return ingest.__dict__["_real_rows_line"](_FIRST_LINE[0])


def test_rows_a_worker_made_for_another_line_are_not_taken(tmp_path, monkeypatch):
    """`--from-bulk`'s pool makes each line's rows; the writer takes them only when their digest is
    the line's own (trust, but verify) — otherwise it reads the line itself."""
    import api.ingest as ingest
    from api.bulk import run_bulk
    from rag.store import Rows, Store, line_digest

    src = tmp_path / "in"
    src.mkdir()
    for i, n in enumerate(["甲县", "乙县", "丙县"]):
        (src / f"{i}.txt").write_bytes(county(n, 2020 + i))
    run_bulk(sorted(str(f) for f in src.iterdir()), tmp_path / "out", workers=1, progress=False)
    lines = (tmp_path / "out" / "reports.jsonl").read_bytes().splitlines(keepends=True)
    ids = [json.loads(x)["id"] for x in lines]
    _FIRST_LINE[:] = [lines[0]]
    monkeypatch.setitem(ingest.__dict__, "_real_rows_line", ingest._rows_line)
    monkeypatch.setattr(ingest, "_rows_line", _rows_of_the_first_line)
    store = Store(tmp_path / "data")
    got = list(ingest.from_bulk(tmp_path / "out", store, workers=2))
    assert [o.rows.id if o.rows is not None else o.report.id for o in got] == ids  # type: ignore[union-attr]
    assert isinstance(got[0].rows, Rows)
    assert [o.rows.digest for o in got[1:]] == [line_digest(x) for x in lines[1:]]  # type: ignore[union-attr]  # made here instead
    assert [a.status for a in store.add_many([o.item for o in got])] == ["created"] * 3


def _cell_reads(store) -> tuple:
    """What the question side reads of the cells: rows by report, set queries by key over every
    report, a few ids and a year, a table's zeros, the kept derived totals."""
    from rag.values import sync_derived

    ids = sorted(r["id"] for r in store.summaries())
    some = ids[:2]
    sync_derived(store)
    key = "t3.r1.tot"
    return (
        [tuple(r) for r in store.db.execute("SELECT * FROM cells ORDER BY report_id, key")],
        {rid: {k: tuple(v) for k, v in store.cells(rid).items()} for rid in ids},
        store.sums([key, "t3.new.tot"]),
        store.sums([key], report_ids=some),
        store.sums([key], years=[2021, 2022]),
        store.values_of(key),
        store.values_of(key, some, test=(">", 0)),
        store.values_of(key, years=[2020]),
        {r: {k: tuple(v) for k, v in c.items()} for r, c in store.cells_of(some, [key]).items()},
        store.all_zero("t4", ids),
        store.sums(["t3.r3.tot", "t4.lit.tot"], table="derived_cells"),
        [tuple(r) for r in store.db.execute("SELECT * FROM findings ORDER BY report_id, idx")],
        {r: [tuple(f) for f in fs] for r, fs in store.findings_of(ids, ["report_defect", "extraction_doubt"]).items()},
        store.finding_counts(["report_defect"], checks=["S8"], years=[2021]),
    )


def test_cells_of_an_older_store_are_moved_to_integer_keys(tmp_path):
    """The cells are kept with integer report and key numbers behind a `cells` view; a store whose
    `cells` is the earlier table (report id and key spelled out in every row) is moved over when it
    is opened, and every read is the same before and after — and after a later add and delete."""
    from extractor.extract import extract_bytes
    from extractor.schema import FINDING, Finding
    from rag.store import Store

    store = Store(tmp_path)
    reports = [extract_bytes(county(n, 2020 + i), f"{n}.txt") for i, n in enumerate(("甲县", "乙县", "丙县"))]
    odd = Finding(  # a message JSON must escape, values beyond SQLite's integers and floats: kept as written
        check="S8",
        severity="warning",
        kind="report_defect",
        where='t2,"cells":',
        message='引号"与\\反斜杠\n换行,"cells":["x"]',
        cells=["t2.fee.amount_wan"],
        values={"a": 2**70, "b": 0.1, "c": None},
        quotes=["「原文」"],
    )
    reports[1].findings.append(odd)
    for r in reports:
        store.add(r)
    before = _cell_reads(store)
    assert before[0] and before[2] and before[5] and before[10] and before[11]
    assert store.db.execute("SELECT type FROM sqlite_master WHERE name='cells'").fetchone()[0] == "view"
    db = store.db  # the earlier layout, as that version wrote it (this connection reads the views)
    db.executescript(
        """
        CREATE TABLE cells_old AS SELECT * FROM cells;
        DROP VIEW cells; DROP TABLE cell_rows; DROP TABLE cell_keys; DROP INDEX reports_rn;
        UPDATE reports SET rn = NULL;
        CREATE TABLE cells(
          report_id TEXT, key TEXT, tbl TEXT, row TEXT, col TEXT, value REAL, raw TEXT, placeholder INTEGER,
          source TEXT, start INTEGER, end INTEGER, page INTEGER, exact TEXT, PRIMARY KEY(report_id, key)) WITHOUT ROWID;
        INSERT INTO cells SELECT * FROM cells_old; DROP TABLE cells_old;
        CREATE INDEX cells_key ON cells(key, report_id, value);
        DROP TABLE IF EXISTS derived_cells; DROP TABLE IF EXISTS derived_meta;
        CREATE TABLE findings_old AS SELECT * FROM finding_records;
        DROP VIEW findings; DROP VIEW finding_records; DROP VIEW check_rules; DROP TABLE finding_rows;
        CREATE TABLE findings(
          report_id TEXT, idx INTEGER, check_id TEXT, severity TEXT, kind TEXT, "where" TEXT, message TEXT,
          body TEXT, PRIMARY KEY(report_id, idx));
        INSERT INTO findings SELECT * FROM findings_old; DROP TABLE findings_old;
        CREATE INDEX findings_scope ON findings(kind, check_id, "where", report_id);
        """
    )
    db.close()
    del store
    again = Store(tmp_path)
    assert again.db.execute("SELECT type FROM sqlite_master WHERE name='cells'").fetchone()[0] == "view"
    assert _cell_reads(again) == before
    stored = [FINDING.validate_json(f["body"]) for f in again.findings(reports[1].id)]
    assert stored == reports[1].findings and stored[-1].values["a"] == 2**70
    late = extract_bytes(county("丁县", 2022), "丁县.txt")
    again.add(late)
    assert {k: tuple(v) for k, v in again.cells(late.id).items()} == {
        k: tuple(v) for k, v in Store(tmp_path / "fresh").cells(Store(tmp_path / "fresh").add(late).report_id).items()
    }
    again.delete(late.id)
    assert _cell_reads(again) == before
    assert again.db.execute("SELECT COUNT(*) FROM cell_rows").fetchone()[0] == len(before[0])


def test_a_failed_batch_leaves_no_cell_key_behind(tmp_path):
    """Cell keys numbered inside a batch that fails are rolled back with it: the next report's
    cells are all readable (a cached number of a key that was never committed would hide them)."""
    import pytest

    from extractor.extract import extract_bytes
    from rag.store import Store, derive, rows_of

    store = Store(tmp_path)
    a = extract_bytes(county("甲县"), "甲县.txt")
    bad = rows_of(a, derive(a))
    bad.metrics = [("too", "short")]
    with pytest.raises(sqlite3.Error):
        store.add_many([bad])
    assert store.count() == 0 and store.db.execute("SELECT COUNT(*) FROM cell_keys").fetchone()[0] == 0
    store.add(a)
    assert len(store.cells(a.id)) == len(a.cells) > 100


def test_a_bm25_index_of_the_unicode61_layout_is_rebuilt_and_ranks_the_same(tmp_path):
    """BM25's FTS5 table splits our tokens with the `ascii` tokenizer (layout 2); an index of layout
    1 (`unicode61`) ranks the same chunks the same way, and is rebuilt as layout 2 when the store is
    opened — nothing to do by hand."""
    from extractor.extract import extract_bytes
    from rag.store import Store, _chunks_of_report, _fts_tokens

    store = Store(tmp_path)
    for i, n in enumerate(("甲县", "乙县", "丙县")):
        store.add(extract_bytes(county(n, 2020 + i), f"{n}.txt"))
    ids = sorted(r["id"] for r in store.summaries())
    queries = ["主动公开政府信息", "行政复议 诉讼", "依申请公开 2021年 收到", "ABC 3.5万元", "政府信息公开工作年度报告"]

    def ranks(s):
        return [s.bm25(q, k=40) for q in queries] + [s.bm25(q, ids[:1]) for q in queries]

    before = ranks(store)
    assert all(before[:3])
    db = store.db
    with db:
        db.execute("DROP TABLE chunks_fts")
        db.execute("CREATE VIRTUAL TABLE chunks_fts USING fts5(tokens, content='')")  # layout 1
        for rid in ids:
            db.executemany(
                "INSERT INTO chunks_fts(rowid, tokens) VALUES (?,?)",
                [(rowid, _fts_tokens(r, text)) for rowid, r, text in _chunks_of_report(db, rid)],
            )
        db.execute("UPDATE store_meta SET value='contentless-1:x' WHERE key='fts'")
    assert ranks(store) == before  # the two tokenizers read our tokens alike
    del store, db
    again = Store(tmp_path)
    assert "tokenize='ascii'" in again.db.execute("SELECT sql FROM sqlite_master WHERE name='chunks_fts'").fetchone()[0]
    assert ranks(again) == before


def test_records_are_zstd_frames_of_the_shipped_dictionary_and_zlib_ones_still_read(tmp_path):
    """A report's JSON is stored as a zstd frame made with the dictionary shipped in rag/data (about
    half of zlib's size); a store whose records an earlier version wrote with zlib reads the same."""
    import zlib

    import zstandard

    from extractor.extract import extract_bytes
    from rag.record import RECORD_DICT
    from rag.store import Store, body_text

    store = Store(tmp_path)
    for n in ("甲县", "乙县"):
        store.add(extract_bytes(county(n), f"{n}.txt"))
    ids = [r["id"] for r in store.summaries()]
    before = {rid: store.report(rid) for rid in ids}
    rows = store.db.execute("SELECT id, body FROM reports").fetchall()
    for _rid, body in rows:
        assert zstandard.get_frame_parameters(body).dict_id == RECORD_DICT
        assert len(body) < 0.75 * len(zlib.compress(body_text(body).encode(), 3))
    db = sqlite3.connect(tmp_path / "xxgk.sqlite")
    db.executemany(
        "UPDATE reports SET body=? WHERE id=?", [(zlib.compress(body_text(b).encode(), 3), r) for r, b in rows]
    )
    db.commit()
    db.close()
    del store
    again = Store(tmp_path)
    assert {rid: again.report(rid) for rid in ids} == before
    assert {r[0] for r in again.db.execute("SELECT json_extract(report_json(body), '$.agency') FROM reports")} == {
        r.agency for r in before.values()
    }
