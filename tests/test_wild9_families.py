"""The wild9 layout families at the edges the generator does not draw (eval/reportgen has the families
themselves: html-raised-marks, docx-superscript-marks, pdf-raised-marks, txt-unicode-marks,
html/pdf-t3-legal-reordered, xlsx-dbnum-display, html-chinese-numeral-cells, csv-long-form)."""

from __future__ import annotations

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor import tablespec as ts
from extractor.extract import extract_bytes
from extractor.long_csv import as_cards
from extractor.numfmt import shown
from extractor.t3_order import printed_order


def test_localised_general_shows_the_number_not_a_slash():
    """「G/通用格式」 is General by its zh-CN name; [DBNum1] only spells the number: the cell holds 12."""
    assert shown("12", "[DBNum1][$-804]G/通用格式") == "12"
    assert shown("12", "[DBNum2][$-804]G/通用格式") == "12"
    assert shown("7665.94", "G/通用格式") == "7665.94"
    assert shown("0", '0;-0;"/"') == "0"  # a 「/」 the format shows for zero pictures the stored 0


def test_header_in_template_order_or_incomplete_leaves_position():
    names = ts.T3_COL_LABELS
    standard = "".join(names[c] + "\x1f" for c in ts.T3_COLS)
    assert printed_order("申请人情况\x1e" + standard) is None
    assert printed_order("自然人\x1f法人或其他组织\x1f总计\x1e科研机构\x1f商业企业\x1f其他") is None  # two missing
    two_rows = "自然人\x1f法人或其他组织\x1f总计\x1e科研机构\x1f商业企业\x1f法律服务机构\x1f社会公益组织\x1f其他"
    order = printed_order(two_rows)
    assert order is not None
    printed = ["np", "sci", "biz", "law", "npo", "oth", "tot"]
    assert [printed[i] for i in order] == list(ts.T3_COLS)


def test_a_dash_typed_as_yi_in_a_table_of_digits_stays_a_placeholder():
    """「一」 is read as the count 1 only in a report typed in Chinese numerals; in a table of digits it
    is the dash it stands for (null, placeholder), never 1."""
    g = generate(RandomDraw(0), "html-plain", "GF2021")
    text = g.data.decode()
    end = text.index("</table>", text.index("四、政府信息公开行政复议"))
    row = text.rindex("<tr>", 0, end)  # table 四's value row: its first cell typed 「一」
    first_end = text.index("</td>", row) + len("</td>")
    html = text[:row] + "<tr><td>一</td>" + text[first_end:]
    cells = {c.key: c for c in extract_bytes(html.encode(), g.name).cells}
    assert cells["t4.rv.keep"].value is None and cells["t4.rv.keep"].raw == "一"


def test_a_wide_csv_table_is_not_long_form():
    wide = "\n".join(["项目,自然人,商业企业,总计"] + [f"行{i},1,2,3" for i in range(40)])
    assert as_cards(wide) is None
