"""Write extractor/data/pdfium/xxgk-embox.ttf: the one font PDFium is served (extractor/pdfium_fonts.py).

A PDF that does not embed its CJK font (STSong-Light, SimSun …) is drawn by PDFium from a system font
it substitutes, and what PDFium's text page keeps of it follows that font's outlines: with WenQuanYi,
Noto CJK or no CJK font at all (a slim server image) the same file gave other boxes, words and cells;
with none, a one-character object whose glyph is missing was dropped. Served only this font, PDFium
reads every machine alike.

The font is made here from nothing (no outline of any existing font: nothing to license): two
identical glyphs (.notdef and the one every code point maps to, cmap format 13) whose outline is one
zero-area contour from (0, -120) to (1000, 880). Its box is the ideographic em box the extractor
boxes non-embedded characters with (pdf_layer._EM_BOTTOM/_EM_TOP), its advance one em; drawn, it
covers nothing (a page rendered for OCR shows no black squares). The OS/2 code pages claim the CJK
charsets, so PDFium picks it for every CJK font it must substitute; Latin fonts keep PDFium's
built-in substitutes (they are in the PDFium binary, the same on every machine).

    python scripts/make_pdfium_font.py [OUT]

Deterministic (no timestamps): tests/test_pdfium_fonts.py checks the shipped file is this output."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extractor.pdf_layer import _EM_BOTTOM, _EM_TOP  # noqa: E402  (the box the extractor reads with)

OUT = ROOT / "extractor" / "data" / "pdfium" / "xxgk-embox.ttf"
FAMILY = "XXGK EmBox"
EM = 1000
BOTTOM, TOP = round(_EM_BOTTOM * EM), round(_EM_TOP * EM)  # the ideographic em box, in font units
# OS/2 ulCodePageRange1 bits: JIS/Japan, Chinese Simplified, Korean Wansung, Chinese Traditional, Korean Johab
CJK_CODE_PAGES = (1 << 17) | (1 << 18) | (1 << 19) | (1 << 20) | (1 << 21)


def _glyph() -> bytes:
    """One contour of two on-curve points: the em box's corners, a line there and back (no area)."""
    header = struct.pack(">hhhhh", 1, 0, BOTTOM, EM, TOP)
    flags = bytes([0x01, 0x01])  # on curve, coordinates as int16 deltas
    return (
        header + struct.pack(">HH", 1, 0) + flags + struct.pack(">hh", 0, EM) + struct.pack(">hh", BOTTOM, TOP - BOTTOM)
    )


def _cmap() -> bytes:
    """Format 13 (many code points to one glyph) under Windows UCS-4: U+0000–U+10FFFF → glyph 1."""
    sub = struct.pack(">HHIIIIII", 13, 0, 28, 0, 1, 0, 0x10FFFF, 1)
    return struct.pack(">HHHHI", 0, 1, 3, 10, 12) + sub


def _name() -> bytes:
    """Family, style, unique, full and PostScript names, Macintosh Roman and Windows Unicode."""
    names = {1: FAMILY, 2: "Regular", 3: FAMILY + " Regular", 4: FAMILY, 6: FAMILY.replace(" ", "")}
    records = []
    storage = b""
    for platform, encoding, language, codec in ((1, 0, 0, "latin-1"), (3, 1, 0x409, "utf-16-be")):
        for name_id, text in names.items():
            data = text.encode(codec)
            records.append(struct.pack(">HHHHHH", platform, encoding, language, name_id, len(data), len(storage)))
            storage += data
    return struct.pack(">HHH", 0, len(records), 6 + 12 * len(records)) + b"".join(records) + storage


def _os2() -> bytes:
    """OS/2 version 4: regular weight, the em box as ascent and descent, the CJK code pages."""
    return (
        struct.pack(">HhHHH", 4, EM, 400, 5, 0)
        + struct.pack(">10h", 650, 700, 0, 140, 650, 700, 0, 480, 50, 250)
        + struct.pack(">h", 0)
        + bytes(10)  # PANOSE: any
        + struct.pack(">IIII", 0, 0, 0, 0)
        + b"XXGK"
        + struct.pack(">HHH", 0x40, 0x20, 0xFFFF)
        + struct.pack(">hhhHH", TOP, BOTTOM, 0, TOP, -BOTTOM)
        + struct.pack(">II", CJK_CODE_PAGES, 0)
        + struct.pack(">hhHHH", 500, 700, 0, 0x20, 1)
    )


def _checksum(data: bytes) -> int:
    data += bytes(-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def build() -> bytes:
    """The font file's bytes."""
    glyph = _glyph()
    tables = {
        "OS/2": _os2(),
        "cmap": _cmap(),
        "glyf": glyph + glyph,
        "head": struct.pack(
            ">IIIIHHqqhhhhHHhhh", 0x10000, 0x10000, 0, 0x5F0F3CF5, 0x000B, EM, 0, 0, 0, BOTTOM, EM, TOP, 0, 8, 2, 0, 0
        ),
        "hhea": struct.pack(">I3hH3h3h4hhH", 0x10000, TOP, BOTTOM, 0, EM, 0, 0, EM, 1, 0, 0, 0, 0, 0, 0, 0, 2),
        "hmtx": struct.pack(">HhHh", EM, 0, EM, 0),
        "loca": struct.pack(">HHH", 0, len(glyph) // 2, len(glyph)),
        "maxp": struct.pack(">IHHHHHHHHHHHHHH", 0x10000, 2, 2, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0),
        "name": _name(),
        "post": struct.pack(">IIhhIIIII", 0x30000, 0, -100, 50, 0, 0, 0, 0, 0),
    }
    n = len(tables)
    search = 1 << (n.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x10000, n, search * 16, n.bit_length() - 1, n * 16 - search * 16)
    offset = len(header) + 16 * n
    directory = b""
    body = b""
    for tag in sorted(tables):
        data = tables[tag]
        directory += struct.pack(">4sIII", tag.encode(), _checksum(data), offset + len(body), len(data))
        body += data + bytes(-len(data) % 4)
    font = bytearray(header + directory + body)
    head_at = offset + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in sorted(tables) if t < "head")
    struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build())
    print(f"{out}: {out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
