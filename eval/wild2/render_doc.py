"""PDF (reportlab) and DOCX (python-docx) renderers; both byte-deterministic."""
from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from model import APPLICANT_LABELS, RESULT_HEAD, T3_NOTE, T4_GROUPS, T4_PARTS
from render_text import T2_HEAD, T3_HEAD, T4_HEAD, head_title, wrap

FONT_DIR = Path("/usr/share/fonts/truetype/wqy")


def _font() -> str:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfmetrics
    rl_config.invariant = 1
    f = FONT_DIR / "wqy-microhei.ttc"
    if f.exists():
        from reportlab.pdfbase.ttfonts import TTFont
        if "WQY" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("WQY", str(f), subfontIndex=0))
        return "WQY"
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


# ================================================================== ruled PDF (platypus)
def pdf_ruled(r, path: Path, repeat_header: bool = True, footer: str = "— {n} —") -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font = _font()
    st = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16, firstLineIndent=21)
    hs = ParagraphStyle("h", fontName=font, fontSize=11, leading=18)
    ts = ParagraphStyle("t", fontName=font, fontSize=16, leading=24, alignment=1)
    cs = ParagraphStyle("c", fontName=font, fontSize=7.5, leading=9.5)
    story = [Paragraph(head_title(r), ts), Spacer(1, 6)]
    for x in r.header_lines:
        story.append(Paragraph(x, st))
    for h, ps in r.narrative():
        story.append(Paragraph(h, hs))
        story += [Paragraph(p, st) for p in ps]
    base = [("FONT", (0, 0), (-1, -1), font, 7.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (-1, -1), "CENTER")]

    def P(s):
        return Paragraph(s, cs)

    story.append(Paragraph(T2_HEAD, hs))
    for sec, head, rows in r.t2_spec():
        n = len(head)
        data = [[sec] + [""] * (n - 1), head] + [[lab] + cells for lab, cells in rows]
        t = Table(data, colWidths=[40 * mm] + [(120 / (n - 1)) * mm] * (n - 1))
        t.setStyle(TableStyle(base + [("SPAN", (0, 0), (-1, 0))]))
        story += [t, Spacer(1, 4)]
    story += [Paragraph(T3_HEAD, hs), Paragraph(T3_NOTE, st)]
    data = [["申请人情况", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "", ""] + [P(x) for x in APPLICANT_LABELS[1:6]] + [""]]
    spans = [("SPAN", (0, 0), (2, 1)), ("SPAN", (3, 0), (3, 1)), ("SPAN", (4, 0), (8, 0)), ("SPAN", (9, 0), (9, 1))]
    table = r.t3_table()
    res_rows = [i for i, (k, *_) in enumerate(table) if k.startswith("r")]
    grp_start: dict = {}
    for i, (k, g, lab, cells) in enumerate(table):
        row = i + 2
        if k in ("new", "carry_in", "carry_out"):
            data.append([P(lab), "", ""] + cells)
            spans.append(("SPAN", (0, row), (2, row)))
        elif g:
            data.append([P(RESULT_HEAD) if k == "r1" else "", P(g) if k.endswith("_1") else "", P(lab)] + cells)
            grp_start.setdefault(g, [row, row])[1] = row
        else:
            data.append([P(RESULT_HEAD) if k == "r1" else "", P(lab), ""] + cells)
            spans.append(("SPAN", (1, row), (2, row)))
    # a result-column span must not cross a page break in reportlab: span only within the group cells
    for g, (a, b) in grp_start.items():
        spans.append(("SPAN", (1, a), (1, b)))
    t = Table(data, colWidths=[16 * mm, 18 * mm, 52 * mm] + [11 * mm] * 7, repeatRows=2 if repeat_header else 0)
    t.setStyle(TableStyle(base + spans))
    story += [t, Spacer(1, 6), Paragraph(T4_HEAD, hs)]
    low = [P(p) for _ in T4_GROUPS for _, p in T4_PARTS]
    data = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
            low[:5] + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
            [""] * 5 + low[5:], r.t4_cells()]
    t = Table(data, colWidths=[11 * mm] * 15)
    t.setStyle(TableStyle(base + [("SPAN", (0, 0), (4, 0)), ("SPAN", (5, 0), (14, 0)), ("SPAN", (5, 1), (9, 1)),
                                  ("SPAN", (10, 1), (14, 1))] + [("SPAN", (i, 1), (i, 2)) for i in range(5)]))
    story.append(t)
    for h, ps in r.closing():
        story.append(Paragraph(h, hs))
        story += [Paragraph(p, st) for p in ps]
    if r.signature:
        rs = ParagraphStyle("s", fontName=font, fontSize=10.5, leading=16, alignment=2)
        story += [Spacer(1, 12)] + [Paragraph(x, rs) for x in r.signature.split("\n")]

    def on_page(c, doc):
        c.setFont(font, 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, footer.format(n=doc.page))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title=head_title(r), author="", creator="", producer="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    path.write_bytes(buf.getvalue())


