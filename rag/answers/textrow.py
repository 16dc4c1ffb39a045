"""A table row asked of a report that prints no such table (tables published as pictures, a LEGACY
report, 「2020年未收到政府信息公开申请」 in place of 表三): the number the text says of that row, or 0
where the text says there was none. Used by the one-report table route and by the corpus routes
(rank, trend, change, sum, which reports), so a report without tables is neither skipped nor
answered with a number about something else. Never for a report whose table was read."""

from __future__ import annotations

import dataclasses
import re

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Answer, Citation, Span

from ..cite import fmt, joined, sentence_bounds
from ..context import NOT_MENTIONED, Context
from ..question import CellMeasure, MetricMeasure

# 「未收到政府信息公开申请」「没有发生涉及政府信息公开的行政复议、行政诉讼案件」「无因政府信息公开被申请行政复议」
_NONE = re.compile(r"(?:未|没有|无|未曾|均未)(?:收到|接到|受理|发生|出现|产生|有|因)")
_NONE_TAIL = 40  # characters after the negation that the row's words must fall in

# 「共受理行政复议多少起（不限于信息公开）」「所有行政复议」「全厅行政诉讼有几起？跟信息公开有关吗」: every case
# the body had, not 表四's 信息公开 ones
ALL_CASES = re.compile(
    r"不限于|不仅限|不只(?:是)?|不止|无论是否|不管是否|(?:所有|全部|各类)的?(?:行政)?(?:复议|诉讼|案件)|"
    r"全(?:厅|局|委|办|院|署)|(?:跟|与|和)信息公开(?:有关|相关|有没有关)"
)

# a question that names the table asks what the table prints: a sentence of the text is not that
TABLE_NAMED = re.compile(r"表[二三四]|统计表|表格|表中|表里")

# rows a report without tables states in words; column breakdowns are never said in prose
_ROW_WORDS = {
    ("t3", "new"): (r"申请",),
    ("t3", "r7"): (r"办结|答复",),
    ("t4", "rv"): (r"复议",),
    ("t4", "lit"): (r"诉讼",),
    ("t4", "ld"): (r"诉讼",),
    ("t4", "lr"): (r"诉讼",),
}


def applies(m: CellMeasure) -> bool:
    return m.col == "tot" and (m.table, m.row) in _ROW_WORDS


def _words(m: CellMeasure) -> list[str]:
    return [w for t in ts.ROW_TERMS[m.table] if t.key == m.row and not t.generic for w in t.words]


def stated_none(ctx: Context, rid: str, m: CellMeasure) -> tuple[float, Citation] | None:
    """「2019年未收到政府信息公开申请」: 0, quoted — the negation and the row's words in one clause."""
    report = ctx.store.report(rid)
    if report is None or not applies(m):
        return None
    text = report.text
    need = _ROW_WORDS[(m.table, m.row)]
    for hit in _NONE.finditer(text):
        tail = fold(text[hit.start() : hit.start() + _NONE_TAIL])
        tail = re.split(r"[。；;]", tail)[0]
        if not all(re.search(w, tail) for w in need) or "信息公开" not in fold(
            text[max(0, hit.start() - 30) : hit.start() + _NONE_TAIL]
        ):
            continue
        if m.table == "t4" and m.row in ("ld", "lr"):
            continue  # 「未发生行政诉讼」 says nothing of which kind: only the whole
        a, b = sentence_bounds(text, hit.start(), hit.end())
        a = max(a, max(text.rfind(ch, a, hit.start()) for ch in "\n　，,") + 1)  # its own clause, not a heading run-in
        a = max(a, hit.start() - 30)
        e = ctx.entry(rid)
        return 0, Citation(
            report_id=rid, agency=e.agency, year=e.year, span=Span(start=a, end=b), quote=joined(text[a:b])
        )
    return None


