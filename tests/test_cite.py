"""Citations a person can paste: quotes joined across line breaks, table cells by printed label."""

from rag.cite import cell_citation, cell_label, joined, sentences


def test_line_breaks_inside_a_sentence_are_joined_not_replaced():
    assert (
        joined("依申请公开工作规范性有待提\n高，政务公开队伍建设有待加强。")
        == "依申请公开工作规范性有待提高，政务公开队伍建设有待加强。"
    )
    assert "；" not in joined("有待提\r\n  高")
    assert joined("open\ndata") == "open data"  # two ASCII words keep their space


def test_sentences_end_at_punctuation_blank_lines_and_headings():
    text = "六、其他需要报告的事项\n2022年，我市在全省\n绩效评估中排名第三。下一句。\n\n新段落"
    got = [text[a:b].strip() for a, b in sentences(text)]
    assert got == ["六、其他需要报告的事项", "2022年，我市在全省\n绩效评估中排名第三。", "下一句。", "新段落"]


def test_table_citation_quotes_printed_label_column_digits_and_page():
    cells = {
        "t3.new.tot": {"raw": "56", "start": 10, "end": 12, "page": 3, "value": 56.0},
        "t3.new.np": {"raw": "55", "start": 4, "end": 6, "page": 3, "value": 55.0},
        "t3.r6.tot": {"raw": "", "start": None, "end": None, "page": None, "value": None},
    }
    c = cell_citation("rid", None, cells, ["t3.new.tot", "t3.new.np", "t3.r6.tot"])
    assert (
        c.quote
        == "表三「一、本年新收政府信息公开申请数量」总计 56，自然人 55；表三「（六）其他处理」总计 （空白）（第3页）"
    )
    assert c.span.start == 4 and c.span.end == 12 and c.span.page == 3
    assert cell_label("t4.ld.keep") == "表四「行政诉讼·未经复议直接起诉」结果维持"
    assert cell_label("t3.r4_1.np") == "表三「（四）无法提供1.本机关不掌握相关政府信息」自然人"
