"""Formats that are packages of XML or data rather than pages: OpenDocument text and spreadsheets as
WPS and LibreOffice save them (.odt, .ods, flat .fodt), and a report as an open-data platform's JSON
API returns it."""

from __future__ import annotations

import base64
import json
import re
import zipfile
from html.parser import HTMLParser
from xml.sax.saxutils import escape as xml_escape

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, place
from eval.reportgen.render_office import _workbook
from extractor import tablespec as ts

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"'
)
_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="Cell" style:family="table-cell">'
    '<style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Hid" style:family="text"><style:text-properties text:display="none"/></style:style>'
    '<style:style style:name="Del" style:family="text">'
    '<style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>'
    '<style:style style:name="Bd" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm"/>'
    "</style:style>"
    "</office:automatic-styles>"
)
_DATE = (2024, 1, 15, 9, 0, 0)


def _package(mimetype: str, content: str, styles: str = "") -> bytes:
    """A zip as office suites write one: `mimetype` first and stored, then the parts (fixed times);
    `styles`: a styles.xml (master pages with their headers)."""
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", _DATE), mimetype, compress_type=zipfile.ZIP_STORED)
        manifest = (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>"
        )
        for name, text in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            if not text:
                continue
            z.writestr(zipfile.ZipInfo(name, _DATE), text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _para(text: str, d: Draw) -> str:
    """A body paragraph: sometimes indented with `text:s` spaces, runs split into spans."""
    body = xml_escape(text)
    if d.int(0, 2) == 0 and len(text) > 6:
        cut = d.int(1, len(text) - 1)
        body = f'{xml_escape(text[:cut])}<text:span text:style-name="T1">{xml_escape(text[cut:])}</text:span>'
    lead = f'<text:s text:c="{d.int(2, 4)}"/>' if d.int(0, 2) == 0 else ""
    return f'<text:p text:style-name="Bd">{lead}{body}</text:p>'


def _value_cell(c: G, d: Draw, hidden: bool, changes: list[str]) -> tuple[str, str]:
    """(attributes, paragraph content) of a value cell: a number as a float cell (its value beside
    the text it shows), sometimes a hidden old figure, a tracked deletion or a footnote after it."""
    text = xml_escape(c.text)
    attrs = ""
    if re.fullmatch(r"\d+(?:\.\d+)?", c.text):
        attrs = f' office:value-type="float" office:value="{c.text}"'
    else:
        attrs = ' office:value-type="string"'
    if c.old:  # a corrected figure's old one struck through before it (layout.with_struck_old)
        return attrs, f'<text:span text:style-name="Del">{xml_escape(c.old)}</text:span> {text}'
    if not c.text.isdigit():
        return attrs, text
    roll = d.int(0, 9)
    if hidden and roll == 0:  # a reviewer's old figure, hidden
        return attrs, f'<text:span text:style-name="Hid">{d.int(1, 9)}</text:span>{text}'
    if roll == 1:  # a tracked deletion: the old figure kept aside, its place marked
        cid = f"ct{len(changes) + 1}"
        changes.append(
            f'<text:changed-region text:id="{cid}"><text:deletion><office:change-info>'
            "<dc:creator>审核</dc:creator><dc:date>2024-01-10T09:00:00</dc:date></office:change-info>"
            f"<text:p>{d.int(1, 9)}</text:p></text:deletion></text:changed-region>"
        )
        return attrs, f'<text:change text:change-id="{cid}"/>{text}'
    if roll == 2:  # a footnote on the figure: its citation is not part of the number
        return attrs, (
            f'{text}<text:note text:id="n{len(changes)}" text:note-class="footnote">'
            f"<text:note-citation>{d.int(1, 3)}</text:note-citation>"
            "<text:note-body><text:p>注：含转办件。</text:p></text:note-body></text:note>"
        )
    return attrs, text


def _table(grid: Grid, n: int, d: Draw, hidden: bool, changes: list[str]) -> str:
    width, placed = place(grid)
    start = {(i, j): c for i, j, c in placed}
    cover: set[tuple[int, int]] = set()
    for i, j, c in placed:
        cover |= {(a, b) for a in range(i, i + c.rs) for b in range(j, j + c.cs)}
    header_rows = d.int(0, 2) if d.int(0, 1) else 0
    rows = []
    for i in range(len(grid)):
        cells = []
        for j in range(width):
            c = start.get((i, j))
            if c is None:
                cells.append("<table:covered-table-cell/>" if (i, j) in cover else "<table:table-cell/>")
                continue
            span = (f' table:number-rows-spanned="{c.rs}"' if c.rs > 1 else "") + (
                f' table:number-columns-spanned="{c.cs}"' if c.cs > 1 else ""
            )
            if c.value:
                attrs, body = _value_cell(c, d, hidden, changes)
            else:
                attrs = ' office:value-type="string"'
                body = xml_escape(c.text)
                if "（" in c.text and len(c.text) > 12 and d.int(0, 1):  # a long label wrapped by hand
                    k = c.text.index("（")
                    body = f"{xml_escape(c.text[:k])}<text:line-break/>{xml_escape(c.text[k:])}"
            cells.append(
                f'<table:table-cell table:style-name="Cell"{span}{attrs}><text:p>{body}</text:p></table:table-cell>'
            )
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        if d.int(0, 15) == 0:
            rows.append("<text:soft-page-break/>")
    head = "".join(rows[:header_rows])
    body = "".join(rows[header_rows:])
    if header_rows:
        head = f"<table:table-header-rows>{head}</table:table-header-rows>"
    return (
        f'<table:table table:name="表格{n}"><table:table-column table:number-columns-repeated="{width}"/>'
        f"{head}{body}</table:table>"
    )


def _odt_content(parts: Parts, d: Draw) -> str:
    hidden = d.int(0, 1) == 1
    changes: list[str] = []
    body = []
    n = 0
    for b in parts.all():
        if isinstance(b, str):
            body.append(_para(b, d))
        else:
            n += 1
            body.append(_table(b[2], n, d, hidden, changes))
    if hidden:  # a paragraph the author hid: never read
        body.insert(
            len(parts.head),
            '<text:p text:style-name="Bd"><text:span text:style-name="Hid">（草稿：本年新收申请999件）</text:span></text:p>',
        )
    tracked = f"<text:tracked-changes>{''.join(changes)}</text:tracked-changes>" if changes else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>{_STYLES}'
        f"<office:body><office:text>{tracked}{''.join(body)}</office:text></office:body></office:document-content>"
    )


