"""Write eval/questions/blindu/blindu.jsonl: a blind bank of NEW INTENT FAMILIES over the wild store (wild … wild12).

    python eval/questions/blindu/make_blindu.py

Every expectation is computed here from the wild gold (cells, levels, regions, years); nothing comes from the
product. Seeded and sorted, so two runs write identical bytes. Families: README.md of this folder."""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path
from statistics import median
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9", "wild10", "wild11", "wild12")
REFUSED_FORMATS = {"o16-chengzhong-mzj-odt-2016", "o21-chengguan-wjw-odt-2024", "j21-szjtys-opendata-2023"}
R = random.Random(20261205)

# ---------------------------------------------------------------- the store
GOLDS: list[dict] = []
# The three formats above are read since (askua, after the measure: the run refused none of the 362 reports):
# F1's counts of a year / a province count them too (a bank error fixed); every other family keeps GOLDS as drawn.
NOW_STORED: list[dict] = []
for s in SETS:
    for f in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g["id"] in REFUSED_FORMATS:
            NOW_STORED.append(g)
            continue
        g["_set"] = s
        GOLDS.append(g)
BY_ID = {g["id"]: g for g in GOLDS}
PAIR = Counter((g["agency"], g["year"]) for g in GOLDS)
AGENCIES = sorted({g["agency"] for g in GOLDS})


def readable(g: dict) -> bool:
    return g["template"] in ("GF2019", "GF2021") and bool(g.get("tables_recoverable")) and bool(g.get("t3"))


def clean(g: dict) -> bool:
    """Readable and with no hard finding: derived arithmetic over its printed cells is unambiguous."""
    return readable(g) and not any(f.get("check", "").startswith("H") for f in g.get("findings", []))


def nameable(g: dict) -> bool:
    return PAIR[(g["agency"], g["year"])] == 1


def cell(g: dict, key: str) -> Any:
    """A gold cell (a number, or None where the gold is unsure); callers check `cells_ok` first."""
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def cells_ok(g: dict, keys: list[str]) -> bool:
    return all(isinstance(cell(g, k), (int, float)) and not isinstance(cell(g, k), bool) for k in keys)


def province(g: dict) -> str:
    m = re.match(r"^(北京市|上海市|天津市|重庆市|.+?(?:自治区|省))", g["region"])
    return m.group(1) if m else ""


