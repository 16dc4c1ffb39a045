"""Writes blindr.jsonl: a blind, held-out sample of everyday user questions over the wild store (wild … wild15).

    python3 eval/questions/blindr/make_blindr.py

Written blind (see README.md): expected answers come from the wild sets' gold JSON and the reports' own text, never
from the product. Byte-deterministic: one seeded generator, every collection sorted before it is sampled."""

from __future__ import annotations

import contextlib
import html
import json
import random
import re
import subprocess
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parents[1]
SETS = ("wild", *(f"wild{i}" for i in range(2, 16)))
NEW_SET = "wild15"
COLS = ("np", "biz", "sci", "npo", "law", "oth")
LEGAL = ("biz", "sci", "npo", "law", "oth")


# ---------------------------------------------------------------- the reports' own text
def text_of(p: Path) -> str:
    """The report's text as a reader sees it (tags stripped); '' for formats read only as tables."""
    ext = p.suffix.lower()
    try:
        if ext == ".pdf":
            run = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True)
            return run.stdout
        if ext in (".docx", ".odt"):
            with zipfile.ZipFile(p) as z:
                x = z.read("word/document.xml" if ext == ".docx" else "content.xml").decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
            x = re.sub(r"</w:tc>|</table:table-cell>", "\t", x)
            return html.unescape(re.sub(r"<[^>]+>", "", x))
        if ext in (".html", ".htm", ".mht", ".mhtml", ".md", ".txt", ".json", ".fodt"):
            t = p.read_bytes().decode("utf-8", errors="replace")
            if ext == ".json":
                with contextlib.suppress(ValueError):
                    t = json.dumps(json.loads(t), ensure_ascii=False)
            t = re.sub(r"<(br|/p|/tr|/div|/h\d|/li)[^>]*>", "\n", t, flags=re.I)
            return html.unescape(html.unescape(re.sub(r"<[^>]+>", "", t)))
    except (OSError, subprocess.CalledProcessError, KeyError, zipfile.BadZipFile):
        return ""
    return ""


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


# ---------------------------------------------------------------- the store
def load() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["set"] = s
            g["text"] = squash(text_of(EVAL / s / g["file"]))
            out.append(g)
    return out


G = load()
BY_ID = {g["id"]: g for g in G}
PAIRS = Counter((g["agency"], int(g["year"])) for g in G)
AGENCIES = sorted({g["agency"] for g in G})
YEARS_OF: dict[str, set[int]] = defaultdict(set)
for _g in G:
    YEARS_OF[_g["agency"]].add(int(_g["year"]))


def readable(g: dict) -> bool:
    """Tables held as cells, the body+year held once in the store."""
    return (
        g["template"] in ("GF2019", "GF2021")
        and bool(g.get("tables_recoverable"))
        and PAIRS[(g["agency"], int(g["year"]))] == 1
        and bool(g.get("t3"))
    )


def tainted(g: dict, table: str) -> bool:
    return any(f["where"].startswith(table) for f in g.get("findings") or [])


def cell(g: dict, key: str) -> float | None:
    t, _, k = key.partition(".")
    v = (g.get(t) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def num(v: float) -> float | int:
    return int(v) if float(v).is_integer() else round(float(v), 2)


# ---------------------------------------------------------------- names and years as users write them
ABBR = [
    ("人民政府办公室", "政府办"),
    ("人民政府办公厅", "政府办公厅"),
    ("人力资源和社会保障局", "人社局"),
    ("人力资源和社会保障厅", "人社厅"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("医疗保障局", "医保局"),
    ("退役军人事务局", "退役军人局"),
    ("应急管理局", "应急局"),
    ("交通运输局", "交通局"),
    ("自然资源和规划局", "自规局"),
    ("教育体育局", "教体局"),
    ("人民政府", "政府"),
    ("街道办事处", "街道"),
]
CITY = re.compile(r"^[\u4e00-\u9fff]{2,4}市(?=[\u4e00-\u9fff]{1,4}[区县])")
PROV = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,5}自治区|北京市|上海市|天津市|重庆市)(?=.)")


def short_forms() -> dict[str, str]:
    """A short name per agency, kept only when no other agency gives it or contains it."""
    cand: dict[str, str] = {}
    for a in AGENCIES:
        s = a
        for full, ab in ABBR:
            if s.endswith(full):
                s = s[: -len(full)] + ab
                break
        m = PROV.match(s)
        if (
            m and len(s) - m.end() >= 4 and re.match(r".{1,6}?[市县区州盟]", s[m.end() :])
        ):  # 「工业和信息化厅」 alone is no name
            s = s[m.end() :]
        c = CITY.match(s)  # 「合肥市蜀山区政府」 → 「蜀山区政府」, as a local says it
        if c and len(s) - c.end() >= 4:
            s = s[c.end() :]
        if s != a and len(s) >= 3:
            cand[a] = s
    count = Counter(cand.values())
    out = {}
    for a, s in cand.items():
        if (
            count[s] == 1
            and not any(s in b for b in AGENCIES if b != a)
            and not any(o != s and (o in s or s in o) for o in cand.values())
        ):
            out[a] = s
    return out


SHORT = short_forms()
CN = dict(zip("0123456789", "〇一二三四五六七八九"))


def cn_year(y: int) -> str:
    return "".join(CN[c] for c in str(y))


# ---------------------------------------------------------------- dress: 繁體, voice input, homophone typos
TRAD = dict(
    zip(
        "们这个报说问题复议诉讼处结转办过开门对查总计业务项负责时间据统书类发还没里为么后当实网际关于处号应应现",
        "們這個報說問題復議訴訟處結轉辦過開門對查總計業務項負責時間據統書類發還沒裡為麼後當實網際關於處號應應現",
    )
)
TYPOS = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("公开", "公凯"), ("多少", "多小"), ("处理", "出理"),
         ("结转", "节转"), ("政策", "正策"), ("培训", "陪训")]  # fmt: skip


