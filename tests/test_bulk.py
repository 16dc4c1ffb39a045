"""`xxgk bulk` end to end: a real multi-process run, outputs checked against gold, a run killed
with SIGKILL mid-way and resumed, and the cross-report checks."""

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from api.bulk import run_bulk
from conftest import gold_items
from extractor.cross_checks import Record, cross_check
from reportgen import consistent_values, render

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus_copies import make_copies  # noqa: E402


def bulk_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "api.cli", "bulk", *args]


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory, corpus):
    """One bulk run of the corpus's reports (two workers), read by the two tests of its outputs (neither writes)."""
    out = tmp_path_factory.mktemp("corpus_bulk")
    res = run_bulk([str(p) for p in sorted((corpus / "reports").iterdir())], out, workers=2, progress=False)
    return res, out


def test_corpus_dataset_matches_gold(corpus_run):
    res, tmp_path = corpus_run
    assert res.extracted == 11 and res.failed == 0
    table = pq.read_table(tmp_path / "cells.parquet").to_pylist()
    by_source: dict[str, dict[str, float | None]] = {}
    for row in table:
        by_source.setdefault(Path(row["source"]).name, {})[row["key"]] = row["value"]
    for gold in gold_items():
        got = by_source.get(Path(gold["file"]).name, {})
        for t in ("t2", "t3", "t4"):
            for k, v in gold[t].items():
                assert got.get(f"{t}.{k}") == (None if v is None else pytest.approx(v)), (gold["id"], k)
    summary = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "核查 3 对相邻年度" in summary  # pingtan 2019→2020→2021→2022
    from extractor.checkspec import BY_ID

    # the most common problems name their check, not only its code (「| H5 |」 said nothing; userprobe5)
    assert f"| H5 | {BY_ID['H5'].label} |" in summary, summary
    for name in ("cells.csv", "metrics.csv", "findings.csv", "reports.jsonl", "errors.jsonl"):
        assert (tmp_path / name).exists()
    findings = list(csv.DictReader((tmp_path / "findings.csv").open(encoding="utf-8-sig")))
    assert {(f["check"], f["where"]) for f in findings if f["severity"] == "error"} >= {
        ("H5", "t4.rv"),
        ("H3", "t3.np"),
    }


def test_cells_parquet_is_partitioned_by_year(corpus_run):
    """A Hive-partitioned dataset: a directory a report year and in it one a province, read back as
    one table by any Parquet reader that knows the layout; a query for one year reads its directory."""
    import pyarrow.dataset as ds

    tmp_path = corpus_run[1]
    parts = sorted(p.name for p in (tmp_path / "cells.parquet").iterdir())
    assert parts == [f"year={y}" for y in (2019, 2020, 2021, 2022, 2023, 2024)]
    assert sorted(p.name for p in (tmp_path / "cells.parquet" / "year=2023").iterdir()) == sorted(
        ["province=河北省", "province=江苏省"]
    )  # 河北省教育厅, 洪泽区
    data = ds.dataset(tmp_path / "cells.parquet", format="parquet", partitioning="hive")
    assert data.to_table().num_rows == sum(len(g["t2"]) + len(g["t3"]) + len(g["t4"]) for g in gold_items())
    y2020 = data.to_table(filter=ds.field("year") == 2020)
    assert y2020.num_rows == sum(len(g["t2"]) + len(g["t3"]) + len(g["t4"]) for g in gold_items() if g["year"] == 2020)
    assert set(y2020.column("report_id").to_pylist()) == {
        r["id"]
        for r in map(json.loads, (tmp_path / "reports.jsonl").read_text(encoding="utf-8").splitlines())
        if r["year"] == 2020
    }
    hebei = data.to_table(filter=ds.field("province") == "河北省")
    assert set(hebei.column("agency").to_pylist()) == {"河北省教育厅"}


def test_second_run_skips_everything(tmp_path, corpus):
    files = [str(p) for p in sorted((corpus / "reports").iterdir())]
    first = run_bulk(files + files, tmp_path, workers=1, progress=False)
    assert first.extracted == 11 and first.duplicates == 11  # same content twice is one report
    before = (tmp_path / "reports.jsonl").read_bytes()
    res = run_bulk(files, tmp_path, workers=2, progress=False)
    assert res.extracted == 0 and res.done_before == 11
    assert (tmp_path / "reports.jsonl").read_bytes() == before


