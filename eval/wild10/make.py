"""Rebuild eval/wild10 (reports + gold) byte for byte: `.venv/bin/python eval/wild10/make.py [ID …]`.

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

import fam10_html as H10  # noqa: E402
import fam10_office as O10  # noqa: E402
import fam10_pdf as P10  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "mht": "mht", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv",
       "xlsx": "xlsx", "rtf": "rtf", "ods": "ods"}

REPORTS = [
    # ------------------------------------------------------------------ HTML (site builders, editors)
    dict(id="h22-fengqiao-zhen-ueditor-2022", fmt="html", template="GF2021", year=2022, source="hongze-2023",
         agency="诸暨市枫桥镇人民政府", region="浙江省绍兴市诸暨市枫桥镇", level="乡镇", pub="2023-01-18", short="本镇",
         printer=H10.h_ueditor, family="html-ueditor-article-cells-in-p",
         special="镇 site on a county 集约化 platform edited with UEditor: <table data-sort=\"sortDisabled\">, every cell "
                 "<td valign=top style=\"word-break: break-all;\"> with its text in <p style=\"text-align:center\"><span>, "
                 "empty <p><br/></p> between paragraphs. Ordinary variation."),
    dict(id="h19-jiangbei-kfq-crumbs-2019", fmt="html", template="GF2019", year=2019, source="shanghai-office-2019",
         agency="宁波市江北区慈城镇开发区管理委员会", region="浙江省宁波市江北区", level="县级政府", name="sign",
         printer=H10.h_breadcrumb, family="html-gf2019-agency-in-site-header-crumbs",
         special="GF2019 开发区 page whose title names no agency (「2019年度政府信息公开工作年度报告」); the agency is in the "
                 "site header, the breadcrumbs, the 「发布机构」 meta line and the signature. Ordinary variation."),
    dict(id="h25-xiangmihu-jd-caption-2025", fmt="html", template="GF2021", year=2025, source="ankang-2022",
         agency="深圳市福田区香蜜湖街道办事处", region="广东省深圳市福田区", level="乡镇", short="本街道",
         printer=H10.h_caption, family="html-caption-th-tables-2025",
         special="2025 街道 page whose tables carry <caption> (「表1　主动公开政府信息情况」 …), header rows in <thead>, "
                 "every label cell <th scope=col>, headings <h3>. Ordinary variation (latest year)."),
    dict(id="h24-sichuan-nyt-unitline-2024", fmt="html", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="四川省农业农村厅", region="四川省", level="省级部门", t2scale=7,
         boost={"r1.np": 96, "r2.np": 41, "r4_1.np": 63, "r1.biz": 12},
         printer=H10.h_unit_line, family="html-unit-line-above-tables",
         special="省级部门 page (large volume) whose tables 三 and 四 are each preceded by a right-aligned 「单位：件」 line. "
                 "Ordinary variation."),
    dict(id="h16-anji-xiang-legacy-2016", fmt="html", template="LEGACY", year=2016,
         agency="安吉县报福镇人民政府", region="浙江省湖州市安吉县报福镇", level="乡镇",
         stats=dict(active=64, web=58, other=6, norm=1, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         printer=H10.h_legacy, family="legacy-html-gb2312-zhen-prose-and-fubiao",
         special="2016 镇 report on the old 条例 as a gb2312 CMS article: prose with the counts, the signature, then "
                 "「附表：政府信息公开情况统计表」 (统计指标 / 单位 / 统计数); no GF tables."),
    dict(id="h23-jintang-tyj-furniture-2023", fmt="html", template="GF2021", year=2023, source="pingtan-2022",
         agency="成都市金堂县文化广播电视和旅游局", region="四川省成都市金堂县", level="县级部门",
         printer=H10.h_furniture, family="html-cms-article-furniture-numbers",
         special="County CMS article with its furniture: 索引号 with digits, 发布日期 with time, 浏览次数, 【字体：大 中 小】"
                 "【打印】, related links to three earlier years' reports and a QR-code box. Ordinary variation."),
    dict(id="h21-wujin-jyj-hanweb-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="常州市武进区教育局", region="江苏省常州市武进区", level="县级部门", pub="2022-01-26",
         printer=H10.h_hanweb, family="html-hanweb-jcms-word-paste",
         special="大汉 JCMS article: content between <!--<$[信息内容]>begin--> and end comments, tables pasted from Word "
                 "(class=MsoNormalTable, cell borders in style, figures in <span lang=EN-US>). Ordinary variation."),
    dict(id="h21-nanxun-rsj-subtotal-2021", fmt="html", template="GF2021", year=2021, source="hebei-edu-2021",
         agency="湖州市南浔区人力资源和社会保障局", region="浙江省湖州市南浔区", level="县级部门",
         t4defect={"lr.tot": -1},
         printer=H10.h_subtotal, family="html-t3-group-subtotal-rows-defect",
         special="Table 三 filled by hand with a 「小计」 row after each group （三）不予公开 … （六）其他处理 (the group "
                 "label spans its items and the 小计; 小计 is not a cell of the template); a real defect in table 四: "
                 "复议后起诉 总计 one too few (stale). **Findings:** H5 t4.lr."),
    dict(id="h23-luoyang-sfj-dcssvg-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="洛阳市司法局", region="河南省洛阳市", level="市级部门",
         printer=H10.h_dcs_svg, family="html-doc-preview-svg-pages",
         special="The site's 「在线预览」 of the attached .docx made by a document conversion service: one inline <svg> per "
                 "A4 page, every line of text a <text x y>, every rule a <line>; no HTML table."),
    dict(id="h22-jiangxi-swt-flathead-2022", fmt="html", template="GF2021", year=2022, source="ankang-2022",
         agency="江西省商务厅", region="江西省", level="省级部门",
         printer=H10.h_flat_header, family="html-platform-t3-flattened-header-paths",
         special="年报 rendered by a 政务公开 platform from its database: table 三 has one header row whose names are the "
                 "column paths 「申请人情况-法人或其他组织-商业企业」, the row labels their full paths "
                 "(「三、本年度办理结果-（三）不予公开-1.属于国家秘密」)."),
    # ------------------------------------------------------------------ DOCX (Word, WPS, 永中, LibreOffice)
    dict(id="d21-hainan-gxt-libreoffice-2021", fmt="docx", template="GF2021", year=2021, source="pingtan-2021",
         agency="海南省工业和信息化厅", region="海南省", level="省级部门",
         printer=O10.d_libreoffice, family="docx-libreoffice-writer-cell-borders",
         special="DOCX saved by LibreOffice Writer: Application LibreOffice, tables without a table style, every cell "
                 "bordered by its own w:tcBorders. Ordinary variation."),
    dict(id="d23-yiwu-scjg-wpsruns-2023", fmt="docx", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="义乌市市场监督管理局", region="浙江省金华市义乌市", level="县级部门", defect={"r2.tot": -1},
         printer=O10.d_wps_split_runs, family="docx-wps-digit-runs-bookmarks-defect",
         special="DOCX saved by WPS 文字 after editing: every figure of tables 三 and 四 split into one run per digit, "
                 "some cells with a bookmark or w:proofErr around the runs; KSO custom properties. A real defect: "
                 "（二）部分公开 总计 one too few. **Findings:** H2 t3.r2, H3 t3 column tot."),
    dict(id="d19-laishan-gov-landscape-2020", fmt="docx", template="GF2019", year=2020, source="pingtan-2020",
         agency="烟台市莱山区人民政府", region="山东省烟台市莱山区", level="县级政府",
         printer=O10.d19_landscape, family="docx-gf2019-t3-landscape-section",
         special="GF2019 DOCX whose table 三 sits in its own landscape section (section breaks before and after it). "
                 "Ordinary variation."),
    dict(id="d22-zhuhai-zjj-t2unit-2022", fmt="docx", template="GF2021", year=2022, source="pingtan-2022",
         agency="珠海市住房和城乡建设局", region="广东省珠海市", level="市级部门",
         printer=O10.d_t2_unit_column, family="docx-t2-unit-column",
         special="Table 二 with a 「计量单位」 column after 信息内容 (件 … 万元), the 收费 header 「本年收费金额」 without its "
                 "unit."),
    dict(id="d24-tangqi-zhen-redhead-2024", fmt="docx", template="GF2021", year=2024, source="hongze-2023",
         agency="杭州市临平区塘栖镇人民政府", region="浙江省杭州市临平区塘栖镇", level="乡镇", name="sign",
         sign_as="（盖章）", short="本镇",
         printer=O10.d_agency_header, family="docx-agency-only-in-page-header",
         special="镇 DOCX on its red-head template: the agency is printed only in the page header (header1.xml, red "
                 "22 pt); the title names no agency, the text says 「本镇」, the signature is 「（盖章）」."),
    dict(id="d21-xingning-gov-vertical-2021", fmt="docx", template="GF2021", year=2021, source="hebei-edu-2021",
         agency="兴宁市人民政府", region="广东省梅州市兴宁市", level="县级政府",
         printer=O10.d_vertical_labels, family="docx-t3-vertical-group-labels",
         special="Table 三 whose 「三、本年度办理结果」 and group labels （三）…（六） are in vertical text "
                 "(w:textDirection tbRlV). Ordinary variation."),
    dict(id="d22-qingyang-mzj-repsect-2022", fmt="docx", template="GF2021", year=2022, source="ankang-2022",
         agency="庆阳市民政局", region="甘肃省庆阳市", level="市级部门",
         printer=O10.d_repeating_section, family="docx-rows-in-repeating-section-controls",
         special="DOCX from a Word form template: the value rows of tables 三 and 四 are items of a repeating-section "
                 "content control (w:tbl > w:sdt w15:repeatingSection > w:sdt w15:repeatingSectionItem > w:tr)."),
    dict(id="d23-xinjiang-tjj-formtext-2023", fmt="docx", template="GF2021", year=2023, source="shanghai-kewei-2024",
         agency="新疆维吾尔自治区统计局", region="新疆维吾尔自治区", level="省级部门",
         printer=O10.d_form_fields, family="docx-legacy-formtext-fields",
         special="DOCX filled in a protected form template: every value cell of tables 二, 三 and 四 a legacy FORMTEXT "
                 "field (w:ffData with default 「0」, number type) whose result is the figure typed."),
    dict(id="d19-xiuning-xiang-yozo-2019", fmt="docx", template="GF2019", year=2019, source="pingtan-2019",
         agency="休宁县五城镇人民政府", region="安徽省黄山市休宁县五城镇", level="乡镇", short="本镇",
         printer=O10.d19_yozo, family="docx-gf2019-yozo-office",
         special="GF2019 DOCX of a 镇 written by 永中 Office (Application Yozo_Office), fixed table layout. Ordinary "
                 "variation."),
    # ------------------------------------------------------------------ spreadsheets
    dict(id="x23-gaoxin-jd-zerodash-2023", fmt="xlsx", template="GF2021", year=2023, source="hongze-2023",
         agency="成都高新区肖家河街道办事处", region="四川省成都市", level="乡镇",
         printer=O10.x_zero_dash, family="xlsx-accounting-format-zero-dash",
         special="Workbook whose value cells carry Excel's 会计专用 format without symbol (_ * #,##0_ ;…;_ * \"-\"_ ): a "
                 "stored 0 shows 「-」 (gold: the stored numbers, 0 stays 0)."),
    dict(id="x22-tonglu-zhen-subtotal-2022", fmt="xlsx", template="GF2021", year=2022, source="pingtan-2022",
         agency="桐庐县分水镇人民政府", region="浙江省杭州市桐庐县分水镇", level="乡镇",
         printer=O10.x_subtotal_notes, family="xlsx-hand-template-subtotals-unit-notes",
         special="镇 workbook from the county's template filled by hand: 「单位：件」 rows above tables 三 and 四, a 「小计」 "
                 "row (typed text) after each group of table 三, a note with dates under table 三."),
    dict(id="x17-yuhang-kfq-legacy-2017", fmt="xlsx", template="LEGACY", year=2017,
         agency="杭州余杭经济技术开发区管理委员会", region="浙江省杭州市余杭区", level="县级政府",
         stats=dict(active=312, web=296, other=16, norm=4, apps=9, face=2, net=6, letter=1, rv=0, lit=0),
         printer=O10.x17_legacy, family="legacy-xlsx-stat-table-kaifaqu",
         special="2017 statistics table of a 开发区 on the old 条例 as a workbook: title, 填报单位（盖章）, 统计指标/单位/"
                 "统计数, 填报日期; no prose, no GF tables."),
    dict(id="x19-shangyu-swj-signoff-2019", fmt="xlsx", template="GF2019", year=2019, source="shanghai-office-2019",
         agency="绍兴市上虞区商务局", region="浙江省绍兴市上虞区", level="县级部门",
         printer=O10.x19_signoff, family="xlsx-gf2019-signoff-row-phone",
         special="GF2019 workbook on the county's template: the three tables, then the sign-off row 「单位负责人 … "
                 "审核人 … 填报人 … 联系电话：0571-86012345 填报日期：…」 under table 四."),
    dict(id="o22-fuyang-lyj-calc-2022", fmt="ods", template="GF2021", year=2022, source="pingtan-2021",
         agency="杭州市富阳区林业水利局", region="浙江省杭州市富阳区", level="县级部门",
         printer=O10.ods_report, family="ods-libreoffice-calc-report",
         special="A county bureau's tables kept in LibreOffice Calc (.ods): title and 填报单位 rows, the three tables "
                 "with spanned cells (covered cells as table:covered-table-cell), numbers as float cells; no prose."),
    # ------------------------------------------------------------------ PDF (printers, exporters)
    dict(id="p24-mianyang-jtj-msprint-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="绵阳市交通运输局", region="四川省绵阳市", level="市级部门",
         printer=P10.p_ms_print, family="pdf-microsoft-print-to-pdf",
         special="Printed from Word through 「Microsoft Print to PDF」 (Producer 「Microsoft: Print To PDF」, Title "
                 "「Microsoft Word - ….docx」). Ordinary variation."),
    dict(id="p23-liuan-xiang-foxit-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         agency="六安市裕安区独山镇人民政府", region="安徽省六安市裕安区独山镇", level="乡镇", short="本镇",
         defect={"r7.np": 1},
         printer=P10.p_foxit, family="pdf-foxit-printer-defect",
         special="镇 report printed by the Foxit PDF printer; a real defect: （七）总计 自然人 one too many. **Findings:** "
                 "H1 and H2 on r7 and H3 on column np. Ordinary variation."),
    dict(id="p20-qujiang-fgj-wps19-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="衢州市衢江区发展和改革局", region="浙江省衢州市衢江区", level="县级部门",
         printer=P10.p19_wps, family="pdf-gf2019-wps-export",
         special="GF2019 report exported by WPS 文字 (「输出为PDF」). Ordinary variation."),
    dict(id="p25-longquan-zhen-word-2025", fmt="pdf", template="GF2021", year=2025, source="hongze-2023",
         agency="龙泉市八都镇人民政府", region="浙江省丽水市龙泉市八都镇", level="乡镇", short="本镇",
         printer=P10.p_word_export, family="pdf-word365-export-zhen-2025",
         special="2025 镇 report saved as PDF by Word for Microsoft 365. Ordinary variation (latest year)."),
    dict(id="p22-changxing-sj-fitpage-2022", fmt="pdf", template="GF2021", year=2022, source="ankang-2022",
         agency="长兴县审计局", region="浙江省湖州市长兴县", level="县级部门",
         printer=P10.p_fit_page, family="pdf-et-fit-to-page-5pt",
         special="Tables printed from WPS 表格 with 「将整个工作表打印在一页」: table 三 in 5-pt type, tables 二 and 四 in "
                 "5.5-pt type."),
    dict(id="p21-jiashan-kfq-notes-2021", fmt="pdf", template="GF2021", year=2021, source="hebei-edu-2021",
         agency="嘉善经济技术开发区管理委员会", region="浙江省嘉兴市嘉善县", level="县级政府",
         printer=P10.p_notes, family="pdf-notes-with-figures-under-tables",
         special="开发区 PDF with a note under every table carrying figures that are not cells (dates, 「通过互联网渠道"
                 "提交N件」). Ordinary variation."),
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
    for key in ph:  # a placeholder cell (「/」) is null in gold, never 0
        sect, k = key.split(".", 1)
        s[sect][k] = None
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
