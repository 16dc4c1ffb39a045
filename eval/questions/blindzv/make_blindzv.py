"""Blind bank blindzv: a day of the log of a deployed service (issue 13; README.md beside this file).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzv/make_blindzv.py   # rewrites blindzv.jsonl (same bytes each run)

Templates first, values after: every question wording below was written before any value was looked at; bodies,
years and measures are drawn by a seeded shuffle. Half of the items read reports of eval/wild30 … eval/wild36."""

from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from _texts import report_text, squash  # noqa: E402

SETS = ("wild", *(f"wild{i}" for i in range(2, 37)))
NEW = {f"wild{i}" for i in range(30, 37)}
OUT = HERE / "blindzv.jsonl"
SEED = 20261207

# ---------------------------------------------------------------- templates (written before looking at values)

# measure → (cells by template, unit, lay wordings (3), formal wording, keyword)
T3R = ["r3_%d" % i for i in range(1, 9)]
MEASURES: dict[str, dict] = {
    "new": dict(cells=["t3.new.tot"], unit="件", lay=["一年里收到的信息公开申请", "新接到的公开申请", "老百姓新递上来的申请"],
                formal="本年度新收政府信息公开申请数量", kw="新收申请"),
    "carry_in": dict(cells=["t3.carry_in.tot"], unit="件", lay=["上一年没办完拖到这年的申请", "去年剩下转过来的申请", "从上年带过来的申请"],
                     formal="上年结转的申请数量", kw="上年转过来"),
    "carry_out": dict(cells=["t3.carry_out.tot"], unit="件", lay=["年底还没办完、留到下一年的申请", "压到明年接着办的申请", "到年底还没办结的申请"],
                      formal="结转下年度继续办理的申请数量", kw="留到下年"),
    "r1": dict(cells=["t3.r1.tot"], unit="件", lay=["申请了全部都给公开的", "要什么就给什么、全给了的", "完全同意公开的申请"],
               formal="办理结果为予以公开的申请数", kw="全部公开"),
    "r2": dict(cells=["t3.r2.tot"], unit="件", lay=["只给了一部分信息的", "只公开了一半左右的申请", "部分给、部分不给的申请"],
               formal="部分公开的申请数", kw="部分给"),
    "r3": dict(cells=[f"t3.{r}.tot" for r in T3R], unit="件", lay=["被拒绝公开的申请", "明确说不给公开的", "被驳回不予公开的申请"],
               formal="不予公开的申请合计", kw="拒绝公开"),
    "r3_4": dict(cells=["t3.r3_4.tot"], unit="件", lay=["因为涉及别人隐私或者商业秘密不给的", "怕损害第三方权益没给的", "说涉及他人权益所以不公开的"],
                 formal="因保护第三方合法权益不予公开的申请数", kw="第三方权益拒绝"),
    "r3_6": dict(cells=["t3.r3_6.tot"], unit="件", lay=["说还在讨论研究、属于过程中的信息不给的", "以过程性信息为由拒绝的", "说是内部讨论稿不能给的"],
                 formal="因属于过程性信息不予公开的申请数", kw="过程性信息"),
    "r4_1": dict(cells=["t3.r4_1.tot"], unit="件", lay=["回复说他们那里没有这个信息的", "答复信息不存在、机关不掌握的", "说手里根本没这份东西的"],
                 formal="因本机关不掌握相关信息而无法提供的申请数", kw="不掌握信息"),
    "r4": dict(cells=["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"], unit="件",
               lay=["想给也给不了的（没有、要另外做、说不清要什么）", "最后没法提供信息的申请", "因为各种原因提供不了的"],
               formal="无法提供的申请合计", kw="无法提供"),
    "r5_1": dict(cells=["t3.r5_1.tot"], unit="件", lay=["其实是信访投诉、被转走没按公开办的", "当成信访举报处理的申请", "属于投诉举报所以不处理的"],
                 formal="信访举报投诉类不予处理的申请数", kw="信访投诉类"),
    "r5_2": dict(cells=["t3.r5_2.tot"], unit="件", lay=["同一件事反复来申请、被退回的", "因为重复申请不处理的", "一个事申请好几遍被挡回去的"],
                 formal="因重复申请不予处理的申请数", kw="重复申请"),
    "r7": dict(cells=["t3.r7.tot"], unit="件", lay=["当年办完的申请一共", "全年处理完毕的申请", "各种结果加在一起办结的申请"],
               formal="本年度办理结果总计", kw="办结总数"),
    "new_np": dict(cells=["t3.new.np"], unit="件", lay=["以个人名义新来申请的", "普通老百姓个人递的申请", "个人（不是单位）新提的申请"],
                   formal="自然人新提出的申请数", kw="个人申请"),
    "new_biz": dict(cells=["t3.new.biz"], unit="件", lay=["公司企业新提的申请", "企业来要信息的申请", "做生意的单位递的申请"],
                    formal="商业企业新提出的申请数", kw="企业申请"),
    "new_law": dict(cells=["t3.new.law"], unit="件", lay=["律所这类法律服务机构来申请的", "律师事务所提的申请", "法律服务机构新递的申请"],
                    formal="法律服务机构新提出的申请数", kw="律所申请"),
    "rv": dict(cells=["t4.rv.tot"], unit="件", lay=["因为信息公开被人申请复议的", "被告到上级搞行政复议的", "被申请复议的案子"],
               formal="政府信息公开行政复议总数", kw="复议总数"),
    "rv_fix": dict(cells=["t4.rv.fix"], unit="件", lay=["复议下来被上级纠正的", "复议里被认定做错了的", "复议改判（纠正）的"],
                   formal="行政复议结果纠正的件数", kw="复议纠正"),
    "rv_keep": dict(cells=["t4.rv.keep"], unit="件", lay=["复议后维持原来答复的", "复议认定没问题、维持的", "复议没被推翻的"],
                    formal="行政复议结果维持的件数", kw="复议维持"),
    "ld": dict(cells=["t4.ld.tot"], unit="件", lay=["没走复议、直接被告上法院的", "直接到法院起诉他们的", "一上来就打官司的"],
               formal="未经复议直接起诉的行政诉讼总数", kw="直接起诉"),
    "lr": dict(cells=["t4.lr.tot"], unit="件", lay=["复议完不服又去法院告的", "先复议后起诉的官司", "复议以后再打官司的"],
               formal="复议后起诉的行政诉讼总数", kw="复议后起诉"),
    "suits": dict(cells=["t4.ld.tot", "t4.lr.tot"], unit="件", lay=["因为信息公开吃的官司一共（直接告的加复议后告的）", "被起诉的案子加起来（两种起诉都算）", "打官司的总数（直接起诉和复议后起诉合计）"],
                  formal="行政诉讼合计（直接起诉与复议后起诉之和）", kw="诉讼合计"),
    "penalty": dict(cells=["t2.penalty.decisions"], unit="件", lay=["一年开出的行政处罚决定", "罚款这类处罚决定", "作出的处罚决定"],
                    formal="本年行政处罚决定数量", kw="处罚决定"),
    "license": dict(cells=["t2.license.decisions"], unit="件", lay=["批下来的行政许可决定", "审批许可的决定", "作出的许可决定"],
                    formal="本年行政许可决定数量", kw="许可决定"),
    "coercion": dict(cells=["t2.coercion.decisions"], unit="件", lay=["查封扣押这类强制措施的决定", "采取行政强制的决定", "强制措施决定"],
                     formal="本年行政强制决定数量", kw="行政强制"),
    "fee": dict(cells=["t2.fee.amount_wan"], unit="万元", lay=["收的行政事业性收费（万元）", "收的各种行政事业性收费（按万元算）", "行政事业性收费金额"],
                formal="本年行政事业性收费金额（万元）", kw="收费金额", gf21=True),
    "norm_made": dict(cells=["t2.norm.made"], unit="件", lay=["新出台的规范性文件", "当年新发的红头规范性文件", "新制定的规范性文件"],
                      formal="本年制发的行政规范性文件件数", kw="新发规范性文件", gf21=True),
    "norm_valid": dict(cells=["t2.norm.valid"], unit="件", lay=["现在还有效的规范性文件", "目前仍在用的规范性文件", "现行有效的规范性文件"],
                       formal="现行有效的行政规范性文件件数", kw="现行有效文件", gf21=True),
}
# the measures group questions (rank, sum, compare, change, which) are drawn from
GROUP_MEASURES = ["new", "r1", "r2", "r3", "r4_1", "r7", "carry_out", "rv", "suits", "new_np", "penalty", "license"]

