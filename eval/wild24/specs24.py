"""The 20 reports of eval/wild24 (read by make.py): realistic half and hunt half, Liaoning places."""
from __future__ import annotations

import fam13 as M
import fam14 as F
import fam15 as G
import fam17 as N
import fam24 as Z

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
LEGAL_PERM = [4, 0, 1, 2, 3]  # 其他 … : the 法人 block as the publisher reordered it (indexes into the 5 columns)

REPORTS = [
    # ================================================================== REALISTIC half (10)
    # ------------------------------------------------------------------ PDF (5)
    dict(id="p24-xinmin-gov-wps-hdr2-heji-header-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="新民市人民政府", region="辽宁省沈阳市新民市", level="县级政府", hdr2=True,
         relabel=HJ, page_header="新民市人民政府", creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-county-gov-hdr2-heji-spaced-page-header-2024",
         special="A county-level city government's WPS PDF: table 三 with two header rows, 「合  计」 for 总计, a "
                 "running page header."),
    dict(id="p23-fuzhoucheng-zhen-lo-units-t4slash-2023", fmt="pdf", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="瓦房店市复州城镇人民政府",
         region="辽宁省大连市瓦房店市", level="乡镇", unit_line=["t3", "t4"], mark_zero=[(r"t4\..*", "/")],
         notes={"t4": SLASH_NOTE}, creator="Writer", producer="LibreOffice 7.6",
         printer=N.p_report17, family="pdf-libreoffice-zhen-unit-lines-t4-slash-note-2023",
         special="A 镇's LibreOffice PDF: 「单位：件」 over tables 三 and 四, table 四's zero cells 「/」 (gold: null) "
                 "with a note."),
    dict(id="p21-haicheng-scjgj-acrobat-xubiao-dash-2021", fmt="pdf", template="GF2021", year=2021,
         source="hongze-2023", agency="海城市市场监督管理局", region="辽宁省鞍山市海城市", level="县级部门",
         t3_cont="hdr", mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         creator="Acrobat PDFMaker 21 for Word", producer="Adobe PDF Library 21.1.174",
         printer=N.p_report17, family="pdf-acrobat-county-bureau-t3-xubiao-hdr-t4-dash-note-2021",
         special="A county-level city bureau's Acrobat PDF: table 三 continued under 「续表」 with its header rows "
                 "again, table 四's zero cells 「—」 (gold: null) with a note."),
    dict(id="p19-dengta-mzj-gf2019-wps-abbr-units-2019", fmt="pdf", template="GF2019", year=2019,
         source="pingtan-2019", agency="灯塔市民政局", region="辽宁省辽阳市灯塔市", level="县级部门", abbr=True,
         unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-gf2019-wps-county-bureau-abbrev-unit-lines-2019",
         special="A GF2019 county-level city bureau's WPS PDF: the 法人 block abbreviated, 「单位：件」 over tables 三 "
                 "and 四."),
    dict(id="p25-zhuanghe-ybj-word-extra-units-new-defect-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="庄河市医疗保障局", region="辽宁省大连市庄河市", level="县级部门",
         extra_row=True, unit_line=["t3", "t4"], notes={"t3": ONLINE_NOTE}, defect={"new.tot": 1},
         printer=N.p_report17, family="pdf-2025-word-county-bureau-extra-online-subrow-unit-lines-new-total-defect",
         special="A 2025 county-level city bureau's Word PDF: table 三 with the extra sub-row 「其中：通过在线平台申请」 "
                 "(not template cells), 「单位：件」 lines. A real defect: 一、本年新收 总计 one too many. "
                 "**Findings:** H1 column tot, H2 t3.new."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h24-kaiyuan-gov-trs-heji-units-rv-defect-2024", fmt="html", template="GF2021", year=2024, source="ankang-2022",
         agency="开原市人民政府", region="辽宁省铁岭市开原市", level="县级政府", pub="2025-01-22", cms="trs",
         index="211282-kyszf/2025-00003", relabel=HJ, unit_line=["t3", "t4"], t4defect={"rv.tot": 1},
         printer=N.h_cms17, family="html-trs-county-gov-heji-spaced-unit-lines-t4-total-defect-2024",
         special="A county-level city government's TRS page: 「合  计」 for 总计, 「单位：件」 over tables 三 and 四. A real "
                 "defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="h22-changtu-jyj-bosi-abbr-t4dash-2022", fmt="html", template="GF2021", year=2022,
         source="hebei-edu-2021", agency="昌图县教育局", region="辽宁省铁岭市昌图县", level="县级部门",
         pub="2023-01-19", cms="bosi", index="211224-jyj/2023-00002", abbr=True, mark_zero=[(r"t4\..*", "—")],
         notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-bosi-county-bureau-abbrev-t4-dash-note-2022",
         special="A county bureau's 博思 page: the 法人 block abbreviated, table 四's zero cells 「—」 (gold: null) "
                 "with a note."),
    dict(id="h20-kazuo-wjj-gf2019-dahan-units-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2020", agency="喀喇沁左翼蒙古族自治县卫生健康局", region="辽宁省朝阳市喀喇沁左翼蒙古族自治县",
         level="县级部门", pub="2021-01-26", cms="dahan", index="211324-wjj/2021-00001", unit_line=["t3", "t4"],
         printer=N.h_cms17, family="html-gf2019-dahan-autonomous-county-bureau-unit-lines-2020",
         special="A GF2019 autonomous county bureau's 大汉 page: 「单位：件」 over tables 三 and 四."),
    # ------------------------------------------------------------------ DOCX (1 GF, 1 LEGACY)
    dict(id="d23-dashiqiao-sfj-hdr2-slash-carry-defect-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2021", agency="大石桥市司法局", region="辽宁省营口市大石桥市", level="县级部门", hdr2=True,
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE}, defect={"carry_in.np": 2},
         printer=N.d_report17, family="docx-county-bureau-hdr2-t4-slash-carry-in-defect-2023",
         special="A county-level city bureau's Word report: table 三 with two header rows, table 四's zero cells 「/」 "
                 "(gold: null). A real defect: 二、上年结转 自然人 a stale figure, two too many. **Findings:** H1 "
                 "column np, H2 t3.carry_in."),
    dict(id="d16-beipiao-gov-legacy-pairs-2016", fmt="docx", template="LEGACY", year=2016,
         agency="北票市人民政府", region="辽宁省朝阳市北票市", level="县级政府",
         stats=dict(active=1462, web=1320, other=142, norm=11, apps=23, face=9, net=12, letter=2, rv=2, lit=1),
         printer=F.d_legacy_table_pairs, family="legacy-docx-2016-county-gov-stat-table-two-pairs-per-row",
         special="A LEGACY (pre-2019) county-level city government's Word report: the 统计表 with two indicators per "
                 "row (指标（单位） | 数量 | 指标（单位） | 数量)."),
]

