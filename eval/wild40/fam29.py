"""Printers of eval/wild29's hunt: CELLS AS PUBLISHERS ACTUALLY TYPE THEM — the tables' grid is ordinary, the content
of some cells is not: a unit typed in the cell (「12件」, 「3 件」, 「0.5万元」); thousands separators (「1,024」,
「1，024」); full-width digits mixed with half-width ones in one table; Chinese numerals in a few cells (「三」, 「十二」,
「〇」); 「—」, 「-」, 「/」, 「无」 and a typed space for nothing next to real 0s; a letter O/o typed for zero and a
lower-case l for one in a typed-over Word table; a footnote mark stuck to a figure (「12①」, 「7*」, 「5注」) with the notes
under the table; a figure split by a kerning space inside its cell (「1 2」, PDF); signed figures in the GF2019 table 二's
增减 column (「-3」, 「+5」, 「－2」, 「减少3」, 「增加2」); a decimal in a count cell (「12.0」); a trailing 「.」 or 「、」.

The printers are wild27's/wild28's (fam17: p_report17, d_report17, h_cms17); only the text of chosen cells changes,
through the s["xform"] hook (key, value, printed text) → typed text. Cells are chosen per report, seeded from its id.
The gold is what a careful reader reads as the cell's value: the figure (a placeholder cell null with its raw text)."""
from __future__ import annotations

import random
import re

import fam17 as N

FW = str.maketrans("0123456789", "０１２３４５６７８９")
CNUM = "〇一二三四五六七八九"


def cn(v: int) -> str:
    """0 … 99 as typed in Chinese numerals (〇, 三, 十, 十二, 二十, 二十三)."""
    if v < 10:
        return CNUM[v]
    a, b = divmod(v, 10)
    return ("" if a == 1 else CNUM[a]) + "十" + ("" if b == 0 else CNUM[b])


def _keys(s, pred, tables=("t3", "t4")) -> list[str]:
    out = []
    for t in tables:
        for k, v in s[t].items():
            key = f"{t}.{k}"
            if key in s["placeholders"] or v is None:
                continue
            if pred(key, v):
                out.append(key)
    return out


def _pick(s, name: str, keys: list[str], n: int) -> list[str]:
    rng = random.Random(s["id"] + name)
    return sorted(rng.sample(keys, min(n, len(keys))), key=keys.index)


def not_last(key: str) -> bool:
    """Not the last column of its row (a cell followed by another figure, not by the next row's label)."""
    return not key.endswith((".tot", ".pend"))


