"""Printers of eval/wild31's hunt: WHO ISSUED THE REPORT AND FOR WHICH YEAR IS HARD TO TELL. The tables are the
template's and print as earlier printers print them (fam17's Word PDF / Word / CMS page, fam30's Markdown export);
what changes is the report's identity: the words around the tables — the title, the lead lines above the
introduction, the narrative's way of naming the body and the year, the signature and its date — as s["ident"] asks.

s["ident"] (every key optional):
  "title":   the title line as printed (no agency, a short form, a second name, no year …);
  "lead":    paragraphs printed between the title and the introduction (a document number, a 「发布日期」 line …);
  "replace": [(old, new), …] applied to the introduction and the narrative of sections 一, 五, 六 (the year written
             「本年度」, the body's full name written as its short form …);
  "add5":    a paragraph added at the end of section 五 (next year's plans, dated);
  "sign":    the signature as printed (two bodies, an old name, the county before a 镇 …);
  "date":    the signature's date as printed.

The hook wraps text.title and text.narrative (make.py and every printer reach them through text / base), and adds
the lead paragraphs through the innermost blocks (base's own, which fam13 keeps as ORIG_BLOCKS and fam13 … fam24
wrap). h_ident: fam17's CMS page with the info line's 「发布机构」 as the site writes it. A spec without
"ident" prints exactly as before (the realistic half goes through the same hook untouched)."""
from __future__ import annotations

import base
import docxbase
import fam13
import fam17 as N
import pdfbase
import text

_TITLE0 = text.title
_NARR0 = text.narrative


def title31(s: dict) -> str:
    idn = s.get("ident")
    if idn and "title" in idn:
        return idn["title"]
    return _TITLE0(s)


def narrative31(s: dict) -> dict:
    n = _NARR0(s)
    idn = s.get("ident")
    if not idn:
        return n
    n = dict(n)
    reps = idn.get("replace", [])

    def fix(t: str) -> str:
        for a, b in reps:
            t = t.replace(a, b)
        return t
    n["intro"] = fix(n["intro"])
    for k in ("sec1", "sec5", "sec6"):
        n[k] = [fix(p) for p in n[k]]
    if idn.get("add5"):
        n["sec5"] = n["sec5"] + [idn["add5"]]
    if "sign" in idn:
        n["sign"] = idn["sign"]
    if "date" in idn:
        n["date"] = idn["date"]
    n["title"] = title31(s)
    return n


def _with_lead(inner):
    def blocks31(s: dict):
        out = inner(s)
        lead = (s.get("ident") or {}).get("lead", [])
        if lead:
            out = out[:1] + [("p", p) for p in lead] + out[1:]
        return out
    return blocks31


text.title = title31
text.narrative = narrative31
base.narrative = narrative31
# the innermost blocks (base's own, which fam13 … fam24 wrap) gets the lead lines; a module still holding it by
# name gets the wrapped one too
_B0 = fam13.ORIG_BLOCKS
fam13.ORIG_BLOCKS = _with_lead(_B0)
for _m in (base, pdfbase, docxbase):
    if _m.blocks is _B0:
        _m.blocks = fam13.ORIG_BLOCKS


def h_ident(s):
    """fam17's CMS page; the info line's 「发布机构」 as the site writes it (s["ident"]["publisher"]), not the agency's
    full name."""
    out = N.h_cms17(s).decode("utf-8")
    pub = (s.get("ident") or {}).get("publisher")
    if pub:
        out = out.replace(f"发布机构：{s['agency']}", f"发布机构：{pub}")
    return out.encode("utf-8")
