"""Rebuild eval/wild7 (reports + gold) byte for byte: `.venv/bin/python eval/wild7/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX),
xlwt (.xls); the Word 97 file (d21-shunde-scjg-doc97-2022.doc) is written by LibreOffice (`soffice`) from the
set's own .odt — without soffice the committed file is kept and its gold still written.
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

EXT = {"html": "html", "doc": "doc", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "odt": "odt",
       "ofd": "ofd", "xls": "xls", "json": "json"}

REPORTS = [
    # ------------------------------------------------------------------ HTML
    dict(id="h21-yinzhou-sfj-wechat-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="宁波市鄞州区司法局", region="浙江省宁波市鄞州区", level="县级部门",
         mp="鄞州司法", pub="2024-01-26 17:32", reads="1204", likes=23, ct="1706261520",
         printer=H.h_wechat_sections, family="html-wechat-section-tables",
         special="WeChat 公众号 article page (mp.weixin.qq.com markup: #js_content hidden until scripts run, "
                 "rich_media_meta_nickname 「鄞州司法」, 阅读/赞 counts): paragraphs as <section><span leaf>, the three "
                 "tables built by the article editor as nested <section>s with display:flex rows (a merged cell a "
                 "wider section, flex:n; slots under a row-spanning label empty sections); no <table>."),
    dict(id="h21-jiangning-swj-ulli-2022", fmt="html", template="GF2021", year=2022, source="pingtan-2022",
         agency="南京市江宁区水务局", region="江苏省南京市江宁区", level="县级部门", name="short",
         short_title="区水务局", short="本局", site="南京市江宁区人民政府", pub="2023-01-18",
         idx="11320115MB1742365X/2023-00021", defect={"r7.tot": 1},
         printer=H.h_ul_rows, family="html-ul-li-table-rows-defect",
         special="集约化平台 article whose tables are lists: each row a <ul class=\"tr\">, each cell a floated <li> "
                 "with a width in percent (merged cells wider, slots under a row-spanning label empty <li>&nbsp;); "
                 "title 「区水务局2022年…」, text 「本局」, the full name in the 发布机构 line and the signature; a real "
                 "defect reproduced: （七）总计 总计 printed one too many. **Findings:** H1/H3 t3 column tot, H2 t3.r7."),
    dict(id="h21-lucheng-rsj-cellnotes-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="温州市鹿城区人力资源和社会保障局", region="浙江省温州市鹿城区", level="县级部门",
         printer=H.h_cell_notes, family="html-value-cells-with-notes",
         special="Plain CMS tables in which about one non-zero value cell in eight of tables 三/四 holds a note after "
                 "its number: 「3（含转办1件）」, 「2（均已按期答复）」, 「1（已结案）」, 「4（其中2件为网上申请）」 (the "
                 "cell's value is the first number)."),
    dict(id="h19-fucheng-gov-variants-2020", fmt="html", template="GF2019", year=2020, source="pingtan-2020",
         agency="绵阳市涪城区人民政府", region="四川省绵阳市涪城区", level="县级政府",
         printer=H.h_gf2019_variants, family="html-gf2019-label-variants",
         special="GF2019 page with the publisher's label variants: 「第二十条第(一)项」 (half-width brackets), 「对外公开总数」, "
                 "「上年项目数量」, 「本年增减」, 「本年处理决定数」, 「其他对外管理服务」, 「一、本年新收申请数量」, 「二、上年结转申请数量」, "
                 "「（二）部分公开」 without its note, 「1.本机关不掌握」, 「（七）合计」, 「四、结转下年度办理」, 「三、本年办理结果」; "
                 "采购总金额（万元）, signed 本年增/减."),
    dict(id="h21-sdzrzyt-spacer-2022", fmt="html", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="山东省自然资源厅", region="山东省", level="省级部门",
         printer=H.h_spacer_columns, family="html-excel-spacer-columns",
         special="Tables from an Excel sheet laid out with narrow empty columns (Excel 'save as web page', "
                 "ProgId Excel.Sheet): an empty column between the label columns and the values of tables 二 and 三 "
                 "(header cells that cross it widened by one) and an empty column at the right edge of every table."),
    dict(id="h21-siming-jyj-asterisk-2024", fmt="html", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="厦门市思明区教育局", region="福建省厦门市思明区", level="县级部门",
         printer=H.h_asterisk_marks, family="html-typed-asterisk-marks",
         special="Footnote marks typed after numbers as plain characters, no <sup>: 「12*」, 「3※」 in about one value "
                 "cell in twelve of tables 三/四, explained in a 「注：标*的数据含…；标※的数据含…」 line under each table."),
    dict(id="h21-saihan-gov-oddspan-2022", fmt="html", template="GF2021", year=2022, source="ankang-2022",
         agency="呼和浩特市赛罕区人民政府", region="内蒙古自治区呼和浩特市赛罕区", level="县级政府",
         printer=H.h_odd_header_spans, family="html-t3-header-unusual-spans",
         special="Table 三's header with unusual spans: a 「单位：件」 row inside the table (colspan 10) above it, "
                 "总计 outside 申请人情况 (one header cell of three rows at the right edge, 申请人情况 over six columns), "
                 "the template note over three rows; table 四 with its own 「单位：件」 row."),
    dict(id="h21-hntjj-lanci-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="河南省统计局", region="河南省", level="省级部门",
         printer=H.h_column_index_row, family="html-column-index-row",
         special="Tables as a statistics system exports them: a 栏次 row under each header numbering the value "
                 "columns (「栏次 | 1 | 2 | … | 7」 in table 三, 1–15 in table 四, 「栏次 | 1 | 2 | 3」 in table 二's first "
                 "block): a row of numbers that are not values."),
    dict(id="d21-lubei-zjj-wordhtml-2021", fmt="doc", template="GF2021", year=2021, source="pingtan-2021",
         agency="唐山市路北区住房和城乡建设局", region="河北省唐山市路北区", level="县级部门",
         printer=H.doc_word_html, family="doc-word-html-renamed",
         special="The OA system's 「下载Word版」: a file named .doc that holds Word HTML (xmlns:w, <w:WordDocument> in "
                 "a conditional comment, ProgId Word.Document, MsoTableGrid tables, charset gb2312); Word opens it as "
                 "a document, the bytes are HTML."),
    # ------------------------------------------------------------------ PDF
    dict(id="p21-wuhua-gov-browserprint-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="昆明市五华区人民政府", region="云南省昆明市五华区", level="县级政府",
         site="昆明市五华区人民政府门户网站", pub="2024-01-19", wzbsm="5301020001", icp="滇ICP备05001234号",
         printed="2024/2/6 10:14", url="https://www.kmwh.gov.cn/c/2024-01-19/6712345.shtml",
         printer=P.p_browser_print, family="pdf-browser-print-header-footer",
         special="The CMS page printed from Chrome (「另存为 PDF」, headers and footers on): print time and "
                 "「标题_网站名」 at the top of every page, the page URL and 「n/m」 at the bottom; breadcrumbs, a "
                 "发布时间/来源/【字体：大 中 小】 line and the site footer (网站标识码, ICP) in the body; producer Skia/PDF."),
    dict(id="p21-suzhou-gov-gazette-2023", fmt="pdf", template="GF2021", year=2023, source="shanghai-kewei-2024",
         agency="苏州市人民政府", region="江苏省苏州市", level="市级政府",
         gazette="苏州市人民政府公报", issue="2024年第3期", page0=40,
         printer=P.p_gazette_columns, family="pdf-gazette-two-columns",
         special="The report as set in the 政府公报: two columns a page with a rule between, 「苏州市人民政府公报 "
                 "2024年第3期」 running head; text and tables in the column width — table 三 in 6 pt with one "
                 "label column wrapped over up to four lines and seven 20-pt value columns, table 四 with the "
                 "three case kinds as rows; a table may continue in the next column."),
    dict(id="p21-gysthj-colmajor-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="贵阳市生态环境局", region="贵州省贵阳市", level="市级部门",
         printer=P.p_column_major, family="pdf-column-major-stream",
         special="Ruled tables whose text the producer (a Foxit printer driver) wrote column by column — all rules "
                 "first, then each column's cells top to bottom, left column to right: the page looks ordinary, "
                 "the content stream's order is not the reading order."),
    dict(id="p21-huicheng-gov-redhead-2023", fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="惠州市惠城区人民政府", region="广东省惠州市惠城区", level="县级政府", name="sign",
         issuer="惠州市惠城区人民政府办公室", wenhao="惠城府办函〔2024〕5号",
         recipients="各镇人民政府、街道办事处，区直各单位：", issue_date="2024年1月25日",
         printer=P.p_red_header_notice, family="pdf-red-header-notice-attachment",
         special="The report as the attachment of a 红头 notice: page 1 the office's red header 「惠州市惠城区人民政府"
                 "办公室文件」, 文号 「惠城府办函〔2024〕5号」, red rule, 「关于印发《惠州市惠城区人民政府2023年政府信息公开"
                 "工作年度报告》的通知」 signed by the office; then 「附件」 and the report titled 「2023年度政府信息公开工作年度"
                 "报告」 (no agency), signed 惠州市惠城区人民政府: the first agency on the page is the issuing office."),
    dict(id="p19-daoli-mzj-seal-2019", fmt="pdf", template="GF2019", year=2019, source="pingtan-2019",
         agency="哈尔滨市道里区民政局", region="黑龙江省哈尔滨市道里区", level="县级部门",
         printer=P.p_seal, family="pdf-gf2019-vector-seal",
         special="GF2019 report whose signature carries an electronic seal drawn as vectors (书生电子印章): a red ring, "
                 "a ★ and the agency name set along the arc, every character its own rotated glyph in the text layer, "
                 "over the signature line; 采购总金额（万元）, signed 本年增/减."),
    dict(id="p21-zjnyt-xubiao-2024", fmt="pdf", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="浙江省农业农村厅", region="浙江省", level="省级部门",
         printer=P.p_continued_simple_header, family="pdf-continued-table-simplified-header",
         special="Table 三 in 10 pt running over a page break; the continuation is introduced by a right-aligned "
                 "「续表」 line and a one-row header the editor retyped (项目 + the seven column names: no 申请人情况 / "
                 "法人或其他组织 rows, unlike the first part's two-row header); every row its own ruled strip."),
    # ------------------------------------------------------------------ office formats
    dict(id="d21-shunde-scjg-doc97-2022", fmt="doc", template="GF2021", year=2022, source="pingtan-2022",
         agency="佛山市顺德区市场监督管理局", region="广东省佛山市顺德区", level="县级部门", name="filename",
         fname_tail="终稿",
         printer=O.o_doc97, family="doc-word97-binary",
         special="A real Word 97–2003 binary (.doc: OLE compound file, WordDocument stream, piece table, tables as "
                 "cell marks), the attachment format most 政府网站 still publish; written by LibreOffice from the set's "
                 ".odt of the report; first line file-name-like 「…2022年政府信息公开工作年度报告（终稿）」."),
    dict(id="d21-xiaodian-sjj-smarttag-2021", fmt="docx", template="GF2021", year=2021, source="ankang-2022",
         agency="太原市小店区审计局", region="山西省太原市小店区", level="县级部门", name="sign", short="本局",
         printer=O.d_smarttags, family="docx-smarttag-wrapped-values",
         special="DOCX that went through Chinese Word 2003: every value of tables 三/四 printed with 「件」 and its run "
                 "wrapped in a smart tag (`w:smartTag w:element=\"chmetcnv\"` with UnitName/SourceValue properties), "
                 "the signature date in a `chsdate` smart tag; title 「2021年度政府信息公开工作年度报告」, text 「本局」, "
                 "the agency only in the signature."),
    dict(id="d19-xigong-gov-hmerge-2020", fmt="docx", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="洛阳市西工区人民政府", region="河南省洛阳市西工区", level="县级政府",
         printer=O.d_hmerge, family="docx-gf2019-legacy-hmerge",
         special="GF2019 DOCX whose horizontal merges are the legacy `w:hMerge` restart/continue (one w:tc per grid "
                 "column, as Word 95/2000 documents converted to .docx keep them) instead of w:gridSpan; vertical "
                 "merges w:vMerge; 采购总金额（万元）, signed 本年增/减."),
    dict(id="o21-chengguan-wjw-odt-2024", fmt="odt", template="GF2021", year=2024, source="hongze-2023",
         agency="兰州市城关区卫生健康局", region="甘肃省兰州市城关区", level="县级部门", name="compiled",
         printer=O.o_odt, family="odt-covered-cells",
         special="OpenDocument text (.odt) as WPS saves it: tables as table:table with number-columns-spanned / "
                 "number-rows-spanned and table:covered-table-cell slots, numbers as float cells (office:value); "
                 "title names no agency, 「本报告由兰州市城关区卫生健康局编制」 in the preamble."),
    dict(id="o16-chengzhong-mzj-odt-2016", fmt="odt", template="LEGACY", year=2016,
         agency="西宁市城中区民政局", region="青海省西宁市城中区", level="县级部门",
         stats=dict(active=186, web=160, other=26, norm=3, apps=4, face=1, net=2, letter=1, rv=0, lit=0),
         printer=O.o_odt_legacy, family="legacy-odt-2016-stat-table",
         special="2016 report on the old 条例 as .odt (LibreOffice 5): prose and a 「政府信息公开情况统计表」 "
                 "(统计指标/单位/统计数); no GF tables."),
    dict(id="f21-xicheng-czj-ofd-2023", fmt="ofd", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="北京市西城区财政局", region="北京市西城区", level="县级部门", t4defect={"rv.tot": -1},
         docid="b1c2d3e4f5a60718293a4b5c6d7e8f90", ofd_creator="数科OFD版式办公套件", ofd_version="V3.0",
         printer=O.f_ofd, family="ofd-textobject-defect",
         special="OFD (GB/T 33190, the national layout format): a zip of XML — OFD.xml, Doc_0/Document.xml, one "
                 "Content.xml per page, every text run an ofd:TextObject placed by Boundary (mm, y down) with its "
                 "TextCode, rules as ofd:PathObject; a real defect reproduced: table 四 行政复议 总计 printed one too "
                 "few. **Findings:** H5 t4.rv."),
    dict(id="f19-hexi-gov-ofd-2019", fmt="ofd", template="GF2019", year=2019, source="pingtan-2019",
         agency="天津市河西区人民政府", region="天津市河西区", level="县级政府",
         docid="0a9b8c7d6e5f40312a3b4c5d6e7f8091", ofd_creator="OFD Printer", ofd_version="2.1",
         printer=O.f_ofd_deltax, family="ofd-gf2019-deltax-lines",
         special="GF2019 OFD as an OFD virtual printer writes it: every line (a cell's text) one TextObject whose "
                 "TextCode gives each glyph's advance in DeltaX; rules as paths; 采购总金额（万元）, signed 本年增/减."),
    dict(id="x21-hnrst-xls-2022", fmt="xls", template="GF2021", year=2022, source="pingtan-2022",
         agency="湖南省人力资源和社会保障厅", region="湖南省", level="省级部门",
         printer=O.x_xls, family="xls-biff8-one-sheet",
         special="The tables as an Excel 97–2003 workbook (.xls: BIFF8 in an OLE compound file), one sheet 「年报」: "
                 "merged title row, the headings 二、三、四 as rows, merged header cells, numbers as numeric cells; "
                 "填报单位/填报日期 rows; no narrative."),
    dict(id="x18-heping-jyj-xls-2018", fmt="xls", template="LEGACY", year=2018,
         agency="沈阳市和平区教育局", region="辽宁省沈阳市和平区", level="县级部门",
         stats=dict(active=512, web=470, other=42, norm=6, apps=17, face=5, net=10, letter=2, rv=1, lit=1),
         printer=O.x_xls_legacy, family="legacy-xls-stat-table-2018",
         special="2018 statistics table on the old 条例 as .xls (指标/单位/统计数), title and 填报单位 rows; no prose."),
    # ------------------------------------------------------------------ text, Markdown, JSON
    dict(id="t21-yuzhong-fgw-viewertabs-2021", fmt="txt", template="GF2021", year=2021, source="pingtan-2021",
         agency="重庆市渝中区发展和改革委员会", region="重庆市渝中区", level="县级部门",
         printer=T.t_viewer_tabs, family="text-pdf-viewer-copy-furniture",
         special="Text copied out of a PDF viewer (Ctrl+A, Ctrl+C), CRLF: cells separated by tabs, long labels of "
                 "table 三 broken after 18 characters with the rest on the next line after the values, and the page "
                 "furniture copied too — 「第 3 页 共 6 页」, a blank line and the running title between two rows of "
                 "table 三, its three header lines repeated after them."),
    dict(id="t21-shinan-gov-circled-2024", fmt="txt", template="GF2021", year=2024, source="shanghai-kewei-2024",
         agency="青岛市市南区人民政府", region="山东省青岛市市南区", level="县级政府",
         printer=T.t_circled_marks, family="text-circled-footnote-marks",
         special="Rows with cells separated by two spaces; about one non-zero value in ten of tables 三/四 carries a "
                 "circled footnote mark (「12①」, 「3②」) explained in a 「注：①…；②…」 line under the table; table 四 "
                 "as three name/value line pairs."),
    dict(id="t19-changan-wjj-units-2020", fmt="txt", template="GF2019", year=2020, source="pingtan-2020",
         agency="石家庄市长安区卫生健康局", region="河北省石家庄市长安区", level="县级部门",
         printer=T.t_units_gf2019, family="text-gf2019-unit-every-cell",
         special="GF2019 text (cells separated by four spaces) with a unit on every value: 「12件」 in tables 三 and 四 "
                 "(「0件」 for zero), table 二 「3件」 / 「+2项」 / 「356件」, 采购 「15项」 and 「1234.5万元」."),
    dict(id="j21-szjtys-opendata-2023", fmt="json", template="GF2021", year=2023, source="hongze-2023",
         agency="深圳市交通运输局", region="广东省深圳市", level="市级部门", docid="ZWGK-2024-004417",
         pub="2024-01-30",
         printer=T.j_open_data, family="json-open-data-api",
         special="The report as a 政务数据开放平台 API returns it: JSON with every Chinese character escaped (\\uXXXX), "
                 "metadata (publishOrg, year), the narrative as HTML strings, the three tables as arrays of row "
                 "objects keyed by column name (「项目」 + the seven applicant columns; table 二 rows with a 数值 array)."),
    dict(id="m21-jianghan-gov-shortlabels-2022", fmt="markdown", template="GF2021", year=2022, source="ankang-2022",
         agency="武汉市江汉区人民政府", region="湖北省武汉市江汉区", level="县级政府",
         printer=T.m_short_labels, family="md-reworded-row-labels",
         special="Pipe Markdown whose table 三 row labels the publisher shortened and reworded: numbering dropped, "
                 "group and item joined by a hyphen (「不予公开-国家秘密」, 「无法提供-需另行制作」, 「其他处理-逾期不补正」, "
                 "「其他处理-其他」), 「本年新收申请」, 「办理结果合计」, 「结转下年度」; no group rows, no 三、本年度办理结果 row; "
                 "table 四 with case kinds as rows."),
    dict(id="m21-tianhe-cgj-restated-2024", fmt="markdown", template="GF2021", year=2024, source="hebei-edu-2021",
         agency="广州市天河区城市管理和综合执法局", region="广东省广州市天河区", level="县级部门", name="compiled",
         printer=T.m_prose_restated, family="md-prose-restates-table",
         special="Markdown in which a sentence right before each table restates some of its numbers in another "
                 "order (「据统计，本年度共新收政府信息公开申请n件，上年结转n件；其中予以公开n件…」, 行政复议/诉讼 "
                 "totals, 规范性文件/许可/处罚 counts); agency stated only as 「本报告由…编制」 and in the signature."),
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
        if s["year"] == 2018:
            s["date"] = "2019年3月25日"
    else:
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"), s.get("boost"))
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"))
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
    try:
        data = s["printer"](s)
    except RuntimeError as e:  # a tool this file needs is missing: keep the committed file
        path = HERE / "reports" / f"{s['id']}.{EXT[s['fmt']]}"
        print(f"{s['id']}: {e}; keeping {path.name}")
        data = path.read_bytes()
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
