"""Blind bank blindzx: the names people use for a body (former names, short forms, typos), asked of the store of
eval/wild … eval/wild37. Deterministic: `PYTHONPATH=. .venv/bin/python eval/questions/blindzx/make_blindzx.py`
rewrites blindzx.jsonl with identical bytes on every run. Templates were written before any value was looked at;
bodies, years and measures are drawn by a seeded shuffle."""

from __future__ import annotations

import html
import json
import random
import re
from collections import defaultdict
from pathlib import Path

from pypinyin import lazy_pinyin

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindzx.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 38))]
SEED = 20261207

# ---------------------------------------------------------------- templates (written before any value was read)
# measure → (cells, unit, plain wordings, formal wording, voice wording, follow-up wording)
MEASURES: dict[str, tuple[list[str], str, list[str], str, str, str]] = {
    "new": (["t3.new.tot"], "件", ["收到多少信息公开申请", "一年新收了几件公开申请", "接到过多少份依申请公开"],
            "本年新收政府信息公开申请数量是多少", "收到多少个信息公开申请", "那新收的申请呢"),
    "r1": (["t3.r1.tot"], "件", ["全部公开给申请人的有几件", "同意公开的申请有多少"],
           "办理结果中予以公开的有多少件", "同意公开的有几件", "那予以公开的呢"),
    "r2": (["t3.r2.tot"], "件", ["只公开了一部分的有几件", "部分公开的有几个"],
           "办理结果中部分公开的有多少件", "部分公开有几件", "部分公开的呢"),
    "deny": ([f"t3.r3_{i}.tot" for i in range(1, 9)], "件", ["不给公开（不予公开）的有几件", "拒绝公开的申请一共几件"],
             "办理结果中不予公开的合计多少件", "不予公开的一共几件", "那不予公开的呢"),
    "carry": (["t3.carry_out.tot"], "件", ["年底没办完转到下一年的有几件", "结转到下一年的申请有几件"],
              "结转下年度继续办理的有多少件", "结转到下年的有几件", "结转下年的呢"),
    "total": (["t3.r7.tot"], "件", ["一共办结了多少件申请", "申请总共处理了多少件"],
              "办理结果总计多少件", "办理结果总共多少件", "办结总计呢"),
    "review": (["t4.rv.tot"], "件", ["因为信息公开被申请行政复议几次", "被人告去复议的有几件"],
               "因政府信息公开被申请行政复议的总计多少件", "行政复议有几件", "那行政复议呢"),
    "suit": (["t4.ld.tot", "t4.lr.tot"], "件", ["因为信息公开被起诉（行政诉讼）一共几件", "被告上法院的信息公开官司有几件"],
             "因政府信息公开被提起行政诉讼合计多少件（直接起诉与复议后起诉）", "行政诉讼一共几件", "行政诉讼一共呢"),
    "penalty": (["t2.penalty.decisions"], "件", ["行政处罚决定做了多少件", "罚款之类的行政处罚决定有多少"],
                "行政处罚决定数量是多少", "行政处罚决定有多少件", "行政处罚决定呢"),
    "np": (["t3.new.np"], "件", ["个人（老百姓自己）申请的有几件", "自然人提的申请有多少"],
           "本年新收申请中自然人申请多少件", "个人申请的有几件", "其中个人申请的呢"),
}
MEASURE_WORD = {"new": "新收申请", "r1": "予以公开", "r2": "部分公开", "deny": "不予公开", "carry": "结转下年度",
                "total": "办结总计", "review": "行政复议", "suit": "行政诉讼", "penalty": "行政处罚决定", "np": "自然人申请"}

