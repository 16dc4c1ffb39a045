"""The report's SCRIPT (the wild32 families): a site's 繁體 switch with a converter's slips, and a
bilingual report — a minority script (Tibetan, Uyghur, Mongolian, Korean) with the Chinese.

- `traditional_with_slips`: a character-by-character converter's known mistakes on top of the 繁體 text
  (复 → 複 everywhere, 干 → 乾): the report is read through its simplified view; the agency is read back
  in SIMPLIFIED characters (the body's official name, the one people search by), a place name's own
  character kept (「乾安縣」 → 乾安县, never 干安县): `draw_simplified_written_agency`.
- `bilingual`: a line in the minority script above the title and above every Chinese heading, numbered
  with that script's own digits (「༤ …」 above 「四、…」), and, with `labels`, the label cells of the
  tables holding both scripts (「བསྐྱར་ཞིབ། 行政复议」, 「行政复议 مەمۇرىي قايتا قاراش」). The tables' values are the
  Chinese text's digits: a minority-script digit is never a value (extractor/normalize.py `fold`)."""

from __future__ import annotations

import re
from dataclasses import replace

from eval.reportgen.agencies import Agency, _divisions, draw_agency
from eval.reportgen.draw import Draw
from eval.reportgen.layout import Grid, Parts, rows_of
from eval.reportgen.traditional import traditional

# (the script's ten digits or "" for one written with ASCII digits, words for a heading line, words
# for a label, whether the minority words stand before the Chinese)
SCRIPTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], bool]] = {
    "tibetan": (
        "".join(chr(0x0F20 + i) for i in range(10)),
        ("སྲིད་གཞུང་གི་ཆ་འཕྲིན་གསལ་བསྒྲགས།", "གནས་ཚུལ།", "ལོ་རེའི་སྙན་ཞུ།"),
        ("འཛིན་སྐྱོང་བསྐྱར་ཞིབ།", "ཁྲིམས་གཏུགས།", "གྲུབ་འབྲས།", "ཁྱོན་བསྡོམས།"),
        True,
    ),
    "uyghur": (
        "".join(chr(0x0660 + i) for i in range(10)),
        ("ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش", "ئەھۋالى", "يىللىق دوكلات"),
        ("مەمۇرىي قايتا قاراش", "مەمۇرىي دەۋا", "نەتىجە", "جەمئىي"),
        False,
    ),
    "mongolian": (
        "".join(chr(0x1810 + i) for i in range(10)),
        ("ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ", "ᠪᠠᠶᠢᠳᠠᠯ", "ᠵᠢᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠦᠯᠦᠯᠲᠡ"),
        ("ᠳᠠᠬᠢᠨ ᠬᠢᠨᠠᠯᠲᠠ", "ᠵᠠᠷᠭᠤ", "ᠦᠷ᠎ᠡ ᠳᠦᠩ", "ᠨᠡᠢᠲᠡ"),
        True,
    ),
    "korean": ("", ("정부정보공개", "행정재심의 정황", "년도 보고"), ("행정재심의", "행정소송", "결과", "총계"), True),
}
_HEADING = re.compile(r"([一二三四五六七八九])、")
_CN = "一二三四五六七八九"


def _beside(script: str, minority: str, chinese: str) -> str:
    return f"{minority} {chinese}" if SCRIPTS[script][3] else f"{chinese} {minority}"


def _relabel(grid: Grid, script: str, d: Draw) -> Grid:
    """Every row label (a label cell in a row that holds values) and table 四's group heads in both scripts."""
    words = SCRIPTS[script][2]
    out: Grid = []
    for row in grid:
        has_values = any(c.value for c in row)
        out.append(
            [
                replace(c, text=_beside(script, d.pick(words), c.text))
                if not c.value and c.text.strip() and (has_values or c.text in ("行政复议", "行政诉讼"))
                else c
                for c in row
            ]
        )
    return out


def bilingual(p: Parts, d: Draw, labels: bool, script: str | None = None) -> Parts:
    script = script or d.pick(tuple(SCRIPTS))
    digits, heads, _words, _before = SCRIPTS[script]

    def lines(b: str) -> list[str]:
        m = _HEADING.match(b)
        if m is None:
            return [b]
        n = _CN.index(m[1]) + 1
        number = f"{digits[n]} " if digits else ""
        return [number + d.pick(heads), b]

    def blocks(bs: list) -> list:
        out: list = []
        for b in bs:
            if isinstance(b, str):
                out += lines(b)
            elif labels:
                grid = _relabel(b[2], script, d)
                out.append((b[0], rows_of(grid), grid))
            else:
                out.append(b)
        return out

    head = [SCRIPTS[script][1][-1], *p.head] if p.head else []
    return Parts(head, blocks(p.blocks), blocks(p.tail))


def converted(p: Parts, convert) -> Parts:
    """Every paragraph and cell of the report through `convert` (a DOCX or PDF made from the 繁體 page)."""

    def blocks(bs: list) -> list:
        out: list = []
        for b in bs:
            if isinstance(b, str):
                out.append(convert(b))
            else:
                grid = [[replace(c, text=convert(c.text)) for c in row] for row in b[2]]
                out.append((b[0], rows_of(grid), grid))
        return out

    return Parts(blocks(p.head), blocks(p.blocks), blocks(p.tail))


def traditional_with_slips(text: str) -> str:
    """A site's 繁體 switch: character by character, with the slips such converters make (复 → 複
    everywhere, 干 → 乾; a name's own 「乾」 stays 乾)."""
    return traditional(text.replace("干", "乾")).replace("復", "複")


# Counties whose name has a character simplified text writes too and a converter leaves as it is
_OWN_CHARACTER = ("乾安县", "乾县")


def draw_simplified_written_agency(d: Draw) -> Agency:
    """The agency of a 繁體 report, to be read back as its simplified full name (`printed` = `full`:
    the report prints it — in 繁體, as the whole page — wherever its style says); one draw in four a
    county body whose name has a character a converter keeps (「乾安縣」)."""
    a = draw_agency(d)
    if d.int(0, 3) == 3:
        rows = _divisions()[0]
        own = d.pick(_OWN_CHARACTER)
        code = next(c for c, (n, _p) in rows.items() if n == own)
        name, parent = rows[code]
        body = a.body if not a.body.endswith("厅") else "人民政府"
        if body == "人民政府办公厅":
            body = "人民政府办公室"
        place = rows[parent][0] + name
        a = Agency(place + body, place, body, a.self_ref if body == a.body else "本机关")
    return replace(a, printed=a.full)
