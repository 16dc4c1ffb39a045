"""Re-derive every expectation of blindzn.jsonl from the gold JSON, independently of make_blindzn.py.

    .venv/bin/python eval/questions/blindzn/check_blindzn.py      # exits 1 on any failure, prints the counts
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SETS = ["wild", *(f"wild{i}" for i in range(2, 32))]  # wildbank.BANKS["blindzn"]
GOLD = {}
for s in SETS:
    for f in glob.glob(str(ROOT / "eval" / s / "gold" / "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        GOLD[d["id"]] = d

items = [json.loads(line) for line in open(HERE / "blindzn.jsonl", encoding="utf-8")]
bad: list[str] = []


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    v = (GOLD[rid].get(t) or {}).get(k)
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise ValueError(f"{rid}:{key} is {v!r}")
    return v


def resolve(it, ref):
    rid, _, key = ref.rpartition(":")
    return (rid or it["scope"].get("report")), key


ids = Counter(it["id"] for it in items)
bad += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
qs = Counter((it["q"].replace(" ", ""), json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items)
bad += [f"duplicate question {q}" for q, n in qs.items() if n > 1]

for it in items:
    e, i = it["expect"], it["id"]
    try:
        sc = it["scope"].get("report")
        if sc and sc not in GOLD:
            bad.append(f"{i}: scope {sc} not in store")
        refs = [resolve(it, c) for c in it.get("cells", [])]
        for rid, _ in refs:
            if rid not in GOLD:
                bad.append(f"{i}: {rid} not in store")
        if "refuse" in e:
            continue
        per = defaultdict(float)
        for rid, key in refs:
            per[rid] += cell(rid, key)
        if it["intent"] in ("value", "sum"):
            if abs(sum(per.values()) - e["value"]) > 1e-9:
                bad.append(f"{i}: {e['value']} ≠ cells {sum(per.values())}")
        elif it["intent"] == "change":
            later, earlier = sorted(per, key=lambda r: GOLD[r]["year"], reverse=True)
            assert GOLD[later]["agency"] == GOLD[earlier]["agency"]
            if per[later] - per[earlier] != e["value"]:
                bad.append(f"{i}: change {e['value']} ≠ {per[later] - per[earlier]}")
        elif "values" in e:
            for rid, v in e["values"].items():
                if per.get(rid) != v:
                    bad.append(f"{i}: {rid} {v} ≠ {per.get(rid)}")
            order = e.get("order")
            if order:
                vs = [e["values"][r] for r in order]
                if vs != sorted(vs, reverse=True) or (len(order) == 1 and vs[0] != max(e["values"].values())):
                    bad.append(f"{i}: order {order} does not follow the values")
                if len(order) == 1 and sorted(e["values"].values(), reverse=True)[1:2] == vs:
                    bad.append(f"{i}: tie at the top")
            if it["intent"] == "trend" and len({GOLD[r]["agency"] for r in e["values"]}) != 1:
                bad.append(f"{i}: trend over several agencies")
        elif "reports" in e:
            if sorted(r for r, v in per.items() if v > 0) != sorted(e["reports"]):
                bad.append(f"{i}: reports differ")
    except (ValueError, KeyError, AssertionError) as x:
        bad.append(f"{i}: {x!r}")

n = len(items)
refuse = sum("refuse" in it["expect"] for it in items)
cross = sum(it["intent"] in ("compare", "change", "trend", "rank", "sum", "which_reports") for it in items)
scoped = sum(bool(it["scope"]) for it in items)
if refuse < 0.15 * n:
    bad.append(f"refusals {refuse}/{n} < 15 %")
if cross < 0.20 * n:
    bad.append(f"cross-report {cross}/{n} < 20 %")
ph = defaultdict(set)
for it in items:
    ph[it["intent"]].add(it["phrasing"])
bad += [f"intent {k} has only {sorted(v)}" for k, v in ph.items() if len(v) < 3]
late = sum(any(re.fullmatch(r"wild(1[3-9]|2\d|3[01])", s) for s in it["sets"]) for it in items)
print(f"{n} items; refuse {refuse} ({100 * refuse / n:.1f} %); cross-report {cross} ({100 * cross / n:.1f} %); "
      f"scoped {scoped} ({100 * scoped / n:.1f} %); reading wild13–wild31 {late}")
print("\n".join(bad) or "all expectations re-derived from gold")
sys.exit(1 if bad else 0)
