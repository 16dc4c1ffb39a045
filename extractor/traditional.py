"""繁體 reports: read through a simplified view, reported as printed.

Some sites publish the 繁體 version of a report (a server converts the page character by character),
or a Big5 text. Every label, heading and keyword the extractor matches is simplified, so such a report
was refused as 「不是…年度报告」. A text found traditional is read through a copy where each character of
a small shipped map (extractor/data/trad_simp.tsv, written by scripts/make_trad_simp.py from OpenCC over
the characters the extractor's own words and agency/place data use) is replaced by its simplified form.
The replacement is one character for one, so every offset of the view is the offset of the printed
text: after extraction the report's text, title and every quote are cut again from the text as
printed, and a span points at the original characters; the agency is given in simplified characters
(the body's official name, the one people search by), a place name's own characters kept (乾安县).

Only a text with many characters that simplified Chinese never writes (not GB2312) is converted: a
simplified report quoting a traditional name is read as it is."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from .document import Document
from .schema import Report

DATA = Path(__file__).resolve().parent / "data" / "trad_simp.tsv"
_SAMPLE = 20_000  # characters looked at: the title, the preamble and the first tables
_MIN_TRADITIONAL = 20  # characters simplified text never writes, in the sample ...
_MIN_SHARE = 0.05  # ... and at least this share of its CJK characters


@functools.cache
def _map() -> dict[int, str]:
    pairs: dict[int, str] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            t, s = line.split("\t")
            pairs[ord(t)] = s
    return pairs


def _gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


@functools.cache
def _traditional_only() -> re.Pattern[str]:
    """The map's characters that no simplified text writes (「開」「報」, not 「於」「著」)."""
    chars = "".join(chr(cp) for cp in _map() if not _gb2312(chr(cp)))
    return re.compile("[" + re.escape(chars) + "]")


_CJK = re.compile("[\u3400-\u9fff]")


def is_traditional(text: str) -> bool:
    sample = text[:_SAMPLE]
    n = len(_traditional_only().findall(sample))
    return n >= _MIN_TRADITIONAL and n >= _MIN_SHARE * len(_CJK.findall(sample))


def has_traditional(text: str) -> bool:
    """Any character simplified text never writes (a short text, a question: one is enough)."""
    return _traditional_only().search(text) is not None


def simplify(text: str) -> str:
    """The same text with the map's traditional characters simplified (same length, same offsets)."""
    return text.translate(_map())


@functools.cache
def _traditional_only_map() -> dict[int, str]:
    """The part of the map no simplified text writes: 「區」「縣」「峯」, not 「乾」「於」「著」."""
    return {cp: s for cp, s in _map().items() if not _gb2312(chr(cp))}


def simplify_name(name: str) -> str:
    """A name (an agency, a place) as the gazetteer spells it, for matching: only the characters
    simplified text never writes are replaced (「秀峯區」 → 「秀峰区」), so a simplified name such as
    「乾安县」 stays itself. One character for one: offsets hold."""
    return name.translate(_traditional_only_map())


def as_printed(s: str, view: str, printed: str) -> str:
    """A string cut from `view` (a one-for-one simplified copy of `printed`), as printed."""
    return _as_printed(s, view, printed) or s


@functools.cache
def _own_names() -> re.Pattern[str] | None:
    """Place names (divisions, their short forms, townships) written with a character of the map that
    simplified text writes too (「乾安县」「乾县」「於潜镇」): a site's converter leaves that character as it
    is, so in a 繁體 report it is the name's own, not a converter's slip for another character (「乾部」 for
    干部, which the view does simplify)."""
    from . import gazetteer as G  # (the gazetteer is read only for a 繁體 report)

    both = {chr(cp) for cp in _map() if _gb2312(chr(cp))}
    tables = G._tables()
    names = {n for group in (tables[1], tables[2], G._towns_by_name()) for n in group if len(n) >= 2}
    own = sorted((n for n in names if both.intersection(n)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, own))) if own else None


def simplify_report_text(text: str) -> str:
    """A 繁體 text simplified for reading: every character of the map (「乾部」 → 干部, 「行政複議」 → 行政复议),
    but a place name's own character (「乾安縣」 → 乾安县, never 干安县). One character for one."""
    view = simplify(text)
    own = _own_names()
    if own is None or not own.search(kept := simplify_name(text)):
        return view
    out = list(view)
    for m in own.finditer(kept):
        out[m.start() : m.end()] = kept[m.start() : m.end()]
    return "".join(out)


def simplified_view(doc: Document) -> Document | None:
    """The document as the extractor reads it when it is traditional, else None."""
    if not is_traditional(doc.text):
        return None
    tokens = [dataclasses.replace(t, text=simplify_report_text(t.text)) for t in doc.tokens]
    hint = simplify_report_text(doc.title_hint) if doc.title_hint else None
    return dataclasses.replace(doc, text=simplify_report_text(doc.text), tokens=tokens, title_hint=hint)


def _as_printed(s: str | None, view: str, printed: str) -> str | None:
    """A string the extractor cut from the view, as printed (the first place the view has it)."""
    if not s:
        return s
    i = view.find(s)
    return printed[i : i + len(s)] if i >= 0 else s


def restore_printed(report: Report, view: str, printed: str) -> Report:
    """The report of a simplified view with its text and quotes as printed. The agency stays
    simplified (as agency_full, agency_short and region: the gazetteer's): the body's official name
    is simplified, people search and records group by it; the printed form is in the text, the title
    and the quotes. The view keeps a place name's own characters (`simplify_report_text`), so the
    name is the body's, not a converter's (「乾安縣」 → 乾安县)."""

    def cut(start: int, end: int, s: str) -> str:
        return printed[start:end] if view[start:end] == s else s

    report.text = printed
    report.title = _as_printed(report.title, view, printed)
    for c in report.cells:
        if c.span is not None:
            c.raw = cut(c.span.start, c.span.end, c.raw)
    for m in report.metrics:
        m.quote = cut(m.span.start, m.span.end, m.quote)
    for sec in report.sections:
        i = view.find(sec.heading, sec.span.start)
        if i >= 0:
            sec.heading = printed[i : i + len(sec.heading)]
    return report
