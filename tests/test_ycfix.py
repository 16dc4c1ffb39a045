"""ycfix (issue 13): what blindyc found in the narrative of the newest reports, asked in words of my own of reports
written here.

- 上年 asked on a chosen report whose TEXT states last year's figure (「办结N件，上年办结M件」「减少d件（上年P件）」): with
  no report of last year stored, the text's figure is the answer — quoted, said to be the text's figure for last
  year (was 「报告未提及（没有找到…2022年的报告）」); with last year's report stored, its table answers and the text's
  figure is said beside it (the same, or not) — never a silent choice.
- The narrative's parts against its total (「当面、网络、信函申请加起来和受理总数对得上吗」): each part read (当面 too),
  their sum, the stated total, 一致/不一致 (was a sum of two of them and no verdict).
- The text against 表三: 「办结N件」 read though 「上年办结M件」 follows it (was 「正文没有写出…」); this year's 新收 implied
  by the text's change and last year's figure, against 表三; a row the text does not state said so — and a quote of
  正文 is never the table's rows flattened (nor a change 「减少7件」 read as the year's count)."""

from __future__ import annotations

import pytest

from rag.ask import NOT_MENTIONED
from tests.reportgen import SECTION4, consistent_values, render


def _with_sentence(values: dict, agency: str, year: int, sentence: str, said_new: bool = True) -> str:
    """A GF2021 report (markdown tables) whose 表三 is followed by a sentence of the text (`said_new` False: its
    总体情况 does not say the year's count of applications received)."""
    text = render(values, "markdown", agency=agency, year=year)
    if not said_new:
        text = text.replace(f"，收到政府信息公开申请{int(values['t3.new.tot'])}件", "", 1)
    return text.replace(SECTION4, sentence + "\n" + SECTION4, 1)


V_ONLY = consistent_values(31)  # 云杉县林业局: 2023 only
V_OLD = consistent_values(32)  # 石楠县交通运输局 2022
V_NEW = consistent_values(33)  # 石楠县交通运输局 2023
V_OFF = consistent_values(34)  # 青冈县统计局 2023: its text's change does not add up

NEW_ONLY, R7_ONLY = int(V_ONLY["t3.new.tot"]), int(V_ONLY["t3.r7.tot"])
LAST_NEW, LAST_R7 = NEW_ONLY + 5, R7_ONLY + 9  # what 云杉县's text says of last year (no report of it stored)
OLD_R7 = int(V_OLD["t3.r7.tot"])
OLD_NEW = int(V_OLD["t3.new.tot"])
NEW_NEW, NEW_R7 = int(V_NEW["t3.new.tot"]), int(V_NEW["t3.r7.tot"])
OFF_NEW = int(V_OFF["t3.new.tot"])

REPORTS = {
    "only.md": _with_sentence(
        V_ONLY,
        "云杉县林业局",
        2023,
        f"同上年相比，本年新收政府信息公开申请减少5件（上年{LAST_NEW}件）；办结{R7_ONLY}件，上年办结{LAST_R7}件。",
        said_new=False,
    ),
    "old.md": render(V_OLD, "markdown", agency="石楠县交通运输局", year=2022),
    "new.md": _with_sentence(
        V_NEW,
        "石楠县交通运输局",
        2023,
        # last year's 办结 as this text says it differs from 2022's table by 2; its 新收 agrees with it
        f"本年新收政府信息公开申请{NEW_NEW}件（上年{OLD_NEW}件）；办结{NEW_R7}件，上年办结{OLD_R7 + 2}件。",
    ),
    "off.md": _with_sentence(
        V_OFF,
        "青冈县统计局",
        2023,
        f"与上年相比，本年新收政府信息公开申请增加4件（上年{OFF_NEW + 1}件）。",
    ),
    "legacy-a.txt": (
        "红柳县教育局2017年政府信息公开工作年度报告\n一、概述\n2017年，我局扎实推进政府信息公开工作。\n"
        "二、主动公开政府信息情况\n全年主动公开政府信息310条，其中通过政府网站公开260条，通过其他渠道公开50条。\n"
        "三、依申请公开政府信息情况\n全年共受理政府信息公开申请14件，其中当面申请3件、网络申请9件、信函申请2件；"
        "已按时答复14件。\n四、因政府信息公开申请行政复议、提起行政诉讼的情况\n全年提起行政复议0件，提起行政诉讼0件。\n"
    ),
    "legacy-b.txt": (
        "沙枣县民政局2017年政府信息公开工作年度报告\n一、概述\n2017年，我局扎实推进政府信息公开工作。\n"
        "二、主动公开政府信息情况\n全年主动公开政府信息120条，其中通过政府网站公开100条，通过其他渠道公开20条。\n"
        "三、依申请公开政府信息情况\n全年共受理政府信息公开申请12件，其中当面申请3件、网络申请6件、信函申请2件；"
        "已按时答复12件。\n"
    ),
}


