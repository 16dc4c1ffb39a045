"""The 20 reports of eval/wild37 (read by make.py): a realistic crawl sample from Tianjin (天津市, a 直辖市; 2 of them
scans) and a hunt of TABLES THAT PRINT MORE THAN THIS YEAR (本年 and 上年 side by side: columns, rows, sub-columns, a
comparison table after table 四, a 「与上年相比」 row inside the tables, last year's table 三 before this year's)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam37 as Y

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
TJ = "天津市"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Tianjin crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p25-tj-sthjj-wps-extra-heji-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="天津市生态环境局", region=TJ, level="省级部门",
         extra_row=True, relabel=XJ, notes={"t3": ONLINE_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-2025-wps-tianjin-municipal-ecology-environment-bureau-extra-online-subrow-heji",
         special="A 直辖市's municipal bureau (天津市生态环境局, 省级部门)'s 2025 report (published 2026) as WPS PDF: table 三 "
                 "with the 2025 template's sub-row 「其中：通过在线平台申请」 (not a template cell) and 「合计」 for 总计."),
    dict(id="p23-heping-cgw-word-units-r1-sci-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="天津市和平区城市管理委员会", region=TJ + "和平区", level="县级部门",
         unit_line=["t3", "t4"], defect={"r1.sci": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-tianjin-district-urban-management-commission-unit-lines-r1-sci-defect-2023",
         special="A district body's Word PDF (天津市和平区城市管理委员会): 「单位：件」 over tables 三 and 四. A real defect: "
                 "（一）予以公开 of the 科研机构 column one too many. **Findings:** H2 t3.r1, H3 column sci."),
    dict(id="p20-wuqing-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="天津市武清区人民政府", region=TJ + "武清区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-tianjin-district-gov-xubiao-hdr-2020",
         special="A GF2019 report of a 直辖市 district government (天津市武清区) as Word PDF: table 三 continued under "
                 "「续表」 with its header rows."),
    dict(id="p22-jizhou-wjw-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="天津市蓟州区卫生健康委员会", region=TJ + "蓟州区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "SHARP MX-M3571", "Creator": "SHARP MX-M3571"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-tianjin-district-health-commission-signed-seal-sharp-2022",
         special="A district commission's scanned signed copy (天津市蓟州区): 150 dpi colour JPEG pages, a pen signature "
                 "and the round red seal over it; no text layer; a SHARP scanner."),
    dict(id="p21-yangcun-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="天津市武清区杨村街道办事处",
         region=TJ + "武清区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "RICOH IM C3000", "Creator": "RICOH IM C3000"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-tianjin-district-jiedao-sealed-no-cases-2021",
         special="A 街道 of 天津市武清区: a 150 dpi colour scan with the red seal on the signature; no text layer; no "
                 "case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-stc-gwh-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="中新天津生态城管理委员会", region=TJ + "滨海新区", level="县级政府",
         pub="2024-01-26", cms="trs", index="120116-stcgwh/2024-00002", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-tianjin-binhai-functional-zone-committee-ld-total-over-defect-2023",
         special="A 滨海新区 功能区's 管委会 (中新天津生态城) on a TRS page (region 天津市滨海新区, 县级政府, as wild11's "
                 "天津经济技术开发区管理委员会). A real defect: 行政诉讼 未经复议直接起诉 总计 one too many. "
                 "**Findings:** H5 t4.ld."),
    dict(id="h22-yuyang-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.fix": 1}, agency="天津市蓟州区渔阳镇人民政府",
         region=TJ + "蓟州区", level="乡镇", pub="2023-01-17", cms="bosi",
         index="120119-yyz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-tianjin-district-zhen-t4-slash-zeros-note-2022",
         special="A 镇 of 天津市蓟州区 on a 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 "
                 "纠正."),
    dict(id="h24-xiqing-gov-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="天津市西青区人民政府", region=TJ + "西青区", level="县级政府",
         pub="2025-01-22", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-tianjin-district-gov-hdr2-heji-spaced-2024",
         special="A 直辖市 district government's platform page (天津市西青区): table 三 with two header rows, 「合  计」 for "
                 "总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-hebei-qu-jyj-word-units-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", agency="天津市河北区教育局", region=TJ + "河北区", level="县级部门",
         unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-tianjin-district-education-bureau-unit-lines-2023",
         special="A district bureau's Word report (天津市河北区教育局 — 河北区 is a district of 天津, not the province): "
                 "「单位：件」 over tables 三 and 四."),
    dict(id="d17-ninghe-gov-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="天津市宁河区人民政府", region=TJ + "宁河区", level="县级政府",
         stats=dict(active=418, web=309, other=109, norm=6, apps=11, face=4, net=6, letter=1, rv=1, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-tianjin-district-gov-former-county-numbered-stat-rows",
         special="A LEGACY (old 条例) report of a 直辖市 district government as Word (天津市宁河区, a county until 2015): "
                 "numbered statistics rows."),
]

REPORTS += [
    # ================================================================== HUNT half (10): tables that print more than this year
    dict(id="h23-hedong-gov-t2-decisions-yoy-cols-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="天津市河东区人民政府", region=TJ + "河东区", level="县级政府",
         pub="2024-01-24", yoy="t2cols",
         printer=Y.h37, family="html-t2-decision-and-fee-rows-this-year-last-year-change-in-three-columns",
         special="A district government's page: table 二's 行政许可/处罚/强制 and 行政事业性收费 rows use the three columns the "
                 "template spans: 「本年处理决定数量 | 上年处理决定数量 | 同比增减」 (「38 | 43 | -5」; the fee 「6951.05 | 8120.08 | -1169.03」). Gold: the "
                 "本年 figure; last year's and the change are never cells."),
    dict(id="d24-hongqiao-mzj-t3-shangnian-tongqi-rows-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="天津市红桥区民政局", region=TJ + "红桥区", level="县级部门",
         yoy="t3rows",
         printer=Y.d37, family="docx-t3-last-year-same-period-row-under-every-row",
         special="A district bureau's Word report: table 三 with a row 「上年同期」 under every row (seven figures of last "
                 "year; the group cells' rowspans doubled). Gold: the labelled rows' figures."),
    dict(id="p23-dongli-sfj-t4-year-rows-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="天津市东丽区司法局", region=TJ + "东丽区", level="县级部门",
         yoy="t4years", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=Y.p37, family="pdf-word-t4-rows-labelled-by-year-last-year-above-this-year",
         special="A district bureau's Word PDF: table 四 with a first column 「年度」 and two figure rows labelled 「2022年」 "
                 "(last year's, first) and 「2023年」 (this year's, second). Gold: the 2023年 row; the labels' years are "
                 "not cells."),
    dict(id="h22-jinnan-gov-t3-total-this-last-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", agency="天津市津南区人民政府", region=TJ + "津南区", level="县级政府",
         pub="2023-01-19", yoy="t3tot2",
         printer=Y.h37, family="html-t3-total-column-split-this-year-last-year-subcolumns",
         special="A district government's page: table 三's 「总计」 header spans two sub-columns 「本年」 and 「上年」, so every "
                 "row prints eight figures, the last one last year's total. Gold: the seven of this year."),
    dict(id="p24-tj-jtysw-wps-t4-two-year-table-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="天津市交通运输委员会", region=TJ, level="省级部门",
         yoy="t4cmp", creator="WPS 文字", producer="WPS 文字",
         printer=Y.p37, family="pdf-wps-two-year-comparison-table-after-t4-repeats-its-columns-with-change-row",
         special="A municipal commission's WPS PDF (省级部门): after table 四, 「表1　2023—2024年政府信息公开行政复议、行政诉讼"
                 "情况对比（单位：件）」 — a ruled table of 年度 × table 四's 15 columns (abbreviated: 复议维持 … 复议后诉总计), "
                 "rows 2023年, 2024年 (= table 四) and 增减 (signed) — then 「数据来源：…」. Gold: table 四 itself."),
    dict(id="h23-beichen-jyj-yushangnian-sentence-rows-2023", fmt="html", template="GF2021", year=2023,
         source="ankang-2022", agency="天津市北辰区教育局", region=TJ + "北辰区", level="县级部门",
         pub="2024-01-23", yoy="sentence",
         printer=Y.h37, family="html-yushangnian-xiangbi-sentence-as-last-merged-row-inside-t3-t4",
         special="A district bureau's page: tables 三 and 四 end with a merged row holding a sentence 「与上年相比，本年新收"
                 "政府信息公开申请增加n件（上年m件），增长x%；办结a件，上年办结b件。」 (table 四: the cases, 上年共k件). Gold: the "
                 "tables' cells; the sentence's figures are never cells."),
    dict(id="p23-jinghai-gov-t3-prev-total-growth-cols-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="天津市静海区人民政府", region=TJ + "静海区", level="县级政府",
         yoy="t3growth", creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=Y.p37, family="pdf-word-t3-added-last-year-total-and-growth-percent-columns",
         special="A district government's Word PDF: table 三 with two added last columns 「上年总计」 and 「同比增长」 "
                 "(「-33.3%」, 「+300.0%」, 「0.0%」, 「—」 where last year had none). Gold: the template's seven columns."),
    dict(id="d22-baodi-wjw-two-t3-last-year-first-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", agency="天津市宝坻区卫生健康委员会", region=TJ + "宝坻区", level="县级部门",
         yoy="t3twice",
         printer=Y.d37, family="docx-section-3-two-t3-tables-captioned-by-year-last-year-first",
         special="A district commission's Word report: section 三 prints two tables of the template's shape — first "
                 "「（一）2021年度收到和处理政府信息公开申请情况（上年数据，供对比）」 and last year's table, then 「（二）2022年度"
                 "…」 and this year's. Gold: the second table."),
    dict(id="m23-wanxing-jd-t2-prev-column-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2021", small=True, t4cases={}, agency="天津市南开区万兴街道办事处", region=TJ + "南开区",
         level="乡镇", yoy="t2prev",
         printer=Y.m37, family="md-t2-added-last-year-fifth-column-on-every-row",
         special="A Markdown export of a 街道's report (天津市南开区): table 二 with a fifth column on every row — "
                 "「上年现行有效件数」, 「上年处理决定数量」, 「上年收费金额（单位：万元）」. Gold: the template's columns."),
    dict(id="h24-tjftz-bsq-t4-split-2024", fmt="html", template="GF2021", year=2024,
         source="hongze-2023", agency="天津港保税区管理委员会", region=TJ + "滨海新区", level="县级政府",
         pub="2025-01-20", yoy="t4split",
         printer=Y.h37, family="html-t4-every-column-split-this-year-last-year-alternating",
         special="A 滨海新区 功能区 管委会's page (天津港保税区): table 四's 15 columns each split into 「本年 | 上年」 — 30 "
                 "figure columns, this year's and last year's alternating. Gold: the 本年 columns."),
]
