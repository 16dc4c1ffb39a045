"""Rebuild eval/wild4 (reports/ and gold/) byte for byte: `.venv/bin/python eval/wild4/make.py`.

Reads eval/corpus/gold as data; imports nothing of the project's code. Each report is a row of REPORTS:
its identity, the corpus report its tables 三/四 come from, and the layout family that prints it."""

from __future__ import annotations

import copy
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import families  # noqa: E402
from model import T2_KEYS, T4_KEYS, make_values, rng_for, t3_keys  # noqa: E402


@dataclass
class Rep:
    id: str
    ext: str
    template: str
    agency: str
    region: str
    level: str
    year: int
    source: str | None
    family: str
    special: str
    opts: dict = field(default_factory=dict)
    t2: dict = field(default_factory=dict)
    t3: dict = field(default_factory=dict)
    t4: dict = field(default_factory=dict)
    findings: list = field(default_factory=list)
    printed: dict = field(default_factory=dict)  # key -> printed text override

    def show(self, key: str) -> str:
        """The text a value cell prints (numbers, 「件」, thousands, placeholders)."""
        if key in self.printed:
            return self.printed[key]
        table, k = key.split(".", 1)
        v = {"t2": self.t2, "t3": self.t3, "t4": self.t4}[table][k]
        o = self.opts
        if v is None:
            return o.get("none", {}).get(key, "/")
        if table == "t3" and "blank0" in o and v == 0 and not k.endswith(".tot"):
            return o["blank0"]
        if table == "t2" and k.endswith(".delta"):
            return f"+{v}" if v > 0 else str(v)
        if isinstance(v, float):
            s = f"{v:,.2f}" if o.get("thousands") else f"{v:.2f}"
        elif o.get("thousands") and v >= 1000 and table in o.get("thousands_in", ("t2", "t3")):
            s = f"{v:,}"
        else:
            s = str(v)
        if o.get("jian") and table in ("t3", "t4"):
            s += "件"
        return s


def t2_values(rep: Rep) -> dict:
    rnd = rng_for(rep.id + "/t2")
    if rep.template == "GF2021":
        big = rep.opts.get("thousands")
        return {
            "reg.made": 0,
            "reg.repealed": 0,
            "reg.valid": rnd.choice([0, 0, 1, 2]),
            "norm.made": rnd.randint(0, 9),
            "norm.repealed": rnd.randint(0, 4),
            "norm.valid": rnd.randint(8, 70),
            "license.decisions": rnd.randint(1200, 9800) if big else rnd.randint(0, 900),
            "penalty.decisions": rnd.randint(1000, 4000) if big else rnd.randint(0, 600),
            "coercion.decisions": rnd.randint(0, 120),
            "fee.amount_wan": rnd.choice([0, 0, round(rnd.uniform(1, 99), 2)]),
        }
    made = rnd.randint(1, 8)
    return {
        "reg.new_made": 0,
        "reg.new_public": 0,
        "reg.total_public": 0,
        "norm.new_made": made,
        "norm.new_public": made,
        "norm.total_public": rnd.randint(10, 60),
        "license.prev_items": rnd.randint(5, 60),
        "license.delta": rnd.randint(-3, 4),
        "license.decisions": rnd.randint(1100, 5000) if rep.opts.get("thousands") else rnd.randint(20, 900),
        "other_service.prev_items": rnd.randint(0, 20),
        "other_service.delta": rnd.randint(-2, 2),
        "other_service.decisions": rnd.randint(0, 800),
        "penalty.prev_items": rnd.randint(5, 50),
        "penalty.delta": rnd.randint(-2, 3),
        "penalty.decisions": rnd.randint(0, 999),
        "coercion.prev_items": rnd.randint(0, 30),
        "coercion.delta": rnd.randint(-1, 2),
        "coercion.decisions": rnd.randint(0, 300),
        "fee.prev_items": rnd.randint(0, 3),
        "fee.delta": 0,
        "procurement.items": rnd.randint(3, 40),
        "procurement.amount": round(rnd.uniform(100, 2500), 2),
    }


def R(id_, ext, template, agency, region, level, year, source, family, special, **opts) -> Rep:
    return Rep(id_, ext, template, agency, region, level, year, source, family, special, opts)


