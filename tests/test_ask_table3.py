"""Table / consistency / cross-report families (branch asktable3, issue 13): consistency answers that
show each side, every sub-item asked (zeros too), sums and shares over years, which reports among a
list or all but one, rankings scoped by format or by a list, refusals of a year not stored. Phrasings
written for the test from a user's side; numbers are the corpus reports' printed cells."""

import pytest

import rag.answers.checks as checks
from rag.intent import parse
from tests.corpus_ids import report_id


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def _cited(ans) -> set[tuple[str, int]]:
    return {(c.agency or "", c.year) for c in ans.citations}


# ---------------------------------------------------------------- 1. consistency, each side shown
def test_text_vs_table_compares_every_application_count(asker):
    """平潭 2021 says 「共收到70件申请，…办结69件，1件结转下年度」: each against its own 表三 row, whichever
    of them the question names."""
    rid = report_id(asker, "平潭", 2021)
    for q in ("正文里的收件和办结情况跟表三相符不", "报告文字说的申请数量与统计表一致吗"):
        ans = asker.ask(q, report_id=rid)
        assert ans.answer.startswith("一致"), ans.answer
        for shown in ("70", "69", "「1件结转下年度」= 表三结转下年度1"):
            assert shown in ans.answer, (q, ans.answer)


def test_application_counts_read_per_row():
    text = "本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。受理行政复议3件。"
    got = {row: v for row, v, _ in getattr(checks, "_application_counts", lambda t: [])(text)}
    assert got == {"new": 70, "r7": 69, "carry_out": 1}
    # two figures for one row: neither is read (the table would be checked against a guess)
    assert not getattr(checks, "_application_counts", lambda t: [])("收到申请5件。另收到申请7件。")


def test_results_added_asked_with_a_stated_total_is_table_three(asker):
    rid = report_id(asker, "教育厅", 2023)
    q = "统计表里各类办理结果加起来跟总计19件对得上吗"
    assert parse(q).operation == "explain"
    ans = asker.ask(q, report_id=rid)
    assert ans.answer.startswith("成立") and "19" in ans.answer, ans.answer


def test_received_plus_carried_against_answered_plus_carried_on(asker):
    """科委 2024: 34+2 = 36 against 35 + a blank 结转下年度 — not checkable, both sides shown."""
    ans = asker.ask("新收加上年结转，跟办理总计加结转下年度是否相等", report_id=report_id(asker, "科委", 2024))
    assert ans.answer.startswith("无法完全核对") and "36" in ans.answer and "35" in ans.answer, ans.answer


# ---------------------------------------------------------------- 2. every sub-item asked
def test_each_sub_item_of_a_group_zero_included(asker):
    rid = report_id(asker, "教育厅", 2023)
    each = asker.ask("无法提供的几种情况分别是多少", report_id=rid)
    assert "补正后申请内容仍不明确0件" in each.answer, each.answer
    plain = asker.ask("无法提供有多少件", report_id=rid)
    assert "0件" not in plain.answer, plain.answer  # not asked for each: the zero is left out


def test_coercion_said_bare_in_a_list(asker):
    ans = asker.ask("洪泽2023年许可、处罚和强制三类决定一共多少")
    assert ans.value == 550 + 4119 + 195, ans.answer
    listed = asker.ask("平潭2021年许可处罚强制分别多少件")
    assert all(str(v) in listed.answer for v in (2293, 1282, 42)), listed.answer


def test_two_applicant_columns_each(asker):
    ans = asker.ask("上海科委2024年新收申请中自然人、企业各多少")
    assert "32件" in ans.answer and "2件" in ans.answer and "商业企业" in ans.answer, ans.answer


# ---------------------------------------------------------------- 3. sums and shares over years
def test_a_bare_count_of_years_is_a_sum(asker):
    ans = asker.ask("平潭四年新收申请的总数是多少")
    assert ans.value == 23 + 21 + 70 + 74, ans.answer


def test_a_years_share_of_their_sum_with_the_whole_said_first(asker):
    ans = asker.ask("平潭2021、2022两年新收加在一起，2021年占百分之几")
    assert ans.value == pytest.approx(100 * 70 / 144, abs=0.01), ans.answer


# ---------------------------------------------------------------- 4. which reports among candidates
def test_a_test_put_to_a_list_of_agencies(asker):
    ans = asker.ask("有行政复议结果纠正的：洪泽、平潭、省教育厅哪年有")
    assert ans.intent == "which_reports.cells", ans.answer
    assert _cited(ans) == {("洪泽区人民政府", 2023), ("平潭综合实验区", 2022), ("河北省教育厅", 2023)}, ans.answer


