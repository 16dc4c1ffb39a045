"""Printers of eval/wild30's hunt: THE TEMPLATE'S TABLES CUT AND REARRANGED BY THE PUBLISHER — every number of the
template is printed once, but not in the template's one-table shape: table 三 cut vertically into two tables (自然人/商业企业/
科研机构 in the first, the rest with 总计 in the second, the row labels repeated or not), cut horizontally into
「申请情况」 (rows 一/二) and 「办理结果」 (三 (一)…(七), 四) as two titled tables (the header repeated or not), transposed
(applicant types as rows, the results as columns), its header rows flattened into one row of joined labels
(「法人或其他组织-商业企业」), continued under a 「续表」 title with its header repeated, its columns in another order
(总计 first, 自然人 last); table 四 as two tables (行政复议 and 行政诉讼 apart); table 二 as four small tables, one per item
group.

Every table is a list of rows of (text, colspan) (no row spans), written by three small renderers — HTML (a CMS page
through render.page), DOCX (docxbase), PDF (pdfbase.Flow) — and one for Markdown pipe tables. A shape is chosen per
table by s["shape"] = {"t2": …, "t3": …, "t4": …}; an unnamed table prints in its ordinary one-table form. Captions
between the pieces carry no digit (a number there would be a number of the table)."""
from __future__ import annotations

import fam14 as F
import base
import docxbase
import pdfbase
from grids import C, t2_grid, t3_flat
from model import COL_NAMES, COLS, RESULT_HEAD, T4_KINDS, T4_PARTS
from render import esc, html_table, page

LEG = ["biz", "sci", "npo", "law", "oth"]


def name(c: str) -> str:
    return COL_NAMES[COLS.index(c)]


# ---------------------------------------------------------------- pieces: ("cap", text) | ("tab", rows)

def t3_lines(s, cell, head=True, group_rows=True):
    return t3_flat(s["template"], cell, group_rows=group_rows, head=head)


def t3_plain(s, cell, cols=COLS, hdr="two", labels=True, lines=None):
    """Table 三 rows over `cols` (a subset/order of COLS). hdr: "two" (申请人情况 / 法人或其他组织 over the five),
    "flat" (one row of joined labels), "names" (one row of the column names), None (no header)."""
    lines = lines if lines is not None else t3_lines(s, cell)
    out = []
    lab = [("项目", 1)] if labels else []
    if hdr == "two":
        top, sub = list(lab), ([("", 1)] if labels else [])
        i = 0
        while i < len(cols):
            if cols[i] in LEG:
                j = i
                while j < len(cols) and cols[j] in LEG:
                    j += 1
                top.append(("法人或其他组织", j - i))
                sub += [(name(c), 1) for c in cols[i:j]]
                i = j
            else:
                top.append((name(cols[i]), 1))
                sub.append(("", 1))
                i += 1
        out += [top, sub]
    elif hdr == "flat":
        out.append(lab + [(("法人或其他组织-" if c in LEG else "") + name(c), 1) for c in cols])
    elif hdr == "names":
        out.append(lab + [(name(c), 1) for c in cols])
    for label, vals in lines:
        v = dict(zip(COLS, vals)) if vals else {}
        out.append(([(label, 1)] if labels else []) + [(v.get(c, ""), 1) for c in cols])
    return out


def t3_pieces(s, cell, shape):
    if shape is None:
        return [("tab", t3_plain(s, cell))]
    if shape in ("vsplit-labels", "vsplit-nolabels"):
        a, b = ["np", "biz", "sci"], ["npo", "law", "oth", "tot"]
        return [("cap", "（一）申请人为自然人、商业企业、科研机构的"), ("tab", t3_plain(s, cell, a, "names")),
                ("cap", "（二）申请人为社会公益组织、法律服务机构、其他的及总计"),
                ("tab", t3_plain(s, cell, b, "names", labels=shape == "vsplit-labels"))]
    if shape in ("hsplit-hdr", "hsplit-nohdr"):
        lines = t3_lines(s, cell, head=False)
        first = [ln for ln in lines if ln[0].startswith(("一、", "二、"))]
        rest = [ln for ln in lines if not ln[0].startswith(("一、", "二、"))]
        return [("cap", "（一）申请情况"), ("tab", t3_plain(s, cell, hdr="two", lines=first)),
                ("cap", "（二）" + RESULT_HEAD[2:] + "及结转情况"),
                ("tab", t3_plain(s, cell, hdr="two" if shape == "hsplit-hdr" else None, lines=rest))]
    if shape == "transposed":
        lines = [ln for ln in t3_lines(s, cell, head=False, group_rows=False)]
        rows_ = [[("申请人情况", 1)] + [(lab, 1) for lab, _ in lines]]
        for i, c in enumerate(COLS):
            rows_.append([(("法人或其他组织-" if c in LEG else "") + name(c), 1)] + [(vals[i], 1) for _, vals in lines])
        return [("tab", rows_)]
    if shape == "flat":
        return [("tab", t3_plain(s, cell, hdr="flat"))]
    if shape == "xubiao":
        rows_ = t3_plain(s, cell, hdr="two")
        cut = next(i for i, r in enumerate(rows_) if r[0][0].startswith("（四）"))
        return [("tab", rows_[:cut]), ("break", ""), ("cap", "续表"), ("tab", rows_[:2] + rows_[cut:])]
    if shape == "reversed":
        return [("tab", t3_plain(s, cell, cols=["tot", "oth", "law", "npo", "sci", "biz", "np"], hdr="names"))]
    raise ValueError(shape)


