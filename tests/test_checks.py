"""Checks say what the printed numbers break, and never "fix" them."""

from extractor.extract import extract_bytes
from reportgen import consistent_values, render


def _findings(values, form="pipe"):
    report = extract_bytes(render(values, form).encode())
    return report, [(f.check, f.where, f.kind) for f in report.findings if f.severity != "warning"]


def test_clean_report_has_no_findings():
    _, found = _findings(consistent_values(11))
    assert found == []


def test_row_total_break_is_a_report_defect_and_value_kept():
    values = consistent_values(11)
    values["t3.r1.tot"] += 1
    report, found = _findings(values)
    assert ("H2", "t3.r1", "report_defect") in found
    assert ("H3", "t3.tot", "report_defect") in found
    assert report.cell("t3.r1.tot").value == values["t3.r1.tot"]  # as printed, not repaired


def test_balance_break_names_column_and_values():
    values = consistent_values(11)
    values["t3.carry_out.np"] += 2
    values["t3.carry_out.tot"] += 2
    report, found = _findings(values)
    assert ("H1", "t3.np", "report_defect") in found
    f = next(f for f in report.findings if f.check == "H1" and f.where == "t3.np")
    assert f.values["t3.carry_out.np"] == values["t3.carry_out.np"]
    assert f.spans and all(s.end > s.start for s in f.spans)


def test_table4_group_total():
    values = consistent_values(11)
    values["t4.lr.tot"] = values["t4.lr.tot"] + 3
    _, found = _findings(values, "html")
    assert ("H5", "t4.lr", "report_defect") in found


def test_blank_total_is_blank_cells_not_a_defect():
    values: dict[str, int | float | None] = dict(consistent_values(11))
    values["t3.new.tot"] = None
    _, found = _findings(values)
    assert ("H1", "t3.tot", "blank_cells") in found
    assert not [f for f in found if f[2] == "report_defect"]


def test_negative_count_is_domain_error():
    values = consistent_values(11)
    values["t2.license.decisions"] = -4
    _, found = _findings(values)
    assert ("H6", "t2.license.decisions", "report_defect") in found


def test_old_template_for_new_year_warns(corpus):
    text = (corpus / "reports" / "shanghai-office-2019.html").read_text(encoding="utf-8")
    report = extract_bytes(text.replace("2019年上海市人民政府办公厅", "2021年上海市人民政府办公厅", 1).encode())
    assert report.template.value == "GF2019" and report.year == 2021
    assert any(f.check == "S11" and f.severity == "warning" for f in report.findings)
