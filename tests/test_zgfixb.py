"""zgfixb: computations asked of one body — a result's share of all results handled (「被拒（不予公开）的占全部办结的几成」
is 不予公开 ÷ 办理结果总计, never inverted, never over 100 %; 「被拒的比例…占总数」 after a result is that result's share of
the results' total); a year asked that the store does not hold is refused naming the years it does; two bodies compared as
「多还是少」 give both values and which is larger; a change between two NAMED years (not adjacent) of one body gives the
signed difference; the sub-items of a result (不予公开's reasons, 不予处理's cases) each with its count.
Asked of a small store of wild reports, in phrasings of our own (not the bank's)."""

import re

import pytest

from wildstore import extracted

REPORTS = (
    "txt21-dongpo-spaced-2024.txt",  # 不予公开 7, 办理结果总计 49
    "w19-wuhu-cgj-2020.html",  # 不予公开 ÷ 总计 = 8.82 %
    "d23-datian-zhen-mixed-placeholders-2023.docx",  # 攀枝花市仁和区大田镇: 2023 only
    "p21-dongfang-xiang-fwdigits-2021.pdf",  # 东方市大田镇: 2021 only (one key with the other: 大田镇人民政府)
    "d21-xunyang-scjg-tracked-2021.docx",  # 行政处罚决定 159
    "x21-lianxi-scjgj-word2003-xml-2021.xml",  # 行政处罚决定 167
    "md21-yinzhou-mineru-2024.md",  # 鄞州区市场监管局 2024
    "t21-yinzhou-scj-bs4pipe-2021.txt",  # … 2021: 新收 2024 − 2021 = 28
    "d20-yuhang-gov-nested-2020.docx",  # 余杭区政府 2020
    "h21-yuhang-gov-iframe-2023.html",  # … 2023: 新收 2023 − 2020 = −2
    "h19-dongchangfu-repeat-2019.html",  # 不予公开 reasons 18, 5, 4, 12
    "h21-wujin-jyj-hanweb-2021.html",  # 不予处理 4, 5
)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


def _pct(ans, want):
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer
    assert ans.unit == "%", ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("东坡区司法局2024年被拒绝（不予公开）的占全部办结的几成", 14.29),
        ("2024年东坡区司法局申请被拒（即不予公开）的占所有办结的百分之多少", 14.29),
        ("东坡区司法局2024年被回绝（不予公开）的占办结总数的比例", 14.29),
        ("芜湖市镜湖区城市管理局2020年被拒绝（不予公开）的占办结总数的比例", 8.82),
    ],
)
def test_a_part_of_all_handled_is_never_inverted(wild, q, want):
    ans = wild.ask(q)
    _pct(ans, want)
    assert "700" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("芜湖市镜湖区城市管理局2020年被拒的申请多不多，占总数的百分之几", 8.82),
        ("镜湖区城管局2020年申请遭拒的比例大吗？在总数里占多少", 8.82),
        ("东坡区司法局2024年申请被拒的比率高不高，占总数的百分比是多少", 14.29),
    ],
)
def test_refused_share_of_the_total_is_the_results_total(wild, q, want):
    _pct(wild.ask(q), want)


@pytest.mark.parametrize(
    ("q", "held", "other"),
    [
        ("攀枝花市仁和区大田镇人民政府2021年收到多少信息公开申请？", "2023", "2021年的报告"),
        ("仁和区大田镇人民政府2021年新收的申请有几件", "2023", "2021年的报告"),
        ("东方市大田镇人民政府2023年不予公开多少件", "2021", "2023年的报告"),
    ],
)
def test_a_year_not_stored_is_refused_naming_the_stored(wild, q, held, other):
    ans = wild.ask(q)
    assert ans.value is None, ans.answer
    assert held in ans.answer, ans.answer
    assert other not in ans.answer.split("库中")[-1], ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "浔阳区市场监管局2021年的行政处罚决定比濂溪区市场监管局多还是少 各几件",
        "2021年濂溪区市场监督管理局行政处罚决定比浔阳区市场监管局是多还是少 分别多少件",
        "九江市浔阳区市场监督管理局21年的行政处罚决定数比濂溪区市场监管局多了还是少了几件",
    ],
)
def test_more_or_fewer_between_two_bodies_gives_both(wild, q):
    ans = wild.ask(q)
    assert "159" in ans.answer and "167" in ans.answer, ans.answer
    assert ans.answer.index("167") < ans.answer.index("159"), ans.answer  # the larger first
    assert not re.match(r"-?\d", ans.answer), ans.answer  # the two figures, not a signed gap, lead


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("2024年和2021年比，宁波市鄞州区市场监督管理局受理的公开申请多了几件", 28),
        ("跟2021年比，宁波市鄞州区市场监督管理局2024年收到的申请多了几件", 28),
        ("2023年跟2020年比，杭州市余杭区人民政府新收到的政府信息公开申请多了几件", -2),
        ("2023年与2020年比 杭州市余杭区人民政府今年收到的信息公开申请多了多少", -2),
    ],
)
def test_a_change_between_two_named_years(wild, q, want):
    ans = wild.ask(q)
    assert ans.value is not None and float(ans.value) == want, ans.answer
    if want < 0:
        assert "少" in ans.answer or "减" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("东昌府区人民政府2019年不予公开都是因为哪些理由，每种多少件", {18, 5, 4, 12}),
        ("聊城市东昌府区人民政府2019年不予公开的理由有哪些，各是多少件", {18, 5, 4, 12}),
        ("东昌府区政府2019年有哪些原因不予公开 各几件", {18, 5, 4, 12}),
        ("武进区教育局2021年不予处理的申请是哪些情形，分别几件？", {4, 5}),
        ("常州市武进区教育局2021年不予处理的有哪些情况 各自几件", {4, 5}),
        ("武进区教育局2021年哪些情形被不予处理了，每种多少件", {4, 5}),
    ],
)
def test_the_sub_items_of_a_result_each_with_its_count(wild, q, want):
    ans = wild.ask(q)
    found = {int(n) for n in re.findall(r"(\d+)\s*件", ans.answer)}
    assert want <= found, ans.answer
    assert not re.search(r"份报告|相比|比较", ans.answer[:40]), ans.answer
