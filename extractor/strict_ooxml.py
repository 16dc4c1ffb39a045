"""Office packages saved as 「Strict Open XML」 (ISO/IEC 29500 Strict: Word's 「Strict Open XML 文档」, Excel's
「Strict Open XML 电子表格」). Every part is the transitional markup under other namespace names
(`http://purl.oclc.org/ooxml/wordprocessingml/main` for `…/wordprocessingml/2006/main`), and so are the
relationship types (`…/ooxml/officeDocument/relationships/officeDocument`): python-docx finds no main
document part (a KeyError) and a reader that matches elements by namespace finds no element. The names are
mapped back to the transitional ones, part by part, before the package is read; nothing else differs for
what we read (text, tables, merges, cell values)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

_STRICT = b"http://purl.oclc.org/ooxml/"
_TRANSITIONAL = "http://schemas.openxmlformats.org/"
# Strict name → transitional name; longer names first (a name that starts another is replaced after it)
_NAMES = (
    ("officeDocument/relationships/extendedProperties", "officeDocument/2006/relationships/extended-properties"),
    ("officeDocument/relationships/customProperties", "officeDocument/2006/relationships/custom-properties"),
    ("officeDocument/relationships", "officeDocument/2006/relationships"),
    ("officeDocument/extendedProperties", "officeDocument/2006/extended-properties"),
    ("officeDocument/customProperties", "officeDocument/2006/custom-properties"),
    ("officeDocument/docPropsVTypes", "officeDocument/2006/docPropsVTypes"),
    ("officeDocument/customXml", "officeDocument/2006/customXml"),
    ("officeDocument/sharedTypes", "officeDocument/2006/sharedTypes"),
    ("officeDocument/bibliography", "officeDocument/2006/bibliography"),
    ("officeDocument/math", "officeDocument/2006/math"),
    ("wordprocessingml/main", "wordprocessingml/2006/main"),
    ("spreadsheetml/main", "spreadsheetml/2006/main"),
    ("presentationml/main", "presentationml/2006/main"),
    ("drawingml/wordprocessingDrawing", "drawingml/2006/wordprocessingDrawing"),
    ("drawingml/spreadsheetDrawing", "drawingml/2006/spreadsheetDrawing"),
    ("drawingml/picture", "drawingml/2006/picture"),
    ("drawingml/chart", "drawingml/2006/chart"),
    ("drawingml/main", "drawingml/2006/main"),
)
_XML_PARTS = (".xml", ".rels", ".vml")


def is_strict(data: bytes) -> bool:
    """Whether a package names any part in the Strict namespaces (its main document, or its relationships)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return any(_STRICT in z.read(name) for name in ("_rels/.rels",) if name in z.namelist())
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError, RuntimeError):
        return False


def _transitional(xml: bytes) -> bytes:
    for strict, transitional in _NAMES:
        xml = xml.replace(_STRICT + strict.encode(), (_TRANSITIONAL + transitional).encode())
    return xml


def as_transitional(data: bytes) -> bytes:
    """The package with its Strict namespace and relationship-type names mapped to the transitional ones
    (every XML part; other parts copied as they are); a package that is not Strict is returned unchanged.
    (The package's size was checked before: budgets.check_zip.)"""
    if not is_strict(data):
        return data
    return rewrite_parts(data, lambda name, blob: _transitional(blob) if name.lower().endswith(_XML_PARTS) else blob)


def rewrite_parts(data: bytes, fix: Callable[[str, bytes], bytes]) -> bytes:
    """The package with each part as `fix(name, bytes)` gives it, in its order (one copy loop for every
    rewrite a reader needs before python-docx opens a package)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            w.writestr(info, fix(info.filename, z.read(info)))
    return out.getvalue()
