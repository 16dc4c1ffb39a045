"""The 20 reports of eval/wild31 (read by make.py): a realistic crawl sample from Gansu (甘肃省; 2 of them scans) and a
hunt of WHO ISSUED THE REPORT AND FOR WHICH YEAR IS HARD TO TELL (a district name shared by several cities, a body with
a second name, offices working as one, a development zone's 管委会, a vertically managed bureau, a renamed bureau, a
township name found in many counties, a title without the year, a report published in 2025 about 2024, the agency
only as a short form)."""
from __future__ import annotations

import fam15 as G
import fam17 as N
import fam25 as P
import fam30 as L
import fam31 as M

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
GS = "甘肃省"

REPORTS = [
    # ================================================================== REALISTIC half (10): a Gansu crawl sample
    # ------------------------------------------------------------------ PDF (3 text, 2 scans)
    dict(id="p24-gs-sthjt-wps-hdr2-heji-2024", fmt="pdf", template="GF2021", year=2024,
         source="hongze-2023", agency="甘肃省生态环境厅", region=GS, level="省级部门",
         hdr2=True, relabel=XJ, creator="WPS 文字", producer="WPS 文字",
         printer=N.p_report17, family="pdf-wps-gansu-province-ecology-environment-dept-t3-hdr2-heji-2024",
         special="A province department's WPS PDF: table 三 with two header rows, 「合计」 for 总计."),
    dict(id="p23-xigu-gov-word-units-new-np-defect-2023", fmt="pdf", template="GF2021", year=2023,
         source="hebei-edu-2023", agency="兰州市西固区人民政府", region=GS + "兰州市西固区", level="县级政府",
         unit_line=["t3", "t4"], defect={"new.np": 1},
         creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         printer=N.p_report17, family="pdf-word-gansu-lanzhou-district-gov-unit-lines-new-np-defect-2023",
         special="A district government's Word PDF: 「单位：件」 over tables 三 and 四. A real defect: 一、本年新收 of the "
                 "自然人 column one too many. **Findings:** H1 column np, H2 t3.new."),
    dict(id="p20-liangzhou-gov-gf2019-xubiao-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", agency="武威市凉州区人民政府", region=GS + "武威市凉州区", level="县级政府",
         t3_cont="hdr", creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=N.p_report17, family="pdf-gf2019-word-gansu-wuwei-district-gov-xubiao-hdr-2020",
         special="A GF2019 district government's Word PDF: table 三 continued under 「续表」 with its header rows."),
    dict(id="p22-suzhou-rsj-scan-seal-2022", fmt="pdf", template="GF2021", year=2022,
         source="ankang-2022", agency="酒泉市肃州区人力资源和社会保障局", region=GS + "酒泉市肃州区",
         level="县级部门", dpi=150, sec1n=4, info={"Producer": "KONICA MINOLTA bizhub C300i",
                                                   "Creator": "KONICA MINOLTA bizhub C300i"},
         printer=P.p_scan_signed, family="scan-pdf-150dpi-gansu-jiuquan-district-hrss-signed-seal-2022",
         special="A district bureau's scanned signed copy: 150 dpi colour JPEG pages, a pen signature and the round red "
                 "seal over it; no text layer."),
    dict(id="p21-daobei-jd-scan-seal-2021", fmt="pdf", template="GF2021", year=2021,
         source="pingtan-2021", small=True, t4cases={}, agency="天水市麦积区道北街道办事处",
         region=GS + "天水市麦积区", level="乡镇", dpi=150, sec1n=3, sealed=True,
         info={"Producer": "Canon iR-ADV C3525", "Creator": "Canon iR-ADV C3525"},
         printer=P.p_scan_grey_plain, family="scan-pdf-150dpi-gansu-tianshui-jiedao-sealed-no-cases-2021",
         special="A 街道's 150 dpi colour scan with the red seal on the signature; no text layer; no case in table 四."),
    # ------------------------------------------------------------------ HTML (3)
    dict(id="h23-xifeng-scjg-trs-ld-total-defect-2023", fmt="html", template="GF2021", year=2023,
         source="hongze-2023", agency="庆阳市西峰区市场监督管理局", region=GS + "庆阳市西峰区", level="县级部门",
         pub="2024-01-24", cms="trs", index="621002-scjgj/2024-00003", t4defect={"ld.tot": 1},
         printer=N.h_cms17, family="html-trs-gansu-qingyang-district-market-bureau-ld-total-defect-2023",
         special="A district bureau's TRS page. A real defect: 行政诉讼（未经复议直接起诉） 总计 one too many. "
                 "**Findings:** H5 t4.ld."),
    dict(id="h22-sanhe-zhen-bosi-slash-2022", fmt="html", template="GF2021", year=2022,
         source="pingtan-2022", small=True, t4cases={"rv.keep": 1}, agency="和政县三合镇人民政府",
         region=GS + "临夏回族自治州和政县", level="乡镇", pub="2023-01-13", cms="bosi",
         index="622925-shz/2023-00001", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=N.h_cms17, family="html-bosi-gansu-linxia-zhen-t4-slash-zeros-note-2022",
         special="A 镇's 博思 page: table 四's zero cells 「/」 (gold: null) with a note; one 行政复议 kept."),
    dict(id="h24-pingliang-jyj-platform-hdr2-heji-2024", fmt="html", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="平凉市教育局", region=GS + "平凉市", level="市级部门",
         pub="2025-01-21", cms="platform", hdr2=True, relabel=HJ,
         printer=N.h_cms17, family="html-platform-gansu-pingliang-education-bureau-hdr2-heji-spaced-2024",
         special="A city bureau's platform page: table 三 with two header rows, 「合  计」 for 总计."),
    # ------------------------------------------------------------------ DOCX (2, one LEGACY)
    dict(id="d23-hanwang-zhen-word-2023", fmt="docx", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={"ld.keep": 1}, agency="陇南市武都区汉王镇人民政府",
         region=GS + "陇南市武都区", level="乡镇", unit_line=["t3", "t4"],
         printer=N.d_report17, family="docx-gansu-longnan-zhen-unit-lines-one-lawsuit-2023",
         special="A 镇's Word report: 「单位：件」 over tables 三 and 四; one lawsuit in table 四."),
    dict(id="d17-anding-jyj-legacy-2017", fmt="docx", template="LEGACY", year=2017,
         agency="定西市安定区教育局", region=GS + "定西市安定区", level="县级部门",
         stats=dict(active=286, web=231, other=55, norm=2, apps=3, face=1, net=1, letter=1, rv=0, lit=0),
         printer=G.d_legacy15, family="legacy-docx-2017-gansu-dingxi-district-education-bureau-numbered-stat-rows",
         special="A LEGACY (old 条例) district bureau's report as Word: numbered statistics rows."),
]

