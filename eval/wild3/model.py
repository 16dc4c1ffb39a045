"""Values of the wild3 reports: labels, cell keys and the numbers (real corpus tables, rearranged).

Nothing here imports the project's code: the corpus gold files are read as data. Each report takes
tables 三/四 of one corpus gold report, adds a few applications to result rows, and recomputes the
totals so that H1–H3 and H5 hold (a real defect is reproduced only where a spec asks for it). Table 二
is invented (plausible for the agency's level), seeded by the report id.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

CORPUS_GOLD = Path(__file__).resolve().parents[1] / "corpus" / "gold"

COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
APP = COLS[:6]
COL_NAMES = {
    "np": "自然人",
    "biz": "商业企业",
    "sci": "科研机构",
    "npo": "社会公益组织",
    "law": "法律服务机构",
    "oth": "其他",
    "tot": "总计",
}

ROW_LABELS = {
    "new": "一、本年新收政府信息公开申请数量",
    "carry_in": "二、上年结转政府信息公开申请数量",
    "r1": "（一）予以公开",
    "r2": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "r3_1": "1.属于国家秘密",
    "r3_2": "2.其他法律行政法规禁止公开",
    "r3_3": "3.危及“三安全一稳定”",
    "r3_4": "4.保护第三方合法权益",
    "r3_5": "5.属于三类内部事务信息",
    "r3_6": "6.属于四类过程性信息",
    "r3_7": "7.属于行政执法案卷",
    "r3_8": "8.属于行政查询事项",
    "r4_1": "1.本机关不掌握相关政府信息",
    "r4_2": "2.没有现成信息需要另行制作",
    "r4_3": "3.补正后申请内容仍不明确",
    "r5_1": "1.信访举报投诉类申请",
    "r5_2": "2.重复申请",
    "r5_3": "3.要求提供公开出版物",
    "r5_4": "4.无正当理由大量反复申请",
    "r5_5": "5.要求行政机关确认或重新出具已获取信息",
    "r6_1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "r6_2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "r6_3": "3.其他",
    "r6": "（六）其他处理",
    "r7": "（七）总计",
    "carry_out": "四、结转下年度继续办理",
}
GROUP_LABELS = {"r3": "（三）不予公开", "r4": "（四）无法提供", "r5": "（五）不予处理", "r6": "（六）其他处理"}
RESULTS_LABEL = "三、本年度办理结果"


def result_layout(template: str) -> list[tuple[str | None, list[str]]]:
    """The result part of table 三 as (group or None, row keys)."""
    six = ("r6", ["r6_1", "r6_2", "r6_3"]) if template == "GF2021" else (None, ["r6"])
    return [
        (None, ["r1"]),
        (None, ["r2"]),
        ("r3", [f"r3_{i}" for i in range(1, 9)]),
        ("r4", [f"r4_{i}" for i in range(1, 4)]),
        ("r5", [f"r5_{i}" for i in range(1, 6)]),
        six,
        (None, ["r7"]),
    ]


def result_rows(template: str) -> list[str]:
    return [k for _, keys in result_layout(template) for k in keys if k != "r7"]


def t3_rows(template: str) -> list[str]:
    return ["new", "carry_in", *result_rows(template), "r7", "carry_out"]


T4_ROWS = ["rv", "ld", "lr"]
T4_COLS = ["keep", "fix", "other", "pend", "tot"]
T4_COL_NAMES = {"keep": "结果维持", "fix": "结果纠正", "other": "其他结果", "pend": "尚未审结", "tot": "总计"}
T4_ROW_NAMES = {"rv": "行政复议", "ld": "未经复议直接起诉", "lr": "复议后起诉"}

T2_KEYS = {
    "GF2021": [
        "reg.made", "reg.repealed", "reg.valid", "norm.made", "norm.repealed", "norm.valid",
        "license.decisions", "penalty.decisions", "coercion.decisions", "fee.amount_wan",
    ],
    "GF2019": [
        "reg.new_made", "reg.new_public", "reg.total_public", "norm.new_made", "norm.new_public",
        "norm.total_public", "license.prev_items", "license.delta", "license.decisions",
        "other_service.prev_items", "other_service.delta", "other_service.decisions", "penalty.prev_items",
        "penalty.delta", "penalty.decisions", "coercion.prev_items", "coercion.delta", "coercion.decisions",
        "fee.prev_items", "fee.delta", "procurement.items", "procurement.amount",
    ],
}


def rng_for(rid: str, salt: str = "") -> random.Random:
    return random.Random(int(hashlib.sha256((rid + salt).encode()).hexdigest()[:16], 16))


def _source(name: str) -> dict:
    return json.loads((CORPUS_GOLD / f"{name}.json").read_text(encoding="utf-8"))


def t3_values(rid: str, source: str, template: str) -> dict[str, int]:
    """Table 三 of `source`, rearranged: applications added to a few result rows, totals recomputed."""
    src = {k: (v or 0) for k, v in _source(source)["t3"].items()}
    rng = rng_for(rid, "t3")
    out: dict[str, int] = {}
    for row in ("carry_in", "carry_out"):
        for c in APP:
            out[f"{row}.{c}"] = src.get(f"{row}.{c}", 0)
    for row in result_rows(template):
        for c in APP:
            if row == "r6":
                v = sum(src.get(f"r6_{i}.{c}", 0) for i in (1, 2, 3)) + src.get(f"r6.{c}", 0)
            elif row == "r6_3":
                v = src.get(f"r6_3.{c}", 0) + src.get(f"r6.{c}", 0)
            else:
                v = src.get(f"{row}.{c}", 0)
            out[f"{row}.{c}"] = v
    rows = result_rows(template)
    for _ in range(rng.randint(3, 6)):
        row = rng.choice(["r1", "r1", "r2", "r4_1", "r5_1", rng.choice(rows)])
        col = rng.choice(["np", "np", "np", "biz", "oth", rng.choice(APP)])
        out[f"{row}.{col}"] += rng.randint(1, 4)
    for c in APP:
        out[f"r7.{c}"] = sum(out[f"{r}.{c}"] for r in rows)
        out[f"new.{c}"] = out[f"r7.{c}"] + out[f"carry_out.{c}"] - out[f"carry_in.{c}"]
        if out[f"new.{c}"] < 0:  # keep H1 with a non-negative 本年新收
            out[f"r1.{c}"] -= out[f"new.{c}"]
            out[f"r7.{c}"] -= out[f"new.{c}"]
            out[f"new.{c}"] = 0
    for row in t3_rows(template):
        out[f"{row}.tot"] = sum(out[f"{row}.{c}"] for c in APP)
    return {f"{r}.{c}": out[f"{r}.{c}"] for r in t3_rows(template) for c in COLS}


def t4_values(rid: str, source: str) -> dict[str, int]:
    src = {k: (v or 0) for k, v in _source(source)["t4"].items()}
    rng = rng_for(rid, "t4")
    out = {f"{r}.{c}": src.get(f"{r}.{c}", 0) for r in T4_ROWS for c in T4_COLS[:4]}
    for _ in range(2):
        out[f"{rng.choice(T4_ROWS)}.{rng.choice(['keep', 'keep', 'fix', 'pend', 'other'])}"] += rng.randint(0, 2)
    for r in T4_ROWS:
        out[f"{r}.tot"] = sum(out[f"{r}.{c}"] for c in T4_COLS[:4])
    return {f"{r}.{c}": out[f"{r}.{c}"] for r in T4_ROWS for c in T4_COLS}


def t2_values(rid: str, template: str, level: str) -> dict[str, float | int]:
    """Invented table 二: a county body has no rule-making power (规章 0)."""
    rng = rng_for(rid, "t2")
    gov = level.endswith("政府")
    if template == "GF2021":
        made = rng.randint(2, 14) if gov else rng.randint(0, 6)
        fee = rng.choice([0, 0, round(rng.uniform(3, 900), rng.choice([1, 2])), rng.randint(10, 400)])
        return {
            "reg.made": 0,
            "reg.repealed": 0,
            "reg.valid": 0,
            "norm.made": made,
            "norm.repealed": rng.randint(0, 5),
            "norm.valid": made + rng.randint(4, 60),
            "license.decisions": rng.choice([0, rng.randint(12, 4800)]),
            "penalty.decisions": rng.randint(0, 640),
            "coercion.decisions": rng.randint(0, 40),
            "fee.amount_wan": fee,
        }
    made = rng.randint(1, 12)
    vals: dict[str, float | int] = {
        "reg.new_made": 0,
        "reg.new_public": 0,
        "reg.total_public": 0,
        "norm.new_made": made,
        "norm.new_public": made,
        "norm.total_public": made + rng.randint(8, 70),
    }
    for key in ("license", "other_service", "penalty", "coercion"):
        vals[f"{key}.prev_items"] = rng.randint(0, 60)
        vals[f"{key}.delta"] = rng.choice([0, 0, rng.randint(-4, 6)])
        vals[f"{key}.decisions"] = rng.randint(0, 2400)
    vals["fee.prev_items"] = rng.randint(0, 9)
    vals["fee.delta"] = rng.choice([0, -1, 0])
    vals["procurement.items"] = rng.randint(1, 40)
    vals["procurement.amount"] = round(rng.uniform(8, 2600), 2)
    return vals


def findings(t3: dict, t4: dict, template: str) -> list[dict]:
    """The hard identities the printed numbers break (H1 column, H2 row, H3 column, H5 row)."""
    out: list[dict] = []
    v = {k: (x or 0) for k, x in t3.items()}
    rows = t3_rows(template)
    for c in COLS:
        a = v[f"new.{c}"] + v[f"carry_in.{c}"]
        b = v[f"r7.{c}"] + v[f"carry_out.{c}"]
        if a != b:
            out.append({"check": "H1", "where": f"t3 column {c}", "kind": "report_defect",
                        "note": f"new+carry_in vs r7+carry_out: {c} {a} ≠ {b}"})
    for r in rows:
        s = sum(v[f"{r}.{c}"] for c in APP)
        if s != v[f"{r}.tot"]:
            out.append({"check": "H2", "where": f"t3.{r}", "kind": "report_defect",
                        "note": f"row {r}: the six applicant columns add up to {s}, 总计 is printed {v[f'{r}.tot']}"})
    for c in COLS:
        s = sum(v[f"{r}.{c}"] for r in result_rows(template))
        if s != v[f"r7.{c}"]:
            out.append({"check": "H3", "where": f"t3 column {c}", "kind": "report_defect",
                        "note": f"sum of result rows vs r7: {c} {s} ≠ {v[f'r7.{c}']}"})
    w = {k: (x or 0) for k, x in t4.items()}
    for r in T4_ROWS:
        s = sum(w[f"{r}.{c}"] for c in T4_COLS[:4])
        if s != w[f"{r}.tot"]:
            out.append({"check": "H5", "where": f"t4.{r}", "kind": "report_defect",
                        "note": f"{r}.tot is printed {w[f'{r}.tot']} while its parts add up to {s}"})
    return out
