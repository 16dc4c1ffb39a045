"""Write blindwa.jsonl (held-out bank over eval/wild … wild23) from the gold and the reports' text.

    PYTHONPATH=. python eval/questions/blindwa/make_blindwa.py

Deterministic: one seeded Random, golds read in sorted order; identical bytes on every run."""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
sys.path.insert(0, str(HERE))
import text  # noqa: E402

SETS = ["wild", *(f"wild{i}" for i in range(2, 24))]
R = random.Random(20261206)

# ---------------------------------------------------------------- golds and text
GOLDS: list[dict] = []
for s in SETS:
    for f in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(f.read_text("utf-8"))
        g["_set"] = s
        GOLDS.append(g)
BY_ID = {g["id"]: g for g in GOLDS}
AY = collections.Counter((g["agency"], g["year"]) for g in GOLDS)
AG = collections.defaultdict(list)
for g in GOLDS:
    AG[g["agency"]].append(g)
TEXT: dict[str, str] = {}
for g in GOLDS:
    t = text.read(EVAL / g["_set"] / g["file"], g["format"])
    if t:
        TEXT[g["id"]] = text.flat(t)


def clean_key(g, keys):
    """Every key a number, the table without a gold finding, the template a GF one."""
    if g["template"] == "LEGACY" or not g["tables_recoverable"] or AY[(g["agency"], g["year"])] > 1:
        return False
    for k in keys:
        tb, _, c = k.partition(".")
        if any(f["where"].startswith(tb) for f in g["findings"]):
            return False
        v = g.get(tb, {}).get(c)
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return False
    return True


def cell(g, k):
    tb, _, c = k.partition(".")
    return g[tb][c]


# ---------------------------------------------------------------- names
DEPT = [
    ("人力资源和社会保障局", ["人社局"]),
    ("市场监督管理局", ["市监局", "市场监管局"]),
    ("住房和城乡建设局", ["住建局"]),
    ("发展和改革委员会", ["发改委"]),
    ("发展和改革局", ["发改局"]),
    ("卫生健康委员会", ["卫健委"]),
    ("卫生健康局", ["卫健局"]),
    ("自然资源和规划局", ["自规局"]),
    ("城市管理和综合执法局", ["城管执法局", "城管局"]),
    ("交通运输局", ["交通局"]),
    ("医疗保障局", ["医保局"]),
    ("退役军人事务局", ["退役军人局"]),
    ("应急管理局", ["应急局"]),
    ("生态环境局", ["生态环境局"]),
    ("农业农村局", ["农业农村局"]),
    ("人民政府办公室", ["政府办"]),
    ("人民政府", ["政府"]),
    ("街道办事处", ["街道办", "街道"]),
    ("教育局", ["教育局"]),
    ("司法局", ["司法局"]),
    ("民政局", ["民政局"]),
    ("自然资源局", ["自然资源局"]),
]
FORMER = {"卫生健康局": "卫计局", "卫生健康委员会": "卫计委", "自然资源局": "国土局", "生态环境局": "环保局"}
PLACE_RE = re.compile(r".{2,}?(?:自治州|自治县|省|自治区|市|州|盟|地区|新区|区|县|旗|镇|乡|街道)")


def split_agency(a):
    for long, shorts in DEPT:
        if a.endswith(long):
            place = a[: -len(long)]
            toks = PLACE_RE.findall(place)
            if "".join(toks) != place or not toks:
                return None
            return toks, long, shorts
    return None


def bare(tok):
    b = re.sub(r"(自治州|自治县|省|自治区|市|州|新区|区|县|镇|乡|街道)$", "", tok)
    return b if len(b) >= 2 else tok


SPLIT = {a: split_agency(a) for a in AG}


def matches(written_toks, dept_long):
    """Stored agencies the written name (place tokens + department) can mean."""
    out = []
    for a, sp in SPLIT.items():
        if not sp or sp[1] != dept_long:
            continue
        place = "".join(sp[0])
        if all(bare(t) in place for t in written_toks):
            out.append(a)
    return out


def short_names(a):
    """(written name, kind) pairs that name exactly agency `a` in the store."""
    sp = SPLIT.get(a)
    if not sp:
        return []
    toks, long, shorts = sp
    out = []
    last = toks[-1]
    cands = []
    for sh in shorts:
        if long == "人民政府" and last.endswith(("镇", "乡")):
            cands += [([last], last + "政府", "short"), ([last], last, "short")]
            continue
        cands.append(([last], last + sh, "short"))
        if len(toks) >= 2 and toks[-2].endswith("市"):
            cands.append(([toks[-2], last], bare(toks[-2]) + last + sh, "parent"))
        if bare(last) != last:
            cands.append(([last], bare(last) + sh, "short"))
        if last.endswith("省"):
            cands.append(([last], "省" + sh.replace("局", "厅"), "short"))
    if long == "人民政府办公室":
        cands.append(([last], last + "府办" if not last.endswith("县") else last[:-1] + "县府办", "short"))
    if long in FORMER:
        cands.append(([last], last + FORMER[long], "former"))
    for wt, name, kind in cands:
        if name == a or name in {c[1] for c in out}:
            continue
        if matches(wt, long) == [a]:
            out.append((name, kind))
    return out


