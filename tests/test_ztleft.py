"""ztleft: what blindzt still missed after ztfixa/b/c (issue 13) — sectors set against sectors or against a
province-year's reports, a body's rank in a sector, the store that is no census, slips in set words, keyword forms —
and the tidy of the sector/kind code (one follow-up over one vocabulary of set words, one name-tail rule for the
kinds of place, one normalisation of the store said between the year and a sector). Wordings of our own."""

import pytest

from rag import intent, place_kinds
from rag.sector_sets import Member, answer_text, nation_text, plan, rank_plan
from rag.set_followup import changed


def members(*rows):
    return [Member(f"r{i}", name, year, value) for i, (name, year, value) in enumerate(rows)]


# a province-year of the store: two 民政 bodies, one 卫健, a government, one merged bureau (in no sector)
JX = members(
    ("南昌市西湖区民政局", 2022, 30.0),
    ("九江市民政局", 2022, 10.0),
    ("南昌市西湖区卫生健康委员会", 2022, 20.0),
    ("南昌市西湖区人民政府", 2022, 140.0),
    ("九江市文化广电新闻出版旅游局", 2022, 0.0),
)


# --- a sector's share of every stored report of a province-year (the province kept: never another's bodies) ---


@pytest.mark.parametrize(
    "q",
    [
        "库里江西2022年收录的全部年报里面，管民政的部门收到的申请占多大比例",
        "江西省二零二二年库里收录的年报当中民政系统收到的申请占了百分之多少",
        "库里江西2022年收绿的所有报告里，民政局新收的申请占比多少",
    ],
)
def test_a_sectors_share_of_a_province_year(q):
    p = plan(q)
    assert p is not None and (p.op, p.sectors, p.year, p.province, p.measure) == (
        "share",
        ("civil",),
        2022,
        "江西省",
        "new",
    )
    text, value, cited = answer_text(p, JX)
    assert value == 20.0  # (30 + 10) ÷ 200
    assert "40件" in text and "200件" in text and "5份年报" in text
    assert {m.agency for m in cited} == {m.agency for m in JX}


def test_a_share_with_a_member_unread_is_not_computed():
    p = plan("库里江西2022年收录的所有年报里，民政部门收到的申请占百分之几")
    assert p is not None
    unread = [*JX[:3], Member("x", "南昌市西湖区人民政府", 2022, None)]
    text, value, _ = answer_text(p, unread)
    assert value is None and text.startswith("无法计算") and "南昌市西湖区人民政府2022年" in text


# --- two or three sectors set side by side, and every sector of a province-year ---


@pytest.mark.parametrize(
    ("q", "keys", "measure"),
    [
        ("库里江西2022年的民政局和卫健委比，哪边收到的申请多？各多少", ("civil", "health"), "new"),
        ("江西2022年库里 卫健部门 vs 民政部门 予以公开 合计", ("health", "civil"), "r1"),
        (
            "江西省2022年库里已收录的管民政的、管卫生的和搞教育的部门，哪一类被申请复议最多",
            ("civil", "health", "edu"),
            "rv",
        ),
    ],
)
def test_sectors_compared(q, keys, measure):
    p = plan(q)
    assert p is not None and (p.op, p.sectors, p.measure, p.province) == ("top", keys, measure, "江西省")


def test_the_largest_sector_is_named_first_with_every_sum_said():
    p = plan("江西省2022年库里的卫健部门和民政部门这两类，哪类新收申请最多")
    assert p is not None
    text, value, _ = answer_text(p, JX)
    assert value == 40.0 and text.index("民政部门最多，40件") < text.index("卫健部门20件")


def test_a_sector_with_no_stored_member_is_said_not_counted():
    p = plan("库里江西2022年 民政部门/公安部门 新收申请 哪类最多")
    assert p is not None
    text, value, _ = answer_text(p, JX)
    assert value == 40.0 and "公安部门：库里该年没有收录" in text


def test_by_sector_over_every_department_of_a_province_year():
    p = plan("按所属行业合计，库里江西2022年收录的政府部门里哪一类收到的申请最多？")
    assert p is not None and p.op == "topall"
    text, value, _ = answer_text(p, JX)
    assert value == 40.0 and "民政部门最多" in text
    assert "九江市文化广电新闻出版旅游局不属于上述任一行业" in text  # (a merged bureau: in no sector, said)
    assert "人民政府" not in text.split("明细")[0]  # (a government is no department)


# --- a named body's (or the chosen report's) rank in a sector's stored set ---


