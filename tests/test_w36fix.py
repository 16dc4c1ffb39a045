"""wild36's lost family, as a family (inputs written here, not the wild36 file): a corrected report (更正版) that
prints a cell's old figure struck through beside the corrected one — 「<del>17</del> 15」 in HTML (<del>, <s>,
<strike>, a `text-decoration:line-through` style or a stylesheet class, the new figure maybe in <ins>), a Word run
with `w:strike`/`w:dstrike` (direct or by its character style) before the new one. The struck text is not the
report's figure: it is not read (extractor/load_html.py `is_struck`, load_docx.py `drop_struck_runs`), in tables
二/三/四 and in the narrative, and the reader is told what was left out (a D8 warning, never a cell). A PDF cannot
say what is struck (its old figures are drawn over: pdf_overprint.py) and is left as it is."""

from __future__ import annotations

import io
import re

import pytest

from eval.reportgen import render_doc
from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import BY_NAME, prepared
from eval.reportgen.layout import G, Parts, parts, rows_of
from eval.reportgen.model import Expected
from extractor.extract import extract_bytes
from tests.reportgen import (
    PREAMBLE_FORM,
    SECTION1_FORM,
    SECTION2,
    SECTION3,
    SECTION4,
    TAIL,
    _table as table,  # noqa: PLC2701 — the fixture's own table printer
    consistent_values,
    table_rows,
)

# the ways a page strikes the old figure {0} before the printed one {1}
HTML_FORMS = {
    "del": "<del>{0}</del> {1}",
    "del-coloured": '<del style="color:#c00">{0}</del>{1}',
    "s": "<s>{0}</s> {1}",
    "strike": "<strike>{0}</strike>&nbsp;{1}",
    "style": '<span style="color:red; text-decoration: line-through">{0}</span> {1}',
    "style-line": '<span style="text-decoration-line:line-through">{0}</span><br>{1}',
    "class": '<span class="old-num">{0}</span> {1}',
    "ins": "<del>{0}</del><ins>{1}</ins>",
    "after": "{1} <del>{0}</del>",
}
SHEET = "<style>.old-num{color:#999;text-decoration:line-through}</style>"
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _struck_rows(rows: list[list[str]], form: str, every: int = 3) -> tuple[list[list[str]], list[str]]:
    """Every `every`-th figure cell printed with an old figure struck beside it (the old one its value + 1)."""
    out, olds, k = [], [], 0
    for row in rows:
        new = []
        for c in row:
            if _FIGURE.fullmatch(c):
                k += 1
                if k % every == 1:
                    old = str(int(float(c)) + 1) if "." not in c else f"{float(c) + 1:.2f}"
                    olds.append(old)
                    c = HTML_FORMS[form].format(old, c)
            new.append(c)
        out.append(new)
    return out, olds


def _html_report(form: str, values: dict) -> tuple[bytes, list[str]]:
    rows = table_rows(values)
    olds: list[str] = []
    title = PREAMBLE_FORM.format(agency="测试县人民政府", year=2023)
    title = title.replace("2023年政府", HTML_FORMS[form].format("2022", "2023") + "年政府", 1)
    section1 = SECTION1_FORM.format(year=2023, level="县", published=1234).format(new=int(values["t3.new.tot"]))
    section1 = section1.replace("1234条", HTML_FORMS[form].format("1200", "1234") + "条")
    body = [title, section1]
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        struck, old = _struck_rows(rows[t], form)
        olds += old
        body += [head, table(struck, "html")]
    body.append(TAIL)
    html = "".join(p if p.startswith("<table") else "".join(f"<p>{ln}</p>" for ln in p.split("\n") if ln) for p in body)
    return f"<html><head>{SHEET}</head><body>{html}</body></html>".encode(), olds


def _check(report, values: dict) -> None:
    cells = {c.key: c for c in report.cells}
    wrong = [f"{k}: {cells[k].raw!r}" for k, v in values.items() if k in cells and cells[k].value != v]
    missing = [k for k in values if k not in cells or cells[k].value is None]
    assert not wrong and not missing, (wrong[:8], missing[:8])


