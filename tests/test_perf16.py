"""Issue 16, perf16: the ingest's cuts change no byte the store keeps or ranks by. A table row's BM25
tokens are made from its parts (`rag.chunks._grams`: the prefix's and column labels' bigrams once,
each number its own token) and must equal `bigrams` of the rendered sentence for any value a cell
can hold; a narrative chunk's are read from the report's text folded once."""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ["shanghai-office-2019.html", "pingtan-2019.txt", "hebei-edu-2023.txt", "hebei-edu-2018.txt"]


def _values(spec_rows, rng: random.Random) -> dict:
    odd = [None, 0, -3, 12, 7.5, 1234.5, 0.000001, 10**25, 2.5e20, -0.5, 1e-9, 3.0, 10**400]
    out = {}
    for key in spec_rows:
        if rng.random() < 0.1:
            continue  # a cell the report lacks
        out[key] = rng.choice(odd) if rng.random() < 0.5 else rng.randint(0, 5000)
    return out


def test_table_row_tokens_from_parts_equal_the_sentence_bigrams():
    from extractor import tablespec as ts
    from rag.chunks import _grams, _row_parts
    from rag.tokens import bigrams

    rng = random.Random(16)
    specs = [ts.t2_spec("GF2019"), ts.t2_spec("GF2021"), ts.T3_GF2019, ts.T3_GF2021, ts.T4]
    rows = 0
    for _ in range(40):
        for spec in specs:
            values = _values([f"{spec.id}.{r.key}.{c}" for r in spec.rows for c in r.cols], rng)
            for row in spec.rows:
                got = _row_parts(spec, row, values)
                if got is None:
                    continue
                prefix, cells, _ = got
                sentence = prefix + "，".join(a + b + c for a, b, c in cells)
                assert _grams(prefix, cells) == bigrams(sentence), sentence
                rows += 1
    assert rows > 2000


def test_build_chunks_grams_are_the_bigrams_of_their_text():
    from extractor.extract import extract_bytes
    from rag.chunks import build_chunks
    from rag.store import derive
    from rag.tokens import bigrams

    reports = [extract_bytes((ROOT / "eval/corpus/reports" / f).read_bytes(), f) for f in CORPUS]
    for r in reports:
        chunks = build_chunks(r, grams=True)
        assert any(c.kind == "table" for c in chunks) or r.template.value == "LEGACY"
        for c in chunks:  # a narrative chunk's from the report's text folded once, a table row's from its parts
            assert c.grams == bigrams(c.text), c.text
        assert [c.text for c in chunks] == [c.text for c in build_chunks(r)]
        d = derive(r)
        assert d.tokens == [f"rid{r.id} " + " ".join(bigrams(c.text)) for c in d.chunks]
        assert all(c.grams is None for c in d.chunks)  # not carried across a pipe


def test_fold_maps_one_character_to_one():
    """What reading a chunk's tokens from the report's folded text relies on."""
    from extractor.normalize import _FOLD, fold

    assert all(len(k) == 1 and len(v) == 1 for k, v in _FOLD.items())
    text = "".join(_FOLD) + " 中文，（１２）\u3000abc "
    assert all(fold(text)[i:j] == fold(text[i:j]) for i in range(0, len(text), 7) for j in range(i, len(text), 5))


def test_from_bulk_makes_the_first_line_here_and_imports_no_reader(tmp_path):
    """`ingest --from-bulk --workers 2`: the pool's lazy tables are built by making the first line's
    rows in the writer before the fork (taken: its digest is the line's), and the readers
    (`extractor.load`, `extractor.extract`: ~0.3 s of the writer's CPU a run) are not imported."""
    import subprocess
    import sys

    from api.bulk import run_bulk
    from test_ingest_scale import county

    src = tmp_path / "in"
    src.mkdir()
    for i, n in enumerate(["甲县", "乙县", "丙县"]):
        (src / f"{i}.txt").write_bytes(county(n, 2019 + i))
    run_bulk(sorted(str(f) for f in src.iterdir()), tmp_path / "out", workers=1, progress=False)
    code = (
        "import sys; import api.ingest as ingest; from rag.store import Store\n"
        f"got = list(ingest.from_bulk({str(tmp_path / 'out')!r}, Store({str(tmp_path / 'data')!r}), workers=2))\n"
        "print([o.rows is not None for o in got], 'extractor.load' in sys.modules, 'extractor.extract' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[0] == "[True, True, True] False False"


def _derived_by_the_view(db) -> set[tuple]:
    """The derived totals as `sync_derived` computed them before perf16: through the `cells` view."""
    from extractor import tablespec as ts

    out = set()
    for group in ts.T3_GROUPS:
        split = sorted({r for spec in (ts.T3_GF2021, ts.T3_GF2019) for r in ts.group_members(spec, group)} - {group})
        members = ",".join(f"'{r}'" for r in split)
        own = (
            f" OR (c.row='{group}' AND NOT EXISTS (SELECT 1 FROM cells x WHERE x.report_id=c.report_id "
            f"AND x.tbl='t3' AND x.row IN ({members})))"
            if group in {r.key for r in ts.T3_GF2019.rows}
            else ""
        )
        out |= set(
            db.execute(
                f"SELECT c.report_id, 't3.{group}.' || c.col, SUM(c.value), COUNT(c.value), COUNT(*) FROM cells c "
                f"WHERE c.tbl='t3' AND (c.row IN ({members}){own}) GROUP BY c.report_id, c.col"
            ).fetchall()
        )
    out |= set(
        db.execute(
            f"SELECT c.report_id, 't4.{ts.T4_LAWSUITS}.' || c.col, SUM(c.value), COUNT(c.value), COUNT(*) FROM cells c "
            "WHERE c.tbl='t4' AND c.row IN ('ld','lr') GROUP BY c.report_id, c.col HAVING COUNT(*) = 2"
        ).fetchall()
    )
    return {tuple(r) for r in out}


def test_derived_totals_are_those_the_cells_view_gives(tmp_path):
    """`sync_derived` reaches the cells summed by their keys and groups by report number: the same
    rows as the `cells` view summed — both templates, in two syncs, after a deletion."""
    from extractor.extract import extract_bytes
    from rag.store import Store
    from rag.values import sync_derived
    from test_ingest_scale import county

    reports = [extract_bytes((ROOT / "eval/corpus/reports" / f).read_bytes(), f) for f in CORPUS]
    reports += [extract_bytes(county(n, 2018 + i), f"{n}.txt") for i, n in enumerate(["甲县", "乙县", "丙县"])]
    assert {r.template.value for r in reports} >= {"GF2019", "GF2021"}
    store = Store(tmp_path)
    db = store.db
    for part in (reports[:3], reports[3:]):
        for r in part:
            store.add(r)
        sync_derived(store)
        got = {tuple(r) for r in db.execute("SELECT report_id, key, value, n, printed FROM derived_cells")}
        assert got == _derived_by_the_view(db) and got
    store.delete(reports[0].id)
    store.add(reports[0])
    sync_derived(store)
    got = {tuple(r) for r in db.execute("SELECT report_id, key, value, n, printed FROM derived_cells")}
    assert got == _derived_by_the_view(db)
