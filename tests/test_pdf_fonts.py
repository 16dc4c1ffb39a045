"""A PDF's reading does not depend on the fonts installed on the machine (issue 11). A font the PDF
does not embed (STSong-Light in every reportlab PDF here, SimSun in many real reports) is drawn by
PDFium from a substituted system font, and PDFium's glyph box of a character is that font's outline:
eval/wild8's p21-lixia read 162/175 table-三 cells with WenQuanYi installed and 172 with Noto CJK
only. extractor/pdf_layer.py now boxes such characters by the PDF's own metrics.

Each reading runs in a subprocess whose PDFium sees the fonts of one directory only
(`python -m eval.fontpaths DIR FILE…`): one with WenQuanYi, one with Noto CJK (those found on the
machine), and PDFium's default."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
FONTS = Path("/usr/share/fonts")
LIXIA = ROOT / "eval/wild8/reports/p21-lixia-sfj-markup-2022.pdf"
# PDF families of non-embedded CJK text: ruled, unruled, turned in the stream, markup balloons
FAMILIES = ("pdf-ruled", "pdf-unruled", "pdf-turned-content", "pdf-markup-balloons")


def _font_dirs(tmp: Path) -> dict[str, str]:
    """A directory per CJK font family found on the machine, each holding links to that family's
    files only; and PDFium's default (every font it finds)."""
    dirs = {"default": "system"}
    for name, pattern in (("wqy", "wqy-*.tt?"), ("noto", "Noto*CJK*")):
        files = sorted(FONTS.rglob(pattern)) if FONTS.is_dir() else []
        if files:
            d = tmp / name
            d.mkdir()
            for f in files:
                (d / f.name).symlink_to(f)
            dirs[name] = str(d)
    return dirs


def _read(font_dir: str, files: list[Path]) -> dict[str, dict]:
    """Each file's cell values as a PDFium that sees only `font_dir`'s fonts reads them."""
    out = subprocess.run(
        [sys.executable, "-m", "eval.fontpaths", font_dir, *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    return {r["name"]: r["values"] for r in rows}


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    """The generated reports and p21-lixia, read under every font directory."""
    tmp = tmp_path_factory.mktemp("fonts")
    files = [LIXIA]
    expected = {}
    for family in FAMILIES:
        for seed in (0, 1):
            g = generate(RandomDraw(seed), family)
            path = tmp / f"{family}-{seed}.pdf"
            path.write_bytes(g.data)
            files.append(path)
            expected[path.name] = g
    dirs = _font_dirs(tmp)
    return {name: _read(d, files) for name, d in dirs.items()}, expected


def test_the_same_cells_whatever_cjk_font_is_installed(readings):
    by_dir, _ = readings
    if len(by_dir) < 2:
        pytest.skip("no CJK font on this machine: nothing to compare the default with")
    first, *others = by_dir
    for other in others:
        for name, values in by_dir[first].items():
            differ = sorted(
                k for k in values.keys() | by_dir[other][name].keys() if values.get(k) != by_dir[other][name].get(k)
            )
            assert not differ, f"{name}: {first} and {other} read {differ[:8]} differently"


def test_lixia_reads_every_cell_under_each_font(readings):
    """The markup balloons beside table 三 (a dotted leader through the row) no longer split a row
    as a font's glyph outlines fall: every table-三 cell read, whichever font PDFium substitutes."""
    by_dir, _ = readings
    gold = json.loads((ROOT / "eval/wild8/gold/p21-lixia-sfj-markup-2022.json").read_text(encoding="utf-8"))
    for name, values in by_dir.items():
        wrong = [k for k, v in gold["t3"].items() if values[LIXIA.name].get(f"t3.{k}") != v]
        assert not wrong, f"{name}: {wrong}"


def test_generated_pdfs_read_back_exactly(readings):
    """The same reports read in this process (whatever fonts it has) hold what was printed."""
    _, expected = readings
    for name, g in expected.items():
        problems = mismatches(extract_bytes(g.data, name), g.expected)
        assert not problems, f"{name}: " + "\n".join(problems[:8])
