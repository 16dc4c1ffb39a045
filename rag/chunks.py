"""Section-aware chunks of a report for retrieval: narrative split on sentence ends within a
section, and every table row rendered as a readable sentence with its cell keys, so a question
about a table can be found by words and answered from cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor import tablespec as ts
from extractor.schema import Report, format_number

MAX_CHARS = 260


@dataclass
class Chunk:
    id: str
    report_id: str
    section: int | None
    kind: str  # narrative | table
    start: int
    end: int
    text: str
    cells: list[str] = field(default_factory=list)


def table_sentences(report: Report) -> list[tuple[str, list[str]]]:
    values = report.values()
    out: list[tuple[str, list[str]]] = []
    spec2 = ts.t2_spec(report.template.value)
    for row in spec2.rows:
        keys = [f"t2.{row.key}.{c}" for c in row.cols]
        if any(k in values for k in keys):
            parts = [f"{lab}{format_number(values.get(k))}" for lab, k in zip(row.col_labels, keys)]
            out.append((f"表二 {row.label}：" + "，".join(parts), keys))
    spec3 = ts.t3_spec_of(values)
    for row in spec3.rows:
        keys = [f"t3.{row.key}.{c}" for c in row.cols]
        if any(k in values for k in keys):
            parts = [f"{lab}{format_number(values.get(k))}件" for lab, k in zip(row.col_labels, keys)]
            head = f"{ts.T3_GROUP_HEADERS[row.parent].label}" if row.parent else ""
            out.append((f"表三 {head}{row.label}：" + "，".join(parts), keys))
    for row in ts.T4.rows:
        keys = [f"t4.{row.key}.{c}" for c in row.cols]
        if any(k in values for k in keys):
            parts = [f"{lab}{format_number(values.get(k))}件" for lab, k in zip(row.col_labels, keys)]
            out.append((f"表四 {row.label}：" + "，".join(parts), keys))
    return out


def build_chunks(report: Report) -> list[Chunk]:
    chunks: list[Chunk] = []
    spans = [(s.number, s.span.start, s.span.end) for s in report.sections] or [(None, 0, len(report.text))]
    t_start = report.tables_span.start if report.tables_span else None
    t_end = report.tables_span.end if report.tables_span else None
    for number, a, b in spans:
        pieces = [(a, b)]
        if t_start is not None and t_end is not None and a < t_end and t_start < b:
            pieces = [(a, max(a, t_start)), (min(b, t_end), b)]
        for pa, pb in pieces:
            for s, e in _pack(report.text, pa, pb):
                text = report.text[s:e].strip()
                if len(text) >= 4:
                    chunks.append(Chunk("", report.id, number, "narrative", s, e, text))
    for sentence, keys in table_sentences(report):
        spans_k = [c.span for c in report.cells if c.key in keys and c.span]
        s = min((x.start for x in spans_k), default=0)
        e = max((x.end for x in spans_k), default=0)
        number = 2 if keys[0].startswith("t2") else 3 if keys[0].startswith("t3") else 4
        chunks.append(Chunk("", report.id, number, "table", s, e, sentence, keys))
    for i, c in enumerate(chunks):
        c.id = f"{report.id}:{i}"
    return chunks


_SENT_END = re.compile(r"[。！？；!?\n]")


def _pack(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Sentences of text[a:b] packed into chunks of at most MAX_CHARS (a long sentence alone)."""
    out: list[tuple[int, int]] = []
    start = a
    cur_start = a
    for m in _SENT_END.finditer(text, a, b):
        end = m.end()
        if end - cur_start > MAX_CHARS and start > cur_start:
            out.append((cur_start, start))
            cur_start = start
        start = end
    if b > cur_start:
        if b - cur_start > MAX_CHARS and start > cur_start:
            out.append((cur_start, start))
            cur_start = start
        out.append((cur_start, b))
    return out
