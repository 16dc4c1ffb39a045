"""Printers of eval/wild35's hunt: BODIES OUTSIDE THE USUAL HIERARCHY — reports of a national administration, of
vertically managed branches (税务, 海关, 金融监管), of a 兵团 师市合一 city, of a province-run 开发区 and a 街道 inside a
开发区, of a 林区's district, of a body renamed in the report year and of a 派出机构 whose name holds its parent's.

The report itself is the earlier printers' (base.blocks with the template's ruled tables, through fam34's carriers);
before it each file prints the body's 机构信息 as its site or its document carries it: an 「机构概况」 box (name, former
name, nature, 上级/领导体制, seat) and, where given, a lead paragraph — the words a careful reader needs to tell the
body's level and region. The figures in the box (phones, post codes, years, counts of staff or towns) are invented and
are never cells.
"""
from __future__ import annotations

import fam34 as H


def box(s) -> list:
    """The 机构概况 items: a heading, one 「label：value」 paragraph each, then s["lead"] paragraphs."""
    items = [("h", s.get("box_title", "机构概况"))]
    items += [("p", f"{k}：{v}") for k, v in s["box"]]
    items += [("p", t) for t in s.get("lead", [])]
    return items


def _with_box(s) -> dict:
    s2 = dict(s)
    s2["before"] = s.get("before", []) + box(s)
    s2.setdefault("after", [])
    s2.setdefault("break_before", False)
    return s2


def h_outside(s):
    """An HTML page: the body's 机构概况 box above the report."""
    return H.h_wrapped(_with_box(s))


def d_outside(s):
    """A DOCX: the 机构概况 box (or the document's 说明) on the first page, the report after it."""
    return H.d_wrapped(_with_box(s))


def p_outside(s):
    """A PDF: the 机构概况 box at the top of the first page, the report following."""
    return H.p_wrapped(_with_box(s))


def m_outside(s):
    """A Markdown export: the box as a heading and lines, the report after it."""
    return H.m_wrapped(_with_box(s))


def t_outside(s):
    """A .txt copy: the box as lines, the report with tab-separated table rows."""
    return H.t_wrapped(_with_box(s))
