"""Write blindpa.jsonl: the development bank of issue 13's measure and refusal families (blindpa).

    python3 eval/questions/blindpa/make_blindpa.py     # identical bytes on every run, any PYTHONHASHSEED

Each family is asked in phrasings of my own (none copied from blindr/blindp, whose misses named the family);
expected values come from the wild sets' gold JSON (cells) and the reports' own text (narrative figures,
tracked DOCX deletions dropped), never from the product. Written before the product was run on it."""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 16))]
R = random.Random(13_2026_1205_2)


def text_of(p: Path) -> str:
    """The report's text, whitespace removed ('' for formats not read here); a DOCX's deleted runs dropped."""
    ext = p.suffix.lower()
    try:
        if ext in (".html", ".htm"):
            t = p.read_bytes().decode("utf-8", "ignore")
            for _ in range(2):
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
        elif ext in (".md", ".txt"):
            t = p.read_text("utf-8", "ignore")
        elif ext == ".pdf":
            t = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=False).stdout.decode(
                "utf-8", "ignore"
            )
        elif ext == ".docx":
            xml = zipfile.ZipFile(p).read("word/document.xml").decode()
            xml = re.sub(r"<w:del\b.*?</w:del>", "", xml, flags=re.S)
            t = html.unescape(re.sub(r"<[^>]+>", "", xml))
        else:
            return ""
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    return re.sub(r"\s+", "", t)


GOLDS: list[dict] = []
for s in SETS:
    for gp in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(gp.read_text("utf-8"))
        g["_set"] = s
        GOLDS.append(g)
PAIRS = Counter((g["agency"], g["year"]) for g in GOLDS)
CLEAN = [
    g
    for g in GOLDS
    if g["template"] in ("GF2019", "GF2021")
    and g["tables_recoverable"]
    and PAIRS[(g["agency"], g["year"])] == 1
    and not g["findings"]
]
_TEXT: dict[str, str] = {}


def text(g: dict) -> str:
    if g["id"] not in _TEXT:
        _TEXT[g["id"]] = text_of(EVAL / g["_set"] / g["file"])
    return _TEXT[g["id"]]


def cell(g: dict, key: str) -> Any:
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


# a measure → the gold cells it adds up
CELLS = {
    "new": ["t3.new.tot"],
    "r1": ["t3.r1.tot"],
    "r2": ["t3.r2.tot"],
    "r3": [f"t3.r3_{i}.tot" for i in range(1, 9)],
    "r4": [f"t3.r4_{i}.tot" for i in range(1, 4)],
    "r5": [f"t3.r5_{i}.tot" for i in range(1, 6)],
    "r5_2": ["t3.r5_2.tot"],
    "r7": ["t3.r7.tot"],
    "cin": ["t3.carry_in.tot"],
    "cout": ["t3.carry_out.tot"],
    "np": ["t3.new.np"],
    "sub": [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")],
    "rv": ["t4.rv.tot"],
    "lr": ["t4.lr.tot"],
    "lit": ["t4.ld.tot", "t4.lr.tot"],
    "fee": ["t2.fee.amount_wan"],
}


def val(g: dict, m: str) -> Any:
    vs = [cell(g, c) for c in CELLS[m]]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vs):
        return None
    tot = sum(vs)
    return round(tot, 2) if isinstance(tot, float) else tot


ITEMS: list[dict] = []


def add(family: str, q: str, intent: str, expect: dict, *, scope: str | None = None, cells=(), quote=None) -> None:
    item: dict = {"id": f"pa{len(ITEMS) + 1:04d}", "q": q, "scope": {"report": scope} if scope else {}}
    item |= {"intent": intent, "style": "colloquial", "family": family, "expect": expect}
    if cells:
        item["cells"] = list(cells)
    if quote:
        item["source_quote"] = quote
    ITEMS.append(item)


USED: set[str] = set()


def pick(m: str, pred=lambda g, v: True, template: tuple[str, ...] = ("GF2019", "GF2021")) -> tuple[dict, Any]:
    """A clean report not asked before, with a readable value of measure m."""
    for _ in range(2000):
        g = R.choice(CLEAN)
        v = val(g, m)
        if g["id"] not in USED and g["template"] in template and v is not None and pred(g, v):
            USED.add(g["id"])
            return g, v
    raise RuntimeError(m)


def value_item(family: str, template: str, m: str, unit: str | None = "件", scoped: bool = False, pred=None) -> None:
    g, v = pick(m, pred or (lambda g, v: True))
    refs = [f"{g['id']}:{c}" for c in CELLS[m]]
    if scoped:
        add(
            family,
            template.format(a="", y=""),
            "value",
            {"value": v, "unit": unit},
            scope=g["id"],
            cells=[c.split(":", 1)[1] for c in refs],
        )
    else:
        add(
            family,
            template.format(a=g["agency"], y=f"{g['year']}年", s=f"{str(g['year'])[2:]}年"),
            "value",
            {"value": v, "unit": unit},
            cells=refs,
        )


