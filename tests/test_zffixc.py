"""zffixc: the REPORT ITSELF as data — (1) on a chosen report, its year asked in users' words (「这个报告是哪一年的」
「该年报对应哪个年度」) → the stored year (年), the report named; who published it; which template it follows (2021版 /
2019版 / the format before the 2019 条例); (2) over a province, the reports of one template listed or counted
(「浙江省哪些年报还是老格式」「湖南省条例修订前的年报有几份」「湖南省按60号文模板写的年报」) — read from the stored
reports' year/template, never guessed. Real reports of the wild sets, a real ingest, the asker; no mocks of our code."""

from __future__ import annotations

import pytest

from wildstore import ingested_asker

# file → (agency, year, template)
FILES = {
    "d16-morong-zhen-legacy-2016.docx": ("古丈县默戎镇人民政府", 2016, "LEGACY"),  # 湖南
    "h15-shaodong-gov-legacy-2015.html": ("邵东县人民政府", 2015, "LEGACY"),  # 湖南
    "d20-xiangxi-jyj-gf2019-2020.docx": ("湘西土家族苗族自治州教育和体育局", 2020, "GF2019"),  # 湖南
    "d19-zhijiang-gov-gf2019-blank-units-2019.docx": ("芷江侗族自治县人民政府", 2019, "GF2019"),  # 湖南
    "p21-xianxi-zhen-wps-dash-header-2021.pdf": ("安化县仙溪镇人民政府", 2021, "GF2021"),  # 湖南
    "h16-anji-xiang-legacy-2016.html": ("安吉县报福镇人民政府", 2016, "LEGACY"),  # 浙江
    "x17-yuhang-kfq-legacy-2017.xlsx": ("杭州余杭经济技术开发区管理委员会", 2017, "LEGACY"),  # 浙江
    "d19-huzhou-gov-gf2019-abbrev-2019.docx": ("湖州市人民政府", 2019, "GF2019"),  # 浙江
    "t21-yuhang-sj-tab2col-2021.txt": ("杭州市余杭区审计局", 2021, "GF2021"),  # 浙江
    "a19-baisha-zhen-firefox-har-gf2019-2019.har": ("修水县白沙岭镇人民政府", 2019, "GF2019"),  # 江西
    "d18-jinxi-sfj-legacy-2018.docx": ("金溪县司法局", 2018, "LEGACY"),  # 江西
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return ingested_asker(tmp_path_factory, FILES, timeout=600)


def _id(asker, agency: str) -> str:
    rows = asker.store.db.execute("SELECT id FROM reports WHERE agency=?", (agency,)).fetchall()
    assert len(rows) == 1, agency
    return rows[0][0]


def _ids(asker, template: str, files) -> set[str]:
    return {_id(asker, FILES[f][0]) for f in files if FILES[f][2] == template}


HUNAN = [f for f in FILES if f.startswith(("d16-morong", "h15-shaodong", "d20-xiangxi", "d19-zhijiang", "p21-xianxi"))]
ZHEJIANG = [f for f in FILES if f.startswith(("h16-anji", "x17-yuhang", "d19-huzhou", "t21-yuhang"))]
JIANGXI = [f for f in FILES if f.startswith(("a19-baisha", "d18-jinxi"))]


# (1) the chosen report's year, in users' words: the stored year, the report named
@pytest.mark.parametrize(
    "q",
    [
        "这个报告是哪一年的？",
        "该年报对应的是哪个年度",
        "报告年份是多少",
        "这是哪年的年报呀",
        # (wrapped as users send it: courtesy, who asks, a form demanded — found by eval.variants)
        "您好，麻烦看一下，这个报告是哪一年的？谢谢！",
        "我是做课题的，想了解一下该年报对应的是哪个年度",
        "报告年份是多少？只要数字",
    ],
)
@pytest.mark.parametrize(
    "f", ["a19-baisha-zhen-firefox-har-gf2019-2019.har", "p21-xianxi-zhen-wps-dash-header-2021.pdf"]
)
def test_year_of_the_chosen_report(asker, q, f):
    agency, year, _ = FILES[f]
    ans = asker.ask(q, report_id=_id(asker, agency))
    assert ans.value == year and ans.unit == "年", ans.answer
    assert agency in ans.answer, ans.answer


# (1) who published the chosen report
@pytest.mark.parametrize("q", ["这份报告是谁发布的", "发布这份年报的机关是哪个", "本报告的发布单位是？"])
def test_publisher_of_the_chosen_report(asker, q):
    agency = FILES["d18-jinxi-sfj-legacy-2018.docx"][0]
    ans = asker.ask(q, report_id=_id(asker, agency))
    assert agency in ans.answer and not ans.answer.startswith("报告未提及"), ans.answer


# (1) the chosen report's template, said in Chinese
@pytest.mark.parametrize("q", ["本年报套用的是哪一种样式", "是新版格式还是老版格式", "这个年报按哪一版表格填报的"])
@pytest.mark.parametrize(
    "f, said",
    [
        ("d20-xiangxi-jyj-gf2019-2020.docx", "2019年版"),
        ("t21-yuhang-sj-tab2col-2021.txt", "2021年版"),
        ("h16-anji-xiang-legacy-2016.html", "旧版格式"),
    ],
)
def test_template_of_the_chosen_report(asker, q, f, said):
    ans = asker.ask(q, report_id=_id(asker, FILES[f][0]))
    assert said in ans.answer and not ans.answer.startswith("报告未提及"), ans.answer


# (2) a province's reports of the old format, listed
@pytest.mark.parametrize(
    "q",
    [
        "浙江省的报告里有哪些是旧模板的",
        "浙江的报告中哪些还是条例修订前的老样式",
        "列出浙江省用老模板的年报",
        "浙江省哪些年报是2019年以前的格式",
    ],
)
def test_legacy_reports_of_a_province(asker, q):
    ans = asker.ask(q)
    assert {c.report_id for c in ans.citations} == _ids(asker, "LEGACY", ZHEJIANG), ans.answer


@pytest.mark.parametrize("q", ["江西省有哪些年报是按旧条例格式写的（没有三张新表）"])
def test_legacy_reports_of_another_province(asker, q):
    ans = asker.ask(q)
    assert {c.report_id for c in ans.citations} == _ids(asker, "LEGACY", JIANGXI), ans.answer


# (2) a province's reports of the old format, counted
@pytest.mark.parametrize(
    "q",
    ["湖南省的年报里有几份是老格式的", "湖南一共有多少份条例修订以前的年报", "湖南省2019年新条例之前格式的报告数量"],
)
def test_legacy_reports_counted(asker, q):
    ans = asker.ask(q)
    assert ans.value == 2 and ans.unit == "份", ans.answer


# (2) a province's reports of the 2019 template, listed
@pytest.mark.parametrize(
    "q",
    ["湖南省的报告里用2019版格式的有哪些", "湖南的年报中哪些是按60号文模板填的", "湖南省的报告中有哪些是60号文那版的"],
)
def test_gf2019_reports_of_a_province(asker, q):
    ans = asker.ask(q)
    assert {c.report_id for c in ans.citations} == _ids(asker, "GF2019", HUNAN), ans.answer
