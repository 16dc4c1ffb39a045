"""`xxgk bulk`: thousands of reports into a verified dataset, in parallel, resumable.

The parent process is the only writer: workers extract a report and return its JSON line with its
table rows; the parent appends the line to reports.jsonl (or errors.jsonl), flushes, and appends the
rows to the tables being written. A run killed at any moment leaves at most one partial last line,
which the next run cuts off before it skips every report already recorded (by content hash). The
tables (cells.parquet/csv, metrics.csv, findings.csv, summary.md) are written as .tmp files — first
the rows of what earlier runs recorded, re-derived from reports.jsonl, then this run's — and replace
the old ones atomically at the end, after the cross-report checks."""

from __future__ import annotations

import contextlib
import csv
import fcntl
import gc
import heapq
import io
import json
import os
import pickle
import re
import shutil
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from extractor.checkspec import BY_ID
from extractor.cross_checks import CROSS_CHECK_IDS, Record, cross_check
from extractor.export import BOM, CSV_FIELDS, csv_header, csv_rows, safe_cell, safe_row
from extractor.load import read_source
from extractor.schema import NARRATIVE_SECTIONS, ExtractError, report_id
from extractor.several import extract_path_reports

from . import recfile

PARQUET_TYPES = {
    "year": pa.int64(),
    "value": pa.float64(),
    "placeholder": pa.int8(),
    "start": pa.int64(),
    "end": pa.int64(),
    "page": pa.int64(),
}
METRIC_FIELDS = [
    "report_id",
    "agency",
    "year",
    "value",
    "unit",
    "qualifier",
    "label",
    "key",
    "section",
    "quote",
    "start",
    "end",
    "source",
]
FINDING_FIELDS = [
    "report_id",
    "agency",
    "year",
    "check",
    "severity",
    "kind",
    "where",
    "message",
    "cells",
    "other_report_id",
]


@dataclass
class BulkResult:
    total: int
    done_before: int
    extracted: int
    failed: int
    duplicates: int
    seconds: float
    failed_before: int = 0  # inputs an earlier run recorded in errors.jsonl (among done_before; not retried)


# The cyclic garbage collector in a worker. Extracting a text, HTML or Markdown report leaves no
# reference cycles (tests/test_gc.py holds us to that), so the collector's automatic runs would
# only re-walk the live objects of the report being built, over and over: ~5 % of a report's time.
# Workers switch the automatic runs off and collect when what survived since the last collection
# passes COLLECT_AT container objects: every few hundred text reports, after every PDF (pdfminer
# leaves ~30,000 objects in cycles).
COLLECT_AT = 20_000


def start_worker() -> None:
    """Pool initializer (the parent froze its own objects just before the fork: Python's advice for
    forked workers, so the children's collections never walk them)."""
    gc.disable()


def collect_if_grown() -> None:
    if gc.get_count()[0] > COLLECT_AT:
        gc.collect()


def _worker(args: tuple[str, str, object]) -> list[tuple[str, str, Derived | None]]:
    """One file's results: its record — or one a report of an archive of several (extractor/several.py: each named
    「archive!member」, identified by its member's bytes), and 「duplicate」 for a member repeating one of them."""
    path, rid, llm = args
    collect_if_grown()
    try:
        got = extract_path_reports(path, llm)  # type: ignore[arg-type]
        results: list[tuple[str, str, Derived | None]] = [
            ("ok", r.model_dump_json(), derive(r.model_dump(mode="json"))) for r in got.reports
        ]
        return results + [("duplicate", source, None) for source, _ in got.duplicates]
    except ExtractError as exc:
        return [
            (
                "error",
                json.dumps({"id": rid, "source": path, "error": str(exc), "code": exc.code}, ensure_ascii=False),
                None,
            )
        ]
    except Exception as exc:  # one bad file never stops the batch
        return [
            (
                "error",
                json.dumps(
                    {"id": rid, "source": path, "error": f"{type(exc).__name__}: {exc}", "code": "internal"},
                    ensure_ascii=False,
                ),
                None,
            )
        ]


