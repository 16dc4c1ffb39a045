"""Generate eval/questions/blindzo/blindzo.jsonl — a third representative day of use, weighted to wild28 … wild32.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzo/make_blindzo.py

Deterministic: every expected value is computed from the wild sets' gold JSON (or, for prose figures, read off the
report's own text with the exact quoted string). Written blind (see README.md)."""

from __future__ import annotations

import glob
import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindzo.jsonl"
NEW = ("wild28", "wild29", "wild30", "wild31", "wild32")
STORE = ("wild", *(f"wild{i}" for i in range(2, 33)))
rng = random.Random(20261207)

# ---------------------------------------------------------------- gold
GOLD: dict[str, dict] = {}
SET: dict[str, str] = {}
for s in STORE:
    for f in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        g = json.loads(Path(f).read_text(encoding="utf-8"))
        GOLD[g["id"]] = g
        SET[g["id"]] = s
NAMEYEAR = Counter((g["agency"], g["year"]) for g in GOLD.values())
AGENCIES = {g["agency"] for g in GOLD.values()}


def unique(rid: str) -> bool:
    g = GOLD[rid]
    return NAMEYEAR[(g["agency"], g["year"])] == 1


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    return (GOLD[rid].get(t) or {}).get(k)


SUBS = {
    "r3": [f"t3.r3_{i}.tot" for i in range(1, 9)],
    "r4": [f"t3.r4_{i}.tot" for i in range(1, 4)],
    "r5": [f"t3.r5_{i}.tot" for i in range(1, 6)],
}


def val(rid: str, cells: list[str]):
    vs = [cell(rid, c) for c in cells]
    if any(v is None for v in vs):
        return None
    return sum(vs)


def ok21(rid: str) -> bool:
    g = GOLD[rid]
    return g["template"] == "GF2021" and g["tables_recoverable"]


def prov(rid: str) -> str:
    r = GOLD[rid]["region"]
    for p in ("云南省", "四川省", "新疆维吾尔自治区", "甘肃省", "西藏自治区", "内蒙古自治区", "吉林省"):
        if r.startswith(p):
            return p
    return r[:3]


PSHORT = {"云南省": "云南", "四川省": "四川", "新疆维吾尔自治区": "新疆", "甘肃省": "甘肃", "西藏自治区": "西藏"}

# measures a user asks about: key → (cells, unit, words users use)
M = {
    "new": (["t3.new.tot"], "件", ["新收了多少件申请", "本年新收的政府信息公开申请数量是多少", "收到几个信息公开申请"]),
    "r1": (["t3.r1.tot"], "件", ["予以公开的有多少件", "同意公开的有几件", "全部公开的答复有多少"]),
    "r2": (["t3.r2.tot"], "件", ["部分公开的有多少件", "部分公开了几件", "答复部分公开的数量是多少"]),
    "r3": (SUBS["r3"], "件", ["不予公开的一共多少件", "不予公开总共几件", "拒绝公开的有多少件"]),
    "r4": (SUBS["r4"], "件", ["无法提供的一共多少件", "无法提供的答复有几件", "因为无法提供而没给的有多少"]),
    "r5": (SUBS["r5"], "件", ["不予处理的一共多少件", "不予处理的有几件", "没有处理的申请有多少"]),
    "r7": (["t3.r7.tot"], "件", ["办理结果总计是多少件", "一共答复办结了多少件", "处理结果合计几件"]),
    "co": (
        ["t3.carry_out.tot"],
        "件",
        ["结转到下一年度继续办理的有几件", "结转下年度的有多少", "还有多少件没办完转到下一年"],
    ),
    "ci": (
        ["t3.carry_in.tot"],
        "件",
        ["上年结转过来的申请有几件", "上一年度结转的申请数是多少", "去年没办完带过来的有几件"],
    ),
    "np": (["t3.new.np"], "件", ["自然人提出的新申请有多少件", "老百姓个人申请的有几件", "自然人申请数量是多少"]),
    "biz": (["t3.new.biz"], "件", ["商业企业提出了几件申请", "企业申请的有多少件", "商业企业的新收申请数是多少"]),
    "rv": (["t4.rv.tot"], "件", ["因政府信息公开被申请行政复议多少件", "行政复议一共几起", "被人复议了几次"]),
    "ld": (
        ["t4.ld.tot"],
        "件",
        ["未经复议直接起诉的行政诉讼有多少件", "直接被告上法院的有几件", "未经复议直接提起行政诉讼的总计是多少"],
    ),
    "lic": (
        ["t2.license.decisions"],
        "件",
        ["行政许可的处理决定数量是多少", "一年做了多少件行政许可决定", "行政许可办了多少件"],
    ),
    "pen": (["t2.penalty.decisions"], "件", ["行政处罚决定有多少件", "处罚了多少次", "行政处罚的处理决定数是多少"]),
    "r3_3": (["t3.r3_3.tot"], "件", ["因为危及“三安全一稳定”不予公开的有几件", "三安全一稳定不予公开有多少"]),
    "r4_1": (["t3.r4_1.tot"], "件", ["本机关不掌握相关政府信息的有多少件", "因为不掌握信息没法提供的有几件"]),
}
MNAME = {
    "new": "新收申请",
    "r1": "予以公开",
    "r2": "部分公开",
    "r3": "不予公开",
    "r4": "无法提供",
    "r5": "不予处理",
    "r7": "办理结果总计",
    "co": "结转下年度",
    "ci": "上年结转",
    "np": "自然人申请",
    "biz": "商业企业申请",
    "rv": "行政复议",
    "ld": "直接起诉的行政诉讼",
    "lic": "行政许可决定",
    "pen": "行政处罚决定",
}