# ---------------------------------------------------------------- names and dress
SHORT_DEPT = [
    ("人力资源和社会保障局", "人社局"),
    ("人力资源和社会保障厅", "人社厅"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("城市管理和综合执法局", "城管局"),
    ("科学技术委员会", "科委"),
    ("农业农村局", "农业农村局"),
    ("人民政府办公室", "政府办"),
    ("人民政府", "政府"),
    ("街道办事处", "街道"),
]


def short_name(agency: str) -> str | None:
    """A short form users write (city dropped, department shortened), used only if no other body shares it."""
    s = agency
    for full, sh in SHORT_DEPT:
        if s.endswith(full):
            s = s[: -len(full)] + sh
            break
    s2 = re.sub(r"^.{2,4}?市(?=.{2,5}?[区县])", "", s)  # 杭州市余杭区政府 → 余杭区政府
    s2 = re.sub(r"^(.{2,3}?)(?:省|壮族自治区)", r"\1", s2)  # 湖南省水利厅 → 湖南水利厅
    if s2 == agency or len(s2) < 4:
        return None
    for other in AGENCIES:
        if other == agency:
            continue
        o = other
        for full, sh in SHORT_DEPT:
            if o.endswith(full):
                o = o[: -len(full)] + sh
                break
        if s2 in o or s2 in other:
            return None
    return s2


CN = "〇一二三四五六七八九"


def year_form(y: int, how: str) -> str:
    if how == "cn":
        return "二〇" + "".join(CN[int(d)] for d in str(y)[2:]) + "年"
    if how == "cn0":
        return "二零" + "".join(CN[int(d)] for d in str(y)[2:]).replace("〇", "零") + "年"
    if how == "yy":
        return f"{str(y)[2:]}年"
    if how == "nd":
        return f"{y}年度"
    return f"{y}年"


TRAD = str.maketrans(
    "报请数复议诉讼处关应开总计门时这个们几来结转办为么里没过给会区县长东广乡镇务统发规范许决费执纠维审听说实"
    "续书单位与业组织领导对吗让问还两样多达现从经济卫健设环资标务农场监发龙宁阳汉兰",
    "報請數復議訴訟處關應開總計門時這個們幾來結轉辦為麼裡沒過給會區縣長東廣鄉鎮務統發規範許決費執糾維審聽說實"
    "續書單位與業組織領導對嗎讓問還兩樣多達現從經濟衛健設環資標務農場監發龍寧陽漢蘭",
)
TYPOS = [
    ("申请", "申清"),
    ("复议", "复意"),
    ("诉讼", "诉颂"),
    ("结转", "节转"),
    ("维持", "维特"),
    ("多少", "多小"),
    ("公开", "公凯"),
]


def trad(s: str) -> str:
    return s.translate(TRAD)


def typo(s: str) -> str:
    for a, b in TYPOS:
        if a in s:
            return s.replace(a, b, 1)
    return s


def voice(s: str) -> str:
    s = re.sub(r"[，。？?、（）()]", " ", s).strip()
    return R.choice(["嗯那个 ", "呃 ", "就是 ", "那个啥 "]) + s + R.choice([" 谢谢", " 嗯", "", " 来着"])


PREAMBLE = [
    "我们在做第三方评估，",
    "我是律师，代理一个信息公开案子，",
    "做数据新闻用，",
    "帮我查一下，",
    "人大代表调研需要，",
    "建数据集用，",
    "",
    "",
]

ITEMS: list[dict] = []


def add(
    fam: str,
    intent: str,
    q: str,
    style: str,
    phrasing: str,
    expect: dict,
    *,
    scope: str | None = None,
    cells: list[str] | None = None,
    calc=None,
    note: str = "",
    reads: list[str] | None = None,
) -> None:
    it: dict = {
        "q": q,
        "scope": {"report": scope} if scope else {},
        "intent": intent,
        "style": style,
        "family": fam,
        "phrasing": phrasing,
        "expect": expect,
    }
    if cells:
        it["cells"] = cells
    if calc is not None:
        it["calc"] = calc
    if note:
        it["note"] = note
    if reads:
        it["reads"] = sorted(set(reads))
    ITEMS.append(it)


def named(g: dict, k: int) -> tuple[str, str, str]:
    """(who+year text, style, phrasing) for a body named in a whole-store question; k picks the dress."""
    y = g["year"]
    sh = short_name(g["agency"])
    forms = ["full", "full_nd", "short", "cn", "yy"]
    f = forms[k % len(forms)]
    if f == "short" and sh:
        return f"{sh}{year_form(y, 'plain')}", "abbreviated", "short name"
    if f == "cn":
        return f"{g['agency']}{year_form(y, R.choice(['cn', 'cn0']))}", "colloquial", "chinese-digit year"
    if f == "yy" and sh:
        return f"{sh}{year_form(y, 'yy')}", "abbreviated", "short name, two-digit year"
    if f == "full_nd":
        return f"{g['agency']}{year_form(y, 'nd')}", "formal", "full name"
    return f"{g['agency']}{year_form(y, 'plain')}", "colloquial", "full name"


def dress(q: str, style: str, phrasing: str, k: int) -> tuple[str, str, str]:
    """Every 6th question typed in 繁體, every 7th by voice, every 9th with a typo, every 11th with English
    (6, not 5: `named` cycles five name forms, and 繁體 should not fall on one form only)."""
    if k % 6 == 5:
        return trad(q), style, phrasing + ", 繁體"
    if k % 7 == 6:
        return voice(q), "colloquial", phrasing + ", voice input"
    if k % 9 == 8:
        return typo(q), style, phrasing + ", typo"
    if k % 11 == 10:
        return "Quick question: " + q, style, phrasing + ", English mixed"
    return q, style, phrasing


def pick(pool: list[dict], n: int, prefer12: float = 0.45) -> list[dict]:
    """n reports, about `prefer12` of them from wild12 when it has enough."""
    w12 = [g for g in pool if g["_set"] == "wild12"]
    rest = [g for g in pool if g["_set"] != "wild12"]
    k12 = min(len(w12), round(n * prefer12))
    return R.sample(w12, k12) + R.sample(rest, min(len(rest), n - k12))


def s3(g: dict, row: str) -> list[str]:
    """Sub-row keys of a result group (（三）1–8, （四）1–3, （五）1–5, （六）1–3 / GF2019 （六））."""
    n = {"r3": 8, "r4": 3, "r5": 5}.get(row)
    if row == "r6":
        return ["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"] if g["template"] == "GF2021" else ["t3.r6.tot"]
    return [f"t3.{row}_{i}.tot" for i in range(1, (n or 0) + 1)]


def total(g: dict, keys: list[str]) -> float:
    return sum(cell(g, k) for k in keys)


def rnd(x: float) -> float:
    return round(x, 2)


W12 = [g for g in GOLDS if g["_set"] == "wild12"]
NAMED_CLEAN = [g for g in GOLDS if clean(g) and nameable(g)]
LEGACY_NAMED = [g for g in GOLDS if g["template"] == "LEGACY" and nameable(g)]

# A body not in the store, and years not held (for refusals): the parent city government of a district body.
MISSING_BODIES = [
    "苏州市人民政府",
    "南京市人民政府",
    "佛山市人民政府",
    "舟山市人民政府",
    "潍坊市人民政府办公室",
    "福州市人民政府",
    "青岛市人民政府",
    "深圳市卫生健康委员会",
    "宁波市住房和城乡建设局",
    "东台市人民政府",
    "重庆市市场监督管理局",
    "湖南省教育厅",
    "四川省水利厅",
    "贵州省公安厅",
    "广西壮族自治区水利厅",
    "合肥市人民政府",
]
MISSING_BODIES = [b for b in MISSING_BODIES if b not in AGENCIES]


def year_not_held(g: dict) -> int | None:
    held = {x["year"] for x in GOLDS if x["agency"] == g["agency"]}
    for y in (g["year"] - 1, g["year"] + 1, g["year"] - 2):
        if y not in held and 2016 <= y <= 2025:
            return y
    return None


# ================================================================ F1 inventory: which years / how many reports
def f1() -> None:
    fam = "F1"
    multi = defaultdict(list)
    for g in GOLDS:
        multi[g["agency"]].append(g)
    bodies = sorted(a for a in multi if all(nameable(x) for x in multi[a]))
    multi_b = [a for a in bodies if len(multi[a]) > 1]
    single_w12 = sorted({g["agency"] for g in W12 if g["agency"] in bodies and len(multi[g["agency"]]) == 1})
    chosen = multi_b + R.sample(single_w12, min(12, len(single_w12)))
    qs = [
        ("库里{a}的年报有哪几年的？", "colloquial"),
        ("请列出本库收录的{a}政府信息公开工作年度报告的全部年份。", "formal"),
        ("{a}哪些年份的信息公开年报你们有", "colloquial"),
        ("Which years of {a}'s 年报 are in the store?", "colloquial"),
    ]
    for k, a in enumerate(chosen):
        ids = sorted(x["id"] for x in multi[a])
        t, st = qs[k % len(qs)]
        sh = short_name(a)
        who, style, ph = (sh, "abbreviated", "short name") if (k % 3 == 2 and sh) else (a, st, "full name")
        q, style, ph = dress(t.format(a=who), style, ph, k)
        add(fam, "which_reports", q, style, ph, {"reports": ids}, note="inventory: every report of one body", reads=ids)
    # how many reports of a year / a province the store holds (refused formats are not in it)
    years = Counter(g["year"] for g in GOLDS + NOW_STORED)
    provs = Counter(province(g) for g in GOLDS + NOW_STORED)
    yq = [
        ("库里一共收了多少份{y}的年报？", "colloquial"),
        ("本库收录的{y}政府信息公开年度报告共计多少份？", "formal"),
        ("{y}的报告有几份", "colloquial"),
    ]
    dup_years = {y for (_, y), n in PAIR.items() if n > 1}
    dup_provs = {province(g) for g in GOLDS if not nameable(g)}
    for k, (y, n) in enumerate(sorted(years.items())):
        if y in dup_years:
            continue
        t, st = yq[k % 3]
        q, st, ph = dress(t.format(y=year_form(y, "cn" if k % 4 == 3 else "plain")), st, "count of a year", k)
        add(fam, "value", q, st, ph, {"value": n, "unit": "份"}, note=f"inventory: reports of {y} in the store")
    pq = [
        ("库里有几份{p}的单位的年报？", "colloquial"),
        ("本库收录{p}各单位的年度报告共多少份？", "formal"),
        ("{p}的报告你们收了多少份", "colloquial"),
    ]
    for k, p in enumerate(sorted({province(g) for g in GOLDS})):  # (drawn over GOLDS: the questions as written)
        n = provs[p]
        if n < 3 or not p or p in dup_provs:
            continue
        t, st = pq[k % 3]
        q, st, ph = dress(t.format(p=p), st, "count of a province", k + 1)
        add(fam, "value", q, st, ph, {"value": n, "unit": "份"}, note=f"inventory: reports of {p} in the store")
    # refusals: bodies the store does not hold
    for k, b in enumerate(MISSING_BODIES):
        t, st = qs[k % len(qs)]
        q, st, ph = dress(t.format(a=b), st, "body not in the store", k)
        add(fam, "unanswerable", q, st, ph, {"refuse": True}, note="asked as inventory; body not in the store")


# ================================================================ F2 how many bodies meet a condition
CONDS = [
    ("全年一件申请都没收到", lambda g: cell(g, "t3.new.tot") == 0, ["t3.new.tot"]),
    ("被申请过行政复议", lambda g: cell(g, "t4.rv.tot") > 0, ["t4.rv.tot"]),
    (
        "被提起过行政诉讼（含复议后起诉）",
        lambda g: cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") > 0,
        ["t4.ld.tot", "t4.lr.tot"],
    ),
    ("新收申请超过50件", lambda g: cell(g, "t3.new.tot") > 50, ["t3.new.tot"]),
    ("有申请结转到下一年办理", lambda g: cell(g, "t3.carry_out.tot") > 0, ["t3.carry_out.tot"]),
    ("有法人或其他组织来申请", lambda g: cell(g, "t3.new.tot") - cell(g, "t3.new.np") > 0, ["t3.new.tot", "t3.new.np"]),
]


def groups() -> list[tuple[str, list[dict]]]:
    """Named sets of reports whose every member is readable, has no hard finding and is nameable."""
    out = []
    by_p = defaultdict(list)
    by_y = defaultdict(list)
    by_py = defaultdict(list)
    for g in GOLDS:
        by_p[province(g)].append(g)
        by_y[g["year"]].append(g)
        by_py[(province(g), g["year"])].append(g)
    for (p, y), gs in sorted(by_py.items()):
        if len(gs) >= 3 and all(clean(g) and nameable(g) for g in gs):
            out.append((f"库里{p}{y}年的", gs))
    for p, gs in sorted(by_p.items()):
        if 3 <= len(gs) <= 12 and all(clean(g) and nameable(g) for g in gs):
            out.append((f"库里{p}的", gs))
    return out


def f2() -> None:
    fam = "F2"
    gr = groups()
    k = 0
    qs = [
        ("{g}单位里，有几家{c}？", "colloquial"),
        ("{g}各单位中，{c}的共有多少家？", "formal"),
        ("{g}报告，{c}的有几个", "colloquial"),
    ]
    for name, gs in gr:
        for c_text, pred, keys in CONDS:
            if not all(cells_ok(g, keys) for g in gs):
                continue
            n = sum(1 for g in gs if pred(g))
            if k % 2 and n == 0:
                continue
            t, st = qs[k % 3]
            q, st, ph = dress(t.format(g=name, c=c_text), st, "count of bodies meeting a condition", k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": n, "unit": "家"},
                reads=[g["id"] for g in gs],
                note=f"count over {len(gs)} reports: {sorted(g['id'] for g in gs if pred(g))}",
            )
            k += 1
            if k >= 40:
                return


# ================================================================ F3 audit KPIs (rates with a conventional name)
def kpis(g: dict) -> list[tuple[str, str, float, str, list[str]]]:
    try:
        return _kpis(g)
    except TypeError:  # a cell the gold leaves null: no KPI of this report
        return []


def _kpis(g: dict) -> list[tuple[str, str, float, str, list[str]]]:
    out = []
    new, cin, r7 = cell(g, "t3.new.tot"), cell(g, "t3.carry_in.tot"), cell(g, "t3.r7.tot")
    if new + cin > 0:
        out.append(
            (
                "办结率",
                "（办结总数÷(新收+上年结转)）",
                100 * r7 / (new + cin),
                "100*{t3.r7.tot}/({t3.new.tot}+{t3.carry_in.tot})",
                ["t3.r7.tot", "t3.new.tot", "t3.carry_in.tot"],
            )
        )
        co = cell(g, "t3.carry_out.tot")
        out.append(
            (
                "结转率",
                "（结转下年度÷(新收+上年结转)）",
                100 * co / (new + cin),
                "100*{t3.carry_out.tot}/({t3.new.tot}+{t3.carry_in.tot})",
                ["t3.carry_out.tot", "t3.new.tot", "t3.carry_in.tot"],
            )
        )
    if r7 > 0:
        r12 = cell(g, "t3.r1.tot") + cell(g, "t3.r2.tot")
        out.append(
            (
                "公开率",
                "（予以公开+部分公开，占办理结果总计）",
                100 * r12 / r7,
                "100*({t3.r1.tot}+{t3.r2.tot})/{t3.r7.tot}",
                ["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"],
            )
        )
        r3 = total(g, s3(g, "r3"))
        out.append(
            (
                "不予公开率",
                "（不予公开占办理结果总计）",
                100 * r3 / r7,
                "100*(" + "+".join("{" + k + "}" for k in s3(g, "r3")) + ")/{t3.r7.tot}",
                s3(g, "r3") + ["t3.r7.tot"],
            )
        )
    if cell(g, "t4.rv.tot") > 0:
        out.append(
            (
                "复议纠错率",
                "（复议结果纠正÷复议总数）",
                100 * cell(g, "t4.rv.fix") / cell(g, "t4.rv.tot"),
                "100*{t4.rv.fix}/{t4.rv.tot}",
                ["t4.rv.fix", "t4.rv.tot"],
            )
        )
    lt = cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot")
    if lt > 0:
        out.append(
            (
                "诉讼败诉率",
                "（行政诉讼结果纠正÷诉讼总数，直接起诉和复议后起诉合计）",
                100 * (cell(g, "t4.ld.fix") + cell(g, "t4.lr.fix")) / lt,
                "100*({t4.ld.fix}+{t4.lr.fix})/({t4.ld.tot}+{t4.lr.tot})",
                ["t4.ld.fix", "t4.lr.fix", "t4.ld.tot", "t4.lr.tot"],
            )
        )
    return out


def f3() -> None:
    fam = "F3"
    pool = [
        g
        for g in NAMED_CLEAN
        if cells_ok(
            g,
            [
                "t3.new.tot",
                "t3.carry_in.tot",
                "t3.r7.tot",
                "t3.carry_out.tot",
                "t3.r1.tot",
                "t3.r2.tot",
                "t4.rv.tot",
                "t4.ld.tot",
                "t4.lr.tot",
            ],
        )
    ]
    k = 0
    for g in pick(pool, 30):
        ks = kpis(g)
        R.shuffle(ks)
        for name, defn, v, calc, cl in ks[:2]:
            if not cells_ok(g, cl):
                continue
            d = defn if k % 2 == 0 else ""
            if k % 4 == 1:
                q, st, ph = f"这份报告的{name}{d}是多少？", "colloquial", "scoped"
                scope = g["id"]
            else:
                who, st, ph = named(g, k)
                q = R.choice(
                    [f"{who}的{name}{d}是多少？", f"请计算{who}政府信息公开申请的{name}{d}。", f"{who}{name}多少{d}"]
                )
                scope = None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "share",
                q,
                st,
                ph,
                {"value": rnd(v), "unit": "%", "tol": 0.05},
                scope=scope,
                cells=cl,
                calc=calc,
                note=f"KPI {name} = {calc}",
                reads=[g["id"]],
            )
            k += 1
    # refusals: KPIs of a LEGACY report (no GF tables) — 公开率 asked of a report whose text has no such table
    for g in [x for x in LEGACY_NAMED if text_known(x)][:8]:
        who, st, ph = named(g, k)
        q, st, ph = dress(f"{who}的复议纠错率是多少？", st, ph + ", LEGACY", k)
        if re.search(r"复议\D{0,12}[\d一二三四五六七八九十]", text_of(g)) or "纠错" in text_of(g):
            continue
        add(
            fam,
            "unanswerable",
            q,
            st,
            ph,
            {"refuse": True},
            note="asked as a KPI of a LEGACY report with no 表四",
            reads=[g["id"]],
        )
        k += 1


