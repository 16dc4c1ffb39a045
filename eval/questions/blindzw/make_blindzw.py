"""Blind bank blindzw: a third day of a deployed service's log, weighted to the newest wild sets (wild33 … wild37).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzw/make_blindzw.py

rewrites blindzw.jsonl (identical bytes on every run) and runs check(). Held out: whoever works on the router or
extractor reads neither this file nor blindzw.jsonl until the lead has measured it."""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
OUT = HERE / "blindzw.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 38))]
NEW = {"wild33", "wild34", "wild35", "wild36", "wild37"}
SEED = 20261207

# ---------------------------------------------------------------- templates (written before looking at any value)
# measure → (cells by template, lay words users say, unit). Lay words first; none is the table's label.
MEASURES: dict[str, tuple[dict[str, list[str]], list[str], str]] = {
    "new": (
        {"*": ["t3.new.tot"]},
        ["新收到的公开申请", "这一年新递上来的申请", "当年新接的信息公开申请", "老百姓和单位新提的申请"],
        "件",
    ),
    "carry_in": ({"*": ["t3.carry_in.tot"]}, ["上一年没办完转过来的申请", "从前一年拖过来的申请"], "件"),
    "r1": ({"*": ["t3.r1.tot"]}, ["全部给公开的申请", "完全同意公开的申请", "要什么就全给了的申请"], "件"),
    "r2": ({"*": ["t3.r2.tot"]}, ["只公开了一部分的申请", "部分给、部分不给的申请"], "件"),
    "r3": (
        {"*": [f"t3.r3_{i}.tot" for i in range(1, 9)]},
        ["拒绝公开的申请（各种理由加起来）", "明确说不给公开的申请合计", "被驳回、不予公开的申请总数"],
        "件",
    ),
    "r3_4": ({"*": ["t3.r3_4.tot"]}, ["因为牵涉他人隐私、商业秘密等第三方利益而不给的申请"], "件"),
    "r3_6": ({"*": ["t3.r3_6.tot"]}, ["被说成讨论稿、过程性材料而不给的申请"], "件"),
    "r4": (
        {"*": [f"t3.r4_{i}.tot" for i in range(1, 4)]},
        ["想给也给不出来的申请（合计）", "没法提供的申请合计"],
        "件",
    ),
    "r4_1": ({"*": ["t3.r4_1.tot"]}, ["机关回复手里根本没有该信息的申请", "因为机关说自己不掌握而给不了的申请"], "件"),
    "r4_2": ({"*": ["t3.r4_2.tot"]}, ["没有现成信息、要另外制作才能有的申请"], "件"),
    "r5": (
        {"*": [f"t3.r5_{i}.tot" for i in range(1, 6)]},
        ["干脆不处理的申请（合计）", "没有受理处理的申请合计"],
        "件",
    ),
    "r5_1": ({"*": ["t3.r5_1.tot"]}, ["其实是信访投诉、被当成信访举报件处理的申请"], "件"),
    "r5_2": ({"*": ["t3.r5_2.tot"]}, ["同一件事反复来要的重复申请"], "件"),
    "r7": ({"*": ["t3.r7.tot"]}, ["办完的申请总数（各种处理结果加起来）", "全年答复掉的申请总数"], "件"),
    "carry_out": (
        {"*": ["t3.carry_out.tot"]},
        ["年底还没办完、要留到下一年的申请", "挂着没办结、转到明年接着办的申请"],
        "件",
    ),
    "new_np": ({"*": ["t3.new.np"]}, ["以个人身份提的新申请（不算单位）", "普通老百姓个人提的新申请"], "件"),
    "new_biz": ({"*": ["t3.new.biz"]}, ["企业、公司提的新申请"], "件"),
    "rv": ({"*": ["t4.rv.tot"]}, ["因为信息公开被人申请复议的案子", "被告到上级那里复议的案子"], "件"),
    "rv_fix": ({"*": ["t4.rv.fix"]}, ["复议下来被上级纠正（认定做错）的案子"], "件"),
    "rv_keep": ({"*": ["t4.rv.keep"]}, ["复议下来原答复被维持的案子"], "件"),
    "lit": (
        {"*": ["t4.ld.tot", "t4.lr.tot"]},
        ["因为信息公开被告上法院的案子（直接起诉和复议后再起诉都算）", "打官司的案子一共（直接告的加复议完再告的）"],
        "件",
    ),
    "ld": ({"*": ["t4.ld.tot"]}, ["没走复议、直接去法院起诉的案子"], "件"),
    "penalty": ({"*": ["t2.penalty.decisions"]}, ["开出的处罚决定（行政处罚）", "罚单之类的行政处罚决定"], "件"),
    "license": ({"*": ["t2.license.decisions"]}, ["批出去的许可决定（行政许可）", "审批许可决定"], "件"),
    "norm_valid": ({"GF2021": ["t2.norm.valid"]}, ["现在还管用、仍然有效的红头文件（规范性文件）"], "件"),
    "norm_made": (
        {"GF2021": ["t2.norm.made"], "GF2019": ["t2.norm.new_made"]},
        ["当年新出台的红头文件（规范性文件）"],
        "件",
    ),
}
KEYWORD = {
    "new": "新申请 件数", "carry_in": "上年转来", "r1": "全公开", "r2": "部分给", "r3": "拒绝公开 合计",
    "r3_4": "第三方隐私 不给", "r3_6": "过程材料 不给", "r4": "给不了 合计", "r4_1": "没有这信息", "r4_2": "需另外制作",
    "r5": "不处理 合计", "r5_1": "信访件", "r5_2": "重复申请", "r7": "办结总数", "carry_out": "留到明年",
    "new_np": "个人申请", "new_biz": "企业申请", "rv": "复议 几件", "rv_fix": "复议纠错", "rv_keep": "复议维持",
    "lit": "打官司 合计", "ld": "直接起诉", "penalty": "处罚 数量", "license": "许可 数量", "norm_valid": "有效红头文件",
    "norm_made": "新发红头文件",
}  # fmt: skip
LEVEL_WORDS = {
    "县级政府": ["区县政府", "县区人民政府"],
    "县级部门": ["区县的职能部门", "县区部门"],
    "乡镇": ["乡镇街道", "镇街"],
    "市级部门": ["市直部门", "市里的委办局"],
    "省级部门": ["省直厅局", "省级部门"],
    "市级政府": ["地市政府", "市政府"],
}
PERSONAS = ["journalist", "clerk", "lawyer", "deputy", "student", "evaluator", "citizen", "district_clerk"]
OPEN = {
    "journalist": ["赶稿急问：", "记者，核个数：", ""],
    "clerk": ["我在核对我们自己挂网的年报，", "帮我看一下，", ""],
    "lawyer": ["代理案件需要，", "请问", ""],
    "deputy": ["我是人大代表，准备建议材料，", "请问一下，", ""],
    "student": ["写论文用，", "老师让查的，", ""],
    "evaluator": ["第三方评估核数：", "请核实：", ""],
    "citizen": ["我第一次看这种报告，想问", "不太懂这个，", ""],
    "district_clerk": ["区里政务公开办的，问一下", "我是区里的，", ""],
}
VALUE_T = {
    "plain": [
        "{o}{b}{y}年{m}有多少？",
        "{o}{y}年{b}{m}有几件啊",
        "{o}{b}那年（{y}年）{m}，数字是多少",
        "{o}{y}年{b}的{m}多少件",
    ],
    "formal": ["{b}{y}年度政府信息公开工作年度报告中，{m}的数量是多少？", "请提供{b}{y}年{m}的件数。"],
    "voice": ["{b}{yv}年{m}有多少件", "帮我查一下{b}{yv}年那个{m}多少"],
    "keyword": ["{b} {y} {k}"],
}
SCOPED_T = ["{o}这份报告里{m}有几件？", "{o}我们今年{m}填的是多少", "{o}这个报告上{m}是多少"]
TYPOS = {
    "申请": "申清",
    "公开": "公凯",
    "复议": "付议",
    "诉讼": "诉松",
    "报告": "报高",
    "处罚": "处法",
    "许可": "许课",
    "多少": "多小",
}
DIG = "零一二三四五六七八九"
HOMOPHONE_NAME = {"区": "曲", "县": "线", "镇": "阵", "局": "居"}


