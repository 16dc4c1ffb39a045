"""Table / cross-report families (branch asktable4, issue 13): a glued row's figure read from the text,
which reports by a bound or by year, years written as 「21+23」「21/22」, changes asked as 增量,
上一年转过来 as the carried-over row. Phrasings written for the test from a user's side; numbers are the
corpus reports' printed cells or sentences."""

import pytest

from tests.corpus_ids import report_id


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


# ---------------------------------------------------------------- a glued row: the report's stated figure
def test_a_glued_row_asked_plainly_is_the_figure_the_text_states(asker):
    """河北科技厅 2022 prints 表三's 新收 row glued beyond a unique split; its text says 「收到政府信息公开申请
    11件」. Asked plainly, that is the answer (said to come from the text); the printed cell named stays
    unreadable."""
    for q in ("河北科技厅2022年度接到的政府信息公开申请有几件", "省科技厅那年总共受理了多少件信息公开申请"):
        ans = asker.ask(q, report_id=report_id(asker, "科学技术厅", 2022))
        assert ans.value == 11 and "取自正文" in ans.answer and "粘连" in ans.answer, (q, ans.answer)
    cell = asker.ask("省科技厅2022年表三本年新收那一行总计是多少")
    assert cell.value is None and "粘连" in cell.answer
