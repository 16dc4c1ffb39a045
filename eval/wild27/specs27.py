"""The 20 reports of eval/wild27 (read by make.py): a realistic half (2 of them scans) and a hunt of reports as
users save them from the web and pass them on; places in Ningxia (宁夏回族自治区)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam27 as T

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
NX = "宁夏回族自治区"

REPORTS = [
    # ================================================================== REALISTIC half (10)
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-yongning-gov-wps-hdr2-t4slash-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="永宁县人民政府", region=NX + "银川市永宁县", level="县级政府",
         hdr2=True, unit_line=["t3", "t4"], mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-county-gov-hdr2-unit-lines-t4-slash-note-2024",
         special="A county government's WPS PDF: table 三 with two header rows, 「单位：件」 over tables 三 and 四, "
                 "table 四's zero cells 「/」 (gold: null) with a note."),
    dict(id="p23-nx-sthjt-word-heji-new-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="shanghai-kewei-2024", agency="宁夏回族自治区生态环境厅", region=NX, level="省级部门",
         relabel=XJ, defect={"new.tot": -1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-province-dept-heji-new-total-defect-2023",
         special="A province department's Word PDF: 「合计」 for 总计. A real defect: 一、本年新收 总计 one too few. "
                 "**Findings:** H1 column tot, H2 t3.new."),
    dict(id="p20-litong-gov-gf2019-xubiao-lr-defect-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="吴忠市利通区人民政府", region=NX + "吴忠市利通区", level="县级政府",
         t3_cont="hdr", t4defect={"lr.tot": 1}, creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-district-gov-t3-xubiao-hdr-lr-total-defect-2020",
         special="A GF2019 district government's Word PDF: table 三 continued under 「续表」 with its header rows. A "
                 "real defect: 复议后起诉 总计 one too many. **Findings:** H5 t4.lr."),
    dict(id="p22-dawukou-mzj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="石嘴山市大武口区民政局", region=NX + "石嘴山市大武口区", level="县级部门",
         dpi=150, sec1n=4, info={"Producer": "RICOH MP C3004", "Creator": "RICOH MP C3004"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-district-civil-affairs-bureau-signed-red-seal-2022",
         special="A district bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and the round "
                 "red seal over it; no text layer."),
    dict(id="p21-xinhua-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="银川市兴庆区新华街街道办事处",
         region=NX + "银川市兴庆区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-jiedao-red-seal-small-body-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-shapotou-scjg-trs-units-carry-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="中卫市沙坡头区市场监督管理局", region=NX + "中卫市沙坡头区", level="县级部门",
         pub="2024-01-22", cms="trs", index="640502-scjgj/2024-00003", unit_line=["t3", "t4"],
         defect={"carry_in.np": 1},
         printer=N.h_cms17, family="html-trs-district-market-bureau-unit-lines-carry-in-defect-2023",
         special="A district bureau's TRS page: 「单位：件」 over tables 三 and 四. A real defect: 二、上年结转 自然人 "
                 "one too many (a stale figure). **Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="h22-nanguan-jd-bosi-dash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="固原市原州区南关街道办事处",
         region=NX + "固原市原州区", level="乡镇", pub="2023-01-17", cms="bosi", index="640402-ngjd/2023-00001",
         mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-bosi-jiedao-t4-dash-note-small-body-2022",
         special="A 街道's 博思 page: table 四's zero cells 「—」 (gold: null) with a note."),
    dict(id="h24-yinchuan-zrzyj-platform-hdr2-2024", fmt="html", template="GF2021", year=2024,
         source="ankang-2022", agency="银川市自然资源局", region=NX + "银川市", level="市级部门",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-city-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-xiakou-zhen-blank-2023", fmt="docx", template="GF2021", year=2023,
         source="hongze-2023", small=True, t4cases={"ld.keep": 1}, agency="青铜峡市峡口镇人民政府",
         region=NX + "吴忠市青铜峡市", level="乡镇", mark_zero=[(r"t4\..*", "")], notes={"t4": BLANK_NOTE},
         printer=N.d_report17, family="docx-zhen-county-level-city-t4-blank-zeros-note-2023",
         special="A 镇's Word report: table 四's zero cells blank (gold: null) with a note."),
    dict(id="d17-yanchi-nyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="盐池县农业农村局", region=NX + "吴忠市盐池县", level="县级部门",
         stats=dict(active=186, web=150, other=36, norm=2, apps=3, face=1, net=2, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-county-agri-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) county bureau's report as Word: numbered statistics rows."),
]

YC = dict(city="银川市", host="www.yinchuan.gov.cn", webid="6401000001", icp="宁ICP备05001521号-1",
          phone="0951-6888114")
SZS = dict(city="石嘴山市", host="www.shizuishan.gov.cn", webid="6402000002", icp="宁ICP备05003372号",
           phone="0952-2013123")
WZ = dict(city="吴忠市", host="www.wuzhong.gov.cn", webid="6403000003", icp="宁ICP备05004486号-2",
          phone="0953-2022345")
GY = dict(city="固原市", host="www.nxgy.gov.cn", webid="6404000011", icp="宁ICP备06000837号",
          phone="0954-2036789")
ZW = dict(city="中卫市", host="www.nxzw.gov.cn", webid="6405000004", icp="宁ICP备05001880号-3",
          phone="0955-7012345")


def site(d: dict, where: dict) -> dict:
    return T.site_fields(d, **where)


HUNT = [
    # ================================================================== HUNT half (10): saved from the web, passed on
    site(dict(id="h23-jinfeng-gov-snapshot-saved-complete-2023", fmt="html", template="GF2021", year=2023,
              source="pingtan-2022", agency="银川市金凤区人民政府", region=NX + "银川市金凤区", level="县级政府",
              pub="2024-01-19", site="银川市金凤区人民政府",
              printer=T.h_snapshot,
              family="html-browser-save-complete-snapshot-saved-from-comment-sidebar-counts-visit-counter-scripts",
              special="The CMS page saved 「网页，全部」 as one .html and passed on: 「saved from url」 comment, the top "
                      "bar with the date and a visit counter, the directory sidebar with counts 「（318）」, the "
                      "article (浏览次数 in its info line), 相关链接 with dates, the footer's phone, ICP number and "
                      "网站标识码, statistics scripts before and after the page. Only the article is the report."),
         YC),
    site(dict(id="z22-pingluo-fgj-saved-folder-zip-2022", fmt="zip", template="GF2021", year=2022,
              source="hebei-edu-2021", agency="平罗县发展和改革局", region=NX + "石嘴山市平罗县", level="县级部门",
              pub="2023-01-20", site="平罗县人民政府",
              printer=T.z_saved_folder,
              family="zip-browser-saved-page-html-and-files-folder-css-js-comment-widget",
              special="The page saved 「网页，全部」 (<title>.html and <title>_files/ with its CSS, a script and the "
                      "comment widget's saved_resource.html 「网友评论（0）…第 1/1 页」), the two zipped and passed "
                      "on; the page has the site's sidebar, counters, related links and footer around the article."),
         SZS),
    site(dict(id="h24-hongsibu-jyj-singlefile-2024", fmt="html", template="GF2021", year=2024,
              source="hongze-2023", agency="吴忠市红寺堡区教育局", region=NX + "吴忠市红寺堡区", level="县级部门",
              pub="2025-01-16", site="吴忠市红寺堡区人民政府",
              printer=T.h_singlefile,
              family="html-singlefile-extension-save-inline-css-data-uri-logo-url-saved-date-comment",
              special="The SingleFile browser extension's one-file save: a comment with the URL and the save date "
                      "first, the stylesheet inlined (px figures, a media query), the logo as a data:image/png URI, "
                      "the site's sidebar and footer around the article."),
         WZ),
    site(dict(id="h23-xiji-wjw-wechat-mp-2023", fmt="html", template="GF2021", year=2023,
              source="ankang-2022", agency="西吉县卫生健康局", region=NX + "固原市西吉县", level="县级部门",
              pub="2024-01-25", site="西吉县卫生健康局", account="西吉健康", province="宁夏", ct=1706178600,
              printer=T.h_wechat,
              family="html-wechat-mp-article-saved-section-styled-blocks-figures-in-styled-spans-read-count",
              special="A WeChat 公众号 article saved from the browser: title, account line (原创, the account, the "
                      "time, 宁夏), #js_content with every block in a styled <section>, headings in red <strong>, "
                      "table cells holding <section><span style=…>figure</span></section>, the tables in scrolling "
                      "sections; under the article 来源/编辑/审核 and 「阅读 n　赞 n　在看 n」."),
         GY),
    site(dict(id="h22-haiyuan-gov-mobile-cards-2022", fmt="html", template="GF2021", year=2022,
              source="pingtan-2022", agency="海原县人民政府", region=NX + "中卫市海原县", level="县级政府",
              pub="2023-01-18", site="海原县人民政府",
              printer=T.h_mobile_cards,
              family="html-mobile-site-t3-row-cards-t4-kind-cards-label-value-rows-t2-scroll-table",
              special="A mobile-site (m.) page as a phone saves it: table 二 as a table in a scrolling wrapper; table "
                      "三 as one card per row (the row's name, then 7 label/value rows 自然人 … 总计; the group names "
                      "（三）不予公开 etc. as separators) and table 四 as three cards (行政复议, 行政诉讼·未经复议直接起诉, "
                      "行政诉讼·复议后起诉) of 5 label/value rows."),
         ZW),
    site(dict(id="m21-longde-zhen-reader-clip-md-2021", fmt="markdown", template="GF2021", year=2021,
              source="pingtan-2021", small=True, t4cases={}, agency="隆德县城关镇人民政府", region=NX + "固原市隆德县",
              level="乡镇", pub="2022-01-21", site="隆德县人民政府",
              printer=T.m_reader_clip,
              family="md-web-clipper-front-matter-pipe-tables-merged-cells-empty-related-links",
              special="A reader app's / web clipper's Markdown clip into a notes vault: YAML front matter (title, "
                      "source URL, clipped time, tags), the site's logo link, the info line as a quote (浏览次数), "
                      "the article with pipe tables (merged cells written once, the slots they cover empty), the "
                      "related links with dates as a list at the end."),
         GY),
    site(dict(id="t19-helan-cgj-select-all-copy-gf2019-2019", fmt="txt", template="GF2019", year=2019,
              source="pingtan-2019", agency="贺兰县城市管理局", region=NX + "银川市贺兰县", level="县级部门",
              pub="2020-01-17", site="贺兰县人民政府",
              printer=T.t_select_all,
              family="text-gf2019-browser-select-all-copy-notepad-tab-cells-site-nav-and-footer",
              special="A GF2019 page selected with Ctrl+A, copied and pasted into Notepad (UTF-8 with BOM, CRLF): "
                      "the site's navigation, date and visit counter, the info line with 浏览次数, the article with "
                      "each table row one line of tab-separated cells (merged cells once, covered slots empty), "
                      "上一篇/下一篇, related links with dates, the footer's phone, ICP number and 网站标识码."),
         YC),
    site(dict(id="d24-huinong-zjj-browser-paste-docx-2024", fmt="docx", template="GF2021", year=2024,
              source="hebei-edu-2023", agency="石嘴山市惠农区住房和城乡建设局", region=NX + "石嘴山市惠农区",
              level="县级部门", pub="2025-01-23", site="石嘴山市惠农区人民政府",
              printer=T.d_browser_paste,
              family="docx-web-page-pasted-into-word-with-site-nav-counter-and-related-links",
              special="The CMS page selected and pasted into Word, then passed on as the report: the site's "
                      "navigation, the date and visit counter and the breadcrumb before the title; the related "
                      "links with dates and the footer's phone, ICP number and 网站标识码 after the signature."),
         SZS),
    site(dict(id="p25-zhongning-gov-edge-print-nav-2025", fmt="pdf", template="GF2021", year=2025,
              source="pingtan-2022", agency="中宁县人民政府", region=NX + "中卫市中宁县", level="县级政府",
              pub="2026-01-20", site="中宁县人民政府", nopageno=True,
              chrome={"when": "2026/1/22 15:07", "url": "https://www.zhongning.gov.cn/xxgk/zfxxgkndbg/202601/t20260120_4821937.html"},
              creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                      "Safari/537.36 Edg/131.0.0.0",
              producer="Skia/PDF m131",
              printer=T.p_edge_print_nav,
              family="pdf-edge-print-to-pdf-cms-page-with-nav-visit-counter-related-links-t3-header-split-across-pages",
              special="Edge's 「打印→另存为PDF」 of the CMS page: the print date/time and page title on top, the URL "
                      "and 「n/N」 at the foot of each page; the site's navigation with the date and visit counter "
                      "printed before the title, the related links with dates and the footer's phone and ICP number "
                      "after the signature; no page numbers of the report's own; table 三's first header row 「申请人情况」 alone "
                      "at the foot of page 1, the rest of the table on page 2."),
         ZW),
    site(dict(id="p23-tongxin-swj-word-markup-balloons-2023", fmt="pdf", template="GF2021", year=2023,
              source="hongze-2023", agency="同心县商务和投资促进局", region=NX + "吴忠市同心县", level="县级部门",
              pub="2024-01-18", site="同心县人民政府",
              balloons=[(1, ["批注 [马1]: 主动公开条数与网站后台统计核对一致。",
                             "已删除: 2022"]),
                        (2, ["批注 [马2]: 本年新收申请 件数请办公室再核对，已与台账一致，共 17 件来函未计入。",
                             "批注 [王3]: 上年结转 2 件已办结。",
                             "已删除: 3"]),
                        (3, ["批注 [王4]: 复议 1 件为市局转办件，已确认。"])],
              creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
              printer=T.p_word_markup,
              family="pdf-word-print-with-markup-page-scaled-comment-and-deletion-balloons-right-margin",
              special="A Word report printed to PDF with 「显示标记」 on and passed on: each page's content scaled to "
                      "0.8 at the left, the reviewers' comments 「批注 [马2]: …17 件…」 and tracked deletions "
                      "「已删除: 3」 as red text in the right margin beside the tables — figures that are not cells."),
         WZ),
]
REPORTS += HUNT
