"""Write blindt.jsonl: a blind bank of new intent families over the wild store (wild … wild13).

Every expectation is computed here from the wild sets' gold JSON (never from the product).
Deterministic: one seeded Random, sorted iteration. Run: python eval/questions/blindt/make_blindt.py
"""

from __future__ import annotations

import collections
import glob
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).with_name("blindt.jsonl")
SETS = ["wild", *(f"wild{i}" for i in range(2, 14))]
R = random.Random(20261205)


def load() -> list[dict]:
    gs = []
    for s in SETS:
        for p in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
            g = json.loads(Path(p).read_text(encoding="utf-8"))
            g["_set"] = s
            gs.append(g)
    return gs


GS = load()
BY_ID = {g["id"]: g for g in GS}
DUP = collections.Counter((g["agency"], g["year"]) for g in GS)
HELD = collections.defaultdict(set)
for _g in GS:
    HELD[_g["agency"]].add(_g["year"])
AGENCIES = sorted(HELD)


def prov(g: dict) -> str:
    m = re.match(r"^(北京市|天津市|上海市|重庆市|.+?省|.+?自治区)", g["region"])
    assert m, g["region"]
    return m.group(1)


def readable(g: dict) -> bool:
    """GF tables fully in the gold, no hard finding, no placeholder, name+year unique in the store."""
    t3, t4 = g.get("t3"), g.get("t4")
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and not g.get("findings")
        and not g.get("placeholders")
        and isinstance(t3, dict)
        and "new.tot" in t3
        and all(isinstance(v, (int, float)) for v in t3.values())
        and isinstance(t4, dict)
        and all(isinstance(v, (int, float)) for v in t4.values())
        and {"rv.tot", "ld.tot", "lr.tot"} <= set(t4)
        and {"r7.tot", "carry_out.tot", "new.np", "r1.tot", "r2.tot"} <= set(t3)
        and DUP[(g["agency"], g["year"])] == 1
    )


OK = [g for g in GS if readable(g)]
W13 = [g for g in OK if g["_set"] == "wild13"]

# measure: (colloquial name, formal name, unit, cells)
MEAS = {
    "new": ("新收的申请", "本年新收政府信息公开申请数量", "件", ["t3.new.tot"]),
    "fin": ("办结的申请", "本年度办理结果总计", "件", ["t3.r7.tot"]),
    "open": ("予以公开的", "办理结果中予以公开的数量", "件", ["t3.r1.tot"]),
    "rv": ("被复议的", "因政府信息公开工作被申请行政复议的总数", "件", ["t4.rv.tot"]),
    "lit": ("被起诉的", "行政诉讼总数（未经复议直接起诉与复议后起诉合计）", "件", ["t4.ld.tot", "t4.lr.tot"]),
    "np": ("老百姓个人申请的", "自然人提出的新收申请数量", "件", ["t3.new.np"]),
    "cout": ("结转到下一年的", "结转下年度继续办理的申请数量", "件", ["t3.carry_out.tot"]),
}
MEAS_COLLOQ = {
    "new": "新收申请",
    "fin": "办结总数",
    "open": "予以公开",
    "rv": "行政复议",
    "lit": "行政诉讼",
    "np": "自然人申请",
    "cout": "结转下年",
}


def val(g: dict, m: str) -> float:
    total = 0
    for c in MEAS[m][3]:
        tab, key = c.split(".", 1)
        total += g[tab][key]
    return total


def cref(g: dict, m: str) -> str:
    parts = [f"{{{g['id']}:{c}}}" for c in MEAS[m][3]]
    return parts[0] if len(parts) == 1 else "(" + "+".join(parts) + ")"


def cells(gs: list[dict], m: str) -> list[str]:
    return [f"{g['id']}:{c}" for g in gs for c in MEAS[m][3]]


# ---------- names, years and dress ----------

