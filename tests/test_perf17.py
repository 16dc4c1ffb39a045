"""Issue 16, perf17: `ingest --from-bulk` made cheaper without changing what the store keeps.

- A bulk load large beside the store builds the cells' key index once at its end
  (`Store.key_index_deferred`); a store opened meanwhile leaves it to the living writer, one opened
  after the writer died builds it; every read gives the same rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_ingest_scale import county

NAMES = ["甲县", "乙县", "丙县", "丁县", "戊县"]


@pytest.fixture
def state(tmp_path, monkeypatch):
    """This user's state directory (the sealing key's home), in the test's own directory."""
    home = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    return home


def _bulk(tmp_path: Path, out: str = "out") -> Path:
    from api.bulk import run_bulk

    src = tmp_path / f"in-{out}"
    src.mkdir()
    for i, n in enumerate(NAMES):
        (src / f"{i}.txt").write_bytes(county(n, 2018 + i))
    run_bulk(sorted(str(f) for f in src.iterdir()), tmp_path / out, workers=1, progress=False)
    return tmp_path / out


def _ingest(out: Path, data: Path, workers: int = 2) -> list:
    from api import ingest
    from rag.store import Store

    store = Store(data)
    got = list(ingest.from_bulk(out, store, workers=workers))
    store.add_many([o.item for o in got if o.error is None])
    return got


def _stored(data: Path) -> list:
    """Every row a reader sees: the records decompressed, the cells, metrics, findings, chunks, BM25."""
    from rag.record import body_text
    from rag.store import Store

    store = Store(data)
    db = store.db
    out = [(r[0], body_text(r[1])) for r in db.execute("SELECT id, body FROM reports ORDER BY rn")]
    for sql in (
        "SELECT * FROM cells ORDER BY report_id, key",
        "SELECT * FROM metrics ORDER BY report_id, idx",
        "SELECT * FROM finding_records ORDER BY report_id, idx",
        "SELECT rowid, * FROM chunks ORDER BY rowid",
    ):
        out.append([tuple(r) for r in db.execute(sql)])
    out.append(store.bm25("主动公开政府信息 申请 行政复议"))
    return out


def _has_key_index(data: Path) -> bool:
    from rag.store import Store

    return Store(data).db.execute("SELECT 1 FROM sqlite_master WHERE name='cell_rows_key'").fetchone() is not None


def test_a_bulk_load_builds_the_key_index_at_its_end(tmp_path, state, monkeypatch):
    """Deferred while the load writes (a store opened meanwhile leaves it to the writer), built when
    it ends; the store's reads are those of a load that kept the index."""
    from api import ingest
    from rag.store import Store
    from rag.values import sync_derived

    out = _bulk(tmp_path)
    store = Store(tmp_path / "deferred")
    monkeypatch.setattr(ingest, "LINE_BYTES", 1000)  # these short lines: a load large beside the empty store
    it = ingest.from_bulk(out, store, workers=2)
    first = next(it)
    assert not _has_key_index(tmp_path / "deferred")  # another connection's open does not build it
    owner = store.db.execute("SELECT value FROM store_meta WHERE key='cells_key_deferred'").fetchone()[0]
    assert owner == str(os.getpid())
    got = [first, *it]
    assert _has_key_index(tmp_path / "deferred")
    assert store.db.execute("SELECT 1 FROM store_meta WHERE key='cells_key_deferred'").fetchone() is None
    store.add_many([o.item for o in got])  # (as the CLI writes them, while the generator runs)
    sync_derived(store)

    monkeypatch.setattr(ingest, "LINE_BYTES", 10**9)  # the file "holds" no line: the index kept
    kept = Store(tmp_path / "kept")
    it = ingest.from_bulk(out, kept, workers=1)
    got = [next(it)]
    assert _has_key_index(tmp_path / "kept")
    kept.add_many([o.item for o in [*got, *it]])
    sync_derived(kept)
    assert _stored(tmp_path / "deferred") == _stored(tmp_path / "kept")
    for s in (store, kept):
        assert s.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    keys = ["t3.new.tot", "t3.closed.tot"]
    assert store.sums(keys) == kept.sums(keys) and store.values_of("t3.new.tot") == kept.values_of("t3.new.tot")
    assert store.sums(keys, table="derived_cells") == kept.sums(keys, table="derived_cells")

    # the same records again into the store that holds them: a load small beside it keeps the index
    monkeypatch.setattr(ingest, "LINE_BYTES", 1000)
    monkeypatch.setattr(ingest, "DEFER_SHARE", 0.01)
    it = ingest.from_bulk(out, store, workers=1)
    assert next(it).skipped and _has_key_index(tmp_path / "deferred")
    assert all(o.skipped for o in it)


def test_a_key_index_left_by_a_killed_writer_is_built_at_the_next_open(tmp_path):
    from rag.store import Store

    store = Store(tmp_path / "data")
    with store.key_index_deferred() as deferred:
        assert deferred and not _has_key_index(tmp_path / "data")
        with store.key_index_deferred() as again:  # a second load meanwhile: the first one builds it
            assert again is False
        assert not _has_key_index(tmp_path / "data")
    assert _has_key_index(tmp_path / "data")
    # as a writer killed with -9 leaves the store: the index dropped, the meta naming a process gone
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with store.db as db:
        db.execute("DROP INDEX cell_rows_key")
        db.execute("INSERT INTO store_meta VALUES ('cells_key_deferred', ?)", (dead.stdout.strip(),))
    assert _has_key_index(tmp_path / "data")  # the next open builds it
    assert store.db.execute("SELECT 1 FROM store_meta WHERE key='cells_key_deferred'").fetchone() is None