_TEXT: dict[str, str] = {}


def text_known(g: dict) -> bool:
    """Only a report whose text this script can read is asked a refusal that depends on the text."""
    return g["file"].rsplit(".", 1)[-1] in ("html", "txt", "md", "docx", "csv", "xlsx", "pdf") and "公开" in text_of(g)


def text_of(g: dict) -> str:
    """The report's raw bytes decoded as far as they go (only to avoid refusing what a text states)."""
    if g["id"] not in _TEXT:
        p = EVAL / g["_set"] / g["file"]
        raw = p.read_bytes() if p.exists() else b""
        t = ""
        for enc in ("utf-8", "gb18030"):
            try:
                t = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if p.suffix == ".pdf":
            import subprocess

            t = subprocess.run(["pdftotext", "-q", str(p), "-"], capture_output=True, text=True).stdout
        if p.suffix in (".docx", ".xlsx"):
            import zipfile

            with zipfile.ZipFile(p) as z:
                t = "".join(z.read(n).decode("utf-8", "ignore") for n in z.namelist() if n.endswith(".xml"))
        _TEXT[g["id"]] = re.sub(r"<[^>]+>|\s+", "", t)
    return _TEXT[g["id"]]


# ================================================================ F4 adverse legal outcomes (lawyer)
LEGAL = [
    ("被纠错（复议纠正加诉讼纠正）一共几件", ["t4.rv.fix", "t4.ld.fix", "t4.lr.fix"]),
    ("因为信息公开惹上的行政复议和行政诉讼加起来多少件", ["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"]),
    ("信息公开官司输了几件（诉讼结果纠正，直接起诉和复议后起诉都算）", ["t4.ld.fix", "t4.lr.fix"]),
    ("复议和诉讼中还没审结的一共几件", ["t4.rv.pend", "t4.ld.pend", "t4.lr.pend"]),
    ("复议和诉讼结果维持的合计多少件", ["t4.rv.keep", "t4.ld.keep", "t4.lr.keep"]),
    ("行政诉讼一共多少件（直接起诉+复议后起诉）", ["t4.ld.tot", "t4.lr.tot"]),
]


