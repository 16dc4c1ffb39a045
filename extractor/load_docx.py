"""Word (.docx) files via python-docx: paragraphs and tables in body order, each table row a row of
cells. A merged cell is returned by python-docx once per grid slot it covers; within a row only the
first slot becomes a token, so a value printed once is read once."""

from __future__ import annotations

import io

from .budgets import GridMeter, check_docx_table
from .document import Document, TextBuilder, spacer_slots, struck_warning
from .docx_parts import alt_chunk, append_document, embedded_sheets, holds_object, lift_text_boxes
from .normalize import FOOTNOTE_MARK
from .schema import ExtractError
from .strict_ooxml import as_transitional, rewrite_parts
from .turned import may_turn, turn_paged


def broken_why(exc: BaseException) -> str:
    """What a reader is told about a Word package that does not open or parse, in words, not a Python
    exception's name (「KeyError」 tells a user nothing)."""
    import zipfile

    from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

    if isinstance(exc, zipfile.BadZipFile | EOFError):
        return "压缩包不完整或已损坏"
    if isinstance(exc, KeyError):
        return "文件包中缺少 Word 正文部件或其引用"
    if isinstance(exc, etree.LxmlError):
        return "文档的 XML 内容不合法"
    return "文档结构无法解析"


# The main part's content type of a .docm (macro-enabled), a .dotx and a .dotm (templates): the same
# WordprocessingML as a .docx's, which python-docx refuses to open by the type's name alone
_DOCUMENT_TYPES = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def as_document(data: bytes) -> bytes:
    """A .docm/.dotx/.dotm package with its main part typed as a document's (only `[Content_Types].xml`
    rewritten; the macros are never run nor read); any other package unchanged. (Its size was checked
    before: budgets.check_zip.)"""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            types = z.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, RuntimeError):
        return data  # (python-docx says what is broken)
    if not any(t in types for t in _DOCUMENT_TYPES):
        return data

    def typed(name: str, blob: bytes) -> bytes:
        if name != "[Content_Types].xml":
            return blob
        for t in _DOCUMENT_TYPES:
            blob = blob.replace(t, _DOCUMENT_MAIN)
        return blob

    return rewrite_parts(data, typed)


def load_docx(data: bytes) -> Document:
    from docx import Document as Docx

    try:
        # (a 「Strict Open XML」 package read as transitional; a macro-enabled document or a template as a document)
        doc = Docx(io.BytesIO(as_document(as_transitional(data))))
    except Exception as exc:  # a broken package raises from zipfile, lxml or python-docx itself
        raise ExtractError(f"Word 文档无法打开（文件损坏：{broken_why(exc)}）", "bad_docx") from exc
    struck = drop_struck_runs(doc.element.body, _struck_styles(doc))
    as_shown(doc.element.body)
    lift_text_boxes(doc.element.body)
    out = _render(doc, None)
    marks: list = []
    if _pictures_hold_tables(doc, out.text()):
        marks = []
        out = _render(doc, marks)
    warnings = [struck_warning(struck)] if struck else []
    return Document(out.text(), out.tokens, "docx", None, ocr=marks, header_hint=_headers(doc), warnings=warnings)


_OFF = ("0", "false", "off")


def _struck_styles(doc) -> frozenset[str]:
    """The ids of the character styles that strike their runs through (`w:strike`/`w:dstrike` on)."""
    try:
        root = doc.styles.element
    except (KeyError, ValueError, AttributeError):  # (a package without a styles part)
        return frozenset()
    out = set()
    for style in root.iter(_W + "style"):
        rpr = style.find(_W + "rPr")
        if style.get(_W + "type") == "character" and rpr is not None and _strikes(rpr) and style.get(_W + "styleId"):
            out.add(style.get(_W + "styleId"))
    return frozenset(out)


def _strikes(rpr) -> bool | None:
    """Whether run properties strike through: True, False (switched off) or None (not said)."""
    said = None
    for tag in (_W + "strike", _W + "dstrike"):
        el = rpr.find(tag)
        if el is not None:
            on = el.get(_W + "val", "true").lower() not in _OFF
            said = on or bool(said)
    return said


def drop_struck_runs(body, styles: frozenset[str] = frozenset()) -> list[str]:
    """Runs printed struck through (`w:strike`/`w:dstrike` in the run's own properties, or its character
    style's) are not read, and their texts are returned for the reader's warning: a corrected report
    prints the old figure struck beside the new one (「17」 struck, then 「15」), and python-docx's text
    joins both (1715). `w:val="0"/"false"` switches striking off (over a struck style too). A struck
    paragraph mark (`w:pPr/w:rPr`) strikes no text and is left alone. Runs of deleted revisions
    (`w:del`, dropped by `as_shown` anyway) are not counted."""
    runs = []
    for run in body.iter(_W + "r"):
        rpr = run.find(_W + "rPr")
        said = _strikes(rpr) if rpr is not None else None
        if said is None and rpr is not None and styles:
            rstyle = rpr.find(_W + "rStyle")
            said = rstyle is not None and rstyle.get(_W + "val") in styles
        if said and not any(a.tag in (_W + "del", _W + "moveFrom") for a in run.iterancestors()):
            runs.append(run)
    out: list[str] = []
    last = None
    for run in runs:
        text = "".join(t.text or "" for t in run.iter(_W + "t"))
        if last is not None and run.getprevious() is last and out:
            out[-1] += text  # (one struck word written in several runs)
        elif text.strip():
            out.append(text)
        last = run
    for run in runs:
        if run.getparent() is not None:
            run.getparent().remove(run)
    return [t.strip() for t in out if t.strip()]


