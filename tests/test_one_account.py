"""A figure of one platform's account is no answer to a question that names no account, nor to a question
about another channel (userprobe: 「河北省科技厅2023年主动公开政府信息多少条？」 was answered 「230条」 from
「“科技河北”视频号发布信息230条」; 「门户网站发布信息多少篇」 with the 公众号's 1010篇). Asked by its own name
(or its twin: 微信 ↔ 公众号), the account's figure is the answer.

The report is written here, in words no wild report uses."""

import pytest

from tests.text_store import text_asker

REPORT = """白桦市统计局2023年政府信息公开工作年度报告

一、总体情况
（一）主动公开。依托新媒体扩大传播，“白桦统计”微信公众号全年推送信息812篇，“白桦统计”抖音号发布短视频96条，
开展线上解读4场次。在局门户网站发布统计数据、通知公告等各类信息2345条。
（二）依申请公开。全年共收到申请9件，均按时答复。
五、存在的主要问题及改进情况
存在的主要问题：新媒体互动不足。改进措施：增加图解。
"""


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("account"), "baihua-tjj-2023.txt", REPORT)


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("抖音号发布了多少条短视频？", 96),
        ("微信公众号推送信息多少篇", 812),
        ("微信发了多少篇信息", 812),
        ("门户网站发布信息多少条", 2345),
    ],
)
def test_an_account_asked_by_its_name_is_answered_by_its_figure(asker, q, value):
    a, rid = asker
    ans = a.ask(q, report_id=rid)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize("q", ["短视频以外，局里一共发布了多少篇信息", "主动公开政府信息多少篇？"])
def test_one_accounts_figure_is_not_the_whole_asked(asker, q):
    a, rid = asker
    ans = a.ask(q, report_id=rid)
    assert ans.value not in (96, 812), ans.answer
