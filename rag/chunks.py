"""Section-aware chunks of a report for retrieval: narrative split on sentence ends within a
section, and every table row rendered as a readable sentence with its cell keys, so a question
about a table can be found by words and answered from cells."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Report, format_number

from .tokens import bigrams, folded_bigrams

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
    # `bigrams(text)`, made by `build_chunks(report, grams=True)`; None: not made
    grams: list[str] | None = field(default=None, repr=False, compare=False)


def table_rows(values: Mapping[str, Any], template: str) -> list[tuple[str, str, list[str]]]:
    """Every printed table row of a report as (row reference 「t3.r4_1」, readable sentence, its cell
    keys), from its cell values and template alone: what the store re-renders a table-row chunk from
    at read time instead of keeping its sentence (`render_row`)."""
    out: list[tuple[str, str, list[str]]] = []
    for spec in (ts.t2_spec(template), ts.t3_spec_of(values), ts.T4):
        for row in spec.rows:
            got = _row_sentence(spec, row, values)
            if got is not None:
                out.append((f"{spec.id}.{row.key}", *got))
    return out


def render_row(ref: str, values: Mapping[str, Any], template: str) -> tuple[str, list[str]]:
    """The sentence and cell keys of one table row (`ref` as `table_rows` names it) of a report with
    these values: byte for byte what `build_chunks` gave its chunk while the renderer is unchanged
    (`renderer_fingerprint` tells when it changed). A row the current specs do not name renders as nothing."""
    table, _, key = ref.partition(".")
    spec = {"t2": ts.t2_spec(template), "t3": ts.t3_spec_of(values), "t4": ts.T4}.get(table)
    row = next((r for r in spec.rows if r.key == key), None) if spec else None
    got = _row_sentence(spec, row, values) if spec and row else None
    return got if got is not None else ("", [])


def _row_sentence(spec: ts.TableSpec, row: ts.RowSpec, values: Mapping[str, Any]) -> tuple[str, list[str]] | None:
    got = _row_parts(spec, row, values)
    if got is None:
        return None
    prefix, cells, keys = got
    return prefix + "，".join(lab + number + unit for lab, number, unit in cells), keys


def _row_parts(
    spec: ts.TableSpec, row: ts.RowSpec, values: Mapping[str, Any]
) -> tuple[str, list[tuple[str, str, str]], list[str]] | None:
    """A table row's sentence in its parts: the prefix (「表三 …：」, the same in every report), each
    cell's (column label, number, unit) — joined by 「，」 — and the row's cell keys; None when the
    report has none of its cells."""
    keys = list(_row_keys(spec.id, row.key, row.cols))
    if not any(k in values for k in keys):
        return None
    unit = "" if spec.id == "t2" else "件"
    cells = [(lab, format_number(values.get(k)), unit) for lab, k in zip(row.col_labels, keys)]
    head = ts.T3_GROUP_HEADERS[row.parent].label if spec.id == "t3" and row.parent else ""
    return f"{TITLES[spec.id]} {head}{row.label}：", cells, keys


@functools.lru_cache(maxsize=4096)  # one entry a row of the specs (a few hundred): bounded
def _row_keys(table: str, row: str, cols: tuple[str, ...]) -> tuple[str, ...]:
    """A table row's cell keys (「t3.r4_1.np」 …), the same for every report: formatted once, not once a
    row of every report (~0.05 ms a report at ingest, perfingest2). A tuple: each caller copies it."""
    return tuple(f"{table}.{row}.{c}" for c in cols)


# A table row's BM25 tokens from its parts (issue 16, perf16): the prefix and the column labels are the
# same in every report, so their bigrams are made once (`_const_grams`), and a cell's number is its own
# token — `bigrams` of the whole sentence gave the same list, at ~0.6 ms a report (a third of the
# tokens). Parts join without merging tokens: 「：」 and 「，」 are no token's characters; a number
# (digits, one decimal point) stands between a label that does not end in a digit or 「.」 and a unit of
# CJK characters or nothing. Any other cell (「空」 for a blank, a sign, an exponent) is tokenized whole,
# as before, through the same bounded cache (a blank cell's text is one of a few hundred).
# tests/test_perf16.py checks the equality on fuzzed values and on the corpus's rows.
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")  # ASCII: `fold` leaves it as it is


@functools.lru_cache(maxsize=4096)  # the specs' strings, and a blank cell's 「label空件」: a few hundred
def _const_grams(text: str) -> tuple[str, ...]:
    return tuple(bigrams(text))


@functools.lru_cache(maxsize=4096)
def _cell_frame(label: str, unit: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The tokens of a column label and of a unit that a plain number between them does not join
    (the label's last character no digit or 「.」, the unit CJK characters or nothing); None: not so."""
    last = fold(label[-1:])
    if last.isdigit() or last == "." or not all("\u4e00" <= ch <= "\u9fff" for ch in fold(unit)):
        return None
    return _const_grams(label), _const_grams(unit)


