"""The one catalogue of checks: id → what it tests, in plain Chinese, and whose problem a break is.

Extraction emits findings by these ids, answers and the web page explain them with these sentences,
and the README's findings table is written from this list (tests/test_checkspec.py keeps the three in
step). A check id is never a row name: the group subtotals of table 三 are rows of the table spec.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from . import tablespec as ts
from .schema import Number, format_number

Scope = Literal["report", "corpus"]
Owner = Literal["report", "extraction"]


@dataclass(frozen=True)
class CheckSpec:
    id: str
    label: str  # short Chinese name, for badges and filters
    explain: str  # one plain-Chinese sentence a disclosure officer understands
    owner: Owner  # "report": a break is the report's inconsistency; "extraction": our reading's doubt
    scope: Scope = "report"  # "corpus": needs other reports (bulk, cross-year)
    readme: str = ""  # the README's one-line English description


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec(
        "H1",
        "表三列平衡",
        "表三每一列：本年新收 + 上年结转 应等于 （七）总计 + 结转下年度继续办理。",
        "report",
        readme="表三 each column: 本年新收 + 上年结转 = （七）总计 + 结转下年度",
    ),
    CheckSpec(
        "H2",
        "表三行合计",
        "表三每一行：总计 应等于 自然人与五类法人或其他组织之和。",
        "report",
        readme="表三 each row: 总计 = the six applicant columns",
    ),
    CheckSpec(
        "H3",
        "办理结果合计",
        "表三每一列：（七）总计 应等于 （一）至（六）各项办理结果之和。",
        "report",
        readme="表三 each column: （七）总计 = （一）…（六）",
    ),
    CheckSpec(
        "H4",
        "小计行",
        "表格印出的小计（如「（三）不予公开」一行或法人「小计」列）应等于其各分项之和。",
        "report",
        readme="subtotal rows, where a variant prints them",
    ),
    CheckSpec(
        "H5",
        "表四合计",
        "表四每组（行政复议、未经复议直接起诉、复议后起诉）：总计 应等于 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
        "report",
        readme="表四 each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结",
    ),
    CheckSpec(
        "H6",
        "数值范围",
        "件数应为不小于0的整数，金额应不小于0；过大的数字不可信。",
        "report",
        readme="domain: counts are whole numbers ≥ 0, money ≥ 0, magnitudes plausible",
    ),
    CheckSpec(
        "S2",
        "正文与表三",
        "正文所写的收到、办结、公开等件数应与表三对应数字一致。",
        "report",
        readme="narrative vs 表三 (every legitimate reading tried)",
    ),
    CheckSpec(
        "S3", "正文与表四", "正文所写的行政复议、行政诉讼件数应与表四一致。", "report", readme="narrative vs 表四"
    ),
    CheckSpec(
        "S7",
        "收费说明",
        "表三有因逾期未缴费而不再处理的申请时，第六部分应说明信息处理费情况。",
        "report",
        readme="unpaid-fee rows of 表三 vs section 六",
    ),
    CheckSpec(
        "S8",
        "报告结构",
        "报告应有格式规定的六个部分，按顺序排列；导语所说的组成部分应与正文一致。",
        "report",
        readme="six sections in order; the preamble's list of parts",
    ),
    CheckSpec(
        "S9",
        "统计年度",
        "统计期限与正文所写年份应为报告年度。",
        "report",
        readme="statistics period and years of the text = the report year",
    ),
    CheckSpec(
        "S11",
        "格式版本",
        "2021年及以后的报告应使用2021版格式，2019、2020年的报告使用2019版格式。",
        "report",
        readme="template version matches the report year",
    ),
    CheckSpec(
        "S1",
        "跨年结转",
        "本年「上年结转」应等于上一年报告的「结转下年度继续办理」。",
        "report",
        "corpus",
        readme="bulk only: carry-over across years",
    ),
    CheckSpec(
        "S5",
        "表二存量",
        "本年现行有效件数应等于上年现行有效件数 + 本年制发 − 本年废止。",
        "report",
        "corpus",
        readme="bulk only: 表二 stock flow across years",
    ),
    CheckSpec(
        "YOY",
        "同比异常",
        "与上一年相比变化异常大的数字，请核实。",
        "report",
        "corpus",
        readme="bulk only: outliers against last year",
    ),
    CheckSpec(
        "COPY",
        "内容雷同",
        "正文与上一年报告几乎相同（去掉数字后八成五以上的句子相同）。",
        "report",
        "corpus",
        readme="bulk only: 内容雷同 (≥ 85 % of last year's clauses, numbers aside)",
    ),
    CheckSpec(
        "D1",
        "未找到",
        "未能在报告中找到这张表或这一行；可能是报告以图片发布或缺项，也可能是本工具未识别。",
        "extraction",
        readme="ours: a table or row not found",
    ),
    CheckSpec(
        "D2",
        "无法读取",
        "这一格或这一行的文字无法可靠读成数字。",
        "extraction",
        readme="ours: a cell or row unreadable",
    ),
    CheckSpec(
        "D3",
        "粘连已还原",
        "发布的文本丢失了单元格之间的分隔，本工具按勾稽关系找到唯一拆分并据此还原。",
        "extraction",
        readme="ours: glued row recovered by its unique split",
    ),
    CheckSpec(
        "D4",
        "粘连未还原",
        "发布的文本丢失了单元格之间的分隔，且有多种拆分都符合勾稽关系，因此留空。",
        "extraction",
        readme="ours: glued row left open (several splits)",
    ),
    CheckSpec(
        "D5",
        "按行序对应",
        "这一行的标签未能识别，按它在表中的位置对应。",
        "extraction",
        readme="ours: row placed by its order",
    ),
    CheckSpec(
        "D6",
        "OCR置信度低",
        "这一格是从扫描件或图片中识别的，识别置信度偏低，请对照原件核对。",
        "extraction",
        readme="ours: an OCR cell read with low confidence",
    ),
    CheckSpec(
        "D7",
        "OCR读数存疑",
        "这一格是从扫描件或图片中识别的；按识别结果勾稽关系不成立，而把一个形近数字换个读法就全部成立，"
        "可能是识别错误（数值未改动，请对照原件核对）。",
        "extraction",
        readme="ours: an OCR digit whose one look-alike reading makes every identity hold (value kept)",
    ),
    CheckSpec(
        "D8",
        "读取说明",
        "读取这份文件时有需要说明的情况（如删除了少量无效字节，压缩包或附件里另有报告或残缺的文件），"
        "详见本条说明；请核对原件是否完整。",
        "extraction",
        readme="ours: what reading the file had to say (stray bytes dropped; other reports, a copy or a damaged "
        "member beside the one read in a container)",
    ),
    CheckSpec(
        "D9",
        "按行序对应未获印证",
        "表三有几行的标签未能识别、按位置对应，而这样对应后列的勾稽关系不成立：位置很可能错了"
        "（转换工具丢了空行或把标签和数字分开排列），这些行的数字不予采用，请对照原文。",
        "extraction",
        readme="ours: rows placed by their order break H1/H3: their values are not taken",
    ),
    CheckSpec(
        "D10",
        "拼读未获印证",
        "这一行有格内以空格分开的数字，按一个数读后本行的勾稽关系不成立：很可能是转换工具把相邻两格排进了一格，"
        "这一行的数字不予采用，请对照原文。",
        "extraction",
        readme="ours: a row with a space-split number breaks its H2/H5 when joined: its values are not taken",
    ),
    CheckSpec(
        "D11",
        "报告未单列",
        "报告的表格没有单独印出这些栏目或行（删去了，或与别的栏目合并成一个合计数）：这些单元格报告未印，"
        "不按0计，也不由合并数或其他数推算。",
        "extraction",
        readme="ours: template cells the report does not print on their own (a column or row left out, or merged "
        "into one printed sum): no cell, never 0 or a computed figure",
    ),
)

BY_ID: dict[str, CheckSpec] = {c.id: c for c in CHECKS}


def explain(check_id: str) -> str:
    """The plain-Chinese sentence for a check id; an unknown id is shown as itself."""
    spec = BY_ID.get(check_id)
    return spec.explain if spec else check_id


def readme_table() -> str:
    """The README's findings table, written from the catalogue."""
    rows = ["| check | what |", "|---|---|"]
    rows += [f"| {c.id} | {c.readme} |" for c in CHECKS]
    return "\n".join(rows)