LEVEL_WORDS = {"县级政府": "区县政府", "县级部门": "区县的职能部门", "乡镇": "乡镇街道", "市级部门": "市直部门",
               "省级部门": "省直厅局", "市级政府": "市政府"}

VALUE_FORMS = {
    "plain": ["{n}{y}年{lay}有多少？", "{n}{y}年{lay}是几件啊", "想问下{n}{y}年{lay}有几件"],
    "formal": ["请问{n}{y}年度{formal}是多少？", "烦请告知{n}{y}年{formal}。"],
    "voice": ["{n}{yv}年{lay}有多少", "帮我查一下{n}{yv}年{lay}是几件"],
    "typo": ["{n}{y}年{lay}有多少？"],
    "keyword": ["{n} {y} {kw}"],
}
SCOPED_VALUE_FORMS = ["我们单位今年{lay}是几件？我核对一下网页上的数", "这份报告里{lay}有多少？", "今年{lay}是多少"]
TYPOS = [("申请", "申清"), ("多少", "多小"), ("复议", "复意"), ("起诉", "起述"), ("处罚", "处发"), ("许可", "许克"),
         ("公开", "公幵"), ("结转", "节转"), ("收费", "收废"), ("部分", "布分"), ("拒绝", "拒决"), ("经费", "经废"), ("满意", "满易"),
         ("年纪", "年级"), ("几个人", "几各人"), ("答复", "达复"), ("粉丝", "粉思"), ("培训", "陪训")]

NARR = {  # kind → (regex on the squashed text, unit, questions (plain, formal, voice, scoped))
    "zd_total": (r"主动公开各类政府信息(\d+)条", "条",
                 ["{n}{y}年在网站上主动公开了多少条信息？", "请问{n}{y}年度主动公开政府信息总条数是多少？", "{n}{yv}年主动发布了多少条政府信息",
                  "我们今年报告里写的主动公开一共多少条？"]),
    "zd_policy": (r"主动公开各类政府信息\d+条，其中政策文件(\d+)条", "条",
                  ["{n}{y}年主动公开的东西里政策文件有几条？", "{n}{y}年度主动公开的政策文件数量是多少？", "{n}{yv}年公开的政策文件有几条",
                   "今年公开的政策文件写的是几条？"]),
    "zd_jiedu": (r"政策解读(\d+)篇", "篇",
                 ["{n}{y}年发了几篇政策解读？", "{n}{y}年度发布政策解读多少篇？", "{n}{yv}年政策解读发了多少篇",
                  "报告里说今年做了几篇政策解读？"]),
    "zd_web": (r"其中通过政府网站公开(\d+)条", "条",
               ["{n}{y}年通过政府网站公开了多少条？", "{n}{y}年度经政府网站主动公开的信息条数？", "{n}{yv}年在政府网站上公开了多少条",
                "今年光政府网站公开的有几条？"]),
    "ch_face": (r"当面申请(\d+)件", "件",
                ["{n}{y}年有几件申请是本人跑到窗口当面交的？", "{n}{y}年度当面提出的申请有多少件？", "{n}{yv}年当面来申请的有几件",
                 "今年当面来递申请的有几件？"]),
    "ch_net": (r"网络申请(\d+)件", "件",
               ["{n}{y}年网上提交的申请有几件？", "{n}{y}年度通过网络提出的申请数量？", "{n}{yv}年网上申请的有多少件",
                "今年从网上来的申请几件？"]),
    "ch_mail": (r"信函申请(\d+)件", "件",
                ["{n}{y}年写信寄过来的申请有几件？", "{n}{y}年度以信函方式提出的申请数？", "{n}{yv}年信函申请几件",
                 "今年寄信来申请的有几件？"]),
    "wechat": (r"通过政务微信公众号发布信息(\d+)条", "条",
               ["{n}{y}年公众号上发了多少条信息？", "{n}{y}年度政务微信公众号发布信息条数？", "{n}{yv}年微信公众号发了多少条",
                "我们公众号今年发了几条，报告里怎么写的？"]),
    "newmedia": (r"政务新媒体管理开展专项工作\d+次，发布相关信息(\d+)条", "条",
                 ["{n}{y}年政务新媒体那块发了多少条相关信息？", "{n}{y}年度围绕政务新媒体发布的相关信息条数？", "{n}{yv}年新媒体发布相关信息多少条",
                  "新媒体这块今年发了多少条？"]),
    "train": (r"全年组织业务培训(\d+)次", "次",
              ["{n}{y}年搞了几次业务培训？", "{n}{y}年度组织业务培训的次数是多少？", "{n}{yv}年组织了几次培训",
               "我们今年培训写的是几次？"]),
    "train2": (r"召开政务公开工作推进会\d+次，组织业务培训(\d+)场", "场",
               ["{n}{y}年组织了几场业务培训？", "{n}{y}年度组织业务培训多少场？", "{n}{yv}年业务培训搞了几场",
                "今年业务培训几场？"]),
    "meeting": (r"召开政务公开工作推进会(\d+)次", "次",
                ["{n}{y}年开了几次政务公开推进会？", "{n}{y}年度召开政务公开工作推进会的次数？", "{n}{yv}年推进会开了几次",
                 "今年推进会开了几次？"]),
    "rv_text": (r"全年因政府信息公开申请提起行政复议(\d+)件", "件",
                ["{n}{y}年报告正文里说被提起复议几件？", "{n}{y}年度报告文字部分所述行政复议件数？", "{n}{yv}年正文说复议几件",
                 "正文里写的复议是几件？"]),
}
NARR_KW = {  # keyword-style (a search box), written with the forms above
    "zd_total": "{n} {y} 主动公开 条数", "zd_policy": "{n} {y} 公开 政策文件 几条", "zd_jiedu": "{n} {y} 政策解读 篇数",
    "zd_web": "{n} {y} 政府网站公开 条数", "ch_face": "{n} {y} 当面申请", "ch_net": "{n} {y} 网上申请 件数",
    "ch_mail": "{n} {y} 信函申请", "wechat": "{n} {y} 公众号 发布条数", "newmedia": "{n} {y} 新媒体 发布信息",
    "train": "{n} {y} 培训次数", "train2": "{n} {y} 业务培训 场次", "meeting": "{n} {y} 推进会 次数",
    "rv_text": "{n} {y} 正文 复议件数",
}
PROBLEM_FORMS = {
    "problem": ["{n}{y}年的报告自己承认工作里有哪些不足？", "{n}{y}年度报告所列存在的主要问题有哪些？请引用原文。",
                "{n}{yv}年他们说自己哪里做得不好", "报告第五部分说我们存在什么问题？原话是什么"],
    "measure": ["{n}{y}年报告里说接下来打算怎么改进？", "{n}{y}年度报告提出的改进措施是什么？请引用原文。",
                "{n}{yv}年他们打算怎么整改", "我们今年写的改进措施有哪些？原文给我"],
}
REFUSALS = {  # kind → (question forms, words that would answer it: the text must contain none of them)
    "budget": (["{n}{y}年搞信息公开一共花了多少经费？", "{n}{y}年度政务公开工作经费预算是多少？", "{n}{yv}年信息公开花了多少钱"],
               ["经费", "预算", "万元用于"]),
    "staff": (["{n}{y}年专门管信息公开的有几个人？", "{n}{y}年度从事政府信息公开工作的专职人员有多少名？", "{n}{yv}年信息公开有几个工作人员"],
              ["专职", "兼职", "工作人员数", "名工作人员", "人员数"]),
    "gender": (["{n}{y}年来申请的人里男的女的各多少？", "{n}{y}年度申请人的性别构成如何？", "{n}{yv}年申请人男的多还是女的多"],
               ["性别", "男性", "女性"]),
    "age": (["{n}{y}年申请人大多多大年纪？", "{n}{y}年度申请人的年龄分布情况？", "{n}{yv}年来申请的都是什么年纪的人"],
            ["年龄", "岁"]),
    "days": (["{n}{y}年平均多少天答复一份申请？", "{n}{y}年度依申请公开的平均答复时长是多少个工作日？", "{n}{yv}年一份申请平均几天能回复"],
             ["平均", "时长", "答复时间"]),
    "satisf": (["{n}{y}年老百姓对答复的满意率是多少？", "{n}{y}年度申请人满意度调查结果是多少？", "{n}{yv}年群众满意度是多少"],
               ["满意"]),
    "fans": (["{n}{y}年他们公众号有多少粉丝？", "{n}{y}年度政务新媒体关注人数是多少？", "{n}{yv}年公众号粉丝有多少"],
             ["粉丝", "关注", "订阅"]),
    "train_none": (["{n}{y}年搞了几次信息公开培训？", "{n}{y}年度组织政务公开业务培训的次数？", "{n}{yv}年培训搞了几回"],
                   ["培训\\d", "\\d次培训", "\\d场培训", "培训[^。；]{0,12}\\d+[次场期]", "\\d+[次场期][^。；]{0,8}培训"]),
}
SCOPED_REFUSALS = {
    "budget": "我们今年信息公开的经费报告里写了吗？是多少", "staff": "我们单位管这个的有几个人，报告里有吗",
    "days": "这份报告里平均答复一件要多少天？", "satisf": "这份报告里申请人满意度是多少？",
}