def yv(year: int) -> str:
    return "".join(DIG[int(c)] for c in str(year))


def typo(text: str, rng: random.Random) -> str:
    keys = [k for k in TYPOS if k in text]
    if not keys:
        return re.sub(r"([？?]?)$", r"嘛\1", text, count=1)
    k = rng.choice(sorted(keys))
    return text.replace(k, TYPOS[k], 1)


# ---------------------------------------------------------------- gold
def load() -> list[dict]:
    out = []
    for s in SETS:
        for p in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(p.read_text(encoding="utf-8"))
            g["_set"] = s
            out.append(g)
    return out


GOLDS = load()
BY_ID = {g["id"]: g for g in GOLDS}
KEYS = Counter((g["agency"], g["year"]) for g in GOLDS)
AGENCIES = sorted({g["agency"] for g in GOLDS})


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and bool(g["tables_recoverable"])
        and not g["findings"]
        and not g.get("statements")
        and KEYS[(g["agency"], g["year"])] == 1
    )


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    v = (g.get(table) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def cells_of(g: dict, m: str) -> list[str] | None:
    by = MEASURES[m][0]
    keys = by.get(g["template"], by.get("*"))
    if keys is None or not readable(g):
        return None
    if any(cell(g, k) is None for k in keys):
        return None
    return keys


def mval(g: dict, m: str):
    keys = cells_of(g, m)
    return None if keys is None else round(sum(cell(g, k) for k in keys), 2)


def province(g: dict) -> str | None:
    m = re.match(r"^(.+?(?:省|自治区|市))", g["region"])
    return m.group(1) if m and g["region"] != "全国" else None


def short(agency: str) -> str | None:
    """Drop the province / city prefix when the short form names one stored agency only."""
    for pat in (r"^.+?(?:省|自治区)", r"^.+?市(?=.+?(?:区|县|市))", r"^.+?市"):
        s = re.sub(pat, "", agency, count=1)
        if s != agency and len(s) >= 4 and sum(s in a for a in AGENCIES) == 1:
            return s
    return None


def pshort(p: str) -> str:
    return re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", p)


# ---------------------------------------------------------------- report text (narrative and section 五)
def text_of(g: dict) -> str:
    if g["id"] not in _TEXTS:
        _TEXTS[g["id"]] = _read_text(g)
    return _TEXTS[g["id"]]


_TEXTS: dict[str, str] = {}


def _read_text(g: dict) -> str:
    path = ROOT / "eval" / g["_set"] / g["file"]
    fmt = g["format"]
    try:
        if fmt in ("html", "txt", "markdown"):
            raw = path.read_bytes()
            m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:3000])
            enc = m.group(1).decode() if m else "utf-8"
            try:
                t = raw.decode(enc)
            except (LookupError, UnicodeDecodeError):
                return ""
            if fmt == "html":
                t = re.sub(r"<script.*?</script>|<style.*?</style>", "", t, flags=re.S | re.I)
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
        elif fmt == "docx":
            with zipfile.ZipFile(path) as z:
                x = z.read("word/document.xml").decode("utf-8")
            t = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", x)))
        elif fmt == "pdf":
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                t = "\n".join(p.extract_text() or "" for p in pdf.pages)
        else:
            return ""
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return ""
    t = re.sub(r"\s+", "", t)
    return t if "信息公开" in t and "主动公开" in t else ""


# narrative figure → (pattern over the whitespace-free text, users' words, unit)
NARR = [
    (
        r"主动公开(?:各类)?(?:政府)?信息(\d+)条",
        ["主动公开了多少条信息", "自己主动挂出来的政府信息有多少条", "主动发布的信息条数"],
        "条",
    ),
    (r"政策解读(?:材料|稿件|信息|文章)?(\d+)(?:篇|条)", ["发了几篇政策解读", "政策解读文章做了多少"], None),
    (r"其中政策文件(\d+)(?:条|件|份)", ["主动公开的信息里政策文件占多少条", "主动公开的政策文件有多少"], None),
    (r"通过政府网站公开(\d+)条", ["在政府网站上公开了多少条", "网站上挂了多少条信息"], "条"),
    (r"(?<![及和与、])当面申请(\d+)件", ["上门当面递交的申请有几件", "跑到窗口当面申请的有几件"], "件"),
    (r"网络申请(\d+)件", ["网上提交的申请有几件", "通过网络申请的有多少件"], "件"),
    (r"信函申请(\d+)件", ["写信寄过来申请的有几件", "信函方式申请的件数"], "件"),
    (r"(?:开展|组织|举办)[^，。；：]{0,14}培训(\d+)(?:次|场|期)", ["搞了几次培训", "信息公开方面的培训办了几场"], None),
    (r"(?:召开|举办|组织)[^，。；：]{0,14}(?:新闻发布会|发布会)(\d+)(?:次|场)", ["开了几场新闻发布会"], None),
    (
        r"(?:召开|组织)[^，。；：]{0,10}(?:会议|专题会|推进会)(\d+)(?:次|场)",
        ["为政务公开开了几次会", "政务公开的推进会开了几次"],
        None,
    ),
    (r"政务新媒体(?:账号)?(\d+)个", ["有几个政务新媒体账号", "政务微信微博这类新媒体开了几个"], "个"),
    (
        r"(?:公众号|微信公众号)[^，。；：]{0,12}?(?:发布|推送)[^，。；：]{0,6}?(\d+)(?:条|篇|期)",
        ["公众号发了多少条"],
        None,
    ),
]


PAGE_MARK = re.compile(r"[-—–]\d{1,3}[-—–]")


def narr_unit(quote: str, m_end: str) -> str | None:
    return m_end


# ---------------------------------------------------------------- items
class Bank:
    def __init__(self) -> None:
        self.items: list[dict] = []
        self.qs: set[tuple] = set()
        self.rng = random.Random(SEED)

    def add(self, **it) -> bool:
        key = (it["q"], json.dumps(it.get("scope", {})), json.dumps(it.get("previous")))
        if key in self.qs:
            return False
        self.qs.add(key)
        it.setdefault("scope", {})
        self.items.append(it)
        return True


