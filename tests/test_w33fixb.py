"""wild33's last families, tables LINEARISED without a grid: table 三 as numbered paragraphs per row block (sub-rows
as clauses), rows as a 公众号 article's sentences with the 总计 column said 「共计」「总共」, a CMS plain-text version's
「｜」 bar rows with table 四 one line per kind, and table 二's fee with its unit after the value. Inputs written
here, not wild33's files."""

from __future__ import annotations

import io

from extractor.extract import extract_bytes
from extractor.tablespec import T3_COLS, T3_GF2021

_AGENCY = "渭南市富平县自然资源局"
# table 三 (GF2021), row key → 自然人 … 其他, 总计 (consistent: new + carry_in = r7 + carry_out)
_T3 = {r.key: [0] * 7 for r in T3_GF2021.rows}
_T3["new"] = [7, 2, 0, 0, 0, 1, 10]
_T3["carry_in"] = [1, 0, 0, 0, 0, 0, 1]
_T3["r1"] = [3, 1, 0, 0, 0, 0, 4]
_T3["r2"] = [1, 0, 0, 0, 0, 0, 1]
_T3["r3_3"] = [1, 0, 0, 0, 0, 0, 1]
_T3["r4_1"] = [2, 0, 0, 0, 0, 1, 3]
_T3["r6_2"] = [0, 1, 0, 0, 0, 0, 1]
_T3["r6_3"] = [1, 0, 0, 0, 0, 0, 1]
_T3["r7"] = [8, 2, 0, 0, 0, 1, 11]
_T4 = {"rv": [2, 1, 0, 0, 3], "ld": [0, 0, 1, 1, 2], "lr": [1, 0, 0, 0, 1]}
_KINDS = {"rv": "行政复议", "ld": "行政诉讼（未经复议直接起诉）", "lr": "行政诉讼（复议后起诉）"}
_NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
_T4_NAMES = ["结果维持", "结果纠正", "其他结果", "尚未审结"]
_GROUP = {"r3": "不予公开", "r4": "无法提供", "r5": "不予处理", "r6": "其他处理"}
_HEAD = {"r3": "（三）不予公开", "r4": "（四）无法提供", "r5": "（五）不予处理", "r6": "（六）其他处理"}


def _bare(label: str) -> str:
    return label.split(".", 1)[-1] if label[0].isdigit() else label.split("）", 1)[-1].split("、", 1)[-1]


def _said(values: list[int], names: list[str], total: str, sep: str) -> str:
    return sep.join(f"{n}{v}件" for n, v in zip(names, values)) + f"，{total}{values[-1]}件"


def _t2(fee: str) -> list[str]:
    return [
        "第二十条第（一）项，规章：本年制发件数1件，本年废止件数0件，现行有效件数9件。",
        "第二十条第（一）项，行政规范性文件：本年制发件数4件，本年废止件数2件，现行有效件数31件。",
        "第二十条第（五）项，行政许可：本年处理决定数量215件。",
        "第二十条第（六）项，行政处罚：本年处理决定数量18件。",
        "第二十条第（六）项，行政强制：本年处理决定数量0件。",
        f"第二十条第（八）项，行政事业性收费：{fee}",
    ]


def _report(t2: list[str], t3: list[str], t4: list[str]) -> list[str]:
    return [
        f"{_AGENCY}2024年政府信息公开工作年度报告",
        f"根据《中华人民共和国政府信息公开条例》，{_AGENCY}编制本报告。",
        "一、总体情况",
        "2024年，本局持续推进政务公开。",
        "二、主动公开政府信息情况",
        *t2,
        "三、收到和处理政府信息公开申请情况",
        *t3,
        "四、政府信息公开行政复议、行政诉讼情况",
        *t4,
        "五、存在的主要问题及改进情况",
        "公开内容还不够全面。",
        "六、其他需要报告的事项",
        "无。",
        _AGENCY,
        "2025年1月20日",
    ]


