"""A Report's JSON is the contract (CLI output, reports.jsonl, the store): the parts built as plain
dataclasses (cells, metrics, sections, findings) must serialise exactly as declared, and read back
into an equal Report."""

import json
import warnings

from extractor.extract import extract_bytes
from extractor.schema import FINDING, Finding, Report, Section


def test_glued_report_round_trips_without_serializer_warnings(corpus):
    report = extract_bytes((corpus / "reports" / "pingtan-2019.txt").read_bytes(), "pingtan-2019.txt")
    assert len(report.findings) > 20 and report.sections
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a tuple where a list is declared warns; a wrong type too
        text = report.model_dump_json()
        stored = [FINDING.dump_json(f) for f in report.findings]
    back = Report.model_validate_json(text)
    assert back == report
    assert all(isinstance(f, Finding) for f in back.findings) and all(isinstance(s, Section) for s in back.sections)
    d3 = next(f for f in json.loads(text)["findings"] if f["check"] == "D3")
    assert d3["kind"] == "extraction_doubt" and isinstance(d3["cells"], list) and d3["spans"]
    assert json.loads(stored[0]) == json.loads(text)["findings"][0]


def test_report_schema_documents_finding_fields():
    schema = Report.model_json_schema()
    finding = schema["$defs"]["Finding"]
    assert finding["properties"]["check"]["description"].startswith("spec id")
    assert set(finding["required"]) == {"check", "severity", "kind", "where", "message"}