def work_chunk(items: list[tuple[str, str, object]]) -> list[list[tuple[str, str, Derived | None]]]:
    """One task of either engine: a few files, their results in the same order (a file's: a list, one a report)."""
    return [_worker(item) for item in items]


def _chunks(todo: list, size: int):
    for i in range(0, len(todo), size):
        yield todo[i : i + size]


def _in_order(submit, todo: list, chunk: int, window: int):
    """Results in input order whatever order the tasks finish in: at most `window` tasks in flight,
    the writer waits on the oldest. The same order for every engine and worker count, so two runs
    over the same inputs write the same bytes, and a killed run has written a prefix of them."""
    from collections import deque

    pending: deque = deque()
    chunks = _chunks(todo, chunk)
    for c in chunks:
        pending.append(submit(c))
        if len(pending) >= window:
            break
    while pending:
        results = pending.popleft()()
        nxt = next(chunks, None)
        if nxt is not None:
            pending.append(submit(nxt))
        yield from results


def _local_results(todo: list, workers: int):
    """The process pool on this machine (fork: workers share the parent's imported modules)."""
    gc.freeze()
    try:
        with get_context("fork").Pool(max(1, workers), initializer=start_worker) as pool:
            yield from _in_order(lambda c: pool.apply_async(work_chunk, (c,)).get, todo, 4, max(64, workers * 32))
    finally:
        gc.unfreeze()


RAY_CHUNK = 16  # files a Ray task: the task overhead (~1 ms) well under the work
RAY_RETRIES = 3  # a task whose worker process dies (killed, out of memory, a crash) runs again


def _ray_task(items):
    """A Ray task: the worker process is Ray's, so its settings are made here (idempotent): the GC
    policy, and one OCR thread (the parallelism is Ray's, a task a CPU)."""
    start_worker()
    os.environ["XXGK_OCR_THREADS"] = "1"
    return work_chunk(items)


def _ray_results(todo: list, workers: int, address: str | None):
    """Ray Core tasks on a local Ray instance (`workers` CPUs) or the cluster at `address`. A task
    whose worker dies is retried by Ray (max_retries); results come back to this one writer."""
    try:
        import ray
    except ImportError:
        raise ExtractError("--engine ray 需要 Ray 组件，请安装：pip install 'xxgk[ray]'", "ray_unavailable") from None
    try:
        if address:
            ray.init(address=address, logging_level="ERROR", log_to_driver=False)  # pyright: ignore[reportArgumentType]  (ray takes a level name too)
        else:
            ray.init(num_cpus=max(1, workers), include_dashboard=False, logging_level="ERROR", log_to_driver=False)  # pyright: ignore[reportArgumentType]
    except Exception as exc:  # no cluster at that address, a port taken …
        raise ExtractError(
            f"无法启动或连接 Ray（{address or '本机'}）：{type(exc).__name__}: {exc}", "ray_failed"
        ) from exc
    try:
        task = ray.remote(num_cpus=1, max_retries=RAY_RETRIES)(_ray_task)
        cpus = int(ray.cluster_resources().get("CPU", workers))

        def submit(chunk):
            ref = task.remote(chunk)

            def result():
                try:
                    return ray.get(ref)
                except ray.exceptions.RayError as exc:  # retries used up: these files fail, the run goes on  # pyright: ignore[reportAttributeAccessIssue]
                    return [
                        [
                            (
                                "error",
                                json.dumps(
                                    {
                                        "id": rid,
                                        "source": path,
                                        "code": "worker_died",
                                        "error": f"工作进程反复退出（{type(exc).__name__}）",
                                    },
                                    ensure_ascii=False,
                                ),
                                None,
                            )
                        ]
                        for path, rid, _ in chunk
                    ]

            return result

        yield from _in_order(submit, todo, RAY_CHUNK, max(8, cpus * 4))
    finally:
        ray.shutdown()


def _records(path: Path, repair: bool = False):
    """The records of a JSON Lines file — plain or of gzip members (api/recfile.py), streamed — as
    plain dicts (no model validation); a line that is not a record with an id is skipped. With
    `repair`, what a killed run left at the end is cut off first."""
    for line in recfile.lines(path, repair):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "id" in record:
            yield record


