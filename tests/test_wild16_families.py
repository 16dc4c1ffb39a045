"""wild16's families that the generator's draws do not reach (issue 11): a fee in 万元 with a space (a
no-break space in HTML) between its groups of thousands (「6 755.79」, a 省 department; the model draws
fees under 1 000), and the guard of table 三's spacer column: a blank column beside a printed 法人「小计」
column is a column of the report, never a spacer (extractor/tables.py `_drop_spacer_column`). The
overprint families (doubled layer, struck revisions, pale stamps) and the spacer column itself are
generator families (tests/test_reportgen.py)."""

from __future__ import annotations

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import BY_NAME, prepared
from eval.reportgen.layout import parts
from eval.reportgen.model import expected
from extractor.extract import extract_bytes

FEE = "t2.fee.amount_wan"


@pytest.mark.parametrize(("family", "space"), [("html-plain", "\u00a0"), ("html-plain", " "), ("docx-merged", " ")])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_fee_with_spaced_thousands_reads_as_one_figure(family, space, seed):
    d = RandomDraw(seed)
    fam = BY_NAME[family]
    m, _ = prepared(d, fam, "GF2021")  # (GF2019 prints no fee row)
    value = 1000 * (seed + 2) + 755.79
    m.values[FEE] = value
    m.printed[FEE] = f"{seed + 2}{space}755.79"
    e = expected(m)
    report = extract_bytes(fam.render(parts(m), m, d), f"report.{'html' if family.startswith('html') else 'docx'}")
    assert not mismatches(report, e)
    assert next(c.value for c in report.cells if c.key == FEE) == value


def _t3_with_subtotal(blank_col: int, label: str = "小计") -> str:
    """A plain-text report whose table 三 prints a 法人「小计」 column after the five 法人 columns and
    leaves one 法人 column (`blank_col`, 1–5) blank in every row."""
    from extractor import tablespec as ts

    rows = []
    for k, r in enumerate(ts.t3_spec(True).rows):
        np_, org = 3 + k % 4, k % 3
        orgs = [org if i == 0 else 0 for i in range(5)]
        cells = [str(np_)] + ["" if i + 1 == blank_col else str(v) for i, v in enumerate(orgs)]
        rows.append(f"{r.label}|" + "|".join([*cells, str(sum(orgs)), str(np_ + sum(orgs))]))
    head = "|".join(
        ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", label, "总计"]
    )
    return (
        "三、收到和处理政府信息公开申请情况\n"
        + head
        + "\n"
        + "\n".join(rows)
        + "\n四、政府信息公开行政复议、行政诉讼情况\n"
    )


@pytest.mark.parametrize(("blank_col", "label"), [(2, "小计"), (5, "小计"), (5, "合计"), (2, "合计")])
def test_blank_column_beside_a_subtotal_column_is_not_a_spacer(blank_col, label):
    """Dropped as a spacer, the 小计's figures would be read as the blank column's: silently wrong. A
    header that names the seven columns and a 「合计」 besides is judged by its sums (review of w16fix)."""
    from extractor import tablespec as ts
    from extractor.document import Document, TextBuilder
    from extractor.extract import extract_document

    out = TextBuilder()
    for line in ("某县人民政府2023年政府信息公开工作年度报告", *_t3_with_subtotal(blank_col, label).splitlines()):
        if "|" in line:
            out.row(line.split("|"))
        else:
            out.line(line)
    report = extract_document(Document(out.text(), out.tokens, "html", None, []), "t.html", "t")
    col = ts.T3_COLS[blank_col]
    for c in report.cells:
        if c.key.startswith("t3.") and c.key.endswith(f".{col}"):
            assert c.value is None, c  # the blank column is blank (or refused), never the 小计's figure
