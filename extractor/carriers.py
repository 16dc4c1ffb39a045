"""Containers a report arrives in, and the payloads they hold: a mail message or a page saved as one file
(MIME: extractor/mime.py), a web archive (WARC, gzip'd or not: response and resource records, each an HTTP
payload; Safari's .webarchive, a property list: its main resource, its frames' and its subresources), a
crawler's JSON-Lines feed (extractor/load_json.py `feed_items`). A container is opened here; each payload is
read by the loader of its own type (extractor/load.py `_load_carried`), and the one that reads as the
report is the document — the others (a forward note, a list page, a stylesheet, the request record) are
the carrier's furniture.

A payload's declared charset (a MIME part's, an HTTP Content-Type's, a webarchive's text encoding) is
applied here: its text is handed on as UTF-8, so the loader's own detection need not guess. Within the
budgets: a gzip member is inflated into a bounded buffer (`inflated_bytes`: a gzip bomb is refused before
it is paid for), a container holds at most `carrier_parts` payloads worth reading, and containers nest at
most `carrier_depth` deep (a mail attaching a web archive of a mail …)."""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from . import budgets
from .schema import ExtractError

# What no report is: pictures and media (a page's logo, a mail's signature image; OCR of every one of them
# would cost seconds and find nothing), style sheets, scripts, fonts.
_NOT_A_REPORT = re.compile(
    r"(?:image|audio|video|font)/|text/(?:css|javascript|ecmascript)|application/(?:x-)?(?:javascript|font|woff)",
    re.I,
)
# charsets a declaration names by a narrower name than the bytes may use (GB2312 mail holds GBK characters)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}


@dataclass
class Payload:
    """One thing a container holds: its bytes as carried (transfer encodings undone), its declared type
    and charset, and its name (a mail attachment's file name, a record's URL)."""

    data: bytes
    content_type: str = ""
    charset: str | None = None
    name: str = ""

    def wanted(self) -> bool:
        return bool(self.data.strip()) and not _NOT_A_REPORT.match(self.content_type or "")

    def bytes(self) -> bytes:
        """The payload, a text in its declared charset re-encoded as UTF-8 (a declaration the bytes do not
        bear out is ignored: the loader detects the encoding from the bytes, as for any file)."""
        texty = self.content_type.lower().startswith(("text/", "application/xhtml"))
        if not (texty and self.charset):
            return self.data
        name = self.charset.strip().strip("\"'").lower()
        try:
            codec = codecs.lookup(_WIDER.get(name, name)).name
        except LookupError:
            return self.data
        if codec == "utf-8":
            return self.data
        try:
            return self.data.decode(codec).encode("utf-8")
        except (UnicodeDecodeError, ValueError):
            return self.data


# A container's payloads: groups tried in order; a group is one item with its alternatives (a mail's
# multipart/alternative: the richest first), of which the first that reads as the report stands for it.
Groups = list[list[Callable[[], Payload]]]


def charge(count: int) -> None:
    b = budgets.current()
    if count > b.carrier_parts:
        raise budgets.over("容器（邮件、网页归档、数据文件）中的文件", count, b.carrier_parts, " 个")


# ------------------------------------------------------------------------------------------- gzip
# what the gzip streams of the input being read have inflated to so far (extractor/load.py `load_bytes`
# starts each input at 0): `inflated_bytes` holds for them all together, so a web archive of gzip'd records in
# a gzip'd file pays once, not once a record
INFLATED: ContextVar[int] = ContextVar("inflated", default=0)


def inflate(data: bytes, wbits: int = 31, what: str = "gzip 压缩内容") -> bytes:
    """`data` inflated (every gzip member, for `wbits` 31; zlib 15; raw deflate -15) into what is left of
    `inflated_bytes`: past it the input is refused before more is inflated, whatever its ratio. A stream cut short
    (a download that stopped) or damaged inside a member is refused as such (`truncated`): what it gave would be a
    part of the report read as the whole — a table 三 without its last rows, a report without 表四. Bytes after the
    last whole member that are no gzip member (padding, a trailer some servers add) are not read."""
    total = budgets.current().inflated_bytes
    before = INFLATED.get()
    limit = total - before
    out = bytearray()
    rest = data
    while rest:
        d = zlib.decompressobj(wbits)
        chunk = rest
        try:
            while chunk:
                out += d.decompress(chunk, limit + 1 - len(out))
                if len(out) > limit:
                    raise budgets.over(f"{what}解压后", before + len(out), total, " 字节")
                chunk = d.unconsumed_tail
        except zlib.error as exc:
            if not out:
                raise ExtractError(f"{what}已损坏，无法解压：请重新导出后再提交", "bad_package") from exc
            if wbits == 31 and not rest.startswith(b"\x1f\x8b"):
                break  # (bytes after the last member that are no member)
            raise ExtractError(
                f"文件已损坏：{what}在解压到第 {len(out):,} 字节处出错，内容不完整：请重新下载后再提交", "truncated"
            ) from exc
        if not d.eof:
            raise ExtractError(
                f"文件不完整：{what}被截断（解压到第 {len(out):,} 字节时数据已结束，可能没有下载完整）：请重新下载后再提交",
                "truncated",
            )
        rest = d.unused_data if wbits == 31 else b""
        if not rest.strip(b"\x00"):
            break  # (padding after the last member)
    INFLATED.set(before + len(out))
    return bytes(out)


