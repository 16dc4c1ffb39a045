"""MIME messages: a mail (.eml: Foxmail, Outlook, Coremail …) and a web page saved as one file (MHTML: Chrome's
「网页，单个文件」, .mhtml; MHT: IE/Word's 「单个文件网页」, also the part a DOCX altChunk may hold). A message is a
container (extractor/carriers.py): its parts — an HTML or a plain-text body, an attached .docx, .pdf, .html …
— each in its transfer encoding (quoted-printable or base64) and charset; the part that reads as the report
is the document (extractor/load.py `_load_carried`). Of a multipart/alternative's renditions the last
(the richest: the HTML beside a plain-text copy) is tried first."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, MIMEPart
from typing import cast

from . import budgets
from .carriers import Groups, Payload, charge

# the message's header block: MIME-Version and a content type before the first blank line — what every
# mailer and saver writes; a text report never starts so
_HEAD = re.compile(rb"\A(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n(?:[ \t][^\n]*\n)*)+?\r?\n", re.S)
_MAX_NESTING = 32  # multiparts within multiparts (a forward of a forward …): deeper is no mail


def is_mime(data: bytes) -> bool:
    head = _HEAD.match(data[:32768].replace(b"\r\n", b"\n"))
    if head is None:
        return False
    block = head.group(0).lower()
    return b"mime-version:" in block and b"content-type:" in block


def is_mhtml(data: bytes) -> bool:
    """A page saved as one file (not a mail): the wording of a message with nothing to read."""
    head = _HEAD.match(data[:32768].replace(b"\r\n", b"\n"))
    block = head.group(0).lower() if head else b""
    return b"multipart/related" in block or b"snapshot-content-location" in block


def _message(data: bytes) -> EmailMessage:
    try:
        return cast(EmailMessage, email.message_from_bytes(data, policy=email.policy.default))
    except RecursionError as exc:
        raise budgets.over("邮件的嵌套层数", _MAX_NESTING + 1, _MAX_NESTING, " 层") from exc


def html_part(data: bytes) -> bytes:
    """The first text/html part, decoded from its transfer encoding (its charset is the HTML loader's
    to find); b"" when there is none."""
    for part in _message(data).walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload
    return b""


def _leaf(part: MIMEPart) -> Payload:
    payload = part.get_payload(decode=True)
    try:
        name = part.get_filename() or ""
    except (ValueError, LookupError):  # (an undecodable RFC 2231 name)
        name = ""
    return Payload(
        payload if isinstance(payload, bytes) else b"", part.get_content_type(), part.get_content_charset(), name
    )


def mime_groups(data: bytes) -> Groups:
    """The message's parts worth reading, in order: each leaf a group of its own, a multipart/alternative one
    group of its renditions, the last first."""
    groups: Groups = []

    def leaves(part: MIMEPart, depth: int) -> list[MIMEPart]:
        if depth > _MAX_NESTING:
            raise budgets.over("邮件的嵌套层数", depth, _MAX_NESTING, " 层")
        if not part.is_multipart():
            return [part]
        subs = list(part.iter_parts())
        return [leaf for s in subs for leaf in leaves(s, depth + 1)]

    def visit(part: MIMEPart, depth: int) -> None:
        if depth > _MAX_NESTING:
            raise budgets.over("邮件的嵌套层数", depth, _MAX_NESTING, " 层")
        if not part.is_multipart():
            groups.append([lambda part=part: _leaf(part)])
        elif part.get_content_subtype() == "alternative":
            renditions = list(part.iter_parts())[::-1]
            groups.append([lambda leaf=leaf: _leaf(leaf) for s in renditions for leaf in leaves(s, depth + 1)])
        else:
            for s in part.iter_parts():
                visit(s, depth + 1)
        charge(len(groups))

    try:
        visit(_message(data), 0)
    except RecursionError as exc:
        raise budgets.over("邮件的嵌套层数", _MAX_NESTING + 1, _MAX_NESTING, " 层") from exc
    return groups
