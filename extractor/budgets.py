"""What one input may cost us, in one place.

A 158-byte HTML page with `rowspan=100000 colspan=100000`, a 1 MB Word file holding a 1 GB text node,
a 1 MB PDF with a 1 GB Flate stream: the byte cap on uploads says nothing about what a file costs
once expanded. Every loader therefore measures the expansion *before* it pays for it — the zip
directory before inflating, the PDF's streams by inflating them into a counter, the table grid from
the span attributes, the tags of an HTML page before parsing — and refuses an input over a budget
with a clear Chinese message (`ExtractError`, code `over_budget`: HTTP 413, CLI exit 2).

The budgets are generous for any real report (the largest in the corpus is ~60,000 characters, a
few thousand cells, 30 pages) and small enough that an input inside all of them fits the worker's
memory limit (api/sandbox.py), which stays the backstop for whatever a budget does not foresee.
Each is overridable by an environment variable `XXGK_MAX_<NAME>` (e.g. `XXGK_MAX_CHARS=5000000`).
"""

from __future__ import annotations

import functools
import io
import os
import re
import struct
import zlib
from dataclasses import dataclass, fields

from .schema import ExtractError

MB = 1024 * 1024


@dataclass(frozen=True)
class Budgets:
    chars: int = 2_000_000  # characters of a document's text, as decoded or rendered
    tokens: int = 500_000  # cells and lines of a document
    digits: int = 1_000  # the longest run of digits (a number with more is no report's)
    html_nodes: int = 200_000  # elements of an HTML page, counted from its tags before parsing
    grid_cells: int = 500_000  # table slots after row/column span expansion, all tables together
    merge_cost: int = 2_000_000  # python-docx's walk over vertically merged Word cells (see docx_table_cost)
    zip_members: int = 2_000  # entries of a .docx package
    zip_member_bytes: int = 32 * MB  # one entry, inflated (as its directory declares)
    zip_total_bytes: int = 128 * MB  # all entries, inflated
    pdf_pages: int = 500
    pdf_stream_bytes: int = 256 * MB  # a PDF's non-image streams, decoded, together
    pdf_content_bytes: int = 16 * MB  # one stream a page draws from (not a font), decoded
    inflated_bytes: int = 32 * MB  # a gzip stream (a .warc.gz, an HTTP body's content encoding), inflated
    carrier_parts: int = 1_000  # payloads of a container (a mail's parts, a web archive's records, a feed's items)
    carrier_depth: int = 4  # containers within containers (a mail attaching a web archive …)


def env_name(field: str) -> str:
    return "XXGK_MAX_" + field.upper()


_DEFAULTS = Budgets()
# The environment's own keys (bytes on POSIX), for the common case of no override: `os.environ.get`
# of a name that is not set raises and catches a KeyError inside, ~2 µs a name, 12 names, every
# document. `_data` is os.environ's private store (since Python 3.2); without it, the plain path.
_ENCODE = getattr(os.environ, "encodekey", None)
_ENV_KEYS = tuple(_ENCODE(env_name(f.name)) for f in fields(Budgets)) if _ENCODE else ()


def current() -> Budgets:
    """The budgets in force: defaults, overridden by the environment (read on every call, so a
    test or a worker sees what its environment says)."""
    data = getattr(os.environ, "_data", None)
    if _ENV_KEYS and isinstance(data, dict) and not any(k in data for k in _ENV_KEYS):
        return _DEFAULTS  # (frozen: safe to share)
    values = {}
    for f in fields(Budgets):
        raw = os.environ.get(env_name(f.name))
        if raw is None or raw.strip() == "":
            continue
        try:
            values[f.name] = int(raw)
        except ValueError:
            values[f.name] = -1
        if values[f.name] <= 0:
            raise ExtractError(f"环境变量 {env_name(f.name)} 的值无效：{raw!r}（应为正整数）", "bad_setting")
    return Budgets(**values)


def over(what: str, got: int, limit: int, unit: str) -> ExtractError:
    return ExtractError(f"输入超出处理上限：{what}{got:,}{unit}（上限 {limit:,}{unit}）", "over_budget")


# ---------------------------------------------------------------------------------------- text
@functools.lru_cache(maxsize=4)
def _long_number(digits: int) -> re.Pattern:
    # thousands separators inside the run count as part of it: int() would read 「1,000,…」 whole
    return re.compile(r"(?:\d[,，]?){%d}" % (digits + 1))  # noqa: UP031 (a regex quantifier: braces)


