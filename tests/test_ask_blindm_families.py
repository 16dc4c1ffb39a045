"""Families of the blind bank blindm's first sight (issue 13), asked of the development corpus in other words:

- 「企业和组织申请的一共几件」 is the 法人或其他组织 columns as one — it was 商业企业 + the organisations (商业企业 counted
  twice: silently wrong); an item a sum names inside another item is counted once, and said so;
- two items that share cells without one holding the other are never summed."""

import pytest

Q = "河北省教育厅2021年"  # 表三 本年新收: 商业企业 1, 法律服务机构 2, the organisations 3, 总计 37


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (Q + "企业和组织申请的一共几件", 3),
        (Q + "企业和组织申请的有几件", 3),
        (Q + "企业或者组织来申请的多少件", 3),
        (Q + "企业和其他组织提出的申请有多少", 3),
        (Q + "商业企业和法律服务机构申请一共几件", 3),
    ],
)
def test_the_organisations_said_as_one(corpus_asker, q, want):
    ans = corpus_asker.ask(q)
    assert ans.value == want, (q, ans.answer)


def test_an_item_inside_another_is_counted_once(corpus_asker):
    ans = corpus_asker.ask(Q + "商业企业和法人或其他组织一共几件")
    assert ans.value == 3 and "不重复计算" in ans.answer, ans.answer


@pytest.fixture(scope="module")
def governments(tmp_path_factory):
    from tests.text_store import bodies_asker

    return bodies_asker(
        tmp_path_factory.mktemp("blindm_governments"),
        (("北京市朝阳区人民政府", 2019, 311), ("武义县人民政府", 2019, 312), ("南昌市东湖区人民政府", 2019, 313)),
    )


@pytest.mark.parametrize(
    "q", ["请问临朐县人民政府19年收到多少政府信息公开申请", "临朐县人民政府2019年予以公开的有多少件"]
)
def test_a_body_the_store_lacks_is_never_sounded_into_a_kind(governments, q):
    """「临朐县」 sounds like 「临区县」: the name as it sounds is the kind 区县人民政府 — every stored government was
    listed for a body the store does not hold."""
    from rag.ask import NOT_MENTIONED

    ans = governments.ask(q)
    assert ans.answer.startswith(NOT_MENTIONED) and "临朐县" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("平潭综合实验区2021年复议 维持？", 1),
        ("平潭综合实验区2021年复议 纠正？", 0),  # 纠正 bare is 表四's column, not a correction of the message
        ("平潭综合实验区2021年复议 其他结果", 2),
        ("河北省教育厅 21 本年新收几件", 37),  # two digits alone in a string of keywords: its year
        ("平潭综合实验区 21 诉讼 维持", 12),
    ],
)
def test_keyword_strings(corpus_asker, q, want):
    ans = corpus_asker.ask(q)
    assert ans.value == want and not ans.answer.startswith("报告未提及"), (q, ans.answer)


def test_a_count_in_a_keyword_string_is_no_year():
    from rag.intent import years_in

    assert years_in("平潭综合实验区 予以公开 22 件") == []
    assert years_in("平潭综合实验区 22 予以公开") == [2022]


def test_a_figure_whose_identity_fails_is_answered_as_printed_and_said(corpus_asker):
    """洪泽区2023年 prints 行政复议 总计 0 over 维持10 纠正1: the printed 0 is the answer (never corrected), and the
    identity that fails is said beside it in the report page's words."""
    ans = corpus_asker.ask("洪泽区2023年行政复议多少件")
    assert ans.value == 0 and "按各项之和应为11" in ans.answer and "未作更正" in ans.answer, ans.answer
    clean = corpus_asker.ask("洪泽区2023年本年新收多少件")
    assert "注意" not in clean.answer, clean.answer


def test_a_report_left_out_of_a_listing_for_contradicting_itself_is_named(corpus_asker):
    """洪泽区2023年 prints 行政诉讼 总计 0 over 5 cases in its result columns: neither listed as having none nor dropped
    without a word (userprobe4's left)."""
    ans = corpus_asker.ask("哪些单位2023年没有被提起行政诉讼？")
    assert ans.value == 1 and "河北省科学技术厅" in ans.answer, ans.answer
    assert "洪泽区人民政府2023年（总计印为0，各结果栏合计5件）" in ans.answer and "未列入" in ans.answer, ans.answer
