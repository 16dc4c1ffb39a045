"""Own checks of blindzp.jsonl against the gold (validate.py is for the corpus banks):
ids unique, every report id / cell exists and is non-null in gold, sums and calcs recompute, shares of the
bank (refusals ≥ 15 %, cross-report ≥ 20 %), each intent in ≥ 3 phrasings.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzp/check_blindzp.py"""

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
R = {}
for s in ["wild", *(f"wild{i}" for i in range(2, 33))]:
    for f in (ROOT / "eval" / s / "gold").glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        R[d["id"]] = d


def get(c):
    rid, key = c.split(":")
    t, k = key.split(".", 1)
    return R[rid][t][k]


items = [json.loads(x) for x in (Path(__file__).parent / "blindzp.jsonl").read_text(encoding="utf-8").splitlines()]
ids = [it["id"] for it in items]
assert len(ids) == len(set(ids))
assert len({(it["q"], json.dumps(it["scope"])) for it in items}) == len(items)
cross = 0
ph = defaultdict(set)
for it in items:
    ph[it["intent"]].add(it["phrasing"])
    if it["scope"]:
        assert it["scope"]["report"] in R, it
    rids = {c.split(":")[0] for c in it["cells"]}
    for c in it["cells"]:
        assert get(c) is not None, (it["id"], c)
    if len(rids) > 1:
        cross += 1
    e = it["expect"]
    for r in e.get("reports", []):
        assert r in rids, it["id"]
    for r in e.get("values", {}):
        assert r in rids, it["id"]
        assert e["values"][r] == get(f"{r}:t3.new.tot"), it["id"]
    if it["intent"] == "sum":
        assert e["value"] == sum(get(c) for c in it["cells"]), it["id"]
    if "calc" in it:
        v = eval(re.sub(r"\{([^}]+)\}", lambda m: repr(get(m.group(1))), it["calc"]))
        assert abs(v - e["value"]) <= 0.01, (it["id"], v)
    if it["intent"] == "rank" and "values" in e:
        allv = {c.split(":")[0]: get(c) for c in it["cells"]}
        top = e["order"][0]
        if len(e["order"]) == len(allv) and len(allv) > 1:
            assert [allv[x] for x in e["order"]] == sorted(allv.values(), reverse=True), it["id"]
        elif "最少" in it["q"]:
            assert allv[top] == min(allv.values()) and set(e["order"]) == {k for k, v in allv.items() if v == allv[top]}, it["id"]
        else:
            assert allv[top] == max(allv.values()) and set(e["order"]) == {k for k, v in allv.items() if v == allv[top]}, it["id"]
n = len(items)
ref = sum(1 for it in items if it["expect"].get("refuse"))
assert ref / n >= 0.15, ref / n
assert cross / n >= 0.20, cross / n
for k, v in ph.items():
    assert len(v) >= 3, (k, v)
print(f"ok: {n} items, refusals {ref} ({100 * ref / n:.1f} %), cross-report {cross} ({100 * cross / n:.1f} %), "
      f"scoped {sum(1 for it in items if it['scope'])}, empty which_reports "
      f"{sum(1 for it in items if it['expect'].get('reports') == [])}")
print(Counter(it["intent"] for it in items))
