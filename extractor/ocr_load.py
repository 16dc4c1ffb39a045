"""Sources that need OCR: image files (PNG, JPEG, TIFF with several pages …) and PDF pages without
a usable text layer (scans, or text whose glyphs map to the wrong characters). PDF pages are
rendered by PDFium (pypdfium2) at about 170 dpi, the detector's working size for an A4 page."""

from __future__ import annotations

import io
import os
import re
import warnings
from collections.abc import Iterator

from .document import Document, OcrMark, TextBuilder
from .normalize import compact
from .ocr import MAX_SIDE, OCR_MISSING, Page, read_page
from .ocr_layout import build_document, emit, page_items
from .schema import ExtractError

MAX_IMAGE_PIXELS = 60_000_000  # a decompression bomb is refused, not decoded
DEFAULT_MAX_OCR_PAGES = 80  # a report is a few pages; a scan of hundreds is not one, and costs minutes


def max_ocr_pages() -> int:
    try:
        return max(1, int(os.environ.get("XXGK_OCR_MAX_PAGES", DEFAULT_MAX_OCR_PAGES)))
    except ValueError:
        return DEFAULT_MAX_OCR_PAGES


def _page_budget(n: int) -> None:
    if n > max_ocr_pages():
        raise ExtractError(
            f"扫描件页数过多（{n} 页，OCR 上限 {max_ocr_pages()} 页，可用 XXGK_OCR_MAX_PAGES 调整）", "too_large"
        )


IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")


