"""Table model of the 'wild' evaluation set: the official tables as grids of cells, the values they hold,
consistent variations of real values, and the gold reading of printed cell text.

Independent of the project's extractor and test generator on purpose: this set measures them."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS_GOLD = HERE.parent / "corpus" / "gold"

A = ["np", "biz", "sci", "npo", "law", "oth"]
COLS = A + ["tot"]
COL_LABELS = {
    "np": "自然人",
    "biz": "商业企业",
    "sci": "科研机构",
    "npo": "社会公益组织",
    "law": "法律服务机构",
    "oth": "其他",
    "tot": "总计",
}
H1_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

# (key, group label or None, leaf label); new/carry_in/r7/carry_out have no group.
_R3 = [
    ("r3_1", "1.属于国家秘密"),
    ("r3_2", "2.其他法律行政法规禁止公开"),
    ("r3_3", "3.危及“三安全一稳定”"),
    ("r3_4", "4.保护第三方合法权益"),
    ("r3_5", "5.属于三类内部事务信息"),
    ("r3_6", "6.属于四类过程性信息"),
    ("r3_7", "7.属于行政执法案卷"),
    ("r3_8", "8.属于行政查询事项"),
]
_R4 = [
    ("r4_1", "1.本机关不掌握相关政府信息"),
    ("r4_2", "2.没有现成信息需要另行制作"),
    ("r4_3", "3.补正后申请内容仍不明确"),
]
_R5 = [
    ("r5_1", "1.信访举报投诉类申请"),
    ("r5_2", "2.重复申请"),
    ("r5_3", "3.要求提供公开出版物"),
    ("r5_4", "4.无正当理由大量反复申请"),
    ("r5_5", "5.要求行政机关确认或重新出具已获取信息"),
]
_R6 = [
    ("r6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("r6_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("r6_3", "3.其他"),
]
G3, G4, G5, G6 = "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"
R2_LABEL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"


def t3_rows(template: str) -> list[tuple[str, str | None, str]]:
    rows: list[tuple[str, str | None, str]] = [
        ("new", None, "一、本年新收政府信息公开申请数量"),
        ("carry_in", None, "二、上年结转政府信息公开申请数量"),
        ("r1", None, "（一）予以公开"),
        ("r2", None, R2_LABEL),
    ]
    rows += [(k, G3, lab) for k, lab in _R3] + [(k, G4, lab) for k, lab in _R4] + [(k, G5, lab) for k, lab in _R5]
    rows += [(k, G6, lab) for k, lab in _R6] if template == "GF2021" else [("r6", None, G6)]
    rows += [("r7", None, "（七）总计"), ("carry_out", None, "四、结转下年度继续办理")]
    return rows


def result_rows(template: str) -> list[str]:
    return [k for k, _, _ in t3_rows(template) if k.startswith("r") and k != "r7"]


T4_GROUPS = ["rv", "ld", "lr"]
T4_PARTS = ["keep", "fix", "other", "pend", "tot"]
T4_LABELS = {"keep": "结果维持", "fix": "结果纠正", "other": "其他结果", "pend": "尚未审结", "tot": "总计"}
T4_KEYS = [f"{g}.{p}" for g in T4_GROUPS for p in T4_PARTS]

T2_KEYS_2021 = [
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
]
T2_KEYS_2019 = (
    ["reg.new_made", "reg.new_public", "reg.total_public", "norm.new_made", "norm.new_public", "norm.total_public"]
    + [
        f"{r}.{c}"
        for r in ("license", "other_service", "penalty", "coercion")
        for c in ("prev_items", "delta", "decisions")
    ]
    + ["fee.prev_items", "fee.delta", "procurement.items", "procurement.amount"]
)


def t3_keys(template: str) -> list[str]:
    return [f"{k}.{c}" for k, _, _ in t3_rows(template) for c in COLS]


# ---------------------------------------------------------------- printed text → gold value

PLACEHOLDERS = {"", "/", "／", "—", "——", "-", "--", "－", "无", "不适用"}
_FW = str.maketrans("０１２３４５６７８９．＋－", "0123456789.+-")


def read_cell(raw: str):
    """Gold value of a printed cell: a number, or None for a blank/placeholder (raw kept by the caller)."""
    s = raw.strip()
    if s in PLACEHOLDERS:
        return None
    s = s.translate(_FW).replace(" ", "").replace(",", "")
    s = re.sub(r"(万元|元)$", "", s)
    if not re.fullmatch(r"[+-]?\d+(\.\d+)?", s):
        raise ValueError(f"unreadable cell {raw!r}")
    return float(s) if "." in s else int(s)


# ---------------------------------------------------------------- real values, consistent variation


def base(report_id: str) -> dict:
    """t2/t3/t4 values of a corpus gold report, blanks read as 0 and missing totals filled in (the
    variations below keep every identity true unless a defect is injected on purpose)."""
    g = json.loads((CORPUS_GOLD / f"{report_id}.json").read_text(encoding="utf-8"))
    t3 = {k: (v or 0) for k, v in g["t3"].items()}
    rows = sorted({k.split(".")[0] for k in t3})
    for r in rows:
        t3[f"{r}.tot"] = sum(t3[f"{r}.{c}"] for c in A)
    t4 = {k: (v or 0) for k, v in g["t4"].items()}
    for grp in T4_GROUPS:
        t4[f"{grp}.tot"] = sum(t4[f"{grp}.{p}"] for p in T4_PARTS[:4])
    return {
        "template": "GF2021" if "r6_1.np" in t3 else "GF2019",
        "t3": t3,
        "t4": t4,
        "t2": {k: v for k, v in g["t2"].items()},
    }


def regroup_t3(t3: dict, to_template: str) -> dict:
    """Carry a table 三 between GF2019 (one （六） row) and GF2021 (three （六） rows)."""
    out = dict(t3)
    if to_template == "GF2021" and "r6.np" in t3:
        for c in COLS:
            out[f"r6_1.{c}"] = out.pop(f"r6.{c}")
            out[f"r6_2.{c}"] = 0
            out[f"r6_3.{c}"] = 0
    if to_template == "GF2019" and "r6_1.np" in t3:
        for c in COLS:
            out[f"r6.{c}"] = sum(out.pop(f"r6_{i}.{c}") for i in (1, 2, 3))
    return out


def vary_t3(
    t3: dict, template: str, rng: random.Random, steps: int, max_d: int = 4, cols_w: tuple = (8, 3, 1, 1, 1, 1)
) -> dict:
    """Add applications to result rows (and to 本年新收 / 结转下年度), keeping H1–H3 true."""
    t = dict(t3)
    rows = result_rows(template)
    for _ in range(steps):
        c = rng.choices(A, weights=cols_w)[0]
        d = rng.randint(1, max_d)
        r = rng.choice(rows + ["carry_out"])
        for key in (f"{r}.{c}", f"{r}.tot", f"new.{c}", "new.tot"):
            t[key] += d
        if r != "carry_out":
            t[f"r7.{c}"] += d
            t["r7.tot"] += d
    return t


def vary_t4(t4: dict, rng: random.Random, steps: int) -> dict:
    t = dict(t4)
    for _ in range(steps):
        g = rng.choice(T4_GROUPS)
        p = rng.choices(T4_PARTS[:4], weights=(6, 1, 2, 2))[0]
        t[f"{g}.{p}"] += 1
        t[f"{g}.tot"] += 1
    return t


# ---------------------------------------------------------------- identities (blank read as 0)


def findings(template: str, t3: dict, t4: dict, placeholders: dict) -> list[dict]:
    """Every H1/H2/H3/H5 identity the printed numbers break. A break that involves a blank or placeholder
    cell is kind blank_cells (informational); otherwise report_defect. An identity that reads a glued
    cell with no unique split is not checked (its value is unknown, not blank)."""
    out = []
    unknown = {k for k, raw in placeholders.items() if raw.startswith("glued")}
    placeholders = {k: raw for k, raw in placeholders.items() if k not in unknown}

    def v(tab, key):
        return tab.get(key) or 0

    def blank(prefix, keys):
        return any(f"{prefix}.{k}" in placeholders for k in keys)

    if t3:
        rows = [k for k, _, _ in t3_rows(template)]
        res = result_rows(template)
        bad_h1, bad_h3 = [], []
        for c in COLS:
            if any(f"t3.{r}.{c}" in unknown for r in ["new", "carry_in", "r7", "carry_out"] + res):
                continue
            lhs, rhs = v(t3, f"new.{c}") + v(t3, f"carry_in.{c}"), v(t3, f"r7.{c}") + v(t3, f"carry_out.{c}")
            if lhs != rhs:
                bad_h1.append((c, lhs, rhs, blank("t3", [f"{r}.{c}" for r in ("new", "carry_in", "r7", "carry_out")])))
            s = sum(v(t3, f"{r}.{c}") for r in res)
            if s != v(t3, f"r7.{c}"):
                bad_h3.append((c, s, v(t3, f"r7.{c}"), blank("t3", [f"{r}.{c}" for r in res + ["r7"]])))
        for name, bad, what in (
            ("H1", bad_h1, "new+carry_in vs r7+carry_out"),
            ("H3", bad_h3, "sum of result rows vs r7"),
        ):
            if bad:
                cols = [b[0] for b in bad]
                kind = "blank_cells" if all(b[3] for b in bad) else "report_defect"
                out.append(
                    {
                        "check": name,
                        "where": f"t3 column {', '.join(cols)}",
                        "kind": kind,
                        "note": f"{what}: " + "; ".join(f"{b[0]} {b[1]} ≠ {b[2]}" for b in bad),
                    }
                )
        for r in rows:
            if any(f"t3.{r}.{c}" in unknown for c in COLS):
                continue
            s = sum(v(t3, f"{r}.{c}") for c in A)
            if s != v(t3, f"{r}.tot"):
                kind = "blank_cells" if blank("t3", [f"{r}.{c}" for c in COLS]) else "report_defect"
                out.append(
                    {
                        "check": "H2",
                        "where": f"t3.{r}",
                        "kind": kind,
                        "note": f"row {r}: the six applicant columns add up to {s}, 总计 is printed "
                        f"{t3.get(f'{r}.tot')!r}",
                    }
                )
    for g in T4_GROUPS:
        if not t4:
            break
        if any(f"t4.{g}.{p}" in unknown for p in T4_PARTS):
            continue
        s = sum(v(t4, f"{g}.{p}") for p in T4_PARTS[:4])
        if s != v(t4, f"{g}.tot"):
            kind = "blank_cells" if blank("t4", [f"{g}.{p}" for p in T4_PARTS]) else "report_defect"
            out.append(
                {
                    "check": "H5",
                    "where": f"t4.{g}",
                    "kind": kind,
                    "note": f"{g}.tot is printed {t4.get(f'{g}.tot')!r} while its parts add up to {s}",
                }
            )
    return out


# ---------------------------------------------------------------- glued rows: is the split unique?

_NUM = r"(?:0|[1-9]\d*)"
_SIGNED = r"(?:[+-]?(?:0|[1-9]\d*))"


def splits(s: str, patterns: list[str]):
    """All ways to cut s into len(patterns) tokens, token i matching patterns[i]."""
    if not patterns:
        if s == "":
            yield []
        return
    pat = re.compile(patterns[0])
    for i in range(1, len(s) + 1):
        if pat.fullmatch(s[:i]):
            for rest in splits(s[i:], patterns[1:]):
                yield [s[:i]] + rest


def unique_split(s: str, patterns: list[str], ok=lambda toks: True) -> bool:
    n = 0
    for toks in splits(s, patterns):
        if ok(toks):
            n += 1
            if n > 1:
                return False
    return n == 1


def t3_row_ok(toks):
    v = [int(t) for t in toks]
    return sum(v[:6]) == v[6]


def t4_ok(toks):
    v = [int(t) for t in toks]
    return all(sum(v[i : i + 4]) == v[i + 4] for i in (0, 5, 10))


@dataclass
class Cell:
    """One printed cell of a grid: text, spans, kind (h header, l label, v value, e empty filler) and
    the gold key it carries (values only)."""

    text: str
    rs: int = 1
    cs: int = 1
    kind: str = "v"
    key: str | None = None
    extra: dict = field(default_factory=dict)


def positions(grid: list[list[Cell]]):
    """(row, col, cell) of every printed cell, columns counted on the rectangle the spans cover."""
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(grid):
        col = 0
        for c in row:
            while (r, col) in taken:
                col += 1
            yield r, col, c
            for dr in range(c.rs):
                for dc in range(c.cs):
                    taken.add((r + dr, col + dc))
            col += c.cs


def expand(grid: list[list[Cell]], fill: str = "empty") -> list[list[str]]:
    """Grid with spans laid out on a rectangle: covered positions get '' (fill=empty) or the spanning
    cell's text (fill=repeat), as different converters do."""
    cells = list(positions(grid))
    height = max(r + c.rs for r, _, c in cells)
    width = max(col + c.cs for _, col, c in cells)
    out = [[""] * width for _ in range(height)]
    for r, col, c in cells:
        for dr in range(c.rs):
            for dc in range(c.cs):
                out[r + dr][col + dc] = c.text if (dr == dc == 0 or fill == "repeat") else ""
    return out
