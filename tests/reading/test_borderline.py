"""Issue 14: a consistent verdict that holds only at the edges of the rounding is borderline."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.engine import BORDERLINE_MARGIN, DocumentReport, Report, evaluate_figures
from factcheck.findings import Finding, Severity, Status
from factcheck.reports import get_renderer
from factcheck.strategies import print_number
from factcheck.text.parse import parse_figure


def _sum(parts: list[str], total: str) -> Finding:
    [finding] = evaluate_figures(
        "sum_equals",
        {"parts": tuple(parse_figure(p) for p in parts), "total": parse_figure(total)},
    )
    return finding


def test_parts_that_add_up_only_at_the_edges_are_borderline() -> None:
    # $1.5m + $1.2m + $0.9m is 3.6 million printed; 3.45 million at the least,
    # which only just reaches the 3.45 million that "$3.4m" can stand for
    finding = _sum(["$1.5m", "$1.2m", "$0.9m"], "$3.4m")
    assert finding.status is Status.CONSISTENT  # the verdict stays exact
    assert finding.borderline
    assert finding.severity is Severity.WARNING
    assert "borderline" in finding.explanation


@pytest.mark.parametrize(
    ("parts", "total"),
    [
        (["$1.5m", "$1.2m", "$0.7m"], "$3.4m"),  # adds to 3.4 as printed
        (["$1.5m", "$1.2m", "$0.9m"], "$3.6m"),
        (["1,500", "1,200", "700"], "3,400"),  # exact counts: nothing to shrink
    ],
)
def test_a_comfortable_fit_is_not_borderline(parts: list[str], total: str) -> None:
    finding = _sum(parts, total)
    assert finding.status is Status.CONSISTENT
    assert not finding.borderline
    assert finding.severity is Severity.INFO


def test_an_inconsistent_verdict_is_never_borderline() -> None:
    finding = _sum(["$1.5m", "$1.2m", "$0.9m"], "$3.2m")
    assert finding.status is Status.INCONSISTENT
    assert not finding.borderline


def test_the_seed_rise_is_an_ordinary_rounding() -> None:
    # 780 → 996 is 27.7%, well inside the inner part of "28%" (27.55–28.45)
    [finding] = evaluate_figures(
        "percent_change",
        {"from": parse_figure("780"), "to": parse_figure("996"), "change": parse_figure("28%")},
    )
    assert finding.status is Status.CONSISTENT and not finding.borderline


@given(
    st.integers(1, 10_000),
    st.integers(1, 10_000),
    st.integers(0, 2),
)
def test_borderline_exactly_when_the_true_change_sits_in_the_outer_tenth(
    before: int, after: int, decimals: int
) -> None:
    true = Fraction(after - before, before) * 100
    printed = print_number(abs(true), decimals)
    change = parse_figure(f"{printed}%")
    word = "rose" if after >= before else "fell"
    [finding] = evaluate_figures(
        "percent_change",
        {
            "from": parse_figure(f"{before}"),
            "to": parse_figure(f"{after}"),
            "change": parse_figure(f"{word} {printed}%") if word == "fell" else change,
        },
    )
    assert finding.status is Status.CONSISTENT
    unit = Fraction(1, 10**decimals)
    offset = abs(abs(true) - Fraction(printed))
    outer = offset > unit / 2 - unit * BORDERLINE_MARGIN
    assert finding.borderline == outer


def _report(finding: Finding) -> Report:
    return Report((DocumentReport(document="story.md", text="", findings=(finding,)),))


def test_json_and_text_say_borderline() -> None:
    report = _report(_sum(["$1.5m", "$1.2m", "$0.9m"], "$3.4m"))
    record = json.loads(get_renderer("json").render(report))
    [found] = record["findings"]
    assert found["status"] == "consistent"
    assert found["borderline"] is True
    assert found["severity"] == "warning"
    assert "consistent, borderline" in get_renderer("text").render(report)


def test_fail_on_warning_fails_on_borderline_and_error_does_not() -> None:
    report = _report(_sum(["$1.5m", "$1.2m", "$0.9m"], "$3.4m"))
    assert report.failures(Severity.ERROR) == ()
    assert len(report.failures(Severity.WARNING)) == 1
    assert report.ok


def test_the_cli_exit_code_follows_fail_on(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text("Sales rose from 100 to 128.48, an increase of 28%.\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["scan", str(story), "--format", "json"]).exit_code == 0
    failing = ["scan", str(story), "--format", "json", "--fail-on", "warning"]
    result = runner.invoke(main, failing)
    assert result.exit_code == 1
    [found] = json.loads(result.output)["findings"]
    assert found["borderline"] is True
