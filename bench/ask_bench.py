"""Benchmark (not a test): ask latency per route at N reports, in-process and over HTTP (a real
`xxgk serve`), the cold-process time of `xxgk ask` for a table question, and corpus questions over a
large structured store (in process and over HTTP).

    .venv/bin/python bench/ask_bench.py --reports 10000 [--rounds 20] [--no-http] [--no-cold]
    .venv/bin/python bench/ask_bench.py --scale 100000 [--rounds 20] [--no-http] [--keep DIR]

--reports: the corpus's 22 reports extracted once, stored N times under synthetic agencies (N/8
agencies × 8 years, each agency-year once) with everything derived (cells, metrics, findings,
chunks, BM25, chroma vectors), then every route asked `--rounds` times with agencies and years
drawn at random. --scale: the structured tables only (reports, cells, findings, metrics: what
corpus questions read), cloned N times by SQL-free bulk inserts; every corpus route asked.
The machine is shared: the load average is printed with the figures."""

from __future__ import annotations

import argparse
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


from extractor.agency import agency_key  # noqa: E402
from extractor.extract import extract_path  # noqa: E402
from extractor.schema import Report  # noqa: E402
from rag.ask import Asker  # noqa: E402
from rag.store import Store  # noqa: E402

YEARS = list(range(2016, 2024))

# route → question templates ({a} agency, {b} another, {y} year); a template lands on its route
# for any synthetic agency whose report has the needed part (the route that answered is recorded)
QUESTIONS: dict[str, list[str]] = {
    "value.cells": [
        "{a}{y}年收到多少件政府信息公开申请？",
        "{a}{y}年行政复议结果维持多少件？",
        "{a}{y}年予以公开的申请有几件？",
    ],
    "value.metric": ["{a}{y}年政府网站发布了多少条政务信息？"],
    "share.cells": ["{a}{y}年予以公开的申请占比多少？"],
    "explain": ["{a}{y}年表三勾稽关系成立吗？"],
    "list.section": ["{a}{y}年存在哪些主要问题？"],
    "describe": ["{a}{y}年政务新媒体建设情况如何？"],
    "trend": ["{a}历年收到的申请数量怎么变化？"],
    "change": ["{a}{y}年比{p}年收到的申请多了多少？"],
    "rank": ["{a}哪一年收到的申请最多？", "{y}年哪个机关收到的申请最多？"],
    "sum.cells": ["{p}到{y}年全部机关合计收到多少件申请？"],
    "which_reports.findings": ["{y}年哪些报告的表四勾稽关系有错误？", "哪些报告的表三总计栏是空白的？"],
    "which_reports.cells": ["{y}年哪些机关收到的申请超过50件？"],
    "compare": ["{a}和{b}{y}年收到的申请分别是多少？"],
    "refuse": ["{a}{y}年信息公开工作经费预算是多少万元？"],
}
CORPUS_ROUTES = ("rank", "sum.cells", "which_reports.findings", "which_reports.cells", "value.corpus")
CORPUS_QUESTIONS = {
    "rank": ["{y}年哪个机关收到的申请最多？", "{y}年哪个机关行政复议最少？"],
    "sum.cells": ["{p}到{y}年全部机关合计收到多少件申请？"],
    "which_reports.findings": ["{y}年哪些报告的表四勾稽关系有错误？", "哪些报告的表三总计栏是空白的？"],
    "which_reports.cells": ["{y}年哪些机关收到的申请超过50件？", "哪些机关不予公开的申请为0？"],
    "value.corpus": ["{y}年各机关收到多少件申请？"],
}


_A = "东南西北中上下前后左右新旧大小长短高低清明安平永宁丰乐和泰兴华"
_B = "山川河湖林田泉溪岭峰阳城源江海谷原坪"
_C = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬"


