"""Plain-text, Markdown and HTML renderers (each function: Report -> str)."""
from __future__ import annotations

import html as H
import random
import unicodedata

from model import APPLICANT_LABELS, RESULT_HEAD, T3_NOTE, T4_GROUPS, T4_PARTS


def w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def pad(s: str, n: int, right: bool = False) -> str:
    sp = " " * max(0, n - w(s))
    return sp + s if right else s + sp


def wrap(s: str, n: int) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if w(cur + ch) > n:
            out.append(cur)
            cur = ""
        cur += ch
    return out + [cur] if cur else out


def head_title(r) -> str:
    return r.title or f"{r.agency}{r.year}年政府信息公开工作年度报告"


def body_paras(r):
    return r.narrative()


T2_HEAD = "二、主动公开政府信息情况"
T3_HEAD = "三、收到和处理政府信息公开申请情况"
T4_HEAD = "四、政府信息公开行政复议、行政诉讼情况"


def t4_header_rows():
    top = ["行政复议"] * 5 + ["行政诉讼"] * 10
    mid = ["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5
    low = [p for _ in T4_GROUPS for _, p in T4_PARTS]
    return top, mid, low


# ---------------------------------------------------------------- txt: tabs and spaces mixed
def txt_tabs_spaces(r) -> str:
    rng = random.Random(r.id)

    def sep():
        return rng.choice(["\t", "\t", "  ", " \t", "\t ", "   "])

    def line(cells):
        out = cells[0]
        for c in cells[1:]:
            out += sep() + c
        return out

    L = [head_title(r), ""] + r.header_lines
    for h, ps in body_paras(r):
        L.append(h)
        L += ["　　" + p for p in ps]
    L.append(T2_HEAD)
    for sec, head, rows in r.t2_spec():
        L.append(sec)
        L.append(line(head))
        for lab, cells in rows:
            L.append(line([lab] + cells))
    L.append(T3_HEAD)
    L.append(T3_NOTE)
    L.append(line(["申请人情况", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
    L.append(line(["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]))
    for k, g, lab, cells in r.t3_table():
        if k == "r1":
            L.append(RESULT_HEAD)
        if g and k.endswith("_1"):
            L.append(g)
        L.append(line([lab] + cells))
    L.append(T4_HEAD)
    top, mid, low = t4_header_rows()
    L.append(line(["行政复议", "行政诉讼"]))
    L.append(line(["", "未经复议直接起诉", "复议后起诉"]))
    L.append(line(low))
    L.append(line(r.t4_cells()))
    for h, ps in r.closing():
        L.append(h)
        L += ["　　" + p for p in ps]
    L += ["", r.signature] if r.signature else []
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- txt: one row a line, single spaces
def txt_single_space(r) -> str:
    L = [head_title(r)] + r.header_lines
    for h, ps in body_paras(r):
        L.append(h + " " + " ".join(ps))
    L.append(T2_HEAD)
    for sec, head, rows in r.t2_spec():
        L.append(sec + " " + " ".join(head))
        for lab, cells in rows:
            L.append(" ".join([lab] + cells))
    L.append(T3_HEAD)
    L.append(T3_NOTE)
    L.append("申请人情况 自然人 法人或其他组织 总计")
    L.append("商业企业 科研机构 社会公益组织 法律服务机构 其他")
    for k, g, lab, cells in r.t3_table():
        pre = ""
        if k == "r1":
            pre = RESULT_HEAD + " "
        if g and k.endswith("_1"):
            pre += g + " "
        L.append(pre + " ".join([lab] + cells))
    L.append(T4_HEAD)
    L.append("行政复议 行政诉讼")
    L.append("结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉")
    L.append("结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计")
    L.append(" ".join(r.t4_cells()))
    for h, ps in r.closing():
        L.append(h + " " + " ".join(ps))
    if r.signature:
        L.append(r.signature)
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- txt: pdftotext -layout
def txt_layout(r) -> str:
    """A PDF printed to text with its layout kept: fixed columns, right-aligned numbers, long labels
    wrapped over several lines (values on the first), form feeds between pages."""
    L = ["", pad("", 20) + head_title(r), ""] + r.header_lines
    for h, ps in body_paras(r):
        L.append("    " + h)
        for p in ps:
            L += ["        " + x for x in wrap(p, 76)]
    L.append("    " + T2_HEAD)
    for sec, head, rows in r.t2_spec():
        L.append(pad("", 30) + sec)
        L.append("   " + pad(head[0], 22) + "".join(pad(h, 24) for h in head[1:]))
        for lab, cells in rows:
            L.append("   " + pad(lab, 22) + "".join(pad(c, 14, True) + " " * 10 for c in cells))
    L.append("\f")
    L.append("    " + T3_HEAD)
    L.append("    " + T3_NOTE)
    L.append("                                                        法人或其他组织")
    L.append(pad("              申请人情况", 40) + "   自然人   商业  科研  社会公益  法律服务  其他     总计")
    L.append(pad("", 40) + "            企业  机构    组织      机构")
    lw = 34
    for k, g, lab, cells in r.t3_table():
        if k == "r1":
            L.append(RESULT_HEAD)
        c2 = g if g and k.endswith("_1") else ""
        lines = wrap(lab, lw)
        nums = "".join(pad(c, n, True) for c, n in zip(cells, [9, 7, 6, 9, 10, 6, 9]))
        L.append(pad(c2, 16) + pad(lines[0], lw + 2) + nums)
        for extra in lines[1:]:
            L.append(pad("", 16) + extra)
        if k == "r5_5":
            L += ["", pad("", 36) + "— 3 —", "\f"]
    L.append("    " + T4_HEAD)
    L.append(pad("", 12) + "行政复议" + pad("", 36) + "行政诉讼")
    L.append(pad("", 44) + "未经复议直接起诉" + pad("", 14) + "复议后起诉")
    L.append("  ".join(p for _ in T4_GROUPS for _, p in T4_PARTS))
    L.append("".join(pad(c, 10, True) for c in r.t4_cells()))
    for h, ps in r.closing():
        L.append("    " + h)
        for p in ps:
            L += ["        " + x for x in wrap(p, 76)]
    if r.signature:
        L += ["", pad("", 50) + r.signature.replace("\n", "\n" + pad("", 50))]
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- txt: one cell per line
def txt_cell_lines(r) -> str:
    L = [head_title(r)] + r.header_lines
    for h, ps in body_paras(r):
        L.append(h)
        L += ps
    L.append(T2_HEAD)
    for sec, head, rows in r.t2_spec():
        L.append(sec)
        L += head
        for lab, cells in rows:
            L += [lab] + cells
    L.append(T3_HEAD)
    L.append(T3_NOTE)
    L += ["申请人情况", "自然人", "法人或其他组织", "总计"] + APPLICANT_LABELS[1:6]
    for k, g, lab, cells in r.t3_table():
        if k == "r1":
            L.append(RESULT_HEAD)
        if g and k.endswith("_1"):
            L.append(g)
        L += [lab] + cells
    L.append(T4_HEAD)
    L += ["行政复议", "行政诉讼"] + [p for _, p in T4_PARTS] + ["未经复议直接起诉", "复议后起诉"]
    L += [p for _, p in T4_PARTS] * 2
    L += r.t4_cells()
    for h, ps in r.closing():
        L.append(h)
        L += ps
    if r.signature:
        L.append(r.signature)
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- txt: Excel copy (tabs, merged = empty)
def txt_excel(r) -> str:
    L = [head_title(r), ""] + r.header_lines
    for h, ps in body_paras(r):
        L.append(h)
        L += ["　　" + p for p in ps]
    L.append(T2_HEAD)
    for sec, head, rows in r.t2_spec():
        L.append("\t".join([sec] + [""] * (len(head) - 1)))
        L.append("\t".join(head))
        for lab, cells in rows:
            L.append("\t".join([lab] + cells))
    L.append(T3_HEAD)
    L.append(T3_NOTE + "\t" * 9)
    L.append("\t".join(["申请人情况", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"]))
    L.append("\t".join(["", "", "", ""] + APPLICANT_LABELS[1:6] + [""]))
    for k, g, lab, cells in r.t3_table():
        if k in ("new", "carry_in", "carry_out"):
            L.append("\t".join([lab, "", ""] + cells))
        else:
            c1 = RESULT_HEAD if k == "r1" else ""
            if g:
                c2 = g if k.endswith("_1") else ""
                L.append("\t".join([c1, c2, lab] + cells))
            else:
                L.append("\t".join([c1, lab, ""] + cells))
    L.append(T4_HEAD)
    L.append("\t".join(["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9))
    L.append("\t".join([""] * 5 + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""]))
    L.append("\t".join(p for _ in T4_GROUPS for _, p in T4_PARTS))
    L.append("\t".join(r.t4_cells()))
    for h, ps in r.closing():
        L.append(h)
        L += ["　　" + p for p in ps]
    if r.signature:
        L.append(r.signature)
    return "\r\n".join(L) + "\r\n"


# ---------------------------------------------------------------- txt: legacy
def txt_legacy(r) -> str:
    L = [head_title(r), "",
         f"　　本报告根据《中华人民共和国政府信息公开条例》要求，由{r.agency}编制。全文包括概述、主动公开政府信息情况、"
         f"依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、"
         f"存在的主要问题及改进措施等。本报告中所列数据的统计期限自{r.year}年1月1日起至{r.year}年12月31日止。",
         "一、概述", "　　本年度，我区进一步健全政府信息公开工作机制，完善公开目录，加强平台建设。",
         "二、主动公开政府信息情况",
         "　　全年主动公开政府信息3126条，其中通过政府门户网站公开2870条，政务微博公开256条。",
         "三、依申请公开政府信息情况", "　　全年共受理政府信息公开申请41件，已全部按期答复。",
         "四、政府信息公开的收费及减免情况", "　　本年度未收取任何费用。",
         "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "　　本年度发生政府信息公开行政复议案件1件，未发生行政诉讼案件。",
         "六、政府信息公开工作存在的主要问题及改进措施", "　　公开内容的深度和广度有待进一步拓展。",
         "附表：政府信息公开情况统计表", "统计指标\t单位\t统计数",
         "一、主动公开情况\t\t", "（一）主动公开政府信息数\t条\t3126",
         "二、回应解读情况\t\t", "（一）回应公众关注热点或重大舆情数\t次\t12",
         "三、依申请公开情况\t\t", "（一）收到申请数\t件\t41",
         "四、行政复议数量\t件\t1", "五、行政诉讼数量\t件\t0",
         "六、举报投诉数量\t件\t0", "七、依申请公开信息收取的费用\t万元\t0"]
    return "\n".join(L) + "\n"


# ================================================================== Markdown
def md_grid(r) -> str:
    """pandoc --to markdown (grid tables): long labels wrap inside their cell over several lines."""
    def grid(rows, widths, header_rows=1):
        def border(ch="-"):
            return "+" + "+".join(ch * (n + 2) for n in widths) + "+"
        out = [border()]
        for i, row in enumerate(rows):
            parts = [wrap(c, n) or [""] for c, n in zip(row, widths)]
            h = max(len(p) for p in parts)
            for j in range(h):
                out.append("|" + "|".join(" " + pad(p[j] if j < len(p) else "", n) + " "
                                          for p, n in zip(parts, widths)) + "|")
            out.append(border("=" if i == header_rows - 1 else "-"))
        return out

    L = [f"# {head_title(r)}", ""]
    for h, ps in body_paras(r):
        L += [f"## {h}" if h[0] in "一二三四五六" else f"### {h}", ""] + ps + [""]
    L += [f"## {T2_HEAD}", ""]
    for sec, head, rows in r.t2_spec():
        n = len(head)
        widths = [16] + [14] * (n - 1)
        L += grid([[sec] + [""] * (n - 1), head] + [[lab] + cells for lab, cells in rows], widths, 2) + [""]
    L += [f"## {T3_HEAD}", "", T3_NOTE, ""]
    rows = [["申请人情况", "自然人", "法人或其他组织商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]
    for k, g, lab, cells in r.t3_table():
        label = lab if not g else (g + lab if k.endswith("_1") else lab)
        if k == "r1":
            label = RESULT_HEAD + label
        rows.append([label] + cells)
    L += grid(rows, [20, 6, 8, 6, 8, 8, 4, 6]) + [""]
    L += [f"## {T4_HEAD}", ""]
    top, mid, low = t4_header_rows()
    L += grid([["行政复议"] + [""] * 4 + ["行政诉讼"] + [""] * 9,
               [""] * 5 + ["未经复议直接起诉"] + [""] * 4 + ["复议后起诉"] + [""] * 4,
               low, r.t4_cells()], [4] * 15, 3) + [""]
    for h, ps in r.closing():
        L += [f"## {h}", ""] + ps + [""]
    if r.signature:
        L += [r.signature.replace("\n", "\n\n"), ""]
    return "\n".join(L)


def pipe(rows) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    out += ["| " + " | ".join(x) + " |" for x in rows[1:]]
    return out


def md_marker(r) -> str:
    """marker-style Markdown: bold headings, header cells broken with <br>, merged areas empty."""
    L = [f"# {head_title(r)}", ""]
    for h, ps in body_paras(r):
        L += [f"**{h}**", ""] + ps + [""]
    L += [f"## {T2_HEAD}", ""]
    for sec, head, rows in r.t2_spec():
        n = len(head)
        L += pipe([[sec] + [""] * (n - 1), head] + [[lab] + cells for lab, cells in rows]) + [""]
    L += [f"## {T3_HEAD}", ""]
    rows = [["申请人情况", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "", "", "商业<br>企业", "科研<br>机构", "社会公益<br>组织", "法律服务<br>机构", "其他", ""]]
    for k, g, lab, cells in r.t3_table():
        if k in ("new", "carry_in", "carry_out"):
            rows.append([lab, "", ""] + cells)
        elif g:
            rows.append([RESULT_HEAD if k == "r1" else "", g if k.endswith("_1") else "", lab] + cells)
        else:
            rows.append([RESULT_HEAD if k == "r1" else "", lab, ""] + cells)
    L += [T3_NOTE, ""] + pipe(rows) + [""]
    L += [f"## {T4_HEAD}", ""]
    top, mid, low = t4_header_rows()
    L += pipe([["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
               [""] * 5 + ["未经复议<br>直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
               low, r.t4_cells()]) + [""]
    for h, ps in r.closing():
        L += [f"**{h}**", ""] + ps + [""]
    if r.signature:
        L += [r.signature.replace("\n", "\n\n"), ""]
    return "\n".join(L)


def md_docling(r) -> str:
    """docling-style Markdown: a spanned cell's text repeated in every cell it covers."""
    L = [f"## {head_title(r)}", ""] + [x for x in r.header_lines] + [""]
    for h, ps in body_paras(r):
        L += [f"## {h}", ""] + ps + [""]
    L += [f"## {T2_HEAD}", ""]
    for sec, head, rows in r.t2_spec():
        n = len(head)
        L += pipe([[sec] * n, head] + [[lab] + cells for lab, cells in rows]) + [""]
    L += [f"## {T3_HEAD}", "", T3_NOTE, ""]
    hdr1 = ["申请人情况"] * 3 + ["自然人"] + ["法人或其他组织"] * 5 + ["总计"]
    hdr2 = ["申请人情况"] * 3 + ["自然人"] + APPLICANT_LABELS[1:6] + ["总计"]
    rows = [hdr1, hdr2]
    for k, g, lab, cells in r.t3_table():
        if k in ("new", "carry_in", "carry_out"):
            rows.append([lab] * 3 + cells)
        elif g:
            rows.append([RESULT_HEAD, g, lab] + cells)
        else:
            rows.append([RESULT_HEAD, lab, lab] + cells)
    L += pipe(rows) + [""]
    L += [f"## {T4_HEAD}", ""]
    top, mid, low = t4_header_rows()
    L += pipe([top, mid, low, r.t4_cells()]) + [""]
    for h, ps in r.closing():
        L += [f"## {h}", ""] + ps + [""]
    if r.signature:
        L += [r.signature.replace("\n", "\n\n"), ""]
    return "\n".join(L)


def md_pipe_simple(r) -> str:
    """A plain converter's pipe tables: one label column; the group heading is its own row with
    empty value cells."""
    L = [f"# {head_title(r)}", ""] + r.header_lines + [""]
    for h, ps in body_paras(r):
        L += [f"### {h}", ""] + ps + [""]
    L += [f"### {T2_HEAD}", ""]
    for sec, head, rows in r.t2_spec():
        L += [f"**{sec}**", ""] + pipe([head] + [[lab] + cells for lab, cells in rows]) + [""]
    L += [f"### {T3_HEAD}", "", T3_NOTE, ""]
    rows = [["申请人情况"] + APPLICANT_LABELS]
    for k, g, lab, cells in r.t3_table():
        if k == "r1":
            rows.append([RESULT_HEAD] + [""] * 7)
        if g and k.endswith("_1"):
            rows.append([g] + [""] * 7)
        rows.append([lab] + cells)
    L += pipe(rows) + [""]
    L += [f"### {T4_HEAD}", ""]
    low = [f"{g}{p}" for _, g in T4_GROUPS for _, p in T4_PARTS]
    L += pipe([low, r.t4_cells()]) + [""]
    for h, ps in r.closing():
        L += [f"### {h}", ""] + ps + [""]
    if r.signature:
        L += [r.signature.replace("\n", "\n\n"), ""]
    return "\n".join(L)


# ================================================================== HTML
def e(s: str) -> str:
    return H.escape(s, quote=False)


def td(text: str, attrs: str = "", cell: str = "td", wrap_p: str = "") -> str:
    inner = e(text) if text != "" else "&nbsp;"
    if wrap_p:
        inner = wrap_p.format(inner)
    return f"<{cell}{(' ' + attrs) if attrs else ''}>{inner}</{cell}>"


def html_t2(r, tdf=td) -> str:
    out = []
    for sec, head, rows in r.t2_spec():
        n = len(head)
        out.append(f"<tr>{tdf(sec, f'colspan={n}')}</tr>")
        out.append("<tr>" + "".join(tdf(h) for h in head) + "</tr>")
        for lab, cells in rows:
            out.append("<tr>" + tdf(lab) + "".join(tdf(c) for c in cells) + "</tr>")
    return "\n".join(out)


def html_t3_rowspan(r, tdf=td, seq: bool = False) -> list[str]:
    """Table 三 with the label split over three rowspan'd columns (结果 / group / item)."""
    table = r.t3_table()
    nres = sum(1 for k, *_ in table if k.startswith("r"))
    groups: dict = {}
    for k, g, *_ in table:
        if g:
            groups[g] = groups.get(g, 0) + 1
    sq = tdf("序号", 'rowspan="2"') if seq else ""
    out = [f"<tr>{sq}{tdf('申请人情况', 'colspan=3 rowspan=2')}"
           f"{tdf('自然人', 'rowspan=2')}{tdf('法人或其他组织', 'colspan=5')}{tdf('总计', 'rowspan=2')}</tr>",
           "<tr>" + "".join(tdf(x) for x in APPLICANT_LABELS[1:6]) + "</tr>"]
    for i, (k, g, lab, cells) in enumerate(table, 1):
        s = tdf(str(i)) if seq else ""
        vals = "".join(tdf(c) for c in cells)
        if k in ("new", "carry_in", "carry_out"):
            out.append(f"<tr>{s}{tdf(lab, 'colspan=3')}{vals}</tr>")
            continue
        c1 = tdf(RESULT_HEAD, f'rowspan="{nres}"') if k == "r1" else ""
        if g:
            c2 = tdf(g, f'rowspan="{groups[g]}"') if k.endswith("_1") else ""
            out.append(f"<tr>{s}{c1}{c2}{tdf(lab)}{vals}</tr>")
        else:
            out.append(f"<tr>{s}{c1}{tdf(lab, 'colspan=2')}{vals}</tr>")
    return out


def html_t3_grouprows(r, tdf=td, seq: bool = False, repeat_before: tuple = ()) -> list[str]:
    """Table 三 with one label column: headings (三、本年度办理结果, （三）不予公开 …) are rows of their own."""
    sq = tdf("序号") if seq else ""
    hdr = [f"<tr>{tdf('序号', 'rowspan=2') if seq else ''}{tdf('申请人情况', 'rowspan=2')}"
           f"{tdf('自然人', 'rowspan=2')}{tdf('法人或其他组织', 'colspan=5')}{tdf('总计', 'rowspan=2')}</tr>",
           "<tr>" + "".join(tdf(x) for x in APPLICANT_LABELS[1:6]) + "</tr>"]
    out = list(hdr)
    i = 0
    for k, g, lab, cells in r.t3_table():
        if k in repeat_before:
            out += hdr
        if k == "r1":
            out.append(f"<tr>{sq and tdf('')}{tdf(RESULT_HEAD, 'colspan=8')}</tr>")
        if g and k.endswith("_1"):
            out.append(f"<tr>{sq and tdf('')}{tdf(g)}{''.join(tdf('') for _ in range(7))}</tr>")
        i += 1
        out.append(f"<tr>{tdf(str(i)) if seq else ''}{tdf(lab)}{''.join(tdf(c) for c in cells)}</tr>")
    return out


def html_t4(r, tdf=td) -> list[str]:
    return [f"<tr>{tdf('行政复议', 'colspan=5')}{tdf('行政诉讼', 'colspan=10')}</tr>",
            f"<tr>{''.join(tdf(p, 'rowspan=2') for _, p in T4_PARTS)}"
            f"{tdf('未经复议直接起诉', 'colspan=5')}{tdf('复议后起诉', 'colspan=5')}</tr>",
            "<tr>" + "".join(tdf(p) for _ in range(2) for _, p in T4_PARTS) + "</tr>",
            "<tr>" + "".join(tdf(c) for c in r.t4_cells()) + "</tr>"]


def html_paras(r, part, tag="p", cls="") -> str:
    out = []
    for h, ps in part:
        out.append(f"<{tag}{cls}><strong>{e(h)}</strong></{tag}>")
        out += [f"<{tag}{cls}>{e(p)}</{tag}>" for p in ps]
    return "\n".join(out)


def html_page(title, body, charset="utf-8", head_extra="") -> str:
    return (f"<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            f"<title>{e(title)}</title>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n")


def html_rowspan(r) -> str:
    """Government CMS article: border=1 tables, table 三's label split over three rowspan'd columns."""
    t = ['<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="100%">']
    body = [f'<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
            f"<h1>{e(head_title(r))}</h1>", '<div class="info">发布日期：' f"{r.year + 1}-01-18　来源：本站</div>",
            '<div class="TRS_Editor">', html_paras(r, body_paras(r)),
            f"<p><strong>{T2_HEAD}</strong></p>", t[0], html_t2(r), "</table>",
            f"<p><strong>{T3_HEAD}</strong></p>", t[0], *html_t3_rowspan(r), "</table>",
            f"<p><strong>{T4_HEAD}</strong></p>", t[0], *html_t4(r), "</table>",
            html_paras(r, r.closing()), f"<p style=\"text-align:right\">{e(r.signature)}</p>" if r.signature else "",
            "</div>"]
    return html_page(head_title(r), "\n".join(body))


def html_seq(r) -> str:
    """Tables with a 序号 column, 「单位：件」 captions, values followed by 「件」."""
    tt = '<table class="MsoTable" border="1" cellspacing="0" style="width:100%;border-collapse:collapse">'
    body = [f"<h2 style=\"text-align:center\">{e(head_title(r))}</h2>",
            html_paras(r, body_paras(r)),
            f"<p><b>{T2_HEAD}</b></p>", tt, html_t2(r), "</table>",
            f"<p><b>{T3_HEAD}</b></p>", f'<p style="text-align:right">单位：件</p>', tt,
            *html_t3_grouprows(r, seq=True), "</table>",
            f"<p><b>{T4_HEAD}</b></p>", '<p style="text-align:right">单位：件</p>', tt, *html_t4(r), "</table>",
            html_paras(r, r.closing()), f"<p align=right>{e(r.signature)}</p>" if r.signature else ""]
    return html_page(head_title(r), "\n".join(body))


def mso_td(text: str, attrs: str = "") -> str:
    inner = e(text) if text else "<o:p>&nbsp;</o:p>"
    return (f"<td {attrs} style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
            f"padding:0cm 5.4pt 0cm 5.4pt' valign=center><p class=MsoNormal align=center "
            f"style='text-align:center;mso-pagination:widow-orphan'><span style='font-size:10.5pt;"
            f"font-family:仿宋_GB2312;mso-ascii-font-family:\"Times New Roman\";mso-font-kerning:0pt'>{inner}"
            f"</span></p></td>")


def html_wps(r) -> str:
    """WPS 2019 'save as web page': mso- styles everywhere, each table nested in a one-cell layout table."""
    def nest(rows):
        return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=620 "
                "style='mso-cellspacing:0cm;mso-yfti-tbllook:1184'><tr><td style='padding:0cm'>"
                "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                "mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n" + "\n".join(rows)
                + "\n</table></td></tr></table>")
    def par(t, bold=False):
        s = e(t)
        if bold:
            s = f"<b style='mso-bidi-font-weight:normal'>{s}</b>"
        return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span "
                f"style='font-size:16.0pt;font-family:仿宋_GB2312'>{s}<span lang=EN-US><o:p></o:p></span></span></p>")
    body = [f"<div class=WordSection1 style='layout-grid:15.6pt'>",
            f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:22.0pt;"
            f"font-family:方正小标宋简体'>{e(head_title(r))}</span></p>"]
    for h, ps in body_paras(r):
        body.append(par(h, True))
        body += [par(p) for p in ps]
    body += [par(T2_HEAD, True), nest(html_t2(r, mso_td).split("\n")),
             par(T3_HEAD, True), nest(html_t3_rowspan(r, mso_td)),
             par(T4_HEAD, True), nest(html_t4(r, mso_td))]
    for h, ps in r.closing():
        body.append(par(h, True))
        body += [par(p) for p in ps]
    if r.signature:
        body += [par(x) for x in r.signature.split("\n")]
    body.append("</div>")
    head = ("<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 14\">\n"
            "<style>\n<!-- p.MsoNormal{mso-style-parent:\"\";margin:0cm;text-align:justify;"
            "font-size:10.5pt;font-family:\"Times New Roman\"} @page WordSection1{size:595.3pt 841.9pt;} -->\n</style>\n")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            f"<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n{head}"
            f"<title>{e(head_title(r))}</title>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n"
            + "\n".join(body) + "\n</body>\n</html>\n")


def html_layout_table(r) -> str:
    """Old CMS template: the whole page is one layout table (nav column + content column); the three
    report tables sit inside its content cell."""
    tt = '<table width="96%" border="1" align="center" cellpadding="3" cellspacing="0" bordercolor="#000000">'
    nav = "".join(f'<tr><td class="nav"><a href="#">{x}</a></td></tr>' for x in
                  ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"])
    content = [f'<table width="100%"><tr><td class="title" align="center"><font size="5"><b>{e(head_title(r))}</b></font></td></tr>',
               f'<tr><td align="center" class="info">信息来源：{e(r.header_lines[0] if r.header_lines else "")}　'
               f'发布时间：{r.year + 1}-01-25　浏览次数：<span id="hits">1024</span></td></tr>',
               '<tr><td class="content">', html_paras(r, body_paras(r)),
               f"<p>{T2_HEAD}</p>", tt, html_t2(r), "</table>",
               f"<p>{T3_HEAD}</p>", tt, *html_t3_rowspan(r), "</table>",
               f"<p>{T4_HEAD}</p>", tt, *html_t4(r), "</table>",
               html_paras(r, r.closing()), "</td></tr></table>"]
    page = ['<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">',
            f'<tr><td colspan="2"><img src="/images/banner.jpg" alt="{e(r.header_lines[1] if len(r.header_lines) > 1 else "")}"></td></tr>',
            f'<tr><td colspan="2" class="sitename">{e(r.header_lines[1] if len(r.header_lines) > 1 else "")}</td></tr>',
            '<tr><td width="200" valign="top"><table width="100%">' + nav + "</table></td>",
            '<td width="800" valign="top">', *content, "</td></tr>",
            f'<tr><td colspan="2" class="footer">主办：{e(r.header_lines[1] if len(r.header_lines) > 1 else "")}办公室　'
            "技术支持：某某信息技术有限公司</td></tr></table>"]
    return html_page(head_title(r), "\n".join(page), charset="utf-8")


def html_plain_cms(r) -> str:
    """Plain CMS tables (border=1), one label column with heading rows; header rows repeated where the
    editor pasted the table from two pages."""
    tt = '<table border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse;width:640px">'
    body = [f"<div class=article><h3 align=center>{e(head_title(r))}</h3>", html_paras(r, body_paras(r)),
            f"<p>{T2_HEAD}</p>", tt, html_t2(r), "</table>",
            f"<p>{T3_HEAD}</p>", f"<p>{T3_NOTE}</p>", tt,
            *html_t3_grouprows(r, repeat_before=("r4_1",) if r.template == "GF2019" else ()), "</table>",
            f"<p>{T4_HEAD}</p>", tt, *html_t4(r), "</table>", html_paras(r, r.closing()),
            f"<p style=\"text-align:right\">{e(r.signature).replace(chr(10), '<br>')}</p>" if r.signature else "", "</div>"]
    return html_page(head_title(r), "\n".join(body))


def html_legacy(r) -> str:
    rows = [("统计指标", "单位", "统计数"), ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数", "条", "2418"),
            ("其中：主动公开规范性文件数", "条", "16"), ("二、依申请公开情况", "", ""), ("（一）收到申请数", "件", "27"),
            ("（二）申请办结数", "件", "27"), ("三、因政府信息公开申请行政复议数", "件", "0"),
            ("四、因政府信息公开申请提起行政诉讼数", "件", "1"), ("五、依申请公开信息收取的费用", "万元", "0")]
    tb = "\n".join("<tr>" + "".join(td(c) for c in row) + "</tr>" for row in rows)
    body = [f"<h2>{e(head_title(r))}</h2>",
            f"<p>　　本年度报告是根据《中华人民共和国政府信息公开条例》的要求，由{e(r.agency)}编制。全文包括概述，"
            "主动公开政府信息情况，依申请公开政府信息情况，政府信息公开收费及减免情况，因政府信息公开申请提起行政复议、"
            f"行政诉讼的情况，存在的主要问题及改进措施。本报告中所列数据的统计期限自{r.year}年1月1日起至{r.year}年12月31日止。</p>",
            "<p>一、概述</p><p>　　本年度，我区政府信息公开工作坚持以公开为原则，不公开为例外，不断拓展公开领域。</p>",
            "<p>二、主动公开政府信息情况</p><p>　　全年共主动公开政府信息2418条。</p>",
            "<p>三、依申请公开政府信息情况</p><p>　　全年共收到政府信息公开申请27件，全部按时办结。</p>",
            "<p>四、政府信息公开的收费及减免情况</p><p>　　未收取任何费用。</p>",
            "<p>五、因政府信息公开申请提起行政复议、行政诉讼的情况</p><p>　　发生行政诉讼1件。</p>",
            "<p>六、存在的主要问题及改进措施</p><p>　　公开的及时性有待提高。</p>",
            "<p>附件：政府信息公开情况统计表</p>", '<table border="1">', tb, "</table>"]
    return html_page(head_title(r), "\n".join(body))