def _headers(doc) -> str | None:
    """The text of the sections' own page headers (first-page, default and even-page ones), one line a
    paragraph: not part of the report's text (a running head repeats on every page), but a red-head
    template prints the issuing body only there."""
    lines: list[str] = []
    for section in doc.sections:
        for header in (section.first_page_header, section.header, section.even_page_header):
            if header.is_linked_to_previous:  # (no header of its own: nothing is created by reading it)
                continue
            for p in header.paragraphs:
                text = " ".join(p.text.split())
                if text and text not in lines:
                    lines.append(text)
    return "\n".join(lines) or None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# a wrapper's own properties, not content
_WRAPPER_PROPS = (_W + "sdtPr", _W + "sdtEndPr", _W + "smartTagPr", _W + "customXmlPr")


def as_shown(body) -> None:
    """The document as Word shows it once its revisions are accepted, in place: content controls
    (`w:sdt`, around a cell, a row, a paragraph or a run) give way to their content — python-docx's
    `row.cells` and `Paragraph.text` skip what they wrap, so a fill-in template's value cells were
    not read at all —; inserted text (`w:ins`, `w:moveTo`) is text of the published document,
    deleted text (`w:del`, `w:moveFrom`) and deleted rows are not. Smart tags (`w:smartTag`, Word
    2003's 「chmetcnv」 around 「12件」, nested or not) and custom XML (`w:customXml`, around a run, a
    paragraph, a cell or a row) are wrappers too: python-docx skips what they hold, so a table whose
    numbers all sat in smart tags read as printed blank. Nothing is read twice: a wrapper is
    replaced by its own children (its properties element dropped)."""
    _drop_hidden_runs(body)
    _drop_raised_marks(body)
    tags = (_W + "sdt", _W + "ins", _W + "del", _W + "moveTo", _W + "moveFrom", _W + "smartTag", _W + "customXml")
    found = list(body.iter(*tags))
    if not found:
        return
    for el in reversed(found):  # document order reversed: an inner wrapper before its outer one
        parent = el.getparent()
        if parent is None:
            continue
        tag = el.tag
        if parent.tag == _W + "trPr":  # a row marked inserted or deleted
            if tag == _W + "del":
                row = parent.getparent()
                if row is not None and row.getparent() is not None:
                    row.getparent().remove(row)
            else:
                parent.remove(el)
            continue
        if tag in (_W + "del", _W + "moveFrom"):
            parent.remove(el)
            continue
        content = el.find(_W + "sdtContent") if tag == _W + "sdt" else el
        at = parent.index(el)
        parent.remove(el)
        for child in list(content) if content is not None else ():
            if child.tag in _WRAPPER_PROPS:
                continue
            parent.insert(at, child)
            at += 1


def _drop_hidden_runs(body) -> None:
    """Runs formatted hidden (`w:vanish` in the run's own properties) are not shown or printed: a reviewer
    hides an old figure beside the new one in a value cell, and python-docx's text joins both (「1」 hidden
    before 「0」 read 10). `w:vanish w:val="0"/"false"` switches hiding off and is shown. A hidden paragraph
    mark (`w:pPr/w:rPr/w:vanish`) hides no text and is left alone."""
    off = ("0", "false", "off")
    for vanish in list(body.iter(_W + "vanish")):
        rpr = vanish.getparent()
        if rpr is None or rpr.tag != _W + "rPr":
            continue
        run = rpr.getparent()
        if run is None or run.tag != _W + "r":
            continue
        if vanish.get(_W + "val", "true").lower() in off:
            continue
        if run.getparent() is not None:
            run.getparent().remove(run)


def _drop_raised_marks(body) -> None:
    """A footnote mark typed as a superscript run right after a figure in a table cell (「84」 then
    `w:vertAlign w:val="superscript"` 「2」) is not a digit of the figure: python-docx's text joins the
    runs and 84 read 842, and the report's sums then broke as if the report were wrong. The run goes
    when it holds nothing but a mark and the text before it in its paragraph ends with a digit; a
    raised word in a label (「m²」 aside) is left alone."""
    for va in list(body.iter(_W + "vertAlign")):
        rpr = va.getparent()
        if rpr is None or rpr.tag != _W + "rPr" or va.get(_W + "val") != "superscript":
            continue
        run = rpr.getparent()
        if run is None or run.tag != _W + "r":
            continue
        para = next(run.iterancestors(_W + "p"), None)
        if para is None or next(para.iterancestors(_W + "tc"), None) is None:
            continue
        text = "".join(t.text or "" for t in run.iter(_W + "t")).strip()
        if not FOOTNOTE_MARK.fullmatch(text):
            continue
        before = []
        for r in para.iter(_W + "r"):
            if r is run:
                break
            before.extend(t.text or "" for t in r.iter(_W + "t"))
        if "".join(before).rstrip()[-1:].isdigit():
            run.getparent().remove(run)


