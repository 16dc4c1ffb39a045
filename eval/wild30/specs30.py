"""The 20 reports of eval/wild30 (read by make.py): a realistic crawl sample from Xinjiang (新疆维吾尔自治区; 2 of them
scans) and a hunt of THE TEMPLATE'S TABLES CUT AND REARRANGED BY THE PUBLISHER (table 三 cut vertically or
horizontally, transposed, its header flattened, continued under 「续表」, its columns reversed; table 四 as two tables;
table 二 as four)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam30 as L

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
XJR = "新疆维吾尔自治区"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Xinjiang crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-xj-zrzyt-wps-hdr2-heji-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="新疆维吾尔自治区自然资源厅", region=XJR, level="省级部门",
         hdr2=True, relabel=XJ, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-xinjiang-autonomous-region-natres-dept-t3-hdr2-heji-2024",
         special="An autonomous-region department's WPS PDF: table 三 with two header rows, 「合计」 for 总计."),
    dict(id="p23-tianshan-gov-word-units-new-biz-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="乌鲁木齐市天山区人民政府", region=XJR + "乌鲁木齐市天山区", level="县级政府",
         unit_line=["t3", "t4"], defect={"new.biz": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-xinjiang-urumqi-district-gov-unit-lines-new-biz-defect-2023",
         special="A district government's Word PDF: 「单位：件」 over tables 三 and 四. A real defect: 一、本年新收 of the "
                 "商业企业 column one too many. **Findings:** H1 column biz, H2 t3.new."),
    dict(id="p20-gaochang-gov-gf2019-xubiao-r7-total-defect-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="吐鲁番市高昌区人民政府", region=XJR + "吐鲁番市高昌区", level="县级政府",
         t3_cont="hdr", defect={"r7.tot": 1}, creator="Microsoft® Word 2016",
         producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-xinjiang-turpan-district-gov-xubiao-hdr-r7-total-defect-2020",
         special="A GF2019 district government's Word PDF: table 三 continued under 「续表」 with its header rows. A real "
                 "defect: （七）总计 of the 总计 column one too many. **Findings:** H1 column tot, H2 t3.r7, "
                 "H3 column tot."),
    dict(id="p22-korla-rsj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="库尔勒市人力资源和社会保障局", region=XJR + "巴音郭楞蒙古自治州库尔勒市",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "RICOH MP C3004", "Creator": "RICOH MP C3004"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-xinjiang-bayingolin-county-level-city-hrss-signed-seal-2022",
         special="A county-level city bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and the "
                 "round red seal over it; no text layer."),
    dict(id="p21-luyuanjie-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="乌鲁木齐市沙依巴克区炉院街街道办事处",
         region=XJR + "乌鲁木齐市沙依巴克区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C3525", "Creator": "Canon iR-ADV C3525"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-xinjiang-urumqi-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer; no case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-changji-scjg-trs-rv-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="昌吉市市场监督管理局", region=XJR + "昌吉回族自治州昌吉市", level="县级部门",
         pub="2024-01-26", cms="trs", index="652301-scjgj/2024-00002", t4defect={"rv.tot": -1},
         printer=N.h_cms17, family="html-trs-xinjiang-changji-county-level-city-market-bureau-rv-total-defect-2023",
         special="A county-level city bureau's TRS page. A real defect: 行政复议 总计 one too few. **Findings:** H5 "
                 "t4.rv."),
    dict(id="h22-qiketai-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="鄯善县七克台镇人民政府",
         region=XJR + "吐鲁番市鄯善县", level="乡镇", pub="2023-01-16", cms="bosi",
         index="650421-qktz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-xinjiang-turpan-zhen-t4-slash-zeros-note-2022",
         special="A 镇's 博思 page: table 四's zero cells 「/」 (gold: null) with a note."),
    dict(id="h24-karamay-jyj-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="克拉玛依市教育局", region=XJR + "克拉玛依市", level="市级部门",
         pub="2025-01-20", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-xinjiang-karamay-education-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-qingshuihe-zhen-word-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="霍城县清水河镇人民政府",
         region=XJR + "伊犁哈萨克自治州霍城县", level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-xinjiang-ili-zhen-unit-lines-one-lawsuit-2023",
         special="A 镇's Word report: 「单位：件」 over tables 三 and 四; one lawsuit in table 四."),
    dict(id="d17-yizhou-jyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="哈密市伊州区教育局", region=XJR + "哈密市伊州区", level="县级部门",
         stats=dict(active=312, web=254, other=58, norm=3, apps=4, face=1, net=2, letter=1, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-xinjiang-hami-district-education-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) district bureau's report as Word: numbered statistics rows."),
]

HUNT = [
    # ================================================================== HUNT half (10): the tables cut and rearranged
    dict(id="p23-shuimogou-gov-t3-vsplit-labels-2023", fmt="pdf", template="GF2021", year=2023,
         source="ankang-2022", agency="乌鲁木齐市水磨沟区人民政府", region=XJR + "乌鲁木齐市水磨沟区", level="县级政府",
         shape={"t3": "vsplit-labels"}, creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=L.p_cut, family="pdf-word-t3-cut-vertically-two-tables-np-biz-sci-then-rest-total-labels-repeated",
         special="A district government's Word PDF: table 三 too wide for the page, cut vertically into two tables — "
                 "自然人, 商业企业, 科研机构 in the first; 社会公益组织, 法律服务机构, 其他 and 总计 in the second — each with "
                 "the row labels, under two captions. Gold: the template's cells."),
    dict(id="h22-fukang-gov-t3-vsplit-nolabels-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", agency="阜康市人民政府", region=XJR + "昌吉回族自治州阜康市", level="县级政府",
         pub="2023-01-19", cms="trs", index="652302-fksrmzf/2023-00003", shape={"t3": "vsplit-nolabels"},
         printer=L.h_cut, family="html-trs-t3-cut-vertically-second-table-without-row-labels",
         special="A TRS page: table 三 cut vertically into two tables; the second (社会公益组织 … 总计) has no row "
                 "labels — its rows line up with the first table's (the group-heading rows blank). Gold: the "
                 "template's cells."),
    dict(id="d23-yining-gov-t3-hsplit-titled-2023", fmt="docx", template="GF2021", year=2023,
         source="hongze-2023", agency="伊宁市人民政府", region=XJR + "伊犁哈萨克自治州伊宁市", level="县级政府",
         shape={"t3": "hsplit-hdr"},
         printer=L.d_cut, family="docx-t3-cut-horizontally-shenqing-and-banli-jieguo-titled-tables-header-repeated",
         special="A Word report: table 三 cut horizontally into two titled tables — 「（一）申请情况」 (rows 一、二) and "
                 "「（二）本年度办理结果及结转情况」 ((一)…(七) and 四、结转) — each with the two header rows. Gold: the "
                 "template's cells."),
    dict(id="d22-kuytun-zjj-t3-transposed-2022", fmt="docx", template="GF2021", year=2022,
         source="ankang-2022", agency="奎屯市住房和城乡建设局", region=XJR + "伊犁哈萨克自治州奎屯市", level="县级部门",
         shape={"t3": "transposed"},
         printer=L.d_cut, family="docx-t3-transposed-applicant-type-rows-result-columns",
         special="A Word report whose table 三 is transposed: the seven applicant types (「法人或其他组织-商业企业」 …, "
                 "总计) as rows, the 25 rows of the template (一、…四、, the (三)…(六) sub-rows joined to their group) "
                 "as columns. Gold: the template's cells."),
    dict(id="p24-yizhou-gov-wps-t4-two-tables-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="哈密市伊州区人民政府", region=XJR + "哈密市伊州区", level="县级政府",
         shape={"t4": "two"}, creator="WPS 文字", producer="WPS 文字",
         printer=L.p_cut, family="pdf-wps-t4-two-tables-fuyi-and-susong-apart-stacked",
         special="A district government's WPS PDF: table 四 printed as two tables under captions — 「（一）行政复议情况」 "
                 "(five columns) and 「（二）行政诉讼情况」 (未经复议直接起诉 | 复议后起诉, ten columns). Gold: the "
                 "template's cells."),
    dict(id="h23-manas-gov-t2-four-tables-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="玛纳斯县人民政府", region=XJR + "昌吉回族自治州玛纳斯县", level="县级政府",
         pub="2024-01-22", cms="bosi", index="652324-mnsxrmzf/2024-00004", shape={"t2": "four"},
         printer=L.h_cut, family="html-bosi-t2-four-small-tables-one-per-item-group",
         special="A 博思 page whose table 二 is four small tables, one per item group, each under its caption "
                 "(规章和行政规范性文件; 行政许可; 行政处罚和行政强制; 行政事业性收费) and starting with its 第二十条 row. "
                 "Gold: the template's cells."),
    dict(id="d24-hejing-gov-t3-flat-header-2024", fmt="docx", template="GF2021", year=2024,
         source="hebei-edu-2021", agency="和静县人民政府", region=XJR + "巴音郭楞蒙古自治州和静县", level="县级政府",
         shape={"t3": "flat"},
         printer=L.d_cut, family="docx-t3-header-rows-flattened-one-row-joined-labels-faren-dash",
         special="A Word report whose table 三 has one header row of joined labels — 「自然人」, 「法人或其他组织-商业企业」 … "
                 "「法人或其他组织-其他」, 「总计」 — instead of the template's three merged header rows. Gold: the "
                 "template's cells."),
    dict(id="m23-dushanzi-gov-t3-xubiao-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2021", agency="克拉玛依市独山子区人民政府", region=XJR + "克拉玛依市独山子区", level="县级政府",
         shape={"t3": "xubiao"},
         printer=L.md_cut, family="md-portal-export-t3-xubiao-title-second-table-header-repeated",
         special="A portal's Markdown export of a Word report: table 三 cut at 「（四）无法提供」 (the page break), the rest "
                 "a second pipe table under 「续表」 with the two header rows repeated. Gold: the template's cells."),
    dict(id="p21-barkol-gov-t3-columns-reversed-2021", fmt="pdf", template="GF2021", year=2021,
         source="hebei-edu-2021", agency="巴里坤哈萨克自治县人民政府", region=XJR + "哈密市巴里坤哈萨克自治县",
         level="县级政府", shape={"t3": "reversed"}, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=L.p_cut, family="pdf-word-t3-columns-reversed-total-first-natural-person-last",
         special="A county government's Word PDF: table 三's columns in reverse order — 总计, 其他, 法律服务机构, "
                 "社会公益组织, 科研机构, 商业企业, 自然人 — one header row. Gold: the template's cells."),
    dict(id="h20-toksun-gov-gf2019-hsplit-t4-two-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2020", agency="托克逊县人民政府", region=XJR + "吐鲁番市托克逊县", level="县级政府",
         pub="2021-01-25", cms="platform", shape={"t3": "hsplit-nohdr", "t4": "two"},
         printer=L.h_cut, family="html-platform-gf2019-t3-banli-jieguo-table-headerless-t4-fuyi-susong-apart",
         special="A GF2019 platform page: table 三 cut horizontally, the second table (办理结果 and 结转) under its "
                 "caption WITHOUT the header rows (its columns only by position); table 四 as two tables (行政复议, "
                 "行政诉讼). Gold: the template's cells."),
]
REPORTS += HUNT
