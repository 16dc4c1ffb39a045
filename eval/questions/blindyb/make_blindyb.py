"""Write blindyb.jsonl (held-out blind bank over eval/wild … eval/wild25) from the gold and the reports' text.

    PYTHONPATH=. python3 eval/questions/blindyb/make_blindyb.py

Deterministic: one seeded Random, every iteration over sorted lists; identical bytes on every run.
Every item is validated here: values re-summed from the gold cells, quotes found in the report's text."""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindyb.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 26))]
RNG = random.Random(20261206)

# ---------------------------------------------------------------- gold
GOLD: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_set"] = s
        g["_dir"] = ROOT / "eval" / s
        GOLD[g["id"]] = g
        SET_OF[g["id"]] = s
IDS = sorted(GOLD)
AY = Counter((g["agency"], g["year"]) for g in GOLD.values())
AGENCIES = sorted({g["agency"] for g in GOLD.values()})
YEARS_OF: dict[str, set] = defaultdict(set)
for g in GOLD.values():
    YEARS_OF[g["agency"]].add(g["year"])


def unique(g) -> bool:
    return AY[(g["agency"], g["year"])] == 1


def readable(g, table: str) -> bool:
    """tables readable from the gold: a template with tables, recoverable, no finding in that table."""
    if g["template"] not in ("GF2019", "GF2021") or not g["tables_recoverable"] or not unique(g):
        return False
    return not any(x["where"].startswith(table) for x in g["findings"])


def cell(g, key: str):
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def cells_ok(g, keys) -> bool:
    return all(readable(g, k.split(".")[0]) and isinstance(cell(g, k), (int, float)) for k in keys)


def total(g, keys):
    v = sum(cell(g, k) for k in keys)
    return round(v, 4) if isinstance(v, float) else v


def province(g) -> str:
    return re.match(r"(.+?(?:省|自治区|市))", g["region"]).group(1)


def city(g) -> str | None:
    rest = g["region"][len(province(g)):]
    m = re.match(r"(.+?市)", rest) or re.match(r"(.+?(?:自治州|州|盟|地区))", rest)
    return m.group(1) if m and province(g) not in ("北京市", "上海市", "天津市", "重庆市") else None


