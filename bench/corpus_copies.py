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


def place(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + SUFFIX[(i // len(SURNAMES)) % len(SUFFIX)] + f"{i // (len(SURNAMES) * len(SUFFIX)) or ''}县"


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
