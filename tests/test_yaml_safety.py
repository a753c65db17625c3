"""Nothing in a claims file is executed or imported, and no claims file can exhaust memory.

YAML is composed into plain nodes, never constructed into Python objects,
so tags such as ``!!python/object/apply`` are inert text. Rules are looked up
by name in the registry (built-in rules and installed entry points only): a
claims file naming ``os.system`` or a module path names an unknown rule.
Aliases are expanded with a node budget, and sizes are bounded; the limits
can be raised from Python (``load(path, limits=Limits(...))``).
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

import pytest

from factcheck.claims import load, loads
from factcheck.engine import check_claimset
from factcheck.errors import ClaimsFileError
from factcheck.yamlnodes import LIMITS, Limits

ARTICLE = "Sales rose from 780 to 996, up 28%."


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    """A file that only code run from the claims file would create."""
    return tmp_path / "pwned"


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/apply:subprocess.call [['touch', '{marker}']]",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/name:os.system",
        "!!python/module:antigravity",
    ],
)
def test_python_tags_are_inert(marker: Path, payload: str) -> None:
    tagged = payload.format(marker=marker)
    for text in (
        f"claims:\n  a: {tagged}\n",
        f"claims:\n  a: '28%'\nchecks:\n  - rule: {tagged}\n    value: a\n",
        f"claims:\n  a: '28%'\nchecks:\n  - rule: compare\n    a: a\n    b: a\n"
        f"    options: {{op: {tagged}}}\n",
        f"{tagged}\n",
    ):
        # Refused, or read as plain text (an empty quote is a stale claim): never run.
        with contextlib.suppress(ClaimsFileError):
            check_claimset(loads(text, article=ARTICLE))
    assert not marker.exists()
    assert "antigravity" not in sys.modules


@pytest.mark.parametrize(
    "name", ["os.system", "subprocess:call", "factcheck.cli:main", "this", "__import__('os')"]
)
def test_a_rule_named_like_python_is_just_an_unknown_rule(name: str) -> None:
    before = set(sys.modules)
    text = f"claims:\n  a: '28%'\nchecks:\n  - rule: {name!r}\n    a: a\n"
    with pytest.raises(ClaimsFileError, match=re.escape(f"unknown rule {name!r}")):
        loads(text, article=ARTICLE)
    assert set(sys.modules) - before <= {"factcheck.rules.registry"}, "nothing was imported"


BILLION_LAUGHS = "\n".join(
    ["lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"lol{i}: &lol{i} [{', '.join([f'*lol{i - 1}'] * 10)}]" for i in range(1, 10)]
)


def test_billion_laughs_through_load(tmp_path: Path) -> None:
    path = tmp_path / "laughs.claims.yaml"
    path.write_text(BILLION_LAUGHS + "\nclaims: {a: '28%'}\n", encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="expands to more than 200,000 nodes") as info:
        load(path)
    assert info.value.file == str(path)
    assert info.value.line is not None and info.value.column is not None


def test_limits_are_documented_defaults_and_can_be_raised(tmp_path: Path) -> None:
    assert (LIMITS.max_bytes, LIMITS.max_nodes, LIMITS.max_depth) == (5_000_000, 200_000, 64)
    path = tmp_path / "deep.claims.yaml"
    nested = "- " * 70 + "x"
    path.write_text(f"claims:\n  a: '28%'\ntitle:\n  {nested}\n", encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="nested too deeply") as info:
        load(path)
    assert "64 levels" in (info.value.hint or "")
    # Raised limits let it through to the next check: 'title' must be text.
    with pytest.raises(ClaimsFileError, match=r"'title'|document"):
        load(path, limits=Limits(max_depth=100))
