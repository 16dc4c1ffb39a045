"""PDF page geometry: a page is read in the frame its text runs in (content turned in the stream,
/Rotate), glyphs slanted off every axis (a diagonal watermark) are no text, a 2-up sheet is two
pages, and the contents of a placed Form XObject are where the form puts them. Small PDFs drawn
with reportlab (extractor/pdf_layer.py, extractor/sheets.py)."""

from __future__ import annotations

import io

import pytest

from extractor.ocr import Box, Page, Rule
from extractor.pdf_layer import read_layer
from extractor.pdfium_fonts import pdfium as served
from extractor.sheets import split_sheet

pdfium = served()  # PDFium as the extractor runs it: our font only, whatever the machine has

ROW = "本年新收政府信息公开申请数量"


def _pdf(draw, size=(595.0, 842.0)) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _placed(data: bytes, size: tuple[float, float], matrix: tuple, rotate: int = 0) -> bytes:
    """The first page of `data` placed as a Form XObject by `matrix` on a new page of `size`."""
    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    sheet = out.new_page(*size)
    obj = src.page_as_xobject(0, out).as_pageobject()
    obj.transform(pdfium.PdfMatrix(*matrix))
    sheet.insert_obj(obj)
    sheet.gen_content()
    if rotate:
        sheet.set_rotation(rotate)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def _layers(data: bytes) -> list[Page]:
    pdf = pdfium.PdfDocument(data)
    try:
        return read_layer(pdf[0])
    finally:
        pdf.close()


def _table(c, x: float, y: float) -> None:
    """A two-row ruled table: a label and three numbers, the rules as lines."""
    c.setFont("STSong-Light", 10)
    for i, row in enumerate(((ROW, "12", "3", "45"), ("二、上年结转政府信息公开申请数量", "0", "7", "8"))):
        c.drawString(x + 4, y - 20 * i - 14, row[0])
        for j, v in enumerate(row[1:]):
            c.drawString(x + 210 + 40 * j, y - 20 * i - 14, v)
    for i in range(3):
        c.line(x, y - 20 * i, x + 330, y - 20 * i)
    for xx in (x, x + 200, x + 240, x + 280, x + 330):
        c.line(xx, y, xx, y - 40)


def _rows(page: Page) -> list[list[str]]:
    """The page's words, line by line (top to bottom, left to right)."""
    lines: dict[int, list[Box]] = {}
    for b in page.boxes:
        lines.setdefault(round(b.cy / 4), []).append(b)
    return [[b.text for b in sorted(v, key=lambda b: b.x0)] for _, v in sorted(lines.items())]


@pytest.mark.parametrize("angle", [90, -90])
def test_table_turned_in_the_stream_is_read_across(angle):
    """A portrait page whose table is drawn turned (text bottom-to-top or top-to-bottom): its words
    and rules are turned back, the rows run across a landscape frame again."""

    def draw(c):
        c.translate(300, 421)
        c.rotate(angle)
        _table(c, -160, 20)

    (page,) = _layers(_pdf(draw))
    assert page.width > page.height  # the frame the table reads in
    assert [ROW, "12", "3", "45"] in _rows(page)
    assert len(page.hrules) >= 3 and len(page.vrules) >= 5  # rules turned with the words
    assert all(r.b - r.a > 300 for r in page.hrules)


def test_rotate_attribute_page_is_read_as_shown():
    """A landscape page stored portrait with /Rotate 90, its content turned in the stream."""

    def draw(c):
        c.setFont("STSong-Light", 10)
        c.drawString(60, 500, "附表2 收到和处理政府信息公开申请情况")
        _table(c, 60, 450)

    landscape = _pdf(draw, size=(842.0, 595.0))
    (page,) = _layers(_placed(landscape, (595, 842), (0, 1, -1, 0, 595, 0), rotate=90))
    assert (page.width, page.height) == (842, 595)
    rows = _rows(page)
    assert ["附表2", "收到和处理政府信息公开申请情况"] in rows
    assert [ROW, "12", "3", "45"] in rows


def test_upright_text_first_then_the_turned_table():
    def draw(c):
        c.setFont("STSong-Light", 10)
        c.drawString(72, 780, "二、主动公开政府信息情况（见下表）")
        c.saveState()
        c.translate(300, 380)
        c.rotate(90)
        _table(c, -160, 20)
        c.restoreState()

    upright, turned = _layers(_pdf(draw))
    assert ["".join(r) for r in _rows(upright)] == ["二、主动公开政府信息情况（见下表）"]
    assert [ROW, "12", "3", "45"] in _rows(turned)


