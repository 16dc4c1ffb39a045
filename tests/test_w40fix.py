"""wild40's hunt, as families (inputs written or generated here, not the wild40 files): the three tables out of
their template place, and a place changed after the report's year.

1. Table 三 printed FIRST — its section before section 二, or 附表1 of an appendix whose numbering is not the
   template's order (附表1 = 三, 附表2 = 二, 附表3 = 四): table 三 was looked for only after table 二 (D1, 175 cells).
2. Tables captioned with Arabic numbers (「表3」 under section 四's heading): the caption's 「3」 was read as table 四's
   first figure (D4, 15 cells null). A decoy 「主动公开情况统计表」 (序号 | 公开渠道 | 信息条数 | 占比, 合计) inside
   section 二 gives no cell.
3. The region of a report is the place as it was in the report's year (agency.as_of): 重庆市渝北区/江北区 (both
   撤销 into 两江新区 in 2025) for their 2023/2024 reports, 邵东县 (→ 邵东市 2019) for 2016, 公主岭市 under 四平市
   (→ 长春市 2020) for 2016; a report of the change's year or later keeps today's place. The answer side still
   finds such a body by its old and its new name."""

from __future__ import annotations

import pytest

from eval.reportgen import render_html
from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import BY_NAME, generate
from eval.reportgen.layout import TABLES_OUT_OF_PLACE, parts, tables_out_of_place
from eval.reportgen.model import draw_model, expected
from extractor import gazetteer as G
from extractor.agency import agency_key, as_of, identify
from extractor.extract import extract_bytes

NEW = sorted(n for n in BY_NAME if "-tables-" in n and n.split("-tables-")[1] in TABLES_OUT_OF_PLACE)


def test_every_variant_is_a_family_in_every_grid_carrier():
    assert len(NEW) == 3 * len(TABLES_OUT_OF_PLACE)


@pytest.mark.parametrize("family", NEW)
def test_tables_out_of_place_read_back(family):
    """Every cell of the three tables read, wherever they stand and whatever their caption; no finding of a gap."""
    fam = BY_NAME[family]
    for seed in range(2 if fam.cost > 1 else 5):
        g = generate(RandomDraw(seed), family)
        report = extract_bytes(g.data, g.name)
        problems = mismatches(report, g.expected)
        assert not problems, (family, seed, problems[:8])
        assert not [f for f in report.findings if f.check in ("D1", "D4")], family


def test_layouts_print_what_they_say():
    """The generator before the reader: table 三 first; the appendix after the end in 附表1-2-3 = 三-二-四 order;
    each table once."""
    m = draw_model(RandomDraw(3))
    for v in TABLES_OUT_OF_PLACE:
        p = tables_out_of_place(parts(m), m, v)
        order = [b[0] for b in p.all() if not isinstance(b, str) and b[0] != "decoy"]
        assert sorted(order) == ["t2", "t3", "t4"], v
        if v in ("san-first", "appendix-san-first"):
            assert order == ["t3", "t2", "t4"], v
        if v == "appendix-san-first":
            tail = p.blocks[p.blocks.index("六、其他需要报告的事项") :]
            assert len([b for b in tail if not isinstance(b, str)]) == 3  # (every table after the end)
            assert "附表1　收到和处理政府信息公开申请情况" in tail
        if v == "decoy-in-sec2":
            assert [b[0] for b in p.blocks if not isinstance(b, str)][0] == "decoy"


def _html(blocks: list[str]) -> bytes:
    return ("<html><body>" + "".join(blocks) + "</body></html>").encode("utf-8")


@pytest.mark.parametrize("caption", ["表3", "附表3", "表 3", "表３", "附表 3"])
def test_caption_number_before_table_four_is_no_figure(caption):
    """「四、…情况」 then 「表3　…」 then the table: the 3 is the caption's, the 15 figures are the row's."""
    for seed in range(3):
        m = draw_model(RandomDraw(seed))
        page = render_html.plain(tables_out_of_place(parts(m), m, "biao123"))
        assert page.count("表3　") == 1
        report = extract_bytes(page.replace("表3　", caption + "　").encode("utf-8"), "r.html")
        assert not mismatches(report, expected(m)), (caption, seed)
        assert not [f for f in report.findings if f.check == "D4"]


