"""Numerals, scale words, number words, fractions, multiples and ordinals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import FigureError
from factcheck.strategies import print_number, printed_numbers
from factcheck.text.numbers import (
    MAX_DIGITS,
    read_multiple,
    read_number,
    read_numeral,
    read_ordinal,
)
from factcheck.text.parse import parse_figure
from factcheck.text.tokens import TEXT, normalize, tokenize


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("7,177", Fraction(7177), Fraction(1)),
        ("1,234.56", Fraction(123456, 100), Fraction(1, 100)),
        ("1 000 000", Fraction(10**6), Fraction(1)),
        ("1.000.000", Fraction(10**6), Fraction(1)),
        ("2.5", Fraction(5, 2), Fraction(1, 10)),
        ("2.50", Fraction(5, 2), Fraction(1, 100)),
        ("0", Fraction(0), Fraction(1)),
        ("007", Fraction(7), Fraction(1)),
    ],
)
def test_read_numeral(text: str, value: Fraction, precision: Fraction) -> None:
    numeral = read_numeral(text)
    assert (numeral.value, numeral.precision) == (value, precision)


def test_numeral_too_long_is_a_figure_error_not_a_crash() -> None:
    with pytest.raises(FigureError, match="too long"):
        read_numeral("1" * (MAX_DIGITS + 1))
    assert read_numeral("1" * MAX_DIGITS).value == int("1" * MAX_DIGITS)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("7,177 incidents", ["7,177", "incidents"]),
        ("1,2345", ["1", ",", "2345"]),  # a comma group is exactly three digits
        ("in 2020 100 people", ["in", "2020", "100", "people"]),  # a year is not a group
        ("5 000 troops", ["5 000", "troops"]),
        ("1.2.3", ["1.2", ".", "3"]),
        ("US$5", ["US$", "5"]),
        ("Taliban’s 5", ["Taliban’s", "5"]),
        ("U.S. troops", ["U.S.", "troops"]),
    ],
)
def test_tokenizer_cuts(text: str, tokens: list[str]) -> None:
    assert [t[TEXT] for t in tokenize(text)] == tokens


def test_normalize_keeps_length_and_folds_full_width() -> None:
    text = "\ufeff１２％ ﬁ ½"
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded.startswith(" 12%")
    assert "ﬁ" in folded  # folding it would change the length


def test_tokenizer_is_linear_on_pathological_input() -> None:
    # many separators in a row would make a nested-quantifier regex explode
    text = "1," * 20000 + "x" + " 1" * 20000 + "1.1" * 5000
    assert len(tokenize(text)) > 40000


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("four", 4),
        ("twenty-five", 25),
        ("ninety-nine", 99),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("one hundred", 100),
        ("three hundred and twelve", 312),
        ("two million", 2_000_000),
        ("twenty-five thousand", 25_000),
        ("two million five hundred thousand", 2_500_000),
        ("zero", 0),
    ],
)
def test_number_words(text: str, value: int) -> None:
    reading = read_number(tokenize(text), 0)
    assert reading is not None
    assert reading.value == value
    assert reading.end == len(tokenize(text))


def test_number_words_with_a_scale_are_rounded_to_it() -> None:
    assert read_number(tokenize("four"), 0).precision is None  # type: ignore[union-attr]
    assert read_number(tokenize("two million"), 0).precision == 10**6  # type: ignore[union-attr]
    assert read_number(tokenize("two million five hundred thousand"), 0).precision == 1000  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half", Fraction(1, 2)),
        ("a quarter", Fraction(1, 4)),
        ("one third", Fraction(1, 3)),
        ("two-thirds", Fraction(2, 3)),
        ("three quarters", Fraction(3, 4)),
        ("a fifth", Fraction(1, 5)),
        ("one in four", Fraction(1, 4)),
        ("three out of four", Fraction(3, 4)),
        ("1 in 10", Fraction(1, 10)),
        ("one in 13", Fraction(1, 13)),
    ],
)
def test_fraction_words(text: str, value: Fraction) -> None:
    reading = read_number(tokenize(text), 0)
    assert reading is not None
    assert reading.fraction
    assert reading.value == value
    assert reading.precision is None


@pytest.mark.parametrize("text", ["two third", "one thirds", "four in two", "one in 2004"])
def test_not_fractions(text: str) -> None:
    reading = read_number(tokenize(text), 0)
    assert reading is None or not reading.fraction


@pytest.mark.parametrize(
    ("text", "factor", "trend"),
    [
        ("doubled", 2, "up"),
        ("tripled", 3, "up"),
        ("quadrupled", 4, "up"),
        ("halved", Fraction(1, 2), "down"),
        ("fivefold", 5, None),
        ("tenfold", 10, None),
        ("five-fold", 5, None),
        ("5-fold", 5, None),
        ("three times", 3, None),
        ("2.5 times", Fraction(5, 2), None),
        ("two and a half times", Fraction(5, 2), None),
        ("1½ times", Fraction(3, 2), None),
    ],
)
def test_multiples(text: str, factor: Fraction, trend: str | None) -> None:
    found = read_multiple(tokenize(text), 0)
    assert found is not None
    assert found[:2] == (factor, trend)


@pytest.mark.parametrize("text", ["one times", "five", "manifold", "1.5", "a third times"])
def test_not_multiples(text: str) -> None:
    assert read_multiple(tokenize(text), 0) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("20th", 20), ("1st", 1), ("2nd", 2), ("3rd", 3), ("first", 1), ("twenty-first", 21)],
)
def test_ordinals(text: str, value: int) -> None:
    found = read_ordinal(tokenize(text), 0)
    assert found is not None
    assert found[0] == value


def test_scale_m_and_k_only_when_attached() -> None:
    assert parse_figure("$5m").value == 5_000_000
    assert parse_figure("10k").value == 10_000
    spaced = parse_figure("5 m")  # could be metres: left as a bare 5 with a noun
    assert spaced.value == 5


# ------------------------------------------------------------------- properties
@given(printed_numbers())
def test_printed_numbers_read_back_exactly(printed: tuple[str, Fraction, int]) -> None:
    text, value, _ = printed
    figure = parse_figure(text)
    assert figure.value == value
    assert value in figure.interval


@given(st.fractions(min_value=0, max_value=10**9, max_denominator=10**6), st.integers(0, 4))
def test_rounded_and_printed_reads_back_containing_the_number(x: Fraction, decimals: int) -> None:
    figure = parse_figure(print_number(x, decimals) + "%")
    assert x in figure.interval


@given(st.integers(0, 10**15), st.sampled_from([",", " ", "\u00a0", "\u2009", "\u202f"]))
def test_separated_integers_read_back(n: int, separator: str) -> None:
    text = f"{n:,}".replace(",", separator)
    figure = parse_figure(text + " km")
    assert n in figure.interval
    assert figure.value == n


@given(
    st.fractions(min_value=0, max_value=999, max_denominator=100),
    st.integers(0, 2),
    st.sampled_from(
        [(" thousand", 10**3), (" million", 10**6), (" billion", 10**9), ("bn", 10**9)]
    ),
)
def test_scaled_reads_back_containing_the_number(
    x: Fraction, decimals: int, scale: tuple[str, int]
) -> None:
    word, factor = scale
    figure = parse_figure("$" + print_number(x, decimals) + word)
    assert x * factor in figure.interval


@given(
    st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=1000),
    st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=1000),
    st.integers(0, 3),
)
def test_monotonic(a: Fraction, b: Fraction, decimals: int) -> None:
    low, high = sorted((a, b))
    fa = parse_figure(print_number(low, decimals).replace("-", "−") + "%")
    fb = parse_figure(print_number(high, decimals).replace("-", "−") + "%")
    assert fa.low is not None
    assert fb.low is not None
    assert fa.high is not None
    assert fb.high is not None
    assert fa.low <= fb.low
    assert fa.high <= fb.high
