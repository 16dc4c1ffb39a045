"""What a row of table 三 covers (「其他处理里包括什么情况」「（六）其他处理下面分了哪几小项」「不予处理具体指哪些」): the
sub-rows the report prints under the group, their labels quoted — never a count. A report that prints none under it
(GF2019's （六）其他处理 is one row) is refused: the report does not say what the row covers."""

from __future__ import annotations

import re

from extractor import tablespec as ts
from extractor.schema import Answer

from ..cite import cell_citation
from ..context import NOT_MENTIONED, Context
from ..lazyre import lazy

# the groups of table 三 that may print sub-rows, by the words that name them (其他处理 before 不予处理: neither holds
# the other, but 「不予公开」 is tried after both so 「不予处理」 is never read as it)
_GROUPS = (("r6", r"其他处理"), ("r5", r"不予处理"), ("r4", r"无法提供"), ("r3", r"不予公开"))

# 「包括什么」「包含哪些情形」「涵盖哪几种」「下面分了哪几小项」「下设几个小类，分别是什么」「具体指哪些」「指的是什么」
_COVERS = lazy(
    r"(?:包括|包含|涵盖|含有|囊括)(?:了|的)?(?:什么|哪些|哪几|哪|啥|些什么)|"
    r"(?:下面|下边|底下|里面|之下|下)(?:还)?(?:分|设|细分|列)(?:了|为|成|有)?(?:哪|几|什么)|"
    r"(?:分|细分|下设)(?:了|为|成)?(?:哪几|几个|几种|几类)(?:小)?(?:项|类|种|栏|行|情形|情况)|"
    r"具体(?:是|指)?(?:哪些|什么|哪几)|指(?:的是)?(?:哪些|什么情况|什么情形|哪几)|"
    r"(?:哪些|哪几种|什么)(?:情况|情形)(?:算|归|属于|填)"
)
# a count asked (「其他处理包括几件」「各多少件」): the cells, not what the row covers
_COUNTED = lazy(r"多少|几件|件数|数量|数字|合计|总计|占比|比例")


def asked(q: str) -> str | None:
    """The group whose coverage is asked, or None."""
    if not _COVERS.search(q) or _COUNTED.search(q):
        return None
    for key, words in _GROUPS:
        if re.search(words, q):
            return key
    return None


def of_one_report(ctx: Context, group: str) -> Answer | None:
    """The sub-rows one report prints under the group, quoted; refused when it prints none."""
    if ctx.n != 1:
        return None
    rid = ctx.ids[0]
    e = ctx.entry(rid)
    cells = ctx.store.cells_of([rid])[rid]
    subs = list(dict.fromkeys(k.split(".")[1] for k in cells if k.startswith(f"t3.{group}_")))
    label = ts.short_label("t3", group)
    who = ctx.name(rid)
    if not subs:
        return ctx.answer(
            f"{NOT_MENTIONED}：{who}表三的「{label}」是单独一行，下面没有列出分项，报告也没有说明它包括哪些情形。",
            "none",
        )
    specs = {r.key: r for r in ts.T3_GF2021.rows}
    order = list(specs)
    subs = sorted(subs, key=lambda k: order.index(k) if k in specs else 99)
    shown = "；".join(f"「{specs[k].label if k in specs else k}」" for k in subs)
    keys = [f"t3.{k}.tot" for k in subs]
    return ctx.answer(
        f"{who}表三「{label}」下列有{len(subs)}个小项：{shown}（按报告表格所印）。",
        "check",
        intent="covers",
        citations=[cell_citation(rid, e, cells, keys)],
    )
