"""Printers of eval/wild18: half a realistic crawl sample (fam15/fam16/fam17's printers with option combinations no
earlier set used), half a hunt — layouts in carriers that had not had them (table 三 with 总计 first in a WPS PDF, in
Word and in a portal's Markdown export; table 四 with 总计 first in a PDF; the 2025 sub-row in a page copy and with
full-width digits; GF2019 in an iText normaliser's PDF and in an Excel paste; a Chrome print of a 镇 page with 续表),
and a new cell spelling: a U+FEFF (zero-width no-break space, what WPS leaves when a cell is copied) before figures
(HTML, Word).

fam17's hooks stay installed; fam17.with_xform gains the "feff" digits mode."""
from __future__ import annotations

import re

import fam12 as B
import fam14 as F
import fam17 as N

WITH17 = N.with_xform


def feff_xform(s):
    """s["digits"] == "feff": a U+FEFF before each integer figure (and, for figures of two digits or more, one after
    the first digit too): WPS's copy of a table cell carries the character, the editor keeps it."""
    prev = s.get("xform")

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        if not re.fullmatch(r"\d+", t):
            return t
        return "\ufeff" + (t[0] + "\ufeff" + t[1:] if len(t) > 1 else t)
    return xf


def with_xform18(s):
    if s.get("digits") == "feff":
        if s.get("marks"):
            s["xform"] = N.mark_xform(s)
        s["xform"] = feff_xform(s)
        return
    WITH17(s)


N.with_xform = with_xform18


def h_cms18(s):
    """fam17's CMS page; U+FEFF written as the editor leaves it (the character itself, in the UTF-8)."""
    return N.h_cms17(s)


def p_report18(s):
    return N.p_report17(s)


def d_report18(s):
    return N.d_report17(s)


def m_portal(s):
    """The report as the portal's 「导出 Markdown」 gives it: pandoc-GFM shape (tables as raw HTML, headings bold)."""
    F.prepare14(s)
    N.with_xform(s)
    return B.m_pandoc_gfm(s)
