"""Build eval/questions/blindz/blindz.jsonl: a blind bank over every wild set (wild … wild9) in one store.

Written blind (issue 13): from the wild sets' gold JSON and the reports' own text only, never from the
product's answers; phrasings are the author's own (auditor, lawyer, journalist, council member, foreign
researcher). Every expected value is computed here from the gold (or found in the report's text, with its
verbatim quote). `python eval/questions/blindz/make_blindz.py` rewrites blindz.jsonl deterministically."""

from __future__ import annotations

import html
import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9")
RND = random.Random(20261204)


SIMPLIFIED = {"蕪湖市鏡湖區人民政府": "芜湖市镜湖区人民政府", "桂林市秀峯區衛生健康局": "桂林市秀峰区卫生健康局"}


def load() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["_set"] = s
            g["_path"] = EVAL / s / g["file"]
            g["agency"] = SIMPLIFIED.get(g["agency"], g["agency"])  # users type the simplified name
            out.append(g)
    return out


GOLDS = load()
BY_ID = {g["id"]: g for g in GOLDS}
PAIRS = defaultdict(list)
for _g in GOLDS:
    PAIRS[(_g["agency"], int(_g["year"]))].append(_g["id"])


def unique(g: dict) -> bool:
    """Two sets hold a report of one body and year: by name and year it is either, so not asked by name."""
    return len(PAIRS[(g["agency"], int(g["year"]))]) == 1


def text_of(path: Path) -> str | None:
    """The report's text for the formats read here (HTML markup dropped); None for binary formats."""
    if path.suffix.lower() not in (".txt", ".md", ".html", ".htm", ".csv"):
        return None
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            t = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    if path.suffix.lower() in (".html", ".htm"):
        t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


# ---------------------------------------------------------------- names as users write them
SHORT_DEPT = [
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("人力资源和社会保障局", "人社局"),
    ("人力资源和社会保障厅", "人社厅"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("交通运输局", "交通局"),
    ("发展和改革局", "发改局"),
    ("发展和改革委员会", "发改委"),
    ("城市管理和综合执法局", "城管执法局"),
    ("城市管理综合行政执法局", "城管执法局"),
    ("城市管理局", "城管局"),
    ("退役军人事务局", "退役军人局"),
    ("自然资源和规划局", "自然资源局"),
    ("文化和旅游局", "文旅局"),
    ("文化和广电旅游体育局", "文广旅体局"),
    ("人民政府办公室", "政府办"),
    ("管理委员会", "管委会"),
    ("人民政府", "政府"),
    ("街道办事处", "街道"),
    ("应急管理局", "应急局"),
    ("生态环境局", "生态环境局"),
    ("农业农村局", "农业农村局"),
]


def short(g: dict) -> str:
    """「成都市武侯区民政局」 → 「武侯区民政局」; 「湖北省水利厅」 → 「湖北水利厅」."""
    a = g["agency"]
    for full, s in SHORT_DEPT:
        if a.endswith(full):
            a = a[: -len(full)] + s
            break
    m = re.match(r"^(.{2,3}?(?:省|自治区))(.+)$", a)
    if m and len(m.group(2)) <= 5:  # 省级部门
        prov = m.group(1).replace("壮族自治区", "").replace("省", "")
        return prov + m.group(2)
    m = re.match(r"^.{2,4}?市(.{2,4}?[区县镇])(.+)$", a)
    if m:
        return m.group(1) + m.group(2)
    m = re.match(r"^.{2,4}?市(.+)$", a)
    if m and not a.endswith("市政府"):
        return a  # a city's department: the city's name is what tells it apart
    return a


def year_forms(y: int) -> list[str]:
    cn = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    return [f"{y}年", f"{y}年度", f"{str(y)[2:]}年", f"{cn}年"]


def cn_year(y: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y)) + "年"


TRAD = str.maketrans(
    "政府信息公开报告申请总计处数条诉讼复议结转继续办理维持纠正几会区县镇务员卫健门们说这个多少该们过为发开关现规范许可处罚强制收费",
    "政府信息公開報告申請總計處數條訴訟復議結轉繼續辦理維持糾正幾會區縣鎮務員衛健門們說這個多少該們過為發開關現規範許可處罰強制收費",
)


def trad(s: str) -> str:
    return s.translate(TRAD)


# ---------------------------------------------------------------- the bank
BANK: list[dict] = []


def add(q, intent, style, expect, report=None, cells=None, calc=None, quote=None, note=None) -> None:
    item = {"q": q, "scope": {"report": report} if report else {}, "intent": intent, "style": style, "expect": expect}
    if cells:
        item["cells"] = cells
    if calc:
        item["calc"] = calc
    if quote:
        item["source_quote"] = quote
    if note:
        item["note"] = note
    BANK.append(item)


def cell(g: dict, key: str) -> Any:
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def subtotal(g: dict, prefix: str, n: int) -> int | None:
    vals = [cell(g, f"t3.{prefix}_{i}.tot") for i in range(1, n + 1)]
    return None if any(v is None for v in vals) else sum(vals)


GF = [g for g in GOLDS if g["template"] in ("GF2019", "GF2021") and g.get("tables_recoverable")]
GF21 = [g for g in GF if g["template"] == "GF2021"]
GF19 = [g for g in GF if g["template"] == "GF2019"]
W9 = [g for g in GF if g["_set"] == "wild9"]

