"""JUnit XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Status
from factcheck.reports import get_renderer
from reports_fixture import EMPTY_REPORT, make_report


def test_one_suite_per_article_one_case_per_finding() -> None:
    root = ET.fromstring(get_renderer("junit").render(make_report()))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("8", "4", "1")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["stories/doha.md", "notes/draft.txt"]
    cases = suites[0].findall("testcase")
    assert cases[0].get("classname") == "stories/doha.claims.yaml"
    assert cases[1].get("name") == "compare[released<=allowed]"
    assert suites[1].findall("testcase")[0].get("classname") == "notes/draft.txt"


def test_failure_message_starts_with_the_location() -> None:
    root = ET.fromstring(get_renderer("junit").render(make_report()))
    failure = root.find(".//failure")
    assert failure is not None
    assert failure.get("message", "").startswith("stories/doha.md:4:14: ")


def test_outcomes() -> None:
    root = ET.fromstring(get_renderer("junit").render(make_report()))
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert not list(cases["valid_date[deal_signed]"])
    assert cases["percent_change[incidents_q0->incidents_q1]"].find("skipped") is not None
    assert cases["claim[troops_remaining]"].find("failure") is not None


def test_control_characters_are_dropped() -> None:
    text = "a\x00b\x1b 28%"
    finding = Finding("r", Status.INCONSISTENT, "bad\x07", location=Location(start=5, end=8))
    out = get_renderer("junit").render(Report((DocumentReport("a.md", text, (finding,)),)))
    ET.fromstring(out)


def test_empty_report() -> None:
    root = ET.fromstring(get_renderer("junit").render(EMPTY_REPORT))
    assert root.get("tests") == "0"
