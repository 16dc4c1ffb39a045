"""Write src_blindx.py: the blindx bank's questions with their expectations as literals.

Run once by the bank's author (`.venv/bin/python eval/questions/blindx/make_blindx.py`); src_blindx.py is the
source build.py reads, and tests/test_wildbank.py re-checks every literal against the gold and the texts. The
expectations come only from the wild gold (cells, findings) and the reports' printed text (quotes); the phrasings
are the author's, drawn per question from the ways users ask (colloquial, formal, short agency names, region
names, typos, voice input, preambles, English words, 繁體, two asks, wrong premises). Seeded: the same run gives
the same file."""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests"))
tw = importlib.import_module("test_wildbank")  # gold() and text(): the checker's own readers

SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8")
rnd = random.Random(13)
OUT: list[dict] = []

G = tw.gold()
SET_OF = {rid: g["_file"].parent.parent.name for rid, g in G.items()}
PAIRS = Counter((g["agency"], g["year"]) for g in G.values())
TEXT = {rid for rid, g in G.items() if g["format"] in tw.TEXT_FORMATS}


def tab(g):
    return bool(g["tables_recoverable"] and g["t3"])


UNIQ = {rid for rid, g in G.items() if PAIRS[(g["agency"], g["year"])] == 1}
TAB = sorted(rid for rid in UNIQ if tab(G[rid]))

# ------------------------------------------------------------------ names
DEPT = [
    ("人力资源和社会保障厅", "人社厅"), ("人力资源和社会保障局", "人社局"), ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"), ("市场监督管理局", "市监局"), ("住房和城乡建设局", "住建局"),
    ("城市管理和综合执法局", "城管局"), ("城市管理综合行政执法局", "城管执法局"), ("城市管理局", "城管局"),
    ("发展和改革委员会", "发改委"), ("发展和改革局", "发改局"), ("退役军人事务局", "退役军人局"),
    ("自然资源和规划局", "自然资源局"), ("交通运输局", "交通局"), ("交通运输厅", "交通厅"),
    ("农业农村局", "农业农村局"), ("农业农村厅", "农业农村厅"), ("文化和旅游局", "文旅局"), ("人民政府办公室", "政府办"),
    ("人民政府", "政府"), ("教育体育局", "教体局"), ("教育和体育局", "教体局"), ("医疗保障局", "医保局"),
    ("应急管理局", "应急局"), ("生态环境厅", "生态环境厅"), ("生态环境局", "生态环境局"), ("规划和自然资源局", "规划资源局"),
    ("自然资源厅", "自然资源厅"), ("文化广电新闻出版局", "文广新局"), ("文化和广电旅游体育局", "文旅体局"),
]  # fmt: skip
TYPO = {"州": "洲", "政": "正", "源": "原", "管": "官", "障": "章", "境": "竟", "湖": "胡", "商": "尚", "建": "健", "统": "通", "审": "申", "育": "于"}  # fmt: skip
TRAD = str.maketrans(
    "区县报开请处复议诉讼数几总计结转办门卫农业务资环态说么个这对吗没关与发会应费财统审体医疗级间问题们还为规范现许罚强决无经维纠驳错误进该实际视频读条网点击样请年里长东华广龙阳滨兰监药",
    "區縣報開請處復議訴訟數幾總計結轉辦門衛農業務資環態說麼個這對嗎沒關與發會應費財統審體醫療級間問題們還為規範現許罰強決無經維糾駁錯誤進該實際視頻讀條網點擊樣請年裡長東華廣龍陽濱蘭監藥",
)


def noprov(a: str) -> str:
    """Without the city or province in front: 南昌市东湖区民政局 → 东湖区民政局; 江西省水利厅 → 江西水利厅."""
    m = re.match(r"^(.{2,4}?省)(.+)$", a)
    if m:
        return m.group(1)[:-1] + m.group(2)
    m = re.match(r"^(.{2,5}?市)(.{1,5}?[区县].*)$", a)
    return m.group(2) if m else a


def short(a: str) -> str:
    """A short form users type: 东湖区民政局 → 东湖民政局, 湖南省人力资源和社会保障厅 → 湖南人社厅."""
    n = noprov(a)
    for full, ab in DEPT:
        if n.endswith(full):
            head = n[: -len(full)]
            if re.fullmatch(r".{2,}[区县]", head) and ab != "政府" and len(head) > 2 and not head.endswith("新区"):
                head = head[:-1]
            elif ab == "政府" and head.endswith("市"):
                head = head  # 郑州市政府
            return head + ab
    return n


def name_ok(nm: str, rid: str) -> bool:
    """A name form is usable when no other report's agency of another body carries it for that year."""
    g = G[rid]
    for h in G.values():
        if h["agency"] == g["agency"]:
            continue
        if h["year"] == g["year"] and (nm in (h["agency"], noprov(h["agency"]), short(h["agency"]))):
            return False
    return True


def typo(a: str) -> str:
    idx = [i for i, ch in enumerate(a) if ch in TYPO and i > 1]
    if not idx:
        return a
    i = idx[-1]
    return a[:i] + TYPO[a[i]] + a[i + 1 :]


CN = "〇一二三四五六七八九"


def yr(y: int, how: str) -> str:
    if how == "yy":
        return f"{str(y)[2:]}年"
    if how == "cn":
        return "".join(CN[int(d)] for d in str(y)) + "年"
    if how == "cn0":
        return "".join(CN[int(d)] for d in str(y)).replace("〇", "零") + "年"
    if how == "nd":
        return f"{y}年度"
    return f"{y}年"


def who(rid: str, how: str) -> tuple[str, str]:
    """(agency as written, style) for the way of naming `how`."""
    a = G[rid]["agency"]
    if how == "short":
        s = short(a)
        if s != a and s != noprov(a) and name_ok(s, rid):
            return s, "abbreviated"
        how = "noprov"
    if how == "noprov":
        s = noprov(a)
        if s != a and name_ok(s, rid):
            return s, "colloquial"
        return a, "formal"
    if how == "typo":
        t = typo(a)
        return t, "colloquial"
    return a, "formal"


