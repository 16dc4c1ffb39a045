"""The layout families: one renderer each, over one model. `generate` draws a model, renders it in
a family and says what the parser must read back from what was printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from eval.reportgen import (
    agency_where,
    render_cards,
    render_carriers,
    render_data,
    render_doc,
    render_drawn,
    render_html,
    render_md,
    render_office,
    render_overprint,
    render_sheets,
    render_svg,
    render_text,
    render_words,
    script_forms,
)
from eval.reportgen.agencies import (
    Agency,
    draw_district_zone_agency,
    draw_outside_hierarchy_agency,
    draw_shared_place_agency,
    draw_vertical_agency,
    draw_zone_bureau_agency,
    draw_zone_committee_agency,
)
from eval.reportgen.draw import Draw
from eval.reportgen.layout import (
    T3_REDUCED,
    TABLES_OUT_OF_PLACE,
    Parts,
    chinese_numerals,
    fullwidth_digits,
    invisible_in_figures,
    label_wraps,
    math_numbers,
    parts,
    reduced_unprinted,
    reflowed,
    rows_unprinted,
    spaced_digits,
    struck_typed,
    t2_figures_only,
    t2_grid_reordered,
    t2_rows_merged,
    t2_turned,
    t3_added_columns,
    t3_legal_reordered,
    t3_reduced,
    t3_renumbered,
    t3_reversed,
    t3_rows_left_out,
    t3_spacer_column,
    t3_split,
    t3_total_first,
    t3_vsplit_nolabels,
    t4_reduced,
    t4_reordered,
    t4_split,
    tables_out_of_place,
    turned,
    turned_flat,
    typed_spellings,
    with_cell_notes,
    with_chinese_dates,
    with_column_numbers,
    with_indicator_codes,
    with_ocr_letters,
    with_raised_marks,
    with_struck_old,
    with_t2,
    with_t3_prior,
    with_t4_short,
    with_typed_counts,
    with_units,
    with_values,
)
from eval.reportgen.model import Expected, Model, draw_model, expected
from eval.reportgen.prior_layout import (
    t3_last_year_first,
    t3_prior_and_growth,
    t3_same_period_rows,
    t4_split_this_last,
    t4_year_rows,
)
from eval.reportgen.traditional import traditional
from extractor import tablespec as ts


@dataclass(frozen=True)
class Family:
    name: str
    format: str  # txt | html | markdown | pdf | docx | rtf | xlsx | xls | doc | ofd | odt | ods | json | eml | warc |
    # webarchive | jsonl | gz | tar | zip (a carrier: extractor/carriers.py) | xml (Word 2003)
    render: Callable[[Parts, Model, Draw], bytes]
    blank: str = ""  # what this family prints for a blank cell ('' = it can show one)
    glued: bool = False  # cells run together: rows that split more than one way are not readable
    vanishing: bool = False  # glued, and a blank cell is printed as nothing at all: see _glued_expected
    blank_rows: bool = True  # a row may be printed with every cell blank (else one of its zeros shows)
    placeholders: tuple[str, str] | None = None  # (style, mark) every report of the family prints
    cost: int = 1  # relative time per report (PDF, DOCX cost more): the test gives them fewer examples
    omits: bool = False  # cards: a card may leave a cell out entirely (not printed: missing, not 0)
    zero: str = ""  # what this family prints for a zero value ('' = 「0」), e.g. the word 「零」
    words: bool = False  # table 四 as sentences: a blank or 「/」 cell is not said (left out, as `omits`)
    agency: Callable[[Draw], Agency] | None = None  # who issues the report, when the family draws its own
    unprinted: Callable[[Model], set[str]] | None = None  # template cells its tables leave out or merge (eval/wild38)


def _utf8(f: Callable[[Parts], str]) -> Callable[[Parts, Model, Draw], bytes]:
    return lambda p, m, d: f(p).encode("utf-8")


def _blocks(blocks: list) -> Parts:
    """A report's blocks in reading order (render_cards.sentence_rows) as the Parts a carrier prints."""
    return Parts([], blocks, [])


def _reduced_families() -> list[Family]:
    """eval/wild38's hunt: tables printed with columns or rows left out or merged (layout.t3_reduced, t4_reduced,
    t2_rows_merged), in the carriers that print a grid (HTML, Markdown, DOCX) and, for table 四, a ruled PDF. The
    cells not printed on their own are `Model.omitted`: read back as no value (no cell, or a null one) with the
    D11 finding naming them — never 0, never a merged figure."""
    grids: tuple[tuple[str, str, Callable[[Parts], bytes], int], ...] = (
        ("html", "html", lambda q: render_html.plain(q).encode("utf-8"), 1),
        ("md", "markdown", lambda q: render_md.converter(q).encode("utf-8"), 1),
        ("docx", "docx", render_doc.docx, 4),
    )
    pdf = ("pdf", "pdf", lambda q: render_doc.pdf(q, True), 8)
    # (the family's name after its carrier, the carriers, the layout, the cells it leaves unprinted)
    kinds: list[tuple[str, tuple, Callable[[Parts, Model], Parts], Callable[[Model], set[str]]]] = [
        *(
            (
                f"t3-reduced-{v}",
                grids,
                partial(t3_reduced, variant=v),
                partial(reduced_unprinted, table="t3", variant=v),
            )
            for v in T3_REDUCED
        ),
        *(
            (
                f"t4-reduced-{v}",
                (*grids, pdf),
                partial(t4_reduced, variant=v),
                partial(reduced_unprinted, table="t4", variant=v),
            )
            for v in ("no-totals", "lawsuits-merged")
        ),
        *(
            (
                f"t3-rows-{v}",
                grids,
                partial(t3_rows_left_out, variant=v),
                partial(rows_unprinted, table="t3", variant=v),
            )
            for v in ("folded", "figures-only")
        ),
        ("t2-rows-figures-only", grids, t2_figures_only, partial(rows_unprinted, table="t2", variant="")),
        ("t2-rows-merged", grids, t2_rows_merged, partial(reduced_unprinted, table="t2", variant="penalty-coercion")),
    ]
    out: list[Family] = []
    for name, carriers, layout, unprinted in kinds:
        for prefix, fmt_, render, cost in carriers:
            out.append(
                Family(
                    f"{prefix}-{name}",
                    fmt_,
                    lambda p, m, d, r=render, lay=layout: r(lay(p, m)),
                    cost=cost,
                    unprinted=unprinted,
                )
            )
    return out


def _out_of_place_families() -> list[Family]:
    """eval/wild40's hunt: the three tables out of their template place (layout.tables_out_of_place) — table 三
    printed first, an appendix whose numbering is not the template's order, captions 「表1」「表2」「表3」, a decoy
    statistics table inside section 二 — in the carriers that print a grid. Every cell is printed, once."""
    carriers: tuple[tuple[str, str, Callable[[Parts], bytes], int], ...] = (
        ("html", "html", lambda q: render_html.plain(q).encode("utf-8"), 1),
        ("md", "markdown", lambda q: render_md.converter(q).encode("utf-8"), 1),
        ("docx", "docx", render_doc.docx, 4),
    )
    return [
        Family(
            f"{prefix}-tables-{v}",
            fmt_,
            lambda p, m, d, r=render, v=v: r(tables_out_of_place(p, m, v)),
            cost=cost,
        )
        for v in TABLES_OUT_OF_PLACE
        for prefix, fmt_, render, cost in carriers
    ]


