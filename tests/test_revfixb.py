"""revfixb (issue 13): a place written before a level word is refused as unknown only when it names nothing the
catalogue itself reads — asked in words of my own of reports written here.

- 「阿左旗林业局」 is 阿拉善左旗林业局's short form (first character, then the character before 旗): its figure, never
  「没有找到「阿左旗林业局」」; 「阿右旗林业局」 (another banner) is still not that body's.
- 「主城区政府」 names the main urban districts' governments, a set — never an unknown place 「主城区」.
- 「济杨区卫健委」 stays refused (tests/test_review27.py)."""

import pytest

from rag.scope import _short_of


def _report(agency: str, year: int, published: int) -> str:
    return f"""{agency}{year}年政府信息公开工作年度报告

本报告数据统计时限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
（一）主动公开。依托门户网站主动公开政府信息{published}条，其中政策文件12条。
（二）依申请公开。全年均按时答复。
二、存在的主要问题及改进情况
公开内容不够丰富。下一步将加强培训。
"""


BODIES = [
    ("阿拉善左旗林业局", 2018, 268),
    ("阿拉善盟阿拉善左旗人民政府", 2018, 733),
    ("三亚市吉阳区人民政府", 2022, 410),
    ("三亚市吉阳区卫生健康委员会", 2022, 64),
    ("呼伦贝尔市海拉尔区人民政府", 2022, 268),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    folder = tmp_path_factory.mktemp("revfixb")
    store = Store(folder / "store")
    for n, body in enumerate(BODIES):
        path = folder / f"r{n}.txt"
        path.write_text(_report(*body), encoding="utf-8")
        store.add(extract_path(str(path)))
    index = Index(store)
    index.sync()
    return Asker(store, index)


@pytest.mark.parametrize(
    "q",
    [
        "2018年阿左旗林业局主动公开了多少条信息",  # the reviewer's
        "阿左旗林业局2018年主动公开政府信息多少条",
        "请问2018年阿左旗林业局主动公开政府信息的数量",
    ],
)
def test_a_banner_short_form_is_its_body(asker, q):
    ans = asker.ask(q)
    assert ans.value == 268, ans.answer
    assert "没有找到" not in ans.answer


def test_another_banner_is_not_that_body(asker):
    ans = asker.ask("2018年阿右旗林业局主动公开了多少条信息")
    assert ans.value != 268, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "主城区政府2023年新收申请最多的是哪个",  # the reviewer's (the whole store ranks the district governments)
        "2022年主城区政府里主动公开政府信息最多的是哪个区",
        "远郊区政府2022年主动公开政府信息多少条",
    ],
)
def test_main_urban_districts_are_a_set_not_a_place(asker, q):
    assert asker.catalogue()._unknown_before_level(q, ["区政府"], [["吉阳区人民政府", "海拉尔区人民政府"]]) is None


def test_a_place_naming_nothing_before_a_level_word_stays_unknown(asker):
    cat = asker.catalogue()
    assert cat._unknown_before_level("鸭蛋区政府2022年主动公开多少条", ["区政府"], [["吉阳区人民政府"]]) == "鸭蛋区政府"
    ans = asker.ask("济杨区卫健委2022年主动公开政府信息多少条")
    assert ans.value is None, ans.answer


def test_short_form_rule():
    assert _short_of("阿左", "旗", "阿拉善左旗林业局")
    assert not _short_of("阿右", "旗", "阿拉善左旗林业局")
    assert not _short_of("南京", "区", "南京市江宁区人民政府")  # 京 is not right before 区
    assert not _short_of("济杨", "区", "三亚市吉阳区卫生健康委员会")
