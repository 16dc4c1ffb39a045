"""The command line as a user runs it: real subprocesses, real files, clear errors, no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen import consistent_values, render

ROOT = Path(__file__).resolve().parent.parent


def xxgk(*args: str, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    import os

    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def _no_traceback(p: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in p.stderr, p.stderr.decode()


def test_cells_format_is_the_gold_contract(corpus):
    p = xxgk("extract", "--format", "cells", str(corpus / "reports" / "ankang-2022.txt"))
    assert p.returncode == 0, p.stderr.decode()
    obj = json.loads(p.stdout)
    gold = json.loads((corpus / "gold" / "ankang-2022.json").read_text(encoding="utf-8"))
    for field in ("template", "tables_recoverable", "t2", "t3", "t4", "placeholders", "findings"):
        assert field in obj
    assert obj["t3"] == gold["t3"] and obj["t4"] == gold["t4"] and obj["t2"] == gold["t2"]
    assert obj["year"] == 2022


def test_stdin_and_csv(tmp_path):
    text = render(consistent_values(2), "pipe").encode()
    out = tmp_path / "cells.csv"
    p = xxgk("extract", "-", "--format", "csv", "-o", str(out), stdin=text)
    assert p.returncode == 0, p.stderr.decode()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a CSV file gets a BOM (stdout does not)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith(
        '"report_id","source","agency","year","template","table","row","col","key","value","raw"'
    )
    assert len(lines) == 1 + 10 + 175 + 15


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("empty.txt", b"", "文件为空"),
        ("blank.txt", b"   \n\n", "文件为空"),
        ("binary.bin", bytes(range(256)) * 40, "二进制"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "不支持"),
        ("novel.txt", "第一章 天下大势，分久必合，合久必分。".encode(), "不是政府信息公开工作年度报告"),
        ("broken.pdf", b"%PDF-1.4\n garbage", "PDF"),
    ],
)
def test_bad_input_one_clear_line(tmp_path, name, content, needle):
    f = tmp_path / name
    f.write_bytes(content)
    p = xxgk("extract", str(f))
    _no_traceback(p)
    assert p.returncode == 2
    err = p.stderr.decode().strip().splitlines()
    assert len(err) == 1 and needle in err[0], err


def test_missing_file(tmp_path):
    p = xxgk("check", str(tmp_path / "nope.txt"))
    _no_traceback(p)
    assert p.returncode == 2 and "文件不存在" in p.stderr.decode()


def test_fifty_megabytes_refused(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    p = xxgk("extract", str(f))
    _no_traceback(p)
    assert p.returncode == 2 and "文件过大" in p.stderr.decode()


def test_table_missing_is_reported_and_rest_kept(tmp_path):
    f = tmp_path / "no-t4.txt"
    f.write_text(render(consistent_values(4), "pipe", drop=("t4",)), encoding="utf-8")
    p = xxgk("extract", "--format", "cells", str(f))
    _no_traceback(p)
    assert p.returncode == 3
    assert "表四" in p.stderr.decode()
    obj = json.loads(p.stdout)
    assert obj["t4"] == {} and len(obj["t3"]) == 175


def test_truncated_table(tmp_path):
    text = render(consistent_values(4), "pipe")
    cut = text.index("（四）无法提供")
    f = tmp_path / "truncated.txt"
    f.write_text(text[:cut], encoding="utf-8")
    p = xxgk("extract", "--format", "cells", str(f))
    _no_traceback(p)
    assert p.returncode == 3
    obj = json.loads(p.stdout)
    assert obj["t3"]["new.tot"] is not None
    assert "r4_1.tot" not in obj["t3"]
    assert any(f["check"] == "D1" and f["where"] == "t3.r4_1" for f in obj["findings"])


def test_batch_goes_on_after_a_bad_file(tmp_path, corpus):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    p = xxgk("extract", "--format", "cells", str(bad), str(corpus / "reports" / "hebei-edu-2023.txt"))
    _no_traceback(p)
    assert p.returncode == 2
    records = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert records[0]["template"] == "GF2021"
    assert records[1]["error"] and records[1]["code"] == "empty"


def test_check_exit_code_reflects_report_errors(corpus):
    clean = xxgk("check", str(corpus / "reports" / "ankang-2022.txt"))
    assert clean.returncode == 0 and "未发现勾稽关系错误" in clean.stdout.decode()
    broken = xxgk("check", str(corpus / "reports" / "hongze-2023.pdf"))
    assert broken.returncode == 1 and "H5" in broken.stdout.decode()


def test_demo_checks_and_stores_the_packaged_seed(tmp_path):
    """`xxgk demo` needs no file of the user's: the seed report ships inside the package."""
    p = xxgk("demo", "--no-serve", "--data-dir", str(tmp_path / "d"))
    assert p.returncode == 0, p.stderr.decode()
    out = p.stdout.decode()
    assert "安康市人民政府办公室" in out and "2022年" in out
    q = xxgk("ask", "2022年安康市共收到多少件政府信息公开申请？", "--json", "--data-dir", str(tmp_path / "d"))
    assert q.returncode == 0, q.stderr.decode()
    assert json.loads(q.stdout)["value"] == 56


def test_years_far_from_the_stores_are_refused_not_crashed(tmp_path):
    """「2019年以前的年报有哪些」 reads the thirty years before 2019 (from 1989), 「1980年的年报」 a year no report can
    have: each is a plain refusal naming the years, never a traceback (the typed question rejected years before 1990)."""
    p = xxgk("demo", "--no-serve", "--data-dir", str(tmp_path / "d"))
    assert p.returncode == 0, p.stderr.decode()
    for q, said in (
        ("2019年以前的年报有哪些", "1989年"),
        ("1980年的年报有哪些", "1980年"),
        ("安康市1985到1992年收到多少申请", "1985年"),
        ("2099年以后的年报", "2099年"),
    ):
        a = xxgk("ask", q, "--data-dir", str(tmp_path / "d"))
        out, err = a.stdout.decode(), a.stderr.decode()
        assert a.returncode == 0 and "Traceback" not in err, err
        assert "报告未提及" in out and said in out and "56" not in out, out


def test_nothing_reads_outside_the_repository():
    """A fresh clone with nothing beside it must set up, run and test itself: no code, script or
    test may reach for a sibling directory such as ../shared."""
    import re

    pattern = re.compile(r"\.\./shared|parent\s*/\s*['\"]shared|/shared/corpus|parent\.parent\.parent")
    offenders = []
    for path in ROOT.rglob("*"):
        if any(part in {".venv", ".git", "node_modules", "__pycache__", ".xxgk"} for part in path.parts):
            continue
        if path.is_file() and (
            path.suffix in {".py", ".sh", ".toml", ".cfg"} or path.parent.name in {"scripts", ".ci"}
        ):
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [
                f"{path.relative_to(ROOT)}: {m.group(0)}" for m in pattern.finditer(text) if path.name != "test_cli.py"
            ]
    assert offenders == []
