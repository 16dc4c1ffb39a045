"""Hybrid retrieval: chromadb vectors (embedded PersistentClient) and the store's BM25, fused by
reciprocal rank. Local chroma has no BM25 or hybrid search, so the fusion is ours. Scoping by
report (agency/year resolve to reports) is a filter on both sides.

The collection holds vectors and each chunk's report id, nothing else: the chunk's text lives in
the store (chroma would keep a second copy and a full-text index of its own). Vectors are made
here in batches (`embed_many`) and handed to chroma. The collection records which embedding made
them (`EMBEDDING_KEY`); opened with another (a changed embedding, XXGK_EMBED_MODEL set or unset,
or a collection of an older version that recorded none), it is emptied and rebuilt from the store —
vectors of two embeddings are never mixed."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from .chunks import Chunk, chunk_number, passage_members, passages, vector_version
from .embed import configured_embedding
from .store import Store

RRF_K = 60
PASSAGES_SEARCHED = 3  # passages a corpus-wide vector search takes per chunk it returns (`Index.vector`): 6 chunks each
FILTER_IDS = 1000  # reports a vector query filters by id; beyond, candidates are filtered after
EXACT_REPORTS = 12  # up to this many reports, their chunks' vectors are compared directly (exact, no HNSW)
COLLECTION = "xxgk_chunks"
EMBEDDING_KEY = "xxgk_embedding"
BATCH_REPORTS = 500
RECONCILE_PAGE = 5000  # chunk ids compared at a time when the index and the store disagree  # reports a vector batch (chunks read, embedded and upserted together)


class Index:
    def __init__(self, store: Store):
        import chromadb
        from chromadb.config import Settings

        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        self.store = store
        with store.opening():  # (chroma makes its tables on a new directory's first open)
            self.client = chromadb.PersistentClient(
                path=str(store.dir / "chroma"), settings=Settings(anonymized_telemetry=False)
            )
        self.ef = configured_embedding()
        # one vector a passage of narrative chunks (rag.chunks.PASSAGE): the layout is in the version
        self.version = vector_version(getattr(self.ef, "version", type(self.ef).__name__))
        self.notice: str | None = None  # said to the user when the index had to be rebuilt
        self._depth = 0  # `_locked` nesting
        col = self._open()
        if col is None or not self._current(col):
            # Decided again under `index.lock`: a reader must not take an indexer's collection, caught
            # mid-write, for a foreign one and wipe it; with the lock held nobody else is writing.
            with self._locked():
                col = self._open()
                if col is None or not self._current(col):
                    col = self._rebuild(None if col is None else (col.metadata or {}).get(EMBEDDING_KEY), col)
        self.col = col

    def _open(self):
        """The collection, or None when chroma refuses it (made with another embedding function)."""
        try:
            return self._collection()
        except Exception:
            return None

    def _current(self, col) -> bool:
        return (col.metadata or {}).get(EMBEDDING_KEY) == self.version

    def _collection(self):
        return self.client.get_or_create_collection(
            COLLECTION, embedding_function=self.ef, metadata={"hnsw:space": "cosine", EMBEDDING_KEY: self.version}
        )

    def _rebuild(self, held: str | None, col):
        """The collection's vectors were made by another embedding (or by a version that did not say
        which): drop them all and mark every report for indexing; the next `sync` embeds them anew."""
        try:
            had = self.client.get_collection(COLLECTION).count() if col is None else col.count()
        except Exception:
            had = 0
        with contextlib.suppress(Exception):  # there was none
            self.client.delete_collection(COLLECTION)
        _drop_orphan_segments(self.store.dir / "chroma")
        self.store.mark_all_unindexed()
        if had:
            self.notice = (
                f"向量索引由另一种嵌入生成（{held or '旧版本，未记录'}，当前为 {self.version}），"
                f"已清空，正按当前嵌入重建（{self.store.count()} 份报告）"
            )
        return self._collection()

    def add(self, chunks: list[Chunk], made: dict[str, bytes] | None = None, kept: dict | None = None) -> None:
        """Vectors of the chunks, with their report ids (no text): the ones a worker made (`made`:
        report id → float32 rows of its narrative chunks, in order — taken when their number fits;
        or `kept`, chunk position → vector, already matched), the rest made here in one batch."""
        import numpy as np

        batch = 1000  # chunks an upsert: chroma queues each batch in its SQLite file, whose pages stay (free) after
        if kept is None:
            kept = _rows_of(chunks, made or {}, self.ef)
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            todo = [j for j, c in enumerate(part, i) if j not in kept]
            fresh = self._embed([chunks[j].text for j in todo]) if todo else []
            vectors = np.empty((len(part), len(fresh[0]) if len(fresh) else _dim(kept)), dtype=np.float32)
            for j, v in zip(todo, fresh):
                vectors[j - i] = v
            for j in range(i, i + len(part)):
                if j in kept:
                    vectors[j - i] = kept[j]
            self.col.upsert(
                ids=[c.id for c in part], embeddings=vectors, metadatas=[{"report_id": c.report_id} for c in part]
            )

    def _embed(self, texts: list[str]):
        many = getattr(self.ef, "embed_many", None)
        return many(texts) if many is not None else self.ef(texts)

    def sync(self, drop_pending: bool = True) -> int:
        """Bring the vector index in line with the store: drop the chunks of deleted and superseded
        reports, add those of every current report not yet indexed (after a crash too). Returns
        the number of reports added. `drop_pending=False` keeps the workers' vectors file (an
        indexer following a writer that still adds to it: rag/indexer.py). Under `index.lock`:
        one process inserts at a time."""
        with self._locked():
            return self._sync(drop_pending)

    @contextlib.contextmanager
    def _locked(self):
        """`DATA/index.lock`, held by this process while it writes the vector index (re-entrant
        within it: `reconcile` syncs). Another indexer waits for it."""
        import fcntl

        if self._depth == 0:
            self._lock_fh = open(self.store.dir / "index.lock", "a")  # noqa: SIM115 - held across the block
            fcntl.flock(self._lock_fh, fcntl.LOCK_EX)
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._lock_fh.close()  # closing releases the lock

    def _sync(self, drop_pending: bool) -> int:
        gone = self.store.to_unindex()
        for rid in gone:
            self.col.delete(where={"report_id": rid})
        self.store.unindexed_done(gone)
        done = 0
        while ids := self.store.unindexed(limit=BATCH_REPORTS):  # a batch at a time: memory stays flat
            rows = self.store.chunks_of(ids, "narrative", text=False)  # table rows: BM25 + cells
            row_of = {r["id"]: r for r in rows}
            chunks = [Chunk(r["id"], r["report_id"], r["section"], r["kind"], r["start"], r["end"], "") for r in rows]
            groups = passages(chunks)
            vectors = [p for p, _ in groups]
            kept = _rows_of(vectors, self.store.pending_vectors(ids, self.version), self.ef)
            todo = [(p, members) for j, (p, members) in enumerate(groups) if j not in kept]
            self.store.fill_texts([row_of[m.id] for _, members in todo for m in members])  # only for vectors made here
            for p, members in todo:
                p.text = "\n".join(row_of[m.id]["text"] for m in members)
            self.add(vectors, kept=kept)
            self.store.mark_indexed(ids)
            done += len(ids)
        if drop_pending:
            self.store.drop_pending_vectors()
        return done

    def reconcile(self) -> int:
        """At start-up: whatever the vector index holds that it should not (a crash between a delete
        and its sync) goes, whatever it lacks is re-indexed — the store is the truth. Cheap when
        they agree (two counts); otherwise both sides are compared a page at a time (memory stays
        flat at millions of chunks)."""
        with self._locked():
            return self._reconcile()

    def _reconcile(self) -> int:
        expected, ids = self.store.indexed_chunk_ids()
        ids.close()
        if self.col.count() != expected:
            page = RECONCILE_PAGE
            offset = 0
            while True:  # held but not wanted: the store says which of a page it wants
                got = self.col.get(include=[], limit=page, offset=offset)["ids"]
                extra = sorted(set(got) - self.store.wanted_chunks(got))
                if extra:
                    self.col.delete(ids=extra)
                offset += len(got) - len(extra)
                if len(got) < page:
                    break
            _, wanted = self.store.indexed_chunk_ids()
            while rows := wanted.fetchmany(page):  # wanted but not held: their reports are indexed again
                want = [r[0] for r in rows]
                held = set(self.col.get(ids=want, include=[])["ids"])
                missing = sorted({cid.rsplit(":", 1)[0] for cid in want if cid not in held})
                if missing:
                    self.store.mark_unindexed(missing)
        return self.sync()

    def vector(self, query: str, report_ids: list[str] | None, k: int) -> list[str]:
        """Nearest chunks within the given reports. A scope of up to FILTER_IDS reports is a `where`
        filter; a larger one (a corpus question restricted by year) filters a wider candidate list,
        so the scope is never dropped (the BM25 side filters exactly). The index holds passages:
        the chunks of the 2k nearest are ranked again by their own vectors (`_fine`)."""
        n = self.col.count()
        if n == 0 or report_ids is not None and not report_ids:
            return []
        if report_ids is not None and len(report_ids) <= EXACT_REPORTS:
            return self._exact(query, report_ids, k)
        want_passages = PASSAGES_SEARCHED * k
        if report_ids is None or len(report_ids) > FILTER_IDS:
            want = None if report_ids is None else set(report_ids)
            res = self.col.query(query_texts=[query], n_results=min(n, want_passages if want is None else k * 20))
            ids = res["ids"][0] if res["ids"] else []
            found = [i for i in ids if want is None or i.rsplit(":", 1)[0] in want][:want_passages]
        else:
            where = {"report_id": report_ids[0]} if len(report_ids) == 1 else {"report_id": {"$in": report_ids}}
            res = self.col.query(query_texts=[query], n_results=min(want_passages, n), where=where)  # pyright: ignore[reportArgumentType]
            found = res["ids"][0] if res["ids"] else []
        return self._fine(query, found, k)

    def _fine(self, query: str, passage_ids: list[str], k: int) -> list[str]:
        """The narrative chunks of these passages (nearest first), ranked by their own vectors when
        the embedding is the local hashed one (cheap to make at question time); in passage order
        and chunk order otherwise."""
        rows = self.store.chunks([m for p in passage_ids for m in passage_members(p)])
        members = [m for p in passage_ids for m in passage_members(p) if m in rows and rows[m]["kind"] == "narrative"]
        if not members or not hasattr(self.ef, "embed_many"):
            return members[:k]
        return _nearest(self.ef, query, members, [rows[m]["text"] for m in members], k)

    def _exact(self, query: str, report_ids: list[str], k: int) -> list[str]:
        """Cosine over the few reports' own chunk vectors, made here from their texts (the hashed
        embedding: the vectors a worker would have made, bit for bit): an HNSW search restricted
        to ~50 of ~500,000 vectors by a metadata filter costs far more. Reports the index does not
        hold yet are left to BM25, as the answer says (`Asker`'s scope note). With another
        embedding the passages' stored vectors are compared (`_fine`)."""
        report_ids = self.store.indexed_of(report_ids)
        if not report_ids:
            return []
        if not hasattr(self.ef, "embed_many"):
            return self._exact_passages(query, report_ids, k)
        rows = self.store.chunks_of(report_ids, "narrative")
        if not rows:
            return []
        return _nearest(self.ef, query, [r["id"] for r in rows], [r["text"] for r in rows], k)

    def _exact_passages(self, query: str, report_ids: list[str], k: int) -> list[str]:
        import numpy as np
        from chromadb.errors import ChromaError

        ids = self.store.vector_ids_of(report_ids)
        if not ids:
            return []
        try:
            got = self.col.get(ids=ids, include=["embeddings"])
        except ChromaError:
            # vectors another process (the indexer) added after this process opened the index: its
            # SQLite knows them, this process's graph does not. The BM25 side still finds them.
            return []
        if got["embeddings"] is None or not len(got["embeddings"]):
            return []
        order = _order(np.asarray(got["embeddings"], dtype=np.float32), self.ef([query])[0])
        return self._fine(query, [got["ids"][i] for i in order], k)

    def search(self, query: str, report_ids: list[str] | None = None, k: int = 8) -> list[tuple[str, float]]:
        """Chunk ids by fused rank: Σ 1/(RRF_K + rank) over the BM25 and vector lists."""
        lexical = [cid for cid, _ in self.store.bm25(query, report_ids, k=30)]
        dense = self.vector(query, report_ids, 30)
        scores: dict[str, float] = {}
        for ranked in (lexical, dense):
            for rank, cid in enumerate(ranked):
                scores[cid] = scores.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
        return sorted(scores.items(), key=lambda kv: -kv[1])[:k]


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _drop_orphan_segments(path: Path) -> None:
    """The HNSW files of a deleted collection: chroma (1.5) leaves a dropped collection's vector
    segment directory behind — an index rebuilt for another embedding or layout kept its old
    vectors on disk (22 MB for 1,000 reports). A directory named as a segment that chroma's own
    catalogue no longer lists is removed; nothing is removed when the catalogue cannot be read."""
    import shutil
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(path / "chroma.sqlite3", timeout=30)) as db:
            live = {r[0] for r in db.execute("SELECT id FROM segments")}
    except sqlite3.Error:
        return
    for d in path.iterdir():
        if d.is_dir() and _UUID.fullmatch(d.name) and d.name not in live:
            shutil.rmtree(d, ignore_errors=True)


