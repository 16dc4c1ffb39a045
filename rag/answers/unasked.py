"""Questions that ask nothing the reports can answer as written — said so, never 「报告未提及」 as if a report
had been searched for it:

- off-topic (「今天天气怎么样」「帮我写一首诗」「明天股票会涨吗」): outside the reports altogether, whatever the scope;
- a change with no measure (「今年和去年比变化多大」「比去年多了多少」): a figure of the report compared with the year
  before — but which one? The measure is asked for, with the kinds a report holds;
- a 表三 row named only negated (「没有同意公开的申请有几件」): the rows it could mean are named, none guessed.

Both are read on the question's words alone (a word of the reports' own subject keeps a question on the normal
path: 「报告里提到天气了吗」 is searched)."""

from __future__ import annotations

import re

from extractor import tablespec as ts
from extractor.schema import Answer

from ..context import NOT_MENTIONED, Context
from ..intent import negated_only, table_measures
from ..lazyre import lazy
from ..qualifier import unread

# the reports' own subject: any of these keeps a question on its normal path
_SUBJECT = lazy(
    r"申请|公开|复议|诉讼|起诉|报告|年报|政府|信息|单位|部门|机关|政务|公文|文件|规章|规范性|处罚|许可|强制|收费|"
    r"办理|答复|政策|解读|会议|平台|网站|问题|整改|工作|(?<![餐客大歌])厅|[局委办]|件|条|篇|表[一二三四]|数据|数字|统计"
)
# what people ask a chat box beside the reports: weather, markets, writing, entertainment, travel, small talk
_OFF_TOPIC = lazy(
    r"天气|气温|下雨|下雪|台风|股票|股市|基金|彩票|汇率|房价|写(?:一)?(?:首|篇|段)|作诗|诗歌|笑话|故事|段子|"
    r"餐厅|饭店|美食|菜谱|做饭|机票|火车票|高铁票|酒店|旅游|景点|电影|电视剧|音乐|唱歌|歌曲|世界杯|足球|篮球|"
    r"比赛|冠军|明星|星座|运势|算命|游戏|翻译|你是谁|你叫什么|你好吗|几点了|现在几点|今天星期几"
)


def off_topic(q: str) -> bool:
    """Is q off-topic: one of the chat-box asks above, and no word of the reports' subject?"""
    return bool(_OFF_TOPIC.search(q)) and not _SUBJECT.search(q)


def outside(ctx: Context) -> Answer | None:
    """「今天天气怎么样」: outside the reports — said, with what can be asked."""
    return ctx.answer(
        "超出年报范围：这里只回答政府信息公开工作年度报告中的内容（依申请公开的收到与办理、主动公开、行政复议和"
        "行政诉讼、存在的问题和改进措施等），无法回答这个问题。",
        "none",
    )


# a comparison with the year before, said without what is compared
_YEAR_BEFORE = lazy(r"去年|上一?年度?|前一年|同比|较上年|上期")
# every word such a comparison is made of: what is left once they are taken out is the measure, if any
_CHANGE_WORDS = lazy(
    r"今年|本年度?|当年|去年|上一?年度?|前一年|同比|环比|上期|和|跟|与|同|较|相比|比较?|对比|变化|变动|增减|增长|"
    r"减少|增加|下降|上升|降低|提高|涨|降|跌|多|少|高|低|大|小|了|还是|多少|几成|百分之|百分比|几|差|是|的|有|"
    r"吗|呢|啊|吧|呀|怎么样|如何|幅度|情况|一下|请问|那|这"
)


def asks_change_unnamed(q: str) -> bool:
    """「今年和去年比变化多大」「比上年多还是少？多多少」: a change against the year before, with nothing left to
    name the measure once the comparison's own words are taken out."""
    if not _YEAR_BEFORE.search(q):
        return False
    return not re.sub(r"[\s\d%％？?，,。.！!：:、；;]", "", _CHANGE_WORDS.sub("", q))


