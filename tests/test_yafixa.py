"""The overview's filters asked in words (yafixa): a count of reports, a sum, a ranking, how many bodies had zero
applications over a place × kind of body × year — the kind written loosely (「县一级单位」「区县」「县市区职能部门」
「县区级」「局委办」, glued to the province: 「山西县区级」), a format (「21版格式」「旧模板」), a city by its short name
(「赣州20年的报告一共有几份」: every body of the city). The overview's own levels keep 乡级政府 apart from the county and
the city's departments apart from the county's: 「区县」 = 县级政府 + 县级部门 — one vocabulary (extractor/levels.py)
for the overview's filter and the questions. Real reports of the wild sets, a real ingest, `xxgk ask` and `xxgk serve`
on loopback; no mocks of our code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import httpx
import pytest

from webserver import ROOT, Server

WILD = ROOT / "eval"
FILES = {  # body → its file (all 2024 but 赣州's): the level each is, as the overview reads it
    "延吉市建工街道办事处": "wild23/reports/w24-jiangong-jd-wechat-json-2024.html",  # 吉林 乡级政府
    "梨树县人民政府": "wild23/reports/h24-lishu-gov-dahan-hdr2-units-2024.html",  # 吉林 县级政府 (51)
    "珲春市人民政府": "wild23/reports/d24-hunchun-gov-dotx-2024.dotx",  # 吉林 县级政府 (78)
    "洪洞县卫生健康局": "wild22/reports/h24-hongdong-wjj-bosi-units-blank-2024.html",  # 山西 县级部门
    "平定县人民政府": "wild22/reports/h24-pingding-gov-th-caption-2024.html",  # 山西 县级政府
    "娄烦县教育局": "wild22/reports/d24-loufan-jyj-docm-2024.docm",  # 山西 县级部门
    "临汾市住房和城乡建设局": "wild22/reports/p24-linfen-zjj-wps-cn-date-new-defect-2024.pdf",  # 山西 市级部门
    "信丰县医疗保障局": "wild15/reports/h20-xinfeng-ybj-gf2019-slash-2020.html",  # 赣州 2020
    "于都县文化广电新闻出版旅游局": "wild16/reports/h20-yudu-wgj-gf2019-vertical-2020.html",  # 赣州 2020
    "赣州市人民政府办公室": "wild/reports/cms21-ganzhou-office-2021.html",  # 赣州 2021: the city's own
    "桂林市秀峰区卫生健康局": "wild5/reports/h21-xiufeng-wjw-trad-2021.html",  # 广西 2021 县级部门 (90)
    "柳州市城中区人力资源和社会保障局": "wild4/reports/h21-chengzhong-rsj-mobiledup-2021.html",  # 广西 2021 县级部门
    "柳州市市场监督管理局": "wild20/reports/p21-liuzhou-scjgj-word-right-header-rv-defect-2021.pdf",  # 广西 市级部门
}
SHANXI_COUNTY = {"洪洞县卫生健康局", "平定县人民政府", "娄烦县教育局"}


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


def test_one_vocabulary_reads_the_loose_words_for_the_overview_and_the_questions():
    """「区县」「县一级单位」 are the county's government and departments (no 乡镇, no city department); 「局委办」
    「职能部门」 the departments; the overview's filter takes them as the questions do."""
    from api.overview import parse_level
    from extractor.levels import levels_of

    assert levels_of("区县") == levels_of("县一级单位") == levels_of("县市区") == ("县级政府", "县级部门")
    assert levels_of("县一级局委办") == levels_of("区县职能部门") == levels_of("县区级部门") == ("县级部门",)
    assert levels_of("市一级") == ("市级政府", "市级部门") and levels_of("省直") == ("省级部门",)
    assert levels_of("街道乡镇") == ("乡级政府",) and levels_of("火星") is None
    assert parse_level("区县单位") == "县级政府、县级部门" and parse_level("區縣單位") == "县级政府、县级部门"
    assert parse_level("县级部门") == "县级部门" and parse_level("乡镇") == "乡级政府"
    assert parse_level(parse_level("县区级")) == "县级政府、县级部门"  # (what it gives, taken again)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("山西省2024年区县的报告有几份", SHANXI_COUNTY),
        ("筛一下 山西 2024年 县区级 有几份", SHANXI_COUNTY),
        ("24年山西县一级单位年报数量", SHANXI_COUNTY),
        ("山西2024年縣市區單位的報告有幾份", SHANXI_COUNTY),  # 繁體
        ("嗯 那个 山西24年县一级局委办一共多少份报告", {"洪洞县卫生健康局", "娄烦县教育局"}),
        ("山西省二〇二四年县一级职能部门报告数量", {"洪洞县卫生健康局", "娄烦县教育局"}),  # (voice: no punctuation)
        ("2024年山西县市区报高数量", SHANXI_COUNTY),  # (a slip: 报高)
        ("吉林省2024年县一级机关 有几份", {"梨树县人民政府", "珲春市人民政府"}),  # (no 街道办事处)
        (
            "筛一下 山西 二〇二四年 县区级部门 有几份",
            {"洪洞县卫生健康局", "娄烦县教育局"},
        ),  # (a year in characters, spaced)
        ("库里山西区县2024年的报告有多少个", SHANXI_COUNTY),
        (
            "广西壮族自治区2021年县市区局委办的年报有几份",
            {"桂林市秀峰区卫生健康局", "柳州市城中区人力资源和社会保障局"},
        ),
    ],
)
def test_a_count_of_a_place_s_kind_of_body_is_the_overview_s(asker, q, want):
    """Refused before (「没有找到「山西县」的报告」), or counting a town's office and a city's department as a county's."""
    ans = asker.ask(q)
    assert ans.value == len(want) and ans.unit == "份", (q, ans.answer)
    assert _bodies(ans) == want, (q, ans.answer)  # the bodies counted, listed
    assert "范围：" in ans.scope and ans.scope.split("（")[0].count("县级") >= 1


