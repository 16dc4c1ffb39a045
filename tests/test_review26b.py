"""review26b: what the review of the session's former-name handling found a user would meet, asked in words of my
own of reports written here.

- A year written between the place and a former department name (「夏河县2022年卫计委」) keeps the place: the
  successor is looked for in that place only — never another place's body answered, never every place listed; with
  no place written, a former name is never renamed into some place's body.
- A place slipped before a former department name (「吉杨区卫生局」) is left to the typo steps, which hear it as the one
  stored body of its successor's name (三亚市吉阳区卫生健康委员会); mended by none, the refusal still says the name is
  a former one.
- 「咱们」「我委」「本委」 are the speaker's own body in a ranking asked of a chosen report, as 「我们」 is."""

import pytest

from extractor.former_names import place_before
from rag.ask import NOT_MENTIONED
from rag.sector_sets import rank_plan
from tests.text_store import narrative_asker

# one successor body (岳西's) among other places' governments: a former name of 夏河县 must not be read as it
BODIES = [
    ("夏河县人民政府", 2022, 230),
    ("岳西县卫生健康委员会", 2022, 55),
    ("三亚市吉阳区卫生健康委员会", 2022, 64),
    ("三亚市吉阳区人民政府", 2022, 410),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return narrative_asker(tmp_path_factory.mktemp("review26b"), BODIES)


@pytest.mark.parametrize(
    "q",
    [
        "夏河县2022年卫计委主动公开了多少条政府信息",
        "夏河县二〇二二年度的卫生局主动公开政府信息几条",
        "夏河县去年卫计委主动公开政府信息多少条",
    ],
)
def test_a_year_between_place_and_former_name_keeps_the_place(asker, q):
    ans = asker.ask(q, year=2022) if "去年" in q else asker.ask(q)
    assert ans.value not in (55, 230), ans.answer  # never 岳西's, never the place's government's
    assert ans.answer.startswith(NOT_MENTIONED) and "现为" in ans.answer, ans.answer
    assert "岳西" not in ans.answer, ans.answer


def test_a_former_name_with_no_place_is_no_body_of_some_place(asker):
    ans = asker.ask("2022年卫计委主动公开了多少条政府信息")
    assert ans.value != 55 and "岳西" not in ans.answer, ans.answer


def test_the_successor_in_the_place_written_is_still_read_across_a_year(asker):
    ans = asker.ask("岳西县2022年卫计委主动公开了多少条政府信息")
    assert ans.value == 55, ans.answer
    assert "按现名「岳西县卫生健康委员会」理解" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, place",
    [
        ("夏河县2022年卫计委", "夏河县"),
        ("想问下青岛黄岛2021年度的环保局", "青岛黄岛"),
        ("湟中二〇二一年卫生局", "湟中"),
        ("2022年卫计委", ""),
    ],
)
def test_place_before_steps_over_a_year(q, place):
    at = next(i for i, c in enumerate(q) if c in "卫环")
    assert place_before(q, at) == place


@pytest.mark.parametrize(
    "q", ["吉杨区卫生局2022年主动公开了多少条政府信息", "吉杨区卫计委2022年主动公开政府信息多少条"]
)
def test_a_slipped_place_before_a_former_name_is_mended(asker, q):
    ans = asker.ask(q)
    assert ans.value == 64, ans.answer
    assert "理解" in ans.answer, ans.answer


def test_a_slipped_place_mended_by_none_still_says_the_former_name(asker):
    ans = asker.ask("鸭蛋区卫生局2022年主动公开了多少条政府信息")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer
    assert "「卫生局」现为" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "咱们的新收申请在库里今年已收录的民政部门中排名第几？",
        "我委的行政复议在库里同一年的卫健部门里排第几",
        "本委新收申请在库里今年收录的卫健部门里排名第几",
    ],
)
def test_every_own_word_ranks_the_chosen_body(q):
    chosen = ("九江市民政局", 2022, "江西省") if "民政" in q else ("九江市卫生健康委员会", 2022, "江西省")
    p = rank_plan(q, chosen)
    assert p is not None and p.op == "rank" and p.named == chosen[0]


def test_on_a_chosen_report_a_former_name_without_a_place_is_the_chosen_body(asker):
    rid = next(r["id"] for r in asker.store.catalogue_rows() if r["agency"] == "岳西县卫生健康委员会")
    ans = asker.ask("我们县卫计委主动公开了多少条政府信息", report_id=rid)
    assert ans.value == 55, ans.answer
