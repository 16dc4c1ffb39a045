"""Excel workbooks (extractor/load_xlsx.py; .xls through xlrd, extractor/load_xls.py): each visible sheet's grid as tables, merged areas as spans,
numbers as their format shows them (extractor/numfmt.py), hidden sheets/rows/columns not read; Office
binaries refused by name; broken or hostile packages a clear Chinese error within the budgets."""

from __future__ import annotations

import io
import zipfile

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.numfmt import shown
from extractor.schema import ExtractError
from hostile import zip_bomb_member

_MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_HIDDEN = ' state="hidden"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _book(*sheets: str, strings: str = "", styles: str = "", hidden: int | None = None) -> bytes:
    """A workbook written by hand (what an exporter writes, not what a library would make tidy)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        entries = "".join(
            f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"{_HIDDEN if i == hidden else ""}/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr("xl/workbook.xml", f"<workbook {_MAIN} {_R}><sheets>{entries}</sheets></workbook>")
        rels = "".join(
            f'<Relationship Id="rId{i}" Type="x" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        for i, body in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f"<worksheet {_MAIN}>{body}</worksheet>")
        if strings:
            z.writestr("xl/sharedStrings.xml", f"<sst {_MAIN}>{strings}</sst>")
        if styles:
            z.writestr("xl/styles.xml", f"<styleSheet {_MAIN}>{styles}</styleSheet>")
    return buf.getvalue()


@pytest.mark.parametrize("seed", [0, 1])
def test_a_generated_workbook_reads_back_exactly(seed):
    g = generate(RandomDraw(seed), "xlsx-sheets")
    report = extract_bytes(g.data, g.name)
    assert not mismatches(report, g.expected)
    doc = load_bytes(g.data)
    assert doc.format == "xlsx" and all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


@pytest.mark.parametrize("seed", [3, 5])  # a sheet per table with a hidden draft; one sheet with money
def test_a_generated_xls_workbook_reads_back_exactly(seed):
    g = generate(RandomDraw(seed), "xls-sheets")
    report = extract_bytes(g.data, g.name)
    assert not mismatches(report, g.expected)
    doc = load_bytes(g.data)
    assert doc.format == "xls" and "987654" not in doc.text
    with pytest.raises(ExtractError, match=r"OLE 复合文档"):
        load_bytes(g.data[: len(g.data) // 2])  # truncated: its directory (at the end) is gone
    broken = g.data[:512] + b"\xff" * 4096 + g.data[512 + 4096 :]  # the FAT and the first records overwritten
    with pytest.raises(ExtractError, match=r"Excel 工作簿（\.xls）无法"):
        load_bytes(broken)


def test_cells_as_shown_merges_and_what_is_hidden():
    styles = (
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>'
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>'
    )
    strings = "<si><t>行政事业性收费</t></si><si><r><t>自然</t></r><r><t>人</t></r><rPh><t>ぜん</t></rPh></si>"
    sheet = (
        '<cols><col min="4" max="4" hidden="1"/></cols><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>报告正文第一段。</t></is></c></row>'
        '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" s="1"><v>7665.9399999999996</v></c>'
        '<c r="C3" s="2"><v>0.125</v></c><c r="D3"><v>99</v></c></row>'
        '<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4"><f>B3*2</f></c><c r="C4" t="e"><v>#DIV/0!</v></c></row>'
        '<row r="5" hidden="1"><c r="A5"><v>5</v></c><c r="B5"><v>6</v></c></row>'
        '<row r="6"><c r="A6" t="inlineStr"><is><t>合并</t></is></c><c r="B6"/><c r="C6"><v>0.30000000000000004</v></c></row>'
        '<row r="7"><c r="A7"/><c r="B7"/><c r="C7"><v>1</v></c></row>'
        '</sheetData><mergeCells count="1"><mergeCell ref="A6:B7"/></mergeCells>'
    )
    doc = load_bytes(
        _book(
            sheet,
            "<sheetData><row r='1'><c r='A1'><v>987654</v></c></row></sheetData>",
            strings=strings,
            styles=styles,
            hidden=2,
        )
    )
    assert doc.text.split("\n")[:6] == [
        "报告正文第一段。",
        "行政事业性收费 | 7,665.94 | 12.50%",
        "自然人 |  | #DIV/0!",
        "合并 | 0.3",
        "1",
        "",
    ]
    assert "987654" not in doc.text and "99" not in doc.text
    assert doc.warnings == ["工作簿中有1个公式单元格没有保存计算结果，按空白单元格读取"]


@pytest.mark.parametrize(
    ("value", "code", "text"),
    [
        ("1234567", "#,##0", "1,234,567"),
        ("-5", "#,##0;(#,##0)", "(5)"),
        ("0", '0;-0;"-"', "0"),  # the zero section's 「-」 pictures the stored 0 (numfmt.figure)
        ("0", '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ ', "0"),  # 会计专用 without symbol
        ("-3", '0;"-"', "-3"),
        ("12", '0"件"', "12件"),
        ("44216", 'yyyy"年"m"月"d"日"', "2021年1月20日"),
        ("2.5", "0", "3"),
    ],
)
def test_number_formats(value, code, text):
    assert shown(value, code) == text


def test_hostile_workbooks_are_clear_errors(monkeypatch):
    corners = "<sheetData><row r='1'><c r='A1'><v>1</v></c></row><row r='1000000'><c r='XFD1000000'><v>2</v></c></row></sheetData>"
    with pytest.raises(ExtractError, match="展开合并单元格后"):
        load_bytes(_book(corners))
    merges = "".join(f"<mergeCell ref='A{i}:Z1000'/>" for i in range(60, 1, -1))  # overlapping areas: each costs
    cells = "<row r='1'><c r='A1'><v>1</v></c></row><row r='1000'><c r='Z1000'><v>1</v></c></row>"
    with pytest.raises(ExtractError, match="展开合并单元格后"):
        load_bytes(_book(f"<sheetData>{cells}</sheetData><mergeCells>{merges}</mergeCells>"))
    bomb = '<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    data = _book("<sheetData><row r='1'><c r='A1' t='s'><v>0</v></c></row></sheetData>", strings="<si><t>&b;</t></si>")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/sharedStrings.xml"] = (bomb + f"<sst {_MAIN}><si><t>&b;报告</t></si></sst>").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, b in parts.items():
            z.writestr(n, b)
    assert "aaaaaaaaaa" not in load_bytes(buf.getvalue()).text  # an entity is not expanded
    monkeypatch.setenv("XXGK_MAX_TOKENS", "100")
    many = (
        "<sheetData>"
        + "".join(f"<row r='{r}'><c r='A{r}'><v>{r}</v></c></row>" for r in range(1, 300))
        + "</sheetData>"
    )
    with pytest.raises(ExtractError, match="表格单元格"):
        load_bytes(_book(many))
    monkeypatch.delenv("XXGK_MAX_TOKENS")
    with pytest.raises(ExtractError, match="解压后"):
        load_bytes(zip_bomb_member(1024 * 1024 * 1024, name="xl/worksheets/sheet1.xml"))
    good = generate(RandomDraw(0), "xlsx-sheets").data
    with pytest.raises(ExtractError, match="Excel 工作簿无法打开|不支持的文件类型|文件不完整"):
        load_bytes(good[: len(good) // 2])  # truncated: the zip directory is gone
    with pytest.raises(ExtractError, match="没有可读的内容"):
        load_bytes(_book("<sheetData/>"))


def _ole(stream: str) -> bytes:
    """An OLE compound file's header and a directory entry naming its first stream."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    name = (stream + "\0").encode("utf-16-le")
    return head + name.ljust(64, b"\x00") + b"\x00" * 448


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_ole("WordDocument"), r"Word 文档（\.doc）无法打开（文件损坏）"),  # (read: extractor/load_doc.py)
        (_ole("PowerPoint Document"), r"旧版 PowerPoint 演示文稿（\.ppt）：请另存为 PDF"),
        (_ole("Contents"), r"Office 旧版二进制文件（OLE 复合文档）：请另存为 \.docx、\.xlsx 或 PDF"),
        (_ole("Workbook"), r"Excel 工作簿（\.xls）无法打开（文件损坏）"),  # (read by xlrd: this one is no workbook)
        (_ole("EncryptedPackage"), "加密的 Office 文档"),
    ],
)
def test_office_binaries_are_told_apart_by_their_stream(data, message):
    with pytest.raises(ExtractError, match=message):
        load_bytes(data)
