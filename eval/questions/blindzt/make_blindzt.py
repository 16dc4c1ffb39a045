"""Blind bank blindzt: statistics over SECTORS and KINDS OF PLACE across the wild store (issue 13, scoring only).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzt/make_blindzt.py   # rewrites blindzt.jsonl (same bytes every run)

Templates were written before any value was looked at; groups, scopes, measures and bodies are drawn by a seeded
shuffle. Membership rules, measures and judgement calls: README.md in this folder. check() re-derives every
expectation from the raw gold files."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from pathlib import Path

from eval.gold import load_gold

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", *(f"wild{i}" for i in range(2, 36)))
OUT = HERE / "blindzt.jsonl"
SEED = 2512

# ---------------------------------------------------------------- templates (written before looking at values)
# slots: {SC} scope phrase, {G} group words, {MN} measure noun, {MQ} measure as a question, {MMOST}/{MLEAST}
# "most/least" phrase, {MZ} "none at all" phrase, {B} a body, {G2}/{G3} other groups
T = {
    "count": {
        "plain": ["{SC}收录的{G}有几家？", "{SC}的{G}，一共存了几家？"],
        "formal": ["请问{SC}已收录的{G}共计多少家？"],
        "voice": ["{SC}收录了几家{G}"],
        "keyword": ["{SC} {G} 几家"],
        "typo": ["{SC}收录的{G}有几家？"],
    },
    "which": {
        "plain": ["{SC}收录的{G}都有哪些？", "{SC}的{G}是哪几家？"],
        "formal": ["请列出{SC}已收录的全部{G}。"],
        "voice": ["{SC}的{G}都是哪几家"],
        "keyword": ["{SC} {G} 名单"],
        "typo": ["{SC}收录的{G}都有哪些？"],
    },
    "sum": {
        "plain": ["{SC}的{G}加起来{MQ}？", "{SC}的{G}一共{MQ}？"],
        "formal": ["请统计{SC}已收录的{G}的{MN}合计。"],
        "voice": ["{SC}的{G}一共{MQ}"],
        "keyword": ["{SC} {G} {MN} 合计"],
        "typo": ["{SC}的{G}一共{MQ}？"],
    },
    "mean": {
        "plain": ["{SC}的{G}平均每家{MQ}？"],
        "formal": ["{SC}已收录的{G}，平均每家{MN}是多少？"],
        "voice": ["{SC}的{G}平均一家{MQ}"],
        "keyword": ["{SC} {G} {MN} 平均每家"],
        "typo": ["{SC}的{G}平均每家{MQ}？"],
    },
    "max": {
        "plain": ["{SC}的{G}里哪家{MMOST}？", "{SC}的{G}，{MMOST}的是哪家？有多少？"],
        "formal": ["{SC}已收录的{G}中，{MN}最多的是哪一家？数量是多少？"],
        "voice": ["{SC}的{G}哪家{MMOST}"],
        "keyword": ["{SC} {G} {MN} 最多"],
        "typo": ["{SC}的{G}里哪家{MMOST}？"],
    },
    "min": {
        "plain": ["{SC}的{G}里哪家{MLEAST}？"],
        "formal": ["{SC}已收录的{G}中，{MN}最少的是哪一家？"],
        "voice": ["{SC}的{G}哪家{MLEAST}"],
        "keyword": ["{SC} {G} {MN} 最少"],
        "typo": ["{SC}的{G}里哪家{MLEAST}？"],
    },
    "nzero": {
        "plain": ["{SC}的{G}里有几家{MZ}？"],
        "formal": ["{SC}已收录的{G}中，{MN}为零的有多少家？"],
        "voice": ["{SC}的{G}有几家{MZ}"],
        "keyword": ["{SC} {G} {MN}为0 几家"],
        "typo": ["{SC}的{G}里有几家{MZ}？"],
    },
    "whichnz": {
        "plain": ["{SC}的{G}里哪些{MHAD}？"],
        "formal": ["{SC}已收录的{G}中，哪些单位{MHAD}？"],
        "voice": ["{SC}的{G}哪几家{MHAD}"],
        "keyword": ["{SC} {G} {MHAD} 名单"],
        "typo": ["{SC}的{G}里哪些{MHAD}？"],
    },
    "rankof": {
        "plain": ["{B}{Y}年的{MN}在{SC}的{G}里排第几？"],
        "formal": ["{B}{Y}年{MN}在{SC}已收录的{G}中位列第几（从多到少）？"],
        "voice": ["{B}{Y}年{MN}在{SC}的{G}里面排第几"],
        "keyword": ["{B} {Y}年 {MN} {SC}{G} 排名"],
        "typo": ["{B}{Y}年的{MN}在{SC}的{G}里排第几？"],
    },
    "sharesec": {
        "plain": ["{SC}收录的所有年报里，{G}收到的申请占了百分之几？"],
        "formal": ["在{SC}已收录的全部年报中，{G}的本年新收申请数占总数的比重是多少？"],
        "voice": ["{SC}收录的年报里面{G}收到的申请占百分之多少"],
        "keyword": ["{SC} 全部年报 新收申请 {G} 占比"],
        "typo": ["{SC}收录的所有年报里，{G}收到的申请占了百分之几？"],
    },
    "topsec": {
        "plain": ["{SC}的{G}、{G2}、{G3}这三类部门，哪类{MMOST}？"],
        "formal": ["在{SC}已收录的{G}、{G2}和{G3}中，按部门类别合计，哪一类的{MN}最多？"],
        "voice": ["{SC}的{G}{G2}还有{G3}哪一类{MMOST}"],
        "keyword": ["{SC} {G}/{G2}/{G3} {MN} 哪类最多"],
        "typo": ["{SC}的{G}、{G2}、{G3}这三类部门，哪类{MMOST}？"],
    },
    "compare": {
        "plain": ["{SC}的{G}和{G2}比，哪边{MMOST}？各多少？"],
        "formal": ["请比较{SC}已收录的{G}与{G2}的{MN}合计。"],
        "voice": ["{SC}的{G}跟{G2}比哪边{MMOST}各是多少"],
        "keyword": ["{SC} {G} vs {G2} {MN} 合计"],
        "typo": ["{SC}的{G}和{G2}比，哪边{MMOST}？各多少？"],
    },
    "topall": {
        "plain": ["{SC}收录的各个部门里，按行业分哪个系统{MMOST}？", "按行业分，{SC}收录的政府部门里哪一类{MMOST}？"],
        "formal": ["按所属行业（部门类别）合计，{SC}已收录的政府部门中哪一类{MN}最多？"],
        "voice": ["{SC}收录的部门按行业分哪个行业{MMOST}"],
        "keyword": ["{SC} 政府部门 按行业 {MN} 最多"],
        "typo": ["{SC}收录的各个部门里，按行业分哪个系统{MMOST}？"],
    },
    # follow-ups: the previous turn is a sum/mean/count question of another group (or year) in the same form
    "fu_group": ["那{G2}呢？", "换成{G2}", "{G2}的呢", "那{G2}呢"],
    "fu_year": ["那{Y2}年呢？", "换成{Y2}年呢", "{Y2}年的呢"],
    # scoped to a chosen report (the user reads that body's report on the web page)
    "s_rankof": [
        "我们{MN}在{SSC}的{G}里排第几？",
        "我们单位{MN}在{SSC}已收录的{G}中排名第几？",
        "我们{MN}在{SSC}的{G}里面排第几",
    ],
    "s_share": [
        "我们{MN}占{SSC}的{G}合计的百分之几？",
        "本单位{MN}占{SSC}已收录{G}合计的比重是多少？",
    ],
    "s_count": ["像我们这样的{G}，{SSC}一共收录了几家？", "{SSC}收录的{G}有几家？"],
    "s_mean": ["{SSC}的{G}平均每家{MQ}？", "{SSC}已收录的{G}平均每家{MN}是多少？"],
    "s_refuse": [
        "我们的信息公开经费在{SSC}的{G}里算多还是少？",
        "{SSC}的{G}平均每家有多少专项经费用于政务公开？",
        "按辖区人口算，我们每万人的申请量在{SSC}的{G}里排第几？",
    ],
    # refusals over the store
    "r_nosector": [
        "库里{Y}年的{X}一共收到多少件信息公开申请？",
        "已收录的{X}有哪些？{Y}年收到的申请各多少？",
        "{Y}年库里{X}平均每家收到几件申请",
    ],
    "r_budget": [
        "{SC}的{G}政务公开工作经费一共多少万元？",
        "{SC}的{G}平均每家花在信息公开上的预算是多少？",
    ],
    "r_national": [
        "全国所有{G}{Y}年一共收到多少件信息公开申请？",
        "{Y}年全国的{G}平均每家收到多少件申请？",
        "全中国的{G}{Y}年被申请行政复议一共多少件？",
    ],
    "r_year": ["库里{Y}年的{G}一共收到多少件申请？", "{Y}年已收录的{G}各收到多少申请？"],
    "r_empty": ["{SC}的{G}一共收到多少件信息公开申请？", "{SC}的{G}平均每家收到多少件申请？"],
    "r_pop": [
        "{SC}的{G}，按常住人口算每万人提出多少件申请？",
        "{SC}的{G}里少数民族申请人占多大比例？",
    ],
}
TYPOS = [
    ("申请", "申情"),
    ("部门", "部们"),
    ("一共", "一工"),
    ("收录", "收绿"),
    ("几家", "几加"),
    ("排第几", "排弟几"),
    ("平均", "平军"),
    ("行政复议", "行政复以"),
    ("合计", "和计"),
    ("哪些", "那些"),
    ("哪家", "那家"),
    ("自然资源", "自然资原"),
    ("教育", "教玉"),
    ("街道", "街到"),
]

# measures: cells summed per body, user words
MEASURES = {
    "new": {
        "cells": ("t3.new.tot",),
        "MN": ["本年新收申请数", "信息公开申请数", "新收申请数"],
        "MQ": ["收到多少件信息公开申请", "新收了多少件申请"],
        "MMOST": ["收到的申请最多", "新收申请最多"],
        "MLEAST": ["收到的申请最少", "新收申请最少"],
        "MZ": ["一件申请都没收到", "没收到信息公开申请"],
        "MHAD": ["收到过申请"],
        "unit": "件",
    },
    "r1": {
        "cells": ("t3.r1.tot",),
        "MN": ["予以公开的件数", "全部公开的申请数"],
        "MQ": ["予以公开了多少件", "全部公开的有多少件"],
        "MMOST": ["予以公开的最多"],
        "MLEAST": ["予以公开的最少"],
        "MZ": ["一件予以公开的都没有"],
        "MHAD": ["有予以公开的答复"],
        "unit": "件",
    },
    "rv": {
        "cells": ("t4.rv.tot",),
        "MN": ["行政复议案件数", "被申请行政复议的件数"],
        "MQ": ["被申请了多少件行政复议", "有多少件行政复议"],
        "MMOST": ["行政复议最多", "被申请复议最多"],
        "MLEAST": ["行政复议最少"],
        "MZ": ["一件行政复议都没有", "没有行政复议"],
        "MHAD": ["被申请过行政复议", "有行政复议案件"],
        "unit": "件",
    },
    "lit": {
        "cells": ("t4.ld.tot", "t4.lr.tot"),
        "MN": ["行政诉讼案件数（直接起诉加复议后起诉）", "被起诉的行政诉讼件数（含复议后起诉）"],
        "MQ": ["被提起行政诉讼多少件（直接起诉加复议后起诉）", "有多少件行政诉讼（两类起诉合计）"],
        "MMOST": ["行政诉讼（直接起诉加复议后起诉）最多"],
        "MLEAST": ["行政诉讼（直接起诉加复议后起诉）最少"],
        "MZ": ["没有行政诉讼（直接起诉和复议后起诉都是零）"],
        "MHAD": ["被提起过行政诉讼（直接起诉或复议后起诉）"],
        "unit": "件",
    },
}
MEASURES["rvlit"] = {  # only asked as "which had 行政复议 or 行政诉讼"
    "cells": ("t4.rv.tot", "t4.ld.tot", "t4.lr.tot"),
    "MN": ["行政复议和行政诉讼案件数"],
    "MQ": ["有多少件行政复议和行政诉讼"],
    "MMOST": ["复议诉讼最多"],
    "MLEAST": ["复议诉讼最少"],
    "MZ": ["既没有行政复议也没有行政诉讼"],
    "MHAD": ["有过行政复议或者行政诉讼", "被申请过复议或被起诉过"],
    "unit": "件",
}
ASKED = ("new", "r1", "rv", "lit")
MEASURE_WEIGHTS = ["new"] * 6 + ["r1"] * 1 + ["rv"] * 2 + ["lit"] * 1

# ---------------------------------------------------------------- membership rules (see README)
DEPT = ("县级部门", "市级部门", "省级部门")
# sector: clean (member) pattern on the agency name, loose pattern (a department touching the sector), user words
SECTORS = {
    "edu": (
        r"(教育(和|与)?(体育)?|教体)(局|厅|委员会|委)$",
        r"教育|教体",
        ["教育部门", "搞教育的部门", "教育系统的局"],
        ("教育局", ["教育局", "各地的教育局"]),
    ),
    "police": (
        r"公安(局|厅)$|公安局.{1,10}分局$|公安分局$",
        r"公安",
        ["公安机关", "公安部门"],
        ("公安局", ["公安局", "各地的公安局"]),
    ),
    "natres": (
        r"(自然资源(和|与)?(规划)?|规划和自然资源|国土资源)(局|厅|委员会)$",
        r"自然资源|国土|规划",
        ["自然资源部门", "管土地的部门", "自然资源和规划部门"],
        ("自然资源局", ["自然资源局"]),
    ),
    "housing": (
        r"(住房(和)?城乡建设|住建)(局|厅|委员会|委)$",
        r"住房|住建|城乡建设",
        ["住建部门", "住房城乡建设部门", "管住房建设的部门"],
        ("住房和城乡建设局", ["住建局"]),
    ),
    "health": (
        r"(卫生健康|卫健|卫生和计划生育)(局|委员会|委)$",
        r"卫生|卫健",
        ["卫健部门", "卫生健康部门", "管卫生的部门"],
        ("卫生健康局", ["卫健局"]),
    ),
    "hrss": (
        r"(人力资源(和)?社会保障|人社)(局|厅)$",
        r"人力资源|人社|社会保障",
        ["人社部门", "人力资源社会保障部门"],
        ("人力资源和社会保障局", ["人社局"]),
    ),
    "market": (
        r"市场(监督管理|监管)局$",
        r"市场监",
        ["市场监管部门", "市场监督管理部门"],
        ("市场监督管理局", ["市场监管局"]),
    ),
    "eco": (
        r"(生态环境|环境保护)(局|厅)$",
        r"生态环境|环境保护|环保",
        ["生态环境部门", "环保部门"],
        ("生态环境局", ["生态环境局"]),
    ),
    "transport": (
        r"交通运输(局|厅|委员会)$|交通局$",
        r"交通",
        ["交通运输部门", "交通部门"],
        ("交通运输局", ["交通运输局"]),
    ),
    "tax": (r"税务局$", r"税务", ["税务部门", "税务机关"], ("税务局", ["税务局"])),
    "agri": (
        r"(农业农村|农业)(局|厅|委员会)$",
        r"农业|农村",
        ["农业农村部门", "管农业的部门"],
        ("农业农村局", ["农业农村局"]),
    ),
    "civil": (r"民政(局|厅)$", r"(?<!人)民政", ["民政部门"], ("民政局", ["民政局"])),
    "finance": (r"财政(局|厅)$", r"财政", ["财政部门"], ("财政局", ["财政局"])),
    "justice": (r"司法(局|厅)$", r"司法", ["司法行政部门"], ("司法局", ["司法局"])),
    "water": (r"水利(局|厅)$|水务局$", r"水利|水务", ["水利部门", "水利水务部门"], ("水利局", ["水利局"])),
    "emergency": (r"应急管理(局|厅)$", r"应急", ["应急管理部门"], ("应急管理局", ["应急管理局"])),
    "veterans": (
        r"退役军人事务(局|厅)$",
        r"退役军人",
        ["退役军人事务部门"],
        ("退役军人事务局", ["退役军人事务局"]),
    ),
    "ndrc": (
        r"发展(和|与)?改革(局|委员会|委)$",
        r"发展和改革|发展改革|发改",
        ["发改部门", "发展改革部门"],
        ("发展和改革局", ["发改局"]),
    ),
}
CAPITALS = (
    "石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 海口 成都 贵阳 昆明 拉萨 "
    "西安 兰州 西宁 银川 乌鲁木齐"
).split()
MUNI = ("北京市", "天津市", "上海市", "重庆市")
UNIT = re.compile(r".+?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟|县|区|旗)")  # (no bare 州: 贵州省, 苏州市)


def units(region: str) -> list[str]:
    return UNIT.findall(region)


def province(g: dict) -> str:
    u = units(g["region"])
    return u[0] if u else g["region"]  # 「全国」: a national body


def short_province(p: str) -> str:
    for suf in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"):
        if p.endswith(suf):
            return p[: -len(suf)]
    return p


def sector_of(g: dict) -> str | None:
    if g["level"] not in DEPT:
        return None
    # the sector word must follow the place name (「…区」「…县」「…省」): 「林业水利局」「大竹生态环境局」 are not clean
    hits = [k for k, (clean, _, _, _) in SECTORS.items() if re.search(rf"(?:^|[省市区县旗州盟])(?:{clean})", g["agency"])]
    return hits[0] if len(hits) == 1 else None


def touches(g: dict, key: str) -> bool:
    return g["level"] in DEPT and bool(re.search(SECTORS[key][1], g["agency"]))


def county_unit(g: dict) -> str:
    """A county-level government's own name (「荆州市沙市区人民政府」 → 「荆州市沙市区」): its kind is its last character."""
    return g["agency"].removesuffix("人民政府")