REPORTS = [
    # ---------------------------------------------------------------- HTML
    R("h21-yuecheng-zjj-excel-2022", "html", "GF2021", "绍兴市越城区住房和城乡建设局", "浙江省绍兴市越城区", "县级部门", 2022,
      "ankang-2022", "html-excel-export",
      "Excel 'save as web page' of the three tables: `x:num` values, 总计 cells with `x:fmla=\"=SUM(…)\"` and their cached values, "
      "`mso-number-format` classes, `<col>` widths, table 二 counts shown with thousands separators (「2,081」, x:num=\"2081\"), and a hidden "
      "check column (`display:none`, 校验 = 0 on every row) in table 三.", thousands=True, thousands_in=("t2",)),
    R("h21-shunde-jyj-cssgrid-2023", "html", "GF2021", "佛山市顺德区教育局", "广东省佛山市顺德区", "县级部门", 2023,
      "hebei-edu-2023", "html-div-css-grid",
      "Tables built from `<div>`s laid out by CSS grid (`display:grid`, each cell placed by `grid-row`/`grid-column` with `span`), "
      "no `<table>` element at all; headings of the sections as `<div class=\"h\">`."),
    R("h21-fengze-wjw-ariadiv-2021", "html", "GF2021", "泉州市丰泽区卫生健康局", "福建省泉州市丰泽区", "县级部门", 2021,
      "hebei-edu-2021", "html-div-table-aria",
      "Tables as `<div role=\"table\">` / `role=\"row\"` / `role=\"cell\"` with `display:table-row/table-cell` CSS: no spans, "
      "merged areas printed as empty cells, label in three cell columns."),
    R("h19-xiling-czj-t2order-2020", "html", "GF2019", "宜昌市西陵区财政局", "湖北省宜昌市西陵区", "县级部门", 2020,
      "pingtan-2020", "html-gf2019-t2-blocks-reordered",
      "GF2019 page whose table 二 blocks are printed in another order: （一）, then （九）政府集中采购, （六）, （五）, （八）; "
      "采购总金额（万元） with decimals; signed 本年增/减."),
    R("h21-tianning-mzj-tfoot-2022", "html", "GF2021", "常州市天宁区民政局", "江苏省常州市天宁区", "县级部门", 2022,
      "pingtan-2022", "html4-tfoot-first",
      "HTML 4 table with `<thead>`, then `<tfoot>` holding （七）总计 and 四、结转下年度继续办理, then `<tbody>`: in source order the "
      "two bottom rows come before 一、本年新收; label area two columns wide with 三、本年度办理结果 a row of its own."),
    R("h21-huichuan-zrzy-gbknometa-2023", "html", "GF2021", "遵义市汇川区自然资源局", "贵州省遵义市汇川区", "县级部门", 2023,
      "hongze-2023", "html-gbk-no-charset",
      "Page saved in GBK with no charset declaration at all (no meta, no BOM); 「单位：件」 line above tables 三 and 四; "
      "table 二 counts with thousands separators; the source's single （六） put in 3.其他.", thousands=True, thousands_in=("t2",)),
    R("h21-decheng-swj-xianfabu-2024", "html", "GF2021", "德州市德城区商务局", "山东省德州市德城区", "县级部门", 2024,
      "shanghai-kewei-2024", "html-agency-in-xianfabu-flat-header",
      "Title 「2024年政府信息公开工作年度报告」, text 「本局」, no signature name: the agency is stated only in "
      "「现发布《德州市德城区商务局2024年政府信息公开工作年度报告》」; table 三 with ONE header row of composite names "
      "(「法人或其他组织-商业企业」 …) and one label column (group headings as rows)."),
    R("html-legacy-fancheng-2016", "html", "LEGACY", "襄阳市樊城区人民政府", "湖北省襄阳市樊城区", "县级政府", 2016,
      None, "legacy-prose-counts",
      "2016 report on the old 条例: counts only in prose (主动公开、依申请、收费、复议诉讼) and a small 「依申请公开情况」 table "
      "(受理/答复 by channel); no GF tables."),
    R("h21-chengzhong-rsj-mobiledup-2021", "html", "GF2021", "柳州市城中区人力资源和社会保障局", "广西壮族自治区柳州市城中区",
      "县级部门", 2021, "pingtan-2021", "html-pc-and-mobile-copies",
      "Responsive CMS page carrying tables 三 and 四 twice: the PC `<table>` and a mobile card copy (`<dl>` of 「自然人：22」 items) "
      "hidden by a stylesheet class (`.m-only{display:none}` in `<style>`, not inline); the values are the same in both."),
    # ---------------------------------------------------------------- DOCX
    R("d21-guangyang-cgj-colsplit-2022", "docx", "GF2021", "廊坊市广阳区城市管理综合行政执法局", "河北省廊坊市广阳区", "县级部门",
      2022, "ankang-2022", "docx-t3-column-split",
      "DOCX: table 三 split by COLUMNS into two Word tables (自然人/商业企业/科研机构, then 「（续表）」 and 社会公益组织/法律服务机构/"
      "其他/总计), each with the full row labels."),
    R("d21-wuxing-slj-sdtfields-2023", "docx", "GF2021", "湖州市吴兴区水利局", "浙江省湖州市吴兴区", "县级部门", 2023,
      "hebei-edu-2023", "docx-content-controls-fields",
      "DOCX from a fill-in template: every value cell of table 三 wrapped in a content control (`w:sdt` around the `w:tc`), "
      "table 三's 总计 column and table 四's 总计 cells Word formula fields (`=SUM(LEFT)`) with their cached results."),
    R("d21-xunyang-scjg-tracked-2021", "docx", "GF2021", "九江市浔阳区市场监督管理局", "江西省九江市浔阳区", "县级部门", 2021,
      "pingtan-2021", "docx-tracked-changes-defect",
      "DOCX published with tracked changes left in (`w:del`/`w:ins` runs) in the narrative and in table 三; a real defect "
      "reproduced: the 自然人 cell of （一）予以公开 was revised (+1) but not its 总计 nor （七）总计, so H2 breaks on r1 and H3 on "
      "the np column. **Findings:** H2 t3.r1, H3 t3 column np."),
    R("d19-liangxi-gov-thousands-2019", "docx", "GF2019", "无锡市梁溪区人民政府办公室", "江苏省无锡市梁溪区", "县级部门", 2019,
      "shanghai-office-2019", "docx-gf2019-thousands-t4-stacked",
      "GF2019 DOCX with numbers ≥ 1000 printed with thousands separators (table 二 and table 三: 「1,061」), 「单位：件」 lines, "
      "table 四 as two stacked Word tables (行政复议, then 行政诉讼 with its two kinds).", thousands=True, big=200),
    R("docx-legacy-xiangcheng-2017", "docx", "LEGACY", "漳州市芗城区人民政府", "福建省漳州市芗城区", "县级政府", 2017, None,
      "legacy-docx-stat-table",
      "2017 DOCX report on the old 条例: prose and a 「政府信息公开情况统计表」 (指标/单位/数量, with 申请 rows by type); no GF tables."),
    # ---------------------------------------------------------------- PDF
    R("p21-qingshanhu-yjj-rowbreak-2022", "pdf", "GF2021", "南昌市青山湖区应急管理局", "江西省南昌市青山湖区", "县级部门", 2022,
      "pingtan-2022", "pdf-row-breaks-across-pages",
      "Word-style ruled PDF whose table rows may break across pages (a long label continues at the top of the next page, under the "
      "repeated header, in a row with no values); 「第 n 页」 footers; one label column with group headings as rows."),
    R("p21-shushan-tyjr-vcenter-2023", "pdf", "GF2021", "合肥市蜀山区退役军人事务局", "安徽省合肥市蜀山区", "县级部门", 2023,
      "hongze-2023", "pdf-vcenter-wrapped",
      "Ruled PDF with a narrow label area: labels wrap over two to four lines and the values are vertically centred on them (not on "
      "the first line); 「单位：件」 above tables 三/四; the source's single （六） put in 3.其他."),
    R("p21-dongguan-scjg-landscape-2024", "pdf", "GF2021", "东莞市市场监督管理局", "广东省东莞市", "市级部门", 2024,
      "shanghai-kewei-2024", "pdf-landscape-unruled-right",
      "Portrait narrative, tables on landscape pages; tables unruled, numbers right-aligned, table 二 counts with thousands "
      "separators (「3,412」).", thousands=True, thousands_in=("t2",)),
    R("p19-xiaodian-sfj-unruled-2019", "pdf", "GF2019", "太原市小店区司法局", "山西省太原市小店区", "县级部门", 2019,
      "pingtan-2019", "pdf-gf2019-unruled-top",
      "GF2019 unruled PDF, values top-aligned against wrapped labels, table 二 with （五）（六） in one block under one header."),
    R("p21-yinzhou-tjj-threeline-2021", "pdf", "GF2021", "宁波市鄞州区统计局", "浙江省宁波市鄞州区", "县级部门", 2021,
      "hebei-edu-2021", "pdf-three-line-t4-stacked",
      "PDF with 三线表 tables (rules only above and below the header and at the bottom, no verticals); table 四 as two stacked "
      "tables (行政复议; 行政诉讼)."),
    R("pdf-legacy-jianxi-2018", "pdf", "LEGACY", "洛阳市涧西区人民政府", "河南省洛阳市涧西区", "县级政府", 2018, None,
      "legacy-pdf-prose",
      "2018 PDF on the old 条例: prose counts only (主动公开, 依申请, 收费, 复议诉讼), no tables."),
    # ---------------------------------------------------------------- TXT
    R("t21-wuhua-fgj-boxdraw-2022", "txt", "GF2021", "昆明市五华区发展和改革局", "云南省昆明市五华区", "县级部门", 2022,
      "ankang-2022", "text-box-drawing",
      "w3m-style dump: tables drawn with box-drawing characters (┌─┬─┐ │ ├┼┤), merged cells drawn merged, labels and headers "
      "wrapped inside their cells over several lines, values right-aligned on the cell's first line."),
    R("t19-kaifu-zjj-fixedwidth-2020", "txt", "GF2019", "长沙市开福区住房和城乡建设局", "湖南省长沙市开福区", "县级部门", 2020,
      "pingtan-2020", "text-fixed-width-blanks",
      "GF2019 text printed with fixed-width columns and no rules (antiword-style): zero applicant cells of table 三 left blank "
      "(only column position tells which cell a number is in), labels wrapped inside their column.", blank0=""),
    R("t21-wuhou-swj-utf16-2023", "txt", "GF2021", "成都市武侯区商务局", "四川省成都市武侯区", "县级部门", 2023,
      "pingtan-2022", "text-utf16-tsv",
      "Notepad 'Unicode' text: UTF-16LE with BOM and CRLF; tables as tab-separated rows, merged areas as empty fields."),
    R("t21-nanming-jtj-cards-2024", "txt", "GF2021", "贵阳市南明区交通运输局", "贵州省贵阳市南明区", "县级部门", 2024,
      "shanghai-kewei-2024", "text-mobile-cards",
      "Text of a mobile page that prints each table row as a card: the row label on a line, then one 「列名：值」 line per cell, "
      "a blank line between cards; table 四 cards per case kind."),
    R("t21-huangdao-cgj-thousands-2021", "txt", "GF2021", "青岛市黄岛区城市管理局", "山东省青岛市黄岛区", "县级部门", 2021,
      "hebei-edu-2021", "text-thousands-danwei",
      "Space-aligned rows (runs of spaces), 「单位：件」 lines above tables, numbers ≥ 1000 with thousands separators in table 二 "
      "and table 三 (「1,032」).", thousands=True, big=1000),
    R("t21-qiaoxi-jyj-cnyear-2023", "txt", "GF2021", "石家庄市桥西区教育局", "河北省石家庄市桥西区", "县级部门", 2023,
      "hebei-edu-2023", "text-chinese-numeral-year",
      "Title and dates in Chinese numerals only (「二〇二三年度」, 「二〇二四年一月十八日」): no Arabic year anywhere; tab rows."),
    R("txt-legacy-tianyuan-2016", "txt", "LEGACY", "株洲市天元区人民政府", "湖南省株洲市天元区", "县级政府", 2016, None,
      "legacy-txt-prose",
      "2016 text report on the old 条例: prose counts; a line 「本年度共受理政府信息公开申请12件」; no GF tables."),
    # ---------------------------------------------------------------- Markdown
    R("m21-qingxiu-sthj-lists-2022", "md", "GF2021", "南宁市青秀区生态环境局", "广西壮族自治区南宁市青秀区", "县级部门", 2022,
      "pingtan-2022", "md-nested-lists",
      "Markdown from a converter that turns tables into nested lists: table 二 as a pipe table, tables 三 and 四 as bullet lists "
      "(row label, then 「自然人：N」 sub-items)."),
    R("m19-siming-wlj-onewide-2020", "md", "GF2019", "厦门市思明区文化和旅游局", "福建省厦门市思明区", "县级部门", 2020,
      "pingtan-2020", "md-gf2019-composite-header",
      "GF2019 pipe Markdown: table 三 with one header row of composite names (「法人或其他组织-商业企业」) and one label column; "
      "table 二 as ONE wide table (all blocks, one column per quantity, blanks where a block has no such column)."),
    R("m21-nanhu-mzj-t2turned-2023", "md", "GF2021", "嘉兴市南湖区民政局", "浙江省嘉兴市南湖区", "县级部门", 2023,
      "hongze-2023", "md-t2-turned",
      "Pipe Markdown with table 二 turned (信息内容 across: 规章 | 行政规范性文件; quantities as rows), tables 三/四 plain; the "
      "source's single （六） put in 3.其他."),
]