def gzip_head(data: bytes, size: int = 4096) -> bytes:
    """The first bytes a gzip stream inflates to (cheap: what it holds, before inflating it all)."""
    try:
        return zlib.decompressobj(31).decompress(data, size)
    except zlib.error:
        return b""


# ------------------------------------------------------------------------------------------- WARC
def is_warc(data: bytes) -> bool:
    return data.startswith((b"WARC/1.", b"WARC/0.", b"WARC/2."))


_BLANK_LINE = re.compile(rb"\r\n\r\n|\n\n")
_HEADER_MAX = 64 * 1024  # bytes a record's or an HTTP response's header lines may take
_RECORDS_A_PART = 10  # records without a payload (request, metadata, warcinfo) charged as a tenth of a part each


def _header_block(data: bytes, pos: int) -> tuple[dict[str, str], int, str] | None:
    """Header lines at `pos` up to a blank line (CRLF or LF): the fields (names lower-cased), where the
    body starts, and the first line."""
    # one search for either ending, within the header block's own bounds: two searches to the file's end for
    # every record were quadratic in the records (review 12: 40,000 header-only records took 36 s)
    m = _BLANK_LINE.search(data, pos, min(len(data), pos + _HEADER_MAX))
    if m is None:
        return None
    end, sep = m.start(), len(m.group())
    lines = data[pos:end].decode("latin-1").replace("\r\n", "\n").split("\n")
    fields: dict[str, str] = {}
    last = ""
    for line in lines[1:]:
        if line[:1] in (" ", "\t") and last:
            fields[last] += " " + line.strip()
        elif ":" in line:
            last = line.split(":", 1)[0].strip().lower()
            fields[last] = line.split(":", 1)[1].strip()
    return fields, end + sep, lines[0]


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def _split_type(value: str) -> tuple[str, str | None]:
    m = _CHARSET.search(value)
    return value.split(";", 1)[0].strip().lower(), (m.group(1) if m else None)