def body_name(g: dict, rng: random.Random, allow_short: bool = True) -> tuple[str, bool]:
    """The full name, or a short form users type (city prefix dropped; 「人民政府」 → 「政府」; 「街道办事处」 → 「街道」)
    when it names one stored agency only."""
    s = short(g["agency"])
    r = rng.random()
    if allow_short and s and r < 0.4:
        for long_, short_ in (("人民政府", "政府"), ("街道办事处", "街道")):
            if s.endswith(long_) and r < 0.2:
                cut = s[: -len(long_)] + short_
                if sum(cut in a.replace(long_, short_) for a in AGENCIES) == 1:
                    return cut, True
        return s, True
    return g["agency"], False


def style_of(phr: str, abbr: bool) -> str:
    return "abbreviated" if abbr else ("formal" if phr == "formal" else "colloquial")


def fm(q: str) -> str:
    """A question drawn from a template list: formal when it opens with 「请比较/请问…年度/请统计」."""
    return "formal" if re.match(r"请(?:比较|统计|问.+年度)", q) else "plain"


def pick_phrasing(rng: random.Random) -> str:
    return rng.choices(["plain", "formal", "voice", "typo", "keyword"], [40, 16, 16, 10, 14])[0]


def weighted_pool(pool: list[dict], rng: random.Random) -> list[dict]:
    """Shuffle with two draws in three from the newest sets while they last."""
    new = [g for g in pool if g["_set"] in NEW]
    old = [g for g in pool if g["_set"] not in NEW]
    rng.shuffle(new)
    rng.shuffle(old)
    out = []
    while new or old:  # two from the newest sets for one from the others
        for _ in range(2):
            if new:
                out.append(new.pop())
        if old:
            out.append(old.pop())
    return out


def gen_value(b: Bank, n_store: int, n_scoped: int, n_follow: int) -> None:
    rng = random.Random(SEED + 1)
    ms = sorted(MEASURES)
    pool = weighted_pool([g for g in GOLDS if readable(g)], rng)
    i = 0
    made = 0
    while made < n_store:
        g = pool[i % len(pool)]
        i += 1
        m = ms[rng.randrange(len(ms))]
        v = mval(g, m)
        if v is None:
            continue
        persona = PERSONAS[rng.randrange(len(PERSONAS))]
        phr = pick_phrasing(rng)
        name, abbr = body_name(g, rng)
        words = MEASURES[m][1][rng.randrange(len(MEASURES[m][1]))]
        o = rng.choice(OPEN[persona])
        base = (
            "voice"
            if phr == "voice"
            else ("keyword" if phr == "keyword" else ("formal" if phr == "formal" else "plain"))
        )
        t = rng.choice(VALUE_T[base])
        if base == "formal" and o:
            o = o if o.endswith("，") else ""
        q = t.format(o=o, b=name, y=g["year"], yv=yv(g["year"]), m=words, k=KEYWORD[m])
        if phr == "plain" and rng.random() < 0.15:  # 「23年」「2023年度」 as people type them
            q = q.replace(f"{g['year']}年", rng.choice([f"{g['year'] % 100:02d}年", f"{g['year']}年度"]), 1)
        if phr == "typo":
            q = typo(q, rng)
        if phr == "voice":
            q = re.sub(r"[，。？、（）：,?]", "", q)
        ok = b.add(
            q=q, intent="value", style=style_of(phr, abbr), phrasing=phr, persona=persona, kind="cell_" + m,
            expect={"value": v, "unit": MEASURES[m][2]}, cells=[f"{g['id']}:{k}" for k in cells_of(g, m)],
            sets=[g["_set"]],
        )  # fmt: skip
        made += ok
    made = 0
    while made < n_scoped:
        g = pool[i % len(pool)]
        i += 1
        m = ms[rng.randrange(len(ms))]
        v = mval(g, m)
        if v is None:
            continue
        persona = rng.choice(["clerk", "district_clerk", "citizen", "evaluator"])
        words = MEASURES[m][1][rng.randrange(len(MEASURES[m][1]))]
        q = rng.choice(SCOPED_T).format(o=rng.choice(OPEN[persona]), m=words)
        phr = "plain"
        if rng.random() < 0.25:
            q, phr = re.sub(r"[，。？、（）：,?]", "", q), "voice"
        made += b.add(
            q=q, scope={"report": g["id"]}, intent="value", style="colloquial", phrasing=phr, persona=persona,
            kind="scoped_cell_" + m, expect={"value": v, "unit": MEASURES[m][2]}, cells=list(cells_of(g, m)),
            sets=[g["_set"]],
        )  # fmt: skip
    # follow-ups: another measure of the same report, or the same measure of the agency's other stored year
    made = 0
    by_agency = defaultdict(list)
    for g in GOLDS:
        by_agency[g["agency"]].append(g)
    while made < n_follow:
        g = pool[i % len(pool)]
        i += 1
        m1, m2 = rng.sample(ms, 2)
        v1, v2 = mval(g, m1), mval(g, m2)
        persona = rng.choice(PERSONAS)
        name, abbr = body_name(g, rng)
        first = f"{name}{g['year']}年{MEASURES[m1][1][0]}有多少？"
        if made % 2 == 0:
            if v1 is None or v2 is None:
                continue
            q = rng.choice(["那{m}呢？", "{m}呢", "再问下{m}是多少"]).format(m=MEASURES[m2][1][0])
            ok = b.add(
                q=q, previous=first, intent="value", style=style_of("followup", abbr), phrasing="followup",
                persona=persona, kind="followup_measure", expect={"value": v2, "unit": MEASURES[m2][2]},
                cells=[f"{g['id']}:{k}" for k in cells_of(g, m2)], sets=[g["_set"]],
            )  # fmt: skip
        else:
            others = [h for h in by_agency[g["agency"]] if h["year"] != g["year"] and mval(h, m1) is not None]
            if v1 is None or not others:
                continue
            h = sorted(others, key=lambda x: x["year"])[0]
            q = rng.choice(["那{y}年呢？", "换成{y}年呢", "{y}年的呢"]).format(y=h["year"])
            ok = b.add(
                q=q, previous=first, intent="value", style=style_of("followup", abbr), phrasing="followup",
                persona=persona, kind="followup_year", expect={"value": mval(h, m1), "unit": MEASURES[m1][2]},
                cells=[f"{h['id']}:{k}" for k in cells_of(h, m1)], sets=[h["_set"]],
            )  # fmt: skip
        made += ok


NARR_T = {
    "plain": ["{o}{b}{y}年{w}？", "{b}{y}年一年{w}"],
    "formal": ["请问{b}{y}年度年报中{w}？", "{b}{y}年度报告所载{w}？"],
    "voice": ["{b}{yv}年{w}"],
    "scoped": ["{o}这份报告里{w}？", "我们今年{w}"],
}


def texts(pool: list[dict]):
    for g in pool:
        t = text_of(g)
        if t:
            yield g, t