def cn_year(y: int) -> str:
    return "".join("零一二三四五六七八九"[int(c)] for c in str(y))


# ---------------------------------------------------------------- data


def load_golds() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["_set"] = s
            out.append(g)
    return out


GOLDS = load_golds()
BY_ID = {g["id"]: g for g in GOLDS}
HELD = Counter((g["agency"], g["year"]) for g in GOLDS)


def province(g: dict) -> str:
    m = re.match(r"^(.+?(?:自治区|省|北京市|上海市|天津市|重庆市))", g["region"])
    return m.group(1) if m else g["region"]


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    return (g.get(table) or {}).get(k)


def readable(g: dict) -> bool:
    return (g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and not g["findings"]
            and not g.get("statements") and HELD[(g["agency"], g["year"])] == 1)


def measure_cells(g: dict, m: str) -> list[str] | None:
    spec = MEASURES[m]
    if spec.get("gf21") and g["template"] != "GF2021":
        return None
    return spec["cells"]


def mval(g: dict, m: str):
    """A body's figure for a measure: the sum of its cells, None unless every cell is a number."""
    if not readable(g):
        return None
    cells = measure_cells(g, m)
    if cells is None:
        return None
    vals = [cell(g, c) for c in cells]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vals):
        return None
    total = sum(vals)
    return round(total, 2) if isinstance(total, float) else total


_TEXTS: dict[str, str] = {}


def text(rid: str) -> str:
    if not _TEXTS and os.environ.get("ZV_TEXT_CACHE") and Path(os.environ["ZV_TEXT_CACHE"]).exists():
        _TEXTS.update(json.loads(Path(os.environ["ZV_TEXT_CACHE"]).read_text(encoding="utf-8")))
    if rid not in _TEXTS:
        g = BY_ID[rid]
        _TEXTS[rid] = squash(report_text(ROOT / "eval" / g["_set"] / g["file"]))
    return _TEXTS[rid]


def trusted_text(rid: str) -> str:
    t = text(rid)
    return t if len(t) > 800 and "信息公开" in t and ("予以公开" in t or "行政复议" in t) else ""


# ---------------------------------------------------------------- building


class Bank:
    def __init__(self) -> None:
        self.items: list[dict] = []
        self.rng = random.Random(SEED)
        self.seen: set[tuple] = set()

    def add(self, item: dict) -> bool:
        key = (item["q"], json.dumps(item.get("scope") or {}), json.dumps(item.get("previous")))
        if key in self.seen:
            return False
        self.seen.add(key)
        self.items.append(item)
        return True

    def shuffled(self, xs: list) -> list:
        xs = list(xs)
        self.rng.shuffle(xs)
        return xs