# short forms users type (abbreviated style)
SHORT = {
    "兰州市城关区人民政府": "城关区政府",
    "绵阳市涪城区人民政府": "涪城区政府",
    "昆明市五华区华山街道办事处": "华山街道",
    "楚雄市人民政府": "楚雄市政府",
    "芒市人民政府": "芒市政府",
    "蒙自市人民政府": "蒙自市政府",
    "昆明市自然资源和规划局": "昆明自然资源局",
    "云南省人力资源和社会保障厅": "云南人社厅",
    "云南省交通运输厅": "云南交通厅",
    "四川省生态环境厅": "四川生态环境厅",
    "成都市住房和城乡建设局": "成都住建局",
    "成都市规划和自然资源局": "成都规自局",
    "西藏自治区商务厅": "西藏商务厅",
    "西藏自治区生态环境厅": "西藏生态环境厅",
    "甘肃省生态环境厅": "甘肃生态环境厅",
    "新疆维吾尔自治区自然资源厅": "新疆自然资源厅",
    "昌都市卡若区人民政府": "卡若区政府",
    "亚东县人民政府": "亚东县政府",
    "那曲市色尼区人民政府": "色尼区政府",
    "林芝市卫生健康委员会": "林芝卫健委",
    "阿巴嘎旗人民政府": "阿巴嘎旗政府",
    "龙井市人民政府": "龙井市政府",
    "伊宁市人民政府": "伊宁市政府",
    "和静县人民政府": "和静县政府",
    "阜康市人民政府": "阜康市政府",
    "玛纳斯县人民政府": "玛纳斯县政府",
    "昌吉市市场监督管理局": "昌吉市市监局",
    "拉萨市达孜区人民政府": "达孜区政府",
    "拉萨市堆龙德庆区人民政府": "堆龙德庆区政府",
    "日喀则市桑珠孜区人民政府": "桑珠孜区政府",
    "兰州市西固区人民政府": "西固区政府",
    "乌鲁木齐市天山区人民政府": "天山区政府",
    "鲁甸县人民政府": "鲁甸县政府",
    "自贡市自流井区人民政府": "自流井区政府",
    "泸州市江阳区人民政府": "江阳区政府",
    "曲靖市麒麟区人民政府": "麒麟区政府",
    "平凉市教育局": "平凉教育局",
    "昌都市教育局": "昌都教育局",
    "克拉玛依市教育局": "克拉玛依教育局",
    "天水市卫生健康委员会": "天水卫健委",
}
TYPO = [
    ("人民政府", "人民正府"),
    ("卫生健康", "卫生建康"),
    ("市场监督管理局", "市场监督管里局"),
    ("教育局", "教肓局"),
    ("人力资源和社会保障", "人力资源和社会保账"),
    ("街道办事处", "街道办事初"),
    ("自然资源", "自燃资源"),
    ("生态环境厅", "生态环竟厅"),
]


def typo(name: str) -> str | None:
    for a, b in TYPO:
        if a in name:
            return name.replace(a, b, 1)
    return None


CNY = {
    2016: "二〇一六",
    2017: "二〇一七",
    2020: "二零二零",
    2021: "二〇二一",
    2022: "二〇二二",
    2023: "二〇二三",
    2024: "二〇二四",
}

# ---------------------------------------------------------------- report text (for prose figures)


def text_of(rid: str) -> str | None:
    f = ROOT / "eval" / SET[rid] / GOLD[rid]["file"]
    if f.suffix == ".pdf":
        return None
    b = f.read_bytes()
    if f.suffix == ".docx":
        x = zipfile.ZipFile(f).read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    for enc in ("utf-8", "utf-16", "gb18030", "big5"):
        try:
            t = b.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if f.suffix in (".html", ".htm"):
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


FW = str.maketrans("０１２３４５６７８９", "0123456789")

# ---------------------------------------------------------------- items
items: list[dict] = []


def add(
    q,
    scope,
    intent,
    expect,
    persona,
    kind,
    phrasing,
    style,
    cells=None,
    calc=None,
    quote=None,
    note=None,
    previous=None,
    chain=None,
):
    it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    if previous:
        it["previous"] = previous
    it.update(persona=persona, kind=kind, phrasing=phrasing)
    read = set()
    if scope.get("report"):
        read.add(scope["report"])
    for c in cells or []:
        if ":" in c:
            read.add(c.split(":")[0])
    read |= {k for k in expect.get("values", {}) if k in GOLD} | set(expect.get("reports", []))
    if isinstance(quote, dict):
        read |= set(quote)
    it["sets"] = sorted({SET[r] for r in read}) or ["store"]
    if chain:
        it["chain"] = chain
    items.append(it)


NEWR = [r for r in GOLD if SET[r] in NEW]
NEW21 = [r for r in NEWR if ok21(r)]
rng.shuffle(NEW21)


def name(rid, how="full"):
    g = GOLD[rid]
    if how == "short" and g["agency"] in SHORT:
        return SHORT[g["agency"]]
    if how == "typo" and typo(g["agency"]):
        return typo(g["agency"])
    return g["agency"]


def yr(rid, cn=False):
    y = GOLD[rid]["year"]
    return CNY[y] if cn and y in CNY else str(y)


# ---- 1. one report's figure, scoped (clerk / citizen on the web page)
SCOPED_FORMS = [
    ("plain", "colloquial", "今年{w}？"),
    ("formal", "formal", "请问本报告中{w}？"),
    ("voice", "colloquial", "嗯那个帮我看一下这个报告里面{w}"),
    ("filler", "colloquial", "我在看这份年报，想知道{w}，谢谢"),
]
mkeys = list(M)
n = 0
for i, rid in enumerate(NEW21):
    for j in range(2):
        mk = mkeys[(i * 3 + j * 7) % len(mkeys)]
        cells, unit, words = M[mk]
        v = val(rid, cells)
        if v is None:
            continue
        ph, st, tpl = SCOPED_FORMS[(i + j) % len(SCOPED_FORMS)]
        w = words[(i + j) % len(words)]
        persona = (
            "lawyer"
            if mk in ("rv", "ld", "r3", "r3_3")
            else ("company" if mk in ("biz", "lic", "pen") else ("clerk" if j == 0 else "citizen"))
        )
        add(
            tpl.format(w=w),
            {"report": rid},
            "value",
            {"value": v, "unit": unit},
            persona,
            "one_report_figure",
            ph,
            st,
            cells=cells,
        )
        n += 1
        if n >= 24:
            break
    if n >= 24:
        break

