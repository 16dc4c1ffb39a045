"""Writes eval/questions/blinds/blinds.jsonl: a blind held-out bank of everyday user questions over the wild store
(eval/wild … wild14), in the proportions the README gives. Expected answers come from the gold JSON and the reports'
own text (read here with pdftotext / zip / tag stripping), never from the product.

    python3 eval/questions/blinds/make_blinds.py        # identical bytes on every run
"""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SETS = ["wild", *(f"wild{i}" for i in range(2, 15))]
OUT = HERE / "blinds.jsonl"


# ---------------------------------------------------------------- the store: gold and text
def _strip(s: str) -> str:
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def text_of(p: Path) -> str:
    """The report's words (tables included), for quotes and refusal checks; '' for carriers not read here."""
    ext = p.suffix.lower()
    try:
        if ext == ".pdf":
            return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=False).stdout
        if ext in (".html", ".htm", ".mht", ".mhtml"):
            t = _strip(p.read_text(encoding="utf-8", errors="ignore"))
            return _strip(t) if "<p" in t or "<td" in t else t
        if ext in (".docx", ".odt"):
            name = "word/document.xml" if ext == ".docx" else "content.xml"
            return _strip(zipfile.ZipFile(p).read(name).decode("utf-8"))
        if ext == ".json":
            out: list[str] = []

            def walk(o):
                if isinstance(o, str):
                    out.append(_strip(o))
                elif isinstance(o, dict):
                    for v in o.values():
                        walk(v)
                elif isinstance(o, list):
                    for v in o:
                        walk(v)

            walk(json.loads(p.read_text(encoding="utf-8")))
            return "\n".join(out)
        if ext in (".md", ".txt", ".csv", ".fodt", ".rtf"):
            return _strip(p.read_text(encoding="utf-8", errors="ignore"))
    except (OSError, ValueError, zipfile.BadZipFile, KeyError):
        return ""
    return ""


def sq(s: str) -> str:
    return re.sub(r"\s+", "", s)


GOLD: dict[str, dict] = {}
for s in SETS:
    for p in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        g["_set"] = s
        g["_text"] = sq(text_of(ROOT / "eval" / s / g["file"]))
        GOLD[g["id"]] = g
IDS = sorted(GOLD)
AY = Counter((g["agency"], g["year"]) for g in GOLD.values())
AGENCIES = sorted({g["agency"] for g in GOLD.values()})


def province(g: dict) -> str:
    m = re.match(r"(.+?(?:省|自治区|市))", g["region"])
    return m.group(1) if m else g["region"][:3]


def pshort(p: str) -> str:
    return re.sub(r"(壮族|回族|维吾尔)?自治区$|省$|市$", "", p)


def gf(g: dict) -> bool:
    return g["template"] in ("GF2019", "GF2021") and bool(g["tables_recoverable"]) and AY[(g["agency"], g["year"])] == 1


def clean(g: dict) -> bool:
    return gf(g) and not g["findings"]


