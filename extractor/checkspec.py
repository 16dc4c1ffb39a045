"""The one catalogue of checks: id → what it tests, in plain Chinese, and whose problem a break is.

Extraction emits findings by these ids, answers and the web page explain them with these sentences,
and the README's findings table is written from this list (tests/test_checkspec.py keeps the three in
step). A check id is never a row name: the group subtotals of table 三 are rows of the table spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scope = Literal["report", "corpus"]
Owner = Literal["report", "extraction"]


@dataclass(frozen=True)
class CheckSpec:
    id: str
    label: str  # short Chinese name, for badges and filters
    explain: str  # one plain-Chinese sentence a disclosure officer understands
    owner: Owner  # "report": a break is the report's inconsistency; "extraction": our reading's doubt
    scope: Scope = "report"  # "corpus": needs other reports (bulk, cross-year)
    readme: str = ""  # the README's one-line English description


CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("H1", "表三列平衡", "表三每一列：本年新收 + 上年结转 应等于 （七）总计 + 结转下年度继续办理。", "report",
              readme="表三 each column: 本年新收 + 上年结转 = （七）总计 + 结转下年度"),
    CheckSpec("H2", "表三行合计", "表三每一行：总计 应等于 自然人与五类法人或其他组织之和。", "report",
              readme="表三 each row: 总计 = the six applicant columns"),
    CheckSpec("H3", "办理结果合计", "表三每一列：（七）总计 应等于 （一）至（六）各项办理结果之和。", "report",
              readme="表三 each column: （七）总计 = （一）…（六）"),
    CheckSpec("H4", "小计行", "表格印出的小计（如「（三）不予公开」一行或法人「小计」列）应等于其各分项之和。", "report",
              readme="subtotal rows, where a variant prints them"),
    CheckSpec("H5", "表四合计", "表四每组（行政复议、未经复议直接起诉、复议后起诉）：总计 应等于 结果维持 + 结果纠正 + 其他结果 + 尚未审结。",
              "report", readme="表四 each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结"),
    CheckSpec("H6", "数值范围", "件数应为不小于0的整数，金额应不小于0；过大的数字不可信。", "report",
              readme="domain: counts are whole numbers ≥ 0, money ≥ 0, magnitudes plausible"),
    CheckSpec("S2", "正文与表三", "正文所写的收到、办结、公开等件数应与表三对应数字一致。", "report",
              readme="narrative vs 表三 (every legitimate reading tried)"),
    CheckSpec("S3", "正文与表四", "正文所写的行政复议、行政诉讼件数应与表四一致。", "report",
              readme="narrative vs 表四"),
    CheckSpec("S7", "收费说明", "表三有因逾期未缴费而不再处理的申请时，第六部分应说明信息处理费情况。", "report",
              readme="unpaid-fee rows of 表三 vs section 六"),
    CheckSpec("S8", "报告结构", "报告应有格式规定的六个部分，按顺序排列；导语所说的组成部分应与正文一致。", "report",
              readme="six sections in order; the preamble's list of parts"),
    CheckSpec("S9", "统计年度", "统计期限与正文所写年份应为报告年度。", "report",
              readme="statistics period and years of the text = the report year"),
    CheckSpec("S11", "格式版本", "2021年及以后的报告应使用2021版格式，2019、2020年的报告使用2019版格式。", "report",
              readme="template version matches the report year"),
    CheckSpec("S1", "跨年结转", "本年「上年结转」应等于上一年报告的「结转下年度继续办理」。", "report", "corpus",
              readme="bulk only: carry-over across years"),
    CheckSpec("S5", "表二存量", "本年现行有效件数应等于上年现行有效件数 + 本年制发 − 本年废止。", "report", "corpus",
              readme="bulk only: 表二 stock flow across years"),
    CheckSpec("YOY", "同比异常", "与上一年相比变化异常大的数字，请核实。", "report", "corpus",
              readme="bulk only: outliers against last year"),
    CheckSpec("COPY", "内容雷同", "正文与上一年报告几乎相同（去掉数字后八成五以上的句子相同）。", "report", "corpus",
              readme="bulk only: 内容雷同 (≥ 85 % of last year's clauses, numbers aside)"),
    CheckSpec("D1", "未找到", "未能在报告中找到这张表或这一行；可能是报告以图片发布或缺项，也可能是本工具未识别。", "extraction",
              readme="ours: a table or row not found"),
    CheckSpec("D2", "无法读取", "这一格或这一行的文字无法可靠读成数字。", "extraction",
              readme="ours: a cell or row unreadable"),
    CheckSpec("D3", "粘连已还原", "发布的文本丢失了单元格之间的分隔，本工具按勾稽关系找到唯一拆分并据此还原。", "extraction",
              readme="ours: glued row recovered by its unique split"),
    CheckSpec("D4", "粘连未还原", "发布的文本丢失了单元格之间的分隔，且有多种拆分都符合勾稽关系，因此留空。", "extraction",
              readme="ours: glued row left open (several splits)"),
    CheckSpec("D5", "按行序对应", "这一行的标签未能识别，按它在表中的位置对应。", "extraction",
              readme="ours: row placed by its order"),
    CheckSpec("D6", "OCR置信度低", "这一格是从扫描件或图片中识别的，识别置信度偏低，请对照原件核对。", "extraction",
              readme="ours: an OCR cell read with low confidence"),
    CheckSpec("D7", "OCR读数存疑", "这一格是从扫描件或图片中识别的；按识别结果勾稽关系不成立，而把一个形近数字换个读法就全部成立，"
              "可能是识别错误（数值未改动，请对照原件核对）。", "extraction",
              readme="ours: an OCR digit whose one look-alike reading makes every identity hold (value kept)"),
)

BY_ID: dict[str, CheckSpec] = {c.id: c for c in CHECKS}


def explain(check_id: str) -> str:
    """The plain-Chinese sentence for a check id; an unknown id is shown as itself."""
    spec = BY_ID.get(check_id)
    return spec.explain if spec else check_id


def readme_table() -> str:
    """The README's findings table, written from the catalogue."""
    rows = ["| check | what |", "|---|---|"]
    rows += [f"| {c.id} | {c.readme} |" for c in CHECKS]
    return "\n".join(rows)
