"""Printers of eval/wild38's hunt: COLUMNS AND ROWS THE PUBLISHER LEFT OUT OR MERGED — the official tables printed
with fewer columns or rows than the template: table 三 with only 自然人 / 法人或其他组织 / 总计 (the five 法人 sub-columns
left out, their sum printed); table 三 with 商业企业 and 科研机构 merged into one column; table 三 with 社会公益组织,
法律服务机构 and 其他 merged into 「其他组织」; table 三 without its 总计 column; table 三 with the sub-rows of （三）不予公开,
（四）无法提供 and （五）不予处理 folded into their parent row; table 三 and table 二 with only the rows that have figures;
table 四 without its three 总计 columns; table 四 with 未经复议直接起诉 and 复议后起诉 merged into one 行政诉讼 block; table
二 with 行政处罚 and 行政强制 merged into one row.

The gold records what the report does not print: every template cell the file does not print on its own is null and
listed in the gold's `not_printed` (never a 0, never a sum the reader would have to make). A merged column's or folded
row's figure is a sum of template cells, printed, but not a template cell.

Each quirk (s["omit"]) builds its own grids (grids.C cells: text, rowspan, colspan, key) with their column counts and
sets s["not_printed"]; one printer per carrier (h38 page, d38 Word, p38 PDF, m38 Markdown) prints the report's blocks
(base.blocks) with them."""
from __future__ import annotations

import pdfbase
from base import blocks, ctx
from docxbase import add_table, new_doc, save
from fam_html import cms
from grids import C, fmt, full, t2_grid, t3_grid, t4_grid
from model import COLS, RESULT_HEAD, T3_NOTE, T4_KINDS, T4_PARTS, rows
from render import esc, html_table

ATTRS = 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;text-align:center"'
FAREN = ["biz", "sci", "npo", "law", "oth"]

# column layouts of table 三: (printed name, template columns summed into it, under the 法人或其他组织 heading)
T3_COLS = {
    "t3faren": [("自然人", ["np"], False), ("法人或其他组织", FAREN, False), ("总计", ["tot"], False)],
    "t3bizsci": [("自然人", ["np"], False), ("商业企业、科研机构", ["biz", "sci"], True),
                 ("社会公益组织", ["npo"], True), ("法律服务机构", ["law"], True), ("其他", ["oth"], True),
                 ("总计", ["tot"], False)],
    "t3other": [("自然人", ["np"], False), ("商业企业", ["biz"], True), ("科研机构", ["sci"], True),
                ("其他组织", ["npo", "law", "oth"], True), ("总计", ["tot"], False)],
    "t3nototal": [("自然人", ["np"], False), ("商业企业", ["biz"], True), ("科研机构", ["sci"], True),
                  ("社会公益组织", ["npo"], True), ("法律服务机构", ["law"], True), ("其他", ["oth"], True)],
}
FOLD = ("（三）不予公开", "（四）无法提供", "（五）不予处理")


# ---------------------------------------------------------------- grids

def t3_custom(s, cell, cols, fold=(), only_figures=False):
    """Table 三 with the columns `cols` (merged columns print the sum of their template columns), the sub-rows of the
    groups in `fold` folded into one parent row (the sum), and with `only_figures` the rows whose figures are all 0
    left out (一、 and （七）总计 always printed). Returns (grid, ncols, keys not printed)."""
    R = rows(s["template"])
    t3 = s["t3"]
    nv = len(cols)
    grouped = [c for c in cols if c[2]]
    if grouped:
        first = cols.index(grouped[0])
        head = [[C(T3_NOTE, 3, 3), C("申请人情况", 1, nv)],
                [C(n, 2, 1) for n, _, g in cols[:first]] + [C("法人或其他组织", 1, len(grouped))]
                + [C(n, 2, 1) for n, _, g in cols[first + len(grouped):]],
                [C(n) for n, _, _ in grouped]]
    else:
        head = [[C(T3_NOTE, 2, 3), C("申请人情况", 1, nv)], [C(n) for n, _, _ in cols]]
    shown = {c for _, cs, _ in cols if len(cs) == 1 for c in cs}
    not_printed = [f"t3.{key}.{c}" for key, _, _ in R for c in COLS if c not in shown]

    def vals(keys):
        out = []
        for name, cs, _ in cols:
            if len(cs) == 1 and len(keys) == 1:
                out.append(C(cell(f"t3.{keys[0]}.{cs[0]}"), key=f"t3.{keys[0]}.{cs[0]}"))
            else:
                out.append(C(fmt(sum(t3[f"{k}.{c}"] for k in keys for c in cs))))
        return out

    # printed rows: (keys summed, group or None, label)
    prow = []
    for key, group, label in R:
        if group in fold:
            if not prow or prow[-1][2] != group:
                prow.append(([key], None, group))
            else:
                prow[-1][0].append(key)
            not_printed += [f"t3.{key}.{c}" for c in COLS if f"t3.{key}.{c}" not in not_printed]
            continue
        if only_figures and key not in ("new", "r7") and not any(t3[f"{key}.{c}"] for c in COLS):
            not_printed += [f"t3.{key}.{c}" for c in COLS if f"t3.{key}.{c}" not in not_printed]
            continue
        prow.append(([key], group, label))
    res = [p for p in prow if p[0][0] not in ("new", "carry_in", "carry_out")]
    g = [list(r) for r in head]
    seen = set()
    for keys, group, label in prow:
        row = []
        if keys[0] in ("new", "carry_in", "carry_out"):
            row.append(C(label, 1, 3))
        else:
            if (keys, group, label) == res[0]:
                row.append(C(RESULT_HEAD, len(res), 1))
            if group is None:
                row.append(C(label, 1, 2))
            else:
                if group not in seen:
                    seen.add(group)
                    row.append(C(group, sum(1 for p in prow if p[1] == group), 1))
                row.append(C(label))
        g.append(row + vals(keys))
    order = {k: i for i, k in enumerate(f"t3.{key}.{c}" for key, _, _ in R for c in COLS)}
    return g, 3 + nv, sorted(set(not_printed), key=order.get)


