"""(ycfix) 「年报里说上年办结了几件」「上年收了几件申请」 asked on a chosen report: 上年 is the year before the report's,
and the report's own text often states that year's figure (「办结68件，上年办结75件」「减少7件（上年73件）」). When the
store holds no report of that year, the text's figure is the answer — quoted, and said to be the text's figure for
last year; when it holds one, its table answers and the text's figure is said beside it (the same, or not): never a
silent choice of one of the two."""

from __future__ import annotations

from extractor.normalize import fold
from extractor.schema import Answer

from ..cite import fmt, joined, sentence_bounds, text_citation
from ..lazyre import lazy

# 上年 said as the year asked (not the row 上年结转, nor a change against it: 「比上年多吗」 asks another thing)
_LAST_YEAR = lazy(r"上一?年度?(?!度?(?:结转|转))|去年(?!(?:转|带|留|遗留)(?:过来|下来|来|入))")
_SET_AGAINST = lazy(
    r"(?:比|较|与|和|跟|同|对比|相比)(?:上一?年度?|去年)|同比|增加|减少|增长|下降|变化|变动|多了|少了|差多少|几倍"
)
# a figure of last year in the text: 「上年办结75件」「（上年73件）」「（上年共8件）」「上一年度收到申请60件」
_STATED = lazy(
    r"上一?年(?:度)?(?:同期)?(?P<verb>[\u4e00-\u9fff]{0,10}?)(?:共计?|为|是|达到?|有)?\s*(?P<num>\d+)\s*(?P<unit>件|次|个)"
)
# what a figure counts, most specific first: 复议/诉讼, 办结 (答复), 新收 (the applications received)
_KINDS = (
    ("review", lazy(r"复议|诉讼|官司")),
    ("closed", lazy(r"办结|办完|办理完|结案|答复|处理完|办了")),
    ("new", lazy(r"新收|收到|收了|受理|接收|申请|收")),
)


def _kind(words: str) -> tuple[str, frozenset[str]] | None:
    for name, rx in _KINDS:
        if rx.search(words):
            said = frozenset(w for w in ("复议", "诉讼") if w in words) if name == "review" else frozenset()
            return name, said
    return None


def text_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of the text around [start, end), never run back over a table printed before it (a sentence after
    表三's rows starts on its own line: 「…| 68⏎与上年相比，…」 — the rows are no part of what the text says)."""
    s, e = sentence_bounds(text, start, end)
    if "|" in text[s:start]:
        s = text.rfind("\n", 0, start) + 1
    if "|" in text[end:e]:
        e = max(text.find("\n", end), end)
    return s, e


def asks_last_year(q: str) -> bool:
    """The question asks a figure of 上年 itself (「上年办结几件」), not a change against it."""
    return bool(_LAST_YEAR.search(q)) and not _SET_AGAINST.search(q)


def stated(q: str, text: str) -> tuple[int, int, int, str] | None:
    """(value, start, end, unit) of the one figure of last year the text states of the measure asked; None when the
    text states none of it, or several different ones."""
    asked = _kind(_LAST_YEAR.sub("", q))
    if asked is None:
        return None
    found: dict[int, tuple[int, int, int, str]] = {}
    for m in _STATED.finditer(text):
        line_a, line_b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if "|" in text[line_a : line_b if line_b >= 0 else len(text)]:
            continue  # a table's row (「二、上年结转政府信息公开申请数量 | 2 | …」): no sentence of the text
        verb = m.group("verb")
        if verb.startswith(("结转", "转")):
            continue  # 上年结转: this year's carry-in, a row of the table
        if verb:
            subject = verb
        else:  # 「减少7件（上年73件）」: what the bracket's figure counts is said in the clause before it
            a = max(text.rfind(ch, 0, m.start()) for ch in "，,；;。\n") + 1
            subject = text[a : m.start()]
        kind = _kind(fold(subject))
        if kind is None or kind[0] != asked[0] or asked[1] and kind[1] != asked[1]:
            continue
        v = int(m.group("num"))
        found.setdefault(v, (v, m.start(), m.end(), m.group("unit")))
    return next(iter(found.values())) if len(found) == 1 else None


def answer(q: str, rid: str, entry, report, ans: Answer, held: bool) -> Answer | None:
    """The answer of 「上年X几件」 on the chosen report `rid` given what the store answered (`ans`): the text's figure
    when no report of last year is held (`held` False), else `ans` with the text's figure said beside it. None when
    the text states no figure of last year of the measure asked."""
    hit = stated(fold(q), report.text)
    if hit is None:
        return None
    v, a, b, unit = hit
    s, e = text_sentence(report.text, a, b)
    quote = joined(report.text[s:e])
    year = entry.year
    cit = text_citation(rid, entry, report.text, s, e)
    if not held:
        out = ans.model_copy(deep=True)
        out.answer = (
            f"{fmt(v)}{unit}（这是{entry.agency}{year}年报告正文写的上年（{year - 1}年）数字：「{quote}」；"
            f"库中没有该单位{year - 1}年的报告，无法用其表格核对）"
        )
        out.value, out.unit, out.route, out.citations = v, unit, "metric", [cit]
        return out
    if ans.value is None or isinstance(ans.value, bool):
        return None
    out = ans.model_copy(deep=True)
    if float(ans.value) == v:
        out.answer += f"（按库中{year - 1}年报告的表格；{year}年报告正文也写上年{fmt(v)}{unit}，两者一致：「{quote}」）"
    else:
        out.answer += (
            f"（按库中{year - 1}年报告的表格回答；{year}年报告正文写的上年数为{fmt(v)}{unit}（「{quote}」），"
            f"与表格不同）"
        )
    out.citations = [*ans.citations, cit]
    return out
