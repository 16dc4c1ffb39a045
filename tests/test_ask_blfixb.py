"""The blind bank blindl's one-report narrative misses as families (issue 13, branch blfixb), asked in wording the
router was not fitted to, of reports written here:

- a generic charge asked in 万元 (「收费收了多少（万元）」「收了多少万元的费用」): 表二's 行政事业性收费 amount, the text's
  信息处理费 named as the other fee — before, 「0元…未收取信息处理费」 (silently wrong); both named when both exist;
- a channel asked in English (online / internet, 「Online递交的」): the channel's count, never the applications' total;
  an English qualifier no reader knows (offline, mobile) or a channel by its end (「微信端申请」): refused, never the
  total (silently wrong before);
- a count asked by a request after its count noun (「…篇数报一下吧」「…数量count一下」);
- a topic section 五 never speaks of (「关于政务新媒体有啥措施」): the report's sentence on it, not section 五's plans
  (silently wrong before); words the report never says (「自己说有什么不足」) keep section 五's list;
- who has the work in charge (「政务公开工作是谁在抓」「由哪个部门牵头」): the sentence of its charge — a person asked
  (「分管领导是谁」) still needs a person;
- a lead-in with 第 and a numeral naming no part (「第二轮核查，」「第三方评估，」); 问题 misheard (问体)."""

import pytest

from rag import english, message
from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker, text_asker

ONE = ("青石县民政局", 2023, 11)


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("blfixb"), (ONE,))


# ------------------------------------------------------------------ two fees: 表二's amount, the text's 信息处理费
@pytest.mark.parametrize(
    "q",
    [
        "青石县民政局2023年收费收了多少（万元）？",
        "青石县民政局2023年收了多少万元的费用",
        "青石县民政局2023年收取的费用一共几万元",
    ],
)
def test_a_generic_charge_asked_in_wan_is_table_twos_amount_the_other_fee_named(bodies, q):
    fee = consistent_values(seed=ONE[2])["t2.fee.amount_wan"]
    ans = bodies.ask(q)
    assert ans.value == fee and ans.unit == "万元", ans.answer
    assert "行政事业性收费" in ans.answer and "信息处理费" in ans.answer, ans.answer


def test_a_generic_charge_without_a_unit_names_both_fees(bodies):
    fee = consistent_values(seed=ONE[2])["t2.fee.amount_wan"]
    ans = bodies.ask("青石县民政局2023年收费了吗")
    assert ans.value == 0 and "未收取信息处理费" in ans.answer, ans.answer
    assert f"{fee}万元" in ans.answer and "不是同一项" in ans.answer, ans.answer


def test_the_information_fee_named_is_still_the_texts(bodies):
    ans = bodies.ask("青石县民政局2023年收了多少信息处理费")
    assert ans.value == 0 and "万元" not in ans.answer, ans.answer


# ------------------------------------------------------------------ one report's narrative
REPORT = """青石县统计局2023年政府信息公开工作年度报告

一、总体情况
（一）主动公开
2023年，本局通过青石县人民政府网站主动公开政府信息215条，其中政策文件12条、政策解读5篇。
（二）依申请公开
全年共收到政府信息公开申请66件，其中网上申请51件、信函及当面申请15件，均在法定期限内答复。
（三）平台建设
加强政务新媒体管理，微信公众号与网站信息同步发布，拓宽公开渠道。
（四）监督保障
将政务公开工作纳入年度工作要点，明确分管领导和专人负责，全年组织业务培训2次。
五、存在的主要问题及改进情况
存在的主要问题：一是公开形式较为单一；二是部分栏目更新不够及时。改进措施：下一步，将丰富公开形式，加强栏目日常维护。
"""


@pytest.fixture(scope="module")
def one(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("blfixb_text"), "qingshi-tjj-2023.txt", REPORT)[0]


