"""What the review of the twenty-sixth session's change found a user would meet (a question about one body answered
with another's figure, an ask split from the words it depends on, a former place read inside a word, a body dropped
as if it were who asks), each mended where the rule lives."""

import pytest

from extractor.former_names import tokens
from rag.intent import asks_run_together
from rag.message import affiliation_dropped
from rag.typos import real_name_changed


@pytest.mark.parametrize(
    "written, heard",
    [
        ("武邑县2022年收到多少申请", "武义县2022年收到多少申请"),  # Hebei's county, never Zhejiang's
        ("宿州市2023年新收几件", "苏州市2023年新收几件"),
        ("宜阳县人社局2024年办结多少", "弋阳县人社局2024年办结多少"),
        ("吉阳区水务局2023年收到多少申请", "吉阳区税务局2023年收到多少申请"),  # a department of its own
    ],
)
def test_a_name_right_as_written_is_never_heard_as_another(written, heard):
    assert real_name_changed(written, heard)


@pytest.mark.parametrize(
    "written, heard",
    [
        ("平谭2019年收到多少申请", "平潭2019年收到多少申请"),  # names nothing as written: a slip
        (
            "夏和县政府2022年不予公开几件",
            "夏河县政府2022年不予公开几件",
        ),  # holds 和县, but the reading is the longer name
        ("崇名区2023年新收几件", "崇明区2023年新收几件"),
        ("晋城市生态环竟局2023年新收几件", "晋城市生态环境局2023年新收几件"),
        ("行政复义有几件", "行政复议有几件"),
    ],
)
def test_a_slip_of_the_ear_is_still_mended(written, heard):
    assert not real_name_changed(written, heard)


@pytest.mark.parametrize(
    "q",
    [
        "夏河县2022年收到多少外国人的申请，其中多少予以公开",
        "X局2023年收到多少律师的申请，这些里面多少予以公开",
        "不予公开合计÷全年发文数量，百分比多少",
        "新收申请多少件，比例是多少",
    ],
)
def test_an_ask_that_depends_on_the_first_is_not_split_off(q):
    assert asks_run_together(q) == []


def test_two_asks_run_together_are_still_split():
    assert asks_run_together("旌阳区交通运输局二零二二年新收申请几件经办人员几名") == [
        ("旌阳区交通运输局二零二二年新收申请几件", "经办人员几名")
    ]


@pytest.mark.parametrize("q", ["夏河县2022年不予公开县里的申请有几件", "召开县委常委会议几次"])
def test_a_two_character_former_place_inside_a_word_is_no_name(q):
    assert not [t for t in tokens(q) if t.kind == "place"]


@pytest.mark.parametrize(
    "q, place", [("重庆市开县2019年收到多少申请", "开县"), ("那开县呢", "开县"), ("我们户县2019年", "户县")]
)
def test_a_two_character_former_place_said_as_a_name_is_read(q, place):
    assert [t.written for t in tokens(q) if t.kind == "place"] == [place]


def test_a_body_named_before_a_pause_is_not_dropped_as_who_asks():
    q = "卫健局的，夏河县2022年收到多少申请"
    assert affiliation_dropped(q) == q


def test_who_asks_is_still_dropped():
    assert affiliation_dropped("区里政务公开办的，问一下恩施市人民政府2023年主动公开了多少条信息？") == (
        "恩施市人民政府2023年主动公开了多少条信息？"
    )
