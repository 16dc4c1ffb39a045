"""blindta's narrative families (issue 13, branch tafixb), asked in words of my own of reports written here: which
(or how many) of the bodies named state a figure; a sum asked as a request; a measure said only in a lead-in; the
application channels against the applications' total (was the 主动公开 breakdown, silently); a number the page
wrapped at its line's end (was its last digit, 「0条」, silently); follow-ups that ask their own figure of the
previous body and year, or qualify what the previous question counted."""

import pytest

from extractor.metrics import extract_metrics
from extractor.normalize import compact_outside, fold
from rag.ask import NOT_MENTIONED


def _report(agency: str, year: int, published: str, meeting: str, apps: str) -> str:
    return f"""{agency}{year}年政府信息公开工作年度报告

本报告数据统计时限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
（一）主动公开。全年主动公开政府信息{published}。
（二）依申请公开。{apps}
（三）组织领导。{meeting}
二、存在的主要问题及改进情况
公开内容不够丰富。下一步将加强培训。
"""


BODIES = [
    (
        "青杉县商务局",
        2023,
        "412条，其中通过政府网站公开380条，通过其他渠道公开32条",
        "召开政务公开工作推进会3次。",
        "全年共收到申请9件，其中当面申请2件、网络申请5件、信函申请2件，均按时答复。",
    ),
    (
        "白桦县水务局",
        2023,
        "268条，其中政策文件1\n0条、政策解读6篇",
        "专栏更新及时。",
        "全年共收到申请4件，均按时答复。",
    ),
    (
        "红枫县审计局",
        2023,
        "530条，其中政策文件33条、政策解读11篇",
        "召开政务公开工作推进会2次。",
        "全年共收到申请7件。",
    ),
    ("紫竹县档案局", 2023, "190条，其中政策解读4篇", "专栏更新及时。", "全年共收到申请3件。"),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    folder = tmp_path_factory.mktemp("tafixb")
    store = Store(folder / "store")
    for n, body in enumerate(BODIES):
        path = folder / f"r{n}.txt"
        path.write_text(_report(*body), encoding="utf-8")
        store.add(extract_path(str(path)))
    index = Index(store)
    index.sync()
    return Asker(store, index)


def _bodies(ans) -> set[str]:
    return {c.agency for c in ans.citations}


def test_a_number_wrapped_at_a_line_end_is_one_number():
    text = fold("其中政策文件1\n0条、政策解读5篇。其他渠道公开5\n2条。2023年\n12件")
    got = [(m.value, m.unit) for m in extract_metrics(text, [], compact_outside(text, []))]
    assert (10, "条") in got and (52, "条") in got and (0, "条") not in got and (2, "条") not in got
    spaced = fold("其中政策文件1 0条")  # a space (not a line break) is not known to be a wrap: as before
    assert [m.value for m in extract_metrics(spaced, [], compact_outside(spaced, []))] == [0]


@pytest.mark.parametrize("q", ["白桦县水务局2023年政策文件有多少", "白桦县水务局2023年公开的政策文件是多少条"])
def test_a_wrapped_figure_is_answered_whole(asker, q):
    ans = asker.ask(q)
    assert ans.value == 10, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "青杉县商务局2023年、白桦县水务局2023年、红枫县审计局2023年，这几家里哪几家的年报写出了召开推进会的次数？",
        "青杉县商务局2023年、白桦县水务局2023年、红枫县审计局2023年这些单位当中，哪些在报告里交代过政务公开推进会次数",
    ],
)
def test_which_of_the_named_bodies_state_a_figure(asker, q):
    ans = asker.ask(q)
    assert _bodies(ans) == {"青杉县商务局", "红枫县审计局"}, ans.answer
    assert "白桦县水务局" in ans.answer  # the silent one is named


def test_how_many_of_the_named_bodies_state_a_figure(asker):
    ans = asker.ask(
        "青杉县商务局2023年、白桦县水务局2023年、红枫县审计局2023年、紫竹县档案局2023年，其中有多少家单位写了召开推进会的次数？"
    )
    assert ans.value == 2, ans.answer


def test_a_which_word_after_the_measure_is_no_question_over_the_bodies():
    from rag.answers.named_figures import asks_which_named

    assert asks_which_named("A、B，哪些写了推进会次数")
    assert not asks_which_named("A和B的推进会分别开了几次")


@pytest.mark.parametrize(
    ("q", "total"),
    [
        ("把白桦县水务局2023年、红枫县审计局2023年的政策解读加总一下", 17),
        ("请把红枫县审计局2023年和紫竹县档案局2023年的政策解读汇总一下", 15),
    ],
)
def test_a_sum_asked_as_a_request(asker, q, total):
    ans = asker.ask(q)
    assert ans.value == total, ans.answer


@pytest.mark.parametrize(
    ("q", "top"),
    [
        ("政策解读：白桦县水务局2023年 vs 红枫县审计局2023年，哪个高", "红枫县审计局"),
        ("主动公开的政府信息，白桦县水务局2023年与紫竹县档案局2023年谁更多", "白桦县水务局"),
    ],
)
def test_a_measure_said_only_in_the_lead_in(asker, q, top):
    ans = asker.ask(q)
    assert not ans.answer.startswith(NOT_MENTIONED), ans.answer
    assert ans.answer.index(top) < min(
        ans.answer.index(b) for b in ("白桦县水务局", "红枫县审计局", "紫竹县档案局") if b in ans.answer and b != top
    )


def test_a_lead_in_that_names_nothing_still_goes():
    from rag import message

    said = "深圳市罗湖区教育局2019年 vs 株洲市人民政府2023年，"
    assert message.asked(f"汇报材料里要写：{said}政策解读哪个多") == f"{said}政策解读哪个多"
    assert message.asked(f"政策解读：{said}哪个多").startswith("政策解读")


@pytest.mark.parametrize(
    "q",
    [
        "青杉县商务局2023年申请渠道分项加总和总数对得上不？",
        "青杉县商务局2023年各个渠道提交的申请加起来和申请总数吻合吗",
    ],
)
def test_application_channels_against_the_applications_total(asker, q):
    ans = asker.ask(q)
    assert "9" in ans.answer and "2+5+2" in ans.answer.replace(" ", "").replace("当面申请", "").replace(
        "网络申请", ""
    ).replace("信函申请", "").replace("件", ""), ans.answer
    assert "412" not in ans.answer and "380" not in ans.answer  # not the 主动公开 breakdown


@pytest.mark.parametrize(
    ("previous", "q", "want"),
    [
        ("红枫县审计局2023年政策解读发了几篇", "那推进会开了几次", "2次"),
        ("红枫县审计局2023年政策解读发了几篇", "那主动公开信息一共多少条", "530条"),
        ("青杉县商务局2023年网络申请多少件", "当面的呢", "2件"),
    ],
)
def test_a_follow_up_asking_its_own_figure_keeps_the_body_and_year(asker, previous, q, want):
    ans = asker.ask(q, previous=previous)
    assert want in ans.answer and not ans.answer.startswith(NOT_MENTIONED), ans.answer
