"""The words around the tables and one printer per layout family of eval/wild4."""

from __future__ import annotations

import copy
import html as htmlmod
import re

from docx import Document
from docx.oxml.ns import qn
from lxml import etree
from model import APPL, COLS, NOTE, RESULT, T4_KINDS, T4_NAMES, C, grid_t2, grid_t3, grid_t4, place, rng_for, t3_rows
from pdfdoc import build_pdf
from render import boxed, docx_bytes, docx_fixed, docx_table, esc, html_page, html_table, matrix, text_of

H2 = "二、主动公开政府信息情况"
H3 = "三、收到和处理政府信息公开申请情况"
H4 = "四、政府信息公开行政复议、行政诉讼情况"
H5 = "五、存在的主要问题及改进情况"
H6 = "六、其他需要报告的事项"
CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(d)] for d in str(y))


def blocks(rep, title: str | None = None, self_name: str | None = None, sign: bool = True) -> list:
    """The standard report: title, preamble, sections 一 to 六 with the tables in 二/三/四, signature."""
    rnd = rng_for(rep.id + "/text")
    y = rep.year
    me = self_name or rep.agency
    pub = rnd.randint(120, 2600)
    col = rnd.randint(6, 30)
    meet = rnd.randint(2, 9)
    train = rnd.randint(1, 6)
    out: list = [("title", title or f"{rep.agency}{y}年政府信息公开工作年度报告")]
    out.append(
        (
            "p",
            "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
            "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府"
            "信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的"
            f"统计期限自{y}年1月1日起至{y}年12月31日止。",
        )
    )
    out.append(("h", "一、总体情况"))
    out.append(
        (
            "p",
            f"{y}年，{me}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开的决策部署，"
            f"围绕中心工作深化政务公开。全年通过门户网站主动公开政府信息{pub}条，更新“法定主动公开内容”栏目{col}个，"
            f"召开政务公开工作推进会{meet}次，组织业务培训{train}场。",
        )
    )
    out.append(
        (
            "p",
            "依申请公开方面，严格落实登记、审核、办理、答复、归档等环节要求，全部申请均在法定期限内答复。政府信息管理方面，"
            "落实公文公开属性源头认定和发布前保密审查制度，动态更新政府信息公开指南。平台建设方面，持续做好政府网站、政务新媒体"
            "的内容保障。监督保障方面，将政务公开纳入年度考核内容，接受社会评议。",
        )
    )
    out.append(("h", H2))
    out.append(("table", "t2"))
    out.append(("h", H3))
    out.append(("table", "t3"))
    out.append(("h", H4))
    out.append(("table", "t4"))
    out.append(("h", H5))
    out.append(
        (
            "p",
            "本年度政府信息公开工作虽取得一定成效，但仍存在政策解读形式不够丰富、基层政务公开标准化规范化水平有待提升等问题。"
            "下一步，将进一步加强政策解读，丰富解读形式；加强业务培训，提升工作人员能力；完善工作机制，推动政务公开提质增效。",
        )
    )
    out.append(("h", H6))
    out.append(("p", "本年度未收取政府信息公开信息处理费。无其他需要报告的事项。"))
    if sign:
        out.append(("sign", [rep.agency, f"{y + 1}年1月{rnd.randint(10, 28)}日"]))
    return out


def legacy_blocks(rep) -> list:
    rnd = rng_for(rep.id + "/legacy")
    y = rep.year
    a, b, c = rnd.randint(800, 4000), rnd.randint(5, 40), rnd.randint(2, 30)
    return [
        ("title", f"{rep.agency}{y}年政府信息公开工作年度报告"),
        (
            "p",
            f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{rep.agency}办公室编制。全文包括概述、"
            "主动公开政府信息情况、依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和行政诉讼"
            f"的情况、存在的主要问题及改进措施。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
        ),
        ("h", "一、概述"),
        ("p", f"{y}年，我区认真贯彻落实《条例》，加强组织领导，完善工作机制，政府信息公开工作扎实推进。"),
        ("h", "二、主动公开政府信息情况"),
        ("p", f"{y}年全区共主动公开政府信息{a}条，其中通过政府门户网站公开{a - b * 10}条，通过政务微博、微信公开{b * 10}条。"),
        ("h", "三、依申请公开政府信息情况"),
        ("p", f"{y}年共受理政府信息公开申请{c}件，其中当面申请{c // 3}件、网上申请{c - c // 3}件，均已按期答复。"),
        ("h", "四、政府信息公开的收费及减免情况"),
        ("p", "本年度未收取任何费用。"),
        ("h", "五、因政府信息公开申请提起行政复议、行政诉讼的情况"),
        ("p", f"{y}年未发生因政府信息公开申请提起的行政复议、行政诉讼案件。"),
        ("h", "六、存在的主要问题及改进措施"),
        ("p", "公开内容的全面性和及时性有待提高。下一步将进一步完善制度，加强培训，提升政府信息公开工作水平。"),
        ("sign", [rep.agency, f"{y + 1}年3月{rnd.randint(10, 28)}日"]),
    ]


def show_of(rep):
    return rep.show


def t2g(rep):
    return grid_t2(rep.template)


def t3g(rep, lc=3, **kw):
    return grid_t3(rep.template, label_cols=lc, **kw)


# =========================================================================================== HTML


