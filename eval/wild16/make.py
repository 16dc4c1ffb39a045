"""Rebuild eval/wild16 (reports + gold) byte for byte: `.venv/bin/python eval/wild16/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam16.py (on fam15's, fam14's, fam13's and fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam14  # noqa: F401,E402  (its hooks)
import fam15  # noqa: F401,E402  (its hooks)
import fam16 as F  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json", "fodt": "fodt",
       "fods": "fods", "xml": "xml"}



HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]

ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

REPORTS = [
    # ------------------------------------------------------------------ PDF (13)
    dict(id="p24-xiushan-jtj-rectrules-2024", fmt="pdf", template="GF2021", year=2024, source="hongze-2023",
         agency="秀山土家族苗族自治县交通运输委员会", region="重庆市秀山土家族苗族自治县", level="县级部门",
         rect_rules=True, latin=True, creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=F.p_report16, family="pdf-word2019-borders-as-filled-rects-latin-digit-font",
         special="A county commission's Word 2019 PDF: every table rule drawn as a thin filled rectangle (no stroked "
                 "line), the figures in Times New Roman beside the CJK text."),
    dict(id="p23-nanchong-gaj-space-thousands-2023", fmt="pdf", template="GF2021", year=2023,
         source="shanghai-kewei-2024", agency="南充市公安局", region="四川省南充市", level="市级部门", sep=" ",
         boost={"r1.np": 2874, "r1.biz": 131, "r2.np": 1306, "r4_1.np": 244, "r3_3.np": 1012}, t2scale=30,
         values="right", creator="Acrobat PDFMaker 20 for Word", producer="Adobe PDF Library 20.12.67",
         printer=F.p_report16, family="pdf-city-police-space-thousands-separator",
         special="A city 公安局's Acrobat PDF with thousands of applications, the figures printed with a space as the "
                 "thousands separator (「2 874」), right-aligned."),
    dict(id="p24-yanshan-gov-download-stamp-2024", fmt="pdf", template="GF2021", year=2024, source="pingtan-2022",
         agency="砚山县人民政府", region="云南省文山壮族苗族自治州砚山县", level="县级政府",
         stamp="砚山县人民政府门户网站 下载时间：2025-02-14 10:37", creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report16, family="pdf-portal-download-stamp-tiled-with-digits",
         special="A county government's PDF as the portal serves it: a light-grey download stamp with the site name, a "
                 "date and a time tiled over every page (under the text, across the tables)."),
    dict(id="p22-lishui-zjj-inline-revisions-2022", fmt="pdf", template="GF2021", year=2022, source="ankang-2022",
         agency="丽水市莲都区住房和城乡建设局", region="浙江省丽水市莲都区", level="县级部门",
         revised={"t3.r1.np": 3, "t3.r1.tot": 3, "t3.r7.np": 3, "t3.r7.tot": 3, "t2.license.decisions": -12},
         printer=F.p_report16, family="pdf-word-all-markup-inline-struck-figures",
         special="A county bureau's Word PDF printed with 「所有标记」: five cells show the draft's figure in red struck "
                 "through, then the inserted figure underlined (gold: the inserted figure)."),
    dict(id="p25-youyang-wjw-extra-row-2025", fmt="pdf", template="GF2021", year=2025, source="hebei-edu-2023",
         agency="酉阳土家族苗族自治县卫生健康委员会", region="重庆市酉阳土家族苗族自治县", level="县级部门",
         extra_row=True, notes={"t3": ONLINE_NOTE},
         printer=F.p_report16, family="pdf-2025-t3-extra-online-subrow",
         special="A 2025 county commission's Word PDF: table 三 with a row the template does not have, 「其中：通过在线平台"
                 "申请」 under 一、本年新收 (its figures are not cells of the template), a note explaining it."),
    dict(id="p23-fanglou-zhen-spacer-col-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         small=True, t4cases={}, agency="莲花县坊楼镇人民政府", region="江西省萍乡市莲花县", level="乡镇", spacer=True,
         mark_zero=[(r"t4\..*", "/")], creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report16, family="pdf-t3-blank-spacer-column-after-np",
         special="A 镇's WPS PDF: table 三 with an empty narrow column between 自然人 and the 法人 block (a column left "
                 "from editing the template), ruled like the others; table 四 all 「/」 (gold: null, placeholder)."),
    dict(id="p21-dazhu-sthj-t4-column-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="达州市大竹生态环境局", region="四川省达州市大竹县", level="县级部门", t4col=True,
         printer=F.p_report16, family="pdf-t4-as-column-vertical-group-labels",
         special="A county bureau's Word PDF: table 四 printed as a column — 行政复议 / 行政诉讼 in a merged first "
                 "column, one character per line, 未经复议直接起诉 / 复议后起诉 beside it, the five results as rows."),
    dict(id="p20-shicheng-lyj-gf2019-spacer-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="石城县林业局", region="江西省赣州市石城县", level="县级部门", spacer=True, latin=True,
         creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report16, family="pdf-gf2019-wps-t3-spacer-column-latin-digits",
         special="A GF2019 county bureau's WPS PDF: table 三 with an empty column after 自然人, the figures in a Latin "
                 "font."),
    dict(id="p24-huichang-gov-dup-layer-2024", fmt="pdf", template="GF2021", year=2024, source="hebei-edu-2021",
         agency="会昌县人民政府", region="江西省赣州市会昌县", level="县级政府", duplayer=True,
         creator="Microsoft® Word 2016", producer="Microsoft® Word 2016; modified using iText® 5.5.13",
         printer=F.p_report16, family="pdf-invisible-duplicate-text-layer",
         special="A county government's Word PDF passed through a tool that added a second, invisible text layer: "
                 "every string drawn again in render mode 3 at the same place (each figure twice in the text layer)."),
    dict(id="p25-caowei-zhen-note-row-rv-defect-2025", fmt="pdf", template="GF2021", year=2025, source="hongze-2023",
         small=True, t4cases={"rv.keep": 1, "rv.fix": 1}, t4defect={"rv.tot": 1},
         agency="沅江市草尾镇人民政府", region="湖南省益阳市沅江市", level="乡镇", note_row=True,
         mark_zero=[(r"t2\.(reg|norm)\..*", "/")],
         printer=F.p_report16, family="pdf-2025-t3-note-row-with-figures-t4-total-defect",
         special="A 2025 镇's Word PDF: the last row of table 三 is a note spanning the table with figures in it "
                 "(「注：本年新收申请中，通过政务服务网提交n件…」); table 二's 规章/规范性文件 zeros 「/」. A real defect: 行政复议 总计 one too many. "
                 "**Findings:** H5 t4.rv."),
    dict(id="p19-lingbao-swj-gf2019-neibu-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         agency="灵宝市水利局", region="河南省三门峡市灵宝市", level="县级部门", neibu="内部资料",
         printer=F.p_report16, family="pdf-gf2019-neibu-ziliao-watermark-across-tables",
         special="A GF2019 county bureau's Word PDF with the page watermark 「内部资料」 (large, light grey, "
                 "horizontal) across the middle of every page, over the tables."),
    dict(id="p22-wuping-scjg-ofd-print-2022", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2023",
         agency="武平县市场监督管理局", region="福建省龙岩市武平县", level="县级部门", per_glyph=True, rect_rules=True,
         creator="SuwellReader", producer="Suwell OFD Reader 3.0 (print to PDF)",
         printer=F.p_report16, family="pdf-ofd-reader-print-glyph-by-glyph-rect-rules",
         special="The report's OFD version printed to PDF from 数科 OFD Reader: every glyph placed on its own, the "
                 "rules as thin filled rectangles."),
    dict(id="p23-moreng-zhen-hscale-2023", fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2021",
         small=True, t4cases={"rv.keep": 1}, agency="古丈县默戎镇人民政府", region="湖南省湘西土家族苗族自治州古丈县",
         level="乡镇", hscale=72, creator="Microsoft® Word 2013", producer="Microsoft® Word 2013",
         printer=F.p_report16, family="pdf-table-text-horizontally-scaled-72",
         special="A 镇's Word PDF whose table text was condensed with 字符缩放 (horizontal scale 72 %) to fit the "
                 "columns: every table string drawn with Tz 72."),
    # ------------------------------------------------------------------ HTML (9)
    dict(id="h23-tongdao-nyj-dl-rows-stale-defect-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", agency="通道侗族自治县农业农村局", region="湖南省怀化市通道侗族自治县",
         level="县级部门", pub="2024-01-25", cms="plain", defect={"carry_in.np": 2},
         printer=F.h_dl_rows, family="html-cms-table-rows-as-dl-dt-dd-carry-in-defect",
         special="A CMS whose article template turns every table into lists: each row a <dl>, the first cell <dt>, "
                 "the others <dd>, merged cells once (no spans). A real defect: 二、上年结转 自然人 a stale figure, two "
                 "too many. **Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="h22-guanyang-zhen-js-unescape-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         small=True, t4cases={}, agency="灌阳县新街镇人民政府", region="广西壮族自治区桂林市灌阳县", level="乡镇",
         pub="2023-01-18", cms="dahan", index="000014348/2023-00006",
         printer=F.h_js_unescape, family="html-article-in-js-unescape-percent-u",
         special="An old site whose article is written by script: document.write(unescape(c)) of a %uXXXX-escaped "
                 "string built in 120-character pieces; only the title is page text."),
    dict(id="h24-qianxi-gov-trailing-col-2024", fmt="html", template="GF2021", year=2024, source="ankang-2022",
         agency="迁西县人民政府", region="河北省唐山市迁西县", level="县级政府", pub="2025-01-21", cms="trs",
         index="130227/2025-00009", trail=True,
         printer=F.h_cms16, family="html-trs-t3-trailing-empty-column",
         special="A county government's TRS page (Word paste): table 三 carries an empty last column on every row "
                 "(header cell spanning the header rows, blank cells after 总计)."),
    dict(id="h24-xiangtan-scjg-nbsp-thousands-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="湘潭市市场监督管理局", region="湖南省湘潭市", level="市级部门",
         pub="2025-01-24", cms="bosi", sep="\u00a0", boost={"r1.np": 1186, "r3_3.np": 402, "r5_1.np": 77}, t2scale=18,
         printer=F.h_cms16, family="html-bosi-city-bureau-nbsp-thousands-separator",
         special="A city 市场监管局's 博思 page with over a thousand applications, figures printed with a no-break space "
                 "as the thousands separator (「1&nbsp;xxx」)."),
    dict(id="h25-changning-fgj-extra-row-2025", fmt="html", template="GF2021", year=2025, source="hongze-2023",
         agency="长宁县发展和改革局", region="四川省宜宾市长宁县", level="县级部门", pub="2026-01-19", cms="platform",
         extra_row=True,
         printer=F.h_cms16, family="html-platform-2025-t3-extra-online-subrow",
         special="A 2025 county bureau's platform page: table 三 with the extra row 「其中：通过在线平台申请」 under "
                 "一、本年新收 (its figures are not template cells)."),
    dict(id="h20-yudu-wgj-gf2019-vertical-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="于都县文化广电新闻出版旅游局", region="江西省赣州市于都县", level="县级部门", pub="2021-01-27",
         cms="trs", index="360731-wgj/2021-00002", vlabels=True,
         printer=F.h_cms16, family="html-gf2019-group-cells-one-char-per-line",
         special="A GF2019 county bureau's TRS page: the merged group cells 「申请人情况」, 「三、本年度办理结果」, "
                 "「行政复议」, 「行政诉讼」 typed one character per line (<br> after each)."),
    dict(id="h23-shouning-jyj-tika-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="寿宁县教育局", region="福建省宁德市寿宁县", level="县级部门",
         printer=F.h_tika, family="html-tika-xhtml-of-pdf-page-numbers",
         special="Apache Tika's XHTML of the report PDF (tika --xml): one <div class=\"page\"> per page, its text "
                 "lines in one <p>, table rows as lines of space-separated cell texts (merged cells once), the page "
                 "number 「- n -」 at each page's foot (inside tables)."),
    dict(id="h25-jinping-jd-note-row-2025", fmt="html", template="GF2021", year=2025, source="pingtan-2021",
         small=True, t4cases={"ld.keep": 1}, agency="汕头市金平区石炮台街道办事处", region="广东省汕头市金平区",
         level="乡镇", pub="2026-01-16", cms="bosi", note_row=True, avg=6,
         printer=F.h_cms16, family="html-bosi-2025-t3-note-row-with-figures",
         special="A 2025 街道's 博思 page: table 三's last row a note spanning all columns with figures in it."),
    dict(id="h21-lvdongshan-zhen-spacer-hdr2-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         small=True, t4cases={}, agency="保靖县吕洞山镇人民政府", region="湖南省湘西土家族苗族自治州保靖县", level="乡镇",
         pub="2022-01-24", cms="trs", index="433125/2022-00013", spacer=True, hdr2=True,
         mark_zero=[(r"t4\..*", "—")],
         printer=F.h_cms16, family="html-trs-zhen-t3-spacer-column-hdr2",
         special="A 镇's TRS page: table 三 with two header rows and an empty column between 自然人 and the 法人 "
                 "block (spanning the header rows, blank in every row); table 四 all 「—」 (gold: null)."),
    # ------------------------------------------------------------------ JSON (1)
    dict(id="j24-liangxiang-zhen-double-json-2024", fmt="json", template="GF2021", year=2024, source="ankang-2022",
         small=True, agency="北京市房山区良乡镇人民政府", region="北京市房山区", level="乡镇", pub="2025-01-15",
         cms="platform", aid=583104,
         printer=F.j_double, family="json-platform-api-data-as-json-string",
         special="A 政务公开 platform's article API answer whose `data` field is itself a JSON string (encoded twice): "
                 "title, publishDate, source and the article HTML (tables as HTML) inside it."),
    # ------------------------------------------------------------------ DOCX (5)
    dict(id="d23-jingning-zrzy-reorder-spacer-2023", fmt="docx", template="GF2021", year=2023, source="hongze-2023",
         agency="景宁畲族自治县自然资源和规划局", region="浙江省丽水市景宁畲族自治县", level="县级部门",
         reorder=[1, 2, 0, 3, 4], spacer=True,
         printer=F.d_report16, family="docx-t3-legal-block-reordered-spacer-column",
         special="A county bureau's Word report: table 三's 法人 block in another order (科研机构, 社会公益组织, 商业企业, "
                 "法律服务机构, 其他) and an empty column after 自然人."),
    dict(id="d22-hunan-tjj-space-thousands-2022", fmt="docx", template="GF2021", year=2022,
         source="shanghai-kewei-2024", agency="湖南省统计局", region="湖南省", level="省级部门", sep=" ",
         boost={"r1.np": 1043, "r3_3.np": 96}, t2scale=4, unit_line=["t3"],
         printer=F.d_report16, family="docx-province-dept-space-thousands-separator",
         special="A 省 department's Word report with about a thousand applications, the figures printed with a space as "
                 "the thousands separator (「1 1xx」), 「单位：件」 over table 三."),
    dict(id="x24-lingchuan-zhen-flat-opc-newtot-defect-2024", fmt="xml", template="GF2021", year=2024,
         source="pingtan-2022", small=True, t4cases={}, defect={"new.tot": 1},
         agency="灵川县大圩镇人民政府", region="广西壮族自治区桂林市灵川县", level="乡镇",
         printer=F.d_flat_xml, family="xml-word-flat-opc-document-new-total-defect",
         special="The 镇's report saved as 「Word XML 文档」 (*.xml, flat OPC package: every part a pkg:part, XML inline). "
                 "A real defect: 一、本年新收 总计 one too many. **Findings:** H1 column tot, H2 t3.new."),
    dict(id="d25-yanting-gov-note-row-2025", fmt="docx", template="GF2021", year=2025, source="pingtan-2021",
         agency="盐亭县人民政府", region="四川省绵阳市盐亭县", level="县级政府", note_row=True, avg=11,
         repeat_hdr=True,
         printer=F.d_report16, family="docx-2025-county-t3-note-row-with-figures",
         special="A 2025 county government's Word report: the last row of table 三 a merged note with figures "
                 "(how many came online, the average days to answer)."),
    dict(id="d19-wanzai-mzj-gf2019-trailing-col-2019", fmt="docx", template="GF2019", year=2019, source="pingtan-2019",
         agency="万载县民政局", region="江西省宜春市万载县", level="县级部门", trail=True,
         printer=F.d_report16, family="docx-gf2019-t3-trailing-empty-column",
         special="A GF2019 county bureau's Word report: table 三 with an empty last column on every row."),
    # ------------------------------------------------------------------ LEGACY (2)
    dict(id="h16-fuliang-wgj-legacy-dl-2016", fmt="html", template="LEGACY", year=2016,
         agency="浮梁县文化广电新闻出版局", region="江西省景德镇市浮梁县", level="县级部门",
         stats=dict(active=214, web=198, other=16, norm=2, apps=3, face=1, net=2, letter=0, rv=0, lit=0),
         printer=F.h_legacy_dl, family="legacy-html-2016-stat-rows-as-dl",
         special="2016 report of a county bureau (old 条例): prose and the 统计表 (指标 | 单位 | 数量) with each row a "
                 "<dl>."),
    dict(id="h17-shangli-zhen-legacy-unescape-2017", fmt="html", template="LEGACY", year=2017,
         agency="上栗县桐木镇人民政府", region="江西省萍乡市上栗县", level="乡镇",
         stats=dict(active=57, web=51, other=6, norm=0, apps=1, face=1, net=0, letter=0, rv=0, lit=0),
         printer=F.h_legacy_unescape, family="legacy-html-2017-zhen-in-js-unescape",
         special="2017 report of a 镇 (old 条例) whose article is written by document.write(unescape(…))."),
]


def build(spec: dict) -> tuple[bytes, dict]:
    s = dict(spec)
    s.setdefault("site", s["agency"])
    from text import title
    s["title"] = title(s)
    s["date"] = f"{s['year'] + 1}年1月20日"
    s["placeholders"] = {}
    tmpl = s["template"]
    if tmpl == "LEGACY":
        s["t2"], s["t3"], s["t4"] = {}, {}, {}
    else:
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"), s.get("boost"), s.get("small", False))
        if s.get("t3zero"):  # a body that received no application at all
            s["t3"] = {k: 0 for k in s["t3"]}
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"), s.get("small", False))
        cases = s.get("t4cases", {} if s.get("small") else None)
        if cases is not None:  # a small body's table 四: the few cases it had (mostly none at all)
            t4 = {k: cases.get(k, 0) for k in s["t4"]}
            for kind in ("rv", "ld", "lr"):
                t4[f"{kind}.tot"] = sum(t4[f"{kind}.{p}"] for p in ("keep", "fix", "other", "pend"))
            for k, d in (s.get("t4defect") or {}).items():
                t4[k] += d
            s["t4"] = t4
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
        if s.get("small"):  # a 乡镇's table 二: few decisions, no fee income, a small procurement
            for k in s["t2"]:
                if k.endswith(("decisions", "valid", "total_public")):
                    s["t2"][k] //= 12
            if "fee.amount_wan" in s["t2"]:
                s["t2"]["fee.amount_wan"] = 0
            if "procurement.amount" in s["t2"]:
                s["t2"]["procurement.amount"] = round(s["t2"]["procurement.amount"] / 20, 2)
        s["t2"].update(s.get("t2set", {}))
        if s.get("yuan"):
            s["t2"]["procurement.amount"] = round(s["t2"]["procurement.amount"] * 10000, 2)
        if "comment_text" in s:
            s["comment_text"] = s["comment_text"].format(sum(s["t3"][f"r1.{c}"] for c in
                                                             ("np", "biz", "sci", "npo", "law", "oth")))
    data = s["printer"](s)
    ph = dict(s["placeholders"])
    for key in ph:  # a placeholder cell (「/」) is null in gold, never 0
        sect, k = key.split(".", 1)
        s[sect][k] = None
    if tmpl == "GF2019":
        ph["t2.procurement.amount_unit"] = s.get("unit", "万元")
    gold = {
        "id": s["id"], "file": f"reports/{s['id']}.{EXT[s['fmt']]}", "agency": s["agency"], "region": s["region"],
        "level": s["level"], "year": s["year"], "template": tmpl, "tables_recoverable": tmpl != "LEGACY",
        "family": s["family"], "format": s["fmt"],
        "t2": s["t2"], "t3": s["t3"], "t4": s["t4"], "placeholders": dict(sorted(ph.items())),
        "findings": findings(tmpl, s["t3"], s["t4"]) if tmpl != "LEGACY" else [],
        "special": s["special"], "metrics": [], "qa": [],
    }
    return data, gold


def main() -> None:
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for spec in REPORTS:
        if only and spec["id"] not in only:
            continue
        data, gold = build(spec)
        (HERE / gold["file"]).write_bytes(data)
        (HERE / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        print(f"{gold['id']:42s} {len(data):7d} B  findings={[(f['check'], f['where']) for f in gold['findings']]}")


if __name__ == "__main__":
    main()
