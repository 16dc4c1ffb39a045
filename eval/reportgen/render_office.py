"""Office formats beside Word .docx: RTF as WPS and Word write it, and an Excel workbook."""

from __future__ import annotations

import io
import math
import re
import struct
import unicodedata
import zipfile
from xml.sax.saxutils import escape as xml_escape

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, place

_COL = 900  # twips per grid column


def _rtf_text(s: str, unicode: bool) -> str:
    """WPS: every non-ASCII character as its GBK bytes (`\\'hh`); Word: `\\uN?` (signed 16-bit)."""
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif unicode:
            n = ord(ch)
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gb18030")))
    return "".join(out)


def _origins(grid: Grid) -> tuple[int, dict[tuple[int, int], tuple[int, int, G]]]:
    """Width, and for every slot the (row, column, cell) of the merged cell covering it."""
    width, placed = place(grid)
    cover: dict[tuple[int, int], tuple[int, int, G]] = {}
    for i, j, c in placed:
        for a in range(i, i + c.rs):
            for b in range(j, j + c.cs):
                cover[(a, b)] = (i, j, c)
    return width, cover


def rtf(parts: Parts, d: Draw) -> bytes:
    """A report saved as RTF: paragraphs, and tables whose merged cells are wider `\\cellx` edges
    (columns) and `\\clvmgf`/`\\clvmrg` (rows). Some value cells hold a hidden (`\\v`) old figure
    before the shown one, as a reviewer's edit leaves it."""
    unicode = d.int(0, 1) == 1
    hidden = d.int(0, 1) == 1
    head = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _rtf_text("宋体", False) + ";}}"
    out = [head, "{\\*\\generator " + ("Microsoft Word" if unicode else "WPS Office") + ";}\\uc1"]
    for b in parts.all():
        if isinstance(b, str):
            out.append("\\pard\\f0\\fs32 " + _rtf_text(b, unicode) + "\\par")
            continue
        width, cover = _origins(b[2])
        for i in range(len(b[2])):
            defs, cells = ["\\trowd\\trgaph108\\trleft0"], []
            j = 0
            while j < width:
                i0, j0, c = cover.get((i, j), (i, j, G("")))
                mark = "" if c.rs == 1 else ("\\clvmgf" if i0 == i else "\\clvmrg")
                defs.append(
                    f"{mark}\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{(j0 + c.cs) * _COL}"
                )
                text = _rtf_text(c.text, unicode) if i0 == i else ""
                if text and c.value and hidden and re.fullmatch(r"\d+", c.text) and d.int(0, 3) == 0:
                    text = "{\\v " + str(d.int(1, 9)) + "}" + text
                if text and c.old:  # an old figure struck through before it (layout.with_struck_old)
                    strike = "{\\striked1 " if len(c.old) % 2 else "{\\strike "
                    text = strike + c.old + "}" + (" " if len(c.text) % 2 else "") + text
                cells.append("\\pard\\intbl\\qc\\f0\\fs18 " + text + "\\cell ")
                j = j0 + c.cs
            out.append("".join(defs) + "\n" + "".join(cells) + "\\row")
        out.append("\\pard\\par")
    out.append("}")
    return "\n".join(out).encode("ascii")


class _XlsxWriter:
    """The few calls a workbook needs, on xlsxwriter (.xlsx)."""

    def __init__(self) -> None:
        import xlsxwriter

        self.buf = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buf, {"in_memory": True})
        self.border = self.book.add_format({"border": 1})
        self.formats = {}

    def sheet(self, name: str):
        return self.book.add_worksheet(name)

    def _format(self, code: str | None):
        if code is None:
            return self.border
        if code not in self.formats:
            self.formats[code] = self.book.add_format({"border": 1, "num_format": code})
        return self.formats[code]

    def merge(self, sheet, r0: int, c0: int, r1: int, c1: int) -> None:
        sheet.merge_range(r0, c0, r1, c1, "", self.border)

    def text(self, sheet, r: int, c: int, text: str, border: bool = True) -> None:
        sheet.write_string(r, c, text, self.border if border else None)

    def number(self, sheet, r: int, c: int, x: float, code: str | None = None) -> None:
        sheet.write_number(r, c, x, self._format(code))

    def blank(self, sheet, r: int, c: int) -> None:
        sheet.write_blank(r, c, None, self.border)

    def hide(self, sheet) -> None:
        sheet.hide()

    def close(self) -> bytes:
        self.book.close()
        return self.buf.getvalue()


