"""The `xxgk` command. Messages for people are Chinese; a user's mistake is one line on stderr and a
non-zero exit, never a traceback. Exit codes: 0 fine; 1 `check` found errors in a report;
2 an input could not be read (other files still processed) or the command was misused; 3 a report
was read only in part; 70 a bug of ours (one line; XXGK_DEBUG=1 prints the traceback).

`extract`, `check` and `ingest` read each file in a child process under the worker limits
(api/sandbox.py): a hostile file costs one child, never the run. `bulk` has its own worker pool."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import re
import signal
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# no pydantic plugin is used; finding them reads every installed package's entry points (~6 % of a cold
# `xxgk ask`). Set before pydantic builds its first validator; a user's own setting is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from extractor import __version__  # noqa: E402
from extractor.llm_client import LLMConfig, client_for  # noqa: E402
from extractor.schema import ExtractError, Report, Template  # noqa: E402
from extractor.settings import LLM_FLAG_VALUES, Settings  # noqa: E402

# extraction and export are imported where used: `xxgk ask` answers a table question without them

# reports stored in one transaction by `ingest` (FTS5 writes a segment a transaction: fewer to merge)
INGEST_BATCH = 256
INGEST_FLUSH_SECONDS = 10.0
# The ingest writer's SQLite page cache, KiB (SQLite's default is 2,000): the tables' and indexes' pages a
# batch writes into stay in memory instead of being read again from the OS — the writer's system CPU
# 0.39–0.49 → 0.27–0.28 ms a report at 2,000 reports (perf16, docs/NOTES.md). The file's bytes do not
# depend on it; the memory is at most this much, only while an ingest runs.
INGEST_CACHE_KIB = 131_072
SKIPPED_SHOWN = 10  # files already stored named one a line; beyond, a count
TABLE_NAMES = {"t2": "表二", "t3": "表三", "t4": "表四"}


def _err(msg: str) -> None:
    print(f"xxgk: {msg}", file=sys.stderr)


def _shown(path: str) -> str:
    """`extractor.load.shown`, imported when a message needs it: `ingest --from-bulk` reads no file
    and does not import the readers (~0.3 s of the writer's CPU a run, issue 16)."""
    from extractor.load import shown

    return shown(path)


def _file_err(path: str, msg: str) -> None:
    """「xxgk: a.pdf: 文件为空」 — the file named once, also when the message already ends with it
    (read_source says 「文件不存在：a.pdf」 for callers that name no file)."""
    from extractor.load import shown

    for tail in (f"：{shown(path)}", f"：{path}"):
        if msg.endswith(tail):
            msg = msg[: -len(tail)]
            break
    _err(f"{shown(path)}: {msg}")


def settings(args: argparse.Namespace) -> Settings:
    """Flags over environment, once per command (--data-dir, --llm[=lean|always] / --no-llm)."""
    return Settings.load(data_dir=getattr(args, "data_dir", None), llm=getattr(args, "llm", None))


def llm_config(args: argparse.Namespace) -> LLMConfig | None:
    """The LLM pass runs with --llm, or by default when XXGK_LLM_MODEL is set; never with --no-llm."""
    return settings(args).llm


def _extract_all(files: list[str], llm: LLMConfig | None = None) -> tuple[list[Report], list[dict], int]:
    reports: list[Report] = []
    errors: list[dict] = []
    code = 0
    from extractor.load import read_source, shown  # the readers: not imported by `ask`

    from .sandbox import extract_guarded

    named = files
    files = _files(named)  # a folder as `ingest` and `bulk` take it
    if not files:
        raise ExtractError(f"没有找到任何输入文件：{'、'.join(named)}", "no_input")
    for f in files:
        try:
            r = extract_guarded(read_source(f), f, llm, base=_folder(f))
        except ExtractError as exc:
            _file_err(f, str(exc))
            errors.append({"source": f, "error": str(exc), "code": exc.code})
            code = 2
            continue
        except Exception as exc:  # a bug of ours must not cost the rest of the batch
            _err(f"{shown(f)}: 内部错误 {type(exc).__name__}: {exc}")
            errors.append({"source": f, "error": f"{type(exc).__name__}: {exc}", "code": "internal"})
            code = 2
            continue
        incomplete = [x for x in r.findings if x.check == "D1" and x.where in TABLE_NAMES]
        if incomplete and code == 0:
            code = 3
        for x in incomplete:
            _err(f"{shown(f)}: {x.message}")
        if r.llm and r.llm.errors:
            _err(f"{shown(f)}: LLM 未完全成功（已用规则结果）：{r.llm.errors[0]}")
        reports.append(r)
    return reports, errors, code


def _folder(path: str) -> Path | None:
    """Where a file the user named lies (an HTML page's pictures are read from there); none for stdin."""
    return None if path == "-" else Path(path).parent


def _write(text: str, out: str | None, bom: bool = False) -> None:
    """To the output file (a CSV file gets a BOM for spreadsheets; stdout never: it is piped)."""
    if not out:
        sys.stdout.write(text)
        return
    from extractor.export import BOM

    try:
        Path(out).write_text((BOM if bom else "") + text, encoding="utf-8")
    except OSError as exc:
        raise ExtractError(f"无法写入输出文件 {out}：{_os_reason(exc)}", "bad_output") from None


def _os_reason(exc: OSError) -> str:
    from extractor.load import os_reason

    return "所在目录不存在" if isinstance(exc, FileNotFoundError) else os_reason(exc)


def _check_output(out: str | None) -> None:
    """Refuse an output path that cannot be written before reading any input (not after)."""
    if not out:
        return
    p = Path(out)
    if p.is_dir():
        raise ExtractError(f"无法写入输出文件 {out}：这是一个目录", "bad_output")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise ExtractError(f"无法写入输出文件 {out}：所在目录不存在", "bad_output")
    if not os.access(parent, os.W_OK):
        raise ExtractError(f"无法写入输出文件 {out}：没有权限", "bad_output")


# output names whose format `extract` does not write: said before any input is read, not a JSON file
# under a spreadsheet's or Parquet's name
_NOT_WRITTEN = {".parquet": "Parquet", ".pq": "Parquet", ".xlsx": "Excel", ".xls": "Excel", ".tsv": "TSV"}


def _output_format(fmt: str | None, out: str | None) -> str:
    """--format as given, else by the output's suffix (「-o cells.csv」 is CSV), else JSON."""
    suffix = Path(out).suffix.lower() if out else ""
    if fmt is None and suffix in _NOT_WRITTEN:
        raise ExtractError(
            f"extract 不输出 {_NOT_WRITTEN[suffix]}（{out}）：请用 -o 文件名.csv 或 .json；"
            "Parquet 数据集请用 xxgk bulk 文件或目录 -o 输出目录（cells.parquet）",
            "usage",
        )
    return fmt or ("csv" if suffix == ".csv" else "json")


def cmd_extract(args: argparse.Namespace) -> int:
    from extractor.export import to_cells, to_csv

    args.format = _output_format(args.format, args.output)
    _check_output(args.output)
    reports, errors, code = _extract_all(args.files, llm_config(args))
    for r in reports:  # what the reading left out, as `ingest` says it: a zip's other reports were silent here
        for note in _read_notes(r):
            _err(f"{_shown(r.source)}: {note}")
    if args.format == "csv":
        _write(to_csv(reports), args.output, bom=True)
        return code
    lines = []
    for r in reports:
        obj = to_cells(r) if args.format == "cells" else r.model_dump(mode="json")
        lines.append(json.dumps(obj, ensure_ascii=False))
    lines += [json.dumps(e, ensure_ascii=False) for e in errors]
    if len(lines) > 1 and args.output and Path(args.output).suffix.lower() == ".json":
        # a .json file is one JSON document: two reports as JSON Lines in 「out.json」 failed json.load
        # (「Extra data」). An array, one report a line; .jsonl and standard output stay JSON Lines.
        _write("[\n" + ",\n".join(lines) + "\n]\n", args.output)
        return code
    _write("\n".join(lines) + ("\n" if lines else ""), args.output)
    return code


def describe(r: Report) -> str:
    from api.render import carried_from

    out = [f"== {r.source}  [{r.template.value}] {r.agency or '（机关未识别）'} {r.year or '?'}年"]
    if via := carried_from(r):  # the figures below are the attachment's, not the cover letter's (userprobe6)
        out.append(f"报告读自：{via}")
    counts = {t: sum(1 for c in r.cells if c.key.startswith(t + ".")) for t in TABLE_NAMES}
    filled = {t: sum(1 for c in r.cells if c.key.startswith(t + ".") and c.value is not None) for t in TABLE_NAMES}
    if any(counts.values()):
        out.append("表格：" + "，".join(f"{TABLE_NAMES[t]} {filled[t]}/{counts[t]} 格有数" for t in TABLE_NAMES))
    if r.metrics:
        out.append(
            f"正文定量表述：{len(r.metrics)} 条"
            + (f"（LLM 补充/标注 {sum(m.source != 'rules' for m in r.metrics)} 条）" if r.llm else "")
        )
    if r.glued:
        out.append("注意：表格数字粘连，部分单元格按勾稽关系唯一还原（标记为提取存疑）")
    errors = [f for f in r.findings if f.severity == "error"]
    if not errors:  # 「✔」 only where the tables were there to be checked
        if r.tables_recoverable and r.template in (Template.GF2021, Template.GF2019):
            out.append("✔ 未发现勾稽关系错误")
        elif r.template == Template.LEGACY:
            out.append("· 2019年以前的旧格式报告，没有标准统计表：勾稽关系无从核对")
        else:
            out.append("· 没有读出统计表：勾稽关系未核对")
    # each finding as the report page and the 核验单 word it (「表四·行政复议：总计印为0，按各项之和应为11
    # （结果维持10、结果纠正1）。」), not as the rule's algebra over keys (「t4.rv：…左边 0，右边 10+1+0+0=11」)
    from .render import described

    said = list(zip(r.findings, described(r), strict=True))
    glued = [d for f, d in said if f.check == "D3"]
    if glued:
        out.append(
            f"! [D3] 提取存疑 {len(glued)} 行数字粘连，已按勾稽关系唯一还原：" + "、".join(d.place for d in glued)
        )
    rest = [(f, d) for f, d in said if f.check != "D3"]
    for f, d in sorted(rest, key=lambda fd: ({"error": 0, "warning": 1, "info": 2}[fd[0].severity], fd[0].check)):
        mark = {"error": "✘", "warning": "!", "info": "·"}[f.severity]
        out.append(f"{mark} [{f.check}] {d.kind_label} {d.label}：{d.sentence}")
    return "\n".join(out)


def check_summary(reports: list[Report], errors: list[dict]) -> str:
    """The closing lines of a `check` over several files, as an evaluator files them: how many were read, which
    reports print numbers that break an identity, which have doubts or no tables, which files could not be read
    (each of those was said only on stderr, among the reports, before)."""

    def name(r: Report) -> str:
        return f"{r.agency or '（机关未识别）'}{r.year or '?'}年"

    defect = [r for r in reports if any(f.severity == "error" and f.kind == "report_defect" for f in r.findings)]
    doubt = [r for r in reports if any(f.kind == "extraction_doubt" for f in r.findings)]
    blank = [r for r in reports if any(f.kind == "blank_cells" for f in r.findings)]
    untabled = [r for r in reports if not (r.tables_recoverable and r.template in (Template.GF2021, Template.GF2019))]
    clean = len(reports) - len({id(r) for r in defect + doubt + blank + untabled})
    out = [f"核查汇总：核查 {len(reports)} 份报告" + (f"，{len(errors)} 个文件读取失败" if errors else "")]
    out.append(
        f"报告错误（印出的数字不符勾稽关系）：{len(defect)} 份"
        + ("：" + "、".join(map(name, defect)) if defect else "")
    )
    if blank:
        out.append(f"空白单元格（无从核对）：{len(blank)} 份：" + "、".join(map(name, blank)))
    if doubt:
        out.append(f"提取存疑（请对照原文）：{len(doubt)} 份：" + "、".join(map(name, doubt)))
    if untabled:
        out.append(f"没有读出标准统计表（未核对）：{len(untabled)} 份：" + "、".join(map(name, untabled)))
    out.append(f"未发现问题：{clean} 份")
    for e in errors:
        out.append(f"读取失败：{_shown(str(e.get('source', '')))}：{e.get('error', '')}")
    return "\n".join(out)


_REPORT_ID = re.compile(r"[0-9a-f]{16}")


def _stored_for_check(args: argparse.Namespace) -> tuple[list[str], list[Report]]:
    """`check --store` (every current report of the store, in `list`'s order) and report ids named instead of
    files (「xxgk check 59c9640d29f39345」 was 「文件不存在」: an evaluator checks what `list` shows): the reports as
    stored; the other arguments are files and folders, read as before."""
    ids = [f for f in args.files if _REPORT_ID.fullmatch(f) and not os.path.lexists(f)]
    if not args.store and not ids:
        return list(args.files), []
    store = _reading_store(args)
    if args.store:
        ids += [r["id"] for r in store.listing() if r["id"] not in ids]
    found, missing = [], []
    for rid in ids:
        r = store.report(rid)
        (found.append(r) if r is not None else missing.append(rid))
    if missing:
        raise ExtractError(
            f"库中没有这份报告：{'、'.join(missing)}（xxgk list 列出报告 id；数据目录 {store.dir}）", "not_found"
        )
    return [f for f in args.files if f not in ids], found


def cmd_check(args: argparse.Namespace) -> int:
    files, stored = _stored_for_check(args)
    if not files and not stored:
        if args.store:  # an empty store: said, not 「没有找到任何输入文件」
            _out("库中没有报告\n")
            return 0
        raise ExtractError("请给出报告文件或目录，或用 --store 核查库中全部报告", "usage")
    reports, errors, code = _extract_all(files, llm_config(args)) if files else ([], [], 0)
    reports = stored + reports
    for r in reports:
        print(describe(r))
        print()
    if len(reports) + len(errors) > 1:
        print(check_summary(reports, errors))
    if code == 0 and any(f.severity == "error" and f.kind == "report_defect" for r in reports for f in r.findings):
        code = 1
    return code


# What the system and office programs leave in a folder beside the reports: Explorer's thumbnail
# caches and folder settings, Word's owner file of an open document (「~$附件.docx」) and its temporary
# 「~WRL0001.tmp」, macOS's resource forks under __MACOSX; hidden files (「.DS_Store」, LibreOffice's
# 「.~lock.…#」) by their dot.
_SYSTEM_FILE = re.compile(r"(?i)thumbs\.db|ehthumbs(?:_vista)?\.db|desktop\.ini|~\$.*|~wrl\d+\.tmp")


def _walked(root: Path, f: Path) -> bool:
    """A file found in a walked folder is an input unless the system or an office program left it."""
    parts = f.relative_to(root).parts
    return not (any(p.startswith(".") or p == "__MACOSX" for p in parts) or _SYSTEM_FILE.fullmatch(f.name) is not None)


def _files(paths: list[str]) -> list[str]:
    """Files, directories (recursed, without what the system left there: `_walked`) and globs, in a
    stable order. A file named on the command line is read whatever its name: the user asked."""
    import glob as globmod

    out: list[str] = []
    unmatched = 0
    for p in paths:
        literal = p == "-" or os.path.lexists(p)  # 「附件[1].pdf」 is a file's name before it is a glob
        matches = globmod.glob(p, recursive=True) if not literal and any(ch in p for ch in "*?[") else [p]
        if not matches:  # kept: read as a file it is said 「文件不存在」 (it was dropped without a word)
            matches, unmatched = [p], unmatched + 1
        for m in matches:
            path = Path(m)
            try:
                folder = path.is_dir()
            except OSError:  # a name too long, a loop of links: read_source says what is wrong with it
                folder = False
            if folder:
                out += sorted(str(f) for f in path.rglob("*") if f.is_file() and _walked(path, f))
            else:
                out.append(m)
    return out if len(out) > unmatched else []  # nothing but unmatched patterns: 「没有找到任何输入文件」


def cmd_bulk(args: argparse.Namespace) -> int:
    from api.bulk import run_bulk

    inputs = list(args.inputs)
    if args.list:
        try:
            listed = Path(args.list).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise ExtractError(f"清单文件不存在：{args.list}", "not_found") from None
        except UnicodeDecodeError:
            raise ExtractError(f"清单文件不是 UTF-8 文本：{args.list}", "bad_input") from None
        except OSError as exc:
            raise ExtractError(f"无法读取清单文件 {args.list}：{_os_reason(exc)}", "not_found") from None
        inputs += [ln.strip() for ln in listed.splitlines() if ln.strip()]
    files = _files(inputs)
    if not files:
        raise ExtractError("没有找到任何输入文件", "no_input")
    out = Path(args.output)
    try:
        out.mkdir(parents=True, exist_ok=True)
        (out / ".lock").open("a").close()
    except OSError as exc:
        raise ExtractError(f"无法使用输出目录 {args.output}：{_os_reason(exc)}", "bad_output") from None
    res = run_bulk(
        files,
        out,
        args.workers,
        llm_config(args),
        progress=not args.quiet,
        engine=args.engine,
        address=args.address,
        gz=args.gzip,
    )
    print(
        f"共 {res.total} 个文件：本次提取 {res.extracted} 份，此前已完成 {res.done_before} 份，"
        f"内容重复 {res.duplicates} 份，失败 {res.failed + res.failed_before} 份"
        + (f"（其中 {res.failed_before} 份为此前记录，不再重试）" if res.failed_before else "")
        + (f"，见 {Path(args.output) / 'errors.jsonl'}" if res.failed + res.failed_before else "")
        + f"；用时 {res.seconds:.1f} 秒。输出在 {args.output}"
    )
    return 2 if res.failed + res.failed_before else 0  # a run again says what the first said


def cmd_ingest(args: argparse.Namespace) -> int:
    """Commit the reports (cells, records, BM25) here; the vectors are inserted by an indexer
    process beside this one (rag/indexer.py), waited for at the end unless `--index-later`."""
    from rag import indexer
    from rag.store import Store

    conf = settings(args)
    if not args.paths and not args.from_bulk:
        raise ExtractError("请给出要入库的文件或目录，或用 --from-bulk 指定 xxgk bulk 的输出目录", "no_input")
    files = _files(args.paths)
    if args.paths and not files and not args.from_bulk:  # an empty directory, a glob that matched nothing
        raise ExtractError(f"没有找到任何输入文件：{'、'.join(args.paths)}", "no_input")
    store = Store(conf.data_dir)
    store.db.execute(f"PRAGMA cache_size=-{INGEST_CACHE_KIB}")  # this connection's: the writer's
    later = args.index_later
    proc = None
    try:
        with indexer.writing(store.dir):
            # the vectors are inserted beside this writer, by a process following its commits
            # (rag/indexer.py); with --index-later only once they are all committed: the commit has the cores
            proc = None if later else indexer.spawn(store.dir, follow=True)
            added, variants, failed, skipped = _commit(args, conf, store, files)
    except BaseException:
        if proc is not None:  # the flag is gone: the indexer takes what was committed and stops (Ctrl-C: at once)
            indexer.finish(proc, store.dir)
        raise
    from rag.values import sync_derived

    if proc is None:
        indexer.spawn(store.dir, follow=False, log=store.dir / "indexer.log")  # detached: goes on after we exit
        indexed = None
    else:
        try:  # the derived rows made while the indexer catches up (a slice a transaction: rag.values)
            sync_derived(store)
        finally:
            indexed = indexer.finish(proc, store.dir)
        if indexed is None:
            _err(f"向量索引未能更新（{indexer.failure(proc)}）；问答暂以全文检索回答这些报告，可运行 xxgk index 补建")
    sync_derived(store)  # derived rows kept per report now, not at the first question (done above: a look)
    for f in skipped[:SKIPPED_SHOWN]:
        print(f"  重复，已跳过：{_shown(f)}")
    if len(skipped) > SKIPPED_SHOWN:  # a folder ingested again to add one file: not a line for each of the rest
        print(f"  ……另有 {len(skipped) - SKIPPED_SHOWN} 份已在库中，已跳过")
    lag = store.unindexed_count()
    vectors = (
        f"向量索引在后台更新（{lag} 份待建，xxgk list 可查看进度）"
        if later
        else f"向量索引更新 {indexed or 0} 份" + (f"，{lag} 份待建" if lag else "")
    )
    print(
        f"入库 {added} 份，已存在跳过 {len(skipped)} 份，内容相同的副本 {variants} 份，失败 {failed} 份；"
        f"{vectors}；共 {store.count()} 份（{store.dir}）"
    )
    return 2 if failed else 0


def _read_notes(report) -> list[str]:
    """What reading a file left out, said at ingest (a D8 doubt in words): a zip of three reports stored one and
    the summary said 「入库 1 份」 alone (「容器中有3份像是年度报告的内容…其余未读取：a.html、c.pdf，请分别提交」)."""
    return [f.message for f in (getattr(report, "findings", None) or []) if f.check == "D8"]


def _commit(args: argparse.Namespace, conf, store, files: list[str]) -> tuple[int, int, int, list[str]]:
    """The writer: every outcome committed in input order, INGEST_BATCH a transaction."""
    from rag.store import Added

    from . import ingest

    added = variants = failed = 0
    skipped: list[str] = []
    outcomes = ingest.from_files(files, store, conf.llm, args.workers, base_of=_folder) if files else iter(())
    if args.from_bulk:
        import itertools

        outcomes = itertools.chain(outcomes, ingest.from_bulk(args.from_bulk, store, args.workers))
    show = sys.stderr.isatty() and not getattr(args, "quiet", False)

    def stored(o) -> Added | Exception:
        """`store.add` of one outcome's report: its Added, or the error it met (said, counted)."""
        try:
            return store.add_many([o.item])[0]
        except ExtractError as exc:
            if exc.code == "store_unwritable":
                raise  # every later file would meet it too: said once, the ingest stops (exit 2)
            return exc
        except Exception as exc:  # one bad file never stops the batch
            return RuntimeError(f"内部错误 {type(exc).__name__}: {exc}")

    def flush(batch: list) -> None:
        """A batch of outcomes, in input order: the reports in one transaction (one commit, one BM25
        segment), each alone again if the batch fails, so the failure is the one file's."""
        nonlocal added, variants, failed
        items = [o for o in batch if (o.report or o.rows) is not None and o.error is None and o.internal is None]
        results: Iterator[Added | Exception]
        try:
            results = iter(store.add_many([o.item for o in items]))
        except ExtractError as exc:
            if exc.code == "store_unwritable":
                raise
            results = iter([stored(o) for o in items])
        except Exception:
            results = iter([stored(o) for o in items])
        for o in batch:
            f = o.source
            if o.skipped:
                skipped.append(f)
                continue
            if o.error is not None or o.internal is not None:
                _file_err(f, str(o.error) if o.error is not None else f"内部错误 {o.internal}")
                failed += 1
                continue
            done = next(results)
            if isinstance(done, Exception):
                _file_err(f, str(done))
                failed += 1
            elif done.status == "variant":
                variants += 1
                _err(f"{_shown(f)}: 与已入库的报告 {done.report_id} 内容相同（编码、换行或空白不同），记为其副本")
                for note in _read_notes(o.report):
                    _err(f"{_shown(f)}: {note}")
            elif done.status == "exists":
                skipped.append(f)
            else:
                added += 1
                for note in _read_notes(o.report):
                    _err(f"{_shown(f)}: {note}")
                for old in done.supersedes:
                    _err(
                        f"{_shown(f)}: 同一机关同一年度的新版本，取代报告 {old}（旧版本仍可按 id 查看，xxgk remove {done.report_id} 可撤销）"
                    )

    batch: list = []
    since = time.monotonic()
    try:
        for n, o in enumerate(outcomes, 1):
            if show:  # progress on a terminal: 「入库 12/340：file.pdf」
                total = f"/{len(files)}" if not args.from_bulk else ""
                print(f"\r入库 {n}{total}：{Path(o.source).name[:40]:<40}", end="", file=sys.stderr, flush=True)
            batch.append(o)
            # a batch is committed when full, or when it has waited INGEST_FLUSH_SECONDS: PDFs at a few
            # seconds each filled 256 in minutes, all of it lost to a Ctrl-C or a kill
            if len(batch) >= INGEST_BATCH or time.monotonic() - since >= INGEST_FLUSH_SECONDS:
                flush(batch)
                batch = []
                since = time.monotonic()
    except KeyboardInterrupt:
        flush(batch)  # what was read before the Ctrl-C is kept: the same command again goes on from there
        raise
    flush(batch)
    if show:
        print("\r" + " " * 60 + "\r", end="", file=sys.stderr, flush=True)
    return added, variants, failed, skipped


def _no_store(d: Path) -> str | None:
    """Why a command that only reads finds no store in `d` (None: there is one). Such a command
    creates nothing: a mistyped --data-dir must not leave an empty store behind, said as 「没有报告」."""
    if (d / "xxgk.sqlite").is_file():
        return None
    if not d.exists():
        return f"还没有报告：数据目录 {d} 不存在（请检查 --data-dir 或 XXGK_DATA_DIR，或先运行 xxgk ingest 文件或目录）"
    return f"数据目录 {d} 里还没有报告，请先运行 xxgk ingest 文件或目录"


def _reading_store(args: argparse.Namespace):
    """The store of `ask`, `remove` and `index`: refused in one line when there is none."""
    from rag.store import Store

    d = Path(settings(args).data_dir)
    if why := _no_store(d):
        raise ExtractError(why, "empty_store")
    return Store(d)


def cmd_index(args: argparse.Namespace) -> int:
    """Catch the vector index up with the store (after `ingest --index-later`, or an indexer that
    was killed); waits for a running indexer first (`index.lock`)."""
    from rag import indexer

    store = _reading_store(args)
    done = indexer.catch_up(store)
    print(f"向量索引更新 {done} 份；待建 {store.unindexed_count()} 份；共 {store.count()} 份（{store.dir}）")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Delete reports (by id, or a variant's id) from SQLite, BM25 and the vector index."""
    from rag.index import Index

    store = _reading_store(args)
    code = 0
    removed = 0
    for rid in args.ids:
        done = store.delete(rid)
        if done is None:
            _err(f"没有这份报告：{rid}")
            code = 2
            continue
        removed += 1
        extra = f"，连同 {len(done.variants)} 个内容相同的副本" if done.variants else ""
        back = f"；旧版本 {done.restored} 恢复为当前版本" if done.restored else ""
        print(f"已删除报告 {done.report_id}{extra}{back}")
    if removed:
        Index(store).sync()
    return code


def _asker(args: argparse.Namespace):
    from rag.ask import Asker

    conf = settings(args)
    store = _reading_store(args)
    if store.count() == 0:
        raise ExtractError(f"数据目录 {store.dir} 里还没有报告，请先运行 xxgk ingest 文件或目录", "empty_store")
    if args.report:  # a variant's id stands for its report, as in the API; an unknown id is said, not 「报告未提及」
        rid = store.resolve(args.report)
        if rid is None:
            raise ExtractError(f"没有这份报告：{args.report}（xxgk list 列出已入库报告的 id）", "not_found")
        args.report = rid
    # the vector index opens only if a narrative question needs it
    asker = Asker(store, None, client_for(conf.llm) if conf.llm else None)
    if args.agency:  # 「--agency 淮安」: a part of a name or its region, read as `list --agency` reads it
        groups, _ = asker.catalogue().agencies_named(args.agency, [])
        if not (len(groups) == 1 and len(groups[0]) == 1):  # (「平潭」 names 平潭综合实验区 itself: kept)
            args.agency = _one_agency(store, args.agency)
    return asker


def _print_answer(ans, as_json: bool, lines_json: bool = False) -> None:
    if as_json:  # chat mode: one object a line (JSON Lines), so a piped conversation parses
        _out(ans.model_dump_json(indent=None if lines_json else 2) + "\n")
        return
    lines = [ans.answer]
    if ans.scope and ans.route != "unread":  # a follow-up not understood asked nothing: no 「范围：全部71份报告」
        lines.append(ans.scope)
    for i, c in enumerate(ans.citations, 1):
        where = f"{c.agency or ''}{c.year or ''}年" + (f" 第{c.section}部分" if c.section else "")
        lines.append(f"  [{i}] {where}「{c.quote[:160]}」  (报告 {c.report_id})")
    if os.environ.get("XXGK_DEBUG"):  # the internal route name is for us, not for the reader
        lines.append(f"  —— 路径：{ans.intent or ans.route}，{ans.latency_ms:.0f} ms")
    _out("\n".join(lines) + "\n")


def _out(text: str) -> None:
    """Standard output as UTF-8 whatever the terminal's locale (JSON and answers are Chinese)."""
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


_LEAVE = {"退出", "结束", "再见", "quit", "exit", "q", "bye"}


def _read_question() -> str:
    """One line of chat mode; its prompt on stderr (input() writes it to stdout when stdin is no terminal)."""
    if sys.stdin.isatty() and sys.stdout.isatty():
        sys.stdout.flush()
        return input("问> ").strip()  # (readline: line editing and history at a terminal)
    sys.stderr.write("问> ")
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.strip()


def cmd_ask(args: argparse.Namespace) -> int:
    asker = _asker(args)
    if args.question:
        _print_answer(asker.ask(args.question, args.report, args.agency, args.year), args.json)
        return 0
    # The banner and the prompt are for the person typing: on stderr, so that stdout carries the answers only
    # (`… | xxgk ask --json` is JSON Lines; a piped transcript is not 「问> 74件…」 glued to the prompt).
    sys.stderr.write(
        "进入问答模式（输入「退出」、空行或 Ctrl-D 结束；可以接着上一问追问，如「那2021年呢」「洪泽区呢」）\n"
    )
    # the conversation so far, each turn as it was read: 「那2021年呢」 changes the last one's year, 「两家比谁多」
    # 「回到刚才那个局…」 ask of the bodies and years it named (rag/followup.py)
    from rag import followup

    history: list[str] = []
    while True:
        try:
            q = _read_question()
        except EOFError:
            break
        if not q or q.lower().strip("。.!！ ") in _LEAVE:  # 「退出」 was asked: 「贫困退出」 quoted back
            break
        ans = asker.ask(q, args.report, args.agency, args.year, previous=history[-_TURNS:] or None)
        _print_answer(ans, args.json, lines_json=True)
        followup.keep(history, q, ans)  # (a follow-up not understood is no part of the conversation)
    return 0


_TURNS = 12  # the turns of a conversation a message is read against

KIND_SHORT = {"report_defect": "报告问题", "blank_cells": "空白", "extraction_doubt": "存疑"}


def _one_agency(store, text: str) -> str:
    """The body `--agency` names: its stored name when the overview's rule (`_named`) finds one body, as `list
    --agency` finds it (「淮安」: 洪泽区人民政府 — the asker's own reading knew only names and short forms, and
    answered 「没有找到」); several bodies are said, to choose from; none leaves the text to the asker (a name it
    may still know)."""
    ids = _named(store, text)
    names = sorted(
        {
            r[0]
            for r in store.db.execute(
                f"SELECT agency FROM reports WHERE id IN ({','.join('?' * len(ids))})", sorted(ids)
            )
            if r[0]
        }
    )
    if len(names) > 1 and text not in names:
        shown = "、".join(names[:12]) + ("等" if len(names) > 12 else "")
        raise ExtractError(f"「{text}」对应{len(names)}个机关：{shown}。请用 --agency 写明是哪一个", "ambiguous")
    return names[0] if names else text


def _identities(store) -> dict[str, tuple[str | None, str, str | None, list[str], str | None, str | None]]:
    """Each current report's name, key, full name, region (province → county) and level, read from the reports
    (nothing written: `list` runs on a read-only data directory)."""
    from api import overview as ov

    return {
        rid: (agency, key or "", full, ov.region_path(code, region), code, level)
        for rid, agency, key, full, region, code, level in store.db.execute(
            "SELECT id, agency, agency_key, json_extract(report_json(body), '$.agency_full'),"
            " json_extract(report_json(body), '$.region'), json_extract(report_json(body), '$.region_code'),"
            " json_extract(report_json(body), '$.agency_level') FROM reports WHERE superseded_by IS NULL"
        )
    }


def _named(store, text: str, known: dict | None = None) -> set[str]:
    """The current reports a partial name finds (「南昌」: 南昌县, 南昌市新建区…; 「洪泽」「淮安」: 洪泽区人民政府), by
    the overview's own rule (`api.overview.matches_agency`) — read from the reports, nothing written."""
    from api import overview as ov

    aliases = store.alias_table()
    found = set()
    for rid, (agency, key, full, region, _, _) in (known if known is not None else _identities(store)).items():
        row = ov.OverviewRow.model_construct(id=rid, agency=full or agency, agency_key=key, region=region)
        if ov.matches_agency(row, text, aliases):
            found.add(rid)
    return found


def cmd_list(args: argparse.Namespace) -> int:
    """The stored reports: agency, year, template, id, findings counted by kind."""
    from rag.store import Store

    d = Path(settings(args).data_dir)
    if _no_store(d):
        _out(f"没有报告（数据目录 {d}{' 不存在：请检查 --data-dir 或 XXGK_DATA_DIR' if not d.exists() else ''}）\n")
        return 0
    store = Store(d)
    rows = store.listing()
    # region and level: what a question's set is made of (「湖南省县级部门2024年…」 → 「湖南省的县级部门 2024年（3份报告）」),
    # so that a user can list the same reports (`--agency 湖南 --level 县级部门 --year 2024`) and a script read them
    known = _identities(store) if args.agency or args.level or args.json else {}
    if args.agency:  # any part of a name or its region, as the overview's filter and /api/reports read it:
        rows = [r for r in rows if r["id"] in _named(store, args.agency, known)]  # 「南昌」 was 南昌县 alone
    if args.year:
        rows = [r for r in rows if r["year"] and args.year[0] <= r["year"] <= args.year[1]]
    if args.level:
        from api.overview import level_in

        rows = [r for r in rows if r["id"] in known and level_in(known[r["id"]][5], args.level)]
    if args.json:
        for r in rows:
            ident = known.get(r["id"])
            r["region"] = "".join(ident[3]) if ident else None
            r["region_code"] = ident[4] if ident else None
            r["level"] = ident[5] if ident else None
        _out("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        return 0
    if not rows:  # a filter that matched nothing is not an empty store: say which it is
        total = store.count()
        _out(
            f"没有符合条件的报告（库中共 {total} 份；数据目录 {store.dir}）\n"
            if total
            else f"没有报告（数据目录 {store.dir}）\n"
        )
        return 0
    lines = []
    for r in rows:
        found = "，".join(f"{KIND_SHORT.get(k, k)}{n}" for k, n in sorted(r["findings"].items())) or "无"
        lines.append(
            f"{r['id']}  {r['year'] or '????'}  {r['template']:<7}  {r['agency'] or '（机关未识别）'}  "
            f"发现：{found}  {Path(r['source'] or '').name}"
        )
    agencies = len({r["agency_key"] or r["id"] for r in rows})
    years = sorted({r["year"] for r in rows if r["year"]})
    span = (f"{years[0]}—{years[-1]}年" if years[0] != years[-1] else f"{years[0]}年") if years else "年份未识别"
    lines.append(f"共 {len(rows)} 份报告，{agencies} 个机关，{span}（{store.dir}）")
    if lag := store.unindexed_count():  # an indexer still at work, or killed: say what answers lack
        lines.append(f"向量索引：{lag} 份报告待建（问答对这些报告暂只用全文检索；xxgk index 可补建）")
    _out("\n".join(lines) + "\n")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    conf = settings(args)  # a wrong setting: one line, before the service's imports

    import uvicorn

    from api.app import create_app

    _Service = _service_class()
    sock = _listen(args.host, args.port)  # before saying 「已启动」: a port in use is one Chinese line, exit 2
    app = create_app(settings=conf)
    config = uvicorn.Config(
        app, host=args.host, port=args.port, log_level="warning", http=_http_protocol()
    )  # configures its loggers
    logging.getLogger("uvicorn.error").addFilter(_not_cancelled)
    logging.getLogger("uvicorn.error").addFilter(_said_in_chinese)
    server = _Service(config)
    # Ctrl-C from here on stops the service: uvicorn installs this same handler only once its loop runs, and
    # a Ctrl-C before that met asyncio's own handler, which cancelled a task uvicorn went on without: the
    # service kept running after 「已启动」 and the user's Ctrl-C was lost.
    signal.signal(signal.SIGINT, server.handle_exit)
    print(
        f"xxgk 服务已启动：http://{args.host}:{args.port}/  （数据目录 {app.state.store.dir}，共 {app.state.store.count()} 份报告）",
        flush=True,
    )
    server.run(sockets=[sock])
    print("xxgk 服务已停止", flush=True)
    return 0


BAD_REQUEST = "请求不合法（请求行或请求头无法解析）：地址中的中文等字符请先做 URL 编码（如 curl -G --data-urlencode）"


def _http_protocol():
    """uvicorn's HTTP protocol (httptools, else h11), but a request it cannot parse — a raw 「年度=二〇二三」 in
    the address, a broken header — is answered as every other error is, JSON in Chinese: it was the
    text/plain 「Invalid HTTP request received.」 (uvicorn writes that response before the app sees
    anything). The connection is closed after it, as uvicorn does."""
    import asyncio

    Base: type[asyncio.Protocol]
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

        Base = HttpToolsProtocol
    except ImportError:  # no httptools wheel: uvicorn's h11 protocol
        from uvicorn.protocols.http.h11_impl import H11Protocol

        Base = H11Protocol

    body = json.dumps({"detail": BAD_REQUEST}, ensure_ascii=False).encode("utf-8")
    response = (
        b"HTTP/1.1 400 Bad Request\r\ncontent-type: application/json\r\n"
        + f"content-length: {len(body)}\r\n".encode("ascii")
        + b"connection: close\r\n\r\n"
        + body
    )

    class Protocol(Base):  # pyright: ignore[reportGeneralTypeIssues]  (one of uvicorn's two protocol classes)
        transport: asyncio.Transport

        def send_400_response(self, msg: str) -> None:
            self.transport.write(response)
            self.transport.close()

    return Protocol


def _said_in_chinese(record: logging.LogRecord) -> bool:
    """uvicorn's one warning an operator meets from a client's bad request, in Chinese."""
    if record.msg == "Invalid HTTP request received.":
        record.msg, record.args = "收到无法解析的 HTTP 请求，已回复 400", ()
    return True


def _not_cancelled(record: logging.LogRecord) -> bool:
    """Ctrl-C while the service is still starting leaves uvicorn's lifespan task to be cancelled when
    the loop closes, which it logs as an ERROR with a CancelledError traceback: a stop, not an error."""
    import asyncio

    return not (record.exc_info and isinstance(record.exc_info[1], asyncio.CancelledError))


def _service_class():
    """uvicorn's Server, where Ctrl-C (or SIGTERM) is how a user stops the service: uvicorn shuts down
    gracefully, then raises the signal again inside its event loop, which logs the lifespan task's
    cancellation as an English traceback before our 「已中断」. Here the stop ends there (exit 0)."""
    import contextlib

    import uvicorn

    class Service(uvicorn.Server):
        @contextlib.contextmanager
        def capture_signals(self):
            with super().capture_signals():
                yield
                self._captured_signals.clear()  # stopped as asked: nothing to raise again

    return Service


def _listen(host: str, port: int) -> socket.socket:
    """The service's listening socket, bound here so that a port in use, a privileged port or an unknown
    host is said in Chinese — uvicorn would log an English ERROR (after our 「已启动」) and exit 3, which is
    our code for a report read in part."""
    try:
        return socket.create_server((host, port), family=socket.AF_INET6 if ":" in host else socket.AF_INET)
    except socket.gaierror:
        raise ExtractError(f"无法识别的主机地址：{host}（如 127.0.0.1 或 0.0.0.0）", "bad_input") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            msg = f"端口 {port} 已被占用：换一个端口（--port {port + 1}），或先停止占用它的程序"
        elif exc.errno == errno.EACCES:
            msg = f"没有权限使用端口 {port}（1024 以下的端口需要管理员权限）：换一个端口（--port 8000）"
        else:
            msg = f"无法在 {host}:{port} 上启动服务：{_os_reason(exc)}"
        raise ExtractError(msg, "bad_input") from None


SEED = "ankang-2022.txt"  # a real, clean GF2021 report shipped inside the package


def cmd_demo(args: argparse.Namespace) -> int:
    """Check the packaged seed report in the terminal, load it into the store, serve the page: the
    whole product from an installed package, with no file of the user's."""
    from importlib.resources import files

    from rag.index import Index
    from rag.store import Store

    data = files("api").joinpath("seed", SEED).read_bytes()
    from extractor.extract import extract_bytes

    report = extract_bytes(data, SEED)
    print(describe(report))
    print()
    store = Store(settings(args).data_dir)
    store.add(report)
    Index(store).sync()
    print(f"示例报告已入库：{report.agency} {report.year}年（报告 {report.id}）")
    if args.no_serve:
        return 0
    return cmd_serve(args)


# argparse's own words (usage, help headings, its error messages) through its gettext hook: a user
# reads 「无法识别的参数：--bogus」, not 「unrecognized arguments」. Unlisted messages stay as argparse says them.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid %(type)s value: %(value)r": "取值无效：%(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "至多一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是：%(matches)s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s：%(message)s",
    "not allowed with argument %s": "不能与 %s 同时使用",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    "ignored explicit argument %r": "多余的值：%r",
}
argparse._ = lambda msg: _ARGPARSE_ZH.get(msg, msg)  # pyright: ignore[reportAttributeAccessIssue]  (gettext hook)


class _Parser(argparse.ArgumentParser):
    """argparse, with its one-line errors said in Chinese (exit 2, as argparse does)."""

    def error(self, message: str):
        self.exit(2, f"xxgk: 参数有误：{message}（{self.prog} -h 查看用法）\n")


HOST_HELP = "监听地址（默认 127.0.0.1，只有本机可访问；0.0.0.0 对外提供服务，请同时设置 XXGK_API_KEY）"
# what an operator configures beyond the flags: read from the environment at start (README, "Service")
SERVE_SETTINGS = """环境变量：
  XXGK_API_KEY            上传、删除、更正需带请求头 X-API-Key（网页会询问一次）
  XXGK_ALLOWED_ORIGINS    允许跨站写操作的来源（逗号分隔）
  XXGK_MAX_UPLOAD_BYTES   每个上传文件的上限（默认 20 MB）
  XXGK_EXTRACT_WORKERS    同时读取上传文件的子进程数（默认 CPU 核数）
  XXGK_EXTRACT_TIMEOUT    每个文件的提取时限，秒（默认 60）
  XXGK_LLM_MODEL          启用 LLM（并设置 OPENAI_BASE_URL、OPENAI_API_KEY）
多个服务可以共用一个数据目录。磁盘已满时上传返回 507，已入库的报告照常可读；目录只读时服务不启动。"""


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"端口应为 1–65535 的整数：{value}") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"端口应为 1–65535 的整数：{value}")
    return port


