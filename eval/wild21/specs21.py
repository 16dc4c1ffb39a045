"""The 30 reports of eval/wild21 (read by make.py): realistic half (Hunan places), hunt half (Jiangxi places)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam21 as W

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

REPORTS = [
    # ================================================================== REALISTIC half (15)
    # ------------------------------------------------------------------ PDF (7)
    dict(id="p24-shebu-zhen-wps-units-heji-2024", fmt="pdf", template="GF2021", year=2024, source="hongze-2023",
         small=True, t4cases={"rv.keep": 1}, agency="湘潭县射埠镇人民政府", region="湖南省湘潭市湘潭县",
         level="乡镇", unit_line=["t3", "t4"], relabel=HJ, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-zhen-unit-lines-heji-spaced-2024",
         special="A 镇's WPS PDF: 「单位：件」 over tables 三 and 四, 「合  计」 for 总计."),
    dict(id="p23-liuyang-fgj-acrobat-hdr2-t4dash-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="浏阳市发展和改革局", region="湖南省长沙市浏阳市", level="县级部门",
         hdr2=True, mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         creator="Acrobat PDFMaker 23 for Word", producer="Adobe PDF Library 23.1.175",
         printer=N.p_report17, family="pdf-acrobat-county-bureau-hdr2-t4-dash-note",
         special="A county-level city bureau's Acrobat PDF: table 三 with two header rows, table 四's zero cells 「—」 "
                 "(gold: null) with a note."),
    dict(id="p25-ningxiang-gov-lo-extra-xubiao-header-2025", fmt="pdf", template="GF2021", year=2025,
         source="ankang-2022", agency="宁乡市人民政府", region="湖南省长沙市宁乡市", level="县级政府",
         extra_row=True, notes={"t3": ONLINE_NOTE}, t3_cont="hdr", page_header="宁乡市人民政府",
         creator="Writer", producer="LibreOffice 24.2",
         printer=N.p_report17, family="pdf-2025-libreoffice-county-gov-extra-online-subrow-xubiao-hdr-page-header",
         special="A 2025 county-level city government's LibreOffice PDF: table 三 with the extra sub-row 「其中：通过在线"
                 "平台申请」 (not template cells), continued under 「续表」 with its header rows, a running page header."),
    dict(id="p22-songshanlu-jd-word-cutrow-blank-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2022", small=True, agency="株洲市天元区嵩山路街道办事处", region="湖南省株洲市天元区",
         level="乡镇", t3_cut=True, mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=N.p_report17, family="pdf-word-jiedao-t3-row-cut-blank-zeros-note",
         special="A 街道's Word PDF: table 三 runs onto the next page with a row cut by the page break, its zero cells "
                 "blank (gold: null) with a note."),
    dict(id="p20-liling-jyj-gf2019-word-right-cn-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="醴陵市教育局", region="湖南省株洲市醴陵市", level="县级部门",
         values="right", date_style="cn",
         printer=N.p_report17, family="pdf-gf2019-word-county-bureau-values-right-cn-date",
         special="A GF2019 county-level city bureau's Word PDF: figures right-aligned, the date in Chinese numerals."),
    dict(id="p21-xiangxiang-zrzyj-wps-abbr-t4slash-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", agency="湘乡市自然资源局", region="湖南省湘潭市湘乡市", level="县级部门",
         abbr=True, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-county-bureau-abbrev-t4-slash-note-2021",
         special="A county-level city bureau's WPS PDF: the 法人 block abbreviated, table 四's zero cells 「/」 (gold: "
                 "null) with a note."),
    dict(id="p24-hengyang-sthjj-acrobat-heji-header-rv-defect-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="衡阳市生态环境局", region="湖南省衡阳市", level="市级部门",
         relabel=XJ, page_header="衡阳市生态环境局", t4defect={"rv.tot": 1},
         creator="Acrobat PDFMaker 24 for Word", producer="Adobe PDF Library 24.2.159",
         printer=N.p_report17, family="pdf-acrobat-city-bureau-heji-page-header-t4-total-defect",
         special="A city bureau's Acrobat PDF: 「合计」 for 总计, the bureau's name as a running page header. A real "
                 "defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    # ------------------------------------------------------------------ HTML (4)
    dict(id="h23-huangxing-zhen-trs-units-blank-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", small=True, agency="长沙县黄兴镇人民政府", region="湖南省长沙市长沙县", level="乡镇",
         pub="2024-01-19", cms="trs", index="430121-hxz/2024-00001", unit_line=["t3", "t4"],
         mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=N.h_cms17, family="html-trs-zhen-unit-lines-t3-blank-zeros-note",
         special="A 镇's TRS page: 「单位：件」 over tables 三 and 四, table 三's zero cells blank (gold: null) with a note."),
    dict(id="h24-shaoshan-gov-bosi-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="ankang-2022", agency="韶山市人民政府", region="湖南省湘潭市韶山市", level="县级政府",
         pub="2025-01-22", cms="bosi", hdr2=True, relabel=XJ,
         printer=N.h_cms17, family="html-bosi-county-gov-hdr2-heji",
         special="A county-level city government's 博思 page: table 三 with two header rows, 「合计」 for 总计."),
    dict(id="h25-youxian-wjj-dahan-extra-t4slash-2025", fmt="html", template="GF2021", year=2025,
         source="hebei-edu-2021", agency="攸县卫生健康局", region="湖南省株洲市攸县", level="县级部门",
         pub="2026-01-20", cms="dahan", index="430223-wjj/2026-00003", extra_row=True,
         mark_zero=[(r"t4\..*", "/")], notes={"t3": ONLINE_NOTE, "t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-dahan-2025-bureau-extra-online-subrow-t4-slash",
         special="A 2025 county bureau's 大汉 page: table 三 with the extra sub-row (not template cells), table 四's zero "
                 "cells 「/」 (gold: null) with a note."),
    dict(id="h19-qiaokou-zhen-gf2019-platform-t4dash-2019", fmt="html", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="长沙市望城区乔口镇人民政府", region="湖南省长沙市望城区",
         level="乡镇", pub="2020-01-16", cms="platform", mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-gf2019-platform-zhen-t4-dash-note",
         special="A GF2019 镇's platform page: table 四 all 「—」 (gold: null) with its note."),
    # ------------------------------------------------------------------ DOCX (3, one LEGACY), text (1)
    dict(id="d23-chaling-czj-hdr2-units-2023", fmt="docx", template="GF2021", year=2023, source="pingtan-2022",
         agency="茶陵县财政局", region="湖南省株洲市茶陵县", level="县级部门", hdr2=True, unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-county-bureau-hdr2-unit-lines-2023",
         special="A county bureau's Word report: table 三 with two header rows, 「单位：件」 over tables 三 and 四."),
    dict(id="d25-luyuan-zhen-extra-blank-2025", fmt="docx", template="GF2021", year=2025, source="pingtan-2021",
         small=True, agency="炎陵县鹿原镇人民政府", region="湖南省株洲市炎陵县", level="乡镇", extra_row=True,
         mark_zero=[(r"t3\..*", "")], notes={"t3": ONLINE_NOTE + BLANK_NOTE},
         printer=N.d_report17, family="docx-2025-zhen-extra-online-subrow-t3-blank-zeros",
         special="A 2025 镇's Word report: table 三 with the extra sub-row (not template cells), its zero cells blank "
                 "(gold: null) with a note."),
    dict(id="d18-jingzi-zhen-legacy-2018", fmt="docx", template="LEGACY", year=2018,
         agency="双峰县井字镇人民政府", region="湖南省娄底市双峰县", level="乡镇",
         stats=dict(active=143, web=118, other=25, norm=3, apps=4, face=2, net=2, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2018-zhen-numbered-stat-rows",
         special="2018 report of a 镇 (old 条例): prose and the 统计表 with a 序号 column (Word)."),
    dict(id="t22-miluo-gov-copy-t3dash-2022", fmt="txt", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="汨罗市人民政府", region="湖南省岳阳市汨罗市", level="县级政府", pub="2023-01-18",
         mark_zero=[(r"t3\..*", "—")],
         printer=G.t_copy15, family="text-page-copy-tab-cells-county-gov-t3-dash",
         special="A county-level city government's report page as a crawler copied it (tab cells): table 三's zero "
                 "cells 「—」 (gold: null)."),
    # ================================================================== HUNT half (15)
    dict(id="z24-nanchang-gov-trs-paginated-zip-2024", fmt="zip", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="南昌县人民政府", region="江西省南昌市南昌县", level="县级政府",
         pub="2025-01-21", cms="trs", index="360121-zfb/2025-00002", hdr2=True,
         url="http://www.ncx.gov.cn/zwgk/zfxxgk/ndbg/202501/t20250121_5627381.html",
         zdt=(2025, 3, 4, 10, 12, 6),
         printer=W.z_paginated, family="zip-cms-article-paginated-three-pages-split-mid-table-hdr2",
         special="A county government's TRS article paginated by the editor's page breaks (第1页/第2页/第3页: t…html, "
                 "t…_1.html, t…_2.html, each in the site's page shell with 「上一页 1 2 3 下一页」), the second break "
                 "inside table 三 (the table ends unclosed on page 2, its remaining rows open page 3); the crawler's "
                 "pages in one .zip. Table 三 with two header rows."),
    dict(id="z20-jinxian-sjj-gbk-zip-docx-gf2019-2020", fmt="zip", template="GF2019", year=2020,
         source="pingtan-2020", agency="进贤县审计局", region="江西省南昌市进贤县", level="县级部门",
         unit_line=["t3", "t4"], zdt=(2021, 1, 15, 16, 48, 22),
         printer=W.z_attachment, family="zip-windows-gbk-names-attachment-docx-gf2019-bureau",
         special="The page's 附件 「….zip」 made by Windows' compressed folder: member names in GBK (no UTF-8 flag), a "
                 "folder holding the GF2019 Word report and a 说明.txt; 「单位：件」 over tables 三 and 四."),
    dict(id="p23-changbu-zhen-rc4-nocopy-2023", fmt="pdf", template="GF2021", year=2023, source="pingtan-2022",
         small=True, t4cases={"ld.keep": 1}, agency="安义县长埠镇人民政府", region="江西省南昌市安义县",
         level="乡镇", owner_pw="ayczz2024", strength=128, hdr2=True, creator="WPS 文字", producer="WPS 文字",
         printer=W.p_encrypted, family="pdf-owner-password-rc4-128-no-copy-wps-zhen-hdr2",
         special="A 镇's WPS PDF saved with a permissions password (RC4 128-bit, empty open password: printing "
                 "allowed, copying and editing not); table 三 with two header rows."),
    dict(id="p25-xinjian-nyncj-cover-pdf-attach-extra-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="南昌市新建区农业农村局", region="江西省南昌市新建区", level="县级部门",
         extra_row=True, notes={"t3": ONLINE_NOTE}, inner_fmt="pdf", to="新建区政务公开办",
         letter_date="2026年1月16日", moddate="20260116093512+08'00'",
         creator="Acrobat PDFMaker 24 for Word", producer="Adobe PDF Library 24.5.96",
         printer=W.p_cover_attachment, family="pdf-cover-letter-embedded-file-report-pdf-2025-extra-online-subrow",
         special="A district bureau's one-page 报送函 PDF with the report's own PDF attached as an embedded file (the "
                 "EmbeddedFiles name tree, /PageMode /UseAttachments, added by an incremental update as Acrobat's "
                 "「附加文件」 does); the report's table 三 with the extra sub-row (not template cells)."),
    dict(id="p22-hongdu-jd-cover-docx-attach-carry-defect-2022", fmt="pdf", template="GF2021", year=2022,
         source="pingtan-2021", small=True, t4cases={"rv.keep": 1}, agency="南昌市西湖区洪都街道办事处",
         region="江西省南昌市西湖区", level="乡镇", defect={"carry_in.np": 2}, inner_fmt="docx",
         to="西湖区政府办公室", letter_date="2023年1月13日", moddate="20230113154027+08'00'",
         printer=W.p_cover_attachment, family="pdf-cover-letter-embedded-file-report-docx-jiedao-carry-in-defect",
         special="A 街道's 报送函 PDF (Word) with the Word report attached as an embedded file. A real defect: "
                 "二、上年结转 自然人 a stale figure, two too many. **Findings:** H1 column np, H2 t3.carry_in."),
    dict(id="x21-lianxi-scjgj-word2003-xml-2021", fmt="xml", template="GF2021", year=2021, source="ankang-2022",
         agency="九江市濂溪区市场监督管理局", region="江西省九江市濂溪区", level="县级部门", abbr=True,
         author="lxqscjgj", created="2022-01-17T02:41:00Z",
         printer=W.x_word2003, family="xml-word2003-wordml-flat-document-bureau-abbrev",
         special="Word's 「Word 2003 XML 文档」 (.xml): one w:wordDocument in the 2003 WordprocessingML namespace "
                 "(mso-application PI, o:DocumentProperties, wx:sect, w:vmerge); the 法人 block abbreviated."),
    dict(id="n24-tangshan-xiang-yinxiang-enex-2024", fmt="enex", template="GF2021", year=2024,
         source="pingtan-2021", small=True, agency="德安县塘山乡人民政府", region="江西省九江市德安县", level="乡镇",
         pub="2025-01-17", cms="platform", mark_zero=[(r"t4\..*", "/")],
         url="http://www.dean.gov.cn/zwgk/xzfxxgk/tsx/ndbg/202501/t20250117_7716302.html",
         exported="20250305T081422Z", clipped="20250305T081109Z",
         printer=W.n_enex, family="enex-yinxiang-web-clip-enml-xiang-t4-slash",
         special="印象笔记's export (.enex) of a web clip of a 乡's report page: the note's ENML in CDATA (class/id "
                 "dropped, headings as div), the clip's source URL; table 四's zero cells 「/」 (gold: null)."),
    dict(id="a23-duchang-jtysj-chrome-har-2023", fmt="har", template="GF2021", year=2023, source="hongze-2023",
         agency="都昌县交通运输局", region="江西省九江市都昌县", level="县级部门", pub="2024-01-24", cms="trs",
         index="360428-jtysj/2024-00001", unit_line=["t3", "t4"], browser="chrome", aid=6120734,
         url="http://www.duchang.gov.cn/zwgk/zfxxgk/jtysj/ndbg/202401/t20240124_6120734.html",
         started="2024-03-11T02:36:18.412Z",
         ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
            "Safari/537.36",
         printer=W.j_har, family="har-chrome-devtools-export-document-text-bureau-unit-lines",
         special="Chrome DevTools' 「Save all as HAR with content」 (.har): log.entries with the document (its HTML as "
                 "response.content.text), the stylesheet and a visit-counter XHR; 「单位：件」 over tables 三 and 四."),
    dict(id="a19-baisha-zhen-firefox-har-gf2019-2019", fmt="har", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="修水县白沙岭镇人民政府", region="江西省九江市修水县", level="乡镇",
         pub="2020-01-20", cms="bosi", relabel=HJ, browser="firefox", aid=3318200,
         url="http://www.xiushui.gov.cn/zwgk/xzfxxgk/bslz/ndbg/202001/t20200120_3318200.html",
         started="2020-04-02T09:15:44.031+08:00",
         ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
         printer=W.j_har, family="har-firefox-export-base64-content-gf2019-zhen-heji-spaced",
         special="Firefox's 「另存为 HAR」 (.har): the document's body base64 (\"encoding\": \"base64\"); a GF2019 "
                 "镇's 博思 page, 「合  计」 for 总计."),
    dict(id="g24-wuning-gov-gzip-store-gbk-2024", fmt="gzip", ext="html.gz", template="GF2021", year=2024, source="ankang-2022",
         agency="武宁县人民政府", region="江西省九江市武宁县", level="县级政府", pub="2025-01-23", cms="dahan",
         index="360423-zfb/2025-00004", hdr2=True, mtime=1741240233,
         url="http://www.wuning.gov.cn/zwgk/zfxxgk/ndbg/202501/t20250123_6902117.html",
         printer=W.g_html_gz, family="html-gz-crawler-store-gbk-dahan-county-gov-hdr2",
         special="A crawler's page store: the page's body as served (GBK, <meta> gb2312) gzip-compressed (.html.gz, "
                 "the original name in the gzip header); a county government's 大汉 page, table 三 with two header "
                 "rows."),
    dict(id="w25-gaoan-xiang-warcio-chunked-gzip-extra-2025", fmt="warc", template="GF2021", year=2025,
         source="pingtan-2022", small=True, agency="高安市上湖乡人民政府", region="江西省宜春市高安市", level="乡镇",
         pub="2026-01-19", cms="platform", extra_row=True, notes={"t3": ONLINE_NOTE}, aid=7730551,
         url="http://www.gaoan.gov.cn/zwgk/xzfxxgk/shx/ndbg/202601/t20260119_7730551.html",
         crawl="2026-02-03T07:22:41Z", httpdate="Tue, 03 Feb 2026 07:22:41 GMT",
         warcname="ndbg-20260203072241.warc",
         printer=W.w_warc_raw, family="warc-warcio-raw-response-chunked-gzip-2025-xiang-extra-online-subrow",
         special="A warcio capture (.warc, uncompressed file): the response recorded raw — Transfer-Encoding: "
                 "chunked, Content-Encoding: gzip; a 2025 乡's platform page, table 三 with the extra sub-row (not "
                 "template cells)."),
    dict(id="d23-fengxin-gov-floating-tables-new-defect-2023", fmt="docx", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="奉新县人民政府", region="江西省宜春市奉新县", level="县级政府",
         defect={"new.tot": 1}, relabel=XJ,
         printer=W.d_floating, family="docx-floating-tables-tblppr-county-gov-heji-new-total-defect",
         special="A county government's Word report whose tables are floating (w:tblpPr: dragged into place, text "
                 "wrapping around); 「合计」 for 总计. A real defect: 一、本年新收 总计 one too many. **Findings:** H1 "
                 "column tot, H2 t3.new."),
    dict(id="t16-tanshan-zhen-wget-targz-legacy-2016", fmt="tar", ext="tar.gz", template="LEGACY", year=2016,
         agency="宜丰县潭山镇人民政府", region="江西省宜春市宜丰县", level="乡镇", mtime=1512035417,
         stats=dict(active=97, web=80, other=17, norm=2, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         inner=G.h_legacy15,
         url="http://www.yifeng.gov.cn/zwgk/xxgkml/tsz/ndbg/201703/t20170315_118204.html",
         printer=W.t_wget_tar, family="legacy-tar-gz-wget-mirror-2016-zhen-stat-table-unit-column",
         special="2016 report of a 镇 (old 条例) in a wget mirror packed as .tar.gz (host/path/….html, the stylesheet, "
                 "robots.txt): the page with prose and the 统计表 with a 单位 column (LEGACY)."),
    dict(id="e22-yuanzhou-wlj-outlook-rfc822-2022", fmt="eml", template="GF2021", year=2022,
         source="shanghai-kewei-2024", agency="宜春市袁州区文化广电新闻出版旅游局", region="江西省宜春市袁州区",
         level="县级部门", pub="2023-01-19", cms="trs", index="360902-wlj/2023-00001", mark_zero=[(r"t4\..*", "—")],
         aid=40917, mailname="袁州区文广新旅局办公室", mailfrom="yzqwlj@yichun.gov.cn", mailto="yzqdaj@yichun.gov.cn",
         mailto_name="区档案馆", maildate="Mon, 30 Jan 2023 10:22:05 +0800",
         maildate0="Thu, 19 Jan 2023 17:40:12 +0800",
         printer=W.e_rfc822, family="eml-outlook-forward-as-attachment-message-rfc822-bureau-t4-dash",
         special="Outlook's 「以附件形式转发」 (.eml): a GB2312 note and the site's 发布通知 attached as message/rfc822 "
                 "(its own multipart/alternative, the article as quoted-printable UTF-8 HTML); table 四's zero cells "
                 "「—」 (gold: null)."),
    dict(id="y21-daixi-xiang-youdao-clip-slash-2021", fmt="html", template="GF2021", year=2021,
         source="pingtan-2021", small=True, agency="铜鼓县带溪乡人民政府", region="江西省宜春市铜鼓县", level="乡镇",
         pub="2022-01-18", cms="bosi", mark_zero=[(r"t2\.(reg|norm)\..*", "/")],
         url="http://www.tonggu.gov.cn/zwgk/xzfxxgk/dxx/ndbg/202201/t20220118_5520117.html",
         printer=W.h_youdao, family="html-youdao-note-web-clip-inline-styles-xiang-t2-slash",
         special="有道云笔记's web clip exported as HTML: classes replaced by inline styles, the note's head with the "
                 "clip's source URL; a 乡's page, table 二's 规章 rows 「/」 (gold: null)."),
]