# ---------------------------------------------------------------- text
def _decode(b: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


_TEXT: dict[str, str | None] = {}


def text_of(g) -> str | None:
    """The report's text, whitespace removed (tags stripped); None for formats not read here."""
    if g["id"] in _TEXT:
        return _TEXT[g["id"]]
    p = g["_dir"] / g["file"]
    ext = p.suffix.lower()
    t = None
    try:
        if ext == ".pdf" and g["format"] == "pdf":
            t = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, check=True).stdout.decode(
                "utf-8", "replace"
            )
        elif ext in (".html", ".htm"):
            t = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", _decode(p.read_bytes()))))
        elif ext == ".docx":
            with zipfile.ZipFile(p) as z:
                t = html.unescape(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
        elif ext in (".txt", ".md"):
            t = html.unescape(re.sub(r"<[^>]+>", "", _decode(p.read_bytes())))
    except Exception:  # noqa: BLE001 — a report we cannot read is simply not used for text
        t = None
    _TEXT[g["id"]] = re.sub(r"\s+", "", t) if t else None
    return _TEXT[g["id"]]


def has_quote(g, q: str) -> bool:
    t = text_of(g)
    return bool(t) and re.sub(r"\s+", "", q) in t


NARR = {  # name → (pattern over the squashed text, unit group or unit, user words)
    "zdgk": (r"主动公开(?:政府信息|各类信息|各类政府信息|信息)共?(\d+)(条)", "主动公开的信息"),
    "jiedu": (r"政策解读(?:材料|稿件|信息|文章)?共?(\d+)(篇|条|件)", "政策解读"),
    "peixun": (r"(?:开展|组织|举办)[^，。；]{0,10}培训(?:会|活动)?共?(\d+)(次|场|期)", "培训"),
    "xmt": (r"政务新媒体(?:账号|平台)?共?(\d+)(个)", "政务新媒体"),
    "wangzhan": (r"(?:门户网站|政府网站)(?:发布|公开|更新)(?:各类)?(?:政务|政府)?(?:信息)?共?(\d+)(条)", "网站发布的信息"),
    "gzh": (r"(?:微信公众号|公众号)(?:发布|推送)(?:各类)?(?:政务)?信息共?(\d+)(条)", "公众号发布的信息"),
    "jianyi": (r"(?:人大代表建议|人大建议)共?(\d+)(件)", "人大代表建议"),
    "tian": (r"(?:政协委员提案|政协提案)共?(\d+)(件)", "政协提案"),
    "apps": (r"(?:共|全年共|全年|本年度共|年度内共)(?:收到|受理|接收)(?:政府信息公开申请|依申请公开申请|信息公开申请|申请)共?(\d+)(件)", "收到的申请"),
}


def narr(g, name):
    """(value, unit, quote) when the pattern matches exactly once with one number."""
    t = text_of(g)
    if not t:
        return None
    pat = NARR[name][0]
    ms = list(re.finditer(pat, t))
    if len(ms) != 1:
        return None
    v = int(ms[0].group(1))
    if 2010 <= v <= 2030 or len(ms[0].group(1)) > 1 and ms[0].group(1).startswith("0"):
        return None
    return v, ms[0].group(2), ms[0].group(0)


# ---------------------------------------------------------------- names, years, dress
ABBR = [
    ("人力资源和社会保障局", "人社局"), ("住房和城乡建设局", "住建局"), ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"), ("卫生和计划生育局", "卫计局"),
    ("发展和改革委员会", "发改委"), ("发展和改革局", "发改局"), ("医疗保障局", "医保局"), ("交通运输局", "交通局"),
    ("自然资源和规划局", "自规局"), ("生态环境局", "环保局"), ("人民政府办公室", "政府办"), ("农业农村局", "农业局"),
    ("科学技术局", "科技局"), ("应急管理局", "应急局"), ("退役军人事务局", "退役军人局"), ("城市管理和综合执法局", "城管局"),
    ("城市管理综合行政执法局", "城管局"), ("文化广电体育和旅游局", "文旅局"), ("文化广电和旅游局", "文旅局"),
    ("文化和旅游局", "文旅局"), ("教育体育局", "教体局"), ("人民政府", "政府"),
]


def county(g) -> str | None:
    rest = g["region"][len(province(g)) + len(city(g) or ""):]
    m = re.match(r"(.+?(?:自治县|自治旗|区|县|市|旗))", rest)
    return m.group(1) if m else None


def forms(g) -> dict[str, str]:
    """full / short (province, city dropped before a county) / nick (区县 suffix dropped, department abbreviated)."""
    a = g["agency"]
    out = {"full": a}
    s = a
    ct = county(g)
    for pre in (province(g), city(g) or ""):
        if pre and s.startswith(pre) and ct and s[len(pre):].startswith(ct) and len(s) - len(pre) >= 4:
            s = s[len(pre):]
    if s != a:
        out["short"] = s
    n = s
    for long, short in ABBR:
        if n.endswith(long):
            n = n[: -len(long)] + short
            break
    if (ct and g["level"] in ("县级部门", "县级政府") and n.startswith(ct) and re.fullmatch(r"..+?[区县]", ct)
            and "自治" not in ct and not n.endswith(("政府", "政府办"))):
        n = ct[:-1] + n[len(ct):]
    if n not in (a, s):
        out["nick"] = n
    return {k: v for k, v in out.items() if k == "full" or name_unique(v, a)}


def name_unique(name: str, agency: str) -> bool:
    """no other stored agency contains the name, and the name names a place (not a bare department)."""
    return (all(name not in other for other in AGENCIES if other != agency) and len(name) >= 4
            and not any(name.startswith(d) for d in ("市场", "人社", "住建", "卫健", "发改", "医保", "交通", "自规", "环保",
                                                     "政府", "农业", "科技", "应急", "城管", "文旅", "教体", "民政", "司法",
                                                     "财政", "教育", "统计", "审计", "商务", "公安", "水利", "林业")))


CN = dict(zip("0123456789", "〇一二三四五六七八九"))


def yr(y: int, style: str) -> str:
    if style == "yy":
        return f"{y % 100}年"
    if style == "cn":
        return "".join(CN[c] for c in str(y)) + "年"
    if style == "cn0":
        return "".join(CN[c] for c in str(y)).replace("〇", "零") + "年"
    if style == "nd":
        return f"{y}年度"
    return f"{y}年"


TRAD = dict(
    zip(
        "请开议诉讼复处决数县区门们里么个这说报总计驳维纠应审结转办销费规范现书发废许罚强执时间业机构务组织员卫为会乡镇几长东广苏闽辽贵宁庆阳华兴丰云汉万条证对实际关于与没还给两专从经过后问题产农环护资设场监统财医疗劳动学术体游吗呢该单们让",
        "請開議訴訟復處決數縣區門們裡麼個這說報總計駁維糾應審結轉辦銷費規範現書發廢許罰強執時間業機構務組織員衛為會鄉鎮幾長東廣蘇閩遼貴寧慶陽華興豐雲漢萬條證對實際關於與沒還給兩專從經過後問題產農環護資設場監統財醫療勞動學術體遊嗎呢該單們讓",
    )
)


def trad(s: str) -> str:
    return "".join(TRAD.get(c, c) for c in s)


TYPO = [("申请", "申清"), ("复议", "复义"), ("诉讼", "诉松"), ("处罚", "处发"), ("许可", "许科"), ("结转", "接转"),
        ("维持", "维是"), ("部分", "不分"), ("公开", "公凯"), ("规范性", "规范行"), ("企业", "企叶"), ("收费", "收废")]


def typo(s: str) -> str | None:
    for a, b in TYPO:
        if a in s:
            return s.replace(a, b, 1)
    return None


def voice(s: str) -> str:
    s = re.sub(r"[，。？！、,.?!]", " ", s).strip()
    return RNG.choice(["嗯 ", "那个 ", "就是 ", "呃 ", ""]) + re.sub(r"\s+", " ", s) + RNG.choice([" 啊", " 呢", "", " 来着"])


def dress(q: str, mode: str) -> tuple[str, str]:
    if mode == "trad":
        return trad(q), "trad"
    if mode == "typo":
        t = typo(q)
        return (t, "typo") if t else (q, "plain")
    if mode == "voice":
        return voice(q), "voice"
    if mode == "filler":
        return RNG.choice(["ok 再问下 ", "好的 那", "麻烦问下，", "请教一下：", "嗯 "]) + q, "filler"
    return q, "plain"


MODES = ["plain"] * 10 + ["voice"] * 3 + ["typo"] * 2 + ["trad"] * 2 + ["filler"] * 3


# ---------------------------------------------------------------- picking reports
W = {s: (0.33 if s == "wild25" else 0.15 if s == "wild24" else 0.52 / 23) for s in SETS}  # groups and text items dilute them
BY_SET = {s: [i for i in IDS if SET_OF[i] == s] for s in SETS}


def pick_report(ok) -> dict:
    for _ in range(400):
        s = RNG.choices(SETS, weights=[W[x] for x in SETS])[0]
        cands = [GOLD[i] for i in BY_SET[s] if ok(GOLD[i])]
        if cands:
            return RNG.choice(cands)
    raise RuntimeError("no report")


USED: Counter = Counter()


def pick_fresh(ok) -> dict:
    """prefer a report not used yet (spread)."""
    for _ in range(6):
        g = pick_report(ok)
        if USED[g["id"]] == 0:
            break
    USED[g["id"]] += 1
    return g


# ---------------------------------------------------------------- cell specs (everyday names)
COLS = {"np": "自然人", "biz": "企业", "sci": "科研机构", "npo": "公益组织", "law": "律所等法律服务机构", "oth": "其他申请人"}
R3 = {1: "涉及国家秘密", 2: "法律法规禁止公开", 3: "危及三安全一稳定", 4: "保护第三方合法权益", 5: "内部事务信息",
      6: "过程性信息", 7: "行政执法案卷", 8: "行政查询事项"}
R4 = {1: "本机关不掌握", 2: "没有现成信息需要另行制作", 3: "补正后申请内容仍不明确"}
R5 = {1: "信访举报投诉类", 2: "重复申请", 3: "要求提供公开出版物", 4: "无正当理由大量反复申请", 5: "要求确认或重新出具已获取信息"}
R6 = {1: "申请人逾期不补正", 2: "逾期不缴费", 3: "其他情形"}

# (name, keys, unit, templates, phrasings — {w} = who/when)
SPECS: list[tuple] = []


def spec(name, keys, unit, tpl, *ph):
    SPECS.append((name, keys, unit, tpl, ph))


B = ("GF2019", "GF2021")
spec("t2 规章 制发", ["t2.reg.made"], "件", ("GF2021",), "{w}出了几件规章", "{w}新制定的规章有多少件")
spec("t2 规章 废止", ["t2.reg.repealed"], "件", ("GF2021",), "{w}废了几个规章", "{w}规章废止了几件")
spec("t2 规章 现行有效", ["t2.reg.valid"], "件", ("GF2021",), "{w}现在还有效的规章有多少件")
spec("t2 规范性文件 制发", ["t2.norm.made"], "件", ("GF2021",), "{w}发了多少个红头规范性文件", "{w}新制发规范性文件几件")
spec("t2 规范性文件 废止", ["t2.norm.repealed"], "件", ("GF2021",), "{w}清理废止了几件规范性文件", "{w}废掉的规范性文件有几个")
spec("t2 规范性文件 现行有效", ["t2.norm.valid"], "件", ("GF2021",), "{w}现行有效的规范性文件一共多少件", "{w}手上还在用的规范性文件有几件")
spec("t2 许可", ["t2.license.decisions"], "件", B, "{w}批了多少件行政许可", "{w}行政许可处理决定有多少")
spec("t2 处罚", ["t2.penalty.decisions"], "件", B, "{w}罚了多少次 行政处罚决定数", "{w}作出的行政处罚有几件")
spec("t2 强制", ["t2.coercion.decisions"], "件", B, "{w}行政强制做了几件", "{w}采取行政强制措施的决定有多少")
spec("t2 收费金额", ["t2.fee.amount_wan"], "万元", ("GF2021",), "{w}行政事业性收费收了多少钱", "{w}收费金额是多少万")
spec("t2 规章 新制作", ["t2.reg.new_made"], "件", ("GF2019",), "{w}新制作了几件规章")
spec("t2 规范性文件 新公开", ["t2.norm.new_public"], "件", ("GF2019",), "{w}新公开的规范性文件是几件")
spec("t2 规范性文件 对外公开总数", ["t2.norm.total_public"], "件", ("GF2019",), "{w}规范性文件对外公开总数量多少")
spec("t2 采购 项目数", ["t2.procurement.items"], None, ("GF2019",), "{w}政府集中采购有几个项目")
spec("t2 采购 金额", ["t2.procurement.amount"], "万元", ("GF2019",), "{w}集中采购总共花了多少万")
spec("t3 新收", ["t3.new.tot"], "件", B, "{w}一共接到多少个信息公开申请", "{w}新收了几件依申请")
spec("t3 上年结转", ["t3.carry_in.tot"], "件", B, "{w}从上一年转过来没办完的有几件")
spec("t3 结转下年", ["t3.carry_out.tot"], "件", B, "{w}有几件要拖到下一年继续办", "{w}结转到下年度的申请多少")
spec("t3 予以公开", ["t3.r1.tot"], "件", B, "{w}全部公开的申请有几件", "{w}同意公开的多少件")
spec("t3 部分公开", ["t3.r2.tot"], "件", B, "{w}只公开了一部分的有几件")
spec("t3 不予公开", [f"t3.r3_{i}.tot" for i in range(1, 9)], "件", B, "{w}拒绝公开的一共多少件", "{w}不予公开加起来几件")
for i, w in R3.items():
    spec(f"t3 不予公开 {i}", [f"t3.r3_{i}.tot"], "件", B, "{w}因为" + w + "不予公开的有几件")
spec("t3 无法提供", [f"t3.r4_{i}.tot" for i in range(1, 4)], "件", B, "{w}无法提供的总共几件")
for i, w in R4.items():
    spec(f"t3 无法提供 {i}", [f"t3.r4_{i}.tot"], "件", B, "{w}" + w + "所以给不了的有几件")
spec("t3 不予处理", [f"t3.r5_{i}.tot" for i in range(1, 6)], "件", B, "{w}不予处理的申请合计多少")
for i, w in R5.items():
    spec(f"t3 不予处理 {i}", [f"t3.r5_{i}.tot"], "件", B, "{w}" + w + "不予处理的有几件")
spec("t3 其他处理 GF2019", ["t3.r6.tot"], "件", ("GF2019",), "{w}其他处理的有几件")
spec("t3 其他处理", [f"t3.r6_{i}.tot" for i in range(1, 4)], "件", ("GF2021",), "{w}按其他处理办结的一共几件")
for i, w in R6.items():
    spec(f"t3 其他处理 {i}", [f"t3.r6_{i}.tot"], "件", ("GF2021",), "{w}因" + w + "其他处理的几件")
spec("t3 总计", ["t3.r7.tot"], "件", B, "{w}办结的申请总数是多少", "{w}表三办理结果总计多少")
for c, w in COLS.items():
    spec(f"t3 新收 {c}", [f"t3.new.{c}"], "件", B, "{w}" + w + "申请了几件", "{w}收到的申请里" + w + "提的有多少")
spec("t3 法人或其他组织", [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")], "件", B,
     "{w}法人和其他组织一共申请了几件")
spec("t3 予以公开 自然人", ["t3.r1.np"], "件", B, "{w}老百姓个人申请的里面全部公开了几件")
spec("t3 不掌握 企业", ["t3.r4_1.biz"], "件", B, "{w}企业申请的因为不掌握给不了的几件")
for grp, gw in (("rv", "行政复议"), ("ld", "没经过复议直接起诉的行政诉讼"), ("lr", "复议以后又起诉的")):
    for k, kw in (("keep", "维持"), ("fix", "被纠正"), ("other", "其他结果"), ("pend", "还没审结"), ("tot", "总共")):
        spec(f"t4 {grp}.{k}", [f"t4.{grp}.{k}"], "件", B, "{w}" + gw + kw + "的有几件")
spec("t4 诉讼合计", ["t4.ld.tot", "t4.lr.tot"], "件", B, "{w}因为信息公开被告了几次 行政诉讼加起来")
spec("t4 复议 口语", ["t4.rv.tot"], "件", B, "{w}有人申请复议吗 几件")

# ---------------------------------------------------------------- items
ITEMS: list[dict] = []
CHAIN_N = [0]


def who(g, kind=None) -> tuple[str, bool]:
    f = forms(g)
    k = kind or RNG.choice(sorted(f))
    return f.get(k, f["full"]), k != "full"


def year_words(g) -> str:
    return yr(g["year"], RNG.choice(["plain", "plain", "yy", "yy", "cn", "cn0", "nd"]))


def add(q, *, scope=None, intent, expect, cells=(), calc=None, style=None, persona, kind, phrasing, sets, chain=None,
        previous=None, source_quote=None, note=None, abbreviated=False):
    it = {"q": q, "scope": {"report": scope} if scope else {}}
    if previous:
        it["previous"] = previous
    it["intent"] = intent
    it["style"] = style or ("abbreviated" if abbreviated else "colloquial")
    it["expect"] = expect
    if cells:
        it["cells"] = list(cells)
    if calc:
        it["calc"] = calc
    if source_quote:
        it["source_quote"] = source_quote
    if note:
        it["note"] = note
    it.update({"persona": persona, "kind": kind, "phrasing": phrasing, "sets": sorted(set(sets))})
    if chain:
        it["chain"] = chain
    ITEMS.append(it)
    return it


def fill(ph: str, g, scoped: bool, name_kind=None) -> tuple[str, bool]:
    if scoped:
        w = RNG.choice(["今年", "本年度", "", "这份报告里", "这家"])
        return ph.replace("{w}", w), False
    n, ab = who(g, name_kind)
    return ph.replace("{w}", n + year_words(g)), ab


# ---- A: everyday values over the whole template (~105)
VAL_PERSONAS = ["clerk"] * 5 + ["citizen"] * 4 + ["lawyer"] * 3 + ["company"] * 2 + ["reporter"] * 2


def persona_for_spec(name):
    if name.startswith("t4") or "不予公开" in name or "无法提供" in name:
        return RNG.choice(["lawyer", "lawyer", "citizen", "clerk"])
    if "企业" in name or "biz" in name or "许可" in name or "处罚" in name or "收费" in name:
        return RNG.choice(["company", "company", "reporter", "clerk"])
    return RNG.choice(VAL_PERSONAS)


order = list(range(len(SPECS)))
RNG.shuffle(order)
picks = (order * 3)[:105]
for si in picks:
    name, keys, unit, tpl, ph = SPECS[si]
    g = pick_fresh(lambda g, keys=keys, tpl=tpl: g["template"] in tpl and cells_ok(g, keys))
    scoped = RNG.random() < 0.4
    q, ab = fill(RNG.choice(ph), g, scoped)
    q, mode = dress(q + RNG.choice(["？", "?", "", "。"]), RNG.choice(MODES))
    add(q, scope=g["id"] if scoped else None, intent="value", expect={"value": total(g, keys), "unit": unit},
        cells=keys if scoped else [f"{g['id']}:{k}" if not scoped else k for k in keys],
        abbreviated=ab, persona=persona_for_spec(name), kind="value: " + name, phrasing=mode, sets=[g["_set"]],
        note=None if len(keys) == 1 else "subtotal = sum of its cells")

# ---- B: groups of bodies (~75)
LEVEL_WORDS = {
    "县级部门": ["县里的部门", "区县的局委办", "县级部门", "区县部门"],
    "县级政府": ["县区政府", "区县人民政府", "县级政府"],
    "乡镇": ["镇街", "乡镇", "乡镇政府"],
    "市级部门": ["市直部门", "市里的局"],
    "省级部门": ["省里的厅局", "省直部门"],
    "市级政府": ["市本级", "市政府"],
}
PROV_SHORT = {"湖南省": "湖南", "浙江省": "浙江", "江西省": "江西", "四川省": "四川", "福建省": "福建", "江苏省": "江苏",
              "广东省": "广东", "河北省": "河北", "山西省": "山西", "辽宁省": "辽宁", "贵州省": "贵州",
              "广西壮族自治区": "广西", "安徽省": "安徽", "湖北省": "湖北", "山东省": "山东", "河南省": "河南"}
GROUPS: dict[tuple, list] = defaultdict(list)
for i in IDS:
    g = GOLD[i]
    GROUPS[(province(g), g["level"], g["year"])].append(g)
MEASURES = [  # (name, keys, words, unit)
    ("new", ["t3.new.tot"], "收到的信息公开申请", "件"),
    ("r1", ["t3.r1.tot"], "予以公开的申请", "件"),
    ("rv", ["t4.rv.tot"], "行政复议案件", "件"),
    ("lit", ["t4.ld.tot", "t4.lr.tot"], "行政诉讼案件", "件"),
    ("license", ["t2.license.decisions"], "行政许可决定", "件"),
    ("penalty", ["t2.penalty.decisions"], "行政处罚决定", "件"),
    ("r4", ["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"], "无法提供的申请", "件"),
]


def group_ok(gs, keys) -> bool:
    return len(gs) >= 2 and all(cells_ok(g, keys) for g in gs)


def gname(key):
    p, lv, y = key
    return PROV_SHORT.get(p, p), RNG.choice(LEVEL_WORDS[lv]), y


def group_q(key, m, form, lead=""):
    """one group question: returns (q, expect, cells, calc, intent, kind) or None."""
    gs = sorted(GROUPS[key], key=lambda g: g["id"])
    mname, keys, words, unit = m
    if form != "count" and not group_ok(gs, keys):
        return None
    if form == "count" and not (len(gs) >= 2 and all(readable(g, "t3") for g in gs)):
        return None
    p, lw, y = gname(key)
    ys = yr(y, RNG.choice(["plain", "yy", "plain", "cn"]))
    vals = {g["id"]: total(g, keys) for g in gs} if form != "count" else {}
    cells = [f"{g['id']}:{k}" for g in gs for k in keys]
    if form == "count":
        q = RNG.choice([f"{p}{ys}{lw}的年报库里有几份", f"库里{p}{lw}{ys}的报告一共多少家", f"{ys}{p}的{lw}收录了几个单位的年报"])
        return q, {"value": len(gs), "unit": "份"}, [], None, "which_reports", "group: count of reports"
    if form == "sum":
        q = RNG.choice([f"{p}{lw}{ys}{words}加起来一共多少", f"{ys}{p}{lw}合计{words}多少件", f"把{p}{ys}{lw}的{words}全部加一起是多少"])
        return q, {"value": sum(vals.values()), "unit": unit}, cells, None, "sum", "group: sum"
    if form == "avg":
        s = sum(vals.values())
        q = RNG.choice([f"{p}{ys}{lw}平均每家{words}多少", f"{p}{lw}{ys}{words}平均下来一家几件"])
        calc = "(" + "+".join("{" + c + "}" for c in cells) + f")/{len(gs)}"
        return q, {"value": round(s / len(gs), 4), "unit": unit, "tol": 0.05}, cells, calc, "ratio", "group: average"
    if form == "share0":
        z = sum(v == 0 for v in vals.values())
        q = RNG.choice([f"{p}{ys}{lw}里有百分之多少的单位{words}是0", f"{ys}{p}{lw}{words}为零的占几成 按百分比说"])
        if mname == "new":
            q = RNG.choice([f"{p}{ys}{lw}有百分之多少的单位零申请", f"{ys}{p}{lw}一件申请都没收到的占比多少"])
        calc = f"100*{z}/{len(gs)}"
        return q, {"value": round(100 * z / len(gs), 4), "unit": "%", "tol": 0.05}, cells, calc, "share", "group: share of reports"
    if form in ("top1", "top3"):
        srt = sorted(vals, key=lambda i: (-vals[i], i))
        n = 1 if form == "top1" else 3
        if len(srt) <= n or vals[srt[n - 1]] == vals[srt[n]] or (n == 3 and len(gs) < 4):
            return None
        if n == 1:
            q = RNG.choice([f"{p}{ys}{lw}里谁的{words}最多", f"{ys}{p}{lw}{words}最多的是哪家"])
        else:
            q = RNG.choice([f"{p}{ys}{lw}{words}前三名是谁 各多少", f"{ys}{p}{lw}按{words}排个前三"])
        return (q, {"values": {i: vals[i] for i in srt[:n]}, "unit": unit, "order": srt[:n]}, cells, None, "rank",
                f"group: top-{n}")
    if form == "list":
        q = RNG.choice([f"{p}{ys}{lw}每家的{words}分别是多少", f"列一下{ys}{p}{lw}各单位{words}"])
        return q, {"values": vals, "unit": unit}, cells, None, "list", "group: list"
    if form == "which":
        rs = sorted(i for i, v in vals.items() if v > 0)
        if not rs or len(rs) == len(vals):
            return None
        q = RNG.choice([f"{p}{ys}{lw}哪几家有{words}", f"{ys}{p}{lw}里{words}不为零的是哪些单位"])
        return q, {"reports": rs}, cells, None, "which_reports", "group: which bodies"
    return None


GKEYS = sorted(GROUPS, key=lambda k: (k[0], k[1], k[2]))
FORMS = ["count", "sum", "sum", "avg", "avg", "share0", "top1", "top3", "list", "which"]
FORMS_FOR = {"share0": ["new", "rv", "penalty"], "which": ["rv", "lit", "r4", "penalty"]}


def group_persona(form):
    return RNG.choice({"count": ["student", "reporter"], "sum": ["supervisor", "student"], "avg": ["student", "supervisor"],
                       "share0": ["reporter", "student"], "top1": ["reporter", "supervisor"], "top3": ["reporter"],
                       "list": ["supervisor"], "which": ["supervisor", "lawyer"]}[form])


def group_sets(gs):
    return [g["_set"] for g in gs]


n_b = 0
tries = 0
single_target, follow_target = 45, 15  # 45 single + 15 two-turn pairs = 75
while n_b < single_target and tries < 5000:
    tries += 1
    key = RNG.choice(GKEYS)
    form = RNG.choice(FORMS)
    ms = [m for m in MEASURES if m[0] in FORMS_FOR.get(form, [m[0] for m in MEASURES])]
    m = RNG.choice(ms)
    r = group_q(key, m, form)
    if not r:
        continue
    q, exp, cells, calc, intent, kind = r
    q, mode = dress(q, RNG.choice(MODES))
    add(q, intent=intent, expect=exp, cells=cells, calc=calc, persona=group_persona(form), kind=kind, phrasing=mode,
        sets=group_sets(GROUPS[key]), note=f"{key[0]} × {key[1]} × {key[2]} (gold region, level, year); every report of the group counted")
    n_b += 1

# two-turn: change ONE thing
n_f = 0
tries = 0
while n_f < follow_target and tries < 20000:
    tries += 1
    key = RNG.choice(GKEYS)
    form = RNG.choice(["sum", "avg", "count", "top1", "share0", "sum"])
    m = RNG.choice([x for x in MEASURES if x[0] in FORMS_FOR.get(form, [x[0] for x in MEASURES])])
    what = RNG.choice(["year", "place", "level"] if form == "count" else ["year", "place", "level", "measure"])
    if what == "year":
        k2 = next((k for k in GKEYS if k[0] == key[0] and k[1] == key[1] and k[2] != key[2]), None)
        m2 = m
    elif what == "place":
        k2 = next((k for k in GKEYS if k[0] != key[0] and k[1] == key[1] and k[2] == key[2]), None)
        m2 = m
    elif what == "level":
        k2 = next((k for k in GKEYS if k[0] == key[0] and k[1] != key[1] and k[2] == key[2]), None)
        m2 = m
    else:
        k2 = key
        m2 = RNG.choice([x for x in MEASURES if x != m and x[0] in FORMS_FOR.get(form, [x[0] for x in MEASURES])])
    if not k2:
        continue
    st = RNG.getstate()
    r1 = group_q(key, m, form)
    r2 = group_q(k2, m2, form)
    if not r1 or not r2:
        RNG.setstate(st)
        continue
    q1 = r1[0]
    if what == "year":
        q2 = RNG.choice([f"那{yr(k2[2], 'plain')}呢", f"换成{yr(k2[2], 'yy')}呢", f"嗯 {yr(k2[2], 'cn')}的呢"])
    elif what == "place":
        q2 = RNG.choice([f"那{PROV_SHORT.get(k2[0], k2[0])}的呢", f"换成{PROV_SHORT.get(k2[0], k2[0])}看看"])
    elif what == "level":
        q2 = RNG.choice([f"那{LEVEL_WORDS[k2[1]][0]}呢", f"换成{LEVEL_WORDS[k2[1]][-1]}呢"])
    else:
        q2 = RNG.choice([f"那{m2[2]}呢", f"换成{m2[2]}看看"])
    CHAIN_N[0] += 1
    ch = f"ybc{CHAIN_N[0]:02d}"
    _, e2, c2, calc2, intent2, kind2 = r2
    add(q2, previous=q1, intent=intent2, expect=e2, cells=c2, calc=calc2, persona=group_persona(form),
        kind=kind2 + f" (follow-up: {what})", phrasing="followup", sets=group_sets(GROUPS[k2]), chain=ch,
        note=f"after 「{q1}」 ({key[0]}·{key[1]}·{key[2]}): now {k2[0]}·{k2[1]}·{k2[2]}, measure {m2[0]}")
    n_f += 1
    # the first turn is also an item of the chain (2 items per pair, so fewer singles needed)
    _, e1, c1, calc1, intent1, kind1 = r1
    add(q1, intent=intent1, expect=e1, cells=c1, calc=calc1, persona=group_persona(form), kind=kind1,
        phrasing="plain", sets=group_sets(GROUPS[key]), chain=ch)
    ITEMS[-1], ITEMS[-2] = ITEMS[-2], ITEMS[-1]

# ---- C: text and table (~45)
NARR_WORDS = {
    "zdgk": ["正文里说主动公开了多少条信息", "主动公开信息一共多少条"],
    "jiedu": ["政策解读发了多少篇", "解读稿件多少"],
    "peixun": ["搞了几次信息公开培训", "培训开了几场"],
    "xmt": ["政务新媒体有几个号", "新媒体账号几个"],
    "wangzhan": ["网站上发了多少条信息", "门户网站发布信息多少条"],
    "gzh": ["公众号发了多少条", "微信公众号推送信息多少条"],
    "jianyi": ["办了几件人大代表建议", "人大建议多少件"],
    "tian": ["政协提案办了几件", "政协委员提案多少件"],
    "apps": ["正文说收到了多少申请", "文字部分说一共收到几件申请"],
}
cands_c = []
for i in IDS:
    g = GOLD[i]
    if not unique(g) or g["template"] not in ("GF2019", "GF2021"):
        continue
    if g["format"] not in ("pdf", "html", "docx", "txt", "markdown"):
        continue
    for nm in NARR:
        r = narr(g, nm)
        if r:
            cands_c.append((g["id"], nm, r))
RNG.shuffle(cands_c)
per_set_c: Counter = Counter()
per_name_c: Counter = Counter()
c_items = 0
done_c = set()
for gid, nm, (v, unit, quote) in sorted(cands_c, key=lambda x: (SET_OF[x[0]] not in ("wild25", "wild24"), RNG.random())):
    if c_items >= 45:
        break
    g = GOLD[gid]
    if per_name_c[nm] >= 20:
        continue
    if gid in done_c or per_set_c[g["_set"]] >= (8 if g["_set"] == "wild25" else 5 if g["_set"] == "wild24" else 3):
        continue
    form = ("check" if nm == "apps" else RNG.choice(["narr", "two", "ratio", "narr"]) if nm == "zdgk"
            else RNG.choice(["narr", "two"]))
    scoped = RNG.random() < 0.6
    pre, ab = ("", False) if scoped else fill("{w}", g, False)
    persona = RNG.choice(["clerk", "deputy", "reporter", "clerk"])
    if form == "check" and nm == "apps":
        if not cells_ok(g, ["t3.new.tot", "t3.carry_in.tot"]):
            continue
        new, ci = cell(g, "t3.new.tot"), cell(g, "t3.carry_in.tot")
        if v != new:  # the text counts something else (e.g. with 上年结转): ask what the text says
            form = "narr"
        q = RNG.choice([f"{pre}正文里说的收到申请数和表三的新收一样吗", f"{pre}文字里写的申请件数跟表格对得上吗", f"{pre}正文和表里的申请数一致不"])
        exp = {"verdict": "consistent", "checks": ["S2"], "values": {"正文": v, "t3.new.tot": new}}
        cells_ = ["t3.new.tot"]
        intent, kind, calc = "consistency", "text vs table: applications", None
    if form == "check":
        pass
    elif form == "check_":
        continue
    elif form == "ratio":
        if not cells_ok(g, ["t3.new.tot"]) or cell(g, "t3.new.tot") == 0:
            continue
        new = cell(g, "t3.new.tot")
        q = RNG.choice([f"{pre}主动公开的条数是收到申请数的几倍", f"{pre}主动公开信息数除以新收申请数是多少"]) if nm == "zdgk" else None
        if not q:
            continue
        exp = {"value": round(v / new, 4), "unit": "倍", "tol": 0.05}
        cells_ = ["t3.new.tot"]
        calc = f"{v}/{{t3.new.tot}}"
        intent, kind = "ratio", "text vs table: ratio"
    elif form == "two":
        tk = RNG.choice(["t3.new.tot", "t4.rv.tot", "t3.r1.tot", "t2.license.decisions"])
        if not cells_ok(g, [tk]):
            continue
        tw = {"t3.new.tot": "表里新收申请", "t4.rv.tot": "行政复议", "t3.r1.tot": "予以公开", "t2.license.decisions": "行政许可"}[tk]
        q = f"{pre}{RNG.choice(NARR_WORDS[nm])}，还有{tw}几件"
        exp = {"values": {f"正文:{nm}": v, tk: cell(g, tk)}, "unit": None}
        cells_, calc, intent, kind = [tk], None, "list", "text and table: two asks"
    else:
        q = f"{pre}{RNG.choice(NARR_WORDS[nm])}"
        exp = {"value": v, "unit": unit}
        cells_, calc, intent, kind = [], None, "narrative", f"text figure: {nm}"
    q, mode = dress(q + RNG.choice(["？", "", "?"]), RNG.choice(MODES[:14]))
    if not scoped:
        cells_ = [f"{gid}:{k}" for k in cells_]
    add(q, scope=gid if scoped else None, intent=intent, expect=exp, cells=cells_, calc=calc, persona=persona, kind=kind,
        phrasing=mode, sets=[g["_set"]], source_quote=quote if scoped else {gid: quote}, abbreviated=ab,
        note="text figure: the only match in the report of " + NARR[nm][0])
    done_c.add(gid)
    per_name_c[nm] += 1
    per_set_c[g["_set"]] += 1
    c_items += 1

# ---- D: unanswerable (~30)
NOPLACE = [  # (question, words the text must not contain)
    ("信息公开工作经费花了多少钱", ["经费", "预算"]),
    ("有几个专职搞信息公开的人", ["专职", "兼职", "编制", "工作人员", "配备", "人员"]),
    ("申请平均多少天答复", ["平均"]),
    ("申请人里男的女的各多少", ["性别", "男性", "女性"]),
    ("网站全年访问量多少", ["访问量", "浏览量", "点击量", "访问"]),
    ("申请人满意度多少", ["满意"]),
    ("申请人年龄分布怎么样", ["年龄"]),
    ("打电话来咨询的有多少个", ["电话", "热线", "咨询"]),
]
d_n = 0
for qtext, bad in NOPLACE * 2:
    g = pick_fresh(lambda g, bad=bad: unique(g) and text_of(g) and not any(b in text_of(g) for b in bad)
                   and g["template"] != "LEGACY" and g["format"] in ("pdf", "html", "docx", "txt", "markdown"))
    scoped = RNG.random() < 0.5
    pre, ab = ("", False) if scoped else fill("{w}", g, False)
    q, mode = dress(pre + qtext, RNG.choice(MODES))
    add(q, scope=g["id"] if scoped else None, intent="unanswerable", expect={"refuse": True},
        persona=RNG.choice(["citizen", "reporter", "company"]), kind="refuse: no place in the template", phrasing=mode,
        sets=[g["_set"]], abbreviated=ab, note=f"asked as value; the text has none of {'/'.join(bad)}")
    d_n += 1
# other template's cell
for tpl, qtext, bad in (("GF2021", "政府集中采购项目有几个", ["采购"]), ("GF2021", "集中采购总金额多少", ["采购"]),
                        ("GF2019", "行政事业性收费金额是多少万元", ["万元"]), ("GF2019", "规范性文件废止了几件", ["废止"])):
    g = pick_fresh(lambda g, tpl=tpl, bad=bad: g["template"] == tpl and readable(g, "t2") and text_of(g)
                   and not any(b in text_of(g) for b in bad))
    pre, ab = fill("{w}", g, False)
    add(pre + qtext, intent="unanswerable", expect={"refuse": True}, persona="reporter",
        kind="refuse: other template's cell", phrasing="plain", sets=[g["_set"]], abbreviated=ab,
        note=f"asked as value; {tpl} 表二 has no such column, the text has no {'/'.join(bad)}")
    d_n += 1
# year not in the store
for _ in range(5):
    g = pick_fresh(lambda g: unique(g) and len(forms(g)) > 1)
    y = min(YEARS_OF[g["agency"]]) - RNG.choice([2, 3, 4])
    n, ab = who(g)
    q = f"{n}{yr(y, RNG.choice(['plain', 'yy', 'cn']))}收到多少件信息公开申请"
    add(q, intent="unanswerable", expect={"refuse": True}, persona="reporter", kind="refuse: year not in the store",
        phrasing="plain", sets=[g["_set"]], abbreviated=ab, note=f"the store holds {g['agency']} only for {sorted(YEARS_OF[g['agency']])}")
    d_n += 1
# body not in the store: a department of a stored county that the store does not hold
DEPTS = ["档案局", "地方志办公室", "气象局", "烟草专卖局", "机关事务管理局", "供销合作社"]
for _ in range(5):
    g = pick_fresh(lambda g: g["level"] in ("县级部门", "县级政府") and unique(g))
    m = re.match(r"^(.*?(?:区|县|市))", forms(g).get("short", g["agency"]))
    base = m.group(1) if m else None
    if not base:
        continue
    dep = RNG.choice(DEPTS)
    if any(base in a and dep in a for a in AGENCIES):
        continue
    q = f"{base}{dep}{yr(g['year'], 'plain')}的年报里行政复议有几件"
    add(q, intent="unanswerable", expect={"refuse": True}, persona="citizen", kind="refuse: body not in the store",
        phrasing="plain", sets=[g["_set"]], note=f"no stored agency contains both {base} and {dep}")
    d_n += 1

# ---- E: chats of 3–4 turns (~45)
def chat_scoped():
    g = pick_fresh(lambda g: cells_ok(g, ["t3.new.tot", "t3.new.biz", "t4.rv.tot", "t4.rv.fix", "t3.r2.tot"])
                   and cell(g, "t3.new.tot") > 0)
    CHAIN_N[0] += 1
    ch = f"ybc{CHAIN_N[0]:02d}"
    n4 = narr(g, "zdgk") if g["format"] in ("pdf", "html", "docx", "txt", "markdown") else None
    turns = [
        (RNG.choice(["今年一共收到多少申请", "这家今年接了几个公开申请", "本年度新收申请几件"]), "value",
         {"value": cell(g, "t3.new.tot"), "unit": "件"}, ["t3.new.tot"], None),
        (RNG.choice(["其中企业申请的呢", "那公司提的有几件", "企业来申请的多少"]), "value",
         {"value": cell(g, "t3.new.biz"), "unit": "件"}, ["t3.new.biz"], None),
        (RNG.choice(["部分公开的有几件", "好的 那只公开一部分的呢"]), "value",
         {"value": cell(g, "t3.r2.tot"), "unit": "件"}, ["t3.r2.tot"], None),
    ]
    if n4:
        turns.append(("正文里主动公开信息多少条", "narrative", {"value": n4[0], "unit": n4[1]}, [], n4[2]))
    else:
        turns.append((RNG.choice(["有被复议的吗 几件", "行政复议呢"]), "value", {"value": cell(g, "t4.rv.tot"), "unit": "件"},
                      ["t4.rv.tot"], None))
    prev = []
    persona = RNG.choice(["clerk", "lawyer", "citizen"])
    for q, intent, exp, cells_, quote in turns:
        q2, mode = dress(q, RNG.choice(["plain", "plain", "voice", "filler"]))
        add(q2, scope=g["id"], intent=intent, expect=exp, cells=cells_, persona=persona, kind="chat: one report",
            phrasing=mode, sets=[g["_set"]], chain=ch, previous=list(prev) if len(prev) > 1 else (prev[0] if prev else None),
            source_quote=quote)
        prev.append(q2)


def chat_store():
    g = pick_fresh(lambda g: cells_ok(g, ["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t4.rv.keep"]) and len(forms(g)) > 1)
    CHAIN_N[0] += 1
    ch = f"ybc{CHAIN_N[0]:02d}"
    n, ab = who(g)
    turns = [
        (f"{n}{year_words(g)}收到多少信息公开申请", "value", {"value": cell(g, "t3.new.tot"), "unit": "件"}, ["t3.new.tot"]),
        (RNG.choice(["同意公开的有几件", "那全部公开的呢"]), "value", {"value": cell(g, "t3.r1.tot"), "unit": "件"}, ["t3.r1.tot"]),
        (RNG.choice(["复议呢", "被申请行政复议几次"]), "value", {"value": cell(g, "t4.rv.tot"), "unit": "件"}, ["t4.rv.tot"]),
        (RNG.choice(["复议办理花了多长时间", "复议申请人是谁"]), "unanswerable", {"refuse": True}, []),
    ]
    prev = []
    persona = RNG.choice(["reporter", "lawyer", "supervisor"])
    for q, intent, exp, cells_ in turns:
        q2, mode = dress(q, RNG.choice(["plain", "plain", "voice", "typo"]))
        add(q2, intent=intent, expect=exp, cells=[f"{g['id']}:{k}" for k in cells_], persona=persona,
            kind="chat: one body, then a refusal" if intent == "unanswerable" else "chat: one body",
            phrasing=mode, sets=[g["_set"]], chain=ch, abbreviated=ab and not prev,
            previous=list(prev) if len(prev) > 1 else (prev[0] if prev else None),
            note="the report gives no duration or applicant of a 复议" if intent == "unanswerable" else None)
        prev.append(q2)


CHAT_KEYS: set = set()


def chat_group():
    for _ in range(2000):
        key = RNG.choice(GKEYS)
        gs = sorted(GROUPS[key], key=lambda g: g["id"])
        if key in CHAT_KEYS or len(gs) < 3 or not group_ok(gs, ["t3.new.tot"]):
            continue
        vals = {g["id"]: cell(g, "t3.new.tot") for g in gs}
        srt = sorted(vals, key=lambda i: (-vals[i], i))
        if vals[srt[0]] == vals[srt[1]]:
            continue
        break
    else:
        return
    CHAT_KEYS.add(key)
    CHAIN_N[0] += 1
    ch = f"ybc{CHAIN_N[0]:02d}"
    p, lw, y = gname(key)
    cells = [f"{g['id']}:t3.new.tot" for g in gs]
    s = sum(vals.values())
    turns = [
        (f"{p}{yr(y, 'plain')}{lw}一共收到多少申请", "sum", {"value": s, "unit": "件"}, None),
        (RNG.choice(["平均每家多少", "平均一家几件"]), "ratio", {"value": round(s / len(gs), 4), "unit": "件", "tol": 0.05},
         "(" + "+".join("{" + c + "}" for c in cells) + f")/{len(gs)}"),
        (RNG.choice(["最多的是哪家", "哪个单位最多"]), "rank", {"values": {srt[0]: vals[srt[0]]}, "unit": "件", "order": [srt[0]]}, None),
    ]
    prev = []
    for q, intent, exp, calc in turns:
        add(q, intent=intent, expect=exp, cells=cells, calc=calc, persona="supervisor", kind="chat: a group of bodies",
            phrasing="plain", sets=[g["_set"] for g in gs], chain=ch,
            previous=list(prev) if len(prev) > 1 else (prev[0] if prev else None),
            note=f"{key[0]} × {key[1]} × {key[2]}")
        prev.append(q)


for i in range(13):
    [chat_scoped, chat_store, chat_group][i % 3]()

# ---------------------------------------------------------------- validate and write
def check(it):
    exp = it["expect"]
    scope = it["scope"].get("report")
    for c in it.get("cells", []):
        rid, _, key = c.rpartition(":")
        g = GOLD[rid or scope]
        assert isinstance(cell(g, key), (int, float)), (it["q"], c)
    if "value" in exp and it.get("cells") and not it.get("calc") and it["intent"] != "which_reports":
        got = 0
        for c in it["cells"]:
            rid, _, key = c.rpartition(":")
            got += cell(GOLD[rid or scope], key)
        assert abs(got - exp["value"]) < 1e-6, (it["q"], got, exp)
    sq = it.get("source_quote")
    if isinstance(sq, str):
        assert has_quote(GOLD[scope], sq), (it["q"], sq)
    elif isinstance(sq, dict):
        for rid, q in sq.items():
            assert has_quote(GOLD[rid], q), (it["q"], q)
    for k in exp.get("values", {}):
        assert k in GOLD or ":" in k or "." in k or k.startswith("正文"), k
    assert not (it["style"] == "abbreviated" and it["scope"]), it


# order: chains keep their turn order; otherwise a fixed shuffle
blocks: list[list[dict]] = []
seen_chain: dict[str, list] = {}
for it in ITEMS:
    ch = it.get("chain")
    if ch:
        if ch not in seen_chain:
            seen_chain[ch] = []
            blocks.append(seen_chain[ch])
        seen_chain[ch].append(it)
    else:
        blocks.append([it])
RNG.shuffle(blocks)
final = [it for b in blocks for it in b]
seen_q = set()
lines = []
n = 0
for it in final:
    check(it)
    key = (it["q"], json.dumps(it.get("previous"), ensure_ascii=False), json.dumps(it["scope"]))
    if key in seen_q:
        continue
    seen_q.add(key)
    n += 1
    out = {"id": f"yb{n:04d}", **it}
    lines.append(json.dumps(out, ensure_ascii=False))
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{n} questions → {OUT.relative_to(ROOT)}")