def plan(s) -> dict:
    """{cell key: typed text} for the report's quirks (s["typed"]: a list of quirk names)."""
    out: dict[str, str] = {}
    q = s["typed"]
    t3, t4, t2 = s["t3"], s["t4"], s["t2"]
    ph = s["placeholders"]
    if "placeholders" in q:  # zero cells typed 「—」「-」「/」「无」 or a space; other zeros stay 0
        zeros = _keys(s, lambda k, v: v == 0 and k.startswith(("t3", "t4")))
        marks = ["—", "-", "/", "无", " "]
        chosen = _pick(s, "ph", zeros, 14)
        for i, k in enumerate(chosen):
            ph[k] = marks[i % len(marks)]
        if "t2.reg.made" in t2:
            ph["t2.reg.made"], ph["t2.reg.repealed"] = "—", "—"
    if "unit" in q:  # 「12件」, 「3 件」 in table 三/四; the fee 「x万元」
        ks = _pick(s, "unit", _keys(s, lambda k, v: True), 16)
        for i, k in enumerate(ks):
            out[k] = f"{s[k.split('.')[0]][k.split('.', 1)[1]]}{'件' if i % 2 == 0 else ' 件'}"
        if "fee.amount_wan" in t2:
            out["t2.fee.amount_wan"] = f"{t2['fee.amount_wan']}万元"
        for k in ("license.decisions", "penalty.decisions"):
            if k in t2:
                out[f"t2.{k}"] = f"{t2[k]}件"
    if "thousands" in q:  # ≥ 1000: 「1,024」 or 「1，024」 alternately
        ks = _keys(s, lambda k, v: isinstance(v, int) and v >= 1000, ("t2", "t3", "t4"))
        for i, k in enumerate(ks):
            v = s[k.split(".")[0]][k.split(".", 1)[1]]
            out[k] = f"{v:,}".replace(",", "," if i % 2 == 0 else "，")
        if isinstance(t2.get("fee.amount_wan"), float) and t2["fee.amount_wan"] >= 1000:
            out["t2.fee.amount_wan"] = f"{t2['fee.amount_wan']:,}".rstrip("0").rstrip(".")
    if "fullwidth" in q:  # about a third of table 三's cells in full-width digits, the rest half-width
        ks = _pick(s, "fw", _keys(s, lambda k, v: k.startswith("t3"), ("t3",)), len(t3) // 3)
        ks += _pick(s, "fw4", _keys(s, lambda k, v: True, ("t4",)), 5)
        ks += _pick(s, "fw2", _keys(s, lambda k, v: isinstance(v, int), ("t2",)), 3)
        for k in ks:
            out[k] = str(s[k.split(".")[0]][k.split(".", 1)[1]]).translate(FW)
    if "cnnum" in q:  # a few cells in Chinese numerals (0 → 〇)
        ks = _pick(s, "cn", _keys(s, lambda k, v: 1 <= v <= 99), 6) + _pick(s, "cn0", _keys(s, lambda k, v: v == 0), 3)
        for k in ks:
            out[k] = cn(s[k.split(".")[0]][k.split(".", 1)[1]])
    if "ol" in q:  # typed-over: O/o for 0, l for 1 inside figures that have those digits
        ks = _pick(s, "ol", _keys(s, lambda k, v: v > 0 and bool(re.search("[01]", str(v)))), 8)
        ks += _pick(s, "ol0", _keys(s, lambda k, v: v == 0), 4)
        for i, k in enumerate(ks):
            t = str(s[k.split(".")[0]][k.split(".", 1)[1]])
            t = t.replace("0", "O" if i % 3 != 2 else "o").replace("1", "l")
            out[k] = t
    if "footnote" in q:  # a note mark stuck to a figure; the notes under the table
        ks = _pick(s, "fn", _keys(s, lambda k, v: v > 0 and k.startswith("t3")), 4)
        for k, m in zip(ks, ["①", "*", "注", "②"]):
            out[k] = f"{s[k.split('.')[0]][k.split('.', 1)[1]]}{m}"
    if "kern" in q:  # a figure of two or more digits split by a space inside its cell (PDF kerning)
        ks = _pick(s, "kern", _keys(s, lambda k, v: isinstance(v, int) and v >= 10, ("t2", "t3", "t4")), 7)
        for k in ks:
            t = str(s[k.split(".")[0]][k.split(".", 1)[1]])
            out[k] = t[:1] + " " + t[1:]
    if "signed" in q:  # GF2019 table 二's 增减 column as typed
        neg, pos = ["-{}", "－{}", "减少{}"], ["+{}", "增加{}"]
        n = p_ = 0
        for k in [k for k in t2 if k.endswith(".delta")]:
            v = t2[k]
            if v < 0:
                out[f"t2.{k}"] = neg[n % 3].format(-v)
                n += 1
            elif v > 0:
                out[f"t2.{k}"] = pos[p_ % 2].format(v)
                p_ += 1
    if "decimal" in q:  # a count with 「.0」, a figure with a trailing 「.」 or 「、」 (not a row's last cell)
        ks = _pick(s, "dec", _keys(s, lambda k, v: not_last(k)), 12)
        for i, k in enumerate(ks):
            t = str(s[k.split(".")[0]][k.split(".", 1)[1]])
            out[k] = [t + ".0", t + ".", t + "、"][i % 3]
    return out


def typed_xform(s):
    p = plan(s)
    s["typed_cells"] = p
    prev = s.get("xform")

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        return p.get(key, t)
    return xf


NOTES = {
    "footnote": ["注：①含上级机关转来的申请。*含申请人撤回后重新提交的申请。“注”表示经与申请人沟通后办结。②含依申请转主动公开的信息。"],
}


def typed(printer):
    def run(s):
        s["xform"] = typed_xform(s)
        if "footnote" in s["typed"]:
            s.setdefault("notes", {})
            s["notes"] = dict(s["notes"], t3=NOTES["footnote"])
        return printer(s)
    run.__name__ = f"typed_{printer.__name__}"
    return run


p_typed = typed(N.p_report17)
d_typed = typed(N.d_report17)
h_typed = typed(N.h_cms17)