HUNT = [
    # ================================================================== HUNT half (10): tables and typography
    dict(id="h23-lingyuan-gov-trs-fullwidth-hdr2-slash-2023", fmt="html", template="GF2021", year=2023,
         source="ankang-2022", agency="凌源市人民政府", region="辽宁省朝阳市凌源市", level="县级政府",
         pub="2024-01-23", cms="trs", index="211382-lyszf/2024-00002", hdr2=True, digits="fullwidth",
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-trs-county-gov-fullwidth-digits-hdr2-t4-slash",
         special="A county-level city government's TRS page: every integer figure typed in full-width digits "
                 "(「１２」), table 三 with two header rows, table 四's zero cells 「/」 (gold: null)."),
    dict(id="h24-gaizhou-zjj-dahan-jian-cells-2024", fmt="html", template="GF2021", year=2024,
         source="hongze-2023", agency="盖州市住房和城乡建设局", region="辽宁省营口市盖州市", level="县级部门",
         pub="2025-01-20", cms="dahan", index="210881-zjj/2025-00001",
         printer=Z.h_unit_cells, family="html-dahan-t3-t4-every-figure-typed-with-unit-jian",
         special="A county-level city bureau's 大汉 page: every figure of tables 三 and 四 typed with its unit "
                 "(「12件」, 「0件」; gold: the figure)."),
    dict(id="p22-xingcheng-jtj-wps-after5-t4-asterisk-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2022", agency="兴城市交通运输局", region="辽宁省葫芦岛市兴城市", level="县级部门", hdr2=True,
         t4cases={"rv.keep": 2, "rv.fix": 1, "ld.keep": 1}, after5=True,
         marks={"t4.rv.keep": "*", "t4.rv.tot": "*", "t4.ld.keep": "*", "t4.ld.tot": "*"},
         notes={"t4": ["注：标“*”的案件含上年度申请、本年度审结的案件。"]}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-tables-as-appendix-after-section-five-t4-asterisk-note-marks-hdr2",
         special="A county-level city bureau's WPS PDF: sections 二, 三 and 四 each one sentence pointing to "
                 "「附表1」–「附表3」, the three tables after section 五's paragraphs under their 「附表n：」 captions; "
                 "four figures of table 四 typed with 「*」 (「2*」, gold: the figure), the note under the table; "
                 "table 三 with two header rows."),
    dict(id="p25-linghai-gov-rotate90-extra-2025", fmt="pdf", template="GF2021", year=2025,
         source="ankang-2022", agency="凌海市人民政府", region="辽宁省锦州市凌海市", level="县级政府",
         landscape=True, rotate90=True, extra_row=True, notes={"t3": ONLINE_NOTE},
         printer=N.p_report17, family="pdf-2025-county-gov-t3-t4-landscape-as-rotate-90-portrait-mediabox-extra-subrow",
         special="A 2025 county-level city government's Word PDF: tables 三 and 四 in a landscape section, each of "
                 "those pages a portrait MediaBox whose content is turned by the content matrix and shown landscape "
                 "by /Rotate 90; table 三 with the extra sub-row 「其中：通过在线平台申请」 (not template cells)."),
    dict(id="d24-donggang-czj-reorder-hdr2-units-2024", fmt="docx", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="东港市财政局", region="辽宁省丹东市东港市", level="县级部门", hdr2=True,
         reorder=LEGAL_PERM, unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-gf2021-t3-legal-block-reordered-hdr2-unit-lines",
         special="A county-level city bureau's Word report: table 三's 法人或其他组织 sub-columns in another order "
                 "(其他 first, then 商业企业, 科研机构, 社会公益组织, 法律服务机构), two header rows, 「单位：件」 lines."),
    dict(id="p23-kuandian-fgw-wps-reorder-xubiao-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="宽甸满族自治县发展和改革局", region="辽宁省丹东市宽甸满族自治县",
         level="县级部门", reorder=[1, 4, 0, 3, 2], t3_cont="hdr", creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-t3-legal-block-reordered-xubiao-hdr-repeated",
         special="An autonomous county bureau's WPS PDF: table 三's 法人 sub-columns in another order (科研机构, 其他, "
                 "商业企业, 法律服务机构, 社会公益组织), the table continued under 「续表」 with its header rows."),
    dict(id="h22-fengcheng-sfj-trs-hidden-dup-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2021", agency="凤城市司法局", region="辽宁省丹东市凤城市", level="县级部门",
         pub="2023-01-18", cms="trs", index="210682-sfj/2023-00004", hidden=("t3", "t4"),
         printer=Z.h_hidden_dup, family="html-trs-figure-cells-display-none-stale-duplicate-spans",
         special="A county-level city bureau's TRS page: every figure cell of tables 三 and 四 keeps an earlier "
                 "draft's figure in a <span style=\"display:none\"> before the shown one (gold: the shown figure)."),
    dict(id="h21-xifeng-gxj-bosi-sup-notes-2021", fmt="html", template="GF2021", year=2021,
         source="hebei-edu-2021", agency="西丰县工业和信息化局", region="辽宁省铁岭市西丰县", level="县级部门",
         pub="2022-01-21", cms="bosi", index="211223-gxj/2022-00001",
         sups={"t3.r1.np": "①", "t3.r1.tot": "①", "t3.r4_1.np": "②", "t3.r4_1.tot": "②", "t3.new.tot": "③"},
         notes={"t3": ["注：①含部分公开后补充提供的信息；②含经检索后确认不存在的情形；③含邮寄申请。"]},
         printer=Z.h_sup_marks, family="html-bosi-t3-figures-sup-footnote-marks-note-below",
         special="A county bureau's 博思 page: five figures of table 三 followed by a footnote mark set as "
                 "<sup>①</sup>, the notes under the table (gold: the figure)."),
    dict(id="p19-panshan-taiping-jd-gf2019-fullwidth-landscape-2019", fmt="pdf", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="盘山县太平街道办事处", region="辽宁省盘锦市盘山县",
         level="乡镇", digits="fullwidth", landscape=True,
         printer=N.p_report17, family="pdf-gf2019-jiedao-fullwidth-digits-t3-t4-landscape-page",
         special="A GF2019 街道's Word PDF: every integer figure in full-width digits (「１２」), tables 三 and 四 on a "
                 "landscape page."),
    dict(id="d20-jianping-wjj-gf2019-prior-t4-2020", fmt="docx", template="GF2019", year=2020,
         source="pingtan-2020", agency="建平县卫生健康局", region="辽宁省朝阳市建平县", level="县级部门", prior=True,
         printer=N.d_report17, family="docx-gf2019-t4-this-year-last-year-rows-county-bureau",
         special="A GF2019 county bureau's Word report: table 四 with a 年度 column, the row 「本年」 and under it "
                 "last year's row 「上年」 (not in gold: this year's figures)."),
]
REPORTS += HUNT
