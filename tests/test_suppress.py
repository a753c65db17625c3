"""Inline suppression comments: marked, never dropped; in every format; through scan and audit."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from ci_helpers import write_deal
from factcheck.cli import main
from factcheck.controls import Controls, apply_controls, rule_names
from factcheck.engine import Report
from factcheck.findings import Severity
from factcheck.parallel import scan_text
from factcheck.reports import get_renderer
from factcheck.scan import scan
from factcheck.suppress import regions, suppress_inline

POINTS = "Support rose from 40% to 50%, a 10% increase."
GRIM = "Of the 23 people asked, 38% said yes."

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def _statuses(text: str) -> list[tuple[str, str | None]]:
    (doc,) = apply_controls(scan_text(text, document="story.md"), Controls())
    return [(f.rule, f.suppressed.kind if f.suppressed else None) for f in doc.findings]


def test_nothing_suppressed_without_comments() -> None:
    assert _statuses(f"{POINTS}\n\n{GRIM}\n") == [("percent_change", None), ("percent_of_n", None)]


def test_ignore_covers_the_next_paragraph_only() -> None:
    text = f"<!-- factcheck: ignore -->\n{POINTS}\n\n{GRIM}\n"
    assert _statuses(text) == [("percent_change", "inSource"), ("percent_of_n", None)]


def test_ignore_at_the_end_of_a_sentence_covers_the_rest_of_its_paragraph() -> None:
    text = f"{POINTS} <!-- factcheck: ignore --> {GRIM}\n\n{GRIM}\n"
    assert _statuses(text) == [
        ("percent_change", None),
        ("percent_of_n", "inSource"),
        ("percent_of_n", None),
    ]


def test_ignore_some_rules_only() -> None:
    text = f"<!-- factcheck: ignore[percent_of_n] -->\n{POINTS} {GRIM}\n"
    assert _statuses(text) == [("percent_change", None), ("percent_of_n", "inSource")]


def test_off_and_on_make_a_region() -> None:
    text = (
        f"{GRIM}\n\n<!-- factcheck: off -->\n{POINTS}\n\n{GRIM}\n\n"
        f"<!-- factcheck: on -->\n{POINTS}\n"
    )
    assert _statuses(text) == [
        ("percent_of_n", None),
        ("percent_change", "inSource"),
        ("percent_of_n", "inSource"),
        ("percent_change", None),
    ]


def test_off_without_on_runs_to_the_end_and_rule_lists_close_separately() -> None:
    text = (
        "<!-- factcheck: off[percent_change, percent_of_n] -->\n"
        f"{POINTS}\n\n<!-- factcheck: on[percent_change] -->\n{POINTS}\n\n{GRIM}\n"
    )
    assert _statuses(text) == [
        ("percent_change", "inSource"),
        ("percent_change", None),
        ("percent_of_n", "inSource"),
    ]


def test_reason_and_line_are_the_justification() -> None:
    text = f"Intro.\n<!-- factcheck: ignore[percent_of_n] weighted survey -->\n{GRIM}\n"
    (doc,) = apply_controls(scan_text(text), Controls())
    (finding,) = doc.findings
    assert finding.suppressed is not None
    assert finding.suppressed.justification == (
        "<!-- factcheck: ignore[percent_of_n] weighted survey --> on line 2: weighted survey"
    )
    assert not finding.failed and finding.problem


def test_unreadable_comments_are_warnings_not_silence() -> None:
    text = f"<!-- factcheck: ignroe -->\n{GRIM}\n\n<!-- factcheck: ignore[percnt] -->\n{POINTS}\n"
    (doc,) = apply_controls(scan_text(text, document="s.md"), Controls())
    problems = [f for f in doc.findings if f.rule == "suppression"]
    assert [p.message for p in problems] == [
        "unknown factcheck directive 'ignroe': nothing suppressed",
        "unknown rule 'percnt' in a factcheck comment",
    ]
    assert all(p.severity.value == "warning" and p.location.line for p in problems)
    grim = next(f for f in doc.findings if f.rule == "percent_of_n")
    assert grim.suppressed is None


def test_consistent_findings_are_left_alone() -> None:
    text = "<!-- factcheck: ignore -->\nSales rose from 780 to 996, an increase of 28%.\n"
    (doc,) = apply_controls(scan_text(text), Controls())
    assert [(f.status.value, f.suppressed) for f in doc.findings] == [("consistent", None)]


def test_regions_are_cheap_for_text_without_comments() -> None:
    assert regions("no comment here " * 1000) == []
    findings = scan(GRIM).findings
    assert suppress_inline(findings, GRIM) == findings


def test_every_rule_name_is_known() -> None:
    assert {"percent_change", "percent_of_n", "quote", "suppression"} <= rule_names()


# ---------------------------------------------------------------- in the reports
@pytest.fixture
def suppressed_report() -> Report:
    text = f"{POINTS}\n\n<!-- factcheck: ignore[percent_of_n] weighted -->\n{GRIM}\n"
    return Report(apply_controls(scan_text(text, document="story.md"), Controls()))


def test_report_counts_and_failures(suppressed_report: Report) -> None:
    assert suppressed_report.counts()["suppressed"] == 1
    assert suppressed_report.counts()["inconsistent"] == 1
    assert [f.rule for f in suppressed_report.failures(Severity.ERROR)] == ["percent_change"]
    assert suppressed_report.summary_line().endswith("in 1 article, 1 suppressed")


def test_json_keeps_the_suppressed_finding(suppressed_report: Report) -> None:
    data = json.loads(get_renderer("json").render(suppressed_report))
    assert data["summary"]["suppressed"] == 1
    marks = [f["suppressed"] for f in data["findings"]]
    assert marks[0] is None
    assert marks[1]["kind"] == "inSource" and "line 3" in marks[1]["justification"]


def test_sarif_suppressions_are_valid(suppressed_report: Report) -> None:
    log = json.loads(get_renderer("sarif").render(suppressed_report))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert "suppressions" not in results[0]
    assert results[1]["suppressions"][0]["kind"] == "inSource"
    assert results[1]["kind"] == "fail"  # still what it is; the suppression says it is accepted


def test_human_formats_list_it_apart(suppressed_report: Report) -> None:
    text = get_renderer("text").render(suppressed_report)
    assert "1 suppressed:" in text and "✗ story.md:4:" in text
    github = get_renderer("github").render(suppressed_report)
    assert "percent_of_n" not in github and "percent_change" in github
    markdown = get_renderer("markdown").render(suppressed_report)
    assert "<summary>1 suppressed</summary>" in markdown
    junit = get_renderer("junit").render(suppressed_report)
    assert 'failures="1"' in junit and 'skipped="1"' in junit
    html = get_renderer("html").render(suppressed_report)
    assert 'class="suppressed"' in html


# ------------------------------------------------------------------- end to end
def test_scan_command_exit_code_follows_suppression(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"<!-- factcheck: ignore -->\n{GRIM}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(story), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["findings"][0]["suppressed"]["kind"] == "inSource"
    story.write_text(f"{GRIM}\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["scan", str(story)]).exit_code == 1


def test_a_comment_naming_the_tool_in_any_case_is_applied(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"<!-- FactCheck: ignore -->\n{GRIM}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(story), "--format", "json"])
    assert result.exit_code == 0, result.output


def test_scan_jsonl_and_jobs_apply_it_too(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"s{i}.md").write_text(f"<!-- factcheck: off -->\n{GRIM}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--format", "jsonl", "-j", "2"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 3 and all(line["suppressed"] for line in lines)


def test_audit_command_honours_comments(tmp_path: Path) -> None:
    write_deal(
        tmp_path,
        text="The deal allowed up to 5,000 prisoners.\n\n"
        "<!-- factcheck: ignore[compatible] -->\nMore than 5,000 were freed.\n",
    )
    result = CliRunner().invoke(main, ["audit", str(tmp_path), "--format", "json", "-j", "1"])
    assert result.exit_code == 0, result.output
    (finding,) = json.loads(result.output)["findings"]
    assert finding["status"] == "inconsistent" and finding["suppressed"]["kind"] == "inSource"


def test_figures_inside_comments_are_not_read() -> None:
    (doc,) = scan_text(f"<!-- draft: {GRIM} -->\nNothing else.\n")
    assert doc.findings == () and doc.text.startswith("<!-- draft")


pytest_plugins = ["pytester"]


def test_pytest_plugin_honours_comments(pytester: pytest.Pytester) -> None:
    write_deal(
        pytester.path,
        text="The deal allowed up to 5,000 prisoners.\n\n"
        "<!-- factcheck: ignore -->\nMore than 5,000 were freed.\n",
    )
    pytester.makeini("[pytest]\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