def test_diagonal_watermark_glyphs_are_not_text():
    def draw(c):
        _table(c, 72, 700)
        c.saveState()
        c.setFillGray(0.85)
        c.setFont("STSong-Light", 40)
        c.translate(100, 560)
        c.rotate(35)
        c.drawString(0, 0, "信息公开专用98")
        c.restoreState()

    (page,) = _layers(_pdf(draw))
    text = "".join(b.text for b in page.boxes)
    assert "专用" not in text and "98" not in text
    assert [ROW, "12", "3", "45"] in _rows(page)


def _box(text: str, x: float, y: float) -> Box:
    return Box(text, 1.0, x, y, x + 10 * len(text), y + 10)


def _two_pages(rule_across: bool = False) -> Page:
    boxes = [_box(f"左页第{i}行文字内容", 40, 40 + 20 * i) for i in range(15)]
    boxes += [_box(f"右页第{i}行文字内容", 470, 50 + 20 * i) for i in range(15)]
    hrules = [Rule(30.0, 40.0, 380.0), Rule(30.0, 470.0, 800.0)]
    if rule_across:
        hrules.append(Rule(400.0, 40.0, 800.0))
    return Page(841, 595, boxes, hrules, [Rule(470.0, 30.0, 400.0)])


def test_two_up_sheet_is_two_pages_left_first():
    left, right = split_sheet(_two_pages())
    assert [b.text for b in left.boxes][:1] == ["左页第0行文字内容"] and len(left.boxes) == 15
    assert [b.text for b in right.boxes][:1] == ["右页第0行文字内容"] and len(right.boxes) == 15
    # cut in the middle of the gutter (380–470): the right page moved to its own left edge, rules too
    assert right.boxes[0].x0 == 45.0
    assert right.hrules == [Rule(30.0, 45.0, 375.0)] and left.hrules == [Rule(30.0, 40.0, 380.0)]
    assert right.vrules == [Rule(45.0, 30.0, 400.0)] and not left.vrules


def test_sheet_not_cut_where_a_rule_crosses_or_on_a_portrait_page():
    assert len(split_sheet(_two_pages(rule_across=True))) == 1
    # a landscape page holding table 四's value row (15 numbers 36 pt apart) under a few lines of
    # text: the gap between two value columns is no gutter — one side holds only numbers
    values = [_box(v, 202 + 36 * i, 82) for i, v in enumerate("0 1 915 0 916 0 634 0 2 636 3 2 67 2 74".split())]
    lines = [_box(f"第{i}段落文字内容", 80, 100 + 12 * i) for i in range(6)]
    page = Page(841, 595, values + lines)
    assert split_sheet(page) == [page]
    portrait = Page(595, 842, [_box(f"第{i}行", 40 + 300 * (i % 2), 40 + 20 * i) for i in range(40)])
    assert split_sheet(portrait) == [portrait]


def test_sheet_not_cut_between_the_value_columns_of_a_row_across_it():
    """A landscape page a turned table 三 goes on to: its last rows of single 「0」s 30 pt apart leave a
    column gap as wide as a gutter, words (the applicants' labels, table 四's and the text under it) on
    both sides. The row's numbers stand one pitch apart across the gap: one table, not two pages — cut,
    the table's right columns were read as another page."""
    labels = [_box(f"第{i}行文字", 30, 200 + 14 * i) for i in range(6)] + [
        _box(f"右{i}行文字", 600, 200 + 14 * i) for i in range(6)
    ]
    row = [Box("0", 1.0, 97 + 30 * i, 100, 100 + 30 * i, 106) for i in range(24)]
    page = Page(841, 595, labels + row)
    assert split_sheet(page) == [page]
    assert len(split_sheet(Page(841, 595, labels + row[:10]))) == 2  # (the control: cut without the row across)


def test_rules_inside_a_placed_form_are_on_the_page():
    """An A5 page placed as a Form XObject on the right half of an A4 sheet (2-up imposition): its
    rules stand where the form puts them, not at the form's own origin."""
    a5 = _pdf(lambda c: _table(c, 40, 500), size=(420.0, 595.0))
    (page,) = _layers(_placed(a5, (842, 595), (1, 0, 0, 1, 421, 0)))
    assert page.hrules and min(r.a for r in page.hrules) > 421
    assert page.vrules and min(r.pos for r in page.vrules) > 421
    assert min(b.x0 for b in page.boxes) > 421


def test_a_few_turned_label_characters_stay_where_they_stand():
    """A header label turned up a narrow column is too little to be a page of its own: it is read in
    the page's frame, beside the table, as before."""

    def draw(c):
        _table(c, 72, 700)
        c.saveState()
        c.setFont("STSong-Light", 8)
        c.translate(60, 640)
        c.rotate(90)
        c.drawString(0, 0, "申请人情况")
        c.restoreState()

    (page,) = _layers(_pdf(draw))
    assert [ROW, "12", "3", "45"] in _rows(page)
    assert sorted("".join(b.text for b in page.boxes if b.x1 < 72)) == sorted("申请人情况")


