"""Printers of eval/wild37's hunt: TABLES THAT PRINT MORE THAN THIS YEAR — the official tables carry last year's
figures beside this year's: table 二's decision rows split into 本年 / 上年 / 同比增减 columns; a 「上年同期」 row under
every row of table 三; table 四 with rows labelled by year (last year's first); table 三's 总计 column split into 本年 /
上年 sub-columns; a two-year comparison table after table 四 repeating its columns; a 「与上年相比」 sentence printed as the
last merged row inside tables 三 and 四; table 三 with added 「上年总计」 and 「同比增长」 columns; section 三 with last
year's table 三 first and this year's second, each under a caption with its year; table 二 (Markdown) with an added
「上年」 column on every row; table 四 with each of its 15 columns split into 本年 / 上年.

Last year's figures are drawn by model.t2_values / t3_values / t4_values from the same sources under another seed (a
consistent table of their own). The gold is this year's figures only; last year's are never cells.

Each quirk (s["yoy"]) builds its own grids (grids.C cells: text, rowspan, colspan, key) with their column counts; one
printer per carrier (h37 page, d37 Word, p37 PDF, m37 Markdown) prints the report's blocks (base.blocks) with them."""
from __future__ import annotations

import random

import pdfbase
from base import blocks, ctx
from docxbase import add_table, new_doc, save
from fam_html import cms
from grids import C, fmt, full, signed, t2_grid, t3_grid, t4_grid
from model import COL_NAMES, COLS, RESULT_HEAD, T3_NOTE, T4_KINDS, T4_PARTS, rows, t2_values, t3_values, t4_values
from render import esc, html_table

ATTRS = 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;text-align:center"'


# ---------------------------------------------------------------- last year's figures

def prev(s) -> dict:
    """Last year's tables (another seed of the same sources): consistent among themselves, never gold."""
    if "prev" not in s:
        sm = s.get("small", False)
        s["prev"] = {"t2": t2_prev(s),
                     "t3": t3_values(s["source"], s["template"], s["id"] + "-prev", None, None, sm),
                     "t4": t4_values(s["source"], s["id"] + "-prev", None, sm)}
    return s["prev"]