# ---------------------------------------------------------------- one finding, in words
# Whose problem a finding is, as the web page, the HTML 核验单 and the exports group them.
KINDS: dict[str, tuple[str, str]] = {
    "report_defect": ("报告错误", "报告印出的数字或内容自相矛盾，问题在报告本身。"),
    "blank_cells": ("空白单元格", "报告有单元格空着没填，这条规则无法核对。"),
    "extraction_doubt": ("提取存疑", "本工具对这部分的读取没有把握，请对照原文核实。"),
}
KIND_ORDER = ("report_defect", "blank_cells", "extraction_doubt")


class Described(BaseModel):
    """A finding as a disclosure officer reads it: one sentence with the printed and the implied
    value, the rule it breaks, and which cells to look at — the printed total the rule finds off
    (`totals`) apart from the cells it was compared with (`parts`)."""

    check: str
    label: str = Field(description="the check's short Chinese name")
    kind: str
    kind_label: str = Field(description="报告错误 | 空白单元格 | 提取存疑")
    severity: str
    place: str = Field(description="where, in words: 表四·行政复议")
    sentence: str = Field(description="the finding in one plain sentence")
    rule: str = Field(description="what the check tests, in plain Chinese")
    totals: list[str] = Field(default_factory=list, description="printed totals the rule finds off")
    parts: list[str] = Field(default_factory=list, description="the cells they were compared with")
    printed: Number | None = None
    implied: Number | None = Field(default=None, description="what the printed parts add up to")
    quotes: list[str] = Field(default_factory=list)