def finish(rep: Rep) -> None:
    """Values: tables 三/四 from the corpus, table 二 invented; the deliberate defect of the tracked DOCX."""
    if rep.template == "LEGACY":
        return
    rep.t3, rep.t4 = make_values(rep.id, rep.source, rep.template, big=rep.opts.get("big", 0))
    rep.t2 = t2_values(rep)
    if rep.family == "docx-tracked-changes-defect":
        old = rep.t3["r1.np"]
        rep.opts["tracked"] = {"t3.r1.np": (str(old), str(old + 1))}
        rep.t3["r1.np"] = old + 1
        np_sum = sum(rep.t3[f"{r}.np"] for r in results(rep))
        rep.findings = [
            {
                "check": "H2",
                "where": "t3.r1",
                "kind": "report_defect",
                "note": f"row r1: the six applicant columns add up to {sum(rep.t3[f'r1.{c}'] for c in ('np', 'biz', 'sci', 'npo', 'law', 'oth'))}, 总计 is printed {rep.t3['r1.tot']} (自然人 revised +1 in a tracked change, 总计 not)",
            },
            {
                "check": "H3",
                "where": "t3 column np",
                "kind": "report_defect",
                "note": f"sum of result rows vs r7: np {np_sum} ≠ {rep.t3['r7.np']}",
            },
        ]


