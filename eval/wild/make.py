#!/usr/bin/env python3
"""Builds the held-out 'wild' evaluation set: eval/wild/reports/* and eval/wild/gold/*.json.

Each file takes the real values of a corpus gold report (eval/corpus/gold), varied consistently, and
lays the report out as a real publisher would (Word/WPS export, CMS page, crawler dump, PDF-converter
Markdown, OCR, ruled/unruled PDF, DOCX …). The gold is derived from the text actually printed in each
cell, so it is exact by construction; validate.py checks it independently.

Run: .venv/bin/python eval/wild/make.py   (needs reportlab, python-docx, Pillow from the test extras).
Does not import the project's extractor or test generator: the set measures them."""

from __future__ import annotations

import html
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render_doc as RD  # noqa: E402
import render_html as RH  # noqa: E402
import render_text as RT  # noqa: E402
from layout import Spec, blocks, grid_t2, grid_t3, grid_t4, t4_split  # noqa: E402
from model import (  # noqa: E402
    _NUM,
    _SIGNED,
    COLS,
    T2_KEYS_2019,
    T2_KEYS_2021,
    T4_KEYS,
    A,
    base,
    expand,
    findings,
    read_cell,
    regroup_t3,
    t3_keys,
    t3_row_ok,
    t3_rows,
    t4_ok,
    unique_split,
    vary_t3,
    vary_t4,
)

REPORTS = HERE / "reports"
GOLD = HERE / "gold"

# ---------------------------------------------------------------- printing rules (value → printed text)


def show(values: dict, rule=None) -> dict:
    """Printed text of every cell: rule(key, value) → text, default str(value)."""
    rule = rule or (lambda k, v: str(v))
    return {k: rule(k, v) for k, v in values.items()}


def zero_as(text: str, keys=None):
    """Print 0 as text (blank, '/', '—' …) in the given keys (all when None)."""

    def rule(k, v):
        if v == 0 and (keys is None or k in keys or k.split(".")[0] in keys):
            return text
        return str(v)

    return rule


def zero_rows(t3: dict, template: str, rows: list[str]) -> list[str]:
    """Of the given rows, those that are all zero (a publisher may leave them blank)."""
    return [r for r in rows if all(t3[f"{r}.{c}"] == 0 for c in COLS)]


def all_zero_rows(t3: dict, template: str) -> list[str]:
    return [r for r, _, _ in t3_rows(template) if all(t3[f"{r}.{c}"] == 0 for c in COLS)]


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def t2_2021(reg=(0, 0, 0), norm=(0, 0, 0), lic=0, pen=0, coe=0, fee: float = 0) -> dict:
    return {
        "reg.made": reg[0],
        "reg.repealed": reg[1],
        "reg.valid": reg[2],
        "norm.made": norm[0],
        "norm.repealed": norm[1],
        "norm.valid": norm[2],
        "license.decisions": lic,
        "penalty.decisions": pen,
        "coercion.decisions": coe,
        "fee.amount_wan": fee,
    }


def t2_2019(reg, norm, lic, oth, pen, coe, fee, proc) -> dict:
    """GF2019 table 二 as printed strings (本年增/减 signed as the publisher wrote it)."""
    out = {
        "reg.new_made": reg[0],
        "reg.new_public": reg[1],
        "reg.total_public": reg[2],
        "norm.new_made": norm[0],
        "norm.new_public": norm[1],
        "norm.total_public": norm[2],
    }
    for name, v in (("license", lic), ("other_service", oth), ("penalty", pen), ("coercion", coe)):
        out[f"{name}.prev_items"], out[f"{name}.delta"], out[f"{name}.decisions"] = v
    out["fee.prev_items"], out["fee.delta"] = fee
    out["procurement.items"], out["procurement.amount"] = proc
    return {k: str(v) for k, v in out.items()}


# ---------------------------------------------------------------- gold


def gold_of(s: Spec, fmt_note: str) -> dict:
    recoverable = not s.tables_image and s.template != "LEGACY"
    g = {
        "id": s.id,
        "file": f"reports/{s.id}.{s.fmt}",
        "agency": s.agency,
        "region": s.region,
        "level": s.level,
        "year": s.year,
        "template": s.template,
        "tables_recoverable": recoverable,
        "family": s.family,
        "format": fmt_note,
        "t2": {},
        "t3": {},
        "t4": {},
        "placeholders": {},
    }
    if recoverable:
        keys = {
            "t2": T2_KEYS_2021 if s.template == "GF2021" else T2_KEYS_2019,
            "t3": [] if s.t3_statement else t3_keys(s.template),
            "t4": [] if s.t4_statement else T4_KEYS,
        }
        for t, ks in keys.items():
            printed = getattr(s, t)
            for k in ks:
                raw = printed[k]
                full = f"{t}.{k}"
                if full in s.glued_unsplit:
                    g[t][k] = None
                    g["placeholders"][full] = "glued: split not unique"
                    continue
                val = read_cell(raw)
                g[t][k] = val
                if val is None:
                    g["placeholders"][full] = raw
        if s.procurement_unit:
            g["placeholders"]["t2.procurement.amount_unit"] = s.procurement_unit
    g["findings"] = findings(s.template, g["t3"], g["t4"], g["placeholders"]) if recoverable else []
    statements = {}
    if s.t3_statement:
        statements["t3"] = s.t3_statement
    if s.t4_statement:
        statements["t4"] = s.t4_statement
    if statements:
        g["statements"] = statements
    g["special"] = s.special
    g["metrics"] = []
    g["qa"] = []
    return g


# ---------------------------------------------------------------- table widths per medium

W_WORD = {"t2": [148, 148, 148, 149], "t3": [40, 60, 150, 50, 50, 50, 54, 54, 44, 50], "t4": [40] * 15}
W_PDF = {"t2": [165, 110, 110, 110], "t3": [34, 52, 124, 40, 40, 40, 44, 44, 36, 41], "t4": [33] * 15}


def grids_of(s: Spec, t2v=None, t3v=None, t4v=None, split4=False):
    return {"t2": grid_t2(s, t2v), "t3": grid_t3(s, t3v), "t4": tuple(t4_split(s, t4v)) if split4 else grid_t4(s, t4v)}


# ---------------------------------------------------------------- renderers per family


def write(s: Spec, data: bytes | str, encoding="utf-8"):
    path = REPORTS / f"{s.id}.{s.fmt}"
    if isinstance(data, str):
        data = data.encode(encoding)
    path.write_bytes(data)


def r_word_html(s: Spec, rng, *, charset="gb2312", wps=False, t2v=None, t3v=None, br="br", sign=False, title=None):
    bl = blocks(s, rng, title=title, sign=sign)
    gr = grids_of(s, t2v, t3v)
    out = []
    for kind, val in bl:
        if kind == "title":
            out.append(RH.word_para(val, rng, center=True, bold=True, size="22.0pt", font="方正小标宋简体"))
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n")
        elif kind == "h1":
            out.append(RH.word_para(val, rng, font="黑体"))
        elif kind == "h2":
            out.append(RH.word_para(val, rng, font="楷体_GB2312"))
        elif kind in ("p", "stmt"):
            out.append(RH.word_para(val, rng))
        elif kind == "table":
            widths = (
                W_WORD[val]
                if val != "t3" or not (t3v or {}).get("subtotals")
                else [36, 56, 140, 46, 46, 46, 50, 50, 40, 42, 46]
            )
            out.append(RH.word_table(gr[val], rng, widths, br=br, wps=wps))
        elif kind == "sign":
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n")
            for line in val:
                out.append(
                    f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'>"
                    f"{RH.word_runs(line, rng, '16.0pt')}<span lang=EN-US><o:p></o:p></span></p>\n"
                )
    gen = "WPS Office" if wps else "Microsoft Word 15"
    text = RH.word_html(bl[0][1] or f"{s.year}年政府信息公开工作年度报告", "".join(out), charset=charset, generator=gen)
    write(s, text, "gb18030" if charset.lower().startswith("gb") else "utf-8")


def r_cms(
    s: Spec,
    rng,
    *,
    site,
    crumbs,
    meta,
    footer,
    charset="utf-8",
    th_rows=None,
    t2v=None,
    t3v=None,
    title=None,
    sign=False,
    blank="&nbsp;",
    images=None,
    site_sub="",
):
    bl = blocks(s, rng, title=title, sign=sign)
    gr = grids_of(s, t2v, t3v)
    body = []
    for kind, val in bl[1:]:
        if kind == "h1" or kind == "h2":
            body.append(f'<p style="text-indent:2em;"><strong>{html.escape(val)}</strong></p>')
        elif kind in ("p", "stmt"):
            body.append(f'<p style="text-indent:2em;">{html.escape(val)}</p>')
        elif kind == "sign":
            body.append("<p>&nbsp;</p>" + "".join(f'<p style="text-align:right;">{html.escape(x)}</p>' for x in val))
        elif kind == "img":
            assert images is not None, "an image block needs images="
            body.append(
                f'<p style="text-align:center;"><img src="{images[val]}" width="640" '
                f'alt="" border="0" style="max-width:100%;"></p>'
            )
        elif kind == "table":
            th = (th_rows or {}).get(val, 0)
            body.append('<div style="overflow-x:auto;">' + RH.cms_table(gr[val], blank=blank, th_rows=th) + "</div>")
    page = RH.cms_page(
        site=site,
        title=bl[0][1],
        crumbs=crumbs,
        meta=meta,
        body="\n".join(body),
        footer=footer,
        charset=charset,
        site_sub=site_sub,
    )
    write(s, page, "gb18030" if charset.lower().startswith("gb") else "utf-8")


