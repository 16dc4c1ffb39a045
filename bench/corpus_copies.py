"""Copies of the corpus's text/HTML/Markdown reports with varied agency and year, for benchmarks.
Each copy gets a title line naming a synthetic county and a year, so agencies line up across years
the way real ones do (1,500 agencies × 7 years: every copy up to 10,500 is its own agency and year —
the store keeps one current report per agency and year, and near-identical copies of one agency
and year would be stored as versions of each other, see rag/store.py)."""

from __future__ import annotations

from pathlib import Path

SURNAMES = "东南西北中上下前后左右新旧大小长短高低清明安平永宁丰乐和泰兴华"
SUFFIX = "山川河湖林田泉溪岭峰阳城州源江海"


AGENCIES = 1500


# Past the first 496 names, one or two of these go in the middle (「东甲山县」). A digit there
# (「东山1县」) is not read as a county name, so the extractor took the agency from the body and
# copies past 496 became versions of each other; 辰 and 酉 are left out (「辰溪县」「酉阳县」 are real).
MIDDLE = "甲乙丙丁戊己庚辛壬癸子丑寅卯巳午未申戌亥"


def place(i: int) -> str:
    """A county name of its own for every i (checked through `identify` up to 15,000)."""
    head, tail = SURNAMES[i % len(SURNAMES)], SUFFIX[(i // len(SURNAMES)) % len(SUFFIX)] + "县"
    j = i // (len(SURNAMES) * len(SUFFIX))
    if not j:
        return head + tail
    k = len(MIDDLE)
    return head + MIDDLE[j % k] + (MIDDLE[(j // k) % k] if j >= k else "") + tail


def make_copies(corpus: Path, out: Path, n: int) -> list[Path]:
    sources = [f for f in sorted((corpus / "reports").iterdir()) if f.suffix in (".txt", ".html", ".md")]
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n):
        src = sources[i % len(sources)]
        agency = f"{place(i % AGENCIES)}人民政府"
        year = 2019 + (i // AGENCIES) % 7
        title = f"标题: {agency}{year}年度政府信息公开工作年度报告"
        data = src.read_bytes()
        head = (f"<p>{title}</p>" if src.suffix == ".html" else title + "\n").encode()
        dst = out / f"r{i:05d}{src.suffix}"
        dst.write_bytes(head + data + f"\n<!-- {i} -->".encode())
        files.append(dst)
    return files
