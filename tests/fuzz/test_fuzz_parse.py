"""``parse_figure`` reads a figure or raises a FactcheckError that points into the text.

Fed arbitrary Unicode and text assembled from the grammar's own vocabulary
(numbers in every print form, currencies, hedges, dates, odd spaces), with
every option it takes, the parser never raises anything else; an error's
``start``/``end`` and a figure's span are offsets into the text as given.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import event, given
from hypothesis import strategies as st

from factcheck.errors import FactcheckError
from factcheck.figures import Kind
from factcheck.strategies import figure_texts, prose
from factcheck.text.parse import parse_figure
from fuzz import fuzz

_kinds = st.none() | st.sampled_from([kind.value for kind in Kind])
_years = st.none() | st.integers(1, 9999)
_tolerances = st.sampled_from([Fraction(0), Fraction(1, 10), Fraction(99, 100)])


def _parse(text: str, kind: str | None, year: int | None, tolerance: Fraction) -> None:
    try:
        figure = parse_figure(text, kind=kind, default_year=year, about_tolerance=tolerance)
    except FactcheckError as exc:
        error = exc
    else:
        error = None
    if error is not None:
        event(f"error: {type(error).__name__}")
        if error.start is not None:
            assert error.end is not None and 0 <= error.start <= error.end <= len(text), error
        return
    event(f"figure: {figure.kind.value}")
    assert text[figure.start : figure.end] == figure.text
    interval = figure.interval
    if interval.low is not None and interval.high is not None:
        assert interval.low <= interval.high


@fuzz(1000)
@given(prose(), _kinds, _years, _tolerances)
def test_any_prose(text: str, kind: str | None, year: int | None, tolerance: Fraction) -> None:
    _parse(text, kind, year, tolerance)


@fuzz(300)
@given(figure_texts(), st.sampled_from(["", "\ufeff", " ", "\r\n"]), st.text(max_size=3))
def test_figures_with_odd_edges(text: str, prefix: str, suffix: str) -> None:
    _parse(prefix + text + suffix, None, None, Fraction(1, 10))