def warc_groups(data: bytes) -> Groups:
    """The payloads of a WARC file's response and resource records (request, metadata, warcinfo and
    revisit records hold none): a response's HTTP body — de-chunked, its content encoding undone —
    in the charset its Content-Type names; a resource's block as its record types it."""
    groups: Groups = []
    pos, n, records = 0, len(data), 0
    while pos < n:
        while pos < n and data[pos : pos + 1] in (b"\r", b"\n"):
            pos += 1
        if pos >= n or not is_warc(data[pos : pos + 8]):
            break  # (the end, or bytes that are no record: what came before is read)
        head = _header_block(data, pos)
        if head is None:
            break
        fields, body, _ = head
        try:
            length = int(fields.get("content-length", ""))
        except ValueError:
            break
        block = data[body : body + max(length, 0)]
        pos = body + max(length, 0)
        records += 1
        charge(len(groups) + records // _RECORDS_A_PART)  # (records with no payload count too: each is parsed)
        kind = fields.get("warc-type", "").lower()
        url = fields.get("warc-target-uri", "")
        ctype, charset = _split_type(fields.get("content-type", ""))
        if kind == "response" and ctype.startswith("application/http"):
            groups.append([_http(block, url)])
        elif kind in ("resource", "conversion"):
            groups.append(
                [lambda block=block, ctype=ctype, charset=charset, url=url: Payload(block, ctype, charset, url)]
            )
        charge(len(groups))
    return groups


def _http(block: bytes, url: str) -> Callable[[], Payload]:
    def payload() -> Payload:
        head = _header_block(block, 0)
        if head is None or not head[2].startswith("HTTP/"):
            return Payload(b"")
        fields, body, status = head
        code = status.split()[1] if len(status.split()) > 1 else ""
        if not code.startswith("2"):
            return Payload(b"")  # (a redirect, a 404 page: no report)
        data = block[body:]
        if "chunked" in fields.get("transfer-encoding", "").lower():
            data = _dechunk(data)
        coding = fields.get("content-encoding", "").strip().lower()
        if coding in ("gzip", "x-gzip"):
            data = inflate(data, 31, "网页归档中的 gzip 内容")
        elif coding == "deflate":
            try:
                data = inflate(data, 15, "网页归档中的 deflate 内容")
            except ExtractError:
                data = inflate(data, -15, "网页归档中的 deflate 内容")
        elif coding not in ("", "identity"):
            return Payload(b"")  # (br, zstd: not read)
        ctype, charset = _split_type(fields.get("content-type", ""))
        return Payload(data, ctype, charset, url)

    return payload


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while pos < len(data):
        eol = data.find(b"\n", pos)
        if eol < 0:
            break
        try:
            size = int(data[pos:eol].split(b";")[0].strip(), 16)
        except ValueError:
            break
        if size <= 0:
            break
        out += data[eol + 1 : eol + 1 + size]
        after = data.find(b"\n", eol + 1 + size)
        if after < 0:
            break
        pos = after + 1
    return bytes(out)


# ------------------------------------------------------------------------------------ Safari .webarchive
def is_webarchive(data: bytes) -> bool:
    """Safari's 「网页归档」: a binary property list (or, from old versions, an XML one) holding a
    WebMainResource."""
    if data.startswith(b"bplist00"):
        return b"WebMainResource" in data
    head = data[:1024].lstrip()
    return head.startswith(b"<?xml") and b"<plist" in head and b"WebMainResource" in data[:8192]


_MAX_FRAMES = 64  # frames within frames: deeper is no page a browser saves


def webarchive_groups(data: bytes) -> Groups:
    """The archive's main resource, then its frames' archives (each its main resource and so on), then its
    subresources that may be a page (an iframe's document is often saved as one); pictures and styles are
    not. Each resource: its data in its text encoding, as its MIME type says."""
    import plistlib

    try:
        root = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, RecursionError, OverflowError, MemoryError) as exc:
        raise ExtractError("Safari 网页归档（.webarchive）已损坏，无法读取：请重新保存后再提交", "bad_package") from exc
    if not isinstance(root, dict) or not isinstance(root.get("WebMainResource"), dict):
        raise ExtractError("不支持的文件类型：属性列表（plist）不是 Safari 网页归档", "unsupported")
    groups: Groups = []
    seen: set[int] = set()

    def resource(r) -> None:
        if isinstance(r, dict) and isinstance(r.get("WebResourceData"), bytes):
            groups.append(
                [
                    lambda r=r: Payload(
                        r["WebResourceData"],
                        str(r.get("WebResourceMIMEType") or ""),
                        str(r.get("WebResourceTextEncodingName") or "") or None,
                        str(r.get("WebResourceURL") or ""),
                    )
                ]
            )
            charge(len(groups))

    def archive(a, depth: int) -> None:
        if not isinstance(a, dict) or id(a) in seen:
            return  # (a reference back to an archive already read: a loop, not a page)
        if depth > _MAX_FRAMES or len(seen) > budgets.current().carrier_parts:
            raise budgets.over("网页归档中的框架", len(seen), _MAX_FRAMES, " 个")
        seen.add(id(a))
        resource(a.get("WebMainResource"))
        frames = a.get("WebSubframeArchives")
        for f in frames if isinstance(frames, list) else ():
            archive(f, depth + 1)
        subs = a.get("WebSubresources")
        for r in subs if isinstance(subs, list) else ():
            resource(r)

    archive(root, 0)
    return groups


# ------------------------------------------------------------------------------------ zip and tar archives
# A 附件 .zip (Windows' 「压缩的文件夹」, WinRAR, 7-Zip) or a site mirror packed with tar (`wget -m`, then `tar czf`):
# each member a payload read by its type; a CMS article saved page by page (t….html, t…_1.html …) one payload, its
# pages joined (extractor/pages.py). Members are read in memory, never written: a tar's links are not followed, a
# name climbing out of the archive (「../」, an absolute path) is not read, devices and fifos are not files.
_SKIP_MEMBER = re.compile(r"(?:^|/)(?:__MACOSX/|\.[^/]*$|~\$[^/]*$|Thumbs\.db$|desktop\.ini$)", re.I)
_MEMBER_TYPES = {
    "css": "text/css",
    "js": "application/javascript",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "bmp": "image/bmp",
    "webp": "image/webp",
    "svg": "image/svg+xml",
    "ico": "image/x-icon",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "mp4": "video/mp4",
    "mp3": "audio/mpeg",
}


