"""Issue 14: signs in words ("minus five percent", "negative 504") and a spaced minus in a quote."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.strategies import printed_numbers
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

WORDS = {"one": 1, "five": 5, "twelve": 12, "twenty-five": 25, "forty": 40, "ninety-nine": 99}


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("minus five percent", Fraction(-11, 2), Fraction(-9, 2), "percent"),
        ("negative 504", -504, -504, "dimensionless"),
        ("minus 3.5%", Fraction(-71, 20), Fraction(-69, 20), "percent"),
        (
            "negative twenty-five degrees Celsius",
            Fraction(-51, 2),
            Fraction(-49, 2),
            "degree_Celsius",
        ),
        ("- 1,200,000", -1_200_000, -1_200_000, "dimensionless"),
        ("− 1,200,000", -1_200_000, -1_200_000, "dimensionless"),
    ],
)
def test_a_sign_in_words_makes_the_number_negative(
    text: str, low: Fraction, high: Fraction, unit: str
) -> None:
    figure = parse_figure(text)
    assert (figure.low, figure.high, str(figure.unit)) == (low, high, unit)


def test_a_spaced_minus_in_running_text_is_no_sign() -> None:
    # "- 1,200,000 people" opens a list item more often than it states a loss
    [figure] = find_figures("- 1,200,000 people")
    assert figure.value == 1_200_000


def test_negative_as_an_adjective_is_no_sign() -> None:
    [figure] = find_figures("negative feedback on 5 items")
    assert figure.value == 5


def test_less_than_a_negative_number_has_no_floor() -> None:
    figure = parse_figure("less than minus five percent")
    assert figure.hedge is Hedge.LESS_THAN
    assert figure.low is None


@given(st.sampled_from(sorted(WORDS)), st.sampled_from(["minus", "negative"]))
def test_signed_words_mirror_the_plain_words(word: str, sign: str) -> None:
    plain, signed = parse_figure(f"{word} percent"), parse_figure(f"{sign} {word} percent")
    assert signed.value == -WORDS[word]
    assert plain.low is not None and plain.high is not None
    assert (signed.low, signed.high) == (-plain.high, -plain.low)


@given(printed_numbers(max_digits=7), st.sampled_from(["minus", "negative", "-", "−"]))
def test_signed_numerals_round_trip(printed: tuple[str, Fraction, int], sign: str) -> None:
    text, value, _ = printed
    figure = parse_figure(f"{sign} {text}")
    assert figure.value == -value
    assert figure.value in figure.interval
