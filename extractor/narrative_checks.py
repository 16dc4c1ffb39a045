"""Narrative against tables (spec S2, S3, S7): a number the text states about applications or
cases is compared with every legitimate reading of the tables (收到 may mean 新收 or 新收+结转,
诉讼 may mean one route or both); a finding only where no reading reconciles."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import tablespec as ts
from .anchored import compile_anchored
from .checks import tables_only
from .metrics import FigureBox, figure_boxes
from .normalize import Compact, compact
from .schema import NARRATIVE_SECTIONS, Finding, Number, Report, Span

_GAP = r"[^。；;，,\d\x1e\x1f]{0,%d}?"

# (check, what, pattern, readings); each reading is a list of cell keys (or derived subtotals) summed.
_STATEMENTS: list[tuple[str, str, str, list[list[str]]]] = [
    (
        "S2",
        "予以公开及部分公开",
        r"予以公开(?:及|和|、|与)部分公开" + _GAP % 6 + r"(\d{1,9})件",
        [["r1"], ["r1", "r2"]],
    ),
    (
        "S2",
        "收到申请",
        r"(?:收到|受理|新收|接收|共收)" + _GAP % 14 + r"申请" + _GAP % 6 + r"(\d{1,9})件",
        [["new"], ["new", "carry_in"]],
    ),
    ("S2", "上年结转", r"上年(?:度)?结转" + _GAP % 12 + r"(\d{1,9})件", [["carry_in"]]),
    ("S2", "结转下年度", r"(?:结转下年度|转下一?年度|结转至\d{4}年)" + _GAP % 12 + r"(\d{1,9})件", [["carry_out"]]),
    ("S2", "办结", r"(?:办结|答复|办理完成)" + _GAP % 8 + r"(\d{1,9})件", [["r7"], ["new"], ["new", "carry_in"]]),
    ("S2", "予以公开", r"(?:予以公开|同意公开)" + _GAP % 6 + r"(\d{1,9})件", [["r1"]]),
    ("S2", "部分公开", r"部分公开" + _GAP % 6 + r"(\d{1,9})件", [["r2"]]),
    ("S2", "不予公开", r"不予公开" + _GAP % 6 + r"(\d{1,9})件", [["r3"]]),
    ("S2", "无法提供", r"无法提供" + _GAP % 6 + r"(\d{1,9})件", [["r4"]]),
    ("S2", "不予处理", r"不予处理" + _GAP % 6 + r"(\d{1,9})件", [["r5"]]),
    ("S2", "其他处理", r"其他处理" + _GAP % 6 + r"(\d{1,9})件", [["r6"]]),
    ("S3", "行政复议", r"行政复议" + _GAP % 8 + r"(\d{1,9})(?:件|起)", [["rv"]]),
    ("S3", "行政诉讼", r"(?:行政)?诉讼" + _GAP % 8 + r"(\d{1,9})(?:件|起)", [["ld", "lr"], ["ld"], ["lr"]]),
]
_STATEMENT_RX = [(check, what, compile_anchored(pattern), readings) for check, what, pattern, readings in _STATEMENTS]
_NEGATED = re.compile(r"(?:没有|未|无)(?:发生|出现|被)?[^。；;，,]{0,6}$")


def _t3_total(values: dict[str, Number | None], row: str) -> Number | None:
    """A row's 总计; where the report left it blank, the sum of the applicant columns it printed."""
    tot = values.get(f"t3.{row}.tot")
    if tot is not None:
        return tot
    parts = [values.get(f"t3.{row}.{c}") for c in ts.T3_APPLICANTS]
    return sum(p or 0 for p in parts) if any(p is not None for p in parts) else None


def _row_total(values: dict[str, Number | None], name: str) -> Number | None:
    """Total of a t3 row, a derived 表三 result group (r3…r6: its data rows summed) or a 表四 group."""
    if name in ts.T4_GROUPS:
        return values.get(f"t4.{name}.tot")
    if name in ts.T3_GROUPS:
        group = name
        rows = sorted({k.rsplit(".", 1)[0][3:] for k in _group_totals(values, group, own=True)})
        totals = [_t3_total(values, r) for r in rows if r != group or len(rows) == 1]
        return None if not totals or any(t is None for t in totals) else sum(totals)  # type: ignore[arg-type]
    return _t3_total(values, name)


def _group_totals(values: dict[str, Number | None], group: str, own: bool) -> list[str]:
    """The keys `t3.<group>_<digit>.tot` (with `own`, also `t3.<group>.tot`) present in `values`:
    looked up, not searched for among a report's ~200 keys for every statement (cell keys are the
    table spec's, one ASCII digit after the group)."""
    return [k for k in _group_keys(group, own) if k in values]


@functools.lru_cache(maxsize=16)
def _group_keys(group: str, own: bool) -> tuple[str, ...]:
    return ((f"t3.{group}.tot",) if own else ()) + tuple(f"t3.{group}_{d}.tot" for d in "0123456789")


