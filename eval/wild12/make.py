"""Rebuild eval/wild12 (reports + gold) byte for byte: `.venv/bin/python eval/wild12/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam12.py.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam12 as F  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json"}



REPORTS = [
    # ------------------------------------------------------------------ ordinary reports: HTML
    dict(id="h21-quzhou-gov-trs-abbrev-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="衢州市人民政府", region="浙江省衢州市", level="市级政府", pub="2022-01-25", host="www.qz.gov.cn",
         index="002553148/2022-00015", cms="trs", abbr=True,
         printer=F.h_cms12, family="html-trs-word-paste-t3-legal-cols-abbreviated",
         special="An ordinary city-government page of a TRS WCM site: the Word paste kept (MsoNormal paragraphs, "
                 "仿宋_GB2312 spans in every cell, xxgk_info line with 索引号); table 三's 法人或其他组织 columns "
                 "abbreviated 「企业 科研 公益组织 法律服务 其他」."),
    dict(id="h24-chengxiang-jd-dahan-split-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022",
         agency="杭州市萧山区城厢街道办事处", region="浙江省杭州市萧山区", level="乡镇", small=True, pub="2025-01-16",
         host="www.xiaoshan.gov.cn", index="002504021/2025-00008", cms="dahan", split=True,
         printer=F.h_cms12, family="html-dahan-t3-continued-table-header-repeated",
         special="A 街道 page of a 大汉 (Hanweb) site (<div align><font size=2> in cells, ZJEG_RSS content marks, the "
                 "xxgk table of 索引号/发布机构 above): table 三 cut before 「（四）无法提供」 into two tables with 「续表」 "
                 "between them and its three header rows repeated; the 「三、本年度办理结果」 cell split over the two."),
    dict(id="h19-jianyang-gov-bosi-2019", fmt="html", template="GF2019", year=2019, source="pingtan-2019",
         agency="南平市建阳区人民政府", region="福建省南平市建阳区", level="县级政府", pub="2020-01-21",
         cms="bosi",
         printer=F.h_cms12, family="html-gf2019-bosi-editor-nested-font-spans",
         special="An ordinary GF2019 county page of a 博思-like editor: every cell <p style=line-height><span "
                 "font-size><span font-family>…, bt-article wrapper."),
    dict(id="h25-yuzhang-jd-platform-2025", fmt="html", template="GF2021", year=2025, source="hongze-2023",
         agency="南昌市东湖区豫章街道办事处", region="江西省南昌市东湖区", level="乡镇", small=True, pub="2026-01-19",
         cms="platform", unit_line=["t3", "t4"], say=True,
         printer=F.h_cms12, family="html-platform-values-right-nbsp-padded-prose-figures-2025",
         special="A 2025 街道 page of a 集约化 platform: value cells text-align:right with two &nbsp; before the "
                 "figure, labels left, h3 headings, 「单位：件」 right-aligned above tables 三 and 四, and under the "
                 "headings of sections 三 and 四 a sentence restating a few figures (收到、结转、办结、予以公开; 复议、诉讼 "
                 "— the sums of the tables, not cells of their own)."),
    dict(id="h23-hefei-jkq-bosi-slash-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="合肥经济技术开发区管理委员会", region="安徽省合肥市", level="县级政府", pub="2024-01-26", cms="bosi",
         mark_zero=[(r"t2\.reg\..*", "/")],
         printer=F.h_cms12, family="html-kaifaqu-t2-reg-slash",
         special="An ordinary 开发区管委会 page (博思-like spans): 「/」 typed in table 二's 规章 row — a 管委会 makes no "
                 "规章 (gold: null, placeholder 「/」)."),
    dict(id="h22-wujiang-gov-hdr2-defect-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="苏州市吴江区人民政府", region="江苏省苏州市吴江区", level="县级政府", pub="2023-01-18", cms="plain",
         hdr2=True, defect={"r1.tot": 1},
         printer=F.h_cms12, family="html-t3-two-header-rows-row-total-defect",
         special="An ordinary county page whose table 三 has two header rows (no 「申请人情况」 row; the identity note "
                 "spans them). A real defect: （一）予以公开 总计 printed one too many. **Findings:** H2 t3.r1, H3 "
                 "column tot."),
    # ------------------------------------------------------------------ ordinary reports: PDF
    dict(id="p22-hunan-slt-wps-hdr2-2022", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="湖南省水利厅", region="湖南省", level="省级部门", hdr2=True, unit_line=["t3", "t4"],
         creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report12, family="pdf-wps-t3-two-header-rows-unit-lines",
         special="An ordinary 省级部门 PDF from WPS: table 三 with two header rows (项目 | 自然人 | 法人或其他组织 | 总计, "
                 "then the five names), 「单位：件」 above tables 三 and 四."),
    dict(id="p23-zhuzhou-gov-repeat-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         agency="株洲市人民政府", region="湖南省株洲市", level="市级政府", brief=True,
         printer=F.p_report12, family="pdf-word-t3-across-pages-header-repeated",
         special="An ordinary city-government Word PDF: table 三 starts low on a page and continues on the next with "
                 "its three header rows repeated (「标题行重复」); page numbers 「- n -」."),
    dict(id="p21-jiangbei-scj-landscape-2021", fmt="pdf", template="GF2021", year=2021, source="hebei-edu-2021",
         agency="重庆市江北区市场监督管理局", region="重庆市江北区", level="县级部门", landscape=True, t3size=9,
         printer=F.p_report12, family="pdf-t3-t4-landscape-page",
         special="An ordinary 县级部门 PDF whose tables 三 and 四 are printed on a landscape page between portrait "
                 "pages (the section headings stay on the portrait page before)."),
    dict(id="p20-xiaohe-xiang-mixed-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="浏阳市小河乡人民政府", region="湖南省长沙市浏阳市", level="乡镇", small=True,
         mark_zero=[(r"t2\.reg\..*", "—"), (r"t3\.[^.]+\.(sci|npo|law)", "/"), (r"t4\.lr\..*", "")],
         printer=F.p_report12, family="pdf-gf2019-xiang-zero-slash-dash-blank-mixed",
         special="A GF2019 乡 PDF mixing four ways of nothing: 「—」 in table 二's 规章 row, 「/」 in table 三's "
                 "科研机构/社会公益组织/法律服务机构 columns where zero, blank cells for 复议后起诉 where zero, 「0」 "
                 "everywhere else (gold: null with each placeholder; 0 stays 0)."),
    dict(id="p20-xiangcheng-fgw-lo-right-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="苏州市相城区发展和改革委员会", region="江苏省苏州市相城区", level="县级部门", values="right",
         creator="Writer", producer="LibreOffice 7.6",
         printer=F.p_report12, family="pdf-libreoffice-values-right-aligned",
         special="An ordinary GF2019 LibreOffice Writer PDF (2020): every figure right-aligned in its cell (labels left)."),
    dict(id="p24-guangxi-gat-cid-defect-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="广西壮族自治区公安厅", region="广西壮族自治区", level="省级部门", cid=True, t4defect={"ld.tot": -1},
         unit_line=["t4"], creator="Acrobat PDFMaker 11 for Word", producer="Adobe PDF Library 11.0",
         printer=F.p_report12, family="pdf-cid-font-not-embedded-t4-total-defect",
         special="A 省级部门 PDF set in a non-embedded Adobe CID font (STSong-Light, UniGB-UCS2-H), 「单位：件」 above "
                 "table 四. A real defect: 未经复议直接起诉 总计 printed one too few. **Findings:** H5 t4.ld, H6 t4.ld.tot "
                 "(a count printed -1; the gold model computed no H6 before w12rest)."),
    # ------------------------------------------------------------------ ordinary reports: DOCX / XLSX
    dict(id="d23-haishu-zjj-t4first-2023", fmt="docx", template="GF2021", year=2023, source="hongze-2023",
         agency="宁波市海曙区住房和城乡建设局", region="浙江省宁波市海曙区", level="县级部门", t4first=True,
         unit_line=["t4"],
         printer=F.d_report12, family="docx-t4-total-first-unit-jian",
         special="An ordinary Word report whose table 四 prints 「总计」 FIRST in each block (总计 结果维持 结果纠正 其他结果 "
                 "尚未审结), 「单位：件」 above it."),
    dict(id="d20-yuhang-gov-nested-2020", fmt="docx", template="GF2019", year=2020, source="pingtan-2019",
         agency="杭州市余杭区人民政府", region="浙江省杭州市余杭区", level="县级政府", nested=True,
         printer=F.d_report12, family="docx-tables-nested-in-layout-cells",
         special="An ordinary GF2019 Word report (2020) whose three tables sit each inside a two-row layout table (a caption cell, "
                 "then a cell holding the real table, merged cells kept)."),
    dict(id="d25-sichuan-jyt-notes-2025", fmt="docx", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="四川省教育厅", region="四川省", level="省级部门", repeat_hdr=True,
         notes={"t3": ["注：1.“其他”指无法确认申请人身份的情形。", "2.“（七）总计”为本年度各办理结果之和。"],
                "t4": ["注：行政复议、行政诉讼情况由本机关法规处提供。"]},
         printer=F.d_report12, family="docx-notes-under-tables-header-rows-repeat-2025",
         special="A 2025 省级部门 Word report: notes 「注：1.… 2.…」 in small type under tables 三 and 四, the header "
                 "rows of each table marked 「标题行重复」 (w:tblHeader)."),
    dict(id="d23-changjie-zhen-abbrev-defect-2023", fmt="docx", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="宁海县长街镇人民政府", region="浙江省宁波市宁海县", level="乡镇", small=True, abbr=True,
         unit_line=["t3", "t4"], defect={"carry_out.np": 1},
         printer=F.d_report12, family="docx-zhen-abbrev-legal-cols-carryover-defect",
         special="A 镇 Word report (table 三's 法人 columns abbreviated, 「单位：件」 lines). A real defect: 结转下年度继续办理 "
                 "自然人 printed one too many (its 总计 not). **Findings:** H1 column np, H2 t3.carry_out."),
    dict(id="d19-huzhou-gov-gf2019-abbrev-2019", fmt="docx", template="GF2019", year=2019,
         source="shanghai-office-2019",
         agency="湖州市人民政府", region="浙江省湖州市", level="市级政府", abbr=True, unit_line=["t3", "t4"],
         printer=F.d_report12, family="docx-gf2019-city-abbrev-legal-cols-unit-lines",
         special="A GF2019 city-government Word report with large volumes: table 三's 法人 columns abbreviated, "
                 "「单位：件」 above tables 三 and 四."),
    dict(id="x23-weifang-sthjj-sheets-2023", fmt="xlsx", template="GF2021", year=2023, source="ankang-2022",
         agency="潍坊市生态环境局", region="山东省潍坊市", level="市级部门", abbr=True, hdr2=True,
         printer=F.x_attachment_sheets, family="xlsx-attachment-sheet-per-table-abbrev-two-row-header",
         special="The tables as the report's XLSX attachment: sheets 「表二」「表三」「表四」, the section heading in row "
                 "one, 「单位：件」 above tables 三/四, table 三's header in two rows with the 法人 block abbreviated, "
                 "figures as numbers, 填表人/审核人 at the bottom."),
    # ------------------------------------------------------------------ LEGACY
    dict(id="h16-liuzhou-gov-legacy-2016", fmt="html", template="LEGACY", year=2016,
         agency="柳州市人民政府", region="广西壮族自治区柳州市", level="市级政府",
         stats=dict(active=4126, web=3890, other=236, norm=41, apps=58, face=21, net=30, letter=7, rv=3, lit=1),
         printer=F.h_legacy_pairs, family="legacy-html-2016-stat-table-column-pairs",
         special="2016 report of a city government (old 条例, TRS page): prose, and the 统计表 printed as two "
                 "(指标, 单位, 统计数) triples side by side."),
    dict(id="d17-zhangjiacun-jd-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="西安市碑林区张家村街道办事处", region="陕西省西安市碑林区", level="乡镇",
         stats=dict(active=96, web=90, other=6, norm=0, apps=2, face=2, net=0, letter=0, rv=0, lit=0),
         printer=F.d_legacy_numbered, family="legacy-docx-2017-jiedao-numbered-stat-rows",
         special="2017 report of a 街道 (old 条例) in Word: prose, then the 统计表 with a 序号 column (一 （一） 1 2 3)."),
    # ------------------------------------------------------------------ carriers and conversions
    dict(id="m22-putuo-mzj-pandoc-2022", fmt="markdown", template="GF2021", year=2022, source="pingtan-2021",
         agency="舟山市普陀区民政局", region="浙江省舟山市普陀区", level="县级部门",
         printer=F.m_pandoc_gfm, family="md-pandoc-gfm-raw-html-tables",
         special="The DOCX report converted by pandoc to GitHub-flavoured Markdown: headings as bold lines, long "
                 "unwrapped paragraphs, the merged tables written as raw HTML (<colgroup>, tr class odd/even)."),
    dict(id="h23-lishui-gov-snapshot-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="南京市溧水区人民政府", region="江苏省南京市溧水区", level="县级政府", pub="2024-01-22",
         host="www.njls.gov.cn", snap="2024年03月05日 08:14:27",
         printer=F.h_baidu_snapshot, family="html-search-engine-snapshot",
         special="A search engine's cached copy (百度快照): <base href> and the notice bar (URL, 「百度和网页…的作者无关」, "
                 "capture time) above the CMS page."),
    dict(id="h22-dongtai-rsj-preview-2022", fmt="html", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="东台市人力资源和社会保障局", region="江苏省盐城市东台市", level="县级部门",
         printer=F.h_kkfileview, family="html-online-preview-libreoffice-export",
         special="The site's online preview of the Word attachment (kkFileView-like, LibreOffice HTML export): "
                 "<font face><font size> in every cell, cellpadding=7 tables, the file name as <title>, the preview "
                 "toolbar and watermark script."),
    dict(id="t24-jimo-gov-lynx-2024", fmt="txt", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="青岛市即墨区人民政府", region="山东省青岛市即墨区", level="县级政府", host="www.jimo.gov.cn",
         printer=F.t_lynx, family="text-lynx-dump-references",
         special="`lynx -dump` of the page: 「[n]」 link numbers in the menu and breadcrumbs, paragraphs wrapped at 36 "
                 "characters with three spaces of indent, each table row one line of the cells that start in it, the "
                 "「References」 list of URLs at the end."),
    dict(id="t23-changle-gov-docx2txt-2023", fmt="txt", template="GF2021", year=2023, source="pingtan-2022",
         agency="福州市长乐区人民政府", region="福建省福州市长乐区", level="县级政府",
         printer=F.t_docx2txt, family="text-docx2txt-cells-as-paragraphs",
         special="python docx2txt on the Word attachment: paragraphs separated by blank lines, every table cell its "
                 "own paragraph, a merged cell once and its covered slots as empty paragraphs (runs of blank lines)."),
    dict(id="x24-leliu-jd-fillexport-2024", fmt="xlsx", template="GF2021", year=2024, source="pingtan-2022",
         agency="佛山市顺德区勒流街道办事处", region="广东省佛山市顺德区", level="乡镇", small=True,
         printer=F.x_fill_export, family="xlsx-fill-system-indicator-export",
         special="The 年报 fill-in system's Excel export: 填报单位/报告年度/导出时间 block, then one row per indicator "
                 "(code 「T3-05」, the name with its group folded in 「（三）不予公开-1.属于国家秘密」, figures in fixed "
                 "columns); table 四 as three rows (复议, 直接起诉, 复议后起诉) by five columns."),
    dict(id="c22-tongzhou-wjw-fillcsv-2022", fmt="csv", template="GF2021", year=2022, source="ankang-2022",
         agency="北京市通州区卫生健康委员会", region="北京市通州区", level="县级部门",
         printer=F.c_fill_export, family="csv-fill-system-indicator-export-gb18030",
         special="The same fill-in system's CSV export re-saved by Excel: GB18030, CRLF, empty cells as commas; "
                 "indicator codes, folded names, fixed figure columns."),
    dict(id="d24-minhang-kw-gdocs-2024", fmt="docx", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="上海市闵行区科学技术委员会", region="上海市闵行区", level="县级部门", gdocs=True,
         printer=F.d_report12, family="docx-google-docs-export",
         special="A report drafted in an online editor and downloaded as DOCX (Google-Docs-like): Title and Heading 2 "
                 "styles, Arial 11 body, tables with no table style (no borders), merged cells kept."),
    dict(id="j22-guizhou-nyt-structured-2022", fmt="json", template="GF2021", year=2022, source="ankang-2022",
         agency="贵州省农业农村厅", region="贵州省", level="省级部门", pub="2023-01-20",
         printer=F.j_structured, family="json-platform-structured-report-api",
         special="The 年报 service of a 政务公开 platform: UTF-8 JSON with the sections in order — prose as strings, "
                 "table 二 as objects per 第二十条 item, table 三 as {columns, rows:[{item, values}]}, table 四 as "
                 "{行政复议: {结果维持: n, …}} — figures as JSON numbers."),
    dict(id="h24-longhua-wjj-ckeditor-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="深圳市龙华区卫生健康局", region="广东省深圳市龙华区", level="县级部门", pub="2025-01-23", hdr2=True,
         printer=F.h_ckeditor, family="html-ckeditor5-figure-thead-captions",
         special="A CMS on CKEditor 5: each table in <figure class=\"table\"> with <colgroup> and a <figcaption> below "
                 "(「表二 收到和处理政府信息公开申请情况（单位：件）」 — its own numbering), header rows in <thead> as <th>, "
                 "table 三 with two header rows."),
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
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"), s.get("boost"), s.get("small", False))
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"), s.get("small", False))
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
