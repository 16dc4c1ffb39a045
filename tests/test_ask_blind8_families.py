"""The question families blind8 brought that no earlier bank had (issue 13): averages over reports,
places in a ranking, 表三's rows and columns by their printed numbering, units asked at another scale
than printed, a share's change in 百分点, 「两年前」, 繁體 characters. Phrasings written for the
family, not taken from the bank; each asserts the headline and what the answer shows."""

import pytest

from extractor import tablespec as ts
from extractor.schema import Answer
from rag import intent
from rag.ask import simplified
from rag.units import asked, in_asked_unit, like_scaled


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def _pingtan(asker, year: int) -> str:
    """The stored id of 平潭综合实验区's report of that year (the whole area's, not 君山片区's)."""
    cat = asker.catalogue()
    hit = [
        r["id"]
        for r in asker.store.catalogue_rows()
        if r["year"] == year
        and "平潭" in (cat.entry(r["id"]).agency or "")
        and "君山" not in (cat.entry(r["id"]).agency or "")
    ]
    assert len(hit) == 1, hit
    return hit[0]


# ---------------------------------------------------------------- pure parts
def test_table_three_rows_by_their_printed_numbering():
    assert ts.t3_row_at("四", "1") == "r4_1" and ts.t3_row_at("三", "七") == "r3_7"
    assert ts.t3_row_at("七") == "r7" and ts.t3_row_at("五") == "r5"
    assert ts.t3_row_at("一", "2") is None  # （一）予以公开 has no items: a place the table lacks is not guessed
    assert ts.t3_col_at(1) == "np" and ts.t3_col_at(7) == "tot" and ts.t3_col_at(8) is None


def test_a_place_names_a_row_unless_the_words_name_one():
    assert intent.t3_measures("表三第(三)项第4目是几")[0].row == "r3_4"
    assert intent.t3_measures("(四)1自然人那一栏")[0].col == "np"
    # the words name the sub-item: they win over the group's place
    assert intent.t3_measures("(四)无法提供下面第3行补正后申请内容仍不明确")[0].row == "r4_3"
    # 「第二十条第（五）项」 is an article of the regulation, not 表三's （五）
    assert all(m.table != "t3" for m in intent.table_measures("第二十条第（五）项行政许可的本年处理决定数量"))


def test_the_place_a_ranking_asks():
    assert intent.nth_asked("新收申请第二多的是哪年") == 2
    assert intent.nth_asked("排第三的是哪家") == 3 and intent.nth_asked("倒数第二") == 2
    assert intent.nth_asked("保护第三方合法权益最多的") == 1
    assert intent.nth_asked("表三第(三)项第7目最多的是哪年") == 1


def test_units_asked_at_another_scale():
    assert asked("网站发布信息约多少万条") == ("万", "条") and asked("关注人数大概多少万") == ("万", "")
    assert like_scaled("万条") == ("万条", "条") and like_scaled("万") == ("",) and like_scaled("条") is None
    ans = in_asked_unit("约多少万条", Answer(question="", answer="13050余条", route="metric", value=13050, unit="条"))
    assert ans.answer == "约1.31万条：13050余条" and ans.value == 13050 and ans.unit == "条"
    exact = in_asked_unit("多少亿元", Answer(question="", answer="25000万元", route="table", value=25000, unit="万元"))
    assert exact.answer.startswith("2.5亿元：")
    other = in_asked_unit("多少万人", Answer(question="", answer="5篇", route="metric", value=5, unit="篇"))
    assert other.answer == "5篇"  # another thing counted is not converted


def test_traditional_questions_and_hedges_are_read_simplified():
    assert simplified("河北省教育廳2023年行政復議總計幾件") == "河北省教育厅2023年行政复议总计几件"
    assert simplified("关注人数大概多少万") == "关注人数多少万"
    assert simplified("大概的情况") == "大概的情况"


def test_two_years_ago_is_the_year_before_last():
    assert intent.relative_years("两年前那份年报的新收申请数", 2021) == [2019]
    assert intent.relative_years("近两年新收多少", 2021) != [2019]