def _order(m, query_vector):
    """Rows of `m` by cosine to the query vector, nearest first."""
    import numpy as np

    q = np.asarray(query_vector, dtype=np.float32)
    norms = np.linalg.norm(m, axis=1) * (np.linalg.norm(q) or 1.0)
    scores = (m @ q) / np.where(norms == 0, 1.0, norms)
    return np.argsort(-scores)


def _nearest(ef, query: str, ids: list[str], texts: list[str], k: int) -> list[str]:
    """The k of these chunks nearest to the query, their vectors made now (`embed_many`)."""
    import numpy as np

    m = np.asarray(ef.embed_many(texts), dtype=np.float32)
    return [ids[i] for i in _order(m, ef([query])[0])[:k]]


def _rows_of(chunks: list[Chunk], made: dict[str, bytes], ef) -> dict:
    """Chunk position → the vector a worker made for it. A report's rows are its narrative chunks
    in chunk order; taken only when their number is the number of its chunks here."""
    import numpy as np

    dim = getattr(ef, "dim", None)
    if not made or dim is None:
        return {}
    by_report: dict[str, list[int]] = {}
    for j, c in enumerate(chunks):
        by_report.setdefault(c.report_id, []).append(j)
    out: dict[int, object] = {}
    for rid, blob in made.items():
        pos = sorted(by_report.get(rid, []), key=lambda j: chunk_number(chunks[j].id))
        m = np.frombuffer(blob, dtype="<f4")
        if not pos or m.size != len(pos) * dim:
            continue
        for j, v in zip(pos, m.reshape(len(pos), dim)):
            out[j] = v
    return out


def _dim(kept: dict) -> int:
    return len(next(iter(kept.values())))
