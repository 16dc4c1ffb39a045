"""Word 97–2003 documents (.doc; WPS 文字's .wps saves the same binary), read with olefile and the parts
of [MS-DOC] that hold a report's text and table rows — no rendering engine, no conversion:

- the FIB (start of the `WordDocument` stream) names the table stream (`0Table`/`1Table`), the length of
  the main text (`ccpText`) and where the piece table (`Clx`) and the paragraph and character property
  tables (`PlcBtePapx`, `PlcBteChpx`) are;
- the piece table maps the text's character positions to its bytes (8-bit cp1252 or UTF-16 pieces);
- paragraphs end at `\\r`; a table cell's at `\\x07`, and so does a row's — the row end is the paragraph
  whose properties say so (`sprmPFTtp`), read from the paragraph property pages (FKPs), never guessed
  from the text (an empty cell is also a lone `\\x07`);
- fields keep their result, not their instruction; text formatted hidden (`sprmCFVanish`) or deleted in
  a revision (`sprmCFRMarkDel`) is not read, as for .docx's `w:vanish`.
- a paragraph whose properties do not fit its FKP page (a row end defining many cells) carries
  `sprmPHugePapx`: its real properties are read from the `Data` stream (else such a row end is not
  seen and every later row runs into one);
- a row's cells are laid out by its `sprmTDefTable` (cell edges in twips and each cell's merge flags)
  as RTF's `\\cellx` rows are (extractor/load_rtf.py `edge_grid`): a cell wider than the column lines
  spans them, a vertically merged cell's continuation (`fVertMerge` without `fVertRestart`) gives its
  slot to the cell above, a horizontally merged one (`fMerged`) to the cell before — a value printed
  once in a merged area is read once, where it starts.
Word 6/95 files, encrypted files and files without a piece table are refused with what to do."""

from __future__ import annotations

import io
import struct
from bisect import bisect_right

from . import budgets
from .document import Document, TextBuilder, struck_warning
from .load_rtf import EdgeTables, RowDef
from .schema import ExtractError

_SAVE_AS = "请在 Word 或 WPS 中另存为 .docx 或 PDF 后再提交"
_TTP = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp: the paragraph is a table row's end
_HIDDEN = (0x083C, 0x0800)  # sprmCFVanish, sprmCFRMarkDel
_STRUCK = (0x0837, 0x2A53)  # sprmCFStrike, sprmCFDStrike: a corrected report's old figure, struck before the new
_HUGE_PAPX = 0x6646  # sprmPHugePapx: the paragraph's properties are in the Data stream at this offset
_DEF_TABLE = 0xD608  # sprmTDefTable: a row's cell edges and merge flags
_TC80 = 20  # bytes of each cell's TC80 in sprmTDefTable
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # operand size by the sprm's spra (6: variable)


def _u16(b: bytes, at: int) -> int:
    return struct.unpack_from("<H", b, at)[0]


def _u32(b: bytes, at: int) -> int:
    return struct.unpack_from("<I", b, at)[0]