def dress(rnd: random.Random, q: str, persona: str) -> tuple[str, list[str]]:
    tags: list[str] = []
    r = rnd.random()
    voice_p = {"citizen": 0.22, "hotline": 0.2, "officer": 0.06}.get(persona, 0.03)
    if r < voice_p:
        q = re.sub(r"[，。？！、；：,?]", " ", q).strip()
        q = (
            rnd.choice(("那个", "嗯", "帮我查下", "请问一下", "就是"))
            + q
            + rnd.choice(("", "啊", "呢", "来着", " 谢谢"))
        )
        tags.append("voice")
    if rnd.random() < {"citizen": 0.15, "hotline": 0.12}.get(persona, 0.05):
        hits = [(a, b) for a, b in TYPOS if a in q]
        if hits:
            a, b = rnd.choice(hits)
            q = q.replace(a, b, 1)
            tags.append("typo")
    if rnd.random() < {"citizen": 0.08, "journalist": 0.07, "researcher": 0.06}.get(persona, 0.03):
        q = "".join(TRAD.get(c, c) for c in q)
        tags.append("trad")
    return q, tags


def name(rnd: random.Random, g: dict, p_short: float = 0.35) -> tuple[str, bool]:
    a = g["agency"]
    if a in SHORT and rnd.random() < p_short:
        return SHORT[a], True
    return a, False


def when(rnd: random.Random, y: int, relative: bool = True) -> tuple[str, str]:
    """(prefix, year words): 2023年 / 2023年度 / 23年 / 二〇二三年 / 「现在是2024年」+去年."""
    r = rnd.random()
    if relative and r < 0.08:
        return f"现在是{y + 1}年，", "去年"
    if r < 0.5:
        return "", f"{y}年"
    if r < 0.68:
        return "", f"{y}年度"
    if r < 0.88:
        return "", f"{str(y)[2:]}年"
    return "", f"{cn_year(y)}年"


def who(rnd: random.Random, g: dict, p_short: float = 0.35) -> tuple[str, str, bool]:
    """(prefix, 「agency + year」, abbreviated)."""
    n, ab = name(rnd, g, p_short)
    pre, y = when(rnd, int(g["year"]))
    return pre, (y + n if y == "去年" else n + y), ab


# ---------------------------------------------------------------- measures
def rows(prefix: str, n: int) -> list[str]:
    return [f"t3.{prefix}_{i}.tot" for i in range(1, n + 1)]


M: dict[str, tuple[list[str], str | None, list[str]]] = {
    "new": (["t3.new.tot"], "件", ["收到了多少件信息公开申请", "新收的依申请公开有几件", "一共收到几件政府信息公开申请", "接了多少个公开申请"]),
    "carry_in": (["t3.carry_in.tot"], "件", ["上年结转过来的申请几件", "从上一年转过来的申请有多少"]),
    "r1": (["t3.r1.tot"], "件", ["予以公开的有多少件", "同意公开了几件", "答复予以公开的申请是几件"]),
    "r2": (["t3.r2.tot"], "件", ["部分公开的几件", "部分公开的申请多少件"]),
    "r3": (rows("r3", 8), "件", ["不予公开的一共几件", "不予公开的有多少件"]),
    "r4": (rows("r4", 3), "件", ["无法提供的有多少件", "答复无法提供的一共几件"]),
    "r4_1": (["t3.r4_1.tot"], "件", ["因为本机关不掌握相关信息没法提供的有几件", "本机关不掌握相关政府信息的多少件"]),
    "r4_2": (["t3.r4_2.tot"], "件", ["没有现成信息需要另行制作的有几件"]),
    "r5": (rows("r5", 5), "件", ["不予处理的一共几件", "不予处理的申请有多少"]),
    "r5_1": (["t3.r5_1.tot"], "件", ["信访举报投诉类申请不予处理的有几件", "因为是信访举报投诉类不予处理的多少件"]),
    "r5_2": (["t3.r5_2.tot"], "件", ["重复申请的有几件", "属于重复申请的多少件"]),
    "r7": (["t3.r7.tot"], "件", ["办理结果总计是多少件", "办理结果合计几件"]),
    "carry_out": (["t3.carry_out.tot"], "件", ["结转到下一年继续办的有几件", "还有多少件没办完转入下年度"]),
    "np": (["t3.new.np"], "件", ["个人（自然人）提的申请有多少件", "自然人新提出的申请几件"]),
    "legal": ([f"t3.new.{c}" for c in LEGAL], "件", ["法人或其他组织提的申请多少件", "企业和其他组织（法人或其他组织）新提了几件申请"]),
    "biz": (["t3.new.biz"], "件", ["商业企业申请的有几件", "商业企业提出的申请多少件"]),
    "license": (["t2.license.decisions"], None, ["行政许可决定有多少", "办了多少件行政许可"]),
    "penalty": (["t2.penalty.decisions"], None, ["行政处罚决定多少件", "作出了多少个行政处罚决定"]),
    "coercion": (["t2.coercion.decisions"], None, ["行政强制决定有几件", "行政强制的处理决定数量"]),
    "norm_valid": (["t2.norm.valid"], "件", ["现行有效的规范性文件多少件", "有效的行政规范性文件还有几件"]),
    "fee": (["t2.fee.amount_wan"], "万元", ["行政事业性收费收了多少万元", "行政事业性收费金额是多少"]),
    "rv": (["t4.rv.tot"], "件", ["因信息公开被申请行政复议的总共几件", "信息公开行政复议合计多少件"]),
    "rv_keep": (["t4.rv.keep"], "件", ["行政复议结果维持的有几件", "复议维持了几件"]),
    "rv_fix": (["t4.rv.fix"], "件", ["行政复议结果纠正的有几件", "复议被纠正的几件"]),
    "ld": (["t4.ld.tot"], "件", ["未经复议直接起诉的行政诉讼几件", "没经过复议直接去法院起诉的有几件"]),
    "lr": (["t4.lr.tot"], "件", ["复议后起诉的行政诉讼有几件", "先复议再起诉的案子几件"]),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "件", ["行政诉讼一共几件（直接起诉和复议后起诉加起来）", "因信息公开被提起行政诉讼的总共几件"]),
    "r3_3": (["t3.r3_3.tot"], "件", ["以危及“三安全一稳定”为由不予公开的有几件"]),
    "r3_4": (["t3.r3_4.tot"], "件", ["以保护第三方合法权益为由不予公开的几件", "因为涉及第三方合法权益不公开的多少件"]),
    "r3_6": (["t3.r3_6.tot"], "件", ["属于四类过程性信息不予公开的有多少件"]),
    "r3_7": (["t3.r3_7.tot"], "件", ["属于行政执法案卷不予公开的几件"]),
}  # fmt: skip
GF2021_ONLY = {"norm_valid", "fee"}