def t4_nototal(s, cell):
    """Table 四 without its three 总计 columns (12 figure columns)."""
    parts = T4_PARTS[:-1]
    g = [[C("行政复议", 1, 4), C("行政诉讼", 1, 8)],
         [C(n, 2, 1) for _, n in parts] + [C("未经复议直接起诉", 1, 4), C("复议后起诉", 1, 4)],
         [C(n) for _, n in parts] * 2,
         [C(cell(f"t4.{k}.{p}"), key=f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in parts]]
    return g, 12, [f"t4.{k}.tot" for k, _ in T4_KINDS]


def t4_susong(s, cell):
    """Table 四 with 未经复议直接起诉 and 复议后起诉 merged into one 行政诉讼 block (their sums, 5 columns)."""
    t4 = s["t4"]
    g = [[C("行政复议", 1, 5), C("行政诉讼", 1, 5)],
         [C(n) for _, n in T4_PARTS] * 2,
         [C(cell(f"t4.rv.{p}"), key=f"t4.rv.{p}") for p, _ in T4_PARTS]
         + [C(fmt(t4[f"ld.{p}"] + t4[f"lr.{p}"])) for p, _ in T4_PARTS]]
    return g, 10, [f"t4.{k}.{p}" for k in ("ld", "lr") for p, _ in T4_PARTS]


def t2_figures(s, cell):
    """Table 二 (GF2021) with only the rows that have a figure; an item whose rows are all left out is left out whole
    (its 第二十条 heading and 信息内容 row too)."""
    g = [list(r) for r in t2_grid(s["template"], cell)]
    items, cur = [], None
    for row in g:
        if len(row) == 1:
            cur = [row]
            items.append(cur)
        else:
            cur.append(row)
    out, not_printed = [], []
    for it in items:
        body = []
        for row in it[2:]:
            keys = [c.key for c in row if c.key]
            if any(s["t2"][k.split(".", 1)[1]] for k in keys):
                body.append(row)
            else:
                not_printed += keys
        if body:
            out += it[:2] + body
    return out, 4, not_printed


def t2_pencoe(s, cell):
    """Table 二 (GF2021) with 行政处罚 and 行政强制 printed as one row 「行政处罚、行政强制」 (their sum)."""
    g = [list(r) for r in t2_grid(s["template"], cell)]
    out = []
    for row in g:
        if row[0].text == "行政处罚":
            tot = s["t2"]["penalty.decisions"] + s["t2"]["coercion.decisions"]
            out.append([C("行政处罚、行政强制"), C(fmt(tot), 1, 3)])
        elif row[0].text == "行政强制":
            continue
        else:
            out.append(row)
    return out, 4, ["t2.penalty.decisions", "t2.coercion.decisions"]


def grids38(s) -> dict:
    """{table: (grid, ncols)} for the report's quirk s["omit"]; sets s["not_printed"]."""
    cell = ctx(s)
    out = {"t2": (t2_grid(s["template"], cell), 4), "t3": (t3_grid(s["template"], cell), 10),
           "t4": (t4_grid(cell), 15)}
    q = s["omit"]
    if q in T3_COLS:
        g, n, np_ = t3_custom(s, cell, T3_COLS[q])
        out["t3"] = (g, n)
    elif q == "t3fold":
        g, n, np_ = t3_custom(s, cell, T3_COLS["t3bizsci"][:1] + [
            (name, [c], True) for name, c in zip(("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), FAREN)]
            + [("总计", ["tot"], False)], fold=FOLD)
        out["t3"] = (g, n)
    elif q == "t3figures":
        g, n, np_ = t3_custom(s, cell, [("自然人", ["np"], False)] + [
            (name, [c], True) for name, c in zip(("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), FAREN)]
            + [("总计", ["tot"], False)], only_figures=True)
        out["t3"] = (g, n)
    elif q == "t4nototal":
        g, n, np_ = t4_nototal(s, cell)
        out["t4"] = (g, n)
    elif q == "t4susong":
        g, n, np_ = t4_susong(s, cell)
        out["t4"] = (g, n)
    elif q == "t2figures":
        g, n, np_ = t2_figures(s, cell)
        out["t2"] = (g, n)
    elif q == "t2pencoe":
        g, n, np_ = t2_pencoe(s, cell)
        out["t2"] = (g, n)
    else:
        raise ValueError(q)
    s["not_printed"] = np_
    return out


# ---------------------------------------------------------------- carriers

def h38(s):
    """A CMS page."""
    G = grids38(s)
    tabs = {k: html_table(g, ATTRS) for k, (g, _) in G.items()}
    out = []
    for kind, t in blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f'<h1 style="text-align:center">{esc(t)}</h1>')
        elif kind == "h":
            out.append(f"<p><strong>{esc(t)}</strong></p>")
        elif kind == "sign":
            out.append(f'<p style="text-align:right">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(t)}</p>")
    return cms(s, "\n".join(out))


def d38(s):
    """A Word report (python-docx)."""
    G = grids38(s)
    d = new_doc()
    for kind, t in blocks(s):
        if kind in G:
            add_table(d, *G[kind])
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = 1
            p.add_run(t).bold = True
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(t).bold = True
        elif kind == "sign":
            p = d.add_paragraph(t)
            p.alignment = 2
        else:
            d.add_paragraph(t)
    return save(d)


def pdf_rows(grid, n) -> list[list[tuple[str, int]]]:
    """A grid as rows of (text, colspan) for pdfbase.Flow.table: a slot under a rowspan prints empty."""
    out = []
    for frow in full(grid, n):
        row, c = [], 0
        while c < n:
            cell, origin = frow[c]
            if origin:
                row.append((cell.text, cell.cs))
                c += cell.cs
            else:
                w = 1
                while c + w < n and frow[c + w][0] is cell and not frow[c + w][1]:
                    w += 1
                row.append(("", w))
                c += w
        out.append(row)
    return out


def widths(k, n):
    if k == "t2":
        return [170, 100, 100, 100]
    if k == "t3":
        return [60, 60, 80] + [round(300 / (n - 3))] * (n - 3)
    return [round(480 / n)] * n


def p38(s):
    """A ruled PDF (reportlab), Word's or WPS's producer strings."""
    from reportlab.lib.pagesizes import A4
    G = grids38(s)
    fl = pdfbase.Flow(*A4, footer=True)
    for kind, t in blocks(s):
        if kind in G:
            g, n = G[kind]
            size = 9 if kind == "t2" else 7.5
            nh = {"t2": 0, "t3": 3, "t4": 3 if n == 12 else 2}[kind]
            if kind == "t4":
                fl.need(130)  # table 四 kept on one page
            fl.table(pdf_rows(g, n), widths(kind, n), size=size, repeat=nh, values="center",
                     label_cols=0 if kind == "t4" else 1)
        elif kind == "title":
            fl.para(t, size=15, indent=False, align="center")
        elif kind == "h":
            fl.para(t, indent=False, size=11)
        elif kind == "sign":
            fl.para(t, indent=False, align="right")
        else:
            fl.para(t)
    return pdfbase.emit(s, fl.pages, A4)


def m38(s):
    """A Markdown export (a portal's 「导出为 Markdown」): pipe tables, spans as empty slots."""
    G = grids38(s)
    out = []
    for kind, t in blocks(s):
        if kind in G:
            g, n = G[kind]
            rs = [[c.text if o else "" for c, o in row] for row in full(g, n)]
            out.append("\n".join(["| " + " | ".join(rs[0]) + " |", "|" + "---|" * n]
                                 + ["| " + " | ".join(r) + " |" for r in rs[1:]]))
        elif kind == "title":
            out.append(f"# {t}")
        elif kind == "h":
            out.append(f"## {t}")
        else:
            out.append(t)
    return ("\n\n".join(out) + "\n").encode("utf-8")


__all__ = ["h38", "d38", "p38", "m38"]
