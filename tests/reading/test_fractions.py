"""Issue 14: fractions and mixed numbers in every spelling, and fractions of a scale word."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import Hedge
from factcheck.text.numbers import VULGAR_FRACTIONS
from factcheck.text.parse import parse_figure
from factcheck.text.scanner import find_figures

F = Fraction
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 1/4", F(9, 4)),
        ("-4/5", F(-4, 5)),
        ("one and a half", F(3, 2)),
        ("twenty and three fifths", F(103, 5)),
        ("a hundredth", F(1, 100)),
        ("three hundredths", F(3, 100)),
        ("a thousandth", F(1, 1000)),
        ("½", F(1, 2)),
        ("⅔", F(2, 3)),
        ("2½", F(5, 2)),
        ("2 ½", F(5, 2)),
        ("1 in 4 million", F(1, 4_000_000)),
        ("one in a million", F(1, 1_000_000)),
    ],
)
def test_exact_fractions(text: str, value: Fraction) -> None:
    figure = parse_figure(text)
    assert figure.value == value
    assert figure.low == figure.high == value
    assert str(figure.unit) == "dimensionless"


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("half a million", 500_000, 250_000, 750_000),
        ("half million", 500_000, 250_000, 750_000),
        ("a quarter million", 250_000, 125_000, 375_000),
        ("3 million and a half", 3_500_000, 3_250_000, 3_750_000),
        ("a million and a half", 1_500_000, 1_250_000, 1_750_000),
        ("five and a half million", 5_500_000, 5_250_000, 5_750_000),
        ("two and a half billion", 2_500_000_000, 2_250_000_000, 2_750_000_000),
        ("a quarter of a million", 250_000, 125_000, 375_000),
        ("three-quarters of a million", 750_000, 625_000, 875_000),
        ("2½ million", 2_500_000, 2_250_000, 2_750_000),
        ("3 1/4 billion", 3_250_000_000, 3_125_000_000, 3_375_000_000),
    ],
)
def test_a_fraction_of_a_scale_is_rounded_to_that_part_of_the_scale(
    text: str, value: int, low: int, high: int
) -> None:
    figure = parse_figure(text)
    assert (figure.value, figure.low, figure.high) == (value, low, high)
    assert figure.hedge is Hedge.ROUNDED


def test_a_scaled_fraction_takes_a_unit_and_a_noun() -> None:
    [figure] = find_figures("Half a million people marched.")
    assert figure.value == 500_000
    assert str(figure.unit) == "person"


def test_measured_mixed_numbers_are_rounded_to_their_fraction() -> None:
    figure = parse_figure("2 1/4 inches")
    assert (figure.low, figure.high) == (F(17, 8), F(19, 8))
    assert parse_figure("2½ miles").interval.contains_interval(parse_figure("2.5 miles").interval)


def test_counted_mixed_numbers_are_exact() -> None:
    figure = parse_figure("2½ years")
    assert figure.low == figure.high == F(5, 2)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The project took two and a half years.", "two and a half years", F(5, 2), "year"),
        ("He served three and a half years in jail.", "three and a half years", F(7, 2), "year"),
        ("Talks lasted five and a half months.", "five and a half months", F(11, 2), "month"),
    ],
)
def test_a_mixed_number_in_words_takes_its_unit(
    sentence: str, text: str, value: Fraction, unit: str
) -> None:
    # as "2½ years" does: the words are a measure, not a bare fraction to drop
    [figure] = find_figures(sentence)
    assert (figure.text, figure.value, str(figure.unit)) == (text, value, unit)


def test_a_mixed_number_keeps_its_scale_word_and_noun() -> None:
    [figure] = find_figures("Some 2½ million tonnes were shipped.")
    assert figure.text == "Some 2½ million tonnes"
    assert str(figure.unit) == "tonne"
    assert figure.low is not None and figure.low > 2_000_000
    # the scale word is singular: "2½ millions" is no scale
    assert [f.value for f in find_figures("2½ millions")] == [F(5, 2)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Two million Sri Lankans fled.", 2_000_000),
        ("A quarter of a million Sri Lankans fled.", 250_000),
        ("Half a million Britons voted.", 500_000),
    ],
)
def test_a_scaled_number_in_words_is_a_figure_before_any_word(sentence: str, value: int) -> None:
    # a small number in words needs its noun ("four elements"); a scaled one does not
    [figure] = find_figures(sentence)
    assert figure.value == value


def test_a_scaled_word_in_a_compound_adjective_stays_a_word() -> None:
    assert find_figures("It put a billion-dollar dent in its accounts.") == []


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("in 2019 1/4 of the land was sold", F(8077, 4)),  # a year, then a fraction
        ("due on 3 1/4/2020", F(13, 4)),  # a date
    ],
)
def test_what_is_no_mixed_number(text: str, misread: Fraction) -> None:
    assert misread not in [f.value for f in find_figures(text)]


def test_slashed_names_stay_names() -> None:
    assert find_figures("after 9/11, open 24/7") == []


@given(st.integers(0, 999), st.integers(1, 15), st.integers(2, 16))
def test_mixed_numbers_round_trip(whole: int, top: int, den: int) -> None:
    if top >= den:
        return
    figure = parse_figure(f"{whole} {top}/{den}")
    assert figure.value == whole + F(top, den)
    assert figure.value in figure.interval


@given(st.integers(0, 999), st.sampled_from(sorted(VULGAR_FRACTIONS)), st.booleans())
def test_vulgar_fractions_round_trip(whole: int, char: str, spaced: bool) -> None:
    text = f"{whole}{' ' if spaced else ''}{char}"
    assert parse_figure(text).value == whole + VULGAR_FRACTIONS[char]


@given(st.sampled_from(ONES), st.sampled_from(["thousand", "million", "billion"]))
def test_and_a_half_is_monotone_and_holds_the_printed_value(word: str, scale: str) -> None:
    plain = parse_figure(f"{word} {scale}")
    half = parse_figure(f"{word} and a half {scale}")
    assert plain.value is not None and half.value is not None
    assert half.value - plain.value == plain.value / ONES_VALUE[word] / 2
    assert half.value in half.interval
    assert plain.low is not None and half.low is not None and plain.low < half.low


ONES_VALUE = {word: k + 1 for k, word in enumerate(ONES)}


def test_negative_fraction_is_read_in_the_scanner() -> None:
    [figure] = find_figures("The index moved -4/5 of a point.")
    assert figure.value == F(-4, 5)


@pytest.mark.parametrize(
    ("text", "quoted", "value"),
    [
        ("Rates rose by a quarter of a percentage point.", "a quarter of a percentage point",
         F(1, 4)),
        ("Rates rose by half a percentage point to 5%.", "half a percentage point", F(1, 2)),
        ("Rates rose by a quarter point to 4.75%.", "a quarter point", F(1, 4)),
        ("Rates rose by three-quarters of a point.", "three-quarters of a point", F(3, 4)),
    ],
)  # fmt: skip
def test_a_fraction_of_a_point_is_an_exact_change_in_points(
    text: str, quoted: str, value: Fraction
) -> None:
    found = [f for f in find_figures(text) if f.text == quoted]
    assert len(found) == 1, find_figures(text)
    assert (found[0].low, found[0].high, str(found[0].unit)) == (value, value, "percentage_point")


def test_a_fraction_of_things_called_points_stays_a_share() -> None:
    (figure,) = find_figures("A quarter of the points went to him.")
    assert (figure.text, str(figure.unit)) == ("A quarter", "dimensionless")


@pytest.mark.parametrize(
    "text",
    ["Sales rose in the first half of the year.", "The last quarter of the season was poor."],
)
def test_a_half_or_quarter_of_a_period_is_no_figure(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Profits more than halved.", F(0), F(1, 2)),  # divided by more than two
        ("Profits nearly halved.", F(1, 2), F(5, 9)),  # divided by nearly two (1.8-2)
        ("Profits were halved.", F(1, 2), F(1, 2)),
        ("Sales more than doubled.", F(2), None),
    ],
)
def test_a_hedged_ratio_word_bounds_what_it_divides_or_multiplies_by(
    text: str, low: Fraction, high: Fraction | None
) -> None:
    (figure,) = [f for f in find_figures(text) if f.kind.value == "multiple"]
    assert (figure.low, figure.high) == (low, high)