def place(i: int) -> str:
    """A distinct synthetic county name (no digits, no level character inside: every name keys apart)."""
    a, b = _A[i % len(_A)], _B[(i // len(_A)) % len(_B)]
    c = _C[(i // (len(_A) * len(_B))) % len(_C)] if i >= len(_A) * len(_B) else ""
    return f"{a}{b}{c}县"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"


def seeds(corpus: Path) -> list[Report]:
    out = []
    for folder in ("reports", "unlabeled"):
        for f in sorted((corpus / folder).iterdir()):
            if f.suffix != ".json":
                out.append(extract_path(str(f)))
    return out


def synthetic(i: int, n: int) -> tuple[str, int]:
    agencies = max(1, n // len(YEARS))
    return f"{place(i % agencies)}人民政府", YEARS[(i // agencies) % len(YEARS)]


def build_full(store: Store, n: int, base: list[Report]) -> None:
    """N stored copies with everything derived (the retrieval routes need chunks and vectors)."""
    for i in range(n):
        agency, year = synthetic(i, n)
        src = base[i % len(base)]
        store.add(src.model_copy(update={"id": f"b{i:015d}", "agency": agency, "year": year}))


def build_structured(store: Store, n: int, base: list[Report]) -> None:
    """N copies of the structured tables only, inserted in bulk (bodies without text: corpus routes
    never read a report's body)."""
    seed_store = Store(Path(store.dir).parent / "seed")
    for r in base:
        seed_store.add(r)
    rows = {t: {} for t in ("cells", "finding_rows", "metrics")}  # a view's rows, then two tables' own
    for t in rows:
        for r in seed_store.db.execute(f"SELECT * FROM {t}"):
            rows[t].setdefault(r["report_id"], []).append(tuple(r)[1:])
    meta = {r["id"]: dict(r) for r in seed_store.db.execute("SELECT * FROM reports")}
    ids = [r.id for r in base]
    findings = {r.id: r.findings for r in base}
    batch = 2000
    for start in range(0, n, batch):
        with store.db as db:
            for i in range(start, min(n, start + batch)):
                agency, year = synthetic(i, n)
                src = ids[i % len(ids)]
                m = meta[src]
                rid = f"s{i:015d}"
                body = Report(
                    id=rid,
                    source=m["source"],
                    format=m["format"],
                    template=m["template"],
                    agency=agency,
                    year=year,
                    findings=findings[src],
                ).model_dump_json()  # a valid report without its text and items (its findings: the rows read them)
                db.execute(
                    "INSERT INTO reports (id, source, agency, agency_key, year, template, format, title,"
                    " tables_recoverable, glued, n_errors, n_warnings, body, ingested_at, indexed, rn)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?)",
                    (
                        rid,
                        m["source"],
                        agency,
                        agency_key(agency),
                        year,
                        m["template"],
                        m["format"],
                        m["title"],
                        m["tables_recoverable"],
                        m["glued"],
                        m["n_errors"],
                        m["n_warnings"],
                        body,
                        m["ingested_at"],
                        i + 1,
                    ),
                )
                cells = rows["cells"].get(src, [])  # (key, tbl, row, col, value, raw, …, exact)
                kids = store._kids(db, [c[0] for c in cells])
                db.executemany(
                    "INSERT INTO cell_rows VALUES (?,?,?,?,?,?,?,?,?,?)", [(i + 1, kids[c[0]], *c[4:]) for c in cells]
                )
                for t in ("finding_rows", "metrics"):
                    got = [(rid, *c) for c in rows[t].get(src, [])]
                    if got:
                        db.executemany(f"INSERT INTO {t} VALUES ({','.join('?' * len(got[0]))})", got)
    store.db.execute("ANALYZE")


def questions(routes: dict[str, list[str]], n: int, rounds: int, rnd: random.Random) -> list[tuple[str, str]]:
    agencies = max(1, n // len(YEARS))
    out = []
    for route, templates in routes.items():
        for _ in range(rounds):
            y = rnd.choice(YEARS[1:])
            q = rnd.choice(templates).format(
                a=place(rnd.randrange(agencies)), b=place(rnd.randrange(agencies)), y=y, p=y - 1
            )
            out.append((route, q))
    return out


def in_process(asker: Asker, qs: list[tuple[str, str]]) -> dict[str, list[float]]:
    lat: dict[str, list[float]] = {}
    for _route, q in qs:
        t = time.perf_counter()
        ans = asker.ask(q)
        lat.setdefault(ans.intent or ans.route, []).append((time.perf_counter() - t) * 1000)
    return lat


def over_http(data_dir: Path, qs: list[tuple[str, str]]) -> dict[str, list[float]]:
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "XXGK_DATA_DIR": str(data_dir)}
    env.pop("XXGK_LLM_MODEL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "api.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    lat: dict[str, list[float]] = {}
    try:
        url = f"http://127.0.0.1:{port}"
        with httpx.Client(timeout=60) as client:
            for _ in range(600):
                try:
                    if client.get(url + "/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            client.post(url + "/api/ask", json={"question": qs[0][1]})  # the first request reads the catalogue
            for _route, q in qs:
                t = time.perf_counter()
                r = client.post(url + "/api/ask", json={"question": q})
                r.raise_for_status()
                lat.setdefault(r.json()["intent"] or r.json()["route"], []).append((time.perf_counter() - t) * 1000)
    finally:
        server.terminate()
        server.wait(10)
    return lat


def cold(data_dir: Path, runs: int = 7) -> tuple[list[float], list[float]]:
    env = {**os.environ, "XXGK_DATA_DIR": str(data_dir)}
    env.pop("XXGK_LLM_MODEL", None)
    q = f"{place(3)}{YEARS[2]}年收到多少件政府信息公开申请？"
    out: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "api.cli", "ask", q], cwd=ROOT, env=env, capture_output=True)
        out.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        assert p.returncode == 0, p.stderr.decode()
    return out, cpu


def report(title: str, lat: dict[str, list[float]]) -> None:
    print(f"{title}, by the route that answered ({load()})")
    for route, v in sorted(lat.items()):
        print(
            f"  {route:24} n={len(v):4} p50 {statistics.median(v):8.1f} ms  p95 {pct(v, 95):8.1f} ms  max {max(v):8.1f} ms"
        )
    every = [x for v in lat.values() for x in v]
    print(f"  {'all':24} n={len(every):4} p50 {statistics.median(every):8.1f} ms  p95 {pct(every, 95):8.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--scale", type=int, default=0, help="structured store of this many reports; corpus routes only")
    ap.add_argument("--rounds", type=int, default=20, help="questions per route")
    ap.add_argument("--no-http", action="store_true")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    ap.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = ap.parse_args()
    rnd = random.Random(1)
    base = seeds(args.corpus)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        store = Store(root / "data")
        t0 = time.perf_counter()
        if args.scale:
            if store.count() != args.scale:  # (a kept store of that size is reused)
                build_structured(store, args.scale, base)
            print(
                f"structured store of {store.count()} reports ({time.perf_counter() - t0:.0f} s); "
                f"{store.db.execute('SELECT COUNT(*) FROM cells').fetchone()[0]} cells"
            )
            from rag.values import sync_derived

            t = time.perf_counter()  # (ingest keeps them; the bulk copies above bypass it: else the first
            sync_derived(store)  # group-row question pays this once — 330 s at 100k under load 10)
            print(f"derived rows synced: {time.perf_counter() - t:.0f} s")
            asker = Asker(store, index=False)
            t = time.perf_counter()
            asker.catalogue()
            print(f"catalogue opened (agency name forms brought up to date): {1000 * (time.perf_counter() - t):.0f} ms")
            qs = questions(CORPUS_QUESTIONS, args.scale, args.rounds, rnd)
            report(f"corpus questions at {args.scale} reports, in process", in_process(asker, qs))
            del asker
            if not args.no_http:
                report(
                    f"corpus questions at {args.scale} reports, over HTTP (xxgk serve, client-side time)",
                    over_http(root / "data", qs),
                )
        else:
            if store.count() != args.reports:  # (a kept store of that size is reused)
                build_full(store, args.reports, base)
            t_store = time.perf_counter() - t0
            from rag.index import Index

            t1 = time.perf_counter()
            index = Index(store)
            index.sync()
            print(f"stored {args.reports} reports in {t_store:.0f} s, vectors in {time.perf_counter() - t1:.0f} s")
            asker = Asker(store, index)
            qs = questions(QUESTIONS, args.reports, args.rounds, rnd)
            asker.ask(qs[0][1])  # warm: catalogue, chroma
            report(f"ask at {args.reports} reports, in process", in_process(asker, qs))
            del index, asker
            if not args.no_http:
                report(
                    f"ask at {args.reports} reports, over HTTP (xxgk serve, client-side time)",
                    over_http(root / "data", qs),
                )
            if not args.no_cold:
                times, cpu = cold(root / "data")
                print(
                    f"cold `xxgk ask` (table question, new process each): wall median {statistics.median(times):.2f} s, "
                    f"max {max(times):.2f} s; CPU (user+sys) median {statistics.median(cpu):.2f} s, max {max(cpu):.2f} s "
                    f"over {len(times)} runs ({load()})"
                )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
