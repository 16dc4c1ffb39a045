"""A report's tables laid out like the official template (HTML), for the web page and the printable
核验单 (verification sheet). Rows, labels, group heads and header cells all come from the table
spec (extractor/tablespec.py); findings are worded by the check catalogue (extractor/checkspec.py).

Every value cell carries its key, its human label and the findings it takes part in, so the page
can link a cell to its quote and to the findings; the printed total a rule finds off is marked apart
from the parts it was compared with."""

from __future__ import annotations

from datetime import date
from html import escape

from extractor import __version__, tablespec as ts
from extractor.checkspec import KIND_ORDER, KINDS, Described, describe
from extractor.schema import Report, Template

_MISSING = object()

# the template as the printed 核验单 and the page name it (「GF2021」 is our code, not the reader's word)
TEMPLATE_WORDS = {
    "GF2021": "2021版（国办公开办函〔2021〕30号）",
    "GF2019": "2019版（国办公开办函〔2019〕60号）",
    "LEGACY": "2019年以前的旧格式",
    "UNKNOWN": "未识别",
}


# A report read out of a container (README: `carrier`): what the reader sees is not the file's own text — a
# 报送函 PDF's attached Word file, a zip's member, a mail's attachment — and its page numbers are the payload's.
# Named by the layer the user's file is (the outermost but a gzip around it: 「gzip/tar」 is a tar); a gzip'd page
# (a crawler's .html.gz) and a page saved as one file (.mht/.mhtml, a MIME message too) are the page itself.
_CARRIED_FROM = {
    "pdf": "PDF 所附的文件",
    "zip": "ZIP 压缩包中的文件",
    "tar": "tar 归档中的文件",
    "mime": "邮件的正文或附件",
    "warc": "网页存档（WARC）中的网页",
    "webarchive": "Safari 网页存档中的网页",
    "jsonl": "JSON Lines 数据中的条目",
}


def carried_from(report: Report) -> str | None:
    """「PDF 所附的文件」: where in its file the report was read, for a report a container carried; else None."""
    outer = next((c for c in (report.carrier or "").split("/") if c and c != "gzip"), None)
    if outer is None or outer == "mime" and report.source.lower().endswith((".mht", ".mhtml")):
        return None
    return _CARRIED_FROM.get(outer)


def described(report: Report) -> list[Described]:
    """The report's findings in words, in the report's order (index = the finding's id on the page)."""
    values = report.values()
    return [describe(f, values, report.template.value) for f in report.findings]


def tables_present(report: Report) -> dict[str, bool]:
    """Which of the three tables the report has any read cell of."""
    have = {c.key.split(".", 1)[0] for c in report.cells}
    return {t: t in have for t in ("t2", "t3", "t4")}


def has_tables(report: Report) -> bool:
    return report.tables_recoverable and report.template in (Template.GF2021, Template.GF2019)


def no_tables_note(report: Report) -> str:
    if report.template == Template.LEGACY:
        return (
            "这是2019年以前的旧格式年度报告，没有现行格式的三张统计表；下面只列出正文中的定量表述，不显示表格和图表。"
        )
    return (
        "没有从这份报告中读出统计表（报告可能以图片发布表格，或缺少表格）；"
        "下面只列出正文中的定量表述，不显示表格和图表。"
    )


class _Marks:
    """Per cell: CSS classes and the indexes of the findings it takes part in."""

    def __init__(self, report: Report, found: list[Described]):
        self.classes: dict[str, set[str]] = {}
        self.findings: dict[str, list[int]] = {}
        for i, (f, d) in enumerate(zip(report.findings, found)):
            for k in f.cells:
                self.findings.setdefault(k, []).append(i)
            if f.kind == "report_defect":
                for k in d.totals:
                    self.classes.setdefault(k, set()).add("defect-total")
                for k in d.parts:
                    if k not in d.totals:
                        self.classes.setdefault(k, set()).add("defect-part")
            elif f.kind == "extraction_doubt" and f.check != "D3":
                for k in f.cells:
                    self.classes.setdefault(k, set()).add("doubt")
        for c in report.cells:
            if c.source != "printed":
                self.classes.setdefault(c.key, set()).add("recovered")