def member_name(raw: str, utf8: bool) -> str:
    """A zip member's name as its writer meant it: a name without the UTF-8 flag is bytes in the writer's
    code page (Windows in China: GBK), which Python's zipfile reads as CP437."""
    if utf8:
        return raw
    try:
        data = raw.encode("cp437")
    except UnicodeEncodeError:
        return raw
    for codec in ("utf-8", "gb18030"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw


def _member_type(name: str) -> str:
    return _MEMBER_TYPES.get(name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else "", "")


def _archive_groups(members: list[tuple[str, Callable[[], bytes]]]) -> Groups:
    """Payloads of an archive's files: the pages of one article (extractor/pages.py) joined into one, each
    other file as itself."""
    from .pages import page_series

    series, rest = page_series(members)
    groups: Groups = [[s] for s in series]
    for name, read in rest:
        groups.append([lambda name=name, read=read: Payload(read(), _member_type(name), None, name)])
    return groups


def is_zip_archive(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def zip_groups(data: bytes) -> Groups:
    """The files of a zip archive (its directory already within `zip_members` and the size budgets:
    `budgets.check_zip`), each read when its payload is asked for and charged to `inflated_bytes`;
    an encrypted member is not read."""
    import io
    import zipfile

    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, zipfile.LargeZipFile, RuntimeError) as exc:
        raise ExtractError("ZIP 压缩包已损坏，无法读取：请重新打包后再提交", "bad_package") from exc
    members: list[tuple[str, Callable[[], bytes]]] = []
    for info in infos:
        name = member_name(info.filename, bool(info.flag_bits & 0x800))
        if info.is_dir() or _SKIP_MEMBER.search(name) or info.flag_bits & 0x1:  # (0x1: encrypted)
            continue

        def read(info=info, name=name) -> bytes:
            charge_inflated(info.file_size, "压缩包内的文件")
            try:
                return z.read(info)
            except NotImplementedError:
                return b""  # (a compression method zipfile lacks: not read)
            except (zipfile.BadZipFile, zlib.error, RuntimeError, OSError, EOFError) as exc:
                raise damaged(name, "CRC 校验失败" if "CRC" in str(exc) else "数据被截断或已损坏") from exc

        members.append((name, read))
        charge(len(members))
    return _archive_groups(members)


def is_tar(data: bytes) -> bool:
    """A POSIX (ustar) or GNU tar archive: its magic at offset 257 of the first header."""
    return len(data) >= 512 and data[257:262] == b"ustar"


def tar_groups(data: bytes) -> Groups:
    """The regular files of a tar archive (GNU, POSIX, pax), each within `zip_member_bytes`; links, devices
    and names that climb out of the archive are not read."""
    import io
    import tarfile

    b = budgets.current()
    members: list[tuple[str, Callable[[], bytes]]] = []
    headers = 0
    try:
        tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:")  # noqa: SIM115  (open while payloads are read)
        while (m := tf.next()) is not None:
            headers += 1
            charge(len(members) + headers // _RECORDS_A_PART)
            name = m.name.replace("\\", "/")
            if not m.isreg() or name.startswith("/") or ".." in name.split("/") or _SKIP_MEMBER.search(name):
                continue
            if m.size > b.zip_member_bytes:
                raise budgets.over(f"归档内文件 {name[:60]}", m.size // 1048576, b.zip_member_bytes // 1048576, " MB")

            def read(m=m, name=name) -> bytes:
                try:
                    f = tf.extractfile(m)
                    got = f.read(m.size) if f is not None else b""
                except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
                    raise damaged(name, "数据被截断或已损坏") from exc
                if len(got) < m.size:
                    raise damaged(name, f"只有 {len(got):,} 字节，应为 {m.size:,} 字节")
                return got

            members.append((name, read))
            charge(len(members))
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        if not members:
            raise ExtractError("tar 归档已损坏，无法读取：请重新打包后再提交", "bad_package") from exc
    return _archive_groups(members)


def damaged(name: str, why: str) -> ExtractError:
    """An archive member that cannot be read whole (its CRC fails, the archive was cut inside it): said, never read
    in part (extractor/load.py `_load_carried` names it when no report is read, or beside the one read)."""
    return ExtractError(f"文件不完整：压缩包内的 {name[:80]} 无法完整读取（{why}）：请重新下载后再提交", "truncated")


def charge_inflated(size: int, what: str) -> None:
    total = budgets.current().inflated_bytes
    used = INFLATED.get() + size
    if used > total:
        raise budgets.over(f"{what}解压后", used, total, " 字节")
    INFLATED.set(used)


# ---------------------------------------------------------------------------------- what a gzip stream holds
def known_payload(head: bytes) -> bool:
    """The first bytes a gzip stream inflates to name a kind this reader knows by its content: a carrier (a
    WARC, a mail, a tar, a zip, a .webarchive), a PDF, an Office binary, RTF, markup (HTML, XML) or JSON. A
    bare text is no such kind: a .gz of it stays refused (「请解压后提交」)."""
    from .mime import is_mime

    if is_warc(head) or is_mime(head) or is_tar(head) or is_webarchive(head):
        return True
    if head.startswith((b"PK\x03\x04", b"%PDF-", b"\xd0\xcf\x11\xe0", b"{\\rtf", b"\x1f\x8b")):
        return True
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text[:1] in (b"<", b"{", b"[")
