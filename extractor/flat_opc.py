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
