"""The 20 reports of eval/wild26 (read by make.py): a realistic half (2 of them scans) and a hunt of reports that are
pictures from mixed real-world carriers; places in Inner Mongolia (内蒙古自治区)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam26 as Q

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
NM = "内蒙古自治区"

REPORTS = [
    # ================================================================== REALISTIC half (10)
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-zhungeer-qi-gov-wps-hdr2-t4dash-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="准格尔旗人民政府", region=NM + "鄂尔多斯市准格尔旗", level="县级政府",
         hdr2=True, mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-banner-qi-gov-hdr2-t4-dash-note-2024",
         special="A 旗 (banner, county level) government's WPS PDF: table 三 with two header rows, table 四's zero "
                 "cells 「—」 (gold: null) with a note."),
    dict(id="p25-baotou-ybj-acrobat-extra-new-defect-2025", fmt="pdf", template="GF2021", year=2025,
         source="shanghai-kewei-2024", agency="包头市医疗保障局", region=NM + "包头市", level="市级部门",
         extra_row=True, values="right", notes={"t3": ONLINE_NOTE}, defect={"new.tot": 1},
         creator="Acrobat PDFMaker 24 for Word", producer="Adobe PDF Library 24.2.159",
         printer=N.p_report17, family="pdf-2025-acrobat-city-bureau-extra-online-subrow-values-right-new-total-defect",
         special="A 2025 city bureau's Acrobat PDF: table 三 with the extra sub-row 「其中：通过在线平台申请」 (not template "
                 "cells), figures right-aligned. A real defect: 一、本年新收 总计 one too many. **Findings:** H1 column "
                 "tot, H2 t3.new."),
    dict(id="p19-linhe-sfj-gf2019-word-xubiao-2019", fmt="pdf", template="GF2019", year=2019,
         source="pingtan-2019", agency="巴彦淖尔市临河区司法局", region=NM + "巴彦淖尔市临河区", level="县级部门",
         t3_cont="hdr", unit_line=["t3", "t4"], creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-district-bureau-t3-xubiao-hdr-unit-lines-2019",
         special="A GF2019 district bureau's Word PDF: 「单位：件」 over tables 三 and 四, table 三 continued under "
                 "「续表」 with its header rows."),
    dict(id="p23-yijinhuoluo-jtj-scan-seal-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="伊金霍洛旗交通运输局", region=NM + "鄂尔多斯市伊金霍洛旗", level="县级部门",
         dpi=150, sec1n=4, info={"Producer": "KYOCERA TASKalfa 3253ci", "Creator": "KYOCERA TASKalfa 3253ci"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-banner-bureau-signed-red-seal-2023",
         special="A 旗 bureau's scanned signed copy: 150 dpi colour JPEG pages (paper tone, slight skew, noise), a pen "
                 "signature and the round red seal over it; no text layer."),
    dict(id="p20-wulashan-zhen-gf2019-scan-seal-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", small=True, t4cases={}, agency="乌拉特前旗乌拉山镇人民政府",
         region=NM + "巴彦淖尔市乌拉特前旗", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV 4525", "Creator": "Canon iR-ADV 4525"},
         printer=P.p_scan_grey_plain, family="scan-pdf-gf2019-150dpi-zhen-red-seal-2020",
         special="A GF2019 镇's 150 dpi colour scan with the red seal on the signature; no text layer."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h22-kailu-nmj-trs-heji-units-rv-defect-2022", fmt="html", template="GF2021", year=2022,
         source="hebei-edu-2021", agency="开鲁县农牧局", region=NM + "通辽市开鲁县", level="县级部门",
         pub="2023-01-19", cms="trs", index="150523-nmj/2023-00002", relabel=XJ, unit_line=["t3", "t4"],
         t4defect={"rv.tot": 1},
         printer=N.h_cms17, family="html-trs-county-bureau-heji-unit-lines-rv-total-defect-2022",
         special="A county bureau's TRS page: 「合计」 for 总计, 「单位：件」 over tables 三 and 四. A real defect: 行政复议 "
                 "总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="h24-daxuelu-jd-bosi-abbr-slash-2024", fmt="html", template="GF2021", year=2024,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="呼和浩特市赛罕区大学路街道办事处",
         region=NM + "呼和浩特市赛罕区", level="乡镇", pub="2025-01-16", cms="bosi", index="150105-dxljd/2025-00001",
         abbr=True, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-jiedao-abbrev-t4-slash-note-2024",
         special="A 街道's 博思 page: the 法人 block abbreviated, table 四's zero cells 「/」 (gold: null) with a note."),
    dict(id="h21-zhalantun-gov-platform-hdr2-heji-2021", fmt="html", template="GF2021", year=2021,
         source="pingtan-2021", agency="扎兰屯市人民政府", region=NM + "呼伦贝尔市扎兰屯市", level="县级政府",
         pub="2022-01-25", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-county-level-city-gov-hdr2-heji-spaced-2021",
         special="A county-level city government's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d22-aerbasi-sumu-blank-carry-defect-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="鄂托克旗阿尔巴斯苏木人民政府",
         region=NM + "鄂尔多斯市鄂托克旗", level="乡镇", mark_zero=[(r"t4\..*", "")], notes={"t4": BLANK_NOTE},
         defect={"carry_in.np": 2},
         printer=N.d_report17, family="docx-sumu-t4-blank-zeros-note-carry-in-defect-2022",
         special="A 苏木 (a township of the pastoral banners)'s Word report: table 四's zero cells blank (gold: null) "
                 "with a note. A real defect: 二、上年结转 自然人 a stale figure, two too many. **Findings:** H1 column "
                 "np, H2 t3.carry_in."),
    dict(id="d18-alashanzuo-lyj-legacy-2018", fmt="docx", template="LEGACY", year=2018,
         agency="阿拉善左旗林业局", region=NM + "阿拉善盟阿拉善左旗", level="县级部门",
         stats=dict(active=268, web=231, other=37, norm=3, apps=4, face=2, net=1, letter=1, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2018-banner-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) 旗 bureau's report as Word: numbered statistics rows."),
]

HUNT = [
    # ================================================================== HUNT half (10): pictures, mixed carriers
    dict(id="p23-dalate-wjw-colour-checked-seal-t4-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="达拉特旗卫生健康委员会", region=NM + "鄂尔多斯市达拉特旗", level="县级部门",
         sec1n=4, info={"Producer": "RICOH IM C3000", "Creator": "RICOH IM C3000"},
         printer=Q.p_colour_checked,
         family="scan-pdf-colour-yellowed-paper-blue-checked-stamp-tick-red-seal-over-t4-corner",
         special="A colour scan (150 dpi) of a checked and sealed copy: yellowed paper, a blue rectangular stamp "
                 "「已核对」 beside table 三's heading, a blue ballpoint tick beside its 四、结转 row, the red seal over "
                 "the signature and a second impression over table 四's lower right corner (figures legible under "
                 "the red). The stamp is not report text."),
    dict(id="p24-haibowan-gov-photocopy2-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="乌海市海勃湾区人民政府", region=NM + "乌海市海勃湾区", level="县级政府",
         sec1n=4, info={"Producer": "SHARP MX-B455W", "Creator": "SHARP MX-B455W"},
         printer=Q.p_photocopy2, family="pdf-photocopy-of-photocopy-toner-streaks-lid-border-thick-strokes-district-gov",
         special="A district government's report scanned from a photocopy of a photocopy: strokes thickened, hard "
                 "contrast, toner streaks down the page, dark edges, the copier lid's black band on the left and at "
                 "the foot; grey 150 dpi JPEG, no text layer."),
    dict(id="p17-tuoketuo-gov-legacy-stapled-2017", fmt="pdf", template="LEGACY", year=2017,
         agency="托克托县人民政府", region=NM + "呼和浩特市托克托县", level="县级政府", sealed=True,
         stats=dict(active=936, web=845, other=91, norm=8, apps=12, face=5, net=6, letter=1, rv=1, lit=0),
         info={"Producer": "Lexmark MX511de", "Creator": "Lexmark Scan"},
         printer=Q.p_stapled, family="legacy-scan-pdf-2017-stapled-staple-shadow-folded-corner-county-gov",
         special="A LEGACY (old 条例) county government's report scanned with the staple in: the staple and its "
                 "shadow in the top-left corner, the bottom-right corner dog-eared (the scanner lid dark where the "
                 "corner is folded away — margin only), the red seal on the signature; 150 dpi colour JPEG."),
    dict(id="p19-kalaqin-zrzyj-gf2019-show-through-2019", fmt="pdf", template="GF2019", year=2019,
         source="pingtan-2019", agency="喀喇沁旗自然资源局", region=NM + "赤峰市喀喇沁旗", level="县级部门",
         sec1n=5, info={"Producer": "EPSON Scan 2", "Creator": "EPSON Scan 2"},
         printer=Q.p_show_through, family="scan-pdf-gf2019-show-through-mirrored-next-page-banner-bureau",
         special="A GF2019 旗 bureau's duplex print scanned on thin paper: each page with the next page's text showing "
                 "through faintly, mirrored, behind its own; grey 150 dpi JPEG."),
    dict(id="p22-fengzhen-zjj-punched-xubiao-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2022", agency="丰镇市住房和城乡建设局", region=NM + "乌兰察布市丰镇市", level="县级部门",
         sec1n=4, info={"Producer": "Canon DR-C225 II", "Creator": "CaptureOnTouch"},
         printer=Q.p_punched_xubiao, family="scan-pdf-punched-hole-shadows-t3-xubiao-header-repeated-county-bureau",
         special="Pages taken out of a binder and scanned grey at 150 dpi: two punched-hole shadows in the left "
                 "margin of every page; table 三 cut where page 1 ends, its rest on the next page under 「续表」 "
                 "with the header rows repeated (the cut before （三）不予公开)."),
    dict(id="p21-aershan-gov-landscape-t3-2021", fmt="pdf", template="GF2021", year=2021,
         source="hebei-edu-2021", agency="阿尔山市人民政府", region=NM + "兴安盟阿尔山市", level="县级政府",
         sec1n=5, info={"Producer": "Xerox WorkCentre 7855", "Creator": "Xerox WorkCentre 7855"},
         printer=Q.p_landscape_t3, family="scan-pdf-t3-printed-landscape-page-scanned-upright-text-sideways-county-gov",
         special="A county-level city government's signed copy scanned at 150 dpi colour: table 三 was printed alone "
                 "on a landscape page and scanned upright with the portrait pages, so that page's text runs bottom "
                 "to top; the red seal on the signature."),
    dict(id="h25-xilinhaote-czj-page-jpegs-2025", fmt="html", template="GF2021", year=2025,
         source="hongze-2023", agency="锡林浩特市财政局", region=NM + "锡林郭勒盟锡林浩特市", level="县级部门",
         pub="2026-01-22", sec1n=4,
         printer=Q.h_page_jpegs, family="html-cms-article-low-res-page-jpegs-data-uri-narrative-and-tables-2025",
         special="A 2025 CMS article whose body is the report's three pages as low-resolution web JPEGs (1000 px "
                 "wide, ~100 dpi, quality 68), one <img> per page inline as data: URIs; only the title and the "
                 "info line are text — the narrative is a picture too."),
    dict(id="p20-ejina-gov-gf2019-mixed-dpi-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="额济纳旗人民政府", region=NM + "阿拉善盟额济纳旗", level="县级政府",
         sec1n=6, info={"Producer": "Adobe Acrobat Pro 2017 (Combine Files)", "Creator": "Acrobat PDFMaker"},
         printer=Q.p_mixed_dpi, family="scan-pdf-gf2019-pages-of-mixed-sizes-and-dpi-150-120-letter-96-banner-gov",
         special="A GF2019 旗 government's scanned PDF combined from different scans: A4 pages at 150 dpi, page 2 "
                 "rescanned on a Letter-size bed at 120 dpi (a grey strip down the right where the bed is wider "
                 "than A4, the foot of the page with its page number cut off where it is shorter; the text is "
                 "whole), the last page (sections 六 and the signature only) at 96 dpi; each PDF page its "
                 "picture's size."),
    dict(id="d23-yinde-er-zhen-docx-page-scans-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="扎赉特旗音德尔镇人民政府",
         region=NM + "兴安盟扎赉特旗", level="乡镇", sec1n=4,
         printer=Q.d_page_scans, family="docx-scanned-page-image-per-page-t3-continued-no-header-zhen",
         special="A 镇's Word file holding its scanned report: one grey 150 dpi JPEG page picture per page, each "
                 "alone in its paragraph with a page break; table 三 cut where page 1 ends (before （三）不予公开) and "
                 "continued on the next page without its header rows or 「续表」."),
    dict(id="p25-dongsheng-jtj-zebra-hand-slash-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="鄂尔多斯市东胜区教育体育局", region=NM + "鄂尔多斯市东胜区",
         level="县级部门", sec1n=4, mark_zero=[(r"t4\..*", "/")],
         info={"Producer": "HP Color LaserJet MFP M480f", "Creator": "HP Scan"},
         printer=Q.p_zebra_hand, family="scan-pdf-colour-zebra-rows-white-on-dark-blue-headers-hand-drawn-slash-zeros",
         special="A district bureau's 2025 report printed with white-on-dark-blue header rows and light-grey zebra "
                 "body rows, scanned in colour at 150 dpi; table 四's zero cells were left empty in print and struck "
                 "out by hand, each with a short blue ballpoint 「/」 (gold: null, placeholder 「/」)."),
]
REPORTS += HUNT
