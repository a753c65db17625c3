"""docs/rules.md is what tools/gen_rules_doc.py writes from the rules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import yaml

from factcheck.rules import all_rules

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_rules_doc", ROOT / "tools" / "gen_rules_doc.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_doc_is_up_to_date() -> None:
    expected = _generator().render()
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run python tools/gen_rules_doc.py"


def test_every_rule_is_documented() -> None:
    for rule in all_rules():
        assert rule.summary, rule.name
        assert rule.formula, rule.name
        assert rule.doc(), rule.name
        cases = yaml.safe_load(rule.examples_yaml())
        assert isinstance(cases, list), rule.name
        assert {case["expect"] for case in cases} >= {"consistent", "inconsistent"}, rule.name