WEIGHTS = {
    "officer": {"new": 4, "carry_in": 2, "r1": 3, "r2": 2, "r3": 2, "r4": 2, "r5": 2, "r7": 2, "carry_out": 2,
                "np": 1, "legal": 1, "license": 1, "penalty": 1, "norm_valid": 1, "fee": 1, "rv": 1, "r5_1": 1},
    "citizen": {"new": 5, "r1": 3, "r2": 1, "r3": 2, "np": 2, "carry_out": 1, "license": 1, "penalty": 1, "r4_1": 1},
    "journalist": {"new": 4, "r1": 2, "r3": 2, "penalty": 2, "license": 1, "fee": 1, "rv": 1, "lit": 1, "r5": 1},
    "lawyer": {"rv": 3, "rv_keep": 2, "rv_fix": 2, "ld": 2, "lr": 1, "lit": 2, "r3": 2, "r3_4": 1, "r3_6": 1,
               "r3_3": 1, "r5_1": 1, "r4_1": 1, "r3_7": 1, "r4_2": 1},
    "evaluator": {"new": 2, "r7": 2, "carry_out": 2, "carry_in": 2, "r4": 1, "r5": 1, "norm_valid": 1, "r2": 1},
    "deputy": {"new": 3, "r1": 2, "r3": 2, "penalty": 1, "license": 1, "rv": 1, "fee": 1},
    "researcher": {"new": 3, "np": 2, "legal": 2, "biz": 1, "r1": 1, "r2": 1, "r5_2": 1},
    "hotline": {"new": 3, "r1": 2, "r5_1": 2, "r5_2": 1, "r4_1": 1, "carry_out": 1},
}  # fmt: skip

FRAME = {  # whole-store frames: {w} = agency+year, {m} = the measure
    "officer": ["隔壁{w}{m}？", "帮我看下{w}{m}", "{w}{m}？我们对比一下"],
    "citizen": ["{w}{m}啊", "我想知道{w}{m}", "{w}一年{m}？", "问下{w}{m}"],
    "journalist": ["{w}{m}？", "核实一个数：{w}{m}", "写稿要用，{w}{m}？"],
    "lawyer": ["{w}年报里{m}？", "查一下{w}：{m}", "{w}{m}，以年报为准"],
    "evaluator": ["{w} {m}", "{w}{m}", "评估用：{w}{m}？"],
    "deputy": ["请问{w}{m}？", "{w}政府信息公开年度报告中{m}？", "我想了解一下{w}{m}"],
    "researcher": ["{w}{m}（按年报表格口径）？", "{w}年度报告显示{m}？", "{w}{m}"],
    "hotline": ["有群众来电问{w}{m}", "来电咨询：{w}{m}？", "市民问{w}{m}，帮忙查一下"],
}
SCOPED_READER = ["这份报告里{m}？", "这个单位这一年{m}", "看这篇年报，{m}？", "这上面写的{m}"]
SCOPE_OTHER = {"citizen": 0.25, "lawyer": 0.25, "hotline": 0.2, "journalist": 0.15, "deputy": 0.15}
SCOPED = ["我们今年{m}？", "{m}？", "咱们单位本年度{m}", "帮我看一下报告里{m}", "今年{m}"]


def pick_report(rnd: random.Random, pool: list[dict], new_share: float = 0.3) -> dict:
    new = [g for g in pool if g["set"] == NEW_SET]
    old = [g for g in pool if g["set"] != NEW_SET]
    return rnd.choice(new if new and rnd.random() < new_share else old)


def value_of(g: dict, keys: list[str]) -> float | None:
    vals = [cell(g, k) for k in keys]
    if any(v is None for v in vals):
        return None
    return sum(vals)  # type: ignore[arg-type]


READ = [g for g in G if readable(g)]


def q_value(rnd: random.Random, persona: str) -> dict | None:
    w = WEIGHTS[persona]
    mk = rnd.choices(sorted(w), weights=[w[k] for k in sorted(w)])[0]
    keys, unit, phr = M[mk]
    g = pick_report(rnd, READ)
    if mk in GF2021_ONLY and g["template"] != "GF2021":
        return None
    if tainted(g, keys[0].split(".")[0]):
        return None
    v = value_of(g, keys)
    if v is None:
        return None
    m = rnd.choice(phr)
    if persona == "officer" and rnd.random() < 0.55:
        q, ab, scope = rnd.choice(SCOPED).format(m=m), False, {"report": g["id"]}
    elif rnd.random() < SCOPE_OTHER.get(persona, 0):  # reading the report's page, asking about it
        q, ab, scope = rnd.choice(SCOPED_READER).format(m=m), False, {"report": g["id"]}
    else:
        pre, wy, ab = who(rnd, g)
        q, scope = pre + rnd.choice(FRAME[persona]).format(w=wy, m=m), {}
    exp = {"value": num(v), "unit": unit}
    return dict(
        q=q, scope=scope, intent="value", expect=exp, cells=keys, abbreviated=ab, reads=[g["id"]], kind="one figure"
    )


