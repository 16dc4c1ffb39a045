"""Rebuild eval/wild15 (reports + gold) byte for byte: `.venv/bin/python eval/wild15/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam15.py (on fam14's, fam13's and fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam14  # noqa: F401,E402  (its hooks)
import fam15 as F  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json", "fodt": "fodt",
       "fods": "fods"}



HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]

REPORTS = [
    # ------------------------------------------------------------------ PDF (14)
    dict(id="p23-xinhua-xian-wlj-newtot-defect-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         small=True, agency="新化县文化旅游广电体育局", region="湖南省娄底市新化县", level="县级部门", hdr2=True,
         unit_line=["t3", "t4"], defect={"new.tot": 1}, creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report15, family="pdf-wps-xian-bureau-hdr2-unit-lines-new-total-defect",
         special="A county bureau's WPS PDF: table 三 with two header rows (no 「申请人情况」 row), 「单位：件」 over "
                 "tables 三 and 四. A real defect: 一、本年新收 总计 printed one too many. **Findings:** H1 column "
                 "tot, H2 t3.new."),
    dict(id="p24-qiaotou-zhen-blank-header-2024", fmt="pdf", template="GF2021", year=2024, source="pingtan-2022",
         small=True, agency="大通回族土族自治县桥头镇人民政府", region="青海省西宁市大通回族土族自治县", level="乡镇",
         name="sign", page_header="大通回族土族自治县桥头镇人民政府", mark_zero=[(r"t3\..*", "")],
         notes={"t3": BLANK_NOTE},
         printer=F.p_report15, family="pdf-zhen-t3-blank-zeros-title-without-agency-page-header",
         special="A 镇's Word PDF: the title without the agency (「2024年度政府信息公开工作年度报告」), the 镇 named in "
                 "the page header and the signature; every zero of table 三 left blank (gold: null, placeholder \"\"), "
                 "a note under the table."),
    dict(id="p25-xiangyang-jd-unruled-2025", t4cases={"ld.keep": 1}, fmt="pdf", template="GF2021", year=2025, source="pingtan-2021",
         small=True, agency="佳木斯市向阳区西林街道办事处", region="黑龙江省佳木斯市向阳区", level="乡镇",
         rules="none", relabel=XJ, unit_line=["t3"], creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report15, family="pdf-wps-unruled-jiedao-heji-unit-line",
         special="A 街道's WPS PDF whose tables have no rules (无框线), 「合计」 for 总计, 「单位：件」 over table 三."),
    dict(id="p22-yongxin-rsj-push-note-2022", fmt="pdf", template="GF2021", year=2022, source="ankang-2022",
         agency="永新县人力资源和社会保障局", region="江西省吉安市永新县", level="县级部门", t3_push=160,
         notes={"t3": ["说明：本年度所有申请均在法定期限内答复。"]},
         printer=F.p_report15, family="pdf-word-t3-page-break-no-header-note-under",
         special="A county bureau's Word PDF: table 三 starts low on a page and goes on to the next without its header "
                 "rows; a note under the table."),
    dict(id="p21-luochuan-gov-xubiao-abbr-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="洛川县人民政府", region="陕西省延安市洛川县", level="县级政府", t3_cont="hdr", abbr=True,
         cellfmt=[(r"t2\.fee", "2f")],
         printer=F.p_report15, family="pdf-word-t3-xubiao-abbrev-legal-block-fee-2f",
         special="A county government's Word PDF: the 法人 block abbreviated (企业, 科研, 公益组织, 法律服务, 其他), table "
                 "三 continued under 「续表」 with its header again, the fee printed 「0.00」."),
    dict(id="p24-zhuzhou-sjj-right-hdr2-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="株洲市市场监督管理局", region="湖南省株洲市", level="市级部门", values="right", hdr2=True, abbr=True,
         unit_line=["t3", "t4"], boost={"r1.np": 212, "r4_1.np": 37, "r5_1.np": 19}, t2scale=12,
         creator="Acrobat PDFMaker 21 for Word", producer="Adobe PDF Library 21.1.177",
         printer=F.p_report15, family="pdf-acrobat-city-bureau-values-right-hdr2-abbrev",
         special="A city bureau's Acrobat PDF: figures right-aligned, table 三 with two header rows and the 法人 block "
                 "abbreviated, 「单位：件」 lines; a few hundred applications."),
    dict(id="p20-zhenba-jyj-gf2019-dash-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="镇巴县教育体育局", region="陕西省汉中市镇巴县", level="县级部门", relabel=XJ,
         mark_zero=[(r"t2\..*\.delta", "—")], notes={"t2": DASH_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report15, family="pdf-gf2019-wps-bureau-delta-dash-heji",
         special="A GF2019 county bureau's WPS PDF: the zero 增/减 cells of table 二 printed 「—」 (gold: null, "
                 "placeholder), 「合计」 for 总计."),
    dict(id="p19-yunti-xiang-gf2019-narrow-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         small=True, agency="宁国市云梯畲族乡人民政府", region="安徽省宣城市宁国市", level="乡镇", label_w=90,
         mark_zero=[(r"t4\..*", "/")],
         printer=F.p_report15, family="pdf-gf2019-xiang-narrow-labels-t4-slash",
         special="A GF2019 民族乡's Word PDF: table 三's label column narrow (labels wrap), every zero of table 四 "
                 "printed 「/」 (gold: null, placeholder)."),
    dict(id="p23-danfeng-scjg-header-sign-2023", t4cases={"rv.fix": 1, "rv.keep": 2}, fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="丹凤县市场监督管理局", region="陕西省商洛市丹凤县", level="县级部门", name="sign", sign_as="县市场监管局",
         page_header="丹凤县市场监督管理局政务公开", unit_line=["t3"],
         printer=F.p_report15, family="pdf-bureau-agency-only-in-page-header-short-signature",
         special="A county bureau's Word PDF whose title has no agency and whose signature is the short form "
                 "「县市场监管局」: the full name only in the running page header (「丹凤县市场监督管理局政务公开」)."),
    dict(id="p25-linquan-wjw-cutrow-2025", fmt="pdf", template="GF2021", year=2025, source="ankang-2022",
         agency="临泉县卫生健康委员会", region="安徽省阜阳市临泉县", level="县级部门", t3_cut=True, brief=True,
         notes={"t4": ["注：本年度无因政府信息公开引发的行政复议、行政诉讼案件。"]}, creator="Writer",
         producer="LibreOffice 7.5",
         printer=F.p_report15, family="pdf-libreoffice-t3-row-cut-by-page-break-note",
         special="A county commission's LibreOffice PDF: table 三 runs from the foot of a page onto the next, a "
                 "long-labelled row cut by the page break (label split), no header on the second page; a note under "
                 "table 四."),
    dict(id="p22-qianshan-xiang-slash-2022", t4cases={"rv.keep": 1}, date_style="month", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2021",
         small=True, agency="安福县钱山乡人民政府", region="江西省吉安市安福县", level="乡镇",
         mark_zero=[(r"t4\..*", "/"), (r"t2\.(reg|norm)\..*", "/")], unit_line=["t4"], notes={"t4": SLASH_NOTE},
         creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report15, family="pdf-xiang-t2-t4-slash-zeros-unit-line-note",
         special="A 乡's WPS PDF: 「/」 for the zeros of table 二's 规章/规范性文件 rows and of table 四 (gold: null, "
                 "placeholders), 「单位：件」 over table 四 and a note under it."),
    dict(id="p24-gansu-jyt-hdr2-note-2024", date_style="cn", fmt="pdf", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="甘肃省教育厅", region="甘肃省", level="省级部门", hdr2=True,
         boost={"r1.np": 64, "r4_1.np": 22, "r5_2.np": 6}, t2scale=3,
         notes={"t3": ["注：申请人情况按申请人身份分类统计。"]},
         printer=F.p_report15, family="pdf-province-dept-hdr2-note-under-t3",
         special="A 省级 department's Word PDF: table 三 with two header rows, a note under it; about a hundred "
                 "applications."),
    dict(id="p21-pingli-gov-push-heji-2021", fmt="pdf", template="GF2021", year=2021, source="ankang-2022",
         agency="平利县人民政府", region="陕西省安康市平利县", level="县级政府", relabel=HJ, t3_push=140,
         creator="Foxit PhantomPDF", producer="Foxit PhantomPDF Printer Version 9.7.1.29511",
         printer=F.p_report15, family="pdf-foxit-t3-page-break-heji-spaced",
         special="A county government's PDF (Foxit printer): 「合  计」 labels; table 三 starting at a page's foot and "
                 "going on without its header."),
    dict(id="p23-yulin-gov-units-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         agency="玉林市人民政府", region="广西壮族自治区玉林市", level="市级政府",
         boost={"r1.np": 96, "r2.np": 17, "r4_1.np": 41, "r5_1.np": 12}, t2scale=8, unit_line=["t3", "t4"],
         cellfmt=[(r"t2\.fee", "2f")], notes={"t3": ["注：本表数据统计口径为市人民政府办公室受理的申请。"]},
         printer=F.p_report15, family="pdf-city-gov-unit-lines-note-fee-2f",
         special="A city government's Word PDF: 「单位：件」 lines, a note under table 三, the fee 「0.00」; a couple "
                 "of hundred applications."),
    # ------------------------------------------------------------------ HTML (10)
    dict(id="h24-zhongshan-zhen-stale-carry-defect-2024", fmt="html", template="GF2021", year=2024,
         source="pingtan-2021", small=True, agency="钟山县钟山镇人民政府", region="广西壮族自治区贺州市钟山县",
         level="乡镇", pub="2025-01-17", index="451122-zsz/2025-00003", cms="trs",
         mark_zero=[(r"t4\..*", "/")], defect={"carry_in.np": 2},
         printer=F.h_cms15, family="html-trs-zhen-t4-slash-stale-carry-in-defect",
         special="A 镇's TRS page (Word paste): 「/」 for every zero of table 四 (gold: null). A real defect: 二、上年结转 "
                 "自然人 a stale figure, two more than last year's carry-out. **Findings:** H1 column np, "
                 "H2 t3.carry_in."),
    dict(id="h23-heping-zhen-dahan-blank-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         small=True, agency="和平县彭寨镇人民政府", region="广东省河源市和平县", level="乡镇", pub="2024-01-19",
         index="HPXPZZ/2024-0002", cms="dahan", name="sign", mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=F.h_cms15, family="html-dahan-zhen-title-without-agency-t3-blank-zeros",
         special="A 镇's page on a 大汉 site: the title without the agency (named in 发布机构 and the signature), every "
                 "zero of table 三 left blank (gold: null, placeholder \"\"), a note under the table."),
    dict(id="h25-fengxian-sthj-hdr2-2025", date_style="dash", fmt="html", template="GF2021", year=2025, source="hebei-edu-2023",
         agency="丰县生态环境局", region="江苏省徐州市丰县", level="县级部门", pub="2026-01-20", cms="bosi",
         hdr2=True, abbr=True, unit_line=["t3", "t4"],
         printer=F.h_cms15, family="html-bosi-bureau-hdr2-abbrev-unit-lines",
         special="A county bureau's 博思 page: table 三 with two header rows and the 法人 block abbreviated, "
                 "「单位：件」 over tables 三 and 四."),
    dict(id="h22-wuyi-gov-split-note-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="武义县人民政府", region="浙江省金华市武义县", level="县级政府", pub="2023-01-28",
         index="001/2023-00011", cms="trs", split=True, notes={"t4": ["注：行政诉讼情况含一审、二审案件。"]},
         printer=F.h_cms15, family="html-trs-county-t3-xubiao-note-under-t4",
         special="A county government's TRS page: table 三 pasted as two tables, the second under 「续表」 with the "
                 "header rows again; a note under table 四."),
    dict(id="h21-shanghang-zrzy-zongji-jian-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="上杭县自然资源局", region="福建省龙岩市上杭县", level="县级部门", pub="2022-01-25", cms="platform",
         relabel={"总计": "总 计", "（七）总计": "（七）总 计"}, cellfmt=[(r"t3\.", "{t}件")],
         printer=F.h_cms15, family="html-platform-bureau-zong-ji-spaced-t3-jian",
         special="A county bureau's platform page: 「总 计」 (one space), 「件」 typed after every figure of table 三."),
    dict(id="h24-ganzhou-gaj-thousands-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="赣州市公安局", region="江西省赣州市", level="市级部门",
         pub="2025-01-22", index="360700-gaj/2025-00004", cms="trs", sep=",",
         boost={"r1.np": 3412, "r1.biz": 208, "r2.np": 655, "r4_1.np": 190}, t2scale=25,
         printer=F.h_cms15, family="html-trs-city-police-thousands-separators",
         special="A city 公安局's TRS page with thousands of applications, printed with separators (「3,4xx」)."),
    dict(id="h20-xinfeng-ybj-gf2019-slash-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="信丰县医疗保障局", region="江西省赣州市信丰县", level="县级部门", pub="2021-01-29",
         index="360722-ybj/2021-00001", cms="dahan", mark_zero=[(r"t2\..*\.delta", "/")],
         printer=F.h_cms15, family="html-gf2019-dahan-bureau-delta-slash",
         special="A GF2019 county bureau's 大汉 page: the zero 增/减 cells of table 二 printed 「/」 (gold: null)."),
    dict(id="h25-shitang-zhen-dash-2025", t3zero=True, fmt="html", template="GF2021", year=2025, source="pingtan-2022",
         small=True, agency="温岭市石塘镇人民政府", region="浙江省台州市温岭市", level="乡镇", pub="2026-01-14",
         cms="platform", mark_zero=[(r"t4\..*", "—")], unit_line=["t3", "t4"], notes={"t4": DASH_NOTE},
         printer=F.h_cms15, family="html-platform-zhen-t4-dash-unit-lines-note",
         special="A 镇's platform page: no application all year (table 三 all 0), 「—」 for every zero of table "
                 "四 (gold: null) with a note saying so, 「单位：件」 lines."),
    dict(id="h23-anfu-nyj-sign-note-2023", t4cases={}, fmt="html", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="安福县农业农村局", region="江西省吉安市安福县", level="县级部门", pub="2024-01-26", cms="bosi",
         name="sign", relabel=XJ, notes={"t3": ["注：本表按申请人提交申请时的身份统计。"]},
         printer=F.h_cms15, family="html-bosi-bureau-title-without-agency-heji-note",
         special="A county bureau's 博思 page: the title without the agency (named in the source line and the "
                 "signature), 「合计」 labels, a note under table 三."),
    dict(id="h18-ningshan-jtj-legacy-2018", fmt="html", template="LEGACY", year=2018,
         agency="宁陕县交通运输局", region="陕西省安康市宁陕县", level="县级部门",
         stats=dict(active=86, web=80, other=6, norm=1, apps=1, face=1, net=0, letter=0, rv=0, lit=0),
         printer=F.h_legacy15, family="legacy-html-2018-bureau-stat-table-unit-column",
         special="2018 report of a county bureau (old 条例): prose and the 统计表 (指标 | 单位 | 数量)."),
    # ------------------------------------------------------------------ DOCX (4)
    dict(id="d22-yudu-sfj-rv-defect-2022", t4cases={"rv.keep": 2, "rv.other": 1, "ld.keep": 1}, date_style="cn", fmt="docx", template="GF2021", year=2022, source="hongze-2023",
         agency="于都县司法局", region="江西省赣州市于都县", level="县级部门", hdr2=True, unit_line=["t3", "t4"],
         t4defect={"rv.tot": 1},
         printer=F.d_report15, family="docx-bureau-hdr2-unit-lines-t4-total-defect",
         special="A county bureau's Word report: table 三 with two header rows, 「单位：件」 lines. A real defect: "
                 "行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="d24-jiayuguanlu-jd-blank-slash-2024", fmt="docx", template="GF2021", year=2024, source="pingtan-2022",
         small=True, agency="兰州市城关区嘉峪关路街道办事处", region="甘肃省兰州市城关区", level="乡镇",
         mark_zero=[(r"t3\..*", ""), (r"t4\..*", "/")], notes={"t3": BLANK_NOTE},
         printer=F.d_report15, family="docx-jiedao-t3-blank-t4-slash",
         special="A 街道's Word report: the zeros of table 三 left blank (placeholder \"\"), those of table 四 "
                 "printed 「/」 (gold: null), a note under table 三."),
    dict(id="d21-jiangyong-gov-repeat-2021", date_style="cn", fmt="docx", template="GF2021", year=2021, source="ankang-2022",
         agency="江永县人民政府", region="湖南省永州市江永县", level="县级政府", repeat_hdr=True,
         cellfmt=[(r"t2\.fee", "2f")], notes={"t4": ["注：本年度无行政复议、行政诉讼纠错情况。"]},
         printer=F.d_report15, family="docx-county-repeat-header-fee-2f-note",
         special="A county government's Word report: table header rows marked to repeat, the fee 「0.00」, a note "
                 "under table 四."),
    dict(id="d17-gaotai-zhen-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="高台县南华镇人民政府", region="甘肃省张掖市高台县", level="乡镇",
         stats=dict(active=132, web=120, other=12, norm=0, apps=0, face=0, net=0, letter=0, rv=0, lit=0),
         printer=F.d_legacy15, family="legacy-docx-2017-zhen-numbered-stat-rows",
         special="2017 Word report of a 镇 (old 条例): prose, then the 统计表 with a 序号 column."),
    # ------------------------------------------------------------------ other (2)
    dict(id="x23-lushan-fgw-sheets-2023", t4cases={"rv.keep": 1}, fmt="xlsx", template="GF2021", year=2023, source="hongze-2023",
         agency="鲁山县发展和改革委员会", region="河南省平顶山市鲁山县", level="县级部门",
         printer=F.x_sheets15, family="xlsx-bureau-attachment-three-sheets",
         special="The tables as a county bureau's XLSX attachment: one sheet per table, 「单位：件」, the 法人 block "
                 "abbreviated under a two-row header, 填表人/审核人 at the bottom."),
    dict(id="t20-daxing-xiang-gf2019-copy-2020", t3zero=True, date_style="dash", fmt="txt", template="GF2019", year=2020, source="pingtan-2019",
         small=True, agency="西昌市大兴乡人民政府", region="四川省凉山彝族自治州西昌市", level="乡镇",
         pub="2021-01-20", site="西昌市人民政府",
         printer=F.t_copy15, family="text-page-copy-tab-cells-gf2019-xiang",
         special="A GF2019 乡 with no application all year (table 三 all 0), its report as a crawler saved the page's text: paragraphs one per line, each table row "
                 "one line with tab-separated cells (merged cells once)."),
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
