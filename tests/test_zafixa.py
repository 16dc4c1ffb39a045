"""Sets of a province × a kind of body × a year asked as ranks and which-reports in users' words (zafixa): the
kinds 「县政府部门」「县级政府部门」 (the county's departments, not its government), 「县里区里的局委办」, 「乡镇人民政府
（街道办事处）」; ranks 「排名前二的单位及数量」「第一是谁」「倒数第一是谁」「排老几」「位列第几」 and a bare 「前三」 at the
end; thresholds in words and numbers (「八十件往上」「超过60件」「不超过40件但不是0的」「四十件以内（不算零件）」「30至40件」)
after a province said short (「山西」). Real reports of the wild sets (山西 2024: five county departments, two county
governments, one city department), a real ingest, the asker; no mocks of our code."""

from __future__ import annotations

import pytest

from wildstore import ingested_asker

FILES = {  # body → (its file, 本年新收); 山西 2024
    "洪洞县卫生健康局": ("wild22/reports/h24-hongdong-wjj-bosi-units-blank-2024.html", 92),  # 县级部门
    "娄烦县教育局": ("wild22/reports/d24-loufan-jyj-docm-2024.docm", 83),  # 县级部门
    "清徐县人民政府": ("wild22/reports/p24-qingxu-gov-wps-hdr2-t4slash-2024.pdf", 66),  # 县级政府
    "临汾市住房和城乡建设局": ("wild22/reports/p24-linfen-zjj-wps-cn-date-new-defect-2024.pdf", 50),  # 市级部门
    "太原市迎泽区医疗保障局": ("wild3/reports/p21-yingze-ybj-narrowhdr-2024.pdf", 48),  # 县级部门
    "芮城县交通运输局": ("wild22/reports/p24-ruicheng-jtj-html-error-page-2024.pdf", 44),  # 县级部门
    "山阴县自然资源局": ("wild22/reports/d24-shanyin-zrzyj-borderless-2024.docx", 34),  # 县级部门
    "平定县人民政府": ("wild22/reports/h24-pingding-gov-th-caption-2024.html", 34),  # 县级政府
}
GOVS = ("清徐县人民政府", "平定县人民政府", "临汾市住房和城乡建设局")


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return ingested_asker(tmp_path_factory, (rel for rel, _ in FILES.values()), timeout=600)


def _named(asker, ans) -> set[str]:
    meta = asker.store.meta(sorted({c.report_id for c in ans.citations}))
    return {n for n in FILES if any(n in (m["agency"] or "") for m in meta.values())}


def _first(text: str, names) -> str:
    return min((n for n in names if n in text), key=text.index)


# (A) the county's departments in users' words: never the county governments nor the city's bureau
@pytest.mark.parametrize(
    "q, top",
    [
        ("2024年山西县政府部门里谁收到的申请最多", "洪洞县卫生健康局"),
        ("山西省2024年区县政府部门收到的申请最少的是哪家", "山阴县自然资源局"),
        ("24年山西县里区里的部门新收申请谁最多", "洪洞县卫生健康局"),
        ("二〇二四年度山西省县级政府部门中本年新收申请最少的是哪个单位", "山阴县自然资源局"),
    ],
)
def test_the_county_departments_in_words(asker, q, top):
    ans = asker.ask(q)
    assert ans.value == FILES[top][1], ans.answer
    assert _first(ans.answer, FILES) == top, ans.answer
    assert not any(g in ans.answer for g in GOVS), ans.answer


# (B) ranks in words: the first, the last, the top N, a body's place
@pytest.mark.parametrize(
    "q, order",
    [
        ("2024年山西省县级政府部门收到申请排名前二的单位及数量", ["洪洞县卫生健康局", "娄烦县教育局"]),
        ("24年山西县政府部门收到的申请第一是谁", ["洪洞县卫生健康局"]),
        ("24年山西县里区里的局委办新收申请倒数第一是谁", ["山阴县自然资源局"]),
        ("24年山西县级部门新收申请前三", ["洪洞县卫生健康局", "娄烦县教育局", "太原市迎泽区医疗保障局"]),
    ],
)
def test_ranks_in_words(asker, q, order):
    ans = asker.ask(q)
    text = ans.answer
    assert not text.startswith("报告未提及"), text
    pos = [text.find(n) for n in order]
    assert all(p >= 0 for p in pos) and pos == sorted(pos), text
    for n in order:
        assert str(FILES[n][1]) in text[text.index(n) :], text
    assert _first(text, FILES) == order[0], text
    assert not any(g in text for g in GOVS), text


@pytest.mark.parametrize(
    "q, place",
    [
        ("2024年娄烦县教育局收到的申请在山西县级部门里排老几", 2),
        ("2024年度芮城县交通运输局本年新收申请在山西省县级政府部门中位列第几（从多到少）？", 4),
        ("24年太原市迎泽区医疗保障局的新收申请在山西县里区里的局委办里排第几", 3),
    ],
)
def test_a_bodys_place_in_words(asker, q, place):
    ans = asker.ask(q)
    assert ans.value == place, ans.answer


# (C) which reports, with a threshold in words or numbers, a province said short
@pytest.mark.parametrize(
    "q, want",
    [
        ("2024年山西省收到申请八十件往上的单位有哪些", {"洪洞县卫生健康局", "娄烦县教育局"}),
        ("2024年山西省新收申请六十件以上的单位有哪些？", {"洪洞县卫生健康局", "娄烦县教育局", "清徐县人民政府"}),
        ("24年山西申请超过60件的有哪些", {"洪洞县卫生健康局", "娄烦县教育局", "清徐县人民政府"}),
        ("2024年山西省申请不超过40件但不是0的", {"山阴县自然资源局", "平定县人民政府"}),
        ("2024年山西省申请在四十件以内（不算零件）的有哪几家", {"山阴县自然资源局", "平定县人民政府"}),
        ("2024年度山西省新收申请30至40件的单位有哪些", {"山阴县自然资源局", "平定县人民政府"}),
        (
            "24年山西收到申请四十五件往上的有哪几家",
            {"洪洞县卫生健康局", "娄烦县教育局", "清徐县人民政府", "临汾市住房和城乡建设局", "太原市迎泽区医疗保障局"},
        ),
    ],
)
def test_which_reports_by_a_threshold_in_words(asker, q, want):
    ans = asker.ask(q)
    assert _named(asker, ans) == want, ans.answer


@pytest.mark.parametrize("province", ["内蒙古", "黑龙江", "宁夏", "新疆", "山西"])
def test_a_county_departments_word_after_any_province_said_short(province):
    """「内蒙古县政府部门」 as 「山西县政府部门」: every province of the gazetteer, not a list of some."""
    from rag.scope import _kind_spelled

    text, _ = _kind_spelled(f"2024年{province}县政府部门里谁收到的申请最多")
    assert text == f"2024年{province}县级部门里谁收到的申请最多", text
