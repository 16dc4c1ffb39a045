"""Build eval/wild3: the report files and their gold, byte for byte the same on every run.

    .venv/bin/python eval/wild3/make.py

Reads eval/corpus/gold as data; imports nothing of the project's code.
"""

from __future__ import annotations

import html as htmlmod
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import text as T  # noqa: E402
from grids import FW, C, Fmt, expand, stretch, t2_grid, t3_grid, t3_transposed, t4_grid  # noqa: E402
from model import ROW_LABELS, findings, t2_values, t3_values, t4_values  # noqa: E402
from render import docx_bytes, html_table, md_markdownify, md_pipe, pandoc_plain, pdf_bytes, slot_rows  # noqa: E402

SPECS: list[dict] = []


def spec(**kw):
    def deco(fn):
        kw["build"] = fn
        SPECS.append(kw)
        return fn

    return deco


# ---- shared pieces --------------------------------------------------------------------------------


def values(s: dict) -> tuple[dict, dict, dict]:
    t2 = t2_values(s["id"], s["template"], s["level"])
    t3 = t3_values(s["id"], s["source"], s["template"])
    t4 = t4_values(s["id"], s["source"])
    return t2, t3, t4


def standard_blocks(s: dict, t2, t3, g2, g3s, g4, caption: str | None = None, sign: bool = False) -> list:
    """Title, preamble, overview, the tables under their headings, closing, signature."""
    b: list = [("title", T.title(s)), ("p", T.preamble(s)), *T.overview(s, t3, t2)]
    b.append(("h", T.SECTIONS_2021[0]))
    b.append(("table", g2))
    b.append(("h", T.SECTIONS_2021[1]))
    if caption:
        b.append(("cap", caption))
    for g in g3s:
        if g == "break":
            b.append(("break",))
        else:
            b.append(("table", g))
    b.append(("h", T.SECTIONS_2021[2]))
    b.append(("table", g4))
    b += T.closing(s)
    if sign or s.get("agency_by") in ("sign", "title+sign"):
        b.append(("sign", T.signature(s)))
    return b


def html_page(s: dict, blocks: list, table_html, head_extra: str = "", chrome=None, para=None) -> str:
    """A CMS article page around the blocks. `table_html(grid) -> str`; `para(text) -> html`."""
    para = para or (lambda t: f"<p>{htmlmod.escape(t, quote=False)}</p>")
    body = []
    for b in blocks:
        if b[0] == "title":
            body.append(f'<h1 class="article-title">{htmlmod.escape(b[1])}</h1>')
        elif b[0] == "h":
            body.append(f"<p><strong>{htmlmod.escape(b[1])}</strong></p>")
        elif b[0] in ("p", "cap"):
            body.append(para(b[1]))
        elif b[0] == "sign":
            body += [f'<p style="text-align:right">{htmlmod.escape(x)}</p>' for x in b[1]]
        elif b[0] == "table":
            body.append(table_html(b[1]))
    top, bottom = chrome or ("", "")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{htmlmod.escape(T.title(s))}_{htmlmod.escape(s['site'])}</title>\n{head_extra}</head>\n<body>\n"
        f"{top}\n<div class=\"article\">\n" + "\n".join(body) + f"\n</div>\n{bottom}\n</body>\n</html>\n"
    )


def text_doc(blocks: list, table_text, para_prefix: str = "", nl: str = "\n") -> str:
    out: list[str] = []
    for b in blocks:
        if b[0] in ("title", "h", "cap"):
            out.append(b[1])
        elif b[0] == "p":
            out.append(para_prefix + b[1])
        elif b[0] == "sign":
            out += b[1]
        elif b[0] == "table":
            out.append(table_text(b[1]))
    return nl.join(out) + nl


def md_doc(blocks: list, table_md, title_prefix: str = "# ") -> str:
    out: list[str] = []
    for b in blocks:
        if b[0] == "title":
            out.append(title_prefix + b[1])
        elif b[0] == "h":
            out.append(("## " if re.match(r"^[一二三四五六]、", b[1]) else "### ") + b[1])
        elif b[0] in ("p", "cap"):
            out.append(b[1])
        elif b[0] == "sign":
            out.append("\n\n".join(b[1]))
        elif b[0] == "table":
            out.append(table_md(b[1]))
    return "\n\n".join(out) + "\n"


def widths_t3(label_mm: float, n_label: int = 1, value_mm: float = 16.5):
    def f(grid):
        w = sum(c.cs for c in grid[0])
        n_vals = w - n_label
        if n_label == 1:
            return [label_mm] + [value_mm] * n_vals
        return [label_mm / n_label] * n_label + [value_mm] * n_vals
    return f


def default_widths(label_first: dict[int, list[float]]):
    """Column widths (mm) by grid width; unknown widths share 170 mm."""
    def f(grid):
        w = sum(c.cs for c in grid[0])
        if w in label_first:
            return label_first[w]
        return [170 / w] * w
    return f


# ---- HTML -----------------------------------------------------------------------------------------

