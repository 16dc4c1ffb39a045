"""A follow-up in a conversation (the CLI's 问答模式, the web page's chat, an API caller that sends the previous
question): 「那2021年呢」「洪泽区呢」「换成部分公开」 asks the previous question again with the one part it names
changed — its year, its body, or the table row asked — and nothing else. A message is read so only when it is
short, shaped as a follow-up (那…, …呢, 换成…) and asks nothing of its own; the answer says the question it was
read as (「按「平潭2021年行政复议多少件」理解」), so a reading the user did not mean is seen, never silent. Anything
else stands alone, as every question did before."""

from __future__ import annotations

from collections.abc import Callable

from . import intent
from .lazyre import lazy
from .question import CellMeasure

_LEAD = lazy(r"^(?:那么?|那要是|要是|如果是|换成|换|改成|再看看?|还有)")
_TAIL = lazy(r"(?:的情况)?(?:呢|又如何|又怎样|又怎么样)\s*[？?。!！]*$")
_OWN_ASK = lazy(r"多少|几|哪|什么|啥|是否|有没有|吗|谁|怎么|如何|比|占|排|最|[？?].")
_YEAR = lazy(r"(?:19|20)\d{2}\s*年度?")
# what the previous question asked of its figure, kept for a row asked instead (「…多少件」「…是多少」)
_ASK_TAIL = lazy(r"(?:一共|共|总共|总计|合计)?(?:有|是)?(?:多少|几)[件个条项份篇次]?\s*[？?]?$")
LONGEST = 24  # characters of a follow-up: a longer message is a question of its own


def resolve(previous: str, q: str, bodies: Callable[[str], list[str]]) -> str | None:
    """The question a follow-up stands for, or None when `q` is a question of its own. `bodies(text)`: the
    names of bodies a text says, as written in it (the asker's scope reader)."""
    text = q.strip()
    if not previous.strip() or len(text) > LONGEST or not (_LEAD.search(text) or _TAIL.search(text)):
        return None
    rest = _TAIL.sub("", _LEAD.sub("", text)).strip(" ，,：:的")
    if not rest or _OWN_ASK.search(rest):
        return None
    prev = intent.normalise_years(previous.strip())
    rest = intent.normalise_years(rest)
    years = _years(rest)
    other = _YEAR.sub("", rest).strip(" 的和与及、")
    if not other:  # 「那2021年呢」: the year changed
        return _with_years(prev, years)
    named = bodies(other)
    if named and "".join(named) == other.replace(" ", ""):  # 「洪泽区呢」「那洪泽区2022年呢」: the body changed
        before = bodies(prev)
        if len(set(before)) > 1:
            return None  # which of the bodies asked is replaced is not said
        swapped = prev.replace(before[0], other, 1) if before else other + prev
        return _with_years(swapped, years) if years else swapped
    asked = intent.parse(other)
    if asked.measures and all(isinstance(m, CellMeasure) for m in asked.measures) and not named:
        # 「换成部分公开」「那不予公开呢」: the row asked changed, the body and the year kept
        scope = "".join(dict.fromkeys(bodies(prev))) + ("和".join(years) or "和".join(dict.fromkeys(_years(prev))))
        tail = _ASK_TAIL.search(prev)
        return scope + other + (tail.group().strip() if tail else "是多少")
    return None


def _years(text: str) -> list[str]:
    return [y.strip() for y in _YEAR.findall(text)]


def _with_years(prev: str, years: list[str]) -> str | None:
    """The previous question with its one year (said once or more) replaced by the given ones, or them put first
    when it said none; None when it said several different years (which is replaced is not said)."""
    said = set(_years(prev))
    joined = "和".join(years)
    if len(said) > 1:
        return None
    if not said:
        return joined + prev
    first = _YEAR.search(prev)
    assert first is not None
    return prev[: first.start()] + joined + _YEAR.sub("", prev[first.end() :])
