"""Issue 14: a lower and an upper bound joined ("above 1000 and below 1500") are one range."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

LOWER = ["above", "more than", "over", "at least", "no fewer than", "greater than"]
UPPER = ["below", "less than", "under", "up to", "at most", "fewer than"]


@pytest.mark.parametrize(
    ("text", "low", "low_closed", "high", "high_closed", "unit"),
    [
        ("above 1000 and below 1500", 1000, False, 1500, False, "dimensionless"),
        ("at least $5 and at most $10", 5, True, 10, True, "USD"),
        ("more than 5,000 and up to 6,000", 5000, False, 6000, True, "dimensionless"),
        ("over 5% but under 10%", Fraction(9, 2), False, Fraction(21, 2), False, "percent"),
        ("more than 100 and fewer than 200 people", 100, False, 200, False, "person"),
    ],
)
def test_two_bounds_make_one_range(
    text: str, low: Fraction, low_closed: bool, high: Fraction, high_closed: bool, unit: str
) -> None:
    figure = parse_figure(text)
    assert figure.hedge is Hedge.BETWEEN
    assert (figure.low, figure.low_closed, figure.high, figure.high_closed) == (
        low,
        low_closed,
        high,
        high_closed,
    )
    assert str(figure.unit) == unit
    assert len(figure.parts) == 2


def test_the_scanner_reads_one_range_and_no_years() -> None:
    [figure] = find_figures("Readings were above 1000 and below 1500 all week.")
    assert figure.text == "above 1000 and below 1500"
    assert str(figure.unit) == "dimensionless"


@pytest.mark.parametrize(
    "text",
    [
        "above 1500 and below 1000",  # nothing between them
        "above 3 km and below 5 miles",  # two units
        "below 5% and above 3%",  # upper first: left as written
    ],
)
def test_what_is_not_one_range_stays_two_figures(text: str) -> None:
    assert len(find_figures(text)) == 2


@given(
    st.integers(0, 10**6),
    st.integers(1, 10**6),
    st.sampled_from(LOWER),
    st.sampled_from(UPPER),
)
def test_the_range_is_what_both_bounds_allow(a: int, gap: int, lower: str, upper: str) -> None:
    b = a + gap
    joined = parse_figure(f"{lower} {a:,} and {upper} {b:,}")
    first, second = parse_figure(f"{lower} {a:,}"), parse_figure(f"{upper} {b:,}")
    assert joined.interval == first.interval.intersect(second.interval)
    assert first.interval.contains_interval(joined.interval)
    assert second.interval.contains_interval(joined.interval)
