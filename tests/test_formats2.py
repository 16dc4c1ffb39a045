"""Input formats, part 2: OpenDocument (.odt/.ods, flat .fodt — extractor/load_odt.py), an open-data
API's JSON (extractor/load_json.py), Word 97 rows whose properties sit in the Data stream and merged
cells laid out by their edges (extractor/load_doc.py), table 四 printed in column blocks by a sheet too
wide for the page (extractor/colsplit.py), and the formats still refused, each named in Chinese."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.export import to_cells
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError

ROOT = Path(__file__).resolve().parent.parent
_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def _zip(files: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, body in files.items():
            z.writestr(name, body)
    return buf.getvalue()


def _odt(body: str, styles: str = "", kind: str = "text") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )
    return _zip({"mimetype": f"application/vnd.oasis.opendocument.{kind}", "content.xml": content})


def _read(path: str) -> dict:
    """A wild-set report's reading in the gold's shape."""
    return to_cells(extract_bytes((ROOT / path).read_bytes()))


def _gold(path: str) -> dict:
    return json.loads((ROOT / path).read_text("utf-8"))


def _rows(doc) -> list[list[str]]:
    """The document's table rows as cell texts (lines outside tables left out)."""
    out: list[list[str]] = []
    row: list[str] = []
    for t in doc.tokens:
        if t.row_start:
            row = []
        if t.row_start or row:
            row.append(t.text)
        if t.row_end:
            out.append(row)
            row = []
    return out