def interleave(new: list, old: list, k: int = 1) -> list:
    """k reports of the newest sets, then one older, and so on (the newest sets weigh more)."""
    out = []
    for i in range(max((len(new) + k - 1) // k, len(old))):
        out.extend(new[i * k: (i + 1) * k])
        if i < len(old):
            out.append(old[i])
    return out


def typo(rng: random.Random, q: str, name: str) -> str:
    body = q.replace(name, "\0")
    options = [(a, b) for a, b in TYPOS if a in body and a != b]
    if not options:
        return q
    a, b = rng.choice(options)
    return body.replace(a, b, 1).replace("\0", name)


def voiceify(q: str) -> str:
    return re.sub(r"[？?，,。！!、：:（）()]", "", q)


def sets_of(rids) -> list[str]:
    return sorted({BY_ID[r]["_set"] for r in rids}) or ["store"]


PHRASINGS = ["plain", "plain", "formal", "voice", "voice", "typo", "keyword"]
PERSONAS_VALUE = ["journalist", "citizen", "lawyer", "deputy", "student", "evaluator"]


def fill(form: str, g: dict, **kw) -> str:
    return form.format(n=g["agency"], y=g["year"], yv=cn_year(g["year"]), **kw)


def build() -> list[dict]:
    b = Bank()
    rd = [g for g in GOLDS if readable(g)]
    rd_new = [g for g in rd if g["_set"] in NEW]
    rd_old = [g for g in rd if g["_set"] not in NEW]

    # ---- A: one table figure (70 whole store + 30 scoped)
    mkeys = list(MEASURES)
    pool = interleave(b.shuffled(rd_new), b.shuffled(rd_old), 2)
    n_store = n_scoped = 0
    zero_skip = True
    for i, g in enumerate(pool):
        if n_store >= 56 and n_scoped >= 22:
            break
        m = mkeys[i % len(mkeys)]
        v = mval(g, m)
        if v is None:
            continue
        zero_skip = not zero_skip
        if v == 0 and zero_skip:
            continue
        spec = MEASURES[m]
        scoped = n_scoped < 22 and i % 4 == 3
        if not scoped and n_store >= 56:
            continue
        lay = spec["lay"][i % 3]
        if scoped:
            q = SCOPED_VALUE_FORMS[i % len(SCOPED_VALUE_FORMS)].format(lay=lay)
            phr, persona, scope = "plain", "clerk", {"report": g["id"]}
        else:
            phr = PHRASINGS[n_store % len(PHRASINGS)]
            forms = VALUE_FORMS[phr]
            q = fill(forms[n_store % len(forms)], g, lay=lay, formal=spec["formal"], kw=spec["kw"])
            if phr == "typo":
                q2 = typo(b.rng, q, g["agency"])
                if q2 == q:
                    phr = "plain"
                q = q2
            if phr == "voice":
                q = voiceify(q)
            persona, scope = PERSONAS_VALUE[n_store % len(PERSONAS_VALUE)], {}
        cells = measure_cells(g, m) or []
        item = dict(q=q, scope=scope, intent="value", expect={"value": v, "unit": spec["unit"]},
                    cells=cells if scoped else [f"{g['id']}:{c}" for c in cells],
                    persona=persona, kind="cell" + ("_scoped" if scoped else ""), phrasing=phr, measure=m,
                    sets=sets_of([g["id"]]))
        if b.add(item):
            n_scoped += scoped
            n_store += not scoped

    # ---- K: follow-ups (8 year switches, 7 measure switches)
    by_agency = defaultdict(list)
    for g in rd:
        by_agency[g["agency"]].append(g)
    pairs = []
    for ag, gs in by_agency.items():
        gs = sorted(gs, key=lambda x: x["year"])
        for a, c in zip(gs, gs[1:]):
            pairs.append((a, c))
    pairs.sort(key=lambda p: (p[1]["agency"], p[1]["year"]))
    pairs_new = b.shuffled([p for p in pairs if p[1]["_set"] in NEW or p[0]["_set"] in NEW])
    pairs_old = b.shuffled([p for p in pairs if not (p[1]["_set"] in NEW or p[0]["_set"] in NEW)])
    pairs_mix = interleave(pairs_new, pairs_old)
    n = 0
    for i, (a, c) in enumerate(pairs_mix):
        if n >= 8:
            break
        m = GROUP_MEASURES[i % len(GROUP_MEASURES)]
        va = mval(a, m)
        if va is None or mval(c, m) is None:
            continue
        spec = MEASURES[m]
        prev = fill("{n}{y}年{lay}有多少？", c, lay=spec["lay"][0])
        q = ["那{y}年呢？", "{y}年的呢", "换成{y}年是多少"][n % 3].format(y=a["year"])
        if b.add(dict(q=q, scope={}, previous=prev, intent="value", expect={"value": va, "unit": spec["unit"]},
                      cells=[f"{a['id']}:{k}" for k in spec["cells"]], persona=["journalist", "deputy", "student"][n % 3],
                      kind="followup_year", phrasing="followup", measure=m, sets=sets_of([a["id"]]))):
            n += 1
    switches = [("r1", "r2", "那只给了一部分的呢？"), ("new", "new_np", "其中个人申请的有几件"), ("rv", "rv_fix", "其中被纠正的呢？"),
                ("r3", "r4_1", "那回复说没有这个信息的呢"), ("new", "carry_in", "上一年转过来的呢？"), ("r7", "carry_out", "留到下一年的呢"),
                ("penalty", "license", "许可决定呢？")]
    pool = interleave(b.shuffled(rd_new), b.shuffled(rd_old))
    k = 0
    for g in pool:
        if k >= len(switches):
            break
        m1, m2, q = switches[k]
        v1, v2 = mval(g, m1), mval(g, m2)
        if v1 is None or v2 is None or v1 == v2:
            continue
        prev = fill("{n}{y}年{lay}有几件？", g, lay=MEASURES[m1]["lay"][1])
        if b.add(dict(q=q, scope={}, previous=prev, intent="value", expect={"value": v2, "unit": MEASURES[m2]["unit"]},
                      cells=[f"{g['id']}:{c}" for c in MEASURES[m2]["cells"]], persona=["lawyer", "citizen"][k % 2],
                      kind="followup_measure", phrasing="followup", measure=m2, sets=sets_of([g["id"]]))):
            k += 1

    # ---- B: narrative figures (≈ 40: two thirds from the newest sets)
    narr_cands = defaultdict(list)
    for g in GOLDS:
        if HELD[(g["agency"], g["year"])] != 1 or g["template"] == "LEGACY":
            continue
        t = trusted_text(g["id"])
        if not t:
            continue
        for kind, (rx, unit, _forms) in NARR.items():
            ms = list(re.finditer(rx, t))
            if len(ms) == 1:
                narr_cands[kind].append((g, ms[0]))
    n_new = n_old = 0
    kinds = list(NARR)
    lists = {k: (b.shuffled([c for c in narr_cands[k] if c[0]["_set"] in NEW]),
                 b.shuffled([c for c in narr_cands[k] if c[0]["_set"] not in NEW])) for k in kinds}
    j = 0
    used_rep = set()
    for rnd in range(12):
        for kind in kinds:
            for newside in (True, False):
                lst = lists[kind][0 if newside else 1]
                if newside and n_new >= 27 or (not newside) and n_old >= 15:
                    continue
                while lst and lst[0][0]["id"] in used_rep:
                    lst.pop(0)
                if not lst:
                    continue
                g, mt = lst.pop(0)
                used_rep.add(g["id"])
                rx, unit, forms = NARR[kind]
                form_i = j % 5
                phr = ["plain", "formal", "voice", "plain", "keyword"][form_i]
                scoped = form_i == 3
                q = forms[3] if scoped else fill(NARR_KW[kind] if form_i == 4 else forms[form_i], g)
                if phr == "voice":
                    q = voiceify(q)
                quote = mt.group(0)
                item = dict(q=q, scope={"report": g["id"]} if scoped else {}, intent="narrative",
                            expect={"value": int(mt.group(1)), "unit": unit},
                            source_quote=quote if scoped else {g["id"]: quote},
                            persona="clerk" if scoped else ["journalist", "citizen", "evaluator", "student"][j % 4],
                            kind="narr_" + kind, phrasing=phr, sets=sets_of([g["id"]]))
                if b.add(item):
                    j += 1
                    n_new += newside
                    n_old += not newside

    # ---- C: problems and improvement (section 五): 22
    prob_cands = []
    for g in GOLDS:
        if HELD[(g["agency"], g["year"])] != 1:
            continue
        t = trusted_text(g["id"])
        i = t.rfind("五、存在的主要问题")
        if i < 0:
            continue
        j2 = t.find("六、", i)
        sec = t[i: j2 if j2 > 0 else i + 800]
        k2 = max(sec.find("改进措施"), sec.find("下一步"))
        probs = sec[:k2] if k2 > 0 else sec
        meas = sec[k2:] if k2 > 0 else ""
        pc = [c for c in re.findall(r"[一二三四五]是([^；。]{6,40})[；。]", probs) if not re.search(r"[\d\-—*_]", c)]
        mc = [c for c in re.findall(r"[一二三四五]是([^；。]{6,40})[；。]", meas) if not re.search(r"[\d\-—*_]", c)]
        if pc and mc:
            prob_cands.append((g, pc, mc))
    pn = b.shuffled([c for c in prob_cands if c[0]["_set"] in NEW])
    po = b.shuffled([c for c in prob_cands if c[0]["_set"] not in NEW])
    for j, (g, pc, mc) in enumerate(interleave(pn[:13], po[:9])):
        which = "problem" if j % 2 == 0 else "measure"
        clauses = pc if which == "problem" else mc
        form_i = (j // 2) % 4
        scoped = form_i == 3
        forms = PROBLEM_FORMS[which]
        q = forms[3] if scoped else fill(forms[form_i], g)
        phr = ["plain", "formal", "voice", "plain"][form_i]
        if phr == "voice":
            q = voiceify(q)
        clause = clauses[b.rng.randrange(len(clauses))]
        b.add(dict(q=q, scope={"report": g["id"]} if scoped else {}, intent="problems", expect={"contains": [clause]},
                   source_quote=clause if scoped else {g["id"]: clause},
                   persona="clerk" if scoped else ["deputy", "evaluator", "journalist"][j % 3],
                   kind="problems_" + which, phrasing=phr, sets=sets_of([g["id"]])))

    # ---- groups: province × level × year over every stored report
    groups = defaultdict(list)
    for g in GOLDS:
        groups[(province(g), g["level"], g["year"])].append(g)
    group_keys = sorted(k for k in groups if k[1] in LEVEL_WORDS)

    def gname(key, abbrev=False):
        prov, lvl, yr = key
        return prov, LEVEL_WORDS[lvl], yr

    def group_values(key, m):
        members = groups[key]
        vals = {g["id"]: mval(g, m) for g in members}
        if any(v is None for v in vals.values()):
            return None
        return vals

    gk_new = b.shuffled([k for k in group_keys if any(g["_set"] in NEW for g in groups[k])])
    gk_old = b.shuffled([k for k in group_keys if not any(g["_set"] in NEW for g in groups[k])])
    gk = interleave(gk_new, gk_old)

    # ---- F: rank of one body (8) and top (7) — within province × level × year
    n_rank = n_top = 0
    for i, key in enumerate(gk):
        if n_rank >= 8 and n_top >= 7:
            break
        m = GROUP_MEASURES[(i * 5) % len(GROUP_MEASURES)]
        vals = group_values(key, m)
        if not vals or not 3 <= len(vals) <= 20 or max(vals.values()) == 0:
            continue
        prov, lw, yr = gname(key)
        spec = MEASURES[m]
        if n_top < 7 and i % 2 == 0:
            srt = sorted(vals.items(), key=lambda kv: -kv[1])
            if srt[0][1] == srt[1][1]:
                continue
            top = srt[0][0]
            q = [f"{prov}{yr}年的{lw}里，谁家{spec['lay'][0]}最多？", f"{yr}年{prov}各{lw}中{spec['formal']}最多的是哪一家？",
                 voiceify(f"{prov}{cn_year(yr)}年{lw}里头{spec['lay'][2]}哪家最多")][n_top % 3]
            if b.add(dict(q=q, scope={}, intent="rank", expect={"values": {top: vals[top]}, "unit": spec["unit"], "order": [top]},
                          cells=[f"{top}:{c}" for c in spec["cells"]], group=sorted(vals), measure=m,
                          persona=["journalist", "deputy", "evaluator"][n_top % 3], kind="group_top",
                          phrasing=["plain", "formal", "voice"][n_top % 3], sets=sets_of(vals))):
                n_top += 1
        elif n_rank < 8:
            cands = [r for r, v in vals.items() if list(vals.values()).count(v) == 1]
            if not cands:
                continue
            r = sorted(cands)[b.rng.randrange(len(cands))]
            rank = 1 + sum(1 for v in vals.values() if v > vals[r])
            g = BY_ID[r]
            scoped = n_rank % 3 == 2
            if scoped:
                q = f"我们今年{spec['lay'][1]}，在全省同级的{lw}里排第几？（从多到少）"
            else:
                q = [f"{g['agency']}{yr}年{spec['lay'][0]}在{prov}的{lw}里排第几？按从多到少",
                     f"{yr}年{g['agency']}的{spec['formal']}在{prov}同级{lw}中位列第几（由多到少）？"][n_rank % 3]
            if b.add(dict(q=q, scope={"report": r} if scoped else {}, intent="rank", expect={"value": rank, "unit": "名"},
                          cells=[f"{x}:{c}" for x in sorted(vals) for c in spec["cells"]], group=sorted(vals), measure=m,
                          rank_of=r, persona="clerk" if scoped else ["journalist", "evaluator"][n_rank % 2], kind="group_rank_of",
                          phrasing=["plain", "formal", "plain"][n_rank % 3], sets=sets_of(vals))):
                n_rank += 1

    # ---- G1: sums over a group (10)
    n = 0
    for i, key in enumerate(reversed(gk)):
        if n >= 10:
            break
        m = GROUP_MEASURES[(i * 7 + 3) % len(GROUP_MEASURES)]
        vals = group_values(key, m)
        if not vals or not 2 <= len(vals) <= 20:
            continue
        prov, lw, yr = gname(key)
        spec = MEASURES[m]
        q = [f"{prov}{yr}年库里这些{lw}，{spec['lay'][0]}加起来一共多少？", f"请汇总{prov}{yr}年全部已收录{lw}的{spec['formal']}。",
             voiceify(f"{prov}{cn_year(yr)}年所有{lw}{spec['lay'][1]}合计多少")][n % 3]
        total = sum(vals.values())
        if b.add(dict(q=q, scope={}, intent="sum", expect={"value": round(total, 2), "unit": spec["unit"]},
                      cells=[f"{x}:{c}" for x in sorted(vals) for c in spec["cells"]], group=sorted(vals), measure=m,
                      persona=["journalist", "deputy", "student"][n % 3], kind="group_sum",
                      phrasing=["plain", "formal", "voice"][n % 3], sets=sets_of(vals))):
            n += 1

    # ---- G2: shares within a report (12; 4 scoped)
    SHARES = [
        ("公开率", "（全部公开加部分公开）占办结总数的百分比", "100*({t3.r1.tot}+{t3.r2.tot})/{t3.r7.tot}", ["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"], "t3.r7.tot"),
        ("被拒比例", "被拒绝公开的（不予公开合计）占办结总数的百分比",
         "100*(" + "+".join("{t3.%s.tot}" % r for r in T3R) + ")/{t3.r7.tot}", [f"t3.{r}.tot" for r in T3R] + ["t3.r7.tot"], "t3.r7.tot"),
        ("个人申请占比", "个人（自然人）申请占新收申请的百分比", "100*{t3.new.np}/{t3.new.tot}", ["t3.new.np", "t3.new.tot"], "t3.new.tot"),
        ("没有信息的比例", "回复「不掌握相关信息」的占办结总数的百分比", "100*{t3.r4_1.tot}/{t3.r7.tot}", ["t3.r4_1.tot", "t3.r7.tot"], "t3.r7.tot"),
    ]
    pool = interleave(b.shuffled(rd_new), b.shuffled(rd_old))
    n = 0
    for g in pool:
        if n >= 12:
            break
        name, defi, calc, cells, den = SHARES[n % len(SHARES)]
        vals = {c: cell(g, c) for c in cells}
        if any(not isinstance(v, int) for v in vals.values()) or vals[den] == 0:
            continue
        v = round(eval(re.sub(r"\{([^}]+)\}", lambda mm: repr(vals[mm.group(1)]), calc)), 2)  # noqa: S307
        scoped = n % 3 == 2
        q = (f"我们今年的{name}是多少？就是{defi}" if scoped
             else [f"{g['agency']}{g['year']}年的{name}是多少？按{defi}算", f"请计算{g['agency']}{g['year']}年度的{name}（{defi}）。"][n % 3])
        if b.add(dict(q=q, scope={"report": g["id"]} if scoped else {}, intent="share", expect={"value": v, "unit": "%", "tol": 0.05},
                      cells=cells if scoped else [f"{g['id']}:{c}" for c in cells], calc=calc if scoped else re.sub(r"\{", "{" + g["id"] + ":", calc),
                      persona="clerk" if scoped else ["student", "evaluator"][n % 3 % 2], kind="share_in_report",
                      phrasing=["plain", "formal", "plain"][n % 3], sets=sets_of([g["id"]]))):
            n += 1

    # ---- D1: two bodies of one group (12) ; D2: two years of one body (8) ; E: change (14)
    n = 0
    for i, key in enumerate(gk[3:] + gk[:3]):
        if n >= 12:
            break
        m = GROUP_MEASURES[(i * 3 + 1) % len(GROUP_MEASURES)]
        members = sorted([g for g in groups[key] if mval(g, m) is not None], key=lambda g: g["id"])
        if len(members) < 2:
            continue
        a, c = b.rng.sample(members, 2)
        va, vc = mval(a, m), mval(c, m)
        if va == vc:
            continue
        spec = MEASURES[m]
        top = a["id"] if va > vc else c["id"]
        q = [f"{a['year']}年{a['agency']}和{c['agency']}，哪家{spec['lay'][0]}多？各多少",
             f"请比较{a['year']}年度{a['agency']}与{c['agency']}的{spec['formal']}。",
             voiceify(f"{cn_year(a['year'])}年{a['agency']}跟{c['agency']}{spec['lay'][2]}比一比谁多")][n % 3]
        if b.add(dict(q=q, scope={}, intent="compare", expect={"values": {a["id"]: va, c["id"]: vc}, "unit": spec["unit"], "order": [top]},
                      cells=[f"{x['id']}:{k}" for x in (a, c) for k in spec["cells"]], measure=m,
                      persona=["journalist", "lawyer", "deputy"][n % 3], kind="compare_bodies",
                      phrasing=["plain", "formal", "voice"][n % 3], sets=sets_of([a["id"], c["id"]]))):
            n += 1
    n_cmp = n_chg = 0
    for i, (a, c) in enumerate(pairs_mix[8:] + pairs_mix[:8]):
        if n_cmp >= 8 and n_chg >= 14:
            break
        m = GROUP_MEASURES[(i * 5 + 2) % len(GROUP_MEASURES)]
        va, vc = mval(a, m), mval(c, m)
        if va is None or vc is None:
            continue
        spec = MEASURES[m]
        if n_chg < 14 and (i % 3 != 0 or n_cmp >= 8):
            scoped = n_chg % 4 == 3
            if scoped:
                q = f"我们今年{spec['lay'][0]}比{a['year']}年多了还是少了？差几"
            else:
                q = [f"{c['agency']}{spec['lay'][0]}，{c['year']}年比{a['year']}年多了还是少了？差多少",
                     f"{c['agency']}{c['year']}年{spec['formal']}较{a['year']}年增减多少？",
                     voiceify(f"{c['agency']}{cn_year(c['year'])}年跟{cn_year(a['year'])}年比{spec['lay'][1]}变了多少")][n_chg % 4 % 3]
            v = round(vc - va, 2)
            if b.add(dict(q=q, scope={"report": c["id"]} if scoped else {}, intent="change", expect={"value": v, "unit": spec["unit"]},
                          cells=[f"{x['id']}:{k}" for x in (c, a) for k in spec["cells"]],
                          calc="(" + "+".join("{%s:%s}" % (c["id"], k) for k in spec["cells"]) + ")-(" + "+".join("{%s:%s}" % (a["id"], k) for k in spec["cells"]) + ")",
                          measure=m, persona="clerk" if scoped else ["journalist", "deputy", "student"][n_chg % 3], kind="change_years",
                          phrasing="plain" if scoped else ["plain", "formal", "voice"][n_chg % 4 % 3], sets=sets_of([a["id"], c["id"]]))):
                n_chg += 1
        elif n_cmp < 8:
            if va == vc:
                continue
            top = a["id"] if va > vc else c["id"]
            q = [f"{a['agency']}{a['year']}年和{c['year']}年{spec['lay'][0]}各多少，哪年多？",
                 f"{a['agency']}{a['year']}年与{c['year']}年的{spec['formal']}对比。"][n_cmp % 2]
            if b.add(dict(q=q, scope={}, intent="compare", expect={"values": {a["id"]: va, c["id"]: vc}, "unit": spec["unit"], "order": [top]},
                          cells=[f"{x['id']}:{k}" for x in (a, c) for k in spec["cells"]], measure=m,
                          persona=["journalist", "student"][n_cmp % 2], kind="compare_years",
                          phrasing=["plain", "formal"][n_cmp % 2], sets=sets_of([a["id"], c["id"]]))):
                n_cmp += 1

    # ---- H: which bodies (12)
    PREDS = [("复议", "被申请过信息公开行政复议", lambda g: cell(g, "t4.rv.tot") > 0, ["t4.rv.tot"]),
             ("诉讼", "被告上过法院（信息公开行政诉讼，直接起诉或复议后起诉）", lambda g: cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") > 0, ["t4.ld.tot", "t4.lr.tot"]),
             ("零申请", "一整年一份新的公开申请都没收到", lambda g: cell(g, "t3.new.tot") == 0, ["t3.new.tot"]),
             ("拒绝", "有过拒绝公开（不予公开）的申请", lambda g: sum(cell(g, f"t3.{r}.tot") for r in T3R) > 0, [f"t3.{r}.tot" for r in T3R])]
    # each kind of fact in turn (3 groups each), a group asked once
    n = 0
    used_groups: set = set()
    for _rnd in range(5):
        for pname, pdesc, pred, pcells in PREDS:
            if n >= 12:
                break
            for key in gk[7:] + gk[:7]:
                members = groups[key]
                if key in used_groups or not 3 <= len(members) <= 20:
                    continue
                if any(not readable(g) or any(not isinstance(cell(g, c), int) for c in pcells) for g in members):
                    continue
                hit = sorted(g["id"] for g in members if pred(g))
                if not 1 <= len(hit) <= 6 or len(hit) == len(members):
                    continue
                prov, lw, yr = gname(key)
                q = [f"{prov}{yr}年的{lw}里，哪些{pdesc}？", f"{yr}年{prov}已收录的{lw}中，哪几家{pdesc}？",
                     voiceify(f"{prov}{cn_year(yr)}年{lw}有哪几家{pdesc}")][n % 3]
                if b.add(dict(q=q, scope={}, intent="which_reports", expect={"reports": hit},
                              cells=[f"{g['id']}:{c}" for g in sorted(members, key=lambda x: x["id"]) for c in pcells],
                              group=sorted(g["id"] for g in members), pred=pname,
                              persona=["lawyer", "journalist", "evaluator"][n % 3], kind="which_" + pname,
                              phrasing=["plain", "formal", "voice"][n % 3], sets=sets_of([g["id"] for g in members]))):
                    n += 1
                    used_groups.add(key)
                    break

    # ---- I: consistency of a report's own tables (18: half inconsistent, 5 scoped)
    cons_new, cons_old = [], []
    for g in GOLDS:
        if g["template"] not in ("GF2019", "GF2021") or not g["tables_recoverable"] or HELD[(g["agency"], g["year"])] != 1:
            continue
        if g.get("statements"):
            continue
        for ident in IDENTITIES:
            res = identity(g, ident)
            if res is None:
                continue
            (cons_new if g["_set"] in NEW else cons_old).append((g, ident, res))
    cons_new, cons_old = b.shuffled(cons_new), b.shuffled(cons_old)
    bad = interleave([c for c in cons_new if c[2][0] != c[2][1]], [c for c in cons_old if c[2][0] != c[2][1]])
    good = interleave([c for c in cons_new if c[2][0] == c[2][1] and c[2][0] > 0 and not c[0]["findings"]],
                      [c for c in cons_old if c[2][0] == c[2][1] and c[2][0] > 0 and not c[0]["findings"]])
    used = set()
    n = 0
    for j, (g, ident, (lhs, rhs)) in enumerate(interleave(bad, good)):
        if n >= 18:
            break
        if g["id"] in used:
            continue
        used.add(g["id"])
        scoped = n % 4 == 3
        forms = IDENTITY_FORMS[ident]
        q = forms[3] if scoped else fill(forms[n % 4 % 3], g)
        phr = "plain" if scoped else ["plain", "formal", "voice"][n % 4 % 3]
        if phr == "voice":
            q = voiceify(q)
        verdict = "consistent" if lhs == rhs else "inconsistent"
        b.add(dict(q=q, scope={"report": g["id"]} if scoped else {}, intent="consistency",
                   expect={"verdict": verdict, "checks": [IDENTITY_CHECK[ident]], "values": {"left": lhs, "right": rhs}},
                   cells=[c if scoped else f"{g['id']}:{c}" for c in identity_cells(g, ident)], identity=ident,
                   persona="clerk" if scoped else ["evaluator", "journalist", "student"][n % 3], kind="consistency_" + ident,
                   phrasing=phr, sets=sets_of([g["id"]])))
        n += 1

    # ---- J: refusals (≈ 48)
    ref_pool = interleave(b.shuffled([g for g in GOLDS if g["_set"] in NEW]), b.shuffled([g for g in GOLDS if g["_set"] not in NEW]), 2)
    rkinds = list(REFUSALS)
    n = 0
    per_kind = Counter()
    for g in ref_pool:
        if n >= 30:
            break
        if HELD[(g["agency"], g["year"])] != 1 or g["template"] == "LEGACY":
            continue
        t = trusted_text(g["id"])
        if not t:
            continue
        kind = rkinds[n % len(rkinds)]
        forms, words = REFUSALS[kind]
        if kind == "train_none" and "培训" not in t:
            continue
        if any(re.search(w, t) for w in words):
            continue
        q = fill(forms[per_kind[kind] % 3], g)
        phr = ["plain", "formal", "voice"][per_kind[kind] % 3]
        if phr == "plain" and n % 2 == 0:
            q2 = typo(b.rng, q, g["agency"])
            phr, q = ("typo", q2) if q2 != q else (phr, q)
        if phr == "voice":
            q = voiceify(q)
        if b.add(dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True},
                      note=f"asked as {kind}: the report's text contains none of {words}",
                      persona=["citizen", "student", "journalist", "deputy"][n % 4], kind="refuse_" + kind, phrasing=phr,
                      sets=sets_of([g["id"]]))):
            n += 1
            per_kind[kind] += 1
    # scoped refusals (6)
    n = 0
    skinds = list(SCOPED_REFUSALS)
    for g in ref_pool[40:]:
        if n >= 6:
            break
        if HELD[(g["agency"], g["year"])] != 1 or g["template"] == "LEGACY":
            continue
        t = trusted_text(g["id"])
        kind = skinds[n % len(skinds)]
        if not t or any(re.search(w, t) for w in REFUSALS[kind][1]):
            continue
        if b.add(dict(q=SCOPED_REFUSALS[kind], scope={"report": g["id"]}, intent="unanswerable", expect={"refuse": True},
                      note=f"asked as {kind}: the report's text contains none of {REFUSALS[kind][1]}", persona="clerk",
                      kind="refuse_scoped_" + kind, phrasing="plain", sets=sets_of([g["id"]]))):
            n += 1
    # a year not stored (8) and GF2019 fee amount (4)
    agencies_years = defaultdict(set)
    for g in GOLDS:
        agencies_years[g["agency"]].add(g["year"])
    n = 0
    for g in ref_pool:
        if n >= 8:
            break
        if g["template"] == "LEGACY":
            continue
        y0 = min(agencies_years[g["agency"]]) - 1
        if y0 < 2019 or any(g["agency"] in other or other in g["agency"] for other in AGENCY_NAMES if other != g["agency"]):
            continue
        # every stored report of the body was read and none of them speaks of that year (no 「较2021年」 figures)
        later = [x for x in GOLDS if x["agency"] == g["agency"]]
        if any(not trusted_text(x["id"]) or f"{y0}年" in trusted_text(x["id"]) for x in later):
            continue
        m = GROUP_MEASURES[n % len(GROUP_MEASURES)]
        spec = MEASURES[m]
        q = [f"{g['agency']}{y0}年{spec['lay'][0]}有多少？", f"请问{g['agency']}{y0}年度{spec['formal']}是多少？",
             voiceify(f"{g['agency']}{cn_year(y0)}年{spec['lay'][2]}有几件")][n % 3]
        if b.add(dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True},
                      note=f"asked as value: {g['agency']} has no {y0} report in the store (stored years {sorted(agencies_years[g['agency']])})",
                      persona=["journalist", "lawyer", "student"][n % 3], kind="refuse_year_not_stored",
                      phrasing=["plain", "formal", "voice"][n % 3], sets=["store"])):
            n += 1
    n = 0
    for g in ref_pool:
        if n >= 4:
            break
        if g["template"] != "GF2019" or HELD[(g["agency"], g["year"])] != 1 or not g["tables_recoverable"]:
            continue
        q = [f"{g['agency']}{g['year']}年行政事业性收费一共收了多少万元？", f"{g['agency']}{g['year']}年收费金额是多少万？"][n % 2]
        if b.add(dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True},
                      note="asked as value: a GF2019 report's table 二 has no fee amount column (only 项目数量 and 本年增/减)",
                      persona=["journalist", "citizen"][n % 2], kind="refuse_gf2019_fee", phrasing="plain", sets=sets_of([g["id"]]))):
            n += 1

    # a body not stored: the city government above a stored county government (4)
    n = 0
    for g in ref_pool:
        if n >= 4:
            break
        if g["level"] != "县级政府":
            continue
        m = re.match(r"^(?:.+?(?:自治区|省))(.+?(?:市|自治州|地区|盟))", g["region"])
        if not m:
            continue
        city = m.group(1)
        name = city + "人民政府"
        if any(a.startswith(city) and ("政府" in a and "区" not in a[len(city):] and "县" not in a[len(city):]) for a in AGENCY_NAMES):
            continue
        if any(name in a or city + "政府" in a for a in AGENCY_NAMES):
            continue
        spec = MEASURES[GROUP_MEASURES[n % len(GROUP_MEASURES)]]
        q = [f"{name}{g['year']}年{spec['lay'][0]}有多少？", f"请问{name}{g['year']}年度{spec['formal']}是多少？",
             voiceify(f"{name}{cn_year(g['year'])}年{spec['lay'][2]}有几件"), f"{city}政府{g['year']}年{spec['lay'][1]}有几件？"][n % 4]
        if b.add(dict(q=q, scope={}, intent="unanswerable", expect={"refuse": True},
                      note=f"asked as value: {name} is not in the store (only bodies under it, e.g. {g['agency']})",
                      persona=["journalist", "citizen", "lawyer", "deputy"][n % 4], kind="refuse_body_not_stored",
                      phrasing=["plain", "formal", "voice", "plain"][n % 4], sets=["store"])):
            n += 1

    for i, it in enumerate(b.items, 1):
        it["id"] = f"zv{i:04d}"
    order = ["id", "q", "scope", "previous", "intent", "style", "expect", "cells", "calc", "source_quote", "note",
             "persona", "kind", "phrasing", "measure", "group", "rank_of", "pred", "identity", "sets"]
    out = []
    for it in b.items:
        it["style"] = "colloquial" if it["phrasing"] in ("plain", "voice", "typo", "keyword", "followup") else "formal"
        out.append({k: it[k] for k in order if k in it})
    return out