FAMILIES: tuple[Family, ...] = (
    Family("txt-pipe", "txt", _utf8(render_text.pipe)),
    Family("txt-cr", "txt", _utf8(render_text.bare_cr)),
    Family("txt-lines", "txt", _utf8(render_text.lines), blank="—"),
    Family("txt-lines-blank", "txt", _utf8(render_text.lines), placeholders=("anywhere", "")),
    Family("txt-entities", "txt", _utf8(render_text.entities), blank="—"),
    Family("txt-tsv", "txt", _utf8(render_text.tsv), blank_rows=False),
    Family("txt-tsv-blank-rows", "txt", _utf8(render_text.tsv), placeholders=("zero_rows", "")),
    Family("txt-cn-year", "txt", _utf8(lambda p: render_text.tsv(with_chinese_dates(p))), blank_rows=False),
    Family("txt-spaced", "txt", _utf8(lambda p: render_text.spaced(p, " ")), blank="—"),
    # table 三's long labels wrapped onto a second line (layout.label_wraps): in text laid out by spaces the
    # head and the line of its rest and values are one label (stream._wrapped_line); in tab rows an item's
    # head 「二、上年结转」 too, not a sub-item's only (stream._label_head)
    Family(
        "txt-spaced-label-wraps",
        "txt",
        lambda p, m, d: render_text.spaced(label_wraps(p, m, d), " ").encode("utf-8"),
        blank="—",
    ),
    Family(
        "txt-tsv-label-wraps",
        "txt",
        lambda p, m, d: render_text.tsv(label_wraps(p, m, d)).encode("utf-8"),
        placeholders=("zero_rows", ""),
    ),
    # one cell a line, notes after figures and OCR letters for digits: 「225o（均已按期答复）」 is one cell
    # (stream._OCR_CELL, ocr_letter_digits)
    Family(
        "txt-lines-ocr-notes",
        "txt",
        lambda p, m, d: render_text.lines(with_ocr_letters(with_cell_notes(p, d), d)).encode("utf-8"),
        blank="—",
    ),
    Family(
        "txt-gbk-spaced",
        "txt",
        lambda p, m, d: render_text.spaced(p, "  ").replace("\n", "\r\n").encode("gb18030"),
        blank="/",
    ),
    Family("txt-glued", "txt", _utf8(render_text.glued), blank="/", glued=True),
    Family(
        "txt-glued-blank", "txt", _utf8(render_text.glued), glued=True, vanishing=True, placeholders=("anywhere", "")
    ),
    # tables drawn with box characters or ASCII rules, cells wrapped inside their boxes (w3m, elinks)
    Family("txt-drawn", "txt", lambda p, m, d: render_drawn.drawn(p, d).encode("utf-8")),
    # fixed-width columns, no rules, a blank cell only spaces: the column position places a number
    # (a row printed wholly blank is only its label, read as the label's wrapped rest: not drawn)
    Family("txt-fixed-width", "txt", lambda p, m, d: render_drawn.fixed(p, d).encode("utf-8"), blank_rows=False),
    # `pdftotext -layout` of a 年报汇编's pages: running head, page number and form feed at every page break
    # (inside a table too), item number before the title, the next body's report after the end
    # (extractor/load.py `line_tokens`, extractor/meta.py)
    Family(
        "txt-compilation-pages",
        "txt",
        lambda p, m, d: render_text.compilation_pages(p, m, d).encode("utf-8"),
        blank="/",
    ),
    Family("html-plain", "html", _utf8(render_html.plain)),
    Family("html-cms", "html", lambda p, m, d: render_html.cms(p, m.agency.place + "人民政府办公室").encode("utf-8")),
    Family(
        "html-t2-reordered",
        "html",
        lambda p, m, d: render_html.plain(with_t2(p, t2_grid_reordered(m, d))).encode("utf-8"),
    ),
    Family(
        "md-t2-reordered",
        "markdown",
        lambda p, m, d: render_md.converter(with_t2(p, t2_grid_reordered(m, d))).encode("utf-8"),
        blank="—",
    ),
    Family("html-excel-hidden", "html", lambda p, m, d: render_html.excel(p, d).encode("utf-8")),
    Family("html4-tfoot-first", "html", lambda p, m, d: render_html.tfoot_first(p, d).encode("utf-8")),
    # poppler's pdftohtml: text placed by absolute position, no <table>, a blank cell nothing (eval/conv)
    # (blanks in table 三's organisation columns: a blank in table 四 or a two-cell 表二 row is not read yet)
    Family(
        "html-positioned",
        "html",
        lambda p, m, d: render_html.positioned(p, d).encode("utf-8"),
        blank_rows=False,
        placeholders=("t3_orgs", ""),
        cost=4,  # (read by the page-geometry layout: ~70 ms a report)
    ),
    Family("html-word", "html", lambda p, m, d: render_html.word(p, d).encode("gbk")),
    Family("md-converter", "markdown", _utf8(render_md.converter), blank="—"),
    Family("md-converter-blank", "markdown", _utf8(render_md.converter), placeholders=("t4", "")),
    Family("md-docling", "markdown", _utf8(render_md.docling), blank="—"),
    Family("md-t4-split", "markdown", _utf8(render_md.t4_split), blank_rows=False),
    Family("md-t3-chunks", "markdown", lambda p, m, d: render_md.t3_chunks(p, d).encode("utf-8"), blank="—"),
    Family("md-mineru", "markdown", _utf8(render_md.mineru)),
    # html2text's pipe tables: no outer bars, 「| 」 between cells, escaped dots (eval/conv)
    Family("md-html2text", "markdown", _utf8(render_md.html2text)),
    # trafilatura's Markdown: pipe rows with no delimiter row (eval/conv)
    Family("md-trafilatura", "markdown", _utf8(render_md.trafilatura)),
    # pandoc's own Markdown: simple/multiline tables, columns given by a rule of dash groups (eval/conv)
    Family("md-pandoc", "markdown", lambda p, m, d: render_md.pandoc(p, d).encode("utf-8")),
    Family("md-ocr", "markdown", lambda p, m, d: render_md.ocr(p, d).encode("utf-8"), blank_rows=False),
    Family("pdf-ruled", "pdf", lambda p, m, d: render_doc.pdf(p, True), cost=8),
    Family("pdf-unruled", "pdf", lambda p, m, d: render_doc.pdf(p, False), blank="—", cost=8),
    Family("pdf-unruled-blank", "pdf", lambda p, m, d: render_doc.pdf(p, False), cost=8, placeholders=("t3_orgs", "")),
    # whole rows of zeros printed empty beside wrapped labels (extractor/label_rows.py)
    Family(
        "pdf-unruled-blank-rows",
        "pdf",
        lambda p, m, d: render_doc.pdf(p, False),
        cost=8,
        placeholders=("zero_rows", ""),
    ),
    # page geometry (render_sheets.py): landscape pages stored portrait, their content turned a quarter in
    # the stream, shown upright by /Rotate or not at all; an A5 booklet printed 2-up on A4 sheets; a
    # diagonal watermark tiled over every page (extractor/pdf_layer.py, extractor/sheets.py)
    Family("pdf-rotate-pages", "pdf", lambda p, m, d: render_sheets.turned(p, d, True), blank="—", cost=8),
    Family("pdf-turned-content", "pdf", lambda p, m, d: render_sheets.turned(p, d, False), blank="—", cost=8),
    Family("pdf-two-up", "pdf", lambda p, m, d: render_sheets.two_up(p, d), blank="—", cost=8),
    Family("pdf-watermark", "pdf", lambda p, m, d: render_sheets.watermarked(p, d, m.agency.full), blank="—", cost=8),
    # printed from a browser with its headers and footers on: date/time and title atop, address and 「2/3」 at
    # the foot of every page, between two rows of a table where a page break falls (extractor/ocr_layout.py)
    Family(
        "pdf-browser-print",
        "pdf",
        lambda p, m, d: render_sheets.browser_printed(
            p, d, f"{m.agency.full}{m.year}年政府信息公开工作年度报告", m.year
        ),
        blank="—",
        cost=8,
    ),
    # Word printed with its markup shown: corrected figures of table 三 with the old ones in balloons in the
    # right margin half a line under the row, fonts not embedded (extractor/pdf_layer.py's boxes from the PDF)
    Family("pdf-markup-balloons", "pdf", lambda p, m, d: render_sheets.markup(p, d), cost=8),
    # … a reviewer's comment balloon naming a row of table 三 (「批注 [马2]: 本年新收申请件数请再核对，共17件」)
    # between two rows' lines, a deletion balloon 「已删除: 3」 at times (eval/wild27; stream.py `_BALLOON`)
    Family("pdf-markup-comment", "pdf", lambda p, m, d: render_sheets.markup_comment(p, m, d), cost=8),
    # text drawn where it is not the cell's (extractor/pdf_overprint.py): every value twice at one place (an
    # invisible second layer, a faux bold); Word's 「所有标记」 print, old figures struck through before the new
    Family("pdf-doubled-layer", "pdf", lambda p, m, d: render_overprint.doubled(p, d), cost=8),
    Family("pdf-struck-revisions", "pdf", lambda p, m, d: render_overprint.struck(p, d), cost=8),
    # a light-grey download stamp with its date and time tiled upright over the tables, or a big 「内部资料」
    Family("pdf-pale-stamp", "pdf", lambda p, m, d: render_overprint.stamped(p, d, m.agency.place), cost=8),
    # figures set in a light colour (Word's orange, yellow, cyan, light blue), with or without a grey stamp
    Family("pdf-coloured-figures", "pdf", lambda p, m, d: render_overprint.coloured(p, d, m.agency.place), cost=8),
    # table 四 with short labels (「复议」「诉讼（未经复议）」「诉讼（复议后）」, 「维持/纠正/其他/未结/合计」), kinds as
    # rows or the template's fifteen columns (extractor/header_rows.py, tablespec.T4_KIND_CELL_PATTERNS)
    Family(
        "md-t4-short-labels", "markdown", lambda p, m, d: render_md.converter(with_t4_short(p, m, d)).encode("utf-8")
    ),
    Family("html-t4-short-labels", "html", lambda p, m, d: render_html.plain(with_t4_short(p, m, d)).encode("utf-8")),
    # a plain-text export with a unit after every number (「12件」「+2项」「1234.5万元」) and table 四 as three
    # named lines, the first naming its columns in the label (「行政复议（结果维持/…/总计）」)
    Family(
        "txt-units-t4-lines",
        "txt",
        lambda p, m, d: render_text.spaced(with_units(p, m, d), d.pick(("  ", "\t"))).encode("utf-8"),
        blank="/",
    ),
    # a 政府公报 page: two text columns, tables in the column width or across the page between column
    # regions (extractor/columns.py)
    Family(
        "pdf-gazette-columns",
        "pdf",
        lambda p, m, d: render_sheets.gazette(p, m, d),
        blank="—",
        cost=8,
    ),
    # tables 二 and 四 side by side on one page, 三 on the next: 四 read before 三 (extractor/tables.py
    # `_T4_HEADING`, sections.py `_out_of_order`)
    Family("pdf-side-by-side", "pdf", lambda p, m, d: render_sheets.side_by_side(p, m, d), blank="—", cost=8),
    Family("docx-merged", "docx", lambda p, m, d: render_doc.docx(p), cost=4),
    Family("docx-controls-tracked", "docx", lambda p, m, d: render_doc.docx_controls(p, d), cost=4),
    # Word's 「XML 文档」 (.xml): the package's parts inline in one XML file (wild16; extractor/flat_opc.py)
    Family("docx-flat-opc", "docx", lambda p, m, d: render_doc.flat_opc(render_doc.docx(p)), cost=4),
    # table 三 printed turned (applicant types as rows), table 四 turned or not
    Family("html-t3-turned", "html", lambda p, m, d: render_html.plain(turned(p, m, d)).encode("utf-8")),
    # … its applicant group unmerged into 「法人或其他组织-商业企业」 labels, in a workbook (Excel's export) and a
    # page (extractor/turned.py `_t3_label`)
    Family("xlsx-t3-turned-flat", "xlsx", lambda p, m, d: render_office.xlsx(turned_flat(p, m, d), d), cost=2),
    Family("html-t3-turned-flat", "html", lambda p, m, d: render_html.plain(turned_flat(p, m, d)).encode("utf-8")),
    Family("md-t3-turned", "markdown", lambda p, m, d: render_md.converter(turned(p, m, d)).encode("utf-8")),
    # … in a tab-separated text export (eval/wild33; extractor/load.py `_close_tab_rows`)
    # … rows spoken or bulleted, 其他处理's 「其他」 unnumbered after its group (tablespec r6_3), a national zone's
    # committee issuing (gazetteer.ZONES)
    Family(
        "html-elderly-spoken-rows",
        "html",
        lambda p, m, d: render_cards.spoken_rows(p, m, d).encode("utf-8"),
        placeholders=("none", ""),  # (every cell spoken as a number, as wild33's)
        agency=draw_zone_committee_agency,
    ),
    Family(
        "txt-bullet-named-rows",
        "txt",
        lambda p, m, d: render_cards.spoken_rows(p, m, d, False).encode("utf-8"),
        placeholders=("none", ""),
    ),
    # … rows as sentences or numbered paragraphs, table 四 a line per kind, a unit after the value (eval/wild33; 「共计」
    # 「总共」 the 总计 column — tablespec.T3_SENTENCE_NAMES —, paragraph-numbered groups — tablespec `_gw` —, a bar row's
    # kind — tables `_T4_HEAD_WORDS` —, 「本年收费金额6438.71万元」 — cards `_name_rx`)
    Family(
        "html-wechat-sentence-rows",
        "html",
        lambda p, m, d: render_cards.sentence_page(render_cards.sentence_rows(p, m, d, "wechat")).encode("utf-8"),
        placeholders=("none", ""),
    ),
    Family(
        "docx-numbered-row-blocks",
        "docx",
        lambda p, m, d: render_doc.docx(_blocks(render_cards.sentence_rows(p, m, d, "numbered"))),
        placeholders=("none", ""),
        cost=4,
    ),
    Family(
        "txt-bar-rows",
        "txt",
        lambda p, m, d: render_cards.sentence_text(render_cards.sentence_rows(p, m, d, "bars")).encode("utf-8"),
        placeholders=("none", ""),
    ),
    Family("txt-tsv-t3-transposed", "txt", lambda p, m, d: render_cards.transposed_tsv(p, m, d).encode("utf-8")),
    # … through html2text: a merged label's other slots dropped, so each header row's labels stand left-aligned,
    # none over its column (extractor/turned.py `turn_ragged`)
    Family(
        "md-html2text-t3-turned",
        "markdown",
        lambda p, m, d: render_md.html2text(turned(p, m, d, t4=False)).encode("utf-8"),
    ),
    Family(
        "md-docling-t3-turned",
        "markdown",
        lambda p, m, d: render_md.docling(turned(p, m, d)).encode("utf-8"),
        blank="—",
    ),
    Family("docx-t3-turned", "docx", lambda p, m, d: render_doc.docx(turned(p, m, d)), cost=4),
    # … in a ruled PDF on landscape pages, a table kept on one page: the grid's slots from its rules
    # (extractor/ocr_layout.py `_table_rows`)
    Family(
        "pdf-t3-turned",
        "pdf",
        lambda p, m, d: render_doc.pdf(turned(p, m, d), True, pagesize=(841.89, 595.28), margin=36, keep=True),
        cost=8,
    ),
    # … unruled, its item labels wrapped in their narrow columns, blanks printed as nothing, table 四 turned too
    # (extractor/turned_unruled.py)
    Family(
        "pdf-unruled-t3-turned",
        "pdf",
        lambda p, m, d: render_doc.pdf(
            turned(p, m, d, t4=True), False, pagesize=(841.89, 595.28), margin=36, keep=True
        ),
        cost=8,
        placeholders=("t3_orgs", ""),
    ),
    # table 三 split by its columns into two tables with the same row labels, 「（续表）」 between
    Family("docx-t3-colsplit", "docx", lambda p, m, d: render_doc.docx(t3_split(p, m, d)), cost=4),
    Family("html-t3-colsplit", "html", lambda p, m, d: render_html.plain(t3_split(p, m, d)).encode("utf-8")),
    Family("md-t3-colsplit", "markdown", lambda p, m, d: render_md.converter(t3_split(p, m, d)).encode("utf-8")),
    # table 二 printed turned: row labels across, quantities down, one small table per article
    Family("md-t2-turned", "markdown", lambda p, m, d: render_md.converter(t2_turned(p, m, d)).encode("utf-8")),
    Family("html-t2-turned", "html", lambda p, m, d: render_html.plain(t2_turned(p, m, d)).encode("utf-8")),
    # tables 三 and 四 printed as cards: 「列名：值」 lines under each row label (render_cards.py)
    Family("md-cards", "markdown", lambda p, m, d: render_cards.markdown(p, m, d).encode("utf-8"), omits=True),
    Family("txt-cards", "txt", lambda p, m, d: render_cards.text(p, m, d).encode("utf-8"), omits=True),
    Family("html-cards", "html", lambda p, m, d: render_cards.dl(p, m, d).encode("utf-8"), omits=True),
    # … a mobile site's cards, each line a label element and a value element the text joins with no colon
    # (「自然人76」: cards.py `_bare_entry`); a blank cell printed as a dash (eval/wild27)
    Family("html-kv-cards", "html", lambda p, m, d: render_cards.kv(p, m, d).encode("utf-8"), blank="—", omits=True),
    # … table 二 as such cards too: 「本年收费金额（单位：万元）0」 (a colon inside the name's bracket: no colon
    # line, cards.py `_T2_ENTRY`) and signed changes 「本年增/减+3」 (cards.py `_t2_bare`)
    Family(
        "html-kv-cards-t2",
        "html",
        lambda p, m, d: render_cards.kv(p, m, d, t2=True).encode("utf-8"),
        blank="—",
        omits=True,
    ),
    # cells bound by words: an app's share text (named values in one line a row), table 四 as
    # sentences, table 四 as names rows over value rows (render_words.py)
    Family("txt-share", "txt", lambda p, m, d: render_words.share(p, m, d).encode("utf-8"), blank="—", omits=True),
    Family(
        "html-t4-words",
        "html",
        lambda p, m, d: render_html.plain(render_words.with_t4_words(p, m, d)).encode("utf-8"),
        words=True,
    ),
    Family(
        "txt-t4-pairs",
        "txt",
        lambda p, m, d: render_text.tsv(render_words.with_t4_pairs(p, m, d)).encode("utf-8"),
        blank="—",  # a value row's leading empty fields are lost when copied
    ),
    # zero cells typed 「零」 in a Word table (extractor/stream.py, normalize.ZERO_WORD)
    Family("docx-zero-word", "docx", lambda p, m, d: render_doc.docx(p), cost=4, zero="零"),
    # the tables as Excel CSV (extractor/csv_rows.py)
    Family("txt-csv", "txt", _utf8(render_text.csv), blank_rows=False),
    # a dataframe's dump: column numbers 「0,1,…」 over each table are no figures (stream._drop_counting_rows, from 0)
    Family("txt-csv-dataframe", "txt", _utf8(lambda p: render_text.csv(p, index=True)), blank_rows=False),
    # the tables in Word text boxes (DrawingML + VML fallback), the report as an altChunk HTML part
    # (extractor/docx_parts.py)
    Family("docx-text-boxes", "docx", lambda p, m, d: render_doc.docx_text_boxes(p), cost=4),
    # a PDF reflowed by a word processor, saved as DOCX or as a web page: tables unmerged, an empty spacer
    # column after every value column (document.py `spacer_slots`, read by load_docx.py and load_html.py)
    Family("docx-pdf-reflow", "docx", lambda p, m, d: render_doc.docx(reflowed(p, d)), cost=4),
    Family("html-pdf-reflow", "html", lambda p, m, d: render_html.plain(reflowed(p, d)).encode("utf-8")),
    Family("docx-altchunk", "docx", lambda p, m, d: render_doc.docx_altchunk(p, render_html.plain(p)), cost=4),
    # each table its own altChunk RTF part (an OA system's assembly), and a Word 「Strict Open XML」 package
    # (extractor/docx_parts.py, extractor/strict_ooxml.py)
    Family("docx-altchunk-rtf", "docx", lambda p, m, d: render_doc.docx_altchunk_rtf(p, d), cost=4),
    Family("docx-strict", "docx", lambda p, m, d: render_doc.docx_strict(p), cost=4),
    # a bureau of a zone's committee printed with its province's short name (「河北雄安新区管理委员会…局」):
    # the name read back as printed (extractor/agency.py `_zone_bureau`)
    Family("txt-zone-bureau", "txt", _utf8(render_text.tsv), blank_rows=False, agency=draw_zone_bureau_agency),
    # a vertically managed body with its system in front (「国家税务总局…税务局」, 「中华人民共和国…海关」, wild13):
    # the name read back as printed (extractor/agency.py `_NATIONAL_HEAD`; 海关 a body of departments.tsv)
    Family("txt-vertical-body", "txt", _utf8(render_text.pipe), agency=draw_vertical_agency),
    # bodies outside the usual hierarchy (eval/wild35): a central administration (region 全国), a national
    # administration's 监管分局 in a city, a zone or a 林区 district the division list lacks (extractor/agency.py
    # `_CENTRAL`, `_NATIONAL_HEAD`; gazetteer.ZONES)
    Family("txt-outside-hierarchy", "txt", _utf8(render_text.pipe), agency=draw_outside_hierarchy_agency),
    Family("html-outside-hierarchy", "html", _utf8(render_html.plain), agency=draw_outside_hierarchy_agency),
    # a functional zone's committee inside a 直辖市's 新区 (eval/wild37: 「中新天津生态城管理委员会」, region the 新区
    # district; gazetteer.DISTRICT_ZONES, agency._SUB_ZONE)
    Family("txt-district-zone", "txt", _utf8(render_text.pipe), agency=draw_district_zone_agency),
    Family("html-district-zone", "html", _utf8(render_html.plain), agency=draw_district_zone_agency),
    # the article body a JavaScript string written in by innerHTML (extractor/html_script.py)
    Family("html-js-string", "html", _utf8(render_html.js_string)),
    # the article percent-encoded in short literals a script adds up and writes with document.write(unescape(c))
    # or decodeURIComponent (wild16; extractor/html_script.py)
    Family("html-js-percent", "html", lambda p, m, d: render_html.js_percent(p, uri=d.pick((False, True))).encode()),
    # a single-page app's page: an empty mount point, the article only in the app's state (Next.js
    # __NEXT_DATA__, window.__NUXT__, JSON.parse("…"), an ld+json copy; load_json `payload_document`, wild19)
    Family("html-spa-state", "html", lambda p, m, d: render_html.spa_state(p, d).encode()),
    # the page saved as one file (.mhtml/.mht): a MIME message, the HTML part quoted-printable or base64
    Family("html-mhtml", "html", lambda p, m, d: render_html.mhtml(p, d)),
    # carriers (extractor/carriers.py, wild20): a mail with the report a Word attachment beside a note, or a
    # multipart/alternative body (plain text and HTML, QP or base64, UTF-8 or GBK); a WARC (gzip'd or not, a list
    # page before the article, chunked or gzip'd HTTP bodies, GBK); Safari's .webarchive (binary or XML plist, the
    # article maybe in a frame); a Scrapy JSON-Lines feed (a list-page item, \uXXXX-escaped or UTF-8)
    Family("eml-docx-attachment", "eml", lambda p, m, d: render_carriers.eml_attachment(p, d), cost=4),
    Family("eml-alternative", "eml", lambda p, m, d: render_carriers.eml_alternative(p, d), blank_rows=False),
    Family("warc-response", "warc", lambda p, m, d: render_carriers.warc(p, d)),
    Family("webarchive-plist", "webarchive", lambda p, m, d: render_carriers.webarchive(p, d)),
    Family("jsonl-feed", "jsonl", lambda p, m, d: render_carriers.jsonl(p, d)),
    # archives and compressed stores (extractor/carriers.py, wild21): a crawler's .html.gz page store, a wget mirror
    # packed with tar (maybe gzip'd, a link inside), a 附件 .zip with GBK member names (no UTF-8 flag) holding the
    # report and a 说明.txt, a CMS article paginated into pages in one .zip (cut inside table 三; extractor/pages.py),
    # a cover letter PDF carrying the report as an embedded file (its .docx or .pdf), Word 2003 XML (w:wordDocument)
    Family("html-gz-store", "gz", lambda p, m, d: render_carriers.html_gz(p, d)),
    Family("tar-site-mirror", "tar", lambda p, m, d: render_carriers.tar_mirror(p, d)),
    Family("zip-attachment", "zip", lambda p, m, d: render_carriers.zip_attachment(p, d), cost=4),
    Family("zip-paginated-pages", "zip", lambda p, m, d: render_carriers.zip_pages(p, d)),
    Family("pdf-cover-attachment", "pdf", lambda p, m, d: render_carriers.pdf_cover_attachment(p, d), cost=8),
    Family("xml-word2003", "xml", lambda p, m, d: render_carriers.word2003_xml(p, d), cost=4),
    # the article framed as a page of its own: <iframe srcdoc="…"> (the frame's HTML escaped into the attribute)
    Family("html-iframe-srcdoc", "html", _utf8(render_html.iframe_srcdoc)),
    # the article's HTML escaped in a hidden <textarea> a script copies into the page (extractor/html_script.py)
    Family("html-textarea-held", "html", _utf8(render_html.textarea_held)),
    # tables drawn by a script, the data only in each table's <noscript> fallback (extractor/html_script.py)
    Family("html-noscript-tables", "html", _utf8(render_html.noscript_tables)),
    # WPS/Word 「另存为 RTF」: GBK \'hh or \uN escapes, tables by \cellx edges and \clvmgf merges, hidden old figures
    Family("rtf-wps", "rtf", lambda p, m, d: render_office.rtf(p, d), cost=2),
    # an Excel workbook: one sheet or a sheet per table, merged areas, formatted money, a hidden draft sheet
    Family("xlsx-sheets", "xlsx", lambda p, m, d: render_office.xlsx(p, d), cost=2),
    # Word 97–2003 / WPS binary (.doc): piece table, \x07 cell and row marks, a PAGE field, hidden old figures
    Family("doc-word97", "doc", lambda p, m, d: render_office.doc(p, d), cost=2),
    # rows as Word/LibreOffice write them in full: sprmTDefTable edges and merge flags, the row end's
    # properties in the Data stream (sprmPHugePapx) — extractor/load_doc.py
    Family("doc-word97-merged", "doc", lambda p, m, d: render_office.doc(p, d, merged=True), cost=2),
    # OpenDocument text (.odt, or flat .fodt) and spreadsheets (.ods) as WPS and LibreOffice save them:
    # covered cells, float cells, hidden spans, tracked deletions, footnotes (extractor/load_odt.py)
    Family("odt-covered-cells", "odt", lambda p, m, d: render_data.odt(p, d), cost=2),
    Family("ods-sheets", "ods", lambda p, m, d: render_data.ods(p, d), cost=2),
    # an open-data API's JSON: HTML or paragraph-array prose, tables as row arrays or records
    # (extractor/load_json.py)
    Family("json-open-data", "json", lambda p, m, d: render_data.json_api(p, m.year, d)),
    # a mini-program's article API: the page as a rich-text node tree (load_json `_rich_nodes`, wild13)
    Family("json-miniprogram-nodes", "json", lambda p, m, d: render_data.miniprogram(render_html.plain(p), p, d)),
    # a CMS article API: the article's HTML base64-encoded in 「content」 (load_json `base64_text`, wild17)
    Family("json-base64-article", "json", lambda p, m, d: render_data.base64_article(render_html.plain(p), p, d)),
    # table 四 as an object keyed by case kind, each kind a record of numbers (load_json `_keyed_records`)
    Family("json-t4-keyed-records", "json", lambda p, m, d: render_data.json_api(p, m.year, d, t4_keyed=True)),
    # table 四 printed from a sheet too wide for the page: its last columns on the next page, under
    # the print title (extractor/colsplit.py `_joined_unlabelled`)
    Family("html-t4-colsplit", "html", lambda p, m, d: render_html.plain(t4_split(p, m, d)).encode("utf-8")),
    Family("pdf-t4-colsplit", "pdf", lambda p, m, d: render_doc.pdf(t4_split(p, m, d), True), cost=8),
    # the same workbook as Excel 97–2003 / WPS save it (.xls, BIFF8)
    Family("xls-sheets", "xls", lambda p, m, d: render_office.xls(p, d), cost=2),
    # OFD (GB/T 33190): runs of text placed in millimetres, by line or glyph by glyph, DeltaX advances
    Family("ofd-positioned", "ofd", lambda p, m, d: render_office.ofd(p, d), cost=2),
    # a site's 繁體 version (lang=zh-TW) and a traditional text saved as Big5 (extractor/traditional.py)
    # — the agency read back in simplified characters, the body's official name (script_forms.py)
    Family(
        "html-traditional",
        "html",
        lambda p, m, d: traditional(render_html.plain(p)).replace("<html>", '<html lang="zh-TW">').encode("utf-8"),
        agency=script_forms.draw_simplified_written_agency,
    ),
    Family(
        "txt-big5-traditional",
        "txt",
        lambda p, m, d: traditional(render_text.tsv(p)).replace("\n", "\r\n").encode("big5hkscs"),
        blank_rows=False,
        agency=script_forms.draw_simplified_written_agency,
    ),
    # the same switch with a converter's slips (复 → 複, 干 → 乾), a Word report and its PDF made from the page
    Family(
        "docx-traditional-slips",
        "docx",
        lambda p, m, d: render_doc.docx(script_forms.converted(p, script_forms.traditional_with_slips)),
        cost=4,
        agency=script_forms.draw_simplified_written_agency,
    ),
    Family(
        "pdf-traditional-slips",
        "pdf",
        lambda p, m, d: render_doc.pdf(script_forms.converted(p, script_forms.traditional_with_slips), True),
        cost=8,
        agency=script_forms.draw_simplified_written_agency,
    ),
    # a bilingual report (Tibetan, Uyghur, Mongolian, Korean with the Chinese): a minority-script line, numbered
    # in its own digits, above every heading; with `labels` the tables' label cells in both scripts
    # (script_forms.py; extractor/normalize.py `fold`: a minority-script digit is never a value)
    Family(
        "txt-bilingual-lines",
        "txt",
        lambda p, m, d: render_text.tsv(script_forms.bilingual(p, d, labels=False)).encode("utf-8"),
        blank_rows=False,
    ),
    Family(
        "txt-gb18030-bilingual-labels",
        "txt",
        lambda p, m, d: render_text.tsv(script_forms.bilingual(p, d, labels=True)).encode("gb18030"),
        blank_rows=False,
    ),
    Family(
        "html-bilingual-labels",
        "html",
        lambda p, m, d: render_html.plain(script_forms.bilingual(p, d, labels=True)).encode("utf-8"),
    ),
    Family(
        "docx-bilingual-labels",
        "docx",
        lambda p, m, d: render_doc.docx(script_forms.bilingual(p, d, labels=True)),
        cost=4,
    ),
    # value runs wrapped in Word 2003 smart tags / custom XML (extractor/load_docx.py `as_shown`)
    Family("docx-smart-tags", "docx", lambda p, m, d: render_doc.docx_smart_tags(p, d), cost=4),
    # a footnote mark or a bracketed note typed after a value's number: 「8*」「12①」「73（其中2件为网上申请）」
    # (extractor/stream.py `_NOTE_AFTER_NUMBER`); in text, two spaces between cells
    Family("html-cell-notes", "html", lambda p, m, d: render_html.plain(with_cell_notes(p, d)).encode("utf-8")),
    Family(
        "txt-spaced-notes",
        "txt",
        lambda p, m, d: render_text.spaced(with_cell_notes(p, d), "  ").encode("utf-8"),
        blank="—",
    ),
    # a statistics export: 栏次 rows under the headers, a sentence restating table 四 before it
    # (extractor/stream.py `_drop_column_numbers`, tables.py `_table4`)
    Family("html-column-numbers", "html", lambda p, m, d: render_html.plain(with_column_numbers(p, m)).encode("utf-8")),
    Family(
        "md-column-numbers",
        "markdown",
        lambda p, m, d: render_md.converter(with_column_numbers(p, m)).encode("utf-8"),
        blank="—",
    ),
    # numbers typeset as inline math, 「| $12$ | $0$ |」 (extractor/load.py `_MD_MATH`); a row read short
    # of its numbers is never split as glued (stream.py `ValueRun.cut`)
    # the body named without its city (「朝阳区人民政府」) and in full only in a metadata table's 发布机构
    # cell (extractor/meta.py `_printed_in_full`)
    Family(
        "html-xxgk-metadata",
        "html",
        lambda p, m, d: render_html.xxgk_metadata(p, m.agency.full, m.agency.local).encode("utf-8"),
        agency=draw_shared_place_agency,
    ),
    # tables retyped as lines 「label：v1、v2、…。」 (extractor/stream.py `_BARS`, tables.py `_table4`)
    Family("txt-typed-lists", "txt", _utf8(render_text.typed_lists), blank="/"),
    # OCR text of a scanned table: 「3l」「O」「l2」 inside the numbers of a row (extractor/stream.py
    # `ocr_letter_digits`, a D6 doubt on each such cell)
    Family(
        "txt-ocr-letters",
        "txt",
        lambda p, m, d: render_text.spaced(with_ocr_letters(p, d), "  ").encode("utf-8"),
        blank="—",
    ),
    # … with footnote marks typed after some figures (「969⁹」): the row's run of numbers goes on past them
    Family(
        "txt-ocr-letters-marks",
        "txt",
        lambda p, m, d: render_text.spaced(with_ocr_letters(with_raised_marks(p, d, True), d), " ").encode("utf-8"),
        blank="—",
    ),
    # the same OCR text with one cell a line (an OCR tool's text boxes, a line each): a line of digits and
    # such letters beside the row's number lines is a cell (extractor/stream.py `_beside_numbers`)
    Family(
        "txt-lines-ocr-letters", "txt", lambda p, m, d: render_text.lines(with_ocr_letters(p, d)).encode(), blank="—"
    ),
    # fixed-width text (pdftotext -layout, an OCR's layout text) whose cells carry a note or a mark after
    # the number (「73（其中2件为网上申请）」「8*」) or OCR's letters for digits (「6I8」「O」): the row still
    # lines up in its columns (extractor/fixedwidth.py `_is_value`)
    Family(
        "txt-fixed-width-notes",
        "txt",
        lambda p, m, d: render_drawn.fixed(with_cell_notes(p, d), d).encode("utf-8"),
        blank_rows=False,
    ),
    # … and typed in full-width digits (「２３※」: a cell's display width, not its length, lines it up)
    Family(
        "txt-fixed-width-fullwidth-notes",
        "txt",
        lambda p, m, d: render_drawn.fixed(with_values(with_cell_notes(p, d), fullwidth_digits(d)), d).encode("utf-8"),
        blank_rows=False,
    ),
    Family(
        "txt-fixed-width-ocr-letters",
        "txt",
        lambda p, m, d: render_drawn.fixed(with_ocr_letters(p, d), d).encode("utf-8"),
        blank_rows=False,
    ),
    # tables retyped as lists whose items carry a note or mark after the number (「2¹⁰、0」
    # 「73（其中2件为网上申请）、0」: stream.py `_note_then_bar`), or a scan of such lists OCR'd (「5l、758、O」:
    # stream.py `typed_list_digits`)
    Family(
        "txt-typed-lists-notes",
        "txt",
        lambda p, m, d: render_text.typed_lists(with_cell_notes(p, d)).encode(),
        blank="/",
    ),
    Family(
        "txt-typed-lists-ocr-letters",
        "txt",
        lambda p, m, d: render_text.typed_lists(with_ocr_letters(p, d)).encode(),
        blank="/",
    ),
    # tables pasted from Excel as embedded objects: no table in the body, a workbook per table in
    # word/embeddings (extractor/docx_parts.py `embedded_sheets`)
    Family("docx-excel-objects", "docx", lambda p, m, d: render_doc.docx_excel_objects(p, d), cost=4),
    # table 三 copied column by column, one cell a line (extractor/colmajor.py)
    Family("txt-column-major", "txt", _utf8(render_text.column_major), blank="—"),
    # every table copied column by column: table 二's columns too, each block's column name before its
    # values (extractor/colmajor.py `t2_rows_from_columns`)
    Family(
        "txt-column-major-all",
        "txt",
        _utf8(lambda p: render_text.column_major(p, ("t2", "t3", "t4"))),
        blank="—",
    ),
    # rows as label, dot leaders, spaced values; table 四 one line per group (tables.py `_T4_HEAD_WORDS`)
    Family("txt-dot-leaders", "txt", _utf8(render_text.dot_leaders), blank="—"),
    # figures pasted from a WeChat/CMS editor with invisible format characters before and inside them
    # (「&#8203;1&shy;23」; extractor/normalize.py INVISIBLE, dropped by document.TextBuilder and the text loader)
    Family(
        "html-invisible-in-figures",
        "html",
        lambda p, m, d: (
            render_html.plain(with_values(p, invisible_in_figures(d)))
            .replace("\u200b", "&#8203;")
            .replace("\xad", "&shy;")
            .encode("utf-8")
        ),
    ),
    Family(
        "docx-invisible-in-figures",
        "docx",
        lambda p, m, d: render_doc.docx(with_values(p, invisible_in_figures(d))),
        cost=4,
    ),
    Family(
        "txt-invisible-in-figures",
        "txt",
        lambda p, m, d: render_text.tsv(with_values(p, invisible_in_figures(d))).encode(),
        blank_rows=False,
    ),
    # element-ui tables: header rows and body rows in two tables (extractor/load_html.py `_TABLE_PART`)
    Family("html-element-ui", "html", lambda p, m, d: render_html.element_ui(p).encode("utf-8")),
    # numbers letter-spaced in their cells (「6 70」) with a footnote mark typed after them (「6 70¹¹」「25 ⁸」): one
    # number (stream.build_stream `_SPACED_NUMBER`)
    Family(
        "html-spaced-marked-digits",
        "html",
        lambda p, m, d: render_html.plain(with_values(with_raised_marks(p, d, True), spaced_digits(d))).encode("utf-8"),
    ),
    # … table 三 printed turned: its item labels in the header's table, the applicant rows in the body's
    # (extractor/turned.py `turn_paged`: the two read as one table)
    Family(
        "html-element-ui-t3-turned",
        "html",
        lambda p, m, d: render_html.element_ui(turned(p, m, d)).encode("utf-8"),
    ),
    # … table 二's blocks printed turned: each block's header row a table of its own over its body
    # (turned._joins: a table of header cells only joins the body after it for any turned table)
    Family(
        "html-element-ui-t2-turned",
        "html",
        lambda p, m, d: render_html.element_ui(t2_turned(p, m, d)).encode("utf-8"),
    ),
    # an Excel sheet printed with its row numbers before every row (extractor/stream.py `_row_numbers`)
    Family("html-excel-row-numbers", "html", lambda p, m, d: render_html.excel_print(p, d).encode("utf-8")),
    # … with table 三 turned, table 三 in two column blocks, table 二's blocks turned one under the other: the sheet
    # is one <table>, its headings rows of one cell; read as the tables between them (load_html.py `_sheet_blocks`)
    Family(
        "html-excel-row-numbers-t3-turned",
        "html",
        lambda p, m, d: render_html.excel_print(turned(p, m, d), d).encode("utf-8"),
    ),
    Family(
        "html-excel-row-numbers-t3-colsplit",
        "html",
        lambda p, m, d: render_html.excel_print(t3_split(p, m, d), d).encode("utf-8"),
    ),
    Family(
        "html-excel-row-numbers-t2-turned",
        "html",
        lambda p, m, d: render_html.excel_print(t2_turned(p, m, d), d).encode("utf-8"),
    ),
    Family("md-inline-math", "markdown", lambda p, m, d: render_md.converter(with_values(p, math_numbers(d))).encode()),
    # footnote marks set raised after figures of tables 三/四 (layout.with_raised_marks): a <sup> or a
    # vertical-align:super span (extractor/load_html.py `_raised`), a Word superscript run (load_docx.py
    # `_drop_raised_marks`), a small raised glyph (pdf_layer.py `_raised_mark`), Unicode 「¹²」 typed in
    # text (stream.py `_FOOTNOTE_MARKS`)
    Family("html-raised-marks", "html", lambda p, m, d: render_html.plain(with_raised_marks(p, d)).encode("utf-8")),
    Family("docx-superscript-marks", "docx", lambda p, m, d: render_doc.docx(with_raised_marks(p, d)), cost=4),
    Family("pdf-raised-marks", "pdf", lambda p, m, d: render_doc.pdf(with_raised_marks(p, d), True), cost=8),
    # a corrected report (eval/wild36): an old figure struck through before the corrected one in tables 二/三/四 —
    # <del>, <s>, <strike>, a line-through style or class, the new one in <ins> — or a Word run with w:strike or
    # w:dstrike; the struck text is not read (extractor/load_html.py `is_struck`, load_docx.py `drop_struck_runs`)
    Family("html-struck-old-figures", "html", lambda p, m, d: render_html.plain(with_struck_old(p, d)).encode("utf-8")),
    Family("docx-struck-old-figures", "docx", lambda p, m, d: render_doc.docx(with_struck_old(p, d)), cost=4),
    # … Word 97's: the old figure a run with sprmCFStrike or sprmCFDStrike (extractor/load_doc.py `_STRUCK`)
    Family("doc-struck-old-figures", "doc", lambda p, m, d: render_office.doc(with_struck_old(p, d), d), cost=2),
    # … RTF's: `{\strike 17}` or `{\striked1 17}` before the new figure (extractor/load_rtf.py `_State.struck`)
    Family("rtf-struck-old-figures", "rtf", lambda p, m, d: render_office.rtf(with_struck_old(p, d), d), cost=2),
    # … OpenDocument's: a span whose style has `style:text-line-through-style` (extractor/load_odt.py `_Styles`)
    Family("odt-struck-old-figures", "odt", lambda p, m, d: render_data.odt(with_struck_old(p, d), d), cost=2),
    # … Markdown's 「~~17~~ 15」 (GFM), or a converter's raw 「<del>17</del>15」 kept in the table (extractor/load.py
    # `_md_struck`)
    Family(
        "md-struck-old-figures",
        "markdown",
        lambda p, m, d: render_md.converter(
            struck_typed(with_struck_old(p, d), ("~~{0}~~ {1}", "~~{0}~~{1}", "<del>{0}</del>{1}", "<s>{0}</s> {1}"))
        ).encode("utf-8"),
        blank="—",
    ),
    # the 年报 fill-in system's exports: an indicator code 「T3-05」 before each row's name, a word, not a value
    # (stream.py `_indicator_codes`)
    Family(
        "txt-csv-indicator-codes",
        "txt",
        _utf8(lambda p: render_text.csv(with_indicator_codes(p))),
        blank_rows=False,
    ),
    Family("xlsx-indicator-codes", "xlsx", lambda p, m, d: render_office.xlsx(with_indicator_codes(p), d), cost=2),
    # table 四's result columns printed in another order in each block (「总计」 first): columns by the names in
    # its header rows (header_rows.t4_column_keys), refused when they do not make one reading
    # table 三's first header row in another order: 总计 first, or the 法人 block first or last (extractor/t3_order.py
    # `printed_order`: the block stands where its heading does; eval/wild17 h22-huili)
    Family("html-t3-total-first", "html", lambda p, m, d: render_html.plain(t3_total_first(p, m, d)).encode("utf-8")),
    Family("docx-t3-total-first", "docx", lambda p, m, d: render_doc.docx(t3_total_first(p, m, d)), cost=4),
    Family("pdf-t3-total-first", "pdf", lambda p, m, d: render_doc.pdf(t3_total_first(p, m, d), True), cost=8),
    Family(
        "md-t3-total-first", "markdown", lambda p, m, d: render_md.converter(t3_total_first(p, m, d)).encode("utf-8")
    ),
    Family("docx-t4-cols-reordered", "docx", lambda p, m, d: render_doc.docx(t4_reordered(p, m, d)), cost=4),
    Family("html-t4-cols-reordered", "html", lambda p, m, d: render_html.plain(t4_reordered(p, m, d)).encode("utf-8")),
    Family("xlsx-t4-cols-reordered", "xlsx", lambda p, m, d: render_office.xlsx(t4_reordered(p, m, d), d), cost=2),
    Family(
        "md-t4-cols-reordered", "markdown", lambda p, m, d: render_md.converter(t4_reordered(p, m, d)).encode("utf-8")
    ),
    Family("txt-t4-cols-reordered", "txt", lambda p, m, d: render_text.pipe(t4_reordered(p, m, d)).encode("utf-8")),
    # table 三 with last year's 「上年总计」 column after 总计 (wild13): the column is cut out by its header
    Family("html-t3-prior-total", "html", lambda p, m, d: render_html.plain(with_t3_prior(p, d)).encode("utf-8")),
    Family("xlsx-t3-prior-total", "xlsx", lambda p, m, d: render_office.xlsx(with_t3_prior(p, d), d), cost=2),
    # tables that print last year beside this year (eval/wild37; extractor/prior_year.py): 上年总计 and 同比增长 columns,
    # last year's table 三 first under a caption naming its year, table 四's rows labelled by year with a 增减 row,
    # table 四's columns split 本年 | 上年, a 上年同期 row under each of table 三's rows — only this year's are cells
    Family(
        "html-t3-prior-total-growth",
        "html",
        lambda p, m, d: render_html.plain(t3_prior_and_growth(p, d)).encode("utf-8"),
    ),
    Family("docx-t3-last-year-first", "docx", lambda p, m, d: render_doc.docx(t3_last_year_first(p, m, d)), cost=4),
    Family(
        "html-t3-last-year-first",
        "html",
        lambda p, m, d: render_html.plain(t3_last_year_first(p, m, d)).encode("utf-8"),
    ),
    Family("html-t4-year-rows", "html", lambda p, m, d: render_html.plain(t4_year_rows(p, m, d)).encode("utf-8")),
    Family("pdf-t4-year-rows", "pdf", lambda p, m, d: render_doc.pdf(t4_year_rows(p, m, d), True), cost=8),
    Family(
        "html-t4-split-this-last", "html", lambda p, m, d: render_html.plain(t4_split_this_last(p, d)).encode("utf-8")
    ),
    Family(
        "txt-t3-same-period-rows", "txt", lambda p, m, d: render_text.pipe(t3_same_period_rows(p, d)).encode("utf-8")
    ),
    # table 三's result labels renumbered (「1.予以公开」 … 「7.总计」, sub-items 「（1）」; wild13): tablespec._g
    Family("txt-t3-renumbered", "txt", lambda p, m, d: render_text.pipe(t3_renumbered(p)).encode("utf-8")),
    Family("pdf-t3-renumbered", "pdf", lambda p, m, d: render_doc.pdf(t3_renumbered(p), True), cost=8),
    # table 三's 法人或其他组织 block printed in another order (extractor/t3_order.py): columns by name
    Family(
        "html-t3-legal-reordered",
        "html",
        lambda p, m, d: render_html.plain(t3_legal_reordered(p, m, d)).encode("utf-8"),
    ),
    # … in a converter's pipe table: the merged row labels' other slots printed as empty cells before the
    # figures (tables._by_printed_order trims them as a row read by position does)
    Family(
        "md-t3-legal-reordered",
        "markdown",
        lambda p, m, d: render_md.converter(t3_legal_reordered(p, m, d)).encode("utf-8"),
    ),
    Family("pdf-t3-legal-reordered", "pdf", lambda p, m, d: render_doc.pdf(t3_legal_reordered(p, m, d), True), cost=8),
    # table 三 with columns the template does not have — 占比, 同比增减, 备注 — after 总计 or after 自然人
    # (eval/wild28 h22-simao; tables._drop_added_columns)
    Family("html-t3-added-columns", "html", lambda p, m, d: render_html.plain(t3_added_columns(p, d)).encode("utf-8")),
    Family(
        "md-t3-added-columns", "markdown", lambda p, m, d: render_md.converter(t3_added_columns(p, d)).encode("utf-8")
    ),
    Family("pdf-t3-added-columns", "pdf", lambda p, m, d: render_doc.pdf(t3_added_columns(p, d), True), cost=8),
    # (unruled, a blank cell printed as a dash: blanks printed as nothing beside an added column are not read — a
    # row's figures placed by x under seven header columns; not fixed)
    Family(
        "pdf-unruled-t3-added-columns",
        "pdf",
        lambda p, m, d: render_doc.pdf(t3_added_columns(p, d), False),
        cost=8,
        blank="—",
    ),
    Family("docx-t3-added-columns", "docx", lambda p, m, d: render_doc.docx(t3_added_columns(p, d)), cost=4),
    # table 三's columns in the reverse order under one header row, no 「申请人情况」 (eval/wild30 p21-barkol;
    # tables._header_above: the header above the first row is read for the columns' order)
    Family("html-t3-reversed", "html", lambda p, m, d: render_html.plain(t3_reversed(p, m)).encode("utf-8")),
    Family("md-t3-reversed", "markdown", lambda p, m, d: render_md.converter(t3_reversed(p, m)).encode("utf-8")),
    Family("txt-pipe-t3-reversed", "txt", lambda p, m, d: render_text.pipe(t3_reversed(p, m)).encode("utf-8")),
    Family("docx-t3-reversed", "docx", lambda p, m, d: render_doc.docx(t3_reversed(p, m)), cost=4),
    Family("pdf-t3-reversed", "pdf", lambda p, m, d: render_doc.pdf(t3_reversed(p, m), True), cost=8),
    # (unruled, a blank cell printed as a dash: blanks printed as nothing under a wrapped reversed header leave rows
    # unread — missing cells with a doubt, never wrong ones; not fixed)
    Family(
        "pdf-unruled-t3-reversed", "pdf", lambda p, m, d: render_doc.pdf(t3_reversed(p, m), False), cost=8, blank="—"
    ),
    # table 三 cut by its columns, the second table with no row labels: its rows the first's by position
    # (eval/wild30 h22-fukang; colsplit._joined_to_labels — the grid carriers, which mark table rows)
    Family("html-t3-vsplit-nolabels", "html", lambda p, m, d: render_html.plain(t3_vsplit_nolabels(p, m, d)).encode()),
    Family(
        "md-t3-vsplit-nolabels", "markdown", lambda p, m, d: render_md.converter(t3_vsplit_nolabels(p, m, d)).encode()
    ),
    Family("docx-t3-vsplit-nolabels", "docx", lambda p, m, d: render_doc.docx(t3_vsplit_nolabels(p, m, d)), cost=4),
    # cells as publishers type them (eval/wild29): a count 「24.0」「1.」「0、」 (tables.py `_typed_count`, stream.py
    # `_TRAILING_MARK`), GF2019's 本年增/减 「增加4」「减少1」「↑2」「－4」 (stream.py `WORDED_CHANGE`)
    Family("html-typed-counts", "html", lambda p, m, d: render_html.plain(with_typed_counts(p, m, d)).encode("utf-8")),
    Family("md-typed-counts", "markdown", lambda p, m, d: render_md.converter(with_typed_counts(p, m, d)).encode()),
    Family("txt-pipe-typed-counts", "txt", lambda p, m, d: render_text.pipe(with_typed_counts(p, m, d)).encode()),
    Family("pdf-typed-counts", "pdf", lambda p, m, d: render_doc.pdf(with_typed_counts(p, m, d), True), cost=8),
    Family(
        "pdf-unruled-typed-counts",
        "pdf",
        lambda p, m, d: render_doc.pdf(with_typed_counts(p, m, d), False),
        cost=8,
        blank="—",
    ),
    Family("docx-typed-counts", "docx", lambda p, m, d: render_doc.docx(with_typed_counts(p, m, d)), cost=4),
    # … and wild29's other spellings (a unit, a thousands separator, full-width digits, a note mark) in the carriers
    # wild29 did not print them in
    Family(
        "md-typed-spellings",
        "markdown",
        lambda p, m, d: render_md.converter(with_values(p, typed_spellings(d))).encode(),
    ),
    Family(
        "pdf-typed-spellings", "pdf", lambda p, m, d: render_doc.pdf(with_values(p, typed_spellings(d)), True), cost=8
    ),
    Family(
        "pdf-unruled-typed-spellings",
        "pdf",
        lambda p, m, d: render_doc.pdf(with_values(p, typed_spellings(d)), False),
        cost=8,
        blank="—",
    ),
    Family("docx-typed-spellings", "docx", lambda p, m, d: render_doc.docx(with_values(p, typed_spellings(d))), cost=4),
    Family(
        "html-typed-spellings", "html", lambda p, m, d: render_html.plain(with_values(p, typed_spellings(d))).encode()
    ),
    # an empty spacer column in table 三 (after 自然人 or before 总计), 申请人情况 merged over it; in the DOCX the
    # 法人 block reordered too (eval/wild16; extractor/tables.py `_drop_spacer_column`)
    Family("pdf-t3-spacer-column", "pdf", lambda p, m, d: render_doc.pdf(t3_spacer_column(p, d), True), cost=8),
    Family(
        "docx-t3-spacer-column",
        "docx",
        lambda p, m, d: render_doc.docx(t3_spacer_column(t3_legal_reordered(p, m, d), d)),
        cost=4,
    ),
    # … unruled, blanks printed as nothing, its names wrapped in their narrow columns (「社会公」 over 「益组织」,
    # 「其他」 on a line between): columns by where the names stand (t3_order.placed_order)
    Family(
        "pdf-unruled-t3-legal-reordered",
        "pdf",
        lambda p, m, d: render_doc.pdf(t3_legal_reordered(p, m, d), False),
        cost=8,
        placeholders=("t3_orgs", ""),
    ),
    # table 二 unruled with its columns reordered beside a 「备注」 column, headers wrapped (「本年处理决定」 over
    # 「数量」): cells by the header word they stand under (tables._t2_placed); and printed turned, ruled or
    # not (ocr_layout `_table_rows` / `_turned_blocks`)
    Family(
        "pdf-unruled-t2-reordered",
        "pdf",
        lambda p, m, d: render_doc.pdf(with_t2(p, t2_grid_reordered(m, d)), False),
        blank="—",
        cost=8,
    ),
    Family("pdf-t2-turned", "pdf", lambda p, m, d: render_doc.pdf(t2_turned(p, m, d), True), cost=8),
    Family(
        "pdf-unruled-t2-turned", "pdf", lambda p, m, d: render_doc.pdf(t2_turned(p, m, d), False), blank="—", cost=8
    ),
    # counts under Excel's Chinese-numeral formats [DBNum1]/[DBNum2] (extractor/numfmt.py `_LOCAL_GENERAL`)
    Family("xlsx-dbnum-display", "xlsx", lambda p, m, d: render_office.xlsx(p, d, "dbnum"), cost=2),
    # a document-preview service's SVG pages: every run of text a <text x y> (extractor/positioned_svg.py)
    Family(
        "html-svg-pages",
        "html",
        lambda p, m, d: render_svg.svg_pages(p, d).encode("utf-8"),
        blank_rows=False,
        placeholders=("t3_orgs", ""),
        cost=4,
    ),
    # where else the agency is printed, how else it is named (extractor/meta.py, agency.py)
    Family("docx-agency-page-header", "docx", lambda p, m, d: agency_where.docx_with_header(m, d), cost=4),
    Family("odt-agency-page-header", "odt", lambda p, m, d: agency_where.odt_with_header(m, d), cost=2),
    Family(
        "xlsx-agency-filled-by",
        "xlsx",
        lambda p, m, d: render_office.xlsx(agency_where.filled_by(m, d), d),
        cost=2,
        agency=agency_where.draw_short_named_agency,
    ),
    # a county bureau's full name only in a 「来源：」 line, its signature 「县市场监管局」 completed by the text's place:
    # read as printed, without the city it never prints (extractor/meta.py `_as_printed`)
    Family(
        "txt-short-signature-source",
        "txt",
        lambda p, m, d: render_text.tsv(agency_where.short_signature(m)).encode("utf-8"),
        agency=agency_where.draw_county_bureau_agency,
    ),
    # a 年报 fill-in system's data export: the body and the year only in its form row's cells (「填报单位,<body>,,
    # 报告年度,2024」), tables only (extractor/meta.py `_META`, `_FORM_YEAR`; checks.py `check_structure`)
    Family(
        "txt-csv-fill-export",
        "txt",
        lambda p, m, d: render_text.csv(agency_where.fill_export(m)).encode("utf-8"),
        blank_rows=False,
    ),
    Family(
        "txt-tsv-fill-export",
        "txt",
        lambda p, m, d: render_text.tsv(agency_where.fill_export(m)).encode("utf-8"),
        blank_rows=False,
    ),
    Family("xlsx-fill-export", "xlsx", lambda p, m, d: render_office.xlsx(agency_where.fill_export(m), d), cost=2),
    Family(
        "html-zone-town-agency",
        "html",
        lambda p, m, d: render_html.plain(p).encode("utf-8"),
        agency=agency_where.draw_zone_town_agency,
    ),
    # a 街道 named as its district government's agency, a town the township table lacks (extractor/agency.py
    # `_tokens`, `_unlisted_town`)
    Family(
        "html-district-town-agency",
        "html",
        lambda p, m, d: render_html.plain(p).encode("utf-8"),
        agency=agency_where.draw_district_town_agency,
    ),
    # the agency printed in 繁體 in a simplified report: read through the traditional→simplified map
    # for matching only (extractor/agency.py `identify`)
    Family(
        "html-traditional-agency",
        "html",
        lambda p, m, d: render_html.plain(p).encode("utf-8"),
        agency=agency_where.draw_traditional_named_agency,
    ),
    # the title names the body short — a district without its city (「城关区人民政府」: 兰州's and 拉萨's), a township
    # by a name dozens of counties share (「城关镇人民政府」) — the signature or the introduction in full: read as the
    # fullest statement of the same body; a second name in brackets (挂牌, 「…卫生健康委员会（…中医药管理局）」): read
    # as the first name (extractor/meta.py `_fullest`, `_first_name`)
    Family(
        "html-short-title-shared-district",
        "html",
        lambda p, m, d: render_html.plain(agency_where.named_twice(m, d)).encode("utf-8"),
        agency=agency_where.draw_shared_district_agency,
    ),
    Family(
        "txt-short-title-shared-town",
        "txt",
        lambda p, m, d: render_text.tsv(agency_where.named_twice(m, d)).encode("utf-8"),
        agency=agency_where.draw_shared_town_agency,
    ),
    Family(
        "pdf-short-title-shared-town",
        "pdf",
        lambda p, m, d: render_doc.pdf(agency_where.named_twice(m, d), True),
        agency=agency_where.draw_shared_town_agency,
        cost=8,
    ),
    Family(
        "docx-second-name-brackets",
        "docx",
        lambda p, m, d: render_doc.docx(agency_where.named_twice(m, d, bracketed=True)),
        agency=agency_where.draw_second_name_agency,
        cost=4,
    ),
    Family(
        "html-second-name-brackets",
        "html",
        lambda p, m, d: render_html.plain(agency_where.named_twice(m, d, bracketed=True)).encode("utf-8"),
        agency=agency_where.draw_second_name_agency,
    ),
    # the report inside a bigger document (wild34): an OA letter or 转发通知 whose sender is another body (the
    # report's own title and signature decide); a 图解/解读 page whose headline names the body short (the full title
    # or signature wins; extractor/meta.py `_CARRIER_LINE`, `_own_title`, `_government_named`)
    Family(
        "txt-forwarding-letter", "txt", lambda p, m, d: render_text.tsv(agency_where.forwarded(m, d)).encode("utf-8")
    ),
    Family("docx-forwarding-letter", "docx", lambda p, m, d: render_doc.docx(agency_where.forwarded(m, d)), cost=4),
    Family(
        "html-tujie-headline",
        "html",
        lambda p, m, d: render_html.plain(agency_where.headlined(m, d)).encode("utf-8"),
        agency=agency_where.draw_headlined_agency,
    ),
    Family(
        "pdf-tujie-headline",
        "pdf",
        lambda p, m, d: render_doc.pdf(agency_where.headlined(m, d), True),
        agency=agency_where.draw_headlined_agency,
        cost=8,
    ),
    # counts under 会计专用 (a stored 0 shows 「-」): the stored number is the cell (numfmt.py `figure`)
    Family("xlsx-zero-dash", "xlsx", lambda p, m, d: render_office.xlsx(p, d, "zero-dash"), cost=2),
    Family("xls-zero-dash", "xls", lambda p, m, d: render_office.xls(p, d, "zero-dash"), cost=2),
    Family("ods-zero-dash", "ods", lambda p, m, d: render_data.ods(p, d, "zero-dash"), cost=2),
    # counts of tables 三/四 typed in Chinese numerals 「七十九」「〇」 (extractor/stream.py `_chinese_numeral_cells`)
    Family(
        "html-chinese-numeral-cells",
        "html",
        lambda p, m, d: render_html.plain(with_values(p, chinese_numerals(d), ("t3", "t4"))).encode("utf-8"),
    ),
    # open data in long form, one CSV line a cell 「表,项目,栏目,数值」 (extractor/long_csv.py)
    Family("csv-long-form", "txt", lambda p, m, d: render_cards.long_form(p, m, d).encode("utf-8"), omits=True),
    # tables linearised one cell a line, each naming its whole path (extractor/pathcells.py, eval/wild33): a data
    # export's key paths, a screen-reader version's 「第N行，第M列，label，name，数值：v」 paragraphs
    Family("txt-key-paths", "txt", lambda p, m, d: render_cards.paths(p, m, d).encode("utf-8"), omits=True),
    Family(
        "html-a11y-cell-paths", "html", lambda p, m, d: render_cards.paths(p, m, d, True).encode("utf-8"), omits=True
    ),
    Family("txt-unicode-marks", "txt", lambda p, m, d: render_text.tsv(with_raised_marks(p, d, True)).encode()),
    # a converter's page-break comment or image link on a line between a table's rows (load.py
    # `_MD_DEBRIS_LINE`)
    # table 二 printed turned on a sheet that also holds the wider tables 三 and 四: each table as wide as
    # its own cells (load_xlsx.py `_sheet_blocks`), not the sheet
    Family("xlsx-t2-turned", "xlsx", lambda p, m, d: render_office.xlsx(t2_turned(p, m, d), d), cost=2),
    Family("md-page-debris", "markdown", lambda p, m, d: render_md.page_debris(render_md.converter(p), d).encode()),
    *_reduced_families(),
    *_out_of_place_families(),
)
BY_NAME = {f.name: f for f in FAMILIES}
EXT = {
    "txt": "txt",
    "html": "html",
    "markdown": "md",
    "pdf": "pdf",
    "docx": "docx",
    "rtf": "rtf",
    "xlsx": "xlsx",
    "xls": "xls",
    "doc": "doc",
    "ofd": "ofd",
    "odt": "odt",
    "ods": "ods",
    "json": "json",
    "eml": "eml",
    "warc": "warc",
    "webarchive": "webarchive",
    "jsonl": "jsonl",
    "gz": "html.gz",
    "tar": "tar.gz",
    "zip": "zip",
    "xml": "xml",
}


