"""The vector index built by its own process beside the writer (issue 16, rag/indexer.py): the
indexer follows the writer's commits and ends with every report indexed and the workers' vectors
taken; while it lags, retrieval finds the unindexed reports by BM25 and `xxgk list` says how many
wait; `xxgk index` catches up; a writer killed mid-run does not keep its indexer waiting."""

from __future__ import annotations

import subprocess
import sys

from test_hostile import ROOT, county, xxgk


def _report(name: str, year: int = 2023):
    from extractor.extract import extract_bytes

    return extract_bytes(county(name, year), f"{name}.txt")


def test_the_indexer_follows_the_writer_and_takes_the_workers_vectors(tmp_path):
    """Reports committed while the indexer follows are all indexed when the writer is done; the
    workers' vectors file survives the syncs made while the writer may still add to it, is used,
    and goes at the end."""
    from rag.hashvec import HashVectors
    from rag.index import Index
    from rag.indexer import catch_up
    from rag.store import Store, derive

    store = Store(tmp_path)
    pending = tmp_path / "vectors-pending.sqlite"
    reports = [_report(n, 2020 + i) for i, n in enumerate(["甲县", "乙县", "丙县"])]
    seen: list[bool] = []

    def writer_commits_one() -> bool:  # the writer commits a report between two of the indexer's syncs
        seen.append(pending.exists())
        if len(seen) > len(reports):
            return False
        r = reports[len(seen) - 1]
        store.add_many([(r, r.model_dump_json(), derive(r, r.model_dump_json(), HashVectors()))])
        return True

    assert catch_up(store, writer_commits_one, poll=0) == 3
    assert seen == [False, True, True, True]  # kept across the following syncs, made by the writer
    assert not pending.exists() and store.unindexed_count() == 0
    index = Index(store)
    want = store.vector_ids_of([r.id for r in reports])
    assert {w.rsplit(":", 1)[0] for w in want} == {r.id for r in reports}  # every report has its vectors
    assert sorted(index.col.get(include=[])["ids"]) == sorted(want)


def test_unindexed_reports_are_found_by_bm25_and_listed_as_waiting(tmp_path):
    """A report committed but not yet embedded: retrieval finds its chunks by BM25 (the dense side
    lacks them; nothing is made up) and the answer says its passages were searched by BM25 alone,
    `xxgk list` says one report waits, `xxgk index` catches up."""
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path)
    a, b = _report("甲县", 2021), _report("乙县", 2022)
    store.add(a)
    Index(store).sync()
    store.add(b)  # committed; no indexer has run since
    assert store.unindexed_count() == 1
    index = Index(store)
    narrative = store.chunks_of([b.id], "narrative")
    assert index.vector(narrative[0]["text"], [b.id], 5) == []
    hits = [cid for cid, _ in index.search(narrative[0]["text"], [b.id])]
    assert hits and hits[0] == narrative[0]["id"]
    from rag.ask import Asker

    said = Asker(store, index).ask("存在哪些问题？", report_id=b.id)
    # nobody indexes now (an older store opened, an indexer that died): the user is told how to catch up
    assert "培训不足" in said.answer and "1 份报告尚无向量索引（运行 xxgk index 可补建），这次只按全文检索" in (
        said.scope or ""
    )
    import fcntl

    with open(tmp_path / "index.lock", "a") as held:  # an indexer at work
        fcntl.flock(held, fcntl.LOCK_EX)
        said = Asker(store, index).ask("存在哪些问题？", report_id=b.id)
    assert "1 份报告的向量索引尚在建立，这次只按全文检索" in (said.scope or "")
    assert "向量索引" not in (Asker(store, index).ask("存在哪些问题？", report_id=a.id).scope or "")
    listed = xxgk("list", "--data-dir", str(tmp_path))
    assert listed.returncode == 0 and "向量索引：1 份报告待建" in listed.stdout.decode()
    done = xxgk("index", "--data-dir", str(tmp_path))
    assert done.returncode == 0 and "向量索引更新 1 份；待建 0 份" in done.stdout.decode()
    assert "待建" not in xxgk("list", "--data-dir", str(tmp_path)).stdout.decode()
    # this process opened the index before the indexer's process added b's vectors: chroma's graph
    # here lacks them though its SQLite lists them — the dense side says nothing, BM25 still finds b
    assert [cid for cid, _ in index.search(narrative[0]["text"], [b.id])][0] == narrative[0]["id"]
    fresh = subprocess.run(  # a process opened after the indexer's sees them
        [
            sys.executable,
            "-c",
            "import sys; from rag.index import Index; from rag.store import Store; "
            "print(Index(Store(sys.argv[1])).vector(sys.argv[2], [sys.argv[3]], 5)[0])",
            str(tmp_path),
            narrative[0]["text"],
            b.id,
        ],
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    assert fresh.stdout.decode().strip() == narrative[0]["id"]


def test_a_writer_that_died_is_not_followed(tmp_path):
    """The indexer follows an ingest while its flag is there and its process lives: a writer killed
    with -9 leaves its flag, and the indexer still stops (after catching up with what was committed)."""
    from rag.indexer import follower, writing

    with writing(tmp_path) as flag:
        import os

        assert flag.exists() and follower(tmp_path, os.getpid())()
    assert not flag.exists() and not follower(tmp_path, os.getpid())()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / f"writing-{dead.pid}").touch()
    assert not follower(tmp_path, dead.pid)()