def t4_pieces(s, cell, shape):
    parts = [(n, 1) for _, n in T4_PARTS]
    vals = {k: [(cell(f"t4.{k}.{p}"), 1) for p, _ in T4_PARTS] for k, _ in T4_KINDS}
    if shape is None:
        return [("tab", pdfbase.t4_rows(cell))]
    if shape == "two":
        return [("cap", "（一）行政复议情况"), ("tab", [parts, vals["rv"]]),
                ("cap", "（二）行政诉讼情况"),
                ("tab", [[("未经复议直接起诉", 5), ("复议后起诉", 5)], parts + parts, vals["ld"] + vals["lr"]])]
    raise ValueError(shape)


T2_CAPS = ["（一）规章和行政规范性文件", "（二）行政许可", "（三）行政处罚和行政强制", "（四）行政事业性收费"]


def t2_pieces(s, cell, shape):
    grid = t2_grid(s["template"], cell)
    rows_ = [[(c.text, c.cs) for c in r] for r in grid]
    if shape is None:
        return [("tab", rows_)]
    if shape == "four":
        out, cur = [], None
        for r in rows_:
            if r[0][0].startswith("第二十条"):
                cur = [r]
                out += [("cap", T2_CAPS[len(out) // 2]), ("tab", cur)]
            else:
                cur.append(r)
        return out
    raise ValueError(shape)


def pieces(s, cell) -> dict:
    sh = s.get("shape", {})
    return {"t2": t2_pieces(s, cell, sh.get("t2")), "t3": t3_pieces(s, cell, sh.get("t3")),
            "t4": t4_pieces(s, cell, sh.get("t4"))}


# ---------------------------------------------------------------- renderers

def ncols(rows_) -> int:
    return max(sum(cs for _, cs in r) for r in rows_)


def html_pieces(ps) -> str:
    out = []
    for kind, x in ps:
        if kind == "cap":
            out.append(f'<p style="text-align:center"><strong>{esc(x)}</strong></p>')
        elif kind == "tab":
            out.append(html_table([[C(t, 1, cs) for t, cs in r] for r in x],
                                  'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"'))
    return "\n".join(out)


HEAD = {"trs": '<meta name="ContentSource" content="TRS WCM">\n', "bosi": '<meta name="generator" content="博思软件">\n',
        "platform": '<meta name="SiteName" content="政府网站集约化平台">\n'}


def h_cut(s):
    """A CMS article page with the cut tables."""
    F.prepare14(s)
    cell = base.ctx(s)
    ps = pieces(s, cell)
    tabs = {k: html_pieces(v) for k, v in ps.items()}
    meta = (f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["site"])}'
            + (f'　索引号：{esc(s["index"])}' if s.get("index") else "") + "</div>")
    body = f'<div class="article">\n{meta}\n<div id="zoomcon">\n{base.html_body(s, tabs)}\n</div>\n</div>'
    return page(s["title"], body, s["site"], head_extra=HEAD.get(s.get("cms"), "")).encode("utf-8")


def d_cut(s):
    """A Word report with the cut tables."""
    F.prepare14(s)
    cell = base.ctx(s)
    ps = pieces(s, cell)

    def put(kind):
        def run(d):
            for k, x in ps[kind]:
                if k == "cap":
                    p = d.add_paragraph()
                    p.alignment = 1
                    p.add_run(x).bold = True
                elif k == "tab":
                    docxbase.add_table(d, [[C(t, 1, cs) for t, cs in r] for r in x], ncols(x))
        return run
    d = docxbase.new_doc()
    docxbase.body(d, s, {k: put(k) for k in ps})
    return docxbase.save(d)


def widths(rows_, total, label=None):
    n = ncols(rows_)
    if label is None:
        return [total / n] * n
    return [label] + [(total - label) / (n - 1)] * (n - 1)


def p_cut(s):
    """A report PDF (A4) with the cut tables; the label column wide, the value columns equal."""
    F.prepare14(s)
    cell = base.ctx(s)
    ps = pieces(s, cell)
    W, H = pdfbase.A4
    total = W - 2 * 56

    def put(kind):
        def run(fl):
            for k, x in ps[kind]:
                if k == "cap":
                    fl.para(x, indent=False, align="center", size=10)
                elif k == "break":
                    fl.new_page()
                elif k == "tab":
                    lab = None if kind == "t4" else (130 if ncols(x) > 6 else (150 if kind == "t2" else 170))
                    if kind == "t2":
                        lab = None
                    fl.table(x, widths(x, total, lab), size=7.5 if ncols(x) > 6 else 8)
        return run
    fl = pdfbase.Flow(W, H)
    pdfbase.report_flow(s, fl, {k: put(k) for k in ps})
    return pdfbase.emit(s, fl.pages, (W, H))


def md_cut(s):
    """A portal's Markdown export with the cut tables as pipe tables (a colspan written as the text, then blanks)."""
    F.prepare14(s)
    cell = base.ctx(s)
    ps = pieces(s, cell)

    def md(kind):
        out = []
        for k, x in ps[kind]:
            if k == "cap":
                out.append(f"**{x}**")
            elif k == "tab":
                out.append(base.pipe([[t2 for t, cs in r for t2 in [t] + [""] * (cs - 1)] for r in x]))
        return "\n\n".join(out)
    return base.md_text(s, {k: md(k) for k in ps}).encode("utf-8")