@pytest.mark.parametrize(
    "q",
    [
        "九江市民政局2022年新收的申请在库里2022年的民政部门里排第几",
        "九江市民政局 2022年 新收申请数 2022年库里民政局 排名",
        "九江市民政局2022年的新收申请在2022年库里的民政局里位列第几？",
    ],
)
def test_a_named_bodys_rank_in_its_sector(q):
    p = plan(intent.canonical(q) if "排名" in q else q)
    assert p is not None and p.op == "rank" and p.sectors == ("civil",) and p.named == "九江市民政局"
    text, value, _ = answer_text(p, JX)
    assert value == 2.0 and "排第2" in text and "共2家" in text


def test_the_chosen_reports_rank_in_its_sector():
    p = rank_plan("我们的新收申请在库里今年已收录的管民政的部门中排名第几？", ("九江市民政局", 2022, "江西省"))
    assert p is not None and (p.year, p.named, p.sectors) == (2022, "九江市民政局", ("civil",))
    assert p.province is None  # (the whole store's year: 本省 not said)
    p = rank_plan("我们的新收申请在本省今年库里的民政局里排第几", ("九江市民政局", 2022, "江西省"))
    assert p is not None and p.province == "江西省"


def test_a_measure_no_table_holds_is_left_to_refuse():
    assert (
        rank_plan("按辖区人口算，我们每万人的申请量在库里同一年的民政部门里排第几？", ("九江市民政局", 2022, None))
        is None
    )


# --- the store is no census ---


@pytest.mark.parametrize(
    "q", ["全中国的民政部门二零二二年一共收到多少件申请", "全国所有卫健委2022年被申请行政复议一共多少件"]
)
def test_the_whole_country_is_refused_with_the_stores_set_offered(q):
    p = plan(q)
    assert p is not None and p.op == "nation"
    text = nation_text(p)
    assert text.startswith("报告未提及") and "不是全国" in text and "库里2022年收录的" in text


def test_the_store_said_is_no_census_question():
    assert plan("库里2022年收录的民政部门一共收到多少件申请") is None  # (a sector's sum: the set routes')


# --- slips and keyword forms, read as the plain question ---


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("库里2022年的卫健部门一工新收了多少件", "一共新收"),
        ("2022年库里的各个镇里有几加没收到申请", "有几家没收到"),
        ("库里2022年的应急管理部们里哪家复议最多", "应急管理部门"),
        ("2022年库里的自然资原局平均每家新收多少", "自然资源局"),
        ("库里2022年 民政局 予以公开为0 几家", "为0的有几家"),
        ("库里湖南省2022年 司法局 被申请过行政复议 名单", "司法局里被申请过行政复议的有哪些"),
        ("库里江西2022年 民政局 行政复议 平均每家", "江西2022年收录的民政局"),
        ("江西2022年库里 民政部门 予以公开 合计", "江西2022年收录的民政部门"),
        ("库里2022年的民政部门一共多少件行政诉讼两类起诉合计", "一共多少件行政诉讼"),
    ],
)
def test_slips_and_keywords_read_as_the_plain_question(q, want):
    assert want in intent.canonical(q)


def test_a_word_with_the_slip_in_another_sense_is_kept():
    assert "统一工作" in intent.canonical("库里2022年统一工作部署的文件有几份")


# --- the tidy: one set follow-up, one name-tail rule ---


@pytest.mark.parametrize(
    ("previous", "q", "vocabulary", "full"),
    [
        (
            "库里2022年的民政部门平均每家新收多少件",
            "那管卫生的部门呢",
            "sector",
            "库里2022年的卫健部门平均每家新收多少件",
        ),
        ("江西2022年库里的民政局一共复议几件", "换成人社局？", "sector", "江西2022年库里的人社局一共复议几件"),
        ("库里2022年的县级市一共新收多少件", "那街道办呢", "place", "库里2022年的街道办一共新收多少件"),
        ("库里2022年的镇政府平均每家新收多少", "改成民族乡怎么样", "place", "库里2022年的民族乡平均每家新收多少"),
    ],
)
def test_one_follow_up_over_one_vocabulary_of_set_words(previous, q, vocabulary, full):
    turn = changed(previous, q)
    assert turn is not None and (turn.vocabulary, turn.question) == (vocabulary, full)


