"""A figure put to the report as a premise (「被申请行政复议16件，这个数对吗？实际是多少」): the user wants the
true figure and a yes/no, not a check of the table's sums. The rules read the claim as the question it
stands for (「被申请行政复议多少件」); the answer found is then said right or wrong against the stated figure.

Only a figure said with its unit right before the doubt counts as a premise; a doubt about the figures'
agreement (一致, 加起来, 合计, 勾稽 …) stays a consistency check, and a claim put to the text (「报告说…对吗」)
stays the text's."""

from __future__ import annotations

from extractor.schema import Answer

from .cite import fmt
from .lazyre import lazy
from .question import Question

UNITS = r"万元|万条|万人|万|件|条|个|项|篇|次|场|人|家|期|份|起|%|元"
# 「…16件，这个数对吗」「…16件对吗？实际是多少」「…是16件，准确吗」「记得是16件，实际是多少」「…16件吧？」
PREMISE = lazy(
    rf"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千]*)\s*({UNITS})(?:[吧呀啊吗]?[？?，,。\s]*(?:这个?(?:数字?|数据|说法|数目)|这)?(?:是)?"
    r"(?:对吗|对不对|对么|准确吗|准不准|属实吗|是真的吗|真的吗|没错吧|没错吗|正确吗|是这样吗|靠谱吗|可信吗|"
    r"实际(?:上)?(?:是|有|应该是)?多少|到底(?:是|有)?多少|真实(?:的)?(?:数字?|数据|情况)?(?:是|有)?多少)|吧[？?]?$)"
)
# 「X2020年予以公开是不是284件？」「…是284件吗」「…有16件对吧」「…是不是一件啊」: a figure asked to be confirmed — the
# same premise said the other way round, the doubt before the figure (or a tag after 是/有 N件); the printed figure is
# the answer, said yes or no. (「也是5件吗」「都是…」 set one figure against another: a check, not this)
CONFIRM = lazy(
    rf"(?:(?<![也都还])(?:是不是|是否(?:是|为)?)\s*(?:就|只有?|仅|才|共|一共|总共)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千]*)\s*({UNITS})"
    rf"(?:吗|么|嘛|呢|吧|啊|呀)?"
    rf"|(?<![也都还])(?:是|有|为)\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千]*)\s*({UNITS})"
    rf"[，,\s]*(?:吗|么|嘛|对吧|是吧|是吗|没错吧|没错吗|对不对|对吗|不是吗))"
    rf"[？?。.！!\s]*$"
)
# a doubt that one figure agrees with others (a sum, its parts): 「分项加起来是不是380件」 stays a check; 合计 and 表三
# name the figure confirmed (「行政诉讼合计是不是1件」「表三予以公开是不是5件」)
_CONFIRM_AGREEMENT = lazy(r"一致|相符|吻合|加起来|相加|之和|勾稽|分项|各项|等于|对得上|对不上|加总")
# a doubt about how the figures agree, or a figure put to a table named (「表二里…废止了20件，对不对」: the text's
# or the user's figure against the table — its check says 不一致 and both figures): no premise
_AGREEMENT = lazy(
    r"一致|相符|吻合|加起来|相加|之和|合计|汇总|勾稽|分项|各项|等于|对得上|对不上|表[一二三四]|统计表|表格"
)


# 「超过10件吧」「不到5件对吗」: a bound put to the figure, not a figure stated
_BOUND = lazy(r"(?:超过|超出|不到|不足|多于|少于|至少|最多|低于|高于|大于|小于|过了|破)\s*$")
_BOUND_AFTER = lazy(r"(?:以上|以下|左右|上下|多|出头)")


