"""`xxgk bulk`: thousands of reports into a verified dataset, in parallel, resumable.

The parent process is the only writer: workers extract and return one JSON line; the parent appends
it to reports.jsonl (or errors.jsonl) and flushes. A run killed at any moment leaves at most one
partial last line, which the next run cuts off before it skips every report already recorded (by
content hash). The tables (cells.parquet/csv, metrics.csv, findings.csv, summary.md) are derived
from reports.jsonl at the end of each run and replaced atomically."""

from __future__ import annotations

import csv
import hashlib
import json
import operator
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import pyarrow as pa

from extractor.cross_checks import Record, cross_check
from extractor.export import CSV_FIELDS, csv_rows
from extractor.extract import extract_path
from extractor.load import read_source
from extractor.schema import ExtractError

PARQUET_TYPES = {"year": pa.int64(), "value": pa.float64(), "placeholder": pa.int8(), "start": pa.int64(),
                 "end": pa.int64(), "page": pa.int64()}
METRIC_FIELDS = ["report_id", "agency", "year", "value", "unit", "qualifier", "label", "key", "section", "quote",
                 "start", "end", "source"]
FINDING_FIELDS = ["report_id", "agency", "year", "check", "severity", "kind", "where", "message", "cells",
                  "other_report_id"]


@dataclass
class BulkResult:
    total: int
    done_before: int
    extracted: int
    failed: int
    duplicates: int
    seconds: float


def _worker(args: tuple[str, str, object]) -> tuple[str, str]:
    path, rid, llm = args
    try:
        report = extract_path(path, llm)  # type: ignore[arg-type]
        return "ok", report.model_dump_json()
    except ExtractError as exc:
        return "error", json.dumps({"id": rid, "source": path, "error": str(exc), "code": exc.code}, ensure_ascii=False)
    except Exception as exc:  # one bad file never stops the batch
        return "error", json.dumps({"id": rid, "source": path, "error": f"{type(exc).__name__}: {exc}",
                                    "code": "internal"}, ensure_ascii=False)