# ---- 2. one report's figure, whole store, naming body and year
STORE_FORMS = [
    ("plain", "colloquial", "{n}{y}年{w}？"),
    ("formal", "formal", "{n}{y}年度政府信息公开工作年度报告中，{w}？"),
    ("typo", "colloquial", "{t}{y}年{w}"),
    ("voice", "colloquial", "查一下{n}{cy}年{w}"),
    ("abbr", "abbreviated", "{s}{y}年{w}？"),
]
n = 0
pool = [r for r in NEW21 if unique(r)]
for i, rid in enumerate(pool):
    mk = mkeys[(i * 5 + 2) % len(mkeys)]
    cells, unit, words = M[mk]
    v = val(rid, cells)
    if v is None:
        continue
    ph, st, tpl = STORE_FORMS[i % len(STORE_FORMS)]
    if ph == "typo" and not typo(GOLD[rid]["agency"]):
        ph, st, tpl = STORE_FORMS[0]
    if ph == "abbr" and GOLD[rid]["agency"] not in SHORT:
        ph, st, tpl = STORE_FORMS[1]
    q = tpl.format(
        n=name(rid), t=name(rid, "typo"), s=name(rid, "short"), y=yr(rid), cy=yr(rid, True), w=words[i % len(words)]
    )
    persona = ["reporter", "researcher", "evaluator", "student", "reporter"][i % 5]
    add(
        q,
        {},
        "value",
        {"value": v, "unit": unit},
        persona,
        "one_report_figure",
        ph if ph != "abbr" else "plain",
        st,
        cells=[f"{rid}:{c}" for c in cells],
    )
    n += 1
    if n >= 24:
        break

# ---- 2b. wild32 (Tibet, 繁體 and bilingual reports): asked in simplified Chinese by the names users use
W32Q = [
    ("plain", "colloquial", "{n}{y}年{w}？"),
    ("voice", "colloquial", "西藏那个{n}{y}年的年报{w}"),
    ("formal", "formal", "请问{n}{y}年度政府信息公开工作年度报告中{w}？"),
    ("typo", "colloquial", "{t}{y}年{w}"),
    ("abbr", "abbreviated", "{s}{y}年{w}"),
]
W32M = ["new", "r1", "r2", "r7", "rv", "ld", "np", "lic", "r4", "co"]
n = 0
for i, rid in enumerate(sorted(r for r in NEWR if SET[r] == "wild32" and ok21(r) and unique(r))):
    mk = W32M[i % len(W32M)]
    cells, unit, words = M[mk]
    v = val(rid, cells)
    if v is None:
        continue
    ph, st, tpl = W32Q[i % len(W32Q)]
    if ph == "typo" and not typo(GOLD[rid]["agency"]):
        ph, st, tpl = W32Q[0]
    if ph == "abbr" and GOLD[rid]["agency"] not in SHORT:
        ph, st, tpl = W32Q[2]
    if "西藏" in tpl and not GOLD[rid]["region"].startswith("西藏"):
        tpl = tpl.replace("西藏那个", "那个")
    q = tpl.format(n=name(rid), t=name(rid, "typo"), s=name(rid, "short"), y=yr(rid), w=words[i % len(words)])
    add(
        q,
        {},
        "value",
        {"value": v, "unit": unit},
        ["reporter", "researcher", "evaluator", "student"][i % 4],
        "one_report_figure",
        "plain" if ph == "abbr" else ph,
        st,
        cells=[f"{rid}:{c}" for c in cells],
        note="wild32: report printed in 繁體 or with Tibetan/Uyghur/Mongolian/Korean labels; asked in 简体",
    )

# ---- 3. list: several cells of one report
LISTQ = [
    ("plain", "colloquial", "{p}予以公开、部分公开、不予公开各多少件？"),
    ("formal", "formal", "{p}办理结果中予以公开、部分公开和不予公开的数量分别是多少？"),
    ("voice", "colloquial", "{p}公开了多少部分公开多少不公开的多少你都说一下"),
]
n = 0
for i, rid in enumerate(NEW21[5:]):
    vs = {"t3.r1.tot": cell(rid, "t3.r1.tot"), "t3.r2.tot": cell(rid, "t3.r2.tot"), "t3.r3": val(rid, SUBS["r3"])}
    if None in vs.values():
        continue
    scoped = i % 2 == 0
    if not scoped and not unique(rid):
        continue
    ph, st, tpl = LISTQ[i % 3]
    p = "今年" if scoped else f"{name(rid)}{yr(rid)}年"
    exp = {"values": {(k if scoped else f"{rid}:{k}"): v for k, v in vs.items()}, "unit": "件"}
    add(
        tpl.format(p=p),
        {"report": rid} if scoped else {},
        "list",
        exp,
        ["officer", "researcher", "evaluator"][i % 3],
        "one_report_list",
        ph,
        st,
        cells=[k if scoped else f"{rid}:{k}" for k in ("t3.r1.tot", "t3.r2.tot")],
        note="t3.r3 = sum of the eight 不予公开 sub-rows",
    )
    n += 1
    if n >= 12:
        break

# ---- 4. compare two bodies of one province (new applications)
byprov = defaultdict(list)
for r in NEW21:
    if unique(r):
        byprov[prov(r)].append(r)