def f4() -> None:
    fam = "F4"
    pool = [g for g in NAMED_CLEAN if cells_ok(g, [k for _, ks in LEGAL for k in ks])]
    # favour reports with some litigation
    busy = [g for g in pool if cell(g, "t4.rv.tot") + cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") > 0]
    k = 0
    for g in pick(busy, 24, 0.3) + pick(pool, 8, 0.6):
        for text, keys in R.sample(LEGAL, 2):
            v = total(g, keys)
            if k % 4 == 3:
                q, st, ph = f"这家{text}？", "colloquial", "scoped"
                scope = g["id"]
            else:
                who, st, ph = named(g, k)
                q = R.choice([f"{R.choice(PREAMBLE)}{who}{text}？", f"{who}：{text}"])
                scope = None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": v, "unit": "件"},
                scope=scope,
                cells=keys,
                reads=[g["id"]],
                note="adverse/legal outcome = sum of 表四 cells",
            )
            k += 1
    for k2, q in enumerate(
        [
            "{w}在信息公开诉讼里被判赔偿了多少钱？",
            "{w}信息公开复议案件是哪家律所代理的？",
            "{w}败诉的那几个案子原告是谁？",
            "{w}行政诉讼平均审理了多少天？",
        ]
        * 3
    ):
        g = R.choice(pool)
        who, st, ph = named(g, k2)
        qq, st, ph = dress(q.format(w=who), st, ph + ", beyond 表四", k2)
        add(
            fam,
            "unanswerable",
            qq,
            st,
            ph,
            {"refuse": True},
            note="asked as litigation detail the reports never give",
            reads=[g["id"]],
        )


# ================================================================ F5 exclusion (除了…以外 / 不算…)
EXCL = [
    ("除了自然人以外，其他申请人一共新提了多少件申请", ["t3.new.tot"], ["t3.new.np"], "件"),
    ("办理结果里除了予以公开的，其余结果加起来多少件", ["t3.r7.tot"], ["t3.r1.tot"], "件"),
    ("新收申请里不算自然人和商业企业，剩下的有几件", ["t3.new.tot"], ["t3.new.np", "t3.new.biz"], "件"),
    ("办理结果总计去掉予以公开和部分公开，还剩多少件", ["t3.r7.tot"], ["t3.r1.tot", "t3.r2.tot"], "件"),
    (
        "新收加上年结转的申请里，除去结转到下年的，办了多少件",
        ["t3.new.tot", "t3.carry_in.tot"],
        ["t3.carry_out.tot"],
        "件",
    ),
]


