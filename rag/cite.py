"""Citations a person can paste: a table citation quotes the printed row label, the column and the
printed digits, with the page; a narrative citation quotes the report verbatim, a line break
inside a sentence joined (PDF and scrape line ends are not the author's), nothing inserted."""

from __future__ import annotations

import re

from extractor import tablespec as ts
from extractor.schema import Citation, Span, format_number

from .lazyre import lazy

SECTION_OF_TABLE = {"t2": 2, "t3": 3, "t4": 4}
_TABLE_SHORT = {"t2": "表二", "t3": "表三", "t4": "表四"}
_BREAK = lazy(r"[ \t\u3000]*\r?\n[ \t\u3000]*")


def fmt(v) -> str:
    """A number as a person writes it: 56, 93.38, 1163.54; 「空白」 for a blank cell."""
    return format_number(v, "空白")


def joined(text: str) -> str:
    """Verbatim text with the line breaks inside it joined (an ASCII word boundary keeps a space)."""

    def repl(m: re.Match) -> str:
        a, b = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        return " " if a.isascii() and a.isalnum() and b.isascii() and b.isalnum() else ""

    return _BREAK.sub(repl, text).strip()


def cell_label(key: str, variant_keys=()) -> str:
    """「表三「一、本年新收政府信息公开申请数量」总计」 for t3.new.tot."""
    table, row, col = key.split(".", 2)
    if table == "t3":
        spec = ts.t3_spec_of(variant_keys or (key,))
        head = ts.T3_GROUP_HEADERS.get(row)
        label = next((r.label for r in spec.rows if r.key == row), head.label if head else row)
        parent = next((r.parent for r in spec.rows if r.key == row), "")
        if parent:
            label = f"{ts.T3_GROUP_HEADERS[parent].label}{label}"
        return f"表三「{label}」{ts.T3_COL_LABELS.get(col, col)}"
    if table == "t4":
        return f"表四「{ts.T4_GROUP_LABELS.get(row, row)}」{ts.T4_COL_LABELS.get(col, col)}"
    for spec in (ts.T2_GF2021, ts.T2_GF2019):
        for r in spec.rows:
            if r.key == row and col in r.cols:
                return f"表二「{r.label}」{r.col_labels[r.cols.index(col)]}"
    return f"{_TABLE_SHORT.get(table, table)}「{row}」{col}"


def cells_in_words(keys: list[str], cells) -> str:
    """「表三「二、上年结转…」商业企业、科研机构；表三「（七）总计」总计」: cells grouped by row."""
    rows: dict[str, list[str]] = {}
    for k in keys:
        head, col = cell_label(k, cells).rsplit("」", 1)
        rows.setdefault(head + "」", []).append(col)
    return "；".join(f"{head}{'、'.join(cols)}" for head, cols in rows.items())


def cell_citation(rid: str, entry, cells: dict, keys: list[str]) -> Citation:
    """Cells of one report: each quoted as printed (blank cells say so), the page where known."""
    keys = [k for k in dict.fromkeys(keys) if k in cells]
    spans = [(cells[k]["start"], cells[k]["end"], cells[k]["page"]) for k in keys if cells[k]["start"] is not None]
    span = Span(start=min(s[0] for s in spans), end=max(s[1] for s in spans), page=spans[0][2]) if spans else None
    rows: dict[str, list[str]] = {}  # one printed row label, then its columns with their digits
    for k in keys:
        raw = (cells[k]["raw"] or "").strip()
        label = cell_label(k, cells)
        head, col = label.rsplit("」", 1)
        rows.setdefault(head + "」", []).append(f"{col} {raw if raw else '（空白）'}")
    quote = "；".join(f"{head}{'，'.join(cols)}" for head, cols in rows.items()) + (
        f"（第{span.page}页）" if span and span.page else ""
    )
    return Citation(
        report_id=rid,
        agency=entry.agency if entry else None,
        year=entry.year if entry else None,
        cells=keys,
        span=span,
        quote=quote,
        section=SECTION_OF_TABLE.get(keys[0][:2]) if keys else None,
    )


def text_citation(
    rid: str,
    entry,
    text: str,
    start: int,
    end: int,
    section: int | None = None,
    chunk_id: str | None = None,
    cells: list[str] | None = None,
) -> Citation:
    return Citation(
        report_id=rid,
        agency=entry.agency if entry else None,
        year=entry.year if entry else None,
        section=section,
        span=Span(start=start, end=end),
        quote=joined(text[start:end]),
        chunk_id=chunk_id,
        cells=cells or [],
    )


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous 。！？； (or paragraph start) to
    the next one. A single line break does not end a sentence; a blank line does. A row of a table
    (「（一）回应公众关注热点或重大舆情数 | 次 | 12」, cells parted by 「|」 or tabs) is its own line: no
    sentence runs over a table's rows."""
    row_a = text.rfind("\n", 0, start) + 1
    row_b = text.find("\n", end)
    row_b = len(text) if row_b < 0 else row_b
    if _TABLE_ROW.search(text, row_a, row_b):
        return row_a + len(text[row_a:row_b]) - len(text[row_a:row_b].lstrip()), row_b
    a = max(
        max(text.rfind(ch, 0, start) for ch in "。；！？") + 1,
        text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0,
    )
    stops = [i for i in (text.find(ch, end) for ch in "。；！？") if i >= 0]
    para = text.find("\n\n", end)
    if para >= 0:
        stops.append(para - 1)
    b = min(stops) + 1 if stops else len(text)
    # heading lines right before the sentence are not part of it (「（一）主动公开情况」); a short line
    # without punctuation is one only where it starts its line — 「…人；“上海科技”视频\n号共制作…」 is
    # the sentence's own beginning, wrapped
    while True:
        a0 = a
        while a < start and text[a] in "\n \t\u3000":
            a += 1
        nl = text.find("\n", a, start)
        line = text[a:nl].strip() if nl >= 0 else ""
        own_line = a == 0 or "\n" in text[max(a0 - 1, 0) : a]
        if nl < 0 or not (_NUMBERED.match(line) or own_line and _SHORT_LINE.match(line)):
            return a, b
        a = nl + 1


# three cells of a row, one of them a number, parted as a text copy parts them (a tab stop inside a sentence is not)
_TABLE_ROW = lazy(r"\S[ \t]*(?:\||\t)[ \t]*\S[^\n|\t]*(?:\||\t)[ \t]*\d")
_NUMBERED = lazy(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]|第[一二三四五六七八九十]+[部章节]).{0,30}$")
_SHORT_LINE = lazy(r"^[^，,。；;：:、]{0,14}$")
_HEADING = lazy(f"{_NUMBERED.pattern}|{_SHORT_LINE.pattern}")


_STOP = lazy(r"[。！？；!?;]|\n[ \t\u3000]*\n|\n")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a text: ended by 。！？；, by a blank line, or by the line break after a
    heading line (「六、其他需要报告的事项」); any other line break is inside a sentence."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _STOP.finditer(text):
        if m.group().startswith("\n") and m.group().count("\n") == 1:
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
            if not _HEADING.match(line) or not line:
                continue
        if text[start : m.end()].strip():
            out.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out
