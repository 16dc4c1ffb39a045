"""Bytes in, one `Document` out: detect the physical form and the encoding, then hand over to the
loader for that form. Detection reads the content, not the file name."""

from __future__ import annotations

import codecs
import errno
import html
import io
import os
import re
import stat
import sys
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field as dataclass_field
from itertools import accumulate, compress, islice
from pathlib import Path

from . import budgets, long_csv
from .carriers import (
    INFLATED,
    Groups,
    Payload,
    charge_inflated,
    gzip_head,
    inflate,
    is_tar,
    is_warc,
    is_webarchive,
    known_payload,
    tar_groups,
    warc_groups,
    webarchive_groups,
    zip_groups,
)
from .charset import legacy_decode
from .colmajor import rows_from_columns, t2_rows_from_columns
from .colsplit import join_column_blocks
from .csv_rows import csv_rows
from .dashtable import dash_to_pipe, has_dash_table
from .document import Document, Token, struck_warning
from .drawntable import drawn_to_pipe, has_drawn_table
from .fixedwidth import fixed_width_rows
from .flat_opc import is_flat_opc, is_word2003, to_package, word2003_package
from .latex_table import has_latex_table, latex_to_pipe
from .load_json import feed_groups, load_json, looks_json, parse as parse_json
from .load_odt import is_flat_odf
from .load_rtf import is_rtf, load_rtf
from .mime import is_mhtml, is_mime, mime_groups
from .normalize import PAGE_FOOT, visible
from .ruleless_pipes import add_delimiter_rows, has_ruleless_pipes
from .schema import ExtractError
from .turned import is_page_number, may_turn, turn, turn_ragged

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BINARY_MAGIC = {
    b"PK\x03\x04": "ZIP 压缩包（不是 Word .docx、Excel .xlsx、OpenDocument .odt/.ods 或 OFD）：请解压后提交其中的报告文件",
    b"\xd0\xcf\x11\xe0": "Office 旧版二进制文件（请另存为 .docx、.xlsx 或 PDF 后再提交）",
    b"\x7fELF": "可执行文件",
    b"7z\xbc\xaf\x27\x1c": "7z 压缩包：请解压后提交其中的报告文件",
    b"Rar!\x1a\x07": "RAR 压缩包：请解压后提交其中的报告文件",
    b"\x1f\x8b": "gzip 压缩文件：请解压后提交",
}


_ZIP_KINDS = {
    "pptx": "PowerPoint 演示文稿（请另存为 PDF 后再提交）",
    "odp": "OpenDocument 演示文稿（.odp）：请另存为 PDF 后再提交",
    "odg": "OpenDocument 绘图（.odg）：请另存为 PDF 后再提交",
    "odf": "OpenDocument 文件（不是文字文档 .odt 或表格 .ods）：请另存为 PDF 后再提交",
    "epub": "EPUB 电子书：请提交 PDF、Word 或网页版本",
    "xlsb": "Excel 二进制工作簿（.xlsb）：请另存为 .xlsx 后再提交",
    "iwork": "Apple Pages/Numbers 文档：请导出为 PDF 或 Word 后再提交",
}


_ERRNO_ZH = {
    errno.ENOENT: "不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EROFS: "只读文件系统",
    errno.ENOSPC: "磁盘空间不足",
    errno.ENAMETOOLONG: "文件名过长",
    errno.ENOTDIR: "路径中有同名文件，不是目录",
    errno.EISDIR: "这是一个目录",
    errno.EEXIST: "已存在同名文件",
    errno.ELOOP: "符号链接循环",
    errno.EIO: "读写错误",
    errno.EDQUOT: "超出磁盘配额",
}


def os_reason(exc: OSError) -> str:
    """An operating-system error in Chinese words (the CLI and the store say it in one line)."""
    return _ERRNO_ZH.get(exc.errno or 0, exc.strerror or type(exc).__name__)


