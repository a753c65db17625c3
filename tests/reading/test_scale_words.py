"""Issue 14: scale words after a numeral and in compounds; zero/nought/nil; a couple, a pair."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
ONES = {"one": 1, "two": 2, "three": 3, "five": 5, "nine": 9}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 hundred and 21", 321),
        ("3 hundred 21", 321),
        ("3 hundred", 300),
        ("3 hundred and twenty-one", 321),
        ("two thousand and two hundred", 2200),
        ("two thousand five hundred", 2500),
        ("3 dozen", 36),
        ("3 dozens", 36),
        ("a couple of", 2),
        ("a pair of", 2),
        ("a couple of hundred", 200),
        ("zero", 0),
        ("nought", 0),
        ("nil", 0),
    ],
)
def test_exact_compounds(text: str, value: int) -> None:
    figure = parse_figure(text)
    assert figure.value == value
    assert figure.low == figure.high == value


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("2.33 k", 2325, 2335, "dimensionless"),
        ("$2.174T", 2_173_500_000_000, 2_174_500_000_000, "USD"),
        ("€1.2T", 1_150_000_000_000, 1_250_000_000_000, "EUR"),
        ("a couple of million", 1_500_000, 2_500_000, "dimensionless"),
        ("twenty-five thousand", 24_500, 25_500, "dimensionless"),  # unchanged
    ],
)
def test_rounded_scales(text: str, low: int, high: int, unit: str) -> None:
    figure = parse_figure(text)
    assert (figure.low, figure.high, str(figure.unit)) == (low, high, unit)
    assert figure.hedge is Hedge.ROUNDED


def test_a_glued_t_without_money_is_no_trillion() -> None:
    assert all(f.value != 5 * 10**12 for f in find_figures("It weighs 5t."))


def test_three_hundred_people_is_a_count_of_three_hundred() -> None:
    [figure] = find_figures("About 3 hundred people came.")
    assert (figure.value, str(figure.unit)) == (300, "person")


@given(st.integers(1, 99), st.integers(0, 99), st.booleans())
def test_numeral_hundreds_round_trip(hundreds: int, rest: int, joined: bool) -> None:
    text = f"{hundreds} hundred" + (f"{' and' if joined else ''} {rest}" if rest else "")
    figure = parse_figure(text)
    assert figure.value == hundreds * 100 + rest
    assert figure.low == figure.high


@given(st.sampled_from(sorted(ONES)), st.sampled_from(sorted(ONES)), st.booleans())
def test_thousands_and_hundreds_in_words(first: str, second: str, joined: bool) -> None:
    text = f"{first} thousand{' and' if joined else ''} {second} hundred"
    assert parse_figure(text).value == ONES[first] * 1000 + ONES[second] * 100


@given(st.integers(1, 999), st.integers(0, 99))
def test_spaced_k_is_monotone(whole: int, cents: int) -> None:
    small = parse_figure(f"{whole}.{cents:02d} k")
    big = parse_figure(f"{whole + 1}.{cents:02d} k")
    assert small.value == (whole + Fraction(cents, 100)) * 1000
    assert small.value is not None and big.value is not None and small.value < big.value
    assert small.value in small.interval


@given(st.integers(1, 50))
def test_dozens_are_twelve_each(n: int) -> None:
    assert parse_figure(f"{n} dozen").value == 12 * n
