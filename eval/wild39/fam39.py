"""Printers of eval/wild39's hunt: THE PUBLISHER'S OWN DEFECTS — tables as the publisher typed them, with the
inconsistencies real reports carry (a 总计 that does not add, 本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年度, a table 四
总计 off, a result cell not carried into its 总计, two rows typed into each other's places, a negative 结转下年度).

Most defects are planted by make.py's own `defect` / `t4defect` deltas (the printed cell differs from what the
other cells imply). The two that are not a delta are applied here, to the report's values before printing, so the
gold (read from the same values after printing) holds what is printed:
- s["swap"] = [(row_a, row_b), …]: the two rows' figures printed in each other's places, every column;
- s["setcell"] = {key: value}: a cell printed as the publisher typed it (e.g. a negative 结转下年度).
The layouts are fam17's (Word/WPS PDF, Word, CMS page); the gold's findings are recomputed from the printed cells
(model.findings), each a `report_defect`: the report is at fault, not the reading."""
from __future__ import annotations

import fam17 as N
from model import COLS


def _apply(s: dict) -> None:
    t3 = s["t3"]
    for a, b in s.get("swap", []):
        for c in COLS:
            t3[f"{a}.{c}"], t3[f"{b}.{c}"] = t3[f"{b}.{c}"], t3[f"{a}.{c}"]
    for key, v in s.get("setcell", {}).items():
        sect, k = key.split(".", 1)
        s[sect][k] = v


def p39(s):
    """fam17's Word/WPS PDF of the report, the publisher's defects as typed."""
    _apply(s)
    return N.p_report17(s)


def d39(s):
    """fam17's Word report, the publisher's defects as typed."""
    _apply(s)
    return N.d_report17(s)


def h39(s):
    """fam17's CMS page (s["cms"]), the publisher's defects as typed."""
    _apply(s)
    return N.h_cms17(s)
