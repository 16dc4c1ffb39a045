"""zxfixb (issue 13, blindzx): a body's name typed wrong, its place in pinyin, and the user's own name for the body of
a chosen report — asked in words of my own of reports written here.

- A character heard wrong (「崇茗区」 for 崇明区, 「人射局」 for 人社局) or dropped from the place (「库尔市」 for 库尔勒市,
  「海拉区」 for 海拉尔区) is read as the one stored body it is a slip of, and the answer says how it was read; when two
  stored places are that close, no guess is made.
- A place in pinyin with an English kind word (「Wuning County」「chongming district government」) is the one stored
  place that reads so.
- On a chosen report, 「我们市人社局」「这个区政府」「咱们镇上的政府」 with the report's own kind of body is that report;
  a level word of another kind (「县人社局」 on a city's bureau) is not."""

import pytest

from rag import namefix


def _report(agency: str, year: int, published: int) -> str:
    return f"""{agency}{year}年政府信息公开工作年度报告

本报告数据统计时限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
（一）主动公开。全年主动公开政府信息{published}条。
（二）依申请公开。全年共收到申请9件，均按时答复。
二、存在的主要问题及改进情况
公开内容不够丰富。下一步将加强培训。
"""


BODIES = [
    ("上海市崇明区人民政府", 2023, 412),
    ("呼伦贝尔市海拉尔区人民政府", 2023, 268),
    ("库尔勒市人力资源和社会保障局", 2023, 530),
    ("库尔勒市民政局", 2023, 77),
    ("库尔勒市市场监督管理局", 2023, 88),
    ("武宁县人民政府", 2023, 190),
    ("神木市大柳塔镇人民政府", 2023, 61),
    ("兴安县溶江镇人民政府", 2023, 45),
    ("宜昌市夷陵区人民政府", 2023, 340),
    ("宜昌市夷陵区交通运输局", 2023, 58),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    folder = tmp_path_factory.mktemp("zxfixb")
    store = Store(folder / "store")
    for n, body in enumerate(BODIES):
        path = folder / f"r{n}.txt"
        path.write_text(_report(*body), encoding="utf-8")
        store.add(extract_path(str(path)))
    index = Index(store)
    index.sync()
    return Asker(store, index)


def _rid(asker, agency: str) -> str:
    return next(r["id"] for r in asker.store.catalogue_rows() if r["agency"] == agency)


@pytest.mark.parametrize(
    "q, value, read",
    [
        ("崇茗区政府2023年主动公开了多少条政府信息", 412, "崇明区"),  # a character heard wrong
        ("海拉区政府2023年主动公开了多少条政府信息", 268, "海拉尔区"),  # a character dropped
        ("库尔市人社局2023年主动公开政府信息多少条", 530, "库尔勒市"),
        ("2023年大柳镇政府主动公开政府信息多少条", 61, "大柳塔镇"),  # a town's name short of one character
        ("夷陵区交同局2023年主动公开了多少条政府信息", 58, "交通局"),  # a department word heard wrong
    ],
)
def test_a_name_typed_wrong_is_the_one_stored_body_it_is_close_to(asker, q, value, read):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
    assert f"按「{read}" in ans.answer or read in ans.answer


@pytest.mark.parametrize(
    "q, value",
    [
        ("Wuning County 2023年主动公开了多少条政府信息", 190),
        ("2023年chongming district government主动公开政府信息多少条", 412),
        ("Hailaer District 2023年主动公开了多少条政府信息", 268),
    ],
)
def test_a_place_in_pinyin_is_the_stored_place_it_reads(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "Xiamen district 2023年主动公开了多少条政府信息",  # no stored place reads so
        "崇明区机关事务服务中心2023年主动公开了多少条政府信息",  # a body of its own: never its place's government
    ],
)
def test_a_name_of_no_stored_body_is_still_refused(asker, q):
    ans = asker.ask(q)
    assert ans.value is None, ans.answer


