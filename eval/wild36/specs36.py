"""The 20 reports of eval/wild36 (read by make.py): a realistic crawl sample from Qinghai (青海省; 2 of them scans)
and a hunt of CELLS THAT CARRY A SECOND NUMBER (a 其中/含 note, a share, last year's figure, a corrected figure's old
value, an online/offline split, a note mark whose note has figures, a 备注 column after 合计)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam36 as C

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
SN = "青海省"
XN = SN + "西宁市"
HD = SN + "海东市"
HX = SN + "海西蒙古族藏族自治州"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Qinghai crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p25-qh-zrzyt-wps-extra-heji-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="青海省自然资源厅", region=SN, level="省级部门",
         extra_row=True, relabel=XJ, notes={"t3": ONLINE_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-2025-wps-qinghai-province-natural-resources-dept-extra-online-subrow-heji",
         special="A province department's 2025 report (published 2026) as WPS PDF: table 三 with the 2025 template's "
                 "sub-row 「其中：通过在线平台申请」 (not a template cell) and 「合计」 for 总计."),
    dict(id="p23-chengdong-cgj-word-units-r1-biz-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="西宁市城东区城市管理局", region=XN + "城东区", level="县级部门",
         unit_line=["t3", "t4"], defect={"r1.biz": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-qinghai-xining-district-urban-management-bureau-unit-lines-r1-biz-defect-2023",
         special="A district bureau's Word PDF (西宁市城东区城市管理局): 「单位：件」 over tables 三 and 四. A real defect: "
                 "（一）予以公开 of the 商业企业 column one too many. **Findings:** H2 t3.r1, H3 column biz."),
    dict(id="p20-ledu-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="海东市乐都区人民政府", region=HD + "乐都区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-qinghai-haidong-district-gov-xubiao-hdr-2020",
         special="A GF2019 report of a district government (海东市乐都区) as Word PDF: table 三 continued under 「续表」 "
                 "with its header rows."),
    dict(id="p22-huangzhong-wjj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="西宁市湟中区卫生健康局", region=XN + "湟中区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "KONICA MINOLTA bizhub C300i"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-qinghai-xining-district-health-bureau-signed-seal-konica-2022",
         special="A district bureau's scanned signed copy (西宁市湟中区): 150 dpi colour JPEG pages, a pen signature and the "
                 "round red seal over it; no text layer; a KONICA MINOLTA scanner."),
    dict(id="p21-haomen-zhen-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="门源回族自治县浩门镇人民政府",
         region=SN + "海北藏族自治州门源回族自治县", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C3530", "Creator": "Canon iR-ADV C3530"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-qinghai-autonomous-county-zhen-sealed-no-cases-2021",
         special="A 镇 of 门源回族自治县 (海北藏族自治州): a 150 dpi colour scan with the red seal on the signature; no text "
                 "layer; no case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-geermu-scjg-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="格尔木市市场监督管理局", region=HX + "格尔木市", level="县级部门",
         pub="2024-01-25", cms="trs", index="632801-scjgj/2024-00002", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-qinghai-haixi-county-city-market-bureau-ld-total-over-defect-2023",
         special="A county-level city's bureau's TRS page (格尔木市, 海西州). A real defect: 行政诉讼 未经复议直接起诉 "
                 "总计 one too many. **Findings:** H5 t4.ld."),
    dict(id="h22-hexi-jd-delingha-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="德令哈市河西街道办事处",
         region=HX + "德令哈市", level="乡镇", pub="2023-01-16", cms="bosi",
         index="632802-hxjd/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-qinghai-haixi-county-city-jiedao-t4-slash-zeros-note-2022",
         special="A 街道 of 德令哈市 (a county-level city, seat of 海西州)'s 博思 page: table 四's zero cells 「/」 "
                 "(gold: null) with a note; one 行政复议 kept."),
    dict(id="h24-huzhu-gov-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="互助土族自治县人民政府", region=HD + "互助土族自治县", level="县级政府",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-qinghai-haidong-autonomous-county-gov-hdr2-heji-spaced-2024",
         special="An autonomous county government's platform page (互助土族自治县, 海东市): table 三 with two header rows, "
                 "「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-nangqian-jyj-word-units-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", agency="囊谦县教育局", region=SN + "玉树藏族自治州囊谦县", level="县级部门",
         unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-qinghai-yushu-county-education-bureau-unit-lines-2023",
         special="A county bureau of 玉树藏族自治州 (囊谦县教育局)'s Word report: 「单位：件」 over tables 三 and 四."),
    dict(id="d17-maqin-gov-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="玛沁县人民政府", region=SN + "果洛藏族自治州玛沁县", level="县级政府",
         stats=dict(active=236, web=171, other=65, norm=3, apps=4, face=2, net=2, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-qinghai-golog-county-gov-numbered-stat-rows",
         special="A LEGACY (old 条例) report of a county government of 果洛藏族自治州 (玛沁县) as Word: numbered "
                 "statistics rows."),
]

REPORTS += [
    # ================================================================== HUNT half (10): cells that carry a second number
    dict(id="h23-chengxi-gov-trs-t2-qizhong-notes-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="西宁市城西区人民政府", region=XN + "城西区", level="县级政府",
         pub="2024-01-24", cms="trs", index="630104-zfb/2024-00003", cells2="t2note",
         printer=C.h_cells, family="html-trs-cells-t2-decisions-with-qizhong-note-fee-with-payment-count",
         special="A district government's TRS page: table 二's 行政许可/处罚/强制 决定 cells print 「n（其中网上办理k件）」, "
                 "「n（其中适用简易程序k件）」, 「n（其中查封扣押k件）」 and the fee cell 「x（共k笔）」. Gold: n and x; the "
                 "notes' figures are never values."),
    dict(id="d23-pingan-jyj-han-zhuanban-2023", fmt="docx", template="GF2021", year=2023,
         source="ankang-2022", agency="海东市平安区教育局", region=HD + "平安区", level="县级部门",
         cells2="han",
         printer=C.d_cells, family="docx-cells-result-figures-with-han-zhuanban-note-in-parentheses",
         special="A district bureau's Word report: seven result cells of table 三 print 「n（含转办k件）」 (how many of n "
                 "came through a superior). Gold: n."),
    dict(id="h22-gonghe-gov-bosi-case-numbers-in-t4-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", t4cases={"rv.keep": 2, "rv.fix": 1, "ld.keep": 1, "lr.pend": 1},
         agency="共和县人民政府", region=SN + "海南藏族自治州共和县", level="县级政府",
         pub="2023-01-18", cms="bosi", index="632521-zfb/2023-00001", cells2="caseno",
         printer=C.h_cells, family="html-bosi-cells-t4-case-figures-with-decision-or-judgment-number",
         special="A county government's 博思 page (共和县, 海南州): each non-zero case cell of table 四 (not the 总计s) "
                 "prints its decision's or judgment's number after the figure: 「2（决定书：海南州政复决字〔2022〕6号）」, "
                 "「1（案号：〔2022〕青2521行初3号）」. Gold: the figure; the year and numbers of the 文号/案号 are never values."),
    dict(id="d24-jianzha-gov-prior-year-in-cells-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="尖扎县人民政府", region=SN + "黄南藏族自治州尖扎县", level="县级政府",
         cells2="prior",
         printer=C.d_cells, family="docx-cells-totals-with-last-year-figure-in-parentheses-t3-t4",
         special="A county government's Word report (尖扎县, 黄南州): the 总计 cells of 一、本年新收, 二、上年结转, "
                 "（七）总计, 四、结转下年度 and table 四's three 总计 print 「n（上年m）」. Gold: n, this year's."),
    dict(id="d23-guide-mzj-corrected-yuanwei-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2021", agency="贵德县民政局", region=SN + "海南藏族自治州贵德县", level="县级部门",
         cells2="yuanwei",
         printer=C.d_corrected, family="docx-corrected-report-gengzheng-note-cells-new-figure-old-in-parentheses",
         special="A county bureau's corrected Word report (更正版): a 更正说明 first (each corrected cell, 「由“a”更正为“b”」), "
                 "then the report whose corrected cells print 「b（原为a）」. Gold: b, the corrected figure (with it the "
                 "tables are consistent; the old figures are not)."),
    dict(id="h24-xining-jyj-corrected-del-2024", fmt="html", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="西宁市教育局", region=XN, level="市级部门", cls="article",
         cells2="del",
         printer=C.h_corrected, family="html-corrected-report-old-figure-struck-del-new-beside-in-cell",
         special="A city bureau's page re-published with corrections: a 更正说明 above the report, each corrected cell "
                 "「<del>a</del>b」 (the old figure struck in red, the new beside it). Gold: b, the corrected figure."),
    dict(id="m23-zeku-gov-online-offline-split-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2022", agency="泽库县人民政府", region=SN + "黄南藏族自治州泽库县", level="县级政府",
         cells2="parts",
         printer=C.m_cells, family="md-cells-new-figures-with-online-offline-split-in-parentheses",
         special="A Markdown export of a county government's report (泽库县, 黄南州): every non-zero cell of 一、本年新收 "
                 "prints 「n（线上a、线下b）」, a + b = n. Gold: n."),
    dict(id="p23-datong-zrzyj-word-note-marks-with-figures-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="大通回族土族自治县自然资源局", region=XN + "大通回族土族自治县", level="县级部门",
         cells2="fnfig", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=C.p_cells, family="pdf-word-cells-note-marks-notes-under-t3-carrying-figures",
         special="A county bureau's Word PDF: three cells of table 三 print 「n①」, 「n②」, 「n③」; the note under table 三 "
                 "gives a figure for each (「①其中k件为同一申请人重复提出。」). Gold: n; the notes' figures are never values."),
    dict(id="p24-qh-slt-wps-qizhong-wrapped-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="青海省水利厅", region=SN, level="省级部门",
         cells2="qline", creator="WPS 文字", producer="WPS 文字",
         printer=C.p_cells, family="pdf-wps-cells-qizhong-note-wrapped-inside-narrow-new-cells",
         special="A province department's WPS PDF: every non-zero cell of 一、本年新收 prints 「n（其中网上k）」, wrapped "
                 "over two or three lines inside the narrow cell. Gold: n."),
    dict(id="t23-qilian-lcj-heji-remark-column-2023", fmt="txt", template="GF2021", year=2023,
         source="ankang-2022", agency="祁连县林业和草原局", region=SN + "海北藏族自治州祁连县", level="县级部门",
         cells2="remark",
         printer=C.t_remark, family="txt-t3-heji-then-remark-column-remarks-carry-figures",
         special="A .txt copy of a county bureau's report: table 三's last column header 「合计\t备注」 — a 备注 column after "
                 "the total — and four rows' remarks carry figures (「含重复申请k件」, 「其中延期答复k件」). Gold: the 合计 "
                 "figure; the remark is never a value."),
]
