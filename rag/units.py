"""Units asked otherwise than printed: 「约多少万条」 of 「13050余条」, 「多少亿元」 of a fee printed in 万元,
「大概多少万」 of 「1016823人」.

Two things follow from a unit asked at another scale. Finding the number: a scale asked (万条) is the
printed base unit (条) at that scale, and a bare scale (「多少万」) names no unit at all — so the search
for the number must not demand the asked unit literally (`units_like`). Saying it: the headline is the
figure in the unit asked, the printed figure beside it (「约1.31万条：13050余条 …」) — never the
conversion alone, whose rounding the report did not print."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from extractor.normalize import parse_chinese_number
from extractor.schema import Answer

from .cite import fmt
from .lazyre import lazy

SCALES = {"千万": Decimal(10_000_000), "百万": Decimal(1_000_000), "亿": Decimal(100_000_000), "万": Decimal(10_000)}
_ASKED = lazy(r"(?:多少|几)(千万|百万|亿|万)([\u4e00-\u9fff]?)")
_COUNT_WORDS = "条件个份人次元篇项期场户家"
_PCT_ASKED = lazy(r"几成|百分之(?:多少|几)|多少个?百分点")


def split_scale(unit: str | None) -> tuple[Decimal, str]:
    """「万人」 → (10000, 人); 「条」 → (1, 条); 「万余」 → (10000, ''): the scale and the base unit."""
    unit = (unit or "").replace("余", "").replace("多", "")
    for prefix, factor in SCALES.items():
        if unit.startswith(prefix):
            return factor, unit[len(prefix) :]
    return Decimal(1), unit


def asked(q: str) -> tuple[str, str] | None:
    """The scale and base unit a question asks in (「约多少万条」 → (万, 条); 「大概多少万」 → (万, ''))."""
    m = _ASKED.search(q)
    if m is None:
        return None
    base = m.group(2) if m.group(2) and m.group(2) in _COUNT_WORDS else ""
    return m.group(1), base


def like_scaled(unit: str) -> tuple[str, ...] | None:
    """What a scaled unit asked may be printed as: 「万条」 → 万条 or 条; a bare 「万」 → any unit (None
    when the unit carries no scale: the caller keeps its own rule)."""
    factor, base = split_scale(unit)
    if factor == 1:
        return None
    return (unit, base) if base else ("",)


def in_asked_unit(q: str, ans: Answer) -> Answer:
    """The answer's headline restated in the unit the question asks, when that is another scale of the
    unit printed (the printed figure stays, and so do `value` and `unit`: what the report says)."""
    want = asked(q)
    if want is None or ans.value is None or isinstance(ans.value, bool):
        return ans
    scale, base = want
    have_factor, have_base = split_scale(ans.unit)
    if base and have_base and base != have_base:
        return ans  # another thing counted: not a conversion
    if have_factor == SCALES[scale] or not have_base and not base:
        return ans
    if re.search(rf"印为「[^」]*\d{scale}", ans.answer):
        return ans  # 「（印为「240万人」）」: the printed figure already says it in the unit asked
    exact = Decimal(str(ans.value)) * have_factor / SCALES[scale]
    shown = exact.quantize(Decimal("0.01"), ROUND_HALF_UP)
    said = f"{fmt(float(shown))}{scale}{have_base}"
    ans.answer = f"{'' if shown == exact else '约'}{said}：{ans.answer}"
    return ans


# 「超过一亿元」「5000万元以上」「不足1万元」: a bound with its unit, after (or before) the comparison word
_BOUND = lazy(
    r"(?:超过了?|超出|多于|大于|高于|不少于|至少|少于|低于|小于|不足|不到|过了?|破了?|达到)\s*"
    r"(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*(千万|百万|亿|万)?\s*(元|条|件|个|份|人|次)?"
)


def _number(w: str) -> Decimal | None:
    if w[0].isdigit():
        return Decimal(w)
    n = parse_chinese_number(w)  # 「一亿」's 亿 is the bound's scale, matched apart: only 一…千 here
    return None if n is None else Decimal(n)


def bound_in(q: str, unit: str) -> float | None:
    """The bound a question tests against, in the measure's unit: 「超过一亿元」 of a fee kept in 万元 is
    10000; None when the question writes no bound with a scale or a unit to convert."""
    m = _BOUND.search(q)
    if m is None or not (m.group(2) or m.group(3)):
        return None
    n = _number(m.group(1))
    if n is None:
        return None
    have, base = split_scale(unit)
    said = (m.group(2) or "") + (m.group(3) or base)
    factor, said_base = split_scale(said)
    if said_base and base and said_base != base:
        return None
    return float(n * factor / have)


# 「收费总额是多少元」「一共几块钱」「多少元人民币」: 元 asked (never 万元) of an amount printed in 万元
_YUAN_ASKED = lazy(r"(?<![万千百亿])元(?!旦|年|月)|块钱|几块|多少块")


def in_yuan(q: str, value: float, unit: str | None) -> str:
    """「，即31950100元」 after an amount printed in 万元 when the question asks it in 元 (「收费总额是多少元」), else
    "": the printed figure stays the headline, its conversion said beside it."""
    if unit != "万元" or not _YUAN_ASKED.search(q) or re.search(r"万元|多少万|几万", q):
        return ""
    yuan = (Decimal(str(value)) * SCALES["万"]).normalize()
    return f"，即{fmt(float(yuan))}元"