def county_gov(g: dict) -> bool:
    """A county-level people's government (not a 管委会 the gold files at that level)."""
    return g["level"] == "县级政府" and g["agency"].endswith("人民政府")


PLACES = {
    "ethnictwp": (
        lambda g: g["level"] == "乡镇" and bool(re.search(r"族乡(人民政府|政府)?$", g["agency"])),
        ["民族乡", "民族乡的乡政府"],
        None,
    ),
    # key: (predicate, loose words, (suffix all names must end with for the specific words, specific words))
    "street": (
        lambda g: g["level"] == "乡镇" and "街道" in g["agency"],
        ["街道办事处", "街道办", "街道"],
        None,
    ),
    "town": (
        lambda g: g["level"] == "乡镇" and "街道" not in g["agency"] and bool(re.search(r"镇(人民政府|政府)?$", g["agency"])),
        ["镇政府", "各个镇", "建制镇的镇政府"],
        None,
    ),
    "township": (
        lambda g: g["level"] == "乡镇" and "街道" not in g["agency"] and bool(re.search(r"乡(人民政府|政府)?$", g["agency"])),
        ["乡政府", "各个乡的乡政府"],
        None,
    ),
    "autocounty": (
        lambda g: county_gov(g) and "自治县" in g["agency"],
        ["自治县政府", "少数民族自治县的政府"],
        None,
    ),
    "ethniccounty": (
        lambda g: county_gov(g) and "自治" in g["region"] and county_unit(g).endswith(("县", "旗")),
        ["少数民族地区的县", "民族地区的县（旗）政府", "民族自治地方的县（旗）"],
        None,
    ),
    "countycity": (
        lambda g: county_gov(g) and county_unit(g).endswith("市"),
        ["县级市政府", "县级市"],
        None,
    ),
    "county": (
        lambda g: county_gov(g) and county_unit(g).endswith("县"),
        ["县政府（含自治县）", "各县的县政府", "县政府"],
        None,
    ),
    "district": (
        lambda g: county_gov(g) and county_unit(g).endswith("区"),
        ["市辖区的区政府", "区政府"],
        None,
    ),
    "capital": (
        lambda g: county_gov(g)
        and len(units(g["region"])) >= 2
        and any(units(g["region"])[1].startswith(c) for c in CAPITALS),
        ["省会城市的区县政府", "省会的区县"],
        None,
    ),
    "devzone": (
        lambda g: bool(re.search(r"(管理委员会|管委会)$", g["agency"])),
        ["开发区、新区管委会", "开发区和新区的管委会", "各类园区管委会"],
        None,
    ),
    "muni": (
        lambda g: county_gov(g) and province(g) in MUNI,
        ["直辖市的区县政府", "四个直辖市下面的区县"],
        None,
    ),
}
GROUPS = [*SECTORS, *PLACES]


