"""Rebuild eval/wild40 (reports, gold and picture models) byte for byte: `.venv/bin/python eval/wild40/make.py [ID …]`.

Values come from eval/corpus/gold (varied, identities recomputed); agencies, narrative and table 二 are
invented for the layout. Imports nothing of the project's code. Tools: reportlab (PDF), python-docx (DOCX);
XLSX, CSV, HTML, Markdown, text and JSON are written by hand. The printers are in fam40.py (on fam35's, fam34's, fam33's, fam32's, fam31's, fam30's, fam29's, fam28's, fam27's, fam26's, fam25's, fam24's, fam23's, fam22's, fam21's, fam20's, fam19's, fam18's, fam17's, fam16's, fam15's, fam14's, fam13's and fam12's).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fam14  # noqa: F401,E402  (its hooks)
import fam15 as G  # noqa: E402
import fam16 as F  # noqa: E402
import fam17 as N  # noqa: E402
import fam18 as R  # noqa: E402,F401
import fam19 as S  # noqa: E402,F401
import fam20 as V  # noqa: E402,F401
import fam21 as W  # noqa: E402,F401
import fam22 as X  # noqa: E402,F401
import fam23 as Y  # noqa: E402,F401
import fam24 as Z  # noqa: E402,F401
import fam25 as P  # noqa: E402,F401
import fam26 as Q  # noqa: E402,F401
import fam27 as T  # noqa: E402,F401
import fam28 as U  # noqa: E402,F401
import fam29 as K  # noqa: E402,F401
import fam30 as L  # noqa: E402,F401
import fam31 as M  # noqa: E402,F401
import fam32 as O  # noqa: E402,F401
import fam33 as H33  # noqa: E402,F401
import fam34 as H34  # noqa: E402,F401
import fam35 as H35  # noqa: E402,F401
import fam40 as H40  # noqa: E402,F401
from model import findings, t2_values, t3_values, t4_values  # noqa: E402

EXT = {"html": "html", "docx": "docx", "pdf": "pdf", "markdown": "md", "txt": "txt", "csv": "csv", "xlsx": "xlsx",
       "json": "json", "fodt": "fodt",
       "fods": "fods", "xml": "xml", "eml": "eml", "warc": "warc", "webarchive": "webarchive", "jsonl": "jsonl",
       "mhtml": "mhtml", "zip": "zip", "enex": "enex", "har": "har", "gzip": "html.gz",
       "tar": "tar.gz", "tiff": "tif", "odt": "odt", "gzip2": "html.gz.gz"}



HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]

ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]

from specs40 import REPORTS  # noqa: E402


def build(spec: dict) -> tuple[bytes, dict]:
    s = dict(spec)
    s.setdefault("site", s["agency"])
    from text import title
    s["title"] = title(s)
    s["date"] = f"{s['year'] + 1}年1月20日"
    s["placeholders"] = {}
    tmpl = s["template"]
    if tmpl == "LEGACY":
        s["t2"], s["t3"], s["t4"] = {}, {}, {}
    else:
        s["t3"] = t3_values(s["source"], tmpl, s["id"], s.get("defect"), s.get("boost"), s.get("small", False))
        if s.get("t3zero"):  # a body that received no application at all
            s["t3"] = {k: 0 for k in s["t3"]}
        s["t4"] = t4_values(s["source"], s["id"], s.get("t4defect"), s.get("small", False))
        cases = s.get("t4cases", {} if s.get("small") else None)
        if cases is not None:  # a small body's table 四: the few cases it had (mostly none at all)
            t4 = {k: cases.get(k, 0) for k in s["t4"]}
            for kind in ("rv", "ld", "lr"):
                t4[f"{kind}.tot"] = sum(t4[f"{kind}.{p}"] for p in ("keep", "fix", "other", "pend"))
            for k, d in (s.get("t4defect") or {}).items():
                t4[k] += d
            s["t4"] = t4
        s["t2"] = t2_values(tmpl, s["id"], s.get("t2scale", 1))
        if s.get("small"):  # a 乡镇's table 二: few decisions, no fee income, a small procurement
            for k in s["t2"]:
                if k.endswith(("decisions", "valid", "total_public")):
                    s["t2"][k] //= 12
            if "fee.amount_wan" in s["t2"]:
                s["t2"]["fee.amount_wan"] = 0
            if "procurement.amount" in s["t2"]:
                s["t2"]["procurement.amount"] = round(s["t2"]["procurement.amount"] / 20, 2)
        s["t2"].update(s.get("t2set", {}))
        if s.get("yuan"):
            s["t2"]["procurement.amount"] = round(s["t2"]["procurement.amount"] * 10000, 2)
        if "comment_text" in s:
            s["comment_text"] = s["comment_text"].format(sum(s["t3"][f"r1.{c}"] for c in
                                                             ("np", "biz", "sci", "npo", "law", "oth")))
    data = s["printer"](s)
    ph = dict(s["placeholders"])
    for key in ph:  # a placeholder cell (「/」) is null in gold, never 0
        sect, k = key.split(".", 1)
        s[sect][k] = None
    for key in s.get("not_printed", []):  # wild38: a cell the report does not print on its own is null, never 0
        sect, k = key.split(".", 1)
        s[sect][k] = None
    if tmpl == "GF2019":
        ph["t2.procurement.amount_unit"] = s.get("unit", "万元")
    gold = {
        "id": s["id"], "file": f"reports/{s['id']}.{s.get('ext') or EXT[s['fmt']]}", "agency": s["agency"], "region": s["region"],
        "level": s["level"], "year": s["year"], "template": tmpl, "tables_recoverable": tmpl != "LEGACY",
        "family": s["family"], "format": s["fmt"],
        "t2": s["t2"], "t3": s["t3"], "t4": s["t4"], "placeholders": dict(sorted(ph.items())),
        "findings": findings(tmpl, s["t3"], s["t4"]) if tmpl != "LEGACY" else [],
        "special": s["special"], "metrics": [], "qa": [],
    }
    if "not_printed" in s:  # wild38: the template cells the report does not print (left out or merged)
        gold["not_printed"] = s["not_printed"]
    if "model" in s:  # wild25: the page model of a picture report (models/<id>.json, for validate.py)
        gold["model"] = s["model"]
    return data, gold


def main() -> None:
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "models").mkdir(exist_ok=True)
    only = set(sys.argv[1:])
    for spec in REPORTS:
        if only and spec["id"] not in only:
            continue
        data, gold = build(spec)
        (HERE / gold["file"]).write_bytes(data)
        if "model" in gold:
            (HERE / "models" / f"{gold['id']}.json").write_text(
                json.dumps(gold.pop("model"), ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        (HERE / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
        print(f"{gold['id']:42s} {len(data):7d} B  findings={[(f['check'], f['where']) for f in gold['findings']]}")


if __name__ == "__main__":
    main()
