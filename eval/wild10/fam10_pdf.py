"""PDF printers of eval/wild10: the producers publishers print with (display-list engine of pdfbase.py)."""
from __future__ import annotations

from base import ctx
from fam_pdf import std_tables
from pdfbase import A4, H4, W4, Flow, emit, report_flow, t2_rows, t3_rows_hdr2, t4_rows


def plain(s, producer, creator, title=None):
    """The standard ruled report, with the producer's metadata."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    s.setdefault("producer", producer)
    s.setdefault("creator", creator)
    if title:
        s.setdefault("pdf_title", title)
    return emit(s, fl.pages, A4)


def p_ms_print(s):
    """Printed from Word through 「Microsoft Print to PDF」 (Producer 「Microsoft: Print To PDF」, Title 「Microsoft
    Word - <file>.docx」)."""
    return plain(s, "Microsoft: Print To PDF", "", f"Microsoft Word - {s['title']}.docx")


def p_foxit(s):
    """A 镇's report printed by the Foxit PDF printer (Producer 「Foxit PhantomPDF Printer Version 9.7」)."""
    return plain(s, "Foxit PhantomPDF Printer Version 9.7.1.29511", "福昕阅读器")


def p19_wps(s):
    """GF2019 report exported by WPS 文字 (「输出为PDF」)."""
    return plain(s, "WPS 文字", "WPS 文字")


def p_word_export(s):
    """Word 「另存为 PDF」 of a 镇 (2025)."""
    return plain(s, "Microsoft® Word 适用于 Microsoft 365", "Microsoft® Word 适用于 Microsoft 365")


def p_fit_page(s):
    """Tables printed from WPS 表格 with 「将整个工作表打印在一页」: every table scaled down — table 三 in 5-pt type,
    tables 二 and 四 in 5.5-pt type."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    tabs = {"t2": lambda f: f.table(t2_rows(s, cell), [110, 65, 65, 65], size=5.5),
            "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [150] + [30] * 7, size=5, repeat=2),
            "t4": lambda f: f.table(t4_rows(cell), [26] * 15, size=5)}
    report_flow(s, fl, tabs)
    s.setdefault("producer", "WPS 表格")
    s.setdefault("creator", "WPS 表格")
    return emit(s, fl.pages, A4)


def p_notes(s):
    """A 开发区's PDF with notes under every table: dates, a count of applications carried in prose and the
    statistics' time span (figures outside the tables)."""
    cell = ctx(s)
    y = s["year"]
    base = std_tables(s, cell)
    notes = {"t2": f"注：本表数据统计时限为{y}年1月1日至{y}年12月31日。",
             "t3": f"注：1.本年新收申请中，通过互联网渠道提交{s['t3']['new.tot'] // 2}件；2.本表不含咨询类来电。",
             "t4": "注：行政复议、行政诉讼均以收到法律文书之日统计。"}

    def with_note(k):
        def f(fl):
            base[k](fl)
            fl.para(notes[k], size=9, indent=False)
        return f
    report_flow(s, fl := Flow(W4, H4), {k: with_note(k) for k in ("t2", "t3", "t4")})
    s.setdefault("producer", "Microsoft® Word 2019")
    return emit(s, fl.pages, A4)
