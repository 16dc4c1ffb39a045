"""Rebuild eval/wild20 (reports + gold) byte for byte: `.venv/bin/python eval/wild20/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam20.py (on fam19's, fam18's, fam17's, fam16's, fam15's, fam14's, fam13's and fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam14  # noqa: F401,E402  (its hooks)
import fam15 as G  # noqa: E402
import fam16 as F  # noqa: E402
import fam17 as N  # noqa: E402
import fam18 as R  # noqa: E402,F401
import fam19 as S  # noqa: E402,F401
import fam20 as V  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json", "fodt": "fodt",
       "fods": "fods", "xml": "xml", "eml": "eml", "warc": "warc", "webarchive": "webarchive", "jsonl": "jsonl",
       "mhtml": "mhtml"}



HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]

ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

REPORTS = [
    # ================================================================== REALISTIC half (15)
    # ------------------------------------------------------------------ PDF (7)
    dict(id="p24-rongjiang-zhen-wps-hdr2-blank-2024", fmt="pdf", template="GF2021", year=2024,
         source="pingtan-2021", small=True, t4cases={"rv.keep": 1}, agency="兴安县溶江镇人民政府",
         region="广西壮族自治区桂林市兴安县", level="乡镇", hdr2=True, mark_zero=[(r"t3\..*", "")],
         notes={"t3": BLANK_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-zhen-hdr2-t3-blank-zeros-note",
         special="A 镇's WPS PDF: table 三 with two header rows, its zero cells blank (gold: null) with a note."),
    dict(id="p23-lingui-gov-acrobat-xubiao-heji-2023", fmt="pdf", template="GF2021", year=2023, source="ankang-2022",
         agency="桂林市临桂区人民政府", region="广西壮族自治区桂林市临桂区", level="县级政府", t3_cont="hdr",
         relabel=XJ, creator="Acrobat PDFMaker 23 for Word", producer="Adobe PDF Library 23.8.53",
         printer=N.p_report17, family="pdf-acrobat-county-gov-t3-xubiao-hdr-heji",
         special="A district government's Acrobat PDF: table 三 continued under 「续表」 with its header rows again, "
                 "「合计」 for 总计."),
    dict(id="p22-yangshuo-wlj-lo-units-t4slash-2022", fmt="pdf", template="GF2021", year=2022,
         source="hebei-edu-2021", agency="阳朔县文化广电和旅游局", region="广西壮族自治区桂林市阳朔县",
         level="县级部门", unit_line=["t3", "t4"], mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         creator="Writer", producer="LibreOffice 7.3",
         printer=N.p_report17, family="pdf-libreoffice-county-bureau-unit-lines-t4-slash",
         special="A county bureau's LibreOffice PDF: 「单位：件」 over tables 三 and 四, table 四's zero cells 「/」 "
                 "(gold: null) with a note."),
    dict(id="p25-sishui-xiang-wps-extra-dash-2025", fmt="pdf", template="GF2021", year=2025,
         source="pingtan-2022", small=True, agency="龙胜各族自治县泗水乡人民政府",
         region="广西壮族自治区桂林市龙胜各族自治县", level="乡镇", extra_row=True,
         mark_zero=[(r"t4\..*", "—")], notes={"t3": ONLINE_NOTE, "t4": DASH_NOTE},
         creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-2025-wps-xiang-extra-online-subrow-t4-dash",
         special="A 2025 乡's WPS PDF: table 三 with the extra sub-row 「其中：通过在线平台申请」 (not template cells), "
                 "table 四 all 「—」 (gold: null) with its note."),
    dict(id="p21-liuzhou-scjgj-word-right-header-rv-defect-2021", fmt="pdf", template="GF2021", year=2021,
         source="shanghai-kewei-2024", agency="柳州市市场监督管理局", region="广西壮族自治区柳州市",
         level="市级部门", values="right", page_header="柳州市市场监督管理局", t4defect={"rv.tot": 1},
         printer=N.p_report17, family="pdf-word-city-bureau-values-right-page-header-t4-total-defect",
         special="A city bureau's Word PDF: figures right-aligned, the bureau's name as a running page header. A real "
                 "defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="p19-beimen-jd-gf2019-acrobat-heji-slash-2019", fmt="pdf", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="桂林市叠彩区北门街道办事处", region="广西壮族自治区桂林市叠彩区",
         level="乡镇", relabel=HJ, mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         creator="Acrobat PDFMaker 19 for Word", producer="Adobe PDF Library 19.12.66",
         printer=N.p_report17, family="pdf-gf2019-acrobat-jiedao-heji-spaced-t4-slash",
         special="A GF2019 街道's Acrobat PDF: 「合  计」 for 总计, table 四 all 「/」 (gold: null) with its note."),
    dict(id="p24-rongshui-jyj-word-cutrow-abbr-cn-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="融水苗族自治县教育局", region="广西壮族自治区柳州市融水苗族自治县",
         level="县级部门", t3_cut=True, abbr=True, date_style="cn",
         printer=N.p_report17, family="pdf-word-county-bureau-t3-row-cut-abbrev-cn-date",
         special="A county bureau's Word PDF: table 三 runs onto the next page with a row cut by the page break, the "
                 "法人 block abbreviated, the date in Chinese numerals."),
    # ------------------------------------------------------------------ HTML (4)
    dict(id="h24-lianhua-zhen-bosi-hdr2-t2slash-2024", fmt="html", template="GF2021", year=2024,
         source="hongze-2023", small=True, agency="恭城瑶族自治县莲花镇人民政府",
         region="广西壮族自治区桂林市恭城瑶族自治县", level="乡镇", pub="2025-01-16", cms="bosi", hdr2=True,
         mark_zero=[(r"t2\.(reg|norm)\..*", "/")],
         printer=N.h_cms17, family="html-bosi-zhen-hdr2-t2-slash",
         special="A 镇's 博思 page: table 三 with two header rows, table 二's 规章 row 「/」 (its zero cells; gold: null)."),
    dict(id="h23-lipu-nyncj-dahan-abbr-t4dash-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="荔浦市农业农村局", region="广西壮族自治区桂林市荔浦市", level="县级部门",
         pub="2024-01-23", cms="dahan", index="450331-nyncj/2024-00002", abbr=True, mark_zero=[(r"t4\..*", "—")],
         notes={"t4": DASH_NOTE},
         printer=N.h_cms17, family="html-dahan-bureau-abbrev-t4-dash-note",
         special="A county-level city bureau's 大汉 page: the 法人 block abbreviated, table 四's zero cells 「—」 "
                 "(gold: null) with a note."),
    dict(id="h25-sanjiang-gov-trs-extra-heji-2025", fmt="html", template="GF2021", year=2025, source="ankang-2022",
         agency="三江侗族自治县人民政府", region="广西壮族自治区柳州市三江侗族自治县", level="县级政府",
         pub="2026-01-22", cms="trs", index="450226-zfb/2026-00004", extra_row=True, relabel=XJ,
         notes={"t3": ONLINE_NOTE},
         printer=N.h_cms17, family="html-trs-2025-county-gov-extra-online-subrow-heji",
         special="A 2025 county government's TRS page: table 三 with the extra sub-row 「其中：通过在线平台申请」 (not "
                 "template cells), 「合计」 for 总计."),
    dict(id="h20-zhongdu-zhen-gf2019-platform-units-blank-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2020", small=True, agency="鹿寨县中渡镇人民政府", region="广西壮族自治区柳州市鹿寨县",
         level="乡镇", pub="2021-01-18", cms="platform", unit_line=["t3", "t4"], mark_zero=[(r"t3\..*", "")],
         notes={"t3": BLANK_NOTE},
         printer=N.h_cms17, family="html-gf2019-platform-zhen-unit-lines-t3-blank-zeros",
         special="A GF2019 镇's platform page: 「单位：件」 over tables 三 and 四, table 三's zero cells blank (gold: "
                 "null) with a note."),
    # ------------------------------------------------------------------ DOCX (3, one LEGACY), text (1)
    dict(id="d24-pingle-czj-abbr-blank-cn-2024", fmt="docx", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="平乐县财政局", region="广西壮族自治区桂林市平乐县", level="县级部门",
         abbr=True, mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE}, date_style="cn",
         printer=N.d_report17, family="docx-county-bureau-abbrev-t3-blank-zeros-cn-date",
         special="A county bureau's Word report: the 法人 block abbreviated, table 三's zero cells blank (gold: null) "
                 "with a note, the date in Chinese numerals."),
    dict(id="d25-ziyuan-zhen-extra-t4slash-2025", fmt="docx", template="GF2021", year=2025, source="pingtan-2021",
         small=True, t4cases={"ld.keep": 1}, agency="资源县资源镇人民政府", region="广西壮族自治区桂林市资源县",
         level="乡镇", extra_row=True, mark_zero=[(r"t4\..*", "/")], notes={"t3": ONLINE_NOTE, "t4": SLASH_NOTE},
         printer=N.d_report17, family="docx-2025-zhen-extra-online-subrow-t4-slash",
         special="A 2025 镇's Word report: table 三 with the extra sub-row (not template cells), table 四's zero cells "
                 "「/」 (gold: null) with a note."),
    dict(id="d17-guanyang-gov-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="灌阳县人民政府", region="广西壮族自治区桂林市灌阳县", level="县级政府",
         stats=dict(active=1876, web=1602, other=274, norm=14, apps=27, face=6, net=17, letter=4, rv=1, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-county-gov-numbered-stat-rows",
         special="2017 report of a county government (old 条例): prose and the 统计表 with a 序号 column (Word)."),
    dict(id="t23-rongan-gov-copy-hdr2-t4slash-2023", fmt="txt", template="GF2021", year=2023, source="pingtan-2022",
         agency="融安县人民政府", region="广西壮族自治区柳州市融安县", level="县级政府", pub="2024-01-19",
         hdr2=True, mark_zero=[(r"t4\..*", "/")],
         printer=G.t_copy15, family="text-page-copy-tab-cells-county-gov-hdr2-t4-slash",
         special="A county government's report page as a crawler copied it (select-all, tab cells): table 三 with two "
                 "header rows, table 四's zero cells 「/」 (gold: null)."),
    # ================================================================== HUNT half (15)
    # ------------------------------------------------------------------ e-mail (3)
    dict(id="e23-shuangliu-zhen-foxmail-qp-gbk-2023", fmt="eml", template="GF2021", year=2023,
         source="hongze-2023", small=True, agency="开阳县双流镇人民政府", region="贵州省贵阳市开阳县", level="乡镇",
         pub="2024-01-18", cms="trs", aid=4102,
         mail=("\"双流镇党政办\"<slzdzb@kaiyang.gov.cn>", "2024-01-18 16:42", "\"王丽\"<wangli@kaiyang.gov.cn>"),
         maildate="Fri, 19 Jan 2024 09:15:32 +0800", mailfrom="wangli@kaiyang.gov.cn", mailto="dasj@kaiyang.gov.cn",
         printer=V.e_foxmail_qp, family="eml-foxmail-forward-html-body-qp-gb2312-zhen",
         special="A Foxmail forward (.eml) of a 镇's report page: one text/html part in GB2312, quoted-printable, the "
                 "forward note and 「发件人/发送时间/收件人/主题」 block above the article in a <blockquote>."),
    dict(id="e25-xifeng-gov-coremail-b64-extra-defect-2025", fmt="eml", template="GF2021", year=2025,
         source="ankang-2022", agency="息烽县人民政府", region="贵州省贵阳市息烽县", level="县级政府",
         pub="2026-01-21", cms="platform", aid=7731, extra_row=True, notes={"t3": ONLINE_NOTE},
         defect={"new.tot": 1}, mailname="县政府办公室", mailfrom="xfxzfb@xifeng.gov.cn",
         mailto="gysgkb@guiyang.gov.cn", maildate="Thu, 22 Jan 2026 10:03:17 +0800",
         mailnote="市政务公开办：我县2025年政府信息公开工作年度报告已于1月21日在县政府门户网站发布，正文如下，请查收。",
         printer=V.e_coremail_b64, family="eml-coremail-alternative-base64-2025-extra-online-subrow-new-total-defect",
         special="A county government's mail from its Coremail mailbox (.eml): multipart/alternative, a text/plain "
                 "rendition (tab cells) and the report's HTML, both base64 UTF-8; table 三 with the extra sub-row "
                 "(not template cells). A real defect: 一、本年新收 总计 one too many. **Findings:** H1 column tot, "
                 "H2 t3.new."),
    dict(id="e20-qingzhen-sjj-outlook-docx-gf2019-2020", fmt="eml", template="GF2019", year=2020,
         source="pingtan-2020", agency="清镇市审计局", region="贵州省贵阳市清镇市", level="县级部门", aid=82521473,
         unit_line=["t3", "t4"], mailname="清镇市审计局办公室", mailfrom="qzsjj@qingzhen.gov.cn",
         mailto="qzszwgkb@qingzhen.gov.cn", maildate="Mon, 18 Jan 2021 15:27:40 +0800",
         printer=V.e_docx_attachment, family="eml-outlook-docx-attachment-gf2019-bureau-unit-lines",
         special="An Outlook message (.eml) with the GF2019 Word report attached (multipart/mixed: a short GB2312 "
                 "note, the .docx base64 under an RFC 2231 file name); 「单位：件」 over tables 三 and 四."),
    # ------------------------------------------------------------------ WARC (2)
    dict(id="w22-xiuwen-fgj-wget-warc-gbk-2022", fmt="warc", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="修文县发展和改革局", region="贵州省贵阳市修文县", level="县级部门", pub="2023-01-20", cms="dahan",
         index="520123-fgj/2023-00001", aid=3300917, gbk=True,
         url="http://www.xiuwen.gov.cn/zwgk/zfxxgknb/202301/t20230120_78301244.html",
         crawl="2023-03-07T02:14:55Z", crawler="Wget/1.21.2", httpdate="Tue, 07 Mar 2023 02:14:55 GMT",
         lastmod="Fri, 20 Jan 2023 08:31:02 GMT", warcname="xxgk-3300917.warc", ip="58.42.231.17",
         printer=V.w_warc, family="warc-wget-response-record-gbk-dahan-bureau",
         special="A wget WARC (.warc, uncompressed): warcinfo, request and the HTTP response record holding a county "
                 "bureau's 大汉 page served as GBK (Content-Type charset and <meta> both)."),
    dict(id="w17-yangchuan-zhen-heritrix-warcgz-legacy-2017", fmt="warc", ext="warc.gz", template="LEGACY",
         year=2017, agency="绥阳县洋川镇人民政府", region="贵州省遵义市绥阳县", level="乡镇", aid=1170325,
         stats=dict(active=86, web=71, other=15, norm=2, apps=3, face=1, net=2, letter=0, rv=0, lit=0),
         inner=G.h_legacy15,
         url="http://www.gzsuiyang.gov.cn/zwgk/xzfxxgk/ycz/ndbg/201803/t20180312_2187.html",
         crawl="2019-05-11T17:40:03Z", crawler="heritrix/3.4.0-20190418", httpdate="Sat, 11 May 2019 17:40:03 GMT",
         lastmod="Mon, 12 Mar 2018 03:11:45 GMT", warcname="XXGK-20190511174003-00017.warc.gz", ip="220.197.190.8",
         gz=True,
         printer=V.w_warc, family="legacy-warc-gz-heritrix-2017-zhen-stat-table-unit-column",
         special="2017 report of a 镇 (old 条例) in a Heritrix .warc.gz (each record its own gzip member): the page "
                 "with prose and the 统计表 with a 单位 column (LEGACY)."),
    # ------------------------------------------------------------------ Safari .webarchive (2)
    dict(id="s24-honghuagang-gov-webarchive-hdr2-2024", fmt="webarchive", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="遵义市红花岗区人民政府", region="贵州省遵义市红花岗区",
         level="县级政府", pub="2025-01-24", cms="trs", index="520302-zfb/2025-00002", hdr2=True,
         url="https://www.zyhhg.gov.cn/zwgk/zfxxgk/fdzdgknr/zfxxgknb/202501/t20250124_86402311.html",
         printer=V.s_webarchive, family="webarchive-safari-binary-plist-county-gov-hdr2",
         special="Safari's 「网页归档」 (.webarchive): a binary property list whose WebMainResource holds a district "
                 "government's TRS page (UTF-8); table 三 with two header rows."),
    dict(id="s19-huanglian-xiang-webarchive-gf2019-2019", fmt="webarchive", template="GF2019", year=2019,
         source="pingtan-2019", small=True, agency="桐梓县黄莲乡人民政府", region="贵州省遵义市桐梓县",
         level="乡镇", pub="2020-01-17", cms="bosi", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         url="http://www.gztongzi.gov.cn/zwgk/xzfxxgk/hlx/ndbg/202001/t20200117_4432.html",
         printer=V.s_webarchive, family="webarchive-safari-gf2019-xiang-bosi-t4-slash",
         special="Safari's .webarchive of a GF2019 乡's 博思 page; table 四 all 「/」 (gold: null) with its note."),
    # ------------------------------------------------------------------ JSON Lines feeds (2)
    dict(id="j23-meitan-nyncj-scrapy-jsonl-ascii-2023", fmt="jsonl", template="GF2021", year=2023,
         source="ankang-2022", agency="湄潭县农业农村局", region="贵州省遵义市湄潭县", level="县级部门",
         pub="2024-01-25", cms="trs", index="520328-nyncj/2024-00001", ascii=True, list=True,
         url="http://www.meitan.gov.cn/zwgk/zfxxgk/fdzdgknr/ndbg/202401/t20240125_83105517.html",
         printer=V.j_jsonl, family="jsonl-scrapy-feed-ascii-escaped-html-bureau",
         special="A Scrapy feed export (.jsonl) with its default ASCII escaping (every Chinese character as \\uXXXX): "
                 "the channel's list page as an item with empty content, then the report's item (url, title, date, "
                 "source, content_html)."),
    dict(id="j25-yongan-zhen-jsonl-utf8-extra-2025", fmt="jsonl", template="GF2021", year=2025,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="凤冈县永安镇人民政府",
         region="贵州省遵义市凤冈县", level="乡镇", pub="2026-01-16", cms="platform", extra_row=True,
         unit_line=["t3", "t4"],
         url="http://www.gzfenggang.gov.cn/zwgk/xzfxxgk/yaz/ndbg/202601/t20260116_88710234.html",
         printer=V.j_jsonl, family="jsonl-crawler-feed-utf8-2025-zhen-extra-online-subrow",
         special="A crawler's UTF-8 JSON-Lines feed (.jsonl, one item) of a 2025 镇 report page; table 三 with the extra "
                 "sub-row (not template cells), 「单位：件」 over tables 三 and 四."),
    # ------------------------------------------------------------------ DOCX with tracked revisions (2)
    dict(id="d25-yuqing-wjj-tracked-extra-2025", fmt="docx", template="GF2021", year=2025, source="hebei-edu-2023",
         agency="余庆县卫生健康局", region="贵州省遵义市余庆县", level="县级部门", extra_row=True,
         notes={"t3": ONLINE_NOTE}, tracked=(5, 2), reviser="办公室", revdate="2026-01-14T10:26:00Z",
         printer=V.d_tracked, family="docx-tracked-revisions-figures-2025-extra-online-subrow",
         special="A 2025 county bureau's Word report sent with 「修订」 on: some figures of tables 三 and 四 corrected "
                 "(the old figure in w:del, the new in w:ins; gold: the new); table 三 with the extra sub-row (not "
                 "template cells)."),
    dict(id="d22-dansha-jd-tracked-carry-defect-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2021", small=True, t4cases={"rv.keep": 1}, agency="务川仡佬族苗族自治县丹砂街道办事处",
         region="贵州省遵义市务川仡佬族苗族自治县", level="乡镇", defect={"carry_in.np": 2}, tracked=(3, 1),
         reviser="Administrator", revdate="2023-01-12T16:05:00Z",
         printer=V.d_tracked, family="docx-jiedao-tracked-revisions-figures-carry-in-defect",
         special="A 街道's Word report with tracked revisions of figures (deleted figure in w:delText; gold: the "
                 "inserted). A real defect: 二、上年结转 自然人 a stale figure, two too many. **Findings:** H1 column "
                 "np, H2 t3.carry_in."),
    # ------------------------------------------------------------------ HTML with a hidden WAP copy (2)
    dict(id="h24-renhuai-gov-pc-wap-hdr2-units-2024", fmt="html", template="GF2021", year=2024,
         source="hongze-2023", agency="仁怀市人民政府", region="贵州省遵义市仁怀市", level="县级政府",
         pub="2025-01-23", cms="trs", index="520382-zfb/2025-00001", hdr2=True, unit_line=["t3", "t4"],
         printer=V.h_pc_wap, family="html-trs-hidden-wap-copy-before-desktop-county-gov-hdr2-unit-lines",
         special="A county-level city's TRS page whose template writes the article twice: a WAP copy first, hidden "
                 "with an inline display:none, then the desktop copy; table 三 with two header rows, 「单位：件」."),
    dict(id="h21-shiping-xiang-pc-wap-slash-2021", fmt="html", template="GF2021", year=2021,
         source="pingtan-2021", small=True, agency="正安县市坪苗族仡佬族乡人民政府", region="贵州省遵义市正安县",
         level="乡镇", pub="2022-01-20", cms="platform", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=V.h_pc_wap, family="html-platform-hidden-wap-copy-xiang-t4-slash",
         special="A 乡's platform page with the hidden WAP copy before the desktop copy; table 四 all 「/」 (gold: "
                 "null) with its note."),
    # ------------------------------------------------------------------ Chrome .mhtml (2)
    dict(id="c23-bozhou-wtlj-chrome-mhtml-2023", fmt="mhtml", template="GF2021", year=2023,
         source="shanghai-kewei-2024", agency="遵义市播州区文体广电旅游局", region="贵州省遵义市播州区",
         level="县级部门", pub="2024-01-22", cms="trs", index="520304-wtlj/2024-00003", aid=0x5A31,
         url="http://www.zunyibozhou.gov.cn/zwgk/zfxxgk/fdzdgknr/ndbg/202401/t20240122_83012877.html",
         maildate="Tue, 5 Mar 2024 09:41:27 +0800",
         printer=V.m_chrome, family="mhtml-chrome-saved-page-qp-trs-bureau",
         special="Chrome's 「网页，单个文件」 (.mhtml) of a district bureau's TRS page: multipart/related, the DOM as "
                 "quoted-printable UTF-8 (no charset on the part), the stylesheet as a cid: part."),
    dict(id="c20-yuxi-zhen-chrome-mhtml-gf2019-2020", fmt="mhtml", template="GF2019", year=2020,
         source="pingtan-2020", small=True, agency="道真仡佬族苗族自治县玉溪镇人民政府",
         region="贵州省遵义市道真仡佬族苗族自治县", level="乡镇", pub="2021-01-19", cms="bosi", aid=0x3C07,
         relabel=HJ, url="http://www.daozhen.gov.cn/zwgk/xzfxxgk/yxz/ndbg/202101/t20210119_66712019.html",
         maildate="Wed, 3 Feb 2021 14:08:51 +0800",
         printer=V.m_chrome, family="mhtml-chrome-gf2019-zhen-bosi-heji-spaced",
         special="Chrome's .mhtml of a GF2019 镇's 博思 page; 「合  计」 for 总计."),
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
        if s.get("t3zero"):  # a body that received no application at all
            s["t3"] = {k: 0 for k in s["t3"]}
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"), s.get("small", False))
        cases = s.get("t4cases", {} if s.get("small") else None)
        if cases is not None:  # a small body's table 四: the few cases it had (mostly none at all)
            t4 = {k: cases.get(k, 0) for k in s["t4"]}
            for kind in ("rv", "ld", "lr"):
                t4[f"{kind}.tot"] = sum(t4[f"{kind}.{p}"] for p in ("keep", "fix", "other", "pend"))
            for k, d in (s.get("t4defect") or {}).items():
                t4[k] += d
            s["t4"] = t4
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
        if s.get("small"):  # a 乡镇's table 二: few decisions, no fee income, a small procurement
            for k in s["t2"]:
                if k.endswith(("decisions", "valid", "total_public")):
                    s["t2"][k] //= 12
            if "fee.amount_wan" in s["t2"]:
                s["t2"]["fee.amount_wan"] = 0
            if "procurement.amount" in s["t2"]:
                s["t2"]["procurement.amount"] = round(s["t2"]["procurement.amount"] / 20, 2)
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
        "id": s["id"], "file": f"reports/{s['id']}.{s.get('ext') or EXT[s['fmt']]}", "agency": s["agency"], "region": s["region"],
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
