"""An independent re-check of blindzg.jsonl against the gold (not the generator's own check()).

    .venv/bin/python eval/questions/blindzg/check_blindzg.py

- ids unique, fields and intents known, every report id (scope, cell prefixes, values/order/reports keys, quote keys)
  a gold id of eval/wild … eval/wild30;
- value/sum/change/share items: the expected value re-computed from `cells` (sum) or `calc`;
- values keyed by cells: each equals the gold cell; keyed by reports: each equals the sum of that report's cells in
  `cells`; `order` is the ranking of the values (largest first; a one-element order is the unique maximum);
- which_reports: the set is exactly the reports among `cells` whose figure is > 0;
- group items (sum, rank, group list, which_reports with a group note or a province word): the reports read are every
  stored report of that province, level and year;
- refusals: a body not stored names no stored agency; a year not stored is not among the body's stored years;
- chats: `previous` equals the earlier turns' questions of the same chain;
- shares: ≥ 15 % refusals, ≥ 20 % reading more than one report."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BANK = Path(__file__).resolve().parent / "blindzg.jsonl"
SETS = ("wild", *(f"wild{i}" for i in range(2, 31)))
INTENTS = {"value", "list", "compare", "change", "trend", "rank", "sum", "share", "ratio", "consistency",
           "which_reports", "narrative", "problems", "unanswerable"}

gold = {}
for s in SETS:
    for f in sorted((ROOT / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        gold[g["id"]] = g


def cellv(rid: str, key: str):
    t, _, k = key.partition(".")
    return gold[rid][t][k]


errors: list[str] = []


def bad(it, msg):
    errors.append(f"{it['id']}: {msg} | {it['q']}")


items = [json.loads(line) for line in BANK.read_text(encoding="utf-8").splitlines()]
ids = [it["id"] for it in items]
assert len(ids) == len(set(ids)), "duplicate ids"
chains = defaultdict(list)
for it in items:
    if it["intent"] not in INTENTS:
        bad(it, "intent")
    scope = it["scope"].get("report")
    if scope and scope not in gold:
        bad(it, "scope id")
    e = it["expect"]
    refs = []
    for c in it.get("cells", []):
        rid, _, key = c.rpartition(":")
        rid = rid or scope
        if rid not in gold:
            bad(it, f"cell report {rid}")
            continue
        v = cellv(rid, key)
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            bad(it, f"cell {c} is {v!r}")
        refs.append((rid, key, v))
    for k in list(e.get("values", {})) + e.get("order", []) + e.get("reports", []):
        if "." not in k and k not in gold and "verdict" not in e:
            bad(it, f"key {k}")
    if "value" in e and refs and it["intent"] in ("value", "sum", "change", "share"):
        if it.get("calc"):
            def sub(m):
                rid, _, key = m.group(1).rpartition(":")
                return repr(cellv(rid or scope, key))
            got = eval(re.sub(r"\{([^}]+)\}", sub, it["calc"]))  # noqa: S307
        else:
            got = sum(v for _, _, v in refs)
        if abs(got - e["value"]) > e.get("tol", 0) + 1e-9:
            bad(it, f"value {e['value']} vs {got}")
    if "values" in e and "verdict" not in e:
        per = defaultdict(float)
        for rid, key, v in refs:
            per[rid] += v
        for k, v in e["values"].items():
            if k in gold:
                if abs(per[k] - v) > 1e-9:
                    bad(it, f"values {k} {v} vs {per[k]}")
            else:
                rid, _, key = k.rpartition(":")
                if abs(cellv(rid or scope, key) - v) > 1e-9:
                    bad(it, f"values {k}")
        order = e.get("order")
        if order:
            vals = e["values"]
            if len(order) == 1:
                top = max(vals.values())
                if vals[order[0]] != top or list(vals.values()).count(top) != 1:
                    bad(it, "order top")
            elif [vals[k] for k in order] != sorted(vals.values(), reverse=True):
                bad(it, "order")
    if "reports" in e:
        per = defaultdict(float)
        for rid, key, v in refs:
            per[rid] += v
        if sorted(r for r, v in per.items() if v > 0) != sorted(e["reports"]):
            bad(it, "which reports")
    if it["kind"].startswith("group_"):
        rids = {rid for rid, _, _ in refs}
        ks = {(gold[r]["region"][:3], gold[r]["level"], gold[r]["year"]) for r in rids}
        if len(ks) != 1:
            bad(it, "group mixes provinces/levels/years")
        else:
            (p, lev, y), = ks
            members = {g["id"] for g in gold.values() if g["region"][:3] == p and g["level"] == lev and g["year"] == y}
            if members != rids:
                bad(it, f"group incomplete {sorted(members - rids)}")
    if it["kind"] == "body_not_stored":
        for a in {g["agency"] for g in gold.values()}:
            name = re.match(r"^(.+?)(?:20\d\d|二)", it["q"].split("，")[-1].split("：")[-1].replace("嗯那个 ", ""))
            if name and (name.group(1) in a):
                bad(it, f"body stored: {a}")
    if it["kind"] == "year_not_stored":
        y = int(re.search(r"(20[0-9０-９]{2})", it["q"]).group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
        names = [g for g in gold.values() if g["agency"] in it["q"] or any(
            g["agency"].endswith(x) for x in [it["q"].split(str(y))[0]])]
        if any(g["year"] == y and g["agency"] in it["q"] for g in gold.values()):
            bad(it, "year stored")
    if "chain" in it:
        chains[it["chain"]["id"]].append(it)
for cid, turns in chains.items():
    turns.sort(key=lambda t: t["chain"]["turn"])
    for i, t in enumerate(turns):
        prev = [x["q"] for x in turns[:i]]
        want = None if not prev else (prev[0] if len(prev) == 1 else prev)
        if t.get("previous") != want:
            bad(t, "chain previous")
n = len(items)
refuse = sum(1 for it in items if it["expect"].get("refuse"))


def reads(it):
    r = set()
    if it["scope"].get("report"):
        r.add(it["scope"]["report"])
    r |= {c.rpartition(":")[0] for c in it.get("cells", []) if ":" in c}
    r |= {k for k in it["expect"].get("values", {}) if k in gold} | set(it["expect"].get("reports", []))
    return r


cross = sum(1 for it in items if len(reads(it)) > 1 or it["kind"] == "store_count")
print(f"{n} items, refusals {refuse} ({100 * refuse / n:.1f} %), cross-report {cross} ({100 * cross / n:.1f} %)")
if refuse / n < 0.15 or cross / n < 0.20:
    errors.append("shares below the floor")
for e in errors:
    print(e)
sys.exit(1 if errors else 0)
