"""Blind bank blindzu: one message, several asks, and asks with a form (README.md beside this file).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzu/make_blindzu.py   # rewrites blindzu.jsonl (same bytes every run)

The templates below were written before any value was looked at; reports, measures and years are drawn by a
seeded shuffle. check() re-reads the raw gold and re-derives every expected value.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1]
SETS = ["wild", *(f"wild{i}" for i in range(2, 36))]
OUT = HERE / "blindzu.jsonl"
SEED = 20261207
PFX = "zu"
TOL = 0.05

# ---------------------------------------------------------------- gold


def load_golds() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["_set"] = s
            out.append(g)
    return out


GOLDS = load_golds()
BY_ID = {g["id"]: g for g in GOLDS}
_AY = Counter((g["agency"], g["year"]) for g in GOLDS)


def readable(g: dict) -> bool:
    """Every table figure of the report can be asked: GF2019/GF2021 tables, no finding, no statement, held once."""
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and not g["findings"]
        and not g.get("statements")
        and _AY[(g["agency"], g["year"])] == 1
    )


READABLE = [g for g in GOLDS if readable(g)]


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    v = (g.get(table) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def report_text(g: dict) -> str | None:
    """The report's text where it can be read without the project's code (html, txt, Markdown, JSON, docx XML); else None."""
    f = EVAL / g["_set"] / g["file"]
    if not f.exists():
        return None
    if g["format"] == "docx":
        import zipfile

        try:
            raw = zipfile.ZipFile(f).read("word/document.xml").decode("utf-8")
        except (KeyError, zipfile.BadZipFile):
            return None
        return re.sub(r"<[^>]+>", "", raw)
    if g["format"] not in ("html", "txt", "markdown", "json"):
        return None
    data = f.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    if g["format"] == "json":
        try:
            text = "\n".join(_strings(json.loads(text)))
        except ValueError:
            return None
    text = re.sub(r"<[^>]+>", "", text)
    # a text that is not evidently the report (mojibake, an escaped blob) is not trusted
    return text if all(w in text for w in ("信息公开", "行政复议")) else None


def _strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return []


def lacks(g: dict, words: str) -> bool:
    """The report's text was read and none of `words` (a regex) occurs in it: a question about them is unanswerable."""
    text = report_text(g)
    return text is not None and not re.search(words, text)


# ---------------------------------------------------------------- measures (written before looking at values)

# measure → (cell keys by template, words: [formal, plain, voice/lay])
MEASURES: dict[str, tuple[dict[str, list[str]], list[str]]] = {}


def _m(name: str, keys: list[str] | dict[str, list[str]], words: list[str]) -> None:
    MEASURES[name] = (keys if isinstance(keys, dict) else {"GF2019": keys, "GF2021": keys}, words)