# ---------------------------------------------------------------- narrative figures (read off the text, phrase once)
NARR: list[tuple[str, str, str | None, list[str]]] = [
    (r"主动公开(?:各类)?政府信息(\d+)条", "条", None, ["主动公开了多少条政府信息", "一年主动公开的政府信息有多少条"]),
    (r"其中政策文件(\d+)([条件])", "", None, ["主动公开的政策文件有多少", "公开了几个政策文件"]),
    (r"政策解读(\d+)篇", "篇", None, ["发了多少篇政策解读", "政策解读有几篇"]),
    (r"组织业务培训(\d+)([次场])", "", None, ["组织了几次业务培训", "业务培训搞了几场"]),
    (r"公众号发布信息(\d+)条", "条", None, ["微信公众号发了多少条信息", "政务公众号发布信息多少条"]),
    (r"政务公开工作推进会(\d+)次", "次", None, ["开了几次政务公开工作推进会", "政务公开推进会召开了多少次"]),
    (r"其中网上申请(\d+)件", "件", None, ["网上提交的申请有多少件", "通过网上申请的有几件"]),
    (r"信函及当面申请(\d+)件", "件", None, ["信函和当面申请的一共几件", "线下（信函及当面）申请几件"]),
    (r"栏目(\d+)个", "个", None, ["更新了几个法定主动公开内容栏目", "更新了多少个栏目"]),
    (r"受理政府信息公开申请(\d+)件", "件", "LEGACY", ["全年受理了多少件信息公开申请", "受理的公开申请有几件"]),
    (r"其中当面申请(\d+)件", "件", "LEGACY", ["当面来申请的有几件", "当面申请多少件"]),
    (r"已按时答复(\d+)件", "件", "LEGACY", ["按时答复了几件", "按时答复的申请多少件"]),
]  # fmt: skip
NARR_PERSONA = {"officer": [0, 1, 2, 3, 5, 8], "citizen": [0, 6, 7, 10, 11], "journalist": [0, 1, 2, 4, 9],
                "evaluator": [0, 2, 3, 5, 8], "deputy": [0, 1, 2, 3, 5, 9], "hotline": [6, 7, 10, 11, 0]}  # fmt: skip
TEXTED = [g for g in G if len(g["text"]) > 300 and PAIRS[(g["agency"], int(g["year"]))] == 1]


def q_narrative(rnd: random.Random, persona: str) -> dict | None:
    pat, unit, tmpl, phr = NARR[rnd.choice(NARR_PERSONA[persona])]
    pool = [g for g in TEXTED if (tmpl is None or g["template"] == tmpl) and len(re.findall(pat, g["text"])) == 1]
    if not pool:
        return None
    g = pick_report(rnd, pool)
    m = re.search(pat, g["text"])
    assert m
    u = unit or m.group(2)
    m_phr = rnd.choice(phr)
    if persona == "officer" and rnd.random() < 0.6:
        q, ab, scope = rnd.choice(SCOPED).format(m=m_phr), False, {"report": g["id"]}
    else:
        pre, wy, ab = who(rnd, g)
        q, scope = pre + rnd.choice(FRAME[persona]).format(w=wy, m=m_phr), {}
    return dict(q=q, scope=scope, intent="narrative", expect={"value": int(m.group(1)), "unit": u},
                source_quote=m.group(0), abbreviated=ab, reads=[g["id"]], kind="narrative figure")  # fmt: skip


def section5(g: dict) -> tuple[str, str] | None:
    """(first problem, first measure) of section 五, each the start of its 「一是…」 clause."""
    t = g["text"]
    i = t.rfind("存在的主要问题及改进情况")
    if i < 0:
        return None
    end = t.find("六、", i)
    sec = t[i : end if end > 0 else i + 800]
    clauses = re.findall(r"一是([^；;。，,]{4,40})", sec)
    if len(clauses) < 2 or t.count(clauses[0]) != 1 or t.count(clauses[1]) != 1:
        return None
    return clauses[0][:18], clauses[1][:18]


PROB_Q = {
    "problems": [
        "{w}存在哪些问题？",
        "{w}年报自己说工作上有什么不足",
        "{w}在信息公开方面还有什么问题",
        "{w}存在的主要问题是什么",
    ],
    "measures": ["{w}打算怎么改进？", "{w}针对问题提了哪些改进措施", "{w}下一步怎么整改"],
}
PROB_SCOPED = {
    "problems": ["我们报告里写的存在问题有哪些？", "存在的主要问题是什么"],
    "measures": ["改进措施写了啥？", "我们的改进措施是哪些"],
}


def q_problems(rnd: random.Random, persona: str) -> dict | None:
    pool = [g for g in TEXTED if g["template"] != "LEGACY" and section5(g)]
    g = pick_report(rnd, pool)
    s5 = section5(g)
    assert s5
    which = "problems" if rnd.random() < 0.65 else "measures"
    quote = s5[0] if which == "problems" else s5[1]
    if persona == "officer" and rnd.random() < 0.5:
        q, ab, scope = rnd.choice(PROB_SCOPED[which]), False, {"report": g["id"]}
    else:
        pre, wy, ab = who(rnd, g)
        q, scope = pre + rnd.choice(PROB_Q[which]).format(w=wy), {}
    return dict(q=q, scope=scope, intent="problems", expect={"contains": [quote]}, source_quote=quote,
                abbreviated=ab, reads=[g["id"]], kind="problems" if which == "problems" else "improvement measures")  # fmt: skip


