"""The 20 reports of eval/wild32 (read by make.py): a realistic crawl sample from Tibet (西藏自治区; 2 of them scans)
and a hunt of THE REPORT'S SCRIPT AND ENCODING (the page after the site's 「繁體」 switch, with the converter's 複/乾
mistakes; full-width digits and 〇-numeral years; bilingual Tibetan, Korean, Uyghur and Mongolian reports with label
cells in both scripts; UTF-16 LE with a BOM, GB18030 without a declaration, UTF-8 under a lying big5 label)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam32 as O

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
WU_NOTE = ["注：“无”表示本年度无此项情况。"]
XZ = "西藏自治区"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Tibet crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-xz-sthjt-wps-hdr2-heji-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="西藏自治区生态环境厅", region=XZ, level="省级部门",
         hdr2=True, relabel=XJ, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-xizang-region-ecology-environment-dept-t3-hdr2-heji-2024",
         special="An autonomous-region department's WPS PDF: table 三 with two header rows, 「合计」 for 总计."),
    dict(id="p23-duilongdeqing-gov-word-units-new-np-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="拉萨市堆龙德庆区人民政府", region=XZ + "拉萨市堆龙德庆区", level="县级政府",
         unit_line=["t3", "t4"], defect={"new.np": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-xizang-lhasa-district-gov-unit-lines-new-np-defect-2023",
         special="A district government's Word PDF: 「单位：件」 over tables 三 and 四. A real defect: 一、本年新收 of the "
                 "自然人 column one too many. **Findings:** H1 column np, H2 t3.new."),
    dict(id="p20-sangzhuzi-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="日喀则市桑珠孜区人民政府", region=XZ + "日喀则市桑珠孜区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-xizang-shigatse-district-gov-xubiao-hdr-2020",
         special="A GF2019 district government's Word PDF: table 三 continued under 「续表」 with its header rows."),
    dict(id="p22-bayi-rsj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="林芝市巴宜区人力资源和社会保障局", region=XZ + "林芝市巴宜区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "RICOH IM C3000", "Creator": "RICOH IM C3000"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-xizang-nyingchi-district-hrss-signed-seal-2022",
         special="A district bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and the round red "
                 "seal over it; no text layer."),
    dict(id="p21-bakuo-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="拉萨市城关区八廓街道办事处",
         region=XZ + "拉萨市城关区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-xizang-lhasa-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer; no case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-naidong-scjg-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="山南市乃东区市场监督管理局", region=XZ + "山南市乃东区", level="县级部门",
         pub="2024-01-26", cms="trs", index="540502-scjgj/2024-00004", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-xizang-shannan-district-market-bureau-ld-total-defect-2023",
         special="A district bureau's TRS page. A real defect: 行政诉讼（未经复议直接起诉） 总计 one too many. "
                 "**Findings:** H5 t4.ld."),
    dict(id="h22-gongka-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="墨竹工卡县工卡镇人民政府",
         region=XZ + "拉萨市墨竹工卡县", level="乡镇", pub="2023-01-16", cms="bosi",
         index="540127-gkz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-xizang-lhasa-county-zhen-t4-slash-zeros-note-2022",
         special="A 镇's 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 kept."),
    dict(id="h24-changdu-jyj-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="昌都市教育局", region=XZ + "昌都市", level="市级部门",
         pub="2025-01-22", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-xizang-qamdo-education-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-jiangzi-zhen-word-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="江孜县江孜镇人民政府",
         region=XZ + "日喀则市江孜县", level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-xizang-shigatse-county-zhen-unit-lines-one-lawsuit-2023",
         special="A 镇's Word report: 「单位：件」 over tables 三 and 四; one lawsuit in table 四."),
    dict(id="d17-gaer-jyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="噶尔县教育局", region=XZ + "阿里地区噶尔县", level="县级部门",
         stats=dict(active=174, web=139, other=35, norm=1, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-xizang-ngari-county-education-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) county bureau's report as Word: numbered statistics rows."),
]

HUNT = [
    # ================================================================== HUNT half (10): script and encoding
    dict(id="p23-xz-swt-word-fanti-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="西藏自治区商务厅", region=XZ, level="省级部门",
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         ident=dict(replace=[("开展业务培训", "组织干部开展业务培训")]),
         printer=O.p_trad, family="pdf-word-traditional-chars-fanti-converter-fu-qian-errors",
         special="A Word PDF printed from the site's 「繁體」 page: every label, name and sentence in traditional "
                 "characters as a character-by-character converter makes them (信息 stays 信息 — no phrase table, "
                 "so not Taiwan's 資訊 —: 本年新收政府信息公開申請數量, 予以公開, 結轉下年度繼續辦理, and its mistakes: 行政複議 for 行政復議, "
                 "答複 for 答覆, 乾部 for 幹部); the title 「西藏自治區商務廳…」. Gold: agency in SIMPLIFIED characters 西藏自治区商务厅 "
                 "(users search in simplified), region 西藏自治区, level 省级部门, year 2023; the cells as printed."),
    dict(id="d22-dazi-gov-word-fanti-wu-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="拉萨市达孜区人民政府",
         region=XZ + "拉萨市达孜区", level="县级政府", mark_zero=[(r"t4\..*", "无")], notes={"t4": WU_NOTE},
         printer=O.d_trad, family="docx-traditional-chars-fanti-converter-t4-wu-placeholders",
         special="A Word report converted to traditional characters (拉薩市達孜區人民政府, 行政複議 with the converter's "
                 "複), table 四's zero cells printed 「無」 with a note 「注：“無”表示本年度無此項情況。」. Gold: agency "
                 "拉萨市达孜区人民政府 (simplified), region 西藏自治区拉萨市达孜区, level 县级政府, year 2022; the 「無」 "
                 "cells null with placeholder 「无」 (the simplified form of what is printed); the one 行政复议 kept 1."),
    dict(id="m23-linzhi-wjw-md-fanti-fullwidth-2023", fmt="markdown", template="GF2021", year=2023,
         source="ankang-2022", agency="林芝市卫生健康委员会", region=XZ + "林芝市", level="市级部门",
         ident=dict(title="林芝市卫生健康委员会二〇二三年政府信息公开工作年度报告", date="二〇二四年一月二十二日"),
         printer=O.m_trad_fw, family="md-portal-export-traditional-chars-fullwidth-digits-ling-year-title",
         special="A portal's Markdown export of the 「繁體」 page through a 全角 converter: traditional characters "
                 "(林芝市衛生健康委員會), every digit full-width (cells ０-９, the 統計期限 sentence ２０２３年), the title "
                 "and the date with the year in 〇-numerals (二〇二三年, 二〇二四年一月二十二日). Gold: agency "
                 "林芝市卫生健康委员会 (simplified), region 西藏自治区林芝市, level 市级部门, year 2023; every cell its "
                 "ASCII value."),
    dict(id="t24-yadong-gov-notepad-utf16-fanti-2024", fmt="txt", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="亚东县人民政府", region=XZ + "日喀则市亚东县", level="县级政府",
         site="亚东县人民政府", pub="2025-01-20",
         printer=O.t_utf16, family="txt-notepad-utf16le-bom-traditional-chars-copy",
         special="The 「繁體」 page's text copied into Notepad and saved as 「Unicode」: UTF-16 LE with a BOM (FF FE), "
                 "CRLF lines, table rows tab-separated, traditional characters (亞東縣人民政府). Gold: agency "
                 "亚东县人民政府 (simplified), region 西藏自治区日喀则市亚东县, level 县级政府, year 2024."),
    dict(id="h23-dingri-nyj-meta-big5-utf8-fanti-2023", fmt="html", ext="htm", template="GF2021", year=2023,
         source="hongze-2023", agency="定日县农业农村局", region=XZ + "日喀则市定日县", level="县级部门",
         pub="2024-01-29", cms="trs", index="540223-nyncj/2024-00002",
         printer=O.h_big5_lie, family="htm-meta-big5-bytes-utf8-traditional-fanti-page",
         special="The 「繁體」 page saved as .htm: the traditional site's template declares <meta charset=\"big5\">, the "
                 "bytes are UTF-8 (decoded as Big5 they are mojibake). Traditional characters throughout "
                 "(定日縣農業農村局, 行政複議). Gold: agency 定日县农业农村局 (simplified), region 西藏自治区日喀则市定日县, "
                 "level 县级部门, year 2023."),
    dict(id="h23-seni-gov-trs-tibetan-labels-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", agency="那曲市色尼区人民政府", region=XZ + "那曲市色尼区", level="县级政府",
         pub="2024-01-24", cms="trs", index="540602-snqrmzf/2024-00003", script="bo",
         printer=O.h_bilingual, family="html-trs-tibetan-han-bilingual-headings-label-cells-tibetan-digit-year",
         special="A bilingual TRS page: a Tibetan line above the title (its year in Tibetan digits ༢༠༢༣) and above "
                 "every heading (numbered ༡ … ༦); the label cells of tables 三 and 四 hold the Tibetan label, <br>, then "
                 "the Chinese (本年新收政府信息公开申请数量, 予以公开, 行政复议 …). The Tibetan digits are the heading "
                 "numbers and the year, never a cell. Gold: agency 那曲市色尼区人民政府, region 西藏自治区那曲市色尼区, "
                 "level 县级政府, year 2023; the cells the Arabic figures."),
    dict(id="t23-karuo-gov-gb18030-tibetan-2023", fmt="txt", template="GF2021", year=2023,
         source="ankang-2022", agency="昌都市卡若区人民政府", region=XZ + "昌都市卡若区", level="县级政府",
         site="昌都市卡若区人民政府", pub="2024-01-23", script="bo",
         printer=O.t_gb18030, family="txt-gb18030-undeclared-tibetan-han-bilingual-headings",
         special="A bilingual report's text saved as GB18030 without a BOM or declaration: the Chinese in two-byte GBK "
                 "codes, the Tibetan lines (above the title and each heading) as GB18030 four-byte sequences — a GBK "
                 "decoder fails on them, UTF-8 fails on everything. Gold: agency 昌都市卡若区人民政府, region "
                 "西藏自治区昌都市卡若区, level 县级政府, year 2023."),
    dict(id="p22-longjing-gov-word-korean-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2022", agency="龙井市人民政府", region="吉林省延边朝鲜族自治州龙井市", level="县级政府",
         script="ko", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=O.p_bilingual, family="pdf-word-korean-han-bilingual-title-headings-yanbian",
         special="A Yanbian county-level city's bilingual Word PDF: a Korean (Hangul) line above the title "
                 "(「2022년 정부정보공개사업 연도보고」) and above every Chinese heading. Gold: agency 龙井市人民政府, "
                 "region 吉林省延边朝鲜族自治州龙井市, level 县级政府, year 2022."),
    dict(id="d23-kashi-rsj-word-uyghur-labels-2023", fmt="docx", template="GF2021", year=2023,
         source="hongze-2023", agency="喀什市人力资源和社会保障局", region="新疆维吾尔自治区喀什地区喀什市",
         level="县级部门", script="ug",
         printer=O.d_bilingual, family="docx-uyghur-han-bilingual-headings-label-cells",
         special="A bilingual Word report: a Uyghur (Arabic-script, right-to-left) line above the title and every "
                 "heading; table 三's and 四's label cells hold the Uyghur label then the Chinese in one cell "
                 "(「ئاشكارىلاندى 予以公开」). Gold: agency 喀什市人力资源和社会保障局, region "
                 "新疆维吾尔自治区喀什地区喀什市, level 县级部门, year 2023."),
    dict(id="m24-abaga-gov-md-mongolian-2024", fmt="markdown", template="GF2021", year=2024,
         source="pingtan-2021", agency="阿巴嘎旗人民政府", region="内蒙古自治区锡林郭勒盟阿巴嘎旗", level="县级政府",
         script="mn",
         printer=O.m_bilingual, family="md-portal-export-mongolian-han-bilingual-title-headings",
         special="A portal's Markdown export of a bilingual report: a traditional-Mongolian-script line (U+1800 block, "
                 "with its vowel separator U+180E; its year in Arabic digits) above the title and every heading. Gold: "
                 "agency 阿巴嘎旗人民政府, region 内蒙古自治区锡林郭勒盟阿巴嘎旗, level 县级政府 (a 旗 is county-level), "
                 "year 2024."),
]
REPORTS += HUNT
