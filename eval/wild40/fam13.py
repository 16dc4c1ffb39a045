"""Printers of eval/wild13: ordinary reports of under-represented regions and bodies (bilingual 汉 + 民族文字 titles,
headings and paragraphs; 垂直管理 bodies; 新区/林区; 乡镇), with the variation their publishers produce (a 备注
column, 「件」 in every cell, thousands separators, renumbered labels, sub-items without their group, table 二's
columns in another order, 总计 first, last year's figures beside this year's, a 30-page PDF with the tables in an
appendix) and a few new carriers (flat ODT/ODS, Jina Reader Markdown, a knowledge-base chunk export, a mini-program
rich-text node tree, an AMP page, an A5 booklet PDF).

The wild12 printers (fam12) are reused; their grid and PDF-table builders are replaced here by versions that know
the new options (the old behaviour when none is set)."""
from __future__ import annotations

import json
import random
import re

import base
import fam12 as B
import pdfbase
from docxbase import save
from fam9_office import xlsx9
from fam_office import grid_into
from grids import C, full, t2_grid, t3_flat
from model import COLS, T4_KINDS, T4_PARTS, rows
from pdfbase import Flow, sw
from render import esc, page

ORIG_BLOCKS = base.blocks
ORIG_GRIDSX = B.gridsx
CN_ORD = "一二三四五六七"


# ---------------------------------------------------------------- blocks: bilingual lines, appendix

def blocks13(s):
    """base.blocks plus the report's own additions: a second title line in a 民族文字 (s["bi_title"]), a
    paragraph after the introduction (s["bi_intro"]), headings followed by their translation (s["bi_heads"]),
    the tables moved into an appendix after the signature (s["appendix"])."""
    out = []
    for kind, t in ORIG_BLOCKS(s):
        if kind == "h" and s.get("bi_heads"):
            t = t + s["bi_heads"].get(t[:2], "")
        out.append((kind, t))
        if kind == "title" and s.get("bi_title"):
            out.append(("title", s["bi_title"]))
        if kind == "p" and t.startswith("本报告根据") and s.get("bi_intro"):
            out.append(("p", s["bi_intro"]))
    if s.get("appendix"):
        tabs = [b for b in out if b[0] in ("t2", "t3", "t4")]
        out = [b for b in out if b[0] not in ("t2", "t3", "t4")]
        refs = {"二、": "（详见附件表1）", "三、": "（详见附件表2）", "四、": "（详见附件表3）"}
        out = [(k, t + refs[t[:2]]) if k == "h" and t[:2] in refs else (k, t) for k, t in out]
        long = long_prose(s)
        res = []
        for k, t in out:
            res.append((k, t))
            if k == "h" and t[:2] in long:
                res += [("p", x) for x in long[t[:2]]]
        caps = ["附件表1 主动公开政府信息情况", "附件表2 收到和处理政府信息公开申请情况",
                "附件表3 政府信息公开行政复议、行政诉讼情况"]
        res.append(("h", "附件"))
        for cap, tb in zip(caps, tabs):
            res += [("cap", cap), tb]
        out = res
    return out


base.blocks = blocks13
B.blocks = blocks13
pdfbase.blocks = blocks13

TOPICS = ["重大决策预公开", "政策文件解读", "财政预决算公开", "重点民生领域信息公开", "政务新媒体管理",
          "政府网站集约化", "基层政务公开标准化规范化", "政府信息公开指南更新", "公共企事业单位信息公开",
          "政务公开专区建设", "依申请公开答复规范", "保密审查", "建议提案办理结果公开", "行政执法公示",
          "优化营商环境信息公开", "乡村振兴领域信息公开", "生态环境领域信息公开", "教育卫生领域信息公开"]
VERBS = ["坚持", "持续", "着力", "扎实", "全面", "深入", "切实", "进一步"]
ACTS = ["完善工作机制", "细化公开标准", "规范发布流程", "强化审核把关", "拓展公开渠道", "提升解读质量",
        "加强督促检查", "优化栏目设置", "回应社会关切", "推动数据开放", "健全考核评价", "加强队伍建设"]


