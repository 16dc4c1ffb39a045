"""load → parse → extract → check: one report in, one `Report` out."""

from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from . import tablespec as ts
from .agency import as_of
from .checks import (
    check_domain,
    check_equations,
    check_magnitude,
    check_preamble_parts,
    check_structure,
    check_version,
    check_year,
    tables_only,
)
from .document import Document
from .llm import run_llm
from .llm_client import LLMConfig
from .load import load_bytes, read_source
from .meta import find_issuer, find_title, find_year
from .metrics import extract_metrics
from .narrative_checks import check_narrative
from .normalize import compact_outside
from .ocr_checks import mark_cells, ocr_doubts
from .positional import distrust_order_placed, distrust_spaced_joins
from .prior_year import this_year_only
from .replaced import table_statements
from .schema import ExtractError, Finding, Report, Span, Template, report_id
from .sections import find_sections
from .stream import build_stream
from .tables import parse_tables
from .template import detect_template, looks_like_report
from .traditional import restore_printed, simplified_view

# Print ranks as one int, group × _GROUP + index (an int compares in one step, a tuple in several):
# table 二 as read; a vendor 小计 column after table 三; anything else last.
_GROUP = 10**7
_UNRANKED = {"t2": 0, "t3": 1 * _GROUP + 10**6}
_LAST = 9 * _GROUP


def extract_bytes(data: bytes, source: str = "-", llm: LLMConfig | None = None, base: Path | None = None) -> Report:
    """`base`: the folder of a file named by the user (an HTML page's pictures are read from it)."""
    doc = load_bytes(data, base)
    return extract_document(doc, source, report_id(data), llm)


def extract_path(path: str, llm: LLMConfig | None = None) -> Report:
    return extract_bytes(read_source(path), path, llm, Path(path).parent if path != "-" else None)


def extract_document(doc: Document, source: str, report_id: str, llm: LLMConfig | None = None) -> Report:
    """A 繁體 report is read through its simplified view and reported as printed, its agency in simplified
    characters (extractor/traditional.py)."""
    view = simplified_view(doc)
    if view is None:
        return _extract_document(doc, source, report_id, llm)
    return restore_printed(_extract_document(view, source, report_id, llm), view.text, doc.text)


def _extract_document(doc: Document, source: str, report_id: str, llm: LLMConfig | None = None) -> Report:
    if not looks_like_report(doc.text):
        if doc.format == "json":
            raise ExtractError("JSON 数据不是政府信息公开工作年度报告（其中的文字没有年报的内容）", "not_a_report")
        raise ExtractError("不是政府信息公开工作年度报告（没有找到相关内容）", "not_a_report")
    title = find_title(doc.text)
    if title is None and doc.title_hint and "年度报告" in doc.title_hint:
        title = re.split(r"[_|｜\-—]+", doc.title_hint)[0].strip() or None  # 「…年度报告_XX市人民政府」
    year = find_year(doc.text, title)
    doc = this_year_only(doc, year)  # last year's columns, rows and tables printed beside this year's: left out
    stream = build_stream(doc)
    printed = detect_template(stream)  # from the table labels alone
    # No label printed (tables published as pictures): the template in force for the year, and no
    # table to look for — keywords in the narrative (「化解行政复议、行政诉讼风险…78件」) are not table 四.
    template = printed if printed in (Template.GF2021, Template.GF2019) else detect_template(stream, year)
    sections = find_sections(doc, stream)
    findings: list[Finding] = [
        Finding(check="D8", severity="warning", kind="extraction_doubt", where="file", message=w) for w in doc.warnings
    ]
    statements: list = []
    tables = None
    equations: tuple = ()
    if template in (Template.GF2021, Template.GF2019):
        if printed is template:
            tables = parse_tables(doc, stream, template.value)
            findings += tables.doubts
        for t, name in (
            ("t2", "表二（主动公开政府信息情况）"),
            ("t3", "表三（收到和处理政府信息公开申请情况）"),
            ("t4", "表四（行政复议、行政诉讼情况）"),
        ):
            if tables is None:  # not one table label printed: the tables were pictures, or left out
                message = f"未找到{name}（正文没有表格文字，可能以图片发布）"
            elif t not in tables.found and not any(f.where == t for f in tables.doubts):
                message = f"未找到{name}"
            else:
                continue
            findings.append(Finding(check="D1", severity="error", kind="extraction_doubt", where=t, message=message))
        missing = {f.where for f in findings if f.check == "D1" and f.where in ("t3", "t4")}
        if missing:  # a sentence printed instead of the table: replaced, not missing
            statements = table_statements(doc.text, sections, missing)
            replaced = {s.table for s in statements}
            findings = [f for f in findings if not (f.check == "D1" and f.where in replaced)]
    cells = tables.cells if tables else {}
    if doc.ocr:
        mark_cells(cells, doc.ocr)
    if tables:
        t3 = ts.t3_spec(tables.single_r6)
        equations = ts.t3_equations(t3, tables.subtotals) + ts.t4_equations()
        if doc.ocr:  # a scan keeps its rows by geometry: a broken identity there is a misread digit (D7)
            findings += check_equations(cells, equations)
        else:
            identities, placed = distrust_order_placed(cells, tables.doubts, equations)
            findings += placed + distrust_spaced_joins(cells, identities, equations)
        findings += check_domain(cells, (ts.t2_spec(template.value), t3, ts.T4))
        if doc.ocr:  # after the identities and the domain: it reads their findings
            findings += ocr_doubts(cells, equations, findings)
    findings += check_structure(sections, template, tables_only(doc.text, tables.span if tables else None))
    if template in (Template.GF2021, Template.GF2019):
        findings += check_preamble_parts(doc.text, sections)
    findings += check_year(doc.text, year)
    findings += check_version(template, year)
    views = compact_outside(doc.folded, [tables.span] if tables and tables.span else [])
    metrics = extract_metrics(doc.text, sections, views)
    findings += check_magnitude(metrics)
    rank = _cell_rank(bool(tables and tables.single_r6))
    ordered = sorted(cells.values(), key=lambda c: rank.get(c.key) or _UNRANKED.get(c.key[:2], _LAST))
    report = Report(
        id=report_id,
        source=source,
        format=doc.format,
        encoding=doc.encoding,
        carrier=doc.carrier,
        template=template,
        year=year,
        title=title,
        **_issuer_fields(find_issuer(doc.text, title, doc.header_hint), doc, year),
        tables_recoverable=any(c.value is not None for c in cells.values()),
        glued=bool(tables and tables.glued),
        cells=ordered,
        findings=findings,
        sections=sections,
        metrics=metrics,
        pages=[Span(start=a, end=b, page=n) for a, b, n in doc.pages],
        text=doc.text,
        tables_span=Span(start=tables.span[0], end=tables.span[1]) if tables and tables.span else None,
        table_statements=statements,
    )
    if llm is not None:
        run_llm(report, llm)
        if report.llm and report.llm.cells_accepted:  # repaired rows: the identities again
            report.findings = [f for f in report.findings if f.check not in ("H1", "H2", "H3", "H4", "H5")]
            report.findings += check_equations({c.key: c for c in report.cells}, equations)
    report.findings += check_narrative(report, views)
    return report


