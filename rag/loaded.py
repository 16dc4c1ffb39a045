"""Loaded questions about two bodies or about one body of a set (zrfixc): the asker presumes an answer and asks
it to be confirmed. What is asked is a quantity the router already computes; the presumption is what the
answer says yes or no to.

- 「A的信息公开申请比B多了一倍多吧？」「A收到的申请是B的两倍以上，对吗？具体是几倍？」「A的申请量得有B的三倍了吧」
  → the ratio A ÷ B (「A收到的申请是B的几倍」), then 是/不是 against the multiple presumed.
- 「听说S里只有X被申请过行政复议，是这样吗？」「X是S里唯一被起诉的吗」「S里是不是就X一家…」 → the bodies of S with that
  quantity above zero (「S里被申请过行政复议的有哪些」), then whether X is the only one.

Read on the canonical form of the question (`intent.canonical`), so years, typos, fillers and courtesy are
already in one spelling."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.schema import Answer

from .intent import CN_SMALL

_NUM = {"一": 1} | CN_SMALL  # (「一倍多」 too: intent's small numerals start at 二)
_TIMES = r"(?P<n>[一两二三四五六七八九十]|[0-9]+|好几|几)倍"
_MORE = r"(?:多|以上|还多|有余|出头)?了?"
_CONFIRM = r"[，,\s]*(?:吧|吗|嘛|么|对吧|没错吧|是吧|对不对|对吗|是吗|是不是|没错吗|真的吗|是真的吗|是这样吗|没有吗|不是吗|真的假的|是真的假的|可靠吗|属实吗)?"
_THEN_HOW_MANY = r"(?:[，,。？?！!\s]*(?:那|请问)?(?:具体|实际|到底|究竟|准确)?(?:上|来说)?(?:是|有)?(?:多少|几)倍)?"
_END = r"[，,。？?！!\s]*$"
# what is counted: the applications received (本年新收), in the words users give it
_APPLICATIONS = (
    r"(?:收到的?|受理的?|接到的?|新收的?|的)?"
    r"(?:(?:政府)?(?:信息公开|依申请公开的?|依申请)?申请|依申请公开)(?:数量|件数|数|量)?"
)
_BODY = r"[^，,。？?！!\s]{2,40}?"
# 「A…申请比B多了一倍多吧」「…比B多出一倍以上」「…比B高了两倍」: A = (N+1) × B presumed
_MORE_THAN = re.compile(
    rf"^(?P<a>.+?){_APPLICATIONS}(?:比|较)(?P<b>{_BODY})的?(?:多出?了?|高出?了?|多了)"
    + _TIMES
    + _MORE
    + _CONFIRM
    + _THEN_HOW_MANY
    + _END
)
# 「A…申请是B的两倍以上，对吗？具体是几倍」「…得有B的三倍了吧」「…超过B两倍了，没错吧」: A = N × B presumed
_TIMES_OF = re.compile(
    rf"^(?P<a>.+?){_APPLICATIONS}(?:起码|至少|少说|应该|肯定|得|的)?(?:是|有|超过了?|超出了?|达到了?)"
    rf"(?P<b>{_BODY})的?" + _TIMES + _MORE + _CONFIRM + _THEN_HOW_MANY + _END
)

_REVIEW = r"(?:被)?(?:申请|提起|提出)了?过?(?:行政)?复议"
_SUIT = r"(?:因为?信息公开|因政府信息公开)?(?:被(?:人|群众|申请人)?(?:告上法庭|告到法院|告了|起诉|诉至法院)|吃过?(?:信息公开的?)?官司|被提起(?:行政)?诉讼|(?:成了|当了|作为)?被告|应诉|行政诉讼)"
_WHAT = rf"(?P<w>{_REVIEW}|{_SUIT})(?:了|过)*"
_HEARSAY = r"(?:听说|据说|我?听人?(?:讲|说)|有人说|都说|网上说|大家都说)?"
_IN = r"(?:里面|里头|当中|之中|里|中)[，,]?"
# 「听说S里只有X被申请过行政复议，是这样吗」「S里是不是就X一家被…」「S中仅X一家…对不对」
_ONLY_X = re.compile(
    rf"^{_HEARSAY}[，,]?(?P<s>.+?){_IN}(?:是不是|是否)?(?:就只有|只有|仅有|就|只|仅)(?P<x>{_BODY})(?:这|一)?(?:一家|一个|家|个)?(?:单位|部门)?"
    + _WHAT
    + _CONFIRM
    + _END
)
# 「X是S里唯一被申请过行政复议的吗」「X是不是S里唯一一个被起诉的」「X是S中仅有的被申请行政复议的单位吗」
_X_ALONE = re.compile(
    rf"^{_HEARSAY}[，,]?(?:(?P<s1>[^，,]+?)[，,])?(?P<x>{_BODY})是(?:不是|否)?(?:(?P<s>.+?){_IN})?(?:唯一|仅有|独一)(?:一家|一个|的)?的?"
    + _WHAT
    + r"的?(?:单位|部门|一家|一个|那家|那个)?"
    + _CONFIRM
    + _END
)


# a body as it is named: its name ends in what bodies are (局、委员会、人民政府、街道办事处…)
_ORG = re.compile(
    r"(?:局|委|委员会|院|府|政府|会|办|办公室|室|所|中心|镇|乡|街道|处|厅|部|署|馆|站|队|社|行|公司|集团|区|县|市)$"
)
# a set of bodies as users name it (「河北省2020年的县里的部门」「甘肃省区县政府」「江西县级部门」)
_SET = re.compile(r"部门|政府|单位|区县|县区|乡镇|街道|县级|市级|省级|机关|系统|各")


@dataclass(frozen=True)
class Loaded:
    plain: str  # the question without its presumption, in a form the router answers
    kind: str  # "ratio" | "only"
    times: float | None = None  # the ratio presumed (at least)
    body: str = ""  # the body presumed the only one


def read(q: str) -> Loaded | None:
    """The question's presumption taken out, or None when it presumes nothing this module reads."""
    m = _MORE_THAN.match(q) or _TIMES_OF.match(q)
    if m:
        a, b, n = m.group("a").rstrip("的"), m.group("b"), m.group("n")
        if not _ORG.search(b) or not re.search(r"(?:局|委|院|府|会|办|室|所|中心|镇|乡|街道|处|厅|部|署|馆|站|队)", a):
            return None  # two bodies compared (years of one body, or other things, are not this family's)
        if n in ("好几", "几"):  # 「是B的几倍」 presumes nothing; 「好几倍，到底几倍」 the router reads as it is
            return None
        times = float(_NUM.get(n, n))
        if times is not None and m.re is _MORE_THAN:
            times += 1
        return Loaded(f"{a}收到的申请是{b}的几倍", "ratio", times)
    m = _ONLY_X.match(q) or _X_ALONE.match(q)
    if m:
        s, x = m.group("s") or m.groupdict().get("s1"), m.group("x")
        # (a lead-in before the hearsay: 「请告知：听说…」)
        s = re.sub(r"^.*?(?:听说|据说|有人说|都说)[，,]?", "", s or "")
        if not s or not _ORG.search(x) or re.search(r"[0-9]", x) or not _SET.search(s):
            return None
        w = "被申请过行政复议" if "复议" in m.group("w") else "因为信息公开被告上法庭"
        return Loaded(f"{s}里{w}的有哪些", "only", body=x)
    return None


def _times_said(t: float) -> str:
    return f"{int(t)}倍" if t == int(t) else f"{t:g}倍"


def verdict(loaded: Loaded, ans: Answer) -> str:
    """The yes or no to the presumption, put before the answer to the plain question; "" when there is none to give
    (the plain question refused, or answered as something else than the ratio or the list it asks)."""
    answer, value = ans.answer, ans.value
    if loaded.kind == "ratio":
        if value is None or loaded.times is None or ans.unit != "倍":
            return ""
        said = _times_said(loaded.times)
        return f"是，达到{said}：" if value >= loaded.times else f"不是，没有{said}：实为"
    if value is None or not ans.intent.startswith("which_reports"):
        return ""
    if value == 0:
        return "不是：没有一家，"
    named = loaded.body in answer
    if value == 1 and named:
        return f"是，{loaded.body}是唯一一家："
    if named:
        return f"不是唯一一家（共{value:g}家，{loaded.body}是其中之一）："
    if value == 1:
        return f"不是：{loaded.body}不在其中，唯一的一家另有其人——"
    return f"不是：{loaded.body}不在其中，也不唯一（共{value:g}家）——"
