"""Validate the question bank against the corpus; print the coverage table.

Run: python eval/questions/validate.py [--table] [--set final|blind3|blind4|blind5|blind6|blind7|blind8]

`--set final` checks final/final.jsonl (the blind final bank, one file, no dev/holdout split) with the
same checks, except the split ones; its table adds the scope (scoped to a report / whole store).

Checks (any failure exits 1):
- every line is a JSON object with the fields and enums of README.md; ids and question texts unique;
  each question sits in the file its hash assigns (build.split_of);
- every report id (scope, values/order/reports keys, cell prefixes, quote keys) is a gold id or an
  unlabeled report's file stem;
- every cell key exists in the gold of its report; a value computed from cells (their sum, or `calc`)
  equals the expected value (exactly, or within `tol`); a `blank` expectation reads only cells the gold
  marks null with a placeholder;
- every `source_quote` and every `contains` word is a substring of its report's text (whitespace and
  markup ignored: HTML tags stripped, PDF read with pdfplumber, page footers dropped);
- narrative and unlabeled-report questions carry a source_quote; a number expected from a quote
  appears in that quote (or, on gold reports, as a gold metric whose quote overlaps it);
- coverage: every intent has >= 3 questions in each style, >= 15% expect a refusal, >= 20% read more
  than one report.
"""

import html
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(HERE))
from build import blind_set, split_of  # noqa: E402

INTENTS = [
    "value",
    "list",
    "compare",
    "change",
    "trend",
    "rank",
    "sum",
    "share",
    "ratio",
    "consistency",
    "which_reports",
    "narrative",
    "problems",
    "unanswerable",
]
STYLES = ["colloquial", "formal", "abbreviated"]
FIELDS = {"id", "q", "scope", "intent", "style", "expect", "cells", "calc", "source_quote", "note", "previous"}
CHECKS = {"H1", "H2", "H3", "H4", "H5", "H6", "H7", "S1", "S2", "S3", "S4", "S5", "S8", "N"}
# The style rule: "abbreviated" iff the question names an agency by a short form (after removing full
# names and 《titles》); "colloquial" vs "formal" is the author's judgement of register.
FULL_NAMES = [
    "江苏省淮安市洪泽区人民政府",
    "安康市人民政府办公室",
    "洪泽区人民政府",
    "上海市人民政府办公厅",
    "上海市科学技术委员会",
    "河北省教育厅",
    "河北省科学技术厅",
    "河北省人力资源和社会保障厅",
    "平潭综合实验区君山片区管理局",
    "平潭综合实验区",
]
SHORT_FORMS = [
    "安康市政府办",
    "安康政府办",
    "安康市府办",
    "安康市政府",
    "洪泽",
    "上海市政府办公厅",
    "上海市府办",
    "科委",
    "省教育厅",
    "河北教育厅",
    "省科技厅",
    "河北科技厅",
    "平潭",
    "平谭",
    "省人社厅",
    "人社厅",
    "君山片区",
    "上海市政府",
]


def uses_short_form(q: str) -> bool:
    q = re.sub(r"《[^》]*》", "", q)
    for f in FULL_NAMES:
        q = q.replace(f, "")
    return any(s in q for s in SHORT_FORMS)


REF = re.compile(r"\{([^{}]+)\}")
NUM = re.compile(r"\d+(?:\.\d+)?")

errors: list[str] = []


def err(qid: str, msg: str) -> None:
    errors.append(f"{qid}: {msg}")


def load_gold() -> dict:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "gold").glob("*.json"))}


def report_text(path: Path) -> str:
    """The report's text with whitespace removed (markup stripped, PDF footers dropped)."""
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            raw = "\n".join(page.extract_text() or "" for page in pdf.pages)
        raw = "\n".join(line for line in raw.splitlines() if not re.fullmatch(r"\s*-\s*\d+\s*-\s*", line))
    else:
        raw = path.read_text(encoding="utf-8-sig")
        if path.suffix == ".html":
            raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    return squash(raw)


def squash(s: str) -> str:
    return "".join(ch for ch in s if not ch.isspace())


def load_texts(gold: dict) -> dict:
    texts = {rid: report_text(CORPUS / g["file"]) for rid, g in gold.items()}
    for p in sorted((CORPUS / "unlabeled").glob("*.txt")):
        texts[p.stem] = report_text(p)
    return texts