def _grams(prefix: str, cells: list[tuple[str, str, str]]) -> list[str]:
    """`bigrams` of a table row's sentence, made from its parts (`_row_parts`)."""
    out = list(_const_grams(prefix))
    for label, number, unit in cells:
        frame = _cell_frame(label, unit)
        if frame is not None and (number.isascii() and number.isdigit() or _PLAIN_NUMBER.fullmatch(number)):
            out += frame[0]
            out.append(number)
            out += frame[1]
        else:  # a blank (「空」) or an unusual number: the cell's tokens whole (few distinct: cached, bounded)
            out += _const_grams(label + number + unit)
    return out


TITLES = {"t2": "表二", "t3": "表三", "t4": "表四"}

# A table row's chunk (sentence, cell keys, BM25 tokens) depends on its spec row and the values of its
# cells alone, and reports repeat rows whole (a row of zeros, 「空」 under a blank column): made once
# a distinct row (issue 16, perf16 2: ~a third of a pool worker's `build_chunks`). The key holds each
# value with its type (1, 1.0 and True are equal keys but print apart) and a cell absent from the
# report apart from a blank one (`_ABSENT`); a spec is a constant compared by identity. Bounded: a
# full cache is emptied and filled again, never grown.
_ABSENT = object()
_ROW_CACHE: dict[tuple, tuple[str, tuple[str, ...], tuple[str, ...]] | None] = {}
_ROW_CACHE_LIMIT = 8192  # entries of ~1–2 kB (a sentence and its ~30 tokens): ≤ ~16 MB a process


def _table_row(
    spec: ts.TableSpec, row: ts.RowSpec, values: Mapping[str, Any]
) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """(sentence, cell keys, `bigrams(sentence)`) of a table row of a report with these values —
    what `_row_parts` and `_grams` make of it — or None when the report has none of its cells."""
    keys = _row_keys(spec.id, row.key, row.cols)
    vals = tuple([values.get(k, _ABSENT) for k in keys])
    ckey = (spec, row.key, vals, tuple(map(type, vals)))
    got = _ROW_CACHE.get(ckey, _ABSENT)
    if got is _ABSENT:
        parts = _row_parts(spec, row, values)
        if parts is None:
            got = None
        else:
            prefix, cells, _ = parts
            got = (
                prefix + "，".join(lab + number + unit for lab, number, unit in cells),
                keys,
                tuple(_grams(prefix, cells)),
            )
        if len(_ROW_CACHE) >= _ROW_CACHE_LIMIT:
            _ROW_CACHE.clear()
        _ROW_CACHE[ckey] = got
    return got  # type: ignore[return-value]


@functools.cache
def renderer_fingerprint() -> str:
    """A digest of every row's rendering under every template and table-三 variant, with an int, a
    float and a blank among the values: it changes whenever a label, a number's format or a row
    does, so a store whose table-row texts were rendered otherwise rebuilds its BM25 index."""
    h = hashlib.blake2b(digest_size=8)
    for template in ("GF2019", "GF2021"):
        for spec in (ts.t2_spec(template), ts.T3_GF2019, ts.T3_GF2021, ts.T4):
            every = [f"{spec.id}.{r.key}.{c}" for r in spec.rows for c in r.cols]
            probe = {k: None if i % 7 == 3 else 1234.5 if i % 5 == 1 else i for i, k in enumerate(every)}
            for ref, sentence, keys in table_rows(probe, template):
                h.update(f"{ref}\t{sentence}\t{','.join(keys)}\n".encode())
    return h.hexdigest()