# department class → (official suffixes, former / old names the public still uses, short forms)
DEPTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nr": (["自然资源和规划局", "规划和自然资源局", "自然资源局"], ["国土资源局", "国土局"], ["自然资源局"]),
    "nrp": (["自然资源厅", "自然资源和规划厅"], ["国土资源厅", "国土厅"], ["自然资源厅"]),
    "hw": (["卫生健康委员会", "卫生健康局"], ["卫计委", "卫生计生委", "卫计局", "卫生局"], ["卫健委", "卫健局"]),
    "em": (["应急管理局"], ["安监局", "安全生产监督管理局"], ["应急局"]),
    "mr": (["市场监督管理局"], ["工商局", "质监局", "食药监局"], ["市监局", "市场监管局"]),
    "ee": (["生态环境局"], ["环保局", "环境保护局"], ["生态环境局", "环境局"]),
    "eep": (["生态环境厅"], ["环保厅", "环境保护厅"], ["生态环境厅"]),
    "ct": (["文化广播电视和旅游局", "文化广电新闻出版旅游局", "文化旅游广电体育局", "文化和广电旅游体育局",
            "文化广电和旅游局", "文化和旅游局"], ["文广新局", "文体局", "文化局"], ["文旅局"]),
    "ag": (["农业农村局"], ["农业局", "农委"], ["农业农村局", "农业农村部门"]),
    "agp": (["农业农村厅"], ["农业厅"], ["农业农村厅"]),
    "hr": (["人力资源和社会保障局"], ["劳动局", "劳动保障局", "人事局"], ["人社局"]),
    "hrp": (["人力资源和社会保障厅"], ["劳动厅", "人事厅"], ["人社厅"]),
    "cg": (["城市管理和综合执法局", "城市管理综合行政执法局", "城市管理执法局", "城市管理局"],
           ["城管执法局", "城市管理综合执法局"], ["城管局"]),
    "mb": (["医疗保障局"], [], ["医保局"]),
    "va": (["退役军人事务局"], [], ["退役军人局"]),
    "hc": (["住房和城乡建设局"], [], ["住建局"]),
    "tr": (["交通运输局"], [], ["交通局"]),
    "dr": (["发展和改革委员会", "发展和改革局"], [], ["发改委", "发改局"]),
    "ed": (["教育委员会", "教育局"], [], ["教委", "教育局"]),
    "gov": (["人民政府"], [], ["政府"]),
    "govo": (["人民政府办公室"], [], ["府办", "政府办"]),
}
# 县改区 / 撤县设市 since 2012: the county-level place now → the name people still use (written from general
# knowledge before the store was read; only the entries whose successor is stored produce items)
OLD_PLACE = {
    "南郑区": "南郑县", "湟中区": "湟中县", "九台区": "九台市", "新建区": "新建县", "富阳区": "富阳市", "临安区": "临安市",
    "郫都区": "郫县", "叙州区": "宜宾县", "乐都区": "乐都县", "监利市": "监利县", "祁阳市": "祁阳县", "会理市": "会理县",
    "荔浦市": "荔浦县", "柯桥区": "绍兴县", "吴江区": "吴江市", "溧水区": "溧水县", "建阳区": "建阳市", "色尼区": "那曲县",
    "乃东区": "乃东县", "巴宜区": "林芝县", "卡若区": "昌都县", "濂溪区": "庐山区", "崇明区": "崇明县", "蓟州区": "蓟县",
    "静海区": "静海县", "宁河区": "宁河县", "平安区": "平安县", "即墨区": "即墨市", "上虞区": "上虞市", "长乐区": "长乐市",
    "临桂区": "临桂县", "望城区": "望城县", "高淳区": "高淳县", "姜堰区": "姜堰市", "江都区": "江都市", "海门区": "海门市",
    "赣榆区": "赣榆县", "大丰区": "大丰市", "洪泽区": "洪泽县", "南康区": "南康市", "广丰区": "广丰县", "文登区": "文登市",
    "章丘区": "章丘市", "济阳区": "济阳县", "鄠邑区": "户县", "高陵区": "高陵县", "双流区": "双流县", "新都区": "新都县",
    "新津区": "新津县", "奉化区": "奉化市", "沙县区": "沙县", "冀州区": "冀州市", "藁城区": "藁城市", "鹿泉区": "鹿泉市",
    "栾城区": "栾城县", "满城区": "满城县", "清苑区": "清苑县", "徐水区": "徐水县", "永年区": "永年县", "肥乡区": "肥乡县",
    "抚宁区": "抚宁县", "崇礼区": "崇礼县", "万全区": "万全县", "双城区": "双城市", "阿城区": "阿城市", "普兰店区": "普兰店市",
    "辽中区": "辽中县", "武鸣区": "武鸣县", "渌口区": "株洲县", "开州区": "开县", "梁平区": "梁平县", "武隆区": "武隆县",
    "潼南区": "潼南县", "荣昌区": "荣昌县", "璧山区": "璧山县", "铜梁区": "铜梁县", "达川区": "达县", "名山区": "名山县",
}
# bodies created in the 2018–2019 reform (asked for a year before they existed → refusal)
NEW_BODIES = {"mb": "2018年", "va": "2018年", "em": "2018年"}
# what a user calls a body that is not stored, by class (neighbour refusals)
NEIGHBOUR_NAMES = {"hw": "卫健局", "mr": "市监局", "hr": "人社局", "mb": "医保局", "em": "应急局", "hc": "住建局",
                   "ee": "生态环境局", "ag": "农业农村局", "nr": "自然资源局", "tr": "交通局", "va": "退役军人局"}

# question frames: {n} = the user's name for the body, {y} = year words, {m} = measure wording
PLAIN = ["{n}{y}{m}？", "{y}{n}{m}", "想问下{n}{y}{m}", "{n}那边{y}{m}啊"]
FORMAL = ["请问{n}{y}{m}？", "{n}{y}政府信息公开工作年度报告中，{m}？"]
VOICE = ["{n}{y}{m}", "嗯 {n}{y}{m}", "帮我查一下{n}{y}{m}"]
KEYWORD = ["{n} {y} {k}", "{y} {n} {k}"]
SCOPED = ["我们{s}{y}{m}？", "{s}今年{m}", "咱们{s}这份报告里{m}？", "这个{s}{m}"]
SCOPED_GOV = ["我们{s}{y}{m}？", "{s}今年{m}", "{s}{y}{m}"]
COMPARE = ["{a}和{b}{y}哪个{k}更多？", "{y}{a}跟{b}比，谁的{k}多", "{a}、{b}{y}的{k}各是多少，哪家多"]
CHANGE = ["{n}{y2}比{y1}{k}多了还是少了，差多少？", "{n}{k}从{y1}到{y2}变化了多少"]
TREND = ["{n}这几年{k}分别是多少", "{n}历年{k}，按年份列一下"]

# typo tables: similar-sounding / similar-looking characters users type
HOMO = {"州": "洲", "阳": "扬", "城": "成", "宁": "凝", "西": "溪", "华": "化", "平": "坪", "源": "元", "兴": "星",
        "湖": "胡", "德": "得", "龙": "隆", "新": "心", "清": "青", "丰": "峰", "河": "和", "江": "疆", "山": "珊",
        "林": "琳", "昌": "常", "安": "按", "泉": "全", "桥": "乔", "峰": "锋", "溪": "西", "潭": "谭", "定": "订",
        "阴": "音", "庄": "装", "云": "芸", "武": "舞", "吉": "级", "园": "圆", "浦": "蒲", "台": "苔", "明": "名"}
