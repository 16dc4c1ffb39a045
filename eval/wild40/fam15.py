"""Printers of eval/wild15: a realistic sample of what a national crawl returns — ordinary reports combining two or
three of the variations the earlier sets introduced one at a time (header rows, 「单位：件」 lines, notes under the
tables, 「/」 「—」 or blanks for zeros, 「合计」 spellings, table 三 over a page break or in a 续表, the agency named only
in the signature, the 发布机构 line or a PDF's running page header) — plus two ordinary "other" files (an XLSX
attachment, a page's text copied with tab-separated cells).

fam14's printers are reused as they are (its hooks on the grids and on pdfbase.Flow.table stay installed); the only
new options are s["page_header"]: a running header line on every PDF page (Word's 页眉), drawn through a hook on
pdfbase.draw_ops; and s["date_style"]: the signature's date as publishers type it (「二〇二四年一月十八日」,
「2025-01-18」, 「2024年1月」), through a hook on the report's blocks."""
from __future__ import annotations

import base
import fam12 as B
import fam14 as F
import pdfbase
from grids import full

DRAW0 = pdfbase.draw_ops
BLOCKS14 = B.blocks
CN_DIG = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    """1..31 in Chinese numerals as dates are typed: 十, 十八, 二十, 三十一."""
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else CN_DIG[tens]) + "十" if tens else "") + (CN_DIG[ones] if ones else "")


def date15(t: str, style: str) -> str:
    """「2024年1月18日」 in the report's style."""
    y, rest = t.split("年")
    m, d = rest.rstrip("日").split("月")
    if style == "cn":
        return "".join(CN_DIG[int(ch)] for ch in y) + f"年{cn_small(int(m))}月{cn_small(int(d))}日"
    if style == "dash":
        return f"{y}-{int(m):02d}-{int(d):02d}"
    if style == "month":
        return f"{y}年{m}月"
    raise ValueError(style)


def blocks15(s):
    """fam13's blocks with the signature's date restyled (s["date_style"])."""
    out = BLOCKS14(s)
    style = s.get("date_style")
    if style and out and out[-1][0] == "sign":
        out = out[:-1] + [("sign", date15(out[-1][1], style))]
    return out


base.blocks = B.blocks = pdfbase.blocks = blocks15


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