AGENCY_NAMES = sorted({g["agency"] for g in GOLDS})

# ---------------------------------------------------------------- identities (consistency)

IDENTITIES = ["H1", "H3", "H5"]
IDENTITY_CHECK = {"H1": "H1", "H3": "H3", "H5": "H5"}
T3_RESULTS = ["r1", "r2", *T3R, "r4_1", "r4_2", "r4_3", "r5_1", "r5_2", "r5_3", "r5_4", "r5_5"]
IDENTITY_CELLS = {
    "H1": ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"],
    "H5": ["t4.rv.keep", "t4.rv.fix", "t4.rv.other", "t4.rv.pend", "t4.rv.tot"],
}
IDENTITY_FORMS = {
    "H1": ["{n}{y}年那张申请表，新收的加上年转来的，跟办完的加留到下年的对得上吗？",
           "{n}{y}年度报告表三中，本年新收与上年结转之和是否等于办理结果总计与结转下年度之和？",
           "{n}{yv}年申请表收进来的和办出去的能对上吗",
           "我们表三的收件数和办结数对得上吗？帮我核一下"],
    "H3": ["{n}{y}年申请办理结果各项加起来，等于它写的总数吗？",
           "{n}{y}年度表三各项办理结果之和与总计是否一致？",
           "{n}{yv}年办理结果那几行加起来跟总计一样吗",
           "我们表三的办理结果加起来等于总计吗？"],
    "H5": ["{n}{y}年行政复议那一栏，维持、纠正这些加起来和复议总数对得上吗？",
           "{n}{y}年度表四行政复议各结果之和是否等于复议总计？",
           "{n}{yv}年复议的几种结果加起来跟总数一样吗",
           "我们表四复议那几格加起来对不对？"],
}