def test_ingest_ends_with_every_report_indexed_by_its_indexer(tmp_path):
    """`xxgk ingest` (and `--index-later`, then `xxgk index`): the store and the vector index agree."""
    from rag.index import Index
    from rag.store import Store

    src = tmp_path / "in"
    src.mkdir()
    for i, n in enumerate(["甲县", "乙县", "丙县"]):
        (src / f"{i}.txt").write_bytes(county(n, 2020 + i))
    for flags in ([], ["--index-later"]):
        data = tmp_path / f"data{len(flags)}"
        p = xxgk("ingest", str(src), "--workers", "2", "--data-dir", str(data), *flags, timeout=300)
        assert p.returncode == 0, p.stderr.decode()
        assert "入库 3 份" in p.stdout.decode()
        if flags:
            assert xxgk("index", "--data-dir", str(data)).returncode == 0  # waits for the background indexer
        store = Store(data)
        assert store.unindexed_count() == 0
        ids = [r["id"] for r in store.listing()]
        want = store.vector_ids_of(ids)
        assert {w.rsplit(":", 1)[0] for w in want} == set(ids)  # every report has its vectors
        assert sorted(Index(store).col.get(include=[])["ids"]) == sorted(want)
        assert not (data / "vectors-pending.sqlite").exists()


def test_an_ingest_that_fails_leaves_no_indexer_behind(tmp_path):
    """An ingest stopped by an error after its indexer started: the indexer is waited for and
    nothing of theirs (the writer's flag, the indexer's count file) stays in the data directory."""
    (tmp_path / "empty").mkdir()
    data = tmp_path / "data"
    p = xxgk("ingest", "--from-bulk", str(tmp_path / "empty"), "--data-dir", str(data))
    assert p.returncode == 2 and "reports.jsonl" in p.stderr.decode()
    assert sorted(f.name for f in data.iterdir() if f.name.startswith(("writing-", "indexer-"))) == []


def test_a_reader_never_wipes_the_index_while_an_indexer_holds_the_lock(tmp_path):
    """Whether the collection is foreign (and must be rebuilt) is decided under `index.lock`: a
    reader (`ask`, `serve` start) that opens the index while an indexer writes waits for it
    instead of deleting the collection under it (review1, finding 5)."""
    import fcntl
    import threading

    import chromadb

    from rag.index import COLLECTION, EMBEDDING_KEY, Index
    from rag.store import Store

    data = tmp_path / "d"
    store = Store(data)
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(data / "chroma"), settings=Settings(anonymized_telemetry=False))
    foreign = client.create_collection(COLLECTION, metadata={"hnsw:space": "cosine", EMBEDDING_KEY: "another"})
    foreign.add(ids=["r1:0", "r1:1"], embeddings=[[1.0, 0.0], [0.0, 1.0]], metadatas=[{"report_id": "r1"}] * 2)  # pyright: ignore[reportArgumentType]
    held = open(data / "index.lock", "a")  # noqa: SIM115 - the indexer at work
    fcntl.flock(held, fcntl.LOCK_EX)
    opened: list[Index] = []
    reader = threading.Thread(target=lambda: opened.append(Index(store)))
    reader.start()
    reader.join(timeout=3)
    try:
        assert reader.is_alive() and not opened  # waits for the lock
        assert client.get_collection(COLLECTION).count() == 2  # nothing deleted meanwhile
    finally:
        held.close()
        reader.join(timeout=120)
    assert opened and opened[0].col.metadata[EMBEDDING_KEY] == opened[0].version and opened[0].col.count() == 0


_OPEN_MANY = """
import sys, time
from pathlib import Path
from rag.index import Index
from rag.store import Store
import chromadb  # imported before the start, so the processes open their clients together
root = Path(sys.argv[1])
while not (root / "go").exists():
    time.sleep(0.001)
failed = []
for i in range(int(sys.argv[2])):
    try:
        Index(Store(root / f"d{i}"))
    except Exception as e:
        failed.append(f"d{i}: {e}")
print(len(failed), *failed[:2])
"""


def test_processes_opening_a_new_index_at_once_all_open_it(tmp_path):
    """An ingest's background indexer and `xxgk index` (or two API workers) open a data directory's
    vector index at the same moment: chroma creates its tables on the first open, and without
    `store-open.lock` (`Store.opening`) one of them failed with 「table collections already exists」 (CI, test above;
    here about 8 of 60 opens failed). Four processes open fifteen new directories in step."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_MANY, str(tmp_path), "15"], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    import time

    time.sleep(4)  # the imports
    (tmp_path / "go").touch()
    said = [p.communicate(timeout=300)[0].strip() for p in procs]
    assert all(s.startswith("0") for s in said), said
