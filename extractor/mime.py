"""Web pages saved as one MIME message: MHTML (Chrome's 「网页，单个文件」, .mhtml) and MHT (IE/Word's
「单个文件网页」, also the part a DOCX altChunk may hold). The page is the message's first text/html
part, in its transfer encoding (quoted-printable or base64); the rest (pictures, styles) is not text of
the report."""

from __future__ import annotations

import email
import email.policy
import re

# the message's header block: MIME-Version and a multipart/related (or text/html) content type before
# the first blank line — what every saver writes; a text report never starts so
_HEAD = re.compile(rb"\A(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+?\r?\n", re.S)


def is_mhtml(data: bytes) -> bool:
    head = _HEAD.match(data[:8192].replace(b"\r\n", b"\n"))
    if head is None:
        return False
    block = head.group(0).lower()
    return b"mime-version:" in block and (b"multipart/related" in block or b"text/html" in block)


def html_part(data: bytes) -> bytes:
    """The first text/html part, decoded from its transfer encoding (its charset is the HTML loader's
    to find); b"" when there is none."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload
    return b""