def text_of_blocks(bl, table_fn, *, title_lines=None, indent="", stmt_prefix="") -> str:
    out = list(title_lines or [])
    for kind, val in bl:
        if kind == "title":
            if val:
                out.append(val)
        elif kind in ("h1", "h2"):
            out.append(indent + val)
        elif kind in ("p", "stmt"):
            out.append(indent + stmt_prefix * (kind == "stmt") + val)
        elif kind == "sign":
            out += [""] + list(val)
        elif kind == "table":
            out += table_fn(val)
    return "\n".join(out) + "\n"


def crawler_header(title, date, url, source=""):
    return [
        f"标题: {title}",
        f"发布时间: {date}",
        f"来源: {source}",
        f"原文链接: {url}",
        "=" * 20 + " 正文 " + "=" * 20,
    ]


def set_glued(s: Spec):
    """Record which glued rows have no unique split (value null in the gold, as in the corpus)."""
    t3p, t2p = s.t3, s.t2
    if not s.t3_statement:
        for r, _, _ in t3_rows(s.template):
            cells = [t3p[f"{r}.{c}"] for c in COLS]
            if all(x == "" for x in cells):
                continue
            assert all(x != "" for x in cells), f"{s.id}: partly blank glued row {r}"
            if not unique_split("".join(cells), [_NUM] * 7, t3_row_ok):
                for c in COLS:
                    s.glued_unsplit[f"t3.{r}.{c}"] = True
    if not s.t4_statement:
        cells = [s.t4[k] for k in T4_KEYS]
        if not unique_split("".join(cells), [_NUM] * 15, t4_ok):
            for k in T4_KEYS:
                s.glued_unsplit[f"t4.{k}"] = True
    if s.template == "GF2021":
        rows = [["reg.made", "reg.repealed", "reg.valid"], ["norm.made", "norm.repealed", "norm.valid"]]
        pats = [[_NUM] * 3] * 2
    else:
        rows = [
            ["reg.new_made", "reg.new_public", "reg.total_public"],
            ["norm.new_made", "norm.new_public", "norm.total_public"],
        ]
        rows += [
            [f"{n}.prev_items", f"{n}.delta", f"{n}.decisions"]
            for n in ("license", "other_service", "penalty", "coercion")
        ]
        rows += [["fee.prev_items", "fee.delta"], ["procurement.items", "procurement.amount"]]
        pats = [[_NUM] * 3] * 2 + [[_NUM, _SIGNED, _NUM]] * 4 + [[_NUM, _SIGNED], [_NUM, r"\d+(?:\.\d+)?(?:万元|元)?"]]
    for keys, pat in zip(rows, pats):
        txt = "".join(t2p[k] for k in keys)
        if any(t2p[k] == "" for k in keys):
            continue
        if not unique_split(txt, pat):
            for k in keys:
                s.glued_unsplit[f"t2.{k}"] = True


# ---------------------------------------------------------------- the set

SPECS: list[tuple[dict, Callable]] = []  # (the spec's keywords, the function that writes it)


def spec(**kw):
    def deco(fn):
        SPECS.append((kw, fn))
        return fn

    return deco


def new_spec(kw) -> Spec:
    return Spec(**{k: v for k, v in kw.items() if k in Spec.__dataclass_fields__})


def t3_from(base_id, template, seed, steps, max_d=4, cols_w=(8, 3, 1, 1, 1, 1)):
    b = base(base_id)
    t3 = regroup_t3(b["t3"], template)
    return vary_t3(t3, template, random.Random(seed), steps, max_d, cols_w), b


def glued_ok(t3: dict, template: str, t4: dict | None) -> bool:
    """Every table-三 row (under 总计 = sum) and table 四 (under H5) splits one way only when glued."""
    for r, _, _ in t3_rows(template):
        if not unique_split("".join(str(t3[f"{r}.{c}"]) for c in COLS), [_NUM] * 7, t3_row_ok):
            return False
    return t4 is None or unique_split("".join(str(t4[k]) for k in T4_KEYS), [_NUM] * 15, t4_ok)


def t3_glued_from(base_id, template, seed, steps, max_d=4, t4_steps=0, with_t4=True):
    """Real values varied until the glued rows read one way only (the next seeds are tried in turn)."""
    for k in range(200):
        t3, b = t3_from(base_id, template, seed + k, steps, max_d)
        t4 = vary_t4(b["t4"], random.Random(seed + k), t4_steps)
        if glued_ok(t3, template, t4 if with_t4 else None):
            return t3, t4
    raise RuntimeError("no uniquely glued variation")


# ---- Word / WPS HTML -------------------------------------------------------------------------------


@spec(
    id="w21-ningling-zrzy-2022",
    family="word-html",
    fmt="html",
    template="GF2021",
    year=2022,
    agency="宁陵县自然资源局",
    region="河南省商丘市宁陵县",
    level="县级部门",
    special="Word 'save as web page' (charset gb2312): MsoNormalTable, text split over spans, blank cells "
    "<o:p>&nbsp;</o:p> for untouched rows, multi-digit numbers split over two spans, <br> in header "
    "cells, supportMisalignedColumns row; 规章 cells '/'.",
)
def _(s: Spec, rng):
    t3, b = t3_from("ankang-2022", "GF2021", 11, 7)
    blanks = zero_rows(t3, "GF2021", [f"r3_{i}" for i in range(1, 9)] + ["r5_3", "r5_4", "r5_5", "r6_2"])
    s.t3 = show(t3, zero_as("", blanks))
    s.t4 = show(vary_t4(b["t4"], rng, 2))
    s.t2 = show(t2_2021(norm=(3, 1, 17), lic=412, pen=38, coe=2, fee=1265.3), zero_as("/", ["reg"]))
    s.website, s.self_ref = "宁陵县人民政府网站“政府信息公开”专栏", "我局"
    s.contact = "宁陵县自然资源局办公室（地址：宁陵县华堂路66号，电话：0370-7812306）"
    r_word_html(
        s,
        rng,
        t2v={"made_h": "本年制发|件数"},
        t3v={
            "col_labels": {"biz": "商业|企业", "sci": "科研|机构", "npo": "社会公益|组织", "law": "法律服务|机构"},
            "br": "|",
        },
        br="br",
    )


@spec(
    id="w21-jincheng-sthj-2023",
    family="word-html",
    fmt="html",
    template="GF2021",
    year=2023,
    agency="晋城市生态环境局",
    region="山西省晋城市",
    level="市级部门",
    special="Word HTML (utf-8); title names no agency, the report says 「本局」 throughout; the agency appears "
    "only in the signature block with the date at the end. Header cells broken as separate <p>.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2023", "GF2021", 21, 6)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = show(t2_2021(norm=(2, 4, 26), lic=1836, pen=214, coe=31, fee=0))
    s.self_ref, s.website = "本局", "本局门户网站"
    s.pub_date = "2024年1月26日"
    s.contact = "本局办公室（电话：0356-2196021）"
    r_word_html(
        s,
        rng,
        charset="utf-8",
        title=f"{s.year}年政府信息公开工作年度报告",
        sign=True,
        br="p",
        t3v={"col_labels": {"npo": "社会公益|组织", "law": "法律服务|机构"}},
    )


@spec(
    id="wps21-chuzhou-scjg-2021",
    family="wps-html-subtotals",
    fmt="html",
    template="GF2021",
    year=2021,
    agency="滁州市市场监督管理局",
    region="安徽省滁州市",
    level="市级部门",
    special="WPS export (MsoTableGrid); vendor variant of table 三 with a 法人或其他组织「小计」 column and "
    "「小计」 rows under （三）（四）（五）（六） (all consistent, H4 holds); 本年收费金额 with decimals.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2021", "GF2021", 31, 5)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(9, 3, 64), lic=15872, pen=1093, coe=77, fee=36.82))
    s.self_ref, s.website = "市市场监管局", "滁州市人民政府网站"
    r_word_html(s, rng, charset="utf-8", wps=True, t3v={"subtotals": True})


