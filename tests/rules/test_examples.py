"""Every rule's documented examples, run through the claims loader and engine."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.rules import all_rules
from factcheck.testing import examples, run_example

CASES = [case for rule in all_rules() for case in examples(rule)]


def test_every_rule_has_passing_and_failing_examples() -> None:
    for rule in all_rules():
        statuses = {case["expect"] for case in examples(rule)}
        assert "consistent" in statuses, f"{rule.name} has no consistent example"
        assert statuses - {"consistent"}, f"{rule.name} has no failing or undetermined example"


@pytest.mark.parametrize("case", CASES, ids=[f"{c['_rule']}: {c['name']}" for c in CASES])
def test_documented_example(case: dict[str, Any]) -> None:
    finding = run_example(case)
    assert finding.status.value == case["expect"], finding.message
    if "implied" in case:
        assert finding.implied, finding.message
        assert case["implied"] in finding.implied[0].text
    if "message" in case:
        assert case["message"] in finding.message
