"""The 20 reports of eval/wild38 (read by make.py): a realistic crawl sample from Beijing (北京市, a 直辖市; 1 of them a
scan) and a hunt of COLUMNS AND ROWS THE PUBLISHER LEFT OUT OR MERGED (table 三 without its 法人 sub-columns, with
columns merged, without 总计, with the 不予公开/无法提供/不予处理 sub-rows folded, with only the rows that have figures;
table 四 without its 总计 columns or with its two 行政诉讼 blocks merged; table 二 with only the rows that have figures
or with 行政处罚 and 行政强制 merged)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam38 as Y

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
BJ = "北京市"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Beijing crawl sample
    # ------------------------------------------------------------------ PDF (4 text, 1 scan)
    dict(id="p25-bj-jtw-wps-extra-heji-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="北京市交通委员会", region=BJ, level="省级部门",
         extra_row=True, relabel=XJ, notes={"t3": ONLINE_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-2025-wps-beijing-municipal-transport-commission-extra-online-subrow-heji",
         special="A 直辖市's municipal commission (北京市交通委员会, 省级部门)'s 2025 report (published 2026) as WPS PDF: "
                 "table 三 with the 2025 template's sub-row 「其中：通过在线平台申请」 (not a template cell) and 「合计」 for "
                 "总计."),
    dict(id="p23-dongcheng-cgw-word-units-r2-biz-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="北京市东城区城市管理委员会", region=BJ + "东城区", level="县级部门",
         unit_line=["t3", "t4"], defect={"r2.biz": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-beijing-district-urban-management-commission-unit-lines-r2-biz-defect-2023",
         special="A district body's Word PDF (北京市东城区城市管理委员会): 「单位：件」 over tables 三 and 四. A real defect: "
                 "（二）部分公开 of the 商业企业 column one too many. **Findings:** H2 t3.r2, H3 column biz."),
    dict(id="p20-tongzhou-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="北京市通州区人民政府", region=BJ + "通州区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-beijing-district-gov-xubiao-hdr-2020",
         special="A GF2019 report of a 直辖市 district government (北京市通州区) as Word PDF: table 三 continued under "
                 "「续表」 with its header rows."),
    dict(id="p24-yanqing-gov-word-hdr2-heji-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="北京市延庆区人民政府", region=BJ + "延庆区", level="县级政府",
         hdr2=True, relabel=XJ, creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-beijing-district-gov-t3-hdr2-heji-2024",
         special="A 直辖市 district government's Word PDF (北京市延庆区): table 三 with two header rows, 「合计」 for 总计."),
    dict(id="p22-chaoyang-wjw-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="北京市朝阳区卫生健康委员会", region=BJ + "朝阳区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-beijing-district-health-commission-signed-seal-canon-2022",
         special="A district commission's scanned signed copy (北京市朝阳区): 150 dpi colour JPEG pages, a pen signature "
                 "and the round red seal over it; no text layer; a Canon scanner."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-bda-gwh-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="北京经济技术开发区管理委员会", region=BJ, level="县级政府",
         pub="2024-01-25", cms="trs", index="110000-bda/2024-00003", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-beijing-economic-technological-development-area-committee-ld-total-defect-2023",
         special="The 北京经济技术开发区's 管委会 (a body of the municipal government, directly under 北京市, not of a "
                 "district: region 北京市, 县级政府) on a TRS page. A real defect: 行政诉讼 未经复议直接起诉 总计 one too "
                 "many. **Findings:** H5 t4.ld."),
    dict(id="h22-kangzhuang-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="北京市延庆区康庄镇人民政府",
         region=BJ + "延庆区", level="乡镇", pub="2023-01-18", cms="bosi",
         index="110119-kzz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-beijing-district-zhen-t4-slash-zeros-note-2022",
         special="A 镇 of 北京市延庆区 on a 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 "
                 "维持."),
    dict(id="h24-haidian-gov-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="北京市海淀区人民政府", region=BJ + "海淀区", level="县级政府",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-beijing-district-gov-hdr2-heji-spaced-2024",
         special="A 直辖市 district government's platform page (北京市海淀区): table 三 with two header rows, 「合  计」 for "
                 "总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-zhongguancun-jd-word-units-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2021", small=True, t4cases={}, agency="北京市海淀区中关村街道办事处", region=BJ + "海淀区",
         level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-beijing-district-jiedao-unit-lines-no-cases-2023",
         special="A 街道 of 北京市海淀区 as a Word report: 「单位：件」 over tables 三 and 四; no case in table 四."),
    dict(id="d17-fangshan-gov-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="北京市房山区人民政府", region=BJ + "房山区", level="县级政府",
         stats=dict(active=1243, web=902, other=341, norm=9, apps=57, face=21, net=30, letter=6, rv=2, lit=1),
         printer=G.d_legacy15, family="legacy-docx-2017-beijing-district-gov-numbered-stat-rows",
         special="A LEGACY (old 条例) report of a 直辖市 district government as Word (北京市房山区): numbered statistics "
                 "rows."),
]

REPORTS += [
    # ================================================================== HUNT half (10): columns and rows left out or merged
    dict(id="h23-fengtai-gov-t3-faren-subtotal-only-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="北京市丰台区人民政府", region=BJ + "丰台区", level="县级政府",
         pub="2024-01-23", omit="t3faren",
         printer=Y.h38, family="html-t3-three-columns-ziranren-faren-subtotal-zongji-five-subcolumns-left-out",
         special="A district government's page: table 三 printed with three figure columns only — 「自然人 | 法人或其他组织 "
                 "| 总计」 — the five 法人 sub-columns left out, their sum printed under 法人或其他组织. Gold: 自然人 and 总计; "
                 "the five sub-columns null (not printed; `not_printed`); the 法人 sum is not a template cell."),
    dict(id="d22-shijingshan-mzj-t3-biz-sci-merged-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", agency="北京市石景山区民政局", region=BJ + "石景山区", level="县级部门",
         omit="t3bizsci",
         printer=Y.d38, family="docx-t3-biz-and-sci-columns-merged-one-column-shangye-keyan",
         special="A district bureau's Word report: table 三 with 商业企业 and 科研机构 merged into one column 「商业企业、"
                 "科研机构」 (their sum; six figure columns). Gold: 商业企业 and 科研机构 null (not printed), the other "
                 "five columns as printed."),
    dict(id="p23-changping-sfj-t4-no-total-cols-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="北京市昌平区司法局", region=BJ + "昌平区", level="县级部门",
         omit="t4nototal", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=Y.p38, family="pdf-word-t4-twelve-columns-three-zongji-columns-left-out",
         special="A district bureau's Word PDF: table 四 without its three 总计 columns (12 figure columns: 结果维持 … "
                 "尚未审结 for 行政复议, 未经复议直接起诉, 复议后起诉). Gold: the three 总计 null (not printed) — not the "
                 "sum a reader could make."),
    dict(id="h24-huairou-gov-t2-rows-with-figures-only-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="北京市怀柔区人民政府", region=BJ + "怀柔区", level="县级政府",
         pub="2025-01-22", omit="t2figures", t2set={"coercion.decisions": 0, "fee.amount_wan": 0},
         printer=Y.h38, family="html-t2-only-rows-with-figures-zero-rows-and-empty-item-left-out",
         special="A district government's page: table 二 with only the rows that have a figure — the 规章 row (0 | 0 | 0) "
                 "and the 行政强制 row (0) left out, and the item 第二十条第（八）项 (行政事业性收费 0) left out whole. Gold: "
                 "those cells null (not printed), never 0."),
    dict(id="p23-shunyi-wjw-wps-t3-subrows-folded-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="北京市顺义区卫生健康委员会", region=BJ + "顺义区", level="县级部门",
         omit="t3fold", creator="WPS 文字", producer="WPS 文字",
         printer=Y.p38, family="pdf-wps-t3-buyu-gongkai-wufa-tigong-buyu-chuli-subrows-folded-into-parent-rows",
         special="A district commission's WPS PDF: table 三's sub-rows of （三）不予公开 (8), （四）无法提供 (3) and （五）不予处理 "
                 "(5) folded into one parent row each (the sums); （六）其他处理 keeps its three sub-rows. Gold: the 16 "
                 "sub-rows null (not printed); the parent rows' sums are not template cells."),
    dict(id="d24-daxing-jw-t3-no-total-column-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="北京市大兴区教育委员会", region=BJ + "大兴区", level="县级部门",
         omit="t3nototal",
         printer=Y.d38, family="docx-t3-six-applicant-columns-zongji-column-left-out",
         special="A district commission's Word report: table 三 without its 总计 column (自然人 and the five 法人 columns "
                 "only). Gold: the 25 总计 cells null (not printed) — not the row sums."),
    dict(id="m23-pinggu-gov-t3-other-merged-2023", fmt="markdown", template="GF2021", year=2023,
         source="ankang-2022", agency="北京市平谷区人民政府", region=BJ + "平谷区", level="县级政府",
         omit="t3other",
         printer=Y.m38, family="md-t3-npo-law-other-merged-into-one-qita-zuzhi-column",
         special="A portal's Markdown export: table 三 with 社会公益组织, 法律服务机构 and 其他 merged into one column "
                 "「其他组织」 (their sum; five figure columns). Gold: those three columns null (not printed)."),
    dict(id="h22-xiwengzhuang-zhen-t3-rows-with-figures-only-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2021", small=True, t4cases={}, agency="北京市密云区溪翁庄镇人民政府", region=BJ + "密云区",
         level="乡镇", pub="2023-01-16", omit="t3figures",
         printer=Y.h38, family="html-t3-only-rows-with-figures-all-zero-rows-left-out",
         special="A 镇 of 北京市密云区: table 三 with only the rows that have a figure (一、本年新收 and （七）总计 always) — "
                 "the all-zero rows, 二、上年结转 and 四、结转下年度 among them, left out; the group cells span only the "
                 "rows printed. Gold: the left-out rows null (not printed), never 0."),
    dict(id="p24-mentougou-fgw-t4-susong-merged-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="北京市门头沟区发展和改革委员会", region=BJ + "门头沟区", level="县级部门",
         omit="t4susong", t4cases={"rv.keep": 2, "rv.fix": 1, "ld.keep": 1, "lr.pend": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=Y.p38, family="pdf-word-t4-susong-ld-and-lr-merged-one-five-column-block",
         special="A district commission's Word PDF: table 四 with 行政诉讼 as one five-column block — 未经复议直接起诉 and "
                 "复议后起诉 merged (their sums: 维持 1, 尚未审结 1, 总计 2). Gold: 行政复议's five cells; the ten 行政诉讼 "
                 "cells null (not printed)."),
    dict(id="d23-xicheng-scjgj-t2-penalty-coercion-merged-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", agency="北京市西城区市场监督管理局", region=BJ + "西城区", level="县级部门",
         omit="t2pencoe", t2scale=2,
         printer=Y.d38, family="docx-t2-penalty-and-coercion-rows-merged-one-row-summed",
         special="A district bureau's Word report: table 二's 行政处罚 and 行政强制 printed as one row 「行政处罚、行政强制」 "
                 "(their sum). Gold: both cells null (not printed); the sum is not a template cell."),
]
