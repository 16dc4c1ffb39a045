"""Report text for quote checks (make_blindxa.py): pypdfium2 for PDF; docx/odt XML; tags stripped otherwise."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")


def _strip(s: str) -> str:
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    return html.unescape(_TAG.sub(" ", s))


def text_of(path: Path) -> str | None:
    ext = path.suffix.lower()
    try:
        if ext == ".pdf":
            import pypdfium2

            doc = pypdfium2.PdfDocument(str(path))
            try:
                return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
            finally:
                doc.close()
        if ext in (".docx", ".odt"):
            with zipfile.ZipFile(path) as z:
                name = "word/document.xml" if ext == ".docx" else "content.xml"
                xml = z.read(name).decode("utf-8", "replace")
            xml = re.sub(r"</w:p>|</text:p>|</w:tc>|</table:table-cell>", "\n", xml)
            return html.unescape(_TAG.sub("", xml))
        if ext in (".html", ".htm", ".txt", ".md", ".json", ".fodt", ".xml"):
            return _strip(path.read_text(encoding="utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 — an unreadable file is simply not quoted
        return None
    return None


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)