def results(rep: Rep) -> list[str]:
    return sorted({k.split(".")[0] for k in rep.t3} - {"new", "carry_in", "r7", "carry_out"})


NULLS = ("", "/", "—", "-", "无")


def gold(rep: Rep) -> dict:
    g: dict = {
        "id": rep.id,
        "file": f"reports/{rep.id}.{rep.ext}",
        "agency": rep.agency,
        "region": rep.region,
        "level": rep.level,
        "year": rep.year,
        "template": rep.template,
        "tables_recoverable": rep.template != "LEGACY",
        "family": rep.family,
        "format": {"md": "markdown"}.get(rep.ext, rep.ext),
        "t2": {},
        "t3": {},
        "t4": {},
        "placeholders": {},
    }
    if rep.template != "LEGACY":
        for table, keys in (("t2", T2_KEYS[rep.template]), ("t3", t3_keys(rep.template)), ("t4", T4_KEYS)):
            vals = {"t2": rep.t2, "t3": rep.t3, "t4": rep.t4}[table]
            for k in keys:
                printed = rep.show(f"{table}.{k}")
                if printed.strip() in NULLS:
                    g[table][k] = None
                    g["placeholders"][f"{table}.{k}"] = printed
                else:
                    g[table][k] = vals[k]
        if rep.template == "GF2019":
            g["placeholders"]["t2.procurement.amount_unit"] = "万元"
        g["placeholders"] = dict(sorted(g["placeholders"].items()))
    g["findings"] = rep.findings
    g["special"] = rep.special
    g["metrics"] = []
    g["qa"] = []
    return g


def main() -> None:
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for rep in REPORTS:
        rep = copy.deepcopy(rep)
        finish(rep)
        data = families.render(rep)
        (HERE / "reports" / f"{rep.id}.{rep.ext}").write_bytes(data)
        (HERE / "gold" / f"{rep.id}.json").write_text(
            json.dumps(gold(rep), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"{len(REPORTS)} reports written")


if __name__ == "__main__":
    assert all(re.fullmatch(r"[a-z0-9-]+", r.id) for r in REPORTS)
    main()
