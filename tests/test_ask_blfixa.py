"""A figure of the narrative across the bodies a question names (issue 13, branch blfixa: blindl's rank, sum, compare
and change families), asked in words of my own of reports written here: each body's figure is the one its report
states (the one-report path's), cited; a body whose report is silent is named, never guessed; a figure of several
bodies asked as one value (「A和B的…合计是多少」) is their sum — before, one body's figure was answered (silently wrong)."""

import pytest

from rag.ask import NOT_MENTIONED


def _report(agency: str, year: int, published: int, jiedu: str, training: str) -> str:
    return f"""{agency}{year}年政府信息公开工作年度报告

本报告数据统计时限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
（一）主动公开。依托门户网站主动公开政府信息{published}条{jiedu}。
（二）依申请公开。全年共收到申请9件，均按时答复。
（三）平台建设。{training}
二、存在的主要问题及改进情况
公开内容不够丰富。下一步将加强培训。
"""


BODIES = [
    ("青杉县商务局", 2023, 412, "，其中政策文件21条、政策解读17篇", "组织业务培训4次。"),
    ("白桦县水务局", 2023, 268, "，其中政策文件9条、政策解读6篇", "组织业务培训2次。"),
    ("红枫县审计局", 2023, 530, "，其中政策文件33条、政策解读11篇", "组织业务培训7次。"),
    ("紫竹县档案局", 2023, 190, "", "专栏更新及时。"),  # no 政策解读, no 培训 in its text
    ("青杉县商务局", 2021, 305, "，其中政策文件15条、政策解读9篇", "组织业务培训3次。"),
    ("金沙县民政局", 2022, 150, "，其中政策解读5篇", "组织业务培训5次。"),
    ("银滩县民政局", 2022, 160, "，其中政策解读8篇", "干部参加业务培训80人次。"),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    folder = tmp_path_factory.mktemp("blfixa")
    store = Store(folder / "store")
    for n, body in enumerate(BODIES):
        path = folder / f"r{n}.txt"
        path.write_text(_report(*body), encoding="utf-8")
        store.add(extract_path(str(path)))
    index = Index(store)
    index.sync()
    return Asker(store, index)


@pytest.mark.parametrize(
    ("q", "top", "value"),
    [
        ("青杉县商务局2023年、白桦县水务局2023年、红枫县审计局2023年三家，政策解读哪家最多？", "青杉县商务局", 17),
        (
            "给领导准备数据：青杉县商务局2023年，白桦县水务局2023年，红枫县审计局2023年，谁的主动公开政府信息最少",
            "白桦县水务局",
            268,
        ),
        ("白桦县水务局2023年 红枫县审计局2023年 青杉县商务局2023年 把业务培训排个序", "红枫县审计局", 7),
    ],
)
def test_a_rank_over_named_bodies_reads_each_report(asker, q, top, value):
    ans = asker.ask(q)
    assert ans.value == value and ans.answer.startswith(top), ans.answer
    assert len(ans.citations) == 3


@pytest.mark.parametrize(
    ("q", "total"),
    [
        ("青杉县商务局2023年和白桦县水务局2023年的政策解读合计是多少？", 23),
        ("出简报用，青杉县商务局2023年、红枫县审计局2023年的政策文件总共有多少", 54),
        ("把白桦县水务局2023年、红枫县审计局2023年、青杉县商务局2023年的主动公开政府信息相加，总数多少", 1210),
    ],
)
def test_a_sum_over_named_bodies_is_their_total_never_one_body(asker, q, total):
    ans = asker.ask(q)
    assert ans.value == total, ans.answer


def test_a_comparison_of_two_bodies_puts_the_larger_first(asker):
    ans = asker.ask("顺便问一句，白桦县水务局2023年的政策解读跟红枫县审计局2023年比，谁家多些？")
    assert ans.answer.startswith("红枫县审计局") and "11篇" in ans.answer and "6篇" in ans.answer, ans.answer


def test_a_change_of_one_body_is_the_later_less_the_earlier(asker):
    ans = asker.ask("青杉县商务局的政策解读，2021年到2023年增减了多少？")
    assert ans.value == 8, ans.answer


def test_a_body_whose_report_is_silent_is_named_not_guessed(asker):
    ans = asker.ask("青杉县商务局2023年和紫竹县档案局2023年的政策解读加起来一共多少？")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None, ans.answer
    assert "紫竹县档案局" in ans.answer


def test_figures_in_different_kinds_of_unit_are_not_added(asker):
    ans = asker.ask("金沙县民政局2022年和银滩县民政局2022年的业务培训加起来一共多少？")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer
    assert "5次" in ans.answer and "80人" in ans.answer, ans.answer  # (each as its one-report answer says it)
