"""Rebuild eval/wild11 (reports + gold) byte for byte: `.venv/bin/python eval/wild11/make.py [ID …]`.

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

import fam11_html as H  # noqa: E402
import fam11_office as O  # noqa: E402
import fam11_text as T  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "mht": "mht", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv",
       "xlsx": "xlsx", "rtf": "rtf", "json": "json"}

REPORTS = [
    # ------------------------------------------------------------------ text (scrapers, archives, converters, copies)
    dict(id="t21-yinzhou-scj-bs4pipe-2021", fmt="txt", template="GF2021", year=2021, source="pingtan-2021",
         agency="宁波市鄞州区市场监督管理局", region="浙江省宁波市鄞州区", level="县级部门", host="www.nbyz.gov.cn",
         printer=T.t_bs4_pipe, family="text-bs4-gettext-pipe-one-line",
         special="A scraper's `soup.get_text(\"|\", strip=True)` saved as is: the whole page — menu, breadcrumbs, "
                 "paragraphs, every table cell — on ONE line joined by 「|」 (empty strings dropped)."),
    dict(id="t23-yulin-jd-wet-2023", fmt="txt", template="GF2021", year=2023, source="hongze-2023",
         agency="成都市武侯区人民政府玉林街道办事处", region="四川省成都市武侯区", level="乡镇", host="www.cdwh.gov.cn",
         defect={"r7.tot": 1},
         printer=T.t_wet, family="text-commoncrawl-wet-records",
         special="A crawl archive's WET file: a warcinfo record, then three conversion records (WARC headers, "
                 "Content-Length) — the site's 年报 list page (five years' titles and dates), the report (block elements "
                 "as lines, each table cell a line), a 工作要点 notice. A real defect: （七）总计 总计 printed one too many. "
                 "**Findings:** H1 and H3 on column tot, H2 t3.r7."),
    dict(id="t24-shandong-zrt-trafilatura-2024", fmt="txt", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="山东省自然资源厅", region="山东省", level="省级部门",
         printer=T.t_trafilatura, family="text-main-content-pipe-rows-spans-dropped",
         special="Main-content extractor text (trafilatura-like): paragraphs as lines, every table row 「| a | b |」 "
                 "holding only the cells that start in it — colspan/rowspan gone, rows of different lengths, no "
                 "separator line, header rows as short as their spans left them."),
    dict(id="t20-guicheng-jd-huibian-2020", fmt="txt", template="GF2019", year=2020, source="pingtan-2020",
         agency="佛山市南海区桂城街道办事处", region="广东省佛山市南海区", level="乡镇",
         huibian="佛山市南海区", page=37, item="二十三", next_item="二十四", next_agency="佛山市南海区大沥镇人民政府",
         printer=T.t19_huibian_layout, family="text-pdftotext-huibian-excerpt-gf2019",
         special="`pdftotext -layout` of pages of a district's 年报汇编 (GF2019): running head 「佛山市南海区2020年政府信息"
                 "公开工作年度报告汇编」 and 「— 38 —」 page numbers between form feeds — one page break inside table 三, "
                 "whose header row repeats —, the item number 「（二十三）」 before the title, and after the signature the "
                 "next body's title and first paragraph."),
    dict(id="t22-yuelu-jyj-newspaper-2022", fmt="txt", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="长沙市岳麓区教育局", region="湖南省长沙市岳麓区", level="县级部门", pub="2023-01-17",
         host="www.yuelu.gov.cn",
         printer=T.t_newspaper, family="text-article-extractor-dump",
         special="An article extractor's dump (newspaper3k-like): 「Title:」 「Authors: []」 「Publish date: 2023-01-17」 "
                 "「Top image:」 「Keywords:」 lines, then blocks separated by blank lines, each table row one line with its "
                 "cells joined by one space."),
    dict(id="t23-keqiao-gov-chromecopy-2023", fmt="txt", template="GF2021", year=2023, source="pingtan-2022",
         agency="绍兴市柯桥区人民政府", region="浙江省绍兴市柯桥区", level="县级政府", pub="2024-01-19",
         short_site="柯桥", views=2086,
         printer=T.t_chrome_copy, family="text-browser-select-all-copy",
         special="Ctrl+A / Ctrl+C of the article page pasted into Notepad (CRLF): 无障碍/长者模式 bar, menu, breadcrumbs, "
                 "发布时间/浏览次数, 「【字体：大 中 小】」, the report with table rows tab-separated (cells that start in the "
                 "row only), 「扫一扫在手机打开当前页」, related links, ICP line."),
    dict(id="t19-yanping-gov-wordtxt-2019", fmt="txt", template="GF2019", year=2019, source="pingtan-2019",
         agency="南平市延平区人民政府", region="福建省南平市延平区", level="县级政府",
         printer=T.t19_word_txt, family="text-gf2019-word-save-as-plain-text",
         special="A GF2019 Word report saved by Word as 「纯文本」 in the system code page (GB18030, CRLF): paragraphs as "
                 "lines, each table row a line of tab-separated cells (a merged cell once)."),
    # ------------------------------------------------------------------ Markdown
    dict(id="m23-xinxing-jd-wechatmd-2023", fmt="markdown", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="嘉兴市南湖区新兴街道办事处", region="浙江省嘉兴市南湖区", level="乡镇", small=True,
         pub="2024-01-26", mp="南湖发布", prov="浙江",
         printer=T.m_wechat, family="md-wechat-article-exporter",
         special="A 县 融媒体 公众号 article carrying a 街道's report, exported to Markdown by an article exporter: "
                 "「原创 南湖发布 … 2024-01-26 18:30 浙江」 line, mmbiz images, headings as bold 「▍」 lines, pipe tables, the "
                 "account's footer (来源/编辑/审核, 长按识别二维码, 预览时标签不可点, 阅读原文); a small body: mostly 0."),
    dict(id="m24-futian-wjj-clipper-2024", fmt="markdown", template="GF2021", year=2024, source="ankang-2022",
         agency="深圳市福田区卫生健康局", region="广东省深圳市福田区", level="县级部门", pub="2025-01-21",
         host="www.szft.gov.cn",
         printer=T.m_clipper, family="md-web-clipper-yaml-front-matter",
         special="A web clipper's Markdown note: YAML front matter (title, source URL, author as a wiki link, "
                 "published 2025-01-21, created 2027-05-12, tags), then 「##」 headings and pipe tables."),
    dict(id="m17-huangqiao-zhen-wechat-legacy-2017", fmt="markdown", template="LEGACY", year=2017,
         agency="泰兴市黄桥镇人民政府", region="江苏省泰州市泰兴市黄桥镇", level="乡镇", pub="2018-03-29", mp="泰兴黄桥",
         prov="江苏", stats=dict(active=132, web=118, other=14, norm=3, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         printer=T.m_legacy_wechat, family="legacy-md-wechat-article",
         special="2017 report of a 镇 (old 条例) as a 公众号 article exported to Markdown: prose, the 统计表 as a pipe "
                 "table, the account's footer; no GF tables."),
    # ------------------------------------------------------------------ JSON (platform APIs)
    dict(id="j23-jiangxi-czt-cmsapi-2023", fmt="json", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="江西省财政厅", region="江西省", level="省级部门", pub="2024-01-30", aid=1178342,
         index="014500938/2024-00031",
         printer=T.j_cms_api, family="json-site-platform-article-api",
         special="The article API of a 政府网站集约化平台 as a scraper receives it: one JSON object (ASCII, \\uXXXX "
                 "escapes, 「\\/」), the article's HTML — paragraphs and the three tables — in data.content; publishTime, "
                 "indexNum 「014500938/2024-00031」, hits beside it."),
    dict(id="j24-huashan-jd-searchapi-2024", fmt="json", template="GF2021", year=2024, source="pingtan-2021",
         agency="昆明市五华区华山街道办事处", region="云南省昆明市五华区", level="乡镇", small=True, pub="2025-01-17",
         aid=2203917, host="www.kmwh.gov.cn",
         printer=T.j_search_hits, family="json-search-api-hits-flat-content",
         special="The platform's search API (Elasticsearch-like): two hits — the report, its text stored stripped of "
                 "tags, every text node joined by one space on one line; then the previous year's report (title and a "
                 "highlighted summary only)."),
    dict(id="j18-huangdao-fgj-api-legacy-2018", fmt="json", template="LEGACY", year=2018,
         agency="青岛市黄岛区发展和改革局", region="山东省青岛市黄岛区", level="县级部门", aid=304117,
         stats=dict(active=87, web=80, other=7, norm=4, apps=5, face=2, net=3, letter=0, rv=1, lit=0),
         printer=T.j_legacy, family="legacy-json-article-api",
         special="2018 report (old 条例) from the platform's article API: JSON, prose and the 统计表 as HTML in "
                 "data.content (publishTime 2019-03-28)."),
    # ------------------------------------------------------------------ CSV / XLSX
    dict(id="c22-jianghan-gov-pandas-2022", fmt="csv", template="GF2021", year=2022, source="ankang-2022",
         agency="武汉市江汉区人民政府", region="湖北省武汉市江汉区", level="县级政府", host="www.jianghan.gov.cn",
         printer=T.c_pandas, family="csv-pandas-read-html-dump",
         special="A researcher's scraper output: pandas.read_html on the page, each table to_csv(index=False) under a "
                 "「# 」 comment (source, title, the heading before it); td-only tables, so the header row is "
                 "「0,1,2,…」 and every rowspan/colspan value is repeated into each slot it covers (行政许可's figure three "
                 "times)."),
    dict(id="x22-taihuyuan-zhen-webpaste-2022", fmt="xlsx", template="GF2021", year=2022, source="pingtan-2022",
         agency="杭州市临安区太湖源镇人民政府", region="浙江省杭州市临安区", level="乡镇", small=True,
         printer=O.x_web_paste, family="xlsx-browser-paste-text-numbers-nbsp",
         special="The page copied in a browser and pasted into a sheet: each paragraph a row in column A, tables as "
                 "merged cell grids, every figure a text cell with the page's trailing no-break space (「0\\u00a0」 — "
                 "not a number)."),
    # ------------------------------------------------------------------ HTML (saved pages)
    dict(id="h21-hutang-zhen-singlefile-2021", fmt="html", template="GF2021", year=2021, source="hongze-2023",
         agency="常州市武进区湖塘镇人民政府", region="江苏省常州市武进区", level="乡镇", small=True, pub="2022-01-24",
         host="www.wj.gov.cn",
         printer=H.h_singlefile, family="html-singlefile-saved-page",
         special="A CMS page saved by a browser extension as one file: 「saved from url」 mark, SingleFile header "
                 "comment with the save date (2022), inline CSS, a data: URI logo; the article unchanged."),
    dict(id="h22-guangdong-rst-reader-2022", fmt="html", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="广东省人力资源和社会保障厅", region="广东省", level="省级部门", host="hrss.gd.gov.cn",
         printer=H.h_readability, family="html-reader-view-saved",
         special="A page saved from the browser's reader view: reader header (domain, title as h1, 「阅读时间约 9–11 "
                 "分钟」), the article in #readability-page-1 with its tables (spans kept), no site furniture."),
    dict(id="h23-wufeng-jd-wechatmp-2023", fmt="html", template="GF2021", year=2023, source="pingtan-2022",
         agency="福州市鼓楼区五凤街道办事处", region="福建省福州市鼓楼区", level="乡镇", small=True, pub="2024-01-22",
         mp="鼓楼发布", prov="福建",
         printer=H.h_wechat_mp, family="html-wechat-mp-saved-js-content",
         special="A 公众号 article saved from the browser: #js_content left 「visibility: hidden; opacity: 0」 (the page's "
                 "script shows it), every text in <span leaf=\"\">, paragraphs and headings as <section>, cells "
                 "<td data-colwidth><section><span leaf>0</span></section>; 「2024年1月22日 18:30」 and the account above."),
    dict(id="h19-zhejiang-lyj-prettify-2019", fmt="html", template="GF2019", year=2019, source="shanghai-office-2019",
         agency="浙江省林业局", region="浙江省", level="省级部门", pub="2020-01-21",
         printer=H.h19_prettified, family="html-gf2019-bs4-prettified",
         special="A GF2019 page as a scraper stored it, `BeautifulSoup(...).prettify()`: every tag and every text on its "
                 "own line with one space of indent per level — each figure alone on an indented line inside its <td>."),
    dict(id="h22-teda-gwh-wayback-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2021",
         agency="天津经济技术开发区管理委员会", region="天津市滨海新区", level="县级政府", pub="2023-01-18",
         host="www.teda.gov.cn", t4defect={"rv.tot": -1},
         printer=H.h_wayback, family="html-web-archive-replay",
         special="The page from a web archive's replay: the archive toolbar (capture count, 「15 Mar 2023 - 02 Nov "
                 "2025」, a three-year calendar 2022 2023 2024) after <body>, links rewritten to /web/<timestamp>/…, the "
                 "archive's 「FILE ARCHIVED ON …」 comment. A real defect: 行政复议 总计 printed one too few (stale). "
                 "**Findings:** H5 t4.rv."),
    dict(id="h25-yubei-sfj-printview-2025", fmt="html", template="GF2021", year=2025, source="hongze-2023",
         agency="重庆市渝北区司法局", region="重庆市渝北区", level="县级部门",
         printer=H.h_print_view, family="html-cms-print-view",
         special="The CMS's 「打印本页」 view saved as HTML (body onload=window.print(), a bare 640-px print area); 「—」 "
                 "typed in table 二's 规章 row (gold: null, placeholder 「—」)."),
    dict(id="h24-siming-mzj-clipper-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="厦门市思明区民政局", region="福建省厦门市思明区", level="县级部门", host="www.siming.gov.cn",
         printer=H.h_clipper, family="html-web-clipper-inline-styles",
         special="A web clipper's HTML note: a wrapper carrying the source URL and title in CSS custom properties, "
                 "every element with the computed inline style copied (rgb() colours, pt paddings), 「剪藏自：URL」."),
    dict(id="h21-jinan-gov-hocr-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="六安市金安区人民政府", region="安徽省六安市金安区", level="县级政府",
         printer=H.h_hocr, family="html-hocr-ocr-output",
         special="An OCR engine's hOCR (XHTML) of the scanned report: ocr_page per page, ocr_par/ocr_line/ocrx_word "
                 "spans with bbox and x_wconf in title attributes; a table row is one ocr_line whose words are the label "
                 "and the figures."),
    # ------------------------------------------------------------------ PDF
    dict(id="p22-chuansha-zhen-huibian-2022", fmt="pdf", template="GF2021", year=2022, source="ankang-2022",
         agency="上海市浦东新区川沙新镇人民政府", region="上海市浦东新区", level="乡镇",
         huibian="上海市浦东新区", page=37, item="十二", next_item="十三", next_agency="上海市浦东新区高桥镇人民政府",
         printer=O.p_huibian, family="pdf-huibian-excerpt-next-report",
         special="Pages cut from a district's 年报汇编 PDF (Acrobat): running head 「上海市浦东新区2022年政府信息公开工作年度"
                 "报告汇编」 and 「— 37 —」 on every page, 「（十二）」 above the title, and after the signature the next "
                 "body's report starting: 「（十三）」, its title, first paragraph, 「一、总体情况」."),
    dict(id="p25-wenlin-zhen-blankrows-2025", fmt="pdf", template="GF2021", year=2025, source="hongze-2023",
         agency="仁寿县文林镇人民政府", region="四川省眉山市仁寿县", level="乡镇", small=True,
         blank_rows=["r3_1", "r3_2", "r3_5", "r3_6", "r3_7", "r3_8", "r5_3", "r5_4", "r6_2"],
         printer=O.p_plain, family="pdf-zhen-blank-rows",
         special="An ordinary ruled WPS PDF of a 镇 (2025): almost every figure 0, and nine rows of table 三 that did not "
                 "apply left entirely blank (gold: null with placeholder 「」, not 0)."),
    dict(id="p19-changchun-xq-ordinary-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         agency="长春新区管理委员会", region="吉林省长春市", level="县级政府",
         dash_t2=["reg.new_made", "reg.new_public", "reg.total_public"],
         printer=O.p_plain, family="pdf-gf2019-kaifaqu-dash-rules",
         special="An ordinary GF2019 ruled PDF of a 新区管委会 (2019): 「—」 in table 二's 规章 row (gold: null, "
                 "placeholder 「—」)."),
    dict(id="p24-jiangsu-gat-thousands-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="江苏省公安厅", region="江苏省", level="省级部门", sep=",", t2scale=20,
         boost={"r1.np": 1486, "r2.np": 311, "r4_1.np": 402, "r5_1.np": 230, "r1.biz": 87, "carry_out.np": 64},
         printer=O.p_plain, family="pdf-provincial-thousands",
         special="An ordinary ruled PDF of a 省级部门 with large volumes: four-digit figures printed with 「,」 thousands "
                 "separators in all three tables."),
    # ------------------------------------------------------------------ DOCX
    dict(id="d23-luoyang-sthjj-pdfreflow-2023", fmt="docx", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="洛阳市生态环境局", region="河南省洛阳市", level="市级部门", defect={"new.np": 1},
         printer=O.d_pdf_reflow, family="docx-pdf-reflow-unmerged-spacers",
         special="A PDF opened in Word (PDF reflow) and saved as DOCX: tables unmerged — a merged cell's text in its "
                 "first slot, the others empty — with an empty column after every value column (gaps between the PDF's "
                 "boxes). A real defect: 本年新收 自然人 one too many. **Findings:** H1 column np, H2 t3.new."),
    dict(id="d21-tongxiang-gov-pandoc-2021", fmt="docx", template="GF2021", year=2021, source="pingtan-2021",
         agency="桐乡市人民政府", region="浙江省嘉兴市桐乡市", level="县级政府",
         printer=O.d_pandoc, family="docx-converter-spans-dropped",
         special="The page converted to DOCX by a document converter that drops rowspan/colspan: each row keeps only "
                 "the cells that start in it, left-aligned, padded with empty cells at the end; no borders."),
    dict(id="d20-tianhuangping-zhen-gf2019-2020", fmt="docx", template="GF2019", year=2020, source="pingtan-2020",
         agency="安吉县天荒坪镇人民政府", region="浙江省湖州市安吉县", level="乡镇", small=True,
         printer=O.d19_plain, family="docx-gf2019-zhen-ordinary",
         special="An ordinary GF2019 Word report of a 镇 (2020): merged cells, Table Grid, almost every figure 0."),
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