class Progress:
    def __init__(self, total: int, enabled: bool):
        self.total, self.enabled = total, enabled
        self.n = 0
        self.t0 = time.perf_counter()
        self.last = 0.0

    def step(self, force: bool = False) -> None:
        self.n += 1
        now = time.perf_counter()
        if not self.enabled or (now - self.last < 0.5 and not force and self.n < self.total):
            return
        self.last = now
        rate = self.n / max(now - self.t0, 1e-9)
        eta = (self.total - self.n) / rate if rate else 0
        bar = "█" * int(30 * self.n / max(self.total, 1))
        print(
            f"\r{bar:<30} {self.n}/{self.total}  {rate:.0f} 份/秒  预计剩余 {eta:.0f} 秒",
            end="",
            file=sys.stderr,
            flush=True,
        )
        if self.n >= self.total:
            print(file=sys.stderr)


ENGINES = ("local", "ray")


def run_bulk(
    files: list[str],
    outdir: Path,
    workers: int = 1,
    llm=None,
    progress: bool = True,
    engine: str = "local",
    address: str | None = None,
    gz: bool = False,
) -> BulkResult:
    """`engine`: "local" (a process pool here) or "ray" (Ray tasks; a local Ray instance of
    `workers` CPUs, or the cluster at `address`). Same outputs, byte for byte. `gz`: records as
    `reports.jsonl.gz` (a gzip member a record) when the directory has no records file yet."""
    outdir.mkdir(parents=True, exist_ok=True)
    with (outdir / ".lock").open("w") as lock:
        try:  # one writer per output directory: a second run would interleave lines
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExtractError(f"另一个批量任务正在写入 {outdir}，请等它结束或换一个输出目录", "busy") from None
        return _run_locked(files, outdir, workers, llm, progress, engine, address, gz)


def _run_locked(
    files: list[str],
    outdir: Path,
    workers: int,
    llm,
    progress: bool,
    engine: str = "local",
    address: str | None = None,
    gz: bool = False,
) -> BulkResult:
    if (outdir / recfile.PLAIN).exists() and (outdir / recfile.GZIP).exists():
        raise ExtractError(
            f"{outdir} 里同时有 {recfile.PLAIN} 和 {recfile.GZIP}，无法判断续跑哪一个，请移走其中一个", "bad_output"
        )
    reports_path, errors_path = recfile.path_in(outdir, gz), outdir / "errors.jsonl"
    failed_ids = {r["id"] for r in _records(errors_path, repair=True)}
    done = set(failed_ids)
    tables = TableWriter(outdir)
    # what earlier runs recorded (a killed run's partial last record cut first): one pass gives ids and rows
    recorded: set[str] = set()
    for r in _records(reports_path, repair=True):
        recorded.add(r["id"])
        tables.add(derive(r))
    done |= recorded
    todo: list[tuple[str, str, object]] = []
    seen: set[str] = set()
    duplicates = failed = failed_before = 0
    t0 = time.perf_counter()
    with errors_path.open("a", encoding="utf-8") as errors:
        for f in files:
            try:
                rid = report_id(read_source(f))
            except ExtractError as exc:
                if f"path:{f}" in failed_ids:  # recorded by an earlier run: counted, not written again
                    failed_before += 1
                    continue
                errors.write(
                    json.dumps(
                        {"id": f"path:{f}", "source": f, "error": str(exc), "code": exc.code}, ensure_ascii=False
                    )
                    + "\n"
                )
                failed += 1
                continue
            # a copy is a duplicate in every run, also once its first file is done: the counts of a
            # run again are the first run's
            if rid in seen:
                duplicates += 1
                continue
            seen.add(rid)
            if rid in done:
                if rid in failed_ids and rid not in recorded:
                    failed_before += 1
                continue
            todo.append((f, rid, llm))
    done_before = len(files) - len(todo) - duplicates - failed
    bar = Progress(len(todo), progress)
    extracted = again = 0
    from rag.record import SEALS, record_key, seal

    packed = recfile.is_gzip(reports_path)
    key = record_key(create=True)  # each line sealed as this version's dump (rag/record.py, "sealed records")
    with (
        reports_path.open("ab") as out,
        errors_path.open("a", encoding="utf-8") as errors,
        (outdir / SEALS).open("a", encoding="ascii") if key else contextlib.nullcontext() as seals,
    ):

        def record(kind: str, line: str, derived: Derived | None) -> None:
            nonlocal extracted, failed, duplicates, again
            if kind == "duplicate":  # (a member of an archive repeating one of its reports)
                duplicates += 1
                return
            if kind == "ok" and derived is not None and derived.record.id in recorded:
                again += 1  # (an archive of several reports read again: its reports are recorded by their own ids)
                return
            if kind == "ok":  # a whole line (or gzip member) written and flushed at once
                out.write(recfile.member(line) if packed else (line + "\n").encode("utf-8"))
                out.flush()
                if seals is not None and key is not None:  # after its line: a seal is never of a line not written
                    seals.write(seal(line.encode("utf-8"), key) + "\n")
                    seals.flush()
            else:
                errors.write(line + "\n")
                errors.flush()
            if derived is not None:
                extracted += 1
                recorded.add(derived.record.id)
                tables.add(derived)
            else:
                failed += 1

        results: Iterable[list[tuple[str, str, Derived | None]]]
        if engine == "ray":
            results = _ray_results(todo, workers, address) if todo else iter(())
        elif len(todo) <= 1:
            results = map(_worker, todo)
        else:  # even one worker is a process of its own: the parent writes while it extracts
            results = _local_results(todo, workers)
        for got in results:
            for kind, line, derived in got:
                record(kind, line, derived)
            bar.step()
    tables.close()
    done_before += again
    return BulkResult(len(files), done_before, extracted, failed, duplicates, time.perf_counter() - t0, failed_before)