TYPO = {"监": "坚", "政府": "正府", "住建": "住健", "人社": "人设", "街道": "街到", "卫健": "卫建", "交通": "交同",
        "管理": "管里", "保障": "保章", "发展": "发屐", "农业": "农叶"}


def typo_name(a):
    for k, v in TYPO.items():
        if k in a:
            return a.replace(k, v, 1)
    return None


def longer_name(g):
    """The region printed before the agency: 「湖南省长沙市开福区住房和城乡建设局」."""
    sp = SPLIT.get(g["agency"])
    reg = g.get("region") or ""
    if not sp or not reg:
        return None
    first = sp[0][0]
    i = reg.find(first)
    if i <= 0:
        return None
    return reg[:i] + g["agency"]


# ---------------------------------------------------------------- dress
TRAD = str.maketrans("这们个会们来数收开处结转请问里说过对没复诉讼与报还为么县区镇乡局办条发读训议应对吗实际",
                     "這們個會們來數收開處結轉請問裡說過對沒復訴訟與報還為麼縣區鎮鄉局辦條發讀訓議應對嗎實際")
FILL = ["嗯 ", "好的 那", "ok 再问下 ", "那个 ", "请问一下 ", "麻烦看下 ", "喂 ", "我想问 "]
CN = "〇一二三四五六七八九"


def yr(y, mode):
    if mode == "2d":
        return f"{y % 100}年"
    if mode == "cn":
        return "二" + "".join(CN[int(c)] for c in str(y)[1:]) + "年"
    return f"{y}年" if mode == "plain" else f"{y}年度"


def dress(q, ph):
    if ph == "voice":
        return re.sub(r"[，。？！、,.?!：:；]", " ", R.choice(["嗯 ", "那个 ", "喂 ", "就是 "]) + q).strip()
    if ph == "trad":
        return q.translate(TRAD)
    if ph == "filler":
        return R.choice(FILL) + q
    return q


def pick_phrasing(weights=(("plain", 55), ("voice", 15), ("filler", 15), ("trad", 8), ("2d", 7))):
    names, w = zip(*weights)
    return R.choices(names, w)[0]


# ---------------------------------------------------------------- set weighting
SET_W = {s: (22 if s == "wild23" else 14 if s == "wild22" else 64 / 21) for s in SETS}


def pick(pool, used=None):
    pool = [g for g in pool if not used or g["id"] not in used]
    by = collections.defaultdict(list)
    for g in pool:
        by[g["_set"]].append(g)
    ss = sorted(by)
    s = R.choices(ss, [SET_W[x] for x in ss])[0]
    return R.choice(by[s])


# ---------------------------------------------------------------- measures
DENY = [f"t3.r3_{i}.tot" for i in range(1, 9)]
NONE = [f"t3.r4_{i}.tot" for i in range(1, 4)]
NOPROC = [f"t3.r5_{i}.tot" for i in range(1, 6)]
M = {
    "new": (["t3.new.tot"], ["新收了多少件申请", "收到几个信息公开申请", "依申请公开新收多少件", "一共接到多少份公开申请"]),
    "open": (["t3.r1.tot"], ["予以公开了几件", "同意公开的有多少件", "全部公开的是几件"]),
    "part": (["t3.r2.tot"], ["部分公开多少件", "只公开了一部分的有几件"]),
    "deny": (DENY, ["不予公开一共几件", "拒绝公开的有多少件"]),
    "none": (NONE, ["无法提供的有几件", "因为没有信息没法提供的多少件"]),
    "noproc": (NOPROC, ["不予处理的多少件", "没受理处理的几件"]),
    "done": (["t3.r7.tot"], ["办理结果总计多少件", "总共办结了多少"]),
    "cout": (["t3.carry_out.tot"], ["结转到下一年继续办的有几件", "结转下年度多少件"]),
    "cin": (["t3.carry_in.tot"], ["上年结转过来几件", "从上一年转过来的申请多少件"]),
    "rv": (["t4.rv.tot"], ["行政复议有几件", "被申请行政复议多少次"]),
    "suit": (["t4.ld.tot", "t4.lr.tot"], ["行政诉讼一共几件", "被起诉了几次"]),
    "ld": (["t4.ld.tot"], ["未经复议直接起诉的诉讼几件"]),
}
NAME = {"new": "新收申请", "open": "予以公开", "part": "部分公开", "deny": "不予公开", "none": "无法提供", "noproc": "不予处理",
        "done": "办理结果总计", "cout": "结转下年度", "cin": "上年结转", "rv": "行政复议", "suit": "行政诉讼", "ld": "直接起诉"}