def in_group(g: dict, key: str) -> bool:
    if key in SECTORS:
        return sector_of(g) == key
    return PLACES[key][0](g)


def poisoned(g: dict, key: str) -> bool:
    """A stored body that touches the group but is not a clean member (merged names): its scope is not asked."""
    return key in SECTORS and touches(g, key) and sector_of(g) != key


# ---------------------------------------------------------------- the store
def load_all() -> list[dict]:
    return [g for s in SETS for g in load_gold(EVAL / s)]


def set_name(g: dict) -> str:
    return Path(g["_path"]).parent.parent.name


class Store:
    def __init__(self) -> None:
        self.golds = load_all()
        self.by_id = {g["id"]: g for g in self.golds}
        self.pairs = Counter((g["agency"], g["year"]) for g in self.golds)

    def readable(self, g: dict) -> bool:
        return (
            g["template"] in ("GF2019", "GF2021")
            and bool(g.get("tables_recoverable"))
            and not g.get("findings")
            and not g.get("statements")
            and self.pairs[(g["agency"], g["year"])] == 1
        )

    def figure(self, g: dict, m: str) -> int | None:
        tot = 0
        for c in MEASURES[m]["cells"]:
            t, _, k = c.partition(".")
            v = (g.get(t) or {}).get(k)
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                return None
            tot += v
        return int(tot)

    def members(self, key: str, year: int, prov: str | None) -> list[dict] | None:
        """Every stored body of the group in the scope; None if any touching body is poisoned."""
        scope = [g for g in self.golds if g["year"] == year and (prov is None or province(g) == prov)]
        if any(poisoned(g, key) for g in scope):
            return None
        return sorted((g for g in scope if in_group(g, key)), key=lambda g: g["id"])

    def figures(self, mem: list[dict], m: str) -> dict[str, int] | None:
        """id → figure, only if every member is readable and numeric (else the set is never asked)."""
        out = {}
        for g in mem:
            v = self.figure(g, m) if self.readable(g) else None
            if v is None:
                return None
            out[g["id"]] = v
        return out