# ---------------------------------------------------------------- refusals
NOT_SAID: list[tuple[str, str, list[str]]] = [  # (what, text pattern that must be absent, phrasings)
    ("budget", r"经费|预算|资金投入", ["信息公开工作花了多少经费", "政务公开的预算是多少钱"]),
    ("staff", r"专职|工作人员\d|人员\d+名|\d+名工作人员", ["有几个专职做信息公开的人", "信息公开工作人员有几名"]),
    ("visits", r"访问量|浏览量|点击量", ["网站访问量是多少", "信息公开专栏的浏览量多少"]),
    ("gender", r"男性|女性|男女", ["申请人里男的女的各多少", "申请人性别比例怎么样"]),
    ("days", r"平均.{0,6}(?:天|日|工作日)", ["平均多少天答复一个申请", "答复申请平均用时几天"]),
    ("satisfaction", r"满意度|满意率", ["群众满意度多少", "申请人满意率是多少"]),
    ("press", r"新闻发布会|发布会", ["开了几场新闻发布会", "新闻发布会举办了几次"]),
    ("hotline", r"12345|热线", ["12345热线接了多少个关于信息公开的电话", "热线电话咨询量多少"]),
    ("weibo", r"微博", ["政务微博发了多少条", "微博粉丝有多少"]),
    ("land", r"征地|拆迁", ["涉及征地拆迁的申请有多少件", "征收拆迁类的公开申请几件"]),
    ("age", r"年龄|岁", ["申请人平均年龄多大", "申请人里老年人占多少"]),
]  # fmt: skip
NS_PERSONA = {"citizen": ["days", "satisfaction", "hotline", "gender", "land"], "journalist": ["budget", "staff", "press", "visits", "weibo"],
              "officer": ["visits", "satisfaction", "staff", "weibo"], "deputy": ["budget", "staff", "satisfaction", "press"],
              "hotline": ["hotline", "days", "land", "satisfaction"], "lawyer": ["days", "land"], "evaluator": ["visits", "staff", "days"],
              "researcher": ["gender", "age", "days"]}  # fmt: skip
FAKE_BODIES = ["黑龙江省漠河市审计局", "青海省玛多县人民政府", "西藏自治区亚东县文化局", "海南省三沙市人民政府",
               "新疆维吾尔自治区和静县气象局", "内蒙古自治区阿尔山市林业局", "贵州省荔波县档案馆", "吉林省珲春市海洋渔业局"]  # fmt: skip


def q_refuse(rnd: random.Random, persona: str) -> dict | None:
    r = rnd.random()
    if r < 0.45:  # a thing the report does not say
        what = rnd.choice(NS_PERSONA[persona])
        _, pat, phr = next(x for x in NOT_SAID if x[0] == what)
        pool = [g for g in TEXTED if g["template"] != "LEGACY" and not re.search(pat, g["text"])]
        if what in ("gender", "days", "land", "age"):
            pool = [g for g in pool if (cell(g, "t3.new.tot") or 0) > 0]
        if not pool:
            return None
        g = pick_report(rnd, pool)
        m = rnd.choice(phr)
        if persona == "officer" and rnd.random() < 0.5:
            q, ab, scope = rnd.choice(SCOPED).format(m=m), False, {"report": g["id"]}
        else:
            pre, wy, ab = who(rnd, g)
            q, scope = pre + rnd.choice(FRAME[persona]).format(w=wy, m=m), {}
        return dict(q=q, scope=scope, intent="unanswerable", expect={"refuse": True}, abbreviated=ab,
                    reads=[g["id"]], kind="not in the report", note=f"asked as value: the text never says it ({what})")  # fmt: skip
    if r < 0.62:  # the other template's cell
        g = pick_report(rnd, READ)
        if g["template"] == "GF2021":
            if "集中采购" in g["text"]:
                return None
            m = rnd.choice(["政府集中采购金额是多少", "政府集中采购项目有几个"])
            note = "asked as value: 政府集中采购 is a GF2019 row; GF2021 has none"
        else:
            if "废止" in g["text"] or "收费金额" in g["text"]:
                return None
            m = rnd.choice(["本年废止了几件规范性文件", "行政事业性收费金额多少万元"])
            note = "asked as value: GF2019 has no 废止 column nor fee amount"
        pre, wy, ab = who(rnd, g)
        q = pre + rnd.choice(FRAME[persona]).format(w=wy, m=m)
        return dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True}, abbreviated=ab, reads=[g["id"]],
                    kind="other template's cell", note=note)  # fmt: skip
    if r < 0.78:  # a year the store does not hold for a body it holds
        g = pick_report(rnd, READ)
        years = YEARS_OF[g["agency"]]
        y = rnd.choice([y for y in range(2016, 2026) if y not in years])
        n, ab = name(rnd, g)
        m = rnd.choice(M[rnd.choice(["new", "r1", "r3", "rv"])][2])
        q = rnd.choice(FRAME[persona]).format(w=f"{n}{y}年", m=m)
        return dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True}, abbreviated=ab, reads=[],
                    kind="year not in the store", note=f"asked as value: the store holds {g['agency']} only for {sorted(years)}")  # fmt: skip
    if r < 0.88:  # a body not in the store
        body = rnd.choice([b for b in FAKE_BODIES if b not in AGENCIES])
        y = rnd.choice(range(2020, 2025))
        m = rnd.choice(M[rnd.choice(["new", "r1", "penalty"])][2])
        q = rnd.choice(FRAME[persona]).format(w=f"{body}{y}年", m=m)
        return dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True}, abbreviated=False, reads=[],
                    kind="body not in the store", note="asked as value: no report of this body in the store")  # fmt: skip
    # scoped 「比去年」 when the previous year is not held
    pool = [g for g in READ if int(g["year"]) - 1 not in YEARS_OF[g["agency"]] and not tainted(g, "t3")
            and not re.search(r"同比|较上年|比上年|较去年|比去年|上一年度|增长|下降|减少", g["text"])]  # fmt: skip
    g = pick_report(rnd, pool)
    q = rnd.choice(["今年申请比去年多了还是少了？", "跟去年比新收申请变化多少", "和上一年比予以公开的增加了几件"])
    return dict(q=q, scope={"report": g["id"]}, intent="unanswerable", expect={"refuse": True}, abbreviated=False,
                reads=[g["id"]], kind="previous year not in the store", note="asked as change: the previous year is not held")  # fmt: skip


BLANK_POOL = sorted(
    (g["id"], k)
    for g in READ
    if not re.search(r"空白|空格|未填|不填|为0|为零|表示0|表示“0”|“/”|“—”|“-”", g["text"])
    for k, v in g.get("placeholders", {}).items()
    if v == "" and k.endswith(".tot") and k.startswith("t3.r")
)
BLANK_NAMES = {"r3_": "不予公开里", "r4_": "无法提供里", "r5_": "不予处理里", "r6": "其他处理里"}


