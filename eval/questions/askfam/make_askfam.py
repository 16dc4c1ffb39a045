"""Write askfam.jsonl: a development bank of NEW intent families over the store of eval/wild … eval/wild12 (issue 13).

    python3 eval/questions/askfam/make_askfam.py        # writes askfam.jsonl next to this file

Written from the users' side before reading the router (see README.md): every expected value is computed here from
the wild sets' gold cells. A question's `family` (an extra key the judge ignores) names the intent family it tests.
Deterministic: one seeded Random, sorted iteration."""

from __future__ import annotations

import json
import random
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9", "wild10", "wild11", "wild12")
SEED = 20261205
TOL = 0.05
ORGS = ("biz", "sci", "npo", "law", "oth")
COLS = {
    "np": "自然人",
    "biz": "商业企业",
    "sci": "科研机构",
    "npo": "社会公益组织",
    "law": "法律服务机构",
    "oth": "其他",
}
R3 = {
    "r3_1": "属于国家秘密",
    "r3_2": "其他法律行政法规禁止公开",
    "r3_3": "危及“三安全一稳定”",
    "r3_4": "保护第三方合法权益",
    "r3_5": "属于三类内部事务信息",
    "r3_6": "属于四类过程性信息",
    "r3_7": "属于行政执法案卷",
    "r3_8": "属于行政查询事项",
}
R4 = {"r4_1": "本机关不掌握相关政府信息", "r4_2": "没有现成信息需要另行制作", "r4_3": "补正后申请内容仍不明确"}
R5 = {
    "r5_1": "信访举报投诉类申请",
    "r5_2": "重复申请",
    "r5_3": "要求提供公开出版物",
    "r5_4": "无正当理由大量反复申请",
    "r5_5": "要求行政机关确认或重新出具已获取信息",
}


def load() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["set"] = s
            out.append(g)
    return out


def cell(g: dict, key: str) -> Any:
    table, _, k = key.partition(".")
    return (g.get(table) or {}).get(k)


def clean(g: dict, keys: list[str]) -> bool:
    """Every cell read is a printed number, and no finding touches the report's tables (no printed-vs-implied doubt)."""
    if not g["tables_recoverable"] or g["template"] == "LEGACY" or g["findings"]:
        return False
    return all(isinstance(cell(g, k), (int, float)) for k in keys)


def refs(g: dict, keys: list[str], scoped: bool) -> list[str]:
    """Cell references: bare for the scoped report, `report:key` for a named one."""
    return list(keys) if scoped else [f"{g['id']}:{k}" for k in keys]


def pct(a: float, b: float) -> float:
    return round(100 * a / b, 2)


class Bank:
    def __init__(self, golds: list[dict]):
        self.items: list[dict] = []
        self.rng = random.Random(SEED)
        self.golds = golds
        names = defaultdict(list)
        for g in golds:
            names[(g["agency"], g["year"])].append(g["id"])
        # a report a question can name: its agency + year picks exactly it
        self.nameable = {g["id"] for g in golds if len(names[(g["agency"], g["year"])]) == 1}

    def add(self, family: str, intent: str, q: str, expect: dict, scope: str | None = None, **extra) -> None:
        style = extra.pop("style", "colloquial" if self.rng.random() < 0.5 else "formal")
        item = {"id": f"af{len(self.items) + 1:04d}", "q": q, "scope": {"report": scope} if scope else {}}
        item.update({"intent": intent, "style": style, "family": family, "expect": expect})
        item.update(extra)
        self.items.append(item)

    def who(self, g: dict, scoped: bool) -> str:
        return "" if scoped else f"{g['agency']}{g['year']}年"

    def pick(self, pool: list[dict], n: int) -> list[dict]:
        pool = sorted(pool, key=lambda g: g["id"])
        return self.rng.sample(pool, min(n, len(pool)))


