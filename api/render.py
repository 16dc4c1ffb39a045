"""A report's tables laid out like the official template (HTML), for exports and the web page.
Rows, labels and keys come from the table spec; cells carry their key so the page can link a cell
to its quote and to the findings it takes part in."""

from __future__ import annotations

from html import escape

from extractor import tablespec as ts
from extractor.schema import Report


def _cell(report_values: dict, keys_in_findings: set[str], key: str, colspan: int = 1) -> str:
    v = report_values.get(key, "—missing—")
    cls = ["cell"]
    if key in keys_in_findings:
        cls.append("bad")
    if v == "—missing—":
        text, cls = "", cls + ["missing"]
    elif v is None:
        text, cls = "", cls + ["blank"]
    else:
        text = str(int(v)) if float(v).is_integer() else f"{v:g}"
    span = f' colspan="{colspan}"' if colspan > 1 else ""
    return f'<td class="{" ".join(cls)}" data-key="{key}"{span}>{escape(text)}</td>'


def tables_html(report: Report) -> str:
    values = report.values()
    bad = {k for f in report.findings if f.kind == "report_defect" and f.severity == "error" for k in f.cells}
    out = ['<div class="tables">']
    # 表二
    spec2 = ts.t2_spec(report.template.value)
    width = max(len(r.cols) for r in spec2.rows)
    out.append('<h3>二、主动公开政府信息情况</h3><table class="t t2">')
    groups = ([("第二十条第（一）项", ["reg", "norm"]), ("第二十条第（五）项", ["license"]),
               ("第二十条第（六）项", ["penalty", "coercion"]), ("第二十条第（八）项", ["fee"])]
              if spec2 is ts.T2_GF2021 else
              [("第二十条第（一）项", ["reg", "norm"]), ("第二十条第（五）项", ["license", "other_service"]),
               ("第二十条第（六）项", ["penalty", "coercion"]), ("第二十条第（八）项", ["fee"]),
               ("第二十条第（九）项", ["procurement"])])
    for head, rows in groups:
        out.append(f'<tr><th colspan="{width + 1}">{head}</th></tr>')
        first = spec2.row(rows[0])
        span = width // len(first.cols) if width % len(first.cols) == 0 else 1
        out.append("<tr><th>信息内容</th>" + "".join(f'<th colspan="{span}">{escape(c)}</th>' for c in first.col_labels) + "</tr>")
        for key in rows:
            r = spec2.row(key)
            out.append(f"<tr><th class=\"label\">{escape(r.label)}</th>"
                       + "".join(_cell(values, bad, f"t2.{key}.{c}", span) for c in r.cols) + "</tr>")
    out.append("</table>")
    # 表三
    spec3 = ts.t3_spec("t3.r6.tot" in values)
    out.append('<h3>三、收到和处理政府信息公开申请情况</h3><table class="t t3">')
    out.append('<tr><th colspan="3" rowspan="3" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>'
               '<th colspan="7">申请人情况</th></tr>'
               '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>'
               '<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>')
    results = ts.t3_result_rows(spec3)
    parent_count: dict[str, int] = {}
    for r in spec3.rows:
        if r.parent:
            parent_count[r.parent] = parent_count.get(r.parent, 0) + 1
    started: set[str] = set()
    for r in spec3.rows:
        cells = "".join(_cell(values, bad, f"t3.{r.key}.{c}") for c in ts.T3_COLS)
        lead = ""
        if r.key == "r1":
            lead += f'<th rowspan="{len(results) + 1}" class="vertical">三、本年度办理结果</th>'
        if r.key in ("new", "carry_in", "carry_out"):
            out.append(f'<tr><th colspan="3" class="label">{escape(r.label)}</th>{cells}</tr>')
            continue
        if r.parent:
            if r.parent not in started:
                started.add(r.parent)
                lead += f'<th rowspan="{parent_count[r.parent]}">{escape(ts.T3_GROUP_HEADERS[r.parent].label)}</th>'
            out.append(f'<tr>{lead}<th class="label">{escape(r.label)}</th>{cells}</tr>')
        else:
            out.append(f'<tr>{lead}<th colspan="2" class="label">{escape(r.label)}</th>{cells}</tr>')
    out.append("</table>")
    # 表四
    out.append('<h3>四、政府信息公开行政复议、行政诉讼情况</h3><table class="t t4">'
               '<tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>'
               '<tr>' + "".join(f'<th rowspan="2">{escape(ts.T4_COL_LABELS[c])}</th>' for c in ts.T4_COLS)
               + '<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr><tr>'
               + "".join(f"<th>{escape(ts.T4_COL_LABELS[c])}</th>" for _ in range(2) for c in ts.T4_COLS) + "</tr><tr>"
               + "".join(_cell(values, bad, f"t4.{g}.{c}") for g in ts.T4_GROUPS for c in ts.T4_COLS) + "</tr></table>")
    out.append("</div>")
    return "\n".join(out)


def report_page(report: Report) -> str:
    """A standalone HTML export of one report's tables and findings."""
    findings = "".join(f"<li><b>[{escape(f.check)}]</b> {escape(f.message)}</li>" for f in report.findings
                       if f.kind != "extraction_doubt")
    return (f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>{escape(report.title or report.source)}</title>'
            '<style>table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #888;padding:2px 6px;font-size:13px}'
            '.bad{background:#fdd}.blank{background:#eee}</style>'
            f"<h2>{escape(report.agency or '')} {report.year or ''}年 政府信息公开工作年度报告</h2>"
            f"{tables_html(report)}<h3>核查发现</h3><ul>{findings or '<li>未发现问题</li>'}</ul></html>")