class _XlsWriter:
    """The same calls on xlwt (.xls, BIFF8: what Excel 97–2003 and WPS save)."""

    def __init__(self) -> None:
        import xlwt

        self.xlwt = xlwt
        self.book = xlwt.Workbook(encoding="utf-8")
        self.border = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin")
        self.formats = {}

    def sheet(self, name: str):
        return self.book.add_sheet(name, cell_overwrite_ok=True)

    def _format(self, code: str | None):
        if code is None:
            return self.border
        if code not in self.formats:
            self.formats[code] = self.xlwt.easyxf(
                "borders: left thin, right thin, top thin, bottom thin", num_format_str=code
            )
        return self.formats[code]

    def merge(self, sheet, r0: int, c0: int, r1: int, c1: int) -> None:
        sheet.write_merge(r0, r1, c0, c1, "", self.border)

    def text(self, sheet, r: int, c: int, text: str, border: bool = True) -> None:
        if border:
            sheet.write(r, c, text, self.border)
        else:
            sheet.write(r, c, text)

    def number(self, sheet, r: int, c: int, x: float, code: str | None = None) -> None:
        sheet.write(r, c, x, self._format(code))

    def blank(self, sheet, r: int, c: int) -> None:
        sheet.write(r, c, None, self.border)

    def hide(self, sheet) -> None:
        sheet.visibility = 1

    def close(self) -> bytes:
        buf = io.BytesIO()
        self.book.save(buf)
        return buf.getvalue()


# 会计专用 without a currency symbol, as Excel and WPS 表格 write it: a stored 0 shows 「-」 (zero section)
ZERO_DASH = ('_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ ', '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-')


def _count_code(d: Draw, display: str) -> str | None:
    """The number format of the counts: none, a Chinese-numeral one, or an accounting one."""
    if display == "dbnum":
        return f"[DBNum{d.int(1, 2)}][$-804]G/通用格式"
    if display == "zero-dash":
        return ZERO_DASH[d.int(0, len(ZERO_DASH) - 1)]
    return None


def _workbook(parts: Parts, d: Draw, w, display: str = "") -> bytes:
    """A workbook as an office exports one: either the whole report on one sheet (paragraphs typed
    into column A, tables below) or the text on one sheet and each table on its own; bordered cells
    (blank ones too), merged areas, counts as numbers, money as a float with its format (a formula's
    float tail, 7665.940000000001, shown as 7665.94), and sometimes a hidden sheet of draft figures.
    `display` "dbnum": the counts carry a zh-CN Chinese-numeral format, `[DBNum1][$-804]G/通用格式` (12
    shown as 「十二」) or [DBNum2] (「壹拾贰」); "zero-dash": 会计专用 (`ZERO_DASH`), a 0 shown as 「-」. Either
    way the cell holds the number, and the number is what it reads as (extractor/numfmt.py `figure`)."""
    count_code = _count_code(d, display)
    one_sheet = d.int(0, 1) == 0
    sheet = w.sheet("年度报告" if one_sheet else "正文")
    row = 0
    n_table = 0
    for b in parts.all():
        if isinstance(b, str):
            w.text(sheet, row, 0, b, border=False)
            row += 1
            continue
        if not one_sheet and b[0] in ("t2", "t3", "t4"):  # (a form's block stays on the sheet before)
            n_table += 1
            sheet = w.sheet(f"表{'二三四'[n_table - 1] if n_table <= 3 else n_table}")
            row = 0
        for i, j, c in place(b[2])[1]:
            r, col = row + i, j
            if c.rs > 1 or c.cs > 1:
                w.merge(sheet, r, col, r + c.rs - 1, col + c.cs - 1)
            text = c.text
            if c.value and re.fullmatch(r"\d+", text):
                w.number(sheet, r, col, int(text), count_code)
            elif c.value and re.fullmatch(r"\d+\.\d+", text):
                places = len(text.split(".", 1)[1])
                code = ("#,##0" if d.int(0, 1) else "0") + "." + "0" * places
                w.number(sheet, r, col, math.nextafter(float(text), math.inf), code)
            elif text:
                w.text(sheet, r, col, text)
            else:
                w.blank(sheet, r, col)
        row += len(b[2]) + 1
    if d.int(0, 2) == 0:  # a draft sheet, hidden: never read
        draft = w.sheet("草稿")
        w.text(draft, 0, 0, "一、本年新收政府信息公开申请数量")
        w.number(draft, 0, 1, 987654)
        w.hide(draft)
    return w.close()