def rate_family(b: Bank, family: str, num: list[str], den: list[str], phrasings: list[str], n_ok: int, n_zero: int):
    """A derived rate num/den of one report; a zero denominator is refused."""
    keys = num + den
    pool = [g for g in b.golds if clean(g, keys)]
    nonzero = [g for g in pool if sum(cell(g, k) for k in den) > 0]
    # prefer reports where the numerator is not 0 (a 0 % rate is too easy to hit by accident)
    rich = [g for g in nonzero if sum(cell(g, k) for k in num) > 0]
    chosen = b.pick(rich, n_ok)
    if len(chosen) < n_ok:
        chosen += b.pick([g for g in nonzero if g not in chosen], n_ok - len(chosen))
    zero = b.pick([g for g in pool if sum(cell(g, k) for k in den) == 0], n_zero)
    calc = "100*(" + "+".join("{" + k + "}" for k in num) + ")/(" + "+".join("{" + k + "}" for k in den) + ")"
    for i, g in enumerate(chosen + zero):
        scoped = g["id"] not in b.nameable or i % 2 == 0
        q = phrasings[(i + i // 2) % len(phrasings)].format(who=b.who(g, scoped))
        d = sum(cell(g, k) for k in den)
        if d == 0:
            exp = {"refuse": True}
            note = "denominator 0: the rate is undefined, refused with the reason"
        else:
            exp = {"value": pct(sum(cell(g, k) for k in num), d), "unit": "%", "tol": TOL}
            note = "derived rate"
        b.add(family, "share", q, exp, g["id"] if scoped else None, cells=refs(g, keys, scoped), calc=calc, note=note)


def top_family(b: Bank, family: str, items: dict[str, str], phrasings: list[str], n: int, col: str = "tot"):
    """The largest item within one report: the headline is the top item's count (unique, > 0)."""
    keys = [f"t3.{k}.{col}" if not k.startswith("new.") else f"t3.{k}" for k in items]
    pool = []
    for g in b.golds:
        if not clean(g, keys):
            continue
        vals = sorted((cell(g, k) for k in keys), reverse=True)
        if vals[0] > 0 and vals[0] != vals[1]:
            pool.append(g)
    for i, g in enumerate(b.pick(pool, n)):
        scoped = g["id"] not in b.nameable or i % 2 == 0
        q = phrasings[(i + i // 2) % len(phrasings)].format(who=b.who(g, scoped))
        top = max(keys, key=lambda k: cell(g, k))
        name = items[top.split(".")[1] if not top.startswith("t3.new.") else top.split(".")[2]]
        b.add(
            family,
            "rank",
            q,
            {"value": cell(g, top), "unit": "件"},
            g["id"] if scoped else None,
            cells=refs(g, [top], scoped),
            note=f"top item: {name}",
        )


def applicant_top(b: Bank, phrasings: list[str], n: int):
    keys = [f"t3.new.{c}" for c in COLS]
    pool = []
    for g in b.golds:
        if not clean(g, keys + ["t3.new.tot"]):
            continue
        vals = sorted((cell(g, k) for k in keys), reverse=True)
        if vals[0] > 0 and vals[0] != vals[1] and vals[1] > 0:
            pool.append(g)
    for i, g in enumerate(b.pick(pool, n)):
        scoped = g["id"] not in b.nameable or i % 2 == 0
        q = phrasings[(i + i // 2) % len(phrasings)].format(who=b.who(g, scoped))
        top = max(keys, key=lambda k: cell(g, k))
        b.add(
            "top_item",
            "rank",
            q,
            {"value": cell(g, top), "unit": "件"},
            g["id"] if scoped else None,
            cells=refs(g, [top], scoped),
            note=f"top applicant column: {COLS[top.split('.')[-1]]}",
        )


def province(g: dict) -> str:
    r = g["region"]
    for end in ("省", "自治区", "市"):
        i = r.find(end)
        if 0 < i <= 4:
            return r[: i + len(end)]
    return r[:3]


def groups(b: Bank) -> dict[str, list[dict]]:
    """Named groups of the store whose every report has clean readable tables: a province, a year, a province × year."""
    out: dict[str, list[dict]] = defaultdict(list)
    for g in b.golds:
        out[f"{g['year']}年"].append(g)
        out[f"{province(g)}"].append(g)
        out[f"{province(g)}{g['year']}年"].append(g)
    return out


def set_family(b: Bank, keys: list[str], pred, phrasings: list[str], n: int, family: str, lo: int = 1, hi: int = 8):
    """which_reports over a named group (every member clean, so the expected set is exact)."""
    cands = []
    for label, members in sorted(groups(b).items()):
        if len(members) < 3 or not all(clean(g, keys) for g in members):
            continue
        hits = sorted(g["id"] for g in members if pred(g))
        if lo <= len(hits) <= hi and len(hits) < len(members):
            cands.append((label, hits))
    b.rng.shuffle(cands)
    for i, (label, hits) in enumerate(cands[:n]):
        where = label if label.endswith("年") and not label[0].isdigit() else label
        q = phrasings[i % len(phrasings)].format(where=where)
        b.add(family, "which_reports", q, {"reports": hits}, None, note=f"group {label}")


def stat_family(b: Bank, key: str, what: str, phrasings: dict[str, list[str]], n: int):
    """Average / median of one cell over a named group (every member clean)."""
    cands = []
    for label, members in sorted(groups(b).items()):
        if len(members) < 3 or len(members) > 60 or not all(clean(g, [key]) for g in members):
            continue
        cands.append((label, members))
    b.rng.shuffle(cands)
    for i, (label, members) in enumerate(cands[:n]):
        vals = [cell(g, key) for g in members]
        op = ("mean", "median")[i % 2]
        v = statistics.mean(vals) if op == "mean" else statistics.median(vals)
        q = phrasings[op][i // 2 % len(phrasings[op])].format(where=label, what=what)
        b.add(
            "set_stat",
            "sum",
            q,
            {"value": round(v, 2), "unit": "件", "tol": TOL},
            None,
            cells=[f"{g['id']}:{key}" for g in members],
            note=f"{op} over {len(members)} reports of {label}",
        )


def diff_family(b: Bank, key: str, what: str, phrasings: list[str], n: int):
    pool = [g for g in b.golds if g["id"] in b.nameable and clean(g, [key])]
    pool.sort(key=lambda g: g["id"])
    for i in range(n):
        a, c = b.rng.sample(pool, 2)
        if a["agency"] == c["agency"] or cell(a, key) == cell(c, key):
            continue
        q = phrasings[i % len(phrasings)].format(
            a=f"{a['agency']}{a['year']}年", c=f"{c['agency']}{c['year']}年", what=what
        )
        b.add(
            "diff_two",
            "compare",
            q,
            {"value": cell(a, key) - cell(c, key), "unit": "件"},
            None,
            cells=[f"{a['id']}:{key}", f"{c['id']}:{key}"],
            calc=f"{{{a['id']}:{key}}}-{{{c['id']}:{key}}}",
            note="signed first named − second named",
        )


def series_family(b: Bank, keys: dict[str, str]):
    by = defaultdict(list)
    for g in b.golds:
        if g["id"] in b.nameable:
            by[g["agency"]].append(g)
    i = 0
    for agency, gs in sorted(by.items()):
        gs.sort(key=lambda g: g["year"])
        if len(gs) < 2:
            continue
        for key, what in keys.items():
            if not all(clean(g, [key]) for g in gs):
                continue
            i += 1
            first, last = gs[0], gs[-1]
            if i % 3 == 0:
                q = f"{agency}历年{what}分别是多少？"
                exp = {"values": {g["id"]: cell(g, key) for g in gs}, "unit": "件"}
                b.add("series", "trend", q, exp, None, cells=[f"{g['id']}:{key}" for g in gs])
            elif i % 3 == 1:
                if cell(first, key) == 0:
                    continue
                q = f"{agency}{last['year']}年的{what}比{first['year']}年增长了百分之多少？"
                v = pct(cell(last, key) - cell(first, key), cell(first, key))
                b.add(
                    "series",
                    "change",
                    q,
                    {"value": v, "unit": "%", "tol": TOL},
                    None,
                    cells=[f"{last['id']}:{key}", f"{first['id']}:{key}"],
                    calc=f"100*({{{last['id']}:{key}}}-{{{first['id']}:{key}}})/{{{first['id']}:{key}}}",
                    note="growth rate, signed",
                )
            else:
                q = f"{agency}{first['year']}年到{last['year']}年，{what}变化了多少件？"
                b.add(
                    "series",
                    "change",
                    q,
                    {"value": cell(last, key) - cell(first, key), "unit": "件"},
                    None,
                    cells=[f"{last['id']}:{key}", f"{first['id']}:{key}"],
                    note="signed later − earlier",
                )


def within_ratio(b: Bank, n: int):
    """表二: 行政处罚 over 行政许可 (how many times), scoped."""
    keys = ["t2.penalty.decisions", "t2.license.decisions"]
    pool = [g for g in b.golds if clean(g, keys) and cell(g, keys[0]) > 0 and cell(g, keys[1]) > 0]
    ph = ["{who}行政许可决定数是行政处罚决定数的几倍？", "{who}许可决定和处罚决定之比是多少（许可÷处罚）？"]
    for i, g in enumerate(b.pick(pool, n)):
        scoped = g["id"] not in b.nameable or i % 2 == 0
        q = ph[i % 2].format(who=b.who(g, scoped))
        v = round(cell(g, keys[1]) / cell(g, keys[0]), 2)
        b.add(
            "within_ratio",
            "ratio",
            q,
            {"value": v, "unit": None, "tol": TOL},
            g["id"] if scoped else None,
            cells=refs(g, keys, scoped),
            calc="{t2.license.decisions}/{t2.penalty.decisions}",
        )


def no_denominator(b: Bank):
    """Rates the report gives no denominator for: refused, never a number."""
    pool = b.pick([g for g in b.golds if clean(g, ["t3.new.tot"])], 10)
    asks = [
        "每万人口的政府信息公开申请量是多少？",
        "人均提出了多少件申请？",
        "申请人中女性占比多少？",
        "信息公开工作经费占部门预算的比例？",
        "公开专职人员人均处理多少件申请？",
        "每个工作日平均收到几件申请？",
        "申请人的平均年龄是多少岁？",
        "每千名常住人口的行政复议数是多少？",
        "辖区每万户企业的信息公开申请数？",
        "外地申请人占全部申请人的比例？",
    ]
    for g, q in zip(pool, asks):
        b.add(
            "no_denominator",
            "unanswerable",
            q,
            {"refuse": True},
            g["id"],
            note="asked as share: the report prints no denominator for it",
        )


def template_family(b: Bank):
    """Questions about the template itself (国办 2021 / 2019 formats), answered from the template's rows."""
    qs = [
        ("2021版年报格式里，不予公开的理由一共列了几种？", 8),
        ("按新版（2021年）模板，“无法提供”分几种情形？", 3),
        ("年报表三里“不予处理”有几项子类？", 5),
        ("2021年格式的表三把申请人分成几类法人或其他组织？", 5),
        ("现行年报模板中“其他处理”下面有几个细项？", 3),
        ("表四行政诉讼分成哪两种情形？各有几列结果？", None),
    ]
    for q, v in qs:
        if v is None:
            b.add(
                "template",
                "narrative",
                q,
                {"contains": ["未经复议直接起诉", "复议后起诉"]},
                None,
                note="template: 表四 litigation split",
            )
        else:
            b.add("template", "value", q, {"value": v, "unit": None}, None, note="template row count")


def build() -> list[dict]:
    b = Bank(load())
    rate_family(
        b,
        "rate_review_fix",
        ["t4.rv.fix"],
        ["t4.rv.tot"],
        [
            "{who}行政复议的纠错率是多少？",
            "{who}复议纠错率（结果纠正占复议总数）",
            "算一下{who}被复议纠正的比例",
            "{who}行政复议案件里被纠正的占百分之几？",
        ],
        11,
        4,
    )
    rate_family(
        b,
        "rate_review_keep",
        ["t4.rv.keep"],
        ["t4.rv.tot"],
        [
            "{who}行政复议维持率多少",
            "{who}复议结果维持的比例是多少？",
        ],
        6,
        2,
    )
    rate_family(
        b,
        "rate_litigation_lose",
        ["t4.ld.fix", "t4.lr.fix"],
        ["t4.ld.tot", "t4.lr.tot"],
        [
            "{who}行政诉讼的败诉率是多少？",
            "{who}行政诉讼纠错率（直接起诉和复议后起诉合计）是多少",
            "{who}被法院判纠正的诉讼占全部诉讼的比例",
        ],
        9,
        4,
    )
    rate_family(
        b,
        "rate_open",
        ["t3.r1.tot"],
        ["t3.r7.tot"],
        [
            "{who}予以公开的占办理结果总数的比例是多少？",
            "{who}全部公开率是多少（予以公开÷办理总计）",
            "{who}依申请公开中予以公开的比率",
        ],
        10,
        0,
    )
    rate_family(
        b,
        "rate_open_incl_partial",
        ["t3.r1.tot", "t3.r2.tot"],
        ["t3.r7.tot"],
        [
            "{who}公开率（予以公开加部分公开，占办理结果总数）是多少？",
            "{who}予以公开和部分公开合计占全部办理结果的百分比",
        ],
        8,
        0,
    )
    rate_family(
        b,
        "rate_carry_out",
        ["t3.carry_out.tot"],
        ["t3.new.tot", "t3.carry_in.tot"],
        [
            "{who}结转下年度的申请占本年全部申请（新收加上年结转）的比例？",
            "{who}未办结率（结转下年÷(新收+上年结转)）",
        ],
        6,
        0,
    )
    rate_family(
        b,
        "share_applicant",
        ["t3.new.np"],
        ["t3.new.tot"],
        [
            "{who}自然人申请占新收申请的比例是多少？",
            "{who}新收申请中个人（自然人）提出的占几成？按百分比说",
            "{who}自然人申请占比",
        ],
        8,
        0,
    )
    rate_family(
        b,
        "share_applicant",
        [f"t3.new.{c}" for c in ORGS],
        ["t3.new.tot"],
        [
            "{who}法人或其他组织提出的申请占新收申请的百分比",
            "{who}企业和其他组织申请占比是多少？",
        ],
        6,
        0,
    )
    rate_family(
        b,
        "rate_review_per_app",
        ["t4.rv.tot"],
        ["t3.new.tot"],
        [
            "{who}行政复议数占新收申请数的比例是多少？",
            "{who}每百件新收申请引发多少件行政复议？",
        ],
        6,
        0,
    )
    applicant_top(
        b,
        [
            "{who}哪类申请人提的申请最多？多少件？",
            "{who}申请主体里最多的是哪一类",
            "{who}新收申请中占比最大的申请人类型是？",
        ],
        12,
    )
    top_family(
        b,
        "top_item",
        R3,
        [
            "{who}不予公开最主要的理由是什么？有几件？",
            "{who}不予公开的情形中哪一项最多",
        ],
        8,
    )
    top_family(
        b,
        "top_item",
        R4,
        [
            "{who}无法提供的申请里，最主要是什么原因？",
            "{who}无法提供中哪种情形件数最多？",
        ],
        7,
    )
    top_family(b, "top_item", R5, ["{who}不予处理的申请中最多的是哪一类？"], 5)
    set_family(
        b,
        ["t4.rv.tot"],
        lambda g: cell(g, "t4.rv.tot") == 0,
        [
            "{where}的报告里，哪些单位全年没有被申请行政复议？",
            "{where}哪几个单位行政复议是0件",
            "列出{where}没有发生行政复议的单位",
        ],
        8,
        "zero_set",
    )
    set_family(
        b,
        ["t4.ld.tot", "t4.lr.tot"],
        lambda g: cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") == 0,
        [
            "{where}哪些单位一起行政诉讼都没有？",
            "{where}的报告中，没有行政诉讼案件的是哪些单位",
        ],
        6,
        "zero_set",
    )
    set_family(
        b,
        ["t3.carry_out.tot"],
        lambda g: cell(g, "t3.carry_out.tot") == 0,
        [
            "{where}哪些单位年底没有结转到下年度的申请？",
            "{where}结转下年度为零的单位有哪些",
        ],
        5,
        "zero_set",
    )
    set_family(
        b,
        ["t3.new.tot"],
        lambda g: cell(g, "t3.new.tot") >= 100,
        [
            "{where}新收申请达到100件以上的单位有哪些？",
            "{where}哪些单位一年收到的申请不少于100件",
        ],
        6,
        "threshold_set",
    )
    set_family(
        b,
        ["t4.rv.fix"],
        lambda g: cell(g, "t4.rv.fix") > 0,
        [
            "{where}哪些单位有行政复议被纠正的？",
            "{where}复议结果纠正不为零的单位",
        ],
        6,
        "threshold_set",
    )
    stat_family(
        b,
        "t3.new.tot",
        "新收申请",
        {
            "mean": ["{where}各单位平均每家新收多少件申请？", "{where}的报告，新收申请数的平均值是多少"],
            "median": ["{where}各单位新收申请数的中位数是多少？", "{where}新收申请的中位数"],
        },
        10,
    )
    stat_family(
        b,
        "t4.rv.tot",
        "行政复议",
        {
            "mean": ["{where}平均每个单位有几件行政复议？"],
            "median": ["{where}各单位行政复议件数的中位数"],
        },
        6,
    )
    diff_family(
        b,
        "t3.new.tot",
        "新收申请",
        [
            "{a}比{c}多收了多少件申请？",
            "{a}和{c}的新收申请数相差多少（前者减后者）",
            "{a}新收申请比{c}多几件",
        ],
        10,
    )
    diff_family(b, "t4.rv.tot", "行政复议", ["{a}的行政复议件数比{c}多多少？"], 5)
    series_family(b, {"t3.new.tot": "新收申请数", "t4.rv.tot": "行政复议数", "t3.r1.tot": "予以公开件数"})
    within_ratio(b, 8)
    no_denominator(b)
    template_family(b)
    round_two(b)
    round_three(b)
    return b.items


def round_two(b: Bank) -> None:
    """Second phrasings of the same families, written after the first run and before the second build ran
    on them (ids after the first round's, `family` suffixed `:2`)."""
    n0 = len(b.items)
    rate_family(
        b,
        "rate_review_fix:2",
        ["t4.rv.fix"],
        ["t4.rv.tot"],
        [
            "{who}行政复议纠正率多少",
            "{who}复议案件被纠错的比率是多少",
        ],
        4,
        1,
    )
    rate_family(
        b,
        "rate_litigation_lose:2",
        ["t4.ld.fix", "t4.lr.fix"],
        ["t4.ld.tot", "t4.lr.tot"],
        [
            "{who}行政诉讼（两类合计）结果纠正的占比是多少",
        ],
        3,
        1,
    )
    applicant_top(b, ["{who}申请人以哪一类为主？", "{who}什么类型的申请人申请得最多"], 4)
    top_family(b, "top_item:2", R3, ["{who}不予公开主要是因为哪种情形？", "{who}不予公开里件数最多的情形是哪个"], 4)
    top_family(b, "top_item:2", R4, ["{who}无法提供的几种情形里哪个最多"], 2)
    stat_family(
        b,
        "t3.new.tot",
        "新收申请",
        {
            "mean": ["{where}的报告里，新收申请的均值是多少？"],
            "median": ["{where}的报告中新收申请数取中位数是多少"],
        },
        4,
    )
    diff_family(b, "t3.new.tot", "新收申请", ["{a}的新收申请比{c}少多少？", "{a}新收申请减去{c}的是多少"], 4)
    for g, q in zip(
        b.pick([g for g in b.golds if clean(g, ["t3.new.tot"])], 3),
        ["每名工作人员平均办理几件申请？", "按辖区人口算，每十万人有多少件申请？", "平均每位申请人提了几件？"],
    ):
        b.add("no_denominator:2", "unanswerable", q, {"refuse": True}, g["id"], note="no denominator printed")
    for q, v in (("2021年版年报表三里，申请人一共分几列（不含总计）？", 6), ("2019版格式的“无法提供”有几种情形？", 3)):
        b.add("template:2", "value", q, {"value": v, "unit": None}, None, note="template row count")
    for it in b.items[n0:]:
        if not it["family"].endswith(":2"):
            it["family"] += ":2"


def _suffix(b: Bank, n0: int, tag: str) -> None:
    for it in b.items[n0:]:
        if not it["family"].endswith(tag):
            it["family"] += tag


def round_three(b: Bank) -> None:
    """Third round (branch askleft, ids after round two's, `family` suffixed `:3`): the defects the last session
    left, each as a family — sets over a place (mean/median, zero, threshold, 「列出…」), agencies' short forms,
    a set aggregate naming the reports whose cell is unread, off-topic questions, a change asked with no measure,
    「企业和其他组织」 as the 法人或其他组织 columns, 「多收了多少」 signed. Written before the build ran on it."""
    n0 = len(b.items)
    stat_family(
        b,
        "t3.new.tot",
        "新收申请",
        {
            "mean": [
                "{where}平均每个单位收到多少件申请？",
                "算一下{where}各单位新收申请的平均数",
                "{where}每家单位平均新收几件申请",
                "{where}的单位新收申请数平均是多少",
            ],
            "median": [
                "{where}所有单位新收申请数的中位数是多少？",
                "{where}各部门新收申请取中位数",
                "{where}单位的新收申请中位数是几件",
                "{where}全部单位新收申请数的中位数",
            ],
        },
        8,
    )
    stat_family(
        b,
        "t4.rv.tot",
        "行政复议",
        {
            "mean": ["{where}平均每个单位行政复议多少件？", "{where}各单位行政复议数的均值"],
            "median": ["{where}行政复议件数的中位数是多少", "{where}各单位行政复议的中位数"],
        },
        4,
    )
    set_family(
        b,
        ["t4.rv.tot"],
        lambda g: cell(g, "t4.rv.tot") == 0,
        [
            "请列出{where}行政复议为零的单位",
            "{where}行政复议数为零的单位有哪些？",
            "列出{where}全年没有行政复议的单位",
            "找出{where}行政复议是0件的单位",
        ],
        4,
        "zero_set",
    )
    set_family(
        b,
        ["t4.ld.tot", "t4.lr.tot"],
        lambda g: cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") == 0,
        ["列出{where}没有行政诉讼的单位", "{where}行政诉讼为零的单位有哪些"],
        2,
        "zero_set",
    )
    set_family(
        b,
        ["t3.carry_out.tot"],
        lambda g: cell(g, "t3.carry_out.tot") == 0,
        ["列出{where}结转下年度为0的单位", "{where}没有结转下年度申请的单位有哪些？"],
        2,
        "zero_set",
    )
    set_family(
        b,
        ["t3.new.tot"],
        lambda g: cell(g, "t3.new.tot") >= 100,
        [
            "{where}新收申请100件以上的单位有哪些",
            "列出{where}新收申请在100件及以上的单位",
            "{where}新收申请不低于100件的单位有哪些？",
            "{where}哪些单位新收申请100件以上",
        ],
        4,
        "threshold_set",
    )
    set_family(
        b,
        ["t4.rv.fix"],
        lambda g: cell(g, "t4.rv.fix") > 0,
        [
            "{where}行政复议纠正不为零的单位有哪些",
            "列出{where}复议被纠正数不为0的单位",
            "{where}行政复议结果纠正大于零的单位",
            "{where}有复议纠正的单位有哪些？",
        ],
        4,
        "threshold_set",
    )
    short_forms(b)
    unread_named(b)
    for q, scoped in (
        ("今天天气怎么样？", False),
        ("帮我写一首关于春天的诗", False),
        ("明天股票会涨吗", False),
        ("推荐一家附近的餐厅", False),
        ("世界杯冠军是哪个国家？", False),
        ("讲个笑话吧", False),
        ("今天天气怎么样", True),
        ("帮我订一张去北京的机票", True),
    ):
        g = b.pick([g for g in b.golds if clean(g, ["t3.new.tot"])], 1)[0]
        b.add(
            "off_topic",
            "unanswerable",
            q,
            {"refuse": True, "contains": ["超出年报范围"]},
            g["id"] if scoped else None,
            note="off-topic: said to be outside the reports, not 报告未提及",
        )
    asks = [
        "今年和去年比变化多大",
        "比去年多了多少？",
        "和上一年比增长了多少",
        "较上年增减多少",
        "同比增长百分之多少？",
        "跟前一年比差了多少",
        "比上年多还是少？多多少",
        "和去年相比涨了几成",
    ]
    for g, q in zip(b.pick([g for g in b.golds if clean(g, ["t3.new.tot"])], len(asks)), asks):
        b.add(
            "no_measure",
            "unanswerable",
            q,
            {"refuse": True, "contains": ["请指明要比较哪一项"]},
            g["id"],
            note="a change asked with no measure: the measure is asked for",
        )
    rate_family(
        b,
        "org_column",
        [f"t3.new.{c}" for c in ORGS],
        ["t3.new.tot"],
        ["{who}企业和其他组织申请占比多少？", "{who}企业和其他组织提出的申请占新收的百分之几"],
        2,
        0,
    )
    keys = [f"t3.new.{c}" for c in ORGS]
    pool = [
        g
        for g in b.golds
        if clean(g, keys)
        and sum(cell(g, k) for k in keys) > 0
        and cell(g, "t3.new.biz") != sum(cell(g, k) for k in keys)
    ]
    ph = [
        "{who}企业和其他组织提出了多少件申请？",
        "{who}企业和其他组织的申请有几件",
        "{who}来自企业和其他组织的新收申请数",
        "{who}企业及其他组织申请多少件",
        "{who}企业和其他组织一共申请了多少件",
        "{who}新收申请中企业和其他组织有多少",
    ]
    for i, g in enumerate(b.pick(pool, len(ph))):
        scoped = g["id"] not in b.nameable or i % 2 == 0
        b.add(
            "org_column",
            "value",
            ph[i].format(who=b.who(g, scoped)),
            {"value": sum(cell(g, k) for k in keys), "unit": "件"},
            g["id"] if scoped else None,
            cells=refs(g, keys, scoped),
            note="企业和其他组织 = the 法人或其他组织 columns",
        )
    diff_family(
        b,
        "t3.new.tot",
        "新收申请",
        [
            "{a}比{c}多收了多少件申请？",
            "{a}比{c}多收到几件申请",
            "{a}比{c}多收了几件",
            "{a}收到的申请比{c}多了多少",
            "{a}比{c}多受理了多少件申请",
            "{a}的新收申请比{c}多了几件？",
            "{a}比{c}多收了多少申请",
            "{a}和{c}比，多收了多少件",
        ],
        8,
    )
    _suffix(b, n0, ":3")


SHORT = (  # (gold id, short form as a user writes it, cell, measure asked)
    ("h23-hefei-jkq-bosi-slash-2023", "合肥经开区", "t3.new.tot", "新收申请多少件？"),
    ("h23-hefei-jkq-bosi-slash-2023", "合肥经济开发区", "t4.rv.tot", "行政复议有几件"),
    ("h21-hefei-gxq-colorder-2024", "合肥高新区", "t3.new.tot", "收到多少件信息公开申请"),
    ("p21-jiashan-kfq-notes-2021", "嘉善经开区", "t3.new.tot", "新收了多少件申请"),
    ("x24-leliu-jd-fillexport-2024", "勒流街道", "t3.new.tot", "新收申请是多少"),
    ("c22-tongzhou-wjw-fillcsv-2022", "通州区卫健委", "t3.new.tot", "新收申请多少件"),
    ("h21-jiedao-xinjiekou-ol-2023", "夫子庙街道", "t4.rv.tot", "行政复议多少件"),
    ("m19-changan-wjj-fenced-2019", "长安区卫健局", "t3.new.tot", "新收申请多少件？"),
)


def short_forms(b: Bank) -> None:
    """A body named by its everyday short form (经开区/高新区/卫健委/…街道): that body's figure."""
    golds = {g["id"]: g for g in b.golds}
    for rid, short, key, what in SHORT:
        g = golds[rid]
        assert clean(g, [key]), rid
        b.add(
            "agency_short",
            "value",
            f"{short}{g['year']}年{what}",
            {"value": cell(g, key), "unit": "件"},
            None,
            cells=refs(g, [key], False),
            note=f"short form of {g['agency']}",
        )


def unread_named(b: Bank) -> None:
    """A sum / mean / median / rank over a year's reports: every report of the year whose cell is not read
    (tables as pictures, no table printed) is named as not counted, beside the figure over the others.
    Bank errors found on the first run (fixed here, counted apart): three questions asked of 2024, whose one
    report with picture tables (pdf21-wujin-images-2024) the extractor now reads by OCR — its figure is not
    in the gold, so nothing of 2024 is unread; they are asked of 2022/2023 instead (af0290, af0293, af0294)."""
    asks = [
        (2023, "t3.new.tot", "2023年所有报告新收申请合计多少件？", "sum"),
        (2022, "t3.new.tot", "2022年各单位新收申请平均多少件", "mean"),
        (2022, "t3.new.tot", "2022年全部报告的新收申请加起来是多少", "sum"),  # (bank error fixed: was 2024)
        (2023, "t3.new.tot", "2023年各单位新收申请的中位数", "median"),
        (2022, "t3.new.tot", "2022年新收申请总数是多少？", "sum"),
        (2023, "t3.new.tot", "2023年平均每份报告新收多少件申请", "mean"),  # (bank error fixed: was 2024)
        (2022, "t3.new.tot", "2022年新收申请最多的是哪个单位？", "max"),  # (bank error fixed: was 2024)
        (2023, "t3.new.tot", "2023年新收申请最少的单位是哪个", "min"),
    ]
    for year, key, q, op in asks:
        members = [g for g in b.golds if g["year"] == year]
        read = [g for g in members if isinstance(cell(g, key), (int, float))]
        unread = sorted(g["agency"] for g in members if g not in read)
        vals = [cell(g, key) for g in read]
        v = {
            "sum": sum(vals),
            "mean": round(statistics.mean(vals), 2),
            "median": statistics.median(vals),
            "max": max(vals),
            "min": min(vals),
        }[op]
        b.add(
            "unread_named",
            "sum",
            q,
            {"contains": ["未能读取", *unread]},
            None,
            note=f"{op} over {len(read)} of {len(members)} reports of {year} = {v}; the rest named",
        )


def main() -> None:
    items = build()
    out = HERE / "askfam.jsonl"
    out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    fams: dict[str, int] = defaultdict(int)
    for it in items:
        fams[it["family"]] += 1
    print(len(items), dict(fams))


if __name__ == "__main__":
    main()