def _cell(report: Report, values: dict, marks: _Marks, key: str, colspan: int = 1) -> str:
    v = values.get(key, _MISSING)
    cls = ["cell", *sorted(marks.classes.get(key, ()))]
    label = ts.cell_label(key, report.template.value)
    if v is _MISSING:
        text, cls, state = "", cls + ["missing"], "未读取"
    elif v is None:
        raw = ((c := report.cell(key)) and c.raw) or ""
        text, cls, state = ("" if raw.startswith("glued") else raw), cls + ["blank"], "空白"
    else:
        text = str(int(v)) if float(v).is_integer() else f"{v:g}"
        state = text
    span = f' colspan="{colspan}"' if colspan > 1 else ""
    found = marks.findings.get(key)
    data = f' data-findings="{" ".join(map(str, found))}"' if found else ""
    return (
        f'<td class="{" ".join(cls)}" data-key="{key}" data-label="{escape(label)}" '
        f'title="{escape(label)}：{escape(state)}" tabindex="-1"{span}{data}>{escape(text)}</td>'
    )


def _t2(report: Report, values: dict, marks: _Marks) -> str:
    spec = ts.t2_spec(report.template.value)
    width = max(len(r.cols) for r in spec.rows)
    out = [f'<table class="t t2"><caption>{ts.TABLE_HEADINGS["t2"]}</caption>']
    for head, rows in ts.t2_groups(report.template.value):
        out.append(f'<tr><th colspan="{width + 1}" scope="colgroup" class="group">{escape(head)}</th></tr>')
        first = spec.row(rows[0])
        span = width // len(first.cols) if width % len(first.cols) == 0 else 1
        out.append(
            f'<tr><th scope="col">{ts.T2_CONTENT_HEAD}</th>'
            + "".join(f'<th colspan="{span}" scope="col">{escape(c)}</th>' for c in first.col_labels)
            + "</tr>"
        )
        for key in rows:
            r = spec.row(key)
            out.append(
                f'<tr><th class="label" scope="row">{escape(r.label)}</th>'
                + "".join(_cell(report, values, marks, f"t2.{key}.{c}", span) for c in r.cols)
                + "</tr>"
            )
    out.append("</table>")
    return "".join(out)


def _t3(report: Report, values: dict, marks: _Marks) -> str:
    spec = ts.t3_spec_of(values)
    orgs = ts.T3_APPLICANTS[1:]
    out = [
        f'<table class="t t3"><caption>{ts.TABLE_HEADINGS["t3"]}</caption>',
        f'<tr><th colspan="3" rowspan="3" class="note" scope="col">{ts.T3_NOTE}</th>'
        f'<th colspan="{len(ts.T3_COLS)}" scope="colgroup">{ts.T3_APPLICANTS_HEAD}</th></tr>',
        f'<tr><th rowspan="2" scope="col">{ts.T3_COL_LABELS["np"]}</th>'
        f'<th colspan="{len(orgs)}" scope="colgroup">{ts.T3_ORGS_HEAD}</th>'
        f'<th rowspan="2" scope="col">{ts.T3_COL_LABELS["tot"]}</th></tr>',
        "<tr>" + "".join(f'<th scope="col">{ts.T3_COL_LABELS[c]}</th>' for c in orgs) + "</tr>",
    ]
    results = ts.t3_result_rows(spec)
    members: dict[str, int] = {}
    for r in spec.rows:
        if r.parent and r.parent != r.key:
            members[r.parent] = members.get(r.parent, 0) + 1
    started: set[str] = set()
    for r in spec.rows:
        cells = "".join(_cell(report, values, marks, f"t3.{r.key}.{c}") for c in ts.T3_COLS)
        label = escape(r.label)
        if r.key in ("new", "carry_in", "carry_out"):
            out.append(f'<tr><th colspan="3" class="label" scope="row">{label}</th>{cells}</tr>')
            continue
        lead = ""
        if r.key == results[0]:
            lead += f'<th rowspan="{len(results) + 1}" class="vertical" scope="rowgroup">{ts.T3_RESULTS_HEAD}</th>'
        if r.parent and r.parent != r.key:
            if r.parent not in started:
                started.add(r.parent)
                lead += (
                    f'<th rowspan="{members[r.parent]}" scope="rowgroup">'
                    f"{escape(ts.T3_GROUP_HEADERS[r.parent].label)}</th>"
                )
            out.append(f'<tr>{lead}<th class="label" scope="row">{label}</th>{cells}</tr>')
        else:
            out.append(f'<tr>{lead}<th colspan="2" class="label" scope="row">{label}</th>{cells}</tr>')
    out.append("</table>")
    return "".join(out)