# ------------------------------------------------------------------ measures: key → (cells, colloquial, formal, terse, unit)
S3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]
S4 = [f"t3.r4_{i}.tot" for i in range(1, 4)]
S5 = [f"t3.r5_{i}.tot" for i in range(1, 6)]
LEG = [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")]
M = {
    "new": (["t3.new.tot"], "收到了多少件信息公开申请", "本年新收政府信息公开申请数量是多少", "新收申请数", "件"),
    "carry_in": (
        ["t3.carry_in.tot"],
        "上年结转过来的申请有几件",
        "上年结转政府信息公开申请数量是多少",
        "上年结转",
        "件",
    ),
    "r1": (["t3.r1.tot"], "同意公开的有多少件", "予以公开的申请数量是多少", "予以公开件数", "件"),
    "r2": (["t3.r2.tot"], "部分公开的有几件", "部分公开（区分处理）的数量是多少", "部分公开数", "件"),
    "r3": (S3, "不予公开的一共几件", "不予公开的申请合计多少件", "不予公开合计", "件"),
    "r4": (S4, "因为没有信息没法提供的有几件", "无法提供的申请合计多少件", "无法提供合计", "件"),
    "r5": (S5, "不予处理的一共多少件", "不予处理的申请合计多少件", "不予处理合计", "件"),
    "r7": (["t3.r7.tot"], "一共答复办结了多少件申请", "本年度办理结果总计是多少", "办理结果总计", "件"),
    "carry_out": (
        ["t3.carry_out.tot"],
        "还有几件要转到下一年接着办",
        "结转下年度继续办理的申请数量是多少",
        "结转下年度",
        "件",
    ),
    "np": (["t3.new.np"], "老百姓个人提的申请有多少", "自然人提出的新收申请数量是多少", "自然人申请数", "件"),
    "legal": (
        LEG,
        "企业和单位这些法人组织提的申请有多少",
        "法人或其他组织提出的新收申请合计多少件",
        "法人及其他组织申请",
        "件",
    ),
    "biz": (["t3.new.biz"], "企业提了多少件申请", "商业企业提出的新收申请数量是多少", "商业企业申请数", "件"),
    "rv": (["t4.rv.tot"], "被人申请行政复议了几次", "因政府信息公开被申请行政复议的总数是多少", "行政复议总计", "件"),
    "rv_keep": (["t4.rv.keep"], "行政复议维持了几件", "行政复议结果维持的数量是多少", "复议维持数", "件"),
    "rv_fix": (["t4.rv.fix"], "复议被纠正的有几件", "行政复议结果纠正的数量是多少", "复议纠正数", "件"),
    "ld": (
        ["t4.ld.tot"],
        "没经过复议直接被告到法院的有几件",
        "未经复议直接起诉的行政诉讼总计多少件",
        "直接起诉总计",
        "件",
    ),
    "lr": (["t4.lr.tot"], "复议完了又去起诉的有几件", "复议后起诉的行政诉讼总计多少件", "复议后起诉总计", "件"),
    "lic": (["t2.license.decisions"], "行政许可批了多少", "行政许可本年处理决定数量是多少", "行政许可决定数", None),
    "pen": (["t2.penalty.decisions"], "行政处罚做了多少", "行政处罚本年处理决定数量是多少", "行政处罚决定数", None),
}
M21 = {
    "norm_valid": (
        ["t2.norm.valid"],
        "现在还有效的规范性文件有几个",
        "行政规范性文件现行有效件数是多少",
        "规范性文件现行有效数",
        "件",
    ),
    "norm_made": (
        ["t2.norm.made"],
        "今年新发了几个规范性文件",
        "行政规范性文件本年制发件数是多少",
        "规范性文件制发数",
        "件",
    ),
    "fee": (
        ["t2.fee.amount_wan"],
        "行政事业性收费收了多少钱",
        "行政事业性收费本年收费金额是多少",
        "行政事业性收费金额",
        "万元",
    ),
}


def mval(rid, key) -> Any:
    """The measure's value in the gold (sum of its cells), None when a cell is missing or null."""
    cells = (M | M21)[key][0]
    g = G[rid]
    vals = []
    for c in cells:
        t, _, k = c.partition(".")
        v = (g.get(t) or {}).get(k)
        if v is None:
            return None
        vals.append(v)
    if key in M21 and g["template"] != "GF2021":
        return None
    s = sum(vals)
    return round(s, 2) if isinstance(s, float) else s


def add(q, scope, intent, style, expect, phrasing, cells=None, quote=None, calc=None, note=None):
    item = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style, "expect": expect}
    if cells:
        item["cells"] = list(cells)
    if calc:
        item["calc"] = calc
    if quote:
        item["source_quote"] = quote
    if note:
        item["note"] = note
    item["phrasing"] = phrasing
    OUT.append(item)


def V(v, unit=None, tol=None):
    e = {"value": v, "unit": unit}
    if tol is not None:
        e["tol"] = tol
    return e


def px(rid, cells):
    return [f"{rid}:{c}" for c in cells]


PREAMBLE = [
    "我是做第三方评估的，正在核对各地政府信息公开年报的数据，",
    "您好，我们是报社的记者，在写一篇关于政务公开的稿子，想请教一下：",
    "领导让我汇总一下年报情况，麻烦帮查一下，",
    "我们在做区县政务公开的比较研究，需要一个准确的数字：",
    "政务公开办这边在准备年度考核材料，",
]
ENG = ["{a}{y}的annual report里，{m}是多少？", "{a}{y} report 里 {m} 的 number 是多少", "check一下{a}{y}的{m}"]


def phr(kind, a, y, key):
    _, coll, form, terse, _ = (M | M21)[key]
    if kind == "colloquial":
        return rnd.choice([f"{a}{y}{coll}？", f"{a}{y}那年{coll}啊", f"想知道{a}{y}{coll}"])
    if kind == "formal":
        return rnd.choice([f"请问{a}{y}政府信息公开工作年度报告中，{form}？", f"{a}{y}年报显示的{form}？"])
    if kind == "terse":
        return f"{a}{y}{terse}"
    if kind == "voice":
        return f"那个{a}{y}嗯{coll}来着"
    if kind == "preamble":
        return f"{rnd.choice(PREAMBLE)}{a}{y}的年报里，{form}？"
    if kind == "english":
        return rnd.choice(ENG).format(a=a, y=y, m=terse)
    if kind == "trad":
        return f"{a}{y}{coll}？".translate(TRAD)
    raise ValueError(kind)