DEPT_TYPO = {"卫健委": "卫建委", "卫健局": "卫建局", "市监局": "市检局", "人社局": "人设局", "应急局": "应及局",
             "住建局": "住健局", "医保局": "医宝局", "城管局": "成管局", "交通局": "交桶局", "教育局": "教委局"}
S2T = dict(zip(
    "区县卫计国资农业场监环应广电门东阳汉龙庆云乡镇长岭马凤丰华兴宁学会厅办实设规划书发关滨银铁乐阴乌鲁齐杨临尔个几么请开处罚决诉讼复议们这里数结转没给过说报问还头动劳济汇兰辽义苏无锡浔赣贵宾叙贺沈湾岁钟惠饶卢渭韩闽鄂湘陕晋黔冀辽宝丽潍莱烟荣渔轮赛红绿湿陆阳态",
    "區縣衛計國資農業場監環應廣電門東陽漢龍慶雲鄉鎮長嶺馬鳳豐華興寧學會廳辦實設規劃書發關濱銀鐵樂陰烏魯齊楊臨爾個幾麼請開處罰決訴訟復議們這裡數結轉沒給過說報問還頭動勞濟匯蘭遼義蘇無錫潯贛貴賓敘賀瀋灣歲鐘惠饒盧渭韓閩鄂湘陝晉黔冀遼寶麗濰萊煙榮漁輪賽紅綠濕陸陽態",
))
# typo results that are real places of their own (not to be asked as a typo)
REAL_NAMES = {"泸西", "东湖", "大星", "心街", "晋常"}
EN_AMBIGUOUS = {"luxi"}  # 泸溪 / 泸西 / 芦溪 are all "Luxi county"
S2T.update(zip("罗绝吴织为连类黄钱证闻质检药节乔岗峡广协", "羅絕吳織為連類黃錢證聞質檢藥節喬崗峽廣協"))
POLYPHONE = set("长朝洞单乐厦重行藏都干和会区番六蚌尉沈宿莘亳铅解调曾便柏泊查差称乘什蔚栎郫堡厂")
CN_DIGIT = dict(zip("0123456789", "零一二三四五六七八九"))
FULLWIDTH = dict(zip("0123456789", "０１２３４５６７８９"))


# ---------------------------------------------------------------- gold
def load_golds() -> list[dict]:
    out = []
    for s in SETS:
        for p in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(p.read_text(encoding="utf-8"))
            g["_set"] = s
            out.append(g)
    return out


GOLDS = load_golds()
BY_ID = {g["id"]: g for g in GOLDS}
_pairs = defaultdict(list)
for _g in GOLDS:
    _pairs[(_g["agency"], _g["year"])].append(_g["id"])
UNIQUE = {k: v[0] for k, v in _pairs.items() if len(v) == 1}
STORED_YEARS = {g["year"] for g in GOLDS}


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and bool(g.get("tables_recoverable"))
        and not g.get("findings")
        and not g.get("statements")
        and (g["agency"], g["year"]) in UNIQUE
    )


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    v = (g.get(table) or {}).get(k)
    return v if isinstance(v, int | float) and not isinstance(v, bool) else None


def measure_value(g: dict, m: str) -> int | None:
    vals = [cell(g, c) for c in MEASURES[m][0]]
    if any(v is None for v in vals):
        return None
    return int(sum(vals))  # type: ignore[arg-type]


# ---------------------------------------------------------------- names
_TOKEN = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|地区|新区|省|市|盟|区|县|旗|镇|乡)")
KIND = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|区|县|旗|镇|乡)$")


def split_place(place: str) -> list[str] | None:
    toks = _TOKEN.findall(place)
    return toks if "".join(toks) == place and toks else None


def stem(tok: str) -> str:
    s = KIND.sub("", tok)
    s = re.sub(r"(?:土家族|苗族|回族|土族|彝族|藏族|羌族|瑶族|侗族|畲族|黎族|蒙古族|朝鲜族|维吾尔|壮族)+$", "", s)
    return s if len(s) >= 2 else tok


def parse(agency: str) -> tuple[str, list[str]] | None:
    """(department class, place tokens) of an agency whose name is place + an official suffix."""
    for cls, (suffixes, _, _) in DEPTS.items():
        for suf in sorted(suffixes, key=len, reverse=True):
            if agency.endswith(suf):
                toks = split_place(agency[: -len(suf)])
                if toks is None:
                    return None
                if cls == "gov" and agency.endswith("人民政府办公室"):
                    continue
                return cls, toks
    return None


PARSED = {g["agency"]: parse(g["agency"]) for g in GOLDS}
ALL_AGENCIES = sorted({g["agency"] for g in GOLDS})


def matches(cls: str, stems: list[str]) -> list[str]:
    """Stored agencies of class `cls` whose place holds every written place stem."""
    out = []
    for a, p in PARSED.items():
        if p and p[0] == cls and all(s in "".join(p[1]) for s in stems):
            out.append(a)
    return sorted(set(out))


