"""A number that counts a list of kinds (「发布工作动态、通知公告、政策解读等各类信息2367条」, 「更新法律法规、政策解读、
规范性文件20余件」) is never the count of one kind the question names: asked 「政策解读多少篇」, the report gives no
figure of its own for it — 「报告未提及」, the list offered as related text. Asked as the whole (the medium, every
kind), the number stands.

The report is written here, in words no corpus or wild report uses."""

import pytest

from rag.ask import NOT_MENTIONED
from tests.text_store import text_asker

REPORT = """浦城县自然资源局2024年政府信息公开工作年度报告

一、总体情况
（一）主动公开。局门户网站全年发布工作动态、通知公告、政策解读、便民服务等各类信息2367条。
政务微博、微信公众号、抖音号发布信息820条。
全年更新地方性法规、规章、规范性文件31件。
（二）依申请公开。全年共收到申请14件，均按时答复。
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("listed"), "pucheng-zrzyj-2024.txt", REPORT)


@pytest.mark.parametrize(
    ("q", "wrong"),
    [
        ("浦城县自然资源局2024年政策解读发布了多少条", 2367),  # one kind of the 等 list
        ("浦城县自然资源局2024年通知公告有多少条", 2367),
        ("浦城县自然资源局24年在微博上发了多少条信息", 820),  # one medium of three counted together
        ("浦城县自然资源局2024年更新了多少件规章", 31),  # one kind of a list without 等
    ],
)
def test_one_kind_of_a_listed_count_is_not_answered_by_the_whole(asker, q, wrong):
    a, rid = asker
    ans = a.ask(q, report_id=rid)
    assert ans.value != wrong, ans.answer
    assert ans.answer.startswith(NOT_MENTIONED), ans.answer


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("浦城县自然资源局2024年门户网站发布了多少条信息", 2367),  # the whole, as the sentence counts it
        ("浦城县自然资源局2024年新媒体发布信息多少条", 820),
        ("浦城县自然资源局2024年政务微博等新媒体发布信息多少条", 820),  # one kind named with 等: the list asked
        ("浦城县自然资源局2024年收到多少件申请", 14),
    ],
)
def test_the_whole_list_is_still_answered(asker, q, value):
    a, rid = asker
    assert a.ask(q, report_id=rid).value == value