def gen_narrative(b: Bank, n: int, n_scoped: int) -> None:
    rng = random.Random(SEED + 2)
    pool = weighted_pool([g for g in GOLDS if KEYS[(g["agency"], g["year"])] == 1], rng)
    made = scoped = 0
    used = Counter()
    for g, t in texts(pool):
        if made >= n:
            break
        order = list(range(len(NARR)))
        rng.shuffle(order)
        order.sort(key=lambda k: used[k])
        for k in order:
            pat, words, unit = NARR[k]
            hits = list(re.finditer(pat, t))
            if len(hits) != 1:
                continue
            mm = hits[0]
            if PAGE_MARK.search(t[max(0, mm.start() - 40) : mm.end()]):
                continue
            unit = unit or re.search(r"(篇|条|次|场|期|件|份|个)$", mm.group(0)).group(1)
            s = max(t.rfind("，", 0, mm.start()), t.rfind("。", 0, mm.start()), t.rfind("；", 0, mm.start()))
            quote = t[s + 1 : mm.end()] if mm.start() - s < 40 else mm.group(0)
            persona = rng.choice(PERSONAS)
            w = rng.choice(words)
            o = rng.choice(OPEN[persona])
            if scoped < n_scoped and rng.random() < 0.3:
                q = rng.choice(NARR_T["scoped"]).format(o=o, w=w)
                ok = b.add(
                    q=q, scope={"report": g["id"]}, intent="narrative", style="colloquial", phrasing="plain",
                    persona=persona, kind="narr", expect={"value": int(mm.group(1)), "unit": unit},
                    source_quote=quote, sets=[g["_set"]],
                )  # fmt: skip
                scoped += ok
            else:
                phr = rng.choices(["plain", "formal", "voice"], [5, 2, 2])[0]
                name, abbr = body_name(g, rng)
                q = rng.choice(NARR_T[phr]).format(o=o, b=name, y=g["year"], yv=yv(g["year"]), w=w)
                if phr == "voice":
                    q = re.sub(r"[，。？、（）：,?]", "", q)
                ok = b.add(
                    q=q, intent="narrative", style=style_of(phr, abbr), phrasing=phr, persona=persona, kind="narr",
                    expect={"value": int(mm.group(1)), "unit": unit}, source_quote={g["id"]: quote}, sets=[g["_set"]],
                )  # fmt: skip
            if ok:
                used[k] += 1
                made += 1
                break


PROB_T = {
    "problems": [
        "{b}{y}年的报告自己承认存在哪些问题？",
        "{o}{b}{y}年信息公开工作有什么不足，报告原话怎么说的",
        "{b}{yv}年报告里说的短板是什么",
    ],
    "improve": ["{b}{y}年报告里下一步打算怎么改进？", "{o}{b}{y}年对存在的问题提了哪些整改措施"],
    "scoped_problems": ["这份报告里说的问题有哪些？原文引一下", "我们今年写的存在问题是什么"],
    "scoped_improve": ["这份报告说接下来怎么改进？"],
}


def section5(t: str) -> tuple[str, str] | None:
    m = re.search(r"五、(?:存在的)?(?:主要)?(?:问题|不足)[^。：:]{0,12}?(?:改进情况|改进措施|整改情况|情况)?", t)
    if not m:
        return None
    end = t.find("六、", m.end())
    sec = t[m.end() : end if end > 0 else m.end() + 1500]
    if len(sec) < 20:
        return None
    k = re.search(r"(?:改进措施|改进情况|下一步|整改措施|改进方向|改进计划)", sec[5:])
    if not k:
        return None
    return sec[: k.start() + 5], sec[k.end() + 5 :]


def first_point(part: str, rng: random.Random) -> str | None:
    """One of the numbered points (一是 / 二是 / 三是 …), drawn."""
    pts = [m.group(1).strip("，、：,") for m in re.finditer(r"[一二三四五]是([^；。;]{6,40})", part)]
    if not pts:
        pts = [m.group(1).strip("，、：,") for m in re.finditer(r"\d[．.、]([^；。;\d]{6,40})", part)]
    return rng.choice(pts) if pts else None


def gen_problems(b: Bank, n: int) -> None:
    rng = random.Random(SEED + 3)
    pool = weighted_pool([g for g in GOLDS if KEYS[(g["agency"], g["year"])] == 1], rng)
    made = 0
    for g, t in texts(pool):
        if made >= n:
            break
        s5 = section5(t)
        if not s5:
            continue
        kind = "improve" if made % 3 == 2 else "problems"
        quote = first_point(s5[1] if kind == "improve" else s5[0], rng)
        if not quote or PAGE_MARK.search(quote) or re.search(r"\d", quote):
            continue
        persona = rng.choice(PERSONAS)
        if made % 4 == 1:
            q = rng.choice(PROB_T["scoped_" + kind])
            ok = b.add(
                q=q, scope={"report": g["id"]}, intent="problems", style="colloquial", phrasing="plain",
                persona=persona, kind=kind, expect={"contains": [quote]}, source_quote=quote, sets=[g["_set"]],
            )  # fmt: skip
        else:
            name, abbr = body_name(g, rng)
            q = rng.choice(PROB_T[kind]).format(o=rng.choice(OPEN[persona]), b=name, y=g["year"], yv=yv(g["year"]))
            phr = "voice" if "yv" in q or re.search(r"[零一二三四五六七八九]{4}年", q) else "plain"
            ok = b.add(
                q=q, intent="problems", style=style_of(phr, abbr), phrasing=phr, persona=persona, kind=kind,
                expect={"contains": [quote]}, source_quote={g["id"]: quote}, sets=[g["_set"]],
            )  # fmt: skip
        made += ok


def groups() -> dict[tuple, list[dict]]:
    """province × level × year → every stored report of it (only groups whose every report is readable)."""
    out = defaultdict(list)
    for g in GOLDS:
        p = province(g)
        if p and g["level"] in LEVEL_WORDS:
            out[(p, g["level"], g["year"])].append(g)
    return {k: sorted(v, key=lambda g: g["id"]) for k, v in out.items() if all(readable(g) for g in v)}


