"""Containers a report arrives in (extractor/carriers.py, issue 11 / wild20): a mail whose report is an attached
Word file or the HTML of a multipart/alternative body, a WARC (gzip'd, several records, a list page first),
Safari's .webarchive (a binary plist, the article in a frame), a crawler's JSON-Lines feed (\\uXXXX-escaped, the
list page's item first). Each reads as the report it carries, and says its carrier; a gzip bomb is refused as
the other bombs are, and a .gz of anything else is refused as before."""

from __future__ import annotations

import gzip
import zlib
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.schema import ExtractError

CARRIERS = {
    "eml-docx-attachment": ("docx", "mime"),
    "eml-alternative": ("html", "mime"),
    "warc-response": ("html", "warc"),
    "webarchive-plist": ("html", "webarchive"),
    "jsonl-feed": ("json", "jsonl"),
}


@pytest.mark.parametrize("family", list(CARRIERS))
def test_a_carried_report_reads_as_the_report(family):
    for seed in range(3 if family == "eml-docx-attachment" else 8):
        g = generate(RandomDraw(seed), family)
        report = extract_bytes(g.data, g.name)
        problems = mismatches(report, g.expected)
        assert not problems, f"{family} seed {seed}: " + "\n".join(problems[:8])
        assert (report.format, report.carrier.split("/")[-1] if report.carrier else None) == CARRIERS[family]


def test_a_gzip_warc_says_both_carriers():
    g = next(g for k in range(20) if (g := generate(RandomDraw(k), "warc-response")).data.startswith(b"WARC/"))
    report = extract_bytes(gzip.compress(g.data), "crawl.warc.gz")
    assert report.carrier == "gzip/warc" and not mismatches(report, g.expected)


def _gzip_bomb(head: bytes, megabytes: int) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = c.compress(head)
    zeros = b"\0" * (1 << 20)
    out += b"".join(c.compress(zeros) for _ in range(megabytes))
    return out + c.flush()


def test_a_gzip_bomb_is_refused_before_it_is_inflated():
    bomb = _gzip_bomb(b"WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 99999999999\r\n\r\n", 200)
    assert len(bomb) < 300_000
    with pytest.raises(ExtractError) as err:
        extract_bytes(bomb, "bomb.warc.gz")
    assert err.value.code == "over_budget"


def test_gzip_of_what_is_no_carrier_stays_refused():
    with pytest.raises(ExtractError, match="gzip 压缩文件：请解压后提交"):
        extract_bytes(gzip.compress("政府信息公开工作年度报告\n".encode() * 50), "report.txt.gz")


def test_mails_within_mails_stop_at_the_nesting_budget():
    g = generate(RandomDraw(1), "eml-alternative")
    data = g.data
    for _ in range(5):
        outer = MIMEMultipart("mixed")
        outer.attach(MIMEApplication(data, "octet-stream", Name="fwd.eml"))
        data = outer.as_bytes()
    with pytest.raises(ExtractError) as err:
        extract_bytes(data, "fwd.eml")
    assert err.value.code == "over_budget"


def test_a_mail_carrying_two_reports_says_which_was_read(tmp_path):
    """(review 12 #7) a mail attaching two years' reports: the longer is read, and the report says so — a D8 doubt
    naming the other attachment — instead of the other dropped without a word; one report attached says nothing."""
    from email.mime.text import MIMEText

    one, two = (generate(RandomDraw(k), "txt-lines") for k in (3, 4))
    mail = MIMEMultipart("mixed")
    mail.attach(MIMEText("请查收两份年度报告。", "plain", "utf-8"))
    for g, name in ((one, "2022年报.txt"), (two, "2023年报.txt")):
        mail.attach(MIMEApplication(g.data, "octet-stream", Name=name))
    report = extract_bytes(mail.as_bytes(), "two.eml")
    doubts = [f.message for f in report.findings if f.check == "D8"]
    assert any("2份像是年度报告" in m and ("2022年报.txt" in m or "2023年报.txt" in m) for m in doubts), doubts
    single = MIMEMultipart("mixed")
    single.attach(MIMEApplication(one.data, "octet-stream", Name="2022年报.txt"))
    assert not [f for f in extract_bytes(single.as_bytes(), "one.eml").findings if "像是年度报告" in f.message]
