"""Bodies named as a set, not counted — one rule for the scope and the router.

「武侯区这几个部门」「镜湖区的几家单位」「武侯区下面的单位」「武侯区各局」 name every stored body of a place: the
scope (`rag.scope`) reads the place before the set word by the gazetteer; the router (`rag.intent`) must not
read the set word's 几家/几个 as a count of bodies asked (「有几家单位…超过N件」, 「…的单位有几个」 are counts).
Both read the set words here: a set word after a place's level (「区」「市」) or after 的 is a named set."""

from __future__ import annotations

import re

from .lazyre import lazy

# under the place (「武侯区下属各单位」「武侯区内各单位」「济南市下面各单位」)
# (「河北省2020年收录的各单位」「四川省已收录的单位」: the bodies of the place the store holds)
_UNDER = r"下属|所属|辖内|辖区内?|范围内|下面|下辖|辖下|以下|之下|境内|(?<=[省市区县州旗盟镇乡])内|(?:已|所)?收录"
# the set said (「这些」「这两个」「这批」「各」「所有」「哪几家」)
_SET_WORD = r"这些|那些|[这那](?:几|[两二三四五六七八九十])(?:个|家)|[这那]一?批|几个|几家|各家|各个?|所有的?|全部的?|哪些|哪几个|哪几家"
_BODY = r"单位|部门|机关|机构"
PLACE_SET = lazy(
    rf"(?<=[\u4e00-\u9fff])的?(?:{_UNDER})?的?(?:(?:{_SET_WORD})(?:{_BODY}|委办局|局|报告|年报)|(?:{_BODY})(?:里|中|当中|之中))"
    # 「武侯区下面的单位」「武侯区下属单位」: under the place, the bodies need no set word
    rf"|(?<=[\u4e00-\u9fff])(?:{_UNDER})的?(?:{_BODY})"
)
_PLACE_END = "省市区县州旗盟镇乡道"
# 「四川省2024年的各单位中」: the year written between the place and its set word
_YEAR_BETWEEN = lazy(r"(?:(?:19|20)?\d{2})\s*年度?$")


def _after_place(q: str, m: re.Match[str]) -> bool:
    """Is the set word m written right after a place's level — a year between allowed (「四川省2024年各单位」)?
    The one test both readers below apply."""
    return _YEAR_BETWEEN.sub("", q[: m.start()])[-1:] in tuple(_PLACE_END)


def place_sets(q: str) -> list[re.Match[str]]:
    """The set words of q written right after a place's level (「武侯区」 + 「这几个部门」): the place itself
    is read by the caller (the gazetteer's names end there)."""
    return [m for m in PLACE_SET.finditer(q) if _after_place(q, m)]


def without_named_sets(q: str) -> str:
    """q with every set of bodies it names blanked out (same length: positions kept) — after a place (as
    `place_sets` reads it), or after 的 (「超过300件的几家单位」) — so that a count of bodies (「有几家单位」) is read
    on what is left."""
    for m in PLACE_SET.finditer(q):
        if _after_place(q, m) or m.group().startswith("的"):
            q = q[: m.start()] + "　" * (m.end() - m.start()) + q[m.end() :]
    return q
