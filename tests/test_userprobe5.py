"""What a user meets (userprobe5): PDFium's English in errors, the CLI's internal words, the API's
error contract, exports opened in a spreadsheet. Real processes, real servers on loopback, no mocks
of our code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def xxgk(*args: str, timeout: int = 300, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM") and k != "XXGK_DEBUG"}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, env=env, timeout=timeout
    )


def _cut_pdf(corpus: Path) -> bytes:
    return (corpus / "reports" / "hongze-2023.pdf").read_bytes()[:3000]


@pytest.mark.parametrize("reader", ["layer", "ocr"])
def test_pdfium_cannot_open_is_said_in_chinese_at_the_source(corpus, reader):
    """pdf_layer and ocr_load put PDFium's own English (「Failed to load document (PDFium: Data format
    error).」) into their ExtractError; only load_pdf reworded it."""
    from extractor.schema import ExtractError

    if reader == "layer":
        from extractor.pdf_layer import load_pdf_layer as read
    else:
        from extractor.ocr_load import ocr_pdf_pages as read
    with pytest.raises(ExtractError) as e:
        read(_cut_pdf(corpus))
    msg = str(e.value)
    assert e.value.code == "bad_pdf" and msg.startswith("PDF 无法打开") and "没有下载完整" in msg, msg
    assert not any(w in msg for w in ("Failed", "PDFium", "error")), msg


def test_pdfplumber_cannot_open_is_said_without_a_class_name(tmp_path, corpus, monkeypatch):
    """XXGK_PDF_ENGINE=pdfplumber said 「…：PDFSyntaxError」 (a Python class name)."""
    from extractor.load_pdf import load_pdf
    from extractor.schema import ExtractError

    monkeypatch.setenv("XXGK_PDF_ENGINE", "pdfplumber")
    with pytest.raises(ExtractError) as e:
        load_pdf(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    assert str(e.value) == "PDF 无法打开（文件损坏或加密）", str(e.value)


def test_ask_prints_no_internal_route_name(tmp_path, corpus):
    """Every answer ended with 「—— 路径：value.cells，312 ms」: our route's name, to every user."""
    data = str(tmp_path / "d")
    p = xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", data)
    assert p.returncode == 0, p.stderr.decode()
    p = xxgk("ask", "安康2022年新收申请多少件？", "--data-dir", data)
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0 and "件" in out, out
    assert "路径" not in out and " ms" not in out, out
    p = xxgk("ask", "安康2022年新收申请多少件？", "--data-dir", data, XXGK_DEBUG="1")
    assert "路径：" in p.stdout.decode("utf-8")  # still there for us


def test_help_names_every_argument_in_chinese_and_there_is_a_version():
    """`xxgk check --help` listed 「位置参数: files」 with no word on it (ask: 「question」, remove: 「ids」,
    bulk's --workers had no help at all); `xxgk --version` was 「无法识别的参数」."""
    from extractor import __version__

    p = xxgk("--version")
    assert p.returncode == 0 and p.stdout.decode().strip() == f"xxgk {__version__}", p
    english = ("files", "question", "inputs", "paths", "ids")
    for cmd in ("extract", "check", "ingest", "bulk", "ask", "remove"):
        p = xxgk(cmd, "--help")
        out = p.stdout.decode("utf-8")
        assert p.returncode == 0, out
        positional = out.split("位置参数:")[1].split("选项:")[0]
        assert not any(w in positional.split() for w in english), (cmd, positional)
        lines = [ln for ln in positional.splitlines() if ln.strip()]
        assert all(len(ln.split()) > 1 for ln in lines), (cmd, positional)  # each with its help
    out = xxgk("bulk", "--help").stdout.decode("utf-8")
    assert "--workers N" in out and "工作进程数" in out, out
    assert "xxgk list" in xxgk("remove", "--help").stdout.decode("utf-8")


def test_list_of_one_year_says_the_year_once(tmp_path, corpus):
    """`xxgk list --year 2023` ended 「2023—2023年」."""
    data = str(tmp_path / "d")
    assert xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", data).returncode == 0
    out = xxgk("list", "--data-dir", data).stdout.decode("utf-8")
    assert "，2022年（" in out and "2022—2022" not in out, out
