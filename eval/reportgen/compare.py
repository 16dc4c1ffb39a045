"""What the parser read against what was printed: every cell (value, placeholder and its raw text),
no value where nothing was printed, and agency, year and template. A cell the text does not settle
(`Expected.open`) may come back null or missing, but only with a doubt finding that names it."""

from __future__ import annotations

from eval.reportgen.model import Expected
from extractor.schema import Report


def same_value(a, b) -> bool:
    """A read value against the printed one (floats within rounding; None only equals None)."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


def mismatches(report: Report, e: Expected) -> list[str]:
    out: list[str] = []
    got = {c.key: c for c in report.cells}
    doubted = {k for f in report.findings if f.kind == "extraction_doubt" for k in f.cells}
    for key, want in e.cells.items():
        c = got.get(key)
        if key in e.open and (c is None or c.value is None):
            if key not in doubted:
                out.append(f"{key}: left open with no doubt finding naming it (want {want!r})")
            continue
        if c is None:
            out.append(f"{key}: missing (want {want!r})")
        elif not same_value(c.value, want):
            out.append(f"{key}: got {c.value!r} (raw {c.raw!r}) want {want!r}")
        elif key in e.placeholders and key not in e.open and not (c.placeholder and c.raw == e.placeholders[key]):
            out.append(f"{key}: placeholder {e.placeholders[key]!r} read as raw {c.raw!r} placeholder={c.placeholder}")
    for key, c in got.items():
        if key not in e.cells and c.value is not None and key.split(".")[1] not in ("r3", "r4", "r5", "sub"):
            out.append(f"{key}: got {c.value!r} where nothing was printed")
    for what, have, want in (
        ("agency", report.agency_full, e.agency),
        ("agency as printed", report.agency if e.written else "", e.written),
        ("year", report.year, e.year),
        ("template", report.template.value, e.template),
    ):
        if have != want:
            out.append(f"{what}: got {have!r} want {want!r}")
    return out
