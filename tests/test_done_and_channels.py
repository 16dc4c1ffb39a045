"""Two readings the review of vafixc/wafixa asked for. 「一共办了多少件」 is 办理结果总计 only when nothing before it names
another thing done (「人大建议一共办了多少件」 gave the applications' 55: silently wrong; 「依申请公开一共办了多少件」 summed 新收
and 办理结果). An application channel said as 现场/窗口/上门 is no table row (the tables count no channel): never 新收."""

import pytest


def test_handled_in_all_is_the_results_total(corpus_asker):
    total = corpus_asker.ask("平潭2022年办理结果总计多少")
    assert total.value is not None
    assert corpus_asker.ask("平潭2022年一共办了多少件").value == total.value


@pytest.mark.parametrize(
    "q", ["平潭2022年人大建议一共办了多少件", "平潭主动公开2022年一共办了多少件", "平潭2022年政协提案一共办了几件"]
)
def test_something_else_done_is_not_the_applications_handled(corpus_asker, q):
    total = corpus_asker.ask("平潭2022年办理结果总计多少").value
    ans = corpus_asker.ask(q)
    assert ans.value != total, ans.answer


def test_applications_handled_are_never_received_plus_handled(corpus_asker):
    new = corpus_asker.ask("平潭2022年新收多少").value
    total = corpus_asker.ask("平潭2022年办理结果总计多少").value
    ans = corpus_asker.ask("平潭2022年依申请公开一共办了多少件")
    assert ans.value != new + total and "+" not in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["平潭2022年现场申请几件", "平潭2022年窗口申请的有多少件", "平潭2022年上门申请多少件啊"])
def test_a_channel_said_as_on_site_is_no_table_row(corpus_asker, q):
    new = corpus_asker.ask("平潭2022年新收多少").value
    ans = corpus_asker.ask(q)
    assert ans.value != new and ans.route != "table", (ans.route, ans.answer)
