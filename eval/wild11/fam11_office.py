"""PDF, DOCX and XLSX printers of eval/wild11 (compilations, converters, copy-paste into sheets)."""
from __future__ import annotations

import re

from docx.shared import Pt

from base import blocks, ctx
from docxbase import body, new_doc, save
from fam_html import grids, thousands
from fam_office import grid_into
from fam_pdf import std_tables
from fam9_office import std_body, xlsx9
from grids import full
from pdfbase import A4, H4, W4, Flow, emit, report_flow, sw

NCOLS = {"t2": 4, "t3": 10, "t4": 15}


# ---------------------------------------------------------------- PDF: an excerpt of a 年报汇编

def p_huibian(s):
    """Pages of a 信息公开年报汇编 (a city's compilation of its bodies' reports) extracted as a PDF: a running head
    「××区2022年政府信息公开工作年度报告汇编」 and 「— 37 —」 page numbers on every page, the compilation's item number
    above the title, and after the signature the start of the next body's report (its title and first lines)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    fl.para(f"（{s['item']}）", size=11, indent=False)
    report_flow(s, fl, std_tables(s, cell))
    fl.para("", indent=False)
    fl.para(f"（{s['next_item']}）", size=11, indent=False)
    fl.para(f"{s['next_agency']}{s['year']}年政府信息公开工作年度报告", size=15, indent=False, align="center")
    fl.para("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级关于做好政府信息公开工作年度报告的"
            "要求编制。", indent=True)
    fl.para("一、总体情况", size=11, indent=False)
    head = f"{s['huibian']}{s['year']}年政府信息公开工作年度报告汇编"
    for i, ops in enumerate(fl.pages):
        ops.append(("text", W4 / 2 - sw(head, 9) / 2, H4 - 34, head, 9))
        ops.append(("line", 56, H4 - 40, W4 - 56, H4 - 40, 0.6))
        num = f"— {s['page'] + i} —"
        ops.append(("text", W4 / 2 - sw(num, 10) / 2, 28, num, 10))
    s.setdefault("creator", "Adobe Acrobat Pro DC 21.1")
    s.setdefault("producer", "Adobe Acrobat Pro DC 21.1 Paper Capture Plug-in")
    return emit(s, fl.pages, A4)


def p_plain(s):
    """An ordinary ruled report PDF (WPS / Word export) — the variation is in the figures: zeros, blank rows,
    「—」 cells, thousands separators, as set in the report's spec."""
    if s.get("blank_rows"):
        for key in s["blank_rows"]:
            for c in ("np", "biz", "sci", "npo", "law", "oth", "tot"):
                assert s["t3"][f"{key}.{c}"] == 0, key
                s["placeholders"][f"t3.{key}.{c}"] = ""
    for k in s.get("dash_t2", ()):
        s["placeholders"][f"t2.{k}"] = "—"
    if s.get("sep"):
        s["xform"] = thousands(s["sep"])
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    return emit(s, fl.pages, A4)


# ---------------------------------------------------------------- DOCX converters

def rect_rows(grid, n, spacers=()):
    F = full(grid, n)
    out = []
    for r, frow in enumerate(F):
        row = []
        for c, (cc, origin) in enumerate(frow):
            first = origin and not (c > 0 and frow[c - 1][0] is cc) and not (r > 0 and F[r - 1][c][0] is cc)
            row.append(cc.text if first else "")
            if c in spacers:
                row.append("")
        out.append(row)
    return out


def add_rect(doc, rows_, style=None, narrow=()):
    t = doc.add_table(rows=len(rows_), cols=len(rows_[0]))
    if style:
        t.style = style
    for r, row in enumerate(rows_):
        for c, txt in enumerate(row):
            if txt:
                t.cell(r, c).text = txt
    return t


def d_pdf_reflow(s):
    """A PDF opened in Word (PDF reflow) and saved as DOCX: the tables come back unmerged — a merged cell's text in
    its first slot, the other slots empty — with an empty narrow column after every value column (the gaps
    between the PDF's cell boxes), each paragraph in a separate frame-free paragraph."""
    cell = ctx(s)
    g = grids(s, cell)
    spacers = {"t2": {1, 2, 3}, "t3": set(range(3, 10)), "t4": set(range(15))}
    d = new_doc()
    body(d, s, {k: (lambda doc, k=k: add_rect(doc, rect_rows(g[k], NCOLS[k], spacers[k]), "Table Grid"))
                for k in g})
    return save(d)


def d_pandoc(s):
    """HTML converted to DOCX by a document converter that drops rowspan/colspan (pandoc-like on a complex table):
    each row keeps the cells that start in it, left-aligned, padded with empty cells at the end; no borders."""
    cell = ctx(s)
    g = grids(s, cell)
    d = new_doc()

    def tab(k):
        def f(doc):
            rows_ = [[c.text for c in row] for row in g[k]]
            n = max(len(r) for r in rows_)
            add_rect(doc, [r + [""] * (n - len(r)) for r in rows_], None)
        return f
    body(d, s, {k: tab(k) for k in g})
    for p in d.paragraphs:
        for r in p.runs:
            r.font.size = Pt(12)
    return save(d)


def d19_plain(s):
    """An ordinary GF2019 Word report of a 镇 (merged cells, Table Grid)."""
    cell = ctx(s)
    d, _ = std_body(s, cell)
    return save(d)


# ---------------------------------------------------------------- XLSX: a page pasted into a sheet

def x_web_paste(s):
    """A page copied in a browser and pasted into a spreadsheet: each paragraph a row in column A, tables as merged
    cell grids, every figure stored as text with the page's trailing no-break space (「12\\u00a0」, not a number)."""
    cell = ctx(s)
    g = grids(s, cell)
    rows_: list[list] = []
    merges: list = []
    for kind, t in blocks(s):
        if kind in g:
            r0 = len(rows_)
            grid_into(rows_, merges, g[kind], NCOLS[kind], r0, numeric=False)
            for rr in range(r0, len(rows_)):
                rows_[rr] = [(v + "\u00a0") if isinstance(v, str) and re.fullmatch(r"[+-]?\d+(\.\d+)?", v) else v for v in rows_[rr]]
        else:
            rows_.append([t])
    return xlsx9([("Sheet1", rows_, merges, "visible")])
