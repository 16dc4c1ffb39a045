"""Sets of bodies in the words of a chat (ybfixa): 「县里的部门」「区里的部门」「市里的局」「区县的局委办」「镇街」 after a
province by its short name (繁體 too), and the operations over such a set — an average (「平均下来一家几件」), the share
of its bodies with none (「有百分之多少的单位…是0」「一件都没有的占比」), a count of its reports (「一共多少家」「收录了
几个单位的年报」). One vocabulary (extractor/levels.py). Real reports of the wild sets, a real ingest, `xxgk ask`; no
mocks of our code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from webserver import ROOT

WILD = ROOT / "eval"
FILES = {  # body → its file: the level each is, as the store reads it
    "延吉市建工街道办事处": "wild23/reports/w24-jiangong-jd-wechat-json-2024.html",  # 吉林 2024 乡级政府
    "洪洞县卫生健康局": "wild22/reports/h24-hongdong-wjj-bosi-units-blank-2024.html",  # 山西 2024 县级部门
    "平定县人民政府": "wild22/reports/h24-pingding-gov-th-caption-2024.html",  # 山西 2024 县级政府
    "娄烦县教育局": "wild22/reports/d24-loufan-jyj-docm-2024.docm",  # 山西 2024 县级部门
    "临汾市住房和城乡建设局": "wild22/reports/p24-linfen-zjj-wps-cn-date-new-defect-2024.pdf",  # 山西 2024 市级部门
    "桂林市秀峰区卫生健康局": "wild5/reports/h21-xiufeng-wjw-trad-2021.html",  # 广西 2021 县级部门
    "柳州市城中区人力资源和社会保障局": "wild4/reports/h21-chengzhong-rsj-mobiledup-2021.html",  # 广西 2021 县级部门
    "柳州市市场监督管理局": "wild20/reports/p21-liuzhou-scjgj-word-right-header-rv-defect-2021.pdf",  # 广西 2021 市级部门
}
GX_COUNTY = {"桂林市秀峰区卫生健康局", "柳州市城中区人力资源和社会保障局"}
SX_COUNTY = {"洪洞县卫生健康局", "娄烦县教育局"}


def cli(*args: str, data=None) -> subprocess.CompletedProcess:
    extra = ["--data-dir", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args, *extra], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    src = tmp_path_factory.mktemp("reports")
    for rel in FILES.values():
        shutil.copy(WILD / rel, src / rel.rsplit("/", 1)[1])
    d = tmp_path_factory.mktemp("data")
    done = cli("ingest", str(src), data=d)
    assert done.returncode == 0, done.stderr
    return d


@pytest.fixture(scope="module")
def asker(data):
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(data)
    return Asker(store, Index(store))


def _bodies(ans) -> set[str]:
    return {name for name in FILES if name in ans.answer}


def test_the_spoken_tiers_are_in_the_one_vocabulary():
    from extractor.levels import levels_of

    assert levels_of("县里的部门") == levels_of("区里的部门") == levels_of("区县的局委办") == ("县级部门",)
    assert levels_of("市里的局") == ("市级部门",) and levels_of("县里的") == ("县级政府", "县级部门")


@pytest.mark.parametrize(
    "q",
    [
        "广西21年县里的部门收到的申请加起来多少",
        "廣西2021年縣裡的部門收到的申請一共多少",
        "那个 广西2021年区里的部门一共收到多少申请啊",
    ],
)
def test_a_sum_over_the_county_departments_of_a_short_province(asker, q):
    ans = asker.ask(q)
    assert (ans.intent or "").startswith("sum"), ans.answer
    assert _bodies(ans) == GX_COUNTY, ans.answer  # (柳州市市场监督管理局 is the city's: not counted)


def test_the_city_s_bureaus_said_市里的局(asker):
    ans = asker.ask("把广西21年市里的局收到的申请全部加一起是多少")
    # (a set of one report: its figure — the county's two are not added in)
    assert ans.value == asker.ask("柳州市市场监督管理局2021年收到多少申请").value, ans.answer


def test_towns_said_镇街_after_a_short_province(asker):
    """「山西2024年镇街…」: 山西 is the province and 镇街 its towns — none stored, said so (never 「山西」 as a body)."""
    ans = asker.ask("山西2024年镇街一共收到多少申请")
    assert "「山西」" not in ans.answer and "山西省的乡级政府" in ans.answer, ans.answer
    assert not _bodies(ans), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "山西2024年县里的部门收到的申请平均下来一家几件",
        "山西24年区县的局委办平均每家收到多少申请",
        "嗯 山西县里的部门2024年新收申请平均算下来每家多少",
    ],
)
def test_an_average_over_a_set_is_its_sum_over_its_reports(asker, q):
    ans = asker.ask(q)
    assert (ans.intent or "").startswith("average"), ans.answer
    assert _bodies(ans) == SX_COUNTY and "÷2" in ans.answer and "共2份报告" in ans.answer, ans.answer
    parts = [asker.ask(f"{b}2024年收到多少申请").value for b in sorted(SX_COUNTY)]
    assert ans.value == pytest.approx(sum(parts) / 2), (ans.answer, parts)


@pytest.mark.parametrize(
    "q",
    [
        "山西2024年县里的部门有百分之多少的单位行政复议是0",
        "山西2024年县里的部门行政复议为零的占几成 按百分比说",
        "山西2024年县里的部门一件复议都没有的占比多少",
    ],
)
def test_the_share_of_a_set_s_bodies_with_none(asker, q):
    ans = asker.ask(q)
    assert ans.intent == "share.bodies", (ans.intent, ans.answer)
    assert "所查2份报告" in ans.answer and _bodies(ans) == SX_COUNTY, ans.answer


@pytest.mark.parametrize(
    "q, n",
    [
        ("库里山西县里的部门2024年的报告一共多少家", 2),
        ("24年山西省的区县的局委办收录了几个单位的年报", 2),
        ("库里广西市里的局21年的报告一共多少家", 1),
    ],
)
def test_a_count_of_a_set_s_reports(asker, q, n):
    ans = asker.ask(q)
    assert (ans.intent or "").startswith("which_reports") and ans.value == n, ans.answer


def test_the_cli_chat_averages_a_spoken_set(data):
    done = cli("ask", "山西2024年县里的部门收到的申请平均下来一家几件", "--json", data=data)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert (
        out["intent"].startswith("average") and "洪洞县卫生健康局" in out["answer"] and "娄烦县教育局" in out["answer"]
    ), out
