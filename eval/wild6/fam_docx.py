"""DOCX printers of eval/wild6 (python-docx plus XML surgery), byte for byte reproducible."""
from __future__ import annotations

import random
import re

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from base import ctx
from docxbase import W, add_table, body, new_doc, save
from grids import C, t2_grid, t3_grid, t4_grid

NUMBERING = (
    f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/>'
    '<w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
    '<w:lvlJc w:val="left"/></w:lvl></w:abstractNum>')


def number_cells(table, numid: int):
    """Strip 「（一）」/「1.」 from label cells and give their paragraph w:numPr (the numbering Word shows)."""
    for tc in table._tbl.iter(qn("w:tc")):
        for p in tc.iter(qn("w:p")):
            ts = list(p.iter(qn("w:t")))
            if not ts:
                continue
            text = "".join(t.text or "" for t in ts)
            m = re.match(r"^（[一二三四五六七]）", text)
            lvl = 0
            if not m:
                m = re.match(r"^\d\.", text)
                lvl = 1
            if not m or not any(ch >= "\u4e00" for ch in text[m.end():m.end() + 1]):
                continue
            ts[0].text = text[m.end():]
            for t in ts[1:]:
                t.text = ""
            pPr = p.find(qn("w:pPr"))
            if pPr is None:
                pPr = parse_xml(f'<w:pPr xmlns:w="{W}"/>')
                p.insert(0, pPr)
            pPr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{lvl}"/><w:numId w:val="{numid}"/></w:numPr>'))


def d_auto_numbered(s):
    """Label numbering of table 三 (（一）…（七）, 1.…8.) is Word automatic list numbering (w:numPr on the cell
    paragraph, a two-level list 「（%1）」 chineseCounting / 「%2.」 decimal): the label text has no number."""
    cell = ctx(s)
    d = new_doc()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(NUMBERING))
    numbering.append(parse_xml(f'<w:num xmlns:w="{W}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    def t3(doc):
        t = add_table(doc, t3_grid(s["template"], cell), 10)
        number_cells(t, 90)
    body(d, s, {"t2": lambda doc: add_table(doc, t2_grid(s["template"], cell), 4), "t3": t3,
                "t4": lambda doc: add_table(doc, t4_grid(cell), 15)})
    return save(d)


def d_vanish(s):
    """Value cells of tables 三/四 where a reviewer hid the old figure: a run with w:vanish (hidden text) holding
    the previous value before the visible run with the current one; a hidden 「（数据待核）」 note too."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "hide")
    hidden = {}
    d = new_doc()
    def put(grid, n):
        def f(doc):
            t = add_table(doc, grid, n)
            for tc in t._tbl.iter(qn("w:tc")):
                ts = list(tc.iter(qn("w:t")))
                if len(ts) != 1 or not (ts[0].text or "").isdigit() or rng.random() > 0.22:
                    continue
                r = ts[0].getparent()
                old = str(int(ts[0].text) + rng.choice([1, 2, 3, 5]))
                hid = parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vanish/></w:rPr><w:t>{old}</w:t></w:r>')
                r.addprevious(hid)
                hidden[len(hidden)] = old
            return t
        return f
    def note(doc):
        p = doc.add_paragraph()
        p._p.append(parse_xml(f'<w:r xmlns:w="{W}"><w:rPr><w:vanish/></w:rPr><w:t>（数据待核，终稿前删除）</w:t></w:r>'))
    def t3(doc):
        put(t3_grid(s["template"], cell), 10)(doc)
        note(doc)
    body(d, s, {"t2": lambda doc: add_table(doc, t2_grid(s["template"], cell), 4), "t3": t3,
                "t4": put(t4_grid(cell), 15)})
    return save(d)


def spaced(t: str) -> str:
    if len(t) <= 6 and all("\u4e00" <= ch <= "\u9fff" for ch in t):
        return ("　" if len(t) > 2 else "　　").join(t)
    return t


def d_spaced_labels(s):
    """GF2019 DOCX whose short labels and column names are spread by full-width spaces typed between the
    characters (「自　然　人」「规　　章」「行　政　许　可」「总　　计」), as offices align them by hand."""
    cell = ctx(s)
    unit = s.get("unit", "万元")
    def sp(grid):
        return [[C(spaced(c.text) if not c.key else c.text, c.rs, c.cs, c.key) for c in row] for row in grid]
    d = new_doc()
    body(d, s, {"t2": lambda doc: add_table(doc, sp(t2_grid(s["template"], cell, unit)), 4),
                "t3": lambda doc: add_table(doc, sp(t3_grid(s["template"], cell)), 10),
                "t4": lambda doc: add_table(doc, sp(t4_grid(cell)), 15)})
    return save(d)
