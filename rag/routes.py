"""The table of routes: which handler answers which kind of question. A route applies when its
operation matches and the question carries its kind of measure; the first route whose handler
answers wins, the others are tried in order. Adding a kind of question = one entry here plus a
handler (and a unit test per route, tests/test_routes.py)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractor.schema import Answer

from .answers.across import asks_across
from .answers.conditions import asked as asks_over_set
from .answers.exclusion import asks_exclusion
from .answers.faults import asks_fault_count, asks_total_gap
from .answers.growth import asks_item_growth
from .answers.holdings import asks_first_last, asks_missing_years, asks_moved_most, asks_streak
from .answers.named_figures import asks_which_named
from .answers.named_sets import SET_ASKS, asked_of_set
from .answers.peers import asks_against_mean, asks_bodies_share, asks_peer, asks_pooled
from .answers.quoted import asks as asks_quoted
from .answers.rate_years import asks as asks_rate_years
from .answers.rates import asks_set_rate
from .answers.two_figures import asks as asks_two_figures
from .answers.unasked import asks_change_unnamed, asks_qualified, asks_split_r6, off_topic
from .answers.year_pairs import asks as asks_year_pairs, asks_absent_level
from .context import Context
from .intent import (
    BEYOND_DISCLOSURE,
    CLAIMED,
    FORECAST,
    INTERNAL_RECORD,
    LOWER_GOVERNMENTS,
    NO_BASE,
    PAY_ASKED,
    SAME_PROBLEMS,
    TIMELY_RATE,
    negated_only,
)
from .lazyre import lazy
from .question import CellMeasure, FindingMeasure, MetricMeasure, Question, SectionMeasure, TextMeasure

# the rates of 表三's rows the template defines (rates.py computes them): 「予以公开率」「不予公开率」
TABLE_RATE = lazy(r"(?<![部分])(?:予以|不予)公开率")


@dataclass(frozen=True)
class Route:
    name: str
    operations: tuple[str, ...]  # operations it serves ("*" = any)
    measure: type | None  # the kind of measure the question must carry (None = any)
    handler_name: str  # "module.function" in rag.answers, imported when the route is first tried
    many: bool | None = None  # True: needs several reports in scope; False: exactly one; None: any
    when: Callable[[Question], bool] | None = None  # a further condition on the question
    _handler: list = field(default_factory=list, compare=False, repr=False)

    @property
    def handler(self) -> Callable[[Context], Answer | None]:
        """The handler, imported on first use: a table question never loads the narrative side."""
        if not self._handler:
            module, function = self.handler_name.rsplit(".", 1)
            self._handler.append(getattr(importlib.import_module(f"rag.answers.{module}"), function))
        return self._handler[0]

    def applies(self, q: Question, n_reports: int) -> bool:
        if "*" not in self.operations and q.operation not in self.operations:
            return False
        if self.measure is not None and q.first(self.measure) is None:
            return False
        if self.many is True and n_reports < 2:
            return False
        if self.when is not None and not self.when(q):
            return False
        return not (self.many is False and n_reports != 1)


ROUTES: tuple[Route, ...] = (
    # 「我们镇下面各个村哪个申请最多」「村委会的年报」「各省人民政府…」: a level the store cannot hold, refused (zpfixd)
    Route("refuse.absent_level", ("*",), None, "year_pairs.absent_level", when=lambda q: asks_absent_level(q.text)),
    # 「相邻两年都有年报的单位里，新收翻了一番的有哪些」: each body's adjacent years compared (zpfixd)
    Route("which_reports.year_pairs", ("*",), None, "year_pairs.answer", when=lambda q: asks_year_pairs(q.text)),
    # 「库里山东省2022年的年报里当过被告的占百分之几」「这五家里既…又…的」: conditions over a set of reports
    Route("set.conditions", ("*",), None, "conditions.answer", when=lambda q: asks_over_set(q.text)),
    # 「X的新收比山东省2024年各单位的平均数高多少」「X占…所有单位合计的百分之几」「X在…同年度单位里排第几」: a place × year of the store, an unread member named and left out (before
    # named_set, which refuses a set the user lists with a member missing)
    Route("peer", ("*",), None, "peers.peer", when=lambda q: asks_peer(q.text) is not None),
    # 「A、B、C、D这四份年报，B排第几」「X占三家合计的百分之几」「A、B合计比C、D合计多多少」「X同省同年的单位各多少」:
    # arithmetic over a set of reports the question names (a list, or a province × year of the store) — first:
    # 「全省各单位」 is the set, no breakdown the tables lack (refuse.detail); the handler gives way when no set is named
    *(
        Route(f"named_set.{kind}", ("*",), None, "named_sets.answer", when=lambda q, k=kind: asked_of_set(q.text) == k)
        for kind in SET_ASKS
    ),
    # 「浙江省2020年所有单位加总，自然人申请占新收的比例」: the set's sums, not a mean of its reports' rates
    Route("pooled", ("*",), None, "peers.pooled", many=True, when=lambda q: asks_pooled(q.text)),
    # 「…各单位中，发生过行政复议的占百分之几」: the share of the set's bodies that pass a test
    Route("share.bodies", ("*",), None, "peers.bodies_share", many=True, when=lambda q: asks_bodies_share(q.text)),
    # 「哪些单位的新收高于全省平均数」: the set's reports against the set's own mean
    Route(
        "which_reports.mean", ("*",), None, "peers.against_mean", many=True, when=lambda q: asks_against_mean(q.text)
    ),
    # 「X的新收是不是连续三年下降」 with two years held: refused, the years held said
    Route("refuse.streak", ("*",), None, "holdings.streak", when=lambda q: asks_streak(q.text)),
    # 「X从2020年到2024年，中间有几年的年报库里没有」: the years between that the store lacks
    Route("missing_years", ("*",), None, "holdings.missing_years", when=lambda q: asks_missing_years(q.text)),
    # 「X最早的一份年报是哪一年」「X的年报从哪年开始有」「X最新一份年报是哪年的」: the first / last year held (zzfix)
    Route("which_reports.first_last", ("*",), None, "holdings.first_last", when=lambda q: asks_first_last(q.text)),
    # 「哪个单位的新收比上一份报告增加得最多」: each body's newest report against its previous one
    Route("rank.moved", ("*",), None, "holdings.moved_most", many=True, when=lambda q: asks_moved_most(q.text)),
    # 「四川省2023年的年报里，有几份表格数字对不上」: the reports with a broken identity, counted
    Route("count.findings", ("*",), None, "faults.fault_count", many=True, when=lambda q: asks_fault_count(q.text)),
    # 「表四行政复议的总计和分项加起来差多少」: the printed total less the sum of its parts, signed
    Route("gap.total", ("*",), None, "faults.total_gap", many=False, when=lambda q: asks_total_gap(q.text)),
    # 「自然人申请占比2024年比2020年高还是低」「复议纠错率比去年升了还是降了」: one body's rate in its years, each year's
    # division and the change in 百分点 (not the counts under the rates); the handler gives way unless one body is in scope
    Route("rates.years", ("*",), None, "rate_years.compare", many=True, when=lambda q: asks_rate_years(q.text)),
    # 「2023年哪个单位行政复议纠正率最高」: a rate of the tables over many reports, ranked by the rate, never its count
    Route("rates.set", ("*",), None, "rates.over_reports", many=True, when=lambda q: asks_set_rate(q.text)),
    # 「“…主动公开各类政府信息804条”——这个数对吗」「表格里“复议 总计”那格是3，对不对」: a quote of the report checked
    # against it (before the checks, which would check the tables' sums)
    Route("quoted", ("*",), None, "quoted.answer", many=False, when=lambda q: asks_quoted(q.text)),
    Route("refuse.detail", ("detail",), None, "table.detail"),
    # 「上海市人民政府各区政府收到的申请总数」: not the tables' count of the body reporting
    Route(
        "refuse.lower",
        ("*",),
        CellMeasure,
        "narrative.lower_governments",
        when=lambda q: bool(LOWER_GOVERNMENTS.search(q.text)),
    ),
    # 「每万人口的申请量」「人均多少件」: a rate over people, staff or days no report prints
    Route("refuse.no_base", ("*",), None, "items.no_base", when=lambda q: bool(NO_BASE.search(q.text))),
    # 「明年预计会收到多少件申请」: a forecast no report makes — refused, never this year's count offered as it
    Route("refuse.forecast", ("*",), None, "items.forecast", when=lambda q: bool(FORECAST.search(q.text))),
    # 「X内部的信息公开台账里登记了多少件投诉」: a body's internal ledger, its complaints — no figure of the report
    Route(
        "refuse.internal", ("*",), None, "items.internal_record", when=lambda q: bool(INTERNAL_RECORD.search(q.text))
    ),
    # 「今天天气怎么样」: outside the reports altogether — said so; 「今年和去年比变化多大」: which figure? — asked for
    Route("refuse.off_topic", ("*",), None, "unasked.outside", when=lambda q: off_topic(q.text)),
    Route("refuse.no_measure", ("*",), None, "unasked.no_measure", when=lambda q: asks_change_unnamed(q.text)),
    # 「没有同意公开的申请有几件」: a 表三 row named only by what it is not — which row is asked back
    Route("refuse.negated", ("value",), None, "unasked.negated", when=lambda q: negated_only(q.text) is not None),
    # 「没处理的申请有几件」「被驳回的申请有几件」: words qualifying the applications that could mean several rows —
    # the rows named and asked back, never 本年新收 (rag.qualifier)
    Route("refuse.qualified", ("*",), None, "unasked.qualified", when=lambda q: asks_qualified(q.text)),
    # 「（六）其他处理下面的3.其他」 of a 2020 report on the 2019 template: no such row there — refused (zzfix)
    Route("refuse.template_row", ("*",), None, "unasked.template_row", many=False, when=asks_split_r6),
    # 「2021版格式里不予公开的理由有几种」: the template's own rows
    Route(
        "template.rows",
        ("explain",),
        SectionMeasure,
        "items.template_rows",
        when=lambda q: getattr(q.first(SectionMeasure), "part", None) == "template_rows",
    ),
    # 「哪类申请人最多」「不予公开最主要的理由」: the largest item of one report's row or group
    Route("item_rank", ("item_rank",), CellMeasure, "items.item_rank", many=False),
    # 「八种理由用到了几种」「申请人涉及几类主体」: how many items of one report's row or group are not 0
    Route("item_count", ("item_count",), CellMeasure, "items.item_count", many=False),
    # 「除了自然人以外，其他申请人新收多少件」「办理结果总计去掉予以公开，还剩多少」: a 表三 quantity less the parts named
    Route(
        "exclusion",
        ("value", "sum", "change", "describe"),
        None,
        "exclusion.excluded",
        many=False,
        when=lambda q: asks_exclusion(q.text),
    ),
    # 「行政许可事项数量比上一年增减了百分之多少」: a 2019-template 表二's own 本年增/减 ÷ 上一年项目数量
    Route(
        "change.items_rate",
        ("value", "change", "share", "compare", "trend", "describe"),
        CellMeasure,
        "growth.item_growth",
        when=lambda q: asks_item_growth(q.text),
    ),
    Route("which_reports.findings", ("which_reports",), FindingMeasure, "checks.which_reports"),
    Route("which_reports.cells", ("which_reports",), CellMeasure, "corpus.which"),
    Route(
        "which_reports.all_zero",
        ("which_reports",),
        SectionMeasure,
        "corpus.all_zero",
        when=lambda q: getattr(q.first(SectionMeasure), "part", None) == "all_zero",
    ),
    Route("which_reports.list", ("which_reports",), SectionMeasure, "checks.list_reports"),
    Route("which_reports.mention", ("which_reports",), TextMeasure, "narrative.which_mention"),
    Route(
        "which_reports.rate",
        ("which_reports",),
        MetricMeasure,
        "corpus.which_rate",
        when=lambda q: bool(re.search(r"办结率|结案率|完成率|答复率|办理率", q.text)),
    ),
    Route("which_reports.metric", ("which_reports",), MetricMeasure, "narrative.which_metric"),
    Route("explain.report", ("explain",), SectionMeasure, "checks.tables_present", many=False),
    # 「报告说网络申请15件占79%，对吗」: the figures found in the text, the last one the headline
    Route(
        "claim.text", ("explain",), None, "narrative.claimed", many=False, when=lambda q: bool(CLAIMED.search(q.text))
    ),
    Route("explain", ("explain",), None, "checks.explain"),
    # 「湖南省2023年的报告有没有算错的 列一下」: a check asked of a set no one report answers — its reports that fail it
    Route("explain.set", ("explain",), FindingMeasure, "checks.which_reports", many=True),
    # 「A加B是不是等于总量」「剩181件，这个账对吗」: the parts and total the question names, each quoted
    Route("sum.parts", ("sum",), MetricMeasure, "checks.narrative_parts", many=False),
    Route("sum.narrative", ("sum",), MetricMeasure, "narrative.narrative_sum", many=False),
    Route("list.section", ("list",), SectionMeasure, "narrative.section_list", many=False),
    # 「河北教育厅针对政策解读单一有什么改进措施」 with no year: the agency's report whose section 五 names it
    Route(
        "list.section_series",
        ("list",),
        SectionMeasure,
        "narrative.section_in_series",
        many=True,
        when=lambda q: not SAME_PROBLEMS.search(q.text),
    ),
    Route("list.common_problems", ("list",), SectionMeasure, "narrative.common_problems", many=True),
    Route(  # a change the one report read states itself (「较去年回落12.3%」), stored previous year or not
        "change.stated",
        # (「回落了百分之几」 reads as a share; 「12333来电同比增长」, a search-box label, as a description)
        ("change", "value", "compare", "trend", "share", "describe"),
        None,
        "narrative.stated_change",
        many=False,
        when=lambda q: bool(re.search(r"比|较|增长率|增幅|增速|降幅", q.text)),
    ),
    Route(  # 「诉讼赢了吗」: how the cases ended, as the text says it, the outcome cells of 表四 beside it
        "outcome.text",
        ("*",),
        None,
        "narrative.outcome",
        many=False,
        when=lambda q: bool(
            # (「败诉了几次」 counts the cases corrected: a cell, not the story)
            re.search(r"赢|胜诉|败诉|输了|打赢|输没输", q.text)
            and not re.search(r"[胜败]诉率", q.text)  # (「诉讼败诉率」: a rate of the table)
            and not (q.cells and re.search(r"(?:多少|几)(?:件|次|起|宗|个)?", q.text))
            # 「复议有没有被纠错」 (yes or no), not 「纠错留言多少条」 nor 「被纠正的有几件」 (a cell)
            or re.search(r"(?:复议|诉讼).{0,8}(?:纠错|被纠正|被撤销)", q.text)
            and not re.search(r"多少|几|率|比例|占比", q.text)
            # (「行政复议被纠正的数量（以年报表格为准）」: with the cell read, only a yes-or-no question is the story's)
            and not (q.cells and not re.search(r"吗|么|有没有|是否|有无|没有?[？?。]?$|了没", q.text))
        ),
    ),
    # 「安康和省教育厅2021年的诉讼比一比」 with no 安康 2021: one side of the comparison is missing
    Route("compare.missing", ("compare", "change", "rank", "ratio"), CellMeasure, "corpus.missing_side"),
    Route(  # 「占比比去年变了多少个百分点」: the difference of two shares, not the change of the counts
        "change.points",
        ("change", "trend", "compare"),
        CellMeasure,
        "points.change",
        many=True,
        when=lambda q: "百分点" in q.text and bool(re.search(r"占|率[（(].{2,30}(?:÷|除以)", q.text)),
    ),
    Route("rank.nth", ("rank",), CellMeasure, "ordinal.nth", many=True, when=lambda q: q.nth > 1),
    Route("rank.top", ("rank",), CellMeasure, "ordinal.top", many=True, when=lambda q: bool(q.top and q.top > 1)),
    Route("rank", ("rank",), CellMeasure, "corpus.rank", many=True),
    Route("average", ("average",), CellMeasure, "average.average", many=True),
    Route("trend", ("trend",), CellMeasure, "corpus.trend", many=True),
    Route("change", ("change", "trend"), CellMeasure, "corpus.change", many=True),
    Route("sum.cells", ("sum",), CellMeasure, "corpus.total", many=True),
    Route("sum.rows", ("sum",), CellMeasure, "table.total", many=False),
    Route("compare", ("compare", "rank", "change", "trend"), CellMeasure, "corpus.compare", many=True),
    Route(
        "compare.one_side",
        ("compare", "change", "trend", "rank"),
        CellMeasure,
        "corpus.one_side",
        many=False,
        when=lambda q: len(q.scope.years) > 1 or bool(re.search(r"近.{1,2}年|历年|这几年|每年|各年|逐年", q.text)),
    ),
    # 「规范性文件制发的比废止的多还是少，差多少」: two cells of the one report, the first less the second
    Route(
        "change.rows",
        ("change",),
        CellMeasure,
        "table.difference",
        many=False,
        when=lambda q: len({(c.table, c.row, c.col) for c in q.cells}) > 1 and len(q.scope.years) <= 1,
    ),
    Route("ratio.reports", ("ratio",), CellMeasure, "corpus.ratio", many=True),
    Route("ratio.rows", ("ratio",), CellMeasure, "table.ratio", many=False),
    # 「A、B、C这几份年报里，哪些写明了培训次数」「A、B，有几个单位开了推进会」: which (how many) of the bodies named state
    # the figure, each as its one-report answer reads it
    Route(
        "which.named",
        ("describe", "value", "compare", "which_reports"),
        None,
        "named_figures.which_named",
        many=True,
        when=lambda q: len(set(q.scope.agencies)) > 1 and asks_which_named(q.text),
    ),
    # (several bodies named are series.named's: each report's figure read as its one-report answer reads it — a
    # column's 「专栏…公开信息77条」 was taken for 平潭's 主动公开, review 12)
    Route(
        "series.metric",
        ("rank", "trend", "change", "compare", "sum", "ratio"),
        MetricMeasure,
        "narrative.series",
        many=True,
        when=lambda q: len(set(q.scope.agencies)) < 2,
    ),
    # 「A、B、C谁的政策解读最多」「A和B的政策文件加起来一共多少」: each report's figure as the one-report path reads it
    Route(
        "series.named",
        ("rank", "trend", "change", "compare", "sum"),
        MetricMeasure,
        "named_figures.answer",
        many=True,
    ),
    Route(
        "derived.metric",
        ("share", "ratio", "value"),
        MetricMeasure,
        "narrative.derived",
        many=False,
        when=lambda q: bool(
            re.search(
                r"占比|比例|比重(?!庆)|百分比|之比|比值|的比(?:是|为)|平均每|每(?:期|篇|场|次|个|条|件)平均|的(?:几|多少)倍|[\u4e00-\u9fff]{2}率(?:是|为)?(?:多少|几|多高)?[?？]?$",
                q.text,
            )
        ),
    ),
    # 「政策解读占主动公开信息的百分之几」「平均每件政策文件配了几篇解读」「主动公开的条数是新收申请的几倍」「平均一个月多少条」:
    # two figures of one report's text (or one of its text, one of its tables) combined, each read as asked alone
    # (after derived.metric, which answers what it reads of two stated numbers: 「12333来电中人工服务占比」)
    Route(
        "derived.figures",
        ("share", "ratio", "value", "describe", "average"),
        None,
        "two_figures.answer",
        many=False,
        when=lambda q: asks_two_figures(q.text),
    ),
    Route("share.reports", ("share",), CellMeasure, "corpus.share", many=True),
    # a share of cells (「新收申请里个人申请占几成」) is the table's, never a rate some sentence prints
    # (a rate whose formula the question writes — 「未办结率（结转下年÷(新收+上年结转)）」 — is the table's)
    Route(
        "share.metric",
        ("share",),
        MetricMeasure,
        "narrative.metric",
        when=lambda q: (
            not q.cells
            or "率" in q.text
            and not q.bases
            # 「予以公开率是多少」: a rate of 表三's rows the template defines is the table's — a sentence's 「办结率100%」
            # is another rate (the text's own rates are other names: 主动公开率, 公文公开率)
            and not TABLE_RATE.search(q.text)
        ),
    ),
    # 「按期办结率」「按时办结率」「及时办结率」: the tables count what was done, never when — a timeliness rate the text
    # does not state (share.metric above answers one it does) is refused, never 表三's 办结 ÷ 收 computed for it
    Route("refuse.timely_rate", ("share",), None, "narrative.refuse", when=lambda q: bool(TIMELY_RATE.search(q.text))),
    Route("share.cells", ("share",), CellMeasure, "table.share", many=False),
    # 「复议和诉讼加起来相当于新收申请的百分之几」「许可决定数是新收申请数的几倍」: one table's count over another's
    Route("ratio.across", ("*",), None, "across.across", many=False, when=lambda q: asks_across(q.text)),
    # 「予以公凯的是不予公开的几倍」: a ratio of one report with one side read — refused (then heard as it sounds),
    # never the side read given as the answer
    Route(
        "refuse.one_side",
        ("ratio",),
        CellMeasure,
        "table.one_side",
        many=False,
        when=lambda q: len({(c.table, c.row, c.col) for c in q.cells}) < 2,
    ),
    Route("value.text_first", ("value",), MetricMeasure, "narrative.metric", when=lambda q: q.text_first),
    Route(  # 「收了信息处理费没有？收了多少」: the text's 「未收取…信息处理费」 is 0 元
        "value.fee_text",
        ("value", "describe"),
        None,
        "narrative.fee_text",
        many=False,
        when=lambda q: bool(
            re.search(r"处理费|费用|收费|收(?:过|了|取过?)费|" + PAY_ASKED, q.text)
            and re.search(r"多少|几|有没有|是否|没有|吗|收了|没收|情况|怎么样|如何|没[？?。]?$|" + PAY_ASKED, q.text)
            and not any(c.row == "fee" for c in q.cells)  # (表二's 行政事业性收费 is a cell)
            # (「因为没交费被终止的有几件」: 表三's row of applications ended unpaid, a cell; 「申请公开要不要交钱」: the
            # word 申请 read as 表三's 新收 names whose charge is asked, no row of its own)
            and not any(c.table == "t3" and c.row != "new" for c in q.cells)
            # (「行政事业性收费金额」 is 表二's, never the text's 信息处理费, even when no cell was read)
            and "事业性收费" not in q.text
        ),
    ),
    Route(  # 「申请公开要不要交钱」 of a report whose text says nothing of a charge: refused, never 表三's 新收 (the
        # word 申请 read as that cell is no figure asked) nor a passage on applications beside it
        "refuse.fee_unsaid",
        ("value", "describe"),
        None,
        "narrative.refuse",
        many=False,
        when=lambda q: bool(
            re.search(PAY_ASKED, q.text)
            and all(c.table == "t3" and c.row == "new" for c in q.cells)
            and not re.search(r"(?:几|多少)(?:件|个|起|份)|件数", q.text)
        ),
    ),
    Route("value.text_row", ("value",), CellMeasure, "textrow.value", many=False),
    # 「所有行政复议（不只是信息公开的）」: the table's cases are the information-disclosure ones only
    Route("value.cells", ("*",), CellMeasure, "table.value", when=lambda q: not BEYOND_DISCLOSURE.search(q.text)),
    # the last resorts, for any operation the routes above could not serve (a ranking asked of one report …)
    # (「自然人提出的有多少」 of a report without a readable table: a sentence of the row's total is not the
    # column asked — the cell is refused below, said why)
    Route(
        "value.metric",
        ("*",),
        MetricMeasure,
        "narrative.metric",
        when=lambda q: (
            not (q.cells and q.cells[0].table == "t3" and q.cells[0].col not in ("tot", None))
            # (a rank, sum or comparison of several bodies named is never one body's figure, the best fitting)
            and not (q.operation in ("rank", "sum", "compare") and len(set(q.scope.agencies)) > 1)
        ),
    ),
    # 「人社厅2020行政诉讼总计」 of a report whose 表四 is a picture, its text silent: no passage stands for a cell
    # 「科研机构申请了多少件」 of a report whose 表三 merges 商业企业、科研机构 into one column: 报告未单列, never 0 or the sum
    Route(
        "value.unprinted",
        ("value",),
        CellMeasure,
        "absent.unprinted_cell",
        many=False,
        when=lambda q: isinstance(q.measures[0], CellMeasure),
    ),
    Route(
        "value.unreadable",
        ("value",),
        CellMeasure,
        "textrow.unreadable",
        many=False,
        when=lambda q: isinstance(q.measures[0], CellMeasure),  # a cell asked first, the text tried before
    ),
    # 「现行有效规范性文件」 of a 2019-template 表二 (新制作/新公开/对外公开总数量 only): no neighbour stands for it
    Route(
        "value.absent_cell",
        ("value",),
        CellMeasure,
        "absent.absent_cell",
        many=False,
        when=lambda q: isinstance(q.measures[0], CellMeasure),
    ),
    Route("describe", ("*",), None, "narrative.retrieve"),
)


def route(ctx: Context) -> tuple[str, Answer | None]:
    """The first answer of the routes that apply, and the route's name."""
    n = ctx.n
    for r in ROUTES:
        if r.applies(ctx.question, n):
            ans = r.handler(ctx)
            if ans is not None:
                return r.name, ans
    return "refuse", None
