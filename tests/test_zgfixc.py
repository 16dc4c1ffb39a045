"""zgfixc: place and body as people say them, and narrative questions — (1) a province by its short or full name
before the genre's long name (「四川的政府信息公开年报有几份」): the place's reports counted, never 「四川的政府」 read as a
body; (2) a body by its function (「克拉玛依管教育的那个局」): the one stored body of that place whose name holds the
field; (3) a city's district governments (「乌鲁木齐的区政府」「乌市各区政府」): each one's figure, never every province's;
(4) narrative asked in plain words on a chosen report: whether applying costs money (「要交钱吗」: the text's 「未收取
信息处理费」), next year's improvements (「明年准备怎么改进」), the proactive count said 「在网上」. Real reports of the
wild sets, a real ingest, the asker; no mocks of our code."""

from __future__ import annotations

import pytest

from wildstore import ingested_asker

# file → (agency, year, province)
FILES = {
    "h24-karamay-jyj-platform-hdr2-heji-2024.html": ("克拉玛依市教育局", 2024, "新疆"),
    "m23-dushanzi-gov-t3-xubiao-2023.md": ("克拉玛依市独山子区人民政府", 2023, "新疆"),
    "p23-shuimogou-gov-t3-vsplit-labels-2023.pdf": ("乌鲁木齐市水磨沟区人民政府", 2023, "新疆"),
    "p23-tianshan-gov-word-units-new-biz-defect-2023.pdf": ("乌鲁木齐市天山区人民政府", 2023, "新疆"),
    "h18-tianshan-czj-compare-2018.html": ("乌鲁木齐市天山区财政局", 2018, "新疆"),
    "h22-fukang-gov-t3-vsplit-nolabels-2022.html": ("阜康市人民政府", 2022, "新疆"),
    "h21-siming-jyj-asterisk-2024.html": ("厦门市思明区教育局", 2024, "福建"),
    "h24-siming-mzj-clipper-2024.html": ("厦门市思明区民政局", 2024, "福建"),
    "h21-wujin-jyj-hanweb-2021.html": ("常州市武进区教育局", 2021, "江苏"),
    "p24-yn-rst-wps-hdr2-units-2024.pdf": ("云南省人力资源和社会保障厅", 2024, "云南"),
    "p24-neijiang-szq-gov-kerning-split-2024.pdf": ("内江市市中区人民政府", 2024, "四川"),
    "h22-ziliujing-gov-cn-numeral-cells-2022.html": ("自贡市自流井区人民政府", 2022, "四川"),
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return ingested_asker(tmp_path_factory, FILES, timeout=900)


def _id(asker, file: str) -> str:
    rows = asker.store.db.execute("SELECT id FROM reports WHERE source LIKE ?", (f"%{file}",)).fetchall()
    assert len(rows) == 1, file
    return rows[0][0]


def _count(province: str) -> int:
    return sum(1 for v in FILES.values() if v[2] == province)


# (1) a province's reports counted, the genre written out after it
@pytest.mark.parametrize(
    "q, province",
    [
        ("库里有几份四川的政府信息公开工作年度报告？", "四川"),
        ("新疆的政府信息公开年报一共收了多少份", "新疆"),
        ("云南省的政府信息公开年度报告你们有几份", "云南"),
        ("你们这有多少份新疆维吾尔自治区的政府信息公开年报", "新疆"),
    ],
)
def test_province_reports_counted(asker, q, province):
    ans = asker.ask(q)
    assert ans.value == _count(province) and ans.unit == "份", ans.answer


# (2) a body by its function: the one stored body of that place whose name holds the field
@pytest.mark.parametrize(
    "q",
    [
        "克拉玛依负责教育的那个局2024年行政事业性收费金额是多少",
        "克拉玛依市管教育的部门2024年收费金额多少万元",
        "克拉玛依主管教育的那个单位，2024年收费金额多少",
    ],
)
def test_body_by_function(asker, q):
    named = asker.ask("克拉玛依市教育局2024年行政事业性收费金额是多少")
    assert named.value is not None, named.answer
    ans = asker.ask(q)
    assert ans.value == named.value and "克拉玛依市教育局" in (ans.scope or ""), (ans.answer, ans.scope)


@pytest.mark.parametrize(
    "q",
    [
        "思明区管教育的那个局跟思明区民政局比，2024年予以公开的哪个多",
        "厦门市思明区负责教育的局和思明区民政局2024年予以公开的申请各多少",
    ],
)
def test_body_by_function_compared(asker, q):
    ans = asker.ask(q)
    assert "思明区教育局" in ans.answer and "思明区民政局" in ans.answer, ans.answer
    assert not ans.answer.startswith("报告未提及"), ans.answer
    # a field no stored body of the place holds: not found, never another body's figure
    for other in ("克拉玛依管税务的那个局2024年收到多少申请", "思明区负责住建的那个局2024年收到多少申请"):
        ans = asker.ask(other)
        assert ans.value is None, ans.answer


# (3) a city's district governments: each one's figure, no other city's
@pytest.mark.parametrize(
    "q",
    [
        "乌鲁木齐的区政府2023年行政许可决定各有几件",
        "乌市各区政府2023年被申请行政复议的有几件",
        "乌鲁木齐市下面的区政府23年的行政许可决定分别多少",
    ],
)
def test_city_district_governments(asker, q):
    ans = asker.ask(q)
    assert "水磨沟区" in ans.answer and "天山区人民政府" in ans.answer, ans.answer
    assert "独山子" not in ans.answer and "找到多个机关" not in ans.answer, ans.answer


# (4) narrative: whether applying costs money — the text's 「未收取信息处理费」
@pytest.mark.parametrize(
    "q",
    [
        "在这儿申请公开政府信息需要付钱吗",
        "申请政府信息公开收费不收费",
        "找你们申请公开信息要不要交钱？",
        "依申请公开要缴费吗",
    ],
)
@pytest.mark.parametrize("f", ["p24-yn-rst-wps-hdr2-units-2024.pdf", "p24-neijiang-szq-gov-kerning-split-2024.pdf"])
def test_fee_asked_plainly(asker, q, f):
    ans = asker.ask(q, report_id=_id(asker, f))
    assert "未收取信息处理费" in ans.answer, ans.answer


def test_fee_named_body(asker):
    ans = asker.ask("去内江市市中区人民政府申请信息公开要交钱吗（2024年）")
    assert "未收取信息处理费" in ans.answer, ans.answer


# (4) narrative: next year's improvements, said plainly
@pytest.mark.parametrize(
    "q",
    [
        "我们单位明年打算如何改进公开工作，报告上怎么说的",
        "我们单位下一年准备怎样改进，报告里写了吗",
        "我们单位明年要怎么改进，年报里有写吗？",
    ],
)
def test_improvements_asked_plainly(asker, q):
    ans = asker.ask(q, report_id=_id(asker, "h22-fukang-gov-t3-vsplit-nolabels-2022.html"))
    assert "丰富图文、视频等解读形式" in ans.answer, ans.answer


# (4) narrative: the proactive count, said 「在网上」
@pytest.mark.parametrize(
    "q",
    [
        "今年一年在网上主动公开了多少条政府信息",
        "我们在网上一共主动公开了几条信息？",
        "全年网上主动公开政府信息多少条",
    ],
)
def test_proactive_count_online(asker, q):
    ans = asker.ask(q, report_id=_id(asker, "h22-ziliujing-gov-cn-numeral-cells-2022.html"))
    assert ans.value == 578 and ans.unit == "条", ans.answer