def q_blank(rnd: random.Random, persona: str) -> dict | None:
    if not BLANK_POOL:
        return None
    rid, key = rnd.choice(BLANK_POOL)
    g = BY_ID[rid]
    sub = {"r3_4": "保护第三方合法权益那一项", "r3_6": "过程性信息那一项", "r4_1": "本机关不掌握那一项",
           "r5_1": "信访举报投诉类那一项", "r5_2": "重复申请那一项", "r3_1": "属于国家秘密那一项", "r2": "部分公开",
           "r1": "予以公开"}.get(key.split(".")[1])  # fmt: skip
    if not sub:
        return None
    pre, wy, ab = who(rnd, g)
    q = pre + rnd.choice(FRAME[persona]).format(w=wy, m=f"表三{sub}总计填的是多少")
    return dict(q=q, scope={}, intent="value", expect={"blank": True}, cells=[key], abbreviated=ab, reads=[rid],
                kind="printed blank")  # fmt: skip


# ---------------------------------------------------------------- consistency
def implied(g: dict, f: dict) -> tuple[float, float] | None:
    """(printed, implied) numbers of a finding, recomputed from the gold: the two sides of its identity."""
    w = f["where"]
    sides: tuple[list[str], list[str]] | None = None
    if f["check"] in ("H1", "H3") and "column " in w:
        col = w.split("column ")[1]
        if f["check"] == "H1":
            sides = ([f"t3.new.{col}", f"t3.carry_in.{col}"], [f"t3.r7.{col}", f"t3.carry_out.{col}"])
        else:
            subs = [f"t3.{k}" for k in sorted(g["t3"]) if k.endswith("." + col) and re.match(r"r[1-6]", k)]
            sides = ([f"t3.r7.{col}"], subs)
    elif f["check"] == "H2" and "." in w:
        row = w.split(".")[1]
        sides = ([f"t3.{row}.tot"], [f"t3.{row}.{k}" for k in COLS])
    elif f["check"] == "H5" and "." in w:
        row = w.split(".")[1]
        sides = ([f"t4.{row}.tot"], [f"t4.{row}.{k}" for k in ("keep", "fix", "other", "pend")])
    if sides is None:
        return None
    a, b = value_of(g, sides[0]), value_of(g, sides[1])
    return None if a is None or b is None else (a, b)


CONS_Q = {
    "t3": [
        "{w}表三的数字加起来对得上吗",
        "{w}申请处理情况那张表勾稽关系对不对",
        "帮忙核一下{w}收到和处理申请的表有没有算错",
    ],
    "t4": ["{w}行政复议那栏的合计对不对", "{w}表四复议诉讼的总计和分项对得上吗"],
}
CONS_SCOPED = {"t3": ["我们表三加总有没有问题？", "这份报告的申请处理表数对得上吗"], "t4": ["我们复议诉讼表合计对吗"]}


def q_consistency(rnd: random.Random, persona: str) -> dict | None:
    bad = rnd.random() < 0.45
    pool = []
    for g in G:
        if (
            g["template"] not in ("GF2019", "GF2021")
            or not g.get("tables_recoverable")
            or PAIRS[(g["agency"], int(g["year"]))] > 1
        ):
            continue
        fs = [f for f in g.get("findings") or [] if f["check"] in ("H1", "H2", "H3", "H5")]
        if bad and fs and all(min(implied(g, f) or (-1,)) >= 0 for f in fs):
            pool.append(g)
        if not bad and not g.get("findings") and g.get("t4"):
            pool.append(g)
    g = pick_report(rnd, pool, 0.3)
    if bad:
        fs = [f for f in g["findings"] if f["check"] in ("H1", "H2", "H3", "H5")]
        f = sorted(fs, key=lambda x: ("H2", "H5", "H3", "H1").index(x["check"]))[0]  # a row's own sum first
        table = f["where"][:2]
        a, b = implied(g, f)  # type: ignore[misc]
        values = {"printed": num(a), "implied": num(b)}
        checks = sorted({x["check"] for x in fs if x["where"].startswith(table)})
    else:
        table = "t3" if rnd.random() < 0.75 else "t4"
        if table == "t3":
            values = {"t3.new.tot": num(cell(g, "t3.new.tot")), "t3.r7.tot": num(cell(g, "t3.r7.tot"))}  # type: ignore[arg-type]
            checks = ["H1", "H2", "H3"]
        else:
            if cell(g, "t4.rv.tot") is None:
                return None
            values = {"t4.rv.tot": num(cell(g, "t4.rv.tot"))}  # type: ignore[arg-type]
            checks = ["H5"]
    if persona == "officer" and rnd.random() < 0.5:
        q, ab, scope = rnd.choice(CONS_SCOPED[table]), False, {"report": g["id"]}
    else:
        pre, wy, ab = who(rnd, g)
        q, scope = pre + rnd.choice(CONS_Q[table]).format(w=wy), {}
    exp = {"verdict": "inconsistent" if bad else "consistent", "checks": checks, "values": values}
    return dict(q=q, scope=scope, intent="consistency", expect=exp, abbreviated=ab, reads=[g["id"]],
                kind="consistency (defect)" if bad else "consistency (clean)")  # fmt: skip


# ---------------------------------------------------------------- across reports
CLEAN = [g for g in READ if not tainted(g, "t3")]
CROSS_M = {"new": "新收申请", "r1": "予以公开", "r3": "不予公开", "penalty": "行政处罚决定", "license": "行政许可决定"}


def prov(g: dict) -> str:
    m = re.match(r"^(.{2,8}?(?:省|自治区|市))", g.get("region") or "")
    return m.group(1) if m else ""


