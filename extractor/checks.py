"""Deterministic checks: the spec's identities over the extracted cells, plus structure, year and
version. A finding says whether the printed numbers break the rule (report_defect), whether blank
cells keep it from being evaluated (blank_cells), or whether our own reading is unsure (the D-
findings come from the parser)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import tablespec as ts
from .anchored import finditer_around
from .schema import Cell, Finding, Number, Section, Template, format_number
from .sections import CANONICAL, TOPIC_RX

if TYPE_CHECKING:
    from fractions import Fraction

IMPLAUSIBLE = 10**10  # H6: no body counts ten billion of anything in a year; no fee reaches 10^10 万元


def _sum(values: list) -> Number | Fraction:
    """Exact where it matters: ints add exactly at any size; a float among ints of more than 308
    digits would overflow, so then the sum is taken in fractions."""
    try:
        return sum(values)
    except OverflowError:
        from fractions import Fraction

        return sum((Fraction(v) for v in values), Fraction(0))


def _expr(keys: tuple[str, ...], values: dict[str, Number | None], total: Number | Fraction) -> str:
    if len(keys) == 1:
        return format_number(total)
    return "+".join(format_number(values[k]) for k in keys) + f"={format_number(total)}"


def check_equations(cells: dict[str, Cell], equations: Sequence[ts.Equation]) -> list[Finding]:
    out: list[Finding] = []
    for eq in equations:
        try:
            lhs = [cells[k].value or 0 for k in eq.lhs]
            rhs = [cells[k].value or 0 for k in eq.rhs]
        except KeyError:
            continue  # a row or table not read
        try:  # (the common case in one step: most identities hold)
            if ts.balanced(sum(lhs), sum(rhs)):
                continue
        except OverflowError:
            pass
        lhs, rhs = _sum(lhs), _sum(rhs)
        if ts.balanced(lhs, rhs):
            continue  # holds (blank cells counted as 0): nothing to report either way
        keys = eq.lhs + eq.rhs
        involved = [cells[k] for k in keys]
        if any(c.value is None and not c.placeholder for c in involved):
            continue  # a cell we could not read: nothing to say about the report
        if any(c.split_unsettled for c in involved):
            continue  # ambiguous glued split: unknown, not blank
        values = {k: cells[k].value for k in keys}
        blanks = [k for k in keys if values[k] is None]
        recovered = any(c.source not in ("printed", "ocr") for c in involved)
        sides = f"左边 {_expr(eq.lhs, values, lhs)}，右边 {_expr(eq.rhs, values, rhs)}"
        if blanks:
            out.append(
                Finding(
                    check=eq.check,
                    severity="info",
                    kind="blank_cells",
                    where=eq.where,
                    message=f"{eq.label}：有空白单元格，按0计算时 {sides}，无法核对",
                    cells=list(keys),
                    values=values,
                    spans=[c.span for c in involved if c.span],
                )
            )
            continue
        out.append(
            Finding(
                check=eq.check,
                severity="error",
                kind="report_defect",
                where=eq.where,
                message=f"{eq.label}不成立：{sides}",
                cells=list(keys),
                values=values,
                spans=[c.span for c in involved if c.span],
                quotes=[c.raw for c in involved],
                basis="glued_split" if recovered else None,
            )
        )
    return out


@functools.lru_cache(maxsize=8)
def _kinds(specs: tuple[ts.TableSpec, ...]) -> dict[str, str]:
    """Cell key → value kind, for the tables a report uses."""
    kinds: dict[str, str] = {}
    for spec in specs:
        for row in spec.rows:
            for col in row.cols:
                kinds[f"{spec.id}.{row.key}.{col}"] = row.kind(col)
    for g, head in ts.T3_GROUP_HEADERS.items():
        for col in head.cols:
            kinds.setdefault(f"t3.{g}.{col}", "count")
    return kinds


def check_domain(cells: dict[str, Cell], specs: tuple[ts.TableSpec, ...]) -> list[Finding]:
    """H6: counts are whole numbers ≥ 0; money is ≥ 0; only GF2019 本年增/减 may be negative."""
    kinds: dict[str, str] | None = None  # (built for the first cell that needs it: most reports have none)
    out: list[Finding] = []
    for key, cell in cells.items():
        v = cell.value
        if v is None or (type(v) is int and 0 <= v < IMPLAUSIBLE):
            continue  # the common case: a count as printed
        if kinds is None:
            kinds = _kinds(specs)
        kind = kinds.get(key, "count")
        whole = type(v) is int or float(v).is_integer()
        bad = (
            (kind == "count" and (v < 0 or not whole))
            or (kind == "money" and v < 0)
            or (kind == "signed" and not whole)
        )
        if bad:
            out.append(
                Finding(
                    check="H6",
                    severity="error",
                    kind="report_defect",
                    where=key,
                    message=f"{key} 印为「{cell.raw}」，不是合法的{'非负整数' if kind == 'count' else '数值'}",
                    cells=[key],
                    values={key: v},
                    spans=[cell.span] if cell.span else [],
                )
            )
        elif abs(v) >= IMPLAUSIBLE:
            out.append(
                Finding(
                    check="H6",
                    severity="error",
                    kind="report_defect",
                    where=key,
                    message=f"{key} 印为「{cell.raw[:60]}」，数值大得不合常理（≥ 10^10）",
                    cells=[key],
                    values={key: v},
                    spans=[cell.span] if cell.span else [],
                )
            )
    return out


def check_magnitude(metrics) -> list[Finding]:
    """H6 for the narrative: a quantity of ten billion or more is no report's (kept as printed)."""
    return [
        Finding(
            check="H6",
            severity="error",
            kind="report_defect",
            where="narrative",
            message=f"正文「{m.quote[:60]}」中的数值大得不合常理（≥ 10^10）",
            values={"metric": m.value},
            quotes=[m.quote],
            spans=[m.span],
        )
        for m in metrics
        if abs(m.value) >= IMPLAUSIBLE
    ]


