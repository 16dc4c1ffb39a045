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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fractions import Fraction

T3_APPLICANTS = ("np", "biz", "sci", "npo", "law", "oth")
T3_COLS = T3_APPLICANTS + ("tot",)
T3_COL_LABELS = {
    "np": "自然人",
    "biz": "商业企业",
    "sci": "科研机构",
    "npo": "社会公益组织",
    "law": "法律服务机构",
    "oth": "其他",
    "tot": "总计",
}
# A cell named by its column (a table printed as cards, 「自然人：73」; a composite head
# 「法人或其他组织-商业企业」): the column's printed name → its key. 合计 is printed for 总计.
T3_COL_NAMES = {label: key for key, label in T3_COL_LABELS.items()} | {"合计": "tot"}
T4_GROUPS = ("rv", "ld", "lr")
T4_GROUP_LABELS = {"rv": "行政复议", "ld": "行政诉讼·未经复议直接起诉", "lr": "行政诉讼·复议后起诉"}
T4_COLS = ("keep", "fix", "other", "pend", "tot")
T4_COL_LABELS = {"keep": "结果维持", "fix": "结果纠正", "other": "其他结果", "pend": "尚未审结", "tot": "总计"}
T4_COL_NAMES = {label: key for key, label in T4_COL_LABELS.items()} | {"合计": "tot"}
# In a sentence that speaks a row (a 公众号 article: 「…其他6件，共计21件。」) the total is also said 共计 or 总共: a
# name of the 总计 column there (named values run on in a line, extractor/cards.py), not in a grid's header.
T3_SENTENCE_NAMES = T3_COL_NAMES | {"共计": "tot", "总共": "tot"}
T4_SENTENCE_NAMES = T4_COL_NAMES | {"共计": "tot", "总共": "tot"}
# Table 四's case kinds as a row label (compact text): a card per kind, or a turned table's rows.
# (「行政复议后起诉」 is 复议后起诉, not 行政复议.)
T4_KIND_PATTERNS = {"rv": r"行政复议(?!后)", "ld": r"[未末]经复议直接起诉", "lr": r"复议后起诉"}
# The same as one table cell — the kind column of table 四 printed with the kinds as rows — where real
# reports abbreviate: 「复议」, 「诉讼（未经复议）」「行政诉讼（直接起诉）」, 「诉讼（复议后）」. A cell holds one
# label, so the short forms are safe here; in running text they are not (「经复议后…」 is no card).
T4_KIND_CELL_PATTERNS = {
    "rv": r"行政复议(?!后)|^(?:行政)?复议(?:案件)?$",
    "ld": r"直接(?:提起)?(?:行政)?(?:起诉|诉讼)|[未末](?:经过?)?(?:行政)?复议",
    "lr": r"复议(?:之|以)?后",
}
# Table 四's column names as a header cell prints them, short forms included (「维持」「纠正」「其他」「未结」「合计」).
T4_HEAD_NAMES = T4_COL_NAMES | {
    "维持": "keep",
    "纠正": "fix",
    "其他": "other",
    "未结": "pend",
    "未审结": "pend",
    "审理中": "pend",
    "小计": "tot",
}


def _n(num: int | str) -> str:
    """Optional list number in front of a label: 「1.」「1、」「1」."""
    return rf"(?:{num}[.、]?)?"


def _g(numeral: str) -> str:
    """A table-三 result group's number: 「（一）」 as the template prints it, or the Arabic 「1.」 some
    publishers renumber the groups with (their sub-items then 「（1）」)."""
    return rf"(?:\({numeral}\)|{'一二三四五六七'.index(numeral) + 1}[.、])"


def _gw(numeral: str, words: str) -> str:
    """A table-三 result group's label: its number (`_g`) and words, or — where table 三 is written as
    numbered paragraphs, one per row block (「2.予以公开。自然人10件，…」「4.不予公开。属于国家秘密的，…」)
    — any paragraph number opening the line, the group's words, and the full stop or colon that ends
    the paragraph's heading (the paragraphs count on from 「1.申请数量。」: the number is not the group's)."""
    return rf"(?:{_g(numeral)}{words}|(?<![^\x1d-\x1f])\d{{1,2}}[.、]{words}(?=[。:]))"


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
    _t3("r1", "（一）予以公开", _gw("一", r"予以公开")),
    _t3(
        "r2",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        _gw("二", r"部分公开(?:\([^)\d\x1d-\x1f]{0,30}\)?)?"),
    ),
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
    _t3(
        "r6_1",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        _n(1) + r"申请人无正当理由逾期不补正[,、]?行政机关不再处理其(?:政府信息公开)?申请",
        "r6",
    ),
    _t3(
        "r6_2",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        _n(2) + r"申请人逾期未按收费通知要求缴纳费用[,、]?行政机关不再处理其(?:政府信息公开)?申请",
        "r6",
    ),
    # 「3.其他」; its number left out where the words still say it is 其他处理's 其他: right after the group's
    # label (「（六）其他处理 其他 自然人 0 件…」) or in a bracket after it (a sentence's 「（六）其他处理（其他）：…」), or
    # opening a row of named values (「其他：自然人0；…」)
    _t3(
        "r6_3",
        "3.其他",
        r"(?:3[.、]|\(3\))其他|(?<=其他处理)其他|(?<=其他处理\()其他(?=\))|(?<![^\x1d-\x1f;])其他的?(?=[:,]?自然人)",
        "r6",
    ),
]
_T3_R6_SINGLE = [_t3("r6", "（六）其他处理", _gw("六", r"其他处理"))]
_T3_TAIL = [
    _t3("r7", "（七）总计", _gw("七", r"(?:总计|合计)")),
    _t3("carry_out", "四、结转下年度继续办理", r"(?:四[、.])?结转下年度(?:继续办理)?"),
]
# Group headers. The official template prints them without numbers; some variants print subtotals
# on them (checked by H4). 「（六）其他处理」 is a header in GF2021 and the data row r6 in GF2019.
T3_GROUP_HEADERS = {
    "r3": _t3("r3", "（三）不予公开", _gw("三", r"不予公开"), required=False),
    "r4": _t3("r4", "（四）无法提供", _gw("四", r"无法提供"), required=False),
    "r5": _t3("r5", "（五）不予处理", _gw("五", r"不予处理"), required=False),
    "r6": _T3_R6_SINGLE[0],
}

T3_GF2021 = TableSpec("t3", "收到和处理政府信息公开申请情况", tuple(_T3_HEAD + _T3_R6_SPLIT + _T3_TAIL))
T3_GF2019 = TableSpec("t3", "收到和处理政府信息公开申请情况", tuple(_T3_HEAD + _T3_R6_SINGLE + _T3_TAIL))
# Every label a table 三 row may print under either template, group headers included: key → pattern
# (what a reader looks for before it knows the template or whether the table is printed turned).
T3_LABEL_PATTERNS: dict[str, str] = {}
for _row in (*T3_GF2021.rows, *T3_GF2019.rows, *T3_GROUP_HEADERS.values()):
    T3_LABEL_PATTERNS.setdefault(_row.key, _row.pattern)

# ---------------------------------------------------------------- table 四
T4 = TableSpec(
    "t4",
    "政府信息公开行政复议、行政诉讼情况",
    tuple(RowSpec(g, T4_GROUP_LABELS[g], "", T4_COLS, tuple(T4_COL_LABELS[c] for c in T4_COLS)) for g in T4_GROUPS),
)

