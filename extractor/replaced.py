"""Sentences printed instead of a table. A township with no applications prints 「本年度未收到政府信息
公开申请」 where table 三 belongs, and 「未发生…行政复议、行政诉讼案件」 for table 四: the table is not
missing, it is replaced. Read in the table's own section only, sentence by sentence."""

from __future__ import annotations

import re
from typing import Literal

from .schema import Section, Span, TableStatement
from .sections import CANONICAL

_SECTION_OF: dict[Literal["t3", "t4"], int] = {"t3": 3, "t4": 4}
_SAYS_NONE = {
    "t3": re.compile(
        r"未(?:收到|接到|受理|发生)[^。；;]{0,12}?信息公开申请"
        r"|信息公开申请[^。；;，,]{0,8}?(?:为|共|计)?\s*(?:0|零)\s*件"
    ),
    "t4": re.compile(
        r"未(?:发生|出现|有|收到)[^。；;]{0,30}?行政复议"
        r"|行政复议[^。；;]{0,14}?行政诉讼[^。；;，,]{0,10}?(?:均为|为|共|计)\s*(?:0|零)"
    ),
}
_SENTENCE = re.compile(r"(?:[^。；;\s]|[^\S\n](?!\s))+[。；;]?")  # two spaces: a paragraph indent


def table_statements(text: str, sections: list[Section], missing: set[str]) -> list[TableStatement]:
    """The replacing sentence of each table in `missing` (t3, t4), with its span."""
    out: list[TableStatement] = []
    for table, number in _SECTION_OF.items():
        if table not in missing:
            continue
        section = next((s for s in sections if s.number == number), None)
        if section is None:
            continue
        rx = _SAYS_NONE[table]
        begin = section.span.start
        for heading in (CANONICAL[number], section.heading):  # a glued scrape runs the
            at = text.find(heading, begin, begin + len(heading) + 40)  # heading into the sentence
            if at >= 0:
                begin = at + len(heading)
                break
        for m in _SENTENCE.finditer(text, begin, section.span.end):
            if rx.search(m.group()):
                lead = len(m.group()) - len(m.group().lstrip())
                start, end = m.start() + lead, m.end()
                out.append(TableStatement(table=table, text=text[start:end], span=Span(start=start, end=end)))
                break
    return out
