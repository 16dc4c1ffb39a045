"""Tiny authoring helpers for the question bank sources (src_*.py).

Every expected value in the sources is a literal written by hand from the report and its gold;
validate.py recomputes what it can from the gold cells (`cells`, `calc`) and the report text
(`source_quote`, `contains`) and fails on any difference.
"""

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