ITEMS: list[dict] = []


def add(q, scope, intent, expect, persona, kind, phrasing, g_read, cells=None, style="colloquial", **kw):
    it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    it.update(kw)
    it.update({"persona": persona, "kind": kind, "phrasing": phrasing,
               "sets": sorted({BY_ID[i]["_set"] for i in g_read})})
    ITEMS.append(it)
    return it


def vsum(g, keys):
    return sum(cell(g, k) for k in keys)


def readable(keys):
    return [g for g in GOLDS if clean_key(g, keys)]


PERS = ["officer", "citizen", "reporter", "assessor", "lawyer", "researcher", "business", "deputy"]
PW = [24, 18, 14, 12, 9, 9, 7, 7]


def persona():
    return R.choices(PERS, PW)[0]


LEAD = {"officer": ["帮我查下 ", "核一下 ", ""], "citizen": ["", "想问问 ", "请问 "], "reporter": ["写稿用 ", "核实一下 ", ""],
        "assessor": ["评估用：", "打分核对：", ""], "lawyer": ["以年报为准，", "", "想确认下 "],
        "researcher": ["做数据整理，", "", ""], "business": ["我们公司想了解下 ", "", ""], "deputy": ["", "请介绍一下 ", ""]}


def lead(p):
    return R.choice(LEAD[p])


# ================================================================ A. the body as users write it (~75)
def section_a():
    used = set()
    measures = ["new", "open", "deny", "done", "rv", "suit", "none", "part", "cout"]
    n = 0
    tries = 0
    while n < 60 and tries < 5000:
        tries += 1
        m = R.choice(measures)
        keys, phr = M[m]
        g = pick(readable(keys), used)
        names = short_names(g["agency"])
        mode = R.choice(["short", "short", "parent", "former", "typo", "long", "noyear", "short"])
        if mode in ("short", "parent", "former"):
            cand = [x for x in names if x[1] == mode] or ([x for x in names if x[1] == "short"] if mode != "short" else [])
            if not cand:
                continue
            name, nk = R.choice(cand)
            style = "abbreviated"
        elif mode == "typo":
            name, nk, style = typo_name(g["agency"]), "typo", "colloquial"
            if not name:
                continue
        elif mode == "long":
            name, nk, style = longer_name(g), "longer", "formal"
            if not name:
                continue
        else:  # body held once: no year
            if len(AG[g["agency"]]) != 1 or not names:
                continue
            name, nk = R.choice(names)
            style = "abbreviated"
        used.add(g["id"])
        p = persona()
        ph = pick_phrasing()
        ym = "2d" if ph == "2d" else R.choice(["plain", "plain", "cn", "du"])
        ys = "" if mode == "noyear" else yr(g["year"], ym)
        q = f"{lead(p)}{name}{ys}{R.choice(phr)}"
        q = dress(q + R.choice(["？", "", "?"]), ph if ph != "2d" else "plain")
        add(q, {}, "value", {"value": vsum(g, keys), "unit": "件"}, p, "body name: " + nk, ph, [g["id"]], keys
            if len(keys) == 1 else [f"{g['id']}:{k}" for k in keys], style=style,
            note=f"{name} = {g['agency']} {g['year']}; {NAME[m]}" + ("; year omitted, body held once" if mode == "noyear" else ""))
        if len(keys) == 1:
            ITEMS[-1]["cells"] = [f"{g['id']}:{keys[0]}"]
        n += 1
    # ambiguous names: a department written with only a province/city or nothing, several stored bodies match
    amb = []
    for long, shorts in DEPT:
        if long == "人民政府":
            continue
        by_place = collections.defaultdict(set)
        for a, sp in SPLIT.items():
            if sp and sp[1] == long:
                for t in sp[0][:-1]:
                    by_place[t].add(a)
        for t, ags in sorted(by_place.items()):
            if len(ags) >= 2 and not any(SPLIT[a][0][-1] == t for a in ags):
                amb.append((t, long, shorts[0], sorted(ags)))
    R.shuffle(amb)
    for t, long, sh, ags in amb[:10]:
        p = persona()
        ph = pick_phrasing((("plain", 60), ("voice", 20), ("filler", 20)))
        q = dress(f"{lead(p)}{bare(t)}{sh}{R.choice(['新收了多少申请', '办结了多少件', '有没有行政复议'])}", ph)
        add(q, {}, "unanswerable", {"refuse": True}, p, "body name: ambiguous", ph, [g["id"] for a in ags for g in AG[a]],
            style="abbreviated", note=f"asked as value; 「{bare(t)}{sh}」 matches {len(ags)} stored bodies ({'、'.join(ags[:4])}…): 找到多个 / refusal")
    # bodies not in the store: a real place of the store with a department it does not hold
    k = 0
    for a in sorted(SPLIT):
        sp = SPLIT[a]
        if not sp or k >= 6 or not sp[0][-1].endswith(("区", "县", "市")) or R.random() > 0.1:
            continue
        for long, shorts in [("司法局", ["司法局"]), ("民政局", ["民政局"]), ("医疗保障局", ["医保局"])]:
            if long == sp[1] or matches([sp[0][-1]], long):
                continue
            p = persona()
            y = R.choice([2021, 2022, 2023])
            q = f"{sp[0][-1]}{shorts[0]}{yr(y, 'plain')}收到多少政府信息公开申请"
            add(q, {}, "unanswerable", {"refuse": True}, p, "body name: not in the store", "plain", [], style="abbreviated",
                note=f"asked as value; no stored body is {sp[0][-1]}{long}")
            k += 1
            break


