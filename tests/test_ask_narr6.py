"""Narrative families of issue 13 (branch asknarr6), phrasings written for the test from a user's side:
section 五 asked as 「年报问题」 or by how the report says its problems (自述, 查摆, 哪里还要优化); the
problems section of the 2008 template (「六、…存在的主要问题和改进措施」) found by its heading; measures
asked for a matter that is not called a problem (「针对机构改革开了什么专栏」); a measures question with
no year read in the one report of the agency that names it; refusals: a channel counted together with
another, a table row asked of a text that only states a neighbouring count, a count asked by its label
that no number of the text answers.

The reports are written here (bodies no corpus report resembles)."""

import pytest

from rag import intent
from rag.ask import NOT_MENTIONED, Asker
from tests.text_store import text_asker

REPORT = """青岗市水务局2022年政府信息公开工作年度报告

一、总体情况
2022年，青岗市水务局坚持以公开为常态、不公开为例外，全年通过门户网站主动公开政府信息640条，其中政策文件3件，政策解读9篇。
二、收到和处理政府信息公开申请情况
全年共收到政府信息公开申请52件，其中网上申请9件、信函及当面申请43件，均在法定期限内答复。
三、政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼案件。
四、其他工作情况
2022年，运营政务新媒体“青岗水务”微信公众号累计发布信息320条，方便群众掌握信息动态。
门户网站发布政策类文件35条、工作动态120条。
12345热线涉水来电总量8万人次，比去年同期增长5%。
五、存在的主要问题及改进情况
（一）存在的主要问题
2022年，我局政府信息公开工作有序推进，但也面临一些问题：一是水资源公报解读不够通俗；二是信息公开栏目随机构改革调整后分类仍需进一步优化。
（二）改进措施
一是开设“河湖长制”专栏，集中发布机构改革后划入的河湖管理信息；二是以图解方式解读水资源公报。
六、其他需要报告的事项
本年度无收取信息处理费情况。
"""

LEGACY = """# 苍梧县林业局2015年政府信息公开工作年度报告

## 一、概述

2015年，我局认真贯彻落实《条例》，扎实推进政府信息公开工作。

## 二、主动公开政府信息情况

全年主动公开政府信息95条。

## 五、因政府信息公开申请行政复议、提起行政诉讼的情况

全年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。

## 六、政府信息公开工作存在的主要问题和改进措施

林权信息更新的及时性有待进一步提高。下一步，我局将建立林权信息发布台账。

**附表：政府信息公开情况统计表**

| 统计指标 | 单位 | 统计数 |
|---|---|---|
| 一、主动公开情况 |  |  |
| （一）主动公开政府信息数 | 条 | 95 |
"""


def _refused(ans) -> bool:
    return ans.answer.startswith(NOT_MENTIONED) and ans.value is None


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("narr6"), "qinggang-swj-2022.txt", REPORT)


@pytest.fixture(scope="module")
def legacy(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("narr6legacy"), "cangwu-lyj-2015.md", LEGACY)


# ------------------------------------------------------------------ problems / 改进 by heading family
@pytest.mark.parametrize(
    "q",
    ["2022年报问题", "年报自述的问题", "报告里查摆出的问题有哪些", "年报里承认的问题", "面临哪些问题"],
)
def test_section_five_asked_as_a_label_or_by_how_the_report_says_it(water, q):
    assert intent.parse(q).operation == "list"
    a, rid = water
    ans = a.ask(q, report_id=rid)
    assert "分类仍需进一步优化" in ans.answer and "水资源公报解读不够通俗" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["年报说哪里还要优化", "哪方面还应进一步规范", "哪里需要完善"])
def test_what_falls_short_asked_without_the_word_problem(water, q):
    a, rid = water
    ans = a.ask(q, report_id=rid)
    assert "分类仍需进一步优化" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["存在的主要问题是什么", "2015年报问题", "问题和改进措施有哪些"])
def test_the_problems_section_of_the_2008_outline_is_found_by_its_heading(legacy, q):
    a, rid = legacy
    ans = a.ask(q, report_id=rid)
    assert "林权信息更新的及时性有待进一步提高" in ans.answer, ans.answer
    assert "统计指标" not in ans.answer  # the attached table ends the section


@pytest.mark.parametrize(
    "q", ["针对机构改革开了什么专栏", "改进措施里新开设了哪个专栏", "为解决栏目分类问题采取了什么办法"]
)
def test_measures_asked_for_a_matter_not_called_a_problem(water, q):
    a, rid = water
    ans = a.ask(q, report_id=rid)
    assert "河湖长制" in ans.answer, ans.answer