@pytest.mark.parametrize("form", list(HTML_FORMS))
def test_html_struck_old_figures_are_not_read(form):
    values = consistent_values(36)
    data, olds = _html_report(form, values)
    report = extract_bytes(data, "更正版.html")
    _check(report, values)
    assert report.year == 2023  # (the title's struck 2022 is not its year)
    assert not [f for f in report.findings if f.check.startswith("H")]  # the new figures are consistent
    warned = [f.message for f in report.findings if f.check == "D8" and "删除线" in f.message]
    assert warned and f"{len(olds) + 2}处" in warned[0]
    assert all("删除线" not in (c.raw or "") for c in report.cells)
    published = [p for p in report.metrics if p.value in (1200, 1234)]
    assert [p.value for p in published] == [1234]


def test_a_struck_block_and_what_is_not_struck():
    """A struck paragraph is not read; `text-decoration:none`/underline, a class struck only under @media and a
    hidden struck span (not counted) are as before."""
    from extractor.load_html import load_html

    page = (
        "<html><head><style>@media print{.p{text-decoration:line-through}}</style></head><body>"
        "<del><p>原报告数据：主动公开政府信息1200条。</p></del>"
        '<p>主动公开政府信息<span style="text-decoration:underline">1234</span>条，'
        '<span class="p">56</span>件，<span style="display:none"><s>9</s></span>'
        '<span style="text-decoration:none">78</span>件。</p></body></html>'
    )
    doc = load_html(page.encode(), page, "utf-8")
    assert "1200" not in doc.text
    assert "1234" in doc.text and "56" in doc.text and "78" in doc.text
    assert doc.warnings == [
        "文中有1处加删除线的文字（“原报告数据：主动公开政府…”），视为更正前的旧内容，未作为报告数据读取"
    ]


# ------------------------------------------------------------------------------------------------ Word
def _docx_report(seed: int, styled: bool) -> tuple[bytes, Expected, int]:
    """A GF2021 report (eval/reportgen's DOCX printer) with every third figure cell of tables 二/三/四 printed
    after its old figure struck (`w:strike` or `w:dstrike`; by a character style when `styled`), and the
    narrative's figure corrected so too."""
    from docx import Document as Docx
    from docx.enum.style import WD_STYLE_TYPE

    m, e = prepared(RandomDraw(seed), BY_NAME["docx-merged"], "GF2021")
    p = parts(m)
    k = 0

    def strike(c: G) -> G:
        nonlocal k
        if not c.value or not _FIGURE.fullmatch(c.text):
            return c
        k += 1
        if k % 3 != 1:
            return c
        old = str(int(float(c.text)) + 1) if "." not in c.text else f"{float(c.text) + 1:.2f}"
        return G(c.text, c.rs, c.cs, c.value, c.mark, old)

    blocks = [
        b if isinstance(b, str) else (b[0], rows_of(g := [[strike(c) for c in r] for r in b[2]]), g) for b in p.blocks
    ]
    doc = Docx(io.BytesIO(render_doc.docx(Parts(p.head, blocks, p.tail))))
    if styled:
        style = doc.styles.add_style("旧数字", WD_STYLE_TYPE.CHARACTER)
        style.font.strike = True  # pyright: ignore[reportAttributeAccessIssue]  (a character style has a font)
        for run in (
            r for t in doc.tables for row in t.rows for c in row.cells for par in c.paragraphs for r in par.runs
        ):
            if run.font.strike or run.font.double_strike:
                run.font.strike = None
                run.font.double_strike = None
                run.style = style  # pyright: ignore[reportAttributeAccessIssue]  (python-docx's setter)
    para = next(x for x in doc.paragraphs if "共主动公开政府信息" in x.text)
    before, after = para.text.split(f"{m.published}条", 1)
    for run in list(para.runs):
        run._r.getparent().remove(run._r)
    para.add_run(before)
    para.add_run("9").font.strike = True  # (an old figure, struck in two runs)
    para.add_run(str(m.published)[:1]).font.strike = True
    para.add_run(f"{m.published}条{after}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue(), e, m.published


@pytest.mark.parametrize(("seed", "styled"), [(3, False), (7, False), (11, True)])
def test_docx_struck_runs_are_not_read(seed, styled):
    data, expected, published = _docx_report(seed, styled)
    report = extract_bytes(data, "更正版.docx")
    assert not mismatches(report, expected)
    warned = [f.message for f in report.findings if f.check == "D8" and "删除线" in f.message]
    assert warned, [f.message for f in report.findings]
    assert f"“9{str(published)[:1]}”" in warned[0]  # (one struck word written in two runs: one)
    said = [p.value for p in report.metrics if p.quote and "主动公开" in p.quote]
    assert said == [published] or published in said


def test_docx_strike_switched_off_is_read():
    """`w:strike w:val="0"` (over a struck style too) is printed plain: read; a struck paragraph mark strikes no text."""
    from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

    from extractor.load_docx import drop_struck_runs

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = etree.fromstring(
        f'<w:body xmlns:w="{w}"><w:p><w:pPr><w:rPr><w:strike/></w:rPr></w:pPr>'
        '<w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>1</w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="Old"/></w:rPr><w:t>7</w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="Old"/><w:strike w:val="false"/></w:rPr><w:t>5</w:t></w:r>'
        "<w:r><w:rPr><w:dstrike/></w:rPr><w:t>8</w:t></w:r></w:p></w:body>"
    )
    assert drop_struck_runs(body, frozenset({"Old"})) == ["7", "8"]
    assert "".join(body.itertext()) == "15"


# ---------------------------------------------------------------------------------------- RTF and Word 97
def test_rtf_struck_text_is_not_read():
    """`\\strike`/`\\striked1` in a group or switched off by `\\strike0`/`\\plain`: the struck text is not read."""
    from extractor.load_rtf import load_rtf

    rtf = (
        r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}"
        r"\pard 2023\u24180?\u20027?\u21160?\u20844?\u24320?{\strike 1200} 1234\u26465?\par"
        r"\pard \strike 56\strike0 78 \striked1 9\plain 10\par}"
    )
    doc = load_rtf(rtf.encode("ascii"))
    assert "1234" in doc.text and "1200" not in doc.text
    assert "78" in doc.text and "10" in doc.text and "56" not in doc.text and "9" not in doc.text.replace("2023", "")
    assert doc.warnings and "3处" in doc.warnings[0] and "“1200”" in doc.warnings[0]


