"""``find_figures`` and ``scan`` never raise, whatever the text, and their spans fit it."""

from __future__ import annotations

import json

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from factcheck.reports import get_renderer
from factcheck.strategies import figure_texts, prose
from factcheck.text.scanner import find_figures
from fuzz import fuzz

# Shapes the relation detector reads, so that its checks run, not only its search.
_SHAPES = (
    "Killings rose from {} in 2019 to {} in 2020, an increase of {}.",
    "Sales fell from {} to {}, down {}.",
    "Of the {} people asked, {} said yes, or {}.",
    "The {} seats went {}, {} and {}.",
    "The deal allowed up to {} releases, yet {} were freed by {}.",
    "It doubled from {} to {} in {}.",
    "That is {} years after {}, on {}.",
)


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(_SHAPES))
    slots = [draw(figure_texts() | prose(max_pieces=3)) for _ in range(shape.count("{}"))]
    return shape.format(*slots)


# Long enough for sentences with several figures, which the relation detector needs.
_text = st.one_of(
    prose(max_pieces=40),
    st.lists(_sentences(), min_size=1, max_size=4).map(" ".join),
)


@fuzz(700)
@given(_text)
def test_find_figures_never_raises(text: str) -> None:
    figures = find_figures(text)
    event(f"figures: {min(len(figures), 5)}{'+' if len(figures) >= 5 else ''}")
    end = 0
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text
        assert figure.start >= end, "figures come in order and do not overlap"
        end = figure.end


@fuzz(400)
@given(_text)
def test_scan_never_raises(text: str) -> None:
    relations = pytest.importorskip("factcheck.scan")
    report = relations.scan(text)
    event(f"findings: {min(len(report.findings), 3)}{'+' if len(report.findings) >= 3 else ''}")
    for finding in report.findings:
        start, end = finding.location.start, finding.location.end
        if start is not None:
            assert end is not None and 0 <= start <= end <= len(text)
    data = json.loads(get_renderer("json").render(report))
    assert len(data["findings"]) == len(report.findings)
