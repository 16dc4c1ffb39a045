"""Check (not a test): two data directories made from the same input hold the same store.

    .venv/bin/python bench/same_store.py DATA_A DATA_B

Every table's rows (`ingested_at`/`added_at` aside; FTS5's shadow tables and the derived tables included;
with the rowid where the table has one), BM25 ids and scores for six queries over the store and over its
first 10 reports, and the vector index's ids and float32 embeddings. Exit 0 when all are equal. FTS5's
segment tables (`chunks_fts_data`, `chunks_fts_idx`) follow where the writer's transactions fell: a run
slow enough for `INGEST_FLUSH_SECONDS` to cut a batch differs there alone (docs/scale.md, perfingest3)."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = [
    "政府信息公开申请",
    "行政复议",
    "依申请公开 办理",
    "主动公开 规范性文件",
    "存在的主要问题及改进情况",
    "收费 减免",
]


def tables(path: str) -> dict[str, tuple[int, str]]:
    db = sqlite3.connect(f"file:{path}/xxgk.sqlite?mode=ro", uri=True)
    out = {}
    for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():
        if sql and sql.upper().startswith("CREATE VIRTUAL"):
            continue
        cols = [r[1] for r in db.execute(f'PRAGMA table_info("{name}")') if r[1] not in ("ingested_at", "added_at")]
        rowid = "" if (sql or "").upper().rstrip().endswith("WITHOUT ROWID") else "rowid, "
        sel = ", ".join(f'"{c}"' for c in cols)
        h, n = hashlib.sha256(), 0
        for r in db.execute(f'SELECT {rowid}{sel} FROM "{name}" ORDER BY {rowid}{sel}'):
            h.update(repr(r).encode())
            n += 1
        out[name] = (n, h.hexdigest()[:16])
    return out


def vectors(path: str) -> tuple[int, str]:
    import chromadb
    import numpy as np
    from chromadb.config import Settings

    from rag.index import COLLECTION

    client = chromadb.PersistentClient(path=f"{path}/chroma", settings=Settings(anonymized_telemetry=False))
    got = client.get_collection(COLLECTION).get(include=["embeddings"], limit=10**8)
    h, n = hashlib.sha256(), 0
    embeddings = got["embeddings"]
    for i, e in sorted(zip(got["ids"], embeddings if embeddings is not None else []), key=lambda t: t[0]):
        h.update(i.encode())
        h.update(np.asarray(e, dtype="<f4").tobytes())
        n += 1
    return n, h.hexdigest()[:16]


def main() -> int:
    from rag.store import Store

    a, b = sys.argv[1], sys.argv[2]
    ok = True
    ta, tb = tables(a), tables(b)
    for k in sorted(set(ta) | set(tb)):
        same = ta.get(k) == tb.get(k)
        ok &= same
        print(f"{'=' if same else 'DIFF'} {k}: {ta.get(k)} {tb.get(k)}")
    sa, sb = Store(a), Store(b)
    ids = [r[0] for r in sa.db.execute("SELECT id FROM reports ORDER BY rowid LIMIT 10")]
    for q in QUERIES:
        for scope in (None, ids):
            x, y = sa.bm25(q, scope, 50), sb.bm25(q, scope, 50)
            ok &= x == y
            print(f"{'=' if x == y else 'DIFF'} bm25 {q} ({'10 reports' if scope else 'all'}): {len(x)} hits")
    va, vb = vectors(a), vectors(b)
    ok &= va == vb
    print(f"{'=' if va == vb else 'DIFF'} vectors {va} {vb}")
    print("SAME" if ok else "DIFFERENT")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
