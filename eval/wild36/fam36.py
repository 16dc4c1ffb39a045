"""Printers of eval/wild36's hunt: CELLS THAT CARRY A SECOND NUMBER — the tables' grid is the template's, but some cells
hold, beside the cell's figure, another figure that is not the cell's value: a 「其中」 note in parentheses
(「8（其中网上申请5件）」), a 「含」 note (「12（含转办2件）」), a case's decision or judgment number
(「1（案号：〔2022〕青2521行初3号）」), last year's figure
(「3（上年1）」), the figure a correction replaced (「34（原为35）」, or 「<del>35</del> 34」 struck in HTML), the
channel split (「9（线上6、线下3）」), a note mark whose note under the table carries figures (「5①」 — 「①其中3件…」),
and a 备注 column after 「合计」 whose remarks carry figures (「含重复申请2件」).

The printers are the earlier sets' (fam17: p_report17, d_report17, h_cms17; fam34: h_wrapped, d_wrapped, m_wrapped,
t_wrapped); only the text of chosen cells changes, through the s["xform"] hook (key, value, printed text) → typed text
(fam29's way). Cells are chosen per report, seeded from its id. The gold is the cell's own figure — the first figure
of the cell, or, in a corrected cell, the new one; the second figure is never a value."""
from __future__ import annotations

import random

import fam17 as N
import fam34 as H

DEL_OPEN, DEL_CLOSE = "\u27e6", "\u27e7"  # sentinels for <del>…</del> in an HTML cell (replaced after printing)
COLS = ("np", "biz", "sci", "npo", "law", "oth", "tot")


def _v(s, key):
    t, k = key.split(".", 1)
    return s[t][k]


def _rng(s, name):
    return random.Random(s["id"] + name)