@spec(
    id="w19-wuhu-cgj-2020",
    family="word-html",
    fmt="html",
    template="GF2019",
    year=2020,
    agency="芜湖市镜湖区城市管理局",
    region="安徽省芜湖市镜湖区",
    level="县级部门",
    special="Word HTML (gb2312), GF2019 table 二 with signed 本年增/减 (+2, -1, 0) and 政府集中采购 amount "
    "printed with unit 「万元」; header cells with <br>.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2019", "GF2019", 41, 5)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = t2_2019(
        (0, 0, 0), (2, 2, 11), (14, "+2", 326), (6, "-1", 58), (23, "0", 187), (5, "0", 9), (3, "-1"), (4, "86.35万元")
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "区城管局", "镜湖区人民政府网站"
    r_word_html(s, rng, t2v={"br": "|"}, br="br")


# ---- CMS HTML ----------------------------------------------------------------------------------------

FOOT = (
    '<p>主办单位：{host}　承办单位：{under}</p><p>网站标识码：{code}　<a href="https://beian.miit.gov.cn">{icp}</a>'
    '　<img src="/images/jgbs.png" alt="党政机关"></p><p>地址：{addr}　联系电话：{tel}</p>'
)


@spec(
    id="cms21-fengze-jyj-2022",
    family="cms-html",
    fmt="html",
    template="GF2021",
    year=2022,
    agency="泉州市丰泽区教育局",
    region="福建省泉州市丰泽区",
    level="县级部门",
    special="CMS article page: nav, breadcrumb 「当前位置：首页 > 政务公开 > …」, meta line, share buttons, footer "
    "naming the site's host (区政府办公室); tables with inline styles; all-zero rows of （三）（五） "
    "printed as &nbsp;.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2022", "GF2021", 51, 6)
    blanks = zero_rows(t3, "GF2021", [f"r3_{i}" for i in range(1, 9)] + [f"r5_{i}" for i in range(1, 6)])
    s.t3 = show(t3, zero_as("", blanks))
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = show(t2_2021(norm=(4, 2, 39), lic=126, pen=3, coe=0, fee=0))
    s.self_ref, s.website = "我局", "丰泽区人民政府网站"
    r_cms(
        s,
        rng,
        site="泉州市丰泽区人民政府",
        crumbs=["首页", "政务公开", "政府信息公开", "政府信息公开年报"],
        meta='发布时间：2023-01-18 09:32　来源：区教育局　浏览次数：<span id="hits">326</span>',
        footer=FOOT.format(
            host="泉州市丰泽区人民政府办公室",
            under="丰泽区融媒体中心",
            code="3505030001",
            icp="闽ICP备05026137号",
            addr="泉州市丰泽区东海街道丰海路",
            tel="0595-22507800",
        ),
    )


@spec(
    id="cms21-ganzhou-office-2021",
    family="cms-html-gbk",
    fmt="html",
    template="GF2021",
    year=2021,
    agency="赣州市人民政府办公室",
    region="江西省赣州市",
    level="市级部门",
    special="CMS page encoded GBK (meta charset gb2312); the title says only 「市政府办公室2021年…」 and the text "
    "「市政府办公室」: the place is named by the site (赣州市人民政府) and the breadcrumb; header rows in "
    "<thead><th>.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2021", "GF2021", 61, 4)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(reg=(2, 0, 41), norm=(6, 9, 118), lic=0, pen=0, coe=0, fee=0))
    s.self_ref, s.website = "市政府办公室", "市政府门户网站"
    s.extra["sign_name"] = "市政府办公室"
    r_cms(
        s,
        rng,
        site="赣州市人民政府",
        charset="gb2312",
        title=f"市政府办公室{s.year}年政府信息公开工作年度报告",
        crumbs=["首页", "政务公开", "法定主动公开内容", "政府信息公开年度报告", "市政府部门"],
        meta="信息来源：市政府办公室　发布日期：2022-01-27　【我要打印】",
        footer=FOOT.format(
            host="赣州市人民政府办公室",
            under="赣州市信息中心",
            code="3607000001",
            icp="赣ICP备05004325号",
            addr="赣州市章贡区长征大道1号",
            tel="0797-8399200",
        ),
        th_rows={"t3": 3, "t4": 3},
    )


@spec(
    id="cms21-jianyang-nync-2023",
    family="tables-as-images",
    fmt="html",
    template="GF2021",
    year=2023,
    agency="南平市建阳区农业农村局",
    region="福建省南平市建阳区",
    level="县级部门",
    special="CMS page whose three tables were pasted as pictures (<img>): headings present, no table data.",
)
def _(s: Spec, rng):
    t3, b = t3_from("ankang-2022", "GF2021", 71, 3)
    s.t3, s.t4 = show(t3), show(b["t4"])
    s.t2 = show(t2_2021(norm=(1, 0, 12), lic=233, pen=17, coe=0, fee=0))
    s.tables_image = True
    s.self_ref, s.website = "我局", "建阳区人民政府网站"
    r_cms(
        s,
        rng,
        site="南平市建阳区人民政府",
        crumbs=["首页", "信息公开", "政府信息公开年报", "部门年报"],
        meta="发布时间：2024-01-24 16:05　信息来源：区农业农村局",
        footer=FOOT.format(
            host="南平市建阳区人民政府办公室",
            under="建阳区融媒体中心",
            code="3507840001",
            icp="闽ICP备11005522号",
            addr="南平市建阳区潭城街道",
            tel="0599-5821530",
        ),
        images={
            "t2": "/uploadfiles/202401/24/2024012416052317101.png",
            "t3": "/uploadfiles/202401/24/2024012416052381433.png",
            "t4": "/uploadfiles/202401/24/2024012416052398264.png",
        },
    )


@spec(
    id="cms21-fenshui-town-2022",
    family="statement-instead-of-table",
    fmt="html",
    template="GF2021",
    year=2022,
    agency="桐庐县分水镇人民政府",
    region="浙江省杭州市桐庐县分水镇",
    level="乡镇",
    special="Township CMS page: table 二 printed ('/' for 规章, 行政许可 and 行政事业性收费), table 三 replaced by "
    "「本年度未收到政府信息公开申请」, table 四 by 「未发生…行政复议、行政诉讼案件」.",
)
def _(s: Spec, rng):
    s.t2 = {
        "reg.made": "/",
        "reg.repealed": "/",
        "reg.valid": "/",
        "norm.made": "0",
        "norm.repealed": "0",
        "norm.valid": "3",
        "license.decisions": "/",
        "penalty.decisions": "12",
        "coercion.decisions": "0",
        "fee.amount_wan": "/",
    }
    s.t3_statement = "本年度未收到政府信息公开申请。"
    s.t4_statement = "本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。"
    s.self_ref, s.website = "分水镇", "桐庐县人民政府门户网站分水镇专栏"
    r_cms(
        s,
        rng,
        site="桐庐县人民政府",
        crumbs=["首页", "政府信息公开", "乡镇街道", "分水镇", "年度报告"],
        meta="发布日期：2023-01-30　信息来源：分水镇人民政府　访问量：112",
        footer=FOOT.format(
            host="桐庐县人民政府办公室",
            under="桐庐县大数据发展中心",
            code="3301220001",
            icp="浙ICP备05018640号",
            addr="桐庐县城迎春南路278号",
            tel="0571-64210000",
        ),
    )


@spec(
    id="cms21-wujiang-kjj-2024",
    family="cms-html-defect",
    fmt="html",
    template="GF2021",
    year=2024,
    agency="苏州市吴江区科学技术局",
    region="江苏省苏州市吴江区",
    level="县级部门",
    special="CMS page with <thead>/<th>; a real defect reproduced: the 总计 of row （四）1 is one too many, "
    "so H2 breaks on that row and H3 on the 总计 column (H1 holds: （七）总计 printed right).",
)
def _(s: Spec, rng):
    t3, b = t3_from("shanghai-kewei-2024", "GF2021", 81, 3)
    pr = show(t3)
    pr["r4_1.tot"] = str(t3["r4_1.tot"] + 1)
    s.t3 = pr
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(5, 0, 21), lic=64, pen=2, coe=0, fee=0))
    s.self_ref, s.website = "区科技局", "吴江区人民政府网站"
    r_cms(
        s,
        rng,
        site="苏州市吴江区人民政府",
        crumbs=["首页", "政务公开", "政府信息公开年报", "区级部门"],
        meta="发布时间：2025-01-21　来源：区科技局",
        footer=FOOT.format(
            host="苏州市吴江区人民政府办公室",
            under="吴江区大数据管理中心",
            code="3205090001",
            icp="苏ICP备10211540号",
            addr="苏州市吴江区中山南路1979号",
            tel="0512-63982000",
        ),
        th_rows={"t2": 0, "t3": 3, "t4": 3},
    )


@spec(
    id="cms19-changning-2019",
    family="cms-html",
    fmt="html",
    template="GF2019",
    year=2019,
    agency="上海市长宁区人民政府",
    region="上海市长宁区",
    level="县级政府",
    special="CMS page, GF2019: headers broken with <br/> (本年新<br/>制作数量), 政府集中采购 amount in 「元」, "
    "zero applicant cells left blank (&nbsp;) while 总计 is printed.",
)
def _(s: Spec, rng):
    b = base("shanghai-office-2019")
    t3 = vary_t3(b["t3"], "GF2019", random.Random(91), 8, 6)
    s.t3 = show(t3, zero_as("", [f"{r}.{c}" for r, _, _ in t3_rows("GF2019") for c in A]))
    s.t4 = show(vary_t4(b["t4"], rng, 2))
    s.t2 = t2_2019(
        (0, 0, 0), (21, 21, 196), (0, "0", 0), (0, "0", 0), (0, "0", 0), (0, "0", 0), (0, "0"), (11, "3863000元")
    )
    s.procurement_unit = "元"
    s.self_ref, s.website = "区政府", "“上海长宁”门户网站"
    r_cms(
        s,
        rng,
        site="上海长宁",
        crumbs=["首页", "政务公开", "政府信息公开", "年度报告"],
        meta="发布日期：2020-03-30　来源：长宁区人民政府办公室",
        footer=FOOT.format(
            host="上海市长宁区人民政府办公室",
            under="长宁区大数据中心",
            code="3101050001",
            icp="沪ICP备11038101号",
            addr="上海市长宁区愚园路1320号",
            tel="021-22050000",
        ),
        t2v={"br": "|"},
    )


