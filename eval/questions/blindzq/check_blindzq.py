"""Independent checks of blindzq.jsonl against the gold (ids, report ids, cells, every expectation re-derived).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzq/check_blindzq.py"""

import glob
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
gold = {}
for f in glob.glob(str(HERE.parents[1] / "wild*" / "gold" / "*.json")):
    d = json.load(open(f, encoding="utf-8"))
    gold[d["id"]] = d
items = [json.loads(line) for line in open(HERE / "blindzq.jsonl", encoding="utf-8")]
assert len({i["id"] for i in items}) == len(items)
assert len({(i["q"], json.dumps(i["scope"]), str(i.get("previous"))) for i in items}) == len(items)


def get(ref, scope):
    rid, _, key = ref.rpartition(":")
    rid = rid or scope
    t, _, k = key.partition(".")
    v = gold[rid][t][k]
    assert isinstance(v, (int, float)), (ref, v)
    return rid, v


for it in items:
    sc = it["scope"].get("report")
    assert sc is None or sc in gold
    e = it["expect"]
    cells = [get(c, sc) for c in it.get("cells", [])]
    if "calc" in it:
        v = eval(re.sub(r"\{([^}]+)\}", lambda m: repr(get(m.group(1), sc)[1]), it["calc"]))
        assert abs(v - e["value"]) <= e.get("tol", 0) + 1e-9, it
    elif it["kind"] == "group_count":
        assert e["value"] == sum(1 for _, v in cells if v > 0) or e["value"] == len({r for r, v in cells if v > 0}), it
    elif "value" in e:
        assert e["value"] == sum(v for _, v in cells), it
    per = {}
    for r, v in cells:
        per[r] = per.get(r, 0) + v
    if "values" in e:
        for r, v in e["values"].items():
            assert per[r] == v, it
        if it["intent"] == "rank":
            top = max(per.values())
            assert e["order"][0] in per and per[e["order"][0]] == top and list(per.values()).count(top) == 1, it
        else:
            assert [per[r] for r in e["order"]] == sorted((per[r] for r in e["order"]), reverse=True), it
    if "reports" in e:
        assert sorted(e["reports"]) == sorted(r for r, v in per.items() if v > 0), it
    if it["intent"] == "unanswerable":
        assert e == {"refuse": True} and it.get("note"), it
print("ok", len(items))