CMS_TOP = ('<div class="header"><img src="/images/banner.png" alt="{site}"><div class="nav">首页 &gt; 政务公开 &gt; '
           '政府信息公开年报</div></div>')
CMS_BOTTOM = ('<div class="footer"><p>主办单位：{site}办公室　网站标识码：{code}</p>'
              '<p>{icp}</p></div>')


def chrome(s: dict, code: str, icp: str) -> tuple[str, str]:
    return CMS_TOP.format(site=s["site"]), CMS_BOTTOM.format(site=s["site"], code=code, icp=icp)


@spec(id="h21-nanzheng-zrzy-th-2022", format="html", agency="汉中市南郑区自然资源局", short="区自然资源局",
      region="陕西省汉中市南郑区", level="县级部门", year=2022, template="GF2021", source="ankang-2022",
      site="汉中市南郑区人民政府", family="html-th-br-hidden", agency_by="title",
      special="Every cell of every table is a <th> (header and data alike); long labels broken with <br> "
              "(「（二）部分公开<br>（区分处理的…）」, 「二、上年结转政府信息<br>公开申请数量」); CSS-hidden anti-copy spans "
              "(display:none, letters only) inside paragraphs and label cells; agency in the title.")
def h_th(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()

    def lab(key, text):
        if key == "r2":
            return "（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）"
        if key in ("new", "carry_in", "carry_out"):
            return text[:-6] + "\n" + text[-6:] if len(text) > 10 else text
        if key.startswith("r6_") and key != "r6_3":
            return text.replace("、", "、\n")
        return text

    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row", label_fn=lab)
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    hidden = '<span style="display:none">nzgov</span>'

    def cell(c, inner):
        if c.key is None and len(c.text) > 6 and not c.head:
            return inner[:3] + hidden + inner[3:]
        return inner

    def para(t):
        t = htmlmod.escape(t, quote=False)
        return f'<p style="text-indent:2em">{t[:20]}<span class="hide" style="display:none">www_hz_nz</span>{t[20:]}</p>'

    page = html_page(s, blocks, lambda g: html_table(g, th_all=True, cell=cell, br="<br/>"),
                     chrome=chrome(s, "6107090001", "陕ICP备05001234号"), para=para)
    return page.encode("utf-8"), fmt


@spec(id="h21-linwei-jyj-transposed-2023", format="html", agency="渭南市临渭区教育局", short="区教育局", self="区教育局",
      region="陕西省渭南市临渭区", level="县级部门", year=2023, template="GF2021", source="hebei-edu-2023",
      site="渭南市临渭区人民政府", family="html-t3-transposed", agency_by="compiled",
      province_rule="《陕西省政府信息公开规定》",
      special="Table 三 turned: applicant types as rows (法人或其他组织 merged down over its five), the numbered items "
              "as columns under a three-row header (三、本年度办理结果 / groups / items); title names no agency, "
              "preamble 「本报告由渭南市临渭区教育局编制」.")
def h_transposed(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_transposed(s["template"], t3, fmt)
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    page = html_page(s, blocks, lambda g: html_table(g, attrs='class="xxgk-table" border="1"'),
                     chrome=chrome(s, "6105020001", "陕ICP备12003456号"))
    return page.encode("utf-8"), fmt


@spec(id="h21-jiangning-sfj-2col-2022", format="html", agency="南京市江宁区司法局", short="区司法局",
      region="江苏省南京市江宁区", level="县级部门", year=2022, template="GF2021", source="pingtan-2022",
      site="南京市江宁区人民政府", family="html-2col-labels-totrs3", agency_by="title",
      special="Table 三 label column in two: （三）…（六） merged down col 0 with their items in col 1, single rows "
              "colspan 2, 三、本年度办理结果 as a row of its own; header over three rows with 总计 outside "
              "申请人情况 (rowspan 3) and the 勾稽 note as the corner cell; table 四 with 行政复议 columns named on one row.")
def h_2col(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=2, hdr="tot3")
    g4 = t4_grid(t4, fmt, style="2row")
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    page = html_page(s, blocks, lambda g: html_table(g, attrs='width="100%" border="1" style="border-collapse:collapse"'),
                     chrome=chrome(s, "3201150001", "苏ICP备05007654号-1"))
    return page.encode("utf-8"), fmt


@spec(id="h19-yanta-scjg-jian-2020", format="html", agency="西安市雁塔区市场监督管理局", short="区市场监管局",
      region="陕西省西安市雁塔区", level="县级部门", year=2020, template="GF2019", source="pingtan-2020",
      site="西安市雁塔区人民政府", family="html-gf2019-jian-dash", agency_by="title",
      special="GF2019 page: every number of tables 三/四 printed with 「件」 (「12件」, totals too), zero applicant "
              "cells of table 三 printed 「—」; table 二: 规章 row printed 「无」 (no rule-making power), t2 counts with "
              "「件」 too (「36件」), 采购总金额（万元） with decimals.")
def h_jian(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(suffix="件", zero_app="—", t2_suffix="件",
              t2_none={k: "无" for k in ("reg.new_made", "reg.new_public", "reg.total_public")})
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    fmt.placeholders["t2.procurement.amount_unit"] = "万元"
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    page = html_page(s, blocks, lambda g: html_table(g), chrome=chrome(s, "6101130001", "陕ICP备11002222号"))
    return page.encode("utf-8"), fmt


@spec(id="h21-wuzhong-gov-bigtable-2021", format="html", agency="苏州市吴中区人民政府", short="区政府",
      region="江苏省苏州市吴中区", level="县级政府", year=2021, template="GF2021", source="pingtan-2021",
      site="苏州市吴中区人民政府", family="html-one-big-table", agency_by="title",
      special="Tables 二, 三 and 四 printed as ONE table of 15 columns: the section headings 二、三、四 are rows "
              "spanning the width, the label cells of 二/三 widened to fill the columns table 四 needs.")
def h_big(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    big = one_big_table(s, t2, t3, t4, fmt)
    blocks = [("title", T.title(s)), ("p", T.preamble(s)), *T.overview(s, t3, t2), ("table", big), *T.closing(s)]
    page = html_page(s, blocks, lambda g: html_table(g, attrs='border="1" cellspacing="0" width="100%"'),
                     chrome=chrome(s, "3205060001", "苏ICP备10203040号"))
    return page.encode("utf-8"), fmt


def one_big_table(s, t2, t3, t4, fmt) -> list:
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    w = 15
    big: list = [[C(T.SECTIONS_2021[0], 1, w, head=True)], *stretch(g2, w)]
    big += [[C(T.SECTIONS_2021[1], 1, w, head=True)], *stretch(g3, w)]
    big += [[C(T.SECTIONS_2021[2], 1, w, head=True)], *g4]
    return big


@spec(id="h21-xiangzhou-fgj-remarks-2021", format="html", agency="珠海市香洲区发展和改革局", short="区发展改革局",
      region="广东省珠海市香洲区", level="县级部门", year=2021, template="GF2021", source="hebei-edu-2021",
      site="珠海市香洲区人民政府", family="html-t2-remarks-reorder", agency_by="title",
      special="Table 二 with an extra 备注 column (text remarks, empty in most rows) and the first section's columns "
              "in another order (现行有效件数 | 本年制发件数 | 本年废止件数); tables 三/四 plain.")
def h_remarks(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    remarks = {"规章": "本单位无规章制定权", "行政规范性文件": "已在门户网站公开", "行政事业性收费": "无收费项目" if not t2["fee.amount_wan"] else ""}
    g2 = t2_grid(s["template"], t2, fmt, remarks=remarks, order=[2, 0, 1])
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    page = html_page(s, blocks, lambda g: html_table(g, attrs='class="MsoTableGrid" border="1"'),
                     chrome=chrome(s, "4404020001", "粤ICP备05012345号"))
    return page.encode("utf-8"), fmt


@spec(id="h21-yuelu-wjw-t4rows-2023", format="html", agency="长沙市岳麓区卫生健康局", short="区卫生健康局",
      region="湖南省长沙市岳麓区", level="县级部门", year=2023, template="GF2021", source="hongze-2023",
      site="长沙市岳麓区人民政府", family="html-t4-rows-nbsp-soup", agency_by="title",
      special="Table 四 turned: 行政复议 / 行政诉讼(未经复议直接起诉, 复议后起诉) as rows, 结果维持…总计 as columns; "
              "table 三 header over two rows (申请人情况 as the corner); every cell's text wrapped in "
              "<p><span style=…>&nbsp;…&nbsp;</span></p> soup from the CMS editor.")
def h_t4rows(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="2row")
    g4 = t4_grid(t4, fmt, style="rows")
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)

    def cell(c, inner):
        return (f'<p style="text-align:center;line-height:20px"><span style="font-family:仿宋_GB2312;font-size:14px">'
                f"&nbsp;{inner}&nbsp;</span></p>")

    page = html_page(s, blocks, lambda g: html_table(g, cell=cell, attrs='border="1" cellspacing="0" cellpadding="0" '
                                                     'style="border-collapse:collapse;width:600px"'),
                     chrome=chrome(s, "4301040001", "湘ICP备13004567号"))
    return page.encode("utf-8"), fmt


@spec(id="html-legacy-gulou-2018", format="html", agency="福州市鼓楼区人民政府", short="区政府",
      region="福建省福州市鼓楼区", level="县级政府", year=2018, template="LEGACY", source=None,
      site="福州市鼓楼区人民政府", family="legacy", agency_by="title",
      special="2018 report on the old 条例: narrative and a 统计指标/单位/统计数 table; no GF tables.")
def h_legacy(s):
    rows = [
        ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数", "条", "2316"), ("其中：主动公开规范性文件数", "条", "14"),
        ("（二）通过不同渠道和方式公开政府信息的情况", "", ""), ("1.政府公报公开政府信息数", "条", "0"),
        ("2.政府网站公开政府信息数", "条", "2316"), ("3.政务微博公开政府信息数", "条", "486"),
        ("4.政务微信公开政府信息数", "条", "1203"), ("二、回应解读情况", "", ""), ("（一）回应公众关注热点或重大舆情数", "次", "21"),
        ("三、依申请公开情况", "", ""), ("（一）收到申请数", "件", "57"), ("1.当面申请数", "件", "9"), ("2.传真申请数", "件", "0"),
        ("3.网络申请数", "件", "41"), ("4.信函申请数", "件", "7"), ("（二）申请办结数", "件", "55"), ("1.按时办结数", "件", "55"),
        ("2.延期办结数", "件", "0"), ("四、行政复议数量", "件", "2"), ("五、行政诉讼数量", "件", "1"),
        ("六、举报投诉数量", "件", "0"), ("七、依申请公开信息收取的费用", "万元", "0"),
    ]
    grid = [[C("统计指标", head=True), C("单位", head=True), C("统计数", head=True)]] + [[C(a), C(b), C(c)] for a, b, c in rows]
    paras = [
        ("title", T.title(s)),
        ("p", "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由福州市鼓楼区人民政府办公室编制。"
              "全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、"
              "因政府信息公开申请行政复议和提起行政诉讼的情况、存在的主要问题和改进措施等。本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。"),
        ("h", "一、概述"),
        ("p", "2018年，鼓楼区认真贯彻落实国务院办公厅《2018年政务公开工作要点》和省、市工作部署，以公开为常态、不公开为例外，"
              "进一步加强组织领导，健全工作机制，推进重点领域信息公开，全区政府信息公开工作取得新的成效。"),
        ("h", "二、主动公开政府信息情况"),
        ("p", "全年主动公开政府信息2316条，其中规范性文件14条。通过政务微博发布信息486条，政务微信发布信息1203条。"),
        ("h", "三、依申请公开政府信息情况"),
        ("p", "全年共收到政府信息公开申请57件，办结55件，其余2件结转2019年办理。"),
        ("h", "四、政府信息公开的收费及减免情况"),
        ("p", "本年度未收取政府信息公开相关费用。"),
        ("h", "五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
        ("p", "全年因政府信息公开申请引发行政复议2件、行政诉讼1件。"),
        ("h", "六、存在的主要问题和改进措施"),
        ("p", "主动公开的及时性和规范性有待进一步提升。下一步将加强业务培训，完善工作制度，持续提升政府信息公开工作水平。"),
        ("cap", "附表：2018年政府信息公开情况统计表"),
        ("table", grid),
    ]
    page = html_page(s, paras, lambda g: html_table(g), chrome=chrome(s, "3501020001", "闽ICP备05001111号"))
    return page.encode("utf-8"), Fmt()


# ---- DOCX -----------------------------------------------------------------------------------------


@spec(id="d21-xixiu-zjj-vmerge-2024", format="docx", agency="安顺市西秀区住房和城乡建设局", short="区住建局", self="本局",
      region="贵州省安顺市西秀区", level="县级部门", year=2024, template="GF2021", source="shanghai-kewei-2024",
      site="安顺市西秀区人民政府", family="docx-vmerge-2col-breaks", agency_by="sign", signed=(1, 24),
      special="WPS-style DOCX: table 三 label column in three (三、本年度办理结果 merged down col 0, （三）…（六） merged "
              "down col 1, items in col 2; w:vMerge/gridSpan), labels with manual line breaks (w:br) inside cells; "
              "header with the label corner split (note over two rows, 「项目」 on the third); title and text say "
              "「本局」, agency only in the signature with the date.")
def d_vmerge(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()

    def lab(key, text):
        if len(text) > 14:
            cut = len(text) // 2
            return text[:cut] + "\n" + text[cut:]
        return text

    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=3, hdr="split-label", label_fn=lab)
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return docx_bytes(blocks, when="2025-01-24T10:12:00"), fmt


@spec(id="d19-licheng-jtj-jian-2019", format="docx", agency="济南市历城区交通运输局", short="区交通运输局",
      region="山东省济南市历城区", level="县级部门", year=2019, template="GF2019", source="shanghai-office-2019",
      site="济南市历城区人民政府", family="docx-gf2019-jian-zero", agency_by="title",
      special="GF2019 DOCX with merged cells, label column in two ((三)(四)(五) merged down col 0); every number of "
              "tables 三/四 with 「件」, zeros printed 「0件」; 采购总金额 in 元 (header 「采购总金额（元）」), signed 本年增/减.")
def d_jian(s):
    t2, t3, t4 = values(s)
    t2["procurement.amount"] = int(round(t2["procurement.amount"] * 10000))
    fmt = Fmt(suffix="件")
    fmt.placeholders["t2.procurement.amount_unit"] = "元"
    g2 = t2_grid(s["template"], t2, fmt, amount_unit="元")
    g3 = t3_grid(s["template"], t3, fmt, labelcols=2, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return docx_bytes(blocks, when="2020-01-20T08:30:00"), fmt


@spec(id="d21-lusong-cgj-t4rows-2022", format="docx", agency="株洲市芦淞区城市管理和综合执法局", short="区城管执法局",
      region="湖南省株洲市芦淞区", level="县级部门", year=2022, template="GF2021", source="ankang-2022",
      site="株洲市芦淞区人民政府", family="docx-t4-rows-remarks", agency_by="title+sign",
      special="DOCX: table 四 turned (three case kinds as rows, 行政诉讼 merged down over two); table 二 with a 备注 "
              "column (「—」 in the 规章 row's 备注); table 三 header over two rows; zero cells of table 四 printed 「—」 (总计 printed 0).")
def d_t4rows(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(zero_t4="—")
    g2 = t2_grid(s["template"], t2, fmt, remarks={"规章": "—", "行政许可": "含审批服务事项"})
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="2row")
    g4 = t4_grid(t4, fmt, style="rows")
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return docx_bytes(blocks, when="2023-01-16T15:00:00"), fmt


@spec(id="d21-pidu-nyj-split-2023", format="docx", agency="成都市郫都区农业农村局", short="区农业农村局", self="区农业农村局",
      region="四川省成都市郫都区", level="县级部门", year=2023, template="GF2021", source="hebei-edu-2023",
      site="成都市郫都区人民政府", family="docx-t3-split-two-tables", agency_by="compiled",
      province_rule="《四川省政府信息公开规定》",
      special="DOCX: table 三 cut in two Word tables at a page break after （三）不予公开, the second part without "
              "its header rows; preamble 「本报告由成都市郫都区农业农村局编制」, title names no agency.")
def d_split(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    cut = next(i for i, r in enumerate(g3) if r and r[0].text == "（四）无法提供")
    blocks = standard_blocks(s, t2, t3, g2, [g3[:cut], "break", g3[cut:]], t4_grid(t4, fmt))
    return docx_bytes(blocks, when="2024-01-19T11:00:00"), fmt


# ---- PDF ------------------------------------------------------------------------------------------

W2 = {4: [50, 40, 40, 40], 15: [11.33] * 15}


@spec(id="p21-jiangbei-gov-hdrftr-2022", format="pdf", agency="宁波市江北区人民政府", short="区政府",
      region="浙江省宁波市江北区", level="县级政府", year=2022, template="GF2021", source="pingtan-2022",
      site="宁波市江北区人民政府", family="pdf-word-running-header", agency_by="title",
      special="Word-made ruled PDF: the report title as a running header and 「第 n 页 共 m 页」 footers on every page, "
              "so table 三 (no repeated header) is interrupted by the footer and the next page's header; long labels "
              "wrap over two lines in a narrow label column.")
def p_hdr(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    widths = default_widths({**W2, 8: [58] + [16] * 7})
    return pdf_bytes(blocks, line=0.75, header=T.title(s), footer="第 {page} 页 共 {pages} 页", title=T.title(s),
                     col_widths=widths), fmt


@spec(id="p21-xinluo-tjj-wps-2023", format="pdf", agency="龙岩市新罗区统计局", short="区统计局", self="本局",
      region="福建省龙岩市新罗区", level="县级部门", year=2023, template="GF2021", source="ankang-2022",
      site="龙岩市新罗区人民政府", family="pdf-wps-thin-2line", agency_by="sign", signed=(1, 26),
      special="WPS-made PDF with thin (0.25 pt) ruling; label column two columns wide ((三)…(六) merged down col 0), "
              "items wrapped over two lines; header over three rows with 总计 outside 申请人情况; agency only in the "
              "signature; title 「2023年政府信息公开工作年度报告」.")
def p_wps(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=2, hdr="tot3")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    widths = default_widths({**W2, 9: [22, 40] + [15.4] * 7})
    return pdf_bytes(blocks, line=0.25, footer="- {page} -", title="", col_widths=widths, font_size=9), fmt


@spec(id="p19-qinhuai-whj-dash-2020", format="pdf", agency="南京市秦淮区文化和旅游局", short="区文旅局",
      region="江苏省南京市秦淮区", level="县级部门", year=2020, template="GF2019", source="pingtan-2019",
      site="南京市秦淮区人民政府", family="pdf-gf2019-dash-wu", agency_by="title",
      special="GF2019 ruled PDF: zero applicant cells of table 三 printed 「—」 (总计 printed 0); table 二's 规章 row "
              "printed 「无」; 采购总金额（万元） with decimals; signed 本年增/减.")
def p_dash(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(zero_app="—", t2_none={k: "无" for k in ("reg.new_made", "reg.new_public", "reg.total_public")})
    fmt.placeholders["t2.procurement.amount_unit"] = "万元"
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    widths = default_widths({**W2, 8: [58] + [16] * 7})
    return pdf_bytes(blocks, line=0.6, footer="{page}", col_widths=widths), fmt


@spec(id="p21-jinniu-gov-bigtable-2023", format="pdf", agency="成都市金牛区人民政府", short="区政府",
      region="四川省成都市金牛区", level="县级政府", year=2023, template="GF2021", source="hongze-2023",
      site="成都市金牛区人民政府", family="pdf-one-big-table", agency_by="title",
      special="Ruled PDF whose tables 二, 三, 四 are one 15-column table running over pages (section headings as "
              "spanning rows inside it, no repeated header), page numbers 「— n —」 below.")
def p_big(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    big = one_big_table(s, t2, t3, t4, fmt)
    blocks = [("title", T.title(s)), ("p", T.preamble(s)), *T.overview(s, t3, t2), ("table", big), *T.closing(s)]
    return pdf_bytes(blocks, line=0.75, footer="— {page} —", col_widths=default_widths(W2), font_size=8), fmt


@spec(id="p21-yingze-ybj-narrowhdr-2024", format="pdf", agency="太原市迎泽区医疗保障局", short="区医保局",
      region="山西省太原市迎泽区", level="县级部门", year=2024, template="GF2021", source="shanghai-kewei-2024",
      site="太原市迎泽区人民政府", family="pdf-narrow-columns", agency_by="title",
      special="Ruled PDF with a wide label area and very narrow number columns: the column names wrap a character or "
              "two per line (「商业/企业」, 「社会/公益/组织」), table 三 label column in three (三、本年度办理结果 "
              "merged down col 0); table 四 header wraps likewise.")
def p_narrow(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=3, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    widths = default_widths({**W2, 10: [9, 26, 72] + [9] * 7})
    return pdf_bytes(blocks, line=0.5, footer="{page}", col_widths=widths, font_size=8.5), fmt


# ---- plain text ----------------------------------------------------------------------------------


@spec(id="t21-haishu-mzj-nbsp-2022", format="txt", agency="宁波市海曙区民政局", short="区民政局",
      region="浙江省宁波市海曙区", level="县级部门", year=2022, template="GF2021", source="hebei-edu-2021",
      site="宁波市海曙区人民政府", family="cms-text-entities", agency_by="title",
      special="Plain text exported from a CMS with the HTML entities left in: paragraphs start with "
              "「&nbsp;&nbsp;&nbsp;&nbsp;」, quotes as &ldquo;&rdquo;, one table cell a line with values padded "
              "「&nbsp;12&nbsp;」 and empty header cells as 「&nbsp;」.")
def t_nbsp(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)

    def ent(t: str) -> str:
        return t.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("<", "&lt;").replace(">", "&gt;")

    def table(g):
        lines = []
        for row in g:
            for c in row:
                if c.key:
                    lines.append(f"&nbsp;{c.text}&nbsp;")
                elif c.text:
                    lines.append(ent(c.text))
                else:
                    lines.append("&nbsp;")
        return "\n".join(lines)

    out = text_doc([(b[0], ent(b[1])) if b[0] in ("p", "h", "title") else b for b in blocks], table,
                   para_prefix="&nbsp;&nbsp;&nbsp;&nbsp;")
    return out.encode("utf-8"), fmt


@spec(id="t21-lucheng-gov-pdftext-2023", format="txt", agency="温州市鹿城区人民政府", short="区政府",
      region="浙江省温州市鹿城区", level="县级政府", year=2023, template="GF2021", source="hongze-2023",
      site="温州市鹿城区人民政府", family="pdftotext-raw-page-furniture", agency_by="title",
      special="pdftotext (no -layout) of a ruled PDF: one cell a line, long labels broken over two lines, and a page "
              "break inside table 三 (form feed, 「第 3 页 共 7 页」, the running title) between two rows.")
def t_pdftext(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    ttl = T.title(s)

    def table(g):
        lines = []
        for row in g:
            if g is g3 and row and row[0].text == "5.属于三类内部事务信息":
                lines += ["第 3 页 共 7 页", "\f" + ttl]
            for c in row:
                if not c.text:
                    continue
                t = c.text
                if not c.key and len(t) > 16:
                    lines += [t[:16], t[16:]]
                else:
                    lines.append(t)
        return "\n".join(lines)

    return text_doc(blocks, table).encode("utf-8"), fmt


@spec(id="t19-tianxin-sfj-ideo-2019", format="txt", agency="长沙市天心区司法局", short="区司法局",
      region="湖南省长沙市天心区", level="县级部门", year=2019, template="GF2019", source="shanghai-office-2019",
      site="长沙市天心区人民政府", family="text-ideographic-fullwidth", agency_by="title",
      special="GF2019 text typed in a word processor: each table row on one line with cells separated by "
              "ideographic spaces (U+3000), every number in full-width digits, tables 三/四 numbers with 「件」 "
              "(「１２件」); 采购总金额 in 万元 in the header.")
def t_ideo(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(fullwidth=True, suffix="件")
    fmt.placeholders["t2.procurement.amount_unit"] = "万元"
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)

    def table(g):
        return "\n".join("\u3000\u3000".join(c.text for c in row if c.text) for row in g)

    return text_doc(blocks, table, para_prefix="\u3000\u3000").encode("utf-8"), fmt


@spec(id="t21-huli-sw-pandoc-2024", format="txt", agency="厦门市湖里区商务局", short="区商务局",
      region="福建省厦门市湖里区", level="县级部门", year=2024, template="GF2021", source="shanghai-kewei-2024",
      site="厦门市湖里区人民政府", family="pandoc-plain-multiline", agency_by="title",
      special="pandoc -t plain of a DOCX whose tables have no merges: multiline tables (dashed rules, header "
              "underlined per column, rows separated by blank lines, long labels wrapped inside their column); "
              "table 三 with one header row (项目, 自然人 … 总计), headings as rows with empty cells.")
def t_pandoc(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="flat")
    g4 = t4_grid(t4, fmt, style="rows")
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)

    def table(g):
        n = sum(c.cs for c in g[0])
        if g is g3:
            return pandoc_plain(g, [30] + [8] * 7)
        if g is g4:
            return pandoc_plain(g, [10, 18, 10, 10, 10, 10, 8])
        return pandoc_plain(g, [22, 28, 14, 14][:n])  # table 二: its first heading row is the header

    return text_doc(blocks, table, nl="\n\n").encode("utf-8"), fmt


@spec(id="t21-yuhang-sj-tab2col-2021", format="txt", agency="杭州市余杭区审计局", short="区审计局",
      region="浙江省杭州市余杭区", level="县级部门", year=2021, template="GF2021", source="pingtan-2021",
      site="杭州市余杭区人民政府", family="excel-tab-2col-defect", agency_by="title",
      special="Tab-separated text copied from a spreadsheet with the label in two columns (group in the first field "
              "on its first item only, item in the second), merged areas as empty fields; a real defect reproduced: "
              "（七）总计 总计 printed one too many, so H2 breaks on r7 and H1/H3 on the 总计 column.",
      defect={"t3.r7.tot": +1})
def t_tab(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(overrides={"t3.r7.tot": t3["r7.tot"] + 1})
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=2, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return text_doc(blocks, lambda g: "\n".join("\t".join(r) for r in slot_rows(g)), nl="\r\n").encode("utf-8"), fmt


# ---- Markdown ------------------------------------------------------------------------------------


@spec(id="m21-baohe-tyjr-markdownify-2022", format="markdown", agency="合肥市包河区退役军人事务局", short="区退役军人事务局",
      region="安徽省合肥市包河区", level="县级部门", year=2022, template="GF2021", source="ankang-2022",
      site="合肥市包河区人民政府", family="md-markdownify-rowspan-lost", agency_by="title",
      special="markdownify of the HTML page: colspan kept as empty cells after the text, rowspan dropped, so the rows "
              "under a merged cell are shorter and shift left (table 三's header rows, the (三)…(六) items of a two-column "
              "label, table 四's header); the first table row becomes the Markdown header.")
def m_markdownify(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=2, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return md_doc(blocks, md_markdownify, title_prefix="# ").encode("utf-8"), fmt


@spec(id="m21-xiuying-gov-hdr3-2023", format="markdown", agency="海口市秀英区人民政府", short="区政府",
      region="海南省海口市秀英区", level="县级政府", year=2023, template="GF2021", source="hebei-edu-2023",
      site="海口市秀英区人民政府", family="md-pipe-3header-jian-defect", agency_by="title",
      special="Pipe tables whose header rows all sit in the body (the Markdown header is the 勾稽 note row), spans as "
              "empty cells; tables 三/四 numbers with 「件」; table 二 with a 备注 column; a real defect reproduced: "
              "复议后起诉 总计 printed one too few (H5 on t4.lr).")
def m_hdr3(s):
    t2, t3, t4 = values(s)
    if t4["lr.tot"] == 0:
        t4["lr.keep"] += 1
        t4["lr.tot"] += 1
    fmt = Fmt(suffix="件", overrides={"t4.lr.tot": t4["lr.tot"] - 1})
    g2 = t2_grid(s["template"], t2, fmt, remarks={"行政许可": "按省统一口径统计"})
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return md_doc(blocks, lambda g: md_pipe(g, br="")).encode("utf-8"), fmt


@spec(id="m19-yuhua-cgj-fullwidth-2020", format="markdown", agency="石家庄市裕华区城市管理综合行政执法局",
      short="区城管执法局", region="河北省石家庄市裕华区", level="县级部门", year=2020, template="GF2019",
      source="pingtan-2019", site="石家庄市裕华区人民政府", family="md-gf2019-fullwidth-repeat", agency_by="title",
      special="GF2019 Markdown from a WeChat-article converter: all numbers in full-width digits, zero applicant cells "
              "of table 三 「—」, table 二 规章 row 「—」, spanned text repeated in every cell it covers; signed "
              "本年增/减 in full width (「＋２」).")
def m_fw(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(fullwidth=True, zero_app="—", t2_none={k: "—" for k in ("reg.new_made", "reg.new_public", "reg.total_public")})
    fmt.placeholders["t2.procurement.amount_unit"] = "万元"
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return md_doc(blocks, lambda g: md_pipe(g, repeat=True, header_rows=1), title_prefix="**").replace(
        "**" + T.title(s), "**" + T.title(s) + "**", 1).encode("utf-8"), fmt


@spec(id="m21-dongxihu-rsj-transposed-2021", format="markdown", agency="武汉市东西湖区人力资源和社会保障局",
      short="区人社局", region="湖北省武汉市东西湖区", level="县级部门", year=2021, template="GF2021",
      source="hebei-edu-2021", site="武汉市东西湖区人民政府", family="md-t3-transposed", agency_by="title",
      special="Pipe Markdown with table 三 turned (applicant types as rows, 25 item columns under three header rows; "
              "spanned slots empty), table 四 turned as well.")
def m_transposed(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_transposed(s["template"], t3, fmt)
    g4 = t4_grid(t4, fmt, style="rows")
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    return md_doc(blocks, lambda g: md_pipe(g)).encode("utf-8"), fmt


# ---- a few more text/HTML families -----------------------------------------------------------------


@spec(id="t21-kecheng-wlj-wrap-2024", format="txt", agency="衢州市柯城区文化和广电旅游体育局", short="区文广旅体局",
      region="浙江省衢州市柯城区", level="县级部门", year=2024, template="GF2021", source="pingtan-2022",
      site="衢州市柯城区人民政府", family="text-rows-2line-labels", agency_by="title+sign", signed=(1, 12),
      special="Text copied from a Word table: one table row a line, cells separated by runs of spaces; long labels "
              "broken where the Word cell wrapped, the tail on the next line alone with no values; zero cells "
              "printed 「0」 throughout; 「三、本年度办理结果」 spans the whole row.")
def t_wrap(s):
    t2, t3, t4 = values(s)
    fmt = Fmt()
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=1, hdr="3row", headings="span")
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)

    def table(g):
        lines = []
        for row in g:
            texts = [c.text for c in row if c.text]
            if not texts:
                continue
            first = texts[0]
            tail = ""
            if not row[0].key and len(first) > 18 and len(texts) > 1:
                first, tail = first[:18], first[18:]
            lines.append("   ".join([first, *texts[1:]]))
            if tail:
                lines.append(tail)
        return "\n".join(lines)

    return text_doc(blocks, table).encode("utf-8"), fmt


@spec(id="h21-huicheng-sjj-wu-2021", format="html", agency="惠州市惠城区市场监督管理局", short="区市场监管局",
      region="广东省惠州市惠城区", level="县级部门", year=2021, template="GF2021", source="shanghai-kewei-2024",
      site="惠州市惠城区人民政府", family="html-wu-zero-fullwidth", agency_by="title",
      special="CMS page where zero applicant cells of table 三 are printed 「无」 and table 二's 规章 row 「无」; "
              "non-zero numbers of 本年新收 and （七）总计 typed in full-width digits; table 三 label in three columns.")
def h_wu(s):
    t2, t3, t4 = values(s)
    fmt = Fmt(zero_app="无", t2_none={k: "无" for k in ("reg.made", "reg.repealed", "reg.valid")})
    g2 = t2_grid(s["template"], t2, fmt)
    g3 = t3_grid(s["template"], t3, fmt, labelcols=3, hdr="3row")
    for row in g3:
        for c in row:
            if c.key and (c.key.startswith("t3.new.") or c.key.startswith("t3.r7.")) and c.text.isdigit():
                c.text = c.text.translate(FW)
    g4 = t4_grid(t4, fmt)
    blocks = standard_blocks(s, t2, t3, g2, [g3], g4)
    page = html_page(s, blocks, lambda g: html_table(g), chrome=chrome(s, "4413020001", "粤ICP备06012121号"))
    return page.encode("utf-8"), fmt


# ---- build -----------------------------------------------------------------------------------------

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "txt": "txt", "markdown": "md"}


def gold_of(s: dict, fmt: Fmt) -> dict:
    rid = s["id"]
    legacy = s["template"] == "LEGACY"
    g = {
        "id": rid,
        "file": f"reports/{rid}.{EXT[s['format']]}",
        "agency": s["agency"],
        "region": s["region"],
        "level": s["level"],
        "year": s["year"],
        "template": s["template"],
        "tables_recoverable": not legacy,
        "family": s["family"],
        "format": s["format"],
        "t2": {} if legacy else fmt.gold["t2"],
        "t3": {} if legacy else fmt.gold["t3"],
        "t4": {} if legacy else fmt.gold["t4"],
        "placeholders": dict(sorted(fmt.placeholders.items())),
        "findings": [] if legacy else findings(fmt.gold["t3"], fmt.gold["t4"], s["template"]),
        "special": s["special"],
        "metrics": [],
        "qa": [],
    }
    return g


def main() -> None:
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    ids = set()
    for s in SPECS:
        assert s["id"] not in ids
        ids.add(s["id"])
        data, fmt = s["build"](s)
        path = HERE / "reports" / f"{s['id']}.{EXT[s['format']]}"
        path.write_bytes(data)
        gold = gold_of(s, fmt)
        (HERE / "gold" / f"{s['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        print(f"{s['id']:40} {len(data):7d} B  findings {[f['check'] for f in gold['findings']]}")


if __name__ == "__main__":
    main()
