"""wild11's remaining families (issue 11), each read by what the layout is, not by a file: Word's PDF
reflow saved as DOCX (tables unmerged, an empty spacer column after every value column); `pdftotext
-layout` of a 年报汇编's pages (running head, page number and form feed inside a table, the next body's
report after the end); the body of a compilation, a WET record and a WeChat article (a 街道 named as its
district government's agency, a town the township table lacks)."""

from __future__ import annotations

import io

from docx import Document as Docx

from extractor.document import spacer_slots
from extractor.extract import extract_bytes
from reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, table_rows


def _reflowed(labels: list[str], n_labels: int, cols: dict[int, str]) -> list[str]:
    """One row as Word's reflow writes it: its labels in `n_labels` slots (a merged label's other slots
    left empty), then each value column's text (`cols`: column → text) followed by an empty spacer."""
    out = labels + [""] * (n_labels - len(labels))
    for k in range(max(cols, default=-1) + 1):
        out += [cols.get(k, ""), ""]
    return out


def _grid(t: str, rows: list[list[str]]) -> list[list[str]]:
    if t == "t2":
        return [_reflowed(r[:1], 1, dict(enumerate(r[1:]))) for r in rows]
    if t == "t4":
        head, groups, cols, vals = rows
        return [
            _reflowed([], 0, {0: head[0], 5: head[1]}),
            _reflowed([], 0, {**dict(enumerate(groups[:5])), 5: groups[5], 10: groups[6]}),
            _reflowed([], 0, {k + 5: c for k, c in enumerate(cols)}),
            _reflowed([], 0, dict(enumerate(vals))),
        ]
    note, (np_, orgs, tot), orgs_cols = rows[0], rows[1], rows[2]
    out = [
        _reflowed(note[:1], 3, {0: note[1], 6: ""}),
        _reflowed([], 3, {0: np_, 1: orgs, 6: tot}),
        _reflowed([], 3, dict(enumerate(orgs_cols, 1))),
    ]
    for r in rows[3:]:
        lead = r[:-7]
        at = 0 if lead[0][0] in "一二三四" else 3 - len(lead)  # a heading of the table's first column at its left
        out.append(_reflowed([""] * at + lead, 3, dict(enumerate(r[-7:]))))
    return out


def _reflow_docx(values) -> bytes:
    d = Docx()
    for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n"):
        if line:
            d.add_paragraph(line)
    rows = table_rows(values)
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        d.add_paragraph(head.strip())
        grid = _grid(t, rows[t])
        table = d.add_table(rows=len(grid), cols=max(map(len, grid)))
        for row, texts in zip(table.rows, grid):
            for cell, text in zip(row.cells, texts):
                cell.text = text
    for line in TAIL.split("\n"):
        if line:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_reflowed_docx_spacer_columns_are_no_cells_and_its_defect_is_found():
    values = consistent_values(23)
    values["t3.new.np"] += 1  # printed one too many (d23-luoyang's defect): H1 on 自然人, H2 on 本年新收
    report = extract_bytes(_reflow_docx(values), "r.docx")
    got = report.values()
    assert {k: got.get(k) for k in values} == values
    found = {(f.check, f.where) for f in report.findings if f.kind == "report_defect"}
    assert {("H1", "t3.np"), ("H2", "t3.new")} <= found


