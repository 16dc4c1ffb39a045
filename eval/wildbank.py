"""The blind user-written banks over the wild sets' reports (eval/questions/blindw, blindx), scored.

    .venv/bin/python -m eval wildbank            # blindw: the store of wild … wild7
    .venv/bin/python -m eval wildbank blindx     # blindx: the store of wild … wild8

Every bank so far asks about the 22 development reports; a user asks about reports nobody read. This
bank asks, as users do, about the ~210 blind layout reports of eval/wild … wild7, all in the one store
eval/wildqa.py builds (`wildqa.wild_store`), and judges each answer with the corpus banks' rules
(`bank.run_items` / `bank.judge`; format in eval/questions/README.md, `scope.report` = a wild report's
file stem = its gold id). Accuracy is printed overall, per intent and per set (the wild set of the
reports a question reads; `store` when it reads several sets or the whole store).

Each miss is split: the **extraction**'s when a cell the question reads was not read right (or its report
was refused), else the **answering** side's; a miss with no cell to compare (narrative, refusals, whole-store
lists) is the answering side's unless its scoped report was refused. A measurement, not a gate."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from eval import bank, wildqa

# bank → the wild sets its store holds. A bank's whole-store expectations (ranks, which reports, sums over a
# kind of body) were computed over exactly these reports, so each bank keeps its own store.
BANKS: dict[str, tuple[str, ...]] = {
    "blindw": ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7"),
    "blindx": ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8"),
    "blindy": ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9"),
    "blindz": ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9"),
    "asknarr7": ("wild", *(f"wild{i}" for i in range(2, 13))),
    "blindv": ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9", "wild10", "wild11"),
    "askfam": ("wild", *(f"wild{i}" for i in range(2, 13))),
    "blindu": ("wild", *(f"wild{i}" for i in range(2, 13))),
    "askfam2": ("wild", *(f"wild{i}" for i in range(2, 14))),
    "blindt": ("wild", *(f"wild{i}" for i in range(2, 14))),
    "blinds": ("wild", *(f"wild{i}" for i in range(2, 15))),
    "blindr": ("wild", *(f"wild{i}" for i in range(2, 16))),
    "askrate": ("wild", *(f"wild{i}" for i in range(2, 14))),
    "blindp": ("wild", *(f"wild{i}" for i in range(2, 16))),
    "blindra": ("wild", *(f"wild{i}" for i in range(2, 16))),
    "blindpa": ("wild", *(f"wild{i}" for i in range(2, 16))),  # blindp's store: issue 13's measure/refusal families
    "askset": ("wild", *(f"wild{i}" for i in range(2, 14))),
    "narr2": ("wild", *(f"wild{i}" for i in range(2, 16))),
    "blindo": ("wild", *(f"wild{i}" for i in range(2, 18))),
    "blindn": ("wild", *(f"wild{i}" for i in range(2, 19))),
    "blindq": ("wild", *(f"wild{i}" for i in range(2, 17))),
    "bnfixa": ("wild", *(f"wild{i}" for i in range(2, 19))),  # blindn's store: the message's form around the ask
    "bqfixa": ("wild", *(f"wild{i}" for i in range(2, 17))),  # blindq's store: the message's form, measure words
    "bqfixb": ("wild", *(f"wild{i}" for i in range(2, 17))),  # blindq's store: its set and 政策解读 families
    "blindm": ("wild", *(f"wild{i}" for i in range(2, 20))),
    "bnfixb": ("wild", *(f"wild{i}" for i in range(2, 19))),  # blindn's store: confirmations, 平, sound-alikes, sums
    "blindl": ("wild", *(f"wild{i}" for i in range(2, 20))),
    "blindk": ("wild", *(f"wild{i}" for i in range(2, 20))),
    "bkfix": ("wild", *(f"wild{i}" for i in range(2, 20))),  # blindk's store: compounds, shares, two asks
    "blfixa": ("wild", *(f"wild{i}" for i in range(2, 20))),  # blindl's store: a narrative figure across bodies
    "blfixb": ("wild", *(f"wild{i}" for i in range(2, 20))),  # blindl's store: one report's narrative families
    "blindta": ("wild", *(f"wild{i}" for i in range(2, 21))),  # blind narrative figures and what users do with them
    "blindsa": ("wild", *(f"wild{i}" for i in range(2, 21))),
    "tafixb": ("wild", *(f"wild{i}" for i in range(2, 21))),  # blindta's store: which reports, channels, follow-ups
    "tafixa": (
        "wild",
        *(f"wild{i}" for i in range(2, 21)),
    ),  # blindta's store: shares, ratios, per month of two figures
    "blindua": ("wild", *(f"wild{i}" for i in range(2, 22))),
    "blindva": ("wild", *(f"wild{i}" for i in range(2, 23))),
    "blindwa": ("wild", *(f"wild{i}" for i in range(2, 24))),
    "blindxa": ("wild", *(f"wild{i}" for i in range(2, 25))),
    "blindya": ("wild", *(f"wild{i}" for i in range(2, 26))),
    "blindyb": ("wild", *(f"wild{i}" for i in range(2, 26))),
    "blindza": ("wild", *(f"wild{i}" for i in range(2, 27))),
    "blindzb": ("wild", *(f"wild{i}" for i in range(2, 27))),
    "blindzc": ("wild", *(f"wild{i}" for i in range(2, 28))),
    "blindzd": ("wild", *(f"wild{i}" for i in range(2, 28))),
    "blindze": ("wild", *(f"wild{i}" for i in range(2, 28))),
    "blindzf": ("wild", *(f"wild{i}" for i in range(2, 29))),
    "blindzg": ("wild", *(f"wild{i}" for i in range(2, 31))),
    "blindzh": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzi": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzj": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzk": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzl": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzm": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzn": ("wild", *(f"wild{i}" for i in range(2, 32))),
    "blindzo": ("wild", *(f"wild{i}" for i in range(2, 33))),
    "blindzp": ("wild", *(f"wild{i}" for i in range(2, 33))),
    "blindzq": ("wild", *(f"wild{i}" for i in range(2, 34))),
    "blindzr": ("wild", *(f"wild{i}" for i in range(2, 34))),
    "blindzs": ("wild", *(f"wild{i}" for i in range(2, 34))),
    "blindzt": ("wild", *(f"wild{i}" for i in range(2, 36))),
    "blindzu": ("wild", *(f"wild{i}" for i in range(2, 36))),
    "blindzv": ("wild", *(f"wild{i}" for i in range(2, 37))),
    "blindzw": ("wild", *(f"wild{i}" for i in range(2, 38))),
    "blindzx": ("wild", *(f"wild{i}" for i in range(2, 38))),
    "blindzy": ("wild", *(f"wild{i}" for i in range(2, 39))),
    "blindzz": ("wild", *(f"wild{i}" for i in range(2, 39))),
    "blindyc": ("wild", *(f"wild{i}" for i in range(2, 39))),
}
WHICH = "blindw"


def bank_items(which: str = WHICH) -> list[dict]:
    return bank.load(bank.QUESTIONS / which / f"{which}.jsonl")


def set_of(item: dict, sets: dict[str, str]) -> str:
    """The wild set the question reads, or `store` (several sets, or the whole store unnamed)."""
    scope = (item.get("scope") or {}).get("report")
    read = {scope} if scope else set()
    read |= {c.rpartition(":")[0] for c in item.get("cells", []) if ":" in c}
    exp = item["expect"]
    read |= {k for k in exp.get("values", {}) if k in sets} | set(exp.get("reports", []))
    if isinstance(item.get("source_quote"), dict):
        read |= set(item["source_quote"])
    found = {sets[r] for r in read if r in sets}
    return found.pop() if len(found) == 1 and (scope or item["intent"] not in ("rank", "which_reports")) else "store"


def _side(item: dict, ws: wildqa.WildStore, golds: dict[str, dict]) -> str:
    """extraction / answering: was every cell the question reads read as the gold has it?"""
    scope = (item.get("scope") or {}).get("report")
    if scope and scope not in ws.ids:
        return "extraction"
    for ref in item.get("cells", []):
        rid, _, key = ref.rpartition(":")
        rid = rid or scope
        if rid not in ws.ids:
            return "extraction"
        table, _, k = key.partition(".")
        want = (golds[rid].get(table) or {}).get(k)
        read = ws.store.cells_of([ws.ids[rid]]).get(ws.ids[rid], {})
        if key not in read or read[key]["value"] != want:
            return "extraction"
    return "answering"


def run(which: str = WHICH) -> dict:
    with wildqa.wild_store(BANKS[which]) as ws:
        return score(which, ws)


def score(which: str, ws: wildqa.WildStore) -> dict:
    """Bank `which` asked of a store already built (`eval.multibank` shares one among the banks over the same sets)."""
    items = bank_items(which)
    by_id = {it["id"]: it for it in items}
    golds = {g["id"]: g for g in ws.golds}
    sets = {g["id"]: Path(g["_path"]).parent.parent.name for g in ws.golds}
    files = {Path(golds[gid]["file"]).name: rid for gid, rid in ws.ids.items()}
    summary = bank.run_items(ws.asker, files, items)
    for r in summary["rows"]:
        item = by_id[r["id"]]
        r["set"] = set_of(item, sets)
        r["side"] = None if r["ok"] else _side(item, ws, golds)
    summary["refused"] = ws.refused
    per_set: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in summary["rows"]:
        per_set[r["set"]][0] += r["ok"]
        per_set[r["set"]][1] += 1
    summary["by_set"] = {k: f"{a}/{b}" for k, (a, b) in sorted(per_set.items())}
    per_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # a development bank's intent families
    for r in summary["rows"]:
        if by_id[r["id"]].get("family"):
            per_family[by_id[r["id"]]["family"]][0] += r["ok"]
            per_family[by_id[r["id"]]["family"]][1] += 1
    summary["by_family"] = {k: f"{a}/{b}" for k, (a, b) in sorted(per_family.items())}
    misses = [r for r in summary["rows"] if not r["ok"]]
    summary["misses"] = {s: sum(r["side"] == s for r in misses) for s in ("extraction", "answering")}
    summary["bank"] = which
    return summary


def render(summary: dict) -> str:
    lines = [
        f"✘ {r['id']} [{r['intent']}] {r['side']} ({r['why']}, route {r['route']}) {r['scope']} {r['q']}\n"
        f"    ours: {r['answer']} (value {r['value']})\n"
        f"    want: {json.dumps(r['expect'], ensure_ascii=False)[:200]}"
        for r in summary["rows"]
        if not r["ok"]
    ]
    right = sum(r["ok"] for r in summary["rows"])
    lines += [
        f"wild reports refused by the extractor: {', '.join(summary['refused']) or 'none'}",
        f"{summary.get('bank', WHICH)}: accuracy {summary['accuracy']:.4f} ({right}/{summary['items']})",
        "by intent: " + ", ".join(f"{k} {v}" for k, v in summary["by_intent"].items()),
        "by set: " + ", ".join(f"{k} {v}" for k, v in summary["by_set"].items()),
        *(
            ["by family: " + ", ".join(f"{k} {v}" for k, v in summary["by_family"].items())]
            if summary.get("by_family")
            else []
        ),
        "misses: " + ", ".join(f"{k} {v}" for k, v in summary["misses"].items()),
    ]
    return "\n".join(lines)
