"""Which template a report follows: from the printed markers (spec §8); from the report's year only
when no table is printed to tell (tables published as pictures, a bare narrative)."""

from __future__ import annotations

import re

from . import tablespec as ts
from .anchored import compile_anchored
from .schema import Template
from .stream import Stream


def _count(patterns: tuple[str, ...], text: str) -> int:
    return sum(1 for p in patterns if compile_anchored(p).occurs_in(text))


def detect_template(stream: Stream, year: int | None = None) -> Template:
    text = stream.text
    gf19 = _count(ts.GF2019_MARKERS, text)
    gf21 = _count(ts.GF2021_MARKERS, text)
    if gf19 > gf21:
        return Template.GF2019
    if gf21 > gf19:
        return Template.GF2021
    if _count(ts.TEMPLATE_TABLE_MARKERS, text) >= 2:
        # Table 三 is shared by both versions; only （六）'s three sub-rows tell them apart.
        r6_split = re.search(ts.T3_GF2021.row("r6_1").pattern, text)
        return Template.GF2021 if r6_split else Template.GF2019
    if year is not None:
        # Nothing printed tells: the template in force for the year (国办公开办函〔2019〕60号 for
        # 2019–2020, 〔2021〕30号 since; the old 条例's free form before).
        return Template.LEGACY if year < 2019 else Template.GF2019 if year < 2021 else Template.GF2021
    if _count(ts.LEGACY_MARKERS, text) >= 1:
        return Template.LEGACY
    return Template.UNKNOWN


def looks_like_report(text: str) -> bool:
    """Cheap gate against feeding us a non-report document."""
    return bool(re.search(r"政府信息公开", text)) and bool(re.search(r"年度报告|工作报告|申请|主动公开", text))
