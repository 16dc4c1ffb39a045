"""What a journalist meets with a folder of reports downloaded from several sites: `check` and `extract`
take the folder as `ingest` and `bulk` do (they said 「这是一个目录，不是文件」), without the files the
system left there."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def xxgk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_check_and_extract_take_a_folder(tmp_path, corpus):
    folder = tmp_path / "下载"
    folder.mkdir()
    shutil.copy(corpus / "reports" / "ankang-2022.txt", folder / "附件1.txt")
    shutil.copy(corpus / "reports" / "pingtan-2020.txt", folder / "附件1(1).txt")
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    p = xxgk("check", str(folder))
    assert p.returncode in (0, 1), p.stderr
    assert p.stdout.count("== ") == 2 and "安康市人民政府办公室 2022年" in p.stdout and "Thumbs" not in p.stderr
    p = xxgk("extract", str(folder), "--format", "cells")
    assert p.returncode == 0, p.stderr
    assert sorted(json.loads(line)["year"] for line in p.stdout.splitlines()) == [2020, 2022]
    (tmp_path / "空").mkdir()
    p = xxgk("check", str(tmp_path / "空"))
    assert p.returncode == 2 and "没有找到任何输入文件" in p.stderr and "Traceback" not in p.stderr


def test_a_file_named_with_brackets_is_that_file(tmp_path, corpus):
    """Downloads are named 「附件[1].txt」: named on the command line, that file is read, not the glob
    its brackets spell (which matched 「附件1.txt」, and here nothing: 「没有找到任何输入文件」)."""
    named = tmp_path / "附件[1].txt"
    shutil.copy(corpus / "reports" / "ankang-2022.txt", named)
    p = xxgk("ingest", str(named), "--data-dir", str(tmp_path / "data"))
    assert p.returncode == 0 and "入库 1 份" in p.stderr + p.stdout, p.stderr


def test_the_fork_server_ignores_ctrl_c_from_its_first_import():
    """A terminal's Ctrl-C reaches the fork server too (one process group). While it imported the
    extractor (the service's first ~10 s, an ingest's first file) it died printing its own
    KeyboardInterrupt traceback: its first preload now makes it ignore SIGINT (the parent handles
    Ctrl-C). Tested without racing a signal against the imports: the preload order, and the module's effect."""
    from api import sandbox

    assert sandbox._PRELOAD[0] == "api.sigint_ignored"
    code = "import api.sigint_ignored, os, signal; os.kill(os.getpid(), signal.SIGINT); print('alive')"
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and p.stdout.strip() == "alive" and "KeyboardInterrupt" not in p.stderr, p.stderr
