"""Printers of eval/wild34's hunt: THE REPORT INSIDE A BIGGER DOCUMENT — the file a crawler saves holds the report
plus other material, some of it with numbers and tables of its own (a 政府公报 issue, a 汇编 with the 指南 before and
the 目录 after, a page with its 图解 and 解读, an OA 函 forwarding the report, last year's table 三 appended for
comparison, a 人大 meeting packet, a zip of a body's documents, a 年鉴 chapter, a 镇's 公开栏 page).

The report itself is the earlier printers' (base.blocks with the template's ruled tables); the material around it is
a list of items, ("h", text), ("p", text) or ("tab", rows), printed in the same carrier before and after the report.
"""
from __future__ import annotations

from html import escape as esc

import docxbase
import pdfbase
from base import blocks, ctx, html_body, text_report
from fam12 import pdf_tables
from fam_html import tables_plain
from fam_office import std_grids, zip_files
from grids import full
from model import t3_values
from render import page


# ------------------------------------------------------------------ material in each carrier
def mat_html(items) -> str:
    out = []
    for kind, t in items:
        if kind == "h":
            out.append(f"<h2>{esc(t)}</h2>")
        elif kind == "tab":
            rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in t)
            out.append(f'<table border="1" cellspacing="0" cellpadding="3">{rows}</table>')
        else:
            out.append(f"<p>{esc(t)}</p>")
    return "\n".join(out)


def mat_docx(d, items):
    for kind, t in items:
        if kind == "h":
            p = d.add_paragraph()
            p.alignment = 1
            p.add_run(t).bold = True
        elif kind == "tab":
            tb = d.add_table(rows=len(t), cols=len(t[0]))
            tb.style = "Table Grid"
            for r, row in enumerate(t):
                for c, x in enumerate(row):
                    tb.cell(r, c).text = x
        else:
            d.add_paragraph(t)


def mat_pdf(fl, items):
    for kind, t in items:
        if kind == "h":
            fl.para(t, size=13, indent=False, align="center")
        elif kind == "tab":
            n = len(t[0])
            w = (fl.W - 2 * fl.m) / n
            fl.table([[(c, 1) for c in r] for r in t], [w] * n, size=8)
        elif kind == "brk":
            fl.new_page()
        else:
            fl.para(t)


def mat_text(items, md=False) -> list[str]:
    out = []
    for kind, t in items:
        if kind == "h":
            out.append(("## " if md else "") + t)
        elif kind == "tab":
            if md:
                out.append("| " + " | ".join(t[0]) + " |")
                out.append("|" + "---|" * len(t[0]))
                out += ["| " + " | ".join(r) + " |" for r in t[1:]]
            else:
                out += ["\t".join(r) for r in t]
        elif kind == "brk":
            continue
        else:
            out.append(t)
    return out


# ------------------------------------------------------------------ the report in each carrier
def grid_rows(grid, n) -> list[list[str]]:
    return [[c.text if o else "" for c, o in row] for row in full(grid, n)]


def text_tables(s, md=False) -> dict:
    cell = ctx(s)
    out = {}
    for k, (g, n) in std_grids(s, cell).items():
        rows = grid_rows(g, n)
        if md:
            out[k] = "\n".join(["| " + " | ".join(rows[0]) + " |", "|" + "---|" * n] +
                               ["| " + " | ".join(r) + " |" for r in rows[1:]])
        else:
            out[k] = "\n".join("\t".join(r).rstrip("\t") for r in rows)
    return out


def report_html(s) -> str:
    return html_body(s, tables_plain(s, ctx(s)))


def report_docx(d, s):
    tabs = {k: (lambda dd, g=g, n=n: docxbase.add_table(dd, g, n)) for k, (g, n) in std_grids(s, ctx(s)).items()}
    docxbase.body(d, s, tabs)


def report_md(s) -> str:
    out = []
    tabs = text_tables(s, md=True)
    for kind, t in blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f"### {t}")
        elif kind == "h":
            out.append(f"**{t}**")
        else:
            out.append(t)
    return "\n\n".join(out)


# ------------------------------------------------------------------ carriers
def h_wrapped(s):
    """An HTML page: material before, the report in its own <div>, material after."""
    body = (f'<div class="{s.get("cls", "issue")}">\n{mat_html(s["before"])}\n'
            f'<div class="item">\n{report_html(s)}\n</div>\n{mat_html(s["after"])}\n</div>')
    return page(s.get("page_title", s["title"]), body, s["site"]).encode("utf-8")


def d_wrapped(s):
    """A DOCX: material before, the report, material after (python-docx)."""
    d = docxbase.new_doc()
    mat_docx(d, s["before"])
    if s.get("break_before", True):
        d.add_page_break()
    report_docx(d, s)
    if s["after"]:
        d.add_page_break()
    mat_docx(d, s["after"])
    return docxbase.save(d)


def p_wrapped(s):
    """A PDF (reportlab): material before, the report with its ruled tables, material after."""
    from reportlab.lib.pagesizes import A4
    fl = pdfbase.Flow(*A4, footer=True)
    mat_pdf(fl, s["before"])
    if s.get("break_before", True):
        fl.new_page()
    pdfbase.report_flow(s, fl, pdf_tables(s, ctx(s)))
    mat_pdf(fl, s["after"])
    return pdfbase.emit(s, fl.pages, A4)


def t_wrapped(s):
    """A .txt: material before, the report with tab-separated table rows, material after."""
    lines = mat_text(s["before"]) + [text_report(s, text_tables(s)).rstrip("\n")] + mat_text(s["after"])
    return ("\n".join(lines) + "\n").encode("utf-8")


def t_last_year(s):
    """A .txt report followed by 「附：上年度数据」: last year's table 三 printed the same way (another table 三)."""
    prev = dict(s)
    prev["t3"] = t3_values(s["source"], s["template"], s["id"] + "-prev", None, None, s.get("small", False))
    rows = text_tables(prev)["t3"]
    after = [("p", ""), ("h", f"附：{s['year'] - 1}年度数据（供对比参考）"),
             ("p", f"{s['year'] - 1}年度收到和处理政府信息公开申请情况如下（单位：件）："), ("p", rows)] + s["after"]
    lines = mat_text(s["before"]) + [text_report(s, text_tables(s)).rstrip("\n")] + mat_text(after)
    return ("\n".join(lines) + "\n").encode("utf-8")


def m_wrapped(s):
    """A Markdown export of a 年鉴 chapter: entries before and after, the report as one entry."""
    out = "\n\n".join(mat_text(s["before"], md=True) + [report_md(s)] + mat_text(s["after"], md=True))
    return (out + "\n").encode("utf-8")


def z_package(s):
    """A zip of one body's publication package: the 指南 (.docx, first), the report (.docx), the 目录 (.html), a
    说明 (.txt)."""
    g = docxbase.new_doc()
    mat_docx(g, s["guide"])
    r = docxbase.new_doc()
    report_docx(r, s)
    cat = page(f"{s['agency']}政府信息公开目录", mat_html(s["catalogue"]), s["site"]).encode("utf-8")
    files = [(f"01-{s['agency']}政府信息公开指南.docx", docxbase.save(g)),
             (f"02-{s['agency']}{s['year']}年度政府信息公开工作年度报告.docx", docxbase.save(r)),
             (f"03-{s['agency']}政府信息公开目录.html", cat),
             ("说明.txt", ("\n".join(mat_text(s["readme"])) + "\n").encode("utf-8"))]
    return zip_files(files)
