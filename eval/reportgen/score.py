"""`python -m eval generator`: generated reports per family and template, read back and scored the
way the property test judges them (every cell, placeholder, agency, year, template), printed next to
the corpus accuracy of `eval extraction`. A measurement, not a gate: the gate is
tests/test_reportgen.py."""

from __future__ import annotations

import time
from collections import Counter, defaultdict

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import FAMILIES, generate
from extractor.extract import extract_bytes


def run(n: int, seed: int, families: list[str] | None = None) -> dict:
    rows = []
    for f in FAMILIES:
        if families and f.name not in families:
            continue
        count = max(2, n // f.cost)
        per: dict[str, Counter] = defaultdict(Counter)
        reasons: Counter = Counter()
        t0 = time.perf_counter()
        for i in range(count):
            template = ("GF2021", "GF2019")[i % 2]
            g = generate(RandomDraw(seed * 1_000_003 + i), f.name, template)
            try:
                problems = mismatches(extract_bytes(g.data, g.name), g.expected)
            except Exception as exc:  # scored as wrong, reported by name
                problems = [f"error: {type(exc).__name__}: {exc}"]
            c = per[template]
            c["reports"] += 1
            c["right"] += not problems
            c["cells"] += len(g.expected.cells)
            bad_cells = {p.split(":")[0] for p in problems if p.startswith("t")}
            c["cells_right"] += len(g.expected.cells) - len(bad_cells & set(g.expected.cells))
            for what in ("agency", "year", "template"):
                c[f"{what}_right"] += not any(p.startswith(what + ":") for p in problems)
            for p in problems:
                reasons[p.split(":")[0].split(".")[0] if p.startswith("t") else p.split(":")[0]] += 1
        rows.append(
            {
                "family": f.name,
                "format": f.format,
                "seconds": time.perf_counter() - t0,
                "by_template": {t: dict(c) for t, c in per.items()},
                "problems": dict(reasons.most_common(4)),
            }
        )
    return {"seed": seed, "n": n, "families": rows}


def corpus_accuracy() -> dict:
    from eval import extraction
    from eval.gold import DEFAULT_CORPUS, load_gold

    out = {}
    for name, path in (("corpus", DEFAULT_CORPUS), ("wild", DEFAULT_CORPUS.parent / "wild")):
        golds = load_gold(path)
        if golds:
            s = extraction.summarize([extraction.score_report(g) for g in golds])
            out[name] = {
                "reports": s["reports"],
                "cell_accuracy": s["cell_accuracy"],
                "template_accuracy": s["template_accuracy"],
            }
    return out


def render(summary: dict) -> str:
    lines = [
        f"{'family':16} {'format':8} {'tmpl':6} {'reports':>7} {'exact':>7} {'cells':>8} "
        f"{'agency':>7} {'year':>6} {'tmpl':>6}  most wrong"
    ]
    total = Counter()
    for r in summary["families"]:
        for t, c in sorted(r["by_template"].items(), reverse=True):
            total.update(c)
            lines.append(
                f"{r['family']:16} {r['format']:8} {t:6} {c['reports']:7d} {c['right'] / c['reports']:7.1%} "
                f"{c['cells_right'] / max(1, c['cells']):8.2%} {c['agency_right'] / c['reports']:7.0%} "
                f"{c['year_right'] / c['reports']:6.0%} {c['template_right'] / c['reports']:6.0%}  "
                + (", ".join(f"{k}×{v}" for k, v in r["problems"].items()) if t == "GF2021" else "")
            )
    if total["reports"]:
        lines.append(
            f"{'all generated':31} {total['reports']:7d} {total['right'] / total['reports']:7.1%} "
            f"{total['cells_right'] / max(1, total['cells']):8.2%} {total['agency_right'] / total['reports']:7.0%} "
            f"{total['year_right'] / total['reports']:6.0%} {total['template_right'] / total['reports']:6.0%}"
        )
    for name, c in summary.get("corpus", {}).items():
        lines.append(
            f"{name + ' (eval extraction)':31} {c['reports']:7d} {'':>7} {c['cell_accuracy']:8.2%} "
            f"{'':>7} {'':>6} {c['template_accuracy']:6.0%}"
        )
    return "\n".join(lines)