# ================================================================== value
def values_block():
    pool = list(TAB)
    rnd.shuffle(pool)
    kinds = ["colloquial", "formal", "terse", "voice", "preamble", "english", "trad"]
    names = ["full", "noprov", "short", "typo"]
    years = ["y4", "y4", "yy", "cn", "cn0", "nd"]
    w8 = [r for r in pool if SET_OF[r] == "wild8"]
    order = w8 + [r for r in pool if SET_OF[r] != "wild8"]
    n = 0
    for i, rid in enumerate(order):
        g = G[rid]
        keys = [k for k in (M | M21) if mval(rid, k) is not None]
        nq = 2 if SET_OF[rid] == "wild8" else (0 if i % 4 == 3 else 1)
        for key in rnd.sample(keys, min(nq, len(keys))):
            kind = kinds[n % len(kinds)]
            how = names[(n // 3) % len(names)]
            n += 1
            v = mval(rid, key)
            unit = (M | M21)[key][4]
            if n % 5 == 0:  # scoped: the user reads the report
                _, coll, form, terse, _ = (M | M21)[key]
                q, style, ph = [
                    (f"这份年报{coll}？", "colloquial", "scoped-colloquial"),
                    (f"本报告中{form}？", "formal", "scoped-formal"),
                    (f"{terse}？", "colloquial", "scoped-terse"),
                    (f"{coll}".translate(TRAD), "colloquial", "scoped-trad"),
                    (f"this report 的 {terse}", "colloquial", "scoped-english"),
                ][(n // 5) % 5]
                add(q, rid, "value", style, V(v, unit), ph, cells=(M | M21)[key][0])
                continue
            a, style = who(rid, how)
            y = yr(g["year"], years[n % len(years)])
            q = phr(kind, a, y, key)
            ph = kind if how != "typo" or a == G[rid]["agency"] else f"{kind}+typo"
            add(q, None, "value", style, V(v, unit), ph, cells=px(rid, (M | M21)[key][0]))


# wrong premises on a value: the user states a wrong number; the answer is the printed one
def premise_block():
    pool = [r for r in TAB if mval(r, "new") is not None]
    rnd.shuffle(pool)
    for rid in pool[:14]:
        g = G[rid]
        key = rnd.choice(["new", "r1", "r7"])
        v = mval(rid, key)
        if v is None:
            continue
        wrong = v + rnd.choice([3, 5, 10, 20]) if v < 50 else v * 2
        a, style = who(rid, rnd.choice(["full", "noprov", "short"]))
        terse = M[key][3]
        q = rnd.choice(
            [
                f"听说{a}{g['year']}年{terse}是{wrong}件，对吧？",
                f"{a}{g['year']}年{terse}{wrong}件没错吧",
                f"我记得{a}{g['year']}年的{terse}有{wrong}，帮我确认一下实际是多少",
            ]
        )
        add(q, None, "value", style, V(v, "件"), "wrong-premise", cells=px(rid, M[key][0]),
            note=f"the user's {wrong} is wrong: the report prints {v}")  # fmt: skip


# blank-printed cells
def blank_block():
    seen = 0
    for rid in TAB:
        ph = G[rid]["placeholders"]
        blanks = [k for k, v in ph.items() if v == "" and k.startswith("t3.") and k.endswith(".np")]
        blanks += [k for k, v in ph.items() if v == "" and k.startswith("t3.") and k.endswith(".tot")]
        if not blanks or seen >= 6:
            continue
        k = blanks[0]
        row = k.split(".")[1]
        label = {"r5_4": "不予处理里要求提供公开出版物的", "r5_3": "不予处理里要求行政机关确认或重新出具已获取信息的",
                 "r3_3": "不予公开里危及“三安全一稳定”的", "r3_8": "不予公开里属于行政查询事项的"}.get(row)  # fmt: skip
        if not label:
            continue
        col = "自然人" if k.endswith(".np") else "总计"
        a, style = who(rid, "noprov")
        add(f"{a}{G[rid]['year']}年{label}{col}那一格是多少？", None, "value", style, {"blank": True}, "colloquial",
            cells=px(rid, [k]), note="the cell is printed blank")  # fmt: skip
        seen += 1


# ================================================================== list (two asks in one; several cells)
def list_block():
    pool = list(TAB)
    rnd.shuffle(pool)
    pairs = [("new", "r1"), ("r1", "r2"), ("rv", "ld"), ("carry_in", "carry_out"), ("np", "biz"), ("lic", "pen")]
    n = 0
    for rid in pool:
        if n >= 24:
            break
        k1, k2 = pairs[int(n) % len(pairs)]
        v1, v2 = mval(rid, k1), mval(rid, k2)
        if v1 is None or v2 is None or v1 == v2:
            n += 0.2  # try the next pair of measures on the next report
            continue
        n = int(n)
        g = G[rid]
        c1, c2 = M[k1][0][0], M[k2][0][0]
        if n % 4 == 0:
            q = rnd.choice([f"这份报告{M[k1][3]}和{M[k2][3]}分别是多少？", f"{M[k1][1]}？还有{M[k2][1]}？"])
            add(q, rid, "list", "colloquial", {"values": {c1: v1, c2: v2}, "unit": M[k1][4]}, "two-asks",
                cells=[c1, c2])  # fmt: skip
        else:
            a, style = who(rid, ["full", "short", "noprov"][n % 3])
            y = yr(g["year"], "y4")
            q = rnd.choice([
                f"{a}{y}{M[k1][1]}，{M[k2][1]}？",
                f"{a}{y}的{M[k1][3]}和{M[k2][3]}各是多少",
                f"帮我查两个数：{a}{y}{M[k1][3]}、{M[k2][3]}",
            ])  # fmt: skip
            add(q, None, "list", style, {"values": {f"{rid}:{c1}": v1, f"{rid}:{c2}": v2}, "unit": M[k1][4]},
                "two-asks", cells=[f"{rid}:{c1}", f"{rid}:{c2}"])  # fmt: skip
        n += 1
    # one measure over several named reports (wild8 and others)
    w8 = [r for r in TAB if SET_OF[r] == "wild8"]
    rnd.shuffle(w8)
    for i in range(0, 18, 3):
        grp = w8[i : i + 3]
        vals = {r: mval(r, "new") for r in grp}
        if None in vals.values():
            continue
        names = "、".join(f"{who(r, 'noprov')[0]}{G[r]['year']}年" for r in grp)
        add(f"{names}这几家收到的申请各是多少？", None, "list", "colloquial", {"values": vals, "unit": "件"},
            "several-bodies", cells=[f"{r}:t3.new.tot" for r in grp])  # fmt: skip


# ================================================================== compare / ratio over two reports
def compare_block():
    pool = [r for r in TAB if mval(r, "new") is not None]
    rnd.shuffle(pool)
    n = 0
    keys = ["new", "r1", "r7", "rv", "lic", "carry_out"]
    for i in range(0, len(pool) - 1, 2):
        if n >= 36:
            break
        a1, a2 = pool[i], pool[i + 1]
        if G[a1]["agency"] == G[a2]["agency"]:
            continue
        key = keys[n % len(keys)]
        v1, v2 = mval(a1, key), mval(a2, key)
        if v1 is None or v2 is None or v1 == v2:
            continue
        hi = a1 if v1 > v2 else a2
        how = ["full", "short", "noprov", "typo"][n % 4]
        n1, s1 = who(a1, how)
        n2, s2 = who(a2, how if how != "typo" else "full")
        style = "abbreviated" if "abbreviated" in (s1, s2) else ("formal" if how == "full" else "colloquial")
        y1, y2 = yr(G[a1]["year"], "y4"), yr(G[a2]["year"], "y4")
        t = M[key][3]
        q = [
            f"{n1}{y1}和{n2}{y2}，谁的{t}多？各多少",
            f"请比较{n1}{y1}与{n2}{y2}的{t}。",
            f"{n1}{y1}跟{n2}{y2}比 {t}哪个大",
            f"{n1}{y1} vs {n2}{y2}：{t}",
        ][n % 4]
        add(q, None, "compare", style, {"values": {a1: v1, a2: v2}, "unit": M[key][4], "order": [hi]},
            ["colloquial", "formal", "voice", "english"][n % 4], cells=px(a1, M[key][0]) + px(a2, M[key][0]))  # fmt: skip
        n += 1
        if n % 3 == 0 and v2:
            r = round(v1 / v2, 2)
            add(f"{n1}{y1}的{t}是{n2}{y2}的几倍？", None, "ratio", style, V(r, None, 0.05), "formal",
                calc=f"{{{a1}:{M[key][0][0]}}}/{{{a2}:{M[key][0][0]}}}") if len(M[key][0]) == 1 else None  # fmt: skip


# ================================================================== share / ratio within one report
def share_block():
    pool = [r for r in TAB if (mval(r, "r7") or 0) > 0 and (mval(r, "new") or 0) > 0]
    rnd.shuffle(pool)
    for n, rid in enumerate(pool[:40]):
        g = G[rid]
        kind = n % 4
        if kind == 0:
            num, den, what = "t3.r1.tot", "t3.r7.tot", ("予以公开占办理结果总计的比例", "同意公开的占比")
        elif kind == 1:
            num, den, what = "t3.new.np", "t3.new.tot", ("自然人申请占新收申请的比例", "个人申请占多少比例")
        elif kind == 2:
            num, den, what = "t3.r2.tot", "t3.r7.tot", ("部分公开占办理结果总计的比重", "部分公开占比")
        else:
            num, den, what = (
                "t3.carry_out.tot",
                "t3.r7.tot",
                ("结转下年度的件数与办理结果总计之比", "结转下年的跟办结的比"),
            )
        vn = g["t3"][num[3:]]
        vd = g["t3"][den[3:]]
        if vn is None or not vd:
            continue
        if kind == 3:
            val, unit, intent = round(vn / vd, 2), None, "ratio"
            calc = f"{{{num}}}/{{{den}}}"
        else:
            val, unit, intent = round(100 * vn / vd, 2), "%", "share"
            calc = f"100*{{{num}}}/{{{den}}}"
        if n % 3 == 0:
            add(f"这份年报里{what[1]}是多少？", rid, intent, "colloquial", V(val, unit, 0.05), "scoped-colloquial",
                calc=calc)  # fmt: skip
        else:
            a, style = who(rid, ["short", "full"][n % 2])
            q = f"{a}{g['year']}年{what[0]}是多少？" if style == "formal" else f"{a}{str(g['year'])[2:]}年{what[1]}多少"
            add(q, None, intent, style, V(val, unit, 0.05), "formal" if style == "formal" else "abbreviated",
                calc=calc.replace("{t3.", "{" + rid + ":t3."))  # fmt: skip
    # within-report ratio of t2
    pool2 = [r for r in TAB if (mval(r, "pen") or 0) > 0 and (mval(r, "lic") or 0) > 0]
    rnd.shuffle(pool2)
    for n, rid in enumerate(pool2[:10]):
        val = round(mval(rid, "lic") / mval(rid, "pen"), 2)
        a, style = who(rid, ["noprov", "short"][n % 2])
        add(f"{a}{G[rid]['year']}年行政许可决定数是行政处罚决定数的多少倍", None, "ratio", style, V(val, None, 0.05),
            "voice", calc=f"{{{rid}:t2.license.decisions}}/{{{rid}:t2.penalty.decisions}}")  # fmt: skip


# ================================================================== change / trend (one body over years; within a report)
def same_body_pairs():
    by = defaultdict(list)
    for rid in TAB:
        by[G[rid]["agency"]].append(rid)
    return [sorted(v, key=lambda r: G[r]["year"]) for v in by.values() if len(v) > 1]


def change_block():
    for grp in same_body_pairs():
        a0, a1 = grp[0], grp[-1]
        y0, y1 = G[a0]["year"], G[a1]["year"]
        for n, key in enumerate(["new", "r1", "r7", "rv", "lic", "pen", "carry_out", "np"]):
            v0, v1 = mval(a0, key), mval(a1, key)
            if v0 is None or v1 is None:
                continue
            c = M[key][0][0] if len(M[key][0]) == 1 else None
            if not c:
                continue
            d = v1 - v0
            calc = f"{{{a1}:{c}}}-{{{a0}:{c}}}"
            nm, style = who(a1, ["full", "short", "noprov"][n % 3])
            t = M[key][3]
            qs = [
                f"{nm}{y1}年比{y0}年{t}多了还是少了，差多少？",
                f"{nm}{t}从{y0}年到{y1}年变化了多少",
                f"{nm}{yr(y1, 'cn')}和{yr(y0, 'cn')}相比{t}增减多少",
            ]
            add(
                qs[n % 3], None, "change", style, V(d, M[key][4]), ["colloquial", "formal", "cn-year"][n % 3], calc=calc
            )
            if n < 4:
                add(f"{nm}{y0}年和{y1}年的{t}分别是多少", None, "trend", style,
                    {"values": {a0: v0, a1: v1}, "unit": M[key][4]}, "trend",
                    cells=[f"{a0}:{c}", f"{a1}:{c}"])  # fmt: skip
                add(f"{nm}这几年的{t}走势怎么样，列一下每年的数", None, "trend", style,
                    {"values": {a0: v0, a1: v1}, "unit": M[key][4]}, "colloquial",
                    cells=[f"{a0}:{c}", f"{a1}:{c}"])  # fmt: skip
        # scoped 去年 when the earlier year is the previous one; else a refusal (the previous year is not in the store)
        if y1 - y0 == 1:
            v0, v1 = mval(a0, "new"), mval(a1, "new")
            add("跟去年比，新收的申请多了几件？", a1, "change", "colloquial", V(v1 - v0, "件"), "scoped-relative",
                calc=f"{{{a1}:t3.new.tot}}-{{{a0}:t3.new.tot}}")  # fmt: skip
            add("和上一年度相比，办理结果总计增减了多少", a1, "change", "formal", V(mval(a1, "r7") - mval(a0, "r7"), "件"),
                "scoped-relative", calc=f"{{{a1}:t3.r7.tot}}-{{{a0}:t3.r7.tot}}")  # fmt: skip
    # the previous year is not in the store → refusal (a neighbour of a real comparison)
    have = {(G[r]["agency"], G[r]["year"]) for r in G}
    pool = [r for r in TAB if (G[r]["agency"], G[r]["year"] - 1) not in have]
    rnd.shuffle(pool)
    for n, rid in enumerate(pool[:14]):
        t = ["新收申请", "予以公开", "行政复议", "办理结果总计"][n % 4]
        if n % 2:
            add(f"跟去年比，{t}是多了还是少了？", rid, "unanswerable", "colloquial", {"refuse": True}, "scoped-relative",
                note=f"asked as change: the {G[rid]['year'] - 1} report of this body is not in the store")  # fmt: skip
        else:
            a, style = who(rid, "short")
            add(f"{a}{G[rid]['year']}年{t}比上年增长了多少", None, "unanswerable", style, {"refuse": True}, "formal",
                note=f"asked as change: the {G[rid]['year'] - 1} report of this body is not in the store")  # fmt: skip
    # within one report: GF2019 本年增/减; GF2021 制发 − 废止; 结转下年 − 上年结转
    pool19 = [r for r in TAB if G[r]["template"] == "GF2019" and G[r]["t2"].get("license.delta") not in (None, 0)]
    for n, rid in enumerate(pool19[:8]):
        a, style = who(rid, ["noprov", "full"][n % 2])
        d = G[rid]["t2"]["license.delta"]
        add(f"{a}{G[rid]['year']}年行政许可事项数量比上年增减了多少？", None, "change", style, V(d, None), "formal",
            cells=[f"{rid}:t2.license.delta"], note="GF2019 表二 本年增/减")  # fmt: skip
    pool21 = [r for r in TAB if mval(r, "carry_out") is not None and mval(r, "carry_in") is not None
              and mval(r, "carry_out") != mval(r, "carry_in")]  # fmt: skip
    rnd.shuffle(pool21)
    for n, rid in enumerate(pool21[:8]):
        a, style = who(rid, ["short", "noprov"][n % 2])
        d = mval(rid, "carry_out") - mval(rid, "carry_in")
        add(f"{a}{G[rid]['year']}年年底结转的申请比年初结转过来的多了几件", None, "change", style, V(d, "件"),
            "colloquial", calc=f"{{{rid}:t3.carry_out.tot}}-{{{rid}:t3.carry_in.tot}}")  # fmt: skip


# ================================================================== rank / sum / which_reports over the store
def kind_of(rid):
    a = G[rid]["agency"]
    for k in ("统计局", "司法局", "人力资源和社会保障", "市场监督管理局", "住房和城乡建设局", "民政局",
              "财政局", "退役军人事务局", "农业农村局", "交通运输局", "卫生健康", "应急管理局", "商务局", "审计局",
              "发展和改革", "城市管理"):  # fmt: skip
        if k in a:
            return k
    return None


KIND_WORD = {"统计局": "统计局", "司法局": "司法局", "人力资源和社会保障": "人社部门", "市场监督管理局": "市场监管局",
             "住房和城乡建设局": "住建局", "民政局": "民政局", "教育局": "教育局", "财政局": "财政局",
             "退役军人事务局": "退役军人事务局", "农业农村局": "农业农村局", "交通运输局": "交通运输局", "卫生健康": "卫健部门",
             "应急管理局": "应急管理局", "商务局": "商务局", "审计局": "审计局", "发展和改革": "发改部门", "城市管理": "城管部门"}  # fmt: skip


def groups():
    """(description, ids) of comparable sets of reports: a kind of body, or a level in a year."""
    out = []
    by_kind = defaultdict(list)
    for r in TAB:
        k = kind_of(r)
        if k:
            by_kind[k].append(r)
    for k, ids in sorted(by_kind.items()):
        if len(ids) >= 3:
            out.append((f"库里的{KIND_WORD[k]}", f"各{KIND_WORD[k]}", ids))
    by_lv = defaultdict(list)
    for r in TAB:
        by_lv[G[r]["level"]].append(r)
    for lv, ids in sorted(by_lv.items()):
        if len(ids) >= 3 and lv in ("省级部门", "市级部门", "市级政府"):
            out.append((f"{lv}的报告", f"各{lv}", ids))
        yrs = defaultdict(list)
        for r in ids:
            yrs[G[r]["year"]].append(r)
        for y, yids in sorted(yrs.items()):
            if len(yids) >= 3 and lv in ("县级政府", "市级部门", "省级部门"):
                out.append((f"{y}年{lv}的报告", f"{y}年各{lv}", yids))
    w8 = [r for r in TAB if SET_OF[r] == "wild8"]
    return out, by_kind, w8


def rank_sum_block():
    gs, by_kind, _ = groups()
    n = 0
    for desc, each, ids in gs:
        if n >= 48:
            break
        for key in ("new", "rv", "r1", "lic"):
            vals = {r: mval(r, key) for r in ids}
            if None in vals.values():
                continue
            srt = sorted(vals, key=lambda r: -vals[r])
            if len(srt) < 3 or vals[srt[0]] == vals[srt[1]] or vals[srt[0]] == 0:
                continue
            t = M[key][3]
            cells = [f"{r}:{M[key][0][0]}" for r in ids]
            if n % 3 == 0:
                add(f"{desc}里，{t}最多的是哪家？多少", None, "rank", "colloquial",
                    {"values": {srt[0]: vals[srt[0]]}, "unit": M[key][4], "order": [srt[0]]}, "colloquial", cells=cells)  # fmt: skip
            elif n % 3 == 1:
                top = srt[:3]
                if vals[top[1]] == vals[top[2]] or (len(srt) > 3 and vals[srt[2]] == vals[srt[3]]):
                    n += 1
                    continue
                add(f"请按{t}从多到少列出{each}的前三名。", None, "rank", "formal",
                    {"values": {r: vals[r] for r in top}, "unit": M[key][4], "order": top}, "formal", cells=cells)  # fmt: skip
            else:
                low = sorted(vals, key=lambda r: vals[r])
                if vals[low[0]] == vals[low[1]]:
                    n += 1
                    continue
                add(f"{desc}，{t}最少的是谁", None, "rank", "colloquial",
                    {"values": {low[0]: vals[low[0]]}, "unit": M[key][4], "order": [low[0]]}, "colloquial", cells=cells)  # fmt: skip
            n += 1
    for i, (desc, each, ids) in enumerate(gs):
        key = ["new", "rv", "r1", "ld"][i % 4]
        vals = {r: mval(r, key) for r in ids}
        if None in vals.values():
            continue
        t = M[key][3]
        q, ph = [(f"{desc}{t}加起来一共多少？", "colloquial"), (f"请统计{each}{t}的合计数。", "formal"),
                 (f"sum一下{desc}的{t}", "english"), (f"{desc}{t}总共多少件啊", "voice")][i % 4]  # fmt: skip
        add(q, None, "sum", "formal" if ph == "formal" else "colloquial", V(sum(vals.values()), "件"), ph,
            cells=[f"{r}:{M[key][0][0]}" for r in ids])  # fmt: skip


def named_rank_sum_block():
    """Rank and sum over bodies the user names by short forms (the way an evaluator lists them)."""
    pool = [r for r in TAB if who(r, "short")[1] == "abbreviated" and mval(r, "new") is not None]
    rnd.shuffle(pool)
    w8 = [r for r in pool if SET_OF[r] == "wild8"]
    rest = [r for r in pool if SET_OF[r] != "wild8"]
    for i in range(10):
        grp = w8[i * 2 : i * 2 + 2] + rest[i * 2 : i * 2 + 2]
        if len(grp) < 3:
            break
        key = ["new", "r1", "r7", "rv"][i % 4]
        vals = {r: mval(r, key) for r in grp}
        if None in vals.values():
            continue
        srt = sorted(grp, key=lambda r: -vals[r])
        names = "、".join(f"{who(r, 'short')[0]}{yr(G[r]['year'], 'yy')}" for r in grp)
        t = M[key][3]
        cells = [f"{r}:{M[key][0][0]}" for r in grp]
        if len(set(vals.values())) == len(grp):
            add(f"{names}，按{t}排个序", None, "rank", "abbreviated",
                {"values": vals, "unit": "件", "order": srt}, "several-bodies", cells=cells)  # fmt: skip
        add(f"{names}这几家{t}加一块是多少", None, "sum", "abbreviated", V(sum(vals.values()), "件"), "several-bodies",
            cells=cells)  # fmt: skip


def which_block():
    """Sets over the store: identity breaks (which reports, which identity), thresholds, named lists."""
    fi = {r: {f["check"] for f in G[r]["findings"]} for r in TAB}
    h5 = sorted(r for r in TAB if "H5" in fi[r])
    t3bad = sorted(r for r in TAB if fi[r] & {"H1", "H2", "H3"})
    h1 = sorted(r for r in TAB if "H1" in fi[r])
    h3 = sorted(r for r in TAB if "H3" in fi[r])
    qs = [
        ("哪些报告的表四（行政复议、行政诉讼）总计和分项加不上？", h5, "formal"),
        ("表四总计印错了的年报有哪几份", h5, "colloquial"),
        ("which reports 的行政复议诉讼表总数对不上", h5, "english"),
        ("哪些年报的表三数字勾稽不平（行、列加总对不上）？", t3bad, "formal"),
        ("表三加不平的报告都有哪些", t3bad, "colloquial"),
        ("哪些报告新收加上年结转不等于办结加结转下年", h1, "colloquial"),
        ("办理结果各项加起来不等于总计的年报有哪些？", h3, "formal"),
    ]
    for y in sorted({G[r]["year"] for r in TAB}):
        s = [r for r in t3bad if G[r]["year"] == y]
        if s:
            qs.append((f"{y}年的报告里，哪些表三数据对不上？", s, "formal"))
        s5 = [r for r in h5 if G[r]["year"] == y]
        if s5:
            qs.append((f"{yr(y, 'yy')}的年报里表四总计有问题的是哪些", s5, "colloquial"))
    for q, s, ph in qs:
        add(q, None, "which_reports", "formal" if ph == "formal" else "colloquial", {"reports": s}, ph,
            note="from the gold's findings (H1–H3 on 表三, H5 on 表四)")  # fmt: skip
    # named lists of bodies: which of these break an identity
    bad = t3bad + h5
    good = [r for r in TAB if not fi[r] & {"H1", "H2", "H3", "H5"}]
    rnd.shuffle(good)
    for i in range(10):
        pick_bad = rnd.sample(bad, rnd.choice([1, 2]))
        pick = pick_bad + good[i * 3 : i * 3 + 3]
        rnd.shuffle(pick)
        named_as = [who(r, ["noprov", "short", "full"][i % 3]) for r in pick]
        names = "、".join(f"{nm}{G[r]['year']}年" for (nm, _), r in zip(named_as, pick))
        sty = "abbreviated" if any(st == "abbreviated" for _, st in named_as) else "colloquial"
        q = [f"{names}，这几份年报里哪些数据自相矛盾？",
             f"帮我核一下这几家：{names}，哪几家的统计表加总对不上",
             f"{names}这几个报告的表格有没有算错的 哪些"][i % 3]  # fmt: skip
        add(q, None, "which_reports", sty, {"reports": sorted(pick_bad)}, "several-bodies",
            note="named bodies; the ones with a hard finding in the gold")  # fmt: skip
    # thresholds over levels / kinds / years
    gs, _, _ = groups()
    for desc, _each, ids in gs:
        for key, th in (("rv", 5), ("new", 100), ("ld", 1)):
            vals = {r: mval(r, key) for r in ids}
            if None in vals.values():
                continue
            s = sorted(r for r in ids if vals[r] >= th)
            if 1 <= len(s) <= 6 and len(s) < len(ids):
                t = M[key][3]
                add(f"{desc}里哪些{t}达到{th}件以上（含{th}件）？", None, "which_reports", "formal", {"reports": s},
                    "threshold", cells=[f"{r}:{M[key][0][0]}" for r in ids])  # fmt: skip
    zero_new = sorted(r for r in TAB if mval(r, "new") == 0)
    if 1 <= len(zero_new) <= 8:
        add("哪些单位全年一件信息公开申请都没收到？（按表三）", None, "which_reports", "colloquial", {"reports": zero_new},
            "colloquial")  # fmt: skip
    fee_pos = sorted(r for r in TAB if (mval(r, "fee") or 0) > 0)
    for y in sorted({G[r]["year"] for r in fee_pos}):
        s = [r for r in fee_pos if G[r]["year"] == y]
        alls = [r for r in TAB if G[r]["year"] == y and G[r]["template"] == "GF2021"]
        if 1 <= len(s) <= 6:
            add(f"{y}年的年报里，哪些单位有行政事业性收费（金额不为0）？", None, "which_reports", "formal", {"reports": s},
                "threshold", note="GF2021 reports only (GF2019 has no amount)",
                cells=[f"{r}:t2.fee.amount_wan" for r in alls])  # fmt: skip


# ================================================================== consistency, per report, with the numbers
def nums(note):
    return [float(x) for x in re.findall(r"\d+(?:\.\d+)?", note)]


def consistency_block():
    bad = [r for r in TAB if any(f["check"] in ("H1", "H2", "H3", "H5") for f in G[r]["findings"])]
    for i, rid in enumerate(bad):
        g = G[rid]
        fs = [f for f in g["findings"] if f["check"] in ("H1", "H2", "H3", "H5")]
        t3 = [f for f in fs if f["where"].startswith("t3")]
        t4 = [f for f in fs if f["where"].startswith("t4")]
        for ff, word in ((t3, "表三"), (t4, "表四")):
            if not ff:
                continue
            f = sorted(ff, key=lambda x: ["H3", "H2", "H5", "H1"].index(x["check"]))[0]
            note = f["note"].split("(")[0].split(":", 1)[-1]
            ns = [int(x) for x in re.findall(r"(?<![A-Za-z_\d.])\d+", note)]
            vals = {f"n{j}": x for j, x in enumerate(dict.fromkeys(ns))}
            checks = sorted({x["check"] for x in ff})
            a, style = who(rid, ["full", "short", "noprov"][i % 3])
            y = g["year"]
            add(f"{a}{y}年{word}的数字能对上吗？有问题的话把数列出来", None, "consistency", style,
                {"verdict": "inconsistent", "checks": checks, "values": vals}, "formal" if style == "formal" else "abbreviated",
                cells=[f"{rid}:t3.new.tot"])  # fmt: skip
            add(f"{word}数据有没有自相矛盾的地方", rid, "consistency", "colloquial",
                {"verdict": "inconsistent", "checks": checks, "values": vals}, "scoped-colloquial")  # fmt: skip
            add(f"{a}{yr(y, 'yy')}{word}没毛病吧 我看着挺整齐的", None, "consistency", style,
                {"verdict": "inconsistent", "checks": checks, "values": vals}, "wrong-premise",
                cells=[f"{rid}:t3.new.tot"])  # fmt: skip
        # the other table is clean
        other = "t4" if t3 and not t4 else ("t3" if t4 and not t3 else None)
        if other:
            word = {"t3": "表三", "t4": "表四"}[other]
            chk = ["H5"] if other == "t4" else ["H1", "H2", "H3"]
            add(f"那{word}呢，{word}的总计和分项对得上吗？", rid, "consistency", "colloquial",
                {"verdict": "consistent", "checks": chk}, "scoped-colloquial")  # fmt: skip
    good = [r for r in TAB if not any(f["check"] in ("H1", "H2", "H3", "H5") for f in G[r]["findings"])]
    rnd.shuffle(good)
    w8good = [r for r in good if SET_OF[r] == "wild8"]
    for i, rid in enumerate(w8good[:8] + [r for r in good if SET_OF[r] != "wild8"][:14]):
        a, style = who(rid, ["full", "short", "noprov"][i % 3])
        y = G[rid]["year"]
        q = [f"{a}{y}年报表三的勾稽关系成立吗？", f"{a}{yr(y, 'yy')}表四数据有问题没", f"{a}{y}年的申请数 新收加结转 等不等于办结加结转下年",
             f"听说{a}{y}年报表三总计算错了，是真的吗"][i % 4]  # fmt: skip
        chk = ["H5"] if "表四" in q else (["H1"] if "新收加结转" in q else ["H1", "H2", "H3"])
        add(q, None, "consistency", style, {"verdict": "consistent", "checks": chk},
            "wrong-premise" if "听说" in q else ("voice" if i % 4 == 2 else "formal"), cells=[f"{rid}:t3.new.tot"])  # fmt: skip


# ================================================================== narrative / problems from the text
NARR = [
    (r"主动公开[^。，；]{0,14}?(\d[\d,]*)条", "主动公开了多少条政府信息", "本年度主动公开政府信息多少条", "条"),
    (r"政策解读(\d+)篇", "出了几篇政策解读", "发布政策解读材料多少篇", "篇"),
    (r"组织[^。]{0,12}?培训(\d+)(次|场|期)", "搞了几次信息公开培训", "组织政务公开业务培训多少次", None),
]


def narrative_block():
    pool = sorted(TEXT & UNIQ)
    rnd.shuffle(pool)
    n = 0
    for rid in pool:
        t = tw.text(rid)
        for j, (pat, coll, form, unit) in enumerate(NARR):
            m = re.search(pat, t)
            if not m:
                continue
            v = float(m.group(1).replace(",", ""))
            v = int(v)
            if len(re.findall(pat, t)) > 1 and j == 0:
                continue  # two 主动公开 figures in one text: the question would be ambiguous
            quote = t[max(0, m.start() - 6) : m.end()]
            g = G[rid]
            sty = n % 4
            if sty == 0:
                add(f"这份报告{coll}？", rid, "narrative", "colloquial", V(v, unit or m.group(2)), "scoped-colloquial",
                    quote=quote)  # fmt: skip
            else:
                a, style = who(rid, ["full", "short", "noprov"][sty % 3])
                q, ph = [(f"{a}{g['year']}年{form}？", "formal"), (f"{a}{yr(g['year'], 'yy')}{coll}", "terse"),
                         (f"{a}{g['year']}年{coll}".translate(TRAD), "trad")][sty - 1]  # fmt: skip
                add(q, None, "narrative", style, V(v, unit or m.group(2)), ph, quote={rid: quote})
            n += 1
        if n >= 100:
            break


def problems_block():
    pool = sorted(TEXT & UNIQ)
    rnd.shuffle(pool)
    n = 0
    for rid in pool:
        t = tw.text(rid)
        m = re.search(r"五、[^。]{0,20}?问题[^一]{0,80}?一是([^；。]{6,40})[；。]", t)
        if not m:
            continue
        clause = m.group(1)
        g = G[rid]
        q = [
            ("这份年报说工作中存在哪些主要问题？", rid, "colloquial"),
            (f"{G[rid]['agency']}{g['year']}年政府信息公开工作存在的主要问题是什么？", None, "formal"),
            (f"{who(rid, 'short')[0]}{g['year']}年报里自己承认有啥不足", None, who(rid, "short")[1]),
            (f"{who(rid, 'noprov')[0]}{yr(g['year'], 'yy')}年报 存在的问题 和 改进措施", None, who(rid, "noprov")[1]),
        ][n % 4]
        add(q[0], q[1], "problems", q[2], {"contains": [clause]}, ["scoped-colloquial", "formal", "abbreviated", "terse"][n % 4],
            quote=m.group(0)[m.group(0).find("一是"):] if q[1] else {rid: m.group(0)[m.group(0).find("一是"):]})  # fmt: skip
        n += 1
        if n >= 36:
            break


# ================================================================== refusals
def refusal_block():
    have = {(G[r]["agency"], G[r]["year"]) for r in G}
    agencies = {G[r]["agency"] for r in G}
    pool = list(TAB)
    rnd.shuffle(pool)
    n = 0
    # a neighbouring year of a body in the store
    for rid in pool[:44]:
        g = G[rid]
        for dy in (-1, 1, 2):
            y = g["year"] + dy
            if (g["agency"], y) not in have and 2015 <= y <= 2025:
                break
        else:
            continue
        a, style = who(rid, ["full", "short", "noprov"][n % 3])
        key = rnd.choice(["new", "r1", "rv", "r7"])
        q = [f"{a}{y}年{M[key][1]}？", f"{a}{yr(y, 'cn')}的{M[key][3]}", f"请问{a}{y}年度{M[key][2]}？"][n % 3]
        add(q, None, "unanswerable", style, {"refuse": True}, "neighbour-year",
            note=f"asked as value: {g['agency']} has no {y} report in the store (it has {g['year']})")  # fmt: skip
        n += 1
    # a neighbouring body: the city of a district body, a sibling department
    sib = ["财政局", "教育局", "民政局", "司法局", "统计局", "公安局"]
    for rid in pool[44:100]:
        g = G[rid]
        m = re.match(r"^(.{2,5}?市)(.{1,5}?[区县])(.+)$", g["agency"])
        if not m:
            continue
        for s in sib:
            cand = m.group(1) + m.group(2) + s
            if cand not in agencies and not any(cand in a for a in agencies):
                break
        else:
            continue
        city = m.group(1) + m.group(3)
        if city in agencies or m.group(3).startswith("人民政府"):
            continue
        key = rnd.choice(["new", "r1", "rv"])
        if n % 2:
            add(f"{city}{g['year']}年{M[key][1]}？", None, "unanswerable", "formal", {"refuse": True}, "neighbour-body",
                note=f"asked as value: {city} is not in the store ({g['agency']} is)")  # fmt: skip
        else:
            add(f"{m.group(2)}{s}{g['year']}年{M[key][1]}", None, "unanswerable", "colloquial", {"refuse": True},
                "neighbour-body", note=f"asked as value: no {cand} report in the store")  # fmt: skip
        n += 1
    # a cell of the other template
    g21 = [r for r in TAB if G[r]["template"] == "GF2021"]
    g19 = [r for r in TAB if G[r]["template"] == "GF2019"]
    rnd.shuffle(g21)
    rnd.shuffle(g19)
    for i, rid in enumerate(g21[:22]):
        if i % 4 == 3:
            add(rnd.choice(["这份报告里政府集中采购项目数量是多少", "表二里行政许可比上年增减了多少"]), rid, "unanswerable",
                "colloquial", {"refuse": True}, "scoped-other-template",
                note="asked as value: a GF2019 表二 cell asked of a GF2021 report")  # fmt: skip
            continue
        a, style = who(rid, ["noprov", "short"][i % 2])
        q = [f"{a}{G[rid]['year']}年政府集中采购项目有多少个？", f"{a}{G[rid]['year']}年行政许可事项比上年增加了几项",
             f"{a}{G[rid]['year']}年政府集中采购总金额是多少"][i % 3]  # fmt: skip
        add(q, None, "unanswerable", style, {"refuse": True}, "other-template",
            note="asked as value: a GF2019 表二 cell (采购 / 本年增减) asked of a GF2021 report")  # fmt: skip
    for i, rid in enumerate(g19[:14]):
        a, style = who(rid, ["noprov", "full"][i % 2])
        q = [f"{a}{G[rid]['year']}年规范性文件本年废止了几件？", f"{a}{G[rid]['year']}年行政事业性收费金额是多少万元",
             f"{a}{G[rid]['year']}年因申请人逾期未缴纳信息处理费而终止处理的有几件"][i % 3]  # fmt: skip
        add(q, None, "unanswerable", style, {"refuse": True}, "other-template",
            note="asked as value: a GF2021 cell (本年废止 / 收费金额 / （六）2) asked of a GF2019 report")  # fmt: skip
    # no tables in the gold (LEGACY, images): table cells that the text does not give
    notab = sorted(r for r in UNIQ if not tab(G[r]))
    for i, rid in enumerate(notab):
        t = tw.text(rid) if rid in TEXT else ""
        g = G[rid]
        for word, q in (
            ("部分公开", "部分公开的有几件"),
            ("纠正", "行政复议被纠正了几件"),
            ("商业企业", "商业企业申请了多少件"),
        ):
            if rid in TEXT and word not in t:
                a, style = who(rid, ["full", "noprov", "short"][i % 3])
                add(f"{a}{g['year']}年{q}？", None, "unanswerable", style, {"refuse": True}, "no-table",
                    note=f"asked as value: {g['template']} report without a readable table; the text has no 「{word}」")  # fmt: skip
                break
    # what no report says
    nots = [
        ("负责信息公开工作的专职人员有几个", "人员"),
        ("信息公开工作经费预算是多少", "经费"),
        ("政府网站全年访问量多少", "访问量"),
        ("申请人里男性占比多少", "男性"),
        ("群众对信息公开的满意度是多少", "满意度"),
        ("依申请公开平均答复用了几个工作日", "平均"),
        ("政务热线接了多少电话", "热线"),
        ("申请人里60岁以上的有多少", "岁"),
    ]
    cands = [r for r in pool if r in TEXT]
    for i, (q, word) in enumerate(nots * 3):
        rid = cands[i]
        if word in tw.text(rid):
            continue
        if i % 3 == 0:
            add(f"这份年报里{q}？", rid, "unanswerable", "colloquial", {"refuse": True}, "not-said",
                note=f"asked as narrative: the report does not say (no 「{word}」)")  # fmt: skip
        else:
            a, style = who(rid, ["full", "short", "noprov"][i % 3])
            add(f"{a}{G[rid]['year']}年{q}", None, "unanswerable", style, {"refuse": True}, "not-said",
                note=f"asked as narrative: the report does not say (no 「{word}」)")  # fmt: skip


def main():
    values_block()
    premise_block()
    blank_block()
    list_block()
    compare_block()
    share_block()
    change_block()
    rank_sum_block()
    named_rank_sum_block()
    which_block()
    consistency_block()
    narrative_block()
    problems_block()
    refusal_block()
    seen = set()
    items = []
    for it in OUT:
        k = (it["q"], json.dumps(it["scope"]))
        if k in seen:
            continue
        seen.add(k)
        items.append(it)
    body = ",\n".join("    " + repr(it) for it in items)
    src = (
        '"""The blindx bank (wild … wild8 in one store): written by make_blindx.py from the wild gold and texts;\n'
        'every expectation is a literal, re-checked by tests/test_wildbank.py. Format: eval/questions/README.md."""\n\n'
        "import _dsl\n\nITEMS = [\n" + body + ",\n]\n\nfor _it in ITEMS:\n    _dsl.BANK.append(dict(_it))\n"
    )
    (Path(__file__).parent / "src_blindx.py").write_text(src, encoding="utf-8")
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(c))


if __name__ == "__main__":
    main()
