"""OCR cells: where they came from, and the identities as the check on their digits.

Each table cell read from an OCR'd token gets source "ocr", the recogniser's confidence and its box
on the page. Then the doubts: a cell read with low confidence is one (D6); and where an identity
(H1–H5) fails and exactly one other reading of one OCR'd digit — a look-alike digit, or a digit
too many, or one part of two figures read as one (a hand correction beside a struck figure) —
makes every identity through that cell hold, that reading is named (D7) and the failure
is marked as our doubt rather than the report's defect. The value itself is never changed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .document import OcrMark
from .normalize import parse_number
from .schema import Cell, Finding
from .tablespec import Equation

LOW_CONFIDENCE = 0.9
# digits a recogniser confuses on a poor scan (both ways where the shapes allow)
_LOOK_ALIKE = {
    "0": "869",
    "1": "74",
    "2": "73",
    "3": "852",
    "4": "19",
    "5": "638",
    "6": "580",
    "7": "12",
    "8": "30695",
    "9": "804",
}
_IDENTITIES = frozenset(("H1", "H2", "H3", "H4", "H5"))
_POINT = re.compile(r"\d+[.,·]\d+")


def mark_cells(cells: dict[str, Cell], marks: Sequence[OcrMark]) -> None:
    """Source, confidence and box of every cell printed in an OCR'd token."""
    if not marks:
        return
    starts = [m.start for m in marks]
    for cell in cells.values():
        if cell.span is None:
            continue
        i = bisect_right(starts, cell.span.start) - 1
        if i < 0:
            continue
        m = marks[i]
        if m.start <= cell.span.start < max(m.end, m.start + 1):
            if cell.source == "printed":
                cell.source = "ocr"
            cell.confidence = m.confidence
            cell.box = m.box


def alternatives(raw: str) -> list[str]:
    """Other readings of printed digits: one digit taken for a look-alike, one digit too many, a
    speck of the scan taken for a decimal point (「1.8」 for 18), or two figures read as one — a typed
    figure struck through by pen with the correction written beside it (「10」 struck, 「9」 by hand:
    read 「109」), either part alone."""
    digits = raw.strip()
    if _POINT.fullmatch(digits):
        return [re.sub(r"[.,·]", "", digits)]
    if not digits.isdigit():
        return []
    out: list[str] = []
    for i, d in enumerate(digits):
        for alt in _LOOK_ALIKE.get(d, ""):
            out.append(digits[:i] + alt + digits[i + 1 :])
        if len(digits) > 1:
            out.append(digits[:i] + digits[i + 1 :])
    for i in range(1, len(digits)):  # a struck figure and its correction beside it
        out += [digits[:i], digits[i:]]
    return [a for a in dict.fromkeys(out) if a != digits and (a == "0" or not a.startswith("0"))]


def ocr_doubts(cells: dict[str, Cell], equations: Sequence[Equation], findings: list[Finding]) -> list[Finding]:
    """D6 for weak reads, D7 for a unique repairing reading; failed identities that such a reading
    explains are turned into extraction doubts (in `findings`, in place)."""
    out: list[Finding] = []
    for key, c in cells.items():
        if c.source == "ocr" and c.confidence is not None and c.confidence < LOW_CONFIDENCE and not c.placeholder:
            out.append(
                Finding(
                    check="D6",
                    severity="warning",
                    kind="extraction_doubt",
                    where=key,
                    message=f"OCR 识别置信度低（{c.confidence:.2f}）：「{c.raw}」",
                    cells=[key],
                    values={key: c.value},
                    quotes=[c.raw],
                    spans=[c.span] if c.span else [],
                )
            )
    for f in findings:  # a count printed with a fraction, read by OCR: our reading is the doubt
        if f.check == "H6" and f.cells and all(cells.get(k) and cells[k].source == "ocr" for k in f.cells):
            f.kind = "extraction_doubt"
            f.basis = "ocr"
    failed = [f for f in findings if f.check in _IDENTITIES and f.kind == "report_defect"]
    if not failed:
        return out
    values = {k: c.value for k, c in cells.items()}
    through: dict[str, list[Equation]] = {}
    for eq in equations:
        for k in eq.keys:
            through.setdefault(k, []).append(eq)
    failing = {(f.check, f.where) for f in failed}
    suspects = {k for f in failed for k in f.cells if k in cells and cells[k].source == "ocr"}
    repairs: dict[str, list[tuple[str, str]]] = {}  # failed (check, where) → [(key, reading)]
    for key in sorted(suspects):
        eqs = [e for e in through.get(key, ()) if all(k in values for k in e.keys)]
        for reading in alternatives(cells[key].raw):
            trial = dict(values)
            trial[key] = parse_number(reading)
            if all(e.holds(trial) for e in eqs):
                for e in eqs:
                    if (e.check, e.where) in failing:
                        repairs.setdefault(f"{e.check}|{e.where}", []).append((key, reading))
    named: set[tuple[str, str]] = set()
    for f in failed:
        options = set(repairs.get(f"{f.check}|{f.where}", ()))
        if len(options) != 1:
            continue
        key, reading = options.pop()
        f.kind = "extraction_doubt"
        f.basis = "ocr"
        f.message += f"（OCR 读数存疑：{key} 若读作 {reading} 则成立）"
        if (key, reading) not in named:
            named.add((key, reading))
            c = cells[key]
            out.append(
                Finding(
                    check="D7",
                    severity="warning",
                    kind="extraction_doubt",
                    where=key,
                    message=f"OCR 读作「{c.raw}」，勾稽关系不成立；若读作「{reading}」则各项关系均成立（未改动，请核对原件）",
                    cells=[key],
                    values={key: c.value},
                    quotes=[c.raw],
                    spans=[c.span] if c.span else [],
                )
            )
    return out