def q_compare(rnd: random.Random, persona: str) -> dict | None:
    a = pick_report(rnd, CLEAN, 0.4)
    mk = rnd.choice(["new", "new", "new", "r1", "r3", "penalty"])
    pool = [b for b in CLEAN if b["id"] != a["id"] and b["agency"] != a["agency"] and b["level"] == a["level"]
            and (prov(b) == prov(a) or int(b["year"]) == int(a["year"]))]  # fmt: skip
    if not pool:
        return None
    b = rnd.choice(sorted(pool, key=lambda x: x["id"]))
    va, vb = value_of(a, M[mk][0]), value_of(b, M[mk][0])
    if va is None or vb is None or va == vb:
        return None
    na, aba = name(rnd, a)
    nb, abb = name(rnd, b)
    ya, yb = f"{a['year']}年", f"{b['year']}年"
    t = rnd.choice(["{a}和{b}，哪个{m}多？", "{a}跟{b}比，{m}谁多", "对比一下{a}与{b}的{m}", "{a}{m}多还是{b}多"])
    q = t.format(a=na + ya, b=nb + yb, m=CROSS_M[mk])
    hi = a if va > vb else b
    exp = {"values": {a["id"]: num(va), b["id"]: num(vb)}, "unit": M[mk][1], "order": [hi["id"]]}
    return dict(q=q, scope={}, intent="compare", expect=exp, abbreviated=aba or abb, reads=[a["id"], b["id"]],
                cells=[f"{x['id']}:{k}" for x in (a, b) for k in M[mk][0]], kind="compare two bodies")  # fmt: skip


def q_change(rnd: random.Random, persona: str) -> dict | None:
    by_ag: dict[str, list[dict]] = defaultdict(list)
    for g in CLEAN:
        by_ag[g["agency"]].append(g)
    pairs = sorted(
        (sorted(v, key=lambda g: g["year"])[0]["id"], sorted(v, key=lambda g: g["year"])[-1]["id"])
        for v in by_ag.values()
        if len(v) >= 2
    )
    if not pairs:
        return None
    e, lt = (BY_ID[x] for x in rnd.choice(pairs))
    mk = rnd.choice(["new", "new", "r1", "r3"])
    ve, vl = value_of(e, M[mk][0]), value_of(lt, M[mk][0])
    if ve is None or vl is None:
        return None
    n, ab = name(rnd, e)
    t = rnd.choice(["{n}{l}年的{m}比{e}年多了多少？", "{n}从{e}年到{l}年{m}变化了多少", "{n}{m}，{l}年比{e}年增减几件"])
    q = t.format(n=n, e=e["year"], l=lt["year"], m=CROSS_M[mk])
    return dict(q=q, scope={}, intent="change", expect={"value": num(vl - ve), "unit": "件"}, abbreviated=ab,
                reads=[e["id"], lt["id"]], cells=[f"{x['id']}:{k}" for x in (e, lt) for k in M[mk][0]],
                calc=f"{num(vl)}-{num(ve)}", kind="year-over-year")  # fmt: skip


def groups() -> list[list[dict]]:
    """Province × year groups of 3–8 bodies whose every stored report is readable and clean."""
    all_: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for g in G:
        if prov(g):
            all_[(prov(g), int(g["year"]))].append(g)
    out = []
    for k in sorted(all_):
        grp = all_[k]
        if 3 <= len(grp) <= 8 and all(g in CLEAN for g in grp):
            out.append(sorted(grp, key=lambda g: g["id"]))
    return out


GROUPS = groups()


def q_group(rnd: random.Random, persona: str, kind: str) -> dict | None:
    if not GROUPS:
        return None
    grp = rnd.choice(GROUPS)
    p, y = prov(grp[0]), int(grp[0]["year"])
    ys = rnd.choice([f"{y}年", f"{str(y)[2:]}年", f"{y}年度"])
    got = {g["id"]: value_of(g, M["new"][0]) for g in grp}
    vals = {k: v for k, v in got.items() if v is not None}
    if len(vals) < len(got):
        return None
    order = sorted(vals, key=lambda k: (-vals[k], k))  # type: ignore[operator]
    base = dict(scope={}, abbreviated=False, reads=[g["id"] for g in grp], cells=[f"{g['id']}:t3.new.tot" for g in grp])
    if kind == "rank":
        if vals[order[0]] == vals[order[1]]:
            return None
        q = rnd.choice(
            [
                f"库里{p}{ys}的报告，哪个单位收到的申请最多",
                f"{p}{ys}各单位新收申请排个名",
                f"{ys}{p}哪家收的信息公开申请最多？",
            ]
        )
        return dict(q=q, intent="rank", expect={"values": {k: num(v) for k, v in vals.items()}, "unit": "件", "order": [order[0]]},
                    kind="rank over a province-year", **base)  # fmt: skip
    if kind == "list":
        q = rnd.choice([f"列一下{p}{ys}每个单位新收的申请数", f"{p}{ys}各单位收到申请各多少件"])
        return dict(q=q, intent="list", expect={"values": {k: num(v) for k, v in vals.items()}, "unit": "件"},
                    kind="list over a province-year", **base)  # fmt: skip
    if kind == "sum":
        q = rnd.choice([f"{p}{ys}这些单位加起来一共收了多少申请", f"库里{p}{ys}所有报告的新收申请合计"])
        return dict(q=q, intent="sum", expect={"value": num(sum(vals.values())), "unit": "件"},  # type: ignore[arg-type]
                    kind="sum over a province-year", **base)  # fmt: skip
    thr = rnd.choice([10, 20, 50, 100])
    hit = sorted(k for k, v in vals.items() if v > thr)  # type: ignore[operator]
    if not hit or len(hit) == len(vals):
        return None
    q = rnd.choice([f"{p}{ys}哪些单位收到的申请超过{thr}件", f"{ys}{p}新收申请多于{thr}件的有哪几家"])
    return dict(q=q, intent="which_reports", expect={"reports": hit}, kind="which bodies in a province-year", **base)