def cell(g: dict, key: str) -> Any:
    """The gold number of a cell, None when the report printed none (callers check before they add up)."""
    t, _, k = key.partition(".")
    v = (g.get(t) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


# ---------------------------------------------------------------- names and dress
ABBR = [
    ("人力资源和社会保障局", "人社局"),
    ("人民政府办公室", "政府办"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("自然资源和规划局", "自规局"),
    ("城市管理和综合执法局", "城管执法局"),
    ("生态环境局", "生态环境局"),
    ("交通运输局", "交通局"),
    ("民族事务委员会", "民委"),
    ("街道办事处", "街道"),
    ("人民政府", "政府"),
    ("教育和体育局", "教体局"),
    ("农业农村局", "农业农村局"),
    ("发展和改革局", "发改局"),
    ("司法局", "司法局"),
    ("水利局", "水利局"),
]


def abbreviate(a: str) -> str | None:
    s = a
    for full, short in ABBR:
        if s.endswith(full):
            s = s[: -len(full)] + short
            break
    else:
        return None
    # drop the city in front of a district/county: 宁波市鄞州区… → 鄞州区…
    s2 = re.sub(r"^[\u4e00-\u9fff]{2,3}市(?=[\u4e00-\u9fff]{1,5}[区县])", "", s)
    return s2 if len(s2) >= 4 else s


SHORTS = Counter(abbreviate(a) for a in AGENCIES)


def short_name(g: dict) -> str | None:
    s = abbreviate(g["agency"])
    if not s or s == g["agency"] or SHORTS[s] != 1:
        return None
    if sum(s in a for a in AGENCIES) > 1:
        return None
    return s


CN = "〇一二三四五六七八九"


def year_form(y: int, rng: random.Random, formal: bool) -> str:
    if formal:
        return rng.choice([f"{y}年", f"{y}年度"])
    return rng.choice([f"{y}年", f"{y}年", f"{str(y)[2:]}年", "".join(CN[int(c)] for c in str(y)) + "年"])


TRAD = str.maketrans(
    "请问们门户网站发条几个结转处理审总计开讯复议讼务区县会关于报告这还没为与变较对应吗么说数单位没给里认书"
    "级机构项统过时实经费员长办农业乡镇街镇卫监规划环态资源质间题进广东湖贵兰阳纪录达样问题诉动决执据",
    "請問們門戶網站發條幾個結轉處理審總計開訊復議訟務區縣會關於報告這還沒為與變較對應嗎麼說數單位沒給裡認書"
    "級機構項統過時實經費員長辦農業鄉鎮街鎮衛監規劃環態資源質間題進廣東湖貴蘭陽紀錄達樣問題訴動決執據",
)
TYPOS = [
    ("申请", "申清"),
    ("复议", "复意"),
    ("诉讼", "诉颂"),
    ("结转", "节转"),
    ("公开", "公凯"),
    ("多少", "多小"),
    ("处理", "出理"),
]
FILLERS = ["那个", "嗯", "就是", "呃", "我想问一下", "帮我查下"]


def dress(q: str, kind: str, rng: random.Random) -> str:
    """Phrasing noise users produce: 繁體 (IME), voice input (fillers, no punctuation), a homophone typo."""
    if kind == "traditional":
        return q.translate(TRAD)
    if kind == "voice":
        q = re.sub(r"[？?。，,！]", "", q)
        return f"{rng.choice(FILLERS)}{q}{rng.choice(['', '啊', '呢', '来着'])}"
    if kind == "typo":
        hits = [(a, b) for a, b in TYPOS if a in q]
        if hits:
            a, b = rng.choice(hits)
            return q.replace(a, b, 1)
    return q


# ---------------------------------------------------------------- cells users ask about
# key → (unit, colloquial phrasings, formal phrasings, scoped colloquial phrasings); a tuple key is a subtotal.
R3 = tuple(f"t3.r3_{i}.tot" for i in range(1, 9))
R4 = tuple(f"t3.r4_{i}.tot" for i in range(1, 4))
R5 = tuple(f"t3.r5_{i}.tot" for i in range(1, 6))
LEGAL = ("t3.new.biz", "t3.new.sci", "t3.new.npo", "t3.new.law", "t3.new.oth")
LIT = ("t4.ld.tot", "t4.lr.tot")
CELLS: list[tuple[tuple[str, ...], str, list[str], list[str], list[str], int]] = [
    # cells, unit, colloquial (store), formal (store), scoped, weight
    (
        ("t3.new.tot",),
        "件",
        ["{n}{y}收到多少信息公开申请", "{n}{y}一共收了几件依申请公开", "{n}{y}信息公开申请收到了几件"],
        ["{n}{y}本年新收政府信息公开申请数量是多少", "请问{n}{y}新收的政府信息公开申请共计多少件"],
        ["今年新收了多少件申请", "我们今年收到的公开申请一共几件", "本年度新收申请数量"],
        8,
    ),
    (
        ("t3.r7.tot",),
        "件",
        ["{n}{y}一共办结答复了多少件申请", "{n}{y}办理结果总共多少件"],
        ["{n}{y}政府信息公开申请办理结果总计为多少件"],
        ["办理结果总计是多少", "今年总共答复了几件"],
        4,
    ),
    (
        ("t3.r1.tot",),
        "件",
        ["{n}{y}同意公开的申请有几件", "{n}{y}予以公开了多少件"],
        ["{n}{y}办理结果中予以公开的件数"],
        ["予以公开的有几件", "全部公开的申请多少件"],
        4,
    ),
    (
        ("t3.r2.tot",),
        "件",
        ["{n}{y}部分公开的有几件"],
        ["{n}{y}办理结果中部分公开（区分处理）的数量"],
        ["部分公开的几件"],
        2,
    ),
    (
        R3,
        "件",
        ["{n}{y}不予公开的一共多少件", "{n}{y}拒绝公开了几件申请"],
        ["{n}{y}不予公开的申请合计多少件"],
        ["不予公开的加起来多少件", "今年不予公开了几件"],
        3,
    ),
    (
        ("t3.r3_4.tot",),
        "件",
        ["{n}{y}因为涉及第三方权益不公开的有几件"],
        ["{n}{y}以保护第三方合法权益为由不予公开的件数"],
        ["因为第三方权益没公开的有几件"],
        1,
    ),
    (
        ("t3.r3_6.tot",),
        "件",
        ["{n}{y}因为是过程性信息不公开的多少件"],
        ["{n}{y}属于四类过程性信息不予公开的有多少件"],
        ["过程性信息不予公开的几件"],
        1,
    ),
    (R4, "件", ["{n}{y}无法提供的申请有几件"], ["{n}{y}办理结果中无法提供的合计件数"], ["无法提供的一共几件"], 2),
    (
        ("t3.r4_1.tot",),
        "件",
        ["{n}{y}因为本机关不掌握信息没法提供的有几件"],
        ["{n}{y}“本机关不掌握相关政府信息”的件数"],
        ["不掌握相关信息的有多少件"],
        2,
    ),
    (R5, "件", ["{n}{y}不予处理的申请多少件"], ["{n}{y}不予处理的申请合计多少件"], ["不予处理的有几件"], 2),
    (
        ("t3.carry_in.tot",),
        "件",
        ["{n}{y}上年结转过来的申请几件"],
        ["{n}{y}上年结转政府信息公开申请数量"],
        ["上年结转过来几件", "去年转过来没办完的申请有几件"],
        2,
    ),
    (
        ("t3.carry_out.tot",),
        "件",
        ["{n}{y}还有几件申请没办完转到下一年", "{n}{y}结转下年度的有多少"],
        ["{n}{y}结转下年度继续办理的申请数量"],
        ["结转到下一年继续办的有几件", "还有多少件没办完"],
        3,
    ),
    (
        ("t3.new.np",),
        "件",
        ["{n}{y}个人（自然人）申请了多少件", "{n}{y}老百姓个人提的申请有几件"],
        ["{n}{y}自然人提出的政府信息公开申请数量"],
        ["自然人申请几件", "个人申请的有多少"],
        3,
    ),
    (
        LEGAL,
        "件",
        ["{n}{y}企业和其他组织提的申请有几件"],
        ["{n}{y}法人或其他组织提出的申请合计多少件"],
        ["法人或者其他组织申请了几件"],
        2,
    ),
    (
        ("t3.new.biz",),
        "件",
        ["{n}{y}商业企业申请了几件"],
        ["{n}{y}商业企业提出的新收申请数量"],
        ["企业申请的有几件"],
        1,
    ),
    (
        ("t4.rv.tot",),
        "件",
        ["{n}{y}被申请行政复议几次", "{n}{y}有多少行政复议案子"],
        ["{n}{y}因政府信息公开被申请行政复议的总数"],
        ["今年被复议了几件", "行政复议总计多少"],
        4,
    ),
    (("t4.rv.keep",), "件", ["{n}{y}行政复议维持了几件"], ["{n}{y}行政复议结果维持的件数"], ["复议维持的有几件"], 2),
    (("t4.rv.fix",), "件", ["{n}{y}复议被纠正了几件"], ["{n}{y}行政复议结果纠正的数量"], ["复议结果纠正几件"], 2),
    (
        LIT,
        "件",
        ["{n}{y}一共被告了几次（行政诉讼）", "{n}{y}信息公开行政诉讼有几件"],
        ["{n}{y}政府信息公开行政诉讼总数（含直接起诉和复议后起诉）"],
        ["今年行政诉讼一共几件"],
        3,
    ),
    (
        ("t4.ld.tot",),
        "件",
        ["{n}{y}没经过复议直接起诉的有几件"],
        ["{n}{y}未经复议直接起诉的行政诉讼总计"],
        ["直接起诉的有几件"],
        2,
    ),
    (
        ("t4.ld.fix",),
        "件",
        ["{n}{y}直接起诉的官司输了（被纠正）几件"],
        ["{n}{y}未经复议直接起诉案件中结果纠正的数量"],
        ["直接起诉结果纠正了几件"],
        1,
    ),
    (
        ("t2.license.decisions",),
        "件",
        ["{n}{y}行政许可办了多少件"],
        ["{n}{y}行政许可本年处理决定数量"],
        ["行政许可决定多少件"],
        2,
    ),
    (
        ("t2.penalty.decisions",),
        "件",
        ["{n}{y}行政处罚有多少"],
        ["{n}{y}行政处罚本年处理决定数量"],
        ["行政处罚决定数"],
        2,
    ),
]
# template-specific table 二 cells
CELLS21 = [
    (
        ("t2.norm.valid",),
        "件",
        ["{n}{y}现行有效的规范性文件有几个"],
        ["{n}{y}行政规范性文件现行有效件数"],
        ["现行有效的规范性文件多少件"],
        2,
    ),
    (
        ("t2.norm.made",),
        "件",
        ["{n}{y}新制发了几个规范性文件"],
        ["{n}{y}行政规范性文件本年制发件数"],
        ["今年制发规范性文件几件"],
        1,
    ),
    (
        ("t2.fee.amount_wan",),
        "万元",
        ["{n}{y}行政事业性收费收了多少钱"],
        ["{n}{y}行政事业性收费本年收费金额"],
        ["行政事业性收费金额是多少"],
        1,
    ),
]
CELLS19 = [
    (
        ("t2.norm.total_public",),
        "件",
        ["{n}{y}对外公开的规范性文件总共多少"],
        ["{n}{y}规范性文件对外公开总数量"],
        ["规范性文件对外公开总数量多少"],
        2,
    ),
    (
        ("t2.procurement.items",),
        None,
        ["{n}{y}政府集中采购了几个项目"],
        ["{n}{y}政府集中采购项目数量"],
        ["政府集中采购项目几个"],
        1,
    ),
]


def cells_for(g: dict) -> list:
    extra = CELLS21 if g["template"] == "GF2021" else CELLS19
    return [c for c in CELLS + extra if all(cell(g, k) is not None for k in c[0])]


def finding_rows(g: dict) -> set[str]:
    return {f["where"] for f in g["findings"]}


def safe_cells(g: dict, keys: tuple[str, ...]) -> bool:
    """A value question reads only printed numbers outside the rows/columns a finding names."""
    if not gf(g) or any(cell(g, k) is None for k in keys):
        return False
    for w in finding_rows(g):
        for k in keys:
            row = k.split(".")[1]
            if w.endswith("." + row) or w in ("t3 column tot", "t3 column np") and k.startswith("t3"):
                return False
            if w.startswith("t4.") and k.startswith(w + "."):
                return False
    return True


# ---------------------------------------------------------------- building items
ITEMS: list[dict] = []
SEEN: set[tuple[str, str | None]] = set()


def add(
    q: str,
    intent: str,
    style: str,
    expect: dict,
    persona: str,
    kind: str,
    phrasing: str,
    *,
    scope=None,
    cells=None,
    calc=None,
    quote=None,
    note=None,
) -> None:
    it: dict = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    if (q, scope) in SEEN:  # the same words about the same report once only
        return
    SEEN.add((q, scope))
    ITEMS.append(it)


def pick_phrasing(rng: random.Random, i: int) -> str:
    # ~6 % 繁體, ~8 % voice, ~6 % typo, the rest plain
    r = rng.random()
    return "traditional" if r < 0.06 else "voice" if r < 0.14 else "typo" if r < 0.20 else "plain"


def name_of(g: dict, rng: random.Random, allow_short: bool = True) -> tuple[str, bool]:
    s = short_name(g)
    if allow_short and s and rng.random() < 0.4:
        return s, True
    return g["agency"], False


def finish(q: str, rng: random.Random) -> str:
    return q + rng.choice(["？", "？", "?", "", "。"]) if not q.endswith(("？", "?", "吗")) else q


def value_question(g: dict, rng: random.Random, persona: str, scoped: bool) -> bool:
    opts = [c for c in cells_for(g) if safe_cells(g, c[0])]
    if persona == "lawyer":  # 复议、诉讼 and the grounds of refusals
        opts = [c for c in opts if c[0][0].startswith(("t4.", "t3.r3", "t3.r5"))]
    if not opts:
        return False
    keys, unit, coll, form, scop, _ = rng.choices(opts, weights=[c[5] for c in opts])[0]
    val = sum(cell(g, k) for k in keys)
    if isinstance(val, float):
        val = round(val, 2)
    ph = pick_phrasing(rng, len(ITEMS))
    if scoped:
        q, style = rng.choice(scop), "colloquial"
        q = finish(q, rng)
        add(
            dress(q, ph, rng),
            "value",
            style,
            {"value": val, "unit": unit},
            persona,
            "one figure",
            ph,
            scope=g["id"],
            cells=list(keys),
        )
        return True
    formal = rng.random() < 0.4
    n, short = name_of(g, rng)
    y = year_form(g["year"], rng, formal)
    q = finish(rng.choice(form if formal else coll).format(n=n, y=y), rng)
    style = "abbreviated" if short else ("formal" if formal else "colloquial")
    add(
        dress(q, ph, rng),
        "value",
        style,
        {"value": val, "unit": unit},
        persona,
        "one figure",
        ph,
        cells=[f"{g['id']}:{k}" for k in keys],
    )
    return True


# narrative figures: (regex on the squashed text, unit, colloquial asks, formal asks)
NARR = [
    (
        r"主动公开(?:各类)?政府信息(\d+)条",
        "条",
        ["一共主动公开了多少条政府信息", "主动公开的政府信息有多少条"],
        ["全年主动公开政府信息多少条"],
    ),
    (r"其中政策文件(\d+)条", "条", ["发了几条政策文件"], ["主动公开信息中政策文件有多少条"]),
    (r"其中政策文件(\d+)件", "件", ["公开了多少件政策文件"], ["主动公开的政策文件有多少件"]),
    (r"政策解读(\d+)篇", "篇", ["政策解读发了几篇", "做了多少篇政策解读"], ["发布政策解读多少篇"]),
    (r"组织业务培训(\d+)次", "次", ["搞了几次培训", "业务培训办了几次"], ["全年组织业务培训多少次"]),
    (r"组织业务培训(\d+)场", "场", ["培训办了几场", "举办培训几次"], ["组织业务培训多少场"]),
    (r"召开政务公开工作推进会(\d+)次", "次", ["开了几次政务公开推进会"], ["召开政务公开工作推进会几次"]),
    (
        r"通过政务微信公众号发布信息(\d+)条",
        "条",
        ["微信公众号发了多少条信息", "公众号上发布了多少条"],
        ["通过政务微信公众号发布信息多少条"],
    ),
    (r"更新“法定主动公开内容”栏目(\d+)个", "个", ["更新了几个法定主动公开栏目"], ["更新法定主动公开内容栏目多少个"]),
    (r"其中网上申请(\d+)件", "件", ["网上提交的申请有几件"], ["通过网上申请的有多少件"]),
    (r"信函及当面申请(\d+)件", "件", ["信函和当面交的申请几件"], ["信函及当面申请的数量"]),
    (r"通过政府网站公开(\d+)条", "条", ["政府网站上公开了多少条"], ["通过政府网站公开的信息多少条"]),
    (r"其中当面申请(\d+)件", "件", ["当面来申请的有几件"], ["当面申请的有多少件"]),
    (r"全年共受理政府信息公开申请(\d+)件", "件", ["一年受理了几件信息公开申请"], ["全年共受理政府信息公开申请多少件"]),
    (
        r"全年围绕([\u4e00-\u9fff]{2,10}?)开展专项工作(\d+)次",
        "次",
        ["围绕{x}搞了几次专项工作"],
        ["围绕{x}开展专项工作多少次"],
    ),
]


def narr_facts(g: dict) -> list[tuple]:
    """(pattern row, value, quote, topic) for figures printed once in the report's prose."""
    out = []
    t = g["_text"]
    for row in NARR:
        ms = list(re.finditer(row[0], t))
        if row[0].startswith("全年围绕"):
            # a topic the report says more than once (a long report repeating 「全年围绕依申请公开答复规范开展
            # 专项工作N次」 with a different N in each part) has no one figure: not asked
            said = Counter(m.group(1) for m in ms)
            for m in ms:
                if said[m.group(1)] == 1:
                    out.append((row, int(m.group(2)), m.group(0), m.group(1)))
            continue
        if len(ms) != 1 or len({m.group(1) for m in ms}) != 1:
            continue
        m = ms[0]
        lo = max(0, m.start() - 12)
        out.append((row, int(m.group(1)), t[lo : m.end()], None))
    return out


def narr_question(g: dict, rng: random.Random, persona: str, scoped: bool) -> bool:
    facts = narr_facts(g)
    if not facts or AY[(g["agency"], g["year"])] != 1:
        return False
    row, val, quote, topic = rng.choice(facts)
    ph = pick_phrasing(rng, len(ITEMS))
    formal = rng.random() < 0.4
    ask = rng.choice(row[3] if formal else row[2]).format(x=topic or "")
    if scoped:
        q = finish(rng.choice(["今年", "报告里说", "", "本年度"]) + ask, rng)
        add(
            dress(q, ph, rng),
            "narrative",
            "formal" if formal else "colloquial",
            {"value": val, "unit": row[1]},
            persona,
            "narrative figure",
            ph,
            scope=g["id"],
            quote=quote,
        )
        return True
    n, short = name_of(g, rng)
    q = finish(f"{n}{year_form(g['year'], rng, formal)}{ask}", rng)
    style = "abbreviated" if short else ("formal" if formal else "colloquial")
    add(
        dress(q, ph, rng),
        "narrative",
        style,
        {"value": val, "unit": row[1]},
        persona,
        "narrative figure",
        ph,
        quote={g["id"]: quote},
    )
    return True


def problems_fact(g: dict) -> str | None:
    t = g["_text"]
    i = max(t.rfind("存在的主要问题"), t.rfind("主要问题及改进"))
    if i < 0:
        return None
    m = re.search(r"一是([^；;。]{4,40})[；;。]", t[i : i + 400])
    return m.group(0)[:-1] if m else None


def problems_question(g: dict, rng: random.Random, persona: str, scoped: bool) -> bool:
    pf = problems_fact(g)
    if not pf or AY[(g["agency"], g["year"])] != 1:
        return False
    ph = pick_phrasing(rng, len(ITEMS))
    asks_c = ["工作上存在什么问题", "报告里自己说有哪些不足", "存在的主要问题是啥", "有啥问题要改进的"]
    asks_f = ["政府信息公开工作存在的主要问题有哪些", "年报中列出的主要问题是什么"]
    formal = rng.random() < 0.45
    ask = rng.choice(asks_f if formal else asks_c)
    if scoped:
        add(
            dress(finish(rng.choice(["今年", "我们", ""]) + ask, rng), ph, rng),
            "problems",
            "formal" if formal else "colloquial",
            {"contains": [pf]},
            persona,
            "problems",
            ph,
            scope=g["id"],
            quote=pf,
        )
        return True
    n, short = name_of(g, rng)
    q = finish(f"{n}{year_form(g['year'], rng, formal)}{ask}", rng)
    add(
        dress(q, ph, rng),
        "problems",
        "abbreviated" if short else ("formal" if formal else "colloquial"),
        {"contains": [pf]},
        persona,
        "problems",
        ph,
        quote={g["id"]: pf},
    )
    return True


COLS = ("np", "biz", "sci", "npo", "law", "oth")


def finding_values(g: dict) -> dict | None:
    """The printed and implied numbers of every finding, recomputed from the gold cells (H1, H2, H3, H5);
    None when a finding is of another kind or a cell it reads is not a number."""
    t3, t4 = g["t3"], g["t4"]
    vals: dict[str, float] = {}
    try:
        for f in g["findings"]:
            w = f["where"]
            if f["check"] == "H1":
                c = w.split()[-1]
                vals[f"{c} 新收+上年结转"] = t3[f"new.{c}"] + t3[f"carry_in.{c}"]
                vals[f"{c} 办理结果总计+结转下年度"] = t3[f"r7.{c}"] + t3[f"carry_out.{c}"]
            elif f["check"] == "H2":
                row = w.split(".")[1]
                vals[f"{row} 各列之和"] = sum(t3[f"{row}.{c}"] for c in COLS)
                vals[f"{row} 总计"] = t3[f"{row}.tot"]
            elif f["check"] == "H3":
                c = w.split()[-1]
                rows = sorted({k.split(".")[0] for k in t3 if k.startswith("r") and not k.startswith("r7")})
                vals[f"{c} 办理结果各项之和"] = sum(t3[f"{r}.{c}"] for r in rows)
                vals[f"{c} 办理结果总计"] = t3[f"r7.{c}"]
            elif f["check"] == "H5":
                b = w.split(".")[1]
                vals[f"{b} 各项之和"] = sum(t4[f"{b}.{k}"] for k in ("keep", "fix", "other", "pend"))
                vals[f"{b} 总计"] = t4[f"{b}.tot"]
            else:
                return None
    except (KeyError, TypeError):
        return None
    return vals


def identities_hold(g: dict) -> bool:
    """H1, H2, H3, H5 recomputed on the gold: a `consistent` verdict is asked only where all of them hold."""
    t3, t4 = g["t3"], g["t4"]
    rows = sorted({k.split(".")[0] for k in t3})
    results = [r for r in rows if r.startswith("r") and r != "r7"]
    for c in (*COLS, "tot"):
        if t3[f"new.{c}"] + t3[f"carry_in.{c}"] != t3[f"r7.{c}"] + t3[f"carry_out.{c}"]:
            return False
        if sum(t3[f"{r}.{c}"] for r in results) != t3[f"r7.{c}"]:
            return False
    if any(sum(t3[f"{r}.{c}"] for c in COLS) != t3[f"{r}.tot"] for r in rows):
        return False
    return all(
        sum(t4[f"{b}.{k}"] for k in ("keep", "fix", "other", "pend")) == t4[f"{b}.tot"] for b in ("rv", "ld", "lr")
    )


CHECK_C = ["表格里的数对得上吗", "报告的数据有没有算错的地方", "三张表的数字加起来对不对", "表三的合计对不对得上"]
CHECK_F = ["年报各表数据是否存在勾稽关系错误", "表三、表四的合计与分项是否一致", "年报统计数据是否自洽"]


def consistency_question(g: dict, rng: random.Random, persona: str, scoped: bool) -> bool:
    if not gf(g) or any(f["kind"] != "report_defect" for f in g["findings"]):
        return False
    t4_only = bool(g["findings"]) and all(f["where"].startswith("t4") for f in g["findings"])
    if g["findings"]:
        vals = finding_values(g)
        if not vals or any(v < 0 for v in vals.values()):
            return False
        exp = {"verdict": "inconsistent", "checks": sorted({f["check"] for f in g["findings"]}), "values": vals}
    else:
        keys = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
        if any(cell(g, k) is None for k in keys) or any(v is None for v in g["t3"].values()):
            return False
        if any(v is None for v in g["t4"].values()):
            return False
        if not identities_hold(g):
            return False
        said = {int(x) for x in re.findall(r"(?:收到|受理)政府信息公开申请(\d+)件", g["_text"])}
        if said - {cell(g, "t3.new.tot"), cell(g, "t3.new.tot") + cell(g, "t3.carry_in.tot")}:
            return False  # the prose gives another application count: not "consistent" without a doubt
        exp = {
            "verdict": "consistent",
            "checks": ["H1", "H2", "H3", "H5"],
            "values": {"t3.r7.tot": cell(g, "t3.r7.tot")},
        }
    ph = pick_phrasing(rng, len(ITEMS))
    formal = rng.random() < 0.45
    ask = rng.choice([a for a in (CHECK_F if formal else CHECK_C) if not (t4_only and "表三的" in a)])
    if scoped:
        add(
            dress(finish(ask, rng), ph, rng),
            "consistency",
            "formal" if formal else "colloquial",
            exp,
            persona,
            "consistency",
            ph,
            scope=g["id"],
        )
        return True
    n, short = name_of(g, rng)
    q = finish(f"{n}{year_form(g['year'], rng, formal)}{ask}", rng)
    add(
        dress(q, ph, rng),
        "consistency",
        "abbreviated" if short else ("formal" if formal else "colloquial"),
        exp,
        persona,
        "consistency",
        ph,
    )
    return True


# refusals: things the reports do not say (checked against the report's own text)
NOT_SAID = [
    ("信息公开工作经费预算是多少", "经费预算多少钱", r"经费|预算\d"),
    (
        "有几名专职信息公开工作人员",
        "专门管信息公开的有几个人",
        r"专职[^。]{0,10}[\d一二两三四五六七八九十]+名|[\d一二两三四五六七八九十]+名[^。]{0,6}(?:专职|工作人员)|工作人员[\d一二两三四五六七八九十]+",
    ),
    ("门户网站全年访问量是多少", "网站一年有多少人访问", r"访问|浏览|点击"),
    ("申请人中男性女性各占多少", "申请的人男的女的各多少", r"男性|女性"),
    ("申请平均多少个工作日答复", "一般多少天能答复申请", r"平均[^。]{0,8}(?:工作日|天)"),
    ("公众满意度是多少", "群众满意度多少", r"满意度|满意率"),
    (
        "召开新闻发布会多少场",
        "开了几场新闻发布会",
        r"发布会[^。]{0,6}[\d一二两三四五六七八九十]+[场次期]|[\d一二两三四五六七八九十]+[场次期][^。]{0,4}发布会",
    ),
    ("政务微博粉丝有多少", "微博粉丝多少", r"微博"),
    ("12345热线受理了多少诉求", "12345接了多少电话", r"12345"),
    ("依申请公开的联系电话是多少", "申请信息公开打哪个电话", r"电话|\d{3,4}-\d{7,8}"),
    (
        "举办了几次业务培训",
        "培训搞了几次",
        r"培训[^。]{0,8}[\d一二两三四五六七八九十]+[次场期轮]|[\d一二两三四五六七八九十]+[次场期轮][^。]{0,6}培训",
    ),
    ("收到的申请里涉及征地拆迁的有多少件", "征地拆迁方面的申请几件", r"征地|拆迁"),
]


def no_applications(g: dict) -> bool:
    """A body that received no application: 「…的申请有几件」 would be 0 by implication, not a refusal."""
    return cell(g, "t3.new.tot") == 0 or bool(
        re.search(r"(?:受理|收到)[^。]{0,10}申请0件|未收到[^。]{0,6}申请", g["_text"])
    )


APPLICANT_ASKS = ("男性女性", "男的女的", "征地拆迁", "平均多少")


def refuse_not_said(g: dict, rng: random.Random, persona: str, scoped: bool) -> bool:
    opts = [x for x in NOT_SAID if not re.search(x[2], g["_text"])]
    if no_applications(g):
        opts = [x for x in opts if not any(w in x[0] + x[1] for w in APPLICANT_ASKS)]
    if not g["_text"] or not opts or AY[(g["agency"], g["year"])] != 1:
        return False
    formal_q, coll_q, _ = rng.choice(opts)
    formal = rng.random() < 0.4
    ph = pick_phrasing(rng, len(ITEMS))
    if scoped:
        q = finish(("本年度" if formal else "今年") + (formal_q if formal else coll_q), rng)
        add(
            dress(q, ph, rng),
            "unanswerable",
            "formal" if formal else "colloquial",
            {"refuse": True},
            persona,
            "not in the report",
            ph,
            scope=g["id"],
            note="asked as value; the report's text does not say it",
        )
        return True
    n, short = name_of(g, rng)
    q = finish(f"{n}{year_form(g['year'], rng, formal)}{formal_q if formal else coll_q}", rng)
    add(
        dress(q, ph, rng),
        "unanswerable",
        "abbreviated" if short else ("formal" if formal else "colloquial"),
        {"refuse": True},
        persona,
        "not in the report",
        ph,
        note="asked as value; the report's text does not say it",
    )
    return True


def refuse_year(g: dict, rng: random.Random, persona: str) -> bool:
    """The body is in the store, the year asked is not."""
    held = {x["year"] for x in GOLD.values() if x["agency"] == g["agency"]}
    cands = [y for y in range(2016, 2026) if y not in held and abs(y - g["year"]) <= 3]
    if not cands or not gf(g):
        return False
    y = rng.choice(cands)
    n, short = name_of(g, rng)
    c = rng.choice(["收到多少信息公开申请", "被申请行政复议几件", "予以公开了多少件", "主动公开了多少条信息"])
    ph = pick_phrasing(rng, len(ITEMS))
    q = finish(f"{n}{year_form(y, rng, False)}{c}", rng)
    add(
        dress(q, ph, rng),
        "unanswerable",
        "abbreviated" if short else "colloquial",
        {"refuse": True},
        persona,
        "year not in the store",
        ph,
        note=f"asked as value; the store holds {g['agency']} for {sorted(held)} only",
    )
    return True


def refuse_last_year(g: dict, rng: random.Random, persona: str) -> bool:
    """Scoped 「比去年」 when the body's previous year is not in the store."""
    held = {x["year"] for x in GOLD.values() if x["agency"] == g["agency"]}
    if g["year"] - 1 in held or not gf(g):
        return False
    c = rng.choice(
        [
            "新收申请比去年多了还是少了，差多少",
            "跟去年比收到的申请多了几件",
            "行政复议比上一年多了几件",
            "和上年相比予以公开的数量变化多少",
        ]
    )
    ph = pick_phrasing(rng, len(ITEMS))
    add(
        dress(finish(c, rng), ph, rng),
        "unanswerable",
        "colloquial",
        {"refuse": True},
        persona,
        "previous year not in the store",
        ph,
        scope=g["id"],
        note=f"asked as change; the store has no {g['year'] - 1} report of {g['agency']}",
    )
    return True


OTHER_TEMPLATE = {
    "GF2021": [
        ("政府集中采购项目数量是多少", "政府集中采购了几个项目", r"集中采购"),
        ("政府集中采购总金额多少", "集中采购花了多少钱", r"集中采购"),
    ],
    "GF2019": [
        ("规范性文件本年废止了几件", "今年废止了多少规范性文件", r"废止"),
        ("行政事业性收费本年收费金额是多少万元", "行政事业性收费收了多少万", r"收费金额"),
        ("其他处理中申请人逾期不补正的有几件", "逾期不补正、撤回的有几件", r"逾期不补正|逾期未按收费"),
    ],
}


def refuse_template(g: dict, rng: random.Random, persona: str, scoped: bool) -> bool:
    if not gf(g):
        return False
    opts = [x for x in OTHER_TEMPLATE[g["template"]] if not re.search(x[2], g["_text"])]
    if not opts or not g["_text"]:
        return False
    fq, cq, _ = rng.choice(opts)
    formal = rng.random() < 0.5
    ph = pick_phrasing(rng, len(ITEMS))
    note = f"asked as value; a {g['template']} report has no such cell"
    if scoped:
        add(
            dress(finish(fq if formal else cq, rng), ph, rng),
            "unanswerable",
            "formal" if formal else "colloquial",
            {"refuse": True},
            persona,
            "other template's cell",
            ph,
            scope=g["id"],
            note=note,
        )
        return True
    n, short = name_of(g, rng)
    q = finish(f"{n}{year_form(g['year'], rng, formal)}{fq if formal else cq}", rng)
    add(
        dress(q, ph, rng),
        "unanswerable",
        "abbreviated" if short else ("formal" if formal else "colloquial"),
        {"refuse": True},
        persona,
        "other template's cell",
        ph,
        note=note,
    )
    return True


LEGACY_ASK = [
    ("不予公开属于国家秘密的有几件", r"国家秘密"),
    ("商业企业提出的申请有几件", r"商业企业"),
    ("申请人逾期不补正的有几件", r"补正"),
    ("结转下年度继续办理的申请几件", r"结转"),
]


def refuse_legacy(g: dict, rng: random.Random, persona: str) -> bool:
    if g["template"] != "LEGACY" or AY[(g["agency"], g["year"])] != 1 or not g["_text"] or no_applications(g):
        return False
    opts = [a for a, pat in LEGACY_ASK if not re.search(pat, g["_text"])]
    if not opts:
        return False
    n, short = name_of(g, rng)
    ph = pick_phrasing(rng, len(ITEMS))
    q = finish(f"{n}{year_form(g['year'], rng, False)}{rng.choice(opts)}", rng)
    add(
        dress(q, ph, rng),
        "unanswerable",
        "abbreviated" if short else "colloquial",
        {"refuse": True},
        persona,
        "old-format report's missing cell",
        ph,
        note="asked as value; a LEGACY report prints no such figure",
    )
    return True


ABSENT = [
    "北京市海淀区教育委员会",
    "上海市浦东新区人力资源和社会保障局",
    "深圳市南山区人民政府",
    "成都市武侯区住房和城乡建设局",
    "拉萨市城关区人民政府",
    "天津市和平区市场监督管理局",
    "哈尔滨市道里区卫生健康局",
    "苏州市姑苏区人民政府",
    "昆明市五华区教育体育局",
    "乌鲁木齐市天山区人民政府",
    "厦门市思明区司法局",
    "南京市鼓楼区人民政府办公室",
]


def refuse_absent(rng: random.Random, persona: str, i: int) -> bool:
    a = ABSENT[i % len(ABSENT)]
    if any(a in x or x in a for x in AGENCIES):
        return False
    y = rng.choice(range(2019, 2026))
    c = rng.choice(
        ["收到多少信息公开申请", "行政复议有几件", "主动公开政府信息多少条", "不予公开的有几件", "年报数据对不对得上"]
    )
    ph = pick_phrasing(rng, i)
    add(
        dress(finish(f"{a}{year_form(y, rng, False)}{c}", rng), ph, rng),
        "unanswerable",
        "colloquial",
        {"refuse": True},
        persona,
        "body not in the store",
        ph,
        note="asked as value; no report of this body in the store",
    )
    return True


BLANK_LABEL = {
    "r3_1": "属于国家秘密不予公开的",
    "r3_2": "其他法律行政法规禁止公开的",
    "r3_3": "危及“三安全一稳定”不予公开的",
    "r3_4": "因保护第三方合法权益不予公开的",
    "r3_5": "属于三类内部事务信息的",
    "r3_6": "属于四类过程性信息的",
    "r3_7": "属于行政执法案卷的",
    "r3_8": "属于行政查询事项的",
    "r5_1": "信访举报投诉类申请",
    "r5_2": "重复申请的",
    "r5_3": "要求提供公开出版物的",
    "r5_4": "无正当理由大量反复申请的",
    "r5_5": "要求确认或重新出具已获取信息的",
    "r6_2": "逾期未按收费通知要求缴纳费用的",
}


def blank_question(g: dict, rng: random.Random, persona: str) -> bool:
    """A cell the report printed empty (gold null, placeholder ''): the answer must say it is blank."""
    keys = sorted(
        k
        for k, v in g["placeholders"].items()
        if v == "" and k.endswith(".tot") and k.split(".")[1] in BLANK_LABEL and cell(g, k) is None
    )
    if not keys or not gf(g):
        return False
    k = rng.choice(keys)
    n, short = name_of(g, rng)
    ph = pick_phrasing(rng, len(ITEMS))
    q = finish(f"{n}{year_form(g['year'], rng, False)}{BLANK_LABEL[k.split('.')[1]]}有几件", rng)
    add(
        dress(q, ph, rng),
        "value",
        "abbreviated" if short else "colloquial",
        {"blank": True},
        persona,
        "printed blank",
        ph,
        cells=[f"{g['id']}:{k}"],
        note="the report printed this cell empty",
    )
    return True


# ---------------------------------------------------------------- cross-report asks
MEASURES = [
    ("t3.new.tot", "收到的申请", "新收政府信息公开申请数量"),
    ("t3.r1.tot", "予以公开的件数", "予以公开数量"),
    ("t4.rv.tot", "行政复议案件", "行政复议总数"),
    ("t3.r7.tot", "办结的申请", "办理结果总计"),
    ("t3.new.np", "个人申请", "自然人申请数量"),
]


def readable_for(g: dict, key: str) -> bool:
    return safe_cells(g, (key,))


def compare_question(a: dict, b: dict, rng: random.Random, persona: str) -> bool:
    key, coll, form = rng.choice(MEASURES)
    if not (readable_for(a, key) and readable_for(b, key)) or a["agency"] == b["agency"]:
        return False
    va, vb = cell(a, key), cell(b, key)
    if va == vb:
        return False
    formal = rng.random() < 0.4
    na, sa = name_of(a, rng)
    nb, sb = name_of(b, rng)
    ya, yb = year_form(a["year"], rng, formal), year_form(b["year"], rng, formal)
    if formal:
        q = f"比较{na}{ya}与{nb}{yb}的{form}，哪个更多"
    else:
        q = rng.choice([f"{na}{ya}和{nb}{yb}谁{coll}多", f"{na}{ya}跟{nb}{yb}比，哪家{coll}更多"])
    ph = pick_phrasing(rng, len(ITEMS))
    top = a["id"] if va > vb else b["id"]
    add(
        dress(finish(q, rng), ph, rng),
        "compare",
        "abbreviated" if sa or sb else ("formal" if formal else "colloquial"),
        {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": [top]},
        persona,
        "compare two bodies",
        ph,
        cells=[f"{a['id']}:{key}", f"{b['id']}:{key}"],
    )
    return True


def sum_question(a: dict, b: dict, rng: random.Random, persona: str) -> bool:
    key, coll, form = rng.choice(MEASURES)
    if not (readable_for(a, key) and readable_for(b, key)) or a["agency"] == b["agency"]:
        return False
    na, sa = name_of(a, rng)
    nb, sb = name_of(b, rng)
    formal = rng.random() < 0.4
    ya, yb = year_form(a["year"], rng, formal), year_form(b["year"], rng, formal)
    q = f"{na}{ya}与{nb}{yb}的{form}合计是多少" if formal else f"{na}{ya}加上{nb}{yb}，{coll}一共多少"
    ph = pick_phrasing(rng, len(ITEMS))
    add(
        dress(finish(q, rng), ph, rng),
        "sum",
        "abbreviated" if sa or sb else ("formal" if formal else "colloquial"),
        {"value": cell(a, key) + cell(b, key), "unit": "件"},
        persona,
        "sum",
        ph,
        cells=[f"{a['id']}:{key}", f"{b['id']}:{key}"],
        calc=f"{{{a['id']}:{key}}}+{{{b['id']}:{key}}}",
    )
    return True


def groups() -> dict[tuple[str, int], list[dict]]:
    out: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for i in IDS:
        out[(province(GOLD[i]), GOLD[i]["year"])].append(GOLD[i])
    return out


def group_question(gs: list[dict], prov: str, year: int, rng: random.Random, persona: str, kind: str) -> bool:
    key, coll, form = rng.choice(MEASURES)
    if len(gs) < 3 or not all(readable_for(g, key) for g in gs):
        return False
    vals = {g["id"]: cell(g, key) for g in gs}
    p = rng.choice([prov, pshort(prov)])
    y = year_form(year, rng, False)
    ph = pick_phrasing(rng, len(ITEMS))
    cells = [f"{g['id']}:{key}" for g in gs]
    if kind == "rank":
        top = max(vals, key=lambda k: vals[k])
        if sorted(vals.values())[-1] == sorted(vals.values())[-2]:
            return False
        q = rng.choice([f"{y}{p}的年报里哪家{coll}最多", f"库里{p}{y}的年报，按{form}排个序"])
        order = sorted(vals, key=lambda k: -vals[k]) if "排个序" in q else [top]
        if "排个序" in q and len(set(vals.values())) != len(vals):
            order = [top]
            q = f"{y}{p}的年报里哪家{coll}最多"
        add(
            dress(finish(q, rng), ph, rng),
            "rank",
            "colloquial",
            {"values": vals, "unit": "件", "order": order},
            persona,
            "rank over a province-year",
            ph,
            cells=cells,
        )
    elif kind == "list":
        q = rng.choice([f"{p}{y}各单位的{form}分别是多少", f"把{y}{p}每家{coll}列一下"])
        add(
            dress(finish(q, rng), ph, rng),
            "list",
            "colloquial",
            {"values": vals, "unit": "件"},
            persona,
            "list over a province-year",
            ph,
            cells=cells,
        )
    elif kind == "sum":
        q = f"{p}{y}库里这些单位{coll}加起来一共多少"
        add(
            dress(finish(q, rng), ph, rng),
            "sum",
            "colloquial",
            {"value": sum(vals.values()), "unit": "件"},
            persona,
            "sum over a province-year",
            ph,
            cells=cells,
            calc="+".join("{" + c + "}" for c in cells),
        )
    else:  # which_reports
        hit = [g["id"] for g in gs if cell(g, "t4.rv.tot") and readable_for(g, "t4.rv.tot")]
        if not hit or len(hit) == len(gs) or not all(readable_for(g, "t4.rv.tot") for g in gs):
            return False
        q = rng.choice([f"{y}{p}哪些单位被申请过行政复议", f"{p}{y}有哪几家被人复议过"])
        add(
            dress(finish(q, rng), ph, rng),
            "which_reports",
            "colloquial",
            {"reports": sorted(hit)},
            persona,
            "which bodies in a province-year",
            ph,
            cells=[f"{i}:t4.rv.tot" for i in sorted(hit)],
        )
    return True


def change_question(a: dict, b: dict, rng: random.Random, persona: str) -> bool:
    """a earlier, b later; same agency."""
    key, coll, form = rng.choice(MEASURES)
    if not (readable_for(a, key) and readable_for(b, key)):
        return False
    d = cell(b, key) - cell(a, key)
    n, short = name_of(b, rng)
    ph = pick_phrasing(rng, len(ITEMS))
    formal = rng.random() < 0.4
    if b["year"] - a["year"] == 1 and rng.random() < 0.5:
        q = rng.choice([f"{coll}比去年多了还是少了，差几件", f"和上一年度相比，{form}增减多少"])
        add(
            dress(finish(q, rng), ph, rng),
            "change",
            "formal" if formal else "colloquial",
            {"value": d, "unit": "件"},
            persona,
            "year-over-year",
            ph,
            scope=b["id"],
            cells=[f"{a['id']}:{key}", f"{b['id']}:{key}"],
            calc=f"{{{b['id']}:{key}}}-{{{a['id']}:{key}}}",
        )
        return True
    q = (
        f"{n}{form}{a['year']}年到{b['year']}年增减了多少"
        if formal
        else f"{n}{b['year']}年{coll}比{a['year']}年多了多少"
    )
    add(
        dress(finish(q, rng), ph, rng),
        "change",
        "abbreviated" if short else ("formal" if formal else "colloquial"),
        {"value": d, "unit": "件"},
        persona,
        "year-over-year",
        ph,
        cells=[f"{a['id']}:{key}", f"{b['id']}:{key}"],
        calc=f"{{{b['id']}:{key}}}-{{{a['id']}:{key}}}",
    )
    return True


# ---------------------------------------------------------------- the plan
def build() -> None:
    rng = random.Random("blinds")
    w14 = [i for i in IDS if GOLD[i]["_set"] == "wild14"]
    rest = [i for i in IDS if GOLD[i]["_set"] != "wild14"]
    personas = ["officer", "journalist", "citizen", "deputy", "researcher", "lawyer", "auditor"]

    def run(fn, pool, n, persona_w, *args):
        made, tries = 0, 0
        while made < n and tries < n * 40:
            tries += 1
            g = GOLD[rng.choice(pool)]
            persona = rng.choices(personas, weights=persona_w)[0]
            scoped = persona == "officer" or (persona in ("deputy", "citizen") and rng.random() < 0.3)
            if fn(g, rng, persona, scoped, *args):
                made += 1
        return made

    vw = [30, 20, 15, 8, 7, 12, 8]  # one figure: officers and journalists most
    lawyer_bias = [5, 5, 5, 5, 5, 60, 15]
    # one figure of a table: 40 % of the bank
    run(value_question, w14, 80, vw)
    run(value_question, rest, 105, vw)
    run(value_question, w14 + rest, 20, lawyer_bias)
    blanks = sorted({i for i in IDS if "" in GOLD[i]["placeholders"].values()})
    for i in blanks:
        blank_question(GOLD[i], rng, rng.choice(["lawyer", "auditor"]))
        blank_question(GOLD[i], rng, rng.choice(["lawyer", "auditor", "officer"]))
    # narrative figures and problems
    run(narr_question, w14, 30, [30, 25, 15, 20, 10, 0, 0])
    run(narr_question, rest, 52, [30, 25, 15, 20, 10, 0, 0])
    run(problems_question, w14, 10, [30, 10, 10, 40, 10, 0, 0])
    run(problems_question, rest, 14, [30, 10, 10, 40, 10, 0, 0])
    # consistency (auditors, officers)
    w14_def = [i for i in w14 if GOLD[i]["findings"]]
    rest_def = [i for i in rest if GOLD[i]["findings"]]
    aw = [30, 5, 0, 5, 10, 0, 50]
    run(consistency_question, w14_def, 5, aw)
    run(consistency_question, w14, 8, aw)
    run(consistency_question, rest_def, 12, aw)
    run(consistency_question, rest, 10, aw)
    # refusals
    rw = [20, 15, 35, 15, 5, 5, 5]
    run(refuse_not_said, w14, 14, rw)
    run(refuse_not_said, rest, 22, rw)
    run(refuse_template, w14, 6, [30, 10, 10, 10, 20, 5, 15])
    run(refuse_template, rest, 10, [30, 10, 10, 10, 20, 5, 15])
    made = 0
    for i in w14 + rest:
        if made >= 6:
            break
        made += refuse_legacy(GOLD[i], rng, rng.choice(["researcher", "citizen", "journalist"]))
    made = 0
    while made < 10:
        made += refuse_year(
            GOLD[rng.choice(w14 if made < 5 else rest)], rng, rng.choice(["journalist", "citizen", "deputy"])
        )
    made = 0
    while made < 8:
        made += refuse_last_year(GOLD[rng.choice(w14 if made < 4 else rest)], rng, rng.choice(["officer", "deputy"]))
    for i in range(8):
        refuse_absent(rng, rng.choice(["citizen", "journalist"]), i)
    # cross-report: compare, sum, change, ranks and lists over a province-year
    made = 0
    while made < 22:
        a = GOLD[rng.choice(w14 if made % 2 == 0 else rest)]
        # a user compares like with like: the same level, and the same province or the same year
        peers = [
            i
            for i in IDS
            if i != a["id"]
            and GOLD[i]["level"] == a["level"]
            and (province(GOLD[i]) == province(a) or GOLD[i]["year"] == a["year"])
        ]
        if not peers:
            continue
        b = GOLD[rng.choice(peers)]
        made += compare_question(a, b, rng, rng.choice(["researcher", "journalist", "deputy", "auditor"]))
    made = 0
    while made < 8:
        a = GOLD[rng.choice(w14 if made % 2 == 0 else rest)]
        peers = [i for i in IDS if i != a["id"] and province(GOLD[i]) == province(a) and GOLD[i]["year"] == a["year"]]
        peers = peers or [i for i in IDS if i != a["id"] and province(GOLD[i]) == province(a)]
        if not peers:
            continue
        b = GOLD[rng.choice(peers)]
        made += sum_question(a, b, rng, rng.choice(["researcher", "deputy"]))
    by_agency = defaultdict(list)
    for i in IDS:
        by_agency[GOLD[i]["agency"]].append(GOLD[i])
    pairs = []
    for _agency, gs in sorted(by_agency.items()):
        ys = sorted(gs, key=lambda g: g["year"])
        if len(ys) == 2 and ys[0]["year"] != ys[1]["year"]:
            pairs.append((ys[0], ys[1]))
    made = 0
    for k in range(80):
        if made >= 14:
            break
        a, b = pairs[k % len(pairs)]
        made += change_question(a, b, rng, rng.choice(["officer", "deputy", "journalist", "researcher"]))
    gr = groups()
    keys = sorted(gr)
    used: set[tuple[str, str, int]] = set()
    for kind, n in (("rank", 10), ("list", 6), ("sum", 5), ("which", 6)):
        made, tries = 0, 0
        while made < n and tries < 400:
            tries += 1
            prov, year = rng.choice(keys)
            if (kind, prov, year) in used and tries < 300:
                continue
            used.add((kind, prov, year))
            made += group_question(
                gr[(prov, year)], prov, year, rng, rng.choice(["auditor", "researcher", "journalist"]), kind
            )


def check() -> None:
    """Every expectation re-read from the gold / text; names and short forms unique; no duplicate question."""
    seen = set()
    for it in ITEMS:
        assert (it["q"], it["scope"].get("report")) not in seen, it["q"]
        seen.add((it["q"], it["scope"].get("report")))
        exp = it["expect"]
        if exp.get("blank"):
            rid, _, k = it["cells"][0].rpartition(":")
            assert cell(GOLD[rid], k) is None and GOLD[rid]["placeholders"][k] == "", it
        if "value" in exp and it.get("cells") and not it.get("calc"):
            tot = 0
            for c in it["cells"]:
                rid, _, k = c.rpartition(":")
                tot += cell(GOLD[rid or it["scope"]["report"]], k)
            assert abs(tot - exp["value"]) < 1e-6, it
        if it.get("calc"):

            def sub(m):
                rid, _, k = m.group(1).rpartition(":")
                return str(cell(GOLD[rid], k))

            assert abs(eval(re.sub(r"\{([^}]+)\}", sub, it["calc"])) - exp["value"]) < 1e-6, it  # noqa: S307
        q = it.get("source_quote")
        if isinstance(q, str):
            assert sq(q) in GOLD[it["scope"]["report"]]["_text"], it
        elif isinstance(q, dict):
            for rid, s in q.items():
                assert sq(s) in GOLD[rid]["_text"], it
        for s in exp.get("contains", []):
            rid = it["scope"].get("report") or next(iter(it["source_quote"]))
            assert sq(s) in GOLD[rid]["_text"]


def main() -> None:
    build()
    check()
    lines = []
    for n, it in enumerate(ITEMS, 1):
        it = {"id": f"s{n:04d}", **it}
        lines.append(json.dumps(it, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reads14 = 0
    w14 = [i for i in IDS if GOLD[i]["_set"] == "wild14"]
    for it in ITEMS:
        read = {it["scope"].get("report")} | {c.rpartition(":")[0] for c in it.get("cells", [])}
        read |= set(it["expect"].get("values", {})) | set(it["expect"].get("reports", []))
        read |= set(it["source_quote"]) if isinstance(it.get("source_quote"), dict) else set()
        if not any(read - {None}):  # a refusal asked of the store: the body it names
            names = [n for w in w14 for n in (GOLD[w]["agency"], short_name(GOLD[w])) if n]
            read |= {"w14"} if any(n in it["q"] for n in names) else set()
        reads14 += any(r == "w14" or (r in GOLD and GOLD[r]["_set"] == "wild14") for r in read if r)
    print(f"{len(ITEMS)} questions; reads wild14 {reads14}")
    for field in ("intent", "kind", "persona", "style", "phrasing"):
        print(field, dict(Counter(it[field] for it in ITEMS).most_common()))
    print(
        "refuse",
        sum("refuse" in it["expect"] for it in ITEMS),
        "scoped",
        sum(bool(it["scope"]) for it in ITEMS),
        "narrative text",
        sum(it["intent"] in ("narrative", "problems") for it in ITEMS),
    )


if __name__ == "__main__":
    main()