CMPQ = [
    ("plain", "colloquial", "{a}{ya}年和{b}{yb}年，哪个新收的申请多？"),
    ("formal", "formal", "请比较{a}（{ya}年）与{b}（{yb}年）本年新收政府信息公开申请数量。"),
    ("abbr", "abbreviated", "{sa}{ya}年跟{sb}{yb}年比，谁收到的申请多"),
    ("typo", "colloquial", "{ta}{ya}年和{b}{yb}年新收申请对比一下"),
]
n = 0
for p, rs in sorted(byprov.items()):
    for k in range(0, len(rs) - 1, 2):
        a, b = rs[k], rs[k + 1]
        va, vb = cell(a, "t3.new.tot"), cell(b, "t3.new.tot")
        if va is None or vb is None or va == vb:
            continue
        ph, st, tpl = CMPQ[n % 4]
        if ph == "abbr" and not (GOLD[a]["agency"] in SHORT and GOLD[b]["agency"] in SHORT):
            ph, st, tpl = CMPQ[0]
        if ph == "typo" and not typo(GOLD[a]["agency"]):
            ph, st, tpl = CMPQ[1]
        q = tpl.format(
            a=name(a), b=name(b), sa=name(a, "short"), sb=name(b, "short"), ta=name(a, "typo"), ya=yr(a), yb=yr(b)
        )
        order = [a, b] if va > vb else [b, a]
        add(
            q,
            {},
            "compare",
            {"values": {a: va, b: vb}, "unit": "件", "order": order},
            ["reporter", "researcher", "deputy"][n % 3],
            "two_bodies",
            "plain" if ph == "abbr" else ph,
            st,
            cells=[f"{a}:t3.new.tot", f"{b}:t3.new.tot"],
        )
        n += 1
        if n >= 16:
            break
    if n >= 16:
        break

# ---- 5. change and trend: one body over its stored years
PAIRS = []
byag = defaultdict(list)
for r, g in GOLD.items():
    if ok21(r) or (g["template"] == "GF2019" and g["tables_recoverable"]):
        byag[g["agency"]].append(r)
for ag, rs in byag.items():
    ys = sorted(rs, key=lambda r: GOLD[r]["year"])
    if len(ys) >= 2 and len({GOLD[r]["year"] for r in ys}) == len(ys) and any(SET[r] in NEW for r in ys):
        PAIRS.append(ys)
CHGM = [("new", "新收申请"), ("r1", "予以公开"), ("r7", "办理结果总计"), ("r2", "部分公开")]
CHGQ = [
    ("plain", "colloquial", "{n}{y2}年比{y1}年{m}多了还是少了？差多少？"),
    ("formal", "formal", "{n}{y2}年{m}数量较{y1}年变化了多少？"),
    ("abbr", "abbreviated", "{s}{m}{y1}到{y2}年变了多少"),
    ("voice", "colloquial", "{n}从{y1}年到{y2}年{m}增加了多少啊"),
]
n = 0
for ys in PAIRS:
    a, b = ys[0], ys[-1]
    for mi, (mk, mw) in enumerate(CHGM):
        cells = M[mk][0]
        va, vb = val(a, cells), val(b, cells)
        if va is None or vb is None:
            continue
        ph, st, tpl = CHGQ[n % 4]
        if ph == "abbr" and GOLD[a]["agency"] not in SHORT:
            ph, st, tpl = CHGQ[1]
        q = tpl.format(n=GOLD[a]["agency"], s=SHORT.get(GOLD[a]["agency"], ""), y1=yr(a), y2=yr(b), m=mw)
        add(
            q,
            {},
            "change",
            {"value": vb - va, "unit": "件"},
            ["reporter", "deputy", "researcher", "citizen"][n % 4],
            "year_on_year",
            "plain" if ph == "abbr" else ph,
            st,
            cells=[f"{b}:{c}" for c in cells] + [f"{a}:{c}" for c in cells],
            calc=f"{vb}-{va}",
            note=f"later {GOLD[b]['year']} − earlier {GOLD[a]['year']}",
        )
        n += 1
        if mi >= 1:
            break
TRM = [("t3.new.tot", "新收申请"), ("t3.r1.tot", "予以公开件")]
TRQ = [
    ("plain", "colloquial", "{n}这几年的{m}数分别是多少？"),
    ("formal", "formal", "请列出{n}历年年度报告中{m}的数量。"),
    ("abbr", "abbreviated", "{s}历年{m}的变化趋势"),
    ("voice", "colloquial", "我想知道{n}每年的{m}数是涨了还是跌了"),
]
n = 0
for ys, (tk, tw) in [(ys, m) for ys in PAIRS for m in TRM]:
    vs = {r: cell(r, tk) for r in ys}
    if None in vs.values():
        continue
    ph, st, tpl = TRQ[n % 4]
    if ph == "abbr" and GOLD[ys[0]]["agency"] not in SHORT:
        ph, st, tpl = TRQ[0]
    add(
        tpl.format(n=GOLD[ys[0]]["agency"], s=SHORT.get(GOLD[ys[0]]["agency"], ""), m=tw),
        {},
        "trend",
        {"values": vs, "unit": "件"},
        ["researcher", "student", "reporter"][n % 3],
        "trend",
        "plain" if ph == "abbr" else ph,
        st,
        cells=[f"{r}:{tk}" for r in ys],
    )
    n += 1

# ---- 6. groups over the whole store: a province's reports of one year (rank, sum, which)
groups = defaultdict(list)
for r, g in GOLD.items():
    p = prov(r)
    if p in PSHORT:
        groups[(p, g["year"])].append(r)
GRPS = []
for (p, y), rs in sorted(groups.items()):
    if len(rs) < 3 or not any(SET[r] in NEW for r in rs):
        continue
    if not all(ok21(r) for r in rs):
        continue
    GRPS.append((p, y, sorted(rs)))