@pytest.mark.parametrize(
    ("previous", "q"),
    [
        ("库里2022年的民政部门平均每家新收多少件", "那2023年呢"),
        ("九江市人民政府2022年新收多少件", "那卫健部门呢"),
        ("库里2022年的县级市一共新收多少件", "那九江市民政局呢"),
    ],
)
def test_no_set_turn_without_a_set_before_or_a_set_alone(previous, q):
    assert changed(previous, q) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("库里2022年的自治县政府平均每家新收多少", "autocounty"),
        ("云南民族地区的县2022年一共新收多少", "ethniccounty"),
        ("2022年库里的开发区管委会有几家", "devzone"),
        # the end of a body's own name: no kind
        ("宁蒗彝族自治县人民政府2022年新收多少", None),
        ("河南县人民政府2022年新收多少", None),
        ("乌海市海南区人民政府2022年新收多少", None),
        ("苏州工业园区管理委员会2022年新收多少", None),
    ],
)
def test_one_rule_tells_a_kind_from_the_end_of_a_bodys_name(text, kind):
    pk = place_kinds.respell(text)
    assert (pk.kind if pk else None) == kind


# --- membership by `sectors.sector_of`, in the scope too ---


def test_a_sectors_set_holds_the_members_its_names_place_in_it():
    from rag.question import Scope
    from test_zpfixa import catalogue

    cat = catalogue(
        ("fy-lsl", "杭州市富阳区林业水利局", 2022),  # merged: in no sector
        ("xs-slj", "杭州市萧山区水利局", 2022),
        ("hc-fj", "怀化市生态环境局鹤城分局", 2022),  # a branch of the sector's bureau
        ("hh-sthj", "怀化市生态环境局", 2022),
        ("dz-sthj", "达州市大竹生态环境局", 2022),  # 大竹县's, under its city's name
        ("hz-gjj", "杭州市住房公积金管理中心", 2022),  # no 住建 bureau
        ("hz-zjj", "杭州市住房和城乡建设局", 2022),
    )
    for q, want in (
        ("库里2022年收录的生态环境部门新收多少", ["dz-sthj", "hc-fj", "hh-sthj"]),
        ("库里2022年收录的水利部门新收多少", ["xs-slj"]),
        ("库里2022年收录的住建部门新收多少", ["hz-zjj"]),
    ):
        assert sorted(cat.resolve(intent.canonical(q), Scope(years=[2022])).report_ids()) == want


# --- asked of a store (the corpus's reports) ---


def test_the_whole_country_asked_of_the_store_is_refused(corpus_asker):
    ans = corpus_asker.ask("全中国的教育部门2023年一共收到多少件信息公开申请")
    assert ans.value is None and ans.answer.startswith("报告未提及") and "不是全国" in ans.answer


def test_a_sectors_share_over_a_report_not_read_is_not_computed(corpus_asker):
    # (the corpus's 河北 2023: 河北省教育厅 and a 人社厅 report whose table three is not read — no share over a part)
    ans = corpus_asker.ask("库里河北2023年收录的全部年报里，教育系统收到的申请占百分之几")
    assert ans.intent == "sectors.share" and ans.value is None
    assert ans.answer.startswith("无法计算") and "河北省人力资源和社会保障厅2023年" in ans.answer


def test_a_named_bodys_rank_asked_of_the_store(corpus_asker):
    ans = corpus_asker.ask("河北省教育厅2023年收到的申请在库里2023年的教育部门里排第几")
    assert ans.intent == "sectors.rank" and ans.value == 1 and ans.unit == "名"
    assert [c.agency for c in ans.citations] == ["河北省教育厅"] and ans.citations[0].cells == ["t3.new.tot"]


def test_a_figure_the_reading_doubts_is_said_beside_the_share():
    import json

    from rag.sector_sets import doubts_note

    doubt = {
        "kind": "extraction_doubt",
        "check": "D7",
        "cells": ["t3.new.tot"],
        "message": "OCR 读作「109」，若读作「9」则成立",
    }

    class Store:
        def findings(self, rid):
            return [{"body": json.dumps(doubt, ensure_ascii=False)}] if rid == "r3" else []

    note = doubts_note(Store(), JX, ["t3.new.tot"])
    assert "南昌市西湖区人民政府2022年：OCR 读作「109」" in note and note.startswith("（注意")
    assert doubts_note(Store(), JX[:2], ["t3.new.tot"]) == ""
    assert doubts_note(Store(), JX, ["t4.rv.tot"]) == ""  # (another cell doubted: not this measure's)


@pytest.mark.parametrize(
    "q",
    [
        "库里2022年长沙市的教育局和卫健局比，哪个收到的申请多",
        "库里湖南2022年收录的岳麓区所有年报里，民政部门收到的申请占百分之几",
        "九江市民政局2022年新收申请在库里2022年九江市的民政部门里排第几",
    ],
)
def test_a_place_below_a_province_is_left_to_the_scope_reader(q):
    # (never answered over the whole store or the province: a silent wrong)
    assert plan(q) is None
