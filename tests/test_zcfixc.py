"""zcfixc: one body's rate in two years, compared. 「自然人申请占比2024年比2020年高还是低」「复议纠错率跟去年比升了还是
降了」 (a named body and two years, or a chosen report and 「去年」) is each year's rate — part ÷ whole, its division
shown, its report cited — then the change in 百分点 and which year is higher; a year whose whole is 0 said 「无法计算」.
Was: each year's COUNT of the part (「本年新收（自然人）：2020年：…件；2024年：…件」), the rate dropped. Asked of a small
store of wild reports, in phrasings of our own. (The rates here are ones whose default whole is the whole meant —
自然人申请 ÷ 本年新收, 复议纠正 ÷ 复议总计, 办结 ÷ 新收+上年结转; a stated other whole is zcfixa's reader.)"""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

REPORTS = {
    "xigong20": "eval/wild7/reports/d19-xigong-gov-hmerge-2020.docx",
    "xigong24": "eval/wild5/reports/h21-xigong-gov-t2dash-2024.html",
    "yuhang20": "eval/wild12/reports/d20-yuhang-gov-nested-2020.docx",
    "yuhang23": "eval/wild6/reports/h21-yuhang-gov-iframe-2023.html",
    "hubei24": "eval/wild9/reports/p21-hubei-slt-dotrules-2024.pdf",
    "hubei25": "eval/wild6/reports/m21-hbslt-pipebr-2025.md",
    "shaoshan24": "eval/wild21/reports/h24-shaoshan-gov-bosi-hdr2-heji-2024.html",
    "shaoshan25": "eval/wild18/reports/h25-shaoshan-gov-bosi-fullwidth-extra-2025.html",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(str(tmp_path_factory.mktemp("zcfixc") / "d"))
    ids = {}
    for name, path in REPORTS.items():
        r = extract_path(str(ROOT / path))
        store.add(r)
        ids[name] = r.id
    return Asker(store, Index(store)), ids


def _both(ans, first: str, second: str, points: float, word: str) -> None:
    text = ans.answer
    assert first in text and second in text, text  # each year's rate
    assert text.count("÷") >= 2, text  # each shown as its division
    assert f"{word}{points:g}个百分点" in text, text  # the change, in points, and its direction
    assert ans.value == pytest.approx(points if word in ("上升", "提高") else -points, abs=0.01), text
    assert len({c.report_id for c in ans.citations}) == 2, text  # each year's report cited


# (1) a named body, two years: the share of natural persons in the new applications (827/868 → 37/44)
@pytest.mark.parametrize(
    "q",
    [
        "西工区人民政府2020年和2024年自然人申请所占比例哪年更高",
        "洛阳市西工区人民政府自然人申请的比例，2024年较2020年是升是降",
        "对比一下洛阳市西工区人民政府2020、2024两年的自然人申请占比",
    ],
)
def test_a_named_bodys_rate_in_two_years(wild, q):
    asker, _ = wild
    _both(asker.ask(q), "95.28%", "84.09%", 11.19, "下降")


# (2) a chosen report against the year before
@pytest.mark.parametrize(
    "q",
    [
        "自然人申请占比跟上一年比怎么样",
        "和去年相比，自然人申请的比例是涨了还是跌了",
        "自然人申请占比较上年有何变化，两年分别是多少",
    ],
)
def test_a_chosen_reports_rate_against_last_year(wild, q):
    asker, ids = wild
    _both(asker.ask(q, report_id=ids["shaoshan25"]), "86.3%", "80%", 6.3, "下降")


# (3) the rate of review decisions corrected (0/3 → 1/11)
@pytest.mark.parametrize(
    "q",
    [
        "余杭区人民政府复议纠错率2023年比2020年高还是低",
        "杭州市余杭区人民政府2020年、2023年行政复议纠错率各多少，升了吗",
        "余杭区人民政府2020和2023年复议被纠正的比率对比",
    ],
)
def test_the_review_correction_rate_in_two_years(wild, q):
    asker, _ = wild
    _both(asker.ask(q), "0%", "9.09%", 9.09, "上升")


# (4) the rate of applications concluded (办结 ÷ 新收+上年结转)
@pytest.mark.parametrize(
    "q",
    [
        "湖北省水利厅办结率2025年相比2024年有没有提高",
        "湖北省水利厅2024与2025年办结率对比",
        "湖北省水利厅2024、2025年度办结率孰高孰低",
    ],
)
def test_the_conclusion_rate_in_two_years(wild, q):
    asker, _ = wild
    _both(asker.ask(q), "98.15%", "97.87%", 0.28, "下降")


# (5) a year whose whole is 0: its rate 「无法计算」, no change computed, the other year's rate kept
@pytest.mark.parametrize(
    "years",
    [
        [("2022年", 0.0, 0.0), ("2023年", 1.0, 4.0)],
        [("2022年", 2.0, 8.0), ("2023年", 0.0, 0.0)],
        [("2021年", 0.0, 0.0), ("2022年", 0.0, 0.0)],
    ],
)
def test_a_year_whose_whole_is_zero(years):
    from rag.answers.rate_years import said

    text, value = said("行政复议纠错率", "行政复议总计", years)
    assert "无法计算" in text and "个百分点" not in text and value is None, text
    for label, part, whole in years:
        if whole:
            assert f"{label}{100 * part / whole:g}%" in text, text
