"""Plain text of a wild report, for make_blindq.py's quote checks (whitespace and markup dropped)."""

from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")


def _decode(b: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def _strings(o) -> list[str]:
    if isinstance(o, str):
        try:
            return _strings(json.loads(o)) if o[:1] in "{[" else [o]
        except ValueError:
            return [o]
    if isinstance(o, dict):
        return [s for v in o.values() for s in _strings(v)]
    if isinstance(o, list):
        return [s for v in o for s in _strings(v)]
    return []


def raw_text(path: Path) -> str | None:
    ext = path.suffix.lower().lstrip(".")
    try:
        if ext == "pdf":
            from pdfminer.high_level import extract_text

            return extract_text(str(path))
        if ext in ("docx", "odt"):
            with zipfile.ZipFile(path) as z:
                name = "word/document.xml" if ext == "docx" else "content.xml"
                x = z.read(name).decode("utf-8")
            x = re.sub(r"</w:p>|</text:p>|</text:h>", "\n", x)
            return html.unescape(_TAG.sub("", x))
        if ext == "json":
            return html.unescape(_TAG.sub("", "\n".join(_strings(json.loads(_decode(path.read_bytes()))))))
        if ext in ("html", "htm", "md", "markdown", "txt", "xml", "fodt", "csv"):
            return html.unescape(_TAG.sub("", _decode(path.read_bytes())))
    except Exception:
        return None
    return None


def squash(s: str) -> str:
    return _WS.sub("", html.unescape(_TAG.sub("", s))).replace("\u3000", "")
