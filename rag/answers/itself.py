"""The REPORT ITSELF as data (zffixc): what a user asks of a report that is no figure of its tables nor text —
(1) on one report (the page's chosen report, or a question naming one): its year (「这份年报是哪一年度的」「本报告
所属年度」 → 2019年), who published it (「这是哪个单位的年报」「发布机关是谁」) and which template it follows
(「按哪个版本的模板」「是新模板还是旧模板」 → 2021年版 / 2019年版 / 2019年新条例施行前的旧版格式);
(2) over a set (「湖南省的报告里按2019版模板填报的有哪些」「浙江省有几份是新条例之前的老格式年报」): the set's reports of
one template, listed or counted (份). Every answer reads the stored report's year / agency / template — never a guess;
a question of neither kind is left to the router (None)."""

from __future__ import annotations

from collections.abc import Callable

from extractor.normalize import fold
from extractor.schema import Answer, Citation

from ..context import Context
from ..lazyre import lazy
from ..question import template_asked, template_in_force

# the courtesy and punctuation around the ask (「请问」「呢」「？」): what is left must be the whole ask
_AROUND = lazy(r"^(?:请问|麻烦问一下|想问一下|问一下|你好|您好)[，,：:]?|[？?。！!\s]+|[呀呢啊吗哈]+$")
_THIS = r"(?:这一?份|这一?个|这篇|这|本|该|此|当前(?:这份)?|选中的)?"
_DOC = r"(?:年度报告|年报|报告|工作报告|材料|文件)"
_WHICH_YEAR = r"(?:哪一?个?年度?|几几年度?|什么年[份度]|哪年度?|哪一年份)"
_YEAR = lazy(
    rf"^{_THIS}{_DOC}?(?:是|属于|对应的?是?|反映的?是?|统计的?是?|说的是|讲的是|写的是)?{_WHICH_YEAR}的?(?:{_DOC}|情况|数据|工作|事情?)?$"
    # 「本报告所涉及的年度是哪一年」「这份年报覆盖的年份是哪年」
    rf"|^{_THIS}{_DOC}?(?:所)?(?:涉及|覆盖|针对|统计|对应|反映)的?(?:年度|年份)(?:是|为)?(?:{_WHICH_YEAR}|多少|什么)?$"
    rf"|^{_THIS}{_DOC}的?(?:所属|报告|统计|对应的?)?年[度份](?:是|为)?(?:多少|哪一?年|什么|几几年|哪个)?$"
    rf"|^{_THIS}(?:是|为)?(?:哪一?个?年度?|几几年|哪年|什么年份)的(?:{_DOC})$"
)
_WHO = r"(?:谁家|谁|哪个单位|哪家单位|哪个机关|哪个部门|哪家|哪个机构|什么单位|什么机关|哪个政府)"
_AGENCY = lazy(
    rf"^{_THIS}{_DOC}?(?:是|由)?{_WHO}(?:发布|制作|编制|公布|发|出|写|报送)?的{_DOC}?$"
    rf"|^(?:发布|制作|编制|公布)(?:这一?份|这个|本|该|此)?{_DOC}的(?:机关|单位|部门|主体|机构)(?:是)?(?:谁|哪个|哪家|什么)?$"
    rf"|^{_THIS}{_DOC}?的?(?:发布|制作|编制|公布|报告)(?:机关|单位|部门|主体|机构)(?:是)?(?:(?:谁|哪个|哪家|什么)(?:单位|机关|部门)?)?$"
)
_FORM = r"(?:模板|格式|表格|样式|版式|版本|文件|样表)"
_TEMPLATE = lazy(
    rf"^{_THIS}{_DOC}?(?:是|用的是?|用了|采用的?是?|使用的?是?|按照?的?是?|依据的?是?|套用的?是?)?"
    rf"(?:哪个|哪一?版|什么|哪种|哪一?种|哪个版本的?|什么版本的?){_FORM}(?:填报|编制|写|制作|填写|做)?的?{_DOC}?$"
    rf"|^{_THIS}{_DOC}?(?:是|用的是?|用的|采用的?是?|按照?的?是?)?(?:新|旧|老)(?:版|的)?{_FORM}?还是(?:新|旧|老)(?:版|的)?{_FORM}?$"
    rf"|^{_THIS}{_DOC}?(?:按照?|依照|依据|根据|用|采用|使用)(?:哪个|哪一?版|什么|哪种|哪一?种)(?:版本的?)?{_FORM}?(?:填报|编制|写|制作|填写|做)的?{_DOC}?$"
)
TEMPLATE_SAID = {
    "GF2021": "2021年版格式（国办公开办函〔2021〕30号）",
    "GF2019": "2019年版格式（国办公开办函〔2019〕60号）",
    "LEGACY": "2019年新条例施行前的旧版格式（2019年以前，没有新版三张统计表）",
    "UNKNOWN": "未能识别的格式",
}
# a set's reports of one template: listed (哪些) or counted (几份)
_COUNT = lazy(r"几份|多少份|(?:报告|年报)的?(?:数量|份数)|有几个|一共几|共有几|总共几")
_LIST = lazy(r"哪(?:些|几)|列出|列一下|有哪|是哪|清单|名单")
# the template's words said with a year (「2019年新条例之前」「2019版」「21年版模板」): no year of the reports asked
_TEMPLATE_YEAR = lazy(r"(?:20)?(?:19|21)\s*年?\s*(?=版|(?:新|修订的?)?条例|的?(?:格式|模板|表格|样式)|(?:以|之)前)")
# what other asks may hold that is no template set: a figure asked, another filter (tables as pictures, all 0),
# the template's own rows (「2021版格式里不予公开的理由有哪几种」) — left to the router
_FIGURE = lazy(
    r"多少件|几件|多少条|多少万?元|多少次|几次|比例|占比|率|看不[到清]|图片|图像|截图|扫描|读不出|没(?:有|能)?读|未(?:能)?读"
    r"|识别|全(?:部|都)?(?:是|为)?[0零]|理由|原因|几种|几类|子项|细项|几项|下面|哪(?:几|一)?[项栏行列]"
)
# the set's reports are what is listed or counted
_REPORTS = lazy(r"报告|年报|份|单位|机关|部门|家")