@dataclass
class Generated:
    family: str
    name: str  # a file name for the report
    data: bytes
    model: Model
    expected: Expected


def _glued_rows(m: Model) -> list[tuple[list[str], list[int], bool]]:
    """(cell keys, groups, sums) of each run of values a glued dump prints together."""
    out = [([f"t2.{r.key}.{c}" for c in r.cols], [len(r.cols)], False) for r in ts.t2_spec(m.template).rows]
    out += [([f"t3.{r.key}.{c}" for c in ts.T3_COLS], [7], True) for r in ts.t3_spec(m.single_r6).rows]
    out.append(([f"t4.{g}.{c}" for g in ts.T4_GROUPS for c in ts.T4_COLS], [5, 5, 5], True))
    return out


def _glued_expected(m: Model, e: Expected, vanishing: bool = False) -> Expected:
    """A row whose run of digits splits more than one way under its own 总计 = sum may read as null,
    as the corpus gold has it ('glued: split not unique'); the parser may also settle it with the
    column identities, so such a cell is open: null or the printed value, never another number,
    and null only with a doubt finding naming it (compare.py).

    `vanishing`: a blank cell glued into its row leaves no trace (「3」「」「0」 prints 「30」), so a
    row's text also reads with a blank in any cell — the row 3 | 0 | blank | 3 reads as well as
    3 | blank | 0 | 3. Which cell held the blank is then not in the text at all, and no parser may
    pretend it is: the cells of such a row are open. What a user needs is every cell either exact
    or null with a doubt naming it, never a wrong value; a row that reads one way only, blanks
    counted, must still come back exact."""
    opened = set(e.open)
    for keys, groups, sums in _glued_rows(m):
        printed = [m.printed[k] for k in keys]
        if render_text.readings(printed, groups, sums, blanks=vanishing) != 1:
            opened.update(keys)
        elif vanishing and keys[0].startswith("t4.") and not "".join(printed):
            opened.update(keys)  # table 四 wholly blank: no row label, no trace — a table not printed
    return replace(e, open=opened)