# (zrfixa) who a figure was heard from — a press release, a colleague, hearsay: never the report's own text
_HEARSAY = lazy(
    r"新闻稿|新闻|报道|通稿|通报|公众号|文章|宣传|媒体|网上|网传|同事|朋友|领导|有人|别人|听说|据说|听人|传言"
)
_HEARSAY_LEAD = lazy(
    r"^[^，,。？?]{0,24}?(?:新闻稿|新闻|报道|通稿|通报|公众号|文章|宣传材料|宣传|媒体|网上|网传|同事|朋友|领导|有人|别人|听人|传言)"
    r"[^，,。？?]{0,8}?(?:说|讲|称|提到|写|报道)(?:的|了|过)?[，,:：\s]*|^[^，,。？?]{0,8}?(?:听说|据说)[，,:：\s]*|"
    r"^[^，,。？?]{0,4}?(?:据|根据|按|看)[^，,。？?]{0,10}?(?:新闻稿|新闻|报道|通稿|通报|公众号|文章|宣传材料|宣传|媒体)"
    r"[^，,。？?]{0,4}?[，,:：\s]+"
)
# (zrfixa) 「新闻稿里说X 2023年接到了40件申请，是这个数吗」: a figure heard elsewhere, the thing counted after its unit
_HEARD_FIGURE = lazy(
    rf"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千][〇零一二两三四五六七八九十百千]*)\s*({UNITS})"
    r"(?P<noun>的?(?:政府)?(?:信息)?(?:公开)?申[请清](?:件)?)[，,\s]*"
    r"(?P<doubt>是这个数(?:字|目)?|数字?是这个|数目是这个|是这么多|对吗|对不对|准确吗|属实吗|是真的吗|真的吗|没错吧|没错吗|正确吗|是这样吗|靠谱吗|可信吗)"
    r"(?:吗|么|不|吧|没错吧|对吧)?[？?。！!\s]*$"
)
_IS_IT = lazy(r"是这个数|数字?是这个|数目是这个|是这么多")
# (zrfixa) 「听说X 2022年零申请，是真的吗」「…一次复议都没有吧」「…没被起诉过，对吗」: a claim that a cell is 0, put as
# a yes/no question: 是/否, with the deciding count
_ZERO_DOUBT = (
    r"[，,\s]*(?:这|这个|这话|这事)?(?:是真的吗|是不是真的|真的假的|真的吗|属实吗|是否属实|对吗|对不对|是吗|是不是|是这样吗|"
    r"没错吧|没错吗|靠谱吗|可信吗|吧|吗)[？?。！!\s]*$"
)
_ZERO_CLAIMS = (
    (
        lazy(
            r"(?:是|全年|全年度|一年|都)*(?:零申[请清]|(?:一|1)(?:件|个|份)(?:政府)?(?:信息)?(?:公开)?申[请清]?都没(?:有)?(?:收到|接到)?|"
            r"没(?:有)?(?:收到|接到)(?:过)?(?:任何|一件)?(?:政府)?(?:信息)?(?:公开)?(?:的)?申[请清]|没(?:有)?人(?:来)?申请(?:过)?(?:信息公开)?)"
            + _ZERO_DOUBT
        ),
        "本年新收申请多少件",
    ),
    (
        lazy(
            r"(?:是|全年|全年度|一年|都)*(?:零复议|没(?:有)?(?:被)?(?:人)?(?:申请)?(?:过)?(?:行政)?复议(?:过)?|"
            r"(?:一|1)(?:次|件|起|个)(?:行政)?复议(?:案件)?都没(?:有)?(?:被申请)?)" + _ZERO_DOUBT
        ),
        "行政复议总计多少件",
    ),
    (
        lazy(
            r"(?:是|全年|全年度|一年|都)*(?:零诉讼|没(?:有)?被(?:人)?(?:起诉|告)(?:上法庭|上法院)?(?:过)?|没(?:有)?(?:吃|打)过?官司|"
            r"没(?:有)?(?:被)?(?:提起)?(?:过)?行政诉讼|(?:一|1)(?:次|件|起|个)(?:行政)?(?:诉讼|官司)(?:案件)?都没(?:有)?)"
            + _ZERO_DOUBT
        ),
        "行政诉讼总计多少件",
    ),
)


def zero_claim(q: str) -> tuple[str, float] | None:
    """「听说X 2022年零申请，是真的吗」 → (「X 2022年本年新收申请多少件」, 0): the cell a claim of nothing stands for."""
    for pattern, asked in _ZERO_CLAIMS:
        m = pattern.search(q)
        if m:
            head = _HEARSAY_LEAD.sub("", q[: m.start()]).rstrip("，, 是的")
            return head + asked, 0.0
    return None


