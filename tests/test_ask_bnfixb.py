"""The blind bank blindn's answering misses as families (issue 13, branch bnfixb), asked in wording the router was not
fitted to, of reports written here:

- a figure asked to be confirmed (「…是不是就7件」「…是否为N件」「…是N件吗」「…有N件对吧」): the printed figure, said
  是 / 不是 first — before, a consistency verdict with no value (「不一致：「…」≠ 表三…」) or the figure with no yes/no;
- table 三 said to balance in an office's word (是不是平的, 轧平, 配平, 对平, 闭合): its identities checked;
- a lawsuit row misheard (「当中复意后起诉的」): 复议后起诉, never the lawsuits' total (silently wrong before: the
  corrector heard 「中复」 as 重复, and a correction naming a row the broad row sums was not taken);
- one total (总数/总计) asked of a province × year's stored bodies (「这批单位」「这几份年报」): their sum, not a list;
- a channel's count (「通过网络提交的申请」) asked with a lead-in or 「X2023年，」 before it: the channel's 51件, never
  the sentence's total 66件 (silently wrong before: only the first clause was read); a 表三 row named beside a word no
  table holds (「热线上问…部分公开的」) is never answered by that total either."""

import pytest

from rag import premise
from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker, text_asker

ONE = ("白杨县民政局", 2023, 11)  # t4: 直接起诉 1, 复议后起诉 7
JX = [("南昌市东湖区审计局", 2022, 3), ("赣州市章贡区水利局", 2022, 7), ("九江市浔阳区民政局", 2022, 12)]


def _v(seed: int, key: str) -> int:
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("bnfixb"), (ONE, *JX, ("长沙市岳麓区审计局", 2022, 5)))


# ------------------------------------------------------------------ a figure asked to be confirmed
@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("白杨县民政局2023年予以公开是不是就{n}件？", "t3.r1.tot"),
        ("想确认一下，白杨县民政局2023年本年新收是否为{n}件", "t3.new.tot"),
        ("白杨县民政局2023年行政复议是{n}件吗", "t4.rv.tot"),
        ("白杨县民政局2023年部分公开有{n}件对吧？", "t3.r2.tot"),
        ("白杨县民政局2023年办理结果总计到底是不是{n}件啊", "t3.r7.tot"),
    ],
)
def test_a_figure_asked_to_be_confirmed_is_the_printed_one_said_yes_or_no(bodies, form, key):
    v = _v(ONE[2], key)
    right = bodies.ask(form.format(n=v))
    assert right.value == v and right.answer.startswith(f"是：报告为{v}件"), right.answer
    wrong = bodies.ask(form.format(n=v + 3))
    assert wrong.value == v, wrong.answer
    assert wrong.answer.startswith(f"不是：报告为{v}件（问的是{v + 3}件）"), wrong.answer


def test_a_figure_set_against_a_sum_stays_a_check():
    assert premise.claim("新收加上年结转是不是等于300件") is None
    assert premise.claim("各项加起来是不是380件") is None
    assert premise.claim("2022年也是5件吗") is None  # one figure against another
    assert premise.claim("不予公开是不是超过5件") is None  # a bound, not a figure


# ------------------------------------------------------------------ the figures said to balance
@pytest.mark.parametrize(
    "q",
    [
        "帮我看下白杨县民政局2023年表三是不是平的",
        "白杨县民政局2023年表三的账轧平了没有？",
        "白杨县民政局2023年表三能配平吗",
        "白杨县民政局2023年表三对平了吗",
        "白杨县民政局2023年表三数字闭合吗",
    ],
)
def test_a_table_said_to_balance_is_checked(bodies, q):
    ans = bodies.ask(q)
    assert ans.answer.startswith("一致"), ans.answer
    assert "本年新收" in ans.answer, ans.answer


# ------------------------------------------------------------------ a lawsuit row misheard
@pytest.mark.parametrize(
    ("q", "key"),
    [
        ("白杨县民政局2023年行政诉讼当中复意后起诉的有几件", "t4.lr.tot"),
        ("白杨县民政局2023年复意后起诉的行政诉讼总计几件", "t4.lr.tot"),
        ("白杨县民政局2023年行政诉讼里未经复意直接起诉的多少件", "t4.ld.tot"),
    ],
)
def test_a_misheard_lawsuit_row_is_the_row_never_the_total(bodies, q, key):
    ans = bodies.ask(q)
    assert ans.value == _v(ONE[2], key), ans.answer


def test_the_corrector_keeps_a_word_whole_over_a_slip_eating_its_first_character():
    from rag.typos import Corrector, vocabulary

    fixed = Corrector(vocabulary()).correct("行政诉讼当中复意后起诉的有几件")
    assert fixed is not None and "复议后起诉" in fixed, fixed


# ------------------------------------------------------------------ one total of a place's set
@pytest.mark.parametrize(
    "q",
    [
        "江西省2022年这批单位新收的申请总计多少件",
        "江西省2022年这几份年报的本年新收申请总数是多少？",
        "江西省2022年库里这些单位的新收申请总量是多少",
    ],
)
def test_one_total_asked_of_a_province_year_is_the_sum(bodies, q):
    ans = bodies.ask(q)
    assert ans.value == sum(_v(s, "t3.new.tot") for _, _, s in JX), ans.answer


def test_each_ones_total_of_a_province_year_is_still_listed(bodies):
    ans = bodies.ask("江西省2022年这些单位的新收申请总数分别是多少")
    for name, _, s in JX:
        assert name in ans.answer and f"{_v(s, 't3.new.tot')}件" in ans.answer, ans.answer


# ------------------------------------------------------------------ a channel's count, never the total
REPORT = """红岭县统计局2023年政府信息公开工作年度报告

一、总体情况
（一）主动公开
2023年，本局通过红岭县人民政府网站主动公开政府信息215条。
（二）依申请公开
全年共收到政府信息公开申请66件，其中网上申请51件、信函及当面申请15件，均在法定期限内答复。
五、存在的主要问题及改进情况
存在的主要问题：公开形式较为单一。改进措施：丰富公开形式。
"""


@pytest.fixture(scope="module")
def channel(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("bnfixb_channel"), "hongling-tjj-2023.txt", REPORT)


@pytest.mark.parametrize(
    "q",
    [
        "红岭县统计局2023年，通过网络提交的公开申请几件？",
        "顺便问一句，红岭县统计局23年通过网络提交的公开申请几件",
        "红岭县统计局2023年，网上申请的有多少件",
    ],
)
def test_a_channels_count_after_a_clause_is_the_channels(channel, q):
    a, _ = channel
    ans = a.ask(q)
    assert ans.value == 51, ans.answer


def test_a_result_row_beside_a_word_no_table_holds_is_never_the_total(channel):
    a, _ = channel
    ans = a.ask("有人在热线上问红岭县统计局2023年区分处理后部分公开的申请有几件?")
    assert ans.value != 66, ans.answer
    assert ans.answer.startswith(NOT_MENTIONED) or ans.value is None, ans.answer


def test_a_names_pin_is_no_balance_word():
    from rag import intent

    q = "请对平潭综合实验区2021年、2022年和河北省教育厅2021年的新收申请由多到少排序"
    assert intent.parse(q).operation == "rank"