def names_for(g: dict, rng: random.Random, how: str) -> tuple[str, list[str]] | None:
    """A user's name for g's body (`how`: former / short / bare / province), with the place stems it writes."""
    p = PARSED.get(g["agency"])
    if not p:
        return None
    cls, toks = p
    suffixes, former, short = DEPTS[cls]
    local = toks[-1]
    if how == "former":
        if not former:
            return None
        if cls == "nr" and "规划" in g["agency"]:
            dept = rng.choice(former + ["规划局"])
        else:
            dept = rng.choice(former)
    else:
        dept = rng.choice(short + (["资规局"] if cls == "nr" and "规划" in g["agency"] else []))
    if cls == "gov":
        if g["level"] not in ("县级政府", "市级政府", "乡镇") or how == "former":
            return None
        if how == "bare":
            dept = ""
        else:
            kind = "县" if local.endswith("自治县") else (KIND.search(local).group()[-1] if KIND.search(local) else "")
            dept = kind + rng.choice(["政府", "政府", "府"]) if kind in ("县", "市") else kind + "政府"
    if cls == "govo":
        k = KIND.search(local)
        dept = (k.group()[-1] if k else "") + dept
    if how == "province":
        prov = split_place(g["region"])
        if not prov or stem(prov[0]) in "".join(toks) or cls == "gov":
            return None
        written = [stem(prov[0])] + [stem(t) for t in toks]
        name = "".join(written[:-1]) + toks[-1] + dept
        stems = [stem(t) for t in toks]
    elif how == "bare":
        if cls != "gov" or g["level"] == "乡镇":
            return None
        s = stem(local)
        if len(s) < 2 or s == local:
            return None
        name, stems = s, [s]
        # a bare place is only that body if no other stored body carries that place
        if any(s in a for a in ALL_AGENCIES if a != g["agency"]):
            return None
        return name, stems
    else:
        s = stem(local)
        if cls == "gov" and s == local:
            return None
        if len(toks) >= 2 and rng.random() < 0.45 and cls != "gov":
            name = stem(toks[-2]) + (local if rng.random() < 0.5 else s) + dept
            stems = [stem(toks[-2]), s]
        elif cls == "gov":
            parent = stem(toks[-2]) if len(toks) >= 2 and re.search(r"[县市区]$", toks[-2]) else ""
            name = (parent if parent != s and rng.random() < 0.3 else "") + s + dept
            stems = [s]
        elif cls == "govo":
            name, stems = (s if s != local else local) + dept, [s]
        else:
            name = (local if rng.random() < 0.6 else s) + dept
            stems = [s]
    if cls == "gov":
        hits = [a for a in ALL_AGENCIES if PARSED.get(a) and PARSED[a][0] == "gov" and stem(PARSED[a][1][-1]) == stems[-1]]
    else:
        hits = matches(cls, stems)
    if hits != [g["agency"]]:
        return None
    return name, stems


def year_words(y: int, style: str) -> str:
    if style == "voice":
        return "".join(CN_DIGIT[c] for c in str(y)) + "年"
    if style == "short_year":
        return f"{str(y)[2:]}年"
    return f"{y}年"


# ---------------------------------------------------------------- item building
ITEMS: list[dict] = []
SEEN: set[tuple] = set()


def add(item: dict) -> bool:
    key = (item["q"], json.dumps(item.get("scope", {})), json.dumps(item.get("previous")))
    if key in SEEN:
        return False
    SEEN.add(key)
    ITEMS.append(item)
    return True


def value_item(g, m, q, *, kind, phrasing, persona, style, scope=False, note="", previous=None):
    cells = MEASURES[m][0]
    v = measure_value(g, m)
    it = {
        "q": q,
        "scope": {"report": g["id"]} if scope else {},
        "intent": "value",
        "style": style,
        "expect": {"value": v, "unit": MEASURES[m][1]},
        "cells": cells if scope else [f"{g['id']}:{c}" for c in cells],
        "note": note or f"{g['agency']} {g['year']} {MEASURE_WORD[m]}",
        "persona": persona,
        "kind": kind,
        "phrasing": phrasing,
        "sets": [g["_set"]],
    }
    if previous is not None:
        it["previous"] = previous
    return it


def frame(rng, phrasing, n, y, m, k):
    pool = {"plain": PLAIN, "formal": FORMAL, "voice": VOICE, "keyword": KEYWORD, "typo": PLAIN}[phrasing]
    q = rng.choice(pool).format(n=n, y=y, m=m, k=k)
    if phrasing == "voice":
        q = re.sub(r"[？，。、（）()]", " ", q).strip()
        q = re.sub(r"\s+", " ", q)
    return q


def measure_text(rng, m, phrasing):
    plain, formal, voice = MEASURES[m][2], MEASURES[m][3], MEASURES[m][4]
    return {"formal": formal, "voice": voice}.get(phrasing, rng.choice(plain))


READ = [g for g in GOLDS if readable(g)]
PHRASINGS = ["plain", "plain", "formal", "voice", "keyword"]
PERSONAS = ["resident", "reporter", "lawyer", "official", "student"]


