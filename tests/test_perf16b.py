"""perf16 (issue 16, ingest at 200 reports/s): a table row's chunk made once a distinct row
(`rag.chunks._table_row`), and `sync_derived` in slices of reports."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ["shanghai-office-2019.html", "pingtan-2019.txt", "hebei-edu-2023.txt", "hebei-edu-2018.txt"]


def test_a_table_rows_chunk_is_the_same_from_the_cache(monkeypatch):
    """Every table chunk (sentence, keys, tokens) equals what the specs render for the values, cold and warm,
    with values of every type that compares equal (1, 1.0, True; 0.0, -0.0), blanks and absent cells — and a
    full cache emptied."""
    import rag.chunks as rc
    from extractor.extract import extract_bytes
    from rag.tokens import bigrams

    reports = [extract_bytes((ROOT / "eval/corpus/reports" / f).read_bytes(), f) for f in CORPUS]
    rnd = random.Random(16)
    monkeypatch.setattr(rc, "_ROW_CACHE_LIMIT", 50)
    seen = 0
    for _ in range(12):
        for r in reports:
            copy = r.model_copy(deep=True)
            cells = [c for c in copy.cells if c.key.startswith(("t2", "t3", "t4"))]
            for c in rnd.sample(cells, min(len(cells), 25)):
                c.value = rnd.choice([1, 1.0, True, 0, 0.0, -0.0, None, 2.5, 10**20, 7])
            copy.cells = [c for c in copy.cells if rnd.random() > 0.05]  # some cells absent
            want = {ref: (s, k) for ref, s, k in rc.table_rows(copy.values(), copy.template.value)}
            for _round in range(2):  # cold, then warm
                got = [c for c in rc.build_chunks(copy, grams=True) if c.kind == "table"]
                assert [(c.text, c.cells) for c in got] == list(want.values())
                for c in got:
                    assert c.grams == bigrams(c.text)
                    assert isinstance(c.cells, list) and isinstance(c.grams, list)
                seen += len(got)
            plain = [c for c in rc.build_chunks(copy) if c.kind == "table"]
            assert [(c.text, c.cells, c.grams) for c in plain] == [(s, k, None) for s, k in want.values()]
    assert seen and len(rc._ROW_CACHE) <= 50


def test_derived_totals_synced_in_slices_are_those_of_one_sync(tmp_path, monkeypatch):
    """`sync_derived` in slices of 2 reports (each its own transaction) leaves the rows and the watermark one
    sync over all of them leaves — in two syncs, after a deletion."""
    import rag.values as rv
    from extractor.extract import extract_bytes
    from rag.store import Store
    from test_ingest_scale import county

    reports = [extract_bytes((ROOT / "eval/corpus/reports" / f).read_bytes(), f) for f in CORPUS]
    reports += [extract_bytes(county(n, 2018 + i), f"{n}.txt") for i, n in enumerate(["甲县", "乙县", "丙县"])]

    def state(store: Store) -> tuple:
        db = store.db
        return (
            sorted(tuple(r) for r in db.execute("SELECT report_id, key, value, n, printed FROM derived_cells")),
            [tuple(r) for r in db.execute("SELECT rowid, * FROM derived_meta")],
        )

    stores = {}
    for name, size in (("one", 10**6), ("sliced", 2)):
        monkeypatch.setattr(rv, "SYNC_SLICE", size)
        store = Store(tmp_path / name)
        got = []
        for part in (reports[:3], reports[3:]):
            for r in part:
                store.add(r)
            rv.sync_derived(store)
            got.append(state(store))
        store.delete(reports[1].id)
        store.add(reports[1])
        rv.sync_derived(store)
        got.append(state(store))
        stores[name] = got
    assert stores["one"] == stores["sliced"] and stores["one"][-1][0]
