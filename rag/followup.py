"""A follow-up in a conversation (the CLI's 问答模式, the web page's chat, an API caller that sends the previous
question): 「那2021年呢」「洪泽区呢」「换成部分公开」「自然人那一列呢」「政策解读呢」「跟去年比呢」 asks the previous
question again with the parts it names changed — its year (said or relative: 「去年呢」 is the year before the one
asked), its body, the table row, the applicant or result column, a figure of the text — or with an operation put
on it (a change over the year before, a share) — and nothing else. A message is read so only when it is short,
shaped as a follow-up (那…, …呢, 换成…, 同样的问题…) and asks nothing of its own; a short question that asks its
own figure but names no body and no year (「行政复议有多少件」) keeps the previous question's body and year. The
answer says the question it was read as (「按「平潭2021年行政复议多少件」理解」), so a reading the user did not mean
is seen, never silent. Anything else stands alone, as every question did before; a message shaped as a follow-up
that cannot be read so is answered by asking for the whole question (`unread`), never by another report's figure."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import intent
from .lazyre import lazy
from .question import CellMeasure

_SAME = r"(?:同样|一样|相同|同一个?)的?(?:问题|问法)[，,]?(?:问一?下|问问|查一?下|查查|看一?下|看看|换成|对于?|关于)?"
_LEAD = lazy(rf"^(?:{_SAME}|那么?|那要是|要是|如果是|换成|换|改成|再看看?|再查一?下|还有)")
_TAIL = lazy(r"(?:的情况)?(?:呢|又如何|又怎样|又怎么样)\s*[？?。!！]*$")
_OWN_ASK = lazy(r"多少|几|哪|什么|啥|是否|有没有|吗|谁|怎么|如何|比|占|排|最|[？?].")
_YEAR = lazy(r"(?:19|20)\d{2}\s*年度?")
# the year before / after the one asked (「去年呢」 in a talk about 2022 is 2021, not the calendar's last year)
_RELATIVE = lazy(r"前一年|上一?年度?|去年|前年|后一年|下一年|次年|第二年")
_SHIFT = {"前年": -2, "后一年": 1, "下一年": 1, "次年": 1, "第二年": 1}
# an operation put on the previous figure: its change over a year (「跟去年比呢」「同比呢」), its share (「占比呢」)
_CHANGE = lazy(
    r"(?:跟|和|与|同|比|较|对比)\s*(?P<base>(?:19|20)\d{2}\s*年度?|前一年|上一?年度?|去年|前年)(?:相比|比较|比|对比)?"
    r"(?:的话)?(?:变化|增减|多了?还是少了?|有什么变化)?|同比(?:变化|增减)?|(?:有什么|有啥)?变化|增减(?:情况)?"
)
# 「那哪个单位最多呢」「谁最多」: the previous figure ranked over the bodies of its year
_RANK = lazy(
    r"(?:哪个|哪家|哪一个|什么)(?:单位|部门|机关|地方|地区)?(?:最多|最高|最大)|谁(?:最多|最高)|最多的是(?:哪个|哪家|谁)(?:单位)?"
)
_SHARE = lazy(r"(?:的)?(?:占比|比例|比重|百分比|百分之几)(?:是)?")
# what the previous question asked of its figure, kept for a row asked instead (「…多少件」「…是多少」)
_ASK_TAIL = lazy(r"(?:一共|共|总共|总计|合计)?(?:有|是)?(?:多少|几)[件个条项份篇次]?\s*[？?]?$")
# a column named alone (「自然人那一列呢」「法人的呢」「维持的呢」): the words around it that name no row
_COLUMN_WORDS = lazy(r"那一?[列栏项]|这一?[列栏项]|一[列栏]|[列栏]|申请人?|提出|提交|的|类|那些|这些")
_NOT_A_MEASURE = lazy(
    r"^(?:好的?|好吧|行|可以|明白了?|知道了?|谢谢|多谢|对|是的?|嗯+|哦+|啊+|OK|ok"
    r"|[这那]一?[个些项种样块]?|它们?|其他的?|别的|另外的?|剩下的?|其余的?|后来|然后|之后|以后)$"
)
# a question asking over the whole store (「哪些单位」「各单位」「所有报告」): never given the previous one's body
_STORE_WIDE = lazy(r"哪些|哪个|哪家|哪几|各(?:单位|部门|机关|区|县|市|地)|所有|全部|每个|每家|排名|排序|最")
# a body the store may not hold (「淮安市呢」「市教育局呢」): shaped as a place or a body's name, asked of as one —
# the answer then says no such report is stored, never reads the name as a figure of the text
_BODY_SHAPED = lazy(
    r"[\u4e00-\u9fff]{1,14}?(?:省|市|区|县|州|旗|盟|镇|乡|街道|片区|局|委|厅|办|办公室|政府|委员会|中心|管委会|署)"
)
LONGEST = 24  # characters of a follow-up: a longer message is a question of its own
# 「平均每个月多少条」「折合一个月几条」「月均多少」 said alone: the previous figure over its months — asked as the previous
# question with the per-month clause after it (the clause names no figure: the one before it does)
_PER_PERIOD = lazy(
    r"^(?:那么?)?(?:平均|折合|折算|摊|算|分)?(?:下来|到)?(?:每一?个?|一个)(?:月|季度)(?:平均|下来)?(?:大概|大约)?(?:是|有)?"
    r"(?:多少|几)[条篇件个次项]?[？?。]?$|^(?:那么?)?[月季]均(?:是|有)?(?:多少|几)[条篇件个次项]?[？?。]?$"
)


def resolve(previous: str, q: str, bodies: Callable[[str], list[str]], carry: bool = True) -> str | None:
    """The question a follow-up stands for, or None when `q` is a question of its own (or a follow-up whose
    reading is not said: see `unread`). `bodies(text)`: the names of bodies a text says, as written in it
    (the asker's scope reader). `carry`: a short question naming no body and no year keeps the previous
    question's (off when the caller chose the report, body or year)."""
    text = q.strip()
    if not previous.strip() or len(text) > LONGEST:
        return None
    prev = intent.normalise_years(previous.strip())
    if _PER_PERIOD.match(text) and (bodies(prev) or _years(prev)):
        return prev.rstrip("？?。！! ") + "，" + text
    if not (_LEAD.search(text) or _TAIL.search(text)):
        return _carried(prev, intent.normalise_years(text), bodies) if carry else None
    rest = _TAIL.sub("", _LEAD.sub("", text)).strip(" ，,：:的")
    rest = intent.normalise_years(rest)
    op, rest = _operation(rest, prev)
    if _OWN_ASK.search(rest):
        return None
    shifted = _shifted_years(rest, prev)
    if shifted is None:
        return None
    rest, years = shifted
    other = _YEAR.sub("", rest).strip(" 的和与及、")
    asked = _changed(prev, other, years, bodies)
    if asked is None:
        return None
    return _with_operation(asked, op, bodies) if op else asked


def unread(previous: str | None, q: str) -> bool:
    """A short message shaped as a follow-up (「为什么呢」「那这个呢」) that `resolve` could not read: it is answered
    by asking for the whole question, never alone over every report (another body's figure)."""
    text = q.strip()
    return (
        bool(previous and previous.strip()) and len(text) <= LONGEST and bool(_LEAD.search(text) or _TAIL.search(text))
    )


def _operation(rest: str, prev: str) -> tuple[str, str]:
    """The operation the follow-up puts on the previous figure ("" for none) and the message without its words."""
    m = _CHANGE.search(rest)
    if m:
        base = (m.group("base") or "上年").strip()
        said = sorted({int(y[:4]) for y in _years(prev)})
        if _RELATIVE.fullmatch(base) and len(said) == 1:  # (「前年」 as the router reads it is the calendar's)
            base = f"{said[0] + _SHIFT.get(base, -1)}年"
        return f"比{base}", (rest[: m.start()] + rest[m.end() :]).strip(" ，,的")
    m = _RANK.search(rest)
    if m:
        return "最多", (rest[: m.start()] + rest[m.end() :]).strip(" ，,的")
    m = _SHARE.search(rest)
    if m:
        return "占比", (rest[: m.start()] + rest[m.end() :]).strip(" ，,的")
    return "", rest


def _shifted_years(rest: str, prev: str) -> tuple[str, list[str]] | None:
    """The years the follow-up asks (said, or relative to the previous question's one year) and the message
    with the relative words taken out; None when a relative year has no one year to count from."""
    years = _years(rest)
    rel = _RELATIVE.search(rest)
    if rel:
        said = sorted({int(y[:4]) for y in _years(prev)})
        if len(said) != 1:
            return None
        word = rel.group()
        years.append(f"{said[0] + _SHIFT.get(word, -1)}年")
        rest = rest[: rel.start()] + rest[rel.end() :]
    return rest, years


def _changed(prev: str, other: str, years: list[str], bodies: Callable[[str], list[str]]) -> str | None:
    """The previous question with the body, year, row, column or text figure the follow-up names."""
    if not other:  # 「那2021年呢」: the year changed (or nothing: 「跟去年比呢」 asks the same figure)
        return _with_years(prev, years) if years else prev
    named = bodies(other) or ([other] if _BODY_SHAPED.fullmatch(other) else [])
    measure = other
    for n in named:
        measure = measure.replace(n, "", 1)
    measure = measure.strip(" 的和与及、")
    if named and "".join(named) != other.replace(" ", "") and not measure:
        return None
    if named:  # 「洪泽区呢」「那洪泽区2022年呢」「洪泽区的不予公开呢」: the body changed
        before = bodies(prev) or _leading_body(prev)
        if len(set(before)) > 1:
            return None  # which of the bodies asked is replaced is not said
        swapped = prev.replace(before[0], named[0], 1) if before else named[0] + prev
        moved = _with_years(swapped, years) if years else swapped
        if moved is None or not measure:
            return moved
        prev, years = moved, []
    if _NOT_A_MEASURE.match(measure) or not re.search(r"[\u4e00-\u9fff]{2}", measure):
        return None
    column = _column_only(measure)
    if column is not None:  # 「自然人那一列呢」: the previous row, the column asked
        return _with_column(prev, column, years)
    scope = "".join(dict.fromkeys(bodies(prev))) + ("和".join(years) or "和".join(dict.fromkeys(_years(prev))))
    tail = _ASK_TAIL.search(prev)
    asked = intent.parse(measure)
    if asked.measures and all(isinstance(m, CellMeasure) for m in asked.measures):
        # 「换成部分公开」「那不予公开呢」: the row asked changed, the body and the year kept
        return scope + measure + (tail.group().strip() if tail else "是多少")
    # 「政策解读呢」: a figure of the text asked instead, of the same body and year
    return scope + measure + ("有哪些" if re.search(r"哪些|什么", prev) else "有多少")


def _leading_body(prev: str) -> list[str]:
    """The body a question names before its year when the store holds none of that name (「淮安市2023年…」)."""
    year = _YEAR.search(prev)
    head = prev[: year.start()].strip() if year else ""
    return [head] if head and _BODY_SHAPED.fullmatch(head) else []


def _column_only(measure: str) -> tuple[str, str] | None:
    """(table, the column's words) when the message names a column of table 三 or 四 and no row."""
    for table in ("t3", "t4"):
        found = intent.found_terms(measure, table, "col")
        if not found:
            continue
        words = "".join(measure[a:b] for a, b, _ in found)
        left = _COLUMN_WORDS.sub("", "".join(ch for i, ch in enumerate(measure) if not _inside(i, found)))
        if not left.strip():
            return table, words
    return None


def _inside(i: int, spans: list) -> bool:
    return any(a <= i < b for a, b, _ in spans)


def _with_column(prev: str, column: tuple[str, str], years: list[str]) -> str | None:
    """The previous question with its column (if it named one of the same table) replaced by the one asked,
    said before its asking words: 「平潭2022年新收申请多少件」 + 自然人 → 「平潭2022年新收申请自然人多少件」."""
    table, words = column
    found = intent.found_terms(prev, table, "col")
    base = "".join(ch for i, ch in enumerate(prev) if not _inside(i, found)) if found else prev
    if years:
        base = _with_years(base, years)
        if base is None:
            return None
    tail = _ASK_TAIL.search(base)
    if tail is None:
        return None  # (a question not asking a count: where the column goes is not said)
    return base[: tail.start()] + words + base[tail.start() :]


def _with_operation(asked: str, op: str, bodies: Callable[[str], list[str]]) -> str | None:
    """The question with an operation put on its figure: 「…新收申请多少件」 + 比2021年 → 「…新收申请比2021年增加了
    多少件」; + 最多 → 「2022年哪个单位新收申请最多」 (over the bodies of its year: the body asked is dropped)."""
    tail = _ASK_TAIL.search(asked)
    if tail is None:
        return None  # (a figure of the text asked with its noun after 多少: where the operation goes is not said)
    core = asked[: tail.start()]
    unit = re.search(r"[件个条项份篇次]", tail.group())
    if op == "占比":
        return core + "占比是多少"
    if op == "最多":
        for n in bodies(core):
            core = core.replace(n, "", 1)
        years = "和".join(dict.fromkeys(_years(core)))
        measure = _YEAR.sub("", core).strip(" 的")
        return years + "哪个单位" + measure + "最多" if measure else None
    return core + op + "增加了多少" + (unit.group() if unit else "")


def _carried(prev: str, text: str, bodies: Callable[[str], list[str]]) -> str | None:
    """「行政复议有多少件」 after 「平潭2022年新收申请多少件」: a short question of one figure that names no body and
    no year is asked of the previous question's body and year (not of every report)."""
    if bodies(text) or _years(text) or _RELATIVE.search(text) or _STORE_WIDE.search(text):
        return None
    if not re.search(r"多少|几", text):
        return None
    scope = "".join(dict.fromkeys(bodies(prev))) + "和".join(dict.fromkeys(_years(prev)))
    if not scope:
        return None
    asked = intent.parse(text)
    if asked.operation != "value" or not asked.measures:
        return None
    return scope + text


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