def _replace(path: Path, write) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


@dataclass
class Derived:
    """The table rows of one report, made where the report is (in the worker): the parent only
    appends them, so deriving does not queue up in one process. CSV text crosses the process
    boundary far cheaper than row tuples."""

    cells_csv: str  # as data: what cells.parquet is parsed from
    cells_rows: int
    metrics_csv: str
    findings_csv: str
    record: Record
    defects: list[str]  # the checks of its report defects of severity error
    cells_safe: str | None = None  # for cells.csv where a text field had to be neutralised (else cells_csv)
    province: str | None = None  # the report's province, from its division path (「江苏省」)


_CELLS_SCHEMA = pa.schema([(k, PARQUET_TYPES.get(k, pa.string())) for k in CSV_FIELDS])
_PROVINCE = re.compile(r"^.+?(?:省|自治区|特别行政区|市)")  # the first level of 「江苏省淮安市洪泽区」, 「上海市」
UNKNOWN_PROVINCE = "未知"  # a name, not Hive's null: a partition column all null has no type to read


def _csv(rows: list[tuple]) -> str:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def _safe_cells_csv(r: dict, cells: list[tuple]) -> str | None:
    """cells.csv is opened in spreadsheets, cells.parquet is data: the CSV text of a report whose
    source, agency or a printed cell would start a formula is written neutralised (extractor/export
    .safe_cell), the Parquet rows keep the text as printed. None when nothing needs it (nearly
    always: the check reads three fields, not every row)."""
    if (
        safe_cell(r["source"]) is r["source"]
        and safe_cell(r["agency"]) is r["agency"]
        and all(safe_cell(c["raw"]) is c["raw"] for c in r["cells"])
    ):
        return None
    return _csv([safe_row(row) for row in cells])


