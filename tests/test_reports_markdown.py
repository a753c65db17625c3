"""The Markdown report."""

from __future__ import annotations

from factcheck.reports import get_renderer
from factcheck.reports.markdown import escape_cell
from reports_fixture import EMPTY_REPORT, make_report


def test_cells_escape_pipes_newlines_and_html() -> None:
    assert escape_cell("a | b\nc <b>") == "a \\| b<br>c &lt;b&gt;"


def test_every_row_has_five_cells() -> None:
    out = get_renderer("markdown").render(make_report())
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert len(rows) == 2 + 8  # two header rows, eight findings
    for row in rows:
        # An unescaped pipe would add a cell.
        assert row.replace("\\|", "").count("|") == 6


def test_problems_first_and_consistent_collapsed() -> None:
    out = get_renderer("markdown").render(make_report())
    assert out.index("❌ inconsistent") < out.index("<details>") < out.index("✅ consistent")
    assert out.startswith("### ❌ factcheck: 3 inconsistent")


def test_empty_report() -> None:
    assert "No findings." in get_renderer("markdown").render(EMPTY_REPORT)