# ---------------------------------------------------------------- phrasing helpers
CN = "零一二三四五六七八九"


def spoken_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def scope_phrase(year: int, prov: str | None, rnd: random.Random, voice: bool) -> str:
    y = spoken_year(year) if voice else str(year)
    if prov is None:
        return rnd.choice([f"库里{y}年", f"{y}年库里"])
    p = rnd.choice([prov, short_province(prov)])
    return rnd.choice([f"库里{p}{y}年", f"{p}{y}年库里"])


def group_words(key: str, mem: list[dict], rnd: random.Random) -> str:
    if key in SECTORS:
        generic, (suffix, specific) = SECTORS[key][2], SECTORS[key][3]
        pool = list(generic)
        if mem and all(g["agency"].endswith(suffix) for g in mem):
            pool += specific
        return rnd.choice(pool)
    return rnd.choice(PLACES[key][1])


def devoice(text: str) -> str:
    return re.sub(r"[，。？！、；：（）()？]", "", text)


def typo(text: str, rnd: random.Random) -> str:
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text
    a, b = rnd.choice(cands)
    return text.replace(a, b, 1)


def fill(tpl: str, slots: dict) -> str:
    return tpl.format(**slots)


def style_of(phrasing: str) -> str:
    return "formal" if phrasing == "formal" else "colloquial"


PERSONAS = {
    "count": ["researcher", "journalist", "student"],
    "which": ["journalist", "researcher", "student"],
    "sum": ["journalist", "researcher", "deputy"],
    "mean": ["researcher", "journalist", "evaluator"],
    "max": ["journalist", "deputy", "researcher"],
    "min": ["journalist", "evaluator"],
    "nzero": ["researcher", "evaluator"],
    "whichnz": ["lawyer", "journalist", "researcher"],
    "rankof": ["journalist", "deputy", "evaluator"],
    "sharesec": ["researcher", "journalist"],
    "topsec": ["journalist", "researcher"],
    "topall": ["journalist", "researcher"],
    "compare": ["journalist", "deputy", "researcher"],
    **{k: ["journalist", "student", "deputy", "researcher"] for k in ("r_nosector", "r_budget", "r_national", "r_year", "r_empty", "r_pop")},
}

# ---------------------------------------------------------------- drawing
PHRASINGS = ["plain", "plain", "formal", "voice", "keyword", "typo"]

QUOTAS = {
    "count": 18,
    "which": 16,
    "sum": 26,
    "mean": 18,
    "max": 18,
    "min": 10,
    "nzero": 16,
    "whichnz": 16,
    "rankof": 14,
    "sharesec": 12,
    "topsec": 10,
    "topall": 6,
    "compare": 12,
    "fu_group": 16,
    "fu_year": 6,
    "s_rankof": 14,
    "s_share": 12,
    "s_count": 8,
    "s_mean": 8,
    "s_refuse": 8,
    "r_nosector": 10,
    "r_budget": 8,
    "r_national": 10,
    "r_year": 6,
    "r_empty": 6,
    "r_pop": 4,
}
INTENT = {
    "count": "value",
    "which": "which_reports",
    "sum": "sum",
    "mean": "ratio",
    "max": "rank",
    "min": "rank",
    "nzero": "value",
    "whichnz": "which_reports",
    "rankof": "rank",
    "sharesec": "share",
    "topsec": "rank",
    "topall": "rank",
    "compare": "compare",
    "s_rankof": "rank",
    "s_share": "share",
    "s_count": "value",
    "s_mean": "ratio",
}
ABSENT = {  # a sector with no stored body: (user words, keyword no stored agency may contain)
    "气象局": "气象",
    "地震局": "地震",
    "海关": "海关",
    "烟草专卖局": "烟草",
    "邮政管理局": "邮政",
    "粮食和物资储备局": "粮食",
    "医疗保障局": "医疗保障",
    "林业局": "林业",
    "人防办": "人防|人民防空",
    "档案局": "档案",
    "统计局": "统计",
    "信访局": "信访",
}
TEXT_SUFFIXES = (".html", ".htm", ".txt", ".md")
BUDGET_WORDS = re.compile(r"经费|预算|资金")


def report_text(g: dict) -> str | None:
    p = Path(g["_path"])
    if p.suffix.lower() not in TEXT_SUFFIXES:
        return None
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def cells_of(mem: list[dict], m: str) -> list[str]:
    return [f"{g['id']}:{c}" for g in mem for c in MEASURES[m]["cells"]]


def rank_of(vals: dict[str, int], rid: str) -> int:
    return 1 + sum(1 for v in vals.values() if v > vals[rid])


