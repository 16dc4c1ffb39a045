"""wild24's printers: the hunt half goes back to the tables and the typography of real publishers — figures in CMS
cells with a hidden stale duplicate (a <span style="display:none"> the editor left from an earlier paste) and figures
followed by <sup> footnote marks; the other hunt files combine earlier printers' table options (full-width digits,
typed units 「件」 in every figure cell, note marks in table 四, a landscape page with the 2025 sub-row, the 法人
block in another order with a 续表, last year's table 四 beside this year's in Word) in combinations no set had."""
from __future__ import annotations

import random
import re

import fam14 as F
import fam17 as N

HID = "\ue001"  # sentinel: figure, HID, stale figure (replaced after rendering)
SUP = "\ue002"  # sentinel before a mark to be set as <sup>


def hidden_xform(s):
    """s["hidden"]: a set of table prefixes ("t3", "t4"): every figure cell of them carries the stale figure of an
    earlier draft in a display:none span before the shown one."""
    prev = s.get("xform")
    rng = random.Random(s["id"] + "hidden")

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        if key.split(".")[0] in s["hidden"] and re.fullmatch(r"\d+", t):
            return t + HID + str(max(0, int(t) + rng.choice([-2, -1, 1, 2, 3])))
        return t
    return xf


def h_hidden_dup(s):
    """A TRS page whose figure cells each hold a hidden stale figure: <span style="display:none">old</span>new."""
    F.prepare14(s)
    N.with_xform(s)
    s["xform"] = hidden_xform(s)
    out = N.H.h_cms16(s).decode("utf-8")
    out = re.sub(r"(\d+)" + HID + r"(\d+)", r'<span style="display:none">\2</span>\1', out)
    assert HID not in out
    return out.encode("utf-8")


def h_sup_marks(s):
    """A CMS page whose figures in s["sups"] are followed by a footnote mark set as <sup>①</sup>, the notes under
    the table."""
    s["marks"] = {k: SUP + m for k, m in s["sups"].items()}
    F.prepare14(s)
    N.with_xform(s)
    out = N.H.h_cms16(s).decode("utf-8")
    out = re.sub(SUP + r"(.)", r"<sup>\1</sup>", out)
    assert SUP not in out
    return out.encode("utf-8")


class AllMarks(dict):
    """A marks table (fam17's s["marks"]) covering every figure cell of the given tables."""

    def __init__(self, mark: str, tables: tuple[str, ...]):
        super().__init__()
        self.mark, self.tables = mark, tables

    def __bool__(self) -> bool:
        return True

    def __contains__(self, key) -> bool:
        return key.split(".")[0] in self.tables

    def __getitem__(self, key) -> str:
        return self.mark


def h_unit_cells(s):
    """A CMS page whose every figure of tables 三 and 四 is typed with its unit (「12件」, 「0件」)."""
    s["marks"] = AllMarks("件", ("t3", "t4"))
    return N.h_cms17(s)


# ---------------------------------------------------------------- PDF: table 三's 法人 block in another order

import pdfbase  # noqa: E402

TABLE23 = pdfbase.Flow.table


def table24(self, rows_, widths, **kw):
    """s["reorder"] (indexes into the 5 legal columns) in a PDF: every 8-cell row of table 三 (the names row and the
    figure rows) with its 法人 block permuted, before the earlier hooks draw it (a 续表 split included)."""
    s = F.CUR
    flat = "".join(str(c[0]) for r in rows_ for c in r)
    if s.get("reorder") and "自然人" in flat:
        perm = s["reorder"]
        out = []
        for r in rows_:
            if len(r) == 8:
                leg = r[2:7]
                r = list(r[:2]) + [leg[i] for i in perm] + [r[7]]
            out.append(r)
        rows_ = out
    return TABLE23(self, rows_, widths, **kw)


pdfbase.Flow.table = table24


# ---------------------------------------------------------------- PDF: a landscape section as a rotated portrait page

DRAW23 = pdfbase.draw_ops


def draw_ops24(c, ops, mode=0):
    """s["rotate90"]: each landscape page written as Word's print driver leaves a landscape section — a portrait
    MediaBox, the page's content turned a quarter counter-clockwise by the content matrix, and /Rotate 90 so that a
    viewer shows it landscape again."""
    s = F.CUR
    if mode != 0 or not s.get("rotate90"):
        return DRAW23(c, ops, mode)
    w, h = c._pagesize
    if w <= h:
        c.setPageRotation(0)
        return DRAW23(c, ops, mode)
    c.saveState()
    c.transform(0, 1, -1, 0, h, 0)
    out = DRAW23(c, ops, mode)
    c.restoreState()
    c.setPageRotation(90)  # reportlab writes a rotated page's MediaBox with width and height swapped: portrait
    return out


pdfbase.draw_ops = draw_ops24


# ---------------------------------------------------------------- blocks: the three tables as 附表 after section 五

import base  # noqa: E402
import fam12 as B  # noqa: E402

BLOCKS23 = base.blocks
REFS = {"二、": "本年度主动公开政府信息情况详见附表1。", "三、": "本年度收到和处理政府信息公开申请情况详见附表2。",
        "四、": "本年度政府信息公开行政复议、行政诉讼情况详见附表3。"}
CAPS = {"t2": "附表1：主动公开政府信息情况", "t3": "附表2：收到和处理政府信息公开申请情况",
        "t4": "附表3：政府信息公开行政复议、行政诉讼情况"}


def blocks24(s):
    """s["after5"]: sections 二, 三 and 四 hold one sentence each pointing to 附表1–3; the three tables, each under
    its 「附表n：」 caption, follow section 五's paragraphs (before 「六、其他需要报告的事项」)."""
    out = BLOCKS23(s)
    if not s.get("after5"):
        return out
    tabs = [b for b in out if b[0] in ("t2", "t3", "t4")]
    res = []
    for k, t in out:
        if k in ("t2", "t3", "t4"):
            continue
        if k == "h" and t.startswith("六、"):
            for tk, tt in tabs:
                res += [("h", CAPS[tk]), (tk, tt)]
        res.append((k, t))
        if k == "h" and t[:2] in REFS:
            res.append(("p", REFS[t[:2]]))
    return res


base.blocks = B.blocks = pdfbase.blocks = blocks24
