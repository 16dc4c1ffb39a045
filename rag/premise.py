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
# a doubt about how the figures agree, or a figure put to a table named (「表二里…废止了20件，对不对」: the text's
# or the user's figure against the table — its check says 不一致 and both figures): no premise
_AGREEMENT = lazy(
    r"一致|相符|吻合|加起来|相加|之和|合计|汇总|勾稽|分项|各项|等于|对得上|对不上|表[一二三四]|统计表|表格"
)


# 「超过10件吧」「不到5件对吗」: a bound put to the figure, not a figure stated
_BOUND = lazy(r"(?:超过|超出|不到|不足|多于|少于|至少|最多|低于|高于|大于|小于|过了|破)\s*$")
_BOUND_AFTER = lazy(r"(?:以上|以下|左右|上下|多|出头)")


def claim(q: str) -> tuple[str, float] | None:
    """The question the premise stands for, and the figure it states: 「…行政复议16件，这个数对吗」 →
    (「…行政复议多少件」, 16); None when the question is no premise."""
    m = PREMISE.search(q)
    if m is None or _AGREEMENT.search(q) or _BOUND.search(q[: m.start()]) or _BOUND_AFTER.match(q, m.end(2)):
        return None
    from .intent import cn_number

    said = m.group(1)
    figure = float(said) if said[0].isdigit() else cn_number(said)  # 「十六件」 said aloud
    if figure is None:
        return None
    unit = m.group(2)
    asked = q[: m.start()].rstrip("是为有共达到了 ") + "多少" + ("" if unit == "%" else unit)
    return asked, figure


def verdict(question: Question, ans: Answer) -> Answer:
    """The answer to a premise, said right or wrong first: 「不对：实际是11件（问题中说16件）。…」."""
    if question.operation != "value" or len(question.asserted) != 1 or not claim(question.text):
        return ans
    if ans.value is None or isinstance(ans.value, bool):
        return ans
    stated, value = question.asserted[0], float(ans.value)
    unit = ans.unit or ""
    if abs(stated - value) < 1e-9:
        ans.answer = f"对：是{fmt(value)}{unit}。{ans.answer}"
    else:
        ans.answer = f"不对：实际是{fmt(value)}{unit}（问题中说{fmt(stated)}{unit}）。{ans.answer}"
    return ans