class Maker:
    def __init__(self) -> None:
        self.st = Store()
        self.rnd = random.Random(SEED)
        self.items: list[dict] = []
        self.seen: set[tuple] = set()
        years = sorted({g["year"] for g in self.st.golds})
        provs = sorted({province(g) for g in self.st.golds})
        self.scopes = [(y, None) for y in years] + [(y, p) for y in years for p in provs]

    # a candidate set: (group, year, prov, measure) → members and figures, or None
    def qual(self, key: str, year: int, prov: str | None, m: str, lo: int, hi: int) -> tuple[list, dict] | None:
        mem = self.st.members(key, year, prov)
        if mem is None or not (lo <= len(mem) <= hi):
            return None
        vals = self.st.figures(mem, m)
        if vals is None:
            return None
        if prov is None:  # a store-wide set must differ from every one-province set (else ask it by province)
            if len({province(g) for g in mem}) < 2:
                return None
        return mem, vals

    def measure(self) -> str:
        return self.rnd.choice(MEASURE_WEIGHTS)

    def phrase(self, kind: str, ph: str, slots: dict) -> str:
        tpl = self.rnd.choice(T[kind][ph])
        text = fill(tpl, slots)
        if ph == "voice":
            text = devoice(text)
        elif ph == "typo":
            text = typo(text, self.rnd)
        return text

    def slots(self, key: str, mem: list, year: int, prov: str | None, m: str, ph: str) -> dict:
        voice = ph == "voice"
        me = MEASURES[m]
        return {
            "SC": scope_phrase(year, prov, self.rnd, voice),
            "G": group_words(key, mem, self.rnd),
            "MN": self.rnd.choice(me["MN"]),
            "MQ": self.rnd.choice(me["MQ"]),
            "MMOST": self.rnd.choice(me["MMOST"]),
            "MLEAST": self.rnd.choice(me["MLEAST"]),
            "MZ": self.rnd.choice(me["MZ"]),
            "MHAD": self.rnd.choice(me["MHAD"]),
            "Y": spoken_year(year) if voice else str(year),
        }

    def add(self, item: dict) -> bool:
        sig = (item["q"], json.dumps(item.get("scope"), ensure_ascii=False), json.dumps(item.get("previous")))
        if sig in self.seen:
            return False
        self.seen.add(sig)
        self.items.append(item)
        return True

    def base(self, kind: str, ph: str, q: str, intent: str, expect: dict, cells: list[str], note: str, reads: list) -> dict:
        sets = sorted({set_name(self.st.by_id[r]) for r in reads}) or ["store"]
        return {
            "q": q,
            "scope": {},
            "intent": intent,
            "style": style_of(ph),
            "expect": expect,
            "cells": cells,
            "note": note,
            "persona": self.rnd.choice(PERSONAS.get(kind, ["researcher"])),
            "kind": kind,
            "phrasing": ph,
            "sets": sets,
        }

    # ------------------------------------------------------------ one statistic over one set
    def stat(self, kind: str, key: str, mem: list, vals: dict, m: str) -> tuple[dict, list[str], str] | None:
        """expect, cells, note for a statistic (None when the statistic is not asked of this set)."""
        unit = MEASURES[m]["unit"]
        ids = [g["id"] for g in mem]
        cells = cells_of(mem, m)
        n = len(ids)
        total = sum(vals.values())
        srt = sorted(vals.values(), reverse=True)
        if kind in ("count", "s_count"):
            return {"value": n, "unit": "家"}, [], f"count of stored {key} bodies in the scope: {n}"
        if kind == "which":
            if n > 8:
                return None
            return {"reports": ids}, [], f"every stored {key} body in the scope ({n})"
        if kind == "sum":
            return {"value": total, "unit": unit}, cells, f"sum of {m} over {n} bodies"
        if kind in ("mean", "s_mean"):
            return (
                {"value": round(total / n, 2), "unit": unit, "tol": 0.05},
                cells,
                f"mean of {m} over {n} bodies: {total}/{n}",
            )
        if kind == "max":
            if n < 2 or srt[0] == srt[1] or srt[0] == 0:
                return None
            top = max(vals, key=lambda k: vals[k])
            return {"values": {top: vals[top]}, "unit": unit, "order": [top]}, cells, f"largest {m} of {n} bodies"
        if kind == "min":
            if n < 3 or srt[-1] == srt[-2]:
                return None
            low = min(vals, key=lambda k: vals[k])
            return {"values": {low: vals[low]}, "unit": unit, "order": [low]}, cells, f"smallest {m} of {n} bodies"
        if kind == "nzero":
            z = sum(1 for v in vals.values() if v == 0)
            return {"value": z, "unit": "家"}, cells, f"bodies whose {m} is 0, of {n}"
        if kind == "whichnz":
            nz = sorted(k for k, v in vals.items() if v > 0)
            if not (1 <= len(nz) <= 6) or n < 2:
                return None
            return {"reports": nz}, cells, f"bodies whose {m} > 0, of {n}"
        return None

    def draw_candidates(self, kind: str, lo: int, hi: int, groups=GROUPS) -> list[tuple]:
        cands = []
        for key in groups:
            for year, prov in self.scopes:
                for m in ASKED:
                    cands.append((key, year, prov, m))
        self.rnd.shuffle(cands)
        return cands

    def pick_diverse(self, kind: str, quota: int, try_one) -> None:
        """Take candidates in shuffled order, preferring groups used least in this kind."""
        cands = self.draw_candidates(kind, 0, 0)
        used: Counter = Counter()
        got = 0
        rounds = 0
        while got < quota and rounds < 6:
            rounds += 1
            cap = rounds  # at most `rounds` items per group in this pass
            for cand in cands:
                if got >= quota:
                    break
                if used[cand[0]] >= cap:
                    continue
                if cand[3] != self.measure_for(cand):
                    continue
                if try_one(cand):
                    used[cand[0]] += 1
                    got += 1
        self.short[kind] = quota - got

    def measure_for(self, cand: tuple) -> str:
        """The measure a candidate is asked with: drawn by weight, deterministic per (group, year, province)."""
        r = random.Random(f"{SEED}|{cand[0]}|{cand[1]}|{cand[2]}")
        return r.choice(MEASURE_WEIGHTS)

    # ------------------------------------------------------------ kinds
    def simple(self, kind: str) -> None:
        lo, hi = {"count": (2, 40), "which": (2, 8), "nzero": (3, 40), "whichnz": (2, 40)}.get(kind, (2, 40))

        def try_one(c):
            key, year, prov, m = c
            if kind in ("count", "which"):
                m = "new"
            q = self.qual(key, year, prov, m, lo, hi)
            if not q:
                return False
            mem, vals = q
            if kind == "whichnz":
                if m == "new":
                    return False
                if m == "r1":  # had either 行政复议 or 行政诉讼
                    m = "rvlit"
                    q = self.qual(key, year, prov, m, lo, hi)
                    if not q:
                        return False
                    mem, vals = q
            st = self.stat(kind, key, mem, vals, m)
            if not st:
                return False
            expect, cells, note = st
            ph = PHRASINGS[len(self.items) % len(PHRASINGS)]
            s = self.slots(key, mem, year, prov, m, ph)
            qtext = self.phrase(kind, ph, s)
            item = self.base(kind, ph, qtext, INTENT[kind], expect, cells, note, [g["id"] for g in mem])
            item["group"] = key
            item["set"] = {"year": year, "province": prov}
            return self.add(item)

        self.pick_diverse(kind, QUOTAS[kind], try_one)

    def rankof(self) -> None:
        def try_one(c):
            key, year, prov, m = c
            q = self.qual(key, year, prov, m, 4, 40)
            if not q:
                return False
            mem, vals = q
            order = sorted(vals)
            self.rnd.shuffle(order)
            for rid in order:
                if sum(1 for v in vals.values() if v == vals[rid]) == 1:
                    break
            else:
                return False
            ph = PHRASINGS[len(self.items) % len(PHRASINGS)]
            s = self.slots(key, mem, year, prov, m, ph)
            s["B"] = self.st.by_id[rid]["agency"]
            qtext = self.phrase("rankof", ph, s)
            r = rank_of(vals, rid)
            item = self.base(
                "rankof",
                ph,
                qtext,
                "rank",
                {"value": r, "unit": "名"},
                cells_of(mem, m),
                f"rank of {rid} ({vals[rid]}) among {len(mem)} bodies, largest first",
                [g["id"] for g in mem],
            )
            item["group"] = key
            item["set"] = {"year": year, "province": prov}
            item["body"] = rid
            return self.add(item)

        self.pick_diverse("rankof", QUOTAS["rankof"], try_one)

    def sharesec(self) -> None:
        def try_one(c):
            key, year, prov, m = c
            if prov is None or key not in SECTORS:
                return False
            q = self.qual(key, year, prov, "new", 1, 40)
            if not q:
                return False
            mem, vals = q
            allp = sorted((g for g in self.st.golds if g["year"] == year and province(g) == prov), key=lambda g: g["id"])
            allv = self.st.figures(allp, "new")
            if allv is None or len(allp) <= len(mem):
                return False
            den = sum(allv.values())
            num = sum(vals.values())
            if den == 0:
                return False
            ph = PHRASINGS[len(self.items) % len(PHRASINGS)]
            s = self.slots(key, mem, year, prov, "new", ph)
            qtext = self.phrase("sharesec", ph, s)
            item = self.base(
                "sharesec",
                ph,
                qtext,
                "share",
                {"value": round(100 * num / den, 2), "unit": "%", "tol": 0.05},
                cells_of(allp, "new"),
                f"{key} new {num} / all {len(allp)} stored reports of the province-year {den}",
                [g["id"] for g in allp],
            )
            item["group"] = key
            item["set"] = {"year": year, "province": prov}
            return self.add(item)

        self.pick_diverse("sharesec", QUOTAS["sharesec"], try_one)

    def multi(self, kind: str) -> None:
        """topsec (three sectors) and compare (two sectors) in one scope."""
        k = 3 if kind == "topsec" else 2
        done = 0
        cands = [(y, p, m) for (y, p) in self.scopes for m in ASKED]
        self.rnd.shuffle(cands)
        for year, prov, m in cands:
            if done >= QUOTAS[kind]:
                break
            secs = list(SECTORS)
            self.rnd.shuffle(secs)
            chosen = []
            for key in secs:
                q = self.qual(key, year, prov, m, 1, 40)
                if q:
                    chosen.append((key, q))
                if len(chosen) == k:
                    break
            if len(chosen) < k:
                continue
            sums = {key: sum(q[1].values()) for key, q in chosen}
            srt = sorted(sums.values(), reverse=True)
            if srt[0] == srt[1] or srt[0] == 0:
                continue
            top = max(sums, key=lambda x: sums[x])
            ph = PHRASINGS[(len(self.items) + done) % len(PHRASINGS)]
            allmem = [g for _, q in chosen for g in q[0]]
            s = self.slots(chosen[0][0], chosen[0][1][0], year, prov, m, ph)
            s["G"] = group_words(chosen[0][0], chosen[0][1][0], self.rnd)
            s["G2"] = group_words(chosen[1][0], chosen[1][1][0], self.rnd)
            if k == 3:
                s["G3"] = group_words(chosen[2][0], chosen[2][1][0], self.rnd)
            qtext = self.phrase(kind, ph, s)
            expect = {"values": dict(sums), "unit": MEASURES[m]["unit"], "order": [top]}
            cells = cells_of(allmem, m)
            note = "; ".join(f"{key}: {len(q[0])} bodies, sum {sums[key]}" for key, q in chosen)
            item = self.base(kind, ph, qtext, INTENT[kind], expect, cells, note, [g["id"] for g in allmem])
            item["groups"] = [key for key, _ in chosen]
            item["set"] = {"year": year, "province": prov}
            if self.add(item):
                done += 1
        self.short[kind] = QUOTAS[kind] - done

    def topall(self) -> None:
        """Which sector received most, over every stored department of a province-year (all of them in a sector)."""
        done = 0
        cands = [(y, p, m) for (y, p) in self.scopes for m in ("new", "new", "rv")]
        self.rnd.shuffle(cands)
        for year, prov, m in cands:
            if done >= QUOTAS["topall"]:
                break
            deps = sorted(
                (g for g in self.st.golds if g["year"] == year and (prov is None or province(g) == prov) and g["level"] in DEPT),
                key=lambda g: g["id"],
            )
            if len(deps) < 3 or any(sector_of(g) is None for g in deps):
                continue
            if any(poisoned(g, k) for g in deps for k in SECTORS):
                continue
            vals = self.st.figures(deps, m)
            if vals is None:
                continue
            sums: dict[str, int] = {}
            for g in deps:
                sums[sector_of(g)] = sums.get(sector_of(g), 0) + vals[g["id"]]  # type: ignore[index]
            if len(sums) < 3:
                continue
            srt = sorted(sums.values(), reverse=True)
            if srt[0] == srt[1] or srt[0] == 0:
                continue
            top = max(sums, key=lambda k: sums[k])
            ph = PHRASINGS[(len(self.items) + done) % len(PHRASINGS)]
            sl = self.slots(top, deps, year, prov, m, ph)
            qtext = self.phrase("topall", ph, sl)
            note = "every stored department of the scope is in a sector; sums: " + ", ".join(
                f"{k} {v}" for k, v in sorted(sums.items())
            )
            item = self.base("topall", ph, qtext, "rank", {"values": {top: sums[top]}, "unit": MEASURES[m]["unit"], "order": [top]}, cells_of(deps, m), note, [g["id"] for g in deps])
            item["groups"] = sorted(sums)
            item["set"] = {"year": year, "province": prov}
            if self.add(item):
                done += 1
        self.short["topall"] = QUOTAS["topall"] - done

    def followups(self) -> None:
        stat_kinds = ["sum", "mean", "count"]
        done_g = done_y = 0
        cands = [(y, p, m) for (y, p) in self.scopes for m in ASKED]
        self.rnd.shuffle(cands)
        for year, prov, m in cands:
            if done_g >= QUOTAS["fu_group"]:
                break
            sk = stat_kinds[done_g % 3]
            mm = "new" if sk == "count" else m
            keys = list(GROUPS)
            self.rnd.shuffle(keys)
            pair = []
            for key in keys:
                q = self.qual(key, year, prov, mm, 2 if sk != "count" else 1, 40)
                if q and (not pair or (key in SECTORS) == (pair[0][0] in SECTORS)):
                    pair.append((key, q))
                if len(pair) == 2:
                    break
            if len(pair) < 2:
                continue
            (k1, q1), (k2, q2) = pair
            ph = "plain" if done_g % 3 else "voice"
            s = self.slots(k1, q1[0], year, prov, mm, ph)
            prev = self.phrase(sk, ph, s)
            g2 = group_words(k2, q2[0], self.rnd)
            qtext = self.rnd.choice(T["fu_group"]).format(G2=g2)
            if ph == "voice":
                qtext = devoice(qtext)
            st = self.stat(sk, k2, q2[0], q2[1], mm)
            if not st:
                continue
            expect, cells, note = st
            item = self.base(sk, "followup", qtext, INTENT[sk], expect, cells, f"follow-up, {note}", [g["id"] for g in q2[0]])
            item["kind"] = f"fu_group_{sk}"
            item["previous"] = prev
            item["group"] = k2
            item["set"] = {"year": year, "province": prov}
            if self.add(item):
                done_g += 1
        self.short["fu_group"] = QUOTAS["fu_group"] - done_g
        years = sorted({g["year"] for g in self.st.golds})
        cands2 = [(key, y, p, m) for key in GROUPS for (y, p) in self.scopes for m in ("new", "rv")]
        self.rnd.shuffle(cands2)
        for key, year, prov, m in cands2:
            if done_y >= QUOTAS["fu_year"]:
                break
            if year + 1 not in years:
                continue
            q1 = self.qual(key, year, prov, m, 2, 40)
            q2 = self.qual(key, year + 1, prov, m, 2, 40)
            if not (q1 and q2):
                continue
            sk = self.rnd.choice(["sum", "mean"])
            s = self.slots(key, q1[0], year, prov, m, "plain")
            if not all(g["agency"].endswith(SECTORS[key][3][0]) for g in q1[0] + q2[0]) if key in SECTORS else False:
                s["G"] = self.rnd.choice(SECTORS[key][2])
            prev = self.phrase(sk, "plain", s)
            qtext = self.rnd.choice(T["fu_year"]).format(Y2=year + 1)
            st = self.stat(sk, key, q2[0], q2[1], m)
            if not st:
                continue
            expect, cells, note = st
            item = self.base(sk, "followup", qtext, INTENT[sk], expect, cells, f"follow-up (year), {note}", [g["id"] for g in q2[0]])
            item["kind"] = f"fu_year_{sk}"
            item["previous"] = prev
            item["group"] = key
            item["set"] = {"year": year + 1, "province": prov}
            if self.add(item):
                done_y += 1
        self.short["fu_year"] = QUOTAS["fu_year"] - done_y

    def scoped(self) -> None:
        """The user reads one body's report: rank / share / count / mean over its group in the store or its province."""
        readable = sorted((g for g in self.st.golds if self.st.readable(g)), key=lambda g: g["id"])
        self.rnd.shuffle(readable)
        done = Counter()
        used: set[str] = set()
        for g in readable:
            keys = [k for k in GROUPS if in_group(g, k)]
            if not keys:
                continue
            key = self.rnd.choice(keys)
            kinds = [k for k in ("s_rankof", "s_share", "s_count", "s_mean", "s_refuse") if done[k] < QUOTAS[k]]
            if not kinds or g["id"] in used:
                continue
            kind = min(kinds, key=lambda k: (done[k] / QUOTAS[k], k))
            prov = self.rnd.choice([None, province(g)])
            m = "new" if kind in ("s_count", "s_share") else self.measure_for((key, g["year"], prov))
            lo = 4 if kind == "s_rankof" else 2
            q = self.qual(key, g["year"], prov, m, lo, 40)
            if not q:
                continue
            mem, vals = q
            ssc = self.rnd.choice(["库里同一年", "库里今年"] if prov is None else ["库里本省同一年", "本省今年库里"])
            s = self.slots(key, mem, g["year"], prov, m, "plain")
            s["SSC"] = ssc
            qtext = self.rnd.choice(T[kind]).format(**s)
            if kind == "s_rankof":
                if sum(1 for v in vals.values() if v == vals[g["id"]]) > 1:
                    continue
                expect = {"value": rank_of(vals, g["id"]), "unit": "名"}
                cells, note = cells_of(mem, m), f"rank of the scoped body ({vals[g['id']]}) among {len(mem)}"
                intent = "rank"
            elif kind == "s_share":
                tot = sum(vals.values())
                if tot == 0 or len(mem) < 2:
                    continue
                expect = {"value": round(100 * vals[g["id"]] / tot, 2), "unit": "%", "tol": 0.05}
                cells, note = cells_of(mem, m), f"scoped {vals[g['id']]} / group total {tot} over {len(mem)}"
                intent = "share"
            elif kind == "s_refuse":
                expect = {"refuse": True}
                cells, note, intent = [], "asked as budget/population statistic: the reports give neither", "unanswerable"
                if "经费" in qtext:
                    texts = [report_text(x) for x in mem]
                    if any(t is None or BUDGET_WORDS.search(t) for t in texts):
                        continue
            else:
                st = self.stat(kind, key, mem, vals, m)
                if not st:
                    continue
                expect, cells, note = st
                intent = INTENT[kind]
            ph = "plain" if done[kind] % 3 else ("voice" if kind != "s_refuse" else "plain")
            if ph == "voice":
                qtext = devoice(qtext)
            item = self.base(kind, ph, qtext, intent, expect, cells, note, [x["id"] for x in mem] or [g["id"]])
            item["scope"] = {"report": g["id"]}
            item["group"] = key
            item["set"] = {"year": g["year"], "province": prov}
            item["persona"] = "clerk"
            if self.add(item):
                done[kind] += 1
                used.add(g["id"])
        for k in ("s_rankof", "s_share", "s_count", "s_mean", "s_refuse"):
            self.short[k] = QUOTAS[k] - done[k]

    def refusals(self) -> None:
        golds = self.st.golds
        years = sorted({g["year"] for g in golds})
        provs = sorted({province(g) for g in golds})
        # sectors with no stored body
        absent = [w for w, kw in ABSENT.items() if not any(re.search(kw, g["agency"]) for g in golds)]
        self.rnd.shuffle(absent)
        n = 0
        for i in range(QUOTAS["r_nosector"]):
            if not absent:
                break
            w = absent[i % len(absent)]
            y = self.rnd.choice(years[-5:])
            tpl = T["r_nosector"][i % len(T["r_nosector"])]
            ph = ["plain", "formal", "voice"][i % 3]
            qtext = tpl.format(X=w, Y=spoken_year(y) if ph == "voice" else y)
            if ph == "voice":
                qtext = devoice(qtext)
            item = self.base(
                "r_nosector", ph, qtext, "unanswerable", {"refuse": True}, [],
                f"asked as a sum over a sector: no stored agency name contains 「{ABSENT[w]}」", [],
            )
            item["absent"] = ABSENT[w]
            n += self.add(item)
        self.short["r_nosector"] = QUOTAS["r_nosector"] - n

        def simple_refusal(kind: str, make) -> None:
            got = 0
            cands = [(key, y, p) for key in GROUPS for (y, p) in self.scopes]
            self.rnd.shuffle(cands)
            for key, y, p in cands:
                if got >= QUOTAS[kind]:
                    break
                r = make(key, y, p, got)
                if r and self.add(r):
                    got += 1
            self.short[kind] = QUOTAS[kind] - got

        def budget(key, y, p, i):
            mem = self.st.members(key, y, p)
            if not mem or len(mem) < 2 or len(mem) > 12:
                return None
            texts = [report_text(g) for g in mem]
            if any(t is None or BUDGET_WORDS.search(t) for t in texts):
                return None
            ph = ["plain", "formal", "voice", "keyword"][i % 4]
            s = self.slots(key, mem, y, p, "new", ph)
            qtext = self.rnd.choice(T["r_budget"]).format(**s)
            qtext = devoice(qtext) if ph == "voice" else qtext
            return self.base(
                "r_budget", ph, qtext, "unanswerable", {"refuse": True}, [],
                "asked as a budget sum/mean: no member's text mentions 经费/预算/资金", [g["id"] for g in mem],
            )

        def national(key, y, p, i):
            if p is not None or key not in SECTORS and key not in ("street", "town", "countycity"):
                return None
            mem = self.st.members(key, y, None)
            if not mem:
                return None
            ph = ["plain", "formal", "voice"][i % 3]
            s = self.slots(key, mem, y, None, "new", ph)
            qtext = T["r_national"][i % len(T["r_national"])].format(**s)
            qtext = devoice(qtext) if ph == "voice" else qtext
            return self.base(
                "r_national", ph, qtext, "unanswerable", {"refuse": True}, [],
                "asked as a national total/mean: the store is a sample, not every such body in China", [],
            )

        def notyear(key, y, p, i):
            if p is not None:
                return None
            yy = [2026, 2014, 2013][i % 3]
            if any(g["year"] == yy for g in golds):
                return None
            mem = self.st.members(key, y, None)
            if not mem:
                return None
            ph = ["plain", "voice"][i % 2]
            s = self.slots(key, mem, y, None, "new", ph)
            s["Y"] = spoken_year(yy) if ph == "voice" else str(yy)
            qtext = T["r_year"][i % 2].format(**s)
            qtext = devoice(qtext) if ph == "voice" else qtext
            item = self.base(
                "r_year", ph, qtext, "unanswerable", {"refuse": True}, [], f"no stored report of {yy}", [],
            )
            item["year_asked"] = yy
            return item

        def empty(key, y, p, i):
            if p is None or key not in SECTORS:
                return None
            if self.st.members(key, y, p) != []:
                return None
            if sum(1 for g in golds if g["year"] == y and province(g) == p) < 3:
                return None
            if not any(in_group(g, key) for g in golds if province(g) == p):
                pass
            ph = ["plain", "formal"][i % 2]
            s = self.slots(key, [], y, p, "new", ph)
            qtext = T["r_empty"][i % 2].format(**s)
            item = self.base(
                "r_empty", ph, qtext, "unanswerable", {"refuse": True}, [],
                f"asked as a sum/mean over an empty set: no stored {key} body in {p} {y} (the province-year has other reports)",
                [],
            )
            item["group"] = key
            item["set"] = {"year": y, "province": p}
            return item

        def pop(key, y, p, i):
            if key not in ("ethniccounty", "autocounty", "county", "countycity"):
                return None
            mem = self.st.members(key, y, p)
            if not mem or len(mem) < 2:
                return None
            s = self.slots(key, mem, y, p, "new", "plain")
            qtext = T["r_pop"][i % 2].format(**s)
            return self.base(
                "r_pop", "plain", qtext, "unanswerable", {"refuse": True}, [],
                "asked as per-capita / applicants' ethnicity: the reports give no population or ethnicity", [],
            )

        simple_refusal("r_budget", budget)
        simple_refusal("r_national", national)
        simple_refusal("r_year", notyear)
        simple_refusal("r_empty", empty)
        simple_refusal("r_pop", pop)
        _ = provs

    def run(self) -> list[dict]:
        self.short: dict[str, int] = {}
        for kind in ("count", "which", "sum", "mean", "max", "min", "nzero", "whichnz"):
            self.simple(kind)
        self.rankof()
        self.sharesec()
        self.multi("topsec")
        self.multi("compare")
        self.topall()
        self.followups()
        self.scoped()
        self.refusals()
        for i, it in enumerate(self.items, 1):
            it["id"] = f"zt{i:04d}"
        return [{"id": it.pop("id"), **it} for it in self.items]