def f5() -> None:
    fam = "F5"
    pool = [g for g in NAMED_CLEAN if cells_ok(g, [k for _, a, b, _ in EXCL for k in a + b])]
    k = 0
    for g in pick(pool, 24):
        for text, plus, minus, unit in R.sample(EXCL, 2):
            v = total(g, plus) - total(g, minus)
            calc = "+".join("{" + c + "}" for c in plus) + "".join("-{" + c + "}" for c in minus)
            if k % 4 == 2:
                q, st, ph, scope = f"{text}？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = R.choice([f"{who}，{text}？", f"请问{who}的报告中，{text}？"]), None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": v, "unit": unit},
                scope=scope,
                cells=plus + minus,
                calc=calc,
                reads=[g["id"]],
                note="exclusion arithmetic",
            )
            k += 1
    # refusal: exclusion over a cell of the other template (GF2019 has no 本年废止)
    g19 = [g for g in GOLDS if g["template"] == "GF2019" and nameable(g) and readable(g) and text_known(g)]
    for k2, g in enumerate(R.sample(g19, min(6, len(g19)))):
        who, st, ph = named(g, k2)
        q, st, ph = dress(
            f"{who}规范性文件除了本年废止的，现行有效的还有多少件？", st, ph + ", GF2021 row of a GF2019 report", k2
        )
        if "废止" in text_of(g):
            continue
        add(
            fam,
            "unanswerable",
            q,
            st,
            ph,
            {"refuse": True},
            note="GF2019 表二 has no 废止/现行有效 column",
            reads=[g["id"]],
        )


# ================================================================ F6 user-defined groupings
def groupings(g: dict) -> list[tuple[str, list[str]]]:
    out = [
        (
            "没能把信息给到申请人的（不予公开、无法提供、不予处理三类）一共多少件",
            s3(g, "r3") + s3(g, "r4") + s3(g, "r5"),
        ),
        ("实际给了信息的（予以公开加部分公开）共多少件", ["t3.r1.tot", "t3.r2.tot"]),
        ("因为信息本身不存在或找不到而没提供的，就是无法提供那一类，合计几件", s3(g, "r4")),
    ]
    if g["template"] == "GF2021":
        out += [
            (
                "行政执法决定总量（许可+处罚+强制）是多少",
                ["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
            ),
            ("规章和规范性文件本年一共新制发了几件", ["t2.reg.made", "t2.norm.made"]),
        ]
    else:
        out += [
            (
                "行政执法决定总量（许可+处罚+强制）是多少",
                ["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
            ),
            ("规章和规范性文件本年一共新制作了几件", ["t2.reg.new_made", "t2.norm.new_made"]),
        ]
    return out


def f6() -> None:
    fam = "F6"
    pool = [g for g in NAMED_CLEAN if all(cells_ok(g, ks) for _, ks in groupings(g))]
    k = 0
    for g in pick(pool, 26):
        for text, keys in R.sample(groupings(g), 2):
            v = total(g, keys)
            unit = None if keys[0].startswith("t2.license") else "件"
            if k % 4 == 1:
                q, st, ph, scope = f"{text}？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = R.choice([f"{who}{text}？", f"{R.choice(PREAMBLE)}{who}的年报里，{text}"]), None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": v, "unit": unit},
                scope=scope,
                cells=keys,
                reads=[g["id"]],
                note="a grouping of rows the user defines",
            )
            k += 1


# ================================================================ F7 dominant category within one report
def dominant(g: dict) -> list[tuple[str, list[str], dict]]:
    labels_r3 = [
        "属于国家秘密",
        "其他法律行政法规禁止公开",
        "危及“三安全一稳定”",
        "保护第三方合法权益",
        "属于三类内部事务信息",
        "属于四类过程性信息",
        "属于行政执法案卷",
        "属于行政查询事项",
    ]
    sets = [
        ("不予公开的理由里，用得最多的是哪一项", s3(g, "r3")),
        ("无法提供的几种情形里，哪种最多", s3(g, "r4")),
        ("不予处理的情形里最多的是哪种", s3(g, "r5")),
        (
            "除了自然人，哪一类申请人新提的申请最多",
            ["t3.new.biz", "t3.new.sci", "t3.new.npo", "t3.new.law", "t3.new.oth"],
        ),
        (
            "表二的行政许可、行政处罚、行政强制三类决定里哪类数量最多",
            ["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"],
        ),
    ]
    if g["template"] == "GF2021":
        sets.append(("“其他处理”里哪种情况最多", s3(g, "r6")))
    out = []
    for text, keys in sets:
        if not cells_ok(g, keys):
            continue
        vals = sorted(((cell(g, k), k) for k in keys), reverse=True)
        if vals[0][0] > 0 and (len(vals) == 1 or vals[0][0] > vals[1][0]):
            out.append((text, keys, {vals[0][1]: vals[0][0]}))
    del labels_r3
    return out


def f7() -> None:
    fam = "F7"
    pool = [g for g in NAMED_CLEAN if dominant(g)]
    k = 0
    for g in pick(pool, 34, 0.35):
        for text, keys, top in R.sample(dominant(g), min(2, len(dominant(g)))):
            ((tk, tv),) = top.items()
            if k % 4 == 0:
                q, st, ph, scope = f"{text}？有几件？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = R.choice([f"{who}{text}？多少件？", f"{who}：{text}，数量是多少"]), None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "rank",
                q,
                st,
                ph,
                {"values": {tk: tv}, "order": [tk], "unit": None if tk.startswith("t2") else "件"},
                scope=scope,
                cells=keys,
                reads=[g["id"]],
                note="argmax over sub-rows/columns of one report (unique top)",
            )
            k += 1
            if k >= 50:
                return


# ================================================================ F8 how many kinds are used
def kinds(g: dict) -> list[tuple[str, list[str], str]]:
    out = [
        ("不予公开的八种情形里实际用到了几种（数量不为0的）", s3(g, "r3"), "种"),
        ("不予处理的五种情形里有几种数量不是0", s3(g, "r5"), "种"),
        (
            "新收申请的申请人涉及几类主体（六类里不为0的有几类）",
            ["t3.new.np", "t3.new.biz", "t3.new.sci", "t3.new.npo", "t3.new.law", "t3.new.oth"],
            "类",
        ),
    ]
    return [o for o in out if cells_ok(g, o[1])]


def f8() -> None:
    fam = "F8"
    pool = [g for g in NAMED_CLEAN if kinds(g) and cell(g, "t3.new.tot")]
    k = 0
    for g in pick(pool, 22):
        for text, keys, unit in R.sample(kinds(g), min(2, len(kinds(g)))):
            n = sum(1 for c in keys if cell(g, c) > 0)
            if k % 4 == 2:
                q, st, ph, scope = f"{text}？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = R.choice([f"{who}{text}？", f"请统计{who}报告表三中{text}。"]), None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": n, "unit": unit},
                scope=scope,
                calc="+".join(f"({{{c}}}>0)" for c in keys),
                reads=[g["id"]],
                note="count of non-zero categories: " + ", ".join(f"{c}={cell(g, c)}" for c in keys),
            )
            k += 1
    # refusal: 其他处理 kinds of a GF2019 report (one row only in GF2019)
    g19 = [g for g in GOLDS if g["template"] == "GF2019" and nameable(g) and readable(g) and text_known(g)]
    for k2, g in enumerate(R.sample(g19, min(6, len(g19)))):
        who, st, ph = named(g, k2)
        q, st, ph = dress(
            f"{who}“其他处理”下面三种情形（逾期未补正、逾期未缴费、其他）各有几件？",
            st,
            ph + ", GF2021 sub-rows of a GF2019 report",
            k2,
        )
        if "逾期未缴" in text_of(g) or "缴纳费用" in text_of(g):
            continue
        add(
            fam,
            "unanswerable",
            q,
            st,
            ph,
            {"refuse": True},
            note="GF2019 表三 has one 其他处理 row, no sub-rows",
            reads=[g["id"]],
        )


