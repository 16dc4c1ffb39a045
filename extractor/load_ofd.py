"""OFD (GB/T 33190-2016, 版式文档: what 数科/福昕/金山 OFD writers and the 电子公文 systems publish): a zip
of XML in which every run of text is placed on its page, as a PDF's text layer is.

`OFD.xml` names the document (`DocBody/DocRoot`), the document lists its pages (`Pages/Page@BaseLoc`),
and a page's `Content/Layer` holds `TextObject`s: a `Boundary` ("x y w h", millimetres), a font `Size`,
and `TextCode` runs whose `X`/`Y` (the baseline) are inside the boundary and whose `DeltaX` gives the
advance after each character (`g N d` repeats d N times). Each run's characters are placed, grouped into
words as a PDF text layer's are (a space, a jump back, another baseline or a gap wider than 0.6 of the
size ends one), and the pages go to the one layout that reads PDF text layers and OCR'd scans
(extractor/ocr_layout.py), in points. Template pages (a header drawn on every page), annotations,
signatures and pictures are not read; a document whose pages hold no text is refused (a scan as OFD is
a picture: 「请另存为 PDF」 is the way to OCR)."""

from __future__ import annotations

import io
import posixpath
import re
import unicodedata
import zipfile

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

from . import budgets
from .document import Document
from .ocr import Box, Page
from .schema import ExtractError

_PT = 72 / 25.4  # points per millimetre
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse(z: zipfile.ZipFile, name: str):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    with z.open(name) as f:
        return etree.parse(f, parser).getroot()


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _numbers(text: str | None) -> list[float]:
    return [float(x) for x in _NUMBER.findall(text or "")]


def _deltas(text: str | None, n: int) -> list[float]:
    """`DeltaX`/`DeltaY`: advances after each character; `g N d` stands for N times d."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens) and len(out) < n:
        if tokens[i] == "g" and i + 2 < len(tokens):
            try:
                count, value = int(float(tokens[i + 1])), float(tokens[i + 2])
            except ValueError:
                break
            out += [value] * min(max(count, 0), n - len(out))
            i += 3
            continue
        try:
            out.append(float(tokens[i]))
        except ValueError:
            break
        i += 1
    return out


def _resolve(base: str, loc: str) -> str:
    """A location in the package: absolute from its root, else relative to the folder of `base`."""
    loc = loc.strip().replace("\\", "/")
    if loc.startswith("/"):
        return posixpath.normpath(loc.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), loc))


def _width(ch: str, size: float) -> float:
    return size if unicodedata.east_asian_width(ch) in ("W", "F") else size / 2


class _Words:
    """Characters placed one by one (x, baseline, size), grouped into word boxes (points, y down)."""

    def __init__(self) -> None:
        self.boxes: list[Box] = []
        self.cur: list[str] = []
        self.x0 = self.x1 = self.base = self.size = 0.0

    def add(self, ch: str, x: float, base: float, size: float, advance: float) -> None:
        if ch.isspace():
            self.end()
            return
        if self.cur and (x < self.x0 - 0.1 * size or abs(base - self.base) > 0.3 * size or x - self.x1 > 0.6 * size):
            self.end()
        if not self.cur:
            self.x0, self.base, self.size = x, base, size
        self.cur.append(ch)
        self.x1 = max(self.x1 if len(self.cur) > 1 else x, x + max(advance, _width(ch, size) * 0.5))

    def end(self) -> None:
        if self.cur:
            s = self.size
            self.boxes.append(
                Box(
                    "".join(self.cur),
                    1.0,
                    self.x0 * _PT,
                    (self.base - s) * _PT,
                    self.x1 * _PT,
                    (self.base + 0.2 * s) * _PT,
                )
            )
            self.cur = []


def _page(root, limit: int, count: list[int]) -> list[Box]:
    words = _Words()
    for obj in root.iter():
        if _local(obj.tag) != "TextObject":
            continue
        box = _numbers(obj.get("Boundary"))
        if len(box) < 2:
            continue
        bx, by = box[0], box[1]
        size = (_numbers(obj.get("Size")) or [3.5])[0]
        ctm = _numbers(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(d) or 1.0  # (a CTM scales the glyphs: the size on the page)
        x = y = 0.0
        for code in obj:
            if _local(code.tag) != "TextCode":
                continue
            text = "".join(code.itertext())
            count[0] += len(text)
            if count[0] > limit:
                raise budgets.over("文字", count[0], limit, " 字")
            xs, ys = _numbers(code.get("X")), _numbers(code.get("Y"))
            x = xs[0] if xs else x
            y = ys[0] if ys else y
            dx = _deltas(code.get("DeltaX"), len(text))
            dy = _deltas(code.get("DeltaY"), len(text))
            cx, cy = x, y
            for i, ch in enumerate(text):
                step = dx[i] if i < len(dx) else _width(ch, size)
                px, py = a * cx + c * cy + e, b * cx + d * cy + f
                words.add(ch, bx + px, by + py, size * scale, step * (abs(a) or 1.0))
                cx += step
                cy += dy[i] if i < len(dy) else 0.0
            x, y = cx, cy
            words.end()
        words.end()
    words.end()
    return words.boxes


def load_ofd(data: bytes) -> Document:
    from .ocr_layout import build_document

    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
        top = _parse(z, "OFD.xml" if "OFD.xml" in names else "ofd.xml")
        body = next((el for el in top.iter() if _local(el.tag) == "DocRoot"), None)
        if body is None or not (body.text or "").strip():
            raise ExtractError("OFD 文件中没有文档（缺少 DocRoot）：文件损坏", "bad_ofd")
        doc_name = _resolve("OFD.xml", body.text or "")
        document = _parse(z, doc_name)
        area = next((el for el in document.iter() if _local(el.tag) == "PhysicalBox"), None)
        default = _numbers(area.text if area is not None else "") or [0, 0, 210, 297]
        limit = budgets.current().chars
        max_pages = budgets.current().pdf_pages
        count = [0]
        reads = budgets.ZipReads(z)  # (pages may share one part)
        pages: list[Page] = []
        for el in document.iter():
            if _local(el.tag) != "Page" or not el.get("BaseLoc"):
                continue
            if len(pages) >= max_pages:
                raise budgets.over("OFD 页数", len(pages) + 1, max_pages, " 页")
            name = _resolve(doc_name, el.get("BaseLoc") or "")
            if name not in names:
                continue
            reads.charge(name, "OFD 页面内容")
            root = _parse(z, name)
            box = next((b for b in root.iter() if _local(b.tag) == "PhysicalBox"), None)
            size = _numbers(box.text if box is not None else "") or default
            w, h = (size[2], size[3]) if len(size) >= 4 else (210.0, 297.0)
            pages.append(Page(int(w * _PT), int(h * _PT), _page(root, limit, count)))
    except ExtractError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, etree.LxmlError) as exc:
        raise ExtractError(f"OFD 文件无法打开（文件损坏）：{type(exc).__name__}", "bad_ofd") from exc
    if not any(p.boxes for p in pages):
        raise ExtractError("OFD 文件中没有文字（可能是扫描图片）：请另存为 PDF 后再提交", "empty")
    doc = build_document(pages, "ofd", ocr=False)
    return doc
