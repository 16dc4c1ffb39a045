"""HTML printers of eval/wild9 (one per layout family); helpers from the wild8 modules."""
from __future__ import annotations

import random

from base import blocks, ctx, html_body
from fam_html import cms, grids, tables_plain
from grids import C, t3_grid
from model import COLS, T3_NOTE, t3_values, t4_values, t2_values
from render import esc, html_table, page

CN = "〇一二三四五六七八九"
# the 法人或其他组织 block in another order (printed under the second header row)
PERM_A = ["sci", "biz", "law", "npo", "oth"]
PERM_B = ["biz", "npo", "sci", "law", "oth"]
NAME = dict(zip(COLS, ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]))


def cn_num(n: int) -> str:
    """An integer in Chinese numerals as a person types it in a cell: 0 〇, 12 十二, 105 一百〇五, 1020 一千〇二十."""
    if n == 0:
        return "〇"
    units = [(1000, "千"), (100, "百"), (10, "十")]
    out = ""
    rest = n
    zero = False
    for u, name in units:
        d, rest = divmod(rest, u)
        if d:
            if zero:
                out += "〇"
                zero = False
            out += ("" if (u == 10 and d == 1 and not out) else CN[d]) + name
        elif out and rest:
            zero = True
    if rest:
        if zero:
            out += "〇"
        out += CN[rest]
    return out


def reordered_t3(s, cell, perm):
    """Table 三 with the 法人或其他组织 block under a second header row in the order `perm`."""
    g = t3_grid(s["template"], cell)
    head = [[C(T3_NOTE, 2, 3), C("自然人", 2, 1), C("法人或其他组织", 1, 5), C("总计", 2, 1)],
            [C(NAME[c]) for c in perm]]
    out = head
    for row in g[3:]:
        vals = row[-7:]
        by = {c.key.rsplit(".", 1)[1]: c for c in vals}
        out.append(row[:-7] + [by["np"]] + [by[c] for c in perm] + [by["tot"]])
    return out


# ---------------------------------------------------------------- TRS editor: value and unit split by <br>

def h_trs_br_unit(s):
    """TRS WCM article (div.TRS_Editor > div.Custom_UnionStyle, Word-pasted <p align=center><font>): every value
    cell of tables 三 and 四 typed 「12件」 and the editor's narrow column broke it as 「12<br>件」."""
    cell = ctx(s)

    def td(c):
        t = esc(c.text)
        if c.key and c.key[:2] in ("t3", "t4"):
            t = f"{t}<br/>件"
        return f'<p align="center" style="text-align:center"><font face="仿宋_GB2312" size="2">{t}</font></p>'
    tabs = tables_plain(s, cell, 'border="1" cellspacing="0" cellpadding="0" width="600" class="MsoNormalTable"',
                        td=td)
    art = ('<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:12px;'
           'line-height:1.8;font-family:仿宋_GB2312;font-size:12pt}.TRS_Editor TD{font-size:10.5pt}</style>'
           '<div class="Custom_UnionStyle">\n' + html_body(s, tabs, p=lambda t: f'<p style="text-indent:2em">'
                                                       f'{esc(t)}</p>') + "\n</div></div>")
    return cms(s, art)


# ---------------------------------------------------------------- Chinese numerals in the value cells

def h_cn_numerals(s):
    """A 镇 government's page whose clerk typed the counts of tables 三 and 四 in Chinese numerals
    (「〇」, 「三」, 「十二」, 「一百〇五」); table 二 in digits."""
    s["xform"] = lambda key, v, t: cn_num(v) if key[:2] in ("t3", "t4") and isinstance(v, int) else t
    cell = ctx(s)
    return cms(s, html_body(s, tables_plain(s, cell)))


# ---------------------------------------------------------------- 法人或其他组织 block in another order

