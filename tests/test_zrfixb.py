"""zrfixb: which body and which year is meant (blindzr). (1) 今年/去年/前年 with no report chosen count from TODAY's
date (the clock in `rag.clock`, set here by XXGK_TODAY): a body with no report of that year is refused, saying which
years are stored — never another year's figure as the headline. (2) 「X这个Y市下属单位」: the apposition naming X's
parent does not widen the scope to Y's reports. (3) On a town's chosen report the user names its county: the county
is asked, and its report of that year is not stored → refused, never the town's figure. (4) 「22年内蒙古自治区市直部门里…最少的」: 「22年内」
was read as "within 22 years", so no year and a figure of another level; a short year before 内蒙古/内江/来宾 is a year,
and the set of a level not stored for that province and year is refused.
In phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = [
    "h24-shaoshan-gov-bosi-hdr2-heji-2024.html",  # 韶山市人民政府 2024: 新收 73
    "h25-shaoshan-gov-bosi-fullwidth-extra-2025.html",  # 韶山市人民政府 2025: 75
    "h22-xinhua-tyj-bosi-abbr-blank-2022.html",  # 新化县文化旅游广电体育局 2022: 48
    "p23-xinhua-xian-wlj-newtot-defect-2023.pdf",  # 2023: 12
    "d20-tianhuangping-zhen-gf2019-2020.docx",  # 安吉县天荒坪镇人民政府 2020 (a town)
    "d21-lizhai-xiang-heji-carry-defect-2021.docx",  # 泽州县李寨乡人民政府 2021 (a 乡)
    "p24-shebu-zhen-wps-units-heji-2024.pdf",  # 湘潭县射埠镇人民政府 2024 (another body under 湘潭市)
]
TOWN, XIANG = 4, 5


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("XXGK_TODAY", "2026-12-07")


def _refused(ans) -> bool:
    return ans.value is None and ("报告未提及" in ans.answer[:60] or "没有" in ans.answer[:60])


@pytest.mark.parametrize(
    "q",
    [
        "新化县文化旅游广电体育局去年一共收到几件公开申请",
        "帮我查下新化县文化旅游广电体育局去年新收的申请数",
        "新化县文化旅游广电体育局今年收到的依申请公开有多少件",
    ],
)
def test_last_year_from_today_not_stored_is_refused_with_the_stored_years(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert _refused(ans), ans.answer
    assert "2022年" in ans.answer and "2023年" in ans.answer, ans.answer  # the years it holds
    assert not ans.answer.startswith(("12", "48")), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "韶山市人民政府去年收到几件信息公开申请",
        "去年韶山市人民政府新收的申请有多少",
        "韶山市人民政府上一年度的新收申请数",
    ],
)
def test_last_year_from_today_stored_is_that_year(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == 75, ans.answer


@pytest.mark.parametrize(
    "q",
    ["韶山市人民政府前年收到几件信息公开申请", "前年韶山市人民政府新收了多少申请"],
)
def test_the_year_before_last_from_today(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == 73, ans.answer


def test_the_clock_is_one_place(wild, monkeypatch):
    asker, _ = wild
    monkeypatch.setenv("XXGK_TODAY", "2025-06-01")  # 去年 = 2024
    ans = asker.ask("韶山市人民政府去年收到几件信息公开申请")
    assert ans.value == 73, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "韶山市人民政府这个湘潭市下属单位2024年新收了多少申请",
        "韶山市人民政府这一湘潭市下辖机构2024年新收多少件",
        "韶山市人民政府这个湘潭市下面的单位2024年度新收申请几件",
    ],
)
def test_an_apposition_naming_the_parent_keeps_the_body(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == 73, ans.answer
    assert "新化" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, idx",
    [
        ("泽州县全县今年有多少件行政复议", XIANG),
        ("整个泽州县今年收到的申请合计多少件", XIANG),
        ("泽州县整个县今年收到多少信息公开申请", XIANG),
        ("泽州县今年一共同意公开几件", XIANG),
    ],
)
def test_the_county_above_a_chosen_town_is_not_the_town(wild, q, idx):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[idx])
    assert _refused(ans), ans.answer


@pytest.mark.parametrize(
    "q, year",
    [
        ("22年内蒙古自治区市直部门里依申请公开最多的是哪家", 2022),
        ("21年内江市的区县政府里谁的申请最少", 2021),
        ("23年来宾市各部门新收申请排名", 2023),
    ],
)
def test_a_short_year_before_a_place_beginning_with_nei_or_lai_is_a_year(q, year):
    # 「22年内蒙古」 is 2022 and 内蒙古 (so a level's set of that province and year is looked up — none stored: an
    # empty set, refused — never every year's figures); 「近5年内」「3年来」 stay no year
    from rag.intent import years_in

    assert years_in(q) == [year], q
    assert years_in("近5年内收到多少申请") == [] and years_in("12年来一共多少") == []
