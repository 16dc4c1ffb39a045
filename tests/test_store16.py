"""The store keeps one copy of what a report says (issue 16, disk): a finding's message and evidence are
read from the report's record, not written again beside it; stores of the layout before read the same."""

from __future__ import annotations

from hostile import report_text


def _reports():
    from extractor.extract import extract_bytes
    from extractor.schema import Finding

    out = []
    for i, name in enumerate(("甲县", "乙县", "丙县")):
        text = report_text(seed=2 + i).replace("测试县", name).replace("2023", str(2020 + i))
        out.append(extract_bytes(text.encode(), f"{name}.txt"))
    out[1].findings.append(  # JSON that must be escaped, numbers beyond SQLite's integers: kept as written
        Finding(
            check="S8",
            severity="warning",
            kind="report_defect",
            where='t2,"cells":',
            message='引号"与\\反斜杠\n换行,"cells":["x"]',
            cells=["t2.fee.amount_wan"],
            values={"a": 2**70, "b": 0.1, "c": None},
            quotes=["「原文」"],
        )
    )
    for r in (out[0], out[2]):
        r.findings.append(
            Finding(
                check="D3",
                severity="warning",
                kind="extraction_doubt",
                where="t3.r1",
                message="「（一）予以公开」一行数字粘连",
            )
        )
    return out


def _reads(store, ids):
    """What the store's readers see of the findings: the view's rows, a report's, several reports' by
    kind, counts by check and the listing's counts by kind."""
    return (
        [tuple(r) for r in store.db.execute("SELECT * FROM finding_records ORDER BY report_id, idx")],
        {rid: [tuple(f) for f in store.findings(rid)] for rid in ids},
        {r: [tuple(f) for f in fs] for r, fs in store.findings_of(ids, ["report_defect", "extraction_doubt"]).items()},
        store.finding_counts(["report_defect"], checks=["S8"]),
        [(r["id"], r["findings"]) for r in store.listing()],
    )


def test_a_finding_is_stored_once_in_the_report_record(tmp_path):
    """A finding row holds its check, severity, kind and place (what set queries filter on) — and the
    message of a report defect, the text a reader outside the store reads; the evidence and the other
    findings' messages are the record's, read back byte for byte as `FINDING.dump_json` writes them."""
    from extractor.schema import FINDING
    from rag.store import Store

    store = Store(tmp_path)
    reports = _reports()
    for r in reports:
        store.add(r)
    assert all(r.findings for r in reports)
    rows = store.db.execute("SELECT kind, message, extra FROM finding_rows ORDER BY report_id, idx").fetchall()
    want = sorted((r.id, i, f) for r in reports for i, f in enumerate(r.findings))
    assert [tuple(x) for x in rows] == [
        (f.kind, f.message, "") if f.kind == "report_defect" else (f.kind, None, None) for _, _, f in want
    ]
    for r in reports:
        rows = store.findings(r.id)
        assert [f["body"] for f in rows] == [FINDING.dump_json(f).decode() for f in r.findings]
        assert [f["message"] for f in rows] == [f.message for f in r.findings]
        assert [FINDING.validate_json(f["body"]) for f in rows] == r.findings
    assert store.finding_counts(["report_defect"], checks=["S8"]) == {reports[1].id: ["S8"]}


# the view of the layout before store16, as that version created it
_VIEW_BEFORE = """CREATE VIEW findings AS
  SELECT report_id, idx, check_id, severity, kind, "where", message,
         rtrim(json_object('check', check_id, 'severity', severity, 'kind', kind, 'where', "where", 'message', message),
               '}') || ',' || COALESCE(extra, 'TAIL') || '}' AS body
  FROM finding_rows"""


