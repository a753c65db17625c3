"""The public hypothesis strategies produce what they promise."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given

from factcheck.figures import Amount, Figure
from factcheck.intervals import Interval
from factcheck.strategies import (
    amounts,
    figure_texts,
    figures,
    intervals,
    members,
    print_number,
    printed_numbers,
)
from factcheck.text.parse import parse_figure
from factcheck.text.tokens import normalize


@given(intervals())
def test_intervals_are_non_empty_by_default(interval: Interval) -> None:
    assert not interval.is_empty


@given(intervals(bounded=True))
def test_bounded_intervals_have_both_ends(interval: Interval) -> None:
    assert interval.is_bounded


@given(intervals(allow_empty=True))
def test_intervals_may_be_empty_when_asked(interval: Interval) -> None:
    assert isinstance(interval, Interval)


@given(intervals().flatmap(lambda i: members(i).map(lambda x: (i, x))))
def test_members_lie_inside(pair: tuple[Interval, Fraction]) -> None:
    interval, x = pair
    assert x in interval


@given(printed_numbers())
def test_printed_numbers_round_trip(printed: tuple[str, Fraction, int]) -> None:
    text, value, decimals = printed
    figure = parse_figure(text)
    assert figure.value == value
    assert figure.text == text
    assert value in figure.interval
    digits = normalize(text).split(".")
    assert (len(digits) == 2) == (decimals > 0)


@given(printed_numbers(scales=False, separators=False, max_decimals=0))
def test_plain_integers_are_exact(printed: tuple[str, Fraction, int]) -> None:
    text, value, _ = printed
    assert parse_figure(text).interval == Interval.point(value)


@given(figure_texts())
def test_figure_texts_parse(text: str) -> None:
    assert parse_figure(text).text == text


@given(figures())
def test_figures_are_figures(figure: Figure) -> None:
    assert isinstance(figure, Figure)
    assert figure.value is not None
    assert figure.value in figure.interval or figure.hedge.value in (
        "more_than",
        "less_than",
        "nearly",
    )


@given(amounts())
def test_amounts_are_bounded_and_in_units(amount: Amount) -> None:
    assert amount.interval.is_bounded
    assert str(amount.unit)


def test_print_number() -> None:
    assert print_number(Fraction(5, 2), 0) == "2"  # half-even
    assert print_number(Fraction(-1, 8), 2) == "-0.12"
    assert print_number(7177, 0) == "7177"
