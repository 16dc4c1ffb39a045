"""`xxgk list` and the ingest summary, as a user runs them (a real process, a real store)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, env_extra=None, **kw):
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", **(env_extra or {})}
    env.pop("XXGK_LLM_MODEL", None)
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], capture_output=True, env=env, cwd=ROOT, timeout=300, **kw
    )


def test_list_and_duplicates(tmp_path, corpus):
    data = tmp_path / "d"
    src = tmp_path / "in"
    src.mkdir()
    for name in ("ankang-2022.txt", "hongze-2023.pdf"):
        (src / name).write_bytes((corpus / "reports" / name).read_bytes())
    (src / "copy-of-ankang.txt").write_bytes((corpus / "reports" / "ankang-2022.txt").read_bytes())
    first = run("ingest", str(src), "--data-dir", str(data))
    out = first.stdout.decode("utf-8")
    assert first.returncode == 0, first.stderr.decode("utf-8", "replace")
    assert "重复，已跳过" in out and "copy-of-ankang.txt" in out or "ankang-2022.txt" in out
    assert "入库 2 份" in out and "已存在跳过 1 份" in out

    listed = run("list", "--data-dir", str(data))
    text = listed.stdout.decode("utf-8")  # UTF-8 even where the terminal's locale is ASCII
    assert listed.returncode == 0
    assert "安康市人民政府办公室" in text and "洪泽区人民政府" in text and "共 2 份报告，2 个机关" in text
    assert "报告问题2" in text  # 洪泽's two broken 表四 identities

    rows = [
        json.loads(line) for line in run("list", "--json", "--data-dir", str(data)).stdout.decode("utf-8").splitlines()
    ]
    assert {r["year"] for r in rows} == {2022, 2023} and all(len(r["id"]) == 16 for r in rows)
    hongze = next(r for r in rows if r["year"] == 2023)
    assert hongze["findings"].get("report_defect") == 2

    only = run("list", "--agency", "洪泽", "--json", "--data-dir", str(data)).stdout.decode("utf-8").splitlines()
    assert len(only) == 1 and json.loads(only[0])["agency"] == "洪泽区人民政府"
    none = run("list", "--agency", "火星", "--data-dir", str(data)).stdout.decode("utf-8")
    assert none.startswith("没有符合条件的报告（库中共 2 份")  # not 「没有报告」 over a store of two

    ans = run("ask", "洪泽区2023年收到多少件政府信息公开申请？", "--json", "--data-dir", str(data))
    obj = json.loads(ans.stdout.decode("utf-8"))
    assert obj["value"] == 21 and obj["scope"] == "范围：洪泽区人民政府 2023年"
