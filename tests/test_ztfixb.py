"""ztfixb: a KIND OF PLACE asked as a set — a level narrowed by the body's own name (rag/place_kinds).

「县级市」「县政府」「区政府」「自治县」「民族地区的县（旗）」「省会的区县」「直辖市的区县」「街道」「镇」「乡」「民族乡」
「园区管委会」, alone or with a province and a year: the stored bodies of that kind — never the whole level, never
one body asked back. Resolved against a small catalogue, in phrasings of our own (not the bank's)."""

import pytest

from rag import intent, place_kinds
from rag.question import Scope
from test_zpfixa import catalogue

CAT = catalogue(
    # 湖南: a county-level city, a county, an autonomous county, a district of the capital, towns, a township
    ("ll-gov", "醴陵市人民政府", 2022),
    ("cl-gov", "茶陵县人民政府", 2022),
    ("jh-gov", "江华瑶族自治县人民政府", 2022),
    ("yl-gov", "长沙市岳麓区人民政府", 2022),
    ("ll-town", "醴陵市白兔潭镇人民政府", 2022),
    ("cl-twp", "茶陵县秩堂乡人民政府", 2022),
    ("jh-twp", "江华瑶族自治县湘江瑶族乡人民政府", 2022),
    ("yl-st", "长沙市岳麓区望月湖街道办事处", 2022),
    ("cl-jyj", "茶陵县教育局", 2022),
    # 宁夏 (an autonomous region): a county and a district
    ("zn-gov", "中宁县人民政府", 2022),
    ("xq-gov", "银川市兴庆区人民政府", 2022),
    # 上海: a district of a municipality
    ("cn-gov", "上海市长宁区人民政府", 2022),
    # a zone's committee
    ("kf-gw", "醴陵经济开发区管理委员会", 2022),
)


def resolve(text: str, year: int = 2022) -> list[str]:
    q = intent.canonical(text)
    r = CAT.resolve(q, Scope(years=[year]))
    assert not r.ambiguous and not r.unknown, (q, r.ambiguous, r.unknown)
    return sorted(r.report_ids())


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("2022年库里的县级市新收申请一共多少件", ["ll-gov"]),
        ("湖南省2022年县级市政府新收申请平均多少", ["ll-gov"]),
        ("2022年库里各县的县政府新收申请加起来多少", ["cl-gov", "jh-gov", "zn-gov"]),
        ("湖南省2022年的区政府新收申请合计", ["yl-gov"]),
        ("库里2022年的自治县政府平均每家收到多少申请", ["jh-gov"]),
        ("2022年库里民族自治地方的县（旗）收到的申请一共多少", ["jh-gov", "zn-gov"]),
        ("库里2022年省会城市的区县政府新收合计", ["xq-gov", "yl-gov"]),  # (银川 is 宁夏's capital)
        ("2022年直辖市的区县政府新收申请一共多少", ["cn-gov"]),
        ("湖南省2022年库里的街道办新收申请一共多少", ["yl-st"]),
        ("2022年库里的镇政府新收申请一共多少", ["ll-town"]),
        ("2022年库里的乡政府新收申请一共多少", ["cl-twp", "jh-twp"]),
        ("2022年库里的民族乡新收申请一共多少", ["jh-twp"]),
        ("2022年库里的园区管委会新收申请一共多少", ["kf-gw"]),
        # the count said before the kind (「收录了几家各个镇」)
        ("湖南省2022年库里收录了几家各个乡", ["cl-twp", "jh-twp"]),
    ],
)
def test_kind_of_place_is_its_stored_bodies(q, ids):
    assert resolve(q) == ids


@pytest.mark.parametrize(
    ("q", "asked"),
    [
        ("库里2022年收录了几家县级市", "count"),
        ("湖南2022年库里的街道办一共存了多少家", "count"),
        ("2022年库里的自治县政府都有哪些", "list"),
        ("请列出2022年库里的民族乡", "list"),
        # a figure of theirs, or a condition: not the stored bodies themselves
        ("2022年库里的县级市有几家没收到申请", None),
        ("2022年库里的县级市平均每家收到多少申请", None),
        # no kind of place named
        ("库里2022年收录了几家单位", None),
    ],
)
def test_count_or_list_of_stored_bodies(q, asked):
    assert place_kinds.stored_asked(q) == asked


