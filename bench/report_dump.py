"""Aid for speed work (not a test): every Report of the corpus, of eval/wild, wild2, wild3 and of 100 generated
variants, as one JSON file, so a change meant to be output-neutral can be checked byte for byte.

    .venv/bin/python bench/report_dump.py before.json      # on the commit before the change
    .venv/bin/python bench/report_dump.py after.json       # after it
    cmp before.json after.json

Variants: the five generated forms (pipe, lines, Markdown, HTML, glued) × seeds × GF2019/GF2021
（六） × the vendor 小计 column, some with a broken identity and a blank cell.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extractor.extract import extract_bytes  # noqa: E402
from reportgen import consistent_values, render  # noqa: E402


def main() -> int:
    out: dict[str, dict] = {}
    for folder in (
        ROOT / "eval" / "corpus" / "reports",
        ROOT / "eval" / "wild" / "reports",
        ROOT / "eval" / "wild2" / "reports",
        ROOT / "eval" / "wild3" / "reports",
    ):
        for p in sorted(folder.iterdir()):
            if p.suffix in (".txt", ".md", ".html", ".pdf", ".docx"):
                key = p.name if folder.parent.name == "corpus" else f"{folder.parent.name}/{p.name}"
                out[key] = json.loads(extract_bytes(p.read_bytes(), p.name).model_dump_json())
    for seed in range(1, 6):
        for form in ("pipe", "lines", "markdown", "html", "glued"):
            for single_r6 in (False, True):
                for subtotal in (False, True):
                    values: dict[str, int | float | None] = dict(consistent_values(seed, single_r6=single_r6))
                    if seed == 3:  # a report defect and a blank cell
                        values["t3.r7.np"] = (values["t3.r7.np"] or 0) + 1
                        values["t3.r1.biz"] = None
                    text = render(values, form, single_r6=single_r6, org_subtotal=subtotal)
                    name = f"{form}-{seed}-{single_r6}-{subtotal}"
                    out[name] = json.loads(extract_bytes(text.encode(), name).model_dump_json())
    Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(out)} reports → {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
