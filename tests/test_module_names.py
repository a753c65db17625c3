"""Every module binds each of its top-level names once.

The readers are long modules of named patterns; a second ``_THE_REST = …``
further down silently replaces the first, and every use above it then reads
the wrong pattern (session 16 met this twice). Linters flag a redefined
function or import, not a rebound constant.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[1] / "src" / "factcheck"
MODULES = sorted(SOURCE.rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return twice


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 20


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SOURCE)))
def test_a_top_level_name_is_bound_once(path: Path) -> None:
    assert _bound_twice(path) == []


def test_a_rebound_name_is_found(tmp_path: Path) -> None:
    module = tmp_path / "twice.py"
    module.write_text('_A = "x"\n\ndef f() -> None: ...\n\n_A = "y"\n', encoding="utf-8")
    assert _bound_twice(module) == ["_A (line 5)"]
