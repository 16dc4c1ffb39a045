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