def test_a_sum_over_the_county_bodies_leaves_out_the_towns(asker):
    """「…所有县一级单位的本年新收…合计」 added 延吉市建工街道办事处's applications to the counties' (200 for 192)."""
    for q in ("2024年吉林省所有县一级单位的本年新收申请合计是多少", "把吉林省区县2024年的本年新收申请加总一下"):
        ans = asker.ask(q)
        assert ans.value == 129 and "建工街道" not in ans.answer, (q, ans.answer)


def test_the_top_of_a_county_set_and_its_zero_counts(asker):
    top = asker.ask("吉林省县市区单位里24年新收的申请排第一的是哪个")
    assert top.answer.startswith("本年新收：珲春市人民政府2024年最多，78件"), top.answer
    zero = asker.ask("吉林省2024年区县机关有多少家零申请")
    assert zero.value == 0 and "建工街道" not in zero.answer, zero.answer
    # 「广西壮族自治区县市区…」: 县市区 after the region's full name (its 区 was read as 区县's)
    top = asker.ask("广西壮族自治区县市区单位里21年新收的申请排第一的是哪个")
    assert top.answer.startswith("本年新收：桂林市秀峰区卫生健康局2021年最多，90件") and "市场监督" not in top.answer


def test_bodies_with_no_application_counted_in_words(asker):
    """「…零申请的几个」 listed each body's figure (no count)."""
    for q in ("山西省2024年县区级零申请的几个", "山西2024年区县单位零申请的有几个"):
        ans = asker.ask(q)
        assert ans.value == 0 and "所查3份报告" in ans.answer, (q, ans.answer)  # (none of the three; no 临汾市 body)


@pytest.mark.parametrize(
    ("q", "n"),
    [("库里2024年用21版格式的有多少份", 7), ("2020年用19版格式的有几份", 2), ("库里2020年用2019年版表格的有多少份", 2)],
)
def test_a_count_by_format(asker, q, n):
    ans = asker.ask(q)
    assert ans.value == n, (q, ans.answer)


def test_a_city_s_reports_counted_are_every_body_of_the_city(asker):
    """「赣州20年的报告一共有几份」 was refused as the city government's office (no 2020 report of it); with the city's
    full name it was counted over its bodies — one reading for both."""
    for q in ("赣州20年的报告一共有几份", "赣州2020年报告数量", "赣州市2020年的年报有几份"):
        ans = asker.ask(q)
        assert ans.value == 2 and _bodies(ans) == {"信丰县医疗保障局", "于都县文化广电新闻出版旅游局"}, (q, ans.answer)
        assert ans.scope.startswith("范围：赣州市各单位"), ans.scope


def test_the_cli_chat_counts_a_loose_kind(data):
    asked = cli("ask", "2024年山西县区级报告数量", "--json", data=data)
    assert asked.returncode == 0, asked.stderr
    out = json.loads(asked.stdout)
    assert out["value"] == 3 and "范围：山西省的县级政府和县级部门" in out["scope"], out


def test_the_overview_filters_by_a_loose_kind_as_the_questions_read_it(data):
    s = Server(data)
    try:
        found = httpx.get(s.url + "/api/overview", params={"level": "区县", "region": "山西省"}).json()
        assert {r["agency"].rsplit("市", 1)[-1] for r in found["rows"]} >= {"娄烦县教育局"}
        assert {r["level"] for r in found["rows"]} == {"县级政府", "县级部门"} and found["total"] == 3
        towns = httpx.get(s.url + "/api/overview", params={"level": "县一级单位", "region": "吉林省"}).json()
        assert towns["total"] == 2 and all("街道" not in (r["agency"] or "") for r in towns["rows"])
        bad = httpx.get(s.url + "/api/overview", params={"level": "区级"})
        assert bad.status_code == 422 and "级别「区级」无法识别" in bad.json()["detail"]
    finally:
        s.stop()