_fmt = functools.partial(format_number, blank="空白")  # in sentences for people


@functools.lru_cache(maxsize=1)
def _equations() -> dict[tuple[str, tuple[str, ...]], ts.Equation]:
    """Every identity of every variant, by (check, cells in the order findings list them)."""
    out: dict[tuple[str, tuple[str, ...]], ts.Equation] = {}
    for spec, groups in ((ts.T3_GF2021, ("r3", "r4", "r5", "r6", "sub")), (ts.T3_GF2019, ("r3", "r4", "r5", "sub"))):
        for eq in ts.t3_equations(spec, groups):
            out.setdefault((eq.check, eq.lhs + eq.rhs), eq)
    for eq in ts.t4_equations():
        out[(eq.check, eq.lhs + eq.rhs)] = eq
    return out


def _names(keys: tuple[str, ...], template: str | None) -> list[str]:
    """Short names of cells inside one identity: the columns when they share a row, else the rows."""
    split = [k.split(".") for k in keys]
    if len({(t, r) for t, r, _ in split}) == 1:
        return [ts.col_title(t, c, r, template) for t, r, c in split]
    if len({c for _, _, c in split}) == 1:
        return [ts.row_short(t, r, template) for t, r, _ in split]
    return [ts.cell_label(k, template) for k in keys]


def _listing(names: list[str], values: list[Number | None], limit: int = 8) -> str:
    shown = [f"{n}{_fmt(v)}" for n, v in zip(names, values) if v]
    if not shown:
        return "各项均为0或空白"
    return "、".join(shown[:limit]) + ("等" if len(shown) > limit else "")


def _identity(f, eq: ts.Equation, template: str | None) -> tuple[str, dict]:
    values = f.values
    place = ts.place_label(f.where, template)
    blank = [k for k in eq.lhs + eq.rhs if values.get(k) is None]
    if len(eq.lhs) == 1:
        lhs = eq.lhs[0]
        printed = values.get(lhs)
        implied = sum(values.get(k) or 0 for k in eq.rhs)
        names = _names(eq.lhs + eq.rhs, template)
        total = "小计" if f.check == "H4" else names[0]
        parts = _listing(names[1:], [values.get(k) for k in eq.rhs])
        extra = {"totals": [lhs], "parts": list(eq.rhs), "printed": printed, "implied": implied}
        if f.kind != "blank_cells":
            return f"{place}：{total}印为{_fmt(printed)}，按各项之和应为{_fmt(implied)}（{parts}）。", extra
        if printed is None:
            return f"{place}：{total}空白未填，各项之和为{_fmt(implied)}（{parts}），无法核对。", extra
        empty = [n for n, k in zip(names[1:], eq.rhs) if values.get(k) is None]
        empty = "、".join(empty) if len(empty) <= 4 else "、".join(empty[:3]) + f"等{len(empty)}格"
        return (
            f"{place}：{empty}空白未填；{total}印为{_fmt(printed)}，已填各项之和为{_fmt(implied)}，无法核对。"
        ), extra
    # two sums (H1): neither side is "the total"
    names = _names(eq.lhs + eq.rhs, template)
    left = sum(values.get(k) or 0 for k in eq.lhs)
    right = sum(values.get(k) or 0 for k in eq.rhs)
    side = lambda keys, ns: " + ".join(f"{n}{_fmt(values.get(k))}" for n, k in zip(ns, keys))  # noqa: E731
    text = (
        f"{place}：{side(eq.lhs, names[: len(eq.lhs)])} = {_fmt(left)}，而 "
        f"{side(eq.rhs, names[len(eq.lhs) :])} = {_fmt(right)}"
    )
    diff = abs(left - right)
    if blank:
        text += f"；有空白单元格，无法核对（空白按0计算则相差{_fmt(diff)}）。"
    else:
        text += f"，两边相差{_fmt(diff)}。"
    return text, {"totals": [], "parts": list(eq.lhs + eq.rhs), "printed": left, "implied": right}


