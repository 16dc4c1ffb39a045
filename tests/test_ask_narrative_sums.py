"""The narrative's own arithmetic (route `sum.parts`, branch asktable2, issue 13): a total and its parts
as one passage of one report states them, each number with its quote. Phrasings written for the test
from a user's side; numbers are the corpus reports' sentences."""

import pytest

from corpus_ids import report_id as _rid
from rag.intent import parse


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def test_parts_named_against_a_general_total(asker):
    # 「全年收到…申请共19件」 then 「网络申请15件…信函申请4件」: the whole is in the sentence before
    ans = asker.ask("网络申请加信函申请是不是等于全部申请", report_id=_rid(asker, "河北省教育厅", 2023))
    assert ans.intent == "sum.parts" and ans.answer.startswith("一致"), ans.answer
    assert "网络申请15件" in ans.answer and "信函申请4件" in ans.answer and "申请共19件" in ans.answer
    assert "办结19件 ✓" not in ans.answer


def test_a_code_before_the_first_part_names_the_whole(asker):
    ans = asker.ask("12333人工加自动语音是不是等于来电总量", report_id=_rid(asker, "人力资源和社会保障厅", 2020))
    assert ans.answer.startswith("一致") and "人工服务总量120万人次" in ans.answer and "348万人次" in ans.answer


def test_what_is_left(asker):
    ans = asker.ask("206件清理后废止25件，剩181件，这个账对吗", report_id=_rid(asker, "河北省教育厅", 2021))
    assert (
        ans.answer.startswith("一致") and "206 − 25 = 181件" in ans.answer and "保留部门规范性文件181件" in ans.answer
    )
    wrong = asker.ask("206件清理后废止25件，剩180件，这个账对吗", report_id=_rid(asker, "河北省教育厅", 2021))
    assert not wrong.answer.startswith("一致")  # 180 is not in the text: never confirmed


def test_a_named_total_and_the_parts_listed_after_it(asker):
    ans = asker.ask("受理网民互动事项总数与各平台分项之和是否一致", report_id=_rid(asker, "人力资源和社会保障厅", 2023))
    assert ans.answer.startswith("不等于") and "872" in ans.answer and "848" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, op",
    [
        ("网络申请加信函申请是不是等于全部申请", "sum"),
        ("第一项加第二项等不等于第三项加第四项", "explain"),  # the table's own identity
        ("表三各结果加起来等于总计吗", "explain"),
    ],
)
def test_typing(q, op):
    assert parse(q).operation == op
