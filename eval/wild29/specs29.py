"""The 20 reports of eval/wild29 (read by make.py): a realistic crawl sample from Sichuan (四川省; 2 of them scans)
and a hunt of CELLS AS PUBLISHERS ACTUALLY TYPE THEM (units, separators, full-width digits, Chinese numerals, assorted
placeholders, O/l for 0/1, footnote marks, kerning spaces, signed 增减 figures, decimals and trailing marks)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam29 as K

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
SC = "四川省"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Sichuan crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-sc-sthjt-wps-hdr2-units-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="四川省生态环境厅", region=SC, level="省级部门",
         hdr2=True, unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-sichuan-province-ecoenv-dept-t3-hdr2-unit-lines-2024",
         special="A province department's WPS PDF: table 三 with two header rows, 「单位：件」 over tables 三 and 四."),
    dict(id="p23-fucheng-gov-word-heji-r7-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="绵阳市涪城区人民政府", region=SC + "绵阳市涪城区", level="县级政府",
         relabel=XJ, defect={"r7.np": -1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-sichuan-district-gov-heji-r7-np-defect-2023",
         special="A district government's Word PDF: 「合计」 for 总计. A real defect: （七）合计 of the 自然人 column one "
                 "too few. **Findings:** H1 column np, H2 t3.r7, H3 column np."),
    dict(id="p20-shunqing-gov-gf2019-xubiao-carryin-defect-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="南充市顺庆区人民政府", region=SC + "南充市顺庆区", level="县级政府",
         t3_cont="hdr", defect={"carry_in.tot": 1}, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-sichuan-district-gov-xubiao-hdr-repeated-carry-in-total-defect-2020",
         special="A GF2019 district government's Word PDF: table 三 continued under 「续表」 with its header rows. A "
                 "real defect: 二、上年结转政府信息公开申请 总计 one too many. **Findings:** H1 column tot, H2 "
                 "t3.carry_in."),
    dict(id="p22-xichang-mzj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="西昌市民政局", region=SC + "凉山彝族自治州西昌市", level="县级部门",
         dpi=150, sec1n=4, info={"Producer": "RICOH MP C2004", "Creator": "RICOH MP C2004"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-sichuan-autonomous-prefecture-city-civil-affairs-signed-seal-2022",
         special="A county-level city bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and "
                 "the round red seal over it; no text layer."),
    dict(id="p21-chunxilu-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="成都市锦江区春熙路街道办事处",
         region=SC + "成都市锦江区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-sichuan-chengdu-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-xuzhou-scjg-trs-units-ld-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="宜宾市叙州区市场监督管理局", region=SC + "宜宾市叙州区", level="县级部门",
         pub="2024-01-25", cms="trs", index="511504-scjgj/2024-00003", unit_line=["t3", "t4"],
         t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-sichuan-district-market-bureau-unit-lines-ld-total-defect-2023",
         special="A district bureau's TRS page: 「单位：件」 over tables 三 and 四. A real defect: 行政诉讼（未经复议） "
                 "总计 one too many. **Findings:** H5 t4.ld."),
    dict(id="h22-lucheng-jd-bosi-dash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.fix": 1}, agency="康定市炉城街道办事处",
         region=SC + "甘孜藏族自治州康定市", level="乡镇", pub="2023-01-17", cms="bosi",
         index="513301-lcjd/2023-00001", mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-bosi-sichuan-ganzi-jiedao-t4-dash-note-2022",
         special="A 街道's 博思 page: table 四's zero cells 「—」 (gold: null) with a note."),
    dict(id="h24-cd-ghzrzy-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="ankang-2022", agency="成都市规划和自然资源局", region=SC + "成都市", level="市级部门",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-sichuan-chengdu-planning-natres-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-qingchengshan-zhen-blank-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="都江堰市青城山镇人民政府",
         region=SC + "成都市都江堰市", level="乡镇", mark_zero=[(r"t4\..*", "")], notes={"t4": BLANK_NOTE},
         printer=N.d_report17, family="docx-sichuan-zhen-county-level-city-t4-blank-zeros-note-2023",
         special="A 镇's Word report: table 四's zero cells blank (gold: null) with a note."),
    dict(id="d16-jiangyou-nyj-legacy-2016", fmt="docx", template="LEGACY", year=2016,
         agency="江油市农业局", region=SC + "绵阳市江油市", level="县级部门",
         stats=dict(active=236, web=188, other=48, norm=2, apps=5, face=2, net=2, letter=1, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2016-sichuan-county-level-city-agri-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) county-level city bureau's report as Word: numbered statistics rows."),
]

HUNT = [
    # ================================================================== HUNT half (10): cells as publishers type them
    dict(id="h23-jiangyang-gov-unit-in-cells-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2022", agency="泸州市江阳区人民政府", region=SC + "泸州市江阳区", level="县级政府",
         pub="2024-01-19", cms="trs", index="510502-jyqrmzf/2024-00005", typed=["unit"],
         printer=K.h_typed, family="html-trs-cells-unit-typed-in-some-cells-jian-with-and-without-space-wanyuan",
         special="A TRS page whose cells carry the unit as typed in some cells: 「12件」 and 「3 件」 (a space before "
                 "件) among bare figures in tables 三 and 四; in table 二 「n件」 for the decisions and 「x万元」 for the "
                 "fee. Gold: the figure."),
    dict(id="p24-cd-zjj-thousands-comma-mixed-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="成都市住房和城乡建设局", region=SC + "成都市", level="市级部门",
         boost={"r1.np": 640, "r2.np": 180, "r3_3.np": 120, "r5_1.np": 90, "r1.biz": 30}, t2scale=9,
         creator="Microsoft® Word 2016", producer="Microsoft® Word 2016", typed=["thousands"],
         printer=K.p_typed, family="pdf-word-cells-thousands-separator-ascii-comma-and-fullwidth-comma-mixed",
         special="A city bureau's Word PDF with figures over a thousand: each typed with a thousands separator, "
                 "「1,024」 and 「1，024」 (a full-width comma) alternately in one table. Gold: the figure."),
    dict(id="d23-leshan-szq-jyj-fullwidth-mixed-2023", fmt="docx", template="GF2021", year=2023,
         source="hongze-2023", agency="乐山市市中区教育局", region=SC + "乐山市市中区", level="县级部门",
         typed=["fullwidth"],
         printer=K.d_typed, family="docx-cells-fullwidth-and-halfwidth-digits-mixed-in-one-table",
         special="A Word report where about a third of table 三's cells (and a few of 二 and 四) are typed in "
                 "full-width digits 「１２」 next to half-width 「12」 in the same table (an IME switched to 全角 "
                 "mid-table). Gold: the figure."),
    dict(id="h22-ziliujing-gov-cn-numeral-cells-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2021", agency="自贡市自流井区人民政府", region=SC + "自贡市自流井区", level="县级政府",
         pub="2023-01-18", cms="bosi", index="510302-zljqrmzf/2023-00002", typed=["cnnum"],
         printer=K.h_typed, family="html-bosi-few-cells-chinese-numerals-among-arabic-ling-shi-er",
         special="A 博思 page where a few cells of tables 三 and 四 are typed in Chinese numerals — 「三」, 「十二」, "
                 "「〇」 — among Arabic figures. Gold: the figure (〇 is 0)."),
    dict(id="d23-datian-zhen-mixed-placeholders-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1, "ld.keep": 1},
         agency="攀枝花市仁和区大田镇人民政府", region=SC + "攀枝花市仁和区", level="乡镇", typed=["placeholders"],
         printer=K.d_typed, family="docx-zhen-mixed-placeholders-dash-hyphen-slash-wu-space-beside-zeros",
         special="A 镇's Word report whose zero cells are typed five ways in the same tables: 「—」, 「-」, 「/」, "
                 "「无」 and a space, next to cells typed 0 (table 二's 规章 「—」 too). Gold: the placeholder cells "
                 "null with their raw text, each kept distinct; the 0 cells 0."),
    dict(id="d22-dongba-jd-typed-o-l-2022", fmt="docx", template="GF2021", year=2022,
         source="ankang-2022", agency="广元市利州区东坝街道办事处", region=SC + "广元市利州区", level="乡镇",
         typed=["ol"],
         printer=K.d_typed, family="docx-typed-over-table-letter-o-for-zero-lowercase-l-for-one",
         special="A 街道's typed-over Word table: in a dozen cells the zero is a letter 「O」 or 「o」 and the one a "
                 "lower-case 「l」 (「lO」, 「2o」, 「l」, 「O」). Gold: what a careful reader reads — O/o as 0, l as "
                 "1 (「lO」 is 10)."),
    dict(id="p23-chuanshan-scjg-footnote-marks-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="遂宁市船山区市场监督管理局", region=SC + "遂宁市船山区", level="县级部门",
         creator="WPS 文字", producer="WPS 文字", typed=["footnote"],
         printer=K.p_typed, family="pdf-wps-cells-footnote-marks-stuck-to-figures-circled-star-zhu",
         special="A district bureau's WPS PDF: four cells of table 三 carry a note mark stuck to the figure — "
                 "「12①」, 「7*」, 「5注」, 「3②」 — explained in a note under the table (no figure in the note). "
                 "Gold: the figure."),
    dict(id="p24-neijiang-szq-gov-kerning-split-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="内江市市中区人民政府", region=SC + "内江市市中区", level="县级政府",
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019", typed=["kern"],
         printer=K.p_typed, family="pdf-word-cells-figure-split-by-kerning-space-inside-cell",
         special="A district government's Word PDF: seven figures of two or more digits drawn with a space "
                 "inside the cell, 「1 2」 (the publisher's justified cell / kerning), in tables 二, 三 and 四. One "
                 "cell, one figure: gold 12."),
    dict(id="h20-dongpo-gov-gf2019-signed-delta-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2019", agency="眉山市东坡区人民政府", region=SC + "眉山市东坡区", level="县级政府",
         pub="2021-01-22", cms="trs", index="511402-dpqrmzf/2021-00004", typed=["signed"], t2set={"penalty.delta": -3},
         printer=K.h_typed, family="html-gf2019-t2-delta-column-signed-ascii-fullwidth-minus-jianshao-zengjia",
         special="A GF2019 TRS page: table 二's 增减 column typed as publishers type it, one way per row — 「+5」, 「增加4」, "
                 "「-3」, 「－4」 (full-width minus), 「减少1」. Gold: the signed figure (减少1 is -1, 增加4 is +4)."),
    dict(id="h23-tongchuan-wjj-decimal-trailing-marks-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="达州市通川区卫生健康局", region=SC + "达州市通川区", level="县级部门",
         pub="2024-01-23", cms="platform", typed=["decimal"],
         printer=K.h_typed, family="html-platform-count-cells-decimal-point-zero-trailing-dot-dunhao",
         special="A platform page where a dozen count cells (never a row's last) are typed 「12.0」, 「12.」 or "
                 "「12、」. Gold: the figure 12."),
]
REPORTS += HUNT