def no_measure(ctx: Context) -> Answer | None:
    """「今年和去年比变化多大」: which figure? — asked for, never guessed (nor 「报告未提及」)."""
    return ctx.answer(
        "请指明要比较哪一项：例如本年新收申请、予以公开、行政复议、行政诉讼、主动公开的规范性文件或行政处罚决定，"
        "再问与上一年相比的变化（如「本年新收申请比上一年多了多少」）。",
        "none",
    )


def negated(ctx: Context) -> Answer | None:
    """「没有同意公开的申请有几件」: a row named only by what it is not — the other rows are several (部分公开 or not?),
    so which is asked is asked back, with the rows; never the negated row's own number, nor the applications received."""
    key = negated_only(ctx.q)
    if key is None:
        return None
    rows = "、".join(ts.row_short("t3", r) for r in ("r1", "r2", "r3", "r4", "r5", "r6") if r != key.split("_")[0])
    return ctx.answer(
        f"{NOT_MENTIONED}：问题只说了不是「{ts.row_short('t3', key)}」的申请，表三没有这样一行；办理结果另有{rows}"
        "各行，请指明要问哪一行（如「不予公开的申请有几件」）。",
        "none",
    )


def asks_qualified(q: str) -> bool:
    """「没处理的申请有几件」「被驳回的申请有几件」: the applications counted qualified by words that name no row of
    表三 but could be several (rag.qualifier) — and no cell read instead."""
    reading = unread(q)
    return reading is not None and reading.kind in ("unhandled", "rejected") and not table_measures(q)


def qualified(ctx: Context) -> Answer | None:
    """The rows the qualifier could mean are named and asked back — never 本年新收, never one of them guessed."""
    reading = unread(ctx.q)
    if reading is None or reading.kind not in ("unhandled", "rejected"):
        return None
    if reading.kind == "unhandled":
        said = (
            f"「{reading.words}」的申请可能指不予处理的（表三「（五）不予处理」），也可能指年底尚未办完、"
            "结转下年度继续办理的；请指明要问哪一项（如「不予处理的申请有几件」「结转下年度的有几件」）。"
        )
    else:
        said = (
            f"表三没有「{reading.words}」这一行：办理结果分予以公开、部分公开、不予公开、无法提供、不予处理、"
            "其他处理各行；请指明要问哪一行（如「不予公开的申请有几件」「不予处理的有几件」）。"
        )
    return ctx.answer(f"{NOT_MENTIONED}：{said}", "none")


_R6_SPLIT = ("r6_1", "r6_2", "r6_3")


def asks_split_r6(q) -> bool:
    """A sub-row of 「（六）其他处理」 (1.逾期不补正 / 2.逾期未缴费 / 3.其他) — printed only by the 2021 template."""
    return any(getattr(m, "table", None) == "t3" and getattr(m, "row", None) in _R6_SPLIT for m in q.measures)


def template_row(ctx: Context) -> Answer | None:
    """A 2021-template sub-row of 「（六）其他处理」 asked of a report on the 2019 template (国办公开办函〔2019〕60号),
    whose table 三 prints 「（六）其他处理」 as one row: no such row — refused, the one row said beside as context,
    never given as the answer (zzfix)."""
    if ctx.n != 1:
        return None
    rid = ctx.ids[0]
    keys = ctx.store.cells(rid)
    if ts.t3_spec_of(keys) is not ts.T3_GF2019:
        return None
    asked = next(m for m in ctx.question.measures if getattr(m, "row", None) in _R6_SPLIT)
    label = {
        "r6_1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "r6_2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "r6_3": "3.其他",
    }[asked.row]  # type: ignore[union-attr]
    whole = keys.get("t3.r6.tot")
    beside = (
        f"；作为参考，该报告「（六）其他处理」一行合计{whole['value']:g}件，不是所问子项的数字"
        if whole is not None and whole["value"] is not None
        else ""
    )
    return ctx.answer(
        f"{NOT_MENTIONED}：{ctx.name(rid)}的报告使用2019年版模板（国办公开办函〔2019〕60号），表三的「（六）其他处理」"
        f"只有一行，不分子项；「{label}」是2021年版模板（国办公开办函〔2021〕30号）才有的行，该报告没有这一行{beside}。",
        "none",
    )