def _sprms(grpprl: bytes):
    """(sprm, operand) pairs of a property list; stops where the list does not parse."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = _u16(grpprl, at)
        at += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm in (0xD608, 0xD606):  # sprmTDefTable(10): a two-byte size, itself counted
                if at + 2 > len(grpprl):
                    return
                size = _u16(grpprl, at) - 1
                at += 2
            else:
                if at >= len(grpprl):
                    return
                size = grpprl[at]
                at += 1
        else:
            size = _OPERAND[spra]
        yield sprm, grpprl[at : at + size]
        at += size


class _Runs:
    """FC ranges → property lists, from a PlcBte (PAPX or CHPX) and its 512-byte FKP pages."""

    def __init__(self, word: bytes, table: bytes, fc: int, lcb: int, papx: bool) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.props: list[bytes] = []
        if lcb < 8 or fc + lcb > len(table):
            return
        n = (lcb - 4) // 8
        for i in range(n):
            pn = _u32(table, fc + (n + 1) * 4 + i * 4) & 0x3FFFFF
            page = word[pn * 512 : pn * 512 + 512]
            if len(page) < 512:
                continue
            crun = page[511]
            if (crun + 1) * 4 + crun * (13 if papx else 1) > 511:
                continue
            for k in range(crun):
                start, end = _u32(page, k * 4), _u32(page, (k + 1) * 4)
                if papx:
                    off = page[(crun + 1) * 4 + k * 13] * 2
                    props = b""
                    if off:
                        cb = page[off]
                        props = page[off + 2 : off + 2 + 2 * page[off + 1]] if cb == 0 else page[off + 1 : off + 2 * cb]
                        props = props[2:]  # (the paragraph's style index)
                else:
                    off = page[(crun + 1) * 4 + k] * 2
                    props = page[off + 1 : off + 1 + page[off]] if off else b""
                self.starts.append(start)
                self.ends.append(end)
                self.props.append(props)
        order = sorted(range(len(self.starts)), key=self.starts.__getitem__)
        self.starts = [self.starts[i] for i in order]
        self.ends = [self.ends[i] for i in order]
        self.props = [self.props[i] for i in order]

    def at(self, fc: int) -> bytes | None:
        i = bisect_right(self.starts, fc) - 1
        if i >= 0 and fc < self.ends[i]:
            return self.props[i]
        return None


def _resolve_huge(props: list[bytes], data: bytes) -> list[bytes]:
    """Each paragraph's property list with a `sprmPHugePapx` replaced by the list it points at in the
    Data stream (a `PrcData`: a 2-byte size, then the properties); one that points outside is left."""
    out = []
    for p in props:
        if len(p) >= 6 and _u16(p, 0) == _HUGE_PAPX:
            at = _u32(p, 2)
            if at + 2 <= len(data):
                p = data[at + 2 : at + 2 + _u16(data, at)] + p[6:]
        out.append(p)
    return out


def _row_def(props: bytes | None) -> RowDef:
    """The cell edges and merge marks of a row, from its row end's `sprmTDefTable` (none: no edges)."""
    row = RowDef()
    for sprm, op in _sprms(props or b""):
        if sprm != _DEF_TABLE or not op:
            continue
        n = op[0]
        if len(op) < 1 + 2 * (n + 1):
            return row
        centers = struct.unpack_from(f"<{n + 1}h", op, 1)
        tcs = 1 + 2 * (n + 1)
        row.left = centers[0]
        row.edges = list(centers[1:])
        for i in range(n):
            at = tcs + i * _TC80
            flags = _u16(op, at) if at + 2 <= len(op) else 0
            if flags & 0x40:  # fVertRestart
                row.merges.append("vfirst")
            elif flags & 0x20:  # fVertMerge
                row.merges.append("vnext")
            elif flags & 0x02:  # fMerged
                row.merges.append("hnext")
            elif flags & 0x01:  # fFirstMerged
                row.merges.append("hfirst")
            else:
                row.merges.append("")
        return row
    return row


def _has(props: bytes | None, sprms: tuple[int, ...]) -> bool:
    """Whether a property list switches one of `sprms` on: 1, or 0x81 for a toggle (the opposite of
    its style, which is taken as off); 0 and 0x80 (as the style says) are off."""
    return props is not None and any(s in sprms and op[:1] in (b"\x01", b"\x81") for s, op in _sprms(props))