# ================================================================ F9 averages and medians over a set
AVG = [
    ("新收申请", "t3.new.tot", "件"),
    ("被申请行政复议", "t4.rv.tot", "件"),
    ("予以公开", "t3.r1.tot", "件"),
    ("办理结果总计", "t3.r7.tot", "件"),
]


def f9() -> None:
    fam = "F9"
    k = 0
    for name, gs in groups():
        if k >= 40:
            break
        for label, key, unit in AVG:
            if not all(cells_ok(g, [key]) for g in gs):
                continue
            vals = [cell(g, key) for g in gs]
            if k % 3 == 2:
                v, how = median(vals), "中位数"
                q = R.choice([f"{name}报告，{label}数量的中位数是多少？", f"{name}单位{label}的中位数"])
                st = "formal"
            else:
                v, how = sum(vals) / len(vals), "平均"
                q = R.choice(
                    [
                        f"{name}单位平均每家{label}多少件？",
                        f"{name}各单位{label}的平均数是多少",
                        f"average {label} of {name}单位?",
                    ]
                )
                st = "colloquial"
            q, st, ph = dress(q, st, f"{how} over a group", k)
            add(
                fam,
                "sum",
                q,
                st,
                ph,
                {"value": rnd(v), "unit": unit, "tol": 0.05},
                reads=[g["id"] for g in gs],
                note=f"asked as {how} over {len(gs)} reports: " + ", ".join(f"{g['id']}={cell(g, key)}" for g in gs),
            )
            k += 1
            if k >= 40:
                break
    absent = [
        p for p in ("西藏自治区", "台湾省", "香港特别行政区", "澳门特别行政区") if p not in {province(g) for g in GOLDS}
    ]
    for k2, p in enumerate(absent * 2):
        y = 2023 if k2 < len(absent) else 2021
        q, st, ph = dress(
            f"库里{p}{y}年的各单位平均每家新收申请多少件？", "colloquial", "a province the store lacks", k2
        )
        add(fam, "unanswerable", q, st, ph, {"refuse": True}, note="asked as an average over a province with no report")


# ================================================================ F10 yes/no: has X happened at all (answer = count)
YESNO = [
    ("有没有人来申请过政府信息公开", ["t3.new.tot"], "件"),
    ("有没有被人告上法庭（信息公开行政诉讼）", ["t4.ld.tot", "t4.lr.tot"], "件"),
    ("是不是被申请过行政复议", ["t4.rv.tot"], "件"),
    ("有没有申请拖到第二年才办", ["t3.carry_out.tot"], "件"),
    ("有没有企业来申请过信息公开", ["t3.new.biz"], "件"),
    ("有没有以“危及三安全一稳定”为由不予公开的", ["t3.r3_3.tot"], "件"),
]


def f10() -> None:
    fam = "F10"
    pool = [g for g in NAMED_CLEAN if cells_ok(g, [k for _, ks, _ in YESNO for k in ks])]
    k = 0
    for g in pick(pool, 26):
        for text, keys, unit in R.sample(YESNO, 2):
            v = total(g, keys)
            if k % 4 == 1:
                q, st, ph, scope = f"{text}？有的话几件？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = R.choice([f"{who}{text}？", f"{who}{text}，有的话多少件", f"想确认下{who}{text}"]), None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": v, "unit": unit},
                scope=scope,
                cells=keys,
                reads=[g["id"]],
                note="yes/no asked; the count answers it (0 = no)",
            )
            k += 1
    # refusals: yes/no about a GF2019 row of a GF2021 report
    g21 = [g for g in NAMED_CLEAN if g["template"] == "GF2021" and text_known(g)]
    for k2, g in enumerate(R.sample(g21, 12)):
        if "集中采购" in text_of(g):
            continue
        who, st, ph = named(g, k2)
        q, st, ph = dress(f"{who}有没有政府集中采购？采购金额多少？", st, ph + ", GF2019 row of a GF2021 report", k2)
        add(
            fam,
            "unanswerable",
            q,
            st,
            ph,
            {"refuse": True},
            note="GF2021 表二 has no 政府集中采购 row",
            reads=[g["id"]],
        )


# ================================================================ F11 one body over all its years
def f11() -> None:
    fam = "F11"
    by = defaultdict(list)
    for g in GOLDS:
        if nameable(g):
            by[g["agency"]].append(g)
    bodies = sorted(a for a, gs in by.items() if len(gs) > 1 and all(clean(g) for g in gs))
    k = 0
    for a in bodies:
        gs = sorted(by[a], key=lambda g: g["year"])
        yrs = "、".join(str(g["year"]) for g in gs)
        sh = short_name(a) or a
        for label, key in (
            ("新收申请", "t3.new.tot"),
            ("予以公开", "t3.r1.tot"),
            ("被申请行政复议", "t4.rv.tot"),
            ("行政处罚决定", "t2.penalty.decisions"),
        ):
            if not all(cells_ok(g, [key]) for g in gs):
                continue
            vals = {g["id"]: cell(g, key) for g in gs}
            who = a if k % 2 == 0 else sh
            st0 = "colloquial" if who == a else "abbreviated"
            unit = None if key.startswith("t2") else "件"
            cl = [f"{g['id']}:{key}" for g in gs]
            q, st, ph = dress(
                R.choice([f"库里{who}所有年份的{label}加起来一共多少？", f"{who}历年（{yrs}）{label}合计多少"]),
                st0,
                "sum over a body's years",
                k,
            )
            add(
                fam,
                "sum",
                q,
                st,
                ph,
                {"value": sum(vals.values()), "unit": unit},
                cells=cl,
                reads=list(vals),
                note="one body, every year held",
            )
            k += 1
            mean_q, mean_st = R.choice(
                [
                    (f"{who}这几年{label}平均每年多少？", "colloquial"),
                    (f"请计算本库所收{who}各年度{label}的年均值。", "formal"),
                ]
            )
            q, st, ph = dress(
                mean_q,
                st0 if who != a else mean_st,
                "mean over a body's years",
                k,
            )
            add(
                fam,
                "sum",
                q,
                st,
                ph,
                {"value": rnd(sum(vals.values()) / len(vals)), "unit": unit, "tol": 0.05},
                cells=cl,
                calc="(" + "+".join("{" + c + "}" for c in cl) + f")/{len(cl)}",
                reads=list(vals),
                note="asked as the mean over a body's years",
            )
            k += 1
            top = max(vals.values())
            if list(vals.values()).count(top) == 1:
                tid = max(vals, key=lambda i: vals[i])
                q, st, ph = dress(f"{who}哪一年的{label}最多？是多少？", st0, "peak year of a body", k)
                add(
                    fam,
                    "trend",
                    q,
                    st,
                    ph,
                    {"values": {tid: top}, "order": [tid], "unit": unit},
                    cells=cl,
                    reads=list(vals),
                    note="the peak year among the years held",
                )
                k += 1
        # refusal: a year of the body the store does not hold
        y = year_not_held(gs[-1])
        if y:
            q, st, ph = dress(
                f"{sh}{y}年新收了多少件申请？", "abbreviated" if sh != a else "colloquial", "a year not held", k
            )
            add(fam, "unanswerable", q, st, ph, {"refuse": True}, note=f"{a} {y} is not in the store")
            k += 1


