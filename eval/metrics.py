"""Narrative-metric scores against gold: a match is the same value and unit with our span
overlapping the gold quote (located in the text with whitespace and width folded). Gold metrics
marked optional count neither way. Label quality is reported separately (character overlap)."""

from __future__ import annotations

from extractor.extract import extract_path
from extractor.llm_client import LLMConfig
from extractor.normalize import fold

THRESHOLDS = {"precision": 0.90, "recall": 0.95}


def _locate(text: str, quote: str) -> tuple[int, int] | None:
    chars, offs = [], []
    for i, ch in enumerate(fold(text)):
        if not ch.isspace():
            chars.append(ch)
            offs.append(i)
    hay = "".join(chars)
    needle = "".join(ch for ch in fold(quote) if not ch.isspace())
    i = hay.find(needle)
    return (offs[i], offs[i + len(needle) - 1] + 1) if i >= 0 and needle else None


def _label_overlap(a: str, b: str) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 1.0


def score_report(gold: dict, llm: LLMConfig | None) -> dict:
    report = extract_path(gold["_path"], llm)
    golds = []
    for m in gold.get("metrics", []):
        loc = _locate(report.text, m["quote"])
        golds.append((m, loc))
    used: set[int] = set()
    tp, fp, overlaps = 0, [], []
    for p in report.metrics:
        hit = None
        for j, (m, loc) in enumerate(golds):
            if j in used or loc is None:
                continue
            if (
                float(m["value"]) == float(p.value)
                and m.get("unit") == p.unit
                and p.span.start < loc[1]
                and loc[0] < p.span.end
            ):
                hit = j
                break
        if hit is None:
            fp.append(f"{p.value}{p.unit or ''} «{p.quote}»")
            continue
        used.add(hit)
        m = golds[hit][0]
        if not m.get("optional"):
            tp += 1
        overlaps.append(_label_overlap(p.label, m.get("label", "")))
    fn = [
        f"{m['value']}{m.get('unit') or ''} «{m['quote']}»"
        for j, (m, _) in enumerate(golds)
        if j not in used and not m.get("optional")
    ]
    return {
        "id": gold["id"],
        "tp": tp,
        "fp": len(fp),
        "fn": len(fn),
        "false_positives": fp[:20],
        "missed": fn[:20],
        "label_overlap": sum(overlaps) / len(overlaps) if overlaps else None,
        "llm": report.llm.model_dump() if report.llm else None,
        "tokens": (report.llm.prompt_tokens + report.llm.completion_tokens) if report.llm else 0,
    }


def summarize(rows: list[dict]) -> dict:
    tp = sum(r["tp"] for r in rows)
    fp = sum(r["fp"] for r in rows)
    fn = sum(r["fn"] for r in rows)
    labels = [r["label_overlap"] for r in rows if r["label_overlap"] is not None]
    return {
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "label_overlap": sum(labels) / len(labels) if labels else None,
        "tokens": sum(r["tokens"] for r in rows),
        "per_report": rows,
    }


def render(summary: dict) -> str:
    lines = [f"{'report':28} {'tp':>4} {'fp':>4} {'fn':>4}  label  tokens"]
    for r in summary["per_report"]:
        lo = f"{r['label_overlap']:.2f}" if r["label_overlap"] is not None else "  - "
        lines.append(f"{r['id']:28} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4}  {lo}  {r['tokens']}")
        lines += [f"    FP {x}" for x in r["false_positives"][:5]] + [f"    FN {x}" for x in r["missed"][:5]]
    lines.append(
        f"\nmetrics precision {summary['precision']:.4f} recall {summary['recall']:.4f} "
        f"(tp {summary['tp']} fp {summary['fp']} fn {summary['fn']}); label overlap "
        f"{summary['label_overlap']:.3f}; LLM tokens {summary['tokens']}"
    )
    return "\n".join(lines)