LABEL_VARIANTS = {
    "1.属于国家秘密": "1. 属于国家秘密",
    "2.其他法律行政法规禁止公开": "2. 其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”": '3. 危及"三安全一稳定"',
    "4.保护第三方合法权益": "4. 保护第三方合法权益",
    "5.属于三类内部事务信息": "5. 属于三类内部事务信息",
    "6.属于四类过程性信息": "6. 属于四类过程性信息",
    "7.属于行政执法案卷": "7. 属于行政执法案卷",
    "8.属于行政查询事项": "8. 属于行政查询事项",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "(二)部分公开(区分处理的,只计这一情形,不计其他情形)",
    "（一）予以公开": "(一)予以公开",
    "（三）不予公开": "(三)不予公开",
    "（四）无法提供": "(四)无法提供",
    "（五）不予处理": "(五)不予处理",
    "（六）其他处理": "(六)其他处理",
    "（七）总计": "(七)总计",
}


@spec(
    id="cms21-sanshui-variants-2022",
    family="cms-html-label-variants",
    fmt="html",
    template="GF2021",
    year=2022,
    agency="佛山市三水区发展和改革局",
    region="广东省佛山市三水区",
    level="县级部门",
    special="Site-cluster CMS page (<p> inside every cell, width attributes): label variants — half-width "
    'brackets and commas, 「1. 属于国家秘密」 with a space, straight quotes in 危及"三安全一稳定", '
    "「法人或其它组织」, a half-width H1 note, table 四 with a 「案件数量」 row label. A real defect "
    "reproduced: 结转下年度 自然人 printed one too many (H1 breaks on np, H2 on that row).",
)
def _(s: Spec, rng):
    t3, b = t3_from("ankang-2022", "GF2021", 351, 5)
    pr = show(t3)
    pr["carry_out.np"] = str(t3["carry_out.np"] + 1)
    s.t3 = pr
    s.t4 = show(vary_t4(b["t4"], rng, 2))
    s.t2 = show(t2_2021(norm=(5, 3, 41), lic=806, pen=0, coe=0, fee=0))
    s.self_ref, s.website = "区发展改革局", "三水区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(
        s,
        t3v={
            "labels": LABEL_VARIANTS,
            "legal": "法人或其它组织",
            "note": "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)",
        },
        t4v={"row_label": "案件数量"},
    )
    body = []
    for kind, val in bl[1:]:
        if kind in ("h1", "h2"):
            body.append(f'<p class="MsoNormal" style="text-indent:2em"><b>{html.escape(val)}</b></p>')
        elif kind in ("p", "stmt"):
            body.append(f'<p class="MsoNormal" style="text-indent:2em">{html.escape(val)}</p>')
        elif kind == "table":
            w = {"t2": [160, 120, 120, 120], "t3": [40, 70, 160, 50, 50, 50, 55, 55, 40, 50], "t4": [50] + [40] * 15}[
                val
            ]
            body.append(RH.cms_table(gr[val], blank="", wrap_p=True, widths=w))
    page = RH.cms_page(
        site="佛山市三水区人民政府",
        title=bl[0][1],
        crumbs=["首页", "政务公开", "政府信息公开", "政府信息公开年报", "区直部门"],
        meta="发布日期：2023-01-16　来源：三水区发展和改革局　【字号 大 中 小】",
        body="\n".join(body),
        footer=FOOT.format(
            host="佛山市三水区人民政府办公室",
            under="三水区政务服务数据管理局",
            code="4406070001",
            icp="粤ICP备05060315号",
            addr="佛山市三水区西南街道广海大道中",
            tel="0757-87780000",
        ),
    )
    write(s, page)


@spec(
    id="txt21-nanhai-gbk-2023",
    family="text-gbk",
    fmt="txt",
    template="GF2021",
    year=2023,
    agency="佛山市南海区教育局",
    region="广东省佛山市南海区",
    level="县级部门",
    special="Text saved by a Windows tool in GB18030 with CRLF line ends; each table row on one line, cells "
    "separated by two or more spaces (a page printed to text); 规章 cells '/'.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2023", "GF2021", 361, 8, 5)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 2))
    s.t2 = show(t2_2021(norm=(6, 2, 48), lic=1493, pen=12, coe=0, fee=0), zero_as("/", ["reg"]))
    s.self_ref, s.website = "区教育局", "南海区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)
    text = text_of_blocks(bl, lambda t: [line.replace(" ", "    ") for line in RT.table_spaced(gr[t])])
    write(s, text.replace("\n", "\r\n"), "gb18030")


@spec(
    id="html-legacy-jinan-2017",
    family="legacy",
    fmt="html",
    template="LEGACY",
    year=2017,
    agency="六安市金安区人民政府办公室",
    region="安徽省六安市金安区",
    level="县级部门",
    special="Pre-2019 report (old 条例): free narrative and a 「政府信息公开情况统计表」 (统计指标/单位/统计数).",
)
def _(s: Spec, rng):
    rows = [
        ("一、主动公开情况", "", ""),
        ("（一）主动公开政府信息数", "条", "1286"),
        ("其中：主动公开规范性文件数", "条", "14"),
        ("二、回应解读情况", "", ""),
        ("（一）回应公众关注热点或重大舆情数", "次", "6"),
        ("三、依申请公开情况", "", ""),
        ("（一）收到申请数", "件", "23"),
        ("（二）申请办结数", "件", "23"),
        ("1.按时办结数", "件", "23"),
        ("四、行政复议数量", "件", "0"),
        ("五、行政诉讼数量", "件", "1"),
        ("六、举报投诉数量", "件", "0"),
        ("七、依申请公开信息收取的费用", "万元", "0"),
        ("八、机构建设和保障经费情况", "", ""),
        ("（一）政府信息公开工作专门机构数", "个", "1"),
        ("（二）从事政府信息公开工作人员数", "人", "3"),
    ]
    tab = [
        '<table border="1" cellspacing="0" style="border-collapse:collapse;width:90%;">',
        "<tr><td><b>统计指标</b></td><td><b>单位</b></td><td><b>统计数</b></td></tr>",
    ]
    tab += [f"<tr><td>{a}</td><td>{u}</td><td>{n or '&nbsp;'}</td></tr>" for a, u, n in rows]
    tab.append("</table>")
    body = (
        f"<p>根据《中华人民共和国政府信息公开条例》规定，现公布{s.agency}{s.year}年政府信息公开工作年度报告。本报告由概述、"
        "主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼情况、"
        "存在的主要问题和改进措施等部分组成。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。</p>"
        "<p><strong>一、概述</strong></p><p>2017年，区政府办公室认真贯彻落实《条例》，全年主动公开政府信息1286条。</p>"
        "<p><strong>二、依申请公开政府信息情况</strong></p><p>全年共受理政府信息公开申请23件，全部按时办结。</p>"
        "<p><strong>三、政府信息公开的收费及减免情况</strong></p><p>未收取任何费用。</p>"
        "<p><strong>四、因政府信息公开申请行政复议、提起行政诉讼情况</strong></p><p>全年发生行政诉讼1件，无行政复议。</p>"
        "<p><strong>五、存在的主要问题和改进措施</strong></p><p>公开内容的深度和广度有待进一步拓展。</p>"
        "<p><strong>附表：政府信息公开情况统计表</strong></p>" + "".join(tab)
    )
    page = RH.cms_page(
        site="六安市金安区人民政府",
        title=f"{s.agency}{s.year}年政府信息公开工作年度报告",
        crumbs=["首页", "信息公开", "政府信息公开年报"],
        meta="发布时间：2018-03-28",
        body=body,
        footer=FOOT.format(
            host="六安市金安区人民政府办公室",
            under="金安区信息中心",
            code="3415020001",
            icp="皖ICP备09005432号",
            addr="六安市金安区梅山南路",
            tel="0564-3371234",
        ),
    )
    write(s, page)


# ---- plain text ------------------------------------------------------------------------------------


