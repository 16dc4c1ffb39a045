"""Questions over the wild sets' reports: extraction and answering together, on layouts never fitted.

    .venv/bin/python -m eval wildqa [--per-report 4] [--seed 0]

The question banks ask about the 22 development reports; a user asks about reports nobody read
before. Here every report of eval/wild … wild7 (blind layout sets with cell gold, ~210 reports, many
of them county departments with similar names) goes into one store, and each is asked, by its agency
and year and with no report scope, for a few of its table cells and whether its tables add up. The
phrasings are templates (a handful per cell, three ways of naming the agency and the year), written
by the lead, not blind: this measures agency/year resolution among many reports and what unseen
layouts do to answers, not wording. A miss is split: answered wrong although the cell was read right
(the answering side), or the cell itself was not read right (the extraction side). Consistency
verdicts are scored against the gold's findings (a table with a hard-identity defect must be answered
「不一致…」, a clean one must not be; 「无法完全核对」 counts as 不一致, as in the banks)."""

from __future__ import annotations

import random
import re
import tempfile
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eval.bank import _INCONSISTENT, _scaled
from eval.gold import load_gold

if TYPE_CHECKING:
    from rag.ask import Asker
    from rag.store import Store

ROOT = Path(__file__).resolve().parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7")  # wildqa's store; a bank may name others

# A cell as users name it (several ways each); the question is 「{agency}{year}{phrase}？」.
PHRASES = {
    "t3.new.tot": ("收到的政府信息公开申请有多少件", "本年新收政府信息公开申请数量是多少", "新收了几件申请"),
    "t3.carry_in.tot": ("上年结转的申请有几件",),
    "t3.r1.tot": ("予以公开的申请有几件", "同意公开的有多少件"),
    "t3.r2.tot": ("部分公开的有几件",),
    "t3.r7.tot": ("办理结果总计多少件", "一共答复了多少件申请"),
    "t3.carry_out.tot": ("结转下年度继续办理的有几件", "转到下一年继续办的申请多少件"),
    "t3.new.np": ("自然人提出了多少件申请", "个人申请有多少件"),
    "t4.rv.tot": ("行政复议总共多少件", "被申请行政复议几次"),
    "t4.rv.keep": ("行政复议结果维持的有几件",),
    "t4.ld.tot": ("未经复议直接起诉的行政诉讼有几件",),
    "t2.norm.valid": ("现行有效的规范性文件有多少件",),
    "t2.license.decisions": ("行政许可处理决定数量是多少",),
    "t2.penalty.decisions": ("行政处罚决定有多少",),
}
CHECK_PHRASES = ("{t}的数字有没有对不上的地方？", "{t}勾稽关系成立吗", "报告{t}里的数加起来对吗")
HARD = ("H1", "H2", "H3", "H4", "H5")


@dataclass
class WildStore:
    """The wild sets' reports in one store: gold files, the store, an asker, gold id → stored id."""

    golds: list[dict]
    store: Store
    asker: Asker
    ids: dict[str, str]
    refused: list[str]
    extract_seconds: float


def _agency(name: str, style: str) -> str:
    """「河北省科学技术厅」 as a user may write it: in full, or without its province."""
    rest = name.split("省", 1)[1] if "省" in name[:4] else ""
    if style == "short" and re.match(r".{1,6}?[市县区州盟]", rest):  # 「河南省统计局」 stays whole
        return rest
    return name


@contextmanager
def wild_store(sets: Sequence[str] = SETS) -> Iterator[WildStore]:
    """Every report of the wild sets `sets` extracted into one temporary store, indexed, with an asker over it.

    Shared by wildqa (templated table questions) and wildbank (the blind user-written banks), so they ask the
    very same store; each bank names the sets its store holds, since its whole-store expectations (ranks,
    which reports, sums over bodies) depend on exactly which reports are in it."""
    from extractor.extract import extract_path
    from extractor.schema import ExtractError
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    golds = [g for s in sets if (ROOT / s / "gold").exists() for g in load_gold(ROOT / s)]
    refused: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(tmp)
        ids: dict[str, str] = {}
        t0 = time.perf_counter()
        for g in golds:
            try:
                report = extract_path(g["_path"])
            except ExtractError:
                refused.append(g["id"])
                continue
            store.add(report)
            ids[g["id"]] = report.id
        extract_s = time.perf_counter() - t0
        index = Index(store)
        index.sync()
        yield WildStore(golds, store, Asker(store, index), ids, refused, extract_s)


