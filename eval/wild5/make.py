"""Rebuild eval/wild5 (reports + gold) byte for byte: `.venv/bin/python eval/wild5/make.py`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docxfam  # noqa: E402
import families as F  # noqa: E402
import pdffam  # noqa: E402
from model import (COLS, T4_KEYS, findings, rows, t2_values, t3_values, t4_values)  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt"}
ZERO_TO_LING = lambda key, v, t: "零" if key.startswith("t4.") and v == 0 else t  # noqa: E731

REPORTS = [
    dict(id="h21-keqiao-zjj-rowtables-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="绍兴市柯桥区住房和城乡建设局", region="浙江省绍兴市柯桥区", level="县级部门",
         site="绍兴市柯桥区人民政府", printer=F.h_rows_as_tables, family="html-row-per-table",
         special="CMS page where every table row is a <table> of its own (pasted row by row into the editor): "
                 "consecutive one-row tables with the same widths, merged label cells printed in the row where "
                 "they start and left empty below, header rows as separate tables too."),
    dict(id="h21-jimei-jtj-jsvar-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="厦门市集美区交通运输局", region="福建省厦门市集美区", level="县级部门",
         site="厦门市集美区人民政府", pub="2024-01-19", printer=F.h_js_string, family="html-body-in-js-string",
         special="Site-cluster (集约化平台) article page whose body is not in the markup: it is a JavaScript "
                 "string literal (`var articleContent = \"…\"`, `<`/`>`/`&` escaped as \\u003c/\\u003e/\\u0026, "
                 "quotes as \\\") written into `<div id=\"zoom\">` by innerHTML; only the title and the 发布时间/来源 "
                 "line are plain HTML."),
    dict(id="h21-xiufeng-wjw-trad-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="桂林市秀峰区卫生健康局", region="广西壮族自治区桂林市秀峰区", level="县级部门",
         site="桂林市秀峰区人民政府", printer=F.h_traditional, family="html-traditional-chinese", trad=True,
         special="The site's 繁體 version (character-by-character server conversion of the whole page, "
                 "lang=zh-TW): every label, heading and the agency in traditional characters "
                 "(「本年新收政府信息公開申請數量」, 「行政複議」, 「桂林市秀峰區衛生健康局」); gold `agency` is the printed "
                 "traditional name."),
    dict(id="h21-yunyan-sfj-pre-2022", fmt="html", template="GF2021", year=2022, source="ankang-2022",
         agency="贵阳市云岩区司法局", region="贵州省贵阳市云岩区", level="县级部门", site="贵阳市云岩区人民政府",
         printer=F.h_pre, family="html-pre-fixed-width",
         special="CMS article (TRS_Editor) whose three tables were pasted as fixed-width text inside <pre>: no "
                 "<table>; columns aligned with spaces (CJK counted double width), long labels of table 三 wrapped "
                 "after 22 characters onto lines of their own with no values, group headings as lines of their own."),
    dict(id="h21-changde-gov-inputs-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="常德市人民政府办公室", region="湖南省常德市", level="市级政府", site="常德市人民政府",
         printer=F.h_inputs, family="html-form-inputs",
         special="Page rendered by an online 年报填报系统: tables are Bootstrap form tables, every value a read-only "
                 "`<input type=\"text\" value=\"12\" readonly>` (the cell has no text node), labels in <span>; the "
                 "source's single （六） put in 3.其他."),
    dict(id="h21-xigong-gov-t2dash-2024", fmt="html", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="洛阳市西工区人民政府", region="河南省洛阳市西工区", level="县级政府", site="洛阳市西工区人民政府",
         printer=F.h_t2_unmerged_dash, family="html-t2-unmerged-dash",
         special="GF2021 table 二 unmerged into its four-column grid: the （五）（六）（八） rows print the value in the "
                 "first value cell and 「—」「—」 in the two unused cells, the 本年处理决定数量 header is followed by two "
                 "empty header cells; tables 三/四 plain."),
    dict(id="h21-jxtj-footnote-2022", fmt="html", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="江西省统计局", region="江西省", level="省级部门", site="江西省统计局",
         printer=F.h_footnotes, family="html-footnote-marks",
         marks={"t3.new.tot": "1", "t3.r4_1.np": "2", "t4.rv.tot": "①"},
         note3="注：1.本年新收申请中，通过互联网申请的占多数。2.“本机关不掌握相关政府信息”含告知申请人向其他机关申请的情形。",
         note4="注：①行政复议案件数含上年结转后本年审结的案件。",
         special="Footnote marks typed into value cells as superscripts (`23<sup>1</sup>`, `5<sup>2</sup>`, "
                 "`2<sup>①</sup>`): flattened, the text reads 「231」; a 「注：1.…2.…」 row spanning table 三's full "
                 "width as its last row and a 「注：①…」 row under table 四."),
    dict(id="h19-longting-czj-paras-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="开封市龙亭区财政局", region="河南省开封市龙亭区", level="县级部门", site="开封市龙亭区人民政府",
         printer=F.h_paragraph_rows, family="html-gf2019-paragraph-rows",
         special="GF2019 page whose tables were pasted as plain paragraphs: each table row a <p>, cells separated "
                 "by &emsp;&emsp; (no <table> at all), header rows as paragraphs with the column names, table 四 as "
                 "three blocks (title, names, values); 采购总金额（万元） with decimals; signed 本年增/减."),
    dict(id="d21-dinghai-gov-altchunk-2022", fmt="docx", template="GF2021", year=2022, source="pingtan-2019",
         agency="舟山市定海区人民政府办公室", region="浙江省舟山市定海区", level="县级政府",
         printer=docxfam.d_altchunk, family="docx-altchunk-html",
         special="DOCX exported by an OA system: document.xml holds only the title paragraph and a `w:altChunk` "
                 "whose target is an HTML part (word/afchunk1.htm) with the whole report and its three tables "
                 "(Word imports it on opening; there is no Word table in the package); the GF2019 source's single "
                 "（六） put in 3.其他."),
    dict(id="d21-panlong-yjj-textbox-2023", fmt="docx", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="昆明市盘龙区应急管理局", region="云南省昆明市盘龙区", level="县级部门",
         printer=docxfam.d_textbox, family="docx-tables-in-textboxes",
         special="DOCX whose three tables each sit inside a text box (`w:txbxContent`), written the way Word does "
                 "it: once in the DrawingML shape (`mc:Choice Requires=\"wps\"`) and again in the VML fallback "
                 "(`mc:Fallback`), so the XML holds every table twice and the body has none."),
    dict(id="d21-beilin-jyj-tabstops-2021", fmt="docx", template="GF2021", year=2021, source="pingtan-2021",
         agency="西安市碑林区教育局", region="陕西省西安市碑林区", level="县级部门",
         printer=docxfam.d_tabstops, family="docx-tab-stop-rows-defect", defect={"r5_1.np": 1},
         special="DOCX with no Word tables: every table row is a paragraph with right-aligned tab stops, the cells "
                 "separated by tab characters (`w:tab`); group headings as paragraphs of their own; a real defect "
                 "reproduced: 自然人 of （五）1.信访举报投诉类申请 printed one too many (neither its 总计 nor （七）总计 "
                 "follow), so H2 breaks on r5_1 and H3 on the np column. **Findings:** H2 t3.r5_1, H3 t3 column np."),
    dict(id="d21-ytrsj-gridbefore-2024", fmt="docx", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="烟台市人力资源和社会保障局", region="山东省烟台市", level="市级部门",
         printer=docxfam.d_gridbefore, family="docx-gridbefore-ling", xform=ZERO_TO_LING,
         special="DOCX: the result rows of table 三 have no first cell (`w:gridBefore w:val=\"1\"`, the grid column "
                 "left empty) under a 「三、本年度办理结果」 row spanning the whole table; table 四 prints its zero cells "
                 "as 「零」 (gold 0)."),
    dict(id="d19-bengshan-mzj-rowtables-2019", fmt="docx", template="GF2019", year=2019, source="pingtan-2019",
         agency="蚌埠市蚌山区民政局", region="安徽省蚌埠市蚌山区", level="县级部门",
         printer=docxfam.d_rows_as_tables, family="docx-gf2019-row-per-table",
         special="GF2019 DOCX pasted from a web page: every table row is a one-row Word table of its own, separated "
                 "by tiny empty paragraphs; table 三 header is one row of names; table 四 as three pairs of rows "
                 "(names, values) under 行政复议 / 未经复议直接起诉 / 复议后起诉; signed 本年增/减."),
    dict(id="p21-hengyang-slj-excelcols-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="衡阳市水利局", region="湖南省衡阳市", level="市级部门",
         printer=pdffam.p_excel_columns, family="pdf-excel-column-overflow",
         special="Word narrative (「（见附表二）」 in place of each table) followed by the tables printed from Excel: "
                 "7-pt text, every gridline, and tables 三 and 四 too wide for the page, so Excel puts the right-hand "
                 "columns on the next page: table 三 as 项目 + 自然人…社会公益组织 for all rows, then 项目 (print titles) + "
                 "法律服务机构/其他/总计; table 四 as 8 columns, then the other 7 with no labels."),
    dict(id="p21-heping-scjg-shaded-2023", fmt="pdf", template="GF2021", year=2023, source="ankang-2022",
         agency="沈阳市和平区市场监督管理局", region="辽宁省沈阳市和平区", level="县级部门",
         printer=pdffam.p_shaded, family="pdf-shaded-bands-defect", t4defect={"ld.tot": -1},
         special="PDF tables with no rules at all, only filled rectangles: a darker header band and light zebra "
                 "bands on every other row; a real defect reproduced: 未经复议直接起诉 总计 printed one too few "
                 "(H5 on t4.ld). **Findings:** H5 t4.ld."),
    dict(id="p21-daoli-tyjr-rotated-2021", fmt="pdf", template="GF2021", year=2021, source="hebei-edu-2021",
         agency="哈尔滨市道里区退役军人事务局", region="黑龙江省哈尔滨市道里区", level="县级部门",
         printer=pdffam.p_rotated, family="pdf-rotated-content",
         special="All pages portrait; the tables come after the narrative on pages whose content is landscape, "
                 "rotated 90° inside the content stream (no /Rotate): every table character runs bottom-to-top; "
                 "the narrative says 「（表二见后页）」."),
    dict(id="p21-hnly-distributed-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="湖南省林业局", region="湖南省", level="省级部门",
         printer=pdffam.p_distributed, family="pdf-distributed-labels",
         special="Ruled PDF whose label cells are 分散对齐: each line's characters spread evenly over the cell width "
                 "(「自 然 人」-like gaps of several character widths; wrapped labels spread line by line); values "
                 "centred."),
    dict(id="p21-chengguan-gov-ocr-2022", fmt="pdf", template="GF2021", year=2022, source="hongze-2023",
         agency="兰州市城关区人民政府", region="甘肃省兰州市城关区", level="县级政府",
         printer=pdffam.p_ocr_layer, family="pdf-image-with-ocr-layer",
         special="A 'searchable image' PDF (scan + OCR layer, producer ABBYY FineReader): every page is a 1-bit "
                 "picture (text and rules drawn in it, so the PDF has no vector rules) with the text laid over it "
                 "invisibly (render mode 3) at the same positions; the source's single （六） put in 3.其他."),
    dict(id="p21-xingning-czj-vertical-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2020",
         agency="南宁市兴宁区财政局", region="广西壮族自治区南宁市兴宁区", level="县级部门",
         printer=pdffam.p_vertical_labels, family="pdf-vertical-merged-labels",
         special="Ruled PDF (WPS print) whose merged label cells of table 三 are written vertically, one character "
                 "per line centred on the merged area: 「三、本年度办理结果」 down a narrow first column over all "
                 "result rows, each group heading （三）…（六） down a narrow second column over its items, no rules "
                 "inside the merges; the single characters fall on the lines of the rows beside them; the GF2019 "
                 "source's single （六） put in 3.其他."),
    dict(id="p19-lubei-swj-twoup-2020", fmt="pdf", template="GF2019", year=2020, source="hebei-edu-2021",
         agency="唐山市路北区商务局", region="河北省唐山市路北区", level="县级部门",
         printer=pdffam.p_two_up, family="pdf-gf2019-two-up",
         special="GF2019 A5 booklet printed two pages to a landscape A4 sheet (2-up): the left and right pages sit "
                 "side by side, so a table continuing from the left page to the right one shares lines with the "
                 "other page's text; 「— n —」 page numbers of both halves; 采购总金额（万元）."),
    dict(id="pdf-legacy-xinghualing-2017", fmt="pdf", template="LEGACY", year=2017,
         agency="太原市杏花岭区民政局", region="山西省太原市杏花岭区", level="县级部门",
         printer=pdffam.p_legacy_table, family="legacy-pdf-stat-table",
         stats=dict(active=312, web=280, other=32, norm=3, apps=9, face=4, net=4, letter=1, rv=0, lit=1),
         special="2017 PDF report on the old 条例: prose and a ruled 「政府信息公开情况统计表」 (统计指标/单位/统计数); "
                 "no GF tables."),
    dict(id="m21-qingyang-rsj-latex-2023", fmt="markdown", template="GF2021", year=2023, source="pingtan-2022",
         agency="成都市青羊区人力资源和社会保障局", region="四川省成都市青羊区", level="县级部门",
         printer=F.m_latex, family="md-latex-tabular",
         special="Mathpix-style Markdown of a PDF: \\title{…} and \\section*{…} headings, tables as LaTeX "
                 "`\\begin{tabular}{|c|…|}` with `\\multirow{n}{*}{…}` / `\\multicolumn{n}{|c|}{…}`, cells "
                 "separated by `&`, rows ended by `\\\\` and `\\hline`."),
    dict(id="m21-zhongshan-cgj-bold-2022", fmt="markdown", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="大连市中山区城市管理局", region="辽宁省大连市中山区", level="县级部门",
         printer=F.m_bold_footnotes, family="md-llm-bold-footnotes",
         refs={"t3.new.tot": 1, "t3.r5_1.np": 2},
         refnotes=[(1, "含通过政务服务热线转办的申请。"), (2, "均已告知申请人通过信访渠道反映。")],
         special="Markdown from an LLM-based converter: pipe tables with one label column (group headings as rows "
                 "of empty cells), every 总计 value and the （七）总计 row in **bold**, footnote references glued to "
                 "values (「**23**[^1]」, 「7[^2]」) with the footnotes at the end; table 二 as one 4-column table "
                 "with the section rows inside; table 四 with case kinds as rows."),
    dict(id="m19-changan-wjj-fenced-2019", fmt="markdown", template="GF2019", year=2019, source="hongze-2023",
         agency="石家庄市长安区卫生健康局", region="河北省石家庄市长安区", level="县级部门",
         printer=F.m_fenced, family="md-gf2019-fenced-text",
         special="GF2019 Markdown whose converter put each table, as space-aligned text, inside a fenced code block "
                 "(```` ``` ````/```` ```text ````): columns by runs of spaces, long labels wrapped after 20 characters "
                 "onto value-less lines; 采购总金额（万元）; signed 本年增/减."),
    dict(id="md-legacy-yaohai-2015", fmt="markdown", template="LEGACY", year=2015,
         agency="合肥市瑶海区住房和城乡建设局", region="安徽省合肥市瑶海区", level="县级部门",
         printer=F.m_legacy, family="legacy-md-stat-table",
         stats=dict(active=186, web=170, other=16, norm=2, apps=14, face=6, net=7, letter=1, rv=1, lit=0),
         special="2015 report on the old 条例 as Markdown: prose and a pipe 统计表 (统计指标/单位/统计数); no GF tables."),
    dict(id="t21-yuzhong-tjj-csv-2023", fmt="txt", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="重庆市渝中区统计局", region="重庆市渝中区", level="县级部门", t2scale=25,
         printer=F.t_csv, family="text-csv-quoted",
         special="Excel 'CSV UTF-8' export pasted into the text: BOM, CRLF, comma-separated fields quoted only where "
                 "needed (table 二 numbers ≥ 1000 with thousands separators, 「\"13,000\"」), merged areas as empty "
                 "fields, table 三 label over three fields (三、本年度办理结果 and the group on their first row only)."),
    dict(id="t19-jinghu-gov-big5-2020", fmt="txt", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="芜湖市镜湖区人民政府", region="安徽省芜湖市镜湖区", level="县级政府", trad=True,
         printer=F.t_big5, family="text-gf2019-big5-traditional",
         special="GF2019 text in traditional characters saved as Big5 (cp950), CRLF, tab-separated rows; agency "
                 "printed 「蕪湖市鏡湖區人民政府」 (gold `agency`); table 四 as a names row and a 「案件數量」 row of 15 values; "
                 "the source's blank cells printed 0."),
    dict(id="t21-taishan-wlj-zwsp-2022", fmt="txt", template="GF2021", year=2022, source="ankang-2022",
         agency="泰安市泰山区文化和旅游局", region="山东省泰安市泰山区", level="县级部门",
         gzh="泰山区文旅", pub="2023-01-16 17:30",
         printer=F.t_zwsp, family="text-zero-width-spaces",
         special="Text copied from a WeChat (公众号) article: zero-width spaces (U+200B) between the digits of "
                 "multi-digit values and after single digits, inside row labels (「一、本\\u200b年新收…」), cells "
                 "separated by runs of three no-break spaces (U+00A0); 公众号 header and 「微信扫一扫」 footer."),
    dict(id="t21-kuiwen-nyj-html2text-2024", fmt="txt", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="潍坊市奎文区农业农村局", region="山东省潍坊市奎文区", level="县级部门",
         site="潍坊市奎文区人民政府", host="www.kuiwen.gov.cn",
         printer=F.t_html2text, family="text-html2text",
         special="Python html2text dump of the page: breadcrumb as Markdown links, **bold** headings, every line "
                 "followed by a blank line, tables as 「a | b | c」 rows (no outer pipes) with 「---|---|…」 under the "
                 "first row, spanned slots as empty cells."),
    dict(id="t21-wuling-fgj-acct-2021", fmt="txt", template="GF2021", year=2021, source="pingtan-2019",
         agency="常德市武陵区发展和改革局", region="湖南省常德市武陵区", level="县级部门",
         zero_ph={"t3": " - ", "t4": " - "},
         printer=F.t_acct_dash, family="text-excel-accounting-dash",
         special="Tab-separated text copied from an Excel sheet in 会计专用 number format: every zero cell of tables "
                 "三 and 四 shows as 「 - 」 (space, hyphen, space; gold null with the raw text as placeholder), "
                 "non-zero values plain; CRLF; the GF2019 source's single （六） put in 3.其他."),
]


def build(spec: dict) -> tuple[bytes, dict]:
    s = dict(spec)
    s.setdefault("site", s["agency"])
    s["title"] = f"{s['agency']}{s['year']}年政府信息公开工作年度报告"
    s["date"] = f"{s['year'] + 1}年1月20日"
    s["placeholders"] = {}
    tmpl = s["template"]
    if tmpl == "LEGACY":
        s["t2"], s["t3"], s["t4"] = {}, {}, {}
    else:
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"))
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"))
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
        for sect, raw in (s.get("zero_ph") or {}).items():
            for k, v in list(s[sect].items()):
                if v == 0:
                    s[sect][k] = None
                    s["placeholders"][f"{sect}.{k}"] = raw
    data = s["printer"](s)
    ph = dict(s["placeholders"])
    if tmpl == "GF2019":
        ph["t2.procurement.amount_unit"] = "万元"
    # (the official, simplified name even where the page prints it in 繁體: the convention of wild32, the session 12
    # of 2026-12-07 — a user searches in simplified, and every record names the body so; the file still prints it 繁體)
    agency = s["agency"]
    gold = {
        "id": s["id"], "file": f"reports/{s['id']}.{EXT[s['fmt']]}", "agency": agency, "region": s["region"],
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
    for spec in REPORTS:
        data, gold = build(spec)
        (HERE / gold["file"]).write_bytes(data)
        (HERE / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        print(f"{gold['id']:42s} {len(data):7d} B  findings={[(f['check'], f['where']) for f in gold['findings']]}")


if __name__ == "__main__":
    main()
