"""The terminal report."""

from __future__ import annotations

import re

from factcheck.engine import DocumentReport, Report
from factcheck.findings import Finding, Location, Status
from factcheck.reports import get_renderer
from reports_fixture import EMPTY_REPORT, make_report

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_text_has_no_escape_codes() -> None:
    assert "\x1b" not in get_renderer("text").render(make_report())


def test_colour_is_the_same_text_with_escape_codes() -> None:
    renderer = get_renderer("text")
    coloured = renderer.render(make_report(), color=True)
    assert "\x1b[" in coloured
    stripped = "".join(line.rstrip() + "\n" for line in ANSI.sub("", coloured).splitlines())
    assert stripped == renderer.render(make_report())


def test_carets_sit_under_the_figure() -> None:
    lines = get_renderer("text").render(make_report()).splitlines()
    for i, line in enumerate(lines):
        if "^" in line and "│" in line:
            sentence = lines[i - 1]
            first = line.index("^")
            # The sentences above carets have no wide characters, so cells = code points.
            assert sentence[first].isalnum()


def test_summary_line_ends_the_report() -> None:
    out = get_renderer("text").render(make_report())
    assert out.splitlines()[-1] == "3 inconsistent, 3 consistent, 2 undetermined in 2 articles"


def test_problems_show_location_rule_message_and_values() -> None:
    out = get_renderer("text").render(make_report())
    assert "✗ inconsistent (error)  stories/doha.md:4:14  compare[released<=allowed]" in out
    assert "recomputed  nearest below: 8/23 = 34.78%" in out
    assert "stale claim" in out


def test_consistent_findings_take_one_line_each() -> None:
    out = get_renderer("text").render(make_report())
    lines = [line for line in out.splitlines() if line.startswith("  ✓ ")]
    assert len(lines) == 3


def test_empty_report() -> None:
    out = get_renderer("text").render(EMPTY_REPORT)
    assert "no findings" in out
    assert out.endswith("0 inconsistent, 0 consistent, 0 undetermined in 1 article\n")


def test_span_over_a_line_break_is_shown_up_to_it() -> None:
    text = "It rose by\n28 percent.\n"
    finding = Finding("r", Status.INCONSISTENT, "m", location=Location(start=3, end=14))
    out = get_renderer("text").render(Report((DocumentReport("a.md", text, (finding,)),)))
    assert "│ It rose by\n" in out