def is_image(data: bytes) -> bool:
    return data.startswith(IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _require() -> None:
    from .ocr import engine

    engine()  # raises the one-line message when the OCR group is not installed


def image_frames(data: bytes) -> Iterator:
    """Every frame of an image file (a scanned TIFF holds one page a frame), as PIL images decoded one
    at a time as the caller reads them: 80 frames of 49 MP held together were 3.8 GB (a 5.7 MB TIFF)."""
    try:
        from PIL import Image, ImageSequence
    except ImportError:
        raise ExtractError(OCR_MISSING, "ocr_unavailable") from None
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_IMAGE_PIXELS and twice that (a 10,000 × 10,000 PNG of
            # 120 KB decoded to 1 GB): the limit is ours, so the warning is a refusal too
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            _page_budget(getattr(img, "n_frames", 1))
            for f in ImageSequence.Iterator(img):
                if f.size[0] * f.size[1] > MAX_IMAGE_PIXELS:  # (each frame, from its header: before decoding)
                    raise Image.DecompressionBombError(f.size)
                # (a colour picture kept in colour: a red seal's ink is told from the black under it, ocr.to_gray)
                yield f.convert("RGB") if f.mode in ("RGB", "RGBA", "P", "PA", "CMYK", "YCbCr") else f.convert("L")
    except ExtractError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ExtractError(f"图片像素过多（上限 {MAX_IMAGE_PIXELS:,} 像素），拒绝读取", "too_large") from None
    except Exception as exc:  # PIL raises many types on a broken file
        raise ExtractError(f"图片无法读取（文件损坏或格式不支持）：{type(exc).__name__}", "bad_image") from exc


def load_image(data: bytes) -> Document:
    _require()
    doc = build_document([read_page(f) for f in image_frames(data)], "image")
    if not doc.text.strip():
        raise ExtractError("图片中没有识别出文字（OCR）", "no_text_layer")
    return doc


def _name_order(name: str) -> list:
    """A file name's sort key with its digit runs as numbers (「第2页.jpg」 before 「第10页.jpg」)."""
    return [(0, int(p), "") if p.isdigit() else (1, 0, p.lower()) for p in re.split(r"(\d+)", name) if p]


def load_pictures(pictures: list[tuple[str, bytes]]) -> Document:
    """(w25fixa) An archive holding only pictures — phone photos or scans of the pages, 「IMG_….jpg」 — is a
    report of pictures: its pages in the order their names give, each picture's frames in turn."""
    _require()
    ordered = sorted(pictures, key=lambda p: _name_order(p[0]))
    _page_budget(len(ordered))
    pages = [read_page(f) for _, data in ordered for f in image_frames(data)]
    doc = build_document(pages, "image")
    if not doc.text.strip():
        raise ExtractError("图片中没有识别出文字（OCR）", "no_text_layer")
    return doc


def render_pdf_page(page, dpi: float = 200.0):
    """A PDFium page as a PIL image, at `dpi` but no larger than the detector's input: in colour, so that a red
    seal's ink is told from the black under it (`ocr.to_gray`)."""
    w, h = page.get_size()
    scale = min(dpi / 72.0, MAX_SIDE / max(w, h, 1.0))
    return page.render(scale=scale).to_pil()


def ocr_pdf_pages(data: bytes, numbers: list[int] | None = None) -> dict[int, Page]:
    """OCR the given 1-based pages of a PDF (all when None)."""
    from .pdfium_fonts import pdfium as served

    pdfium = served()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        from .pdf_layer import pdf_unopened

        raise pdf_unopened(exc) from exc
    try:
        if not len(pdf):
            raise ExtractError("PDF 没有可读的页面", "no_text_layer")
        _page_budget(len(numbers) if numbers else len(pdf))
        _require()  # the recogniser is loaded only for pages there are
        wanted = numbers or list(range(1, len(pdf) + 1))
        out: dict[int, Page] = {}
        for n in wanted:
            try:
                page = pdf[n - 1]
            except pdfium.PdfiumError:  # a damaged page: the others are still read
                continue
            out[n] = read_page(render_pdf_page(page))
        return out
    finally:
        pdf.close()


def load_pdf_ocr(data: bytes) -> Document:
    pages = ocr_pdf_pages(data)
    return build_document([pages[n] for n in sorted(pages)], "pdf-ocr")


# The body of each table: a document whose text lacks one of them may carry that table as a picture.
_TABLE_BODIES = (
    re.compile(r"第二十条第\(一\)项|本年制发件数|本年新制作数量"),
    re.compile(r"本年新收"),
    re.compile(r"未经复议直接起诉|复议后起诉"),
)
MIN_IMAGE_SIDE = 200  # icons, logos and stamps are smaller (both sides)
# table 四 pasted as a picture is a wide strip (two header rows and one of figures: 1000×180); a rule or
# a divider is thinner than this
MIN_STRIP_SIDE = 100


def tables_missing(text: str) -> bool:
    """True when a standard table's body is not in the text (a report that printed it as an image)."""
    c = compact(text).text
    return not all(p.search(c) for p in _TABLE_BODIES)


def ocr_image_into(out: TextBuilder, data: bytes, image_no: int, marks: list[OcrMark]) -> None:
    """An embedded picture (HTML <img>, a DOCX drawing) read in place: its lines and table rows go
    into the text where the picture stands; marks carry the image number as their page. A picture
    that cannot be decoded or is too small to hold a table is skipped; past the OCR page budget the
    document is refused (each picture costs seconds: a page of a thousand would run for an hour)."""
    _page_budget(image_no)
    frames = image_frames(data)
    while True:
        try:
            frame = next(frames)
        except (StopIteration, ExtractError):  # (a frame that does not decode: the rest are skipped)
            return
        if max(frame.size) < MIN_IMAGE_SIDE or min(frame.size) < MIN_STRIP_SIDE:
            continue
        page = read_page(frame)
        out.newline()
        for item in page_items(page):
            emit(out, item, image_no, page, marks)


MIN_PICTURE_SHARE = 0.08  # of the page's area: a picture this large may be a table, not a logo or seal


def _pictures_on_page(page) -> list[tuple[float, float, float, float]]:
    """Large pictures on a PDF page, as (left, top, right, bottom) fractions of the page."""
    import pypdfium2.raw as raw

    w, h = page.get_size()
    out = []
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        left, right = max(0.0, left), min(w, right)
        bottom, top = max(0.0, bottom), min(h, top)
        if (right - left) * (top - bottom) >= MIN_PICTURE_SHARE * w * h:
            out.append((left / w, 1 - top / h, right / w, 1 - bottom / h))
    return out


def with_pdf_pictures(data: bytes, doc: Document) -> Document:
    """A PDF whose text layer lacks a table body but whose pages carry large pictures (the tables
    published as images): each picture is OCR'd and its lines and rows follow the text of its page.
    Returns `doc` unchanged when there is nothing to read or no OCR group."""
    from .ocr import available

    if not available() or not tables_missing(doc.text):
        return doc
    from .pdfium_fonts import pdfium as served

    pdfium = served()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return doc
    try:
        pictures = {}
        for n in range(1, len(pdf) + 1):
            try:
                found = _pictures_on_page(pdf[n - 1])
            except pdfium.PdfiumError:
                continue
            if found:
                pictures[n] = found
        if not pictures:
            return doc
        _page_budget(len(pictures))
        out = TextBuilder()
        marks: list[OcrMark] = []
        spans: list[tuple[int, int, int]] = []
        for start, end, no in doc.pages:
            page_start = out.length
            _copy_tokens(doc, start, end, out)
            if no in pictures:
                image = render_pdf_page(pdf[no - 1])
                for x0, y0, x1, y1 in pictures[no]:
                    box = (int(x0 * image.width), int(y0 * image.height), int(x1 * image.width), int(y1 * image.height))
                    first = len(marks)
                    page = read_page(image.crop(box))
                    out.newline()
                    for item in page_items(page):
                        emit(out, item, no, page, marks)
                    for m in marks[first:]:  # crop fractions → page fractions
                        a, b, c, d = m.box
                        m.box = (
                            round(x0 + a * (x1 - x0), 4),
                            round(y0 + b * (y1 - y0), 4),
                            round(x0 + c * (x1 - x0), 4),
                            round(y0 + d * (y1 - y0), 4),
                        )
            spans.append((page_start, out.length, no))
    finally:
        pdf.close()
    return Document(out.text(), out.tokens, doc.format, doc.encoding, spans, doc.title_hint, ocr=marks)


def _copy_tokens(doc: Document, start: int, end: int, out: TextBuilder) -> None:
    """The tokens of doc.text[start:end] into `out` again: lines as lines, table rows as rows."""
    row: list[str] = []
    for tok in doc.tokens:
        if not start <= tok.start < end:
            continue
        if tok.row_start or row:
            row.append(tok.text)
            if tok.row_end:
                out.row(row)
                row = []
        else:
            out.line(tok.text)
    if row:
        out.row(row)