# cell → (unit, scoped phrasings, named phrasings {who} {when})
CELLS = {
    "t3.new.tot": (
        "件",
        ["今年新收了多少件公开申请", "本年度新收到的政府信息公开申请数量是多少", "收到几个申请啊"],
        ["{who}{when}一共收到多少件依申请公开", "{who}{when}新收政府信息公开申请数量", "{when}{who}收了几件申请"],
    ),
    "t3.carry_in.tot": (
        "件",
        ["上一年转过来的申请有几件", "上年结转政府信息公开申请数量为多少"],
        ["{who}{when}上年结转的申请多少件", "{who}{when}从上年结转过来几件"],
    ),
    "t3.r1.tot": (
        "件",
        ["同意公开的有几件", "予以公开的申请共计多少件"],
        ["{who}{when}予以公开多少件", "{who}{when}全部公开的答复有几件"],
    ),
    "t3.r2.tot": ("件", ["部分公开的有多少", "区分处理后部分公开的件数"], ["{who}{when}部分公开几件"]),
    "t3.r4_1.tot": (
        "件",
        ["本机关不掌握相关信息的有几件", "因为没有这个信息答复无法提供的（本机关不掌握）几件"],
        ["{who}{when}本机关不掌握相关政府信息的有多少件"],
    ),
    "t3.r7.tot": (
        "件",
        ["办理结果总计是多少", "一共答复了多少件"],
        ["{who}{when}办结总计多少件", "{who}{when}的办理结果总计"],
    ),
    "t3.carry_out.tot": (
        "件",
        ["有几件要结转到下年度继续办", "结转下年度继续办理的数量"],
        ["{who}{when}结转下年度继续办理几件", "{who}{when}还有几件没办完转到下一年"],
    ),
    "t3.new.np": ("件", ["老百姓个人申请的有几件", "自然人提出的新收申请数量"], ["{who}{when}自然人申请多少件"]),
    "t3.new.biz": ("件", ["企业来申请的有几件", "商业企业新收申请几件"], ["{who}{when}商业企业提了几件申请"]),
    "t4.rv.tot": (
        "件",
        ["被申请行政复议了几次", "行政复议总计多少件"],
        ["{who}{when}行政复议一共几件", "{who}{when}被复议了几起"],
    ),
    "t4.rv.keep": ("件", ["复议维持了几件", "行政复议结果维持的件数"], ["{who}{when}复议结果维持多少"]),
    "t4.rv.fix": ("件", ["复议被纠正的有几件", "行政复议结果纠正几件"], ["{who}{when}复议纠正了几件"]),
    "t4.ld.tot": (
        "件",
        ["没经过复议直接告到法院的有几件", "未经复议直接起诉的行政诉讼总计"],
        ["{who}{when}未经复议直接起诉几件", "{who}{when}直接打官司的有多少起"],
    ),
    "t4.lr.tot": ("件", ["复议后又起诉的有几件", "复议后起诉的行政诉讼总计多少件"], ["{who}{when}复议后起诉总计"]),
    "t2.license.decisions": (
        None,
        ["行政许可处理决定多少个", "本年行政许可处理决定数量"],
        ["{who}{when}行政许可决定数量"],
    ),
    "t2.penalty.decisions": (None, ["行政处罚做了多少", "行政处罚本年处理决定数量"], ["{who}{when}行政处罚决定多少件"]),
}
CELLS21 = {
    "t2.norm.valid": (
        "件",
        ["现行有效的规范性文件几件", "行政规范性文件现行有效件数"],
        ["{who}{when}现行有效规范性文件多少件"],
    ),
    "t2.fee.amount_wan": (
        "万元",
        ["收了多少行政事业性收费", "行政事业性收费金额是多少"],
        ["{who}{when}行政事业性收费金额"],
    ),
    "t3.r6_1.tot": ("件", ["申请人逾期未补正撤回的有几件", "申请人逾期未按收费通知要求缴纳费用的件数"], []),
}
CELLS21["t3.r6_1.tot"] = ("件", ["申请人无正当理由逾期不补正、行政机关不再处理的有几件"], [])
CELLS19 = {
    "t2.procurement.amount": (
        "万元",
        ["政府集中采购金额多少", "政府集中采购项目的采购总金额"],
        ["{who}{when}政府集中采购金额"],
    ),
    "t2.norm.total_public": ("件", ["对外公开的规范性文件总数"], ["{who}{when}规范性文件对外公开总数量"]),
}

PREAMBLES = [
    "我在做全省政务公开的年度评估，",
    "你好，麻烦查一下，",
    "帮我看看，",
    "请问一下，",
    "领导让我核一个数：",
    "写稿子要用，",
    "For my research on Chinese FOI reports: ",
    "我是律师，想了解一下，",
]
VOICE = ["那个", "嗯", "就是", "呃"]


def phr(lst: list[str]) -> str:
    return RND.choice(lst)


def style_q(base: str, kind: str) -> str:
    """Dress a question as users type it."""
    if kind == "preamble":
        return phr(PREAMBLES) + base + "？"
    if kind == "voice":
        return phr(VOICE) + base.replace("多少件", "多少件啊").replace("？", "") + " 谢谢"
    if kind == "trad":
        return trad(base) + "？"
    if kind == "terse":
        return base
    return base + "？"


def value_questions() -> None:
    # every readable GF report gets a few; wild9 reports get more
    for g in GF:
        if not unique(g):
            continue
        y = int(g["year"])
        extra = CELLS21 if g["template"] == "GF2021" else CELLS19
        keys = [k for k in list(CELLS) + list(extra) if isinstance(cell(g, k), (int, float))]
        n = 3 if g["_set"] == "wild9" else int(RND.random() < 0.25)
        for k in RND.sample(keys, min(n, len(keys))):
            unit, scoped, named = (CELLS | extra)[k]
            v = cell(g, k)
            mode = RND.choice(["scoped", "full", "short", "short"] if named else ["scoped"])
            if mode == "scoped":
                q = style_q(phr(scoped), RND.choice(["plain", "plain", "voice", "trad", "preamble"]))
                add(
                    q,
                    "value",
                    "colloquial" if RND.random() < 0.5 else "formal",
                    {"value": v, "unit": unit},
                    report=g["id"],
                    cells=[k],
                )
            else:
                who = g["agency"] if mode == "full" else short(g)
                when = phr(year_forms(y))
                q = style_q(phr(named).format(who=who, when=when), RND.choice(["plain", "plain", "preamble", "terse"]))
                add(
                    q,
                    "value",
                    "abbreviated" if who != g["agency"] else "formal",
                    {"value": v, "unit": unit},
                    cells=[f"{g['id']}:{k}"],
                )
    # subtotals (不予公开, 无法提供, 不予处理) asked of wild9 and a sample of the rest
    for g in W9 + RND.sample(GF21, 6):
        if not unique(g):
            continue
        prefix, n, words = RND.choice([("r3", 8, "不予公开"), ("r4", 3, "无法提供"), ("r5", 5, "不予处理")])
        v = subtotal(g, prefix, n)
        if v is None:
            continue
        cells = [f"{g['id']}:t3.{prefix}_{i}.tot" for i in range(1, n + 1)]
        if RND.random() < 0.5:
            add(
                f"{short(g)}{g['year']}年{words}的一共多少件？",
                "value",
                "abbreviated",
                {"value": v, "unit": "件"},
                cells=cells,
                note=f"{words} subtotal = sum of its sub-rows",
            )
        else:
            add(
                f"这份报告里{words}合计几件",
                "value",
                "colloquial",
                {"value": v, "unit": "件"},
                report=g["id"],
                cells=[c.split(":", 1)[1] for c in cells],
                note=f"{words} subtotal",
            )


