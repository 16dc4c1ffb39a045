"""zcfixb: rates over a SET of bodies (a province × a kind of body × a year) in users' words — the pooled rate
(Σ parts ÷ Σ wholes over the set's reports, one figure, never each body's count), the body whose own RATE is the
highest / lowest (never the body with the largest count), and a province named as a set in users' words
(「在山西省2024年度各区县部门当中」「山西省2024年的年报，按…排」). Real reports of the wild sets (山西 2024: five county
departments, two county governments, one city department), a real ingest, the asker; no mocks of our code."""

from __future__ import annotations

import pytest

from wildstore import ingested_asker

# body → its file; 山西 2024.  予以公开/本年新收/自然人/办理结果总计/结转下年度/复议总计/复议纠正
FILES = {
    "洪洞县卫生健康局": "h24-hongdong-wjj-bosi-units-blank-2024.html",  # 县级部门 21/92/89/93/-/5/1
    "娄烦县教育局": "d24-loufan-jyj-docm-2024.docm",  # 县级部门 30/83/77/82/1/6/0
    "清徐县人民政府": "p24-qingxu-gov-wps-hdr2-t4slash-2024.pdf",  # 县级政府
    "临汾市住房和城乡建设局": "p24-linfen-zjj-wps-cn-date-new-defect-2024.pdf",  # 市级部门
    "太原市迎泽区医疗保障局": "p21-yingze-ybj-narrowhdr-2024.pdf",  # 县级部门 16/48/40/49/1/1/0
    "芮城县交通运输局": "p24-ruicheng-jtj-html-error-page-2024.pdf",  # 县级部门 10/44/37/45/1/2/0
    "山阴县自然资源局": "d24-shanyin-zrzyj-borderless-2024.docx",  # 县级部门 2/34/29/34/0/13/1
    "平定县人民政府": "h24-pingding-gov-th-caption-2024.html",  # 县级政府
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return ingested_asker(tmp_path_factory, FILES.values(), timeout=600)


def _first(text: str) -> str:
    return min((n for n in FILES if n in text), key=text.index)


# (1) a pooled rate over the county departments: Σ予以公开 79 ÷ Σ本年新收 301 = 26.25%; Σ自然人 272 ÷ 301 = 90.37%
@pytest.mark.parametrize(
    "q, value",
    [
        ("山西2024年区县各部门放在一块儿算，总的予以公开率是多少（予以公开÷本年新收）", 26.25),
        ("把山西省2024年县级部门的数都加起来，算一个总的予以公开比例（予以公开÷本年新收）", 26.25),
        ("山西省2024年县区部门累计起来的自然人申请占比是多少？给我一个数", 90.37),
        ("山西2024年县里的局委办加在一起算，自然人申请占比多少", 90.37),
    ],
)
def test_pooled_rate_over_a_set(asker, q, value):
    ans = asker.ask(q)
    assert ans.value is not None and abs(ans.value - value) < 0.01, ans.answer
    assert ans.unit == "%", ans.answer
    assert "份报告相加" in ans.answer, ans.answer


# (2) the body whose own RATE is the highest / lowest — never the one with the largest count, nor the top count ÷
# the set's sum; the county governments and the city's bureau never among them
@pytest.mark.parametrize(
    "q, top, figure",
    [
        # 自然人 ÷ 新收: 洪洞 89/92 = 96.74% (a whole stated in brackets is no 「top one's share of the set」)
        ("山西省2024年县区部门，自然人申请占比最高的是哪家（自然人申请占本年新收）", "洪洞县卫生健康局", "96.74%"),
        # 迎泽 83.33% is the lowest (山阴 has the fewest 自然人, 29)
        ("山西省2024年各区县局委办里，谁的自然人申请占比最低", "太原市迎泽区医疗保障局", "83.33%"),
        # 复议纠正 ÷ 复议总计: 洪洞 1/5 = 20% (山阴 1/13 has as many 纠正)
        ("在山西省2024年度各县区的部门中，复议纠错率最高的是哪一家", "洪洞县卫生健康局", "20%"),
        # 结转下年度 ÷ (新收+上年结转): 芮城 1/46 = 2.17% (迎泽, 娄烦 carry as many)
        ("山西省2024年县区部门中结转率最高的单位是哪个（结转下年度占本年新收加上年结转）", "芮城县交通运输局", "2.17%"),
    ],
)
def test_body_with_the_extreme_rate(asker, q, top, figure):
    ans = asker.ask(q)
    assert ans.unit == "%", ans.answer
    assert _first(ans.answer) == top, ans.answer
    assert figure in ans.answer, ans.answer
    for gov in ("清徐县人民政府", "平定县人民政府", "临汾市住房和城乡建设局"):
        assert gov not in ans.answer, ans.answer


# (3) a province named as a set in users' words: every stored report of 山西 2024 (all kinds) ranked, or the kind
# written after 各 (「各县区的部门」「各区县政府」) — never 「没有找到「山西省」的报告」
@pytest.mark.parametrize(
    "q, top",
    [
        ("山西省2024年的年报，收到的申请由多到少排一排", "洪洞县卫生健康局"),
        ("山西省2024年的报告按本年新收从高到低排一下", "洪洞县卫生健康局"),
        ("2024 山西 本年新收 排名", "洪洞县卫生健康局"),
    ],
)
def test_province_named_as_a_set_ranked(asker, q, top):
    ans = asker.ask(q)
    assert "没有找到" not in ans.answer, ans.answer
    assert _first(ans.answer) == top, ans.answer
    assert "平定县人民政府" in ans.answer and "临汾市住房和城乡建设局" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, top, out",
    [
        # 山阴 and 平定 both 34: the county departments only — 山阴, never 平定 (a county government)
        ("在山西省2024年度各县区的部门中，新收申请最少的是哪家", "山阴县自然资源局", "平定县人民政府"),
        ("山西省2024年度各区县局委办中收到申请最少的是哪个单位", "山阴县自然资源局", "平定县人民政府"),
        ("2024年山西省各县区的职能部门中新收最少的是哪个", "山阴县自然资源局", "平定县人民政府"),
    ],
)
def test_kind_after_each_in_a_province(asker, q, top, out):
    ans = asker.ask(q)
    assert "没有找到" not in ans.answer, ans.answer
    assert _first(ans.answer) == top, ans.answer
    assert out not in ans.answer, ans.answer
