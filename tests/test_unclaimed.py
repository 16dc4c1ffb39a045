"""Where the lean LLM pass looks: numbers outside the tables that no rule claimed, minus the many
numbers that are not claims."""

from __future__ import annotations

from extractor.extract import extract_bytes
from extractor.unclaimed import MAX_CLAUSES, open_clauses, open_numbers
from reportgen import consistent_values, render

OPEN = "视频号粉丝数\n54373；全年开展培训十余次，编发简报近百期。"
NOT_CLAIMS = (
    "联系电话：0591-2316525，邮编：350400，地址：金井湾商务营运中心7号楼14层。"
    "详见《关于支持企业共渡难关二十条措施的通知》和“12345”热线。发布时间：2023-01-09 10:07。"
    "第三季度召开第5次会议，落实“三个一”工作机制，推动“一网通办”。"
)


def _report(extra: str):
    anchor = "全县共主动公开政府信息1234条，"
    text = render(consistent_values(3), "pipe").replace(anchor, anchor + extra)
    return extract_bytes(text.encode(), "gen.txt")


def test_numbers_no_rule_claimed_are_open():
    report = _report(OPEN + NOT_CLAIMS)
    found = [report.text[s.start : s.end] for s in open_numbers(report)]
    assert found == ["54373", "十", "百"]
    clauses = [report.text[c.start : c.end] for c in open_clauses(report)]
    assert any("粉丝数" in c and "54373" in c for c in clauses)  # the label a line above comes along


def test_what_the_rules_read_and_the_tables_are_not_open():
    report = _report("")
    assert open_numbers(report) == []  # 1234条, the applications count and every table cell are claimed or tables


def test_a_report_full_of_open_numbers_is_capped():
    report = _report("".join(f"第{i}项工作开展了{'三四五六七八九'[i % 7]}十余次调研。" for i in range(200)))
    assert len(open_clauses(report)) == MAX_CLAUSES
