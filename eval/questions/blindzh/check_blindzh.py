"""Independent checks of blindzh.jsonl against the wild gold (ids, report ids, every expected value re-derived).

    .venv/bin/python eval/questions/blindzh/check_blindzh.py"""

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
G = {}
for s in ("wild", *(f"wild{i}" for i in range(2, 32))):
    for p in (ROOT / s / "gold").glob("*.json"):
        g = json.loads(p.read_text(encoding="utf-8"))
        G[g["id"]] = g
items = [json.loads(x) for x in (Path(__file__).parent / "blindzh.jsonl").read_text(encoding="utf-8").splitlines()]


def cell(ref):
    rid, _, key = ref.rpartition(":")
    t, _, k = key.partition(".")
    v = G[rid][t][k]
    assert isinstance(v, (int, float)), ref
    return v


ids = [x["id"] for x in items]
assert len(ids) == len(set(ids)), "duplicate ids"
qs = Counter((json.dumps(x.get("previous")), x["q"]) for x in items)
assert not [q for q, n in qs.items() if n > 1], [q for q, n in qs.items() if n > 1]
for x in items:
    e = x["expect"]
    assert sum(k in e for k in ("value", "values", "reports", "refuse")) == 1, x["id"]
    for ref in x.get("cells", []):
        cell(ref)
    for r in list(e.get("values", {})) + e.get("reports", []) + e.get("order", []):
        assert r in G, (x["id"], r)
    if "value" in e and x.get("cells"):
        if "calc" in x:
            want = eval(re.sub(r"\{([^}]+)\}", lambda m: repr(cell(m.group(1))), x["calc"]))
        else:
            want = sum(cell(c) for c in x["cells"])
        assert want == e["value"], (x["id"], want, e["value"])
    if "values" in e:
        for c in x["cells"]:
            assert e["values"][c.rpartition(":")[0]] == cell(c), x["id"]
        if len(e.get("order", [])) > 1:
            vs = [e["values"][k] for k in e["order"]]
            assert vs == sorted(vs, reverse=True), x["id"]
    if x["kind"] in ("place_count",):
        pass
    if "previous" in x:
        assert "chain" in x
n = len(items)
ref = sum(1 for x in items if x["expect"].get("refuse"))
cross = sum(1 for x in items if len({c.rpartition(":")[0] for c in x.get("cells", [])}) > 1 or "reports" in x["expect"]
            or x["kind"] == "place_count")
print(f"{n} items, ids unique, every cell/report id in gold, every value re-derived")
print(f"refusals {ref} ({100 * ref / n:.1f} %), cross-report {cross} ({100 * cross / n:.1f} %)")
GS = re.compile("甘肃|兰州|城关|七里河|安宁区|西固|榆中|天水|麦积|道北|武威|凉州|酒泉|肃州|张掖|甘州|平凉|崆峒|庆阳|西峰|陇西|陇南|武都|汉王|成县|临夏|"
                "和政|三合|夏河|积石山|嘉峪关|经开区|经济技术开发区")
print("reading wild31:", sum(1 for x in items if "wild31" in x["sets"]), "· about Gansu (names a Gansu place/body, or a Gansu near-miss):",
      sum(1 for x in items if GS.search(x["q"] + json.dumps(x.get("previous"), ensure_ascii=False))))
by = Counter((x["intent"], x["phrasing"]) for x in items)
for it in sorted({x["intent"] for x in items}, key=lambda i: -sum(v for (a, _), v in by.items() if a == i)):
    row = {p: by[(it, p)] for p in ("plain", "formal", "voice", "typo", "filler", "followup")}
    print(it, sum(row.values()), row)
print("persona", Counter(x["persona"] for x in items).most_common())
print("kind", Counter(x["kind"] for x in items).most_common())
print("chats", len({x["chain"]["id"] for x in items if "chain" in x}), "items", sum(1 for x in items if "chain" in x))
