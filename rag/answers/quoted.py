"""A quote of the report pasted into the question, then a doubt (「“…主动公开各类政府信息804条”——这个数对吗」,
「年报原文：「…359条」。对不对」, 「表格里“复议 总计”那格是3，准不准」): the user wants the quoted figure checked
against the report, not the table's sums. The quoted sentence is found in the one report in scope — its words around
the number, whitespace and width aside (a copy with another figure is still the sentence) — and said right or wrong
with the report's figure as the value and its sentence quoted verbatim; a quote found nowhere is said so, with no
value; a table cell quoted by its label, with the figure after it, is checked against the cell. The figure the user
typed is never the answer unless the report prints it."""

from __future__ import annotations

import dataclasses
import re

from extractor.normalize import fold
from extractor.schema import Answer

from ..cite import fmt, joined, sentence_bounds, text_citation
from ..context import Context
from ..lazyre import lazy

# the quote: 「…」 『…』 “…” "…" ‘…’ (“ and ” fold to ")
_QUOTE = lazy(r"「([^」]{2,300})」|『([^』]{2,300})』|\"([^\"]{2,300})\"|“([^”]{2,300})”|‘([^’]{2,300})’")
# the doubt put to it
_DOUBT = lazy(
    r"对吗|对么|对不对|对嘛|准不准|准确吗|准确不|是不是这个数|是这个数吗|核实|核对|核查一下|属实吗|没错吗|没错吧|正确吗|"
    r"有没有错|错了吗|靠谱吗|可信吗|是真的吗"
)
# a doubt about the arithmetic (「“…258件，占33.9%”，这个比例算得对不对」「…和表四一致吗」): the checks' question
_ARITHMETIC = lazy(r"算得|算的|算对|算错|计算|比例|百分比|占比|一致|相符|吻合|加起来|相加|之和|勾稽|对得上|对不上|等于")
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
# a cell named by its label in the tables: 「表格里“复议 总计”那格是3」「表中「新收申请」一格为51」
_TABLE = lazy(r"表格?|统计表|格子|一格|那格|这格|单元格")
_AFTER = lazy(rf"^[^\d。？?！!]{{0,16}}?({_NUMBER})\s*(万元|万条|件|条|个|项|篇|次|场|人|家|份|起|%|元)?")
_UNIT = lazy(r"^(万元|万条|万人|件|条|个|项|篇|次|场|人|家|期|份|起|%|元)")
_ELLIPSIS = lazy(r"…+|\.{3,}|。{3,}")


def _quotes(q: str) -> list[tuple[str, int]]:
    """The quoted passages of the question and where each ends."""
    return [(next(g for g in m.groups() if g is not None), m.end()) for m in _QUOTE.finditer(fold(q))]


def asks(q: str) -> bool:
    """The message carries a quote of the report's prose with a figure, or a table cell's label with the figure
    said after it, and asks whether it is right."""
    if not _DOUBT.search(q) or _ARITHMETIC.search(q):
        return False
    for quote, end in _quotes(q):
        if re.search(r"\d", quote) and re.search(r"[\u4e00-\u9fff]{4}", quote):
            return True
        if _TABLE.search(q) and _AFTER.search(fold(q)[end:]):
            return True
    return False