def repair_tail(path: Path) -> None:
    """Cut a partial last line left by a killed run."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        data = fh.read()
        if data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        fh.truncate(cut)


def _ids(path: Path) -> set[str]:
    out: set[str] = set()
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    out.add(json.loads(line)["id"])
                except (ValueError, KeyError):
                    continue
    return out


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
        print(f"\r{bar:<30} {self.n}/{self.total}  {rate:.0f} 份/秒  预计剩余 {eta:.0f} 秒", end="", file=sys.stderr,
              flush=True)
        if self.n >= self.total:
            print(file=sys.stderr)


def run_bulk(files: list[str], outdir: Path, workers: int = 1, llm=None, progress: bool = True) -> BulkResult:
    outdir.mkdir(parents=True, exist_ok=True)
    reports_path, errors_path = outdir / "reports.jsonl", outdir / "errors.jsonl"
    repair_tail(reports_path)
    repair_tail(errors_path)
    done = _ids(reports_path) | _ids(errors_path)
    todo: list[tuple[str, str, object]] = []
    seen: set[str] = set()
    duplicates = failed = 0
    t0 = time.perf_counter()
    with errors_path.open("a", encoding="utf-8") as errors:
        for f in files:
            try:
                rid = hashlib.sha256(read_source(f)).hexdigest()[:16]
            except ExtractError as exc:
                errors.write(json.dumps({"id": f"path:{f}", "source": f, "error": str(exc), "code": exc.code},
                                        ensure_ascii=False) + "\n")
                failed += 1
                continue
            if rid in done:
                continue
            if rid in seen:
                duplicates += 1
                continue
            seen.add(rid)
            todo.append((f, rid, llm))
    done_before = len(files) - len(todo) - duplicates - failed
    bar = Progress(len(todo), progress)
    extracted = 0
    with reports_path.open("a", encoding="utf-8") as out, errors_path.open("a", encoding="utf-8") as errors:

        def record(kind: str, line: str) -> None:
            nonlocal extracted, failed
            target = out if kind == "ok" else errors
            target.write(line + "\n")
            target.flush()
            if kind == "ok":
                extracted += 1
            else:
                failed += 1
            bar.step()

        if workers <= 1 or len(todo) <= 1:
            for item in todo:
                record(*_worker(item))
        elif todo:
            with get_context("fork").Pool(workers) as pool:
                for kind, line in pool.imap_unordered(_worker, todo, chunksize=4):
                    record(kind, line)
    write_tables(outdir)
    return BulkResult(len(files), done_before, extracted, failed, duplicates, time.perf_counter() - t0)


def _replace(path: Path, write) -> None:
    tmp = path.with_name(path.name + ".tmp")
    write(tmp)
    os.replace(tmp, path)


def _reports(outdir: Path):
    """Records of reports.jsonl as plain dicts: deriving tables needs no model validation."""
    with (outdir / "reports.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_tables(outdir: Path) -> dict:
    """Derive every table from reports.jsonl: cells (CSV + Parquet), metrics, findings (with the
    cross-report checks) and summary.md."""
    import pyarrow.parquet as pq

    records: list[Record] = []
    counts: Counter = Counter()
    templates: Counter = Counter()
    defects: Counter = Counter()
    per_report_errors: list[tuple[int, str, str | None, int | None]] = []
    n = 0

    def write_all(cells_csv: Path, metrics_csv: Path, findings_csv: Path, parquet: Path) -> None:
        nonlocal n
        schema = pa.schema([(k, PARQUET_TYPES.get(k, pa.string())) for k in CSV_FIELDS])
        row_of = operator.itemgetter(*CSV_FIELDS)
        with cells_csv.open("w", encoding="utf-8", newline="") as cf, metrics_csv.open("w", encoding="utf-8", newline="") as mf, \
                findings_csv.open("w", encoding="utf-8", newline="") as ff, pq.ParquetWriter(parquet, schema) as pw:
            cw = csv.writer(cf)
            cw.writerow(CSV_FIELDS)
            mw = csv.DictWriter(mf, METRIC_FIELDS)
            fw = csv.DictWriter(ff, FINDING_FIELDS)
            for w in (mw, fw):
                w.writeheader()
            batch: list[tuple] = []

            def flush() -> None:
                if batch:
                    cols = list(zip(*batch))
                    pw.write_table(pa.table([pa.array([None if v == "" else v for v in col], type=schema.field(i).type)
                                             for i, col in enumerate(cols)], schema=schema))
                    batch.clear()

            for r in _reports(outdir):
                n += 1
                rows = [row_of(x) for x in csv_rows(r)]
                cw.writerows(rows)
                batch.extend(rows)
                if len(batch) >= 50_000:  # row groups of a useful size, memory bounded
                    flush()
                who = {"report_id": r["id"], "agency": r["agency"], "year": r["year"]}
                for m in r["metrics"]:
                    mw.writerow(who | {k: m.get(k) for k in METRIC_FIELDS[3:] if k not in ("start", "end")}
                                | {"start": m["span"]["start"], "end": m["span"]["end"]})
                errs = 0
                for f in r["findings"]:
                    fw.writerow(who | {"check": f["check"], "severity": f["severity"], "kind": f["kind"],
                                       "where": f["where"], "message": f["message"], "cells": " ".join(f["cells"]),
                                       "other_report_id": ""})
                    if f["kind"] == "report_defect" and f["severity"] == "error":
                        defects[f["check"]] += 1
                        errs += 1
                per_report_errors.append((errs, r["id"], r["agency"], r["year"]))
                templates[r["template"]] += 1
                text = r["text"]
                narrative = " ".join(text[s["span"]["start"]:s["span"]["end"]] for s in r["sections"]
                                     if s["number"] in (0, 1, 5, 6))
                records.append(Record(r["id"], r["agency"], r["year"], r["template"],
                                      {c["key"]: c["value"] for c in r["cells"]}, narrative))
            flush()
            cross, ran = cross_check(records)
            meta = {x.id: x for x in records}
            for c in cross:
                f = c.finding
                rec = meta[c.report_id]
                fw.writerow({"report_id": c.report_id, "agency": rec.agency, "year": rec.year, "check": f.check,
                             "severity": f.severity, "kind": f.kind, "where": f.where, "message": f.message,
                             "cells": " ".join(f.cells), "other_report_id": c.other_id})
                defects[f.check] += 1
            counts.update(ran)
            counts["cross_findings"] = len(cross)

    cells_csv, metrics_csv, findings_csv, parquet = (outdir / x for x in ("cells.csv", "metrics.csv", "findings.csv",
                                                                          "cells.parquet"))
    tmps = [p.with_name(p.name + ".tmp") for p in (cells_csv, metrics_csv, findings_csv, parquet)]
    write_all(*tmps)
    for tmp, final in zip(tmps, (cells_csv, metrics_csv, findings_csv, parquet)):
        os.replace(tmp, final)
    errors = sum(1 for _ in (outdir / "errors.jsonl").open(encoding="utf-8")) if (outdir / "errors.jsonl").exists() else 0
    _replace(outdir / "summary.md", lambda p: p.write_text(
        _summary(n, errors, templates, defects, counts, sorted(per_report_errors, reverse=True)[:10]), encoding="utf-8"))
    return {"reports": n, "errors": errors, **counts}


def _summary(n: int, errors: int, templates: Counter, defects: Counter, ran: Counter, worst: list) -> str:
    lines = ["# 批量提取汇总", "", f"- 报告：{n} 份；读取失败：{errors} 份（见 errors.jsonl）",
             "- 格式版本：" + "，".join(f"{k} {v}" for k, v in templates.most_common()), "",
             "## 跨年度核查", "",
             f"- 上年结转 = 上年结转下年度（S1）：核查 {ran['S1']} 对相邻年度",
             f"- 规章/规范性文件存量衔接（S5）：核查 {ran['S5']} 项",
             f"- 同比异常：核查 {ran['YOY']} 项；内容雷同：比较 {ran['COPY']} 对",
             f"- 跨报告发现：{ran['cross_findings']} 条", "", "## 最常见的问题", "", "| 检查 | 次数 |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in defects.most_common(10)]
    lines += ["", "## 问题最多的报告", "", "| 报告 | 机关 | 年度 | 错误数 |", "|---|---|---|---|"]
    lines += [f"| {rid} | {agency or ''} | {year or ''} | {e} |" for e, rid, agency, year in worst if e]
    return "\n".join(lines) + "\n"