# ================================================================ B. two things in one message, yes/no (~60)
def section_b():
    pairs = [("new", "done", "新收和办结各多少"), ("open", "part", "予以公开和部分公开分别几件"),
             ("cin", "cout", "上年结转和结转下年度各是多少"), ("rv", "ld", "行政复议和直接起诉的诉讼各几件")]
    used = set()
    for i in range(16):
        a, b, tail = pairs[i % 4]
        keys = [M[a][0][0], M[b][0][0]]
        g = pick(readable(keys), used)
        used.add(g["id"])
        p = persona()
        ph = pick_phrasing()
        scoped = i % 2 == 0
        names = short_names(g["agency"])
        if scoped:
            q = dress(f"{lead(p)}{R.choice(['本年度', '今年', '这份报告里'])}{tail}", ph)
            add(q, {"report": g["id"]}, "list", {"values": {k: cell(g, k) for k in keys}, "unit": "件"}, p, "two figures", ph,
                [g["id"]], keys, note="two cells asked in one message")
        else:
            name = names[0][0] if names else g["agency"]
            q = dress(f"{lead(p)}{name}{yr(g['year'], 'plain')}{tail}", ph)
            add(q, {}, "list", {"values": {f"{g['id']}:{k}": cell(g, k) for k in keys}, "unit": "件"}, p, "two figures", ph,
                [g["id"]], [f"{g['id']}:{k}" for k in keys], style="abbreviated" if names else "colloquial",
                note=f"{g['agency']} {g['year']}; two cells in one message")
    # yes/no answered by the count
    yn = [("suit", "有没有被提起行政诉讼", "有"), ("rv", "有没有人申请行政复议", "有"), ("deny", "有没有不予公开的情况", "有"),
          ("cout", "有没有没办完结转到下一年的", "有"), ("new", "收到的申请是不是超过一百件", ">100"),
          ("new", "新收申请有没有过十件", ">10")]
    for i in range(24):
        m, tail, _ = yn[i % len(yn)]
        keys = M[m][0]
        g = pick(readable(keys), used)
        used.add(g["id"])
        v = vsum(g, keys)
        ans = ("是" if v > 100 else "否") if ">100" in yn[i % len(yn)][2] else ("是" if v > 10 else "否") if ">10" in yn[i % len(yn)][2] else ("有" if v else "没有")
        p = persona()
        ph = pick_phrasing()
        scoped = i % 3 != 0
        cells = keys if scoped else [f"{g['id']}:{k}" for k in keys]
        if scoped:
            q = dress(f"{lead(p)}{R.choice(['今年', '本年度', ''])}{tail}", ph)
            add(q, {"report": g["id"]}, "value", {"value": v, "unit": "件"}, p, "yes/no", ph, [g["id"]], cells,
                note=f"yes/no answered by the count: {ans} ({NAME[m]} {v})")
        else:
            names = short_names(g["agency"])
            name = names[0][0] if names else g["agency"]
            q = dress(f"{lead(p)}{name}{yr(g['year'], R.choice(['plain', '2d', 'cn']))}{tail}", ph)
            add(q, {}, "value", {"value": v, "unit": "件"}, p, "yes/no", ph, [g["id"]], cells,
                style="abbreviated" if names else "colloquial", note=f"{g['agency']} {g['year']}; yes/no by the count: {ans} ({v})")
    # which is bigger, two cells of one report
    for i in range(8):
        a, b = [("open", "part"), ("new", "cin"), ("rv", "ld"), ("cout", "cin")][i % 4]
        keys = [M[a][0], M[b][0]]
        g = pick([x for x in readable(keys[0] + keys[1]) if vsum(x, keys[0]) != vsum(x, keys[1])], used)
        used.add(g["id"])
        va, vb = vsum(g, keys[0]), vsum(g, keys[1])
        ka, kb = keys[0][0], keys[1][0]
        p = persona()
        ph = pick_phrasing()
        q = dress(f"{lead(p)}{NAME[a]}比{NAME[b]}多吗", ph)
        add(q, {"report": g["id"]}, "list", {"values": {ka: va, kb: vb}, "unit": "件", "order": [ka if va > vb else kb]}, p,
            "which of two is bigger", ph, [g["id"]], keys[0] + keys[1],
            note=f"{NAME[a]} {va} vs {NAME[b]} {vb}: {'是' if va > vb else '否'}")
    # does it add up: 收到的和处理的对得上吗 (H1 on the 总计 column)
    t3keys = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
    clean = [g for g in readable(t3keys) if not g["findings"]]
    defect = []
    for g in GOLDS:
        if g["template"] == "LEGACY" or not g["tables_recoverable"] or AY[(g["agency"], g["year"])] > 1:
            continue
        fs = [f for f in g["findings"] if f["check"] == "H1" and f["where"] == "t3 column tot"]
        if fs and len([f for f in g["findings"] if f["where"].startswith("t3")]) == 1 and all(
                isinstance(cell(g, k), int) for k in t3keys):
            defect.append(g)
    for i in range(12):
        bad = i % 3 == 0 and defect
        g = pick(defect if bad else clean, used)
        used.add(g["id"])
        a = cell(g, "t3.new.tot") + cell(g, "t3.carry_in.tot")
        b = cell(g, "t3.r7.tot") + cell(g, "t3.carry_out.tot")
        assert (a != b) == bool(bad), g["id"]
        p = R.choice(["officer", "assessor", "researcher"])
        ph = pick_phrasing()
        q = dress(R.choice(["报告里收到的和处理的对得上吗", "表三新收加结转和办结加结转下年平不平", "收到的申请跟办理结果数对得上不",
                            "依申请这块的数字能对上吗"]), ph)
        add(q, {"report": g["id"]}, "consistency",
            {"verdict": "inconsistent" if bad else "consistent", "checks": ["H1"],
             "values": {"new+carry_in": a, "r7+carry_out": b}}, p, "adds up?" + (" (defect)" if bad else ""), ph,
            [g["id"]], t3keys, note=f"新收{cell(g, 't3.new.tot')}+上年结转{cell(g, 't3.carry_in.tot')}={a}; "
                                    f"办理结果{cell(g, 't3.r7.tot')}+结转下年{cell(g, 't3.carry_out.tot')}={b}")