# ================================================================ F12 asks beyond what reports can support
BEYOND = [
    "{w}明年预计会收到多少件信息公开申请？",
    "按人口算，{w}每万人提了多少件信息公开申请？",
    "{w}的信息公开工作在全国同类单位里排第几？",
    "{w}信息公开申请答复是否都合法？哪件违法了？",
    "{w}办理信息公开申请花了多少经费？",
    "{w}有几个人专职做信息公开？",
    "{w}的申请人里男的女的各多少？",
    "{w}申请人里有多少是外地人？",
    "{w}平均几个工作日答复一件申请？",
    "{w}的政府网站全年访问量多少？",
    "{w}申请人对答复的满意度是多少？",
    "{w}信息公开申请的答复有几件被上级机关通报批评？",
]
BEYOND_WORDS = [
    "预计|预测",
    "人口|万人",
    "排名|排第|位列|第一名",
    "违法|合法",
    "经费|预算",
    "专职|兼职|人员编制|工作人员",
    "性别",
    "外地|省外|市外|户籍",
    "工作日|平均",
    "访问|浏览|点击",
    "满意",
    "通报",
]


def f12() -> None:
    fam = "F12"
    pool = [g for g in GOLDS if nameable(g) and readable(g) and text_known(g)]
    k = 0
    for t, w in zip(BEYOND, BEYOND_WORDS):
        cands = [g for g in pick(pool, 12, 0.3) if not re.search(w, text_of(g))]
        R.shuffle(cands)
        for g in cands[:5]:
            who, st, ph = named(g, k)
            q, st, ph = dress(t.format(w=who), st, ph, k)
            add(
                fam,
                "unanswerable",
                q,
                st,
                ph,
                {"refuse": True},
                note=f"asked as {w.split('|')[0]}: the report's text has none of {w}",
                reads=[g["id"]],
            )
            k += 1


# ================================================================ F13 gap between two categories of one report
GAPS = [
    (
        "自然人比法人或其他组织多提了多少件申请",
        ["t3.new.np"],
        ["t3.new.biz", "t3.new.sci", "t3.new.npo", "t3.new.law", "t3.new.oth"],
    ),
    ("予以公开比部分公开多几件", ["t3.r1.tot"], ["t3.r2.tot"]),
    ("行政许可决定比行政处罚决定多多少", ["t2.license.decisions"], ["t2.penalty.decisions"]),
    ("新收申请比上年结转的多几件", ["t3.new.tot"], ["t3.carry_in.tot"]),
    ("复议维持的比纠正的多几件", ["t4.rv.keep"], ["t4.rv.fix"]),
]


def f13() -> None:
    fam = "F13"
    pool = [g for g in NAMED_CLEAN if cells_ok(g, [k for _, a, b in GAPS for k in a + b])]
    k = 0
    for g in pick(pool, 20):
        for text, a, b in R.sample(GAPS, 2):
            v = total(g, a) - total(g, b)
            calc = "+".join("{" + c + "}" for c in a) + "".join("-{" + c + "}" for c in b)
            if k % 4 == 3:
                q, st, ph, scope = f"{text}？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = R.choice([f"{who}{text}？", f"{who}：{text}（差值）"]), None
            q, st, ph = dress(q, st, ph, k)
            add(
                fam,
                "value",
                q,
                st,
                ph,
                {"value": v, "unit": None if a[0].startswith("t2") else "件"},
                scope=scope,
                cells=a + b,
                calc=calc,
                reads=[g["id"]],
                note="gap within one report, signed first − second",
            )
            k += 1
    g19 = [g for g in GOLDS if g["template"] == "GF2019" and nameable(g) and readable(g) and text_known(g)]
    for k2, g in enumerate(R.sample(g19, min(12, len(g19)))):
        if "废止" in text_of(g) or k2 >= 9:
            continue
        who, st, ph = named(g, k2)
        q, st, ph = dress(
            f"{who}规范性文件本年制发的比本年废止的多几件？", st, ph + ", GF2021 column of a GF2019 report", k2
        )
        add(
            fam, "unanswerable", q, st, ph, {"refuse": True}, note="GF2019 表二 has no 本年废止 column", reads=[g["id"]]
        )


