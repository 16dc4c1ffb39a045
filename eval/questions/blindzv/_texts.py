"""The plain text of a wild report, read independently of the product (for narrative quotes only).

html/htm (charset from the meta tag, else utf-8, else gb18030), txt/md, docx (word/document.xml paragraphs),
pdf (pdfplumber's text layer). Anything else (zip, scans without a text layer) → "". Whitespace is squashed
out by the callers: a quote is verbatim "whitespace aside" (eval/questions/README.md)."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path


def _decode(raw: bytes) -> str:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:4000])
    encs = [m.group(1).decode("ascii").lower()] if m else []
    for enc in [*encs, "utf-8", "gb18030", "big5"]:
        try:
            return raw.decode("gb18030" if enc in ("gbk", "gb2312") else enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return ""


def _html_text(src: str) -> str:
    src = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", src)
    src = re.sub(r"(?is)<del[^>]*>.*?</del>", "", src)
    src = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</h\d>|</li>", "\n", src)
    src = re.sub(r"(?s)<[^>]+>", "", src)
    return html.unescape(src)


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"(?s)<w:del\b.*?</w:del>", "", xml)
    xml = re.sub(r"(?s)<w:rPr>.*?</w:rPr>", lambda m: m.group(0) if "w:vanish" not in m.group(0) else "<VANISH/>", xml)
    paras = []
    for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml):
        runs = re.findall(r"(?s)<w:r[ >].*?</w:r>", p)
        paras.append("".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", r)) for r in runs if "<VANISH/>" not in r))
    return html.unescape("\n".join(paras))


def _pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def report_text(path: Path) -> str:
    ext = path.suffix.lower()
    try:
        if ext in (".html", ".htm"):
            return _html_text(_decode(path.read_bytes()))
        if ext in (".txt", ".md"):
            return _decode(path.read_bytes())
        if ext == ".docx":
            return _docx_text(path)
        if ext == ".pdf":
            return _pdf_text(path)
    except Exception:  # noqa: BLE001 — an unreadable file has no quotable text
        return ""
    return ""


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