def h_cols_reordered(s):
    """开发区 page whose table 三 prints the 法人或其他组织 block under a second header row in another order
    (科研机构, 商业企业, 法律服务机构, 社会公益组织, 其他)."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    tabs["t3"] = html_table(reordered_t3(s, cell, PERM_A),
                            'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"')
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- sections as an ordered list, tables inside

def h_ol_tables(s):
    """街道 page whose six sections are the items of one <ol> (numbers drawn by CSS list-style 「cjk-ideographic」,
    so no 「二、」 is printed) and the three tables sit inside their list items."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    out = []
    open_li = False
    for kind, t in blocks(s):
        if kind == "title":
            out.append(f"<h1>{esc(t)}</h1>")
        elif kind == "h":
            if not open_li:
                out.append('<ol class="sec" style="list-style-type:cjk-ideographic">')
            else:
                out.append("</li>")
            open_li = True
            out.append(f"<li><h3>{esc(t.split('、', 1)[1])}</h3>")
        elif kind in tabs:
            out.append(tabs[kind])
        elif kind == "sign":
            if open_li:
                out.append("</li></ol>")
                open_li = False
            out.append(f'<p style="text-align:right">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(t)}</p>")
    return cms(s, "\n".join(out))


# ---------------------------------------------------------------- two years on one page

def h_two_years(s):
    """年报 page that carries the year's report, then the next year's 工作要点, then last year's report in full (a
    「往年年报」 block, visible): two years of tables on one page; only the page's year is the report."""
    cell = ctx(s)
    cur = html_body(s, tables_plain(s, cell))
    prev = dict(s)
    prev["year"] = s["year"] - 1
    prev["id"] = s["id"] + "-prev"
    prev["placeholders"] = {}
    prev["xform"] = None
    prev["t3"] = t3_values(s["source"], s["template"], prev["id"])
    prev["t4"] = t4_values(s["source"], prev["id"])
    prev["t2"] = t2_values(s["template"], prev["id"])
    from text import title
    prev["title"] = title(prev)
    old = html_body(prev, tables_plain(prev, ctx(prev)), title=lambda t: f"<h2>{esc(t)}</h2>")
    y1 = s["year"] + 1
    plan = (f'<h2>{y1}年政务公开工作要点</h2><p>一、深化重点领域信息公开。二、加强政策解读和回应关切。三、提升平台建设水平。'
            f'四、强化监督保障。</p>')
    return cms(s, cur + "\n" + plan + '\n<div class="history"><h2>往年年报</h2>\n' + old + "\n</div>")


# ---------------------------------------------------------------- 第X部分 headings (GF2019)

PARTS = "一二三四五六"


def part_heads(s):
    out = []
    i = 0
    for kind, t in blocks(s):
        if kind == "h":
            out.append(("h", f"第{PARTS[i]}部分　{t.split('、', 1)[1]}"))
            i += 1
        elif kind == "p" and t[:3] in ("（一）", "（二）", "（三）", "（四）", "（五）"):
            out.append(("p", f"{'一二三四五'.index(t[1]) + 1}. {t[3:]}"))
        else:
            out.append((kind, t))
    return out


def h19_part_headings(s):
    """GF2019 page whose headings are 「第一部分　总体情况」 … 「第六部分」 and whose sub-items are Arabic 「1.」 「2.」."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    out = []
    for kind, t in part_heads(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f'<div class="title">{esc(t)}</div>')
        elif kind == "h":
            out.append(f'<h3 class="part">{esc(t)}</h3>')
        elif kind == "sign":
            out.append(f'<p align="right">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(t)}</p>")
    return cms(s, "\n".join(out), charset="gb2312")


# ---------------------------------------------------------------- 总计 cells with a share in brackets

def h_share_brackets(s):
    """Table 三 whose 总计 column of the result rows also prints each row's share of （七）总计, 「12（30.0%）」."""
    t3 = s["t3"]

    def xf(key, v, t):
        if key.startswith("t3.") and key.endswith(".tot"):
            row = key.split(".")[1]
            if row not in ("new", "carry_in", "r7", "carry_out") and t3["r7.tot"]:
                return f"{t}（{v / t3['r7.tot'] * 100:.1f}%）"
        return t
    s["xform"] = xf
    cell = ctx(s)
    return cms(s, html_body(s, tables_plain(s, cell)))


# ---------------------------------------------------------------- footnote marks raised by CSS

def h_css_superscript(s):
    """Footnote marks after some figures of table 三 raised with a <span style="vertical-align:super"> (not <sup>):
    the cell's text reads 「121」 for 12 with mark 1; the notes follow the table."""
    rng = random.Random(s["id"] + "fn")
    keys = [k for k, v in s["t3"].items() if v and not k.startswith("r7")]
    marked = dict(zip(sorted(rng.sample(keys, 4)), "1212"))
    cell = ctx(s)

    def td(c):
        t = esc(c.text)
        if c.key and c.key[3:] in marked:
            t += f'<span style="vertical-align:super;font-size:9px">{marked[c.key[3:]]}</span>'
        return t
    tabs = tables_plain(s, cell, td=td)
    tabs["t3"] += "\n<p>注：1.含上级机关转办的申请。2.含通过信函方式提出的申请。</p>"
    return cms(s, html_body(s, tabs))


def h_page(s, body):
    return page(s["title"], body, s["site"]).encode("utf-8")