def build() -> None:
    rng = random.Random(SEED)
    pool = sorted(READ, key=lambda g: g["id"])
    rng.shuffle(pool)
    counts: dict[str, int] = defaultdict(int)
    quota = {"former": 40, "short": 28, "bare": 8, "province": 10, "typo_homo": 12, "typo_dept": 7, "typo_miss": 7,
             "typo_trad": 10, "typo_en": 7, "typo_fw": 7, "scoped": 44}
    mkeys = list(MEASURES)
    for g in pool:
        for kind in ["former", "short", "bare", "province", "typo_homo", "typo_dept", "typo_miss", "typo_trad",
                     "typo_en", "typo_fw", "scoped"]:
            if counts[kind] >= quota[kind]:
                continue
            if rng.random() < 0.55:
                continue
            m = rng.choice(mkeys)
            if measure_value(g, m) is None:
                continue
            how = {"former": "former", "bare": "bare", "province": "province"}.get(kind, "short")
            if kind == "scoped":
                how = rng.choice(["former", "short", "short"])
            nm = names_for(g, rng, how)
            if not nm:
                continue
            name, stems = nm
            persona = rng.choice(PERSONAS)
            phrasing = rng.choice(PHRASINGS)
            style = "abbreviated"
            y = year_words(g["year"], "voice" if phrasing == "voice" else ("short_year" if rng.random() < 0.1 else ""))
            note = ""
            if kind.startswith("typo"):
                phrasing = "typo"
                mtxt = measure_text(rng, m, "plain")
                if kind == "typo_homo":
                    chars = [i for i, c in enumerate(name) if c in HOMO and any(c in s for s in stems)]
                    if not chars:
                        continue
                    i = chars[0]
                    typo = name[:i] + HOMO[name[i]] + name[i + 1:]
                    if any(typo[:-1] in a for a in ALL_AGENCIES) or any(r in typo for r in REAL_NAMES):
                        continue
                    note = f"typo: {name} → {typo}"
                    name = typo
                elif kind == "typo_dept":
                    d = next((k for k in DEPT_TYPO if name.endswith(k)), None)
                    if not d:
                        continue
                    typo = name[: -len(d)] + DEPT_TYPO[d]
                    note = f"typo: {name} → {typo}"
                    name = typo
                elif kind == "typo_miss":
                    s = next((s for s in stems if len(s) >= 3), None)
                    if not s:
                        continue
                    j = name.find(s)
                    typo = name[: j + 1] + name[j + 2:]
                    if any(typo in a for a in ALL_AGENCIES) or any(r in typo for r in REAL_NAMES):
                        continue
                    note = f"typo (a character missing): {name} → {typo}"
                    name = typo
                elif kind == "typo_en":
                    s = stems[-1]
                    p = PARSED[g["agency"]]
                    if any(c in POLYPHONE for c in s) or not p or p[0] != "gov" or g["level"] != "县级政府":
                        continue
                    local = p[1][-1]
                    k = {"区": "district", "县": "county", "市": "city"}.get(local[-1])
                    if not k:
                        continue
                    py = "".join(lazy_pinyin(s))
                    if py in EN_AMBIGUOUS or any(
                        "".join(lazy_pinyin(stem(t))) == py and stem(t) != s
                        for a in ALL_AGENCIES for t in _TOKEN.findall(a)
                    ):
                        continue
                    en = py.capitalize() + " " + k
                    note = f"place in pinyin/English: {name} → {en}"
                    name = en + rng.choice([" government ", " "])
                elif kind == "typo_fw":
                    y = "".join(FULLWIDTH[c] for c in str(g["year"])) + "年"
                    note = "year typed in full-width digits"
                q = rng.choice(PLAIN).format(n=name, y=y, m=mtxt)
                if kind == "typo_trad":
                    q = "".join(S2T.get(c, c) for c in q)
                    note = "typed in traditional characters"
                add(value_item(g, m, q, kind=kind, phrasing="typo", persona=persona, style=style,
                               note=f"{g['agency']} {g['year']} {MEASURE_WORD[m]}; {note}"))
                counts[kind] += 1
                continue
            if kind == "scoped":
                mtxt = measure_text(rng, m, "plain")
                sname = re.sub(r"^.*?(区|县|市|旗)(?=.)", r"\1", name) if rng.random() < 0.5 else name
                if PARSED[g["agency"]][0] == "gov":
                    at = name.find(stems[-1]) + len(stems[-1])
                    kind_ch = name[at] if at < len(name) else "区"
                    sname = rng.choice([name, kind_ch + "里", kind_ch + "政府"]) if kind_ch != "镇" else rng.choice(["镇上", "镇政府", name])
                    q = rng.choice(SCOPED_GOV).format(s=sname, y=year_words(g["year"], ""), m=mtxt)
                    add(value_item(g, m, q, kind="scoped_gov", phrasing="plain", persona="clerk", style="colloquial",
                                   scope=True, note=f"{g['agency']} {g['year']} {MEASURE_WORD[m]}; scoped, body called {sname}"))
                    counts[kind] += 1
                    continue
                q = rng.choice(SCOPED).format(s=sname, y=year_words(g["year"], ""), m=mtxt)
                add(value_item(g, m, q, kind="scoped_" + how, phrasing="plain", persona="clerk", style=style,
                               scope=True, note=f"{g['agency']} {g['year']} {MEASURE_WORD[m]}; scoped, body called {sname}"))
                counts[kind] += 1
                continue
            mtxt = measure_text(rng, m, phrasing)
            q = frame(rng, phrasing, name, y, mtxt, MEASURE_WORD[m])
            style = "abbreviated" if name != g["agency"] else ("formal" if phrasing == "formal" else "colloquial")
            add(value_item(g, m, q, kind=kind, phrasing=phrasing, persona=persona, style=style,
                           note=f"{g['agency']} {g['year']} {MEASURE_WORD[m]}; called {name}"))
            counts[kind] += 1
    build_old_places(rng, pool)
    build_narrative(rng, pool)
    build_followups(rng, pool)
    build_compare(rng, pool)
    build_years(rng)
    build_refusals(rng)


