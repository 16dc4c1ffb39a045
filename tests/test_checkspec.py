"""One catalogue of checks: every finding we emit is explained there, and the README shows it."""

from pathlib import Path

from conftest import gold_items
from extractor.checkspec import BY_ID, CHECKS, explain, readme_table
from extractor.cross_checks import CROSS_CHECK_IDS
from extractor.extract import extract_path
from reportgen import consistent_values, render

ROOT = Path(__file__).resolve().parent.parent


def test_every_emitted_check_is_in_the_catalogue():
    seen = set()
    for item in gold_items():
        seen |= {f.check for f in extract_path(item["_path"]).findings}
    from extractor.extract import extract_bytes

    for seed in range(6):
        values = consistent_values(seed)
        values["t3.r7.tot"] = (values.get("t3.r7.tot") or 0) + 1  # break H1/H3 on purpose
        for form in ("pipe", "lines", "html"):
            seen |= {f.check for f in extract_bytes(render(values, form).encode()).findings}
    seen |= set(CROSS_CHECK_IDS)
    assert {"H1", "H3", "H5", "D3"} <= seen  # the sample really exercises the checks
    assert seen <= set(BY_ID), seen - set(BY_ID)


def test_catalogue_entries_are_explained_in_chinese():
    for c in CHECKS:
        assert c.label and c.explain and c.readme
        assert any("\u4e00" <= ch <= "\u9fff" for ch in c.explain)
    assert explain("H5").startswith("表四") and explain("nope") == "nope"


def test_readme_table_is_written_from_the_catalogue():
    assert readme_table() in (ROOT / "README.md").read_text(encoding="utf-8")
