"""Rebuild eval/wild14 (reports + gold) byte for byte: `.venv/bin/python eval/wild14/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam14.py (on fam13's and fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam14 as F  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json", "fodt": "fodt",
       "fods": "fods"}



HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
ZJ = {"总计": "总 计", "（七）总计": "（七）总 计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
IDEO = {"总计": "合\u3000计", "（七）总计": "（七）合\u3000计"}

REPORTS = [
    # ------------------------------------------------------------------ ordinary reports: HTML
    dict(id="h25-beiyuan-jd-heji-defect-2025", fmt="html", template="GF2021", year=2025, source="pingtan-2022",
         small=True, agency="银川市金凤区北苑街道办事处", region="宁夏回族自治区银川市金凤区", level="乡镇",
         pub="2026-01-16", index="640106-byjd/2026-00002", cms="trs", relabel=HJ, t4defect={"ld.tot": -1},
         printer=F.h_cms14, family="html-jiedao-heji-spaced-labels-t4-total-defect",
         special="A 街道 page (TRS Word paste) whose tables spell 「总计」 as 「合  计」 (two spaces; table 三's row "
                 "「（七）合  计」, the column and table 四's headers). A real defect: 未经复议直接起诉 总计 printed one "
                 "too few. **Findings:** H5 t4.ld."),
    dict(id="h24-longsheng-gov-zeromix-2024", fmt="html", template="GF2021", year=2024, source="hongze-2023",
         agency="龙胜各族自治县人民政府", region="广西壮族自治区桂林市龙胜各族自治县", level="县级政府",
         pub="2025-01-21", cms="bosi", mark_zero=[(r"t2\.reg\..*", "—"), (r"t4\..*", "无")],
         cellfmt=[(r"t2\.fee", "2f"), (r"t3\.", "{t}件")],
         printer=F.h_cms14, family="html-zero-spellings-mixed-dash-wu-jian-2f",
         special="An autonomous county's page (博思 spans) mixing the ways a zero is printed: 「—」 in table 二's 规章 row "
                 "and 「无」 in every zero cell of table 四 (gold: null, placeholders), 「0件」/「5件」 in table 三, "
                 "the fee with two decimals 「1234.50」."),
    dict(id="h25-xian-zrzy-fivedigit-2025", fmt="html", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="西安市自然资源和规划局", region="陕西省西安市", level="市级部门", pub="2026-01-27", cms="platform",
         boost={"r1.np": 21874, "r1.biz": 1466, "r2.np": 3105, "r5_1.np": 112}, t2scale=30,
         printer=F.h_cms14, family="html-five-digit-t3-beside-zero-rows-platform",
         special="A city bureau handling land-registry look-ups as applications (集约化 platform, 2025): 予以公开 "
                 "自然人 in five digits 「2xxxx」 and thousands elsewhere beside rows of zeros, no separators."),
    dict(id="h24-gongjijin-zongji-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2021",
         agency="南宁住房公积金管理中心", region="广西壮族自治区南宁市", level="市级部门", pub="2025-01-24",
         index="nngjj/2025-00005", cms="dahan", relabel=ZJ,
         printer=F.h_cms14, family="html-shiye-danwei-zong-ji-spaced",
         special="A 事业单位 (住房公积金管理中心) publishing its report on a 大汉-like site; 「总计」 spelled 「总 计」 with one "
                 "space in every table."),
    dict(id="h23-jishishan-gov-hyphens-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="积石山保安族东乡族撒拉族自治县人民政府", region="甘肃省临夏回族自治州积石山县", level="县级政府",
         pub="2024-01-25", cms="trs", mark_zero=[(r"t3\.[a-z0-9_]+\.(sci|npo|law)", "--")],
         printer=F.h_cms14, family="html-t3-legal-columns-double-hyphen-zeros",
         special="An autonomous county's TRS page whose table 三 prints 「--」 for every zero of the 科研机构, 社会公益组织 "
                 "and 法律服务机构 columns (gold: null, placeholder 「--」); other zeros 0."),
    dict(id="h22-banlao-xiang-xiaoji-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2021",
         small=True, agency="沧源佤族自治县班老乡人民政府", region="云南省临沧市沧源佤族自治县", level="乡镇",
         pub="2023-01-18", cms="platform", relabel={"总计": "合计", "（七）总计": "（七）小计/合计"},
         printer=F.h_cms14, family="html-xiang-heji-xiaoji-labels-all-zero",
         special="A 乡's platform page with almost every figure 0; table 三's column 「合计」 and row 「（七）小计/合计」, "
                 "table 四's 「合计」."),
    dict(id="h20-yanbian-rsj-gf2019-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="延边朝鲜族自治州人力资源和社会保障局", region="吉林省延边朝鲜族自治州", level="市级部门",
         pub="2021-01-26", cms="bosi", mark_zero=[(r"t2\..*\.delta", "—")], cellfmt=[(r"t2\.procurement\.amount", "2f")],
         printer=F.h_cms14, family="html-gf2019-delta-dash-amount-2f",
         special="A GF2019 州 bureau's page: table 二's zero 增/减 cells printed 「—」 (gold: null, placeholder), the "
                 "procurement amount with two decimals."),
    # ------------------------------------------------------------------ ordinary reports: PDF
    dict(id="p24-huangyuan-xian-nohdr-defect-2024", fmt="pdf", template="GF2021", year=2024, source="ankang-2022",
         agency="湟源县人民政府", region="青海省西宁市湟源县", level="县级政府", t3_cut=True, brief=True,
         defect={"r7.tot": 1}, creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report14, family="pdf-t3-across-pages-header-not-repeated-total-defect",
         special="A county WPS PDF whose table 三 starts at the foot of a page and runs on to the next without its header "
                 "rows, a long-labelled row cut in two by the page break (its figures and the label's first line on "
                 "page 1, the rest of the label on page 2). A real defect: （七）总计 总计 printed one too many. **Findings:** H1 column tot, H2 t3.r7, "
                 "H3 column tot."),
    dict(id="p25-shanyang-zhen-narrow-2025", fmt="pdf", template="GF2021", year=2025, source="pingtan-2022",
         small=True, agency="永平县杉阳镇人民政府", region="云南省大理白族自治州永平县", level="乡镇", label_w=64,
         creator="Writer", producer="LibreOffice 7.6",
         printer=F.p_report14, family="pdf-t3-narrow-label-column-labels-3-lines",
         special="A 镇's LibreOffice PDF whose table 三 has a narrow label column: the labels wrap over two to four "
                 "lines (「（三）不予公开」 … 「1.属于国家秘密」 broken mid-word)."),
    dict(id="p23-aba-wjw-xubiao-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="阿坝藏族羌族自治州卫生健康委员会", region="四川省阿坝藏族羌族自治州", level="市级部门", t3_cont="hdr",
         printer=F.p_report14, family="pdf-t3-results-continued-second-table-xubiao",
         special="A 州 commission's Word PDF: table 三 stops before 「（四）无法提供」 and continues in a second table "
                 "under 「续表」 with the header rows printed again."),
    dict(id="p22-tongren-gov-bare-2022", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="同仁市人民政府", region="青海省黄南藏族自治州同仁市", level="县级政府", t3_cont="bare",
         creator="Foxit PhantomPDF", producer="Foxit PhantomPDF Printer Version 10.1.0.3000",
         printer=F.p_report14, family="pdf-t3-continued-second-table-without-header",
         special="A county PDF (Foxit printer): table 三's rows from 「（四）无法提供」 on are a second table under 「续表」 "
                 "with no header rows."),
    dict(id="p24-huancui-jd-unruled-2024", fmt="pdf", template="GF2021", year=2024, source="pingtan-2021",
         small=True, agency="威海市环翠区竹岛街道办事处", region="山东省威海市环翠区", level="乡镇", relabel=ZJ,
         rules="none", unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report14, family="pdf-unruled-jiedao-zong-ji-spaced",
         special="A 街道's WPS PDF with tables without rules and 「总 计」 (one space) for 总计; 「单位：件」 lines."),
    dict(id="p25-chongqing-gaj-fivedigit-2025", fmt="pdf", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="重庆市公安局", region="重庆市", level="省级部门", values="right",
         boost={"r1.np": 14217, "r1.biz": 2306, "r2.np": 1408, "r4_1.np": 377}, t2scale=40,
         creator="Acrobat PDFMaker 23 for Word", producer="Adobe PDF Library 23.1.175",
         printer=F.p_report14, family="pdf-acrobat-five-digit-volumes-values-right",
         special="A 直辖市 公安局's Acrobat PDF: five-digit volumes 「14xxx」 in table 三 and thousands in table 二 "
                 "without separators, figures right-aligned, rows of zeros."),
    dict(id="p21-jingning-xian-zeromix-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="景宁畲族自治县人民政府", region="浙江省丽水市景宁畲族自治县", level="县级政府",
         mark_zero=[(r"t2\.reg\..*", "--"), (r"t4\..*", "—")], cellfmt=[(r"t2\.fee", "2f"), (r"t3\.", "{t}件")],
         printer=F.p_report14, family="pdf-zero-spellings-mixed-hyphens-dash-jian",
         special="An autonomous county's Word PDF mixing zero spellings: 「--」 in table 二's 规章 row, 「—」 for "
                 "every zero of table 四 (gold: null, placeholders), 「3件」/「0件」 in table 三, the fee with two decimals."),
    dict(id="p20-mabian-xian-gf2019-narrow-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="马边彝族自治县人民政府", region="四川省乐山市马边彝族自治县", level="县级政府", label_w=80, t3_push=120,
         printer=F.p_report14, family="pdf-gf2019-narrow-labels-t3-split-no-header",
         special="A GF2019 自治县 Word PDF: table 三 with a narrow, wrapping label column starting at a page's foot and "
                 "continuing on the next page without the header."),
    dict(id="p19-huzhu-jyj-gf2019-xubiao-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         agency="互助土族自治县教育局", region="青海省海东市互助土族自治县", level="县级部门", relabel=XJ,
         t3_cont="hdr", creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report14, family="pdf-gf2019-heji-labels-t3-xubiao",
         special="A GF2019 county bureau's WPS PDF: 「合计」 for 总计, table 三 continued in a second table 「续表」 with "
                 "its header again."),
    dict(id="p25-changle-jd-bare-heji-2025", fmt="pdf", template="GF2021", year=2025, source="hebei-edu-2023",
         small=True, agency="福州市长乐区吴航街道办事处", region="福建省福州市长乐区", level="乡镇", relabel=HJ,
         t3_cont="bare", creator="Writer", producer="LibreOffice 24.2",
         printer=F.p_report14, family="pdf-jiedao-heji-spaced-t3-second-table-bare",
         special="A 街道's LibreOffice PDF (2025): 「合  计」 labels and table 三 cut in two tables, the second without "
                 "header rows."),
    dict(id="p23-xunhua-xiang-dash-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         small=True, agency="循化撒拉族自治县道帏藏族乡人民政府", region="青海省海东市循化撒拉族自治县", level="乡镇",
         mark_zero=[(r"t3\..*", "—")], creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report14, family="pdf-minzu-xiang-t3-zero-cells-dash",
         special="A 民族乡's WPS PDF whose table 三 prints every zero as 「—」 (gold: null, placeholder); the few "
                 "applications as figures."),
    # ------------------------------------------------------------------ ordinary reports: DOCX
    dict(id="d25-liuzhou-gjj-stale-defect-2025", fmt="docx", template="GF2021", year=2025, source="pingtan-2022",
         agency="柳州住房公积金管理中心", region="广西壮族自治区柳州市", level="市级部门", relabel=HJ,
         defect={"carry_out.np": 1},
         printer=F.d_report14, family="docx-shiye-heji-spaced-stale-carry-out-defect",
         special="A 事业单位's Word report with 「合  计」 labels. A real defect: 四、结转下年度继续办理 自然人 is a stale "
                 "figure, one more than it should be. **Findings:** H1 column np, H2 t3.carry_out."),
    dict(id="d24-weining-gov-wu-2024", fmt="docx", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="威宁彝族回族苗族自治县人民政府", region="贵州省毕节市威宁彝族回族苗族自治县", level="县级政府",
         mark_zero=[(r"t4\..*", "无")], cellfmt=[(r"t2\.fee", "2f")],
         printer=F.d_report14, family="docx-t4-zeros-wu-fee-2f",
         special="An autonomous county's Word report: every zero of table 四 printed 「无」 (gold: null, placeholder), "
                 "the fee with two decimals."),
    dict(id="d23-zhangjiajie-jd-hyphen-2023", fmt="docx", template="GF2021", year=2023, source="pingtan-2021",
         small=True, agency="张家界市永定区大庸桥街道办事处", region="湖南省张家界市永定区", level="乡镇", relabel=XJ,
         mark_zero=[(r"t2\.(reg|norm)\..*", "--")],
         printer=F.d_report14, family="docx-jiedao-heji-t2-zero-double-hyphen",
         special="A 街道's Word report: 「合计」 labels, table 二's zero 规章/规范性文件 cells 「--」 (gold: null, "
                 "placeholder)."),
    dict(id="d20-xiangxi-jyj-gf2019-2020", fmt="docx", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="湘西土家族苗族自治州教育和体育局", region="湖南省湘西土家族苗族自治州", level="市级部门",
         mark_zero=[(r"t2\..*\.delta", "—")], cellfmt=[(r"t2\.procurement\.amount", "2f"), (r"t3\.", "{t}件")],
         printer=F.d_report14, family="docx-gf2019-delta-dash-t3-jian",
         special="A GF2019 州 bureau's Word report: zero 增/减 cells 「—」 (gold: null), procurement amount with two "
                 "decimals, 「件」 typed after every figure of table 三."),
    # ------------------------------------------------------------------ LEGACY
    dict(id="h17-dongxiang-xiang-legacy-2017", fmt="html", template="LEGACY", year=2017,
         agency="东乡族自治县锁南镇人民政府", region="甘肃省临夏回族自治州东乡族自治县", level="乡镇",
         stats=dict(active=215, web=198, other=17, norm=2, apps=0, face=0, net=0, letter=0, rv=0, lit=0),
         printer=F.h_legacy_unit_col, family="legacy-html-2017-zhen-stat-table-unit-column",
         special="2017 report of a 镇 (old 条例): prose and the 统计表 with a unit column (指标 | 单位 | 数量), group rows "
                 "spanning the row."),
    dict(id="d16-yushu-gov-legacy-2016", fmt="docx", template="LEGACY", year=2016,
         agency="玉树藏族自治州人民政府", region="青海省玉树藏族自治州", level="市级政府",
         stats=dict(active=1544, web=1402, other=142, norm=11, apps=5, face=1, net=4, letter=0, rv=0, lit=0),
         printer=F.d_legacy_table_pairs, family="legacy-docx-2016-stat-table-two-pairs-per-row",
         special="2016 Word report of a 自治州 government (old 条例): the 统计表 with two indicators per row "
                 "(指标（单位） | 数量 | 指标（单位） | 数量), filled column by column."),
    # ------------------------------------------------------------------ carriers
    dict(id="h24-hechi-gov-noscript-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022",
         agency="河池市人民政府", region="广西壮族自治区河池市", level="市级政府", pub="2025-01-23",
         printer=F.h_noscript, family="html-script-rendered-tables-noscript-fallback",
         special="A page whose tables a script draws from an API (placeholder <div>s 「表格加载中…」); the same tables "
                 "are printed for browsers without JavaScript inside <noscript> after each placeholder."),
    dict(id="h25-wenshan-gov-sronly-2025", fmt="html", template="GF2021", year=2025, source="hongze-2023",
         agency="文山壮族苗族自治州人民政府", region="云南省文山壮族苗族自治州", level="市级政府", pub="2026-01-22",
         printer=F.h_sronly, family="html-table-pictures-with-sr-only-tables",
         special="An 适老化/无障碍 page: each table shown as a picture (alt text naming it) and printed for screen "
                 "readers as a visually hidden <table class=\"sr-only\"> (CSS clip, not display:none)."),
    dict(id="j25-helong-gov-graphql-2025", fmt="json", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="和龙市人民政府", region="吉林省延边朝鲜族自治州和龙市", level="县级政府", pub="2026-01-19",
         gid="QXJ0aWNsZTo4ODQxMg==",
         printer=F.j_graphql, family="json-graphql-headless-cms-article",
         special="A headless CMS's GraphQL answer: data.article with __typename fields, channel, publisher, "
                 "publishedAt, and the body as one HTML string under content.html."),
    dict(id="j23-linxia-zhou-blocks-2023", fmt="json", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="临夏回族自治州民族事务委员会", region="甘肃省临夏回族自治州", level="市级部门", pub="2024-01-22",
         host="www.linxia.gov.cn", artno="61873",
         printer=F.j_blocks, family="json-crawler-block-list-table-rows",
         special="A crawler's parse of the article as JSON: url, site, title, publish_time, then `blocks` in order — "
                 "title/heading/paragraph blocks with their text and table blocks as arrays of rows of strings (merged "
                 "slots \"\")."),
    dict(id="h23-haixi-zhou-textarea-2023", fmt="html", template="GF2021", year=2023, source="pingtan-2022",
         agency="海西蒙古族藏族自治州人民政府", region="青海省海西蒙古族藏族自治州", level="市级政府", pub="2024-01-26",
         relabel=IDEO,
         printer=F.h_textarea, family="html-article-escaped-in-hidden-textarea",
         special="A CMS page whose article (tables included) is kept as escaped HTML in a hidden "
                 "<textarea id=\"content\" style=\"display:none\"> and written into an empty <div id=\"zoom\"> by a "
                 "script; 「合\u3000计」 (an ideographic space) for 总计."),
    dict(id="m24-hainan-zhou-notion-2024", fmt="markdown", template="GF2021", year=2024, source="ankang-2022",
         agency="海南藏族自治州生态环境局", region="青海省海南藏族自治州", level="市级部门", pub="2025-01-20",
         printer=F.m_notion, family="md-notion-export-properties-aside",
         special="A Notion page exported as Markdown: `# title`, property lines (发布机关, 发布日期, 标签), an "
                 "<aside> callout, `##` headings, pipe tables with merged slots empty."),
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
        s["t2"].update(s.get("t2set", {}))
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
