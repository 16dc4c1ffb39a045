"""The one description of the three standard tables: labels → keys → identities.

The parser finds rows by these label patterns, the checks evaluate the identities generated from
the same rows, the glued-row solver uses the same identities as constraints, and the exports use
the same keys. Nothing else in the code base spells out a table row.

Label patterns match the *compact* form of the text (see normalize.compact): full-width brackets
are already half-width, quotes are '"', 它 is 他, and whitespace is gone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

T3_APPLICANTS = ("np", "biz", "sci", "npo", "law", "oth")
T3_COLS = T3_APPLICANTS + ("tot",)
T3_COL_LABELS = {
    "np": "自然人", "biz": "商业企业", "sci": "科研机构", "npo": "社会公益组织",
    "law": "法律服务机构", "oth": "其他", "tot": "总计",
}
T4_GROUPS = ("rv", "ld", "lr")
T4_GROUP_LABELS = {"rv": "行政复议", "ld": "行政诉讼·未经复议直接起诉", "lr": "行政诉讼·复议后起诉"}
T4_COLS = ("keep", "fix", "other", "pend", "tot")
T4_COL_LABELS = {"keep": "结果维持", "fix": "结果纠正", "other": "其他结果", "pend": "尚未审结", "tot": "总计"}


def _n(num: int | str) -> str:
    """Optional list number in front of a label: 「1.」「1、」「1」."""
    return rf"(?:{num}[.、]?)?"


@dataclass(frozen=True)
class RowSpec:
    """One printed row of a table."""

    key: str  # row key inside its table: "new", "r3_1", "norm", ...
    label: str  # the official label, for people and renderings
    pattern: str  # regex over compact text
    cols: tuple[str, ...]  # column keys of the cells this row holds
    col_labels: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # per column: "count" (int ≥ 0), "signed" (int), "money" (real ≥ 0)
    required: bool = True  # False for rows only some variants print
    parent: str = ""  # for table-3 result sub-rows: the group header ("r3" …)

    def kind(self, col: str) -> str:
        return self.kinds[self.cols.index(col)] if self.kinds else "count"


@dataclass(frozen=True, eq=False)  # identity: the specs are constants, and lru_caches key on them
class TableSpec:
    id: str  # "t2" | "t3" | "t4"
    title: str
    rows: tuple[RowSpec, ...]

    def row(self, key: str) -> RowSpec:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def keys(self) -> list[str]:
        return [f"{self.id}.{r.key}.{c}" for r in self.rows if r.required for c in r.cols]


# ---------------------------------------------------------------- table 三
_T3 = dict(cols=T3_COLS, col_labels=tuple(T3_COL_LABELS[c] for c in T3_COLS))


def _t3(key: str, label: str, pattern: str, parent: str = "", required: bool = True) -> RowSpec:
    return RowSpec(key, label, pattern, parent=parent, required=required, **_T3)


_T3_HEAD = [
    _t3("new", "一、本年新收政府信息公开申请数量", r"(?:一[、.])?本年新收(?:政府信息公开)?申请(?:数量|数)?"),
    _t3("carry_in", "二、上年结转政府信息公开申请数量", r"(?:二[、.])?上年结转(?:政府信息公开)?申请(?:数量|数)?"),
    _t3("r1", "（一）予以公开", r"\(一\)予以公开"),
    _t3("r2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        r"\(二\)部分公开(?:\([^)\d\x1d-\x1f]{0,30}\)?)?"),
    _t3("r3_1", "1.属于国家秘密", _n(1) + r"属于国家秘密", "r3"),
    _t3("r3_2", "2.其他法律行政法规禁止公开", _n(2) + r"其他法律[、,]?行政(?:法规)?(?:禁止|止)?公开", "r3"),
    _t3("r3_3", "3.危及“三安全一稳定”", _n(3) + r'危及"?三(?:个)?安全[、,]?一(?:个)?稳定"?', "r3"),
    _t3("r3_4", "4.保护第三方合法权益", _n(4) + r"保护第三方合法权益", "r3"),
    _t3("r3_5", "5.属于三类内部事务信息", _n(5) + r"属于三类内部事务信息", "r3"),
    _t3("r3_6", "6.属于四类过程性信息", _n(6) + r"属于四类过程性信息", "r3"),
    _t3("r3_7", "7.属于行政执法案卷", _n(7) + r"属于行政执法案卷", "r3"),
    _t3("r3_8", "8.属于行政查询事项", _n(8) + r"属于行政查询事项", "r3"),
    _t3("r4_1", "1.本机关不掌握相关政府信息", _n(1) + r"本机关不掌握相关政府信息", "r4"),
    _t3("r4_2", "2.没有现成信息需要另行制作", _n(2) + r"没有现成信息需要另行制作", "r4"),
    _t3("r4_3", "3.补正后申请内容仍不明确", _n(3) + r"补正后申请内容仍不明确", "r4"),
    _t3("r5_1", "1.信访举报投诉类申请", _n(1) + r"信访举报投诉类申请", "r5"),
    _t3("r5_2", "2.重复申请", _n(2) + r"重复申请", "r5"),
    _t3("r5_3", "3.要求提供公开出版物", _n(3) + r"要求提供公开出版物", "r5"),
    _t3("r5_4", "4.无正当理由大量反复申请", _n(4) + r"无正当理由大量反复申请", "r5"),
    _t3("r5_5", "5.要求行政机关确认或重新出具已获取信息", _n(5) + r"要求行政机关确认或重新出具已获取信息", "r5"),
]
_T3_R6_SPLIT = [
    _t3("r6_1", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        _n(1) + r"申请人无正当理由逾期不补正[,、]?行政机关不再处理其(?:政府信息公开)?申请", "r6"),
    _t3("r6_2", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        _n(2) + r"申请人逾期未按收费通知要求缴纳费用[,、]?行政机关不再处理其(?:政府信息公开)?申请", "r6"),
    _t3("r6_3", "3.其他", r"3[.、]其他", "r6"),
]
_T3_R6_SINGLE = [_t3("r6", "（六）其他处理", r"\(六\)其他处理")]
_T3_TAIL = [
    _t3("r7", "（七）总计", r"\(七\)(?:总计|合计)"),
    _t3("carry_out", "四、结转下年度继续办理", r"(?:四[、.])?结转下年度(?:继续办理)?"),
]
# Group headers. The official template prints them without numbers; some variants print subtotals
# on them (checked by H4). 「（六）其他处理」 is a header in GF2021 and the data row r6 in GF2019.
T3_GROUP_HEADERS = {
    "r3": _t3("r3", "（三）不予公开", r"\(三\)不予公开", required=False),
    "r4": _t3("r4", "（四）无法提供", r"\(四\)无法提供", required=False),
    "r5": _t3("r5", "（五）不予处理", r"\(五\)不予处理", required=False),
    "r6": _T3_R6_SINGLE[0],
}
T3_STRUCTURAL = r"三[、.]本年度办理结果"

T3_GF2021 = TableSpec("t3", "收到和处理政府信息公开申请情况", tuple(_T3_HEAD + _T3_R6_SPLIT + _T3_TAIL))
T3_GF2019 = TableSpec("t3", "收到和处理政府信息公开申请情况", tuple(_T3_HEAD + _T3_R6_SINGLE + _T3_TAIL))

# ---------------------------------------------------------------- table 四
T4 = TableSpec(
    "t4",
    "政府信息公开行政复议、行政诉讼情况",
    tuple(
        RowSpec(g, T4_GROUP_LABELS[g], "", T4_COLS, tuple(T4_COL_LABELS[c] for c in T4_COLS))
        for g in T4_GROUPS
    ),
)

# ---------------------------------------------------------------- table 二
_CNT3 = ("count", "count", "count")
T2_GF2021 = TableSpec(
    "t2",
    "主动公开政府信息情况",
    (
        RowSpec("reg", "规章", r"规章", ("made", "repealed", "valid"),
                ("本年制发件数", "本年废止件数", "现行有效件数"), _CNT3),
        RowSpec("norm", "行政规范性文件", r"(?:行政)?规范性文件", ("made", "repealed", "valid"),
                ("本年制发件数", "本年废止件数", "现行有效件数"), _CNT3),
        RowSpec("license", "行政许可", r"行政许可", ("decisions",), ("本年处理决定数量",), ("count",)),
        RowSpec("penalty", "行政处罚", r"行政处罚", ("decisions",), ("本年处理决定数量",), ("count",)),
        RowSpec("coercion", "行政强制", r"行政强制", ("decisions",), ("本年处理决定数量",), ("count",)),
        RowSpec("fee", "行政事业性收费", r"行政事业性收费", ("amount_wan",),
                ("本年收费金额（单位：万元）",), ("money",)),
    ),
)
_GF19_ITEMS = ("prev_items", "delta", "decisions")
_GF19_ITEM_LABELS = ("上一年项目数量", "本年增/减", "处理决定数量")
_GF19_ITEM_KINDS = ("count", "signed", "count")
T2_GF2019 = TableSpec(
    "t2",
    "主动公开政府信息情况",
    (
        RowSpec("reg", "规章", r"规章", ("new_made", "new_public", "total_public"),
                ("本年新制作数量", "本年新公开数量", "对外公开总数量"), _CNT3),
        RowSpec("norm", "规范性文件", r"(?:行政)?规范性文件", ("new_made", "new_public", "total_public"),
                ("本年新制作数量", "本年新公开数量", "对外公开总数量"), _CNT3),
        RowSpec("license", "行政许可", r"行政许可", _GF19_ITEMS, _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec("other_service", "其他对外管理服务事项", r"其他对外管理服务事项", _GF19_ITEMS,
                _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec("penalty", "行政处罚", r"行政处罚", _GF19_ITEMS, _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec("coercion", "行政强制", r"行政强制", _GF19_ITEMS, _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec("fee", "行政事业性收费", r"行政事业性收费", ("prev_items", "delta"),
                ("上一年项目数量", "本年增/减"), ("count", "signed")),
        RowSpec("procurement", "政府集中采购", r"政府集中采购", ("items", "amount"),
                ("采购项目数量", "采购总金额"), ("count", "money")),
    ),
)

# ---------------------------------------------------------------- template markers (spec §8)
GF2019_MARKERS = (
    r"本年新制作数量", r"本年新公开数量", r"对外公开总数量", r"上一年项目数量", r"本年增/减",
    r"其他对外管理服务事项", r"第二十条第\(九\)项", r"政府集中采购", r"采购项目数量",
)
GF2021_MARKERS = (
    r"本年制发件数", r"本年废止件数", r"现行有效件数", r"本年收费金额", r"本年处理决定数量",
    r"行政规范性文件",
)
TEMPLATE_TABLE_MARKERS = (r"第二十条第\(一\)项", r"本列数据的勾稽关系", r"本年新收(?:政府信息公开)?申请",
                          r"结转下年度继续办理", r"未经复议直接起诉")
LEGACY_MARKERS = (r"政府信息公开情况统计表", r"收到申请数", r"申请办结数", r"依申请收费及减免",
                  r"政府信息公开(?:的)?(?:行政)?复议[、和及]?(?:行政)?诉讼(?:情况)?", r"统计指标",
                  r"举报投诉数量", r"机构建设和保障经费")


def t2_spec(template: str) -> TableSpec:
    return T2_GF2019 if template == "GF2019" else T2_GF2021


def t3_spec(single_r6: bool) -> TableSpec:
    return T3_GF2019 if single_r6 else T3_GF2021


# ---------------------------------------------------------------- how the tables are printed, and names for people
# The printed layout beyond the rows (group heads, header cells) and the human name of every cell:
# renderings (api/render.py), test fixtures (tests/reportgen.py) and explanations read them here.
TABLE_NAMES_SHORT = {"t2": "表二", "t3": "表三", "t4": "表四"}
TABLE_HEADINGS = {"t2": "二、主动公开政府信息情况", "t3": "三、收到和处理政府信息公开申请情况",
                  "t4": "四、政府信息公开行政复议、行政诉讼情况"}
# 表二 prints its rows under the articles of the regulation they disclose (第二十条第（x）项).
T2_GROUPS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "GF2021": (("第二十条第（一）项", ("reg", "norm")), ("第二十条第（五）项", ("license",)),
               ("第二十条第（六）项", ("penalty", "coercion")), ("第二十条第（八）项", ("fee",))),
    "GF2019": (("第二十条第（一）项", ("reg", "norm")), ("第二十条第（五）项", ("license", "other_service")),
               ("第二十条第（六）项", ("penalty", "coercion")), ("第二十条第（八）项", ("fee",)),
               ("第二十条第（九）项", ("procurement",))),
}
T2_CONTENT_HEAD = "信息内容"
# 表三's head: the note over the row labels, the applicant columns under 申请人情况.
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANTS_HEAD = "申请人情况"
T3_ORGS_HEAD = "法人或其他组织"  # over biz … oth
T3_RESULTS_HEAD = "三、本年度办理结果"  # the vertical cell beside rows r1 … r7
T3_SUBTOTAL_LABEL = "法人或其他组织小计"  # column key "sub", printed by some variants
# 表四's head: 行政复议 | 行政诉讼 (未经复议直接起诉 | 复议后起诉), each five columns.
T4_REVIEW_HEAD = "行政复议"
T4_LAWSUIT_HEAD = "行政诉讼"
T4_LAWSUIT_GROUPS = {"ld": "未经复议直接起诉", "lr": "复议后起诉"}

_ORDINAL = re.compile(r"^（[一二三四五六七八九十]+）")
_NOTE = re.compile(r"(?<=[^（])（[^（）]*）$")  # a trailing note: 「（区分处理的，只计这一情形，不计其他情形）」


def t2_groups(template: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return T2_GROUPS["GF2019" if template == "GF2019" else "GF2021"]


def _t3_row(row: str) -> RowSpec | None:
    for spec in (T3_GF2021, T3_GF2019):
        for r in spec.rows:
            if r.key == row:
                return r
    return T3_GROUP_HEADERS.get(row)


def _t2_row(row: str, template: str | None, col: str | None = None) -> RowSpec | None:
    """The 表二 row of the report's variant; without a template, the variant that has the column."""
    specs = (T2_GF2019, T2_GF2021) if template == "GF2019" else (T2_GF2021, T2_GF2019)
    found = [r for spec in specs for r in spec.rows if r.key == row]
    if template is None and col is not None:
        found = [r for r in found if col in r.cols] or found
    return found[0] if found else None


