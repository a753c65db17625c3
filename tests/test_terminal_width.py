"""The text report fits its excerpts to the terminal (issue 15, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.reports.common import display_width
from factcheck.reports.text import fitted_excerpt

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "afghanistan"
SENTENCE = (
    "By the time the negotiators first met in Doha on a warm day in September, "
    "more than 5,000 of the prisoners had been freed under the deal, officials said."
)


@pytest.mark.parametrize("columns", [40, 60, 80, 120])
def test_the_excerpt_fits_and_the_carets_stay_under_the_figure(columns: int) -> None:
    start = SENTENCE.index("more than 5,000")
    end = start + len("more than 5,000")
    ex = fitted_excerpt(SENTENCE, start, end, columns)
    assert display_width(ex.line) <= columns - 6
    caret = ex.carets.index("^")
    assert ex.line[caret : caret + len("more than 5,000")] == "more than 5,000"


def test_no_width_keeps_the_log_excerpt() -> None:
    start = SENTENCE.index("5,000")
    assert fitted_excerpt(SENTENCE, start, start + 5, None).line == SENTENCE


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab .,\n漢字📈é"), min_size=1, max_size=300),
    st.data(),
    st.integers(min_value=30, max_value=200),
)
def test_any_excerpt_fits_its_terminal(text: str, data: st.DataObject, columns: int) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=min(len(text), start + 8)))
    ex = fitted_excerpt(text, start, end, columns)
    assert display_width(ex.line) <= columns - 6
    pad = len(ex.carets) - len(ex.carets.lstrip(" "))
    assert display_width(("…" if ex.cut_before else "") + ex.before) == pad


def test_the_cli_fits_the_report_to_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    result = CliRunner().invoke(
        main, ["audit", str(EXAMPLE), "--allow-outside-root", "--no-color", "-j", "1"]
    )
    excerpts = [line for line in result.stdout.splitlines() if "│" in line]
    assert excerpts
    assert all(display_width(line) <= 60 for line in excerpts), excerpts
    monkeypatch.delenv("COLUMNS")
    wide = CliRunner().invoke(
        main, ["audit", str(EXAMPLE), "--allow-outside-root", "--no-color", "-j", "1"]
    )
    assert any(display_width(line) > 60 for line in wide.stdout.splitlines() if "│" in line)