def _heard(q: str) -> tuple[str, float] | None:
    """「报道说X收到了200件信息公开申请，是这个数吗」 → (「X收到了多少件信息公开申请」, 200)."""
    from .intent import cn_number

    m = _HEARD_FIGURE.search(q)
    if m is None or _AGREEMENT.search(q) or _BOUND.search(q[: m.start()]):
        return None
    if not _HEARSAY.search(q[: m.start()]) and not _IS_IT.match(m.group("doubt")):  # (a lead-in may be cut off)
        return None
    said = m.group(1)
    figure = float(said) if said[0].isdigit() else cn_number(said)
    if figure is None:
        return None
    head = _HEARSAY_LEAD.sub("", q[: m.start()]).rstrip("是为 ")
    return head + "多少" + m.group(2) + m.group("noun").lstrip("的"), figure


def claim(q: str) -> tuple[str, float] | None:
    """The question the premise stands for, and the figure it states: 「…行政复议16件，这个数对吗」 →
    (「…行政复议多少件」, 16); None when the question is no premise."""
    from .intent import cn_number

    said_zero = zero_claim(q) or _heard(q)
    if said_zero is not None:
        return said_zero
    m = PREMISE.search(q)
    if m is None or _AGREEMENT.search(q) or _BOUND.search(q[: m.start()]) or _BOUND_AFTER.match(q, m.end(2)):
        m = CONFIRM.search(q)
        if m is None or _CONFIRM_AGREEMENT.search(q) or _BOUND.search(q[: m.start()]):
            return None
        said, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    else:
        said, unit = m.group(1), m.group(2)
    figure = float(said) if said[0].isdigit() else cn_number(said)  # 「十六件」 said aloud
    if figure is None:
        return None
    head = q[: m.start()].rstrip("是为有达到了 ")
    # 「自然人和商业企业申请是不是共164件」「复议和诉讼总共是不是13件」: a total confirmed is asked as the total, never
    # as its first item; items named without a total word stay a check (no figure of one of them is the claim's)
    total = "共" in m.group() or head.endswith("共")
    head = head.removesuffix("总共").removesuffix("一共").removesuffix("共")
    asked = head + ("一共" if total else "") + "多少" + ("" if unit == "%" else unit)
    if not total:
        from .intent import parse

        if len({(c.table, c.row, c.col) for c in parse(head + "分别多少" + unit).cells}) > 1:
            return None
    return asked, figure


def confirmed(q: str) -> bool:
    """「…是不是284件」「…是284件吗」: a figure asked to be confirmed (answered 是 / 不是)."""
    return claim(q) is not None and PREMISE.search(q) is None and CONFIRM.search(q) is not None


def verdict(question: Question, ans: Answer) -> Answer:
    """The answer to a premise, said right or wrong first: 「不对：实际是11件（问题中说16件）。…」."""
    if question.operation not in ("value", "sum") or len(question.asserted) != 1 or not claim(question.text):
        return ans
    if ans.value is None or isinstance(ans.value, bool) or ans.answer.startswith(("对：", "不对：")):
        return ans  # (a quote checked: said right or wrong already, rag/answers/quoted.py)
    stated, value = question.asserted[0], float(ans.value)
    unit = ans.unit or ""
    if zero_claim(question.text):  # 「听说零申请，是真的吗」: 是 or 否, the deciding count
        yes = abs(value) < 1e-9
        ans.answer = f"{'是' if yes else '否'}：报告为{fmt(value)}{unit}。{ans.answer}"
    elif confirmed(question.text) or _heard(question.text) and _IS_IT.search(question.text):
        # 「是不是284件」「新闻稿说40件，是这个数吗」: yes or no, the printed figure first
        if abs(stated - value) < 1e-9:
            ans.answer = f"是：报告为{fmt(value)}{unit}。{ans.answer}"
        else:
            ans.answer = f"不是：报告为{fmt(value)}{unit}（问的是{fmt(stated)}{unit}）。{ans.answer}"
    elif abs(stated - value) < 1e-9:
        ans.answer = f"对：是{fmt(value)}{unit}。{ans.answer}"
    else:
        ans.answer = f"不对：实际是{fmt(value)}{unit}（问题中说{fmt(stated)}{unit}）。{ans.answer}"
    return ans
