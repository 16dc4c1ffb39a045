"""Rebuild eval/wild13 (reports + gold) byte for byte: `.venv/bin/python eval/wild13/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam13.py (on fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam13 as F  # noqa: E402
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json", "fodt": "fodt",
       "fods": "fods"}



UY = ("غۇلجا ناھىيىلىك خەلق ھۆكۈمىتىنىڭ 2024-يىللىق ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش خىزمىتى توغرىسىدىكى يىللىق "
      "دوكلاتى")
KO_TITLE = "연길시인민정부 2023년 정부정보공개사업 년도보고"
KO_HEADS = {"一、": "（총체적 정황）", "二、": "（정부정보 주동공개 정황）", "三、": "（정부정보공개 신청 접수 및 처리 정황）",
            "四、": "（정부정보공개 행정재의, 행정소송 정황）", "五、": "（존재하는 주요 문제 및 개진 정황）",
            "六、": "（기타 보고하여야 할 사항）"}
MN_TITLE = ("ᠰᠢᠯᠤᠨ ᠬᠥᠬᠡ ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ 2024 ᠣᠨ ᠤ ᠵᠠᠰᠠᠭ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠠᠵᠢᠯ ᠤᠨ "
            "ᠵᠢᠯ ᠦᠨ ᠢᠯᠡᠳᠬᠡᠯ")
MN_INTRO = ("ᠡᠨᠡ ᠢᠯᠡᠳᠬᠡᠯ ᠢ «ᠪᠦᠭᠦᠳᠡ ᠨᠠᠶᠢᠷᠠᠮᠳᠠᠬᠤ ᠳᠤᠮᠳᠠᠳᠤ ᠠᠷᠠᠳ ᠤᠯᠤᠰ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠳᠦᠷᠢᠮ» ᠳᠦ "
            "ᠦᠨᠳᠦᠰᠦᠯᠡᠨ ᠨᠠᠶᠢᠷᠠᠭᠤᠯᠪᠠ᠃")
BO_TITLE = "ལྷ་ས་གྲོང་ཁྱེར་ཁྲིན་ཀོན་ཆུས་ཁྲིམས་ལུགས་ཅུས་ཀྱི་ལོ་2025ལོའི་སྲིད་གཞུང་ཆ་འཕྲིན་གསལ་བསྒྲགས་ལས་དོན་ལོ་འཁོར་སྙན་ཞུ།"
II_TITLE = "ꏪꐎꏃꌋꆀꏦꐛ 2021 ꈎꊿ ꌅꉌꇬꂷꀕ ꀉꌠꑭꇬ"

REPORTS = [
    # ------------------------------------------------------------------ ordinary reports: HTML
    dict(id="h24-yining-xian-uyghur-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022",
         agency="伊宁县人民政府", region="新疆维吾尔自治区伊犁哈萨克自治州伊宁县", level="县级政府", pub="2025-01-24",
         cms="bosi", bi_title=UY,
         printer=F.h_cms13, family="html-xinjiang-county-uyghur-han-bilingual-title",
         special="An ordinary county page (博思-like spans) of a 自治州 county whose title is printed twice: in 汉 and "
                 "below it in Uyghur (Arabic script, right-to-left, with the year in it)."),
    dict(id="h23-yanji-gov-korean-2023", fmt="html", template="GF2021", year=2023, source="hongze-2023",
         agency="延吉市人民政府", region="吉林省延边朝鲜族自治州延吉市", level="县级政府", pub="2024-01-19",
         index="11222401MB1234567X/2024-00012", cms="trs", bi_title=KO_TITLE, bi_heads=KO_HEADS,
         printer=F.h_cms13, family="html-yanbian-korean-han-bilingual-title-headings",
         special="A TRS page of a city in 延边朝鲜族自治州: the title in 汉 then 朝鲜文 (Hangul), each section heading "
                 "followed by its Korean translation in brackets 「三、收到和处理政府信息公开申请情况（정부정보공개 신청 …）」."),
    dict(id="h19-ledu-jyj-remarks-2019", fmt="html", template="GF2019", year=2019, source="pingtan-2019",
         agency="海东市乐都区教育局", region="青海省海东市乐都区", level="县级部门", pub="2020-01-21",
         index="ldq-jyj/2020-00003", cms="dahan",
         remarks={"r1": "含网上申请", "r4_1": "已告知申请人", "r5_1": "已转信访渠道办理", "carry_out": "已于次年一月办结"},
         printer=F.h_cms13, family="html-t3-remarks-column",
         special="A GF2019 县级部门 page of a 大汉-like site whose table 三 has an eleventh column 「备注」 (spanning the "
                 "three header rows; a few rows carry a note in words, most are empty)."),
    dict(id="h21-jiangyuan-gov-jian-2021", fmt="html", template="GF2021", year=2021, source="pingtan-2021",
         agency="白山市江源区人民政府", region="吉林省白山市江源区", level="县级政府", pub="2022-01-26",
         index="jyq/2022-00021", cms="trs", units={r"t[34]\.": "件"},
         printer=F.h_cms13, family="html-t3-t4-cells-jian-suffix",
         special="An ordinary county page (TRS Word paste) whose tables 三 and 四 print the unit in every cell: "
                 "「3件」, 「0件」 (table 二 plain figures)."),
    dict(id="h24-wusan-jd-renum-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022", small=True,
         agency="沈阳市浑南区五三街道办事处", region="辽宁省沈阳市浑南区", level="乡镇", pub="2025-01-15",
         cms="platform", renum=True,
         printer=F.h_cms13, family="html-jiedao-t3-labels-renumbered-arabic",
         special="A 街道 page of a 集约化 platform whose table 三 renumbers the template's labels: 「1.予以公开」 … "
                 "「3.不予公开」 with sub-items 「（1）属于国家秘密」 …, 「7.总计」 (the 一、二、四、 rows kept)."),
    dict(id="h25-wuhua-sfj-noparent-2025", fmt="html", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="昆明市五华区司法局", region="云南省昆明市五华区", level="县级部门", pub="2026-01-22", cms="bosi",
         noparent=True,
         printer=F.h_cms13, family="html-t3-subitems-without-group-labels",
         special="A 2025 县级部门 page whose table 三 prints the sub-items 「1.属于国家秘密」 … without their group cells "
                 "(no 「（三）不予公开」, 「（四）无法提供」, 「（五）不予处理」, 「（六）其他处理」 anywhere): each sub-item label "
                 "spans the two label columns."),
    dict(id="h23-xingqing-gov-prior-2023", fmt="html", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="银川市兴庆区人民政府", region="宁夏回族自治区银川市兴庆区", level="县级政府", pub="2024-01-23",
         cms="plain", prior=True,
         printer=F.h_cms13, family="html-t4-this-year-last-year-rows",
         special="An ordinary county page whose table 四 has a first column 「年度」 and two value rows: 「本年」 (the "
                 "report's figures, gold) and 「上年」 (last year's, printed for comparison; not gold)."),
    # ------------------------------------------------------------------ ordinary reports: PDF
    dict(id="p25-tianshui-gov-long-2025", fmt="pdf", template="GF2021", year=2025, source="shanghai-kewei-2024",
         agency="天水市人民政府", region="甘肃省天水市", level="市级政府", appendix=True, short="市政府", long_rounds=13,
         creator="Writer", producer="LibreOffice 24.2",
         printer=F.p_report13, family="pdf-long-report-tables-in-appendix-30-pages",
         special="A city government's long LibreOffice PDF (30+ pages, no images): pages of narrative under sections "
                 "一 and 五, the headings of 二/三/四 saying 「（详见附件表1）」, and the three tables after the signature "
                 "on their own pages under 「附件」 with captions 「附件表1 …」; page numbers 「— n —」."),
    dict(id="p24-heilongjiang-tax-thousands-2024", fmt="pdf", template="GF2021", year=2024, source="ankang-2022",
         agency="国家税务总局黑龙江省税务局", region="黑龙江省", level="省级部门", sep=",", t2scale=9,
         boost={"r1.np": 1850, "r2.np": 240, "r4_1.np": 410, "r1.biz": 1320, "r5_1.np": 96, "r4_3.np": 12},
         mark_zero=[(r"t2\.reg\..*", "/")], unit_line=["t3", "t4"], creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report13, family="pdf-wps-provincial-tax-bureau-thousands-t2-slash",
         special="A 垂直管理 provincial tax bureau's WPS PDF: volumes in the thousands printed with separators "
                 "「1,234」 (tables 二 and 三), 「/」 in table 二's 规章 row (gold: null, placeholder), 「单位：件」 lines."),
    dict(id="p23-manzhouli-customs-remarks-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="中华人民共和国满洲里海关", region="内蒙古自治区呼伦贝尔市满洲里市", level="市级部门",
         remarks={"r1": "含依申请公开", "r3_4": "征求第三方意见", "r4_1": "告知向有关机关申请", "r5_2": "已告知"},
         creator="Foxit PhantomPDF", producer="Foxit PhantomPDF Printer Version 10.1.0.3000",
         printer=F.p_report13, family="pdf-foxit-customs-t3-remarks-column",
         special="A 直属海关's PDF (Foxit printer): table 三 with a ninth column 「备注」 holding short notes in words "
                 "in a few rows."),
    dict(id="p22-neimenggu-qxj-t2order-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="内蒙古自治区气象局", region="内蒙古自治区", level="省级部门", t2valid_first=True,
         printer=F.p_report13, family="pdf-word-t2-columns-valid-first",
         special="A 垂直管理 meteorological bureau's Word PDF whose table 二 prints the 第（一）项 columns in another "
                 "order: 信息内容 | 现行有效件数 | 本年制发件数 | 本年废止件数."),
    dict(id="p25-lanzhou-xinqu-noparent-2025", fmt="pdf", template="GF2021", year=2025, source="hebei-edu-2023",
         agency="兰州新区管理委员会", region="甘肃省兰州市", level="市级政府", noparent=True,
         creator="WPS 文字", producer="WPS 文字",
         printer=F.p_report13, family="pdf-wps-xinqu-t3-subitems-without-group-rows",
         special="A 国家级新区's WPS PDF (2025) whose table 三 lists the sub-items 「1.属于国家秘密」 … without the group "
                 "rows 「（三）不予公开」 … 「（六）其他处理」."),
    dict(id="p20-changbai-gov-renum-2020", fmt="pdf", template="GF2019", year=2020, source="pingtan-2020",
         agency="长白朝鲜族自治县人民政府", region="吉林省白山市长白朝鲜族自治县", level="县级政府", renum=True,
         printer=F.p_report13, family="pdf-gf2019-t3-labels-renumbered-arabic",
         special="A GF2019 自治县 Word PDF whose table 三 renumbers the labels 「1.予以公开」 … 「3.不予公开」 with "
                 "「（1）属于国家秘密」 …, 「6.其他处理」, 「7.总计」."),
    dict(id="p24-chengdong-gov-prior-defect-2024", fmt="pdf", template="GF2021", year=2024, source="pingtan-2022",
         agency="西宁市城东区人民政府", region="青海省西宁市城东区", level="县级政府", prior=True,
         defect={"carry_in.tot": 2},
         printer=F.p_report13, family="pdf-t4-this-year-last-year-rows-stale-carry-in-defect",
         special="A county Word PDF whose table 四 has 「本年」 and 「上年」 value rows (last year's not gold). A real "
                 "defect: 二、上年结转 总计 is a stale figure, two more than its columns. **Findings:** H1 column tot, "
                 "H2 t3.carry_in."),
    dict(id="p23-shennongjia-gov-totfirst-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="神农架林区人民政府", region="湖北省神农架林区", level="县级政府", totfirst=True,
         printer=F.p_report13, family="pdf-linqu-t3-total-column-first",
         special="A 林区's Word PDF whose table 三 prints 「总计」 as the first figure column (总计 | 自然人 | 法人或其他组织…)."),
    dict(id="p21-caohekou-zhen-defect-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         small=True, agency="本溪满族自治县草河口镇人民政府", region="辽宁省本溪市本溪满族自治县", level="乡镇",
         unit_line=["t3", "t4"], t4defect={"rv.tot": 1}, creator="WPS 文字", producer="WPS 文字", rules="none",
         printer=F.p_report13, family="pdf-wps-zhen-unruled-tables-t4-total-defect",
         special="A 镇's WPS PDF whose tables have no rules at all (borders set to 无框线: labels left, figures "
                 "centred in their columns; almost every cell 0, 「单位：件」 lines). A real defect: 行政复议 总计 printed "
                 "one too many. **Findings:** H5 t4.rv."),
    # ------------------------------------------------------------------ ordinary reports: DOCX / XLSX
    dict(id="d24-zhenglan-qi-mongolian-2024", fmt="docx", template="GF2021", year=2024, source="pingtan-2021",
         agency="正蓝旗人民政府", region="内蒙古自治区锡林郭勒盟正蓝旗", level="县级政府", bi_title=MN_TITLE,
         bi_intro=MN_INTRO,
         printer=F.d_report13, family="docx-mongolian-han-bilingual-title-intro",
         special="A 旗 government's Word report: the title in 汉 and then in traditional Mongolian script (with the "
                 "year), and the introduction followed by a Mongolian paragraph."),
    dict(id="d25-chengguan-sfj-tibetan-units-2025", fmt="docx", template="GF2021", year=2025,
         source="shanghai-kewei-2024", agency="拉萨市城关区司法局", region="西藏自治区拉萨市城关区", level="县级部门",
         bi_title=BO_TITLE, units={r"t2\.fee": "万元", r"t2\.": "件", r"t4\.": "件"},
         printer=F.d_report13, family="docx-tibetan-han-title-t2-t4-values-with-units",
         special="A 2025 Word report with a Tibetan title line under the 汉 one; tables 二 and 四 print units in the "
                 "cells: 「5件」, 「0件」, the fee 「12.34万元」 (table 三 plain)."),
    dict(id="d23-qiandongnan-qxj-slash-defect-2023", fmt="docx", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="黔东南苗族侗族自治州气象局", region="贵州省黔东南苗族侗族自治州",
         level="市级部门", t2set={"coercion.decisions": 0, "license.decisions": 37},
         mark_zero=[(r"t2\.reg\..*", "/"), (r"t2\.coercion\..*", "/"), (r"t4\.lr\..*", "/")],
         defect={"r7.np": -1},
         printer=F.d_report13, family="docx-meteorology-bureau-slash-rows-t3-total-defect",
         special="A 垂直管理 州 meteorological bureau's Word report: 「/」 in table 二's 规章 and 行政强制 rows and in "
                 "table 四's 复议后起诉 block (gold: null, placeholder 「/」). A real defect: （七）总计 自然人 printed "
                 "one too few. **Findings:** H1 column np, H2 t3.r7, H3 column np."),
    dict(id="d21-sikai-xiang-yi-2021", fmt="docx", template="GF2021", year=2021, source="pingtan-2022", small=True,
         agency="昭觉县四开乡人民政府", region="四川省凉山彝族自治州昭觉县", level="乡镇", bi_title=II_TITLE,
         printer=F.d_report13, family="docx-liangshan-xiang-yi-han-bilingual-title",
         special="A 乡's Word report in 凉山彝族自治州: a title line in 彝文 (Yi syllables) under the 汉 title; almost "
                 "every figure 0."),
    dict(id="x24-liangjiang-prior-2024", fmt="xlsx", template="GF2021", year=2024, source="ankang-2022",
         agency="重庆两江新区管理委员会", region="重庆市", level="市级政府",
         printer=F.x_t3_prior, family="xlsx-t3-last-year-total-column",
         special="The tables as one XLSX sheet 「统计表」: tables 二/三/四 one under another, table 三 with a last column "
                 "「上年总计」 (last year's total per row, not gold), 「单位：件」 rows, figures as numbers."),
    # ------------------------------------------------------------------ LEGACY
    dict(id="h18-guanghe-gov-legacy-2018", fmt="html", template="LEGACY", year=2018,
         agency="广河县人民政府", region="甘肃省临夏回族自治州广河县", level="县级政府",
         stats=dict(active=1386, web=1302, other=84, norm=9, apps=6, face=2, net=4, letter=0, rv=0, lit=0),
         printer=F.h_legacy_units_in_names, family="legacy-html-2018-units-in-indicator-names",
         special="2018 report of a 自治州 county (old 条例): prose, and the 统计表 in two columns, each indicator with "
                 "its unit in brackets 「（一）主动公开政府信息数（条）」."),
    dict(id="d16-daxinganling-xs-legacy-2016", fmt="docx", template="LEGACY", year=2016,
         agency="大兴安岭地区行政公署", region="黑龙江省大兴安岭地区", level="市级政府",
         stats=dict(active=2208, web=2011, other=197, norm=14, apps=11, face=3, net=7, letter=1, rv=1, lit=0),
         printer=F.d_legacy_list, family="legacy-docx-2016-stats-as-numbered-list",
         special="2016 report of a 地区行政公署 in Word (old 条例) with no table: the statistics as a numbered list "
                 "「1．主动公开政府信息数：2208条」."),
    # ------------------------------------------------------------------ carriers and conversions
    dict(id="o23-hulan-gov-fodt-2023", fmt="fodt", template="GF2021", year=2023, source="pingtan-2022",
         agency="哈尔滨市呼兰区人民政府", region="黑龙江省哈尔滨市呼兰区", level="县级政府",
         printer=F.o_fodt, family="fodt-libreoffice-flat-text-document",
         special="LibreOffice Writer's flat XML text document (.fodt): one XML file, text:p / text:h paragraphs, the "
                 "tables with table:covered-table-cell in the merged slots."),
    dict(id="o20-kashi-wjw-fods-2020", fmt="fods", template="GF2019", year=2020, source="shanghai-office-2019",
         agency="喀什地区卫生健康委员会", region="新疆维吾尔自治区喀什地区", level="市级部门",
         printer=F.o_fods, family="fods-libreoffice-flat-spreadsheet-sheet-per-table",
         special="The GF2019 tables as a LibreOffice Calc flat XML spreadsheet (.fods): a sheet per table, the heading "
                 "in row one, figures as float cells (office:value), covered cells for merges."),
    dict(id="m24-yuanzhou-gov-jina-2024", fmt="markdown", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="固原市原州区人民政府", region="宁夏回族自治区固原市原州区", level="县级政府", pub="2025-01-22",
         host="www.yzh.gov.cn",
         printer=F.m_jina, family="md-jina-reader-pipe-tables",
         special="Jina Reader's Markdown of the page: Title / URL Source / Published Time lines, 「Markdown Content:」, "
                 "a setext title, ### headings, tables as GFM pipe tables (the first row as header, merged slots "
                 "empty)."),
    dict(id="j25-qinghai-sthjt-kb-2025", fmt="json", template="GF2021", year=2025, source="pingtan-2022",
         agency="青海省生态环境厅", region="青海省", level="省级部门",
         printer=F.j_kb_chunks, family="json-kb-segment-export-markdown-tables",
         special="A knowledge base's segment export of the DOCX (a RAG platform): JSON metadata, then `segments` in "
                 "order, each `content` about 500 characters cut at line ends — tables as pipe rows, cut between "
                 "segments."),
    dict(id="j24-longjing-jd-miniprogram-2024", fmt="json", template="GF2021", year=2024, source="pingtan-2021",
         small=True, agency="百色市右江区龙景街道办事处", region="广西壮族自治区百色市右江区", level="乡镇",
         pub="2025-01-17",
         printer=F.j_miniprogram, family="json-miniprogram-rich-text-nodes",
         special="A 政务 mini-program's article API: the body as the rich-text component's node array "
                 "(name/attrs/children, text nodes), tables as table/tbody/tr/td nodes with rowspan/colspan attrs as "
                 "strings."),
    dict(id="h25-tumen-gov-amp-2025", fmt="html", template="GF2021", year=2025, source="hongze-2023",
         agency="图们市人民政府", region="吉林省延边朝鲜族自治州图们市", level="县级政府", pub="2026-01-20",
         host="www.tumen.gov.cn",
         printer=F.h_amp, family="html-amp-mobile-article",
         special="The AMP (mobile) version of the article: <html ⚡>, the AMP boilerplate and script, amp-img, tables "
                 "in scrolling <div class=table-wrap>, styles in <style amp-custom>, h1/h2 headings."),
    dict(id="p22-xiahe-xian-a5-2022", fmt="pdf", template="GF2021", year=2022, source="hebei-edu-2021",
         agency="夏河县人民政府", region="甘肃省甘南藏族自治州夏河县", level="县级政府",
         book="甘南藏族自治州政府信息公开工作年度报告汇编", page0=117,
         printer=F.p_a5_booklet, family="pdf-a5-compilation-booklet-small-type",
         special="The report as printed in a 州 compilation booklet: A5 pages, narrow margins, small type, the tables "
                 "shrunk to the page, the compilation's name as running head and page numbers 「·117·」."),
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
