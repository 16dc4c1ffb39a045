"""Tiny authoring helpers for the question bank sources (src_*.py).

Every expected value in the sources is a literal written by hand from the report and its gold;
validate.py recomputes what it can from the gold cells (`cells`, `calc`) and the report text
(`source_quote`, `contains`) and fails on any difference.
"""

import re

BANK: list[dict] = []
CURRENT: dict = {"report": None}  # the report a per-report block of a source is about
DEV_ONLY: set[str] = set()  # questions written by a router engineer to tune on: never in holdout


def about(report):
    """Set the report that whole-store questions of the following block (with a string quote) are about."""
    CURRENT["report"] = report


def add(q, scope, intent, style, expect, cells=None, quote=None, note=None, calc=None, about=None, dev_only=False):  # noqa: A002
    """Append one question. scope: a report id (the report the user is looking at) or None (whole store).

    about: for a whole-store question on one report, the report a string quote comes from.
    dev_only: a probe the router is developed against (src_probes.py): kept out of holdout whatever its hash.
    """
    if dev_only:
        DEV_ONLY.add(q)
    if not scope and isinstance(quote, str):
        rid = about or CURRENT["report"]
        if not rid:
            raise ValueError(f"whole-store question with a string quote needs a report: {q}")
        quote = {rid: quote}
    item = {
        "q": q,
        "scope": {"report": scope} if scope else {},
        "intent": intent,
        "style": style,
        "expect": expect,
    }
    if cells:
        item["cells"] = list(cells)
    if calc:
        item["calc"] = calc
    if quote:
        item["source_quote"] = quote
    if note:
        item["note"] = note
    BANK.append(item)


def V(value, unit=None, tol=None):
    e = {"value": value, "unit": unit}
    if tol is not None:
        e["tol"] = tol
    return e


def R():
    return {"refuse": True}


def BL():
    return {"blank": True}


def VS(values, unit=None, order=None, tol=None):
    e = {"values": values, "unit": unit}
    if order:
        e["order"] = order
    if tol is not None:
        e["tol"] = tol
    return e


def WR(*reports):
    return {"reports": list(reports)}


def VD(verdict, checks, values=None):
    e = {"verdict": verdict, "checks": list(checks)}
    if values:
        e["values"] = values
    return e


def CT(*words):
    return {"contains": list(words)}


def px(report, *keys):
    """Prefix cell keys with a report id (for questions not scoped to that report)."""
    return [f"{report}:{k}" for k in keys]


# cell-key groups that recur
S3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]  # 不予公开 = sum of its eight sub-rows
S4 = [f"t3.r4_{i}.tot" for i in range(1, 4)]  # 无法提供
S5 = [f"t3.r5_{i}.tot" for i in range(1, 6)]  # 不予处理
S6 = [f"t3.r6_{i}.tot" for i in range(1, 4)]  # 其他处理 (GF2021 with sub-rows)
LEGAL = ["biz", "sci", "npo", "law", "oth"]  # 法人或其他组织 = the five non-natural-person columns


def legal(row):
    return [f"t3.{row}.{c}" for c in LEGAL]


# ---------------------------------------------------------------- one fact in several phrasings (blind6, blind7)
STY = {"c": "colloquial", "f": "formal", "a": "abbreviated"}
CELL = re.compile(r"^t[234]\.")


def _pre(rid, ref):
    return ref if ":" in ref else f"{rid}:{ref}"


def _pre_calc(rid, calc):
    if calc is None:
        return None
    if isinstance(calc, dict):
        return {_pre(rid, k) if CELL.match(k) else k: _pre_calc(rid, v) for k, v in calc.items()}
    return re.sub(r"\{(t[234]\.[^{}:]+)\}", lambda m: "{" + f"{rid}:{m.group(1)}" + "}", calc)


def _pre_expect(rid, e):
    if "values" not in e or not any(CELL.match(k) for k in e["values"]):
        return e
    out = dict(e)
    out["values"] = {_pre(rid, k) if CELL.match(k) else k: v for k, v in e["values"].items()}
    if e.get("order"):
        out["order"] = [_pre(rid, k) if CELL.match(k) else k for k in e["order"]]
    return out


def ask(rid, intent, expect, phrasings, cells=None, quote=None, calc=None, note=None):
    """One fact in several phrasings (see the module docstring)."""
    for p in phrasings:
        k, _, text = p.partition("|")
        style = STY[k.lower()]
        if k.islower():
            add(text, rid, intent, style, expect, cells=cells, quote=quote, calc=calc, note=note)
        else:
            add(
                text,
                None,
                intent,
                style,
                _pre_expect(rid, expect),
                cells=[_pre(rid, c) for c in cells] if cells else None,
                quote=quote,
                calc=_pre_calc(rid, calc),
                note=note,
                about=rid,
            )


def store(intent, expect, phrasings, cells=None, quote=None, calc=None, note=None, scope=None):
    """Questions that read several reports (cells prefixed by hand); scope None = whole store."""
    for p in phrasings:
        k, _, text = p.partition("|")
        add(
            text,
            scope if k.islower() else None,
            intent,
            STY[k.lower()],
            expect,
            cells=cells,
            quote=quote,
            calc=calc,
            note=note,
        )
