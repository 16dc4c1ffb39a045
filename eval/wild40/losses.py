"""Measure eval/wild40 cell by cell: `.venv/bin/python eval/wild40/losses.py` (run from the repository root).

Unlike make.py and validate.py this runs the product (eval.extraction.score_report and `xxgk extract --format
json --no-llm`), so it is a measurement tool, not part of building the set: per file the cells right, missing
(no value at all), null (value null, usually with a doubt) and wrong (a number that is not the gold's), every wrong
cell, the doubts of files that lost cells, and whether agency (`agency` or `agency_full`), year and template match.
"""
from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

from eval.extraction import score_report

HERE = Path(__file__).resolve().parent


def main() -> None:
    tot: collections.Counter = collections.Counter()
    ident: collections.Counter = collections.Counter()
    for f in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_path"] = str(HERE / g["file"])
        s = score_report(g)
        c: collections.Counter = collections.Counter()
        wrong = []
        for key, gv, got in s.wrong:
            kind = "missing" if got == "<missing>" else ("null" if got is None else "wrong")
            c[kind] += 1
            if kind == "wrong":
                wrong.append((key, gv, got))
        right = sum(r for r, _ in s.cells.values())
        n = sum(n for _, n in s.cells.values())
        tot.update(c)
        tot["right"] += right
        tot["total"] += n
        p = subprocess.run([str(Path(sys.executable).parent / "xxgk"), "extract", "--format", "json", "--no-llm", g["_path"]],
                           capture_output=True, text=True)
        d = json.loads(p.stdout) if p.stdout.strip().startswith("{") else {}
        a = g["agency"] in (d.get("agency"), d.get("agency_full"))
        y = d.get("year") == g["year"]
        t = d.get("template") == g["template"]
        ident.update({"agency": a, "year": y, "template": t})
        print(f"{g['id']:38s} [{g['family']}]\n{'':38s} {right:4d}/{n:<4d} missing {c['missing']:3d} null {c['null']:3d} wrong {c['wrong']:3d}"
              f"  agency {'ok' if a else 'NO ' + str(d.get('agency_full'))} year {'ok' if y else 'NO'}"
              f" template {'ok' if t else 'NO'}")
        for w in wrong:
            print("      WRONG", w)
        defects = [(x.get("check"), x.get("where")) for x in d.get("findings", []) if x.get("kind") == "report_defect"]
        gold_f = [(x["check"], x["where"]) for x in g["findings"]]
        if defects or gold_f:
            print(f"      findings gold {gold_f} product {defects}")
        if right < n:
            for x in d.get("findings", []):
                if x.get("kind") != "report_defect":
                    print("      ", x.get("check"), x.get("where"), (x.get("note") or "")[:120])
    print(dict(tot), dict(ident))


if __name__ == "__main__":
    main()
