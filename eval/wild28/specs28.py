"""The 20 reports of eval/wild28 (read by make.py): a realistic crawl sample from Yunnan (云南省; 2 of them scans)
and a hunt of reports that carry MORE numbers than the template (comparison tables, charts, breakdowns, summary
boxes, an added column, an added sub-row, an appendix repeating the tables)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam28 as M

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
YN = "云南省"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Yunnan crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-yn-rst-wps-hdr2-units-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="云南省人力资源和社会保障厅", region=YN, level="省级部门",
         hdr2=True, unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-yunnan-province-hrss-dept-t3-hdr2-unit-lines-2024",
         special="A province department's WPS PDF: table 三 with two header rows, 「单位：件」 over tables 三 and 四."),
    dict(id="p23-ludian-gov-word-heji-r7-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="鲁甸县人民政府", region=YN + "昭通市鲁甸县", level="县级政府",
         relabel=XJ, defect={"r7.tot": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-yunnan-county-gov-heji-r7-total-defect-2023",
         special="A county government's Word PDF: 「合计」 for 总计. A real defect: （七）合计 of the 总计 column one "
                 "too many. **Findings:** H1 column tot, H2 t3.r7, H3 column tot."),
    dict(id="p20-hongta-gov-gf2019-xubiao-carryout-defect-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="玉溪市红塔区人民政府", region=YN + "玉溪市红塔区", level="县级政府",
         t3_cont="hdr", defect={"carry_out.np": 1}, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-yunnan-district-gov-xubiao-carry-out-np-defect-2020",
         special="A GF2019 district government's Word PDF: table 三 continued under 「续表」 with its header rows. A "
                 "real defect: 四、结转下年度继续办理 自然人 one too many. **Findings:** H1 column np, H2 t3.carry_out."),
    dict(id="p22-dali-mzj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="大理市民政局", region=YN + "大理白族自治州大理市", level="县级部门",
         dpi=150, sec1n=4, info={"Producer": "KONICA MINOLTA bizhub C287", "Creator": "KONICA MINOLTA bizhub C287"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-yunnan-county-level-city-civil-affairs-signed-seal-2022",
         special="A county-level city bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and "
                 "the round red seal over it; no text layer."),
    dict(id="p21-huashan-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="昆明市五华区华山街道办事处",
         region=YN + "昆明市五华区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C3525", "Creator": "Canon iR-ADV C3525"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-yunnan-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-gucheng-scjg-trs-units-rv-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="丽江市古城区市场监督管理局", region=YN + "丽江市古城区", level="县级部门",
         pub="2024-01-23", cms="trs", index="530702-scjgj/2024-00004", unit_line=["t3", "t4"],
         t4defect={"rv.tot": -1},
         printer=N.h_cms17, family="html-trs-yunnan-district-market-bureau-unit-lines-rv-total-defect-2023",
         special="A district bureau's TRS page: 「单位：件」 over tables 三 and 四. A real defect: 行政复议 总计 one "
                 "too few. **Findings:** H5 t4.rv."),
    dict(id="h22-yunjinghong-jd-bosi-dash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="景洪市允景洪街道办事处",
         region=YN + "西双版纳傣族自治州景洪市", level="乡镇", pub="2023-01-16", cms="bosi",
         index="532801-yjhjd/2023-00001", mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-bosi-yunnan-jiedao-autonomous-prefecture-t4-dash-note-2022",
         special="A 街道's 博思 page: table 四's zero cells 「—」 (gold: null) with a note."),
    dict(id="h24-kunming-zrzy-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="ankang-2022", agency="昆明市自然资源和规划局", region=YN + "昆明市", level="市级部门",
         pub="2025-01-22", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-yunnan-city-natres-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-heshun-zhen-blank-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="腾冲市和顺镇人民政府",
         region=YN + "保山市腾冲市", level="乡镇", mark_zero=[(r"t4\..*", "")], notes={"t4": BLANK_NOTE},
         printer=N.d_report17, family="docx-yunnan-zhen-county-level-city-t4-blank-zeros-note-2023",
         special="A 镇's Word report: table 四's zero cells blank (gold: null) with a note."),
    dict(id="d16-xiangyun-nyj-legacy-2016", fmt="docx", template="LEGACY", year=2016,
         agency="祥云县农业局", region=YN + "大理白族自治州祥云县", level="县级部门",
         stats=dict(active=214, web=171, other=43, norm=1, apps=4, face=1, net=2, letter=1, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2016-yunnan-county-agri-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) county bureau's report as Word: numbered statistics rows."),
]

HUNT = [
    # ================================================================== HUNT half (10): more numbers than the template
    dict(id="h23-qilin-gov-trs-shudu-box-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2022", agency="曲靖市麒麟区人民政府", region=YN + "曲靖市麒麟区", level="县级政府",
         pub="2024-01-19", cms="trs", index="530302-qlqrmzf/2024-00006", more=dict(top=["shudu"]),
         printer=M.h_more, family="html-trs-shudu-nianbao-summary-box-big-figures-above-report",
         special="A TRS page with a 「数读年报」 box under the title: big figures (主动公开 条数, 收到申请 件数, 办结率 "
                 "%, 予以公开和部分公开 件数, 行政复议/行政诉讼 件数) before 一、总体情况 — none of them a cell."),
    dict(id="h24-mengzi-gov-yoy-table-before-t3-2024", fmt="html", template="GF2021", year=2024,
         source="hongze-2023", agency="蒙自市人民政府", region=YN + "红河哈尼族彝族自治州蒙自市", level="县级政府",
         pub="2025-01-20", cms="platform", more=dict(before_t3=["cmp"]),
         printer=M.h_more, family="html-platform-yoy-comparison-table-last-year-this-year-change-before-t3",
         special="A platform page: under the heading 三、 and before table 三, 「表1　2024年与2023年主要数据对比」 — "
                 "指标 | 2023年 | 2024年 | 同比增减 (主动公开, 收到申请 = 一、本年新收 总计, 办结 = （七）总计, 予以公开, "
                 "复议, 诉讼) and a 数据来源 line; table 三 follows whole."),
    dict(id="p23-yn-jtyst-word-yoy-ruled-table-before-t3-2023", fmt="pdf", template="GF2021", year=2023,
         source="shanghai-kewei-2024", agency="云南省交通运输厅", region=YN, level="省级部门",
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019", more=dict(before_t3=["cmp"]),
         printer=M.p_more, family="pdf-word-province-dept-ruled-yoy-comparison-table-before-t3",
         special="A province department's Word PDF: a ruled 「上年/本年/同比增减」 table of the main figures (with "
                 "its caption and 数据来源 line) between the heading 三、 and table 三; table 三 follows whole."),
    dict(id="p24-guandu-gov-bar-chart-years-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="昆明市官渡区人民政府", region=YN + "昆明市官渡区", level="县级政府",
         creator="Microsoft® Word 2016", producer="Microsoft® Word 2016", more=dict(before_t3=["years"]),
         printer=M.p_more, family="pdf-vector-bar-chart-applications-by-year-data-labels-axis-ticks-in-text-layer",
         special="A district government's Word PDF: before table 三, 「图1　2020—2024年收到政府信息公开申请数量（件）」, "
                 "a vector bar chart (bars and axes drawn, no rules around): the y-axis tick values, each bar's data "
                 "label and the year labels are text in the text layer (the 2024 bar is 一、本年新收 总计); table 三 "
                 "follows whole."),
    dict(id="h22-simao-jtj-t3-share-column-2022", fmt="html", template="GF2021", year=2022,
         source="hebei-edu-2021", agency="普洱市思茅区教育体育局", region=YN + "普洱市思茅区", level="县级部门",
         pub="2023-01-18", cms="trs", index="530802-jtj/2023-00002", more=dict(share=True),
         printer=M.h_more, family="html-t3-added-last-column-share-percent-of-handled",
         special="A TRS page: table 三 with an added last column 「占比」 (each result row's share of the "
                 "applications handled, 「—」 for 一、 and 二、), percents like 「41.7%」 — not cells."),
    dict(id="h23-chuxiong-gov-pie-legend-percent-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", agency="楚雄市人民政府", region=YN + "楚雄彝族自治州楚雄市", level="县级政府",
         pub="2024-01-24", cms="bosi", index="532301-czsrmzf/2024-00003", more=dict(after_t3=["pie"]),
         printer=M.h_more, family="html-inline-svg-pie-chart-channel-legend-percent-and-count-after-t3",
         special="A 博思 page: after table 三, 「图1　2023年政府信息公开申请方式占比」 as an inline SVG pie whose legend "
                 "<text> gives 网络/当面/信函/其他 with percent and count 「网络申请 58.3%（21件）」 (the counts add "
                 "up to 一、本年新收 总计), then a 数据来源 line."),
    dict(id="d23-xuanwei-wjj-channel-table-applicant-cols-2023", fmt="docx", template="GF2021", year=2023,
         source="hongze-2023", agency="宣威市卫生健康局", region=YN + "曲靖市宣威市", level="县级部门",
         more=dict(before_t3=["channel"]),
         printer=M.d_more, family="docx-channel-breakdown-table-with-t3-applicant-columns-before-t3",
         special="A Word report: between the heading 三、 and table 三, 「表1　2023年政府信息公开申请渠道分布（单位：件）」 "
                 "— rows 当面/网络/信函/传真及其他, columns 自然人 … 其他, 总计 like table 三's (its column sums are "
                 "一、本年新收's) — and a 数据来源 line."),
    dict(id="p24-km-scjg-dept-breakdown-after-t3-2024", fmt="pdf", template="GF2021", year=2024,
         source="pingtan-2022", agency="昆明市市场监督管理局", region=YN + "昆明市", level="市级部门",
         creator="WPS 文字", producer="WPS 文字", more=dict(after_t3=["dept"]),
         printer=M.p_more, family="pdf-wps-dept-breakdown-ruled-table-result-columns-after-t3",
         special="A city bureau's WPS PDF: after table 三 and before 四、, 「表2　2024年各承办处室办理政府信息公开申请情况」 "
                 "— a ruled table of 3–5 处室 × 办理合计/予以公开/部分公开/不予公开/无法提供/不予处理/其他处理/结转下年 "
                 "(its columns add up to table 三's result rows) — and a 数据来源 line."),
    dict(id="h23-mangshi-gov-summary-body-appendix-tables-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="芒市人民政府", region=YN + "德宏傣族景颇族自治州芒市", level="县级政府",
         pub="2024-01-22", cms="trs", index="533103-msrmzf/2024-00002", more=dict(appendix=True),
         printer=M.h_more, family="html-tables-summarised-in-body-official-tables-in-appendix",
         special="A TRS page whose body gives 二、三、四、 as short summaries with figures (制发/废止/现行有效, 许可/处罚/"
                 "强制; 新收, 结转, 办结, 予以公开, 部分公开, 结转下年; 复议, 诉讼, each 「详见附表n」), the official three "
                 "tables whole in the appendix after the signature (附件 … 附表1–3). The gold is the appendix's tables "
                 "(the official ones); the body's summary figures agree with them."),
    dict(id="d22-jiantang-zhen-t3-online-subrow-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", agency="香格里拉市建塘镇人民政府", region=YN + "迪庆藏族自治州香格里拉市", level="乡镇",
         more=dict(subrow="其中：网上申请"),
         printer=M.d_more, family="docx-2022-t3-added-subrow-qizhong-wangshang-shenqing-under-new",
         special="A 镇's Word report (2022, not the 2025 template): table 三 with an added row 「其中：网上申请」 under "
                 "一、本年新收 (two thirds of each column) — not a cell of the template."),
]
REPORTS += HUNT