@spec(
    id="txt21-hanjiang-glued-2022",
    family="crawler-glued",
    fmt="txt",
    template="GF2021",
    year=2022,
    agency="莆田市涵江区人民政府",
    region="福建省莆田市涵江区",
    level="县级政府",
    special="Crawler text dump (标题/发布时间/原文链接 header), whitespace stripped so table cells glue "
    "together; rows the publisher left blank come out as a label directly followed by the next "
    "label; rows whose digits split in more than one way (under 总计 = sum) are null in the gold.",
)
def _(s: Spec, rng):
    t3, t4 = t3_glued_from("ankang-2022", "GF2021", 101, 8, 3, t4_steps=2)
    blanks = zero_rows(t3, "GF2021", ["r3_2", "r3_3", "r5_4", "r6_2"])
    s.t3 = show(t3, zero_as("", blanks))
    s.t4 = show(t4)
    s.t2 = show(t2_2021(norm=(11, 6, 87), lic=3927, pen=412, coe=18, fee=2305.77))
    s.self_ref, s.website = "涵江区", "涵江区人民政府网站"
    set_glued(s)
    bl = blocks(s, rng)
    gr = grids_of(s)
    text = text_of_blocks(bl, lambda t: [RT.table_glued(gr[t])])
    text = "".join(text.split())  # the scraper dropped every whitespace character
    head = crawler_header(
        bl[0][1], "2023-01-19 10:22", "http://www.hanjiang.gov.cn/xxgk/zfxxgkzl/zfxxgknb/202301/t20230119_1874521.htm"
    )
    write(s, "\n".join(head) + "\n" + text + "\n")


@spec(
    id="txt21-lianchi-lines-2023",
    family="crawler-lines",
    fmt="txt",
    template="GF2021",
    year=2023,
    agency="保定市莲池区卫生健康局",
    region="河北省保定市莲池区",
    level="县级部门",
    special="One cell per line (browser copy), blank applicant cells as empty lines while 总计 is printed; "
    "CRLF line ends.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2023", "GF2021", 111, 5)
    s.t3 = show(t3, zero_as("", [f"{r}.{c}" for r, _, _ in t3_rows("GF2021") for c in A]))
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = show(t2_2021(norm=(0, 2, 7), lic=688, pen=45, coe=3, fee=0.6))
    s.self_ref, s.website = "区卫健局", "莲池区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)
    text = text_of_blocks(bl, lambda t: RT.table_lines(gr[t]), indent="　　")
    write(s, text.replace("\n", "\r\n"))


@spec(
    id="txt21-zhuzhou-tsv-2021",
    family="tab-separated",
    fmt="txt",
    template="GF2021",
    year=2021,
    agency="株洲市统计局",
    region="湖南省株洲市",
    level="市级部门",
    special="Tables as tab-separated rows (copied from WPS), merged areas as empty fields; the title names no "
    "agency: it is stated only in 「本报告由株洲市统计局编制」.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2021", "GF2021", 121, 3)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(1, 0, 6), lic=0, pen=4, coe=0, fee=0))
    s.self_ref, s.website = "本局", "株洲市统计局网站"
    s.extra.update(compiled_by="", preamble_who="株洲市统计局")
    bl = blocks(s, rng, title=f"{s.year}年政府信息公开工作年度报告")
    gr = grids_of(s)
    write(s, text_of_blocks(bl, lambda t: RT.table_tsv(gr[t])))


@spec(
    id="txt21-dongpo-spaced-2024",
    family="crawler-spaced",
    fmt="txt",
    template="GF2021",
    year=2024,
    agency="眉山市东坡区司法局",
    region="四川省眉山市东坡区",
    level="县级部门",
    special="Crawler dump with a header block; each table row on one line, its cells separated by single "
    "spaces (multi-row headers come out as separate short lines).",
)
def _(s: Spec, rng):
    t3, b = t3_from("shanghai-kewei-2024", "GF2021", 131, 6)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 3))
    s.t2 = show(t2_2021(norm=(2, 1, 15), lic=5, pen=0, coe=0, fee=0))
    s.self_ref, s.website = "区司法局", "东坡区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)
    head = crawler_header(
        bl[0][1], "2025-01-17 15:40", "https://www.dpq.gov.cn/xxgk/ndbg/202501/t20250117_9921.html", "东坡区司法局"
    )
    write(s, "\n".join(head) + "\n" + text_of_blocks(bl, lambda t: RT.table_spaced(gr[t])))


@spec(
    id="txt21-beihu-glued-t4stmt-2023",
    family="crawler-glued",
    fmt="txt",
    template="GF2021",
    year=2023,
    agency="郴州市北湖区医疗保障局",
    region="湖南省郴州市北湖区",
    level="县级部门",
    special="Glued crawler text (cells and paragraphs run together on one line); table 四 replaced by a "
    "sentence 「本年度未发生…行政复议、行政诉讼案件」.",
)
def _(s: Spec, rng):
    t3, _ = t3_glued_from("hebei-edu-2023", "GF2021", 141, 2, 2, with_t4=False)
    s.t3 = show(t3)
    s.t4_statement = "本年度本机关未发生涉及政府信息公开的行政复议、行政诉讼案件。"
    s.t2 = show(t2_2021(norm=(1, 0, 4), lic=0, pen=6, coe=0, fee=0))
    s.self_ref, s.website = "区医保局", "北湖区人民政府网站"
    set_glued(s)
    bl = blocks(s, rng)
    gr = grids_of(s)
    text = text_of_blocks(bl, lambda t: [RT.table_glued(gr[t])])
    write(s, "　　".join(x.strip() for x in text.splitlines()) + "\n")


