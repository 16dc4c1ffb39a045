"""Write bqfixa.jsonl: the development bank of blindq's message-form families (branch bqfixa).

    python3 eval/questions/bqfixa/make_bqfixa.py     # identical bytes on every run, any PYTHONHASHSEED

Each family is asked in phrasings of my own (none copied from blindq, whose misses named the family); expected
values come from the wild sets' gold JSON cells, never from the product. Written before the product was run on it."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 17))]
R = random.Random(13_2026_1205_7)

GOLDS: list[dict] = []
for s in SETS:
    for gp in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(gp.read_text("utf-8"))
        g["_set"] = s
        GOLDS.append(g)
PAIRS = Counter((g["agency"], g["year"]) for g in GOLDS)
CLEAN = [
    g
    for g in GOLDS
    if g["template"] in ("GF2019", "GF2021")
    and g["tables_recoverable"]
    and PAIRS[(g["agency"], g["year"])] == 1
    and not g["findings"]
]

# a measure → the gold cells it adds up
CELLS = {
    "new": ["t3.new.tot"],
    "np": ["t3.new.np"],
    "r1": ["t3.r1.tot"],
    "r2": ["t3.r2.tot"],
    "r3": [f"t3.r3_{i}.tot" for i in range(1, 9)],
    "r5": [f"t3.r5_{i}.tot" for i in range(1, 4)],
    "r7": ["t3.r7.tot"],
    "cin": ["t3.carry_in.tot"],
    "cout": ["t3.carry_out.tot"],
    "rv": ["t4.rv.tot"],
    "norm_new": ["t2.norm.new_made"],
    "fee": ["t2.fee.amount_wan"],
}


def cell(g: dict, key: str) -> Any:
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def val(g: dict, m: str) -> Any:
    vs = [cell(g, c) for c in CELLS[m]]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vs):
        return None
    tot = sum(vs)
    return round(tot, 2) if isinstance(tot, float) else tot


ITEMS: list[dict] = []
USED: set[str] = set()


def add(family: str, q: str, intent: str, expect: dict, cells=()) -> None:
    item: dict = {"id": f"bqa{len(ITEMS) + 1:04d}", "q": q, "scope": {}, "intent": intent, "style": "colloquial"}
    item |= {"family": family, "expect": expect}
    if cells:
        item["cells"] = list(cells)
    ITEMS.append(item)


def pick(m: str, template: tuple[str, ...] = ("GF2019", "GF2021")) -> tuple[dict, Any]:
    """A clean report not asked before, with a readable value of measure m."""
    for _ in range(4000):
        g = R.choice(CLEAN)
        v = val(g, m)
        if g["id"] not in USED and g["template"] in template and v is not None:
            USED.add(g["id"])
            return g, v
    raise RuntimeError(m)


def value_item(family: str, template: str, m: str, unit: str | None = "件") -> None:
    g, v = pick(m, ("GF2021",) if m == "fee" else ("GF2019", "GF2021"))
    q = template.format(a=g["agency"], y=f"{g['year']}年", s=f"{str(g['year'])[2:]}年")
    add(family, q, "value", {"value": v, "unit": unit}, [f"{g['id']}:{c}" for c in CELLS[m]])


def refuse_item(family: str, template: str) -> None:
    for _ in range(4000):
        g = R.choice(CLEAN)
        if g["id"] not in USED:
            USED.add(g["id"])
            add(family, template.format(a=g["agency"], y=f"{g['year']}年"), "unanswerable", {"refuse": True})
            return
    raise RuntimeError(template)


# A1 a check word before a plain figure: the figure is asked, not the table's consistency
for t, m in [
    ("帮我核实一下：{a}{y}予以公开的申请有多少件", "r1"),
    ("核对下，{a}{y}行政复议一共几件？", "rv"),
    ("我核对一下{a}{y}本年新收了多少件申请", "new"),
    ("确认一下：{a}{y}结转到下一年的有几件", "cout"),
    ("麻烦核对一下 {a}{s}部分公开的有多少", "r2"),
    ("核对数据：{a}{y}上年结转过来几件", "cin"),
    ("请核实一下，{a}{y}办理结果总计多少件", "r7"),
    ("核对一下 {a}{y}自然人提的申请有几件", "np"),
]:
    value_item("A1 check_word_figure", t, m)

# A2 a check word before what no report says: refused, never a consistency verdict
for t in [
    "核实一下：{a}{y}信息公开工作经费是多少万元",
    "核对一下，{a}{y}申请人里面女性有几个",
    "帮忙确认一下：{a}{y}的申请平均多少天答复",
    "核对下 {a}{y}涉及房屋征收的申请有多少件",
]:
    refuse_item("A2 check_word_refusal", t)

# B1 a hotline's relay and filler before a table question
for t, m in [
    ("刚才有人来电问，{a}{y}部分公开多少件", "r2"),
    ("来电者想了解{a}{y}本年新收几件申请", "new"),
    ("喂，来电的市民想问{a}{s}行政复议几件", "rv"),
    ("有个人打来电话问{a}{y}的年报里结转下年度继续办理几件", "cout"),
    ("您好 有位群众打电话想知道{a}{y}予以公开的多少件", "r1"),
    ("打电话的人想问{a}{y}自然人申请多少件", "np"),
    ("有人打電話問{a}{y}予以公開的有幾件", "r1"),
    ("喂喂 有人打电话想知道{a}{y}办理结果总计几件 啊", "r7"),
    ("今天有人来电问：{a}{y}的年报里上年结转的是几件", "cin"),
    ("嗯 来电人问{a}{y}部分公开的申请有几件呢", "r2"),
]:
    value_item("B1 hotline_relay", t, m)

# B2 a hotline's relay before what no report says: refused
for t in [
    "有人打电话问{a}{y}的年报里申请人都是哪里人",
    "来电人想知道{a}{y}信息公开办有几个工作人员",
]:
    refuse_item("B2 hotline_refusal", t)

# C1 the table's measure words, after a check word or a relay (and without)
for t, m in [
    ("有人打电话问{a}{y}全部公开的有几件", "r1"),
    ("核对一下：{a}{y}同意公开的申请多少件", "r1"),
    ("来电人想知道{a}{y}不予公开的加在一起几件", "r3"),
    ("{a}{y}不予公开总共多少件", "r3"),
    ("核实一下：{a}{y}不予处理的申请有多少件", "r5"),
    ("有人来电问{a}{y}不予处理的一共几件", "r5"),
    ("核对一下，{a}{y}新制发的规范性文件有几件", "norm_new"),
    ("来电者想知道{a}{y}本年新制发规范性文件多少件", "norm_new"),
    ("核对一下：{a}{y}行政事业性收费的金额是多少", "fee"),
    ("有人打电话问{a}{y}收费金额多少万元", "fee"),
    ("有人來電問{a}{y}不予公開的申請一共幾件", "r3"),
    ("核對一下：{a}{y}部分公開的申請有幾件", "r2"),
]:
    value_item("C1 measure_words", t, m, "万元" if m == "fee" else "件")

out = HERE / "bqfixa.jsonl"
out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), "utf-8")
print(f"{len(ITEMS)} items → {out}")
