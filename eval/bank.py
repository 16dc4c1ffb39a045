"""The question bank (eval/questions/dev.jsonl, holdout.jsonl; format and scoring rules in
eval/questions/README.md), scored strictly, every question asked of one store holding all 22 corpus
reports (eval/corpus/reports + unlabeled):

- value: the answer's headline value is the asked one (within `tol`; a pure scale such as 3.7万 =
  37000 allowed); a neighbouring cell, another year or a sum that contains it does not count;
- refuse / blank: the answer refuses (「报告未提及」, no report of that agency or year, one side of a
  comparison missing) or says the cell is printed blank — and presents no number as the answer;
- values: every expected number appears, attributed to its report (agency and year) or cell, in the
  asked order where `order` is given;
- reports: the set of reports the answer names (cites) is exactly the expected one;
- verdict: the verdict matches and every number of `values` is shown;
- contains: every expected passage occurs in the answer (whitespace ignored).

Failures are printed one by one for dev only; for holdout only the score per intent is printed — its
questions are for judging the router, not for fitting it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from rag import followup
from rag.ask import NOT_MENTIONED

QUESTIONS = Path(__file__).resolve().parent / "questions"


BLIND = (
    "final",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
)  # blind banks written after the router, each in its own folder; scored, never fitted


def bank_path(which: str) -> Path:
    """dev and holdout sit in questions/; a blind bank (final, blind3) in its folder."""
    return QUESTIONS / which / f"{which}.jsonl" if which in BLIND else QUESTIONS / f"{which}.jsonl"


REFUSALS = re.compile(rf"^(?:{NOT_MENTIONED}|找到多个机关|无法比较|无法计算|没有找到|超出年报范围|请指明要比较哪一项)")
_READ_AS = re.compile(r"^（按「[^」]*」理解）")
_BLANK = re.compile(r"空白|未填")
_INCONSISTENT = re.compile(r"^(?:不一致|不等于|不成立|不完整|口径不同|无法完全核对|否)")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3}


def load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _numbers(text: str) -> list[tuple[int, float]]:
    """Numbers printed in an answer with their positions (「1,016,823」 read as one)."""
    out = []
    for m in re.finditer(r"(?<![\d.])-?\d[\d,]*(?:\.\d+)?", text):
        try:
            out.append((m.start(), float(m.group().replace(",", ""))))
        except ValueError:
            continue
    return out


def _same(got: float, want: float, tol: float) -> bool:
    return abs(got - want) <= tol + 1e-9


def _scaled(ans_value: float, ans_unit: str | None, want: float, want_unit: str | None, tol: float) -> bool:
    """3.7 万人 = 37000 人: the same quantity in a unit that is a pure scale of the other."""
    if _same(ans_value, want, tol):
        return True
    for prefix, factor in _SCALE.items():
        if ans_unit and want_unit is not None and ans_unit == prefix + (want_unit or ""):
            return _same(ans_value * factor, want, tol)
        if want_unit and want_unit == prefix + (ans_unit or ""):  # (3.7万 asked, 37000 answered with no unit)
            return _same(ans_value, want * factor, tol)
    return False


def _label_positions(answer: str, meta: dict, several_agencies: bool) -> list[int]:
    """Where an answer names a report: its year (「2021年」), after its agency's name when the answer
    is about several agencies."""
    year = meta.get("year")
    if not year:
        return []
    spots = [m.start() for m in re.finditer(rf"{year}年", answer)]
    if not several_agencies:
        return spots
    names = [n for n in meta.get("names", []) if n]
    return [
        p for p in spots if any(answer.rfind(n, 0, p) >= 0 and p - answer.rfind(n, 0, p) <= len(n) + 2 for n in names)
    ]


def _value_after(answer: str, start: int, want: float, tol: float) -> int | None:
    """Position of the wanted number printed soon after a label (before the next label)."""
    for pos, v in _numbers(answer):
        if pos < start + 4:  # the year itself
            continue
        if pos - start > 60:
            break
        if _same(v, want, tol):
            return pos
        if re.search(r"[；;]", answer[start:pos]):
            break
    return None


def judge(item: dict, ans, reports: dict[str, dict]) -> tuple[bool, str]:
    """`reports`: bank report id → {"id": stored id, "year", "names": agency names}."""
    exp = item["expect"]
    # a follow-up's answer opens by saying how it was read (「（按「…」理解）报告未提及」): the answer is what follows
    text = _READ_AS.sub("", ans.answer)
    refused = bool(REFUSALS.match(text))
    tol = float(exp.get("tol", 0) or 0)
    if exp.get("refuse"):  # (with `contains`: which refusal — its passages said)
        said = all(_squash(p) in _squash(text) for p in exp.get("contains", []))
        return refused and ans.value is None and said, "refusal"
    if exp.get("blank"):
        return bool(_BLANK.search(text)) and ans.value is None, "blank"
    if refused:
        return False, "refused"
    if "value" in exp:
        want = exp["value"]
        if ans.value is None:
            return False, "no value"
        return _scaled(float(ans.value), ans.unit, float(want), exp.get("unit"), tol), "value"
    if "verdict" in exp:
        verdict = "inconsistent" if _INCONSISTENT.match(text) else "consistent"
        if verdict != exp["verdict"]:
            return False, "verdict"
        shown = [v for _, v in _numbers(text)]
        # a value may be several numbers written 「181/25」: each must be shown
        wanted = [(k, float(p)) for k, v in (exp.get("values") or {}).items() for p in str(v).split("/")]
        missing = [k for k, v in wanted if not any(_same(x, v, tol) for x in shown)]
        return not missing, "verdict numbers" if missing else "verdict"
    if "reports" in exp:
        named = {c.report_id for c in ans.citations}
        want = {reports[r]["id"] for r in exp["reports"] if r in reports}
        return named == want, "reports"
    if "contains" in exp:
        flat = _squash(text)
        return all(_squash(s) in flat for s in exp["contains"]), "contains"
    if "values" in exp:
        values = exp["values"]
        keys = list(values)
        by_report = all(k in reports for k in keys)
        several = by_report and len({tuple(reports[k].get("names", [])) for k in keys}) > 1
        first: dict[str, int] = {}
        for k in keys:
            want = float(values[k])
            if by_report:
                spots = _label_positions(text, reports[k], several)
                hit = next((p for p in (_value_after(text, s, want, tol) for s in spots) if p is not None), None)
                if hit is None:
                    return False, f"values ({k})"
                first[k] = min(s for s in spots if (_value_after(text, s, want, tol) or -1) >= 0)
            else:
                hit = next((p for p, v in _numbers(text) if _same(v, want, tol)), None)
                if hit is None:
                    return False, f"values ({k})"
                first[k] = hit
        order = exp.get("order")
        if order:
            if len(order) == 1:
                top = min(first, key=lambda k: first[k])
                return values[top] == values[order[0]], "order"
            seq = [first[k] for k in order if k in first]
            ties_ok = all(seq[i] <= seq[i + 1] or values[order[i]] == values[order[i + 1]] for i in range(len(seq) - 1))
            return ties_ok, "order"
        return True, "values"
    return False, "no expectation"


# a compressed carrier's suffixes after its format's (「….tar.gz」「….warc.gz」「….html.gz.gz」)
_DOUBLE_SUFFIX = re.compile(r"(?:\.[a-z0-9]+)?(?:\.gz)+$")


def _bank_reports(catalogue, files: dict[str, str]) -> dict[str, dict]:
    """Bank report ids (file stems) → stored id, year and agency names (for attribution)."""
    out = {}
    for name, rid in files.items():
        e = catalogue.entry(rid)
        names = [e.agency] if e and e.agency else []
        if e and e.agency_key and e.agency_key not in names:
            names.append(e.agency_key)
        # (「….tar.gz」「….html.gz.gz」: the bank's id is the name without every suffix, not Path.stem's 「….tar」)
        stem = _DOUBLE_SUFFIX.sub("", name) if _DOUBLE_SUFFIX.search(name) else Path(name).stem
        out[stem] = {"id": rid, "year": e.year if e else None, "names": names}
    return out


def run(asker, files: dict[str, str], which: str) -> dict:
    """Ask every question of one bank file; `files` maps a corpus file name to its report id."""
    return run_items(asker, files, load(bank_path(which)))


def _before(asker, previous: str | list[str] | None, report: str | None) -> str | list[str] | None:
    """The conversation a follow-up follows, as the chat keeps it (api/cli.py, the web page): a follow-up
    (「那2021年呢」) is asked after the question the user asked before it, in one conversation. A chain
    (`previous` a list, earliest first: 「洪泽区2022年新收多少件」, 「那2021年呢」, then q 「部分公开呢」) is
    asked turn by turn, each turn after the history before it, and kept as it was read; a turn not understood
    (route `unread`) is no part of the history, as the chat does."""
    if not isinstance(previous, list):
        return previous
    turns: list[str] = []
    for turn in previous:
        followup.keep(turns, turn, asker.ask(turn, report_id=report, previous=list(turns) or None))
    return turns or None


def run_items(asker, files: dict[str, str], items: list[dict]) -> dict:
    """Ask and judge bank items (README format) whose report ids are the stems of `files`' names;
    the corpus banks and the wild-set bank (eval/wildbank.py) score alike."""
    reports = _bank_reports(asker.catalogue(), files)
    rows = []
    for item in items:
        scope = item.get("scope") or {}
        report = reports.get(scope.get("report", ""), {}).get("id") if scope.get("report") else None
        ans = asker.ask(item["q"], report_id=report, previous=_before(asker, item.get("previous"), report))
        ok, why = judge(item, ans, reports)
        rows.append(
            {
                "id": item.get("id"),
                "intent": item.get("intent", "?"),
                "q": item["q"],
                "scope": scope.get("report", ""),
                "ok": ok,
                "why": why,
                "route": ans.intent or ans.route,
                "answer": ans.answer[:240],
                "value": ans.value,
                "expect": item["expect"],
            }
        )
    n = len(rows)
    by: dict[str, list[int]] = {}
    for r in rows:
        by.setdefault(r["intent"], [0, 0])
        by[r["intent"]][0] += r["ok"]
        by[r["intent"]][1] += 1
    return {
        "items": n,
        "accuracy": sum(r["ok"] for r in rows) / n if n else 1.0,
        "by_intent": {k: f"{a}/{b}" for k, (a, b) in sorted(by.items())},
        "rows": rows,
    }


def render(summary: dict, which: str) -> str:
    if not summary["items"]:
        return f"{which}: no questions ({bank_path(which)} not found)"
    lines = []
    if which == "dev":
        for r in summary["rows"]:
            if not r["ok"]:
                lines.append(
                    f"✘ {r['id']} [{r['intent']}] ({r['why']}, route {r['route']}) {r['scope']} {r['q']}\n"
                    f"    ours: {r['answer']} (value {r['value']})\n"
                    f"    want: {json.dumps(r['expect'], ensure_ascii=False)[:200]}"
                )
    lines.append(
        f"{which}: accuracy {summary['accuracy']:.4f} over {summary['items']} questions; by intent "
        + ", ".join(f"{k} {v}" for k, v in summary["by_intent"].items())
    )
    return "\n".join(lines)


def public(summary: dict, which: str) -> dict:
    """What is written to disk: holdout keeps no question or answer, only scores."""
    if which == "dev":
        return summary
    return {k: v for k, v in summary.items() if k != "rows"}
