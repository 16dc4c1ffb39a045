"""An outcome's share 「among the applications」 (「X的申请里部分公开占百分之几」「申请里面予以公开的占几成」) is of
all handled — 办理结果总计, the total the outcomes add up to — not of the year's new applications; 「新收的申请里…」
「收到的申请里…」 say new and keep it; an applicant column (「申请里自然人占…」) stays of 新收. Before: every bare
「申请里」 read 本年新收 as the whole (two blind banks, written apart, expect 办理结果总计). Generated reports whose
new and handled totals differ."""

from __future__ import annotations

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

AGENCY, SEED = "宝鸡市民政局", 69  # new 397, handled 403: the two wholes differ
V = consistent_values(seed=SEED)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("outcome_share"), [(AGENCY, 2023, SEED)])


def _pct(part: str, whole: str) -> float:
    return round(100 * int(V[part]) / int(V[whole]), 2)


@pytest.mark.parametrize(
    ("q", "part"),
    [
        ("宝鸡市民政局2023年的申请里部分公开占了百分之多少？", "t3.r2.tot"),
        ("宝鸡市民政局2023年的申请里面，予以公开的占几成", "t3.r1.tot"),
        ("宝鸡市民政局2023年申请当中部分公开的占多大比例", "t3.r2.tot"),
    ],
)
def test_an_outcome_among_the_applications_is_of_all_handled(asker, q, part):
    ans = asker.ask(q)
    assert ans.value == pytest.approx(_pct(part, "t3.r7.tot"), abs=0.01), ans.answer


@pytest.mark.parametrize(
    ("q", "part"),
    [
        ("宝鸡市民政局2023年新收的申请里部分公开占了百分之多少？", "t3.r2.tot"),
        ("宝鸡市民政局2023年收到的申请里，予以公开的占百分之几", "t3.r1.tot"),
        ("宝鸡市民政局2023年的申请里自然人占了百分之几？", "t3.new.np"),
    ],
)
def test_new_applications_said_or_an_applicant_column_keep_the_new_total(asker, q, part):
    ans = asker.ask(q)
    assert ans.value == pytest.approx(_pct(part, "t3.new.tot"), abs=0.01), ans.answer
