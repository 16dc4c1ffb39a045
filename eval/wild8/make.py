"""Rebuild eval/wild8 (reports + gold) byte for byte: `.venv/bin/python eval/wild8/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, EMF, RTF, MHT and CSV are written by hand.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam_html as H  # noqa: E402
import fam_office as O  # noqa: E402
import fam_pdf as P  # noqa: E402
import fam_text as T  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "mht": "mht", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv",
       "xlsx": "xlsx", "rtf": "rtf"}

REPORTS = [
    # ------------------------------------------------------------------ HTML
    dict(id="h21-chengdu-scjg-elementui-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="成都市市场监督管理局", region="四川省成都市", level="市级部门",
         printer=H.h_element_ui, family="html-element-ui-split-header-body",
         special="Vue page of a 政务公开 platform rendered with element-ui: every table is two <table>s — the header "
                 "rows in .el-table__header-wrapper (<thead class=\"is-group\">, <th><div class=\"cell\">, a hidden "
                 "gutter <th>), the data rows in .el-table__body-wrapper — each with its own <colgroup>; no other "
                 "tables."),
    dict(id="h21-jiangbei-wjw-xxgkmeta-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="重庆市江北区卫生健康委员会", region="重庆市江北区", level="县级部门", name="sign", short="本委",
         sign_as="江北区卫生健康委员会", pub="2023-01-19", idx="11500105MB1649583K/2023-00007",
         wenhao="江北卫健发〔2023〕3号",
         printer=H.h_xxgk_meta, family="html-xxgk-metadata-table-short-agency",
         special="政府信息公开目录 detail page: a metadata table above the text (索引号 with digits, 主题分类, 发布机构, "
                 "生成日期, 文号 「江北卫健发〔2023〕3号」, 有效性) — the only place the full agency name is printed "
                 "(发布机构); title 「2022年度政府信息公开工作年度报告」, text 「本委」, signature 「江北区卫生健康委员会」 "
                 "(no city)."),
    dict(id="h21-shushan-gov-t4split-2024", fmt="html", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="合肥市蜀山区人民政府", region="安徽省合肥市蜀山区", level="县级政府",
         printer=H.h_t4_side_by_side, family="html-t4-two-tables-side-by-side",
         special="Table 四 as two tables side by side in a borderless layout table: 行政复议 (5 columns, 3 rows) on "
                 "the left, 行政诉讼 (10 columns: 未经复议直接起诉 / 复议后起诉, 4 rows) on the right; rows not aligned."),
    dict(id="h21-gzga-fwcomma-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="广州市公安局", region="广东省广州市", level="市级部门", t2scale=15,
         boost={"r1.np": 1150, "r2.np": 236, "r4_1.np": 318, "r5_2.np": 97, "r3_4.np": 41, "carry_out.np": 38},
         printer=H.h_fullwidth_comma, family="html-fullwidth-comma-thousands",
         special="A large city bureau: counts of a thousand or more typed with a full-width comma as the thousands "
                 "separator (「1，286」, Chinese IME) in tables 二 (行政许可/处罚 decisions, 收费 「1，234.5」) and 三 "
                 "(自然人 and 总计 of the big rows)."),
    dict(id="h19-panlong-jtj-hdrunits-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="昆明市盘龙区教育体育局", region="云南省昆明市盘龙区", level="县级部门",
         printer=H.h_gf2019_header_units, family="html-gf2019-units-in-headers",
         special="GF2019 page (gb2312) whose column headers carry units — 「本年新制作数量（件）」, 「上一年项目数量（项）」, "
                 "「本年增/减（项）」, 「处理决定数量（件）」, 「采购项目数量（项）」, 「采购总金额（万元）」, 「结果维持（件）」 — and whose "
                 "table 三 header is two rows: 「项目」 corner + 「申请人情况（单位：件）」 over seven columns, then the seven "
                 "names (no 法人或其他组织 row, no 勾稽 note)."),
    dict(id="h21-changchun-gov-appendix-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="长春市人民政府", region="吉林省长春市", level="市级政府", pub="2022-03-28",
         printer=H.h_appendix, family="html-tables-appendix-after-signature",
         special="City government page: in sections 二/三/四 the narrative says 「（详见附表1）」 … where the table belongs; "
                 "the three tables come after the signature and date, under 「附件：政府信息公开工作年度报告统计表」, each "
                 "with its caption 「附表1　主动公开政府信息情况」 …"),
    dict(id="w21-longhua-zjj-wordmht-2022", fmt="mht", template="GF2021", year=2022, source="ankang-2022",
         agency="海口市龙华区住房和城乡建设局", region="海南省海口市龙华区", level="县级部门",
         printer=H.h_word_mht, family="mht-word-single-file-web-page",
         special="Word 「另存为 单个文件网页」 (.mht): MIME multipart/related with Word's GBK preamble, the Word HTML part "
                 "(MsoNormalTable, <o:p>, mso- styles) in gb2312 as quoted-printable (=C9=E7…, soft breaks at 76 "
                 "columns), Content-Location file:///C:/…, a filelist.xml part."),
    dict(id="h21-donghu-mzj-rowspan-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="南昌市东湖区民政局", region="江西省南昌市东湖区", level="县级部门",
         boost={"carry_out.np": 3, "carry_out.oth": 1},
         printer=H.h_overlong_rowspan, family="html-overlong-rowspan",
         special="Hand-edited CMS table 三 whose 「三、本年度办理结果」 cell has rowspan 23 for 22 rows: a browser pushes the "
                 "「四、结转下年度继续办理」 row one column right (its label over columns 2–4, its seven values under "
                 "自然人+1 … one past 总计); the values still follow their label in order."),
    dict(id="h21-xingqing-rsj-mlabels-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="银川市兴庆区人力资源和社会保障局", region="宁夏回族自治区银川市兴庆区", level="县级部门",
         name="short", short_title="区人社局", short="本局",
         printer=H.h_responsive_labels, family="html-responsive-cell-labels",
         special="Responsive CMS template: every value cell carries the column name for phones "
                 "(<td><span class=\"m-th\">自然人</span>12</td>), hidden on desktops by a stylesheet class (no inline "
                 "style), so a cell's text reads 「自然人12」, 「本年制发件数0」, 「复议后起诉总计1」; title 「区人社局2023年…」, "
                 "text 「本局」, full name only in the signature."),
    dict(id="h18-tianshan-czj-compare-2018", fmt="html", template="LEGACY", year=2018,
         agency="乌鲁木齐市天山区财政局", region="新疆维吾尔自治区乌鲁木齐市天山区", level="县级部门",
         stats=dict(active=214, web=190, other=24, norm=4, apps=7, face=2, net=4, letter=1, rv=0, lit=0),
         prev={"（一）主动公开政府信息数": 188, "（一）收到申请数": 5},
         printer=H.h_legacy_compare, family="legacy-html-year-comparison-table",
         special="2018 report on the old 条例 (gb2312 page): prose and a 统计表 comparing the year with the last "
                 "(统计指标 / 单位 / 2018年 / 2017年 / 增减, signed); no GF tables."),
    # ------------------------------------------------------------------ PDF
    dict(id="p21-lixia-sfj-markup-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="济南市历下区司法局", region="山东省济南市历下区", level="县级部门",
         printer=P.p_markup, family="pdf-printed-with-markup-balloons",
         special="Word printed with 「所有标记」 on: the page shrunk to the left, a markup pane on the right; six figures "
                 "of table 三 corrected with revisions on — the new figure inline (red, underlined), the old one in a "
                 "balloon 「删除的内容: 15」 on the row's line in the right margin, joined by a dotted leader."),
    dict(id="p21-jxslt-excelhead-2023", fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="江西省水利厅", region="江西省", level="省级部门",
         printer=P.p_excel_headings, family="pdf-excel-print-row-col-headings",
         special="The statistical tables printed from Excel (landscape) with 「打印行号列标」 on: column letters A … O "
                 "at the top of every page and the sheet's row numbers 1, 2, 3 … in a ruled column at the left of every "
                 "row; title, headings 二、三、四 and 填报单位 are sheet rows; no narrative."),
    dict(id="p21-pingcheng-gov-distrib-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="大同市平城区人民政府", region="山西省大同市平城区", level="县级政府",
         printer=P.p_distributed_values, family="pdf-distributed-value-cells",
         special="WPS print whose value cells are 分散对齐: the digits of every multi-digit value spread across the "
                 "whole cell width (「1        2」 for 12, 「3    5    7」 for 357), as far apart as neighbouring cells; "
                 "single digits centred."),
    dict(id="p21-qixing-jtj-sidebyside-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="桂林市七星区交通运输局", region="广西壮族自治区桂林市七星区", level="县级部门", name="sign",
         short="本局", t4defect={"lr.tot": 1},
         printer=P.p_side_by_side, family="pdf-t2-t4-side-by-side-defect",
         special="Tables 二 and 四 side by side on one page under their headings (四 turned: case kinds as rows), table "
                 "三 full width on the next page; title 「2024年度政府信息公开工作年度报告」, text 「本局」, agency only in "
                 "the signature; a real defect reproduced: 复议后起诉 总计 printed one too many. **Findings:** H5 t4.lr."),
    dict(id="p19-fengnan-gov-boxes-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         agency="唐山市丰南区人民政府", region="河北省唐山市丰南区", level="县级政府", unit="元", yuan=True,
         t2scale=3,
         printer=P.p_gf2019_boxes_yuan, family="pdf-gf2019-cell-rectangles-yuan",
         special="GF2019 LibreOffice PDF whose table cells are each stroked as a rectangle of their own (no shared "
                 "rules), numbers of a thousand or more with thousands separators, 采购总金额（元） printed in 元 with two "
                 "decimals 「12,345,600.00」 (gold: the printed number, unit 元)."),
    dict(id="p21-pudong-ghzy-narrow-2023", fmt="pdf", template="GF2021", year=2023, source="ankang-2022",
         agency="上海市浦东新区规划和自然资源局", region="上海市浦东新区", level="县级部门",
         boost={"r1.np": 1020, "r4_1.np": 143, "r2.biz": 12, "r5_1.np": 27},
         printer=P.p_narrow_units, family="pdf-narrow-cells-value-unit-wrap",
         special="Table 三 with seven 19-pt value columns and every value printed with 「件」: 「3件」 fits, 「12件」 wraps "
                 "to 「12」 / 「件」, and a four-digit count wider than the cell breaks inside the number — 「123」 / "
                 "「4件」 (Word breaks a word that does not fit the cell); column names one or two characters a line."),
    # ------------------------------------------------------------------ text, CSV, Markdown
    dict(id="t21-longsha-nyj-ocr-2022", fmt="txt", template="GF2021", year=2022, source="hongze-2023",
         agency="齐齐哈尔市龙沙区农业农村局", region="黑龙江省齐齐哈尔市龙沙区", level="县级部门",
         printer=T.t_ocr_noise, family="text-ocr-scan-noise",
         special="A scanned report run through desktop OCR and saved as text (GB18030, CRLF): rules read as 「|」/「丨」 at "
                 "the ends of some rows, cells one to three spaces apart, a zero read 「O」/「o」 and a one 「l」/「I」 in "
                 "some numbers of tables 三/四 (gold: the report's numbers), 已/己 未/末 予/子 复/夏 in some labels, stray "
                 "「、」 specks."),
    dict(id="t21-qixingguan-tyjr-colmajor-2021", fmt="txt", template="GF2021", year=2021, source="pingtan-2021",
         agency="毕节市七星关区退役军人事务局", region="贵州省毕节市七星关区", level="县级部门", name="compiled",
         printer=T.t_column_major, family="text-column-major-copy",
         special="Text copied (Ctrl+A) out of a PDF whose producer wrote the tables column by column: one cell a line, "
                 "each table as its first column top to bottom (all row labels), then each next column (its name and its "
                 "values); agency stated only in 「本报告由…编制」 and the signature."),
    dict(id="t21-qinzhou-yjj-dunhao-2023", fmt="txt", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="天水市秦州区应急管理局", region="甘肃省天水市秦州区", level="县级部门", defect={"carry_out.np": 1},
         printer=T.t_dunhao_rows, family="text-rows-dunhao-values-defect",
         special="No table editor: each row typed as 「（一）予以公开：12、0、0、1、0、0、13。」 after a line giving the column "
                 "order 「（以下各项数据依次为：自然人、…、总计，单位：件）」; table 二 as 「规章：0、0、0」 under the headers in "
                 "brackets; a real defect reproduced: 结转下年度继续办理 自然人 printed one too many. **Findings:** H1 t3 "
                 "column np, H2 t3.carry_out."),
    dict(id="t19-hailar-gov-leaders-2020", fmt="txt", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="呼伦贝尔市海拉尔区人民政府", region="内蒙古自治区呼伦贝尔市海拉尔区", level="县级政府",
         printer=T.t_dot_leaders, family="text-gf2019-dot-leaders",
         special="GF2019 text copied from a PDF of a Word file whose tables were typed with dot-leader tab stops: "
                 "「（一）予以公开………………… 12  0  0  1  0  0  13」 (U+2026 runs), the values two spaces apart; column "
                 "names as a line of their own."),
    dict(id="c21-hainan-swt-csv-2022", fmt="csv", template="GF2021", year=2022, source="pingtan-2022",
         agency="海南省商务厅", region="海南省", level="省级部门",
         printer=T.c_csv_gbk, family="csv-gbk-attachment",
         special="The statistics as a standalone .csv attachment (Excel 「CSV（逗号分隔）」: GBK, CRLF, 15 fields a line): "
                 "title, 填报单位 / 统计年度 line, headings 二、三、四 as one-field lines, each merged grid as rows with the "
                 "merged slots empty; no narrative."),
    dict(id="m21-yueyanglou-cgj-math-2024", fmt="markdown", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="岳阳市岳阳楼区城市管理和综合执法局", region="湖南省岳阳市岳阳楼区", level="县级部门", name="filename",
         fname_tail="公开版",
         printer=T.m_inline_math, family="md-inline-math-numbers",
         special="Doc2X-style Markdown of a PDF: every number of a table cell written as inline math (「$12$」, 「$0$」, "
                 "「$8372.42$」); pipe tables, one label column, group headings as rows; first line the file name "
                 "「…2024年政府信息公开工作年度报告（公开版）」."),
    dict(id="m21-jlsthjt-pergroup-2022", fmt="markdown", template="GF2021", year=2022, source="ankang-2022",
         agency="吉林省生态环境厅", region="吉林省", level="省级部门",
         printer=T.m_table_per_group, family="md-t3-one-table-per-group",
         special="Converter Markdown that cut table 三 wherever a merged group heading starts: a pipe table for 新收/结转, "
                 "one headed 「三、本年度办理结果」 for （一）（二）, one per group （三）…（六） whose first header cell is the "
                 "group's name, one headed 「合计」 for （七）总计 and 结转下年度 — each repeating the seven column names."),
    # ------------------------------------------------------------------ office formats
    dict(id="d21-ganjingzi-gov-oleexcel-2023", fmt="docx", template="GF2021", year=2023, source="hongze-2023",
         agency="大连市甘井子区人民政府", region="辽宁省大连市甘井子区", level="县级政府",
         printer=O.d_embedded_excel, family="docx-embedded-excel-objects",
         special="DOCX whose three tables were pasted from Excel as embedded objects: each a w:object with a VML shape "
                 "whose picture is an EMF (the table's text as EMR_EXTTEXTOUTW records) and an o:OLEObject ProgID "
                 "Excel.Sheet.12 whose part is a whole .xlsx (word/embeddings/…); no table text in document.xml."),
    dict(id="d21-jintan-fgj-diagonal-2025", fmt="docx", template="GF2021", year=2025, source="hebei-edu-2023",
         agency="常州市金坛区发展和改革局", region="江苏省常州市金坛区", level="县级部门", name="compiled",
         printer=O.d_diagonal_header, family="docx-diagonal-corner-header",
         special="DOCX whose table 三 header is two rows under a 斜线表头 corner (three columns wide, two rows high, "
                 "w:tl2br diagonal border, paragraphs 「申请人情况」 right-aligned and 「办理情况」 left-aligned): no 勾稽 "
                 "note, no 申请人情况 row; title names no agency, 「本报告由…编制」."),
    dict(id="d19-congtai-zrzy-customxml-2020", fmt="docx", template="GF2019", year=2020, source="pingtan-2020",
         agency="邯郸市丛台区自然资源和规划局", region="河北省邯郸市丛台区", level="县级部门",
         printer=O.d_customxml, family="docx-gf2019-customxml-rows",
         special="GF2019 DOCX from an OA template engine with a custom XML schema: every data row of the tables wrapped "
                 "in <w:customXml w:element=\"row\"> (the w:tr not a direct child of w:tbl) and every value run in "
                 "<w:customXml w:element=\"value\">; 采购总金额（万元）, signed 本年增/减."),
    dict(id="d21-shashi-jyj-comments-2022", fmt="docx", template="GF2021", year=2022, source="pingtan-2022",
         agency="荆州市沙市区教育局", region="湖北省荆州市沙市区", level="县级部门", defect={"r1.tot": 1},
         comment_row=5, comment_text="请核实：本行各项相加为{}件。",
         printer=O.d_comments, family="docx-review-comments-defect",
         special="DOCX published with the reviewers' comments left in (word/comments.xml; commentRangeStart/End and "
                 "commentReference around some 总计 cells of table 三: 「已与业务科室台账核对一致。」, 「请核实：本行各项相加为"
                 "N件。」); a real defect reproduced (the one the comment flags): （一）予以公开 总计 printed one too many. "
                 "**Findings:** H2 t3.r1, H3 t3 column tot."),
    dict(id="d17-yingzhou-tjj-units-2017", fmt="docx", template="LEGACY", year=2017,
         agency="阜阳市颍州区统计局", region="安徽省阜阳市颍州区", level="县级部门",
         stats=dict(active=158, web=141, other=17, norm=2, apps=3, face=1, net=2, letter=0, rv=0, lit=0),
         printer=O.d_legacy_units, family="legacy-docx-value-unit-cells",
         special="2017 report on the old 条例 as DOCX: prose and a two-column 统计表 whose value cells hold the number "
                 "and its unit (「158条」, 「3件」); no GF tables."),
    dict(id="x21-kaili-lyj-excelreport-2021", fmt="xlsx", template="GF2021", year=2021, source="pingtan-2021",
         agency="凯里市林业局", region="贵州省黔东南苗族侗族自治州凯里市", level="县级部门",
         printer=O.x_report_in_excel, family="xlsx-whole-report-in-one-sheet",
         special="The whole report typed in Excel (.xlsx, one sheet 「年报」, shared strings): every narrative paragraph "
                 "one wrapped cell merged across A:O, headings as cells, the three tables as merged grids with numbers as "
                 "numeric cells, signature and date merged at the right."),
    dict(id="r19-xiuzhou-czj-wordrtf-2020", fmt="rtf", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="嘉兴市秀洲区财政局", region="浙江省嘉兴市秀洲区", level="县级部门",
         printer=O.r_word_unicode, family="rtf-word-unicode-escapes",
         special="GF2019 report saved by Microsoft Word as RTF with \\uc1: every Chinese character a \\uN? escape "
                 "(negative N above U+7FFF, 「?」 fallback), tables as \\trowd rows with \\cellx edges (merged columns as "
                 "wider cells) and \\clvmgf/\\clvmrg vertical merges; 采购总金额（万元）, signed 本年增/减."),
]


def build(spec: dict) -> tuple[bytes, dict]:
    s = dict(spec)
    s.setdefault("site", s["agency"])
    from text import title
    s["title"] = title(s)
    s["date"] = f"{s['year'] + 1}年1月20日"
    s["placeholders"] = {}
    tmpl = s["template"]
    if tmpl == "LEGACY":
        s["t2"], s["t3"], s["t4"] = {}, {}, {}
    else:
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"), s.get("boost"))
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"))
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
        if s.get("yuan"):
            s["t2"]["procurement.amount"] = round(s["t2"]["procurement.amount"] * 10000, 2)
        if "comment_text" in s:
            s["comment_text"] = s["comment_text"].format(sum(s["t3"][f"r1.{c}"] for c in
                                                             ("np", "biz", "sci", "npo", "law", "oth")))
    data = s["printer"](s)
    ph = dict(s["placeholders"])
    if tmpl == "GF2019":
        ph["t2.procurement.amount_unit"] = s.get("unit", "万元")
    gold = {
        "id": s["id"], "file": f"reports/{s['id']}.{EXT[s['fmt']]}", "agency": s["agency"], "region": s["region"],
        "level": s["level"], "year": s["year"], "template": tmpl, "tables_recoverable": tmpl != "LEGACY",
        "family": s["family"], "format": s["fmt"],
        "t2": s["t2"], "t3": s["t3"], "t4": s["t4"], "placeholders": dict(sorted(ph.items())),
        "findings": findings(tmpl, s["t3"], s["t4"]) if tmpl != "LEGACY" else [],
        "special": s["special"], "metrics": [], "qa": [],
    }
    return data, gold


def main() -> None:
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for spec in REPORTS:
        if only and spec["id"] not in only:
            continue
        data, gold = build(spec)
        (HERE / gold["file"]).write_bytes(data)
        (HERE / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        print(f"{gold['id']:42s} {len(data):7d} B  findings={[(f['check'], f['where']) for f in gold['findings']]}")


if __name__ == "__main__":
    main()
