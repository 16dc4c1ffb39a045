"""Extraction of untrusted bytes in a child process, under a deadline and a memory limit.

The budgets (extractor/budgets.py) refuse the amplifications we know of before a loader pays for
them. This is the backstop for the ones we do not: each file is read by a fresh child process with
an address-space limit (RLIMIT_AS) and a CPU-time limit (RLIMIT_CPU), killed when a wall-clock
deadline passes or when the caller stops waiting (the HTTP client left). Whatever the file does,
it can take down one child, never the service or the CLI run.

The child sends back the report as JSON, which the parent validates (`Report.model_validate_json`):
a child gone wrong cannot hand the parent anything but a report or an error message. For `ingest`
(`derive=True`) the JSON comes compressed with the parts the store derives from it (chunks, BM25
tokens): the writer takes them only when they are that report's (`rag.store.Derived.of`).

Start methods: the service uses `forkserver` (its process has threads — uvicorn's pool, chromadb —
and forking a threaded process is unsafe); the server process forks children from a clean,
single-threaded process that has the extractor already imported, so a child starts in ~10 ms.
The CLI is single-threaded while it extracts and uses plain `fork`.

Settings (environment, validated at start-up by the CLI and the service): XXGK_EXTRACT_TIMEOUT
(seconds of CPU per file, default 60; the wall-clock deadline is twice that, plus the LLM's own total
per report — `LLMConfig.report_timeout`, XXGK_LLM_REPORT_TIMEOUT — when the LLM pass is on: the
child waits on the network then, the CPU limit still holds), XXGK_WORKER_MEMORY_MB (address space a
child may add to what it starts with, default 1536)."""

from __future__ import annotations

import os
import re
import resource
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from extractor.schema import ExtractError, Report

if TYPE_CHECKING:  # asyncio and multiprocessing are imported where a child is made: `xxgk ask` checks
    import multiprocessing.context  # the settings of this module and starts no child


MB = 1024 * 1024
_PRELOAD = [
    "api.sigint_ignored",  # first: a Ctrl-C while the rest is imported is the parent's (its docstring)
    "extractor.extract",
    "extractor.load_pdf",
    "extractor.load_docx",
    "extractor.load_html",
    "pdfplumber",
    "docx",
    "lxml.html",
]


def int_setting(name: str, default: int) -> int:
    """A positive integer from the environment; a wrong value is one Chinese line, not a crash."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ExtractError(f"环境变量 {name} 的值无效：{raw!r}（应为正整数）", "bad_setting")
    return value


def _setting(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1
    if value <= 0:
        raise ExtractError(f"环境变量 {name} 的值无效：{raw!r}（应为正数）", "bad_setting")
    return value


@dataclass(frozen=True)
class Limits:
    cpu_seconds: float = 60.0
    wall_seconds: float = 120.0
    memory_mb: int = 1536

    def with_ocr(self, data: bytes) -> Limits:
        """More room for an input that may have to be read by OCR (a scan, a picture of a table):
        onnxruntime's detector on a 2000-pixel page reaches ~1.8 GB of address space, and a page
        costs seconds of CPU. Unchanged when OCR is not installed or the input cannot need it."""
        pages = ocr_pages(data)
        if not pages:
            return self
        cpu = OCR_CPU_PER_PAGE * pages
        return replace(
            self,
            cpu_seconds=self.cpu_seconds + cpu,
            wall_seconds=self.wall_seconds + 2 * cpu,
            memory_mb=self.memory_mb + OCR_MEMORY_MB,
        )

    @classmethod
    def from_env(cls, llm=None) -> Limits:
        """`llm`: the LLMConfig of the pass, if it runs (its report deadline extends the wall clock)."""
        cpu = _setting("XXGK_EXTRACT_TIMEOUT", 60.0)
        wall = cpu * 2 + (float(getattr(llm, "report_timeout", 0.0)) + 10.0 if llm is not None else 0.0)
        return cls(cpu, wall, int(_setting("XXGK_WORKER_MEMORY_MB", 1536)))


OCR_MEMORY_MB = 1024
OCR_CPU_PER_PAGE = 20.0  # seconds: ~3 on a quiet core, 5–8 measured on a loaded one, and a margin


def ocr_pages(data: bytes) -> int:
    """How many pages or pictures an input might have read by OCR (0: none, or no OCR installed)."""
    from extractor.budgets import pdf_pages
    from extractor.ocr import available
    from extractor.ocr_load import is_image, max_ocr_pages

    if data.startswith(b"%PDF-"):
        n = pdf_pages(data)  # a text PDF may carry its tables as pictures, or be a scan
    elif is_image(data):
        n = _frames(data)
    elif data.startswith(b"PK\x03\x04"):
        n = data.count(b"word/media/") // 2  # each picture is named twice (entry, directory)
    else:
        n = len(re.findall(rb"<img\b", data[:MAX_HTML_SCAN], re.I))
    if not n or not available():
        return 0
    return min(n, max_ocr_pages())


MAX_HTML_SCAN = 20 * 1024 * 1024


def _frames(data: bytes) -> int:
    """Frames of an image file (a scanned TIFF holds one page a frame); 1 when it cannot say."""
    try:
        import io
        import warnings

        from PIL import Image

        with warnings.catch_warnings():  # (Pillow's DecompressionBombWarning: the child refuses such a
            warnings.simplefilter("ignore")  # picture in one line, the user is not told twice)
            return max(1, int(getattr(Image.open(io.BytesIO(data)), "n_frames", 1)))
    except Exception:  # not decodable here: the child will say so
        return 1


def _child(
    conn, data: bytes, source: str, llm, limits: Limits, base=None, derive: bool = False, several: bool = False
) -> None:
    """In the child: limit ourselves, extract, send one message, exit. `several`: an archive of several reports
    sends each (extractor/several.py) in one message 「several」: each report's own message, and the duplicates."""
    from extractor.extract import extract_bytes

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # the limit is on what reading the file may add: a forked child starts with its parent's address
    # space (the fork server's imports; in the CLI, whatever the command had loaded)
    room = _address_space() + limits.memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (room, room))
    cpu = max(1, int(limits.cpu_seconds + 0.999))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    try:
        if several:
            from extractor.several import extract_reports

            got = extract_reports(data, source, llm, base)
            if len(got.reports) == 1 and not got.duplicates:
                message = _report_message(got.reports[0], derive)
            else:
                message = ("several", [_report_message(r, derive) for r in got.reports], got.duplicates)
        else:
            message = _report_message(extract_bytes(data, source, llm, base), derive)
    except ExtractError as exc:
        message = ("error", str(exc), exc.code)
    except MemoryError:
        message = ("error", f"处理该文件所需内存超过上限（{limits.memory_mb} MB），已中止", "over_budget")
    except RecursionError:
        message = ("error", "文件结构嵌套过深，无法处理", "over_budget")
    except Exception as exc:  # a bug of ours: said as such, never a crash of the caller
        message = ("internal", f"{type(exc).__name__}: {exc}"[:500])
    del data
    try:
        conn.send(message)
    except MemoryError:
        conn.send(("error", f"处理该文件所需内存超过上限（{limits.memory_mb} MB），已中止", "over_budget"))
    conn.close()