# ================================================================ C. narrative figures (~75)
NARR = [
    ("web", r"主动公开(?:各类)?政府信息(\d+)(余)?条", "条", ["网站上主动公开了多少条信息", "主动公开政府信息多少条", "一年发布了多少条政府信息"]),
    ("doc", r"其中政策文件(\d+)(件|条)", None, ["其中政策文件有多少", "公开的政策文件几件"]),
    ("jd", r"政策解读(\d+)篇", "篇", ["政策解读多少篇", "发了几篇政策解读", "解读材料有多少篇"]),
    ("wx", r"公众号发布信息(\d+)条", "条", ["政务新媒体发了多少条", "微信公众号发布了多少条信息", "公众号发了几条"]),
    ("train", r"业务培训(\d+)(次|场)", None, ["培训搞了几次", "组织了几场业务培训", "开展业务培训多少次"]),
    ("meet", r"推进会(\d+)次", "次", ["开了几次推进会", "政务公开推进会开了多少次"]),
    ("col", r"栏目(\d+)个", "个", ["更新了几个栏目", "法定主动公开内容栏目更新了多少个"]),
    ("recv", r"共收到政府信息公开申请(\d+)件", "件", ["正文里说共收到多少申请", "文字部分讲收到了多少件申请"]),
    ("fin", r"已办结(\d+)件", "件", ["正文说已办结多少件"]),
    ("face", r"当面申请(\d+)件", "件", ["当面申请的有几件", "现场来申请的多少件"]),
    ("ontime", r"已按时答复(\d+)件", "件", ["按时答复了多少件"]),
]
NOTSAID = [
    ("发布会", ["开了几次新闻发布会", "新闻发布会办了几场"]),
    ("提案", ["建议提案办了多少件", "人大建议政协提案办理了多少件"]),
    ("人次", ["培训了多少人次", "参加培训的有多少人次"]),
    ("微博", ["政务微博发了多少条"]),
    ("访问", ["网站访问量是多少"]),
]


