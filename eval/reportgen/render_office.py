"""Office formats beside Word .docx: RTF as WPS and Word write it, and an Excel workbook."""

from __future__ import annotations

import io
import math
import re
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


def _workbook(parts: Parts, d: Draw, w) -> bytes:
    """A workbook as an office exports one: either the whole report on one sheet (paragraphs typed
    into column A, tables below) or the text on one sheet and each table on its own; bordered cells
    (blank ones too), merged areas, counts as numbers, money as a float with its format (a formula's
    float tail, 7665.940000000001, shown as 7665.94), and sometimes a hidden sheet of draft figures."""
    one_sheet = d.int(0, 1) == 0
    sheet = w.sheet("年度报告" if one_sheet else "正文")
    row = 0
    n_table = 0
    for b in parts.all():
        if isinstance(b, str):
            w.text(sheet, row, 0, b, border=False)
            row += 1
            continue
        if not one_sheet:
            n_table += 1
            sheet = w.sheet(f"表{'二三四'[n_table - 1] if n_table <= 3 else n_table}")
            row = 0
        for i, j, c in place(b[2])[1]:
            r, col = row + i, j
            if c.rs > 1 or c.cs > 1:
                w.merge(sheet, r, col, r + c.rs - 1, col + c.cs - 1)
            text = c.text
            if c.value and re.fullmatch(r"\d+", text):
                w.number(sheet, r, col, int(text))
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


def xlsx(parts: Parts, d: Draw) -> bytes:
    return _workbook(parts, d, _XlsxWriter())


def xls(parts: Parts, d: Draw) -> bytes:
    return _workbook(parts, d, _XlsWriter())


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