def cell(gold: dict, ref: str, default: str | None, qid: str):
    """(found, value, placeholder) for 'report:t3.new.tot' or 't3.new.tot' (report = default)."""
    rid, _, key = ref.rpartition(":")
    rid = rid or default
    if rid not in gold:
        err(qid, f"cell {ref}: no gold for report {rid!r}")
        return False, None, None
    table, _, k = key.partition(".")
    g = gold[rid]
    if table not in ("t2", "t3", "t4") or k not in (g.get(table) or {}):
        err(qid, f"cell {ref}: key not in gold of {rid}")
        return False, None, None
    return True, g[table][k], (g.get("placeholders") or {}).get(key)


def close(a: float, b: float, tol) -> bool:
    return abs(a - b) <= (tol if tol is not None else 1e-9)


def check_calc(expr: str, gold, default, qid) -> float | None:

    def sub(m):
        ok, v, _ = cell(gold, m.group(1), default, qid)
        if ok and v is None:
            err(qid, f"calc reads null cell {m.group(1)}")
        return repr(v) if ok and v is not None else "0"

    py = REF.sub(sub, expr)
    if not re.fullmatch(r"[0-9.+\-*/() ]+", py):
        err(qid, f"calc not arithmetic: {expr}")
        return None
    return eval(py)  # noqa: S307 - digits and operators only, checked above


def quote_ok(text: str, quote: str) -> bool:
    return squash(quote) in text


def final_set() -> str | None:
    """The blind set being checked (final, blind3), or None for dev/holdout."""
    return blind_set(sys.argv)


