"""ztfixa: a SECTOR (line of work) asked of as a set, in lay or formal words (issue 13).

「库里2023年搞教育的部门一共收到多少件」「管土地的部门」「管卫生的部门」「教育系统的局」「司法行政部门」「公安机关」
「人力资源社会保障部门」「水利水务部门」: the stored departments of that line — alone or crossed with a province and a
year — as 「教育部门」 reads them; a merged department (文化旅游广电体育局, 林业水利局) is in no sector, a body's own name
(「天水市司法局」) is never read as the sector. Resolved against a small catalogue, in phrasings of our own."""

import pytest

from rag import intent
from rag.question import Scope
from rag.sectors import SECTORS, sector_of, sector_words
from test_zpfixa import catalogue

CAT = catalogue(
    # 甘肃
    ("tq-jyj", "天水市秦州区教育局", 2023),
    ("mj-jtj", "天水市麦积区教育和体育局", 2023),
    ("gs-jyt", "甘肃省教育厅", 2023),
    ("tq-wl", "天水市秦州区文化旅游广电体育局", 2023),
    ("tq-wjw", "天水市秦州区卫生健康局", 2023),
    ("ts-sfj", "天水市司法局", 2023),
    ("tq-zrzy", "天水市秦州区自然资源局", 2023),
    ("tq-gov", "天水市秦州区人民政府", 2023),
    # 湖南
    ("ly-jyj", "浏阳市教育局", 2023),
    ("ly-wjj", "浏阳市卫生健康局", 2023),
    ("ly-zrzy", "浏阳市自然资源和规划局", 2023),
    ("ly-sfj", "浏阳市司法局", 2023),
    ("ly-gaj", "浏阳市公安局", 2023),
    ("hn-rst", "湖南省人力资源和社会保障厅", 2023),
    ("ly-slj", "浏阳市水利局", 2023),
    # another year
    ("ly-jyj-22", "浏阳市教育局", 2022),
)


def resolve(text: str, year: int = 2023) -> list[str]:
    q = intent.canonical(text)
    r = CAT.resolve(q, Scope(years=[year]))
    assert not r.ambiguous and not r.unknown, (q, r.ambiguous, r.unknown)
    return sorted(r.report_ids())


EDU = ["gs-jyt", "ly-jyj", "mj-jtj", "tq-jyj"]


@pytest.mark.parametrize(
    "q",
    [
        "库里2023年搞教育的部门一共收到多少件申请",
        "2023年库里教育系统的局新收申请合计是多少",
        "库里2023年所有的教育部门本年新收加起来多少",
        "库里2023年管教育的部门总共新收了几件",
    ],
)
def test_education_sector_over_the_store(q):
    assert resolve(q) == EDU


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("甘肃省2023年库里搞教育的部门一共新收多少件", ["gs-jyt", "mj-jtj", "tq-jyj"]),
        ("湖南省2023年库里管土地的部门新收合计", ["ly-zrzy"]),
        ("库里2023年管土地的部门一共新收多少件", ["ly-zrzy", "tq-zrzy"]),
        ("库里2023年管卫生的部门新收申请加起来多少", ["ly-wjj", "tq-wjw"]),
        ("库里2023年的司法行政部门一共新收多少件", ["ly-sfj", "ts-sfj"]),
        ("库里2023年的人力资源社会保障部门和公安机关一共新收多少件", ["hn-rst", "ly-gaj"]),
    ],
)
def test_lay_names_of_a_sector(q, ids):
    assert resolve(q) == ids


def test_a_body_name_is_not_a_sector():
    assert sector_words("天水市司法局2023年新收多少件") == "天水市司法局2023年新收多少件"
    assert sector_words("浏阳市卫生局2020年") == "浏阳市卫生局2020年"
    assert sector_words("搞教育的部门和管卫生的部门比哪边多") == "教育部门和卫健部门比哪边多"
    assert sector_words("水利水务部门") == "水利部门"


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("天水市麦积区教育和体育局", "edu"),
        ("某县教体局", "edu"),
        ("天水市秦州区文化旅游广电体育局", None),
        ("杭州市富阳区林业水利局", None),
        ("湖南省人力资源和社会保障厅", "hrss"),
        ("某市水务局", "water"),
        ("某市公安局某某分局", "police"),  # (the bank README counts 「公安局…分局」 as 公安: ztleft)
        ("天水市秦州区人民政府", None),
    ],
)
def test_membership_by_name_ending(name, sector):
    assert sector_of(name) == sector


def test_every_sector_word_is_distinct():
    assert len({s.word for s in SECTORS.values()}) == len(SECTORS)


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("库里2023年收录的搞教育的部门有几家？", EDU),
        ("湖南省2023年库里的司法局一共存了多少家", ["ly-sfj"]),
        ("2023年库里的管卫生的部门都有哪些", ["ly-wjj", "tq-wjw"]),
        ("请列出2023年库里的全部管土地的部门。", ["ly-zrzy", "tq-zrzy"]),
    ],
)
def test_members_counted_or_listed(q, ids):
    assert "的年报有" in intent.canonical(q)
    assert resolve(q) == ids


def test_a_figure_of_the_members_is_not_their_count():
    q = "库里2023年的教育部门有几家新收申请为0"
    assert "年报" not in intent.canonical(q)


@pytest.mark.parametrize(
    ("prev", "q", "want"),
    [
        ("库里2023年搞教育的部门平均每家新收多少件", "那管卫生的部门呢", "库里2023年的卫健部门平均每家新收多少件"),
        ("湖南省2023年库里的司法局一共新收多少件", "换成民政部门", "湖南省2023年库里的民政部门一共新收多少件"),
        ("甘肃2023年库里的公安机关有几家", "人社局的呢？", "甘肃2023年库里的人社局有几家"),
    ],
)
def test_follow_up_names_another_sector(prev, q, want):
    from rag import followup

    assert followup.resolve(prev, q, lambda _t: []) == want


def test_a_follow_up_without_a_sector_is_not_swapped():
    from rag.set_followup import changed

    assert changed("库里2023年的教育部门新收多少件", "那2024年呢") is None
    assert changed("浏阳市2023年新收多少件", "那卫健部门呢") is None


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("跟我们一样的民政部门，库里今年总共收录了多少家", "库里2022年收录的民政部门总共收录了多少家"),
        ("库里同年收录的管土地的部门平均每家新收多少件", "库里2022年收录的自然资源部门平均每家新收多少件"),
        ("本省同一年库里的司法行政部门一共新收多少件", "库里湖南省2022年收录的司法部门一共新收多少件"),
    ],
)
def test_chosen_report_asks_its_sector_of_its_year(q, want):
    from rag.sectors import own_sector

    assert own_sector(q, 2022, "湖南省") == want


def test_chosen_report_rank_is_left_to_peers():
    from rag.sectors import own_sector

    assert own_sector("我们新收在库里同一年的民政部门里排第几", 2022, "湖南省") is None
    assert own_sector("库里的民政部门有几家", 2022, "湖南省") is None
