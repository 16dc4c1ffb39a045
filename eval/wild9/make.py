"""Rebuild eval/wild9 (reports + gold) byte for byte: `.venv/bin/python eval/wild9/make.py [ID …]`.

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

import fam9_html as H9  # noqa: E402
import fam9_office as O9  # noqa: E402
import fam9_pdf as P9  # noqa: E402
import fam9_text as T9  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "mht": "mht", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv",
       "xlsx": "xlsx", "rtf": "rtf"}

REPORTS = [
    # ------------------------------------------------------------------ HTML
    dict(id="h21-lucheng-sfj-trsbr-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="温州市鹿城区司法局", region="浙江省温州市鹿城区", level="县级部门", pub="2024-01-22",
         printer=H9.h_trs_br_unit, family="html-trs-editor-value-br-unit",
         special="TRS WCM article (div.TRS_Editor > div.Custom_UnionStyle with its <style>, Word-pasted cells "
                 "<p align=center><font face=仿宋_GB2312>): every value cell of tables 三 and 四 typed with its unit and "
                 "broken by the editor's narrow column as 「12<br/>件」 (gold: the number)."),
    dict(id="h21-zhili-zhen-cnnum-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="湖州市吴兴区织里镇人民政府", region="浙江省湖州市吴兴区织里镇", level="乡镇",
         printer=H9.h_cn_numerals, family="html-chinese-numeral-cells",
         special="A 镇 government's page whose clerk typed every count of tables 三 and 四 in Chinese numerals — 「〇」, "
                 "「三」, 「十二」, 「七十五」 (gold: the numbers); table 二 in digits."),
    dict(id="h21-hefei-gxq-colorder-2024", fmt="html", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="合肥高新技术产业开发区管理委员会", region="安徽省合肥市", level="县级政府",
         printer=H9.h_cols_reordered, family="html-t3-legal-block-reordered",
         special="开发区管委会 page whose table 三 prints the 法人或其他组织 block under a second header row in another "
                 "order — 科研机构, 商业企业, 法律服务机构, 社会公益组织, 其他 — between 自然人 and 总计 (values under their "
                 "printed column; gold keyed by name)."),
    dict(id="h21-jiedao-xinjiekou-ol-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="南京市秦淮区夫子庙街道办事处", region="江苏省南京市秦淮区", level="乡镇", name="compiled",
         printer=H9.h_ol_tables, family="html-sections-ol-tables-inside",
         special="街道 page whose six sections are the items of one <ol style=\"list-style-type:cjk-ideographic\"> "
                 "(the numbers 一、二… drawn by the browser, not in the text: headings read 「主动公开政府信息情况」), the "
                 "three tables inside their list items; agency only in 「本报告由…编制」 and the signature."),
    dict(id="h21-yuhang-ws-twoyears-2023", fmt="html", template="GF2021", year=2023, source="ankang-2022",
         agency="杭州市余杭区卫生健康局", region="浙江省杭州市余杭区", level="县级部门",
         printer=H9.h_two_years, family="html-two-years-and-next-plan-on-page",
         special="年报 page carrying the 2023 report, then the 2024年政务公开工作要点, then a visible 「往年年报」 block with "
                 "the whole 2022 report (its own three tables, other figures): two years of tables on one page; gold is "
                 "the page's year (2023)."),
    dict(id="h19-guangxi-jtt-parts-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="广西壮族自治区交通运输厅", region="广西壮族自治区", level="省级部门",
         printer=H9.h19_part_headings, family="html-gf2019-part-headings-arabic-items",
         special="GF2019 page (gb2312) whose headings are 「第一部分　总体情况」 … 「第六部分　其他需要报告的事项」 (no "
                 "「二、」), sub-items numbered 「1.」 「2.」."),
    dict(id="h21-tianhe-sw-share-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="广州市天河区商务局", region="广东省广州市天河区", level="县级部门",
         printer=H9.h_share_brackets, family="html-t3-total-with-share",
         special="Table 三 whose 总计 column of every result row also prints the row's share of （七）总计 in brackets, "
                 "「12（30.0%）」 (gold: 12)."),
    dict(id="h21-shaanxi-sthj-cssup-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="陕西省生态环境厅", region="陕西省", level="省级部门",
         printer=H9.h_css_superscript, family="html-css-raised-footnote-marks",
         special="Four figures of table 三 carry footnote marks raised by <span style=\"vertical-align:super;"
                 "font-size:9px\">1</span> (not <sup>): the cell's text reads 「121」 for 12 with mark 1; the notes "
                 "「注：1.… 2.…」 under the table (gold: the figure without its mark)."),
    # ------------------------------------------------------------------ PDF
    dict(id="p21-jiangning-gov-scramble-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="南京市江宁区人民政府", region="江苏省南京市江宁区", level="县级政府",
         printer=P9.p_scrambled, family="pdf-text-objects-shuffled",
         special="A PDF (iText) that writes every line of text as its own text object in no reading order: the content "
                 "stream of each page lists the cells of the tables and the prose lines shuffled, each at its right "
                 "position; ruled tables."),
    dict(id="p21-xiangtan-zjj-supmarks-2023", fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="湘潭市住房和城乡建设局", region="湖南省湘潭市", level="市级部门",
         printer=P9.p_superscript, family="pdf-raised-footnote-digits",
         special="Six figures of table 三 followed by a footnote mark drawn as a small raised digit (4.5 pt, 3 pt above "
                 "the line, right after the number: 「12¹」 as glyphs), the notes 「注：1.… 2.…」 under the table (gold: "
                 "the figure)."),
    dict(id="p19-luohu-jyj-colorder-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         agency="深圳市罗湖区教育局", region="广东省深圳市罗湖区", level="县级部门",
         printer=P9.p19_reordered, family="pdf-gf2019-legal-block-reordered",
         special="GF2019 PDF whose table 三 prints the 法人或其他组织 block under the second header row in another order "
                 "— 商业企业, 社会公益组织, 科研机构, 法律服务机构, 其他."),
    dict(id="p21-dongfang-xiang-fwdigits-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="东方市大田镇人民政府", region="海南省东方市大田镇", level="乡镇",
         printer=P9.p_fullwidth, family="pdf-fullwidth-digits",
         special="WPS PDF of a 镇 whose clerk typed every figure of the three tables in full-width digits (「１２」, "
                 "「８３７２.４２」 with an ASCII point)."),
    dict(id="p21-hubei-slt-dotrules-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="湖北省水利厅", region="湖北省", level="省级部门",
         printer=P9.p_dotted_rules, family="pdf-dotted-rules-as-segments",
         special="Tables bordered with dotted rules the producer drew as hundreds of 2-pt segments with gaps (no long "
                 "rule anywhere)."),
    dict(id="p17-suzhou-sip-legacy-2017", fmt="pdf", template="LEGACY", year=2017,
         agency="苏州工业园区管理委员会", region="江苏省苏州市", level="县级政府",
         stats=dict(active=842, web=790, other=52, norm=11, apps=23, face=6, net=15, letter=2, rv=1, lit=0),
         printer=P9.p_legacy, family="legacy-pdf-kaifaqu-attachment-table",
         special="2017 report of a 开发区管委会 on the old 条例: prose, signature, then on its own page 「附件：政府信息公开"
                 "情况统计表」 (统计指标 / 单位 / 统计数); no GF tables."),
    dict(id="p21-huangpu-zhen-slash-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="中山市黄圃镇人民政府", region="广东省中山市黄圃镇", level="乡镇", defect={"r7.np": 1},
         printer=P9.p_slash_defect, family="pdf-slash-cells-defect",
         special="A 镇 whose tables print 「/」 where a column cannot apply — 规章 in table 二, and in table 三 every "
                 "applicant column that is 0 throughout (gold: null with placeholder 「/」, not 0); a real defect: "
                 "（七）总计 自然人 printed one too many. **Findings:** H1 and H3 on column np."),
    # ------------------------------------------------------------------ office formats
    dict(id="d21-xiaoshan-fgj-fields-2022", fmt="docx", template="GF2021", year=2022, source="pingtan-2022",
         agency="杭州市萧山区发展和改革局", region="浙江省杭州市萧山区", level="县级部门", defect={"r1.tot": -1},
         printer=O9.d_formula_fields, family="docx-formula-field-totals-stale",
         special="DOCX whose 总计 cells of table 三 are Word formula fields ({ =SUM(LEFT) }, （七）总计 { =SUM(ABOVE) }) "
                 "showing cached results; the （一）予以公开 field was not updated after an edit and prints one too few "
                 "(gold: the printed result). **Findings:** H2 t3.r1, H3 t3 column tot."),
    dict(id="d21-wuhou-mzj-moverow-2023", fmt="docx", template="GF2021", year=2023, source="hongze-2023",
         agency="成都市武侯区民政局", region="四川省成都市武侯区", level="县级部门",
         printer=O9.d_moved_row, family="docx-tracked-row-move",
         special="DOCX with revisions left on: in table 三 the row 「1.本机关不掌握相关政府信息」 was moved — a w:moveTo row "
                 "(trPr w:ins) at its place under （四）, a w:moveFrom copy (trPr w:del, same figures) under （五）5 — and "
                 "two figures corrected (w:del old, w:ins new; gold: the new)."),
    dict(id="d19-anshan-gov-strict-2020", fmt="docx", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="鞍山市铁东区人民政府", region="辽宁省鞍山市铁东区", level="县级政府",
         printer=O9.d19_strict, family="docx-gf2019-strict-ooxml",
         special="GF2019 report saved by Word as 「Strict Open XML 文档」: every part in the ISO strict namespaces "
                 "(http://purl.oclc.org/ooxml/wordprocessingml/main, …/officeDocument/relationships, relationship types "
                 "too), w:conformance=\"strict\"."),
    dict(id="d21-nanan-jtj-altchunk-2024", fmt="docx", template="GF2021", year=2024, source="ankang-2022",
         agency="重庆市南岸区交通局", region="重庆市南岸区", level="县级部门",
         printer=O9.d_altchunk_rtf, family="docx-altchunk-rtf-tables",
         special="DOCX assembled by an OA system: each table a <w:altChunk r:id> pointing at an RTF part "
                 "(word/afchunkN.rtf, relationship aFChunk, \\trowd rows with \\clvmgf merges) that Word renders in "
                 "place; no table in document.xml."),
    dict(id="d21-heilongjiang-tjj-supruns-2022", fmt="docx", template="GF2021", year=2022, source="pingtan-2022",
         agency="黑龙江省统计局", region="黑龙江省", level="省级部门",
         printer=O9.d_superscript_marks, family="docx-typed-superscript-marks",
         special="DOCX whose clerk typed footnote marks after five figures of table 三 as superscript runs (「12」 then "
                 "w:vertAlign superscript 「1」), the notes under the table (gold: the figure)."),
    dict(id="x21-nansha-zwb-inlinestr-2023", fmt="xlsx", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="广州市南沙区政务服务数据管理局", region="广东省广州市南沙区", level="县级部门",
         printer=O9.x_formulas_inline, family="xlsx-inline-strings-formula-totals",
         special="Workbook written by a records system: every figure an inline string (t=\"inlineStr\", Excel's "
                 "「以文本形式存储的数字」), the 总计 cells of table 三 formulas =SUM(D8:I8) with cached values; title and "
                 "填报单位 rows, no narrative."),
    dict(id="x21-lanzhou-xq-hiddenprev-2022", fmt="xlsx", template="GF2021", year=2022, source="pingtan-2021",
         agency="兰州新区管理委员会", region="甘肃省兰州市", level="县级政府",
         printer=O9.x_hidden_prior, family="xlsx-hidden-prior-year-sheet",
         special="Workbook copied from last year's: the first sheet 「2021年」 (last year's title and tables, other "
                 "figures) hidden (state=\"hidden\"), the second sheet 「2022年」 the report (active)."),
    dict(id="x19-yuzhong-jyj-dbnum-2020", fmt="xlsx", template="GF2019", year=2020, source="pingtan-2020",
         agency="重庆市渝中区教育委员会", region="重庆市渝中区", level="县级部门",
         printer=O9.x19_dbnum, family="xlsx-gf2019-dbnum-display",
         special="GF2019 workbook whose integer cells carry the number format [DBNum1][$-804]G/通用格式 (中文小写数字): "
                 "the stored 12 shows as 「十二」 (gold: the stored number); amounts and signed 增/减 in digits."),
    dict(id="x21-xiongan-jsj-t3transposed-2024", fmt="xlsx", template="GF2021", year=2024, source="hongze-2023",
         agency="河北雄安新区管理委员会建设和交通管理局", region="河北省雄安新区", level="市级部门",
         printer=O9.x_t3_transposed, family="xlsx-t3-transposed-applicant-rows",
         special="Workbook whose table 三 is transposed: the seven applicant kinds as rows (「法人或其他组织-商业企业」 …), "
                 "the 25 items as columns under a two-row heading (group over its items); tables 二 and 四 as usual."),
    dict(id="c21-chongming-gov-long-2023", fmt="csv", template="GF2021", year=2023, source="shanghai-kewei-2024",
         agency="上海市崇明区人民政府", region="上海市崇明区", level="县级政府",
         printer=T9.c_long_format, family="csv-long-format-open-data",
         special="Open-data CSV in long form (UTF-8 with BOM): one line per cell 「表,项目,栏目,数值」 with the item's full "
                 "path (「三、本年度办理结果/（三）不予公开/1.属于国家秘密,法人或其他组织/商业企业,0」); title and 填报单位 "
                 "lines first."),
    # ------------------------------------------------------------------ text, Markdown
    dict(id="t21-yanta-cgj-fwbars-2023", fmt="txt", template="GF2021", year=2023, source="pingtan-2022",
         agency="西安市雁塔区城市管理和综合执法局", region="陕西省西安市雁塔区", level="县级部门",
         t4defect={"rv.tot": 1},
         printer=T9.t_fullwidth_bars, family="text-fullwidth-bar-cells-defect",
         special="Text typed in an IME: cells between full-width bars 「｜（一）予以公开｜12｜0｜…｜」, no rules; table 四 "
                 "as one header line of 15 names and one value line; a real defect: 行政复议 总计 one too many. "
                 "**Findings:** H5 t4.rv."),
    dict(id="t21-kaifu-jdb-supmarks-2022", fmt="txt", template="GF2021", year=2022, source="ankang-2022",
         agency="长沙市开福区四方坪街道办事处", region="湖南省长沙市开福区", level="乡镇",
         printer=T9.t_superscript_marks, family="text-unicode-superscript-marks",
         special="Tab-separated text whose figures carry Unicode superscript marks 「12¹」 「3²」 (six cells of table 三), "
                 "the notes 「注：¹…；²…」 under the table (gold: the figure)."),
    dict(id="m21-guiyang-tjj-quote-2024", fmt="markdown", template="GF2021", year=2024, source="hongze-2023",
         agency="贵阳市统计局", region="贵州省贵阳市", level="市级部门",
         printer=T9.m_blockquote, family="md-report-in-blockquote",
         special="Markdown of a forwarded note: first line 「转发：…」, then the whole report inside a block quote (every "
                 "line 「> 」, headings 「> ### 」, pipe tables quoted too)."),
    dict(id="t19-wuzhong-swj-email-2019", fmt="txt", template="GF2019", year=2019, source="pingtan-2019",
         agency="苏州市吴中区商务局", region="江苏省苏州市吴中区", level="县级部门",
         printer=T9.t19_email, family="text-gf2019-forwarded-email",
         special="GF2019 report as the plain-text body of a forwarded e-mail (GB18030, CRLF): 发件人/收件人/主题 lines, "
                 "「-----原始邮件-----」, the report quoted line by line with 「> 」, tables tab-separated inside the quote."),
    dict(id="t16-wuyuan-xiang-cnlegacy-2016", fmt="txt", template="LEGACY", year=2016,
         agency="婺源县江湾镇人民政府", region="江西省上饶市婺源县江湾镇", level="乡镇",
         stats=dict(active=46, web=40, other=6, norm=2, apps=3, face=1, net=2, letter=0, rv=0, lit=0),
         printer=T9.t_legacy_cn, family="legacy-text-chinese-numeral-counts",
         special="2016 report of a 镇 on the old 条例 as text (GB18030): every count written in Chinese numerals "
                 "(「主动公开政府信息四十六条」, 「受理申请三件」); no GF tables."),
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