def main() -> int:
    gold = load_gold()
    texts = load_texts(gold)
    known = set(texts)
    rows = []
    blind = final_set()
    files = (
        [(blind, HERE / blind / f"{blind}.jsonl")] if blind else [(n, HERE / f"{n}.jsonl") for n in ("dev", "holdout")]
    )
    for name, path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n}", f"bad JSON: {e}")
                continue
            if not blind and split_of(item.get("q", "")) != name:
                err(item.get("id", f"{name}:{n}"), f"belongs in {split_of(item.get('q', ''))}.jsonl")
            rows.append(item)

    ids, texts_seen = Counter(r.get("id") for r in rows), Counter(r.get("q") for r in rows)
    for k, c in ids.items():
        if c > 1:
            err(k, "duplicate id")
    for k, c in texts_seen.items():
        if c > 1:
            err(k, "duplicate question text")

    for item in rows:
        qid = item.get("id", "?")
        extra = set(item) - FIELDS
        if extra:
            err(qid, f"unknown fields {extra}")
        if not {"id", "q", "scope", "intent", "style", "expect"} <= set(item):
            err(qid, "missing a required field")
            continue
        if item["intent"] not in INTENTS:
            err(qid, f"bad intent {item['intent']}")
        if item["style"] not in STYLES:
            err(qid, f"bad style {item['style']}")
        elif (item["style"] == "abbreviated") != uses_short_form(item["q"]):
            err(
                qid,
                f"style {item['style']} but short agency form {'present' if uses_short_form(item['q']) else 'absent'}",
            )
        scope = item["scope"].get("report")
        if item["scope"] and (set(item["scope"]) != {"report"} or scope not in known):
            err(qid, f"bad scope {item['scope']}")
        e = item["expect"]
        kinds = [k for k in ("verdict", "reports", "values", "value", "contains", "refuse", "blank") if k in e]
        if not kinds or (kinds[0] != "verdict" and len(kinds) > 1):
            err(qid, f"expect must have exactly one kind, has {kinds}")
            continue
        kind = kinds[0]
        cells = item.get("cells", [])
        quote = item.get("source_quote")
        for ref in cells:
            cell(gold, ref, scope, qid)

        # reports the question reads
        involved = set()
        for ref in cells:
            rid = ref.rpartition(":")[0] or scope
            involved.add(rid)
        if kind == "values":
            involved |= {k for k in e["values"] if k in known}
        if kind == "reports":
            involved |= set(e["reports"])
        if isinstance(quote, dict):
            involved |= set(quote)
        elif scope:
            involved.add(scope)
        item["_involved"] = involved
        for rid in involved:
            if rid not in known:
                err(qid, f"unknown report {rid!r}")

        # source quotes
        if item["intent"] in ("narrative", "problems") and not quote:
            err(qid, "narrative/problems question without source_quote")
        for r in involved:
            if (
                r in known
                and r not in gold
                and not (isinstance(quote, dict) and r in quote)
                and not (r == scope and isinstance(quote, str))
            ):
                err(qid, f"reads unlabeled report {r} without a source_quote for it")
        quotes = {}
        if isinstance(quote, dict):
            quotes = quote
        elif quote:
            rid = scope or (next(iter(involved)) if len(involved) == 1 else None)
            if rid is None:
                err(qid, "string source_quote but no single report; use {report: quote}")
            else:
                quotes = {rid: quote}
        for rid, qt in quotes.items():
            if rid in texts and not quote_ok(texts[rid], qt):
                err(qid, f"source_quote not in {rid}: {qt}")
        if kind == "contains":
            where = [scope] if scope else list(quotes)
            for w in e["contains"]:
                if not where or not all(quote_ok(texts[rid], w) for rid in where):
                    err(qid, f"contains word not in (every) report: {w}")

        # values
        if kind == "value":
            v = e["value"]
            if not isinstance(v, (int, float)):
                err(qid, "value must be a number")
                continue
            if isinstance(item.get("calc"), dict):
                err(qid, "calc must be a string for a single value")
            elif "calc" in item:
                got = check_calc(item["calc"], gold, scope, qid)
                if got is not None and not close(got, v, e.get("tol")):
                    err(qid, f"calc gives {got}, expected {v}")
            elif cells:
                vals = [cell(gold, r, scope, qid) for r in cells]
                if any(ok and val is None for ok, val, _ in vals):
                    err(qid, "value read from a null cell")
                elif all(ok for ok, _, _ in vals):
                    s = sum(val or 0 for _, val, _ in vals)  # none is None here
                    if not close(s, v, e.get("tol")):
                        err(qid, f"cells sum to {s}, expected {v}")
            elif quotes:
                check_number_in_quotes(qid, v, quotes, gold)
            else:
                err(qid, "value with neither cells, calc nor source_quote")
        elif kind == "values":
            vals = e["values"]
            per_key_calc = item.get("calc") if isinstance(item.get("calc"), dict) else {}
            for k, v in vals.items():
                if k in per_key_calc:
                    got = check_calc(per_key_calc[k], gold, scope, qid)
                    if got is not None and not close(got, v, e.get("tol")):
                        err(qid, f"{k}: calc gives {got}, expected {v}")
                    continue
                mine = [r for r in cells if r.startswith(k + ":")] if k in known else [r for r in cells if r == k]
                if k not in known and not re.fullmatch(r"([\w-]+:)?t[234]\.\S+", k):
                    err(qid, f"values key {k!r} is neither a report id nor a cell key")
                if k not in known:
                    mine = [k]
                    if k not in cells:
                        err(qid, f"values key {k} missing from cells")
                if mine:
                    got = [cell(gold, r, scope, qid) for r in mine]
                    if any(ok and val is None for ok, val, _ in got):
                        err(qid, f"{k}: read from a null cell")
                    elif (
                        all(ok for ok, _, _ in got)
                        and not close(sum(val or 0 for _, val, _ in got), v, e.get("tol"))
                        and (e.get("tol") is None or len(mine) == 1)
                    ):
                        err(qid, f"{k}: cells give {sum(val or 0 for _, val, _ in got)}, expected {v}")
                elif k in quotes:
                    check_number_in_quotes(qid, v, {k: quotes[k]}, gold)
                else:
                    err(qid, f"{k}: value with neither cells nor quote")
            for k in e.get("order", []):
                if k not in vals:
                    err(qid, f"order key {k} not in values")
            order = e.get("order")
            if (
                order
                and len(order) > 1
                and [vals[k] for k in order] != sorted((vals[k] for k in order), reverse=order_desc(item))
            ):
                err(qid, "order does not follow the values")
        elif kind == "reports":
            if not e["reports"]:
                err(qid, "empty reports list")
        elif kind == "verdict":
            if e["verdict"] not in ("consistent", "inconsistent"):
                err(qid, "bad verdict")
            for c in e["checks"]:
                if c not in CHECKS:
                    err(qid, f"unknown check {c}")
        elif kind == "blank":
            if not cells and not quotes:
                err(qid, "blank without cells or quote")
            for r in cells:
                ok, val, ph = cell(gold, r, scope, qid)
                if ok and (val is not None or ph is None):
                    err(qid, f"blank expected but {r} is {val!r} (placeholder {ph!r})")
        elif kind == "refuse" and not item.get("note"):
            err(qid, "refusal without a note saying why")

    coverage(rows)
    for m in errors:
        print("ERROR", m)
    print(f"{len(rows)} questions checked, {len(errors)} errors")
    return 1 if errors else 0


def order_desc(item) -> bool:
    return not any(w in item["q"] for w in ("最少", "最低", "从少到多", "谁少", "哪个少"))


