"""The question bank (eval/questions/dev.jsonl, holdout.jsonl), scored strictly, every question asked
of one store holding all the corpus reports (eval/corpus/reports + unlabeled):

- a number: the answer's headline value is the asked one (a neighbouring cell, another year or a
  sum that happens to contain it does not count);
- unanswerable: the answer is refused (「报告未提及」, or 「找到多个机关」 for an ambiguous agency)
  and carries no value;
- a list: the expected items, as a set, or in order where the bank says the order matters;
- a verdict (consistency): the answer opens with the expected verdict;
- text: the expected key phrases are present, with a citation.

Failures are printed one by one for dev only; for holdout only the score per intent is printed (its
questions are for judging the router, not for fitting it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rag.ask import NOT_MENTIONED

from .qa import _verdict, key_phrases_present

QUESTIONS = Path(__file__).resolve().parent / "questions"
REFUSALS = (NOT_MENTIONED, "找到多个机关")


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _expected(item: dict) -> dict:
    return item.get("expect") or item.get("expected") or item


def _number(x) -> float | None:
    if isinstance(x, bool) or x is None:
        return None
    if isinstance(x, (int, float)):
        return float(x)
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*%?\s*", str(x))
    return float(m.group(1)) if m else None


def judge(item: dict, ans) -> tuple[bool, str]:
    exp = _expected(item)
    refused = ans.answer.startswith(REFUSALS)
    if exp.get("unanswerable") or exp.get("answerable") is False:
        return refused and ans.value is None, "refusal"
    if refused:
        return False, "refused"
    value = _number(exp.get("value"))
    if value is not None:
        if ans.value is None:
            return False, "no value"
        tol = float(exp.get("tolerance", 0.05 if exp.get("unit") == "%" else 1e-6))
        return abs(float(ans.value) - value) <= tol, "value"
    items = exp.get("items") or exp.get("list")
    if items:
        where = [ans.answer.find(str(x)) for x in items]
        if any(w < 0 for w in where):
            return False, "items"
        if exp.get("ordered"):
            return where == sorted(where), "order"
        return True, "items"
    verdict = exp.get("verdict")
    if verdict:
        return _verdict(ans.answer) == _verdict(str(verdict)), "verdict"
    text = exp.get("answer") or exp.get("text")
    if text:
        return key_phrases_present(str(text), ans.answer) and bool(ans.citations), "phrases"
    return False, "no expectation"


def run(asker, files: dict[str, str], which: str) -> dict:
    """Ask every question of one bank file; `files` maps a corpus file name to its report id."""
    rows = []
    for item in load(QUESTIONS / f"{which}.jsonl"):
        q = item.get("q") or item.get("question")
        scope = item.get("scope") or {}
        report = item.get("report") or scope.get("report")
        rid = files.get(Path(report).name) if report else None
        ans = asker.ask(q, report_id=rid, agency=item.get("agency") or scope.get("agency"),
                        year=item.get("year") or scope.get("year"))
        ok, why = judge(item, ans)
        rows.append({"id": item.get("id"), "intent": item.get("intent") or "?", "q": q, "ok": ok, "why": why,
                     "route": ans.intent or ans.route, "answer": ans.answer[:200], "value": ans.value,
                     "expected": _expected(item)})
    n = len(rows)
    by: dict[str, list[int]] = {}
    for r in rows:
        by.setdefault(r["intent"], [0, 0])
        by[r["intent"]][0] += r["ok"]
        by[r["intent"]][1] += 1
    return {"items": n, "accuracy": sum(r["ok"] for r in rows) / n if n else 1.0,
            "by_intent": {k: f"{a}/{b}" for k, (a, b) in sorted(by.items())}, "rows": rows}


def render(summary: dict, which: str) -> str:
    if not summary["items"]:
        return f"{which}: no questions ({QUESTIONS / (which + '.jsonl')} not found)"
    lines = []
    if which == "dev":
        for r in summary["rows"]:
            if not r["ok"]:
                lines.append(f"✘ [{r['intent']}] ({r['why']}, route {r['route']}) {r['q']}\n    ours: {r['answer']}"
                             f" (value {r['value']})\n    want: {json.dumps(r['expected'], ensure_ascii=False)[:200]}")
    lines.append(f"{which}: accuracy {summary['accuracy']:.4f} over {summary['items']} questions; by intent "
                 + ", ".join(f"{k} {v}" for k, v in summary["by_intent"].items()))
    return "\n".join(lines)


def public(summary: dict, which: str) -> dict:
    """What is written to disk: holdout keeps no question or answer."""
    if which == "dev":
        return summary
    return {k: v for k, v in summary.items() if k != "rows"}
