"""zxfixa: a body asked by a FORMER name (issue 13, blindzx's former-name family), asked in words of my own of reports
written here.

- A department renamed or merged away by the reforms of 2018–2019 (卫计委/卫生局 → 卫生健康局, 人事厅 → 人社厅,
  质监局 → 市场监督管理局, 国土资源局 → 自然资源局, 环保厅 → 生态环境厅, 农业局 → 农业农村局, 劳动局 → 人社局) and a
  county-level place renamed (撤县设区 / 撤县设市 / 撤市设区: 即墨市, 郫县, 绍兴县 = 柯桥区, 荔浦县, 萧山县) are read as
  the stored successor, and the answer says so (「…是旧称，按现名…理解」).
- Never a different body: a former name whose successor is not stored is refused, saying what it is now — never the
  place's government's figure, never another bureau of the place; a body stored under its old name is that one.
- A former name two stored successors fit is 「找到多个机关」; a successor of another place is none (「石家庄长安卫计委」
  is no 喀什 body).
- A follow-up of a question that named a body by its former name follows the successor."""

import pytest

from extractor import former_names
from rag.ask import NOT_MENTIONED


def _report(agency: str, year: int, published: int) -> str:
    return f"""{agency}{year}年政府信息公开工作年度报告

本报告数据统计时限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
（一）主动公开。依托门户网站主动公开政府信息{published}条，其中政策文件12条。
（二）依申请公开。全年均按时答复。
二、存在的主要问题及改进情况
公开内容不够丰富。下一步将加强培训。
"""


BODIES = [
    ("青岛市即墨区人民政府", 2023, 311),
    ("成都市郫都区农业农村局", 2023, 205),
    ("西宁市湟中区卫生健康局", 2022, 140),
    ("西宁市湟中区卫生健康局", 2021, 130),
    ("湖南省人力资源和社会保障厅", 2022, 520),
    ("武平县市场监督管理局", 2022, 88),
    ("绍兴市柯桥区人民政府", 2023, 640),
    ("汉中市南郑区自然资源局", 2022, 77),
    ("柳州市城中区人力资源和社会保障局", 2021, 61),
    ("西宁市城中区人力资源和社会保障局", 2021, 73),
    ("江油市农业局", 2016, 45),
    ("六安市金安区人民政府", 2021, 300),
    ("荔浦市人民政府", 2023, 250),
    ("浙江省生态环境厅", 2022, 410),
    ("石家庄市长安区卫生健康局", 2020, 90),
    ("喀什地区卫生健康委员会", 2020, 99),
    ("杭州市萧山区人民政府", 2019, 700),
    ("杭州市萧山区教育局", 2019, 35),
    ("福州市鼓楼区人民政府", 2018, 120),
    ("天津市蓟州区卫生健康委员会", 2022, 66),
    ("岳西县卫生健康委员会", 2022, 55),
]


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    folder = tmp_path_factory.mktemp("zxfixa")
    store = Store(folder / "store")
    for n, body in enumerate(BODIES):
        path = folder / f"r{n}.txt"
        path.write_text(_report(*body), encoding="utf-8")
        store.add(extract_path(str(path)))
    index = Index(store)
    index.sync()
    return Asker(store, index)


def _refused(text: str) -> bool:
    return text.startswith(NOT_MENTIONED) or "找到多个机关" in text