# ---------------------------------------------------------------- asked of the corpus
def test_an_average_over_agencies_shows_its_arithmetic(asker):
    ans = asker.ask("安康市政府办、洪泽区政府两家平均新收多少件申请")
    assert ans.value == 38.5 and "（56+21）÷2" in ans.answer and len(ans.citations) == 2


def test_an_average_from_one_report_read_reaches_the_agencys_years(asker):
    ans = asker.ask("这几年平均每年收到几件申请", report_id=_pingtan(asker, 2020))
    assert ans.value == 47 and "÷4" in ans.answer


def test_an_average_of_time_is_not_a_table_question(asker):
    """A guard of the change above: 「平均每年」 is over reports, 「平均…多少天」 is not in the tables."""
    assert asker.ask("平潭2022年依申请公开平均答复多少天").value is None


def test_second_smallest(asker):
    ans = asker.ask("河北省科技厅2021到2023年新收申请倒数第二的是哪一年")
    assert ans.value == 11 and "2022年" in ans.answer.split("（")[0]
    assert asker.ask("平潭哪年新收申请第二少").value == 23  # 「第二少」 counts from the smallest


def test_the_first_three_are_a_ranking_not_a_test(asker):
    ans = asker.ask("平潭新收申请前三的是哪几年")
    assert ans.answer.startswith("本年新收最多的前三：2022年74件、2021年70件、2019年23件")


def test_a_place_is_answered_with_the_row_it_is(asker):
    ans = asker.ask("平潭2019年表三（四）1填的是几")
    assert ans.value == 7 and ans.answer.startswith("表三（四）1.本机关不掌握相关政府信息：")
    col = asker.ask("平潭2021年表三本年新收第一栏填的多少")
    assert col.value == 64 and col.answer.startswith("表三第1栏为自然人：")


def test_a_row_by_position_of_a_report_read(asker):
    ans = asker.ask("表三第（五）项第2目是多少", report_id=_pingtan(asker, 2021))
    assert ans.intent == "value.cells" and ans.citations and "t3.r5_2" in " ".join(ans.citations[0].cells)


def test_a_money_cell_asked_in_yi(asker):
    ans = asker.ask("平潭2021年行政事业性收费一共是多少亿元")
    assert ans.value == 24252.311082 and ans.unit == "万元" and ans.answer.startswith("约2.43亿元：")


def test_a_stated_count_asked_in_wan(asker):
    ans = asker.ask("平潭2020年累计入库的电子证照大约是多少万份")
    assert ans.value == 452149 and ans.answer.startswith("约45.21万份：")


def test_a_share_change_in_points_of_a_report_read(asker):
    ans = asker.ask("自然人申请占新收的比例比上一年变了几个百分点", report_id=_pingtan(asker, 2022))
    assert ans.value == 4.52 and ans.unit == "个百分点"


def test_a_traditional_question_is_answered(asker):
    ans = asker.ask("河北省教育廳2021年行政訴訟總計幾件")  # (「教育廳」 named no agency before)
    assert ans.value == 8 and "河北省教育厅" in ans.scope


def test_a_bound_with_a_scale_is_read_in_the_cells_unit():
    from rag.units import bound_in

    assert bound_in("哪年收费金额超过一亿元", "万元") == 10000
    assert bound_in("收费超过5000万元的", "万元") == 5000 and bound_in("采购超过1万元", "元") == 10000
    assert bound_in("新收超过50件", "件") == 50 and bound_in("超过50", "件") is None
    assert bound_in("超过3万条", "件") is None  # another thing counted: no bound of this measure


def test_which_years_pass_a_bound_in_yi(asker):
    ans = asker.ask("平潭哪一年的行政事业性收费高于2亿元")
    assert ans.value == 1 and "2021年" in ans.answer and "超过20000万元" in ans.answer


def test_a_hedged_count_asked_in_wan(asker):
    ans = asker.ask("平潭2022年全区主动公开政府信息约有几万条")
    assert ans.value == 14571 and ans.answer.startswith("约1.46万条：")


def test_a_bare_rate_of_growth_is_the_change_the_text_states(asker):
    ans = asker.ask("河北省人社厅2019年12333接听电话总时长的增幅")
    assert ans.value == 24.1 and ans.unit == "%" and "比去年同期增长24.1%" in ans.answer
