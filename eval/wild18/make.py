"""Rebuild eval/wild18 (reports + gold) byte for byte: `.venv/bin/python eval/wild18/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam18.py (on fam17's, fam16's, fam15's, fam14's, fam13's and fam12's).
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
import fam18 as R  # noqa: E402
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
    dict(id="p24-longquan-scjgj-cont-bare-right-2024", fmt="pdf", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="龙泉市市场监督管理局", region="浙江省丽水市龙泉市", level="县级部门",
         t3_cont="bare", values="right", creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-wps-county-bureau-t3-continued-bare-values-right",
         special="A county-level city bureau's WPS PDF: table 三 continued in a second table with no header rows, "
                 "figures right-aligned."),
    dict(id="p23-gaoping-zhen-blank-t2slash-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2021",
         small=True, agency="浏阳市高坪镇人民政府", region="湖南省长沙市浏阳市", level="乡镇",
         mark_zero=[(r"t3\..*", ""), (r"t2\.(reg|norm)\..*", "/")], notes={"t3": BLANK_NOTE}, date_style="dash",
         page_header="浏阳市高坪镇人民政府",
         printer=G.p_report15, family="pdf-word-zhen-t3-blank-zeros-t2-slash-dash-date-page-header",
         special="A 镇's Word PDF: table 三's zero cells blank (gold: null, placeholder \"\"), table 二's 规章/规范性文件 "
                 "「/」, the date 「2024-01-20」, the 镇's name as a running page header."),
    dict(id="p22-yongxin-gov-hdr2-cn-rv-defect-2022", fmt="pdf", template="GF2021", year=2022, source="ankang-2022",
         agency="永新县人民政府", region="江西省吉安市永新县", level="县级政府", hdr2=True, abbr=True,
         date_style="cn", t4defect={"rv.tot": 1}, creator="Acrobat PDFMaker 17 for Word",
         producer="Adobe PDF Library 17.11.238",
         printer=G.p_report15, family="pdf-acrobat-county-gov-hdr2-abbrev-cn-date-t4-total-defect",
         special="A county government's Acrobat PDF: table 三 with two header rows and the 法人 block abbreviated, the "
                 "date in Chinese numerals. A real defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="p21-xiaguan-jd-heji-units-2021", fmt="pdf", template="GF2021", year=2021, source="hongze-2023",
         small=True, t4cases={"rv.keep": 1}, agency="大理市下关街道办事处", region="云南省大理白族自治州大理市",
         level="乡镇", relabel=HJ, unit_line=["t3", "t4"], notes={"t4": ["注：行政复议案件为上级机关受理数。"]},
         creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-wps-jiedao-heji-spaced-unit-lines-t4-note",
         special="A 街道's WPS PDF: 「合  计」 for 总计, 「单位：件」 over tables 三 and 四, a note under table 四."),
    dict(id="p20-fengxin-sjj-gf2019-hdr2-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="奉新县审计局", region="江西省宜春市奉新县", level="县级部门", hdr2=True,
         page_header="奉新县审计局政府信息公开", creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-gf2019-wps-bureau-hdr2-page-header",
         special="A GF2019 county bureau's WPS PDF: table 三 with two header rows, a running page header."),
    dict(id="p25-luxi-gov-extra-hdr2-units-2025", fmt="pdf", template="GF2021", year=2025, source="pingtan-2022",
         agency="泸溪县人民政府", region="湖南省湘西土家族苗族自治州泸溪县", level="县级政府", extra_row=True,
         hdr2=True, unit_line=["t3", "t4"], notes={"t3": ONLINE_NOTE},
         printer=F.p_report16, family="pdf-2025-county-gov-extra-online-subrow-hdr2-unit-lines",
         special="A 2025 county government's Word PDF: table 三 with two header rows and the extra sub-row "
                 "「其中：通过在线平台申请」 (not template cells), 「单位：件」 over tables 三 and 四."),
    dict(id="p23-zhuzhou-swj-cutrow-right-2023", fmt="pdf", template="GF2021", year=2023,
         source="shanghai-kewei-2024", agency="株洲市商务局", region="湖南省株洲市", level="市级部门", t3_cut=True,
         values="right", creator="Acrobat PDFMaker 20 for Word", producer="Adobe PDF Library 20.12.67",
         printer=G.p_report15, family="pdf-acrobat-city-bureau-t3-row-cut-values-right",
         special="A city bureau's Acrobat PDF: table 三 runs onto the next page with a row cut by the page break, "
                 "figures right-aligned."),
    # ------------------------------------------------------------------ HTML (4 + LEGACY 1)
    dict(id="h24-shuangjiang-zhen-trs-hdr2-blank-2024", fmt="html", template="GF2021", year=2024,
         source="pingtan-2022", small=True, agency="通道侗族自治县双江镇人民政府",
         region="湖南省怀化市通道侗族自治县", level="乡镇", pub="2025-01-21", cms="trs",
         index="431230-sjz/2025-00001", hdr2=True, mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=G.h_cms15, family="html-trs-zhen-hdr2-t3-blank-zeros-note",
         special="A 镇's TRS page: table 三 with two header rows, its zero cells blank (gold: null), a note."),
    dict(id="h23-anfu-wgj-platform-heji-slash-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="安福县文化广电新闻出版旅游局", region="江西省吉安市安福县",
         level="县级部门", pub="2024-01-25", cms="platform", relabel=XJ, unit_line=["t3", "t4"],
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=G.h_cms15, family="html-platform-bureau-heji-unit-lines-t4-slash",
         special="A county bureau's platform page: 「合计」 for 总计, 「单位：件」 over tables 三 and 四, table 四 all "
                 "「/」 with its note (gold: null)."),
    dict(id="h22-liping-gov-bosi-xubiao-cn-2022", fmt="html", template="GF2021", year=2022, source="ankang-2022",
         agency="黎平县人民政府", region="贵州省黔东南苗族侗族自治州黎平县", level="县级政府", pub="2023-01-28",
         cms="bosi", split=True, date_style="cn",
         printer=G.h_cms15, family="html-bosi-county-gov-t3-xubiao-cn-date",
         special="A county government's 博思 page: table 三 cut in two with 「续表」 and its header rows again, the "
                 "date in Chinese numerals."),
    dict(id="h25-guidong-ylbzj-dahan-extra-2025", fmt="html", template="GF2021", year=2025, source="hongze-2023",
         agency="桂东县医疗保障局", region="湖南省郴州市桂东县", level="县级部门", pub="2026-01-19", cms="dahan",
         index="431027-ybj/2026-00001", extra_row=True, notes={"t3": ONLINE_NOTE},
         printer=N.h_cms17, family="html-dahan-2025-bureau-extra-online-subrow-note",
         special="A 2025 county bureau's 大汉 page: table 三 with the extra sub-row 「其中：通过在线平台申请」 (not "
                 "template cells) and a note explaining it."),
    dict(id="h16-wangyue-jd-legacy-2016", fmt="html", template="LEGACY", year=2016,
         agency="长沙市岳麓区望岳街道办事处", region="湖南省长沙市岳麓区", level="乡镇",
         stats=dict(active=46, web=41, other=5, norm=0, apps=1, face=1, net=0, letter=0, rv=0, lit=0),
         printer=G.h_legacy15, family="legacy-html-2016-jiedao-stat-table-unit-column",
         special="2016 report of a 街道 (old 条例): prose and the 统计表 with a 单位 column (HTML)."),
    # ------------------------------------------------------------------ DOCX (2), text (1)
    dict(id="d24-jiangyong-sfj-hdr2-abbr-heji-2024", fmt="docx", template="GF2021", year=2024, source="pingtan-2021",
         agency="江永县司法局", region="湖南省永州市江永县", level="县级部门", hdr2=True, abbr=True, relabel=XJ,
         notes={"t3": ["注：本表数据截至本年度末，按申请受理时间统计。"]},
         printer=G.d_report15, family="docx-county-bureau-hdr2-abbrev-heji-note",
         special="A county bureau's Word report: table 三 with two header rows and the 法人 block abbreviated, "
                 "「合计」 for 总计, a note under table 三."),
    dict(id="d20-xiushui-zhen-gf2019-dash-2020", fmt="docx", template="GF2019", year=2020, source="pingtan-2020",
         small=True, agency="修水县渣津镇人民政府", region="江西省九江市修水县", level="乡镇",
         unit_line=["t3", "t4"], mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=G.d_report15, family="docx-gf2019-zhen-unit-lines-t4-dash",
         special="A GF2019 镇's Word report: 「单位：件」 over tables 三 and 四, table 四 all 「—」 with its note "
                 "(gold: null)."),
    dict(id="t23-qiyang-nyj-copy-heji-units-2023", fmt="txt", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="祁阳市农业农村局", region="湖南省永州市祁阳市", level="县级部门", pub="2024-01-22", relabel=XJ,
         unit_line=["t3", "t4"],
         printer=G.t_copy15, family="text-page-copy-tab-cells-bureau-heji-unit-lines",
         special="A county-level city bureau's report page as a crawler copied it (select-all): paragraphs per line, "
                 "table rows with tab-separated cells, 「合计」 for 总计, 「单位：件」 lines."),
    # ================================================================== HUNT half (15)
    # ------------------------------------------------------------------ PDF (5)
    dict(id="p24-yiyang-rsj-wps-totfirst-hdr2-2024", fmt="pdf", template="GF2021", year=2024, source="hongze-2023",
         agency="弋阳县人力资源和社会保障局", region="江西省上饶市弋阳县", level="县级部门", totfirst=True,
         hdr2=True, unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=R.p_report18, family="pdf-wps-t3-total-column-first-hdr2-unit-lines",
         special="A county bureau's WPS PDF: table 三's 总计 column printed first (before 自然人), two header rows, "
                 "「单位：件」 over tables 三 and 四."),
    dict(id="p23-cenxi-zrzyj-t4-totfirst-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         agency="岑溪市自然资源局", region="广西壮族自治区梧州市岑溪市", level="县级部门", t4first=True,
         printer=R.p_report18, family="pdf-word-t4-total-column-first",
         special="A county-level city bureau's Word PDF: table 四 with 总计 first in each of its three blocks."),
    dict(id="p19-lanshan-xiang-itext-gf2019-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         small=True, agency="蓝山县浆洞瑶族乡人民政府", region="湖南省永州市蓝山县", level="乡镇", xobject=0.92,
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         creator="Microsoft® Word 2010", producer="iText® 5.5.13 ©2000-2018 iText Group NV (AGPL-version)",
         printer=R.p_report18, family="pdf-itext-xobject-gf2019-xiang-t4-slash",
         special="A GF2019 乡's Word PDF run through the portal's iText normaliser: each page imported as a Form "
                 "XObject placed at 92 %, centred; table 四 all 「/」 (gold: null) with its note."),
    dict(id="p22-dushan-zhen-chrome-xubiao-2022", fmt="pdf", template="GF2021", year=2022, source="hongze-2023",
         small=True, t4cases={"rv.keep": 1}, agency="独山县麻尾镇人民政府",
         region="贵州省黔南布依族苗族自治州独山县", level="乡镇", t3_cont="hdr",
         chrome={"when": "2023/2/14 15:06", "url": "http://www.dushan.gov.cn/zwgk/xxgkml/zfxxgknb/202301/t20230130_77812345.html"},
         creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0",
         producer="Skia/PDF m109",
         printer=R.p_report18, family="pdf-chrome-print-zhen-page-t3-xubiao-hdr",
         special="A 镇's report page printed from Chrome (date/time and page title on top, URL and 「n/N」 at the "
                 "foot); table 三 continued under 「续表」 with its header rows again."),
    dict(id="p25-wugang-sfj-circled-t4-extra-2025", fmt="pdf", template="GF2021", year=2025, source="pingtan-2021",
         agency="舞钢市司法局", region="河南省平顶山市舞钢市", level="县级部门", extra_row=True,
         marks={"t4.rv.keep": "①", "t4.rv.tot": "①", "t4.ld.keep": "②", "t4.ld.tot": "②"},
         notes={"t3": ONLINE_NOTE, "t4": ["注：①含2024年度结转案件；②含二审案件。"]},
         printer=R.p_report18, family="pdf-2025-t4-figures-circled-note-marks-extra-subrow",
         special="A 2025 county bureau's Word PDF: four figures of table 四 followed by circled note marks (「3①」), "
                 "the note under the table (gold: the figure); table 三 with the extra sub-row (not template cells)."),
    # ------------------------------------------------------------------ HTML (5)
    dict(id="h24-jingzhou-fgw-trs-feff-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="靖州苗族侗族自治县发展和改革局", region="湖南省怀化市靖州苗族侗族自治县", level="县级部门",
         pub="2025-01-22", cms="trs", index="431229-fgj/2025-00002", digits="feff",
         printer=R.h_cms18, family="html-trs-wps-copy-feff-before-figures",
         special="A county bureau's TRS page whose tables were copied from WPS: a U+FEFF (zero-width no-break space) "
                 "before every figure, another after the first digit of figures of two digits or more (gold: the "
                 "figure)."),
    dict(id="h25-shaoshan-gov-bosi-fullwidth-extra-2025", fmt="html", template="GF2021", year=2025,
         source="ankang-2022", agency="韶山市人民政府", region="湖南省湘潭市韶山市", level="县级政府",
         pub="2026-01-26", cms="bosi", extra_row=True, digits="fullwidth", notes={"t3": ONLINE_NOTE},
         printer=R.h_cms18, family="html-bosi-2025-fullwidth-digits-extra-subrow",
         special="A 2025 county-level city government's 博思 page: integer figures typed in full-width digits "
                 "(「１２」), table 三 with the extra sub-row (not template cells)."),
    dict(id="h20-wannian-tjj-gf2019-excel-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="万年县统计局", region="江西省上饶市万年县", level="县级部门", pub="2021-01-27",
         printer=N.h_excel_paste, family="html-gf2019-excel-paste-tables-x-num",
         special="A GF2019 county bureau's page whose tables were pasted from Excel: x:str/x:num, mso classes, "
                 "<col> widths, the hidden supportMisalignedColumns row."),
    dict(id="h23-jianghua-jyj-split-spans-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="江华瑶族自治县教育局", region="湖南省永州市江华瑶族自治县",
         level="县级部门", pub="2024-01-29", index="431129-jyj/2024-00001", hdr2=True, defect={"new.tot": 1},
         printer=N.h_split_spans, family="html-trs-word-paste-split-spans-hdr2-new-total-defect",
         special="A county bureau's TRS page (Word paste): each figure's first digit in one <span lang=\"EN-US\">, "
                 "the rest in a second; table 三 with two header rows. A real defect: 一、本年新收 总计 one too many. "
                 "**Findings:** H1 column tot, H2 t3.new."),
    dict(id="j21-eryou-xiang-base64-slash-2021", fmt="json", template="GF2021", year=2021, source="pingtan-2021",
         small=True, agency="沅陵县二酉苗族乡人民政府", region="湖南省怀化市沅陵县", level="乡镇", pub="2022-01-18",
         aid=628841, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.j_base64, family="json-cms-api-base64-html-xiang-t4-slash",
         special="A 乡's article API answer whose `content` is the article HTML in base64; table 四 all 「/」 "
                 "(gold: null)."),
    # ------------------------------------------------------------------ DOCX (2), Markdown (1), text (1), LEGACY (1)
    dict(id="d23-anren-wjj-totfirst-units-2023", fmt="docx", template="GF2021", year=2023, source="ankang-2022",
         agency="安仁县卫生健康局", region="湖南省郴州市安仁县", level="县级部门", totfirst=True,
         unit_line=["t3", "t4"],
         printer=R.d_report18, family="docx-t3-total-column-first-unit-lines",
         special="A county bureau's Word report: table 三's 总计 column first (before 自然人), 「单位：件」 over "
                 "tables 三 and 四."),
    dict(id="d22-xupu-zhen-feff-defect-2022", fmt="docx", template="GF2021", year=2022, source="pingtan-2022",
         small=True, t4cases={"ld.keep": 1}, agency="溆浦县低庄镇人民政府", region="湖南省怀化市溆浦县",
         level="乡镇", digits="feff", defect={"carry_in.np": 2},
         printer=R.d_report18, family="docx-wps-copy-feff-in-figures-carry-in-defect",
         special="A 镇's Word report whose tables were copied from WPS: U+FEFF before each figure (and inside "
                 "figures of two digits or more). A real defect: 二、上年结转 自然人 a stale figure, two too many. "
                 "**Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="m24-hongjiang-zjj-md-totfirst-2024", fmt="markdown", template="GF2021", year=2024,
         source="pingtan-2021", agency="洪江市住房和城乡建设局", region="湖南省怀化市洪江市", level="县级部门",
         totfirst=True,
         printer=R.m_portal, family="md-portal-export-t3-total-column-first",
         special="The portal's 「导出 Markdown」 of a county-level city bureau's report (pandoc-GFM shape, tables as raw "
                 "HTML): table 三's 总计 column first."),
    dict(id="t25-huangzhou-zhen-copy-extra-2025", fmt="txt", template="GF2021", year=2025, source="hongze-2023",
         small=True, t4cases={"rv.keep": 1}, agency="新晃侗族自治县晃州镇人民政府",
         region="湖南省怀化市新晃侗族自治县", level="乡镇", pub="2026-01-16", extra_row=True,
         printer=G.t_copy15, family="text-page-copy-2025-extra-online-subrow",
         special="A 2025 镇's report page as a crawler copied it (select-all, tab cells): table 三 with the extra "
                 "sub-row 「其中：通过在线平台申请」 (not template cells)."),
    dict(id="d16-morong-zhen-legacy-2016", fmt="docx", template="LEGACY", year=2016,
         agency="古丈县默戎镇人民政府", region="湖南省湘西土家族苗族自治州古丈县", level="乡镇",
         stats=dict(active=37, web=33, other=4, norm=0, apps=0, face=0, net=0, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2016-zhen-numbered-stat-rows-no-applications",
         special="2016 report of a 镇 (old 条例) with no application at all: prose and the 统计表 with a 序号 column "
                 "(Word)."),
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
