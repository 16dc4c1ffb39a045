"""The speaker's own body — 「我们」「咱们」「本单位」「我局」「本委」…: the ONE list of these words (review27, issue 13).

Every pattern that reads the user's own body builds on it (its own context words around): `intent.OWN_WORD` (a
speaker naming her body, then 我们; sector ranks), `ask._AGAINST` (「有我们多吗」), `message._SELF` (a scoped question
on the report read), `followup._WE` (a follow-up on the chosen report), `namefix._DEIXIS` (the user's name for the
chosen body). Traditional forms are listed beside the simplified ones (a question is read before it is simplified)."""

from __future__ import annotations

OWN_WORDS: tuple[str, ...] = (
    "我们",
    "我們",
    "咱们",
    "咱們",
    "本单位",
    "本單位",
    "我单位",
    "我單位",
    "本机关",
    "本機關",
    "我机关",
    "我機關",
    "本局",
    "我局",
    "我委",
    "本委",
    "我办",
    "本办",
    "我厅",
    "本厅",
    "我府",
    "本府",
    "我镇",
    "本镇",
    "我乡",
    "本乡",
    "我街道",
    "本街道",
)


def alternation(*extra: str, without_level: bool = False) -> str:
    """The words as one regex alternation, longest first, with `extra` words of a caller's own context; without the
    words that end in a level word (我镇, 本乡) when the caller reads the level word itself."""
    words = [w for w in OWN_WORDS if not (without_level and w[-1] in "省市县区镇乡旗")]
    return "|".join(sorted(dict.fromkeys([*words, *extra]), key=len, reverse=True))