def shown(path: str, width: int = 80) -> str:
    """A path as printed in a message: a 300-character name is cut in the middle."""
    return path if len(path) <= width else path[: width // 2 - 1] + "…" + path[-(width // 2) :]


def max_bytes() -> int:
    try:
        return int(os.environ.get("XXGK_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def read_source(path: str) -> bytes:
    """Read a file, or stdin for '-', refusing what no report can be."""
    limit = max_bytes()
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        try:
            st = os.stat(path)  # one system call answers existence, kind and size
        except (FileNotFoundError, NotADirectoryError):
            raise ExtractError(f"文件不存在：{shown(path)}", "not_found") from None
        except OSError as exc:  # a name too long, a loop of links, no permission on a directory
            raise ExtractError(f"无法读取文件（{os_reason(exc)}）：{shown(path)}", "not_found") from None
        if stat.S_ISDIR(st.st_mode):
            raise ExtractError(f"这是一个目录，不是文件：{path}", "bad_input")
        if st.st_size > limit:
            raise ExtractError(
                f"文件过大（{st.st_size // 1048576} MB，上限 {limit // 1048576} MB）：{path}", "too_large"
            )
        try:
            with open(path, "rb") as f:
                data = f.read(limit + 1)
        except OSError as exc:  # no permission, a device or fifo that fails, an I/O error
            raise ExtractError(f"无法读取文件（{os_reason(exc)}）：{shown(path)}", "not_found") from None
    if len(data) > limit:
        raise ExtractError(f"输入过大（上限 {limit // 1048576} MB）", "too_large")
    return data


def decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK/GB2312) or Big5."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16"), "utf-16"
    except UnicodeDecodeError as exc:  # a BOM in front of bytes of another encoding (found by fuzzing)
        raise ExtractError("文件开头标明 UTF-8/UTF-16 编码，但内容不是该编码", "bad_encoding") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return legacy_decode(data)  # GB18030, or Big5 (extractor/charset.py)
    except UnicodeDecodeError as exc:
        raise ExtractError("无法识别文本编码（既不是 UTF-8，也不是 GBK/GB18030 或 Big5）", "bad_encoding") from exc


# Control bytes no text report holds (tab, line feed, form feed and carriage return aside).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _stray_allowance(data: bytes) -> int:
    """How many stray bytes a text may hold and still be read: a few per thousand, at most 64, and
    none in a file too short to tell a text from a binary."""
    return min(64, len(data) // 1000)


def _drop_stray_controls(data: bytes) -> tuple[bytes, int]:
    """A NUL or a few NULs and other control bytes inside an otherwise valid text (a bad copy, a
    truncated write) are dropped; many of them are a binary file, refused later by _refuse_binary."""
    if b"\x00" not in data or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data, 0  # (memchr: the common case costs nothing)
    kept = data.translate(None, _CONTROL_BYTES)
    dropped = len(data) - len(kept)
    if dropped == 0 or dropped > _stray_allowance(data):
        return data, 0
    return kept, dropped


def _decode_lenient(data: bytes) -> tuple[str, str, int]:
    """`decode`, except that a few undecodable bytes in a text of one encoding are dropped (UTF-8
    tried first: a GBK text read as UTF-8 fails on nearly every character, never on a few)."""
    try:
        text, encoding = decode(data)
        return text, encoding, 0
    except ExtractError as exc:
        if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise
        error = exc
    allowance = _stray_allowance(data)
    for encoding in ("utf-8", "gb18030"):
        bad = data.decode(encoding, errors="replace").count("\ufffd") - data.count("\ufffd".encode(encoding))
        if 0 < bad <= allowance:
            return data.decode(encoding, errors="ignore"), encoding, bad
    raise error


def _zip_kind(data: bytes) -> str | None:
    """What a zip package holds: a Word document, an Excel workbook, an OpenDocument file (its
    `mimetype` entry), an OFD document, a slide deck, an e-book."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            mimetype = z.read("mimetype")[:200].decode("ascii", "replace").strip() if "mimetype" in names else ""
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zipfile.LargeZipFile, RuntimeError):
        return None
    if mimetype.startswith("application/vnd.oasis.opendocument."):
        from .load_odt import MIMETYPES

        kind = mimetype.rsplit(".", 1)[-1].split("-")[0]
        return MIMETYPES.get(mimetype) or {"presentation": "odp", "graphics": "odg"}.get(kind, "odf")
    if mimetype == "application/epub+zip":
        return "epub"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "OFD.xml" in names or "ofd.xml" in names:
        return "ofd"
    if "ppt/presentation.xml" in names:
        return "pptx"
    if "content.xml" in names and "META-INF/manifest.xml" in names:  # OpenDocument without its mimetype
        return "odt"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "Index/Document.iwa" in names:
        return "iwork"
    return None


# An OLE compound file (Office 97–2003, WPS) names its streams in UTF-16 in its directory: the stream
# says which program wrote it. Workbooks (xlrd) and Word/WPS documents (extractor/load_doc.py) are read;
# the others are refused with what to do.
_OLE_KINDS = (
    ("EncryptedPackage", "加密的 Office 文档（设有打开密码）：请提供未加密的版本"),
    ("WordDocument", "Word 97–2003/WPS 文档（.doc/.wps）"),  # read (extractor/load_doc.py)
    ("Workbook", "Excel 97–2003 工作簿（.xls）"),  # read (extractor/load_xls.py)
    ("Book", "Excel 5.0/95 工作簿（.xls）"),
    ("PowerPoint Document", "旧版 PowerPoint 演示文稿（.ppt）：请另存为 PDF 后再提交"),
)


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole_stream(data: bytes) -> str | None:
    """The first of the known streams an OLE file's directory names (by a byte search: a refusal's
    wording and the choice of reader only; the reader itself opens the file properly)."""
    for name, _ in _OLE_KINDS:
        if (name + "\0").encode("utf-16-le") in data:  # (the directory entry: the name, then NUL)
            return name
    return None


def _load_ole(data: bytes) -> Document:
    stream = _ole_stream(data)
    if stream in ("Workbook", "Book"):
        from .load_xls import load_xls

        return load_xls(data)
    if stream == "WordDocument":
        from .load_doc import load_doc

        return load_doc(data)
    what = dict(_OLE_KINDS).get(
        stream or "", "Office 旧版二进制文件（OLE 复合文档）：请另存为 .docx、.xlsx 或 PDF 后再提交"
    )
    raise ExtractError(f"不支持的文件类型：{what}", "unsupported")


def _refuse_binary(data: bytes) -> None:
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ExtractError(f"不支持的文件类型：{what}", "unsupported")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ExtractError("这是二进制文件，不是报告文本", "binary")


_HTML_TAG = re.compile(r"<(?:html|body|p|div|table|tr|td|br|span|h[1-6])\b", re.I)
_MD_ROW = re.compile(r"^\s*\|.*\|\s*$", re.M)
_CELL_BR = re.compile(r"<br\s*/?>", re.I)
_CELL_BR_CTX = re.compile(r"(.)\s*(?:<br\s*/?>\s*)+(.)", re.I)
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}", re.M)
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_FOOTREF = re.compile(r"\[\^[^\]\s]{1,8}\](?!:)")
# A line a PDF-to-Markdown converter leaves between a table's rows where a page ends or a picture
# stood (「<!-- page break -->」「![](images/p2_table.jpg)」): no text of the report, and no row.
_MD_DEBRIS_LINE = re.compile(
    r"\s*(?:<!--.*?-->|!\[[^\]\n]*\]\([^)\n]*\)"
    # an empty element or a break alone on its line (「<div style="page-break-after: always;"></div>」「<br>」)
    r"|<(?:br|hr|wbr)\b[^<>]*>|<([a-z][\w-]*)\b[^<>]*(?:/>|>\s*</\1>))\s*",
    re.I,
)
# A number typeset as inline math (「$12$」「\\(12\\)」, as a PDF-to-Markdown converter or an LLM writes a
# table's cells): the delimiters are markup, the number is the value. Only a bare number inside.
_MD_MATH = re.compile(r"\$ ?([+-]?\d[\d,.]*) ?\$|\\\( ?([+-]?\d[\d,.]*) ?\\\)")
# A pipe-table rule without outer bars: 「---|---」, 「:--|--:|---」.
_BARE_RULE = re.compile(r"^ *:?-{3,}:? *(?:\| *:?-{3,}:? *)+$", re.M)
_LONE_RULE = re.compile(r" *:?-{3,}:? *")
# A Markdown writer's backslash escape of ASCII punctuation (mammoth, html2text, pandoc: 「396\.07」,
# 「1\. 属于国家秘密」): the character it escapes, else 「396\.07」 reads as 396. Not 「\|」: inside a
# pipe table that is a literal bar in a cell, not a cell boundary.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{}~])")
# A character reference a CMS left in a plain-text export (「&nbsp;42&nbsp;」, 「&ldquo;」, 「&#12288;」).
_CHAR_REF = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{2,6});")


def load_bytes(data: bytes, base: Path | None = None) -> Document:
    """Within the budgets (extractor/budgets.py): checked before each loader pays for an input,
    and on what it returns. `base`: the folder the file was read from, where an HTML page's
    pictures are looked up (only for a path the user named; bytes from elsewhere — stdin, an
    upload — have none)."""
    token = INFLATED.set(0)
    try:
        doc = _load_bytes(data, base)
    finally:
        INFLATED.reset(token)
    return _finished(doc)


def _finished(doc: Document) -> Document:
    if doc.format not in ("text", "text-pipe") or "\t" in doc.text:  # (lines of text: no table rows)
        doc.tokens = join_column_blocks(doc.tokens)  # a table split by its columns, read as one
    budgets.check_document(doc)
    return doc


@dataclass
class Part:
    """One report of an input: the input itself (`name` None), or one member of an archive that holds several
    reports (`name` its member name, `data` its bytes: the report's identity is their hash)."""

    name: str | None
    data: bytes
    doc: Document


@dataclass
class Parts:
    """What `load_reports` read: the reports, and the members that repeat one of them (name, the name repeated)."""

    reports: list[Part]
    duplicates: list[tuple[str, str]] = dataclass_field(default_factory=list)


class _Several(Exception):  # noqa: N818  (not an error: how an archive of several reports leaves the loop)
    def __init__(self, parts: Parts):
        super().__init__("several")
        self.parts = parts


# (left6) set by `load_reports`: an archive (zip, tar — maybe gzip'd) of several reports gives each as a `Part`
_SPLIT: ContextVar[bool] = ContextVar("split", default=False)


def load_reports(data: bytes, base: Path | None = None) -> Parts:
    """`load_bytes`, except that an archive (zip, tar, maybe gzip'd) holding several distinct reports gives each of
    them — as a folder of them would — with its member name and bytes, and names the members that repeat one (the
    same report twice). An archive of one report and other files (a 说明.txt, pictures) is one report, as ever."""
    token, split = INFLATED.set(0), _SPLIT.set(True)
    try:
        doc = _load_bytes(data, base)
    except _Several as several:
        for part in several.parts.reports:
            _finished(part.doc)
        return several.parts
    finally:
        INFLATED.reset(token)
        _SPLIT.reset(split)
    return Parts([Part(None, data, _finished(doc))])


def _load_pdf(data: bytes) -> Document:
    from .load_pdf import load_pdf
    from .template import looks_like_report

    scan = budgets.scan_pdf(data)
    try:
        doc = load_pdf(data)
    except ExtractError:
        if scan.encrypted:
            raise ExtractError("PDF 已加密，无法读取文字（需要打开密码）：请提供未加密的版本", "encrypted") from None
        raise
    if scan.encrypted and not looks_like_report(doc.text):
        raise ExtractError("PDF 已加密（设有权限密码），文字层无法可靠读取：请提供未加密的版本", "encrypted")
    return doc


def _load_bytes(data: bytes, base: Path | None = None, depth: int = 0) -> Document:
    """`depth`: how many containers (extractor/carriers.py) `data` came out of."""
    if not data.strip():
        raise ExtractError("文件为空", "empty")
    if data.startswith(b"%PDF-"):
        return _load_pdf_carrying(data, depth)
    head = _pdf_header_at(data)
    if head:  # (a PDF reader finds the header in the first 1024 bytes: 「\r\n%PDF-1.3」 of a CMS's download)
        return _load_pdf_carrying(data[head:], depth)
    if data.startswith(b"\x1f\x8b") and known_payload(gzip_head(data)):
        # gzip around anything read by its content (Heritrix's .warc.gz, a crawler's .html.gz page store, a
        # .tar.gz mirror, a gzip'd PDF); a .gz of a bare text or of bytes of no known kind is refused
        inflated = inflate(data)
        return _load_carried(
            "gzip", [[lambda: Payload(inflated, name=_gzip_name(data))]], depth, "gzip 压缩文件中没有内容"
        )
    if is_tar(data):  # a site mirror or a folder packed with tar (`wget -m` then `tar cf`)
        return _load_carried("tar", tar_groups(data), depth, "tar 归档", refuse=True)
    if is_warc(data):  # a web archive (wget --warc-file, Heritrix, webrecorder): its records' HTTP payloads
        return _load_carried(
            "warc", warc_groups(data), depth, "WARC 网页归档中没有网页或文件内容（只有请求、元数据等记录）"
        )
    if is_webarchive(data):  # Safari's 「网页归档」 (a property list)
        return _load_carried(
            "webarchive", webarchive_groups(data), depth, "Safari 网页归档（.webarchive）中没有网页内容"
        )
    if data.startswith(b"PK\x03\x04"):
        budgets.check_zip(data)
    kind = _zip_kind(data) if data.startswith(b"PK\x03\x04") else None
    if kind is not None:
        import zlib

        try:
            return _load_package(kind, data)
        except (zlib.error, NotImplementedError) as exc:  # a damaged entry; a compression method zipfile lacks
            what = {"docx": "Word 文档", "xlsx": "Excel 工作簿", "ofd": "OFD 文件"}.get(kind, "OpenDocument 文件")
            raise ExtractError(
                f"{what}已损坏（压缩包内的文件无法解压：{type(exc).__name__}）：请重新导出后再提交", "bad_package"
            ) from exc
    if kind is None and data.startswith(b"PK\x03\x04") and not _refused_zip(data):
        # an archive, not a package: a 附件 .zip holding the report file (any name encoding), a CMS article's pages
        return _load_carried("zip", zip_groups(data), depth, "ZIP 压缩包", refuse=True)
    if data.startswith(b"PK\x03\x04") and b"PK\x05\x06" not in data[-(1 << 16) - 22 :]:
        # (a zip, a .docx or .xlsx cut short: its directory, at the end, is gone)
        raise ExtractError(
            "文件不完整：ZIP 压缩包（Word .docx、Excel .xlsx 等也是）被截断，末尾的文件目录缺失，可能没有下载完整：请重新下载后再提交",
            "truncated",
        )
    if data.startswith(_OLE):  # Office 97–2003 and WPS binaries
        return _load_ole(data)
    return _load_other(data, base, depth)


def _no_report_in(what: str, names: list[str]) -> str:
    """(userprobe6) an archive of no report, in one sentence naming what it held (a zip: also that it is no Office
    package, which a .zip of a renamed .docx would be)."""
    office = "；不是 Word .docx、Excel .xlsx、OpenDocument .odt/.ods 或 OFD 文件" if what.startswith("ZIP") else ""
    if not names:
        return f"{what}中没有可读的年度报告文件（其中没有文件{office}），请解压查看后提交报告本身"
    shown_names = "、".join(n.rsplit("/", 1)[-1][:40] for n in names[:5]) + ("等" if len(names) > 5 else "")
    return (
        f"{what}中没有可读的年度报告文件（其中只有 {shown_names}，共 {len(names)} 个文件{office}），"
        "请解压查看后提交报告本身"
    )


def _pdf_header_at(data: bytes) -> int:
    """Where a PDF's header starts when blank bytes precede it (a line break, a BOM, NULs a download script
    wrote first: PDF readers look for it in the first 1024 bytes, and the xref offsets count from it); 0 when
    there is none, or when anything else precedes it (an HTML page quoting 「%PDF-」 is a page)."""
    at = data.find(b"%PDF-", 0, 1024)
    return at if at > 0 and not data[:at].strip(b"\r\n\t \x00\xef\xbb\xbf\x0c") else 0


def _refused_zip(data: bytes) -> bool:
    """A zip that is no archive of files to read: one zipfile cannot open (damaged: refused as a zip)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)):
            return False
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zipfile.LargeZipFile, RuntimeError):
        return True


def _gzip_name(data: bytes) -> str:
    """The original file name a gzip header keeps (FNAME), if any."""
    if len(data) < 10 or not data[3] & 0x08:
        return ""
    pos = 10
    if data[3] & 0x04 and len(data) >= 12:  # FEXTRA
        pos += 2 + int.from_bytes(data[10:12], "little")
    end = data.find(b"\0", pos, pos + 1024)
    return data[pos:end].decode("latin-1") if end > pos else ""


def _load_pdf_carrying(data: bytes, depth: int) -> Document:
    """A PDF, and the files it carries (Acrobat's 「附加文件」: the EmbeddedFiles name tree): a cover letter (报送函)
    with the report attached — its PDF, its Word file — is read as the attachment, and the document says its
    carrier (`pdf`). The PDF's own text stays the document when it is a report not five times shorter than the
    attached one, or nothing attached reads as one."""
    from .template import looks_like_report

    if b"/EmbeddedFile" not in data:
        return _load_pdf(data)
    try:
        own: Document | None = _load_pdf(data)
    except ExtractError as exc:
        if exc.code in ("over_budget", "too_large"):
            raise
        own, own_error = None, exc
    else:
        own_error = None
    try:
        attached = _load_carried("pdf", _pdf_attachments(data), depth, "PDF 的附件", refuse=True)
    except ExtractError as exc:
        if exc.code in ("over_budget", "too_large"):
            raise
        attached = None
    own_report = own is not None and looks_like_report(own.text)
    # a PDF that is itself a report gives way only to an attachment five times its length (its own text a cover
    # letter that names the report): never to a longer report-like file on length alone, and never unsaid
    if attached is not None and (own is None or not own_report or len(own.text) * 5 < len(attached.text)):
        return attached
    if own is None:
        raise own_error or ExtractError("PDF 无法读取", "bad_pdf")
    if attached is not None:
        own.warnings.append("PDF 附有另一份像是年度报告的文件，读取的是 PDF 本身；附件未读取，请分别提交")
    return own


_EF_REF = re.compile(rb"/EF\s*<<[^>]{0,200}?/U?F\s+(\d+)\s+(\d+)\s+R")
_DECLARED = re.compile(rb"/(?:DL|Size)\s+(\d+)")
# a stream object that says it is an embedded file (its file specification may sit in a compressed object stream,
# where `_EF_REF` cannot see it; a stream object itself never does)
_EF_TYPE = re.compile(rb"/Type\s*/EmbeddedFile\b")
_OBJ_HEAD = re.compile(rb"(?<!\d)(\d+)\s+(\d+)\s+obj\b")
_STREAM_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")


def _embedded_streams(data: bytes):
    """Each embedded file stream of a PDF: (object number, generation, its dictionary, its raw bytes)."""
    refs = {(m.group(1), m.group(2)) for m in _EF_REF.finditer(data)}
    for m in _EF_TYPE.finditer(data):
        before = data[max(0, m.start() - 4096) : m.start()]
        heads = list(_OBJ_HEAD.finditer(before))
        if heads and b"stream" not in before[heads[-1].end() :] and b"endobj" not in before[heads[-1].end() :]:
            refs.add((heads[-1].group(1), heads[-1].group(2)))
    for num, gen in sorted(refs):
        head = re.compile(rb"(?<!\d)%s\s+%s\s+obj\s*<<" % (num, gen))
        for obj in head.finditer(data):
            body = data.find(b"stream", obj.end())
            if body < 0 or body - obj.end() > 4096:
                continue
            start = body + 6 + (2 if data[body + 6 : body + 8] == b"\r\n" else 1)
            length = _STREAM_LENGTH.search(data[obj.end() : body])
            end = start + int(length.group(1)) if length else -1
            if end < 0 or end > len(data) or data.find(b"endstream", end, end + 64) < 0:
                end = data.find(b"endstream", start)  # (a /Length by reference, or wrong)
            yield int(num), int(gen), data[obj.end() : body], data[start : end if end > 0 else len(data)]


class _Unmeasured(Exception):
    """An encrypted PDF whose attachments cannot be decrypted here (a user password, another security handler):
    not handed to pdfium, which would inflate them before they are charged."""


def _attachments_within_budget(data: bytes) -> None:
    """pdfium inflates an attached file whole before it can be charged: each embedded file stream is measured here
    first — its declared length (/DL, /Params /Size) and, Flate-encoded, its inflated length read in bounded steps
    (an encrypted PDF's stream decrypted first: extractor/pdf_crypt.py, the empty user password) — against what is
    left of `inflated_bytes`, so an attachment bomb is refused before it is inflated."""
    import zlib

    from . import pdf_crypt
    from .carriers import INFLATED

    try:
        decrypt = pdf_crypt.embedded_file_decryptor(data) if b"/Encrypt" in data else None
    except (pdf_crypt.Unopenable, ValueError) as exc:
        raise _Unmeasured from exc
    total = budgets.current().inflated_bytes
    left = total - INFLATED.get()
    for num, gen, head, raw in _embedded_streams(data):
        sizes = [int(x) for x in _DECLARED.findall(head)]
        if sizes and max(sizes) > left:
            raise budgets.over("PDF 附件解压后", INFLATED.get() + max(sizes), total, " 字节")
        if b"FlateDecode" not in head:
            continue
        if decrypt is not None:
            raw = decrypt(num, gen, raw)
        inflater, size = zlib.decompressobj(), 0
        try:
            while raw and size <= left:
                size += len(inflater.decompress(raw, 1 << 20))
                raw = inflater.unconsumed_tail
        except zlib.error:
            continue  # (a damaged stream: pdfium reads it or not, as before)
        if size > left:
            raise budgets.over("PDF 附件解压后", INFLATED.get() + size, total, " 字节")


def _pdf_attachments(data: bytes) -> Groups:
    """The files a PDF carries, each charged to `inflated_bytes` as it is inflated (and measured before pdfium
    inflates it: `_attachments_within_budget`)."""
    import pypdfium2 as pdfium

    try:
        _attachments_within_budget(data)
    except _Unmeasured:
        return []  # (its attachments are not read: the PDF's own text is)
    try:
        pdf = pdfium.PdfDocument(data)
        count = pdf.count_attachments()
    except Exception:  # noqa: BLE001  (pdfium refuses what it cannot open: no attachment is read)
        return []
    groups: Groups = []
    for i in range(min(count, budgets.current().carrier_parts + 1)):

        def payload(i=i) -> Payload:
            try:
                att = pdf.get_attachment(i)
                name = att.get_name()
                blob = bytes(att.get_data())
            except Exception:  # noqa: BLE001  (a damaged attachment: not read)
                return Payload(b"")
            charge_inflated(len(blob), "PDF 附件")
            return Payload(blob, "", None, name)

        groups.append([payload])
    return groups


def _load_package(kind: str, data: bytes) -> Document:
    """A zip package of a kind `_zip_kind` named, by its loader."""
    if kind == "docx":
        from .load_docx import load_docx

        try:
            return load_docx(data)
        except (ValueError, IndexError, KeyError, RecursionError) as exc:  # python-docx on a malformed grid
            raise ExtractError(
                "Word 文档的表格结构无法解析（合并单元格或行列定义不完整，文件损坏）", "bad_docx"
            ) from exc
    if kind == "xlsx":
        from .load_xlsx import load_xlsx

        return load_xlsx(data)
    if kind == "ofd":
        from .load_ofd import load_ofd

        return load_ofd(data)
    if kind in ("odt", "ods"):
        from .load_odt import load_odf

        return load_odf(data)
    raise ExtractError(f"不支持的文件类型：{_ZIP_KINDS[kind]}", "unsupported")


def _load_carried(carrier: str, groups: Groups, depth: int, empty: str, refuse: bool = False) -> Document:
    """The report a container holds (extractor/carriers.py): each payload read by the loader of its own
    type; of those that read as a report, the one with the most text (a mail's note beside its attached
    report, a list page beside the article); of a group's alternatives, the first that does. None does:
    the first payload read (the extractor says it is no report), else the first payload's error. The
    document says its carrier. A budget refused inside is refused for the whole."""
    from .ocr_load import is_image
    from .template import looks_like_report

    if depth >= budgets.current().carrier_depth:
        raise budgets.over(
            "容器（邮件、网页归档、数据文件）的嵌套层数", depth + 1, budgets.current().carrier_depth, " 层"
        )
    best: Document | None = None
    first: Document | None = None
    error: ExtractError | None = None
    cut: list[ExtractError] = []  # members that could not be read whole (carriers.damaged)
    names: list[str] = []  # what the container held, as named
    found: dict[str, str] = {}  # the distinct texts that read as a report, with their payload's name
    parts: dict[str, Part] = {}  # … and their payloads
    repeats: list[tuple[str, str]] = []  # payloads whose text is one found before: (its name, the one it repeats)
    pictures: list[tuple[str, bytes]] = []  # (w25fixa) the pictures an archive holds, by name
    for group in groups:
        for make in group:
            try:
                payload = make()
            except ExtractError as exc:
                if exc.code in ("over_budget", "too_large"):
                    raise
                if exc.code == "truncated":
                    cut.append(exc)
                error = error or exc
                continue
            if payload.name:
                names.append(payload.name)
            if not payload.wanted():
                if carrier in ("zip", "tar") and is_image(payload.data):  # (w25fixa) maybe a page of the report
                    pictures.append((payload.name, payload.data))
                continue
            blob = payload.bytes()
            try:
                doc = _load_bytes(blob, None, depth + 1)
            except ExtractError as exc:
                if exc.code in ("over_budget", "too_large"):
                    raise
                error = error or exc
                continue
            except _Several as several:  # (an archive inside this one holds several: named by their path here)
                for part in several.parts.reports:
                    if payload.name and carrier in ("zip", "tar"):  # (a gzip's own file name is no member)
                        part.name = f"{payload.name}!{part.name}"
                    part.doc.carrier = carrier if part.doc.carrier is None else f"{carrier}/{part.doc.carrier}"
                raise
            first = first or doc
            if looks_like_report(doc.text):
                key = "".join(doc.text.split())
                name = payload.name or f"第{len(found) + 1}份"
                if key in found:
                    repeats.append((name, found[key]))
                else:
                    found[key] = name
                    parts[key] = Part(name, blob, doc)
                if best is None or len(doc.text) > len(best.text):
                    best = doc
                break
    if best is None and pictures:  # (w25fixa) an archive of page pictures only (phone photos zipped): one report
        best = _pictures_report(pictures)
    if cut and best is None:  # (a member cut short: that is what the user must hear, not 「no report」)
        raise cut[0]
    if refuse and best is None:  # (an archive of no report: refused in its own words)
        raise ExtractError(_no_report_in(empty, names), "unsupported")
    doc = best or first
    if doc is None:
        raise error or ExtractError(empty, "empty")
    doc.carrier = carrier if doc.carrier is None else f"{carrier}/{doc.carrier}"
    # (w21fix) a text naming the report is not another report: an archive's 「说明.txt」, a cover letter, the channel's
    # list page of titles — less than a fifth of the report read, or fewer figures than any report's tables hold
    read_key = "".join(doc.text.split())
    found = {
        k: v
        for k, v in found.items()
        if k == read_key or (5 * len(k) >= len(read_key) and len(_FIGURE.findall(k)) >= _REPORT_FIGURES)
    }
    if len(found) > 1 and carrier in ("zip", "tar") and _SPLIT.get():  # (left6) each report of an archive its own
        for k in found:
            part = parts[k].doc
            if part is not doc:  # (the one read has it already)
                part.carrier = carrier if part.carrier is None else f"{carrier}/{part.carrier}"
            part.warnings += [str(exc).split("：请重新")[0] + "，该文件未读取" for exc in cut]
        raise _Several(Parts([parts[k] for k in found], repeats))
    for name, of in repeats:  # (left6) the same report twice in one container: read once, said
        doc.warnings.append(f"容器中的 {name} 与 {of} 内容相同，按一份读取")
    if len(found) > 1:  # (review 12) two reports in one mail or archive: the one read is said, the others named
        read = found.get(read_key, "")
        others = [name for name in found.values() if name != read]
        doc.warnings.append(
            f"容器中有{len(found)}份像是年度报告的内容，只读取了正文最长的一份{f'（{read}）' if read else ''}；"
            f"其余未读取：{'、'.join(others[:5])}{'等' if len(others) > 5 else ''}，请分别提交"
        )
    doc.warnings += [str(exc).split("：请重新")[0] + "，该文件未读取" for exc in cut]
    return doc


def _pictures_report(pictures: list[tuple[str, bytes]]) -> Document | None:
    """(w25fixa) The pictures of an archive that holds no report file, read as the pages of one report in the order
    their names give (`ocr_load.load_pictures`); None when they do not read as one (or are more than the OCR page
    budget: the archive is refused as holding no report, as before). Without the OCR group that is what is said."""
    from .ocr_load import load_pictures, max_ocr_pages
    from .template import looks_like_report

    if len(pictures) > max_ocr_pages():
        return None
    try:
        doc = load_pictures(pictures)
    except ExtractError as exc:
        if exc.code in ("over_budget", "ocr_unavailable"):
            raise
        return None
    return doc if looks_like_report(doc.text) else None


_FIGURE = re.compile(r"\d+")
_REPORT_FIGURES = 20


def _load_other(data: bytes, base: Path | None, depth: int = 0) -> Document:
    """Neither a PDF, a zip package nor an OLE file: a picture, RTF, MHTML or a text."""
    from .ocr_load import is_image

    if is_image(data):  # a scanned page or a photographed table
        from .ocr_load import load_image

        return load_image(data)
    if data[:1] == b"{" and is_rtf(data):  # WPS/Word 「另存为 RTF」
        return load_rtf(data)
    if data[:1].isalpha() and is_mime(data):  # a mail (.eml) or a page saved as one file (.mhtml/.mht): its parts
        empty = "MHTML 网页文件中没有 HTML 正文" if is_mhtml(data) else "邮件中没有可读的正文或附件"
        return _load_carried("mime", mime_groups(data), depth, empty)
    data, controls = _drop_stray_controls(data)
    _refuse_binary(data)
    text, encoding, undecodable = _decode_lenient(data)
    doc = _load_text(data, text, encoding, base, depth)
    if controls:
        doc.warnings.append(f"文件中有{controls}个无效的控制字节（如 NUL），已删除后读取")
    if undecodable:
        doc.warnings.append(f"文件中有{undecodable}个字节不是 {encoding} 编码的文字，已删除后读取")
    return doc


_LONG_FORM_LINES = 20  # (extractor/long_csv.py: a cheap test before parsing any line)


def _load_text(data: bytes, text: str, encoding: str, base: Path | None, depth: int = 0) -> Document:
    text = text.lstrip("\ufeff")
    text = visible(text)  # WeChat copies: U+200B, U+00AD inside numbers and labels (「3\u200b22」「1\xad23」)
    if not text.strip():
        raise ExtractError("文件为空", "empty")
    if text.lstrip().startswith("<") and is_flat_odf(text):  # OpenDocument saved as flat XML (.fodt/.fods)
        from .load_odt import load_flat_odf

        budgets.check_html(text)
        return load_flat_odf(data)
    if text.lstrip().startswith("<") and is_flat_opc(text):  # Word 「XML 文档」 (.xml): a .docx's parts inline
        budgets.check_html(text)
        return _load_package("docx", to_package(data))
    if text.lstrip().startswith("<") and is_word2003(text):  # Word 2003 「XML 文档」: WordprocessingML, one part
        budgets.check_html(text)
        return _load_package("docx", word2003_package(data))
    if looks_json(text):  # an open-data API's JSON (its HTML strings are read inside it)
        budgets.check_text(text)
        value = parse_json(text)
        if isinstance(value, (dict, list)):
            return load_json(value)
        if value is None and (feed := feed_groups(text)) is not None:  # JSON Lines: a crawler's feed of items
            return _load_carried("jsonl", feed, depth, "JSON 数据中没有文字内容，不是政府信息公开工作年度报告")
    if _looks_html(text):
        from .load_html import load_html

        budgets.check_html(text)
        return load_html(data, text, encoding, base)
    budgets.check_text(text)
    struck: list[str] = []
    if "~~" in text or "</" in text:
        text, struck = _md_struck(text)
    doc = _load_plain(text, encoding)
    if struck:
        doc.warnings.append(struck_warning(struck))
    return doc


_MD_STRUCK = re.compile(r"~~(?=\S)([^~\n]{1,60}?)(?<=\S)~~|<(del|s|strike)\b[^>\n]*>([^<\n]{0,60})</\2>", re.I)


def _md_struck(text: str) -> tuple[str, list[str]]:
    """Text struck through in Markdown (GFM's 「~~17~~ 15」, or raw 「<del>17</del>」 a converter kept), left
    out: a corrected report's old figure beside the new one, not the report's. (A single 「~」 is a range,
    「1~5月」, and is left alone.) The text without it, and what was struck, for the reader's warning."""
    struck: list[str] = []

    def drop(m: re.Match) -> str:
        gone = (m.group(1) or m.group(3) or "").strip()
        if gone:
            struck.append(gone)
        return ""

    return _MD_STRUCK.sub(drop, text), struck


def _load_plain(text: str, encoding: str) -> Document:
    """Plain text and Markdown (tables as pipes, lines, tabs or glued; see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = visible(_char_refs(text))  # (「&#8203;」「&shy;」 decode to invisible characters)
    if text.count(",") >= 3 * _LONG_FORM_LINES:  # open data in long form, one cell a line: as cards
        text = long_csv.as_cards(text) or text
    if "$" in text or "\\(" in text:
        text = _MD_MATH.sub(_math_number, text)
    if has_latex_table(text):  # Mathpix-style LaTeX tabulars: their rows as pipe-table lines
        text = latex_to_pipe(text)
    if "\\" in text:  # (after the LaTeX: 「\\」 ends a tabular row there)
        text = _MD_ESCAPE.sub(r"\1", text)
    if "|" in text and "---" in text:
        text = _outer_pipes(text)
    if "**" in text or "__" in text or "[^" in text:
        text = _md_marks(text)
    if has_drawn_table(text):  # box-drawn and ASCII grid tables: their rows as pipe-table lines
        text = drawn_to_pipe(text)
    if has_dash_table(text):  # pandoc's simple and multiline tables: their rows as pipe-table lines
        text = dash_to_pipe(text)
    if has_ruleless_pipes(text):  # trafilatura: pipe rows with no 「|---|」 under the first
        text = add_delimiter_rows(text)
    if text.count("|") >= 6 and len(_MD_ROW.findall(text)) >= 3 and _MD_RULE.search(text):
        text = _cell_breaks(text)
        return Document(text, markdown_tokens(text), "markdown", encoding)
    if "|" in text and sum(1 for line in text.split("\n") if line.strip() == "|") >= 10:
        return Document(text, pipe_line_tokens(text), "text-pipe", encoding)
    tokens = line_tokens(text)
    if "自然人" in text:  # table 三 copied column by column: its rows put back (extractor/colmajor.py)
        tokens = rows_from_columns(tokens) or tokens
    if "信息内容" in text:  # table 二 so copied
        tokens = t2_rows_from_columns(tokens) or tokens
    return Document(text, tokens, "text", encoding)


def _md_marks(text: str) -> str:
    """Markdown emphasis around a value and footnote references after it (「**26**」, 「51[^1]」, as an
    LLM or a converter writes a table): the value as printed. Else the marks sit between the digits
    of a row and a row is read from its marks."""
    text = _MD_STRONG.sub(r"\2", text)
    return _MD_FOOTREF.sub("", text)


def _math_number(m: re.Match) -> str:
    return m.group(1) or m.group(2)


def _outer_pipes(text: str) -> str:
    """A pipe table written without its outer bars (GFM allows it; html2text writes
    「一、本年新收…| 468| 0| … | 3090」 under a 「---|---」 rule), as the 「| … |」 rows the Markdown
    reader takes: the line above each bare rule and the lines after it up to a blank line. Such a
    row has bars only between cells, so a trailing 「|」 is an empty last cell, kept as one."""
    lines = text.split("\n")
    rows: set[int] = set()
    for i, line in enumerate(lines):
        if not _BARE_RULE.fullmatch(line):
            # a one-cell first row has a rule with no bar (「第二十条第（一）项」 over 「---」): a table
            # only when the row under it has bars (else a Markdown heading underline or a rule)
            below = lines[i + 1] if i + 1 < len(lines) else ""
            if not (_LONE_RULE.fullmatch(line) and i and lines[i - 1].strip() and "|" in below):
                continue
            rows.add(i - 1)
        elif i and "|" in lines[i - 1]:
            rows.add(i - 1)
        lines[i] = "|" + "---|" * (line.count("|") + 1)  # the rule as the reader knows it
        j = i + 1
        while j < len(lines) and lines[j].strip():  # to the blank line that ends the table (a
            rows.add(j)  # one-cell row, 「第二十条第（五）项」, has no bar at all)
            j += 1
    for i in rows:  # bars between cells only (a row starting 「| 」 starts with an empty cell)
        lines[i] = "| " + lines[i].rstrip() + " |"
    return "\n".join(lines)


def _char_refs(text: str) -> str:
    """Character references in a text that is not HTML are what a CMS export left behind: read as
    the characters they name, else 「&nbsp;42&nbsp;」 is one token and its digits run into the
    entity names. A no-break space is a space here (it separates cells); a name that is not an
    entity stays as printed."""

    def char(m: re.Match) -> str:
        ch = html.unescape(m.group(0))
        return " " if ch == "\xa0" else ch

    return _CHAR_REF.sub(char, text)


def _looks_html(text: str) -> bool:
    """Three or more HTML tags — not counting the `<br>` a Markdown converter (marker, pandoc) writes
    inside a pipe-table cell for a line break, nor its page-break elements alone on a line (both
    still Markdown)."""
    head = text[:200000]
    if next(islice(_HTML_TAG.finditer(head), 2, None), None) is None:
        return False  # fewer than three tags (found without counting a page's thousands)
    if "---" not in head or not _MD_RULE.search(head):  # (every rule holds 「---」)
        return True
    tags = len(_HTML_TAG.findall(head))
    tags -= sum(len(_CELL_BR.findall(line)) for line in _MD_ROW.findall(head))
    # (a converter's page-break element alone on a line is Markdown's debris too, not a page of HTML)
    tags -= sum(len(_HTML_TAG.findall(line)) for line in head.split("\n") if _MD_DEBRIS_LINE.fullmatch(line))
    return tags >= 3


def _cell_breaks(text: str) -> str:
    """`<br>` inside pipe-table rows, as the line break it stands for: nothing between two CJK
    characters (「商业<br>企业」 is 商业企业), a space otherwise."""

    def join(m: re.Match) -> str:
        before, after = m.group(1), m.group(2)
        return before + ("" if not before.isascii() and not after.isascii() else " ") + after

    def row(m: re.Match) -> str:
        return _CELL_BR_CTX.sub(join, m.group(0))

    return _MD_ROW.sub(row, text) if "<" in text else text


def _lines(text: str):
    pos = 0
    for line in text.split("\n"):
        yield line, pos
        pos += len(line) + 1


def markdown_tokens(text: str) -> list[Token]:
    """A '| a | b |' line is a table row of cells; any other line is one token. A table 三 printed
    turned is handed on column by column (extractor/turned.py), also when a page's foot (「第4页 共6页」)
    cut it in two: the halves are read as one table there."""
    tokens: list[Token] = []
    table: list[int] = []  # the current table: where each of its rows' tokens begin
    cuts: list[tuple[int, list[Token]]] = []  # rows of `table` printed after a page's foot, and the foot
    feet: list[Token] = []  # page-foot lines after the table's last row, held till we know it goes on
    gap = False  # a line between the table's last row and here
    for line, pos in _lines(text):
        if _MD_ROW.match(line):
            if "-" in line and re.fullmatch(r"[\s|:\-]+", line):
                continue  # the |---| rule under a header (a row of empty cells is a row: blank cells)
            if table and feet:
                cuts.append((len(table), feet))
            elif table and gap:
                _close_pipe_table(tokens, table, cuts)
                table, cuts = [], []
            feet, gap = [], False
            first = line.index("|")
            last = line.rindex("|")
            cells = line[first + 1 : last].split("|")
            table.append(len(tokens))
            at = pos + first + 1
            for i, cell in enumerate(cells):
                lead = len(cell) - len(cell.lstrip())
                content = cell.strip()
                start = at + lead
                tokens.append(
                    Token(
                        content,
                        start,
                        start + len(content),
                        row_end=i == len(cells) - 1,
                        blank=not content,
                        row_start=i == 0,
                    )
                )
                at += len(cell) + 1
            continue
        if table and not gap and _MD_DEBRIS_LINE.fullmatch(line):
            continue  # (the table goes on under it)
        if table and not line.strip():
            gap = True
            continue
        if table and is_page_number(line):  # (a bare 「2」 too: the halves are joined only when turned)
            feet.append(_line_token(line, pos))
            gap = True
            continue
        if table:
            _close_pipe_table(tokens, table, cuts)
            tokens += feet
            table, cuts, feet, gap = [], [], [], False
        if line.strip():
            tokens.append(_line_token(line, pos))
    if table:
        _close_pipe_table(tokens, table, cuts)
        tokens += feet
    return tokens


def _close_pipe_table(tokens: list[Token], rows: list[int], cuts: list[tuple[int, list[Token]]]) -> None:
    """A pipe table ends (its tokens last in `tokens`). Cut by page feet: read as one table when so
    it is a table printed turned (a page's repeated header rows read once), else each part as a table
    of its own with the foot between them."""
    if not cuts:
        _turn_pipe_table(tokens, rows)
        return
    base = rows[0]
    seg = tokens[base:]
    del tokens[base:]
    bounds = [0, *(k for k, _ in cuts), len(rows)]
    parts = [[r - base for r in rows[a:b]] for a, b in zip(bounds, bounds[1:])]
    end_of = dict(zip((r - base for r in rows), [*(r - base for r in rows[1:]), len(seg)]))
    text_of = {r: tuple(t.text for t in seg[r:e]) for r, e in end_of.items()}
    head = [text_of[r] for r in parts[0]]
    joined: list[int] = list(parts[0])
    for part in parts[1:]:
        n = 0
        while n < len(part) and n < len(head) and text_of[part[n]] == head[n]:
            n += 1  # the header rows a page repeats atop the table
        joined += part[n:]
    whole = [t for r in joined for t in seg[r : end_of[r]]]
    starts = list(accumulate((len(text_of[r]) for r in joined), initial=0))[:-1]
    if _turn_pipe_table(whole, starts):
        tokens += whole
        return
    for n, part in enumerate(parts):
        if n:
            tokens += cuts[n - 1][1]
        at = len(tokens)
        tokens += seg[part[0] : end_of[part[-1]]]
        _turn_pipe_table(tokens, [at + r - part[0] for r in part])


def _turn_pipe_table(tokens: list[Token], rows: list[int]) -> bool:
    """A pipe table has no merged cells: slot (r, c) is the c-th cell of row r."""
    ends = [*rows[1:], len(tokens)]
    if may_turn(max(b - a for a, b in zip(rows, ends)), len(rows)):  # maybe a table printed turned
        slots = [range(a, b) for a, b in zip(rows, ends)]
        return turn(tokens, slots) or turn_ragged(tokens, slots)
    return False


def _line_token(line: str, pos: int) -> Token:
    lead = len(line) - len(line.lstrip())
    content = line.strip()
    return Token(content, pos + lead, pos + lead + len(content))


def pipe_line_tokens(text: str) -> list[Token]:
    """Cells one per line between '|' lines: an empty slot between two '|' lines is a blank cell."""
    tokens: list[Token] = []
    since_bar = 0  # tokens since the last '|' line
    bars = 0
    pos = 0
    for line in text.split("\n"):
        content = line.strip()
        if content == "|":
            if bars and not since_bar:
                tokens.append(Token("", pos, pos, blank=True))
            bars += 1
            since_bar = 0
        elif content:
            start = pos + len(line) - len(line.lstrip())
            tokens.append(Token(content, start, start + len(content)))
            since_bar += 1
        pos += len(line) + 1
    return tokens


_VALUE_LINE = re.compile(r"^\s*(?:[+-]?\d[\d,]*(?:\.\d+)?|[/／—\-–]+|无)\s*$")


def line_tokens(text: str) -> list[Token]:
    """Non-empty lines are tokens. Where cells are padded by a fixed number of empty lines (a
    common scrape of HTML tables), a longer run of empty lines next to a value marks blank cells."""
    lines = text.split("\n")
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))
    filled = [i for i, line in enumerate(lines) if line and not line.isspace()]
    # aligned with `filled`; a line of decimal digits (most table cells) needs no regex
    is_value = [lines[i].isdecimal() or _VALUE_LINE.match(lines[i]) is not None for i in filled]
    gaps = [b - a - 1 for a, b in zip(filled, filled[1:])]  # gaps[n]: empty lines before filled[n + 1]
    gaps_before_value = Counter(compress(gaps, is_value[1:]))
    gaps_before_other = Counter(compress(gaps, [not v for v in is_value[1:]]))
    cell_gap = max(gaps_before_value, key=gaps_before_value.__getitem__) if gaps_before_value else 0
    candidates = {g: n for g, n in gaps_before_other.items() if g > cell_gap}
    row_gap = max(candidates, key=candidates.__getitem__) if candidates else None
    cells_laid_out = sum(gaps_before_value.values()) >= 20
    padded = cell_gap >= 1 and cells_laid_out
    # One cell a line with no padding (a browser copy of a table): an empty line is a cell the
    # publisher left blank, one empty line per cell — also between two labels (a row of one cell, or
    # of all its cells, left blank). Outside the tables such a blank is read by nothing: a row of
    # blanks with no row label before it is not a row.
    # A table printed all blank shows no value to learn the layout from: its empty lines are the
    # only sign of it (many, where a text spaced by paragraphs has one between paragraphs).
    unpadded = cell_gap == 0 and (cells_laid_out or (not any(is_value) and len(lines) - len(filled) >= 2 * len(filled)))

    furniture = page_furniture(lines) if "\f" in text else frozenset()
    fixed = fixed_width_rows(lines, starts) if "   " in text else {}
    csv = csv_rows(lines, starts) if "," in text else {}  # Excel CSV pasted as text
    tokens: list[Token] = []
    tab_rows: list[int] = []  # where each row of the run of tab-separated lines being read begins
    for n, i in enumerate(filled):
        # a gap no longer than the padding holds no blank cell (the common case: skip the arithmetic)
        blanks = (padded or unpadded) and n and gaps[n - 1] > cell_gap and (unpadded or is_value[n - 1] or is_value[n])
        if tab_rows and ("\t" not in lines[i] or blanks):
            _close_tab_rows(tokens, tab_rows)
        if blanks:
            blank_pos = starts[filled[n - 1] + 1]
            slots = gaps[n - 1] if unpadded else _blank_slots(gaps[n - 1], cell_gap, row_gap)
            for _ in range(slots):
                tokens.append(Token("", blank_pos, blank_pos, blank=True))
        if i in furniture:  # a page's number or running head between two rows of a table: no cell
            continue
        line = lines[i]
        if i in fixed:  # a row of a fixed-width table, placed in its columns by position
            tokens += fixed[i]
            continue
        if i in csv:
            tokens += csv[i]
            continue
        if "\t" in line:
            at = len(tokens)
            if _tab_row(line, starts[i], tokens):
                tab_rows.append(at)
                continue
            if tab_rows:
                _close_tab_rows(tokens, tab_rows)
        content = line.strip()
        start = starts[i] + len(line) - len(line.lstrip())
        tokens.append(Token(content, start, start + len(content)))
    if tab_rows:
        _close_tab_rows(tokens, tab_rows)
    return tokens


def _close_tab_rows(tokens: list[Token], rows: list[int]) -> None:
    """A run of tab-separated lines ends (its tokens last in `tokens`): a table, read column by column when
    it is printed turned (table 三 with the applicant types as rows: extractor/turned.py). Each field is a
    slot (an empty one too): a merged cell an export left out shifts its row, and such a table is read as
    printed."""
    ends = [*rows[1:], len(tokens)]
    if len(rows) >= 2 and may_turn(max(b - a for a, b in zip(rows, ends)), len(rows)):
        turn(tokens, [range(a, b) for a, b in zip(rows, ends)])  # (every slot a field: never ragged)
    rows.clear()


_CELL_GAP = re.compile(r"\S(?: {2,}|\t)\S")  # words apart as a row's cells are


def page_furniture(lines: list[str]) -> frozenset[int]:
    """The lines of a paged text dump (`pdftotext -layout`: a form feed starts each page) that belong to
    the page, not the report: the page number last on a page, and the running head first on pages —
    a line of one phrase that opens two or more pages the same way (a compilation's 「XX区2020年…
    年度报告汇编」).
    A page break falls anywhere, inside a table too: read as cells, 「— 38 —」 gave the row above it
    three more (a placeholder, 38, a placeholder) and the row was refused."""
    pages: list[list[int]] = [[]]  # each page's filled lines
    for i, line in enumerate(lines):
        feed = "\f" in line
        ends = feed and line.rstrip(" \t").endswith("\f")  # (「— 38 —\f」 ends its page)
        if feed and not ends:
            pages.append([])
        if line.strip():
            pages[-1].append(i)
        if ends:
            pages.append([])
    out: set[int] = set()
    heads = Counter(lines[page[0]].strip() for page in pages if page)
    for page in pages:
        if not page:
            continue
        head = lines[page[0]].strip()
        if heads[head] >= 2 and not _CELL_GAP.search(head):  # (a table's header row repeated atop pages is kept)
            out.add(page[0])
        if PAGE_FOOT.fullmatch(lines[page[-1]].strip()):
            out.add(page[-1])
    return frozenset(out)


def _tab_row(line: str, pos: int, tokens: list[Token]) -> bool:
    """A line of tab-separated fields (a table copied out of WPS or Excel) is a table row: each field
    a cell, an empty field a blank cell (merged areas too). A line with one field only (indented by a
    tab) is not, unless that field comes first and two or more empty fields follow it: a row label
    whose cells were all left blank (「二、上年结转…\t\t\t\t\t\t\t」)."""
    core = line.rstrip(" \u3000\r")
    fields = core.split("\t")
    filled = sum(1 for f in fields if f.strip())
    if filled < 2 and not (filled == 1 and len(fields) >= 3 and fields[0].strip()):
        return False
    at = pos
    for n, field in enumerate(fields):
        content = field.strip()
        start = at + len(field) - len(field.lstrip())
        tokens.append(
            Token(
                content, start, start + len(content), blank=not content, row_start=n == 0, row_end=n == len(fields) - 1
            )
        )
        at += len(field) + 1
    return True


def _blank_slots(gap: int, cell_gap: int, row_gap: int | None) -> int:
    step = cell_gap + 1
    for base in (cell_gap, row_gap):
        if base is not None and gap > base and (gap - base) % step == 0:
            return (gap - base) // step
    return 0
