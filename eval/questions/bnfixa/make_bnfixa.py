"""Write bnfixa.jsonl: the development bank of blindn's message-form families (branch bnfixa).

    python3 eval/questions/bnfixa/make_bnfixa.py     # identical bytes on every run, any PYTHONHASHSEED

Each family is asked in lead-ins of my own (none copied from blindn, whose misses named the family: the lead-in's
words vary, its form does not); expected values come from the wild sets' gold JSON cells, never from the product."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 19))]
R = random.Random(13_2026_1206_11)

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
    "lr": ["t4.lr.tot"],
    "ld": ["t4.ld.tot"],
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


def add(family: str, q: str, intent: str, expect: dict, cells=(), report: str | None = None) -> None:
    scope = {"report": report} if report else {}
    item: dict = {"id": f"bna{len(ITEMS) + 1:04d}", "q": q, "scope": scope, "intent": intent, "style": "colloquial"}
    item |= {"family": family, "expect": expect}
    if cells:
        item["cells"] = list(cells)
    ITEMS.append(item)


def pick(m: str, template: tuple[str, ...] = ("GF2019", "GF2021")) -> tuple[dict, Any]:
    """A clean report not asked before, with a readable value of measure m (a lawsuit kind: both kinds non-zero,
    so the kind's figure is not the lawsuits' total)."""
    for _ in range(4000):
        g = R.choice(CLEAN)
        v = val(g, m)
        both = m not in ("lr", "ld") or bool(val(g, "lr")) and bool(val(g, "ld"))
        if g["id"] not in USED and g["template"] in template and v is not None and both:
            USED.add(g["id"])
            return g, v
    raise RuntimeError(m)


def value_item(family: str, template: str, m: str, unit: str | None = "件", scoped: bool = False) -> None:
    g, v = pick(m, ("GF2021",) if m == "fee" else ("GF2019", "GF2021"))
    q = template.format(a=g["agency"], y=f"{g['year']}年", s=f"{str(g['year'])[2:]}年")
    if scoped:  # asked while reading the report: its cells by their own keys
        add(family, q, "value", {"value": v, "unit": unit}, CELLS[m], report=g["id"])
    else:
        add(family, q, "value", {"value": v, "unit": unit}, [f"{g['id']}:{c}" for c in CELLS[m]])


def refuse_item(family: str, template: str) -> None:
    for _ in range(4000):
        g = R.choice(CLEAN)
        if g["id"] not in USED:
            USED.add(g["id"])
            add(family, template.format(a=g["agency"], y=f"{g['year']}年"), "unanswerable", {"refuse": True})
            return
    raise RuntimeError(template)


# A1 a task or context lead-in (a clause that names no body, year or measure and asks nothing) before a figure
for t, m in [
    ("写材料要用：{a}{y}予以公开的申请有多少件", "r1"),
    ("上级部门要数，{a}{y}行政复议一共几件？", "rv"),
    ("整理台账用：{a}{y}本年新收了多少件申请", "new"),
    ("换个单位再问，{a}{y}结转到下一年的有几件", "cout"),
    ("顺便问一句：{a}{s}部分公开的有多少", "r2"),
    ("for my thesis，{a}{y}上年结转过来几件", "cin"),
    ("接着上面的问，{a}{y}办理结果总计多少件", "r7"),
    ("自查数据核一下：{a}{y}自然人提的申请有几件", "np"),
    ("填报表时核对{a}{y}不予公开的一共几件", "r3"),
    ("嗯 年终考核核实{a}{y}不予处理的申请有多少件", "r5"),
    ("by the way，{a}{y}部分公开多少件", "r2"),
    ("写调研报告：{a}{y}新收的申请多少件", "new"),
]:
    value_item("A1 lead_in_figure", t, m)

# A2 a task lead-in with a check word before what no report says: refused, never a consistency verdict
for t in [
    "数据复核：{a}{y}信息公开工作经费是多少万元",
    "年终评审核实：{a}{y}申请人里男性有几个",
    "材料核对，{a}{y}的申请平均多少天答复完",
    "审计核实{a}{y}关于拆迁安置的申请有几件",
]:
    refuse_item("A2 lead_in_refusal", t)

# B1 a question relayed by someone, by some channel: who relayed it and how ask nothing
for t, m in [
    ("有位大爷在窗口问{a}{y}部分公开多少件", "r2"),
    ("网格员在群里问{a}{y}本年新收几件申请", "new"),
    ("一位老人打热线想知道{a}{s}行政复议几件", "rv"),
    ("有家律所发函询问{a}{y}结转下年度继续办理几件", "cout"),
    ("政务服务窗口有群众咨询{a}{y}予以公开的多少件", "r1"),
    ("有企业在留言板上问{a}{y}自然人申请多少件", "np"),
    ("有位記者在微信上問{a}{y}予以公開的有幾件", "r1"),
    ("12345那边转来一个问题：{a}{y}办理结果总计几件", "r7"),
    ("街道干部打电话咨询{a}{y}上年结转的是几件", "cin"),
    ("一个大学生发邮件问{a}{y}不予公开的有几件呢", "r3"),
]:
    value_item("B1 relayed", t, m)

# B2 a relayed question the reports do not answer: refused
for t in [
    "有位大爷在窗口问{a}{y}信息公开办有几个工作人员",
    "网格员在群里问{a}{y}申请人都是哪里人",
]:
    refuse_item("B2 relayed_refusal", t)

# C1 asked while reading one report: the reader names it (我们 / 本单位 / 咱们局) before its year word
for t, m in [
    ("我们单位今年予以公开的有几件", "r1"),
    ("咱们今年收到了多少件申请", "new"),
    ("本机关本年度部分公开多少件", "r2"),
    ("我局今年老百姓个人申请公开的有几件？", "np"),
    ("我们今年行政复议有几件", "rv"),
    ("本单位今年结转到下一年的有几件", "cout"),
    ("年报自查：咱们单位今年不予处理的有几件？", "r5"),
    ("核对一下：我们这一年办理结果总计多少件", "r7"),
]:
    value_item("C1 scoped_self", t, m, scoped=True)

out = HERE / "bnfixa.jsonl"
out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), "utf-8")
print(f"{len(ITEMS)} items → {out}")
