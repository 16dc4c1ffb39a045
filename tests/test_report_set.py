"""The one notion of a set of reports (rag/answers/report_set.py): a place × year resolved once, by the gazetteer
code every stored body carries; the members without a figure named, never counted as 0."""

import pytest

from rag.answers.report_set import ReportSet, place_named, place_reports, province_of
from rag.question import CellMeasure


@pytest.mark.parametrize(
    ("written", "levels", "want"),
    [
        ("库里四川省", ("省",), "四川省"),  # a lead-in is no part of the place
        ("在山东省", ("省",), "山东省"),
        ("请问新疆维吾尔自治区", ("省",), "新疆维吾尔自治区"),
        ("成都市", ("省", "市", "县"), "成都市"),
        ("成都市", ("省",), None),  # a city where a province is asked: none
    ],
)
def test_a_place_written_is_the_one_division_it_ends_with(written, levels, want):
    got = place_named(written, levels)
    assert (got.name if got else None) == want


def test_a_bodys_province():
    assert (p := province_of("河北省教育厅")) is not None and p.name == "河北省"


def test_a_provinces_year_and_its_unread_member(corpus_asker):
    """河北省 2023 holds three bodies; 人社厅's tables are pictures: read by none, named as not counted."""
    cat = corpus_asker.catalogue()
    hebei = place_named("河北省", ("省",))
    assert hebei is not None
    ids = place_reports(cat, hebei.code, 2023)
    assert len(ids) == 3 and all(cat.entry(r).year == 2023 for r in ids)
    ctx = corpus_asker.context("河北省2023年各单位的本年新收", None, None, None)
    fig = ReportSet(tuple(ids), "河北省2023年", whole=False).figures(ctx, CellMeasure(table="t3", row="new", col="tot"))
    assert sorted(fig.found.values()) == [17, 19] and len(fig.unread) == 1
    assert fig.not_counted(ctx) == "另有1份报告该项未能读取或为空白，未计入：河北省人力资源和社会保障厅2023年"