def test_findings_of_a_store_before_store16_read_the_same(tmp_path):
    """A store written before store16 (each row with its message and the JSON after it, the view
    reading those) opens with the new view: its rows read as they are, a report added later is
    stored the new way, and every read is the same as a store written the new way."""
    from extractor.schema import FINDING
    from rag.store import FINDING_TAIL, Store, _finding_tail

    reports = _reports()
    fresh = Store(tmp_path / "fresh")
    for r in reports:
        fresh.add(r)
    store = Store(tmp_path / "old")
    for r in reports[:2]:
        store.add(r)
    db = store.db
    with db:  # rewrite the rows and the view as that version wrote them
        for r in reports[:2]:
            for i, f in enumerate(r.findings):
                tail = _finding_tail(FINDING.dump_json(f).decode())
                db.execute(
                    "UPDATE finding_rows SET message=?, extra=? WHERE report_id=? AND idx=?",
                    (f.message, None if tail == FINDING_TAIL else tail, r.id, i),
                )
        db.execute("DROP VIEW findings")
        db.execute(_VIEW_BEFORE.replace("TAIL", FINDING_TAIL.replace("'", "''")))
    assert db.execute("SELECT COUNT(*) FROM finding_rows WHERE message IS NULL").fetchone()[0] == 0
    db.close()
    del store
    again = Store(tmp_path / "old")
    again.add(reports[2])
    ids = sorted(r.id for r in reports)
    assert _reads(again, ids) == _reads(fresh, ids)
    assert again.db.execute("SELECT COUNT(*) FROM finding_rows WHERE message IS NULL").fetchone()[0] == len(
        [f for f in reports[2].findings if f.kind != "report_defect"]
    )


def test_derived_totals_are_kept_without_a_second_copy_of_their_key(tmp_path):
    """The per-report totals of derived rows (rag.values) are a WITHOUT ROWID table — its key is the
    table, not a rowid table plus an index repeating the key — and a store with the earlier table
    has it made again, with the same totals."""
    from rag.store import Store
    from rag.values import sync_derived

    store = Store(tmp_path)
    for r in _reports():
        store.add(r)
    sync_derived(store)
    keys = ["t3.r3.tot", "t4.lit.tot"]
    sums = store.sums(keys, table="derived_cells")
    assert sums

    def layout() -> str:
        return store.db.execute("SELECT sql FROM sqlite_master WHERE name='derived_cells'").fetchone()[0]

    assert "WITHOUT ROWID" in layout()
    with store.db as db:  # the earlier format: a rowid table
        db.execute("DROP TABLE derived_cells")
        db.execute(
            "CREATE TABLE derived_cells(report_id TEXT, key TEXT, value REAL, n INTEGER, printed INTEGER,"
            " PRIMARY KEY(report_id, key))"
        )
        db.execute("CREATE INDEX IF NOT EXISTS derived_cells_key ON derived_cells(key, report_id, value)")
        db.execute("UPDATE derived_meta SET format=2")
    sync_derived(store)
    assert "WITHOUT ROWID" in layout()
    assert store.sums(keys, table="derived_cells") == sums


def _long_reports():
    """Reports with more narrative than the generated ones: a section of several chunks."""
    from extractor.extract import extract_bytes

    out = []
    for i, name in enumerate(("甲县", "乙县")):
        text = report_text(seed=2 + i).replace("测试县", name)
        extra = "".join(
            f"本机关第{j}项工作围绕{name}政务公开平台建设，规范发布政策文件{10 + j}件。" for j in range(100)
        )
        text = text.replace("一、总体情况\n", "一、总体情况\n" + extra + "\n", 1)
        out.append(extract_bytes(text.encode(), f"{name}.txt"))
    return out


def test_the_vector_index_holds_one_vector_a_passage_of_chunks(tmp_path):
    """A vector stands for PASSAGE narrative chunks (issue 16: a third of chroma's bytes and HNSW
    inserts); BM25 and the chunks stay fine: a search within a report and over the corpus returns
    chunks, ranked by their own vectors (those a worker would make, made at question time)."""
    import numpy as np

    from rag.chunks import PASSAGE, build_chunks, passage_id
    from rag.hashvec import HashVectors
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path)
    reports = _long_reports()
    for r in reports:
        store.add(r)
    index = Index(store)
    index.sync()
    narrative = {r.id: [c for c in build_chunks(r) if c.kind == "narrative"] for r in reports}
    heads = sorted({passage_id(c.id) for cs in narrative.values() for c in cs})
    assert all(len(cs) > 2 * PASSAGE for cs in narrative.values())
    assert sorted(index.col.get(include=[])["ids"]) == heads  # not one a chunk
    assert index.col.count() < sum(len(cs) for cs in narrative.values()) / 2
    q = "规范发布政策文件"
    hv = HashVectors()
    for r in reports:  # within a report: every chunk ranked by its own vector
        cs = narrative[r.id]
        m = hv.embed_many([c.text for c in cs])
        v = hv.embed_many([q])[0]
        want = [cs[i].id for i in np.argsort(-(m @ v))[:5]]
        assert index.vector(q, [r.id], 5) == want
    found = index.vector(q, None, 5)  # over the corpus: chunks, not passages
    assert len(found) == 5 and any(passage_id(c) != c for c in found)