def narr_hits():
    hits = []
    for g in GOLDS:
        t = TEXT.get(g["id"])
        if not t or AY[(g["agency"], g["year"])] > 1:
            continue
        head = t if g["template"] == "LEGACY" else t.split("二、主动公开政府信息情况")[0]
        for key, pat, unit, phr in NARR:
            ms = list(re.finditer(pat, head))
            if len(ms) != 1 or len(re.findall(pat, t)) != 1:
                continue
            m = ms[0]
            s = max(0, m.start() - 6)
            quote = head[s:m.end()]
            hits.append((g, key, int(m.group(1)), unit or m.group(2), phr, quote, m.group(2) if key == "web" else None))
    return hits


def section_c():
    hits = narr_hits()
    R.shuffle(hits)
    by_set = collections.defaultdict(list)
    for h in hits:
        by_set[h[0]["_set"]].append(h)
    used = set()
    kinds = collections.Counter()
    n = 0
    while n < 62:
        ss = sorted(s for s in by_set if by_set[s])
        s = R.choices(ss, [SET_W[x] for x in ss])[0]
        g, key, v, unit, phr, quote, qual = by_set[s].pop()
        if g["id"] in used or kinds[key] >= 10:
            continue
        used.add(g["id"])
        kinds[key] += 1
        p = persona()
        ph = pick_phrasing()
        scoped = R.random() < 0.5
        ask = R.choice(phr)
        names = short_names(g["agency"])
        if scoped:
            q = dress(f"{lead(p)}{ask}", ph)
            scope, sq, style = {"report": g["id"]}, quote, "colloquial"
        else:
            name = R.choice(names)[0] if names and R.random() < 0.6 else g["agency"]
            q = dress(f"{lead(p)}{name}{yr(g['year'], R.choice(['plain', 'du', '2d']))}{ask}", ph)
            scope, sq, style = {}, {g["id"]: quote}, "abbreviated" if name != g["agency"] else "colloquial"
        add(q, scope, "narrative", {"value": v, "unit": unit}, p, "narrative figure: " + key, ph, [g["id"]], style=style,
            source_quote=sq, note=f"{g['agency']} {g['year']}; the text" + (f" prints {v}{qual}{unit} (qualifier not in the value)" if qual else ""))
        n += 1
    # the text does not say it
    k = 0
    cand = [g for g in GOLDS if g["id"] in TEXT and AY[(g["agency"], g["year"])] == 1 and g["id"] not in used]
    while k < 13:
        g = pick(cand, used)
        word, phr = NOTSAID[k % len(NOTSAID)]
        if word in TEXT[g["id"]]:
            continue
        used.add(g["id"])
        p = persona()
        ph = pick_phrasing()
        if k % 2:
            q = dress(f"{lead(p)}{R.choice(['今年', '本年度', ''])}{R.choice(phr)}", ph)
            scope = {"report": g["id"]}
        else:
            q = dress(f"{lead(p)}{g['agency']}{yr(g['year'], 'plain')}{R.choice(phr)}", ph)
            scope = {}
        add(q, scope, "unanswerable", {"refuse": True}, p, "narrative: not said", ph, [g["id"]],
            note=f"asked as narrative; 「{word}」 does not occur in the report's text")
        k += 1