def run(per_report: int = 4, seed: int = 0) -> dict:
    rnd = random.Random(seed)
    rows: list[dict] = []
    checks: list[dict] = []
    with wild_store() as ws:
        golds, store, asker, ids = ws.golds, ws.store, ws.asker, ws.ids
        refused, extract_s = ws.refused, ws.extract_seconds
        pairs = Counter((g["agency"], g["year"]) for g in golds)
        for g in golds:
            if g["id"] not in ids or pairs[(g["agency"], g["year"])] > 1:
                continue  # two sets made a report of one body and year: by name and year it is either
            rid = ids[g["id"]]
            year = int(g["year"])
            want = {f"{t}.{k}": v for t in ("t2", "t3", "t4") for k, v in (g.get(t) or {}).items()}
            read = store.cells_of([rid]).get(rid, {})
            keys = [k for k in PHRASES if isinstance(want.get(k), (int, float))]
            for k in rnd.sample(keys, min(per_report, len(keys))):
                style = rnd.choice(("full", "short", "yy"))
                when = f"{str(year)[2:]}年" if style == "yy" else f"{year}年"
                q = f"{_agency(g['agency'], style)}{when}{rnd.choice(PHRASES[k])}？"
                ans = asker.ask(q)
                ok = ans.value is not None and _scaled(float(ans.value), ans.unit, float(want[k]), None, 0)
                extracted = k in read and read[k]["value"] == want[k]
                rows.append(
                    {
                        "report": g["id"],
                        "key": k,
                        "q": q,
                        "ok": ok,
                        "extracted": extracted,
                        "answer": ans.answer[:200],
                        "want": want[k],
                    }  # fmt: skip
                )
            report = store.report(rid)
            for t, name in (("t3", "表三"), ("t4", "表四")):
                if not g.get(t):
                    continue
                bad = any(f["check"] in HARD and f["where"].startswith(t) for f in g.get("findings") or [])
                q = f"{g['agency']}{year}年" + rnd.choice(CHECK_PHRASES).format(t=name)
                ans = asker.ask(q)
                said_bad = bool(_INCONSISTENT.match(ans.answer))
                found = any(
                    f.check in HARD and f.where.startswith(t) and f.kind == "report_defect"
                    for f in (report.findings if report else [])
                )
                whole = all(f"{t}.{k}" in read and read[f"{t}.{k}"]["value"] == v for k, v in g[t].items())
                checks.append(
                    {
                        "report": g["id"],
                        "q": q,
                        "ok": said_bad == bad,
                        "extracted": found == bad and whole,
                        "answer": ans.answer[:200],
                        "want": "不一致" if bad else "一致",
                    }  # fmt: skip
                )
    return {
        "reports": len(golds),
        "refused": refused,
        "extract_seconds": round(extract_s, 1),
        "values": _score(rows),
        "checks": _score(checks),
        "rows": rows,
        "check_rows": checks,
    }


def _score(rows: list[dict]) -> dict:
    read = [r for r in rows if r["extracted"]]
    return {
        "questions": len(rows),
        "right": sum(r["ok"] for r in rows),
        "accuracy": sum(r["ok"] for r in rows) / len(rows) if rows else 1.0,
        "read_right": len(read),
        "answered_right_where_read_right": sum(r["ok"] for r in read),
    }


def render(summary: dict) -> str:
    out = [
        f"wild-set reports {summary['reports']} (refused {len(summary['refused'])}), "
        f"extracted in {summary['extract_seconds']} s"
    ]
    for name, key in (("table values", "values"), ("consistency", "checks")):
        s = summary[key]
        out.append(
            f"{name}: {s['right']}/{s['questions']} = {s['accuracy']:.4f}; where the table was read right: "
            f"{s['answered_right_where_read_right']}/{s['read_right']}"
        )
    for r in summary["rows"] + summary["check_rows"]:
        if not r["ok"] and r["extracted"]:  # the answering side's misses, in full
            out.append(f"✘ {r['report']} {r['q']}\n    ours: {r['answer']}\n    want: {r['want']}")
    return "\n".join(out)