# ---------------------------------------------------------------- table 二
_CNT3 = ("count", "count", "count")
T2_GF2021 = TableSpec(
    "t2",
    "主动公开政府信息情况",
    (
        RowSpec(
            "reg",
            "规章",
            r"规章",
            ("made", "repealed", "valid"),
            ("本年制发件数", "本年废止件数", "现行有效件数"),
            _CNT3,
        ),
        RowSpec(
            "norm",
            "行政规范性文件",
            r"(?:行政)?规范性文件",
            ("made", "repealed", "valid"),
            ("本年制发件数", "本年废止件数", "现行有效件数"),
            _CNT3,
        ),
        RowSpec("license", "行政许可", r"行政许可", ("decisions",), ("本年处理决定数量",), ("count",)),
        RowSpec("penalty", "行政处罚", r"行政处罚", ("decisions",), ("本年处理决定数量",), ("count",)),
        RowSpec("coercion", "行政强制", r"行政强制", ("decisions",), ("本年处理决定数量",), ("count",)),
        RowSpec(
            "fee", "行政事业性收费", r"行政事业性收费", ("amount_wan",), ("本年收费金额（单位：万元）",), ("money",)
        ),
    ),
)
# What a table-二 header cell says of the column under it (words any wording of the two templates
# keeps): a header printed in another order, or with a 备注 column, is read by these, not by position.
T2_HEADER_WORDS = {
    "made": "制发|制定|印发|出台",
    "repealed": "废止|废除",
    "valid": "有效",
    "new_made": "新制作",
    "new_public": "新公开",
    "total_public": "总数",
    "prev_items": "上一?年",
    "delta": "增",
    "decisions": "决定",
    "items": "项目",
    "amount": "金额",
    "amount_wan": "金额",
}
_GF19_ITEMS = ("prev_items", "delta", "decisions")
_GF19_ITEM_LABELS = ("上一年项目数量", "本年增/减", "处理决定数量")
_GF19_ITEM_KINDS = ("count", "signed", "count")
T2_GF2019 = TableSpec(
    "t2",
    "主动公开政府信息情况",
    (
        RowSpec(
            "reg",
            "规章",
            r"规章",
            ("new_made", "new_public", "total_public"),
            ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
            _CNT3,
        ),
        RowSpec(
            "norm",
            "规范性文件",
            r"(?:行政)?规范性文件",
            ("new_made", "new_public", "total_public"),
            ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
            _CNT3,
        ),
        RowSpec("license", "行政许可", r"行政许可", _GF19_ITEMS, _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec(
            "other_service",
            "其他对外管理服务事项",
            r"其他对外管理服务事项",
            _GF19_ITEMS,
            _GF19_ITEM_LABELS,
            _GF19_ITEM_KINDS,
        ),
        RowSpec("penalty", "行政处罚", r"行政处罚", _GF19_ITEMS, _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec("coercion", "行政强制", r"行政强制", _GF19_ITEMS, _GF19_ITEM_LABELS, _GF19_ITEM_KINDS),
        RowSpec(
            "fee",
            "行政事业性收费",
            r"行政事业性收费",
            ("prev_items", "delta"),
            ("上一年项目数量", "本年增/减"),
            ("count", "signed"),
        ),
        RowSpec(
            "procurement",
            "政府集中采购",
            r"政府集中采购",
            ("items", "amount"),
            ("采购项目数量", "采购总金额"),
            ("count", "money"),
        ),
    ),
)

# ---------------------------------------------------------------- template markers (spec §8)
GF2019_MARKERS = (
    r"本年新制作数量",
    r"本年新公开数量",
    r"对外公开总数量",
    r"上一年项目数量",
    r"本年增/减",
    r"其他对外管理服务事项",
    r"第二十条第\(九\)项",
    r"政府集中采购",
    r"采购项目数量",
)
GF2021_MARKERS = (
    r"本年制发件数",
    r"本年废止件数",
    r"现行有效件数",
    r"本年收费金额",
    r"本年处理决定数量",
    r"行政规范性文件",
)
TEMPLATE_TABLE_MARKERS = (
    r"第二十条第\(一\)项",
    r"本列数据的勾稽关系",
    r"本年新收(?:政府信息公开)?申请",
    r"结转下年度继续办理",
    r"未经复议直接起诉",
)
LEGACY_MARKERS = (
    r"政府信息公开情况统计表",
    r"收到申请数",
    r"申请办结数",
    r"依申请收费及减免",
    r"政府信息公开(?:的)?(?:行政)?复议[、和及]?(?:行政)?诉讼(?:情况)?",
    r"统计指标",
    r"举报投诉数量",
    r"机构建设和保障经费",
)


def t2_spec(template: str) -> TableSpec:
    return T2_GF2019 if template == "GF2019" else T2_GF2021


def t3_spec(single_r6: bool) -> TableSpec:
    return T3_GF2019 if single_r6 else T3_GF2021


# ---------------------------------------------------------------- how the tables are printed, and names for people
# The printed layout beyond the rows (group heads, header cells) and the human name of every cell:
# renderings (api/render.py), test fixtures (tests/reportgen.py) and explanations read them here.
TABLE_NAMES_SHORT = {"t2": "表二", "t3": "表三", "t4": "表四"}
TABLE_HEADINGS = {
    "t2": "二、主动公开政府信息情况",
    "t3": "三、收到和处理政府信息公开申请情况",
    "t4": "四、政府信息公开行政复议、行政诉讼情况",
}
# 表二 prints its rows under the articles of the regulation they disclose (第二十条第（x）项).
T2_GROUPS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "GF2021": (
        ("第二十条第（一）项", ("reg", "norm")),
        ("第二十条第（五）项", ("license",)),
        ("第二十条第（六）项", ("penalty", "coercion")),
        ("第二十条第（八）项", ("fee",)),
    ),
    "GF2019": (
        ("第二十条第（一）项", ("reg", "norm")),
        ("第二十条第（五）项", ("license", "other_service")),
        ("第二十条第（六）项", ("penalty", "coercion")),
        ("第二十条第（八）项", ("fee",)),
        ("第二十条第（九）项", ("procurement",)),
    ),
}
T2_CONTENT_HEAD = "信息内容"
# 表三's head: the note over the row labels, the applicant columns under 申请人情况.
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANTS_HEAD = "申请人情况"
T3_ORGS_HEAD = "法人或其他组织"  # over biz … oth
T3_RESULTS_HEAD = "三、本年度办理结果"  # the vertical cell beside rows r1 … r7
T3_SUBTOTAL_LABEL = "法人或其他组织小计"  # column key "sub", printed by some variants
# A column some publishers add after 总计 for comparison: last year's figures, no cell of this year's table.
T3_PRIOR_HEAD = r"上一?年度?(?:同期)?(?:总计|合计|总数|数量?)"
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
    return (
        re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", "", title)
        .replace("“", "")
        .replace("”", "")
    )


_T3_SHORT = {
    "new": "本年新收",
    "carry_in": "上年结转",
    "r7": "（七）总计",
    "carry_out": "结转下年度",
    "r6_1": "逾期不补正不再处理",
    "r6_2": "逾期未缴费不再处理",
    "r6_3": "其他处理·其他",
}


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

    def holds(self, values: Mapping[str, int | float | None]) -> bool:
        """Whether the sides are equal, a blank or missing cell counted as 0."""
        lhs = sum(values.get(k) or 0 for k in self.lhs)
        return abs(lhs - sum(values.get(k) or 0 for k in self.rhs)) < EQUATION_TOLERANCE


# Money cells carry two decimals: float sums of them are off by far less than this, and any two
# different printed values differ by far more. The one tolerance of every identity.
EQUATION_TOLERANCE = 1e-6


def balanced(lhs: float | Fraction, rhs: float | Fraction) -> bool:
    """Whether the two sides of an identity are equal."""
    return abs(lhs - rhs) < EQUATION_TOLERANCE


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
        eqs.append(
            Equation(
                "H1",
                f"t3.{c}",
                (f"t3.new.{c}", f"t3.carry_in.{c}"),
                (f"t3.r7.{c}", f"t3.carry_out.{c}"),
                f"{col}列：本年新收+上年结转=办理结果总计+结转下年度",
            )
        )
    for r in spec.rows:
        eqs.append(
            Equation(
                "H2",
                f"t3.{r.key}",
                (f"t3.{r.key}.tot",),
                tuple(f"t3.{r.key}.{c}" for c in T3_APPLICANTS),
                f"「{r.label}」行：总计=各类申请人之和",
            )
        )
    for c in T3_COLS:
        eqs.append(
            Equation(
                "H3",
                f"t3.{c}",
                (f"t3.r7.{c}",),
                tuple(f"t3.{k}.{c}" for k in results),
                f"{T3_COL_LABELS[c]}列：（七）总计=（一）至（六）各项之和",
            )
        )
    if "sub" in subtotals:  # a printed 法人或其他组织「小计」 column
        for r in spec.rows:
            eqs.append(
                Equation(
                    "H4",
                    f"t3.{r.key}.sub",
                    (f"t3.{r.key}.sub",),
                    tuple(f"t3.{r.key}.{c}" for c in T3_APPLICANTS[1:]),
                    f"「{r.label}」行：法人或其他组织小计=五类组织之和",
                )
            )
    for group in subtotals:
        if group == "sub":
            continue
        head = T3_GROUP_HEADERS[group]
        members = [r.key for r in spec.rows if r.parent == group]
        for c in T3_COLS:
            eqs.append(
                Equation(
                    "H4",
                    f"t3.{group}.{c}",
                    (f"t3.{group}.{c}",),
                    tuple(f"t3.{k}.{c}" for k in members),
                    f"{head.label}小计（{T3_COL_LABELS[c]}）=各子项之和",
                )
            )
    return tuple(eqs)


@functools.lru_cache(maxsize=1)
def t4_equations() -> tuple[Equation, ...]:
    return tuple(
        Equation(
            "H5",
            f"t4.{g}",
            (f"t4.{g}.tot",),
            tuple(f"t4.{g}.{c}" for c in T4_COLS[:4]),
            f"{T4_GROUP_LABELS[g]}：总计=结果维持+结果纠正+其他结果+尚未审结",
        )
        for g in T4_GROUPS
    )


# ---------------------------------------------------------------- variants and derived rows
def t3_spec_of(keys) -> TableSpec:
    """The variant of a report's table 三, read from the keys of its cells: GF2019 prints
    「（六）其他处理」 as one data row (r6), GF2021 splits it into r6_1…r6_3. A report whose table has
    neither (or no table) gets GF2021, the current template."""
    return T3_GF2019 if "t3.r6.tot" in keys or "t3.r6.np" in keys else T3_GF2021


def group_members(spec: TableSpec, group: str) -> tuple[str, ...]:
    """The data rows a table-三 result group sums (「（四）无法提供」 = r4_1 + r4_2 + r4_3); a group
    that is itself a data row in this variant (GF2019's r6) is its own only member."""
    members = tuple(r.key for r in spec.rows if r.parent == group)
    return members or ((group,) if any(r.key == group for r in spec.rows) else ())


# Rows no template prints but every reader asks for: the result groups of table 三 and the two
# lawsuit rows of table 四 together. Named as rows (key, label), never as check ids.
T3_GROUPS = ("r3", "r4", "r5", "r6")
T4_LAWSUITS = "lit"
DERIVED_ROWS: dict[str, dict[str, str]] = {
    "t3": {g: T3_GROUP_HEADERS[g].label for g in T3_GROUPS},
    "t4": {T4_LAWSUITS: "行政诉讼（未经复议直接起诉+复议后起诉）"},
}


def derived_members(table: str, row: str, keys=()) -> tuple[str, ...]:
    """Data rows a derived row sums, for the variant the given cell keys show."""
    if table == "t4" and row == T4_LAWSUITS:
        return ("ld", "lr")
    if table == "t3" and row in T3_GROUPS:
        return group_members(t3_spec_of(keys), row)
    return (row,)


# ---------------------------------------------------------------- the words people use
# Question vocabulary: for every row, derived row and column the regexes (over folded question
# text: half-width brackets, '"' quotes) that name it, and the label an answer uses. The rules
# router and the LLM router's validation both read these; nothing else spells them.
@dataclass(frozen=True)
class Term:
    table: str  # "t2" | "t3" | "t4"
    key: str  # row key, derived-row key or column key
    label: str  # how an answer names it
    words: tuple[str, ...]  # regexes that name it in a question
    broad: bool = False  # a general word (收到, 办结): a more specific row named anywhere wins
    generic: bool = False  # no row word at all (「多少件申请」): any row named wins


def _row_label(key: str) -> str:
    for spec in (T3_GF2021, T3_GF2019):
        for r in spec.rows:
            if r.key == key:
                return r.label
    return DERIVED_ROWS["t3"].get(key, key)


# the words that join two items named side by side (「公开和部分公开」「公开加部分公开」「公开+部分公开」)
_JOINED = r"(?:[、和及与或跟+＋]|加上?)"
_T3_ROW_WORDS: dict[str, tuple[str, ...]] = {
    "new": (
        r"新收",
        r"新提(?:出|交)?的?(?:政府信息公开|信息公开)?申请",  # 「老百姓个人（自然人）新提的申请」: those received
        # 「个人提的新申请」「一年里的新申请」: an application new that year is one received (never 申请人)
        r"(?<![重更创])新(?:的)?(?:政府信息公开|信息公开)?申请(?!人)",
        r"收到",
        r"受理",
        r"接收",
        # 「一年接了多少个公开申请」「接到几份申请」: the applications taken in, said as a counter's verb
        # (「接到过几份」「来了多少件申请」: the verb with its aspect words, any order — zleft)
        r"(?:(?<![直承对迎])接|(?<![后原本将未从带起出过下上进回])来)(?:了|到|过){0,2}"
        r"(?=(?:多少|几)[个件份]?(?:的)?(?:政府)?(?:信息)?(?:公开)?(?:申请|单子))",
        r"(?<![直承对迎])接到的?(?:政府)?(?:信息)?(?:公开)?申请",  # 「接到信息公开申请比上年多了多少」
        r"(?:提出|提交|递交)",
        r"(?<![接])收(?:的|了)(?:政府)?(?:信息公开)?申请",  # 「19年收的申请」「哪家收的信息公开申请最多」
        # 「收了多少、办结总计多少」: the applications received, asked bare (not 「收费收了多少钱」)
        # (「一共收了几件依申请公开」: the applications named after the count)
        r"(?<![接费])收了(?=(?:多少|几)件?(?:的)?(?:申请|依申请|政府信息公开申请|信息公开申请|[、，,？?。]|$))",
        # 「收了多少个依申请」「接到几个依申请」: the applications named as 依申请 after a counter with 个
        r"(?:(?<![费直承对迎])(?:收|接)|(?<![后原本将未从带起出过下上进回])来)(?:到|了|过){0,2}"
        r"(?=(?:多少|几)[个件份]?(?:的)?依申请)",
        r"申请(?:数量|数|量|总量|总数|件数)",
        r"依申请(?:公开)?(?:的)?(?:数量|件数|总数|总量|数|量)",  # 「依申请公开数量」 names the applications received
        # 「依申请公开几件」「依申请是零」「依申请公开各有多少件」「…分别多少件」: the applications, said bare before the count
        # or its value (not 「依申请公开收费了吗」)
        r"依申请(?:公开)?(?=(?:的|申请)?(?:各|分别)?(?:[是为有共最比]|收(?:到|了)|一共|总共|几|多少|[零0]|加起来|合计|相加))",
        r"(?<=零)申请",  # 「零申请」: no application received
        # 「被申请公开信息的」「被群众申请信息公开的」: the body asked for its information — the applications received
        r"被(?:人|群众|老百姓|公众|别人|他人|企业|单位)?申请(?:公开)?(?:政府)?信息(?:公开)?",
        r"被(?:人|群众|老百姓|公众|别人|他人|企业|单位)?申请公开(?!率)",
        r"(?:有没有|有无|是否有)人(?:来)?申请",  # 「那年有没有人申请政府信息公开？几件？」
        # 「哪几年一个申请都没有」「没有申请的年份」: none received
        r"(?<=一[个件份])申请(?=[都也])|(?:(?<=没有)|(?<=[没无]))(?:任何)?申请(?=[都也的？?，,。]|$)",
    ),
    "carry_in": (
        r"上年(?:度)?结转",
        r"上一?年(?:度)?转入",
        r"结转自上",
        r"(?:上一?年|去年|往年)(?:度)?(?:结转|转|带|留)(?:过来|来|下来)",  # 「上一年转过来没办完的」
        # 「从前一年拖过来的」「去年压下来的」「上年遗留下来的」: what the year before left over, dragged into this one
        r"(?:上个?一?年|前一年|去年|往年)(?:度)?(?:的|里|没办完的)?(?:拖|压|积压|挪|顺延|遗留|滚)(?:过来|来|下来|到今年)",
        # 「上个年度结转几件」「从前一年结转」「去年度结转的」: the year before, said otherwise, then 结转
        r"(?:上个?一?年|前一年|去年|往年)(?:度)?(?:的)?结转",
        # 「从上一年剩下来接着办的」「去年剩下的申请」: what the year before left, carried into this one
        r"(?:上个?一?年|前一年|去年|往年)(?:度)?(?:的)?(?:还)?剩(?:下|余)?(?:来|的|了)?",
        r"年初(?:的)?(?:结转|转入|(?:转|带)(?:过来|来|入))",  # 「年初结转过来的」: what the year opened with
    ),
    "r1": (
        r"予以公开",
        r"同意公开",
        r"全部公开",
        r"准予公开",
        r"完全公开",
        r"全都(?:给|予以?)?公开",  # 「全都公开了的有几个」: granted in full
        # 「全部给公开的申请」「全给公开了的」「要的信息都给公开了的」: granted in full, said with the verb 给
        r"全(?:部|都)?都?(?:给|予以?)了?(?:申请人|人家|他们)?公开",
        r"(?<![没不未])都给(?:予)?了?(?:申请人|人家|他们)?公开",
        # 「要什么就给什么」「要啥给啥」「全给了的」「一样不少都给了」: granted in full, said without 公开
        r"要(?:什么|啥|哪些)(?:就|便)?给(?:什么|啥|哪些)",
        r"(?<![没不未])全(?:部|都)?给(?:了|齐了?)",
        r"(?:一样|一点|一项)(?:都)?(?:不少|没少)",
        # 「公开、部分公开各多少」「全部或部分公开的」: 公开 said bare beside 部分公开 is 予以公开
        # (joined by any word that joins items: 「公开加部分公开」「公开+部分公开」)
        rf"(?<![依动予分不开])公开(?=\s*{_JOINED}\s*部分公开)",
        rf"全部(?=\s*{_JOINED}\s*部分公开)",
        # 「公开了几件」「给公开的有几件」: 公开 said bare of applications counted in 件 is 予以公开 (never 主动公开's
        # 条, nor 依申请公开 / 申请公开, the applications received)
        # (right after the body, its year or 给: 「复文公开了几件」「文件清理后公开了多少件」 count what is named before it)
        # (「一共公开了几件」 of a body or year; 「…复文一共公开了多少件」 counts the 复文)
        r"(?<!部分给)(?:^|(?<=[年度给局厅委府，,：:\s])|(?<=[年度局厅委府][共都已])|(?<=[年度局厅委府](?:一共|总共)))"
        r"公开(?:了|的)?(?=(?:有|是|共|一共)?(?:几|多少)[件个](?:[？?。！!，,]|$))",
    ),
    # 「只公开了一部分的申请」「只给了一部分的」「只给了部分信息的」「给了一部分、没全给的」: granted in part
    "r2": (
        r"部分公开",
        # 「部分给公开的」「部分给予公开了的」: granted in part, said with the verb 给 (never 予以公开)
        r"部分(?:地)?(?:给予?|予以?)了?(?:申请人|人家|他们)?公开",
        r"区分处理",
        r"(?:只|仅)?公开了?一部分",
        r"(?:只|仅)(?:给|提供)了?(?:申请人|人家|他们)?(?:一)?部分",
        r"(?<![没不未])给了?(?:申请人|人家|他们)?一部分",
        # 「部分给」「部分给、部分不给的」「给一半留一半的」: granted in part, said without 公开
        r"部分(?:地)?给(?:了|予)?(?!公开)(?=的|[、，,？?。\s]|$|部分|申请人|人家|他们)",
        r"(?:只)?给了?一半",
    ),
    # 「拒绝公开了几件」「拒绝了几件申请」「没给公开的」: a refusal said plainly is the 不予公开 group
    "r3": (
        r"不予公开",
        r"不公开",
        r"拒绝(?:了|予以)?公开",
        # 「有没有拒绝给人公开的」「拒绝向申请人公开」: the refusal said with whom it was refused to
        r"拒绝(?:了|过)?(?:给|向|对)?(?:人|他人|别人|人家|申请人|群众|老百姓|当事人)?(?:家)?公开",
        r"拒绝了?(?=(?:的|了)?(?:政府)?(?:信息)?(?:公开)?(?:申请)?(?:几|多少|有|是|共|一共|总共))",
        # 「拒绝的」「被拒的」 said alone (a follow-up that drops the subject: 「拒绝的呢」)
        r"被?拒绝?了?(?=的?$)",
        r"(?:没|没有|未|不)(?:给|予)(?:予)?公开",
        # 「申请被拒的比例」「遭拒的申请」: an application turned down is refused disclosure (not 驳回, a 复议's)
        r"(?:被|遭到?|遭受)拒(?:绝)?(?![绝收])",
    ),
    "r3_1": (r"国家秘密", r"涉密"),
    "r3_2": (r"法律(?:、|,)?行政法规禁止", r"法规禁止公开", r"禁止公开"),
    "r3_3": (r"三安全一稳定", r"危及.{0,6}安全"),
    # 「涉及第三方不公开的」「第三方那一栏」: the office's shorthand for 保护第三方合法权益 (not a third-party review)
    "r3_4": (
        r"第三方(?:合法)?权益",
        # 「涉及他人权益」「怕损害别人利益」: the third party said as another person
        r"(?:他人|别人|其他人|第三人|旁人|人家)的?(?:合法)?(?:权益|利益|权利|隐私)",
        r"商业秘密",
        r"隐私",
        r"第三方(?!评估|机构|平台|测评|评价|检测)",
    ),
    # 「不予公开里三类的」「四类那一项」: the office's shorthand for 属于三类内部事务信息 / 属于四类过程性信息
    # (never a count of kinds: 「这三类」「分四类」「前三类」「许可、处罚和强制三类决定」)
    "r3_5": (r"内部事务", r"(?<![这那哪前后几第两各分为成上下共])三类(?![型别]|决定|行政|事项)"),
    "r3_6": (
        r"过程性",
        # 「内部讨论稿」「征求意见稿」「还在研究讨论中的」: information still in the making
        r"讨论稿",
        r"征求意见稿",
        r"(?:还|尚|仍)?在(?:讨论|研究|研讨|审议|论证)(?:研究|讨论)?(?:中|阶段|过程)",
        r"(?:内部)?(?:讨论|研究|审议)(?:过程中|中)的",
        r"(?<![这那哪前后几第两各分为成上下共])四类(?![型别]|决定|行政|事项)",
    ),
    "r3_7": (r"执法案卷",),
    "r3_8": (r"行政查询", r"查询事项"),
    # 「因为没有信息没法提供」: the group, not an item
    # (「说信息不存在给不了的」: could not be given is the whole 无法提供 row, whatever reason is said before it)
    "r4": (
        r"无法提供",
        r"(?:没法|没办法|无从|不能)提供",
        r"提供不了",
        r"(?:给|提供)不(?:了|出来?)",
        r"(?:没法|没办法|无从|无法)给(?:出)?",
    ),
    "r4_1": (
        r"不掌握",
        r"信息不存在",
        r"不存在",
        r"不归[^，,。？?的]{0,4}(?:掌握|管)",
        # 「手里根本没这份东西」「他们那里没有这个信息」「我们这儿压根没有这材料」: the body holds none of what was asked
        # (the body's own place or hands before it — never 「报告里没有」)
        r"(?:手[里上头中]|那里|那边|那儿|这里|这边|这儿|我们|他们|机关|单位)(?:也)?(?:根本|压根(?:儿)?|确实|实在|本来|并|都|就)*"
        r"(?:没有?|无)(?:这份|这个|这些|这类|这种|这|该|此|相关|对应|所要的?|要的)?(?:东西|信息|材料|资料|文件|档案|记录)(?!公开|化|系统|平台|年报)",
        r"(?:根本|压根(?:儿)?)(?:就)?(?:没有?|无)(?:这份|这个|这些|这|该|此|相关)?(?:东西|信息|材料|资料|文件|档案|记录)(?!公开|化|系统|平台|年报)",
        r"(?:查无此|并无此|没有此)(?:信息|件|文件)?",
        # 「回复说没有这个信息的」「答复称并无该文件的」: the reply that the body has none (「这个」 named, never
        # 「报告里没有信息」)
        r"(?<![里中内])(?:回复|答复|回答|回应|告知|说|称|表示)(?:说|称)?(?:我们|他们|本机关|机关|单位)?(?:这里|那里|这边|那边)?"
        r"(?:根本|压根(?:儿)?|确实|实在|并|都|就)*(?:没有?|无)(?:这个|这份|这些|这类|该|此|相关|对应|所要的?|要的)"
        r"(?:东西|信息|材料|资料|文件|档案|记录)(?!公开|化|系统|平台|年报)",
    ),
    "r4_2": (r"另行制作", r"没有现成", r"需要?(?:加工|制作)", r"(?:另外|重新|额外|专门)(?:制作|加工|生成|做)"),
    "r4_3": (r"补正后", r"(?:申请)?内容(?:仍)?不明确", r"补正.{0,8}(?:不明确|不清|不明)"),
    # 「干脆不处理的」「直接不作处理的」: the 不予处理 group said plainly (never 不再处理, 逾期's rows, nor 还没处理完)
    "r5": (r"不予处理", r"(?<![还尚没未])不(?:做|作|给|去)?处理(?![完好结])"),
    "r5_1": (r"信访", r"举报", r"投诉"),
    # 「重复提出的申请」「重复来申请的」「又重复来提的」: a 不予处理 item, not the ones received
    "r5_2": (
        r"重复申请",
        r"重复(?:地|着)?再?(?:来|去)?(?:提出|提交|递交|申请|提(?!到|及|醒|起|示))",
        # 「一个事申请好几遍」「同一件事反复来申请」「同样的内容又来申请的」: one matter asked again
        r"(?:一|同一|同)(?:个|件|桩)?(?:事|事情|事项|内容|问题|信息)[^，,。？?]{0,4}(?:反复|重复|多次|好几[遍次回]|几[遍次回]|一再|再三|又|两[遍次回])",
        r"申请(?:了)?(?:好几|多|两|几)[遍回](?!的?[^，,。？?]{0,3}(?:都|也)?(?:给|公开))",
        r"(?:同样|一样|相同)的(?:内容|事|事情|事项|问题|申请)[^，,。？?]{0,3}(?:又|再|反复|重复)",
    ),
    "r5_3": (r"(?:公开)?出版物",),
    "r5_4": (r"大量反复", r"反复申请", r"无正当理由大量"),
    "r5_5": (r"确认或重新出具", r"重新出具", r"要求.{0,4}确认"),
    # 「以其他方式处理的」「用别的办法处理了的」: the group 其他处理, said plainly
    "r6": (r"其他处理", r"(?:其他|别的)(?:方式|途径|办法|方法)(?:进行)?(?:处理|办理)"),
    # 「过了期限不补正」「逾期没补材料」: the applicant let the correction period pass
    "r6_1": (
        r"逾期不补正",
        r"不补正",
        r"(?:逾期|过期|超期|期限)[^，,？?]{0,6}(?:不|未|没有?)补",
        # (the printed label's own words: 「申请人逾期…，行政机关不再处理」 — not 逾期未缴费, r6_2's)
        r"逾期(?![^，,？?]{0,8}(?:缴|费))[^，,？?]{0,8}不再处理",
    ),
    "r6_2": (
        r"缴纳费用",
        r"收费通知",
        r"未(?:按.{0,6})?缴(?:纳|费)",
        r"逾期未缴",
        r"(?:没|未|不)(?:交|缴)(?:纳)?(?:信息处理)?费",  # 「没交信息处理费被终止处理的」
    ),
    # 「因其他情形其他处理的」: the row 3.其他 of （六）其他处理, not the group
    "r6_3": (r"其他处理.{0,6}其他", r"其他(?:情形|原因|情况|理由)[^，,。？?]{0,3}其他处理"),
    "r7": (
        r"办理结果(?:的)?(?:总计|合计|总数)",
        # 「办理结果一共多少件」「办理结果 total」: the results counted whole are the total (七)
        r"办理结果(?:的)?\s*(?:一共|总共|共计|加起来|合起来|加在一起|total|(?:一共|总共|共)?(?:有|是)?(?:多少|几)(?![种类样方]))",
        r"(?:总计|合计)(?:办理|办结)",
        r"办结",
        r"办理完(?:毕|成)?",
        # 「当年办完的」「全年处理完的」「办好了的」: the applications finished, whatever the result
        r"(?<![没未有])办(?:完|好)了?的",
        r"办理的申请(?!人)",  # 「哪一年办理的申请最多」: the applications handled, 办理结果总计
        r"办理(?:的)?总(?:计|数)",  # 「新收申请数是办理总计的多少倍」
        r"答复(?:了)?(?:多少|几)",
        # 「答复完的单子总数」「回复完毕的申请」: the applications answered, whatever the result
        r"(?:答复|回复|处理)(?:完|完毕|完成)(?:了)?",
        # 「X23年总计多少」: 总计 said bare of a body, no row named — the template's one row titled 总计, （七）
        r"(?:^|(?<=年)|(?<=年度)|(?<=[：:，,\s]))(?:总计|合计)(?=(?:是|有|为)?(?:多少|几))",
        r"答复(?:的)?总?(?:数|数量|总数|件数)",  # 「答复的总件数」
        # 「占全部答复的比例」「所有答复里」: every answer given, whatever its result
        r"(?:全部|所有|总的?)(?:的)?答复(?!率)",
        r"答复(?:了|过|掉|完)?的(?:政府信息公开)?申请(?:的)?(?:总数|总计|合计|数量|件数|数)",  # 「答复的申请总数」
        # 「答复掉的申请」「处理掉了的」「办掉的」: applications disposed of, whatever the result
        # (「没处理掉多少件」「未答复掉的」: what was NOT disposed of — asked back as 不予处理 or 结转, never the total)
        r"(?<!不予)(?<!其他)(?<![没未])(?<!没有)(?<!还没)(?:答复|回复|处理|办理?)掉(?:了)?",
        r"(?<!不予)(?<!其他)(?:处理|办理|答复)(?:了)?(?:多少|几)件",  # (「不予处理了几件」 is r5, 「其他处理多少件」 r6)
        r"\(七\)",
        r"七\)总计",
    ),
    "carry_out": (
        r"结转(?:到|至)?下(?:一)?年(?:度)?",
        # 「结转几件」: 结转 said bare, no year before it, is what the year carries on (上年结转 names its year)
        # (a year before it in any form — 上个年度, 前一年, 去年度, 从上年 — names 上年结转, carry_in's)
        r"(?<![上去往]年)(?<![上去往]年度)(?<!一年)(?<!一年度)(?<!个年)(?<!个年度)(?<![上去往]年的)(?<!一年的)(?<![上去往]年度的)(?<!一年度的)(?<!个年度的)"
        r"结转(?![自过来])(?=(?:了|的)?(?:申请)?(?:有|是|共)?(?:几|多少))",
        r"转(?:到|入|至)?下(?:一)?年(?:度)?",
        # 「还有多少件要结转」「几件待结转」: what is still to be carried on (上年结转 is said with its year)
        r"(?:要|需要|还要|得|待|将|会)结转(?![自过来])",
        r"(?:多少|几)件(?:申请)?结转(?![自过来])",
        r"继续办理",
        r"(?:留|拖|转|放|压|挪|推|延|顺延|甩|带|移)(?:到|至|给|入|进)?(?:明年|下一?年|第二年|次年|来年|新的一年)",  # 「留到明年办的」: carried on to the next year
        r"尚未办(?:结|完)",
        r"(?:没|没有|未)办(?:完|结)",
        r"年底.{0,4}未办结",
        r"(?:年底|年末)(?:的)?(?:结转|转出|(?:还)?剩下?)",  # 「年底结转的申请」: what the year closed with
    ),
}
_T3_BROAD = {"new", "r7"}
# 「有多少件申请」「申请有几件」 name no row: the applications received, unless a row is named
_T3_GENERIC = (
    "new",
    (
        r"(?:多少|几)[件个份]?(?:政府)?(?:信息)?(?:公开)?(?:的)?申请",
        # (「个人提的申请（不算单位）有多少」: a note in brackets before the asking)
        r"申请(?:\([^()]{1,12}\))?(?:了|一共|总共|共计|合计|共|有|是)*(?:多少|几)件?",
        r"(?:多少|几)[个家件位名]?.{0,8}(?:来|提出|提交)申请",
        # 「今年的申请是去年的几倍」「2022年的申请比2021年多几件」: a year's applications
        r"(?:今年|去年|本年|上一?年|前年|\d{4}年)(?:度)?(?:的|收到的|受理的)?申请(?!人|内容|渠道|方式)",
        # 「谁的申请最少」「两年申请总和」「近三年申请总数」: whose applications, or their sum
        r"(?:谁|哪家|哪个|哪年|两年|几年|[二三四五]年)(?:的|收到的|受理的)?申请(?!人|内容|渠道|方式)",
        r"申请(?:总和|之和|合计|总量|量)",
        # 「申请比去年多了还是少了」「跟去年比我们的申请是多了还是少了」: the applications against another year
        r"申请(?:数|件数)?(?:是|也|都)?(?=多了|少了|多还是少|增加|减少|变化|差[了几多])",
        r"申请(?:数|件数)?(?=(?:比|跟|和|与|同|较)(?:去年|上一?年|前一年|前年|\d{4}年))",
        r"(?<=比)(?:我们|我们的|咱们的?|本单位的?)?申请(?!人|内容|渠道|方式)",
        r"申请(?=最[多少]|第[一二三四五\d][多少])",  # 「三家里申请最少的是谁」: ranked by the applications
    ),
)
# what follows the words given as examples of an applicant column (「研究所、学校这些科研机构」「协会等」): never a
# list of bodies alone (「北京大学和清华大学的申请」 asks two bodies)
_EXAMPLE_NEXT = r"(?:这|那)(?:些|类|种|样)|之类|一类|等"
_T3_COL_WORDS: dict[str, tuple[str, ...]] = {
    # 「非自然人」「自然人以外」: the complement of 自然人 is the five organisation columns
    "sub": (
        r"非自然人",
        r"(?:不是|除了?|除去)(?:自然人|(?:老百姓)?个人)(?:申请|提出)?的?(?:以外|之外)?",  # 「除了老百姓个人」
        r"自然人(?:申请|提出)?的?(?:以外|之外)",  # 「自然人申请以外的申请」
        r"法人或者?其他组织",  # (「法人或者其他组织」: never 法人 + the 其他 column)
        r"法人(?:和|及|以及|与)其他组织",
        # 「企业和其他组织」「企业和组织」「企业或者组织来申请的」: the organisations as one (the 法人或其他组织 columns),
        # not 商业企业 + 其他, nor 商业企业 + the organisations (counted twice)
        r"企业(?:和|及|以及|与|或|或者)?(?:其他)?组织",
        r"企业和单位(?:这些|这类|等)?(?:法人)?(?:组织)?",  # 「企业和单位这些法人组织」: all five, not 商业企业
        # 「企业、单位这些」「公司、机构这类」「企业、社会组织等单位」: organisations named by two or more examples, then
        # 这些/这类/等 — the class (the five columns), never its first example's column (「企业 单位这些」: the 、 said as
        # a pause, zvfixb)
        r"(?:企业|公司|单位|机构|社会组织|组织|团体)(?:(?:[、和及与或/\s]|或者)(?:企业|公司|事业单位|单位|机构|社会组织|组织|团体))+"
        r"(?:这些|这类|这种|之类|一类|等等?)(?:单位|组织|机构)?",
        r"企(?:事)?业单位",  # 「个人跟企业单位各申请了多少」: the organisations set against persons
        r"法人(?:单位)?",
        # (「本单位提出了哪些改进措施」「我们单位申请…」: the body itself, never the applicants' column)
        r"(?<![本我该贵此们个])单位(?:申请|提出)",
        r"组织(?:申请|提出)",
    ),
    # (「个人占了百分之多少」: 个人 said bare of an applicant, never 个人隐私 or 个人信息)
    # (「老百姓个人提的申请」: the person asking, said plainly)
    "np": (
        r"自然人",
        r"(?:老百姓)?个人(?:新)?(?:申请|提出?|提交|递交)",
        r"老百姓(?:个人)?",
        r"(?<![护涉])个人(?=的?(?:占|有|是|为|多少|几))",
        # 「个人跟企业分别来申请了多少」「企业和个人各几件」: 个人 listed with another applicant column
        r"(?<![护涉])个人(?=[、和及与跟同])",
        r"(?<=[、和及与跟同])个人(?!隐私|信息|名义)",
        r"公民",
        # 「以个人名义」「以私人身份」「普通群众」: a person asking for themself
        r"(?:以|用)?(?:个人|私人|自己|公民)(?:的)?(?:名义|身份)(?!信息|证)",
    ),
    "biz": (
        r"商业企业",
        r"企业",
        r"(?<!分)公司",
        # 「做生意的单位」「商家」「开厂的」: a business said plainly
        r"做(?:生意|买卖)的?(?:单位|人|老板|商家)?",
        r"商家",
        r"商户",
        r"厂家",
        r"经营(?:主体|单位|者)",
    ),
    # (「律所」「科研院所」「公益机构」: the columns as users shorten them)
    # 「研究所、学校这些」「协会、基金会这类」: a column said by its examples, listed or followed by 这些/这类/等
    # (never a body's own name: 「XX研究院2022年」「XX社会组织管理局」)
    "sci": (
        r"科研机构",
        r"科研院所",
        r"科研单位",
        r"研究机构",
        rf"(?:(?:研究所|研究院|高校|高等院校|院校|学校|大学)[、和及与或/]?)+(?={_EXAMPLE_NEXT})",
    ),
    "npo": (
        r"社会公益组织",
        r"公益组织",
        r"公益机构",
        r"社会组织(?!管理|服务|促进|登记|孵化)",
        rf"(?:(?:协会|基金会|学会|商会|慈善(?:机构|组织))[、和及与或/]?)+(?={_EXAMPLE_NEXT})",
    ),
    "law": (
        r"法律服务机构",
        r"律师(?:事务所)?",
        r"律所",
        r"法律(?:服务|咨询|援助)(?:中心|所|公司)",
        r"公证(?:处|机构)",
    ),
    "oth": (
        r"其他[”\"」』]?(?:(?:这|那)?一?类型?)?的?(?:申请人|申请主体|组织|法人)",
        r"其他[”\"」』]?(?:这|那)?一?(?:栏|列)",  # 「“其他”一栏新收申请」: the column by its printed head
        # 「自然人、商业企业…法律服务机构、其他」: 其他 listed after another applicant column is the column
        r"(?<=[构织业人所][、，,])其他(?![处法结])",
        r"(?<=[构织业人所])其他(?![处法结])",
        # 「其他提交的新收申请」「其他上年结转的申请」: 其他 as the one who filed, or right before a row of applications
        # counted by applicant (never 「除了…其他」 the rest, nor 其他处理 / 其他情形 / 其他结果)
        r"(?<![除另])其他(?=的?(?:提交|提出|递交|提的|来申请))",
        # (revfixa) before a row only where no clause or other ask ends right before it: 「本年办结了多少件，其他结转到
        # 下一年的」 is the rest of the applications, not the column
        r"(?<![除另，,。；;、？?！!\s件少几个了么吗呢收结转开])其他(?=的?(?:(?:本年)?新收|上一?年(?:度)?结转|结转(?:到|至)?下一?年))",
    ),
    # 「老百姓和单位新提的申请」「个人和单位提的」: persons and organisations together are every applicant — the total
    # column (each of them asked apart, 「各」「分别」, stays two columns)
    "tot": (
        r"总计",
        r"合计",
        r"总数",
        r"一共",
        r"总共",
        r"共计",
        # (only in lay words: 「自然人和法人的申请一共」 names the template's two columns, each shown; never 「除了个人还有
        # 单位…」, the others besides them)
        r"(?<!除了)(?<!除去)(?<![除非])(?:老百姓|群众|个人|公民)(?:个人)?(?:和|及|与|跟|、|以及|加上?)"
        r"(?:单位|企业单位|企事业单位)(?![或和及与、]|[^，,。？?]{0,12}(?:各|分别|哪|谁|比|占))",
    ),
}
_T4_ROW_WORDS: dict[str, tuple[str, ...]] = {
    "rv": (
        r"行政复议",
        r"复议(?!后)(?!直接)",
        # 「告到上级」「找上级机关评理的」: a review asked of the body above, never a lawsuit
        r"告(?:到|给|上)了?上级",
        r"(?:找|向|到)上级(?:机关|部门|单位)?(?:评理|申请复议|复议|讨说法)",
        # 「复议后维持原来答复的」: 复议 then its result, never a lawsuit after it
        r"复议(?:之|以)?后(?=[^，,？?]{0,3}(?:维持|纠正|撤销|改|被改|推翻|确认违法))",
    ),
    # 「没走复议直接去法院起诉」「不经过复议」: a negated 复议 is the direct lawsuit, never 复议 itself
    "ld": (
        r"未经复议",
        r"(?:没|没有|未|不|无需|不用)(?:经过?|走|通过|申请)(?:行政)?复议",
        # 「没有行政复议的单位」 has no review at all; a bare negated 复议 is the direct lawsuit only before one
        # (「有没有复议后起诉的」 asks whether any: 没有 inside 有没有 negates nothing)
        r"(?<!有)(?:没|没有|未|不|无需|不用)(?:行政)?复议[^，,？?。]{0,4}(?:起诉|诉讼|告|打官司|法院)",
        r"直接(?:提起)?(?:行政)?(?:诉讼|起诉)",
        r"直接.{0,4}(?:打官司|起诉|诉讼|告到|法院)",
        r"直接(?:去|就)?告(?=的|了)",  # 「直接告的加复议后告的」
    ),
    "lr": (
        r"复议(?:之|以)?后.{0,5}(?:诉讼|起诉|打官司|官司|告)",
        r"经复议后",
        r"复议[^，,？?]{0,2}又[^，,？?]{0,2}(?:起诉|诉讼|告|打官司)",  # 「被复议又被起诉的」
        r"经过复议",
        # 「先复议再起诉的案子」「先申请复议然后去法院告的」
        # (「先复议、复议完又去打官司的」: 复议 said twice, the second time what came after it)
        r"先(?:经过?|走了?|申请|提起?)?(?:行政)?复议[^，,？?]{0,6}?(?:再|后|又|然后)[^，,？?]{0,4}(?:起诉|诉讼|告|打官司|官司|法院)",
        # 「复议完了又去起诉的」「复议完了还有人去法院告的吗」
        r"复议(?:完了?|结束了?|过了)(?:以后|之后)?[^，,？?。]{0,8}(?:诉讼|起诉|打官司|告|法院)",
    ),
    "lit": (
        r"行政诉讼",
        r"诉讼",
        r"起诉",
        r"被诉",
        r"(?<!原)被告(?![是为]|到上级|上级)",
        r"应诉",
        r"打官司",
        r"官司",
        r"告(?:到|上|去)了?法院",
        r"吃(?:了|过)?(?:的)?(?:行政)?官司",  # 「吃的官司」「吃了几场官司」
        r"(?:上|进)了?法庭",
    ),
}
_T4_COL_WORDS: dict[str, tuple[str, ...]] = {
    "keep": (r"维持", r"胜诉", r"(?<!输)赢(?!没赢)"),  # 「官司赢了几件」
    "fix": (
        r"纠正",
        r"纠错",
        r"撤销",
        r"败诉",
        r"确认违法",
        r"被改",
        r"(?<![运传])输(?:了|掉)",
        r"打输",
    ),  # 「官司输了几件」
    # 「维持、纠正、其他、尚未审结各几件」: 其他 listed bare among the results
    "other": (
        r"其他结果",
        r"其他(?=[、，,和及与跟])",
        r"(?<=[、和及与跟])其他(?=各|分别|[？?]|$)",
        # 「结果算“其他”的」「归到其他一类的」「属于其他的」: a result filed under 其他 (never 其他处理 or an applicant);
        # 「结果算 其他 的」: the quotes said as pauses (voice input, zvfixb)
        r"(?:算|算作|算是|归为|归到|归入|归于|属于|列为|列入|记为|计入|记作)了?(?:\"|\s+)?其他(?!处理|方式|途径|办法|组织|申请)",
        r"\"其他\"",  # 「结果是"其他"的」: the printed column, quoted
    ),
    "pend": (
        r"尚未审结",
        r"未审结",
        r"审理中",
        r"未结案",
        r"没有审结",
        r"还没.{0,2}结",
        r"(?:没|未|还没)(?:有)?审(?:完|理完|结)",  # 「没审结的」
        r"(?:尚|正|还)在审理",
        # 「法院还没判的」「还没判决下来」「复议还没出结果的」: no judgment or decision yet
        r"(?:还|尚|仍)?(?:没|没有|未)有?被?(?:判|宣判)决?(?:下来|出来)?(?=的|了|[，,？?。]|$)",
        r"(?:还|尚|仍)(?:没|没有|未)有?(?:出|有)(?:结果|判决|决定)",
    ),
    "tot": (r"总计", r"合计", r"总数", r"一共", r"总共", r"共计"),
}
_T2_ROW_WORDS: dict[str, tuple[str, ...]] = {
    "reg": (r"(?<!行政)规章",),
    "norm": (r"规范性文件", r"红头文件"),  # 「红头文件」: the lay name of 规范性文件
    "license": (r"行政许可", r"许可"),
    # 「罚了多少次」「谁罚得多」: the penalties decided, counted (never 罚款, a sum of money the table does not hold)
    "penalty": (
        r"行政处罚",
        r"处罚",
        r"(?<!处)罚(?=(?:了|过)?(?:多少|几)(?:次|件|起|(?=[？?。，,]|$))|(?:得|的)(?:最|更|比较)?[多少])",
    ),
    # 「许可处罚强制各多少」: 强制 bare in a list of the other two
    "coercion": (
        r"行政强制",
        r"强制措施",
        r"强制(?=.{0,6}决定)",
        r"(?<=[可罚、和及与\s+＋])强制|强制(?=[、和及与\s+＋])",
    ),
    # 「收费收了多少万」: fees asked in 万 (元) are the 行政事业性收费 row
    "fee": (
        r"行政事业性收费",
        r"收费金额",
        r"事业性收费",
        r"收费(?=.{0,6}(?:多少|几)万)",
        r"收费(?=(?:为|是|等于)\s*[0零])",  # 「收费为0的」
        r"收费(?=项目)",  # 「收费项目比上一年增减了多少项」 (GF2019's item columns)
        # 「收费 多少」「2021年收费几件」「XX局收费」: the word as a search box's keyword, bare — the one figure the
        # template holds under it (表二's 金额); the text's 信息处理费 answers when named (「收了信息处理费没有」)
        r"(?:^|(?<=[\s\d年度局委厅府办]))收费(?=\s*(?:(?:一共|总共|合计|共计?)?(?:是|为)?(?:多少|几件?|几何|金额|数额|总额))?\s*[？?]?$)",
        r"收费(?=是[^，,？?]{1,16}(?:几|多少)倍|比[^，,？?]{1,16}(?:多|少|高|低))",  # 「甲的收费是乙的几倍」
    ),
    "procurement": (r"政府集中采购", r"集中采购", r"采购"),
    "other_service": (r"其他对外管理服务", r"对外管理服务"),
}
_T2_COL_WORDS: dict[str, tuple[str, ...]] = {
    # 「新发红头文件」「发了几个红头文件」: documents issued that year
    "made": (
        r"制发",
        r"制定",
        r"新制",
        r"出台",
        r"印发",
        r"发布(?:了)?(?:多少|几)",
        r"新发(?!生|现|展)",
        r"(?<![收])(?:下)?发了?(?=(?:多少|几)[个份件]?(?:红头|规范性)文件)",
    ),
    "new_made": (r"新制作", r"制作", r"制发", r"制定", r"新制", r"出台", r"印发", r"新发(?!生|现|展)"),
    "repealed": (r"废止", r"废除", r"清理掉", r"废(?:了|掉)", r"作废", r"废弃"),  # (「作废的规范性文件」: 废止)
    # 「手上还在用的规范性文件」: the documents still in force
    "valid": (r"现行有效", r"有效的?", r"现存", r"现有", r"(?<!不)保留", r"(?:还|仍|仍然|正|现在)在(?:使)?用"),
    "new_public": (r"新公开",),
    "total_public": (r"对外公开(?:的)?.{0,6}总", r"公开总数", r"累计公开"),
    "decisions": (r"处理决定", r"决定", r"(?:作出|做出|办理)"),
    "amount_wan": (r"金额", r"收费(?:多少|总额|数额)", r"收(?:取)?了?多少"),
    # 「收费项目上一年有几个」: the items of the year before, said either way round
    # (「收费项目有几个」「收费的项目数」: a count of items — GF2019's only item column; never GF2021's 收费金额 (zzfix))
    "prev_items": (
        r"上一?年(?:度)?的?(?:收费)?项目",
        r"项目(?:数量?)?(?:在)?上一?年",
        r"项目数量",
        r"收费(?:的)?项目(?:数|个数|有(?:多少|几)|多少|几)",
        r"(?:多少|几)(?:个|项)(?:收费)?项目",
    ),
    "delta": (r"增减", r"增/减", r"增加|减少"),
    "items": (r"项目数量", r"项目(?:数|个数)", r"多少个项目", r"几个项目"),
    # 「集中采购总共花了多少万」: the amount, not the items
    "amount": (r"采购(?:总)?金额", r"总金额", r"金额", r"多少钱|花费", r"花了?(?:多少|几)", r"(?:多少|几)万"),
}


def _t2_col_label(key: str) -> str:
    for spec in (T2_GF2021, T2_GF2019):
        for r in spec.rows:
            if key in r.cols:
                return r.col_labels[r.cols.index(key)]
    return key


def _t2_row_label(key: str) -> str:
    for spec in (T2_GF2021, T2_GF2019):
        for r in spec.rows:
            if r.key == key:
                return r.label
    return key


ROW_TERMS: dict[str, tuple[Term, ...]] = {
    "t3": tuple(Term("t3", k, _row_label(k), w, k in _T3_BROAD) for k, w in _T3_ROW_WORDS.items())
    + (Term("t3", _T3_GENERIC[0], _row_label(_T3_GENERIC[0]), _T3_GENERIC[1], True, True),),
    "t4": tuple(
        Term("t4", k, T4_GROUP_LABELS.get(k) or DERIVED_ROWS["t4"][k], w, k == T4_LAWSUITS)
        for k, w in _T4_ROW_WORDS.items()
    ),
    "t2": tuple(Term("t2", k, _t2_row_label(k), w) for k, w in _T2_ROW_WORDS.items()),
}
COL_TERMS: dict[str, tuple[Term, ...]] = {
    "t3": tuple(Term("t3", k, T3_COL_LABELS.get(k, "法人或其他组织"), w, k == "tot") for k, w in _T3_COL_WORDS.items()),
    "t4": tuple(Term("t4", k, T4_COL_LABELS[k], w, k == "tot") for k, w in _T4_COL_WORDS.items()),
    "t2": tuple(Term("t2", k, _t2_col_label(k), w) for k, w in _T2_COL_WORDS.items()),
}
# GF2019 and GF2021 name some table-二 columns differently: what a question asks of one variant,
# the other answers with its counterpart. (GF2019's 对外公开总数量 — every document ever published — is
# not GF2021's 现行有效件数, the documents still in force: neither answers for the other.)
T2_COUNTERPARTS = {
    "made": "new_made",
    "new_made": "made",
    "amount_wan": "amount",
    "amount": "amount_wan",
}
TABLE_NAMES = {
    "t2": "表二（主动公开政府信息情况）",
    "t3": "表三（收到和处理政府信息公开申请情况）",
    "t4": "表四（政府信息公开行政复议、行政诉讼情况）",
}


def row_keys(table: str) -> set[str]:
    """Every row key a question may name in a table: printed rows of every variant and derived rows."""
    if table == "t3":
        return {r.key for s in (T3_GF2021, T3_GF2019) for r in s.rows} | set(T3_GROUPS)
    if table == "t4":
        return set(T4_GROUPS) | {T4_LAWSUITS}
    return {r.key for s in (T2_GF2021, T2_GF2019) for r in s.rows}


T3_LEGAL = "sub"  # 法人或其他组织: the five organisation columns together (printed by some variants as 小计)


def col_keys(table: str) -> set[str]:
    if table == "t3":
        return set(T3_COLS) | {T3_LEGAL}
    if table == "t4":
        return set(T4_COLS)
    return {c for s in (T2_GF2021, T2_GF2019) for r in s.rows for c in r.cols}


def row_label(table: str, key: str) -> str:
    return next((t.label for t in ROW_TERMS[table] if t.key == key), key)


def col_label(table: str, key: str, row: str | None = None) -> str:
    return next((t.label for t in COL_TERMS[table] if t.key == key), key)


def short_label(table: str, key: str) -> str:
    """A row's name inside a sentence: 「本年新收」「予以公开」「属于国家秘密」「行政复议」."""
    if table == "t4":
        return {"rv": "行政复议", "ld": "未经复议直接起诉", "lr": "复议后起诉", "lit": "行政诉讼"}.get(key, key)
    if table == "t2":
        return row_label("t2", key)
    special = {
        "new": "本年新收",
        "carry_in": "上年结转",
        "r7": "办理结果（七）总计",
        "carry_out": "结转下年度",
        "r2": "部分公开",
        "r6_1": "逾期不补正不再处理",
        "r6_2": "逾期未缴费不再处理",
        "r6_3": "其他处理·其他",
    }
    if key in special:
        return special[key]
    label = row_label("t3", key)
    label = re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七]）|\d+\.)", "", label)
    return label.replace("“", "").replace("”", "")


