"""One metric across reports: a narrative number asked over several years (「门户网站每年发布多少篇」)
is found in each report on its own, and a report may answer with another sentence's number (the
公众号's 1146篇 beside the 门户网站's 5009篇). Each report's pick is read again against the best-matched
report's clause (the pick whose own clause says most of the question) — the same label and unit in
every year — and replaced when another number of that report says the same thing clearly better."""

from __future__ import annotations

import re

from ..cite import sentence_bounds
from ..context import Context
from ..tokens import overlap
from .synonyms import canon

GAIN = 0.25  # how much closer to the anchor's clause a number must be to replace a report's pick
CLOSE = 0.5  # and how close at least


def _signature(text: str, m, a: int) -> str:
    """The words that say what a number counts: its label and its clause up to the number (a list
    「科技动态、通知公告…等各类信息5009篇」 kept whole), without numbers and years."""
    start = max(max(text.rfind(ch, a, m["start"]) for ch in "，,；;。：:") + 1, a)
    words = re.sub(r"(?:19|20)\d{2}\s*年度?|\d+(?:\.\d+)?", "", text[start : m["start"]])
    return canon((m["label"] or "") + words)


def _unit_base(unit: str | None) -> str:
    return (unit or "")[-1:]  # 「万人」 and 「人」 count the same thing (the series converts them)


def same_metric(ctx: Context, found: dict[str, tuple]) -> dict[str, tuple]:
    """`found`: rid → best_metric's tuple (score, rid, metric row, report, sentence start, end)."""
    if len(found) < 2:
        return found
    # the anchor: the report whose pick says most plainly what the question asks (its own clause)
    asked = canon(re.sub(r"(?:19|20)\d{2}\s*年度?|多少|几|每年|历年|各年|这几年|到|至", "", ctx.q))
    sigs = {r: _signature(t[3].text, t[2], t[4]) for r, t in found.items()}
    anchor = max(found, key=lambda r: (overlap(asked, sigs[r]), found[r][0]))
    am = found[anchor][2]
    sig = sigs[anchor]
    base = _unit_base(am["unit"])
    out = dict(found)
    for rid, best in found.items():
        if rid == anchor:
            continue
        report, cur = best[3], best[2]
        if _unit_base(cur["unit"]) != base:
            continue
        now = overlap(sig, _signature(report.text, cur, best[4]))
        pick, top = None, now
        for m in ctx.store.metrics(rid):
            if m is cur or _unit_base(m["unit"]) != base or len(report.text) < m["end"]:
                continue
            a, b = sentence_bounds(report.text, m["start"], m["end"])
            if (a, b) == (best[4], best[5]):
                continue  # (a part of the pick's own sentence — 「共2599条，其中…856条」 — is not another reading)
            sim = overlap(sig, _signature(report.text, m, a))
            if sim > top:
                pick, top = (best[0], rid, m, report, a, b), sim
        if pick is not None and top >= CLOSE and top >= now + GAIN:
            out[rid] = pick
    return out
