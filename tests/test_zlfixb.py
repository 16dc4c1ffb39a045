"""Figures the narrative states, read by their own labels (blindzl's misses, as families):

- a LEGACY report (2016–2018, no readable 表四) says 「全年因政府信息公开申请提起行政复议1件，提起行政诉讼0件。」 right
  after its heading 「五、因政府信息公开申请行政复议、提起行政诉讼的情况」: the 诉讼 figure is the one after 诉讼 (0), never
  the 复议 one the heading's 诉讼 stands before — asked in any words;
- a 「数读年报」 box at the top of a report prints each figure on a line of its own with its label on the next one
  (「87件⏎收到政府信息公开申请」): each figure is paired with its own label, so the text agrees with its tables; a box
  whose pairing is not certain gives no figure at all."""

from __future__ import annotations

import pytest

from extractor.metrics import extract_metrics
from extractor.normalize import compact_outside, fold
from extractor.schema import Section, Span
from wildstore import extracted

LEGACY = {  # report: (复议, 诉讼) as its text states them
    "d16-beipiao-gov-legacy-pairs-2016.docx": (2, 1),
    "d17-guanyang-gov-legacy-2017.docx": (1, 0),
    "d18-alashanzuo-lyj-legacy-2018.docx": (0, 0),
    "d18-liaoyuan-rsj-legacy-2018.docx": (1, 0),
}
BOX = "h23-qilin-gov-trs-shudu-box-2023.html"


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    asker, ids = extracted(tmp_path_factory, [*LEGACY, BOX])
    return asker, dict(zip([*LEGACY, BOX], ids))


LITIGATION = [
    "这一年有人把他们告上法院吗？行政诉讼有几起",
    "因为政府信息公开打了几场行政官司（诉讼）？",
    "信息公开方面被人起诉了多少件",
    "提起行政诉讼的数量是多少",
]
REVIEW = [
    "因信息公开申请了几次行政复议",
    "行政复议被申请了多少件？",
    "复议案件一共几件",
    "复议有几件",
]
# the reports whose two figures differ (a 复议 figure answered for 诉讼 shows)
TWO_FIGURES = [name for name, (rv, lit) in LEGACY.items() if rv != lit]


@pytest.mark.parametrize("name", TWO_FIGURES)
@pytest.mark.parametrize("i", range(len(LITIGATION)))
def test_a_legacy_reports_litigation_is_the_figure_after_its_own_label(wild, name, i):
    asker, ids = wild
    ans = asker.ask(LITIGATION[i], report_id=ids[name])
    assert ans.value == LEGACY[name][1], ans.answer
    assert "提起行政诉讼" in ans.answer, ans.answer
    ans = asker.ask(REVIEW[i], report_id=ids[name])  # and the 复议 figure beside it stays its own
    assert ans.value == LEGACY[name][0], ans.answer


def test_a_legacy_report_saying_none_of_either_answers_zero(wild):
    asker, ids = wild
    ans = asker.ask(LITIGATION[0], report_id=ids["d18-alashanzuo-lyj-legacy-2018.docx"])
    assert ans.value == 0 and "提起行政诉讼0件" in ans.answer, ans.answer


@pytest.mark.parametrize("name", list(LEGACY))
def test_the_review_figure_is_not_labelled_by_the_heading_before_it(wild, name):
    asker, ids = wild
    got = [
        (m["key"], m["value"])
        for m in asker.store.metrics(ids[name])
        if m["key"] in ("行政复议", "行政诉讼") and "|" not in (m["quote"] or "")
    ]
    assert sorted(got) == sorted([("行政复议", LEGACY[name][0]), ("行政诉讼", LEGACY[name][1])])
    for m in asker.store.metrics(ids[name]):
        if m["key"] == "行政复议" and "|" not in (m["quote"] or ""):
            assert "诉讼" not in (m["label"] or ""), m


AGREES = [  # (question, the box's own figure the answer compares)
    ("正文里写的收到申请件数跟表三的新收对得上吗？", "87件"),
    ("数读部分说的申请量和统计表一致不一致", "87件"),
    ("正文开篇给的收到申请数，与表三新收是否相符？", "87件"),
    ("正文中予以公开加部分公开的件数和表三吻合吗", "36件"),
    ("一图速览里予以公开和部分公开的数和表三对得上吗", "36件"),
    ("数说年报里的“予以公开和部分公开”跟表三相符吗", "36件"),
]


@pytest.mark.parametrize("q,said", AGREES)
def test_a_figure_box_agrees_with_the_tables(wild, q, said):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[BOX])
    assert ans.answer.startswith("一致"), ans.answer
    assert "不一致" not in ans.answer and "✗" not in ans.answer, ans.answer
    assert said in ans.answer.replace("\n", ""), ans.answer


def test_a_figure_box_raises_no_finding(wild):
    asker, ids = wild
    report = asker.store.report(ids[BOX])
    assert report is not None
    bad = [f for f in report.findings if f.check in ("S2", "S3") and "数读" not in f.message]
    assert not [f for f in bad if f.where.startswith("narrative.")], [f.message for f in bad]


def test_a_figure_box_pairs_each_figure_with_its_own_label(wild):
    asker, ids = wild
    got = {(m["value"], m["unit"]): m for m in asker.store.metrics(ids[BOX])}
    assert got[(87, "件")]["key"] == "依申请收到"
    assert got[(87, "件")]["quote"].replace("\n", "") == "87件收到政府信息公开申请"
    assert "办结率" in got[(100.0, "%")]["label"]
    assert got[(36, "件")]["label"] == "予以公开和部分公开"
    assert got[(1246, "条")]["key"] == "主动公开信息"


def _metrics(text: str):
    folded = fold(text)
    sections = [Section(number=0, heading="", span=Span(0, len(text)))]
    return extract_metrics(folded, sections, compact_outside(folded, []))


def test_a_box_with_labels_after_its_figures():
    text = "某县2024年报告\n一图速览\n320条\n主动公开信息\n45件\n新收依申请公开\n2件\n行政复议\n正文从这里开始。"
    got = {(m.value, m.unit): m for m in _metrics(text)}
    assert got[(45, "件")].key == "依申请收到"
    assert got[(2, "件")].key == "行政复议"
    assert got[(320, "条")].key == "主动公开信息"


def test_a_box_with_labels_before_its_figures():
    text = "某县2024年报告\n关键数据\n主动公开信息\n320条\n新收依申请公开\n45件\n行政复议\n2件\n正文从这里开始。"
    got = {(m.value, m.unit): m for m in _metrics(text)}
    assert got[(45, "件")].key == "依申请收到"
    assert got[(2, "件")].key == "行政复议"
    assert got[(320, "条")].key == "主动公开信息"


def test_a_box_whose_pairing_is_not_certain_gives_no_figure():
    # figure, label, figure, label, figure: each figure could be the label before it or after it
    text = "某县2024年报告\n45件\n新收依申请公开\n2件\n行政复议\n7件\n正文从这里开始。"
    assert not [m for m in _metrics(text) if m.unit == "件"]
