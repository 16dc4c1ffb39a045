"""revfixb (issue 13): a place written before a level word is refused as unknown only when it names nothing the
catalogue itself reads — asked in words of my own of reports written here.

- 「阿左旗林业局」 is 阿拉善左旗林业局's short form (first character, then the character before 旗): its figure, never
  「没有找到「阿左旗林业局」」; 「阿右旗林业局」 (another banner) is still not that body's.
- 「主城区政府」 names the main urban districts' governments, a set — never an unknown place 「主城区」.
- 「济杨区卫健委」 stays refused (tests/test_review27.py)."""

import pytest

from rag.scope import _short_of
from tests.text_store import narrative_asker

BODIES = [
    ("阿拉善左旗林业局", 2018, 268),
    ("阿拉善盟阿拉善左旗人民政府", 2018, 733),
    ("三亚市吉阳区人民政府", 2022, 410),
    ("三亚市吉阳区卫生健康委员会", 2022, 64),
    ("呼伦贝尔市海拉尔区人民政府", 2022, 268),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return narrative_asker(tmp_path_factory.mktemp("revfixb"), BODIES)


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