# ================================================================ D. one body over several years (~30)
def section_d():
    keys = ["t3.new.tot", "t3.r7.tot"]
    bodies = []
    for a, gs in sorted(AG.items()):
        ys = sorted({g["year"] for g in gs})
        ok = [g for g in gs if clean_key(g, keys)]
        if len(ys) >= 2 and len(ok) == len(gs) == len(ys):
            bodies.append(sorted(ok, key=lambda g: g["year"]))
    for gs in bodies:
        a = gs[0]["agency"]
        names = short_names(a)
        name = names[0][0] if names else a
        style = "abbreviated" if names else "colloquial"
        ids = [g["id"] for g in gs]
        first, last = gs[0], gs[-1]
        ys = "和".join(str(g["year"]) for g in gs)
        # change
        p = persona()
        ph = pick_phrasing((("plain", 60), ("voice", 20), ("filler", 20)))
        d = cell(last, "t3.new.tot") - cell(first, "t3.new.tot")
        q = dress(f"{name}{first['year']}年和{last['year']}年比 收到的申请是多了还是少了", ph)
        add(q, {}, "change", {"value": d, "unit": "件"}, p, "one body over years: change", ph, ids,
            [f"{first['id']}:t3.new.tot", f"{last['id']}:t3.new.tot"], style=style,
            calc=f"{{{last['id']}:t3.new.tot}}-{{{first['id']}:t3.new.tot}}",
            note=f"{a}: {last['year']} {cell(last, 't3.new.tot')} − {first['year']} {cell(first, 't3.new.tot')}")
        # which year most (scoped on the latest, 这几年)
        vals = {g["id"]: cell(g, "t3.r7.tot") for g in gs}
        top = max(vals.values())
        if list(vals.values()).count(top) == 1:
            p = persona()
            q = dress(R.choice(["这几年办结的申请哪一年最多", "库里这个单位几年的年报 哪年办结得最多"]), "plain")
            add(q, {"report": last["id"]}, "trend", {"values": vals, "unit": "件", "order": [max(vals, key=vals.get)]}, p,
                "one body over years: top year", "plain", ids, [f"{i}:t3.r7.tot" for i in ids],
                note=f"{a}, the stored years {ys}; 办理结果总计")
        # sum
        p = persona()
        ph = pick_phrasing((("plain", 70), ("trad", 15), ("filler", 15)))
        tot = sum(cell(g, "t3.new.tot") for g in gs)
        q = dress(f"{name}{ys}年加起来一共新收了多少申请", ph)
        add(q, {}, "sum", {"value": tot, "unit": "件"}, p, "one body over years: sum", ph, ids,
            [f"{i}:t3.new.tot" for i in ids], style=style, note=f"{a} {ys}: " + "+".join(str(cell(g, 't3.new.tot')) for g in gs))
    return bodies


# ================================================================ E. the rest: chains, problems, other template, blanks
def section_e():
    used = set()
    # chains of two and three turns
    follow = [("part", "那部分公开呢"), ("deny", "不予公开的呢"), ("rv", "好的 行政复议呢"), ("cout", "结转下年的呢"),
              ("none", "那无法提供的有多少"), ("open", "那予以公开的呢")]
    for c in range(14):
        first_m = R.choice(["new", "done"])
        m2, f2 = follow[c % len(follow)]
        m3, f3 = follow[(c + 2) % len(follow)]
        keys = M[first_m][0] + M[m2][0] + M[m3][0]
        g = pick(readable(keys), used)
        used.add(g["id"])
        names = short_names(g["agency"])
        name = names[0][0] if names else g["agency"]
        style = "abbreviated" if names else "colloquial"
        t1 = f"{name}{yr(g['year'], 'plain')}{M[first_m][1][0]}"
        chain = f"c{c + 1:02d}"
        p = persona()
        add(t1, {}, "value", {"value": vsum(g, M[first_m][0]), "unit": "件"}, p, "chain turn 1", "plain", [g["id"]],
            [f"{g['id']}:{k}" for k in M[first_m][0]], style=style, chain=chain, note=f"{g['agency']} {g['year']}")
        add(f2, {}, "value", {"value": vsum(g, M[m2][0]), "unit": "件"}, p, "chain follow-up", "plain", [g["id"]],
            [f"{g['id']}:{k}" for k in M[m2][0]], previous=t1, chain=chain, note=f"{g['agency']} {g['year']}: {NAME[m2]}")
        if c % 2 == 0:
            add(f3, {}, "value", {"value": vsum(g, M[m3][0]), "unit": "件"}, p, "chain follow-up", "plain", [g["id"]],
                [f"{g['id']}:{k}" for k in M[m3][0]], previous=[t1, f2], chain=chain,
                note=f"{g['agency']} {g['year']}: {NAME[m3]}")
    # problems / measures of section 五
    k = 0
    cand = [g for g in GOLDS if g["id"] in TEXT and g["template"] != "LEGACY" and AY[(g["agency"], g["year"])] == 1]
    while k < 14:
        g = pick(cand, used)
        t = TEXT[g["id"]]
        i = t.rfind("五、")
        sec = t[i:]
        parts = sec.split("一是")
        if len(parts) < 3:
            used.add(g["id"])
            continue
        prob = re.split(r"[，；。]", parts[1])[0][:18]
        meas = re.split(r"[，；。]", parts[2])[0][:18]
        want = prob if k % 2 == 0 else meas
        used.add(g["id"])
        if t.count(want) != 1 or len(want) < 6:
            continue
        p = persona()
        ph = pick_phrasing((("plain", 60), ("voice", 20), ("filler", 20)))
        ask = R.choice(["存在哪些问题", "工作上有啥不足"]) if k % 2 == 0 else R.choice(["下一步怎么改进", "改进措施有哪些"])
        if k % 3 == 0:
            q = dress(f"{g['agency']}{yr(g['year'], 'plain')}年报里{ask}", ph)
            add(q, {}, "problems", {"contains": [want]}, p, "problems" if k % 2 == 0 else "measures", ph, [g["id"]],
                source_quote={g["id"]: want}, note="section 五, first item")
        else:
            add(dress(ask, ph), {"report": g["id"]}, "problems", {"contains": [want]}, p,
                "problems" if k % 2 == 0 else "measures", ph, [g["id"]], source_quote=want, note="section 五, first item")
        k += 1
    # other template's cell
    k = 0
    while k < 8:
        if k % 2 == 0:
            g = pick([x for x in GOLDS if x["template"] == "GF2021" and x["id"] in TEXT and "采购" not in TEXT[x["id"]]
                      and AY[(x["agency"], x["year"])] == 1], used)
            ask = R.choice(["政府集中采购有多少项", "集中采购金额多少"])
        else:
            g = pick([x for x in GOLDS if x["template"] == "GF2019" and x["id"] in TEXT and "废止" not in TEXT[x["id"]]
                      and AY[(x["agency"], x["year"])] == 1], used)
            ask = R.choice(["规范性文件本年废止了几件", "现行有效的规范性文件有多少件"])
        used.add(g["id"])
        p = persona()
        add(f"{ask}？", {"report": g["id"]}, "unanswerable", {"refuse": True}, p, "other template's cell", "plain", [g["id"]],
            note=f"asked as value; a {'GF2019' if k % 2 == 0 else 'GF2021'} row, the {g['template']} report has none")
        k += 1
    # plain everyday figures, scoped (an officer on her own report)
    k = 0
    while k < 18:
        m = R.choice(["new", "open", "deny", "noproc", "suit", "done", "none"])
        keys = M[m][0]
        g = pick(readable(keys), used)
        used.add(g["id"])
        p = persona()
        ph = pick_phrasing()
        q = dress(f"{lead(p)}{R.choice(['我们', '本单位', '', '今年'])}{R.choice(M[m][1])}", ph)
        add(q, {"report": g["id"]}, "value", {"value": vsum(g, keys), "unit": "件"}, p, "one figure", ph, [g["id"]], keys,
            note=NAME[m])
        k += 1