def gen_cross(b: Bank, n_cmp: int, n_chg: int, n_rank: int, n_sum: int, n_which: int) -> None:
    rng = random.Random(SEED + 4)
    gs = groups()
    gkeys = sorted(gs, key=lambda k: (k[0], k[1], k[2]))
    rng.shuffle(gkeys)
    gkeys.sort(key=lambda k: 0 if any(g["_set"] in NEW for g in gs[k]) else 1)  # newest first, stable
    ms = ["new", "r1", "r3", "r4_1", "r7", "carry_out", "rv", "lit", "penalty", "license", "r5"]
    made = Counter()
    for stage, key in [(st, k) for st in ("compare", "rank", "sum", "which") for k in gkeys]:
        members = gs[key]
        p, lvl, year = key
        lw = rng.choice(LEVEL_WORDS[lvl])
        pw = rng.choice([p, pshort(p)])
        persona = rng.choice(PERSONAS)
        m = ms[rng.randrange(len(ms))]
        vals = {g["id"]: mval(g, m) for g in members}
        if stage != "which" and any(v is None for v in vals.values()):
            continue
        words = MEASURES[m][1][0]
        cells = [f"{g['id']}:{k}" for g in members for k in (cells_of(g, m) or [])]
        # compare two bodies
        if stage == "compare" and made["compare"] < n_cmp and len(members) >= 2:
            a, c = rng.sample(members, 2)
            if vals[a["id"]] != vals[c["id"]]:
                hi, lo = (a, c) if vals[a["id"]] > vals[c["id"]] else (c, a)
                na, aa = body_name(a, rng)
                nc, ac = body_name(c, rng)
                q = rng.choice(
                    [
                        "{a}和{c}{y}年{m}，谁多？各多少",
                        "{o}{y}年{a}跟{c}比，{m}哪个多",
                        "对比一下{a}、{c}两家{y}年{m}",
                        "请比较{a}与{c}{y}年度{m}的数量，并说明何者较多。",
                    ]
                ).format(a=na, c=nc, y=year, m=words, o=rng.choice(OPEN[persona]))
                made["compare"] += b.add(
                    q=q, intent="compare", style=style_of(fm(q), aa or ac), phrasing=fm(q), persona=persona,
                    kind="two_bodies_" + m, expect={"values": {a["id"]: vals[a["id"]], c["id"]: vals[c["id"]]},
                    "unit": "件", "order": [hi["id"], lo["id"]]},
                    cells=[f"{g['id']}:{k}" for g in (a, c) for k in cells_of(g, m)], sets=sorted({a["_set"], c["_set"]}),
                )  # fmt: skip
                continue
        if stage == "rank" and len(members) >= 4 and made["rank"] < n_rank:
            ordered = sorted(members, key=lambda g: -vals[g["id"]])
            if made["rank"] % 2 == 0:
                t = rng.choice([g for g in members if list(vals.values()).count(vals[g["id"]]) == 1] or [None])
                if t is not None:
                    rank = 1 + sum(v > vals[t["id"]] for v in vals.values())
                    nt, at = body_name(t, rng)
                    q = rng.choice(
                        [
                            "{b}{y}年{m}在{p}的{l}里从多到少排第几？",
                            "{o}{y}年{p}{l}中，{b}的{m}按多少排能排第几名",
                            "请问{b}{y}年度{m}在{p}{l}中由多到少位列第几？",
                        ]
                    ).format(b=nt, y=year, m=words, p=pw, l=lw, o=rng.choice(OPEN[persona]))
                    made["rank"] += b.add(
                        q=q, intent="rank", style=style_of(fm(q), at or pw != p), phrasing=fm(q), persona=persona,
                        kind="rank_of_" + m, expect={"value": rank, "unit": "名"}, cells=cells,
                        sets=sorted({g["_set"] for g in members}),
                        note=f"rank among all {len(members)} stored {lvl} of {p} {year}; 1 + bodies strictly larger",
                    )  # fmt: skip
                    continue
            elif vals[ordered[0]["id"]] > vals[ordered[1]["id"]]:
                top = ordered[0]
                q = rng.choice(["{y}年{p}{l}里，{m}最多的是哪家？", "{p}{l}{y}年谁家{m}最多"]).format(
                    y=year, p=pw, l=lw, m=words
                )
                made["rank"] += b.add(
                    q=q, intent="rank", style=style_of("plain", pw != p), phrasing="plain", persona=persona,
                    kind="top_" + m, expect={"values": {top["id"]: vals[top["id"]]}, "unit": "件", "order": [top["id"]]},
                    cells=cells, sets=sorted({g["_set"] for g in members}),
                )  # fmt: skip
                continue
        if stage == "sum" and len(members) >= 3 and made["sum"] < n_sum:
            total = round(sum(vals.values()), 2)
            q = rng.choice(
                [
                    "{p}{y}年{l}的{m}加起来一共多少？",
                    "{o}{y}年{p}所有{l}的{m}合计几件",
                    "请统计{p}{y}年度全部{l}{m}的合计数。",
                ]
            ).format(p=pw, y=year, l=lw, m=words, o=rng.choice(OPEN[persona]))
            made["sum"] += b.add(
                q=q, intent="sum", style=style_of(fm(q), pw != p), phrasing=fm(q), persona=persona, kind="group_sum_" + m,
                expect={"value": total, "unit": "件"}, cells=cells, sets=sorted({g["_set"] for g in members}),
                note=f"every stored {lvl} of {p} in {year} ({len(members)} reports)",
            )  # fmt: skip
            continue
        if stage == "which" and len(members) >= 2 and made["which"] < n_which:
            wk = ["rv", "lit", "carry_out", "r3", "zero"][made["which"] % 5]
            if wk == "zero":
                sel = [g["id"] for g in members if mval(g, "new") == 0]
                ws_ = ["一份申请都没收到", "零申请（全年没人来申请）"]
                cm = "new"
            else:
                sel = [g["id"] for g in members if mval(g, wk)]
                ws_ = {
                    "rv": ["被申请过复议"],
                    "lit": ["因信息公开吃过官司（被起诉）"],
                    "carry_out": ["年底还有申请没办完、要转到下一年"],
                    "r3": ["拒绝过公开申请（有不予公开的）"],
                }[wk]
                cm = wk
            if len(members) < 3 and wk != "zero":
                continue
            if any(mval(g, cm) is None for g in members) or not (1 <= len(sel) < len(members)) or len(sel) > 6:
                continue
            q = rng.choice(["{y}年{p}{l}里，哪些{w}？", "{o}{p}{l}{y}年有哪几家{w}"]).format(
                y=year, p=pw, l=lw, w=rng.choice(ws_), o=rng.choice(OPEN[persona])
            )
            made["which"] += b.add(
                q=q, intent="which_reports", style=style_of("plain", pw != p), phrasing="plain", persona=persona,
                kind="which_" + wk, expect={"reports": sorted(sel)},
                cells=[f"{g['id']}:{k}" for g in members for k in cells_of(g, cm)],
                sets=sorted({g["_set"] for g in members}),
                note=f"every stored {lvl} of {p} in {year} ({len(members)} reports)",
            )  # fmt: skip
    # changes: one agency, two consecutive stored years, both readable
    by_agency = defaultdict(list)
    for g in GOLDS:
        if readable(g):
            by_agency[g["agency"]].append(g)
    pairs = []
    for a in sorted(by_agency):
        ys = sorted(by_agency[a], key=lambda g: g["year"])
        for x, y in zip(ys, ys[1:]):
            if y["year"] > x["year"]:
                pairs.append((x, y))
    rng.shuffle(pairs)
    pairs.sort(key=lambda xy: 0 if xy[1]["_set"] in NEW or xy[0]["_set"] in NEW else 1)
    chg = 0
    tries = [(x, y, m) for x, y in pairs for m in rng.sample(ms, 3)]
    for x, y, m in tries:
        if chg >= n_chg:
            break
        vx, vy = mval(x, m), mval(y, m)
        if vx is None or vy is None or vx == vy:
            continue
        persona = rng.choice(PERSONAS)
        words = MEASURES[m][1][-1]
        later = "+".join("{" + y["id"] + ":" + k + "}" for k in cells_of(y, m))
        earlier = "+".join("{" + x["id"] + ":" + k + "}" for k in cells_of(x, m))
        calc = f"({later})-({earlier})"
        cells = [f"{g['id']}:{k}" for g in (x, y) for k in cells_of(g, m)]
        if chg % 4 == 3 and y["year"] == x["year"] + 1:
            q = rng.choice(["跟去年比，我们{m}多了还是少了？差几件", "和上一年相比{m}变化了多少"]).format(m=words)
            ok = b.add(
                q=q, scope={"report": y["id"]}, intent="change", style="colloquial", phrasing="plain", persona=persona,
                kind="change_scoped_" + m, expect={"value": round(vy - vx, 2), "unit": "件"}, cells=cells, calc=calc,
                sets=sorted({x["_set"], y["_set"]}),
            )  # fmt: skip
        else:
            name, abbr = body_name(y, rng)
            tpl = ["{b}{y2}年{m}比{y1}年多了还是少了，差多少？", "{o}{b}从{y1}到{y2}年{m}变了多少"]
            if y["year"] == x["year"] + 1:
                tpl.append("{b}{y2}年{m}较上年增减几件")
            q = rng.choice(tpl).format(b=name, y1=x["year"], y2=y["year"], m=words, o=rng.choice(OPEN[persona]))
            ok = b.add(
                q=q, intent="change", style=style_of("plain", abbr), phrasing="plain", persona=persona,
                kind="change_" + m, expect={"value": round(vy - vx, 2), "unit": "件"}, cells=cells, calc=calc,
                sets=sorted({x["_set"], y["_set"]}),
            )  # fmt: skip
        chg += ok