@spec(
    id="txt19-nanan-lines-2020",
    family="crawler-lines",
    fmt="txt",
    template="GF2019",
    year=2020,
    agency="南安市人民政府",
    region="福建省泉州市南安市",
    level="县级政府",
    special="GF2019 (2020 report), one cell per line, signed 本年增/减 (+35, -12), 采购总金额 in 万元.",
)
def _(s: Spec, rng):
    b = base("hongze-2023")
    t3 = vary_t3(regroup_t3(b["t3"], "GF2019"), "GF2019", random.Random(151), 9, 5)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 0))
    s.t2 = t2_2019(
        (0, 0, 0),
        (17, 17, 153),
        (1021, "+35", 48213),
        (266, "-12", 9310),
        (398, "+4", 2716),
        (61, "0", 143),
        (42, "-3"),
        (57, "4318.62万元"),
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "市政府", "南安市人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)
    write(s, text_of_blocks(bl, lambda t: RT.table_lines(gr[t])))


@spec(
    id="txt19-fuqing-glued-2019",
    family="crawler-glued",
    fmt="txt",
    template="GF2019",
    year=2019,
    agency="福清市交通运输局",
    region="福建省福州市福清市",
    level="县级部门",
    special="GF2019 glued crawler dump: table 二 rows with signed deltas run together — rows with more than one "
    "reading are null in the gold ('glued: split not unique'), as in the corpus.",
)
def _(s: Spec, rng):
    t3, t4 = t3_glued_from("pingtan-2019", "GF2019", 161, 4)
    s.t3 = show(t3)
    s.t4 = show(t4)
    s.t2 = t2_2019(
        (0, 0, 0), (1, 1, 9), (12, "+1", 5306), (3, "0", 214), (7, "-1", 96), (2, "0", 4), (0, "0"), (2, "38.5万元")
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "我局", "福清市人民政府网站"
    set_glued(s)
    bl = blocks(s, rng)
    gr = grids_of(s)
    text = text_of_blocks(bl, lambda t: [RT.table_glued(gr[t])])
    head = crawler_header(
        bl[0][1], "2020-01-21", "http://www.fuqing.gov.cn/xjwz/zwgk/xxgkml/ndbg/202001/t20200121_3161209.htm"
    )
    write(s, "\n".join(head) + "\n" + "".join(text.split()) + "\n")


@spec(
    id="txt19-lingcheng-tsv-2020",
    family="tab-separated",
    fmt="txt",
    template="GF2019",
    year=2020,
    agency="德州市陵城区农业农村局",
    region="山东省德州市陵城区",
    level="县级部门",
    special="GF2019 tab-separated tables; the agency is named only in the signature block at the end "
    "(title and text say 「本局」).",
)
def _(s: Spec, rng):
    t3, b = t3_from("hongze-2023", "GF2019", 171, 4)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = t2_2019(
        (0, 0, 0), (0, 0, 2), (19, "+3", 402), (0, "0", 0), (11, "0", 57), (4, "0", 2), (0, "0"), (6, "112.4万元")
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "本局", "陵城区人民政府网站"
    s.pub_date = "2021年1月29日"
    bl = blocks(s, rng, title=f"{s.year}年度政府信息公开工作年度报告", sign=True)
    gr = grids_of(s)
    write(s, text_of_blocks(bl, lambda t: RT.table_tsv(gr[t])))


@spec(
    id="txt-legacy-jinjiang-2018",
    family="legacy",
    fmt="txt",
    template="LEGACY",
    year=2018,
    agency="晋江市人民政府",
    region="福建省泉州市晋江市",
    level="县级政府",
    special="2018 report on the old 条例: narrative plus 统计表 (统计指标 单位 统计数), no GF tables.",
)
def _(s: Spec, rng):
    lines = [
        f"{s.agency}2018年政府信息公开工作年度报告",
        "本报告是根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由晋江市人民政府办公室编制的2018年度政府信息公开年度报告。"
        "全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，因政府信息公开申请提起行政复议、"
        "行政诉讼的情况，政府信息公开工作存在的主要问题及改进情况等。本年度报告中使用数据统计期限为2018年1月1日至2018年12月31日。",
        "一、概述",
        "2018年，我市深入贯彻落实《条例》，全年主动公开政府信息6517条。",
        "二、主动公开政府信息情况",
        "全年在市政府门户网站主动公开政府信息6517条，其中规范性文件21件。",
        "三、依申请公开政府信息情况",
        "全年共受理政府信息公开申请167件，已全部答复。",
        "四、政府信息公开的收费及减免情况",
        "未收取任何费用。",
        "五、因政府信息公开申请行政复议、提起行政诉讼情况",
        "全年发生行政复议4件、行政诉讼2件。",
        "六、存在的主要问题及改进情况",
        "部分单位公开意识有待加强。",
        "附件",
        "政府信息公开情况统计表（2018年度）",
        "统计指标\t单位\t统计数",
        "一、主动公开情况\t\t",
        "（一）主动公开政府信息数\t条\t6517",
        "其中：主动公开规范性文件数\t条\t21",
        "二、回应解读情况\t\t",
        "（一）回应公众关注热点或重大舆情数\t次\t12",
        "三、依申请公开情况\t\t",
        "（一）收到申请数\t件\t167",
        "（二）申请办结数\t件\t167",
        "1.按时办结数\t件\t167",
        "四、行政复议数量\t件\t4",
        "五、行政诉讼数量\t件\t2",
        "六、举报投诉数量\t件\t0",
        "七、依申请公开信息收取的费用\t万元\t0",
    ]
    write(s, "\n".join(lines) + "\n")


# ---- Markdown from converters ------------------------------------------------------------------------


def md_blocks(bl, table_fn, *, title_fmt="# {}", h1_fmt="## {}", bold_h2=False, debris=()):
    out = []
    for kind, val in bl:
        if kind == "title":
            out += [title_fmt.format(val), ""]
        elif kind == "h1":
            out += [h1_fmt.format(val), ""]
        elif kind == "h2":
            out += [(f"**{val}**" if bold_h2 else val), ""]
        elif kind in ("p", "stmt"):
            out += [val, ""]
        elif kind == "sign":
            out += list(val) + [""]
        elif kind == "img":
            out += [f"![](images/{table_fn(kind, val)})", ""]
        elif kind == "table":
            out += table_fn(kind, val) + [""]
        for d in debris:
            if d[0] == (kind, val):
                out += d[1]
    return "\n".join(out)


@spec(
    id="md21-kecheng-t4split-2022",
    family="md-pdf-converter",
    fmt="md",
    template="GF2021",
    year=2022,
    agency="衢州市柯城区住房和城乡建设局",
    region="浙江省衢州市柯城区",
    level="县级部门",
    special="Markdown from a PDF converter: pipe tables with merged areas as empty cells; table 四 split into "
    "three small tables (行政复议 / 未经复议直接起诉 / 复议后起诉), each with its own header.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2022", "GF2021", 181, 5)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 2))
    s.t2 = show(t2_2021(norm=(7, 2, 44), lic=2391, pen=356, coe=0, fee=412.5))
    s.self_ref, s.website = "区住建局", "柯城区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s, split4=True)

    def tab(kind, t):
        if t == "t4":
            out = []
            for g in gr["t4"]:
                out += RT.md_table(expand(g)) + [""]
            return out[:-1]
        return RT.md_table(expand(gr[t]))

    write(s, md_blocks(bl, tab))


@spec(
    id="md21-yiling-chunks-2023",
    family="md-pdf-converter",
    fmt="md",
    template="GF2021",
    year=2023,
    agency="宜昌市夷陵区交通运输局",
    region="湖北省宜昌市夷陵区",
    level="县级部门",
    special="PDF-converter Markdown: table 三 cut at page breaks into chunks with generic headers "
    "(项目 | 数据1 … 数据6 | 总计) and the three label columns collapsed into one; a page number "
    "「— 4 —」 between two chunks and a page-footer row 「— 5 —」 inside the last one; the long （二） label split across two rows (values on the first); "
    "**bold** headings.",
)
def _(s: Spec, rng):
    t3, b = t3_from("ankang-2022", "GF2021", 191, 6)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(3, 0, 19), lic=1177, pen=94, coe=6, fee=0))
    s.self_ref, s.website = "区交通运输局", "夷陵区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)

    def collapse(row, nlab):
        lab = " ".join(x for x in row[:nlab] if x)
        return [lab] + row[nlab:]

    def tab(kind, t):
        rect = expand(gr[t])
        if t != "t3":
            return RT.md_table(rect)
        head = [
            [
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                "申请人情况",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
            ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
        ]
        data = [collapse(r, 3) for r in rect[3:]]
        # the long (二) label runs onto a second line in the PDF
        i2 = next(i for i, r in enumerate(data) if r[0].endswith("不计其他情形）"))
        lab = data[i2][0]
        cut = lab.index("只计这一情形，") + len("只计这一情形，")
        data[i2][0] = lab[:cut]
        data.insert(i2 + 1, [lab[cut:]] + [""] * 7)
        gen = ["项目", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"]
        c1, c2, c3 = data[:9], data[9:19], data[19:]
        out = RT.md_table(head + c1)
        out += ["", "— 4 —", ""]
        # the converter merged pages 5 and 6 into one table, keeping the page footer as a row
        out += RT.md_table(c2 + [["— 5 —"] + [""] * 7] + c3, header=gen)
        return out

    write(s, md_blocks(bl, tab, title_fmt="**{}**", h1_fmt="**{}**", bold_h2=True))


@spec(
    id="md21-bijiang-ocr-2021",
    family="md-ocr-scan",
    fmt="md",
    template="GF2021",
    year=2021,
    agency="铜仁市碧江区水务局",
    region="贵州省铜仁市碧江区",
    level="县级部门",
    special="OCR'd scan converted to Markdown: full-width digits (１２) and digits spaced by the OCR "
    "(「1 3」), label confusions 己/已 (「确认或重新出具己获取信息」) and 末/未 (「末经复议直接起诉」, "
    "「逾期末按收费通知」), '#' debris lines, a table-三 chunk whose header row was copied from table 二.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2021", "GF2021", 201, 4)
    r = random.Random(2011)

    def ocr_num(k, v):
        txt = str(v)
        if len(txt) >= 2 and r.random() < 0.5:
            return " ".join(txt)
        if r.random() < 0.3:
            return txt.translate(FW)
        return txt

    s.t3 = show(t3, ocr_num)
    s.t4 = show(vary_t4(b["t4"], rng, 1), ocr_num)
    s.t2 = show(t2_2021(norm=(2, 1, 13), lic=846, pen=57, coe=4, fee=0), ocr_num)
    s.self_ref, s.website = "区水务局", "碧江区人民政府网站"
    bl = blocks(s, rng)
    labels = {
        "5.要求行政机关确认或重新出具已获取信息": "5.要求行政机关确认或重新出具己获取信息",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "2.申请人逾期末按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "未经复议直接起诉": "末经复议直接起诉",
    }
    gr = grids_of(s, t3v={"labels": labels}, t4v={"labels": labels})

    def tab(kind, t):
        rect = expand(gr[t])
        if t != "t3":
            return RT.md_table(rect)
        c1, c2 = rect[:15], rect[15:]
        out = RT.md_table(c1)
        out += ["", "#", ""]
        out += RT.md_table(
            c2, header=["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "", "", "", "", "", ""]
        )
        return out

    text = md_blocks(
        bl, tab, title_fmt="# {}", h1_fmt="# {}", debris=[(("h1", "五、存在的主要问题及改进情况"), ["#", ""])]
    )
    write(s, text)


@spec(
    id="md21-yinzhou-mineru-2024",
    family="md-html-tables",
    fmt="md",
    template="GF2021",
    year=2024,
    agency="宁波市鄞州区市场监督管理局",
    region="浙江省宁波市鄞州区",
    level="县级部门",
    special="MinerU-style Markdown: headings as '#', tables as bare HTML <table> with rowspan/colspan inside "
    "the Markdown; 「—」 printed for zero in the 法人 columns of table 三.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2022", "GF2021", 211, 9, 5)
    s.t3 = show(t3, zero_as("—", [f"{r}.{c}" for r, _, _ in t3_rows("GF2021") for c in A[1:]]))
    s.t4 = show(vary_t4(b["t4"], rng, 4))
    s.t2 = show(t2_2021(norm=(4, 3, 22), lic=21730, pen=1406, coe=211, fee=0))
    s.self_ref, s.website = "区市场监管局", "鄞州区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)
    write(s, md_blocks(bl, lambda kind, t: [RT.mineru_table(gr[t])], h1_fmt="# {}"))


@spec(
    id="md21-huizhou-images-2022",
    family="tables-as-images",
    fmt="md",
    template="GF2021",
    year=2022,
    agency="黄山市徽州区民政局",
    region="安徽省黄山市徽州区",
    level="县级部门",
    special="Markdown of a scanned PDF whose tables came out as images (![](images/…)): no table data.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2023", "GF2021", 221, 2)
    s.t3, s.t4 = show(t3), show(b["t4"])
    s.t2 = show(t2_2021(norm=(0, 0, 5), lic=31, pen=0, coe=0, fee=0))
    s.tables_image = True
    s.self_ref, s.website = "区民政局", "徽州区人民政府网站"
    bl = blocks(s, rng)
    names = {"t2": "3f9a1c0e7b.jpg", "t3": "b71d44e2a9.jpg", "t4": "0c55e8f213.jpg"}
    write(s, md_blocks(bl, lambda kind, t: names[t]))


@spec(
    id="md19-guangyang-2020",
    family="md-pdf-converter",
    fmt="md",
    template="GF2019",
    year=2020,
    agency="廊坊市广阳区教育局",
    region="河北省廊坊市广阳区",
    level="县级部门",
    special="GF2019 Markdown from a PDF converter: table 二 with 本年增/减 and 采购总金额 (万元); table 三 cut in "
    "two at a page break with the header row repeated on the second part.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hongze-2023", "GF2019", 231, 6)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = t2_2019(
        (0, 0, 0), (4, 4, 31), (9, "-2", 1290), (3, "0", 77), (2, "0", 5), (0, "0", 0), (1, "0"), (9, "316.08万元")
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "区教育局", "广阳区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)

    def tab(kind, t):
        rect = expand(gr[t])
        if t != "t3":
            return RT.md_table(rect)
        return RT.md_table(rect[:14]) + ["", "<!-- page 4 -->", ""] + RT.md_table(rect[14:], header=rect[0])

    write(s, md_blocks(bl, tab))


# ---- PDF ---------------------------------------------------------------------------------------------


@spec(
    id="pdf21-wuxing-ruled-2022",
    family="pdf-ruled",
    fmt="pdf",
    template="GF2021",
    year=2022,
    agency="湖州市吴兴区人力资源和社会保障局",
    region="浙江省湖州市吴兴区",
    level="县级部门",
    special="PDF (Word print) with ruled tables and merged cells; page numbers 「— n —」 in the footer.",
)
def _(s: Spec, rng):
    t3, b = t3_from("ankang-2022", "GF2021", 241, 6)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 2))
    s.t2 = show(t2_2021(norm=(2, 0, 14), lic=3081, pen=27, coe=0, fee=0))
    s.self_ref, s.website = "区人力社保局", "吴兴区人民政府网站"
    bl = blocks(s, rng)
    RD.pdf_ruled(REPORTS / f"{s.id}.pdf", bl, grids_of(s), W_PDF, title_meta=bl[0][1])


@spec(
    id="pdf21-xianan-unruled-2023",
    family="pdf-unruled",
    fmt="pdf",
    template="GF2021",
    year=2023,
    agency="咸宁市咸安区城市管理执法局",
    region="湖北省咸宁市咸安区",
    level="县级部门",
    special="PDF with unruled tables: cell text positioned in columns without lines, long labels wrapped "
    "over several lines, table 三 running over a page break with 「第 n 页」 footers.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hebei-edu-2023", "GF2021", 251, 7)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = show(t2_2021(norm=(1, 1, 9), lic=512, pen=1320, coe=88, fee=0))
    s.self_ref, s.website = "区城管执法局", "咸安区人民政府网站"
    bl = blocks(s, rng)
    RD.pdf_unruled(REPORTS / f"{s.id}.pdf", bl, grids_of(s), W_PDF, title_meta="")


@spec(
    id="pdf21-huaiyin-h5-2023",
    family="pdf-ruled-defect",
    fmt="pdf",
    template="GF2021",
    year=2023,
    agency="淮安市淮阴区人民政府",
    region="江苏省淮安市淮阴区",
    level="县级政府",
    special="Ruled PDF reproducing a real defect: table 四 总计 printed 0 for 行政复议 and 复议后起诉 although "
    "their parts are not zero (H5 breaks twice).",
)
def _(s: Spec, rng):
    t3, b = t3_from("hongze-2023", "GF2021", 261, 6)
    s.t3 = show(t3)
    t4 = vary_t4(b["t4"], rng, 2)
    pr = show(t4)
    pr["rv.tot"] = "0"
    pr["lr.tot"] = "0"
    assert t4["rv.tot"] and t4["lr.tot"]
    s.t4 = pr
    s.t2 = show(t2_2021(norm=(0, 5, 5), lic=572, pen=3866, coe=204, fee=7418.06))
    s.self_ref, s.website = "区政府", "淮阴区人民政府门户网站"
    bl = blocks(s, rng)
    RD.pdf_ruled(REPORTS / f"{s.id}.pdf", bl, grids_of(s), W_PDF, title_meta=bl[0][1])


@spec(
    id="pdf21-yanfeng-filename-2021",
    family="agency-in-filename",
    fmt="pdf",
    template="GF2021",
    year=2021,
    agency="衡阳市雁峰区财政局",
    region="湖南省衡阳市雁峰区",
    level="县级部门",
    special="Unruled PDF whose only statement of the agency is a file-name-like first line "
    "(「雁峰区财政局2021年度政府信息公开工作年度报告（终稿）.docx」, printed from the file); text says 「本局」.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2021", "GF2021", 271, 5)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(3, 2, 16), lic=0, pen=0, coe=0, fee=0))
    s.self_ref, s.website = "本局", "雁峰区人民政府网站"
    bl = blocks(s, rng, title="衡阳市雁峰区财政局2021年度政府信息公开工作年度报告（终稿）.docx")
    RD.pdf_unruled(
        REPORTS / f"{s.id}.pdf",
        bl,
        grids_of(s),
        W_PDF,
        title_meta="Microsoft Word - 2021年报（终稿）.docx",
        footer=lambda n: f"- {n} -",
    )


