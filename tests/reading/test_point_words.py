"""Issue 14: numbers said with "point": "two hundred point zero three", "point 77"."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("two hundred point zero three", Fraction(20003, 100), "dimensionless"),
        ("three point five percent", Fraction(7, 2), "percent"),
        ("point 77", Fraction(77, 100), "dimensionless"),
        ("point 77 percent", Fraction(77, 100), "percent"),
        ("one point two million", Fraction(1_200_000), "dimensionless"),
        ("minus point 5%", Fraction(-1, 2), "percent"),
    ],
)
def test_point_reads_the_decimals(text: str, value: Fraction, unit: str) -> None:
    figure = parse_figure(text)
    assert (figure.value, str(figure.unit)) == (value, unit)
    assert figure.hedge is Hedge.ROUNDED  # as "200.03" is rounded at its last digit


def test_point_rounds_at_the_last_spoken_digit() -> None:
    figure = parse_figure("two hundred point zero three")
    assert (figure.low, figure.high) == (Fraction(200025, 1000), Fraction(200035, 1000))


def test_at_one_point_is_a_moment_not_a_number() -> None:
    values = [f.value for f in find_figures("At one point five people were hurt.")]
    assert Fraction(3, 2) not in values


def test_a_point_before_a_plain_number_in_prose_is_a_name() -> None:
    assert [f.value for f in find_figures("It was match point 77 times.")] == [77]


@given(st.integers(0, 99), st.lists(st.sampled_from(DIGITS), min_size=1, max_size=4))
def test_point_digits_round_trip(whole: int, digits: list[str]) -> None:
    spoken = " ".join(digits)
    figure = parse_figure(f"{_words(whole)} point {spoken} percent")
    decimals = "".join(str(DIGITS.index(d)) for d in digits)
    expected = whole + Fraction(int(decimals), 10 ** len(decimals))
    assert figure.value == expected
    assert figure.value in figure.interval
    assert figure.high is not None and figure.low is not None
    assert figure.high - figure.low == Fraction(1, 10 ** len(decimals))


def _words(n: int) -> str:
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    ones = [*DIGITS[1:], *teens.split(" ")]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    if n == 0:
        return "zero"
    if n < 20:
        return ones[n - 1]
    head = tens[n // 10 - 2]
    return head if n % 10 == 0 else f"{head}-{ones[n % 10 - 1]}"
