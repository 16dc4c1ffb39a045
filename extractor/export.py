"""Flat views of a `Report`: the `cells` contract (shaped like the corpus gold files) and long-form
CSV rows. Both read keys from the report's cells, which come from the one table spec."""

from __future__ import annotations

import csv
import dataclasses
import io
from typing import Any

from .schema import FINDING, Report

CSV_FIELDS = ["report_id", "source", "agency", "year", "template", "table", "row", "col", "key",
              "value", "raw", "placeholder", "cell_source", "start", "end", "page"]


def to_cells(report: Report) -> dict[str, Any]:
    tables: dict[str, dict[str, Any]] = {"t2": {}, "t3": {}, "t4": {}}
    placeholders: dict[str, str] = {}
    for cell in report.cells:
        table, rest = cell.key.split(".", 1)
        tables[table][rest] = cell.value
        if cell.placeholder:
            placeholders[cell.key] = cell.raw
        if cell.unit and cell.key == "t2.procurement.amount":
            placeholders["t2.procurement.amount_unit"] = cell.unit
    return {
        "id": report.id, "source": report.source, "template": report.template.value,
        "agency": report.agency, "region": report.region, "level": report.agency_level,
        "region_code": report.region_code, "agency_full": report.agency_full,
        "year": report.year, "tables_recoverable": report.tables_recoverable,
        "glued": report.glued, **tables, "placeholders": placeholders,
        "findings": [FINDING.dump_python(f, exclude={"spans"}, exclude_none=True) for f in report.findings],
        "metrics": [{k: v for k, v in dataclasses.asdict(m).items() if k != "span"}
                    | {"start": m.span.start, "end": m.span.end} for m in report.metrics],
    }


def csv_rows(report: Report | dict) -> list[tuple]:
    """Long-form rows (in CSV_FIELDS order) of a report, or of its JSON form (bulk reads
    reports.jsonl without models). None stands for an empty field."""
    r = report.model_dump(mode="json", include={"id", "source", "agency", "year", "template", "cells"}) \
        if isinstance(report, Report) else report
    head = (r["id"], r["source"], r["agency"], r["year"], r["template"])
    rows = []
    for cell in r["cells"]:
        table, row, col = cell["key"].split(".", 2)
        span = cell.get("span") or {}
        rows.append((*head, table, row, col, cell["key"], cell["value"], cell["raw"], int(cell["placeholder"]),
                     cell["source"], span.get("start"), span.get("end"), span.get("page")))
    return rows


def to_csv(reports: list[Report]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for r in reports:
        writer.writerows(csv_rows(r))
    return buf.getvalue()