def generate(
    d: Draw, family: str, template: str | None = None, placeholders: tuple[str, str] | None = None
) -> Generated:
    """`placeholders` overrides the family's own (style, mark): a test reaches a case that random
    draws reach only rarely (a table printed all blank)."""
    fam = BY_NAME[family]
    m, e = prepared(d, fam, template, placeholders)
    data = fam.render(parts(m), m, d)
    return Generated(family, file_name(m, fam), data, m, e)


def file_name(m: Model, fam: Family) -> str:
    return f"{m.agency.printed or m.agency.full}{m.year}年报告.{EXT[fam.format]}"


def prepared(
    d: Draw,
    fam: Family,
    template: str | None = None,
    placeholders: tuple[str, str] | None = None,
    agency: Callable[[Draw], Agency] | None = None,
) -> tuple[Model, Expected]:
    """The model as `fam` prints it (its blank and zero marks, rows it cannot leave blank, cells its
    cards leave out) and what must be read back: the part of `generate` before rendering, shared with
    the composed draws (combos.py). `agency` draws the issuing body instead of the family's own."""
    m = draw_model(d, template, placeholders or fam.placeholders)
    agency = agency or fam.agency
    if agency is not None:
        m.agency = agency(d)
    if fam.blank != "":  # the family cannot show a blank cell: the publisher printed a mark instead
        m.printed = {k: (fam.blank if p == "" else p) for k, p in m.printed.items()}
    if fam.zero:  # zeros typed as a word: the value is still 0 (expected reads m.values)
        m.printed = {k: (fam.zero if p == "0" else p) for k, p in m.printed.items()}
    if not fam.blank_rows:  # a row left wholly blank is its own family (…-blank-rows)
        rows: dict[str, list[str]] = {}
        for k in m.printed:
            rows.setdefault(k.rsplit(".", 1)[0], []).append(k)
        for keys in rows.values():
            if all(m.printed[k] == "" for k in keys):
                m.printed[keys[-1]] = "0"
    if fam.omits and d.int(0, 2) == 2:  # some cards leave a cell out (the plainest draw: none does)
        m.omitted = {k for k in m.printed if k[:3] in ("t3.", "t4.") and d.int(0, 30) == 30}
    if fam.words:
        m.omitted = m.omitted | {k for k, p in m.printed.items() if k[:3] == "t4." and not p.isdigit()}
    if fam.unprinted is not None:  # columns or rows its tables leave out or merge: printed nowhere on their own
        m.omitted = m.omitted | fam.unprinted(m)
    e = expected(m)
    if fam.glued:
        e = _glued_expected(m, e, fam.vanishing)
    return m, e