# ================================================================== unruled PDF (canvas)
def pdf_unruled(r, path: Path) -> None:
    """No lines: labels left, numbers right-aligned on fixed column edges; long labels wrap."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    font = _font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(head_title(r))
    W, Hh = A4
    y = Hh - 60
    page = [1]

    def newpage():
        nonlocal y
        c.setFont(font, 8)
        c.drawCentredString(W / 2, 30, f"第 {page[0]} 页")
        c.showPage()
        page[0] += 1
        y = Hh - 60

    def text(s, x, size=10.5, right=False):
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, y, s)

    def nl(dy=16):
        nonlocal y
        y -= dy
        if y < 60:
            newpage()

    c.setFont(font, 16)
    c.drawCentredString(W / 2, y, head_title(r))
    nl(28)
    for h, ps in r.narrative():
        text(h, 56, 11)
        nl()
        for p in ps:
            for ln in wrap(p, 84):
                text(ln, 56)
                nl()
    text(T2_HEAD, 56, 11)
    nl(20)
    for sec, head, rows in r.t2_spec():
        text(sec, 240, 9)
        nl(14)
        text(head[0], 60, 9)
        for i, h in enumerate(head[1:]):
            text(h, 520 - (len(head) - 2 - i) * 110, 9, right=True)
        nl(14)
        for lab, cells in rows:
            text(lab, 60, 9)
            for i, v in enumerate(cells):
                text(v, 520 - (len(cells) - 1 - i) * 110, 9, right=True)
            nl(14)
        nl(4)
    nl(6)
    text(T3_HEAD, 56, 11)
    nl(16)
    text(T3_NOTE, 56, 8)
    nl(18)
    edges = [300, 335, 370, 405, 440, 475, 520]
    text("申请人情况", 110, 8)
    text("自然人", edges[0], 8, right=True)
    text("法人或其他组织", 400, 8)
    text("总计", edges[6], 8, right=True)
    nl(12)
    for x, lab in zip(edges[1:6], APPLICANT_LABELS[1:6]):
        for j, part in enumerate([lab[:2], lab[2:]]):
            c.setFont(font, 7)
            c.drawRightString(x, y - j * 9, part)
    nl(24)
    for k, g, lab, cells in r.t3_table():
        if k == "r1":
            text(RESULT_HEAD, 40, 8)
            nl(12)
        if g and k.endswith("_1"):
            text(g, 48, 8)
            nl(12)
        lines = wrap(lab, 34)
        text(lines[0], 60, 8)
        for x, v in zip(edges, cells):
            text(v, x, 8, right=True)
        for ln in lines[1:]:
            nl(10)
            text(ln, 60, 8)
        nl(13)
    nl(6)
    text(T4_HEAD, 56, 11)
    nl(18)
    text("行政复议", 90, 8)
    text("行政诉讼", 360, 8)
    nl(12)
    text("未经复议直接起诉", 250, 8)
    text("复议后起诉", 430, 8)
    nl(12)
    xs = [60 + i * 32 for i in range(15)]
    for x, (g, p) in zip(xs, [(g, p) for g in T4_GROUPS for _, p in T4_PARTS]):
        c.setFont(font, 6.5)
        c.drawRightString(x + 26, y, p[:2])
        c.drawRightString(x + 26, y - 8, p[2:])
    nl(22)
    for x, v in zip(xs, r.t4_cells()):
        text(v, x + 26, 8, right=True)
    nl(24)
    for h, ps in r.closing():
        text(h, 56, 11)
        nl()
        for p in ps:
            for ln in wrap(p, 84):
                text(ln, 56)
                nl()
    if r.signature:
        nl(10)
        for x in r.signature.split("\n"):
            text(x, 540, right=True)
            nl()
    c.setFont(font, 8)
    c.drawCentredString(W / 2, 30, f"第 {page[0]} 页")
    c.save()
    path.write_bytes(buf.getvalue())


# ================================================================== DOCX
FIXED = datetime(2024, 1, 15, 9, 0, 0)


def _fix_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(name))
    return out.getvalue()


def docx_render(r, path: Path, nested: bool = False, seq: bool = False, merged: bool = True) -> None:
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = FIXED
    cp.author = cp.last_modified_by = ""
    cp.title = ""
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.alignment = 1
    p.add_run(head_title(r)).bold = True
    for x in r.header_lines:
        doc.add_paragraph(x)
    for h, ps in r.narrative():
        doc.add_paragraph().add_run(h).bold = True
        for x in ps:
            doc.add_paragraph(x)

    def table(nrows, ncols):
        if nested:
            outer = doc.add_table(rows=1, cols=1)
            cell = outer.cell(0, 0)
            t = cell.add_table(rows=nrows, cols=ncols)
            return t
        t = doc.add_table(rows=nrows, cols=ncols)
        return t

    def fill(t, rows):
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    t.cell(i, j).text = v
        try:
            t.style = "Table Grid"
        except Exception:
            pass

    def merge(t, a, b):
        if merged:
            t.cell(*a).merge(t.cell(*b))

    doc.add_paragraph().add_run(T2_HEAD).bold = True
    for sec, head, rows in r.t2_spec():
        n = len(head)
        data = [[sec] + [""] * (n - 1), head] + [[lab] + cells for lab, cells in rows]
        t = table(len(data), n)
        fill(t, data)
        if merged:
            t.cell(0, 0).merge(t.cell(0, n - 1)).text = sec
    doc.add_paragraph().add_run(T3_HEAD).bold = True
    doc.add_paragraph(T3_NOTE)
    tab = r.t3_table()
    off = 1 if seq else 0
    data = [([""] if seq else []) + ["申请人情况", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ([""] if seq else []) + ["", "", "", ""] + APPLICANT_LABELS[1:6] + [""]]
    if seq:
        data[0][0] = "序号"
    for i, (k, g, lab, cells) in enumerate(tab, 1):
        lead = [str(i)] if seq else []
        if k in ("new", "carry_in", "carry_out"):
            data.append(lead + [lab, "", ""] + cells)
        elif g:
            data.append(lead + [RESULT_HEAD if k == "r1" else "", g if k.endswith("_1") else "", lab] + cells)
        else:
            data.append(lead + [RESULT_HEAD if k == "r1" else "", lab, ""] + cells)
    t = table(len(data), len(data[0]))
    fill(t, data)
    if merged:
        if seq:
            t.cell(0, 0).merge(t.cell(1, 0)).text = "序号"
        t.cell(0, off).merge(t.cell(1, off + 2)).text = "申请人情况"
        t.cell(0, off + 3).merge(t.cell(1, off + 3)).text = "自然人"
        t.cell(0, off + 4).merge(t.cell(0, off + 8)).text = "法人或其他组织"
        t.cell(0, off + 9).merge(t.cell(1, off + 9)).text = "总计"
        groups: dict = {}
        for i, (k, g, lab, _) in enumerate(tab):
            row = i + 2
            if k in ("new", "carry_in", "carry_out"):
                t.cell(row, off).merge(t.cell(row, off + 2)).text = lab
            elif g:
                groups.setdefault(g, [row, row])[1] = row
            else:
                t.cell(row, off + 1).merge(t.cell(row, off + 2)).text = lab
        for g, (a, b) in groups.items():
            t.cell(a, off + 1).merge(t.cell(b, off + 1)).text = g
        res = [i + 2 for i, (k, *_) in enumerate(tab) if k.startswith("r")]
        t.cell(res[0], off).merge(t.cell(res[-1], off)).text = RESULT_HEAD
    doc.add_paragraph().add_run(T4_HEAD).bold = True
    low = [p for _ in T4_GROUPS for _, p in T4_PARTS]
    data = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
            low[:5] + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
            [""] * 5 + low[5:], r.t4_cells()]
    t = table(4, 15)
    fill(t, data)
    if merged:
        t.cell(0, 0).merge(t.cell(0, 4)).text = "行政复议"
        t.cell(0, 5).merge(t.cell(0, 14)).text = "行政诉讼"
        t.cell(1, 5).merge(t.cell(1, 9)).text = "未经复议直接起诉"
        t.cell(1, 10).merge(t.cell(1, 14)).text = "复议后起诉"
        for i in range(5):
            t.cell(1, i).merge(t.cell(2, i)).text = low[i]
    for h, ps in r.closing():
        doc.add_paragraph().add_run(h).bold = True
        for x in ps:
            doc.add_paragraph(x)
    if r.signature:
        for x in r.signature.split("\n"):
            doc.add_paragraph(x).alignment = 2
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))
