"""A hostile corpus, generated (nothing big is committed): inputs an attacker or a careless user
sends, each with the outcome a careful service owes them. Used by tests/test_hostile.py (CLI and
HTTP), tests/test_fuzz.py and bench/hostile_bench.py (peak memory per class).

Every builder is deterministic and fast: bombs are made from one compressed block repeated (a
deflate stream flushed with Z_FULL_FLUSH restarts byte-aligned with an empty window, so the same
block can be concatenated), never by compressing a gigabyte."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from reportgen import consistent_values, render

MB = 1024 * 1024
SENTINEL = 987654  # a value the generator prints once, swapped for a hostile number after rendering


def report_text(form: str = "pipe", seed: int = 2) -> str:
    return render(consistent_values(seed), form)


def with_cell(number: str, form: str = "pipe") -> bytes:
    """A clean report whose 表三 「本年新收 自然人」 cell prints `number`."""
    v = consistent_values(2)
    v["t3.new.np"] = SENTINEL
    text = render(v, form)
    assert text.count(str(SENTINEL)) == 1
    return text.replace(str(SENTINEL), number).encode()


def with_metric(number: str) -> bytes:
    """A clean report whose narrative claims `number` applications."""
    return (report_text() + f"\n本年度共办理依申请公开事项{number}件。\n").encode()


def deflate_repeated(byte: bytes, total: int, block: int = MB) -> bytes:
    """A raw deflate stream of `total` copies of `byte`, built from one compressed block."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = c.compress(byte * block) + c.flush(zlib.Z_FULL_FLUSH)
    return one * (total // block) + c.flush(zlib.Z_FINISH)


# ------------------------------------------------------------------------------------------ HTML
def html_span(n: int) -> bytes:
    return (
        f"<html><body><table><tr><td rowspan={n} colspan={n}>x</td></tr></table>"
        "<p>政府信息公开</p><p>年度报告</p></body></html>"
    ).encode()


def html_many_nodes(n: int = 300_000) -> bytes:
    return ("<html><body><p>政府信息公开工作年度报告</p>" + "<b></b>" * n + "</body></html>").encode()


def html_wide_colspans(rows: int = 2000) -> bytes:
    """Many rows of modest colspans: no single cell is large, the grid is."""
    row = "<tr>" + "<td colspan=1000>1</td>" + "</tr>"
    return ("<html><body><p>政府信息公开年度报告</p><table>" + row * rows + "</table></body></html>").encode()


def html_deep(depth: int = 100_000) -> bytes:
    return (
        "<html><body>" + "<div>" * depth + report_text().replace("\n", "<br>") + "</div>" * depth + "</body></html>"
    ).encode()


# ------------------------------------------------------------------------------------------ DOCX
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx package around a <w:body>."""
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{body_xml}</w:body></w:document>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", doc)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_report() -> bytes:
    return docx("".join(_p(line) for line in report_text("lines").split("\n") if line.strip()))


def docx_gridspan(rows: int = 100, span: int = 100_000) -> bytes:
    tr = f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{_p("1")}</w:tc></w:tr>'
    return docx(_p("政府信息公开工作年度报告") + "<w:tbl>" + tr * rows + "</w:tbl>")


def docx_vmerge(rows: int = 3000) -> bytes:
    """One column merged down over thousands of rows (python-docx walks it up, recursively)."""
    first = f'<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>{_p("1")}</w:tc></w:tr>'
    cont = f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{_p('')}</w:tc></w:tr>"
    return docx(_p("政府信息公开工作年度报告") + "<w:tbl>" + first + cont * rows + "</w:tbl>")


def docx_vmerge_orphan() -> bytes:
    """A vertical merge 'continued' in a table's first row: there is no cell above it."""
    tr = f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{_p('1')}</w:tc></w:tr>"
    return docx(_p("政府信息公开工作年度报告") + "<w:tbl>" + tr * 3 + "</w:tbl>")


def docx_big_text(paragraphs: int = 10_000, chars: int = 1000) -> bytes:
    """~30 MB of document part (10 M characters), inside the zip budgets: the text budget must
    hold it, and reading it must fit the worker's memory."""
    para = _p("政府信息公开" * (chars // 6))
    return docx(_p("政府信息公开工作年度报告") + para * paragraphs)


def docx_many_members(n: int = 3000) -> bytes:
    return docx(_p("政府信息公开工作年度报告"), {f"word/media/x{i}.xml": b"<a/>" for i in range(n)})


def zip_bomb_member(total: int = 1024 * MB, name: str = "word/document.xml") -> bytes:
    """A .docx whose document part inflates to `total` bytes of text (~1 MB on disk for 1 GB).
    The CRC is not computed (it would mean inflating a gigabyte here): a reader must refuse the
    part from its declared size before it gets that far."""
    head = f'<?xml version="1.0"?><w:document {_W}><w:body><w:p><w:r><w:t>'.encode()
    body = deflate_repeated(b"a", total)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_c = comp.compress(head) + comp.flush(zlib.Z_FULL_FLUSH)
    stream = head_c + body
    size = len(head) + total
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
    members = buf.getvalue()
    # append the bomb as a raw local entry and rewrite the central directory by hand
    cd_at = members.find(b"PK\x01\x02")
    eocd_at = members.rfind(b"PK\x05\x06")
    local_part, central = members[:cd_at], members[cd_at:eocd_at]
    fname = name.encode()
    offset = len(local_part)
    local = (
        struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, 0, len(stream), min(size, 0xFFFFFFFF), len(fname), 0)
        + fname
        + stream
    )
    entry = (
        struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            0,
            8,
            0,
            0,
            0,
            len(stream),
            min(size, 0xFFFFFFFF),
            len(fname),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + fname
    )
    central += entry
    cd_offset = offset + len(local)
    eocd = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 3, 3, len(central), cd_offset, 0)
    return local_part + local + central + eocd


# ------------------------------------------------------------------------------------------ PDF
def pdf(objects: list[bytes], root: int = 1, encrypt: bytes | None = None) -> bytes:
    """A PDF from numbered object bodies (object i+1 = objects[i]) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root {root} 0 R".encode() + (encrypt or b"") + b" >>"
    out += b"trailer\n" + trailer + f"\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def pdf_pages(n: int, content: bytes = b"BT /F1 12 Tf 72 720 Td (page) Tj ET", flate: bool = False) -> bytes:
    """n pages sharing one content stream and one font."""
    stream = zlib.compress(content) if flate else content
    kids = " ".join(f"{5 + i} 0 R" for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        _stream(stream, b" /Filter /FlateDecode" if flate else b""),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    objs += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    ] * n
    return pdf(objs)


def pdf_flate_bomb(total: int = 1024 * MB, layers: int = 1) -> bytes:
    """One page whose content stream inflates to `total` bytes of spaces (1 GB in ~1 MB);
    with layers=2 the stream is deflated twice (the outer layer inflates to ~1 MB)."""
    raw = deflate_repeated(b" ", total)
    z = b"\x78\xda" + raw + struct.pack(">L", 1)  # zlib wrapper; the adler32 is never reached
    filt = b" /Filter /FlateDecode"
    if layers == 2:
        z = zlib.compress(z, 9)
        filt = b" /Filter [/FlateDecode /FlateDecode]"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _stream(z, filt),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>",
    ]
    return pdf(objs)


def pdf_text_objects(n: int = 510_000) -> bytes:
    """One page of `n` one-character text objects (12 MB of content, under the 16 MB stream budget;
    ~50 KB deflated): each a box to lay out."""
    content = b"BT /F1 1 Tf " + b"".join(b"1 0 0 1 %d %d Tm (1) Tj " % (i % 600, i // 600 % 800) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        _stream(zlib.compress(content + b" ET"), b" /Filter /FlateDecode"),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf(objs)


def pdf_encrypted(user: str = "", owner: str = "owner") -> bytes:
    """A real report encrypted by reportlab (owner password only, or a user password too)."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, encrypt=pdfencrypt.StandardEncryption(user, owner, canPrint=0, canCopy=0, strength=128))
    y = 800
    c.setFont("STSong-Light", 9)
    for line in report_text("lines").split("\n")[:120]:
        c.drawString(40, y, line)
        y -= 11
        if y < 40:
            c.showPage()
            c.setFont("STSong-Light", 9)
            y = 800
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ text
def text_long(chars: int = 3_000_000) -> bytes:
    base = report_text()
    return (base * (chars // len(base) + 1)).encode()


def text_many_lines(lines: int = 600_000) -> bytes:
    return (report_text() + "1\n" * lines).encode()


def text_many_bars(bars: int = 600_000) -> bytes:
    return (report_text("markdown") + "\n|" + "|" * bars + "\n").encode()


def text_long_number(digits: int = 5000) -> bytes:
    return with_metric("9" * digits)


def encodings_of(text: str) -> dict[str, bytes]:
    """The same report as a careless re-save makes it: GBK, CRLF line ends, a UTF-8 BOM, trailing
    blanks — one report, four byte strings."""
    return {
        "utf8.txt": text.encode(),
        "gbk.txt": text.encode("gbk"),
        "crlf.txt": text.replace("\n", "\r\n").encode(),
        "bom.txt": b"\xef\xbb\xbf" + text.encode(),
        "spaces.txt": "\n".join(line + "  " for line in text.split("\n")).encode(),
    }


# ------------------------------------------------------------------------------------------ newer loaders
_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
)


def odt(body_xml: str) -> bytes:
    """A minimal OpenDocument text around an <office:text> body."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
        f"<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest/>')
    return buf.getvalue()


def odt_nested_frames(depth: int = 40) -> bytes:
    """A report, then text boxes nested `depth` deep: each box's paragraph read once, not 2^depth times."""
    report = "".join(f"<text:p>{line}</text:p>" for line in report_text("lines").split("\n") if line.strip())
    nest = "<draw:frame><draw:text-box><text:p>" * depth + "</text:p></draw:text-box></draw:frame>" * depth
    return odt(report + "<text:p>" + nest + "</text:p>")


def html_script_escaped(n: int = 210_000, scripts: int = 1) -> bytes:
    """A page whose `scripts` scripts each write `n` elements escaped in a string literal
    (「\\x3cb\\x3e」): no 「<」 of them in the page for the element count to see."""
    body = "\\x3cb\\x3e\\x3c/b\\x3e" * n
    script = f"<script>document.write('<div>{body}</div>');</script>"
    return f"<html><body><p>政府信息公开工作年度报告</p>{script * scripts}</body></html>".encode()


def html_srcdoc_escaped(n: int = 210_000) -> bytes:
    """The same, as entities in an iframe's srcdoc attribute."""
    body = "&lt;b&gt;&lt;/b&gt;" * n
    return f'<html><body><p>政府信息公开工作年度报告</p><iframe srcdoc="<div>{body}</div>"></iframe></body></html>'.encode()


def _span_table(side: int) -> str:
    return f"<table><tr><td rowspan={side} colspan={side}>x</td></tr></table>"


def json_html_tables(n: int = 2, side: int = 700) -> bytes:
    """A JSON document of HTML strings, each a table just inside the grid budget: together over it."""
    import json

    return json.dumps({"title": "政府信息公开工作年度报告", "parts": [_span_table(side)] * n}).encode()


def docx_altchunk_tables(n: int = 2, side: int = 700, rtf: bool = False) -> bytes:
    """A Word file of `n` altChunk HTML (or RTF: a `side` × 8 table) parts, each a table just inside
    the grid budget."""
    ext, mime = ("rtf", "application/rtf") if rtf else ("html", "text/html")
    ct = _CT.replace("<Override", f'<Default Extension="{ext}" ContentType="{mime}"/><Override', 1)
    rels = "".join(
        f'<Relationship Id="rIdC{i}" Target="chunk{i}.{ext}" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"/>'
        for i in range(n)
    )
    row = "\\trowd" + "".join(f"\\cellx{900 * (c + 1)}" for c in range(8)) + " " + "1\\cell " * 8 + "\\row "
    chunk = "{\\rtf1\\ansi " + row * side + "}" if rtf else f"<html><body>{_span_table(side)}</body></html>"
    parts = {
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'
        ).encode(),
        **{f"word/chunk{i}.{ext}": chunk.encode() for i in range(n)},
    }
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    body = _p("政府信息公开工作年度报告") + "".join(f'<w:altChunk {r} r:id="rIdC{i}"/>' for i in range(n))
    return _with_content_types(docx(body, parts), ct)


def _with_content_types(package: bytes, ct: str) -> bytes:
    """`package` with its [Content_Types].xml replaced."""
    src = zipfile.ZipFile(io.BytesIO(package))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, ct if info.filename == "[Content_Types].xml" else src.read(info.filename))
    return buf.getvalue()


