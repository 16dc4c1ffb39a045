"""zsfixc: ONE BODY WITHIN ITS SET — the set being the store's bodies of its province, level and year (the asker
among them): its place (「X在全省同级…中位列第几」, 「本单位…在省里同级单位排第几」 on a chosen report: the
province's peers, never the city's alone, and the place as the value, not the list), its share of the set's sum
(「X…占全省县级部门的百分之几」: X's figure ÷ the set's sum, X included), and per-capita asks refused (the reports print
no population). Asked of a small store of wild reports, in phrasings of our own."""

import pytest

from wildstore import extracted

REPORTS = (
    "h21-shunde-jyj-cssgrid-2023.html",  # 佛山市顺德区教育局 2023 处罚决定33
    "m21-xiangzhou-nyj-mineru-2023.md",  # 珠海市香洲区农业农村局 2023 处罚决定25
    "txt21-nanhai-gbk-2023.txt",  # 佛山市南海区教育局 2023 处罚决定12
    "x21-nansha-zwb-inlinestr-2023.xlsx",  # 广州市南沙区政务服务数据管理局 2023 处罚决定66
    "d21-lusong-cgj-t4rows-2022.docx",  # 株洲市芦淞区城管局 2022 予以公开9
    "h22-xinhua-tyj-bosi-abbr-blank-2022.html",  # 新化县文旅体局 2022 予以公开25
    "t22-yuelu-jyj-newspaper-2022.txt",  # 长沙市岳麓区教育局 2022 予以公开20
)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    asker, ids = extracted(tmp_path_factory, REPORTS)
    return asker, dict(zip(REPORTS, ids, strict=True))


def _ask(wild, q, name=None):
    asker, ids = wild
    return asker.ask(q, report_id=ids[name]) if name else asker.ask(q)


SHUNDE, XIANGZHOU, NANHAI = REPORTS[0], REPORTS[1], REPORTS[2]
YUELU = REPORTS[6]


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("佛山市南海区教育局2023年的行政处罚决定数在广东省同级的县级部门里排第几名？", 4),
        ("2023年珠海市香洲区农业农村局行政处罚决定件数，放在广东省同级区县部门中位居第几？", 3),
        ("长沙市岳麓区教育局2022年予以公开的数量在湖南省同级区县部门里名列第几", 2),
    ],
)
def test_named_body_place_in_its_province(wild, q, want):
    ans = _ask(wild, q)
    assert ans.value == want and ans.unit == "名", ans.answer


@pytest.mark.parametrize(
    ("name", "q", "want"),
    [
        (XIANGZHOU, "咱们单位今年的行政处罚决定在省里同一级别的单位里排老几", 3),
        (NANHAI, "本机关本年度行政处罚决定数在全省同级部门中居第几位？", 4),
        (YUELU, "我们今年予以公开的件数在省内同级单位中排名第几", 2),
        (SHUNDE, "本局今年的行政处罚决定在本省同级区县部门中排名第几？", 2),
    ],
)
def test_chosen_report_place_in_its_province(wild, name, q, want):
    ans = _ask(wild, q, name)
    assert ans.value == want and ans.unit == "名", ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("佛山市顺德区教育局2023年的行政处罚决定占广东全省县级部门的百分之多少", 24.26),
        ("珠海市香洲区农业农村局2023年行政处罚决定件数占广东省同级区县部门的比重", 18.38),
        ("长沙市岳麓区教育局2022年予以公开的申请占全省县级部门的几成", 37.04),
    ],
)
def test_named_body_share_of_its_province(wild, q, want):
    ans = _ask(wild, q)
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer
    assert ans.unit == "%", ans.answer


@pytest.mark.parametrize(
    ("name", "q"),
    [
        (XIANGZHOU, "按本地常住人口折算，我们每万人的申请量在全省同级里排第几"),
        (NANHAI, "人均信息公开申请数我们在省里同级单位中排第几？"),
        (YUELU, "按照辖区人口来算，我们今年的新收申请在省内同级单位中排第几"),
    ],
)
def test_per_capita_is_refused(wild, name, q):
    ans = _ask(wild, q, name)
    assert ans.value is None, ans.answer
    assert "人口" in ans.answer, ans.answer
