"""Consistency questions that name WHICH check or WHICH item (branch asktable2, issue 13), phrasings
written for the test from a user's side — not taken from a question bank. Expected numbers are the
corpus reports' printed cells (eval/corpus/gold) and sentences."""

import pytest

from corpus_ids import report_id as _rid
from rag.ask import NOT_MENTIONED


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


# ------------------------------------------------------------------ a focused identity
@pytest.mark.parametrize(
    "q",
    [
        "收进来的申请和处理完的数量能平吗",
        "今年收到的跟办完的对得上不",
        "新收加上年结转是否等于办理结果总计加结转下年度",
    ],
)
def test_received_against_done_is_h1_of_the_total_column(asker, q):
    # 上海市府办 2019 leaves applicant columns blank: the 总计 column's H1 is still answered
    ans = asker.ask(q, report_id=_rid(asker, "上海市人民政府办公厅", 2019))
    assert ans.answer.startswith(("成立", "一致")), ans.answer
    assert "本年新收859+上年结转18=877" in ans.answer and "805+结转下年度72=877" in ans.answer
    assert "予以公开" not in ans.answer and "其余" not in ans.answer  # not H3, not every column


def test_one_column_named_is_that_column_only(asker):
    ans = asker.ask("只看自然人那一列，收到的和办完的数量平不平", report_id=_rid(asker, "平潭", 2021))
    assert "自然人列：本年新收64+上年结转0=64" in ans.answer and "总计列" not in ans.answer
    assert "予以公开" not in ans.answer  # H1 only, not H3 of the column


@pytest.mark.parametrize("q", ["各种办理结果加起来是不是正好等于总计", "办理结果分项相加等于总计吗"])
def test_results_added_is_h3_of_the_total_column(asker, q):
    ans = asker.ask(q, report_id=_rid(asker, "平潭", 2021))
    assert ans.answer.startswith(("成立", "一致")) and "（七）总计69=69" in ans.answer, ans.answer
    assert "本年新收" not in ans.answer and "自然人列" not in ans.answer


def test_h3_broken_in_another_column_is_still_said(asker):
    # 河北省教育厅 2021: 表三 prints blank 上年结转 cells; its H3 of the 总计 column holds
    ans = asker.ask("办理结果各项加起来等于总计吗", report_id=_rid(asker, "河北省教育厅", 2021))
    assert ans.answer.startswith("成立") and "（七）总计37=37" in ans.answer and "空白" not in ans.answer


def test_a_reconsideration_total_asked_is_h5_of_that_group(asker):
    ans = asker.ask("复议总计算得对吗", report_id=_rid(asker, "洪泽", 2023))
    assert "行政复议" in ans.answer and "直接起诉" not in ans.answer and "%" not in ans.answer, ans.answer


def test_one_row_against_its_total_is_that_rows_h2(asker):
    ans = asker.ask("表三“本机关不掌握”一行与总计是否一致", report_id=_rid(asker, "河北省教育厅", 2023))
    assert ans.answer.startswith("一致") and "本机关不掌握相关政府信息」行：总计2=2" in ans.answer
    assert "（七）总计」行" not in ans.answer  # 总计 is the row's own column here


# ------------------------------------------------------------------ narrative against table, the item named
def test_the_item_named_is_the_one_checked(asker):
    ans = asker.ask("正文说结转下年度1件，与表三一致吗", report_id=_rid(asker, "平潭", 2021))
    assert ans.answer.startswith("一致") and "结转下年度1" in ans.answer and "办结69" not in ans.answer


def test_an_item_the_text_does_not_state_is_said_so(asker):
    ans = asker.ask("正文“予以公开”的件数与表三是否一致", report_id=_rid(asker, "河北省教育厅", 2023))
    assert ans.answer.startswith(NOT_MENTIONED) and "予以公开9件" in ans.answer and "办结" not in ans.answer


def test_received_said_in_a_long_clause_is_found(asker):
    ans = asker.ask("正文的收到申请数和表格对得上吗", report_id=_rid(asker, "河北省教育厅", 2023))
    assert ans.answer.startswith("一致") and "申请共19件" in ans.answer and "本年新收19" in ans.answer


@pytest.mark.parametrize("q", ["正文说收到75件，表三新收是74，对得上吗", "正文所述申请办理情况与表三是否一致"])
def test_the_other_reading_is_consistent_said_plainly(asker, q):
    ans = asker.ask(q, report_id=_rid(asker, "平潭", 2022))
    assert (
        ans.answer.startswith("一致") and "本年新收74+上年结转1=75" in ans.answer and "只算本年新收为74" in ans.answer
    )


def test_asking_why_they_differ_explains_the_reading(asker):
    ans = asker.ask("正文的收到申请75件和表三的本年新收为什么对不上", report_id=_rid(asker, "平潭", 2022))
    assert ans.answer.startswith("口径不同"), ans.answer


def test_no_count_of_applications_in_the_text_is_not_the_identities(asker):
    ans = asker.ask("正文所述申请办理情况与表三是否一致", report_id=_rid(asker, "河北省教育厅", 2021))
    assert ans.answer.startswith(NOT_MENTIONED) and "本年新收37件" in ans.answer and "空白" not in ans.answer


@pytest.mark.parametrize(
    "q, said",
    [("正文废止数与表二本年废止是否吻合", "废止25件"), ("正文说保留181件，表二现行有效是不是也是181", "181")],
)
def test_documents_said_against_table_two(asker, q, said):
    ans = asker.ask(q, report_id=_rid(asker, "河北省教育厅", 2021))
    assert ans.answer.startswith("一致") and said in ans.answer, ans.answer