def _report_message(report, derive: bool) -> tuple:
    if derive:  # ingest: the parts the store derives are made here too (rag.store.derive)
        from rag.hashvec import worker_vectors
        from rag.store import derive as derive_parts

        d = derive_parts(report, embed=worker_vectors())
        return ("derived", d.packed, d.chunks, d.tokens, d.vectors)
    return ("ok", report.model_dump_json())


@dataclass
class Got:
    """One report a child sent: the report, its JSON as sent, the store's parts (`derive`)."""

    report: Report
    json: str
    derived: object = None


_LLM_PRELOAD = ["extractor.llm_client", "extractor.llm_transport", "openai", "instructor"]
_contexts: dict[str, multiprocessing.context.BaseContext] = {}


def _address_space() -> int:
    """This process's virtual size in bytes (/proc/self/statm)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def context(method: str, llm: bool = False) -> multiprocessing.context.BaseContext:
    """The start method's context; the fork server imports the extractor once (and the LLM client
    libraries when the pass runs, ~1 s a child otherwise)."""
    ctx = _contexts.get(method)
    if ctx is None:
        import multiprocessing

        ctx = multiprocessing.get_context(method)
        if method == "forkserver":
            ctx.set_forkserver_preload(_PRELOAD + (_LLM_PRELOAD if llm else []))
        _contexts[method] = ctx
    return ctx


class Job:
    """One file being read by one child process."""

    def __init__(
        self,
        data: bytes,
        source: str,
        llm,
        limits: Limits,
        method: str,
        base=None,
        derive: bool = False,
        several: bool = False,
    ):
        ctx = context(method)
        limits = limits.with_ocr(data)
        self.limits = limits
        self.got: list[Got] = []
        self.duplicates: list[tuple[str, str]] = []
        self.conn, child_end = ctx.Pipe(duplex=False)
        # every start method's context has .Process; typeshed's BaseContext does not say so
        args = (child_end, data, source, llm, limits, base, derive, several)
        self.proc = ctx.Process(target=_child, args=args, daemon=True)  # pyright: ignore[reportAttributeAccessIssue]
        self.proc.start()
        child_end.close()
        self.deadline = time.monotonic() + limits.wall_seconds

    def ready(self, timeout: float = 0.0) -> bool:
        """A message arrived, or the child is gone (then `result` says why)."""
        return self.conn.poll(timeout) or not self.proc.is_alive()

    def expired(self) -> bool:
        return time.monotonic() > self.deadline

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def result(self) -> Report:
        """The report, or the ExtractError the child met (or the way it died). With `several`, the first of an
        archive's reports (`self.got`: all of them, `self.duplicates`: its members that repeat one)."""
        try:
            message = self.conn.recv() if self.conn.poll() else None
        except (EOFError, OSError):
            message = None
        self.proc.join(5)
        self.conn.close()
        if message is None:
            code = self.proc.exitcode
            if code == -signal.SIGXCPU:
                raise ExtractError(f"处理超时（超过 {self.limits.cpu_seconds:g} 秒），已中止", "timeout")
            raise ExtractError(
                f"处理该文件时工作进程异常退出（退出码 {code}），可能超出内存上限（{self.limits.memory_mb} MB）",
                "worker_died",
            )
        if message[0] == "several":
            self.got = [self._got(m) for m in message[1]]
            self.duplicates = [(str(a), str(b)) for a, b in message[2]]
            if not self.got:
                raise RuntimeError("提取时发生内部错误：容器中没有报告")
        else:
            self.got = [self._got(message)]
        self.json, self.derived = self.got[0].json, self.got[0].derived
        return self.got[0].report

    def _got(self, message) -> Got:
        if message[0] == "derived":  # the JSON compressed, with the store's derived parts (Job(derive=True))
            from rag.store import Derived, body_text

            text = body_text(message[1])
            derived = Derived(message[2], message[3], message[1], message[4])  # checked by the writer
            return Got(Report.model_validate_json(text), text, derived)
        if message[0] == "ok":  # the report's own JSON: a writer stores it without dumping it again
            return Got(Report.model_validate_json(message[1]), message[1])
        if message[0] == "error":
            raise ExtractError(message[1], message[2])
        raise RuntimeError(f"提取时发生内部错误：{message[1]}")

    def timed_out(self) -> ExtractError:
        self.kill()
        return ExtractError(f"处理超时（超过 {self.limits.wall_seconds:g} 秒），已中止", "timeout")