RANKQ = [
    ("plain", "colloquial", "{p}{y}年的年报里，哪家单位新收的申请最多？"),
    ("formal", "formal", "在{p}{y}年度的政府信息公开年报中，本年新收申请数量最多的是哪个机关？"),
    ("voice", "colloquial", "{p}{y}年哪个部门收到的信息公开申请最多啊"),
    ("plain", "colloquial", "{p}{y}年那些单位里谁的予以公开最多？"),
]
SUMQ = [
    ("plain", "colloquial", "{p}{y}年所有年报加起来一共新收多少件申请？"),
    ("formal", "formal", "请汇总{p}各单位{y}年度本年新收政府信息公开申请的总数。"),
    ("filler", "colloquial", "写论文用，想知道{p}{y}年这些年报里新收申请合计是多少"),
    ("plain", "colloquial", "{p}{y}年的年报里行政复议加起来一共多少件？"),
]
WHQ = [
    ("plain", "colloquial", "{p}{y}年哪些单位有未经复议直接起诉的行政诉讼？"),
    ("formal", "formal", "{p}{y}年度年报中，哪些机关被申请了行政复议？"),
    ("typo", "colloquial", "{p}{y}年那些年报里哪几家有部份公开的"),
    ("plain", "colloquial", "{p}{y}年哪些单位一件申请都没收到？"),
]
nr = ns = nw = 0
for gi, (p, y, rs) in enumerate(GRPS):
    ps = PSHORT[p] if gi % 2 else p
    # rank
    ph, st, tpl = RANKQ[gi % 4]
    key = "t3.r1.tot" if "予以公开" in tpl else "t3.new.tot"
    vs = {r: cell(r, key) for r in rs}
    if None not in vs.values():
        srt = sorted(rs, key=lambda r: -vs[r])
        if vs[srt[0]] > vs[srt[1]] and nr < 14:
            add(
                tpl.format(p=ps, y=y),
                {},
                "rank",
                {"values": {srt[0]: vs[srt[0]]}, "unit": "件", "order": [srt[0]]},
                ["reporter", "researcher", "officer"][gi % 3],
                "set_rank",
                ph,
                st,
                cells=[f"{r}:{key}" for r in rs],
                note=f"over the {len(rs)} stored reports of {p} {y}",
            )
            nr += 1
    # sum
    ph, st, tpl = SUMQ[gi % 4]
    key = "t4.rv.tot" if "行政复议" in tpl else "t3.new.tot"
    vs = {r: cell(r, key) for r in rs}
    if None not in vs.values() and ns < 14:
        add(
            tpl.format(p=ps, y=y),
            {},
            "sum",
            {"value": sum(vs.values()), "unit": "件"},
            ["officer", "researcher", "student", "reporter"][gi % 4],
            "set_sum",
            ph,
            st,
            cells=[f"{r}:{key}" for r in rs],
            note=f"sum over the {len(rs)} stored reports of {p} {y}",
        )
        ns += 1
    # which (two asks per group)
    for wq in (WHQ[gi % 4], WHQ[(gi + 1) % 4]):
        ph, st, tpl = wq
        if "直接起诉" in tpl:
            f = lambda r: cell(r, "t4.ld.tot")  # noqa: E731
            test = lambda v: v > 0  # noqa: E731
        elif "行政复议" in tpl:
            f = lambda r: cell(r, "t4.rv.tot")  # noqa: E731
            test = lambda v: v > 0  # noqa: E731
        elif "部份公开" in tpl:
            f = lambda r: cell(r, "t3.r2.tot")  # noqa: E731
            test = lambda v: v > 0  # noqa: E731
        else:
            f = lambda r: cell(r, "t3.new.tot")  # noqa: E731
            test = lambda v: v == 0  # noqa: E731
        vals = [f(r) for r in rs]
        if None not in vals:
            hit = sorted(r for r, v in zip(rs, vals) if test(v))
            if hit:
                add(
                    tpl.format(p=ps, y=y),
                    {},
                    "which_reports",
                    {"reports": hit},
                    ["officer", "evaluator", "lawyer", "researcher"][gi % 4],
                    "set_which",
                    ph,
                    st,
                    note=f"over the {len(rs)} stored reports of {p} {y}",
                )
                nw += 1

# ---- 7. share and ratio, scoped and named
SHQ = [
    ("plain", "colloquial", "予以公开占全部办理结果的百分之多少？"),
    ("formal", "formal", "本年度予以公开件数占办理结果总计的比例是多少？"),
    ("voice", "colloquial", "同意公开的占比是多少帮我算一下"),
]
n = 0
for i, rid in enumerate(NEW21[3:]):
    a, b = cell(rid, "t3.r1.tot"), cell(rid, "t3.r7.tot")
    if a is None or not b:
        continue
    ph, st, tpl = SHQ[n % 3]
    named = n % 3 == 2 and unique(rid)
    q = (f"{name(rid)}{yr(rid)}年" + tpl) if named else tpl
    pre = f"{rid}:" if named else ""
    add(
        q,
        {} if named else {"report": rid},
        "share",
        {"value": round(100 * a / b, 2), "unit": "%", "tol": 0.05},
        ["evaluator", "researcher", "reporter"][n % 3],
        "share",
        ph,
        st,
        cells=[pre + "t3.r1.tot", pre + "t3.r7.tot"],
        calc=f"100*{{{pre}t3.r1.tot}}/{{{pre}t3.r7.tot}}",
    )
    n += 1
    if n >= 12:
        break
RAQ = [
    ("plain", "colloquial", "办结的总数是新收申请的几倍？"),
    ("formal", "formal", "本年度办理结果总计与本年新收申请数之比是多少？"),
    ("filler", "colloquial", "麻烦算一下办理结果总计除以新收申请等于多少"),
]
n = 0
for i, rid in enumerate(NEW21[9:]):
    a, b = cell(rid, "t3.r7.tot"), cell(rid, "t3.new.tot")
    if a is None or not b:
        continue
    ph, st, tpl = RAQ[n % 3]
    add(
        tpl,
        {"report": rid},
        "ratio",
        {"value": round(a / b, 2), "unit": None, "tol": 0.05},
        ["evaluator", "officer", "student"][n % 3],
        "ratio",
        ph,
        st,
        cells=["t3.r7.tot", "t3.new.tot"],
        calc="{t3.r7.tot}/{t3.new.tot}",
    )
    n += 1
    if n >= 9:
        break

