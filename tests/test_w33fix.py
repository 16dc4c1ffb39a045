"""wild33's families: tables LINEARISED — a data export's key paths, a screen-reader version reading cell by cell,
table 三 transposed in a tab-separated export, rows spoken or bulleted with 其他处理's 「其他」 unnumbered — and a
national agricultural hi-tech zone's 管委会 named in the title. Inputs written here, not wild33's files."""

from __future__ import annotations

from extractor.agency import identify
from extractor.extract import extract_bytes
from extractor.tablespec import T3_COL_LABELS, T3_COLS, T3_GF2021

_COLS = [T3_COL_LABELS[c] for c in T3_COLS]  # 自然人 … 其他, 总计
# table 三 (GF2021), row key → the seven columns: consistent (new + carry_in = r7 + carry_out)
_T3 = {r.key: [0] * 7 for r in T3_GF2021.rows}
_T3["new"] = [6, 1, 0, 0, 0, 0, 7]
_T3["r1"] = [3, 1, 0, 0, 0, 0, 4]
_T3["r3_1"] = [1, 0, 0, 0, 0, 0, 1]
_T3["r6_3"] = [2, 0, 0, 0, 0, 0, 2]
_T3["r7"] = [6, 1, 0, 0, 0, 0, 7]
_GROUP = {"r3": "（三）不予公开", "r4": "（四）无法提供", "r5": "（五）不予处理", "r6": "（六）其他处理"}
_T4 = {"行政复议": [2, 1, 0, 0, 3], "未经复议直接起诉": [0, 0, 1, 0, 1], "复议后起诉": [1, 0, 0, 0, 1]}
_T4_COLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

_HEAD = [
    "{agency}2023年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》编制。",
    "一、总体情况",
    "2023年，本机关认真贯彻落实《条例》，持续深化政务公开。",
    "二、主动公开政府信息情况",
]
_TAIL = [
    "五、存在的主要问题及改进情况",
    "政策解读形式还不够丰富。",
    "六、其他需要报告的事项",
    "本机关无其他需要报告的事项。",
    "{agency}",
    "2024年1月15日",
]


def _rows(bare: bool = False):
    """(path parts, values) of table 三's rows in order; `bare`: the labels' numbers left out."""
    for r in T3_GF2021.rows:
        label = r.label
        if bare:
            label = label.split("、", 1)[-1].split("）", 1)[-1] if label[0] in "一二四（" else label.split(".", 1)[-1]
        parts = [_GROUP[r.parent], label] if r.parent and r.parent != r.key else [label]
        if bare and r.parent:
            parts[0] = _GROUP[r.parent][3:]
        yield r.key, parts


def _report(agency: str, t2: list[str], t3: list[str], t4: list[str]) -> str:
    head = [x.format(agency=agency) for x in _HEAD]
    tail = [x.format(agency=agency) for x in _TAIL]
    mid = [*t2, "三、收到和处理政府信息公开申请情况", *t3, "四、政府信息公开行政复议、行政诉讼情况", *t4]
    return "\n".join([*head, *mid, *tail]) + "\n"


def _t2_lines(fmt) -> list[str]:
    return [
        fmt(["第二十条第（一）项", "规章"], "本年制发件数", 0),
        fmt(["第二十条第（一）项", "规章"], "现行有效件数", 4),
        fmt(["第二十条第（一）项", "行政规范性文件"], "本年制发件数", 2),
        fmt(["第二十条第（五）项", "行政许可"], "本年处理决定数量", 57),
        fmt(["第二十条第（六）项", "行政处罚"], "本年处理决定数量", 31),
        fmt(["第二十条第（八）项", "行政事业性收费"], "本年收费金额（单位：万元）", 12.5),
    ]


def _values(report) -> dict:
    return report.values()


