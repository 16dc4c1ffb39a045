"""One-report questions of the realistic bank blinds (issue 13, branch blindsa) that were silently wrong or refused:
a refusal said plainly (拒绝公开, 没给公开) is the 不予公开 group, never the applications received; 「行政诉讼总数（含直接
起诉和复议后起诉）」 is the lawsuits whole, never its first block; an applicant's sex, age or trade is held by no table
(refused, never the applicant total); 「去年转过来没办完的」 is the report's own 上年结转; 「一共收了几件依申请公开」 the
applications received; a body named 民族事务委员会 is not asking for the applicants' 民族. Each family three ways,
asked of generated reports (wording the router was not fitted to)."""

import pytest

from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

BODY = ("临夏回族自治州民族事务委员会", 2023, 7)
OTHER = ("宜昌市西陵区财政局", 2022, 8)


def _v(key: str, seed: int = BODY[2]) -> int:
    return int(consistent_values(seed=seed)[key])


def _sum(prefix: str, seed: int = BODY[2]) -> int:
    return sum(int(v) for k, v in consistent_values(seed=seed).items() if k.startswith(prefix) and k.endswith(".tot"))


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("blindsa"), (BODY, OTHER))


@pytest.mark.parametrize(
    "q",
    [
        "临夏回族自治州民族事务委员会2023年拒绝公开了几件申请？",
        "临夏州民委2023年拒绝了几件申请",
        "临夏回族自治州民族事务委员会2023年没给公开的申请有几件",
    ],
)
def test_a_refusal_said_plainly_is_the_not_disclosed_group(asker, q):
    want = _sum("t3.r3_")
    assert want != _v("t3.new.tot")
    ans = asker.ask(q)
    assert ans.value == want, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "临夏回族自治州民族事务委员会2023年行政诉讼总数（含直接起诉和复议后起诉）",
        "临夏州民委2023年行政诉讼合计，包括直接起诉和复议后起诉的，是多少",
        "临夏回族自治州民族事务委员会2023年行政诉颂总数（含直接起诉和复议后起诉）？",
    ],
)
def test_the_lawsuits_whole_with_its_blocks_named_is_both_summed(asker, q):
    ans = asker.ask(q)
    assert ans.value == _v("t4.ld.tot") + _v("t4.lr.tot"), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "宜昌市西陵区财政局2022年申请的人男的女的各多少",
        "西陵区财政局2022年申请人的年纪多大",
        "宜昌市西陵区财政局2022年申请人都是什么职业",
    ],
)
def test_an_attribute_of_applicants_no_table_holds_is_refused(asker, q):
    ans = asker.ask(q)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer


@pytest.mark.parametrize(
    "q,key",
    [
        ("去年转过来没办完的申请有几件", "t3.carry_in.tot"),
        ("去年带过来还没办完的申请几件？", "t3.carry_in.tot"),
        ("一共收了几件依申请公开？", "t3.new.tot"),
        ("今年收了多少件信息公开申请", "t3.new.tot"),
        ("行政许可本年处理决定数量？", "t2.license.decisions"),
    ],
)
def test_the_reports_own_figure_asked_colloquially(asker, q, key):
    rid = next(e.id for e in asker.catalogue().reports(None, [BODY[1]]) if e.agency == BODY[0])
    ans = asker.ask(q, report_id=rid)
    assert ans.value == _v(key), ans.answer


@pytest.mark.parametrize(
    "q,key",
    [
        ("临夏回族自治州民族事务委员会2023年度行政许可本年处理决定数量？", "t2.license.decisions"),
        ("临夏回族自治州民族事务委员会2023年新收申请多少件", "t3.new.tot"),
        ("宜昌市西陵区财政局2022年一共收了几件依申请公开？", "t3.new.tot"),
    ],
)
def test_a_figure_asked_with_the_body_named(asker, q, key):
    # (民族事务委员会 is a body's name, not the applicants' 民族)
    seed = BODY[2] if "临夏" in q else OTHER[2]
    assert asker.ask(q).value == _v(key, seed)


# ---------------------------------------------------------------- a narrative figure of the channel asked
_CHANNELS = (
    "全年主动公开政府信息132条，其中通过政府网站公开118条，通过政府公报、报刊等其他渠道公开14条。"
    "全年编发政务微信文章86篇，其中原创文章31篇。\n"
)


@pytest.fixture(scope="module")
def channels(tmp_path_factory):
    from tests.reportgen import SECTION2, render
    from tests.text_store import text_asker

    text = render(consistent_values(seed=11), "lines", agency="泰兴市黄桥镇人民政府", year=2023)
    return text_asker(tmp_path_factory.mktemp("channels"), "r.txt", text.replace(SECTION2, SECTION2 + _CHANNELS))


@pytest.mark.parametrize(
    "q,want",
    [
        ("今年通过政府网站公开的信息多少条？", 118),
        ("通过政府网站公开的政府信息有多少条", 118),
        ("通过政府公报、报刊等其他渠道公开的信息多少条？", 14),
    ],
)
def test_a_sentences_part_asked_by_its_channel_is_that_part(channels, q, want):
    asker, rid = channels
    ans = asker.ask(q, report_id=rid)
    assert ans.value == want, ans.answer


# ---------------------------------------------------------------- consistency of the tables asked as a whole
@pytest.mark.parametrize(
    "q",
    [
        "临夏回族自治州民族事务委员会2023年三张表的数字加起来对不对？",
        "临夏州民委2023年各表的数加起来对吗",
        "临夏回族自治州民族事务委员会2023年表三、表四的合计与分项是否一致？",
    ],
)
def test_the_tables_asked_together_are_checked_together(asker, q):
    ans = asker.ask(q)
    assert ans.answer.startswith("一致"), ans.answer
    # 表三's balance (its 办理结果总计 shown) and 表四's groups, both
    assert "办理结果（七）总计" in ans.answer and "行政复议" in ans.answer, ans.answer