# ---------------------------------------------------------------- positions as printed
_CN_ORDER = "一二三四五六七八九十"


def printed_number(mark: str) -> int:
    """「四」→ 4, 「3」→ 3: a row number as the template prints it (Chinese up to 十, or digits)."""
    return int(mark) if mark.isdigit() else _CN_ORDER.index(mark) + 1


@functools.cache
def t3_positions() -> dict[tuple[str, int, int | None], str]:
    """Table 三's rows by their printed numbering, read from the labels of both templates:
    ("top", 1, None) → new (「一、本年新收…」), ("group", 4, None) → r4 (「（四）无法提供」),
    ("group", 4, 1) → r4_1 (「（四）1.本机关不掌握…」). Why: users name a row by its place
    (「表三第（四）项第1目」) as often as by its words, and the numbering is the template's own."""
    out: dict[tuple[str, int, int | None], str] = {}
    rows = (*T3_GF2021.rows, *T3_GF2019.rows, *T3_GROUP_HEADERS.values())
    for r in rows:
        top = re.match(r"([一二三四五六七八九十])、", r.label)
        group = re.match(r"（([一二三四五六七八九十])）", r.label)
        item = re.match(r"(\d+)\.", r.label)
        if top:
            out.setdefault(("top", printed_number(top.group(1)), None), r.key)
        elif group:
            out.setdefault(("group", printed_number(group.group(1)), None), r.key)
        elif item and r.parent:
            head = re.match(r"（([一二三四五六七八九十])）", T3_GROUP_HEADERS[r.parent].label)
            if head:
                out.setdefault(("group", printed_number(head.group(1)), int(item.group(1))), r.key)
    return out


def t3_row_at(group: str, item: str | None = None) -> str | None:
    """The table 三 row printed as 「（group）item.」 (「（四）」「（三）7」), or None when the template
    prints no such row: a place the table does not have is not guessed."""
    sub = printed_number(item) if item else None
    return t3_positions().get(("group", printed_number(group), sub))


def t3_col_at(n: int) -> str | None:
    """Table 三's n-th data column as printed, left to right after the row labels (自然人 … 其他, 总计)."""
    return T3_COLS[n - 1] if 1 <= n <= len(T3_COLS) else None
