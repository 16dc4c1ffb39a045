"""Tables people open in a spreadsheet: the overview and the findings list as CSV (UTF-8 with BOM,
so Excel on Windows reads the Chinese) or XLSX (xlsxwriter; strings are never turned into formulas
or links). One header and one list of rows feed both formats."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Sequence
from typing import Any

from extractor.export import (  # one rule for every CSV we write (OWASP CSV injection)
    BOM,
    csv_header,
    safe_cell as _safe,
)

from .overview import MEASURES, FindingItem, OverviewRow


def overview_table(rows: Sequence[OverviewRow]) -> tuple[list[str], list[list[Any]]]:
    head = ["机关", "地区", "年度", "格式", "标准表格"]
    head += [f"{m.label}（%）" if m.rate else m.label for m in MEASURES]
    head += ["主动公开信息（条，正文）", "报告错误", "空白单元格", "提取存疑", "存疑数字", "报告 id", "级别"]
    labels = {m.id: m.label for m in MEASURES}
    body = []
    for r in rows:
        figures = [None if (x := r.figures.get(m.id)) is None else round(x * 100, 2) if m.rate else x for m in MEASURES]
        body.append(
            [
                r.agency or "（机关未识别）",
                "".join(r.region),
                r.year,
                r.template,
                "有" if r.tables else "无",
                *figures,
                r.figures.get("published"),
                r.findings.get("report_defect", 0),
                r.findings.get("blank_cells", 0),
                r.findings.get("extraction_doubt", 0),
                "、".join(labels[f] for f in r.flagged),
                r.id,
                r.level or "",  # (last: the columns before it keep their places for scripts that read them)
            ]
        )
    return head, body


def findings_table(items: Sequence[FindingItem]) -> tuple[list[str], list[list[Any]]]:
    head = ["机关", "年度", "类别", "检查", "位置", "说明", "印出的数", "按各项应为", "规则", "报告 id", "序号"]
    body = [
        [
            i.agency or "（机关未识别）",
            i.year,
            i.described.kind_label,
            i.described.label,
            i.described.place,
            i.described.sentence,
            i.described.printed,
            i.described.implied,
            i.described.rule,
            i.report_id,
            i.idx,
        ]
        for i in items
    ]
    return head, body


def to_csv(head: list[str], rows: list[list[Any]]) -> str:
    buf = io.StringIO()
    buf.write(csv_header(head))
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows([_safe(v) for v in row] for row in rows)
    return BOM + buf.getvalue()


def to_xlsx(head: list[str], rows: list[list[Any]], sheet: str) -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    # the workbook's creation time to the day, not the second: the same rows give the same bytes, so a HEAD
    # (Content-Length) and the GET after it agree and two downloads compare equal (tests/test_userprobe7.py)
    book.set_properties({"created": datetime.datetime.combine(datetime.date.today(), datetime.time())})
    ws = book.add_worksheet(sheet[:31])
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#F2F2F2"})
    ws.write_row(0, 0, head, bold)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            if v is None:
                continue  # a blank cell stays blank: never 0
            if isinstance(v, (int, float)):
                ws.write_number(i, j, v)
            else:
                ws.write_string(i, j, str(v))
    ws.freeze_panes(1, 1)
    ws.set_column(0, 0, 28)
    ws.autofilter(0, 0, max(len(rows), 1), len(head) - 1)
    book.close()
    return buf.getvalue()
