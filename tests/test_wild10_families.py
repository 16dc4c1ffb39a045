"""The wild10 families at the edges the generator does not draw (eval/reportgen has the families
themselves: xlsx/xls/ods-zero-dash, html-svg-pages, docx-agency-page-header, xlsx-agency-filled-by,
html-zone-town-agency)."""

from __future__ import annotations

from dataclasses import replace

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

from eval.reportgen.agency_where import without_agency
from eval.reportgen.draw import RandomDraw
from eval.reportgen.model import draw_model
from eval.reportgen.render_html import plain
from extractor.agency import identify
from extractor.extract import NO_AGENCY, extract_bytes
from extractor.meta import find_issuer
from extractor.numfmt import figure, shown
from extractor.positioned_svg import svg_pages


def test_a_format_that_shows_no_digit_reads_as_the_stored_number():
    """会计专用's zero section 「-」, a zero section 「/」 or 「无」, LibreOffice's Chinese numerals: a
    picture of the stored number, never a printed placeholder; a rendering with digits stays as shown."""
    assert shown("0", '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-') == "0"
    assert shown("0", '0;-0;"无"') == "0"
    assert shown("7", '0;-0;"-"') == "7"
    assert figure("0", "-") == "0"  # an .ods float cell whose text is 「-」
    assert figure("12", "十二") == "12"
    assert figure("7665.9399999999996", "") == "7665.94"  # no text at all: as General shows it
    assert figure("0.125", "12.5%") == "12.5%"
    assert figure("44216", "2021年1月20日") == "2021年1月20日"


def _page(svg: str):
    root = etree.fromstring(f"<html><body>{svg}</body></html>", etree.HTMLParser())
    return svg_pages(root)


def test_svg_text_is_placed_by_anchor_transform_and_tspans():
    texts = "".join(f'<text x="10" y="{20 + 12 * i}" font-size="10">第{i}行文字</text>' for i in range(20))
    extra = (
        '<g transform="translate(100,0) scale(2)"><text x="10" y="300" font-size="5">123</text></g>'
        '<text x="300" y="400" font-size="10" text-anchor="end">45</text>'
        '<text x="300" y="420" font-size="10" style="text-anchor:middle">6789</text>'
        '<text x="50" y="500" font-size="10"><tspan x="50">第一行</tspan><tspan x="50" dy="1.2em">第二行</tspan></text>'
        '<line x1="0" y1="600" x2="200" y2="600"/><rect x="0" y="610" width="100" height="50"/>'
        '<path d="M0 700 h100 v50"/>'
    )
    glyphs = '<text x="10 20 30 70 75" y="800" font-size="10">一二三78</text>'  # a gap of 3 em parts two words
    pages = _page(f'<svg viewBox="0 0 595 842">{texts}{extra}{glyphs}</svg>')
    assert pages is not None and (pages[0].width, pages[0].height) == (595, 842)
    boxes = {b.text: b for b in pages[0].boxes}
    assert (boxes["123"].x0, boxes["123"].x1) == (120, 135)  # translate(100) after scale(2): x 20, 1.5 em of 10
    assert boxes["123"].y1 == 600 + 0.12 * 10
    assert boxes["45"].x1 == 300 and boxes["6789"].cx == 300
    assert boxes["第二行"].y0 - boxes["第一行"].y0 == 12  # dy 1.2em of 10
    assert (boxes["一二三"].x0, boxes["一二三"].x1, boxes["78"].x0) == (10, 40, 70)
    hr = sorted((r.pos, r.a, r.b) for r in pages[0].hrules)
    assert hr == [(600, 0, 200), (610, 0, 100), (660, 0, 100), (700, 0, 100)]
    assert sorted((r.pos, r.a, r.b) for r in pages[0].vrules) == [(0, 610, 660), (100, 610, 660), (100, 700, 750)]


def test_svg_icons_on_a_page_of_text_are_not_pages():
    icons = '<svg viewBox="0 0 10 10"><text x="1" y="8">i</text></svg>' * 25
    assert _page(icons + "<p>" + "正文" * 100 + "</p>") is None  # more text outside the drawings
    assert _page('<svg><text x="1" y="8">只有一行</text></svg>') is None


def test_a_development_zone_town_is_read_with_its_county_and_a_doubt():
    ident = identify("成都高新区肖家河街道办事处")
    assert ident is not None and ident.full == "成都市武侯区肖家河街道办事处"
    assert ident.level == "乡级政府" and any("功能区" in d for d in ident.doubts)
    assert identify("成都高新区管委会") is not None and identify("成都高新区管委会").body == "高新区管委会"


def test_a_filled_by_line_names_the_issuer_also_under_the_table():
    text = (
        "2017年政府信息公开情况统计表\n"
        + "统计指标 | 单位 | 统计数\n" * 80
        + "填报单位（盖章）：杭州余杭经济技术开发区管理委员会 | 填报日期：2018年2月10日\n"
    )
    issuer = find_issuer(text, None)
    assert issuer.agency == "杭州余杭经济技术开发区管理委员会" and issuer.how == "metadata"


def test_an_agency_named_nowhere_is_null_with_a_doubt():
    m = draw_model(RandomDraw(3), "GF2021")
    m = replace(m, agency=replace(m.agency, self_ref="本机关"))
    report = extract_bytes(plain(without_agency(m)).encode("utf-8"), "2021年报告.html")
    assert report.agency is None and report.agency_doubts == [NO_AGENCY]
