"""Report text for make_blindwa.py: html / txt / markdown / docx only (what narrative questions read)."""
import html
import re
import zipfile
from pathlib import Path


def decode(b: bytes) -> str:
    if b.startswith(b"\xef\xbb\xbf"):
        b = b[3:]
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "replace")


def read(path: Path, fmt: str) -> str | None:
    name = path.name.lower()
    try:
        if fmt in ("html",) and name.endswith((".html", ".htm")):
            t = decode(path.read_bytes())
            t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
            t = re.sub(r"<[^>]+>", "", t)
            return html.unescape(t)
        if fmt in ("txt", "markdown") and name.endswith((".txt", ".md", ".markdown")):
            t = decode(path.read_bytes())
            return re.sub(r"[*_`#|>]", "", t) if fmt == "markdown" else t
        if fmt == "docx" and name.endswith(".docx"):
            with zipfile.ZipFile(path) as z:
                x = z.read("word/document.xml").decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            return html.unescape(re.sub(r"<[^>]+>", "", x))
    except Exception:
        return None
    return None


def flat(t: str) -> str:
    return re.sub(r"\s+", "", t)