# ---------------------------------------------------------------------------- the place as of the report's year
@pytest.mark.parametrize(
    ("name", "year", "region", "code"),
    [
        ("重庆市渝北区人民政府", 2023, "重庆市渝北区", "500157"),
        ("重庆市江北区人民政府", 2024, "重庆市江北区", "500157"),
        ("重庆市江北区卫生健康委员会", 2022, "重庆市江北区", "500157"),
        ("重庆市渝北区司法局", 2025, "重庆市两江新区", "500157"),  # the change's year: today's place
        ("重庆市渝北区人民政府", 2026, "重庆市两江新区", "500157"),
        ("重庆市渝北区人民政府", None, "重庆市两江新区", "500157"),  # no year: nothing assumed
        ("邵东县人民政府", 2016, "湖南省邵阳市邵东县", "430582"),
        ("邵东县人民政府", 2019, "湖南省邵阳市邵东市", "430582"),
        ("邵东市人民政府", 2023, "湖南省邵阳市邵东市", "430582"),
        ("公主岭市人民政府", 2016, "吉林省四平市公主岭市", "220184"),
        ("公主岭市人民政府", 2021, "吉林省长春市公主岭市", "220184"),
        ("宁波市江北区人民政府", 2023, "浙江省宁波市江北区", "330205"),  # a current 江北区: not the former one
    ],
)
def test_region_is_the_place_in_the_reports_year(name, year, region, code):
    ident = identify(name)
    assert ident is not None
    got = as_of(ident, year)
    assert (got.region, got.region_code) == (region, code)
    assert (got.full, got.level) == (ident.full, ident.level)  # (the body's standard name and level stay today's)
    if got.region != ident.region:
        assert any("按报告年度" in d for d in got.doubts)
    else:
        assert got == ident


def test_a_renamed_place_before_its_change_year_keeps_its_old_name():
    """郫县 → 郫都区 (2016): a 2015 report of 「郫县人民政府」 is of 郫县."""
    f = [x for x in G.former("郫县") if x.now.name == "郫都区"]
    assert f and f[0].year == 2016
    got = as_of(identify("郫县人民政府"), 2015)  # type: ignore[arg-type]
    assert got.region == "四川省成都市郫县"
    assert as_of(identify("郫县人民政府"), 2016).region == "四川省成都市郫都区"  # type: ignore[arg-type]


def test_extracted_report_gets_the_place_of_its_year():
    for year, region in ((2023, "重庆市渝北区"), (2025, "重庆市两江新区")):
        page = _html(
            [
                f"<p>重庆市渝北区人民政府{year}年政府信息公开工作年度报告</p>",
                f"<p>本报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。</p>",
                "<p>一、总体情况</p><p>略。</p>",
            ]
        )
        report = extract_bytes(page, "r.html")
        assert (report.year, report.region, report.region_code) == (year, region, "500157")


def test_answer_side_finds_the_body_by_old_and_new_name():
    from rag import intent
    from rag.question import Scope
    from rag.scope import Catalogue

    rows = [
        ("yb", "重庆市渝北区人民政府", 2023),
        ("jb", "重庆市江北区人民政府", 2024),
        ("sd", "邵东县人民政府", 2016),
        ("gzl", "公主岭市人民政府", 2016),
        ("nb", "宁波市江北区人民政府", 2023),
    ]
    cat = Catalogue(
        [
            {"id": rid, "agency": n, "agency_key": agency_key(n), "year": y, "ingested_at": "2026-01-01"}
            for rid, n, y in rows
        ]
    )

    def ids(q: str, year: int) -> list[str]:
        r = cat.resolve(intent.canonical(q), Scope(years=[year]))
        return sorted(r.report_ids())

    assert ids("2023年重庆市渝北区人民政府新收申请多少", 2023) == ["yb"]  # its old name
    assert ids("2023年两江新区新收申请多少", 2023) == ["yb"]  # the place it is now
    assert ids("2024年重庆市江北区政府新收申请多少", 2024) == ["jb"]
    assert ids("2023年宁波市江北区政府新收多少", 2023) == ["nb"]
    assert ids("2016年邵东县政府新收多少", 2016) == ["sd"]
    assert ids("2016年公主岭市政府新收多少", 2016) == ["gzl"]


def test_signature_before_an_appendix_names_the_agency():
    """The agency only in the signature, the tables after it as an appendix (「附件：统计表」「附表1」): the signature
    is at the end of the report's text, not of the file (it was None — the end of the file is table 四)."""
    for seed in range(4):
        m = draw_model(RandomDraw(seed))
        m.agency_style = "signature"
        page = render_html.plain(tables_out_of_place(parts(m), m, "appendix-san-first"))
        report = extract_bytes(page.encode("utf-8"), "r.html")
        assert not mismatches(report, expected(m)), seed
        # a name no other finder reads (a compound department): only the signature names it
        name = "长春市朝阳区农业农村和林业局"
        page = page.replace(m.agency.printed or m.agency.full, name)
        assert page.count(name) == 1
        assert extract_bytes(page.encode("utf-8"), "r.html").agency == name, seed
