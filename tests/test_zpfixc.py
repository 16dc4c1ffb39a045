"""zpfixc: a chosen report's PEERS — the bodies of its own level in its own city (its province for a 乡镇), of its
year, held in the store, the asker among them: ranked by a measure (「和我们同级的…从多到少」), the ones above it
(「与本单位同级的…高于本单位的有哪些」: the store holds them, never 「本报告没有它们的数字」), and its share of their
sum (「我们占同级…加起来的百分之几」). Asked of a small store of wild reports, in phrasings of our own."""

from pathlib import Path

import pytest

from wildstore import extracted

ROOT = Path(__file__).resolve().parent.parent
REPORTS = (
    "h24-renhuai-gov-pc-wap-hdr2-units-2024.html",  # 仁怀市人民政府 (遵义) 2024 新收36
    "s24-honghuagang-gov-webarchive-hdr2-2024.webarchive",  # 遵义市红花岗区人民政府 2024 新收47
    "h22-jishan-zhen-meta-gb-utf8-2022.html",  # 山西 乡镇 2022 新收16
    "p22-gutao-zhen-wps-cutrow-dash-2022.pdf",  # 山西 乡镇 2022 新收11
    "d21-lizhai-xiang-heji-carry-defect-2021.docx",  # 山西 乡镇 2021 (another year: no peer) 19
    "p22-qianshan-xiang-slash-2022.pdf",  # 江西 乡镇 2022 (another province: no peer) 6
    "h24-kunming-zrzy-platform-hdr2-heji-2024.html",  # 昆明市 市级部门 2024 新收78
    "p24-km-scjg-dept-breakdown-after-t3-2024.pdf",  # 昆明市 市级部门 2024 新收80
)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    asker, ids = extracted(tmp_path_factory, REPORTS)
    return asker, dict(zip(REPORTS, ids, strict=True))


def _on(wild, name, q):
    asker, ids = wild
    return asker.ask(q, report_id=ids[name])


RENHUAI, HONGHUAGANG = REPORTS[0], REPORTS[1]
JISHAN, GUTAO = REPORTS[2], REPORTS[3]
ZRZY = REPORTS[6]


@pytest.mark.parametrize(
    ("name", "q", "order"),
    [
        (RENHUAI, "把遵义市跟我们一个级别的区县政府按今年新收申请数排个序，我们也算上", ["红花岗", "仁怀"]),
        (RENHUAI, "库里遵义同级别的区县政府（包括本单位），本年新收申请件数由高到低排列", ["红花岗", "仁怀"]),
        (HONGHUAGANG, "跟我们同级的遵义市各区县政府今年新收申请排一下名，连我们一起", ["红花岗", "仁怀"]),
        (GUTAO, "库里山西跟我们同一级的乡镇，今年新收申请按多到少排一下", ["翟店", "古陶"]),
        (JISHAN, "和本单位同级的山西省乡镇街道（含本单位）本年度新收申请从高到低是什么顺序", ["翟店", "古陶"]),
        (ZRZY, "昆明市跟我们同级的市直部门今年新收申请从少到多排一下，算上我们", ["自然资源", "市场监督"]),
    ],
)
def test_peers_ranked(wild, name, q, order):
    ans = _on(wild, name, q)
    text = ans.answer
    at = [text.find(o) for o in order]
    assert all(a >= 0 for a in at) and at == sorted(at), text
    assert "李寨" not in text and "钱山" not in text, text


@pytest.mark.parametrize(
    ("name", "q", "more", "not_more"),
    [
        (RENHUAI, "跟我们同级的遵义各区县政府里，今年新收比我们多的是哪几家？", ["红花岗"], []),
        (RENHUAI, "遵义市与本单位同一级别的区县政府，哪些今年收到的申请超过了我们", ["红花岗"], []),
        (HONGHUAGANG, "今年遵义和我们同级的区县政府中新收申请多于本单位的有哪几个", [], ["仁怀市人民政府（"]),
        (ZRZY, "昆明市直部门里跟我局同级、今年新收申请比我们多的有哪些", ["市场监督"], []),
        (GUTAO, "山西乡镇中与本单位同级、新收申请数高于本单位的都有谁", ["翟店"], ["李寨"]),
        (JISHAN, "本年度山西省与本单位同级的乡镇里面新收申请比本单位多的是哪些", [], ["古陶镇人民政府（", "李寨"]),
    ],
)
def test_peers_above_the_asker(wild, name, q, more, not_more):
    ans = _on(wild, name, q)
    text = ans.answer
    assert "本报告没有" not in text and "报告未提及" not in text, text
    for m in more:
        assert m in text, text
    for m in not_more:
        assert m not in text, text
    assert ans.value is not None and float(ans.value) == len(more), text


@pytest.mark.parametrize(
    ("name", "q", "want"),
    [
        (RENHUAI, "本单位今年新收申请在遵义市同级区县政府总数中占比多少", 43.37),
        (RENHUAI, "咱们今年的新收申请，占遵义同级别区县政府合计的百分比是多少", 43.37),
        (HONGHUAGANG, "我们新收的申请在遵义市同级的区县政府加总里面占了几成", 56.63),
        (JISHAN, "我们今年新收占山西同级乡镇加起来的比例", 59.26),
        (GUTAO, "本镇新收申请占山西省同级乡镇街道合计的百分之几", 40.74),
        (ZRZY, "我局今年新收申请占昆明同级市直部门合计的比重", 49.37),
    ],
)
def test_peers_share_of_the_asker(wild, name, q, want):
    ans = _on(wild, name, q)
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer
    assert ans.unit == "%", ans.answer


@pytest.mark.parametrize(
    ("name", "q", "want"),
    [
        (RENHUAI, "在遵义市和我们同级的区县政府里，我们今年新收申请排第几", 2),
        (HONGHUAGANG, "我们的新收申请在遵义同级区县政府中名次如何", 1),
        (GUTAO, "本单位新收申请在山西同级乡镇里排在第几位", 2),
    ],
)
def test_peers_place_of_the_asker(wild, name, q, want):
    ans = _on(wild, name, q)
    assert ans.value == want and ans.unit == "名", ans.answer