def _pictures(child, doc) -> list[bytes]:
    """The pictures drawn in a paragraph (DrawingML blips), as the bytes of their image parts."""
    out = []
    for rid in child.xpath(".//a:blip/@r:embed"):
        part = doc.part.related_parts.get(rid)
        if part is not None and hasattr(part, "blob"):
            out.append(part.blob)
    return out


def _pictures_hold_tables(doc, text: str) -> bool:
    if not any(rel.reltype.endswith("/image") for rel in doc.part.rels.values()):
        return False
    from .ocr import available
    from .ocr_load import tables_missing

    return tables_missing(text) and available()


def _render(doc, marks: list | None) -> TextBuilder:
    """Body paragraphs and tables in order; with `marks`, pictures are read by OCR where they stand."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    out = TextBuilder()
    n_images = 0
    grid = GridMeter()
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.line(Paragraph(child, doc).text.strip())
            if holds_object(child):
                for sheet in embedded_sheets(child, doc, grid):  # a table pasted from Excel as an object
                    append_document(out, sheet)
            if marks is not None:
                from .ocr_load import ocr_image_into

                for blob in _pictures(child, doc):
                    n_images += 1
                    ocr_image_into(out, blob, n_images, marks)
        elif tag == "tbl":
            _table(out, Table(child, doc), grid)
        elif tag == "altChunk":  # the report as an imported HTML part (extractor/docx_parts.py)
            sub = alt_chunk(child, doc, grid)
            if sub is not None:
                append_document(out, sub)
    return out


def _table(out: TextBuilder, table, grid: GridMeter) -> None:
    """A table's rows, each a row of cells — except a row with a cell that holds a table (Word's
    one-cell frame around the real table, a layout grid): its cells are rendered as blocks, so an
    inner table contributes its own rows (recursively) and the frame's own paragraphs become lines
    of narrative. (python-docx's `cell.text` holds only a cell's paragraphs: a nested table's
    numbers would be lost.) Inner tables charge the same grid budget."""
    check_docx_table(table._tbl, grid)  # before python-docx lays out its grid
    rows = [[cell._tc for cell in row.cells] for row in table.rows]
    spacers = spacer_slots([[_tc_text(tc) for tc in tcs] for tcs in rows])
    slots: list[list[int | None]] = []  # per row and grid slot: the token of the cell that starts it
    token_of: dict[object, int] = {}  # a cell (its w:tc; a vertical merge repeats the top one) → token
    flat = True  # every row a row of cells (no cell holding a table)
    for row, tcs in zip(table.rows, rows):
        seen: list[object] = []
        cells = []
        for slot, (cell, tc) in enumerate(zip(row.cells, tcs)):
            if seen and tc is seen[-1]:
                continue  # the same merged cell again (gridSpan)
            if slot in spacers and _spacer_cell(tcs, slot, spacers):
                continue
            seen.append(tc)
            cells.append(cell)
        if any(cell._tc.tbl_lst for cell in cells):
            flat = False
            for cell in cells:
                _cell_blocks(out, cell, grid)
        else:
            at = len(out.tokens)
            out.row([" ".join(cell.text.split()) for cell in cells])
            for i, tc in enumerate(seen):
                token_of.setdefault(tc, at + i)
            slots.append([token_of[tc] for slot, tc in enumerate(tcs) if slot not in spacers])
    if flat and slots and may_turn(max(map(len, slots)), len(slots)):  # maybe a table printed turned
        turn_paged(out, slots)


def _tc_text(tc) -> str:
    """A cell's text as python-docx reads it (its paragraphs), or a mark when it holds a table."""
    if tc.tbl_lst:
        return "table"
    return "".join(t.text or "" for t in tc.iter(_W + "t")).strip()


def _spacer_cell(tcs: list, slot: int, spacers: frozenset[int]) -> bool:
    """Whether the cell starting at `slot` covers spacer slots only (a cell merged into a slot with text
    is kept)."""
    tc = tcs[slot]
    return all(i in spacers for i, other in enumerate(tcs) if other is tc)


def _cell_blocks(out: TextBuilder, cell, grid: GridMeter) -> None:
    """A cell's paragraphs and tables in order, as the body's are."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in cell._tc.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.line(Paragraph(child, cell).text.strip())
        elif tag == "tbl":
            _table(out, Table(child, cell), grid)
