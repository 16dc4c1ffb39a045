"""blindwa's message families (issue 13), each read as a family, not as the bank's phrasing:
- a purpose or role lead-in closed by a colon or a space (「打分核对：」「写稿用 」「复核：」「评估用：」「帮忙核实 」) says
  why the user asks — the question after it is what she asks, even with no body or year of its own (a chosen
  report); a check word before an agreement asked stays a consistency question;
- 「有没有…的」 asked of one cell is answered 有/没有 with its count (a printed 0 is 「没有」);
- 「A比B多吗」 is a yes or no, the larger figure said first (not 「-8件」 the difference);
- 「没受理处理的」「不予受理的」 are the template's 不予处理, never 受理 (本年新收)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rag import intent, message

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("q", "read"),
    [
        ("打分核对：今年有没有不予公开的情况", "今年有没有不予公开的情况"),
        ("打分核對：無法提供的有幾件", "無法提供的有幾件"),  # 繁體
        ("写稿用 行政复议比直接起诉多吗", "行政复议比直接起诉多吗"),  # voice: a space, no colon
        ("评估用:予以公开几件", "予以公开几件"),  # a half-width colon
        ("帮忙核实 今年不予公开多少件", "今年不予公开多少件"),
        ("复核：结转下年度有几件", "结转下年度有几件"),
        ("考核打分 今年复议几件", "今年复议几件"),
        ("写材料用：今年主动公开多少条", "今年主动公开多少条"),
        # a chat filler before the lead-in stays (only the lead-in is dropped)
        ("好的 那打分核对：今年有没有没办完结转到下一年的", "好的 那今年有没有没办完结转到下一年的"),
        ("嗯 那校對：今年有沒有結轉到下一年的", "嗯 那今年有沒有結轉到下一年的"),
        # a check asked stays a check
        ("核对：今年新收和办结对得上吗", "核对：今年新收和办结对得上吗"),
        ("复核：表三有没有错", "复核：表三有没有错"),
        ("确认一下：今年有没有空白", "确认一下：今年有没有空白"),
        # a head that names what is asked (a row, a measure of the text, a body) is part of the question
        ("行政复议：多少件", "行政复议：多少件"),
        ("主动公开：今年多少条", "主动公开：今年多少条"),
        ("网站：今年多少条", "网站：今年多少条"),
        ("复议 多少件", "复议 多少件"),
        ("今年 多少件", "今年 多少件"),
    ],
)
def test_a_purpose_lead_in_is_dropped_before_a_question(q, read):
    assert message.purpose_dropped(q) == read


@pytest.mark.parametrize(
    ("q", "row"),
    [
        ("今年没受理处理的几件", "r5"),
        ("不予受理的有几件", "r5"),
        ("没有受理的申请多少", "r5"),
        ("不受理的有几件", "r5"),
        ("未予处理的几件", "r5"),
        ("今年受理多少件", "new"),
        ("受理的申请有几件", "new"),
    ],
)
def test_not_accepted_is_the_template_row_not_handled(q, row):
    assert [c.row for c in intent.parse(intent.canonical(q)).cells] == [row]


@pytest.mark.parametrize(
    ("q", "value", "opens"),
    [
        ("打分核对：平潭2022年有没有不予公开的情况", 4, "有："),
        ("打分核對：平潭2022年不予處理的有几件", 0, "不予处理"),
        ("好的 那复核：平潭2022年有没有没办完结转到下一年的", 0, "没有（"),
        ("帮忙核实 平潭2022年行政复议一共几件", 2, "2件"),
        ("评估用：平潭2022年无法提供的有几件", None, ""),
    ],
)
def test_a_lead_in_before_a_figure_is_answered_with_the_figure(corpus_asker, q, value, opens):
    ans = corpus_asker.ask(q)
    assert ans.intent == "value.cells" and not ans.answer.startswith(("一致", "不一致", "成立")), ans.answer
    if value is not None:
        assert ans.value == value and ans.answer.startswith(opens), ans.answer


def test_a_check_lead_in_before_an_agreement_stays_a_check(corpus_asker):
    ans = corpus_asker.ask("核对一下：平潭2022年新收和办结对不对得上")
    assert ans.intent == "explain" and ans.value is None, ans.answer


@pytest.mark.parametrize(
    ("q", "opens", "first", "second"),
    [
        ("写稿用 平潭2022年直接起诉比行政复议多吗", "否", "行政复议2件", "直接起诉1件"),
        ("平潭2022年行政复议比直接起诉多吗", "是", "行政复议2件", "直接起诉1件"),
        ("平潭2022年予以公开比不予公开多吗", "是", "予以公开21件", "不予公开4件"),
        ("评估用 平潭2022年行政复议是不是比直接起诉多", "是", "行政复议2件", "直接起诉1件"),
        ("平潭2022年直接起诉比行政复议少吗", "是", "行政复议2件", "直接起诉1件"),
    ],
)
def test_more_or_not_of_two_figures_says_the_larger_first(corpus_asker, q, opens, first, second):
    ans = corpus_asker.ask(q)
    text = ans.answer
    assert text.startswith(opens + "：") and first in text and second in text, text
    assert text.index(first) < text.index(second), text


def test_how_much_more_is_still_the_difference(corpus_asker):
    ans = corpus_asker.ask("平潭2022年行政复议比直接起诉多多少")
    assert ans.value == 1 and ans.answer.startswith("1件"), ans.answer


@pytest.mark.parametrize("q", ["洪泽区2023年没受理处理的几件", "洪泽区2023年不予受理的有几件"])
def test_not_accepted_is_answered_with_not_handled(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.value == 1 and "不予处理" in ans.answer, ans.answer


def test_cli_chat_reads_a_lead_in_and_a_yes_no(tmp_path, corpus):
    data = str(tmp_path / "d")

    def xxgk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
        )

    p = xxgk("ingest", str(corpus / "reports" / "pingtan-2022.txt"), "--data-dir", data)
    assert p.returncode == 0, p.stderr
    p = xxgk("ask", "打分核对：平潭2022年有没有不予公开的情况", "--json", "--data-dir", data)
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    assert got["value"] == 4 and got["answer"].startswith("有："), got
    p = xxgk("ask", "写稿用 平潭2022年予以公开比不予公开多吗", "--json", "--data-dir", data)
    got = json.loads(p.stdout)
    assert got["answer"].startswith("是：予以公开21件"), got


@pytest.mark.parametrize(
    ("q", "opens", "value"),
    [
        ("平潭2022年行政复议和直接起诉哪个多", "行政复议多：行政复议2件", 2),
        ("平潭2022年直接起诉跟行政复议谁多", "行政复议多：行政复议2件", 2),
        ("平潭2022年不予公开和予以公开哪个更多", "予以公开多：予以公开21件", 21),
        ("平潭2022年行政复议和直接起诉哪个少", "未经复议直接起诉少：未经复议直接起诉1件", 1),
    ],
)
def test_which_of_two_is_larger_says_it_first(corpus_asker, q, opens, value):
    ans = corpus_asker.ask(q)
    assert ans.answer.startswith(opens) and ans.value == value, ans.answer