SHORTS = [
    ("人民政府办公室", "政府办"),
    ("人民政府", "政府"),
    ("管理委员会", "管委会"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("人力资源和社会保障局", "人社局"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("街道办事处", "街道"),
    ("生态环境厅", "生态环境厅"),
]


def short(agency: str) -> str | None:
    """A short form used only if no other stored agency contains it."""
    s = agency
    for a, b in SHORTS:
        s = s.replace(a, b)
    s = re.sub(r"^(.{2,3}?[省市])(?=.{2,}[市区县旗])", "", s) if len(s) > 7 else s
    if s == agency:
        return None
    if sum(s in a or s in short_plain(a) for a in AGENCIES) != 1:
        return None
    return s


def short_plain(a: str) -> str:
    for x, y in SHORTS:
        a = a.replace(x, y)
    return a


CN = dict(zip("0123456789", "〇一二三四五六七八九"))


def year(y: int, i: int) -> str:
    k = i % 5
    if k == 0:
        return f"{y}年"
    if k == 1:
        return f"{y}年度"
    if k == 2:
        return f"{str(y)[2:]}年"
    if k == 3:
        return "".join(CN[c] for c in str(y)) + "年"
    return f"{y}年"


USED_SHORT = [False]


def name(g: dict, abbr: bool) -> str:
    s = short(g["agency"]) if abbr else None
    if s:
        USED_SHORT[0] = True
    return s or g["agency"]


TRAD = dict(
    zip(
        "库减监农资产术们这个县区门请问报数务开级处办况统计总复议讼诉庆东长兰乡镇间为对说几单与国税环卫机关会员应该从样过么吗还没现类别实际发结转里两头时后进气厅宁维尔龙肃贵广苏闽赣云陕辽齐鲁种份业业儿听点让帮查给问题减较占额们均值差论传经样边认识",
        "庫減監農資產術們這個縣區門請問報數務開級處辦況統計總復議訟訴慶東長蘭鄉鎮間為對說幾單與國稅環衛機關會員應該從樣過麼嗎還沒現類別實際發結轉裡兩頭時後進氣廳寧維爾龍肅貴廣蘇閩贛雲陝遼齊魯種份業業兒聽點讓幫查給問題減較佔額們均值差論傳經樣邊認識",
        strict=False,
    )
)
TYPOS = [
    ("申请", "申清"),
    ("复议", "复意"),
    ("诉讼", "诉颂"),
    ("结转", "节转"),
    ("公开", "公凯"),
    ("多少", "多小"),
    ("排第几", "排地几"),
    ("平均", "平军"),
    ("比例", "比列"),
]
ENGLISH = [
    ("排第几", "rank 第几"),
    ("百分之几", "百分比 percentage 是多少"),
    ("平均", "average "),
    ("哪些", "which ones"),
    ("多少倍", "几倍 (ratio)"),
    ("比例", " ratio "),
    ("多多少", "多 how many"),
    ("几份", "how many 份"),
    ("各是多少", "各 how many"),
]
FILLERS = ["那个", "嗯", "就是", "呃", "那个那个"]


def dress(q: str, i: int) -> tuple[str, str]:
    """Every 6th 繁體, every 7th voice input, every 9th a typo, every 11th mixed English; else plain."""
    if i % 6 == 5:
        return "".join(TRAD.get(c, c) for c in q), "traditional"
    if i % 7 == 6:
        cut = [m.start() for m in re.finditer(r"[，、]", q)]
        if cut:
            k = cut[len(cut) // 2]
            q = q[:k] + "，" + R.choice(FILLERS) + q[k:]
        v = re.sub(r"[，。？、；！,?!（）()]", "", q)
        return R.choice(FILLERS) + v, "voice"
    if i % 9 == 8:
        for a, b in TYPOS:
            if a in q:
                return q.replace(a, b, 1), "typo"
    if i % 11 == 10:
        for a, b in ENGLISH:
            if a in q:
                return q.replace(a, b, 1), "english"
        return "Hi，" + q, "english"
    return q, "plain"


# ---------- item assembly ----------

ITEMS: list[dict] = []


def add(fam: str, q: str, style: str, intent: str, expect: dict, scope: dict | None = None, **kw) -> None:
    i = len(ITEMS)
    if style == "abbreviated" and not USED_SHORT[0]:
        style = "colloquial"
    USED_SHORT[0] = False
    q2, ph = dress(q, i) if kw.pop("dress", True) else (q, "plain")
    if ph == "english" and "english" not in q2:
        pass
    it = {"id": f"t{i + 1:04d}", "q": q2, "scope": scope or {}, "intent": intent, "style": style, "expect": expect}
    it.update({k: v for k, v in kw.items() if v is not None})
    it["family"] = fam
    it["phrasing"] = ph
    ITEMS.append(it)


def rnd(x: float) -> float:
    return round(x, 4)


def named_set(gs: list[dict], i: int, abbr: bool) -> str:
    parts = [name(g, abbr) + year(g["year"], i + k) for k, g in enumerate(gs)]
    return "、".join(parts)


def pick_sets(k: int, n: int, w13_first: bool = True) -> list[list[dict]]:
    """n sets of k readable reports (distinct agencies), half of them led by a wild13 report."""
    out = []
    pool = sorted(OK, key=lambda g: g["id"])
    for j in range(n):
        first = R.choice(W13) if (w13_first and j % 2 == 0) else R.choice(pool)
        rest = [g for g in pool if g["agency"] != first["agency"]]
        others = R.sample(rest, k - 1)
        if len({g["agency"] for g in others}) < k - 1:
            continue
        out.append([first, *others])
    return out


def prov_year_groups() -> list[tuple[str, int, list[dict]]]:
    groups = collections.defaultdict(list)
    for g in GS:
        groups[(prov(g), g["year"])].append(g)
    return [(p, y, v) for (p, y), v in sorted(groups.items()) if len(v) >= 3 and all(readable(g) for g in v)]


PYG = prov_year_groups()
MISSING_PY = [
    ("西藏自治区", 2019),
    ("北京市", 2024),
    ("天津市", 2022),
    ("青海省", 2021),
    ("海南省", 2016),
    ("宁夏回族自治区", 2020),
    ("新疆维吾尔自治区", 2018),
]
MISSING_PY = [(p, y) for p, y in MISSING_PY if not any(prov(g) == p and g["year"] == y for g in GS)]


def unheld_year(g: dict) -> int:
    for d in (1, -1, 2, -2, 3):
        y = g["year"] + d
        if y not in HELD[g["agency"]] and 2016 <= y <= 2025:
            return y
    raise ValueError(g["id"])


def parent_not_held(g: dict) -> str | None:
    """The city / prefecture government above a body, when the store does not hold it."""
    m = re.match(r"^(.+?(?:省|自治区))?(.+?(?:市|州|地区|盟))", g["region"])
    if not m:
        return None
    city = m.group(2)
    cand = city + ("人民政府" if city.endswith("市") else "行政公署" if city.endswith(("地区", "盟")) else "人民政府")
    if any(cand == a or cand in a for a in AGENCIES):
        return None
    if cand in g["agency"] or g["agency"].startswith(cand):
        return None
    return cand


def refuse_year(fam: str, g: dict, tmpl: str, style: str, i: int) -> None:
    y = unheld_year(g)
    add(
        fam,
        tmpl.format(X=g["agency"], Y=year(y, i)),
        style,
        "unanswerable",
        {"refuse": True},
        note=f"asked as {fam}: {g['agency']} {y} not in the store",
    )


# ---------- families ----------


def f_rank_position() -> None:
    """T1 名次: where one body stands in a named set or a province-year group."""
    fam = "T1-rank-position"
    n = 0
    for j, st in enumerate(pick_sets(4, 40)):
        m = ["new", "fin", "open", "np", "rv"][j % 5]
        x = st[0]
        vs = [val(g, m) for g in st]
        if vs.count(val(x, m)) > 1:
            continue
        asc = j % 4 == 3
        pos = 1 + sum((v < val(x, m)) if asc else (v > val(x, m)) for v in vs)
        abbr = j % 3 == 2
        others = named_set(st[1:], j, abbr)
        xn = name(x, abbr) + year(x["year"], j)
        c, f, _u, _ = MEAS[m]
        if abbr:
            q, style = (
                f"{others}，再加上{xn}，这四家比{MEAS_COLLOQ[m]}，{'从少到多' if asc else ''}{name(x, abbr)}排第几",
                "abbreviated",
            )
        elif j % 3 == 0:
            q, style = (
                f"我手上有四份年报：{xn}、{others}。{c}{'从少往多排' if asc else '从多往少排'}，{x['agency']}是第几名？",
                "colloquial",
            )
        else:
            q, style = (
                f"就{c.replace('的申请', '')}而言，{xn}在{xn}、{others}四份年度报告中{'按升序' if asc else '按降序'}位列第几？".replace(
                    f"{xn}在{xn}、", f"{xn}在其与"
                ),
                "formal",
            )
            q = f"以{f}计，{xn}在其与{others}共四份年度报告中{'由少到多' if asc else '由多到少'}位列第几？"
        add(
            fam,
            q,
            style,
            "rank",
            {"value": pos, "unit": None},
            note=f"{m} values {dict(zip([g['id'] for g in st], vs))}; {'ascending' if asc else 'descending'}",
        )
        n += 1
    for p, y, grp in PYG:
        for k, m in enumerate(["new", "open"]):
            vs = [val(g, m) for g in grp]
            x = grp[(k * 2 + y) % len(grp)]
            if vs.count(val(x, m)) > 1:
                continue
            pos = 1 + sum(v > val(x, m) for v in vs)
            q = f"库里{p}{year(y, k)}的所有年报，按{MEAS[m][1]}从高到低排，{x['agency']}排第几位？"
            add(
                fam,
                q,
                "formal" if k else "colloquial",
                "rank",
                {"value": pos, "unit": None},
                note=f"group {p} {y}: {sorted(vs, reverse=True)}",
            )
    for j, g in enumerate(R.sample(W13, 5) + R.sample(OK, 3)):
        refuse_year(fam, g, "{X}{Y}的新收申请在同省的单位里排第几？", "colloquial", j)
    for j, (p, y) in enumerate(MISSING_PY[:3]):
        add(
            fam,
            f"{p}{year(y, j)}各单位的依申请公开数量排名里，谁排第一，排第二的有多少件",
            "colloquial",
            "unanswerable",
            {"refuse": True},
            note=f"asked as rank: no report of {p} {y} in the store",
        )


def f_share_of_total() -> None:
    """T2 占合计的比重: one body's share of a named set's / a group's total."""
    fam = "T2-share-of-group-total"
    for j, st in enumerate(pick_sets(3, 46)):
        m = ["new", "open", "fin", "np", "rv", "lit"][j % 6]
        tot = sum(val(g, m) for g in st)
        x = st[0]
        abbr = j % 3 == 2
        xs = named_set([x], j, abbr)
        oth = named_set(st[1:], j + 1, abbr)
        c, f, _u, _ = MEAS[m]
        if tot == 0:
            add(
                fam,
                f"{xs}、{oth}三家的{c}加一起，{name(x, abbr)}占了百分之多少？",
                "abbreviated" if abbr else "colloquial",
                "unanswerable",
                {"refuse": True},
                note=f"asked as share: the three {m} add to 0, no denominator",
            )
            continue
        calc = f"100*{cref(x, m)}/(" + "+".join(cref(g, m) for g in st) + ")"
        exp = {"value": rnd(100 * val(x, m) / tot), "unit": "%", "tol": 0.05}
        if abbr:
            q, style = (
                f"{xs}跟{oth}，{MEAS_COLLOQ[m]}三家合计里{name(x, abbr)}占几成几（百分比，保留一位小数）",
                "abbreviated",
            )
        elif j % 3 == 0:
            q, style = f"把{xs}、{oth}这三份年报的{c}加在一起，{x['agency']}那一份占了百分之多少？", "colloquial"
        else:
            q, style = f"以{xs}、{oth}三份年度报告的{f}之和为分母，{xs}所占比重为多少（%）？", "formal"
        add(fam, q, style, "share", exp, cells=cells(st, m), calc=calc)
    for p, y, grp in PYG:
        m = "new"
        tot = sum(val(g, m) for g in grp)
        x = max(grp, key=lambda g: (val(g, m), g["id"]))
        calc = f"100*{cref(x, m)}/(" + "+".join(cref(g, m) for g in grp) + ")"
        add(
            fam,
            f"{x['agency']}{year(y, 0)}收到的新申请，占库里{p}同年全部年报新收合计的百分之几？",
            "colloquial",
            "share",
            {"value": rnd(100 * val(x, m) / tot), "unit": "%", "tol": 0.05},
            cells=cells(grp, m),
            calc=calc,
        )
    for j, g in enumerate(R.sample(W13, 4)):
        refuse_year(fam, g, "{X}{Y}予以公开的数量，占它所在省同年所有单位合计的比重是多少？", "formal", j)


def f_vs_mean() -> None:
    """T3 与平均数之差: one body's value minus the mean of a named set (signed)."""
    fam = "T3-deviation-from-mean"
    for j, st in enumerate(pick_sets(4, 44)):
        m = ["new", "fin", "open", "np", "rv", "cout"][j % 6]
        vs = [val(g, m) for g in st]
        x = st[0]
        mean = sum(vs) / len(vs)
        dev = val(x, m) - mean
        abbr = j % 3 == 2
        xs = named_set([x], j, abbr)
        oth = named_set(st[1:], j + 1, abbr)
        c, f, u, _ = MEAS[m]
        calc = f"{cref(x, m)}-(" + "+".join(cref(g, m) for g in st) + ")/4"
        if abbr:
            q, style = (
                f"{xs}、{oth}四家{MEAS_COLLOQ[m]}的平均数算出来，{name(x, abbr)}比平均高还是低，差多少",
                "abbreviated",
            )
        elif j % 3 == 0:
            q, style = (
                f"{xs}、{oth}这四家的{c}取个平均，{x['agency']}比这个平均数多多少（少了就是负数）？",
                "colloquial",
            )
        else:
            q, style = f"请计算{xs}的{f}与其和{oth}四份年度报告平均值之差（高于平均为正）。", "formal"
        add(
            fam,
            q,
            style,
            "change",
            {"value": rnd(dev), "unit": u, "tol": 0.05},
            cells=cells(st, m),
            calc=calc,
            note=f"values {vs}, mean {mean}",
        )
    for p, y, grp in PYG[:8]:
        m = "new"
        vs = [val(g, m) for g in grp]
        x = min(grp, key=lambda g: (val(g, m), g["id"]))
        calc = f"{cref(x, m)}-(" + "+".join(cref(g, m) for g in grp) + f")/{len(grp)}"
        add(
            fam,
            f"{x['agency']}{year(y, 1)}新收申请比库里{p}同年各单位的平均水平差多少件？",
            "colloquial",
            "change",
            {"value": rnd(val(x, m) - sum(vs) / len(vs)), "unit": "件", "tol": 0.05},
            cells=cells(grp, m),
            calc=calc,
        )
    for j, (p, y) in enumerate(MISSING_PY[:4]):
        add(
            fam,
            f"{p}{year(y, j)}各单位平均被申请复议几件？{p}人民政府比平均多还是少",
            "colloquial" if j % 2 else "formal",
            "unanswerable",
            {"refuse": True},
            note=f"asked as mean: no report of {p} {y}",
        )
    for j, g in enumerate(R.sample(W13, 3)):
        refuse_year(fam, g, "{X}{Y}的办结量，比全国同级单位平均多多少？", "colloquial", j)


def f_spread() -> None:
    """T4 极差 / 最大是最小的几倍 over a named set."""
    fam = "T4-spread"
    for j, st in enumerate(pick_sets(3, 48)):
        m = ["new", "fin", "open", "np", "rv", "lit"][j % 6]
        vs = [val(g, m) for g in st]
        hi = max(st, key=lambda g: val(g, m))
        lo = min(st, key=lambda g: val(g, m))
        abbr = j % 3 == 2
        s = named_set(st, j, abbr)
        c, f, u, _ = MEAS[m]
        ratio = j % 2 == 1
        if ratio:
            if min(vs) == 0:
                add(
                    fam,
                    f"{s}三家里，{c}最多的是最少的几倍？",
                    "abbreviated" if abbr else "colloquial",
                    "unanswerable",
                    {"refuse": True},
                    note=f"asked as ratio max/min: min is 0 ({vs})",
                )
                continue
            exp = {"value": rnd(max(vs) / min(vs)), "unit": "倍", "tol": 0.05}
            calc = f"{cref(hi, m)}/{cref(lo, m)}"
            if abbr:
                q, style = f"{s}，{MEAS_COLLOQ[m]}最高那家是最低那家的几倍", "abbreviated"
            elif j % 3 == 0:
                q, style = f"{s}，这三家{c}最多的是最少的几倍啊？", "colloquial"
            else:
                q, style = f"在{s}三份年度报告中，{f}的最大值是最小值的多少倍？", "formal"
            add(fam, q, style, "ratio", exp, cells=cells(st, m), calc=calc, note=f"values {vs}")
        else:
            exp = {"value": max(vs) - min(vs), "unit": u}
            calc = f"{cref(hi, m)}-{cref(lo, m)}"
            if abbr:
                q, style = f"{s}三家{MEAS_COLLOQ[m]}，最多和最少差几件", "abbreviated"
            elif j % 3 == 0:
                q, style = f"{s}这三家，{c}最多的和最少的相差多少？", "colloquial"
            else:
                q, style = f"{s}三份年度报告中，{f}的极差（最大值减最小值）是多少？", "formal"
            add(fam, q, style, "change", exp, cells=cells(st, m), calc=calc, note=f"values {vs}")
    for j, g in enumerate(R.sample(W13, 3)):
        refuse_year(fam, g, "{X}{Y}和前后两年比，新收申请最多和最少的年份差多少？", "colloquial", j)


CONDS = {
    "zero": ("一件申请都没收到（新收为0）", lambda g: g["t3"]["new.tot"] == 0),
    "rv": ("被申请过行政复议", lambda g: g["t4"]["rv.tot"] > 0),
    "lit": ("当过行政诉讼被告", lambda g: g["t4"]["ld.tot"] + g["t4"]["lr.tot"] > 0),
    "cout": ("有结转到下一年的申请", lambda g: g["t3"]["carry_out.tot"] > 0),
    "deny": ("有不予公开的答复", lambda g: sum(g["t3"][f"r3_{i}.tot"] for i in range(1, 9)) > 0),
    "legal": ("收到过法人或其他组织的申请", lambda g: g["t3"]["new.tot"] - g["t3"]["new.np"] > 0),
}


def f_share_of_bodies() -> None:
    """T5 单位占比: what % of a group's reports meet a condition."""
    fam = "T5-share-of-bodies"
    groups = [(f"库里{p}{year(y, k)}的年报", grp) for k, (p, y, grp) in enumerate(PYG)]
    groups += [
        ("、".join(name(g, False) + year(g["year"], 0) for g in st) + "这几份年报", st) for st in pick_sets(4, 22)
    ]
    j = 0
    for label, grp in groups:
        for ck in R.sample(sorted(CONDS), 2):
            desc, fn = CONDS[ck]
            k = sum(fn(g) for g in grp)
            pct = rnd(100 * k / len(grp))
            if j % 3 == 0:
                q, style = f"{label}里，{desc}的单位占百分之几？", "colloquial"
            elif j % 3 == 1:
                q, style = f"{label}中，{desc}的报告所占比例为多少？", "formal"
            else:
                q, style = f"{label}，{desc}的有几成（按百分比说）", "colloquial"
            add(
                fam,
                q,
                style,
                "share",
                {"value": pct, "unit": "%", "tol": 0.05},
                note=f"{k} of {len(grp)}: {[g['id'] for g in grp if fn(g)]}",
            )
            j += 1
            if j >= 52:
                break
        if j >= 52:
            break
    for k, (p, y) in enumerate(MISSING_PY[:5]):
        add(
            fam,
            f"{p}{year(y, k)}的单位里，有百分之多少被申请过行政复议？",
            "formal",
            "unanswerable",
            {"refuse": True},
            note=f"asked as share of bodies: no report of {p} {y}",
        )


def f_compound() -> None:
    """T6 组合条件筛选: reports of a group meeting A and B / A but not B / A or B."""
    fam = "T6-compound-filter"
    groups = [(f"库里{p}{year(y, k)}的年报", grp) for k, (p, y, grp) in enumerate(PYG)]
    groups += [("、".join(name(g, False) + year(g["year"], 0) for g in st) + "这五家", st) for st in pick_sets(5, 70)]
    n = 0
    for gi, (label, grp) in enumerate(groups):
        keys = sorted(CONDS)
        for t in range(3):
            a, b = R.sample(keys, 2)
            fa, fb = CONDS[a][1], CONDS[b][1]
            mode = (gi + t) % 3
            if mode == 0:
                sel = [g for g in grp if fa(g) and fb(g)]
                q = f"{label}中，既{CONDS[a][0]}、又{CONDS[b][0]}的是哪几家？"
            elif mode == 1:
                sel = [g for g in grp if fa(g) and not fb(g)]
                q = f"{label}里头，{CONDS[a][0]}但是没有{CONDS[b][0].replace('有', '', 1) if CONDS[b][0].startswith('有') else CONDS[b][0]}的有哪些？"
            else:
                sel = [g for g in grp if fa(g) or fb(g)]
                q = f"{label}，{CONDS[a][0]}或者{CONDS[b][0]}的，列出来"
            if not sel or len(sel) == len(grp):
                continue
            style = "formal" if mode == 0 else "colloquial"
            add(
                fam,
                q,
                style,
                "which_reports",
                {"reports": sorted(g["id"] for g in sel)},
                note=f"{a} {['and', 'and not', 'or'][mode]} {b}",
            )
            n += 1
            break
        if n >= 46:
            break
    for k, (p, y) in enumerate(MISSING_PY[:5]):
        add(
            fam,
            f"{p}{year(y, k)}，既被复议又被起诉的单位有哪些？",
            "colloquial",
            "unanswerable",
            {"refuse": True},
            note=f"asked as compound filter: no report of {p} {y}",
        )


def f_peers() -> None:
    """T7 同省同年的其他单位: the same measure of every other report of X's province and year."""
    fam = "T7-peers-of-a-body"
    j = 0
    for p, y, grp in PYG:
        for x in sorted(grp, key=lambda g: g["id"])[:4]:
            others = [g for g in grp if g is not x]
            if len(others) > 5:
                continue
            m = ["new", "open", "rv", "fin"][j % 4]
            values = {g["id"]: val(g, m) for g in others}
            c, f, u, _ = MEAS[m]
            if j % 3 == 0:
                q, style = (
                    f"跟{x['agency']}{year(y, j)}同一个省、同一年的其他单位（库里有的），{c}各是多少？",
                    "colloquial",
                )
            elif j % 3 == 1:
                q, style = f"请列出本库中与{x['agency']}同属{p}、同为{y}年度的其余各份年报的{f}。", "formal"
            else:
                yy = "" if len(HELD[x["agency"]]) == 1 else year(y, j)
                q, style = f"{x['agency']}{yy}的兄弟单位（同省同年份的）{MEAS_COLLOQ[m]}分别多少", "colloquial"
            add(
                fam,
                q,
                style,
                "list",
                {"values": values, "unit": u},
                cells=cells(others, m),
                note=f"group {p} {y} minus {x['id']}",
            )
            j += 1
    for x in sorted(W13, key=lambda g: g["id"]):
        others = [g for g in GS if prov(g) == prov(x) and g["year"] == x["year"] and g is not x]
        if others:
            continue
        q = f"{x['agency']}{year(x['year'], j)}同省同年还有哪几家的年报？它们的新收申请各多少"
        add(
            fam,
            q,
            "colloquial",
            "unanswerable",
            {"refuse": True},
            note="asked as peers: the store holds no other report of that province and year",
        )
        j += 1
        if j > 40:
            break


BREAKDOWNS = {
    "applicant": (
        "新收申请按申请人类型（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）分别是多少",
        ["new.np", "new.biz", "new.sci", "new.npo", "new.law", "new.oth"],
        "t3",
    ),
    "review": (
        "行政复议的结果维持、结果纠正、其他结果、尚未审结各几件",
        ["rv.keep", "rv.fix", "rv.other", "rv.pend"],
        "t4",
    ),
    "direct": (
        "未经复议直接起诉的行政诉讼，维持、纠正、其他、未审结分别几件",
        ["ld.keep", "ld.fix", "ld.other", "ld.pend"],
        "t4",
    ),
    "denial": ("不予公开的八种理由各有几件", [f"r3_{i}.tot" for i in range(1, 9)], "t3"),
    "unable": (
        "无法提供的三种情形（本机关不掌握、没有现成信息需另行制作、补正后申请内容仍不明确）各几件",
        ["r4_1.tot", "r4_2.tot", "r4_3.tot"],
        "t3",
    ),
    "nohandle": ("不予处理的五种情形各几件", [f"r5_{i}.tot" for i in range(1, 6)], "t3"),
}


FORMAL_BD = {
    "applicant": "新收申请在六类申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）之间的分布",
    "review": "行政复议按结果维持、结果纠正、其他结果、尚未审结的分项数字",
    "direct": "未经复议直接起诉的行政诉讼按结果维持、结果纠正、其他结果、尚未审结的分项数字",
    "denial": "不予公开的八个分项（属于国家秘密至行政查处类）的件数",
    "unable": "无法提供的三个分项（本机关不掌握相关政府信息、没有现成信息需要另行制作、补正后申请内容仍不明确）的件数",
    "nohandle": "不予处理的五个分项（信访举报投诉类、重复申请、要求提供公开出版物、无正当理由大量反复申请、要求行政机关确认或重新出具已获取信息）的件数",
}


def f_peers_parent() -> None:
    """T7 refusals: the peers of a parent body the store does not hold."""
    j = 0
    for x in sorted(W13, key=lambda g: g["id"]):
        par = parent_not_held(x)
        if not par:
            continue
        add(
            "T7-peers-of-a-body",
            f"{par}{year(x['year'], j)}和它下面各单位的新收申请分别多少？",
            "colloquial",
            "unanswerable",
            {"refuse": True},
            note=f"asked as peers: {par} is not in the store",
        )
        j += 1
        if j >= 6:
            break


def f_breakdown() -> None:
    """T8 全部分项: every sub-cell of one row or group, asked as one list (the non-zero ones must be there)."""
    fam = "T8-full-breakdown"
    pool = sorted(OK, key=lambda g: g["id"])
    cand = W13 + R.sample(pool, 40)
    j = 0
    for x in cand:
        kinds = sorted(BREAKDOWNS)
        R.shuffle(kinds)
        for kind in kinds:
            desc, keys, tab = BREAKDOWNS[kind]
            vs = [x[tab][k] for k in keys]
            if sum(1 for v in vs if v) < 2:
                continue
            values = {f"{x['id']}:{tab}.{k}": x[tab][k] for k in keys if x[tab][k]}
            abbr = j % 3 == 2
            xn = name(x, abbr) + year(x["year"], j)
            if j % 4 == 0:
                add(
                    fam,
                    f"{['这份年报里', '本报告', '咱们这份报告', ''][j % 8 // 2]}{desc}？",
                    "colloquial",
                    "list",
                    {"values": {k.split(":", 1)[1]: v for k, v in values.items()}, "unit": "件"},
                    scope={"report": x["id"]},
                    cells=[k.split(":", 1)[1] for k in values],
                    note="scoped; only the non-zero sub-cells are keyed",
                )
            else:
                style = (
                    "abbreviated"
                    if abbr and name(x, True) != x["agency"]
                    else ("formal" if j % 4 == 1 else "colloquial")
                )
                q = f"{xn}{desc}？" if style != "formal" else f"请逐项列示{xn}年度报告中{FORMAL_BD[kind]}。"
                add(
                    fam,
                    q,
                    style,
                    "list",
                    {"values": values, "unit": "件"},
                    cells=list(values),
                    note="only the non-zero sub-cells are keyed",
                )
            j += 1
            break
        if j >= 44:
            break
    gf19 = sorted(
        (g for g in GS if g["template"] == "GF2019" and g["tables_recoverable"] and DUP[(g["agency"], g["year"])] == 1),
        key=lambda g: g["id"],
    )
    for k, x in enumerate(R.sample(gf19, 6)):
        add(
            fam,
            f"{x['agency']}{year(x['year'], k)}“其他处理”下面三个分项（逾期不补正、逾期未缴费、其他）各几件？",
            "formal",
            "unanswerable",
            {"refuse": True},
            note="asked as breakdown: GF2019 has no （六） sub-rows",
        )
    legacy = [g for g in GS if g["template"] == "LEGACY" and DUP[(g["agency"], g["year"])] == 1]
    for k, x in enumerate(R.sample(legacy, 3)):
        add(
            fam,
            f"{x['agency']}{year(x['year'], k)}不予公开的八种理由各有几件",
            "colloquial",
            "unanswerable",
            {"refuse": True},
            note="asked as breakdown: LEGACY report, no 2019/2021 table (check text)",
        )


def f_group_vs_group() -> None:
    """T9 两组合计之差: the total of one named set minus another's (signed)."""
    fam = "T9-group-vs-group"
    for j in range(46):
        a, b = pick_sets(2, 1, w13_first=j % 2 == 0)[0], pick_sets(2, 1, w13_first=False)[0]
        if {g["agency"] for g in a} & {g["agency"] for g in b}:
            continue
        m = ["new", "open", "fin", "rv", "np"][j % 5]
        d = sum(val(g, m) for g in a) - sum(val(g, m) for g in b)
        abbr = j % 3 == 2
        sa, sb = named_set(a, j, abbr), named_set(b, j + 2, abbr)
        c, f, u, _ = MEAS[m]
        calc = "(" + "+".join(cref(g, m) for g in a) + ")-(" + "+".join(cref(g, m) for g in b) + ")"
        if abbr:
            q, style = f"A组：{sa}；B组：{sb}。{MEAS_COLLOQ[m]}A组合计比B组合计多多少", "abbreviated"
        elif j % 3 == 0:
            q, style = f"{sa}两家加起来的{c}，比{sb}两家加起来多多少？少的话给负数", "colloquial"
        else:
            q, style = f"{sa}两份年度报告的{f}合计，与{sb}两份年度报告的合计相比，差额为多少（前者减后者）？", "formal"
        add(fam, q, style, "change", {"value": d, "unit": u}, cells=cells(a + b, m), calc=calc)
    for k, (p, y) in enumerate(MISSING_PY[:4]):
        add(
            fam,
            f"{p}{year(y, k)}全部单位的新收申请合计，比{p}{year(y + 1, k)}少多少？",
            "formal",
            "unanswerable",
            {"refuse": True},
            note=f"asked as group change: no report of {p} {y}",
        )


def f_error_count() -> None:
    """T10 表格有错的报告数: how many reports of a named set / a province carry a hard finding."""
    fam = "T10-error-count"
    hard = lambda g: any(f["check"] in ("H1", "H2", "H3", "H4", "H5") for f in g.get("findings") or [])  # noqa: E731
    tab = [
        g
        for g in GS
        if g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and isinstance(g.get("t3"), dict)
        and DUP[(g["agency"], g["year"])] == 1
    ]
    bad = sorted((g for g in tab if hard(g)), key=lambda g: g["id"])
    good = sorted((g for g in tab if not hard(g) and readable(g)), key=lambda g: g["id"])
    for j in range(48):
        k = 1 + j % 3
        st = R.sample(bad, k if j % 5 else 0) + R.sample(good, 5 - (k if j % 5 else 0))
        R.shuffle(st)
        nb = sum(hard(g) for g in st)
        s = "、".join(name(g, False) + year(g["year"], j + i) for i, g in enumerate(st))
        if j % 3 == 0:
            q, style = f"我在做年报质量抽查，{s}这五份里，表格自己加不平（总数和分项对不上）的有几份？", "colloquial"
        elif j % 3 == 1:
            q, style = f"请核查{s}五份年度报告，统计表三或表四存在合计与分项不一致的报告份数。", "formal"
        else:
            q, style = f"{s}，五份里几份数据有勾稽错误", "colloquial"
        add(
            fam,
            q,
            style,
            "value",
            {"value": nb, "unit": "份"},
            note=f"hard findings in {[g['id'] for g in st if hard(g)]}",
        )
    for k, (p, y) in enumerate(MISSING_PY[:4]):
        add(
            fam,
            f"{p}{year(y, k)}的年报有几份表格算错了？",
            "colloquial",
            "unanswerable",
            {"refuse": True},
            note=f"asked as error count: no report of {p} {y}",
        )


def f_concentration() -> None:
    """T11 集中度: the share of a group's total held by its largest report."""
    fam = "T11-concentration"
    groups = [(f"库里{p}{year(y, k)}的年报", grp) for k, (p, y, grp) in enumerate(PYG)]
    groups = [(lab, grp, False) for lab, grp in groups]
    for j, st in enumerate(pick_sets(4, 30)):
        lab = "、".join(name(g, j % 3 == 2) + year(g["year"], j) for g in st) + "这四家"
        plain = "、".join(g["agency"] + year(g["year"], j) for g in st) + "这四家"
        groups.append((lab, st, lab != plain))
    j = 0
    for label, grp, full in groups:
        m = ["new", "open", "rv", "fin", "np"][j % 5]
        vs = [val(g, m) for g in grp]
        tot = sum(vs)
        c, f, _u, _ = MEAS[m]
        if tot == 0:
            add(
                fam,
                f"{label}，{c}最多的一家占总数的百分之几？",
                "colloquial",
                "unanswerable",
                {"refuse": True},
                note=f"asked as concentration: total {m} is 0",
            )
            j += 1
            continue
        if sorted(vs)[-1] == sorted(vs)[-2] and False:
            continue
        top = max(grp, key=lambda g: (val(g, m), g["id"]))
        calc = f"100*{cref(top, m)}/(" + "+".join(cref(g, m) for g in grp) + ")"
        if j % 3 == 0:
            q, style = f"{label}，{c}是不是集中在一家？最多的那家占了总数的百分之几？", "colloquial"
        elif j % 3 == 1:
            q, style = f"{label}中，{f}最高的单位占全部合计的比重是多少？", "formal"
        else:
            q, style = f"{label} {MEAS_COLLOQ[m]} 头部集中度（第一名占合计%）", "colloquial"
        style = "abbreviated" if full else style
        USED_SHORT[0] = full
        add(
            fam,
            q,
            style,
            "share",
            {"value": rnd(100 * max(vs) / tot), "unit": "%", "tol": 0.05},
            cells=cells(grp, m),
            calc=calc,
            note=f"values {vs}",
        )
        j += 1
        if j >= 48:
            break


def f_pp_gap() -> None:
    """T12 两家比率之差（百分点）: rate(X) − rate(Y) in percentage points."""
    fam = "T12-rate-gap-pp"
    rates = {
        "open": (
            "公开率（予以公开加部分公开占办结总数的比例）",
            lambda g: (g["t3"]["r1.tot"] + g["t3"]["r2.tot"], g["t3"]["r7.tot"]),
            ["t3.r1.tot", "t3.r2.tot"],
            ["t3.r7.tot"],
        ),
        "np": (
            "自然人申请占新收的比例",
            lambda g: (g["t3"]["new.np"], g["t3"]["new.tot"]),
            ["t3.new.np"],
            ["t3.new.tot"],
        ),
        "full": (
            "予以公开占办结总数的比例",
            lambda g: (g["t3"]["r1.tot"], g["t3"]["r7.tot"]),
            ["t3.r1.tot"],
            ["t3.r7.tot"],
        ),
    }
    for j, st in enumerate(pick_sets(2, 52)):
        x, y = st
        rk = sorted(rates)[j % 3]
        desc, fn, num, den = rates[rk]
        nx, dx = fn(x)
        ny, dy = fn(y)
        abbr = j % 3 == 2
        xs, ys = named_set([x], j, abbr), named_set([y], j + 1, abbr)
        if dx == 0 or dy == 0:
            add(
                fam,
                f"{xs}和{ys}的{desc}差几个百分点？",
                "colloquial",
                "unanswerable",
                {"refuse": True},
                note=f"asked as rate gap: a denominator is 0 ({dx}, {dy})",
            )
            continue
        gap = rnd(100 * nx / dx - 100 * ny / dy)
        ref = lambda g, ks: "(" + "+".join(f"{{{g['id']}:{k}}}" for k in ks) + ")"  # noqa: E731
        calc = f"100*{ref(x, num)}/{ref(x, den)}-100*{ref(y, num)}/{ref(y, den)}"
        if abbr:
            q, style = f"{xs} vs {ys}，{desc}前者比后者高几个百分点", "abbreviated"
        elif j % 3 == 0:
            q, style = f"{xs}的{desc}比{ys}高（或低）几个百分点？", "colloquial"
        else:
            q, style = f"请比较{xs}与{ys}的{desc}，给出前者减后者的百分点差。", "formal"
        add(
            fam,
            q,
            style,
            "change",
            {"value": gap, "unit": "个百分点", "tol": 0.05},
            cells=[f"{g['id']}:{k}" for g in st for k in num + den],
            calc=calc,
        )


def f_above_x() -> None:
    """T13 比X多的单位: which reports of a group exceed a named body on a measure."""
    fam = "T13-bodies-above-x"
    groups = [(f"库里{p}{year(y, k)}的年报", grp, True) for k, (p, y, grp) in enumerate(PYG)]
    groups += [(None, st, False) for st in pick_sets(5, 36)]
    j = 0
    for label, grp, prov_group in groups:
        m = ["new", "open", "fin", "np", "rv"][j % 5]
        x = grp[0] if not prov_group else sorted(grp, key=lambda g: val(g, m))[len(grp) // 2]
        above = [g for g in grp if val(g, m) > val(x, m)]
        if not above:
            continue
        c, f, _u, _ = MEAS[m]
        if label is None:
            label = "、".join(name(g, False) + year(g["year"], j) for g in grp[1:]) + "这几家"
        xn = x["agency"] + year(x["year"], j)
        if j % 3 == 0:
            q, style = f"{label}里面，{c}比{xn}还多的有哪些？", "colloquial"
        elif j % 3 == 1:
            q, style = f"{label}中，{f}超过{xn}的报告有哪几份？", "formal"
        else:
            q, style = f"{label} 哪些{MEAS_COLLOQ[m]}高于{xn}", "colloquial"
        add(
            fam,
            q,
            style,
            "which_reports",
            {"reports": sorted(g["id"] for g in above)},
            note=f"{m} of {x['id']} = {val(x, m)}",
        )
        j += 1
        if j >= 40:
            break
    for k, g in enumerate(R.sample(W13, 4)):
        refuse_year(fam, g, "库里同省的单位里，{X}{Y}新收申请比它多的是哪些？", "colloquial", k)


MISSING_TEMPLATES = {
    "T1-rank-position": ("c", "{S}这四家比新收申请，{X}排第几？"),
    "T2-share-of-group-total": ("f", "{S}三份年度报告的予以公开数量之和中，{X}所占比重为多少？"),
    "T3-deviation-from-mean": ("c", "{S}这几家的办结数取平均，{X}比平均多多少？"),
    "T4-spread": ("c", "{S}，被复议最多的和最少的差几件？"),
    "T9-group-vs-group": ("f", "{S}中，前两份的新收申请合计比后两份合计多多少？"),
    "T12-rate-gap-pp": ("c", "{S}两家的公开率差几个百分点？"),
    "T13-bodies-above-x": ("c", "{S}里面，新收申请比{X}多的有哪些？"),
    "T11-concentration": ("f", "{S}四份年报中，新收申请最多的单位占合计的百分之几？"),
    "T10-error-count": ("f", "{S}五份年度报告里，表格存在勾稽错误的有几份？"),
    "T5-share-of-bodies": ("c", "{S}这四家里，有申请结转到下一年的占百分之几？"),
}
SIZES = {
    "T1-rank-position": 4,
    "T2-share-of-group-total": 3,
    "T3-deviation-from-mean": 4,
    "T4-spread": 3,
    "T9-group-vs-group": 4,
    "T12-rate-gap-pp": 2,
    "T13-bodies-above-x": 4,
    "T11-concentration": 4,
    "T10-error-count": 5,
    "T5-share-of-bodies": 4,
}


def f_missing_member() -> None:
    """A named set one member of which (a held body, a year the store lacks) is not in the store: refuse."""
    w13_all = sorted(
        (g for g in GS if g["_set"] == "wild13" and DUP[(g["agency"], g["year"])] == 1), key=lambda g: g["id"]
    )
    for fam, (st, tmpl) in MISSING_TEMPLATES.items():
        for j in range(5):
            gone = R.choice(w13_all)
            y = unheld_year(gone)
            others = R.sample([g for g in OK if g["agency"] != gone["agency"]], SIZES[fam] - 1)
            parts = [name(g, False) + year(g["year"], j + k) for k, g in enumerate(others)]
            pos = j % len(parts) if fam != "T13-bodies-above-x" else 0
            parts.insert(pos, gone["agency"] + year(y, j))
            q = tmpl.format(S="、".join(parts), X=gone["agency"])
            add(
                fam,
                q,
                "formal" if st == "f" else "colloquial",
                "unanswerable",
                {"refuse": True},
                note=f"asked as {fam}: {gone['agency']} {y} is not in the store (it holds {sorted(HELD[gone['agency']])})",
            )


def check(items: list[dict]) -> None:
    """Re-evaluate every calc on the gold and compare with the expected value."""
    for it in items:
        exp = it["expect"]
        if "calc" in it and "value" in exp:

            def cell(mo: re.Match) -> str:
                rid, key = mo.group(1).split(":")
                tab, k = key.split(".", 1)
                return repr(BY_ID[rid][tab][k])

            got = eval(re.sub(r"\{([^}]+)\}", cell, it["calc"]))  # noqa: S307
            assert abs(got - exp["value"]) <= float(exp.get("tol", 0)) + 1e-6, (it["id"], got, exp)
        for r in exp.get("reports", []) + list((exp.get("values") or {}).keys()):
            assert r.split(":")[0] in BY_ID or it["scope"].get("report"), (it["id"], r)
        if it["scope"].get("report"):
            assert it["scope"]["report"] in BY_ID


def main() -> None:
    for fn in (
        f_rank_position,
        f_share_of_total,
        f_vs_mean,
        f_spread,
        f_share_of_bodies,
        f_compound,
        f_peers,
        f_peers_parent,
        f_breakdown,
        f_group_vs_group,
        f_error_count,
        f_concentration,
        f_pp_gap,
        f_above_x,
        f_missing_member,
    ):
        fn()
    check(ITEMS)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
    fams = collections.Counter(it["family"] for it in ITEMS)
    ref = sum("refuse" in it["expect"] for it in ITEMS)
    w13 = {g["id"] for g in GS if g["_set"] == "wild13"}
    reads = sum(
        bool(w13 & set(re.findall(r"[a-z0-9][a-z0-9-]+-\d{4}", json.dumps(it, ensure_ascii=False))))
        or any(g["agency"] in it["q"] for g in GS if g["id"] in w13)
        for it in ITEMS
    )
    print(len(ITEMS), "refuse", ref, "wild13", reads, dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
