"""What a user meets running the commands a second time, interrupting them, or mistyping a name
(userprobe4): real subprocesses on real files, no mocks of our code."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def xxgk(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, env=env, timeout=timeout
    )


def text(p: subprocess.CompletedProcess) -> tuple[str, str]:
    return p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def test_extract_writes_the_format_its_output_name_says(tmp_path, corpus):
    """`-o cells.csv` wrote JSON into a .csv file (and into .parquet / .xlsx names) without a word."""
    src = str(corpus / "reports" / "ankang-2022.txt")
    out = tmp_path / "cells.csv"
    p = xxgk("extract", src, "-o", str(out))
    assert p.returncode == 0, text(p)
    assert out.read_text(encoding="utf-8-sig").startswith('"report_id","source"')
    for name in ("cells.parquet", "cells.xlsx"):
        p = xxgk("extract", src, "-o", str(tmp_path / name))
        _, err = text(p)
        assert p.returncode == 2 and "extract 不输出" in err and "xxgk bulk" in err, err
        assert not (tmp_path / name).exists()
        assert err.count("xxgk:") == 1
    # an explicit --format still wins, and no -o is JSON as before
    p = xxgk("extract", src, "--format", "json", "-o", str(tmp_path / "x.csv"))
    assert p.returncode == 0 and json.loads((tmp_path / "x.csv").read_text(encoding="utf-8"))["year"] == 2022


def test_read_commands_create_no_data_dir_and_an_unknown_report_is_said(tmp_path, corpus):
    typo = tmp_path / "typo"
    for args in (["list"], ["ask", "收到多少件申请？"], ["index"], ["remove", "abc"]):
        p = xxgk(*args, "--data-dir", str(typo))
        out, err = text(p)
        assert "不存在" in out + err and "Traceback" not in err, (args, out, err)
        assert not typo.exists(), args  # a mistyped --data-dir left an empty store behind
    data = tmp_path / "d"
    assert xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", str(data)).returncode == 0
    p = xxgk("ask", "收到多少件申请？", "--report", "nope", "--data-dir", str(data))
    out, err = text(p)
    assert p.returncode == 2 and "没有这份报告：nope" in err and "报告未提及" not in out, (out, err)


def test_a_folder_ingested_again_is_not_a_line_a_file(tmp_path, corpus):
    src = tmp_path / "in"
    shutil.copytree(corpus / "reports", src)
    shutil.copytree(corpus / "unlabeled", src / "more", ignore=shutil.ignore_patterns("*.json"))
    data = str(tmp_path / "d")
    first = xxgk("ingest", str(src), "--data-dir", data)
    assert first.returncode == 0, text(first)
    again = xxgk("ingest", str(src), "--data-dir", data)
    out, _ = text(again)
    n = sum(1 for _ in src.rglob("*") if _.is_file())
    assert again.returncode == 0 and f"已存在跳过 {n} 份" in out
    assert out.count("重复，已跳过") == 10 and f"另有 {n - 10} 份已在库中" in out, out


def test_a_file_is_named_once_in_its_error(tmp_path):
    missing = str(tmp_path / "nope.txt")
    p = xxgk("check", missing)
    _, err = text(p)
    assert p.returncode == 2 and err.count("nope.txt") == 1 and "文件不存在" in err, err


def test_check_of_a_pre_2019_report_claims_no_tables_checked(corpus):
    p = xxgk("check", str(corpus / "reports" / "hebei-edu-2018.txt"))
    out, _ = text(p)
    assert p.returncode == 0 and "✔" not in out and "勾稽关系无从核对" in out, out


def test_a_truncated_pdf_is_said_in_chinese(tmp_path, corpus):
    cut = tmp_path / "cut.pdf"
    cut.write_bytes((corpus / "reports" / "hongze-2023.pdf").read_bytes()[:3000])
    p = xxgk("check", str(cut))
    _, err = text(p)
    assert p.returncode == 2 and "PDF 无法打开" in err and "没有下载完整" in err, err
    assert "Failed" not in err and "PDFium" not in err


def test_bulk_run_again_says_what_the_first_said(tmp_path, corpus):
    """The first run said 「失败 3 份」 (exit 2), the same command again 「失败 0 份」 (exit 0) and no
    duplicate; a missing file named in --list was appended to errors.jsonl on every run."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("ankang-2022.txt", "pingtan-2021.txt"):
        shutil.copy(corpus / "reports" / name, src / name)
    shutil.copy(corpus / "reports" / "ankang-2022.txt", src / "ankang-copy.txt")
    (src / "empty.txt").write_bytes(b"")
    listed = tmp_path / "list.txt"
    listed.write_text(str(tmp_path / "gone.txt") + "\n", encoding="utf-8")
    out = tmp_path / "out"
    runs = [xxgk("bulk", str(src), "--list", str(listed), "-o", str(out), "--quiet") for _ in range(2)]
    said = [text(p)[0] for p in runs]
    assert [p.returncode for p in runs] == [2, 2], said
    for s in said:
        assert "内容重复 1 份" in s and "失败 2 份" in s, s
    assert "其中 2 份为此前记录" in said[1]
    assert len((out / "errors.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_ctrl_c_keeps_what_ingest_had_read(tmp_path, corpus):
    """A Ctrl-C lost every report read since the last commit (256 files a commit: the first 255 of
    any folder). A FIFO named last holds the run once the three reports before it are read."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("ankang-2022.txt", "pingtan-2021.txt", "pingtan-2022.txt"):
        shutil.copy(corpus / "reports" / name, src / name)
    fifo = src / "zz-held.txt"
    os.mkfifo(fifo)
    data = tmp_path / "d"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    proc = subprocess.Popen(
        # the FIFO named last (a folder's walk takes regular files only)
        [sys.executable, "-m", "api.cli", "ingest", *sorted(map(str, src.iterdir())), "--data-dir", str(data)]
        + ["--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a group of its own, signalled as a terminal's Ctrl-C signals it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    writer = None
    try:
        deadline = time.time() + 240
        while writer is None:  # the FIFO opened for reading: the three reports before it were read
            assert time.time() < deadline and proc.poll() is None, proc.communicate()
            try:
                writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                assert exc.errno == errno.ENXIO
                time.sleep(0.2)
        time.sleep(0.5)
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if writer is not None:
            os.close(writer)
        if proc.poll() is None:
            proc.kill()
    said = err.decode("utf-8")
    assert proc.returncode == 130 and "已中断" in said and "再次运行同一命令" in said, said
    listed = xxgk("list", "--json", "--data-dir", str(data))
    rows = [json.loads(line) for line in listed.stdout.decode("utf-8").splitlines()]
    assert len(rows) == 3, (said, rows)


def test_check_says_a_finding_as_the_report_page_does(corpus):
    """`check` printed the rule's algebra over keys: 「t4.rv：…不成立：左边 0，右边 10+1+0+0=11」."""
    p = xxgk("check", str(corpus / "reports" / "hongze-2023.pdf"))
    out, _ = text(p)
    assert p.returncode == 1
    assert "表四·行政复议：总计印为0，按各项之和应为11（结果维持10、结果纠正1）。" in out, out
    assert "t4.rv" not in out and "左边" not in out
