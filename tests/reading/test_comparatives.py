"""Issue 14: comparatives, verbs that pass a figure and "or equal" (closed ends)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.strategies import printed_numbers
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

AT_MOST = [
    "less than or equal to",
    "fewer than or equal to",
    "equal to or less than",
    "equal to or fewer than",
    "<=",
    "≤",
    "no more than",
    "no greater than",
    "not exceeding",
    "not to exceed",
]
AT_LEAST = [
    "greater than or equal to",
    "more than or equal to",
    "equal to or greater than",
    "equal to or more than",
    ">=",
    "≥",
    "no smaller than",
]
ABOVE = [
    "exceeded",
    "exceeds",
    "topped",
    "surpassed",
    "bigger than",
    "larger than",
    "greater than",
]
BELOW = ["smaller than", "lower than", "less than", "<"]


@pytest.mark.parametrize("phrase", AT_MOST)
def test_or_equal_below_closes_the_upper_end(phrase: str) -> None:
    figure = parse_figure(f"{phrase} 100")
    assert figure.hedge is Hedge.UP_TO
    assert (figure.low, figure.high, figure.high_closed) == (0, 100, True)


@pytest.mark.parametrize("phrase", AT_LEAST)
def test_or_equal_above_closes_the_lower_end(phrase: str) -> None:
    figure = parse_figure(f"{phrase} 100")
    assert figure.hedge is Hedge.AT_LEAST
    assert (figure.low, figure.low_closed, figure.high) == (100, True, None)


@pytest.mark.parametrize("phrase", ABOVE)
def test_passing_a_figure_is_more_than(phrase: str) -> None:
    figure = parse_figure(f"{phrase} $3 billion")
    assert figure.hedge is Hedge.MORE_THAN
    assert (figure.low, figure.low_closed, figure.high) == (2_500_000_000, False, None)


@pytest.mark.parametrize("phrase", BELOW)
def test_smaller_than_is_less_than(phrase: str) -> None:
    figure = parse_figure(f"{phrase} 5 km")
    assert figure.hedge is Hedge.LESS_THAN
    assert (figure.high, figure.high_closed) == (Fraction(11, 2), False)


def test_in_a_sentence() -> None:
    [figure] = find_figures("Quarterly sales exceeded $3 billion for the first time.")
    assert figure.text == "exceeded $3 billion"
    [figure] = find_figures("The index topped 30,000 on Monday.")
    assert (figure.low, figure.high) == (30_000, None)


def test_a_verb_without_a_number_is_no_hedge() -> None:
    assert find_figures("Sales exceeded expectations.") == []


@given(printed_numbers(max_digits=7), st.sampled_from(AT_MOST), st.sampled_from(BELOW))
def test_or_equal_holds_what_strictly_less_holds_and_the_end(
    printed: tuple[str, Fraction, int], at_most: str, below: str
) -> None:
    text = printed[0]
    closed, open_ = parse_figure(f"{at_most} {text}"), parse_figure(f"{below} {text}")
    assert closed.interval.contains_interval(open_.interval)
    assert closed.high is not None and closed.high_closed
    assert closed.high in closed.interval


@given(printed_numbers(max_digits=7), st.sampled_from(AT_LEAST), st.sampled_from(ABOVE))
def test_at_least_holds_what_more_than_holds(
    printed: tuple[str, Fraction, int], at_least: str, above: str
) -> None:
    text, value, _ = printed
    least, more = parse_figure(f"{at_least} {text}"), parse_figure(f"{above} {text}")
    assert least.interval.contains_interval(more.interval)
    assert least.low is not None and least.low <= value
