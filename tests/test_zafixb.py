"""zafixb: yes/no questions on one report's cells, in users' words, answered 有/没有 with the deciding figure and its
citation — refusals to disclose (不予公开), 「the information does not exist」 (无法提供·本机关不掌握), review cases whose
result was corrected (表四 复议 结果纠正), fees charged (表二 行政事业性收费, 万元, never an application count), suits
after a review (复议后起诉, not the review itself); and the follow-ups after such a yes/no (「复议那边呢 有吗」, then a
plain figure of the same report). Asked of a small store of wild reports, in phrasings of our own."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = {
    "xiangxiang": "eval/wild19/reports/p25-xiangxiang-gov-itext-extra-2025.pdf",
    "gansu": "eval/wild15/reports/p24-gansu-jyt-hdr2-note-2024.pdf",
    "xiangxi": "eval/wild14/reports/d20-xiangxi-jyj-gf2019-2020.docx",
    "tianhe": "eval/wild7/reports/m21-tianhe-cgj-restated-2024.md",
    "chongqing": "eval/wild14/reports/p25-chongqing-gaj-fivedigit-2025.pdf",
    "licheng": "eval/wild6/reports/m19-licheng-gov-hugo-2019.md",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    data = tmp_path_factory.mktemp("zafixb") / "d"
    store = Store(str(data))
    ids = {}
    for name, path in REPORTS.items():
        r = extract_path(str(ROOT / path))
        store.add(r)
        ids[name] = r.id
    return Asker(store, Index(store)), ids


def _yes(ans, figure: str, yes: bool = True):
    said = re.sub(r"^（按「[^」]*」理解）", "", ans.answer)  # (a follow-up says the question it was read as)
    assert said.startswith("有" if yes else "没有"), ans.answer
    assert figure in ans.answer, ans.answer
    assert ans.citations, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "湘乡市人民政府2025年有没有拒绝向申请人公开的",
        "湘乡市人民政府2025年拒绝过公开申请吗",
        "湘乡市政府2025年拒绝给老百姓公开过没有？",
    ],
)
def test_whether_any_refused_is_the_refused_count(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    _yes(ans, "4件")
    assert ans.value == 4, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "济南市历城区人民政府2019年有没有申请了但是给不了的",
        "济南市历城区人民政府2019年有没有申请的信息给不出来的？",
        "历城区人民政府2019年有没有没法给申请人的",
    ],
)
def test_whether_any_could_not_be_given_is_the_whole_row(wild, q):
    """Could not be given, said in users' words: the whole 无法提供 row (22: its 不掌握 row is 9), its parts said."""
    asker, _ = wild
    ans = asker.ask(q)
    _yes(ans, "22件")
    assert ans.value == 22 and "本机关不掌握相关政府信息9件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "figure", "yes", "value"),
    [
        ("甘肃省教育厅2024年的行政复议有被纠正的吗", "1件", True, 1),
        ("甘肃省教育厅2024年复议结果里面有没有被纠错的", "1件", True, 1),
        ("济南市历城区人民政府2019年复议是否存在被纠正的情况？", "2件", True, 2),
        ("湘西土家族苗族自治州教育和体育局2020年复议案子有被纠正过吗", "0件", False, 0),
    ],
)
def test_whether_any_review_was_corrected_is_the_corrected_count(wild, q, figure, yes, value):
    asker, _ = wild
    ans = asker.ask(q)
    _yes(ans, figure, yes)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "广州市天河区城市管理和综合执法局2024年行政事业性收费收过没有？收了多少",
        "广州市天河区城市管理和综合执法局2024年收取行政事业性收费了吗",
        "广州市天河区城市管理和综合执法局2024年有没有行政事业性收费，收了多少钱",
    ],
)
def test_whether_any_fee_is_the_fee_amount_in_wan(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    _yes(ans, "762.21")
    assert ans.value == 762.21 and ans.unit == "万元", ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "重庆市公安局2025年经过复议以后又被起诉的有吗",
        "重庆市公安局2025年有没有复议后再去打官司的",
        "重庆市公安局2025年有没有复议后又起诉的？",
    ],
)
def test_whether_any_suit_after_review_is_the_after_review_total(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    _yes(ans, "0件", yes=False)
    assert ans.value == 0, ans.answer
    assert "复议后起诉" in ans.answer, ans.answer


@pytest.mark.parametrize("follow", ["那复议有没有？", "复议那边也有吗", "行政复议呢 有吗"])
def test_a_yes_no_follow_up_stays_on_the_report(wild, follow):
    asker, _ = wild
    first = "济南市历城区人民政府2019年有没有被起诉过？"
    ans = asker.ask(follow, previous=[first])
    _yes(ans, "3件")
    assert ans.value == 3, ans.answer
    from rag import followup

    turns: list[str] = []  # the chat's memory, as the CLI and the bank's chains keep it
    followup.keep(turns, first, asker.ask(first))
    followup.keep(turns, follow, asker.ask(follow, previous=list(turns)))
    then = asker.ask("那予以公开有几件？", previous=turns)
    assert then.value == 7, then.answer


@pytest.mark.parametrize(
    "q",
    [
        "广州市天河区城市管理和综合执法局2024年有没有收过费",
        "广州市天河区城市管理和综合执法局2024年收了费没有？",
        "广州市天河区城市管理和综合执法局2024年收费了没",
    ],
)
def test_a_charge_asked_bare_names_both_fees(wild, q):
    """「有没有收过费」 (any charge, no unit): the text's 信息处理费 (「未收取」, 0) and 表二's 行政事业性收费 beside it,
    never 报告未提及 nor one of them silently."""
    asker, _ = wild
    ans = asker.ask(q)
    assert "未收取信息处理费" in ans.answer and "762.21万元" in ans.answer, ans.answer