def _pieces(word: bytes, table: bytes, fc_clx: int, lcb: int, ccp: int) -> list[tuple[int, int, int, int]]:
    """(cp start, cp end, byte offset, bytes a character) of each piece of the main text."""
    clx = table[fc_clx : fc_clx + lcb]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, skipped
        at += 3 + _u16(clx, at + 1)
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise ExtractError(f"Word 文档（.doc）缺少文字索引（文件损坏）：{_SAVE_AS}", "bad_doc")
    plc = clx[at + 5 : at + 5 + _u32(clx, at + 1)]
    n = (len(plc) - 4) // 12
    cps = [_u32(plc, i * 4) for i in range(n + 1)]
    out = []
    for i in range(n):
        raw = _u32(plc, (n + 1) * 4 + i * 8 + 2)
        compressed = bool(raw & 0x40000000)
        fc = (raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF
        a, b = cps[i], min(cps[i + 1], ccp)
        if a < b:
            out.append((a, b, fc, 1 if compressed else 2))
    return out


def _text(word: bytes, pieces, chpx: _Runs, struck: list[str] | None = None) -> tuple[str, list[int]]:
    """The main text (hidden, deleted and struck-through runs left out: what was struck is appended to
    `struck`, a word a run, for the reader's warning) and each kept character's FC."""
    chars: list[str] = []
    fcs: list[int] = []
    limit = budgets.current().chars
    was_struck = False
    for a, b, fc, width in pieces:
        raw = word[fc : fc + (b - a) * width]
        text = raw.decode("cp1252", errors="replace") if width == 1 else raw.decode("utf-16-le", errors="replace")
        for i, ch in enumerate(text):
            at = fc + i * width
            props = chpx.at(at) if chpx.starts and ch not in "\r\x07" else None
            if props is not None and _has(props, _HIDDEN):
                continue
            if props is not None and _has(props, _STRUCK):
                if struck is not None and not ch.isspace():
                    if was_struck and struck:
                        struck[-1] += ch
                    else:
                        struck.append(ch)
                was_struck = True
                continue
            was_struck = False
            chars.append(ch)
            fcs.append(at)
        if len(chars) > limit:
            raise budgets.over("文字", len(chars), limit, " 字")
    return "".join(chars), fcs


def _fields(text: str) -> list[bool]:
    """Which characters are shown: a field's instruction (between \\x13 and \\x14) is not, its result is."""
    shown = [True] * len(text)
    stack: list[bool] = []  # per open field: still in its instruction
    for i, ch in enumerate(text):
        if ch == "\x13":
            stack.append(True)
            shown[i] = False
        elif ch == "\x14" and stack:
            stack[-1] = False
            shown[i] = False
        elif ch == "\x15" and stack:
            stack.pop()
            shown[i] = False
        elif any(stack):
            shown[i] = False
    return shown


_DROP = dict.fromkeys(map(ord, "\x01\x02\x05\x08\x1f\x13\x14\x15"), None) | {
    0x1E: "-",
    0xA0: " ",
    0x0C: "\n",
    0x0B: "\n",
}


def load_doc(data: bytes) -> Document:
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
        word = ole.openstream("WordDocument").read()
        if len(word) >= 4 and _u16(word, 0) == 0xA5DC:  # Word 6.0/95's FIB
            raise ExtractError(f"不支持的文件类型：Word 6.0/95 文档：{_SAVE_AS}", "unsupported")
        if len(word) < 0x1AA or _u16(word, 0) != 0xA5EC or _u16(word, 2) < 0x65:
            raise ExtractError(f"不是有效的 Word 文档（.doc）：{_SAVE_AS}", "bad_doc")
        if _u16(word, 2) < 0xC1:  # (nFib 101–105: Word 6.0 and 95)
            raise ExtractError(f"不支持的文件类型：Word 6.0/95 文档：{_SAVE_AS}", "unsupported")
        flags = _u16(word, 0x0A)
        if flags & 0x0100:
            raise ExtractError("Word 文档（.doc）已加密（设有打开密码）：请提供未加密的版本", "encrypted")
        name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(name):
            raise ExtractError(f"Word 文档（.doc）缺少表格流 {name}（文件损坏）：{_SAVE_AS}", "bad_doc")
        table = ole.openstream(name).read()
        data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
    except ExtractError:
        raise
    except Exception as exc:  # olefile on a broken container: its own errors, struct, OSError
        raise ExtractError(f"Word 文档（.doc）无法打开（文件损坏）：{type(exc).__name__}", "bad_doc") from exc
    try:
        ccp = _u32(word, 0x4C)
        pieces = _pieces(word, table, _u32(word, 0x1A2), _u32(word, 0x1A6), ccp)
        papx = _Runs(word, table, _u32(word, 0x102), _u32(word, 0x106), papx=True)
        papx.props = _resolve_huge(papx.props, data_stream)
        chpx = _Runs(word, table, _u32(word, 0xFA), _u32(word, 0xFE), papx=False)
        struck: list[str] = []
        text, fcs = _text(word, pieces, chpx, struck)
    except ExtractError:
        raise
    except (struct.error, IndexError, KeyError) as exc:
        raise ExtractError(f"Word 文档（.doc）的结构无法解析（文件损坏）：{type(exc).__name__}", "bad_doc") from exc
    if "\x07" in text and not papx.starts:
        raise ExtractError(f"Word 文档（.doc）的表格无法解析（缺少段落属性）：{_SAVE_AS}", "bad_doc")
    out = _render(text, fcs, papx)
    doc = Document(out.text(), out.tokens, "doc", None, warnings=[struck_warning(struck)] if struck else [])
    if not doc.text.strip():
        raise ExtractError(f"Word 文档（.doc）中没有可读的文字：{_SAVE_AS}", "empty")
    return doc


def _render(text: str, fcs: list[int], papx: _Runs) -> TextBuilder:
    from .budgets import GridMeter

    out = TextBuilder()
    grid = GridMeter()
    tables = EdgeTables(out, grid)
    shown = _fields(text)
    para: list[str] = []
    cells: list[str] = []
    rows: list[tuple[list[str], RowDef]] = []
    for i, ch in enumerate(text):
        if ch == "\x07":
            props = papx.at(fcs[i])
            if _has(props, _TTP):  # the row's end
                rows.append((cells, _row_def(props)))
                cells = []
            else:
                cells.append(" ".join("".join(para).translate(_DROP).split()))
            para = []
        elif ch == "\r":
            line = "".join(para).translate(_DROP)
            para = []
            if _has(papx.at(fcs[i]), (0x2416,)):  # sprmPFInTable: a cell's paragraph before its last
                para = [line, " "]
                continue
            if rows:
                tables.add(rows)
                rows = []
            for part in line.split("\n"):
                out.line(part.strip())
        elif shown[i]:
            para.append(ch)
    if rows:
        tables.add(rows)
    if para:
        out.line("".join(para).translate(_DROP).strip())
    return out