@spec(
    id="pdf21-wujin-images-2024",
    family="tables-as-images",
    fmt="pdf",
    template="GF2021",
    year=2024,
    agency="常州市武进区应急管理局",
    region="江苏省常州市武进区",
    level="县级部门",
    special="PDF whose three tables are raster pictures (no text layer for them); narrative is text.",
)
def _(s: Spec, rng):
    t3, b = t3_from("shanghai-kewei-2024", "GF2021", 281, 3)
    s.t3, s.t4 = show(t3), show(b["t4"])
    s.t2 = show(t2_2021(norm=(1, 0, 8), lic=96, pen=143, coe=12, fee=0))
    s.tables_image = True
    s.self_ref, s.website = "区应急管理局", "武进区人民政府网站"
    bl = blocks(s, rng)
    gr = grids_of(s)
    px = {"t2": [200, 120, 120, 120], "t3": [44, 64, 150, 48, 48, 48, 56, 56, 40, 48], "t4": [40] * 15}
    imgs = {t: RD.table_picture(gr[t], px[t]) for t in ("t2", "t3", "t4")}
    sizes = {t: (495, 495 * 26 * len(gr[t]) / (sum(px[t]) + 2)) for t in px}
    RD.pdf_ruled(REPORTS / f"{s.id}.pdf", bl, gr, sizes, title_meta=bl[0][1], images=imgs)


@spec(
    id="pdf21-laozhu-t3stmt-2023",
    family="statement-instead-of-table",
    fmt="pdf",
    template="GF2021",
    year=2023,
    agency="丽水市莲都区老竹畲族镇人民政府",
    region="浙江省丽水市莲都区老竹畲族镇",
    level="乡镇",
    special="Township PDF (ruled): table 三 replaced by 「本年度未收到政府信息公开申请」; table 四 printed "
    "with every cell 0; 规章 and 行政许可 cells '/'.",
)
def _(s: Spec, rng):
    s.t3_statement = "本年度本机关未收到政府信息公开申请。"
    s.t4 = {k: "0" for k in T4_KEYS}
    s.t2 = show(t2_2021(norm=(0, 0, 2), lic=0, pen=3, coe=0, fee=0), zero_as("/", ["reg", "license"]))
    s.self_ref, s.website = "老竹畲族镇", "莲都区人民政府网站"
    bl = blocks(s, rng)
    RD.pdf_ruled(REPORTS / f"{s.id}.pdf", bl, grids_of(s), W_PDF, title_meta=bl[0][1])