def row_title(table: str, row: str, template: str | None = None, col: str | None = None) -> str:
    """A row as the template prints it, numbered within its group: 「（四）1.本机关不掌握相关政府信息」,
    「一、本年新收政府信息公开申请数量」, 「行政复议」, 「规章」. Trailing notes are left out."""
    if table == "t4":
        return T4_GROUP_LABELS.get(row, row)
    r = _t2_row(row, template, col) if table == "t2" else _t3_row(row) if table == "t3" else None
    if r is None:
        return row
    label = _NOTE.sub("", r.label)
    if table == "t3" and r.parent and r.parent != r.key:
        head = _ORDINAL.match(T3_GROUP_HEADERS[r.parent].label)
        label = (head.group() if head else "") + label
    return label


def row_short(table: str, row: str, template: str | None = None) -> str:
    """A row's name inside a sentence, without its number: 「本年新收」「本机关不掌握相关政府信息」
    「未经复议直接起诉」「规章」."""
    if table == "t3" and row in _T3_SHORT:
        return _T3_SHORT[row]
    if table == "t4":
        return T4_LAWSUIT_GROUPS.get(row, T4_GROUP_LABELS.get(row, row))
    if table == "t3":
        r = _t3_row(row)
        title = _NOTE.sub("", r.label) if r else row
    else:
        title = row_title(table, row, template)
    return re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", "", title).replace("“", "").replace("”", "")