@pytest.mark.parametrize(
    "text,k,parts",
    [
        ("七百五十八〇", 2, ["七百五十八", "〇"]),  # a count run into the next cell's 〇
        ("十一〇", 2, ["十一", "〇"]),
        ("五百六十五零", 2, ["五百六十五", "零"]),
        ("二十二", 2, None),  # 「二十 | 二」 or 「二 | 十二」: not told
        ("一千零二十七百五十八零", 3, None),  # 1020 | 758 | 0 or 1027 | 158 | 0
        ("七百五十八", 2, None),  # one count: no cut makes two (「七百五十 | 八」 does: two cuts)
        ("３４９２", 2, None),  # digits: any cut reads
    ],
)
def test_numerals_run_over_a_rule_are_cut_only_where_one_cut_reads(text, k, parts):
    from extractor.normalize import numeral_cuts

    assert numeral_cuts(text, k) == parts


def test_a_run_over_left_aligned_columns_is_cut_only_where_a_column_begins():
    """「一千零二十七百五十八零」 over three columns reads 1020 | 758 | 0 or 1027 | 158 | 0; the page says
    which when its columns are left-aligned: a cut falls only where a column begins (every 30 points, a
    glyph 6 wide)."""
    from extractor.normalize import numeral_cuts
    from extractor.ocr import Box, cut_run_over

    assert numeral_cuts("一千零二十七百五十八零", 3, lambda i: i in (5, 10)) == ["一千零二十", "七百五十八", "零"]
    # blanks printed as nothing: 1470 run over an empty column reads as 1407 | 10 too — not told
    assert numeral_cuts("一百二十六一千四百七十", 3, lambda i: i in (5, 10)) is None
    assert numeral_cuts("七百六十七—", 2) == ["七百六十七", "—"]  # (the next cell's placeholder)
    assert numeral_cuts("——", 2) is None  # (one placeholder, or two: no numeral to say)
    parts = cut_run_over(Box("一千零二十七百五十八零", 1.0, 100, 0, 166, 6), 3, lambda x: (x - 100) % 30 < 1)
    assert parts is not None and [(p.text, p.x0) for p in parts] == [
        ("一千零二十", 100),
        ("七百五十八", 130),
        ("零", 160),
    ]


def test_a_count_with_the_next_cells_mark_drawn_over_it_is_cut_at_the_mark():
    """「一千五百八十四/」: the neighbour's 「/」 drawn over the count's 十四 (8 glyphs in 7 places). A mark is no
    glyph of a count, so none was lost under it: 1584 | / — where two numerals drawn over each other are not
    told apart (「一千三百四十一二」 lost a 十)."""
    from extractor.ocr import Box, cut_run_over

    parts = cut_run_over(Box("一千五百八十四/", 1.0, 100, 0, 142, 6), 2)
    assert parts is not None and [p.text for p in parts] == ["一千五百八十四", "/"]
    assert cut_run_over(Box("一千三百四十一二", 1.0, 100, 0, 142, 6), 2) is None


def test_a_dash_that_may_be_the_counts_last_numeral_is_not_cut_off():
    """「七百六十—」 (review of combopdf4): OCR reads 一 as 「—」 as often as the next cell's placeholder — 761,
    or 760 and a blank: unread, never 760 | — taken as the one cut. 「五—」 (五一 no count) is still cut."""
    from extractor.ocr import Box, cut_run_over

    assert cut_run_over(Box("七百六十—", 1.0, 100, 0, 130, 6), 2) is None
    assert cut_run_over(Box("三十—", 1.0, 100, 0, 118, 6), 2) is None
    parts = cut_run_over(Box("五—", 1.0, 100, 0, 112, 6), 2)
    assert parts is not None and [p.text for p in parts] == ["五", "—"]


def test_an_unruled_row_of_numerals_run_together_is_cut_at_its_columns():
    """An unruled row (no rules to cut it) whose count runs into the next column's 〇 with no gap: one word
    on the page, 「七百五十八〇」, the row a cell short and refused. Its columns are the row's own (the left
    edges of its other figures, 30 apart): the word covers two, cut where one cut reads (ocr_layout._cut_runs)."""
    from extractor.ocr import Box
    from extractor.ocr_layout import _cut_runs

    texts = [("五十一", 100), ("七百五十八〇", 130), ("零", 190), ("〇", 220), ("八百零九", 250)]
    segs = [[Box(t, 1.0, x, 0, x + 6 * len(t), 6)] for t, x in texts]
    assert [[b.text for b in seg] for seg in _cut_runs(segs)] == [
        ["五十一"],
        ["七百五十八"],
        ["〇"],
        ["零"],
        ["〇"],
        ["八百零九"],
    ]
    # (no column right of the row's last: 「二百八十九一千八百七十三」 at its end is 289 | 1873, not 289 | 1870 | 3)
    tail = [*segs[:3], [Box("二百八十九一千八百七十三", 1.0, 220, 0, 292, 6)]]
    around = [Box("〇", 1.0, 130 + 30 * n, 20, 136 + 30 * n, 26) for n in range(5)]
    assert [b.text for seg in _cut_runs(tail, around) for b in seg][-2:] == ["二百八十九", "一千八百七十三"]
    drawn_over = [[Box("七百五十八〇", 1.0, 130, 0, 160, 6)] if k == 1 else seg for k, seg in enumerate(segs)]
    assert [len(seg) for seg in _cut_runs(drawn_over)] == [1] * 5  # its 〇 drawn over its 八: not told apart


