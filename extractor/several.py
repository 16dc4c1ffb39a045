"""(left6) One input, its reports: a file is one report, and an archive (zip, tar, maybe gzip'd) holding several
distinct reports is as many — as a folder of them would be — each named after its member (「年报.zip!平潭2022.pdf」, so
a later answer cites it) and identified by its member's bytes; a member repeating one of them (the same report twice)
is named as a duplicate. An archive of one report and other files (a 说明.txt, pictures) stays one report.
`xxgk ingest` (api/sandbox.py, api/ingest.py), `xxgk bulk` (api/bulk.py) and an upload read inputs through this."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract_document
from .llm_client import LLMConfig
from .load import load_reports, read_source
from .schema import Report, report_id


def member_source(source: str, name: str) -> str:
    """A member's source: the archive's, 「!」, the member's name (as `jar:` URLs and 7-Zip name them)."""
    return f"{source}!{name}"


@dataclass
class Reports:
    """The reports of one input, in the archive's order, and its members that repeat one (source, source repeated)."""

    reports: list[Report]
    duplicates: list[tuple[str, str]] = field(default_factory=list)


def extract_reports(data: bytes, source: str = "-", llm: LLMConfig | None = None, base: Path | None = None) -> Reports:
    """`extract_bytes`, one report for each report an archive holds."""
    parts = load_reports(data, base)
    if len(parts.reports) == 1 and parts.reports[0].name is None:
        return Reports([extract_document(parts.reports[0].doc, source, report_id(data), llm)])
    reports = [
        extract_document(p.doc, member_source(source, p.name or ""), report_id(p.data), llm) for p in parts.reports
    ]
    dups = [(member_source(source, a), member_source(source, b)) for a, b in parts.duplicates]
    return Reports(reports, dups)


def extract_path_reports(path: str, llm: LLMConfig | None = None) -> Reports:
    return extract_reports(read_source(path), path, llm, Path(path).parent if path != "-" else None)