def stated(ctx: Context, rid: str, m: CellMeasure, plain: bool = False) -> tuple[float, Citation] | None:
    """The number the text says of the row (「全年共受理政府信息公开申请78件」), else its stated absence.
    `plain`: one report asked in its own words (not the table's, not beside other reports' 表四 cells),
    where 「行政诉讼有几起」 is the count the sentence states (the caller says none were about 信息公开)."""
    if not applies(m):
        return None
    from .narrative import best_metric

    mm = MetricMeasure(focus="", unit="件", must=_words(m))
    sub = dataclasses.replace(ctx, question=ctx.question.model_copy(update={"measures": [mm]}))
    best = best_metric(sub, [rid])
    none = stated_none(ctx, rid, m)
    if (
        best is not None
        and none is not None
        and none[1].span
        and best[4] <= none[1].span.start < best[5]
        and (m.table == "t4" or re.search(r"信息公开", fold(ctx.q)))
        and not ALL_CASES.search(fold(ctx.q))
        and not (plain and not re.search(r"信息公开|表四|复议诉讼表|统计表|表格|表中|表里|总计", fold(ctx.q)))
    ):
        # 「共受理行政复议1起…没有因政府信息公开而被提起的行政复议」: 表四 counts only 信息公开 cases, so
        # the 1 is not its figure (beside other reports' cells, or asked of the table or of 信息公开) — the
        # sentence's none is: 0, quoting the whole sentence so the reader sees the other cases' count
        _, _, _, report, a, b = best
        return 0, none[1].model_copy(update={"span": Span(start=a, end=b), "quote": joined(report.text[a:b])})
    if best is not None:
        _, _, x, report, a, b = best
        before = fold(report.text[max(a, x["start"] - 40) : x["end"]])
        before = re.split(r"[；;]", before)[-1]
        if not all(re.search(w, before) for w in _ROW_WORDS[(m.table, m.row)]):
            best = None  # 「受理网民互动交流事项872件」: 受理 said of something that is not the row (no 申请)
        elif re.search(
            r"(?:减少|增加|下降|增长|上升|回落|多|少)了?\s*$", fold(report.text[max(a, x["start"] - 4) : x["start"]])
        ):
            best = None  # (ycfix) 「本年新收…申请减少7件（上年73件）」: 7 is the change, not the year's count
    if best is not None:
        _, _, x, report, a, b = best
        if "|" in report.text[a : x["start"]]:  # (ycfix) a sentence after a table's rows: its own line, never the rows
            a = report.text.rfind("\n", 0, x["start"]) + 1
        e = ctx.entry(rid)
        return x["value"], Citation(
            report_id=rid, agency=e.agency, year=e.year, span=Span(start=a, end=b), quote=joined(report.text[a:b])
        )
    return none or _keyed(ctx, rid, m) or _said(ctx, rid, m)


# the rows whose figure a report states under a key of the narrative metrics (extractor.metrics.VOCABULARY):
# 「全年因政府信息公开申请提起行政复议1件，提起行政诉讼0件。」 — each figure labelled by the words right before it
_ROW_KEYS = {("t4", "rv"): "行政复议", ("t4", "lit"): "行政诉讼"}


def _keyed(ctx: Context, rid: str, m: CellMeasure) -> tuple[float, Citation] | None:
    """The row's figure as the extractor labelled it (a LEGACY report's 「提起行政诉讼0件」, asked in words of
    its own — 「被起诉过吗」「告上法院几次」 — that the sentence does not repeat): every figure of the row's key,
    said of 信息公开 (its sentence or the heading just before), one value among them; else none."""
    key = _ROW_KEYS.get((m.table, m.row))
    report = ctx.store.report(rid)
    if key is None or report is None or ALL_CASES.search(fold(ctx.q)):
        return None
    text = report.text
    rows = [
        x
        for x in ctx.store.metrics(rid)
        if x["key"] == key
        and x["unit"] in ("件", "起")
        and len(text) >= x["end"]
        and "信息公开" in fold(text[max(0, x["start"] - 60) : x["end"]])
    ]
    if not rows or len({float(x["value"]) for x in rows}) != 1:
        return None  # none, or two figures for one row: not one answer
    x = rows[0]
    a, b = sentence_bounds(text, x["start"], x["end"])
    a = max(a, x["start"] - 60)
    e = ctx.entry(rid)
    return float(x["value"]), Citation(
        report_id=rid, agency=e.agency, year=e.year, span=Span(start=a, end=b), quote=joined(text[a:b])
    )