_m("new", ["t3.new.tot"], ["本年新收政府信息公开申请", "新收申请", "新收到的申请"])
_m("carry_in", ["t3.carry_in.tot"], ["上年结转政府信息公开申请", "上年结转的申请", "从上年转过来的申请"])
_m("r1", ["t3.r1.tot"], ["予以公开", "予以公开的", "全部公开的"])
_m("r2", ["t3.r2.tot"], ["部分公开", "部分公开的", "只公开了一部分的"])
_m("r3", [f"t3.r3_{i}.tot" for i in range(1, 9)], ["不予公开", "不予公开的", "不给公开的"])
_m("r4", [f"t3.r4_{i}.tot" for i in range(1, 4)], ["无法提供", "无法提供的", "没法提供的"])
_m("r5", [f"t3.r5_{i}.tot" for i in range(1, 6)], ["不予处理", "不予处理的", "不处理的"])
_m("r7", ["t3.r7.tot"], ["办理结果总计", "办结的", "办完了的"])
_m("carry_out", ["t3.carry_out.tot"], ["结转下年度继续办理", "结转下年度的", "转到下一年办的"])
_m("rv", ["t4.rv.tot"], ["行政复议案件总计", "行政复议", "被复议的"])
_m("rvfix", ["t4.rv.fix"], ["行政复议结果纠正", "复议被纠正的", "复议被改过来的"])
_m("lit", ["t4.ld.tot", "t4.lr.tot"], ["行政诉讼案件（直接起诉与复议后起诉合计）", "行政诉讼", "被起诉的"])
_m("litfix", ["t4.ld.fix", "t4.lr.fix"], ["行政诉讼结果纠正（合计）", "诉讼被纠正的", "官司输了的"])
_m("license", ["t2.license.decisions"], ["行政许可决定数", "行政许可决定", "行政许可"])
_m("penalty", ["t2.penalty.decisions"], ["行政处罚决定数", "行政处罚决定", "行政处罚"])
_m("np", ["t3.new.np"], ["自然人提出的新收申请", "自然人申请", "个人申请的"])
_m(
    "legal",
    [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")],
    ["法人或其他组织提出的新收申请", "法人或其他组织申请", "单位申请的"],
)
MEASURES["r6"] = (
    {"GF2019": ["t3.r6.tot"], "GF2021": [f"t3.r6_{i}.tot" for i in range(1, 4)]},
    ["其他处理", "其他处理的", "其他处理的"],
)

# the value key of a measure in a `values` object (a cell key; a subtotal gets the subtotal's conventional key)
VKEY = {
    "r3": "t3.r3.tot",
    "r4": "t3.r4.tot",
    "r5": "t3.r5.tot",
    "r6": "t3.r6.tot",
    "lit": "t4.lit.tot",
    "litfix": "t4.lit.fix",
    "legal": "t3.new.legal",
}


def keys_of(g: dict, m: str) -> list[str]:
    return MEASURES[m][0][g["template"]]


def val(g: dict, m: str) -> int | float | None:
    vs = [cell(g, k) for k in keys_of(g, m)]
    return None if any(v is None for v in vs) else sum(vs)  # type: ignore[arg-type]


def vkey(g: dict, m: str) -> str:
    ks = keys_of(g, m)
    return ks[0] if len(ks) == 1 and m not in VKEY else VKEY[m]


def calc_of(g: dict, m: str, prefix: str = "") -> str:
    return "+".join("{" + prefix + k + "}" for k in keys_of(g, m))


def word(m: str, i: int) -> str:
    return MEASURES[m][1][i]


# ---------------------------------------------------------------- names, years, phrasing

_CN = "〇一二三四五六七八九"


def year_words(y: int, zero: str = "零") -> str:
    return "".join(zero if c == "0" else _CN[int(c)] for c in str(y))


ALL_AGENCIES = sorted({g["agency"] for g in GOLDS})


def short_name(g: dict) -> str | None:
    """The agency without its city (「泉州市丰泽区教育局」 → 「丰泽区教育局」; 「上海市长宁区人民政府」 → 「长宁区人民政府」), taken
    from the gold region, and only when no other stored agency's name holds the short form."""
    a, r = g["agency"], g["region"]
    prov = re.match(r"^(.*?(?:省|自治区|(?:北京|上海|天津|重庆)市))", r)
    rest = r[prov.end() :] if prov else r
    if prov and prov.group(1).endswith("市"):
        prefix = prov.group(1)
    else:
        city = re.match(r"^(.+?市|.+?自治州|.+?盟|.+?地区)", rest)
        if not city:
            return None
        prefix = city.group(1)
    if not a.startswith(prefix):
        return None
    s = a[len(prefix) :]
    if len(s) < 4 or not re.match(r"^[^局委办厅府]{1,8}?[区县旗]", s):
        return None
    if sum(s in b for b in ALL_AGENCIES) != 1:
        return None
    return s


# words whose absence from a report's text makes a question about them unanswerable
STAFF = "人员|专人|专职|兼职|编制|名工作"
BUDGET = "经费|预算|专项资金"
DAYS = "工作日|平均|时限|期限|用时|天内|日内"
SATIS = "满意|投诉"
PERSON = "男|女|年龄|外地|本地|户籍"
TRADE = "律师|记者|老板"

TYPOS = [
    ("申请", "申情"),
    ("复议", "复义"),
    ("部分", "部份"),
    ("结转", "节转"),
    ("诉讼", "诉送"),
    ("不予", "不于"),
    ("办结", "半结"),
]


def typo(text: str, rng: random.Random) -> str:
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = rng.choice(cands)
    return text.replace(a, b, 1)


def voice(text: str) -> str:
    return re.sub(r"[，。？、：；！,?.:;（）()\s]", "", text)


def ylabel(y: int, phrasing: str) -> str:
    return year_words(y) if phrasing == "voice" else str(y)


# ---------------------------------------------------------------- drawing


class Bank:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.items: list[dict] = []
        self.seen: set[tuple] = set()

    def add(self, item: dict) -> bool:
        key = (item["q"], json.dumps(item.get("scope") or {}), json.dumps(item.get("previous")))
        if key in self.seen:
            return False
        self.seen.add(key)
        item["id"] = f"{PFX}{len(self.items) + 1:04d}"
        self.items.append(item)
        return True

    def draw(self, pool: list, n: int) -> list:
        pool = list(pool)
        self.rng.shuffle(pool)
        return pool[:n]


def has(g: dict, *ms: str) -> bool:
    return all(val(g, m) is not None for m in ms)


def name_of(g: dict, rng: random.Random, allow_short: bool = True) -> tuple[str, str]:
    s = short_name(g) if allow_short else None
    if s and rng.random() < 0.35:
        return s, "abbreviated"
    return g["agency"], ""


def style_of(nstyle: str, phrasing: str) -> str:
    return nstyle or ("formal" if phrasing == "formal" else "colloquial")


def values_one(g: dict, ms: list[str], scoped: bool) -> tuple[dict, list[str], dict]:
    pre = "" if scoped else g["id"] + ":"
    values, cells, calc = {}, [], {}
    for m in ms:
        k = pre + vkey(g, m)
        values[k] = val(g, m)
        cells += [pre + c for c in keys_of(g, m)]
        if len(keys_of(g, m)) > 1:
            calc[k] = calc_of(g, m, pre)
    return values, cells, calc


def share(part: float, whole: float) -> float:
    return round(100 * part / whole, 4)


PHRASINGS = ["plain", "formal", "voice", "typo", "keyword"]


def finish(q: str, phrasing: str, rng: random.Random) -> str:
    if phrasing == "voice":
        return voice(q)
    if phrasing == "typo":
        return typo(q, rng)
    return q


def build() -> list[dict]:
    b = Bank()
    rng = b.rng

    # ---- A: scoped, 「今年收到多少申请，办结了多少，有没有被复议？」 (a yes/no expressed by its count)
    combos_a = [
        ("new", "r7", "rv"),
        ("new", "r1", "lit"),
        ("new", "carry_out", "rv"),
        ("r1", "r2", "lit"),
        ("new", "r3", "rv"),
    ]
    yn = {
        "rv": ("被复议", "因政府信息公开被申请行政复议", "复议"),
        "lit": ("被告上法院", "因政府信息公开被提起行政诉讼", "诉讼"),
    }
    tpl_a = {
        "plain": "今年{a}有多少，{b}有多少，有没有{y0}？",
        "formal": "请问本单位本年度{af}、{bf}各多少件，是否发生{y1}？",
        "voice": "今年{a}多少{b}多少有没有{y0}",
        "typo": "今年收到的{a}多少，{b}多少，有没有{y0}？",
        "keyword": "今年 {a} {b} 有无{y2}",
    }
    for i, g in enumerate(b.draw([g for g in READABLE if all(has(g, *c) for c in combos_a)], 24)):
        c = combos_a[(i // 5) % len(combos_a)]
        ph = PHRASINGS[i % 5]
        q = finish(
            tpl_a[ph].format(
                a=word(c[0], 1),
                b=word(c[1], 1),
                af=word(c[0], 0),
                bf=word(c[1], 0),
                y0=yn[c[2]][0],
                y1=yn[c[2]][1],
                y2=yn[c[2]][2],
            ),
            ph,
            rng,
        )
        values, cells, calc = values_one(g, list(c), True)
        b.add(
            item(
                q,
                g,
                "list",
                style_of("", ph),
                ph,
                "clerk",
                "scoped_three_asks",
                {"values": values, "unit": "件"},
                cells,
                calc,
                scoped=True,
                note=f"yes/no 「有没有{yn[c[2]][0]}」 is judged by its count {vkey(g, c[2])} (0 = 没有)",
                rng=rng,
            )
        )

    # ---- B: scoped, the report's three blocks: 主动公开 (one 表二 figure), 依申请 (新收), 复议诉讼
    tpl_b = {
        "plain": "把这份报告的主动公开、依申请和复议诉讼三块数字都列一下：{p}、{a}、行政复议、行政诉讼各多少",
        "formal": "请分别列出本报告主动公开（{pf}）、依申请公开（{af}）以及行政复议、行政诉讼案件的数字。",
        "voice": "这份报告里{p}多少{a}多少复议和诉讼各几件",
        "keyword": "本报告 {p} {a} 行政复议 行政诉讼 数字",
    }
    for i, g in enumerate(b.draw([g for g in READABLE if has(g, "license", "penalty", "new", "r7", "rv", "lit")], 12)):
        p = ("license", "penalty")[(i // 4) % 2]
        a = ("new", "r7")[(i // 8) % 2]
        ph = ("plain", "formal", "voice", "keyword")[i % 4]
        q = finish(tpl_b[ph].format(p=word(p, 1), pf=word(p, 0), a=word(a, 1), af=word(a, 0)), ph, rng)
        values, cells, calc = values_one(g, [p, a, "rv", "lit"], True)
        b.add(
            item(
                q,
                g,
                "list",
                style_of("", ph),
                ph,
                "clerk",
                "scoped_three_blocks",
                {"values": values, "unit": "件"},
                cells,
                calc,
                scoped=True,
                note="行政诉讼 = 直接起诉总计 + 复议后起诉总计",
                rng=rng,
            )
        )

    # ---- C: one report named, several cells (新收、结转、公开、不公开各多少 / 给我一个表 / 只要数字)
    combos_c = [
        ("new", "carry_in", "r1", "r3"),
        ("new", "r1", "r2", "r3"),
        ("r1", "r2", "r4", "r5"),
        ("new", "carry_in", "r7", "carry_out"),
        ("rv", "rvfix", "lit", "litfix"),
        ("new", "r7", "carry_out"),
        ("r3", "r4", "r5", "r6"),
    ]
    tpl_c = {
        "plain": "{n}{y}年{l1}各多少？",
        "formal": "请提供{n}{y}年度政府信息公开工作年度报告中{lf}的数据。",
        "voice": "{n}{y}年{l2}分别是多少",
        "typo": "{n}{y}年{l1}分别有多少件？",
        "keyword": "{n} {y} {lk}",
        "table": "给我一个表：{n}{y}年的{l1}",
        "numonly": "只要数字不要解释：{n}{y}年{l1}",
    }
    forms_c = list(tpl_c)
    pool = [g for g in READABLE if any(has(g, *c) for c in combos_c)]
    for i, g in enumerate(b.draw(pool, 40)):
        c = next(c for c in combos_c[i % len(combos_c) :] + combos_c if has(g, *c))
        ph = forms_c[i % len(forms_c)]
        n, ns = name_of(g, rng)
        yl = year_words(g["year"]) if ph == "voice" or (ns and i % 3 == 0) else str(g["year"])
        q = tpl_c[ph].format(
            n=n,
            y=yl,
            l1="、".join(word(m, 1) for m in c),
            lf="、".join(word(m, 0) for m in c),
            l2="".join(word(m, 2) for m in c),
            lk=" ".join(word(m, 1) for m in c),
        )
        q = finish(q, ph, rng)
        values, cells, calc = values_one(g, list(c), False)
        b.add(
            item(
                q,
                g,
                "list",
                style_of(ns, ph),
                ph,
                rng.choice(["reporter", "researcher", "applicant", "deputy"]),
                "named_cells",
                {"values": values, "unit": "件"},
                cells,
                calc,
                rng=rng,
            )
        )

    # ---- C2: 「先说总数再说其中部分公开的」
    tpl_c2 = [
        "{n}{y}年的申请先说办结总数，再说其中部分公开的",
        "先说总数再说其中部分公开的：{n}{y}年",
        "{n}{y}年办理结果总计多少？其中部分公开多少？",
        "{n}{y}年先告诉我办结了多少再说其中不予公开的",
    ]
    for i, g in enumerate(b.draw([g for g in READABLE if has(g, "r7", "r2", "r3")], 8)):
        n, ns = name_of(g, rng)
        t = tpl_c2[i % 4]
        ms = ["r7", "r3"] if "不予公开" in t else ["r7", "r2"]
        values, cells, calc = values_one(g, ms, False)
        b.add(
            item(
                t.format(n=n, y=g["year"]),
                g,
                "list",
                style_of(ns, "plain"),
                "plain",
                "reporter",
                "total_then_part",
                {"values": values, "unit": "件"},
                cells,
                calc,
                rng=rng,
                note="both figures must be shown; their order is not judged",
            )
        )

    # ---- D: a value, a sub-value and a derived share in one message
    tpl_d = [
        ("new", "np", "{n}{y}年申请多少、其中自然人多少、占比多少？"),
        ("new", "legal", "{n}{y}年新收了多少申请，其中法人或其他组织提的有多少，占百分之几？"),
        ("r7", "r1", "{n}{y}年办结多少、其中予以公开多少、占比多少（保留一位小数）？"),
        ("new", "np", "请说明{n}{y}年度本年新收申请数、其中自然人申请数及其所占比例。"),
        ("r7", "r2", "{n}{y}年办结的申请里部分公开几件，占办结总数百分之多少？"),
        ("new", "np", "今年收到多少申请？自然人占多少？比例多少？"),
    ]
    pool = [g for g in READABLE]
    for i, g in enumerate(b.draw(pool, 80)):
        if sum(1 for it in b.items if it["kind"] == "value_sub_share") >= 24:
            break
        whole_m, part_m, t = tpl_d[i % len(tpl_d)]
        if not has(g, whole_m, part_m) or not val(g, whole_m):
            continue
        scoped = t.startswith("今年")
        n, ns = name_of(g, rng)
        ph = "formal" if t.startswith("请") else "plain"
        pre = "" if scoped else g["id"] + ":"
        values, cells, calc = values_one(g, [whole_m, part_m], scoped)
        sk = f"share:{vkey(g, part_m)}/{vkey(g, whole_m)}"
        values[pre + sk] = share(val(g, part_m), val(g, whole_m))  # type: ignore[arg-type]
        calc[pre + sk] = f"100*({calc_of(g, part_m, pre)})/({calc_of(g, whole_m, pre)})"
        b.add(
            item(
                t.format(n=n, y=g["year"]),
                g,
                "list",
                style_of("" if scoped else ns, ph),
                ph,
                "researcher",
                "value_sub_share",
                {"values": values, "unit": None, "tol": TOL},
                cells,
                calc,
                scoped=scoped,
                rng=rng,
                note="share in % (unrounded to 4 decimals); tol 0.05 lets a one-decimal answer pass",
            )
        )

    # ---- E: lay words: 收了多少、被告了几次、输了几次 / 被复议几次、被纠正几次
    tpl_e = [
        (("new", "lit", "litfix"), "{n}{y}年收了多少申请、被告了几次、输了几次？", False),
        (("new", "lit", "litfix"), "我们今年收了多少、被告了几次、输了几次", True),
        (("rv", "rvfix"), "{n}{y}年被人申请复议了几次，复议被纠正了几次？", False),
        (("new", "rv", "lit"), "{n}{y}年收了多少申请，被复议几次，被告上法院几次", False),
    ]
    for i, g in enumerate(b.draw([g for g in READABLE if has(g, "new", "lit", "litfix", "rv", "rvfix")], 16)):
        ms, t, scoped = tpl_e[i % len(tpl_e)]
        n, ns = name_of(g, rng)
        ph = "voice" if i % 4 == 3 else "plain"
        q = finish(t.format(n=n, y=ylabel(g["year"], ph)), ph, rng)
        values, cells, calc = values_one(g, list(ms), scoped)
        b.add(
            item(
                q,
                g,
                "list",
                style_of("" if scoped else ns, ph),
                ph,
                "applicant",
                "lay_words",
                {"values": values, "unit": "件"},
                cells,
                calc,
                scoped=scoped,
                rng=rng,
                note="被告 = 行政诉讼 (直接起诉 + 复议后起诉总计); 输了 = 诉讼结果纠正 (两类合计); 被纠正 = 复议结果纠正",
            )
        )

    # ---- F: two reports, two measures each (report:key values)
    by_group: dict[tuple, list[dict]] = defaultdict(list)
    for g in READABLE:
        by_group[(g["region"][:3], g["level"], g["year"])].append(g)
    by_agency: dict[str, list[dict]] = defaultdict(list)
    for g in READABLE:
        by_agency[g["agency"]].append(g)
    pairs_f = [("new", "rv"), ("new", "r1"), ("r1", "r3"), ("new", "lit"), ("new", "carry_out")]
    tpl_f_two = [
        "{a}和{b}两家{y}年的{m1}和{m2}分别是多少？",
        "对比一下{y}年{a}、{b}的{m1}、{m2}",
        "{a}跟{b}{y}年{m1}多少{m2}多少",
    ]
    tpl_f_years = [
        "{a}{y1}年和{y2}年的{m1}和{m2}分别是多少？",
        "{a}{y1}、{y2}两年{m1}、{m2}各多少",
        "请列出{a}{y1}年度与{y2}年度的{m1f}和{m2f}。",
    ]
    groups = [v for v in by_group.values() if len(v) >= 2]
    for i, grp in enumerate(b.draw(sorted(groups, key=lambda v: v[0]["id"]), 16)):
        m1, m2 = pairs_f[i % len(pairs_f)]
        two = [g for g in b.draw(sorted(grp, key=lambda g: g["id"]), len(grp)) if has(g, m1, m2)][:2]
        if len(two) < 2:
            continue
        ga, gb = two
        t = tpl_f_two[i % 3]
        ph = "voice" if i % 3 == 2 else "plain"
        q = finish(
            t.format(a=ga["agency"], b=gb["agency"], y=ylabel(ga["year"], ph), m1=word(m1, 1), m2=word(m2, 1)), ph, rng
        )
        va, ca, xa = values_one(ga, [m1, m2], False)
        vb, cb, xb = values_one(gb, [m1, m2], False)
        b.add(
            item(
                q,
                [ga, gb],
                "compare",
                style_of("", ph),
                ph,
                "reporter",
                "two_bodies_two_measures",
                {"values": va | vb, "unit": "件"},
                ca + cb,
                xa | xb,
                rng=rng,
                note="report:key values: every number must appear (attribution not judged for report:key keys)",
            )
        )
    multi = sorted((v for v in by_agency.values() if len(v) >= 2), key=lambda v: v[0]["id"])
    for i, gs in enumerate(b.draw(multi, 8)):
        m1, m2 = pairs_f[(i + 2) % len(pairs_f)]
        gs = sorted([g for g in gs if has(g, m1, m2)], key=lambda g: g["year"])
        if len(gs) < 2:
            continue
        g1, g2 = gs[-2], gs[-1]
        t = tpl_f_years[i % 3]
        ph = "formal" if t.startswith("请") else "plain"
        n, ns = name_of(g1, rng)
        q = t.format(
            a=n, y1=g1["year"], y2=g2["year"], m1=word(m1, 1), m2=word(m2, 1), m1f=word(m1, 0), m2f=word(m2, 0)
        )
        va, ca, xa = values_one(g1, [m1, m2], False)
        vb, cb, xb = values_one(g2, [m1, m2], False)
        b.add(
            item(
                q,
                [g1, g2],
                "compare",
                style_of(ns, ph),
                ph,
                "deputy",
                "one_body_two_years",
                {"values": va | vb, "unit": "件"},
                ca + cb,
                xa | xb,
                rng=rng,
                note="report:key values: every number must appear",
            )
        )

    # ---- G: one measure over two reports, with a form (report-id keys: attributed to agency + year)
    tpl_g = [
        "给我一个表：{a}和{b}{y}年的{m}",
        "{a}、{b}{y}年{m}各多少，只说数字",
        "列个表对比{y}年{a}与{b}的{m}",
        "请以表格形式列出{a}与{b}{y}年度的{mf}。",
    ]
    tpl_g_years = ["给我一个表：{a}{y1}年和{y2}年的{m}", "{a}{y1}年、{y2}年{m}各多少？只说数字"]
    ms_g = ["new", "r1", "r7", "carry_out", "rv", "r3"]
    for i, grp in enumerate(b.draw(sorted(groups, key=lambda v: v[-1]["id"]), 10)):
        m = ms_g[i % len(ms_g)]
        two = [g for g in b.draw(sorted(grp, key=lambda g: g["id"]), len(grp)) if has(g, m)][:2]
        if len(two) < 2:
            continue
        ga, gb = two
        ph = "formal" if i % 4 == 3 else ("typo" if i % 5 == 4 else "plain")
        q = finish(
            tpl_g[i % 4].format(a=ga["agency"], b=gb["agency"], y=ga["year"], m=word(m, 1), mf=word(m, 0)), ph, rng
        )
        b.add(
            item(
                q,
                [ga, gb],
                "compare",
                style_of("", ph),
                ph,
                "reporter",
                "table_two_bodies",
                {"values": {ga["id"]: val(ga, m), gb["id"]: val(gb, m)}, "unit": "件"},
                [f"{g['id']}:{k}" for g in (ga, gb) for k in keys_of(g, m)],
                {},
                rng=rng,
            )
        )
    for i, gs in enumerate(
        b.draw(sorted((v for v in by_agency.values() if len(v) >= 2), key=lambda v: v[-1]["id"]), 6)
    ):
        m = ms_g[(i + 3) % len(ms_g)]
        gs = sorted([g for g in gs if has(g, m)], key=lambda g: g["year"])
        if len(gs) < 2:
            continue
        g1, g2 = gs[0], gs[-1]
        n, ns = name_of(g1, rng)
        q = tpl_g_years[i % 2].format(a=n, y1=g1["year"], y2=g2["year"], m=word(m, 1))
        b.add(
            item(
                q,
                [g1, g2],
                "compare",
                style_of(ns, "plain"),
                "plain",
                "deputy",
                "table_two_years",
                {"values": {g1["id"]: val(g1, m), g2["id"]: val(g2, m)}, "unit": "件"},
                [f"{g['id']}:{k}" for g in (g1, g2) for k in keys_of(g, m)],
                {},
                rng=rng,
            )
        )

    # ---- H: follow-ups that add an ask, or carry the asks to another year
    tpl_h_prev = "{n}{y}年{m1}和{m2}各多少"
    adds = [
        ("new", "r7", "carry_out", "再加上结转下年度的"),
        ("new", "r1", "r2", "再加上部分公开的"),
        ("r1", "r2", "r3", "再加上不予公开的"),
        ("new", "rv", "lit", "把行政诉讼也加上"),
        ("new", "carry_in", "r7", "再加一个办结的"),
    ]
    for i, g in enumerate(b.draw([g for g in READABLE if all(has(g, *a[:3]) for a in adds)], 10)):
        m1, m2, m3, follow = adds[i % len(adds)]
        n, ns = name_of(g, rng)
        prev = tpl_h_prev.format(n=n, y=g["year"], m1=word(m1, 1), m2=word(m2, 1))
        values, cells, calc = values_one(g, [m1, m2, m3], False)
        b.add(
            item(
                follow,
                g,
                "list",
                style_of(ns, "followup"),
                "followup",
                "reporter",
                "followup_add",
                {"values": values, "unit": "件"},
                cells,
                calc,
                previous=prev,
                rng=rng,
                note="「再加上…」 asks for the list with the added measure: all three figures must be shown",
            )
        )
    for i, g in enumerate(b.draw([g for g in READABLE if has(g, "r7", "carry_out", "new")], 4)):
        prev = "今年新收了多少申请，办结了多少？"
        values, cells, calc = values_one(g, ["new", "r7", "carry_out"], True)
        b.add(
            item(
                (
                    "再加上结转下年度的",
                    "那结转下年度的也说一下，三个一起列",
                    "还有结转到明年的呢，一起列出来",
                    "加上结转下年度的，列成表",
                )[i],
                g,
                "list",
                "colloquial",
                "followup",
                "clerk",
                "followup_add_scoped",
                {"values": values, "unit": "件"},
                cells,
                calc,
                scoped=True,
                previous=prev,
                rng=rng,
                note="all three figures must be shown",
            )
        )
    yrs = sorted((v for v in by_agency.values() if len(v) >= 2), key=lambda v: v[0]["agency"])
    for i, gs in enumerate(b.draw(yrs, 6)):
        m1, m2 = pairs_f[i % len(pairs_f)]
        gs = sorted([g for g in gs if has(g, m1, m2)], key=lambda g: g["year"])
        if len(gs) < 2:
            continue
        g1, g2 = gs[-1], gs[-2]
        n, ns = name_of(g1, rng)
        prev = tpl_h_prev.format(n=n, y=g1["year"], m1=word(m1, 1), m2=word(m2, 1))
        q = ("那{y}年的这两项呢", "{y}年的呢？两个数都要", "换成{y}年，同样两项")[i % 3].format(y=g2["year"])
        values, cells, calc = values_one(g2, [m1, m2], False)
        b.add(
            item(
                q,
                g2,
                "list",
                style_of(ns, "followup"),
                "followup",
                "researcher",
                "followup_other_year",
                {"values": values, "unit": "件"},
                cells,
                calc,
                previous=prev,
                rng=rng,
                note="the two measures of the previous turn, for the other year",
            )
        )

    # ---- I: a compound ask with one unanswerable part: the figure is judged, the other part should be 报告未提及
    unans = [
        ("经办人员几名", STAFF),
        ("信息公开工作经费花了多少", BUDGET),
        ("平均多少个工作日答复", DAYS),
        ("申请人满意度多少", SATIS),
        ("申请人里男性占多少", PERSON),
    ]
    tpl_i = [
        "{n}{y}年收到多少申请，{u}？",
        "{n}{y}年{m}多少？另外{u}？",
        "请问{n}{y}年度{mf}数量及{u}。",
        "{n}{y}年{m}几件{u}",
    ]
    ms_i = ["new", "r1", "rv", "r7", "carry_out"]
    pool_i = b.draw([g for g in READABLE if has(g, *ms_i)], 10_000)
    for i in range(16):
        u, words = unans[i % len(unans)]
        g = next((g for g in pool_i if lacks(g, words)), None)
        if g is None:
            continue
        pool_i.remove(g)
        m = "new" if i % 4 == 0 else ms_i[i % len(ms_i)]
        n, ns = name_of(g, rng)
        ph = ("plain", "plain", "formal", "voice")[i % 4]
        q = finish(tpl_i[i % 4].format(n=n, y=ylabel(g["year"], ph), u=u, m=word(m, 1), mf=word(m, 0)), ph, rng)
        b.add(
            item(
                q,
                g,
                "value",
                style_of(ns, ph),
                ph,
                rng.choice(["reporter", "deputy", "student"]),
                "partly_unanswerable",
                {"value": val(g, m), "unit": "件"},
                [f"{g['id']}:{k}" for k in keys_of(g, m)],
                {},
                rng=rng,
                note=f"asked with an unanswerable part ({u}; the report's text has none of {words}): the answer should give the figure first and say 「报告未提及」 for it; only the figure is judged",
            )
        )

    # ---- J1: one measure with a form: 按从多到少排一下 (three bodies of one province, level and year; no agency has three
    # readable years in this store, so none is asked over years)
    ms_j = ["new", "r1", "r7", "carry_out", "r3", "np"]
    tpl_j1b = [
        "{a}、{b}、{c}这三家{y}年的{m}按从多到少排一下",
        "{y}年{a}、{b}和{c}谁的{m}最多？按从多到少排",
        "把{a}、{b}、{c}{y}年的{m}从多到少排个序",
        "请将{a}、{b}、{c}{y}年度的{mf}按由多到少排序。",
    ]
    groups3 = sorted((v for v in by_group.values() if len(v) >= 3), key=lambda v: v[0]["id"])
    for i, grp in enumerate(b.draw(groups3, 30)):
        if sum(1 for it in b.items if it["kind"] == "rank_bodies") >= 14:
            break
        m = ms_j[(i + 1) % len(ms_j)]
        three = [g for g in b.draw(sorted(grp, key=lambda g: g["id"]), len(grp)) if has(g, m)][:3]
        if len(three) < 3 or len({val(g, m) for g in three}) < 3:
            continue
        order = [g["id"] for g in sorted(three, key=lambda g: -val(g, m))]  # type: ignore[operator]
        ph = "formal" if i % 4 == 3 else ("voice" if i % 5 == 4 else "plain")
        q = tpl_j1b[i % 4].format(
            mf=word(m, 0),
            a=three[0]["agency"],
            b=three[1]["agency"],
            c=three[2]["agency"],
            y=ylabel(three[0]["year"], ph),
            m=word(m, 1),
        )
        q = finish(q, ph, rng)
        b.add(
            item(
                q,
                three,
                "rank",
                "colloquial",
                ph,
                "reporter",
                "rank_bodies",
                {"values": {g["id"]: val(g, m) for g in three}, "unit": "件", "order": order},
                [f"{g['id']}:{k}" for g in three for k in keys_of(g, m)],
                {},
                rng=rng,
            )
        )

    # ---- J2: a share with a form (用百分比 / 保留一位小数)
    shares = [
        ("r1", "r7", "予以公开占办结总数的比例"),
        ("r2", "r7", "部分公开占办理结果总计的比重"),
        ("r3", "r7", "不予公开占办结总数的比例"),
        ("np", "new", "自然人申请占新收申请的比例"),
        ("carry_out", "r7", "结转下年度的占办理结果总计的比例"),
    ]
    tpl_j2 = [
        "{n}{y}年{s}是多少？用百分比",
        "{n}{y}年{s}，保留一位小数",
        "这份报告里{s}多少，用百分比表示",
        "{n}{y}年{s}，只说数字，保留一位小数",
        "请计算{n}{y}年度{s}，以百分比表示，保留一位小数。",
    ]
    for i, g in enumerate(b.draw(READABLE, 200)):
        if sum(1 for it in b.items if it["kind"] == "share_form") >= 16:
            break
        part, whole, s = shares[i % len(shares)]
        if not has(g, part, whole) or not val(g, whole):
            continue
        t = tpl_j2[i % 5]
        scoped = t.startswith("这份")
        n, ns = name_of(g, rng)
        pre = "" if scoped else g["id"] + ":"
        ph = ("plain", "typo", "plain", "voice", "formal")[i % 5]
        b.add(
            item(
                finish(t.format(n=n, y=ylabel(g["year"], ph), s=s), ph, rng),
                g,
                "share",
                style_of("" if scoped else ns, ph),
                ph,
                "evaluator",
                "share_form",
                {"value": share(val(g, part), val(g, whole)), "unit": "%", "tol": TOL},  # type: ignore[arg-type]
                [pre + k for k in keys_of(g, part) + keys_of(g, whole)],
                {"value": f"100*({calc_of(g, part, pre)})/({calc_of(g, whole, pre)})"},
                scoped=scoped,
                rng=rng,
                note="percent, unrounded to 4 decimals; tol 0.05",
            )
        )

    # ---- J3: one value, 只说数字
    tpl_j3 = [
        "只说数字：{n}{y}年{m}多少",
        "{n}{y}年{m}几件？只要数字",
        "{n}{y}年{m}，直接给个数",
        "只说数字：今年{m}多少",
        "请仅以数字答复：{n}{y}年度{mf}为多少件？",
    ]
    ms_j3 = ["new", "r2", "r3", "carry_out", "rv", "carry_in", "r4", "lit"]
    for i, g in enumerate(b.draw(READABLE, 14)):
        m = ms_j3[i % len(ms_j3)]
        if not has(g, m):
            continue
        t = tpl_j3[i % 5]
        scoped = "今年" in t
        n, ns = name_of(g, rng)
        pre = "" if scoped else g["id"] + ":"
        ph = ("plain", "voice", "plain", "typo", "formal")[i % 5]
        b.add(
            item(
                finish(t.format(n=n, y=ylabel(g["year"], ph), m=word(m, 1), mf=word(m, 0)), ph, rng),
                g,
                "value",
                style_of("" if scoped else ns, ph),
                ph,
                "officer",
                "number_only",
                {"value": val(g, m), "unit": "件"},
                [pre + k for k in keys_of(g, m)],
                {},
                scoped=scoped,
                rng=rng,
            )
        )

    # ---- K: refusals: every part unanswerable; a year not stored
    tpl_k = [
        ("{n}{y}年信息公开经办人员几名、工作经费多少？", STAFF + "|" + BUDGET),
        ("{n}{y}年平均几天答复一件申请，申请人满意度多少？", DAYS + "|" + SATIS),
        ("请问{n}{y}年度信息公开专职人员数量及专项经费金额。", STAFF + "|" + BUDGET),
        ("{n}{y}年申请人里企业老板多少、律师多少、记者多少", TRADE),
        ("本单位今年管信息公开的有几个人，花了多少钱？", STAFF + "|" + BUDGET),
        ("今年申请人平均年龄多大，男的女的各多少", PERSON),
        ("{n}{y}年信息公开工作人员平均年龄多大、工资多少？", STAFF + "|" + PERSON + "|工资"),
        ("这份报告里平均答复用了几天，最长的一件用了几天？", DAYS),
        ("我们今年申请人的满意率和投诉量各多少", SATIS),
        ("{n}{y}年依申请公开里外地人申请的和本地人申请的各多少件", PERSON),
    ]
    pool_k = b.draw(READABLE, 10_000)
    for i in range(20):
        t, words = tpl_k[i % len(tpl_k)]
        g = next((g for g in pool_k if lacks(g, words)), None)
        if g is None:
            continue
        pool_k.remove(g)
        scoped = not t.startswith("{n}") and not t.startswith("请")
        n, ns = name_of(g, rng)
        ph = "formal" if t.startswith("请") else ("voice" if i % 5 == 4 else "plain")
        q = finish(t.format(n=n, y=ylabel(g["year"], ph)), ph, rng)
        b.add(
            item(
                q,
                g,
                "unanswerable",
                style_of("" if scoped else ns, ph),
                ph,
                rng.choice(["deputy", "officer", "student"]),
                "all_unanswerable",
                {"refuse": True},
                [],
                {},
                scoped=scoped,
                rng=rng,
                note=f"asked as list: every part unanswerable (the report's text has none of {words})",
            )
        )
    ay_all = {(g["agency"], g["year"]) for g in GOLDS}
    tpl_k2 = [
        "{n}{y}年新收申请和行政复议各多少？",
        "给我一个表：{n}{y}年的予以公开、不予公开、行政诉讼",
        "{n}{y}年收了多少申请、办结多少",
    ]
    for i, gs in enumerate(b.draw(sorted(by_agency.values(), key=lambda v: v[0]["id"]), 40)):
        if sum(1 for it in b.items if it["kind"] == "year_not_stored") >= 12:
            break
        first = min(g["year"] for g in gs)
        y = first - 1
        if y < 2019 or (gs[0]["agency"], y) in ay_all:
            continue
        n, ns = name_of(gs[0], rng)
        ph = "voice" if i % 4 == 3 else "plain"
        q = finish(tpl_k2[i % 3].format(n=n, y=ylabel(y, ph)), ph, rng)
        b.add(
            item(
                q,
                gs[0],
                "unanswerable",
                style_of(ns, ph),
                ph,
                "reporter",
                "year_not_stored",
                {"refuse": True},
                [],
                {},
                rng=rng,
                note=f"asked as list: no report of {gs[0]['agency']} for {y} in the store (first stored: {first})",
                reads_report=False,
            )
        )
    # ---- K3: a GF2019 row asked of a GF2021 report (政府集中采购 is not in the GF2021 表二), text silent on 采购
    tpl_k3 = [
        "{n}{y}年政府集中采购项目数量和采购总金额分别是多少？",
        "请问{n}{y}年度政府集中采购的项目数量及采购总金额。",
        "{n}{y}年政府集中采购了几个项目花了多少钱",
    ]
    pool_k3 = [g for g in b.draw(READABLE, 10_000) if g["template"] == "GF2021"]
    for i in range(6):
        g = next((g for g in pool_k3 if lacks(g, "采购")), None)
        if g is None:
            break
        pool_k3.remove(g)
        n, ns = name_of(g, rng)
        ph = ("plain", "formal", "voice")[i % 3]
        q = finish(tpl_k3[i % 3].format(n=n, y=ylabel(g["year"], ph)), ph, rng)
        b.add(
            item(
                q,
                g,
                "unanswerable",
                style_of(ns, ph),
                ph,
                rng.choice(["researcher", "evaluator"]),
                "other_template",
                {"refuse": True},
                [],
                {},
                rng=rng,
                note="asked as list: 政府集中采购 (项目数量, 采购总金额) is a GF2019 表二 row; this GF2021 report has no such row "
                "and its text does not mention 采购",
            )
        )
    return b.items


def item(
    q,
    gs,
    intent,
    style,
    phrasing,
    persona,
    kind,
    expect,
    cells,
    calc,
    *,
    scoped=False,
    previous=None,
    note=None,
    rng=None,
    reads_report=True,
):
    gs = gs if isinstance(gs, list) else [gs]
    out: dict = {"q": q, "scope": {"report": gs[0]["id"]} if scoped else {}}
    if previous:
        out["previous"] = previous
    out |= {
        "intent": intent,
        "style": style,
        "phrasing": phrasing,
        "persona": persona,
        "kind": kind,
        "expect": expect,
        "cells": cells,
    }
    if calc:
        out["calc"] = calc
    if note:
        out["note"] = note
    out["sets"] = sorted({g["_set"] for g in gs}) if reads_report or scoped else ["store"]
    return out


# ---------------------------------------------------------------- check (independent of build's helpers where it matters)


def _raw(rid: str, key: str):
    g = json.loads((EVAL / BY_ID[rid]["_set"] / "gold" / f"{rid}.json").read_text(encoding="utf-8"))
    table, _, k = key.partition(".")
    return g[table].get(k)


def _eval(expr: str, rid: str | None) -> float:
    def sub(m: re.Match) -> str:
        ref = m.group(1)
        r, _, key = ref.rpartition(":")
        v = _raw(r or rid, key)  # type: ignore[arg-type]
        assert isinstance(v, (int, float)), ref
        return str(v)

    return eval(re.sub(r"\{([^}]+)\}", sub, expr), {"__builtins__": {}})  # noqa: S307


def check(items: list[dict]) -> None:
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    qs = [(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items]
    assert len(qs) == len(set(qs)), "duplicate questions"
    store_qs = [it["q"] for it in items if not it.get("previous") and not it["scope"]]
    assert len(store_qs) == len(set(store_qs)), "duplicate whole-store text"
    for it in items:
        scope = it["scope"].get("report")
        assert scope is None or scope in BY_ID, it["id"]
        for c in it["cells"]:
            r, _, key = c.rpartition(":")
            rid = r or scope
            assert rid in BY_ID, (it["id"], c)
            v = _raw(rid, key)
            assert isinstance(v, (int, float)) and not isinstance(v, bool), (it["id"], c, v)
        exp = it["expect"]
        calc = it.get("calc", {})
        if "value" in exp:
            want = (
                _eval(calc["value"], scope)
                if "value" in calc
                else sum(_eval("{" + c + "}", scope) for c in it["cells"])
            )
            assert abs(round(want, 4) - exp["value"]) < 1e-9, (it["id"], want, exp)
        elif "values" in exp:
            for k, v in exp["values"].items():
                if k in BY_ID:  # one measure over reports: the cells of that report
                    want = sum(_eval("{" + c + "}", None) for c in it["cells"] if c.startswith(k + ":"))
                elif k in calc:
                    want = _eval(calc[k], scope)
                else:
                    want = _eval("{" + k + "}", scope)
                assert abs(round(want, 4) - v) < 1e-9, (it["id"], k, want, v)
            if exp.get("order"):
                o = exp["order"]
                assert all(exp["values"][o[i]] >= exp["values"][o[i + 1]] for i in range(len(o) - 1)), it["id"]
        else:
            assert exp == {"refuse": True} and it.get("note"), it["id"]
        for k in ("intent", "style", "phrasing", "persona", "kind"):
            assert it.get(k), (it["id"], k)
        for r in it["scope"].values():
            assert readable(BY_ID[r]) or exp.get("refuse"), it["id"]
    n = len(items)
    assert 250 <= n <= 320, n


def main() -> None:
    items = build()
    check(items)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    c = Counter((it["intent"]) for it in items)
    print(len(items), dict(c))


if __name__ == "__main__":
    main()
