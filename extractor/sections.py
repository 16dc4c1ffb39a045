"""Sections 一…六 and the preamble, with spans. Headings are recognised by what they say (spec §3
and its variants), so a report that numbers them differently still gets its sections."""

from __future__ import annotations

import re

from .document import Document
from .schema import Section, Span
from .stream import Stream

CANONICAL = {
    1: "总体情况",
    2: "主动公开政府信息情况",
    3: "收到和处理政府信息公开申请情况",
    4: "政府信息公开行政复议、行政诉讼情况",
    5: "存在的主要问题及改进情况",
    6: "其他需要报告的事项",
}
_TOPIC = [
    (1, r"(?:政府信息公开(?:工作)?)?(?:总体情况|概述|基本情况)"),
    (2, r"主动公开(?:政府信息)?(?:的)?(?:情况|工作情况)?"),
    (3, r"(?:收到和处理|依申请公开)[^。]{0,14}?(?:情况)?|政府信息公开申请(?:的)?(?:情况|办理情况)"),
    (4, r"[^。]{0,16}?(?:复议|诉讼)[^。]{0,16}?(?:情况)?"),
    (5, r"[^。]{0,12}?存在(?:的)?(?:主要)?问题[^。]{0,10}?(?:情况|措施)?"),
    (6, r"其他需要报告的事项|其他事项"),
]
TOPIC_RX = [(topic, re.compile(pattern)) for topic, pattern in _TOPIC]
_NUMERALS = "一二三四五六七八"
_HEAD = re.compile(r"([一二三四五六七八])[、.]")


def find_sections(doc: Document, stream: Stream) -> list[Section]:
    """Candidate headings anywhere (glued scrapes have no line breaks), then the longest run of
    candidates whose topics increase, preferring ones that start a line and carry a known topic."""
    text = stream.text
    cands: list[tuple[int, int, int, float]] = []  # (stream start, stream end, topic, weight)
    for m in _HEAD.finditer(text):
        rest = text[m.end() : m.end() + 40]
        for topic, rx in TOPIC_RX:
            tm = rx.match(rest)
            if tm:
                at_line_start = m.start() == 0 or text[m.start() - 1] in "\x1e\x1f。"
                numeral_ok = _NUMERALS.index(m.group(1)) + 1 == topic
                weight = 1.0 + (0.5 if at_line_start else 0) + (0.3 if numeral_ok else 0)
                cands.append((m.start(), m.end() + tm.end(), topic, weight))
                break
    # weighted longest increasing subsequence on topic
    best: list[tuple[float, int]] = []
    for i, (_, _, topic, w) in enumerate(cands):
        score, prev = w, -1
        for j in range(i):
            if cands[j][2] < topic and best[j][0] + w > score:
                score, prev = best[j][0] + w, j
        best.append((score, prev))
    chosen: list[int] = []
    if best:
        i = max(range(len(best)), key=lambda k: (best[k][0], -k))
        while i >= 0:
            chosen.append(i)
            i = best[i][1]
    chosen.reverse()
    chosen = sorted(chosen + _out_of_order(text, cands, chosen))
    sections: list[Section] = []
    bounds = [stream.span(cands[i][0], cands[i][1]) for i in chosen]
    first = bounds[0][0] if bounds else len(doc.text)
    if first > 0:
        sections.append(Section(number=0, heading="", span=_span(doc, 0, first)))
    for n, i in enumerate(chosen):
        start, head_end = bounds[n]
        end = bounds[n + 1][0] if n + 1 < len(bounds) else len(doc.text)
        heading = doc.text[start:head_end]
        line_end = doc.text.find("\n", start)
        if 0 <= line_end < end and line_end - start < 60:
            heading = doc.text[start:line_end].strip()
        sections.append(Section(number=cands[i][2], heading=heading, span=_span(doc, start, end)))
    return sections


def _out_of_order(text: str, cands: list[tuple[int, int, int, float]], chosen: list[int]) -> list[int]:
    """Headings of sections the ordered run left out, printed in full where their order breaks
    (tables 二 and 四 side by side on one page, 三 on the next: 「四、…」 before 「三、…」): a line that
    is the template's own heading, its numeral right, for a section not found otherwise."""
    have = {cands[i][2] for i in chosen}
    out: list[int] = []
    for i, (start, _, topic, _) in enumerate(cands):
        if topic in have or not (start == 0 or text[start - 1] in "\x1e\x1f"):
            continue
        if text.startswith(f"{_NUMERALS[topic - 1]}、{CANONICAL[topic]}", start):
            out.append(i)
            have.add(topic)
    return out


def _span(doc: Document, a: int, b: int) -> Span:
    return Span(start=a, end=b, page=doc.page_of(a))