def _said(ctx: Context, rid: str, m: CellMeasure) -> tuple[float, Citation] | None:
    """The row's figure read off the text itself where the stated quantities missed it (a sentence
    the extractor took for part of a table): the row's words, then its number of 件/起 in one clause."""
    report = ctx.store.report(rid)
    if report is None:
        return None
    words = "|".join(_words(m))
    need = _ROW_WORDS[(m.table, m.row)]
    hits = []
    for h in re.finditer(rf"(?:{words})[^。；;，,\d]{{0,20}}?(\d+)\s*(?:件|起)", report.text):
        clause = h.group()
        if re.search(r"(?:减少|增加|下降|增长|上升|回落|多|少)了?\s*$", clause[: h.start(1) - h.start()]):
            continue  # (ycfix) 「本年新收…申请减少7件（上年73件）」: the change, not the year's count
        if all(re.search(w, clause) for w in need) and "信息公开" in clause:
            hits.append(h)
    if len(hits) != 1:
        return None  # none, or several: not one answer
    h = hits[0]
    a, b = sentence_bounds(report.text, h.start(), h.end())
    if "|" in report.text[a : h.start()]:  # (ycfix) a sentence after a table's rows: its own line, never the rows
        a = report.text.rfind("\n", 0, h.start()) + 1
    e = ctx.entry(rid)
    return float(h.group(1)), Citation(
        report_id=rid, agency=e.agency, year=e.year, span=Span(start=a, end=b), quote=joined(report.text[a:b])
    )


def value(ctx: Context) -> Answer | None:
    """One report printing no such table: the row's figure as its text states it, quoted."""
    m = ctx.question.cells[0] if ctx.question.cells else None
    if ctx.n != 1 or m is None or not applies(m):
        return None
    rid = ctx.ids[0]
    unread = bool(tableless(ctx, ctx.ids, m.table))
    # a row glued beyond a unique split: the whole the text states (「收到政府信息公开申请11件」) is the
    # answer, unless the question asks what the table prints — names the table or says the row's and
    # column's printed labels (「表三的新收」「本年新收…总计」: the table route says the cell is unreadable)
    printed = TABLE_NAMED.search(ctx.q) or re.search(r"本年新收|总计|栏", ctx.q)
    if not unread and not (tableless(ctx, ctx.ids, m.table, m.row) and not printed):
        return None
    got = stated(ctx, rid, m, plain=True)
    if got is None:  # (no readable table and no figure in the text: route value.unreadable says so)
        return None
    v, cit = got
    v = int(v) if float(v).is_integer() else v
    why = "中没有可读的数字" if unread else "中该行数字粘连、无法唯一拆分"
    none = stated_none(ctx, rid, m) if m.table == "t4" else None
    if none is not None and none[1].span and cit.span and cit.span.start <= none[1].span.start < cit.span.end:
        # 「共受理行政复议1起…没有因政府信息公开而被提起的」: said beside the count, never left for the reader to find
        why += "；表四只计因政府信息公开引起的案件" if v == 0 else "；其中因政府信息公开引起的为0件（表四只计这些）"
    return ctx.answer(
        f"{fmt(v)}件（{ts.TABLE_NAMES[m.table][:2]}{why}，取自正文：「{cit.quote}」）",
        "metric",
        value=v,
        unit="件",
        citations=[cit],
    )


def unreadable(ctx: Context) -> Answer | None:
    """A cell asked of the one report read, whose table gives no readable number at all (published as a
    picture, or not printed) and whose text did not state the row (the routes before tried it): a
    refusal that says why, never a passage that happens to share a word with the question."""
    m = ctx.question.cells[0] if ctx.question.cells else None
    if m is None or not tableless(ctx, ctx.ids, m.table):
        return None
    table = ts.TABLE_NAMES[m.table][:2]
    return ctx.answer(
        f"{NOT_MENTIONED}：该报告的{table}没有可读的数字（可能以图片发布），正文也没有写出{m.label}", "none"
    )


def tableless(ctx: Context, rids: list[str], table: str, row: str | None = None) -> list[str]:
    """The reports among `rids` that give the row no readable number: no cell of `table` read with a
    value (a table published as a picture, or replaced by a sentence), or the row's cells glued
    together beyond a unique split."""
    if not rids:
        return []
    have = ctx.store.cells_of(rids)
    rows = {"lit": ("ld", "lr")}.get(row or "", (row,))
    out = []
    for r in rids:
        cells = have.get(r, {})
        read = [c for k, c in cells.items() if k.startswith(table + ".") and c["value"] is not None]
        glued = row is not None and any(
            str(cells[k]["raw"] or "").startswith("glued") for k in (f"{table}.{x}.tot" for x in rows) if k in cells
        )
        if not read or glued:
            out.append(r)
    return out
