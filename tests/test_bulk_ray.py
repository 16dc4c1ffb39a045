"""`xxgk bulk --engine ray` (optional group xxgk[ray]) on a local 2-CPU Ray instance: a few hundred
mixed inputs (text, HTML, Markdown, a PDF text layer, a scanned report read by OCR, a broken file)
give the same bytes as the local process pool; a Ray worker killed while it extracts is retried by
Ray and nothing is lost or doubled; a resumed run skips what is done."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray", reason="Ray group not installed (pip install 'xxgk[ray]')")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus_copies import make_copies  # noqa: E402

OUTPUTS = ("reports.jsonl", "errors.jsonl", "cells.csv", "cells.parquet", "metrics.csv", "findings.csv", "summary.md")


def tree(path: Path) -> dict[str, bytes]:
    """A file's bytes, or every file under a directory (cells.parquet/year=…/part-0.parquet)."""
    if path.is_file():
        return {path.name: path.read_bytes()}
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def bulk(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "bulk", *args, "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, corpus) -> Path:
    d = tmp_path_factory.mktemp("in")
    make_copies(corpus, d, 300)
    shutil.copy(corpus / "reports" / "hongze-2023.pdf", d / "hongze.pdf")
    # one agency's two years, same wording (内容雷同): far apart in the input order, so different
    # tasks — and processes — make their records, and the comparison must still hold
    body = (corpus / "reports" / "ankang-2022.txt").read_bytes()
    for name, year in (("a-copy.txt", 2022), ("zz-copy.txt", 2023)):
        (d / name).write_bytes(f"标题: 雷同县人民政府{year}年度政府信息公开工作年度报告\n".encode() + body)
    (d / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    if __import__("extractor.ocr", fromlist=["available"]).available():
        from eval import scan
        from extractor.extract import extract_bytes
        from reportgen import consistent_values, render

        report = extract_bytes(render(consistent_values(4), "markdown").encode("utf-8"), "gen.md")
        rng = random.Random(2)
        pages = [scan.scanned(p, rng) for p in scan.typeset(report, 150, True, True)]
        (d / "scan.pdf").write_bytes(scan.as_pdf(pages, 150))
    return d


@pytest.fixture(scope="module")
def local_out(inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("local")
    p = bulk(str(inputs), "-o", str(out), "--workers", "2")
    assert p.returncode == 2, p.stderr  # the broken file: an error record, the rest goes on
    return out


def _ray_task_workers(root: int) -> list[int]:
    """Ray worker processes, descendants of our bulk run, executing a task right now (Ray titles a
    worker 「ray::<task>」 while it runs one), read from /proc."""
    parent: dict[int, int] = {}
    title: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            parent[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
            title[int(entry)] = (
                Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            )
        except (OSError, ValueError, IndexError):
            continue
    mine = {root}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parent.items():
            if ppid in mine and pid not in mine:
                mine.add(pid)
                changed = True
    return [pid for pid in mine if "ray::_ray_task" in title.get(pid, "")]


def test_ray_engine_with_a_worker_killed_mid_task_writes_the_same_bytes_as_the_local_pool(inputs, local_out, tmp_path):
    """One Ray run (start-up costs seconds, so one does it all): a task's worker is SIGKILLed while
    it extracts; Ray runs the task again; every output equals the local pool's byte for byte; a
    second run resumes by content hash and extracts nothing."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "api.cli",
            "bulk",
            str(inputs),
            "-o",
            str(tmp_path),
            "--engine",
            "ray",
            "--workers",
            "2",
            "--quiet",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    killed = None
    deadline = time.time() + 300
    try:
        while killed is None and time.time() < deadline and proc.poll() is None:
            workers = _ray_task_workers(proc.pid)
            if workers:
                killed = workers[0]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.01)
        out, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert killed is not None, "no Ray task was caught running"
    assert proc.returncode == 2, err
    for name in OUTPUTS:
        assert tree(tmp_path / name) == tree(local_out / name), name
    assert "worker_died" not in (tmp_path / "errors.jsonl").read_text(encoding="utf-8")
    assert ",COPY," in (tmp_path / "findings.csv").read_text(encoding="utf-8")
    lines = (tmp_path / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    formats = {json.loads(x)["format"] for x in lines}
    assert {"text", "html", "markdown", "pdf"} <= formats
    if (inputs / "scan.pdf").exists():
        assert "pdf-ocr" in formats
    print(f"ray run with a kill: {time.perf_counter() - t0:.1f} s for {len(lines)} reports")
    again = bulk(str(inputs), "-o", str(tmp_path), "--engine", "ray", "--workers", "2")
    # resume by content hash: nothing extracted again, the first run's failures said again (its exit code)
    assert again.returncode == proc.returncode and "本次提取 0 份" in again.stdout, again.stderr


def test_ray_engine_without_the_group_says_how(tmp_path, corpus):
    code = (
        "import sys; sys.modules['ray'] = None; from api.cli import main; "
        f"sys.exit(main(['bulk', {str(corpus / 'reports' / 'ankang-2022.txt')!r}, '-o', {str(tmp_path)!r}, "
        "'--engine', 'ray', '--quiet']))"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "pip install 'xxgk[ray]'" in p.stderr and "Traceback" not in p.stderr
