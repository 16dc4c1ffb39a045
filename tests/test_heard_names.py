"""A department's name misheard or mistyped after a place said right (「晋城市生态环静局」「海南省伤务厅」「天宁区民证局」):
the body whose name the corrected words make is asked (the corrector's reading stands when the body answered bears
those words). A body not stored whose words the corrector bends into no stored name — the place's government
answered instead — stays refused (tests/test_zafixc.py, 「抚松县机关事务服务中心」)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = (
    "eval/wild/reports/w21-jincheng-sthj-2023.html",  # 晋城市生态环境局 2023: 本年新收 34
    "eval/wild4/reports/h21-tianning-mzj-tfoot-2022.html",  # 常州市天宁区民政局 2022: 本年新收 80, 部分公开 9
    "eval/wild8/reports/c21-hainan-swt-csv-2022.csv",  # 海南省商务厅 2022: 本年新收 89, 部分公开 15
)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(str(tmp_path_factory.mktemp("heard") / "d"))
    for p in REPORTS:
        store.add(extract_path(str(ROOT / p)))
    return Asker(store, Index(store))


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("晋城市生态环静局2023年新收申请几件", 34),
        ("晋城市生态环竞局二〇二三年收到多少信息公开申请", 34),
        ("海南省伤务厅2022年部分公开多少件", 15),
        ("海南省商物厅2022年新收了多少申请", 89),
        ("常州市天宁区民证局2022年部分公开的有几件", 9),
    ],
)
def test_a_departments_misheard_name_is_asked_of_that_department(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
    assert len(ans.citations) >= 1 and all("局" in (c.agency or "") or "厅" in (c.agency or "") for c in ans.citations)
