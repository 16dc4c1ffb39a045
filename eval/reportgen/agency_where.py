"""Where else a report prints its issuing body, and how else it names it (the wild10 families):
- only in the page header of a red-head Word template (title 「2024年度…年度报告」, text 「本镇」,
  signature 「（盖章）」): `without_agency` + `docx_with_header`, `odt_with_header`;
- only in a form's 「填报单位（盖章）：」 line under the title (a county's workbook template): `filled_by`;
- only in the form row of a 年报 fill-in system's data export (「填报单位 | <agency> | | 报告年度 | 2024」: label
  and value in cells side by side, the year stated there alone), tables only, no narrative: `fill_export`;
- a town a city's development zone administers, named under the zone (「成都高新区肖家河街道办事处」,
  its division 成都市武侯区): `draw_zone_town_agency`;
- a simplified report whose agency is printed in 繁體 (a title and signature set in Hong Kong style,
  pasted from a 繁體 page): `draw_traditional_named_agency`."""

from __future__ import annotations

import functools
import io
from dataclasses import replace

from eval.reportgen.agencies import (
    DATA,
    Agency,
    _divisions,
    draw_agency,
    draw_shared_place_agency,
    draw_zone_bureau_agency,
)
from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Parts, parts, rows_of, t3_grid_folded, with_indicator_codes
from eval.reportgen.model import Model
from eval.reportgen.traditional import traditional

_ZONE_WORDS = ("高新区", "经开区", "经济技术开发区", "高新技术产业开发区")


def without_agency(m: Model) -> Parts:
    """The report with its agency printed nowhere in the text: the signature style's parts without
    the signature (the body's name and the date under it)."""
    p = parts(replace(m, agency_style="signature"))
    return Parts(p.head, p.blocks, p.tail[:-2])


def docx_with_header(m: Model, d: Draw) -> bytes:
    """A red-head DOCX: the agency in red in the page header (the first page's own header or the
    default one), the text naming no body; the signature a bare 「（盖章）」."""
    from docx import Document as Docx
    from docx.shared import Pt, RGBColor

    from eval.reportgen.render_doc import _table

    doc = Docx()
    section = doc.sections[0]
    first = d.int(0, 1) == 1
    if first:
        section.different_first_page_header_footer = True
    header = section.first_page_header if first else section.header
    run = header.paragraphs[0].add_run(m.agency.printed or m.agency.full)
    run.font.color.rgb = RGBColor(0xFF, 0, 0)
    run.font.size = Pt(22)
    p = without_agency(m)
    for b in [*p.head, *p.blocks, *p.tail, "（盖章）", f"{m.year + 1}年1月20日"]:
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        for cell, c in _table(doc, b[2])[1]:
            cell.text = c.text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def odt_with_header(m: Model, d: Draw) -> bytes:
    """The red-head template saved as .odt: the agency in the default master page's header (styles.xml),
    or in its first page's header (`style:header-first`, ODF 1.3)."""
    from xml.sax.saxutils import escape

    from eval.reportgen.render_data import _odt_content, _package

    p = without_agency(m)
    content = _odt_content(Parts(p.head, p.blocks, [*p.tail, "（盖章）", f"{m.year + 1}年1月20日"]), d)
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    tag = "style:header-first" if d.int(0, 1) else "style:header"
    name = escape(m.agency.printed or m.agency.full)
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.3">'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f'<{tag}><text:p text:style-name="Header">{name}</text:p></{tag}>'
        "</style:master-page></office:master-styles></office:document-styles>"
    )
    return _package("application/vnd.oasis.opendocument.text", content, styles)


def filled_by(m: Model, d: Draw) -> Parts:
    """The title, then 「填报单位（盖章）：<agency>」 (alone, or with the date on its row), and the report."""
    p = without_agency(m)
    name = m.agency.printed or m.agency.full
    label = d.pick(("填报单位（盖章）：", "填报单位：", "填报单位(盖章)："))
    line = label + name if d.int(0, 1) == 0 else f"{label}{name}　　填报日期：{m.year + 1}年1月20日"
    return Parts([p.head[0], line, *p.head[1:]], p.blocks, p.tail)