def _part(rng, v: int) -> int:
    """A part of v (1 … v-1 when v ≥ 2, else 0 … v)."""
    return rng.randint(1, max(1, v // 2)) if v >= 2 else rng.randint(0, v)


def plan(s) -> dict:
    """{cell key: typed text} for the report's quirk s["cells2"]; fills s["gz"] (the corrections) and s["fn"] (notes)."""
    q = s["cells2"]
    t3, t4 = s["t3"], s["t4"]
    out: dict[str, str] = {}
    if q in ("qizhong", "qline"):  # 一、本年新收 cells: the online part in parentheses
        rng = _rng(s, "qz")
        ks = {c: _part(rng, t3[f"new.{c}"]) for c in COLS[:-1]}
        ks["tot"] = sum(ks.values())  # the total's note is the sum of the row's
        for c in COLS:
            v, k = t3[f"new.{c}"], ks[c]
            if v > 0:
                out[f"t3.new.{c}"] = f"{v}（其中网上申请{k}件）" if q == "qizhong" else f"{v}（其中网上{k}）"
    elif q == "parts":  # 一、本年新收 cells: online and offline
        rng = _rng(s, "pt")
        ks = {c: _part(rng, t3[f"new.{c}"]) for c in COLS[:-1]}
        ks["tot"] = sum(ks.values())
        for c in COLS:
            v, a = t3[f"new.{c}"], ks[c]
            if v > 0:
                out[f"t3.new.{c}"] = f"{v}（线上{a}、线下{v - a}）"
    elif q == "han":  # some result cells: 「含转办n件」
        rng = _rng(s, "han")
        keys = [f"t3.{k}" for k, v in t3.items() if v >= 2 and not k.startswith(("new", "carry_in"))]
        for key in sorted(rng.sample(keys, min(7, len(keys))), key=keys.index):
            v = _v(s, key)
            out[key] = f"{v}（含转办{_part(rng, v)}件）"
    elif q == "t2note":  # table 二's decision cells with a 其中 note, the fee with its number of payments
        rng = _rng(s, "t2")
        t2 = s["t2"]
        for k, w in (("license.decisions", "网上办理"), ("penalty.decisions", "适用简易程序"),
                     ("coercion.decisions", "查封扣押")):
            if t2.get(k):
                out[f"t2.{k}"] = f"{t2[k]}（其中{w}{_part(rng, t2[k])}件）"
        if t2.get("fee.amount_wan"):
            out["t2.fee.amount_wan"] = f"{t2['fee.amount_wan']}（共{rng.randint(3, 40)}笔）"
    elif q == "caseno":  # table 四's case cells with the decision's or the judgment's number
        rng = _rng(s, "cn")
        y = s["year"]
        for k, v in t4.items():
            if v and not k.endswith(".tot"):
                if k.startswith("rv"):
                    out[f"t4.{k}"] = f"{v}（决定书：海南州政复决字〔{y}〕{rng.randint(2, 39)}号）"
                else:
                    out[f"t4.{k}"] = f"{v}（案号：〔{y}〕青{rng.choice(['2521', '2501', '0104'])}行初{rng.randint(3, 88)}号）"
    elif q == "prior":  # totals with last year's figure
        rng = _rng(s, "pr")
        for key in ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot",
                    "t4.rv.tot", "t4.ld.tot", "t4.lr.tot"):
            if key.split(".", 1)[1] in s[key.split(".")[0]]:
                v = _v(s, key)
                out[key] = f"{v}（上年{max(0, v + rng.randint(-3, 4))}）"
    elif q in ("yuanwei", "del"):  # a corrected report: the corrected cells and the figures they replace
        rng = _rng(s, "gz")
        cand = [k for k in ("t3.r1.tot", "t3.r1.np", "t3.r7.tot", "t3.r7.np", "t3.carry_out.tot", "t4.rv.keep",
                            "t4.rv.tot") if _v(s, k) >= 1]
        chosen = cand[:5]
        s["gz"] = []
        for key in chosen:
            v = _v(s, key)
            old = v + rng.choice([1, 1, 2, -1])
            s["gz"].append((key, old, v))
            out[key] = f"{v}（原为{old}）" if q == "yuanwei" else f"{DEL_OPEN}{old}{DEL_CLOSE}{v}"
    elif q == "fnfig":  # note marks; the notes under table 三 carry figures of their own
        rng = _rng(s, "fn")
        keys = [f"t3.{k}" for k, v in t3.items() if v >= 3]
        chosen = sorted(rng.sample(keys, min(3, len(keys))), key=keys.index)
        notes = []
        for key, m, word in zip(chosen, ["①", "②", "③"], ["为同一申请人重复提出", "经补正后办结", "涉及多个部门"]):
            v = _v(s, key)
            out[key] = f"{v}{m}"
            notes.append(f"{m}其中{_part(rng, v)}件{word}。")
        s["fn"] = "注：" + "".join(notes)
    elif q == "remark":  # a 备注 column after 「合计」: remarks for a few rows, carrying figures
        rng = _rng(s, "rm")
        rem = {"new": "含重复申请{}件", "r1": "含依申请转主动公开{}件", "r7": "均在法定期限内办结，其中延期答复{}件",
               "carry_out": "已于次年初办结{}件"}
        for k, t in rem.items():
            v = t3[f"{k}.tot"]
            out[f"t3.{k}.tot"] = f"{v}\t{t.format(_part(rng, v))}" if v > 0 else f"{v}\t"
    else:
        raise ValueError(q)
    return out


def cells_xform(s):
    p = plan(s)
    s["typed_cells"] = p
    prev = s.get("xform")

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        return p.get(key, t)
    return xf


LABEL = {"t3": "表三", "t4": "表四"}
ROW = {"r1": "（一）予以公开", "r7": "（七）总计", "carry_out": "四、结转下年度继续办理", "rv": "行政复议"}
COL = {"np": "自然人", "tot": "总计", "keep": "结果维持"}


def gz_text(s) -> list:
    """The 更正说明 (correction note) above a corrected report: each corrected cell, its old and new figure."""
    items = []
    for key, old, new in s["gz"]:
        t, row, col = key.split(".")
        items.append(f"{LABEL[t]}“{ROW[row]}”行“{COL[col]}”栏数据由“{old}”更正为“{new}”")
    return [("h", "更正说明"),
            ("p", f"经核查，我单位于{s['year'] + 1}年1月发布的《{s['title']}》统计表中部分数据填报有误，现予更正："
                  + "；".join(items) + "。更正处已在表中标注，其他内容不变。特此说明。")]


def _prep(s):
    s["xform"] = cells_xform(s)
    s.setdefault("before", [])
    s.setdefault("after", [])
    s.setdefault("break_before", False)
    if s.get("gz"):
        s["before"] = gz_text(s) + s["before"]


def h_cells(s):
    """A CMS page (fam17) with the typed cells."""
    _prep(s)
    return N.h_cms17(s)


def d_cells(s):
    """A Word report (fam17) with the typed cells."""
    _prep(s)
    return N.d_report17(s)


def p_cells(s):
    """A PDF (fam17) with the typed cells; s["fn"] as the note under table 三."""
    _prep(s)
    if s.get("fn"):
        s["notes"] = dict(s.get("notes") or {}, t3=[s["fn"]])
    return N.p_report17(s)


def h_corrected(s):
    """A page re-published with corrections: the 更正说明 above, corrected cells 「<del>old</del>new」."""
    _prep(s)
    out = H.h_wrapped(s).decode("utf-8")
    out = out.replace(DEL_OPEN, '<del style="color:#c00">').replace(DEL_CLOSE, "</del> ")
    return out.encode("utf-8")


def d_corrected(s):
    """A Word report re-issued with corrections: the 更正说明 first, corrected cells 「new（原为old）」."""
    _prep(s)
    return H.d_wrapped(s)


def m_cells(s):
    """A Markdown export with the typed cells."""
    _prep(s)
    return H.m_wrapped(s)


def t_remark(s):
    """A .txt copy whose table 三 has 「合计」 for 总计 and a 备注 column: the remark follows the row's 合计, tab-separated."""
    _prep(s)
    out = H.t_wrapped(s).decode("utf-8")
    lines = out.split("\n")
    i = next(n for n, ln in enumerate(lines) if ln.startswith("三、收到和处理"))
    for n in range(i + 1, len(lines)):
        if lines[n].rstrip().endswith("总计") and "\t" in lines[n]:
            lines[n] = lines[n].rstrip()[:-2] + "合计\t备注"
            break
    return "\n".join(lines).encode("utf-8")
