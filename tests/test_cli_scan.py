"""``factcheck scan``: the JSON contract of findings and of the figure listing, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

STORY = """Monday, 6 March 2023

# Riders return

Killings rose from 780 in 2019 to 996 in 2020, an increase of 28%.
Of the 23 people asked, 38% said yes. Call 555-0134 at 10:30 pm; Ana Ruiz, 54, agreed.
"""

FINDING_FIELDS = {
    "status",
    "rule",
    "message",
    "line",
    "column",
    "start",
    "end",
    "quote",
    "stated",
    "recomputed",
}
FIGURE_FIELDS = {
    "text",
    "start",
    "end",
    "line",
    "kind",
    "value",
    "low",
    "high",
    "low_closed",
    "high_closed",
    "unit",
    "hedge",
    "trend",
}


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_scan_json_findings(story: Path) -> None:
    result = CliRunner().invoke(main, ["scan", str(story), "--format", "json"])
    assert result.exit_code == 1, result.output  # 38% of 23 people cannot be
    data = json.loads(result.stdout)
    findings = data["findings"]
    assert {(f["rule"], f["status"]) for f in findings} == {
        ("weekday", "consistent"),
        ("percent_change", "consistent"),
        ("percent_of_n", "inconsistent"),
    }
    for finding in findings:
        assert set(finding) >= FINDING_FIELDS, FINDING_FIELDS - set(finding)
        assert STORY[finding["start"] : finding["end"]] == finding["quote"]
        line_start = STORY.rfind("\n", 0, finding["start"]) + 1
        assert finding["line"] == STORY.count("\n", 0, finding["start"]) + 1
        assert finding["column"] == finding["start"] - line_start + 1
    rise = next(f for f in findings if f["rule"] == "percent_change")
    assert rise["quote"] == "28%"
    assert rise["stated"] and rise["recomputed"]


def test_scan_text_report_and_exit_codes(story: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["scan", str(story)])
    assert result.exit_code == 1
    assert "percent_of_n" in result.stdout
    assert runner.invoke(main, ["scan", str(story), "--fail-on", "never"]).exit_code == 0
    calm = tmp_path / "calm.md"
    calm.write_text("Sales rose from 100 to 110, up 10%.\n", encoding="utf-8")
    assert runner.invoke(main, ["scan", str(calm), "-q"]).exit_code == 0
    assert runner.invoke(main, ["scan", str(tmp_path / "missing.md")]).exit_code == 2


def test_scan_published_option(tmp_path: Path) -> None:
    path = tmp_path / "bridge.md"
    path.write_text("The bridge opened in 1994, 30 years ago.\n", encoding="utf-8")
    runner = CliRunner()
    args = ["scan", str(path), "--format", "json"]
    assert json.loads(runner.invoke(main, args).stdout)["findings"] == []
    dated = json.loads(runner.invoke(main, [*args, "--published", "2024-05-14"]).stdout)
    assert [(f["rule"], f["status"]) for f in dated["findings"]] == [("elapsed", "consistent")]


def test_scan_figures_json(story: Path) -> None:
    result = CliRunner().invoke(main, ["scan", str(story), "--figures", "--format", "json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["figures"]
    for figure in figures:
        assert set(figure) >= FIGURE_FIELDS, FIGURE_FIELDS - set(figure)
        assert STORY[figure["start"] : figure["end"]] == figure["text"]
    by_text = {f["text"]: f for f in figures}
    rise = by_text["28%"]
    assert (rise["kind"], rise["unit"], rise["hedge"], rise["trend"]) == (
        "quantity",
        "percent",
        "rounded",
        "up",
    )
    assert (rise["low"], rise["high"], rise["low_closed"], rise["high_closed"]) == (
        27.5,
        28.5,
        True,
        True,
    )
    assert by_text["Monday, 6 March 2023"]["kind"] == "date"
    assert by_text["10:30 pm"]["kind"] == "time"
    assert by_text["54"]["kind"] == "age"
    assert "555-0134" not in by_text
    assert not any("555" in text for text in by_text)
