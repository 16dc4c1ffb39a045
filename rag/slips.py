"""IME slips a reader of these questions understands at once — the ONE table of them (review27, issue 13): the
question's canonical form, the sector words and a follow-up's words all read it through the one entry point,
`mended` (with the look-alike characters of rag/typos.py). rag/typos.py hears the rest (homophones), on a second try only."""

from __future__ import annotations

from .lazyre import lazy

# IME slips a reader of these questions understands at once: (the slip, the word meant, the context it must stand in —
# "" for anywhere). Only a slip that can mean nothing else in this domain is listed: 「处里」 is also 「处室里」
# (「我们处里今年收了几件」), so it is mended only where 处理 is the one reading (不处里, 予以处里, 其他处里, 处里结果);
# 「多小」 is mended by `_DUO_XIAO` before a counter. (rag/typos.py hears the rest, on a second try only.)
_SLIPS: tuple[tuple[str, str, str], ...] = (
    ("申情", "申请", ""),
    ("申清", "申请", ""),
    ("公凯", "公开", ""),
    ("复义", "复议", ""),
    ("诉松", "诉讼", ""),
    ("处里", "处理", r"(?<=[不予他])处里|处里(?=结果|了(?:多少|几))"),
    # a speech recogniser's homophones of the template's terms (voice input): 「收了多少个一申请」 is 依申请 (never
    # 统一/第一/唯一 申请, nor 一申请人), 「与以公开」 予以公开, 「不与处理」 不予处理, 「行政附议」 复议, 「半结」 办结,
    # 「上年接转」「接转到下一年」 结转 (接转 is a word of its own elsewhere: only beside the year it carries), 「企叶」 企业
    ("一申请", "依申请", r"(?<![统第唯单同逐每之])一申请(?!人)"),
    ("与以", "予以", r"与以(?=公开|处理|答复|受理|告知|办理)"),
    ("不与", "不予", r"(?<![并且可])不与(?=公开|处理|受理|答复)"),
    ("附议", "复议", r"(?<=行政)附议|附议(?=的?(?:案件|决定|申请|结果|一共|总共|多少|几|有|数))"),
    ("半结", "办结", ""),
    ("接转", "结转", r"(?<=上年|去年)接转|(?<=上一年)接转|接转(?=到?下一?年|过来)"),
    ("企叶", "企业", ""),
    # a slip of the eye (the character beside the one meant in a pinyin IME's list, or read alike): 「教肓局」 is 教育局
    # (肓 is in no word of a body or of these reports)
    ("肓", "育", r"(?<=[教体])肓|肓(?=局|厅|委)"),
    # 「一工新收了多少件」「一工全部公开的」: 一共 mistyped (never 统一工作, 第一工作日 …); 「有几加没收到申请」: 几家 (ztleft)
    ("一工", "一共", r"(?<![统第唯同])一工(?=[有新全多收公是合计几被办予])"),
    ("几加", "几家", r"几加(?=没|不|有|单位|机关|部门|[？?，,。]|$)"),
    # a slip inside a sector's name (「退役军人事务部们」「自然资原局」「教玉局」「卫建委」: rag/sectors.py reads them mended)
    ("部们", "部门", ""),
    ("自然资原", "自然资源", ""),
    ("教玉", "教育", r"教玉(?=局|部门)"),
    ("卫建", "卫健", ""),
)
_SLIP = lazy("|".join(ctx or slip for slip, _, ctx in _SLIPS))
_MEANT = {slip: meant for slip, meant, _ in _SLIPS}


def mended(q: str) -> str:
    """q with each slip of `_SLIPS` written as the word meant (「申情」 → 申请, 「不处里」 → 不处理, 「自然资原局」), and a
    character that looks like the one meant inside a word of the tables (「予以公幵」: `typos.lookalikes_mended`)."""
    from .typos import lookalikes_mended

    return lookalikes_mended(_SLIP.sub(lambda m: _MEANT[m.group()], q))