def _assert_t3(values: dict, skip: frozenset[str] = frozenset()) -> None:
    for key, row in _T3.items():
        for col, v in zip(T3_COLS, row):
            cell = f"t3.{key}.{col}"
            if cell in skip:
                assert values.get(cell) is None, (cell, values.get(cell))
            else:
                assert values.get(cell) == v, (cell, values.get(cell), v)


def _assert_t4(values: dict) -> None:
    for g, row in zip(("rv", "ld", "lr"), _T4.values()):
        for col, v in zip(("keep", "fix", "other", "pend", "tot"), row):
            assert values.get(f"t4.{g}.{col}") == v, (g, col, values.get(f"t4.{g}.{col}"))


def test_key_path_export_reads_every_cell_by_its_path_and_a_line_left_out_is_missing():
    """「本年度办理结果-不予公开-属于国家秘密-自然人：1」: a cell by its row's path and its column's name, the
    labels' numbers left out (「予以公开」, 「其他处理-其他」, 「总计」); a line the export leaves out is no 0."""

    def fmt(path, name, v):
        return "-".join(["主动公开", *path, name]) + f"：{v}"

    t3: list[str] = ["[表三]"]
    for key, parts in _rows(bare=True):
        head = ["本年度办理结果"] if key.startswith("r") else []
        for name, v in zip(_COLS, _T3[key]):
            if (key, name) != ("r1", "科研机构"):
                t3.append("-".join([*head, *parts, name]) + f"：{v}")
    t4 = ["[表四]"] + [
        f"{'行政诉讼-' if g != '行政复议' else ''}{g}-{c}：{v}" for g, row in _T4.items() for c, v in zip(_T4_COLS, row)
    ]
    text = _report("某市某区人民政府", ["[表二]", *_t2_lines(fmt)], t3, t4)
    values = _values(extract_bytes(text.replace("\n", "\r\n").encode("utf-8"), "export.txt"))
    _assert_t3(values, frozenset({"t3.r1.sci"}))
    assert "t3.r1.sci" not in values or values["t3.r1.sci"] is None
    _assert_t4(values)
    assert values["t2.norm.made"] == 2 and values["t2.license.decisions"] == 57 and values["t2.fee.amount_wan"] == 12.5


def test_screen_reader_cells_read_by_their_headers_never_by_their_positions():
    """An 无障碍 version with no <table>: 「第8行，第4列，（三）不予公开，1.属于国家秘密，自然人，数值：1」 a
    paragraph a cell, each table announced 「表格开始，共29行10列。」: the positions are no values."""

    def p(line: str) -> str:
        return f"<p>{line}</p>"

    def fmt(path, name, v):
        return p(f"第3行，第2列，{'，'.join(path)}，{name}，数值：{v}")

    t3 = [p("表格开始，共28行10列。")]
    for n, (key, parts) in enumerate(_rows(), 4):
        for c, (name, v) in enumerate(zip(_COLS, _T3[key]), 4):
            t3.append(p(f"第{n}行，第{c}列，{'，'.join(parts)}，{name}，数值：{v}"))
    t3.append(p("表格结束。"))
    kinds = {
        "行政复议": "行政复议",
        "未经复议直接起诉": "行政诉讼（未经复议直接起诉）",
        "复议后起诉": "行政诉讼（复议后起诉）",
    }
    t4 = [p("表格开始，共4行15列。")]
    for k, (g, row) in enumerate(_T4.items()):
        for c, (name, v) in enumerate(zip(_T4_COLS, row), 1 + 5 * k):
            t4.append(p(f"第4行，第{c}列，{kinds[g]}，{name}，数值：{v}"))
    t2 = [p("表格开始，共14行4列。"), *_t2_lines(fmt), p("表格结束。")]
    body = _report("某市某区人民政府", t2, t3, t4).splitlines()
    page = "".join(x if x.startswith("<p>") else p(x) for x in body)
    values = _values(extract_bytes(f"<html><body>{page}</body></html>".encode(), "a11y.html"))
    _assert_t3(values)
    _assert_t4(values)
    assert values["t2.reg.valid"] == 4 and values["t2.penalty.decisions"] == 31 and values["t2.fee.amount_wan"] == 12.5


