"""A page saved as one file (.mhtml by Chrome, .mht by IE/Word): a MIME message whose HTML part is
quoted-printable or base64. It reads as the page itself does; a message with no HTML part is a clear
error, not 「不是年度报告」 after reading MIME headers as text."""

from email.charset import BASE64, QP, Charset
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

import pytest

from extractor.extract import extract_bytes
from extractor.schema import ExtractError

PAGE = Path(__file__).resolve().parent.parent / "eval/corpus/reports/shanghai-office-2019.html"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01"


def _saved(html: bytes | None, encoding) -> bytes:
    message = MIMEMultipart("related", type="text/html")
    message["From"] = "<Saved by Blink>"
    if html is not None:
        part = MIMENonMultipart("text", "html")
        charset = Charset("utf-8")
        charset.body_encoding = encoding
        part.set_payload(html.decode("utf-8"), charset=charset)
        message.attach(part)
    message.attach(MIMEImage(GIF, "gif"))
    return message.as_bytes()


@pytest.mark.parametrize("encoding", [QP, BASE64])
def test_a_saved_page_reads_as_the_page(encoding):
    page = PAGE.read_bytes()
    direct = extract_bytes(page, "page.html")
    saved = extract_bytes(_saved(page, encoding), "page.mhtml")
    assert saved.values() == direct.values() and len(saved.values()) == 198
    assert (saved.agency, saved.year, saved.template) == (direct.agency, direct.year, direct.template)


def test_a_saved_message_without_a_page_is_a_clear_error():
    with pytest.raises(ExtractError, match="MHTML 网页文件中没有 HTML 正文"):
        extract_bytes(_saved(None, QP), "empty.mhtml")
