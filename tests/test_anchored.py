"""The anchored scan must find exactly what a plain regex scan finds."""

import random
import re
import zlib

import pytest

from extractor import tables, tablespec as ts
from extractor.anchored import compile_anchored
from extractor.narrative_checks import _STATEMENTS

PATTERNS = sorted(
    {r.pattern for spec in (ts.T3_GF2021, ts.T3_GF2019, ts.T2_GF2021, ts.T2_GF2019) for r in spec.rows}
    | {p for _, _, p, _ in _STATEMENTS}
    | {r"(?:近|约)?\d+件", r"a|b", r"x*"}
    | set(ts.GF2019_MARKERS + ts.GF2021_MARKERS + ts.TEMPLATE_TABLE_MARKERS + ts.LEGACY_MARKERS)
    | {"行政诉讼", "ab", r"\(三\)"}
    | {tables._T2_START, tables._T3_START, tables._T4_START, tables._T4_AFTER_T3, tables._T4_END}
    | {r"a|b", r"(a)x|(?:本|b)年[|]新收|x*", r"(?<=a)b|ab+|(?P<n>b)b", r"申请[^|]?人|a\|b|其他"}
)
PIECES = [
    "属于国家秘密",
    "1.",
    "2、",
    "3",
    "(三)",
    "不予公开",
    "行政",
    "诉讼",
    "复议",
    "7件",
    "12起",
    "0",
    "00",
    "\x1f",
    "\x1e",
    "，",
    "。",
    "申请",
    "收到",
    "结转下年度",
    "继续办理",
    "其他",
    "规范性文件",
    "a",
    "b",
    "x",
    "本年新收",
    "第二十条第(九)项",
    "本年增/减",
    "统计指标",
    "本列数据的勾稽关系",
    "申请人情况",
    "一、",
    "五、",
    "四五.",
    "存在的主要问题",
    "主要问题",
    "结果维持",
    "复议后起诉",
    "本年制发件数",
    "第二十条第(一)项",
    "|",
    "a|b",
]


def _texts(seed: int, n: int = 300):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_the_regex(pattern):
    plain = re.compile(pattern)
    fast = compile_anchored(pattern)
    for text in _texts(zlib.crc32(pattern.encode())):
        for start, end in ((0, len(text)), (len(text) // 3, len(text)), (1, max(1, len(text) - 2))):
            want = [(m.start(), m.end()) for m in plain.finditer(text, start, end) if m.end() > m.start()]
            got = [(m.start(), m.end()) for m in fast.finditer(text, start, end) if m.end() > m.start()]
            assert got == want, (pattern, text, start, end)
        assert fast.occurs_in(text) == (plain.search(text) is not None), (pattern, text)


@pytest.mark.parametrize("pattern", PATTERNS[::5])
def test_the_fallback_without_the_regex_parser_finds_the_same(pattern):
    """What a Python without `re._parser` runs: plain scans, the same matches."""
    plain, slow = re.compile(pattern), compile_anchored(pattern, parse=False)
    assert slow.anchor is None and slow.lead is None and not slow.literal
    for text in _texts(zlib.crc32(pattern.encode()), 60):
        want = [(m.start(), m.end()) for m in plain.finditer(text, 1, len(text))]
        assert [(m.start(), m.end()) for m in slow.finditer(text, 1, len(text))] == want, (pattern, text)
        assert slow.occurs_in(text) == (plain.search(text) is not None)


def test_literal_patterns_are_looked_up():
    assert compile_anchored(r"第二十条第\(九\)项").literal and compile_anchored("行政诉讼").literal
    assert not compile_anchored(r"本年新收(?:政府信息公开)?申请").literal and not compile_anchored("ab*").literal


def test_anchor_is_found_for_label_patterns():
    a = compile_anchored(r"(?:1[.、]?)?属于国家秘密")
    assert (a.anchor, a.before) == ("属于国家秘密", 2)
    assert compile_anchored(r"规章|行政许可").anchor is None  # top-level alternatives: no one anchor
    arms = compile_anchored(tables._T3_START).branches  # ... but each arm has its own
    assert arms is not None and [a.anchor for a in arms] == ["本列数据的勾稽关系", "申请人情况", "本年新收"]
    assert compile_anchored(r"a|b*").branches is None  # an arm without an anchor: a plain scan


@pytest.mark.parametrize("which", ["place", "self", "parts"])
def test_around_finds_what_the_regex_finds(which):
    from extractor import agency, checks, meta
    from extractor.anchored import finditer_around

    rx, anchor, offsets = {
        "place": (agency._PLACE, agency._PLACE_LEVEL, (2, 3)),
        "self": (meta._SELF, meta._SELF_LEVEL, (0, 1, 2)),
        "parts": (checks._PARTS, checks._PARTS_VERB, (0, 2, 3)),
    }[which]
    rng = random.Random(11)
    pieces = [
        "安康",
        "市",
        "县",
        "区",
        "省",
        "人民政府",
        "政府",
        "办公室",
        "教育厅",
        "局",
        "本",
        "我",
        "全",
        "，",
        "。",
        "\n",
        "2",
        "年",
        "以",
        "坚持",
        "a",
        " ",
        "全文",
        "报告",
        "包括",
        "由",
        "分为",
        "六个部分",
        "组成",
        "等",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        want = [m.span() for m in rx.finditer(text) if m.end() > m.start()]
        assert [m.span() for m in finditer_around(rx, anchor, offsets, text)] == want, text