def derive(r: dict) -> Derived:
    """Rows of one record of reports.jsonl (its JSON form: no model validation needed)."""
    who = (r["id"], r["agency"], r["year"])
    metrics = [
        (
            *who,
            m["value"],
            m["unit"],
            m["qualifier"],
            m["label"],
            m["key"],
            m["section"],
            m["quote"],
            m["span"]["start"],
            m["span"]["end"],
            m["source"],
        )
        for m in r["metrics"]
    ]
    findings = [
        (*who, f["check"], f["severity"], f["kind"], f["where"], f["message"], " ".join(f["cells"]), "")
        for f in r["findings"]
    ]
    defects = [f["check"] for f in r["findings"] if f["kind"] == "report_defect" and f["severity"] == "error"]
    text = r["text"]
    narrative = " ".join(
        text[s["span"]["start"] : s["span"]["end"]] for s in r["sections"] if s["number"] in NARRATIVE_SECTIONS
    )
    record = Record(
        r["id"], r["agency"], r["year"], r["template"], {c["key"]: c["value"] for c in r["cells"]}, narrative
    )
    cells = csv_rows(r)
    m = _PROVINCE.match(r.get("region") or "")
    province = m.group() if m else None
    return Derived(
        _csv(cells),
        len(cells),
        _csv([safe_row(m) for m in metrics]),
        _csv([safe_row(f) for f in findings]),
        record,
        defects,
        _safe_cells_csv(r, cells),
        province,
    )


_PART_SCHEMA = pa.schema([f for f in _CELLS_SCHEMA if f.name != "year"])
Partition = tuple[int | None, str | None]  # (report year, province code)
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"  # Hive's name for a null partition value


class YearPartitions:
    """cells.parquet as a Hive-partitioned dataset, a directory a report year and in it one a
    province (cells.parquet/year=2023/province=江苏省/part-0.parquet; 「未知」 when the report's
    region is not known), filled as the rows come in. pyarrow, DuckDB (hive_partitioning), Polars and
    Spark read the directory as one table; year and province come back from the directory names,
    so a query for one year, or one province's year, reads only its directories."""

    def __init__(self, root: Path) -> None:
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        self.root = root
        self.writers: dict = {}

    def write(self, key: Partition, table: pa.Table) -> None:
        import pyarrow.parquet as pq

        writer = self.writers.get(key)
        if writer is None:
            year, province = key
            part = (
                self.root
                / f"year={NULL_PARTITION if year is None else year}"
                / f"province={province or UNKNOWN_PROVINCE}"
            )
            part.mkdir(parents=True)
            writer = self.writers[key] = pq.ParquetWriter(part / "part-0.parquet", _PART_SCHEMA)
        writer.write_table(table.drop_columns(["year"]))

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


def _replace_tree(tmp: Path, final: Path) -> None:
    """A directory (or the single file of an older version) replaced by `tmp`: the old one is moved
    aside first (rename cannot replace a non-empty directory), then removed."""
    old = final.with_name(final.name + ".old")
    if final.exists():
        os.replace(final, old)
    os.replace(tmp, final)
    if old.is_dir():
        shutil.rmtree(old)
    elif old.exists():
        old.unlink()


class RecordSpill:
    """What the cross-report checks need of every report, on disk (a scratch SQLite file beside the
    outputs) instead of in memory: a million reports' records would not fit, and the checks only
    ever compare one agency's reports. Agencies come back in the order they were first seen, each
    with its reports in the order they were added — the order the in-memory checks used."""

    def __init__(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
            "CREATE TABLE agency (key TEXT PRIMARY KEY, first INTEGER);"
            "CREATE TABLE record (key TEXT, seq INTEGER, body BLOB);"
        )
        self.seq = 0

    def add(self, rec: Record) -> None:
        if not rec.key or not rec.year:
            return  # no series without an agency and a year (cross_check skips them too)
        self.seq += 1
        self.db.execute("INSERT OR IGNORE INTO agency VALUES (?, ?)", (rec.key, self.seq))
        self.db.execute("INSERT INTO record VALUES (?, ?, ?)", (rec.key, self.seq, pickle.dumps(rec, 5)))

    def agencies(self):
        self.db.execute("CREATE INDEX record_key ON record (key, seq)")
        for (key,) in self.db.execute("SELECT key FROM agency ORDER BY first"):  # a cursor, not a list
            yield [
                pickle.loads(body)
                for (body,) in self.db.execute("SELECT body FROM record WHERE key = ? ORDER BY seq", (key,))
            ]

    def close(self) -> None:
        self.db.execute("COMMIT")
        self.db.close()
        self.path.unlink(missing_ok=True)


