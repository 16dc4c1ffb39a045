"""The 20 reports of eval/wild25 (read by make.py): realistic half (3 of them scans) and a hunt of reports that are
pictures only; Heilongjiang places."""
from __future__ import annotations

import fam17 as N
import fam25 as P

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

REPORTS = [
    # ================================================================== REALISTIC half (10)
    # ------------------------------------------------------------------ PDF (2 text, 3 scans)
    dict(id="p24-shangzhi-gov-wps-heji-units-t4slash-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="尚志市人民政府", region="黑龙江省哈尔滨市尚志市", level="县级政府",
         relabel=HJ, unit_line=["t3", "t4"], mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-county-gov-heji-spaced-unit-lines-t4-slash-note-2024",
         special="A county-level city government's WPS PDF: 「合  计」 for 总计, 「单位：件」 over tables 三 and 四, "
                 "table 四's zero cells 「/」 (gold: null) with a note."),
    dict(id="p23-changting-zhen-lo-abbr-blank-2023", fmt="pdf", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={}, agency="海林市长汀镇人民政府",
         region="黑龙江省牡丹江市海林市", level="乡镇", abbr=True, mark_zero=[(r"t3\..*", "")],
         notes={"t3": BLANK_NOTE}, creator="Writer", producer="LibreOffice 7.5",
         printer=N.p_report17, family="pdf-libreoffice-zhen-abbrev-t3-blank-zeros-note-2023",
         special="A 镇's LibreOffice PDF: the 法人 block abbreviated, table 三's zero cells blank (gold: null) "
                 "with a note."),
    dict(id="p22-xinglong-zhen-scan-seal-sign-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2021", small=True, t4cases={"rv.keep": 1}, agency="巴彦县兴隆镇人民政府",
         region="黑龙江省哈尔滨市巴彦县", level="乡镇", dpi=200, sec1n=4,
         info={"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "KONICA MINOLTA bizhub C300i"},
         printer=P.p_scan_signed, family="scan-pdf-200dpi-grey-zhen-signed-red-seal-over-signature",
         special="A 镇's scanned signed copy: every page a grey-looking 200 dpi colour JPEG (paper tone, 0.2–0.5° "
                 "skew, sensor noise), a pen signature and the round red seal over the signature; no text layer."),
    dict(id="p21-mishan-nyj-scan-seal-t3-carry-defect-2021", fmt="pdf", template="GF2021", year=2021,
         source="hebei-edu-2021", agency="密山市农业农村局", region="黑龙江省鸡西市密山市", level="县级部门",
         dpi=150, seal_on="t3", defect={"carry_in.np": 2}, sec1n=4,
         info={"Producer": "Canon iR-ADV C3530 III", "Creator": "Canon iR-ADV C3530 III"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-county-bureau-red-seal-over-t3-carry-in-defect",
         special="A county-level city bureau's scanned signed copy at 150 dpi: a second impression of the red seal "
                 "half over table 三's lower right (the （五）/（六） rows' figures under the red, still legible), "
                 "the seal over the signature too. A real defect: 二、上年结转 自然人 a stale figure, two too many. "
                 "**Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="p18-anda-sfj-legacy-scan-seal-2018", fmt="pdf", template="LEGACY", year=2018,
         agency="安达市司法局", region="黑龙江省绥化市安达市", level="县级部门", dpi=200, sealed=True,
         stats=dict(active=412, web=377, other=35, norm=6, apps=9, face=4, net=3, letter=2, rv=1, lit=0),
         info={"Producer": "RICOH MP 3055", "Creator": "RICOH MP 3055"},
         printer=P.p_scan_grey_plain, family="legacy-scan-pdf-2018-county-bureau-stat-table-red-seal",
         special="A LEGACY (old 条例) county-level city bureau's report as a 200 dpi scan with the red seal on the "
                 "signature: prose and the 统计表 (指标 | 单位 | 统计数)."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h24-ningan-wjj-trs-units-dash-rv-defect-2024", fmt="html", template="GF2021", year=2024,
         source="hongze-2023", agency="宁安市卫生健康局", region="黑龙江省牡丹江市宁安市", level="县级部门",
         pub="2025-01-21", cms="trs", index="231084-wjj/2025-00002", unit_line=["t3", "t4"],
         mark_zero=[(r"t4\.l[dr]\..*", "—")], notes={"t4": DASH_NOTE}, t4defect={"rv.tot": 1},
         printer=N.h_cms17, family="html-trs-county-bureau-unit-lines-t4-dash-note-rv-total-defect-2024",
         special="A county-level city bureau's TRS page: 「单位：件」 over tables 三 and 四, table 四's zero cells 「—」 "
                 "(gold: null). A real defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="h23-xingwang-xiang-bosi-hdr2-heji-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={}, agency="讷河市兴旺鄂温克族乡人民政府",
         region="黑龙江省齐齐哈尔市讷河市", level="乡镇", pub="2024-01-17", cms="bosi",
         index="230281-xwx/2024-00001", hdr2=True, relabel=XJ,
         printer=N.h_cms17, family="html-bosi-ethnic-xiang-hdr2-heji-2023",
         special="A 民族乡's 博思 page: table 三 with two header rows, 「合计」 for 总计."),
    dict(id="h20-fujin-gov-gf2019-trs-abbr-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2020", agency="富锦市人民政府", region="黑龙江省佳木斯市富锦市", level="县级政府",
         pub="2021-01-25", cms="trs", index="230882-fjszf/2021-00003", abbr=True,
         printer=N.h_cms17, family="html-gf2019-trs-county-level-city-gov-abbrev-2020",
         special="A GF2019 county-level city government's TRS page: the 法人 block abbreviated."),
    # ------------------------------------------------------------------ DOCX (2)
    dict(id="d25-zhaodong-gov-extra-units-new-defect-2025", fmt="docx", template="GF2021", year=2025,
         source="ankang-2022", agency="肇东市人民政府", region="黑龙江省绥化市肇东市", level="县级政府",
         extra_row=True, unit_line=["t3", "t4"], notes={"t3": ONLINE_NOTE}, defect={"new.tot": 1},
         printer=N.d_report17, family="docx-2025-county-gov-extra-online-subrow-unit-lines-new-total-defect",
         special="A 2025 county-level city government's Word report: table 三 with the extra sub-row 「其中：通过在线"
                 "平台申请」 (not template cells), 「单位：件」 lines. A real defect: 一、本年新收 总计 one too many. "
                 "**Findings:** H1 column tot, H2 t3.new."),
    dict(id="d19-baoqing-mzj-gf2019-slash-2019", fmt="docx", template="GF2019", year=2019,
         source="pingtan-2019", agency="宝清县民政局", region="黑龙江省双鸭山市宝清县", level="县级部门",
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.d_report17, family="docx-gf2019-county-bureau-t4-slash-note-2019",
         special="A GF2019 county bureau's Word report: table 四's zero cells 「/」 (gold: null) with a note."),
]

HUNT = [
    # ================================================================== HUNT half (10): pictures only
    dict(id="p23-hulin-scjgj-phone-photos-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="虎林市市场监督管理局", region="黑龙江省鸡西市虎林市", level="县级部门", sec1n=4,
         info={"Producer": "Adobe Scan for Android", "Creator": "Adobe Scan"},
         printer=P.p_photo_pdf, family="pdf-phone-photos-of-printed-pages-keystone-shadow-band-county-bureau",
         special="Each page a phone photo of the printed page on a desk (1760 px tall, keystone, a 1–3° turn, light "
                 "falling off to one side, a shadow band, JPEG quality 70), one photo a PDF page; no text layer."),
    dict(id="p24-xingnong-zhen-fax-120dpi-2024", fmt="pdf", template="GF2021", year=2024,
         source="pingtan-2022", small=True, t4cases={}, agency="拜泉县兴农镇人民政府", region="黑龙江省齐齐哈尔市拜泉县",
         level="乡镇", dpi=120, tpt=9.5, sec1n=3,
         info={"Producer": "Brother MFC-7895DW", "Creator": "Brother PC-FAX"},
         printer=P.p_fax, family="pdf-fax-bilevel-120dpi-zhen-speckle-streaks",
         special="A 镇's report as a fax: 1-bit pages at 120 dpi (threshold over noise, specks, a few dropped-out "
                 "scan lines, 0.6° skew), /FlateDecode bilevel images; no text layer."),
    dict(id="p22-yilan-gov-a3-two-up-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="依兰县人民政府", region="黑龙江省哈尔滨市依兰县", level="县级政府", dpi=150,
         sec1n=4, info={"Producer": "SHARP MX-M3551", "Creator": "SHARP MX-M3551"},
         printer=P.p_two_up, family="pdf-a3-two-up-scan-two-a4-pages-per-sheet-county-gov",
         special="A county government's report copied 2-in-1: each PDF page an A3 landscape grey scan (150 dpi) "
                 "holding two A4 pages side by side (pages 1|2, 3|4); no text layer."),
    dict(id="p20-beian-jtj-gf2019-turned-pages-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="北安市交通运输局", region="黑龙江省黑河市北安市", level="县级部门", dpi=150,
         turn={0: 180, 1: 90}, sec1n=4, info={"Producer": "EPSON Scan", "Creator": "EPSON Scan"},
         printer=P.p_scan_grey_plain, family="pdf-gf2019-scan-page-upside-down-and-page-turned-90",
         special="A GF2019 county-level city bureau's grey 150 dpi scan: page 1 (narrative and table 二) fed upside "
                 "down (180°), page 2 (tables 三 and 四) turned 90° (a landscape PDF page whose lines run bottom to "
                 "top); page 3 upright; no text layer."),
    dict(id="h24-wuchang-czj-sheet-screenshots-2024", fmt="html", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="五常市财政局", region="黑龙江省哈尔滨市五常市", level="县级部门",
         pub="2025-01-23",
         printer=P.h_sheet_shots, family="html-cms-text-narrative-tables-as-spreadsheet-screenshots-png",
         special="A CMS page whose narrative is text and whose three tables are PNG screenshots of a spreadsheet "
                 "(column letters A…, row numbers 1…, light gridlines, grey header cells, figures right-aligned; "
                 "inline data: URIs). Column letters and row numbers are not cells."),
    dict(id="d21-dongning-jyj-picture-tables-2021", fmt="docx", template="GF2021", year=2021,
         source="pingtan-2021", agency="东宁市教育局", region="黑龙江省牡丹江市东宁市", level="县级部门",
         printer=P.d_picture_tables, family="docx-word-text-narrative-three-tables-pasted-as-pictures",
         special="A Word report whose narrative is Word text and whose three tables are pasted pictures (PNG, "
                 "16 greys, ~150 dpi), each alone in its paragraph under its heading."),
    dict(id="p23-binzhou-zhen-scan-hand-fix-2023", fmt="pdf", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="宾县宾州镇人民政府",
         region="黑龙江省哈尔滨市宾县", level="乡镇", dpi=200, sec1n=4, sealed=True,
         fix={"t3.new.np": None, "t3.new.tot": None},
         info={"Producer": "HP LaserJet MFP M437", "Creator": "HP Scan"},
         printer=P.p_scan_grey_plain, family="pdf-scan-hand-written-correction-struck-figure-new-beside-zhen",
         special="A 镇's signed 200 dpi scan (red seal on the signature) with a hand correction in table 三: the "
                 "typed figures of 一、本年新收 自然人 and 总计 struck through by pen and the corrected figures written "
                 "beside them in blue ink. Gold: the corrected (hand-written) figures — with them H1/H2 hold; the "
                 "struck typed figures are each one too many."),
    dict(id="t19-tieli-zrzyj-gf2019-tiff-2019", fmt="tiff", template="GF2019", year=2019,
         source="pingtan-2019", agency="铁力市自然资源局", region="黑龙江省伊春市铁力市", level="县级部门", sec1n=4,
         printer=P.t_multipage_tiff, family="tiff-multipage-bilevel-group4-200dpi-gf2019-county-bureau",
         special="A GF2019 county-level city bureau's report as a scanner's multi-page TIFF: 1-bit 200 dpi frames, "
                 "CCITT Group 4, one page a frame."),
    dict(id="z17-luobei-gov-legacy-photo-jpegs-2017", fmt="zip", template="LEGACY", year=2017,
         agency="萝北县人民政府", region="黑龙江省鹤岗市萝北县", level="县级政府",
         stats=dict(active=1288, web=1190, other=98, norm=14, apps=17, face=6, net=9, letter=2, rv=1, lit=1),
         printer=P.z_jpegs, family="legacy-zip-2017-county-gov-phone-photo-jpegs",
         special="A LEGACY (old 条例) county government's report as phone photos zipped (IMG_….jpg, the order "
                 "their names give): prose and the 统计表."),
    dict(id="p25-duerbote-gov-garbage-text-layer-2025", fmt="pdf", template="GF2021", year=2025,
         source="hongze-2023", agency="杜尔伯特蒙古族自治县人民政府", region="黑龙江省大庆市杜尔伯特蒙古族自治县",
         level="县级政府", sec1n=4, info={"Producer": "PaperPort 14", "Creator": "Nuance OmniPage"},
         printer=P.p_garbage_layer, family="pdf-scan-pictures-under-mojibake-invisible-text-layer-2025-county-gov",
         special="An autonomous county government's 2025 report as a scanner's PDF: the page pictures (grey 200 dpi "
                 "JPEG) under an invisible text layer (3 Tr) whose text is garbage — each line's GBK bytes through "
                 "a WinAnsi Helvetica (「ÏØÈËÃñÕþ¸®」); the layer's figures are the printed ASCII digits but every "
                 "label is mojibake. Gold: the page as printed."),
]
REPORTS += HUNT