# ---- 8. consistency: H1 of table 三 (新收+上年结转 = 办理结果总计+结转下年度), H2 (a row's applicant columns add to
# its 总计), H5 (表四: 维持+纠正+其他+尚未审结 = 总计). A report with gold findings is asked the check its finding names.
COLS = ("np", "biz", "sci", "npo", "law", "oth")
ROWN = {"new": "本年新收申请", "r7": "办理结果总计", "r1": "予以公开", "carry_out": "结转下年度"}
T4N = {"rv": "行政复议", "ld": "未经复议直接起诉的行政诉讼", "lr": "复议后起诉的行政诉讼"}
CQ = {
    "H1": [
        ("plain", "colloquial", "这份报告表三的数对得上吗？新收加上年结转等不等于办结加结转下年？"),
        ("formal", "formal", "请核对本报告表三：本年新收与上年结转之和是否等于办理结果总计与结转下年度之和？"),
        ("voice", "colloquial", "帮我看看表三里新收加上年结转跟办结加结转下年对不对得上"),
    ],
    "H2": [
        ("plain", "colloquial", "表三{r}那一行，各类申请人加起来等于总计吗？"),
        ("formal", "formal", "请核对本报告表三“{r}”一行：自然人及各类法人或其他组织的数量之和是否等于总计？"),
        ("voice", "colloquial", "帮我算算表三{r}这一行各列加起来跟总计对不对"),
    ],
    "H5": [
        ("plain", "colloquial", "表四{r}的维持、纠正、其他、尚未审结加起来等于总计吗？"),
        ("formal", "formal", "请核对本报告表四{r}部分：结果维持、结果纠正、其他结果与尚未审结之和是否等于总计？"),
        ("voice", "colloquial", "帮我看下表四{r}那几项加起来对不对"),
    ],
}


def check_of(rid: str, kind: str, row: str | None):
    if kind == "H1":
        ks = ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot")
        ni, ci, r7, co = (cell(rid, k) for k in ks)
        if None in (ni, ci, r7, co):
            return None
        return ni + ci != r7 + co, {"新收+上年结转": ni + ci, "办理结果总计+结转下年度": r7 + co}, list(ks)
    if kind == "H2":
        ks = [f"t3.{row}.{c}" for c in COLS]
        cs, tot = [cell(rid, k) for k in ks], cell(rid, f"t3.{row}.tot")
        if None in cs or tot is None:
            return None
        return sum(cs) != tot, {f"t3.{row}.tot": tot, "sum_of_columns": sum(cs)}, [f"t3.{row}.tot", *ks]
    ks = [f"t4.{row}.{c}" for c in ("keep", "fix", "other", "pend")]
    cs, tot = [cell(rid, k) for k in ks], cell(rid, f"t4.{row}.tot")
    if None in cs or tot is None:
        return None
    return sum(cs) != tot, {f"t4.{row}.tot": tot, "sum_of_parts": sum(cs)}, [f"t4.{row}.tot", *ks]


def kind_of(rid: str):
    for f in GOLD[rid].get("findings", []):
        w = f["where"]
        if f["check"] == "H1" and w.endswith("column tot"):
            return "H1", None
        if f["check"] == "H2" and w.startswith("t3.") and w[3:] in ROWN:
            return "H2", w[3:]
        if f["check"] == "H5" and w.startswith("t4.") and w[3:] in T4N:
            return "H5", w[3:]
    return None


n = 0
cands = [(r, kind_of(r)) for r in NEWR if ok21(r) and GOLD[r].get("findings")]
cands = [(r, k) for r, k in cands if k]
clean = [r for r in NEW21 if not GOLD[r].get("findings")][:12]
cands += [(r, [("H1", None), ("H2", "new"), ("H2", "r7"), ("H5", "rv")][i % 4]) for i, r in enumerate(clean)]
for i, (rid, (ck, row)) in enumerate(cands):
    got = check_of(rid, ck, row)
    if got is None:
        continue
    bad, values, cells = got
    ph, st, tpl = CQ[ck][i % 3]
    q = tpl.format(r=ROWN.get(row) or T4N.get(row) or "")
    add(
        q,
        {"report": rid},
        "consistency",
        {"verdict": "inconsistent" if bad else "consistent", "checks": [ck], "values": values},
        ["evaluator", "officer", "clerk", "researcher"][i % 4],
        "check",
        ph,
        st,
        cells=cells,
        note=("findings: " + "; ".join(f["note"] for f in GOLD[rid]["findings"])) if GOLD[rid].get("findings")
        else "computed from gold; no findings",
    )
    n += 1

# ---- 9. narrative: prose figures, fees, problems and measures (quoted from the report text)
NARR = []
for rid in NEWR:
    if not GOLD[rid]["tables_recoverable"]:
        continue
    t = text_of(rid)
    if not t:
        continue
    t1 = re.sub(r"\s+", "", t)
    m = re.search(
        r"主[动動]公[开開]各[类類]政府信息([0-9０-９]+)[条條]，其中政策文件([0-9０-９]+)[条條]、政策解[读讀]([0-9０-９]+)篇",
        t1,
    )
    p = re.search(r"存在的主要[问問][题題][：:]一是([^；。]+)；二是([^；。]+)", t1)
    c = re.search(r"改[进進]措施[：:]一是([^；。]+)；", t1)
    fee = re.search(r"(20[0-9][0-9]年度?[^。、]*?信息[处處]理[费費][^。]*)。", t1)
    NARR.append((rid, m, p, c, fee))