def check_text(text: str, b: Budgets | None = None) -> None:
    """A decoded or rendered text: its length, its lines, and no number longer than any report
    prints (Python refuses to convert one of more than 4,300 digits; we stop far below)."""
    b = b or current()
    if len(text) > b.chars:
        raise over("文字", len(text), b.chars, " 字")
    lines = text.count("\n")
    if lines > b.tokens:
        raise over("文本行数", lines, b.tokens, " 行")
    bars = text.count("|")  # a Markdown or '|'-line table makes a cell of each
    if bars > b.tokens:
        raise over("表格分隔符「|」", bars, b.tokens, " 个")
    if _has_long_number(text, b.digits):
        raise ExtractError(f"输入含有超过 {b.digits:,} 位的数字，不像报告内容", "over_budget")


_NUMBER_SEPARATORS = frozenset(",，")


def _has_long_number(text: str, digits: int) -> bool:
    r"""`_long_number(digits)` found in `text`, without running it over the whole text (a regex
    scan of every character was ~150 µs a report, twice: raw text and document). A match is a
    run of ≥ digits + 1 consecutive digit/separator characters, so it covers an index that is a
    multiple of `digits` (any `digits` consecutive integers hold one): only the runs through those
    indices are looked at, and the regex only on a run long enough to hold a match. `\d` is
    Unicode category Nd, as `str.isdecimal`."""
    n = len(text)
    for k in range(0, n, digits):
        if not (text[k].isdecimal() or text[k] in _NUMBER_SEPARATORS):
            continue
        a = k
        while a > 0 and (text[a - 1].isdecimal() or text[a - 1] in _NUMBER_SEPARATORS):
            a -= 1
        z = k + 1
        while z < n and (text[z].isdecimal() or text[z] in _NUMBER_SEPARATORS):
            z += 1
        if z - a > digits and _long_number(digits).search(text, a, z):
            return True
    return False


def check_document(doc) -> None:
    """What every loader hands on (`Document`): text as above, and its number of cells/lines."""
    b = current()
    check_text(doc.text, b)
    if len(doc.tokens) > b.tokens:
        raise over("单元格和文本行", len(doc.tokens), b.tokens, " 个")


# ---------------------------------------------------------------------------------------- HTML
_TAG = re.compile(r"<[A-Za-z]")


def check_html(source: str, before: int = 0) -> int:
    """Elements of a page, counted from its start tags before lxml builds a tree of them; `before`:
    elements already charged for the same page (HTML inlined from its scripts one by one). Returns
    the elements counted, `before` included (an upper bound while under the budget)."""
    b = current()
    n = before + source.count("<")
    if n <= b.html_nodes:
        return n  # (every start tag begins with 「<」: no need to count them)
    n = before + len(_TAG.findall(source))
    if n > b.html_nodes:
        raise over("HTML 元素", n, b.html_nodes, " 个")
    return n


# ---------------------------------------------------------------------------------------- tables
def grid_size(rows) -> tuple[int, int]:
    """(height, width) of the dense grid a table's cells expand to, from their (rowspan, colspan)
    alone, without building it. A cell covers its own row and `rowspan - 1` below; a row is as wide
    as the slots covering it (cells are placed at the first free slot, so no row has a gap before
    its last cell)."""
    height = 0
    width = 0
    ends: dict[int, int] = {}  # row where coverage stops → colspan to take off there
    covering = 0
    for r, cells in enumerate(rows):
        covering -= ends.pop(r, 0)
        for rowspan, colspan in cells:
            rs, cs = max(rowspan, 1), max(colspan, 1)
            covering += cs
            ends[r + rs] = ends.get(r + rs, 0) + cs
            height = max(height, r + rs)
        width = max(width, covering)
    return height, width


class GridMeter:
    """Table slots spent so far in one document (`grid_cells` is a budget for all its tables)."""

    def __init__(self) -> None:
        self.used = 0
        self.limit = current().grid_cells

    def charge(self, height: int, width: int, what: str = "表格") -> None:
        self.used += height * width
        if self.used > self.limit:
            raise ExtractError(
                f"输入超出处理上限：{what}展开合并单元格后共 {self.used:,} 格（上限 {self.limit:,} 格）", "over_budget"
            )

    def table(self, rows, what: str = "表格") -> None:
        """Charge one table given as rows of (rowspan, colspan)."""
        self.charge(*grid_size(rows), what=what)


