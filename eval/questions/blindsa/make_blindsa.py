"""Writes blindsa.jsonl from the wild sets' gold and report text (deterministic; see README.md)."""

from __future__ import annotations

import email
import email.policy
import gzip
import html
import io
import plistlib
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 21))]

GOLD: dict[str, dict] = {}
SETOF: dict[str, str] = {}
for s in SETS:
    for f in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        GOLD[g["id"]] = g
        SETOF[g["id"]] = s
IDS = sorted(GOLD)
BYAY = Counter((g["agency"], g["year"]) for g in GOLD.values())
AGENCIES = sorted({g["agency"] for g in GOLD.values()})


# ---------------------------------------------------------------- text
def _decode(b: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def _strip(t: str) -> str:
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


_TEXT: dict[str, str | None] = {}


def text(rid: str) -> str | None:
    if rid in _TEXT:
        return _TEXT[rid]
    g = GOLD[rid]
    p = EVAL / SETOF[rid] / g["file"]
    ext = p.suffix.lower()
    t = None
    try:
        if ext == ".pdf":
            from pdfminer.high_level import extract_text

            t = extract_text(str(p))
        elif ext == ".docx":
            x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
            x = re.sub(r"(?s)<w:del\b.*?</w:del>", "", x)
            x = re.sub(r"</w:p>", "\n", x)
            t = _strip(x)
        elif ext in (".html", ".htm", ".md", ".txt"):
            t = _strip(_decode(p.read_bytes()))
        elif ext in (".eml", ".mhtml", ".mht"):
            msg = email.message_from_bytes(p.read_bytes(), policy=email.policy.compat32)
            bodies = []
            for part in msg.walk():
                ctype = part.get_content_type()
                if ctype in ("text/html", "text/plain"):
                    raw = part.get_payload(decode=True) or b""
                    cs = part.get_content_charset()
                    try:
                        bodies.append(raw.decode(cs) if cs else _decode(raw))
                    except (LookupError, UnicodeDecodeError):
                        bodies.append(_decode(raw))
                elif ctype.endswith("wordprocessingml.document"):
                    z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
                    bodies.append(re.sub("</w:p>", "\n", z.read("word/document.xml").decode("utf-8")))
            t = _strip("\n".join(bodies)) if bodies else None
        elif ext == ".jsonl":
            rows = [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
            t = _strip("\n".join(str(v) for r in rows for v in r.values()))
        elif ext == ".webarchive":
            pl = plistlib.loads(p.read_bytes())
            t = _strip(_decode(pl["WebMainResource"]["WebResourceData"]))
        elif p.name.endswith((".warc", ".warc.gz")):
            raw = gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes()
            i = raw.find(b"WARC-Type: response")
            body = raw[raw.find(b"\r\n\r\n", raw.find(b"HTTP/", i)) + 4:] if i >= 0 else b""
            t = _strip(_decode(body))
    except Exception:
        t = None
    _TEXT[rid] = t
    return t


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ---------------------------------------------------------------- cells
T3ROWS = {
    "new": "本年新收", "carry_in": "上年结转", "r1": "予以公开", "r2": "部分公开", "r7": "总计",
    "carry_out": "结转下年度继续办理",
}
SUB = {
    "r3_1": "属于国家秘密", "r3_2": "其他法律行政法规禁止公开", "r3_3": "危及“三安全一稳定”", "r3_4": "保护第三方合法权益",
    "r3_5": "属于三类内部事务信息", "r3_6": "属于四类过程性信息", "r3_7": "属于行政执法案卷", "r3_8": "属于行政查询事项",
    "r4_1": "本机关不掌握相关政府信息", "r4_2": "没有现成信息需要另行制作", "r4_3": "补正后申请内容仍不明确",
    "r5_1": "信访举报投诉类申请", "r5_2": "重复申请", "r5_3": "要求提供公开出版物", "r5_4": "无正当理由大量反复申请",
    "r5_5": "要求行政机关确认或重新出具已获取信息",
}
COLS = ["np", "biz", "sci", "npo", "law", "oth"]


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    return GOLD[rid].get(t, {}).get(k)


def group(row: str, g: dict) -> list[str]:
    """the t3 row keys summed for a row or subtotal (column tot)."""
    if row in ("r3", "r4", "r5"):
        n = {"r3": 8, "r4": 3, "r5": 5}[row]
        return [f"t3.{row}_{i}.tot" for i in range(1, n + 1)]
    if row == "r6" and g["template"] == "GF2021":
        return [f"t3.r6_{i}.tot" for i in range(1, 4)]
    return [f"t3.{row}.tot"]


def table_clean(rid: str, table: str) -> bool:
    return not any(table in (f.get("where") or "") for f in GOLD[rid]["findings"])


def readable(rid: str) -> bool:
    g = GOLD[rid]
    return g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and BYAY[(g["agency"], g["year"])] == 1


def val(rid: str, keys: list[str]):
    vs = [cell(rid, k) for k in keys]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vs):
        return None
    for k in keys:
        if not table_clean(rid, k.split(".")[0]):
            return None
    return sum(vs)


# ---------------------------------------------------------------- names and dress
def province(region: str) -> str:
    m = re.match(r"(.+?(?:省|自治区|市))", region)
    return m.group(1) if m else region


SHORTP = {"广西壮族自治区": "广西", "内蒙古自治区": "内蒙古", "宁夏回族自治区": "宁夏", "新疆维吾尔自治区": "新疆", "西藏自治区": "西藏"}


def prov_short(p: str) -> str:
    return SHORTP.get(p, re.sub(r"(省|市)$", "", p))


ABBR = [("人民政府办公室", "政府办"), ("人力资源和社会保障局", "人社局"), ("住房和城乡建设局", "住建局"),
        ("市场监督管理局", "市场监管局"), ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"), ("发展和改革局", "发改局"),
        ("发展和改革委员会", "发改委"), ("自然资源局", "自规局"), ("农业农村局", "农业农村局"), ("教育局", "教育局"),
        ("街道办事处", "街道"), ("人民政府", "政府")]


def short(agency: str, region: str) -> str | None:
    s = agency
    for a, b in ABBR:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    # drop the province / city prefix
    parts = re.findall(r".+?(?:自治区|省|自治州|地区|盟|市|县|区|旗)", region)
    for p in parts[:2]:
        if s.startswith(p) and len(s) - len(p) >= 4:
            s = s[len(p):]
    if s == agency or not re.match(r".{1,10}?(市|县|区|镇|乡|街道|旗|州|开发区|新区)", s):
        return None
    return s


def _shorts():
    out = {}
    for g in GOLD.values():
        out.setdefault(g["agency"], _short(g["agency"], g["region"]))
    return out


_short = short
SHORTS = _shorts()


def short(agency: str, region: str) -> str | None:  # noqa: F811 - the unique short forms only
    s = SHORTS.get(agency)
    if not s:
        return None
    if any(a != agency and (s in a or SHORTS.get(a) == s or (SHORTS.get(a) and s in SHORTS[a])) for a in AGENCIES):
        return None
    return s


CN = "〇一二三四五六七八九"


def year_str(y: int, rnd: random.Random) -> str:
    r = rnd.random()
    if r < 0.55:
        return f"{y}年"
    if r < 0.72:
        return f"{y % 100}年"
    if r < 0.84:
        return "".join(CN[int(c)] for c in str(y)) + "年"
    return f"{y}年度"


TRAD = str.maketrans("这个们么请问帮查报告县区镇乡办务会发总计结转处理复议诉讼开数经费实际导对与关规范许罚强制门里说两几"
                     "为产厅卫健农业资还过没条应该书认样吗",
                     "這個們麼請問幫查報告縣區鎮鄉辦務會發總計結轉處理複議訴訟開數經費實際導對與關規範許罰強制門裡說兩幾"
                     "為產廳衛健農業資還過沒條應該書認樣嗎")
TYPOS = [("申请", "申清"), ("公开", "公凯"), ("复议", "复意"), ("结转", "节转"), ("部分公开", "部份公开"), ("诉讼", "诉颂"),
         ("多少", "多小"), ("处理", "出理")]


def dress(q: str, how: str, rnd: random.Random) -> str:
    if how == "voice":
        q = re.sub(r"[，。？！、,.?!：:；;]", " ", q)
        q = rnd.choice(["嗯 ", "那个 ", "就是 ", "喂 你好 ", ""]) + q
        return re.sub(r"\s+", " ", q).strip()
    if how == "trad":
        return q.translate(TRAD)
    if how == "typo":
        for a, b in rnd.sample(TYPOS, len(TYPOS)):
            if a in q:
                return q.replace(a, b, 1)
        return q
    return q


# ---------------------------------------------------------------- bank
ITEMS: list[dict] = []


def add(q: str, intent: str, expect: dict, *, persona: str, kind: str, phrasing: str, cells=None, calc=None,
        source_quote=None, note=None, previous=None, style=None, rids=()) -> None:
    it: dict = {"q": q, "scope": {}, "intent": intent, "style": style or "colloquial", "expect": expect}
    if previous:
        it["previous"] = previous
    if cells:
        it["cells"] = cells
    if calc is not None:
        it["calc"] = calc
    if source_quote is not None:
        assert len(rids) == 1
        it["source_quote"] = {rids[0]: source_quote}
    if note:
        it["note"] = note
    it.update(persona=persona, kind=kind, phrasing=phrasing, sets=sorted({SETOF[r] for r in rids}), _r=list(rids))
    ITEMS.append(it)


rnd = random.Random(20261206)

# weighted report draw: wild20 ~15 %, wild19 ~8 %, the rest spread
READ = [r for r in IDS if readable(r)]
W = {r: (0.18 / sum(1 for x in READ if SETOF[x] == "wild20") if SETOF[r] == "wild20" else
         0.09 / sum(1 for x in READ if SETOF[x] == "wild19") if SETOF[r] == "wild19" else
         0.73 / sum(1 for x in READ if SETOF[x] not in ("wild19", "wild20"))) for r in READ}


def draw(pool=None) -> str:
    pool = pool or READ
    return rnd.choices(pool, weights=[W.get(r, 0.001) for r in pool])[0]


def name(rid: str, allow_short=True) -> tuple[str, bool]:
    g = GOLD[rid]
    s = short(g["agency"], g["region"]) if allow_short else None
    if s and rnd.random() < 0.35:
        return s, True
    return g["agency"], False


PHR = ["plain"] * 13 + ["voice"] * 3 + ["typo"] * 2 + ["trad"]

# one measure: (row or tuple of keys builder, wordings)
MEASURES = [
    ("new.tot", ["收到多少政府信息公开申请", "新收了几件依申请公开", "本年新收的申请有多少件", "一共接到多少件信息公开申请"], 14),
    ("carry_in.tot", ["上年结转过来的申请有几件", "有多少件是上一年结转过来的"], 3),
    ("r1.tot", ["予以公开的有多少件", "同意公开了几件", "全部公开的申请多少件"], 9),
    ("r2.tot", ["部分公开多少件", "部分公开的有几件"], 5),
    ("r3", ["不予公开的总共多少件", "不予公开一共几件"], 5),
    ("r4", ["无法提供的有几件", "因为无法提供而没给的有多少件"], 4),
    ("r4_1.tot", ["因为本机关不掌握相关政府信息答复无法提供的有几件", "不掌握相关信息的有几件"], 3),
    ("r5", ["不予处理的一共多少件", "不予处理有几件"], 3),
    ("r5_1.tot", ["信访举报投诉类申请不予处理的有几件"], 2),
    ("r5_2.tot", ["重复申请不予处理的几件"], 1),
    ("r3_4.tot", ["因为保护第三方合法权益不予公开的几件"], 1),
    ("r3_6.tot", ["属于过程性信息不公开的有几件"], 1),
    ("r6", ["其他处理的有几件"], 2),
    ("r7.tot", ["办理结果总计是多少", "全年办结的申请总计多少件"], 5),
    ("carry_out.tot", ["结转下年度继续办理的有几件", "还有多少件结转到下一年办"], 4),
    ("new.np", ["自然人提出的申请有多少件", "个人申请的有几件"], 5),
    ("new.legal", ["法人或其他组织提出的申请多少件", "企业和组织申请的有几件"], 3),
    ("new.biz", ["商业企业申请了几件"], 1),
    ("r1.np", ["自然人那一列予以公开的是多少"], 1),
    ("t4.rv.tot", ["因政府信息公开被申请行政复议多少件", "行政复议总计几件"], 6),
    ("t4.rv.keep", ["行政复议结果维持的有几件"], 2),
    ("t4.rv.fix", ["复议结果纠正的有几件"], 2),
    ("t4.lit", ["行政诉讼一共多少件", "被起诉了几次"], 3),
    ("t4.ld.tot", ["未经复议直接起诉的行政诉讼总计多少件"], 2),
    ("t4.lr.tot", ["复议后起诉的诉讼总计几件"], 1),
    ("t4.ld.keep", ["直接起诉的案子结果维持几件"], 1),
    ("t4.rv.pend", ["行政复议尚未审结的有几件"], 1),
    ("t2.license.decisions", ["行政许可处理决定多少件", "行政许可做了多少个决定"], 4),
    ("t2.penalty.decisions", ["行政处罚本年处理决定数量是多少", "行政处罚了多少件"], 4),
    ("t2.coercion.decisions", ["行政强制的处理决定有多少"], 2),
    ("t2.norm21.valid", ["现行有效的规范性文件有多少件"], 2),
    ("t2.norm21.made", ["本年制发规范性文件几件"], 2),
    ("t2.fee", ["行政事业性收费金额多少万元"], 2),
]


def keys_of(m: str, g: dict) -> list[str] | None:
    if m in ("r3", "r4", "r5", "r6"):
        return group(m, g)
    if m == "new.legal":
        return [f"t3.new.{c}" for c in COLS[1:]]
    if m == "t4.lit":
        return ["t4.ld.tot", "t4.lr.tot"]
    if m.startswith("t4.") or m.startswith("t2."):
        if m.startswith("t2.norm21") or m == "t2.fee":
            if g["template"] != "GF2021":
                return None
            return ["t2.fee.amount_wan"] if m == "t2.fee" else [f"t2.norm.{m.split('.')[-1]}"]
        return [m]
    return [f"t3.{m}"]


def unit_of(m: str):
    return "万元" if m == "t2.fee" else "件"


def measure_value(rid: str, m: str):
    ks = keys_of(m, GOLD[rid])
    if ks is None:
        return None, None
    v = val(rid, ks)
    return ks, v


def pick_measure():
    return rnd.choices(MEASURES, weights=[w for *_, w in MEASURES])[0]


def pref(rid, ks):
    return [f"{rid}:{k}" for k in ks]


PREAMBLE = {
    "officer": ["我们在做年报比对，", "帮我查下", "麻烦问一下，", "", "核一下："],
    "citizen": ["请问", "你好，想问下", "我想知道", "", "问一下"],
    "journalist": ["写稿用：", "请问", "", "查一下"],
    "evaluator": ["评估用：", "", "核对："],
    "lawyer": ["以年报为准，", "请问", "", "案件需要，想确认"],
    "deputy": ["请问", "", "我想了解一下"],
    "researcher": ["", "数据整理："],
    "hotline": ["有群众来电问，", "市民打12345问", "", "来电咨询："],
}
PERS = (["officer"] * 22 + ["citizen"] * 15 + ["journalist"] * 13 + ["evaluator"] * 11 + ["lawyer"] * 11
        + ["deputy"] * 9 + ["researcher"] * 9 + ["hotline"] * 10)


def value_q(persona: str | None = None, kind="one figure"):
    for _ in range(200):
        rid = draw()
        m, words, _w = pick_measure()
        if persona is None:
            persona = rnd.choice(PERS)
        if persona == "lawyer" and not (m.startswith("t4") or m[:2] in ("r3", "r4", "r5")) and rnd.random() < 0.7:
            continue
        ks, v = measure_value(rid, m)
        if v is None:
            continue
        return rid, m, rnd.choice(words), ks, v, persona
    raise RuntimeError


def ask(rid: str, words: str, persona: str, y=None):
    g = GOLD[rid]
    nm, ab = name(rid)
    ys = year_str(y or g["year"], rnd)
    pre = rnd.choice(PREAMBLE[persona])
    form = rnd.random()
    if form < 0.5:
        q = f"{pre}{nm}{ys}{words}？"
    elif form < 0.8:
        q = f"{pre}{ys}{nm}{words}"
    else:
        q = f"{pre}{nm}的{ys}年报里{words}？".replace("年年报", "年报")
    return q, ab


def emit_value(n: int):
    for _ in range(n):
        rid, m, words, ks, v, persona = value_q()
        q, ab = ask(rid, words, persona)
        ph = rnd.choice(PHR)
        q = dress(q, ph, rnd)
        add(q, "value", {"value": v, "unit": unit_of(m)}, persona=persona, kind="one figure", phrasing=ph,
            cells=pref(rid, ks), style="abbreviated" if ab else ("formal" if persona in ("lawyer", "deputy", "researcher") else "colloquial"),
            rids=[rid])


# ---------------------------------------------------------------- follow-ups
def by_agency():
    d = defaultdict(list)
    for r in READ:
        d[GOLD[r]["agency"]].append(r)
    return {a: sorted(v, key=lambda r: GOLD[r]["year"]) for a, v in d.items()}


AG = by_agency()
MULTI = sorted(a for a, v in AG.items() if len(v) >= 2)


def prov_year_groups():
    d = defaultdict(list)
    for r in IDS:
        g = GOLD[r]
        d[(province(g["region"]), g["year"])].append(r)
    out = {}
    for k, v in d.items():
        if 3 <= len(v) <= 9 and all(readable(r) and table_clean(r, "t3") and table_clean(r, "t4") for r in v):
            out[k] = sorted(v)
    return out


PY = prov_year_groups()
PYKEYS = sorted(PY)


def style_of(ab, persona):
    return "abbreviated" if ab else ("formal" if persona in ("lawyer", "deputy", "researcher") else "colloquial")


FOLLOW_ROW = [("r2.tot", ["那部分公开的呢", "部分公开呢", "部分公开的有几件"]), ("r1.tot", ["予以公开的呢", "那同意公开的呢"]),
              ("carry_out.tot", ["结转下年的呢", "那转到明年的呢"]), ("r3", ["不予公开的呢", "那不公开的呢"]),
              ("r4", ["无法提供的呢"]), ("carry_in.tot", ["上年结转的呢"]), ("r7.tot", ["那办结的总计呢"]),
              ("t4.rv.tot", ["再看下复议", "那行政复议呢", "复议有几件"]), ("t4.lit", ["那行政诉讼呢"])]
FOLLOW_COL = [("np", ["自然人那一列呢", "其中个人申请的多少", "自然人呢"]),
              ("legal", ["法人或其他组织那列呢", "企业组织那边的呢"])]


def emit_followups(n: int):
    made = 0
    kinds = ["year", "body", "row", "col", "change", "share", "refuse", "narr"]
    while made < n:
        k = kinds[made % len(kinds)]
        persona = rnd.choice(PERS)
        ph = rnd.choice(["plain"] * 6 + ["voice", "typo"])
        if k == "year":
            a = rnd.choice(MULTI)
            r0, r1 = rnd.sample(AG[a], 2)
            m, words, _ = pick_measure()
            ks0, v0 = measure_value(r0, m)
            ks1, v1 = measure_value(r1, m)
            if v0 is None or v1 is None:
                continue
            prev, _ab = ask(r0, rnd.choice(words), persona)
            y = GOLD[r1]["year"]
            q = rnd.choice([f"那{y}年呢", f"{y % 100}年的呢", f"换成{y}年", f"{y}的呢"])
            add(dress(q, ph, rnd), "value", {"value": v1, "unit": unit_of(m)}, persona=persona, kind="follow-up: year",
                phrasing=ph, previous=prev, cells=pref(r1, ks1), rids=[r1])
        elif k == "body":
            key = rnd.choice(PYKEYS)
            if len(PY[key]) < 2:
                continue
            r0, r1 = rnd.sample(PY[key], 2)
            m, words, _ = pick_measure()
            ks0, v0 = measure_value(r0, m)
            ks1, v1 = measure_value(r1, m)
            if v0 is None or v1 is None:
                continue
            prev, _ab = ask(r0, rnd.choice(words), persona)
            nm, ab = name(r1)
            q = rnd.choice([f"那{nm}的呢", f"同样的问题问下{nm}", f"{nm}呢", f"换成{nm}"])
            add(dress(q, ph, rnd), "value", {"value": v1, "unit": unit_of(m)}, persona=persona, kind="follow-up: body",
                phrasing=ph, previous=prev, cells=pref(r1, ks1), style=style_of(ab, persona), rids=[r1])
        elif k == "row":
            rid = draw()
            ks0, v0 = measure_value(rid, "new.tot")
            m, ws = rnd.choice(FOLLOW_ROW)
            ks1, v1 = measure_value(rid, m)
            if v0 is None or v1 is None:
                continue
            prev, _ab = ask(rid, rnd.choice(MEASURES[0][1]), persona)
            add(dress(rnd.choice(ws), ph, rnd), "value", {"value": v1, "unit": "件"}, persona=persona,
                kind="follow-up: row", phrasing=ph, previous=prev, cells=pref(rid, ks1), rids=[rid])
        elif k == "col":
            rid = draw()
            row, words = rnd.choice([("new", MEASURES[0][1]), ("r1", MEASURES[2][1])])
            ks0, v0 = measure_value(rid, f"{row}.tot")
            c, ws = rnd.choice(FOLLOW_COL)
            ks1 = [f"t3.{row}.np"] if c == "np" else [f"t3.{row}.{x}" for x in COLS[1:]]
            v1 = val(rid, ks1)
            if v0 is None or v1 is None:
                continue
            prev, _ab = ask(rid, rnd.choice(words), persona)
            add(dress(rnd.choice(ws), ph, rnd), "value", {"value": v1, "unit": "件"}, persona=persona,
                kind="follow-up: column", phrasing=ph, previous=prev, cells=pref(rid, ks1), rids=[rid])
        elif k == "change":
            a = rnd.choice(MULTI)
            r0, r1 = AG[a][-2], AG[a][-1]
            if GOLD[r1]["year"] - GOLD[r0]["year"] != 1:
                continue
            m = "new.tot"
            ks0, v0 = measure_value(r0, m)
            ks1, v1 = measure_value(r1, m)
            if v0 is None or v1 is None:
                continue
            prev, _ab = ask(r1, rnd.choice(MEASURES[0][1]), persona)
            q = rnd.choice(["跟去年比呢", "比上一年多了还是少了", "和前一年比变化多少", "同比增减多少"])
            add(dress(q, ph, rnd), "change", {"value": v1 - v0, "unit": "件"}, persona=persona,
                kind="follow-up: change", phrasing=ph, previous=prev, cells=pref(r1, ks1) + pref(r0, ks0),
                calc=f"{{{r1}:{ks1[0]}}}-{{{r0}:{ks0[0]}}}", rids=[r0, r1])
        elif k == "share":
            rid = draw()
            ks0, v0 = measure_value(rid, "r1.tot")
            ks1, v1 = measure_value(rid, "r7.tot")
            if v0 is None or not v1:
                continue
            prev, _ab = ask(rid, rnd.choice(MEASURES[2][1]), persona)
            q = rnd.choice(["占办理结果总计的百分之几", "公开率是多少（按办结总数算）", "这个占总数比例多少"])
            add(dress(q, ph, rnd), "share", {"value": round(100 * v0 / v1, 2), "unit": "%", "tol": 0.05},
                persona=persona, kind="follow-up: share", phrasing=ph, previous=prev, cells=pref(rid, ks0 + ks1),
                calc=f"100*{{{rid}:t3.r1.tot}}/{{{rid}:t3.r7.tot}}", rids=[rid])
        elif k == "refuse":
            rid = draw([r for r in READ if text(r)])
            t = text(rid)
            opts = [(r"性别|男性|女性", ["那申请人里男的女的各多少", "申请人性别比例呢"]),
                    (r"平均.{0,6}(天|日)|答复天数|平均用时", ["那平均多少天答复的", "平均办理时长呢"]),
                    (r"年龄", ["申请人年龄分布呢"]),
                    (r"满意度|满意率", ["那群众满意度多少", "满意率呢"]),
                    (r"预算|经费", ["他们信息公开花了多少经费"])]
            pat, ws = rnd.choice(opts)
            if re.search(pat, t):
                continue
            ks0, v0 = measure_value(rid, "new.tot")
            if v0 is None:
                continue
            prev, _ab = ask(rid, rnd.choice(MEASURES[0][1]), persona)
            add(dress(rnd.choice(ws), ph, rnd), "unanswerable", {"refuse": True}, persona=persona,
                kind="follow-up: not in the report", phrasing=ph, previous=prev,
                note=f"asked as value; the text has no /{pat}/", rids=[rid])
        elif k == "narr":
            got = narrative_fact(draw([r for r in READ_T if r in W]))
            if not got:
                continue
            rid, words, v, unit, quote = got
            ks0, v0 = measure_value(rid, "new.tot")
            if v0 is None:
                continue
            prev, _ab = ask(rid, rnd.choice(MEASURES[0][1]), persona)
            add(dress(f"那{words}", ph, rnd), "narrative", {"value": v, "unit": unit}, persona=persona,
                kind="follow-up: narrative", phrasing=ph, previous=prev, source_quote=quote, rids=[rid])
        made += 1


# ---------------------------------------------------------------- narrative
NARR = [
    (r"主动公开(?:各类)?(?:政府)?信息(\d+)条", "主动公开了多少条政府信息", "条"),
    (r"其中政策文件(\d+)(条|件)", "主动公开的信息里政策文件有多少", None),
    (r"政策解读(?:稿件|材料|信息)?(\d+)篇", "发布政策解读多少篇", "篇"),
    (r"(?:组织|开展)(?:各类)?(?:政务公开|信息公开)?(?:业务)?培训(\d+)(次|场)", "组织了几次政务公开培训", None),
    (r"(?:政务)?(?:微信)?公众号(?:累计)?发布(?:信息)?(\d+)条", "公众号发布了多少条信息", "条"),
    (r"回应(?:公众|社会)?关切(?:问题)?(\d+)(条|次|件)", "回应公众关切多少次", None),
    (r"召开(?:新闻)?发布会(\d+)场", "开了几场发布会", "场"),
    (r"网上申请(\d+)件", "网上申请的有几件", "件"),
    (r"(?<!及)当面申请(\d+)件", "当面申请的有几件", "件"),
    (r"信函及当面申请(\d+)件", "信函和当面提交的申请共几件", "件"),
]
READ_T = [r for r in IDS if text(r)]


def narrative_fact(rid: str):
    t = squash(text(rid) or "")
    if not t:
        return None
    opts = []
    for pat, words, unit in NARR:
        ms = list(re.finditer(pat, t))
        if len(ms) == 1:
            m = ms[0]
            opts.append((rid, words, int(m.group(1)), unit or m.group(2), m.group(0)))
    if not opts:
        return None
    return rnd.choice(opts)


def emit_narrative(n: int):
    made = 0
    while made < n:
        rid = draw([r for r in READ_T if r in W])
        if BYAY[(GOLD[rid]["agency"], GOLD[rid]["year"])] != 1:
            continue
        got = narrative_fact(rid)
        if not got:
            continue
        _, words, v, unit, quote = got
        persona = rnd.choice(["officer", "journalist", "deputy", "citizen", "hotline", "researcher"])
        q, ab = ask(rid, words, persona)
        ph = rnd.choice(PHR)
        add(dress(q, ph, rnd), "narrative", {"value": v, "unit": unit}, persona=persona, kind="narrative figure",
            phrasing=ph, source_quote=quote, style=style_of(ab, persona), rids=[rid])
        made += 1


def problems_fact(rid: str):
    t = squash(text(rid) or "")
    i = max(t.rfind("存在的主要问题及改进情况"), t.rfind("存在的问题"), t.rfind("主要问题和改进"))
    if i < 0:
        return None
    sec = t[i:i + 3000]
    j = sec.find("六、")
    if j > 0:
        sec = sec[:j]
    ms = [m.start() for m in re.finditer("一是", sec)]
    if len(ms) < 2:
        return None
    p = sec[ms[0] + 2:ms[0] + 20]
    mm = sec[ms[1] + 2:ms[1] + 20]
    p = re.split(r"[，。；]", p)[0]
    mm = re.split(r"[，。；]", mm)[0]
    if len(p) < 6 or len(mm) < 6 or t.count(p) != 1 or t.count(mm) != 1:
        return None
    return p, mm


def emit_problems(n: int):
    made = 0
    tried = set()
    while made < n and len(tried) < len(READ_T):
        rid = rnd.choice(READ_T)
        if rid in tried or BYAY[(GOLD[rid]["agency"], GOLD[rid]["year"])] != 1:
            tried.add(rid)
            continue
        tried.add(rid)
        got = problems_fact(rid)
        if not got:
            continue
        p, mm = got
        persona = rnd.choice(["officer", "deputy", "journalist", "evaluator"])
        if made % 2 == 0:
            words, s = rnd.choice(["存在哪些问题", "自己说有什么不足", "工作中存在的主要问题是什么"]), p
        else:
            words, s = rnd.choice(["下一步有什么改进措施", "准备怎么改进", "改进情况怎么写的"]), mm
        q, ab = ask(rid, words, persona)
        add(q, "problems", {"contains": [s]}, persona=persona, kind="problems", phrasing="plain",
            source_quote=s, style=style_of(ab, persona), rids=[rid])
        made += 1


# ---------------------------------------------------------------- refusals
NOTSAID = [
    (r"预算|经费|资金", ["政务公开工作经费是多少", "信息公开花了多少钱"]),
    (r"专职|工作人员|人员", ["有几个专职工作人员搞信息公开"]),
    (r"访问量|浏览量|点击量", ["政府网站访问量多少"]),
    (r"满意度|满意率", ["群众满意度是多少"]),
    (r"平均.{0,6}(天|日)|天数", ["平均多少天答复一件申请"]),
    (r"性别|男性|女性", ["申请人里女性有多少"]),
    (r"年龄", ["申请人年龄段分布怎么样"]),
    (r"12345|热线", ["12345热线转过来的申请有多少件"]),
    (r"微博", ["政务微博发了多少条"]),
    (r"拆迁|征收|征地", ["征地拆迁类的申请有几件"]),
]


def emit_refusals(n_text: int, n_year: int, n_body: int, n_tmpl: int):
    made = 0
    while made < n_text:
        rid = draw([r for r in READ_T if r in W])
        if BYAY[(GOLD[rid]["agency"], GOLD[rid]["year"])] != 1 or not readable(rid):
            continue
        pat, ws = rnd.choice(NOTSAID)
        if re.search(pat, text(rid)):
            continue
        persona = rnd.choice(["citizen", "journalist", "hotline", "deputy", "officer", "researcher"])
        q, ab = ask(rid, rnd.choice(ws), persona)
        ph = rnd.choice(PHR)
        add(dress(q, ph, rnd), "unanswerable", {"refuse": True}, persona=persona, kind="not in the report", phrasing=ph,
            note=f"asked as value; the text has no /{pat}/", style=style_of(ab, persona), rids=[rid])
        made += 1
    made = 0
    while made < n_year:
        rid = draw()
        g = GOLD[rid]
        years = {GOLD[r]["year"] for r in IDS if GOLD[r]["agency"] == g["agency"]}
        y = rnd.choice([2015, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024])
        if y in years:
            continue
        persona = rnd.choice(PERS)
        words = rnd.choice(MEASURES[0][1])
        q, ab = ask(rid, words, persona, y=y)
        add(q, "unanswerable", {"refuse": True}, persona=persona, kind="year not in the store", phrasing="plain",
            note=f"asked as value; the store holds {g['agency']} for {sorted(years)} only", style=style_of(ab, persona), rids=[rid])
        made += 1
    made = 0
    bureaus = ["审计局", "统计局", "档案局", "人民防空办公室", "气象局", "烟草专卖局", "地震局", "粮食和物资储备局"]
    while made < n_body:
        rid = draw()
        g = GOLD[rid]
        reg = g["region"]
        parts = re.findall(r".+?(?:自治区|省|自治州|地区|盟|市|县|区|旗)", reg)
        if len(parts) < 2:
            continue
        body = parts[-1] + rnd.choice(bureaus)
        body = re.sub(r"^.+?(?:自治区|省)", "", body) if rnd.random() < 0.5 else body
        if any(body in a or a.endswith(body) for a in AGENCIES):
            continue
        persona = rnd.choice(PERS)
        ys = year_str(g["year"], rnd)
        q = f"{rnd.choice(PREAMBLE[persona])}{body}{ys}{rnd.choice(MEASURES[0][1])}？"
        add(q, "unanswerable", {"refuse": True}, persona=persona, kind="body not in the store", phrasing="plain",
            note=f"asked as value; no report of {body} in the store", style="formal", rids=[rid])
        made += 1
    made = 0
    while made < n_tmpl:
        rid = draw()
        g = GOLD[rid]
        if g["template"] == "GF2021":
            words = rnd.choice(["政府集中采购项目数量是多少", "政府集中采购金额多少"])
            pat = "集中采购"
        else:
            words = rnd.choice(["规范性文件本年废止了几件", "行政事业性收费金额多少万元"])
            pat = "废止" if "废止" in words else "收费金额"
        t = text(rid)
        if t is None or pat in t:
            continue
        persona = rnd.choice(["evaluator", "researcher", "journalist"])
        q, ab = ask(rid, words, persona)
        add(q, "unanswerable", {"refuse": True}, persona=persona, kind="other template's cell", phrasing="plain",
            note=f"asked as value; a row of the other template ({g['template']} report)", style=style_of(ab, persona), rids=[rid])
        made += 1


# ---------------------------------------------------------------- consistency
def emit_consistency(n_def: int, n_clean: int):
    defects = []
    for r in IDS:
        g = GOLD[r]
        if not readable(r):
            continue
        for f in g["findings"]:
            if f["check"] == "H5":
                part = f["where"].split(".")[1]
                printed = g["t4"].get(f"{part}.tot")
                parts = [g["t4"].get(f"{part}.{x}") for x in ("keep", "fix", "other", "pend")]
                if None in parts or printed is None or printed < 0 or min(parts) < 0:
                    continue
                defects.append((r, "H5", part, printed, sum(parts)))
            elif f["check"] == "H2" and f["where"].startswith("t3."):
                row = f["where"].split(".")[1]
                printed = g["t3"].get(f"{row}.tot")
                parts = [g["t3"].get(f"{row}.{c}") for c in COLS]
                if None in parts or printed is None or printed == sum(parts) or printed < 0 or min(parts) < 0:
                    continue
                defects.append((r, "H2", row, printed, sum(parts)))
    rnd.shuffle(defects)
    seen = set()
    made = 0
    for r, chk, part, printed, implied in defects:
        if made >= n_def or r in seen:
            continue
        seen.add(r)
        persona = rnd.choice(["evaluator", "officer", "researcher", "lawyer"])
        if chk == "H5":
            label = {"rv": "行政复议", "ld": "未经复议直接起诉的行政诉讼", "lr": "复议后起诉的行政诉讼"}[part]
            words = f"表四{label}的总计和维持、纠正、其他、尚未审结加起来对得上吗"
            vals = {f"{r}:t4.{part}.tot": printed, "implied": implied}
        else:
            label = {"new": "本年新收", "carry_in": "上年结转", "carry_out": "结转下年度", "r1": "予以公开", "r7": "总计"}.get(part, SUB.get(part, part))
            words = f"表三“{label}”这一行各类申请人加起来等于总计那一栏吗"
            vals = {f"{r}:t3.{part}.tot": printed, "implied": implied}
        q, ab = ask(r, words, persona)
        add(q, "consistency", {"verdict": "inconsistent", "checks": [chk], "values": vals}, persona=persona,
            kind="consistency (defect)", phrasing="plain", style=style_of(ab, persona), rids=[r],
            note=f"printed {printed}, parts add to {implied}")
        made += 1
    made = 0
    pool = [r for r in READ if not GOLD[r]["findings"]]
    while made < n_clean:
        r = draw(pool)
        g = GOLD[r]
        t3 = g["t3"]
        rows = ["r1", "r2", "r6", "r7"]
        vs = [t3.get(k) for k in ("new.tot", "carry_in.tot", "r7.tot", "carry_out.tot")]
        if None in vs:
            continue
        persona = rnd.choice(["evaluator", "officer", "researcher"])
        words = rnd.choice(["表三收到的加上年结转，跟办结总计加结转下年度对得上吗", "依申请公开的收支平不平（新收+结转=办结+结转下年）",
                            "表三的数能不能对上"])
        q, ab = ask(r, words, persona)
        add(q, "consistency", {"verdict": "consistent", "checks": ["H1"],
                               "values": {f"{r}:t3.new.tot": vs[0], f"{r}:t3.carry_in.tot": vs[1], f"{r}:t3.r7.tot": vs[2],
                                          f"{r}:t3.carry_out.tot": vs[3]}},
            persona=persona, kind="consistency (clean)", phrasing="plain", style=style_of(ab, persona), rids=[r],
            cells=[f"{r}:t3.new.tot", f"{r}:t3.carry_in.tot", f"{r}:t3.r7.tot", f"{r}:t3.carry_out.tot"])
        made += 1
        del rows


# ---------------------------------------------------------------- cross-report
def label(rid):
    nm, ab = name(rid)
    return nm, ab


def emit_cross(n_cmp, n_chg, n_sum, n_rank, n_list, n_which, n_share):
    made = 0
    while made < n_cmp:
        key = rnd.choice(PYKEYS)
        a, b = rnd.sample(PY[key], 2)
        m = rnd.choice(["new.tot", "new.tot", "r1.tot", "t2.license.decisions", "t2.penalty.decisions", "r7.tot"])
        wd = {"new.tot": "收到的申请", "r1.tot": "予以公开的", "t2.license.decisions": "行政许可决定",
              "t2.penalty.decisions": "行政处罚决定", "r7.tot": "办结的申请"}[m]
        ka, va = measure_value(a, m)
        kb, vb = measure_value(b, m)
        if va is None or vb is None or va == vb:
            continue
        na, aa = label(a)
        nb, abb = label(b)
        y = year_str(key[1], rnd)
        persona = rnd.choice(["journalist", "deputy", "researcher", "citizen"])
        q = rnd.choice([f"{y}{na}和{nb}哪个{wd}多？", f"{na}跟{nb}{y}{wd}比一比，谁多", f"对比下{y}{na}与{nb}的{wd}数量"])
        add(q, "compare", {"values": {a: va, b: vb}, "unit": "件", "order": [a if va > vb else b]}, persona=persona,
            kind="compare two bodies", phrasing="plain", cells=pref(a, ka) + pref(b, kb), style=style_of(aa or abb, persona),
            rids=[a, b])
        made += 1
    made = 0
    tries = 0
    while made < n_chg and tries < 500:
        tries += 1
        ag = rnd.choice(MULTI)
        r0, r1 = AG[ag][0], AG[ag][-1]
        m = rnd.choice(["new.tot", "r1.tot", "t2.penalty.decisions"])
        k0, v0 = measure_value(r0, m)
        k1, v1 = measure_value(r1, m)
        if v0 is None or v1 is None:
            continue
        wd = {"new.tot": "收到的信息公开申请", "r1.tot": "予以公开的件数", "t2.penalty.decisions": "行政处罚决定数"}[m]
        nm, ab = label(r0)
        y0, y1 = GOLD[r0]["year"], GOLD[r1]["year"]
        persona = rnd.choice(["researcher", "deputy", "journalist", "officer"])
        q = rnd.choice([f"{nm}{wd}{y1}年比{y0}年增加了多少", f"{nm}从{y0}到{y1}年{wd}变化了多少", f"{y0 % 100}年到{y1 % 100}年{nm}{wd}增减多少"])
        add(q, "change", {"value": v1 - v0, "unit": "件"}, persona=persona, kind="year-over-year", phrasing="plain",
            cells=pref(r1, k1) + pref(r0, k0), calc=f"{{{r1}:{k1[0]}}}-{{{r0}:{k0[0]}}}", style=style_of(ab, persona), rids=[r0, r1])
        made += 1
    made = 0
    while made < n_sum:
        key = rnd.choice(PYKEYS)
        a, b = rnd.sample(PY[key], 2)
        ka, va = measure_value(a, "new.tot")
        kb, vb = measure_value(b, "new.tot")
        if va is None or vb is None:
            continue
        na, aa = label(a)
        nb, abb = label(b)
        persona = rnd.choice(["deputy", "researcher", "journalist"])
        q = rnd.choice([f"{na}和{nb}{key[1]}年一共收到多少件信息公开申请", f"{key[1]}年{na}加{nb}的新收申请合计多少"])
        add(q, "sum", {"value": va + vb, "unit": "件"}, persona=persona, kind="sum of two bodies", phrasing="plain",
            cells=pref(a, ka) + pref(b, kb), style=style_of(aa or abb, persona), rids=[a, b])
        made += 1
    used = set()
    made = 0
    for key in rnd.sample(PYKEYS, len(PYKEYS)):
        if made >= n_rank:
            break
        rs = PY[key]
        vs = {r: val(r, ["t3.new.tot"]) for r in rs}
        if None in vs.values():
            continue
        top = sorted(rs, key=lambda r: -vs[r])
        if vs[top[0]] == vs[top[1]]:
            continue
        used.add(key)
        p, y = prov_short(key[0]), key[1]
        persona = rnd.choice(["evaluator", "journalist", "researcher"])
        q = rnd.choice([f"库里{p}{y}年的年报，哪个单位收到的申请最多", f"{y}年{p}这几家里谁的依申请公开最多"])
        add(q, "rank", {"values": {r: vs[r] for r in rs}, "unit": "件", "order": [top[0]]}, persona=persona,
            kind="rank over a province-year", phrasing="plain", cells=[f"{r}:t3.new.tot" for r in rs], rids=rs,
            note=f"every stored report of {key[0]} {y}")
        made += 1
    made = 0
    for key in rnd.sample(PYKEYS, len(PYKEYS)):
        if made >= n_list:
            break
        rs = PY[key]
        vs = {r: val(r, ["t3.new.tot"]) for r in rs}
        if None in vs.values():
            continue
        p, y = prov_short(key[0]), key[1]
        persona = rnd.choice(["evaluator", "researcher"])
        q = f"列一下{p}{y}年各单位本年新收的申请数"
        add(q, "list", {"values": vs, "unit": "件"}, persona=persona, kind="list over a province-year", phrasing="plain",
            cells=[f"{r}:t3.new.tot" for r in rs], rids=rs, note=f"every stored report of {key[0]} {y}")
        made += 1
    made = 0
    for key in rnd.sample(PYKEYS, len(PYKEYS)):
        if made >= n_which:
            break
        rs = PY[key]
        hit = [r for r in rs if (GOLD[r]["t4"].get("rv.tot") or 0) > 0]
        if not hit or len(hit) == len(rs) or any(GOLD[r]["t4"].get("rv.tot") is None for r in rs):
            continue
        p, y = prov_short(key[0]), key[1]
        persona = rnd.choice(["evaluator", "lawyer", "researcher"])
        q = rnd.choice([f"{p}{y}年哪些单位因信息公开被申请过行政复议", f"库里{y}年{p}的报告里，有行政复议案件的是哪几家"])
        add(q, "which_reports", {"reports": sorted(hit)}, persona=persona, kind="which bodies in a province-year",
            phrasing="plain", rids=rs, note=f"every stored report of {key[0]} {y}")
        made += 1
    made = 0
    while made < n_share:
        rid = draw()
        a = rnd.choice(["r1", "r2"])
        k0, v0 = measure_value(rid, f"{a}.tot")
        k1, v1 = measure_value(rid, "r7.tot")
        if v0 is None or not v1:
            continue
        persona = rnd.choice(["evaluator", "journalist", "researcher"])
        wd = "予以公开" if a == "r1" else "部分公开"
        q, ab = ask(rid, f"{wd}占办理结果总计的比例是多少", persona)
        add(q, "share", {"value": round(100 * v0 / v1, 2), "unit": "%", "tol": 0.05}, persona=persona, kind="share",
            phrasing="plain", cells=pref(rid, k0 + k1), calc=f"100*{{{rid}:t3.{a}.tot}}/{{{rid}:t3.r7.tot}}",
            style=style_of(ab, persona), rids=[rid])
        made += 1


# ---------------------------------------------------------------- check and write
def check(it: dict) -> None:
    exp = it["expect"]
    cells = it.get("cells", [])
    for c in cells:
        rid, _, k = c.partition(":")
        assert isinstance(cell(rid, k), (int, float)), c
    if "value" in exp and cells and "calc" not in it and it["intent"] in ("value", "sum"):
        assert sum(cell(*c.split(":")) for c in cells) == exp["value"], it
    if "calc" in it:
        env = re.sub(r"\{([^}]+)\}", lambda m: repr(cell(*m.group(1).split(":"))), it["calc"])
        v = eval(env)  # noqa: S307 - our own arithmetic over gold numbers
        assert abs(v - exp["value"]) <= exp.get("tol", 0) + 1e-9, it
    for rid, sq in (it.get("source_quote") or {}).items():
        t = squash(text(rid) or "")
        assert squash(sq) in t, it
        for s in exp.get("contains", []):
            assert t.count(squash(s)) == 1, s
    for rid in it["_r"]:
        assert rid in GOLD
    if exp.get("refuse") and "the text has no" in (it.get("note") or ""):
        pat = it["note"].split("/")[1]
        assert not re.search(pat, text(it["_r"][0])), it


def main() -> None:
    emit_value(205)
    emit_followups(92)
    emit_narrative(38)
    emit_problems(18)
    emit_refusals(28, 12, 8, 6)
    emit_consistency(10, 10)
    emit_cross(12, 8, 6, 5, 3, 4, 6)
    seen = set()
    out = []
    for it in ITEMS:
        key = (it["q"], it.get("previous"))
        if key in seen:
            continue
        seen.add(key)
        check(it)
        del it["_r"]
        out.append(it)
    lines = []
    for i, it in enumerate(out, 1):
        lines.append(json.dumps({"id": f"sa{i:04d}", **it}, ensure_ascii=False))
    (HERE / "blindsa.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(out), Counter(it["intent"] for it in out))


if __name__ == "__main__":
    main()
