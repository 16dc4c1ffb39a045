"""A follow-up naming only another set (ztleft's tidy of ztfixa and ztfixb, issue 13): 「那民政部门呢」「换成卫健部门」
after a sector's set, 「那街道办呢」「换成自治县政府」「乡政府的呢」 after a kind of place's — the previous question with
its set word replaced, same scope, same statistic. One grammar of the turn (a lead 那/换成/改成…, the set, a tail
呢/的/怎么样…) over one vocabulary of set words: the sectors' (rag/sectors: set words, endings, short bureau words,
lay names) and the kinds of place (rag/place_kinds). `Turn.vocabulary` says which, so a caller answers the turn as
its family always has (a sector's turn is read through `followup`, said 「（按「…」理解）」; a kind's is asked by `ask`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import place_kinds, sectors as S
from .lazyre import lazy

_LEAD = lazy(r"^(?:那换成|那么?|换成|换为|改成|改为|换|如果是|要是|再看看?|看看)?(?:库里)?的?")
_TAIL = lazy(r"(?:的?呢|的|怎么样|又如何|如何|是多少)?[？?。！!\s]*$")


@dataclass(frozen=True)
class Turn:
    vocabulary: str  # "sector" or "place"
    question: str  # the previous question with the set word replaced


def changed(previous: str | None, q: str) -> Turn | None:
    """The previous set question asked of the set the follow-up names instead — or None when the follow-up is not
    a set alone, or the previous question named no set of that vocabulary (or the same one)."""
    if not previous or not previous.strip():
        return None
    rest = _TAIL.sub("", _LEAD.sub("", q.strip()))
    full = _sector(previous, rest)
    if full is not None:
        return Turn("sector", full)
    full = _place(previous, rest)
    return Turn("place", full) if full is not None else None


def _sector(previous: str, rest: str) -> str | None:
    """「那管卫生的部门呢」 after 「库里2023年搞教育的部门平均每家新收多少件」: 「库里2023年的卫健部门平均每家新收多少件」."""
    said = S._lay_names(rest)
    words = S._set_words()
    if not re.fullmatch(r"(?:各个?|所有的?)?(?:" + words + ")", said):
        return None
    new = re.sub(r"^(?:各个?|所有的?)", "", said)
    prev = S._lay_names(previous.strip())
    m = re.search(words, prev)
    if m is None or m.group() == new:
        return None
    return prev[: m.start()] + new + prev[m.end() :]


def _place(previous: str, rest: str) -> str | None:
    """「那乡政府呢」 after 「2022年库里的县级市平均每家收到多少申请」: the kind as written replaced."""
    if not 2 <= len(rest) <= 20:
        return None
    old = place_kinds.respell(previous)
    new = place_kinds.respell(rest)
    if old is None or new is None or len(new.said) < len(rest) - 2 or new.kind == old.kind:
        return None
    return previous.replace(old.said, new.said, 1)
