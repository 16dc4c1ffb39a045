"""Write blindv.jsonl: a blind held-out bank over the store of eval/wild … eval/wild11 (issue 13).

    python3 eval/questions/blindv/make_blindv.py        # writes blindv.jsonl next to this file

Written blind (see README.md): every expected value is computed here from the wild sets' gold cells (subtotals
as the sum of their sub-rows, shares and ratios with tol 0.05, changes signed later − earlier, ranks, sums and
which-reports over the store's reports of a kind of body, a province, a city or a year) or found in a report's
own text by a pattern and copied verbatim (whitespace removed) as `contains` / `source_quote`. Deterministic:
one seeded Random, every iteration over sorted keys, so two runs write identical bytes."""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9", "wild10", "wild11")
NEW_SETS = ("wild10", "wild11")
SEED = 20261205
TOL = 0.05

# ---------------------------------------------------------------- gold and text


def _decode(raw: bytes) -> str | None:
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return raw.decode("utf-16")
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _text(g: dict) -> str | None:
    """The report's text with all whitespace removed (the judge compares without whitespace), or None for
    formats read here only with a real parser (pdf, spreadsheets, ofd …): those get no text questions."""
    path = EVAL / g["set"] / g["file"]
    fmt = g["format"]
    raw = path.read_bytes()
    text: str | None
    if fmt in ("txt", "markdown"):
        text = _decode(raw)
    elif fmt == "html":
        text = _decode(raw)
        if text is not None and re.search(r"(?i)display:\s*none|visibility:\s*hidden|hidden", text):
            return None  # hidden passages: what a reader sees is not simply the tag-stripped text
        if text is not None:
            text = re.sub(r"(?is)<(script|style|sup)[^>]*>.*?</\1>", "", text)  # footnote marks are not text
            text = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|td|th|h\d|li|table)>", "\n", text)
            text = html.unescape(re.sub(r"<[^>]+>", "", text))
    elif fmt == "docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if re.search(r"w:delText|w:vanish|w:moveFrom|superscript", xml):
            return None  # tracked deletions / hidden runs: not the text a reader sees
        xml = re.sub(r"</w:p>", "\n", xml)
        text = html.unescape(re.sub(r"<[^>]+>", "", xml))
    else:
        text = None
    if text is None or "公开" not in text:
        return None
    if fmt == "markdown":
        text = re.sub(r"[*#|>`]", " ", text)
    return re.sub(r"\s+", "", text)


def load() -> list[dict]:
    out = []
    for s in SETS:
        for p in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(p.read_text(encoding="utf-8"))
            g["set"] = s
            g["text"] = _text(g)
            out.append(g)
    return out


REPORTS = load()
BY_ID = {g["id"]: g for g in REPORTS}
PAIRS = Counter((g["agency"], g["year"]) for g in REPORTS)
AGENCIES = sorted({g["agency"] for g in REPORTS})


def nameable(g: dict) -> bool:
    """A body and year held twice in the store (two sets made it) is never asked by name."""
    return PAIRS[(g["agency"], g["year"])] == 1