def t2_prev(s) -> dict:
    """Last year's table 二 from this year's: 现行有效 = this year's less what was made plus what was repealed;
    decisions and the fee within a quarter of this year's."""
    rng = random.Random(s["id"] + "-prev2")
    t2 = s["t2"]
    out = {}
    for k, v in t2.items():
        if k.endswith(".valid"):
            b = k.rsplit(".", 1)[0]
            out[k] = max(0, v - t2[b + ".made"] + t2[b + ".repealed"])
        elif isinstance(v, float):
            out[k] = round(v * rng.uniform(0.8, 1.2), 2)
        elif isinstance(v, int) and v > 0:
            out[k] = max(0, v + rng.randint(-max(1, v // 4), max(1, v // 4)))
        else:
            out[k] = v
    return out


def pv(s, key: str) -> str:
    t, k = key.split(".", 1)
    return fmt(prev(s)[t][k])


def delta(s, key: str) -> str:
    t, k = key.split(".", 1)
    a, b = s[t][k], prev(s)[t][k]
    if isinstance(a, float) or isinstance(b, float):
        d = round(a - b, 2)
        return f"+{d:.2f}" if d > 0 else (f"{d:.2f}" if d < 0 else "0")
    return signed(a - b)


def growth(a, b) -> str:
    if b == 0:
        return "—"
    return "0.0%" if a == b else f"{(a - b) * 100 / b:+.1f}%"


# ---------------------------------------------------------------- grids

def t2_cols(s, cell):
    """Table 二 (GF2021): the decision rows and the fee row split into 本年 / 上年 / 同比增减."""
    g = [list(r) for r in t2_grid(s["template"], cell)]
    out = []
    for row in g:
        if len(row) == 2 and row[1].cs == 3 and row[1].key is None:
            head = row[1].text
            last = head.replace("本年", "上年")
            out.append([row[0], C(head), C(last), C("同比增减")])
        elif len(row) == 2 and row[1].key:
            k = row[1].key
            out.append([row[0], C(row[1].text, key=k), C(pv(s, k)), C(delta(s, k))])
        else:
            out.append(row)
    return out, 4


def t2_prevcol(s, cell):
    """Table 二 (GF2021) with a fifth column on every row: 上年现行有效件数, 上年处理决定数量, 上年收费金额."""
    g = [list(r) for r in t2_grid(s["template"], cell)]
    out = []
    for row in g:
        if len(row) == 1:  # 第二十条第（n）项
            out.append([C(row[0].text, 1, 5)])
        elif row[0].text == "信息内容":
            last = row[-1].text
            name = "上年" + (last[2:] if last.startswith("本年") else last)
            out.append(row + [C(name)])
        else:
            k = next(c.key for c in row if c.key)
            if k.endswith((".made", ".repealed", ".valid")):
                k = k.rsplit(".", 1)[0] + ".valid"
            out.append(row + [C(pv(s, k))])
    return out, 5


def t3_rows_prev(s, cell):
    """Table 三 with a 「上年同期」 row under every row (the group and head cells' rowspans doubled)."""
    R = rows(s["template"])
    g = [[C(T3_NOTE, 3, 3), C("申请人情况", 1, 7)],
         [C("自然人", 2, 1), C("法人或其他组织", 1, 5), C("总计", 2, 1)],
         [C(n) for n in COL_NAMES[1:6]]]
    res = [r for r in R if r[0] not in ("new", "carry_in", "carry_out")]
    seen = set()
    for key, group, label in R:
        row, low = [], []
        if key in ("new", "carry_in", "carry_out"):
            row.append(C(label, 1, 3))
            low.append(C("上年同期", 1, 3))
        else:
            if key == res[0][0]:
                row.append(C(RESULT_HEAD, 2 * len(res), 1))
            if group is None:
                row.append(C(label, 1, 2))
                low.append(C("上年同期", 1, 2))
            else:
                if group not in seen:
                    seen.add(group)
                    row.append(C(group, 2 * sum(1 for r in R if r[1] == group), 1))
                row.append(C(label))
                low.append(C("上年同期"))
        row += [C(cell(f"t3.{key}.{c}"), key=f"t3.{key}.{c}") for c in COLS]
        low += [C(pv(s, f"t3.{key}.{c}")) for c in COLS]
        g += [row, low]
    return g, 10


def t3_tot2(s, cell):
    """Table 三 whose 总计 column has two sub-columns, 本年 and 上年."""
    g = [list(r) for r in t3_grid(s["template"], cell)]
    g[0][1] = C("申请人情况", 1, 8)
    g[1][2] = C("总计", 1, 2)
    g[2] = g[2] + [C("本年"), C("上年")]
    for row in g[3:]:
        k = row[-1].key
        row.append(C(pv(s, k)))
    return g, 11


def t3_growth(s, cell):
    """Table 三 with two added last columns: 上年总计 and 同比增长 (percent; 「—」 where last year had none)."""
    g = [list(r) for r in t3_grid(s["template"], cell)]
    g[0] += [C("上年总计", 3, 1), C("同比增长", 3, 1)]
    for row in g[3:]:
        k = row[-1].key
        t, kk = k.split(".", 1)
        row += [C(pv(s, k)), C(growth(s[t][kk], prev(s)[t][kk]))]
    return g, 12


def t4_years(s, cell):
    """Table 四 with a first column 「年度」 and two value rows: last year's (「2023年」) above this year's."""
    g = [list(r) for r in t4_grid(cell)]
    y = s["year"]
    g[0] = [C("年度", 3, 1)] + g[0]
    last = [C(f"{y - 1}年")] + [C(pv(s, f"t4.{k}.{p}")) for k, _ in T4_KINDS for p, _ in T4_PARTS]
    g[3] = [C(f"{y}年")] + g[3]
    return g[:3] + [last, g[3]], 16


def t4_split(s, cell):
    """Table 四 with each of its 15 columns split into 本年 / 上年 (30 figure columns, alternating)."""
    g = [[C("行政复议", 1, 10), C("行政诉讼", 1, 20)],
         [C(n, 2, 2) for _, n in T4_PARTS] + [C("未经复议直接起诉", 1, 10), C("复议后起诉", 1, 10)],
         [C(n, 1, 2) for _, n in T4_PARTS] * 2,
         [C("本年"), C("上年")] * 15, []]
    for k, _ in T4_KINDS:
        for p, _ in T4_PARTS:
            key = f"t4.{k}.{p}"
            g[4] += [C(cell(key), key=key), C(pv(s, key))]
    return g, 30


def sentence(s, which: str) -> str:
    """The 「与上年相比」 sentence a publisher prints as the table's last merged row."""
    P = prev(s)
    if which == "t3":
        a, b = s["t3"]["new.tot"], P["t3"]["new.tot"]
        c, d = s["t3"]["r7.tot"], P["t3"]["r7.tot"]
        move = f"增加{a - b}件" if a > b else (f"减少{b - a}件" if a < b else "持平")
        rate = f"，{'增长' if a > b else '下降'}{abs(a - b) * 100 / b:.1f}%" if b and a != b else ""
        return (f"与上年相比，本年新收政府信息公开申请{move}（上年{b}件）{rate}；办结{c}件，上年办结{d}件。")
    a = sum(s["t4"][f"{k}.tot"] for k in ("rv", "ld", "lr"))
    b = sum(P["t4"][f"{k}.tot"] for k in ("rv", "ld", "lr"))
    move = f"增加{a - b}件" if a > b else (f"减少{b - a}件" if a < b else "持平")
    return f"与上年相比，因政府信息公开引发的行政复议、行政诉讼案件{move}（上年共{b}件）。"


def std(s, cell):
    return {"t2": (t2_grid(s["template"], cell), 4), "t3": (t3_grid(s["template"], cell), 10),
            "t4": (t4_grid(cell), 15)}


def grids37(s) -> dict:
    """{table: (grid, ncols)} for the report's quirk s["yoy"]."""
    cell = ctx(s)
    out = std(s, cell)
    q = s["yoy"]
    if q == "t2cols":
        out["t2"] = t2_cols(s, cell)
    elif q == "t2prev":
        out["t2"] = t2_prevcol(s, cell)
    elif q == "t3rows":
        out["t3"] = t3_rows_prev(s, cell)
    elif q == "t3tot2":
        out["t3"] = t3_tot2(s, cell)
    elif q == "t3growth":
        out["t3"] = t3_growth(s, cell)
    elif q == "t4years":
        out["t4"] = t4_years(s, cell)
    elif q == "t4split":
        out["t4"] = t4_split(s, cell)
    elif q == "sentence":
        for k in ("t3", "t4"):
            g, n = out[k]
            out[k] = (g + [[C(sentence(s, k), 1, n)]], n)
    elif q in ("t4cmp", "t3twice"):
        pass
    else:
        raise ValueError(q)
    return out


def cmp_rows(s) -> list[list[str]]:
    """The two-year table after table 四: 年度 and table 四's 15 columns; rows last year, this year, 增减."""
    y = s["year"]
    ab = {"keep": "维持", "fix": "纠正", "other": "其他", "pend": "未审结", "tot": "总计"}
    kinds = {"rv": "复议", "ld": "直诉", "lr": "复议后诉"}
    head = ["年度"] + [f"{kinds[k]}{ab[p]}" for k, _ in T4_KINDS for p, _ in T4_PARTS]
    keys = [f"t4.{k}.{p}" for k, _ in T4_KINDS for p, _ in T4_PARTS]
    return [head, [f"{y - 1}年"] + [pv(s, k) for k in keys],
            [f"{y}年"] + [fmt(s["t4"][k.split(".", 1)[1]]) for k in keys],
            ["增减"] + [delta(s, k) for k in keys]]


def cmp_caption(s) -> tuple[str, str]:
    y = s["year"]
    return (f"表1　{y - 1}—{y}年政府信息公开行政复议、行政诉讼情况对比（单位：件）",
            f"数据来源：{s['agency']}政府信息公开工作台账。")


# ---------------------------------------------------------------- carriers

def _blocks(s):
    """The report's blocks; t3twice: last year's table 三 first, then this year's, each under its caption."""
    out = []
    y = s["year"]
    for kind, t in blocks(s):
        if kind == "t3" and s["yoy"] == "t3twice":
            out += [("p", f"（一）{y - 1}年度收到和处理政府信息公开申请情况（上年数据，供对比）"), ("t3prev", ""),
                    ("p", f"（二）{y}年度收到和处理政府信息公开申请情况"), ("t3", "")]
        else:
            out.append((kind, t))
    return out


def _prev_t3(s):
    ps = dict(s, t3=prev(s)["t3"], xform=None, placeholders={})
    return t3_grid(s["template"], ctx(ps)), 10


def h37(s):
    """A CMS page."""
    G = grids37(s)
    tabs = {k: html_table(g, ATTRS) for k, (g, _) in G.items()}
    out = []
    for kind, t in _blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
            if kind == "t4" and s["yoy"] == "t4cmp":
                cap, src = cmp_caption(s)
                rows_ = cmp_rows(s)
                out.append(f'<p style="text-align:center"><b>{esc(cap)}</b></p>')
                out.append(html_table([[C(x) for x in r] for r in rows_], ATTRS))
                out.append(f'<p style="font-size:12px">{esc(src)}</p>')
        elif kind == "t3prev":
            out.append(html_table(_prev_t3(s)[0], ATTRS))
        elif kind == "title":
            out.append(f'<h1 style="text-align:center">{esc(t)}</h1>')
        elif kind == "h":
            out.append(f"<p><strong>{esc(t)}</strong></p>")
        elif kind == "sign":
            out.append(f'<p style="text-align:right">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(t)}</p>")
    return cms(s, "\n".join(out))


def d37(s):
    """A Word report (python-docx)."""
    G = grids37(s)
    d = new_doc()
    tabs = {k: (lambda dd, g=g, n=n: add_table(dd, g, n)) for k, (g, n) in G.items()}
    tabs["t3prev"] = lambda dd: add_table(dd, *_prev_t3(s))
    for kind, t in _blocks(s):
        if kind in tabs:
            tabs[kind](d)
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


WIDTHS = {4: [170, 100, 100, 100], 10: [60, 60, 80] + [40] * 7, 12: [48, 48, 70] + [33] * 8 + [42],
          16: [38] + [29] * 15, 15: [32] * 15}


def p37(s):
    """A ruled PDF (reportlab), Word's or WPS's producer strings."""
    from reportlab.lib.pagesizes import A4
    G = grids37(s)
    fl = pdfbase.Flow(*A4, footer=True)

    def draw(k, g, n):
        def f(fl_):
            size = 9 if k == "t2" else (6.5 if n >= 15 else 7.5)
            nh = {"t2": 0, "t3": 3, "t4": 3}[k]
            if k == "t4":
                fl_.need(130)  # table 四 kept on one page
            fl_.table(pdf_rows(g, n), WIDTHS[n], size=size, repeat=nh, values="center", label_cols=0 if n == 15 else 1)
            if k == "t4" and s["yoy"] == "t4cmp":
                cap, src = cmp_caption(s)
                rows_ = cmp_rows(s)
                fl_.need(150)  # the comparison block kept on one page
                fl_.para(cap, size=10, indent=False, align="center")
                fl_.table([[(x, 1) for x in r] for r in rows_], [38] + [29] * 15, size=6)
                fl_.para(src, size=8, indent=False)
        return f
    tabs = {k: draw(k, g, n) for k, (g, n) in G.items()}
    for kind, t in _blocks(s):
        if kind in tabs:
            tabs[kind](fl)
        elif kind == "title":
            fl.para(t, size=15, indent=False, align="center")
        elif kind == "h":
            fl.para(t, indent=False, size=11)
        elif kind == "sign":
            fl.para(t, indent=False, align="right")
        else:
            fl.para(t)
    return pdfbase.emit(s, fl.pages, A4)


def m37(s):
    """A Markdown export (a portal's 「导出为 Markdown」): pipe tables, spans as empty slots."""
    G = grids37(s)
    out = []
    for kind, t in _blocks(s):
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


__all__ = ["h37", "d37", "p37", "m37"]
