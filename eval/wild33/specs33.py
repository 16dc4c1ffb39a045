"""The 20 reports of eval/wild33 (read by make.py): a realistic crawl sample from Shaanxi (陕西省; 2 of them scans)
and a hunt of THE TABLES LINEARISED (the template's tables delivered as something other than a grid: a screen-reader
page read cell by cell, a 「纯文本」 version with 「｜」 between cells, a 公众号 article of sentences, Word's table-to-text
conversion, Markdown bullets, key:value export lines, table 三 transposed, a print of 「label：v、v、…」 lines,
numbered paragraphs per row block, an elderly-mode page speaking each row)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam33 as L

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
SN = "陕西省"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Shaanxi crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-sn-jyt-wps-hdr2-heji-carry-out-defect-2024", fmt="pdf", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="陕西省教育厅", region=SN, level="省级部门",
         hdr2=True, relabel=XJ, creator="WPS 文字", producer="WPS 文字", defect={"carry_out.tot": 1},
         printer=N.p_report17, family="pdf-wps-shaanxi-province-education-dept-t3-hdr2-heji-carry-out-total-defect-2024",
         special="A province department's WPS PDF: table 三 with two header rows, 「合计」 for 总计. A real defect: "
                 "四、结转下年度继续办理 总计 one too many. **Findings:** H1 column tot, H2 t3.carry_out."),
    dict(id="p23-yanta-gov-word-units-r1-biz-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="西安市雁塔区人民政府", region=SN + "西安市雁塔区", level="县级政府",
         unit_line=["t3", "t4"], defect={"r1.biz": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-shaanxi-xian-district-gov-unit-lines-r1-biz-defect-2023",
         special="A district government's Word PDF: 「单位：件」 over tables 三 and 四. A real defect: （一）予以公开 of the "
                 "商业企业 column one too many. **Findings:** H2 t3.r1, H3 column biz."),
    dict(id="p20-chenggu-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="城固县人民政府", region=SN + "汉中市城固县", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-shaanxi-hanzhong-county-gov-xubiao-hdr-2020",
         special="A GF2019 county government's Word PDF: table 三 continued under 「续表」 with its header rows."),
    dict(id="p22-weibin-rsj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="宝鸡市渭滨区人力资源和社会保障局", region=SN + "宝鸡市渭滨区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "KONICA MINOLTA bizhub C300i"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-shaanxi-baoji-district-hrss-signed-seal-2022",
         special="A district bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and the round red "
                 "seal over it; no text layer."),
    dict(id="p21-zhangjiabu-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="西安市未央区张家堡街道办事处",
         region=SN + "西安市未央区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-shaanxi-xian-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer; no case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-linwei-scjg-trs-rv-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="渭南市临渭区市场监督管理局", region=SN + "渭南市临渭区", level="县级部门",
         pub="2024-01-25", cms="trs", index="610502-scjgj/2024-00003", t4defect={"rv.tot": -1},
         printer=N.h_cms17, family="html-trs-shaanxi-weinan-district-market-bureau-rv-total-short-defect-2023",
         special="A district bureau's TRS page. A real defect: 行政复议 总计 one too few. **Findings:** H5 t4.rv."),
    dict(id="h22-daliuta-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="神木市大柳塔镇人民政府",
         region=SN + "榆林市神木市", level="乡镇", pub="2023-01-18", cms="bosi",
         index="610881-dltz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-shaanxi-yulin-county-city-zhen-t4-slash-zeros-note-2022",
         special="A 镇's 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 kept."),
    dict(id="h24-xian-jyj-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="西安市教育局", region=SN + "西安市", level="市级部门",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-shaanxi-xian-education-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-huashan-zhen-word-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="华阴市华山镇人民政府",
         region=SN + "渭南市华阴市", level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-shaanxi-weinan-county-city-zhen-unit-lines-one-lawsuit-2023",
         special="A 镇's Word report: 「单位：件」 over tables 三 and 四; one lawsuit in table 四."),
    dict(id="d17-fugu-jyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="府谷县教育局", region=SN + "榆林市府谷县", level="县级部门",
         stats=dict(active=212, web=168, other=44, norm=2, apps=3, face=2, net=1, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-shaanxi-yulin-county-education-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) county bureau's report as Word: numbered statistics rows."),
    # ================================================================== HUNT half (10): the tables linearised
    dict(id="h23-changan-gov-a11y-cell-by-cell-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="西安市长安区人民政府", region=SN + "西安市长安区", level="县级政府",
         printer=L.h_a11y, family="html-a11y-screen-reader-version-cells-read-one-by-one-row-col-position",
         special="The site's 无障碍 (screen-reader) version: no <table>; every value cell is a paragraph "
                 "「第5行，第4列，（一）予以公开，自然人，数值：3」 (its grid position, row header, column header, value), "
                 "each table announced 「表格开始，共29行10列。」. The row/column numbers are positions, not values: the "
                 "gold is the 「数值：」 figure of each cell (table 三 row by row, 自然人 … 总计)."),
    dict(id="t24-sn-rst-plaintext-bar-rows-2024", fmt="txt", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="陕西省人力资源和社会保障厅", region=SN, level="省级部门",
         pub="2025-01-24",
         printer=L.t_bar, family="txt-cms-plaintext-version-rows-fullwidth-bar-separated-t4-kind-rows",
         special="The CMS's 「纯文本」 version saved as .txt: every table row one line, cells separated by 「｜」 "
                 "(「（一）予以公开｜3｜0｜…｜3」 under a line 「申请人情况｜自然人｜商业企业｜…｜总计」), group headings "
                 "（三）不予公开 etc. on a line of their own; table 四 written one line per kind (行政复议, 两类行政诉讼) "
                 "with the columns 结果维持 … 总计. Gold: the cells in the template's order."),
    dict(id="h23-yongping-zhen-wechat-sentences-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="延川县永坪镇人民政府",
         region=SN + "延安市延川县", level="乡镇", wx_name="延川永坪", pub="2024-01-19",
         printer=L.h_wechat, family="html-wechat-article-every-table-row-as-sentence-units-gongji",
         special="A 镇's 公众号 article: no table; each row a sentence 「（一）予以公开：自然人1件、商业企业0件、科研机构0件、"
                 "社会公益组织0件、法律服务机构0件、其他0件，共计1件。」 (the sub-rows 「（三）不予公开（属于国家秘密）：…」), "
                 "table 二 as 「第二十条第（一）项，规章：本年制发件数0件，…」, table 四 as 「行政复议：结果维持1件、…，共计1件。」. "
                 "Every cell is written (zeros too); 「共计」 is the 总计 column."),
    dict(id="d22-qindu-jyj-word-table-to-text-tabs-2022", fmt="docx", template="GF2021", year=2022,
         source="ankang-2022", agency="咸阳市秦都区教育局", region=SN + "咸阳市秦都区", level="县级部门",
         printer=L.d_tabs, family="docx-word-table-converted-to-text-tab-separated-paragraphs",
         special="A Word report whose tables were converted to text (表格转换成文本): no w:tbl; each row a paragraph "
                 "with tab characters between the cells, merged headings once (「（三）不予公开」 alone). Gold: the "
                 "cells in the template's order; table 四 one paragraph per kind."),
    dict(id="d24-xingping-gov-word-bullet-rows-2024", fmt="docx", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="兴平市人民政府", region=SN + "咸阳市兴平市", level="县级政府",
         printer=L.d_bullets, family="docx-word-bullet-list-paragraphs-row-label-colon-named-values-sub-rows-level-two",
         special="A Word report whose tables became bulleted paragraphs (styles List Bullet / List Bullet 2; the bullet is "
                 "numbering, not text): 「（一）予以公开：自然人 3；商业企业 0；…；"
                 "总计 3」, the sub-rows one level down under 「（三）不予公开」 with their labels without 「1.」. Gold: each "
                 "named value."),
    dict(id="t23-yuyang-gov-export-key-value-2023", fmt="txt", template="GF2021", year=2023,
         source="hongze-2023", agency="榆林市榆阳区人民政府", region=SN + "榆林市榆阳区", level="县级政府",
         printer=L.t_kv, family="txt-platform-data-export-key-value-lines-row-path-dash-column",
         special="The platform's data export (.txt, CRLF): text lines, then each table as 「[表三]」 and one "
                 "key:value line per cell, the key the row path and the column joined by 「-」 "
                 "(「本年度办理结果-不予公开-属于国家秘密-自然人：0」, 「行政诉讼-未经复议直接起诉-结果维持：0」). "
                 "Gold: the values in the template's order."),
    dict(id="t23-hantai-wjj-t3-transposed-tsv-2023", fmt="txt", template="GF2021", year=2023,
         source="pingtan-2022", agency="汉中市汉台区卫生健康局", region=SN + "汉中市汉台区", level="县级部门",
         printer=L.t_transposed, family="txt-t3-transposed-applicant-type-rows-tab-separated-26-outcome-columns",
         special="A text export (.txt, UTF-8 with a BOM, CRLF, cells separated by tabs) with table 三 TRANSPOSED: one row per applicant type (自然人 … 总计), one "
                 "column per template row (一、本年新收… , （三）不予公开：属于国家秘密, … , 四、结转下年度继续办理). "
                 "Gold: t3.<row>.<column> as in the template (the printed row 自然人 is the gold column np)."),
    dict(id="p22-hanbin-gov-print-dunhao-rows-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="安康市汉滨区人民政府", region=SN + "安康市汉滨区", level="县级政府",
         creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
                 "Safari/537.36", producer="Skia/PDF m120",
         printer=L.p_dunhao, family="pdf-chrome-print-plaintext-page-rows-label-colon-dunhao-values",
         special="Chrome's print of the site's plain-text page: no ruled table; a line 「（各项依次为：自然人、商业企业、"
                 "科研机构、社会公益组织、法律服务机构、其他、总计）」 and then each row 「（一）予以公开：3、0、0、0、0、0、3」 "
                 "(a long row wrapped after a 「、」, never inside a figure). Gold: the values in the named order."),
    dict(id="d24-shangzhou-gov-word-numbered-blocks-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="商洛市商州区人民政府", region=SN + "商洛市商州区", level="县级政府",
         printer=L.d_numbered, family="docx-t3-numbered-paragraphs-per-row-block-sub-rows-as-clauses",
         special="A Word report with table 三 written as nine numbered paragraphs, one per row block (「4.不予公开。"
                 "属于国家秘密的，自然人0件，…，合计0件；其他法律行政法规禁止公开的，…」; 1. holds 本年新收 and 上年结转, "
                 "9. 结转下年度继续办理); 「合计」 is the 总计 column; tables 二 and 四 one sentence per row. The 「4.」 "
                 "is the paragraph's number, not a value."),
    dict(id="h23-yangling-gwh-elderly-spoken-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="杨凌农业高新技术产业示范区管理委员会", region=SN + "杨凌农业高新技术产业示范区",
         level="市级政府",
         printer=L.h_spoken, family="html-elderly-mode-page-rows-spoken-label-name-value-unit-spaces",
         special="The site's 适老化 (长辈模式) page: no <table>; each row one paragraph spoken as 「（一）予以公开 自然人 3 件 "
                 "商业企业 0 件 … 总计 3 件」, table 四 as 「行政复议 结果维持 1 件 …」, table 二 as 「第二十条第（八）项 "
                 "行政事业性收费 本年收费金额 0 万元」. Gold: each figure after its column name."),
]