def test_measures_asked_with_no_year_read_in_the_report_that_names_the_focus(tmp_path):
    from extractor.extract import extract_path
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path / "store")
    other = REPORT.replace("2022", "2023").replace("河湖长制", "节水宣传").replace("机构改革", "年度评估")
    for name, text in (("qinggang-swj-2022.txt", REPORT), ("qinggang-swj-2023.txt", other)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        store.add(extract_path(str(tmp_path / name)))
    index = Index(store)
    index.sync()
    a = Asker(store, index)
    for q in ("青岗市水务局针对机构改革开了什么专栏", "青岗水务局针对机构改革后的栏目调整有什么改进措施"):
        ans = a.ask(q)
        assert "河湖长制" in ans.answer and "2022年" in ans.answer, ans.answer


# ------------------------------------------------------------------ refusals of a neighbouring figure
@pytest.mark.parametrize("q", ["通过信函申请的有几件", "当面申请数", "当面提交的申请多少件"])
def test_a_channel_counted_with_another_answers_neither(water, q):
    a, rid = water
    assert _refused(a.ask(q, report_id=rid)), q


def test_a_channel_counted_alone_is_still_answered(water):
    a, rid = water
    assert a.ask("网上申请几件", report_id=rid).value == 9


@pytest.mark.parametrize("q", ["予以公开的有几件？", "同意公开的申请多少件", "全部公开了几件"])
def test_a_table_row_asked_is_not_a_neighbouring_count_of_the_text(water, q):
    a, rid = water
    ans = a.ask(q, report_id=rid)
    assert ans.value != 3 and _refused(ans), ans.answer


@pytest.mark.parametrize("q", ["政务新媒体粉丝数", "公众号粉丝量", "微信公众号关注人数"])
def test_a_count_asked_by_its_label_and_not_stated_is_refused(water, q):
    a, rid = water
    ans = a.ask(q, report_id=rid)
    assert _refused(ans), ans.answer


# ------------------------------------------------------------------ a column the table does not have
@pytest.fixture(scope="module")
def old_table(tmp_path_factory):
    """Two reports of the 2019 template (表二 without 现行有效件数 and without 收费金额), in one store."""
    from pathlib import Path

    from extractor.extract import extract_path
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("narr6old") / "store")
    ids = {}
    for f in ("eval/wild4/reports/h19-xiling-czj-t2order-2020.html", "eval/wild6/reports/r19-gulou-fgj-rtf-2020.rtf"):
        report = extract_path(f)
        store.add(report)
        ids[Path(f).stem] = report.id
    index = Index(store)
    index.sync()
    return Asker(store, index), ids


@pytest.mark.parametrize("q", ["现行有效规范性文件", "规范性文件现行有效多少件", "现在还有效的规范性文件有几件"])
def test_a_column_the_table_does_not_have_is_refused_not_a_neighbour(old_table, q):
    a, ids = old_table
    ans = a.ask(q, report_id=ids["h19-xiling-czj-t2order-2020"])
    assert _refused(ans) and "对外公开总数量" in ans.answer, ans.answer  # says what the row prints instead


@pytest.mark.parametrize("q", ["行政事业性收费收了多少钱", "收费金额是多少", "行政事业性收费多少万元"])
def test_a_fee_amount_of_a_table_printing_item_counts_is_refused(old_table, q):
    a, ids = old_table
    ans = a.ask(q, report_id=ids["r19-gulou-fgj-rtf-2020"])
    assert _refused(ans), ans.answer


# ------------------------------------------------------------------ which case, and why: the tables do not say
@pytest.mark.parametrize(
    "q",
    ["行政复议被纠正的原因是什么？", "复议纠错的是哪个案子", "被纠正的那起诉讼具体是什么案由", "复议被纠正的是哪一起"],
)
def test_why_or_which_case_was_corrected_is_refused(water, q):
    assert intent.parse(q).operation == "detail", q


# ------------------------------------------------------------------ printed figures asked in other words
@pytest.mark.parametrize(
    "q, value",
    [
        ("主动公开的政府信息总计多少条？", 640),  # 总计 is the asking, not the thing counted
        ("主动公开信息合计多少条", 640),
        ("青岗水务公众号发了多少条", 320),  # 发 is the asking's verb, not the thing counted
        ("公众号那年发了几条", 320),
        ("发布政策类文件数", 35),  # 文件数 counts 条 here, not 件
        ("政策类文件数是多少", 35),
        ("公众号发文篇数", 320),  # (篇数 still counts 篇: only 文件/案件 are nouns)
        ("12345热线那年来电总量多少", 80000),  # 那年 is the report's year, not the thing counted
        ("12345热线这一年来电总量是多少", 80000),
    ],
)
def test_a_printed_figure_asked_in_other_words_is_answered(water, q, value):
    a, rid = water
    assert a.ask(q, report_id=rid).value == value, q


WRAPPED = """红岭镇人民政府2023年政府信息公开工作年度报告

一、总体情况
（一）主动公开
2023年，红岭镇坚持以公开为常态、不公开为例外，通过区人民政府网站主动公开政府信
息2831条，其中政策文件0件，政策解读37篇；通过政务微信公众号发布信息801条。
（二）依申请公开
2023年，红岭镇未收到政府信息公开申请。
"""


@pytest.mark.parametrize("q", ["主动公开政府信息多少条", "主动公开了多少条政府信息", "网站主动公开的信息有几条"])
def test_a_figure_whose_words_a_line_break_splits_is_still_the_one_asked(tmp_path_factory, q):
    """「政府信\\n息2831条」 (a line wrapped inside a word), not the 801 of the next clause."""
    a, rid = text_asker(tmp_path_factory.mktemp("narr6wrap"), "hongling-2023.txt", WRAPPED)
    assert a.ask(q, report_id=rid).value == 2831, q