def _t4(report: Report, values: dict, marks: _Marks) -> str:
    n = len(ts.T4_COLS)
    lawsuits = list(ts.T4_LAWSUIT_GROUPS.items())
    return (
        f'<table class="t t4"><caption>{ts.TABLE_HEADINGS["t4"]}</caption>'
        f'<tr><th colspan="{n}" scope="colgroup">{ts.T4_REVIEW_HEAD}</th>'
        f'<th colspan="{n * len(lawsuits)}" scope="colgroup">{ts.T4_LAWSUIT_HEAD}</th></tr>'
        "<tr>"
        + "".join(f'<th rowspan="2" scope="col">{escape(ts.T4_COL_LABELS[c])}</th>' for c in ts.T4_COLS)
        + "".join(f'<th colspan="{n}" scope="colgroup">{escape(label)}</th>' for _, label in lawsuits)
        + "</tr><tr>"
        + "".join(f'<th scope="col">{escape(ts.T4_COL_LABELS[c])}</th>' for _ in lawsuits for c in ts.T4_COLS)
        + "</tr><tr>"
        + "".join(_cell(report, values, marks, f"t4.{g}.{c}") for g in ts.T4_GROUPS for c in ts.T4_COLS)
        + "</tr></table>"
    )


def tables_html(report: Report, found: list[Described] | None = None) -> str:
    """The three tables, or a note saying the report has none (never a table of blanks)."""
    if not has_tables(report):
        return f'<div class="tables none"><p class="note">{no_tables_note(report)}</p></div>'
    found = described(report) if found is None else found
    values = report.values()
    marks = _Marks(report, found)
    present = tables_present(report)
    out = ['<div class="tables">']
    for t, render in (("t2", _t2), ("t3", _t3), ("t4", _t4)):
        if present[t]:
            out.append(
                f'<div class="scroll" tabindex="0" role="region" aria-label="{ts.TABLE_HEADINGS[t]}">'
                f"{render(report, values, marks)}</div>"
            )
        else:
            out.append(f'<p class="note">没有读到{ts.TABLE_NAMES_SHORT[t]}（{ts.TABLE_HEADINGS[t][2:]}）。</p>')
    out.append("</div>")
    return "\n".join(out)


def title_of(report: Report) -> str:
    return f"{report.agency or '（机关未识别）'} {report.year or '?'}年 政府信息公开工作年度报告"


