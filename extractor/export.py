"""Flat views of a `Report`: the `cells` contract (shaped like the corpus gold files) and long-form
CSV rows. Both read keys from the report's cells, which come from the one table spec.

CSV is opened by people in spreadsheets, so every CSV we write is safe to open there (OWASP's rule
for CSV injection): a text cell beginning with = + - @ tab or CR — 「=HYPERLINK(…)」 in a file name
or an agency, 「=cmd|…」 in a cell — is written with a leading apostrophe, which spreadsheets show as
text and do not evaluate. Plain numbers (「-5」) and bare dashes (the 「-」 placeholder) cannot be
formulas and stay as they are. CSV files get a UTF-8 BOM (`BOM`, prepended by whoever writes the
file: Excel then reads the Chinese right); JSON, JSON Lines and Parquet are data, never
neutralised."""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import re
from typing import Any

from .schema import FINDING, Report

BOM = "\ufeff"
_FORMULA_START = frozenset("=+-@\t\r")
_INERT = re.compile(r"[+-]?(?:\d[\d,]*)?(?:\.\d+)?%?|[-\s]*")  # a number, or dashes: never a formula


def safe_cell(v: Any) -> Any:
    """A CSV field a spreadsheet will not evaluate."""
    if type(v) is str and v and v[0] in _FORMULA_START and not _INERT.fullmatch(v):
        return "'" + v
    return v


def safe_row(row: tuple) -> tuple:
    return tuple(safe_cell(v) for v in row)


def csv_header(fields) -> str:
    """The header line of every CSV we write, each name quoted. DuckDB (`SELECT * FROM 'cells.csv'`)
    guesses the quote character from the first 20,480 lines: in a dataset whose first quoted field
    (a 「7,920」 as printed) comes later it guessed none and refused the file at that line. Line 1
    shows it now; spreadsheets, pandas and csv readers read the same names."""
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerow(fields)
    return buf.getvalue()


def _finite(v):
    """JSON has no infinity: a value too large for a float (a 400-digit decimal) is null there;
    its printed text stays in the cell's `raw`."""
    return None if isinstance(v, float) and not math.isfinite(v) else v


CSV_FIELDS = [
    "report_id",
    "source",
    "agency",
    "year",
    "template",
    "table",
    "row",
    "col",
    "key",
    "value",
    "raw",
    "placeholder",
    "cell_source",
    "start",
    "end",
    "page",
]


def to_cells(report: Report) -> dict[str, Any]:
    tables: dict[str, dict[str, Any]] = {"t2": {}, "t3": {}, "t4": {}}
    placeholders: dict[str, str] = {}
    for cell in report.cells:
        table, rest = cell.key.split(".", 1)
        tables[table][rest] = _finite(cell.value)
        if cell.placeholder:
            placeholders[cell.key] = cell.raw
        if cell.unit and cell.key == "t2.procurement.amount":
            placeholders["t2.procurement.amount_unit"] = cell.unit
    return {
        "id": report.id,
        "source": report.source,
        "template": report.template.value,
        "agency": report.agency,
        "region": report.region,
        "level": report.agency_level,
        "region_code": report.region_code,
        "agency_full": report.agency_full,
        "year": report.year,
        "tables_recoverable": report.tables_recoverable,
        "glued": report.glued,
        **tables,
        "placeholders": placeholders,
        "findings": [
            FINDING.dump_python(f, mode="json", exclude={"spans"}, exclude_none=True) for f in report.findings
        ],
        "metrics": [
            {k: _finite(v) for k, v in dataclasses.asdict(m).items() if k != "span"}
            | {"start": m.span.start, "end": m.span.end}
            for m in report.metrics
        ],
    }


def csv_rows(report: Report | dict) -> list[tuple]:
    """Long-form rows (in CSV_FIELDS order) of a report, or of its JSON form (bulk reads
    reports.jsonl without models). None stands for an empty field."""
    r = (
        report.model_dump(mode="json", include={"id", "source", "agency", "year", "template", "cells"})
        if isinstance(report, Report)
        else report
    )
    head = (r["id"], r["source"], r["agency"], r["year"], r["template"])
    rows = []
    for cell in r["cells"]:
        table, row, col = cell["key"].split(".", 2)
        span = cell.get("span") or {}
        rows.append(
            (
                *head,
                table,
                row,
                col,
                cell["key"],
                cell["value"],
                cell["raw"],
                int(cell["placeholder"]),
                cell["source"],
                span.get("start"),
                span.get("end"),
                span.get("page"),
            )
        )
    return rows


# The CSV a person downloads (`extract --format csv`, a report's 「单元格 CSV」, /api/export) ends with the
# cell's name in words: opened in Excel, 「t2.reg.new_made」 told a journalist nothing. Last, so the columns
# before it are bulk's cells.csv columns in the same places.
LABELLED_FIELDS = [*CSV_FIELDS, "label"]


def to_csv(reports: list[Report]) -> str:
    """Long-form CSV of reports with each cell's label (「表三·（四）1.本机关不掌握相关政府信息·总计」), every
    text field spreadsheet-safe (no BOM: see `BOM`)."""
    from .tablespec import cell_label

    buf = io.StringIO()
    buf.write(csv_header(LABELLED_FIELDS))
    writer = csv.writer(buf, lineterminator="\r\n")
    key_at = CSV_FIELDS.index("key")
    for r in reports:
        template = r.template.value
        writer.writerows(safe_row((*row, cell_label(row[key_at], template))) for row in csv_rows(r))
    return buf.getvalue()