def odt(parts: Parts, d: Draw) -> bytes:
    """A report saved as OpenDocument text (.odt), or — one time in four — as flat XML (.fodt)."""
    content = _odt_content(parts, d)
    if d.int(0, 3) == 0:
        return content.replace("office:document-content", "office:document").encode("utf-8")
    return _package("application/vnd.oasis.opendocument.text", content)


class _OdsWriter:
    """The workbook calls of render_office's writers, building an OpenDocument spreadsheet: equal
    neighbouring cells written once with `number-columns-repeated` (as LibreOffice does), merged areas
    as spans over covered cells, numbers as float cells showing their formatted text."""

    def __init__(self) -> None:
        self.sheets: list[dict] = []

    def sheet(self, name: str) -> dict:
        s = {"name": name, "cells": {}, "merges": {}, "hidden": False, "plain": set()}
        self.sheets.append(s)
        return s

    def merge(self, sheet, r0: int, c0: int, r1: int, c1: int) -> None:
        sheet["merges"][(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)

    def text(self, sheet, r: int, c: int, text: str, border: bool = True) -> None:
        sheet["cells"][(r, c)] = ("string", text, text)
        if not border:  # (a paragraph typed into column A: no cell style)
            sheet["plain"].add((r, c))

    def number(self, sheet, r: int, c: int, x: float, code: str | None = None) -> None:
        places = len(code.split(".", 1)[1]) if code and "." in code else 0
        shown = str(int(x)) if code is None else f"{x:,.{places}f}" if "," in code else f"{x:.{places}f}"
        zero = re.search(r'"([^"]*)"', code.split(";")[2]) if code and code.count(";") >= 2 else None
        if x == 0 and zero:  # the format's zero section: LibreOffice writes its text, not the digit
            shown = zero.group(1)
        sheet["cells"][(r, c)] = ("float", repr(x), shown)

    def blank(self, sheet, r: int, c: int) -> None:
        sheet["cells"].setdefault((r, c), ("", "", ""))

    def hide(self, sheet) -> None:
        sheet["hidden"] = True

    def _sheet_xml(self, s: dict) -> str:
        covered: set[tuple[int, int]] = set()
        for (r0, c0), (rs, cs) in s["merges"].items():
            covered |= {(r, c) for r in range(r0, r0 + rs) for c in range(c0, c0 + cs)} - {(r0, c0)}
        last_row = max((r for r, _ in s["cells"]), default=-1)
        width = max((c for _, c in s["cells"]), default=0) + 1
        rows = []
        for r in range(last_row + 1):
            cells: list[str] = []
            for c in range(width):
                if (r, c) in covered:
                    cells.append("<table:covered-table-cell/>")
                    continue
                kind, value, shown = s["cells"].get((r, c), ("", "", ""))
                # a bordered cell names its cell style, as LibreOffice writes it; the padding to the
                # sheet's used width and a paragraph's cell name none
                span = "" if (r, c) not in s["cells"] or (r, c) in s["plain"] else ' table:style-name="ce1"'

                if (r, c) in s["merges"]:
                    rs, cs = s["merges"][(r, c)]
                    span += f' table:number-rows-spanned="{rs}" table:number-columns-spanned="{cs}"'
                if not kind:
                    cells.append(f"<table:table-cell{span}/>")
                elif kind == "float":
                    cells.append(
                        f'<table:table-cell{span} office:value-type="float" office:value="{value}">'
                        f"<text:p>{xml_escape(shown)}</text:p></table:table-cell>"
                    )
                else:
                    cells.append(
                        f'<table:table-cell{span} office:value-type="string"><text:p>{xml_escape(shown)}</text:p></table:table-cell>'
                    )
            runs: list[tuple[str, int]] = []  # equal neighbours as one repeated element
            for cell in cells:
                if runs and cell == runs[-1][0] and "spanned" not in cell and "covered" not in cell:
                    runs[-1] = (cell, runs[-1][1] + 1)
                else:
                    runs.append((cell, 1))
            xml = "".join(
                c
                if n == 1
                else c.replace("<table:table-cell", f'<table:table-cell table:number-columns-repeated="{n}"', 1)
                for c, n in runs
            )
            rows.append(
                f'<table:table-row>{xml}<table:table-cell table:number-columns-repeated="{1024 - width}"/></table:table-row>'
            )
        rows.append(
            '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        style = ' table:style-name="ta_hidden"' if s["hidden"] else ""
        return f'<table:table table:name="{xml_escape(s["name"])}"{style}>{"".join(rows)}</table:table>'

    def close(self) -> bytes:
        styles = (
            '<office:automatic-styles><style:style style:name="ta_hidden" style:family="table">'
            '<style:table-properties table:display="false"/></style:style>'
            '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style></office:automatic-styles>'
        )
        content = (
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>{styles}'
            f"<office:body><office:spreadsheet>{''.join(self._sheet_xml(s) for s in self.sheets)}"
            "</office:spreadsheet></office:body></office:document-content>"
        )
        return _package("application/vnd.oasis.opendocument.spreadsheet", content)


def ods(parts: Parts, d: Draw, display: str = "") -> bytes:
    """The report as an OpenDocument spreadsheet: the same workbook as the .xlsx/.xls families."""
    return _workbook(parts, d, _OdsWriter(), display)


# ------------------------------------------------------------------------------ open-data JSON
def _number(text: str):
    """A printed value as the API stores it: a count as a JSON number; money as a number when the
    number writes back the same, else as the printed string (「450.90」 stays a string)."""
    if re.fullmatch(r"\d+", text):
        return int(text)
    if re.fullmatch(r"\d+\.\d+", text) and repr(float(text)) == text:
        return float(text)
    return text


def _records(grid: Grid) -> list[dict]:
    """A table as records keyed by its last header row's column names (label cells joined under
    「项目」, a row of a group heading and its item as two records)."""
    first = next(i for i, row in enumerate(grid) if any(c.value for c in row))
    width, placed = place(grid)
    names: dict[int, str] = {}
    for i, j, c in placed:
        if i < first and c.cs == 1 and c.text:
            names[j] = c.text
        elif i < first and c.text:
            for k in range(j, j + c.cs):
                names.setdefault(k, c.text)
    out: list[dict] = []
    by_row: dict[int, list[tuple[int, G]]] = {}
    for i, j, c in placed:
        by_row.setdefault(i, []).append((j, c))
    for i in range(first, len(grid)):
        labels = [c.text for _, c in by_row.get(i, []) if not c.value]
        values = [(j, c) for j, c in by_row.get(i, []) if c.value]
        for heading in labels[:-1]:
            out.append({"项目": heading})
        rec: dict = {"项目": labels[-1] if labels else ""}
        for j, c in values:
            key = names.get(j, f"列{j + 1}")
            while key in rec:
                key += "'"
            rec[key] = _number(c.text) if c.text else None
        out.append(rec)
    return out


def _keyed_t4(grid: Grid) -> dict:
    """Table 四 as a structured report API stores it: an object keyed by case kind, each a record of
    its five results by column name (the template's grid: its last row holds the fifteen values)."""
    values = iter(c for c in grid[-1] if c.value)
    kinds = {"rv": ts.T4_REVIEW_HEAD, **ts.T4_LAWSUIT_GROUPS}
    return {
        kinds[g]: {ts.T4_COL_LABELS[c]: _number(v.text) if v.text else None for c, v in zip(ts.T4_COLS, values)}
        for g in ts.T4_GROUPS
    }


def json_api(parts: Parts, year: int, d: Draw, t4_keyed: bool = False) -> bytes:
    """The report as a 政务公开 open-data API returns it: a status envelope, metadata, the narrative as
    HTML strings (or arrays of paragraphs), each table as an array of rows (arrays of cells, merged
    cells once) or of records keyed by column name; characters escaped or not. `t4_keyed`: table 四 as
    an object of records keyed by case kind (_keyed_t4)."""
    head, tail = parts.head, parts.tail
    as_html = d.int(0, 1) == 1
    records = d.int(0, 1) == 1

    def prose(lines: list[str]):
        return "".join(f"<p>{xml_escape(s)}</p>" for s in lines) if as_html else list(lines)

    blocks: list = []
    pending: list[str] = []
    for b in parts.blocks:
        if isinstance(b, str):
            pending.append(b)
            continue
        name = pending.pop() if pending else ""
        if pending:
            blocks.append({"type": "text", "content": prose(pending)})
            pending = []
        grid = b[2]
        if t4_keyed and b[0] == "t4":
            rows: list | dict = _keyed_t4(grid)
        elif records and b[0] == "t3":
            rows = _records(grid)
        else:
            rows = [
                [_number(c.text) if c.value and c.text else (c.text if c.text or not c.value else None) for c in row]
                for row in grid
            ]
        blocks.append({"type": "table", "name": name, "rows": rows})
    if pending:
        blocks.append({"type": "text", "content": prose(pending)})
    doc = {
        "code": 200,
        "msg": "success",
        "data": {
            "id": f"ZWGK-{d.int(1000, 9999)}",
            "title": head[0],
            "year": year,
            "preface": prose(head[1:]),
            "sections": blocks,
            "closing": prose(tail),
        },
    }
    return json.dumps(doc, ensure_ascii=d.int(0, 1) == 1, indent=d.pick((None, 1, 2))).encode("utf-8")


class _Tree(HTMLParser):
    """HTML → a mini-program rich-text node tree (「{"name": tag, "attrs": {…}, "children": […]}」,
    text as 「{"type": "text", "text": …}」)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: dict = {"children": []}
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node: dict = {"name": tag}
        if attrs:
            node["attrs"] = {k: v or "" for k, v in attrs}
        self.stack[-1]["children"].append(node)
        if tag not in ("br", "img", "hr"):
            node["children"] = []
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        if len(self.stack) > 1 and self.stack[-1].get("name") == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.stack[-1]["children"].append({"type": "text", "text": data})


def miniprogram(page: str, parts: Parts, d: Draw) -> bytes:
    """The report as a mini-program's article API returns it: a status envelope, the title, and the
    article as a rich-text node tree (the page's markup as nested objects, no HTML string anywhere)."""
    tree = _Tree()
    tree.feed(page)
    data = {"title": parts.head[0] if parts.head else "", "nodes": tree.root["children"]}
    return json.dumps({"errcode": 0, "errmsg": "ok", "data": data}, ensure_ascii=d.int(0, 1) == 1).encode("utf-8")


def base64_article(page: str, parts: Parts, d: Draw) -> bytes:
    """The report as a CMS article API returns it: a status envelope, the title and metadata, and the
    article's HTML base64-encoded in `content` (maybe wrapped at 76 characters as MIME writes it, maybe
    with a 「contentEncoding」 field saying so)."""
    encoded = base64.b64encode(page.encode("utf-8")).decode("ascii")
    if d.int(0, 1):
        encoded = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
    data: dict = {"id": d.int(100000, 999999), "title": parts.head[0] if parts.head else ""}
    if d.int(0, 1):
        data["contentEncoding"] = "base64"
    data["content"] = encoded
    return json.dumps({"success": True, "code": "0000", "data": data}, ensure_ascii=d.int(0, 1) == 1, indent=2).encode(
        "utf-8"
    )
