"""The JSON report: the output contract."""

from __future__ import annotations

import json
import re

from factcheck.reports import get_renderer
from reports_fixture import ARTICLE, EMPTY_REPORT, make_report

CONTRACT = {
    "status", "severity", "rule", "check", "message", "file", "line", "column", "start", "end",
    "quote", "claims", "claims_file", "claims_line", "stated", "recomputed", "implied",
    "reading", "explanation",
}  # fmt: skip


def test_one_object_with_every_finding() -> None:
    report = make_report()
    data = json.loads(get_renderer("json").render(report))
    assert data["schema_version"] == 1
    assert data["tool"]["name"] == "factcheck"
    assert len(data["findings"]) == len(report.findings)
    for record, finding in zip(data["findings"], report.findings, strict=True):
        assert record.keys() >= CONTRACT
        assert record["status"] == finding.status.value
        assert record["message"] == finding.message
        assert record["quote"] == finding.quote


def test_positions_are_code_points_and_offsets_slice_the_quote() -> None:
    data = json.loads(get_renderer("json").render(make_report()))
    by_quote = {f["quote"]: f for f in data["findings"]}
    rise = by_quote["28%"]
    assert (rise["line"], rise["column"]) == (5, 49)
    assert ARTICLE[rise["start"] : rise["end"]] == "28%"
    stale = by_quote["2,500 troops"]
    assert stale["line"] is None
    assert stale["start"] is None
    assert stale["claims_line"] == 41


def test_values_are_dicts_with_exact_ends() -> None:
    data = json.loads(get_renderer("json").render(make_report()))
    released = data["findings"][1]["stated"][0]
    assert released == {
        "name": "released",
        "text": "more than 5,000",
        "low": "5000",
        "high": None,
        "low_closed": False,
        "high_closed": False,
        "unit": "prisoner",
    }


def test_summary_counts() -> None:
    summary = json.loads(get_renderer("json").render(make_report()))["summary"]
    assert summary["inconsistent"] == 3
    assert summary["consistent"] == 3
    assert summary["undetermined"] == 2
    assert summary["articles"] == 2
    assert summary["ok"] is False


def test_non_ascii_is_written_as_is() -> None:
    out = get_renderer("json").render(make_report())
    assert "“more than 5,000”" in out
    assert "\\u" not in out


def test_empty_report() -> None:
    data = json.loads(get_renderer("json").render(EMPTY_REPORT))
    assert data["findings"] == []
    assert data["summary"]["ok"] is True


def test_json_lists_every_finding_the_text_report_shows() -> None:
    report = make_report()
    text = get_renderer("text").render(report)
    data = json.loads(get_renderer("json").render(report))
    shown = set(re.findall(r"(\S+:\d+(?::\d+)?)  (\S+)", text))
    listed = set()
    for f in data["findings"]:
        if f["line"] is not None:
            listed.add((f"{f['file']}:{f['line']}:{f['column']}", f["check"]))
        else:
            listed.add((f"{f['claims_file']}:{f['claims_line']}:{f['claims_column']}", f["check"]))
    assert shown == listed
