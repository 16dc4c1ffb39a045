"""Printers of eval/wild15: a realistic sample of what a national crawl returns — ordinary reports combining two or
three of the variations the earlier sets introduced one at a time (header rows, 「单位：件」 lines, notes under the
tables, 「/」 「—」 or blanks for zeros, 「合计」 spellings, table 三 over a page break or in a 续表, the agency named only
in the signature, the 发布机构 line or a PDF's running page header) — plus two ordinary "other" files (an XLSX
attachment, a page's text copied with tab-separated cells).

fam14's printers are reused as they are (its hooks on the grids and on pdfbase.Flow.table stay installed); the only
new option is s["page_header"]: a running header line on every PDF page (Word's 页眉), drawn through a hook on
pdfbase.draw_ops."""
from __future__ import annotations

import base
import fam12 as B
import fam14 as F
import pdfbase
from grids import full

DRAW0 = pdfbase.draw_ops


def draw_ops15(c, ops, mode=0):
    """pdfbase.draw_ops plus the report's running header (text and the rule under it) on every page."""
    head = F.CUR.get("page_header")
    if head and mode == 0:
        W, H = c._pagesize
        ops = [("text", 56, H - 40, head, 9), ("line", 56, H - 45, W - 56, H - 45, 0.5)] + list(ops)
    return DRAW0(c, ops, mode)


pdfbase.draw_ops = draw_ops15


def h_cms15(s):
    return F.h_cms14(s)


def d_report15(s):
    return F.d_report14(s)


def p_report15(s):
    return F.p_report14(s)


def x_sheets15(s):
    """The tables as the office's XLSX attachment (fam12's: one sheet per table, 「单位：件」, 填表人/审核人)."""
    F.prepare14(s)
    return B.x_attachment_sheets(s)


def t_copy15(s):
    """The article's text as a crawler saved it from the page (select-all, copy): paragraphs one per line, each table
    row one line with its cells separated by tabs (a merged cell once, its covered slots left out), UTF-8."""
    F.prepare14(s)
    B.marks(s)
    cell = base.ctx(s)
    g = B.gridsx(s, cell)
    out = [f"{s['site']} > 政府信息公开 > 政府信息公开年报", ""]
    for kind, t in base.blocks(s):
        if kind in g:
            for frow in full(g[kind], B.NCOLS[kind]):
                seen = None
                cells = []
                for cc, origin in frow:
                    if not origin or cc is seen:
                        continue
                    seen = cc
                    cells.append(cc.text)
                out.append("\t".join(cells))
        else:
            out.append(t)
            if kind == "title":
                out.append(f"发布时间：{s['pub']}　来源：{s['site']}")
    return ("\n".join(out) + "\n").encode("utf-8")


# LEGACY (old 条例) reports as the earlier sets print them: a 县级部门 page with a unit column, a 镇's Word report
# with a 序号 column.
h_legacy15 = F.h_legacy_unit_col
d_legacy15 = B.d_legacy_numbered
