"""wild34's lost families, as families (inputs written here, not the wild34 files): WHOSE report it is when the
file carrying it is a bigger document.

1. The report's issuer vs the sender of the document that carries it: an OA 公文 (「关于报送…年度报告的函」, 「…办公室
   关于转发《…》的通知」) with its own sender line, 文号 and signature, then the report under its own title — the
   report's title and signature decide, never the letter's sender (meta._CARRIER_LINE, _own_title).
2. A short-form headline (「一图读懂｜吴兴区2023年…年度报告」, 「【图解】…」, 「…年度报告（图解）」) over the report whose
   full title or signature names the same body in full: the full form wins; a place read alone as its government
   and printed nowhere in full is completed through the gazetteer only where unambiguous (never a place several
   counties share) (meta._government_named)."""

from __future__ import annotations

import io

from extractor.extract import extract_bytes
from extractor.meta import find_issuer, find_title

BASIS = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
PERIOD = "本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。"


def _report(title: str, signature: str = "") -> list[str]:
    lines = [
        title,
        f"本报告{BASIS}编制。{PERIOD}",
        "一、总体情况",
        "2023年，本机关全年主动公开政府信息215条，收到政府信息公开申请12件。",
        "五、存在的主要问题及改进情况",
        "存在的问题是培训不足，下一步将加强业务培训。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    return lines + ([signature, "2024年1月18日"] if signature else [])


def _letter(sender: str, subject: str, name: str) -> list[str]:
    return [
        sender,
        "章府办函〔2024〕11号",
        subject,
        "赣州市人民政府办公室：",
        f"根据《中华人民共和国政府信息公开条例》第四十九条要求，现将《{name}》报送你办，请审阅。",
        f"附件：1.{name}（共9页）",
        "联系人：李华　联系电话：0797-8123456",
        sender,
        "2024年1月25日",
        f"抄送：区委办公室。　{sender}　2024年1月26日印发",
    ]


def _issuer(text: str):
    return find_issuer(text, find_title(text))


NAME = "赣州市章贡区人民政府2023年政府信息公开工作年度报告"


def test_a_report_letter_sent_by_the_office_is_the_governments_report():
    text = "\n".join(
        _letter("赣州市章贡区人民政府办公室", "关于报送2023年度政府信息公开工作年度报告的函", NAME)
        + _report(NAME, "赣州市章贡区人民政府")
    )
    assert find_title(text) == NAME
    assert _issuer(text).agency == "赣州市章贡区人民政府"


def test_a_forwarding_notice_of_a_bureaus_report_from_the_governments_office():
    subject = "关于转发2023年度政府信息公开工作年度报告的通知"
    name = "赣州市章贡区卫生健康委员会2023年政府信息公开工作年度报告"
    text = "\n".join(_letter("赣州市章贡区人民政府办公室", subject, name) + _report(name))
    issuer = _issuer(text)
    assert issuer.agency == "赣州市章贡区卫生健康委员会"
    assert issuer.identity is not None and issuer.identity.body == "卫生健康委员会"


def test_a_letter_whose_report_prints_no_title_of_its_own_never_gives_the_sender():
    text = "\n".join(
        _letter("赣州市章贡区人民政府办公室", "关于报送2023年度政府信息公开工作年度报告的函", NAME)
        + _report("一、报告说明", "赣州市章贡区人民政府")
    )
    assert _issuer(text).agency != "赣州市章贡区人民政府办公室"


def test_a_tujie_headline_names_the_body_short_the_full_title_wins():
    for headline in (
        "一图读懂｜吴兴区2023年政府信息公开工作年度报告",
        "【图解】吴兴区2023年政府信息公开工作年度报告",
        "吴兴区2023年政府信息公开工作年度报告（图解）",
    ):
        text = "\n".join(
            [headline, "【图解】主动公开政府信息2万余条　办理依申请公开近百件", "（点击图片查看大图）"]
            + _report("湖州市吴兴区人民政府2023年政府信息公开工作年度报告", "湖州市吴兴区人民政府")
            + ["政策解读：《吴兴区2023年政府信息公开工作年度报告》", "解读机关：湖州市吴兴区人民政府办公室"]
        )
        assert _issuer(text).agency == "湖州市吴兴区人民政府", headline


def test_a_place_titled_alone_is_read_as_its_signature_prints_it():
    text = "\n".join(_report("吴兴区2023年政府信息公开工作年度报告", "湖州市吴兴区人民政府"))
    issuer = _issuer(text)
    assert issuer.agency == "湖州市吴兴区人民政府"
    assert issuer.identity is not None and issuer.identity.region == "浙江省湖州市吴兴区"
    text = "\n".join(_report("吴兴区2023年政府信息公开工作年度报告", "吴兴区人民政府"))
    assert _issuer(text).agency == "吴兴区人民政府"  # as printed: the report's words, not a name it never prints


def test_a_place_alone_is_completed_from_the_gazetteer_only_where_unambiguous():
    text = "\n".join(_report("柯桥区2023年政府信息公开工作年度报告"))
    assert _issuer(text).agency == "绍兴市柯桥区人民政府"
    shared = _issuer("\n".join(_report("鼓楼区2023年政府信息公开工作年度报告")))
    assert shared.agency is None or "市鼓楼区" not in shared.agency  # four cities have one: no guess


def _docx(paragraphs: list[str]) -> bytes:
    from docx import Document as Docx

    doc = Docx()
    for p in paragraphs:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_carriers_docx_letter_and_html_tujie_page():
    paragraphs = _letter("赣州市章贡区人民政府办公室", "关于报送2023年度政府信息公开工作年度报告的函", NAME) + _report(
        NAME, "赣州市章贡区人民政府"
    )
    report = extract_bytes(_docx(paragraphs), "letter.docx")
    assert (report.agency, report.year) == ("赣州市章贡区人民政府", 2023)
    lines = ["一图读懂｜吴兴区2023年政府信息公开工作年度报告", "（点击图片查看大图）"] + _report(
        "湖州市吴兴区人民政府2023年政府信息公开工作年度报告", "湖州市吴兴区人民政府"
    )
    page = "<html><head><title>一图读懂｜吴兴区2023年政府信息公开工作年度报告</title></head><body>"
    page += "".join(f"<p>{x}</p>" for x in lines) + "</body></html>"
    report = extract_bytes(page.encode("utf-8"), "tujie.html")
    assert (report.agency, report.year, report.region) == ("湖州市吴兴区人民政府", 2023, "浙江省湖州市吴兴区")