def std_html(rep, tables: dict[str, str] | None = None, bl=None, **kw) -> bytes:
    bl = bl or blocks(rep)
    tables = tables or {}
    for name, g in (("t2", t2g(rep)), ("t3", t3g(rep)), ("t4", grid_t4())):
        tables.setdefault(name, html_table(g, rep.show))
    return html_page(bl, tables, **kw).encode("utf-8")


def fam_excel(rep) -> bytes:
    """Excel 'save as web page': x:num, x:fmla cached values, mso-number-format, <col>, a hidden check column."""
    head = (
        '<meta name=ProgId content=Excel.Sheet><meta name=Generator content="Microsoft Excel 15">'
        "<style>\n<!--table\n\t{mso-displayed-decimal-separator:\"\\.\";\n\tmso-displayed-thousand-separator:\"\\,\";}\n"
        ".xl65\n\t{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;text-align:center;border:.5pt solid windowtext;}\n"
        ".xl66\n\t{mso-style-parent:style0;mso-number-format:\"\\#\\,\\#\\#0\";text-align:center;border:.5pt solid windowtext;}\n"
        ".xl67\n\t{mso-style-parent:style0;mso-number-format:\"0\\.00\";text-align:center;border:.5pt solid windowtext;}\n"
        ".xl68\n\t{mso-style-parent:style0;text-align:left;white-space:normal;border:.5pt solid windowtext;}\n-->\n</style>"
    )

    def xl(grid, widths, hidden_check=False, sheet_cols=None):
        placed, ncol = place(grid)
        rows: dict[int, list] = {}
        for r, c, cell in placed:
            rows.setdefault(r, []).append((c, cell))
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        out = [
            "<table border=0 cellpadding=0 cellspacing=0 width=%d style='border-collapse:collapse;table-layout:fixed;width:%dpt'>"
            % (sum(widths) + (40 if hidden_check else 0), int((sum(widths)) * 0.75))
        ]
        for w in widths:
            out.append(f" <col width={w} style='mso-width-source:userset;mso-width-alt:{w * 36};width:{int(w * 0.75)}pt'>")
        if hidden_check:
            out.append(" <col width=0 style='display:none;mso-width-source:userset;mso-width-alt:1400'>")
        for r in range(len(grid)):
            out.append(" <tr height=24 style='mso-height-source:userset;height:18.0pt'>")
            last_val_col = None
            for c, cell in rows.get(r, []):
                span = (f" colspan={cell.cs}" if cell.cs > 1 else "") + (f" rowspan={cell.rs}" if cell.rs > 1 else "")
                t = text_of(cell, rep.show)
                if cell.key:
                    tbl, k = cell.key.split(".", 1)
                    v = {"t2": rep.t2, "t3": rep.t3, "t4": rep.t4}[tbl][k]
                    cls = "xl67" if isinstance(v, float) else "xl66"
                    num = f"{v:.2f}" if isinstance(v, float) else str(v)
                    fm = ""
                    if k.endswith(".tot") and tbl == "t3":
                        fm = f' x:fmla="=SUM({letters[c - 6]}{r + 1}:{letters[c - 1]}{r + 1})"'
                    elif k.endswith(".tot") and tbl == "t4":
                        fm = f' x:fmla="=SUM({letters[c - 4]}{r + 1}:{letters[c - 1]}{r + 1})"'
                    out.append(f'  <td{span} class={cls} x:num="{num}"{fm}>{esc(t)}</td>')
                    last_val_col = c
                else:
                    cls = "xl65" if cell.head else "xl68"
                    out.append(f"  <td{span} class={cls}>{esc(t)}</td>")
            if hidden_check:
                if r == 0:
                    out.append("  <td rowspan=3 class=xl65 style='display:none'>校验</td>")
                elif r >= 3 and last_val_col is not None and any(cell.key for _, cell in rows.get(r, [])):
                    col = letters[last_val_col]
                    out.append(
                        f"  <td class=xl66 style='display:none' x:num=\"0\" x:fmla=\"={col}{r + 1}-SUM({letters[last_val_col - 6]}{r + 1}:{letters[last_val_col - 1]}{r + 1})\">0</td>"
                    )
                elif r >= 3:
                    out.append("  <td class=xl66 style='display:none'></td>")
            out.append(" </tr>")
        out.append("</table>")
        return "\n".join(out)

    tables = {
        "t2": xl(t2g(rep), [150, 96, 96, 96]),
        "t3": xl(t3g(rep), [60, 80, 200] + [56] * 7, hidden_check=True),
        "t4": xl(grid_t4(), [48] * 15),
    }
    page = html_page(blocks(rep), tables, head=head, charset_meta=None)
    page = page.replace(
        "<html>",
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"\n'
        'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">',
    ).replace("<head>", '<head>\n<meta http-equiv=Content-Type content="text/html; charset=utf-8">')
    return page.encode("utf-8")