_T3_SHORT = {"new": "本年新收", "carry_in": "上年结转", "r7": "（七）总计", "carry_out": "结转下年度",
             "r6_1": "逾期不补正不再处理", "r6_2": "逾期未缴费不再处理", "r6_3": "其他处理·其他"}


def col_title(table: str, col: str, row: str | None = None, template: str | None = None) -> str:
    """A column's printed head: 「总计」「自然人」「结果纠正」「本年制发件数」."""
    if table == "t3":
        return T3_SUBTOTAL_LABEL if col == "sub" else T3_COL_LABELS.get(col, col)
    if table == "t4":
        return T4_COL_LABELS.get(col, col)
    r = _t2_row(row, template, col) if row else None
    if r is not None and col in r.cols:
        return r.col_labels[r.cols.index(col)]
    for spec in (T2_GF2021, T2_GF2019):
        for r in spec.rows:
            if col in r.cols:
                return r.col_labels[r.cols.index(col)]
    return col


def cell_label(key: str, template: str | None = None) -> str:
    """The human name of a cell key: t3.r4_1.tot → 「表三·（四）1.本机关不掌握相关政府信息·总计」,
    t4.ld.fix → 「表四·行政诉讼·未经复议直接起诉·结果纠正」. A key the spec does not know is returned as is."""
    parts = key.split(".")
    if len(parts) != 3 or parts[0] not in TABLE_NAMES_SHORT:
        return key
    table, row, col = parts
    return f"{TABLE_NAMES_SHORT[table]}·{row_title(table, row, template, col)}·{col_title(table, col, row, template)}"


