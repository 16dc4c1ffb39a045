"""Text, Markdown and JSON printers of eval/wild7 (one per layout family)."""
from __future__ import annotations

import json
import random

from base import blocks, ctx, md_text, pipe, text_report
from grids import t2_flat, t3_flat
from model import COL_NAMES, COLS, T4_KINDS, T4_PARTS, rows
from text import H19, H21


# ---------------------------------------------------------------- PDF viewer copy: tabs, page furniture

def t_viewer_tabs(s):
    """Text copied out of a PDF viewer (Ctrl+A, Ctrl+C): CRLF, table cells separated by tabs, and the pages'
    furniture copied with it — the running title and 「第 n 页 共 m 页」 between the rows of table 三 where the
    page broke, table 三's header repeated after it; labels copied as printed (wrapped labels on two lines)."""
    cell = ctx(s)
    total = 6
    t2 = ["\t".join([label] + vals) for label, vals in t2_flat(s["template"], cell)]
    t3 = ["\t申请人情况", "\t自然人\t法人或其他组织\t\t\t\t\t总计", "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    hdr = list(t3)
    flat = t3_flat(s["template"], cell)
    for i, (label, vals) in enumerate(flat):
        if len(label) > 18 and vals:
            t3.append("\t".join([label[:18]] + vals))
            t3.append(label[18:])
        else:
            t3.append("\t".join([label] + vals) if vals else label)
        if i == 11:
            t3 += ["第 3 页 共 6 页", "", s["title"]] + hdr
    t4 = ["行政复议\t\t\t\t\t行政诉讼", "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉",
          "\t".join(n for _, n in T4_PARTS) * 1 + "\t" + "\t".join(n for _, n in T4_PARTS) + "\t" +
          "\t".join(n for _, n in T4_PARTS),
          "\t".join(cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS)]
    out = text_report(s, {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}, nl="\r\n")
    out = out.replace("\r\n" + H21[0] if s["template"] == "GF2021" else "\r\n" + H19[0],
                      f"\r\n第 1 页 共 {total} 页\r\n\r\n" + H21[0], 1)
    return out.encode("utf-8")


# ---------------------------------------------------------------- circled footnote marks

def t_circled_marks(s):
    """Space-aligned text rows whose numbers carry circled footnote marks (「12①」, 「3②」) explained under the
    table in 「注：①…②…」 lines."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "circ")
    marks = {}
    def mcell(key):
        t = cell(key)
        if key.startswith(("t3.", "t4.")) and t != "0" and rng.random() < 0.1:
            m = rng.choice("①②③")
            marks[key] = m
            return t + m
        return t
    t2 = ["  ".join([label] + vals) for label, vals in t2_flat(s["template"], cell)]
    t3 = ["项目  " + "  ".join(COL_NAMES)]
    for label, vals in t3_flat(s["template"], mcell):
        t3.append("  ".join([label] + vals))
    t3.append("注：①含上级机关转办的申请；②含同一申请人重复提出的申请；③含邮寄申请。")
    t4 = []
    for k, n in (("rv", "行政复议"), ("ld", "行政诉讼（未经复议直接起诉）"), ("lr", "行政诉讼（复议后起诉）")):
        t4.append("  ".join([n] + [pn for _, pn in T4_PARTS]))
        t4.append("  ".join(mcell(f"t4.{k}.{p}") for p, _ in T4_PARTS))
    t4 += [
          "注：①含上级机关转办的申请。"]
    s["marks_printed"] = marks
    return text_report(s, {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}).encode("utf-8")


# ---------------------------------------------------------------- GF2019: a unit in every cell

def t_units_gf2019(s):
    """GF2019 text (two or more spaces between cells) in which every value carries its unit: 「12件」 in tables 三
    and 四, 「3件」 / 「+2项」 / 「356件」 in table 二, 「1234.5万元」 for 采购总金额, 「0件」 for zero."""
    cell = ctx(s)
    def unit(key):
        t = cell(key)
        if key.startswith("t2."):
            k = key[3:]
            if k.endswith(".amount"):
                return t + "万元"
            if k.endswith((".prev_items", ".delta")) or k == "procurement.items":
                return t + "项"
            return t + "件"
        return t + "件"
    t2 = ["    ".join([label] + vals) for label, vals in t2_flat(s["template"], unit)]
    t3 = ["项目    " + "    ".join(COL_NAMES)]
    t3 += ["    ".join([label] + vals) for label, vals in t3_flat(s["template"], unit)]
    t4 = ["行政复议（结果维持/结果纠正/其他结果/尚未审结/总计）    " + "    ".join(unit(f"t4.rv.{p}") for p, _ in T4_PARTS),
          "行政诉讼-未经复议直接起诉    " + "    ".join(unit(f"t4.ld.{p}") for p, _ in T4_PARTS),
          "行政诉讼-复议后起诉    " + "    ".join(unit(f"t4.lr.{p}") for p, _ in T4_PARTS)]
    return text_report(s, {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}).encode("utf-8")


# ---------------------------------------------------------------- open-data API JSON

def j_open_data(s):
    """The report as a 政务数据开放平台 API returns it (JSON, ASCII-escaped: every Chinese character \\uXXXX):
    metadata, the narrative as an HTML string, and the three tables as arrays of row objects keyed by the column
    names (table 三's rows with 「项目」 and the seven applicant columns, values as JSON numbers)."""
    cell = ctx(s)
    H = H21 if s["template"] == "GF2021" else H19

    def num(t):
        return float(t) if "." in t else int(t)
    t2 = []
    for label, vals in t2_flat(s["template"], cell):
        if vals and all(v.lstrip("+-").replace(".", "", 1).isdigit() for v in vals):
            t2.append({"信息内容": label, "数值": [num(v) for v in vals]})
        else:
            t2.append({"信息内容": label, "表头": vals})
    t3 = []
    for label, vals in t3_flat(s["template"], cell):
        row = {"项目": label}
        for n, v in zip(COL_NAMES, vals):
            row[n] = num(v)
        t3.append(row)
    t4 = [{"类型": n, **{pn: num(cell(f"t4.{k}.{p}")) for p, pn in T4_PARTS}} for k, n in T4_KINDS]
    bl = blocks(s)
    i2 = next(i for i, (k, _) in enumerate(bl) if k == "t2") - 1  # the 二、 heading
    i4 = next(i for i, (k, _) in enumerate(bl) if k == "t4") + 1
    before = [t for k, t in bl[:i2] if k in ("p", "h")]
    after = [t for k, t in bl[i4:] if k in ("p", "h", "sign")]
    doc = {"code": 200, "msg": "success", "data": {
        "id": s["docid"], "title": s["title"], "publishOrg": s["agency"], "publishDate": s["pub"],
        "year": s["year"], "category": "政府信息公开年报",
        "content": "".join(f"<p>{p}</p>" for p in before),
        "tables": [{"name": H[1], "rows": t2}, {"name": H[2], "rows": t3}, {"name": H[3], "rows": t4}],
        "closing": "".join(f"<p>{p}</p>" for p in after)}}
    return (json.dumps(doc, ensure_ascii=True, indent=2) + "\n").encode("ascii")


# ---------------------------------------------------------------- Markdown: reworded row labels

SHORT21 = {
    "一、本年新收政府信息公开申请数量": "本年新收申请", "二、上年结转政府信息公开申请数量": "上年结转申请",
    "（一）予以公开": "予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "部分公开",
    "1.属于国家秘密": "不予公开-国家秘密", "2.其他法律行政法规禁止公开": "不予公开-法律法规禁止",
    "3.危及“三安全一稳定”": "不予公开-三安全一稳定", "4.保护第三方合法权益": "不予公开-第三方权益",
    "5.属于三类内部事务信息": "不予公开-内部事务", "6.属于四类过程性信息": "不予公开-过程性信息",
    "7.属于行政执法案卷": "不予公开-执法案卷", "8.属于行政查询事项": "不予公开-行政查询事项",
    "1.本机关不掌握相关政府信息": "无法提供-本机关不掌握", "2.没有现成信息需要另行制作": "无法提供-需另行制作",
    "3.补正后申请内容仍不明确": "无法提供-补正后仍不明确", "1.信访举报投诉类申请": "不予处理-信访举报投诉",
    "2.重复申请": "不予处理-重复申请", "3.要求提供公开出版物": "不予处理-公开出版物",
    "4.无正当理由大量反复申请": "不予处理-大量反复申请", "5.要求行政机关确认或重新出具已获取信息": "不予处理-确认或重新出具",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": "其他处理-逾期不补正",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "其他处理-逾期未缴费",
    "3.其他": "其他处理-其他", "（七）总计": "办理结果合计", "四、结转下年度继续办理": "结转下年度",
}


def m_short_labels(s):
    """Pipe Markdown whose table 三 row labels the publisher shortened and reworded (numbering dropped, group and
    item joined by a hyphen: 「不予公开-国家秘密」, 「无法提供-需另行制作」, 「其他处理-逾期不补正」, 「办理结果合计」,
    「结转下年度」), one label column, no group rows, no 三、本年度办理结果 row."""
    cell = ctx(s)
    t2 = [["信息内容", "", "", ""]]
    for label, vals in t2_flat(s["template"], cell):
        t2.append([label] + vals + [""] * (3 - len(vals)))
    t3 = [["项目"] + COL_NAMES]
    for key, group, label in rows(s["template"]):
        t3.append([SHORT21[label]] + [cell(f"t3.{key}.{c}") for c in COLS])
    t4 = [["类型"] + [n for _, n in T4_PARTS]]
    t4 += [[n] + [cell(f"t4.{k}.{p}") for p, _ in T4_PARTS] for k, n in
           [("rv", "行政复议"), ("ld", "行政诉讼（直接起诉）"), ("lr", "行政诉讼（复议后起诉）")]]
    return md_text(s, {"t2": pipe(t2), "t3": pipe(t3), "t4": pipe(t4)}).encode("utf-8")


# ---------------------------------------------------------------- Markdown: the prose restates the table

def m_prose_restated(s):
    """Markdown whose author restates each table in a sentence right before it (「据统计，本年度共新收政府信息公开
    申请n件，上年结转n件；予以公开n件…」), the numbers repeated but not in the table's order; pipe tables after."""
    cell = ctx(s)
    g = lambda k: cell(f"t3.{k}.tot")  # noqa: E731
    t = s["template"]
    if t == "GF2021":
        n2 = (f"据统计，本年度制发行政规范性文件{cell('t2.norm.made')}件，现行有效{cell('t2.norm.valid')}件；"
              f"作出行政许可决定{cell('t2.license.decisions')}件、行政处罚决定{cell('t2.penalty.decisions')}件。")
    else:
        n2 = f"据统计，本年度新制作规范性文件{cell('t2.norm.new_made')}件。"
    n3 = (f"据统计，本年度共新收政府信息公开申请{g('new')}件，上年结转{g('carry_in')}件；其中予以公开{g('r1')}件，"
          f"部分公开{g('r2')}件，结转下年度继续办理{g('carry_out')}件，自然人提出的申请{cell('t3.new.np')}件。")
    n4 = (f"据统计，本年度因政府信息公开被申请行政复议{cell('t4.rv.tot')}件、提起行政诉讼"
          f"{int(cell('t4.ld.tot')) + int(cell('t4.lr.tot'))}件。")
    t2r = [["信息内容", "", "", ""]] + [[label] + vals + [""] * (3 - len(vals)) for label, vals in t2_flat(t, cell)]
    t3r = [["项目"] + COL_NAMES] + [[label] + (vals or [""] * 7) for label, vals in t3_flat(t, cell)]
    t4r = [["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5, [n for _, n in T4_PARTS] * 3,
           [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    return md_text(s, {"t2": n2 + "\n\n" + pipe(t2r), "t3": n3 + "\n\n" + pipe(t3r),
                       "t4": n4 + "\n\n" + pipe(t4r)}).encode("utf-8")
