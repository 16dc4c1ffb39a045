"""Rebuild eval/wild17 (reports + gold) byte for byte: `.venv/bin/python eval/wild17/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam17.py (on fam16's, fam15's, fam14's, fam13's and fam12's).
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
    dict(id="p24-yushui-jtj-hdr2-header-2024", fmt="pdf", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="新余市渝水区教育体育局", region="江西省新余市渝水区", level="县级部门", hdr2=True,
         unit_line=["t3", "t4"], page_header="新余市渝水区教育体育局", creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-wps-county-bureau-hdr2-unit-lines-page-header",
         special="A county bureau's WPS PDF: 「单位：件」 over tables 三 and 四, table 三 with two header rows, the "
                 "bureau's name as a running page header."),
    dict(id="p23-yanglousi-zhen-xubiao-dash-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         small=True, agency="临湘市羊楼司镇人民政府", region="湖南省岳阳市临湘市", level="乡镇", t3_cont="hdr",
         relabel=HJ, mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=G.p_report15, family="pdf-word-zhen-t3-xubiao-hdr-heji-spaced-t4-dash",
         special="A 镇's Word PDF: table 三 continued in a second table under 「续表」 with its header rows again, "
                 "「合  计」 for 总计, table 四 all 「—」 (gold: null) with a note."),
    dict(id="p22-ningdu-gov-cn-date-rv-defect-2022", fmt="pdf", template="GF2021", year=2022, source="ankang-2022",
         agency="宁都县人民政府", region="江西省赣州市宁都县", level="县级政府", date_style="cn",
         t4defect={"rv.tot": 1}, notes={"t3": ["注：本表统计口径为县人民政府办公室受理的申请。"]},
         printer=G.p_report15, family="pdf-word-county-gov-t3-note-cn-date-t4-total-defect",
         special="A county government's Word PDF: a note under table 三, the date in Chinese numerals. A real "
                 "defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="p21-yuexi-wjw-right-abbr-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="岳西县卫生健康委员会", region="安徽省安庆市岳西县", level="县级部门", values="right", abbr=True,
         relabel=XJ, creator="Acrobat PDFMaker 19 for Word", producer="Adobe PDF Library 19.21.90",
         printer=G.p_report15, family="pdf-acrobat-county-commission-values-right-abbrev-heji",
         special="A county commission's Acrobat PDF: figures right-aligned, the 法人 block abbreviated (企业, 科研…), "
                 "「合计」 for 总计."),
    dict(id="p20-zhuli-xiang-gf2019-blank-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         small=True, agency="泰顺县竹里畲族乡人民政府", region="浙江省温州市泰顺县", level="乡镇",
         mark_zero=[(r"t3\..*", "")], unit_line=["t3", "t4"], notes={"t3": BLANK_NOTE}, creator="WPS 文字",
         producer="WPS 文字",
         printer=G.p_report15, family="pdf-gf2019-wps-xiang-t3-blank-zeros-unit-lines",
         special="A GF2019 乡's WPS PDF: table 三's zero cells left blank (gold: null, placeholder \"\"), "
                 "「单位：件」 over tables 三 and 四."),
    dict(id="p25-yichang-ybj-extra-right-2025", fmt="pdf", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="宜昌市医疗保障局", region="湖北省宜昌市", level="市级部门", extra_row=True, values="right",
         boost={"r1.np": 96, "r4_1.np": 21, "r5_1.np": 9}, t2scale=6, notes={"t3": ONLINE_NOTE},
         printer=F.p_report16, family="pdf-2025-city-bureau-extra-online-subrow-values-right",
         special="A 2025 city bureau's Word PDF: the extra sub-row 「其中：通过在线平台申请」 under 一、本年新收 (not "
                 "template cells), figures right-aligned, a note under table 三."),
    dict(id="p24-xingren-zhen-cutrow-header-2024", fmt="pdf", template="GF2021", year=2024, source="hongze-2023",
         small=True, t4cases={"rv.keep": 1}, agency="丹寨县兴仁镇人民政府",
         region="贵州省黔东南苗族侗族自治州丹寨县", level="乡镇", t3_cut=True,
         page_header="丹寨县兴仁镇人民政府政务公开", mark_zero=[(r"t2\.(reg|norm)\..*", "/")],
         creator="WPS 文字", producer="WPS 文字",
         printer=G.p_report15, family="pdf-wps-zhen-t3-row-cut-page-header-t2-slash",
         special="A 镇's WPS PDF: table 三 runs onto the next page with a row cut by the page break (no header "
                 "there), a running page header, table 二's 规章/规范性文件 zeros 「/」."),
    # ------------------------------------------------------------------ HTML (4)
    dict(id="h24-nanfeng-nyj-trs-units-notes-2024", fmt="html", template="GF2021", year=2024,
         source="hebei-edu-2021", agency="南丰县农业农村局", region="江西省抚州市南丰县", level="县级部门",
         pub="2025-01-23", cms="trs", index="361023-nyj/2025-00002", unit_line=["t3", "t4"],
         notes={"t3": ["注：申请人情况按申请时身份统计。"], "t4": ["注：本年度无行政复议、行政诉讼纠错情况。"]},
         printer=G.h_cms15, family="html-trs-county-bureau-unit-lines-notes-t3-t4",
         special="A county bureau's TRS page: 「单位：件」 over tables 三 and 四 and a note under each."),
    dict(id="h23-benzhuang-zhen-bosi-heji-dash-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", small=True, agency="石阡县本庄镇人民政府", region="贵州省铜仁市石阡县",
         level="乡镇", pub="2024-01-22", cms="bosi", relabel=HJ, mark_zero=[(r"t4\..*", "—")],
         notes={"t4": DASH_NOTE},
         printer=G.h_cms15, family="html-bosi-zhen-heji-spaced-t4-dash-note",
         special="A 镇's 博思 page: 「合  计」 for 总计, table 四 all 「—」 with its note (gold: null)."),
    dict(id="h22-pujiang-gov-platform-xubiao-2022", fmt="html", template="GF2021", year=2022,
         source="ankang-2022", agency="浦江县人民政府", region="浙江省金华市浦江县", level="县级政府",
         pub="2023-01-30", cms="platform", hdr2=True, abbr=True, split=True,
         printer=G.h_cms15, family="html-platform-county-gov-hdr2-abbrev-t3-xubiao",
         special="A county government's platform page: table 三 with two header rows and the 法人 block "
                 "abbreviated, cut in two with 「续表」 and the header rows again."),
    dict(id="h19-tingping-xiang-gf2019-dahan-2019", fmt="html", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="城步苗族自治县汀坪乡人民政府",
         region="湖南省邵阳市城步苗族自治县", level="乡镇", pub="2020-01-21", cms="dahan",
         index="431529-tpx/2020-00001", relabel=XJ, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=G.h_cms15, family="html-gf2019-dahan-xiang-heji-t4-slash",
         special="A GF2019 乡's 大汉 page: 「合计」 for 总计, table 四 all 「/」 with its note (gold: null)."),
    # ------------------------------------------------------------------ DOCX (3), text (1)
    dict(id="d24-dongzhi-zjj-repeat-units-2024", fmt="docx", template="GF2021", year=2024, source="hongze-2023",
         agency="东至县住房和城乡建设局", region="安徽省池州市东至县", level="县级部门", repeat_hdr=True,
         unit_line=["t3", "t4"], date_style="dash", notes={"t4": ["注：行政诉讼含一审、二审案件。"]},
         printer=G.d_report15, family="docx-county-bureau-repeat-header-unit-lines-dash-date",
         special="A county bureau's Word report: table 三's header rows marked to repeat, 「单位：件」 over tables 三 "
                 "and 四, a note under table 四, the date typed 「2025-01-20」."),
    dict(id="d23-ningchang-zhen-heji-slash-2023", fmt="docx", template="GF2021", year=2023, source="pingtan-2022",
         small=True, agency="巫溪县宁厂镇人民政府", region="重庆市巫溪县", level="乡镇", relabel=XJ,
         mark_zero=[(r"t2\.(reg|norm)\..*", "/"), (r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=G.d_report15, family="docx-zhen-heji-t2-t4-slash",
         special="A 镇's Word report: 「合计」 for 总计, table 二's 规章/规范性文件 and all of table 四 「/」 (gold: "
                 "null)."),
    dict(id="t24-chengnan-jd-copy-hdr2-2024", fmt="txt", template="GF2021", year=2024, source="hebei-edu-2021",
         small=True, t4cases={"ld.keep": 1}, agency="柳州市城中区城南街道办事处", region="广西壮族自治区柳州市城中区",
         level="乡镇", pub="2025-01-16", hdr2=True,
         printer=G.t_copy15, family="text-page-copy-tab-cells-jiedao-hdr2",
         special="A 街道's report page as a crawler copied it (select-all): paragraphs per line, table rows with "
                 "tab-separated cells, table 三 with two header rows."),
    dict(id="d18-jinxi-sfj-legacy-2018", fmt="docx", template="LEGACY", year=2018,
         agency="金溪县司法局", region="江西省抚州市金溪县", level="县级部门",
         stats=dict(active=64, web=60, other=4, norm=1, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2018-bureau-numbered-stat-rows",
         special="2018 report of a county bureau (old 条例): prose and the 统计表 with a 序号 column (Word)."),
    # ================================================================== HUNT half (15)
    # ------------------------------------------------------------------ PDF (3)
    dict(id="p23-jinzhai-rsj-asterisk-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="金寨县人力资源和社会保障局", region="安徽省六安市金寨县", level="县级部门",
         marks={"t3.r1.np": "*", "t3.r1.tot": "*", "t3.r2.np": "*", "t3.r2.tot": "*"},
         notes={"t3": ["注：标“*”的数据含跨年度办结的申请。"]},
         printer=N.p_report17, family="pdf-word-t3-figures-with-asterisk-note-marks",
         special="A county bureau's Word PDF: four figures of table 三 typed with a note mark right after them "
                 "(「12*」), the note under the table (gold: the figure)."),
    dict(id="p24-renshou-zrzy-itext-xobject-2024", fmt="pdf", template="GF2021", year=2024, source="pingtan-2021",
         agency="仁寿县自然资源局", region="四川省眉山市仁寿县", level="县级部门", xobject=0.94,
         creator="Microsoft® Word 2016", producer="iText® 7.1.16 ©2000-2021 iText Group NV",
         printer=N.p_report17, family="pdf-itext-pages-imported-as-form-xobjects-scaled",
         special="The portal's PDF normaliser (iText) imported each page of the Word PDF as a Form XObject and placed "
                 "it scaled to 94 %, centred: all text and rules inside one XObject per page."),
    dict(id="p25-jiande-gov-chrome-print-2025", fmt="pdf", template="GF2021", year=2025, source="ankang-2022",
         agency="建德市人民政府", region="浙江省杭州市建德市", level="县级政府", extra_row=True,
         chrome={"when": "2026/1/23 09:41", "url": "https://www.jiande.gov.cn/art/2026/1/22/art_1229410_59217043.html"},
         creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0",
         producer="Skia/PDF m131",
         printer=N.p_report17, family="pdf-chrome-print-cms-page-2025-extra-subrow-url-footer",
         special="A 2025 county-level city's report page printed from Chrome: the print date/time and the page title "
                 "on top, the URL and 「n/N」 at the foot of every page; table 三 with the extra sub-row "
                 "「其中：通过在线平台申请」 (not template cells)."),
    # ------------------------------------------------------------------ HTML (7)
    dict(id="h23-rucheng-czj-excel-paste-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="汝城县财政局", region="湖南省郴州市汝城县", level="县级部门",
         pub="2024-01-26", defect={"new.tot": 1},
         printer=N.h_excel_paste, family="html-excel-paste-tables-x-num-hidden-row-new-total-defect",
         special="A county bureau's page whose three tables were pasted from Excel: x:str/x:num attributes, mso "
                 "classes in a <style>, <col> widths, the hidden supportMisalignedColumns row. A real defect: "
                 "一、本年新收 总计 one too many. **Findings:** H1 column tot, H2 t3.new."),
    dict(id="h24-banzai-zhen-zero-width-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022",
         small=True, t4cases={"rv.keep": 1}, agency="平和县坂仔镇人民政府", region="福建省漳州市平和县",
         level="乡镇", pub="2025-01-20", cms="bosi", digits="zw",
         printer=N.h_cms17, family="html-wechat-editor-paste-zero-width-soft-hyphen-in-figures",
         special="A 镇's 博思 page pasted from a WeChat editor: every figure preceded by a zero-width space "
                 "(&#8203;), longer figures with a soft hyphen (&shy;) after their first digit."),
    dict(id="h22-huili-slj-trs-total-first-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="会理市水利局", region="四川省凉山彝族自治州会理市", level="县级部门", pub="2023-01-19", cms="trs",
         index="513402-slj/2023-00003", totfirst=True,
         printer=N.h_cms17, family="html-trs-t3-total-column-first",
         special="A county-level city bureau's TRS page: table 三's 总计 column printed first, before 自然人."),
    dict(id="h21-dehua-jtj-bosi-t4-total-first-2021", fmt="html", template="GF2021", year=2021,
         source="pingtan-2021", agency="德化县交通运输局", region="福建省泉州市德化县", level="县级部门",
         pub="2022-01-24", cms="bosi", t4first=True,
         printer=N.h_cms17, family="html-bosi-t4-total-column-first",
         special="A county bureau's 博思 page: table 四 with 总计 first in each of its three blocks."),
    dict(id="h24-qingliu-gov-ncr-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2021",
         agency="清流县人民政府", region="福建省三明市清流县", level="县级政府", pub="2025-01-24", cms="platform",
         printer=N.h_ncr, family="html-article-all-numeric-character-references",
         special="A county government's platform page behind an anti-scraping output filter: every digit and "
                 "every non-ASCII character of the page's text written as a decimal character reference "
                 "(「&#49;&#50;」)."),
    dict(id="h19-suichuan-sjj-gf2019-split-spans-2019", fmt="html", template="GF2019", year=2019,
         source="pingtan-2019", agency="遂川县审计局", region="江西省吉安市遂川县", level="县级部门",
         pub="2020-01-17", index="360827-sjj/2020-00001",
         printer=N.h_split_spans, family="html-gf2019-word-paste-figures-split-across-spans",
         special="A GF2019 county bureau's TRS page (Word paste): each figure's first digit in one "
                 "<span lang=\"EN-US\">, the rest in a second one ending in <o:p></o:p>."),
    dict(id="h17-chongyi-lyj-legacy-ncr-2017", fmt="html", template="LEGACY", year=2017,
         agency="崇义县林业局", region="江西省赣州市崇义县", level="县级部门",
         stats=dict(active=118, web=109, other=9, norm=1, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         printer=N.h_legacy_ncr, family="legacy-html-2017-numeric-character-references",
         special="2017 report of a county bureau (old 条例) behind the same output filter: all digits and CJK as "
                 "numeric character references."),
    # ------------------------------------------------------------------ JSON (1)
    dict(id="j23-sangzhou-zhen-base64-2023", fmt="json", template="GF2021", year=2023, source="hongze-2023",
         small=True, agency="宁海县桑洲镇人民政府", region="浙江省宁波市宁海县", level="乡镇", pub="2024-01-15",
         aid=1048317,
         printer=N.j_base64, family="json-cms-api-content-base64-html",
         special="A site's article API answer whose `content` is the article HTML in base64 "
                 "(`contentEncoding: base64`)."),
    # ------------------------------------------------------------------ DOCX (4)
    dict(id="d23-tongjiang-mzj-circled-marks-2023", fmt="docx", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="通江县民政局", region="四川省巴中市通江县", level="县级部门",
         marks={"t3.r2.np": "①", "t3.r2.tot": "①", "t3.r4_1.np": "②", "t3.r4_1.tot": "②"},
         notes={"t3": ["注：①含区分处理后部分公开的申请；②含告知向其他机关申请的情形。"]},
         printer=N.d_report17, family="docx-t3-figures-with-circled-note-marks",
         special="A county bureau's Word report: four figures of table 三 followed by circled note marks "
                 "(「7①」, 「3②」) explained under the table (gold: the figure)."),
    dict(id="d20-xingguo-tyjr-gf2019-fullwidth-2020", fmt="docx", template="GF2019", year=2020,
         source="pingtan-2020", agency="兴国县退役军人事务局", region="江西省赣州市兴国县", level="县级部门",
         digits="fullwidth",
         printer=N.d_report17, family="docx-gf2019-fullwidth-digits-in-cells",
         special="A GF2019 county bureau's Word report whose integer figures were typed with the IME in 全角: "
                 "「１２」, 「０」 (the procurement amount in ASCII)."),
    dict(id="d25-mayang-lyj-extra-hdr2-2025", fmt="docx", template="GF2021", year=2025, source="hebei-edu-2023",
         agency="麻阳苗族自治县林业局", region="湖南省怀化市麻阳苗族自治县", level="县级部门", extra_row=True,
         hdr2=True, notes={"t3": ONLINE_NOTE},
         printer=N.d_report17, family="docx-2025-t3-extra-online-subrow-hdr2",
         special="A 2025 county bureau's Word report: table 三 with two header rows and the extra sub-row "
                 "「其中：通过在线平台申请」 (not template cells), a note explaining it."),
    dict(id="d22-dengjiapu-zhen-zero-width-defect-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2021", small=True, t4cases={"rv.keep": 1}, agency="武冈市邓家铺镇人民政府",
         region="湖南省邵阳市武冈市", level="乡镇", digits="zw", defect={"carry_in.np": 2},
         printer=N.d_report17, family="docx-wechat-paste-zero-width-in-figures-carry-in-defect",
         special="A 镇's Word report whose tables were pasted from a WeChat article: a zero-width space before each "
                 "figure and inside longer ones. A real defect: 二、上年结转 自然人 a stale figure, two too many. "
                 "**Findings:** H1 column np, H2 t3.carry_in."),
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