NQ = [
    ("plain", "colloquial", "今年主动公开了多少条信息？", 1),
    ("formal", "formal", "本年度主动公开政策文件多少条？", 2),
    ("voice", "colloquial", "政策解读发了几篇啊", 3),
]
n = 0
for i, (rid, m, p, c, fee) in enumerate(NARR):
    if m:
        for k in range(1 if i % 2 == 0 else 0):
            ph, st, q, grp = NQ[(i + k) % 3]
            named = (i + k) % 4 == 3 and unique(rid)
            if named:
                q = f"{name(rid)}{yr(rid)}年" + q.replace("今年", "").replace("本年度", "")
            v = int(m.group(grp).translate(FW))
            add(
                q,
                {} if named else {"report": rid},
                "narrative",
                {"value": v, "unit": "篇" if grp == 3 else "条"},
                ["reporter", "student", "evaluator", "deputy"][(i + k) % 4],
                "prose_figure",
                ph,
                st,
                quote={rid: m.group(0)} if named else m.group(0),
            )
            n += 1
    if fee and i % 4 == 0:
        fq = [
            "今年有没有收信息处理费？",
            "本年度是否收取了政府信息公开信息处理费？",
            "申请信息公开要不要交钱啊，他们收费了没",
        ][(i // 4) % 3]
        add(
            fq,
            {"report": rid},
            "narrative",
            {"contains": [fee.group(1)]},
            "citizen",
            "fees",
            ["plain", "formal", "voice"][(i // 4) % 3],
            ["colloquial", "formal", "colloquial"][(i // 4) % 3],
            quote=fee.group(1),
        )
npb = 0
PQ = [
    ("plain", "colloquial", "这份报告说存在什么问题？"),
    ("formal", "formal", "本报告所述政府信息公开工作存在的主要问题有哪些？"),
    ("voice", "colloquial", "他们自己说工作里有啥不足"),
    ("plain", "colloquial", "改进措施是怎么写的？"),
]
for i, (rid, m, p, c, fee) in enumerate(NARR):
    ph, st, q = PQ[i % 4]
    if "改进" in q:
        if not c:
            continue
        exp, quote = {"contains": [c.group(1)]}, c.group(0).rstrip("；")
    else:
        if not p:
            continue
        exp, quote = {"contains": [p.group(1), p.group(2)]}, p.group(0)
    named = i % 3 == 2 and unique(rid)
    if named:
        q = f"{name(rid)}{yr(rid)}年年报里" + q.replace("这份报告", "").replace("本报告所述", "")
    add(
        q,
        {} if named else {"report": rid},
        "problems",
        exp,
        ["officer", "deputy", "evaluator", "clerk"][i % 4],
        "problems_measures",
        ph,
        st,
        quote={rid: quote} if named else quote,
    )
    npb += 1
    if npb >= 16:
        break

# ---- 10. unanswerable
U = []
for i, rid in enumerate(NEW21[:16]):
    q = [
        "今年政务公开的预算是多少钱？",
        "负责信息公开的工作人员有几个？",
        "申请人里男的女的各多少？",
        "申请人都是哪个年龄段的？",
    ][i % 4]
    U.append(
        (
            q,
            {"report": rid},
            "asked as value (not in the template)",
            ["citizen", "student", "reporter", "researcher"][i % 4],
            "not_in_report",
            ["plain", "voice", "plain", "filler"][i % 4],
            "colloquial",
        )
    )
for i, rid in enumerate([r for r in NEW21 if unique(r)][16:30]):
    q = [
        f"{name(rid)}{yr(rid)}年网站访问量有多少？",
        f"{name(rid)}{yr(rid)}年信息公开工作经费是多少",
        f"{name(rid)}{yr(rid)}年申请人平均年龄多大",
        f"{name(rid)}{int(yr(rid)) + 3}年新收多少件申请？",
        f"{name(rid)}2030年会收到多少申请？预测一下",
        f"{name(rid)}2015年的年报里依申请公开多少件",
    ][i % 6]
    note = [
        "asked as value (not in the template)",
        "asked as value (budget)",
        "asked as value (applicants' age)",
        "asked as value (year not stored)",
        "asked as trend (future)",
        "asked as value (year not stored)",
    ][i % 6]
    U.append(
        (
            q,
            {},
            note,
            ["reporter", "deputy", "student", "citizen", "reporter", "researcher"][i % 6],
            ["not_in_report", "not_in_report", "not_in_report", "year_not_stored", "future", "year_not_stored"][i % 6],
            ["plain", "formal", "voice", "plain", "plain", "formal"][i % 6],
            "formal" if i % 6 in (1, 5) else "colloquial",
        )
    )
# bodies not stored (names checked against every stored agency)
for i, (ag, y) in enumerate(
    [
        ("昆明市人民政府", 2023),
        ("拉萨市人民政府", 2023),
        ("乌鲁木齐市人民政府", 2022),
        ("兰州市人民政府", 2024),
        ("成都市人民政府", 2023),
        ("西藏自治区人民政府办公厅", 2023),
        ("甘肃省教育厅", 2022),
        ("日喀则市人民政府", 2024),
        ("喀什地区行政公署", 2023),
        ("云南省卫生健康委员会", 2024),
    ]
):
    if ag in AGENCIES:
        continue
    q = [f"{ag}{y}年新收了多少件申请", f"{ag}{y}年度予以公开多少件？", f"请问{ag}{y}年被行政复议了几次"][i % 3]
    U.append(
        (
            q,
            {},
            "asked as value (body not stored)",
            ["reporter", "citizen", "lawyer"][i % 3],
            "body_not_stored",
            ["plain", "formal", "plain"][i % 3],
            "formal" if i % 3 == 1 else "colloquial",
        )
    )
# legacy reports: tables not in the template; GF2019 asked a GF2021 cell
for i, rid in enumerate(r for r in NEWR if GOLD[r]["template"] == "LEGACY"):
    t1 = re.sub(r"\s+", "", text_of(rid))
    lm = re.search(r"全年共受理政府信息公开申请([0-9]+)件", t1)
    if lm:  # the old-format report says it in its prose: answerable
        q = [
            f"{name(rid)}{yr(rid, True)}年一共收到多少件信息公开申请？",
            f"{name(rid)}{yr(rid)}年受理了几件依申请公开",
            f"{name(rid, 'typo')}{yr(rid)}年收到的信息公开申请有多少",
        ][i % 3]
        add(
            q,
            {},
            "narrative",
            {"value": int(lm.group(1)), "unit": "件"},
            ["researcher", "student", "reporter"][i % 3],
            "legacy_prose",
            ["formal", "plain", "typo"][i % 3],
            ["formal", "colloquial", "colloquial"][i % 3],
            quote={rid: lm.group(0)},
            note="LEGACY report: the count is in the prose, not in a GF table",
        )
    if "部分公" not in t1:
        U.append(
            (
                ["这份报告里部分公开的有多少件？", "本报告中不予公开的申请有几件？", "这个报告里有几件是无法提供的"][
                    i % 3
                ],
                {"report": rid},
                "asked as value (LEGACY report: no result breakdown)",
                "student",
                "other_template",
                ["plain", "formal", "voice"][i % 3],
                ["colloquial", "formal", "colloquial"][i % 3],
            )
        )
for i, rid in enumerate(r for r in NEWR if GOLD[r]["template"] == "GF2019"):
    t = text_of(rid)
    if t is None or "废止" not in t:
        U.append(
            (
                ["本年度规章废止了几件？", "今年废止了多少件规范性文件", "这一年作废的规范性文件有几件啊"][i % 3],
                {"report": rid},
                "asked as value (GF2019 has no 本年废止)",
                "lawyer",
                "other_template",
                ["formal", "plain", "voice"][i % 3],
                ["formal", "colloquial", "colloquial"][i % 3],
            )
        )
for i, rid in enumerate(NEW21[30:36]):
    t = text_of(rid)
    if t is None or ("采购" not in t and "採購" not in t):
        U.append(
            (
                ["今年政府集中采购的项目有几个？", "本年度政府集中采购总金额是多少？", "集中采购花了多少钱"][i % 3],
                {"report": rid},
                "asked as value (GF2021 has no 政府集中采购 row)",
                "company",
                "other_template",
                ["plain", "formal", "voice"][i % 3],
                ["colloquial", "formal", "colloquial"][i % 3],
            )
        )
for q, scope, note, persona, kind, ph, st in U:
    add(q, scope, "unanswerable", {"refuse": True}, persona, kind, ph, st, note=note)

# ---- 11. chats (follow-ups with `previous`)
CH = [("今年新收了多少件申请？", "new"), ("那部分公开的呢", "r2"), ("复议呢", "rv")]
CH2 = [("本年度予以公开多少件？", "r1"), ("不予公开的呢？", "r3"), ("结转到下一年的呢", "co")]
nchat = 0
for i, rid in enumerate(NEW21[12:26]):
    turns = CH if i % 2 == 0 else CH2
    prev: list[str] = []
    cid = f"chat{nchat + 1}"
    ok = all(val(rid, M[mk][0]) is not None for _, mk in turns)
    if not ok:
        continue
    for t, (q, mk) in enumerate(turns):
        cells, unit, _ = M[mk]
        add(
            q,
            {"report": rid},
            "value",
            {"value": val(rid, cells), "unit": unit},
            "clerk" if i % 4 < 2 else "citizen",
            "chat_one_report",
            "followup" if t else "plain",
            "colloquial",
            cells=cells,
            previous=(list(prev) if len(prev) > 1 else (prev[0] if prev else None)),
            chain={"id": cid, "turn": t + 1, "of": len(turns)},
        )
        prev.append(q)
    nchat += 1
# chats over one body's years
for ys in PAIRS:
    a, b = ys[0], ys[-1]
    va, vb = cell(a, "t3.new.tot"), cell(b, "t3.new.tot")
    if va is None or vb is None:
        continue
    cid = f"chat{nchat + 1}"
    q1 = f"{GOLD[b]['agency']}{yr(b)}年新收多少件申请"
    q2 = f"那{yr(a)}年呢"
    q3 = "少了还是多了，差几件"
    add(
        q1,
        {},
        "value",
        {"value": vb, "unit": "件"},
        "reporter",
        "chat_body_years",
        "plain",
        "colloquial",
        cells=[f"{b}:t3.new.tot"],
        chain={"id": cid, "turn": 1, "of": 4},
    )
    add(
        q2,
        {},
        "value",
        {"value": va, "unit": "件"},
        "reporter",
        "chat_body_years",
        "followup",
        "colloquial",
        cells=[f"{a}:t3.new.tot"],
        previous=q1,
        chain={"id": cid, "turn": 2, "of": 4},
    )
    add(
        q3,
        {},
        "change",
        {"value": vb - va, "unit": "件"},
        "reporter",
        "chat_body_years",
        "followup",
        "colloquial",
        cells=[f"{b}:t3.new.tot", f"{a}:t3.new.tot"],
        calc=f"{vb}-{va}",
        previous=[q1, q2],
        chain={"id": cid, "turn": 3, "of": 4},
        note=f"{GOLD[b]['year']} − {GOLD[a]['year']}",
    )
    add(
        "那2019年的呢",
        {},
        "unanswerable",
        {"refuse": True},
        "reporter",
        "chat_body_years",
        "followup",
        "colloquial",
        previous=[q1, q2, q3],
        chain={"id": cid, "turn": 4, "of": 4},
        note="asked as change (year not stored)",
    ) if not any(g["agency"] == GOLD[a]["agency"] and g["year"] == 2019 for g in GOLD.values()) else None
    nchat += 1
# chats over a province group: sum → rank
for gi, (p, y, rs) in enumerate(GRPS[:6]):
    vs = {r: cell(r, "t3.new.tot") for r in rs}
    if None in vs.values():
        continue
    srt = sorted(rs, key=lambda r: -vs[r])
    if vs[srt[0]] == vs[srt[1]]:
        continue
    cid = f"chat{nchat + 1}"
    q1 = f"{PSHORT[p]}{y}年的年报一共新收多少件申请？"
    q2 = "其中最多的是哪家"
    add(
        q1,
        {},
        "sum",
        {"value": sum(vs.values()), "unit": "件"},
        "officer",
        "chat_group",
        "plain",
        "colloquial",
        cells=[f"{r}:t3.new.tot" for r in rs],
        chain={"id": cid, "turn": 1, "of": 2},
        note=f"sum over the {len(rs)} stored reports of {p} {y}",
    )
    add(
        q2,
        {},
        "rank",
        {"values": {srt[0]: vs[srt[0]]}, "unit": "件", "order": [srt[0]]},
        "officer",
        "chat_group",
        "followup",
        "colloquial",
        cells=[f"{r}:t3.new.tot" for r in rs],
        previous=q1,
        chain={"id": cid, "turn": 2, "of": 2},
    )
    nchat += 1

# ---------------------------------------------------------------- write
for k, it in enumerate(items, 1):
    it = {"id": f"zo{k:04d}", **it}
    items[k - 1] = it
ids = [it["id"] for it in items]
assert len(set(ids)) == len(ids)
with open(OUT, "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(c))