_SHEET_CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;color:#1a1a1a;margin:24px;max-width:1100px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 6px;border-bottom:1px solid #999}
.meta{color:#444;font-size:13px}table{border-collapse:collapse;margin:6px 0 12px}
td,th{border:1px solid #777;padding:2px 6px;font-size:12px;text-align:center;font-weight:normal}
th{background:#f2f2f2}th.label{text-align:left}caption{text-align:left;font-weight:bold;padding:4px 0}
.defect-total{background:#c53030;color:#fff;font-weight:bold}.defect-part{background:#fde2e2}
.blank{background:#e5e5e5}.doubt{outline:2px dashed #b7791f;outline-offset:-3px}.recovered{font-style:italic}
.vertical{writing-mode:vertical-rl}ol{padding-left:22px}li{margin:4px 0;font-size:13px}
.kind{font-weight:bold}.legend span{display:inline-block;padding:0 6px;margin-right:8px;border:1px solid #777;font-size:12px}
.note{color:#444}.sign{margin-top:28px;font-size:13px}.sign span{display:inline-block;min-width:200px;border-bottom:1px solid #333}
@media print{body{margin:0}.noprint{display:none}table,li{page-break-inside:avoid}@page{size:A4 landscape;margin:12mm}}
"""


def report_page(report: Report) -> str:
    """The printable 核验单: what was read, what does not add up (in words, grouped by whose problem
    it is), and the tables with the cells in question marked. Self-contained HTML."""
    found = described(report)
    groups = []
    for kind in KIND_ORDER:
        items = [d for d in found if d.kind == kind and d.check != "D3"]
        if not items:
            continue
        label, meaning = KINDS[kind]
        groups.append(
            f'<h2>{label}（{len(items)}）</h2><p class="note">{meaning}</p><ol>'
            + "".join(
                f'<li><span class="kind">{escape(d.label)}</span>：{escape(d.sentence)}'
                f"<br><small>规则：{escape(d.rule)}</small></li>"
                for d in items
            )
            + "</ol>"
        )
    recovered = sum(1 for d in found if d.check == "D3")
    if recovered:
        groups.append(
            f'<p class="note">另有{recovered}行数字在发布的文本里连在一起，已按勾稽关系唯一还原（表中斜体）。</p>'
        )
    meta = (
        f"格式：{TEMPLATE_WORDS.get(report.template.value, report.template.value)} · 原文件：{escape(report.source.rsplit('/', 1)[-1])}"
        + (f"（报告读自：{via}）" if (via := carried_from(report)) else "")
        + f" · 核验日期：{date.today().isoformat()} · xxgk {__version__}"
    )
    legend = (
        (
            '<p class="legend"><span class="defect-total">印出的合计与各项之和不符</span>'
            '<span class="defect-part">参与比较的各项</span><span class="blank">空白</span>'
            '<span class="doubt">读取存疑</span></p>'
        )
        if has_tables(report)
        else ""
    )
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>核验单 · {escape(title_of(report))}</title>'
        f"<style>{_SHEET_CSS}</style></head><body>"
        f'<h1>政府信息公开工作年度报告 核验单</h1><p class="meta"><b>{escape(title_of(report))}</b><br>{meta}</p>'
        + (
            "".join(groups)
            or f"<h2>核查发现</h2><p>未发现问题{'' if has_tables(report) else '（没有可核对的统计表，勾稽关系未核对）'}。</p>"
        )
        + f"<h2>统计表</h2>{legend}{tables_html(report, found)}"
        '<p class="sign">核验人：<span></span>　　日期：<span></span></p>'
        '<p class="noprint note">打印：Ctrl+P（横向 A4）。</p></body></html>'
    )


_CLAUSE_END = set("。；;！!？?\n，,：:")
_CLAUSE_MAX = 40


def metric_views(report: Report) -> list[dict]:
    """Each narrative quantity with the clause it stands in, cut at punctuation (never mid-word, never
    empty): 「本年度全区共收到【70件】申请」. `before`/`quote`/`after` are verbatim text; the
    quote is the metric's own span."""
    text = report.text
    out = []
    for i, m in enumerate(report.metrics):
        s, e = m.span.start, m.span.end
        a = s
        while a > 0 and text[a - 1] not in _CLAUSE_END and s - a < _CLAUSE_MAX:
            a -= 1
        b = e
        while b < len(text) and text[b] not in _CLAUSE_END and b - e < _CLAUSE_MAX // 2:
            b += 1
        clean = lambda t: " ".join(t.split())  # noqa: E731  (line breaks inside PDF text)
        out.append(
            {
                "i": i,
                "before": ("…" if a > 0 and text[a - 1] not in _CLAUSE_END else "") + clean(text[a:s]),
                "quote": clean(text[s:e]),
                "after": clean(text[e:b]) + ("…" if b < len(text) and text[b] not in _CLAUSE_END else ""),
                "value": m.value,
                "unit": m.unit,
                "qualifier": m.qualifier,
                "key": m.key,
                "section": m.section,
                "start": s,
                "end": e,
            }
        )
    return out
