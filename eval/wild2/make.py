"""Rebuild eval/wild2 (reports + gold) deterministically: `.venv/bin/python eval/wild2/make.py`.

Imports nothing of the project. Table values come from eval/corpus/gold (read as data) and are varied
consistently by model.make_t3/make_t4 with fixed seeds; agencies, narrative and table 二 are invented.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render_doc as D  # noqa: E402
import render_text as T  # noqa: E402
from model import make_t2_2019, make_t2_2021, make_t3, make_t4  # noqa: E402
from report import Report, ext  # noqa: E402


def gf21(id, fmt, family, agency, region, level, year, special, src, seed, fee=0, **kw) -> Report:
    r = Report(id=id, fmt=fmt, template="GF2021", family=family, agency=agency, region=region, level=level,
               year=year, special=special, **kw)
    r.t3 = make_t3(src, "GF2021", seed)
    r.t4 = make_t4(src, seed + 1)
    r.t2 = make_t2_2021(seed + 2, fee)
    return r


def gf19(id, fmt, family, agency, region, level, year, special, src, seed, amount, unit, **kw) -> Report:
    r = Report(id=id, fmt=fmt, template="GF2019", family=family, agency=agency, region=region, level=level,
               year=year, special=special, amount_unit=unit, **kw)
    r.t3 = make_t3(src, "GF2019", seed)
    r.t4 = make_t4(src, seed + 1)
    r.t2 = make_t2_2019(seed + 2, amount)
    return r


def reports() -> list[tuple[Report, object]]:
    R = []
    # ------------------------------------------------------------------ HTML (7)
    r = gf21("h21-kecheng-zjj-rowspan-2022", "html", "cms-html-rowspan3",
             "衢州市柯城区住房和城乡建设局", "浙江省衢州市柯城区", "县级部门", 2022,
             "CMS article; table 三's row label split over three rowspan'd columns (三、本年度办理结果 spanning all "
             "result rows / group heading spanning its items / item), single rows with colspan=2; agency in title.",
             "pingtan-2022", 101, fee=12.6)
    R.append((r, T.html_rowspan))
    r = gf21("h21-cuiping-mzj-seq-2023", "html", "html-seq-column", "宜宾市翠屏区民政局", "四川省宜宾市翠屏区",
             "县级部门", 2023,
             "Tables 三/四 with an extra 序号 column (1…N), 「单位：件」 captions above them, every number of tables "
             "三/四 printed with a trailing 「件」 (「12件」); headings （三）…（六） as rows of their own with empty cells.",
             "ankang-2022", 202, suffix="件")
    R.append((r, T.html_seq))
    r = gf21("h21-yuan-rsj-wps-2021", "html", "wps-html-nested", "六安市裕安区人力资源和社会保障局",
             "安徽省六安市裕安区", "县级部门", 2021,
             "WPS 2019 'save as web page': mso- styles on every cell, <o:p>&nbsp;</o:p> for blank zero cells of table 三, "
             "each table nested inside a one-cell MsoNormalTable; the title names no agency, the text says "
             "「本报告由六安市裕安区人力资源和社会保障局编制」.",
             "hebei-edu-2021", 303, fee=0, zero="",
             title="2021年政府信息公开工作年度报告",
             intro="本报告由六安市裕安区人力资源和社会保障局编制。本局")
    R.append((r, T.html_wps))
    r = gf21("h21-jingyang-jtj-layout-2022", "html", "cms-layout-table", "德阳市旌阳区交通运输局",
             "四川省德阳市旌阳区", "县级部门", 2022,
             "Old CMS page built as one big layout table (banner, nav column, content column); the three report "
             "tables sit inside its content cell. Title 「区交通运输局2022年…」, text says 「本机关」; the place is "
             "named only by the site name 「德阳市旌阳区人民政府」 (banner alt, header, footer) and 信息来源.",
             "hebei-edu-2023", 404, fee=0.35,
             title="区交通运输局2022年政府信息公开工作年度报告",
             header_lines=["旌阳区交通运输局", "德阳市旌阳区人民政府"])
    R.append((r, T.html_layout_table))
    r = gf21("h21-qibin-wjw-fwdefect-2023", "html", "cms-html-defect", "鹤壁市淇滨区卫生健康委员会",
             "河南省鹤壁市淇滨区", "县级部门", 2023,
             "Plain CMS tables; some numbers typed in full-width digits (新收/总计 of 自然人, 予以公开); a real defect "
             "reproduced: （七）总计 of 自然人 printed one too few, so H1 and H3 break on np and H2 on row r7.",
             "hongze-2023", 505, fee=0)
    r.fullwidth = {"t3.new.np", "t3.r7.np", "t3.r1.np", "t3.r1.tot", "t3.new.tot"}
    r.printed_override = {"t3.r7.np": r.t3["r7.np"] - 1}
    R.append((r, T.html_plain_cms))
    r = gf19("h19-dongchangfu-repeat-2019", "html", "cms-html-repeated-header", "聊城市东昌府区人民政府",
             "山东省聊城市东昌府区", "县级政府", 2019,
             "GF2019 CMS page: table 三's two header rows repeated before （四）无法提供 (pasted from two pages); "
             "采购总金额 printed in the cell with unit 「万元」 (「1256.8万元」); signed 本年增/减.",
             "shanghai-office-2019", 606, 1256.8, "万元", amount_inline=True)
    R.append((r, T.html_plain_cms))
    r = Report("html-legacy-nanxun-2016", "html", "LEGACY", "legacy", "湖州市南浔区人民政府", "浙江省湖州市南浔区",
               "县级政府", 2016, "Pre-2019 report (old 条例): narrative and a 统计指标/单位/统计数 table; no GF tables.")
    R.append((r, T.html_legacy))
    # ------------------------------------------------------------------ TXT (6)
    r = gf21("t21-wujiang-yjj-tabspace-2022", "txt", "text-tabs-and-spaces", "韶关市武江区应急管理局",
             "广东省韶关市武江区", "县级部门", 2022,
             "Text copied from a page: each table row on one line, cells separated by a mix of tabs, tab runs and "
             "runs of spaces; headings （三）…（六） on lines of their own.",
             "shanghai-kewei-2024", 707, fee=0)
    R.append((r, T.txt_tabs_spaces))
    r = gf21("t21-xinhua-scjg-single-2024", "txt", "text-single-space", "平顶山市新华区市场监督管理局",
             "河南省平顶山市新华区", "县级部门", 2024,
             "Each table row on one line with cells separated by single spaces, group heading glued in front of "
             "its first item (「（三）不予公开 1.属于国家秘密 0 0 …」); title and text say 「本局」; agency only in "
             "the signature with the date.",
             "pingtan-2022", 808, fee=8.42,
             title="2024年政府信息公开工作年度报告", intro="本局",
             signature="平顶山市新华区市场监督管理局\n2025年1月20日")
    R.append((r, T.txt_single_space))
    r = gf21("t21-donggang-jtj-layout-2023", "txt", "pdftotext-layout", "日照市东港区教育和体育局",
             "山东省日照市东港区", "县级部门", 2023,
             "A PDF printed to text with its layout kept (pdftotext -layout): fixed-width columns, right-aligned "
             "numbers, long row labels wrapped onto following lines (values on the first line), the group heading "
             "in the left margin of its first item, form feeds and a page number inside table 三.",
             "hebei-edu-2023", 909, fee=0)
    R.append((r, T.txt_layout))
    r = gf19("t19-licheng-swj-lines-2020", "txt", "crawler-lines-slash", "莆田市荔城区商务局", "福建省莆田市荔城区",
             "县级部门", 2020,
             "GF2019 one cell per line; zero applicant cells of table 三 and zero parts of table 四 printed 「/」 "
             "(总计 printed 0); 采购总金额 header 「采购总金额（元）」.",
             "pingtan-2022", 1010, 186500, "元", zero="/", zero_t4="/")
    R.append((r, T.txt_cell_lines))
    r = gf19("t19-sanyuan-jyj-excel-2020", "txt", "excel-copy-defect", "三明市三元区教育局", "福建省三明市三元区",
             "县级部门", 2020,
             "GF2019 copied from an Excel sheet: tab-separated, merged areas as empty fields, CRLF; a real defect "
             "reproduced: 本年新收 总计 printed 10 too many (H2 on row new, H1 on the 总计 column).",
             "hebei-edu-2021", 1111, 42.5, "万元")
    r.printed_override = {"t3.new.tot": r.t3["new.tot"] + 10}
    R.append((r, T.txt_excel))
    r = Report("txt-legacy-xiangcheng-2017", "txt", "LEGACY", "legacy", "漳州市芗城区人民政府", "福建省漳州市芗城区",
               "县级政府", 2017, "2017 report on the old 条例: narrative and a tab-separated 统计表; no GF tables.")
    R.append((r, T.txt_legacy))
    # ------------------------------------------------------------------ Markdown (4)
    r = gf21("m21-fucheng-nyj-grid-2022", "markdown", "md-pandoc-grid", "绵阳市涪城区农业农村局", "四川省绵阳市涪城区",
             "县级部门", 2022,
             "pandoc grid tables (+---+ borders, '=' under the header): long labels wrap inside their cell over "
             "several lines with the values on the first; group heading concatenated with its first item "
             "(「（三）不予公开1.属于国家秘密」); the table 四 header spread over three rows of narrow cells.",
             "ankang-2022", 1212, fee=0.8)
    R.append((r, T.md_grid))
    r = gf21("m21-yuhu-sfj-marker-2023", "markdown", "md-marker-filename", "湘潭市雨湖区司法局", "湖南省湘潭市雨湖区",
             "县级部门", 2023,
             "marker-style Markdown of a PDF: **bold** headings, header cells broken with <br>, merged areas as "
             "empty cells; the first line is the file name 「湘潭市雨湖区司法局2023年度政府信息公开工作年度报告.pdf」, "
             "the text says 「本局」; zero applicant cells of table 三 printed 「—」.",
             "hongze-2023", 1313, fee=0, zero="—",
             title="湘潭市雨湖区司法局2023年度政府信息公开工作年度报告.pdf", intro="本局")
    R.append((r, T.md_marker))
    r = gf21("m21-xinbei-cgj-docling-2024", "markdown", "md-docling-repeated-spans", "常州市新北区城市管理局",
             "江苏省常州市新北区", "县级部门", 2024,
             "docling-style Markdown: a spanned cell's text repeated in every cell it covers (「法人或其他组织」 ×5, "
             "「三、本年度办理结果」 on every result row, group heading on every item, single-row labels twice); "
             "table 四 header rows fully repeated; 「来源：」 header line.",
             "shanghai-kewei-2024", 1414, fee=0,
             header_lines=["来源：常州市新北区城市管理局　发布时间：2025-01-22"])
    R.append((r, T.md_docling))
    r = gf19("m19-weidu-cgj-pipe-2019", "markdown", "md-pipe-headings-rows", "许昌市魏都区城市管理局",
             "河南省许昌市魏都区", "县级部门", 2019,
             "GF2019 Markdown, one label column with headings as rows of empty cells; table 二: 规章 row printed "
             "「—」 (no rule-making power), 采购总金额 header 「采购总金额（万元）」; table 四 as one header row "
             "「行政复议结果维持 …」.",
             "ankang-2022", 1515, 35.62, "万元",
             t2_text={"reg.new_made": "—", "reg.new_public": "—", "reg.total_public": "—"})
    R.append((r, T.md_pipe_simple))
    # ------------------------------------------------------------------ PDF (4)
    r = gf21("p21-honghuagang-czj-span-2022", "pdf", "pdf-ruled-page-span", "遵义市红花岗区财政局",
             "贵州省遵义市红花岗区", "县级部门", 2022,
             "Ruled PDF; table 三 runs over a page break with its two header rows repeated on the next page; "
             "「— n —」 footers; fee with decimals.",
             "hebei-edu-2021", 1616, fee=56.18)
    R.append((r, lambda rr, p: D.pdf_ruled(rr, p, repeat_header=True)))
    r = gf21("p21-lianxi-gov-unruled-2023", "pdf", "pdf-unruled-right", "九江市濂溪区人民政府", "江西省九江市濂溪区",
             "县级政府", 2023,
             "Unruled PDF: labels left, numbers right-aligned on fixed column edges, long labels wrapped; a real "
             "defect reproduced: 未经复议直接起诉 总计 printed one too many (H5 on t4.ld).",
             "pingtan-2022", 1717, fee=1520.4)
    r.printed_override = {"t4.ld.tot": r.t4["ld.tot"] + 1}
    R.append((r, D.pdf_unruled))
    r = gf21("p21-jingxiu-fgj-sign-2021", "pdf", "pdf-ruled-signature", "保定市竞秀区发展和改革局",
             "河北省保定市竞秀区", "县级部门", 2021,
             "Ruled PDF without repeated headers; title 「2021年度政府信息公开工作年度报告」, text 「本局」; agency "
             "only in the right-aligned signature with the date; zero applicant cells blank.",
             "shanghai-kewei-2024", 1818, fee=0, zero="",
             title="2021年度政府信息公开工作年度报告", intro="本局",
             signature="保定市竞秀区发展和改革局\n2022年1月28日")
    R.append((r, lambda rr, p: D.pdf_ruled(rr, p, repeat_header=False, footer="第{n}页")))
    r = gf19("p19-tongguan-sjj-ruled-2020", "pdf", "pdf-ruled-gf2019", "铜陵市铜官区审计局", "安徽省铜陵市铜官区",
             "县级部门", 2020,
             "GF2019 ruled PDF, table 三 over a page break with repeated header; 采购总金额 in 「元」 in the header.",
             "hongze-2023", 1919, 98000, "元")
    R.append((r, lambda rr, p: D.pdf_ruled(rr, p, repeat_header=True)))
    # ------------------------------------------------------------------ DOCX (3)
    r = gf21("d21-jiaocheng-slj-nested-2022", "docx", "docx-nested-seq", "宁德市蕉城区水利局", "福建省宁德市蕉城区",
             "县级部门", 2022,
             "DOCX: every table nested in a one-cell layout table; table 三 with a 序号 column; title names no "
             "agency, preamble 「本报告由宁德市蕉城区水利局编制」.",
             "ankang-2022", 2020, fee=0,
             title="2022年政府信息公开工作年度报告", intro="本报告由宁德市蕉城区水利局编制。本局")
    R.append((r, lambda rr, p: D.docx_render(rr, p, nested=True, seq=True)))
    r = gf21("d21-shihe-tyjr-dash-2023", "docx", "docx-merged-dash", "信阳市浉河区退役军人事务局", "河南省信阳市浉河区",
             "县级部门", 2023,
             "DOCX with merged cells; table 二 prints 「—」 for what the agency has no power over (规章, 行政许可, "
             "行政强制, 行政事业性收费); zero applicant cells of table 三 printed 「—」 too.",
             "pingtan-2022", 2121, fee=0, zero="—",
             t2_text={"reg.made": "—", "reg.repealed": "—", "reg.valid": "—", "license.decisions": "—",
                      "coercion.decisions": "—", "fee.amount_wan": "—"})
    R.append((r, lambda rr, p: D.docx_render(rr, p)))
    r = gf19("d19-yuanzhou-sfj-unmerged-2019", "docx", "docx-unmerged-gf2019", "宜春市袁州区司法局", "江西省宜春市袁州区",
             "县级部门", 2019,
             "GF2019 DOCX whose tables have no merged cells (merged areas left as empty cells); zero applicant cells "
             "「/」; 采购总金额（万元） with decimals.",
             "hebei-edu-2023", 2222, 12.75, "万元", zero="/")
    R.append((r, lambda rr, p: D.docx_render(rr, p, merged=False)))
    return R


def main() -> None:
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for r, fn in reports():
        path = HERE / "reports" / f"{r.id}.{ext(r.fmt)}"
        out = fn(r) if r.fmt in ("txt", "html", "markdown") else None
        if out is None:
            fn(r, path)
        else:
            path.write_bytes(out.encode("utf-8"))
        g = r.gold()
        (HERE / "gold" / f"{r.id}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        print(f"{r.id}: {path.stat().st_size} bytes, findings {[f['check'] + ' ' + f['where'] for f in g['findings']]}")


if __name__ == "__main__":
    main()