class TableWriter:
    """cells.csv/cells.parquet/metrics.csv/findings.csv/summary.md, written while the reports come
    in, into .tmp files that replace the old tables only at close(): a killed run leaves the last
    complete tables in place, and the next run rebuilds them from reports.jsonl."""

    NAMES = ("cells.csv", "metrics.csv", "findings.csv", "cells.parquet")

    def __init__(self, outdir: Path) -> None:
        self.outdir = outdir
        self.tmps = [outdir / (name + ".tmp") for name in self.NAMES]
        self.files = [p.open("w", encoding="utf-8", newline="") for p in self.tmps[:3]]
        for fh, fields in zip(self.files, (CSV_FIELDS, METRIC_FIELDS, FINDING_FIELDS)):
            fh.write(BOM + csv_header(fields))  # BOM: spreadsheets then read the Chinese as UTF-8
        self.findings = csv.writer(self.files[2])
        self.parquet = YearPartitions(self.tmps[3])
        self.pending: dict[Partition, list[str]] = {}  # cells CSV not yet in the parquet files
        self.pending_rows = 0
        self.records = RecordSpill(self.outdir / ".records.tmp")
        self.n = 0
        self.templates: Counter = Counter()
        self.defects: Counter = Counter()
        self.worst: list[tuple[int, str, str | None, int | None]] = []  # a min-heap of the 10 worst

    def add(self, d: Derived) -> None:
        for fh, text in zip(self.files, (d.cells_safe or d.cells_csv, d.metrics_csv, d.findings_csv)):
            fh.write(text)
        self.pending.setdefault((d.record.year, d.province), []).append(d.cells_csv)
        self.pending_rows += d.cells_rows
        if self.pending_rows >= 50_000:  # row groups of a useful size, memory bounded
            self._flush()
        self.defects.update(d.defects)
        rec = d.record
        entry = (len(d.defects), rec.id, rec.agency, rec.year)
        if len(self.worst) < 10:
            heapq.heappush(self.worst, entry)
        elif entry > self.worst[0]:
            heapq.heapreplace(self.worst, entry)
        self.templates[rec.template] += 1
        self.records.add(rec)
        self.n += 1

    def _flush(self) -> None:
        """The pending cells into cells.parquet, parsed by Arrow's own CSV reader (the same text
        as cells.csv, so the two files cannot disagree)."""
        import pyarrow.csv as pacsv

        for key, texts in self.pending.items():
            data = ("".join(texts)).encode("utf-8")
            if not data:
                continue  # reports of that year without table cells
            # use_threads=False: Arrow's thread pool, once started, can still be running when the
            # interpreter exits, and its teardown then aborts the process (「terminate called without
            # an active exception」, apache/arrow#34314) — it did, in about one run in ten
            table = pacsv.read_csv(
                io.BytesIO(data),
                read_options=pacsv.ReadOptions(column_names=CSV_FIELDS, use_threads=False),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),  # a wrapped cell
                convert_options=pacsv.ConvertOptions(
                    column_types={f.name: f.type for f in _CELLS_SCHEMA},
                    null_values=[""],
                    strings_can_be_null=True,
                    quoted_strings_can_be_null=False,
                ),
            )
            self.parquet.write(key, table)
        self.pending, self.pending_rows = {}, 0

    def close(self) -> dict:
        """Cross-report checks over every record, then the tables replace the old ones."""
        counts: Counter = Counter()
        repeated: list[tuple[str | None, int, list[str]]] = []  # agency, year, ids: one agency-year, several reports
        for group in self.records.agencies():  # one agency's reports at a time: memory stays flat
            by_year: dict[int, list[Record]] = {}
            for rec in group:
                by_year.setdefault(rec.year or 0, []).append(rec)
            repeated += [(recs[0].agency, y, [x.id for x in recs]) for y, recs in by_year.items() if len(recs) > 1]
            cross, ran = cross_check(group)
            counts.update(ran)
            meta = {x.id: x for x in group}
            for c in cross:
                f = c.finding
                rec = meta[c.report_id]
                self.findings.writerow(
                    safe_row(
                        (
                            c.report_id,
                            rec.agency,
                            rec.year,
                            f.check,
                            f.severity,
                            f.kind,
                            f.where,
                            f.message,
                            " ".join(f.cells),
                            c.other_id,
                        )
                    )
                )
                self.defects[f.check] += 1
                counts["cross_findings"] += 1
        for check in CROSS_CHECK_IDS:
            counts.setdefault(check, 0)
        counts.setdefault("cross_findings", 0)
        self.records.close()
        self._flush()
        for fh in self.files:
            fh.close()
        self.parquet.close()
        for tmp, name in zip(self.tmps[:3], self.NAMES[:3]):
            os.replace(tmp, self.outdir / name)
        _replace_tree(self.tmps[3], self.outdir / self.NAMES[3])
        errors_path = self.outdir / "errors.jsonl"
        errors = sum(1 for _ in errors_path.open(encoding="utf-8")) if errors_path.exists() else 0
        n = self.n
        worst = sorted(self.worst, reverse=True)
        _replace(
            self.outdir / "summary.md",
            lambda p: p.write_text(
                _summary(n, errors, self.templates, self.defects, counts, worst) + _repeated(repeated), encoding="utf-8"
            ),
        )
        return {"reports": n, "errors": errors, **counts}


