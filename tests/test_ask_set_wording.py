"""A province × year's bodies asked each for their figure, or summed with one left out (issue 13: blindra ra0069,
ra0074 and bqfixb bb0021, as families), and a sound-alike slip in a question asked while reading one report.
Asked of reports written here:

- 「河北省2020年的年报，每个单位…各多少件」「…的报告中的新收申请数分别是多少」: every stored body of the place that
  year, each with its figure — never 「没有找到「河北省」的报告」;
- 「…所有单位扣除X之后，本年新收的申请总数多少」: the rest's sum, never X's figure (silently wrong when the set
  could not be found: the one left out was answered);
- 「上海市浦东新区规划和国土资源局」: the name before the reform of 2018 of the stored 规划和自然资源局;
- 「部分公凯的有多少」 while reading a report: the cell as it sounds (retrieval had answered the row's sentence with
  no figure)."""

import pytest

from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

HB = [("石家庄市裕华区民政局", 2020, 301), ("唐山市路北区财政局", 2020, 302), ("邯郸市丛台区水利局", 2020, 303)]
OTHERS = [
    ("石家庄市裕华区民政局", 2021, 304),
    ("南昌市东湖区民政局", 2020, 305),
    ("上海市浦东新区规划和自然资源局", 2023, 306),
]


def _v(seed: int, key: str) -> int:
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("set_wording"), (*HB, *OTHERS))


@pytest.mark.parametrize(
    "q",
    [
        "河北省2020年的年报，每个单位本年新收的申请各多少件？",
        "20年河北省的报告中的新收申请数分别是多少？",
        "河北省2020年每一个部门新收申请各是多少",
    ],
)
def test_each_body_of_a_province_year_is_listed(bodies, q):
    ans = bodies.ask(q)
    assert not ans.answer.startswith(NOT_MENTIONED), ans.answer
    for name, _, s in HB:
        assert name in ans.answer and f"{_v(s, 't3.new.tot')}件" in ans.answer, (q, ans.answer)
    assert "东湖区" not in ans.answer and "2021年" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "河北省2020年所有单位扣除唐山市路北区财政局之后，本年新收的申请总数多少",
        "河北省2020年的全部单位，不算唐山市路北区财政局，本年新收的申请一共多少件",
    ],
)
def test_a_province_year_summed_with_one_left_out(bodies, q):
    ans = bodies.ask(q)
    want = sum(_v(s, "t3.new.tot") for name, _, s in HB if "路北区" not in name)
    assert ans.value == want, (q, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "青海省2020年所有单位扣除唐山市路北区财政局之后，本年新收的申请总数多少",
        "火星省2020年的所有单位，不算唐山市路北区财政局，本年新收一共多少件",
    ],
)
def test_a_set_not_found_never_answers_the_one_left_out(bodies, q):
    ans = bodies.ask(q)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer


@pytest.mark.parametrize(
    "q", ["上海市浦东新区规划和国土资源局2023年部分公开多少件", "浦东新区规划和国土资源局23年部分公开几件"]
)
def test_a_department_asked_by_its_name_before_the_reform(bodies, q):
    ans = bodies.ask(q)
    assert ans.value == _v(306, "t3.r2.tot") and "规划和自然资源局" in ans.scope, (q, ans.answer, ans.scope)