def test_all_but_the_agency_named(asker):
    ans = asker.ask("除了上海科委，还有哪些单位有上年结转的申请")
    years = {y for a, y in _cited(ans)}
    assert ans.value == 3 and not any("科学技术委员会" in a or "科委" in a for a, _ in _cited(ans)), ans.answer
    assert years == {2019, 2022}, ans.answer


def test_no_application_at_all(asker):
    q = "君山片区和省科技厅哪些年份一个申请都没有"
    assert parse(q).cells and parse(q).cells[0].row == "new"
    ans = asker.ask(q)
    assert ans.value == 3, ans.answer


# ---------------------------------------------------------------- rankings scoped by format or list
def test_rank_of_the_reports_of_one_format(asker):
    ans = asker.ask("用2021年新版格式的年报，按行政处罚决定数排个前三")
    assert ans.value == 4119 and "2019年" not in ans.answer, ans.answer


def test_rank_of_a_list_with_an_agency_missing_the_years(asker):
    ans = asker.ask("安康、洪泽、平潭（2022）、省教育厅（2023）、上海科委这几份报告，行政许可决定谁最多")
    assert ans.value == 10690 and "上海市科委没有" in ans.answer, ans.answer


def test_two_agencies_joined_by_haishi_are_not_a_place(asker):
    ans = asker.ask("行政处罚决定最多的是哪家：洪泽还是省教育厅？")
    assert ans.value == 4119, ans.answer


# ---------------------------------------------------------------- 5. refusals
def test_next_years_report_is_refused_but_carry_over_is_not(asker):
    rid = report_id(asker, "教育厅", 2023)
    ans = asker.ask("下一年的报告里新收多少申请", report_id=rid)
    assert ans.answer.startswith("报告未提及") and "2024年" in ans.answer and ans.value is None, ans.answer
    carried = asker.ask("结转到下一年度继续办理的申请有几件", report_id=report_id(asker, "平潭", 2021))
    assert carried.value == 1, carried.answer


def test_who_brought_the_cases_is_refused(asker):
    ans = asker.ask("行政复议申请人的类别构成是怎样的", report_id=report_id(asker, "洪泽", 2023))
    assert ans.answer.startswith("报告未提及") and ans.value is None, ans.answer


def test_the_texts_clean_up_of_documents_adds_up(asker):
    """科技厅 2022: 「对70件…进行清理，其中39件…保留，23件…修改，8件…废止」 — the outcomes against the count."""
    ans = asker.ask("规范性文件清理的数字自己能对上吗", report_id=report_id(asker, "科学技术厅", 2022))
    assert ans.answer.startswith("等于（一致）"), ans.answer
    assert all(s in ans.answer for s in ("39", "23", "8", "70件")), ans.answer


def test_clean_up_against_table_two_reads_documents_not_times(asker):
    """教育厅 2021: 「对现有206件规范性文件实施了7次清理，保留…181件，废止25件」 — 7次 is not 7 documents made."""
    ans = asker.ask("规范性文件清理情况跟表二吻合吗", report_id=report_id(asker, "教育厅", 2021))
    assert ans.answer.startswith("一致") and "25" in ans.answer and "181" in ans.answer, ans.answer
    assert "7次" not in ans.answer, ans.answer


def test_ways_of_applying_added_against_the_total(asker):
    ans = asker.ask("网上申请与信函申请的和是否等于收到的申请总数", report_id=report_id(asker, "教育厅", 2023))
    assert ans.answer.startswith("一致") and all(s in ans.answer for s in ("15", "4", "19")), ans.answer


def test_rank_of_each_reports_share(asker):
    ans = asker.ask("平潭哪年的予以公开在新收申请里占比最高")
    assert ans.value == pytest.approx(100 * 30 / 70, abs=0.01) and "30÷70" in ans.answer, ans.answer


def test_a_year_before_a_table_row_is_not_the_latest_report(asker):
    ans = asker.ask("按本年行政许可决定数从高到低排前三")
    assert ans.value == 10690, ans.answer


@pytest.mark.parametrize(
    "q, cell",
    [
        ("不予处理的申请一共处理了几件", ("t3", "r5", "tot")),  # 「处理了几件」 inside 不予处理 is not row （七）
        ("复议以后又到法院去起诉的有几件", ("t4", "lr", "tot")),
        ("政府集中采购花了多少钱", ("t2", "procurement", "amount")),
    ],
)
def test_cell_words(q, cell):
    assert [(m.table, m.row, m.col) for m in parse(q).cells] == [cell]


def test_agencies_before_the_colon_list_values(asker):
    ans = asker.ask("平潭、洪泽的：行政强制决定各多少")
    assert ans.intent != "which_reports.cells" and "195" in ans.answer and "42" in ans.answer, ans.answer
