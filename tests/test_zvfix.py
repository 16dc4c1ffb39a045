"""zvfix: the session's family rewrites (tier sets, 「的政府信息公开年报」, the year-pair and lead-in routes) read the
question as a user types it — a year in characters or spaced, a voice input with no brackets, a lead-in or a
particle around the thanks — the same as its plain spelling (`rag.intent.canonical`). Phrasings of our own."""

import pytest

from rag.intent import canonical


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        # (1) a year in characters or spaced before the family rewrites
        ("二〇二二年库里司法系统的各区县司法局一共收到几件申请", "2022年库里司法系统的各区县司法局一共收到几件申请"),
        ("二〇二一年度民政系统中的县级民政局里新收最多的是谁", "2021年度民政系统中的县级民政局里新收最多的是谁"),
        (
            "在贵州二〇二四年度的政府信息公开年报中，被复议最多的是哪家",
            "在贵州2024年度的政府信息公开年报中，被复议最多的是哪家",
        ),
        (
            "在甘肃 2022 年度的政府信息公开年报中，新收最少的是哪个单位",
            "在甘肃2022年度的政府信息公开年报中，新收最少的是哪个单位",
        ),
        # (3) a particle or a demand on the answer after the thanks
        ("这份报告里不予公开的有几件，谢谢呀？", "这份报告里不予公开的有几件"),
        ("这份报告里部分公开的有几件，谢谢。只要数字", "这份报告里部分公开的有几件"),
        ("这份报告里被复议了几次？只给数字", "这份报告里被复议了几次"),
    ],
)
def test_typed_reads_as_plain(typed: str, plain: str) -> None:
    assert canonical(typed) == canonical(plain)


@pytest.mark.parametrize(
    ("voice", "plain"),
    [
        # (2) voice input: the brackets of a kind of body said as pauses
        (
            "2021年度贵州省各县 市 区 人民政府中 新收最多的是哪个",
            "2021年度贵州省各县（市、区）人民政府中 新收最多的是哪个",
        ),
        ("2022年度库内各乡镇 街道 中 被复议过的有几个", "2022年度库内各乡镇（街道）中 被复议过的有几个"),
        (
            "2023年邵阳市下属区县一级的单位 区县政府 区县部门和乡镇街道 一共新收多少件",
            "2023年邵阳市下属区县一级的单位（区县政府、区县部门和乡镇街道）一共新收多少件",
        ),
    ],
)
def test_voice_kinds_read_as_bracketed(voice: str, plain: str) -> None:
    assert canonical(voice) == canonical(plain)


@pytest.mark.parametrize(
    "typed",
    [
        "我是做研究的，想了解一下库里有相邻两年年报的单位，新收比上年少的有几家",
        "您好，麻烦问一下，请核对本报告表三：各类申请人之和是否等于总计？谢谢！",
        "我在看这份年报，想知道不予公开的有几件，谢谢啊？",
        "我在看这份年报，想知道部分公开的有几件，谢谢？只要数字",
    ],
)
def test_lead_in_peeled_before_the_preamble_cut(typed: str) -> None:
    """The courtesy and the thanks are peeled before `simplified` cuts a speaker's preamble: the ask is kept whole."""
    from rag.ask import simplified

    plain = {
        "相": "库里有相邻两年年报的单位，新收比上年少的有几家",
        "请": "请核对本报告表三：各类申请人之和是否等于总计",
        "不": "不予公开的有几件",
        "部": "部分公开的有几件",
    }
    assert simplified(typed) in plain.values()


@pytest.mark.parametrize(
    "typed", ["2023年湖北省级部门哪些单位新收申请过百？", "新收过千啊？", "哪些单位本年新收超过五十？"]
)
def test_chinese_bound_before_the_question_mark(typed: str) -> None:
    """A bound in Chinese numerals closing the question is read with the question mark after it."""
    from rag.intent import _asserted

    asked = _asserted(canonical(typed))
    assert asked and asked[0] >= 50