def readable(g: dict) -> bool:
    return g["template"] in ("GF2019", "GF2021") and bool(g.get("tables_recoverable"))


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    v = (g.get(table) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


# ---------------------------------------------------------------- names as users write them

SHORTS = (
    ("人民政府办公室", "政府办"),
    ("人民政府", "政府"),
    ("人力资源和社会保障", "人社"),
    ("住房和城乡建设", "住建"),
    ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("城市管理和综合执法局", "城管局"),
    ("退役军人事务局", "退役军人局"),
    ("文化和旅游局", "文旅局"),
    ("自然资源和规划局", "自然资源规划局"),
    ("交通运输", "交通"),
    ("科学技术局", "科技局"),
    ("管理委员会", "管委会"),
    ("街道办事处", "街道办"),
    ("医疗保障局", "医保局"),
    ("应急管理局", "应急局"),
    ("生态环境厅", "生态环境厅"),
    ("教育委员会", "教委"),
)


def _shorts(agency: str) -> list[str]:
    base = agency
    for a, b in SHORTS:
        base = base.replace(a, b)
    cands = {base}
    m = re.match(r"^(.{2,4}?市)(.{1,5}?[区县])(.+)$", base)
    if m and not m.group(2).endswith("市区"):
        cands.add(m.group(2) + m.group(3))
    m = re.match(r"^(.{2,3}?)省(.+)$", base)
    if m:
        cands.add(m.group(1) + m.group(2))
    return sorted(c for c in cands if c != agency)


def _unique_short(short: str, agency: str) -> bool:
    """A short form that only this body's names contain (and that contains none of another body's)."""
    for other in AGENCIES:
        if other == agency:
            continue
        forms = [other, *_shorts_raw(other)]
        if any(short in f or f in short for f in forms):
            return False
    return True


def _shorts_raw(agency: str) -> list[str]:
    return _shorts(agency)


SHORT = {a: [s for s in _shorts(a) if _unique_short(s, a)] for a in AGENCIES}

CN_DIGITS = "〇一二三四五六七八九"


def year_text(rnd: random.Random, year: int) -> str:
    form = rnd.choice(("n", "n", "n", "nd", "yy", "cn"))
    if form == "nd":
        return f"{year}年度"
    if form == "yy":
        return f"{str(year)[2:]}年"
    if form == "cn":
        return "二" + "".join(CN_DIGITS[int(d)] for d in str(year)[1:]) + "年"
    return f"{year}年"


def name(rnd: random.Random, g: dict, abbreviate: bool | None = None) -> tuple[str, bool]:
    """The body's name (full or a unique short form) and whether it is abbreviated."""
    shorts = SHORT[g["agency"]]
    if abbreviate is None:
        abbreviate = bool(shorts) and rnd.random() < 0.4
    if abbreviate and shorts:
        return rnd.choice(shorts), True
    return g["agency"], False


# ---------------------------------------------------------------- measures

SUB = {
    "r3": [f"t3.r3_{i}.tot" for i in range(1, 9)],
    "r4": [f"t3.r4_{i}.tot" for i in range(1, 4)],
    "r5": [f"t3.r5_{i}.tot" for i in range(1, 6)],
    "legal": [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")],
}

# key → (cells summed, ways users name it, unit, templates it exists in)
MEASURES: dict[str, tuple[list[str], tuple[str, ...], str | None, tuple[str, ...]]] = {
    "new": (
        ["t3.new.tot"],
        ("新收的政府信息公开申请", "本年新收申请", "新收到的依申请公开申请", "收到的信息公开申请"),
        "件",
        ("GF2019", "GF2021"),
    ),
    "carry_in": (["t3.carry_in.tot"], ("上年结转的申请", "上一年结转过来的申请"), "件", ("GF2019", "GF2021")),
    "r1": (["t3.r1.tot"], ("予以公开的申请", "同意公开的", "办理结果里予以公开的"), "件", ("GF2019", "GF2021")),
    "r2": (["t3.r2.tot"], ("部分公开的申请", "办理结果为部分公开的"), "件", ("GF2019", "GF2021")),
    "r3": (SUB["r3"], ("不予公开的申请（合计）", "不予公开的总共"), "件", ("GF2019", "GF2021")),
    "r4": (SUB["r4"], ("无法提供的申请（合计）", "无法提供的总数"), "件", ("GF2019", "GF2021")),
    "r5": (SUB["r5"], ("不予处理的申请（合计）", "不予处理的一共"), "件", ("GF2019", "GF2021")),
    "r7": (["t3.r7.tot"], ("办理结果总计", "答复的申请总数（办理结果总计）"), "件", ("GF2019", "GF2021")),
    "carry_out": (
        ["t3.carry_out.tot"],
        ("结转下年度继续办理的申请", "转到下一年继续办理的"),
        "件",
        ("GF2019", "GF2021"),
    ),
    "np": (["t3.new.np"], ("自然人提出的新收申请", "老百姓个人（自然人）新提的申请"), "件", ("GF2019", "GF2021")),
    "legal": (
        SUB["legal"],
        ("法人或其他组织新提出的申请", "企业和单位（法人或其他组织）新提的申请"),
        "件",
        ("GF2019", "GF2021"),
    ),
    "biz": (["t3.new.biz"], ("商业企业新提出的申请",), "件", ("GF2019", "GF2021")),
    "r3_3": (["t3.r3_3.tot"], ("因危及“三安全一稳定”不予公开的",), "件", ("GF2019", "GF2021")),
    "r4_1": (
        ["t3.r4_1.tot"],
        ("因本机关不掌握相关政府信息而无法提供的", "本机关不掌握、无法提供的"),
        "件",
        ("GF2019", "GF2021"),
    ),
    "r5_1": (["t3.r5_1.tot"], ("属于信访举报投诉类申请、不予处理的",), "件", ("GF2019", "GF2021")),
    "r5_3": (["t3.r5_3.tot"], ("要求提供公开出版物、不予处理的",), "件", ("GF2019", "GF2021")),
    "r3_6": (["t3.r3_6.tot"], ("属于四类过程性信息、不予公开的",), "件", ("GF2019", "GF2021")),
    "rv": (["t4.rv.tot"], ("行政复议总数", "因信息公开被申请行政复议的案件"), "件", ("GF2019", "GF2021")),
    "rv_keep": (["t4.rv.keep"], ("行政复议结果维持的", "复议维持的"), "件", ("GF2019", "GF2021")),
    "rv_fix": (["t4.rv.fix"], ("行政复议结果纠正的", "复议被纠正的"), "件", ("GF2019", "GF2021")),
    "ld": (["t4.ld.tot"], ("未经复议直接起诉的行政诉讼", "直接起诉的行政诉讼案件"), "件", ("GF2019", "GF2021")),
    "lr": (["t4.lr.tot"], ("复议后起诉的行政诉讼", "经复议后又起诉的案件"), "件", ("GF2019", "GF2021")),
    "license": (["t2.license.decisions"], ("行政许可处理决定数量", "行政许可决定"), None, ("GF2021",)),
    "penalty": (["t2.penalty.decisions"], ("行政处罚处理决定数量", "行政处罚决定"), None, ("GF2021",)),
    "license19": (["t2.license.decisions"], ("行政许可本年处理决定数", "行政许可决定"), None, ("GF2019",)),
    "norm_valid": (["t2.norm.valid"], ("现行有效的行政规范性文件", "现行有效规范性文件"), "件", ("GF2021",)),
    "norm_made": (["t2.norm.made"], ("本年制发的规范性文件",), "件", ("GF2021",)),
    "fee": (["t2.fee.amount_wan"], ("行政事业性收费金额", "行政事业性收费的本年收费金额"), "万元", ("GF2021",)),
    "r6_21": ([f"t3.r6_{i}.tot" for i in range(1, 4)], ("其他处理的申请（合计）",), "件", ("GF2021",)),
    "r6_19": (["t3.r6.tot"], ("其他处理的申请",), "件", ("GF2019",)),
}
VALUE_KEYS = sorted(MEASURES)
CROSS_KEYS = ("new", "r1", "r7", "np", "rv", "ld", "carry_out", "r3", "r5", "license", "penalty", "fee", "norm_valid")


def measure(g: dict, key: str) -> float | None:
    """The measure as the gold has it (a subtotal is the sum of its sub-rows), None where it cannot be read."""
    cells, _, _, templates = MEASURES[key]
    if not readable(g) or g["template"] not in templates:
        return None
    vals = [v for c in cells if (v := cell(g, c)) is not None]
    if len(vals) != len(cells):
        return None
    total = sum(vals)
    return round(total, 2) if isinstance(total, float) else total


def val(g: dict, key: str) -> float:
    """measure() where the caller has already checked it is there."""
    v = measure(g, key)
    assert v is not None, (g["id"], key)
    return v


def fmt(v) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v}"


# ---------------------------------------------------------------- the bank

ITEMS: list[dict] = []


def add(q: str, scope: dict, intent: str, abbreviated: bool, expect: dict, cells=None, **extra) -> None:
    item = {"q": q, "scope": scope, "intent": intent, "style": style_of(q, abbreviated), "expect": expect}
    if cells:
        item["cells"] = cells
    item.update({k: v for k, v in extra.items() if v is not None})
    ITEMS.append(item)


COLLOQUIAL = (
    "搞",
    "老百姓",
    "呢",
    "查下",
    "嗯",
    "Hi",
    "咋",
    "几件",
    "啥",
    "对不对",
    "有没有",
    "各多少",
    "急用",
    "吧",
    "几次",
    "几个",
    "几篇",
    "几成",
    "比一下",
    "What",
    "对得上",
    "加起来",
    "多少钱",
    "发了",
    "转过来",
    "转到",
    "怎么",
    "这块",
    "哪家",
    "排个序",
    "申清",
    "多小",
    "于以",
    "接转",
    "短板",
    "承认",
)


def style_of(q: str, abbreviated: bool) -> str:
    """abbreviated iff a short name of the body is used; otherwise the register of the words."""
    if abbreviated:
        return "abbreviated"
    return "colloquial" if any(w in q for w in COLLOQUIAL) else "formal"


PREAMBLES = ("", "", "", "请问，", "你好，", "麻烦查一下：", "我是记者，想核实一下：", "打扰一下，", "Hi，", "嗯…")
TAILS = ("", "", "", "谢谢", "，急用", "？谢谢！", "。")


TYPOS = (("申请", "申清"), ("多少", "多小"), ("予以", "于以"), ("结转", "接转"))


def dress(rnd: random.Random, core: str) -> str:
    """A preamble and a tail as users type them; now and then a typo of a common word (never of a name)."""
    if rnd.random() < 0.05:
        a, b = rnd.choice(TYPOS)
        core = core.replace(a, b, 1)
    return rnd.choice(PREAMBLES) + core + rnd.choice(TAILS)


TRAD = str.maketrans(
    "报告开门现处决这数结发县区务关请总计办问几么么们单为里复议讼审体卫广东长丰东宁乐万与专业丛东丝两严丧个临为丽举义乌书买乱争于亏云产亩亲",
    "報告開門現處決這數結發縣區務關請總計辦問幾麼麼們單為裡復議訟審體衛廣東長豐東寧樂萬與專業叢東絲兩嚴喪個臨為麗舉義烏書買亂爭於虧雲產畝親",
)


def trad(rnd: random.Random, q: str) -> str:
    return q.translate(TRAD) if rnd.random() < 0.06 else q


def cells_for(g: dict, key: str, scoped: bool) -> list[str]:
    cells = MEASURES[key][0]
    return cells if scoped else [f"{g['id']}:{c}" for c in cells]


def value_questions(rnd: random.Random) -> None:
    pool = [g for g in REPORTS if readable(g)]
    for g in pool:
        keys = [k for k in VALUE_KEYS if measure(g, k) is not None]
        n = (1 if rnd.random() < 0.5 else 0) if g["set"] not in NEW_SETS else rnd.choice((1, 2))
        for key in rnd.sample(keys, min(n, len(keys))):
            v = val(g, key)
            label = rnd.choice(MEASURES[key][1])
            unit = MEASURES[key][2]
            scoped = not nameable(g) or rnd.random() < 0.3
            if scoped:
                core = rnd.choice(
                    (f"{label}有多少？", f"这份报告里{label}是几件", f"今年{label}多少", f"表格里{label}是多少")
                )
                if unit == "万元":
                    core = f"{label}是多少万元？"
                add(
                    trad(rnd, dress(rnd, core)),
                    {"report": g["id"]},
                    "value",
                    False,
                    {"value": v, "unit": unit},
                    cells_for(g, key, True),
                )
            else:
                nm, ab = name(rnd, g)
                yt = year_text(rnd, g["year"])
                core = rnd.choice(
                    (
                        f"{nm}{yt}{label}有多少？",
                        f"{yt}{nm}的{label}是多少",
                        f"{nm}{yt}年报中，{label}数量为多少？",
                        f"查下{nm}{yt}{label}",
                        f"What's the number of {label} for {nm} in {g['year']}?",
                        f"{nm}{yt}的{label}是{fmt(round(v + rnd.choice((0, 0, 1, 2, -1)), 2)) if v >= 2 else fmt(v)}吧？",
                    )
                )
                core = core.replace("年年", "年")
                add(trad(rnd, dress(rnd, core)), {}, "value", ab, {"value": v, "unit": unit}, cells_for(g, key, False))


def list_questions(rnd: random.Random) -> None:
    combos = (
        (("np", "legal"), "自然人和法人或其他组织分别新提了多少件申请", "个人跟企业单位各申请了多少"),
        (("r1", "r2"), "予以公开和部分公开分别是多少件", "全部公开、部分公开各几件"),
        (("carry_in", "carry_out"), "上年结转和结转下年度的申请分别有几件", "去年转过来的和转到明年的各多少"),
        (("rv", "ld", "lr"), "行政复议、直接起诉、复议后起诉分别多少件", "复议和两类诉讼各有几件"),
        (("license", "penalty"), "行政许可和行政处罚的处理决定数量分别是多少", "许可、处罚决定各多少个"),
        (("new", "r7"), "新收申请和办理结果总计各是多少", "收了多少、办结总计多少"),
    )
    pool = sorted((g for g in REPORTS if readable(g)), key=lambda g: g["id"])
    rnd.shuffle(pool)
    made = 0
    for g in pool:
        if made >= 34:
            break
        opts = [c for c in combos if all(measure(g, k) is not None for k in c[0])]
        if not opts:
            continue
        keys, formal, colloquial = rnd.choice(opts)
        vals = [measure(g, k) for k in keys]
        if len(set(vals)) < len(vals):
            continue  # a number shown once would satisfy two keys
        scoped = not nameable(g) or rnd.random() < 0.35
        if scoped:
            q = rnd.choice((formal, colloquial)) + "？"
            ab = False
            values = {
                MEASURES[k][0][0] if len(MEASURES[k][0]) == 1 else "+".join(MEASURES[k][0]): v
                for k, v in zip(keys, vals)
            }
            scope = {"report": g["id"]}
        else:
            nm, ab = name(rnd, g)
            q = f"{nm}{year_text(rnd, g['year'])}" + rnd.choice((formal, colloquial)) + "？"
            values = {f"{g['id']}:" + ("+".join(MEASURES[k][0])): v for k, v in zip(keys, vals)}
            scope = {}
        cells = [c for k in keys for c in cells_for(g, k, scoped)]
        add(
            trad(rnd, dress(rnd, q)),
            scope,
            "list",
            ab,
            {"values": values, "unit": "件" if keys[0] not in ("license",) else None},
            cells,
        )
        made += 1


def named_pool(cond) -> list[dict]:
    return sorted((g for g in REPORTS if readable(g) and nameable(g) and cond(g)), key=lambda g: g["id"])


def compare_questions(rnd: random.Random) -> None:
    pool = named_pool(lambda g: True)
    made = 0
    tries = 0
    while made < 42 and tries < 2000:
        tries += 1
        a, b = rnd.sample(pool, 2)
        if a["agency"] == b["agency"]:
            continue
        if made < 20 and not ({a["set"], b["set"]} & set(NEW_SETS)):
            continue
        key = rnd.choice(CROSS_KEYS)
        va, vb = measure(a, key), measure(b, key)
        if va is None or vb is None or va == vb:
            continue
        label = rnd.choice(MEASURES[key][1])
        na, aba = name(rnd, a)
        nb, abb = name(rnd, b)
        ya, yb = year_text(rnd, a["year"]), year_text(rnd, b["year"])
        core = rnd.choice(
            (
                f"{na}{ya}和{nb}{yb}，{label}哪个多？",
                f"比较一下{na}（{ya}）与{nb}（{yb}）的{label}",
                f"{na}{ya}的{label}比{nb}{yb}多还是少？各是多少",
                f"{na}{ya}{label}多少，{nb}{yb}呢？比一下",
            )
        )
        order = [a["id"], b["id"]] if va > vb else [b["id"], a["id"]]
        add(
            trad(rnd, dress(rnd, core)),
            {},
            "compare",
            aba or abb,
            {"values": {a["id"]: va, b["id"]: vb}, "unit": MEASURES[key][2], "order": order},
            cells_for(a, key, False) + cells_for(b, key, False),
        )
        made += 1


def same_body_pairs() -> list[tuple[dict, dict]]:
    by = defaultdict(list)
    for g in REPORTS:
        if readable(g) and nameable(g):
            by[g["agency"]].append(g)
    out = []
    for agency in sorted(by):
        gs = sorted(by[agency], key=lambda g: g["year"])
        for i in range(len(gs) - 1):
            out.append((gs[i], gs[i + 1]))
    return out


def change_trend_questions(rnd: random.Random) -> None:
    keys = (
        "new",
        "r1",
        "r7",
        "np",
        "carry_out",
        "rv",
        "ld",
        "r3",
        "r4",
        "r5",
        "license19",
        "license",
        "penalty",
        "carry_in",
        "r2",
    )
    for early, late in same_body_pairs():
        usable = [k for k in keys if measure(early, k) is not None and measure(late, k) is not None]
        if not usable:
            usable = [
                k
                for k in ("new", "r1", "r7", "np", "carry_out", "rv", "ld", "r3", "r4", "r5", "carry_in", "r2")
                if measure(early, k if early["template"] == late["template"] else k) is not None
                and measure(late, k) is not None
            ]
        picks = rnd.sample(usable, min(7, len(usable)))
        for i, key in enumerate(picks):
            ve, vl = val(early, key), val(late, key)
            label = rnd.choice(MEASURES[key][1])
            unit = MEASURES[key][2]
            d = round(vl - ve, 2)
            cells = cells_for(early, key, False) + cells_for(late, key, False)
            calc = f"{'+'.join('{' + c + '}' for c in cells_for(late, key, False))} - ({'+'.join('{' + c + '}' for c in cells_for(early, key, False))})"
            if i % 2 == 0:
                nm, ab = name(rnd, late)
                if late["year"] - early["year"] == 1 and rnd.random() < 0.5:
                    q = rnd.choice((f"跟去年比，{label}增加（减少）了多少？", f"{label}比上一年度变化了多少"))
                    add(
                        dress(rnd, q),
                        {"report": late["id"]},
                        "change",
                        False,
                        {"value": d, "unit": unit},
                        cells,
                        calc=calc,
                    )
                else:
                    q = rnd.choice(
                        (
                            f"{nm}{late['year']}年的{label}比{early['year']}年多了还是少了？差多少",
                            f"{nm}{early['year']}年到{late['year']}年，{label}变化了多少？",
                            f"{late['year']}年{nm}{label}较{early['year']}年增减多少",
                        )
                    )
                    add(
                        trad(rnd, dress(rnd, q)),
                        {},
                        "change",
                        ab,
                        {"value": d, "unit": unit},
                        cells,
                        calc=calc,
                        note="signed later − earlier",
                    )
            else:
                nm, ab = name(rnd, late)
                q = rnd.choice(
                    (
                        f"{nm}历年{label}是多少？列一下趋势",
                        f"{nm}{early['year']}年和{late['year']}年的{label}分别多少，趋势如何",
                        f"{nm}这几年{label}的变化情况",
                    )
                )
                add(
                    trad(rnd, dress(rnd, q)),
                    {},
                    "trend",
                    ab,
                    {"values": {early["id"]: ve, late["id"]: vl}, "unit": unit},
                    cells,
                )


KINDS = ("县级部门", "县级政府", "乡镇", "省级部门", "市级部门", "市级政府")
KIND_WORDS = {
    "县级部门": "区县级部门",
    "县级政府": "区县人民政府（含开发区）",
    "乡镇": "乡镇（街道）",
    "省级部门": "省级部门",
    "市级部门": "市级部门",
    "市级政府": "市级政府",
}


def _first(pattern: str, text: str) -> str:
    m = re.match(pattern, text)
    return m.group(1) if m else ""


def groups() -> list[tuple[str, list[dict]]]:
    """Named groups of the store's reports: kind of body × year, province (× year), city, all of a year."""
    out = []
    all_r = REPORTS

    def ok(members):
        return members and all(readable(g) and nameable(g) for g in members)

    years = sorted({g["year"] for g in all_r})
    for kind in KINDS:
        for y in years:
            m = [g for g in all_r if g["level"] == kind and g["year"] == y]
            if 2 <= len(m) <= 12 and ok(m):
                out.append((f"库里{y}年的{KIND_WORDS[kind]}", m))
    provs = sorted({_first(r"^(.+?(?:省|自治区|市))", g["region"]) for g in all_r} - {""})
    for p in provs:
        m = [g for g in all_r if g["region"].startswith(p)]
        if 2 <= len(m) <= 10 and ok(m):
            out.append((f"{p}的所有报告", m))
        for y in years:
            m2 = [g for g in m if g["year"] == y]
            if 2 <= len(m2) <= 8 and ok(m2) and len(m2) < len(m):
                out.append((f"{p}{y}年的报告", m2))
    cities = sorted({_first(r"^.+?(?:省|自治区)(.+?市)", g["region"]) for g in all_r} - {""})
    for c in cities:
        m = [g for g in all_r if re.match(rf"^.+?(?:省|自治区){c}", g["region"])]
        if 2 <= len(m) <= 8 and ok(m):
            out.append((f"{c}下面各单位的报告", m))
    return out


def rank_sum_which(rnd: random.Random) -> None:
    gl = groups()
    rnd.shuffle(gl)
    ranks = sums = which = 0
    for gname, members in gl:
        ids = sorted(g["id"] for g in members)
        members = [BY_ID[i] for i in ids]
        keys = list(CROSS_KEYS)
        rnd.shuffle(keys)
        done_here = 0
        for key in keys:
            if any(measure(g, key) is None for g in members):
                continue
            vals = {g["id"]: val(g, key) for g in members}
            label = rnd.choice(MEASURES[key][1])
            unit = MEASURES[key][2]
            if done_here == 0 and ranks < 56 and len(set(vals.values())) == len(vals):
                full = len(vals) <= 6 and rnd.random() < 0.6
                order = sorted(vals, key=lambda i: -vals[i])
                if full:
                    q = rnd.choice((f"{gname}，按{label}从多到少排个序", f"把{gname}按{label}由高到低排列"))
                    exp = {"values": vals, "unit": unit, "order": order}
                elif rnd.random() < 0.5:
                    q = rnd.choice((f"{gname}里，{label}最多的是哪家？多少", f"{gname}中{label}最高的是哪个单位"))
                    exp = {"values": {order[0]: vals[order[0]]}, "unit": unit, "order": [order[0]]}
                else:
                    q = rnd.choice((f"{gname}里，{label}最少的是哪家？", f"{gname}中{label}最低的单位是？"))
                    exp = {"values": {order[-1]: vals[order[-1]]}, "unit": unit, "order": [order[-1]]}
                add(
                    trad(rnd, dress(rnd, q)),
                    {},
                    "rank",
                    False,
                    exp,
                    [f"{i}:{c}" for i in vals for c in MEASURES[key][0]],
                )
                ranks += 1
                done_here += 1
                continue
            if done_here == 1 and sums < 24:
                total = round(sum(vals.values()), 2)
                q = rnd.choice(
                    (f"{gname}，{label}加起来一共多少？", f"{gname}{label}合计是多少", f"统计一下{gname}的{label}总和")
                )
                add(
                    trad(rnd, dress(rnd, q)),
                    {},
                    "sum",
                    False,
                    {"value": total, "unit": unit},
                    [f"{i}:{c}" for i in vals for c in MEASURES[key][0]],
                )
                sums += 1
                done_here += 1
                continue
            if done_here == 2 and which < 30 and key in ("rv", "ld", "carry_out", "r3", "r5", "fee", "np", "r1"):
                hit = sorted(i for i, v in vals.items() if v > 0)
                if not hit or len(hit) == len(vals) or len(hit) > 8:
                    continue
                q = rnd.choice(
                    (
                        f"{gname}里，哪些单位的{label}不是0？",
                        f"{gname}中，有{label}的是哪几份报告",
                        f"列出{gname}中{label}大于零的报告",
                    )
                )
                add(
                    trad(rnd, dress(rnd, q)),
                    {},
                    "which_reports",
                    False,
                    {"reports": hit},
                    [f"{i}:{c}" for i in vals for c in MEASURES[key][0]],
                )
                which += 1
                done_here += 1
                break
    # two named bodies added up
    pool = named_pool(lambda g: True)
    for _ in range(8):
        a, b = rnd.sample(pool, 2)
        key = rnd.choice(("new", "r1", "r7"))
        va, vb = measure(a, key), measure(b, key)
        if va is None or vb is None or a["agency"] == b["agency"]:
            continue
        na, aba = name(rnd, a)
        nb, abb = name(rnd, b)
        label = rnd.choice(MEASURES[key][1])
        q = f"{na}{a['year']}年和{nb}{b['year']}年的{label}加起来是多少？"
        add(
            trad(rnd, dress(rnd, q)),
            {},
            "sum",
            aba or abb,
            {"value": va + vb, "unit": "件"},
            cells_for(a, key, False) + cells_for(b, key, False),
        )


SHARES = (
    ("r1", "r7", "予以公开占办结总数的比例", "办结的里面予以公开的占几成（百分比）"),
    ("np", "new", "自然人申请占新收申请的比例", "个人申请占新收申请的百分之多少"),
    ("r4", "r7", "无法提供的占办理结果总计的比重", "无法提供的比例是多少"),
    ("r3", "r7", "不予公开在全部办理结果中的占比", "不予公开率是多少"),
    ("r5", "r7", "不予处理占办理结果总计的百分比", "不予处理的占了多少比例"),
    ("rv_keep", "rv", "行政复议中结果维持的占比", "复议维持率是多少"),
)


def share_ratio(rnd: random.Random) -> None:
    pool = sorted((g for g in REPORTS if readable(g)), key=lambda g: g["id"])
    rnd.shuffle(pool)
    shares = ratios = 0
    for g in pool:
        if shares >= 46 and ratios >= 26:
            break
        if shares < 46:
            opts = [s for s in SHARES if (measure(g, s[1]) or 0) > 0 and measure(g, s[0]) is not None]
            if opts:
                num, den, formal, colloquial = rnd.choice(opts)
                pct = round(100 * val(g, num) / val(g, den), 2)
                cn, cd = cells_for(g, num, True), cells_for(g, den, True)
                scoped = not nameable(g) or rnd.random() < 0.5
                calc = "100*(" + "+".join("{" + c + "}" for c in cn) + ")/(" + "+".join("{" + c + "}" for c in cd) + ")"
                if scoped:
                    q, ab, scope, cells = rnd.choice((formal, colloquial)) + "？", False, {"report": g["id"]}, cn + cd
                else:
                    nm, ab = name(rnd, g)
                    q = f"{nm}{year_text(rnd, g['year'])}" + rnd.choice((formal, colloquial)) + "？"
                    scope, cells = {}, cells_for(g, num, False) + cells_for(g, den, False)
                    calc = re.sub(r"\{(t\d\.)", "{" + g["id"] + r":\1", calc)
                add(
                    trad(rnd, dress(rnd, q)),
                    scope,
                    "share",
                    ab,
                    {"value": pct, "unit": "%", "tol": TOL},
                    cells,
                    calc=calc,
                )
                shares += 1
                continue
        if ratios < 26 and g["template"] == "GF2021":
            lic, pen = measure(g, "license"), measure(g, "penalty")
            if lic and pen and lic > pen:
                r = round(lic / pen, 2)
                scoped = not nameable(g) or rnd.random() < 0.5
                core = rnd.choice(("行政许可决定数是行政处罚决定数的几倍？", "许可决定和处罚决定的比值是多少"))
                if scoped:
                    add(
                        dress(rnd, core),
                        {"report": g["id"]},
                        "ratio",
                        False,
                        {"value": r, "unit": "倍", "tol": TOL},
                        ["t2.license.decisions", "t2.penalty.decisions"],
                        calc="{t2.license.decisions}/{t2.penalty.decisions}",
                    )
                else:
                    nm, ab = name(rnd, g)
                    add(
                        trad(rnd, dress(rnd, f"{nm}{g['year']}年" + core)),
                        {},
                        "ratio",
                        ab,
                        {"value": r, "unit": "倍", "tol": TOL},
                        [f"{g['id']}:t2.license.decisions", f"{g['id']}:t2.penalty.decisions"],
                        calc=f"{{{g['id']}:t2.license.decisions}}/{{{g['id']}:t2.penalty.decisions}}",
                    )
                ratios += 1
    # ratios across two bodies
    pool2 = named_pool(lambda g: (measure(g, "new") or 0) > 0)
    for _ in range(10):
        a, b = rnd.sample(pool2, 2)
        if a["agency"] == b["agency"] or measure(a, "new") == measure(b, "new"):
            continue
        if val(a, "new") < val(b, "new"):
            a, b = b, a
        na, aba = name(rnd, a)
        nb, abb = name(rnd, b)
        r = round(val(a, "new") / val(b, "new"), 2)
        add(
            trad(rnd, dress(rnd, f"{na}{a['year']}年新收申请是{nb}{b['year']}年的多少倍？")),
            {},
            "ratio",
            aba or abb,
            {"value": r, "unit": "倍", "tol": TOL},
            [f"{a['id']}:t3.new.tot", f"{b['id']}:t3.new.tot"],
            calc=f"{{{a['id']}:t3.new.tot}}/{{{b['id']}:t3.new.tot}}",
        )


def _note_numbers(note: str) -> list[float]:
    """The printed and the implied numbers of a gold finding's note (every identity it names)."""
    out: list[float] = []
    for m in re.finditer(r"(\d+)\+(\d+) ≠ \S+ (\d+)\+(\d+)", note):
        out += [int(m.group(1)) + int(m.group(2)), int(m.group(3)) + int(m.group(4))]
    for m in re.finditer(r"\b[a-z]+ (\d+) ≠ (\d+)", note):
        out += [int(m.group(1)), int(m.group(2))]
    for m in re.finditer(r"add up to (\d+), 总计 is printed (\d+)", note):
        out += [int(m.group(1)), int(m.group(2))]
    for m in re.finditer(r"printed (\d+) while its parts add up to (\d+)", note):
        out += [int(m.group(1)), int(m.group(2))]
    return out


def consistency(rnd: random.Random) -> None:
    bad_t3, bad_t4, clean = [], [], []
    for g in sorted(REPORTS, key=lambda g: g["id"]):
        if not readable(g):
            continue
        fs = g.get("findings") or []
        t3f = [f for f in fs if f["check"] in ("H1", "H2", "H3") and f["where"].startswith("t3")]
        t4f = [f for f in fs if f["check"] in ("H4", "H5") and f["where"].startswith("t4")]
        if t3f:
            bad_t3.append((g, t3f))
        if t4f:
            bad_t4.append((g, t4f))
        if not fs and all(measure(g, k) is not None for k in ("new", "carry_in", "r7", "carry_out", "rv")):
            clean.append(g)
    t3_q = (
        "表三的数据前后一致吗？",
        "申请情况表的勾稽关系对得上吗",
        "收到和处理申请那张表加起来对不对",
        "表三有没有算错的地方",
        "表三数据是否满足勾稽关系？",
        "请核验收到和处理政府信息公开申请情况表的数据是否自洽",
    )
    t4_q = (
        "表四（复议诉讼）的数加起来对吗？",
        "行政复议和行政诉讼表的总计跟分项对得上吗",
        "复议诉讼那张表有没有错",
        "表四各项之和与总计是否一致？",
        "请核对行政复议、行政诉讼情况表的总计与分项",
    )

    def ask(g, core):
        if not nameable(g) or rnd.random() < 0.35:
            return dress(rnd, core), {"report": g["id"]}, False
        nm, ab = name(rnd, g)
        return dress(rnd, f"{nm}{year_text(rnd, g['year'])}年报" + core), {}, ab

    for g, fs in bad_t3:
        nums = []
        for f in fs:
            nums += [n for n in _note_numbers(f["note"]) if n not in nums]
        q, scope, ab = ask(g, rnd.choice(t3_q))
        add(
            trad(rnd, q),
            scope,
            "consistency",
            ab,
            {
                "verdict": "inconsistent",
                "checks": sorted({f["check"] for f in fs}),
                "values": {f"n{i}": n for i, n in enumerate(nums)},
            },
            note="; ".join(f["note"] for f in fs),
        )
    for g, fs in bad_t4:
        nums = []
        for f in fs:
            nums += [n for n in _note_numbers(f["note"]) if n not in nums]
        q, scope, ab = ask(g, rnd.choice(t4_q))
        add(
            trad(rnd, q),
            scope,
            "consistency",
            ab,
            {
                "verdict": "inconsistent",
                "checks": sorted({f["check"] for f in fs}),
                "values": {f"n{i}": n for i, n in enumerate(nums)},
            },
            note="; ".join(f["note"] for f in fs),
        )
    rnd.shuffle(clean)
    for g in clean[:28]:
        if rnd.random() < 0.7:
            total = val(g, "new") + val(g, "carry_in")
            q, scope, ab = ask(g, rnd.choice(t3_q))
            add(
                trad(rnd, q),
                scope,
                "consistency",
                ab,
                {"verdict": "consistent", "checks": ["H1", "H2", "H3"], "values": {"new+carry_in": total}},
                note="new+carry_in = r7+carry_out, every row and column adds up",
            )
        else:
            q, scope, ab = ask(g, rnd.choice(t4_q))
            add(
                trad(rnd, q),
                scope,
                "consistency",
                ab,
                {"verdict": "consistent", "checks": ["H5"], "values": {"rv.tot": measure(g, "rv")}},
            )
    # S1 across consecutive years of one body
    for early, late in same_body_pairs():
        if late["year"] - early["year"] != 1:
            continue
        co, ci = measure(early, "carry_out"), measure(late, "carry_in")
        if co is None or ci is None:
            continue
        nm, ab = name(rnd, late)
        q = f"{nm}{late['year']}年的上年结转和{early['year']}年报的结转下年度对得上吗？"
        add(
            q,
            {},
            "consistency",
            ab,
            {
                "verdict": "consistent" if co == ci else "inconsistent",
                "checks": ["S1"],
                "values": {"carry_out": co, "carry_in": ci},
            },
            [f"{early['id']}:t3.carry_out.tot", f"{late['id']}:t3.carry_in.tot"],
        )


# ---------------------------------------------------------------- text: narrative and problems

NARR = (
    (
        r"主动公开[^，。；\d]{0,8}?信息(\d+)条",
        "条",
        ("主动公开了多少条政府信息？", "主动公开信息数量是多少条", "全年主动公开信息几条"),
    ),
    (r"政策解读(\d+)篇", "篇", ("发布了几篇政策解读？", "政策解读有多少篇", "解读材料发了多少篇")),
    (r"培训[^，。；\d]{0,6}?(\d+)次", "次", ("组织了几次业务培训？", "培训搞了几次", "开展政务公开培训的次数")),
    (
        r"公众号[^，。；\d]{0,6}?发布[^，。；\d]{0,4}?信息(\d+)条",
        "条",
        ("微信公众号发了多少条信息？", "政务公众号发布信息数量"),
    ),
    (
        r"收到[^，。；\d]{0,6}?政府信息公开申请(\d+)件",
        "件",
        ("正文里说收到了多少件信息公开申请？", "总体情况部分写的收到申请数是多少"),
    ),
    (r"政策文件(\d+)([件条])", "件", ("主动公开的政策文件有多少？", "公开了几个政策文件")),
    (r"网上申请(\d+)件", "件", ("网上申请有多少件？", "通过网络提交的申请几件")),
)


def clause_at(text: str, start: int, end: int) -> str:
    """The clause around text[start:end], cut at Chinese punctuation."""
    a = max(text.rfind(p, 0, start) for p in "，。；：！？、") + 1
    ends = [text.find(p, end) for p in "，。；！？"]
    b = min(e for e in ends if e >= 0) if any(e >= 0 for e in ends) else len(text)
    return text[a:b]


def section_one(text: str) -> str:
    i = text.find("二、主动公开政府信息情况")
    return text[:i] if i > 0 else ""


def text_pool(rnd: random.Random) -> list[dict]:
    """Reports whose text is read here, wild10/wild11 (new to every bank) first, each part shuffled."""
    new = sorted((g for g in REPORTS if g["text"] and g["set"] in NEW_SETS), key=lambda g: g["id"])
    old = sorted((g for g in REPORTS if g["text"] and g["set"] not in NEW_SETS), key=lambda g: g["id"])
    rnd.shuffle(new)
    rnd.shuffle(old)
    return new + old


def narrative(rnd: random.Random) -> None:
    val_n = con_n = 0
    for g in text_pool(rnd):
        one = section_one(g["text"])
        if not one:
            continue
        opts = []
        for pat, unit, phr in NARR:
            ms = list(re.finditer(pat, one))
            if len({m.group(1) for m in ms}) == 1 and len(ms) == 1 and len(re.findall(pat, g["text"])) == 1:
                opts.append((ms[0], unit, phr))
        if opts and val_n < 70:
            m, unit, phr = rnd.choice(opts)
            unit = m.group(2) if m.lastindex and m.lastindex >= 2 else unit
            quote = clause_at(one, m.start(), m.end())
            core = rnd.choice(phr)
            if not nameable(g) or rnd.random() < 0.5:
                add(
                    trad(rnd, dress(rnd, core)),
                    {"report": g["id"]},
                    "narrative",
                    False,
                    {"value": int(m.group(1)), "unit": unit},
                    source_quote=quote,
                )
            else:
                nm, ab = name(rnd, g)
                add(
                    trad(rnd, dress(rnd, f"{nm}{year_text(rnd, g['year'])}" + core)),
                    {},
                    "narrative",
                    ab,
                    {"value": int(m.group(1)), "unit": unit},
                    source_quote={g["id"]: quote},
                )
            val_n += 1
        # text claims: 政府信息管理 / 平台建设 / 监督保障 first clause
        if con_n < 36:
            heads = [
                ("（三）政府信息管理", ("政府信息管理方面做了哪些工作？", "信息管理这块是怎么做的")),
                ("（四）政府信息公开平台建设", ("平台建设方面有什么举措？", "公开平台建设情况")),
                ("（四）平台建设", ("平台建设方面有什么举措？", "网站和新媒体平台建设情况")),
                ("（五）监督保障", ("监督保障方面是怎么做的？", "监督保障措施有哪些")),
            ]
            heads = [h for h in heads if one.count(h[0]) == 1]
            if heads:
                head, phr = rnd.choice(heads)
                i = one.find(head) + len(head)
                body = one[i : i + 200]
                first = re.split(r"[，。；]", body, maxsplit=1)[0]
                if (
                    6 <= len(first) <= 40
                    and not re.search(r"（[一二三四五六]）|[A-Za-z_“”\"]", first)
                    and g["text"].count(first) == 1
                ):
                    core = rnd.choice(phr)
                    if not nameable(g) or rnd.random() < 0.5:
                        add(
                            dress(rnd, core),
                            {"report": g["id"]},
                            "narrative",
                            False,
                            {"contains": [first]},
                            source_quote=first,
                        )
                    else:
                        nm, ab = name(rnd, g)
                        add(
                            trad(rnd, dress(rnd, f"{nm}{year_text(rnd, g['year'])}" + core)),
                            {},
                            "narrative",
                            ab,
                            {"contains": [first]},
                            source_quote={g["id"]: first},
                        )
                    con_n += 1


def _common(phrase: str) -> bool:
    """A sentence many reports share word for word (templated section 五): asked less often."""
    return sum(phrase in g["text"] for g in REPORTS if g["text"]) > 6


def _pick(rnd: random.Random, phrases: list[str], fresh: bool) -> str | None:
    """One of the phrases, a report's own wording before a templated one (a shared one now and then)."""
    own = [p for p in phrases if not _common(p)]
    if own:
        return rnd.choice(own)
    return rnd.choice(phrases) if phrases and (fresh or rnd.random() < 0.3) else None


PROBLEM_WORDS = ("不够", "有待", "不足", "不高", "还需", "欠缺", "不及时", "单一", "较少", "薄弱", "不到位")


def problems(rnd: random.Random) -> None:
    n = 0
    for g in text_pool(rnd):
        if n >= 48:
            break
        t = g["text"]
        head = re.search(r"[五六]、存在的主要问题[及和]改进(?:情况|措施)", t)
        if not head:
            continue
        end = re.compile(r"[六七]、").search(t, head.end())
        sec = t[head.end() : end.start() if end else len(t)]
        cut = min(
            [x for x in (sec.find("下一步"), sec.find("将从以下方面"), sec.find("改进措施")) if x >= 0] or [len(sec)]
        )
        found = list(re.finditer(r"[一二]是([^；。]{4,40})", sec[:cut]))
        if not found:  # no 「一是」: the first clause that names a shortcoming
            found = [
                c for c in re.finditer(r"([^，；。：]{6,40})", sec[:cut]) if any(w in c.group(1) for w in PROBLEM_WORDS)
            ][:1]
        probs = [c.group(1) for c in found if not re.search(r"[A-Za-z_]", c.group(1))]
        measures = [
            re.sub(r"^(?:下一步|[一二三四五]是)", "", c.group(1))
            for c in re.finditer(r"([^，；。：]{4,40})", sec[cut:])
            if re.search(r"将|加强|完善|丰富|提升|推进|规范", c.group(1))
            and not re.search(r"以下方面|[A-Za-z_]", c.group(1))
        ]
        measures = [x for x in measures if len(x) >= 4]
        fresh = g["set"] in NEW_SETS  # wild10/wild11 are new to every bank: asked whatever their wording
        m = _pick(rnd, probs, fresh)
        k = _pick(rnd, measures, fresh)
        if rnd.random() < 0.5 and m:
            want, qs = (
                m,
                ("存在哪些主要问题？", "工作中有什么不足", "报告里自己承认的问题是什么", "政务公开还存在哪些短板"),
            )
        elif k:
            want, qs = k, ("下一步有什么改进措施？", "准备怎么整改", "改进情况怎么写的", "下步工作打算是什么")
        elif m:
            want, qs = m, ("存在哪些主要问题？", "工作中有什么不足")
        else:
            continue
        core = rnd.choice(qs)
        if not nameable(g) or rnd.random() < 0.45:
            add(dress(rnd, core), {"report": g["id"]}, "problems", False, {"contains": [want]}, source_quote=want)
        else:
            nm, ab = name(rnd, g)
            add(
                trad(rnd, dress(rnd, f"{nm}{year_text(rnd, g['year'])}" + core)),
                {},
                "problems",
                ab,
                {"contains": [want]},
                source_quote={g["id"]: want},
            )
        n += 1


# ---------------------------------------------------------------- refusals

NOT_SAID = (
    (("预算", "经费"), ("信息公开工作经费预算是多少？", "今年政务公开花了多少钱", "政务公开专项经费有多少万元")),
    (
        ("专职", "兼职", "编制", "名工作人员", "人员"),
        ("负责信息公开的工作人员有几个？", "信息公开专职人员编制数是多少"),
    ),
    (("年龄", "岁"), ("申请人的平均年龄是多少？", "申请人里60岁以上的有几个")),
    (("女性", "性别", "男性"), ("申请人中女性占多少？", "男女申请人各多少")),
    (("12345",), ("12345热线转来的诉求有多少件？",)),
    (("工作日", "平均", "天"), ("平均多少个工作日答复一件申请？", "答复申请平均用时几天")),
    (("访问量", "浏览量", "点击", "访问"), ("政府网站全年访问量是多少？", "信息公开专栏浏览量多少")),
    (("排名", "名次", "第一名"), ("政务公开考核排名第几？", "在全市政务公开考评中排第几名")),
    (("信函",), ("通过信函提交的申请有几件？",)),
    (("当面",), ("当面提交的申请有多少件？",)),
    (("满意度", "满意"), ("群众满意度是多少？",)),
    (("外国", "境外", "港澳"), ("境外申请人提了几件申请？", "港澳台申请人有几件申请")),
    (("新闻发布会", "发布会"), ("召开了几场新闻发布会？",)),
    (("微博",), ("政务微博有多少粉丝？", "微博发了多少条")),
)


def refusals(rnd: random.Random) -> None:
    n = 0
    for g in text_pool(rnd):
        if n >= 62:
            break
        topic = rnd.choice(NOT_SAID)
        words, qs = topic
        if any(w in g["text"] for w in words):
            continue
        core = rnd.choice(qs)
        if not nameable(g) or rnd.random() < 0.4:
            add(
                dress(rnd, core),
                {"report": g["id"]},
                "unanswerable",
                False,
                {"refuse": True},
                note=f"asked as value; the text has none of {'/'.join(words)}",
            )
        else:
            nm, ab = name(rnd, g)
            add(
                trad(rnd, dress(rnd, f"{nm}{year_text(rnd, g['year'])}" + core)),
                {},
                "unanswerable",
                ab,
                {"refuse": True},
                note=f"asked as value; the text has none of {'/'.join(words)}",
            )
        n += 1
    # a year the store does not hold for a body it holds
    held = defaultdict(set)
    for g in REPORTS:
        held[g["agency"]].add(g["year"])
    ags = [a for a in AGENCIES if len(held[a]) >= 1]
    rnd.shuffle(ags)
    for a in ags[:26]:
        years = sorted(held[a])
        y = rnd.choice((years[0] - 1, years[-1] + 1, years[0] - 2))
        if y in held[a] or y > 2025:
            y = years[0] - 3
        g = next(x for x in REPORTS if x["agency"] == a)
        nm, ab = name(rnd, g)
        key = rnd.choice(("new", "r1", "rv", "r7"))
        label = rnd.choice(MEASURES[key][1])
        add(
            trad(rnd, dress(rnd, f"{nm}{y}年{label}有多少？")),
            {},
            "unanswerable",
            ab,
            {"refuse": True},
            note=f"asked as value; the store holds {a} only for {', '.join(map(str, years))}",
        )
    # a body the store does not hold (the parent city's own department / government)
    made = 0
    for a in AGENCIES:
        m = re.match(r"^(.{2,4}?市)(.{1,5}?[区县])(.+?(局|人民政府))$", a)
        if not m or re.search(r"镇|乡|街道", m.group(3)):
            continue
        parent = m.group(1) + m.group(3)
        if any(parent in other or other == parent for other in AGENCIES):
            continue
        g = next(x for x in REPORTS if x["agency"] == a)
        if rnd.random() < 0.55 and made < 34:
            key = rnd.choice(("new", "r1", "rv"))
            add(
                dress(rnd, f"{parent}{g['year']}年{rnd.choice(MEASURES[key][1])}是多少？"),
                {},
                "unanswerable",
                False,
                {"refuse": True},
                note=f"asked as value; {parent} is not in the store ({a} is)",
            )
            made += 1
    # a cell of the other template
    pool21 = [
        g
        for g in REPORTS
        if readable(g) and g["template"] == "GF2021" and g["text"] and not re.search(r"采购|对外公开总数", g["text"])
    ]
    pool19 = [
        g
        for g in REPORTS
        if readable(g) and g["template"] == "GF2019" and g["text"] and not re.search(r"废止|收费金额|逾期", g["text"])
    ]
    rnd.shuffle(pool21)
    rnd.shuffle(pool19)
    for g in pool21[:14]:
        q = rnd.choice(
            ("政府集中采购的采购总金额是多少？", "政府集中采购项目数量有几个", "规章和规范性文件累计对外公开总数是多少")
        )
        if not nameable(g) or rnd.random() < 0.5:
            add(
                dress(rnd, q),
                {"report": g["id"]},
                "unanswerable",
                False,
                {"refuse": True},
                note="asked as value; a GF2019 row asked of a GF2021 report",
            )
        else:
            nm, ab = name(rnd, g)
            add(
                dress(rnd, f"{nm}{g['year']}年" + q),
                {},
                "unanswerable",
                ab,
                {"refuse": True},
                note="asked as value; a GF2019 row asked of a GF2021 report",
            )
    for g in pool19[:14]:
        q = rnd.choice(
            (
                "本年废止的规范性文件有几件？",
                "行政事业性收费的本年收费金额是多少万元",
                "其他处理里申请人逾期未按收费通知要求缴纳费用的有几件",
            )
        )
        if not nameable(g) or rnd.random() < 0.5:
            add(
                dress(rnd, q),
                {"report": g["id"]},
                "unanswerable",
                False,
                {"refuse": True},
                note="asked as value; a GF2021 row asked of a GF2019 report",
            )
        else:
            nm, ab = name(rnd, g)
            add(
                dress(rnd, f"{nm}{g['year']}年" + q),
                {},
                "unanswerable",
                ab,
                {"refuse": True},
                note="asked as value; a GF2021 row asked of a GF2019 report",
            )
    # a table cell of a LEGACY report (no standard tables), asked of what its text does not state
    for g in sorted((g for g in REPORTS if g["template"] == "LEGACY" and g["text"]), key=lambda g: g["id"]):
        for word, q in (
            ("部分公开", "表三里部分公开的申请有几件？"),
            ("信访", "不予处理中属于信访举报投诉类的有几件？"),
            ("法律服务机构", "法律服务机构提了几件申请？"),
        ):
            if word not in g["text"]:
                add(
                    dress(rnd, q),
                    {"report": g["id"]},
                    "unanswerable",
                    False,
                    {"refuse": True},
                    note="asked as value; a LEGACY report has no standard table and its text does not say it",
                )
                break


def main() -> None:
    rnd = random.Random(SEED)
    value_questions(rnd)
    list_questions(rnd)
    compare_questions(rnd)
    change_trend_questions(rnd)
    rank_sum_which(rnd)
    share_ratio(rnd)
    consistency(rnd)
    narrative(rnd)
    problems(rnd)
    refusals(rnd)
    seen: set[str] = set()
    out = []
    for it in ITEMS:
        key = it["q"] + json.dumps(it["scope"], ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    lines = []
    for i, it in enumerate(out, 1):
        lines.append(json.dumps({"id": f"v{i:04d}", **it}, ensure_ascii=False))
    (HERE / "blindv.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(out), dict(sorted(Counter(it["intent"] for it in out).items())))


if __name__ == "__main__":
    main()
