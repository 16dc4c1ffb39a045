"""Data flows one way (load → extract → check → store → index → answer → serve): the packages' imports
must say so. extractor imports nothing from rag or api; rag nothing from api; api is imported only by
itself, the tests, eval and bench. Read with `ast` (every import, also the lazy ones inside
functions), so a violation is found without importing anything."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("extractor", "rag", "api", "eval", "prompts")
# package → the first-party packages it may not import
FORBIDDEN = {"extractor": {"rag", "api"}, "rag": {"api"}, "prompts": {"extractor", "rag", "api"}}
MAY_IMPORT_API = {"api", "tests", "eval", "bench"}


def imported_packages(path: Path, root: Path = ROOT) -> set[str]:
    """Top-level first-party packages a module imports (relative imports resolved from its folder)."""
    rel = path.relative_to(root)
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # `from . import x`, `from ..cite import y`: inside the module's own package tree
                parts = rel.parts[: -node.level]
                out.add(parts[0] if parts else (node.module or "").split(".")[0])
            elif node.module:
                out.add(node.module.split(".")[0])
    return out & set(PACKAGES)


def violations(root: Path = ROOT) -> list[str]:
    found = []
    # a top folder that may import every package has nothing to find (and eval's held-out builders are
    # megabytes of source: parsing them cost ~9 s a run); dot folders (.venv) are not walked
    tops = [p for p in root.iterdir() if not p.name.startswith(".") and p.name not in MAY_IMPORT_API - FORBIDDEN.keys()]
    for path in sorted(q for top in tops for q in ([top] if top.is_file() else top.rglob("*.py")) if q.suffix == ".py"):
        rel = path.relative_to(root)
        top = rel.parts[0]
        if "vendor" in rel.parts:
            continue
        imports = imported_packages(path, root)
        bad = imports & FORBIDDEN.get(top, set())
        if "api" in imports and top not in MAY_IMPORT_API:
            bad.add("api")
        found += [f"{rel}: {top} imports {b}" for b in sorted(bad)]
    return found


def test_the_packages_import_one_way():
    assert violations() == []


@pytest.mark.parametrize(
    ("where", "line", "expected"),
    [
        ("extractor/x.py", "from rag.store import Store\n", "extractor/x.py: extractor imports rag"),
        ("extractor/x.py", "def f():\n    import api.cli\n", "extractor/x.py: extractor imports api"),
        ("rag/answers/x.py", "from ...api import app\n", "rag/answers/x.py: rag imports api"),
        ("scripts/x.py", "from api.bulk import run\n", "scripts/x.py: scripts imports api"),
    ],
)
def test_a_backward_import_is_found(tmp_path, where, line, expected):
    for pkg in PACKAGES:
        (tmp_path / pkg).mkdir()
    target = tmp_path / where
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(line, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("import api\nfrom extractor import load\n", encoding="utf-8")
    assert violations(tmp_path) == [expected]
