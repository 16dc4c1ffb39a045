"""Layout families of the wild (issue 11 §2): each test prints one set of table values the way a
family of publishers does and states what must be read, cell by cell. The expected cells come from
the values and the template, never from running the parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from extractor.schema import ExtractError, Template
from tests.reportgen import PREAMBLE_FORM, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, table_rows

ROOT = Path(__file__).resolve().parent.parent
T3_KEYS = [f"t3.{r.key}.{c}" for r in ts.T3_GF2021.rows for c in ts.T3_COLS]
T4_KEYS = [f"t4.{g}.{c}" for g in ts.T4_GROUPS for c in ts.T4_COLS]


def _head(year: int = 2023, agency: str = "测试县人民政府") -> str:
    return (
        PREAMBLE_FORM.format(agency=agency, year=year) + f"一、总体情况\n{year}年，本机关依法做好政府信息公开工作。\n"
    )


def _cells(data: bytes | str):
    rep = extract_bytes(data.encode() if isinstance(data, str) else data)
    return rep, {c.key: c for c in rep.cells}


def _blank_rows(values: dict, rows: tuple[str, ...]) -> dict:
    """The values with `rows` of table 三 all zero (the sums above them kept true)."""
    v = dict(values)
    for r in rows:
        for c in ts.T3_APPLICANTS:
            n = v[f"t3.{r}.{c}"]
            for total in ("r7", "new"):
                v[f"t3.{total}.{c}"] -= n
                v[f"t3.{total}.tot"] -= n
            v[f"t3.{r}.{c}"] = 0
        v[f"t3.{r}.tot"] = 0
    for c in ts.T3_COLS:  # 本年新收 may not go below zero: move the rest into carry-in's partner
        if v[f"t3.new.{c}"] < 0:
            raise AssertionError("choose another seed")
    return v


# ---------------------------------------------------------------- 1. glued scrape, blank rows
def test_glued_rows_printed_blank_are_placeholders_not_missing():
    values = _blank_rows(consistent_values(seed=7), ("r3_2", "r5_4"))
    rows = table_rows(values)
    blank = {"r3_2", "r5_4"}
    parts = [_head(), SECTION2]
    parts += ["".join(c for row in rows["t2"] for c in row), SECTION3]
    for row in rows["t3"]:
        label_row = next((r.key for r in ts.T3_GF2021.rows if r.label in row), None)
        parts.append("".join(row[:-7]) if label_row in blank else "".join(row))
    parts += [SECTION4, "".join(c for row in rows["t4"] for c in row), TAIL]
    rep, cells = _cells("".join(p.replace("\n", "") for p in parts))
    for r in blank:
        for c in ts.T3_COLS:
            cell = cells.get(f"t3.{r}.{c}")
            assert cell is not None, f"t3.{r}.{c} missing"
            assert cell.value is None and cell.placeholder and cell.raw == ""
    for key in T3_KEYS:  # whatever the solver recovered is right
        if key.split(".")[1] not in blank and cells[key].value is not None:
            assert cells[key].value == values[key], key


# ---------------------------------------------------------------- 2. one cell a line, blank lines
@pytest.mark.parametrize("blank_line", ["", "  ", "\u3000"])
def test_one_cell_a_line_blank_lines_are_blank_cells(blank_line):
    values = consistent_values(seed=3)
    rows = table_rows(values)
    lines = [_head().rstrip("\n"), SECTION2.strip()]
    lines += [c for row in rows["t2"] for c in row]
    lines.append(SECTION3.strip())
    blanked: set[str] = set()
    for row in rows["t3"]:
        spec = next((r for r in ts.T3_GF2021.rows if r.label in row), None)
        if spec is None:
            lines += row
            continue
        lines += row[:-7]
        for c, printed in zip(ts.T3_COLS, row[-7:]):
            if printed == "0" and c != "tot":  # zero applicant cells left blank, 总计 printed
                blanked.add(f"t3.{spec.key}.{c}")
                lines.append(blank_line)
            else:
                lines.append(printed)
    lines.append(SECTION4.strip())
    lines += [c for row in rows["t4"] for c in row if c]
    text = "\r\n".join(lines) + "\r\n" + TAIL
    assert len(blanked) > 20
    rep, cells = _cells(text)
    for key in T3_KEYS:
        if key in blanked:
            assert cells[key].value is None and cells[key].placeholder, key
        else:
            assert cells[key].value == values[key], key
    assert [f.check for f in rep.findings if f.check.startswith(("H", "D"))] == []


# ---------------------------------------------------------------- 3. OCR / converter noise
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def _md(rows: list[list[str]], width: int) -> str:
    out = ["| " + " | ".join(rows[0] + [""] * (width - len(rows[0]))) + " |", "|" + "---|" * width]
    out += ["| " + " | ".join(r + [""] * (width - len(r))) + " |" for r in rows[1:]]
    return "\n".join(out) + "\n"


def _ocr_noise(cell: str, i: int) -> str:
    if not cell.isdigit():
        return cell.replace("已获取", "己获取").replace("逾期未按", "逾期末按").replace("未经复议", "末经复议")
    if len(cell) >= 2 and i % 2:
        return " ".join(cell)  # digits spaced by the OCR: 「1 3」
    return cell.translate(_FULL) if i % 3 == 0 else cell


def test_ocr_markdown_spaced_and_full_width_digits_and_confused_labels():
    values = consistent_values(seed=5)
    rows = table_rows(values)
    noisy = {t: [[_ocr_noise(c, i + j) for j, c in enumerate(row)] for i, row in enumerate(rows[t])] for t in rows}
    assert any(" " in c for row in noisy["t3"] for c in row)
    cut = 12  # table 三 cut in two, a '#' debris line and a copied table-二 header between the chunks
    text = (
        _head()
        + "# "
        + SECTION2
        + "".join(_md(noisy["t2"][i : i + 3], 4) + "\n" for i in range(0, 6, 3))
        + "\n# "
        + SECTION3
        + "\n"
        + _md(noisy["t3"][:cut], 10)
        + "\n#\n\n"
        + _md([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]] + noisy["t3"][cut:], 10)
        + "\n**"
        + SECTION4.strip()
        + "**\n\n"
        + _md(noisy["t4"], 15)
        + "\n---\n"
        + TAIL
    )
    rep, cells = _cells(text)
    for key in T3_KEYS + T4_KEYS:
        assert cells[key].value == values[key], key
    assert not [f for f in rep.findings if f.check.startswith("H")]


def test_page_footer_rows_and_a_label_split_over_two_rows():
    values = consistent_values(seed=11)
    rows = table_rows(values)
    t3 = rows["t3"]
    at = next(i for i, row in enumerate(t3) if ts.T3_GF2021.row("r2").label in row)
    label = ts.T3_GF2021.row("r2").label
    t3 = t3[:at] + [[label[:14], *t3[at][-7:]], [label[14:]]] + t3[at + 1 :]
    chunk_head = [["项目", *(f"数据{i}" for i in range(1, 7)), "总计"]]
    body = _md(t3[:10], 10) + "\n— 4 —\n\n" + _md(chunk_head + t3[10:16] + [["— 5 —"]] + t3[16:], 10)
    text = _head() + SECTION2 + _md(rows["t2"], 4) + SECTION3 + body + SECTION4 + _md(rows["t4"], 15) + TAIL
    rep, cells = _cells(text)
    for key in T3_KEYS:
        assert cells[key].value == values[key], key


# ---------------------------------------------------------------- 4. tables split into sub-tables
def test_table_four_printed_as_three_small_tables():
    values = consistent_values(seed=2)
    rows = table_rows(values)
    heads = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
    small = "".join(
        _md([[h], [ts.T4_COL_LABELS[c] for c in ts.T4_COLS], [str(values[f"t4.{g}.{c}"]) for c in ts.T4_COLS]], 5)
        + "\n"
        for h, g in zip(heads, ts.T4_GROUPS)
    )
    text = (
        _head()
        + SECTION2
        + _md(rows["t2"], 4)
        + SECTION3
        + _md(rows["t3"], 10)
        + "## "
        + SECTION4
        + "\n"
        + small
        + TAIL
    )
    rep, cells = _cells(text)
    for key in T4_KEYS:
        assert cells[key].value == values[key], key
    assert not [f for f in rep.findings if f.check in ("D1", "D2", "D4") and f.where.startswith("t4")]


# ---------------------------------------------------------------- 5. Word / WPS "save as web page"
def test_word_html_blank_cells_and_split_spans():
    values = consistent_values(seed=4)
    rows = table_rows(values)

    def td(c: str) -> str:
        if not c:
            return "<td><p class=MsoNormal><span><o:p>&nbsp;</o:p></span></p></td>"
        if c.isdigit() and len(c) > 1:
            return f"<td><p class=MsoNormal><span lang=EN-US>{c[0]}</span><span lang=EN-US>{c[1:]}<o:p></o:p></span></p></td>"
        return f"<td><p class=MsoNormal><span style='font-family:宋体'>{c}</span></p></td>"

    def table(rs: list[list[str]]) -> str:
        return "<table class=MsoNormalTable>" + "".join("<tr>" + "".join(map(td, r)) + "</tr>" for r in rs) + "</table>"

    blanked = set()
    t3 = []
    for row in rows["t3"]:
        spec = next((r for r in ts.T3_GF2021.rows if r.label in row), None)
        if spec is not None:
            printed = []
            for c, p in zip(ts.T3_COLS, row[-7:]):
                if p == "0" and c != "tot":
                    blanked.add(f"t3.{spec.key}.{c}")
                    p = ""
                printed.append(p)
            row = row[:-7] + printed
        t3.append(row)
    paras = lambda s: "".join(f"<p class=MsoNormal><span>{ln}</span></p>" for ln in s.split("\n") if ln)  # noqa: E731
    html = (
        "<html xmlns:o='urn:schemas-microsoft-com:office:office'><body>"
        + paras(_head())
        + paras(SECTION2)
        + table(rows["t2"])
        + paras(SECTION3)
        + table(t3)
        + paras(SECTION4)
        + table(rows["t4"])
        + paras(TAIL)
        + "</body></html>"
    )
    rep, cells = _cells(html)
    for key in T3_KEYS:
        if key in blanked:
            assert cells[key].value is None and cells[key].placeholder, key
        else:
            assert cells[key].value == values[key], key


# ---------------------------------------------------------------- 6. 「/」 in table 二
def _spaced_t2(values: dict, slash: tuple[str, ...], sep: str) -> str:
    lines = []
    for row in table_rows(values)["t2"]:
        key = next((r.key for r in ts.T2_GF2021.rows if r.label == row[0]), None)
        lines.append(sep.join([row[0], *("/" for _ in row[1:])] if key in slash else row))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_slash_cells_of_table_two_in_spaced_text_are_placeholders(encoding):
    values = consistent_values(seed=6)
    text = (
        _head()
        + SECTION2
        + _spaced_t2(values, ("reg", "license"), "    ")
        + SECTION3
        + "\n".join("    ".join(r) for r in table_rows(values)["t3"])
        + "\n"
        + SECTION4
        + "\n".join("    ".join(r) for r in table_rows(values)["t4"])
        + "\n"
        + TAIL
    )
    rep, cells = _cells(text.replace("\n", "\r\n").encode(encoding))
    for key in ("t2.reg.made", "t2.reg.repealed", "t2.reg.valid", "t2.license.decisions"):
        assert cells[key].value is None and cells[key].placeholder and cells[key].raw == "/", key
    assert cells["t2.norm.valid"].value == values["t2.norm.valid"]


def test_slash_cells_in_a_glued_scrape_are_placeholders():
    values = consistent_values(seed=6)
    glued = _spaced_t2(values, ("reg",), "").replace("\n", "")
    rows = table_rows(values)
    text = (
        _head()
        + SECTION2
        + glued
        + SECTION3
        + "".join(c for r in rows["t3"] for c in r)
        + SECTION4
        + "".join(c for r in rows["t4"] for c in r)
        + TAIL
    ).replace("\n", "")
    rep, cells = _cells(text)
    for c in ("made", "repealed", "valid"):
        cell = cells[f"t2.reg.{c}"]
        assert cell.value is None and cell.placeholder and cell.raw == "/"


def _gf2019_t2(values: dict) -> list[list[str]]:
    rows = []
    for head, keys in ts.t2_groups("GF2019"):
        rows.append([head])
        rows.append([ts.T2_CONTENT_HEAD, *ts.T2_GF2019.row(keys[0]).col_labels])
        for key in keys:
            r = ts.T2_GF2019.row(key)
            rows.append([r.label, *(values.get(f"t2.{key}.{c}", "/") for c in r.cols)])
    return rows


@pytest.mark.parametrize("form", ["spaced", "lines", "glued"])
def test_gf2019_with_slash_cells_in_every_text_form(form):
    values = consistent_values(seed=12, single_r6=True)
    t2 = {
        "t2.norm.new_made": "3",
        "t2.norm.new_public": "3",
        "t2.norm.total_public": "41",
        "t2.license.prev_items": "12",
        "t2.license.delta": "+2",
        "t2.license.decisions": "130",
        "t2.penalty.prev_items": "7",
        "t2.penalty.delta": "-1",
        "t2.penalty.decisions": "25",
        "t2.coercion.prev_items": "2",
        "t2.coercion.delta": "0",
        "t2.coercion.decisions": "4",
        "t2.fee.prev_items": "1",
        "t2.fee.delta": "0",
        "t2.procurement.items": "5",
        "t2.procurement.amount": "196.4",
    }  # 规章 and 其他对外管理服务事项: 「/」
    rows = table_rows(values, single_r6=True)
    rows["t2"] = _gf2019_t2(t2)
    join = {"spaced": lambda r: "  ".join(r), "lines": lambda r: "\n".join(r), "glued": lambda r: "".join(r)}[form]
    parts = [
        _head(2020),
        SECTION2,
        *(join(r) + "\n" for r in rows["t2"]),
        SECTION3,
        *(join(r) + "\n" for r in rows["t3"]),
        SECTION4,
        *(join(r) + "\n" for r in rows["t4"]),
        TAIL,
    ]
    text = "".join(parts)
    rep, cells = _cells(text.replace("\n", "") if form == "glued" else text)
    assert rep.template == Template.GF2019
    for key in (
        "t2.reg.new_made",
        "t2.reg.new_public",
        "t2.reg.total_public",
        "t2.other_service.prev_items",
        "t2.other_service.delta",
        "t2.other_service.decisions",
    ):
        assert cells[key].value is None and cells[key].placeholder and cells[key].raw == "/", key
    for key, printed in t2.items():
        if form != "glued" or cells[key].value is not None:  # a glued row may be left open, never wrong
            assert cells[key].value == float(printed), key
    for key in [f"t3.{r.key}.{c}" for r in ts.T3_GF2019.rows for c in ts.T3_COLS]:
        if form != "glued" or cells[key].value is not None:
            assert cells[key].value == values[key], key


# ---------------------------------------------------------------- 7. tables as pictures, statements
def _images_report(year: int) -> str:
    return (
        PREAMBLE_FORM.format(agency="测试县人民政府", year=year)
        + f"一、总体情况\n{year}年，本县做好政府信息公开。\n"
        + SECTION2
        + "![](images/t2.png)\n"
        + SECTION3
        + "![](images/t3.png)\n"
        + SECTION4
        + "![](images/t4.png)\n"
        + TAIL
    )


@pytest.mark.parametrize(
    "year,template",
    [(2023, Template.GF2021), (2021, Template.GF2021), (2020, Template.GF2019), (2019, Template.GF2019)],
)
def test_tables_as_images_take_the_template_of_their_year(year, template):
    rep, cells = _cells(_images_report(year))
    assert rep.template == template
    assert rep.tables_recoverable is False
    assert not [c for c in rep.cells if c.value is not None]


@pytest.mark.parametrize("glued", [False, True])
def test_sentences_instead_of_tables_are_statements_not_cells(glued):
    values = consistent_values(seed=9)
    rows = table_rows(values)
    t3_says = "　　2023年本机关未收到政府信息公开申请。"
    t4_says = "　　2023年未发生涉及政府信息公开的行政复议、行政诉讼案件。"
    text = (
        _head()
        + SECTION2
        + "\n".join("\t".join(r) for r in rows["t2"])
        + "\n"
        + SECTION3
        + t3_says
        + "\n"
        + SECTION4
        + t4_says
        + "\n"
        + TAIL
    )
    if glued:
        text = text.replace("\n", "").replace("\t", "")
    rep, cells = _cells(text)
    assert not [c for c in rep.cells if c.key[:2] in ("t3", "t4")]  # a year is never read as digits
    assert {(s.table, s.text) for s in rep.table_statements} == {("t3", t3_says.strip()), ("t4", t4_says.strip())}
    for s in rep.table_statements:
        assert rep.text[s.span.start : s.span.end] == s.text
    assert not [f for f in rep.findings if f.check.startswith("D") and f.where in ("t3", "t4")]
    assert rep.tables_recoverable


def test_cli_exit_code_three_for_tables_as_images(tmp_path):
    f = tmp_path / "report.md"
    f.write_text(_images_report(2022), encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "api.cli", "extract", str(f)], cwd=ROOT, capture_output=True)
    assert p.returncode == 3
    err = p.stderr.decode()
    assert "未找到表三" in err and "Traceback" not in err


# ---------------------------------------------------------------- 8. stray bytes
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_stray_nul_and_undecodable_bytes_are_dropped_not_refused(encoding):
    values = consistent_values(seed=8)
    rows = table_rows(values)
    text = (
        _head()
        + SECTION2
        + "\n".join("\t".join(r) for r in rows["t2"])
        + "\n"
        + SECTION3
        + "\n".join("\t".join(r) for r in rows["t3"])
        + "\n"
        + SECTION4
        + "\n".join("\t".join(r) for r in rows["t4"])
        + "\n"
        + TAIL
    )
    data = text.encode(encoding)
    at = data.index("二、主动公开".encode(encoding))
    data = data[:at] + b"\x00\xff" + data[at:]
    data = data[:40] + b"\x00" + data[40:]
    rep, cells = _cells(data)
    assert cells["t3.new.tot"].value == values["t3.new.tot"]
    assert rep.encoding == encoding
    assert sorted(f.check for f in rep.findings if "字节" in f.message) == ["D8", "D8"]


def test_a_real_binary_file_is_still_refused():
    data = bytes(range(256)) * 64
    with pytest.raises(ExtractError):
        extract_bytes(data)


@pytest.mark.parametrize("glued", [False, True])
def test_tables_as_images_read_no_cell_from_the_narrative(glued):
    """With no table label printed, words of a table's heading in the narrative (「化解行政复议、行政诉讼风险。
    全年共受理…78件」) are prose: no table 四 cell and no glued-row doubt come from them."""
    text = _images_report(2020).replace(
        "2020年，本县做好政府信息公开。",
        "努力化解行政复议、行政诉讼风险。全年共受理政府信息公开申请78件，全部按时答复。",
    )
    if glued:
        text = text.replace("\n", "")
    rep, _ = _cells(text)
    assert rep.template == Template.GF2019 and rep.tables_recoverable is False
    assert rep.cells == []
    assert {f.check for f in rep.findings} <= {"D1", "S8"}
    assert {f.where for f in rep.findings if f.check == "D1"} == {"t2", "t3", "t4"}