def _year(value: str) -> int:
    """A report's year as a user types it: 「2023」 or 「2023年」."""
    digits = value.strip().removesuffix("年")
    if not (digits.isascii() and digits.isdigit() and len(digits) == 4):
        raise argparse.ArgumentTypeError(f"年度应为四位数字（如 2023）：{value}")
    if not 1990 <= int(digits) <= 2100:  # as the API's year; 1800 was an internal error (exit 70)
        raise argparse.ArgumentTypeError(f"年度应在 1990–2100 之间：{value}")
    return int(digits)


def _level(value: str) -> str | None:
    """`list --level`: a kind of body as the overview's filter takes it (「县级部门」「区县政府」「乡镇」)."""
    from api.overview import parse_level

    try:
        return parse_level(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _years(value: str) -> tuple[int, int]:
    """`list --year`: one year or a range, as the overview and /api/reports take them (「2023」「2023年」
    「2021-2023」「2021年至2023年」); `list --year 2021-2022` was refused while the page took it."""
    from api.overview import parse_years

    try:
        span = parse_years(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"年度应为四位数字或一段年份（如 2023、2021-2023）：{value}") from None
    if span is None:
        raise argparse.ArgumentTypeError(f"年度应为四位数字或一段年份（如 2023、2021-2023）：{value}")
    if span[0] < 1990 or span[1] > 2100:
        raise argparse.ArgumentTypeError(f"年度应在 1990–2100 之间：{value}")
    return span


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"进程数应为正整数：{value}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"进程数应为正整数：{value}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="xxgk", description="政府信息公开工作年度报告：提取、核验、问答")
    p.add_argument("--version", action="version", version=f"xxgk {__version__}", help="显示版本号并退出")
    sub = p.add_subparsers(dest="command", metavar="命令", required=True)
    e = sub.add_parser("extract", help="提取表格单元格与发现（JSON/CSV）")
    e.add_argument(
        "files",
        nargs="+",
        metavar="报告",
        help="报告文件（txt/html/md/pdf/docx/doc/xlsx/xls/odt/ods/ofd/rtf/json 或图片），- 表示标准输入",
    )
    e.add_argument(
        "--format",
        choices=["json", "cells", "csv"],
        help="输出格式（默认按 -o 的扩展名：.csv 为 csv，其余为 json）",
    )
    e.add_argument("-o", "--output", help="输出文件（默认标准输出）；Parquet 数据集请用 xxgk bulk")
    e.set_defaults(func=cmd_extract)
    c = sub.add_parser("check", help="核验勾稽关系，在终端输出可读的检查结果")
    c.add_argument(
        "files",
        nargs="*",
        metavar="报告",
        help="报告文件或目录（目录递归读取），- 表示标准输入；或库中报告的 id（xxgk list 列出）",
    )
    c.add_argument("--store", action="store_true", help="核查库中全部报告（按入库时的读取结果，不重新提取）")
    c.set_defaults(func=cmd_check)
    b = sub.add_parser("bulk", help="批量提取成数据集（可续跑），输出 reports.jsonl、cells.parquet/csv 等")
    b.add_argument("inputs", nargs="*", metavar="输入", help="文件、目录（递归）或通配符")
    b.add_argument("--list", help="每行一个路径的清单文件")
    b.add_argument("-o", "--output", required=True, help="输出目录")
    b.add_argument(
        "--workers",
        type=_workers,
        default=max(1, (os.cpu_count() or 1)),
        metavar="N",
        help="同时提取的工作进程数（默认 CPU 核数）；输出与进程数无关",
    )
    b.add_argument("--quiet", action="store_true", help="不显示进度条")
    b.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="local：本机进程池（默认）；ray：Ray 任务（需 pip install 'xxgk[ray]'）",
    )
    b.add_argument("--address", help="Ray 集群地址（如 ray://head:10001 或 head:6379）；不给则在本机启动 Ray")
    b.add_argument(
        "--gzip",
        action="store_true",
        help="报告记录写成 reports.jsonl.gz（每条一个 gzip 成员，约小 5 倍，可续跑）；已有记录文件时沿用其格式",
    )
    b.set_defaults(func=cmd_bulk)
    i = sub.add_parser("ingest", help="提取并入库（目录递归），建立检索索引；重复入库不会改变任何内容")
    i.add_argument("paths", nargs="*", metavar="路径", help="文件、目录（递归）或通配符")
    i.add_argument("--from-bulk", metavar="DIR", help="从 xxgk bulk 的输出目录（reports.jsonl）入库，不再重新提取")
    i.add_argument(
        "--workers",
        type=_workers,
        default=max(1, (os.cpu_count() or 1)),
        help="同时提取的工作进程数（默认 CPU 核数）；入库结果与单进程相同",
    )
    i.add_argument("--quiet", action="store_true", help="不显示进度")
    i.add_argument(
        "--index-later",
        action="store_true",
        help="入库后即返回，向量索引在后台补建（期间这些报告只用全文检索；xxgk list 显示进度）",
    )
    i.set_defaults(func=cmd_ingest)
    ix = sub.add_parser("index", help="补建向量索引（等候正在运行的索引进程），直到与库一致")
    ix.set_defaults(func=cmd_index)
    ls = sub.add_parser("list", help="列出已入库的报告：机关、年度、格式、id、发现数")
    ls.add_argument("--agency", help="只列这个机关（全称、简称或地名）")
    ls.add_argument("--year", type=_years, help="只列这一年度或这几年（如 2023、2021-2023）")
    ls.add_argument(
        "--level",
        type=_level,
        help="只列这一级别的机关：省级政府、省级部门、市级政府、市级部门、县级政府、县级部门、乡级政府",
    )
    ls.add_argument("--json", action="store_true", help="每行一个 JSON 对象（UTF-8；含地区 region 和级别 level）")
    ls.set_defaults(func=cmd_list)
    rm = sub.add_parser("remove", help="删除报告（SQLite、全文索引和向量索引中一并删除）")
    rm.add_argument("ids", nargs="+", metavar="ID", help="报告 id（xxgk list 列出，也见于 /api/reports）")
    rm.set_defaults(func=cmd_remove)
    a = sub.add_parser("ask", help="用中文提问（不给问题则进入问答模式）")
    a.add_argument("question", nargs="?", metavar="问题", help="用中文写的问题；不给则进入问答模式（逐行提问）")
    a.add_argument("--report", help="只问这一份报告（报告 id）")
    a.add_argument("--agency", help="机关名称或简称")
    a.add_argument("--year", type=_year, help="只问这一年度（如 2023）")
    a.add_argument("--json", action="store_true", help="输出答案对象（JSON）")
    a.set_defaults(func=cmd_ask)
    s = sub.add_parser(
        "serve",
        help="启动 HTTP 服务和网页",
        epilog=SERVE_SETTINGS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.add_argument("--host", default="127.0.0.1", help=HOST_HELP)
    s.add_argument("--port", type=_port, default=8000, help="端口（默认 8000）")
    s.set_defaults(func=cmd_serve)
    d = sub.add_parser("demo", help="检查并入库内置的示例报告，然后启动服务和网页")
    d.add_argument("--host", default="127.0.0.1", help=HOST_HELP)
    d.add_argument("--port", type=_port, default=8000, help="端口（默认 8000）")
    d.add_argument("--no-serve", action="store_true", help="只检查和入库，不启动服务")
    d.set_defaults(func=cmd_demo)
    for sp in (e, c, b, i, a, s, d, rm, ls, ix):
        sp.add_argument("--data-dir", default=None, help="数据目录，含 LLM 缓存（默认 $XXGK_DATA_DIR 或 ./.xxgk）")
    for sp in (e, c, b, i, a):
        sp.add_argument(
            "--llm",
            dest="llm",
            nargs="?",
            const="on",
            choices=LLM_FLAG_VALUES,
            default=None,
            metavar="lean|always",
            help="使用已配置的 LLM（默认：配置了 XXGK_LLM_MODEL 就使用）；=lean 只补规则未读出之处（默认），"
            "=always 逐节全读（对照用）",
        )
        sp.add_argument("--no-llm", dest="llm", action="store_false", help="只用规则，不调用 LLM")
    return p


def _check_settings() -> None:
    """Settings read from the environment, validated before any work (one line if one is wrong)."""
    from extractor import budgets

    from .sandbox import Limits, int_setting

    budgets.current()
    Limits.from_env()
    int_setting("XXGK_EXTRACT_WORKERS", 1)  # the service's; checked here so `serve` stops before importing it


# what a Ctrl-C leaves, said with 「已中断」 where the command can be run again to go on
_RESUMED = {
    "ingest": "：已入库的报告保留；再次运行同一命令会跳过它们，接着入库其余文件",
    "bulk": "：已写出的记录保留；再次运行同一命令（同一输出目录）会从中断处接着做",
}


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # Chinese output (and --json) is UTF-8 whatever the locale says
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")  # pyright: ignore[reportAttributeAccessIssue]  (checked above)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check_settings()
        return args.func(args)
    except ExtractError as exc:
        _err(str(exc))
        return 2
    except KeyboardInterrupt:
        _err("已中断" + _RESUMED.get(args.command, ""))
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug of ours: one line, the traceback on request
        if os.environ.get("XXGK_DEBUG"):
            raise
        _err(f"内部错误（请报告此问题；设置 XXGK_DEBUG=1 可看详细信息）：{type(exc).__name__}: {exc}")
        return 70


if __name__ == "__main__":
    sys.exit(main())