_SENTENCE_END = re.compile(r"[。！？；!?;]")


def tables_only(text: str, tables_span: tuple[int, int] | None) -> bool:
    """A file that holds the statistics tables and no narrative — a 年报 fill-in system's data export,
    a report's 附表 workbook: not one sentence outside its tables. What its sections say (S8, S7) is
    not in this file, so it cannot be judged from it."""
    if tables_span is None:
        return False
    a, b = tables_span
    return not (_SENTENCE_END.search(text, 0, a) or _SENTENCE_END.search(text, b))


def check_structure(sections: list[Section], template: Template, no_narrative: bool = False) -> list[Finding]:
    """S8: the six sections, in order; not judged in a file of tables only (`tables_only`)."""
    if template not in (Template.GF2021, Template.GF2019) or no_narrative:
        return []
    present = [s.number for s in sections if s.number]
    missing = [n for n in range(1, 7) if n not in present]
    if not missing:
        return []
    names = "、".join(f"{'一二三四五六'[n - 1]}、{CANONICAL[n]}" for n in missing)
    return [
        Finding(
            check="S8", severity="warning", kind="report_defect", where="sections", message=f"未找到规定的部分：{names}"
        )
    ]


_PARTS = re.compile(r"(?:全文|报告|本报告)?(?:包括|由|分为|共分)(.{6,160}?)(?:等)?(?:[六6]个?部分|组成)")
_PARTS_VERB = re.compile(r"[包由分共]")  # 0, 2 or 3 characters into every _PARTS match
_PART_SPLIT = re.compile(r"[、，,；;]|以及|及其|[和及与](?=其他)")
_PART_LEAD = re.compile(r"^(?:和|及|与)")


def check_preamble_parts(text: str, sections: list[Section]) -> list[Finding]:
    """S8: a preamble that lists the report's parts should list the six sections it has."""
    pre = next((s for s in sections if s.number == 0), None)
    head = text[pre.span.start : pre.span.end] if pre else text[:600]
    head = head.replace("\n", "")
    if "部分" not in head and "组成" not in head:
        return []  # every _PARTS match ends in one of them (the scan tries each 由/分/包/共 up to 160 chars)
    m = next(finditer_around(_PARTS, _PARTS_VERB, (0, 2, 3), head), None)
    if not m:
        return []
    parts = [p for p in _PART_SPLIT.split(m.group(1)) if p.strip()]
    topics = []
    unknown = []
    for p in parts:
        p = _PART_LEAD.sub("", p.strip())
        t = next((t for t, rx in TOPIC_RX if rx.search(p)), None)
        if t is None:
            unknown.append(p)
        else:
            topics.append(t)
    if not unknown and set(topics) >= {1, 2, 3, 5, 6}:
        return []
    return [
        Finding(
            check="S8",
            severity="warning",
            kind="report_defect",
            where="preamble",
            message=f"前言列出的组成部分与正文章节不一致：「{m.group(1)}」"
            + (f"，其中「{'、'.join(unknown)}」不是规定的部分" if unknown else ""),
            quotes=[m.group()],
        )
    ]


def check_year(text: str, year: int | None) -> list[Finding]:
    """S9: the statistics period names the report year."""
    if year is None:
        return []
    m = re.search(
        r"统计(?:期限|时间|周期|区间)?[^。]{0,20}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日",
        text[:4000].replace("\n", ""),
    )
    if m and int(m.group(1)) != year:
        return [
            Finding(
                check="S9",
                severity="warning",
                kind="report_defect",
                where="preamble",
                message=f"统计期限写的是{m.group(1)}年，报告年度是{year}年",
                quotes=[m.group()],
            )
        ]
    return []


def check_version(template: Template, year: int | None) -> list[Finding]:
    """S11: report years 2021 on use GF2021; 2019-2020 use GF2019."""
    if year is None or template not in (Template.GF2021, Template.GF2019):
        return []
    if year >= 2021 and template == Template.GF2019:
        msg = f"{year}年度报告仍使用2019版格式（国办公开办函〔2019〕60号）"
    elif year in (2019, 2020) and template == Template.GF2021:
        msg = f"{year}年度报告使用了2021版格式，按规定应为2019版"
    else:
        return []
    return [Finding(check="S11", severity="warning", kind="report_defect", where="template", message=msg)]
