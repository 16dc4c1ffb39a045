"""wild31's lost families, as families (inputs written here, not the wild31 files): WHO issued the report.

1. The body named SHORT in the title — its district without its city (「城关区人民政府」: 兰州's and 拉萨's) — while
   the report states the full name of the SAME body elsewhere (the signature 「兰州市城关区人民政府」, the
   introduction 「本报告由兰州市安宁区教育局根据…编制」): the agency is that fullest statement. A different body
   named in the text (a superior 「兰州市人民政府办公室」, the body's own office 「兰州市城关区人民政府办公室」,
   「按照省科技厅…」) is never taken, and a shared district name is never completed from the gazetteer by guess.
2. A township by a name dozens of counties share (「城关镇人民政府」) titled alone, its county only in the
   signature (「成县城关镇人民政府」): the signature's name, with the county's region and code (a 街道办事处 the same).
3. A body with a second name hung on it in brackets (挂牌: 「天水市卫生健康委员会（天水市中医药管理局）」,
   「（市中医药管理局）」 without its place): the FIRST name, never the bracketed one; a bracket that is no second
   name (「（办公室）」「（2024年）」) is left as it was (meta._first_name)."""

from __future__ import annotations

from extractor.extract import extract_bytes
from extractor.meta import _first_name, find_issuer, find_title

BASIS = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
PERIOD = "本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。"


def _text(title: str, intro_by: str = "本机关", signature: str = "", middle: str = "") -> str:
    body = [
        title,
        f"本报告由{intro_by}{BASIS}编制。{PERIOD}",
        "一、总体情况",
        f"2023年，{middle}全年主动公开政府信息120条。",
        "五、存在的主要问题及改进情况",
        "存在的问题是培训不足，下一步将加强业务培训。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    if signature:
        body += [signature, "2024年1月20日"]
    return "\n".join(body) + "\n"


def _issuer(text: str):
    return find_issuer(text, find_title(text))


# --- 1. a short title, the full name of the same body elsewhere -------------------------------------------


def test_short_district_title_takes_the_signature_s_full_name_and_only_the_report_s_own_city():
    title = "城关区人民政府2023年政府信息公开工作年度报告"
    got = _issuer(_text(title, signature="兰州市城关区人民政府", middle="按照兰州市人民政府办公室要求，"))
    assert (got.agency, got.identity.region_code) == ("兰州市城关区人民政府", "620102")
    # the same district name of another city, as the report prints it: its own words decide
    got = _issuer(_text(title, signature="拉萨市城关区人民政府"))
    assert (got.agency, got.identity.region) == ("拉萨市城关区人民政府", "西藏自治区拉萨市城关区")
    # no fuller printing of the body (only its office's, a different body): the short name stays, no city guessed
    got = _issuer(_text(title, intro_by="城关区人民政府办公室"))
    assert got.agency == "城关区人民政府" and got.identity.region is None


def test_short_bureau_title_takes_the_introduction_s_full_name_not_a_superior():
    title = "安宁区教育局2022年政府信息公开工作年度报告"
    text = _text(title, intro_by="兰州市安宁区教育局", middle="按照省教育厅和兰州市教育局部署，")
    got = _issuer(text)
    assert (got.agency, got.identity.full, got.identity.level) == (
        "兰州市安宁区教育局",
        "兰州市安宁区教育局",
        "县级部门",
    )
    # the fuller printing inside a longer body's name (「兰州市安宁区教育局办公室」) is not the body
    got = _issuer(_text(title, intro_by="兰州市安宁区教育局办公室"))
    assert got.agency == "安宁区教育局"


def test_short_title_full_signature_in_an_html_page():
    page = (
        "<html><head><title>城关区人民政府2023年政府信息公开工作年度报告</title></head><body>"
        "<h1>城关区人民政府2023年政府信息公开工作年度报告</h1>"
        + "".join(f"<p>{line}</p>" for line in _text("", signature="兰州市城关区人民政府").split("\n")[1:] if line)
        + "</body></html>"
    )
    report = extract_bytes(page.encode("utf-8"), "a.html")
    assert (report.agency, report.region, report.agency_level) == (
        "兰州市城关区人民政府",
        "甘肃省兰州市城关区",
        "县级政府",
    )


# --- 2. a township whose name many counties share ---------------------------------------------------------


def test_shared_township_name_takes_its_county_from_the_signature():
    got = _issuer(
        _text("城关镇人民政府2023年政府信息公开工作年度报告", intro_by="我镇", signature="成县城关镇人民政府")
    )
    assert got.agency == "成县城关镇人民政府"
    assert got.identity.region_code == "621221" and got.identity.region.startswith("甘肃省陇南市成县")
    # two counties' 城关镇 printed: nothing the report settles, nothing guessed
    text = _text(
        "城关镇人民政府2023年政府信息公开工作年度报告",
        middle="与徽县城关镇人民政府交流，",
        signature="成县城关镇人民政府",
    )
    assert _issuer(text).agency == "城关镇人民政府"
    # a 街道办事处 titled alone, its district only in the signature
    got = _issuer(_text("西园街道办事处2023年政府信息公开工作年度报告", signature="七里河区西园街道办事处"))
    assert (got.agency, got.identity.region_code) == ("七里河区西园街道办事处", "620103")


# --- 3. a second name in brackets -------------------------------------------------------------------------


def test_second_name_in_brackets_reads_as_the_first_name():
    title = "天水市卫生健康委员会（天水市中医药管理局）2024年政府信息公开工作年度报告"
    got = _issuer(_text(title, intro_by="本委", signature="天水市卫生健康委员会（天水市中医药管理局）"))
    assert (got.agency, got.identity.level, got.identity.region_code) == ("天水市卫生健康委员会", "市级部门", "620500")
    got = _issuer(_text("天水市卫生健康委员会（市中医药管理局）2024年政府信息公开工作年度报告"))
    assert got.agency == "天水市卫生健康委员会"
    # in the signature only, a county's bureau
    got = _issuer(
        _text("2024年政府信息公开工作年度报告", intro_by="本局", signature="榆中县应急管理局（榆中县地震局）")
    )
    assert got.agency == "榆中县应急管理局" and got.identity.region_code == "620123"
    got = _issuer(_text("平凉市崆峒区人力资源和社会保障局(崆峒区公务员局)2023年政府信息公开工作年度报告"))
    assert got.agency == "平凉市崆峒区人力资源和社会保障局"
    # brackets that are no second name stay as they were
    for name in (
        "榆中县人民政府（办公室）",
        "天水市人民政府（2024年）",
        "兰州市人民政府办公室（政务公开办）",
        "中共陇西县委办公室（陇西县人民政府办公室）",
    ):
        assert _first_name(name) == name