def xlsx(parts: Parts, d: Draw, display: str = "") -> bytes:
    return _workbook(parts, d, _XlsxWriter(), display)


def xls(parts: Parts, d: Draw, display: str = "") -> bytes:
    return _workbook(parts, d, _XlsWriter(), display)


_MM = 210 / 892  # millimetres per pixel of the positioned layout's A4 page


def ofd(parts: Parts, d: Draw) -> bytes:
    """An OFD package (GB/T 33190) as a converter writes one: each run of text a `TextObject` placed on
    its page in millimetres (the same placements as pdftohtml's, `render_html.placements`), a `TextCode`
    per line with its `DeltaX` advances (sometimes `g N d` compressed), or every character an object of
    its own (a glyph-by-glyph export); a template page with a header (not the report's text)."""
    from eval.reportgen.render_html import TABLE_FONT, TEXT_FONT, placements

    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    glyphs = d.int(0, 2) == 0
    compressed = d.int(0, 1) == 1
    pages = placements(parts, d)
    buf = io.BytesIO()
    ident = 1
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody>'
            "<ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
            "</ofd:DocBody></ofd:OFD>",
        )
        listed = "".join(f'<ofd:Page ID="{100 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        z.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData><ofd:MaxUnitID>0</ofd:MaxUnitID>'
            "<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
            '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
            f"<ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>{listed}</ofd:Pages></ofd:Document>",
        )
        z.writestr(
            "Doc_0/PublicRes.xml",
            f'<ofd:Res {ns} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>',
        )
        z.writestr(
            "Doc_0/Tpls/Tpl_0/Content.xml",
            f'<ofd:Page {ns}><ofd:Content><ofd:Layer ID="4"><ofd:TextObject ID="5" Boundary="20 8 170 6" Font="3" '
            'Size="3"><ofd:TextCode X="0" Y="3">政务公开</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>',
        )
        for n, page in enumerate(pages):
            objs: list[str] = []
            for top, left, lines, cls in page:
                fs, lh = TABLE_FONT if cls in ("ft11", "ft21") else TEXT_FONT
                size = fs * _MM
                for k, line in enumerate(lines):
                    if not line:
                        continue
                    x0, y0 = left * _MM, (top + k * lh) * _MM
                    steps = [size if unicodedata.east_asian_width(ch) in ("W", "F") else size / 2 for ch in line]
                    runs = (
                        [(ch, x0 + sum(steps[:i]), [steps[i]]) for i, ch in enumerate(line)]
                        if glyphs
                        else [(line, x0, steps)]
                    )
                    for text, x, adv in runs:
                        ident += 1
                        if compressed and len(set(adv[:-1])) == 1 and len(adv) > 2:
                            delta = f"g {len(adv) - 1} {adv[0]:.3f}"
                        else:
                            delta = " ".join(f"{a:.3f}" for a in adv[:-1])
                        objs.append(
                            f'<ofd:TextObject ID="{ident}" Boundary="{x:.3f} {y0:.3f} {sum(adv):.3f} {size * 1.2:.3f}" '
                            f'Font="3" Size="{size:.3f}"><ofd:TextCode X="0" Y="{size:.3f}"'
                            + (f' DeltaX="{delta}"' if delta else "")
                            + f">{xml_escape(text)}</ofd:TextCode></ofd:TextObject>"
                        )
            z.writestr(
                f"Doc_0/Pages/Page_{n}/Content.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Template TemplateID="2"/><ofd:Content>'
                f'<ofd:Layer ID="{1000 + n}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>',
            )
    return buf.getvalue()


