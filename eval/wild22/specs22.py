"""The 30 reports of eval/wild22 (read by make.py): realistic half and hunt half, Shanxi places."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam22 as X

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

REPORTS = [
    # ================================================================== REALISTIC half (15)
    # ------------------------------------------------------------------ PDF (7)
    dict(id="p24-qingxu-gov-wps-hdr2-t4slash-2024", fmt="pdf", template="GF2021", year=2024, source="ankang-2022",
         agency="清徐县人民政府", region="山西省太原市清徐县", level="县级政府", hdr2=True,
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-county-gov-hdr2-t4-slash-note-2024",
         special="A county government's WPS PDF: table 三 with two header rows, table 四's zero cells 「/」 (gold: "
                 "null) with a note."),
    dict(id="p23-yuci-sjj-acrobat-units-right-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="晋中市榆次区审计局", region="山西省晋中市榆次区", level="县级部门", unit_line=["t3", "t4"],
         values="right", creator="Acrobat PDFMaker 23 for Word", producer="Adobe PDF Library 23.1.175",
         printer=N.p_report17, family="pdf-acrobat-district-bureau-unit-lines-values-right-2023",
         special="A district bureau's Acrobat PDF: 「单位：件」 over tables 三 and 四, figures right-aligned."),
    dict(id="p25-xiaoyi-ybj-word-extra-heji-2025", fmt="pdf", template="GF2021", year=2025, source="hebei-edu-2021",
         agency="孝义市医疗保障局", region="山西省吕梁市孝义市", level="县级部门", extra_row=True, relabel=XJ,
         notes={"t3": ONLINE_NOTE},
         printer=N.p_report17, family="pdf-2025-word-county-bureau-extra-online-subrow-heji",
         special="A 2025 county-level city bureau's Word PDF: table 三 with the extra sub-row 「其中：通过在线平台申请」 "
                 "(not template cells), 「合计」 for 总计."),
    dict(id="p22-gutao-zhen-wps-cutrow-dash-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         small=True, t4cases={"rv.keep": 1}, agency="平遥县古陶镇人民政府", region="山西省晋中市平遥县", level="乡镇",
         t3_cut=True, mark_zero=[(r"t3\..*", "—")], notes={"t3": DASH_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-zhen-t3-row-cut-dash-zeros-note-2022",
         special="A 镇's WPS PDF: table 三 runs onto the next page with a row cut by the page break, its zero cells "
                 "「—」 (gold: null) with a note."),
    dict(id="p19-jiexiu-zrzyj-gf2019-acrobat-xubiao-2019", fmt="pdf", template="GF2019", year=2019,
         source="pingtan-2019", agency="介休市自然资源局", region="山西省晋中市介休市", level="县级部门", t3_cont="hdr",
         creator="Acrobat PDFMaker 19 for Word", producer="Adobe PDF Library 19.12.66",
         printer=N.p_report17, family="pdf-gf2019-acrobat-county-bureau-t3-xubiao-hdr",
         special="A GF2019 county-level city bureau's Acrobat PDF: table 三 continued under 「续表」 with its header rows."),
    dict(id="p21-xijie-jd-lo-abbr-header-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         small=True, agency="长治市潞州区西街街道办事处", region="山西省长治市潞州区", level="乡镇", abbr=True,
         page_header="长治市潞州区西街街道办事处", creator="Writer", producer="LibreOffice 7.1",
         printer=N.p_report17, family="pdf-libreoffice-jiedao-abbrev-page-header-2021",
         special="A 街道's LibreOffice PDF: the 法人 block abbreviated, the office's name as a running page header."),
    dict(id="p24-linfen-zjj-wps-cn-date-new-defect-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="临汾市住房和城乡建设局", region="山西省临汾市", level="市级部门",
         date_style="cn", defect={"new.tot": 1}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-city-bureau-cn-date-new-total-defect",
         special="A city bureau's WPS PDF, the date in Chinese numerals. A real defect: 一、本年新收 总计 one too many. "
                 "**Findings:** H1 column tot, H2 t3.new."),
    # ------------------------------------------------------------------ HTML (4)
    dict(id="h23-taigu-gov-trs-heji-t4dash-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="晋中市太谷区人民政府", region="山西省晋中市太谷区", level="县级政府", pub="2024-01-22", cms="trs",
         index="140703-zfb/2024-00002", relabel=HJ, mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-trs-district-gov-heji-spaced-t4-dash-note",
         special="A district government's TRS page: 「合  计」 for 总计, table 四's zero cells 「—」 (gold: null) with a note."),
    dict(id="h24-hongdong-wjj-bosi-units-blank-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022",
         agency="洪洞县卫生健康局", region="山西省临汾市洪洞县", level="县级部门", pub="2025-01-17", cms="bosi",
         unit_line=["t3", "t4"], mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=N.h_cms17, family="html-bosi-county-bureau-unit-lines-t3-blank-note",
         special="A county bureau's 博思 page: 「单位：件」 over tables 三 and 四, table 三's zero cells blank (gold: null)."),
    dict(id="h20-jinchang-zhen-gf2019-dahan-slash-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2020", small=True, agency="定襄县晋昌镇人民政府", region="山西省忻州市定襄县", level="乡镇",
         pub="2021-01-19", cms="dahan", index="140921-jcz/2021-00001", mark_zero=[(r"t4\..*", "/")],
         notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-gf2019-dahan-zhen-t4-slash-note-2020",
         special="A GF2019 镇's 大汉 page: table 四's zero cells 「/」 (gold: null) with a note."),
    dict(id="h25-hejin-gov-platform-extra-hdr2-2025", fmt="html", template="GF2021", year=2025,
         source="ankang-2022", agency="河津市人民政府", region="山西省运城市河津市", level="县级政府",
         pub="2026-01-21", cms="platform", hdr2=True, extra_row=True, notes={"t3": ONLINE_NOTE},
         printer=N.h_cms17, family="html-platform-2025-county-gov-extra-online-subrow-hdr2",
         special="A 2025 county-level city government's platform page: table 三 with two header rows and the extra "
                 "sub-row (not template cells)."),
    # ------------------------------------------------------------------ DOCX (3, one LEGACY), text (1)
    dict(id="d22-shouyang-scjgj-abbr-dash-2022", fmt="docx", template="GF2021", year=2022, source="hongze-2023",
         agency="寿阳县市场监督管理局", region="山西省晋中市寿阳县", level="县级部门", abbr=True,
         mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=N.d_report17, family="docx-county-bureau-abbrev-t4-dash-note-2022",
         special="A county bureau's Word report: the 法人 block abbreviated, table 四's zero cells 「—」 (gold: null)."),
    dict(id="d21-lizhai-xiang-heji-carry-defect-2021", fmt="docx", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={"ld.keep": 1}, agency="泽州县李寨乡人民政府",
         region="山西省晋城市泽州县", level="乡镇", relabel=HJ, defect={"carry_in.np": 2},
         printer=N.d_report17, family="docx-xiang-heji-spaced-carry-in-defect-2021",
         special="A 乡's Word report: 「合  计」 for 总计. A real defect: 二、上年结转 自然人 a stale figure, two too many. "
                 "**Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="d17-pianguan-mzj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="偏关县民政局", region="山西省忻州市偏关县", level="县级部门",
         stats=dict(active=214, web=176, other=38, norm=2, apps=3, face=1, net=2, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-county-bureau-numbered-stat-rows",
         special="A LEGACY (pre-2019) county bureau report as Word: numbered statistics rows."),
    dict(id="t23-fenyang-jyj-copy-t4slash-2023", fmt="txt", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="汾阳市教育局", region="山西省吕梁市汾阳市", level="县级部门", pub="2024-01-19",
         mark_zero=[(r"t4\..*", "/")],
         printer=G.t_copy15, family="text-page-copy-tab-cells-county-bureau-t4-slash",
         special="A county-level city bureau's page copied as text (select-all copy, tab cells), table 四's zero cells "
                 "「/」 (gold: null)."),
]
REPORTS += X.HUNT