def q_sum2(rnd: random.Random, persona: str) -> dict | None:
    a = pick_report(rnd, CLEAN, 0.4)
    pool = [b for b in CLEAN if b["agency"] != a["agency"] and int(b["year"]) == int(a["year"]) and prov(b) == prov(a)]
    if not pool:
        return None
    b = rnd.choice(sorted(pool, key=lambda x: x["id"]))
    va, vb = value_of(a, M["new"][0]), value_of(b, M["new"][0])
    na, aba = name(rnd, a)
    nb, abb = name(rnd, b)
    q = rnd.choice(["{a}和{b}{y}年一共收到多少件申请", "{y}年{a}加上{b}，新收申请合计几件"]).format(
        a=na, b=nb, y=a["year"]
    )
    return dict(q=q, scope={}, intent="sum", expect={"value": num(va + vb), "unit": "件"}, abbreviated=aba or abb,  # type: ignore[operator]
                reads=[a["id"], b["id"]], cells=[f"{a['id']}:t3.new.tot", f"{b['id']}:t3.new.tot"], kind="sum of two bodies")  # fmt: skip


# ---------------------------------------------------------------- the plan: who asks, and what
PLAN: dict[str, dict[str, int]] = {
    "officer": {"value": 50, "blank": 2, "narrative": 20, "problems": 8, "refuse": 14, "consistency": 10, "change": 4, "compare": 2},
    "citizen": {"value": 34, "blank": 1, "narrative": 10, "problems": 2, "refuse": 20, "compare": 3},
    "journalist": {"value": 28, "narrative": 12, "problems": 4, "refuse": 12, "compare": 5, "change": 3, "sum2": 2, "rank": 4},
    "evaluator": {"value": 18, "narrative": 4, "refuse": 6, "consistency": 18, "rank": 6, "list": 5, "which": 5, "sum": 3},
    "deputy": {"value": 12, "narrative": 10, "problems": 8, "refuse": 8, "compare": 5, "change": 4, "sum2": 3},
    "lawyer": {"value": 42, "blank": 3, "refuse": 8, "compare": 2},
    "researcher": {"value": 12, "refuse": 4, "consistency": 5, "compare": 5, "change": 6, "sum2": 3, "sum": 2, "rank": 2, "list": 3, "which": 3},
    "hotline": {"value": 16, "narrative": 6, "problems": 3, "refuse": 10},
}  # fmt: skip
GEN = {
    "value": q_value, "blank": q_blank, "narrative": q_narrative, "problems": q_problems, "refuse": q_refuse,
    "consistency": q_consistency, "compare": q_compare, "change": q_change, "sum2": q_sum2,
    "rank": lambda r, p: q_group(r, p, "rank"), "list": lambda r, p: q_group(r, p, "list"),
    "sum": lambda r, p: q_group(r, p, "sum"), "which": lambda r, p: q_group(r, p, "which"),
}  # fmt: skip
FORMAL = {"deputy", "researcher"}
LIMIT = {"one figure": 3, "year-over-year": 4}  # questions of one kind on one report (pair)


def finish(it: dict, persona: str, tags: list[str]) -> dict:
    reads = it.pop("reads")
    ab = it.pop("abbreviated")
    kind = it.pop("kind")
    store = not it["scope"]
    if store and it.get("cells") and len(reads) == 1:
        it["cells"] = [f"{reads[0]}:{c}" for c in it["cells"]]
    if "source_quote" in it and store:
        it["source_quote"] = {reads[0]: it["source_quote"]}
    style = "abbreviated" if ab else ("formal" if persona in FORMAL else "colloquial")
    sets = sorted({BY_ID[r]["set"] for r in reads})
    out = {"id": "", "q": it["q"], "scope": it["scope"], "intent": it["intent"], "style": style, "expect": it["expect"]}
    for k in ("cells", "calc", "source_quote", "note"):
        if k in it:
            out[k] = it[k]
    out.update(persona=persona, kind=kind, phrasing=tags or ["plain"], sets=sets)
    return out


def build() -> list[dict]:
    rnd = random.Random(20261205)
    items: list[dict] = []
    seen: set[str] = set()
    used: Counter[tuple[str, tuple[str, ...]]] = Counter()  # one report asked the same kind of thing once
    for persona in sorted(PLAN):
        for kind in sorted(PLAN[persona]):
            want, got, tries = PLAN[persona][kind], 0, 0
            while got < want and tries < 4000:
                tries += 1
                it = GEN[kind](rnd, persona)
                if not it:
                    continue
                q, tags = dress(rnd, it["q"], persona)
                key = (it["kind"], tuple(it["reads"]) + (tuple(it["cells"]) if kind == "blank" else ()))
                if q in seen or (it["reads"] and used[key] >= LIMIT.get(it["kind"], 1)):
                    continue
                used[key] += 1
                it["q"] = q
                seen.add(q)
                items.append(finish(it, persona, tags))
                got += 1
            if got < want:
                print(f"short: {persona} {kind} {got}/{want}")
    rnd.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"r{i:04d}"
    return items


def check(items: list[dict]) -> None:
    """Re-read every expectation from the gold and the text before writing."""
    for it in items:
        exp = it["expect"]
        sq = it.get("source_quote")
        if isinstance(sq, str):
            assert squash(sq) in BY_ID[it["scope"]["report"]]["text"], it
        elif isinstance(sq, dict):
            for r, s in sq.items():
                assert squash(s) in BY_ID[r]["text"], it
        for s in exp.get("contains", []):
            rid = it["scope"].get("report") or next(iter(sq))  # type: ignore[union-attr]
            assert squash(s) in BY_ID[rid]["text"], it
        if "value" in exp and it.get("cells") and "calc" not in it and it["intent"] == "value":
            rid = it["scope"].get("report")
            tot = 0.0
            for c in it["cells"]:
                r, _, k = c.rpartition(":")
                v = cell(BY_ID[r or rid], k)
                assert v is not None, it
                tot += v
            assert abs(tot - exp["value"]) < 1e-6, it
        for r in exp.get("reports", []):
            assert r in BY_ID


def main() -> None:
    items = build()
    check(items)
    path = HERE / "blindr.jsonl"
    path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(sorted(c.items())), "wild15:", sum(NEW_SET in it["sets"] for it in items))


if __name__ == "__main__":
    main()