def test_t3_transposed_in_a_tab_separated_export():
    """Table 三 with a row per applicant type and a column per template row (「（三）不予公开：属于国家秘密」)."""
    keys = [key for key, _ in _rows()]
    heads = ["：".join(parts) for _, parts in _rows()]
    t3 = ["\t".join(["申请人情况", *heads])]
    for i, name in enumerate(_COLS):
        t3.append("\t".join([name, *(str(_T3[k][i]) for k in keys)]))
    t4 = ["\t".join(["", *_T4_COLS])] + ["\t".join([g, *map(str, row)]) for g, row in _T4.items()]
    t2 = ["信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "规章\t0\t0\t4", "行政规范性文件\t2\t0\t9"]
    text = _report("某市某区卫生健康局", t2, t3, t4)
    values = _values(extract_bytes(("\ufeff" + text.replace("\n", "\r\n")).encode(), "export.txt"))
    _assert_t3(values)


def test_other_of_other_handling_unnumbered_in_spoken_and_bulleted_rows():
    """其他处理's 「3.其他」 with its number left out: right after its group (an elder-mode page's spoken row
    「（六）其他处理 其他 自然人 2 件 …」) or opening a row of named values (「其他：自然人2；…」)."""

    def spoken(key, parts, row):
        return " ".join([*parts, *(f"{n} {v} 件" for n, v in zip(_COLS, row))])

    def bullet(key, parts, row):
        return f"{parts[-1]}：" + "；".join(f"{n}{v}" for n, v in zip(_COLS, row))

    for line in (spoken, bullet):
        t3: list[str] = []
        for key, parts in _rows():
            if line is bullet and len(parts) == 2:
                if parts[0] not in t3:
                    t3.append(parts[0])
                parts = [parts[1].split(".", 1)[-1]]
            t3.append(line(key, parts, _T3[key]))
        t4 = [f"{g} " + " ".join(f"{c} {v} 件" for c, v in zip(_T4_COLS, row)) for g, row in _T4.items()]
        text = _report("某市某区人民政府", [], t3, t4)
        values = _values(extract_bytes(text.encode(), "rows.txt"))
        assert [values.get(f"t3.r6_3.{c}") for c in T3_COLS] == _T3["r6_3"], line.__name__
        _assert_t3(values)


def test_agricultural_hi_tech_zone_committee_named_from_the_title():
    """杨凌农业高新技术产业示范区 (a national zone the province administers as a prefecture): its 管委会 by its
    full name, the zone as its region, 市级政府; its departments 市级部门; 杨陵区 under it stays a district."""
    ident = identify("杨凌农业高新技术产业示范区管理委员会")
    assert ident is not None
    assert (ident.full, ident.region, ident.level) == (
        "杨凌农业高新技术产业示范区管理委员会",
        "陕西省杨凌农业高新技术产业示范区",
        "市级政府",
    )
    assert identify("杨凌示范区管委会").full == "杨凌农业高新技术产业示范区管理委员会"  # type: ignore[union-attr]
    assert identify("杨凌示范区财政局").level == "市级部门"  # type: ignore[union-attr]
    assert identify("杨陵区人民政府").full == "咸阳市杨陵区人民政府"  # type: ignore[union-attr]
    text = _report("杨凌农业高新技术产业示范区管理委员会", [], [], [])
    report = extract_bytes(
        f"<html><head><title>x</title></head><body><p>{'</p><p>'.join(text.splitlines())}</p>".encode(), "z.html"
    )
    assert report.agency == "杨凌农业高新技术产业示范区管理委员会"
    assert (report.region, report.agency_level) == ("陕西省杨凌农业高新技术产业示范区", "市级政府")
