"""Rebuild eval/wild19 (reports + gold) byte for byte: `.venv/bin/python eval/wild19/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam19.py (on fam18's, fam17's, fam16's, fam15's, fam14's, fam13's and fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam14  # noqa: F401,E402  (its hooks)
import fam15 as G  # noqa: E402
import fam16 as F  # noqa: E402
import fam17 as N  # noqa: E402
import fam18 as R  # noqa: E402,F401
import fam19 as S  # noqa: E402
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
    # ================================================================== REALISTIC half (15)
    # ------------------------------------------------------------------ PDF (7)
    dict(id="p24-yanling-gov-wps-xubiao-units-2024", fmt="pdf", template="GF2021", year=2024, source="ankang-2022",
         agency="炎陵县人民政府", region="湖南省株洲市炎陵县", level="县级政府", t3_cont="hdr",
         unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-wps-county-gov-t3-xubiao-hdr-unit-lines",
         special="A county government's WPS PDF: table 三 continued under 「续表」 with its header rows again, "
                 "「单位：件」 over tables 三 and 四."),
    dict(id="p23-liyuan-jd-acrobat-blank-right-2023", fmt="pdf", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="桑植县澧源街道办事处",
         region="湖南省张家界市桑植县", level="乡镇", mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         values="right", creator="Acrobat PDFMaker 21 for Word", producer="Adobe PDF Library 21.7.147",
         printer=G.p_report15, family="pdf-acrobat-jiedao-t3-blank-zeros-values-right",
         special="A 街道's Acrobat PDF: table 三's zero cells blank (gold: null, placeholder \"\") with a note, figures "
                 "right-aligned."),
    dict(id="p22-hengyang-zjj-hdr2-heji-defect-2022", fmt="pdf", template="GF2021", year=2022,
         source="shanghai-kewei-2024", agency="衡阳市住房和城乡建设局", region="湖南省衡阳市", level="市级部门",
         hdr2=True, relabel=XJ, defect={"new.tot": 1},
         printer=G.p_report15, family="pdf-word-city-bureau-hdr2-heji-new-total-defect",
         special="A city bureau's Word PDF: table 三 with two header rows, 「合计」 for 总计. A real defect: 一、本年新收 "
                 "总计 one too many. **Findings:** H1 column tot, H2 t3.new."),
    dict(id="p21-xianxi-zhen-wps-dash-header-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, agency="安化县仙溪镇人民政府", region="湖南省益阳市安化县", level="乡镇",
         mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE}, page_header="安化县仙溪镇人民政府",
         date_style="cn", creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-wps-zhen-t4-dash-page-header-cn-date",
         special="A 镇's WPS PDF: table 四 all 「—」 with its note (gold: null), the 镇's name as a running page "
                 "header, the date in Chinese numerals."),
    dict(id="p20-shangli-ajj-gf2019-cutrow-units-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="上栗县应急管理局", region="江西省萍乡市上栗县", level="县级部门",
         t3_cut=True, unit_line=["t3", "t4"],
         printer=G.p_report15, family="pdf-gf2019-word-bureau-t3-row-cut-unit-lines",
         special="A GF2019 county bureau's Word PDF: table 三 runs onto the next page with a row cut by the page "
                 "break, 「单位：件」 over tables 三 and 四."),
    dict(id="p25-chaling-scj-acrobat-extra-abbr-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="茶陵县市场监督管理局", region="湖南省株洲市茶陵县", level="县级部门",
         extra_row=True, abbr=True, page_header="茶陵县市场监督管理局", notes={"t3": ONLINE_NOTE},
         creator="Acrobat PDFMaker 24 for Word", producer="Adobe PDF Library 24.2.159",
         printer=F.p_report16, family="pdf-2025-acrobat-county-bureau-extra-online-subrow-abbrev-page-header",
         special="A 2025 county bureau's Acrobat PDF: table 三 with the extra sub-row 「其中：通过在线平台申请」 (not "
                 "template cells), the 法人 block abbreviated, a running page header."),
    dict(id="p24-lianyuan-zhen-lo-heji-t2slash-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", small=True, agency="涟源市桥头河镇人民政府", region="湖南省娄底市涟源市",
         level="乡镇", relabel=HJ, mark_zero=[(r"t2\.(reg|norm)\..*", "/")],
         creator="Writer", producer="LibreOffice 7.6",
         printer=G.p_report15, family="pdf-libreoffice-zhen-heji-spaced-t2-slash",
         special="A 镇's LibreOffice PDF: 「合  计」 for 总计, table 二's 规章 row 「/」 (its zero cells; gold: null)."),
    # ------------------------------------------------------------------ HTML (4)
    dict(id="h24-anhua-gov-dahan-hdr2-units-2024", fmt="html", template="GF2021", year=2024, source="hongze-2023",
         agency="安化县人民政府", region="湖南省益阳市安化县", level="县级政府", pub="2025-01-24", cms="dahan",
         index="430923-zfb/2025-00003", hdr2=True, unit_line=["t3", "t4"], date_style="cn",
         printer=G.h_cms15, family="html-dahan-county-gov-hdr2-unit-lines-cn-date",
         special="A county government's 大汉 page: table 三 with two header rows, 「单位：件」 over tables 三 and 四, "
                 "the date in Chinese numerals."),
    dict(id="h23-niuchehe-xiang-trs-heji-slash-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", small=True, agency="桃源县牛车河乡人民政府", region="湖南省常德市桃源县",
         level="乡镇", pub="2024-01-17", cms="trs", index="430725-ncx/2024-00001", relabel=HJ,
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=G.h_cms15, family="html-trs-xiang-heji-spaced-t4-slash-note",
         special="A 乡's TRS page: 「合  计」 for 总计, table 四 all 「/」 with its note (gold: null)."),
    dict(id="h22-xinhua-tyj-bosi-abbr-blank-2022", fmt="html", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="新化县文化旅游广电体育局", region="湖南省娄底市新化县", level="县级部门", pub="2023-01-19",
         cms="bosi", abbr=True, mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=G.h_cms15, family="html-bosi-bureau-abbrev-t3-blank-zeros-note",
         special="A county bureau's 博思 page: table 三 with the 法人 block abbreviated, its zero cells blank (gold: "
                 "null) with a note."),
    dict(id="h25-taojiang-zhen-platform-extra-units-2025", fmt="html", template="GF2021", year=2025,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="桃江县灰山港镇人民政府",
         region="湖南省益阳市桃江县", level="乡镇", pub="2026-01-15", cms="platform", extra_row=True,
         unit_line=["t3", "t4"],
         printer=N.h_cms17, family="html-platform-2025-zhen-extra-online-subrow-unit-lines",
         special="A 2025 镇's platform page: table 三 with the extra sub-row 「其中：通过在线平台申请」 (not template "
                 "cells), 「单位：件」 over tables 三 and 四."),
    # ------------------------------------------------------------------ DOCX (2), text (1), LEGACY (1)
    dict(id="d19-zhijiang-gov-gf2019-blank-units-2019", fmt="docx", template="GF2019", year=2019,
         source="pingtan-2019", agency="芷江侗族自治县人民政府", region="湖南省怀化市芷江侗族自治县",
         level="县级政府", mark_zero=[(r"t3\..*", "")], unit_line=["t3", "t4"], notes={"t3": BLANK_NOTE},
         printer=G.d_report15, family="docx-gf2019-county-gov-t3-blank-zeros-unit-lines",
         special="A GF2019 county government's Word report: table 三's zero cells blank (gold: null) with a note, "
                 "「单位：件」 over tables 三 and 四."),
    dict(id="d21-qianzhou-jd-hdr2-slash-cn-2021", fmt="docx", template="GF2021", year=2021, source="hongze-2023",
         small=True, agency="吉首市乾州街道办事处", region="湖南省湘西土家族苗族自治州吉首市", level="乡镇",
         hdr2=True, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE}, date_style="cn",
         printer=G.d_report15, family="docx-jiedao-hdr2-t4-slash-cn-date",
         special="A 街道's Word report: table 三 with two header rows, table 四 all 「/」 with its note (gold: null), "
                 "the date in Chinese numerals."),
    dict(id="t22-longhui-zhen-copy-dash-2022", fmt="txt", template="GF2021", year=2022, source="pingtan-2021",
         small=True, t4cases={"rv.keep": 1}, agency="隆回县桃洪镇人民政府", region="湖南省邵阳市隆回县",
         level="乡镇", pub="2023-01-16", mark_zero=[(r"t2\.(reg|norm)\..*", "—")],
         printer=G.t_copy15, family="text-page-copy-tab-cells-zhen-t2-dash",
         special="A 镇's report page as a crawler copied it (select-all, tab cells): table 二's 规章 row 「—」 (its zero cells) "
                 "(gold: null)."),
    dict(id="h15-shaodong-gov-legacy-2015", fmt="html", template="LEGACY", year=2015,
         agency="邵东县人民政府", region="湖南省邵阳市邵东县", level="县级政府",
         stats=dict(active=2314, web=1987, other=327, norm=21, apps=38, face=9, net=24, letter=5, rv=2, lit=1),
         printer=G.h_legacy15, family="legacy-html-2015-county-gov-stat-table-unit-column",
         special="2015 report of a county government (old 条例): prose and the 统计表 with a 单位 column (HTML)."),
    # ================================================================== HUNT half (15)
    # ------------------------------------------------------------------ HTML (7)
    dict(id="h24-lengshuijiang-fgj-next-data-rv-defect-2024", fmt="html", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="冷水江市发展和改革局", region="湖南省娄底市冷水江市", level="县级部门",
         pub="2025-01-23", cms="platform", aid=3318807, t4defect={"rv.tot": 1},
         printer=S.h_next_data, family="html-nextjs-next-data-json-article-t4-total-defect",
         special="A county-level city bureau's page on a Next.js front end: the body an empty <div id=\"__next\">, the "
                 "article only in <script id=\"__NEXT_DATA__\" type=\"application/json\"> (its HTML a JSON string with "
                 "「<」 as \\u003c). A real defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="h16-pingshang-zhen-next-data-legacy-2016", fmt="html", template="LEGACY", year=2016,
         agency="新邵县坪上镇人民政府", region="湖南省邵阳市新邵县", level="乡镇", pub="2017-03-20", aid=88120,
         stats=dict(active=62, web=55, other=7, norm=1, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         inner=G.h_legacy15,
         printer=S.h_next_data, family="legacy-html-2016-zhen-next-data-json-article",
         special="2016 report of a 镇 (old 条例), re-served by the site's Next.js front end: the article (prose and the "
                 "统计表 with a 单位 column) only in the __NEXT_DATA__ JSON (LEGACY)."),
    dict(id="h25-dongan-ybj-flex-divs-extra-2025", fmt="html", template="GF2021", year=2025, source="pingtan-2021",
         agency="东安县医疗保障局", region="湖南省永州市东安县", level="县级部门", pub="2026-01-21", cms="platform",
         extra_row=True, notes={"t3": ONLINE_NOTE},
         printer=S.h_flex_divs, family="html-flex-row-div-tables-2025-extra-online-subrow",
         special="A 2025 county bureau's page whose tables are a front-end component's flex-row <div>s (role=table/"
                 "row/cell, colspan as flex-grow, rowspan as data-rowspan), not <table>; table 三 with the extra "
                 "sub-row (not template cells)."),
    dict(id="h19-qidong-xiang-flex-divs-gf2019-2019", fmt="html", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="祁东县四明山乡人民政府", region="湖南省衡阳市祁东县",
         level="乡镇", pub="2020-01-20", cms="trs", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=S.h_flex_divs, family="html-gf2019-flex-row-div-tables-xiang-t4-slash",
         special="A GF2019 乡's page whose tables are flex-row <div>s (no <table>); table 四 all 「/」 (gold: null)."),
    dict(id="h23-jishou-jtj-trs-t4first-hdr2-2023", fmt="html", template="GF2021", year=2023, source="ankang-2022",
         agency="吉首市交通运输局", region="湖南省湘西土家族苗族自治州吉首市", level="县级部门", pub="2024-01-26",
         cms="trs", index="433101-jtj/2024-00002", t4first=True, hdr2=True, unit_line=["t3", "t4"],
         printer=N.h_cms17, family="html-trs-t4-total-column-first-hdr2-unit-lines",
         special="A county-level city bureau's TRS page: table 四 with 总计 first in each of its three blocks, table "
                 "三 with two header rows, 「单位：件」 over tables 三 and 四."),
    dict(id="h22-chenxi-gov-split-t4first-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="辰溪县人民政府", region="湖南省怀化市辰溪县", level="县级政府", pub="2023-01-30",
         index="431223-zfb/2023-00001", t4first=True,
         printer=S.h_split19, family="html-trs-word-paste-split-spans-t4-total-column-first",
         special="A county government's TRS page (Word paste, each figure's first digit in its own <span "
                 "lang=\"EN-US\">): table 四 with 总计 first in each block."),
    dict(id="h25-xintian-gov-ncr-extra-2025", fmt="html", template="GF2021", year=2025, source="ankang-2022",
         agency="新田县人民政府", region="湖南省永州市新田县", level="县级政府", pub="2026-01-27", cms="trs",
         extra_row=True, notes={"t3": ONLINE_NOTE},
         printer=S.h_ncr19, family="html-ncr-filter-2025-county-gov-extra-online-subrow",
         special="A 2025 county government's page behind a 「防采集」 filter (every digit and non-ASCII character as "
                 "&#NNNNN;): table 三 with the extra sub-row (not template cells)."),
    # ------------------------------------------------------------------ PDF (3)
    dict(id="p23-xupu-tjj-lo-totfirst-right-2023", fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="溆浦县统计局", region="湖南省怀化市溆浦县", level="县级部门", totfirst=True, values="right",
         creator="Writer", producer="LibreOffice 24.2",
         printer=S.p_report19, family="pdf-libreoffice-t3-total-column-first-values-right",
         special="A county bureau's LibreOffice PDF: table 三's 总计 column first (before 自然人), figures "
                 "right-aligned."),
    dict(id="p24-shuangfeng-sfj-chrome-t4first-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="双峰县司法局", region="湖南省娄底市双峰县", level="县级部门", t4first=True,
         chrome={"when": "2025/3/4 10:21",
                 "url": "http://www.shuangfeng.gov.cn/sfj/xxgk/zfxxgknb/202501/t20250124_31825567.html"},
         creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0",
         producer="Skia/PDF m122",
         printer=S.p_report19, family="pdf-chrome-print-bureau-page-t4-total-column-first",
         special="A county bureau's report page printed from Chrome (date/time and title on top, URL and 「n/N」 at "
                 "the foot): table 四 with 总计 first in each block."),
    dict(id="p25-xiangxiang-gov-itext-extra-2025", fmt="pdf", template="GF2021", year=2025, source="pingtan-2022",
         agency="湘乡市人民政府", region="湖南省湘潭市湘乡市", level="县级政府", extra_row=True, xobject=0.93,
         notes={"t3": ONLINE_NOTE},
         creator="Microsoft® Word 2019", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV (AGPL-version)",
         printer=S.p_report19, family="pdf-itext-xobject-2025-county-gov-extra-online-subrow",
         special="A 2025 county-level city government's Word PDF run through the portal's iText normaliser (each page "
                 "a Form XObject placed at 93 %): table 三 with the extra sub-row (not template cells)."),
    # ------------------------------------------------------------------ DOCX (2), JSON (1), Markdown (1), text (1)
    dict(id="d25-suining-xiang-feff-extra-carry-defect-2025", fmt="docx", template="GF2021", year=2025,
         source="hongze-2023", small=True, t4cases={"rv.keep": 1}, agency="绥宁县长铺子苗族侗族乡人民政府",
         region="湖南省邵阳市绥宁县", level="乡镇", digits="feff", extra_row=True, defect={"carry_in.np": 2},
         printer=S.d_report19, family="docx-2025-wps-copy-feff-extra-online-subrow-carry-in-defect",
         special="A 2025 乡's Word report whose tables were copied from WPS: U+FEFF before each figure (and after the "
                 "first digit of longer ones); table 三 with the extra sub-row (not template cells). A real defect: "
                 "二、上年结转 自然人 a stale figure, two too many. **Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="d24-yuanjiang-zrzyj-fullwidth-t4first-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="沅江市自然资源局", region="湖南省益阳市沅江市", level="县级部门",
         digits="fullwidth", t4first=True,
         printer=S.d_report19, family="docx-fullwidth-digits-t4-total-column-first",
         special="A county-level city bureau's Word report: integer figures typed in full-width digits (「１２」), "
                 "table 四 with 总计 first in each block."),
    dict(id="j22-huaihua-hbj-base64-totfirst-2022", fmt="json", template="GF2021", year=2022,
         source="hebei-edu-2023", agency="怀化市生态环境局鹤城分局", region="湖南省怀化市鹤城区", level="县级部门",
         pub="2023-01-29", aid=771204, totfirst=True,
         printer=S.j_base64_19, family="json-cms-api-base64-html-t3-total-column-first",
         special="A district branch bureau's article API answer whose `content` is base64 HTML; table 三's 总计 "
                 "column first."),
    dict(id="m25-lengshuitan-zhen-md-extra-2025", fmt="markdown", template="GF2021", year=2025,
         source="pingtan-2021", small=True, agency="永州市冷水滩区蔡市镇人民政府", region="湖南省永州市冷水滩区",
         level="乡镇", extra_row=True,
         printer=S.m_portal19, family="md-portal-export-2025-zhen-extra-online-subrow",
         special="The portal's 「导出 Markdown」 of a 2025 镇 report (pandoc-GFM shape, tables as raw HTML): table 三 "
                 "with the extra sub-row (not template cells)."),
    dict(id="t20-ningyuan-sjj-copy-gf2019-totfirst-2020", fmt="txt", template="GF2019", year=2020,
         source="pingtan-2020", agency="宁远县审计局", region="湖南省永州市宁远县", level="县级部门",
         pub="2021-01-22", totfirst=True,
         printer=G.t_copy15, family="text-page-copy-gf2019-t3-total-column-first",
         special="A GF2019 county bureau's report page as a crawler copied it (select-all, tab cells): table 三's 总计 "
                 "column first."),
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
