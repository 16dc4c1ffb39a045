"""Word's 「XML 文档」 (Save As → Word XML, `.xml`): the parts of a .docx written inline in one XML
document (Flat OPC: `pkg:package` of `pkg:part`s, each part's XML in `pkg:xmlData`, binaries base64 in
`pkg:binaryData`). Offices and archives keep reports this way; read as text, the file was its markup.
The parts are put back into the zip package they stand for, and the package is read as any .docx."""

from __future__ import annotations

import base64
import binascii
import io
import zipfile

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

from .schema import ExtractError

_PKG = "{http://schemas.microsoft.com/office/2006/xmlPackage}"
_NS = "http://schemas.microsoft.com/office/2006/xmlPackage"


def is_flat_opc(text: str) -> bool:
    """A Flat OPC package: its root is `pkg:package` (Word writes `<?mso-application progid="Word.Document"?>`
    before it)."""
    head = text[:3000]
    return _NS in head and "package" in head


def to_package(data: bytes) -> bytes:
    """The zip package a Flat OPC document stands for: each part at its name, a content-types part built
    from the parts' `pkg:contentType`."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.parse(io.BytesIO(data), parser).getroot()
    except (ValueError, etree.LxmlError) as exc:
        raise ExtractError(f"Word XML 文档无法解析（XML 损坏）：{type(exc).__name__}", "bad_docx") from exc
    overrides: list[str] = []
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for part in root.iter(_PKG + "part"):
            name = (part.get(_PKG + "name") or "").lstrip("/")
            if not name or name == "[Content_Types].xml":
                continue
            xml = part.find(_PKG + "xmlData")
            binary = part.find(_PKG + "binaryData")
            if xml is not None and len(xml):
                body = etree.tostring(xml[0], xml_declaration=True, encoding="UTF-8", standalone=True)
            elif binary is not None:
                try:
                    body = base64.b64decode("".join((binary.text or "").split()))
                except (binascii.Error, ValueError):
                    continue  # (an embedded picture that does not decode: no text of the report)
            else:
                continue
            z.writestr(name, body)
            kind = part.get(_PKG + "contentType")
            if kind:
                overrides.append(f'<Override PartName="/{name}" ContentType="{kind}"/>')
        if not overrides:
            raise ExtractError("Word XML 文档中没有任何部件", "bad_docx")
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(overrides)
            + "</Types>",
        )
    return out.getvalue()


# ----------------------------------------------------------------------------------------- Word 2003 XML
# Word 2003's 「XML 文档」 (WordprocessingML 2003: `w:wordDocument`, `<?mso-application progid="Word.Document"?>`):
# the body is one XML document in the 2003 namespace, its elements mostly those a .docx's document.xml has
# (w:p, w:r, w:t, w:tbl, w:tc, w:gridSpan), a few spelled otherwise (w:vmerge for w:vMerge), sections and
# revisions in helper namespaces (wx:sect, aml:annotation). It is put into the 2006 namespace as the
# document part of a package, and the package is read as any .docx.
_W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
_W2006 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_AML = "http://schemas.microsoft.com/aml/2001/core"
_RENAMED = {"vmerge": "vMerge", "hmerge": "hMerge", "wordDocument": "document"}
# elements of no text: pictures' data, list and font tables, document properties
_DROPPED = {"binData", "pict", "fonts", "lists", "styles", "docPr", "docOleData", "shapeDefaults", "listPr"}


def is_word2003(text: str) -> bool:
    head = text[:3000]
    return _W2003 in head and "wordDocument" in head


def _convert(el, out_parent) -> None:
    """`el` (2003) appended to `out_parent` (2006), its helper-namespace wrappers unwrapped."""
    for child in el:
        if not isinstance(child.tag, str):
            continue  # (comments, processing instructions)
        ns, _, local = child.tag[1:].partition("}") if child.tag.startswith("{") else ("", "", child.tag)
        if ns == _W2003:
            if local in _DROPPED:
                continue
            new = etree.SubElement(out_parent, f"{{{_W2006}}}{_RENAMED.get(local, local)}")
            for key, value in child.attrib.items():
                kns, _, klocal = key[1:].partition("}") if key.startswith("{") else ("", "", key)
                if kns == _W2003:
                    new.set(f"{{{_W2006}}}{klocal}", value)
            new.text = child.text if local in ("t", "instrText") else None
            _convert(child, new)
        elif ns == _AML and local == "annotation" and "Deletion" in (child.get(f"{{{_W2003}}}type") or ""):
            continue  # a tracked deletion: not the report's text
        elif ns == _AML and local == "annotation" and "Insertion" not in (child.get(f"{{{_W2003}}}type") or ""):
            continue  # a comment, a bookmark: no text of the body
        else:  # wx:sect, wx:sub-section, wx:pBdrGroup, aml:content of an insertion, w:hlink's helpers …
            _convert(child, out_parent)


def word2003_package(data: bytes) -> bytes:
    """The .docx package a Word 2003 XML document stands for: its body as word/document.xml."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    try:
        root = etree.parse(io.BytesIO(data), parser).getroot()
    except (ValueError, etree.LxmlError) as exc:
        raise ExtractError(f"Word 2003 XML 文档无法解析（XML 损坏）：{type(exc).__name__}", "bad_docx") from exc
    body = root.find(f"{{{_W2003}}}body")
    if body is None:
        raise ExtractError("Word 2003 XML 文档中没有正文（w:body）", "bad_docx")
    document = etree.Element(f"{{{_W2006}}}document", nsmap={"w": _W2006})
    out_body = etree.SubElement(document, f"{{{_W2006}}}body")
    _convert(body, out_body)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml", etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
        )
    return out.getvalue()