def english_mixed() -> None:
    picks = RND.sample([g for g in GF21 if unique(g)], 6) + RND.sample([g for g in W9 if unique(g)], 6)
    forms = [
        ("How many 政府信息公开申请 did {who} receive in {y}?", "t3.new.tot", "件"),
        ("{who} {y}: number of 行政复议 cases (总计)?", "t4.rv.tot", "件"),
        ("In {y}, how many requests did {who} 予以公开?", "t3.r1.tot", "件"),
        ("What's the 结转下年度继续办理 figure for {who}, {y}?", "t3.carry_out.tot", "件"),
        ("{who} {y} 年报, administrative litigation filed directly (未经复议直接起诉) total?", "t4.ld.tot", "件"),
    ]
    for g in picks:
        f, k, unit = RND.choice(forms)
        v = cell(g, k)
        if v is None:
            continue
        add(
            f.format(who=g["agency"], y=g["year"]),
            "value",
            "formal",
            {"value": v, "unit": unit},
            cells=[f"{g['id']}:{k}"],
            note="English mixed",
        )


def blank_questions() -> None:
    n = 0
    for g in GF:
        ph = g.get("placeholders") or {}
        keys = [k for k, v in ph.items() if v == "" and k.startswith("t3.") and k.endswith(".tot")]
        keys += [k for k, v in ph.items() if v == "" and k in ("t4.rv.tot", "t4.ld.tot", "t3.new.np")]
        if not keys or not unique(g):
            continue
        k = keys[0]
        if cell(g, k) is not None:
            continue
        label = {
            "t3.new.tot": "新收申请总计",
            "t3.carry_in.tot": "上年结转总计",
            "t3.r1.tot": "予以公开总计",
            "t3.r7.tot": "办理结果总计",
            "t3.carry_out.tot": "结转下年度总计",
            "t3.r2.tot": "部分公开总计",
        }.get(k)
        if not label:
            continue
        add(
            f"{short(g)}{g['year']}年表三的{label}填的是多少？",
            "value",
            "abbreviated",
            {"blank": True},
            cells=[f"{g['id']}:{k}"],
            note="printed blank",
        )
        n += 1
        if n >= 6:
            break


def list_questions() -> None:
    for g in RND.sample([g for g in GF if unique(g)], 14) + [g for g in W9 if unique(g)][:10]:
        kind = RND.choice(["rv", "t3head", "np_biz"])
        if kind == "rv":
            keys = ["t4.rv.keep", "t4.rv.fix", "t4.rv.other", "t4.rv.pend"]
            q = RND.choice(
                [
                    f"{short(g)}{g['year']}年的行政复议结果，维持、纠正、其他、尚未审结各几件？",
                    f"我是律师，{g['agency']}{g['year']}年复议的结果分布怎么样：维持、纠正、其他结果、尚未审结分别多少",
                ]
            )
        elif kind == "t3head":
            keys = ["t3.new.tot", "t3.carry_in.tot", "t3.carry_out.tot"]
            q = f"{g['agency']}{g['year']}年新收、上年结转、结转下年度各是多少件？"
        else:
            keys = ["t3.new.np", "t3.new.biz"]
            q = RND.choice(
                [
                    f"{short(g)}{g['year']}年新收申请里自然人和商业企业各几件",
                    f"{g['agency']}{g['year']}年个人跟企业分别来申请了多少",
                ]
            )
        vals = {f"{g['id']}:{k}": cell(g, k) for k in keys}
        if any(v is None for v in vals.values()):
            continue
        style = (
            "abbreviated"
            if short(g) != g["agency"] and short(g) in q.replace(g["agency"], "")
            else ("colloquial" if "分别来" in q or "怎么样" in q else "formal")
        )
        add(q, "list", style, {"values": vals, "unit": "件"}, cells=list(vals))
    # two asks in one, scoped
    for g in RND.sample([g for g in W9 if g["template"] == "GF2021"], 6):
        a, b = cell(g, "t3.new.tot"), cell(g, "t4.rv.tot")
        if a is None or b is None:
            continue
        add(
            "今年收了多少申请？另外被复议了几次？",
            "list",
            "colloquial",
            {"values": {"t3.new.tot": a, "t4.rv.tot": b}, "unit": "件"},
            report=g["id"],
            cells=["t3.new.tot", "t4.rv.tot"],
            note="two asks in one",
        )


def lbl(g: dict) -> str:
    return f"{g['agency']}{g['year']}年"


