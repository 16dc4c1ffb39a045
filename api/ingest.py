"""`xxgk ingest`: reports into the store, then into the vector index.

Two sources:
- **files** — each read in a sandboxed child process of its own (api/sandbox.py: a hostile file
  costs one child). `workers` children run at once; this process is the one writer and stores
  their reports in input order, so the store ends the same whatever the worker count (which of two
  versions supersedes the other depends on the order). Before the first child is forked the
  extractor is warmed here (its lazy tables — the gazetteer, ~50 ms — are built once, not in every
  child) and the heap is frozen (`gc.freeze`: a child's collections do not copy the parent's pages).
- **a bulk run's output** (`--from-bulk DIR`): the records of `reports.jsonl`, streamed a line at a
  time and validated as reports; nothing is extracted again.

The vector index is brought in line once at the end (`Index.sync`, in batches): chromadb is imported
only after the last child was forked (forking a process that has chroma's threads is unsafe)."""

from __future__ import annotations

import contextlib
import gc
import itertools
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.schema import ExtractError, Report, report_id
from rag.hashvec import worker_vectors
from rag.record import Seals
from rag.store import Derived, Rows, derive, line_digest, rows_of

from . import recfile
from .sandbox import Job

_WARM_TEXT = (
    "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息12条。\n"
    "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
    "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n"
)


@dataclass
class Outcome:
    """What happened to one input: `report` (extracted or read, with its JSON when a child sent
    it), `skipped` (these bytes are stored already), or `error`."""

    source: str
    report: Report | None = None
    body: str | None = None
    skipped: bool = False
    error: ExtractError | None = None
    internal: str | None = None  # a bug of ours, said as such
    derived: Derived | None = None  # the store's derived parts, made by a worker
    rows: Rows | None = None  # the report as rows, made by an `--from-bulk` pool worker (no `report` then)

    @property
    def item(self):
        """What `Store.add_many` takes for this outcome."""
        return self.rows if self.rows is not None else (self.report, self.body, self.derived)


def warm() -> None:
    """Build the extractor's lazy tables and the record compressor (its dictionary digested) in this
    process, and freeze the heap, before forking."""
    from extractor.extract import extract_bytes
    from rag.record import pack_body

    with contextlib.suppress(ExtractError):
        extract_bytes(_WARM_TEXT.encode("utf-8"), "warm.txt")
    pack_body("{}")
    gc.freeze()


