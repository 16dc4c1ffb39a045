"""The 20 reports of eval/wild39 (read by make.py): a realistic crawl sample from Shanghai (上海市, a 直辖市; 1 of them a
scan) and a hunt of THE PUBLISHER'S OWN DEFECTS (a 总计 that does not add, 本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度,
table 四's 总计 off, a result cell not carried into 总计, two rows typed into each other's places, a negative figure, and
mixes of them): the gold holds the figures as printed and the findings a careful reader must raise, never a fixed
total."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam39 as Y

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
SH = "上海市"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Shanghai crawl sample
    # ------------------------------------------------------------------ PDF (4 text, 1 scan)
    dict(id="p25-sh-jxw-wps-extra-heji-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="上海市经济和信息化委员会", region=SH, level="省级部门",
         extra_row=True, relabel=XJ, notes={"t3": ONLINE_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-2025-wps-shanghai-municipal-economy-informatization-commission-online-subrow-heji",
         special="A 直辖市's municipal commission (上海市经济和信息化委员会, 省级部门)'s 2025 report (published 2026) as "
                 "WPS PDF: table 三 with the 2025 template's sub-row 「其中：通过在线平台申请」 (not a template cell) and "
                 "「合计」 for 总计."),
    dict(id="p23-xuhui-lhsr-word-units-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="上海市徐汇区绿化和市容管理局", region=SH + "徐汇区", level="县级部门",
         unit_line=["t3", "t4"], creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-shanghai-district-greening-city-appearance-bureau-unit-lines-2023",
         special="A district bureau's Word PDF (上海市徐汇区绿化和市容管理局): 「单位：件」 over tables 三 and 四."),
    dict(id="p20-minhang-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="上海市闵行区人民政府", region=SH + "闵行区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-shanghai-district-gov-minhang-xubiao-hdr-2020",
         special="A GF2019 report of a 直辖市 district government (上海市闵行区) as Word PDF: table 三 continued under "
                 "「续表」 with its header rows."),
    dict(id="p24-pudong-gov-word-hdr2-heji-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="上海市浦东新区人民政府", region=SH + "浦东新区", level="县级政府",
         hdr2=True, relabel=XJ, creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-shanghai-district-gov-pudong-t3-hdr2-heji-2024",
         special="A 直辖市 district government's Word PDF (上海市浦东新区): table 三 with two header rows, 「合计」 for 总计."),
    dict(id="p22-pudong-wjw-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="上海市浦东新区卫生健康委员会", region=SH + "浦东新区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "RICOH MP C3004", "Creator": "RICOH MP C3004"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-shanghai-pudong-health-commission-signed-seal-ricoh-2022",
         special="A district commission's scanned signed copy (上海市浦东新区): 150 dpi colour JPEG pages, a pen signature "
                 "and the round red seal over it; no text layer; a Ricoh copier."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-lingang-gwh-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="中国（上海）自由贸易试验区临港新片区管理委员会", region=SH, level="县级政府",
         pub="2024-01-26", cms="trs", index="310000-lgxpq/2024-00002", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-shanghai-lingang-new-area-committee-ld-total-defect-2023",
         special="The 临港新片区's 管委会 (a dispatched body of the municipal government, directly under 上海市 and not of "
                 "one district: region 上海市, 县级政府, as eval/wild38's 北京经济技术开发区) on a TRS page. A real defect: "
                 "行政诉讼 未经复议直接起诉 总计 one too many. **Findings:** H5 t4.ld."),
    dict(id="h22-chenjia-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="上海市崇明区陈家镇人民政府",
         region=SH + "崇明区", level="乡镇", pub="2023-01-17", cms="bosi",
         index="310151-cjz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-shanghai-chongming-zhen-t4-slash-zeros-note-2022",
         special="A 镇 of 上海市崇明区 on a 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 "
                 "维持."),
    dict(id="h24-huangpu-gov-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="上海市黄浦区人民政府", region=SH + "黄浦区", level="县级政府",
         pub="2025-01-20", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-shanghai-district-gov-huangpu-hdr2-heji-spaced-2024",
         special="A 直辖市 district government's platform page (上海市黄浦区): table 三 with two header rows, 「合  计」 for "
                 "总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-xujiahui-jd-word-units-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2021", small=True, t4cases={}, agency="上海市徐汇区徐家汇街道办事处", region=SH + "徐汇区",
         level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-shanghai-xuhui-jiedao-unit-lines-no-cases-2023",
         special="A 街道 of 上海市徐汇区 as a Word report: 「单位：件」 over tables 三 and 四; no case in table 四."),
    dict(id="d17-jingan-gov-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="上海市静安区人民政府", region=SH + "静安区", level="县级政府",
         stats=dict(active=2187, web=1630, other=557, norm=14, apps=312, face=96, net=188, letter=28, rv=9, lit=4),
         printer=G.d_legacy15, family="legacy-docx-2017-shanghai-district-gov-jingan-numbered-stat-rows",
         special="A LEGACY (old 条例) report of a 直辖市 district government as Word (上海市静安区): numbered statistics "
                 "rows."),
]

REPORTS += [
    # ================================================================== HUNT half (10): the publisher's own defects
    dict(id="h23-putuo-gov-trs-r7-zongji-off-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="上海市普陀区人民政府", region=SH + "普陀区", level="县级政府",
         pub="2024-01-24", cms="trs", index="310107-ptq/2024-00004", defect={"r7.tot": 1},
         printer=Y.h39, family="html-trs-defect-t3-grand-total-cell-one-too-many-three-findings",
         special="A district government's TRS page: table 三's （七）总计 row printed with its 总计 cell one too many (the "
                 "grand total typed by hand). Gold: the cell as printed. **Findings:** H1 column tot, H2 t3.r7, H3 "
                 "column tot — one wrong cell, three findings (all `report_defect`)."),
    dict(id="p23-putuo-mzj-word-carry-rows-swapped-2023", fmt="pdf", template="GF2021", year=2023,
         source="ankang-2022", agency="上海市普陀区民政局", region=SH + "普陀区", level="县级部门",
         swap=[("carry_in", "carry_out")], creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=Y.p39, family="pdf-word-defect-t3-shangnian-jiezhuan-jiezhuan-xianiandu-rows-swapped",
         special="A district bureau's Word PDF: table 三's 二、上年结转 and 四、结转下年度 figures typed into each other's "
                 "rows (every column). Gold: each row as printed under its label — never swapped back. **Findings:** "
                 "H1 in every column whose two figures differ."),
    dict(id="d24-hongkou-jyj-new-np-typo-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="上海市虹口区教育局", region=SH + "虹口区", level="县级部门",
         defect={"new.np": 10},
         printer=Y.d39, family="docx-defect-t3-bennian-xinshou-ziranren-ten-too-many",
         special="A district bureau's Word report: 一、本年新收 自然人 printed ten too many (a keying slip; its 总计 not "
                 "changed). Gold: the cell as printed. **Findings:** H1 column np, H2 t3.new."),
    dict(id="h22-yangpu-wjw-platform-t4-rv-total-short-2022", fmt="html", template="GF2021", year=2022,
         source="ankang-2022", agency="上海市杨浦区卫生健康委员会", region=SH + "杨浦区", level="县级部门",
         pub="2023-01-19", cms="platform", t4cases={"rv.keep": 2, "rv.fix": 1, "rv.pend": 1, "ld.keep": 1},
         t4defect={"rv.tot": -1},
         printer=Y.h39, family="html-platform-defect-t4-xingzheng-fuyi-zongji-one-short",
         special="A district commission's platform page: table 四's 行政复议 总计 printed 3 where its parts add to 4. "
                 "Gold: 3 as printed. **Findings:** H5 t4.rv."),
    dict(id="p24-baoshan-gov-wps-result-cell-not-carried-lr-total-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="上海市宝山区人民政府", region=SH + "宝山区", level="县级政府",
         defect={"r5_1.np": 1}, t4defect={"lr.tot": 1}, creator="WPS 文字", producer="WPS 文字",
         printer=Y.p39, family="pdf-wps-defect-t3-result-subrow-not-carried-and-t4-fuyihou-qisu-total-off",
         special="A district government's WPS PDF with two defects: a 不予处理 sub-row's 自然人 cell (1.信访举报投诉类申请) "
                 "one more than its row total and the column total carry, and table 四's 复议后起诉 总计 one too many. "
                 "**Findings:** H2 t3.r5_1, H3 column np, H5 t4.lr."),
    dict(id="p22-jiading-scjgj-word-negative-carry-out-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2022", agency="上海市嘉定区市场监督管理局", region=SH + "嘉定区", level="县级部门",
         setcell={"t3.carry_out.oth": -1}, creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=Y.p39, family="pdf-word-defect-t3-jiezhuan-xianiandu-qita-negative-one",
         special="A district bureau's Word PDF: 四、结转下年度 of the 其他 column printed 「-1」 (the publisher computed it "
                 "as a difference). Gold: -1 as printed. **Findings:** H1 column oth, H2 t3.carry_out, H6 "
                 "t3.carry_out.oth."),
    dict(id="h24-jinshan-gov-bosi-r7-column-off-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="上海市金山区人民政府", region=SH + "金山区", level="县级政府",
         pub="2025-01-23", cms="bosi", index="310116-jsq/2025-00003", defect={"r7.np": 2, "r7.tot": 2},
         printer=Y.h39, family="html-bosi-defect-t3-zongji-row-ziranren-two-too-many-row-consistent",
         special="A district government's 博思 page: （七）总计 of 自然人 printed two too many, and the row's 总计 with it "
                 "(the row adds, the column does not). Gold: as printed. **Findings:** H1 columns np and tot, H3 "
                 "columns np and tot."),
    dict(id="d23-songjiang-sfj-t4-ld-keep-not-totalled-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2021", agency="上海市松江区司法局", region=SH + "松江区", level="县级部门",
         t4defect={"ld.keep": 1},
         printer=Y.d39, family="docx-defect-t4-weijing-fuyi-qisu-weichi-not-in-zongji",
         special="A district bureau's Word report: table 四's 未经复议直接起诉 结果维持 one more than its 总计 carries. Gold: "
                 "as printed. **Findings:** H5 t4.ld."),
    dict(id="p23-qingpu-gov-xubiao-r4-2-total-off-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="上海市青浦区人民政府", region=SH + "青浦区", level="县级政府",
         t3_cont="hdr", defect={"r4_2.tot": 1, "carry_in.biz": 1},
         creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=Y.p39, family="pdf-word-defect-xubiao-wufa-tigong-row-total-and-shangnian-jiezhuan-biz-off",
         special="A district government's Word PDF, table 三 continued under 「续表」 with its header rows; two defects, "
                 "one in each part of the split table: 二、上年结转 of 商业企业 one too many (its 总计 not changed), and the "
                 "（四）无法提供 sub-row 2.没有现成信息需要另行制作 总计 one too many. **Findings:** H1 column biz, H2 "
                 "t3.carry_in, H2 t3.r4_2, H3 column tot."),
    dict(id="p25-nanqiao-zhen-wps-extra-new-total-off-2025", fmt="pdf", template="GF2021", year=2025,
         source="pingtan-2021", small=True, t4cases={}, agency="上海市奉贤区南桥镇人民政府", region=SH + "奉贤区",
         level="乡镇", extra_row=True, notes={"t3": ONLINE_NOTE}, defect={"new.tot": 1},
         creator="WPS 文字", producer="WPS 文字",
         printer=Y.p39, family="pdf-2025-wps-defect-zhen-bennian-xinshou-zongji-one-too-many-online-subrow",
         special="A 镇's 2025 report (published 2026) as WPS PDF, with the 2025 sub-row 「其中：通过在线平台申请」 (not a "
                 "template cell): 一、本年新收 总计 one too many. Gold: as printed. **Findings:** H1 column tot, H2 "
                 "t3.new."),
]