# ================================================================ F14 growth rate in percent
def f14() -> None:
    """增长率: later over earlier of one body (the years the store holds), and GF2019 表二's own 本年增/减 over 上一年项目数量."""
    fam = "F14"
    by = defaultdict(list)
    for g in GOLDS:
        if nameable(g):
            by[g["agency"]].append(g)
    k = 0
    for a in sorted(a for a, gs in by.items() if len(gs) > 1 and all(clean(g) for g in gs)):
        early, late = sorted(by[a], key=lambda g: g["year"])[:2]
        sh = short_name(a) or a
        for label, key in (
            ("新收申请", "t3.new.tot"),
            ("予以公开", "t3.r1.tot"),
            ("办理结果总计", "t3.r7.tot"),
            ("行政处罚决定", "t2.penalty.decisions"),
            ("行政许可决定", "t2.license.decisions"),
        ):
            if not (cells_ok(early, [key]) and cells_ok(late, [key])) or not cell(early, key):
                continue
            v0, v1 = cell(early, key), cell(late, key)
            who = a if k % 2 == 0 else sh
            ye, yl = early["year"], late["year"]
            q, st = R.choice(
                [
                    (f"{who}{yl}年的{label}比{ye}年增长了百分之几？", "colloquial"),
                    (f"请计算{who}{label}{yl}年相对{ye}年的增长率。", "formal"),
                    (f"{who}{label}从{ye}年到{yl}年变化了百分之多少", "colloquial"),
                ]
            )
            q, st, ph = dress(q, st if who == a else "abbreviated", "growth rate between two years of a body", k)
            cl = [f"{early['id']}:{key}", f"{late['id']}:{key}"]
            add(
                fam,
                "change",
                q,
                st,
                ph,
                {"value": rnd(100 * (v1 - v0) / v0), "unit": "%", "tol": 0.05},
                cells=cl,
                calc=f"100*({{{cl[1]}}}-{{{cl[0]}}})/{{{cl[0]}}}",
                reads=[early["id"], late["id"]],
                note=f"growth rate, signed: {v0} → {v1}",
            )
            k += 1
    g19 = [g for g in NAMED_CLEAN if g["template"] == "GF2019"]
    rows = (("行政许可", "license"), ("行政处罚", "penalty"), ("行政强制", "coercion"), ("行政事业性收费", "fee"))
    for g in pick(g19, 30, 0.2):
        for label, row in R.sample(rows, len(rows)):
            keys = [f"t2.{row}.prev_items", f"t2.{row}.delta"]
            if not cells_ok(g, keys) or not cell(g, keys[0]) or not cell(g, keys[1]):
                continue
            v = rnd(100 * cell(g, keys[1]) / cell(g, keys[0]))
            if k % 4 == 1:
                q, st, ph, scope = f"表二里{label}的事项数量比上年增长了百分之几？", "colloquial", "scoped", g["id"]
            else:
                who, st, ph = named(g, k)
                q, scope = (
                    R.choice(
                        [f"{who}{label}事项数量比上一年增减了百分之多少？", f"{who}表二{label}项目数的增长率是多少"]
                    ),
                    None,
                )
            q, st, ph = dress(q, st, ph + ", GF2019 本年增/减", k)
            add(
                fam,
                "change",
                q,
                st,
                ph,
                {"value": v, "unit": "%", "tol": 0.05},
                scope=scope,
                cells=keys,
                calc=f"100*{{{keys[1]}}}/{{{keys[0]}}}",
                reads=[g["id"]],
                note="growth of 项目数量 = 本年增/减 ÷ 上一年项目数量 (GF2019 表二)",
            )
            k += 1
            break
    # refusals: growth against a year the store does not hold; 本年增/减 of a GF2021 report
    no_prev = [
        g
        for g in NAMED_CLEAN
        if year_not_held(g) == g["year"] - 1
        and text_known(g)
        and not re.search("同比|较上年|比上年|较去年|比去年|上年同期|上一年度|增长|下降|减少", text_of(g))
    ]
    for k2, g in enumerate(R.sample(no_prev, min(10, len(no_prev)))):
        who, st, ph = named(g, k2)
        q, st, ph = dress(f"{who}新收申请比上一年增长了百分之几？", st, ph + ", previous year not held", k2)
        add(
            fam,
            "unanswerable",
            q,
            st,
            ph,
            {"refuse": True},
            note=f"{g['year'] - 1} of this body is not in the store",
            reads=[g["id"]],
        )


for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14):
    f()

# ---------------------------------------------------------------- dedupe, number, write
seen, out = set(), []
for it in ITEMS:
    key = (re.sub(r"\W", "", it["q"]), json.dumps(it["scope"]))
    if key in seen:
        continue
    seen.add(key)
    out.append(it)
for i, it in enumerate(out, 1):
    it["id"] = f"u{i:04d}"
    reads = it.pop("reads", [])
    if not it["scope"] and len(reads) == 1 and it.get("cells") and ":" not in it["cells"][0]:
        # a whole-store question about one named report: its cells are `report:key` (format README)
        rid = reads[0]
        it["cells"] = [f"{rid}:{c}" for c in it["cells"]]
        if it.get("calc"):
            it["calc"] = re.sub(r"\{([^}:]+)\}", "{" + rid + r":\1}", it["calc"])
        if "values" in it["expect"]:
            e = it["expect"]
            e["values"] = {f"{rid}:{k}": v for k, v in e["values"].items()}
            e["order"] = [f"{rid}:{k}" for k in e["order"]]
    it["reads_wild12"] = any(BY_ID[r]["_set"] == "wild12" for r in reads if r in BY_ID) or (
        it["scope"].get("report") in BY_ID and BY_ID[it["scope"]["report"]]["_set"] == "wild12"
    )
    it = {k: it[k] for k in ("id", "q", "scope", "intent", "style", "expect") if k in it} | it
(HERE / "blindu.jsonl").write_text(
    "".join(
        json.dumps({k: it[k] for k in ["id"] + [x for x in it if x != "id"]}, ensure_ascii=False) + "\n" for it in out
    ),
    encoding="utf-8",
)


def check(items: list[dict]) -> list[str]:
    """Every expectation re-read from the gold: scopes and report ids exist, cell sums and calcs give the value."""
    bad = []
    for it in items:
        sc = it["scope"].get("report")
        exp = it["expect"]
        if sc and sc not in BY_ID:
            bad.append(f"{it['id']} scope")
        for r in exp.get("reports", []):
            if r not in BY_ID:
                bad.append(f"{it['id']} report {r}")
        env = {}
        for c in it.get("cells", []):
            rid, _, key = c.rpartition(":")
            env[c] = cell(BY_ID[rid or sc], key)
        if "value" in exp and it.get("cells") and len(env) == len(it["cells"]):
            calc = it.get("calc")
            if calc and ">" not in calc:
                got = eval(re.sub(r"\{([^}]+)\}", lambda m, env=env: repr(env[m.group(1)]), calc))
            elif not calc:
                got = sum(env.values())
            else:
                got = exp["value"]
            if abs(got - exp["value"]) > float(exp.get("tol", 0) or 0) + 1e-9:
                bad.append(f"{it['id']} value {got} != {exp['value']}")
        if exp.get("refuse") and it.get("cells"):
            bad.append(f"{it['id']} refusal with cells")
    return bad


if __name__ == "__main__":
    fams = Counter(it["family"] for it in out)
    ref = sum(1 for it in out if it["expect"].get("refuse"))
    w12 = sum(1 for it in out if it["reads_wild12"])
    print(
        len(out),
        dict(sorted(fams.items(), key=lambda x: int(x[0][1:]))),
        "refuse",
        ref,
        f"{100 * ref / len(out):.1f}%",
        "wild12",
        w12,
    )
    print(Counter(it["style"] for it in out), Counter(it["intent"] for it in out))
    problems = check(out)
    print("check:", len(problems), problems[:10])