def _t3_results(template: str) -> list[str]:
    extra = ["r6_1", "r6_2", "r6_3"] if template == "GF2021" else ["r6"]
    return [f"t3.{r}.tot" for r in T3_RESULTS + extra]


def identity_cells(g: dict, ident: str) -> list[str]:
    if ident == "H3":
        return [*_t3_results(g["template"]), "t3.r7.tot"]
    return IDENTITY_CELLS[ident]


def identity(g: dict, ident: str):
    """(left, right) of an identity over the 总计 column, from the gold; None if a cell is not a number."""
    cells = identity_cells(g, ident)
    vals = [cell(g, c) for c in cells]
    if any(not isinstance(v, int) or isinstance(v, bool) for v in vals):
        return None
    if ident == "H1":
        return vals[0] + vals[1], vals[2] + vals[3]
    if ident == "H3":
        return sum(vals[:-1]), vals[-1]
    return sum(vals[:4]), vals[4]


# ---------------------------------------------------------------- check


def _eval_calc(calc: str, scope: str | None) -> float:
    def sub(mm):
        ref = mm.group(1)
        rid, _, key = ref.rpartition(":")
        v = cell(BY_ID[rid or scope], key)
        assert isinstance(v, (int, float)), ref
        return repr(v)

    return eval(re.sub(r"\{([^}]+)\}", sub, calc))  # noqa: S307 — our own arithmetic over gold numbers