@pytest.mark.parametrize("text", ["十五", "二十", "三十五", "一百", "１０６"])
def test_one_count_run_over_two_columns_is_unread_not_cut(text):
    """「十五」 has the one cut 十 | 五: a count that reads as one is never cut into two cells (it would read
    10 and 5, the row's 总计 still adding up) — the ruled grid and the unruled turned table alike."""
    from extractor.ocr import Box, cut_run_over
    from extractor.turned_unruled import _run_over

    assert cut_run_over(Box(text, 1.0, 100, 0, 120, 10), 2) is None
    box = Box(text, 1.0, 100, 0, 120, 10)
    got = _run_over(box, [100, 112, 130], 1.0, 0)
    assert got == [(0, box), (1, box)] and box.overrun


def test_names_stacked_in_one_column_give_no_column_order():
    """A turned table 三's applicant names stand down one label column (「总计」, shorter, centred left of
    「自然人」): their centres are no order of columns — read as one, every row's 自然人 went under 法律服务机构."""
    from extractor.t3_order import placed_names

    stacked = [("自然人", 0.0903), ("法人或其他组织", 0.0903), ("总计", 0.0868), ("商业企业", 0.126)]
    assert placed_names(stacked) is None
    across = [("自然人", 0.30), ("商业企业", 0.36), ("总计", 0.66)]
    assert placed_names(across) == ["np", "biz", "tot"]


def test_a_cell_border_through_a_figure_set_tight_is_no_strike_line():
    """(review of w16fix) a figure set over its cell's bottom border — rows set tighter than the font, one
    path a cell edge — was read as struck through and dropped: the border meets the cell's sides, a strike
    line stands free."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from extractor.pdf_layer import read_layer

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 200))
    c.setFont("Helvetica", 10)
    x, y, w = 100, 100, stringWidth("128", "Helvetica", 10)
    c.drawString(x, y, "128")
    c.setLineWidth(0.5)
    c.line(x - 1, y + 4, x + w + 1, y + 4)  # the border, through the figure's middle band
    for side in (x - 1, x + w + 1):
        c.line(side, y - 10, side, y + 20)  # the cell's sides meet it
    c.line(20, 40, 60, 40)  # (another rule: the page has rules)
    c.showPage()
    c.save()
    pages = read_layer(pdfium.PdfDocument(buf.getvalue())[0])
    assert "128" in [b.text for p in pages for b in p.boxes]


def test_a_bracketed_year_in_prose_does_not_end_the_word():
    """(review of combopdf4) the word ends at a note's closing bracket run into the next cell (「1（已结案）948」),
    not at a bracketed year or ordinal prose runs on from (「闽政办（2021）12号」)."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    from extractor.pdf_layer import read_layer

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(300, 200))
    c.setFont("STSong-Light", 10)
    c.drawString(20, 150, "闽政办（2021）12号")
    c.drawString(20, 100, "1（已结案）948")
    c.showPage()
    c.save()
    words = [b.text for p in read_layer(pdfium.PdfDocument(buf.getvalue())[0]) for b in p.boxes]
    assert "闽政办（2021）12号" in words, words
    assert "1（已结案）" in words and "948" in words, words


def test_a_bare_figure_among_the_columns_is_no_page_foot():
    """(review 2 of cpdf5) a page's foot across an unruled turned table is skipped — its words, or a bare number
    outside the value columns; a bare figure among the columns (a figure off its row) never is: it would vanish."""
    from extractor.ocr import Box
    from extractor.turned_unruled import _page_foot_line

    cols, pitch = [300.0, 330.0, 360.0], 30.0
    assert not _page_foot_line([Box("128", 1.0, 328, 500, 344, 508)], cols, pitch)
    assert _page_foot_line([Box("9", 1.0, 560, 800, 566, 808)], cols, pitch)
    assert _page_foot_line(
        [Box("二〇一九年政府信息公开工作年度报告", 1.0, 200, 800, 400, 808), Box("9", 1.0, 410, 800, 416, 808)],
        cols,
        pitch,
    )
