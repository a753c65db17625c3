"""GitHub workflow commands and their escaping."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import DocumentReport, Report
from factcheck.files import printable
from factcheck.findings import Severity
from factcheck.reports import get_renderer
from factcheck.reports.github import escape_data, escape_property, unescape
from reports_fixture import DRAFT, EMPTY_REPORT, make_report


@given(st.text())
def test_message_escaping_round_trips(message: str) -> None:
    escaped = escape_data(message)
    assert "\n" not in escaped
    assert "\r" not in escaped
    # Control characters other than line breaks are shown escaped (\x1b): issue 12.
    assert unescape(escaped) == printable(message, keep_breaks=True)


@given(st.text())
def test_property_escaping_round_trips_and_hides_separators(value: str) -> None:
    escaped = escape_property(value)
    assert not set(escaped) & {"\n", "\r", ",", ":"}
    assert unescape(escaped) == printable(value, keep_breaks=True)


def test_one_annotation_per_problem_and_a_summary() -> None:
    lines = get_renderer("github").render(make_report()).splitlines()
    assert len(lines) == 6  # five problems, one summary
    assert lines[0].startswith(
        "::error file=stories/doha.md,line=4,col=14,endLine=4,endColumn=28,title=factcheck "
    )
    assert lines[1].startswith("::warning ")
    assert lines[-1] == (
        "::notice title=factcheck::3 inconsistent, 3 consistent, 2 undetermined in 2 articles"
    )


def test_severity_info_becomes_notice() -> None:
    report = make_report()
    finding = attrs.evolve(report.documents[1].findings[0], severity=Severity.INFO)
    out = get_renderer("github").render(Report((DocumentReport("d.txt", DRAFT, (finding,)),)))
    assert out.startswith("::notice file=notes/draft.txt,")


def test_message_with_line_break_and_percent_stays_on_one_line() -> None:
    lines = get_renderer("github").render(make_report()).splitlines()
    draft = next(line for line in lines if "notes/draft.txt" in line)
    assert "%0Apercent and points differ" in draft
    assert "40%25 → 50%25" in draft
    assert "scan%3A2%3A14" in draft  # ':' in a property value


def test_empty_report_has_only_the_summary() -> None:
    assert get_renderer("github").render(EMPTY_REPORT).count("\n") == 1