def fill_export(m: Model) -> Parts:
    """A 年报 fill-in system's data export: its title, a form row naming the body and the year in cells
    (「填报单位」 beside the name, 「报告年度」 beside the year), the export time, then only the three
    tables under their headings, each row with its indicator code, table 三's rows named with their
    group folded in (`t3_grid_folded`) — no narrative, no signature."""
    p = parts(m)
    folded = t3_grid_folded(m)
    p = with_indicator_codes(
        Parts(
            p.head,
            [("t3", rows_of(folded), folded) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks],
            p.tail,
        )
    )
    form = [
        [G("填报单位"), G(m.agency.printed or m.agency.full), G(""), G("报告年度"), G(str(m.year))],
        [G("导出时间"), G(f"{m.year + 1}-01-18 10:42:07"), G(""), G(""), G("")],
    ]
    tables = [b for b in p.blocks if not isinstance(b, str) or b.startswith(("二、", "三、", "四、"))]
    return Parts(["政府信息公开工作年度报告数据导出"], [("form", rows_of(form), form), *tables], [])


@functools.cache
def _zone_towns() -> list[tuple[str, str, str]]:
    """(city, county, town) for each town whose name is unique in its city (a 街道 or 镇)."""
    rows, _provinces, cities, _counties = _divisions()
    towns: dict[str, list[str]] = {}
    for line in (DATA / "towns.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, names = line.split("\t")[:2]
            towns[code] = [n[3:] for n in names.split(",") if n[3:].endswith(("街道", "镇"))]
    out = []
    for city in cities:
        counties = [c for c, (_, parent) in rows.items() if parent == city and c in towns]
        names = [t for c in counties for t in towns[c]]
        out += [(city, c, t) for c in counties for t in towns[c] if names.count(t) == 1 and 3 <= len(t) <= 8]
    return out


def draw_zone_town_agency(d: Draw) -> Agency:
    """A town's 办事处/人民政府 printed as 「<city without 市><zone><town>…」 (the zone administers it);
    its full name the division's: city, county, town."""
    rows, provinces, _cities, _counties = _divisions()
    city, county, town = d.pick(_zone_towns())
    city_name = rows[city][0]
    short = city_name[:-1]
    province_shorts = {rows[p][0].rstrip("省") for p in provinces}
    written_city = short if len(short) >= 2 and short not in province_shorts and d.int(0, 2) else city_name
    body = "办事处" if town.endswith("街道") else "人民政府"
    place = city_name + rows[county][0] + town
    printed = written_city + d.pick(_ZONE_WORDS) + town + body
    self_ref = "本街道" if town.endswith("街道") else "本镇"
    return Agency(place + body, place, body, self_ref, printed=printed)


def draw_short_named_agency(d: Draw) -> Agency:
    """A body written with its city's short name as forms and zones write it (「杭州余杭经济技术开发区
    管理委员会」, 「成都高新区肖家河街道办事处」, 「河北雄安新区…」): a zone's committee or bureau, or a
    zone's town — names the text's own mentions do not resolve, read from the statement that labels them."""
    return draw_zone_town_agency(d) if d.int(0, 1) else draw_zone_bureau_agency(d)


def draw_traditional_named_agency(d: Draw) -> Agency:
    """A body whose name the report prints in 繁體 (「桂林市秀峰區衛生健康局」) in an otherwise simplified
    text, too few such characters for the report to be read as a 繁體 one: read back as printed, its
    standard name (and so its level and region) the simplified one."""
    a = draw_agency(d)
    return replace(a, printed=traditional(a.full))


@functools.cache
def _county_towns() -> dict[str, frozenset[str]]:
    """county code → the names of its townships in the table."""
    out = {}
    for line in (DATA / "towns.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, names = line.split("\t")[:2]
            out[code] = frozenset(n[3:] for n in names.split(","))
    return out


_UNLISTED_STEMS = ("新兴", "兴华", "丰乐", "永安", "文昌", "新民", "富民", "兴隆", "长安", "迎宾")


def draw_district_town_agency(d: Draw) -> Agency:
    """A town of a county named as a district names its own agencies: a 街道办事处 as the district
    government's agency (「成都市武侯区人民政府玉林街道办事处」, read as the 街道), or a town the township
    table lacks — renamed, merged or newly set up (「嘉兴市南湖区新兴街道办事处」), read by its form."""
    rows, _provinces, _cities, _counties = _divisions()
    city, county, town = d.pick(_zone_towns())
    place = rows[city][0] + rows[county][0]
    if d.int(0, 1) and town.endswith("街道"):
        return Agency(
            place + town + "办事处", place + town, "办事处", "本街道", printed=place + "人民政府" + town + "办事处"
        )
    taken = _county_towns()[county]
    suffix = d.pick(("街道", "镇"))
    name = next((s + suffix for s in d.pick((_UNLISTED_STEMS, _UNLISTED_STEMS[::-1])) if s + suffix not in taken), "")
    body = "办事处" if suffix == "街道" else "人民政府"
    return Agency(place + name + body, place + name, body, "本" + suffix[0])


# a county bureau's long name and the short form its own signature block writes (departments.tsv's short names)
_SHORT_BODIES = (
    ("市场监督管理局", "市场监管局"),
    ("人力资源和社会保障局", "人社局"),
    ("发展和改革局", "发改局"),
    ("住房和城乡建设局", "住建局"),
    ("农业农村局", "农业农村局"),
    ("卫生健康局", "卫健局"),
)


def draw_county_bureau_agency(d: Draw) -> Agency:
    """A county's bureau that prints its name without the city above (「丹凤县市场监督管理局」, wild15): read back
    as printed, not with the city the gazetteer knows (「商洛市丹凤县…」)."""
    rows, _provinces, _cities, counties = _divisions()
    name, parent = rows[d.pick(counties)]
    body, _short = d.pick(_SHORT_BODIES)
    return Agency(rows[parent][0] + name + body, rows[parent][0] + name, body, "本局", name + body, name + body)


def short_signature(m: Model) -> Parts:
    """The full name only in a 「来源：」 line under a title that names no body; the signature the level alone and
    the body's short form (「县市场监管局」), which the text's place completes."""
    p = without_agency(m)
    a = m.agency
    short = dict(_SHORT_BODIES).get(a.body, a.body)
    level = (a.local or a.full).removesuffix(a.body)[-1:]
    source = f"来源：{a.printed or a.full}　　发布日期：{m.year + 1}-01-26"
    return Parts([p.head[0], source, *p.head[1:]], p.blocks, [*p.tail, level + short, f"{m.year + 1}年1月20日"])


# --- a body named short in the title, in full elsewhere; a second name in brackets (wild31) -------------


def named_twice(m: Model, d: Draw, bracketed: bool = False) -> Parts:
    """The title names the body SHORT (`local`: 「城关区人民政府」 without its city, 「城关镇人民政府」 without its
    county, or with a second name in brackets when `bracketed`); the report's full statement of the same
    body only in the signature block or in the introduction (「本报告由兰州市安宁区教育局根据…编制」). Read back as
    the fullest statement (`printed`), never the bracketed second name."""
    p = without_agency(m)
    a = m.agency
    full = a.local if bracketed else (a.printed or a.full)
    head = [f"{a.local}{m.year}年政府信息公开工作年度报告", *p.head[1:]]
    tail = list(p.tail)
    if d.int(0, 1):
        head[1] = head[1].replace("本报告由" + a.self_ref, "本报告由" + full, 1)
    else:
        tail += [full, f"{m.year + 1}年1月20日"]
    return Parts(head, p.blocks, tail)


def draw_shared_district_agency(d: Draw) -> Agency:
    """A district's body whose district name other cities have too (「城关区」: 兰州's and 拉萨's), not under a
    municipality: its title without the city, its full name (printed) with it."""
    while True:
        a = draw_shared_place_agency(d)
        if not a.full.startswith(("北京市", "天津市", "上海市", "重庆市")):
            return replace(a, printed=a.full)


@functools.cache
def _shared_towns() -> list[tuple[str, str, str]]:
    """(city, county, town) for a 镇/街道 whose name many counties share (「城关镇」), in a county (区/县) under a
    city whose name no other county has: the town alone names no place, the county before it settles it."""
    rows, _provinces, cities, counties = _divisions()
    county_names: dict[str, int] = {}
    for c in counties:
        county_names[rows[c][0]] = county_names.get(rows[c][0], 0) + 1
    towns = _county_towns()
    spread: dict[str, int] = {}
    for names in towns.values():
        for t in names:
            spread[t] = spread.get(t, 0) + 1
    out = []
    for c in counties:
        name, parent = rows[c]
        if parent in cities and county_names[name] == 1 and len(name) >= 2:
            out += [(parent, c, t) for t in sorted(towns.get(c, ())) if t.endswith(("镇", "街道")) and spread[t] >= 5]
    return out


def draw_shared_town_agency(d: Draw) -> Agency:
    """A township by a name dozens of counties share (「城关镇人民政府」「城关街道办事处」) titled alone, its county
    only where the report states it in full (「成县城关镇人民政府」): read back as printed; its full name the
    division's (city, county, town)."""
    rows, _provinces, _cities, _counties = _divisions()
    city, county, town = d.pick(_shared_towns())
    body = "办事处" if town.endswith("街道") else "人民政府"
    place = rows[city][0] + rows[county][0] + town
    self_ref = "本街道" if town.endswith("街道") else "本镇"
    return Agency(place + body, place, body, self_ref, local=town + body, printed=rows[county][0] + town + body)


# a body's first (三定) name and the second name hung on it (挂牌)
_SECOND_NAMES = (
    ("卫生健康委员会", "中医药管理局"),
    ("应急管理局", "地震局"),
    ("人力资源和社会保障局", "公务员局"),
    ("市场监督管理局", "知识产权局"),
    ("文化和旅游局", "文物局"),
)


def draw_second_name_agency(d: Draw) -> Agency:
    """A city's or a county's body with a second name in brackets after its first (「天水市卫生健康委员会（天水市中医药
    管理局）」, 「（市中医药管理局）」 without its place): read back as its first name."""
    rows, _provinces, cities, counties = _divisions()
    if d.int(0, 1):
        place = rows[d.pick(cities)][0]
    else:
        name, parent = rows[d.pick(counties)]
        place = rows[parent][0] + name
    body, second = d.pick(_SECOND_NAMES)
    named = (place if d.int(0, 1) else place[-1]) + second
    return Agency(place + body, place, body, "本" + body[-1], local=f"{place}{body}（{named}）", printed=place + body)


# --- the report inside a carrier that names another body or the same body short (the wild34 families) --------
_LETTER_SUBJECTS = (
    "关于报送{y}年度政府信息公开工作年度报告的函",
    "关于报送《{name}》的报告",
    "{sender}关于转发《{name}》的通知",
    "关于{y}年政府信息公开工作年度报告有关情况的说明",
)


def forwarded(m: Model, d: Draw) -> Parts:
    """An OA 公文 carrying the report: the sender (the body's office, or its superior's: 「…人民政府办公室」) on a line
    of its own, its 文号, a subject naming the report (「关于报送…年度报告的函」「…关于转发《…》的通知」), an
    addressee, 「现将《…》报送…」, an 附件 list, the sender and a date as its signature, a 抄送 line — then the report
    under its own title (its body's full name) and signature. Read back as the report's issuer, never the letter's
    sender."""
    a = m.agency
    full = a.printed or a.full
    sender = a.place + ("人民政府办公室" if a.body != "人民政府办公室" else "人民政府")
    if a.body not in ("人民政府", "人民政府办公室", "人民政府办公厅") and d.int(0, 1):
        sender = full + "办公室"
    name = f"{full}{m.year}年政府信息公开工作年度报告"
    subject = d.pick(_LETTER_SUBJECTS).format(y=m.year, name=name, sender=sender)
    n, y1 = d.int(1, 60), m.year + 1
    letter = [
        sender,
        f"{sender[:2]}办函〔{y1}〕{n}号",
        subject,
        f"{a.place[:2]}市人民政府办公室：",
        f"根据《中华人民共和国政府信息公开条例》第四十九条要求，现将《{name}》报送你办，请审阅。报告已于{y1}年1月{d.int(10, 28)}日公开。",
        f"附件：1.{name}（共{d.int(5, 20)}页）",
        f"2.{m.year}年度政府信息公开工作台账（共{d.int(2, 9)}页）",
        f"联系人：张敏　联系电话：0{d.int(100, 999)}-{d.int(1000000, 9999999)}",
        sender,
        f"{y1}年1月{d.int(29, 31)}日",
        f"抄送：区委办公室，区人大常委会办公室。　{sender}　{y1}年2月1日印发",
    ]
    p = parts(replace(m, agency_style="signature"))
    return Parts([*letter, name, *p.head[1:]], p.blocks, p.tail)


_HEADLINES = (
    "一图读懂｜{short}{y}年政府信息公开工作年度报告",
    "【图解】{short}{y}年政府信息公开工作年度报告",
    "图解：{short}{y}年政府信息公开工作年度报告",
    "{short}{y}年政府信息公开工作年度报告（图解）",
)


def headlined(m: Model, d: Draw) -> Parts:
    """A page with the report's 图解 above it — a headline naming the body SHORT (「一图读懂｜夷陵区2023年…年度报告」, the
    district alone), its figures rounded in words — then the report under its full title (or, half the time for a
    government, titled by the short form too and signed in full), and a 解读 after it naming the short form and
    the interpreting office. Read back as the report's full name, never the headline's short form."""
    a = m.agency
    full = a.printed or a.full
    short = a.local or full
    y = m.year
    graphic = [
        d.pick(_HEADLINES).format(short=short, y=y),
        f"【图解】主动公开政府信息{d.int(1, 9)}万余条　　办理依申请公开近百件　　召开新闻发布会{d.int(2, 30)}场",
        f"图1　{y - 2}—{y}年依申请公开数量变化（单位：件）：{y - 2}年{d.int(10, 99)}、{y - 1}年{d.int(10, 99)}、{y}年{d.int(10, 99)}",
        "（点击图片查看大图）",
    ]
    p = parts(replace(m, agency_style="signature"))
    title = f"{full}{y}年政府信息公开工作年度报告"
    tail = list(p.tail)
    if a.local and a.body == "人民政府" and d.int(0, 1):
        title = f"{a.local}{y}年政府信息公开工作年度报告"  # the full name in the signature only
    else:
        tail = tail[:-2] + [full, tail[-1]] if d.int(0, 1) else tail[:-2]
    jiedu = [
        f"政策解读：《{short}{y}年政府信息公开工作年度报告》",
        f"解读机关：{a.place}人民政府办公室　解读人：{short[:3]}政务公开办　发布日期：{y + 1}-01-26",
        f"一、{y}年共收到政府信息公开申请近百件，同比增长约一成，其中自然人申请占九成以上。",
        f"相关链接：{short}{y - 1}年政府信息公开工作年度报告　｜　{short}政府信息公开指南",
    ]
    return Parts([*graphic, title, *p.head[1:]], p.blocks, [*tail, *jiedu])


@functools.cache
def _unique_districts() -> list[str]:
    """Codes of districts and counties under a city (not a municipality) whose name no other county has: the
    place alone names one government."""
    rows, _provinces, cities, counties = _divisions()
    names: dict[str, int] = {}
    for c in counties:
        names[rows[c][0]] = names.get(rows[c][0], 0) + 1
    return [c for c in counties if rows[c][1] in cities and names[rows[c][0]] == 1 and len(rows[c][0]) >= 2]


def draw_headlined_agency(d: Draw) -> Agency:
    """A district's or county's government (or, now and then, one of its bureaus) whose page headline names it by
    the place alone (「夷陵区」): its full name with its city (「宜昌市夷陵区人民政府」), read back as printed so."""
    rows, _provinces, _cities, _counties = _divisions()
    name, parent = rows[d.pick(_unique_districts())]
    place = rows[parent][0] + name
    if d.int(0, 2):
        return Agency(place + "人民政府", place, "人民政府", "本机关", local=name, printed=place + "人民政府")
    a = draw_agency(d)
    body = "发展和改革局" if a.body.endswith("厅") or a.body.startswith("人民政府") else a.body
    return Agency(place + body, place, body, "本" + body[-1], local=name + body, printed=place + body)