def build_old_places(rng, pool) -> None:
    """A 县改区 / 撤县设市 place asked by its old county name: the successor's report of the year asked."""
    n = 0
    done: set[str] = set()
    for g in pool:
        p = PARSED.get(g["agency"])
        if not p or n >= 20 or g["agency"] in done:
            continue
        cls, toks = p
        at = next((i for i in (len(toks) - 1, len(toks) - 2) if i >= 0 and toks[i] in OLD_PLACE), None)
        if at is None:
            continue
        old = OLD_PLACE[toks[at]]
        if any(old in a for a in ALL_AGENCIES):
            continue
        ms = [m for m in MEASURES if measure_value(g, m) is not None]
        if not ms:
            continue
        m = rng.choice(ms)
        if cls == "gov":
            if at == len(toks) - 1:
                name = old + rng.choice(["政府", "人民政府"])
            else:
                name = old + toks[-1] + "政府"
        else:
            if at != len(toks) - 1:
                continue
            name = old + rng.choice(DEPTS[cls][1] or DEPTS[cls][2])
        hits = (
            [a for a in ALL_AGENCIES if PARSED.get(a) and PARSED[a][0] == cls and PARSED[a][1][-1] == toks[-1]]
            if cls == "gov"
            else matches(cls, [stem(toks[at])])
        )
        if hits != [g["agency"]]:
            continue
        phrasing = rng.choice(PHRASINGS)
        y = year_words(g["year"], "voice" if phrasing == "voice" else "")
        q = frame(rng, phrasing, name, y, measure_text(rng, m, phrasing), MEASURE_WORD[m])
        if add(value_item(g, m, q, kind="old_place", phrasing=phrasing, persona=rng.choice(PERSONAS),
                          style="colloquial" if phrasing != "formal" else "formal",
                          note=f"{g['agency']} {g['year']} {MEASURE_WORD[m]}; asked by the old place name {old} "
                          f"(now {toks[at]})")):
            n += 1
            done.add(g["agency"])


def build_followups(rng, pool) -> None:
    n = 0
    for g in pool:
        if n >= 14:
            break
        if rng.random() < 0.7:
            continue
        m1, m2 = rng.sample(list(MEASURES), 2)
        if measure_value(g, m1) is None or measure_value(g, m2) is None:
            continue
        nm = names_for(g, rng, rng.choice(["former", "short"]))
        if not nm:
            continue
        first = rng.choice(PLAIN).format(n=nm[0], y=f"{g['year']}年", m=rng.choice(MEASURES[m1][2]))
        it = value_item(g, m2, MEASURES[m2][5] + rng.choice(["", "？", "？几件"]), kind="followup", phrasing="followup",
                        persona=rng.choice(PERSONAS), style="colloquial", previous=first,
                        note=f"{g['agency']} {g['year']} {MEASURE_WORD[m2]}; the previous turn named it {nm[0]}")
        if add(it):
            n += 1