def _bare(q: str) -> str:
    return _AROUND.sub("", fold(q)).replace(" ", "")


def one_report_asked(q: str) -> str | None:
    """「这份年报是哪一年度的」→ "year"; 「这是哪个单位的年报」→ "agency"; 「按哪个版本的模板」→ "template"."""
    b = _bare(q)
    for kind, rx in (("year", _YEAR), ("agency", _AGENCY), ("template", _TEMPLATE)):
        if rx.search(b):
            return kind
    return None


def of_one_report(ctx: Context, kind: str) -> Answer | None:
    """The one report's year / agency / template, as stored; None when the scope is not one report."""
    if ctx.n != 1:
        return None
    e = ctx.entry(ctx.ids[0])
    cite = [Citation(report_id=e.id, agency=e.agency, year=e.year)]
    who = e.agency or ctx.name(e.id, with_year=False)
    if kind == "year":
        if not e.year:
            return None
        return ctx.answer(
            f"{e.year}年（{who}{e.year}年政府信息公开工作年度报告）。",
            "check",
            intent="itself.year",
            value=e.year,
            unit="年",
            citations=cite,
        )
    if kind == "agency":
        if not e.agency:
            return None
        said = f"{e.year}年" if e.year else ""
        printed = _printed_name(ctx, e.id, e.agency)
        aside = f"；报告中印作「{printed}」" if printed else ""
        return ctx.answer(
            f"{e.agency}（{said}政府信息公开工作年度报告的发布机关{aside}）。",
            "check",
            intent="itself.agency",
            citations=cite,
        )
    form = template_in_force(e)
    said = f"{who}{e.year}年报告" if e.year else who
    return ctx.answer(f"{TEMPLATE_SAID.get(form, form)}（{said}）。", "check", intent="itself.template", citations=cite)


def template_set_asked(q: str) -> tuple[str, bool] | None:
    """「湖南省的报告里按2019版模板填报的有哪些」→ ("GF2019", False); 「…有几份是新条例之前的老格式年报」→
    ("LEGACY", True): the template a set's reports are filtered by, and whether they are counted."""
    f = fold(q)
    want = template_asked(f)
    if not want or _FIGURE.search(f) or not _REPORTS.search(f):
        return None
    from .. import intent

    if intent.parse(
        scope_words(f)
    ).cells:  # 「2021版格式的年报中哪些有行政复议」: a figure filters the set too — the router's
        return None
    counted = bool(_COUNT.search(f))
    if not counted and not _LIST.search(f):
        return None
    return want, counted


def scope_words(q: str) -> str:
    """The question with the template's own years taken out (「2019年新条例之前」 asks no report of 2019)."""
    return _TEMPLATE_YEAR.sub("", fold(q))


def of_set(ctx: Context, want: str, counted: bool, name: Callable[[str], str]) -> Answer | None:
    """The scope's reports whose template (stored, else the one in force for their year) is `want`."""
    if ctx.n == 0:
        return None
    ids = [r for r in ctx.ids if template_in_force(ctx.entry(r)) == want]
    form = TEMPLATE_SAID.get(want, want)
    if not ids:
        return ctx.answer(
            f"没有：所查{ctx.n}份报告中没有{form}的报告。", "check", intent="which_reports.list", value=0, unit="份"
        )
    shown = ids[:30]
    more = f"等{len(ids)}份" if len(ids) > len(shown) else f"共{len(ids)}份"
    lines = "；".join(f"{name(r)}（{want}）" for r in shown)
    return ctx.answer(
        f"{more}（所查{ctx.n}份中）是{form}：{lines}",
        "check",
        intent="which_reports.list",
        value=len(ids),
        unit="份",
        citations=[Citation(report_id=r, agency=ctx.entry(r).agency, year=ctx.entry(r).year) for r in shown],
    )


def _printed_name(ctx: Context, report_id: str, agency: str) -> str | None:
    """The agency as a 繁體 report prints it (「桂林市秀峯區衛生健康局」): the record names the body in simplified, the
    way users search; a reader asking who published it also sees the name as the page shows it. None when the report
    prints it as recorded."""
    from extractor.traditional import has_traditional, simplify

    report = ctx.store.report(report_id)
    if report is None:
        return None
    text = f"{report.title or ''}\n{report.text[:4000]}"
    if not has_traditional(text):
        return None
    view, i = simplify(text), 0  # (one character for one: the simplified copy's offsets are the printed text's)
    while (i := view.find(agency, i)) >= 0:
        if text[i : i + len(agency)] != agency:
            return text[i : i + len(agency)]
        i += 1
    return None