CN_DIGITS = dict(zip("一二三四五六七八九十", range(1, 11)))


def numbers_in(quote: str) -> set[float]:
    """Numbers a reader sees in a quote: digits, 3.7万 as 37000, single Chinese numerals (四次)."""
    q = re.sub(r"\s+", " ", quote).replace(",", "")
    nums = set()
    for m in NUM.finditer(q):
        x = float(m.group())
        nums.add(x)
        if q[m.end() : m.end() + 1] == "万":
            nums.add(round(x * 10000, 6))
    nums |= {float(v) for ch, v in CN_DIGITS.items() if ch in q}
    return nums


def check_number_in_quotes(qid, v, quotes, gold):
    for rid, qt in quotes.items():
        if v == 0 and re.search("没有|未|无|0000000", qt):
            return  # "none" stated in words, or an all-zero table row
        if float(abs(v)) in numbers_in(qt):
            return
        if any(len(run) >= 7 and str(v) in run for run in re.findall(r"\d+", squash(qt))):
            return  # a glued table row: the value is one of its cells (split checked by hand, see note)
        if rid in gold and any(
            m.get("value") == v and (squash(m["quote"]) in squash(qt) or squash(qt) in squash(m["quote"]))
            for m in gold[rid].get("metrics", [])
        ):
            return
    err(qid, f"value {v} not found in its source_quote")


def is_cross(r) -> bool:
    return len(r.get("_involved", ())) > 1 or r["intent"] == "which_reports"


def coverage(rows) -> None:
    n = len(rows)
    by = defaultdict(Counter)
    refuse = sum(1 for r in rows if r["expect"].get("refuse"))
    blank = sum(1 for r in rows if r["expect"].get("blank"))
    cross = sum(1 for r in rows if is_cross(r))
    store = sum(1 for r in rows if not r["scope"])
    for r in rows:
        by[r["intent"]][r["style"]] += 1
    lines = ["| intent | colloquial | formal | abbreviated | total |", "|---|---:|---:|---:|---:|"]
    for i in INTENTS:
        c = by[i]
        lines.append(f"| {i} | {c['colloquial']} | {c['formal']} | {c['abbreviated']} | {sum(c.values())} |")
        for s in STYLES:
            if c[s] < 3:
                err(i, f"only {c[s]} {s} questions")
    tot = Counter(r["style"] for r in rows)
    lines.append(f"| **all** | {tot['colloquial']} | {tot['formal']} | {tot['abbreviated']} | {n} |")
    splits = Counter("holdout" if split_of(r["q"]) == "holdout" else "dev" for r in rows)
    if final_set():
        lines += [
            "",
            "| intent | scoped to a report | whole store | cross-report | refuse | total |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for i in INTENTS:
            mine = [r for r in rows if r["intent"] == i]
            lines.append(
                f"| {i} | {sum(1 for r in mine if r['scope'])} | {sum(1 for r in mine if not r['scope'])} | "
                f"{sum(1 for r in mine if is_cross(r))} | {sum(1 for r in mine if r['expect'].get('refuse'))} | {len(mine)} |"
            )
    lines += [
        "",
        f"- questions: {n}" + ("" if final_set() else f" (dev {splits['dev']}, holdout {splits['holdout']})"),
        f"- expect a refusal (「报告未提及」): {refuse} ({100 * refuse / n:.1f}%)",
        f'- expect "printed blank": {blank} ({100 * blank / n:.1f}%)',
        f"- read more than one report (cross-report): {cross} ({100 * cross / n:.1f}%)",
        f"- asked to the whole store (scope {{}}): {store} ({100 * store / n:.1f}%)",
        f"- about an unlabeled report: {sum(1 for r in rows if any(x not in GOLD_IDS for x in r.get('_involved', ())))}",
    ]
    blind = final_set()
    for name in (blind,) if blind else ("dev", "holdout"):
        have = {r["intent"] for r in rows if blind or split_of(r["q"]) == name}
        for i in INTENTS:
            if i not in have:
                err(i, f"intent missing from {name}.jsonl")
    if refuse < 0.15 * n:
        err("coverage", f"only {refuse} refusals (< 15%)")
    if cross < 0.20 * n:
        err("coverage", f"only {cross} cross-report questions (< 20%)")
    if "--table" in sys.argv:
        print("\n".join(lines))


GOLD_IDS = {p.stem for p in (CORPUS / "gold").glob("*.json")}

if __name__ == "__main__":
    sys.exit(main())
