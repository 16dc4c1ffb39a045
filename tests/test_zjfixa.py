"""zjfixa: a question said aloud (voice input). A year said as spoken or as a recogniser writes it — 「两千零二十三年」,
「二千零二十年」, glued to a filler 「两千零二十年嗯」 — is that year (not the body's years listed or summed; a change
between two spoken years is the change, not one value); a message that corrects itself — a year (「二零年 不对 我是说
二三年」), a measure (「复议多少件 呃 直接起诉的 不是复议的」「直接起诉的 不对 是复议后起诉的」) — is asked as last said,
and keeps its body; 「A还有B」「A加上B」 join two bodies in a spoken sum. Asked of a small store of wild reports, in
phrasings of our own (not the bank's)."""

import pytest

from rag import intent
from wildstore import extracted

REPORTS = (
    # 杭州市余杭区人民政府 2020: 新收43 予以公开10 部分公开1 办结43 行政复议3 直接起诉2 复议后起诉0 许可决定490
    "d20-yuhang-gov-nested-2020.docx",
    # 杭州市余杭区人民政府 2023: 新收41 予以公开3 部分公开4 办结41 行政复议11 直接起诉2 复议后起诉6 许可决定402
    "h21-yuhang-gov-iframe-2023.html",
    # 镇巴县教育体育局 2020: 新收42 予以公开7 部分公开6 行政复议4 直接起诉0
    "p20-zhenba-jyj-gf2019-dash-2020.pdf",
)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _value(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    return ans.value, ans.answer


@pytest.mark.parametrize(
    ("q", "years"),
    [
        ("余杭区政府两千零二十三年收了多少", [2023]),
        ("二千零二十年的复议", [2020]),
        ("两千零一十九年和两千零二十一年比", [2019, 2021]),
        ("两千二十二年新收几件", [2022]),
        ("两千零二十年嗯 总共办结几件", [2020]),
    ],
)
def test_a_year_said_in_words_is_read(q, years):
    assert intent.years_in(q) == years, q


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("余杭区人民政府两千零二十三年予以公开几件", 3),
        ("杭州余杭区政府 二千零二十年 部分公开的数量", 1),
        ("余杭区政府两千零二十三年呃 行政复议多少件", 11),
        ("那个 杭州市余杭区人民政府两千零二十年嗯 许可决定多少个", 490),
    ],
)
def test_a_spoken_year_picks_one_report(wild, q, value):
    """Before: the year went unread — both years listed or summed."""
    v, a = _value(wild, q)
    assert v == value, a


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("余杭区政府2023年的复议比两千零二十年多了几件", 8),
        ("杭州市余杭区人民政府二零二三年予以公开的跟两千零二十年比 变了多少", -7),
        ("余杭区人民政府 两千零二十三年许可决定和2020年相比增加了多少", -88),
    ],
)
def test_a_change_between_spoken_years(wild, q, value):
    """Before: one year's value (or a refusal) for a change between two years."""
    v, a = _value(wild, q)
    assert v == value, a


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("余杭区政府一九年 不对 我是说二零年 许可决定多少", 490),
        ("那个 余杭区人民政府两千零二十年 不对 应该是两千零二十三年 予以公开的有几件", 3),
        ("杭州市余杭区人民政府二零二三年 说错了 是二零二零年 嗯 部分公开多少", 1),
    ],
)
def test_a_spoken_year_corrected_keeps_the_body(wild, q, value):
    """Before: the body was lost with the first year — every body's figure of the second year listed."""
    v, a = _value(wild, q)
    assert v == value, a


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("余杭区政府2023年行政复议多少件 呃 直接起诉的 不是复议的", 2),
        ("余杭区人民政府2023年复议多少件 额 复议后起诉的 不是复议的", 6),
        ("杭州市余杭区人民政府2023年直接起诉的有几件 不对 是复议后起诉的", 6),
        ("余杭区人民政府2023年诉讼多少 哦不对 我是说复议的", 11),
    ],
)
def test_a_measure_corrected_the_last_said_wins(wild, q, value):
    """Before: both measures summed, or the first kept."""
    v, a = _value(wild, q)
    assert v == value, a


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("杭州市余杭区人民政府还有镇巴县教育体育局 2020年复议的加一块是多少", 7),
        ("余杭区政府还有镇巴县教体局 两千零二十年 予以公开的加起来多少", 17),
        ("杭州市余杭区人民政府加上镇巴县教育体育局 两千零二十年部分公开的一共几件", 7),
    ],
)
def test_two_bodies_joined_by_haiyou_or_jiashang(wild, q, value):
    """「A还有B」「A加上B」 in a spoken sum: both bodies of the year said (before: 「…还有镇」 read as one name)."""
    v, a = _value(wild, q)
    assert v == value, a
