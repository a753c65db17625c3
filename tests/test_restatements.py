"""Bracketed conversions and gapped clauses borrow the hedge and direction of the figure before."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Figure, Hedge, Trend
from factcheck.text.hedges import DEFAULT_TOLERANCE
from factcheck.text.restatements import borrow
from factcheck.text.scanner import find_figures


def by_text(text: str) -> dict[str, Figure]:
    return {f.text: f for f in find_figures(text)}


@pytest.mark.parametrize(
    ("sentence", "converted", "hedge", "low", "high"),
    [
        # more than 1.1 million, from the rounding interval's lower end
        (
            "deposits of more than 7.5 million Danish crowns (US $1.1 million)",
            "US $1.1 million",  # "US $" is one currency sign
            Hedge.MORE_THAN,
            Fraction(1_050_000),
            None,
        ),
        ("just under 296 hp (224 kW / 300 PS)", "224 kW", Hedge.NEARLY, Fraction(4023, 20), None),
        ("just under 296 hp (224 kW / 300 PS)", "300 PS", Hedge.NEARLY, Fraction(5391, 20), None),
        ("some seven miles (11 km) long", "11 km", Hedge.ABOUT, Fraction(189, 20), None),
        ("up to 40 miles (64km)", "64km", Hedge.UP_TO, Fraction(0), Fraction(129, 2)),
    ],
)
def test_a_bracketed_conversion_takes_the_hedge(
    sentence: str, converted: str, hedge: Hedge, low: Fraction, high: Fraction | None
) -> None:
    figure = by_text(sentence)[converted]
    assert figure.hedge is hedge
    assert figure.low == low
    if high is not None:
        assert figure.high == high


def test_a_bracketed_conversion_takes_the_direction() -> None:
    found = by_text("temperatures dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7 Fahrenheit)")
    assert found["1 to 1.5 degrees Celsius"].trend is Trend.DOWN
    assert found["1.8 to 2.7 Fahrenheit"].trend is Trend.DOWN
    assert found["1.8 to 2.7 Fahrenheit"].hedge is Hedge.BETWEEN


@pytest.mark.parametrize(
    ("sentence", "inside", "hedge"),
    [
        ("It cost more than $5 million (about £4 million).", "about £4 million", Hedge.ABOUT),
        ("more than 5,000 prisoners (25%)", "25%", Hedge.ROUNDED),  # a share, no conversion
        ("more than 200 km (a 40 km detour)", "40 km", Hedge.ROUNDED),  # no conversion
        ("more than 200 km and (300 miles)", "300 miles", Hedge.ROUNDED),  # no bracket right after
        ("over 3 hours (200 km)", "200 km", Hedge.ROUNDED),  # another dimension
        # the bracket says something else about part of the amount
        (
            "It cost more than $5 million (£4 million of it from grants).",
            "£4 million",
            Hedge.ROUNDED,
        ),
    ],
)
def test_no_borrowing_without_a_conversion_in_brackets(
    sentence: str, inside: str, hedge: Hedge
) -> None:
    assert by_text(sentence)[inside].hedge is hedge


def test_the_bracket_ends_the_borrowing() -> None:
    found = by_text("more than 7.5 million crowns (US $1.1 million) and 300 km (186 miles)")
    assert found["300 km"].hedge is Hedge.ROUNDED
    assert found["186 miles"].hedge is Hedge.ROUNDED


def test_a_gapped_clause_takes_the_verbs_direction() -> None:
    sentence = "Ross was down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9%."
    assert [f.trend for f in find_figures(sentence)] == [Trend.DOWN] * 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales were up 2.3%. Costs by 2.6% were cut.",  # a new sentence
        "Sales were up 2.3%, beating forecasts by 2.6 points.",  # another unit
        "Sales were up 2.3%, which many of the analysts on the call had not seen coming by 2%.",
        # the clause has a verb of its own: no gap to fill
        "Costs were down 3%, and revenue was boosted by 5%.",
        "Imports fell 3%, and exports were driven by 6%.",
        "Revenue rose 8%, hurt by 3%.",
    ],
)
def test_no_gapping_across_clauses_or_units(sentence: str) -> None:
    # the last change keeps its own direction, if any ("was boosted by 5%" rises)
    found = find_figures(sentence)
    assert found[-1].trend is not found[0].trend


def test_metres_shown_by_the_bracket() -> None:
    found = by_text("the 37m (121ft)-long skeleton and a $37m (£30m) deal")
    assert str(found["37m"].unit) == "meter"
    assert found["37m"].value == 37
    assert found["$37m"].value == 37_000_000


_UNITS = [("miles", "km"), ("hp", "kW"), ("million dollars", "million euros"), ("kg", "lb")]


@given(
    hedge=st.sampled_from(["more than", "about", "up to", "nearly", "at least", "some"]),
    units=st.sampled_from(_UNITS),
    first=st.integers(1, 10_000),
    second=st.integers(1, 10_000),
)
def test_a_borrowed_hedge_reads_as_if_written(
    hedge: str, units: tuple[str, str], first: int, second: int
) -> None:
    before = f"It was {hedge} {first:,} {units[0]} ("
    borrowed = find_figures(f"{before}{second:,} {units[1]}) long.")[-1]
    written = find_figures(f"{before}{hedge} {second:,} {units[1]}) long.")[-1]
    assert (borrowed.hedge, borrowed.interval) == (written.hedge, written.interval)


@given(st.lists(st.sampled_from(["5%", "(3 km)", "by 2%", "more than 4 miles", ", X"]), max_size=8))
def test_borrow_keeps_every_figure_in_place(pieces: list[str]) -> None:
    text = " ".join(pieces)
    figures = find_figures(text)
    again = borrow(figures, text, DEFAULT_TOLERANCE)
    assert [f.span for f in again] == [f.span for f in figures]
