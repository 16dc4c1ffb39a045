"""left6, family 2: an archive holding several reports is several reports — as a folder of them would be — each named
after its member (「三份.zip!2022.txt」) and identified by its member's bytes, a member repeating one said as a
duplicate; an archive of one report and other files (说明.txt, pictures) stays one report. `xxgk ingest`, `xxgk bulk`
and an upload agree. Real files, the CLI as a user runs it, a real `xxgk serve` on loopback."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import httpx
import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.schema import report_id
from extractor.several import extract_reports

ROOT = Path(__file__).resolve().parent.parent
SEEDS = (3, 4, 5)  # three reports of three bodies and years


def _reports() -> list[bytes]:
    return [generate(RandomDraw(k), "txt-lines").data for k in SEEDS]


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _three() -> bytes:
    a, b, c = _reports()
    return _zip(
        {
            "2021年报.txt": a,
            "2022年报.txt": b,
            "2023年报.txt": c,
            "说明.txt": "本压缩包内为三份年度报告。".encode(),
            "备份/2022年报.txt": b,
            "图片/logo.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 32,
        }
    )


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")}
    return subprocess.run([sys.executable, "-m", "api.cli", *args], cwd=ROOT, env=env, capture_output=True, text=True)


def test_an_archive_of_three_reports_is_three_reports_named_by_their_members():
    a, b, c = _reports()
    got = extract_reports(_three(), "三份.zip")
    assert [r.source for r in got.reports] == [
        "三份.zip!2021年报.txt",
        "三份.zip!2022年报.txt",
        "三份.zip!2023年报.txt",
    ]
    assert [r.id for r in got.reports] == [report_id(a), report_id(b), report_id(c)]  # (as each file alone)
    assert all(r.carrier == "zip" and r.cells for r in got.reports)
    assert got.duplicates == [("三份.zip!备份/2022年报.txt", "三份.zip!2022年报.txt")]
    assert not [f for r in got.reports for f in r.findings if "容器中有" in f.message]
    # the same bytes read as one report (`xxgk extract`, the eval) still say the others were not read
    one = extract_bytes(_three(), "三份.zip")
    assert any("容器中有3份像是年度报告的内容" in f.message for f in one.findings)


def test_a_tar_gz_of_two_reports_is_two():
    a, b, _ = _reports()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        for name, data in (("site/a.txt", a), ("site/b.txt", b)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    got = extract_reports(gzip.compress(out.getvalue()), "mirror.tar.gz")
    assert [r.source for r in got.reports] == ["mirror.tar.gz!site/a.txt", "mirror.tar.gz!site/b.txt"]
    assert {r.carrier for r in got.reports} == {"gzip/tar"}


def test_one_report_beside_a_note_and_pictures_stays_one_and_a_copy_is_said():
    a, _, _ = _reports()
    data = _zip(
        {"说明.txt": "年报见附件。".encode(), "年报.txt": a, "logo.png": b"\x89PNG\r\n\x1a\n", "年报(1).txt": a}
    )
    got = extract_reports(data, "附件.zip")
    assert len(got.reports) == 1 and got.reports[0].source == "附件.zip" and got.reports[0].id == report_id(data)
    assert any("年报(1).txt 与 年报.txt 内容相同" in f.message for f in got.reports[0].findings)


def test_ingest_stores_each_report_of_the_archive_and_says_the_duplicate(tmp_path):
    src = tmp_path / "三份.zip"
    src.write_bytes(_three())
    data = tmp_path / "d"
    p = _cli("ingest", str(src), "--data-dir", str(data), "--index-later")
    assert p.returncode == 0, p.stderr
    assert "入库 3 份" in p.stdout and "失败 0 份" in p.stdout, p.stdout
    assert "重复，已跳过：" in p.stdout and "三份.zip!备份/2022年报.txt（与 2022年报.txt 内容相同）" in p.stdout
    listed = _cli("list", "--data-dir", str(data)).stdout
    for member in ("2021年报.txt", "2022年报.txt", "2023年报.txt"):
        assert f"三份.zip!{member}" in listed, listed
    again = _cli("ingest", str(src), "--data-dir", str(data), "--index-later")
    assert again.returncode == 0 and "入库 0 份" in again.stdout and "共 3 份" in again.stdout, again.stdout


def test_bulk_records_each_report_once_and_again_nothing(tmp_path):
    src = tmp_path / "三份.zip"
    src.write_bytes(_three())
    out = tmp_path / "out"
    p = _cli("bulk", str(src), "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert "本次提取 3 份" in p.stdout and "内容重复 1 份" in p.stdout, p.stdout
    lines = (out / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(x)["source"].rsplit("!", 1)[1] for x in lines) == [
        "2021年报.txt",
        "2022年报.txt",
        "2023年报.txt",
    ]
    again = _cli("bulk", str(src), "-o", str(out))
    assert "本次提取 0 份，此前已完成 3 份" in again.stdout, again.stdout
    assert (out / "reports.jsonl").read_text(encoding="utf-8").splitlines() == lines


def _api_has_several() -> bool:
    from api.app import UploadResult

    return "container" in UploadResult.model_fields


@pytest.mark.skipif(not _api_has_several(), reason="api/app.py: the patch /tmp/lead/t14/left6-app.patch not applied")
def test_an_upload_of_an_archive_of_three_answers_for_each(tmp_path):
    from webserver import Server

    server = Server(tmp_path / "d")
    try:
        r = httpx.post(
            server.url + "/api/reports", files=[("files", ("三份.zip", _three(), "application/zip"))], timeout=180
        )
        assert r.status_code == 201, r.text
        body = r.json()
        assert [x["filename"] for x in body] == [
            "三份.zip!2021年报.txt",
            "三份.zip!2022年报.txt",
            "三份.zip!2023年报.txt",
            "三份.zip!备份/2022年报.txt",
        ]
        assert [x["status"] for x in body] == ["created", "created", "created", "exists"]
        assert {x["container"] for x in body} == {"三份.zip"}
        assert body[3]["duplicate_of"] == "三份.zip!2022年报.txt" and body[3]["report"]["id"] == body[1]["report"]["id"]
        listed = httpx.get(server.url + "/api/reports").json()
        sources = sorted(x["source"] for x in (listed["reports"] if isinstance(listed, dict) else listed))
        assert sources == ["三份.zip!2021年报.txt", "三份.zip!2022年报.txt", "三份.zip!2023年报.txt"]
    finally:
        server.stop()
