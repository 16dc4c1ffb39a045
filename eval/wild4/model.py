"""Values and table grids of eval/wild4 (data only; imports nothing of the project).

Tables 三 and 四 come from eval/corpus/gold and are varied consistently (a few applications added to
result rows, totals recomputed so H1-H3 hold; two parts of table 四 varied, 总计 recomputed so H5 holds).
A grid is a list of rows; a row a list of cells (text, colspan, rowspan, key): `key` names the gold cell a
value cell prints, `text` is the label of a label cell.
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS_GOLD = ROOT / "eval" / "corpus" / "gold"

COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
APPL = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
R3 = [
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
]
R4 = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
R5 = [
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
]
R6 = [
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
]
GROUPS = {
    "r3": ("（三）不予公开", R3),
    "r4": ("（四）无法提供", R4),
    "r5": ("（五）不予处理", R5),
    "r6": ("（六）其他处理", R6),
}
SINGLE = {
    "new": "一、本年新收政府信息公开申请数量",
    "carry_in": "二、上年结转政府信息公开申请数量",
    "r1": "（一）予以公开",
    "r2": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "r6": "（六）其他处理",
    "r7": "（七）总计",
    "carry_out": "四、结转下年度继续办理",
}
RESULT = "三、本年度办理结果"


def t3_rows(template: str) -> list[tuple[str, str, str | None]]:
    """(row key, label, group heading or None) in printed order."""
    out: list[tuple[str, str, str | None]] = [("new", SINGLE["new"], None), ("carry_in", SINGLE["carry_in"], None)]
    out += [("r1", SINGLE["r1"], None), ("r2", SINGLE["r2"], None)]
    for g in ("r3", "r4", "r5", "r6"):
        head, items = GROUPS[g]
        if g == "r6" and template == "GF2019":
            out.append(("r6", SINGLE["r6"], None))
            continue
        out += [(f"{g}_{i + 1}", lab, head) for i, lab in enumerate(items)]
    out += [("r7", SINGLE["r7"], None), ("carry_out", SINGLE["carry_out"], None)]
    return out


def t3_keys(template: str) -> list[str]:
    return [f"{r}.{c}" for r, _, _ in t3_rows(template) for c in COLS]


T4_PARTS = ["keep", "fix", "other", "pend", "tot"]
T4_NAMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
T4_KINDS = [("rv", "行政复议"), ("ld", "未经复议直接起诉"), ("lr", "复议后起诉")]
T4_KEYS = [f"{k}.{p}" for k, _ in T4_KINDS for p in T4_PARTS]

T2_KEYS = {
    "GF2021": [
        "reg.made",
        "reg.repealed",
        "reg.valid",
        "norm.made",
        "norm.repealed",
        "norm.valid",
        "license.decisions",
        "penalty.decisions",
        "coercion.decisions",
        "fee.amount_wan",
    ],
    "GF2019": [
        "reg.new_made",
        "reg.new_public",
        "reg.total_public",
        "norm.new_made",
        "norm.new_public",
        "norm.total_public",
        "license.prev_items",
        "license.delta",
        "license.decisions",
        "other_service.prev_items",
        "other_service.delta",
        "other_service.decisions",
        "penalty.prev_items",
        "penalty.delta",
        "penalty.decisions",
        "coercion.prev_items",
        "coercion.delta",
        "coercion.decisions",
        "fee.prev_items",
        "fee.delta",
        "procurement.items",
        "procurement.amount",
    ],
}


@dataclass
class C:
    """One grid cell: label text or a gold key, with its spans."""

    text: str = ""
    cs: int = 1
    rs: int = 1
    key: str | None = None
    head: bool = False


def load_source(name: str) -> dict:
    return json.loads((CORPUS_GOLD / f"{name}.json").read_text(encoding="utf-8"))


def rng_for(rid: str) -> random.Random:
    return random.Random(zlib.crc32(rid.encode("utf-8")))


def recompute_t3(t3: dict[str, int], template: str) -> None:
    """Row totals, （七）总计 as the sum of result rows, 本年新收 so that H1 holds."""
    rows = [r for r, _, _ in t3_rows(template)]
    results = [r for r in rows if r not in ("new", "carry_in", "r7", "carry_out")]
    for c in COLS[:-1]:
        t3[f"r7.{c}"] = sum(t3[f"{r}.{c}"] for r in results)
        t3[f"new.{c}"] = t3[f"r7.{c}"] + t3[f"carry_out.{c}"] - t3[f"carry_in.{c}"]
        assert t3[f"new.{c}"] >= 0, (c, t3)
    for r in rows:
        t3[f"{r}.tot"] = sum(t3[f"{r}.{c}"] for c in COLS[:-1])


def make_values(rid: str, source: str, template: str, adds: int = 3, big: int = 0) -> tuple[dict, dict]:
    """Tables 三/四 of a corpus report, varied: `adds` applications spread over result rows
    (plus `big` extra on 本机关不掌握 自然人, for files that print thousands)."""
    g = load_source(source)
    src = {k: (v or 0) for k, v in g["t3"].items()}
    if "r6.np" in src and "r6_1.np" not in src:  # hongze-style single （六）
        for c in COLS:
            src[f"r6_3.{c}"] = src.pop(f"r6.{c}")
            src[f"r6_1.{c}"] = 0
            src[f"r6_2.{c}"] = 0
    if template == "GF2019" and "r6_1.np" in src:
        for c in COLS:
            src[f"r6.{c}"] = sum(src.pop(f"r6_{i}.{c}") for i in (1, 2, 3))
    t3 = {k: int(src.get(k, 0)) for k in t3_keys(template)}
    rnd = rng_for(rid)
    results = [r for r, _, _ in t3_rows(template) if r not in ("new", "carry_in", "r7", "carry_out")]
    for _ in range(adds):
        r = rnd.choice(["r1", "r1", "r2", "r4_1", "r5_2", results[rnd.randrange(len(results))]])
        c = rnd.choice(["np", "np", "np", "biz", "oth"])
        t3[f"{r}.{c}"] += rnd.randint(1, 4)
    t3["r4_1.np"] += big
    recompute_t3(t3, template)
    t4 = {k: int(g["t4"].get(k) or 0) for k in T4_KEYS}
    for _ in range(2):
        k = rnd.choice(["rv", "rv", "ld", "lr"])
        p = rnd.choice(["keep", "keep", "fix", "pend", "other"])
        t4[f"{k}.{p}"] += rnd.randint(1, 3)
    for k, _ in T4_KINDS:
        t4[f"{k}.tot"] = sum(t4[f"{k}.{p}"] for p in T4_PARTS[:-1])
    return t3, t4


# ----------------------------------------------------------------------------------------------- grids


def grid_t3(
    template: str, label_cols: int = 3, note_corner: bool = True, cols: list[str] | None = None, header: list | None = None
) -> list[list[C]]:
    """Table 三 in the template arrangement: 3 header rows, label area `label_cols` wide (3: 三、本年度办理结果 /
    group / item; 1: one label column with group headings as rows of their own)."""
    lc = label_cols
    cols = cols or COLS
    rows: list[list[C]] = []
    corner = NOTE if note_corner else ""
    if header is None:
        rows.append([C(corner, cs=lc, rs=3, head=True), C("申请人情况", cs=7, head=True)])
        rows.append(
            [C("自然人", rs=2, head=True), C("法人或其他组织", cs=5, head=True), C("总计", rs=2, head=True)]
        )
        rows.append([C(t, head=True) for t in APPL[1:6]])
    else:
        rows += header
    spec = t3_rows(template)
    n_result = sum(1 for r, _, _ in spec if r not in ("new", "carry_in", "carry_out"))
    seen: set[str] = set()
    for r, lab, grp in spec:
        vals = [C(key=f"t3.{r}.{c}") for c in cols]
        if lc == 1:
            if r == "r1":
                rows.append([C(RESULT)] + [C("") for _ in cols])
            if grp and grp not in seen:
                seen.add(grp)
                rows.append([C(grp)] + [C("") for _ in cols])
            rows.append([C(lab)] + vals)
            continue
        row: list[C] = []
        if r in ("new", "carry_in", "carry_out"):
            row.append(C(lab, cs=lc))
        else:
            if r == "r1" and lc == 3:
                row.append(C(RESULT, rs=n_result))
            if r == "r1" and lc == 2:
                rows.append([C(RESULT, cs=2)] + [C("") for _ in cols])
            if grp:
                if grp not in seen:
                    seen.add(grp)
                    n = sum(1 for _, _, g2 in spec if g2 == grp)
                    row.append(C(grp, rs=n))
                row.append(C(lab))
            else:
                row.append(C(lab, cs=2 if lc == 3 else lc))
        rows.append(row + vals)
    return rows


def grid_t4(corner: str | None = None) -> list[list[C]]:
    rows = [[C("行政复议", cs=5, head=True), C("行政诉讼", cs=10, head=True)]]
    rows.append([C(n, rs=2, head=True) for n in T4_NAMES] + [C(T4_KINDS[1][1], cs=5, head=True), C(T4_KINDS[2][1], cs=5, head=True)])
    rows.append([C(n, head=True) for n in T4_NAMES * 2])
    rows.append([C(key=f"t4.{k}") for k in T4_KEYS])
    return rows


def grid_t2(template: str) -> list[list[C]]:
    """Table 二 in the template arrangement, 4 columns."""
    if template == "GF2021":
        return [
            [C("第二十条第（一）项", cs=4, head=True)],
            [C("信息内容", head=True), C("本年制发件数", head=True), C("本年废止件数", head=True), C("现行有效件数", head=True)],
            [C("规章"), C(key="t2.reg.made"), C(key="t2.reg.repealed"), C(key="t2.reg.valid")],
            [C("行政规范性文件"), C(key="t2.norm.made"), C(key="t2.norm.repealed"), C(key="t2.norm.valid")],
            [C("第二十条第（五）项", cs=4, head=True)],
            [C("信息内容", head=True), C("本年处理决定数量", cs=3, head=True)],
            [C("行政许可"), C(key="t2.license.decisions", cs=3)],
            [C("第二十条第（六）项", cs=4, head=True)],
            [C("信息内容", head=True), C("本年处理决定数量", cs=3, head=True)],
            [C("行政处罚"), C(key="t2.penalty.decisions", cs=3)],
            [C("行政强制"), C(key="t2.coercion.decisions", cs=3)],
            [C("第二十条第（八）项", cs=4, head=True)],
            [C("信息内容", head=True), C("本年收费金额（单位：万元）", cs=3, head=True)],
            [C("行政事业性收费"), C(key="t2.fee.amount_wan", cs=3)],
        ]
    return [
        [C("第二十条第（一）项", cs=4, head=True)],
        [C("信息内容", head=True), C("本年新制作数量", head=True), C("本年新公开数量", head=True), C("对外公开总数量", head=True)],
        [C("规章"), C(key="t2.reg.new_made"), C(key="t2.reg.new_public"), C(key="t2.reg.total_public")],
        [C("规范性文件"), C(key="t2.norm.new_made"), C(key="t2.norm.new_public"), C(key="t2.norm.total_public")],
        [C("第二十条第（五）项", cs=4, head=True)],
        [C("信息内容", head=True), C("上一年项目数量", head=True), C("本年增/减", head=True), C("处理决定数量", head=True)],
        [C("行政许可"), C(key="t2.license.prev_items"), C(key="t2.license.delta"), C(key="t2.license.decisions")],
        [
            C("其他对外管理服务事项"),
            C(key="t2.other_service.prev_items"),
            C(key="t2.other_service.delta"),
            C(key="t2.other_service.decisions"),
        ],
        [C("第二十条第（六）项", cs=4, head=True)],
        [C("信息内容", head=True), C("上一年项目数量", head=True), C("本年增/减", head=True), C("处理决定数量", head=True)],
        [C("行政处罚"), C(key="t2.penalty.prev_items"), C(key="t2.penalty.delta"), C(key="t2.penalty.decisions")],
        [C("行政强制"), C(key="t2.coercion.prev_items"), C(key="t2.coercion.delta"), C(key="t2.coercion.decisions")],
        [C("第二十条第（八）项", cs=4, head=True)],
        [C("信息内容", head=True), C("上一年项目数量", head=True), C("本年增/减", cs=2, head=True)],
        [C("行政事业性收费"), C(key="t2.fee.prev_items"), C(key="t2.fee.delta", cs=2)],
        [C("第二十条第（九）项", cs=4, head=True)],
        [C("信息内容", head=True), C("采购项目数量", head=True), C("采购总金额（万元）", cs=2, head=True)],
        [C("政府集中采购"), C(key="t2.procurement.items"), C(key="t2.procurement.amount", cs=2)],
    ]


def place(grid: list[list[C]]) -> tuple[list[tuple[int, int, C]], int]:
    """Each cell with its (row, column) start, HTML-style placement; and the column count."""
    occ: set[tuple[int, int]] = set()
    out: list[tuple[int, int, C]] = []
    width = 0
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in occ:
                c += 1
            out.append((r, c, cell))
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    occ.add((r + dr, c + dc))
            c += cell.cs
            width = max(width, c)
    return out, width
