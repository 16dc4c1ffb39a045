"""Plain text of a wild report, read with plain tools (pypdfium2, python-docx, tag stripping) — never the project's loader."""
from __future__ import annotations

import html
import re
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2]
EASY = {"pdf", "docx", "html", "htm", "md", "txt"}


def raw(path: Path) -> str | None:
    ext = path.suffix.lower().lstrip(".")
    if ext == "pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    if ext == "docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext in ("html", "htm", "md", "txt"):
        b = path.read_bytes()
        for enc in ("utf-8", "gb18030"):
            try:
                s = b.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            return None
        if ext in ("html", "htm"):
            s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
            s = re.sub(r"<[^>]+>", " ", s)
            s = html.unescape(s)
        return s
    return None


def norm(s: str) -> str:
    """Whitespace and markup aside: drop whitespace, markdown emphasis and table pipes."""
    s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return re.sub(r"[\s\u3000*|#>]+", "", s)