@pytest.mark.parametrize(
    ("kind", "name", "yes"),
    [
        ("countycity", "醴陵市人民政府", True),
        ("countycity", "长沙市人民政府办公室", False),
        ("county", "江华瑶族自治县人民政府", True),
        ("district", "醴陵经济开发区管理委员会", False),
        ("ethniccounty", "中宁县人民政府", True),
        ("ethniccounty", "银川市兴庆区人民政府", False),
        ("street", "长沙市岳麓区望月湖街道办事处", True),
        ("town", "长沙市岳麓区望月湖街道办事处", False),
        ("township", "江华瑶族自治县湘江瑶族乡人民政府", True),
        ("ethnictwp", "茶陵县秩堂乡人民政府", False),
    ],
)
def test_kind_read_from_the_name(kind, name, yes):
    assert place_kinds.is_kind(kind, name) is yes


@pytest.mark.parametrize(
    ("previous", "q", "full"),
    [
        ("2022年库里的县级市平均每家收到多少申请", "那乡政府呢", "2022年库里的乡政府平均每家收到多少申请"),
        ("湖南省2022年库里收录了几家街道办", "换成民族乡", "湖南省2022年库里收录了几家民族乡"),
        ("库里2022年的区政府一共收到多少申请", "自治县政府的呢", "库里2022年的自治县政府一共收到多少申请"),
        # not a kind follow-up: another year, another body, or no kind before
        ("库里2022年的区政府一共收到多少申请", "那2023年呢", None),
        ("库里2022年的区政府一共收到多少申请", "那茶陵县教育局呢", None),
        ("茶陵县教育局2022年收到多少申请", "那街道办呢", None),
    ],
)
def test_follow_up_names_another_kind(previous, q, full):
    from rag.set_followup import changed

    turn = changed(previous, q)
    assert (turn.question if turn is not None and turn.vocabulary == "place" else None) == full


@pytest.mark.parametrize(
    ("q", "written"),
    [
        ("库里今年收录的县级市有几家", "2022年库里收录的县级市有几家"),
        ("和我们一样的乡政府，本省同一年库里存了多少家", "湖南省2022年乡政府，库里存了多少家"),
        ("库里本省今年的镇政府平均每家收到多少申请", "湖南省2022年库里的镇政府平均每家收到多少申请"),
        # the report's own figure among them (its peers), no kind of place, no year of the report's
        ("我们新收的申请在库里今年的县级市里排第几", None),
        ("库里今年收录的教育局有几家", None),
        ("库里2021年收录的县级市有几家", None),
    ],
)
def test_on_a_report_the_kind_is_of_its_year_and_province(q, written):
    assert place_kinds.on_report(q, "醴陵市人民政府", 2022) == written


@pytest.mark.parametrize(
    "q", ["库里有哪些街道的报告", "库里所有乡镇（街道）的年报中哪个新收最多", "库里全部街道的年报"]
)
def test_the_level_words_stay_the_level(q):
    # 「哪些街道」「所有街道」「乡镇（街道）」: the stored words of the whole 乡级 level, never narrowed to 街道
    assert place_kinds.respell(q) is None


@pytest.mark.parametrize(
    "q",
    [
        "给我一个表：成都高新技术产业开发区管理委员会和武侯区人民政府2023年的新收申请",
        "西咸新区管委会2022年和2024年予以公开的各多少",
        "苏州工业园区管理委员会2023年行政复议几件",
        "长阳土家族自治县人民政府2022年度报告所列存在的主要问题有哪些",
        "请比较2023年度大通回族土族自治县人民政府与湟源县人民政府的行政处罚决定数量",
    ],
)
def test_a_body_named_is_one_body_not_the_kind(q: str) -> None:
    # (the lead, after the merge with zufixa: 「X开发区管理委员会」 is a body's own name, never the set of 管委会)
    assert place_kinds.respell(q) is None


@pytest.mark.parametrize(
    "q", ["2023年库里的各类园区管委会，一共存了几家？", "请列出库里已收录的全部开发区和新区的管委会"]
)
def test_the_kind_of_committee_still_said_bare(q: str) -> None:
    pk = place_kinds.respell(q)
    assert pk is not None and pk.kind == "devzone"