@spec(
    id="pdf19-jinshui-ruled-2019",
    family="pdf-ruled",
    fmt="pdf",
    template="GF2019",
    year=2019,
    agency="郑州市金水区人民政府",
    region="河南省郑州市金水区",
    level="县级政府",
    special="Ruled PDF, GF2019 (2019 report): table 二 with 本年增/减 and 政府集中采购 (万元); table 三 with one "
    "（六）其他处理 row.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2019", "GF2019", 291, 10, 6)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 3))
    s.t2 = t2_2019(
        (0, 0, 0),
        (6, 6, 72),
        (312, "+8", 27634),
        (57, "-3", 4107),
        (129, "+2", 3351),
        (33, "0", 418),
        (18, "-2"),
        (23, "1523.7万元"),
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "区政府", "金水区人民政府网站"
    bl = blocks(s, rng)
    RD.pdf_ruled(REPORTS / f"{s.id}.pdf", bl, grids_of(s), W_PDF, title_meta=bl[0][1])


# ---- DOCX --------------------------------------------------------------------------------------------


@spec(
    id="docx21-yuecheng-merged-2022",
    family="docx-merged",
    fmt="docx",
    template="GF2021",
    year=2022,
    agency="绍兴市越城区发展和改革局",
    region="浙江省绍兴市越城区",
    level="县级部门",
    special="Word .docx: tables with merged cells (gridSpan / vMerge) exactly as the template; agency in title.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2022", "GF2021", 301, 4)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = show(t2_2021(norm=(6, 4, 33), lic=147, pen=11, coe=0, fee=0))
    s.self_ref, s.website = "区发改局", "越城区人民政府网站"
    bl = blocks(s, rng)
    RD.docx_file(REPORTS / f"{s.id}.docx", bl, grids_of(s), core_title=bl[0][1])


@spec(
    id="docx21-longwen-bianzhi-2023",
    family="agency-in-compiler-sentence",
    fmt="docx",
    template="GF2021",
    year=2023,
    agency="漳州市龙文区退役军人事务局",
    region="福建省漳州市龙文区",
    level="县级部门",
    special="DOCX: title names no agency, the preamble says 「由漳州市龙文区退役军人事务局编制」; zero cells in "
    "the 法人 columns of table 三 left blank.",
)
def _(s: Spec, rng):
    t3, b = t3_from("ankang-2022", "GF2021", 311, 2, 2)
    s.t3 = show(t3, zero_as("", [f"{r}.{c}" for r, _, _ in t3_rows("GF2021") for c in A[1:6]]))
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(0, 0, 3), lic=0, pen=0, coe=0, fee=0))
    s.self_ref, s.website = "本局", "龙文区人民政府网站"
    s.extra.update(compiled_by="", preamble_who="漳州市龙文区退役军人事务局")
    bl = blocks(s, rng, title=f"{s.year}年度政府信息公开工作年度报告")
    RD.docx_file(REPORTS / f"{s.id}.docx", bl, grids_of(s), core_title="")


@spec(
    id="docx21-nantong-sjj-2024",
    family="agency-self-reference",
    fmt="docx",
    template="GF2021",
    year=2024,
    agency="南通市审计局",
    region="江苏省南通市",
    level="市级部门",
    special="DOCX titled 「市审计局2024年…」; text says 「本局」; the city is named only in the contact "
    "address and the signature 「南通市审计局」.",
)
def _(s: Spec, rng):
    t3, b = t3_from("shanghai-kewei-2024", "GF2021", 321, 2)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = show(t2_2021(norm=(1, 2, 7), lic=0, pen=0, coe=0, fee=0))
    s.self_ref, s.website = "本局", "本局门户网站"
    s.contact = "本局办公室（地址：南通市崇川区世纪大道6号，电话：0513-59000000）"
    s.pub_date = "2025年1月22日"
    bl = blocks(s, rng, title=f"市审计局{s.year}年政府信息公开工作年度报告", sign=True)
    RD.docx_file(REPORTS / f"{s.id}.docx", bl, grids_of(s), core_title="")


@spec(
    id="docx19-lanshan-oldformat-2021",
    family="old-template-late",
    fmt="docx",
    template="GF2019",
    year=2021,
    agency="临沂市兰山区商务局",
    region="山东省临沂市兰山区",
    level="县级部门",
    special="A 2021 report still on the GF2019 template (old labels: 本年新制作数量, 上一年项目数量, 政府集中采购, "
    "single （六）其他处理 row) — template is what is printed: GF2019.",
)
def _(s: Spec, rng):
    t3, b = t3_from("pingtan-2021", "GF2019", 331, 2)
    s.t3 = show(t3)
    s.t4 = show(b["t4"])
    s.t2 = t2_2019(
        (0, 0, 0), (1, 1, 6), (8, "0", 93), (2, "0", 15), (5, "+1", 21), (1, "0", 0), (0, "0"), (3, "27.9万元")
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "区商务局", "兰山区人民政府网站"
    bl = blocks(s, rng)
    RD.docx_file(REPORTS / f"{s.id}.docx", bl, grids_of(s), core_title=bl[0][1])


@spec(
    id="docx19-wuhua-2020",
    family="docx-merged",
    fmt="docx",
    template="GF2019",
    year=2020,
    agency="昆明市五华区卫生健康局",
    region="云南省昆明市五华区",
    level="县级部门",
    special="GF2019 .docx with merged cells; 本年增/减 signed; 采购总金额 printed as 「196.4万元」.",
)
def _(s: Spec, rng):
    t3, b = t3_from("hongze-2023", "GF2019", 341, 5)
    s.t3 = show(t3)
    s.t4 = show(vary_t4(b["t4"], rng, 1))
    s.t2 = t2_2019(
        (0, 0, 0),
        (3, 3, 24),
        (27, "+1", 3415),
        (9, "-1", 682),
        (14, "0", 233),
        (3, "0", 12),
        (2, "0"),
        (14, "196.4万元"),
    )
    s.procurement_unit = "万元"
    s.self_ref, s.website = "区卫生健康局", "五华区人民政府网站"
    bl = blocks(s, rng)
    RD.docx_file(REPORTS / f"{s.id}.docx", bl, grids_of(s), core_title=bl[0][1])


# ---------------------------------------------------------------- build


def main():
    REPORTS.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for old in list(REPORTS.iterdir()) + list(GOLD.iterdir()):
        old.unlink()
    fmt_notes = {"html": "html", "txt": "txt", "md": "markdown", "pdf": "pdf", "docx": "docx"}
    for kw, fn in SPECS:
        s = new_spec(kw)
        rng = random.Random(s.id)
        fn(s, rng)
        g = gold_of(s, fmt_notes[s.fmt])
        (GOLD / f"{s.id}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_readme()
    print(f"built {len(SPECS)} reports")


README_HEAD = """# Wild set — held-out report layouts (blind)

An evaluation set of {n} report files laid out the way Chinese government sites really publish them, built
**blind**: without reading the extractor, its tests or tests/reportgen.py, and without running the
extractor while building. It measures how well the parser generalises to layouts nobody tuned it on.
Do not tune on it file by file: a fix found here must be a fix for the *family*, and the family belongs
in the generator (tests/reportgen.py), not a special case for a file.

- `reports/<id>.<ext>` — the files ({formats}).
- `gold/<id>.json` — the cell-by-cell reading, in the corpus gold format (eval/corpus/README.md): `agency`,
  `region`, `level`, `year`, `template`, `tables_recoverable`, flat `t2`/`t3`/`t4`, `placeholders` (printed
  blank/`/`/`—` with its raw text; `glued: split not unique` for a glued run with more than one reading;
  `t2.procurement.amount_unit` for the GF2019 采购总金额 unit), `findings` (H1/H2/H3/H5 the printed numbers
  break; `blank_cells` when only blank cells break it), `metrics: []`, `qa: []`, plus `family`, `format`,
  `special` and, where a sentence replaces a table, `statements`.
- `make.py` (+ `model.py`, `layout.py`, `render_*.py`) rebuilds everything:
  `.venv/bin/python eval/wild/make.py` (reportlab, python-docx, Pillow from the test extras; an embedded
  CJK font is used when /usr/share/fonts has WenQuanYi, else reportlab's STSong-Light — the PDFs then
  differ in bytes, not in content). It reads the values of eval/corpus/gold and imports nothing of the
  project's code.
- `validate.py` checks the gold independently: fields and cell keys against the format spec's key list,
  the findings against recomputed identities, every file readable and under 200 kB, every gold value
  printed, and (HTML, DOCX, Markdown, tab/space-separated text, one-cell-per-line text, PDF text lines)
  each table-三 row, table 四 and table-二 row carrying exactly its gold values in order.
- Score: `python -m eval extraction --corpus eval/wild` (the thresholds printed are the corpus gates; this
  set is a measurement, not a gate).

**The numbers are real but the reports are not**: each file takes the table values of a corpus gold
report (ankang-2022, hebei-edu-2021/2023, pingtan-2019/2021/2022, shanghai-kewei-2024, hongze-2023,
shanghai-office-2019) and varies them consistently (applications added to a result row, 本年新收 and
（七）总计 together, so H1–H3 stay true; table 四 parts and 总计 together). Agency names, narrative and
table 二 values are invented for the layout; nothing here is the published data of the agency named.
Identities are true except where a real defect is reproduced on purpose (listed in the gold findings).

Counts: {counts}.

| id | format | template | family | what is special |
|---|---|---|---|---|
"""


def write_readme():
    from collections import Counter

    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    fmts = Counter(g["format"] for g in golds)
    tpls = Counter(g["template"] for g in golds)
    fams = Counter(g["family"] for g in golds)
    counts = (
        ", ".join(f"{k} {v}" for k, v in sorted(fmts.items()))
        + "; "
        + ", ".join(f"{k} {v}" for k, v in sorted(tpls.items()))
        + f"; {len(fams)} families"
    )
    head = README_HEAD.format(n=len(golds), formats=", ".join(sorted(fmts)), counts=counts)
    rows = [
        f"| {g['id']} | {g['format']} | {g['template']} | {g['family']} | "
        f"{g['special'].replace('|', '/')}"
        + (
            f" **Findings:** {', '.join(f['check'] + ' ' + f['where'] for f in g['findings'])}."
            if g["findings"]
            else ""
        )
        + " |"
        for g in golds
    ]
    (HERE / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
