"""Narrative numbers no rule claimed: where the lean LLM pass looks, and nowhere else.

The rules read ~99.6 % of the quantitative claims of the corpus. What they leave are numbers
without a unit (「粉丝数 54373」), quantities in Chinese numerals (「近百条」「千余条」「五个试点区」)
and the like. This module finds them — every number outside the tables that is not inside a rule
metric and is not one of the many numbers that are not claims (dates, times, years, document and
article numbers, list ordinals, telephone and postcode, floors, URLs, numbers inside names and
titles such as 「12345热线」 or 《…二十条措施》) — and returns the clauses holding them, so the LLM
reads a few dozen characters per open number instead of whole sections.

    >>> clause spans of 「…中国教育报刊发我省教育新闻近百条，…」 → the clause around 「近百条」
"""

from __future__ import annotations

import re

from .metrics import UNITS
from .normalize import fold
from .schema import NARRATIVE_SECTIONS, Report, Span

_UNIT = "|".join(re.escape(u) for u in UNITS)
_NUMBER = re.compile(
    rf"(?P<ar>\d+(?:,\d{{3}})*(?:\.\d+)?)"
    rf"|(?P<cn>[零一二两三四五六七八九十百千万亿]+)(?=(?:余|多)?(?:{_UNIT}))"
)
_BAD_BEFORE = frozenset("第届〔[(（.-—/:_#%")
_NOT_A_CLAIM_AFTER = re.compile(
    r"\s*(?:年|月|日|号|时|点|分钟前|周岁|周年|届|次会议|次全会|中全会|号文|条例|版|[)）、]|\.(?!\d)|[-:_/]|"
    r"个?部分|季度|层|楼|栋|室|热线|平台|专线|宣传日|后台|[A-Za-z])"
)
_CONTACT = re.compile(r"(?:邮编|邮政编码|电话|传真|地址|网址|邮箱|时间|日期|编号|文号|来源)[:：]?[^。；\n]{0,16}$")
_QUOTED = re.compile(r"《[^》\n]{0,60}》|\"[^\"\n]{0,30}\"|「[^」\n]{0,30}」")
_CLAUSE_END = re.compile(r"[。；;！!？?]|\n\s*\n")  # a line break alone may be a wrapped line
_MAX_SIDE = 80  # characters of context on either side of a number, at most
MAX_CLAUSES, MAX_CHARS = 20, 2000  # per report


def narrative_spans(report: Report) -> list[tuple[int, int, int | None]]:
    """(start, end, section number) of the sections the section-wise pass reads."""
    legacy = report.template.value == "LEGACY"
    return [(s.span.start, s.span.end, s.number) for s in report.sections if legacy or s.number in NARRATIVE_SECTIONS]


def outside_tables(report: Report) -> list[tuple[int, int]]:
    """What the rule metrics read: the whole text but the tables (a section finder's slip, such as a
    narrative paragraph put under 三, does not hide a number from the lean pass)."""
    t, n = report.tables_span, len(report.text)
    parts = [(0, t.start), (t.end, n)] if t else [(0, n)]
    return [(a, b) for a, b in parts if b > a]


def open_numbers(report: Report) -> list[Span]:
    """Spans of the numbers outside the tables that no rule metric covers and that may be claims."""
    text = fold(report.text)
    claimed = sorted((m.span.start, m.span.end) for m in report.metrics)
    out: list[Span] = []
    for a, b in outside_tables(report):
        quoted = [m.span() for m in _QUOTED.finditer(text, a, b)]
        for m in _NUMBER.finditer(text, a, b):
            s, e = m.span()
            if any(x <= s < y for x, y in claimed) or _in_table_row(text, s):
                continue
            if s and (text[s - 1] in _BAD_BEFORE or text[s - 1].isascii() and text[s - 1].isalnum()):
                continue
            if _NOT_A_CLAIM_AFTER.match(text, e) or _CONTACT.search("".join(text[max(a, s - 32) : s].split())):
                continue
            if any(x <= s < y for x, y in quoted):
                continue
            if m.group("cn") in ("一", "两"):  # 「一批」「一次性」「两会」: words, not counts
                continue
            out.append(Span(start=s, end=e))
    return out


def _in_table_row(text: str, at: int) -> bool:
    """Whether the line around `at` is a row of an (unparsed) table: several numbers and cell
    separators, or no Chinese at all."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a : b if b >= 0 else len(text)]
    if not re.search(r"[\u4e00-\u9fff]", line):
        return True
    return len(re.findall(r"\d+", line)) >= 3 and len(re.findall(r"[|\t]", line)) >= 2


def open_clauses(report: Report) -> list[Span]:
    """The clauses around the open numbers (merged where they meet), in text order; at most
    MAX_CLAUSES / MAX_CHARS (a report whose tables were not found must not turn into a
    whole-report prompt)."""
    text = report.text
    bounds = dict(outside_tables(report))
    out: list[Span] = []
    for n in open_numbers(report):
        if len(out) >= MAX_CLAUSES or sum(c.end - c.start for c in out) >= MAX_CHARS:
            break
        lo = max((a for a in bounds if a <= n.start), default=0)
        hi = bounds.get(lo, len(text))
        start = max(lo, n.start - _MAX_SIDE)
        before = [m.end() for m in _CLAUSE_END.finditer(text, start, n.start)]
        start = before[-1] if before else start
        after = _CLAUSE_END.search(text, n.end, min(hi, n.end + _MAX_SIDE))
        end = after.end() if after else min(hi, n.end + _MAX_SIDE)
        if out and start < out[-1].end:
            out[-1] = Span(start=out[-1].start, end=max(end, out[-1].end))
        else:
            out.append(Span(start=start, end=end))
    return out
