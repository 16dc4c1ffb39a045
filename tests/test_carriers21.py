"""Archives, compressed stores, PDF attachments and Word 2003 XML (extractor/carriers.py, extractor/pages.py,
extractor/flat_opc.py; issue 11 / wild21): a crawler's .html.gz page store, a wget mirror packed with tar (maybe
gzip'd), a 附件 .zip with GBK member names, a CMS article paginated into pages in one .zip (cut inside table 三), a
cover-letter PDF carrying the report as an embedded file, Word 2003 XML. Each reads as the report it carries and
says its carrier; a .gz of a bare text stays refused, an archive of no report is refused in its own words."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.carriers import member_name
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError

# family → (formats the payload may be, the outermost carrier)
CARRIED = {
    "html-gz-store": ({"html"}, "gzip"),
    "tar-site-mirror": ({"html"}, "tar"),
    "zip-attachment": ({"docx", "html"}, "zip"),
    "zip-paginated-pages": ({"html"}, "zip"),
    "pdf-cover-attachment": ({"docx", "pdf"}, "pdf"),
    "xml-word2003": ({"docx"}, None),
}
SEEDS = {"pdf-cover-attachment": 3, "zip-attachment": 4, "xml-word2003": 4}


@pytest.mark.parametrize("family", list(CARRIED))
def test_a_carried_report_reads_as_the_report(family):
    formats, carrier = CARRIED[family]
    for seed in range(SEEDS.get(family, 8)):
        g = generate(RandomDraw(seed), family)
        report = extract_bytes(g.data, g.name)
        problems = mismatches(report, g.expected)
        assert not problems, f"{family} seed {seed}: " + "\n".join(problems[:8])
        assert report.format in formats, (seed, report.format)
        if carrier is None:
            assert report.carrier is None
        else:
            assert report.carrier and carrier in report.carrier.split("/"), (seed, report.carrier)
        assert not [f for f in report.findings if f.check == "D8"], [f.message for f in report.findings]


def test_paginated_pages_are_one_document_in_page_order_without_their_furniture():
    for seed in range(6):
        g = generate(RandomDraw(seed), "zip-paginated-pages")
        doc = load_bytes(g.data)
        assert doc.text.count("发布时间") == 1, seed  # (the shell once)
        assert "下一页" not in doc.text and "上一页" not in doc.text, seed  # (the bars dropped)
        heads = [doc.text.find(h) for h in ("一、", "二、", "三、", "四、", "五、")]
        assert all(h >= 0 for h in heads) and heads == sorted(heads), (seed, heads)


def test_pages_that_do_not_link_to_each_other_are_not_joined():
    one, two = (generate(RandomDraw(k), "html-gz-store") for k in (3, 4))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:  # 「a_1.html」「a_2.html」: two reports, not two pages of one
        z.writestr("report_1.html", gzip.decompress(one.data))
        z.writestr("report_2.html", gzip.decompress(two.data))
    report = extract_bytes(buf.getvalue(), "two.zip")
    assert not (mismatches(report, one.expected) and mismatches(report, two.expected))


def test_gbk_member_names_are_read_as_written():
    gbk = "进贤县审计局2020年报/年度报告.docx".encode("gbk")
    assert member_name(gbk.decode("cp437"), False) == "进贤县审计局2020年报/年度报告.docx"
    assert member_name("报告.docx", True) == "报告.docx"
    g = generate(RandomDraw(0), "zip-attachment")
    names = [member_name(i.filename, bool(i.flag_bits & 0x800)) for i in zipfile.ZipFile(io.BytesIO(g.data)).infolist()]
    assert any(n.endswith("说明.txt") for n in names), names


def test_an_archive_of_no_report_is_refused_in_its_own_words():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
        z.writestr("logo.png", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ExtractError, match="ZIP 压缩包.*没有可读的年度报告.*请解压") as err:
        extract_bytes(buf.getvalue(), "a.zip")
    assert err.value.code == "unsupported"
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        info = tarfile.TarInfo("robots.txt")
        info.size = 2
        tf.addfile(info, io.BytesIO(b"x\n"))
    with pytest.raises(ExtractError, match="tar 归档中没有可读的年度报告"):
        extract_bytes(gzip.compress(out.getvalue()), "a.tar.gz")


def test_gzip_of_a_bare_text_stays_refused():
    with pytest.raises(ExtractError, match="gzip 压缩文件：请解压后提交"):
        extract_bytes(gzip.compress("政府信息公开工作年度报告\n".encode() * 50), "report.txt.gz")


def test_an_archive_carrying_two_reports_says_which_was_read():
    one, two = (generate(RandomDraw(k), "txt-lines") for k in (3, 4))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("2022年报.txt", one.data)
        z.writestr("2023年报.txt", two.data)
    report = extract_bytes(buf.getvalue(), "two.zip")
    doubts = [f.message for f in report.findings if f.check == "D8"]
    assert any("2份像是年度报告" in m for m in doubts), doubts


def test_archives_within_archives_stop_at_the_nesting_budget():
    data = generate(RandomDraw(1), "html-gz-store").data
    for k in range(5):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr(f"level{k}.zip" if k else "page.html.gz", data)
        data = buf.getvalue()
    with pytest.raises(ExtractError) as err:
        extract_bytes(data, "deep.zip")
    assert err.value.code == "over_budget"


def test_a_pdf_that_is_the_report_stays_the_document_beside_what_it_carries():
    """A report PDF with a file attached (its tables as a spreadsheet, a note): the PDF's own text is read."""
    import pypdfium2 as pdfium

    g = generate(RandomDraw(2), "pdf-ruled")
    pdf = pdfium.PdfDocument(g.data)
    note = pdf.new_attachment("说明.txt")
    note.set_data("本报告附件为数据表。".encode())
    buf = io.BytesIO()
    pdf.save(buf)
    report = extract_bytes(buf.getvalue(), "report.pdf")
    assert report.carrier is None and report.format == "pdf"
    assert not mismatches(report, g.expected)


def test_a_top_pager_bar_keeps_the_cells_after_it():
    # review 13: page 2 opens with its bar, then table 四's row continues — the bar's page numbers end at the
    # bar's own elements, never the row's 「2」「1」 cells (the row would shift a column)
    from extractor.pages import drop_pagers

    page = '<div class="pg"><a href="t1.html">上一页</a> <a href="t1.html">1</a> 2</div><tr><td>2</td><td>1</td><td>0</td></tr>'
    out = drop_pagers(page, 2)
    assert "上一页" not in out and "<td>2</td><td>1</td><td>0</td>" in out, out


def test_an_attachment_bomb_is_measured_before_pdfium_inflates_it():
    # review 13: pdfium inflates an attached file whole before it is charged; the stream is measured first
    import pypdfium2 as pdfium

    from extractor.load import _attachments_within_budget

    g = generate(RandomDraw(2), "pdf-ruled")
    pdf = pdfium.PdfDocument(g.data)
    pdf.new_attachment("big.html").set_data(b"\0" * (40 << 20))  # 40 MB of zeros: ~40 kB in the file
    buf = io.BytesIO()
    pdf.save(buf)
    data = buf.getvalue()
    assert len(data) < 1 << 20
    with pytest.raises(ExtractError) as err:
        _attachments_within_budget(data)
    assert err.value.code == "over_budget"
    with pytest.raises(ExtractError) as err:
        extract_bytes(data, "report.pdf")
    assert err.value.code == "over_budget"
    _attachments_within_budget(g.data)  # (a PDF with nothing attached: nothing to measure)
