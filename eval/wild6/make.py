"""Rebuild eval/wild6 (reports + gold) byte for byte: `.venv/bin/python eval/wild6/make.py`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam_docx as D  # noqa: E402
import fam_html as H  # noqa: E402
import fam_pdf as P  # noqa: E402
import fam_text as T  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "mhtml": "mhtml", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt",
       "rtf": "rtf", "xlsx": "xlsx"}
THOUSANDS = lambda key, v, t: f"{v:,}" if isinstance(v, int) and v >= 1000 else t  # noqa: E731
LEGACY_STATS = dict(active=0)

REPORTS = [
    # ------------------------------------------------------------------ HTML
    dict(id="h21-xuhui-mzj-wordfilt-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="上海市徐汇区民政局", region="上海市徐汇区", level="县级部门",
         printer=H.h_word_filtered, family="html-word-filtered-conditional",
         special="Word 'Web Page, Filtered' (gb2312, Generator 'Microsoft Word 15 (filtered)'): every cell a "
                 "<p class=MsoNormal> with mso- styles, the label numbering （一）…/1.… of table 三 inside "
                 "downlevel-revealed conditional comments `<![if !supportLists]><span style='mso-list:Ignore'>（三）"
                 "<span style='font:7.0pt …'>&nbsp; </span></span><![endif]>`, multi-digit values split over two "
                 "<span lang=EN-US> runs (「1」「5」)."),
    dict(id="h21-yuhang-gov-iframe-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="杭州市余杭区人民政府", region="浙江省杭州市余杭区", level="县级政府",
         site="杭州市余杭区人民政府门户网站", pub="2024-01-22", views=1288, wzbsm="3301100001",
         icp="浙ICP备05000001号", visits="3,801,227",
         printer=H.h_iframe_srcdoc, family="html-iframe-srcdoc",
         special="CMS page (breadcrumbs, share bar, footer with 网站标识码 and a visitor counter); the title and a "
                 "发布日期/浏览次数 line in the page, the whole report inside `<iframe srcdoc=\"…\">` as escaped HTML "
                 "(&lt;table&gt;…); the source's single （六） put in 3.其他."),
    dict(id="h21-guilin-jtj-aside-2024", fmt="html", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="桂林市交通运输局", region="广西壮族自治区桂林市", level="市级部门",
         site="桂林市人民政府门户网站", wzbsm="4503000001", icp="桂ICP备10000123号", visits="12,447,901",
         printer=H.h_sidebar_article, family="html-article-numeric-sidebar",
         special="CMS page whose report is an <article> after an <aside> of number-laden widgets: a 热点排行 table "
                 "(rank, title, clicks), a 公开统计 table of counts (本月公开/本年公开/依申请公开受理…), a month "
                 "calendar table (1–31); breadcrumbs, share bar, visitor counter in the footer."),
    dict(id="h21-wuhou-scj-redbold-2021", fmt="html", template="GF2021", year=2021, source="ankang-2022",
         agency="成都市武侯区市场监督管理局", region="四川省成都市武侯区", level="县级部门",
         printer=H.h_red_bold_totals, family="html-red-bold-totals-defect", defect={"r1.tot": 1},
         special="Totals marked by the editor: the 总计 column as <strong><span style=\"color:#ff0000;\">, the "
                 "（七）总计 row as <font color=\"red\"><b>; a real defect reproduced: the 总计 of （一）予以公开 "
                 "printed one too many (its row does not add up, nor does the 总计 column of the result rows). "
                 "**Findings:** H2 t3.r1, H3 t3 column tot."),
    dict(id="h21-kaifu-wjw-mixph-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="长沙市开福区卫生健康局", region="湖南省长沙市开福区", level="县级部门", mixed_ph=True,
         printer=H.h_plain, family="html-mixed-placeholders",
         special="Zero cells of tables 三 and 四 printed with whatever placeholder the editor typed: 「—」, 「/」 "
                 "and 「无」 mixed with plain 0 in the same table (gold: the placeholder cells null with the raw text "
                 "in `placeholders`, the 0 cells 0)."),
    dict(id="h21-jssft-t4prose-2022", fmt="html", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="江苏省司法厅", region="江苏省", level="省级部门",
         printer=H.h_t4_sentences, family="html-t4-as-sentences",
         special="Tables 二 and 三 as HTML tables; table 四 not a table but two sentences: 「…被申请行政复议的案件中，"
                 "结果维持n件、结果纠正n件、其他结果n件、尚未审结n件，合计n件。」 and the same for 未经复议直接起诉 / "
                 "复议后起诉 (parts in the table's order)."),
    dict(id="h19-wenjiang-jyj-pdf2html-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="成都市温江区教育局", region="四川省成都市温江区", level="县级部门",
         printer=H.h_positioned, family="html-gf2019-absolute-positioned",
         special="GF2019 PDF converted to HTML for the site (pdf2htmlEX style): one relatively positioned <div> per "
                 "page, every text line an absolutely positioned <div> (left/bottom in px), table rules as 1-px "
                 "black <div>s; no <table>, no <p>; 采购总金额（万元）, signed 本年增/减."),
    dict(id="mh21-nanshan-gov-mhtml-2024", fmt="mhtml", template="GF2021", year=2024, source="pingtan-2021",
         agency="深圳市南山区人民政府", region="广东省深圳市南山区", level="县级政府",
         host="www.szns.gov.cn", docid="11203345", boundary="Kx3aW9PqTz0bN7cR1mYs5uLd8eFg2hJv",
         saved="Mon, 3 Feb 2025 10:21:07 +0800",
         printer=H.m_mhtml, family="mhtml-quoted-printable",
         special="The page saved by Chrome as a single file (.mhtml): MIME multipart/related, Subject as an "
                 "encoded-word, the HTML part quoted-printable (every Chinese character as =E4=B8=AD… escapes, "
                 "soft line breaks `=` at 76 columns, `=3D` in attributes), a CSS part after it."),
    dict(id="h21-zhengzhou-gov-thousands-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="郑州市人民政府", region="河南省郑州市", level="市级政府", t2scale=40,
         boost={"r1.np": 1124, "r2.np": 310, "r4_1.np": 467, "r1.biz": 96, "r5_2.np": 58, "carry_out.np": 35},
         xform=THOUSANDS, printer=H.h_plain, family="html-t3-thousands-separators",
         special="A large city government: table 三 values of a thousand or more printed with thousands separators "
                 "(「1,143」) in the 自然人 and 总计 columns (and 许可/处罚 decisions in table 二); gold numbers."),
    # ------------------------------------------------------------------ Markdown
    dict(id="m21-xiangzhou-nyj-mineru-2023", fmt="markdown", template="GF2021", year=2023, source="pingtan-2022",
         agency="珠海市香洲区农业农村局", region="广东省珠海市香洲区", level="县级部门", img="7f3c0a1e9b2d4c58",
         printer=T.m_mineru, family="md-mineru-split-table",
         special="MinerU-style Markdown of the PDF: each table on one line as `<html><body><table><tr><td rowspan=…>`; "
                 "table 三 cut at the page break into two tables — the second starts at （五）不予处理 with no header, "
                 "its first column an empty merged cell standing for 三、本年度办理结果; the seal as an image line."),
    dict(id="m21-hbslt-pipebr-2025", fmt="markdown", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="湖北省水利厅", region="湖北省", level="省级部门",
         printer=T.m_pipe_br, family="md-pipe-br-headers",
         special="Pipe tables from a DOCX converter that keeps line breaks as `<br>`: table 三's three header rows "
                 "folded into one row of `<br>`-joined names (「申请人情况<br>法人或其他组织<br>商业企业」), group and "
                 "item joined by `<br>` in one label cell, long labels broken by `<br>`; table 二 without its "
                 "第二十条 rows (one header); table 四 as one row of 15 `<br>`-joined names over one value row."),
    dict(id="m19-licheng-gov-hugo-2019", fmt="markdown", template="GF2019", year=2019, source="pingtan-2019",
         agency="济南市历城区人民政府", region="山东省济南市历城区", level="县级政府", day=18, weight=20,
         printer=T.m_front_matter, family="md-gf2019-front-matter-split-t2",
         special="GF2019 page of a static site (Hugo): YAML front matter (title, date, weight, tags), ### headings; "
                 "table 二 as five small pipe tables, each under a bold 第二十条第（n）项 line with its own 信息内容 "
                 "header; table 三 with one label column and group rows; table 四 with case kinds as rows; "
                 "采购总金额（万元）, signed 本年增/减."),
    # ------------------------------------------------------------------ text
    dict(id="t21-xinbei-rsj-tsvml-2022", fmt="txt", template="GF2021", year=2022, source="ankang-2022",
         agency="常州市新北区人力资源和社会保障局", region="江苏省常州市新北区", level="县级部门",
         printer=T.t_tsv_multiline, family="text-tsv-quoted-multiline",
         special="Excel copy (CF_TEXT) of sheets with wrapped cells: tab-separated, CRLF; every label longer than "
                 "its cell was broken with Alt+Enter, so it is quoted 「\"（二）部分公开（区分处理\\n的，只计这一情形…\"」 "
                 "with the line breaks inside the quotes; merged areas as empty fields; table 四 header names "
                 "broken every two characters."),
    dict(id="t21-longhua-zjj-emoji-2024", fmt="txt", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="海口市龙华区住房和城乡建设局", region="海南省海口市龙华区", level="县级部门",
         app="椰城市民云", host="app.haikou.gov.cn", docid="a8839",
         printer=T.t_emoji_share, family="text-app-share-emoji",
         special="Text shared from a city app to a chat: 📢【政务公开】 title, 【…】 headings, one line per table row "
                 "with emoji bullets (📌 🔹 📂 ▶️ ⚖️) and each value after its column name, separated by 「｜」 "
                 "(「▶️（一）予以公开：自然人 9｜商业企业 0｜…｜总计 10」); app footer with a link."),
    dict(id="t21-yancheng-tjj-wrap-2021", fmt="txt", template="GF2021", year=2021, source="pingtan-2021",
         agency="盐城市统计局", region="江苏省盐城市", level="市级部门",
         printer=T.t_hard_wrap, family="text-hard-wrapped-72",
         special="Plain text hard-wrapped at 72 columns (CJK counted double, as a mail client or 'save as text "
                 "with line breaks' does): space-aligned table rows longer than that continue on the next line, "
                 "so the values of one row of table 三 (and the long labels) are split over two lines."),
    dict(id="t17-xiangqiao-rsj-gbk-2017", fmt="txt", template="LEGACY", year=2017,
         agency="潮州市湘桥区人力资源和社会保障局", region="广东省潮州市湘桥区", level="县级部门",
         stats=dict(active=268, web=241, other=27, norm=4, apps=6, face=2, net=3, letter=1, rv=0, lit=0),
         printer=T.t_legacy_colon, family="legacy-txt-gbk-colon-stats",
         special="2017 report on the old 条例, GBK text without BOM, CRLF; the statistics as 「指标：数值单位」 lines "
                 "(「（一）收到申请数：6件」); no GF tables."),
    # ------------------------------------------------------------------ PDF
    dict(id="p21-anci-gov-wpschars-2022", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="廊坊市安次区人民政府", region="河北省廊坊市安次区", level="县级政府",
         printer=P.p_char_positioned, family="pdf-wps-per-glyph",
         special="WPS-printed PDF in which every glyph is its own text object (BT … Td (x) Tj ET per character, "
                 "positions jittered by a few hundredths of a point, a 0.15-pt letter spacing in the prose): no "
                 "text runs, no spaces between cells."),
    dict(id="p21-zhanjiang-sthj-caption-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="湛江市生态环境局", region="广东省湛江市", level="市级部门",
         printer=P.p_caption_repeated, family="pdf-caption-row-repeated",
         special="Ruled Word tables whose first row is the caption (「表三  收到和处理政府信息公开申请情况」 merged over "
                 "the width) marked as a repeating header row with the column headers, so caption and headers are "
                 "printed again at the top of the next page; table 三 in 9.5 pt runs over two pages."),
    dict(id="p21-jiangbei-jyj-vbottom-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="宁波市江北区教育局", region="浙江省宁波市江北区", level="县级部门",
         printer=P.p_vbottom_right, family="pdf-bottom-right-narrow-labels",
         special="Excel-printed tables with a narrow label column (92 pt: the long labels of table 三 over 3–7 "
                 "lines) and the values right-aligned on the last line of their row, far below the first line of "
                 "their label; column names wrapped the same way; table 四 with case kinds as rows."),
    dict(id="p21-gzjtt-sidebyside-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="贵州省交通运输厅", region="贵州省", level="省级部门",
         printer=P.p_side_by_side, family="pdf-t2-side-by-side",
         special="Table 二 printed as two ruled tables side by side, top-aligned on the same lines: 第二十条第（一）项 "
                 "(规章 / 行政规范性文件, three value columns) on the left, （五）（六）（八） in two columns on the "
                 "right, so one text line holds cells of both; tables 三 and 四 plain."),
    dict(id="p19-dongxihu-gov-rotate-2019", fmt="pdf", template="GF2019", year=2019, source="shanghai-office-2019",
         agency="武汉市东西湖区人民政府", region="湖北省武汉市东西湖区", level="县级政府",
         printer=P.p_rotate_attr, family="pdf-gf2019-rotate-attribute",
         special="GF2019: narrative pages portrait, 「（详见附表1/2/3）」 in place of the tables; the tables on "
                 "landscape pages stored as portrait pages with /Rotate 90 and their content turned in the stream "
                 "(upright once /Rotate is applied); 采购总金额（万元）, signed 本年增/减."),
    dict(id="p21-xiuying-wjw-fakebold-2023", fmt="pdf", template="GF2021", year=2023, source="ankang-2022",
         agency="海口市秀英区卫生健康委员会", region="海南省海口市秀英区", level="县级部门",
         printer=P.p_fake_bold, family="pdf-fake-bold-defect", defect={"r7.np": -1},
         special="WPS print of tables whose 总计 column and （七）总计 row are bold in a font with no bold face: "
                 "faked by drawing each such text twice, 0.3 pt apart (the text layer holds every glyph twice); a "
                 "real defect reproduced: （七）总计 自然人 printed one too few. **Findings:** H1 t3 column np, "
                 "H2 t3.r7, H3 t3 column np."),
    dict(id="p21-tianxin-gov-watermark-2025", fmt="pdf", template="GF2021", year=2025, source="pingtan-2022",
         agency="长沙市天心区人民政府", region="湖南省长沙市天心区", level="县级政府",
         watermark="长沙市天心区人民政府信息公开专用",
         printer=P.p_watermark, family="pdf-diagonal-watermark",
         special="Every page carries three diagonal light-grey watermarks (40-pt characters at 35°, "
                 "「长沙市天心区人民政府信息公开专用」) drawn over the content, their glyphs across the tables."),
    dict(id="p21-liuzhou-scjg-kangxi-2022", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2023",
         agency="柳州市市场监督管理局", region="广西壮族自治区柳州市", level="市级部门",
         printer=P.p_kangxi, family="pdf-kangxi-radicals",
         special="Word 'save as PDF' with a font whose cmap sends common characters to Kangxi radicals: the text "
                 "layer holds U+2F00 ⼀ for 一, U+2F06 ⼆ for 二, U+2F08 ⼈ for 人, U+2F8F ⾏ for 行, U+2F46 ⽆ for "
                 "无 … (26 characters) in headings, labels, agency name and prose (「⼆、主动公开政府信息情况」, "
                 "「⾃然⼈」); digits unaffected."),
    dict(id="p18-jinniu-wgxj-pairs-2018", fmt="pdf", template="LEGACY", year=2018,
         agency="成都市金牛区文化广电新闻出版局", region="四川省成都市金牛区", level="县级部门",
         stats=dict(active=421, web=376, other=45, norm=5, apps=11, face=3, net=6, letter=2, rv=1, lit=0),
         printer=P.p_legacy_pairs, family="legacy-pdf-stat-pairs-2018",
         special="2018 report on the old 条例 (PDF): prose, then a ruled statistics table of two 统计指标/统计数 "
                 "column pairs side by side; no GF tables."),
    # ------------------------------------------------------------------ DOCX, RTF, XLSX
    dict(id="d21-cixi-gov-autonum-2021", fmt="docx", template="GF2021", year=2021, source="hebei-edu-2021",
         agency="慈溪市人民政府", region="浙江省宁波市慈溪市", level="县级政府",
         printer=D.d_auto_numbered, family="docx-auto-numbered-labels",
         special="Table 三's label numbering is Word automatic list numbering: the cell paragraphs carry w:numPr of "
                 "a two-level list (「（%1）」 chineseCounting, 「%2.」 decimal), so the label text reads 「予以公开」, "
                 "「不予公开」, 「属于国家秘密」 … with no （一）/1. in the XML."),
    dict(id="d21-haishu-slj-vanish-2024", fmt="docx", template="GF2021", year=2024, source="pingtan-2022",
         agency="宁波市海曙区水利局", region="浙江省宁波市海曙区", level="县级部门",
         printer=D.d_vanish, family="docx-hidden-vanish-runs",
         special="About a fifth of the value cells of tables 三 and 四 hold a hidden run (w:vanish) with an older "
                 "figure before the visible current value (the XML text of such a cell reads 「1512」 for 12); a "
                 "hidden 「（数据待核，终稿前删除）」 paragraph under table 三."),
    dict(id="d19-yanta-cgj-spaced-2020", fmt="docx", template="GF2019", year=2020, source="hebei-edu-2021",
         agency="西安市雁塔区城市管理和综合执法局", region="陕西省西安市雁塔区", level="县级部门",
         printer=D.d_spaced_labels, family="docx-gf2019-spaced-labels",
         special="GF2019 DOCX whose short labels and column names are spread by typed full-width spaces "
                 "(「自　然　人」「规　　章」「行　政　许　可」「总　　计」「结　果　维　持」); 采购总金额（万元）, "
                 "signed 本年增/减."),
    dict(id="r19-gulou-fgj-rtf-2020", fmt="rtf", template="GF2019", year=2020, source="pingtan-2020",
         agency="福州市鼓楼区发展和改革局", region="福建省福州市鼓楼区", level="县级部门",
         printer=T.r_rtf, family="rtf-wps-gbk-escapes",
         special="GF2019 report saved by WPS as RTF (\\ansicpg936): every Chinese character as two \\'hh GBK escapes, "
                 "tables as \\trowd…\\cellx…\\intbl…\\cell…\\row rows (group headings of table 三 merged down with "
                 "\\clvmgf/\\clvmrg); a format the product does not list among its inputs, which users do meet."),
    dict(id="x21-jxjyt-sheets-2022", fmt="xlsx", template="GF2021", year=2022, source="pingtan-2022",
         agency="江西省教育厅", region="江西省", level="省级部门",
         printer=T.x_sheets, family="xlsx-table-per-sheet",
         special="The report's statistical attachment as an Excel workbook: sheets 表二/表三/表四, each with a "
                 "merged title row naming agency, year and table, merged header cells, values as numeric cells; "
                 "no narrative; a format the product does not list among its inputs, which users do meet "
                 "(「附件：年报统计表.xlsx」)."),
]


def mixed_placeholders(s: dict) -> None:
    """Zero cells of tables 三/四 printed 「—」, 「/」, 「无」 or 0 at random (placeholders → gold null)."""
    rng = random.Random(s["id"] + "ph")
    for sect in ("t3", "t4"):
        for k, v in list(s[sect].items()):
            if v == 0:
                raw = rng.choice(["—", "/", "无", "0", "—", "/"])
                if raw != "0":
                    s[sect][k] = None
                    s["placeholders"][f"{sect}.{k}"] = raw


def build(spec: dict) -> tuple[bytes, dict]:
    s = dict(spec)
    s.setdefault("site", s["agency"])
    s["title"] = f"{s['agency']}{s['year']}年政府信息公开工作年度报告"
    s["date"] = f"{s['year'] + 1}年1月20日"
    s["placeholders"] = {}
    tmpl = s["template"]
    if tmpl == "LEGACY":
        s["t2"], s["t3"], s["t4"] = {}, {}, {}
        if s["year"] == 2018:
            s["date"] = "2019年3月25日"
    else:
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"), s.get("boost"))
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"))
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
        if s.get("mixed_ph"):
            mixed_placeholders(s)
    data = s["printer"](s)
    ph = dict(s["placeholders"])
    if tmpl == "GF2019":
        ph["t2.procurement.amount_unit"] = "万元"
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