@pytest.mark.parametrize(
    "family",
    [
        "rtf-struck-old-figures",
        "doc-struck-old-figures",
        "odt-struck-old-figures",
        "md-struck-old-figures",
        "html-struck-old-figures",
    ],
)
@pytest.mark.parametrize("seed", [36, 136])
def test_generated_corrected_reports(family, seed):
    """The generator's corrected reports (eval/reportgen layout.with_struck_old): every cell its new figure."""
    from eval.reportgen.families import generate

    g = generate(RandomDraw(seed), family)
    report = extract_bytes(g.data, g.name)
    assert not mismatches(report, g.expected)
    assert any(f.check == "D8" and "删除线" in f.message for f in report.findings)


def test_markdown_struck_figures_are_not_read():
    """GFM's 「~~17~~ 15」 and a kept raw 「<del>17</del>」 in a Markdown report: not read; 「1~5月」 (a range) is."""
    values = consistent_values(7)
    rows = table_rows(values)
    parts = [
        PREAMBLE_FORM.format(agency="测试县人民政府", year=2023),
        SECTION1_FORM.format(year=2023, level="县", published="~~1200~~ 1234").format(new=int(values["t3.new.tot"])),
        "1~5月集中开展培训。\n",
    ]
    olds = []
    for head, t, form in ((SECTION2, "t2", "del"), (SECTION3, "t3", "s"), (SECTION4, "t4", "del")):
        struck, old = _struck_rows(rows[t], form)
        struck = [[c.replace("<s>", "~~").replace("</s>", "~~") for c in r] for r in struck]
        olds += old
        parts += [head, table(struck, "markdown")]
    parts.append(TAIL)
    report = extract_bytes("".join(parts).encode(), "更正版.md")
    _check(report, values)
    assert "1~5月" in report.text
    warned = [f.message for f in report.findings if f.check == "D8" and "删除线" in f.message]
    assert warned and f"{len(olds) + 1}处" in warned[0]
    assert [p.value for p in report.metrics if p.value in (1200, 1234)] == [1234]
