"""wild38's hunt, as families (inputs written or generated here, not the wild38 files): tables printed with
columns or rows the publisher left out or merged.

1. Table 三 whose header names fewer applicant columns than the template (t3_order.reduced_columns): two of the
   法人 block merged into one printed sum (「商业企业、科研机构」), the rest of the block merged (「其他组织」), the
   block's subtotal alone (「自然人 | 法人或其他组织 | 总计」), no 总计 column. Each printed figure is read under
   the column its header names, at its place; a merged or subtotal figure is no template cell; the cells it
   covers and the columns left out get no cell (never 0, never the sum, never a computed 总计), and one D11
   finding 「报告未单列」 names them. Read by position, a five-column row put 自然人's figure under 科研机构.
2. Table 四 without its three 总计 columns (twelve figures), or with its two lawsuit kinds merged into one block
   of five sums under 「行政诉讼」 (header_rows.t4_reduced_keys).
3. Table 二 with 行政处罚 and 行政强制 printed as one row 「行政处罚、行政强制」 (their sum): neither row gets a
   cell (the sum was read into 行政强制). A 「/」 cell between the two rows is a placeholder, no joiner.
4. Rows left out: table 三's （三）（四）（五） each folded into one row of sums, or only the rows with a figure (all-zero
   rows left out, group cells spanning the rows printed); table 二 with only its rows that have a figure. Read right
   at first sight (a row not printed gets no cell, D1 names it); families here so they stay so.
5. The answer side: a cell the report does not print on its own is answered 「报告未单列」 with what the table
   prints instead (tests/test_routes.py `value.unprinted`)."""

from __future__ import annotations

import re

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import BY_NAME, generate
from extractor import tablespec as ts
from extractor.extract import extract_bytes
from extractor.normalize import ROW, SEP, squash
from extractor.t3_order import reduced_columns
from tests.reportgen import consistent_values, render

NEW = sorted(n for n, f in BY_NAME.items() if f.unprinted is not None)


def _header(*rows: list[str]) -> str:
    return "".join(SEP.join(r) + ROW for r in rows)


NOTE = ts.T3_NOTE
LEGAL5 = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def test_reduced_headers_read_by_name():
    # docx: the bottom row repeats 自然人 and 总计 (a vertically merged cell's text in every row it spans)
    red = reduced_columns(
        _header(
            [NOTE, "申请人情况"],
            [NOTE, "自然人", "法人或其他组织", "总计"],
            [NOTE, "自然人", "商业企业、科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
        ),
        squash,
    )
    assert red is not None and red.columns == ("np", None, "npo", "law", "oth", "tot")
    assert red.unprinted == ("biz", "sci") and red.merged == (("biz", "sci"),)
    # Markdown: every row padded to the grid's width, a merged cell's text once, blanks where it spans
    red = reduced_columns(
        _header(
            [NOTE, "", "", "申请人情况", "", "", "", ""],
            ["", "", "", "自然人", "法人或其他组织", "", "", "总计"],
            ["", "", "", "", "商业企业", "科研机构", "其他组织", ""],
        ),
        squash,
    )
    assert (
        red is not None and red.columns == ("np", "biz", "sci", None, "tot") and red.unprinted == ("npo", "law", "oth")
    )
    # HTML: a cell spanning rows is printed in its first row only — rows of one length by chance are no grid
    red = reduced_columns(
        _header([NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"], ["商业企业", "科研机构", "其他组织"]),
        squash,
    )
    assert red is not None and red.columns == ("np", "biz", "sci", None, "tot")
    # the 法人 block's subtotal alone; no 总计 column
    red = reduced_columns(_header([NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"]), squash)
    assert red is not None and red.columns == ("np", None, "tot") and red.unprinted == tuple(LEGAL5_KEYS)
    red = reduced_columns(_header([NOTE, "申请人情况"], ["自然人", "法人或其他组织"], ["自然人", *LEGAL5]), squash)
    assert red is not None and red.columns == ("np", *LEGAL5_KEYS) and red.unprinted == ("tot",)


LEGAL5_KEYS = ("biz", "sci", "npo", "law", "oth")


def test_full_headers_are_no_reduced_reading():
    """The template's seven columns (in any order) and a 法人 小计 beside its parts stay with the ordinary readings."""
    assert reduced_columns(_header([NOTE, "申请人情况"], ["自然人", "法人或其他组织", "总计"], LEGAL5), squash) is None
    assert reduced_columns(_header(["项目", "总计", *reversed(LEGAL5), "自然人"]), squash) is None
    assert reduced_columns(_header(["自然人", "法人或其他组织", *LEGAL5, "总计"]), squash) is None
    assert reduced_columns(_header(["自然人", *LEGAL5, "小计", "总计"]), squash) is None


@pytest.mark.parametrize("family", NEW)
def test_reduced_families_read_back(family):
    """Every printed figure under its own column; every cell left out or merged: no value, a D11 doubt naming it."""
    fam = BY_NAME[family]
    for seed in range(2 if fam.cost > 1 else 6):
        g = generate(RandomDraw(seed), family)
        report = extract_bytes(g.data, g.name)
        problems = mismatches(report, g.expected)
        assert not problems, (family, seed, problems[:8])
        unprinted = g.model.omitted
        got = {c.key: c for c in report.cells}
        assert all(got[k].value is None for k in unprinted if k in got), family
        # a column left out or merged: one D11 「报告未单列」 names its cells (a row left out: a doubt names it —
        # 「未找到」, or rows placed by order and not taken, D5/D9 — which `mismatches` checks)
        if "-rows-" not in family or "merged" in family:
            d11 = [f for f in report.findings if f.check == "D11"]
            assert d11 and unprinted <= {k for f in d11 for k in f.cells}, family
        assert not [f for f in report.findings if f.check.startswith("H")], family  # (no H finding from a gap)


def test_merged_sum_is_in_no_template_cell():
    """「行政处罚、行政强制 | 27」: 27 is neither row's figure (it was read into 行政强制)."""
    g = generate(RandomDraw(5), "html-t2-rows-merged", "GF2021")
    report = extract_bytes(g.data, g.name)
    keys = {c.key for c in report.cells}
    assert not keys & {"t2.penalty.decisions", "t2.coercion.decisions"}
    assert "t2.license.decisions" in keys and "t2.fee.amount_wan" in keys


def test_placeholder_between_two_rows_is_no_joiner():
    """A 「/」 printed in 行政处罚's cell, 行政强制 the next row: two rows, not one merged (a joiner is inside a cell)."""
    v = consistent_values(3)
    for form in ("html", "markdown", "pipe"):
        text, n = re.subn(rf"(行政处罚(?:</td><td>|\s*\|\s*)){v['t2.penalty.decisions']}\b", r"\1/", render(v, form))
        assert n == 1, form
        report = extract_bytes(text.encode(), f"r.{ {'html': 'html', 'markdown': 'md', 'pipe': 'txt'}[form] }")
        got = {c.key: c for c in report.cells}
        assert got["t2.penalty.decisions"].value is None and got["t2.penalty.decisions"].raw == "/", form
        assert got["t2.coercion.decisions"].value == v["t2.coercion.decisions"], form
        assert not [f for f in report.findings if f.check == "D11"], form
