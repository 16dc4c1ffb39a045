"""Sets in a message (issue 13, blindr/blindp): a province × year listed (「江西省2023年各单位收到申请各多少件」 is each
body's figure, not a breakdown the tables lack — a district's government among them is not the province's own), a sum
over it without one member (「除了X以外，其余单位…合计」: never X's own figure, never X counted), a body by its old name
(「工商行政管理局」 is the 市场监督管理局 it became), and a body of another kind written after a province (「贵州省荔波县
档案馆…一共」 is that body — not held: refused — never the province's set summed)."""

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

BODIES = (
    ("江西省水利厅", 2023, 201),
    ("九江市濂溪区人民政府", 2023, 202),
    ("安福县农业农村局", 2023, 203),
    ("滁州市市场监督管理局", 2021, 204),
    ("遵义市汇川区自然资源局", 2023, 205),
    ("黔东南苗族侗族自治州气象局", 2023, 206),
)
JIANGXI = ("江西省水利厅", "九江市濂溪区人民政府", "安福县农业农村局")


def _v(agency: str, key: str = "t3.new.tot") -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("msgsets"), BODIES)


@pytest.mark.parametrize("q", ["江西省2023年各单位收到申请各多少件", "江西省2023年度各单位新收申请分别是多少"])
def test_a_province_year_is_listed_body_by_body(asker, q):
    ans = asker.ask(q)
    for a in JIANGXI:
        assert f"{a}2023年{_v(a)}件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "江西省2023年的年报，除了江西省水利厅以外，其余单位新收申请合计多少件？",
        "除江西省水利厅外，江西省2023年其他单位新收申请加起来多少",
        "江西省2023年各单位（不算江西省水利厅）新收申请加起来几件",
    ],
)
def test_a_sum_over_a_set_leaves_the_member_out(asker, q):
    ans = asker.ask(q)
    assert ans.value == _v("九江市濂溪区人民政府") + _v("安福县农业农村局"), ans.answer


@pytest.mark.parametrize("q", ["滁州市工商行政管理局2021年新收申请多少件", "滁州市工商局2021年新收多少件"])
def test_a_body_by_its_old_name(asker, q):
    assert asker.ask(q).value == _v("滁州市市场监督管理局")


def test_an_unknown_body_after_a_province_is_no_set(asker):
    ans = asker.ask("贵州省荔波县档案馆2023年一共收到几件政府信息公开申请")
    assert ans.value is None, ans.answer