def _reading(values: dict[str, Number | None], parts: list[str]) -> Number | None:
    totals = [_row_total(values, p) for p in parts]
    return None if any(t is None for t in totals) else sum(totals)  # type: ignore[arg-type]


def readings(what: str, values: dict[str, Number | None]) -> list[tuple[list[str], Number]]:
    """The table readings a narrative statement (by its name in a finding's `where`,
    「narrative.收到申请」 → 「收到申请」) is compared with, and their values in this report: what
    an explanation shows beside the number the text states. Readings the table cannot give are left out."""
    for _check, name, _rx, options in _STATEMENT_RX:
        if name == what:
            return [(parts, v) for parts in options if (v := _reading(values, parts)) is not None]
    return []


def _cells_read(values: dict[str, Number | None], names: list[str]) -> list[str]:
    """The cells a reading used: a row's 总计, or its applicant cells where the 总计 is blank."""
    rows: list[str] = []
    for name in names:
        if name in ts.T4_GROUPS:
            rows.append(f"t4.{name}")
        elif name in ts.T3_GROUPS:
            rows += sorted({k.rsplit(".", 1)[0] for k in _group_totals(values, name, own=False)}) or [f"t3.{name}"]
        else:
            rows.append(f"t3.{name}")
    out: list[str] = []
    for row in rows:
        if values.get(f"{row}.tot") is not None:
            out.append(f"{row}.tot")
        else:
            out += [f"{row}.{c}" for c in ts.T3_APPLICANTS if values.get(f"{row}.{c}") is not None]
    return out


_UPHELD = re.compile(r"均(?:获|被|予以|已)?(?:维持|胜诉)")


def check_upheld(report: Report, values: dict[str, Number | None], c) -> list[Finding]:
    """「行政复议7件，诉讼9件，均获维持」 while 表四 shows corrected, other or pending cases."""
    out: list[Finding] = []
    for m in _UPHELD.finditer(c.text):
        before = c.text[max(0, m.start() - 30) : m.start()]
        groups = (["rv"] if "复议" in before else []) + (["ld", "lr"] if "诉讼" in before else [])
        keys = [f"t4.{g}.{k}" for g in groups for k in ("fix", "other", "pend")]
        if not groups or any(k not in values for k in keys):
            continue
        odd = {k: v for k in keys if (v := values[k])}
        if not odd:
            continue
        s, e = c.span(max(0, m.start() - 30), m.end())
        quote = report.text[s:e]
        detail = "、".join(
            f"{ts.T4_GROUP_LABELS[k.split('.')[1]]}{ts.T4_COL_LABELS[k.split('.')[2]]}{int(v)}件"
            for k, v in odd.items()
        )
        out.append(
            Finding(
                check="S3",
                severity="warning",
                kind="report_defect",
                where="narrative.均获维持",
                message=f"正文「{quote}」称均获维持，但表四有{detail}",
                quotes=[quote],
                spans=[Span(start=s, end=e)],
                cells=[f"t4.{g}.{k}" for g in groups for k in ts.T4_COLS],
            )
        )
    return out


def check_fee(report: Report, values: dict[str, Number | None]) -> list[Finding]:
    """S7: applications dropped for unpaid fees (表三（六）2) mean fee notices were issued, so section
    六 should say something about 信息处理费. (表二's 行政事业性收费 is a different fee: not used.)"""
    unpaid = values.get("t3.r6_2.tot")
    if not unpaid:
        return []
    six = next((s for s in report.sections if s.number == 6), None)
    span = report.tables_span
    if six is None and tables_only(report.text, (span.start, span.end) if span else None):
        return []  # a file of tables only: section 六 is in the report's text, not here
    text = report.text[six.span.start : six.span.end] if six else ""
    if re.search(r"信息处理费|收费", text):
        return []
    return [
        Finding(
            check="S7",
            severity="warning",
            kind="report_defect",
            where="section6",
            message=f"表三（六）2「逾期未缴纳费用」有{int(unpaid)}件，说明发出过收费通知，但第六部分没有说明信息处理费收取情况",
            cells=["t3.r6_2.tot"],
            values={"t3.r6_2.tot": unpaid},
        )
    ]


@dataclass(slots=True)
class Statement:
    """A number the narrative states about applications or cases, with every legitimate reading of
    the tables (row names, summed) and its value there (None: blank or not printed)."""

    check: str  # S2 | S3
    what: str  # 「收到申请」「行政复议」 …
    stated: int
    quote: str
    span: Span
    readings: list[tuple[list[str], Number | None]]

    @property
    def reconciles(self) -> bool:
        known = [v for _, v in self.readings if v is not None]
        return not known or self.stated in known


