"""The report as a publisher lays it out: the three tables as grids (official template, or a variant a
family prints), the narrative around them, and the order of the blocks."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from model import COL_LABELS, H1_NOTE, T4_GROUPS, T4_LABELS, T4_PARTS, A, Cell, read_cell, t3_rows


@dataclass
class Spec:
    """One file of the set: what is printed (cell text by key) and how it is laid out."""

    id: str
    family: str
    fmt: str
    template: str
    year: int
    agency: str
    region: str
    level: str
    t2: dict = field(default_factory=dict)  # key → printed text
    t3: dict = field(default_factory=dict)
    t4: dict = field(default_factory=dict)
    t3_statement: str | None = None
    t4_statement: str | None = None
    tables_image: bool = False
    procurement_unit: str | None = None  # GF2019 采购总金额 unit as printed
    glued_unsplit: dict = field(default_factory=dict)  # key → printed run with no unique split
    special: str = ""
    self_ref: str = "本机关"
    website: str = "政府门户网站"
    pub_date: str = ""
    contact: str = ""
    extra: dict = field(default_factory=dict)

    def value(self, table: str, key: str) -> int | float:
        """Arithmetic value (blank as 0) for the narrative."""
        raw = getattr(self, table).get(key, "")
        v = read_cell(raw.replace("万元", "").replace("元", "")) if raw else None
        return v or 0


# ---------------------------------------------------------------- grids


def H(text, **kw):
    return Cell(text, kind="h", **kw)


def L(text, **kw):
    return Cell(text, kind="l", **kw)


def V(spec_table: dict, key: str, table: str, **kw):
    return Cell(spec_table.get(key, ""), kind="v", key=f"{table}.{key}", **kw)


def grid_t2(s: Spec, variant: dict | None = None) -> list[list[Cell]]:
    v = variant or {}
    t = s.t2
    if s.template == "GF2021":
        fee_h = v.get("fee_header", "本年收费金额（单位：万元）")
        return [
            [H("第二十条第（一）项", cs=4)],
            [H("信息内容"), H(v.get("made_h", "本年制发件数")), H("本年废止件数"), H("现行有效件数")],
            [L("规章"), V(t, "reg.made", "t2"), V(t, "reg.repealed", "t2"), V(t, "reg.valid", "t2")],
            [
                L(v.get("norm_label", "行政规范性文件")),
                V(t, "norm.made", "t2"),
                V(t, "norm.repealed", "t2"),
                V(t, "norm.valid", "t2"),
            ],
            [H("第二十条第（五）项", cs=4)],
            [H("信息内容"), H("本年处理决定数量", cs=3)],
            [L("行政许可"), V(t, "license.decisions", "t2", cs=3)],
            [H("第二十条第（六）项", cs=4)],
            [H("信息内容"), H("本年处理决定数量", cs=3)],
            [L("行政处罚"), V(t, "penalty.decisions", "t2", cs=3)],
            [L("行政强制"), V(t, "coercion.decisions", "t2", cs=3)],
            [H("第二十条第（八）项", cs=4)],
            [H("信息内容"), H(fee_h, cs=3)],
            [L("行政事业性收费"), V(t, "fee.amount_wan", "t2", cs=3)],
        ]
    br = v.get("br", "")
    g = [
        [H("第二十条第（一）项", cs=4)],
        [H("信息内容"), H(f"本年新{br}制作数量"), H(f"本年新{br}公开数量"), H(f"对外公开{br}总数量")],
        [L("规章"), V(t, "reg.new_made", "t2"), V(t, "reg.new_public", "t2"), V(t, "reg.total_public", "t2")],
        [L("规范性文件"), V(t, "norm.new_made", "t2"), V(t, "norm.new_public", "t2"), V(t, "norm.total_public", "t2")],
        [H("第二十条第（五）项", cs=4)],
        [H("信息内容"), H(f"上一年{br}项目数量"), H(f"本年{br}增/减"), H(f"处理决定{br}数量")],
    ]
    for row, lab in (("license", "行政许可"), ("other_service", "其他对外管理服务事项")):
        g.append([L(lab)] + [V(t, f"{row}.{c}", "t2") for c in ("prev_items", "delta", "decisions")])
    g += [
        [H("第二十条第（六）项", cs=4)],
        [H("信息内容"), H(f"上一年{br}项目数量"), H(f"本年{br}增/减"), H(f"处理决定{br}数量")],
    ]
    for row, lab in (("penalty", "行政处罚"), ("coercion", "行政强制")):
        g.append([L(lab)] + [V(t, f"{row}.{c}", "t2") for c in ("prev_items", "delta", "decisions")])
    g += [
        [H("第二十条第（八）项", cs=4)],
        [H("信息内容"), H(f"上一年{br}项目数量"), H(f"本年{br}增/减", cs=2)],
        [L("行政事业性收费"), V(t, "fee.prev_items", "t2"), V(t, "fee.delta", "t2", cs=2)],
        [H("第二十条第（九）项", cs=4)],
        [H("信息内容"), H("采购项目数量"), H("采购总金额", cs=2)],
        [L("政府集中采购"), V(t, "procurement.items", "t2"), V(t, "procurement.amount", "t2", cs=2)],
    ]
    return g


def grid_t3(s: Spec, variant: dict | None = None) -> list[list[Cell]]:
    """Table 三 as the template prints it. variant: subtotals (print （三）–（六） subtotal rows and a
    法人或其他组织 小计 column, as some vendor templates do), col_labels (header texts), br (line break
    inside header cells), labels (label → printed text)."""
    v = variant or {}
    t = s.t3
    lab = v.get("labels", {})
    sub = v.get("subtotals", False)
    heads = [H(v.get("col_labels", {}).get(c, COL_LABELS[c])) for c in A[1:]]
    if sub:
        heads.append(H("小计"))
    rows = t3_rows(s.template)
    width_v = 8 if sub else 7
    n_res = sum(1 for k, _, _ in rows if k.startswith("r"))
    groups = {}
    for k, grp, _ in rows:
        if grp:
            groups.setdefault(grp, []).append(k)
    if sub:
        n_res += len(groups)
    g = [
        [H(v.get("note", H1_NOTE), cs=3, rs=3), H("申请人情况", cs=width_v)],
        [H("自然人", rs=2), H(v.get("legal", "法人或其他组织"), cs=width_v - 2), H("总计", rs=2)],
        heads,
    ]

    def values(key):
        cells = [V(t, f"{key}.np", "t3")] + [V(t, f"{key}.{c}", "t3") for c in A[1:]]
        if sub:
            cells.append(Cell(_subtotal(s, key), kind="s"))
        return cells + [V(t, f"{key}.tot", "t3")]

    seen = set()
    for k, grp, label in rows:
        label = lab.get(label, label)
        if k in ("new", "carry_in", "carry_out"):
            g.append([L(label, cs=3)] + values(k))
            continue
        row = []
        if k == "r1":
            row.append(L(lab.get("三、本年度办理结果", "三、本年度办理结果"), rs=n_res))
        if grp is None:
            row.append(L(label, cs=2))
            g.append(row + values(k))
            continue
        if grp not in seen:
            seen.add(grp)
            if sub:
                row.append(L(lab.get(grp, grp), rs=len(groups[grp]) + 1))
                g.append(
                    row
                    + [L("小计")]
                    + [Cell(_group_sum(s, groups[grp], c), kind="s") for c in A]
                    + [
                        Cell(_group_sum(s, groups[grp], "sub"), kind="s"),
                        Cell(_group_sum(s, groups[grp], "tot"), kind="s"),
                    ]
                )
                row = []
            else:
                row.append(L(lab.get(grp, grp), rs=len(groups[grp])))
        g.append(row + [L(label)] + values(k))
    return g


def _subtotal(s: Spec, key: str) -> str:
    return str(sum(s.value("t3", f"{key}.{c}") for c in A[1:]))


def _group_sum(s: Spec, keys: list[str], col: str) -> str:
    if col == "sub":
        return str(sum(s.value("t3", f"{k}.{c}") for k in keys for c in A[1:]))
    return str(sum(s.value("t3", f"{k}.{col}") for k in keys))


def grid_t4(s: Spec, variant: dict | None = None) -> list[list[Cell]]:
    v = variant or {}
    t = s.t4
    lab = v.get("labels", {})
    parts = [H(lab.get(T4_LABELS[p], T4_LABELS[p])) for p in T4_PARTS]
    g = [
        [H("行政复议", cs=5), H("行政诉讼", cs=10)],
        [H(lab.get(T4_LABELS[p], T4_LABELS[p]), rs=2) for p in T4_PARTS]
        + [H(lab.get("未经复议直接起诉", "未经复议直接起诉"), cs=5), H("复议后起诉", cs=5)],
        parts + [H(x.text) for x in parts],
        [V(t, f"{g}.{p}", "t4") for g in T4_GROUPS for p in T4_PARTS],
    ]
    if v.get("row_label"):
        g[0].insert(0, H("", rs=3))
        g[3].insert(0, L(v["row_label"]))
    return g


def t4_split(s: Spec, variant: dict | None = None) -> list[list[list[Cell]]]:
    """Table 四 as three small tables, each with its own header (a PDF converter cutting it per block)."""
    v = variant or {}
    t = s.t4
    lab = v.get("labels", {})
    out = []
    for g, head in (("rv", "行政复议"), ("ld", "行政诉讼（未经复议直接起诉）"), ("lr", "行政诉讼（复议后起诉）")):
        head = lab.get(head, head)
        out.append(
            [
                [H(head, cs=5)],
                [H(lab.get(T4_LABELS[p], T4_LABELS[p])) for p in T4_PARTS],
                [V(t, f"{g}.{p}", "t4") for p in T4_PARTS],
            ]
        )
    return out


# ---------------------------------------------------------------- narrative


def _n(s: Spec, table: str, key: str) -> int:
    return int(s.value(table, key))


def narrative(s: Spec, rng: random.Random) -> dict:
    """Sections of the narrative with numbers consistent with the tables (S2/S3 hold)."""
    y = s.year
    notice = (
        "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"
        if s.template == "GF2019"
        else "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）"
    )
    who = s.extra.get("preamble_who", s.self_ref)
    pre = (
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}要求，"
        f"{s.extra.get('compiled_by', '')}"
        f"由{who}编制。"
        if s.extra.get("compiled_by") is not None
        else f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}要求编制。"
    )
    pre += (
        "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
        "存在的主要问题及改进情况、其他需要报告的事项。"
        f"本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
        f"本报告电子版可在{s.website}查阅或下载。"
    )
    if s.contact:
        pre += f"如对本报告有任何疑问，请与{s.contact}联系。"
    posts = rng.randint(300, 4000)
    wx = rng.randint(100, 900)
    interp = rng.randint(5, 60)
    p_active = (
        f"{y}年，{s.self_ref}坚持以公开为常态、不公开为例外，通过{s.website}主动公开政府信息{posts}条，"
        f"其中政策文件{_n(s, 't2', 'norm.made') if s.template == 'GF2021' else _n(s, 't2', 'norm.new_made')}件，"
        f"政策解读{interp}篇；通过政务微信公众号发布信息{wx}条。"
    )
    if s.t3_statement:
        p_apply = f"{y}年，{s.self_ref}未收到政府信息公开申请。"
    else:
        new, cin = _n(s, "t3", "new.tot"), _n(s, "t3", "carry_in.tot")
        done, cout = _n(s, "t3", "r7.tot"), _n(s, "t3", "carry_out.tot")
        p_apply = f"{y}年，{s.self_ref}共收到政府信息公开申请{new}件"
        p_apply += f"，上年结转{cin}件" if cin else ""
        p_apply += f"，已办结{done}件"
        p_apply += f"，结转下年度继续办理{cout}件" if cout else ""
        p_apply += "。所有申请均在法定期限内答复，答复内容规范、依据充分。"
    if s.t4_statement:
        p_apply += "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。"
    else:
        rv = _n(s, "t4", "rv.tot")
        lit = _n(s, "t4", "ld.tot") + _n(s, "t4", "lr.tot")
        if rv or lit:
            p_apply += f"全年涉及政府信息公开的行政复议{rv}件、行政诉讼{lit}件。"
        else:
            p_apply += "全年未发生涉及政府信息公开的行政复议和行政诉讼案件。"
    p_mgmt = (
        "严格落实政府信息公开属性源头认定机制，公文在拟制阶段即明确公开属性；"
        "坚持“先审查、后公开”和“一事一审”原则，强化发布前保密审查，全年未发生泄密事件。"
    )
    p_platform = (
        f"持续优化{s.website}政府信息公开专栏，及时更新政府信息公开指南和目录，"
        "规范设置法定主动公开内容栏目，政务新媒体与网站信息同步发布。"
    )
    p_super = (
        "将政务公开工作纳入年度工作要点，明确分管领导和专人负责，全年组织业务培训"
        f"{rng.randint(1, 4)}次；本年度未发生因政府信息公开工作引发的责任追究情况。"
    )
    sec5 = (
        f"{y}年，{s.self_ref}政府信息公开工作取得了一定成效，但仍存在一些不足：一是政策解读形式较为单一，图解、视频等解读方式运用不多；"
        "二是部分栏目信息更新不够及时。下一步，将丰富解读形式，加强栏目日常维护，建立信息更新提醒机制，"
        "不断提升政府信息公开工作质量。"
    )
    sec6 = s.extra.get("sec6", f"{y}年，{s.self_ref}未收取信息处理费。")
    return {
        "pre": pre,
        "sec1": [
            ("（一）主动公开", p_active),
            ("（二）依申请公开", p_apply),
            ("（三）政府信息管理", p_mgmt),
            ("（四）平台建设", p_platform),
            ("（五）监督保障", p_super),
        ],
        "sec5": sec5,
        "sec6": sec6,
    }


def blocks(
    s: Spec, rng: random.Random, title: str | None = None, sign: bool = False, sec_titles: dict | None = None
) -> list[tuple]:
    """The report top to bottom: ('title', t) ('p', t) ('h1', t) ('h2', t) ('table', name)
    ('stmt', t) ('img', name) ('sign', [lines])."""
    nar = narrative(s, rng)
    st = {
        1: "一、总体情况",
        2: "二、主动公开政府信息情况",
        3: "三、收到和处理政府信息公开申请情况",
        4: "四、政府信息公开行政复议、行政诉讼情况",
        5: "五、存在的主要问题及改进情况",
        6: "六、其他需要报告的事项",
    }
    st.update(sec_titles or {})
    out: list[tuple] = []
    out.append(("title", title if title is not None else f"{s.agency}{s.year}年政府信息公开工作年度报告"))
    out.append(("p", nar["pre"]))
    out.append(("h1", st[1]))
    for h, p in nar["sec1"]:
        out.append(("h2", h))
        out.append(("p", p))
    out.append(("h1", st[2]))
    out.append(("img", "t2") if s.tables_image else ("table", "t2"))
    out.append(("h1", st[3]))
    if s.t3_statement:
        out.append(("stmt", s.t3_statement))
    else:
        out.append(("img", "t3") if s.tables_image else ("table", "t3"))
    out.append(("h1", st[4]))
    if s.t4_statement:
        out.append(("stmt", s.t4_statement))
    else:
        out.append(("img", "t4") if s.tables_image else ("table", "t4"))
    out.append(("h1", st[5]))
    out.append(("p", nar["sec5"]))
    out.append(("h1", st[6]))
    out.append(("p", nar["sec6"]))
    if sign:
        out.append(("sign", [s.extra.get("sign_name", s.agency), s.pub_date]))
    return out
