"""The service and the store as an operator meets them (userprobe3): a data directory that cannot
take a write — its disk full — is said once, in words, as the store's problem: `xxgk ingest` stops with
one line (it printed 「内部错误 OperationalError」 for every file, then the indexer's traceback), an
upload is 507 (it was each file's 「内部错误」), and any endpoint that writes says the same (the findings
view was a 500 「服务器内部错误」).

A full disk is made with the file-size limit of the processes started (RLIMIT_FSIZE, SIGXFSZ ignored):
a write past it fails as a write to a full device does, with nothing mounted."""

from __future__ import annotations

import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from extractor.extract import extract_path
from extractor.schema import ExtractError
from rag.store import Store
from webserver import ROOT, free_port


def _limited(size: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


@pytest.fixture
def one_report(tmp_path, corpus) -> Path:
    data = tmp_path / "data"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "api.cli",
            "ingest",
            str(corpus / "reports" / "ankang-2022.txt"),
            "--data-dir",
            str(data),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return data


def test_a_full_disk_stops_the_ingest_in_one_line(one_report, corpus, tmp_path):
    src = tmp_path / "more"
    shutil.copytree(corpus / "reports", src)
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(one_report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_limited(64 * 1024),
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"xxgk: 数据目录无法写入：{one_report}（"), done.stderr
    assert "内部错误" not in done.stderr and "Traceback" not in done.stderr
    assert Store(one_report).count() == 1  # what was stored stays readable


def test_a_full_store_refuses_a_report_as_the_stores_problem(tmp_path, corpus):
    store = Store(tmp_path / "data")
    report = extract_path(str(corpus / "reports" / "pingtan-2021.txt"))
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # this connection's database cannot grow: SQLITE_FULL
    with pytest.raises(ExtractError) as refused:
        store.add(report)
    assert refused.value.code == "store_unwritable" and "磁盘空间已满" in str(refused.value)
    assert not isinstance(refused.value.__cause__, sqlite3.Error)


def test_a_full_disk_under_the_service_is_507_in_words(one_report, corpus):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--data-dir", str(one_report)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_limited(64 * 1024),
    )
    try:
        deadline = time.time() + 180  # a wait for a cold start, not a timing
        while time.time() < deadline and proc.poll() is None:
            try:
                if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        body = (corpus / "reports" / "pingtan-2021.txt").read_bytes()
        up = httpx.post(url + "/api/reports", files={"files": ("pingtan-2021.txt", body)}, timeout=180)
        assert up.status_code == 507 and up.json()["detail"].startswith(f"数据目录无法写入：{one_report}（")
        seen = httpx.get(url + "/api/findings", timeout=60)
        assert seen.status_code == 507 and "数据目录无法写入" in seen.json()["detail"]
        assert httpx.get(url + "/api/reports", timeout=60).json()[0]["agency"] == "安康市人民政府办公室"
    finally:
        proc.terminate()
        proc.wait(30)


def test_serve_help_names_its_defaults_and_settings():
    """`xxgk serve --help` listed `--host HOST --port PORT` with no word: not the defaults, not that 127.0.0.1
    serves this machine only, not one of the environment settings an operator sets the service up with."""
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    for said in ("默认 127.0.0.1", "默认 8000", "XXGK_API_KEY", "XXGK_MAX_UPLOAD_BYTES", "XXGK_EXTRACT_WORKERS"):
        assert said in done.stdout, said