def test_bad_files_go_to_errors_and_the_batch_goes_on(tmp_path, corpus):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "scan.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "in" / "ok.txt").write_bytes((corpus / "reports" / "ankang-2022.txt").read_bytes())
    p = subprocess.run(
        bulk_cmd(str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--quiet"),
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    assert p.returncode == 2 and b"Traceback" not in p.stderr
    errors = [json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {Path(e["source"]).name for e in errors} == {"empty.txt", "scan.pdf"}
    assert len((tmp_path / "out" / "reports.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def _sorted_lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [lines[0]] + sorted(lines[1:])


def test_kill_nine_and_resume_equals_uninterrupted(tmp_path, corpus):
    files = make_copies(corpus, tmp_path / "in", 200)  # the kill lands after ~200 kB of records: early in the run
    clean = subprocess.run(
        bulk_cmd(str(tmp_path / "in"), "-o", str(tmp_path / "clean"), "--workers", "2", "--quiet"),
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    assert clean.returncode == 0, clean.stderr.decode()

    out = tmp_path / "killed"
    proc = subprocess.Popen(
        bulk_cmd(str(tmp_path / "in"), "-o", str(out), "--workers", "2", "--quiet"),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    jsonl = out / "reports.jsonl"
    deadline = time.time() + 120
    while time.time() < deadline:
        if jsonl.exists() and jsonl.stat().st_size > 200_000:
            break
        time.sleep(0.005)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = jsonl.read_bytes().count(b"\n")
    assert 0 < at_kill < len(files), "the kill must land mid-run"

    resumed = subprocess.run(
        bulk_cmd(str(tmp_path / "in"), "-o", str(out), "--workers", "2", "--quiet"),
        cwd=ROOT,
        capture_output=True,
        timeout=600,
    )
    assert resumed.returncode == 0, resumed.stderr.decode()
    ids = [json.loads(x)["id"] for x in jsonl.read_text(encoding="utf-8").splitlines()]
    clean_ids = [
        json.loads(x)["id"] for x in (tmp_path / "clean" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert len(ids) == len(set(ids)) == len(clean_ids) and set(ids) == set(clean_ids)
    for name in ("cells.csv", "metrics.csv", "findings.csv"):
        assert _sorted_lines(out / name) == _sorted_lines(tmp_path / "clean" / name), name


def test_partial_last_line_is_cut_before_resuming(tmp_path, corpus):
    files = [str(corpus / "reports" / "ankang-2022.txt"), str(corpus / "reports" / "hongze-2023.pdf")]
    run_bulk(files[:1], tmp_path, progress=False)
    with (tmp_path / "reports.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"id": "half-writ')  # what SIGKILL during a write leaves
    res = run_bulk(files, tmp_path, progress=False)
    lines = (tmp_path / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    assert res.extracted == 1 and len(lines) == 2 and all(json.loads(x)["id"] for x in lines)


def test_gzip_records_resume_and_read_like_plain_ones(tmp_path, corpus):
    """`--gzip`: the records as gzip members, one a record — the same lines as a plain run's once
    decompressed (gzip reads the file whole), a killed run's partial member cut before resuming,
    the format kept by a resumed run that does not ask for it, the tables unchanged."""
    import gzip

    from api import recfile

    files = [str(p) for p in sorted((corpus / "reports").glob("*.txt"))[:3]]
    run_bulk(files, tmp_path / "plain", progress=False)
    gz = tmp_path / "gz"
    run_bulk(files[:2], gz, progress=False, gz=True)
    first = (gz / "reports.jsonl.gz").read_bytes()
    with (gz / "reports.jsonl.gz").open("ab") as fh:
        fh.write(recfile.member('{"id": "half-written", "text": "' + "很长" * 500 + '"}')[:60])  # SIGKILL mid-write
    res = run_bulk(files, gz, progress=False)
    assert res.extracted == 1 and not (gz / "reports.jsonl").exists()
    packed = (gz / "reports.jsonl.gz").read_bytes()
    assert packed.startswith(first) and gzip.decompress(packed) == (tmp_path / "plain" / "reports.jsonl").read_bytes()
    assert len(packed) * 3 < (tmp_path / "plain" / "reports.jsonl").stat().st_size
    for name in ("cells.csv", "metrics.csv", "findings.csv"):
        assert (gz / name).read_bytes() == (tmp_path / "plain" / name).read_bytes(), name
    assert run_bulk(files, gz, progress=False).extracted == 0  # all recorded: nothing again


def _record(rid: str, agency: str, year: int, values: dict, narrative: str = "") -> Record:
    return Record(rid, agency, year, "GF2021", values, narrative)


def test_cross_checks_carry_stock_outlier_copy():
    v22 = consistent_values(1)
    v23 = consistent_values(2)
    v23["t3.carry_in.np"] = (v22["t3.carry_out.np"] or 0) + 3
    v23["t2.norm.valid"] = v22["t2.norm.valid"] + v23["t2.norm.made"] - v23["t2.norm.repealed"] + 4
    v23["t3.new.tot"] = max(60, 6 * max(v22["t3.new.tot"], 1))
    text = "本年度政务公开工作坚持以人民为中心，围绕中心服务大局，不断完善制度机制，持续提升公开质效。" * 5
    findings, ran = cross_check(
        [
            _record("a", "淮安市洪泽区人民政府", 2022, v22, text),
            _record("b", "洪泽区人民政府", 2023, v23, text.replace("持续", "继续", 1)),
        ]
    )
    checks = {f.finding.check for f in findings}
    assert {"S1", "S5", "YOY", "COPY"} <= checks
    assert all(f.report_id == "b" and f.other_id == "a" for f in findings)
    s1 = next(f for f in findings if f.finding.check == "S1")
    assert "自然人" in s1.finding.message and ran["S1"] == 1


def test_consistent_series_has_no_cross_findings():
    v22 = consistent_values(1)
    v23 = consistent_values(2)
    for c in ("np", "biz", "sci", "npo", "law", "oth", "tot"):
        v23[f"t3.carry_in.{c}"] = v22[f"t3.carry_out.{c}"]
    for row in ("reg", "norm"):
        v23[f"t2.{row}.valid"] = v22[f"t2.{row}.valid"] + v23[f"t2.{row}.made"] - v23[f"t2.{row}.repealed"]
    v23["t3.new.tot"] = v22["t3.new.tot"]
    findings, ran = cross_check(
        [
            _record("a", "某县人民政府", 2022, v22, render(v22, "pipe")),
            _record("b", "某县人民政府", 2023, v23, "完全不同的一段正文，讲的是另外的工作安排。"),
        ]
    )
    assert findings == [] and ran["S1"] == 1 and ran["S5"] == 2


def test_a_second_run_on_the_same_directory_is_refused_while_one_writes(tmp_path, corpus):
    import fcntl

    from extractor.schema import ExtractError

    with (tmp_path / ".lock").open("w") as held:  # what a running bulk holds
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(ExtractError, match="另一个批量任务"):
            run_bulk([str(corpus / "reports" / "ankang-2022.txt")], tmp_path, progress=False)
    assert run_bulk([str(corpus / "reports" / "ankang-2022.txt")], tmp_path, progress=False).extracted == 1


def test_writing_parquet_starts_no_arrow_thread_pool(tmp_path, corpus):
    """Arrow's CPU thread pool, once started in the parent, can still be tearing down when the
    interpreter exits, and the run then dies with SIGABRT after its work is done (it did, about one
    run in ten). The parent parses its CSV rows into Parquet on its own thread: at most the one
    read-ahead thread of Arrow's IO pool appears (the CPU pool would add one per core, and more).
    Counted in a fresh interpreter: in this one, other tests have started Arrow's pools already."""
    script = f"""
import os, sys
from pathlib import Path
sys.path.insert(0, {str(ROOT)!r})
from api.bulk import TableWriter, derive
from extractor.extract import extract_bytes
report = extract_bytes(Path({str(corpus / "reports" / "ankang-2022.txt")!r}).read_bytes())
writer = TableWriter(Path({str(tmp_path)!r}))
before = len(os.listdir("/proc/self/task"))
writer.add(derive(report.model_dump(mode="json")))
writer.close()
print(before, len(os.listdir("/proc/self/task")), len(report.cells))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    before, after, cells = map(int, out.stdout.split())
    assert after <= before + 1, (before, after)
    assert pq.read_table(tmp_path / "cells.parquet").num_rows == cells
