"""`python -m eval extraction` scores who published a report and for which year, beside its cells.

A wrong agency or year sends every question asked by body and year to the wrong report, so the scorer must
see it: a gold whose agency or year differs from what we read is counted wrong and named in the output."""

from __future__ import annotations

import copy

from eval import extraction
from eval.gold import DEFAULT_CORPUS, load_gold


def _one_gold() -> dict:
    return next(g for g in load_gold(DEFAULT_CORPUS) if g.get("agency") and g.get("year"))


def test_right_identity_is_scored_right():
    s = extraction.summarize([extraction.score_report(_one_gold())])
    assert (s["identity_right"], s["identity_total"], s["identity_accuracy"]) == (1, 1, 1.0)


def test_a_wrong_agency_or_year_is_counted_and_named():
    g = _one_gold()
    wrong_agency = copy.deepcopy(g)
    wrong_agency["agency"] = g["agency"] + "办公室"
    wrong_year = copy.deepcopy(g)
    wrong_year["year"] = g["year"] - 1
    s = extraction.summarize([extraction.score_report(wrong_agency), extraction.score_report(wrong_year)])
    assert (s["identity_right"], s["identity_total"], s["identity_accuracy"]) == (0, 2, 0.0)
    text = extraction.render(s)
    assert f"agency/year: gold {g['agency']}办公室 {g['year']} got {g['agency']} {g['year']}" in text
    assert "agency + year 0/2" in text


def test_a_gold_without_agency_is_not_scored():
    g = copy.deepcopy(_one_gold())
    del g["agency"]
    s = extraction.summarize([extraction.score_report(g)])
    assert (s["identity_total"], s["identity_accuracy"]) == (0, 1.0)


def test_a_wrong_region_or_level_is_counted_and_named():
    g = _one_gold()
    wrong_region = copy.deepcopy(g)
    wrong_region["region"] = "甘肃省兰州市城关区"
    wrong_level = copy.deepcopy(g)
    wrong_level["level"] = "乡镇"
    s = extraction.summarize(
        [extraction.score_report(g), extraction.score_report(wrong_region), extraction.score_report(wrong_level)]
    )
    assert (s["place_right"], s["place_total"]) == (1, 3)
    text = extraction.render(s)
    assert f"region/level: gold 甘肃省兰州市城关区 {g['level']} got {g['region']} {g['level']}" in text
    assert "region + level 1/3" in text


def test_a_townships_region_may_go_on_to_the_township_itself():
    """The wild gold places a 镇 at its county (the 6-digit code's division) and names its level 乡镇; ours goes
    on to the township and says 乡级政府: the same place. A different township's name is not."""
    from extractor.schema import Report

    def report(region: str) -> Report:
        return Report.model_construct(agency="成县城关镇人民政府", region=region, agency_level="乡级政府")

    gold = {"region": "甘肃省陇南市成县", "level": "乡镇"}
    assert extraction._place_equal(gold, report("甘肃省陇南市成县城关镇"))
    assert extraction._place_equal(gold, report("甘肃省陇南市成县"))
    assert not extraction._place_equal(gold, report("甘肃省陇南市成县黄渚镇"))
    assert not extraction._place_equal(gold, report("甘肃省陇南市徽县"))