def _numbered_t3(total: str) -> list[str]:
    """Table 三 as numbered paragraphs per row block, the paragraphs counted from 「1.申请数量。」."""
    blocks: list[tuple[str, list[str]]] = [("申请数量", [])]
    for r in T3_GF2021.rows:
        said = _said(_T3[r.key], _NAMES, total, "，")
        if r.key in ("new", "carry_in"):
            blocks[0][1].append(f"{_bare(r.label).removesuffix('数量')}的，{said}")
        elif r.parent:
            if blocks[-1][0] != _GROUP[r.parent]:
                blocks.append((_GROUP[r.parent], []))
            blocks[-1][1].append(f"{_bare(r.label)}的，{said}")
        else:
            blocks.append((_bare(r.label).split("（")[0], [said]))
    return [f"{i}.{head}。{'；'.join(clauses)}。" for i, (head, clauses) in enumerate(blocks, 1)]


def _sentence_t3(total: str) -> list[str]:
    out = []
    for r in T3_GF2021.rows:
        label = f"{_HEAD[r.parent]}（{_bare(r.label)}）" if r.parent else r.label
        out.append(f"{label}：{_said(_T3[r.key], _NAMES, total, '、')}。")
    return out


def _sentence_t4(total: str, sep: str) -> list[str]:
    return [f"{_KINDS[g]}：{_said(_T4[g], _T4_NAMES, total, sep)}。" for g in _T4]


def _docx(lines: list[str]) -> bytes:
    from docx import Document

    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _html(lines: list[str]) -> bytes:
    body = "\n".join(f"<p>{x}</p>" for x in lines)
    return f"<html><head><meta charset='utf-8'></head><body><section>{body}</section></body></html>".encode()


def _assert_tables(values: dict, fee: float) -> None:
    for key, row in _T3.items():
        for col, v in zip(T3_COLS, row):
            assert values.get(f"t3.{key}.{col}") == v, (f"t3.{key}.{col}", values.get(f"t3.{key}.{col}"), v)
    cols = ("keep", "fix", "other", "pend", "tot")
    for g, row in _T4.items():
        for col, v in zip(cols, row):
            assert values.get(f"t4.{g}.{col}") == v, (f"t4.{g}.{col}", values.get(f"t4.{g}.{col}"), v)
    assert values.get("t2.fee.amount_wan") == fee
    assert values.get("t2.license.decisions") == 215


def test_numbered_paragraphs_per_row_block_in_a_docx():
    lines = _report(_t2("本年收费金额37.2万元。"), _numbered_t3("合计"), _sentence_t4("合计", "，"))
    report = extract_bytes(_docx(lines), "numbered.docx")
    _assert_tables(report.values(), 37.2)
    assert report.agency == _AGENCY and report.year == 2024


def test_wechat_sentences_say_the_total_gongji_or_zonggong():
    for total in ("共计", "总共"):
        lines = _report(_t2("本年收费金额0万元。"), _sentence_t3(total), _sentence_t4(total, "、"))
        report = extract_bytes(_html(lines), "wechat.html")
        _assert_tables(report.values(), 0)


def test_bar_rows_with_table_four_one_line_per_kind():
    t3 = ["申请人情况｜" + "｜".join([*_NAMES, "总计"])]
    for r in T3_GF2021.rows:
        if r.key == "r1":
            t3.append("三、本年度办理结果")
        if r.parent and _HEAD[r.parent] not in t3:
            t3.append(_HEAD[r.parent])
        t3.append("｜".join([r.label, *map(str, _T3[r.key])]))
    t4 = ["类别｜" + "｜".join([*_T4_NAMES, "总计"])] + ["｜".join([_KINDS[g], *map(str, v)]) for g, v in _T4.items()]
    t2 = _t2("本年收费金额12.5万元。")
    report = extract_bytes("\n".join(_report(t2, t3, t4)).encode(), "plain.txt")
    _assert_tables(report.values(), 12.5)


def test_fee_with_its_unit_after_the_value_and_never_another_unit():
    spoken = [x.replace("，", " ").replace("：", " ").removesuffix("。") for x in _t2("本年收费金额 6438.71 万元")]
    lines = _report(spoken, _sentence_t3("共计"), _sentence_t4("共计", "、"))
    values = extract_bytes(_html(lines), "spoken.html").values()
    assert values.get("t2.fee.amount_wan") == 6438.71
    # another unit is another scale: 「元」 is never read into the 万元 column
    lines = _report(_t2("本年收费金额6438元。"), _sentence_t3("共计"), _sentence_t4("共计", "、"))
    assert extract_bytes(_html(lines), "yuan.html").values().get("t2.fee.amount_wan") is None