HUNT = [
    # ================================================================== HUNT half (10): who issued it, for which year
    dict(id="h23-chengguan-gov-trs-city-in-sign-2023", fmt="html", template="GF2021", year=2023,
         source="ankang-2022", agency="兰州市城关区人民政府", region=GS + "兰州市城关区", level="县级政府",
         site="城关区人民政府", pub="2024-01-25", cms="trs", index="620102-cgqrmzf/2024-00005",
         ident=dict(title="城关区人民政府2023年政府信息公开工作年度报告", publisher="城关区人民政府"), short="区政府",
         printer=M.h_ident, family="html-trs-identity-chengguan-district-lanzhou-or-lhasa-city-only-in-signature",
         special="A TRS page titled 「城关区人民政府…」 on a site named 「城关区人民政府」: 城关区 is a district of 兰州 "
                 "and of 拉萨 (and the name of many 镇); the city is named only in the signature 「兰州市城关区人民政府」 "
                 "(and in the index number's code 620102). Gold: agency 兰州市城关区人民政府, region 甘肃省兰州市城关区, "
                 "level 县级政府, year 2023."),
    dict(id="d22-anning-jyj-word-kunming-twin-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", agency="兰州市安宁区教育局", region=GS + "兰州市安宁区", level="县级部门",
         short="区教育局",
         ident=dict(title="安宁区教育局2022年政府信息公开工作年度报告", sign="安宁区教育局",
                    replace=[("本报告根据", "本报告由兰州市安宁区教育局根据")]),
         printer=N.d_report17, family="docx-identity-anning-district-lanzhou-not-anning-city-kunming-full-name-once-in-intro",
         special="A Word report titled and signed 「安宁区教育局」: 安宁区 is a district of 兰州 (甘肃), 安宁市 a city of "
                 "昆明 (云南); the city is named once, in the introduction (「本报告由兰州市安宁区教育局根据…」). Gold: "
                 "agency 兰州市安宁区教育局, region 甘肃省兰州市安宁区, level 县级部门, year 2022."),
    dict(id="p24-tianshui-wjw-tcm-second-name-2024", fmt="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="天水市卫生健康委员会", region=GS + "天水市", level="市级部门",
         short="本委", creator="Microsoft® Word 2019", producer="Microsoft® Word 2019",
         ident=dict(title="天水市卫生健康委员会（天水市中医药管理局）2024年政府信息公开工作年度报告",
                    sign="天水市卫生健康委员会（天水市中医药管理局）"),
         printer=N.p_report17, family="pdf-word-identity-health-commission-tcm-bureau-second-name-in-brackets",
         special="A Word PDF whose title and signature carry the body's second name in brackets: 「天水市卫生健康委员会"
                 "（天水市中医药管理局）」 — one body, one report. Gold: agency 天水市卫生健康委员会 (the first name, "
                 "without the bracketed second name), region 甘肃省天水市, level 市级部门, year 2024."),
    dict(id="h24-yuzhong-yjj-bosi-county-site-pub2025-2024", fmt="html", template="GF2021", year=2024,
         source="hebei-edu-2023", agency="榆中县应急管理局", region=GS + "兰州市榆中县", level="县级部门",
         site="榆中县人民政府", pub="2025-01-17", cms="bosi", index="620123-yjglj/2025-00002", short="县应急局",
         ident=dict(title="县应急管理局政府信息公开工作年度报告",
                    lead=["榆应急发〔2025〕5号", "发布日期：2025年1月17日"],
                    replace=[("2024年，", "本年度，"), ("2024年度未收取", "本年度未收取")],
                    add5="2025年，县应急局将紧扣年度重点任务，进一步加强政务公开工作。",
                    sign="榆中县应急管理局（榆中县地震局）", date="2025年1月17日"),
         printer=N.h_cms17, family="html-bosi-identity-county-portal-hosts-bureau-short-title-pub-2025-about-2024",
         special="A 博思 page on the county government's site (「榆中县人民政府」), titled 「县应急管理局政府信息公开工作"
                 "年度报告」 — no county, no year; a document number 〔2025〕, 发布日期 2025年1月17日, plans for 2025; the "
                 "year 2024 only in 「统计期限自2024年1月1日起至2024年12月31日止」; the signature 「榆中县应急管理局"
                 "（榆中县地震局）」. Gold: agency 榆中县应急管理局 (not the site's 榆中县人民政府, not the 地震局 name), "
                 "region 甘肃省兰州市榆中县, level 县级部门, year 2024 (the report year, not the publication year)."),
    dict(id="p23-longxi-gzb-hesu-two-offices-2023", fmt="pdf", template="GF2021", year=2023,
         source="hongze-2023", agency="陇西县人民政府办公室", region=GS + "定西市陇西县", level="县级部门",
         short="县委办、县政府办", creator="WPS 文字", producer="WPS 文字",
         ident=dict(title="中共陇西县委办公室　陇西县人民政府办公室2023年政府信息公开工作年度报告",
                    lead=["（中共陇西县委办公室与陇西县人民政府办公室合署办公）"],
                    sign="中共陇西县委办公室　陇西县人民政府办公室"),
         printer=N.p_report17, family="pdf-wps-identity-county-party-and-government-offices-hesu-two-names-signed",
         special="A WPS PDF of two offices working as one (合署办公): title and signature name 「中共陇西县委办公室」 "
                 "and 「陇西县人民政府办公室」. The 条例 binds the administrative body; the report is the government "
                 "office's. Gold: agency 陇西县人民政府办公室, region 甘肃省定西市陇西县, level 县级部门, year 2023."),
    dict(id="m23-lzjk-gwh-md-short-jingkaiqu-2023", fmt="markdown", template="GF2021", year=2023,
         source="pingtan-2021", agency="兰州经济技术开发区管理委员会", region=GS + "兰州市", level="县级政府",
         short="经开区管委会",
         ident=dict(title="兰州经开区2023年政府信息公开工作年度报告",
                    lead=["来源：兰州市人民政府　发布日期：2024-01-29"],
                    sign="兰州经济技术开发区管理委员会"),
         printer=L.md_cut, family="md-portal-export-identity-jingkaiqu-guanweihui-short-title-city-portal-source",
         special="A portal's Markdown export: title 「兰州经开区…」, text 「经开区管委会」, the source line names the city "
                 "government's portal (「来源：兰州市人民政府」); the full name only in the signature 「兰州经济技术开发区"
                 "管理委员会」. Gold: agency 兰州经济技术开发区管理委员会 (not 兰州市人民政府), region 甘肃省兰州市 (the zone "
                 "spans parks in 安宁区 and 红古区), level 县级政府 (a development zone's 管委会, as earlier sets), "
                 "year 2023."),
    dict(id="d22-qilihe-tax-vertical-2022", fmt="docx", template="GF2021", year=2022,
         source="ankang-2022", agency="国家税务总局兰州市七里河区税务局", region=GS + "兰州市七里河区",
         level="县级部门", short="区税务局",
         ident=dict(replace=[("围绕中心工作", "在国家税务总局甘肃省税务局、国家税务总局兰州市税务局的领导下，"
                                              "围绕中心工作")]),
         printer=N.d_report17, family="docx-identity-vertical-tax-bureau-district-level-province-and-city-bureaus-named",
         special="A Word report of a vertically managed body: 「国家税务总局兰州市七里河区税务局」; the text names the "
                 "province's and the city's tax bureaus (its superiors) and calls itself 「区税务局」. Gold: agency "
                 "国家税务总局兰州市七里河区税务局, region 甘肃省兰州市七里河区 (the place it serves), level 县级部门 (as "
                 "earlier sets place vertical bodies by the place they serve), year 2022."),
    dict(id="h20-ganzhou-nyj-gf2019-renamed-2020", fmt="html", template="GF2019", year=2020,
         source="pingtan-2020", agency="张掖市甘州区农业农村局", region=GS + "张掖市甘州区", level="县级部门",
         pub="2021-01-27", cms="platform", short="区农业农村局（原区农牧局）",
         ident=dict(sign="张掖市甘州区农牧局", date="2021年1月26日"),
         printer=N.h_cms17, family="html-platform-gf2019-identity-renamed-bureau-new-name-title-old-name-signature",
         special="A GF2019 platform page after an institutional reform: the title has the new name 「张掖市甘州区农业农村局」, "
                 "the text 「区农业农村局（原区农牧局）」, the signature the old name 「张掖市甘州区农牧局」 (last year's "
                 "template). Gold: agency 张掖市甘州区农业农村局 (the body's name in the report year), region "
                 "甘肃省张掖市甘州区, level 县级部门, year 2020."),
    dict(id="p23-chengguanzhen-chengxian-wps-2023", fmt="pdf", template="GF2021", year=2023,
         source="pingtan-2022", small=True, t4cases={}, agency="成县城关镇人民政府", region=GS + "陇南市成县",
         level="乡镇", short="我镇", creator="WPS 文字", producer="WPS 文字",
         ident=dict(title="城关镇人民政府2023年政府信息公开工作年度报告", sign="成县城关镇人民政府"),
         printer=N.p_report17, family="pdf-wps-identity-chengguan-zhen-name-in-many-counties-county-only-in-signature",
         special="A 镇's WPS PDF titled 「城关镇人民政府…」 — a name dozens of counties have; the county only in the "
                 "signature 「成县城关镇人民政府」. Gold: agency 成县城关镇人民政府, region 甘肃省陇南市成县, level 乡镇, "
                 "year 2023."),
    dict(id="d23-kongtong-rsj-short-form-2023", fmt="docx", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="平凉市崆峒区人力资源和社会保障局", region=GS + "平凉市崆峒区",
         level="县级部门", short="区人社局",
         ident=dict(title="区人社局2023年政府信息公开工作年度报告", sign="平凉市崆峒区人力资源和社会保障局"),
         printer=N.d_report17, family="docx-identity-short-form-qu-renshe-ju-title-and-text-full-name-only-signed",
         special="A Word report titled 「区人社局…」 and naming itself 「区人社局」 throughout; the full name only in the "
                 "signature 「平凉市崆峒区人力资源和社会保障局」. Gold: agency 平凉市崆峒区人力资源和社会保障局, region "
                 "甘肃省平凉市崆峒区, level 县级部门, year 2023."),
]
REPORTS += HUNT
