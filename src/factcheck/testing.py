"""Helpers for testing rules: run a rule's documented examples, or one case, in a line.

Every rule's docstring ends with YAML examples; :func:`examples` parses them
and :func:`run_example` runs one through the real claims loader and engine,
so the documented behaviour is the tested behaviour. Authors of custom rules
can use the same helpers in their own test suites::

    import pytest
    from factcheck.testing import examples, run_example

    @pytest.mark.parametrize("case", examples(MyRule), ids=lambda c: c["name"])
    def test_my_rule(case):
        finding = run_example(case)
        assert finding.status == case["expect"]
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

import yaml

from factcheck.claims import CLAIM_KEYS, Claim, ClaimSet
from factcheck.engine import check_claimset
from factcheck.errors import FactcheckError
from factcheck.findings import Finding
from factcheck.rules.base import Rule

__all__ = ["claimset_from_case", "examples", "run_example"]


def examples(rule: type[Rule]) -> list[dict[str, Any]]:
    """The YAML cases in ``rule``'s docstring ``Examples:`` section, each tagged with the rule."""
    source = rule.examples_yaml()
    if not source:
        return []
    cases = yaml.safe_load(source)
    if not isinstance(cases, list):
        raise FactcheckError(f"rule {rule.name!r}: Examples must be a YAML list")
    return [{**case, "_rule": rule.name} for case in cases]


def claimset_from_case(case: Mapping[str, Any]) -> ClaimSet:
    """A :class:`ClaimSet` built from one example case (text, claims, check)."""
    published = case.get("published")
    if isinstance(published, str):
        published = _dt.date.fromisoformat(published)
    cs = ClaimSet.from_text(str(case["text"]), published=published)
    for cid, spec in (case.get("claims") or {}).items():
        if isinstance(spec, str):
            spec = {"quote": spec}
        fields: dict[str, Any] = {
            k: (v if k == "occurrence" else str(v)) for k, v in spec.items() if k in CLAIM_KEYS
        }
        cs.add_claim(Claim(str(cid), **fields))
    check = dict(case["check"])
    rule = check.pop("rule")
    options = check.pop("options", None)
    severity = check.pop("severity", None)
    cs.add_check(rule, check, options=options, severity=severity)
    return cs


def run_example(case: Mapping[str, Any]) -> Finding:
    """Run one case and return the check's finding.

    Raises :class:`AssertionError` when a claim of the case cannot be read,
    because then the case tests the parser rather than the rule.
    """
    cs = claimset_from_case(case)
    for cid in cs.claims:
        resolved = cs.resolve(cid)
        if resolved.problem:
            raise AssertionError(f"example {case.get('name')!r}: claim {cid!r}: {resolved.problem}")
    report = check_claimset(cs)
    findings = [f for f in report.findings if f.rule != "quote"]
    if len(findings) != 1:
        raise AssertionError(
            f"example {case.get('name')!r}: expected one finding, got {len(findings)}"
        )
    return findings[0]
