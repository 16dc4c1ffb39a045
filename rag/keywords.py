"""Keyword strings typed into a search box (「寿阳县市监局 2022 办理结果 总计」「结转 上年 几件」「复议-维持」): a
table's label typed in pieces, spaced or dashed, read as the label; an output demand (「只要数字」「只回数字，不要解释」)
dropped — it never changes what is asked; an autonomous county or banner said short (「通道县」「秀山县」「长白县」) read
as its full name (every one of the gazetteer, `extractor.gazetteer`), as the reports name it. Applied to every question
after `intent.canonical` (`rag.ask.simplified`)."""

from __future__ import annotations

import functools
import re

from rag.lazyre import lazy

# 「办理结果 总计」「结果 合计」「结果总计」: table 三's row (七) 总计 — 结果 said bare is table 三's outcomes unless a
# review or lawsuit is asked (table 四's 结果 are its 维持/纠正 columns)
# (written whole, 「办理结果合计」 is left as the router reads it: 「…办理结果合计对得上吗」 checks table 三's sums)
_OUTCOMES_TOTAL = lazy(r"办理结果\s+(?:总计|合计|总数)|(?<![复议诉讼审他理处])结果\s*(?:总计|合计|总数)")
_T4 = lazy(r"复议|诉讼|起诉")
# 「结转 上年」「上年 结转」「结转上年」: 上年结转 (the row carried in); 「结转 下年」: 结转下年度
_CARRY_IN = lazy(r"结转\s*上(?:一)?年(?:度)?|上(?:一)?年(?:度)?\s+结转")
_CARRY_OUT = lazy(r"结转\s+下(?:一)?年(?:度)?|下(?:一)?年(?:度)?\s+结转")
# 「复议-维持」「不予公开-国家秘密」: a label's parts joined by a dash, read as the parts side by side
_DASH = lazy(r"(?<=[\u4e00-\u9fff])\s*[-－—–~]+\s*(?=[\u4e00-\u9fff])")
# 「，只要数字」「只回数字，不要解释」「别解释」「直接给数」: how to answer, not what
_OUTPUT = lazy(
    r"[，,。；;\s]*(?:(?:只|仅)(?:要|回|回答|给|说|写|输出)(?:个|一个)?(?:数字|数(?![据量额目]))"
    r"|直接(?:给|回|说)(?:个|我)?(?:数字|数)|(?:不要|别|无需|不用)(?:任何)?(?:解释|废话|多说))(?:就行|即可|就好)?"
)


@functools.cache
def autonomous_shorts() -> dict[str, str]:
    """「通道县」 → 「通道侗族自治县」, 「莫力达瓦旗」 → 「莫力达瓦达斡尔族自治旗」: every autonomous county and banner
    of the gazetteer by its short name + level, when that short name is no other division's."""
    from extractor import gazetteer

    out: dict[str, str] = {}
    for d in gazetteer._tables()[0].values():
        for long, one in (("自治县", "县"), ("自治旗", "旗")):
            if d.name.endswith(long) and d.short:
                short = d.short + one
                named = {x.name for x in gazetteer.by_name(short)}
                if named == {d.name}:
                    out[short] = d.name
    return out


@functools.cache
def _shorts_re() -> re.Pattern[str]:
    names = sorted(autonomous_shorts(), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + ")")


def keywords(q: str) -> str:
    """The question with its keyword-typed labels read as the labels, output demands dropped, autonomous places
    said short written in full."""
    q = _DASH.sub(" ", q)
    stripped = _OUTPUT.sub("", q).strip()
    q = stripped if len(stripped) >= 2 else q
    q = re.sub(r"\s+(?=[呢吗]\s*[？?]?$)", "", q)  # 「复议 维持 呢」
    q = _CARRY_IN.sub("上年结转", q)
    q = _CARRY_OUT.sub("结转下年度", q)
    if not _T4.search(q):
        q = _OUTCOMES_TOTAL.sub("办理结果总计", q)
    return _shorts_re().sub(lambda m: autonomous_shorts()[m.group()], q)


# 「鄞州区市监局 2024 复议 总计」「2024 某局 部分公开」「某局 部分公开 2024」: a year typed bare, between spaces, at
# the start or at the end — the year asked, as 「2024年」 is
_BARE_YEAR = lazy(r"(?:(?<=\s)|^)((?:19|20)\d\d)(?=\s|$|[呢吗的？?，,。])(?!\s*(?:年|件|条|个|项|次|万|元|%|％))")


def bare_years(q: str) -> str:
    """The question with each bare year written as 「2024年」, its spaces closed (`rag.followup` reads a keyword
    turn's year as a year to replace)."""
    return re.sub(r"\s*((?:19|20)\d\d年)\s*", r"\1", _BARE_YEAR.sub(r"\1年", q)) if _BARE_YEAR.search(q) else q