# ------------------------------------------------------------------------------- Word 97 (.doc)
_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _cfb(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (version 3, 512-byte sectors) holding `streams` under the root, each padded
    to the 4,096 bytes past which a stream lives in regular sectors (no mini stream to write)."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # the directory's sibling order
    data = {n: streams[n].ljust(max(4096, -(-len(streams[n]) // 512) * 512), b"\0") for n in names}
    sectors: list[bytes] = []
    chains: list[tuple[int, int]] = []  # per stream: first sector, sector count
    dir_sectors = -(-(len(names) + 1) // 4)
    stream_sectors = sum(len(b) // 512 for b in data.values())
    n_fat = 1
    while n_fat * 128 < n_fat + dir_sectors + stream_sectors:
        n_fat += 1
    first = n_fat + dir_sectors
    for n in names:
        chains.append((first, len(data[n]) // 512))
        sectors += [data[n][i : i + 512] for i in range(0, len(data[n]), 512)]
        first += len(data[n]) // 512
    fat = [_FATSECT] * n_fat
    fat += [n_fat + i + 1 for i in range(dir_sectors - 1)] + [_END]
    for start, count in chains:
        fat += [start + i + 1 for i in range(count - 1)] + [_END]
    fat += [_FREE] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, child: int, left: int, start: int, size: int) -> bytes:
        raw = (name + "\0").encode("utf-16-le")
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(raw), kind, 1, left, _FREE, child)
            + b"\0" * 36
            + struct.pack("<IQ", start, size)
        )

    # the root's child is the last name; each stream's left sibling the name before it (a chain, all black)
    entries = [entry("Root Entry", 5, len(names), _FREE, _END, 0)]
    for i, n in enumerate(names):
        entries.append(entry(n, 2, _FREE, i if i else _FREE, chains[i][0], len(data[n])))
    directory = b"".join(entries).ljust(dir_sectors * 512, b"\0")
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\0" * 6
        + struct.pack("<IIIIIIIII", 0, n_fat, n_fat, 0, 4096, _END, 0, _END, 0)
        + b"".join(struct.pack("<I", i) for i in range(n_fat))
        + struct.pack("<I", _FREE) * (109 - n_fat)
    )
    fat_bytes = b"".join(struct.pack("<I", x) for x in fat)
    return header + fat_bytes + directory + b"".join(sectors)


def _fkp(runs: list[tuple[int, int, bytes]], papx: bool) -> bytes:
    """One 512-byte FKP page: (fc start, fc end, property bytes) runs. A PAPX is its style index (0)
    and its sprms, sized in words (`cb`, or 0 then `cb'` for an even length); a CHPX its sprms."""
    page = bytearray(512)
    crun = len(runs)
    page[511] = crun
    for k, (a, _, _) in enumerate(runs):
        struct.pack_into("<I", page, k * 4, a)
    struct.pack_into("<I", page, crun * 4, runs[-1][1])
    top = 511
    offsets: dict[bytes, int] = {}
    for k, (_, _, props) in enumerate(runs):
        if props not in offsets:
            if papx:
                body = b"\0\0" + props
                blob = bytes([(len(body) + 1) // 2]) + body if len(body) % 2 else bytes([0, len(body) // 2]) + body
            else:
                blob = bytes([len(props)]) + props
            top = (top - len(blob)) & ~1
            page[top : top + len(blob)] = blob
            offsets[props] = top // 2
        at = (crun + 1) * 4 + k * (13 if papx else 1)
        page[at] = offsets[props] if props or papx else 0
    return bytes(page)


def _def_table(cells: list[tuple[int, int]]) -> bytes:
    """sprmTDefTable for a row of (right edge in twips, TC80 flags) cells: its size (the rest + 1),
    itcMac, the cell edges (the row's left first), a 20-byte TC80 per cell."""
    rest = bytes([len(cells)]) + struct.pack(f"<{len(cells) + 1}h", 0, *(e for e, _ in cells))
    rest += b"".join(struct.pack("<H", f) + b"\0" * 18 for _, f in cells)
    return struct.pack("<HH", 0xD608, len(rest) + 1) + rest


_VANISH, _STRIKE, _DSTRIKE = b"\x3c\x08\x01", b"\x37\x08\x01", b"\x53\x2a\x01"  # sprmCFVanish, …Strike, …DStrike


def doc(parts: Parts, d: Draw, merged: bool = False) -> bytes:
    """A report saved as Word 97–2003 (.doc), as Word and WPS write one: UTF-16 text in one piece,
    paragraphs ended by \\r, table cells and rows by \\x07 (a row's end told by its paragraph's
    sprmPFTtp), vertically merged cells listed as blank continuations, a PAGE field, and — sometimes — a
    reviewer's old figure formatted hidden (sprmCFVanish) before the shown one.

    `merged`: as Word and LibreOffice write a table's rows in full — each row end carries its
    sprmTDefTable (cell edges, merge flags: a merged area's first cell fVertRestart, its continuations
    fVertMerge; a cell merged across columns either one wide cell or fFirstMerged + empty fMerged
    cells), too long for the FKP page, so the page holds only sprmPHugePapx and the row end's
    properties sit in the Data stream."""
    hidden = d.int(0, 1) == 1
    data_stream = bytearray()
    text: list[str] = []
    paras: list[tuple[int, bytes]] = []  # per paragraph: its end (in characters), its PAPX sprms
    vanish: list[tuple[int, int, bytes]] = []  # hidden (or struck) character ranges, their sprm
    cell, ttp = b"\x16\x24\x01", b"\x16\x24\x01\x17\x24\x01"  # sprmPFInTable; + sprmPFTtp

    def put(s: str) -> None:
        text.append(s)

    def length() -> int:
        return sum(map(len, text))

    for b in parts.all():
        if isinstance(b, str):
            put(b + "\r")
            paras.append((length(), b""))
            continue
        width, placed = place(b[2])
        start = {(i, j): c for i, j, c in placed}
        cover: dict[tuple[int, int], tuple[int, int, G]] = {}
        for i, j, c in placed:
            for r in range(i, i + c.rs):
                for k in range(j, j + c.cs):
                    cover[(r, k)] = (i, j, c)
        for i in range(len(b[2])):
            j = 0
            tdef: list[tuple[int, int]] = []  # (right edge, TC80 flags) per cell written
            while j < width:
                i0, j0, c = cover.get((i, j), (i, j, G("")))
                shown = c.text if (i0, j0) == (i, j) and (i, j) in start else ""
                if shown and c.value and hidden and shown.isdigit() and d.int(0, 3) == 0:
                    a = length()
                    put(str(d.int(1, 9)))
                    vanish.append((a, length(), _VANISH))
                if shown and c.old:  # a corrected figure's old one struck through before it (layout.with_struck_old)
                    a = length()
                    put(c.old)
                    vanish.append((a, length(), _DSTRIKE if len(c.old) % 2 else _STRIKE))
                put(shown + "\x07")
                paras.append((length(), cell))
                vflags = 0 if c.rs == 1 else (0x60 if i0 == i else 0x20)
                if merged and c.cs > 1 and c.rs == 1 and d.int(0, 1):  # Word 97's horizontal merge
                    tdef.append(((j0 + 1) * _COL, 0x01))
                    for k in range(1, c.cs):
                        put("\x07")
                        paras.append((length(), cell))
                        tdef.append(((j0 + k + 1) * _COL, 0x02))
                else:
                    tdef.append(((j0 + c.cs) * _COL, vflags))
                j = j0 + c.cs
            put("\x07")
            if merged:
                props = ttp + _def_table(tdef)
                at = len(data_stream)
                data_stream += struct.pack("<H", len(props)) + props
                paras.append((length(), struct.pack("<HI", 0x6646, at)))
            else:
                paras.append((length(), ttp))
    put("第\x13 PAGE \x141\x15页\r")
    paras.append((length(), b""))
    body = "".join(text)
    fc0 = 1024
    ccp = len(body)
    raw = body.encode("utf-16-le")
    fc = lambda cp: fc0 + 2 * cp  # noqa: E731
    # paragraph runs: FC ranges, each ending after its mark; character runs: hidden or not
    pruns, at = [], 0
    for end, props in paras:
        pruns.append((fc(at), fc(end), props))
        at = end
    cruns, at = [], 0
    for a, z, sprm in vanish:
        if a > at:
            cruns.append((fc(at), fc(a), b""))
        cruns.append((fc(a), fc(z), sprm))
        at = z
    cruns.append((fc(at), fc(ccp), b""))
    word = bytearray(fc0) + raw
    word += b"\0" * (-len(word) % 512)
    bte: dict[str, tuple[list[int], list[int]]] = {}
    for key, runs, per in (("papx", pruns, 17), ("chpx", cruns, 5)):
        fcs, pns = [runs[0][0]], []
        size = (12 if merged else 20) if per == 17 else 60
        for k in range(0, len(runs), size):
            chunk = runs[k : k + size]
            pns.append(len(word) // 512)
            word += _fkp(chunk, papx=key == "papx")
            fcs.append(chunk[-1][1])
        bte[key] = (fcs, pns)
    table = bytearray()

    def plc(key: str) -> tuple[int, int]:
        fcs, pns = bte[key]
        at = len(table)
        table.extend(b"".join(struct.pack("<I", x) for x in fcs + pns))
        return at, len(table) - at

    clx = b"\x02" + struct.pack("<I", 12 + 8) + struct.pack("<II", 0, ccp) + struct.pack("<HIH", 0, fc0, 0)
    fc_clx = len(table)
    table += clx
    papx_at, papx_lcb = plc("papx")
    chpx_at, chpx_lcb = plc("chpx")
    fib = bytearray(0x384)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0xC1)
    struct.pack_into("<H", fib, 0x0A, 0x0200)  # fWhichTblStm: 1Table
    struct.pack_into("<H", fib, 0x20, 14)
    struct.pack_into("<H", fib, 0x3E, 22)
    struct.pack_into("<II", fib, 0x40, len(word), 0)
    struct.pack_into("<I", fib, 0x4C, ccp)
    struct.pack_into("<H", fib, 0x98, 0x5D)
    struct.pack_into("<II", fib, 0xFA, chpx_at, chpx_lcb)
    struct.pack_into("<II", fib, 0x102, papx_at, papx_lcb)
    struct.pack_into("<II", fib, 0x1A2, fc_clx, len(clx))
    word[: len(fib)] = fib
    streams = {"WordDocument": bytes(word), "1Table": bytes(table)}
    if data_stream:
        streams["Data"] = bytes(data_stream)
    return _cfb(streams)