# ---------------------------------------------------------------- check: re-derive every expectation from raw gold
def members_of(raw: dict[str, dict], it: dict) -> list[str]:
    """The item's set from the raw gold names: every report of its group(s) in its year (and province)."""
    y, p = it["set"]["year"], it["set"]["province"]
    groups = it.get("groups") or [it["group"]]
    scope = [g for g in raw.values() if g["year"] == y and (p is None or province(g) == p)]
    assert not any(poisoned(g, k) for g in scope for k in groups), it["id"]
    return sorted(g["id"] for g in scope if any(in_group(g, k) for k in groups))


def check(items: list[dict]) -> None:
    raw = {}
    for s in SETS:
        for p in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(p.read_text(encoding="utf-8"))
            raw[g["id"]] = g
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    sigs = [(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items]
    assert len(sigs) == len(set(sigs)), "duplicate questions"
    st = Store()

    def cell(ref: str) -> int:
        rid, _, key = ref.rpartition(":")
        t, _, k = key.partition(".")
        v = raw[rid][t][k]
        assert isinstance(v, int) and not isinstance(v, bool), ref
        return v

    for it in items:
        scope = it["scope"].get("report")
        assert scope is None or scope in raw, scope
        for c in it["cells"]:
            cell(c)
        exp = it["expect"]
        for r in exp.get("reports", []) + [k for k in exp.get("values", {}) if ":" not in k and k in raw]:
            assert r in raw, r
        kind = it["kind"].replace("fu_group_", "").replace("fu_year_", "")
        if exp.get("refuse"):
            assert it["note"]
            if "absent" in it:
                assert not any(re.search(it["absent"], g["agency"]) for g in raw.values()), it["id"]
            if "year_asked" in it:
                assert not any(g["year"] == it["year_asked"] for g in raw.values()), it["id"]
            if it["kind"] == "r_empty":
                assert members_of(raw, it) == [], it["id"]
            continue
        per = {}
        for c in it["cells"]:
            rid = c.rpartition(":")[0]
            per[rid] = per.get(rid, 0) + cell(c)
        if kind == "sum":
            assert exp["value"] == sum(per.values()), it["id"]
        elif kind in ("mean", "s_mean"):
            assert abs(exp["value"] - sum(per.values()) / len(per)) < 0.006, it["id"]
        elif kind == "max":
            (top,) = exp["order"]
            assert per[top] == exp["values"][top] == max(per.values())
            assert sorted(per.values())[-2] < per[top]
        elif kind == "min":
            (low,) = exp["order"]
            assert per[low] == exp["values"][low] == min(per.values())
            assert sorted(per.values())[1] > per[low]
        elif kind == "nzero":
            assert exp["value"] == sum(1 for v in per.values() if v == 0), it["id"]
        elif kind == "whichnz":
            assert sorted(exp["reports"]) == sorted(k for k, v in per.items() if v > 0), it["id"]
        elif kind in ("rankof", "s_rankof"):
            body = scope or it["body"]
            assert raw[body]["agency"] in it["q"] or scope
            assert exp["value"] == 1 + sum(1 for v in per.values() if v > per[body]), it["id"]
        elif kind == "s_share":
            assert abs(exp["value"] - 100 * per[scope] / sum(per.values())) < 0.006, it["id"]
        elif kind == "sharesec":
            key = it["group"]
            num = sum(v for r, v in per.items() if sector_of(raw[r]) == key)
            assert abs(exp["value"] - 100 * num / sum(per.values())) < 0.006, it["id"]
        elif kind in ("topsec", "compare"):
            for key, want in exp["values"].items():
                got = sum(v for r, v in per.items() if sector_of(raw[r]) == key)
                assert got == want, it["id"]
            assert max(exp["values"].values()) == exp["values"][exp["order"][0]]
        elif kind == "topall":
            y, p = it["set"]["year"], it["set"]["province"]
            deps = [g for g in raw.values() if g["year"] == y and (p is None or province(g) == p) and g["level"] in DEPT]
            assert all(sector_of(g) for g in deps), it["id"]
            sums: dict = {}
            for g in deps:
                sums[sector_of(g)] = sums.get(sector_of(g), 0) + per[g["id"]]
            (top,) = exp["order"]
            assert sums[top] == exp["values"][top] and sorted(sums.values())[-2] < sums[top], it["id"]
        elif kind in ("count", "s_count"):
            assert exp["value"] == len(members_of(raw, it)), it["id"]
        elif kind == "which":
            assert sorted(exp["reports"]) == members_of(raw, it), it["id"]
        else:
            raise AssertionError(f"unchecked kind {kind}")
    # every set: re-derived from the raw names; all members readable with numbers in the measured cells
    for it in items:
        if "set" in it:
            mem = members_of(raw, it)
            assert all(st.readable(raw[r]) for r in mem), it["id"]
            read = sorted({c.rpartition(":")[0] for c in it["cells"]})
            if it["kind"] == "sharesec":
                y, p = it["set"]["year"], it["set"]["province"]
                assert read == sorted(r for r, g in raw.items() if g["year"] == y and province(g) == p), it["id"]
                assert set(mem) < set(read), it["id"]
            elif it["cells"]:
                assert read == mem, it["id"]
        for c in it["cells"]:
            rid = c.rpartition(":")[0]
            g = raw[rid]
            assert g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and not g["findings"], rid
            assert not g.get("statements") and st.pairs[(g["agency"], g["year"])] == 1, rid


def main() -> None:
    mk = Maker()
    items = mk.run()
    check(items)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    print(len(items), "items;", "short:", {k: v for k, v in mk.short.items() if v})


if __name__ == "__main__":
    main()
