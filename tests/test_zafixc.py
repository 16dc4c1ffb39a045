"""zafixc: chats and time on a chosen report, and refusals. After two bodies' figures 「这两个差了多少」 is the
difference of the two turns; 「同一年X的这个数呢」 is the same measure and year of another body; 「予以公开的几件」
after a chat about lawsuits is the body's 予以公开; on a chosen report 「今年跟上一年…各多少」 is each stored year's
figure; refusals: the years before a body's first stored report, a plan for next year (never this year's
figure), a body not stored (never another body's figure); 「网站上发了多少条信息」 is the text's sentence. Asked of a
small store of wild reports, in phrasings of our own."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


REPORTS = {
    "changan19": "eval/wild5/reports/m19-changan-wjj-fenced-2019.md",
    "changan20": "eval/wild7/reports/t19-changan-wjj-units-2020.txt",
    "shaoshan24": "eval/wild21/reports/h24-shaoshan-gov-bosi-hdr2-heji-2024.html",
    "shaoshan25": "eval/wild18/reports/h25-shaoshan-gov-bosi-fullwidth-extra-2025.html",
    "dongchangfu": "eval/wild2/reports/h19-dongchangfu-repeat-2019.html",
    "licheng": "eval/wild3/reports/d19-licheng-jtj-jian-2019.docx",
    "fengcheng": "eval/wild24/reports/h22-fengcheng-sfj-trs-hidden-dup-2022.html",
    "jingyang": "eval/wild2/reports/h21-jingyang-jtj-layout-2022.html",
    "haishu": "eval/wild3/reports/t21-haishu-mzj-nbsp-2022.txt",
    "cixi": "eval/wild6/reports/d21-cixi-gov-autonum-2021.docx",
    "fusong": "eval/wild23/reports/p22-fusong-gov-eof-html-footer-2022.pdf",
    "wuzhong": "eval/wild3/reports/h21-wuzhong-gov-bigtable-2021.html",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    data = tmp_path_factory.mktemp("zafixc") / "d"
    store = Store(str(data))
    ids = {}
    for name, path in REPORTS.items():
        r = extract_path(str(ROOT / path))
        store.add(r)
        ids[name] = r.id
    return Asker(store, Index(store)), ids


def _chat(asker, turns, q, **kw):
    """`q` asked after `turns`, each asked and kept as the CLI chat and the web page keep them."""
    from rag import followup

    history: list[str] = []
    for t in turns:
        followup.keep(history, t, asker.ask(t, previous=history or None, **kw))
    return asker.ask(q, previous=history or None, **kw)


# (C1) the difference of two bodies asked in two turns
@pytest.mark.parametrize("q", ["这俩相差几件", "两个单位之间差了多少件啊", "它们的差距是多少"])
def test_the_difference_of_two_bodies_of_the_chat(wild, q):
    asker, _ = wild
    ans = _chat(asker, ["东昌府区人民政府2019年新收申请多少件", "那历城区交通运输局呢"], q)
    assert ans.value == 1, ans.answer  # 868 − 867
    assert "868" in ans.answer and "867" in ans.answer, ans.answer


# (C2) the same measure and year, another body
@pytest.mark.parametrize(
    "q",
    [
        "同一年历城区交通运输局的这个数呢",
        "历城区交通运输局同年的这一项是多少",
        "换成历城区交通运输局，同年度该指标为多少",
    ],
)
def test_the_same_measure_and_year_of_another_body(wild, q):
    asker, _ = wild
    ans = _chat(asker, ["聊城市东昌府区人民政府2019年度收到的政府信息公开申请有多少件？"], q)
    assert ans.value == 867, ans.answer


# (C3) 予以公开 asked in a chat about lawsuits and reviews
@pytest.mark.parametrize(
    "q, second",
    [
        ("那予以公开的多少件", "复议呢，有没有"),
        ("全都公开了的有几个", "行政复议呢"),
        ("同意公开的申请呢，几件", "复议呢？有没有"),
    ],
)
def test_granted_in_full_after_a_chat_about_lawsuits(wild, q, second):
    asker, _ = wild
    ans = _chat(asker, ["凤城市司法局2022年被人告过没有", second], q)
    assert ans.value == 35, ans.answer
    ans = _chat(asker, ["旌阳区交通运输局2022年有没有行政诉讼", second], q)
    assert ans.value == 12, ans.answer


@pytest.mark.parametrize("q", ["复议呢，有没有", "那行政复议呢 有吗", "复议呢？有没有"])
def test_a_follow_up_saying_its_asking_again_is_of_the_body_not_the_store(wild, q):
    asker, _ = wild
    ans = _chat(asker, ["凤城市司法局2022年被人告过没有"], q)
    assert "凤城市司法局" in (ans.read_as or ""), ans.answer
    assert "份报告未列出" not in ans.answer and "8件" in ans.answer, ans.answer


# (C4) this year and the year before on a chosen report
@pytest.mark.parametrize(
    "q, want",
    [("近两个年度的行政许可决定各是多少", {885, 315}), ("近两个年度没办法提供的各有几件", {33, 25})],
)
def test_this_year_and_last_on_a_chosen_report(wild, q, want):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["shaoshan25"])
    for v in want:
        assert f"{v}件" in ans.answer or f"{v} 件" in ans.answer, ans.answer
    assert "2024" in ans.answer and "2025" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, this, later",
    [
        ("最近这两年部分公开的分别多少", "17件", "25件"),
        ("这两年行政许可决定分别是多少", "885件", "315件"),
        ("近两个年度无法提供的各为多少件", "33件", "25件"),
    ],
)
def test_these_two_years_are_the_reports_year_and_the_one_before(wild, q, this, later):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["shaoshan24"])  # 2024's report: 2023 and 2024, not 2025's
    assert this in ans.answer and later not in ans.answer and "2023" in ans.answer, ans.answer


def test_this_year_and_last_of_a_group_on_the_old_template(wild):
    asker, ids = wild
    ans = asker.ask("这两年没办法给出信息的分别几件", report_id=ids["changan20"])
    assert "19件" in ans.answer and "8件" in ans.answer, ans.answer


# (C5) refusals
@pytest.mark.parametrize("q", ["前两年收到的申请分别多少", "之前那两年申请数各是多少", "再往前两年的申请量呢"])
def test_years_before_the_first_stored_report_are_refused(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["changan19"])
    assert ans.value is None and "40件" not in ans.answer, ans.answer
    assert "2017" in ans.answer or "2018" in ans.answer, ans.answer  # the years asked, said not stored


@pytest.mark.parametrize(
    "q",
    [
        "宁波市海曙区民政局2022年计划下一年公开多少条信息",
        "海曙区民政局22年准备明年发布多少条政府信息",
        "慈溪市人民政府2021年打算来年主动公开几条信息",
    ],
)
def test_a_plan_for_next_year_is_not_this_years_figure(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value is None, ans.answer
    assert "525" not in ans.answer and "357" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "抚松县机关事务服务中心2022年收到多少信息公开申请",
        "抚松县机关事务服务中心22年行政复议几件",
        "抚松县机关事务服务中心2022年新收申请是多少",
    ],
)
def test_a_body_not_stored_is_refused_not_sounded_into_another(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value is None and "没有找到" in ans.answer, ans.answer
    assert asker.ask("抚松县政府2022年收到多少信息公开申请").value == 88  # the government itself still answered


# (C6) posts on the government website, said in the text
@pytest.mark.parametrize(
    "q, want",
    [
        ("宁波市海曙区民政局2022年政府网站上发布的信息数量是多少", 525),
        ("海曙区民政局2022年度门户网站信息发布数量为多少", 525),
        ("慈溪市政府2021年网站发布的信息总数是多少", 357),
    ],
)
def test_posts_on_the_website_are_the_texts_sentence(wild, q, want):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == want, ans.answer