def place_label(where: str, template: str | None = None) -> str:
    """Where a finding is, in words: 「表三·（一）予以公开」 (a row), 「表三·自然人列」 (a column of 表三),
    「表四·行政复议」, a cell's label, or 「表二」; an unknown place is returned as is."""
    parts = where.split(".")
    table = parts[0]
    if table not in TABLE_NAMES_SHORT:
        return where
    name = TABLE_NAMES_SHORT[table]
    if len(parts) == 1:
        return name
    if len(parts) == 3:
        return cell_label(where, template)
    part = parts[1]
    if table == "t3" and part in T3_COLS:
        return f"{name}·{T3_COL_LABELS[part]}列"
    return f"{name}·{row_title(table, part, template)}"


# ---------------------------------------------------------------- identities (spec §7.1)
@dataclass(frozen=True)
class Equation:
    """lhs = rhs over cell keys; one instance of a spec identity."""

    check: str  # H1 … H5
    where: str  # e.g. "t3.np", "t3.r1", "t4.rv"
    lhs: tuple[str, ...]
    rhs: tuple[str, ...]
    label: str = field(default="", compare=False)  # Chinese description for people
    keys: frozenset[str] = field(init=False, compare=False, repr=False)  # every cell it reads

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", frozenset(self.lhs + self.rhs))


