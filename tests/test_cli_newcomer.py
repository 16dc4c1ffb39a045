"""What a newcomer meets first, as real processes: argparse's own words (usage, help, a wrong flag) in
Chinese; an empty directory to ingest is said, not 「入库 0 份」 with exit 0; `serve` on a port in use says so
before claiming 「已启动」 (uvicorn logged an English ERROR and exited 3, our code for a report read in
part); Ctrl-C stops the service without a traceback; the API's validation errors in Chinese."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from webserver import Server, free_port

ROOT = Path(__file__).resolve().parent.parent


def xxgk(*args: str, data_dir: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args, "--data-dir", str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_argparse_speaks_chinese(tmp_path):
    p = xxgk("list", "--bogus", data_dir=tmp_path)
    assert p.returncode == 2 and "无法识别的参数：--bogus" in p.stderr and "unrecognized" not in p.stderr
    p = xxgk("list", "--year", "23", data_dir=tmp_path)
    assert p.returncode == 2 and "年度应为四位数字" in p.stderr and "invalid" not in p.stderr
    p = xxgk("list", "--year", "2023年", data_dir=tmp_path)  # as a user writes a year
    assert p.returncode == 0, p.stderr
    p = subprocess.run([sys.executable, "-m", "api.cli", "list", "-h"], cwd=ROOT, capture_output=True, text=True)
    assert "用法：" in p.stdout and "显示本帮助并退出" in p.stdout and "usage" not in p.stdout
    p = subprocess.run([sys.executable, "-m", "api.cli"], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 2 and "缺少必需的参数：命令" in p.stderr and "required" not in p.stderr


def test_ingest_of_an_empty_directory_is_said(tmp_path):
    (tmp_path / "空目录").mkdir()
    data = tmp_path / "data"
    p = xxgk("ingest", str(tmp_path / "空目录"), data_dir=data)
    assert p.returncode == 2 and "没有找到任何输入文件" in p.stderr, (p.stdout, p.stderr)
    assert "Traceback" not in p.stderr and not data.exists()  # nothing created for nothing


def test_serve_on_a_port_in_use_is_one_chinese_line(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        p = xxgk("serve", "--port", str(port), data_dir=tmp_path)
    assert p.returncode == 2, (p.stdout, p.stderr)
    assert f"端口 {port} 已被占用" in p.stderr and "已启动" not in p.stdout
    assert "ERROR" not in p.stderr and "Traceback" not in p.stderr


def test_ctrl_c_stops_the_service_cleanly(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.time() + 180  # a wait, not a timing: a loaded machine starts slowly
        while time.time() < deadline and proc.poll() is None:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, (out, err)
    assert "xxgk 服务已停止" in out and "Traceback" not in err and "KeyboardInterrupt" not in err


def test_ctrl_c_as_the_service_starts_is_no_traceback(tmp_path):
    """Ctrl-C in the first seconds, while uvicorn still starts the app: its lifespan task is cancelled
    at the loop's end, which uvicorn logged as an ERROR with a CancelledError traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(free_port()), "--data-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and "服务已启动" in proc.stdout.readline()
        proc.send_signal(signal.SIGINT)  # the line is printed just before uvicorn starts the app
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode in (0, 130), (out, err)
    assert "Traceback" not in err and "ERROR" not in err, err


def test_api_validation_errors_are_chinese(tmp_path):
    server = Server(tmp_path)
    try:
        r = httpx.post(server.url + "/api/ask", json={"q": "本年新收多少"}, timeout=60)
        assert r.status_code == 422 and r.json()["detail"] == "请求参数有误：question：缺少字段"
        r = httpx.post(server.url + "/api/ask", content=b"{not json", headers={"content-type": "application/json"})
        assert r.status_code == 422 and r.json()["detail"] == "请求参数有误：请求体不是合法的 JSON"
        r = httpx.get(server.url + "/api/reports/x/export", params={"format": "xml"})
        assert r.status_code in (404, 422) and "Input should be" not in r.json()["detail"]
    finally:
        server.stop()
