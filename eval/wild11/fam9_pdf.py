"""PDF printers of eval/wild9 on the display-list engine of pdfbase.py (reportlab invariant=1)."""
from __future__ import annotations

import random

from base import ctx, legacy_blocks
from fam_pdf import std_tables, t3_keyed
from fam9_html import NAME, PERM_B
from grids import t3_flat
from model import COLS, rows
from pdfbase import A4, H4, W4, Flow, draw_ops, emit, report_flow, sw

FW = str.maketrans("0123456789", "０１２３４５６７８９")


def p_scrambled(s):
    """A PDF whose producer wrote every piece of text of a page as its own text object in no reading order (the
    objects of table cells shuffled in the content stream; their positions are right)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    rng = random.Random(s["id"] + "shuffle")
    pages = []
    for ops in fl.pages:
        texts = [o for o in ops if o[0] == "text"]
        other = [o for o in ops if o[0] != "text"]
        rng.shuffle(texts)
        pages.append(other + texts)
    s.setdefault("producer", "iText 2.1.7 by 1T3XT")
    return emit(s, pages, A4)


def p_superscript(s):
    """Footnote marks printed as small raised digits right after some figures of table 三 (「12¹」 as glyphs: a 4.5-pt
    「1」 3 pt above the line), the notes under the table."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "fn")
    fl = Flow(W4, H4)
    fl.record = []
    tabs = std_tables(s, cell)
    size = 8

    def t3(f):
        f.table(t3_keyed(s, cell), [200] + [40] * 7, size=size, repeat=2)
        f.para("注：1.含上级机关转办的申请。2.含通过信函方式提出的申请。", size=8, indent=False)
    tabs["t3"] = t3
    report_flow(s, fl, tabs)
    cands = [r for r in fl.record if r[0].startswith("key:") and s["t3"][r[0][7:]]]
    lead = size * 1.35
    for i, rec in enumerate(sorted(rng.sample(cands, 6))):
        key = rec[0][7:]
        _, pg, x, w, top, h = rec
        t = str(s["t3"][key])
        ty = top - 3 - lead + (lead - size) / 2 + 1
        fl.pages[pg - 1].append(("text", x + w / 2 + sw(t, size) / 2 + 0.4, ty + 3.2, "12"[i % 2], 4.5))
    return emit(s, fl.pages, A4)


def p19_reordered(s):
    """GF2019 PDF whose table 三 prints the 法人或其他组织 block under the second header row in another order
    (商业企业, 社会公益组织, 科研机构, 法律服务机构, 其他)."""
    cell = ctx(s)
    rows_ = [[("申请人情况", 1), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
             [("", 1), ("", 1)] + [(NAME[c], 1) for c in PERM_B] + [("", 1)]]
    order = ["np"] + PERM_B + ["tot"]
    for label, vals in t3_flat(s["template"], cell):
        by = dict(zip(COLS, vals)) if vals else {}
        rows_.append([(label, 1)] + [(by.get(c, ""), 1) for c in order])
    fl = Flow(W4, H4)
    tabs = std_tables(s, cell)
    tabs["t3"] = lambda f: f.table(rows_, [200] + [40] * 7, size=8, repeat=2)
    report_flow(s, fl, tabs)
    return emit(s, fl.pages, A4)


def p_fullwidth(s):
    """WPS PDF of a 乡 whose clerk typed every figure in full-width digits (「１２」, 「８３７２.４２」)."""
    s["xform"] = lambda key, v, t: t.translate(FW)
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    s.setdefault("producer", "WPS 文字")
    return emit(s, fl.pages, A4)


def p_dotted_rules(s):
    """Tables ruled with dotted borders that the producer drew as hundreds of 2-pt segments (no long rule)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    pages = []
    for ops in fl.pages:
        out = []
        for o in ops:
            if o[0] != "line":
                out.append(o)
                continue
            _, x1, y1, x2, y2, w = o
            n = max(1, int(max(abs(x2 - x1), abs(y2 - y1)) / 3.5))
            for i in range(n):
                a, b = i / n, min(1.0, (i + 0.6) / n)
                out.append(("line", x1 + (x2 - x1) * a, y1 + (y2 - y1) * a, x1 + (x2 - x1) * b,
                            y1 + (y2 - y1) * b, w))
        pages.append(out)
    return emit(s, pages, A4)


def p_legacy(s):
    """2017 report on the old 条例 of a 开发区管委会: prose, then a 统计表 as an attachment on the last page."""
    paras, table = legacy_blocks(s)
    fl = Flow(W4, H4)
    fl.para(s["title"], size=15, indent=False, align="center")
    for p in paras:
        fl.para(p, indent=not p[:2].endswith("、"))
    fl.para(s["agency"], indent=False, align="right")
    fl.para(s["date"], indent=False, align="right")
    fl.new_page()
    fl.para("附件：政府信息公开情况统计表", indent=False)
    fl.table([[(c, 1) for c in r] for r in table], [220, 60, 100], size=9)
    return emit(s, fl.pages, A4)


def p_slash_defect(s):
    """A 镇 whose tables print 「/」 where a column cannot apply — 规章 in table 二, 科研机构, 社会公益组织 and 法律服务机构
    of table 三 where the whole column is 0 — and a real defect: （七）总计 自然人 one too many."""
    t3 = s["t3"]
    for c in ("sci", "npo", "law"):
        col = [k for k in t3 if k.endswith("." + c)]
        if all(t3[k] == 0 for k in col):
            for k in col:
                s["placeholders"][f"t3.{k}"] = "/"
    for k in ("reg.made", "reg.repealed", "reg.valid"):
        s["placeholders"][f"t2.{k}"] = "/"
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    return emit(s, fl.pages, A4)


__all__ = ["draw_ops", "rows"]
