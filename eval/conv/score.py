"""`python -m eval conv`: the converter outputs of eval/conv read back and scored cell by cell against
what was printed before conversion, per converter chain. A cell is right (the value, or null where a
placeholder or blank was printed), null (a number printed, none read), missing, or **wrong** (another
number: the failure a user cannot see). A measurement, not a gate."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from eval.reportgen.compare import same_value
from extractor.extract import extract_bytes

HERE = Path(__file__).resolve().parent


def score_one(data: bytes, name: str, want: dict) -> Counter:
    c: Counter = Counter()
    try:
        report = extract_bytes(data, name)
    except Exception as exc:  # a refusal: every cell missing, said by its kind
        c["error"] += 1
        c["missing"] += len(want["cells"])
        c["cells"] += len(want["cells"])
        c[f"error:{type(exc).__name__}"] += 1
        return c
    got = {x.key: x for x in report.cells}
    for key, value in want["cells"].items():
        c["cells"] += 1
        cell = got.get(key)
        if cell is None:
            c["missing"] += 1
        elif same_value(cell.value, value):
            c["right"] += 1
        elif cell.value is None:
            c["null"] += 1
        else:
            c["wrong"] += 1
    c["agency"] += report.agency_full == want["agency"]
    c["year"] += report.year == want["year"]
    c["template"] += report.template.value == want["template"]
    c["reports"] += 1
    c["exact"] += c["right"] == c["cells"]
    return c


def run(root: Path = HERE) -> dict:
    per: dict[str, Counter] = defaultdict(Counter)
    for exp in sorted((root / "expected").glob("*.json")):
        want = json.loads(exp.read_text(encoding="utf-8"))
        src = next((root / "reports").glob(exp.stem + ".*"))
        per[want["chain"]] += score_one(src.read_bytes(), src.name, want)
    total: Counter = Counter()
    for c in per.values():
        total += c
    rows = [{"chain": k, **dict(v)} for k, v in per.items()]
    return {
        "chains": rows,
        "cells": total["cells"],
        "right": total["right"],
        "wrong": total["wrong"],
        "cell_accuracy": total["right"] / total["cells"] if total["cells"] else 0.0,
    }


def render(s: dict) -> str:
    head = f"{'chain':26} {'rep':>3} {'exact':>5} {'cells':>6} {'right':>7} {'null':>5} {'miss':>5} {'WRONG':>5}  agency year tmpl"
    lines = [head]
    for r in s["chains"]:
        n = r.get("reports", 0) or 1
        lines.append(
            f"{r['chain']:26} {r.get('reports', 0):>3} {r.get('exact', 0):>5} {r['cells']:>6} "
            f"{r.get('right', 0) / r['cells']:>7.2%} {r.get('null', 0):>5} {r.get('missing', 0):>5} {r.get('wrong', 0):>5}"
            f"  {r.get('agency', 0)}/{n} {r.get('year', 0)}/{n} {r.get('template', 0)}/{n}"
        )
    lines.append(f"all: {s['right']}/{s['cells']} = {s['cell_accuracy']:.4f} cells right, {s['wrong']} wrong")
    return "\n".join(lines)