@pytest.mark.parametrize(
    ("q", "value", "now"),
    [
        # departments renamed by the reform, a place before them
        ("湟中卫生局2022年在网站上主动公开了几条政府信息", 140, "西宁市湟中区卫生健康局"),
        ("请问湟中区卫计委二〇二一年主动公开政府信息多少条", 130, "西宁市湟中区卫生健康局"),
        ("湖南人事厅22年主动公开的政府信息有几条", 520, "湖南省人力资源和社会保障厅"),
        ("武平县质监局2022年网站主动公开信息条数", 88, "武平县市场监督管理局"),
        ("南郑国土局2022年主动公开政府信息多少条？", 77, "汉中市南郑区自然资源局"),
        ("浙江省环保厅2022年主动公开了多少条政府信息", 410, "浙江省生态环境厅"),
        # places renamed (撤县设区 / 撤县设市 / 撤市设区), with or without a former department after them
        ("即墨市政府2023年主动公开了多少条政府信息", 311, "青岛市即墨区人民政府"),
        ("郫县农业局2023年主动公开政府信息多少条", 205, "成都市郫都区农业农村局"),
        ("绍兴县人民政府二零二三年主动公开政府信息几条", 640, "绍兴市柯桥区人民政府"),
        ("荔浦县政府2023年主动公开政府信息多少条", 250, "荔浦市人民政府"),
        ("萧山县政府2019年主动公开政府信息多少条", 700, "杭州市萧山区人民政府"),
        # a place written before a former name, the successor of another place sharing its name left out
        ("石家庄长安卫计委2020年主动公开政府信息多少条", 90, "石家庄市长安区卫生健康局"),
        # a former place before a current department: the department kept, the place put in its current name
        ("萧山县教育局2019年主动公开政府信息多少条", 35, "杭州市萧山区教育局"),
        ("蓟县卫健委2022年主动公开政府信息多少条", 66, "天津市蓟州区卫生健康委员会"),
    ],
)
def test_former_name_read_as_the_stored_successor(asker, q: str, value: int, now: str) -> None:
    ans = asker.ask(q)
    assert ans.value == value, ans.answer
    assert f"按现名「{now}」理解" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "金安区人事局2021年主动公开政府信息多少条",  # only the district's government is stored
        "郫县卫计委2023年主动公开政府信息多少条",  # only the district's 农业农村局 is stored
        "即墨市环保局2023年主动公开了多少条政府信息",  # only the district's government is stored
        "下关区政府2018年主动公开政府信息多少条",  # 南京's 下关区 became 南京's 鼓楼区, not 福州's
    ],
)
def test_former_name_without_its_successor_is_refused(asker, q: str) -> None:
    ans = asker.ask(q)
    assert ans.value is None and _refused(ans.answer), ans.answer
    assert "现为" in ans.answer or "没有找到" in ans.answer, ans.answer


def test_former_name_two_successors_fit_is_asked_back(asker) -> None:
    ans = asker.ask("城中区劳动局2021年主动公开政府信息多少条")
    assert ans.value is None and "找到多个机关" in ans.answer, ans.answer
    assert "柳州市城中区人力资源和社会保障局" in ans.answer and "西宁市城中区人力资源和社会保障局" in ans.answer


def test_body_stored_under_its_old_name_is_that_body(asker) -> None:
    ans = asker.ask("江油市农业局2016年主动公开了多少条政府信息")
    assert ans.value == 45, ans.answer
    assert "按现名" not in ans.answer


def test_follow_up_of_a_former_name_follows_the_successor(asker) -> None:
    ans = asker.ask("那2021年呢", previous="湟中卫计局2022年在网站上主动公开了几条政府信息")
    assert ans.value == 130, ans.answer


@pytest.mark.parametrize(
    ("text", "written", "now"),
    [
        ("我想查文广新局的", "文广新局", "文化和旅游局"),
        ("安监局", "安监局", "应急管理局"),
        ("劳动保障局", "劳动保障局", "人力资源和社会保障局"),
        ("农业厅", "农业厅", "农业农村厅"),
        ("食药监局", "食药监局", "市场监督管理局"),
        ("那曲县", "那曲县", "色尼区"),
        ("崇明县", "崇明县", "崇明区"),
        ("义乌县", "义乌县", "义乌市"),
    ],
)
def test_former_tables(text: str, written: str, now: str) -> None:
    toks = former_names.tokens(text)
    assert [t.written for t in toks] == [written]
    assert now in toks[0].now


@pytest.mark.parametrize("text", ["自然资源和规划局", "西林县人民政府", "卫生健康委员会", "人力资源和社会保障局"])
def test_current_names_hold_no_former_one(text: str) -> None:
    assert former_names.tokens(text) == []