def _squeezed(text: str) -> tuple[str, list[int]]:
    """The text without whitespace and thousands' commas between digits, and each kept character's place."""
    kept, where = [], []
    for i, ch in enumerate(text):
        if ch.isspace() or (ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
            continue
        kept.append(ch)
        where.append(i)
    return "".join(kept), where


def _pattern(quote: str) -> tuple[re.Pattern[str], list[str]] | None:
    """The quote's words as a pattern, each number of it any number; and the numbers quoted."""
    pieces = [p.strip("，,。；;：:！!？? ") for p in _ELLIPSIS.split(quote)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    said: list[str] = []
    parts = []
    for piece in pieces:
        out = []
        for i, bit in enumerate(re.split(rf"({_NUMBER})", piece)):
            if i % 2:
                said.append(bit.replace(",", ""))
                out.append(rf"(?<![\d.])({_NUMBER})(?![\d])")
            elif bit:
                out.append(re.escape(bit))
        parts.append("".join(out))
    if not said:
        return None
    return re.compile(r".{0,200}?".join(parts), re.S), said


def _near(quote: str) -> list[tuple[re.Pattern[str], str]]:
    """The words around each number of the quote (its last words before, its unit after): a copy reworded
    elsewhere is still found by the phrase that carries the figure."""
    out = []
    for m in re.finditer(_NUMBER, quote):  # (the pattern, the number the user wrote there)
        left = re.split(r"[，,。；;：:、（）()]", quote[: m.start()])[-1][-10:]
        unit = _UNIT.match(quote[m.end() :])
        if len(left) >= 4 and unit:
            pat = re.compile(rf"{re.escape(left)}(?<![\d.])(?P<n>{_NUMBER})(?![\d]){re.escape(unit.group())}", re.S)
            out.append((pat, m.group().replace(",", "")))
    return out


def answer(ctx: Context) -> Answer | None:
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    q = fold(ctx.q)
    for quote, end in _quotes(ctx.q):
        if re.search(r"\d", quote) and re.search(r"[\u4e00-\u9fff]{4}", quote):
            return _prose(ctx, rid, report, _squeezed(quote)[0])
        after = _AFTER.search(q[end:])
        if _TABLE.search(q) and after:
            return _cell(ctx, quote, float(after.group(1).replace(",", "")))
    return None


def _prose(ctx: Context, rid: str, report, quote: str) -> Answer | None:
    built = _pattern(quote)
    if built is None:
        return None
    pattern, said = built
    text = report.text or ""
    squeezed, where = _squeezed(fold(text))
    m = pattern.search(squeezed)
    printed: list[str] = []
    spans: list[tuple[int, int]] = []
    if m is not None:
        printed = [g.replace(",", "") for g in m.groups()]
        spans = [(m.start(i + 1), m.end(i + 1)) for i in range(len(printed))]
    else:
        for near, written in _near(quote):
            n = near.search(squeezed)
            if n is not None:
                said = [written]
                printed = [n.group("n").replace(",", "")]
                spans = [n.span("n")]
                break
    if not printed:
        from .narrative import claimed

        said_so = claimed(ctx)  # 「报告说“网络申请15件占79%”对吗」: its figures in one sentence of its words
        if said_so is not None:
            return said_so
        return ctx.answer(
            f"报告中没有找到这句话：{ctx.name(rid)}的报告里没有「{quote}」这样的文字，无法核对其中的数字。",
            "none",
        )
    # the figure asked of: the first the user got wrong, else the last quoted
    pick = next((i for i, (a, b) in enumerate(zip(said, printed, strict=False)) if float(a) != float(b)), None)
    i = len(printed) - 1 if pick is None else pick
    s, e = where[spans[i][0]], where[spans[i][1] - 1] + 1
    a, b = sentence_bounds(text, s, e)
    unit_m = _UNIT.match(text[e:].lstrip())
    unit = unit_m.group() if unit_m else None
    v = float(printed[i])
    value = int(v) if v.is_integer() else v
    sentence = joined(text[a:b]).strip()
    cit = text_citation(rid, ctx.entry(rid), text, a, b)
    if pick is None:
        verdict = f"对：报告原文为「{sentence}」"
    else:
        verdict = f"不对：报告原文为「{sentence}」，是{fmt(v)}{unit or ''}，不是{said[i]}{unit or ''}"
    return ctx.answer(f"{verdict}（{ctx.name(rid)}）。", "metric", value=value, unit=unit, citations=[cit])


def _cell(ctx: Context, label: str, stated: float) -> Answer | None:
    from ..intent import parse
    from . import table

    cells = parse(re.sub(r"\s+", "", label) + "多少").cells
    if len(cells) != 1:
        return None
    asked = ctx.question.model_copy(update={"measures": cells, "operation": "value", "asserted": [stated]})
    ans = table.value(dataclasses.replace(ctx, question=asked))
    if ans is None or ans.value is None or isinstance(ans.value, bool):
        return ans
    value, unit = float(ans.value), ans.unit or ""
    if abs(value - stated) < 1e-9:
        ans.answer = f"对：表中{cells[0].label}为{fmt(value)}{unit}。{ans.answer}"
    else:
        ans.answer = f"不对：表中{cells[0].label}为{fmt(value)}{unit}，不是{fmt(stated)}{unit}。{ans.answer}"
    return ans
