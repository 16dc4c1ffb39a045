"""A PDF's reading does not depend on the fonts installed on the machine (issue 11). A font the PDF
does not embed (STSong-Light in every reportlab PDF here, SimSun in many real reports) is drawn by
PDFium from a font it substitutes: eval/wild8's p21-lixia read 162/175 table-三 cells with WenQuanYi
installed and 172 with Noto CJK only, and a machine with no CJK font dropped one-character objects
(pdf-t4-colsplit, pdf-unruled-blank-rows). extractor/pdf_layer.py boxes such characters by the PDF's
own metrics, and PDFium is served one font of ours only (extractor/pdfium_fonts.py).

Each reading runs as on another machine (`python -m eval.fontpaths MACHINE FILE…`: a mount namespace
whose /usr/share/fonts holds WenQuanYi only, Noto CJK only, or nothing), and as this machine is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eval.fontpaths import machine_fonts
from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes

ROOT = Path(__file__).resolve().parent.parent
LIXIA = ROOT / "eval/wild8/reports/p21-lixia-sfj-markup-2022.pdf"
# PDF families of non-embedded CJK text: ruled, unruled, turned in the stream, markup balloons, and
# the two whose one-character objects a machine without CJK fonts lost
FAMILIES = (
    "pdf-ruled",
    "pdf-unruled",
    "pdf-turned-content",
    "pdf-markup-balloons",
    "pdf-t4-colsplit",
    "pdf-unruled-blank-rows",
)


def _machines() -> list[str]:
    """This machine, and — where a mount namespace can be made (root) — a bare one and one per CJK
    font family found here."""
    try:
        ok = subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode == 0
    except OSError:
        ok = False
    if not ok:
        return ["default"]
    return ["default", "bare", *(m for m in ("wqy", "noto") if machine_fonts(m))]


def _read(machine: str, files: list[Path]) -> dict[str, dict]:
    """Each file's cell values as the extraction reads them on `machine`."""
    out = subprocess.run(
        [sys.executable, "-m", "eval.fontpaths", machine, *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    return {r["name"]: r["values"] for r in rows}


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    """The generated reports and p21-lixia, read on every machine."""
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
    return {machine: _read(machine, files) for machine in _machines()}, expected


def test_the_same_cells_whatever_cjk_font_is_installed(readings):
    by_dir, _ = readings
    if len(by_dir) < 2:
        pytest.skip("no mount namespace here (not root): no other machine to compare this one with")
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
    """The same reports read in this process hold what was printed (so, by the test above, on a
    machine without any CJK font too)."""
    _, expected = readings
    for name, g in expected.items():
        problems = mismatches(extract_bytes(g.data, name), g.expected)
        assert not problems, f"{name}: " + "\n".join(problems[:8])
