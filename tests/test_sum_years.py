"""A total over a set of reports of several years with no year asked (「所有报告的本年新收合计」): the
headline adds every report, as asked, and the answer says it spans years with each year's part — a
reader must not take a sum of eight years' reports for one year's figure."""

from __future__ import annotations

import re


def test_a_total_over_years_says_each_years_part(corpus_asker):
    a = corpus_asker.ask("所有报告的本年新收合计是多少")
    assert a.value == 1393
    assert "未指定年份，以上为2016—2024年各年报告相加" in a.answer
    parts = re.findall(r"(20\d\d)年(\d+)件（(\d+)份）", a.answer.split("按年度：")[1])
    assert [p[0] for p in parts] == ["2024", "2023", "2022", "2021", "2020", "2019", "2018", "2016"]
    assert sum(int(p[1]) for p in parts) == a.value  # the years' parts add up to the headline
    assert ("2019", "946", "4") in parts


def test_a_total_of_one_year_is_not_split(corpus_asker):
    a = corpus_asker.ask("所有报告2023年新收合计")
    assert a.value == 57
    assert "按年度" not in a.answer and "未指定年份" not in a.answer