def refuse_item(family: str, template: str, pred=lambda g: True, intent: str = "unanswerable") -> None:
    for _ in range(2000):
        g = R.choice(CLEAN)
        if g["id"] not in USED and pred(g):
            USED.add(g["id"])
            add(family, template.format(a=g["agency"], y=f"{g['year']}年", year=g["year"]), intent, {"refuse": True})
            return
    raise RuntimeError(template)


# F1 the applications received, said with 接 (the counter's verb)
for t in [
    "{a}{y}一共接到几份政府信息公开申请",
    "{a}{y}接了几个信息公开申请？",
    "{a}{y}全年接到的公开申请有多少个",
    "{a}{y}总共接了多少件申请",
    "请问{a}{y}接到了多少份申请？",
    "{a}{y}接过多少个申请",
    "{a}{y}年内接到多少件政府信息公开的申请",
    "{a}{s}那一年接了几件公开申请",
]:
    value_item("F1 receive_verb", t, "new")

# F2 the applications answered (办理结果总计), said as finished
for t in [
    "{a}{y}答复完的申请一共多少件",
    "{a}{y}处理完毕的申请有几件",
    "{a}{y}回复完成的申请总数是多少",
    "{a}{y}答复完毕了多少件",
    "{a}{y}答复完的单子有几件",
    "{a}{y}处理完了多少件申请",
    "{a}{y}全年答复完的申请总数是多少件",
    "{a}{y}已经回复完的申请有多少",
]:
    value_item("F2 answered_done", t, "r7")

# F3 a bare word of a row, asked tersely (公开 = 予以公开; 结转 = 结转下年度; 总计 = 办理结果（七）总计)
for t, m in [
    ("{a}{s}公开了多少件", "r1"),
    ("{a}{s}给公开了几件", "r1"),
    ("{a}{y}公开的有几件？", "r1"),
    ("{a}{s}结转了几件", "cout"),
    ("{a}{y}结转的有多少件", "cout"),
    ("{a}{s}合计多少", "r7"),
    ("{a}{y}总计是多少", "r7"),
    ("{a}{s}总计有几件", "r7"),
]:
    value_item("F3 bare_row", t, m)
for t, m in [("总计是多少？", "r7"), ("结转了多少件", "cout"), ("公开了几件？", "r1")]:
    value_item("F3 bare_row", t, m, scoped=True)

# F4 the measures as pinyin initials
for t, m in [
    ("{a}{y} xzss几件", "lit"),
    ("{a}{y}的ysqgk申请有多少", "new"),
    ("{a}{s} bygk几件", "r3"),
    ("{a}{y}BFGK几件", "r2"),
    ("{a}{y} yygk多少件", "r1"),
    ("{a}{s}wftg的有几件", "r4"),
    ("{a}{y} bycl几件", "r5"),
    ("{a}{y}xzfy一共几件", "rv"),
]:
    value_item("F4 initials", t, m)

# F5 the results in English words
for t, m in [
    ("{a} {y} partially disclosed requests 有几件", "r2"),
    ("{a}{y} requests denied 有多少", "r3"),
    ("{a} {y} disclosed in full 的有几件", "r1"),
    ("{a}{y} partly granted 多少件", "r2"),
    ("{a} {y}: withheld requests 几件", "r3"),
    ("{a}{y}的 fully granted requests 是多少", "r1"),
    ("{a} {y} completely disclosed 申请几件", "r1"),
    ("{a}{y} refused disclosure 的申请多少件", "r3"),
]:
    value_item("F5 english_results", t, m)

# F6 a caller's lead-in before a table question
for t, m in [
    ("有群众来电问{a}{y}部分公开了几件", "r2"),
    ("来电咨询：{a}{y}不予公开的有多少", "r3"),
    ("有市民来电询问{a}{y}行政复议几件", "rv"),
    ("群众来电反映，想知道{a}{y}收到多少件申请", "new"),
    ("来电问：{a}{y}结转下年度的有几件", "cout"),
    ("有居民来电问{a}{y}自然人申请几件", "np"),
    ("来电咨询{a}{y}的行政诉讼多少件", "lit"),
    ("有群众来电问{a}{y}重复申请不予处理几件", "r5_2"),
]:
    value_item("F6 caller_lead", t, m)

# F7 lawsuits after a review, said as a sequence
for t in [
    "{a}{y}先复议后起诉的有几件",
    "{a}{y}先申请行政复议、然后去法院起诉的案子几件",
    "{a}{y}先走复议再打官司的有几件",
    "{a}{y}先经过复议又起诉的有多少件",
    "{a}{y}先复议然后告到法院的有几件",
    "{a}{y}先提起复议再诉讼的几件",
    "{a}{y}先行政复议再行政诉讼的案件多少件",
    "{a}{s}先复议再告的几件",
]:
    value_item("F7 review_then_suit", t, "lr")

