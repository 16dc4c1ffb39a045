"""Printers of eval/wild28's hunt: reports that carry MORE NUMBERS THAN THE TEMPLATE — what publishers add around and
inside the three tables: a 「数读年报」 box of big figures at the top; a 「上年/本年/同比增减」 comparison table of the main
figures before table 三 (a page, a PDF); a bar chart of applications by year whose bars, axis ticks and data labels
are vector drawing and text in the PDF's text layer; table 三 with an added 「占比」 column; a pie chart (inline SVG)
whose legend gives each channel's share and count; a breakdown of the applications by channel (当面/网络/信函/其他)
with table 三's applicant columns; a breakdown by the departments that handled them (a PDF); the tables summarised in
the body and printed whole in an appendix (附表1–3, the official ones); table 三 with an added 「其中：网上申请」
sub-row under 一、本年新收 (a Word report, not a 2025 report).

Every added block carries its own caption (「表1　…」, 「图1　…」) and a source line 「数据来源：…」 under it; the
official tables are printed whole as in the other sets. The gold is the official tables only."""
from __future__ import annotations

import contextlib
import math
import random
import sys

import docx.document
import fam14
import fam16
import fam17 as N
import pdfbase
from base import blocks as BLOCKS0
from model import COL_NAMES
from render import esc

TOK = "@@X:{}@@"
CUR: dict = {}


# ---------------------------------------------------------------- the added figures (from the report's own cells)

def _pct(a: int, b: int) -> str:
    return "—" if not b else f"{a * 100 / b:.1f}%"


def _yoy(prev: int, cur: int) -> str:
    if prev == 0:
        return "—" if cur == 0 else "新增"
    d = (cur - prev) * 100 / prev
    return "持平" if cur == prev else (f"增长{d:.1f}%" if d > 0 else f"下降{-d:.1f}%")


def _split(n: int, k: int, rng) -> list[int]:
    cuts = sorted(rng.randint(0, n) for _ in range(k - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [n])]


def active(s) -> int:
    return random.Random(s["id"] + "active").randint(260, 1800)


