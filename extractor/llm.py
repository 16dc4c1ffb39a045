"""The LLM pass over an extracted report: any OpenAI-compatible endpoint through `LLMClient`.

It adds recall and labels to the rule engine and may repair glued table rows, but nothing it says
is stored unless the source holds it: a metric's quote must occur in the text it was shown and
contain the value; a proposed table row must re-spell the printed digits and satisfy the
identities. Two ways to spend tokens (`LLMConfig.passes`):

- `lean` (default): only where the rules leave something open — the clauses around narrative
  numbers no rule claimed (`unclaimed.open_clauses`, one call per report, none when there are
  none) and glued 表三/表四 rows left open with a split that could be accepted. ~7 % of the tokens
  of sending the whole report (bench/llm_tokens.py).
- `always`: every narrative section (preamble, 一, 五, 六; every section of a LEGACY report) and
  every open glued row — kept to compare against.

Doubt findings other than an open glued row (D1 row not found, D2 unreadable cell, D5 row placed
by order) are not sent: nothing a model could answer there would pass the grounding rules.
The whole pass runs under `LLMConfig.report_timeout`, each call under `LLMConfig.timeout`.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import replace

from pydantic import Field

from . import glued, tablespec as ts
from .llm_client import LLMClient, LLMConfig, Schema, client_for, prompt
from .metrics import canonical_key
from .normalize import compact, fold, parse_chinese_number, squash
from .schema import Cell, LLMRun, Metric, Report, Span
from .unclaimed import narrative_spans, open_clauses


class LLMMetric(Schema):
    """One quantitative claim, quoted verbatim."""

    quote: str
    value: float = Field(allow_inf_nan=False)
    unit: str | None = None
    qualifier: str | None = None
    label: str = ""


class SectionMetrics(Schema):
    """Quantitative claims found in the text."""

    metrics: list[LLMMetric] = []


class RowSplit(Schema):
    """The printed digits of one table row, cut into its cells."""

    cells: list[str]


# ---------------------------------------------------------------------------- grounding
_SPELLINGS = {"超": ("超过", "超", "逾")}  # the qualifier as the rules name it → how a report may print it


def _value_ends(quote: str, value: float) -> list[int]:
    """Where, in a (thousands-separator-free) quote, `value` is printed: the end of each occurrence."""
    printed = str(int(value)) if float(value).is_integer() else repr(float(value)).rstrip("0")
    ends = [m.end() for m in re.finditer(rf"(?<![\d.]){re.escape(printed)}(?![\d])", quote)]
    if not ends and not re.search(r"\d", quote):
        ends = [
            m.end()
            for m in re.finditer(r"[零一二两三四五六七八九十百千万亿]+", quote)
            if parse_chinese_number(m.group()) == value
        ]
    return ends


def _claim_in(quote: str, value: float, unit: str | None = None, qualifier: str | None = None) -> bool:
    """Whether the quote prints the claim: the value, the unit right after it, the qualifier."""
    quote = re.sub(r"(?<=\d),(?=\d{3})", "", quote)
    ends = _value_ends(quote, value)
    if not ends:
        return False
    if unit and not any(re.match(rf"(?:余|多|以上)?{re.escape(unit)}", quote[e:]) for e in ends):
        return False
    return not qualifier or any(q in quote for q in _SPELLINGS.get(qualifier, (qualifier,)))


def ground(
    quote: str, value: float, text: str, start: int, end: int, unit: str | None = None, qualifier: str | None = None
) -> Span | None:
    """Span of `quote` inside text[start:end] (whitespace and width folded), if it prints the claim:
    `value`, and `unit` and `qualifier` where given."""
    hay = compact(text[start:end], start, sep=False)
    needle = squash(quote)
    if not needle or not _claim_in(needle, value, unit and squash(unit), qualifier):
        return None
    i = hay.text.find(needle)
    if i < 0:
        return None
    return Span(start=hay.offsets[i], end=hay.offsets[i + len(needle) - 1] + 1)


_FINANCIAL = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰仟萬億〇○", "一二三四五六七八九十百千万亿零零")
_PRINTED_NUMBER = re.compile(r"\d+|[零一二两三四五六七八九十百千万亿]{2,}")


def plain_numerals(text: str) -> str:
    """The text with every spelling of a number made plain, for comparing what a model wrote with
    the source: width and compatibility forms (「３」「⑨」 → digits) and the financial numerals
    (「玖拾」 → 九十). (Not length-preserving: for comparison, never for spans.)"""
    return unicodedata.normalize("NFKC", fold(text)).translate(_FINANCIAL)


def _numbers_printed(text: str) -> set[str]:
    """Digit runs and runs of two or more Chinese numerals, however spelt."""
    return set(_PRINTED_NUMBER.findall(plain_numerals(text)))


# ---------------------------------------------------------------------------- metrics
def _accept(report: Report, result: SectionMetrics, windows: list[tuple[int, int]], run: LLMRun) -> list[Metric]:
    """The proposed metrics whose quote lies in one of the windows the model was shown."""
    out: list[Metric] = []
    for m in result.metrics:
        run.metrics_proposed += 1
        span = next(
            (s for a, b in windows if (s := ground(m.quote, m.value, report.text, a, b, m.unit, m.qualifier))), None
        )
        if span is None:
            run.dropped_ungrounded += 1
            continue
        value: int | float = int(m.value) if float(m.value).is_integer() else m.value
        quote = report.text[span.start : span.end]
        label = m.label if _numbers_printed(m.label) <= _numbers_printed(quote) else ""
        section = next((x.number for x in report.sections if x.span.start <= span.start < x.span.end), None)
        out.append(
            Metric(
                value=value,
                unit=m.unit,
                qualifier=m.qualifier,
                label=label,
                key=canonical_key(label),
                section=section,
                quote=quote,
                span=span,
                source="llm",
            )
        )
        run.metrics_accepted += 1
    return out


def metrics_by_section(report: Report, client: LLMClient, run: LLMRun, deadline: float | None = None) -> list[Metric]:
    """`always`: one call per narrative section."""
    out: list[Metric] = []
    for a, b, number in narrative_spans(report):
        body = report.text[a:b]
        if not body.strip():
            continue
        result = client.ask(
            SectionMetrics, prompt("narrative_metrics", section=number, text=body), run=run, deadline=deadline
        )
        if result is None:
            if run.budget_exhausted or run.deadline_exhausted:
                break
            continue
        out += _accept(report, result, [(a, b)], run)
    return out


def metrics_of_open_clauses(
    report: Report, client: LLMClient, run: LLMRun, deadline: float | None = None
) -> list[Metric]:
    """`lean`: one call with the clauses around the numbers no rule claimed; none if there are none."""
    clauses = open_clauses(report)
    if not clauses:
        return []
    listing = "\n".join(f"[{i}] {' '.join(report.text[c.start : c.end].split())}" for i, c in enumerate(clauses, 1))
    result = client.ask(SectionMetrics, prompt("open_numbers", clauses=listing), run=run, deadline=deadline)
    if result is None:
        return []
    return _accept(report, result, [(c.start, c.end) for c in clauses], run)


def merge_metrics(rules: list[Metric], llm: list[Metric]) -> list[Metric]:
    """Union by span: where both found the same number, keep the rule's span and the LLM's label."""
    out = [replace(m) for m in rules]
    for m in llm:
        hit = next(
            (
                r
                for r in out
                if r.span.start < m.span.end and m.span.start < r.span.end and float(r.value) == float(m.value)
            ),
            None,
        )
        if hit is None:
            out.append(m)
        elif hit.source == "rules":
            hit.source = "both"
            hit.label = m.label or hit.label
            hit.key = hit.key or m.key
    out.sort(key=lambda m: m.span.start)
    return out


# ---------------------------------------------------------------------------- table repair
def _open_rows(report: Report) -> dict[str, list[Cell]]:
    """Glued 表三/表四 rows the rules left open, by row (表四 is one glued row)."""
    rows: dict[str, list[Cell]] = {}
    for c in report.cells:
        if c.source == "glued_split" and c.value is None and c.key.startswith(("t3.", "t4.")):
            rows.setdefault("t4" if c.key.startswith("t4.") else c.key.rsplit(".", 1)[0], []).append(c)
    return rows


def _consistent(values: dict, keys: list[str], parts: tuple[str, ...], equations: tuple) -> bool:
    """Whether a row split, with the rest of the table, satisfies every identity that reads the row
    (and there is at least one: a split nothing can check is not kept)."""
    trial = values | {k: glued.value_of(p) for k, p in zip(keys, parts, strict=True)}
    relevant = [
        eq
        for eq in equations
        if set(eq.lhs + eq.rhs) & set(keys) and all(trial.get(k) is not None for k in eq.lhs + eq.rhs)
    ]
    return bool(relevant) and all(eq.holds(trial) for eq in relevant)


def repair_glued_rows(
    report: Report, client: LLMClient, run: LLMRun, deadline: float | None = None, lean: bool = False
) -> None:
    """Glued 表三/表四 rows left open by the rules: the LLM proposes a split; it is kept only if it
    re-spells the printed digits and every identity over the finished table holds. `lean` asks only
    about rows where some split could pass that test."""
    open_rows = _open_rows(report)
    if not open_rows:
        return
    cells = {c.key: c for c in report.cells}
    spec = ts.t3_spec_of(cells)
    equations = ts.t3_equations(spec) + ts.t4_equations()
    for row, row_cells in open_rows.items():
        keys = [k for k in cells if (k.startswith(row + ".") if row != "t4" else k.startswith("t4."))]
        if len(row_cells) != len(keys) or row_cells[0].span is None:
            continue  # partly solved rows are left as they are
        span = row_cells[0].span
        digits = report.text[span.start : span.end]
        cands = glued.split_candidates(digits.split(), ["count"] * len(keys)) or []
        values = {k: c.value for k, c in cells.items()}
        if lean and not any(_consistent(values, keys, c, equations) for c in cands):
            continue  # no split the model could propose would be kept
        label = spec.row(row.split(".")[1]).label if row != "t4" else "表四（复议5格、直接起诉5格、复议后起诉5格）"
        cols = "、".join(k.split(".", 1)[1] for k in keys)
        result = client.ask(
            RowSplit,
            prompt("table_row_repair", label=label, columns=cols, digits=digits, n=len(keys)),
            run=run,
            deadline=deadline,
        )
        if result is None:
            if run.budget_exhausted or run.deadline_exhausted:
                return
            continue
        proposal = tuple(s.strip() for s in result.cells)
        if len(proposal) != len(keys) or proposal not in cands or not _consistent(values, keys, proposal, equations):
            run.cells_rejected += len(keys)
            continue
        for k, part in zip(keys, proposal):
            cells[k].value = glued.value_of(part)
            cells[k].raw = part
            cells[k].placeholder = False
            cells[k].source = "llm"
        run.cells_accepted += len(keys)


def run_llm(report: Report, cfg: LLMConfig, client: LLMClient | None = None) -> Report:
    """The LLM pass over an extracted report; the report is returned even when every call fails."""
    client = client or client_for(cfg)
    run = LLMRun(model=cfg.model, passes=cfg.passes)
    deadline = time.monotonic() + cfg.report_timeout
    lean = cfg.passes == "lean"
    found = (metrics_of_open_clauses if lean else metrics_by_section)(report, client, run, deadline)
    report.metrics = merge_metrics(report.metrics, found)
    if not run.budget_exhausted and not run.deadline_exhausted:
        repair_glued_rows(report, client, run, deadline, lean=lean)
    report.llm = run
    return report