def gen_share(b: Bank, n: int) -> None:
    """Share of one report: 全部公开 / 不予公开 / 无法提供 over 办理结果总计, in %."""
    rng = random.Random(SEED + 5)
    pool = weighted_pool([g for g in GOLDS if readable(g)], rng)
    parts = [
        ("r1", "全部给公开的占办完申请的百分之几"),
        ("r3", "拒绝公开的占全部处理结果的比例"),
        ("r4", "给不了的（无法提供）占办结总数多少比例"),
    ]
    made = 0
    for g in pool:
        if made >= n:
            break
        pm, w = parts[made % 3]
        vp, vt = mval(g, pm), mval(g, "r7")
        if vp is None or not vt:
            continue
        share = round(100 * vp / vt, 2)
        persona = rng.choice(PERSONAS)
        calc = "100*(" + "+".join("{" + k + "}" for k in cells_of(g, pm)) + ")/{t3.r7.tot}"
        if made % 3 == 1:
            ok = b.add(
                q=rng.choice(["这份报告里{w}？", "我们今年{w}"]).format(w=w), scope={"report": g["id"]}, intent="share",
                style="colloquial", phrasing="plain", persona=persona, kind="share_" + pm,
                expect={"value": share, "unit": "%", "tol": 0.05}, cells=[*cells_of(g, pm), "t3.r7.tot"], calc=calc,
                sets=[g["_set"]],
            )  # fmt: skip
        else:
            name, abbr = body_name(g, rng)
            ok = b.add(
                q=f"{rng.choice(OPEN[persona])}{name}{g['year']}年{w}？", intent="share", style=style_of("plain", abbr),
                phrasing="plain", persona=persona, kind="share_" + pm, expect={"value": share, "unit": "%", "tol": 0.05},
                cells=[f"{g['id']}:{k}" for k in [*cells_of(g, pm), "t3.r7.tot"]],
                calc=calc.replace("{", "{" + g["id"] + ":"), sets=[g["_set"]],
            )  # fmt: skip
        made += ok


def gen_consistency(b: Bank, n: int) -> None:
    rng = random.Random(SEED + 6)
    bad = []
    for g in GOLDS:
        if KEYS[(g["agency"], g["year"])] != 1 or g["template"] not in ("GF2019", "GF2021"):
            continue
        for f in g["findings"]:
            m = re.search(r"add up to (\d+), 总计 is printed (\d+)", f.get("note", ""))
            if f["check"] == "H5" and m and f["where"] == "t4.rv":
                bad.append((g, f, int(m.group(2)), int(m.group(1))))
                break
    good = [
        g
        for g in GOLDS
        if readable(g) and all(cell(g, f"t4.rv.{k}") is not None for k in ("keep", "fix", "other", "pend", "tot"))
    ]
    good = [g for g in good if g["t4"]["rv.tot"] > 0]
    bad = weighted_pool([x[0] for x in bad], rng)
    bad_f = {}
    for g in GOLDS:
        for f in g["findings"]:
            m = re.search(r"add up to (\d+), 总计 is printed (\d+)", f.get("note", ""))
            if f["check"] == "H5" and m and f["where"] == "t4.rv" and g["id"] not in bad_f:
                bad_f[g["id"]] = (int(m.group(2)), int(m.group(1)))
    good = weighted_pool(good, rng)
    qs = [
        "这份报告复议那块，维持、纠正、其他、没审完几项加起来跟总数对得上吗？",
        "我们的复议数据自己能对上吗，各项结果之和等于合计吗",
    ]
    made = 0
    while made < n and (bad or good):
        g = bad.pop() if made % 2 == 0 and bad else (good.pop() if good else bad.pop())
        persona = rng.choice(["clerk", "evaluator", "district_clerk"])
        if g["id"] in bad_f:
            printed, implied = bad_f[g["id"]]
            exp = {"verdict": "inconsistent", "checks": ["H5"], "values": {"printed": printed, "implied": implied}}
            cells = []
        else:
            t4 = g["t4"]
            exp = {
                "verdict": "consistent",
                "checks": ["H5"],
                "values": {"printed": t4["rv.tot"], "implied": t4["rv.tot"]},
            }
            cells = [f"t4.rv.{k}" for k in ("keep", "fix", "other", "pend", "tot")]
        if made % 3 == 2:
            name, abbr = body_name(g, rng)
            q = f"{name}{g['year']}年报告里，复议的几种结果加起来等于复议总数吗？"
            ok = b.add(
                q=q, intent="consistency", style=style_of("plain", abbr), phrasing="plain", persona=persona, reads=[g["id"]],
                kind="h5_" + exp["verdict"], expect=exp, cells=[f"{g['id']}:{c}" for c in cells], sets=[g["_set"]],
            )  # fmt: skip
        else:
            ok = b.add(
                q=qs[made % 2], scope={"report": g["id"]}, intent="consistency", style="colloquial", phrasing="plain",
                persona=persona, kind="h5_" + exp["verdict"], expect=exp, cells=cells, sets=[g["_set"]],
            )  # fmt: skip
        made += ok


H1_NOTE = re.compile(r"新收\+结转 (\d+)\+(\d+) ≠ 总计\+结转下年 (\d+)\+(\d+)")
H1_Q = {
    "scoped": [
        "这份报告里，新来的申请加上年转过来的，跟办完的加转到明年的，两边对得上吗？",
        "我们表里申请的总账平不平：新收加上年结转，等于办结加结转下年吗",
    ],
    "store": [
        "{b}{y}年的申请账能对平吗？新收加上年结转，是不是等于办完的加转到下一年的",
        "{o}{b}{y}年报告里申请的进出数能对上吗",
    ],
}


