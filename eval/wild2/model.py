"""Template labels, cell keys and consistent value sets for the wild2 set.

Imports nothing of the project: the labels are the published GF2021 / GF2019 template wording,
the values come from eval/corpus/gold (read as data) and are varied so that H1-H3 and H5 hold.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS_GOLD = ROOT.parent / "corpus" / "gold"

COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
APPLICANT = COLS[:6]

# (key, group label or None, row label); group labels are the （三）…（六） headings.
T3_ROWS_2021 = [
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
    ("r6_1", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("r6_2", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("r6_3", "（六）其他处理", "3.其他"),
    ("r7", None, "（七）总计"),
    ("carry_out", None, "四、结转下年度继续办理"),
]
T3_ROWS_2019 = [r for r in T3_ROWS_2021 if not r[0].startswith("r6_")]
T3_ROWS_2019.insert(len(T3_ROWS_2019) - 2, ("r6", None, "（六）其他处理"))
RESULT_HEAD = "三、本年度办理结果"
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANT_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

T4_GROUPS = [("rv", "行政复议"), ("ld", "未经复议直接起诉"), ("lr", "复议后起诉")]
T4_PARTS = [("keep", "结果维持"), ("fix", "结果纠正"), ("other", "其他结果"), ("pend", "尚未审结"), ("tot", "总计")]
T4_KEYS = [f"{g}.{p}" for g, _ in T4_GROUPS for p, _ in T4_PARTS]

# Table 二: (section, header cells, [(row label, [keys])])
T2_2021 = [
    ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", ["reg.made", "reg.repealed", "reg.valid"]),
      ("行政规范性文件", ["norm.made", "norm.repealed", "norm.valid"])]),
    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", ["license.decisions"])]),
    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
     [("行政处罚", ["penalty.decisions"]), ("行政强制", ["coercion.decisions"])]),
    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", ["fee.amount_wan"])]),
]
T2_2019 = [
    ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", ["reg.new_made", "reg.new_public", "reg.total_public"]),
      ("规范性文件", ["norm.new_made", "norm.new_public", "norm.total_public"])]),
    ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", ["license.prev_items", "license.delta", "license.decisions"]),
      ("其他对外管理服务事项", ["other_service.prev_items", "other_service.delta", "other_service.decisions"])]),
    ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", ["penalty.prev_items", "penalty.delta", "penalty.decisions"]),
      ("行政强制", ["coercion.prev_items", "coercion.delta", "coercion.decisions"])]),
    ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
     [("行政事业性收费", ["fee.prev_items", "fee.delta"])]),
    ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
     [("政府集中采购", ["procurement.items", "procurement.amount"])]),
]


def t3_rows(template: str):
    return T3_ROWS_2021 if template == "GF2021" else T3_ROWS_2019


def t3_keys(template: str) -> list[str]:
    return [f"{k}.{c}" for k, _, _ in t3_rows(template) for c in COLS]


def t2_keys(template: str) -> list[str]:
    spec = T2_2021 if template == "GF2021" else T2_2019
    return [k for _, _, rows in spec for _, keys in rows for k in keys]


def load_source(name: str) -> dict:
    return json.loads((CORPUS_GOLD / f"{name}.json").read_text(encoding="utf-8"))


def make_t3(source: str, template: str, seed: int) -> dict[str, int]:
    """Vary a corpus table 三 consistently: result rows and carry cells from the source (None -> 0),
    a few applications added to result rows; totals, （七）总计 and 本年新收 recomputed so H1-H3 hold."""
    rng = random.Random(seed)
    src = load_source(source)["t3"]
    rows = [k for k, _, _ in T3_ROWS_2021]
    v: dict[str, dict[str, int]] = {}
    for r in rows:
        v[r] = {c: int(src.get(f"{r}.{c}") or 0) for c in APPLICANT}
    if "r6.np" in src:  # a source printed one （六）其他处理 row: its values go to 3.其他
        v["r6_3"] = {c: int(src.get(f"r6.{c}") or 0) for c in APPLICANT}
    results = [r for r in rows if r.startswith("r") and r != "r7"]
    for _ in range(rng.randint(3, 6)):  # add applications to result rows
        r = rng.choice(results[:4] + results[12:15] + results[15:17] + ["r1", "r1", "r2"])
        c = rng.choice(["np", "np", "np", "biz", "biz", "npo", "law", "oth"])
        v[r][c] += rng.randint(1, 4)
    if rng.random() < 0.5:
        v["carry_in"]["np"] += rng.randint(0, 2)
    if template == "GF2019":
        v["r6"] = {c: v["r6_1"][c] + v["r6_2"][c] + v["r6_3"][c] for c in APPLICANT}
        results = [r for r, _, _ in T3_ROWS_2019 if r.startswith("r") and r != "r7"]
    for c in APPLICANT:
        v["r7"][c] = sum(v[r][c] for r in results)
        new = v["r7"][c] + v["carry_out"][c] - v["carry_in"][c]
        if new < 0:
            v["carry_in"][c] += new  # keep the identity with non-negative cells
            new = 0
        v["new"][c] = new
    out = {}
    for r, _, _ in t3_rows(template):
        for c in APPLICANT:
            out[f"{r}.{c}"] = v[r][c]
        out[f"{r}.tot"] = sum(v[r][c] for c in APPLICANT)
    return out


def make_t4(source: str, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    src = load_source(source)["t4"]
    out = {}
    for g, _ in T4_GROUPS:
        parts = {p: int(src.get(f"{g}.{p}") or 0) for p, _ in T4_PARTS[:4]}
        if rng.random() < 0.6:
            parts[rng.choice(["keep", "keep", "fix", "pend", "other"])] += rng.randint(1, 3)
        for p in parts:
            out[f"{g}.{p}"] = parts[p]
        out[f"{g}.tot"] = sum(parts.values())
    return out


def make_t2_2021(seed: int, fee: float | int = 0) -> dict:
    rng = random.Random(seed)
    return {
        "reg.made": 0, "reg.repealed": 0, "reg.valid": 0,
        "norm.made": rng.randint(0, 9), "norm.repealed": rng.randint(0, 6), "norm.valid": rng.randint(8, 60),
        "license.decisions": rng.choice([0, rng.randint(10, 900)]),
        "penalty.decisions": rng.choice([0, rng.randint(1, 300)]),
        "coercion.decisions": rng.choice([0, 0, rng.randint(1, 20)]),
        "fee.amount_wan": fee,
    }


def make_t2_2019(seed: int, amount) -> dict:
    rng = random.Random(seed)
    made = rng.randint(1, 12)
    return {
        "reg.new_made": 0, "reg.new_public": 0, "reg.total_public": 0,
        "norm.new_made": made, "norm.new_public": made, "norm.total_public": rng.randint(20, 90),
        "license.prev_items": rng.randint(5, 40), "license.delta": rng.choice([-3, -1, 0, 2, 4]),
        "license.decisions": rng.randint(50, 2000),
        "other_service.prev_items": rng.randint(0, 12), "other_service.delta": 0,
        "other_service.decisions": rng.randint(0, 200),
        "penalty.prev_items": rng.randint(3, 30), "penalty.delta": rng.choice([-2, 0, 1, 5]),
        "penalty.decisions": rng.randint(0, 150),
        "coercion.prev_items": rng.randint(0, 6), "coercion.delta": 0, "coercion.decisions": rng.randint(0, 9),
        "fee.prev_items": rng.randint(0, 4), "fee.delta": rng.choice([-1, 0]),
        "procurement.items": rng.randint(2, 30), "procurement.amount": amount,
    }


def findings(template: str, t3: dict, t4: dict) -> list[dict]:
    """Identities H1/H2/H3/H5 the printed numbers break (None counts as 0: placeholders are only put
    on cells whose value is 0, so a break is always a report defect)."""
    def g(k):
        return t3.get(k) or 0
    out = []
    rows = [r for r, _, _ in t3_rows(template)]
    results = [r for r in rows if r.startswith("r") and r != "r7"]
    if not t3:
        rows = []
    for c in COLS if t3 else []:
        a = g(f"new.{c}") + g(f"carry_in.{c}")
        b = g(f"r7.{c}") + g(f"carry_out.{c}")
        if a != b:
            out.append({"check": "H1", "where": f"t3 column {c}", "kind": "report_defect",
                        "note": f"new+carry_in vs r7+carry_out: {c} {a} ≠ {b}"})
    for c in COLS if t3 else []:
        s = sum(g(f"{r}.{c}") for r in results)
        if s != g(f"r7.{c}"):
            out.append({"check": "H3", "where": f"t3 column {c}", "kind": "report_defect",
                        "note": f"sum of result rows vs r7: {c} {s} ≠ {g(f'r7.{c}')}"})
    for r in rows:
        s = sum(g(f"{r}.{c}") for c in APPLICANT)
        if s != g(f"{r}.tot"):
            out.append({"check": "H2", "where": f"t3.{r}", "kind": "report_defect",
                        "note": f"row {r}: the six applicant columns add up to {s}, 总计 is printed {g(f'{r}.tot')}"})
    for grp, _ in T4_GROUPS if t4 else []:
        s = sum(t4.get(f"{grp}.{p}") or 0 for p, _ in T4_PARTS[:4])
        if s != (t4.get(f"{grp}.tot") or 0):
            out.append({"check": "H5", "where": f"t4.{grp}", "kind": "report_defect",
                        "note": f"{grp}.tot is printed {t4.get(f'{grp}.tot')} while its parts add up to {s}"})
    return out