def _reading_name(part: str) -> str:
    return ts.row_short("t4" if part in ts.T4_GROUPS else "t3", part)


_GLUED = re.compile(
    r"^「[^」]*」一行数字粘连（「(?P<digits>[^」]*)」），按(?P<basis>勾稽关系|正文数字)"
    r"(?:(?P<open>\d+)格无唯一拆分，留空|唯一拆分)；共(?P<n>\d+)种候选拆分$"
)


def describe(f, values: dict[str, Number | None] | None = None, template: str | None = None) -> Described:
    """One finding (extractor.schema.Finding) in plain Chinese. `values`: the report's cell values,
    which narrative findings need to show what the table says beside the number the text states;
    `template` picks the row names of a 2019 report's table 二."""
    spec = BY_ID.get(f.check)
    kind_label = KINDS.get(f.kind, (f.kind, ""))[0]
    place = ts.place_label(f.where, template)
    out: dict = {"totals": [], "parts": list(f.cells)}
    eq = _equations().get((f.check, tuple(f.cells)))
    if eq is not None:
        sentence, out = _identity(f, eq, template)
    elif f.check == "H6" and f.cells:
        label = ts.cell_label(f.cells[0], template)
        sentence = f.message.replace(f.cells[0], label, 1) + "。"
        out = {"totals": list(f.cells), "parts": [], "printed": f.values.get(f.cells[0])}
    elif f.where.startswith("narrative.") and f.check in ("S2", "S3") and f.where != "narrative.均获维持":
        what = f.where.split(".", 1)[1]
        stated = f.values.get(what)
        quote = f.quotes[0] if f.quotes else what
        from .narrative_checks import readings

        known = (
            readings(what, {**(values or {}), **{k: v for k, v in f.values.items() if "." in k}})
            if values is not None
            else []
        )
        if known:
            table = "；".join(f"{'+'.join(_reading_name(p) for p in parts)} {_fmt(v)}" for parts, v in known)
            sentence = f"正文写「{quote}」，表格中对应的数字是：{table}，都不是{_fmt(stated)}。"
        else:
            sentence = f"正文写「{quote}」，与表格中对应的数字不一致。"
        place = "正文"
        out = {
            "totals": [],
            "parts": list(f.cells),
            "printed": stated,
            "implied": known[0][1] if len(known) == 1 else None,
        }
    elif (m := _GLUED.match(f.message)) is not None:
        basis = "勾稽关系" if m["basis"] == "勾稽关系" else "正文中的数字"
        if m["open"]:
            sentence = (
                f"{place}：这一行的数字在发布的文本里连在了一起（「{m['digits']}」），有{m['n']}种拆法都符合"
                f"{basis}，无法确定，这一行留空。"
            )
        else:
            sentence = f"{place}：这一行的数字在发布的文本里连在了一起（「{m['digits']}」），按{basis}只有一种拆法，已据此还原。"
    elif place != f.where and f.where.startswith(("t2", "t3", "t4")) and not f.message.startswith(("表", "「")):
        sentence = f"{place}：{f.message}。"
    else:
        sentence = f.message if f.message.endswith("。") else f.message + "。"
        if f.where.startswith(("sections", "preamble", "template", "section", "narrative")):
            place = {"sections": "报告结构", "preamble": "前言", "template": "格式版本", "section6": "第六部分"}.get(
                f.where, "正文"
            )
    return Described(
        check=f.check,
        label=spec.label if spec else f.check,
        kind=f.kind,
        kind_label=kind_label,
        severity=f.severity,
        place=place,
        sentence=sentence,
        rule=spec.explain if spec else "",
        quotes=list(f.quotes),
        **out,
    )