@contextlib.contextmanager
def shared_ocr_threads(workers: int) -> Iterator[None]:
    """(ocrspeed, issue 16) `workers` children extracting at once share the cores: each is given its share of
    onnxruntime's threads (XXGK_OCR_THREADS, which the children inherit), not every core each — two children of
    two threads on two cores wait for each other's threads. A value the user set is kept; the setting is undone
    after."""
    before = os.environ.get("XXGK_OCR_THREADS")
    if workers <= 1 or before:
        yield
        return
    os.environ["XXGK_OCR_THREADS"] = str(max(1, (os.cpu_count() or 1) // workers))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("XXGK_OCR_THREADS", None)
        else:
            os.environ["XXGK_OCR_THREADS"] = before


def from_files(files: list[str], store, llm, workers: int = 1, base_of=None) -> Iterator[Outcome]:
    """Outcomes of the files in input order, `workers` sandboxed children extracting at once."""
    from extractor.load import read_source  # the readers: not imported by `ingest --from-bulk`

    from .sandbox import Limits

    limits = Limits.from_env(llm)
    if llm is not None:
        import importlib

        from .sandbox import _LLM_PRELOAD

        for name in _LLM_PRELOAD:  # imported once here, inherited by every child
            importlib.import_module(name)
    warm()
    pending: deque[tuple[str, Outcome | Job]] = deque()
    todo = iter(files)

    def submit() -> bool:
        for f in todo:
            try:
                data = read_source(f)
            except ExtractError as exc:
                pending.append((f, Outcome(f, error=exc)))
                return True
            if store.resolve(report_id(data)):
                pending.append((f, Outcome(f, skipped=True)))
                return True
            try:
                job = Job(data, f, llm, limits, "fork", base_of(f) if base_of else None, derive=True, several=True)
                pending.append((f, job))
            except OSError as exc:  # no process could be started: this file fails, the batch goes on
                pending.append((f, Outcome(f, error=ExtractError(f"无法启动工作进程：{exc}", "worker_died"))))
            return True
        return False

    with shared_ocr_threads(workers):  # the children's share of the cores
        try:
            while True:
                running = sum(1 for _, x in pending if not isinstance(x, Outcome))
                while running < max(1, workers) and submit():
                    running = sum(1 for _, x in pending if not isinstance(x, Outcome))
                if not pending:
                    return
                f, item = pending.popleft()
                if isinstance(item, Job):
                    yield from _wait(f, item)
                else:
                    yield item
        finally:
            for _, item in pending:  # Ctrl-C or a failed write: no child outlives the run
                if isinstance(item, Job):
                    item.kill()
            gc.unfreeze()


def _wait(f: str, job: Job) -> Iterator[Outcome]:
    """The outcome of one file — or of each report an archive of several holds (extractor/several.py: each its
    own, named 「archive!member」, a member repeating one of them said as a duplicate: skipped)."""
    try:
        while not job.ready(0.2):
            if job.expired():
                raise job.timed_out()
        job.result()
    except ExtractError as exc:
        yield Outcome(f, error=exc)
        return
    except Exception as exc:  # a bug of ours must not cost the rest of the batch
        yield Outcome(f, internal=f"{type(exc).__name__}: {exc}")
        return
    for got in job.got:
        derived = got.derived if isinstance(got.derived, Derived) else None
        yield Outcome(got.report.source or f, got.report, got.json, derived=derived)
    for source, of in job.duplicates:  # (printed 「重复，已跳过：a.zip!copy/x.pdf（与 x.pdf 内容相同）」)
        yield Outcome(f"{source}（与 {of.rsplit('!', 1)[-1]} 内容相同）", skipped=True)


def from_bulk(outdir: str | Path, store, workers: int = 1) -> Iterator[Outcome]:
    """The reports a bulk run recorded (`DIR/reports.jsonl`, or `reports.jsonl.gz`: api/recfile.py),
    one line at a time. A line that is not a report (cut short, edited by hand, of another
    program) is an error of its own. With
    `workers` > 1, a pool of forked processes validates each line and makes all its rows (`Rows`:
    the tables' rows, chunks, BM25 tokens, compressed JSON, vectors, identity keys) a window of
    lines ahead, a block of lines a task (`BLOCK`); this process checks the rows are the line's
    (`Rows.digest`) and writes. A line a worker could not do (not a report, the worker died) is done
    here — and with one worker every line: its rows made as a pool worker makes them."""
    path = recfile.path_in(Path(outdir)) if Path(outdir).is_dir() else Path(outdir)
    if not path.exists():
        raise ExtractError(f"{outdir} 里没有 reports.jsonl（应为 xxgk bulk 的输出目录）", "not_found")
    try:
        fh = recfile.lines(path)
        first = next(fh, None)  # opened here: an unreadable file is said now
    except OSError as exc:
        raise ExtractError(f"无法读取 {path}：{exc.strerror or exc}", "not_found") from None
    global _SEALS
    _SEALS = Seals.beside(path)  # read here, inherited by the pool's workers (rag/record.py, "sealed records")
    pool = None
    window: deque = deque()
    every = itertools.chain([first] if first is not None else [], fh)
    # a blank line is skipped: `isspace` stops at a record's first byte where `strip` copied its ~50 kB (perf16)
    lines = ((n, line) for n, line in enumerate(every, 1) if line and not line.isspace())
    if workers > 1:
        import multiprocessing

        # The first line's rows are made here, before the fork: every lazy table a worker uses (the agency
        # names, the table specs, the record compressor) is built once and inherited — what a whole
        # extraction of a sample report (`warm`) did at ~0.3 s of this process's CPU and the readers' imports.
        head = next(lines, None)
        if head is not None:
            window.append(([head], [_rows_first(head[1])]))
        gc.freeze()
        pool = multiprocessing.get_context("fork").Pool(workers)
    # a load large beside the store builds the cells' key index once at its end (`Store.key_index_deferred`)
    defer = 0 < _estimated_lines(path) * DEFER_SHARE >= store.version()[0]
    ahead = max(max(1, workers) * WINDOW_TASKS, WINDOW_LINES // BLOCK if pool else 0)  # tasks in flight
    try:
        with contextlib.closing(fh), store.key_index_deferred(defer):
            while True:
                while len(window) < ahead and (block := list(itertools.islice(lines, BLOCK))):
                    window.append(
                        (block, pool.apply_async(_rows_lines, ([line for _, line in block],)) if pool else None)
                    )
                if not window:
                    return
                block, job = window.popleft()
                done = job if isinstance(job, list) else _got(job) if job is not None else None
                for i, (n, line) in enumerate(block):
                    yield _outcome(path.name, n, line, done[i] if done is not None else None, store)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        if workers > 1:
            gc.unfreeze()
        _SEALS = None


def _estimated_lines(path: Path) -> int:
    """About how many records a records file holds, from its size (a guess for a choice of speed:
    lines of these reports run 15–60 kB, a gzip member ~5× smaller)."""
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    return size * (5 if recfile.is_gzip(path) else 1) // LINE_BYTES


LINE_BYTES = 64_000  # bytes of a records line, high: the estimate errs towards keeping the index
# Deferring the key index pays when the new reports are at least ~1/10 of the store (building it sorts
# every row, ~0.09 ms a stored report; inserting into it costs ~0.8 ms a new one): with a margin, 1/4.
DEFER_SHARE = 4
BLOCK = 16  # lines a pool task makes the rows of: the pool's per-task cost (pipes, threads, locks) paid once for 16
WINDOW_TASKS = 3  # tasks in flight a worker, at least
# Lines the pool works ahead of the writer, at least: more than the writer's batch (api/cli.py INGEST_BATCH, 256),
# so the pool goes on making rows while the writer commits one (~1 s at 256 reports). With 96 lines ahead (3 tasks
# a worker) the two workers had made them in ~0.25 s and sat idle for the rest of each commit: the roles took turns
# instead of overlapping (10,000 reports: 121 s of CPU in 81.5 s of wall on 2 cores). Memory: ~0.1 MB a line's rows.
WINDOW_LINES = 640


def _outcome(name: str, n: int, line: bytes, rows: Rows | None, store) -> Outcome:
    """What line `n` of the records is: the rows a pool worker made of it (taken when they are this
    line's: `Rows.digest`), else the report validated here — or not a report."""
    where = f"{name} 第 {n} 行"
    if rows is not None and rows.digest == line_digest(line):
        if store.resolve(rows.id):
            return Outcome(rows.source or where, skipped=True)
        return Outcome(rows.source or where, rows=rows)
    try:
        report = Report.model_validate_json(line)
    except ValueError:
        return Outcome(where, error=ExtractError("不是有效的报告记录（行不完整或格式不符），已跳过", "bad_input"))
    if store.resolve(report.id):
        return Outcome(report.source or where, skipped=True)
    rows = _rows_here(report, line)
    return Outcome(report.source or where, rows=rows) if rows is not None else Outcome(report.source or where, report)


def _rows_here(report: Report, line: bytes) -> Rows | None:
    """The rows of a report validated here (one worker, or a line the pool did not do), made as a
    pool worker makes them — its vectors too, so the indexer does not read its chunks back to
    embed them (~2.7 ms a report). None when making them fails: the report goes to
    `Store.add_many` as it is, which meets the error as this report's."""
    try:
        return _rows_of_report(report, line)
    except Exception:
        return None


def _got(job) -> list[Rows | None] | None:
    """A pool worker's rows of a block of lines, or None — it failed, or died and its task is lost
    (a Pool never answers for it): this process derives them itself then, and meets any error as
    the report's."""
    try:
        return job.get(timeout=DERIVE_TIMEOUT)
    except Exception:
        return None


DERIVE_TIMEOUT = 120  # seconds a pool worker may take for one block's rows (milliseconds a report normally)


def _rows_first(line: bytes) -> Rows | None:
    """The first line's rows, made by the writer before the pool is forked (None: the line is then
    done as one the pool did not do)."""
    try:
        return _rows_line(line)
    except Exception:
        return None


def _rows_lines(lines: list[bytes]) -> list[Rows | None]:
    """In a pool worker: the rows of a block of lines, in order."""
    return [_rows_line(line) for line in lines]


def _rows_line(line: bytes) -> Rows | None:
    """In a pool worker: the rows of one line's report (None: not a report — the writer says so)."""
    try:
        report = Report.model_validate_json(line)
    except ValueError:
        return None
    return _rows_of_report(report, line)


_SEALS: Seals | None = None  # the seals of the records file `from_bulk` reads


def _rows_of_report(report: Report, line: bytes) -> Rows:
    # its JSON dumped again, as a one-process ingest stores it — unless the line is sealed as this
    # version's dump of it by `xxgk bulk` (rag/record.py: the line's bytes are that dump then)
    body = _SEALS.canonical(line) if _SEALS is not None else None
    rows = rows_of(report, derive(report, body, embed=worker_vectors()))
    rows.digest = line_digest(line)
    return rows