def long_prose(s) -> dict:
    """Many pages of narrative under sections 一, 五 and 六 (a long report: the tables then sit in the appendix).
    Its figures are invented and are never table cells."""
    rng = random.Random(s["id"] + "long")
    short = s.get("short", "本机关")

    def para(topic):
        a, b, c = rng.sample(ACTS, 3)
        n1, n2 = rng.randint(3, 90), rng.randint(2, 30)
        return (f"在{topic}方面，{short}{rng.choice(VERBS)}{a}，{rng.choice(VERBS)}{b}，全年围绕{topic}开展专项工作"
                f"{n2}次，发布相关信息{n1}条，{c}。各责任科室按照年初工作要点明确的任务分工，逐项建立台账、"
                f"定期调度推进，确保{topic}各项要求落到实处，群众的知情权、参与权、表达权和监督权得到有效保障。"
                f"同时注重总结经验做法，及时梳理存在的薄弱环节，对照上级部署查漏补缺，推动{topic}工作常态长效。")
    sec1 = []
    for i in range(int(s.get("long_rounds", 9))):
        for topic in TOPICS:
            sec1.append(para(topic))
    return {"一、": sec1[: len(sec1) * 3 // 4], "五、": sec1[len(sec1) * 3 // 4:], "六、": []}


# ---------------------------------------------------------------- the three tables with the new options

def renumber(t: str) -> str:
    """「（一）予以公开」→「1.予以公开」, 「1.属于国家秘密」→「（1）属于国家秘密」 (the publisher's own numbering)."""
    m = re.match(r"（([一二三四五六七])）", t)
    if m:
        return f"{CN_ORD.index(m.group(1)) + 1}." + t[m.end():]
    m = re.match(r"(\d)\.", t)
    if m:
        return f"（{m.group(1)}）" + t[m.end():]
    return t


def t3_grid13(s, cell) -> list[list[C]]:
    g = B.t3g(s, cell)
    nh = 2 if s.get("hdr2") else 3
    groups = {grp for _, grp, _ in rows(s["template"]) if grp}
    labels_sub = {lab for _, grp, lab in rows(s["template"]) if grp}
    out = [list(r) for r in g]
    if s.get("noparent"):
        for r in out[nh:]:
            r[:] = [c for c in r if c.key or c.text not in groups]
            for i, c in enumerate(r):
                if not c.key and c.text in labels_sub:
                    r[i] = C(c.text, c.rs, 2)
    if s.get("renum"):
        for r in out[nh:]:
            r[:] = [C(renumber(c.text), c.rs, c.cs, c.key) if not c.key else c for c in r]
    if s.get("totfirst"):
        hdr1 = out[1] if not s.get("hdr2") else out[0]
        i_np = next(i for i, c in enumerate(hdr1) if c.text == "自然人")
        tot = hdr1.pop()
        hdr1.insert(i_np, tot)
        for r in out[nh:]:
            vals = r[-7:]
            r[-7:] = [vals[6]] + vals[:6]
    if s.get("remarks") is not None:
        out[0].append(C("备注", nh, 1))
        for (key, _, _), r in zip(rows(s["template"]), out[nh:]):
            r.append(C(s["remarks"].get(key, "")))
    return out


def prior_t4(s) -> dict:
    """Last year's table 四 (printed beside this year's; not in gold): its own small figures, H5 holding."""
    rng = random.Random(s["id"] + "prior")
    out = {}
    for k, _ in T4_KINDS:
        parts_ = [rng.choice([0, 0, 0, 1, 2]) for _ in range(4)]
        out.update({f"{k}.{p}": v for (p, _), v in zip(T4_PARTS, parts_)})
        out[f"{k}.tot"] = sum(parts_)
    return out


def t4_grid13(s, cell) -> list[list[C]]:
    g = [list(r) for r in B.t4g(s, cell)]
    if s.get("prior"):
        pv = prior_t4(s)
        P = B.parts(s)
        g[0].insert(0, C("年度", 3, 1))
        g[3].insert(0, C("本年"))
        g.append([C("上年")] + [C(str(pv[f"{k}.{p}"])) for k, _ in T4_KINDS for p, _ in P])
    return g


T2_VALID_FIRST = ["信息内容", "现行有效件数", "本年制发件数", "本年废止件数"]


def t2_grid13(s, cell) -> list[list[C]]:
    g = [list(r) for r in t2_grid(s["template"], cell, s.get("unit", "万元"))]
    if s.get("t2valid_first") and s["template"] == "GF2021":
        for r in g[1:4]:
            r[1:] = [r[3], r[1], r[2]]
    return g


def gridsx13(s, cell) -> dict:
    g = {"t2": t2_grid13(s, cell), "t3": t3_grid13(s, cell), "t4": t4_grid13(s, cell)}
    for k, v in g.items():  # fam12's printers size their tables by NCOLS
        B.NCOLS[k] = sum(c.cs for c in v[0])
    return g


B.gridsx = gridsx13


def flow_rows(grid, n) -> list[list[tuple[str, int]]]:
    """A merged grid as Flow rows of (text, colspan): horizontal merges kept, a row-merged cell's text in its
    first row only (the rows below blank there)."""
    out = []
    for frow in full(grid, n):
        row: list[list] = []
        prev = None
        for cc, origin in frow:
            if cc is prev and row:
                row[-1][1] += 1
            else:
                row.append([cc.text if origin else "", 1])
            prev = cc
        out.append([(t, cs) for t, cs in row])
    return out


def t3_flat13(s, cell) -> list[tuple[str, list[str]]]:
    """Table 三 for the PDFs: (label, values in COLS order), group rows unless s["noparent"], labels renumbered."""
    out = []
    for label, vals in t3_flat(s["template"], cell):
        if s.get("noparent") and not vals and label.startswith("（"):
            continue
        out.append((renumber(label) if s.get("renum") else label, vals))
    return out


def pdf_tables13(s, cell, values="center"):
    """Tables 二/三/四 drawn on a Flow with the new options; s["rules"] = "none": no rules at all (a WPS table whose
    borders were set to 无框线)."""
    names = B.legal_names(s)
    keys = [k for k, _, _ in rows(s["template"])]

    def t3(f):
        if s.get("unit_line") and "t3" in s["unit_line"]:
            f.para(B.UNIT, indent=False, align="right", size=9)
        hdr = [[("", 1), ("申请人情况", 7)], [("", 1), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
               [("", 1), ("", 1)] + [(n, 1) for n in names] + [("", 1)]]
        perm = list(range(7))
        if s.get("totfirst"):
            perm = [6, 0, 1, 2, 3, 4, 5]
            hdr[1] = [("", 1), ("总计", 1), ("自然人", 1), ("法人或其他组织", 5)]
            hdr[2] = [("", 1), ("", 1), ("", 1)] + [(n, 1) for n in names]
        widths = [200] + [40] * 7
        body = []
        flat = t3_flat13(s, cell)
        ki = iter(keys)
        for label, vals in flat:
            row = [(label, 1)] + [((vals[i] if vals else ""), 1) for i in perm]
            if s.get("remarks") is not None:
                row.append((s["remarks"].get(next(ki), "") if vals else "", 1))
            body.append(row)
        if s.get("remarks") is not None:
            hdr = [r + [("备注" if i == 0 else "", 1)] for i, r in enumerate(hdr)]
            widths = [170] + [36] * 7 + [58]
        f.table(hdr + body, widths, size=s.get("t3size", 8), repeat=len(hdr), values=values,
                style=s.get("rules", "ruled"))
        for x in s.get("notes", {}).get("t3", []):
            f.para(x, indent=False, size=8)

    def t4(f):
        if s.get("unit_line") and "t4" in s["unit_line"]:
            f.para(B.UNIT, indent=False, align="right", size=9)
        g = t4_grid13(s, cell)
        n = sum(c.cs for c in g[0])
        widths = [32] * 15 if n == 15 else [30] + [30] * 15
        f.table(flow_rows(g, n), widths, size=6.5, values=values, label_cols=1 if n == 16 else 0,
                style=s.get("rules", "ruled"))
        for x in s.get("notes", {}).get("t4", []):
            f.para(x, indent=False, size=8)

    def t2(f):
        f.table(flow_rows(t2_grid13(s, cell), 4), [170, 100, 100, 100], size=9, values=values,
                style=s.get("rules", "ruled"))
    return {"t2": t2, "t3": t3, "t4": t4}


B.pdf_tables = pdf_tables13


# ---------------------------------------------------------------- cell texts

def suffix_xform(units: dict):
    """xform: a unit typed after every figure of the matching tables (「3件」, 「0件」, 「12.5万元」)."""
    def xf(key, v, t):
        for pat, u in units.items():
            if re.match(pat, key):
                return t + u
        return t
    return xf


def prepare(s) -> None:
    if s.get("units"):
        s["xform"] = suffix_xform(s["units"])


def h_cms13(s):
    prepare(s)
    return B.h_cms12(s)


def d_report13(s):
    prepare(s)
    return B.d_report12(s)


def p_report13(s):
    """A ruled report PDF (fam12's, with the new table options); s["appendix"]: long narrative, tables after the
    signature under 「附件」 with their captions."""
    prepare(s)
    if not s.get("appendix"):
        return B.p_report12(s)
    B.marks(s)
    cell = base.ctx(s)
    tabs = pdf_tables13(s, cell, s.get("values", "center"))
    W, H = pdfbase.A4
    f = Flow(W, H, footer=True)
    for kind, t in blocks13(s):
        if kind in tabs:
            tabs[kind](f)
        elif kind == "title":
            f.para(t, size=15, indent=False, align="center")
        elif kind == "h":
            if t == "附件":
                f.new_page()
            f.para(t, indent=False, size=11)
        elif kind == "cap":
            f.para(t, indent=False, align="center", size=10)
        elif kind == "sign":
            f.para(t, indent=False, align="right")
        else:
            f.para(t)
    return pdfbase.emit(s, f.pages, (W, H))


def p_a5_booklet(s):
    """The report as printed in a 汇编 booklet on A5 pages: small type, narrow margins, the tables shrunk to the
    page (header 「单位：件」 kept), a running head with the compilation's name."""
    B.marks(s)
    cell = base.ctx(s)
    W, H = pdfbase.A5
    tabs = pdf_tables13(s, cell)

    def small(fn, scale):
        def draw(f):
            orig = f.table

            def tb(rows_, widths, size=8, **kw):
                return orig(rows_, [w * scale for w in widths], size=size * scale * 1.05, **kw)
            f.table = tb
            try:
                fn(f)
            finally:
                f.table = orig
        return draw
    tabs = {k: small(v, 0.68) for k, v in tabs.items()}
    f = Flow(W, H, margin=36, size=8.5, footer=False)
    for kind, t in blocks13(s):
        if kind in tabs:
            tabs[kind](f)
        elif kind == "title":
            f.para(t, size=12, indent=False, align="center")
        elif kind == "h":
            f.para(t, indent=False, size=9)
        elif kind == "sign":
            f.para(t, indent=False, align="right")
        else:
            f.para(t)
    first = s.get("page0", 117)
    for i, ops in enumerate(f.pages):
        head = s["book"]
        ops.append(("text", W / 2 - sw(head, 7) / 2, H - 22, head, 7))
        num = f"·{first + i}·"
        ops.append(("text", W / 2 - sw(num, 8) / 2, 18, num, 8))
    return pdfbase.emit(s, f.pages, (W, H))


# ---------------------------------------------------------------- XLSX: table 三 with last year's 总计

def x_t3_prior(s):
    """The tables as an XLSX attachment, one sheet 「统计表」: table 三 with a last column 「上年总计」 (last year's
    total of each row, not in gold), tables 二 and 四 as usual, 「单位：件」 row."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    rng = random.Random(s["id"] + "prev")
    rows_: list[list] = [[f"{s['agency']}{s['year']}年政府信息公开工作年度报告统计表"]]
    merges: list = [(0, 0, 0, 10)]
    for k, head in (("t2", "二、主动公开政府信息情况"), ("t3", "三、收到和处理政府信息公开申请情况"),
                    ("t4", "四、政府信息公开行政复议、行政诉讼情况")):
        rows_.append([head])
        if k != "t2":
            rows_.append([""] * 9 + [B.UNIT])
        n = sum(c.cs for c in g[k][0])
        r0 = len(rows_)
        grid_into(rows_, merges, g[k], n, r0)
        if k == "t3":
            rows_[r0].append("上年总计")
            merges.append((r0, n, r0 + 2, n))
            for i in range(3, len(g[k])):
                rows_[r0 + i].append(rng.randint(0, 4) if rng.random() < 0.4 else 0)
        rows_.append([])
    rows_ += [["填表说明：本表数据由本机关政务公开办公室统计。"]]
    return xlsx9([("统计表", rows_, merges, "visible")])


# ---------------------------------------------------------------- LEGACY

def h_legacy_units_in_names(s):
    """2018 report on the old 条例 (a county page): prose, and the 统计表 as two columns (指标 with its unit in
    brackets | 数量)."""
    paras, table = base.legacy_blocks(s)
    trs = ["<tr><td>统计指标</td><td>数量</td></tr>"]
    for name, unit, v in table[1:]:
        trs.append(f"<tr><td>{esc(name)}{'（' + unit + '）' if unit else ''}</td><td>{esc(v)}</td></tr>")
    body = [f'<p align="center"><strong>{esc(s["title"])}</strong></p>']
    body += [f'<p style="text-indent:2em">{esc(x)}</p>' for x in paras]
    body.append('<p>附件：政府信息公开情况统计表</p><table border="1" cellspacing="0" cellpadding="4" width="90%">'
                + "".join(trs) + "</table>")
    body += [f'<p align="right">{esc(s["agency"])}</p>', f'<p align="right">{esc(s["date"])}</p>']
    return page(s["title"], '<div class="content">\n' + "\n".join(body) + "\n</div>", s["site"]).encode("utf-8")


def d_legacy_list(s):
    """2016 report on the old 条例 in Word with no table: the statistics as a numbered list of sentences."""
    paras, table = base.legacy_blocks(s)
    from docxbase import new_doc
    d = new_doc()
    p = d.add_paragraph()
    p.alignment = 1
    p.add_run(s["title"]).bold = True
    for x in paras:
        d.add_paragraph(x)
    d.add_paragraph("附：政府信息公开情况统计")
    i = 0
    for name, unit, v in table[1:]:
        if not unit:
            d.add_paragraph(name)
            continue
        i += 1
        d.add_paragraph(f"{i}．{name.lstrip('（一）123.')}：{v}{unit}")
    d.add_paragraph(s["agency"]).alignment = 2
    d.add_paragraph(s["date"]).alignment = 2
    return save(d)


# ---------------------------------------------------------------- carriers

def fo_table(grid, n) -> str:
    out = [f'<table:table table:name="T"><table:table-column table:number-columns-repeated="{n}"/>']
    for frow in full(grid, n):
        cells = []
        for cc, origin in frow:
            if not origin:
                cells.append("<table:covered-table-cell/>")
                continue
            span = ((f' table:number-columns-spanned="{cc.cs}"' if cc.cs > 1 else "") +
                    (f' table:number-rows-spanned="{cc.rs}"' if cc.rs > 1 else ""))
            cells.append(f'<table:table-cell{span} office:value-type="string"><text:p text:style-name="TC">'
                         f"{esc(cc.text)}</text:p></table:table-cell>")
        out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


FO_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def o_fodt(s):
    """LibreOffice Writer's flat XML document (.fodt, 「另存为 扁平 XML ODF 文本文档」): one XML file, paragraphs as
    text:p / text:h, the tables with table:covered-table-cell for the merged slots."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    out = []
    for kind, t in blocks13(s):
        if kind in g:
            out.append(fo_table(g[kind], sum(c.cs for c in g[kind][0])))
        elif kind == "title":
            out.append(f'<text:p text:style-name="Title">{esc(t)}</text:p>')
        elif kind == "h":
            out.append(f'<text:h text:style-name="H2" text:outline-level="2">{esc(t)}</text:h>')
        elif kind == "sign":
            out.append(f'<text:p text:style-name="Right">{esc(t)}</text:p>')
        else:
            out.append(f'<text:p text:style-name="Body">{esc(t)}</text:p>')
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {FO_NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.text">\n<office:meta><meta:generator>LibreOffice/7.6.4.1'
           f'$Linux_X86_64</meta:generator></office:meta>\n<office:automatic-styles><style:style style:name="Right" '
           f'style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>'
           f'</office:automatic-styles>\n<office:body>\n<office:text>\n' + "\n".join(out) +
           "\n</office:text>\n</office:body>\n</office:document>\n")
    return xml.encode("utf-8")


def o_fods(s):
    """LibreOffice Calc's flat XML spreadsheet (.fods) of the tables: a sheet per table, numbers as float cells
    (office:value), the section heading in the first row, covered cells for merges."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    sheets = []
    for k, name, head in (("t2", "表二", "二、主动公开政府信息情况"), ("t3", "表三", "三、收到和处理政府信息公开申请情况"),
                          ("t4", "表四", "四、政府信息公开行政复议、行政诉讼情况")):
        n = sum(c.cs for c in g[k][0])
        out = [f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="{n}"/>',
               f'<table:table-row><table:table-cell office:value-type="string"><text:p>{head}</text:p>'
               f"</table:table-cell></table:table-row>"]
        if k == "t2":
            out.insert(1, f'<table:table-row><table:table-cell office:value-type="string"><text:p>{esc(s["agency"])}'
                          f'{s["year"]}年政府信息公开工作年度报告</text:p></table:table-cell></table:table-row>')
        for frow in full(g[k], n):
            cells = []
            for cc, origin in frow:
                if not origin:
                    cells.append("<table:covered-table-cell/>")
                    continue
                span = ((f' table:number-columns-spanned="{cc.cs}"' if cc.cs > 1 else "") +
                        (f' table:number-rows-spanned="{cc.rs}"' if cc.rs > 1 else ""))
                if cc.key and re.fullmatch(r"-?\d+(\.\d+)?", cc.text):
                    cells.append(f'<table:table-cell{span} office:value-type="float" office:value="{cc.text}">'
                                 f"<text:p>{cc.text}</text:p></table:table-cell>")
                else:
                    cells.append(f'<table:table-cell{span} office:value-type="string"><text:p>{esc(cc.text)}'
                                 "</text:p></table:table-cell>")
            out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append("</table:table>")
        sheets.append("\n".join(out))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {FO_NS} office:version="1.3" '
           f'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n<office:meta><meta:generator>'
           f"LibreOffice/7.6.4.1$Linux_X86_64</meta:generator></office:meta>\n<office:body>\n<office:spreadsheet>\n"
           + "\n".join(sheets) + "\n</office:spreadsheet>\n</office:body>\n</office:document>\n")
    return xml.encode("utf-8")


def pipe_table(grid, n) -> str:
    """A GFM pipe table as a web-to-Markdown reader writes it: the first row as header, merged slots empty."""
    F = full(grid, n)
    lines = []
    for i, frow in enumerate(F):
        lines.append("| " + " | ".join(cc.text if origin else "" for cc, origin in frow) + " |")
        if i == 0:
            lines.append("|" + " --- |" * n)
    return "\n".join(lines)


def m_jina(s):
    """Jina Reader's answer for the page (r.jina.ai): Title / URL Source / Published Time lines, then
    「Markdown Content:」 — the article as Markdown, setext title, `###` headings, tables as pipe tables."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    url = f"https://{s['host']}/art/{s['year'] + 1}/1/{s.get('pubday', 22)}/art_{s.get('art', '1229')}_{s.get('artno', '4417')}.html"
    out = [f"Title: {s['title']}", "", f"URL Source: {url}", "", f"Published Time: {s['pub']}T09:30:00+08:00", "",
           "Markdown Content:"]
    for kind, t in blocks13(s):
        if kind in g:
            out += [pipe_table(g[kind], sum(c.cs for c in g[kind][0])), ""]
        elif kind == "title":
            out += [t, "=" * min(60, len(t) * 2), ""]
        elif kind == "h":
            out += [f"### {t}", ""]
        else:
            out += [t, ""]
    return ("\n".join(out) + "\n").encode("utf-8")


def j_kb_chunks(s):
    """A knowledge base's export of the document (a RAG platform's 「导出分段」): JSON with the document's metadata
    and its segments in order, each `content` a slice of the text at line boundaries (tables as Markdown pipe
    rows, a table cut between two segments)."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    lines = []
    for kind, t in blocks13(s):
        if kind in g:
            lines += pipe_table(g[kind], sum(c.cs for c in g[kind][0])).split("\n")
        else:
            lines.append(t)
    segs, cur = [], []
    for ln in lines:
        if cur and sum(len(x) + 1 for x in cur) + len(ln) > 500:
            segs.append("\n".join(cur))
            cur = []
        cur.append(ln)
    segs.append("\n".join(cur))
    rng = random.Random(s["id"] + "kb")
    payload = {"document": {"name": f"{s['agency']}{s['year']}年政府信息公开工作年度报告.docx",
                            "data_source_type": "upload_file", "indexing_status": "completed",
                            "doc_form": "text_model"},
               "segments": [{"id": "".join(rng.choice("abcdef") for _ in range(16)), "enabled": True,
                             "content": c, "keywords": []} for c in segs]}
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def node_tree(grid) -> dict:
    trs = []
    for row in grid:
        tds = []
        for c in row:
            attrs = {"style": "border:1px solid #000;text-align:center"}
            if c.rs > 1:
                attrs["rowspan"] = str(c.rs)
            if c.cs > 1:
                attrs["colspan"] = str(c.cs)
            tds.append({"name": "td", "attrs": attrs, "children": [{"type": "text", "text": c.text}]})
        trs.append({"name": "tr", "children": tds})
    return {"name": "table", "attrs": {"class": "rt-table", "style": "border-collapse:collapse;width:100%"},
            "children": [{"name": "tbody", "children": trs}]}


def j_miniprogram(s):
    """A 政务 mini-program's article API: the body as the rich-text component's node array (name/attrs/children,
    text nodes {type: text, text}), tables as table/tr/td nodes with rowspan/colspan attrs (as strings)."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    nodes = []
    for kind, t in blocks13(s):
        if kind in g:
            nodes.append(node_tree(g[kind]))
        else:
            style = {"title": "text-align:center;font-weight:bold;font-size:20px", "h": "font-weight:bold",
                     "sign": "text-align:right"}.get(kind, "text-indent:2em")
            nodes.append({"name": "p", "attrs": {"style": style}, "children": [{"type": "text", "text": t}]})
    payload = {"errcode": 0, "errmsg": "ok", "data": {"title": s["title"], "source": s["site"],
                                                       "publishTime": s["pub"], "nodes": nodes}}
    return (json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8")


def h_amp(s):
    """The AMP (mobile) version of the article page: <html ⚡>, the AMP boilerplate, amp-img logo, each table in a
    horizontally scrolling <div class="table-wrap">, inline styles moved to <style amp-custom>."""
    B.marks(s)
    cell = base.ctx(s)
    g = gridsx13(s, cell)
    tabs = {k: '<div class="table-wrap">' + B.htable(v, 'class="amp-t"', lambda c: ("", esc(c.text))) + "</div>"
            for k, v in g.items()}
    body = B.article(s, tabs, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h2>{esc(t)}</h2>",
                     lambda t: f"<h1>{esc(t)}</h1>", lambda t: f'<p class="r">{esc(t)}</p>')
    canon = f"https://{s['host']}/xxgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}0120_3316.html"
    html = ('<!doctype html>\n<html ⚡ lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{esc(s['title'])}</title>\n<link rel=\"canonical\" href=\"{canon}\">\n"
            '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
            "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>\n"
            "<style amp-custom>.table-wrap{overflow-x:auto}.amp-t{border-collapse:collapse;font-size:12px}"
            ".amp-t td{border:1px solid #999;padding:2px}.r{text-align:right}</style>\n</head>\n<body>\n"
            f'<header><amp-img src="/images/logo.png" width="180" height="40" alt="{esc(s["site"])}"></amp-img></header>\n'
            f'<article>\n<div class="meta">{s["pub"]}　{esc(s["site"])}</div>\n{body}\n</article>\n'
            f'<footer>{esc(s["site"])}</footer>\n</body>\n</html>\n')
    return html.encode("utf-8")