def test_a_reflowed_table_saved_as_a_web_page_is_read_the_same():
    import html

    values = consistent_values(29)
    values["t3.new.np"] += 1
    rows = table_rows(values)
    page = [f"<p>{line}</p>" for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n") if line]
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        page += [f"<p>{head.strip()}</p>", "<table>"]
        page += [
            "<tr>" + "".join(f"<td>{html.escape(c) or '&nbsp;'}</td>" for c in r) + "</tr>" for r in _grid(t, rows[t])
        ]
        page.append("</table>")
    page += [f"<p>{line}</p>" for line in TAIL.split("\n") if line]
    report = extract_bytes(("<html><body>" + "\n".join(page) + "</body></html>").encode(), "r.html")
    got = report.values()
    assert {k: got.get(k) for k in values} == values
    found = {(f.check, f.where) for f in report.findings if f.kind == "report_defect"}
    assert {("H1", "t3.np"), ("H2", "t3.new")} <= found


def test_a_body_table_apart_from_its_heading_keeps_a_column_printed_all_blank():
    """element-ui prints a table's header rows and body rows as two tables: a column of the body all
    printed blank has its heading in the other table, and stays a column of blank cells."""
    values: dict = dict(consistent_values(31))
    for key in [k for k in values if k.startswith("t3.") and k.endswith(".law")]:
        values[key] = None
    rows = table_rows(values)

    def table(rs: list[list[str]]) -> str:
        rs = [r[:-7] + [""] * (10 - len(r)) + r[-7:] if len(r) > 7 else r for r in rs]  # labels in 3 slots
        return "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rs) + "</table>"

    page = [f"<p>{line}</p>" for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n") if line]
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        n_head = 3 if t == "t3" else (3 if t == "t4" else 0)
        page += [f"<p>{head.strip()}</p>", table(rows[t][:n_head]) if n_head else "", table(rows[t][n_head:])]
    page += [f"<p>{line}</p>" for line in TAIL.split("\n") if line]
    report = extract_bytes(("<html><body>" + "\n".join(page) + "</body></html>").encode(), "body.html")
    got = report.values()
    assert {k: got.get(k) for k in values if k.startswith("t3.")} == {
        k: v for k, v in values.items() if k.startswith("t3.")
    }


def test_spacer_slots_are_the_slots_empty_in_every_row():
    grid = [
        ["信息内容", "", "本年制发件数", "", "现行有效件数", ""],
        ["规章", "", "0", "", "", ""],
        ["x", "", "3", "", "", ""],
    ]
    # 现行有效件数 printed blank in every row is still a column: its heading is printed
    assert spacer_slots(grid) == {1, 3, 5}
    assert spacer_slots(grid[:2]) == frozenset()  # two rows: too little to call a column a gap


def _paged(values, every: int) -> bytes:
    """A report as `pdftotext -layout` gives pages cut from a district's 年报汇编: the compilation's running
    head atop each page, 「— n —」 at its foot and a form feed between pages (inside table 三 too), the
    report's item number before a title that names no body, the body in the 「由…编制」 sentence, and the
    next body's report starting after the end."""
    body = ["（二十三）2023年政府信息公开工作年度报告", "本报告由佛山市南海区教育局根据《条例》编制。"]
    body += SECTION1.format(new=values["t3.new.tot"]).strip().split("\n")
    rows = table_rows(values)
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        body.append(head.strip())
        body += ["      ".join(r) for r in rows[t]]
    body += TAIL.strip().split("\n") + [
        "",
        "（二十四）佛山市南海区人民政府2023年政府信息公开工作年度报告",
        "本报告根据《条例》编制。",
    ]
    running = "            佛山市南海区2023年政府信息公开工作年度报告汇编"
    out, page = [running, ""], 37
    for i, line in enumerate(body):
        if i and i % every == 0:
            out += ["", f"{' ' * 30}— {page} —", "\f" + running, ""]
            page += 1
        out.append(line)
    return "\n".join([*out, "", f"{' ' * 30}— {page} —", "\f"]).encode()


def test_page_breaks_of_a_compilation_cost_no_row_and_name_no_body():
    values = consistent_values(7)
    for every in (17, 23, 31):  # a page break inside table 三, elsewhere inside 二 and 四
        report = extract_bytes(_paged(values, every), "huibian.txt")
        got = report.values()
        assert {k: got.get(k) for k in values} == values, every
        assert (
            report.agency == "佛山市南海区教育局"
        )  # not the compilation's 佛山市南海区 (人民政府), not the next report's
        assert not [f for f in report.findings if f.check == "D2"]


def test_a_street_named_as_its_district_governments_agency_is_the_street():
    from extractor.agency import identify

    ident = identify("成都市武侯区人民政府玉林街道办事处")
    assert ident is not None and ident.full == "成都市武侯区玉林街道办事处" and ident.level == "乡级政府"
    assert not ident.doubts
    district = identify("成都市武侯区人民政府")  # the government itself stays the government
    assert district is not None and district.full == "成都市武侯区人民政府"


def test_a_town_the_township_table_lacks_is_read_by_its_form_with_a_doubt():
    from extractor.agency import identify

    ident = identify("嘉兴市南湖区新兴街道办事处")  # (not in the table's 南湖区 list)
    assert ident is not None and ident.full == "嘉兴市南湖区新兴街道办事处" and ident.level == "乡级政府"
    assert ident.region_code == "330402" and any("新兴街道" in d for d in ident.doubts)
    assert identify("嘉兴市南湖区新兴街道") is None  # a bare name, no body: not read by its form
    listed = identify("嘉兴市南湖区七星街道办事处")
    assert listed is not None and not listed.doubts


def test_a_wechat_article_of_an_unlisted_street_names_the_street():
    text = (
        "# 嘉兴市南湖区新兴街道办事处2023年政府信息公开工作年度报告\n\n原创 南湖发布 [南湖发布](javascript:void(0);) "
        "*2024-01-26 18:30* *浙江*\n\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        + SECTION1.format(new=0)
        + TAIL
    )
    report = extract_bytes(text.encode(), "wechat.md")
    assert report.agency_full == "嘉兴市南湖区新兴街道办事处"


def test_page_furniture_is_the_foot_number_and_a_repeated_one_phrase_head():
    from extractor.load import page_furniture

    lines = ["汇编", "", "a  1  2", "— 3 —\f", "汇编", "b  1", "- 4 -", "\f汇编", "c 1", "第5页", "38", "\f"]
    assert sorted(page_furniture(lines)) == [0, 3, 4, 6, 7]  # a bare 「38」 last on a page may be a cell
    # a table's header row repeated atop two pages is the table's, not the page's
    assert sorted(page_furniture(["  自然人  商业企业", "a 1", "— 3 —", "\f  自然人  商业企业", "b"])) == [2]
