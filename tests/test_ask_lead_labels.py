"""Everyday message forms the blind bank blindsa found (issue 13), each a family read by structure:
- a label the question is filed under (「核对：」「写稿用：」「数据整理：」) asks nothing of the report: 「核对：平潭2022年
  自己说有什么不足？」 was answered with the table check; a label that names a body or a row stays part of the question;
- the store's reports of a province written short, with the year and 年报 between (「库里河北2021年的年报，哪个单位…」
  was 「没有找到「河北」的报告」);
- 「自规局」 is how people write 自然资源(和规划)局;
- 「接到信息公开申请比上年多了多少」: 接到 is 收到 in a change asked, not only before 多少."""

from __future__ import annotations

import pytest

from extractor import departments as D
from rag import intent, message
from tests.text_store import text_asker


@pytest.mark.parametrize(
    ("q", "read"),
    [
        ("核对：平潭2022年自己说有什么不足？", "平潭2022年自己说有什么不足？"),
        (
            "写稿用：迁西县人民政府2024年一共接到多少件信息公开申请？",
            "迁西县人民政府2024年一共接到多少件信息公开申请？",
        ),
        ("数据整理：贵阳市统计局的2024年报里一共接到多少件", "贵阳市统计局的2024年报里一共接到多少件"),
        # what the label names is part of the question (review 13: a measure or a body before the colon)
        ("平潭：2022年新收多少件", "平潭：2022年新收多少件"),
        ("行政复议：维持几件", "行政复议：维持几件"),
        ("表三：予以公开多少件", "表三：予以公开多少件"),
        ("政策解读统计：平潭2022年有多少篇", "政策解读统计：平潭2022年有多少篇"),
        ("洪泽区核对：2023年行政复议多少件", "洪泽区核对：2023年行政复议多少件"),
        # a check asked stays a check
        ("核对：平潭2022年的表三对不对", "核对：平潭2022年的表三对不对"),
        # a label that is itself the operation asked stays (「对比一下：A / B，…一共多少件」 is a comparison)
        (
            "对比一下：平潭2022年 / 洪泽区2023年，办理结果一共多少件",
            "对比一下：平潭2022年 / 洪泽区2023年，办理结果一共多少件",
        ),
    ],
)
def test_a_label_before_a_colon_is_no_part_of_the_question(q, read):
    assert message.context_dropped(q) == read


def test_a_label_asks_no_check(corpus_asker):
    ans = corpus_asker.ask("核对：平潭2022年自己说有什么不足？")
    assert not ans.answer.startswith(("一致", "不一致")) and ans.intent == "list.section", ans.answer


@pytest.mark.parametrize(
    "q", ["库里河北2021年的年报，哪个单位收到的申请最多", "河北2021年年报中哪个单位收到的申请最多"]
)
def test_a_province_written_short_before_its_year_and_reports(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.value == 37 and "河北省教育厅" in ans.answer, ans.answer


def test_received_said_as_jie_dao_in_a_change(corpus_asker):
    ans = corpus_asker.ask("平潭2022年接到信息公开申请比2021年增加了多少件")
    assert ans.value == 4, ans.answer


def test_zi_gui_ju_is_the_natural_resources_bureau(tmp_path):
    assert D.body("自规局").full == "自然资源局"
    text = (
        "浦城县自然资源局2024年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请14件，均按时答复。\n"
    )
    a, _ = text_asker(tmp_path, "pucheng-zrzyj-2024.txt", text)
    ans = a.ask("浦城县自规局2024年收到多少件申请")
    assert "没有找到" not in ans.answer and ans.value == 14, ans.answer


def test_the_store_asked_about_is_not_a_place(corpus_asker):
    # 「库里有哪些…年报」: the store's reports of a year, not a place named 库里 — nor anything dropped before 有
    assert intent.canonical("库里有哪些2022年度的政府信息公开年报？").startswith("库里有哪些")