def build_chunks(report: Report, grams: bool = False) -> list[Chunk]:
    """A report's chunks; with `grams`, each with its BM25 tokens (`Chunk.grams` = `bigrams(text)`:
    the report's text folded once for its narrative chunks, a table row's made from its parts)."""
    chunks: list[Chunk] = []
    folded = fold(report.text) if grams else ""
    spans = [(s.number, s.span.start, s.span.end) for s in report.sections] or [(None, 0, len(report.text))]
    t_start = report.tables_span.start if report.tables_span else None
    t_end = report.tables_span.end if report.tables_span else None
    for number, a, b in spans:
        pieces = [(a, b)]
        if t_start is not None and t_end is not None and a < t_end and t_start < b:
            pieces = [(a, max(a, t_start)), (min(b, t_end), b)]
        for pa, pb in pieces:
            for s, e in _pack(report.text, pa, pb):
                raw = report.text[s:e]
                text = raw.strip()
                if len(text) >= 4:
                    chunks.append(Chunk("", report.id, number, "narrative", s, e, text))
                    if grams:
                        at = s + len(raw) - len(raw.lstrip())
                        chunks[-1].grams = folded_bigrams(folded[at : at + len(text)])
    reach: dict[str, tuple[int, int]] = {}  # a cell key's first start and last end over its spans
    for c in report.cells:
        if c.span:
            got = reach.get(c.key)
            reach[c.key] = (
                (c.span.start, c.span.end) if got is None else (min(got[0], c.span.start), max(got[1], c.span.end))
            )
    values = report.values()
    template = report.template.value
    for spec in (ts.t2_spec(template), ts.t3_spec_of(values), ts.T4):
        number = 2 if spec.id == "t2" else 3 if spec.id == "t3" else 4
        for row in spec.rows:
            got = _table_row(spec, row, values)
            if got is None:
                continue
            sentence, keys, toks = got
            spans_k = [x for x in map(reach.get, keys) if x is not None]
            s = min((x[0] for x in spans_k), default=0)
            e = max((x[1] for x in spans_k), default=0)
            chunks.append(
                Chunk("", report.id, number, "table", s, e, sentence, list(keys), list(toks) if grams else None)
            )
    for i, c in enumerate(chunks):
        c.id = f"{report.id}:{i}"
    return chunks


# Vectors are made over passages of PASSAGE narrative chunks (issue 16, disk and ingest): chunk i of a
# report belongs to the passage headed by chunk i - i % PASSAGE (narrative chunks are numbered first,
# from 0), whose vector id is that head's chunk id: fewer vectors, fewer of chroma's bytes and HNSW
# inserts. BM25 keeps the fine chunks, and a search ranks fine chunks again: within a few
# reports by their own vectors made at question time (`Index._exact`), over the corpus among the
# chunks of the nearest passages (`Index.vector`). The layout is part of the index's version, so an
# index of one vector a chunk, or of another passage size, is rebuilt when opened. Six chunks (was
# three, store16; issue 16, scale18): ~3.4 vectors a report, half the HNSW memory and inserts; the
# chunks of the 3k nearest passages (`rag.index.PASSAGES_SEARCHED`) find what three chunks' 2k found
# (`bench/embed_dim.py --passages 3 6 --searched 2 3 --distractors 30000`, docs/scale.md).
PASSAGE = 6


def vector_version(embedding: str) -> str:
    """The version an index of passage vectors made by this embedding records."""
    return f"{embedding}+p{PASSAGE}"


def chunk_number(chunk_id: str) -> int:
    return int(chunk_id.rsplit(":", 1)[1])


def passage_id(chunk_id: str) -> str:
    """The vector id of the passage a narrative chunk belongs to (its head's chunk id)."""
    rid, _, i = chunk_id.rpartition(":")
    return f"{rid}:{int(i) - int(i) % PASSAGE}"


def passage_members(passage: str) -> list[str]:
    """The chunk ids a passage may hold (the last passage of a report holds fewer: ids past its
    narrative chunks are table rows or nothing)."""
    rid, _, i = passage.rpartition(":")
    return [f"{rid}:{int(i) + j}" for j in range(PASSAGE)]


def passages(chunks: list[Chunk]) -> list[tuple[Chunk, list[Chunk]]]:
    """The passages of some reports' narrative chunks (in the given order, a report's chunks in
    chunk order): (the passage as a chunk — its head's id, the members' texts joined — , its
    members)."""
    out: list[tuple[Chunk, list[Chunk]]] = []
    by_id: dict[str, int] = {}
    for c in chunks:
        if c.kind != "narrative":
            continue
        pid = passage_id(c.id)
        at = by_id.get(pid)
        if at is None:
            by_id[pid] = len(out)
            out.append((Chunk(pid, c.report_id, c.section, "narrative", c.start, c.end, ""), [c]))
        else:
            out[at][1].append(c)
    for p, members in out:
        members.sort(key=lambda m: chunk_number(m.id))
        p.end = members[-1].end
        p.text = passage_text([m.text for m in members])
    return out


def passage_text(texts: list[str]) -> str:
    return "\n".join(texts)


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