NO_AGENCY = "报告中未找到发布机关名称（标题、落款、页眉、填报单位、发布机构均未写明）"


def _as_printed(name: str, doc: Document) -> str:
    """A name read from the folded text, as the report prints it: 「中国（上海）自由贸易试验区…」 keeps its full-width
    brackets (folding is one character for one, so the printed name is the same slice of the text). A name the
    report never prints whole (completed from a short form) stays as read."""
    at = doc.folded.find(name)
    return doc.text[at : at + len(name)] if at >= 0 else name


def _issuer_fields(issuer, doc: Document, year: int | None) -> dict:
    """The agency fields; an agency not found, or not checked against the tables, says so in a doubt. The region is
    the place as it was in the report's year (agency.as_of)."""
    ident = issuer.identity
    if issuer.agency is None:
        return {"agency": None, "agency_doubts": [NO_AGENCY]}
    issuer = dataclasses.replace(issuer, agency=_as_printed(issuer.agency, doc))
    if ident is None:
        return {
            "agency": issuer.agency,
            "agency_doubts": [f"发布机关「{issuer.agency}」未能与行政区划表、机关名称表核对"],
        }
    ident = as_of(ident, year)
    return {
        "agency": issuer.agency,
        "agency_full": ident.full,
        "agency_short": ident.short,
        "agency_level": ident.level,
        "region": ident.region,
        "region_code": ident.region_code,
        "agency_doubts": list(ident.doubts),
    }


@functools.lru_cache(maxsize=2)
def _cell_rank(single_r6: bool) -> dict[str, int]:
    """Print order of table 三's cells (each group's subtotal row just before its first sub-row)
    and table 四's; table 二 keeps the order it was read in (the sort is stable)."""
    rank: dict[str, int] = {}
    order: list[str] = []
    for r in ts.t3_spec(single_r6).rows:
        if r.parent and r.parent != "r6" or (r.parent == "r6" and not single_r6):
            order += [f"t3.{r.parent}.{c}" for c in ts.T3_COLS if f"t3.{r.parent}.{c}" not in order]
        order += [f"t3.{r.key}.{c}" for c in ts.T3_COLS]
    for i, key in enumerate(order):
        rank.setdefault(key, 1 * _GROUP + i)
    for g in ts.T4_GROUPS:
        for c in ts.T4_COLS:
            rank[f"t4.{g}.{c}"] = 2 * _GROUP + ts.T4_GROUPS.index(g) * 10 + ts.T4_COLS.index(c)
    return rank