@pytest.mark.parametrize(
    "agency, q, value",
    [
        ("库尔勒市人力资源和社会保障局", "我们市人社局这份报告里主动公开了多少条政府信息", 530),
        ("库尔勒市人力资源和社会保障局", "这个人社局主动公开了多少条政府信息", 530),
        ("上海市崇明区人民政府", "区政府今年主动公开了多少条政府信息", 412),
        ("上海市崇明区人民政府", "咱们区政府这份报告里主动公开政府信息多少条", 412),
        ("神木市大柳塔镇人民政府", "我们神木大柳塔镇政府主动公开了多少条政府信息", 61),
        ("库尔勒市市场监督管理局", "这个市场监管局主动公开了多少条政府信息", 88),  # 市 of 市场: no level word
        ("库尔勒市市场监督管理局", "咱们市市监局这份报告里主动公开了多少条政府信息", 88),
    ],
)
def test_the_users_name_for_the_chosen_body_is_the_chosen_report(asker, agency, q, value):
    ans = asker.ask(q, report_id=_rid(asker, agency))
    assert ans.value == value, ans.answer


def test_another_kind_of_body_on_a_chosen_report_is_not_that_report(asker):
    # 「县人社局」 on a city's bureau: not the chosen body — never answered with its figure
    ans = asker.ask("咱们县人社局主动公开了多少条政府信息", report_id=_rid(asker, "库尔勒市人力资源和社会保障局"))
    assert ans.value != 530, ans.answer
    # the city's 民政局 named on the 人社局's report: that body's figure, never the chosen one's
    ans = asker.ask("库尔勒市民政局主动公开了多少条政府信息", report_id=_rid(asker, "库尔勒市人力资源和社会保障局"))
    assert ans.value != 530, ans.answer


# ------------------------------------------------------------------ the mending rules alone
PLACES = frozenset({"海拉尔区", "海尔兰区", "库尔勒市", "即墨区", "津南区", "金南区", "南昌县", "南昌市", "崇明区"})


def test_dropped_character_only_when_one_place_is_that_close():
    assert namefix.dropped("库勒市人社局2022年", PLACES) == ("库尔勒市人社局2022年", "库勒市", "库尔勒市")
    assert namefix.dropped("海尔区政府2020年", PLACES) is None  # 海拉尔区 and 海尔兰区 both: no guess
    assert namefix.dropped("崇明区政府2020年", PLACES) is None  # written right: nothing to mend


def test_pinyin_only_when_one_place_reads_so():
    assert namefix.english_place("Jimo district 2024年", PLACES) == ("即墨区2024年", "Jimo district", "即墨区")
    assert namefix.english_place("Nanchang City政府", PLACES) == ("南昌市政府", "Nanchang City", "南昌市")
    assert namefix.english_place("Jinnan district 2022年", PLACES) is None  # 津南区 and 金南区 read alike
    assert namefix.english_place("Shanghai 2022年", PLACES) is None  # no kind word: not read as a place


def test_homophone_kept_only_without_a_second_sound_alike():
    from rag.typos import Corrector

    one = Corrector(["崇明区", "人社局"])
    assert namefix.homophone("崇名区政府2023年", one) == ("崇明区政府2023年", "崇名区", "崇明区")
    two = Corrector(["崇明区", "充明区"])
    assert namefix.homophone("崇名区政府2023年", two) is None


@pytest.mark.parametrize(
    "q, row",
    [
        ("2023年崇明区政府被群众告去复议的有几件", "rv"),  # taken to review: 行政复议
        ("崇明区政府被人告到行政复议的几件", "rv"),
        ("崇明区政府被人告了几次", "lit"),  # taken to court: 行政诉讼, as before
        ("崇明区政府被告上法院几件", "lit"),
    ],
)
def test_taken_to_review_is_the_review_never_the_lawsuits(q, row):
    from rag import intent

    assert {(c.table, c.row) for c in intent.parse(intent.canonical(q)).cells} == {("t4", row)}
