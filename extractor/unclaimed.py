"""Narrative numbers no rule claimed: where the lean LLM pass looks, and nowhere else.

The rules read ~99.6 % of the quantitative claims of the corpus. What they leave are numbers
without a unit (「粉丝数 54373」), quantities in Chinese numerals (「近百条」「千余条」「五个试点区」)
and the like. This module finds them — every number of a narrative section that is not inside a
rule metric and is not one of the many numbers that are not claims (dates, times, years, document
and article numbers, list ordinals, telephone and postcode, URLs, numbers inside names and titles
such as 「12345热线」 or 《…二十条措施》) — and returns the clauses holding them, so the LLM reads a
few dozen characters per open number instead of whole sections.

    >>> clause spans of 「…中国教育报刊发我省教育新闻近百条，…」 → the clause around 「近百条」
"""

from __future__ import annotations

import re

from .metrics import UNITS
from .normalize import fold
from .schema import Report, Span

NARRATIVE_SECTIONS = (0, 1, 5, 6)  # of a GF report; a LEGACY report is narrative throughout
_UNIT = "|".join(re.escape(u) for u in UNITS)
_NUMBER = re.compile(
    rf"(?P<ar>\d+(?:,\d{{3}})*(?:\.\d+)?)"
    rf"|(?P<cn>[零一二两三四五六七八九十百千万亿]+)(?=(?:余|多)?(?:{_UNIT}))")
_BAD_BEFORE = frozenset("第届〔[(（.-—/:_#%")
_NOT_A_CLAIM_AFTER = re.compile(
    r"\s*(?:年|月|日|号|时|点|分钟前|周岁|周年|届|次会议|次全会|中全会|号文|条例|版|[)）、]|\.(?!\d)|[-:_/]|"
    r"个?部分|季度|层|楼|栋|室|热线|平台|专线|宣传日|后台|[A-Za-z])")
_CONTACT = re.compile(r"(?:邮编|邮政编码|电话|传真|地址|网址|邮箱|时间|日期|编号|文号|来源)[:：]?[^。；\n]{0,16}$")
_QUOTED = re.compile(r"《[^》\n]{0,60}》|\"[^\"\n]{0,30}\"|「[^」\n]{0,30}」")
_CLAUSE_END = re.compile(r"[。；;！!？?\n]")
_MAX_SIDE = 80  # characters of context on either side of a number, at most


def narrative_spans(report: Report) -> list[tuple[int, int, int | None]]:
    """(start, end, section number) of the sections the LLM pass reads."""
    legacy = report.template.value == "LEGACY"
    return [(s.span.start, s.span.end, s.number) for s in report.sections
            if legacy or s.number in NARRATIVE_SECTIONS]


def open_numbers(report: Report) -> list[Span]:
    """Spans of the numbers of the narrative that no rule metric covers and that may be claims."""
    text = fold(report.text)
    claimed = sorted((m.span.start, m.span.end) for m in report.metrics)
    tables = (report.tables_span.start, report.tables_span.end) if report.tables_span else (0, 0)
    out: list[Span] = []
    for a, b, _ in narrative_spans(report):
        quoted = [m.span() for m in _QUOTED.finditer(text, a, b)]
        for m in _NUMBER.finditer(text, a, b):
            s, e = m.span()
            if tables[0] <= s < tables[1] or any(x <= s < y for x, y in claimed):
                continue
            if s and (text[s - 1] in _BAD_BEFORE or text[s - 1].isascii() and text[s - 1].isalnum()):
                continue
            if _NOT_A_CLAIM_AFTER.match(text, e) or _CONTACT.search("".join(text[max(a, s - 32):s].split())):
                continue
            if any(x <= s < y for x, y in quoted):
                continue
            if m.group("cn") in ("一", "两"):  # 「一批」「一次性」「两会」: words, not counts
                continue
            out.append(Span(start=s, end=e))
    return out


def open_clauses(report: Report) -> list[Span]:
    """The clauses around the open numbers (merged where they meet), in text order."""
    text = report.text
    bounds = {a: b for a, b, _ in narrative_spans(report)}
    out: list[Span] = []
    for n in open_numbers(report):
        lo = max((a for a in bounds if a <= n.start), default=0)
        hi = bounds.get(lo, len(text))
        start = max(lo, n.start - _MAX_SIDE)
        before = [m.end() for m in _CLAUSE_END.finditer(text, start, n.start)]
        start = before[-1] if before else start
        after = _CLAUSE_END.search(text, n.end, min(hi, n.end + _MAX_SIDE))
        end = after.end() if after else min(hi, n.end + _MAX_SIDE)
        if out and start <= out[-1].end:
            out[-1] = Span(start=out[-1].start, end=max(end, out[-1].end))
        else:
            out.append(Span(start=start, end=end))
    return out
