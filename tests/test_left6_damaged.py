"""left6, families 3 and 4: a container cut short by a failed download is said, never read in part as the whole
report; an archive of no report says in one sentence what it held. Real files (gzip, tarfile, zipfile), the CLI as
a user runs it."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.schema import ExtractError

ROOT = Path(__file__).resolve().parent.parent


def _report() -> bytes:
    return generate(RandomDraw(3), "txt-lines").data


def _tar(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


def test_a_cut_html_gz_is_refused_as_incomplete():
    data = generate(RandomDraw(3), "html-gz-store").data
    assert extract_bytes(data, "page.html.gz").cells  # (whole: read)
    with pytest.raises(ExtractError, match="文件不完整：gzip 压缩内容被截断.*请重新下载") as err:
        extract_bytes(data[: len(data) // 2], "page.html.gz")  # on main: 17 cells of 200 and a row of D1s
    assert err.value.code == "truncated"


def test_a_cut_tar_gz_is_refused_as_incomplete():
    data = gzip.compress(_tar({"site/ndbg.html": b"<html><body><pre>" + _report() + b"</pre></body></html>"}))
    assert extract_bytes(data, "mirror.tar.gz").cells
    with pytest.raises(ExtractError, match="文件不完整") as err:
        extract_bytes(data[: len(data) * 3 // 4], "mirror.tar.gz")
    assert err.value.code == "truncated"


def test_bytes_after_the_last_gzip_member_are_not_a_cut():
    data = generate(RandomDraw(3), "html-gz-store").data
    assert extract_bytes(data + b"\0" * 512, "page.html.gz").cells
    assert extract_bytes(data + b"<!-- served by nginx -->", "page.html.gz").cells


def test_a_tar_cut_inside_the_report_is_refused_and_a_cut_list_page_is_said():
    report = _report()
    raw = _tar({"a/index.html": b"<html><body>list</body></html>" * 200, "a/ndbg.txt": report})
    with pytest.raises(ExtractError, match="文件不完整：压缩包内的 a/ndbg.txt 无法完整读取") as err:
        extract_bytes(raw[: raw.find(report[:64]) + len(report) // 2], "site.tar")
    assert err.value.code == "truncated"
    raw = _tar({"a/ndbg.txt": report, "a/index.html": b"<html><body>list</body></html>" * 200})
    end = raw.find(b"list</body>") + 1000
    doc = extract_bytes(raw[:end], "site.tar")  # the report whole, the list page after it cut
    assert doc.cells
    assert any("a/index.html 无法完整读取" in f.message for f in doc.findings), [f.message for f in doc.findings]


def test_a_zip_member_with_a_bad_crc_is_said():
    report = _report()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("说明.txt", "年报见附件。".encode())
        z.writestr("年报.txt", report)
    data = bytearray(buf.getvalue())
    at = data.find(report[100:140])
    data[at] ^= 0x20  # one byte changed in transit: the CRC fails
    with pytest.raises(ExtractError, match="文件不完整：压缩包内的 年报.txt 无法完整读取（CRC 校验失败）") as err:
        extract_bytes(bytes(data), "年报.zip")  # on main: 「…中没有可读的年度报告文件」
    assert err.value.code == "truncated"


def test_a_cut_zip_is_said_incomplete_not_unsupported():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("年报.txt", _report())
    data = buf.getvalue()
    with pytest.raises(ExtractError, match="文件不完整：ZIP 压缩包.*被截断") as err:
        extract_bytes(data[: len(data) * 2 // 3], "年报.zip")  # on main: 「不支持的文件类型：ZIP 压缩包…请解压后提交」
    assert err.value.code == "truncated"


def test_a_cut_pdf_stays_refused_in_words():
    data = generate(RandomDraw(2), "pdf-ruled").data
    for frac in (0.5, 0.9, 0.99):
        with pytest.raises(ExtractError, match="PDF 无法打开（文件损坏或不完整"):
            extract_bytes(data[: int(len(data) * frac)], "cut.pdf")


def test_an_archive_of_no_report_says_what_it_held_in_one_sentence():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("说明.txt", "本压缩包为图片。".encode())
        z.writestr("图片/表一.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with pytest.raises(ExtractError) as err:
        extract_bytes(buf.getvalue(), "附件.zip")
    said = str(err.value)
    assert said == (
        "ZIP 压缩包中没有可读的年度报告文件（其中只有 说明.txt、表一.png，共 2 个文件；不是 Word .docx、Excel .xlsx、"
        "OpenDocument .odt/.ods 或 OFD 文件），请解压查看后提交报告本身"
    ), said
    assert err.value.code == "unsupported"


def test_ingest_says_a_cut_download_in_one_line(tmp_path):
    data = generate(RandomDraw(3), "html-gz-store").data
    cut = tmp_path / "ndbg.html.gz"
    cut.write_bytes(data[: len(data) // 2])
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(cut), "--data-dir", str(tmp_path / "d"), "--index-later"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "文件不完整：gzip 压缩内容被截断" in p.stderr and "入库 0 份" in p.stdout, (p.stdout, p.stderr)
