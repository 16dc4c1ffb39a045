"""The 20 reports of eval/wild35 (read by make.py): a realistic crawl sample from Hainan (海南省; 2 of them scans)
and a hunt of BODIES OUTSIDE THE USUAL HIERARCHY (a national administration, vertically managed 税务/海关/金融监管
branches, a 兵团 师市合一 city, a province-run 开发区, a 街道 inside a 开发区, a 林区's district, a body renamed in the
report year, a 街道 named as its district government's 派出机构)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam35 as H

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
SN = "海南省"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Hainan crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-hi-zrzyt-wps-hdr2-heji-r3-3-defect-2024", fmt="pdf", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="海南省自然资源和规划厅", region=SN, level="省级部门",
         hdr2=True, relabel=XJ, creator="WPS 文字", producer="WPS 文字", defect={"r3_3.tot": 1},
         printer=N.p_report17, family="pdf-wps-hainan-province-natural-resources-planning-dept-hdr2-heji-r3-3-total-defect-2024",
         special="A province department's WPS PDF: table 三 with two header rows, 「合计」 for 总计. A real defect: "
                 "（三）不予公开 3.危及「三安全一稳定」 总计 one too many. **Findings:** H2 t3.r3_3, H3 column tot."),
    dict(id="p23-longhua-gov-word-units-r1-npo-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="海口市龙华区人民政府", region=SN + "海口市龙华区", level="县级政府",
         unit_line=["t3", "t4"], defect={"r1.npo": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-hainan-haikou-district-gov-unit-lines-r1-npo-defect-2023",
         special="A district government's Word PDF: 「单位：件」 over tables 三 and 四. A real defect: （一）予以公开 of the "
                 "社会公益组织 column one too many. **Findings:** H2 t3.r1, H3 column npo."),
    dict(id="p20-wenchang-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="文昌市人民政府", region=SN + "文昌市", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-hainan-province-direct-county-city-gov-xubiao-hdr-2020",
         special="A GF2019 report of a province-direct county-level city's government (文昌市: no prefecture between it "
                 "and the province) as Word PDF: table 三 continued under 「续表」 with its header rows."),
    dict(id="p22-jiyang-wjw-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="三亚市吉阳区卫生健康委员会", region=SN + "三亚市吉阳区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "RICOH IM C3000", "Creator": "RICOH IM C3000"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-hainan-sanya-district-health-commission-signed-seal-ricoh-2022",
         special="A district bureau's scanned signed copy (三亚市吉阳区): 150 dpi colour JPEG pages, a pen signature and the "
                 "round red seal over it; no text layer; a RICOH scanner."),
    dict(id="p21-nada-zhen-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="儋州市那大镇人民政府",
         region=SN + "儋州市那大镇", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C3530", "Creator": "Canon iR-ADV C3530"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-hainan-danzhou-districtless-prefecture-zhen-sealed-no-cases-2021",
         special="A 镇 directly under 儋州市 (a prefecture-level city with no districts): a 150 dpi colour scan with the red "
                 "seal on the signature; no text layer; no case in table 四. Gold region 海南省儋州市那大镇 (as wild9 writes 「广东省中山市黄圃镇」 for a 镇 of a city with no districts)."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-wanning-scjg-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="万宁市市场监督管理局", region=SN + "万宁市", level="县级部门",
         pub="2024-01-26", cms="trs", index="469006-scjgj/2024-00003", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-hainan-province-direct-county-city-market-bureau-ld-total-over-defect-2023",
         special="A province-direct county-level city's bureau's TRS page (万宁市). A real defect: 行政诉讼 未经复议直接起诉 "
                 "总计 one too many. **Findings:** H5 t4.ld."),
    dict(id="h22-shiling-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.fix": 1}, agency="保亭黎族苗族自治县什玲镇人民政府",
         region=SN + "保亭黎族苗族自治县", level="乡镇", pub="2023-01-17", cms="bosi",
         index="469029-slz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-hainan-province-direct-autonomous-county-zhen-t4-slash-zeros-note-2022",
         special="A 镇 of a province-direct autonomous county (保亭黎族苗族自治县)'s 博思 page: table 四's zero cells 「/」 "
                 "(gold: null) with a note; one 行政复议 corrected."),
    dict(id="h24-haikou-jyj-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="海口市教育局", region=SN + "海口市", level="市级部门",
         pub="2025-01-22", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-hainan-haikou-education-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page (海口市教育局): table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-jiaji-zhen-word-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.fix": 1}, agency="琼海市嘉积镇人民政府",
         region=SN + "琼海市", level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-hainan-province-direct-county-city-zhen-unit-lines-one-lawsuit-corrected-2023",
         special="A 镇 of 琼海市 (a province-direct county-level city)'s Word report: 「单位：件」 over tables 三 and 四; one "
                 "lawsuit in table 四 (纠正)."),
    dict(id="d17-lingao-jyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="临高县教育局", region=SN + "临高县", level="县级部门",
         stats=dict(active=187, web=142, other=45, norm=1, apps=2, face=1, net=1, letter=0, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-hainan-province-direct-county-education-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) report of a province-direct county's bureau (临高县) as Word: numbered statistics rows."),
]

REPORTS += [
    # ================================================================== HUNT half (10): bodies outside the usual hierarchy
    dict(id="h23-stats-gov-cn-national-bureau-2023", fmt="html", template="GF2021", year=2023,
         source="hebei-edu-2023", t2scale=4, agency="国家统计局", region="全国", level="省级部门", short="国家统计局",
         site="国家统计局", cls="zwgk-page", page_title="国家统计局2023年政府信息公开工作年度报告",
         box=[("机构名称", "国家统计局"), ("机构性质", "国务院直属机构（副部级），主管全国统计和国民经济核算工作"),
              ("领导体制", "各省、自治区、直辖市统计局为地方政府工作部门；国家统计局各调查总队为其派出机构，实行垂直管理"),
              ("办公地址", "北京市西城区月坛南街57号（100826）"), ("政府信息公开受理电话", "010-68783311")],
         lead=["本报告为国家统计局机关本级年度报告，不含国家统计局各调查总队及地方统计机构的数据，各调查总队、各省级统计局的"
               "年度报告分别在其网站发布。"],
         printer=H.h_outside, family="html-identity-national-administration-own-report-region-whole-country-no-national-level",
         special="A national administration's own report on its portal (国家统计局, 国务院直属机构): the box says it leads "
                 "the 调查总队 vertically and that the provinces' 统计局 are local bodies, reporting apart. Hazard: no "
                 "province, city or county in the body's name; its 调查总队 and provincial bureaus named. Gold: 国家统计局, "
                 "region 「全国」, level 省级部门 (chosen: the level vocabulary has no national rung — see README), 2023; not a "
                 "province's 统计局, not 北京市 (its seat)."),
    dict(id="d23-jiyang-tax-vertical-hainan-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", agency="国家税务总局三亚市吉阳区税务局", region=SN + "三亚市吉阳区", level="县级部门",
         short="区税务局", box_title="说明",
         box=[("发文机关", "国家税务总局三亚市吉阳区税务局"),
              ("领导体制", "实行以国家税务总局为主与海南省人民政府双重领导管理体制，业务上受国家税务总局海南省税务局、"
                       "国家税务总局三亚市税务局领导"),
              ("办公地址", "三亚市吉阳区迎宾路366号（572000）"), ("纳税服务热线", "12366")],
         lead=["根据国家税务总局海南省税务局《关于做好2023年度政府信息公开工作年度报告编制发布工作的通知》要求，"
               "国家税务总局三亚市税务局汇总发布所属各区税务局年度报告，本件为吉阳区税务局报告。"],
         printer=H.d_outside, family="docx-identity-vertical-tax-bureau-hainan-district-level-under-city-bureau-compiled-notice",
         special="A Word report of a vertically managed district tax bureau in Hainan: the 说明 names 国家税务总局 (its head), "
                 "海南省人民政府, 国家税务总局海南省税务局 and 三亚市税务局 (which compiles it); the text calls itself 「区税务局」. "
                 "Gold: 国家税务总局三亚市吉阳区税务局, 海南省三亚市吉阳区, 县级部门 (as wild31's 七里河区税务局), 2023 — not "
                 "the province's or the city's bureau."),
    dict(id="p23-haikou-customs-zhishu-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="中华人民共和国海口海关", region=SN + "海口市", level="市级部门", short="海口海关",
         creator="Foxit PDF Creator", producer="Foxit PDF Creator",
         box=[("机构名称", "中华人民共和国海口海关"), ("机构性质", "海关总署直属海关，负责海南省（含洋浦经济开发区）的海关管理工作"),
              ("隶属海关", "美兰机场海关、洋浦海关、三亚海关、八所海关、清澜海关等12个"),
              ("地址", "海南省海口市滨海大道165号（570311）")],
         lead=["本报告统计范围为海口海关关区（含各隶属海关），由海口海关办公室编制。"],
         printer=H.p_outside, family="pdf-identity-directly-affiliated-customs-province-wide-district-named-after-capital",
         special="A 直属海关's PDF (Foxit): the box says it serves all Hainan and lists 12 隶属海关 (三亚海关, 洋浦海关 …). "
                 "Hazard: a vertical body named after a city but covering the province; its subordinate 海关 named. Gold: "
                 "中华人民共和国海口海关, region 海南省海口市, level 市级部门 (as wild13's 直属 满洲里海关: the place in its name, "
                 "市级部门), 2023."),
    dict(id="m23-danzhou-nfra-fenju-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2021", small=True, t4cases={"rv.keep": 1}, agency="国家金融监督管理总局儋州监管分局",
         region=SN + "儋州市", level="市级部门", short="儋州监管分局",
         box_title="关于本机构",
         box=[("名称", "国家金融监督管理总局儋州监管分局（原中国银行保险监督管理委员会儋州监管分局）"),
              ("挂牌时间", "2023年11月"), ("上级机关", "国家金融监督管理总局海南监管局"),
              ("监管范围", "儋州市、洋浦经济开发区及临高县、白沙黎族自治县、昌江黎族自治县辖内银行业保险业机构")],
         printer=H.m_outside, family="md-identity-financial-regulator-sub-bureau-renamed-in-year-covers-several-counties",
         special="A Markdown export of a 金融监管 分局's report: the body was 挂牌 in 2023年11月 from the old 银保监分局 (both "
                 "names printed), its superior the 海南监管局, its remit 儋州市 plus 洋浦 and three counties. Gold: "
                 "国家金融监督管理总局儋州监管分局 (the name in the report year, as wild31's renamed body), region 海南省儋州市 "
                 "(where it sits and whose name it bears), level 市级部门 (a prefecture-level 分局), 2023; one 行政复议 kept."),
    dict(id="t23-shihezi-bingtuan-shishiheyi-2023", fmt="txt", template="GF2021", year=2023,
         source="pingtan-2022", agency="石河子市人民政府", region="新疆维吾尔自治区石河子市", level="县级政府",
         name="short", short_title="第八师石河子市", short="师市", sign_as="新疆生产建设兵团第八师　石河子市人民政府",
         box_title="第八师石河子市政府信息公开",
         box=[("体制", "石河子市为新疆维吾尔自治区直辖县级市，由新疆生产建设兵团第八师管理，实行师市合一管理体制"),
              ("辖区", "石河子市辖5个街道、2个镇，第八师辖一二一团、一三三团、一四三团等团场"),
              ("公开渠道", "第八师石河子市人民政府网（www.shz.gov.cn）")],
         lead=["本报告由第八师石河子市政务公开领导小组办公室编制，统计范围为师市机关及所属部门。"],
         printer=H.t_outside, family="txt-identity-bingtuan-division-city-shishiheyi-title-division-city-signature-both",
         special="A .txt copy of a 兵团 师市合一 report: the title says 「第八师石河子市」, the text 「师市」, the signature "
                 "prints both 「新疆生产建设兵团第八师」 and 「石河子市人民政府」; the box says 石河子市 is an autonomous-region-direct "
                 "county-level city run by 第八师, and names 团场. Gold: 石河子市人民政府 (the government side of the 合署 pair, "
                 "as wild31 golds a party-government pair by its government office), region 新疆维吾尔自治区石河子市, level "
                 "县级政府 (a region-direct county-level city, as wild34's 潜江), 2023 — not 第八师, not a 团场."),
    dict(id="h23-yangpu-kfq-province-dispatched-2023", fmt="html", template="GF2021", year=2023,
         source="ankang-2022", agency="洋浦经济开发区管理委员会", region=SN + "洋浦经济开发区", level="市级政府",
         short="洋浦经济开发区", site="洋浦经济开发区管理委员会", cls="gk-page",
         box=[("机构名称", "洋浦经济开发区管理委员会"),
              ("机构性质", "海南省人民政府派出机构，依法行使地级市人民政府经济社会管理权限"),
              ("区位", "位于儋州市西北部洋浦半岛，2019年起与儋州市实行一体化发展，辖三都、峨蔓等区域"),
              ("联系电话", "0898-28821256")],
         printer=H.h_outside, family="html-identity-province-dispatched-development-zone-prefecture-powers-inside-city",
         special="A national 开发区's 管委会 page (洋浦): the box says it is the province's 派出机构 with 地级市 powers, lying "
                 "in 儋州市 and integrated with it since 2019. Hazard: the zone is inside a city yet not under it. Gold: "
                 "洋浦经济开发区管理委员会, region 海南省洋浦经济开发区, level 市级政府 (as wild33's 杨凌: administered by the "
                 "province apart from the city around it; not 县级政府 as an ordinary 经开区 inside a city), 2023."),
    dict(id="d21-loufeng-jd-sip-2021", fmt="docx", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="苏州工业园区娄葑街道办事处", region="江苏省苏州市",
         level="乡镇", short="街道", box_title="说明",
         box=[("发布机构", "苏州工业园区娄葑街道办事处"),
              ("隶属", "苏州工业园区管理委员会（国家级开发区，苏州市人民政府派出机构）"),
              ("辖区", "东至星华街，西至东环路，辖24个社区"), ("公开电话", "0512-62663071")],
         printer=H.d_outside, family="docx-identity-jiedao-inside-national-industrial-park-no-district-between",
         special="A Word report of a 街道 inside 苏州工业园区 (under the park's 管委会, not under a district): the 说明 names "
                 "the 管委会 and the city. Gold: 苏州工业园区娄葑街道办事处, region 江苏省苏州市 (as wild10's 成都高新区 "
                 "肖家河街道: the city, no district between), level 乡镇, 2021; no case in table 四."),
    dict(id="p22-jiagedaqi-linqu-district-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="大兴安岭地区加格达奇区人民政府", region="黑龙江省大兴安岭地区加格达奇区",
         level="县级政府", short="区政府", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         box=[("机构名称", "大兴安岭地区加格达奇区人民政府"),
              ("区划", "加格达奇区为黑龙江省大兴安岭地区行政公署所在地，县级政区，由大兴安岭地区管辖；其地域属内蒙古自治区鄂伦春自治旗"),
              ("林区", "辖区内国有林区由中国龙江森林工业集团大兴安岭林业集团公司经营"),
              ("地址", "加格达奇区人民路26号（165000）")],
         printer=H.p_outside, family="pdf-identity-forest-region-district-territory-of-another-province-administered-by-diqu",
         special="A Word PDF of a 林区's district government: the box says 加格达奇区 is a county-level unit of 黑龙江省大兴安岭地区 "
                 "whose land lies in 内蒙古自治区鄂伦春自治旗, and names the 林业集团. Gold: 大兴安岭地区加格达奇区人民政府, region "
                 "黑龙江省大兴安岭地区加格达奇区 (who administers it, as wild13's 大兴安岭地区行政公署), level 县级政府, 2022 — not "
                 "内蒙古, not the 林业集团."),
    dict(id="h24-qiongzhong-nyj-merged-xczxj-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", t2scale=1, agency="琼中黎族苗族自治县农业农村局", region=SN + "琼中黎族苗族自治县",
         level="县级部门", short="县农业农村局", site="琼中黎族苗族自治县人民政府", cls="gk-page",
         box=[("机构名称", "琼中黎族苗族自治县农业农村局（加挂琼中黎族苗族自治县乡村振兴局牌子）"),
              ("机构沿革", "2024年3月，根据县级机构改革方案，原琼中黎族苗族自治县乡村振兴局（正科级）职责整合划入县农业农村局，"
                       "县乡村振兴局不再单独设置"),
              ("统计口径", "本报告数据含原县乡村振兴局2024年1—3月受理的政府信息公开申请")],
         printer=H.h_outside, family="html-identity-bureau-merged-in-report-year-old-and-new-names-both-printed",
         special="A county bureau merged in the report year: the box prints the new name with the old one as 加挂牌子 and "
                 "says the old 乡村振兴局's 1—3月 applications are counted. Gold: 琼中黎族苗族自治县农业农村局 (the name in the "
                 "report year, the title's, as wild31), region 海南省琼中黎族苗族自治县 (a province-direct autonomous county), "
                 "level 县级部门, 2024; the old 乡村振兴局 is not the agency."),
    dict(id="m23-bailong-jd-paichu-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="海口市美兰区人民政府白龙街道办事处",
         region=SN + "海口市美兰区", level="乡镇", short="街道办事处", box_title="机构信息",
         box=[("机构名称", "海口市美兰区人民政府白龙街道办事处"), ("机构性质", "美兰区人民政府派出机构"),
              ("辖区", "辖8个社区居委会"), ("联系电话", "0898-65358120")],
         printer=H.m_outside, family="md-identity-jiedao-named-as-district-gov-paichu-jigou-full-form",
         special="A Markdown export of a 街道's report whose full name holds its parent's: 「海口市美兰区人民政府白龙街道办事处」 "
                 "(the 派出机构 form). Hazard: the name begins like the district government's. Gold: the 街道 as printed, "
                 "海口市美兰区人民政府白龙街道办事处 (as wild11 writes 「成都市武侯区人民政府玉林街道办事处」), region 海南省海口市美兰区, "
                 "level 乡镇, 2023 — not 海口市美兰区人民政府; one lawsuit kept."),
]
