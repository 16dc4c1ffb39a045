"""Labels, cell keys, varied corpus values and identity checks for eval/wild13 (from eval/wild9).

Reads eval/corpus/gold as data only; imports nothing of the project's code.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_GOLD = ROOT / "eval" / "corpus" / "gold"

COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
COL_NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

# (key, group heading or None, label) in printed order; GF2021.
ROWS21 = [
    ("new", None, "一、本年新收政府信息公开申请数量"),
    ("carry_in", None, "二、上年结转政府信息公开申请数量"),
    ("r1", None, "（一）予以公开"),
    ("r2", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("r3_1", "（三）不予公开", "1.属于国家秘密"),
    ("r3_2", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("r3_3", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("r3_4", "（三）不予公开", "4.保护第三方合法权益"),
    ("r3_5", "（三）不予公开", "5.属于三类内部事务信息"),
    ("r3_6", "（三）不予公开", "6.属于四类过程性信息"),
    ("r3_7", "（三）不予公开", "7.属于行政执法案卷"),
    ("r3_8", "（三）不予公开", "8.属于行政查询事项"),
    ("r4_1", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("r4_2", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("r4_3", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("r5_1", "（五）不予处理", "1.信访举报投诉类申请"),
    ("r5_2", "（五）不予处理", "2.重复申请"),
    ("r5_3", "（五）不予处理", "3.要求提供公开出版物"),
    ("r5_4", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("r5_5", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("r6_1", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("r6_2", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("r6_3", "（六）其他处理", "3.其他"),
    ("r7", None, "（七）总计"),
    ("carry_out", None, "四、结转下年度继续办理"),
]
ROWS19 = [r for r in ROWS21 if not r[0].startswith("r6_")]
ROWS19.insert(ROWS19.index(next(r for r in ROWS19 if r[0] == "r7")), ("r6", None, "（六）其他处理"))
RESULT_HEAD = "三、本年度办理结果"
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

T4_KINDS = [("rv", "行政复议"), ("ld", "未经复议直接起诉"), ("lr", "复议后起诉")]
T4_PARTS = [("keep", "结果维持"), ("fix", "结果纠正"), ("other", "其他结果"), ("pend", "尚未审结"), ("tot", "总计")]
T4_KEYS = [f"{k}.{p}" for k, _ in T4_KINDS for p, _ in T4_PARTS]

T2_KEYS21 = ["reg.made", "reg.repealed", "reg.valid", "norm.made", "norm.repealed", "norm.valid",
             "license.decisions", "penalty.decisions", "coercion.decisions", "fee.amount_wan"]
T2_KEYS19 = ["reg.new_made", "reg.new_public", "reg.total_public", "norm.new_made", "norm.new_public",
             "norm.total_public", "license.prev_items", "license.delta", "license.decisions",
             "other_service.prev_items", "other_service.delta", "other_service.decisions",
             "penalty.prev_items", "penalty.delta", "penalty.decisions", "coercion.prev_items",
             "coercion.delta", "coercion.decisions", "fee.prev_items", "fee.delta", "procurement.items",
             "procurement.amount"]

RESULT_KEYS21 = [r[0] for r in ROWS21 if r[0] not in ("new", "carry_in", "r7", "carry_out")]
RESULT_KEYS19 = [r[0] for r in ROWS19 if r[0] not in ("new", "carry_in", "r7", "carry_out")]


def rows(template: str):
    return ROWS21 if template == "GF2021" else ROWS19


def load_source(name: str) -> dict:
    return json.loads((CORPUS_GOLD / f"{name}.json").read_text(encoding="utf-8"))


def t3_values(source: str, template: str, seed: str, defect=None, boost=None, small=False) -> dict:
    """Table 三 of a corpus report, varied, identities recomputed (blank source cells read as 0); `small`: a body
    that receives almost nothing (every source cell 0, then the few varied applications)."""
    g = load_source(source)
    src = {k: (v if isinstance(v, int) and not small else 0) for k, v in g["t3"].items()}
    rng = random.Random(seed)
    res_keys = RESULT_KEYS21 if template == "GF2021" else RESULT_KEYS19
    cells = {}
    for key in res_keys + ["carry_in", "carry_out"]:
        for c in COLS[:-1]:
            if key == "r6" and f"r6.{c}" not in src:
                cells[f"{key}.{c}"] = sum(src.get(f"r6_{i}.{c}", 0) for i in (1, 2, 3))
            elif key == "r6_3" and f"r6_3.{c}" not in src:
                cells[f"{key}.{c}"] = src.get(f"r6.{c}", 0)
            elif key.startswith("r6_") and f"{key}.{c}" not in src:
                cells[f"{key}.{c}"] = 0
            else:
                cells[f"{key}.{c}"] = src.get(f"{key}.{c}", 0)
    # add a few applications to result rows (the variation)
    for _ in range(rng.randint(3, 5)):
        key = rng.choice(["r1", "r1", "r2", "r4_1", "r5_1", "r3_3", "r4_2", "r5_2"])
        c = rng.choice(["np", "np", "np", "biz", "oth"])
        cells[f"{key}.{c}"] += rng.randint(1, 6)
    for k, d in (boost or {}).items():  # a large agency's volume (thousands)
        cells[k] += d
    out = {}
    for key, _, _ in rows(template):
        if key in ("new", "r7"):
            continue
        for c in COLS[:-1]:
            out[f"{key}.{c}"] = cells[f"{key}.{c}"]
    for c in COLS[:-1]:
        out[f"r7.{c}"] = sum(out[f"{k}.{c}"] for k in res_keys)
        out[f"new.{c}"] = out[f"r7.{c}"] + out[f"carry_out.{c}"] - out[f"carry_in.{c}"]
        assert out[f"new.{c}"] >= 0
    for key, _, _ in rows(template):
        out[f"{key}.tot"] = sum(out[f"{key}.{c}"] for c in COLS[:-1])
    if defect:
        for k, d in defect.items():
            out[k] += d
    return {f"{key}.{c}": out[f"{key}.{c}"] for key, _, _ in rows(template) for c in COLS}


def t4_values(source: str, seed: str, defect=None, small=False) -> dict:
    """Table 四 of a corpus report plus a few cases; `small`: every source cell 0, then only those few."""
    g = load_source(source)
    src = {k: (v if isinstance(v, int) and not small else 0) for k, v in g["t4"].items()}
    rng = random.Random(seed + "t4")
    for _ in range(2):
        kind = rng.choice(["rv", "rv", "ld", "lr"])
        part = rng.choice(["keep", "keep", "fix", "other", "pend"])
        src[f"{kind}.{part}"] += rng.randint(1, 3)
    out = {}
    for k, _ in T4_KINDS:
        for p, _ in T4_PARTS[:-1]:
            out[f"{k}.{p}"] = src[f"{k}.{p}"]
        out[f"{k}.tot"] = sum(out[f"{k}.{p}"] for p, _ in T4_PARTS[:-1])
    if defect:
        for k, d in defect.items():
            out[k] += d
    return {k: out[k] for k in T4_KEYS}


def t2_values(template: str, seed: str, scale: int = 1) -> dict:
    """Invented table 二 values for the layout (plausible for the level)."""
    rng = random.Random(seed + "t2")
    if template == "GF2021":
        v = {
            "reg.made": 0, "reg.repealed": 0, "reg.valid": 0,
            "norm.made": rng.randint(0, 9), "norm.repealed": rng.randint(0, 6),
            "norm.valid": rng.randint(12, 90),
            "license.decisions": rng.randint(20, 900) * scale, "penalty.decisions": rng.randint(0, 300),
            "coercion.decisions": rng.randint(0, 40),
            "fee.amount_wan": round(rng.randint(0, 900000) / 100, 2),
        }
        return {k: v[k] for k in T2_KEYS21}
    v = {"reg.new_made": 0, "reg.new_public": 0, "reg.total_public": 0}
    n = rng.randint(1, 8)
    v.update({"norm.new_made": n, "norm.new_public": n, "norm.total_public": rng.randint(15, 80)})
    for k in ("license", "other_service", "penalty", "coercion"):
        v[f"{k}.prev_items"] = rng.randint(2, 60)
        v[f"{k}.delta"] = rng.randint(-4, 5)
        v[f"{k}.decisions"] = rng.randint(0, 700) * scale
    v["fee.prev_items"] = rng.randint(0, 6)
    v["fee.delta"] = rng.randint(-2, 1) if v["fee.prev_items"] > 2 else 0
    v["procurement.items"] = rng.randint(3, 40)
    v["procurement.amount"] = round(rng.randint(10000, 900000) / 100, 2)
    return {k: v[k] for k in T2_KEYS19}


def findings(template: str, t3: dict, t4: dict) -> list[dict]:
    """H1/H2/H3/H5/H6 recomputed from the printed numbers (null cells make no finding)."""
    out = []
    res = RESULT_KEYS21 if template == "GF2021" else RESULT_KEYS19
    if t3:
        for c in COLS:
            vals = [t3.get(f"{k}.{c}") for k in ("new", "carry_in", "r7", "carry_out")]
            if None not in vals and vals[0] + vals[1] != vals[2] + vals[3]:
                out.append({"check": "H1", "where": f"t3 column {c}", "kind": "report_defect",
                            "note": f"新收+结转 {vals[0]}+{vals[1]} ≠ 总计+结转下年 {vals[2]}+{vals[3]}"})
        for key, _, _ in rows(template):
            vals = [t3.get(f"{key}.{c}") for c in COLS]
            if None not in vals and sum(vals[:-1]) != vals[-1]:
                out.append({"check": "H2", "where": f"t3.{key}", "kind": "report_defect",
                            "note": f"row {key}: the six applicant columns add up to {sum(vals[:-1])}, 总计 is printed {vals[-1]}"})
        for c in COLS:
            vals = [t3.get(f"{k}.{c}") for k in res]
            r7 = t3.get(f"r7.{c}")
            if None not in vals and r7 is not None and sum(vals) != r7:
                out.append({"check": "H3", "where": f"t3 column {c}", "kind": "report_defect",
                            "note": f"sum of result rows vs r7: {c} {sum(vals)} ≠ {r7}"})
    if t4:
        for k, _ in T4_KINDS:
            vals = [t4.get(f"{k}.{p}") for p, _ in T4_PARTS]
            if None not in vals and sum(vals[:-1]) != vals[-1]:
                out.append({"check": "H5", "where": f"t4.{k}", "kind": "report_defect",
                            "note": f"{k}: parts add up to {sum(vals[:-1])}, 总计 is printed {vals[-1]}"})
        for key, v in t4.items():  # H6 (format.md §7.1): every t3/t4 cell is a count ≥ 0
            if v is not None and v < 0:
                out.append({"check": "H6", "where": f"t4.{key}", "kind": "report_defect",
                            "note": f"{key} is printed {v}, not a count"})
    for key, v in (t3 or {}).items():
        if v is not None and v < 0:
            out.append({"check": "H6", "where": f"t3.{key}", "kind": "report_defect",
                        "note": f"{key} is printed {v}, not a count"})
    order = {"H1": 0, "H2": 1, "H3": 2, "H5": 3, "H6": 4}
    return sorted(out, key=lambda f: (order[f["check"]], f["where"]))
