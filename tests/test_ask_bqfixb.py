"""A province × year said with the store's words, and 政策解读 counted beside 政策文件 (issue 13, branch bqfixb: the
blind bank blindq's misses as families). Asked in wording the router was not fitted to, of reports written here:

- 「江西省2023年收录的各单位…」「…已收录的单位每家…」: the bodies of the place the store holds that year (summed,
  listed, or which had cases) — never a breakdown of one body's tables (refuse.detail) — and 「哪几家」 asks which of
  them as 「哪些单位」 does; 「2023年青海省的…」 of a place the store lacks is refused naming the place, not 「年青海省」;
- 「发布了多少篇政策解读」 of 「…主动公开政府信息1082条，其中政策文件3件，政策解读27篇」 is 27篇, never the 3件 of
  政策文件 (silently wrong before: the sentence's verb is 公开, the question's 发布); 解读材料 is 政策解读, 「出了」 the
  putting out, 「政策解毒」「解毒材料」 a voice slip of it."""

import pytest

from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker, text_asker

JX = [("南昌市东湖区民政局", 2023, 102), ("赣州市章贡区财政局", 2023, 21), ("九江市浔阳区水利局", 2023, 178)]
OTHERS = [("南昌市东湖区民政局", 2022, 23), ("长沙市岳麓区财政局", 2023, 22)]


def _v(seed: int, key: str) -> int:
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("bqfixb_sets"), (*JX, *OTHERS))


@pytest.mark.parametrize(
    "q",
    [
        "江西省2023年收录的各单位新收申请合计多少件？",
        "江西省23年已收录的单位，本年新收申请总共有多少件",
        "江西省2023年度所收录的各个单位新收申请加起来是多少",
    ],
)
def test_a_province_year_said_as_the_stores_bodies_is_summed(bodies, q):
    ans = bodies.ask(q)
    assert ans.value == sum(_v(s, "t3.new.tot") for _, _, s in JX), ans.answer


def test_a_province_year_said_as_the_stores_bodies_is_listed(bodies):
    ans = bodies.ask("江西省2023年收录的各单位各自新收了多少件申请？")
    assert not ans.answer.startswith(NOT_MENTIONED), ans.answer
    for name, _, s in JX:
        assert name in ans.answer and f"{_v(s, 't3.new.tot')}件" in ans.answer, ans.answer
    assert "岳麓区" not in ans.answer and "2022年" not in ans.answer


@pytest.mark.parametrize(
    ("q", "key"),
    [
        ("江西省2023年收录的各单位里哪些单位有信息公开行政复议案件", "rv"),
        ("江西省2023年已收录的单位中，哪几家有信息公开行政复议？", "rv"),
        ("2023年江西省的年报里哪几家发生过行政复议", "rv"),
        ("二〇二三年江西省的报告中哪几家被提起过信息公开行政诉讼？", "lit"),
        ("江西省23年收录的各单位中哪几家有行政诉讼", "lit"),
    ],
)
def test_which_bodies_of_a_province_year_had_cases(bodies, q, key):
    ans = bodies.ask(q)
    assert not ans.answer.startswith(NOT_MENTIONED), ans.answer
    for name, _, s in JX:
        had = _v(s, "t4.rv.tot") if key == "rv" else _v(s, "t4.ld.tot") + _v(s, "t4.lr.tot")
        assert (name in ans.answer) == (had > 0), (name, ans.answer)


def test_a_place_the_store_lacks_is_refused_by_its_name(bodies):
    ans = bodies.ask("2023年青海省的报告中哪几家被提起过行政诉讼？")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None
    assert "青海省" in ans.answer and "年青海省" not in ans.answer, ans.answer


REPORT = """青柳县审计局2024年政府信息公开工作年度报告

一、总体情况
（一）主动公开
2024年，本局坚持以公开为常态、不公开为例外，通过青柳县人民政府网站主动公开政府信息1082条，其中政策文件3件，政策解读27篇；通过政务微信公众号发布信息514条。
（二）依申请公开
全年共收到政府信息公开申请19件，均按时答复。
二、主动公开政府信息情况
（见附表）
五、存在的主要问题及改进情况
存在的主要问题：解读形式较为单一。改进措施：增加图解和视频解读。
"""


@pytest.fixture(scope="module")
def reading(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("bqfixb_reading"), "qingliu-sjj-2024.txt", REPORT)


@pytest.mark.parametrize(
    "q",
    [
        "青柳县审计局2024年发布了多少篇政策解读？",
        "青柳县审计局24年一共发了几篇政策解读",
        "青柳县审计局2024年政策解读发布了多少篇",
        "青柳县审计局2024年解读材料出了多少篇？",
        "青柳县审计局2024年的解读材料一共有多少篇",
        "青柳县审计局2024年发布了多少篇政策解毒",
        "青柳县审计局2024年解毒材料出了几篇",
    ],
)
def test_policy_readings_counted_beside_policy_files(reading, q):
    a, _ = reading
    ans = a.ask(q)
    assert (ans.value, ans.unit) == (27, "篇"), ans.answer


def test_policy_files_asked_the_same_way_are_the_files(reading):
    a, _ = reading
    ans = a.ask("青柳县审计局2024年发布了多少件政策文件")
    assert (ans.value, ans.unit) == (3, "件"), ans.answer


def test_a_caller_said_as_someone_is_no_part_of_the_question():
    from rag.message import asked

    assert asked("有人打电话问2023年寿宁县教育局发布了多少篇政策解毒") == "2023年寿宁县教育局发布了多少篇政策解毒"
