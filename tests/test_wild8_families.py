"""eval/wild8 loss families, read by family: numbers typeset as inline math, a row read short never
split as glued, an agency whose district name is shared or a former name, 「、」-typed rows, OCR letters
for digits, Excel objects in DOCX, table 三 copied column by column."""

from __future__ import annotations

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor import stream
from extractor.agency import identify
from extractor.extract import extract_bytes
from extractor.meta import find_issuer
from extractor.stream import Stream, pieces, value_runs

SEP, ROW = "\x1f", "\x1e"


def _generated_reads_back(family: str, seeds: range = range(3)) -> None:
    for seed in seeds:
        g = generate(RandomDraw(seed), family)
        problems = mismatches(extract_bytes(g.data, g.name), g.expected)
        assert not problems, f"{family} seed {seed}: " + "\n".join(problems[:8])


def _t3_md(cell) -> bytes:
    """A GF2021 report in Markdown whose table 三 cells are written by `cell(n)`."""
    rows = [
        ("一、本年新收政府信息公开申请数量", [43, 2, 0, 0, 0, 2, 47]),
        ("二、上年结转政府信息公开申请数量", [2, 0, 0, 0, 0, 0, 2]),
        ("3.其他", [4, 0, 0, 0, 0, 0, 4]),
        ("（七）总计", [44, 2, 0, 0, 0, 2, 48]),
    ]
    lines = [
        "某区城市管理局2024年政府信息公开工作年度报告",
        "",
        "三、收到和处理政府信息公开申请情况",
        "",
        "| 本列数据的勾稽关系 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    lines += ["| " + label + " | " + " | ".join(cell(v) for v in vals) + " |" for label, vals in rows]
    return ("\n".join(lines) + "\n\n四、政府信息公开行政复议、行政诉讼情况\n").encode()


def test_inline_math_numbers_are_their_numbers():
    report = extract_bytes(_t3_md(lambda v: f"${v}$"), "r.md")
    values = report.values()
    assert values["t3.r7.tot"] == 48 and values["t3.new.np"] == 43
    report = extract_bytes(_t3_md(lambda v: f"\\({v}\\)"), "r.md")
    assert report.values()["t3.r7.tot"] == 48


def test_a_row_read_short_of_its_numbers_is_not_split_as_glued():
    """Markup the reader does not know around each number (「$\\mathbf{48}$」) cuts a row's run after
    its first number: the row must not be cut into cells from that number's digits alone (「44」 gave
    总计 4 from 「$44$」 while 48 was printed) — its cells stay null, with a doubt."""
    report = extract_bytes(_t3_md(lambda v: f"$\\mathbf{{{v}}}$"), "r.md")
    values = report.values()
    for key in ("t3.r7.tot", "t3.r7.np", "t3.new.tot"):
        assert values.get(key) in (None, 48 if key == "t3.r7.tot" else 44 if key == "t3.r7.np" else 47)
    assert values.get("t3.r7.tot") != 4
    s = Stream(SEP.join(["44", "$", "2", "$", "48"]) + ROW, list(range(12)))
    runs = value_runs(pieces(s, (), 0, len(s.text)))
    assert runs[0].cut and not runs[-1].cut


def test_a_district_name_shared_with_a_former_one_is_read_with_a_doubt():
    ident = identify("江北区卫生健康委员会")
    assert ident is not None and any("未写明上级" in d for d in ident.doubts)
    settled = identify("江北区卫生健康委员会", context="宁波市江北区卫生健康委员会")
    assert settled is not None and settled.region_code == "330205" and not settled.doubts


def test_a_printed_full_name_settles_the_district():
    text = (
        "发布机构：重庆市江北区卫生健康委员会\n2022年度政府信息公开工作年度报告\n"
        "本报告由本委编制。\n……\n江北区卫生健康委员会\n2023年1月13日\n"
    )
    issuer = find_issuer(text, None)
    assert issuer.agency == "重庆市江北区卫生健康委员会"
    assert issuer.identity is not None and issuer.identity.region_code and issuer.identity.region_code[:2] == "50"
    text = "发布机构：北京市朝阳区人民政府\n朝阳区人民政府2021年政府信息公开工作年度报告\n"
    issuer = find_issuer(text, "朝阳区人民政府2021年政府信息公开工作年度报告")
    assert issuer.identity is not None and issuer.identity.full == "北京市朝阳区人民政府"


def test_metadata_page_family():
    _generated_reads_back("html-xxgk-metadata", range(6))


def test_dunhao_typed_rows():
    s = Stream("规章:0、0、0。" + SEP + "行政处罚:/。" + SEP + "许可:6、-2、0" + SEP, list(range(40)))
    kinds = [(p.kind, p.text) for p in pieces(s, (), 0, len(s.text)) if p.kind in ("value", "placeholder")]
    assert kinds == [("value", "0")] * 3 + [("placeholder", "/"), ("value", "6"), ("value", "-2"), ("value", "0")]
    _generated_reads_back("txt-typed-lists")


def test_ocr_letters_are_digits_only_in_a_row_of_numbers():
    assert stream.ocr_letter_digits("一、本年新收  3l 0  0 0 0 5  36") == "一、本年新收  31 0  0 0 0 5  36"
    assert stream.ocr_letter_digits("10 1 0 1 l2 O 0 0 3 3") == "10 1 0 1 12 0 0 0 3 3"
    for words in ("Hello I O l 2", "附件 I 2", "OLE 1 2 3", "0 O"):
        assert stream.ocr_letter_digits(words) == words
    g = generate(RandomDraw(3), "txt-ocr-letters")
    report = extract_bytes(g.data, g.name)
    assert not mismatches(report, g.expected)
    doubts = [f for f in report.findings if f.check == "D6"]
    assert doubts and all("形近" in f.message for f in doubts)


def test_excel_objects_in_docx():
    _generated_reads_back("docx-excel-objects", range(2))


def test_column_major_table_three():
    _generated_reads_back("txt-column-major")
    g = generate(RandomDraw(0), "txt-column-major")
    text = g.data.decode()
    head, tail = text.split("自然人\n", 1)
    first, rest = tail.split("\n", 1)
    broken = head + "自然人\n" + str(int(first) + 1 if first.isdigit() else 1) + "\n" + rest  # H1/H2 broken
    report = extract_bytes(broken.encode(), g.name)
    assert all(v is None for k, v in report.values().items() if k.startswith("t3."))  # not placed: not read


def test_inline_math_family():
    _generated_reads_back("md-inline-math")


def test_dot_leaders_before_table_four_groups():
    """「行政诉讼·未经复议直接起诉……………… 8  0  0  1  9」: the group's name and its leaders sit between
    the groups' numbers and must not end table 四 after its first five cells."""
    _generated_reads_back("txt-dot-leaders")


def test_element_ui_header_tables_are_read():
    """「el-table__header-wrapper」 names a grid component's header table, not the page's header:
    table 二's 「第二十条第（一）项」 and column names live there."""
    _generated_reads_back("html-element-ui")


def test_excel_row_numbers_are_not_cells():
    """An Excel print with its row headings: each row's first cell counts 3, 4, 5 … down the sheet
    (「54 | 2 | 2 | 0 …」 read 21 cells for table 四's 15)."""
    _generated_reads_back("html-excel-row-numbers")
    tokens = [("1", True), ("x", False)] * 3 + [("7", True), ("a", False)]
    from extractor.document import Token

    toks = [Token(t, 0, 0, row_start=s, row_end=not s) for t, s in tokens]
    assert not stream._row_numbers(toks)  # three rows: too few to be row headings
    toks = [
        Token(str(k), 0, 0, row_start=True) if j == 0 else Token("5", 0, 0, row_end=True)
        for k in range(3, 12)
        for j in (0, 1)
    ]
    assert stream._row_numbers(toks) == set(range(0, 18, 2))
