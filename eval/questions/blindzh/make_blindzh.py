"""Blind bank blindzh: asking for a body by the names people really use for it (issue 13's agency resolution).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzh/make_blindzh.py   # rewrites blindzh.jsonl (same bytes every run)

Every expected value is read from the wild sets' gold JSON (eval/wild, eval/wild2 … eval/wild31); the names users type
are written by hand for Gansu (eval/wild31 and the other Gansu reports of the store) and derived by rules for the rest
of the store, each alias checked here to resolve to exactly one stored body (or, for the ambiguity items, to several).
Held out: whoever works on the router reads neither this file nor blindzh.jsonl."""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "blindzh.jsonl"
SETS = ("wild", *(f"wild{i}" for i in range(2, 32)))

G: dict[str, dict] = {}
for s in SETS:
    for p in sorted((ROOT / s / "gold").glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        g["_set"] = s
        G[g["id"]] = g
PAIRS = Counter((g["agency"], g["year"]) for g in G.values())
AGENCIES = sorted({g["agency"] for g in G.values()})
AG = {g["agency"]: g for g in G.values()}
BY_AGENCY: dict[str, dict[int, str]] = defaultdict(dict)
for g in G.values():
    BY_AGENCY[g["agency"]][int(g["year"])] = g["id"]

# ---------------------------------------------------------------- measures, in users' words
MEASURES = [
    ("t3.new.tot", ["收到了多少件信息公开申请", "新收了几件依申请公开", "本年新收的政府信息公开申请是多少件"]),
    ("t3.r1.tot", ["予以公开的申请有多少件", "同意公开的有几件"]),
    ("t3.r2.tot", ["部分公开的有几件", "只公开了一部分的申请多少件"]),
    ("t3.carry_out.tot", ["结转到下一年继续办的有几件", "没办完转到下年度的申请多少件"]),
    ("t3.r7.tot", ["办理结果总计是多少件", "一共答复办结了多少件申请"]),
    ("t4.rv.tot", ["因为信息公开被申请行政复议的有多少件", "被复议了几次"]),
    ("t4.ld.tot", ["未经复议直接被起诉的行政诉讼有几件", "直接打官司（没先复议）的有几件"]),
    ("t3.new.np", ["个人（自然人）提出的申请有多少件", "老百姓个人申请了多少件"]),
    ("t3.carry_in.tot", ["上年结转过来的申请有几件"]),
    ("t2.penalty.decisions", ["行政处罚决定有多少件"]),
    ("t2.license.decisions", ["行政许可处理决定多少件"]),
]
MEASURE_WORDS = dict(MEASURES)


def readable(g: dict) -> bool:
    return bool(g.get("tables_recoverable")) and g.get("template") in ("GF2021", "GF2019") and PAIRS[(g["agency"], g["year"])] == 1


def bad_key(g: dict, key: str) -> bool:
    """A cell a gold finding touches (a planted defect) is not asked as a plain figure."""
    table, _, rest = key.partition(".")
    row, _, col = rest.partition(".")
    for f in g.get("findings") or []:
        w = f.get("where", "")
        if f"{table}.{row}" in w or (f"{table} column {col}" in w):
            return True
    return False


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    v = (g.get(table) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def ok_keys(g: dict) -> list[str]:
    return [k for k, _ in MEASURES if cell(g, k) is not None and not bad_key(g, k)]


def unit_of(key: str) -> str:
    return "件"


YEARS_CN = dict(zip("0123456789", "〇一二三四五六七八九"))


def year_word(y: int, i: int) -> str:
    form = i % 5
    if form == 0:
        return f"{y}年"
    if form == 1:
        return f"{str(y)[2:]}年"
    if form == 2:
        return "二〇" + "".join(YEARS_CN[c] for c in str(y)[2:]) + "年"
    if form == 3:
        return f"{y}年度"
    return f"{y}年"


PHRASINGS = ["plain", "plain", "voice", "formal", "filler", "plain", "typo"]
TYPOS = [("申请", "申清"), ("复议", "复义"), ("多少", "多小"), ("公开", "公凯"), ("诉讼", "诉松")]


def word(name: str, yw: str, m: str, phrasing: str, i: int) -> str:
    if phrasing == "plain":
        return [f"{name}{yw}{m}？", f"{yw}{name}{m}", f"想知道{name}{yw}{m}"][i % 3]
    if phrasing == "voice":
        return f"嗯那个{name}{yw}那个{m}"
    if phrasing == "formal":
        m2 = re.sub(r"的?有(?:多少|几)件$", "的件数为多少", m).replace("多少件", "多少")
        return f"请问，依据{name}{yw}政府信息公开工作年度报告，{m2}？"
    if phrasing == "filler":
        return ["麻烦问一下，", "急！", "您好，打扰下，"][i % 3] + f"{name}{yw}{m}"
    if phrasing == "typo":
        a, b = TYPOS[i % len(TYPOS)]
        q = f"{name}{yw}{m}"
        return q.replace(a, b, 1) if a in q else q.replace("多少", "多小", 1)
    raise ValueError(phrasing)


PERSONAS = {
    "t3.new.tot": ["reporter", "citizen", "researcher"],
    "t3.r1.tot": ["citizen", "reporter"],
    "t3.r2.tot": ["reporter", "evaluator"],
    "t3.carry_out.tot": ["officer", "evaluator"],
    "t3.r7.tot": ["officer", "researcher"],
    "t4.rv.tot": ["lawyer", "deputy"],
    "t4.ld.tot": ["lawyer"],
    "t3.new.np": ["citizen", "student"],
    "t3.carry_in.tot": ["clerk", "officer"],
    "t2.penalty.decisions": ["company", "lawyer"],
    "t2.license.decisions": ["company"],
}

ITEMS: list[dict] = []


def PHR_OF(q: str) -> str:
    return "formal" if q.startswith("请") else "voice" if q.startswith("嗯") else "filler" if q.startswith(("麻烦", "急", "您好")) else "plain"


def add(**kw) -> dict:
    kw.setdefault("scope", {})
    ITEMS.append(kw)
    return kw


def sets_of(ids) -> list[str]:
    return sorted({G[i]["_set"] for i in ids}) or ["store"]


def value_item(gid: str, name: str, kind: str, i: int, *, key: str | None = None, year_i: int | None = None,
               abbreviated: bool = True, note: str = "", phrasing: str | None = None) -> dict:
    g = G[gid]
    assert readable(g), gid
    keys = ok_keys(g)
    key = key or keys[i % len(keys)]
    assert key in keys, (gid, key)
    ws = MEASURE_WORDS[key]
    m = ws[i % len(ws)]
    phr = phrasing or PHRASINGS[i % len(PHRASINGS)]
    yw = year_word(int(g["year"]), i if year_i is None else year_i)
    q = word(name, yw, m, phr, i)
    per = PERSONAS[key]
    return add(q=q, intent="value", style="abbreviated" if abbreviated else ("formal" if phr == "formal" else "colloquial"),
               expect={"value": cell(g, key), "unit": unit_of(key)}, cells=[f"{gid}:{key}"],
               persona=per[i % len(per)], kind=kind, phrasing=phr, sets=sets_of([gid]),
               note=(note or f"「{name}」 = {g['agency']} ({g['year']})"))


def refuse_item(name: str, year: int, kind: str, i: int, note: str, *, key: str | None = None, phrasing: str | None = None,
                q: str | None = None) -> dict:
    key = key or MEASURES[i % 8][0]
    ws = MEASURE_WORDS[key]
    phr = phrasing or PHRASINGS[i % len(PHRASINGS)]
    if q is None:
        q = word(name, year_word(year, i) if year else "", ws[i % len(ws)], phr, i)
    return add(q=q, intent="unanswerable", style="abbreviated", expect={"refuse": True}, cells=[],
               persona=["reporter", "citizen", "researcher", "officer", "student", "deputy"][i % 6], kind=kind,
               phrasing=phr, sets=["store"], note=note)


# ================================================================ part 1: Gansu (eval/wild31 and the store's other Gansu bodies)
W31 = {
    "h23-chengguan-gov-trs-city-in-sign-2023": ["城关区政府", "兰州城关区", "兰州市城关区政府", "城关区人民政府", "兰州城关区的区政府"],
    "d22-anning-jyj-word-kunming-twin-2022": ["安宁区教育局", "兰州安宁区教育局", "兰州市安宁区的教育局", "安宁区教育部门"],
    "d22-qilihe-tax-vertical-2022": ["七里河税务", "七里河区的税务局", "七里河区税务局", "兰州七里河税务局", "七里河区国税局"],
    "d23-hanwang-zhen-word-2023": ["汉王镇", "武都区汉王镇", "汉王镇政府", "陇南武都汉王镇"],
    "d23-kongtong-rsj-short-form-2023": ["崆峒区人社局", "平凉崆峒区人社局", "崆峒人社局", "崆峒区人力社保局"],
    "h20-ganzhou-nyj-gf2019-renamed-2020": ["甘州区农业农村局", "甘州区农牧局", "张掖甘州区农业局", "甘州农业农村局"],
    "h22-sanhe-zhen-bosi-slash-2022": ["三合镇", "和政县三合镇", "和政三合镇政府", "三合镇人民政府"],
    "h23-xifeng-scjg-trs-ld-total-defect-2023": ["西峰区市场监管局", "庆阳西峰区市场监管局", "西峰区市监局", "西峰市场监管局"],
    "h24-pingliang-jyj-platform-hdr2-heji-2024": ["平凉教育局", "平凉市教育局", "平凉市的教育局"],
    "h24-yuzhong-yjj-bosi-county-site-pub2025-2024": ["榆中应急局", "榆中县应急局", "榆中县地震局", "兰州榆中县应急管理局", "榆中县应急管理局（地震局）"],
    "m23-lzjk-gwh-md-short-jingkaiqu-2023": ["兰州经开区", "兰州经济技术开发区", "兰州经开区管委会", "兰州经济开发区"],
    "p20-liangzhou-gov-gf2019-xubiao-2020": ["凉州区政府", "武威凉州区", "凉州区人民政府", "武威市凉州区政府"],
    "p21-daobei-jd-scan-seal-2021": ["道北街道", "麦积区道北街道办", "天水道北街道", "道北街道办事处"],
    "p22-suzhou-rsj-scan-seal-2022": ["肃州区人社局", "酒泉肃州区人社局", "肃州人社局", "肃州区人力资源社会保障局"],
    "p23-chengguanzhen-chengxian-wps-2023": ["成县城关镇", "成县的城关镇", "陇南成县城关镇政府", "成县城关镇人民政府"],
    "p23-longxi-gzb-hesu-two-offices-2023": ["陇西县政府办", "陇西县委办公室", "陇西县委办、县政府办", "陇西政府办公室", "中共陇西县委办公室"],
    "p23-xigu-gov-word-units-new-np-defect-2023": ["西固区政府", "兰州西固区", "西固区人民政府", "兰州市西固区政府"],
    "p24-gs-sthjt-wps-hdr2-heji-2024": ["甘肃生态环境厅", "甘肃省环保厅", "甘肃省生态环境厅", "甘肃环境厅"],
    "p24-tianshui-wjw-tcm-second-name-2024": ["天水卫健委", "天水市卫健委", "天水市中医药管理局", "天水中医药局", "天水市卫生健康委"],
    # the store's other Gansu bodies
    "o21-chengguan-wjw-odt-2024": ["城关区卫健局", "兰州城关区卫健局"],
    "p21-chengguan-gov-ocr-2022": ["兰州城关区政府", "城关区政府"],
    "d22-qingyang-mzj-repsect-2022": ["庆阳民政局", "庆阳市民政局"],
    "p22-xiahe-xian-a5-2022": ["夏河县政府", "夏河县"],
    "p25-tianshui-gov-long-2025": ["天水市政府", "天水市人民政府"],
    "h23-jishishan-gov-hyphens-2023": ["积石山县政府", "积石山县"],
    "j23-linxia-zhou-blocks-2023": ["临夏州民委", "临夏州民族事务委员会"],
    "d24-jiayuguanlu-jd-blank-slash-2024": ["嘉峪关路街道", "城关区嘉峪关路街道办"],
    "p24-gansu-jyt-hdr2-note-2024": ["甘肃教育厅", "甘肃省教育厅"],
    "x21-lanzhou-xq-hiddenprev-2022": ["兰州新区管委会", "兰州新区"],
    "p25-lanzhou-xinqu-noparent-2025": ["兰州新区", "兰州新区管委会"],
}
FULL = {g["agency"] for g in G.values()}
i = 0
for gid, names in W31.items():
    if not readable(G[gid]):
        continue
    for name in names:
        abbreviated = name not in FULL
        value_item(gid, name, "gansu_alias", i, abbreviated=abbreviated,
                   note=f"「{name}」 = {G[gid]['agency']} ({G[gid]['year']}; {G[gid]['_set']})")
        i += 1

# Gansu names that must not match a stored body, or match several (找到多个机关 counts as a refusal)
GANSU_REFUSE = [
    ("兰州市财政局", 2023, "body_not_stored", "no 兰州市财政局 is stored (财政局 of other provinces only)"),
    ("兰州市政府", 2023, "place_not_body", "兰州市人民政府 is not stored; 兰州市 ≠ 兰州市城关区/西固区 (their governments are)"),
    ("兰州市人民政府", 2022, "place_not_body", "兰州市人民政府 not stored; 城关区 2022 is a district, not the city"),
    ("七里河区政府", 2022, "body_not_stored", "only 七里河区's tax bureau (vertical) is stored, not its government"),
    ("甘肃省税务局", 2022, "body_not_stored", "named in the 七里河 tax report as a superior; not stored"),
    ("兰州市税务局", 2022, "body_not_stored", "named in the 七里河 tax report as a superior; not stored"),
    ("安宁市教育局", 2022, "twin_not_stored", "安宁市 (昆明) ≠ 兰州市安宁区; no 安宁市 body is stored"),
    ("酒泉市人社局", 2022, "city_vs_district", "only 酒泉市肃州区人社局 is stored, not the city's"),
    ("平凉市人社局", 2023, "city_vs_district", "only 平凉市崆峒区人社局 is stored"),
    ("崆峒区教育局", 2024, "district_vs_city", "only 平凉市教育局 (city) is stored"),
    ("庆阳市市场监管局", 2023, "city_vs_district", "only 庆阳市西峰区市场监督管理局 is stored"),
    ("天水市政府", 2024, "year_not_stored", "天水市人民政府 is stored for 2025 only"),
    ("甘肃省生态环境厅", 2023, "year_not_stored", "stored for 2024 only"),
    ("武威市政府", 2020, "city_vs_district", "only 武威市凉州区人民政府 is stored"),
    ("武都区政府", 2023, "district_vs_town", "only 汉王镇 (a 镇 of 武都区) is stored"),
    ("甘州区农业农村局", 2021, "year_not_stored", "stored for 2020 only"),
    ("榆中县政府", 2024, "county_vs_bureau", "only 榆中县应急管理局 is stored"),
    ("和政县政府", 2022, "county_vs_town", "only 和政县三合镇 is stored"),
    ("麦积区政府", 2021, "district_vs_street", "only 麦积区道北街道 is stored"),
    ("兰州经开区", 2022, "year_not_stored", "兰州经济技术开发区管理委员会 stored for 2023 only (兰州新区 2022 is another body)"),
    ("天水市卫健委", 2023, "year_not_stored", "stored for 2024 only"),
    ("嘉峪关市政府", 2024, "name_inside_name", "嘉峪关路街道 (兰州城关区) ≠ 嘉峪关市; no 嘉峪关市 body stored"),
    ("甘肃省卫健委", 2024, "body_not_stored", "天水市卫健委 is a city body; the province's is not stored"),
    ("成县政府", 2023, "county_vs_town", "only 成县城关镇 is stored"),
    ("陇西县教育局", 2023, "body_not_stored", "only 陇西县人民政府办公室 is stored in 陇西县"),
    ("西固区人社局", 2023, "body_not_stored", "only 西固区人民政府 is stored in 西固区"),
    ("安宁区教育局", 2023, "year_not_stored", "兰州市安宁区教育局 stored for 2022 only"),
    ("七里河税务局", 2023, "year_not_stored", "国家税务总局兰州市七里河区税务局 stored for 2022 only"),
]
for j, (name, year, kind, note) in enumerate(GANSU_REFUSE):
    refuse_item(name, year, "gansu_" + kind, i + j, note)
i += len(GANSU_REFUSE)
# ambiguity: a name two stored bodies carry
assert {a for a in AGENCIES if a.endswith("城关镇人民政府")} >= {"成县城关镇人民政府", "隆德县城关镇人民政府"}
jk = sorted(a for a in AGENCIES if "经济技术开发区管理委员会" in a)
assert len(jk) >= 3, jk
AMBIG = [
    ("城关镇政府年报里收到多少件申请", "城关镇 alone: 成县城关镇 (甘肃, 2023) and 隆德县城关镇 (宁夏, 2021) are stored → 找到多个机关 / clarification"),
    ("城关镇人民政府被复议了几次", "城关镇 alone: 成县 and 隆德县 both stored → clarification"),
    ("嗯那个城关镇予以公开的有多少件", "城关镇 alone: two counties' 城关镇 stored → clarification"),
    ("经开区管委会2023年新收了几件申请？", "经开区 without a city: 兰州 and 合肥 经开区 both have 2023 reports → clarification"),
    ("请问经济技术开发区管委会的年报里，部分公开的件数为多少？", f"several stored 经开区: {'、'.join(jk)} → clarification"),
]
for j, (q, note) in enumerate(AMBIG):
    add(q=q, intent="unanswerable", style="abbreviated", expect={"refuse": True}, cells=[], persona="citizen",
        kind="gansu_ambiguous", phrasing="voice" if q.startswith("嗯") else ("formal" if q.startswith("请问") else "plain"),
        sets=["store"], note="asked as value; " + note)
# the same district name in another province: 城关区司法局 is 拉萨's, 城关区卫健局 兰州's
lasa = "d25-chengguan-sfj-tibetan-units-2025"
value_item(lasa, "城关区司法局", "twin_district", 3, note="城关区司法局 = 拉萨市城关区司法局 (not 兰州; no 兰州城关区司法局 stored)")
value_item(lasa, "拉萨城关区司法局", "twin_district", 4, note="拉萨市城关区司法局")
refuse_item("兰州城关区司法局", 2025, "twin_district", 5, "兰州市城关区司法局 not stored; 拉萨's 城关区司法局 is another body")

# ---------------------------------------------------------------- across reports, by place
GS = sorted(gid for gid, g in G.items() if (g.get("region") or "").startswith("甘肃省"))


def place_ids(prefix: str) -> list[str]:
    return sorted(gid for gid, g in G.items() if (g.get("region") or "").startswith(prefix))


for j, q in enumerate(["甘肃省的报告有几份", "库里甘肃的年报一共收了多少份？", "请问本库收录的甘肃省各级行政机关政府信息公开年度报告共有多少份？"]):
    add(q=q, intent="value", style="colloquial" if j < 2 else "formal", expect={"value": len(GS), "unit": "份"}, cells=[],
        persona=["student", "researcher", "officer"][j], kind="place_count", phrasing=["plain", "plain", "formal"][j],
        sets=sets_of(GS), note="every stored report whose gold region is in 甘肃省 (any year, readable or not)")
PLACE_WHICH = [
    ("甘肃省兰州市", ["兰州的单位都有哪些年报？", "库里有哪些兰州市的机关的报告", "请列出本库中兰州市（含所属区县、新区、开发区）机关的年度报告。"]),
    ("甘肃省天水市", ["天水的单位有哪些", "天水市这边收了哪些单位的年报？", "麻烦列一下天水的所有年报"]),
    ("甘肃省平凉市", ["平凉的单位的年报有哪些？", "库里平凉市的报告都有谁"]),
    ("甘肃省庆阳市", ["庆阳的单位都有哪些报告", "庆阳市有哪些单位的年报"]),
    ("甘肃省陇南市", ["陇南的单位有哪些年报？"]),
    ("甘肃省临夏回族自治州", ["临夏州的年报有哪些", "临夏那边收了哪些单位的报告？"]),
    ("甘肃省兰州市城关区", ["兰州城关区的单位都有哪些报告？"]),
]
for prefix, qs in PLACE_WHICH:
    ids = place_ids(prefix)
    assert len(ids) >= 2, prefix
    for j, q in enumerate(qs):
        add(q=q, intent="which_reports", style="formal" if q.startswith("请") else "colloquial", expect={"reports": ids}, cells=[],
            persona=["researcher", "reporter", "officer"][j % 3], kind="place_which",
            phrasing="formal" if q.startswith("请") else ("filler" if q.startswith("麻烦") else "plain"),
            sets=sets_of(ids), note=f"every stored report whose gold region starts with {prefix} (readable or not)")


def values_item(q, ids, key, kind, persona, phrasing, note, order=False, style="colloquial", printed_defect=False):
    vals = {gid: cell(G[gid], key) for gid in ids}
    assert all(v is not None for v in vals.values()) and all(readable(G[x]) and (printed_defect or not bad_key(G[x], key)) for x in ids), (q, vals)
    exp = {"values": vals, "unit": "件"}
    if order:
        o = sorted(ids, key=lambda x: -vals[x])
        exp["order"] = o[:1] if order == 1 else o
        if order == 1:
            assert vals[o[0]] != vals[o[1]]
    add(q=q, intent="rank" if order else "list", style=style, expect=exp, cells=[f"{x}:{key}" for x in ids],
        persona=persona, kind=kind, phrasing=phrasing, sets=sets_of(ids), note=note)


lz_gov = sorted(gid for gid in place_ids("甘肃省兰州市") if G[gid]["agency"].endswith("区人民政府") and readable(G[gid]))
values_item("兰州市各区政府的新收分别是多少？", lz_gov, "t3.new.tot", "place_list", "reporter", "plain",
            "兰州市's district governments (城关区 2022, 2023; 西固区 2023) — not 兰州新区 / 经开区 管委会, not 兰州市 itself; 西固区's 新收 总计 as printed (31; its columns add to 32, a planted H2 defect)", printed_defect=True)
values_item("兰州几个区政府的年报里，予以公开各是多少件", lz_gov, "t3.r1.tot", "place_list", "officer", "plain",
            "兰州市's district governments' reports")
values_item("请分别列出兰州市各区人民政府年度报告中的办理结果总计。", lz_gov, "t3.r7.tot", "place_list", "researcher", "formal",
            "兰州市's district governments", style="formal")
lz24 = sorted(gid for gid in place_ids("甘肃省兰州市") if G[gid]["year"] == 2024 and readable(G[gid]))
values_item("兰州的单位2024年各收到多少件申请？", lz24, "t3.new.tot", "place_list", "reporter", "plain", "兰州's bodies with a 2024 report")
ts = sorted(gid for gid in place_ids("甘肃省天水市") if readable(G[gid]))
values_item("天水的单位里谁新收的申请最多？", ts, "t3.new.tot", "place_rank", "reporter", "plain", "天水's stored bodies, any year", order=1)
values_item("天水各单位新收申请从多到少排一下", ts, "t3.new.tot", "place_rank", "researcher", "plain", "天水's stored bodies", order=True)
gs23 = sorted(gid for gid in GS if G[gid]["year"] == 2023 and readable(G[gid]) and not bad_key(G[gid], "t3.new.tot"))
gs23_all = sorted(gid for gid in GS if G[gid]["year"] == 2023)
values_item("甘肃2023年的单位里哪家新收申请最多？", gs23, "t3.new.tot", "place_rank", "reporter", "plain",
            f"Gansu 2023 reports readable for 新收 (西固区政府's 新收 row carries a planted defect and is left out; stored 2023: {len(gs23_all)})", order=1)
values_item("嗯那个天水的几个单位 哪家收到的申请最多", ts, "t3.new.tot", "place_rank", "citizen", "voice", "天水's stored bodies", order=1)
values_item("请按新收申请数由多到少列出甘肃省2023年度各机关。", gs23, "t3.new.tot", "place_rank", "researcher", "formal",
            "Gansu 2023 reports, 西固区政府 left out (planted defect in its 新收 row)", order=True, style="formal")
values_item("麻烦问下，兰州的单位2024年谁新收最多", lz24, "t3.new.tot", "place_rank", "reporter", "filler", "兰州's 2024 reports", order=1)
for j, (q, key, per) in enumerate([("嗯那个甘肃23年所有单位的复议加起来多少件", "t4.rv.tot", "deputy"),
                                   ("急！甘肃省2023年各单位予以公凯的合计多少", "t3.r1.tot", "reporter"),
                                   ("甘肃省2023年这些单位一共收到多少件申请？", "t3.new.tot", "officer"),
                                   ("甘肃23年各单位予以公开的加起来多少件", "t3.r1.tot", "researcher"),
                                   ("请问甘肃省2023年度各机关被申请行政复议的件数合计为多少？", "t4.rv.tot", "deputy")]):
    ids = sorted(gid for gid in gs23_all if readable(G[gid]) and cell(G[gid], key) is not None)
    assert ids == gs23_all, (key, ids)
    add(q=q, intent="sum", style="formal" if q.startswith("请") else "colloquial",
        expect={"value": sum(cell(G[x], key) for x in ids), "unit": "件"}, cells=[f"{x}:{key}" for x in ids],
        persona=per, kind="place_sum", phrasing="typo" if "公凯" in q else PHR_OF(q), sets=sets_of(ids),
        note=f"sum over every stored Gansu 2023 report ({len(ids)}); printed figures (西固区政府's 新收 总计 as printed)")

# ================================================================ part 2: the rest of the store, aliases by rule
SHORT = {
    "人力资源和社会保障局": ["人社局", "人力社保局"],
    "卫生健康委员会": ["卫健委"],
    "卫生健康局": ["卫健局"],
    "发展和改革委员会": ["发改委"],
    "发展和改革局": ["发改局"],
    "住房和城乡建设局": ["住建局"],
    "市场监督管理局": ["市场监管局", "市监局"],
    "自然资源局": ["自然资源局"],
    "自然资源和规划局": ["自然资源局", "规划和自然资源局"],
    "科学技术局": ["科技局"],
    "科学技术委员会": ["科委"],
    "教育局": ["教育局"],
    "教育体育局": ["教体局"],
    "生态环境局": ["环保局", "生态环境局"],
    "农业农村局": ["农业农村局", "农业局"],
    "应急管理局": ["应急局"],
    "城市管理和综合执法局": ["城管局", "城管执法局"],
    "城市管理局": ["城管局"],
    "文化和旅游局": ["文旅局"],
    "交通运输局": ["交通局"],
    "民政局": ["民政局"],
    "司法局": ["司法局"],
    "财政局": ["财政局"],
    "人民政府": ["政府"],
    "人民政府办公室": ["政府办"],
    "水利局": ["水利局"],
    "人力资源和社会保障厅": ["人社厅"],
    "卫生健康委员会办公室": ["卫健委办"],
    "住房和城乡建设厅": ["住建厅"],
    "科学技术厅": ["科技厅"],
    "市场监督管理局办公室": ["市场监管局办"],
}
FULLS_OF_SHORT: dict[str, set[str]] = defaultdict(set)
for f, ss in SHORT.items():
    for s in ss:
        FULLS_OF_SHORT[s].add(f)
    FULLS_OF_SHORT[f].add(f)
FULLS_OF_SHORT["卫健局"] |= {"卫生健康委员会"}
FULLS_OF_SHORT["卫健委"] |= {"卫生健康局"}
FULLS_OF_SHORT["城管局"] |= {"城市管理和综合执法局", "城市管理局"}
FULLS_OF_SHORT["政府"] |= {"人民政府"}


def parse(g: dict):
    """agency → (province, city, county, body) by the gold region's parts."""
    region = g.get("region") or ""
    parts = re.findall(r".+?(?:自治区|特别行政区|自治州|自治县|地区|省|市|盟|县|区|旗)", region)
    name = g["agency"]
    used = []
    for p in parts:
        if name.startswith(p):
            used.append(p)
            name = name[len(p):]
    return parts, used, name


def stem(p: str) -> str:
    m = re.match(r"(.{2}).*族自治(州|县)$", p)
    if m:
        return m.group(1) + m.group(2)  # 阿坝藏族羌族自治州 → 阿坝州, 酉阳土家族苗族自治县 → 酉阳县
    for suf in ("自治县", "自治州", "新区", "区", "县", "市", "省", "旗"):
        if p.endswith(suf) and len(p) - len(suf) >= 2:
            return p[: -len(suf)]
    return p


def matches(place: str, short: str) -> set[str]:
    """Stored agencies a user's 「{place}{short}」 could mean: the place in the name or region, the body one of short's."""
    fulls = FULLS_OF_SHORT.get(short, {short})
    out = set()
    for a in AGENCIES:
        g = next(x for x in G.values() if x["agency"] == a)
        _, used, body = parse(g)
        if body in fulls and (place in a or place in (g.get("region") or "")):
            out.add(a)
    return out


def aliases(g: dict) -> list[tuple[str, str, str]]:
    parts, used, body = parse(g)
    if body not in SHORT or not used:
        return []
    out = []
    for short in SHORT[body]:
        if len(used) >= 2:  # city + county (a district / county body)
            city, county = used[-2], used[-1]
            cands = [county, stem(city) + county, stem(county)] if not county.endswith("市") else [county, stem(city) + county]
        else:
            p = used[0]
            cands = [stem(p)] if p.endswith("省") or p.endswith("市") else [p]
        for c in cands:
            if c + short == g["agency"]:
                continue
            out.append((c, short, c + short))
    return out


rnd = random.Random(31)
pool = sorted(gid for gid, g in G.items() if readable(g) and not (g.get("region") or "").startswith("甘肃省") and ok_keys(g))
rnd.shuffle(pool)
store_values = 0
used_agencies: set[str] = set()
ambig_seen: list[tuple[str, set[str]]] = []
for gid in pool:
    g = G[gid]
    if g["agency"] in used_agencies:
        continue
    al = aliases(g)
    rnd.shuffle(al)
    for place, short, name in al:
        hit = matches(place, short)
        if hit == {g["agency"]}:
            if store_values < 78:
                value_item(gid, name, "store_alias", i, note=f"「{name}」 = {g['agency']} ({g['year']}; {g['_set']}); the only stored {place}…{short}")
                i += 1
                store_values += 1
                used_agencies.add(g["agency"])
            break
        if len(hit) > 1 and all(any(place in (u, stem(u)) for u in parse(AG[a])[1][-1:]) for a in hit) \
                and len({AG[a]["region"] for a in hit}) > 1:
            ambig_seen.append((name, hit))

# ambiguous by place name across cities / provinces (城中区, 江北区, 鼓楼区 …): a clarification is the right answer
seen_names = set()
n_amb = 0
for name, hit in sorted(ambig_seen):
    regs = {next(x for x in G.values() if x["agency"] == a)["region"] for a in hit}
    if name in seen_names or len(regs) < 2 or n_amb >= 8:
        continue
    seen_names.add(name)
    refuse_item(name, 0, "store_ambiguous", i, f"「{name}」 matches several stored bodies: {'、'.join(sorted(hit))} → 找到多个机关 / clarification")
    i += 1
    n_amb += 1

# bodies of a stored place that are not stored (a place's 财政局 / 气象局 …), and years not stored
n_ns = 0
for gid in pool:
    g = G[gid]
    parts, used, body = parse(g)
    if len(used) < 2 or n_ns >= 10:
        continue
    county = used[-1]
    for short in ("财政局", "档案馆", "气象局", "统计局"):
        if not matches(stem(county), short) and not any(stem(county) in a and short[:2] in a for a in AGENCIES):
            refuse_item(stem(used[-2]) + county + short, int(g["year"]), "store_body_not_stored", i,
                        f"no {county}{short} is stored ({county}'s stored bodies: {'、'.join(sorted({a for a in AGENCIES if county in a}))})")
            i += 1
            n_ns += 1
            break
n_yr = 0
for gid in pool:
    g = G[gid]
    al = [a for a in aliases(g) if matches(a[0], a[1]) == {g["agency"]}]
    y0 = min(BY_AGENCY[g["agency"]])
    if not al or n_yr >= 8 or y0 - 2 < 2015:
        continue
    refuse_item(al[0][2], y0 - 2, "store_year_not_stored", i, f"{g['agency']} stored for {sorted(BY_AGENCY[g['agency']])} only")
    i += 1
    n_yr += 1

# the same district name in two provinces, hand-checked against the store
TWIN_VALUES = [
    ("h21-jiangbei-wjw-xxgkmeta-2022", "江北区卫健委", "重庆's 江北区 (宁波 also has a 江北区; no 宁波 卫健委 stored)"),
    ("p21-jiangbei-jyj-vbottom-2024", "江北区教育局", "宁波's 江北区 (no 重庆 江北区 教育局 stored)"),
    ("p21-jiangbei-gov-hdrftr-2022", "江北区政府", "宁波市江北区人民政府 (重庆 江北区's government not stored)"),
    ("h21-chengzhong-rsj-mobiledup-2021", "城中区人社局", "柳州's 城中区 (西宁 also has a 城中区)"),
    ("h24-longhua-wjj-ckeditor-2024", "龙华区卫健局", "深圳's 龙华区 (海口 also has a 龙华区)"),
    ("w21-longhua-zjj-wordmht-2022", "龙华区住建局", "海口's 龙华区 (深圳 also has a 龙华区)"),
    ("p24-neijiang-szq-gov-kerning-split-2024", "市中区政府", "内江's 市中区 (乐山 also has a 市中区)"),
    ("d21-xingning-gov-vertical-2021", "兴宁政府", "兴宁市 (广东); 南宁's 兴宁区 has only its 财政局 stored"),
    ("p21-xingning-czj-vertical-2021", "兴宁区财政局", "南宁's 兴宁区 (not 兴宁市)"),
    ("d24-donggang-czj-reorder-hdr2-units-2024", "东港财政局", "东港市 (丹东), not 日照's 东港区"),
    ("t21-donggang-jtj-layout-2023", "东港区教体局", "日照's 东港区 (教育和体育局), not 东港市"),
    ("h24-yining-xian-uyghur-2024", "伊宁县政府", "伊宁县, not 伊宁市"),
    ("d23-yining-gov-t3-hsplit-titled-2023", "伊宁市政府", "伊宁市, not 伊宁县"),
]
for gid, name, note in TWIN_VALUES:
    value_item(gid, name, "twin_district", i, note=f"「{name}」 = {G[gid]['agency']} ({G[gid]['year']}): {note}")
    i += 1
TWIN_REFUSE = [
    ("重庆江北区政府", 2022, "宁波's 江北区人民政府 is stored, 重庆's is not"),
    ("宁波江北区卫健委", 2022, "重庆's 江北区卫健委 is stored, 宁波's is not"),
    ("深圳龙华区住建局", 2024, "海口's 龙华区住建局 is stored, 深圳's is not"),
    ("内江市中区教育局", 2023, "乐山's 市中区教育局 is stored, 内江's is not"),
    ("西宁城中区人社局", 2021, "柳州's 城中区人社局 is stored, 西宁's is not"),
    ("日照东港财政局", 2024, "东港市 (丹东)'s 财政局 is stored; 日照东港区's is not"),
]
for name, year, note in TWIN_REFUSE:
    refuse_item(name, year, "twin_not_stored", i, note)
    i += 1
for q, note in [("伊宁政府收到多少件信息公开申请？", "伊宁县人民政府 (2024) and 伊宁市人民政府 (2023) are both stored → clarification"),
                ("嗯那个伊宁的政府被复议了几次", "伊宁县 / 伊宁市 both stored → clarification"),
                ("龙华区2024年收到多少件申请", "no 龙华区 government stored; 深圳龙华区卫健局 and 海口龙华区住建局 both have 2024 → clarification")]:
    add(q=q, intent="unanswerable", style="abbreviated", expect={"refuse": True}, cells=[], persona="researcher",
        kind="store_ambiguous", phrasing="voice" if q.startswith("嗯") else "plain", sets=["store"], note="asked as value; " + note)

# ---------------------------------------------------------------- across reports, named short: compare, change, places
def uniq_alias(g):
    al = [a for a in aliases(g) if matches(a[0], a[1]) == {g["agency"]}]
    return al[0][2] if al else None


rnd2 = random.Random(2031)
by_prov_year: dict[tuple, list[str]] = defaultdict(list)
for gid in pool:
    g = G[gid]
    if uniq_alias(g):
        by_prov_year[(g["region"][:3], g["year"])].append(gid)
n_cmp = 0
CMP_Q = ["{a}和{b}{y}谁{m}更多？", "{y}{a}跟{b}比，哪个{m}多", "请比较{a}与{b}{y}的{m}。", "嗯那个{a}还有{b}{y}那个{m}哪家多",
         "麻烦问下，{a}、{b}{y}{m}分别多少，哪家多？"]
CMP_M = [("t3.new.tot", "新收的申请"), ("t3.r1.tot", "予以公开的件数"), ("t4.rv.tot", "行政复议件数"), ("t3.r7.tot", "办结的申请")]
for (prov, year), ids in sorted(by_prov_year.items()):
    if len(ids) < 2 or n_cmp >= 16:
        continue
    a, b = sorted(ids)[:2]
    k, mw = CMP_M[n_cmp % len(CMP_M)]
    va, vb = cell(G[a], k), cell(G[b], k)
    if k not in ok_keys(G[a]) or k not in ok_keys(G[b]) or va == vb:
        continue
    na, nb = uniq_alias(G[a]), uniq_alias(G[b])
    q = CMP_Q[n_cmp % len(CMP_Q)].format(a=na, b=nb, y=year_word(year, n_cmp), m=mw)
    top = a if va > vb else b
    add(q=q, intent="compare", style="abbreviated", expect={"values": {a: va, b: vb}, "unit": "件", "order": [top, b if top == a else a]},
        cells=[f"{a}:{k}", f"{b}:{k}"], persona=["reporter", "researcher", "deputy"][n_cmp % 3], kind="two_bodies_short",
        phrasing=PHR_OF(q), sets=sets_of([a, b]),
        note=f"{na} = {G[a]['agency']}; {nb} = {G[b]['agency']} ({year})")
    n_cmp += 1
n_chg = 0
CHG_Q = ["{n}{y2}比{y1}{m}多了多少？", "{n}{m}{y1}到{y2}变化了多少", "请问{n}{y2}与{y1}相比，{m}增减多少件？", "{n}{y2}的{m}跟{y1}比差几件"]
for ag in sorted(BY_AGENCY):
    ys = sorted(y for y, gid in BY_AGENCY[ag].items() if readable(G[gid]))
    if len(ys) < 2 or n_chg >= 14:
        continue
    g1, g2 = G[BY_AGENCY[ag][ys[-2]]], G[BY_AGENCY[ag][ys[-1]]]
    n = uniq_alias(g2) if not g2["region"].startswith("甘肃") else {"兰州市城关区人民政府": "城关区政府", "兰州新区管理委员会": "兰州新区"}.get(ag)
    if not n:
        continue
    k, mw = CMP_M[n_chg % len(CMP_M)]
    if k not in ok_keys(g1) or k not in ok_keys(g2):
        k, mw = "t3.new.tot", "新收的申请"
        if k not in ok_keys(g1) or k not in ok_keys(g2):
            continue
    q = CHG_Q[n_chg % len(CHG_Q)].format(n=n, y1=f"{ys[-2]}年", y2=f"{ys[-1]}年", m=mw)
    add(q=q, intent="change", style="abbreviated", expect={"value": cell(g2, k) - cell(g1, k), "unit": "件"},
        cells=[f"{g2['id']}:{k}", f"{g1['id']}:{k}"], calc=f"{{{g2['id']}:{k}}}-{{{g1['id']}:{k}}}",
        persona=["reporter", "officer", "deputy", "researcher"][n_chg % 4], kind="year_on_year_short",
        phrasing="formal" if q.startswith("请") else "plain", sets=sets_of([g1["id"], g2["id"]]),
        note=f"{n} = {ag}; {ys[-1]} − {ys[-2]}, signed")
    n_chg += 1
# places outside Gansu: which bodies / how many reports of a city; one district's bodies in one year
city_reports: dict[str, list[str]] = defaultdict(list)
for gid, g in G.items():
    parts, used, body = parse(g)
    if len(parts) >= 2 and parts[1].endswith("市") and not parts[0].endswith("市"):
        city_reports[parts[0] + parts[1]].append(gid)
n_pl = 0
for pref, ids in sorted(city_reports.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    city = re.match(r".+?(?:自治区|省)(.+市)", pref).group(1)
    st = stem(city)
    ids = sorted(gid for gid, g in G.items() if (g.get("region") or "").startswith(pref))
    if pref.startswith("甘肃") or len(ids) < 3 or n_pl >= 12:
        continue
    if any(st in (g.get("region") or "") + g["agency"] and not (g.get("region") or "").startswith(pref) for g in G.values()):
        continue
    j = n_pl
    if j % 2 == 0:
        q = [f"{st}的单位都有哪些年报？", f"库里{st}那边收了哪些单位的报告", f"请列出{city}（含下辖区县）各机关的年度报告"][j // 2 % 3]
        add(q=q, intent="which_reports", style="formal" if q.startswith("请") else "colloquial", expect={"reports": ids}, cells=[],
            persona="researcher", kind="place_which", phrasing="formal" if q.startswith("请") else "plain", sets=sets_of(ids),
            note=f"every stored report whose gold region starts with {pref} (readable or not)")
    else:
        q = [f"{st}的报告有几份", f"{st}各级单位的年报库里一共多少份？", f"请问本库收录{city}及下辖区县机关的年度报告共几份？"][j // 2 % 3]
        add(q=q, intent="value", style="formal" if q.startswith("请") else "colloquial", expect={"value": len(ids), "unit": "份"}, cells=[],
            persona="student", kind="place_count", phrasing="formal" if q.startswith("请") else "plain", sets=sets_of(ids),
            note=f"every stored report whose gold region starts with {pref}")
    n_pl += 1
n_dl = 0
by_county_year: dict[tuple, list[str]] = defaultdict(list)
for gid, g in G.items():
    if readable(g) and "t3.new.tot" in ok_keys(g) and not g["region"].startswith("甘肃"):
        by_county_year[(g["region"], g["year"])].append(gid)
for (region, year), ids in sorted(by_county_year.items()):
    parts, used, _ = parse(G[ids[0]])
    if len(ids) < 2 or n_dl >= 8 or len(parts) < 3 or not parts[-1].endswith(("区", "县")):
        continue
    if any(G[x]["region"] != region for x in ids) or any(parts[-1] in g["region"] and g["region"] != region and g["year"] == year for g in G.values()):
        continue
    allids = sorted(gid for gid, g in G.items() if g["region"] == region and g["year"] == year)
    if allids != sorted(ids):
        continue
    c = stem(parts[-2]) + parts[-1]
    q = [f"{c}{year}年各单位收到多少件申请？", f"嗯那个{year}年{c}的这几家单位新收分别是多少", f"请列出{c}各机关{year}年度新收申请数。",
         f"急！{c}{year}年的单位各新收了多少件申请"][n_dl % 4]
    values_item(q, sorted(ids), "t3.new.tot", "place_list", ["reporter", "officer", "researcher"][n_dl % 3], PHR_OF(q), f"every stored {year} report of {region}",
                style="formal" if q.startswith("请") else "colloquial")
    n_dl += 1

# ================================================================ part 3: chats (2–3 turns)
CHAT = 0


def chat(turns: list[tuple[str, dict]]) -> None:
    global CHAT
    CHAT += 1
    cid = f"c{CHAT:02d}"
    qs = [t[0] for t in turns]
    for n, (q, item) in enumerate(turns):
        item = dict(item)
        item["q"] = q
        if n:
            item["previous"] = qs[:n] if n > 1 else qs[0]
            item["phrasing"] = "followup"
        item["chain"] = {"id": cid, "turn": n + 1, "of": len(turns)}
        item.setdefault("scope", {})
        ITEMS.append(item)


def vitem(gid, key, kind, persona, note, intent="value", style="abbreviated"):
    return {"intent": intent, "style": style, "expect": {"value": cell(G[gid], key), "unit": "件"}, "cells": [f"{gid}:{key}"],
            "persona": persona, "kind": kind, "phrasing": "plain", "sets": sets_of([gid]), "note": note}


def ritem(kind, persona, note):
    return {"intent": "unanswerable", "style": "abbreviated", "expect": {"refuse": True}, "cells": [], "persona": persona,
            "kind": kind, "phrasing": "plain", "sets": ["store"], "note": note}


# Gansu chats, hand-written
CG22, CG23 = "p21-chengguan-gov-ocr-2022", "h23-chengguan-gov-trs-city-in-sign-2023"
chat([("城关区政府2023年收到多少件申请？", vitem(CG23, "t3.new.tot", "chat_lastyear", "reporter", "兰州市城关区人民政府 2023")),
      ("它去年呢", vitem(CG22, "t3.new.tot", "chat_lastyear", "reporter", "same body, 2022 (wild5)")),
      ("那它的复议呢", vitem(CG22, "t4.rv.tot", "chat_lastyear", "reporter", "2022's 行政复议 总计"))])
chat([("兰州城关区23年予以公开多少件", vitem(CG23, "t3.r1.tot", "chat_lastyear", "citizen", "兰州市城关区人民政府 2023")),
      ("比去年多了还是少了？", {**vitem(CG23, "t3.r1.tot", "chat_lastyear", "citizen", ""), "intent": "change",
                          "expect": {"value": cell(G[CG23], "t3.r1.tot") - cell(G[CG22], "t3.r1.tot"), "unit": "件"},
                          "cells": [f"{CG23}:t3.r1.tot", f"{CG22}:t3.r1.tot"], "calc": f"{{{CG23}:t3.r1.tot}}-{{{CG22}:t3.r1.tot}}",
                          "sets": sets_of([CG22, CG23]), "note": "2023 − 2022, signed"})])
TAX = "d22-qilihe-tax-vertical-2022"
chat([("七里河税务22年新收了几件申请", vitem(TAX, "t3.new.tot", "chat_lastyear", "reporter", "国家税务总局兰州市七里河区税务局 2022")),
      ("它去年呢", ritem("chat_lastyear", "reporter", "2021 not stored for this body"))])
chat([("天水市中医药管理局2024年被复议了几次？", vitem("p24-tianshui-wjw-tcm-second-name-2024", "t4.rv.tot", "chat_swap", "lawyer",
                                               "天水市中医药管理局 = 天水市卫生健康委员会 (second name)")),
      ("那直接起诉的呢", vitem("p24-tianshui-wjw-tcm-second-name-2024", "t4.ld.tot", "chat_swap", "lawyer", "same body")),
      ("换成天水市政府呢", ritem("chat_swap", "lawyer", "天水市人民政府 is stored for 2025 only, the chat's year is 2024"))])
YZ = "h24-yuzhong-yjj-bosi-county-site-pub2025-2024"
chat([("榆中县地震局收到多少申请", vitem(YZ, "t3.new.tot", "chat_swap", "citizen", "榆中县地震局 = 榆中县应急管理局 (second name; only 2024 stored)")),
      ("它去年呢", ritem("chat_lastyear", "citizen", "2023 not stored")),
      ("换成城关区卫健局24年呢", vitem("o21-chengguan-wjw-odt-2024", "t3.new.tot", "chat_swap", "citizen", "兰州市城关区卫生健康局 2024"))])
chat([("陇西县委办2023年部分公开几件", vitem("p23-longxi-gzb-hesu-two-offices-2023", "t3.r2.tot", "chat_swap", "officer",
                                          "合署: 陇西县委办 = 陇西县人民政府办公室's report")),
      ("换成成县城关镇呢", vitem("p23-chengguanzhen-chengxian-wps-2023", "t3.r2.tot", "chat_swap", "officer", "成县城关镇人民政府 2023"))])
chat([("兰州新区管委会2025年新收多少件？", vitem("p25-lanzhou-xinqu-noparent-2025", "t3.new.tot", "chat_lastyear", "reporter", "兰州新区管理委员会 2025")),
      ("它2022年呢", vitem("x21-lanzhou-xq-hiddenprev-2022", "t3.new.tot", "chat_lastyear", "reporter", "兰州新区管理委员会 2022 (wild9)")),
      ("换成兰州经开区2023年呢", vitem("m23-lzjk-gwh-md-short-jingkaiqu-2023", "t3.new.tot", "chat_swap", "reporter", "兰州经济技术开发区管理委员会 2023"))])
chat([("甘州区农牧局2020年的予以公开是多少", vitem("h20-ganzhou-nyj-gf2019-renamed-2020", "t3.r1.tot", "chat_lastyear", "student", "old name of 张掖市甘州区农业农村局")),
      ("它去年呢", ritem("chat_lastyear", "student", "2019 not stored"))])

KT, PLJ = "d23-kongtong-rsj-short-form-2023", "h24-pingliang-jyj-platform-hdr2-heji-2024"
chat([("崆峒人社局23年新收了几件申请", vitem(KT, "t3.new.tot", "chat_swap", "reporter", "平凉市崆峒区人力资源和社会保障局 2023")),
      ("换成平凉市人社局呢", ritem("chat_swap", "reporter", "平凉市人社局 (the city's) not stored; only 崆峒区's")),
      ("那平凉教育局2024年呢", vitem(PLJ, "t3.new.tot", "chat_swap", "reporter", "平凉市教育局 2024"))])
XF, QYM = "h23-xifeng-scjg-trs-ld-total-defect-2023", "d22-qingyang-mzj-repsect-2022"
chat([("西峰区市场局23年予以公开多少件？", vitem(XF, "t3.r1.tot", "chat_lastyear", "company", "庆阳市西峰区市场监督管理局 2023")),
      ("它去年呢", ritem("chat_lastyear", "company", "2022 not stored for 西峰区市场监管局")),
      ("庆阳民政局22年呢", vitem(QYM, "t3.r1.tot", "chat_swap", "company", "庆阳市民政局 2022"))])
AN = "d22-anning-jyj-word-kunming-twin-2022"
chat([("七里河区的税务局22年被复议了几次", vitem(TAX, "t4.rv.tot", "chat_swap", "lawyer", "国家税务总局兰州市七里河区税务局 2022")),
      ("换成安宁区教育局呢", vitem(AN, "t4.rv.tot", "chat_swap", "lawyer", "兰州市安宁区教育局 2022 (not 昆明's 安宁市)"))])
LZ, DB = "p20-liangzhou-gov-gf2019-xubiao-2020", "p21-daobei-jd-scan-seal-2021"
chat([("凉州区政府2020年收到多少件申请", vitem(LZ, "t3.new.tot", "chat_swap", "citizen", "武威市凉州区人民政府 2020")),
      ("那武威市政府呢", ritem("chat_swap", "citizen", "武威市人民政府 not stored (凉州区 is a district of 武威)"))])
chat([("道北街道21年予以公开多少件", vitem(DB, "t3.r1.tot", "chat_swap", "citizen", "天水市麦积区道北街道办事处 2021")),
      ("换成麦积区政府呢", ritem("chat_swap", "citizen", "麦积区人民政府 not stored; only its 道北街道")),
      ("那道北街道的复议呢", vitem(DB, "t4.rv.tot", "chat_swap", "citizen", "道北街道 2021 行政复议总计"))])

# store chats by rule: a body with two consecutive stored readable years, asked short
n_c = 0
for gid in pool:
    g = G[gid]
    y = int(g["year"])
    prev = BY_AGENCY[g["agency"]].get(y - 1)
    al = [a for a in aliases(g) if matches(a[0], a[1]) == {g["agency"]}]
    if not prev or not al or not readable(G[prev]) or n_c >= 10:
        continue
    ks = [k for k in ("t3.new.tot", "t3.r1.tot", "t3.r7.tot") if k in ok_keys(g) and k in ok_keys(G[prev])]
    if not ks or "t4.rv.tot" not in ok_keys(G[prev]):
        continue
    k = ks[n_c % len(ks)]
    name = al[0][2]
    chat([(f"{name}{y}年{MEASURE_WORDS[k][0]}", vitem(gid, k, "chat_lastyear", "reporter", f"{name} = {g['agency']} {y}")),
          ("它去年呢", vitem(prev, k, "chat_lastyear", "reporter", f"{g['agency']} {y - 1}")),
          ("那它的复议呢", vitem(prev, "t4.rv.tot", "chat_lastyear", "reporter", f"{g['agency']} {y - 1} 行政复议总计"))])
    n_c += 1
# swap: two bodies of one county and year, both short-named
by_place_year: dict[tuple, list[str]] = defaultdict(list)
for gid in pool:
    g = G[gid]
    if [a for a in aliases(g) if matches(a[0], a[1]) == {g["agency"]}]:
        by_place_year[(g["region"], g["year"])].append(gid)
n_s = 0
for (region, year), ids in sorted(by_place_year.items()):
    if len(ids) < 2 or n_s >= 10 or region.startswith("甘肃"):
        continue
    a, b = sorted(ids)[:2]
    k = next((k for k in ("t3.new.tot", "t3.r1.tot", "t3.r2.tot") if k in ok_keys(G[a]) and k in ok_keys(G[b])), None)
    if not k:
        continue
    na = [x for x in aliases(G[a]) if matches(x[0], x[1]) == {G[a]["agency"]}][0][2]
    bl = [x for x in aliases(G[b]) if matches(x[0], x[1]) == {G[b]["agency"]}]
    shortb = bl[0][1]
    if matches(bl[0][0], shortb) != {G[b]["agency"]}:
        continue
    chat([(f"{na}{year}年{MEASURE_WORDS[k][-1]}", vitem(a, k, "chat_swap", "officer", f"{na} = {G[a]['agency']} {year}")),
          (f"换成{bl[0][2]}呢", vitem(b, k, "chat_swap", "officer", f"{bl[0][2]} = {G[b]['agency']} {year}"))])
    n_s += 1

# ================================================================ write
for n, it in enumerate(ITEMS, 1):
    it["id"] = f"zh{n:04d}"
ORDER = ["id", "q", "previous", "scope", "intent", "style", "expect", "cells", "calc", "persona", "kind", "phrasing", "sets",
         "chain", "note"]
lines = [json.dumps({k: it[k] for k in ORDER if k in it}, ensure_ascii=False) for it in ITEMS]
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(ITEMS), "items;", hashlib.sha256(OUT.read_bytes()).hexdigest()[:12])