section_a()
section_b()
section_c()
BODIES = section_d()
section_e()


# ================================================================ check and write
def check(it):
    ids = set()
    scope = it["scope"].get("report")
    exp = it["expect"]
    for c in it.get("cells", []):
        rid, _, k = c.rpartition(":")
        rid = rid or scope
        g = BY_ID[rid]
        v = cell(g, k)
        assert isinstance(v, int), (it["q"], c, v)
        ids.add(rid)
    if "value" in exp and it.get("cells") and "calc" not in it:
        tot = sum(cell(BY_ID[c.rpartition(":")[0] or scope], c.rpartition(":")[2]) for c in it["cells"])
        assert tot == exp["value"], (it["q"], tot, exp)
    if "calc" in it:
        expr = re.sub(r"\{([^}]+)\}", lambda m: str(cell(BY_ID[m.group(1).rpartition(':')[0] or scope],
                                                           m.group(1).rpartition(':')[2])), it["calc"])
        assert eval(expr) == exp["value"], (it["q"], expr)  # noqa: S307
    sq = it.get("source_quote")
    if sq is not None:
        pairs = sq.items() if isinstance(sq, dict) else [(scope, sq)]
        for rid, quote in pairs:
            assert text.flat(quote) in TEXT[rid], (it["q"], quote)
        for s in exp.get("contains", []):
            assert any(text.flat(s) in TEXT[r] for r, _ in pairs), s
    if it["intent"] in ("narrative", "problems"):
        assert sq, it["q"]
        if "value" in exp:
            quote = sq if isinstance(sq, str) else next(iter(sq.values()))
            assert str(exp["value"]) in quote, (it["q"], quote)


out = []
for n, it in enumerate(ITEMS, 1):
    check(it)
    out.append({"id": f"wa{n:04d}", **it})
(HERE / "blindwa.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), "utf-8")

if __name__ == "__main__" and "--counts" in sys.argv:
    print(len(out))
    for f in ("intent", "persona", "phrasing", "kind", "style"):
        print(f, collections.Counter(x[f] for x in out).most_common())
    print("sets", collections.Counter(s for x in out for s in x["sets"]).most_common())
    ch = collections.Counter(x["chain"] for x in out if "chain" in x)
    print("chains", collections.Counter(ch.values()))
    print("refuse", sum("refuse" in x["expect"] for x in out))