def _summary(n: int, errors: int, templates: Counter, defects: Counter, ran: Counter, worst: list) -> str:
    lines = [
        "# 批量提取汇总",
        "",
        f"- 报告：{n} 份；读取失败：{errors} 份（见 errors.jsonl）",
        "- 格式版本：" + "，".join(f"{k} {v}" for k, v in templates.most_common()),
        "",
        "## 跨年度核查",
        "",
        f"- 上年结转 = 上年结转下年度（S1）：核查 {ran['S1']} 对相邻年度",
        f"- 规章/规范性文件存量衔接（S5）：核查 {ran['S5']} 项",
        f"- 同比异常：核查 {ran['YOY']} 项；内容雷同：比较 {ran['COPY']} 对",
        f"- 跨报告发现：{ran['cross_findings']} 条",
        "",
        "## 最常见的问题",
        "",
        "| 检查 | 名称 | 次数 |",
        "|---|---|---|",
    ]
    # the check's name beside its code: 「H5」 alone says nothing to a reader of the summary (userprobe5)
    lines += [f"| {k} | {BY_ID[k].label if k in BY_ID else ''} | {v} |" for k, v in defects.most_common(10)]
    lines += ["", "## 问题最多的报告", "", "| 报告 | 机关 | 年度 | 错误数 |", "|---|---|---|---|"]
    lines += [f"| {rid} | {agency or ''} | {year or ''} | {e} |" for e, rid, agency, year in worst if e]
    return "\n".join(lines) + "\n"


def _repeated(groups: list[tuple[str | None, int, list[str]]]) -> str:
    """The agency-years that hold more than one report: the same report fetched from a portal and its
    mirrors, or a revised one. Every one of them is in the tables, so a sum over cells.csv counts such
    a report several times; the researcher is told which, to keep one of each (the cross-year checks
    use the first)."""
    head = ["", "## 同一机关同一年度的报告", ""]
    if not groups:
        return "\n".join([*head, "- 同一机关同一年度有多份报告：无", ""])
    groups = sorted(groups, key=lambda g: (-len(g[2]), g[0] or "", g[1]))
    lines = [
        *head,
        f"- 同一机关同一年度有多份报告：{len(groups)} 组（{sum(len(g[2]) for g in groups)} 份）。"
        "同一份报告从多个网站下载或有修订版时如此；表格里每份都在，按 cells.csv 求和前请每组只留一份"
        "（跨年度核查用每组的第一份）。",
        "",
        "| 机关 | 年度 | 份数 | 报告 |",
        "|---|---|---|---|",
    ]
    lines += [f"| {agency or ''} | {year} | {len(ids)} | {' '.join(ids)} |" for agency, year, ids in groups[:50]]
    if len(groups) > 50:
        lines.append(f"| …… 另有 {len(groups) - 50} 组 | | | |")
    return "\n".join(lines) + "\n"