def compare_questions() -> None:
    pool = [g for g in GF if unique(g)]
    w9 = [g for g in W9 if unique(g)]
    for i in range(30):
        a = w9[i % len(w9)] if i < 18 else RND.choice(pool)
        b = RND.choice([x for x in pool if x["id"] != a["id"] and x["agency"] != a["agency"]])
        k = RND.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t3.r7.tot"])
        va, vb = cell(a, k), cell(b, k)
        if va is None or vb is None:
            continue
        word = {
            "t3.new.tot": "新收申请",
            "t3.r1.tot": "予以公开",
            "t4.rv.tot": "行政复议",
            "t3.r7.tot": "办理结果总计",
        }[k]
        if i % 3 == 0:
            q, style = f"{short(a)}{a['year']}年和{short(b)}{b['year']}年比，谁的{word}多？", "abbreviated"
        elif i % 3 == 1:
            q, style = f"请比较{lbl(a)}与{lbl(b)}的{word}数量。", "formal"
        else:
            q, style = f"{lbl(a)}跟{lbl(b)}，{word}哪家多一些", "colloquial"
        order = [a["id"], b["id"]] if va >= vb else [b["id"], a["id"]]
        add(
            q,
            "compare",
            style,
            {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": order},
            cells=[f"{a['id']}:{k}", f"{b['id']}:{k}"],
        )


def multi_year() -> dict[str, list[dict]]:
    by = defaultdict(list)
    for g in GF:
        by[g["agency"]].append(g)
    return {
        a: sorted(v, key=lambda g: g["year"])
        for a, v in by.items()
        if len({g["year"] for g in v}) > 1 and all(unique(g) for g in v)
    }


def change_trend() -> None:
    for agency, gs in multi_year().items():
        s = short(gs[0])
        for k, word in RND.sample(
            [
                ("t3.new.tot", "新收申请"),
                ("t3.r1.tot", "予以公开"),
                ("t4.rv.tot", "行政复议"),
                ("t3.r7.tot", "办理结果总计"),
                ("t3.carry_out.tot", "结转下年度"),
            ],
            2,
        ):
            vals = {g["id"]: cell(g, k) for g in gs}
            if any(v is None for v in vals.values()):
                continue
            a, b = gs[0], gs[-1]
            d = cell(b, k) - cell(a, k)
            add(
                f"{agency}{b['year']}年比{a['year']}年{word}多了还是少了，差多少？",
                "change",
                "formal",
                {"value": d, "unit": "件"},
                cells=[f"{a['id']}:{k}", f"{b['id']}:{k}"],
                calc=f"{{{b['id']}:{k}}}-{{{a['id']}:{k}}}",
            )
            add(
                f"{s}{word}从{str(a['year'])[2:]}年到{str(b['year'])[2:]}年变化多少",
                "change",
                "abbreviated",
                {"value": d, "unit": "件"},
                cells=[f"{a['id']}:{k}", f"{b['id']}:{k}"],
            )
            add(
                f"{s}历年{word}数量",
                "trend",
                "abbreviated",
                {"values": vals, "unit": "件"},
                cells=[f"{g['id']}:{k}" for g in gs],
            )
            add(
                RND.choice([f"{agency}各年度的{word}情况，列一下", f"请列出{agency}历年{word}数据"]),
                "trend",
                "formal",
                {"values": vals, "unit": "件"},
                cells=[f"{g['id']}:{k}" for g in gs],
            )
            add(
                f"{agency}这几年{word}是涨了还是跌了，每年多少",
                "trend",
                "colloquial",
                {"values": vals, "unit": "件"},
                cells=[f"{g['id']}:{k}" for g in gs],
            )
            add(
                f"那个{agency}，{b['year']}年{word}比{a['year']}年多几件啊",
                "change",
                "colloquial",
                {"value": d, "unit": "件"},
                cells=[f"{a['id']}:{k}", f"{b['id']}:{k}"],
            )
        # scoped 「去年」 (the previous report of the same body is in the store only if the years are adjacent)
        a, b = gs[-2], gs[-1]
        if int(b["year"]) - int(a["year"]) == 1:
            for k, word in (("t3.new.tot", "新收的申请"), ("t3.r1.tot", "予以公开的")):
                add(
                    f"跟去年比，{word}变了多少",
                    "change",
                    "colloquial",
                    {"value": cell(b, k) - cell(a, k), "unit": "件"},
                    report=b["id"],
                    cells=[k, f"{a['id']}:{k}"],
                )
                add(
                    f"去年{word}有几件",
                    "value",
                    "colloquial",
                    {"value": cell(a, k), "unit": "件"},
                    report=b["id"],
                    cells=[f"{a['id']}:{k}"],
                    note="去年 = the same body's previous report",
                )
            add(
                "这几年新收申请的变化趋势",
                "trend",
                "colloquial",
                {"values": {g["id"]: cell(g, "t3.new.tot") for g in gs}, "unit": "件"},
                report=b["id"],
                cells=[f"{g['id']}:t3.new.tot" for g in gs],
            )


LEVELS = {
    "省级部门": "省级部门",
    "市级政府": "市级人民政府",
    "乡镇": "乡镇（街道）",
    "市级部门": "市级部门",
    "县级政府": "县级政府",
}


def kinds() -> dict[str, list[dict]]:
    by = defaultdict(list)
    for g in GF:
        if unique(g):
            by[g["level"]].append(g)
    return by


def full_text(g: dict) -> str:
    """The report's text, PDF and DOCX included (their prose, for reports without readable GF tables)."""
    t = text_of(g["_path"])
    if t is None and g["_path"].suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(g["_path"]) as doc:
            t = "".join(page.extract_text() or "" for page in doc.pages)
    if t is None and g["_path"].suffix == ".docx":
        import docx

        t = "\n".join(p.text for p in docx.Document(str(g["_path"])).paragraphs)
    return re.sub(r"\s+", "", t or "")


def prose_counts(g: dict) -> tuple[int, int]:
    """行政复议 / 行政诉讼 counts a report without readable GF tables states in its text (LEGACY 统计表 or prose;
    「未发生…行政复议、行政诉讼案件」 = 0). Added after first sight: a careful reader counts them (bank fix)."""
    flat = full_text(g)
    rv = re.search(r"行政复议(?:数量|数|案件)?件?(\d+)", flat)
    lit = re.search(r"行政诉讼(?:数量|数|案件)?件?(\d+)", flat)
    return (int(rv.group(1)) if rv else 0, int(lit.group(1)) if lit else 0)


def rank_sum_which() -> None:
    by = kinds()
    for level, noun in LEVELS.items():
        gs = by.get(level, [])
        if len(gs) < 2:
            continue
        for k, word in (("t3.new.tot", "新收申请"), ("t4.rv.tot", "行政复议"), ("t3.r1.tot", "予以公开")):
            vals = {g["id"]: cell(g, k) for g in gs if cell(g, k) is not None}
            order = sorted(vals, key=lambda r: -vals[r])
            if len(vals) <= 10:
                add(
                    f"库里所有{noun}的年报，按{word}数量从高到低排一下",
                    "rank",
                    "formal",
                    {"values": vals, "unit": "件", "order": order},
                    cells=[f"{r}:{k}" for r in vals],
                )
            top = order[0]
            if len(vals) > 1 and vals[order[0]] != vals[order[1]]:
                add(
                    f"{noun}里哪个{word}最多",
                    "rank",
                    "colloquial",
                    {"values": {top: vals[top]}, "unit": "件", "order": [top]},
                    cells=[f"{top}:{k}"],
                )
            low = order[-1]
            if len(vals) > 1 and vals[order[-1]] != vals[order[-2]]:
                add(
                    f"哪家{noun}的{word}最少？",
                    "rank",
                    "colloquial",
                    {"values": {low: vals[low]}, "unit": "件", "order": [low]},
                    cells=[f"{low}:{k}"],
                )
            if len(vals) <= 12:
                add(
                    f"所有{noun}报告的{word}加起来一共多少件？",
                    "sum",
                    "formal",
                    {"value": sum(vals.values()), "unit": "件"},
                    cells=[f"{r}:{k}" for r in vals],
                )
        prose = {g["id"]: prose_counts(g) for g in GOLDS if g["level"] == level and unique(g) and g not in GF}
        ids = sorted([g["id"] for g in gs if (cell(g, "t4.rv.tot") or 0) > 0] + [r for r, c in prose.items() if c[0]])
        add(
            f"哪些{noun}被申请过行政复议（复议总计不为0）？",
            "which_reports",
            "formal",
            {"reports": ids},
            cells=[f"{g['id']}:t4.rv.tot" for g in gs],
        )
        ids = sorted(
            [g["id"] for g in gs if (cell(g, "t4.ld.tot") or 0) + (cell(g, "t4.lr.tot") or 0) > 0]
            + [r for r, c in prose.items() if c[1]]
        )
        add(
            f"{noun}里面有哪些吃过行政诉讼的",
            "which_reports",
            "colloquial",
            {"reports": ids},
            cells=[f"{g['id']}:t4.ld.tot" for g in gs],
        )
        every = [g["id"] for g in GOLDS if g["level"] == level and unique(g)]
        if len(every) <= 15:
            add(f"库里有哪些{noun}的报告", "which_reports", "colloquial", {"reports": sorted(every)})
    # by year
    for y in (2019, 2020, 2021, 2022, 2023, 2024, 2025):
        gs = [g for g in GF if unique(g) and int(g["year"]) == y]
        if not gs:
            continue
        vals = {g["id"]: cell(g, "t3.new.tot") for g in gs if cell(g, "t3.new.tot") is not None}
        order = sorted(vals, key=lambda r: -vals[r])
        if len(order) > 1 and vals[order[0]] != vals[order[1]]:
            add(
                f"{y}年度的报告里，新收申请最多的是哪个单位？",
                "rank",
                "formal",
                {"values": {order[0]: vals[order[0]]}, "unit": "件", "order": [order[0]]},
                cells=[f"{order[0]}:t3.new.tot"],
            )
        vals = {g["id"]: cell(g, "t4.rv.tot") for g in gs if cell(g, "t4.rv.tot") is not None}
        order = sorted(vals, key=lambda r: -vals[r])
        if len(order) > 1 and vals[order[0]] != vals[order[1]]:
            add(
                f"{cn_year(y)}哪家被复议得最多",
                "rank",
                "colloquial",
                {"values": {order[0]: vals[order[0]]}, "unit": "件", "order": [order[0]]},
                cells=[f"{order[0]}:t4.rv.tot"],
            )
        if len(gs) <= 40:
            ids = sorted(g["id"] for g in gs if (cell(g, "t4.rv.tot") or 0) >= 5)
            add(
                f"{y}年有哪些报告行政复议达到5件及以上",
                "which_reports",
                "formal",
                {"reports": ids},
                cells=[f"{g['id']}:t4.rv.tot" for g in gs],
            )
    # regions: sums over one district's bodies in one year
    by_reg = defaultdict(list)
    for g in GF:
        if unique(g):
            by_reg[(g["region"], int(g["year"]))].append(g)
    n = 0
    for (reg, y), gs in sorted(by_reg.items()):
        if len(gs) < 2:
            continue
        vals = {g["id"]: cell(g, "t3.new.tot") for g in gs}
        if None in vals.values():
            continue
        place = reg.split("省")[-1].split("自治区")[-1]
        if len(place) < 3:
            continue
        add(
            f"{place}这些单位{y}年新收申请合计多少",
            "sum",
            "colloquial",
            {"value": sum(vals.values()), "unit": "件"},
            cells=[f"{r}:t3.new.tot" for r in vals],
            note=f"the store's reports of {reg} {y}",
        )
        order = sorted(vals, key=lambda r: -vals[r])
        add(
            f"{y}年{place}的几个部门，谁收到的申请多？排个序",
            "rank",
            "abbreviated",
            {"values": vals, "unit": "件", "order": order},
            cells=[f"{r}:t3.new.tot" for r in vals],
        )
        n += 1
    # which reports print an inconsistency (gold findings)
    bad = sorted(g["id"] for g in GF if any(f["check"] == "H5" for f in g.get("findings") or []))
    add(
        "哪些报告的表四总计跟分项对不上？",
        "which_reports",
        "colloquial",
        {"reports": bad},
        note="gold findings H5 (t4 total vs its parts)",
    )
    w9ids = sorted(g["id"] for g in W9 if g["level"] == "乡镇")
    add(
        "乡镇和街道一级的年报有哪些是2022年及以后的？",
        "which_reports",
        "colloquial",
        {"reports": sorted(g["id"] for g in GOLDS if unique(g) and g["level"] == "乡镇" and int(g["year"]) > 2021)},
        note=f"乡镇 incl. wild9 {len(w9ids)}",
    )


def share_ratio() -> None:
    for g in RND.sample([g for g in GF if unique(g)], 22) + [g for g in W9 if unique(g)]:
        r1, r7, new, np_ = (cell(g, k) for k in ("t3.r1.tot", "t3.r7.tot", "t3.new.tot", "t3.new.np"))
        if None in (r1, r7, new, np_) or not r7 or not new:
            continue
        pick = RND.random()
        if pick < 0.35:
            v = round(100 * r1 / r7, 2)
            q, st, rep = RND.choice(
                [
                    ("予以公开占办理结果总数的百分之几", "colloquial", g["id"]),
                    (f"{short(g)}{g['year']}年予以公开占办结总数的比例", "abbreviated", None),
                ]
            )
            add(
                q + "？",
                "share",
                st,
                {"value": v, "unit": "%", "tol": 0.05},
                report=rep,
                cells=(["t3.r1.tot", "t3.r7.tot"] if rep else [f"{g['id']}:t3.r1.tot", f"{g['id']}:t3.r7.tot"]),
                calc="100*{t3.r1.tot}/{t3.r7.tot}",
            )
        elif pick < 0.7:
            v = round(100 * np_ / new, 2)
            q, st, rep = RND.choice(
                [
                    ("个人申请占新收的比重是多少", "colloquial", g["id"]),
                    ("新收申请数量中自然人所占百分比", "formal", g["id"]),
                    (f"{lbl(g)}自然人申请占新收申请总数的百分比", "formal", None),
                ]
            )
            add(
                q + "？",
                "share",
                st,
                {"value": v, "unit": "%", "tol": 0.05},
                report=rep,
                cells=(["t3.new.np", "t3.new.tot"] if rep else [f"{g['id']}:t3.new.np", f"{g['id']}:t3.new.tot"]),
                calc="100*{t3.new.np}/{t3.new.tot}",
            )
        else:
            if not r1:
                continue
            v = round(new / r1, 2)
            q, st, rep = RND.choice(
                [
                    ("新收申请是予以公开的几倍", "colloquial", g["id"]),
                    ("收到的申请数除以同意公开的数，等于多少", "colloquial", g["id"]),
                    (f"{lbl(g)}新收申请数与予以公开数之比", "formal", None),
                ]
            )
            add(
                q + "？",
                "ratio",
                st,
                {"value": v, "unit": None, "tol": 0.05},
                report=rep,
                cells=(["t3.new.tot", "t3.r1.tot"] if rep else [f"{g['id']}:t3.new.tot", f"{g['id']}:t3.r1.tot"]),
                calc="{t3.new.tot}/{t3.r1.tot}",
            )
    # ratio across two reports
    pool = [g for g in GF if unique(g) and (cell(g, "t3.new.tot") or 0) > 0]
    for _ in range(8):
        a, b = RND.sample(pool, 2)
        v = round(cell(a, "t3.new.tot") / cell(b, "t3.new.tot"), 2)
        add(
            f"{short(a)}{a['year']}年的新收申请量是{short(b)}{b['year']}年的多少倍？",
            "ratio",
            "abbreviated",
            {"value": v, "unit": None, "tol": 0.05},
            cells=[f"{a['id']}:t3.new.tot", f"{b['id']}:t3.new.tot"],
        )


def finding_numbers(note: str) -> dict[str, int]:
    """The printed and the implied number of a gold finding note (「… 59 ≠ 60」, 「69+2 ≠ 总计+结转下年 70+0」,
    「add up to 1, 总计 is printed 0」)."""
    m = re.search(r"(\d+)\+(\d+) ≠ \S*? ?(\d+)\+(\d+)", note)
    if m:
        a, b, c, d = map(int, m.groups())
        return {"implied": a + b, "printed": c + d}
    nums = [int(x) for x in re.findall(r"\d+", note.split(":")[-1])][-2:]
    return {"implied": nums[0], "printed": nums[1]}


def consistency() -> None:
    defect = [g for g in GF if g.get("findings") and unique(g)]
    tidy = [g for g in GF if not g.get("findings") and unique(g) and not g.get("placeholders")]
    clean = RND.sample([g for g in tidy if g["_set"] != "wild9"], 14) + [g for g in tidy if g["_set"] == "wild9"][:12]
    for g in defect:
        for f in g["findings"][:2]:
            t = "表四" if f["where"].startswith("t4") else "表三"
            vals = finding_numbers(f["note"])
            q = RND.choice(
                [
                    f"{lbl(g)}{t}的数据自洽吗？",
                    f"{short(g)}{g['year']}年{t}加起来对得上吗",
                    f"帮我核一下{g['agency']}{g['year']}年报告{t}的勾稽关系",
                ]
            )
            st = (
                "abbreviated"
                if short(g) in q and short(g) != g["agency"]
                else ("formal" if "勾稽" in q or "自洽" in q else "colloquial")
            )
            add(
                q,
                "consistency",
                st,
                {"verdict": "inconsistent", "checks": [f["check"]], "values": vals},
                note=f["note"],
            )
            break
        if g["_set"] == "wild9":
            add(
                "这份报告的表格数据有没有对不上的地方",
                "consistency",
                "colloquial",
                {"verdict": "inconsistent", "checks": [g["findings"][0]["check"]], "values": {}},
                report=g["id"],
            )
    for g in clean:
        t = RND.choice(["表三", "表四"])
        q = RND.choice(
            [f"{lbl(g)}{t}数据前后一致吗", f"{short(g)}{g['year']}年的{t}有没有算错", "这份年报的表格数字对得上吗"]
        )
        rep = g["id"] if q.startswith("这份") else None
        st = "colloquial" if rep or "算错" in q else "formal"
        if "算错" in q and short(g) != g["agency"]:
            st = "abbreviated"
        add(
            q,
            "consistency",
            st,
            {"verdict": "consistent", "checks": ["H1", "H2", "H3", "H5"], "values": {}},
            report=rep,
        )
    # S1: carry-over across years (same body, adjacent years)
    for agency, gs in multi_year().items():
        for a, b in zip(gs, gs[1:]):
            if int(b["year"]) - int(a["year"]) != 1:
                continue
            co, ci = cell(a, "t3.carry_out.tot"), cell(b, "t3.carry_in.tot")
            if co is None or ci is None:
                continue
            add(
                f"{agency}{a['year']}年结转下年度的件数，和{b['year']}年上年结转的件数对得上吗？",
                "consistency",
                "formal",
                {
                    "verdict": "consistent" if co == ci else "inconsistent",
                    "checks": ["S1"],
                    "values": {"carry_out": co, "carry_in": ci},
                },
                cells=[f"{a['id']}:t3.carry_out.tot", f"{b['id']}:t3.carry_in.tot"],
            )


NARR = [
    (
        r"主动公开(?:各类)?政府信息(\d+)条",
        "条",
        ["今年主动公开了多少条信息", "主动公开政府信息数量"],
        "{who}{when}主动公开了多少条政府信息",
    ),
    (r"政策解读(\d+)篇", "篇", ["发了几篇政策解读", "政策解读数量是多少"], "{who}{when}政策解读多少篇"),
    (
        r"政务微信公众号发布信息(\d+)条",
        "条",
        ["微信公众号发了多少条", "政务微信公众号发布信息数量"],
        "{who}{when}公众号发布信息多少条",
    ),
    (r"召开政务公开工作推进会(\d+)次", "次", ["开了几次政务公开推进会"], "{who}{when}召开推进会几次"),
    (r"组织业务培训(\d+)场", "场", ["搞了几场业务培训", "组织业务培训场次"], "{who}{when}组织了几场业务培训"),
]


def narrative() -> None:
    n9 = 0
    for g in GOLDS:
        if not unique(g) or "twoyears" in g["id"]:
            continue
        t = text_of(g["_path"])
        if not t:
            continue
        flat = re.sub(r"\s+", "", t)
        found = []
        for pat, unit, scoped, named in NARR:
            m = re.search(pat, flat)
            if m:
                found.append((m, unit, scoped, named))
        if not found:
            continue
        take = 3 if g["_set"] == "wild9" else int(RND.random() < 0.5)
        for m, unit, scoped, named in RND.sample(found, min(take, len(found))):
            v = int(m.group(1))
            if RND.random() < 0.5:
                add(
                    phr(scoped) + "？",
                    "narrative",
                    "formal" if "数量" in scoped[-1] and RND.random() < 0.4 else "colloquial",
                    {"value": v, "unit": unit},
                    report=g["id"],
                    quote=m.group(0),
                )
            else:
                who = short(g) if RND.random() < 0.5 else g["agency"]
                add(
                    named.format(who=who, when=f"{g['year']}年") + "？",
                    "narrative",
                    "abbreviated" if who != g["agency"] else "formal",
                    {"value": v, "unit": unit},
                    quote={g["id"]: m.group(0)},
                )
            n9 += g["_set"] == "wild9"
        # problems (section 五)
        i = flat.find("存在的主要问题")
        m = re.search(r"存在的主要问题[：:]一是([^；;。]{4,30})[；;]", flat[i:]) if i >= 0 else None
        if m and (g["_set"] == "wild9" or RND.random() < 0.25):
            frag = m.group(1)
            if RND.random() < 0.5:
                pq, pst = RND.choice(
                    [
                        ("报告里说有啥问题", "colloquial"),
                        ("存在的主要问题是什么", "formal"),
                        ("工作上还有什么不足没", "colloquial"),
                        ("该机关自述的主要问题为何", "formal"),
                    ]
                )
                add(pq + "？", "problems", pst, {"contains": [frag]}, report=g["id"], quote=frag)
            else:
                add(
                    f"{short(g)}{g['year']}年年报自己承认的问题有哪些？",
                    "problems",
                    "abbreviated",
                    {"contains": [frag]},
                    quote={g["id"]: frag},
                )
            m2 = re.search(r"改进措施[：:]一是([^；;。]{4,30})[；;]", flat[i:])
            if m2 and g["_set"] == "wild9":
                add(
                    f"{g['agency']}{g['year']}年下一步打算怎么改进",
                    "problems",
                    "formal",
                    {"contains": [m2.group(1)]},
                    quote={g["id"]: m2.group(1)},
                )


def refusals() -> None:
    ids = {(g["agency"], int(g["year"])) for g in GOLDS}
    # neighbouring years of a body in the store
    n = 0
    for g in RND.sample([g for g in GF if unique(g)], 60) + W9:
        y = int(g["year"]) + RND.choice([-1, 1, -2])
        if (g["agency"], y) in ids or n >= 40:
            continue
        who = RND.choice([g["agency"], short(g)])
        q = RND.choice(
            [
                f"{who}{y}年新收了多少申请？",
                f"{who}{y}年行政复议几件",
                f"{who}{cn_year(y)}予以公开多少件",
                f"How many FOI requests did {who} get in {y}?",
            ]
        )
        add(
            q,
            "unanswerable",
            "abbreviated" if who != g["agency"] else "formal",
            {"refuse": True},
            note=f"asked as value; {who} {y} is not in the store (it holds {g['year']})",
        )
        n += 1
    # bodies not in the store (the parent of one in the store)
    parents = []
    for g in GF:
        reg = g["region"]
        m = re.match(r"^(.+?省|.+?自治区)?(.+?市)?(.+?[区县])?", reg)
        if m and m.group(2) and g["level"] != "市级政府":
            parents.append(m.group(2).replace("市", "") + "市人民政府")
    store_agencies = {g["agency"] for g in GOLDS}
    for p in sorted(set(parents)):
        if any(a.endswith(p) or a == p for a in store_agencies) or RND.random() < 0.55:
            continue
        y = RND.choice([2021, 2022, 2023])
        add(
            RND.choice(
                [
                    f"{p}{y}年收到多少政府信息公开申请？",
                    f"{p}{y}年被复议多少件",
                    f"{p.replace('市人民政府', '市政府')}{y}年年报里行政诉讼几件",
                ]
            ),
            "unanswerable",
            "formal",
            {"refuse": True},
            note=f"asked as value; {p} has no report in the store",
        )
    # the other template's cells
    for g in RND.sample([g for g in GF21 if unique(g)], 8) + [g for g in W9 if g["template"] == "GF2021"][:8]:
        add(
            RND.choice(["政府集中采购金额是多少？", "政府集中采购项目数量有几个", "其他对外管理服务事项本年增减多少"]),
            "unanswerable",
            "colloquial",
            {"refuse": True},
            report=g["id"],
            note="asked as value; GF2019 cell of a GF2021 report",
        )
    for g in GF19[:12]:
        add(
            RND.choice(
                [
                    "本年废止的规范性文件几件？",
                    "行政事业性收费金额是多少万元",
                    f"{short(g)}{g['year']}年规章本年废止件数",
                ]
            ),
            "unanswerable",
            "colloquial" if "年" not in "本年" else "colloquial",
            {"refuse": True},
            report=g["id"],
            note="asked as value; GF2021 cell of a GF2019 report",
        )
    # table cells of LEGACY reports and image-only tables
    for g in [g for g in GOLDS if not g.get("tables_recoverable")]:
        if not unique(g):
            continue
        if RND.random() < 0.5:
            add(
                RND.choice(["表三里自然人申请多少件", "表四行政复议结果维持几件", "依申请公开表格里予以公开总计多少"])
                + "？",
                "unanswerable",
                "colloquial",
                {"refuse": True},
                report=g["id"],
                note=f"asked as value; {g['template']} report whose GF tables are not in the text",
            )
        else:
            add(
                f"{g['agency']}{g['year']}年表四未经复议直接起诉的结果维持几件？",
                "unanswerable",
                "formal",
                {"refuse": True},
                note="asked as value; no GF table 四 in this report",
            )
    # things no report says
    # each with what in a report's text would answer it (then it is not asked of that report)
    never = {
        "政务公开工作经费预算是多少": r"经费|预算",
        "负责信息公开的工作人员有几个人": r"(?:工作人员|专职|兼职)[^。]{0,10}\d+[名人]",
        "申请人里男性占多少": r"男",
        "申请人平均年龄多大": r"年龄",
        "12345热线接了多少电话": r"12345|热线",
        "信息公开工作在全省考核排第几名": r"排名|名次|第\d+名",
        "网站访问量有多少": r"访问量|浏览量|点击量",
        "依申请公开平均办理用了几天": r"平均|工作日",
        "有多少申请是通过信函提交的": r"信函",
        "政务公开专项经费花了多少": r"经费",
    }
    readable = [g for g in GOLDS if unique(g) and text_of(g["_path"])]
    pool = [g for g in readable if g["_set"] == "wild9"] + RND.sample([g for g in readable if g["_set"] != "wild9"], 14)
    for g in pool:
        flat = re.sub(r"\s+", "", text_of(g["_path"]) or "")
        options = [q for q, pat in never.items() if not re.search(pat, flat)]
        if not options:
            continue
        q = phr(options)
        if RND.random() < 0.5:
            add(
                q + "？",
                "unanswerable",
                "colloquial",
                {"refuse": True},
                report=g["id"],
                note="asked as value; not reported",
            )
        else:
            add(
                f"{short(g)}{g['year']}年{q}",
                "unanswerable",
                "abbreviated",
                {"refuse": True},
                note="asked as value; not reported",
            )
    # comparison one side of which is missing
    for g in RND.sample([g for g in W9 if unique(g)], 6):
        y = int(g["year"]) - 3
        if (g["agency"], y) in ids:
            continue
        add(
            f"{g['agency']}{g['year']}年和{y}年比新收申请多了多少？",
            "unanswerable",
            "formal",
            {"refuse": True},
            note=f"asked as change; {y} not in the store",
        )


def fill_styles() -> None:
    """Every intent in each register: the few phrasings the generic loops give too rarely."""
    w9 = [g for g in W9 if unique(g) and g["template"] == "GF2021" and not g.get("findings")]
    for g in w9[:4]:
        r1, r7, new = cell(g, "t3.r1.tot"), cell(g, "t3.r7.tot"), cell(g, "t3.new.tot")
        add(
            "同意公开的占比多少？",
            "share",
            "colloquial",
            {"value": round(100 * r1 / r7, 2), "unit": "%", "tol": 0.05},
            report=g["id"],
            cells=["t3.r1.tot", "t3.r7.tot"],
            calc="100*{t3.r1.tot}/{t3.r7.tot}",
        )
        add(
            f"{lbl(g)}予以公开数占办理结果总计的比例为多少？",
            "share",
            "formal",
            {"value": round(100 * r1 / r7, 2), "unit": "%", "tol": 0.05},
            cells=[f"{g['id']}:t3.r1.tot", f"{g['id']}:t3.r7.tot"],
        )
        if r1:
            add(
                f"{lbl(g)}本年新收申请数为予以公开数的几倍？",
                "ratio",
                "formal",
                {"value": round(new / r1, 2), "unit": None, "tol": 0.05},
                cells=[f"{g['id']}:t3.new.tot", f"{g['id']}:t3.r1.tot"],
            )
            add(
                "收的申请是同意公开的多少倍啊",
                "ratio",
                "colloquial",
                {"value": round(new / r1, 2), "unit": None, "tol": 0.05},
                report=g["id"],
                cells=["t3.new.tot", "t3.r1.tot"],
                calc="{t3.new.tot}/{t3.r1.tot}",
            )
        add(
            f"{lbl(g)}的表三对不对得上啊",
            "consistency",
            "colloquial",
            {"verdict": "consistent", "checks": ["H1", "H2", "H3"], "values": {}},
        ) if not g.get("placeholders") else None
    for g in [g for g in W9 if unique(g)]:
        t = text_of(g["_path"])
        m = re.search(r"存在的主要问题[：:]一是([^；;。]{4,30})[；;]", re.sub(r"\s+", "", t)) if t else None
        if m:
            add(
                f"{g['agency']}{g['year']}年有啥毛病没解决",
                "problems",
                "colloquial",
                {"contains": [m.group(1)]},
                quote={g["id"]: m.group(1)},
            )
    for agency, gs in multi_year().items():
        s = short(gs[0])
        if s == agency:
            continue
        vals = [cell(g, "t3.new.tot") for g in gs]
        if None not in vals:
            add(
                f"{s}几份年报的新收申请加起来多少件",
                "sum",
                "abbreviated",
                {"value": sum(vals), "unit": "件"},
                cells=[f"{g['id']}:t3.new.tot" for g in gs],
            )
        add(f"{s}哪几年的年报能查到", "which_reports", "abbreviated", {"reports": sorted(g["id"] for g in gs)})


def narrative_compare() -> None:
    """Two reports' texts side by side (主动公开 counts): a journalist's comparison over the prose."""
    facts = []
    for g in GOLDS:
        t = text_of(g["_path"]) if unique(g) and "twoyears" not in g["id"] else None
        m = re.search(r"主动公开(?:各类)?政府信息(\d+)条", re.sub(r"\s+", "", t)) if t else None
        if m:
            facts.append((g, int(m.group(1)), m.group(0)))
    w9 = [f for f in facts if f[0]["_set"] == "wild9"]
    rest = [f for f in facts if f[0]["_set"] != "wild9"]
    for i in range(12):
        (a, va, qa), (b, vb, qb) = w9[i % len(w9)], RND.choice(rest)
        if va == vb or a["agency"] == b["agency"]:
            continue
        order = [a["id"], b["id"]] if va > vb else [b["id"], a["id"]]
        q, st = RND.choice(
            [
                (f"{lbl(a)}和{lbl(b)}主动公开的政府信息，哪个多？", "formal"),
                (f"{short(a)}{a['year']}年跟{short(b)}{b['year']}年比，谁主动公开的条数多", "abbreviated"),
                (f"{lbl(a)}主动公开了多少条，{lbl(b)}呢，比一下", "colloquial"),
            ]
        )
        if st == "abbreviated" and short(a) == a["agency"] and short(b) == b["agency"]:
            st = "formal"
        add(
            q,
            "compare",
            st,
            {"values": {a["id"]: va, b["id"]: vb}, "unit": "条", "order": order},
            quote={a["id"]: qa, b["id"]: qb},
        )


def main() -> None:
    value_questions()
    english_mixed()
    blank_questions()
    list_questions()
    compare_questions()
    change_trend()
    rank_sum_which()
    share_ratio()
    consistency()
    narrative()
    refusals()
    fill_styles()
    narrative_compare()
    seen = set()
    out = []
    for item in BANK:
        key = (item["q"], item["scope"].get("report"))  # one phrasing may be asked of several reports
        if key in seen:
            continue
        seen.add(key)
        item = {"id": f"z{len(out) + 1:04d}", **item}
        out.append(item)
    (HERE / "blindz.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in out), encoding="utf-8")
    print(len(out))


if __name__ == "__main__":
    main()