# ---------------------------------------------------------------------------------------- zip / docx
def check_zip(data: bytes) -> None:
    """A zip package (.docx), judged from its central directory before anything is inflated: the
    number of entries (read from the end record, before Python builds an object per entry), each
    entry's declared size and their sum. Python's zipfile never inflates an entry past its declared
    size (it stops and fails the CRC), so the directory is a bound, not a hint."""
    import zipfile

    b = current()
    n = _zip_entries(data)
    if n is not None and n > b.zip_members:
        raise over("压缩包条目", n, b.zip_members, " 个")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, struct.error):
        return  # not a readable zip: the loader says so in its own words
    if len(infos) > b.zip_members:
        raise over("压缩包条目", len(infos), b.zip_members, " 个")
    total = 0
    for info in infos:
        if info.file_size > b.zip_member_bytes:
            raise over(
                f"压缩包内文件 {info.filename[:60]} 解压后", info.file_size // MB, b.zip_member_bytes // MB, " MB"
            )
        total += info.file_size
    if total > b.zip_total_bytes:
        raise over("压缩包解压后", total // MB, b.zip_total_bytes // MB, " MB")


class ZipReads:
    """Bytes of a package's parts inflated so far, against `zip_total_bytes`. `check_zip` sums the
    directory, i.e. each part once; a loader that reads a part once per reference (OFD pages, workbook
    sheets: 490 pages may name one 24 MB part — a 60 KB file parsed for minutes) charges each read here."""

    def __init__(self, z) -> None:
        self.z = z  # a zipfile.ZipFile
        self.used = 0
        self.limit = current().zip_total_bytes

    def charge(self, name: str, what: str) -> None:
        self.used += self.z.getinfo(name).file_size
        if self.used > self.limit:
            raise over(f"{what}解压后", self.used // MB, self.limit // MB, " MB")


def _zip_entries(data: bytes) -> int | None:
    """Total entries from the end-of-central-directory record (zip64 aware), or None."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if at < 0 or at + 22 > len(data):
        return None
    n = struct.unpack_from("<H", data, at + 10)[0]
    loc = at - 20
    if n == 0xFFFF and loc >= 0 and data[loc : loc + 4] == b"PK\x06\x07":
        off = struct.unpack_from("<Q", data, loc + 8)[0]
        if off + 56 <= len(data) and data[off : off + 4] == b"PK\x06\x06":
            return struct.unpack_from("<Q", data, off + 32)[0]
    return n


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_table_cost(tbl) -> tuple[int, int, int]:
    """(rows, width, merge cost) of a Word table element (`w:tbl`), from its XML.
    python-docx reads a vertically merged cell by walking up to the cell where the merge starts,
    one row at a time, and each step looks for the row above among all the rows before it: a cell
    d rows into a merge at row r costs about d × r. One column merged down over 300 rows took 7 s
    (600 rows: 36 s), so the sum is budgeted; the deepest real merge (表三's label column, ~25 rows)
    costs ~20,000."""
    width = len(tbl.findall(f"{_W}tblGrid/{_W}gridCol"))
    depth: dict[int, int] = {}
    cost = 0
    rows = 0
    for r, tr in enumerate(tbl.iterchildren(f"{_W}tr")):
        rows += 1
        col = _attr_int(tr.find(f"{_W}trPr/{_W}gridBefore"))
        for tc in tr.iterchildren(f"{_W}tc"):
            span = max(_attr_int(tc.find(f"{_W}tcPr/{_W}gridSpan")), 1)
            vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if vmerge is not None and vmerge.get(f"{_W}val", "continue") == "continue":
                depth[col] = depth.get(col, 0) + 1
                cost += depth[col] * (r + 1)
            else:
                depth[col] = 0
            col += span
        col += _attr_int(tr.find(f"{_W}trPr/{_W}gridAfter"))
        width = max(width, col)
    return rows, width, cost


def _attr_int(el) -> int:
    if el is None:
        return 0
    try:
        return max(0, int(el.get(f"{_W}val", "0")))
    except ValueError:
        return 0


def check_docx_table(tbl, meter: GridMeter) -> None:
    rows, width, cost = docx_table_cost(tbl)
    meter.charge(rows, width, "Word 表格")
    limit = current().merge_cost
    if cost > limit:
        raise ExtractError(
            f"输入超出处理上限：Word 表格纵向合并的单元格过多（处理代价 {cost:,}，上限 {limit:,}）", "over_budget"
        )


# ---------------------------------------------------------------------------------------- PDF
@dataclass
class PdfScan:
    pages: int
    decoded: int  # bytes the non-image streams inflate to
    encrypted: bool


_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"\d+\s+\d+\s+obj\b")
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_FILTERS = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FONT_PROGRAM = re.compile(rb"/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)")
_CHUNK = 1 << 16


def pdf_pages(data: bytes) -> int:
    """Page objects a PDF declares (found in the raw bytes: nothing is parsed)."""
    return len(_PAGE.findall(data))


def scan_pdf(data: bytes) -> PdfScan:
    """The structure of a PDF from its bytes, engine-agnostic: pages (page objects, including those
    packed in object streams), whether it is encrypted, and what its streams decode to — every
    Flate stream that is not an image is inflated into a counter (chained Flate filters too)
    and the file is refused once the total passes the budget, before a PDF library decodes and
    keeps them. One stream a page draws (anything but a font program) may not decode past
    `pdf_content_bytes` either: pdfminer parses it operator by operator, and 250 MB of blanks
    kept a worker busy past its deadline. Streams of other filters (rare: LZW, run-length) are left
    to the worker's limits."""
    b = current()
    encrypted = b"/Encrypt" in data
    decrypt = _stream_decryptor(data) if encrypted else None
    pages = pdf_pages(data)
    decoded = 0
    pos = 0
    while True:
        m = _STREAM.search(data, pos)
        if not m:
            break
        start = m.end()
        head_from = max(0, m.start() - 4096)
        head = data[head_from : m.start()]
        objs = list(_OBJ.finditer(head))
        if objs:
            head = head[objs[-1].end() :]
        if not head.rstrip().endswith(b">>"):  # the word 'stream' inside something else
            pos = start
            continue
        length = _LENGTH.search(head)
        end = data.find(b"endstream", start)
        if length and start + int(length.group(1)) <= len(data):
            stop = start + int(length.group(1))
        else:
            stop = end if end >= 0 else len(data)
        pos = max(stop, start)
        if b"/Image" in head or b"/EmbeddedFile" in head:
            continue  # images and attachments are not decoded to read text
        font = b"/Length1" in head or b"/Length2" in head or _FONT_PROGRAM.search(head) is not None
        filters = _FILTERS.search(head)
        names = re.findall(rb"/([A-Za-z0-9]+)", filters.group(1)) if filters else []
        flate = 0
        for name in names:
            if name not in (b"FlateDecode", b"Fl"):
                break
            flate += 1
        if not flate:
            n = stop - start
        else:
            keep = b"/ObjStm" in head  # object streams: look for page objects inside
            room = b.pdf_stream_bytes - decoded if font else min(b.pdf_stream_bytes - decoded, b.pdf_content_bytes)
            num = re.match(rb"(\d+)\s+(\d+)", objs[-1].group()) if objs and decrypt is not None else None
            if num is not None and decrypt is not None and b"/XRef" not in head:  # (left6) decrypted, then measured
                plain = decrypt(int(num.group(1)), int(num.group(2)), data[start:stop])
                n, inner = _inflate(plain, 0, len(plain), flate, room, keep)
            else:
                n, inner = _inflate(data, start, stop, flate, room, keep)
            if inner:
                pages += len(_PAGE.findall(inner))
        if not font and n > b.pdf_content_bytes:  # what a page draws is parsed operator by operator
            raise over("PDF 单个内容流解压后", n // MB, b.pdf_content_bytes // MB, " MB")
        decoded += n
        if decoded > b.pdf_stream_bytes:
            raise over("PDF 数据流解压后", decoded // MB, b.pdf_stream_bytes // MB, " MB")
    if pages > b.pdf_pages:
        raise over("PDF 页数", pages, b.pdf_pages, " 页")
    return PdfScan(pages, decoded, encrypted)


def _stream_decryptor(data: bytes):
    """(left6) An encrypted PDF that opens without a password (an owner password only) has its streams measured
    decrypted (extractor/pdf_crypt.py): encrypted, they inflated to nothing here and a content bomb passed the scan.
    None when they cannot be decrypted here (a user password: the loader refuses the file)."""
    from . import pdf_crypt

    try:
        return pdf_crypt.stream_decryptor(data)
    except (pdf_crypt.Unopenable, ValueError):
        return None


def _inflate(data: bytes, start: int, stop: int, layers: int, room: int, keep: bool) -> tuple[int, bytes]:
    """Bytes `layers` chained Flate filters make of data[start:stop], counted in bounded pieces
    and given up once past `room` (+1, to say so); the output itself is kept only if asked
    (object streams, bounded by 16 MB)."""
    chain = [zlib.decompressobj() for _ in range(layers)]
    count = 0
    kept: list[bytes] = []
    kept_n = 0

    def feed(level: int, piece: bytes) -> bool:
        """Push a piece through chain[level:]; False once over the room or broken."""
        nonlocal count, kept_n
        d = chain[level]
        while piece:
            try:
                out = d.decompress(piece, _CHUNK)
            except zlib.error:
                return False
            piece = d.unconsumed_tail
            if level + 1 < len(chain):
                if out and not feed(level + 1, out):
                    return False
            else:
                count += len(out)
                if keep and kept_n < 16 * MB:
                    kept.append(out)
                    kept_n += len(out)
                if count > room:
                    return False
            if d.eof:
                return True
        return True

    for at in range(start, stop, _CHUNK):
        if not feed(0, data[at : min(at + _CHUNK, stop)]):
            break
    return count, b"".join(kept)