def gen_h1(b: Bank, n: int) -> None:
    """H1 in the 总计 column: 新收 + 上年结转 = 办理结果总计 + 结转下年度."""
    rng = random.Random(SEED + 8)
    bad = {}
    for g in GOLDS:
        if KEYS[(g["agency"], g["year"])] != 1 or g["template"] not in ("GF2019", "GF2021"):
            continue
        for f in g["findings"]:
            m = H1_NOTE.search(f.get("note", ""))
            if f["check"] == "H1" and f["where"] == "t3 column tot" and m:
                a, c, r, d = (int(x) for x in m.groups())
                bad[g["id"]] = (a + c, r + d)
    good = [
        g
        for g in GOLDS
        if readable(g)
        and all(mval(g, k) is not None for k in ("new", "carry_in", "r7", "carry_out"))
        and mval(g, "new") + mval(g, "carry_in") == mval(g, "r7") + mval(g, "carry_out")
        and mval(g, "new") > 0
    ]
    bads = weighted_pool([BY_ID[i] for i in sorted(bad)], rng)
    goods = weighted_pool(good, rng)
    made = 0
    while made < n and (bads or goods):
        g = bads.pop(0) if made % 2 == 0 and bads else goods.pop(0)
        persona = rng.choice(["clerk", "evaluator", "district_clerk", "deputy"])
        if g["id"] in bad:
            left, right = bad[g["id"]]
            exp = {
                "verdict": "inconsistent",
                "checks": ["H1"],
                "values": {"新收+上年结转": left, "办结+结转下年": right},
            }
            cells: list[str] = []
        else:
            left = mval(g, "new") + mval(g, "carry_in")
            exp = {"verdict": "consistent", "checks": ["H1"], "values": {"新收+上年结转": left, "办结+结转下年": left}}
            cells = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
        if made % 2 == 1:
            ok = b.add(
                q=H1_Q["scoped"][made // 2 % 2], scope={"report": g["id"]}, intent="consistency", style="colloquial",
                phrasing="plain", persona=persona, kind="h1_" + exp["verdict"], expect=exp, cells=cells, sets=[g["_set"]],
            )  # fmt: skip
        else:
            name, abbr = body_name(g, rng)
            q = rng.choice(H1_Q["store"]).format(b=name, y=g["year"], o=rng.choice(OPEN[persona]))
            ok = b.add(
                q=q, intent="consistency", style=style_of("plain", abbr), phrasing="plain", persona=persona,
                kind="h1_" + exp["verdict"], expect=exp, cells=[f"{g['id']}:{c}" for c in cells], reads=[g["id"]],
                sets=[g["_set"]],
            )  # fmt: skip
        made += ok


REFUSE_T = {
    "budget": ["{b}{y}年搞信息公开花了多少钱？经费预算多少", "{o}{b}{y}年政务公开工作经费是多少万元"],
    "staff": ["{b}{y}年有几个人专职做信息公开？", "{o}{b}负责政务公开的工作人员有多少名（{y}年）"],
    "identity": [
        "{b}{y}年来申请的人里男女各多少？",
        "{o}{b}{y}年申请人的年龄分布是怎样的",
        "{b}{y}年申请公开的都是哪里人",
    ],
    "percapita": ["按辖区人口算，{b}{y}年每万人申请量是多少？"],
    "duration": ["{b}{y}年答复一件申请平均用了几天？"],
}
# words in a report's text that could answer the refusal (a report containing them is not asked)
ANSWERS = {
    "budget": r"经费|预算\d|万元[^。]{0,6}公开",
    "staff": r"(?:专职|兼职|工作人员|专人)[^。]{0,10}\d+(?:名|人)|\d+名(?:专职|兼职|工作人员)",
    "identity": r"性别|男性|女性|年龄|岁|籍贯|户籍",
    "percapita": r"常住人口|户籍人口|人口\d|万人",
    "duration": r"平均[^。]{0,12}(?:工作日|天|日)|办理时[限长]|答复期限|\d+个工作日",
}
REFUSE_SCOPED = {
    "budget": ["我们今年信息公开工作花了多少经费？", "这份报告里政务公开的预算是多少"],
    "staff": ["我们单位专门做信息公开的有几个人？", "这份报告里信息公开工作人员多少名"],
    "identity": ["这份报告里申请人男的女的各几个？", "来申请的人平均多大年纪"],
    "percapita": ["按我们辖区人口算，人均申请量是多少？"],
    "duration": ["我们今年答复一件申请平均用了几天？", "这份报告里申请平均多久办完"],
}
NOT_STORED_BODIES = [
    "天津市和平区人民政府", "天津市南开区人民政府", "天津市河北区人民政府", "西宁市城中区人民政府", "西宁市城北区教育局",
    "海东市乐都区人民政府", "海口市龙华区人民政府", "西安市雁塔区教育局", "武汉市江岸区人民政府", "天津市北辰区民政局",
]  # fmt: skip


def gen_refusals(b: Bank, n: int) -> None:
    rng = random.Random(SEED + 7)
    pool = weighted_pool([g for g in GOLDS if KEYS[(g["agency"], g["year"])] == 1], rng)
    kinds = sorted(REFUSE_T)
    made = 0
    i = 0
    stored_years = defaultdict(set)
    for g in GOLDS:
        stored_years[g["agency"]].add(g["year"])
    absent = [a for a in NOT_STORED_BODIES if not any(a in x or x in a for x in AGENCIES)]
    while made < n and i < len(pool):
        g = pool[i]
        i += 1
        persona = rng.choice(PERSONAS)
        name, abbr = body_name(g, rng)
        slot = made % 8
        if slot == 6:  # a year not stored
            y = max(stored_years[g["agency"]]) + 1
            if y > 2025:
                y = min(stored_years[g["agency"]]) - 1
            if y in stored_years[g["agency"]] or y < 2016:
                continue
            m = rng.choice(sorted(MEASURES))
            q = f"{rng.choice(OPEN[persona])}{name}{y}年{MEASURES[m][1][0]}有多少？"
            ok = b.add(
                q=q, intent="unanswerable", style=style_of("plain", abbr), phrasing="plain", persona=persona,
                kind="year_not_stored", expect={"refuse": True},
                note=f"asked as value; the store holds {g['agency']} for {sorted(stored_years[g['agency']])} only",
                sets=["store"],
            )  # fmt: skip
        elif slot == 7 and absent:
            a = absent[made // 8 % len(absent)]
            y = rng.choice([2022, 2023, 2024])
            m = rng.choice(sorted(MEASURES))
            q = f"{rng.choice(OPEN[persona])}{a}{y}年{MEASURES[m][1][0]}是多少？"
            ok = b.add(
                q=q, intent="unanswerable", style="colloquial", phrasing="plain", persona=persona,
                kind="body_not_stored", expect={"refuse": True},
                note=f"asked as value; no report of {a} is stored", sets=["store"],
            )  # fmt: skip
        else:
            k = kinds[(slot + made // 8) % len(kinds)]
            text = text_of(g)
            if not text or re.search(ANSWERS[k], text):
                continue
            t = rng.choice(REFUSE_T[k])
            q = t.format(b=name, y=g["year"], o=rng.choice(OPEN[persona]))
            phr = "plain"
            if rng.random() < 0.2:
                q, phr = re.sub(r"[，。？、（）：,?]", "", q.replace(str(g["year"]), yv(g["year"]))), "voice"
            if made % 5 == 4:
                q = rng.choice(REFUSE_SCOPED[k])
                phr = "plain"
                ok = b.add(
                    q=q, scope={"report": g["id"]}, intent="unanswerable", style="colloquial", phrasing=phr,
                    persona=persona, kind="refuse_" + k, expect={"refuse": True},
                    note=f"asked as {k}; the report's text has no passage matching {ANSWERS[k]!r}", sets=[g["_set"]],
                )  # fmt: skip
            else:
                ok = b.add(
                    q=q, intent="unanswerable", style=style_of(phr, abbr), phrasing=phr, persona=persona,
                    kind="refuse_" + k, expect={"refuse": True},
                    note=f"asked as {k}; the report's text has no passage matching {ANSWERS[k]!r}",
                    sets=[g["_set"]],
                )  # fmt: skip
        made += ok


def build() -> list[dict]:
    b = Bank()
    gen_value(b, n_store=62, n_scoped=16, n_follow=10)
    gen_narrative(b, n=40, n_scoped=10)
    gen_problems(b, n=20)
    gen_cross(b, n_cmp=14, n_chg=16, n_rank=12, n_sum=10, n_which=12)
    gen_share(b, n=12)
    gen_consistency(b, n=14)
    gen_h1(b, n=10)
    gen_refusals(b, n=50)
    rng = random.Random(SEED + 9)
    seen = {(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in b.items}
    for it in b.items:  # the speech recogniser and the thumb: some plain questions arrive spoken or mistyped
        if it["phrasing"] != "plain" or it["intent"] == "consistency":
            continue
        r = rng.random()
        if r < 0.13:
            q = re.sub(
                r"[，。？、（）：,?！]", "", re.sub(r"(20\d\d)年", lambda m: yv(int(m.group(1))) + "年", it["q"])
            )
            phr = "voice"
        elif r < 0.21:
            q, phr = typo(it["q"], rng), "typo"
        else:
            continue
        key = (q, json.dumps(it["scope"]), json.dumps(it.get("previous")))
        if key not in seen:
            seen.add(key)
            it["q"], it["phrasing"] = q, phr
    out = []
    for n, it in enumerate(b.items, 1):
        it = {"id": f"zw{n:04d}", **it}
        out.append(it)
    return out


# ---------------------------------------------------------------- check: re-derive every expectation from raw gold
def _raw(rid: str, key: str):
    g = BY_ID[rid]
    table, _, k = key.partition(".")
    return g[table][k]


def check(items: list[dict]) -> None:
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    qk = [(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items]
    assert len(qk) == len(set(qk)), "duplicate question"
    for it in items:
        scope = it["scope"].get("report")
        assert scope is None or scope in BY_ID, it["id"]
        refs = []
        for c in it.get("cells", []):
            rid, _, key = c.rpartition(":")
            rid = rid or scope
            assert rid in BY_ID, (it["id"], c)
            v = _raw(rid, key)
            assert isinstance(v, (int, float)) and v is not None, (it["id"], c)
            refs.append(v)
        exp = it["expect"]
        if it["intent"] in ("value",) and "value" in exp:
            assert abs(sum(refs) - exp["value"]) < 1e-6, it["id"]
        if "calc" in it:
            expr = re.sub(
                r"\{([^}]+)\}",
                lambda m, scope=scope: repr(
                    _raw(*(m.group(1).rsplit(":", 1) if ":" in m.group(1) else (scope, m.group(1))))
                ),
                it["calc"],
            )
            assert abs(eval(expr) - exp["value"]) <= exp.get("tol", 0) + 1e-6, it["id"]  # noqa: S307
        if it["intent"] == "sum":
            assert abs(sum(refs) - exp["value"]) < 1e-6, it["id"]
        if it["intent"] == "compare":
            for rid, v in exp["values"].items():
                s = sum(_raw(rid, c.rpartition(":")[2]) for c in it["cells"] if c.startswith(rid + ":"))
                assert abs(s - v) < 1e-6, it["id"]
            o = exp["order"]
            assert exp["values"][o[0]] > exp["values"][o[1]]
        if it["intent"] == "rank" and "value" in exp:
            per = defaultdict(float)
            for c in it["cells"]:
                rid, _, key = c.rpartition(":")
                per[rid] += _raw(rid, key)
            mine = [r for r in per if r in it["q"] or BY_ID[r]["agency"] in it["q"]]
            vals = list(per.values())
            assert any(1 + sum(v > per[r] for v in vals) == exp["value"] for r in per), it["id"]
            del mine
        if it["intent"] == "rank" and "values" in exp:
            per = defaultdict(float)
            for c in it["cells"]:
                rid, _, key = c.rpartition(":")
                per[rid] += _raw(rid, key)
            top = max(per, key=lambda r: per[r])
            assert exp["order"] == [top] and sorted(per.values())[-2] < per[top], it["id"]
        if it["intent"] == "which_reports":
            per = defaultdict(float)
            for c in it["cells"]:
                rid, _, key = c.rpartition(":")
                per[rid] += _raw(rid, key)
            want = sorted(r for r, v in per.items() if (v == 0 if it["kind"] == "which_zero" else v > 0))
            assert want == exp["reports"], it["id"]
        if it["intent"] in ("narrative", "problems"):
            sq = it["source_quote"]
            rid, quote = (scope, sq) if isinstance(sq, str) else next(iter(sq.items()))
            t = text_of(BY_ID[rid])
            assert quote in t, it["id"]
            if "value" in exp:
                assert str(exp["value"]) in quote, it["id"]
            else:
                assert all(c in t for c in exp["contains"]), it["id"]
        if it["intent"] == "unanswerable":
            assert exp == {"refuse": True} and it.get("note"), it["id"]
        if it["intent"] == "consistency" and exp["checks"] == ["H1"]:
            rid = scope or it["reads"][0]
            g = BY_ID[rid]
            if exp["verdict"] == "consistent":
                t3 = g["t3"]
                lr = (t3["new.tot"] + t3["carry_in.tot"], t3["r7.tot"] + t3["carry_out.tot"])
                assert lr[0] == lr[1] and list(exp["values"].values()) == list(lr) and not g["findings"], it["id"]
            else:
                notes = [H1_NOTE.search(f["note"]) for f in g["findings"] if f["where"] == "t3 column tot"]
                sums = [(int(m.group(1)) + int(m.group(2)), int(m.group(3)) + int(m.group(4))) for m in notes if m]
                assert tuple(exp["values"].values()) in sums and sums[0][0] != sums[0][1], it["id"]
        elif it["intent"] == "consistency" and exp["verdict"] == "consistent":
            rid = scope or it["cells"][0].rpartition(":")[0]
            t4 = BY_ID[rid]["t4"]
            assert sum(t4[f"rv.{k}"] for k in ("keep", "fix", "other", "pend")) == t4["rv.tot"], it["id"]
        if it["intent"] == "consistency" and exp["checks"] == ["H5"] and exp["verdict"] == "inconsistent":
            rid = scope or it["reads"][0]
            notes = [f.get("note", "") for f in BY_ID[rid]["findings"] if f["check"] == "H5" and f["where"] == "t4.rv"]
            want = f"add up to {exp['values']['implied']}, 总计 is printed {exp['values']['printed']}"
            assert any(want in n for n in notes), it["id"]
        assert it["style"] in ("colloquial", "formal", "abbreviated")
        assert "sets" in it and it.get("persona") and it.get("phrasing"), it["id"]


def main() -> None:
    items = build()
    check(items)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(c))


if __name__ == "__main__":
    main()
