"""Extraction scores against gold: cells, template, identity (agency and year), place (region and level), findings.

Findings are compared on the hard identities (H1–H7) the printed numbers break, as the gold lists
them; entries of kind blank_cells are informational on both sides and not scored. A finding is
identified by (check, group): the table-四 group (t4.rv …) for H5, else the table (t2/t3/t4)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from extractor.extract import extract_path
from extractor.normalize import fold
from extractor.schema import Report

THRESHOLDS = {
    "cell_accuracy": 1.0,
    "template_accuracy": 1.0,
    "identity_accuracy": 1.0,
    "place_accuracy": 1.0,
    "findings_precision": 1.0,
    "findings_recall": 1.0,
}


def _group(check: str, where: str) -> tuple[str, str]:
    m = re.search(r"t4\.(rv|ld|lr)", where)
    if check == "H5" and m:
        return check, f"t4.{m.group(1)}"
    m = re.search(r"\b(t[234])", where)
    return check, m.group(1) if m else where


def values_equal(a, b) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-9
    return a == b


@dataclass
class ReportScore:
    id: str
    template_ok: bool
    cells: dict[str, tuple[int, int]] = field(default_factory=dict)  # table → (right, total)
    wrong: list[tuple[str, object, object]] = field(default_factory=list)
    gold_findings: set = field(default_factory=set)
    found_findings: set = field(default_factory=set)
    seconds: float = 0.0
    error: str | None = None
    identity_ok: bool | None = None  # agency and year as the gold's (None: the gold names neither)
    identity: tuple[str, str] | None = None  # (gold, got) "agency year" when they differ
    place_ok: bool | None = None  # region and level as the gold's (None: the gold names no region)
    place: tuple[str, str] | None = None  # (gold, got) "region level" when they differ


def score_report(gold: dict) -> ReportScore:
    t0 = time.perf_counter()
    try:
        report: Report = extract_path(gold["_path"])
    except Exception as exc:  # scored as all wrong, reported by name
        s = ReportScore(gold["id"], False, error=f"{type(exc).__name__}: {exc}")
        for t in ("t2", "t3", "t4"):
            s.cells[t] = (0, len(gold.get(t, {})))
        return s
    s = ReportScore(gold["id"], report.template.value == gold["template"])
    s.seconds = time.perf_counter() - t0
    if gold.get("agency") and gold.get("year"):
        # Who published it and for which year: everything a user asks by body and year is found through these.
        want, got = f"{gold['agency']} {gold['year']}", f"{report.agency} {report.year}"
        s.identity_ok = want == got
        if not s.identity_ok:
            s.identity = (want, got)
    if gold.get("region"):
        # Where it sits and at which level: questions over a province, a city or 「县级部门」 select by these.
        s.place_ok = _place_equal(gold, report)
        if not s.place_ok:
            s.place = (f"{gold['region']} {gold.get('level')}", f"{report.region} {report.agency_level}")
    values = report.values()
    # a cell the report does not print (a column the publisher left out or merged, a row left out: wild38's
    # `not_printed`) has no value: right when the reader gives none — no cell, or a cell without a value — and
    # wrong for any figure (a 0, a sum it computed, a merged column's figure put in one of its columns)
    unprinted = set(gold.get("not_printed", ()))
    for t in ("t2", "t3", "t4"):
        right = 0
        for k, v in gold.get(t, {}).items():
            got = values.get(f"{t}.{k}", "<missing>")
            if values_equal(got, v) or (v is None and f"{t}.{k}" in unprinted and got in (None, "<missing>")):
                right += 1
            else:
                s.wrong.append((f"{t}.{k}", v, got))
        s.cells[t] = (right, len(gold.get(t, {})))
    s.gold_findings = {
        _group(f["check"], f.get("where", ""))
        for f in gold.get("findings", [])
        if f.get("kind") != "blank_cells" and f["check"].startswith("H")
    }
    s.found_findings = {
        _group(f.check, f.where) for f in report.findings if f.kind == "report_defect" and f.check.startswith("H")
    }
    return s


_LEVEL_SAME = {"乡镇": "乡级政府"}  # the wild gold's word for a township's level, ours in the schema's vocabulary


def _place_equal(gold: dict, report: Report) -> bool:
    """Region and level as the gold's. A township's region: the wild gold stops at its county (the 6-digit code's
    division), ours goes on to the township's own name — the same place when ours is the gold's plus a name the
    agency carries."""
    level = gold.get("level")
    if level and _LEVEL_SAME.get(level, level) != report.agency_level:
        return False
    got, want = report.region or "", gold["region"]
    # (the gazetteer's names are folded — 「中国(上海)…」 —, the agency as printed — 「中国（上海）…」)
    return got == want or (got.startswith(want) and fold(got[len(want) :]) in fold(report.agency or ""))


def summarize(scores: list[ReportScore]) -> dict:
    right = sum(r for s in scores for r, _ in s.cells.values())
    total = sum(n for s in scores for _, n in s.cells.values())
    per_table = {
        t: [sum(s.cells[t][0] for s in scores), sum(s.cells[t][1] for s in scores)] for t in ("t2", "t3", "t4")
    }
    tp = sum(len(s.gold_findings & s.found_findings) for s in scores)
    fp = sum(len(s.found_findings - s.gold_findings) for s in scores)
    fn = sum(len(s.gold_findings - s.found_findings) for s in scores)
    identity = [s.identity_ok for s in scores if s.identity_ok is not None]
    place = [s.place_ok for s in scores if s.place_ok is not None]
    return {
        "reports": len(scores),
        "cell_accuracy": right / total if total else 1.0,
        "cells_right": right,
        "cells_total": total,
        "per_table": {t: (r / n if n else 1.0) for t, (r, n) in per_table.items()},
        "template_accuracy": sum(s.template_ok for s in scores) / len(scores) if scores else 1.0,
        "identity_right": sum(identity),
        "identity_total": len(identity),
        "identity_accuracy": sum(identity) / len(identity) if identity else 1.0,
        "place_right": sum(place),
        "place_total": len(place),
        "place_accuracy": sum(place) / len(place) if place else 1.0,
        "findings_precision": tp / (tp + fp) if tp + fp else 1.0,
        "findings_recall": tp / (tp + fn) if tp + fn else 1.0,
        "false_alarms_on_clean": sum(1 for s in scores if not s.gold_findings and s.found_findings),
        "per_report": [
            {
                "id": s.id,
                "template_ok": s.template_ok,
                "error": s.error,
                "cells": {t: f"{r}/{n}" for t, (r, n) in s.cells.items()},
                "accuracy": (sum(r for r, _ in s.cells.values()) / max(1, sum(n for _, n in s.cells.values()))),
                "wrong": [list(map(str, w)) for w in s.wrong[:20]],
                "identity": list(s.identity) if s.identity else None,
                "place": list(s.place) if s.place else None,
                "findings_gold": sorted(map(list, s.gold_findings)),
                "findings_found": sorted(map(list, s.found_findings)),
                "seconds": round(s.seconds, 4),
            }
            for s in scores
        ],
    }


def render(summary: dict) -> str:
    lines = [f"{'report':28} {'tmpl':5} {'t2':>8} {'t3':>8} {'t4':>8}  findings (gold → found)"]
    for r in summary["per_report"]:
        c = r["cells"]
        lines.append(
            f"{r['id']:28} {'ok' if r['template_ok'] else 'BAD':5} {c['t2']:>8} {c['t3']:>8} {c['t4']:>8}  "
            f"{r['findings_gold']} → {r['findings_found']}" + (f"  ERROR {r['error']}" if r["error"] else "")
        )
        for w in r["wrong"][:5]:
            lines.append(f"    wrong {w[0]}: gold {w[1]} got {w[2]}")
        if r.get("identity"):
            lines.append(f"    agency/year: gold {r['identity'][0]} got {r['identity'][1]}")
        if r.get("place"):
            lines.append(f"    region/level: gold {r['place'][0]} got {r['place'][1]}")
    lines.append("")
    lines.append(
        f"cells {summary['cells_right']}/{summary['cells_total']} = {summary['cell_accuracy']:.4f}  "
        + "  ".join(f"{t} {v:.4f}" for t, v in summary["per_table"].items())
    )
    lines.append(
        f"template accuracy {summary['template_accuracy']:.4f}; findings precision "
        f"{summary['findings_precision']:.4f} recall {summary['findings_recall']:.4f}; "
        f"false alarms on clean reports {summary['false_alarms_on_clean']}"
    )
    if summary.get("identity_total"):
        lines.append(
            f"agency + year {summary['identity_right']}/{summary['identity_total']} = {summary['identity_accuracy']:.4f}"
        )
    if summary.get("place_total"):
        lines.append(
            f"region + level {summary['place_right']}/{summary['place_total']} = {summary['place_accuracy']:.4f}"
        )
    return "\n".join(lines)
