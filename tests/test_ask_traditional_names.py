"""A report printed in 繁體 keeps its agency name as printed; a question is read in simplified characters.
Asked either way, by full name or short form, it must reach that report — never 「没有找到…」."""

from pathlib import Path

import pytest

from extractor.extract import extract_path
from rag.ask import Asker
from rag.index import Index
from rag.store import Store

WILD5 = Path(__file__).resolve().parent.parent / "eval" / "wild5" / "reports"


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("trad"))
    for name in ("t19-jinghu-gov-big5-2020.txt", "h21-xiufeng-wjw-trad-2021.html"):
        store.add(extract_path(str(WILD5 / name)))
    Index(store).sync()
    return Asker(store)


@pytest.mark.parametrize(
    "q, value",
    [
        ("蕪湖市鏡湖區人民政府2020年行政处罚决定有多少？", 370),
        ("芜湖市镜湖区人民政府2020年行政处罚决定有多少？", 370),
        ("镜湖区2020年行政处罚决定有多少", 370),
        ("桂林市秀峯區衛生健康局2021年行政处罚决定有多少？", 68),
        ("秀峰区卫健局2021年行政处罚决定有多少", 68),
    ],
)
def test_a_traditional_report_is_found_by_its_name_in_either_script(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
