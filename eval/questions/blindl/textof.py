"""Plain text of a wild report, read with plain tools (never the project's loader); whitespace-free form for matching."""
from __future__ import annotations

import html
import json
import re
import zipfile
from pathlib import Path

TAG = re.compile(r"<[^>]+>")
WS = re.compile(r"\s+")


def _strip_markup(s: str) -> str:
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = TAG.sub(" ", s)
    return html.unescape(s)


def _json_strings(o) -> list[str]:
    if isinstance(o, str):
        return [o]
    if isinstance(o, dict):
        return [x for v in o.values() for x in _json_strings(v)]
    if isinstance(o, list):
        return [x for v in o for x in _json_strings(v)]
    return [str(o)] if o is not None else []


def raw_text(path: Path) -> str | None:
    ext = path.suffix.lower().lstrip(".")
    if ext == "pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    if ext in ("docx", "odt"):
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml" if ext == "docx" else "content.xml").decode("utf-8", "replace")
        xml = re.sub(r"</(w:p|text:p|text:h)>", "\n", xml)
        return _strip_markup(xml)
    if ext in ("html", "htm", "xml", "fodt", "mht", "mhtml"):
        data = path.read_bytes()
        s = data.decode("utf-8", "replace")
        if ext in ("mht", "mhtml") and "quoted-printable" in s.lower():
            import quopri

            s = quopri.decodestring(data).decode("utf-8", "replace")
        return _strip_markup(s)
    if ext in ("md", "txt"):
        return _strip_markup(path.read_text("utf-8", "replace"))
    if ext == "json":
        return "\n".join(_json_strings(json.loads(path.read_text("utf-8"))))
    return None


def flat(s: str) -> str:
    """Whitespace and markup aside: the form quotes are checked in."""
    return WS.sub("", _strip_markup(s)).replace("\u3000", "").replace("\xa0", "")