def docx_embedded_workbook(workbook: bytes) -> bytes:
    """A Word file holding `workbook` as an embedded Excel object (a table pasted from Excel)."""
    ct = _CT.replace(
        "<Override",
        '<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/>'
        "<Override",
        1,
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdE" Target="embeddings/book.xlsx" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"/></Relationships>'
    )
    ns = 'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    obj = f'<w:p><w:r><w:object><o:OLEObject {ns} ProgID="Excel.Sheet.12" r:id="rIdE"/></w:object></w:r></w:p>'
    parts = {"word/_rels/document.xml.rels": rels.encode(), "word/embeddings/book.xlsx": workbook}
    return _with_content_types(docx(_p("政府信息公开工作年度报告") + obj, parts), ct)


def svg_page_path(segments: int = 600_000) -> bytes:
    """A report drawn as an SVG preview page (extractor/positioned_svg.py) with one `<path>` of
    `segments` segments: one element for the element budget, seconds of geometry per 100,000."""
    lines = [line for line in report_text("lines").split("\n") if line.strip()][:100]
    texts = "".join(f'<text x="10" y="{20 + 12 * i}">{line}</text>' for i, line in enumerate(lines))
    path = '<path d="M0 0' + " L1 1 L9 0" * (segments // 2) + '"/>'
    return f'<html><body><p>年度报告</p><svg width="600" height="1300">{texts}{path}</svg></body></html>'.encode()


def _package(parts: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


_XLSX_NS = (
    'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def xlsx_shared_sheet(sheets: int = 1, rows: int = 0, padding: int = 0) -> bytes:
    """A workbook whose `sheets` sheets all name one part: a title cell, `rows` empty `<row/>`
    elements and `padding` bytes of comment (parsed, never a cell)."""
    names = "".join(f'<sheet name="s{i}" sheetId="{i + 1}" r:id="rId1"/>' for i in range(sheets))
    sheet = (
        f'<?xml version="1.0"?><worksheet {_XLSX_NS}><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>政府信息公开工作年度报告</t></is></c></row>'
        + "<row/>" * rows
        + (f"<!--{'x' * padding}-->" if padding else "")
        + "</sheetData></worksheet>"
    )
    return _package(
        {
            "[Content_Types].xml": _CT,
            "xl/workbook.xml": f'<?xml version="1.0"?><workbook {_XLSX_NS}><sheets>{names}</sheets></workbook>',
            "xl/_rels/workbook.xml.rels": (
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
                'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
            ),
            "xl/worksheets/sheet1.xml": sheet,
        }
    )


def ofd_shared_page(pages: int = 100, padding: int = MB) -> bytes:
    """An OFD whose `pages` pages all name one content part of `padding` bytes of comment."""
    ofd = "http://www.ofdspec.org/2016"
    refs = "".join(f'<ofd:Page ID="{i}" BaseLoc="Pages/Page_0/Content.xml"/>' for i in range(pages))
    page = (
        f'<?xml version="1.0"?><ofd:Page xmlns:ofd="{ofd}"><!--{"x" * padding}--><ofd:Content><ofd:Layer>'
        '<ofd:TextObject Boundary="0 0 100 10" Size="3"><ofd:TextCode X="0" Y="3">年度报告</ofd:TextCode>'
        "</ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>"
    )
    return _package(
        {
            "OFD.xml": f'<?xml version="1.0"?><ofd:OFD xmlns:ofd="{ofd}"><ofd:DocBody>'
            "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
            "Doc_0/Document.xml": f'<?xml version="1.0"?><ofd:Document xmlns:ofd="{ofd}"><ofd:Pages>{refs}</ofd:Pages></ofd:Document>',
            "Doc_0/Pages/Page_0/Content.xml": page,
        }
    )


def damaged_entry(package: bytes, name: str) -> bytes:
    """`package` with the first byte of entry `name`'s deflate data set to 0xFF (a reserved block
    type): its directory intact, its data no longer inflates — as a bad download or disk leaves it."""
    info = zipfile.ZipFile(io.BytesIO(package)).getinfo(name)
    at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return package[:at] + b"\xff" + package[at + 1 :]


def png(width: int, height: int) -> bytes:
    """A blank grey picture (a 10,000 × 10,000 one is ~120 KB and decodes to 100 MB)."""
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (width, height), 255).save(buf, "PNG")
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ carriers
def warc_gz_bomb(total: int = 1024 * MB) -> bytes:
    """A .warc.gz whose one member inflates to a WARC record header and then `total` zero bytes."""
    head = b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % total
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    one = c.compress(b"\0" * MB) + c.flush(zlib.Z_FULL_FLUSH)
    body = first + one * (total // MB) + c.flush(zlib.Z_FINISH)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + b"\x00" * 8  # (CRC and size never reached)


def webarchive_nested_frames(depth: int = 200) -> bytes:
    import plistlib

    page = {"WebResourceData": report_text("html").encode(), "WebResourceMIMEType": "text/html"}
    archive: dict = {"WebMainResource": page}
    for _ in range(depth):
        archive = {"WebMainResource": {"WebResourceData": b"<p>frame</p>"}, "WebSubframeArchives": [archive]}
    return plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)


def mail_nested(depth: int = 40) -> bytes:
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    part = MIMEText(report_text(), "plain", "utf-8")
    for _ in range(depth):
        outer = MIMEMultipart("mixed")
        outer.attach(part)
        part = outer
    return part.as_bytes()


def tar_gz_bomb(total: int = 1024 * MB) -> bytes:
    """A .tar.gz whose one member declares `total` bytes of zeros (a tar header, then the zeros, deflated)."""
    import tarfile

    info = tarfile.TarInfo("www.example.gov.cn/index.html")
    info.size = total
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(info.tobuf(format=tarfile.GNU_FORMAT)) + c.flush(zlib.Z_FULL_FLUSH)
    one = c.compress(b"\0" * MB) + c.flush(zlib.Z_FULL_FLUSH)
    body = first + one * (total // MB) + c.flush(zlib.Z_FINISH)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + body + b"\x00" * 8


def zip_of_zips(copies: int = 16, mb: int = 30) -> bytes:
    """A zip of `copies` zips, each holding `mb` MB of zeros: every member within the zip budgets, all of them
    together 480 MB inflated."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("report.txt", b"\0" * (mb * MB))
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_STORED) as z:
        for k in range(copies):
            z.writestr(f"part{k}.zip", inner.getvalue())
    return outer.getvalue()


def tar_members(count: int = 3000) -> bytes:
    import tarfile

    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        for k in range(count):
            info = tarfile.TarInfo(f"site/p{k}.html")
            info.size = 1
            tf.addfile(info, io.BytesIO(b"x"))
    return out.getvalue()


def tar_escapes() -> bytes:
    """A tar whose report is only behind a link (to /etc/passwd, to a file outside) or a name climbing out of the
    archive: none is read, the archive holds no report."""
    import tarfile

    out = io.BytesIO()
    text = report_text().encode()
    with tarfile.open(fileobj=out, mode="w") as tf:
        for name, target in (("site/report.html", "/etc/passwd"), ("site/up.html", "../../outside.html")):
            info = tarfile.TarInfo(name)
            info.type, info.linkname = tarfile.SYMTYPE, target
            tf.addfile(info)
        hard = tarfile.TarInfo("site/hard.html")
        hard.type, hard.linkname = tarfile.LNKTYPE, "/etc/passwd"
        tf.addfile(hard)
        for name in ("../../report.txt", "/tmp/report.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(text)
            tf.addfile(info, io.BytesIO(text))
    return out.getvalue()


@dataclass(frozen=True)
class Case:
    name: str
    cls: str  # the class of attack (docs/hostile.md reports per class)
    build: Callable[[], bytes]
    expect: str  # 'over_budget' | 'encrypted' | 'bad_docx' | 'bad_encoding' | 'not_a_report' | 'unsupported' | 'report'
    needle: str = ""  # in the message


CASES = [
    Case("html_span_100000", "amplification:html", lambda: html_span(100_000), "over_budget", "表格"),
    Case("html_span_3000", "amplification:html", lambda: html_span(3000), "over_budget", "表格"),
    Case("html_wide_colspans", "amplification:html", html_wide_colspans, "over_budget", "表格"),
    Case("html_300k_nodes", "amplification:html", html_many_nodes, "over_budget", "HTML 元素"),
    Case("html_nesting_200", "structure:html", lambda: html_deep(200), "report"),
    # libxml2 stops building the tree 256 levels down (its own guard): text nested deeper is not read
    Case("html_nesting_100000", "structure:html", html_deep, "not_a_report", "不是政府信息公开工作年度报告"),
    Case("docx_1gb_text_node", "amplification:docx", zip_bomb_member, "over_budget", "解压后"),
    Case("docx_gridspan_100000", "amplification:docx", docx_gridspan, "over_budget", "表格"),
    Case("docx_vmerge_3000", "amplification:docx", docx_vmerge, "over_budget", "纵向合并"),
    Case("docx_vmerge_250", "amplification:docx", lambda: docx_vmerge(250), "over_budget", "纵向合并"),
    Case("docx_3000_members", "amplification:docx", docx_many_members, "over_budget", "压缩包条目"),
    Case("docx_10m_chars", "amplification:docx", docx_big_text, "over_budget", "文字"),
    Case("docx_vmerge_orphan", "structure:docx", docx_vmerge_orphan, "bad_docx", "Word"),
    Case("pdf_1gb_flate", "amplification:pdf", pdf_flate_bomb, "over_budget", "PDF 单个内容流"),
    Case("pdf_flate_twice", "amplification:pdf", lambda: pdf_flate_bomb(1024 * MB, 2), "over_budget", "PDF 单个内容流"),
    Case("pdf_250mb_content", "amplification:pdf", lambda: pdf_flate_bomb(250 * MB), "over_budget", "PDF 单个内容流"),
    Case("pdf_1500_pages", "amplification:pdf", lambda: pdf_pages(1500), "over_budget", "PDF 页数"),
    # an owner password only restricts printing and copying; every viewer opens it, and so does
    # PDFium (the default PDF loader): it is read (pdfminer could not, and it was refused then)
    Case("pdf_owner_password", "encryption:pdf", pdf_encrypted, "report"),
    Case("pdf_user_password", "encryption:pdf", lambda: pdf_encrypted("user"), "encrypted", "PDF 已加密"),
    Case("text_3m_chars", "amplification:text", text_long, "over_budget", "文字"),
    Case("text_600k_lines", "amplification:text", text_many_lines, "over_budget", "行"),
    Case("markdown_600k_bars", "amplification:text", text_many_bars, "over_budget", "「|」"),
    Case("text_5000_digit_number", "numbers", text_long_number, "over_budget", "位的数字"),
    # found by fuzzing: a UTF-8 BOM in front of GBK bytes was an uncaught UnicodeDecodeError (a 500)
    Case(
        "utf8_bom_then_gbk", "encoding", lambda: b"\xef\xbb\xbf" + report_text().encode("gbk"), "bad_encoding", "编码"
    ),
    Case(
        "utf16_bom_odd_length",
        "encoding",
        lambda: b"\xff\xfe" + "政府信息公开".encode("utf-16-le") + b"\x00",
        "bad_encoding",
        "编码",
    ),
    Case("cell_2_pow_64", "numbers", lambda: with_cell(str(2**64)), "report"),
    Case("cell_1e30", "numbers", lambda: with_cell("1" + "0" * 30), "report"),
    Case("cell_400_digits", "numbers", lambda: with_cell("7" * 400), "report"),
    Case("metric_1e30", "numbers", lambda: with_metric("1" + "0" * 30), "report"),
    Case("metric_400_digits", "numbers", lambda: with_metric("3" * 400), "report"),
    Case("negative_400_digits", "numbers", lambda: with_cell("-" + "5" * 400), "report"),
    # hostile2: the loaders added after the budgets were set
    Case("odt_frames_nested_40", "amplification:odt", odt_nested_frames, "report"),
    Case("html_script_210k_escaped_nodes", "amplification:html", html_script_escaped, "over_budget", "HTML 元素"),
    Case(
        "html_3_scripts_80k_escaped_nodes",
        "amplification:html",
        lambda: html_script_escaped(80_000, 3),
        "over_budget",
        "HTML 元素",
    ),
    Case("html_srcdoc_210k_escaped_nodes", "amplification:html", html_srcdoc_escaped, "over_budget", "HTML 元素"),
    Case("json_two_html_tables_490k", "amplification:json", json_html_tables, "over_budget", "表格"),
    Case("docx_two_altchunk_tables_490k", "amplification:docx", docx_altchunk_tables, "over_budget", "表格"),
    Case("svg_path_600k_segments", "amplification:svg", svg_page_path, "over_budget", "SVG"),
    Case("pdf_510k_text_objects", "amplification:pdf", pdf_text_objects, "over_budget", "PDF 页面对象"),
    Case("xlsx_600k_empty_rows", "amplification:xlsx", lambda: xlsx_shared_sheet(rows=600_000), "over_budget", "表格"),
    # a zip inside the zip: the outer directory says nothing of the workbook's own members
    Case(
        "docx_embedded_xlsx_1gb_member",
        "amplification:docx",
        lambda: docx_embedded_workbook(zip_bomb_member(1024 * MB, "_rels/.rels")),
        "over_budget",
        "解压后",
    ),
    # carriers (extractor/carriers.py): a gzip'd web archive inflating to 1 GB, frames within frames, a mail
    # nested in multiparts 40 deep
    Case("warc_gz_1gb", "amplification:gzip", warc_gz_bomb, "over_budget", "解压后"),
    Case("webarchive_frames_200", "structure:webarchive", webarchive_nested_frames, "over_budget", "框架"),
    Case("mail_nested_40", "structure:mail", mail_nested, "over_budget", "嵌套层数"),
    # archives (w21fix): a .tar.gz inflating to 1 GB, a zip of sixteen 30 MB zips (each within the zip budgets,
    # together 480 MB: `inflated_bytes` holds for every member read), 3,000 files in a tar, a tar whose report is only
    # behind links or names that climb out of it (never followed, never read)
    Case("tar_gz_1gb", "amplification:gzip", tar_gz_bomb, "over_budget", "解压后"),
    Case("zip_of_zips_480mb", "amplification:zip", zip_of_zips, "over_budget", "解压后"),
    Case("tar_3000_members", "structure:tar", tar_members, "over_budget", "容器"),
    Case("tar_links_and_escapes", "structure:tar", tar_escapes, "unsupported", "tar 归档中没有可读的年度报告"),
    # 200,000 header-only records (request records hold no payload): each is parsed, so each is charged (review 12:
    # uncharged and searched to the file's end for every record, 40,000 of them took 36 s)
    Case(
        "warc_200k_header_only_records",
        "structure:warc",
        lambda: b"WARC/1.0\nWARC-Type: request\nContent-Length: 0\n\n" * 200_000,
        "over_budget",
        "容器",
    ),
]


def markdown_wide(rows: int, cols: int = 10) -> bytes:
    table = "\n".join("| " + " | ".join(str(c) for c in range(cols)) + " |" for _ in range(rows))
    return (
        report_text("markdown")
        + "\n| "
        + " | ".join("h" for _ in range(cols))
        + " |\n|"
        + "---|" * cols
        + "\n"
        + table
        + "\n"
    ).encode()


def html_grid(n: int) -> bytes:
    return (
        report_text("html").replace("</body>", f"<table><tr><td rowspan={n} colspan={n}>x</td></tr></table></body>")
    ).encode()


# Inputs just inside every budget (bench/hostile_bench.py only: they take seconds, not milliseconds):
# what the worst input a budget lets through costs, so that the worker's memory limit can be set
# above it.
EDGE = [
    Case("edge_text_1.6m_chars", "edge", lambda: text_long(1_600_000), "report"),
    Case("edge_markdown_440k_cells", "edge", lambda: markdown_wide(40_000), "report"),
    Case("edge_html_490k_slots", "edge", lambda: html_grid(700), "report"),
    Case("edge_pdf_499_pages", "edge", lambda: pdf_pages(499), "not_a_report"),
    Case("edge_pdf_15mb_stream", "edge", lambda: pdf_flate_bomb(15 * MB), "not_a_report"),
]

# Pictures (bench/hostile_bench.py only: their refusal needs the OCR group, which the test corpus above
# does not assume; tests/test_hostile.py tests them where OCR is installed)
PICTURES = [
    Case("png_10k_x_10k", "amplification:image", lambda: png(10_000, 10_000), "too_large", "像素"),
]
