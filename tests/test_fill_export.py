"""A file of the statistics tables alone — a 年报 fill-in system's data export, a report's 附表 workbook —
names its body and year in a form row's cells, and holds no narrative: what it does not contain is not a
defect of the report (S8's missing sections, S7's silent section 六 are not raised), while a report
with a narrative that lacks sections still gets them. Its table 三 names each sub-row with its group
folded in (「（三）不予公开-1.属于国家秘密」): the dash joins two names, it is not a group row's cell."""

from __future__ import annotations

import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.meta import find_issuer, find_year


@pytest.mark.parametrize("family", ["txt-csv-fill-export", "txt-tsv-fill-export", "xlsx-fill-export"])
def test_a_tables_only_export_has_no_section_findings(family):
    for seed in range(6):
        g = generate(RandomDraw(seed), family)
        report = extract_bytes(g.data, g.name)
        assert report.year == g.model.year
        assert not [f for f in report.findings if f.check in ("S7", "S8")], (family, seed)
        # every row readable, 「（三）不予公开-1.属于国家秘密」 one name: no phantom group row left in doubt
        assert not [f.where for f in report.findings if f.kind == "extraction_doubt"], (family, seed)


def test_a_report_with_a_narrative_still_misses_its_sections():
    g = generate(RandomDraw(3), "txt-pipe")
    text = g.data.decode("utf-8")
    cut = text.index("五、存在的主要问题及改进情况")
    report = extract_bytes(text[:cut].encode("utf-8"), "cut.txt")
    assert [f.where for f in report.findings if f.check == "S8"] == ["sections"]


@pytest.mark.parametrize(
    ("line", "agency", "year"),
    [
        ("填报单位,北京市通州区卫生健康委员会,,报告年度,2022", "北京市通州区卫生健康委员会", 2022),
        ("填报单位 | 佛山市顺德区勒流街道办事处 |  | 报告年度 | 2024", "佛山市顺德区勒流街道办事处", 2024),
        ("填报单位\t杭州市西湖区人民政府\t统计年度\t2023年", "杭州市西湖区人民政府", 2023),
    ],
)
def test_a_form_rows_cells_state_the_body_and_the_year(line, agency, year):
    text = f"政府信息公开工作年度报告数据导出\n{line}\n导出时间,{year + 1}-01-18 10:42:07\n二、主动公开政府信息情况\n"
    assert find_year(text, None) == year
    assert find_issuer(text, None).agency == agency


def test_a_field_named_in_prose_is_not_a_form_row():
    text = "政府信息公开工作年度报告\n各填报单位,请于2023年1月31日前报送。\n本年度报告统计期限自2022年1月1日起。"
    assert find_year(text, None) == 2022
