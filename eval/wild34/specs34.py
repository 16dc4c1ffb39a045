"""The 20 reports of eval/wild34 (read by make.py): a realistic crawl sample from Hubei (湖北省; 2 of them scans)
and a hunt of THE REPORT INSIDE A BIGGER DOCUMENT (a 政府公报 issue, a 汇编 with the 指南 and the 目录, a page with its
图解 and 解读, an OA 函 forwarding the report, last year's table 三 appended, a 人大 meeting packet, a zip package, a
年鉴 chapter, a 镇's 公开栏 page, a provincial gazette issue)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam34 as H

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
SN = "湖北省"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Hubei crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-hb-jtt-wps-hdr2-heji-r5-2-defect-2024", fmt="pdf", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="湖北省交通运输厅", region=SN, level="省级部门",
         hdr2=True, relabel=XJ, creator="WPS 文字", producer="WPS 文字", defect={"r5_2.tot": 1},
         printer=N.p_report17, family="pdf-wps-hubei-province-transport-dept-t3-hdr2-heji-r5-2-total-defect-2024",
         special="A province department's WPS PDF: table 三 with two header rows, 「合计」 for 总计. A real defect: "
                 "（五）不予处理 2.重复申请 总计 one too many. **Findings:** H2 t3.r5_2, H3 column tot."),
    dict(id="p23-hongshan-gov-word-units-r1-biz-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="武汉市洪山区人民政府", region=SN + "武汉市洪山区", level="县级政府",
         unit_line=["t3", "t4"], defect={"r1.biz": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-hubei-wuhan-district-gov-unit-lines-r1-biz-defect-2023",
         special="A district government's Word PDF: 「单位：件」 over tables 三 and 四. A real defect: （一）予以公开 of the "
                 "商业企业 column one too many. **Findings:** H2 t3.r1, H3 column biz."),
    dict(id="p20-zaoyang-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="枣阳市人民政府", region=SN + "襄阳市枣阳市", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-hubei-xiangyang-county-city-gov-xubiao-hdr-2020",
         special="A GF2019 county-level city government's Word PDF: table 三 continued under 「续表」 with its header rows."),
    dict(id="p22-tianmen-rsj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="天门市人力资源和社会保障局", region=SN + "天门市",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "KONICA MINOLTA bizhub C300i", "Creator": "KONICA MINOLTA bizhub C300i"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-hubei-province-direct-city-hrss-signed-seal-2022",
         special="A province-direct city's bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and the round red "
                 "seal over it; no text layer."),
    dict(id="p21-dazhi-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="武汉市江岸区大智街道办事处",
         region=SN + "武汉市江岸区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-hubei-wuhan-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer; no case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-jianli-scjg-trs-rv-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="监利市市场监督管理局", region=SN + "荆州市监利市", level="县级部门",
         pub="2024-01-25", cms="trs", index="421088-scjgj/2024-00004", t4defect={"rv.tot": -1},
         printer=N.h_cms17, family="html-trs-hubei-jingzhou-county-city-market-bureau-rv-total-short-defect-2023",
         special="A county-level city bureau's TRS page. A real defect: 行政复议 总计 one too few. **Findings:** H5 t4.rv."),
    dict(id="h22-muyu-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="神农架林区木鱼镇人民政府",
         region=SN + "神农架林区", level="乡镇", pub="2023-01-18", cms="bosi",
         index="429021-myz/2023-00002", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-hubei-shennongjia-forest-district-zhen-t4-slash-zeros-note-2022",
         special="A 镇's 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 kept."),
    dict(id="h24-xiangyang-wjw-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="襄阳市卫生健康委员会", region=SN + "襄阳市", level="市级部门",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-hubei-xiangyang-health-commission-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-moudao-zhen-word-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="利川市谋道镇人民政府",
         region=SN + "恩施土家族苗族自治州利川市", level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-hubei-enshi-prefecture-county-city-zhen-unit-lines-one-lawsuit-2023",
         special="A 镇 (of 利川市)'s Word report: 「单位：件」 over tables 三 and 四; one lawsuit in table 四."),
    dict(id="d17-xiantao-jyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="仙桃市教育局", region=SN + "仙桃市", level="县级部门",
         stats=dict(active=212, web=168, other=44, norm=2, apps=3, face=2, net=1, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-hubei-province-direct-city-education-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) province-direct city's bureau's report as Word: numbered statistics rows."),
    # ================================================================== HUNT half (10): the report inside a bigger document
    dict(id="h24-huanggang-gazette-issue-stats-table-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="黄冈市人民政府", region=SN + "黄冈市", level="市级政府",
         site="黄冈市人民政府", page_title="黄冈市人民政府公报 2024年第2期（总第187期）", cls="gazette-issue",
         before=[("h", "黄冈市人民政府公报"), ("p", "2024年第2期（总第187期）　　2024年2月29日出版"),
                 ("h", "目　录"), ("p", "黄冈市人民政府关于印发黄冈市城市供水管理办法的通知（黄政发〔2024〕3号）……………1"),
                 ("p", "黄冈市人民政府2023年政府信息公开工作年度报告……………9"),
                 ("p", "2023年黄冈市国民经济和社会发展统计公报……………21"), ("p", "人事任免……………35"),
                 ("h", "黄冈市人民政府关于印发黄冈市城市供水管理办法的通知"), ("p", "黄政发〔2024〕3号"),
                 ("p", "各县（市、区）人民政府，市政府各部门：现将《黄冈市城市供水管理办法》印发给你们，请认真遵照执行。"),
                 ("p", "第一条　为加强城市供水管理，保障城市生活、生产用水，根据《城市供水条例》，结合本市实际，制定本办法。"),
                 ("p", "第二条　本办法适用于本市中心城区范围内的城市供水及其相关管理活动。"),
                 ("p", "第十二条　供水企业应当保持不间断供水，管网末梢水压不得低于0.14兆帕；计划停水应当提前24小时通知用户，"
                       "停水时间超过12小时的应当采取临时供水措施。"),
                 ("p", "第二十六条　本办法自2024年4月1日起施行，有效期5年。"), ("p", "黄冈市人民政府　2024年2月6日")],
         after=[("h", "2023年黄冈市国民经济和社会发展统计公报"),
                ("p", "黄冈市统计局　国家统计局黄冈调查队　2024年3月18日"),
                ("p", "初步核算，全年全市地区生产总值2937.6亿元，按不变价格计算，比上年增长6.1%。"),
                ("p", "表1　2023年主要农产品产量及其增长速度"),
                ("tab", [["产品名称", "单位", "产量", "比上年增长（%）"], ["粮食", "万吨", "289.1", "1.2"],
                         ["油料", "万吨", "53.7", "2.4"], ["茶叶", "吨", "40215", "8.9"], ["猪出栏", "万头", "612.3", "3.1"]]),
                ("h", "人事任免"), ("p", "黄冈市人民政府决定：（2024年1月26日）"),
                ("p", "任命王建国为黄冈市发展和改革委员会副主任（试用期一年）；"),
                ("p", "免去李志华的黄冈市交通运输局副局长职务。")],
         printer=H.h_wrapped, family="html-city-gazette-issue-report-between-normative-doc-and-stats-bulletin-appointments",
         special="An issue of the city's 政府公报 saved as one HTML page: the issue's 目录 (with page numbers 1, 9, 21, 35), "
                 "a 规范性文件 (黄政发〔2024〕3号, articles 第一条 … 第二十六条 with figures 0.14兆帕, 24小时), then the report "
                 "(黄冈市人民政府, 2023), then the 2023 统计公报 with its own table (表1, 产量, 比上年增长) and a 人事任免 "
                 "list. Gold: the report only — 黄冈市人民政府, 湖北省黄冈市, 市级政府, 2023 (the issue's 2024 and the "
                 "统计公报's table are not the report's)."),
    dict(id="d23-qianjiang-gov-huibian-guide-catalogue-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", agency="潜江市人民政府", region=SN + "潜江市", level="县级政府",
         before=[("h", "潜江市人民政府政府信息公开文件汇编（2024年版）"), ("p", "潜江市人民政府办公室编　2024年3月"),
                 ("h", "潜江市人民政府政府信息公开指南"),
                 ("p", "为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（国务院令第711号），编制本指南。"),
                 ("p", "一、主动公开"), ("p", "（一）公开的主要内容。1.机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名；"
                                        "2.规章、规范性文件；3.国民经济和社会发展规划；4.财政预算、决算信息。"),
                 ("p", "（二）公开的形式。主要通过潜江市人民政府门户网站（www.hbqj.gov.cn）公开，并在市档案馆、市图书馆设立政府信息查阅点。"),
                 ("p", "（三）公开的时限。属于主动公开范围的政府信息，自该政府信息形成或者变更之日起20个工作日内予以公开。"),
                 ("p", "二、依申请公开"), ("p", "（一）受理机构：潜江市人民政府办公室政务公开科；办公地址：潜江市园林办事处章华中路1号；"
                                          "邮政编码：433100；联系电话：0728-6241015；传真：0728-6241019；办公时间：工作日上午8:30-12:00，下午14:30-17:30。"),
                 ("p", "（二）申请的处理。行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复；不能当场答复的，应当自收到申请之日起"
                       "20个工作日内予以答复；需要延长答复期限的，延长的期限最长不得超过20个工作日。"),
                 ("p", "三、监督和救济：公民、法人或者其他组织认为行政机关侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。监督电话：0728-6232345。")],
         after=[("h", "潜江市人民政府政府信息公开目录（节选）"),
                ("tab", [["序号", "索引号", "名称", "发布日期"],
                         ["1", "011040512/2024-00031", "潜江市人民政府关于公布2024年第一批历史建筑名录的通知", "2024-01-08"],
                         ["2", "011040512/2024-00047", "潜江市2024年政府工作报告", "2024-01-29"],
                         ["3", "011040512/2024-00052", "潜江市人民政府2023年政府信息公开工作年度报告", "2024-01-31"],
                         ["4", "011040512/2024-00066", "潜江市2024年度财政预算报告", "2024-02-06"]])],
         printer=H.d_wrapped, family="docx-compilation-guide-with-phones-before-report-catalogue-table-after",
         special="A Word 汇编 of the city's 政府信息公开 documents: the 政府信息公开指南 first (its own numbered lists 一、/（一）/1., "
                 "邮政编码 433100, phones 0728-6241015, 20个工作日), then the report, then a 目录 excerpt as a table (序号, 索引号 "
                 "011040512/2024-00052, dates). Gold: the report — 潜江市人民政府, 湖北省潜江市, 县级政府 (a province-direct "
                 "county-level city, as 神农架林区 in wild13), 2023."),
    dict(id="h23-yiling-gov-tujie-jiedu-page-2023", fmt="html", template="GF2021", year=2023,
         source="ankang-2022", agency="宜昌市夷陵区人民政府", region=SN + "宜昌市夷陵区", level="县级政府", cls="jiedu-page",
         before=[("h", "一图读懂｜夷陵区2023年政府信息公开工作年度报告"),
                 ("p", "【图解】主动公开政府信息1.3万余条　　办理依申请公开近百件　　召开新闻发布会18场"),
                 ("p", "图1　2019—2023年依申请公开数量变化（单位：件）：2019年52、2020年61、2021年74、2022年88、2023年97"),
                 ("p", "（点击图片查看大图）")],
         after=[("h", "政策解读：《夷陵区2023年政府信息公开工作年度报告》"),
                ("p", "解读机关：宜昌市夷陵区人民政府办公室　解读人：区政务公开办　发布日期：2024-01-26"),
                ("p", "一、2023年我区共收到政府信息公开申请近百件，同比增长约一成，其中自然人申请占九成以上；办理结果中予以公开的约占六成。"),
                ("p", "二、全年因政府信息公开引发的行政复议、行政诉讼案件数量与上年基本持平，未发生被纠错的情况。"),
                ("p", "三、下一步，我区将围绕12项重点领域，深化基层政务公开标准化规范化建设。"),
                ("p", "相关链接：夷陵区2022年政府信息公开工作年度报告　｜　夷陵区政府信息公开指南")],
         printer=H.h_wrapped, family="html-report-page-with-tujie-before-and-jiedu-after-figures-in-words-rounded",
         special="One page carrying the report with its 图解 above (「1.3万余条」, 「近百件」, a five-year series 52 … 97) and "
                 "its 政策解读 below, which repeats figures in words and rounded (「近百件」, 「约一成」, 「九成以上」, 「约六成」). "
                 "Gold: the report's tables only — 宜昌市夷陵区人民政府, 湖北省宜昌市夷陵区, 县级政府, 2023; no figure of the "
                 "图解 or the 解读 is a cell."),
    dict(id="d24-shashi-gov-oa-letter-forwarding-2023", fmt="docx", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="荆州市沙市区人民政府", region=SN + "荆州市沙市区", level="县级政府",
         before=[("h", "荆州市沙市区人民政府办公室"),
                 ("p", "沙政办函〔2024〕7号"),
                 ("h", "关于报送2023年度政府信息公开工作年度报告的函"),
                 ("p", "荆州市人民政府办公室："),
                 ("p", "根据《中华人民共和国政府信息公开条例》第四十九条和《市人民政府办公室关于做好2023年度政府信息公开工作年度报告"
                       "编制发布工作的通知》（荆政办函〔2024〕2号）要求，现将《荆州市沙市区人民政府2023年政府信息公开工作年度报告》"
                       "报送你办，请审阅。报告已于2024年1月30日在区人民政府门户网站公开。"),
                 ("p", "附件：1.荆州市沙市区人民政府2023年政府信息公开工作年度报告（共12页）"),
                 ("p", "　　　2.沙市区2023年度政府信息公开工作台账（共3页，含区直部门38家、街道6个）"),
                 ("p", "联系人：张敏　联系电话：0716-8212306"),
                 ("p", "荆州市沙市区人民政府办公室"), ("p", "2024年1月31日"),
                 ("p", "（此件公开发布）"),
                 ("p", "抄送：区委办公室，区人大常委会办公室。　荆州市沙市区人民政府办公室　2024年1月31日印发　共印5份")],
         after=[],
         printer=H.d_wrapped, family="docx-oa-forwarding-letter-of-office-with-wenhao-attachment-list-then-report",
         special="An OA 公文 as Word: the 区政府办公室's 函 「关于报送2023年度政府信息公开工作年度报告的函」 (沙政办函〔2024〕7号, "
                 "citing 荆政办函〔2024〕2号, an 附件 list 1.–2. with page counts 12/3 and 38家/6个, a phone, dates 2024) and "
                 "then, after a page break, the report. Gold: the report's issuer — 荆州市沙市区人民政府 (not the 办公室 that "
                 "signs the letter, nor the 荆州市人民政府办公室 it is addressed to), 湖北省荆州市沙市区, 县级政府, 2023 "
                 "(not the letter's 2024)."),
    dict(id="t24-hb-mzt-appendix-last-year-t3-2024", fmt="txt", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="湖北省民政厅", region=SN, level="省级部门",
         before=[], after=[("p", "（注：上表为上年度报告所载数据，仅供对比，本年度数据以正文表格为准。）")],
         printer=H.t_last_year, family="txt-report-then-appendix-prior-year-t3-same-layout-for-comparison",
         special="A .txt copy of the report (tables as tab-separated rows) followed, after the signature, by 「附：2023年度数据"
                 "（供对比参考）」 — LAST year's table 三 printed exactly like this year's (same labels, same columns, other "
                 "numbers). Gold: this year's (2024) table 三, the first one; the appended 2023 table is not a cell. "
                 "湖北省民政厅, 湖北省, 省级部门."),
    dict(id="p24-jiangxia-rd-packet-attachment3-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="武汉市江夏区人民政府", region=SN + "武汉市江夏区", level="县级政府",
         creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         before=[("h", "武汉市江夏区第十届人民代表大会常务委员会第十九次会议文件（五）"),
                 ("p", "江夏区人大常委会办公室　2024年4月25日"),
                 ("p", "会议文件目录：附件1　江夏区2023年区级决算草案的报告；附件2　关于江夏区2023年度法治政府建设情况的报告；"
                       "附件3　武汉市江夏区人民政府2023年政府信息公开工作年度报告。"),
                 ("brk", ""), ("h", "附件1"), ("h", "关于江夏区2023年区级决算草案的报告"),
                 ("p", "2023年，全区一般公共预算收入完成68.42亿元，为调整预算的100.6%，增长5.3%。"),
                 ("tab", [["项目", "调整预算数（亿元）", "决算数（亿元）", "完成预算%"],
                          ["一般公共预算收入", "68.01", "68.42", "100.6"], ["政府性基金预算收入", "121.50", "117.86", "97.0"],
                          ["国有资本经营预算收入", "0.85", "0.91", "107.1"]]),
                 ("brk", ""), ("h", "附件2"), ("h", "关于江夏区2023年度法治政府建设情况的报告"),
                 ("p", "全年审查规范性文件14件，办理行政复议案件63件，区政府作为被告的行政诉讼案件41件，行政机关负责人出庭应诉率100%。"),
                 ("brk", ""), ("h", "附件3")],
         after=[], break_before=False,
         printer=H.p_wrapped, family="pdf-npc-standing-committee-packet-report-as-attachment-3-after-budget-table",
         special="A 区人大常委会 meeting packet as one PDF: the packet's cover and list, 附件1 a 决算 report with its own ruled "
                 "table (调整预算数, 决算数), 附件2 a 法治政府 report with counts of 行政复议 (63) and 行政诉讼 (41) in prose, "
                 "then 附件3, the report. Gold: the report — 武汉市江夏区人民政府, 湖北省武汉市江夏区, 县级政府, 2023 (the "
                 "packet's 2024; 附件2's 63/41 cases are not table 四's)."),
    dict(id="z24-yunyang-gov-zip-package-2023", fmt="zip", template="GF2021", year=2023,
         source="pingtan-2021", agency="十堰市郧阳区人民政府", region=SN + "十堰市郧阳区", level="县级政府",
         guide=[("h", "十堰市郧阳区人民政府政府信息公开指南"),
                ("p", "一、主动公开：（一）公开范围 1.机构职能；2.规范性文件；3.财政预决算。（二）公开时限：信息形成或变更之日起20个工作日内。"),
                ("p", "二、依申请公开：受理机构 区政府办公室；地址 郧阳区城关镇沿江大道18号；邮编 442500；电话 0719-7222365。"),
                ("tab", [["申请方式", "受理时间", "答复时限（工作日）"], ["当面申请", "工作日8:30-17:30", "20"],
                         ["信函申请", "收到之日", "20"], ["网络申请", "提交之日", "20"]])],
         catalogue=[("h", "郧阳区人民政府政府信息公开目录（2023年）"),
                    ("tab", [["序号", "索引号", "名称", "发布日期"], ["1", "MB1555671/2023-00112", "郧阳区2023年财政预算", "2023-02-10"],
                             ["2", "MB1555671/2023-00248", "郧阳区2023年第三季度重点项目进展", "2023-10-16"]])],
         readme=[("p", "本压缩包为十堰市郧阳区人民政府政府信息公开资料，共3个文件：01 指南（6页），02 年度报告（11页），03 目录（共1432条）。"),
                 ("p", "打包时间：2024年1月31日")],
         before=[], after=[],
         printer=H.z_package, family="zip-publication-package-guide-docx-first-report-docx-second-catalogue-html",
         special="A zip of the district's 政府信息公开 package: 「01-…政府信息公开指南.docx」 (a table of 申请方式 and 20-day "
                 "limits, 邮编 442500), 「02-…2023年度政府信息公开工作年度报告.docx」 (the report), 「03-…政府信息公开目录.html」 "
                 "(索引号 table) and 「说明.txt」 (6页/11页/1432条). Only member 02 is the report; the first .docx is the 指南. "
                 "Gold: 十堰市郧阳区人民政府, 湖北省十堰市郧阳区, 县级政府, 2023."),
    dict(id="m24-enshi-city-yearbook-chapter-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2022", agency="恩施市人民政府", region=SN + "恩施土家族苗族自治州恩施市", level="县级政府",
         before=[("h", "恩施市年鉴（2024）　第十二篇　政务"), ("h", "政务公开"),
                 ("p", "【概况】2023年，恩施市政务公开工作以基层政务公开标准化规范化建设为重点，全市17个乡镇（街道、办事处）、"
                       "42个市直部门全部完成政务公开专区建设，市政府门户网站全年发布信息2.6万条，访问量386万人次。"),
                 ("p", "【政务服务】全年市政务服务中心办理各类事项31.4万件，即办件率78.6%，群众满意率99.2%。"),
                 ("p", "【政府信息公开工作年度报告】全文如下。")],
         after=[("p", "【12345热线】全年受理群众诉求5.84万件，按时办结率98.7%，回访满意率93.1%。"),
                ("p", "（撰稿：向红梅　审稿：田江）")],
         printer=H.m_wrapped, family="md-yearbook-2024-chapter-report-as-entry-between-entries-with-figures",
         special="A chapter of 《恩施市年鉴（2024）》 exported as Markdown: entries 【概况】 (17个乡镇, 42个部门, 2.6万条), "
                 "【政务服务】 (31.4万件, 78.6%) before the report and 【12345热线】 (5.84万件) after; the report is one "
                 "entry with its Markdown tables. Gold: 恩施市人民政府, 湖北省恩施土家族苗族自治州恩施市, 县级政府, 2023 (not the "
                 "年鉴's edition year 2024)."),
    dict(id="h24-guishan-zhen-open-board-page-2023", fmt="html", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={}, agency="麻城市龟山镇人民政府", region=SN + "黄冈市麻城市",
         level="乡镇", site="麻城市人民政府", cls="gkl-page", page_title="龟山镇政务公开栏",
         before=[("h", "龟山镇政务公开栏（2024年第1期）"),
                 ("h", "2024年1月城乡低保动态管理公示"),
                 ("tab", [["序号", "村（社区）", "户主姓名", "保障人数", "月保障金（元）", "类别"],
                          ["1", "龟山村", "陈某某", "2", "860", "新增"], ["2", "熊家铺村", "周某某", "1", "430", "新增"],
                          ["3", "东冲村", "王某某", "3", "1290", "停保"]]),
                 ("p", "公示期：2024年1月10日至1月16日，监督电话：0713-2961012。"),
                 ("h", "2023年第四季度镇财政收支公开"),
                 ("tab", [["项目", "本季度（万元）", "全年累计（万元）"], ["一般公共预算收入", "126.4", "512.8"],
                          ["一般公共预算支出", "389.7", "1536.2"], ["其中：民生支出", "271.5", "1102.6"]])],
         after=[("h", "2024年春耕备耕物资发放公示"), ("p", "发放复合肥36吨、稻种4.2吨，涉及农户1128户。")],
         printer=H.h_wrapped, family="html-township-open-board-page-dibao-roll-and-finance-table-before-report",
         special="A 镇's 政务公开栏 page (posted under the city's site) holding several notices: a 低保 公示 table (序号, 保障人数, "
                 "月保障金 860/430/1290), a quarterly finance table (万元), then the 镇's report, then a 春耕 notice (36吨, 1128户). "
                 "Gold: the report — 麻城市龟山镇人民政府, 湖北省黄冈市麻城市, 乡镇, 2023 (the page is 2024年第1期 and the "
                 "site is 麻城市人民政府's); no case in table 四."),
    dict(id="p24-hb-gov-gazette-contents-order-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="湖北省人民政府", region=SN, level="省级政府",
         creator="方正书版 FounderPrint", producer="Founder PDF Library 7.0", t2scale=3,
         before=[("h", "湖北省人民政府公报"), ("p", "2024年第6期（总第1070期）　湖北省人民政府办公厅主办　2024年3月25日出版"),
                 ("h", "目　录"), ("p", "【省政府令】湖北省实施《中华人民共和国水土保持法》办法（省人民政府令第428号）…………2"),
                 ("p", "【省政府文件】湖北省人民政府2023年政府信息公开工作年度报告…………7"),
                 ("p", "【省政府办公厅文件】省人民政府办公厅关于印发湖北省促进民营经济发展若干措施的通知（鄂政办发〔2024〕9号）…………18"),
                 ("brk", ""), ("h", "湖北省人民政府令"), ("p", "第428号"),
                 ("p", "《湖北省实施〈中华人民共和国水土保持法〉办法》已经2024年2月26日省人民政府第27次常务会议审议通过，现予公布，"
                       "自2024年5月1日起施行。"),
                 ("p", "第十条　在25度以上陡坡地种植经济林的，应当采取水土保持措施；生产建设项目占地面积在5公顷以上的，应当编制水土保持方案报告书。"),
                 ("p", "第三十一条　违反本办法第十条规定的，由县级以上人民政府水行政主管部门责令停止违法行为，处每平方米2元以上10元以下罚款。")],
         after=[("brk", ""), ("h", "省人民政府办公厅关于印发湖北省促进民营经济发展若干措施的通知"), ("p", "鄂政办发〔2024〕9号"),
                ("p", "一、对年营业收入首次突破1亿元、10亿元的民营企业，分别给予一次性奖励50万元、100万元。")],
         printer=H.p_wrapped, family="pdf-province-gazette-issue-contents-page-numbers-government-order-before-report",
         special="An issue of 《湖北省人民政府公报》 as a PDF: a 目录 with page numbers (2, 7, 18), a 省政府令 (第428号, articles "
                 "第十条/第三十一条 with 25度, 5公顷, 2元/10元), then the report of the provincial government itself, then an "
                 "办公厅 notice (1亿元, 50万元). Gold: 湖北省人民政府, 湖北省, 省级政府, 2023 (the issue's 2024 is not the "
                 "report's year; the order's figures are not cells)."),
]
