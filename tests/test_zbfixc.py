"""zbfixc: voice-input damage in a question — a filler inside a year (「20嗯24年」「202就是4年」), 「新接的」 (newly
received: 本年新收, never the town 新街镇 it sounds like), 「不处理的」 (the 不予处理 row's total, never 本年新收); a
year the body has no report of, said with a filler, refused — never another year's or another body's figure. Asked of
a small store of wild reports (one of them 灌阳县新街镇, the place 新接 sounds like), in phrasings of our own."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = {
    "zrt": "eval/wild11/reports/t24-shandong-zrt-trafilatura-2024.txt",
    "guilin": "eval/wild21/reports/h21-guilin-jtj-aside-2024.html",
    "xinjie": "eval/wild16/reports/h22-guanyang-zhen-js-unescape-2022.html",
    "yanta20": "d19-yanta-cgj-spaced-2020.docx",
    "yanta23": "t21-yanta-cgj-fwbars-2023.txt",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    data = tmp_path_factory.mktemp("zbfixc") / "d"
    store = Store(str(data))
    for path in REPORTS.values():
        found = next(ROOT.glob("eval/wild*/reports/" + Path(path).name))
        store.add(extract_path(str(found)))
    return Asker(store, Index(store))


@pytest.mark.parametrize(
    "q",
    [
        "山东省自然资源厅2024年新接的有几件",
        "山东省自然资源厅2024年新接了几件依申请公开",
        "山东省自然资源厅2024年新接了多少",
    ],
)
def test_newly_received_is_this_years_new_applications_not_the_town_it_sounds_like(wild, q):
    ans = wild.ask(q)
    assert ans.value == 48, ans.answer
    assert "新街" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "雁塔区城市管理和综合执法局202就是3年新收了多少申请",
        "雁塔区城市管理和综合执法局2那个023年收到的申请一共几件",
        "雁塔区城市管理和综合执法局2啊023年本年新收申请多少件",
    ],
)
def test_a_filler_inside_a_year_is_dropped(wild, q):
    ans = wild.ask(q)
    assert ans.value == 88, ans.answer  # 2023's, not 2020's 62 nor the two added


@pytest.mark.parametrize(
    "q",
    [
        "山东省自然资源厅2就是021年新接的申请有多少",
        "山东省自然资源厅201就是9年新收了多少申请",
        "灌阳县新街镇人民政府202呃3年新接的申请几件",
    ],
)
def test_a_year_not_stored_said_with_a_filler_is_refused(wild, q):
    ans = wild.ask(q)
    assert ans.value in (None, False), ans.answer
    assert "48" not in ans.answer and "59" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "桂林市交通运输局2024年不处理的申请有几件",
        "桂林市交通运输局2024年不给处理的有多少",
        "桂林市交通运输局2024年不作处理的申请一共多少件",
    ],
)
def test_applications_not_dealt_with_are_the_row_not_processed(wild, q):
    ans = wild.ask(q)
    assert ans.value == 7, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "桂林市交通运输局2024年不予处理的有几件以及现行有效的规范性文件几件",
        "桂林市交通运输局2024年不予处理的一共多少件。顺便问下现行有效的规范性文件多少件",
        "桂林市交通运输局2024年现行有效的规范性文件多少件以及不予处理的多少件",
    ],
)
def test_two_asks_joined_by_a_word_are_both_answered_each_cited(wild, q):
    ans = wild.ask(q)
    halves = [
        wild.ask(h) for h in ("桂林市交通运输局2024年不予处理多少件", "桂林市交通运输局2024年现行有效规范性文件几件")
    ]
    for h in halves:  # each half's own figure, said
        assert h.value is not None and f"{h.value:g}" in ans.answer, (h.answer, ans.answer)
    assert ans.citations, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "桂林市交通运输局2024年不予处理的申请一共多少？另外现行有效的规范性文件有几件",
        "桂林市交通运输局2024年不予处理的合计几件，再问一下现行有效的规范性文件多少件",
        "桂林市交通运输局2024年现行有效的规范性文件总共多少件以及不予处理的多少件",
    ],
)
def test_two_asks_one_adding_up_are_never_one_sum_of_two_rows(wild, q):
    """「…一共多少？另外…有几件」 read whole was one sum of two unrelated rows (「合计67件」): each half answered."""
    ans = wild.ask(q)
    assert "合计67" not in ans.answer and ans.value != 67, ans.answer
    assert "7件" in ans.answer and "60件" in ans.answer, ans.answer
