"""The 20 reports of eval/wild40 (read by make.py): a realistic crawl sample from Chongqing (重庆市, a 直辖市; 1 of them
a scan) and a hunt of THE TABLES OUT OF THEIR PLACE (the three official tables numbered otherwise — 表1/表2/表3,
附表一 … —, printed in another order, moved into an appendix after the signature, or preceded by a narrative
「主动公开情况统计表」 of other figures that is not table 二): the gold holds each official cell once, from its own
table wherever it stands."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam40 as Y

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
CQ = "重庆市"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Chongqing crawl sample
    # ------------------------------------------------------------------ PDF (4 text, 1 scan)
    dict(id="p25-cq-jxw-wps-extra-heji-2025", fmt="pdf", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="重庆市经济和信息化委员会", region=CQ, level="省级部门",
         extra_row=True, relabel=XJ, notes={"t3": ONLINE_NOTE}, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-2025-wps-chongqing-municipal-economy-informatization-commission-online-subrow-heji",
         special="A 直辖市's municipal commission (重庆市经济和信息化委员会, 省级部门)'s 2025 report (published 2026) as "
                 "WPS PDF: table 三 with the 2025 template's sub-row 「其中：通过在线平台申请」 (not a template cell) and "
                 "「合计」 for 总计."),
    dict(id="p23-yuzhong-cgj-word-units-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="重庆市渝中区城市管理局", region=CQ + "渝中区", level="县级部门",
         unit_line=["t3", "t4"], creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-chongqing-district-urban-management-bureau-yuzhong-unit-lines-2023",
         special="A district bureau's Word PDF (重庆市渝中区城市管理局): 「单位：件」 over tables 三 and 四."),
    dict(id="p20-wanzhou-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="重庆市万州区人民政府", region=CQ + "万州区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-chongqing-district-gov-wanzhou-xubiao-hdr-2020",
         special="A GF2019 report of a 直辖市 district government (重庆市万州区) as Word PDF: table 三 continued under "
                 "「续表」 with its header rows."),
    dict(id="p24-jiangbei-gov-word-hdr2-heji-2024", fmt="pdf", template="GF2021", year=2024,
         source="ankang-2022", agency="重庆市江北区人民政府", region=CQ + "江北区", level="县级政府",
         hdr2=True, relabel=XJ, creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-chongqing-district-gov-jiangbei-t3-hdr2-heji-2024",
         special="A 直辖市 district government's Word PDF (重庆市江北区): table 三 with two header rows, 「合计」 for 总计."),
    dict(id="p22-jiulongpo-wjw-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="重庆市九龙坡区卫生健康委员会", region=CQ + "九龙坡区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "RICOH MP C3004", "Creator": "RICOH MP C3004"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-chongqing-jiulongpo-health-commission-signed-seal-ricoh-2022",
         special="A district commission's scanned signed copy (重庆市九龙坡区): 150 dpi colour JPEG pages, a pen signature "
                 "and the round red seal over it; no text layer; a Ricoh copier."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-dadukou-gov-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="重庆市大渡口区人民政府", region=CQ + "大渡口区", level="县级政府",
         pub="2024-01-26", cms="trs", index="500104-ddk/2024-00002", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-chongqing-district-gov-dadukou-ld-total-defect-2023",
         special="A 直辖市 district government (重庆市大渡口区) on a TRS page. A real defect: 行政诉讼 未经复议直接起诉 "
                 "总计 one too many. **Findings:** H5 t4.ld."),
    dict(id="h22-dachang-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="巫山县大昌镇人民政府",
         region=CQ + "巫山县", level="乡镇", pub="2023-01-17", cms="bosi",
         index="500237-dcz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-chongqing-county-zhen-wushan-t4-slash-zeros-note-2022",
         special="A 镇 of 重庆市巫山县 on a 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 "
                 "维持."),
    dict(id="h24-shizhu-gov-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="石柱土家族自治县人民政府", region=CQ + "石柱土家族自治县", level="县级政府",
         pub="2025-01-20", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-chongqing-autonomous-county-gov-shizhu-hdr2-heji-spaced-2024",
         special="A 直辖市 autonomous county government's platform page (重庆市石柱土家族自治县): table 三 with two header rows, 「合  计」 for "
                 "总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-ciqikou-jd-word-units-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2021", small=True, t4cases={}, agency="重庆市沙坪坝区磁器口街道办事处", region=CQ + "沙坪坝区",
         level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-chongqing-shapingba-jiedao-unit-lines-no-cases-2023",
         special="A 街道 of 重庆市沙坪坝区 as a Word report: 「单位：件」 over tables 三 and 四; no case in table 四."),
    dict(id="d17-nanan-gov-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="重庆市南岸区人民政府", region=CQ + "南岸区", level="县级政府",
         stats=dict(active=2187, web=1630, other=557, norm=14, apps=312, face=96, net=188, letter=28, rv=9, lit=4),
         printer=G.d_legacy15, family="legacy-docx-2017-chongqing-district-gov-nanan-numbered-stat-rows",
         special="A LEGACY (old 条例) report of a 直辖市 district government as Word (重庆市南岸区): numbered statistics "
                 "rows."),
]


# the site's own counts by column (a narrative table of other figures; never cells of table 二)
SITE_ROWS = [["栏目名称", "发布条数", "其中：本年新增"], ["机构职能", "12", "3"], ["政策文件", "86", "41"],
             ["政策解读", "37", "37"], ["规划计划", "9", "4"], ["财政预决算", "24", "12"], ["人事信息", "18", "18"],
             ["合计", "186", "115"]]
SITE_ROWS2 = [["序号", "公开渠道", "信息条数", "占比"], ["1", "政府网站", "1204", "71.3%"],
              ["2", "政务微信公众号", "356", "21.1%"], ["3", "政务微博", "97", "5.7%"], ["4", "公开栏", "32", "1.9%"],
              ["", "合计", "1689", "100%"]]
SITE_ROWS3 = [["栏目", "条数"], ["通知公告", "64"], ["工作动态", "158"], ["惠民政策", "27"], ["办事指南", "15"]]
CAPS_ARABIC = ["表1　主动公开政府信息情况", "表2　收到和处理政府信息公开申请情况", "表3　政府信息公开行政复议、行政诉讼情况"]

REPORTS += [
    # ================================================================== HUNT half (10): the tables out of their place
    dict(id="h23-yubei-gov-trs-biao123-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="重庆市渝北区人民政府", region=CQ + "渝北区", level="县级政府",
         pub="2024-01-25", cms="trs", index="500112-ybq/2024-00003", caps40=CAPS_ARABIC,
         printer=Y.h40, family="html-trs-official-tables-captioned-biao1-biao2-biao3-arabic",
         special="A district government's TRS page: the three official tables captioned 「表1」「表2」「表3」 (not 二/三/四) "
                 "under the template's section headings. Gold: table 二 is 表1, table 三 表2, table 四 表3."),
    dict(id="h22-beibei-jw-bosi-fubiao-yi-er-san-2022", fmt="html", template="GF2021", year=2022,
         source="ankang-2022", agency="重庆市北碚区教育委员会", region=CQ + "北碚区", level="县级部门",
         pub="2023-01-18", cms="bosi", index="500109-bbjw/2023-00002",
         caps40=["附表一：主动公开政府信息情况统计表", "附表二：收到和处理政府信息公开申请情况统计表",
                   "附表三：政府信息公开行政复议、行政诉讼情况统计表"],
         printer=Y.h40, family="html-bosi-official-tables-captioned-fubiao-yi-er-san-inline",
         special="A district commission's 博思 page: the three official tables in their places but captioned 「附表一」"
                 "「附表二」「附表三」. Gold: 附表一 is table 二, 附表二 table 三, 附表三 table 四."),
    dict(id="h24-fuling-gov-platform-si-before-san-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="重庆市涪陵区人民政府", region=CQ + "涪陵区", level="县级政府",
         pub="2025-01-22", cms="platform", order40=(2, 4, 3),
         printer=Y.h40, family="html-platform-section-si-fuyi-susong-before-section-san-shenqing",
         special="A district government's platform page with sections 二, 四, 三 in that order: the 行政复议、行政诉讼 "
                 "table printed before the 收到和处理 table. Gold: each table by what it is, not by where it stands."),
    dict(id="h23-qianjiang-gov-trs-san-first-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", agency="重庆市黔江区人民政府", region=CQ + "黔江区", level="县级政府",
         pub="2024-01-19", cms="trs", index="500114-qjq/2024-00001", order40=(3, 2, 4),
         caps40=["表2　主动公开政府信息情况", "表1　收到和处理政府信息公开申请情况", "表3　政府信息公开行政复议、行政诉讼情况"],
         printer=Y.h40, family="html-trs-shenqing-table-first-captioned-biao1-zhudong-second-biao2",
         special="A district government's TRS page with section 三 first: 「表1」 is the 收到和处理 table, 「表2」 the "
                 "主动公开 table, 「表3」 the 复议诉讼 table. Gold: table 三 is 表1, table 二 表2, table 四 表3."),
    dict(id="h22-hechuan-wjw-bosi-appendix-fubiao-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", agency="重庆市合川区卫生健康委员会", region=CQ + "合川区", level="县级部门",
         pub="2023-01-20", cms="bosi", index="500117-hcwjw/2023-00001",
         appendix40=("附件：重庆市合川区卫生健康委员会2022年政府信息公开工作统计表",
                   ["附表1　主动公开政府信息情况", "附表2　收到和处理政府信息公开申请情况",
                    "附表3　政府信息公开行政复议、行政诉讼情况"]),
         see40=["具体情况详见附表1。", "具体情况详见附表2。", "具体情况详见附表3。"],
         printer=Y.h40, family="html-bosi-official-tables-in-appendix-after-signature-fubiao-1-2-3",
         special="A district commission's 博思 page: sections 二, 三, 四 say only 「具体情况详见附表n。」; the three "
                 "tables follow the signature and date under 「附件：…统计表」 as 附表1–3. Gold: the appendix's tables."),
    dict(id="h24-yongchuan-gov-platform-appendix-san-first-2024", fmt="html", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="重庆市永川区人民政府", region=CQ + "永川区", level="县级政府",
         pub="2025-01-24", cms="platform", order40=(3, 2, 4),
         appendix40=("附件：2024年政府信息公开工作情况统计表",
                   ["附表1　收到和处理政府信息公开申请情况", "附表2　主动公开政府信息情况",
                    "附表3　政府信息公开行政复议、行政诉讼情况"]),
         see40=["详见附表2。", "详见附表1。", "详见附表3。"],
         printer=Y.h40, family="html-platform-appendix-shenqing-table-first-fubiao-numbering-not-template-order",
         special="A district government's platform page: the tables in an appendix after the signature, 附表1 the "
                 "收到和处理 table, 附表2 the 主动公开 table, 附表3 the 复议诉讼 table (section 二 says 「详见附表2。」, "
                 "三 「详见附表1。」). Gold: table 三 is 附表1, table 二 附表2."),
    dict(id="h23-dazu-gov-trs-decoy-zhudong-tongjibiao-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="重庆市大足区人民政府", region=CQ + "大足区", level="县级政府",
         pub="2024-01-23", cms="trs", index="500111-dzq/2024-00002",
         decoy40=("主动公开情况统计表", SITE_ROWS), decoy_lead40="本年度门户网站各栏目主动公开信息情况如下：",
         printer=Y.h40, family="html-trs-site-zhudong-gongkai-tongjibiao-of-columns-before-official-t2",
         special="A district government's TRS page: at the end of section 一 a ruled 「主动公开情况统计表」 of the site's "
                 "own columns (栏目名称 | 发布条数 | 其中：本年新增, a 合计 row) — not table 二; the official table 二 "
                 "follows under section 二. Gold: only the official tables; the site table's figures are no cells."),
    dict(id="h24-tongnan-fgw-bosi-decoy-in-sec2-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="重庆市潼南区发展和改革委员会", region=CQ + "潼南区", level="县级部门",
         pub="2025-01-21", cms="bosi", index="500152-tnfgw/2025-00001",
         decoy40=("主动公开情况统计表", SITE_ROWS2), decoy_where40="sec2",
         decoy_lead40="本年度通过各渠道主动公开政府信息1689条，分布如下：", caps40=CAPS_ARABIC,
         printer=Y.h40, family="html-bosi-channel-tongjibiao-with-xuhao-percent-inside-sec2-before-biao1",
         special="A district commission's 博思 page: inside section 二, before the official table (captioned 「表1」), "
                 "a 「主动公开情况统计表」 of channels (序号 | 公开渠道 | 信息条数 | 占比, a 合计 row of 1689 and 100%). "
                 "Gold: table 二 is 表1; the channel table's figures are no cells."),
    dict(id="h23-xiannvshan-zhen-platform-decoy-appendix-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2021", small=True, t4cases={}, agency="重庆市武隆区仙女山镇人民政府",
         region=CQ + "武隆区", level="乡镇", pub="2024-01-16", cms="platform",
         decoy40=("主动公开情况统计表", SITE_ROWS3), decoy_lead40="全年在镇政府信息公开专栏发布信息情况如下：",
         appendix40=("附件：政府信息公开情况统计表", ["表一", "表二", "表三"]),
         see40=["详见附件表一。", "详见附件表二。", "详见附件表三。"],
         printer=Y.h40, family="html-platform-zhen-decoy-lanmu-table-in-body-official-tables-appendix-biao-yi-er-san",
         special="A 镇 of 重庆市武隆区 on a platform page: in the body a 「主动公开情况统计表」 of its own columns (栏目 | "
                 "条数); the official tables after the signature under 「附件：政府信息公开情况统计表」, captioned only "
                 "「表一」「表二」「表三」. Gold: the appendix's tables (表一 = table 二 …); no case in table 四."),
    dict(id="h25-kaizhou-gov-trs-si-before-san-captioned-2025", fmt="html", template="GF2021", year=2025,
         source="hebei-edu-2023", agency="重庆市开州区人民政府", region=CQ + "开州区", level="县级政府",
         pub="2026-01-23", cms="trs", index="500154-kzq/2026-00002", order40=(2, 4, 3),
         caps40=["表一　主动公开政府信息情况", "表三　收到和处理政府信息公开申请情况",
                   "表二　政府信息公开行政复议、行政诉讼情况"],
         printer=Y.h40, family="html-trs-2025-fuyi-susong-table-second-captioned-biao-er-shenqing-third-biao-san",
         special="A district government's 2025 TRS page (published 2026): sections 二, 四, 三 in that order, the "
                 "复议诉讼 table captioned 「表二」 and the 收到和处理 table 「表三」 — numbered by position, not by the "
                 "template. Gold: table 四 is the page's 表二, table 三 its 表三."),
]
