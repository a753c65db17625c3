"""Issue 14: "over" before a duration that a figure is spread over is a period, not a hedge."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge, Kind
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

_UNITS = st.sampled_from(["years", "months", "weeks", "days", "decades", "hours"])


def _readings(text: str) -> list[tuple[str, str, Hedge]]:
    return [(f.text, str(f.interval), f.hedge) for f in find_figures(text)]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Prices rose 5% over three years.", "three years"),
        ("You would earn $2,000 over 3 years.", "3 years"),
        ("Output grew by 2 million tonnes over two decades.", "two decades"),
        ("Sales rose over 18 months.", "18 months"),
        ("The debt is repaid over 10 years.", "10 years"),
        ("a 12% increase over 5 years", "5 years"),
    ],
)
def test_over_after_a_figure_or_change_is_a_period(text: str, period: str) -> None:
    [found] = [f for f in find_figures(text) if f.kind is Kind.DURATION]
    assert found.text == period
    assert found.hedge is Hedge.EXACT
    assert found.low == found.high


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("the lowest level in over 10 years", 10),
        ("He served over 5 years in prison.", 5),
        ("It took over 3 hours.", 3),
        ("Over 5,000 people came.", 5000),
    ],
)
def test_over_elsewhere_still_means_more_than(text: str, low: int) -> None:
    [found] = find_figures(text)
    assert found.hedge is Hedge.MORE_THAN
    assert found.low == low
    assert found.high is None


def test_parse_figure_alone_keeps_more_than() -> None:
    assert parse_figure("over three years").hedge is Hedge.MORE_THAN


@given(st.integers(1, 999), _UNITS, st.sampled_from(["rose 5%", "earned $2,000", "fell"]))
def test_a_period_is_exactly_the_printed_duration(n: int, unit: str, before: str) -> None:
    found = [f for f in find_figures(f"It {before} over {n} {unit}.") if f.kind is Kind.DURATION]
    assert [(f.text, f.low, f.high, f.hedge) for f in found] == [(f"{n} {unit}", n, n, Hedge.EXACT)]


@given(st.integers(1, 999), _UNITS, st.sampled_from(["in", "for", "after", "took"]))
def test_more_than_a_duration_holds_everything_above(n: int, unit: str, before: str) -> None:
    [found] = find_figures(f"It was the first {before} over {n} {unit}.")
    assert found.hedge is Hedge.MORE_THAN
    assert found.low == n and not found.low_closed and found.high is None
