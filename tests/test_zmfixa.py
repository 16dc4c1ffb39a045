"""zmfixa: the office speaking of itself (blindzm). (1) A speaker names their own body (「我是X的」「我们是X」「我这边是X」
「本人在X工作」) and then says 我们/我局/本单位 of it: the body named is the one asked — dropped with the speaker's words
before, every body's figure of the year was listed. (2) On a chosen report, another body set beside 我们/本单位/我局 (「X的
新收有我们多吗」「赶得上本单位吗」): both figures compared — before, only the other body's figure and a 有/没有. (3) A body's
internal ledger or records, its complaints (「内部台账里登记了多少件投诉」): no figure of the report — refused, never the
applications' 新收 offered as them. In phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = [
    "h23-yuxian-wjj-display-table-2023.html",  # 盂县卫生健康局 2023: 新收 85
    "h23-mangshi-gov-summary-body-appendix-tables-2023.html",  # 芒市人民政府 2023: 新收 25
    "h24-pingding-gov-th-caption-2024.html",  # 平定县人民政府 2024: 新收 34 (自然人 32)
    "d24-zhenglan-qi-mongolian-2024.docx",  # 正蓝旗人民政府 2024: 新收 79
    "h22-qiketai-zhen-bosi-slash-2022.html",  # 鄯善县七克台镇人民政府 2022: 予以公开 4
    "h22-banlao-xiang-xiaoji-2022.html",  # 2022: 予以公开 2
]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _refused(ans) -> bool:
    return ans.value is None and "报告未提及" in ans.answer[:24]


@pytest.mark.parametrize(
    ("q", "value", "other"),
    [
        ("我是芒市人民政府的，我们单位2023年新收的申请一共几件", 25, "盂县"),
        ("我们是平定县人民政府的，本单位2024年自然人申请多少件", 32, "正蓝旗"),
        ("我是盂县卫生健康局的，请问我局2023年收到多少申请", 85, "芒市"),
        ("我是正蓝旗人民政府的工作人员，咱们24年新收申请数是多少", 79, "平定"),
    ],
)
def test_the_speaker_s_own_body_is_the_one_asked(wild, q, value, other):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == value, (ans.value, ans.answer)
    assert other not in ans.answer, ans.answer  # never every body's figure of the year


@pytest.mark.parametrize(
    ("q", "chosen", "figures"),
    [
        ("芒市人民政府2023年的新收申请有我们多吗", 0, ("85件", "25件")),
        ("芒市人民政府2023年收到的申请没本单位多吧", 0, ("85件", "25件")),
        ("正蓝旗人民政府2024年收到的申请赶得上我们吗", 2, ("34件", "79件")),
        ("鄯善县七克台镇人民政府2022年予以公开的件数超过我单位了吗", 5, ("2件", "4件")),
    ],
)
def test_another_body_beside_we_on_a_chosen_report_gives_both_figures(wild, q, chosen, figures):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[chosen])
    assert all(f in ans.answer for f in figures), ans.answer
    assert "不是当前选定的报告" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "chosen"),
    [
        ("盂县卫生健康局2023年内部记录的投诉有几件", None),
        ("平定县人民政府2024年内部台账登记的投诉有几宗", None),
        ("芒市人民政府2023年内部档案里记了几起投诉", None),
        ("鄯善县七克台镇人民政府内部统计的投诉件数是多少", 5),
    ],
)
def test_internal_records_and_complaints_are_refused(wild, q, chosen):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[chosen] if chosen is not None else None)
    assert _refused(ans), (ans.value, ans.answer)