@pytest.fixture(scope="module")
def asked(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    folder = tmp_path_factory.mktemp("ycfix")
    store = Store(folder / "store")
    ids = {}
    for name, text in REPORTS.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        report = extract_path(str(path))
        store.add(report)
        ids[name] = report.id
    index = Index(store)
    index.sync()
    asker = Asker(store, index)
    by_name = {r.split(".")[0]: rid for r, rid in ids.items()}

    def ask(q: str, report: str | None = None):
        return asker.ask(q, by_name[report] if report else None)

    return ask


# ---------------------------------------------------------------- 上年 on a chosen report
@pytest.mark.parametrize(
    "q, want",
    [
        ("报告里讲去年一共办结了多少件", LAST_R7),
        ("文中上年办结件数是多少", LAST_R7),
        ("上一年度收到多少件申请", LAST_NEW),
        ("正文说去年新收的申请有几件", LAST_NEW),
    ],
)
def test_last_year_stated_by_the_text_answers_when_no_report_of_it(asked, q, want):
    ans = asked(q, "only")
    assert ans.value == want and ans.unit == "件", ans.answer
    assert "正文" in ans.answer and "上年" in ans.answer and "2022" in ans.answer, ans.answer
    assert "|" not in ans.answer  # the text's sentence, never the table's rows before it


def test_last_year_not_stated_of_that_measure_stays_unanswered(asked):
    ans = asked("去年行政复议有几件", "only")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer


def test_last_year_held_answers_by_its_table_and_says_the_text_beside_it(asked):
    ans = asked("上年办结了几件", "new")
    assert ans.value == OLD_R7, ans.answer
    assert f"上年数为{OLD_R7 + 2}件" in ans.answer and "不同" in ans.answer, ans.answer
    same = asked("去年新收多少件申请", "new")
    assert same.value == OLD_NEW and "一致" in same.answer, same.answer


# ---------------------------------------------------------------- parts against the total the text states
@pytest.mark.parametrize(
    "q",
    [
        "当面、网络和信函三种申请加起来跟受理申请总数对得上吗",
        "网络、信函、当面申请之和与全年受理总数一致吗？",
    ],
)
def test_channels_against_the_total(asked, q):
    ok = asked(q, "legacy-a")
    assert ok.answer.startswith("一致") and "当面申请3件" in ok.answer and "14件" in ok.answer, ok.answer
    off = asked(q, "legacy-b")
    assert off.answer.startswith("不一致") and "11件" in off.answer and "12件" in off.answer, off.answer


def test_two_parts_named_are_summed_as_named(asked):
    ans = asked("当面和信函两种申请加在一起和受理总数对得上吗", "legacy-a")
    assert ans.answer.startswith("不一致") and "5件" in ans.answer and "网络" not in ans.answer.split("（")[0], (
        ans.answer
    )


def test_website_and_other_channels_against_published(asked):
    ans = asked("网站公开的和其他渠道公开的加起来跟主动公开总数一致吗", "legacy-a")
    assert ans.answer.startswith("一致") and "310" in ans.answer, ans.answer


# ---------------------------------------------------------------- the text against 表三
def test_text_closed_against_table_though_last_year_follows(asked):
    ans = asked("正文写的办结件数跟表三的办理结果总计一致吗", "only")
    assert ans.answer.startswith("一致") and f"办结{R7_ONLY}件" in ans.answer, ans.answer


def test_new_implied_by_the_change_against_table(asked):
    ok = asked("用正文的同比减少数和上年件数倒推，本年新收跟表三对得上吗", "only")
    assert ok.answer.startswith("一致") and f"= {NEW_ONLY}件" in ok.answer and "|" not in ok.answer, ok.answer
    off = asked("按正文说的比上年增加的件数推算，本年收到的申请和表三一致吗", "off")
    assert off.answer.startswith("不一致") and f"为{OFF_NEW}件" in off.answer and "|" not in off.answer, off.answer


def test_a_row_the_text_does_not_state_is_said_so(asked):
    ans = asked("正文里说的新收申请数和表三一致吗", "only")
    assert ans.answer.startswith(NOT_MENTIONED) and "本年新收" in ans.answer and "|" not in ans.answer, ans.answer
    assert "办结" not in ans.answer, ans.answer  # never another row's statement in its place
    assert f"= {NEW_ONLY}件" in ans.answer and "推算" in ans.answer, ans.answer  # what the change implies, said beside
