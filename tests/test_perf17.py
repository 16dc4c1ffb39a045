"""Issue 16, perf17: `ingest --from-bulk` made cheaper without changing what the store keeps.

- A line `xxgk bulk` sealed (rag/record.py, "sealed records": a keyed MAC of the line's bytes and of
  this version's record format, the key this user's) is stored as its own canonical JSON, not dumped
  again; every other line — edited, of another version, another key, forged or copied seals, no key —
  is dumped again as before. Either way the store's rows are the same.
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
    out: list = [(r[0], body_text(r[1])) for r in db.execute("SELECT id, body FROM reports ORDER BY rn")]
    for sql in (
        "SELECT * FROM cells ORDER BY report_id, key",
        "SELECT * FROM metrics ORDER BY report_id, idx",
        "SELECT * FROM finding_records ORDER BY report_id, idx",
        "SELECT rowid, * FROM chunks ORDER BY rowid",
    ):
        out.append([tuple(r) for r in db.execute(sql)])
    out.append(store.bm25("主动公开政府信息 申请 行政复议"))
    return out


def test_bulk_seals_its_lines_and_a_sealed_line_is_stored_as_it_is(tmp_path, state):
    from api import ingest
    from extractor.schema import Report
    from rag.record import SEALS, Seals, body_text

    out = _bulk(tmp_path)
    key = state / "xxgk" / "record.key"
    assert key.stat().st_mode & 0o777 == 0o600 and len(key.read_bytes()) == 32
    lines = (out / "reports.jsonl").read_bytes().splitlines(keepends=True)
    assert len((out / SEALS).read_text().split()) == len(lines) == len(NAMES)
    seals = Seals.beside(out / "reports.jsonl")
    for line in lines:  # each sealed line IS this version's dump of the report it validates as
        assert seals.canonical(line) == line.rstrip(b"\n")
        assert Report.model_validate_json(line).model_dump_json().encode() == line.rstrip(b"\n")
    # the rows made of a sealed line (its bytes packed) are those made by dumping it again
    try:
        for line in lines:
            ingest._SEALS = None
            dumped = ingest._rows_line(line)
            ingest._SEALS = seals
            taken = ingest._rows_line(line)
            assert dumped is not None and taken is not None
            assert dumped.__dict__ == taken.__dict__
            assert body_text(taken.report[12]) == line.rstrip(b"\n").decode()
    finally:
        ingest._SEALS = None
    # and the store ends the same whether the lines were sealed or not
    _ingest(out, tmp_path / "sealed")
    (out / SEALS).unlink()
    _ingest(out, tmp_path / "unsealed")
    assert _stored(tmp_path / "sealed") == _stored(tmp_path / "unsealed")


def test_a_line_not_sealed_by_this_key_and_version_is_dumped_again(tmp_path, state, monkeypatch):
    """An edited line (spaces; a key given twice, which readers resolve differently; a number
    respelt), seals made with another key (a forger's, another user's) or of another version, a
    damaged key or none: the line is validated and dumped again — what the store keeps is the
    canonical JSON of the report the line validates as, never the line's bytes."""
    import hashlib

    from api import ingest
    from extractor.schema import Report
    from rag import record
    from rag.record import SEALS, Seals, body_text, seal

    out = _bulk(tmp_path)
    path = out / "reports.jsonl"
    lines = path.read_bytes().splitlines(keepends=True)
    good = Seals.beside(path)
    edited = [
        lines[0].replace(b'{"id":', b'{ "id" :', 1),
        lines[1].rstrip(b"\n")[:-1] + ',"agency":"伪造县人民政府"}\n'.encode(),  # a key twice: pydantic reads the last
        lines[2].replace(b'"year":2020', b'"year":2020.0', 1),
    ]
    assert all(e != ln for e, ln in zip(edited, lines))
    for e in edited:  # they validate, but their seal is the original line's: not taken
        Report.model_validate_json(e)
        assert good.canonical(e) is None
    # forged: seals of the edited lines made with a key not this user's (and with no key at all)
    forger = os.urandom(32)
    forged = [seal(e.rstrip(b"\n"), forger) for e in edited]
    forged += [hashlib.blake2b(e.rstrip(b"\n"), digest_size=16).hexdigest() for e in edited]
    path.write_bytes(b"".join(edited + lines[3:]))
    with open(out / SEALS, "a") as fh:
        fh.write("\n".join(forged) + "\n")
    seals = Seals.beside(path)
    assert [seals.canonical(e) for e in edited] == [None, None, None]
    assert all(seals.canonical(ln) is not None for ln in lines[3:])
    _ingest(out, tmp_path / "data")
    stored = dict(_stored(tmp_path / "data")[: len(NAMES)])
    for e in edited:
        report = Report.model_validate_json(e)
        assert stored[report.id] == report.model_dump_json() != e.rstrip(b"\n").decode()
    assert stored[Report.model_validate_json(edited[1]).id].count('"agency":') == 1
    # another user's key (the same seals file read by someone else): nothing sealed
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "other"))
    assert record.record_key() is None and Seals.beside(path).canonical(lines[3]) is None
    assert record.record_key(create=True) is not None and Seals.beside(path).canonical(lines[3]) is None
    # a damaged key file: nothing is sealed or trusted with it
    (tmp_path / "other" / "xxgk" / "record.key").write_bytes(b"short")
    assert record.record_key() is None and Seals.beside(path).canonical(lines[3]) is None
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    assert Seals.beside(path).canonical(lines[3]) is not None
    # another version's record format: its seals are not this version's
    record.record_format.cache_clear()
    monkeypatch.setattr(record, "record_format", lambda: b"another version")
    assert Seals.beside(path).canonical(lines[3]) is None
    monkeypatch.undo()
    record.record_format.cache_clear()
    # the pool's rows of an unsealed line are the dumped ones
    try:
        ingest._SEALS = Seals.beside(path)
        rows = ingest._rows_line(edited[0])
        assert (
            rows is not None and body_text(rows.report[12]) == Report.model_validate_json(edited[0]).model_dump_json()
        )
    finally:
        ingest._SEALS = None


def test_bulk_goes_on_unsealed_when_the_key_cannot_be_made(tmp_path, monkeypatch):
    from rag.record import SEALS

    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the state directory would be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocked))
    out = _bulk(tmp_path)
    assert (out / "reports.jsonl").exists() and not (out / SEALS).exists()
    got = _ingest(out, tmp_path / "data")
    assert len(got) == len(NAMES) and all(o.rows is not None for o in got)


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