def build_compare(rng, pool) -> None:
    by_year = defaultdict(list)
    for g in pool:
        by_year[(g["year"], g["level"])].append(g)
    n = 0
    keys = sorted(by_year)
    rng.shuffle(keys)
    for key in keys + keys:
        gs = by_year[key]
        if len(gs) < 2 or n >= 12:
            continue
        a, b = rng.sample(gs, 2)
        m = rng.choice(["new", "r1", "deny", "total", "review", "carry"])
        va, vb = measure_value(a, m), measure_value(b, m)
        if va is None or vb is None or va == vb or a["agency"] == b["agency"]:
            continue
        na, nb = names_for(a, rng, "former"), names_for(b, rng, "short")
        na = na or names_for(a, rng, "short")
        if not na or not nb:
            continue
        q = rng.choice(COMPARE).format(a=na[0], b=nb[0], y=f"{a['year']}年", k=MEASURE_WORD[m])
        top = a["id"] if va > vb else b["id"]
        it = {
            "q": q, "scope": {}, "intent": "compare", "style": "abbreviated",
            "expect": {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": [top]},
            "cells": [f"{x['id']}:{c}" for x in (a, b) for c in MEASURES[m][0]],
            "note": f"{a['agency']} ({na[0]}) vs {b['agency']} ({nb[0]}), {a['year']} {MEASURE_WORD[m]}",
            "persona": rng.choice(PERSONAS), "kind": "compare", "phrasing": "plain", "sets": sorted({a["_set"], b["_set"]}),
        }
        if add(it):
            n += 1


def build_years(rng) -> None:
    """One body over its stored years, asked by a former/short name (no stored body changed its name between
    two stored years, so the series is the successor's reports)."""
    by_ag = defaultdict(list)
    for g in READ:
        by_ag[g["agency"]].append(g)
    for ag in sorted(by_ag):
        gs = sorted(by_ag[ag], key=lambda g: g["year"])
        if len(gs) < 2:
            continue
        for how in ("former", "short"):
            nm = names_for(gs[0], rng, how)
            if not nm:
                continue
            ms = [m for m in ("new", "r1", "total", "deny", "carry") if all(measure_value(g, m) is not None for g in gs)]
            if not ms:
                continue
            m = rng.choice(ms)
            a, b = gs[0], gs[-1]
            va, vb = measure_value(a, m), measure_value(b, m)
            q = rng.choice(CHANGE).format(n=nm[0], y1=f"{a['year']}年", y2=f"{b['year']}年", k=MEASURE_WORD[m])
            add({
                "q": q, "scope": {}, "intent": "change", "style": "abbreviated",
                "expect": {"value": vb - va, "unit": "件"},  # type: ignore[operator]
                "cells": [f"{x['id']}:{c}" for x in (b, a) for c in MEASURES[m][0]],
                "calc": "(" + "+".join(f"{{{b['id']}:{c}}}" for c in MEASURES[m][0]) + ")-("
                + "+".join(f"{{{a['id']}:{c}}}" for c in MEASURES[m][0]) + ")",
                "note": f"{ag} {b['year']} − {a['year']} {MEASURE_WORD[m]}; called {nm[0]} ({how})",
                "persona": rng.choice(PERSONAS), "kind": f"years_{how}", "phrasing": "plain",
                "sets": sorted({a["_set"], b["_set"]}),
            })
            m2 = rng.choice(ms)
            q = rng.choice(TREND).format(n=nm[0], k=MEASURE_WORD[m2])
            add({
                "q": q, "scope": {}, "intent": "trend", "style": "abbreviated",
                "expect": {"values": {g["id"]: measure_value(g, m2) for g in gs}, "unit": "件"},
                "cells": [f"{g['id']}:{c}" for g in gs for c in MEASURES[m2][0]],
                "note": f"{ag} all stored years {MEASURE_WORD[m2]}; called {nm[0]} ({how})",
                "persona": rng.choice(PERSONAS), "kind": f"years_{how}", "phrasing": "plain",
                "sets": sorted({g["_set"] for g in gs}),
            })
            break


def refusal(q, note, kind, rng, phrasing="plain", scope=None):
    return {
        "q": q, "scope": {"report": scope["id"]} if scope else {}, "intent": "unanswerable", "style": "abbreviated",
        "expect": {"refuse": True}, "note": note, "persona": rng.choice(PERSONAS), "kind": kind,
        "phrasing": phrasing, "sets": [scope["_set"]] if scope else ["store"],
    }


def ask(rng, name: str, y: int, m: str) -> tuple[str, str]:
    """A refusal question in a drawn phrasing (the same frames as the answerable items)."""
    phrasing = rng.choice(PHRASINGS)
    yw = year_words(y, "voice" if phrasing == "voice" else "")
    return frame(rng, phrasing, name, yw, measure_text(rng, m, phrasing), MEASURE_WORD[m]), phrasing


def build_refusals(rng) -> None:
    places = defaultdict(set)  # county-level place token → classes stored there
    place_years = defaultdict(set)
    for a, p in PARSED.items():
        if p:
            places[p[1][-1]].add(p[0])
    for g in GOLDS:
        p = PARSED.get(g["agency"])
        if p:
            place_years[p[1][-1]].add(g["year"])
    cands = sorted(t for t in places if re.search(r"[区县]$", t) and len(t) >= 3)
    rng.shuffle(cands)
    # a neighbour body: a stored county/district with a department nobody of that place has
    n = 0
    for t in cands:
        if n >= 16:
            break
        missing = [c for c in NEIGHBOUR_NAMES if c not in places[t]]
        if not missing:
            continue
        c = rng.choice(missing)
        name = t + NEIGHBOUR_NAMES[c]
        if any(a.find(t) >= 0 and PARSED.get(a) and PARSED[a][0] == c for a in ALL_AGENCIES):
            continue
        y = rng.choice(sorted(place_years[t]))
        m = rng.choice(list(MEASURES))
        q, ph = ask(rng, name, y, m)
        if add(refusal(q, f"asked as value; body not stored: no {DEPTS[c][0][0]} of {t} in the store (other bodies of "
                          f"{t} are)", "not_stored", rng, ph)):
            n += 1
    # a former name whose successor is not stored
    n = 0
    for t in cands:
        if n >= 14:
            break
        missing = [c for c in ("hw", "em", "mr", "ee", "ag", "nr", "hr") if c not in places[t]]
        if not missing:
            continue
        c = rng.choice(missing)
        name = t + rng.choice(DEPTS[c][1])
        if any(t in a and PARSED.get(a) and PARSED[a][0] == c for a in ALL_AGENCIES):
            continue
        y = rng.choice(sorted(place_years[t]))
        m = rng.choice(list(MEASURES))
        q, ph = ask(rng, name, y, m)
        if add(refusal(q, f"asked as value; former name {name}: its successor ({DEPTS[c][0][-1]} of {t}) is not stored",
                       "former_not_stored", rng, ph)):
            n += 1
    # a year before the body existed (created in the 2018 reform)
    n = 0
    newer = [g for g in sorted(READ, key=lambda g: g["id"]) if PARSED.get(g["agency"]) and PARSED[g["agency"]][0] in NEW_BODIES]
    rng.shuffle(newer)
    for g in newer:
        if n >= 8:
            break
        nm = names_for(g, rng, "short")
        if not nm:
            continue
        y = rng.choice([2016, 2017])
        if (g["agency"], y) in _pairs:
            continue
        m = rng.choice(list(MEASURES))
        q, ph = ask(rng, nm[0], y, m)
        if add(refusal(q, f"asked as value; {g['agency']} was set up in {NEW_BODIES[PARSED[g['agency']][0]]}, "
                          f"the store holds no {y} report of it", "before_existed", rng, ph)):
            n += 1
    # ambiguous: a government name (place stem + kind) that two stored bodies share, asked over the years
    n = 0
    groups = defaultdict(set)
    for a, p in PARSED.items():
        if p and p[0] == "gov":
            groups[stem(p[1][-1])].add(a)
    for st in sorted(groups):
        ags = sorted(groups[st])
        if len(ags) < 2:
            continue
        kinds = {PARSED[a][1][-1][-1] for a in ags}
        for sub in sorted(kinds) + ([""] if len(kinds) > 1 else []):
            fit = [a for a in ags if not sub or PARSED[a][1][-1].endswith(sub)]
            if len(fit) < 2:
                continue
            name = st + sub + "政府"
            m = rng.choice(["new", "r1", "total"])
            q = rng.choice(TREND).format(n=name, k=MEASURE_WORD[m])
            if add(refusal(q, "asked as trend; ambiguous: " + " / ".join(fit) + f" all fit {name}; the answer must "
                              "ask which (找到多个机关) or refuse", "ambiguous", rng)):
                n += 1
    # a city-prefix short name where the store holds only district bodies of that department
    city = defaultdict(set)
    for a, p in PARSED.items():
        if p and len(p[1]) >= 2 and p[0] in NEIGHBOUR_NAMES:
            city[(p[1][-2], p[0])].add(a)
    n = 0
    for (ct, c), ags in sorted(city.items()):
        if n >= 6 or len(ags) < 2:
            continue
        if any(PARSED.get(a) and PARSED[a][0] == c and PARSED[a][1] == [ct] for a in ALL_AGENCIES):
            continue
        ys = sorted({g["year"] for g in GOLDS if g["agency"] in ags})
        name = stem(ct) + NEIGHBOUR_NAMES[c]
        m = rng.choice(list(MEASURES))
        q, ph = ask(rng, name, ys[-1], m)
        if add(refusal(q, f"asked as value; {name}: the city bureau is not stored, only district ones ("
                          + " / ".join(sorted(ags)) + "); refuse or ask which", "city_vs_district", rng, ph)):
            n += 1


NARR = ["{n}{y}在网站上主动公开了多少条政府信息？", "{y}{n}通过政府网站主动公开的信息有多少条", "{n}{y}网站主动公开政府信息多少条"]
_NARR_RE = re.compile(r"主动公开政府信息(\d+)条")


def report_text(g: dict) -> str | None:
    """The report's text, whitespace and markup removed (html / txt / markdown only)."""
    f = ROOT / "eval" / g["_set"] / g["file"]
    if f.suffix not in (".html", ".htm", ".txt", ".md"):
        return None
    raw = f.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            t = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return re.sub(r"\s+", "", t)


def build_narrative(rng, pool) -> None:
    """A narrative figure (主动公开政府信息N条) of a body asked by a former / short name."""
    n = 0
    for g in pool:
        if n >= 12 or rng.random() < 0.5:
            continue
        text = report_text(g)
        if not text:
            continue
        found = _NARR_RE.findall(text)
        if len(found) != 1:
            continue
        nm = names_for(g, rng, rng.choice(["former", "short"]))
        if not nm:
            continue
        hit = _NARR_RE.search(text)
        if not hit or "网站" not in text[max(0, hit.start() - 30) : hit.start()]:
            continue
        quote = text[text.rfind("网站", 0, hit.start()) : hit.end()]
        q = rng.choice(NARR).format(n=nm[0], y=f"{g['year']}年")
        it = {
            "q": q, "scope": {}, "intent": "narrative", "style": "abbreviated",
            "expect": {"value": int(found[0]), "unit": "条"},
            "source_quote": {g["id"]: quote},
            "note": f"{g['agency']} {g['year']} text: {quote}; called {nm[0]}",
            "persona": rng.choice(PERSONAS), "kind": "narrative", "phrasing": "plain", "sets": [g["_set"]],
        }
        if add(it):
            n += 1


# ---------------------------------------------------------------- check
def check(items: list[dict]) -> None:
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    keys = [(it["q"], json.dumps(it.get("scope")), json.dumps(it.get("previous"))) for it in items]
    assert len(keys) == len(set(keys)), "duplicate question"
    assert len({it["q"] for it in items if "previous" not in it}) == len([it for it in items if "previous" not in it])
    for it in items:
        sc = it.get("scope", {}).get("report")
        assert sc is None or sc in BY_ID
        assert it["intent"] in ("value", "compare", "change", "trend", "unanswerable", "narrative")
        exp = it["expect"]
        cells = it.get("cells", [])
        got = {}
        for ref in cells:
            rid, _, key = ref.rpartition(":")
            rid = rid or sc
            assert rid in BY_ID, ref
            v = cell(BY_ID[rid], key)
            assert v is not None, ref
            got.setdefault(rid, 0)
            got[rid] += v
        if it["intent"] == "value":
            assert exp["value"] == sum(got.values()), it
            assert readable(BY_ID[next(iter(got))])
        elif it["intent"] == "change":
            env = {}
            expr = it["calc"]
            for ref in re.findall(r"\{([^}]+)\}", expr):
                rid, _, key = ref.rpartition(":")
                env[ref] = cell(BY_ID[rid], key)
            val = eval(re.sub(r"\{([^}]+)\}", lambda mm: str(env[mm.group(1)]), expr))  # noqa: S307
            assert val == exp["value"], it
        elif it["intent"] == "narrative":
            (rid, quote), = it["source_quote"].items()
            text = report_text(BY_ID[rid]) or ""
            assert quote in text and text.count(quote) == 1 and str(exp["value"]) in quote, it
            assert (BY_ID[rid]["agency"], BY_ID[rid]["year"]) in UNIQUE
        elif it["intent"] in ("compare", "trend"):
            assert exp["values"] == got, it
            if "order" in exp:
                assert exp["values"][exp["order"][0]] == max(exp["values"].values())
        else:
            assert exp == {"refuse": True} and it["note"]
    # refusals: the asked body/year is not stored under any reading
    for it in items:
        if it["kind"] == "before_existed":
            assert not re.search(r"20(?:18|19|2\d)年", it["q"])


def main() -> None:
    build()
    for i, it in enumerate(ITEMS, 1):
        it["id"] = f"zx{i:04d}"
    ordered = [{"id": it.pop("id"), **it} for it in ITEMS]
    check(ordered)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ordered), encoding="utf-8")
    print(len(ordered))


if __name__ == "__main__":
    main()