def t3_result_rows(spec: TableSpec) -> list[str]:
    """The result rows that (七)总计 sums (H3)."""
    keys = [r.key for r in spec.rows]
    start, stop = keys.index("r1"), keys.index("r7")
    return keys[start:stop]


@functools.lru_cache(maxsize=32)
def t3_equations(spec: TableSpec, subtotals: tuple[str, ...] = ()) -> tuple[Equation, ...]:
    eqs: list[Equation] = []
    results = t3_result_rows(spec)
    for c in T3_COLS:
        col = T3_COL_LABELS[c]
        eqs.append(Equation("H1", f"t3.{c}", (f"t3.new.{c}", f"t3.carry_in.{c}"),
                            (f"t3.r7.{c}", f"t3.carry_out.{c}"),
                            f"{col}列：本年新收+上年结转=办理结果总计+结转下年度"))
    for r in spec.rows:
        eqs.append(Equation("H2", f"t3.{r.key}", (f"t3.{r.key}.tot",),
                            tuple(f"t3.{r.key}.{c}" for c in T3_APPLICANTS),
                            f"「{r.label}」行：总计=各类申请人之和"))
    for c in T3_COLS:
        eqs.append(Equation("H3", f"t3.{c}", (f"t3.r7.{c}",), tuple(f"t3.{k}.{c}" for k in results),
                            f"{T3_COL_LABELS[c]}列：（七）总计=（一）至（六）各项之和"))
    if "sub" in subtotals:  # a printed 法人或其他组织「小计」 column
        for r in spec.rows:
            eqs.append(Equation("H4", f"t3.{r.key}.sub", (f"t3.{r.key}.sub",),
                                tuple(f"t3.{r.key}.{c}" for c in T3_APPLICANTS[1:]),
                                f"「{r.label}」行：法人或其他组织小计=五类组织之和"))
    for group in subtotals:
        if group == "sub":
            continue
        head = T3_GROUP_HEADERS[group]
        members = [r.key for r in spec.rows if r.parent == group]
        for c in T3_COLS:
            eqs.append(Equation("H4", f"t3.{group}.{c}", (f"t3.{group}.{c}",),
                                tuple(f"t3.{k}.{c}" for k in members),
                                f"{head.label}小计（{T3_COL_LABELS[c]}）=各子项之和"))
    return tuple(eqs)


@functools.lru_cache(maxsize=1)
def t4_equations() -> tuple[Equation, ...]:
    return tuple(
        Equation("H5", f"t4.{g}", (f"t4.{g}.tot",), tuple(f"t4.{g}.{c}" for c in T4_COLS[:4]),
                 f"{T4_GROUP_LABELS[g]}：总计=结果维持+结果纠正+其他结果+尚未审结")
        for g in T4_GROUPS
    )
