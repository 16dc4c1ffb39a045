"""Writes blindy.jsonl: a blind bank of user-written questions over the wild store (wild … wild9).

    python eval/questions/blindy/make_blindy.py

Written blind (issue 13): from the wild sets' gold JSON and the reports' own text only — never from the
router, the product's answers or another bank's questions. Every expected value is computed here from the
gold (table cells) or cut out of the report's text by a regex (narrative counts, problems), so a bank
error is a bug of this script, fixable in one place. Phrasings are the author's: a handful of user voices
(journalist, 政务公开 officer, evaluator, student, applicant) per intent, with short names, typos,
繁體, voice input, English words, preambles, two asks in one and wrong premises. The choice of reports and
phrasings is seeded, so the file is reproducible."""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9")
R = random.Random(1313)


# ---------------------------------------------------------------- the store: gold and text
def load() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["set"] = s
            g["path"] = EVAL / s / g["file"]
            out.append(g)
    return out


def text_of(path: Path) -> str:
    """The report's text, good enough to find its prose sentences (tables need not survive)."""
    ext = path.suffix.lower()
    try:
        if ext in (".md", ".txt", ".html", ".htm", ".csv"):
            b = path.read_bytes()
            t = ""
            for enc in ("utf-8-sig", "gb18030", "big5"):
                try:
                    t = b.decode(enc)
                    break
                except UnicodeDecodeError:
                    pass
            return html.unescape(re.sub(r"<[^>]+>", "", t)) if ext in (".html", ".htm") else t
        if ext in (".docx", ".xlsx"):
            z = zipfile.ZipFile(path)
            parts = []
            for n in z.namelist():
                if n.endswith(".xml"):
                    x = z.read(n).decode("utf8", "ignore")
                    parts.append(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|</si>|</row>", "\n", x)))
            return html.unescape("\n".join(parts))
        if ext == ".pdf":
            return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    except Exception:  # noqa: BLE001 - a report we cannot read simply gets no prose question
        return ""
    return ""


def flat(t: str) -> str:
    return re.sub(r"\s+", "", t)


# ---------------------------------------------------------------- names as users write them
ABBR = [
    ("城市管理和综合执法局", "城管局"),
    ("城市管理综合执法局", "城管局"),
    ("城市管理局", "城管局"),
    ("住房和城乡建设局", "住建局"),
    ("人民政府办公室", "政府办"),
    ("人民政府", "政府"),
    ("卫生健康局", "卫健局"),
    ("卫生和计划生育局", "卫计局"),
    ("市场监督管理局", "市场监管局"),
    ("人力资源和社会保障局", "人社局"),
    ("人力资源和社会保障厅", "人社厅"),
    ("发展和改革局", "发改局"),
    ("发展和改革委员会", "发改委"),
    ("交通运输局", "交通局"),
    ("文化和旅游局", "文旅局"),
    ("文化广电和旅游局", "文广旅局"),
    ("退役军人事务局", "退役军人局"),
    ("自然资源和规划局", "自然资源局"),
    ("生态环境局", "环保局"),
    ("农业农村局", "农业局"),
    ("政务服务数据管理局", "政数局"),
    ("科学技术局", "科技局"),
    ("工业和信息化局", "工信局"),
    ("应急管理局", "应急局"),
    ("教育局", "教育局"),
    ("民政局", "民政局"),
    ("司法局", "司法局"),
    ("财政局", "财政局"),
    ("统计局", "统计局"),
    ("水利局", "水利局"),
    ("审计局", "审计局"),
    ("商务局", "商务局"),
    ("税务局", "税务局"),
]


def short_name(g: dict) -> str | None:
    """「西安市雁塔区城市管理和综合执法局」 → 「雁塔区城管局」; None when no short form suggests itself."""
    a = g["agency"]
    m = re.match(r"^(.{1,5}?(?:市|盟))(.{1,5}?(?:区|县|市|旗))(.+)$", a)
    if m and not m.group(3).startswith(("区", "县")):
        place, dept = m.group(2), m.group(3)
    else:
        m = re.match(r"^(.{2,8}?(?:省|自治区|市))(.+)$", a)
        if not m:
            return None
        place, dept = m.group(1), m.group(2)
        place = re.sub(r"(壮族|回族|维吾尔)?自治区$|省$", "", place)
    for full, ab in ABBR:
        if dept == full:
            return place + ab
    if dept.endswith(("厅", "局", "委")) and len(dept) <= 6:
        return place + dept
    return None


TRAD = str.maketrans(
    "县区门开请几发处罚许复议诉讼报数总计结转办费务卫统资环监长业个们这么对关还时会应为说没维纠规范现强决执设乡镇动态问题进实级厅里吗该哪过从来"
    "谁两与让别给应归书读单号转当达",
    "縣區門開請幾發處罰許復議訴訟報數總計結轉辦費務衛統資環監長業個們這麼對關還時會應為說沒維糾規範現強決執設鄉鎮動態問題進實級廳裡嗎該哪過從來"
    "誰兩與讓別給應歸書讀單號轉當達",
)
TYPOS = [
    ("政府", "正府"),
    ("申请", "申清"),
    ("复议", "复意"),
    ("诉讼", "诉松"),
    ("公开", "公凯"),
    ("结转", "节转"),
    ("维持", "维特"),
    ("多少", "多稍"),
    ("区", "曲"),
    ("局", "具"),
]


def typo(q: str) -> str:
    for a, b in R.sample(TYPOS, len(TYPOS)):
        if a in q:
            return q.replace(a, b, 1)
    return q


CN_DIGIT = dict(zip("0123456789", "〇一二三四五六七八九"))


def year_words(y: int, how: str) -> str:
    if how == "cn":
        return "".join(CN_DIGIT[c] for c in str(y)) + "年"
    if how == "yy":
        return f"{str(y)[2:]}年"
    if how == "du":
        return f"{y}年度"
    if how == "voice":
        return "二零" + "".join(CN_DIGIT[c] for c in str(y)[2:]).replace("〇", "零") + "年"
    return f"{y}年"


# ---------------------------------------------------------------- cells as users name them
# key → (colloquial, formal, english-mixed); a subtotal key 「t3.r3」 is the sum of its sub-rows.
CELLS: dict[str, tuple[str, str, str]] = {
    "t3.new.tot": ("新收了多少件申请", "本年新收政府信息公开申请数量为多少", "new applications 有多少件"),
    "t3.carry_in.tot": ("上年结转过来的申请有几件", "上年结转政府信息公开申请数量是多少", "上年 carry over 的申请几件"),
    "t3.r1.tot": ("同意公开的有几件", "办理结果中予以公开的件数是多少", "予以公开 (fully disclosed) 几件"),
    "t3.r2.tot": ("部分公开了几件", "部分公开的申请件数是多少", "partial disclosure 部分公开几件"),
    "t3.r3": ("不予公开的一共几件", "不予公开的申请合计多少件", "不予公开 total 多少"),
    "t3.r3_1.tot": ("因为属于国家秘密不公开的有几件", "以属于国家秘密为由不予公开的件数", "国家秘密 拒绝公开几件"),
    "t3.r3_6.tot": ("过程性信息不公开的有几件", "属于四类过程性信息而不予公开的数量", "过程性信息 refused 几件"),
    "t3.r3_8.tot": ("属于行政查询事项的有几件", "不予公开中属于行政查询事项的件数", "行政查询事项 几件"),
    "t3.r4": ("无法提供的总共几件", "无法提供的申请合计多少件", "无法提供 total"),
    "t3.r4_1.tot": ("说本机关不掌握信息的有几件", "本机关不掌握相关政府信息的件数", "不掌握信息 (info not held) 几件"),
    "t3.r4_2.tot": ("没有现成信息要另行制作的几件", "没有现成信息需要另行制作的件数是多少", "没有现成信息 几件"),
    "t3.r5": ("不予处理的加起来几件", "不予处理的申请合计多少件", "不予处理 total"),
    "t3.r5_1.tot": ("信访举报投诉类的申请有几件", "信访举报投诉类申请的件数", "信访举报投诉类 几件"),
    "t3.r5_2.tot": ("重复申请有几件", "重复申请的件数是多少", "重复申请 duplicate 几件"),
    "t3.r7.tot": ("办理结果一共多少件", "本年度办理结果总计为多少件", "办理结果 total 多少"),
    "t3.carry_out.tot": ("结转到下一年继续办的有几件", "结转下年度继续办理的件数是多少", "carry to next year 的有几件"),
    "t3.new.np": ("个人（自然人）申请了多少件", "自然人提出的新收申请数量", "自然人 applicants 多少件"),
    "t3.new.biz": ("企业申请了几件", "商业企业提出的新收申请件数", "商业企业 申请几件"),
    "t3.new.legal": ("法人或其他组织申请了多少件", "法人或其他组织新收申请合计", "法人或其他组织 total"),
    "t4.rv.tot": ("被申请行政复议了几次", "政府信息公开行政复议总计多少件", "行政复议 total"),
    "t4.rv.keep": ("行政复议维持了几件", "行政复议结果维持的件数", "复议 upheld (维持) 几件"),
    "t4.rv.fix": ("复议被纠正的有几件", "行政复议结果纠正的件数", "复议 corrected 纠正几件"),
    "t4.ld.tot": ("没经过复议直接去法院告的有几件", "未经复议直接起诉的行政诉讼总计", "直接起诉 lawsuits 几件"),
    "t4.lr.tot": ("复议以后又去起诉的有几件", "复议后起诉的行政诉讼总计", "复议后起诉 total"),
    "t4.lit": ("一共被告了几次（行政诉讼）", "行政诉讼合计多少件（直接起诉与复议后起诉）", "lawsuits 行政诉讼一共几件"),
    "t2.norm.valid": ("现行有效的规范性文件有多少", "行政规范性文件现行有效件数", "规范性文件 valid 多少件"),
    "t2.norm.made": ("本年发了几个规范性文件", "行政规范性文件本年制发件数", "规范性文件 new made 几件"),
    "t2.license.decisions": ("行政许可决定作了多少", "行政许可本年处理决定数量", "行政许可 decisions 多少"),
    "t2.penalty.decisions": ("罚了多少次（行政处罚）", "行政处罚本年处理决定数量", "行政处罚 decisions"),
    "t2.coercion.decisions": ("行政强制有多少件", "行政强制本年处理决定数量", "行政强制 decisions 几件"),
    "t2.fee.amount_wan": (
        "行政事业性收费收了多少钱",
        "行政事业性收费本年收费金额为多少万元",
        "行政事业性收费 amount 多少万元",
    ),
}
SUBTOTAL = {
    "t3.r3": [f"t3.r3_{i}.tot" for i in range(1, 9)],
    "t3.r4": [f"t3.r4_{i}.tot" for i in range(1, 4)],
    "t3.r5": [f"t3.r5_{i}.tot" for i in range(1, 6)],
    "t3.new.legal": ["t3.new.biz", "t3.new.sci", "t3.new.npo", "t3.new.law", "t3.new.oth"],
    "t4.lit": ["t4.ld.tot", "t4.lr.tot"],
}
UNIT = {"t2.fee.amount_wan": "万元"}
GF2021_ONLY = {"t2.norm.made", "t2.norm.valid", "t2.fee.amount_wan"}  # GF2019 names these differently
TABLE_KEYS = [k for k in CELLS]


def cells_of(key: str) -> list[str]:
    return SUBTOTAL.get(key, [key])


def noun(f: str) -> str:
    """「行政复议总计多少件」 → 「行政复议总计」: the formal phrase as a noun, for 「…的变化量」「按…排序」."""
    return re.sub(r"(为多少件|是多少件|为多少万元|是多少|为多少|多少件|多少万元|多少|的件数|件数)$", "", f.rstrip("？"))


def cell(g: dict, key: str) -> float | int | None:
    """The gold value of a key (a subtotal sums its parts); None when a part is not a number."""
    if g["template"] == "LEGACY" or not g["tables_recoverable"]:
        return None
    if key in GF2021_ONLY and g["template"] != "GF2021":
        return None
    total = 0
    for k in cells_of(key):
        t, _, c = k.partition(".")
        v = g[t].get(c)
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return None
        total += v
    return round(total, 2) if isinstance(total, float) else total


def is_blank(g: dict, key: str) -> bool:
    return key not in SUBTOTAL and g["tables_recoverable"] and g["placeholders"].get(key) == ""


def unit(key: str) -> str:
    return UNIT.get(key, "件")


# ---------------------------------------------------------------- the bank
ITEMS: list[dict] = []


def add(
    q: str,
    intent: str,
    style: str,
    expect: dict,
    scope: str | None = None,
    cells=None,
    note: str = "",
    quote=None,
    calc=None,
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
    ITEMS.append(it)


def name_of(g: dict, how: str) -> tuple[str, str]:
    """(agency as written, style) — full name, or the short form when it is unique in the store."""
    if how == "short" and SHORT.get(g["agency"]):
        return SHORT[g["agency"]], "abbreviated"
    return g["agency"], "formal"


def ref(g: dict, keys: list[str], scoped: bool) -> list[str]:
    return keys if scoped else [f"{g['id']}:{k}" for k in keys]


def main() -> None:
    global SHORT
    golds = load()
    by_id = {g["id"]: g for g in golds}
    texts = {g["id"]: flat(text_of(g["path"])) for g in golds}
    names = defaultdict(list)
    for g in golds:
        names[g["agency"]].append(g)
    shorts = defaultdict(set)
    for a, gs in names.items():
        s = short_name(gs[0])
        if s:
            shorts[s].add(a)
    SHORT = {next(iter(v)): k for k, v in shorts.items() if len(v) == 1 and k not in ("", None)}
    # an agency is named by users unambiguously only with one report a year
    unique = {g["id"] for g in golds if sum(x["year"] == g["year"] for x in names[g["agency"]]) == 1}
    table = [g for g in golds if g["tables_recoverable"] and g["template"] != "LEGACY"]
    years_of = {a: {x["year"] for x in gs} for a, gs in names.items()}

    value_questions(table, unique)
    list_questions(table, unique)
    share_ratio(table, unique)
    consistency(table, unique)
    narrative(golds, texts, unique)
    problems(golds, texts, unique)
    refusals(golds, table, unique, years_of, texts)
    blanks(table, unique)
    cross(golds, table, unique, names, by_id)
    second_batch(golds, table, unique, years_of)  # written after the first run started, before reading it
    third_batch(table, unique)  # likewise: cross-report questions, to keep them above a quarter

    seen = set()
    out = []
    for it in ITEMS:
        key = (it["q"], it["scope"].get("report"))
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    for i, it in enumerate(out, 1):
        it["id"] = f"y{i:04d}"
    lines = [json.dumps({"id": it.pop("id"), **it}, ensure_ascii=False) for it in out]
    (HERE / "blindy.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(out), "questions")


SHORT: dict[str, str] = {}


def pick(seq, n):
    seq = list(seq)
    return R.sample(seq, min(n, len(seq)))


# ---------------------------------------------------------------- one report, one cell
def value_questions(table: list[dict], unique: set[str]) -> None:
    voices = [
        # (template, style-kind, scoped)
        ("{c}？", "colloquial", True),
        ("请问本报告中{f}？", "formal", True),
        ("这份年报里{c}", "colloquial", True),
        ("{A}{Y}{c}？", "colloquial", False),
        ("{A}{Y}政府信息公开工作年度报告中，{f}？", "formal", False),
        ("我在写稿子，想核实一下：{A}{Y}{c}？", "colloquial", False),
        ("做第三方评估需要这个数：{A}{Y}{f}", "formal", False),
        ("{A} {Y} {e}?", "english", False),
        ("{A}{Y}{c}", "typo", False),
        ("嗯那个{A}{Yv}{c}啊", "voice", False),
        ("{A}{Y}{c}", "trad", False),
        ("今年{c}", "colloquial", True),
    ]
    for n, g in enumerate(table):
        per = 2 if g["set"] == "wild9" else 1
        keys = [k for k in TABLE_KEYS if cell(g, k) is not None]
        for j in range(per):
            k = R.choice(keys)
            v = cell(g, k)
            tpl, kind, scoped = voices[(n * 3 + j * 5) % len(voices)]
            if not scoped and g["id"] not in unique:
                tpl, kind, scoped = voices[0]
            how = "short" if (n + j) % 3 == 0 else "full"
            agency, style = name_of(g, how)
            yh = R.choice(["", "", "cn", "du", "yy"])
            c, f, e = CELLS[k]
            q = tpl.format(A=agency, Y=year_words(g["year"], yh), Yv=year_words(g["year"], "voice"), c=c, f=f, e=e)
            if kind == "typo":
                q = typo(q)
            if kind == "trad":
                q = q.translate(TRAD)
            if scoped:
                style = "colloquial" if kind != "formal" else "formal"
            elif style != "abbreviated":
                style = "formal" if kind == "formal" else "colloquial"
            add(
                q,
                "value",
                style,
                {"value": v, "unit": unit(k)},
                g["id"] if scoped else None,
                ref(g, cells_of(k), scoped),
                note=f"{kind}; {k}",
            )
        # a wrong premise: the user believes nothing was received
        if g["set"] == "wild9" and (cell(g, "t3.new.tot") or 0) > 0:
            agency, style = name_of(g, "full")
            add(
                f"听说{agency}{g['year']}年一件信息公开申请都没收到？那它到底新收了多少件？",
                "value",
                "colloquial",
                {"value": cell(g, "t3.new.tot"), "unit": "件"},
                None,
                ref(g, ["t3.new.tot"], False),
                note="wrong premise (none received)",
            )


def list_questions(table: list[dict], unique: set[str]) -> None:
    pairs = [
        ("t3.new.tot", "t3.r7.tot"),
        ("t3.r1.tot", "t3.r2.tot"),
        ("t4.rv.tot", "t4.ld.tot"),
        ("t3.new.np", "t3.new.legal"),
        ("t2.license.decisions", "t2.penalty.decisions"),
        ("t3.carry_in.tot", "t3.carry_out.tot"),
        ("t4.rv.keep", "t4.rv.fix"),
    ]
    for n, g in enumerate(pick(table, 45)):
        a, b = pairs[n % len(pairs)]
        va, vb = cell(g, a), cell(g, b)
        if va is None or vb is None or va == vb:
            continue
        scoped = n % 3 == 0 or g["id"] not in unique
        agency, style = name_of(g, "short" if n % 2 else "full")
        ca, cb = CELLS[a][0].rstrip("？"), CELLS[b][0].rstrip("？")
        if scoped:
            q = R.choice([f"{ca}？另外{cb}？", f"两个问题：{ca}，{cb}", f"麻烦列一下{CELLS[a][1]}和{CELLS[b][1]}"])
            style = "colloquial"
        else:
            q = R.choice(
                [
                    f"{agency}{g['year']}年{ca}、{cb}？",
                    f"{agency}{g['year']}年：{ca}？顺便问下{cb}",
                    f"请分别给出{agency}{g['year']}年{CELLS[a][1]}及{CELLS[b][1]}",
                ]
            )
            if style != "abbreviated":
                style = "formal" if q.startswith("请") else "colloquial"
        add(
            q,
            "list",
            style,
            {"values": {a + ("" if a in SUBTOTAL else ""): va, b: vb}, "unit": "件"},
            g["id"] if scoped else None,
            ref(g, cells_of(a) + cells_of(b), scoped),
            note="two asks in one",
        )


def share_ratio(table: list[dict], unique: set[str]) -> None:
    n = 0
    for g in pick(table, 120):
        r1, r7, new, np_ = cell(g, "t3.r1.tot"), cell(g, "t3.r7.tot"), cell(g, "t3.new.tot"), cell(g, "t3.new.np")
        lic, pen = cell(g, "t2.license.decisions"), cell(g, "t2.penalty.decisions")
        scoped = n % 2 == 0 or g["id"] not in unique
        agency, style = name_of(g, "short" if n % 3 == 0 or n % 6 == 5 else "full")
        pre = "" if scoped else f"{agency}{g['year']}年"
        st = "colloquial" if scoped else style
        if n % 3 == 0 and r1 is not None and r7:
            v = round(100 * r1 / r7, 2)
            q = R.choice(
                [
                    f"{pre}予以公开占办理结果总数的百分之多少？",
                    f"{pre}公开率多少（予以公开/办理结果总计）？",
                    f"{pre}予以公开的比例 (percent) 是多少",
                ]
            )
            add(
                q,
                "share",
                st,
                {"value": v, "unit": "%", "tol": 0.05},
                g["id"] if scoped else None,
                ref(g, ["t3.r1.tot", "t3.r7.tot"], scoped),
                calc="100*{t3.r1.tot}/{t3.r7.tot}",
            )
        elif n % 3 == 1 and np_ is not None and new:
            v = round(100 * np_ / new, 2)
            q = R.choice([f"{pre}新收申请里自然人占几成？给个百分比", f"{pre}自然人申请占本年新收申请的比重为多少？"])
            add(
                q,
                "share",
                st,
                {"value": v, "unit": "%", "tol": 0.05},
                g["id"] if scoped else None,
                ref(g, ["t3.new.np", "t3.new.tot"], scoped),
                calc="100*{t3.new.np}/{t3.new.tot}",
            )
        elif n % 3 == 2 and lic and pen is not None and pen != lic:
            v = round(pen / lic, 2)
            q = R.choice([f"{pre}行政处罚决定数是行政许可决定数的几倍？", f"{pre}处罚决定和许可决定的比值是多少"])
            add(
                q,
                "ratio",
                st,
                {"value": v, "unit": "倍", "tol": 0.05},
                g["id"] if scoped else None,
                ref(g, ["t2.penalty.decisions", "t2.license.decisions"], scoped),
                calc="{t2.penalty.decisions}/{t2.license.decisions}",
            )
        else:
            continue
        n += 1
        if n >= 75:
            break
    # ratio: new vs carried in
    for g in pick(table, 22):
        new, ci = cell(g, "t3.new.tot"), cell(g, "t3.carry_in.tot")
        if not new or not ci or ci == new:
            continue
        add(
            R.choice(["新收的申请是上年结转的多少倍？", "本年新收申请数与上年结转数之比为多少？"]),
            "ratio",
            "colloquial",
            {"value": round(new / ci, 2), "unit": "倍", "tol": 0.05},
            g["id"],
            ["t3.new.tot", "t3.carry_in.tot"],
            calc="{t3.new.tot}/{t3.carry_in.tot}",
        )


def finding_numbers(f: dict) -> list[str]:
    note = f["note"].split(":", 1)[-1]
    return re.findall(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.])", note)


def consistency(table: list[dict], unique: set[str]) -> None:
    bad = [g for g in table if g["findings"]]
    good = [
        g
        for g in table
        if not g["findings"] and all(isinstance(v, (int, float)) for t in ("t3", "t4") for v in g[t].values())
    ]
    asks = [
        ("表三的数字加起来对得上吗？", "colloquial", ("H1", "H2", "H3")),
        ("本报告收到和处理申请情况表是否满足勾稽关系？", "formal", ("H1", "H2", "H3")),
        ("表四复议诉讼那张表自己对得上吗", "colloquial", ("H4", "H5")),
        ("这份报告的统计表有没有算错的地方？", "colloquial", ("H1", "H2", "H3", "H4", "H5")),
    ]
    store = [
        ("{A}{Y}年报里的表格数字自洽吗？", ("H1", "H2", "H3", "H4", "H5")),
        ("帮我核对一下{A}{Y}的申请办理情况表，总数对不对", ("H1", "H2", "H3")),
        ("{A}{Y}年度报告表三各栏合计是否一致？", ("H1", "H2", "H3")),
    ]
    for n, g in enumerate(bad + pick(good, 30)):
        for j in range(2 if g["set"] == "wild9" else 1):
            scoped = (n + j) % 2 == 0 or g["id"] not in unique
            if scoped:
                q, st, checks = asks[(n + j) % len(asks)]
            else:
                tpl, checks = store[(n + j) % len(store)]
                agency, st = name_of(g, "short" if n % 3 == 0 else "full")
                q = tpl.format(A=agency, Y=f"{g['year']}年")
                st = st if st == "abbreviated" else ("formal" if "是否" in q else "colloquial")
            fs = [f for f in g["findings"] if f["check"] in checks]
            if fs:
                nums = finding_numbers(fs[0])
                exp = {
                    "verdict": "inconsistent",
                    "checks": sorted({f["check"] for f in fs}),
                    "values": {f"n{i}": x for i, x in enumerate(nums)},
                }
                note = fs[0]["note"]
            else:
                exp = {"verdict": "consistent", "checks": list(checks), "values": {}}
                note = "gold has no finding for these identities"
            add(q, "consistency", st, exp, g["id"] if scoped else None, note=note)


# ---------------------------------------------------------------- the text
NARR = [
    (
        r"主动公开各类政府信息(\d+)条，其中政策文件(\d+)条、政策解读(\d+)篇",
        [
            ("主动公开了多少条信息", "全年主动公开政府信息条数", 1, "条"),
            ("政策解读发了几篇", "政策解读篇数", 3, "篇"),
            ("其中政策文件多少条", "主动公开信息中政策文件数量", 2, "条"),
        ],
    ),
    (r"通过政务微信公众号发布信息(\d+)条", [("公众号发了多少条信息", "政务微信公众号发布信息条数", 1, "条")]),
    (r"全年组织业务培训(\d+)次", [("搞了几次业务培训", "全年组织业务培训次数", 1, "次")]),
    (r"全年通过门户网站主动公开政府信息(\d+)条", [("网站上主动公开了多少条", "门户网站主动公开政府信息条数", 1, "条")]),
    (r"召开政务公开工作推进会(\d+)次", [("开了几次政务公开推进会", "政务公开工作推进会召开次数", 1, "次")]),
    (
        r"全年主动公开政府信息(\d+)条，其中通过政府网站公开(\d+)条",
        [
            ("全年主动公开多少条", "全年主动公开政府信息条数", 1, "条"),
            ("政府网站上公开了多少条", "通过政府网站公开条数", 2, "条"),
        ],
    ),
    (r"当面申请(\d+)件", [("当面来申请的有几件", "当面申请件数", 1, "件")]),
]


def narrative(golds: list[dict], texts: dict[str, str], unique: set[str]) -> None:
    n = 0
    order = sorted(golds, key=lambda g: (g["set"] != "wild9", R.random()))
    for g in order:
        t = texts[g["id"]]
        hits = [(rx, asks, m) for rx, asks in NARR for m in [re.search(rx, t)] if m]
        if not hits:
            continue
        rx, asks, m = hits[0] if n % 2 == 0 else hits[-1]
        for j, (c, f, grp, u) in enumerate(asks[: (2 if g["set"] == "wild9" else 1)]):
            v = int(m.group(grp))
            scoped = (n + j) % 2 == 0 or g["id"] not in unique
            if scoped:
                q, st = (c + "？", "colloquial") if (n + j) % 4 else (f"报告正文中{f}为多少？", "formal")
            else:
                agency, st = name_of(g, "short" if n % 3 == 1 else "full")
                q = R.choice(
                    [
                        f"{agency}{g['year']}年{c}？",
                        f"{agency}{g['year']}年度报告正文中{f}是多少",
                        f"I need this: {agency} {g['year']} {c}",
                    ]
                )
                st = st if st == "abbreviated" else ("formal" if "正文" in q else "colloquial")
            add(
                q,
                "narrative",
                st,
                {"value": v, "unit": u},
                g["id"] if scoped else None,
                quote=m.group(0) if scoped else {g["id"]: m.group(0)},
                note="text count",
            )
        n += 1
        if n >= 70:
            break


PROB = re.compile(r"(?:存在的?主要问题|存在问题)[^一]{0,20}一是([^；;。]+)")
IMPROVE = re.compile(r"改进措施[^一]{0,12}一是([^；;。]+)")


def problems(golds: list[dict], texts: dict[str, str], unique: set[str]) -> None:
    n = 0
    order = sorted(golds, key=lambda g: (g["set"] != "wild9", R.random()))
    for g in order:
        t = texts[g["id"]]
        p, i = PROB.search(t), IMPROVE.search(t)
        if not p:
            continue
        scoped = n % 2 == 0 or g["id"] not in unique
        agency, st = name_of(g, "short" if n % 3 == 2 else "full")
        if n % 2 == 0 or not i:
            want = p.group(1)
            q = (
                R.choice(
                    [
                        "工作中存在哪些问题？",
                        "报告自己承认了什么不足",
                        "请概述本报告所列政府信息公开工作存在的主要问题。",
                    ]
                )
                if scoped
                else R.choice(
                    [
                        f"{agency}{g['year']}年信息公开工作存在什么问题？",
                        f"{agency}{g['year']}年报提到的主要问题",
                        f"请问{agency}{g['year']}年度报告所述存在的主要问题是什么？",
                    ]
                )
            )
        else:
            want = i.group(1)
            q = (
                R.choice(["下一步打算怎么改进？", "针对问题提了哪些改进措施？"])
                if scoped
                else R.choice(
                    [f"{agency}{g['year']}年报告里的改进措施是什么", f"{agency}{g['year']}年打算怎么整改信息公开的问题"]
                )
            )
        st = st if (st == "abbreviated" and not scoped) else ("formal" if q.startswith("请") else "colloquial")
        add(
            q,
            "problems",
            st,
            {"contains": [want]},
            g["id"] if scoped else None,
            quote=want if scoped else {g["id"]: want},
        )
        n += 1
        if n >= 45:
            break


# ---------------------------------------------------------------- refusals and blanks
NOT_IN = [
    ("本年度信息公开工作经费预算是多少", "formal"),
    ("负责信息公开的工作人员有几个人", "colloquial"),
    ("申请人里男的女的各多少", "colloquial"),
    ("政府网站全年访问量多少", "colloquial"),
    ("12345热线接了多少个电话", "colloquial"),
    ("申请人中60岁以上的有多少人", "colloquial"),
    ("依申请公开平均答复用了几天", "colloquial"),
    ("信息公开工作的满意度测评得分是多少", "formal"),
    ("外省申请人提交了多少件申请", "formal"),
    ("召开了几场新闻发布会", "colloquial"),
]


def refusals(golds, table, unique, years_of, texts) -> None:
    n = 0
    # things no report says, asked of a report
    for g in pick(golds, 32):
        q, st = NOT_IN[n % len(NOT_IN)]
        if any(w in texts[g["id"]] for w in ("新闻发布会", "访问量", "12345", "满意度")) and n % len(NOT_IN) in (
            3,
            4,
            7,
            9,
        ):
            n += 1
            continue
        if n % 2 == 0 or g["id"] not in unique:
            add(q + "？", "unanswerable", st, {"refuse": True}, g["id"], note="asked as value; not in the report")
        else:
            agency, st2 = name_of(g, "short" if n % 3 == 0 else "full")
            add(
                f"{agency}{g['year']}年{q}？",
                "unanswerable",
                st2 if st2 == "abbreviated" else st,
                {"refuse": True},
                note="asked as value; not in the report",
            )
        n += 1
    # a neighbouring year not in the store
    for n, g in enumerate(pick([g for g in table if g["id"] in unique], 50)):
        y = g["year"] + (1 if n % 2 else -1)
        if y in years_of[g["agency"]]:
            continue
        k = R.choice(["t3.new.tot", "t4.rv.tot", "t3.r1.tot", "t2.penalty.decisions"])
        agency, st = name_of(g, "short" if n % 3 == 0 else "full")
        yh = "cn" if n % 5 == 0 else ""
        q = R.choice(
            [
                f"{agency}{year_words(y, yh)}{CELLS[k][0]}？",
                f"{agency}{year_words(y, yh)}{CELLS[k][1]}",
                f"{agency} {y} {CELLS[k][2]}?",
            ]
        )
        st = st if st == "abbreviated" else ("formal" if CELLS[k][1] in q else "colloquial")
        add(q, "unanswerable", st, {"refuse": True}, note=f"asked as value; {y} not in the store ({g['year']} is)")
    # scoped: 去年 when last year is not in the store
    for g in pick([g for g in table if g["year"] - 1 not in years_of[g["agency"]]], 15):
        add(
            R.choice(["去年新收了多少件申请？", "跟去年比行政复议多了还是少了？", "上一年度的予以公开是多少"]),
            "unanswerable",
            "colloquial",
            {"refuse": True},
            g["id"],
            note="asked as change/value; last year not in the store",
        )
    # a body not in the store: the city / province above, or another county's same department
    all_names = set(years_of)
    cands = []
    for g in table:
        m = re.match(r"^(.{1,4}?市)(.{1,5}?(?:区|县))(.+)$", g["agency"])
        if m:
            cands.append((m.group(1) + m.group(3), g))
    for body, g in pick(cands, 30):
        if body in all_names or any(body in a for a in all_names):
            continue
        k = R.choice(["t3.new.tot", "t4.rv.tot", "t3.r7.tot"])
        q = R.choice([f"{body}{g['year']}年{CELLS[k][0]}？", f"{body}{g['year']}年度{CELLS[k][1]}"])
        # a town named without its district is still that town (bank fix after the first run)
        if re.search(r"(镇|乡|街道)(人民政府|办事处)", body):
            add(
                q,
                "value",
                "formal" if CELLS[k][1] in q else "colloquial",
                {"value": cell(g, k), "unit": unit(k)},
                cells=[f"{g['id']}:{x}" for x in cells_of(k)],
                note=f"{body} = {g['agency']}: a town without its district",
            )
            continue
        add(
            q,
            "unanswerable",
            "formal" if CELLS[k][1] in q else "colloquial",
            {"refuse": True},
            note=f"asked as value; {body} is not in the store ({g['agency']} is)",
        )
    for body in (
        "拉萨市统计局",
        "三亚市吉阳区教育局",
        "北京市海淀区人民政府",
        "重庆市渝北区财政局",
        "哈尔滨市南岗区民政局",
        "深圳市福田区卫生健康局",
        "天津市和平区司法局",
        "杭州市西湖区人民政府",
        "成都市锦江区商务局",
        "西宁市城中区城管局",
    ):
        if body in all_names:
            continue
        add(
            R.choice(
                [
                    f"{body}2023年收到多少信息公开申请？",
                    f"{body}2022年行政复议几件",
                    f"{body}二〇二四年的年报里予以公开多少件",
                ]
            ),
            "unanswerable",
            "colloquial",
            {"refuse": True},
            note="asked as value; agency not in the store",
        )
    # the other template's cells
    gf19 = [g for g in table if g["template"] == "GF2019"]
    gf21 = [g for g in table if g["template"] == "GF2021"]
    for n, g in enumerate(pick(gf21, 12)):
        q = ["政府集中采购金额是多少？", "政府集中采购项目数量有几个", "行政许可事项本年增/减了多少"][n % 3]
        add(
            q,
            "unanswerable",
            "colloquial",
            {"refuse": True},
            g["id"],
            note="asked as value; a GF2019 cell of a GF2021 report",
        )
    for n, g in enumerate(pick(gf19, 12)):
        q = ["规范性文件本年废止了几件？", "行政事业性收费金额一共多少万元", "其他处理里逾期未缴费的有几件"][n % 3]
        add(
            q,
            "unanswerable",
            "colloquial",
            {"refuse": True},
            g["id"],
            note="asked as value; a GF2021 cell of a GF2019 report",
        )
    # a report whose tables are not text (images, or the old 条例 with no GF tables)
    for n, g in enumerate([g for g in golds if not g["tables_recoverable"]]):
        k = ["t3.r3_6.tot", "t2.license.decisions", "t3.r4_2.tot", "t2.norm.valid", "t4.lr.tot"][n % 5]
        scoped = n % 2 == 0 or g["id"] not in unique
        if scoped:
            add(
                CELLS[k][0] + "？",
                "unanswerable",
                "colloquial",
                {"refuse": True},
                g["id"],
                note=f"asked as value; {g['template']} report, tables not readable ({k})",
            )
        else:
            agency, st = name_of(g, "full")
            add(
                f"{agency}{g['year']}年{CELLS[k][1]}",
                "unanswerable",
                "formal",
                {"refuse": True},
                note=f"asked as value; {g['template']} report, tables not readable ({k})",
            )


def blanks(table: list[dict], unique: set[str]) -> None:
    n = 0
    for g in table:
        ks = [k for k in TABLE_KEYS if k not in SUBTOTAL and is_blank(g, k)]
        if not ks:
            continue
        k = ks[n % len(ks)]
        add(
            R.choice([CELLS[k][0] + "？", CELLS[k][1] + "？"]),
            "value",
            "colloquial",
            {"blank": True},
            g["id"],
            [k],
            note="printed blank",
        )
        n += 1


# ---------------------------------------------------------------- across reports
LEVEL_WORDS = {
    "乡镇": "乡镇（街道）",
    "县级政府": "区县政府",
    "省级部门": "省级部门",
    "市级部门": "市级部门",
    "县级部门": "区县部门",
    "市级政府": "市政府",
}


def cross(golds, table, unique, names, by_id) -> None:
    tu = [g for g in table if g["id"] in unique]
    cross_keys = [
        "t3.new.tot",
        "t3.r1.tot",
        "t4.rv.tot",
        "t3.r7.tot",
        "t2.penalty.decisions",
        "t3.carry_out.tot",
        "t4.ld.tot",
        "t2.license.decisions",
        "t3.r4_1.tot",
        "t3.r5",
    ]
    # compare two bodies
    n = 0
    while n < 70:
        a, b = R.sample(tu, 2)
        k = R.choice(cross_keys)
        va, vb = cell(a, k), cell(b, k)
        if va is None or vb is None or va == vb or a["agency"] == b["agency"]:
            continue
        na, sa = name_of(a, "short" if n % 3 == 0 else "full")
        nb, _ = name_of(b, "short" if n % 3 == 0 else "full")
        c, f, e = CELLS[k]
        top = a["id"] if va > vb else b["id"]
        q = [
            f"{na}{a['year']}年和{nb}{b['year']}年比，谁{c.replace('多少', '更多').replace('几件', '更多')}？",
            f"请比较{na}{a['year']}年与{nb}{b['year']}年的{noun(f)}",
            f"{na}({a['year']}) vs {nb}({b['year']})：{e}",
            f"{na}{a['year']}年、{nb}{b['year']}年，{c}，哪家多",
        ][n % 4]
        st = "abbreviated" if sa == "abbreviated" else ("formal" if q.startswith("请") else "colloquial")
        order = [top] if n % 4 != 1 else None
        exp = {"values": {a["id"]: va, b["id"]: vb}, "unit": unit(k)}
        if order:
            exp["order"] = order
        add(
            q,
            "compare",
            st,
            exp,
            cells=[f"{a['id']}:{x}" for x in cells_of(k)] + [f"{b['id']}:{x}" for x in cells_of(k)],
            note=k,
        )
        n += 1
    # change and trend over one body's years
    multi = [
        sorted(gs, key=lambda g: g["year"])
        for gs in names.values()
        if len({g["year"] for g in gs}) > 1 and all(g["tables_recoverable"] and g["template"] != "LEGACY" for g in gs)
    ]
    for gs in multi:
        e, l_ = gs[0], gs[-1]
        for n, k in enumerate(cross_keys + ["t3.carry_in.tot", "t4.rv.keep", "t3.new.np"]):
            ve, vl = cell(e, k), cell(l_, k)
            if ve is None or vl is None:
                continue
            na, sa = name_of(e, "short" if n % 3 == 1 else "full")
            c, f, en = CELLS[k]
            if n % 2 == 0:
                if l_["year"] - e["year"] == 1 and n % 4 == 0:
                    q, scope = f"和去年比，{c.rstrip('？')}，变化了多少？", l_["id"]
                    st = "colloquial"
                else:
                    q = R.choice(
                        [
                            f"{na}{l_['year']}年比{e['year']}年，{c.rstrip('？')}，增加还是减少了多少？",
                            f"{na}{e['year']}年至{l_['year']}年{noun(f)}的变化量",
                            f"{na} {e['year']}→{l_['year']} {en} change 是多少",
                        ]
                    )
                    scope = None
                    st = "abbreviated" if sa == "abbreviated" else ("formal" if "变化量" in q else "colloquial")
                add(
                    q,
                    "change",
                    st,
                    {"value": vl - ve if not isinstance(vl - ve, float) else round(vl - ve, 2), "unit": unit(k)},
                    scope,
                    [f"{l_['id']}:{x}" for x in cells_of(k)] + [f"{e['id']}:{x}" for x in cells_of(k)],
                    calc=f"later - earlier ({k})",
                    note=f"{k}; signed later − earlier",
                )
            else:
                q = R.choice(
                    [f"{na}这几年{c.rstrip('？')}，按年份列一下", f"{na}历年{noun(f)}情况", f"{na}各年度 {en}"]
                )
                st = "abbreviated" if sa == "abbreviated" else ("formal" if "历年" in q else "colloquial")
                add(
                    q,
                    "trend",
                    st,
                    {"values": {g["id"]: cell(g, k) for g in gs}, "unit": unit(k)},
                    cells=[f"{g['id']}:{x}" for g in gs for x in cells_of(k)],
                    note=k,
                )
    # rank among a few named bodies, and the top of a kind
    n = 0
    while n < 30:
        gs = R.sample(tu, 3 + n % 2)
        k = R.choice(cross_keys)
        vs = {g["id"]: cell(g, k) for g in gs}
        if (
            any(v is None for v in vs.values())
            or len(set(vs.values())) < len(vs)
            or len({g["agency"] for g in gs}) < len(gs)
        ):
            continue
        ns = [name_of(g, "short" if n % 2 else "full") for g in gs]
        who = "、".join(f"{x}{g['year']}年" for (x, _), g in zip(ns, gs))
        c, f, e = CELLS[k]
        q = R.choice(
            [f"{who}，按{noun(f)}从高到低排一下", f"这几家谁最多：{who}，看{c.rstrip('？')}", f"rank 一下 {who} 的 {e}"]
        )
        order = sorted(vs, key=lambda r: -(vs[r] or 0))
        if "谁最多" in q:
            order = order[:1]
        st = (
            "abbreviated" if any(s == "abbreviated" for _, s in ns) else ("formal" if "从高到低" in q else "colloquial")
        )
        add(
            q,
            "rank",
            st,
            {"values": vs, "unit": unit(k), "order": order},
            cells=[f"{g['id']}:{x}" for g in gs for x in cells_of(k)],
            note=k,
        )
        n += 1
    by_level = defaultdict(list)
    for g in table:
        by_level[g["level"]].append(g)
    for lvl, gs in by_level.items():
        for k in ("t3.new.tot", "t4.rv.tot", "t2.penalty.decisions", "t3.r1.tot"):
            vs = {g["id"]: cell(g, k) for g in gs if cell(g, k) is not None}
            if len(vs) < 3:
                continue
            top = sorted(vs, key=lambda r: -(vs[r] or 0))
            if vs[top[0]] == vs[top[1]]:
                continue
            c, f, e = CELLS[k]
            q = R.choice(
                [
                    f"库里所有{LEVEL_WORDS[lvl]}的年报中，哪个单位{c.replace('多少', '最多').replace('几件', '最多').replace('几次', '最多').rstrip('？')}？",
                    f"在已收录的{LEVEL_WORDS[lvl]}报告里，{noun(f)}最高的是哪家",
                ]
            )
            add(
                q,
                "rank",
                "formal" if "已收录" in q else "colloquial",
                {"values": {top[0]: vs[top[0]]}, "unit": unit(k), "order": [top[0]]},
                cells=[f"{top[0]}:{x}" for x in cells_of(k)],
                note=f"{k} over every {lvl} report with the cell",
            )
    # sums
    n = 0
    while n < 30:
        gs = R.sample(tu, 2 + n % 2)
        k = R.choice(cross_keys)
        vs = [cell(g, k) for g in gs]
        if any(v is None for v in vs) or len({g["agency"] for g in gs}) < len(gs):
            continue
        ns = [name_of(g, "short" if n % 3 == 0 else "full") for g in gs]
        who = "、".join(f"{x}{g['year']}年" for (x, _), g in zip(ns, gs))
        c, f, e = CELLS[k]
        q = R.choice([f"{who}{c.rstrip('？')}，加起来一共多少？", f"{who}{noun(f)}合计", f"sum: {who} 的 {e}"])
        st = "abbreviated" if any(s == "abbreviated" for _, s in ns) else ("formal" if "合计" in q else "colloquial")
        tot = sum(v or 0 for v in vs)
        add(
            q,
            "sum",
            st,
            {"value": round(tot, 2) if isinstance(tot, float) else tot, "unit": unit(k)},
            cells=[f"{g['id']}:{x}" for g in gs for x in cells_of(k)],
            note=k,
        )
        n += 1
    for y in sorted({g["year"] for g in table}):
        gs = [g for g in table if g["year"] == y]
        for k in ("t3.new.tot", "t4.rv.tot"):
            vs = [cell(g, k) for g in gs]
            if len(gs) < 2 or any(v is None for v in vs):
                continue
            c, f, e = CELLS[k]
            add(
                R.choice([f"库里{y}年的所有报告，{c.rstrip('？')}，合计多少？", f"已收录的{y}年度报告中{noun(f)}之和"]),
                "sum",
                "colloquial",
                {"value": sum(v or 0 for v in vs), "unit": "件"},
                cells=[f"{g['id']}:{x}" for g in gs for x in cells_of(k)],
                note=f"{k} over every {y} report",
            )
    # which reports
    conds = [
        ("哪些报告的行政复议总计不少于{t}件？", "t4.rv.tot", lambda v, t: v >= t),
        ("复议后又起诉（复议后起诉总计）有{t}件以上的是哪些单位的报告", "t4.lr.tot", lambda v, t: v >= t),
        ("哪几份年报新收申请超过{t}件", "t3.new.tot", lambda v, t: v > t),
        ("结转下年度继续办理不少于{t}件的报告有哪些", "t3.carry_out.tot", lambda v, t: v >= t),
        ("有哪些单位的行政复议被纠正了{t}件及以上", "t4.rv.fix", lambda v, t: v >= t),
        ("哪些报告的行政处罚决定超过{t}件", "t2.penalty.decisions", lambda v, t: v > t),
    ]
    for q0, k, ok in conds:
        vals = sorted((v for g in table if (v := cell(g, k)) is not None), reverse=True)
        for size in (2, 4, 6):
            if len(vals) <= size:
                continue
            t = vals[size - 1]
            hit = [g["id"] for g in table if cell(g, k) is not None and ok(cell(g, k), t)]
            if not 1 <= len(hit) <= 8:
                continue
            add(
                q0.format(t=t),
                "which_reports",
                "colloquial" if size != 4 else "formal",
                {"reports": sorted(hit)},
                cells=[f"{r}:{k}" for r in hit],
                note=f"{k} threshold {t} over the whole store",
            )
    for y in sorted({g["year"] for g in golds}):
        gs = [g["id"] for g in golds if g["year"] == y]
        if len(gs) <= 8:
            add(
                R.choice([f"库里有哪些{y}年的年报？", f"已收录的{year_words(y, 'cn')}度报告有哪几份"]),
                "which_reports",
                "colloquial",
                {"reports": sorted(gs)},
                note="by year",
            )
    for lvl in ("乡镇", "市级政府"):
        gs = [g["id"] for g in golds if g["level"] == lvl]
        add(
            f"库里有哪些{LEVEL_WORDS[lvl]}的报告？",
            "which_reports",
            "colloquial",
            {"reports": sorted(gs)},
            note="by level",
        )
    for gs in multi:
        na, sa = name_of(gs[0], "short")
        add(
            R.choice([f"{na}有哪几年的年报？", f"{na}的报告收了哪些年份"]),
            "which_reports",
            sa,
            {"reports": [g["id"] for g in gs]},
            note="one body's years",
        )
    # 行政诉讼 only: the gold files t4 sum defects under H5 for 复议 (rv) too (bank fix after the first run)
    bad = [g["id"] for g in table if any(f["check"] == "H5" and f["note"][:2] in ("ld", "lr") for f in g["findings"])]
    if bad:
        add(
            "哪些报告的行政诉讼（表四）总计和分项对不上？",
            "which_reports",
            "colloquial",
            {"reports": sorted(bad)},
            note="H5 findings of the gold",
        )
    zero = [g["id"] for g in table if cell(g, "t3.new.tot") == 0 and cell(g, "t3.carry_in.tot") == 0]
    if 1 <= len(zero) <= 10:
        add(
            "哪些单位全年一件政府信息公开申请都没有（新收和上年结转都是0）？",
            "which_reports",
            "colloquial",
            {"reports": sorted(zero)},
            note="new = carry_in = 0",
        )


# ---------------------------------------------------------------- second batch (appended: the ids above stay)
def second_batch(golds: list[dict], table: list[dict], unique: set[str], years_of: dict[str, set[int]]) -> None:
    """Voices the first batch used too rarely: 繁體, typos, English words, preambles, wrong premises,
    formal ratios; written before the first run's results were read, scored first sight like the rest."""
    tu = [g for g in table if g["id"] in unique]
    w9 = [g for g in tu if g["set"] == "wild9"]
    rest = [g for g in tu if g["set"] != "wild9"]
    plain = [
        "t3.new.tot",
        "t3.r1.tot",
        "t4.rv.tot",
        "t3.carry_out.tot",
        "t2.penalty.decisions",
        "t3.r4_1.tot",
        "t3.r5_1.tot",
        "t4.ld.tot",
        "t3.new.np",
        "t2.license.decisions",
    ]
    tpls = [
        ("trad", "{A}{Y}{c}？"),
        ("trad", "請問{A}{Y}{f}"),
        ("typo", "{A}{Y}{c}？"),
        ("typo", "{A}{Y}年度报告{f}"),
        ("english", "Hi, {A} {y} annual report 里 {e}?"),
        ("english", "{A} {y}: {e}"),
        ("preamble", "我是一名研究生，在做各地政务公开的面板数据，想确认一个数：{A}{Y}{f}？谢谢！"),
        ("preamble", "领导让我对照一下兄弟单位的年报，{A}{Y}{c}？"),
        ("preamble", "我去年给他们递过申请，好奇一下{A}{Y}{c}"),
        ("voice", "那个{A}{Yv}那个{c}"),
    ]
    n = 0
    for g in w9 + pick(rest, 60):
        keys = [k for k in plain if cell(g, k) is not None]
        if not keys:
            continue
        k = keys[n % len(keys)]
        kind, tpl = tpls[n % len(tpls)]
        agency, style = name_of(g, "short" if n % 4 == 1 else "full")
        c, f, e = CELLS[k]
        q = tpl.format(
            A=agency,
            Y=year_words(g["year"], "du" if n % 3 else ""),
            Yv=year_words(g["year"], "voice"),
            y=g["year"],
            c=c.rstrip("？"),
            f=f,
            e=e,
        )
        if kind == "trad":
            q = q.translate(TRAD)
        if kind == "typo":
            q = typo(q)
        st = (
            style
            if style == "abbreviated"
            else ("formal" if f in q or kind == "trad" and "請問" in q else "colloquial")
        )
        add(
            q,
            "value",
            st,
            {"value": cell(g, k), "unit": unit(k)},
            cells=[f"{g['id']}:{x}" for x in cells_of(k)],
            note=f"{kind}; {k}; second batch",
        )
        n += 1
    # wrong premises that still have an answer: the user's number or direction is wrong
    for g in pick(w9, 12) + pick(rest, 8):
        rv, new = cell(g, "t4.rv.tot"), cell(g, "t3.new.tot")
        agency, style = name_of(g, "full")
        if rv is not None and n % 2 == 0:
            q = f"{agency}{g['year']}年被申请行政复议{rv + 5}件，这个数对吗？实际是多少？"
            add(
                q,
                "value",
                "colloquial",
                {"value": rv, "unit": "件"},
                cells=[f"{g['id']}:t4.rv.tot"],
                note="wrong premise (a wrong count); second batch",
            )
        elif new is not None:
            q = f"{agency}{g['year']}年新收申请是不是超过一万件了？具体多少件"
            add(
                q,
                "value",
                "colloquial",
                {"value": new, "unit": "件"},
                cells=[f"{g['id']}:t3.new.tot"],
                note="wrong premise (a wrong size); second batch",
            )
        n += 1
    # formal ratios, scoped
    for g in pick(table, 30)[:8]:
        lic, pen = cell(g, "t2.license.decisions"), cell(g, "t2.penalty.decisions")
        if not lic or pen is None:
            continue
        add(
            "请计算本年度行政处罚决定数量与行政许可决定数量之比（保留两位小数）。",
            "ratio",
            "formal",
            {"value": round(pen / lic, 2), "unit": "倍", "tol": 0.05},
            g["id"],
            ["t2.penalty.decisions", "t2.license.decisions"],
            calc="{t2.penalty.decisions}/{t2.license.decisions}",
        )
    # refusals in the new voices: a wild9 body in a year it did not report, 繁體 and English
    for g in w9:
        y = g["year"] - 2
        if y in years_of[g["agency"]]:
            continue
        agency, style = name_of(g, "short" if n % 2 else "full")
        q = [
            f"{agency}{y}年收到多少件申請？".translate(TRAD),
            f"{agency} {y} annual report: 行政复议 cases?",
            f"麻烦查下{agency}{y}年度的行政处罚决定数",
        ][n % 3]
        add(
            q,
            "unanswerable",
            style if style == "abbreviated" else "colloquial",
            {"refuse": True},
            note=f"asked as value; {y} not in the store ({g['year']} is); second batch",
        )
        n += 1
    # two asks in one, across two bodies (a compare in disguise)
    for i in range(0, min(len(w9), 20) - 1, 2):
        a, b = w9[i], w9[i + 1]
        va, vb = cell(a, "t3.new.tot"), cell(b, "t3.new.tot")
        if va is None or vb is None or va == vb:
            continue
        na, sa = name_of(a, "short")
        nb, _ = name_of(b, "short")
        add(
            f"{na}{a['year']}年新收多少申请？{nb}{b['year']}年呢？",
            "compare",
            "abbreviated" if sa == "abbreviated" else "colloquial",
            {"values": {a["id"]: va, b["id"]: vb}, "unit": "件"},
            cells=[f"{a['id']}:t3.new.tot", f"{b['id']}:t3.new.tot"],
            note="two asks in one; second batch",
        )


def third_batch(table: list[dict], unique: set[str]) -> None:
    """Cross-report questions over wild9's bodies and the rest: compare, rank, sum (appended, first sight)."""
    tu = [g for g in table if g["id"] in unique]
    w9 = [g for g in tu if g["set"] == "wild9"]
    keys = ["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t3.r7.tot", "t2.penalty.decisions", "t4.ld.tot", "t3.carry_in.tot"]
    n = 0
    tries = 0
    while n < 75 and tries < 2000:
        tries += 1
        a = w9[n % len(w9)]
        others = R.sample(tu, 2)
        k = keys[n % len(keys)]
        c, f, e = CELLS[k]
        kind = ("compare", "rank", "sum")[n % 3]
        gs = [a, others[0]] if kind == "compare" else [a, *others]
        vs = {g["id"]: cell(g, k) for g in gs}
        if any(v is None for v in vs.values()) or len({g["agency"] for g in gs}) < len(gs):
            continue
        if kind != "sum" and len(set(vs.values())) < len(vs):
            continue
        ns = [name_of(g, "short" if n % 4 in (1, 2) else "full") for g in gs]
        abbr = any(st == "abbreviated" for _, st in ns)
        who = [f"{x}{g['year']}年" for (x, _), g in zip(ns, gs)]
        cells = [f"{g['id']}:{x}" for g in gs for x in cells_of(k)]
        order = sorted(vs, key=lambda r: -(vs[r] or 0))
        if kind == "compare":
            q = R.choice(
                [
                    f"{who[0]}跟{who[1]}相比，{noun(f)}哪个高？",
                    f"对比一下：{who[0]} / {who[1]}，{c}",
                    f"{who[0]}{c}？比{who[1]}多还是少",
                ]
            )
            add(
                q,
                "compare",
                "abbreviated" if abbr else ("formal" if "哪个高" in q else "colloquial"),
                {"values": vs, "unit": unit(k), "order": order[:1]},
                cells=cells,
                note=f"{k}; third batch",
            )
        elif kind == "rank":
            q = R.choice([f"{'、'.join(who)}三家，{noun(f)}由多到少怎么排？", f"{'，'.join(who)}——谁的{noun(f)}最少？"])
            add(
                q,
                "rank",
                "abbreviated" if abbr else ("formal" if "由多到少" in q else "colloquial"),
                {"values": vs, "unit": unit(k), "order": order if "由多到少" in q else order[-1:]},
                cells=cells,
                note=f"{k}; third batch",
            )
        else:
            tot = sum(v or 0 for v in vs.values())
            q = R.choice([f"把{'、'.join(who)}的{noun(f)}加总是多少？", f"{'、'.join(who)}三家合计{c}"])
            add(
                q,
                "sum",
                "abbreviated" if abbr else ("formal" if "加总" in q else "colloquial"),
                {"value": tot, "unit": unit(k)},
                cells=cells,
                note=f"{k}; third batch",
            )
        n += 1


if __name__ == "__main__":
    main()