def _section_views(report: Report, views: list[Compact], every: bool = False) -> Iterator[Compact]:
    """Compact views of the narrative sections the statements are read in (preamble, 一, 五, 六; with
    `every`, all of the text outside the tables)."""
    if every:
        t = report.tables_span
        parts = [(0, t.start), (t.end, len(report.text))] if t else [(0, len(report.text))]
        for start, end in parts:
            if end > start:
                inside = next((v for v in views if v.start <= start and end <= v.end), None)
                yield inside.view(start, end) if inside else compact(report.text[start:end], start)
        return
    for section in report.sections:
        if section.number not in NARRATIVE_SECTIONS:
            continue
        start, end = section.span.start, section.span.end
        inside = next((v for v in views if v.start <= start and end <= v.end), None)
        yield inside.view(start, end) if inside else compact(report.text[start:end], start)


def _boxes(report: Report, used: set[int]) -> list[FigureBox]:
    """The report's figure boxes outside its tables (extractor.metrics.figure_boxes); their figures are taken
    into `used`: read as prose, a box figure would take the previous figure's label."""
    t = report.tables_span
    within = [(0, t.start), (t.end, len(report.text))] if t else None
    boxes = figure_boxes(report.text, within)
    used.update(p.num_at for b in boxes for p in b.pairs)
    used.update(
        c.offsets[i]
        for b in boxes
        if not b.pairs
        for c in [compact(report.text[b.start : b.end], b.start)]
        for i, ch in enumerate(c.text)
        if ch.isdecimal()
    )
    return boxes


def _box_statements(report: Report, values: dict, c: Compact, boxes: list[FigureBox]) -> Iterator[Statement]:
    """The statements of the figure boxes inside the view `c`: each figure read with its own label
    (「87件⏎收到政府信息公开申请」 is 收到申请 87), quoted as printed."""
    for box in boxes:
        for p in box.pairs:
            if not (c.start <= p.start < c.end) or p.unit not in ("件", "起"):
                continue
            said = compact(p.label).text + str(p.value) + p.unit
            for check, what, rx, readings in _STATEMENT_RX:
                m = next(rx.finditer(said), None)
                if m is None or m.end() != len(said) or m.start(1) != len(said) - len(str(p.value)) - len(p.unit):
                    continue
                yield Statement(
                    check,
                    what,
                    int(m.group(1)),
                    report.text[p.start : p.end],
                    Span(start=p.start, end=p.end),
                    [(parts, _reading(values, parts)) for parts in readings],
                )
                break


def _statements_in(report: Report, values: dict, c: Compact, used: set[int]) -> Iterator[Statement]:
    for check, what, rx, readings in _STATEMENT_RX:
        if rx.anchor is not None and rx.anchor not in c.text:
            continue  # (most statements in most sections)
        for m in rx.finditer(c.text):
            num_at = c.offsets[m.start(1)]
            if num_at in used or _NEGATED.search(c.text[max(0, m.start() - 12) : m.start()]):
                continue
            used.add(num_at)
            s, e = c.span(m.start(), m.end())
            yield Statement(
                check,
                what,
                int(m.group(1)),
                report.text[s:e],
                Span(start=s, end=e),
                [(parts, _reading(values, parts)) for parts in readings],
            )


def statements(report: Report, views: list[Compact] | None = None, every: bool = False) -> Iterator[Statement]:
    """Every S2/S3 statement of the narrative sections (with `every`: of all the text outside the
    tables), read once (a number is claimed by the first statement that reads it; a negated one —
    「未发生行政复议」 — is skipped)."""
    values = report.values()
    used: set[int] = set()
    boxes = _boxes(report, used)
    for c in _section_views(report, views or [compact(report.text)], every):
        yield from _box_statements(report, values, c, boxes)
        yield from _statements_in(report, values, c, used)


def cells_read(values: dict[str, Number | None], names: list[str]) -> list[str]:
    """The cells a reading of a statement uses (public for the answers that explain one)."""
    return _cells_read(values, names)


def check_narrative(report: Report, views: list[Compact] | None = None) -> list[Finding]:
    """`views` are compact views of the report's text (normalize.compact_outside) when the caller
    already has them; a narrative section must lie inside one of them."""
    values = report.values()
    if "t3.new.tot" not in values:
        return []
    views = views or [compact(report.text)]
    out: list[Finding] = check_fee(report, values)
    used: set[int] = set()
    boxes = _boxes(report, used)
    for c in _section_views(report, views):
        out += check_upheld(report, values, c)
        for st in [*_box_statements(report, values, c, boxes), *_statements_in(report, values, c, used)]:
            if st.reconciles:
                continue
            known = [(p, v) for p, v in st.readings if v is not None]
            shown = "；".join(f"{'+'.join(p)}={v}" for p, v in known)
            out.append(
                Finding(
                    check=st.check,
                    severity="warning",
                    kind="report_defect",
                    where=f"narrative.{st.what}",
                    message=f"正文「{st.quote}」与表格不一致：表格可对应的读数为 {shown}",
                    quotes=[st.quote],
                    spans=[st.span],
                    values={st.what: st.stated},
                    cells=_cells_read(values, [p for parts, _ in known for p in parts]),
                )
            )
    return out