def _cells_sum(cells: list[str], scope: str | None) -> float:
    total = 0
    for ref in cells:
        rid, _, key = ref.rpartition(":")
        v = cell(BY_ID[rid or scope], key)
        assert isinstance(v, (int, float)) and not isinstance(v, bool), ref
        total += v
    return total


def _group_ok(members: list[str], item: dict) -> None:
    g0 = BY_ID[members[0]]
    key = (province(g0), g0["level"], g0["year"])
    every = sorted(g["id"] for g in GOLDS if (province(g), g["level"], g["year"]) == key)
    assert every == sorted(members), (item["id"], "group is not every stored report")


def check(items: list[dict]) -> None:
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    keys = [(it["q"], json.dumps(it.get("scope")), json.dumps(it.get("previous"))) for it in items]
    assert len(keys) == len(set(keys))
    for it in items:
        scope = (it.get("scope") or {}).get("report")
        assert scope is None or scope in BY_ID, it["id"]
        for ref in it.get("cells", []):
            rid, _, key = ref.rpartition(":")
            rid = rid or scope
            assert rid in BY_ID, (it["id"], ref)
            v = cell(BY_ID[rid], key)
            assert isinstance(v, (int, float)) and not isinstance(v, bool), (it["id"], ref, v)
        exp = it["expect"]
        intent = it["intent"]
        if exp.get("refuse"):
            assert it.get("note"), it["id"]
            continue
        if intent in ("narrative", "problems"):
            quotes = it["source_quote"] if isinstance(it["source_quote"], dict) else {scope: it["source_quote"]}
            for rid, qt in quotes.items():
                assert squash(qt) in text(rid), (it["id"], qt)
            if "value" in exp:
                m = re.search(NARR[it["kind"][5:]][0], squash(next(iter(quotes.values()))))
                assert m and int(m.group(1)) == exp["value"], it["id"]
            else:
                assert all(squash(c) in text(next(iter(quotes))) for c in exp["contains"]), it["id"]
            continue
        if intent in ("value", "sum") and "calc" not in it:
            got = _cells_sum(it["cells"], scope)
            if it.get("kind") == "group_sum":
                _group_ok(it["group"], it)
            assert abs(got - exp["value"]) < 1e-6, (it["id"], got, exp)
        elif intent in ("share", "change"):
            got = _eval_calc(it["calc"], scope)
            assert abs(got - exp["value"]) <= (exp.get("tol") or 0) + 1e-6, (it["id"], got, exp)
        elif intent == "rank" and "value" in exp:
            _group_ok(it["group"], it)
            vals = {r: _cells_sum([c for c in it["cells"] if c.startswith(r + ":")], None) for r in it["group"]}
            assert exp["value"] == 1 + sum(1 for v in vals.values() if v > vals[it["rank_of"]]), it["id"]
        elif intent == "rank":
            _group_ok(it["group"], it)
            cells = MEASURES[it["measure"]]["cells"]
            vals = {r: _cells_sum([f"{r}:{c}" for c in cells], None) for r in it["group"]}
            top = exp["order"][0]
            assert vals[top] == max(vals.values()) and list(vals.values()).count(vals[top]) == 1, it["id"]
            assert exp["values"][top] == vals[top], it["id"]
        elif intent == "compare":
            cells = MEASURES[it["measure"]]["cells"]
            for r, v in exp["values"].items():
                assert _cells_sum([f"{r}:{c}" for c in cells], None) == v, it["id"]
            top = exp["order"][0]
            assert exp["values"][top] == max(exp["values"].values()), it["id"]
        elif intent == "which_reports":
            _group_ok(it["group"], it)
            pred = {"复议": lambda g: cell(g, "t4.rv.tot") > 0, "诉讼": lambda g: cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") > 0,
                    "零申请": lambda g: cell(g, "t3.new.tot") == 0,
                    "拒绝": lambda g: sum(cell(g, f"t3.{r}.tot") for r in T3R) > 0}[it["pred"]]
            assert sorted(r for r in it["group"] if pred(BY_ID[r])) == exp["reports"], it["id"]
        elif intent == "consistency":
            rid = scope or it["cells"][0].rpartition(":")[0]
            lhs, rhs = identity(BY_ID[rid], it["identity"])
            assert exp["values"] == {"left": lhs, "right": rhs}, it["id"]
            assert exp["verdict"] == ("consistent" if lhs == rhs else "inconsistent"), it["id"]
        else:
            raise AssertionError((it["id"], intent))


def main() -> None:
    items = build()
    check(items)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(c))


if __name__ == "__main__":
    main()
