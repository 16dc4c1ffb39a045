"""The 20 reports of eval/wild23 (read by make.py): realistic half and hunt half, Jilin places."""
from __future__ import annotations

import fam12 as A
import fam15 as G
import fam17 as N
import fam23 as Y

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

REPORTS = [
    # ================================================================== REALISTIC half (10)
    # ------------------------------------------------------------------ PDF (5)
    dict(id="p24-nongan-gov-lo-hdr2-t4dash-2024", fmt="pdf", template="GF2021", year=2024, source="ankang-2022",
         agency="农安县人民政府", region="吉林省长春市农安县", level="县级政府", hdr2=True,
         mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE}, creator="Writer", producer="LibreOffice 7.5",
         printer=N.p_report17, family="pdf-libreoffice-county-gov-hdr2-t4-dash-note-2024",
         special="A county government's LibreOffice PDF: table 三 with two header rows, table 四's zero cells 「—」 "
                 "(gold: null) with a note."),
    dict(id="p23-wukeshu-zhen-wps-xubiao-units-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         small=True, t4cases={"rv.keep": 1}, agency="榆树市五棵树镇人民政府", region="吉林省长春市榆树市",
         level="乡镇", t3_cont="hdr", unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-zhen-t3-xubiao-hdr-unit-lines-2023",
         special="A 镇's WPS PDF: table 三 continued under 「续表」 with its header rows, 「单位：件」 over tables 三 "
                 "and 四."),
    dict(id="p25-yanji-ybj-acrobat-extra-right-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="延吉市医疗保障局", region="吉林省延边朝鲜族自治州延吉市", level="县级部门",
         extra_row=True, values="right", notes={"t3": ONLINE_NOTE},
         creator="Acrobat PDFMaker 24 for Word", producer="Adobe PDF Library 24.2.159",
         printer=N.p_report17, family="pdf-2025-acrobat-county-bureau-extra-online-subrow-values-right",
         special="A 2025 county-level city bureau's Acrobat PDF: table 三 with the extra sub-row 「其中：通过在线平台申请」 "
                 "(not template cells), figures right-aligned."),
    dict(id="p20-meihekou-sfj-gf2019-heji-slash-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="梅河口市司法局", region="吉林省通化市梅河口市", level="县级部门",
         relabel=HJ, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.p_report17, family="pdf-gf2019-word-county-bureau-heji-spaced-t4-slash-2020",
         special="A GF2019 county-level city bureau's Word PDF: 「合  计」 for 总计, table 四's zero cells 「/」 (gold: "
                 "null) with a note."),
    dict(id="p22-baicheng-jtj-wps-abbr-rv-defect-2022", fmt="pdf", template="GF2021", year=2022,
         source="hongze-2023", agency="白城市交通运输局", region="吉林省白城市", level="市级部门", abbr=True,
         t4defect={"rv.tot": 1}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-city-bureau-abbrev-t4-total-defect-2022",
         special="A city bureau's WPS PDF: the 法人 block abbreviated. A real defect: 行政复议 总计 one too many. "
                 "**Findings:** H5 t4.rv."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h24-lishu-gov-dahan-hdr2-units-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2021",
         agency="梨树县人民政府", region="吉林省四平市梨树县", level="县级政府", pub="2025-01-21", cms="dahan",
         index="220322-zfb/2025-00004", hdr2=True, unit_line=["t3", "t4"],
         printer=N.h_cms17, family="html-dahan-county-gov-hdr2-unit-lines-2024",
         special="A county government's 大汉 page: table 三 with two header rows, 「单位：件」 over tables 三 and 四."),
    dict(id="h21-songjianghe-zhen-trs-t3dash-2021", fmt="html", template="GF2021", year=2021,
         source="pingtan-2021", small=True, agency="抚松县松江河镇人民政府", region="吉林省白山市抚松县",
         level="乡镇", pub="2022-01-25", cms="trs", index="220621-sjhz/2022-00001",
         mark_zero=[(r"t3\..*", "—")], notes={"t3": DASH_NOTE},
         printer=N.h_cms17, family="html-trs-zhen-t3-dash-zeros-note-2021",
         special="A 镇's TRS page: table 三's zero cells 「—」 (gold: null) with a note."),
    dict(id="h19-taonan-sfj-gf2019-platform-blank-2019", fmt="html", template="GF2019", year=2019,
         source="pingtan-2019", agency="洮南市市场监督管理局", region="吉林省白城市洮南市", level="县级部门",
         pub="2020-01-17", cms="platform", mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=N.h_cms17, family="html-gf2019-platform-county-bureau-t3-blank-note-2019",
         special="A GF2019 county-level city bureau's platform page: table 三's zero cells blank (gold: null) with a "
                 "note."),
    # ------------------------------------------------------------------ DOCX (1 GF, 1 LEGACY)
    dict(id="d23-jiutai-nyj-units-carry-defect-2023", fmt="docx", template="GF2021", year=2023,
         source="hongze-2023", agency="长春市九台区农业农村局", region="吉林省长春市九台区", level="县级部门",
         unit_line=["t3", "t4"], defect={"carry_in.np": 2},
         printer=N.d_report17, family="docx-district-bureau-unit-lines-carry-in-defect-2023",
         special="A district bureau's Word report: 「单位：件」 over tables 三 and 四. A real defect: 二、上年结转 自然人 "
                 "a stale figure, two too many. **Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="d18-liaoyuan-rsj-legacy-2018", fmt="docx", template="LEGACY", year=2018,
         agency="辽源市人力资源和社会保障局", region="吉林省辽源市", level="市级部门",
         stats=dict(active=318, web=279, other=39, norm=4, apps=6, face=2, net=3, letter=1, rv=1, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2018-city-bureau-numbered-stat-rows",
         special="A LEGACY (pre-2019) city bureau report as Word: numbered statistics rows."),
]
REPORTS += Y.HUNT