def extra(s, key: str) -> dict:
    """An added block: caption, header, rows (strings), source line."""
    rng = random.Random(s["id"] + key)
    t3, t4, y = s["t3"], s["t4"], s["year"]
    src = f"数据来源：{s['agency']}政府信息公开工作台账。"
    lit = t4["ld.tot"] + t4["lr.tot"]
    if key == "cmp":
        cur = [active(s), t3["new.tot"], t3["r7.tot"], t3["r1.tot"], t4["rv.tot"], lit]
        prev = [max(0, v + rng.randint(-max(3, v // 4), max(3, v // 4))) for v in cur]
        names = ["主动公开政府信息（条）", "收到政府信息公开申请（件）", "办结政府信息公开申请（件）", "其中：予以公开（件）",
                 "政府信息公开行政复议（件）", "政府信息公开行政诉讼（件）"]
        rows = [[n, str(p), str(c), _yoy(p, c)] for n, p, c in zip(names, prev, cur)]
        return dict(caption=f"表1　{y}年与{y - 1}年主要数据对比", head=["指标", f"{y - 1}年", f"{y}年", "同比增减"],
                    rows=rows, src=src)
    if key == "channel":
        parts = {c: _split(t3[f"new.{c}"], 4, rng) for c in ("np", "biz", "sci", "npo", "law", "oth")}
        rows = []
        for i, n in enumerate(["当面申请", "网络申请", "信函申请", "传真及其他"]):
            vals = [parts[c][i] for c in ("np", "biz", "sci", "npo", "law", "oth")]
            rows.append([n] + [str(v) for v in vals] + [str(sum(vals))])
        return dict(caption=f"表1　{y}年政府信息公开申请渠道分布（单位：件）", head=["申请渠道"] + COL_NAMES, rows=rows,
                    src=src)
    if key == "dept":
        depts = ["办公室", "政策法规处", "综合执法支队", "注册登记处", "信用监管处"][:rng.randint(3, 5)]
        cols = [("r1",), ("r2",), tuple(f"r3_{i}" for i in range(1, 9)), tuple(f"r4_{i}" for i in range(1, 4)),
                tuple(f"r5_{i}" for i in range(1, 6)), tuple(f"r6_{i}" for i in range(1, 4)), ("carry_out",)]
        tot = [sum(t3.get(f"{k}.tot", 0) for k in ks) for ks in cols]
        parts = [_split(v, len(depts), rng) for v in tot]
        rows = []
        for i, d in enumerate(depts):
            vals = [p[i] for p in parts]
            rows.append([d, str(sum(vals))] + [str(v) for v in vals])
        return dict(caption=f"表2　{y}年各承办处室办理政府信息公开申请情况（单位：件）",
                    head=["承办处室", "办理合计", "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理",
                          "结转下年"], rows=rows, src=src)
    if key == "years":
        vals = [max(1, t3["new.tot"] + rng.randint(-t3["new.tot"] // 2 - 1, t3["new.tot"] // 2 + 2)) for _ in range(4)]
        vals.append(t3["new.tot"])
        return dict(caption=f"图1　{y - 4}—{y}年收到政府信息公开申请数量（件）", years=list(range(y - 4, y + 1)),
                    vals=vals, src=src)
    if key == "pie":
        parts = _split(t3["new.tot"], 4, rng)
        names = ["网络申请", "当面申请", "信函申请", "其他方式"]
        return dict(caption=f"图1　{y}年政府信息公开申请方式占比", names=names, vals=parts, src=src)
    raise KeyError(key)


def shudu_items(s) -> list[tuple[str, str]]:
    """The 「数读年报」 box: (big figure with its unit, what it counts)."""
    t3, t4 = s["t3"], s["t4"]
    base_ = t3["new.tot"] + t3["carry_in.tot"]
    return [(f"{active(s)}条", "主动公开政府信息"),
            (f"{t3['new.tot']}件", "收到政府信息公开申请"),
            (_pct(t3["r7.tot"], base_), "申请办结率"),
            (f"{t3['r1.tot'] + t3['r2.tot']}件", "予以公开和部分公开"),
            (f"{t4['rv.tot']}件", "政府信息公开行政复议"),
            (f"{t4['ld.tot'] + t4['lr.tot']}件", "政府信息公开行政诉讼")]


def shudu_lines(s) -> list[str]:
    return ["数读年报"] + [f"{a}　{b}" for a, b in shudu_items(s)]


# ---------------------------------------------------------------- the report's blocks with the added ones

@contextlib.contextmanager
def blocks_plus(s, before_t3=(), after_t3=(), top=(), appendix=False):
    """The report's blocks with tokens where the added blocks stand (every module that imported base.blocks by name
    sees it); appendix: the three tables summarised in the body, printed whole after the signature."""
    def blocks(s2):
        out = []
        for kind, t in BLOCKS0(s2):
            if kind == "t3":
                out += [("p", TOK.format(k)) for k in before_t3]
            if appendix and kind in ("t2", "t3", "t4"):
                out.append(("p", TOK.format("sum_" + kind)))
            else:
                out.append((kind, t))
            if kind == "t3":
                out += [("p", TOK.format(k)) for k in after_t3]
            if kind == "title":
                out += [("p", TOK.format(k)) for k in top]
        if appendix:
            y = s2["year"]
            out += [("h", f"附件：{s2['agency']}{y}年度政府信息公开情况统计表"),
                    ("h", "附表1　主动公开政府信息情况"), ("t2", ""),
                    ("h", "附表2　收到和处理政府信息公开申请情况"), ("t3", ""),
                    ("h", "附表3　政府信息公开行政复议、行政诉讼情况"), ("t4", "")]
        return out
    mods = [m for m in list(sys.modules.values()) if getattr(m, "blocks", None) is BLOCKS0]
    for m in mods:
        m.blocks = blocks
    try:
        yield
    finally:
        for m in mods:
            m.blocks = BLOCKS0


def summary_text(s, kind: str) -> list[str]:
    t2, t3, t4 = s["t2"], s["t3"], s["t4"]
    if kind == "sum_t2":
        return [f"本年度制发规范性文件{t2['norm.made']}件，废止{t2['norm.repealed']}件，现行有效{t2['norm.valid']}件；"
                f"作出行政许可决定{t2['license.decisions']}件、行政处罚决定{t2['penalty.decisions']}件、行政强制决定"
                f"{t2['coercion.decisions']}件（详见附表1）。"]
    if kind == "sum_t3":
        return [f"本年度新收政府信息公开申请{t3['new.tot']}件，上年结转{t3['carry_in.tot']}件；办结{t3['r7.tot']}件，其中"
                f"予以公开{t3['r1.tot']}件、部分公开{t3['r2.tot']}件；结转下年度继续办理{t3['carry_out.tot']}件（详见附表2）。"]
    return [f"本年度发生政府信息公开行政复议{t4['rv.tot']}件、行政诉讼{t4['ld.tot'] + t4['lr.tot']}件（详见附表3）。"]


# ---------------------------------------------------------------- HTML

def html_extra(s, key: str) -> str:
    if key == "shudu":
        items = "".join(f'<li><span class="num" style="font-size:28px;color:#c00">{esc(a)}</span><br>'
                        f'<span class="lab">{esc(b)}</span></li>' for a, b in shudu_items(s))
        return (f'<div class="sdnb" style="border:2px solid #c00;background:#fff6f0;padding:12px;margin:10px 0">'
                f'<h3 style="color:#c00">数读年报</h3><ul style="list-style:none;display:flex;flex-wrap:wrap">'
                f'{items}</ul></div>')
    if key.startswith("sum_"):
        return "\n".join(f"<p>{esc(t)}</p>" for t in summary_text(s, key))
    e = extra(s, key)
    cap = f'<p style="text-align:center"><b>{esc(e["caption"])}</b></p>'
    srcp = f'<p style="font-size:12px;color:#666">{esc(e["src"])}</p>'
    if key == "pie":
        tot = sum(e["vals"]) or 1
        cx, cy, r = 110, 110, 90
        a0 = -math.pi / 2
        paths, legend = [], []
        colors = ["#c0392b", "#2e86c1", "#f1c40f", "#7f8c8d"]
        for i, (n, v) in enumerate(zip(e["names"], e["vals"])):
            a1 = a0 + 2 * math.pi * v / tot
            if v:
                x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
                x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
                big = 1 if a1 - a0 > math.pi else 0
                if v == tot:
                    paths.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="{colors[i]}"/>')
                else:
                    paths.append(f'<path d="M{cx},{cy} L{x0:.1f},{y0:.1f} A{r},{r} 0 {big},1 {x1:.1f},{y1:.1f} Z" '
                                 f'fill="{colors[i]}"/>')
            legend.append(f'<rect x="240" y="{40 + 28 * i}" width="14" height="14" fill="{colors[i]}"/>'
                          f'<text x="262" y="{52 + 28 * i}" font-size="13">{esc(n)} {_pct(v, tot)}（{v}件）</text>')
            a0 = a1
        svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="460" height="230" viewBox="0 0 460 230">'
               + "".join(paths) + "".join(legend) + "</svg>")
        return f'{cap}\n<div class="chart" style="text-align:center">{svg}</div>\n{srcp}'
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in e["rows"])
    head = "<tr>" + "".join(f'<td style="background:#dbe5f1"><b>{esc(c)}</b></td>' for c in e["head"]) + "</tr>"
    tab = (f'<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;'
           f'text-align:center"><tbody>{head}{rows}</tbody></table>')
    return f"{cap}\n{tab}\n{srcp}"


def _swap_tokens(s, out: str) -> str:
    while "@@X:" in out:
        i = out.index("@@X:")
        j = out.index("@@", i + 4)
        key = out[i + 4:j]
        a = out.rfind("<p", 0, i)
        b = out.index("</p>", j) + 4
        out = out[:a] + html_extra(s, key) + out[b:]
    return out


def share_column(s, out: str) -> str:
    """Table 三 (the table after the heading 三、) with an added last column 「占比」: each row's share of the
    applications handled (二 + 一 = 三's 总计 + 四)."""
    i = out.index("三、收到和处理政府信息公开申请情况")
    a = out.index("<table", i)
    b = out.index("</table>", a)
    tab = out[a:b]
    trs = tab.split("<tr>")
    head_n = int(__import__("re").search(r'rowspan="(\d+)"', trs[1]).group(1))
    t3 = s["t3"]
    base_ = t3["new.tot"] + t3["carry_in.tot"]
    keys = list(dict.fromkeys(k.rsplit(".", 1)[0] for k in t3))
    st = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt;text-align:center"'
    new = [trs[0]]
    for n, tr in enumerate(trs[1:]):
        if n == 0:
            tr = tr.replace("</tr>", f'<td rowspan="{head_n}" {st}>占比</td></tr>', 1)
        elif n >= head_n:
            k = keys[n - head_n]
            v = "—" if k in ("new", "carry_in") else _pct(t3[f"{k}.tot"], base_)
            tr = tr.replace("</tr>", f"<td {st}>{v}</td></tr>", 1)
        new.append(tr)
    return out[:a] + "<tr>".join(new) + out[b:]


def h_more(s):
    """fam17's CMS page with the added blocks (s["more"]: top / before_t3 / after_t3 / appendix / share)."""
    m = s["more"]
    with blocks_plus(s, m.get("before_t3", ()), m.get("after_t3", ()), m.get("top", ()), m.get("appendix", False)):
        out = N.h_cms17(s).decode("utf-8")
    out = _swap_tokens(s, out)
    if m.get("share"):
        out = share_column(s, out)
    return out.encode("utf-8")


# ---------------------------------------------------------------- PDF

PARA0 = pdfbase.Flow.para


def pdf_extra(fl, key: str) -> None:
    s = CUR
    if key == "shudu":
        ls = shudu_lines(s)
        h = 30 + 22 * ((len(ls) - 1 + 1) // 2)
        fl.need(h + 10)
        top = fl.y - 6
        fl.ops.append(("rect", fl.m, top - h, fl.W - 2 * fl.m, h, 0.93))
        fl.ops.append(("text", fl.m + 10, top - 20, ls[0], 13))
        for i, t in enumerate(ls[1:]):
            x = fl.m + 10 + (i % 2) * (fl.W - 2 * fl.m) / 2
            y = top - 44 - 22 * (i // 2)
            fl.ops.append(("text", x, y, t, 11))
        fl.y = top - h - 10
        return
    e = extra(s, key)
    fl.need(200 if key == "years" else 40 + 24 * (len(e["rows"]) + 1))  # the block kept on one page
    PARA0(fl, e["caption"], size=10, indent=False, align="center", bold=True)
    if key == "years":
        H = 150
        fl.need(H + 30)
        base_y = fl.y - H
        x0 = fl.m + 60
        width = fl.W - 2 * fl.m - 120
        vmax = max(e["vals"]) or 1
        step = 10 ** max(0, len(str(vmax)) - 1)
        top_v = ((vmax // step) + 1) * step
        fl.ops.append(("line", x0, base_y, x0 + width, base_y, 0.8))
        fl.ops.append(("line", x0, base_y, x0, base_y + H - 10, 0.8))
        for i in range(0, 6):
            v = top_v * i // 5
            yy = base_y + (H - 20) * i / 5
            fl.ops.append(("line", x0 - 4, yy, x0, yy, 0.6))
            t = str(v)
            fl.ops.append(("text", x0 - 7 - pdfbase.sw(t, 7), yy - 2.5, t, 7))
        slot = width / len(e["vals"])
        for i, (yr, v) in enumerate(zip(e["years"], e["vals"])):
            cx = x0 + slot * (i + 0.5)
            hh = (H - 20) * v / top_v
            if hh > 0:
                fl.ops.append(("line", cx, base_y, cx, base_y + hh, 22))
            t = str(v)
            fl.ops.append(("text", cx - pdfbase.sw(t, 8) / 2, base_y + hh + 4, t, 8))
            t = f"{yr}年"
            fl.ops.append(("text", cx - pdfbase.sw(t, 8) / 2, base_y - 12, t, 8))
        fl.y = base_y - 22
    else:
        rows = [[(c, 1) for c in e["head"]]] + [[(c, 1) for c in r] for r in e["rows"]]
        tw = fl.W - 2 * fl.m
        n = len(e["head"])
        first = tw * (0.34 if n <= 4 else 0.16)
        widths = [first] + [(tw - first) / (n - 1)] * (n - 1)
        fam14.TABLE0(fl, rows, widths, size=8)
    PARA0(fl, e["src"], size=8, indent=False)


def para28(self, t, *a, **kw):
    if t.startswith("@@X:"):
        return pdf_extra(self, t[4:-2])
    return PARA0(self, t, *a, **kw)


@contextlib.contextmanager
def para_hook():
    pdfbase.Flow.para = para28
    try:
        yield
    finally:
        pdfbase.Flow.para = PARA0


def p_more(s):
    m = s["more"]
    CUR.clear()
    CUR.update(s)
    with blocks_plus(s, m.get("before_t3", ()), m.get("after_t3", ()), m.get("top", ())), para_hook():
        return N.p_report17(s)


# ---------------------------------------------------------------- DOCX

ADD_P0 = docx.document.Document.add_paragraph


def add_paragraph28(self, text="", style=None):
    if isinstance(text, str) and text.startswith("@@X:"):
        key = text[4:-2]
        e = extra(CUR, key)
        p = ADD_P0(self, e["caption"])
        p.alignment = 1
        t = self.add_table(rows=1 + len(e["rows"]), cols=len(e["head"]))
        t.style = "Table Grid"
        for r, row in enumerate([e["head"]] + e["rows"]):
            for c, v in enumerate(row):
                t.cell(r, c).text = v
        return ADD_P0(self, e["src"])
    return ADD_P0(self, text, style)


def d_more(s):
    m = s["more"]
    CUR.clear()
    CUR.update(s)
    label0 = fam16.EXTRA_LABEL
    if m.get("subrow"):
        fam16.EXTRA_LABEL = m["subrow"]
        s["extra_row"] = True
    docx.document.Document.add_paragraph = add_paragraph28
    try:
        with blocks_plus(s, m.get("before_t3", ()), m.get("after_t3", ()), m.get("top", ())):
            return N.d_report17(s)
    finally:
        docx.document.Document.add_paragraph = ADD_P0
        fam16.EXTRA_LABEL = label0
