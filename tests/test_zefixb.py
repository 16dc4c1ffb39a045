"""zefixb: SETS, COUNTS of stored reports and CHANGE follow-ups in users' words —
(1) the county GOVERNMENTS of a province as users name them (「县（区）政府」「区（县）人民政府」「县(区、市)政府」) select
the 县级政府 only — never the county departments nor the towns (a silently wrong sum before);
(2) how many of a group's reports are stored, asked without 「有」 or with a typo (「…的年报几份呀」「收录了…的报告几份」
「…有多小份」) — a count of 份; while 「…年报里…有多少个」 counts what is INSIDE one report (a cell, never a count of reports);
(3) a change asked after two turns of one body's figure in two years (「少了多少？」「增长了多少」「多了还是少了」) — the
signed change later − earlier. Real reports of the wild sets, a real ingest, the asker; no mocks of our code."""

from __future__ import annotations

import pytest

from wildstore import ingested_asker

# body → its file.  penalty decisions / license decisions / 本年新收 (gold)
FILES = {
    "泸溪县人民政府": "p25-luxi-gov-extra-hdr2-units-2025.pdf",  # 县级政府 2025: 267 / 547 / 89
    "新田县人民政府": "h25-xintian-gov-ncr-extra-2025.html",  # 县级政府 2025: 199 / 182 / 71
    "东安县医疗保障局": "h25-dongan-ybj-flex-divs-extra-2025.html",  # 县级部门 2025: 21 / 870 / 83
    "新晃侗族自治县晃州镇人民政府": "t25-huangzhou-zhen-copy-extra-2025.txt",  # 乡级政府 2025: 6 / 46 / 16
    "湖北省水利厅2025": "m21-hbslt-pipebr-2025.md",  # 省级部门: 本年新收 45
    "湖北省水利厅2024": "p21-hubei-slt-dotrules-2024.pdf",  # 省级部门: 本年新收 52
    "湖南省统计局": "d22-hunan-tjj-space-thousands-2022.docx",  # 省级部门 2022: 本年新收 1179, 处罚 51
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return ingested_asker(tmp_path_factory, FILES.values(), timeout=600)


# (1) the county governments only: 267 + 199 (处罚), 547 + 182 (许可) — never 东安县医疗保障局 nor 晃州镇
@pytest.mark.parametrize(
    "q, value",
    [
        ("湖南省县（区）政府2025年的行政处罚决定一共多少件", 466),
        ("湖南省区（县）人民政府2025年行政处罚加在一起是多少", 466),
        ("把湖南县(区、市)政府2025年的行政许可决定数加总一下", 729),
        ("湖南省的县（区、市）人民政府2025年行政许可合计多少", 729),
        # (the brackets as a voice input or a copied line leaves them: spaces)
        ("湖南省县 区 人民政府2025年的行政处罚决定一共多少件", 466),
        ("湖南省区 县 政府2025年行政处罚加在一起是多少", 466),
    ],
)
def test_county_governments_only(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
    assert "东安县医疗保障局" not in ans.answer and "晃州镇" not in ans.answer, ans.answer


# (1b) the speaker's words before a set's clause (「我是做课题的，库里湖南省的市级部门，2023年合计…」): the set is the
# question's scope — it was dropped with the speaker's clause and the sum taken over the whole store
@pytest.mark.parametrize(
    "q, value",
    [
        ("我是做课题的，库里湖南省的县级政府，2025年行政处罚合计多少", 466),
        ("我们是报社的，湖南省的县级政府，2025年的行政许可决定数加起来多少", 729),
        ("我是做第三方评估的，本库湖南省区县政府，2025年行政处罚一共多少件", 466),
    ],
)
def test_speaker_before_a_set(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
    assert "东安县医疗保障局" not in ans.answer, ans.answer


# (2) the stored reports of a group, counted (份) — without 有, after 收录了, with the typo 多小
@pytest.mark.parametrize(
    "q, value",
    [
        ("湖南省县级政府2025年的年报几份呀", 2),
        ("库里收录了湖南省区县政府2025年的报告几份", 2),
        ("湖南省县级政府2025年度的年度报告多小份啊", 2),
        ("请问收了湖南省乡镇街道2025年的年报几份啊", 1),
    ],
)
def test_count_of_stored_reports(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value and ans.unit == "份", ans.answer


# (2b) what is counted INSIDE one report (申请, 处罚) is a cell of it, never a count of reports
@pytest.mark.parametrize(
    "q, value",
    [
        ("湖南省统计局2022年报里收到的公开申请有几个", 1179),
        ("湖南省统计局2022年报中新收的申请有多少个来着", 1179),
        ("湖南省统计局2022年度报告里的行政处罚有几个", 51),
    ],
)
def test_inside_one_report_is_a_cell(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
    assert ans.unit != "份", ans.answer


# (3) the signed change later − earlier after two turns of one body's figure (45 in 2025, 52 in 2024)
FIRST = ["湖北省水利厅2025年本年新收的申请是多少件", "那2024年呢"]


def _chat(asker, turns: list[str]):
    """Each turn asked after the ones before, the chat's memory kept as the CLI chat and the banks keep it."""
    from rag.followup import keep

    kept: list[str] = []
    ans = None
    for t in turns:
        ans = asker.ask(t, previous=list(kept) or None)
        keep(kept, t, ans)
    return ans


@pytest.mark.parametrize(
    "q", ["少了多少？", "那增长了多少", "减少了几件", "多了还是少了", "下降了多少呢", "是增加了还是减少了"]
)
def test_change_after_two_turns(asker, q):
    ans = _chat(asker, [*FIRST, q])
    assert ans.value == -7, ans.answer


def test_change_after_two_turns_earlier_first(asker):
    # the years asked the other way round: still later − earlier
    ans = _chat(asker, ["湖北省水利厅2024年新收申请多少件", "2025年的呢", "增加了多少件？"])
    assert ans.value == -7, ans.answer