def extract_guarded(
    data: bytes, source: str, llm=None, limits: Limits | None = None, method: str = "fork", base=None
) -> Report:
    """Extract in a child process and wait for it (the CLI). `base`: the folder of a file the user
    named (an HTML page's pictures beside it are read); never for bytes from elsewhere."""
    if llm is not None and method == "fork":
        import importlib

        for name in _LLM_PRELOAD:  # imported once here, inherited by every child
            importlib.import_module(name)
    job = Job(data, source, llm, limits or Limits.from_env(llm), method, base)
    try:
        while not job.ready(0.2):
            if job.expired():
                raise job.timed_out()
        return job.result()
    except BaseException:
        job.kill()  # Ctrl-C, or anything else: the child does not outlive our interest in it
        raise


async def extract_guarded_async(
    data: bytes,
    source: str,
    llm=None,
    limits: Limits | None = None,
    gone: Callable[[], Awaitable[bool]] | None = None,
    method: str = "forkserver",
) -> Report:
    """Extract in a child process without holding a thread (the service); `gone()` is asked
    while waiting, and the child is killed as soon as it says the client has left."""
    reports, _ = await extract_several_async(data, source, llm, limits, gone, method, several=False)
    return reports[0]


async def extract_several_async(
    data: bytes,
    source: str,
    llm=None,
    limits: Limits | None = None,
    gone: Callable[[], Awaitable[bool]] | None = None,
    method: str = "forkserver",
    several: bool = True,
) -> tuple[list[Report], list[tuple[str, str]]]:
    """`extract_guarded_async`, each report of an archive of several (extractor/several.py): the reports, and the
    archive's members that repeat one of them (source, source repeated)."""
    import asyncio
    from functools import partial

    loop = asyncio.get_running_loop()
    make = partial(Job, data, source, llm, limits or Limits.from_env(llm), method, several=several)
    job = await loop.run_in_executor(None, make)
    try:
        wait = 0.005
        while not job.ready():
            if job.expired():
                raise job.timed_out()
            if gone is not None and await gone():
                job.kill()
                raise ClientGone()
            await asyncio.sleep(wait)
            wait = min(wait * 2, 0.1)
        await loop.run_in_executor(None, job.result)
        return [g.report for g in job.got], job.duplicates
    except BaseException:
        job.kill()  # cancelled (server shutting down) or the client left: no orphan child
        raise


class ClientGone(Exception):
    """The HTTP client disconnected while its file was being read."""


def warm_up(method: str = "forkserver", llm: bool = False) -> None:
    """Start the fork server (imports the extractor once) so the first upload does not wait."""
    ctx = context(method, llm)
    p = ctx.Process(target=os.getpid)  # pyright: ignore[reportAttributeAccessIssue]
    p.start()
    p.join(60)