@pytest.mark.parametrize(
    "q",
    [
        "青石县统计局2023年online申请有多少件？",
        "青石县统计局2023年Online递交的公开申请多少件",
        "青石县统计局2023年internet申请几件",
    ],
)
def test_a_channel_asked_in_english_is_the_channels_count(one, q):
    ans = one.ask(q)
    assert ans.value == 51, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "青石县统计局2023年offline申请有多少件？",
        "青石县统计局2023年mobile申请的有多少",
        "青石县统计局2023年微信端申请几件",
    ],
)
def test_a_qualifier_no_reader_knows_is_never_the_total(one, q):
    ans = one.ask(q)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer


def test_an_unread_english_qualifier_is_found_only_before_what_the_tables_count():
    assert english.unread_qualifier("X2023年offline申请有几件") == "offline"
    assert english.unread_qualifier("X2023年mobile复议几件") == "mobile"
    assert english.unread_qualifier("X2023年的annual report里，复议后起诉总计是多少") is None
    assert english.unread_qualifier("帮我check一下，X2023年无法提供的一共几件") is None
    assert english.unread_qualifier("FYI要个数，X2024年新收申请") is None


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("青石县统计局2023年政策解读的篇数报一下吧", 5),
        ("青石县统计局2023年政策文件的数量count一下", 12),
        ("青石县统计局2023年政策解读数量统计下", 5),
        ("青石县统计局2023年政策文件的条数帮我数一下", 12),
    ],
)
def test_a_request_after_a_count_noun_asks_the_count(one, q, want):
    ans = one.ask(q)
    assert ans.value == want, ans.answer


def test_a_request_after_no_count_noun_stays():
    assert message.request_dropped("X2023年政策解读的数量查一下") == "X2023年政策解读的数量"
    assert message.request_dropped("X2023年的年报帮我查一下") == "X2023年的年报帮我查一下"
    for op in ("对比一下", "汇总一下", "排一下", "变化一下", "算一下"):  # the operation asked, not a request
        assert message.request_dropped(f"X2022年和2023年政策解读的篇数{op}") == f"X2022年和2023年政策解读的篇数{op}"


@pytest.mark.parametrize("q", ["青石县统计局2023年关于政务新媒体有啥措施？", "青石县统计局2023年新媒体这块有什么举措"])
def test_a_topic_section_five_never_speaks_of_is_the_reports_sentence_on_it(one, q):
    ans = one.ask(q)
    assert "政务新媒体" in ans.answer and "丰富公开形式" not in ans.answer, ans.answer


def test_words_the_report_never_says_keep_section_fives_list(one):
    ans = one.ask("青石县统计局2023年自己说有什么不足？")
    assert "公开形式较为单一" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "青石县统计局2023年政务公开工作是谁在抓？",
        "青石县统计局2023年信息公开由哪个部门牵头",
        "青石县统计局2023年信息公开这项工作由谁统筹",
        "青石县统计局2023年信息公凯工作由谁来管？",
    ],
)
def test_who_has_the_work_in_charge_is_the_sentence_of_its_charge(one, q):
    ans = one.ask(q)
    assert "分管领导和专人负责" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["青石县统计局2023年分管领导是谁？", "青石县统计局2023年谁分管政务公开工作"])
def test_a_person_asked_still_needs_a_person(one, q):
    ans = one.ask(q)
    assert ans.answer.startswith(NOT_MENTIONED), ans.answer


def test_a_cost_of_the_work_is_no_charge(bodies):
    ans = bodies.ask("青石县民政局2023年信息公开工作花了多少万元的经费")
    assert ans.value is None, ans.answer


@pytest.mark.parametrize("lead", ["第二轮核查，", "第三方评估，", "第三方机构来问，"])
def test_a_lead_in_whose_number_names_no_part_is_context(one, lead):
    ans = one.ask(lead + "青石县统计局2023年政策解读发布了多少篇？")
    assert ans.value == 5, ans.answer


def test_a_part_with_its_number_stays_in_the_question():
    assert message.context_dropped("第三栏，X2023年的总计是多少") == "第三栏，X2023年的总计是多少"


def test_problems_misheard_are_corrected():
    from rag.typos import Corrector, vocabulary

    fixed = Corrector(vocabulary()).correct("青石县统计局2023年存在哪些问体")
    assert fixed is not None and "问题" in fixed, fixed
