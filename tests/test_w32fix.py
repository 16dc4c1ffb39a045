"""The report's SCRIPT (wild32's two lost families), from the user's side.

1. A report printed in 繁體 (a site's switch, a Big5 text, a Word copy of the page): the agency is given in
   SIMPLIFIED characters — `agency`, `agency_full` and `agency_short` — as users search and as every record
   groups it, wherever the report states it (title, introduction, signature); the report's text stays as
   printed. A converter's slips (复 → 複, 干 → 乾) are read through; a place name's own character is kept
   (「乾安縣」 is 乾安县, never 干安县).
2. A bilingual report (Tibetan, Uyghur, Mongolian, Korean with the Chinese): a minority-script line numbered
   in that script's digits above every heading (「༤ …」 over 「四、…」, right after table 三's last row and
   right before 五 after table 四's values) and label cells in both scripts: every table reads whole, and a
   minority-script digit is never a value."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eval.reportgen import render_doc, render_html, render_text
from eval.reportgen.agencies import Agency
from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import BY_NAME, prepared
from eval.reportgen.layout import parts
from eval.reportgen.script_forms import bilingual, converted, traditional_with_slips
from eval.reportgen.traditional import traditional
from extractor.extract import extract_bytes
from extractor.normalize import fold
from extractor.traditional import has_traditional

STYLES = ("title", "compiler", "release", "signature")


_FAMILY = {"txt": "txt-tsv", "gb18030": "txt-tsv", "big5": "txt-tsv", "html": "html-plain", "docx": "docx-merged"}


def _report(agency: Agency, style: str, seed: int = 0, template: str = "GF2021", carrier: str = "txt"):
    """The model as the carrier's own family prints it (a text's tab-separated rows show no row all blank)."""
    fam = BY_NAME[_FAMILY.get(carrier, "pdf-ruled")]
    m, e = prepared(RandomDraw(seed), fam, template, agency=lambda d: agency)
    m = replace(m, agency_style=style)
    return m, e


def _render(carrier: str, p, convert=traditional) -> tuple[bytes, str]:
    if carrier == "txt":
        return convert(render_text.tsv(p)).encode("utf-8"), "r.txt"
    if carrier == "big5":
        return convert(render_text.tsv(p)).replace("\n", "\r\n").encode("big5hkscs"), "r.txt"
    if carrier == "html":
        return convert(render_html.plain(p)).encode("utf-8"), "r.html"
    if carrier == "docx":
        return render_doc.docx(converted(p, convert)), "r.docx"
    return render_doc.pdf(converted(p, convert), True), "r.pdf"


BODIES = (
    Agency("桂林市七星区商务局", "桂林市七星区", "商务局", "本局"),
    Agency("黔东南苗族侗族自治州凯里市卫生健康局", "黔东南苗族侗族自治州凯里市", "卫生健康局", "本局"),
    Agency("广东省市场监督管理局", "广东省", "市场监督管理局", "本局"),
)


@pytest.mark.parametrize("carrier", ["txt", "big5", "html", "docx", "pdf"])
@pytest.mark.parametrize("k", range(len(BODIES)))
def test_a_traditional_report_gives_its_agency_in_simplified(carrier, k):
    body = BODIES[k]
    style = STYLES[(k + len(carrier)) % len(STYLES)]
    m, e = _report(body, style, seed=k, carrier=carrier)
    data, name = _render(carrier, parts(m))
    report = extract_bytes(data, name)
    assert report.agency == body.full, (style, report.agency)
    assert report.agency_full == body.full
    assert report.agency_short is not None and not has_traditional(report.agency_short)
    assert not mismatches(report, e)  # every cell, the year, the template
    if carrier in ("txt", "big5", "html"):
        assert traditional(body.full) in report.text  # the text as printed


@pytest.mark.parametrize("style", STYLES)
def test_converter_slips_are_read_through_and_a_place_names_own_character_kept(style):
    """复 → 複 everywhere (行政複議), 干 → 乾 (乾部): the labels read; 「乾安縣」/「乾縣」 are the bodies'
    own names (松原市乾安县, 咸阳市乾县), never 干安县 (read as 绵阳's old 安县) or a place not in the table."""
    for body, short in (
        (Agency("松原市乾安县人民政府", "松原市乾安县", "人民政府", "本机关"), "乾安县政府"),
        (Agency("咸阳市乾县教育局", "咸阳市乾县", "教育局", "本局"), "乾县教育局"),
    ):
        m, e = _report(body, style)
        p = parts(m)
        p = replace(p, tail=[*p.tail[:2], "下一步将加强乾部培训，做好答复工作。", *p.tail[2:]])
        data, name = _render("txt", p, traditional_with_slips)
        text = data.decode("utf-8")
        assert "行政複議" in text and "乾部" in text and traditional(body.place[3:]) in text
        report = extract_bytes(data, name)
        assert (report.agency, report.agency_full, report.agency_short) == (body.full, body.full, short)
        assert report.region is not None and report.region.endswith(body.place[-3:])
        assert not mismatches(report, e)
        # the same body's simplified report: its own 「乾」 read as it is, never converted
        data, name = _render("txt", parts(m), convert=lambda s: s)
        assert extract_bytes(data, name).agency == body.full


def test_a_minority_script_digit_folds_to_no_digit():
    for s in ("༤", "٣", "۴", "᠕"):
        assert not fold(s).isdigit() and not fold(s).isdecimal()
    assert fold("１２") == "12"  # full-width digits are the report's own: still read


@pytest.mark.parametrize("script", ["tibetan", "uyghur", "mongolian"])  # (Korean: ASCII digits, in the generator)
@pytest.mark.parametrize("carrier", ["txt", "gb18030", "html", "docx"])
@pytest.mark.parametrize("labels", [False, True])
def test_a_bilingual_report_reads_every_table(script, carrier, labels):
    body = BODIES[0]
    for seed, template in ((1, "GF2021"), (2, "GF2019")):
        m, e = _report(body, STYLES[seed], seed=seed, template=template, carrier=carrier)
        p = bilingual(parts(m), RandomDraw(seed), labels=labels, script=script)
        if carrier == "gb18030":
            data, name = render_text.tsv(p).encode("gb18030"), "r.txt"
        else:
            data, name = _render(carrier, p, convert=lambda s: s)
        report = extract_bytes(data, name)
        problems = mismatches(report, e)
        assert not problems, (script, carrier, template, problems[:6])
        doubts = [
            f.message for f in report.findings if f.kind == "extraction_doubt" and f.where[:2] in ("t2", "t3", "t4")
        ]
        assert not doubts, (script, carrier, template, doubts[:3])