# ------------------------------------------------------------------------------------ OpenDocument
def test_odt_merged_cells_are_read_once_where_they_start():
    table = (
        "<table:table><table:table-column table:number-columns-repeated='3'/>"
        "<table:table-row><table:table-cell table:number-rows-spanned='2'><text:p>三、本年度办理结果</text:p>"
        "</table:table-cell><table:table-cell><text:p>（一）予以公开</text:p></table:table-cell>"
        "<table:table-cell office:value-type='float' office:value='5'><text:p>5</text:p></table:table-cell>"
        "</table:table-row><table:table-row><table:covered-table-cell/>"
        "<table:table-cell><text:p>（二）部分公开</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated='1'><text:p>7</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell table:number-columns-spanned='2'><text:p>合计</text:p></table:table-cell>"
        "<table:covered-table-cell/><table:table-cell><text:p>12</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>行</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated='2'><text:p>0</text:p></table:table-cell></table:table-row>"
        "</table:table>"
    ).replace("'", '"')
    doc = load_bytes(_odt(table))
    assert doc.format == "odt"
    assert _rows(doc) == [
        ["三、本年度办理结果", "（一）予以公开", "5"],
        ["（二）部分公开", "7"],
        ["合计", "12"],
        ["行", "0", "0"],
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_odt_text_what_the_reader_sees():
    styles = (
        '<style:style style:name="H" style:family="text"><style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="H2" style:family="text" style:parent-style-name="H"/>'
    )
    body = (
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info>'
        "<dc:creator>x</dc:creator></office:change-info><text:p>旧数字99</text:p></text:deletion>"
        "</text:changed-region></text:tracked-changes>"
        '<text:p><text:s text:c="4"/>共收到<text:span>申请</text:span>56<text:note text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body><text:p>注：含转办。</text:p></text:note-body>"
        '</text:note>件<text:change text:change-id="c1"/>。</text:p>'
        '<text:p>甲<text:tab/>乙<text:line-break/>丙<text:span text:style-name="H2">隐藏8</text:span>'
        '<text:hidden-text text:string-value="x" text:condition="true">草稿</text:hidden-text></text:p>'
        "<text:list><text:list-item><text:p>列表一项</text:p></text:list-item></text:list>"
        "<office:annotation><text:p>批注3</text:p></office:annotation><text:p>尾</text:p>"
    )
    lines = load_bytes(_odt(body, styles)).text.split("\n")
    assert lines[:5] == ["共收到申请56件。", "甲\t乙", "丙", "列表一项", "尾"]
    assert not any(w in "\n".join(lines) for w in ("旧数字", "注：", "隐藏", "草稿", "批注"))


def test_ods_sheets_repeats_hidden_rows_columns_and_sheets():
    styles = '<style:style style:name="ta" style:family="table"><style:table-properties table:display="false"/></style:style>'
    row = '<table:table-row><table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>{}</table:table-row>'
    cells = (
        '<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>'
        '<table:table-cell office:value-type="float" office:value="4"/>'  # a number saved without its text
        '<table:table-cell table:number-columns-repeated="16380"/>'
    )
    hidden_row = row.replace("<table:table-row>", '<table:table-row table:visibility="collapse">')
    sheet = (
        '<table:table table:name="表"><table:table-column/><table:table-column/>'
        '<table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="16381"/>'
        + row.format("年度报告标题", '<table:table-cell table:number-columns-repeated="16383"/>')
        + row.format("规章", cells)
        + hidden_row.format("草稿行", cells)
        + row.format("规范性文件", cells)
        + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        "</table:table>"
        '<table:table table:name="草稿" table:style-name="ta">' + row.format("隐藏表", cells) + "</table:table>"
    )
    doc = load_bytes(_odt(sheet, styles, kind="spreadsheet"))
    assert doc.format == "ods"
    assert doc.text.split("\n")[0] == "年度报告标题"
    assert _rows(doc) == [["规章", "3"], ["规范性文件", "3"]]  # column C hidden; 「4」 sat in it
    assert "草稿" not in doc.text and "隐藏表" not in doc.text


def test_generated_opendocument_reports_read_back_exactly():
    for family in ("odt-covered-cells", "ods-sheets"):
        for seed in range(3):
            g = generate(RandomDraw(seed), family)
            assert not mismatches(extract_bytes(g.data, g.name), g.expected), (family, seed)
    flat = next(g for s in range(20) if (g := generate(RandomDraw(s), "odt-covered-cells")).data.startswith(b"<?xml"))
    assert load_bytes(flat.data).format == "odt"  # .fodt: the same XML, one file
    assert not mismatches(extract_bytes(flat.data, flat.name), flat.expected)


def test_wild7_odt_reports_are_read():
    got = _read("eval/wild7/reports/o21-chengguan-wjw-odt-2024.odt")
    gold = _gold("eval/wild7/gold/o21-chengguan-wjw-odt-2024.json")
    assert (got["agency"], got["year"]) == ("兰州市城关区卫生健康局", 2024)
    assert all(got[t] == gold[t] for t in ("t2", "t3", "t4"))
    legacy = _read("eval/wild7/reports/o16-chengzhong-mzj-odt-2016.odt")
    assert (legacy["template"], legacy["year"], legacy["agency"]) == ("LEGACY", 2016, "西宁市城中区民政局")


# ------------------------------------------------------------------------------------ open-data JSON
def test_json_records_and_rows_are_tables_numbers_as_written():
    doc = {
        "code": 200,
        "data": {
            "title": "某局年报",
            "year": 2023,
            "content": "<p>一、总体情况</p><p>全年主动公开信息12条。</p>",
            "sections": [{"title": "二、说明", "text": "段落一\n段落二"}],
            "t2": [{"信息内容": "规章", "数值": [0, 1.50, 2]}],
            "t3": [
                {"项目": "一、本年新收", "自然人": 27, "其他": "4"},
                {"项目": "三、本年度办理结果"},
                {"项目": "x", "其他": 1e2},
            ],
            "t4": [[None, None], ["/", 3]],
        },
    }
    text = json.dumps(doc, ensure_ascii=True).replace("1.5,", "1.50,").replace("100.0", "1e2")
    loaded = load_bytes(text.encode())
    assert loaded.format == "json"
    lines = loaded.text.split("\n")
    assert lines[:5] == ["某局年报", "一、总体情况", "全年主动公开信息12条。", "二、说明", "段落一"]
    assert "200" not in loaded.text and "2023" not in loaded.text  # metadata numbers are not text
    assert _rows(loaded) == [
        ["规章", "0", "1.50", "2"],
        ["项目", "自然人", "其他"],
        ["一、本年新收", "27", "4"],
        ["三、本年度办理结果"],
        ["x", "", "1e2"],  # (a key a record lacks is a blank cell; the number as the file wrote it)
        ["", ""],
        ["/", "3"],
    ]


def test_json_object_of_records_keyed_by_row_name_is_a_table():
    doc = {
        "title": "某局年报",
        "table": {
            "行政复议": {"结果维持": 4, "总计": 4},
            "复议后起诉": {"结果维持": 0, "总计": None},
        },
        "meta": {"id": {"n": 7}},  # (one record alone is metadata, not a table)
    }
    assert _rows(load_bytes(json.dumps(doc).encode())) == [
        ["", "结果维持", "总计"],
        ["行政复议", "4", "4"],
        ["复议后起诉", "0", ""],
    ]
    for seed in range(4):
        g = generate(RandomDraw(seed), "json-t4-keyed-records")
        assert not mismatches(extract_bytes(g.data, g.name), g.expected), seed


def test_json_html_tables_are_read_and_non_reports_refused():
    page = {
        "data": {"html": "<h1>某某2023年政府信息公开工作年度报告</h1><table><tr><td>规章</td><td>5</td></tr></table>"}
    }
    assert _rows(load_bytes(json.dumps(page).encode())) == [["规章", "5"]]
    with pytest.raises(ExtractError, match="JSON 数据不是政府信息公开工作年度报告"):
        extract_bytes(json.dumps([{"name": "温度", "value": 3}, {"name": "湿度", "value": 5}]).encode())
    with pytest.raises(ExtractError, match="JSON 数据中没有文字内容"):
        load_bytes(b'{"code": 200, "rows": []}')
    with pytest.raises(ExtractError, match="嵌套"):
        load_bytes(("[" * 150 + '"年度报告"' + "]" * 150).encode())


def test_generated_json_reports_and_the_wild7_api_read_back():
    for seed in range(6):
        g = generate(RandomDraw(seed), "json-open-data")
        assert not mismatches(extract_bytes(g.data, g.name), g.expected), seed
    got = _read("eval/wild7/reports/j21-szjtys-opendata-2023.json")
    gold = _gold("eval/wild7/gold/j21-szjtys-opendata-2023.json")
    assert all(got[k] == gold[k] for k in ("agency", "year", "template", "t2", "t3", "t4"))


def test_json_base64_content_is_read_only_when_it_decodes_to_page_text(monkeypatch):
    """A CMS API's article HTML in base64 (「contentEncoding": "base64"」, wild17 j23) is read as the page;
    a base64 string that is no text (a picture, a hash), a base64 inside it, stay strings; the decoded page
    is held to the HTML budget."""
    import base64

    def b64(s: str | bytes) -> str:
        return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()

    page = "<h1>某某镇2023年政府信息公开工作年度报告</h1><table><tr><td>规章</td><td>\u200b5</td></tr></table>"
    wrapped = "\n".join(b64(page)[i : i + 76] for i in range(0, len(b64(page)), 76))
    for content in (b64(page), wrapped, base64.urlsafe_b64encode(page.encode()).decode()):
        doc = {"data": {"title": "某某镇2023年年报", "contentEncoding": "base64", "content": content}}
        assert _rows(load_bytes(json.dumps(doc).encode())) == [["规章", "5"]]
    png = b64(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2)
    twice = b64(b64(page))
    for content in (png, twice):
        loaded = load_bytes(json.dumps({"title": "某某镇2023年年报", "content": content}).encode())
        assert _rows(loaded) == [] and content.split()[0][:40] in loaded.text
    for seed in range(4):
        g = generate(RandomDraw(seed), "json-base64-article")
        assert not mismatches(extract_bytes(g.data, g.name), g.expected), seed
    monkeypatch.setenv("XXGK_MAX_HTML_NODES", "3")
    with pytest.raises(ExtractError):
        load_bytes(json.dumps({"title": "某某镇2023年年报", "content": b64(page)}).encode())


# ------------------------------------------------------------------------------------ Word 97 .doc
def test_doc_rows_with_properties_in_the_data_stream_and_merged_cells():
    for seed in range(3):
        g = generate(RandomDraw(seed), "doc-word97-merged")
        assert "Data".encode("utf-16-le") in g.data  # the row ends' properties: sprmPHugePapx
        assert not mismatches(extract_bytes(g.data, g.name), g.expected), seed
        t3 = load_bytes(g.data).text.split("三、收到和处理政府信息公开申请情况")[1].split("四、政府信息公开行政复议")[0]
        assert not any(line.startswith(" | ") for line in t3.split("\n"))  # a merged label: no blank continuation
    got = _read("eval/wild7/reports/d21-shunde-scjg-doc97-2022.doc")
    gold = _gold("eval/wild7/gold/d21-shunde-scjg-doc97-2022.json")
    assert got["t3"] == gold["t3"] and got["t4"] == gold["t4"]


# ------------------------------------------------------------------------------- column overflow
def _t4_blocks(second_header: str) -> bytes:
    first = (
        "<table><tr><td colspan=5>行政复议</td><td colspan=3>行政诉讼</td></tr>"
        "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan=3>未经复议直接起诉</td></tr>"
        "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td></tr>"
        "<tr><td>3</td><td>1</td><td>1</td><td>3</td><td>8</td><td>1</td><td>0</td><td>0</td></tr></table>"
    )
    second = (
        f"<table><tr><td colspan=7>&nbsp;</td></tr><tr><td colspan=2></td><td colspan=5>复议后起诉</td></tr>"
        f"<tr>{second_header}</tr><tr><td>0</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>"
    )
    return (
        "<html><body><h1>某区水利局2022年政府信息公开工作年度报告</h1><p>四、政府信息公开行政复议、行政诉讼情况</p>"
        f"{first}<p>附件：政府信息公开工作年度报告统计表</p>{second}</body></html>"
    ).encode()


def test_table4_columns_on_the_next_page_are_joined():
    cont = "".join(
        f"<td>{w}</td>" for w in ("尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    )
    rows = _rows(load_bytes(_t4_blocks(cont)))
    assert len(rows) == 4 and rows[-1] == ["3", "1", "1", "3", "8", "1", "0", "0", "0", "1", "0", "0", "0", "0", "0"]
    assert rows[-2][5:10] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]  # 未经复议直接起诉's five
    for seed in range(4):
        g = generate(RandomDraw(seed), "html-t4-colsplit")
        assert not mismatches(extract_bytes(g.data, g.name), g.expected), seed
    gold = _gold("eval/wild5/gold/p21-hengyang-slj-excelcols-2022.json")
    assert _read("eval/wild5/reports/p21-hengyang-slj-excelcols-2022.pdf")["t4"] == gold["t4"]


def test_a_header_printed_again_is_not_a_continuation():
    again = "".join(
        f"<td>{w}</td>" for w in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正")
    )
    rows = _rows(load_bytes(_t4_blocks(again)))
    assert len(rows) == 8 and rows[3] == ["3", "1", "1", "3", "8", "1", "0", "0"]  # two tables, as printed


# ------------------------------------------------------------------------------ still refused, named
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.presentation", "content.xml": "<x/>"}),
            "OpenDocument 演示文稿（.odp）",
        ),
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.graphics", "content.xml": "<x/>"}),
            "OpenDocument 绘图（.odg）",
        ),
        (_zip({"mimetype": "application/epub+zip", "OEBPS/a.xhtml": "<p/>"}), "EPUB 电子书"),
        (_zip({"xl/workbook.bin": b"\0"}), r"Excel 二进制工作簿（\.xlsb）"),
        (_zip({"Index/Document.iwa": b"\0"}), "Apple Pages/Numbers"),
        (_zip({"a.txt": "x"}), "ZIP 压缩包.*OpenDocument .odt/.ods.*请解压"),
        (b"7z\xbc\xaf\x27\x1c" + b"\0" * 30, "7z 压缩包"),
        (b"\x1f\x8b\x08\x00" + b"\0" * 30, "gzip 压缩文件"),
        (
            _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x"}),
            "OpenDocument 文件无法打开",
        ),
    ],
)
def test_formats_still_refused_are_named(data, message):
    with pytest.raises(ExtractError, match=message):
        load_bytes(data)
