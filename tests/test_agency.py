"""Agency identity (issue 11 §3) and the resolution API the ask router uses (issue 13).

Written from the user's side: the expected names, codes and levels come from the published
division list (民政部) and the departments' published names, not from our output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import gazetteer as G
from extractor.agency import agency_key, identify, mentions, name_forms
from extractor.extract import extract_bytes, extract_path
from extractor.meta import find_issuer, find_title

CORPUS = Path(__file__).resolve().parent.parent / "eval" / "corpus"


# --- identify: full names, short forms, regions --------------------------------------------------


@pytest.mark.parametrize(
    "name, full, code, level",
    [
        ("河北省科学技术厅", "河北省科学技术厅", "130000", "省级部门"),
        ("河北省科技厅", "河北省科学技术厅", "130000", "省级部门"),
        ("河北科技厅", "河北省科学技术厅", "130000", "省级部门"),
        ("上海市科委", "上海市科学技术委员会", "310000", "省级部门"),
        ("上海市人民政府办公厅", "上海市人民政府办公厅", "310000", "省级政府"),
        ("上海市人民政府", "上海市人民政府", "310000", "省级政府"),
        ("河北省人力资源和社会保障厅", "河北省人力资源和社会保障厅", "130000", "省级部门"),
        ("河北省人力资源社会保障厅", "河北省人力资源和社会保障厅", "130000", "省级部门"),
        ("河北省人社厅", "河北省人力资源和社会保障厅", "130000", "省级部门"),
        ("安康市人民政府办公室", "安康市人民政府办公室", "610900", "市级政府"),
        ("安康市政府办", "安康市人民政府办公室", "610900", "市级政府"),
        ("洪泽区人民政府", "淮安市洪泽区人民政府", "320813", "县级政府"),
        ("江苏省淮安市洪泽区人民政府", "淮安市洪泽区人民政府", "320813", "县级政府"),
        ("淮安市", "淮安市人民政府", "320800", "市级政府"),
        ("洪泽", "淮安市洪泽区人民政府", "320813", "县级政府"),
        ("湖北省公安厅", "湖北省公安厅", "420000", "省级部门"),  # not 湖北省公安县 + 「厅」
        ("北京市朝阳区人民政府", "北京市朝阳区人民政府", "110105", "县级政府"),
        ("长春市朝阳区人民政府", "长春市朝阳区人民政府", "220104", "县级政府"),
        ("黔南州人民政府", "黔南布依族苗族自治州人民政府", "522700", "市级政府"),
        ("广西壮族自治区教育厅", "广西壮族自治区教育厅", "450000", "省级部门"),
        ("广西教育厅", "广西壮族自治区教育厅", "450000", "省级部门"),
        ("成都市发改委", "成都市发展和改革委员会", "510100", "市级部门"),
        ("苏州市工信局", "苏州市工业和信息化局", "320500", "市级部门"),
        ("南京市市场监管局", "南京市市场监督管理局", "320100", "市级部门"),
        ("杭州市卫健委", "杭州市卫生健康委员会", "330100", "市级部门"),
        ("沭阳县住建局", "宿迁市沭阳县住房和城乡建设局", "321322", "县级部门"),
        ("平潭综合实验区", "平潭综合实验区管理委员会", "350128", "市级政府"),
        ("平潭综合实验区君山片区管理局", "平潭综合实验区君山片区管理局", "350128", "市级部门"),
        ("沭阳县沭城街道办事处", "宿迁市沭阳县沭城街道办事处", "321322", "乡级政府"),
        ("洪泽区高良涧街道", "淮安市洪泽区高良涧街道办事处", "320813", "乡级政府"),
    ],
)
def test_identify_names_and_short_forms(name, full, code, level):
    ident = identify(name)
    assert ident is not None
    assert (ident.full, ident.region_code, ident.level) == (full, code, level)


def test_identity_carries_region_path_short_name_and_no_doubt_when_sure():
    ident = identify("洪泽区人民政府")
    assert ident.region == "江苏省淮安市洪泽区" and ident.short == "洪泽区政府" and ident.body == "人民政府"
    assert ident.doubts == ()
    kewei = identify("上海市科学技术委员会")
    assert kewei.short == "上海市科委" and kewei.body == "科学技术委员会" and kewei.region == "上海市"


@pytest.mark.parametrize(
    "short, body",
    [
        ("科技厅", "科学技术厅"),
        ("工信厅", "工业和信息化厅"),
        ("人社厅", "人力资源和社会保障厅"),
        ("发改局", "发展和改革局"),
        ("发改委", "发展和改革委员会"),
        ("科委", "科学技术委员会"),
        ("教育厅", "教育厅"),
        ("卫健委", "卫生健康委员会"),
        ("住建局", "住房和城乡建设局"),
        ("市监局", "市场监督管理局"),
        ("生态环境局", "生态环境局"),
        ("自然资源和规划局", "自然资源和规划局"),
        ("政府办", "人民政府办公室"),
        ("管委会", "管理委员会"),
        ("教委", "教育委员会"),
        ("外办", "外事办公室"),
        ("编办", "机构编制委员会办公室"),
        ("医保局", "医疗保障局"),
        ("应急局", "应急管理局"),
        ("退役军人局", "退役军人事务局"),
        ("民宗委", "民族宗教事务委员会"),
        ("国资委", "国有资产监督管理委员会"),
        ("文旅局", "文化和旅游局"),
        ("农业农村局", "农业农村局"),
        ("交通局", "交通运输局"),
        ("城管局", "城市管理局"),
        ("行政审批局", "行政审批局"),
        ("统计局", "统计局"),
        ("信访局", "信访局"),
    ],
)
def test_department_short_forms(short, body):
    ident = identify(short)
    assert ident is not None and ident.body == body
    assert ident.region is None and ident.doubts  # no place named: it says so


def test_level_only_self_reference_keeps_its_level():
    ident = identify("省科技厅")
    assert ident.body == "科学技术厅" and ident.region is None and ident.level == "省级部门"
    assert identify("市政府办公室").level == "市级政府"


@pytest.mark.parametrize(
    "written, real, code",
    [
        ("#沐阳县人民政府", "沭阳县", "321322"),
        ("沐阳县人民政府", "沭阳县", "321322"),
        ("毫州市人民政府", "亳州市", "341600"),
        ("雎宁县人民政府", "睢宁县", "320324"),
        ("漂阳市人民政府", "溧阳市", "320481"),
    ],
)
def test_ocr_confused_place_resolves_with_a_doubt(written, real, code):
    ident = identify(written)
    assert ident.region_code == code and real in ident.full and real in ident.region
    assert any(real in d for d in ident.doubts)
    assert ident.name == written.lstrip("#")  # as written stays as written


def test_former_name_resolves_to_the_division_now_with_a_doubt():
    ident = identify("郫县人民政府")
    assert ident.region_code == "510117" and "郫都区" in ident.full
    assert any("郫县" in d for d in ident.doubts)
    mengjin = identify("孟津县人民政府")  # 撤县设区 2021
    assert mengjin.region_code == "410308" and mengjin.doubts


@pytest.mark.parametrize(
    "written, now, code",
    [
        # abolished into another division (撤销): reports of the years before still carry the old name,
        # which a rule must not read as the prefecture of the same name (上饶县 is not 上饶市)
        ("上饶县人民政府", "上饶市广信区", "361104"),
        ("邢台县人民政府", "邢台市信都区", "130503"),
        ("芜湖县人民政府", "芜湖市湾沚区", "340210"),
        ("南通市港闸区人民政府", "南通市崇川区", "320613"),
        ("长岛县人民政府", "烟台市蓬莱区", "370614"),
        ("上海市闸北区人民政府", "上海市静安区", "310106"),
        ("重庆市江北区人民政府", "重庆市两江新区", "500157"),  # not Ningbo's 江北区, which still exists
    ],
)
def test_a_division_abolished_into_another_resolves_to_it_with_a_doubt(written, now, code):
    ident = identify(written)
    assert (ident.full, ident.region_code, ident.level) == (now + "人民政府", code, "县级政府")
    assert any(written.removesuffix("人民政府")[-3:] in d and "旧称" in d for d in ident.doubts)
    assert identify("宁波市江北区人民政府").region_code == "330205"


def test_a_place_written_before_a_name_that_lies_elsewhere_is_a_doubt():
    ident = identify("江苏省海淀区人民政府")  # 海淀区 is only Beijing's: kept, but not silently
    assert ident.region_code == "110108" and any("江苏省" in d for d in ident.doubts)
    assert identify("北京市海淀区人民政府").doubts == ()


@pytest.mark.parametrize(
    "written, region",
    [
        ("东莞市虎门镇人民政府", "广东省东莞市虎门镇"),  # 东莞, 中山, 儋州, 嘉峪关 have no counties:
        ("中山市小榄镇人民政府", "广东省中山市小榄镇"),  # their towns sit right under the city
        ("东莞市东城街道办事处", "广东省东莞市东城街道"),
        ("嘉峪关市峪泉镇人民政府", "甘肃省嘉峪关市峪泉镇"),
    ],
)
def test_a_town_of_a_city_without_counties_is_the_town_not_the_city(written, region):
    ident = identify(written)
    city = written[: written.index("市") + 1]
    assert (ident.full, ident.region, ident.level) == (written, region, "乡级政府")
    assert ident.region_code == G.by_name(city)[0].code  # the township's own code is not in our list
    assert not {city, city + "人民政府"} & name_forms(ident)  # a town is not its city


@pytest.mark.parametrize(
    "debris",
    [
        "# 沭阳县人民政府",
        "**沭阳县人民政府**",
        "标题：沭阳县人民政府",
        "发布机构: 沭阳县人民政府",
        "首页 > 政务公开 > 年度报告 > 沭阳县人民政府2023年政府信息公开工作年度报告",
        "沭阳县人民政府2023年政府信息公开工作年度报告.pdf",
        "【沭阳县人民政府】",
    ],
)
def test_markdown_and_crawler_debris_is_not_part_of_the_name(debris):
    ident = identify(debris)
    assert ident.name == "沭阳县人民政府" and ident.region_code == "321322"


@pytest.mark.parametrize(
    "fragment", ["办公室", "法规处", "河北省人社厅法规处", "工作", "", "河北省人社厅办公室", "上海市静安区统计局办公室"]
)
def test_fragments_name_no_body(fragment):
    ident = identify(fragment)
    assert ident is None or not ident.complete


def test_fragment_before_a_name_is_dropped():
    ident = identify("按照省科技厅")
    assert ident.name == "省科技厅" and ident.body == "科学技术厅"


def test_ambiguous_county_is_not_guessed_but_context_settles_it():
    ident = identify("鼓楼区人民政府")
    assert ident.region is None and any("多处" in d for d in ident.doubts)
    assert identify("鼓楼区人民政府", context="本区位于福州市中心，福州市委、市政府……").region_code == "350102"
    assert identify("鼓楼区人民政府", context="南京市鼓楼区坚持……南京市").region_code == "320106"


def test_place_unknown_to_the_gazetteer_is_kept_as_written():
    ident = identify("测试县人民政府")
    assert ident.full == "测试县人民政府" and ident.region is None and ident.level == "县级政府"
    assert any("测试县" in d for d in ident.doubts)
    ident = identify("上海市测试区人民政府")  # after a known place: the whole, never the fragment 「区人民政府」
    assert ident.full == "上海市测试区人民政府" and ident.region is None and ident.level == "县级政府"
    text = "上海市测试区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，静安区……浦东新区……静安区。\n"
    assert _issuer(text).agency == "上海市测试区人民政府"  # not the district the text names most


# --- name_forms ----------------------------------------------------------------------------------


def test_name_forms_of_a_provincial_department():
    forms = name_forms(identify("河北省科学技术厅"))
    assert {"河北省科学技术厅", "河北省科技厅", "河北科技厅", "省科技厅", "科技厅", "科学技术厅"} <= forms
    assert "河北省" not in forms and "河北" not in forms  # a department is not its province
    assert "科技厅" not in name_forms(identify("河北省科学技术厅"), generic=False)


def test_name_forms_of_a_county_government_never_name_its_city():
    forms = name_forms(identify("淮安市洪泽区人民政府"))
    assert {"淮安市洪泽区人民政府", "洪泽区人民政府", "洪泽区政府", "洪泽区", "洪泽"} <= forms
    assert not {"淮安市", "淮安", "江苏省", "江苏"} & forms


def test_name_forms_short_committee_and_government_office():
    assert {"上海市科委", "科委", "市科委", "上海市科学技术委员会"} <= name_forms(identify("上海市科委"))
    office = name_forms(identify("安康市人民政府办公室"))
    assert {"安康市", "安康", "安康市政府办", "安康市政府办公室", "市政府办公室"} <= office


def test_name_forms_include_the_ocr_name_as_written_and_the_real_one():
    forms = name_forms(identify("#沐阳县人民政府"))
    assert {"沐阳县人民政府", "沭阳县人民政府", "沭阳县", "沭阳"} <= forms


# --- mentions in questions -----------------------------------------------------------------------


def _m(q: str):
    return [(m.text, m.kind, m.region_code) for m in mentions(q)]


def test_mentions_exact_over_partial():
    assert _m("淮安市2023年收到多少件申请？") == [("淮安市", "region", "320800")]
    assert _m("淮安市洪泽区2023年收到多少件申请？") == [("淮安市洪泽区", "region", "320813")]
    assert _m("洪泽区政府收到多少件申请？") == [("洪泽区政府", "body", "320813")]


def test_mentions_bodies_with_and_without_place():
    found = mentions("上海市人民政府和上海市科委哪个收到的申请多？")
    assert [(m.text, m.kind, m.region_code) for m in found] == [
        ("上海市人民政府", "body", "310000"),
        ("上海市科委", "body", "310000"),
    ]
    assert found[1].identity.body == "科学技术委员会"
    kewei = mentions("科委2024年主动公开了多少条？")
    assert [(m.text, m.kind, m.region_code) for m in kewei] == [("科委", "body", None)]
    assert kewei[0].identity.body == "科学技术委员会"
    assert [m.identity.body for m in mentions("发改局的申请数量")] == ["发展和改革局"]


def test_mentions_short_region_and_spans():
    q = "平潭的申请数量逐年怎么变化？"
    found = mentions(q)
    assert [(m.text, m.kind, m.region_code) for m in found] == [("平潭", "region", "350128")]
    assert found[0].identity.full == "平潭综合实验区管理委员会"  # the body that reports, not 平潭县
    assert q[found[0].start : found[0].end] == "平潭"
    spaced = "请问 河北省 科技厅 收到多少申请"
    m = mentions(spaced)[0]
    assert spaced[m.start : m.end] == "河北省 科技厅" and m.identity.full == "河北省科学技术厅"


@pytest.mark.parametrize(
    "q",
    [
        "收到多少件政府信息公开申请？",
        "行政复议结果维持多少件？",
        "公安局收到的申请",
        "合作项目有多少个？",
        "全年发布信息多少条",
        "同意公开答复多少件",
    ],
)
def test_no_place_in_ordinary_questions(q):
    assert all(m.kind == "body" for m in mentions(q)), mentions(q)
    assert all(m.region_code is None for m in mentions(q))


def test_ambiguous_place_in_a_question_has_no_code_but_says_why():
    found = mentions("朝阳区收到多少申请")
    assert [(m.text, m.kind, m.region_code) for m in found] == [("朝阳区", "region", None)]
    assert any("北京市朝阳区" in d for d in found[0].identity.doubts)
    assert [m.region_code for m in mentions("北京市朝阳区政府收到多少申请")] == ["110105"]
    assert mentions("开发区管委会收到多少申请") == []  # no 「区管委会」 cut out of a word


def test_ocr_name_in_a_question():
    assert [m.region_code for m in mentions("沭阳县2023年收到多少申请")] == ["321322"]
    found = mentions("沐阳县2023年收到多少申请")  # as the report (and so the user) misspelled it
    assert [(m.text, m.region_code) for m in found] == [("沐阳县", "321322")]
    assert any("沭阳县" in d for d in found[0].identity.doubts)
    assert [m.identity.full for m in mentions("沐阳县人民政府的申请")] == ["宿迁市沭阳县人民政府"]


# --- agency_key ----------------------------------------------------------------------------------


def test_agency_key_aligns_names_across_years():
    assert agency_key("淮安市洪泽区人民政府") == agency_key("洪泽区人民政府") == "洪泽区人民政府"
    assert agency_key("上海市科委") == agency_key("上海市科学技术委员会")
    assert agency_key("河北省人力资源社会保障厅") == agency_key("河北省人力资源和社会保障厅")
    assert agency_key("平潭综合实验区") == "平潭综合实验区"
    assert agency_key("淮安市人民政府") != agency_key("洪泽区人民政府")
    assert agency_key(None) == ""


# --- the gazetteer -------------------------------------------------------------------------------


def test_gazetteer_is_current_and_consistent():
    by_code, _, _ = G._tables()
    real = [d for k, d in by_code.items() if not d.zone]
    assert len(real) > 3200 and all(len(d.code) == 6 and d.code.isdigit() for d in real)
    assert all(G.get(d.parent) is not None for d in real if d.parent)
    # changes of 2023-2025 are in (错那县→错那市 2023, 新疆和安县/和康县 2024)
    assert [d.code for d in G.by_name("错那市")] == ["540581"] and not G.by_name("错那县")
    assert G.by_name("和康县") and G.by_name("和安县")
    assert G.path(G.by_name("洪泽区")[0]) == "江苏省淮安市洪泽区"


@pytest.mark.parametrize(
    "name, short",
    [
        ("河北省", "河北"),
        ("内蒙古自治区", "内蒙古"),
        ("黔南布依族苗族自治州", "黔南"),
        ("鄂温克族自治旗", "鄂温克"),
        ("浦东新区", "浦东"),
        ("沙县区", "沙县"),
        ("万柏林区", "万柏林"),
        ("和县", ""),
    ],
)
def test_short_forms_of_divisions(name, short):
    assert {d.short for d in G.by_name(name)} == {short}


# --- finding the issuer in a report: each statement form ------------------------------------------

BODY = (
    "一、总体情况\n2023年，我厅认真贯彻落实《中华人民共和国政府信息公开条例》，按照省委、省政府的部署，"
    "日常工作由法规处负责，主动公开政府信息1200条。\n二、主动公开政府信息情况\n……\n六、其他需要报告的事项\n无。\n"
)


def _issuer(text: str):
    return find_issuer(text, find_title(text))


@pytest.mark.parametrize(
    "text",
    [
        "河北省科学技术厅2023年政府信息公开工作年度报告\n" + BODY,
        "河北省科学技术厅2023年政府信息公开工作年度报告.pdf\n" + BODY,
        "# 河北省科学技术厅2023年政府信息公开工作年度报告\n" + BODY,
        "标题: 河北省科学技术厅2023年政府信息公开工作年度报告\n发布机构: 河北省科学技术厅\n" + BODY,
        "本报告由河北省科学技术厅根据《中华人民共和国政府信息公开条例》编制。\n" + BODY,
        "根据条例要求，河北省科学技术厅编写了《2023年政府信息公开工作年度报告》。\n" + BODY,
        "根据条例要求，现发布《河北省科学技术厅2023年政府信息公开工作年度报告》。\n" + BODY,
        "2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》（以下简称《条例》），现发布《河北省科学技术厅2023年政府信息公开工作年度报告》。\n"
        + BODY.replace("我厅", "本机关"),  # a line break inside the look-back window before the quoted name
        "2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》，现发布《河北省科学技术厅2023年政\n"
        "府信息公开工作年度报告》。\n" + BODY.replace("我厅", "本机关"),  # a PDF line wrapped inside the quoted name
        BODY + "河北省科学技术厅\n2024年1月20日\n",
        BODY + "河北省科学技术厅\n二〇二四年一月二十日\n",
        BODY.replace("\n", "") + "六、其他需要报告的事项无河北省科学技术厅2024年1月20日更多信息请关注官方微信",
        BODY + "附件：1、河北省科学技术厅2023年政府信息公开工作年度报告.doc\n",
        "根据《中华人民共和国政府信息公开条例》《河北省实施〈中华人民共和国政府信息公开条例〉办法》，发布本年度报告。\n"
        + BODY.replace("2023年，我厅", "2023年，省科技厅"),
        "当前位置：首页 > 政务公开 > 年度报告\n河北省科学技术厅2023年政府信息公开工作年度报告\n" + BODY,
    ],
)
def test_issuer_from_each_statement_form(text):
    issuer = _issuer(text)
    assert issuer.identity is not None and issuer.identity.full == "河北省科学技术厅", issuer
    assert issuer.identity.region_code == "130000" and issuer.identity.level == "省级部门"
    assert issuer.agency in ("河北省科学技术厅",)


def test_issuer_is_never_a_fragment_or_the_superior_government():
    assert _issuer(BODY).agency is None  # 「法规处」「省政府」 name no issuer; no province to complete 「我厅」
    text = (
        "一、总体情况\n2023年，省科技厅深入贯彻省委、省政府决策部署，河北省人民政府办公厅通报……我厅网站发布信息。"
        "按照河北省人民政府的要求，我厅……\n" + BODY
    )
    issuer = _issuer(text)
    assert issuer.identity.full == "河北省科学技术厅"


def test_signature_printed_by_an_office_is_not_the_issuer():
    text = (
        "标题: 平潭综合实验区君山片区管理局 2022年政府信息公开工作年度报告\n"
        + BODY
        + "平潭综合实验区君山片区管理局 2023年1月9日 抄送：驻君山片区管理局纪检监察组。 君山片区管理局党政办公室 2023年1月9日印"
    )
    assert _issuer(text).agency == "平潭综合实验区君山片区管理局"
    no_title = (
        BODY + "平潭综合实验区君山片区管理局 2023年1月9日 抄送：纪检监察组。 君山片区管理局党政办公室 2023年1月9日印"
    )
    assert _issuer(no_title).agency == "平潭综合实验区君山片区管理局"
    printed = BODY + "沭阳县统计局\n2024年1月20日\n抄送：县政府办公室。\n沭阳县人民政府办公室  2024年1月22日印发\n"
    assert _issuer(printed).agency == "沭阳县统计局"  # the printing office is a whole body too


def test_ocr_confused_title_gives_the_real_region_with_a_doubt_in_the_record():
    real = (CORPUS / "reports" / "pingtan-2022.txt").read_text(encoding="utf-8")
    text = "# 沐阳县人民政府2023年政府信息公开工作年度报告\n" + real.split("\n", 1)[1]  # another title
    report = extract_bytes(text.encode())
    assert report.agency == "沐阳县人民政府"  # as written, debris removed
    assert report.agency_full == "宿迁市沭阳县人民政府" and report.region_code == "321322"
    assert report.region == "江苏省宿迁市沭阳县" and report.agency_level == "县级政府"
    assert any("沭阳县" in d for d in report.agency_doubts)


# --- the real reports ----------------------------------------------------------------------------

UNLABELED = json.loads((CORPUS / "unlabeled" / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(UNLABELED))
def test_unlabeled_reports_come_out_with_their_agency(name):
    report = extract_path(str(CORPUS / "unlabeled" / name))
    assert report.agency == UNLABELED[name]["agency"]
    assert report.region_code and report.agency_full


@pytest.mark.parametrize("gold_path", sorted((CORPUS / "gold").glob("*.json")), ids=lambda p: p.stem)
def test_corpus_agency_region_and_level_equal_gold(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = extract_path(str(next((CORPUS / "reports").glob(gold_path.stem + ".*"))))
    assert (report.agency, report.region, report.agency_level) == (gold["agency"], gold["region"], gold["level"])


@pytest.mark.parametrize(
    ("printed", "full", "code", "level"),
    [
        ("廣東省教育廳", "广东省教育厅", "440000", "省级部门"),
        ("河北省財政廳", "河北省财政厅", "130000", "省级部门"),
        ("廣州市人民政府", "广州市人民政府", "440100", "市级政府"),
        ("蘇州市人民政府", "苏州市人民政府", "320500", "市级政府"),
        ("桂林市秀峯區衛生健康局", "桂林市秀峰区卫生健康局", "450302", "县级部门"),
        ("淮安市洪澤區發展和改革局", "淮安市洪泽区发展和改革局", "320813", "县级部门"),
        ("湖南省長沙縣黃興鎮人民政府", "长沙市长沙县黄兴镇人民政府", "430121", "乡级政府"),
        ("吉林省乾安縣人民政府", "松原市乾安县人民政府", "220723", "县级政府"),  # 「乾」 is simplified too
    ],
)
def test_a_name_in_traditional_or_variant_characters_reads_as_its_body(printed, full, code, level):
    """Issue 11: 「區」 is 区, 「峯」 峰 — the name stays as printed, its standard name, region and
    level are the gazetteer's, and its key is the simplified name's (one group whatever the script)."""
    ident = identify(printed)
    assert ident is not None
    assert (ident.name, ident.full, ident.region_code, ident.level) == (printed, full, code, level)
    assert not ident.doubts
    assert agency_key(printed) == agency_key(full)


def test_a_simplified_report_with_its_agency_printed_in_traditional_keeps_the_printed_name():
    """Title and signature set in 繁體, the rest simplified (too few such characters for a 繁體 report):
    `agency` as printed, `agency_full` and the level the simplified body's."""
    name = "桂林市秀峯區衛生健康局"
    text = f"{name}2023年政府信息公开工作年度报告\n\n一、总体情况\n本局认真贯彻落实条例。\n\n{name}\n2024年1月20日\n"
    report = extract_bytes(text.encode(), "report.txt")
    assert report.agency == name
    assert report.agency_full == "桂林市秀峰区卫生健康局"
    assert report.agency_level == "县级部门"
    assert name in report.text and report.text.count("秀峰区") == 0  # the text as printed