def test_an_index_of_one_vector_a_chunk_is_rebuilt_as_passages(tmp_path):
    """An index made before store16 (one vector a narrative chunk, its version without the passage
    layout) is emptied and made again as passages when opened, with the notice — its files removed,
    not left beside the new ones; the store is not touched and a search finds what a fresh index finds."""
    from rag.embed import HashEmbedding
    from rag.index import COLLECTION, EMBEDDING_KEY, Index
    from rag.store import Store

    reports = _long_reports()
    store = Store(tmp_path / "old")
    for r in reports:
        store.add(r)
    index = Index(store)
    index.sync()
    client = index.client
    client.delete_collection(COLLECTION)
    ef = HashEmbedding()
    old = client.create_collection(
        COLLECTION,
        embedding_function=ef,  # pyright: ignore[reportArgumentType]
        metadata={"hnsw:space": "cosine", EMBEDDING_KEY: ef.version},
    )
    chunks = store.chunks_of([r.id for r in reports], "narrative")
    old.upsert(
        ids=[c["id"] for c in chunks],
        embeddings=ef.embed_many([c["text"] for c in chunks]),
        metadatas=[{"report_id": c["report_id"]} for c in chunks],
    )
    del index, old, client
    again = Index(Store(tmp_path / "old"))
    assert again.notice is not None and "向量索引由另一种嵌入生成" in again.notice
    assert again.sync() == len(reports)
    segments = [d for d in (tmp_path / "old" / "chroma").iterdir() if d.is_dir()]
    assert len(segments) == 1  # the old vectors' files are gone with their collection
    fresh_store = Store(tmp_path / "fresh")
    for r in reports:
        fresh_store.add(r)
    fresh = Index(fresh_store)
    fresh.sync()
    assert sorted(again.col.get(include=[])["ids"]) == sorted(fresh.col.get(include=[])["ids"])
    q = "规范发布政策文件"
    assert again.vector(q, None, 8) == fresh.vector(q, None, 8)
    assert again.search(q, [reports[0].id]) == fresh.search(q, [reports[0].id])


def test_a_report_s_chunks_are_one_range_of_their_ids(tmp_path):
    """No index of chunks by report id is kept (a chunk's id is its report's id, 「:」 and its number):
    a report's chunks are read, searched within and deleted by a range of the primary key, and a
    store made before (with that index) reads the same."""
    from rag.store import Store

    reports = _reports()
    new, old = Store(tmp_path / "new"), Store(tmp_path / "old")
    old.db.execute("CREATE INDEX chunks_report ON chunks(report_id)")  # as stores before store16 have it
    for s in (new, old):
        for r in reports:
            s.add(r)
    names = {r[0] for r in new.db.execute("SELECT name FROM sqlite_master WHERE tbl_name='chunks'")}
    assert "chunks_report" not in names
    ids = [r.id for r in reports]

    def reads(s: Store) -> tuple:
        return (
            [(c["id"], c["text"]) for c in s.chunks_of(ids[:2])],
            s.chunk_ids_of(ids, "table"),
            s.vector_ids_of(ids[1:]),
            s.bm25("政府信息公开申请", ids[:1]),
            s.bm25("政府信息公开申请", ids),
        )

    assert reads(new) == reads(old)
    assert all(c.startswith(ids[0] + ":") for c, _ in reads(new)[3])
    assert new.chunks_of(ids[:1]) and not new.chunks_of(["0" + ids[0][1:]])
    new.delete(ids[0])
    old.delete(ids[0])
    assert reads(new) == reads(old) and not new.chunks_of(ids[:1])
    assert new.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0] == len(new.chunks_of(ids[1:]))
