"""A body whose name carries brackets (「中国（上海）自由贸易试验区临港新片区管理委员会」, eval/wild39), and 临港's place.

- the agency is given as the report prints it — full-width brackets kept — though it is read from the folded text;
- 临港新片区's committee is the city's own, over land of three districts: region the city, a county's level;
- asked by its printed name, by its name with ASCII brackets and by its short form, the store finds it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract import extract_path
from rag.ask import Asker
from rag.index import Index
from rag.store import Store

LINGANG = Path(__file__).parent.parent / "eval/wild39/reports/h23-lingang-gwh-trs-ld-total-defect-2023.html"


@pytest.fixture(scope="module")
def report():
    return extract_path(str(LINGANG))


def test_agency_as_printed(report):
    assert report.agency == "中国（上海）自由贸易试验区临港新片区管理委员会"
    assert report.year == 2023
    assert report.region is not None and report.region.startswith("上海市") and "浦东" not in report.region
    assert report.agency_level == "县级政府"


@pytest.mark.parametrize(
    "question",
    [
        "中国（上海）自由贸易试验区临港新片区管理委员会2023年新收了多少件政府信息公开申请？",
        "中国(上海)自由贸易试验区临港新片区管理委员会2023年新收了多少件政府信息公开申请",
        "临港新片区管委会2023年新收多少申请",
    ],
)
def test_found_by_its_names(report, tmp_path_factory, question):
    store = Store(tmp_path_factory.mktemp("lingang"))
    store.add(report)
    index = Index(store)
    index.sync()
    want = next(c.value for c in report.cells if c.key == "t3.new.tot")
    ans = Asker(store, index).ask(question)
    assert ans.value == want, ans.answer