# F8 a narrative figure asked after a lead clause (where, or why) with no ask of its own
NARR = [
    (r"主动公开[^。；，]{0,14}?政府信息(\d+)条", "主动公开了多少条政府信息", "条"),
    (r"政策文件(\d+)条", "政策文件发了多少条", "条"),
    (r"政策解读(\d+)篇", "政策解读有几篇", "篇"),
    (r"业务培训(\d+)(次|场)", "组织了几次业务培训", None),
]
LEADS = [
    "{a}{y}的年报中，{ask}？",
    "写材料用，{a}{y}{ask}？",
    "看了{a}{y}的报告，里面说{ask}？",
    "对照{a}{y}年报，{ask}",
    "我在核对数据，{a}{y}{ask}？",
    "关于{a}{y}，{ask}？",
    "{a}{y}那份报告，{ask}",
    "做个统计，{a}{y}{ask}？",
]
n = 0
pool = [g for g in GOLDS if PAIRS[(g["agency"], g["year"])] == 1]
R.shuffle(pool)
for g in pool:
    if n >= len(LEADS):
        break
    if g["id"] in USED:
        continue
    pat, ask, unit = NARR[n % len(NARR)]
    ms = list(re.finditer(pat, text(g)))
    if len(ms) != 1:
        continue
    USED.add(g["id"])
    mm = ms[0]
    q = LEADS[n].format(a=g["agency"], y=f"{g['year']}年", ask=ask)
    add(
        "F8 lead_clause",
        q,
        "narrative",
        {"value": int(mm.group(1)), "unit": unit or mm.group(2)},
        quote={g["id"]: mm.group(0)},
    )
    n += 1

# F9 a row named by what it is not: the row named after it; a row only negated is refused
for t, m in [
    ("{a}{y}不是予以公开而是部分公开的申请有几件", "r2"),
    ("{a}{y}没有全部公开、只是部分公开的有几件", "r2"),
    ("{a}{y}并非同意公开，而是不予公开的申请多少件", "r3"),
    ("{a}{y}没被同意公开、属于无法提供的申请有几件", "r4"),
    ("{a}{y}未予以公开、而是不予处理的有几件", "r5"),
    ("{a}{y}不是不予公开、而是无法提供的有几件", "r4"),
    ("{a}{y}没有予以公开、明确拒绝公开的申请几件", "r3"),
    ("{a}{y}不是自然人提出的申请有几件", "sub"),
]:
    value_item("F9 negation", t, m)
for t in ["{a}{y}没有同意公开的申请有几件", "{a}{y}不是予以公开的申请有多少"]:
    refuse_item("F9 negation", t)

# F10 a subject of applications the tables do not count: refused
for t in [
    "{a}{y}关于房屋征收的申请有多少件",
    "{a}{y}涉及社保方面的信息公开申请几件",
    "{a}{y}环保类的申请有多少",
    "{a}{y}土地领域的公开申请多少件",
    "{a}{y}有关教育收费的申请有几件",
    "{a}{y}医疗卫生类政府信息公开申请几件",
    "{a}{y}交通方面的申请有几件",
    "{a}{y}涉及拆迁补偿的申请一共多少件",
]:
    refuse_item("F10 subject", t)

# F11 an English ask of what the reports do not state: refused (the report's text names none of it)
for t, absent in [
    ("How many Weibo followers did {a} have in {year}?", r"粉丝|关注"),
    ("{a} {year} WeChat subscribers 有多少", r"粉丝|关注|订阅"),
    ("How many page views did {a}'s website get in {year}?", r"访问|浏览"),
    ("{a}{y} website visitors 多少", r"访问|浏览"),
    ("{a} {year} hotline calls 有几个", r"热线|来电|电话"),
    ("How many phone calls did {a} answer in {year}?", r"热线|来电|电话"),
    ("{a}{y}的 Weibo fans 有多少", r"粉丝|关注"),
    ("What was the number of followers of {a} in {year}?", r"粉丝|关注"),
]:
    refuse_item("F11 english_off_topic", t, pred=lambda g, a=absent: bool(text(g)) and not re.search(a, text(g)))

# F12 行政事业性收费: a 2021-template 表二 prints the amount (its value); a 2019-template one prints none (refused)
for t in [
    "{a}{y}行政事业性收费收了多少万元",
    "有群众来电问{a}{y}行政事业性收费多少万元",
    "{a}{y}事业性收费金额是多少万",
    "{a}{y}的行政事业性收费金额多少万元？",
]:
    value_item("F12 fee", t, "fee", unit="万元", pred=lambda g, v: g["template"] == "GF2021")
for t in [
    "{a}{y}行政事业性收费金额是多少万元",
    "来电咨询：{a}{y}事业性收费收了多少万",
    "{a}{y}的行政事业性收费一共多少万元",
    "{a}{y}行政事业性收费金额多少万",
]:
    refuse_item("F12 fee", t, pred=lambda g: g["template"] == "GF2019" and g.get("t2"))

out = HERE / "blindpa.jsonl"
out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), "utf-8")
print(f"{len(ITEMS)} items → {out}")
print(Counter(it["family"] for it in ITEMS))
