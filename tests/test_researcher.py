"""What a research group meets running `xxgk bulk` over a folder as it was downloaded, then opening the
outputs in DuckDB or pandas: the folder holds what Windows and Office leave beside the reports
(Thumbs.db, desktop.ini, Word's 「~$」 owner files), the same report fetched from several sites, and
cells printed with thousands separators (「7,920」) far down the long CSV."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

from api.cli import _files

ROOT = Path(__file__).resolve().parent.parent


def _bulk(inputs: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "bulk", str(inputs), "-o", str(out), "--workers", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_system_files_in_a_folder_are_not_inputs(tmp_path, corpus):
    """A folder walked is the reports in it: Explorer's thumbnail caches and folder settings, Office's
    owner files of an open document (「~$附件.docx」) and LibreOffice's locks are not reports, and
    reading them made every run end 「失败 3 份」, exit 2. A file named on the command line is read,
    whatever its name (the user asked for it)."""
    folder = tmp_path / "下载"
    (folder / "__MACOSX").mkdir(parents=True)
    shutil.copy(corpus / "reports" / "ankang-2022.txt", folder / "附件1.txt")
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\r\nIconResource=x\r\n", encoding="utf-8")
    (folder / "~$附件1.docx").write_bytes(b"\x06Tester" + bytes(150))
    (folder / ".~lock.附件1.docx#").write_text("x,host,/tmp,2026;", encoding="utf-8")
    (folder / "__MACOSX" / "附件1.txt").write_bytes(b"\x00\x05\x16\x07" + bytes(60))
    assert [Path(f).name for f in _files([str(folder)])] == ["附件1.txt"]
    assert _files([str(folder / "desktop.ini")]) == [str(folder / "desktop.ini")]
    p = _bulk(folder, tmp_path / "out")
    assert p.returncode == 0, p.stderr
    assert not (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").strip()


def test_csv_headers_show_the_quote_character(tmp_path, corpus):
    """DuckDB's `SELECT * FROM 'cells.csv'` guesses the quote character from the first 20,480 lines;
    in a dataset whose first quoted field (a printed 「7,920」) comes later it guessed none and then
    refused the file at that line. Every header we write is quoted, so line 1 shows it; csv readers
    (pandas, spreadsheets) read the same names."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(corpus / "reports" / "ankang-2022.txt", src / "ankang-2022.txt")
    p = _bulk(src, tmp_path / "out")
    assert p.returncode == 0, p.stderr
    for name in ("cells.csv", "metrics.csv", "findings.csv"):
        with (tmp_path / "out" / name).open(encoding="utf-8-sig", newline="") as fh:
            head = fh.readline().rstrip("\r\n")
        names = next(csv.reader([head]))
        assert head == ",".join(f'"{n}"' for n in names), (name, head)
        assert names[0] == "report_id"
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "extract", str(src / "ankang-2022.txt"), "--format", "csv"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert p.stdout.lstrip("\ufeff").startswith('"report_id","source","agency"'), p.stdout[:80]


def test_the_same_report_from_several_sites_is_said(tmp_path, corpus):
    """Reports scraped from a portal and its mirrors are the same agency and year several times, with
    a line of the mirror's own: a sum over cells.csv counts each several times. The summary says
    which agency-years hold more than one report (and their ids), so the researcher can choose."""
    src = tmp_path / "in"
    src.mkdir()
    text = (corpus / "reports" / "ankang-2022.txt").read_text(encoding="utf-8")
    (src / "ankang-2022.txt").write_text(text, encoding="utf-8")
    (src / "mirror-ankang.txt").write_text(text + "\n（本文转载自某某网）\n", encoding="utf-8")
    shutil.copy(corpus / "reports" / "pingtan-2022.txt", src / "pingtan-2022.txt")
    p = _bulk(src, tmp_path / "out")
    assert p.returncode == 0, p.stderr
    summary = (tmp_path / "out" / "summary.md").read_text(encoding="utf-8")
    assert "同一机关同一年度有多份报告：1 组（2 份）" in summary, summary
    line = next(ln for ln in summary.splitlines() if ln.startswith("| 安康市人民政府办公室 | 2022 |"))
    assert line.count("|") == 5 and "| 2 |" in line
    assert "平潭" not in summary.split("同一机关同一年度有多份报告")[1]