def fam_cssgrid(rep) -> bytes:
    def grid_html(grid, cols):
        placed, ncol = place(grid)
        out = [f'<div class="tbl" style="display:grid;grid-template-columns:{cols};border-left:1px solid #000;border-top:1px solid #000">']
        for r, c, cell in placed:
            t = text_of(cell, rep.show)
            st = f"grid-row:{r + 1} / span {cell.rs};grid-column:{c + 1} / span {cell.cs}"
            cls = "th" if cell.head else ("num" if cell.key else "td")
            out.append(f'  <div class="{cls}" style="{st}">{esc(t)}</div>')
        out.append("</div>")
        return "\n".join(out)

    head = "<style>.tbl>div{border-right:1px solid #000;border-bottom:1px solid #000;padding:4px}.num{text-align:center}.h{font-weight:bold;margin:12px 0}</style>"
    tables = {
        "t2": grid_html(t2g(rep), "2fr 1fr 1fr 1fr"),
        "t3": grid_html(t3g(rep), "1fr 1.4fr 3fr" + " 1fr" * 7),
        "t4": grid_html(grid_t4(), "repeat(15,1fr)"),
    }
    bl = blocks(rep)
    body = []
    for b in bl:
        if b[0] == "table":
            body.append(tables[b[1]])
        elif b[0] == "title":
            body.append(f'<div class="title">{esc(b[1])}</div>')
        elif b[0] == "h":
            body.append(f'<div class="h">{esc(b[1])}</div>')
        elif b[0] == "sign":
            body.append('<div class="sign">' + "".join(f"<div>{esc(x)}</div>" for x in b[1]) + "</div>")
        else:
            body.append(f'<div class="p">{esc(b[1])}</div>')
    page = (
        f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>{esc(bl[0][1])}</title>{head}</head>\n'
        '<body>\n<div id="app"><div class="article">\n' + "\n".join(body) + "\n</div></div>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def fam_ariadiv(rep) -> bytes:
    def div_table(grid):
        m = matrix(grid, rep.show)
        out = ['<div class="table" role="table">']
        for row in m:
            out.append('  <div class="tr" role="row">' + "".join(f'<div class="td" role="cell">{esc(t)}</div>' for t in row) + "</div>")
        out.append("</div>")
        return "\n".join(out)

    head = "<style>.table{display:table;border-collapse:collapse}.tr{display:table-row}.td{display:table-cell;border:1px solid #999;padding:3px}</style>"
    tables = {"t2": div_table(t2g(rep)), "t3": div_table(t3g(rep)), "t4": div_table(grid_t4())}
    return html_page(blocks(rep), tables, head=head).encode("utf-8")


def t2_gf2019_blocks(rep, order):
    g = grid_t2("GF2019")
    starts = [i for i, row in enumerate(g) if row[0].text.startswith("第二十条")]
    parts = {g[s][0].text[5:8]: g[s : (starts + [len(g)])[starts.index(s) + 1]] for s in starts}
    out = []
    for name in order:
        out += parts[name]
    return out


def fam_t2order(rep) -> bytes:
    g = t2_gf2019_blocks(rep, ["（一）", "（九）", "（六）", "（五）", "（八）"])
    return std_html(rep, {"t2": html_table(g, rep.show)})


def fam_tfoot(rep) -> bytes:
    g = t3g(rep, lc=2)
    placed, _ = place(g)
    by_row: dict[int, list] = {}
    for r, _c, cell in placed:
        by_row.setdefault(r, []).append(cell)

    def tr(r):
        cells = []
        for cell in by_row.get(r, []):
            span = (f' colspan="{cell.cs}"' if cell.cs > 1 else "") + (f' rowspan="{cell.rs}"' if cell.rs > 1 else "")
            tag = "th" if cell.head else "td"
            cells.append(f"<{tag}{span}>{esc(text_of(cell, rep.show))}</{tag}>")
        return "<tr>" + "".join(cells) + "</tr>"

    n = len(g)
    t3 = "\n".join(
        ['<table border="1" cellspacing="0" cellpadding="3" width="100%">', "<thead>"]
        + [tr(r) for r in range(3)]
        + ["</thead>", "<tfoot>"]
        + [tr(r) for r in range(n - 2, n)]
        + ["</tfoot>", "<tbody>"]
        + [tr(r) for r in range(3, n - 2)]
        + ["</tbody>", "</table>"]
    )
    page = std_html(rep, {"t3": t3}).decode("utf-8")
    page = page.replace("<!DOCTYPE html>", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    return page.encode("utf-8")


def fam_gbk(rep) -> bytes:
    bl = blocks(rep)
    i3 = bl.index(("table", "t3"))
    bl.insert(i3, ("p", "单位：件"))
    i4 = bl.index(("table", "t4"))
    bl.insert(i4, ("p", "单位：件"))
    tables = {n: html_table(g, rep.show) for n, g in (("t2", t2g(rep)), ("t3", t3g(rep)), ("t4", grid_t4()))}
    return html_page(bl, tables, charset_meta=None).encode("gbk")


def flat_header_t3(rep, lc=1):
    names = ["自然人"] + [f"法人或其他组织-{n}" for n in APPL[1:6]] + ["总计"]
    header = [[C("项目", cs=lc, head=True)] + [C(n, head=True) for n in names]]
    return grid_t3(rep.template, label_cols=lc, header=header)


def fam_xianfabu(rep) -> bytes:
    bl = blocks(rep, title=f"{rep.year}年政府信息公开工作年度报告", self_name="本局", sign=False)
    bl.insert(
        1,
        (
            "p",
            f"根据《中华人民共和国政府信息公开条例》规定，现发布《{rep.agency}{rep.year}年政府信息公开工作年度报告》。"
            "如对本报告有任何疑问，请与本局办公室联系。",
        ),
    )
    bl.append(("sign", [f"{rep.year + 1}年1月22日"]))
    return std_html(rep, {"t3": html_table(flat_header_t3(rep), rep.show, head_tag="th")}, bl=bl)


def fam_legacy_html(rep) -> bytes:
    bl = legacy_blocks(rep)
    rnd = rng_for(rep.id + "/lt")
    rows = [("申请方式", "受理数", "已答复数")]
    for ch in ("当面申请", "网络申请", "信函申请"):
        n = rnd.randint(0, 9)
        rows.append((ch, str(n), str(n)))
    t = "<table border=\"1\">" + "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows) + "</table>"
    i = [b[1] for b in bl].index("三、依申请公开政府信息情况")
    bl.insert(i + 2, ("table", "lt"))
    return html_page(bl, {"lt": t}).encode("utf-8")


def fam_mobiledup(rep) -> bytes:
    def cards_t3():
        out = ['<div class="m-only">']
        for r, lab, grp in t3_rows(rep.template):
            name = f"{grp} {lab}" if grp else lab
            out.append(f"<dl><dt>{esc(name)}</dt>")
            out += [f"<dd>{n}：{esc(rep.show(f't3.{r}.{c}'))}</dd>" for n, c in zip(APPL, COLS)]
            out.append("</dl>")
        out.append("</div>")
        return "\n".join(out)

    def cards_t4():
        out = ['<div class="m-only">']
        for k, name in T4_KINDS:
            out.append(f"<dl><dt>{name}</dt>")
            out += [f"<dd>{n}：{esc(rep.show(f't4.{k}.{p}'))}</dd>" for n, p in zip(T4_NAMES, ["keep", "fix", "other", "pend", "tot"])]
            out.append("</dl>")
        out.append("</div>")
        return "\n".join(out)

    head = "<style>.m-only{display:none}@media (max-width:768px){.pc-only{display:none}.m-only{display:block}}</style>"
    tables = {
        "t3": '<div class="pc-only">' + html_table(t3g(rep), rep.show) + "</div>\n" + cards_t3(),
        "t4": '<div class="pc-only">' + html_table(grid_t4(), rep.show) + "</div>\n" + cards_t4(),
    }
    return std_html(rep, tables, head=head)


# =========================================================================================== DOCX


def new_doc():
    doc = Document()
    docx_fixed(doc)
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def docx_write_blocks(doc, bl, table_fn):
    for b in bl:
        if b[0] == "table":
            table_fn(doc, b[1])
        elif b[0] == "title":
            doc.add_heading(b[1], level=1)
        elif b[0] == "h":
            doc.add_paragraph(b[1])
        elif b[0] == "sign":
            for x in b[1]:
                doc.add_paragraph(x).alignment = 2
        else:
            doc.add_paragraph(b[1])


def fam_colsplit(rep) -> bytes:
    doc = new_doc()
    h1 = [
        [C(NOTE, cs=3, rs=3, head=True), C("申请人情况", cs=3, head=True)],
        [C("自然人", rs=2, head=True), C("法人或其他组织", cs=2, head=True)],
        [C("商业企业", head=True), C("科研机构", head=True)],
    ]
    h2 = [
        [C(NOTE, cs=3, rs=3, head=True), C("申请人情况（续）", cs=4, head=True)],
        [C("法人或其他组织", cs=3, head=True), C("总计", rs=2, head=True)],
        [C("社会公益组织", head=True), C("法律服务机构", head=True), C("其他", head=True)],
    ]

    def tf(doc, name):
        if name == "t3":
            docx_table(doc, grid_t3(rep.template, cols=["np", "biz", "sci"], header=h1), rep.show)
            doc.add_paragraph("（续表）")
            docx_table(doc, grid_t3(rep.template, cols=["npo", "law", "oth", "tot"], header=h2), rep.show)
        else:
            docx_table(doc, {"t2": t2g(rep), "t4": grid_t4()}[name], rep.show)

    docx_write_blocks(doc, blocks(rep), tf)
    return docx_bytes(doc)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def w(tag):
    return f"{{{W}}}{tag}"


def field_runs(p, instr: str, result: str):
    """Replace a paragraph's runs by a Word field: begin, instrText, separate, cached result, end."""
    for r in list(p):
        if r.tag == w("r"):
            p.remove(r)

    def run(child):
        r = etree.SubElement(p, w("r"))
        r.append(child)
        return r

    fc = etree.Element(w("fldChar"))
    fc.set(w("fldCharType"), "begin")
    run(fc)
    it = etree.Element(w("instrText"))
    it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    it.text = f" {instr} "
    run(it)
    fc = etree.Element(w("fldChar"))
    fc.set(w("fldCharType"), "separate")
    run(fc)
    t = etree.Element(w("t"))
    t.text = result
    run(t)
    fc = etree.Element(w("fldChar"))
    fc.set(w("fldCharType"), "end")
    run(fc)


def fam_sdt(rep) -> bytes:
    doc = new_doc()
    counter = [0]

    def tf(doc, name):
        g = {"t2": t2g(rep), "t3": t3g(rep), "t4": grid_t4()}[name]
        tb = docx_table(doc, g, rep.show)
        if name == "t2":
            return
        placed, _ = place(g)
        tr_list = tb._tbl.findall(w("tr"))
        targets = [(r, cell, tb.cell(r, c)._tc) for r, c, cell in placed if cell.key]
        for r, cell, tc in targets:
            p = tc.find(w("p"))
            if cell.key.endswith(".tot"):
                field_runs(p, "=SUM(LEFT)" if name == "t3" else "=SUM(LEFT)", rep.show(cell.key))
            if name == "t3":
                counter[0] += 1
                tr = tr_list[r]
                sdt = etree.Element(w("sdt"))
                pr = etree.SubElement(sdt, w("sdtPr"))
                al = etree.SubElement(pr, w("alias"))
                al.set(w("val"), "数值")
                i = etree.SubElement(pr, w("id"))
                i.set(w("val"), str(100000 + counter[0]))
                etree.SubElement(pr, w("text"))
                content = etree.SubElement(sdt, w("sdtContent"))
                tr.replace(tc, sdt)
                content.append(tc)

    docx_write_blocks(doc, blocks(rep), tf)
    return docx_bytes(doc)


def tracked(p, old: str, new: str, n: int):
    """A paragraph whose text is `old` deleted and `new` inserted as tracked changes."""
    for r in list(p):
        if r.tag == w("r"):
            p.remove(r)
    d = etree.SubElement(p, w("del"))
    d.set(w("id"), str(n))
    d.set(w("author"), "办公室")
    d.set(w("date"), "2022-01-20T09:00:00Z")
    r = etree.SubElement(d, w("r"))
    dt = etree.SubElement(r, w("delText"))
    dt.text = old
    ins = etree.SubElement(p, w("ins"))
    ins.set(w("id"), str(n + 1))
    ins.set(w("author"), "办公室")
    ins.set(w("date"), "2022-01-20T09:00:00Z")
    r = etree.SubElement(ins, w("r"))
    t = etree.SubElement(r, w("t"))
    t.text = new


def fam_tracked(rep) -> bytes:
    doc = new_doc()
    old, new = rep.opts["tracked"]["t3.r1.np"]

    def tf(doc, name):
        g = {"t2": t2g(rep), "t3": t3g(rep), "t4": grid_t4()}[name]
        tb = docx_table(doc, g, rep.show)
        if name == "t3":
            placed, _ = place(g)
            for r, c, cell in placed:
                if cell.key == "t3.r1.np":
                    tracked(tb.cell(r, c)._tc.find(w("p")), old, new, 7)

    bl = blocks(rep)
    docx_write_blocks(doc, bl, tf)
    # a tracked edit in the narrative too: 「业务培训」 count rewritten
    for p in doc.paragraphs:
        if "组织业务培训" in p.text:
            m = re.search(r"组织业务培训(\d+)场", p.text)
            assert m
            before, after = p.text[: m.start(1)], p.text[m.end(1) :]
            el = p._p
            for r in list(el):
                if r.tag == w("r"):
                    el.remove(r)
            r0 = etree.SubElement(el, w("r"))
            etree.SubElement(r0, w("t")).text = before
            tracked_el = etree.Element(w("p"))
            tracked(tracked_el, str(int(m.group(1)) + 2), m.group(1), 3)
            for ch in list(tracked_el):
                el.append(ch)
            r1 = etree.SubElement(el, w("r"))
            etree.SubElement(r1, w("t")).text = after
            break
    return docx_bytes(doc)


def fam_d19_thousands(rep) -> bytes:
    doc = new_doc()
    g4a = [[C(n, head=True) for n in T4_NAMES], [C(key=f"t4.rv.{p}") for p in ["keep", "fix", "other", "pend", "tot"]]]
    g4b = [
        [C(T4_KINDS[1][1], cs=5, head=True), C(T4_KINDS[2][1], cs=5, head=True)],
        [C(n, head=True) for n in T4_NAMES * 2],
        [C(key=f"t4.{k}.{p}") for k in ("ld", "lr") for p in ["keep", "fix", "other", "pend", "tot"]],
    ]

    def tf(doc, name):
        if name == "t4":
            doc.add_paragraph("单位：件")
            doc.add_paragraph("（一）行政复议")
            docx_table(doc, g4a, rep.show)
            doc.add_paragraph("（二）行政诉讼")
            docx_table(doc, g4b, rep.show)
            return
        if name == "t3":
            doc.add_paragraph("单位：件")
        docx_table(doc, {"t2": t2g(rep), "t3": t3g(rep)}[name], rep.show)

    docx_write_blocks(doc, blocks(rep), tf)
    return docx_bytes(doc)


def fam_legacy_docx(rep) -> bytes:
    doc = new_doc()
    rnd = rng_for(rep.id + "/lt")
    bl = legacy_blocks(rep)
    i = [b[1] for b in bl].index("六、存在的主要问题及改进措施")
    bl.insert(i, ("table", "stat"))
    bl.insert(i, ("p", f"附：{rep.year}年政府信息公开情况统计表"))

    def tf(doc, name):
        rows = [("指标名称", "单位", "数量"), ("一、主动公开情况", "", ""), ("（一）主动公开政府信息数", "条", str(rnd.randint(500, 3000)))]
        rows += [("二、依申请公开情况", "", ""), ("（一）收到申请数", "件", str(rnd.randint(3, 40))), ("（二）申请答复数", "件", str(rnd.randint(3, 40)))]
        rows += [("三、行政复议数量", "件", "0"), ("四、行政诉讼数量", "件", "0")]
        tb = doc.add_table(rows=len(rows), cols=3)
        tb.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, t in enumerate(row):
                tb.cell(r, c).text = t

    docx_write_blocks(doc, bl, tf)
    return docx_bytes(doc)


# =========================================================================================== PDF


def page_no(n: int) -> str:
    return f"第 {n} 页"


def fam_rowbreak(rep) -> bytes:
    bl = blocks(rep)
    g = t3g(rep, lc=1)
    cut = next(i for i, row in enumerate(g) if row[0].text.startswith("1.申请人无正当理由"))
    head_rows, top, rest = g[:3], g[3:cut], g[cut + 1 :]
    first = [C("1.申请人无正当理由逾期不补正、")] + g[cut][1:]
    tail = [C("行政机关不再处理其政府信息公开申请")] + [C("") for _ in g[cut][1:]]
    part_a = head_rows + top + [first]
    part_b = copy.deepcopy(head_rows) + [tail] + rest
    specs = {
        "t2": {"grids": [(t2g(rep), [52, 40, 40, 38])]},
        "t3": {"grids": [(part_a, [44] + [18] * 7), (part_b, [44] + [18] * 7)], "between": ["\f"], "valign": "TOP"},
        "t4": {"grids": [(grid_t4(), [11.3] * 15)], "font": 7.5},
    }
    return build_pdf(bl, specs, rep.show, footer=page_no)


def fam_vcenter(rep) -> bytes:
    bl = blocks(rep)
    bl.insert(bl.index(("table", "t3")), ("cap", "单位：件"))
    bl.insert(bl.index(("table", "t4")), ("cap", "单位：件"))
    specs = {
        "t2": {"grids": [(t2g(rep), [52, 40, 40, 38])]},
        "t3": {"grids": [(t3g(rep, lc=2), [16, 34] + [17.1] * 7)], "repeat": 3, "valign": "MIDDLE", "font": 8},
        "t4": {"grids": [(grid_t4(), [11.3] * 15)], "font": 7.5},
    }
    return build_pdf(bl, specs, rep.show, footer=lambda n: f"— {n} —")


def fam_landscape(rep) -> bytes:
    bl = blocks(rep)
    i = bl.index(("h", H2))
    bl.insert(i, ("landscape",))
    j = bl.index(("h", H5))
    bl.insert(j, ("portrait",))
    common = {"style": "none", "num_align": "RIGHT", "valign": "TOP"}
    specs = {
        "t2": {"grids": [(t2g(rep), [70, 45, 45, 45])], **common},
        "t3": {"grids": [(t3g(rep, lc=2), [35, 90] + [20] * 7)], "repeat": 3, **common},
        "t4": {"grids": [(grid_t4(), [16] * 15)], **common},
    }
    return build_pdf(bl, specs, rep.show, footer=page_no)


def t2_merged56(rep):
    g = grid_t2("GF2019")
    out = []
    skip = False
    for row in g:
        if row[0].text == "第二十条第（五）项":
            out.append([C("第二十条第（五）项、第（六）项", cs=4, head=True)])
            continue
        if row[0].text == "第二十条第（六）项":
            skip = True
            continue
        if skip and row[0].text == "信息内容":
            skip = False
            continue
        out.append(row)
    return out


def fam_p19_unruled(rep) -> bytes:
    common = {"style": "none", "valign": "TOP", "num_align": "CENTER"}
    specs = {
        "t2": {"grids": [(t2_merged56(rep), [52, 40, 40, 38])], **common},
        "t3": {"grids": [(t3g(rep, lc=2), [22, 44] + [14.8] * 7)], "repeat": 3, "font": 8.5, **common},
        "t4": {"grids": [(grid_t4(), [11.3] * 15)], "font": 7.5, **common},
    }
    return build_pdf(blocks(rep), specs, rep.show, footer=lambda n: f"- {n} -")


def fam_threeline(rep) -> bytes:
    g4a = [[C("行政复议", cs=5, head=True)], [C(n, head=True) for n in T4_NAMES], [C(key=f"t4.rv.{p}") for p in ["keep", "fix", "other", "pend", "tot"]]]
    g4b = [
        [C("行政诉讼", cs=10, head=True)],
        [C(T4_KINDS[1][1], cs=5, head=True), C(T4_KINDS[2][1], cs=5, head=True)],
        [C(n, head=True) for n in T4_NAMES * 2],
        [C(key=f"t4.{k}.{p}") for k in ("ld", "lr") for p in ["keep", "fix", "other", "pend", "tot"]],
    ]
    specs = {
        "t2": {"grids": [(t2g(rep), [52, 40, 40, 38])], "style": "three", "repeat": 2},
        "t3": {"grids": [(t3g(rep, lc=2), [24, 48] + [14] * 7)], "style": "three", "repeat": 3, "font": 8.5},
        "t4": {"grids": [(g4a, [34] * 5), (g4b, [17] * 10)], "style": "three", "repeat": 2, "font": 8, "between": ["（续）"]},
    }
    return build_pdf(blocks(rep), specs, rep.show, footer=page_no)


def fam_legacy_pdf(rep) -> bytes:
    return build_pdf(legacy_blocks(rep), {}, rep.show, footer=page_no)


# =========================================================================================== TXT


def txt_doc(bl, tables: dict[str, list[str]], nl="\n") -> str:
    out = []
    for b in bl:
        if b[0] == "table":
            out += tables[b[1]]
        elif b[0] == "sign":
            out += b[1]
        else:
            out.append(b[1])
    return nl.join(out) + nl


def fam_boxdraw(rep) -> bytes:
    tables = {
        "t2": boxed(t2g(rep), rep.show, [16, 10, 10, 10]),
        "t3": boxed(t3g(rep), rep.show, [6, 8, 18] + [6] * 7),
        "t4": boxed(grid_t4(), rep.show, [4] * 15),
    }
    return txt_doc(blocks(rep), tables).encode("utf-8")


def fam_fixedwidth(rep) -> bytes:
    tables = {
        "t2": boxed(t2g(rep), rep.show, [22, 12, 12, 12], border=False),
        "t3": boxed(t3g(rep), rep.show, [8, 10, 24] + [6] * 7, border=False),
        "t4": boxed(grid_t4(), rep.show, [4] * 15, border=False),
    }
    return txt_doc(blocks(rep), tables).encode("utf-8")


def tsv(grid, show):
    return ["\t".join(row) for row in matrix(grid, show)]


def fam_utf16(rep) -> bytes:
    tables = {"t2": tsv(t2g(rep), rep.show), "t3": tsv(t3g(rep), rep.show), "t4": tsv(grid_t4(), rep.show)}
    return b"\xff\xfe" + txt_doc(blocks(rep), tables, nl="\r\n").encode("utf-16-le")


def fam_cards(rep) -> bytes:
    t3 = []
    for r, lab, grp in t3_rows(rep.template):
        t3.append(f"{grp}　{lab}" if grp else lab)
        t3 += [f"{n}：{rep.show(f't3.{r}.{c}')}" for n, c in zip(APPL, COLS)]
        t3.append("")
    t4 = []
    for k, name in T4_KINDS:
        t4.append(name if k == "rv" else f"行政诉讼　{name}")
        t4 += [f"{n}：{rep.show(f't4.{k}.{p}')}" for n, p in zip(T4_NAMES, ["keep", "fix", "other", "pend", "tot"])]
        t4.append("")
    t2 = ["  ".join(x for x in row if x) for row in matrix(t2g(rep), rep.show)]
    return txt_doc(blocks(rep), {"t2": t2, "t3": t3, "t4": t4}).encode("utf-8")


def spaced(grid, show, widths):
    out = []
    for row in matrix(grid, show):
        cells = [x for x in row]
        s = ""
        for i, x in enumerate(cells):
            wdt = widths[min(i, len(widths) - 1)]
            s += x + " " * max(2, wdt - len(x) * (2 if re.search(r"[\u4e00-\u9fff]", x) else 1))
        out.append(s.rstrip())
    return out


def fam_thousands(rep) -> bytes:
    bl = blocks(rep)
    bl.insert(bl.index(("table", "t3")), ("p", "单位：件"))
    bl.insert(bl.index(("table", "t4")), ("p", "单位：件"))
    tables = {"t2": spaced(t2g(rep), rep.show, [30, 14]), "t3": spaced(t3g(rep), rep.show, [20, 20, 40, 9]), "t4": spaced(grid_t4(), rep.show, [10])}
    return txt_doc(bl, tables).encode("utf-8")


def cn_date(y, m, d):
    def num(n):
        if n < 10:
            return CN_DIGITS[n]
        if n < 20:
            return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")

    return f"{cn_year(y)}年{num(m)}月{num(d)}日"


def fam_cnyear(rep) -> bytes:
    y = rep.year
    bl = blocks(rep, title=f"{rep.agency}{cn_year(y)}年度政府信息公开工作年度报告", sign=False)
    bl = [
        (b[0], b[1].replace(f"{y}年1月1日起至{y}年12月31日止", f"{cn_date(y, 1, 1)}起至{cn_date(y, 12, 31)}止").replace(f"{y}年", f"{cn_year(y)}年"))
        if b[0] in ("p", "h")
        else b
        for b in bl
    ]
    bl.append(("sign", [rep.agency, cn_date(y + 1, 1, 18)]))
    tables = {"t2": tsv(t2g(rep), rep.show), "t3": tsv(t3g(rep), rep.show), "t4": tsv(grid_t4(), rep.show)}
    return txt_doc(bl, tables).encode("utf-8")


def fam_legacy_txt(rep) -> bytes:
    return txt_doc(legacy_blocks(rep), {}).encode("utf-8")


# =========================================================================================== Markdown


def md_doc(bl, tables: dict[str, list[str]]) -> str:
    out = []
    for b in bl:
        if b[0] == "table":
            out += tables[b[1]]
        elif b[0] == "title":
            out.append(f"# {b[1]}")
        elif b[0] == "h":
            out.append(f"## {b[1]}")
        elif b[0] == "sign":
            out += [x + "  " for x in b[1]]
        else:
            out.append(b[1])
        out.append("")
    return "\n".join(out)


def pipe(rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out


def fam_lists(rep) -> bytes:
    t3 = []
    seen = set()
    for r, lab, grp in t3_rows(rep.template):
        ind = ""
        if r == "r1":
            t3.append(f"- {RESULT}")
        if r.startswith("r") and r != "r7" or r == "r7":
            ind = "  "
        if grp:
            if grp not in seen:
                seen.add(grp)
                t3.append(f"  - {grp}")
            ind = "    "
        t3.append(f"{ind}- {lab}")
        t3 += [f"{ind}  - {n}：{rep.show(f't3.{r}.{c}')}" for n, c in zip(APPL, COLS)]
    t4 = []
    for k, name in T4_KINDS:
        if k == "ld":
            t4.append("- 行政诉讼")
        ind = "" if k == "rv" else "  "
        t4.append(f"{ind}- {name}")
        t4 += [f"{ind}  - {n}：{rep.show(f't4.{k}.{p}')}" for n, p in zip(T4_NAMES, ["keep", "fix", "other", "pend", "tot"])]
    t2 = pipe(matrix(t2g(rep), rep.show))
    return md_doc(blocks(rep), {"t2": t2, "t3": t3, "t4": t4}).encode("utf-8")


def fam_onewide(rep) -> bytes:
    s = rep.show
    hdr = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额（万元）"]
    rows = [hdr]
    rows.append(["规章", s("t2.reg.new_made"), s("t2.reg.new_public"), s("t2.reg.total_public"), "", "", "", "", ""])
    rows.append(["规范性文件", s("t2.norm.new_made"), s("t2.norm.new_public"), s("t2.norm.total_public"), "", "", "", "", ""])
    for k, name in (("license", "行政许可"), ("other_service", "其他对外管理服务事项"), ("penalty", "行政处罚"), ("coercion", "行政强制")):
        rows.append([name, "", "", "", s(f"t2.{k}.prev_items"), s(f"t2.{k}.delta"), s(f"t2.{k}.decisions"), "", ""])
    rows.append(["行政事业性收费", "", "", "", s("t2.fee.prev_items"), s("t2.fee.delta"), "", "", ""])
    rows.append(["政府集中采购", "", "", "", "", "", "", s("t2.procurement.items"), s("t2.procurement.amount")])
    t3 = pipe(matrix(flat_header_t3(rep), rep.show))
    t4 = pipe(matrix(grid_t4(), rep.show))
    return md_doc(blocks(rep), {"t2": pipe(rows), "t3": t3, "t4": t4}).encode("utf-8")


def fam_t2turned(rep) -> bytes:
    s = rep.show
    t2 = pipe(
        [
            ["信息内容", "规章", "行政规范性文件"],
            ["本年制发件数", s("t2.reg.made"), s("t2.norm.made")],
            ["本年废止件数", s("t2.reg.repealed"), s("t2.norm.repealed")],
            ["现行有效件数", s("t2.reg.valid"), s("t2.norm.valid")],
        ]
    )
    t2 += [""] + pipe([["信息内容", "行政许可", "行政处罚", "行政强制"], ["本年处理决定数量", s("t2.license.decisions"), s("t2.penalty.decisions"), s("t2.coercion.decisions")]])
    t2 += [""] + pipe([["信息内容", "行政事业性收费"], ["本年收费金额（单位：万元）", s("t2.fee.amount_wan")]])
    t3 = pipe(matrix(t3g(rep), rep.show))
    t4 = pipe(matrix(grid_t4(), rep.show))
    return md_doc(blocks(rep), {"t2": t2, "t3": t3, "t4": t4}).encode("utf-8")


FAMILIES = {
    "html-excel-export": fam_excel,
    "html-div-css-grid": fam_cssgrid,
    "html-div-table-aria": fam_ariadiv,
    "html-gf2019-t2-blocks-reordered": fam_t2order,
    "html4-tfoot-first": fam_tfoot,
    "html-gbk-no-charset": fam_gbk,
    "html-agency-in-xianfabu-flat-header": fam_xianfabu,
    "legacy-prose-counts": fam_legacy_html,
    "html-pc-and-mobile-copies": fam_mobiledup,
    "docx-t3-column-split": fam_colsplit,
    "docx-content-controls-fields": fam_sdt,
    "docx-tracked-changes-defect": fam_tracked,
    "docx-gf2019-thousands-t4-stacked": fam_d19_thousands,
    "legacy-docx-stat-table": fam_legacy_docx,
    "pdf-row-breaks-across-pages": fam_rowbreak,
    "pdf-vcenter-wrapped": fam_vcenter,
    "pdf-landscape-unruled-right": fam_landscape,
    "pdf-gf2019-unruled-top": fam_p19_unruled,
    "pdf-three-line-t4-stacked": fam_threeline,
    "legacy-pdf-prose": fam_legacy_pdf,
    "text-box-drawing": fam_boxdraw,
    "text-fixed-width-blanks": fam_fixedwidth,
    "text-utf16-tsv": fam_utf16,
    "text-mobile-cards": fam_cards,
    "text-thousands-danwei": fam_thousands,
    "text-chinese-numeral-year": fam_cnyear,
    "legacy-txt-prose": fam_legacy_txt,
    "md-nested-lists": fam_lists,
    "md-gf2019-composite-header": fam_onewide,
    "md-t2-turned": fam_t2turned,
}


def render(rep) -> bytes:
    return FAMILIES[rep.family](rep)


_ = (htmlmod, show_of)
